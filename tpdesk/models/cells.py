"""A record as cells: the units that merge, each with its own clock stamp.

A cell is one field of a record's row (lists as JSON lists), the whole tag
list, the tombstone (`deleted`), or one item of a part that has its own id
(`funding:<line id>`, `updates:<update id>`, `lines:<record id>`...), so that
two people's edits to different lines of one record both survive. A removed
part item is a cell whose value is None. The order of a part's items is a
cell of its own (`funding:#order`, a list of item ids): items it does not
name (added elsewhere meanwhile) follow, by id, so every copy shows one
order. Read back from a record, the order cell is the order as shown; a
copy sends the value it merged instead (`merge._clocks`), which is the same
on every copy holding the same stamp. Parts without ids of their own (the
participants, the objective and actor links) are one cell each.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from typing import Any

from . import mapping
from .records import RECORD_TYPES, Record

Cells = dict[str, Any]
DELETED = "deleted"
ORDER = "#order"
_LOCAL = frozenset({"id", "created_at", "updated_at", "deleted_at", "row_version"})
# Parts whose items are keyed by another column than `id`.
_ITEM_KEYS = {"pack_line": "record_id", "pack_text": "key"}


def _item_key(part: mapping.Part) -> str | None:
    if part.link or part.attr == "participants":
        return None
    return _ITEM_KEYS.get(part.table, "id")


def cells(record: Record) -> Cells:
    """Every cell of a record, JSON-ready."""
    out: Cells = {}
    row = mapping.to_row(record)
    for col in mapping.columns(type(record)):
        if col.name in _LOCAL:
            continue
        value = row[col.name]
        out[col.name] = json.loads(value) if col.kind in ("list", "enum_list") else value
    out[DELETED] = record.deleted_at
    out["tags"] = sorted(set(record.tags))
    for part in mapping.PARTS.get(type(record), ()):
        rows = part.to_rows(record.id, getattr(record, part.attr))
        key = _item_key(part)
        for r in rows:
            r.pop(part.fk, None)
        if key is None:
            for r in rows:
                r.pop("position", None)
            out[part.attr] = rows
        else:
            out[f"{part.attr}:{ORDER}"] = [r[key] for r in rows]
            for r in rows:
                r.pop("position", None)
                out[f"{part.attr}:{r.pop(key)}"] = r
    return out


def changed(before: Cells, after: Cells) -> list[str]:
    """The cells that differ: a part item missing on one side counts as changed."""
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def record_from_cells(cls: type[Record], record_id: str, values: Cells, *,
                      created_at: str, updated_at: str, row_version: int) -> Record:
    """The record these cells describe (cells of removed part items left out).

    A field no cell names (a file from a tpdesk that did not have it yet, such as
    a pack's `language`) takes the record's default, as the schema step gave
    the rows already stored.
    """
    row: dict[str, Any] = {"id": record_id, "created_at": created_at,
                           "updated_at": updated_at, "deleted_at": values.get(DELETED),
                           "row_version": row_version}
    defaults = {f.name: f.default for f in dataclasses.fields(cls)
                if f.default is not dataclasses.MISSING}
    for col in mapping.columns(cls):
        if col.name in _LOCAL:
            continue
        value = values[col.name] if col.name in values else defaults.get(col.name)
        row[col.name] = (json.dumps(value or [], ensure_ascii=False)
                         if col.kind in ("list", "enum_list") else value)
    parts: dict[str, list[Any]] = {}
    for part in mapping.PARTS.get(cls, ()):
        key = _item_key(part)
        if key is None:
            rows = [{part.fk: record_id, "position": i, **r}
                    for i, r in enumerate(values.get(part.attr) or [])]
        else:
            prefix = f"{part.attr}:"
            order = {item_id: i for i, item_id in
                     enumerate(values.get(prefix + ORDER) or [])}
            items = [(k[len(prefix):], v) for k, v in values.items()
                     if k.startswith(prefix) and k != prefix + ORDER and v is not None]
            items.sort(key=lambda item: (order.get(item[0], len(order)), item[0]))
            rows = [{**v, key: item_id, part.fk: record_id, "position": i}
                    for i, (item_id, v) in enumerate(items)]
        parts[part.attr] = part.from_rows(rows)
    return mapping.from_row(cls, row, parts, list(values.get("tags") or []))


def is_order(field: str) -> bool:
    """An order cell: merged by clock like any cell, but never reported as a conflict."""
    return field.endswith(":" + ORDER)


@functools.cache
def _names(kind: str) -> frozenset[str]:
    return frozenset(cells(RECORD_TYPES[kind]()))


def is_cell(cls: type[Record], name: str) -> bool:
    """Whether `name` is a cell of this kind of record (a part's item under any id)."""
    part, sep, item = name.partition(":")
    known = _names(cls.KIND)
    return name in known or (bool(sep and item) and f"{part}:{ORDER}" in known)
