"""The use cases of tpdesk, without Qt: what the command line and the app both do.

One function per use case. Each takes a `Stores` (where to open the
database: a `StoreFactory`, or the app's open store lent with `lend`) and,
when it can take long, a `progress(done, total)` callback that may raise to
cancel; each returns what it made or changed. The command line calls these
directly, the app through `ui.workers.Job`, so both do the same thing.

The submodules load on first use (PEP 562 `__getattr__`): the app's window
needs a few of them to start, and the rest pull in openpyxl, python-docx,
fpdf2 and the like, which would otherwise slow every start.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backups import (
        AUTO_BACKUP_MINUTES,
        auto_backup,
        list_backups,
        newest_good_backup,
        restore_backup,
        take_backup,
    )
    from .encryption import (
        Encrypted,
        change_passphrase,
        decrypt_database,
        encrypt_database,
        is_encrypted,
        remember_key,
        remembered_key,
        unlock,
    )
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
    from .outcome_import import OutcomePreview, preview_outcome
    from .outcomes import (
        ActionRow,
        Outcome,
        OutcomeRecorded,
        OutcomeResult,
        Review,
        apply_outcome,
        record_outcome,
    )
    from .packs import PackChoices, assemble_pack, copy_pack, create_pack, new_pack, pack_checklist
    from .stores import (
        Progress,
        StoreFactory,
        Stores,
        chosen_user,
        default_user,
        lend,
        no_progress,
    )

_HOMES = {
    "AUTO_BACKUP_MINUTES": "backups",
    "auto_backup": "backups",
    "list_backups": "backups",
    "newest_good_backup": "backups",
    "restore_backup": "backups",
    "take_backup": "backups",
    "Encrypted": "encryption",
    "change_passphrase": "encryption",
    "decrypt_database": "encryption",
    "encrypt_database": "encryption",
    "is_encrypted": "encryption",
    "remember_key": "encryption",
    "remembered_key": "encryption",
    "unlock": "encryption",
    "PACK_FORMATS": "exports",
    "ExportOptions": "exports",
    "PackExport": "exports",
    "export_pack": "exports",
    "export_register": "exports",
    "export_template": "exports",
    "apply_iati_file": "imports",
    "apply_workbook": "imports",
    "preview_iati_file": "imports",
    "preview_workbook": "imports",
    "back_up": "maintenance",
    "check_database": "maintenance",
    "load_demo_data": "maintenance",
    "OutcomePreview": "outcome_import",
    "preview_outcome": "outcome_import",
    "ActionRow": "outcomes",
    "Outcome": "outcomes",
    "OutcomeRecorded": "outcomes",
    "OutcomeResult": "outcomes",
    "Review": "outcomes",
    "apply_outcome": "outcomes",
    "record_outcome": "outcomes",
    "PackChoices": "packs",
    "assemble_pack": "packs",
    "copy_pack": "packs",
    "create_pack": "packs",
    "new_pack": "packs",
    "pack_checklist": "packs",
    "Progress": "stores",
    "StoreFactory": "stores",
    "Stores": "stores",
    "chosen_user": "stores",
    "default_user": "stores",
    "lend": "stores",
    "no_progress": "stores",
}

__all__ = [
    "AUTO_BACKUP_MINUTES",
    "PACK_FORMATS",
    "ActionRow",
    "Encrypted",
    "ExportOptions",
    "Outcome",
    "OutcomePreview",
    "OutcomeRecorded",
    "OutcomeResult",
    "PackChoices",
    "PackExport",
    "Progress",
    "Review",
    "StoreFactory",
    "Stores",
    "apply_iati_file",
    "apply_outcome",
    "apply_workbook",
    "assemble_pack",
    "auto_backup",
    "back_up",
    "change_passphrase",
    "check_database",
    "chosen_user",
    "copy_pack",
    "create_pack",
    "decrypt_database",
    "default_user",
    "encrypt_database",
    "export_pack",
    "export_register",
    "export_template",
    "is_encrypted",
    "lend",
    "list_backups",
    "load_demo_data",
    "new_pack",
    "newest_good_backup",
    "no_progress",
    "pack_checklist",
    "preview_iati_file",
    "preview_outcome",
    "preview_workbook",
    "record_outcome",
    "remember_key",
    "remembered_key",
    "restore_backup",
    "take_backup",
    "unlock",
]


def __getattr__(name: str) -> Any:
    """Import the submodule that is `name`'s home the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
