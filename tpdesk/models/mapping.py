"""How each record maps to its table row and to the rows of its parts.

Kept apart from the store so that saving, loading and diffing for the change
history all read one description of the tables.
"""

from __future__ import annotations

import json
import typing
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any, TypeVar

from .records import (
    Activity,
    AgendaItem,
    Commitment,
    FundingLine,
    Indicator,
    Objective,
    Pack,
    PackSection,
    PackText,
    Participation,
    ProgressUpdate,
    Record,
    RecordLine,
    Roadmap,
    Roundtable,
)
from .vocab import (
    ActivityCategory,
    CommitmentStatus,
    FundingStage,
    Instrument,
    Role,
    SectionKind,
)

T = TypeVar("T")
E = TypeVar("E", bound=Enum)


def member(cls: type[E], value: Any) -> E:
    """`cls(value)` by a dict look-up: a pull loads an enum for every progress update."""
    found = cls._value2member_map_.get(value)
    return typing.cast(E, found) if found is not None else cls(value)

Row = dict[str, Any]


@dataclass(frozen=True)
class Part:
    """A list attribute of a record stored as rows of another table."""

    attr: str
    table: str
    fk: str
    to_rows: Callable[[str, list[Any]], list[Row]]
    from_rows: Callable[[list[Row]], list[Any]]
    link: str = ""  # for a plain list of ids: the column holding each id


def _objectives_to_rows(parent: str, items: list[Objective]) -> list[Row]:
    return [
        {"id": o.id, "roadmap_id": parent, "position": i, "code": o.code, "text": o.text,
         "deleted_at": None}
        for i, o in enumerate(items)
    ]


def _objectives_from_rows(rows: list[Row]) -> list[Objective]:
    return [Objective(id=r["id"], code=r["code"], text=r["text"]) for r in rows
            if r["deleted_at"] is None]


def _participants_to_rows(parent: str, items: list[Participation]) -> list[Row]:
    rows: list[Row] = []
    for p in items:
        for role in p.roles:
            rows.append({"activity_id": parent, "organisation_id": p.organisation_id,
                         "role": str(role), "position": len(rows)})
    return rows


def _participants_from_rows(rows: list[Row]) -> list[Participation]:
    by_org: dict[str, Participation] = {}
    for r in rows:
        part = by_org.setdefault(r["organisation_id"],
                                 Participation(organisation_id=r["organisation_id"]))
        part.roles.append(Role(r["role"]))
    return list(by_org.values())


def _funding_to_rows(parent: str, items: list[FundingLine]) -> list[Row]:
    return [
        {"id": f.id, "activity_id": parent, "position": i, "instrument": str(f.instrument),
         "programme": f.programme, "amount_cents": f.amount_cents, "stage": str(f.stage),
         "funder_id": f.funder_id}
        for i, f in enumerate(items)
    ]


def _funding_from_rows(rows: list[Row]) -> list[FundingLine]:
    return [
        FundingLine(id=r["id"], instrument=Instrument(r["instrument"]), programme=r["programme"],
                    amount_cents=r["amount_cents"], stage=FundingStage(r["stage"]),
                    funder_id=r["funder_id"])
        for r in rows
    ]


def _indicators_to_rows(parent: str, items: list[Indicator]) -> list[Row]:
    return [
        {"id": x.id, "activity_id": parent, "position": i, "name": x.name, "unit": x.unit,
         "baseline": x.baseline, "target": x.target, "actual": x.actual}
        for i, x in enumerate(items)
    ]


def _indicators_from_rows(rows: list[Row]) -> list[Indicator]:
    return [
        Indicator(id=r["id"], name=r["name"], unit=r["unit"], baseline=r["baseline"],
                  target=r["target"], actual=r["actual"])
        for r in rows
    ]


def _updates_to_rows(parent: str, items: list[ProgressUpdate]) -> list[Row]:
    return [
        {"id": u.id, "commitment_id": parent, "position": i, "date": u.date,
         "status": str(u.status), "note": u.note, "by_whom": u.by}
        for i, u in enumerate(items)
    ]


