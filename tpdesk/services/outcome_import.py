"""A roundtable's outcome from its conclusions document: the action table as commitments.

`preview_outcome` reads the document's action table (`export.docx_read`),
matches each actor to an organisation by short name or name, and lists the
commitments it would create, the rows it cannot read, and the actors it does
not know. A row already recorded at the roundtable (same text) is unchanged,
so importing the same conclusions twice adds nothing. Writing them is
`outcomes.apply_outcome`, beside the Record outcome screen's use case, so that
both mark the roundtable held the same way.
"""

from __future__ import annotations

import calendar
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..export.docx_read import ActionRow, read_action_table
from ..export.xlsx_parse import CellError, Resolver, split
from ..models.l10n import translate
from ..models.queries import Filters
from ..models.records import Activity, Commitment, Organisation, Roadmap, Roundtable
from ..models.validation import is_iso_date
from .stores import Stores

if TYPE_CHECKING:
    from ..models.store import Store

_MONTHS = {name: i for i, names in enumerate((
    (), ("january", "janvier", "jan"), ("february", "fevrier", "février", "feb", "fev"),
    ("march", "mars", "mar"), ("april", "avril", "apr", "avr"), ("may", "mai"),
    ("june", "juin", "jun"), ("july", "juillet", "jul", "juil"), ("august", "aout", "août", "aug"),
    ("september", "septembre", "sep", "sept"), ("october", "octobre", "oct"),
    ("november", "novembre", "nov"), ("december", "decembre", "décembre", "dec", "déc")))
    for name in names}
_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_WORDS = re.compile(r"(?:(\d{1,2})(?:st|nd|rd|th|er)?\s+)?([^\W\d_]+)\.?\s+(\d{4})")


@dataclass(frozen=True)
class OutcomeRow:
    """A commitment the import would create, from one row of the action table."""

    row: int
    commitment: Commitment
    actors: tuple[str, ...]  # as named in the row; unknown ones have no id yet


@dataclass
class OutcomePreview:
    path: Path
    roundtable: Roundtable
    table: int
    rows: list[OutcomeRow]
    unchanged: int
    errors: list[str]
    unknown_actors: list[str] = field(default_factory=list)

    @property
    def source(self) -> str:
        return f"import:{self.path.name}"

    def summary(self) -> str:
        errors = len(self.errors)
        unknown = len(self.unknown_actors)
        return (f"{self.path.name} (table {self.table}) for the {self.roundtable.caption}:"
                f" {len(self.rows)} new commitment{'' if len(self.rows) == 1 else 's'},"
                f" {self.unchanged} unchanged, {unknown} unknown"
                f" actor{'' if unknown == 1 else 's'}, {errors} error{'' if errors == 1 else 's'}")

    def lines(self) -> Iterator[str]:
        """The preview for a terminal: the summary, each commitment, unknown actors, errors."""
        yield self.summary()
        for row in self.rows:
            due = row.commitment.due_date or "no due date"
            yield f"  new     row {row.row}: {row.commitment.caption} ({'; '.join(row.actors)};" \
                  f" due {due})"
        if self.unknown_actors:
            yield "unknown actors: " + "; ".join(self.unknown_actors)
        for error in self.errors:
            yield f"error: {error}"


class CommitmentReader:
    """Rows of actions (typed in a document or on the Record outcome screen) -> commitments.

    Knows the organisations, the partnership's roadmap objectives and, when
    asked, its activities by title; one home for the matching both use.
    """

    def __init__(self, store: Store, roundtable: Roundtable, *, activities: bool) -> None:
        self.roundtable = roundtable
        self.resolver = Resolver()
        for org in store.list(Organisation):
            self.resolver.add_organisation(org.id, org.name, org.short_name)
        scope = Filters(partnership=roundtable.partnership_id)
        self.links = _Links(store.list(Roadmap, scope))
        self.activities = {match_key(a.title): a.id for a in store.list(Activity, scope)
                           } if activities else {}
        self.known = {match_key(c.text) for c in store.list(Commitment, scope)
                      if c.made_at_roundtable_id == roundtable.id}

    def commitment(self, action: ActionRow, *, due_header: str, unknown: list[str]
                   ) -> tuple[Commitment, tuple[str, ...]]:
        """The commitment a row makes and the actors it names; CellError if it cannot.

        Actors not in the register get no id ('') and are added to `unknown`.
        `objective` may name a roadmap objective by code or, failing that, an
        activity by title (the screen offers one "linked to" field for both).
        """
        names, ids = _actors(action, self.resolver, unknown)
        due = parse_due(action.due, due_header)
        objective = activity = None
        if action.objective and not action.activity and self.activities and \
                self.links.objective_or_none(action.objective) is None:
            activity = _activity(action.objective, self.activities)
        else:
            objective = self.links.objective(action.objective)
            activity = _activity(action.activity, self.activities)
        rt = self.roundtable
        return Commitment(partnership_id=rt.partnership_id, actor_ids=ids, text=action.action,
                          made_at_roundtable_id=rt.id, made_on=rt.date, due_date=due,
                          objective_id=objective, activity_id=activity), names


