"""The use cases of tpdesk, without Qt: what the command line and the app both do.

One function per use case. Each takes a `Stores` (where to open the
database: a `StoreFactory`, or the app's open store lent with `lend`) and,
when it can take long, a `progress(done, total)` callback that may raise to
cancel; each returns what it made or changed. The command line calls these
directly, the app through `ui.workers.Job`, so both do the same thing.
"""

from .exports import (
    PACK_FORMATS,
    ExportOptions,
    PackExport,
    export_pack,
    export_register,
    export_template,
)
from .imports import apply_iati_file, apply_workbook, preview_iati_file, preview_workbook
from .maintenance import back_up, check_database, load_demo_data
from .outcome_import import OutcomePreview, OutcomeResult, apply_outcome, preview_outcome
from .outcomes import ActionRow, Outcome, OutcomeRecorded, Review, record_outcome
from .packs import assemble_pack, copy_pack, new_pack
from .stores import Progress, StoreFactory, Stores, default_user, lend, no_progress

__all__ = [
    "PACK_FORMATS",
    "ActionRow",
    "ExportOptions",
    "Outcome",
    "OutcomePreview",
    "OutcomeRecorded",
    "OutcomeResult",
    "PackExport",
    "Progress",
    "Review",
    "StoreFactory",
    "Stores",
    "apply_iati_file",
    "apply_outcome",
    "apply_workbook",
    "assemble_pack",
    "back_up",
    "check_database",
    "copy_pack",
    "default_user",
    "export_pack",
    "export_register",
    "export_template",
    "lend",
    "load_demo_data",
    "new_pack",
    "no_progress",
    "preview_iati_file",
    "preview_outcome",
    "preview_workbook",
    "record_outcome",
]