def _updates_from_rows(rows: list[Row]) -> list[ProgressUpdate]:
    return [
        ProgressUpdate(id=r["id"], date=r["date"], status=member(CommitmentStatus, r["status"]),
                       note=r["note"], by=r["by_whom"])
        for r in rows
    ]


def _sections_to_rows(parent: str, items: list[PackSection]) -> list[Row]:
    return [
        {"id": x.id, "pack_id": parent, "position": i, "kind": str(x.kind), "title": x.title,
         "included": int(x.included), "text": x.text}
        for i, x in enumerate(items)
    ]


def _sections_from_rows(rows: list[Row]) -> list[PackSection]:
    return [PackSection(id=r["id"], kind=member(SectionKind, r["kind"]), title=r["title"],
                        included=bool(r["included"]), text=r["text"]) for r in rows]


def _lines_to_rows(parent: str, items: list[RecordLine]) -> list[Row]:
    return [{"pack_id": parent, "record_id": x.record_id, "position": i, "text": x.text}
            for i, x in enumerate(items)]


def _lines_from_rows(rows: list[Row]) -> list[RecordLine]:
    return [RecordLine(record_id=r["record_id"], text=r["text"]) for r in rows]


def _texts_to_rows(parent: str, items: list[PackText]) -> list[Row]:
    return [{"pack_id": parent, "key": x.key, "position": i, "text": x.text}
            for i, x in enumerate(items)]


def _texts_from_rows(rows: list[Row]) -> list[PackText]:
    return [PackText(key=r["key"], text=r["text"]) for r in rows]


def _agenda_to_rows(parent: str, items: list[AgendaItem]) -> list[Row]:
    def listed(values: list[Any]) -> str:
        return json.dumps([str(v) for v in values], ensure_ascii=False)

    return [
        {"id": x.id, "roundtable_id": parent, "position": i, "title": x.title,
         "objective_ids": listed(x.objective_ids), "categories": listed(x.categories),
         "sectors": listed(x.sectors), "instruments": listed(x.instruments),
         "lead_id": x.lead_id}
        for i, x in enumerate(items)
    ]


def _agenda_from_rows(rows: list[Row]) -> list[AgendaItem]:
    return [
        AgendaItem(id=r["id"], title=r["title"], objective_ids=json.loads(r["objective_ids"]),
                   categories=[ActivityCategory(v) for v in json.loads(r["categories"])],
                   sectors=json.loads(r["sectors"]),
                   instruments=[Instrument(v) for v in json.loads(r["instruments"])],
                   lead_id=r["lead_id"])
        for r in rows
    ]


def _links(table: str, fk: str, other: str) -> Part:
    """A plain ordered list of ids held in a link table."""
    return Part(
        attr="",
        table=table,
        fk=fk,
        to_rows=lambda parent, ids: [{fk: parent, other: x, "position": i}
                                     for i, x in enumerate(ids)],
        from_rows=lambda rows: [r[other] for r in rows],
        link=other,
    )


def _with_attr(part: Part, attr: str) -> Part:
    return Part(attr, part.table, part.fk, part.to_rows, part.from_rows, part.link)


