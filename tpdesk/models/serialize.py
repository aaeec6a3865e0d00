"""Records as plain JSON-ready dicts with stable keys (the `--json` contract).

Keys are the dataclass fields, enums as their stored values, plus a few
derived keys scripts ask for: the partnership's country code, the country
name, total funding and the overdue flag.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from .countries import country_name
from .records import Activity, Commitment, Partnership, Record


def _plain(value: Any) -> Any:
    if isinstance(value, str):  # enums are str subclasses: keep their value
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_json(record: Record, *, codes: dict[str, str], today: date) -> dict[str, Any]:
    """One record for `--json`; `codes` maps partnership ids to country codes."""
    data: dict[str, Any] = {"id": record.id, "kind": record.KIND}
    data.update({k: _plain(v) for k, v in dataclasses.asdict(record).items() if k != "id"})
    partnership_id = getattr(record, "partnership_id", None)
    if partnership_id is not None:
        data["partnership"] = codes.get(partnership_id)
    if isinstance(record, Partnership):
        data["country_name"] = record.country_name
    if getattr(record, "country_code", None) and not isinstance(record, Partnership):
        data["country_name"] = country_name(data["country_code"])
    if isinstance(record, Activity):
        data["total_cents"] = record.total_cents
    if isinstance(record, Commitment):
        data["overdue"] = record.is_overdue(today)
    return data
