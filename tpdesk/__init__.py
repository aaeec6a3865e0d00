"""tpdesk: prepare EU Talent Partnership roundtables offline."""

# The one place the version is written (pyproject.toml reads it from here):
# reading it from the installed metadata cost a tenth of the app's start-up.
__version__ = "0.1.0"