PARTS: dict[type[Record], tuple[Part, ...]] = {
    Roadmap: (
        Part("objectives", "objective", "roadmap_id", _objectives_to_rows,
             _objectives_from_rows),
    ),
    Activity: (
        _with_attr(_links("activity_objective", "activity_id", "objective_id"),
                   "objective_ids"),
        Part("participants", "participation", "activity_id", _participants_to_rows,
             _participants_from_rows),
        Part("funding", "funding_line", "activity_id", _funding_to_rows, _funding_from_rows),
        Part("indicators", "indicator", "activity_id", _indicators_to_rows,
             _indicators_from_rows),
    ),
    Pack: (
        Part("sections", "pack_section", "pack_id", _sections_to_rows, _sections_from_rows),
        Part("lines", "pack_line", "pack_id", _lines_to_rows, _lines_from_rows),
        Part("texts", "pack_text", "pack_id", _texts_to_rows, _texts_from_rows),
    ),
    Roundtable: (
        Part("agenda", "agenda_item", "roundtable_id", _agenda_to_rows, _agenda_from_rows),
    ),
    Commitment: (
        _with_attr(_links("commitment_actor", "commitment_id", "organisation_id"), "actor_ids"),
        Part("updates", "progress_update", "commitment_id", _updates_to_rows,
             _updates_from_rows),
    ),
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "plain", "enum", "list", "enum_list"
    enum: type[Enum] | None = None


_COLUMNS: dict[type[Record], tuple[Column, ...]] = {}


def columns(cls: type[Record]) -> tuple[Column, ...]:
    """The main-table columns of a record class, read off its type hints (once)."""
    if cls not in _COLUMNS:
        _COLUMNS[cls] = _read_columns(cls)
    return _COLUMNS[cls]


def _read_columns(cls: type[Record]) -> tuple[Column, ...]:
    hints = typing.get_type_hints(cls)
    skip = {p.attr for p in PARTS.get(cls, ())} | {"tags"}
    result = []
    for f in fields(cls):
        if f.name in skip:
            continue
        hint = hints[f.name]
        origin = typing.get_origin(hint)
        if origin is list:
            (item,) = typing.get_args(hint)
            if isinstance(item, type) and issubclass(item, Enum):
                result.append(Column(f.name, "enum_list", item))
            else:
                result.append(Column(f.name, "list"))
        elif isinstance(hint, type) and issubclass(hint, Enum):
            result.append(Column(f.name, "enum", hint))
        else:
            result.append(Column(f.name, "plain"))
    return tuple(result)


def to_row(record: Record) -> Row:
    row: Row = {}
    for col in columns(type(record)):
        value = getattr(record, col.name)
        if col.kind in ("list", "enum_list"):
            row[col.name] = json.dumps([str(v) for v in value], ensure_ascii=False)
        elif col.kind == "enum":
            row[col.name] = str(value)
        else:
            row[col.name] = value
    return row


def from_row(cls: type[Record], row: Row, parts: dict[str, list[Any]],
             tags: list[str]) -> Record:
    values: dict[str, Any] = {}
    for col in columns(cls):
        raw = row[col.name]
        if col.kind == "list":
            values[col.name] = json.loads(raw)
        elif col.kind == "enum_list":
            assert col.enum is not None
            values[col.name] = [member(col.enum, v) for v in json.loads(raw)]
        elif col.kind == "enum":
            assert col.enum is not None
            values[col.name] = member(col.enum, raw)
        else:
            values[col.name] = raw
    values.update(parts)
    return cls(**values, tags=tags)


def part_rows(record: Record) -> dict[str, list[Row]]:
    """Rows of every part table of a record, keyed by table."""
    return {p.table: p.to_rows(record.id, getattr(record, p.attr))
            for p in PARTS.get(type(record), ())}


def snapshot(record: Record, only: Collection[str] | None = None) -> dict[str, str | None]:
    """Every field (or those named `only`) as text, to diff two versions for the history."""
    result: dict[str, str | None] = {}
    for key, value in to_row(record).items():
        if key in ("created_at", "updated_at", "deleted_at", "row_version") or (
                only is not None and key not in only):
            continue
        result[key] = None if value is None else str(value)
    for part in PARTS.get(type(record), ()):
        if only is not None and part.attr not in only:
            continue
        rows = part.to_rows(record.id, getattr(record, part.attr))
        for r in rows:
            r.pop(part.fk, None)
            r.pop("position", None)
        result[part.attr] = json.dumps(rows, ensure_ascii=False, sort_keys=True)
    if only is None or "tags" in only:
        result["tags"] = json.dumps(sorted(record.tags), ensure_ascii=False)
    return result


def chunks(items: Iterable[T], size: int = 500) -> Iterable[list[T]]:
    """Split ids for `IN (...)` lists that stay under SQLite's parameter limit (or rows into
    batches)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
