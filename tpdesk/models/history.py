"""The change history: every insert, update, delete and restore, field by field.

It answers "what changed in this partnership since the last roundtable" and
keeps what a later merge between laptops will need: who, when, from where.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .records import Partnership, Record


@dataclass(frozen=True)
class Change:
    at: str
    who: str
    source: str
    record_kind: str
    record_id: str
    partnership_id: str | None
    caption: str
    action: str  # insert, update, delete, restore
    field: str | None
    old_value: str | None
    new_value: str | None

    def describe(self, width: int = 40) -> str:
        """The change in a few words, for lists and reports."""
        if self.action != "update":
            return {"insert": "created", "delete": "deleted", "restore": "restored"}.get(
                self.action, self.action)
        old, new = _as_list(self.old_value), _as_list(self.new_value)
        if old is not None and new is not None:
            if len(new) == len(old):
                return f"{self.field}: edited"
            return f"{self.field}: {len(old)} → {len(new)} entries"

        def clip(value: str | None) -> str:
            text = "—" if value in (None, "") else str(value)
            return text if len(text) <= width else text[:width - 1] + "…"

        return f"{self.field}: {clip(self.old_value)} → {clip(self.new_value)}"

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Change:
        return cls(**{k: row[k] for k in cls.__dataclass_fields__})


def _as_list(value: str | None) -> list[Any] | None:
    """The value as a list when it is a stored JSON list (parts, tags, sectors)."""
    if not value or not value.startswith("["):
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        return None
    return parsed if isinstance(parsed, list) else None


def log_rows(entries: list[tuple[Record, str, str | None, str | None, str | None]], *,
             at: str, who: str, source: str, hlc: str) -> tuple[str, list[list[Any]]]:
    """The INSERT and its parameter rows for a batch of history entries.

    `at` is the wall time people read; `hlc` the clock stamp that orders the
    change among those of every replica (`clock`).
    """
    sql = ("INSERT INTO change_log (at, who, source, record_kind, record_id, partnership_id,"
           " caption, action, field, old_value, new_value, hlc)"
           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    rows = []
    for record, action, field, old, new in entries:
        partnership = (record.id if isinstance(record, Partnership)
                       else getattr(record, "partnership_id", None))
        rows.append([at, who, source, record.KIND, record.id, partnership, record.caption,
                     action, field, old, new, hlc])
    return sql, rows
