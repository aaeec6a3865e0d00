"""tpdesk: prepare EU Talent Partnership roundtables offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("tpdesk")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.1.0"
