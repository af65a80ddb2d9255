"""Bundled restricted-party lists (data only); shipped in the wheel as `screening.lists`."""