def preview_outcome(stores: Stores, path: str | os.PathLike[str], *,
                    roundtable_id: str) -> OutcomePreview:
    """What importing the conclusions would create; nothing is written."""
    path = Path(path)
    with stores() as store:
        roundtable = store.get(Roundtable, roundtable_id)
        table = read_action_table(path)
        reader = CommitmentReader(store, roundtable, activities="activity" in table.columns)
    where = translate("Core", "{file}, table {table}").format(file=path.name, table=table.table)
    preview = OutcomePreview(path, roundtable, table.table, [], 0, [])
    seen: set[str] = set()
    for action in table.rows:
        at = translate("Core", "{where}, row {row}").format(where=where, row=action.row)
        if not action.action:
            preview.errors.append(translate("Core", "{at}, column '{column}': is empty").format(
                at=at, column=table.columns["action"]))
            continue
        if match_key(action.action) in reader.known or match_key(action.action) in seen:
            preview.unchanged += 1
            continue
        seen.add(match_key(action.action))
        try:
            commitment, names = reader.commitment(
                action, due_header=table.columns.get("due", "Due"),
                unknown=preview.unknown_actors)
        except CellError as exc:
            preview.errors.append(f"{at}, {exc}")
            continue
        preview.rows.append(OutcomeRow(action.row, commitment, names))
    return preview


def _actors(action: ActionRow, resolver: Resolver, unknown: list[str]
            ) -> tuple[tuple[str, ...], list[str]]:
    """The actors a row names (the whole cell, else its parts) -> names and ids ('' unknown)."""
    if not action.actor:
        raise CellError(translate("Core", "no actor: name at least one organisation"))
    whole = " ".join(action.actor.split())
    names = [whole] if len(resolver.matches(whole)) == 1 else split(
        re.sub(r"[,/\n]", ";", action.actor))
    ids = []
    for name in names:
        found = resolver.matches(name)
        if len(found) > 1:
            raise CellError(translate("Core", "actor '{name}' names {count} organisations: use"
                                      " the full name").format(name=name, count=len(found)))
        ids.append(next(iter(found), ""))
        if not found and match_key(name) not in {match_key(u) for u in unknown}:
            unknown.append(name)
    return tuple(names), ids


def parse_due(text: str, header: str) -> str | None:
    """ISO, 31/12/2026, 31.12.2026, 31 December 2026, 31 décembre 2026, or a month's end."""
    cleaned = " ".join(text.split()).casefold()
    if not cleaned:
        return None
    if is_iso_date(cleaned):
        return cleaned
    try:
        numeric = _NUMERIC.fullmatch(cleaned)
        if numeric:
            day, month, year = (int(g) for g in numeric.groups())
            return date(year, month, day).isoformat()
        words = _WORDS.fullmatch(cleaned)
        if words and words.group(2) in _MONTHS:
            year, month = int(words.group(3)), _MONTHS[words.group(2)]
            day = int(words.group(1)) if words.group(1) else calendar.monthrange(year, month)[1]
            return date(year, month, day).isoformat()
    except ValueError:
        pass
    raise CellError(translate("Core", "column '{header}': '{text}' is not a date (e.g."
                              " 31/12/2026 or December 2026)").format(header=header, text=text))


class _Links:
    """Objective codes of the partnership's roadmaps, the newest roadmap first."""

    def __init__(self, roadmaps: list[Roadmap]) -> None:
        self.codes: dict[str, str] = {}
        for roadmap in sorted(roadmaps, key=lambda r: r.adopted_on or "", reverse=True):
            for objective in roadmap.objectives:
                self.codes.setdefault(match_key(objective.code), objective.id)

    def objective_or_none(self, text: str) -> str | None:
        return self.codes.get(match_key(text))

    def objective(self, text: str) -> str | None:
        if not text:
            return None
        found = self.codes.get(match_key(text))
        if found is None:
            known = ", ".join(sorted(self.codes)) or translate("Core", "none")
            raise CellError(translate("Core", "no objective '{text}' in the partnership's"
                                      " roadmaps ({known})").format(text=text, known=known))
        return found


def _activity(text: str, activities: dict[str, str]) -> str | None:
    if not text:
        return None
    found = activities.get(match_key(text))
    if found is None:
        raise CellError(translate("Core", "no activity titled '{text}' in the"
                                  " partnership").format(text=text))
    return found


def match_key(text: str) -> str:
    """Text as matched: case and spacing do not count."""
    return " ".join(text.split()).casefold()
