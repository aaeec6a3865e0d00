"""The domain and the local store. No Qt, no file formats."""

from .changes import Changes
from .errors import FieldError, ReferencedError, StoreError, UserError, ValidationError
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
    "Activity", "Changes", "Commitment", "FieldError", "Filters", "FundingLine", "Indicator",
    "Note", "Objective", "Organisation", "Pack", "PackSection", "Participation", "Partnership",
    "ProgressUpdate", "Record", "ReferencedError", "Roadmap", "Roundtable", "SavedSearch",
    "Store",
    "StoreError", "UserError", "ValidationError",
]
