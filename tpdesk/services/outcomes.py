"""Recording a roundtable's outcome: held, its summary, the commitments made, those reviewed.

What the secretariat types after the meeting on the Record outcome screen, in
one transaction: the roundtable marked held with its outcome summary; the new
commitments, read like the rows of a conclusions document
(`outcome_import.CommitmentReader`: actors by short name or name, due dates
as people write them, a link to a roadmap objective or an activity); and
each reviewed commitment closed or carried forward as a progress update.
The records before and after are returned, so that the app can undo it all
as one step.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from ..export.docx_read import ActionRow
from ..export.xlsx_parse import CellError
from ..models.changes import Changes
from ..models.errors import UserError
from ..models.records import Commitment, Record, Roundtable
from ..models.vocab import CommitmentStatus, RoundtableStatus
from .outcome_import import CommitmentReader, parse_due
from .stores import Stores

__all__ = ["ActionRow", "Outcome", "OutcomeRecorded", "Review", "record_outcome"]

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
                errors.append(f"new commitment {action.row}: say what was committed")
                continue
            try:
                new.append(reader.commitment(action, due_header="Due date",
                                             unknown=unknown)[0])
            except CellError as exc:
                errors.append(f"new commitment {action.row}: {exc}")
        if unknown:
            errors.append("not in the register: " + "; ".join(unknown)
                          + " (add them as organisations first)")
        reviewed = [(review, store.get(Commitment, review.commitment_id))
                    for review in outcome.reviews]
        dues: dict[str, str | None] = {}
        for review, commitment in reviewed:
            try:
                dues[review.commitment_id] = parse_due(review.due_date, "New due date")
            except CellError as exc:
                errors.append(f"commitment '{commitment.caption}': {exc}")
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise UserError(f"{errors[0]}{more}; nothing recorded")
        status = RoundtableStatus.HELD if outcome.held else roundtable.status
        after: list[Record] = [store.save(dataclasses.replace(
            roundtable, status=status, outcome_summary=outcome.summary.strip()))]
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
