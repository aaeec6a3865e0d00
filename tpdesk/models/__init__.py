"""The domain and the local store. No Qt, no file formats."""

# First: SQLCipher must stand in for pysqlite3 before sqlite_utils is imported.
from . import connection  # noqa: F401
from .changes import Changes
from .errors import (
    FieldError,
    FilterError,
    InputError,
    ReferencedError,
    StoreError,
    UserError,
    ValidationError,
)
from .queries import Filters, SavedSearch
from .records import (
    Activity,
    Commitment,
    FundingLine,
    Indicator,
    Note,
    Objective,
    Organisation,
    Pack,
    PackSection,
    Participation,
    Partnership,
    ProgressUpdate,
    Record,
    Roadmap,
    Roundtable,
)
from .store import Store

__all__ = [
    "Activity", "Changes", "Commitment", "FieldError", "FilterError", "Filters", "FundingLine",
    "Indicator", "InputError", "Note", "Objective", "Organisation", "Pack", "PackSection",
    "Participation", "Partnership", "ProgressUpdate", "Record", "ReferencedError", "Roadmap",
    "Roundtable", "SavedSearch", "Store", "StoreError", "UserError", "ValidationError",
]
