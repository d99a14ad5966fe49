"""akhbar — Arabic news: parse, normalize, enrich, dedupe, cluster, search and serve."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("akhbar")
except PackageNotFoundError:  # running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["__version__"]
