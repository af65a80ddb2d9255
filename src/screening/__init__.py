"""screening: restricted-party screening against a versioned, cited Kaspersky list (work in progress)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("screening")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"
