"""The installed library version, read once from the package metadata."""

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("screening")
except PackageNotFoundError:  # a source tree that was never installed
    VERSION = "0.0.0+unknown"
