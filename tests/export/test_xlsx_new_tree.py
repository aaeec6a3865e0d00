"""A new activity or commitment with its funding lines or progress updates, in one workbook."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from xlsx_helpers import Book

from tpdesk.models import Activity, Commitment, Store
from tpdesk.models.vocab import CommitmentStatus, Instrument
from tpdesk.services.xlsx_import import apply_import, preview_import


def with_ref_column(book: Book, sheet: str) -> None:
    ws = book.sheet(sheet)
    ws.cell(1, ws.max_column + 1).value = "ref"


def new_activity(book: Book, title: str, ref: str | None = None) -> int:
    values: dict[str, Any] = {"Partnership": "MA", "Title": title,
                              "Category": "Skills development"}
    if ref is not None:
        values["ref"] = ref
    return book.add_row("Activities", values)


def funding(book: Book, parent: str, amount: float, instrument: str = "MPF") -> int:
    return book.add_row("Funding", {"Activity id": parent, "Instrument": instrument,
                                    "Amount": amount})


def test_new_records_and_their_parts_arrive_as_one_tree(store: Store, seed: Any,
                                                        exported: Path) -> None:
    book = Book(exported)
    with_ref_column(book, "Activities")
    with_ref_column(book, "Commitments")
    nursing = new_activity(book, "Nursing pathway to Spain", ref="N1")
    first = funding(book, "n1", 100_000)  # refs match whatever the case
    second = funding(book, "N1", 25_000.5, instrument="AMIF")
    stored_line = funding(book, seed.pilot.id, 10)  # beside them, a stored parent
    desk = book.add_row("Commitments", {"Partnership": "TN", "Commitment": "Open a desk in Sousse",
                                        "Actors": "ILO", "ref": "desk"})
    update = book.add_row("Progress updates", {"Commitment id": "desk",
                                               "Date": datetime(2026, 5, 1),
                                               "Status": "In progress", "Note": "premises found"})
    book.save()

    preview = preview_import(store, exported)
    assert preview.errors == []
    assert preview.summary().startswith("register.xlsx: 6 new, 0 updated")
    tree = preview.children()
    assert [c.key for c in tree[("Activities", nursing)]] == [("Funding", first),
                                                              ("Funding", second)]
    assert [c.key for c in tree[("Commitments", desk)]] == [("Progress updates", update)]
    lines = list(preview.lines())
    at = lines.index(f"  new     Activities row {nursing}: Nursing pathway to Spain")
    assert lines[at + 1:at + 3] == [f"            + new Funding row {first}",
                                    f"            + new Funding row {second}"]
    assert f"  new     Funding row {stored_line}: Recruitment pilot for builders" in lines

    apply_import(store, preview)
    created = store.list(Activity, None)
    nursing_record = next(a for a in created if a.title == "Nursing pathway to Spain")
    assert [(f.instrument, f.amount_cents) for f in nursing_record.funding] == [
        (Instrument.MPF, 10_000_000), (Instrument.AMIF, 2_500_050)]
    commitment = next(c for c in store.list(Commitment) if c.text == "Open a desk in Sousse")
    assert [u.note for u in commitment.updates] == ["premises found"]
    assert commitment.status is CommitmentStatus.IN_PROGRESS


def test_a_part_can_name_a_new_row_by_its_number(store: Store, seed: Any,
                                                 exported: Path) -> None:
    book = Book(exported)
    row = new_activity(book, "Welding school in Casablanca")
    funding(book, f"Row {row}", 500)
    book.save()
    preview = preview_import(store, exported)
    assert preview.errors == [] and list(preview.children()) == [("Activities", row)]
    apply_import(store, preview)
    welding = next(a for a in store.list(Activity) if a.title.startswith("Welding"))
    assert [f.amount_cents for f in welding.funding] == [50_000]


def test_refs_that_cannot_be_followed_are_errors_on_their_rows(store: Store, seed: Any,
                                                                exported: Path) -> None:
    book = Book(exported)
    with_ref_column(book, "Activities")
    new_activity(book, "Nursing pathway to Spain", ref="N1")
    twice = new_activity(book, "Care workers for Italy", ref="n1")
    broken = book.add_row("Activities", {"Partnership": "XX", "Title": "Bad partner",
                                         "Category": "Skills development", "ref": "bad"})
    orphan = funding(book, "bad", 100)
    unknown = funding(book, "nobody", 100)
    deleting = book.add_row("Funding", {"Activity id": "N1", "Instrument": "MPF",
                                        "Amount": 5, "Delete": "yes"})
    book.save()
    errors = [str(p) for p in preview_import(store, exported).errors]
    assert f"Sheet 'Activities', row {twice}, column 'ref': ref 'n1' is also on row" \
        f" {twice - 1}" in errors
    assert (f"Sheet 'Funding', row {orphan}, column 'Activity id': the new activity on"
            f" Activities row {broken} has errors: fix that row first") in errors
    assert (f"Sheet 'Funding', row {unknown}, column 'Activity id': no activity with id"
            " nobody in the register") in errors
    assert (f"Sheet 'Funding', row {deleting}, column 'Delete': a new activity's funding"
            " line is new too: leave Delete empty") in errors


def test_leaving_out_a_new_record_leaves_out_its_parts(store: Store, seed: Any,
                                                       exported: Path) -> None:
    book = Book(exported)
    row = new_activity(book, "Nursing pathway to Spain")
    funding(book, f"row {row}", 100)
    book.save()
    preview = preview_import(store, exported)
    result = apply_import(store, preview, leave_out=[("Activities", row)])
    assert (result.new, result.updated) == (0, 0)
    assert all(a.title != "Nursing pathway to Spain" for a in store.list(Activity))
