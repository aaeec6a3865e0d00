"""Recording a roundtable's outcome: held, its summary, the commitments made, those reviewed.

What the secretariat types after the meeting on the Record outcome screen, in
one transaction (`record_outcome`): the roundtable marked held with its
outcome summary; the new commitments, read like the rows of a conclusions
document (`outcome_import.CommitmentReader`: actors by short name or name,
due dates as people write them, a link to a roadmap objective or an
activity); and each reviewed commitment closed or carried forward as a
progress update. The records before and after are returned, so that the app
can undo it all as one step.

The same from the conclusions document (`apply_outcome`, after
`outcome_import.preview_outcome`): its action table's commitments, and the
roundtable marked held by the same `mark_held`, since a roundtable with
conclusions took place; only a held roundtable's commitments become the next
pack's Matters arising.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..export.docx_read import ActionRow
from ..export.xlsx_parse import CellError
from ..models.changes import Changes
from ..models.errors import UserError
from ..models.l10n import translate
from ..models.records import Commitment, Organisation, Record, Roundtable
from ..models.vocab import CommitmentStatus, OrganisationKind, RoundtableStatus
from .outcome_import import CommitmentReader, OutcomePreview, match_key, parse_due
from .stores import Stores

if TYPE_CHECKING:
    from ..models.store import Store

__all__ = ["ActionRow", "Outcome", "OutcomeRecorded", "OutcomeResult", "Review",
           "apply_outcome", "mark_held", "record_outcome"]

SOURCE = "record outcome"


@dataclass(frozen=True)
class Review:
    """What the roundtable decided about an existing commitment."""

    commitment_id: str
    status: CommitmentStatus
    due_date: str = ""  # a new due date as typed; empty: unchanged
    note: str = ""


@dataclass(frozen=True)
class Outcome:
    roundtable_id: str
    held: bool = True
    summary: str = ""
    commitments: tuple[ActionRow, ...] = ()  # `objective`: an objective code or activity title
    reviews: tuple[Review, ...] = ()


@dataclass(frozen=True)
class OutcomeRecorded:
    before: list[Record]  # the roundtable and the reviewed commitments as they were
    after: list[Record]  # the same records as saved
    created: list[Commitment]
    changes: Changes = field(default_factory=Changes)


def record_outcome(stores: Stores, outcome: Outcome) -> OutcomeRecorded:
    """Write the outcome all or nothing; UserError (one line, naming the row) if any is wrong."""
    with stores() as store, store.transaction(source=SOURCE):
        roundtable = store.get(Roundtable, outcome.roundtable_id)
        reader = CommitmentReader(store, roundtable, activities=True)
        errors: list[str] = []
        unknown: list[str] = []
        new: list[Commitment] = []
        for action in outcome.commitments:
            if not action.action:
                errors.append(translate("Core", "new commitment {row}: say what was committed"
                                        ).format(row=action.row))
                continue
            try:
                new.append(reader.commitment(action, due_header="Due date",
                                             unknown=unknown)[0])
            except CellError as exc:
                errors.append(translate("Core", "new commitment {row}: {exc}").format(
                    row=action.row, exc=exc))
        if unknown:
            errors.append(translate("Core", "not in the register: {names} (add them as"
                                    " organisations first)").format(names="; ".join(unknown)))
        reviewed = [(review, store.get(Commitment, review.commitment_id))
                    for review in outcome.reviews]
        dues: dict[str, str | None] = {}
        for review, commitment in reviewed:
            try:
                dues[review.commitment_id] = parse_due(review.due_date, "New due date")
            except CellError as exc:
                errors.append(translate("Core", "commitment '{caption}': {exc}").format(
                    caption=commitment.caption, exc=exc))
        if errors:
            extra = len(errors) - 1
            more = translate("Core", " (and %Ln more)", None, extra) if extra else ""
            raise UserError(translate("Core",
                "{errors}{more}; nothing recorded").format(errors=errors[0], more=more))
        summary = outcome.summary.strip()
        after: list[Record] = [mark_held(store, roundtable, summary) if outcome.held else
                               store.save(dataclasses.replace(roundtable,
                                                              outcome_summary=summary))]
        created = store.save_many(new)
        for review, commitment in reviewed:
            due = dues[review.commitment_id]
            note = review.note.strip() or (f"due date moved to {due}" if due else "")
            saved = store.add_progress(commitment.id, status=review.status, note=note)
            if due is not None and due != saved.due_date:
                saved = store.save(dataclasses.replace(saved, due_date=due))
            after.append(saved)
    before: list[Record] = [roundtable, *(c for _, c in reviewed)]
    return OutcomeRecorded(before, after, created, Changes.of([*after, *created]))


@dataclass(frozen=True)
class OutcomeResult:
    created: int
    actors_created: int
    source: str
    changes: Changes = field(default_factory=Changes)
    marked_held: bool = False  # the roundtable was not marked held before

    def summary(self) -> str:
        held = "; roundtable marked held" if self.marked_held else ""
        return (f"imported {self.created} commitment{'' if self.created == 1 else 's'},"
                f" {self.actors_created} new organisation"
                f"{'' if self.actors_created == 1 else 's'}{held} ({self.source})")



def apply_outcome(stores: Stores, preview: OutcomePreview, *,
                  create_actors: OrganisationKind | None = None) -> OutcomeResult:
    """Create the previewed commitments (and, if asked, their unknown actors) all or none."""
    if preview.errors:
        count = len(preview.errors)
        raise UserError(translate("Core",
            "{name}: %Ln error(s) in the action table; nothing imported", None, count).format(
            name=preview.path.name))
    if preview.unknown_actors and create_actors is None:
        raise UserError(translate("Core",
            "{name}: unknown actors: {actors}: add them as organisations, or create them "
            "with the import; nothing imported").format(
            name=preview.path.name, actors="; ".join(preview.unknown_actors)))
    with stores() as store, store.transaction(source=preview.source):
        created: dict[str, str] = {}
        orgs = []
        for name in preview.unknown_actors:
            assert create_actors is not None
            org = store.save(Organisation(name=name, kind=create_actors))
            created[match_key(name)] = org.id
            orgs.append(org)
        saves = []
        for row in preview.rows:
            ids = [i or created[match_key(n)] for i, n in zip(row.commitment.actor_ids, row.actors,
                                                         strict=True)]
            saves.append(dataclasses.replace(row.commitment, actor_ids=ids))
        saved = store.save_many(saves, source=preview.source)
        roundtable = store.get(Roundtable, preview.roundtable.id)
        held = mark_held(store, roundtable)
    return OutcomeResult(len(saved), len(orgs), preview.source,
                         Changes.of([*orgs, *saved, held]), marked_held=held is not roundtable)


def mark_held(store: Store, roundtable: Roundtable, summary: str | None = None) -> Roundtable:
    """The roundtable marked held (and its outcome summary set, when given); saved only if new."""
    summary = roundtable.outcome_summary if summary is None else summary
    if roundtable.status is RoundtableStatus.HELD and roundtable.outcome_summary == summary:
        return roundtable
    return store.save(dataclasses.replace(roundtable, status=RoundtableStatus.HELD,
                                          outcome_summary=summary))
