"""Export, edit the workbook as a person would, import: the store ends up as expected."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from xlsx_helpers import Book, export

from tpdesk.models import (
    Activity,
    Commitment,
    FundingLine,
    Organisation,
    Roundtable,
    Store,
    UserError,
)
from tpdesk.models.vocab import ActivityCategory, CommitmentStatus, Instrument
from tpdesk.services.xlsx_import import apply_import, preview_import


def changes_count(store: Store) -> int:
    return len(store.changes(since="2000-01-01"))


def test_an_untouched_export_imports_as_no_change(store: Store, seed: Any,
                                                  exported: Path) -> None:
    preview = preview_import(store, exported)
    assert preview.errors == [] and preview.changes == []
    assert preview.unchanged == 2 + 2 + 0 + 2 + 3 + 1  # activities ... roundtables
    assert preview.summary() == ("register.xlsx: 0 new, 0 updated, 0 deleted, 10 unchanged,"
                                 " 0 errors")


def test_round_trip_with_a_person_s_edits(store: Store, seed: Any, exported: Path) -> None:
    book = Book(exported)
    book.set("Commitments", seed.overdue.id, "Status", "Fulfilled")
    book.set("Activities", seed.training.id, "Description", None)  # blank: keeps the text
    book.set("Activities", seed.pilot.id, "Sectors", "(clear)")
    book.set("Activities", seed.pilot.id, "Title", "Recruitment pilot for builders and welders")
    due_row = book.set("Commitments", seed.due_soon.id, "Due date", "31/02/2026")
    new_row = book.add_row("Activities", {
        "Partnership": "MA", "Title": "Nursing pathway to Spain",
        "Category": "Skills development", "Start date": datetime(2026, 1, 1),
        "Sectors": "health; care"})
    book.add_row("Funding", {"Activity id": seed.pilot.id, "Instrument": "NDICI-Global Europe",
                             "Amount": 250_000.5, "Stage": "Disbursed", "Funder": "ILO"})
    book.save()
    before = changes_count(store)

    preview = preview_import(store, exported)
    assert [str(p) for p in preview.errors] == [
        f"Sheet 'Commitments', row {due_row}, column 'Due date': '31/02/2026' is not a date"]
    with pytest.raises(UserError, match="1 error in the workbook; nothing imported"):
        apply_import(store, preview)
    assert changes_count(store) == before

    book.set("Commitments", seed.due_soon.id, "Due date", datetime(2027, 2, 28))
    book.save()
    preview = preview_import(store, exported)
    assert preview.errors == []
    assert (preview.count("new"), preview.count("update")) == (2, 3)
    updates = {(c.sheet, f.column): (f.old, f.new) for c in preview.changes for f in c.changes}
    assert updates[("Commitments", "Status")] == ("In progress", "Fulfilled")
    assert updates[("Commitments", "Due date")] == ("2026-12-10", "2027-02-28")
    assert updates[("Activities", "Sectors")] == ("construction", "")
    assert ("Activities", new_row) in {c.key for c in preview.changes if c.action == "new"}
    result = apply_import(store, preview)
    assert result.summary() == "imported 2 new, 3 updated, 0 deleted (import:register.xlsx)"

    assert store.get(Commitment, seed.overdue.id).status is CommitmentStatus.FULFILLED
    assert store.get(Commitment, seed.due_soon.id).due_date == "2027-02-28"
    training = store.get(Activity, seed.training.id)
    assert training.description == seed.training.description
    pilot = store.get(Activity, seed.pilot.id)
    assert pilot.sectors == [] and pilot.title.endswith("and welders")
    assert [(f.instrument, f.amount_cents, f.funder_id) for f in pilot.funding][1] == (
        Instrument.NDICI, 25_000_050, seed.ilo.id)
    (nursing,) = [a for a in store.list(Activity) if a.title == "Nursing pathway to Spain"]
    assert nursing.partnership_id == seed.morocco.id
    assert nursing.category is ActivityCategory.SKILLS_DEVELOPMENT
    assert (nursing.start_date, nursing.sectors) == ("2026-01-01", ["health", "care"])
    history = store.changes(since="2000-01-01")[before:]
    assert {c.source for c in history} == {"import:register.xlsx"}
    assert {c.who for c in history} == {"tester"}

    again = preview_import(store, exported)  # the same file a second time
    assert [p.message for p in again.errors] == [
        f"likely a duplicate of the stored activity 'Nursing pathway to Spain' (id {nursing.id})"
        "; give the row its id, or import with duplicates allowed"]


def test_dry_run_preview_writes_nothing(store: Store, seed: Any, exported: Path,
                                        db_path: Path) -> None:
    book = Book(exported)
    book.set("Organisations", seed.ilo.id, "Short name", "ILO Geneva")
    book.add_row("Organisations", {"Name": "Spare organisation", "Kind": "Civil society",
                                   "Delete": None})
    book.save()
    before = (changes_count(store), store.count(Organisation))
    preview = preview_import(store, exported)
    assert preview.errors == [] and len(preview.changes) == 2
    assert (changes_count(store), store.count(Organisation)) == before
    assert store.get(Organisation, seed.ilo.id).short_name == "ILO"


def test_leaving_rows_out(store: Store, seed: Any, exported: Path) -> None:
    book = Book(exported)
    first = book.set("Roundtables", seed.held.id, "Place", "Sfax")
    second = book.set("Organisations", seed.giz.id, "Short name", "GIZ GmbH")
    book.save()
    preview = preview_import(store, exported)
    result = apply_import(store, preview, leave_out={("Roundtables", first)})
    assert (result.updated, second > 0) == (1, True)
    assert store.get(Roundtable, seed.held.id).place == "Tunis"
    assert store.get(Organisation, seed.giz.id).short_name == "GIZ GmbH"


def test_removed_rows_delete_nothing_and_marked_rows_do(store: Store, seed: Any,
                                                        tmp_path: Path) -> None:
    spare = store.save(Organisation(name="Spare organisation", short_name="SPARE"))
    path = export(store, tmp_path / "r.xlsx")
    book = Book(path)
    book.sheet("Activities").delete_rows(book.row_of("Activities", seed.pilot.id))
    book.set("Organisations", spare.id, "Delete", "yes")
    line = seed.training.funding[0]
    book.set("Funding", line.id, "Delete", "Yes")
    book.save()
    preview = preview_import(store, path)
    assert preview.errors == []
    assert sorted((c.sheet, c.action) for c in preview.changes) == [
        ("Funding", "delete"), ("Organisations", "delete")]
    apply_import(store, preview)
    assert store.find(Activity, seed.pilot.id) is not None
    assert store.find(Organisation, spare.id) is None
    assert store.get(Activity, seed.training.id).funding == []


def test_a_refused_delete_is_reported_on_its_row(store: Store, seed: Any,
                                                 exported: Path) -> None:
    book = Book(exported)
    row = book.set("Organisations", seed.ilo.id, "Delete", "yes")
    book.save()
    preview = preview_import(store, exported)
    assert [str(p) for p in preview.errors] == [
        f"Sheet 'Organisations', row {row}, column 'Delete': Organisation 'ILO' cannot be"
        " deleted: it is used by 1 activity ('Recruitment pilot for builders') and"
        " 1 commitment ('Publish the skills gap study')"]
    assert store.find(Organisation, seed.ilo.id) is not None


def test_new_rows_can_name_organisations_added_in_the_same_workbook(
        store: Store, seed: Any, exported: Path) -> None:
    book = Book(exported)
    book.add_row("Organisations", {"Name": "Enabel", "Short name": "ENABEL",
                                   "Kind": "Implementing agency", "Country": "BE"})
    book.add_row("Roundtables", {"Partnership": "TN", "Number": 2, "Date": "2026-10-20",
                                 "Place": "Brussels", "Status": "Planned"})
    book.add_row("Commitments", {"Partnership": "TN", "Commitment": "Fund a second cohort",
                                 "Actors": "Enabel; GIZ", "Roundtable no.": 2,
                                 "Due date": datetime(2027, 6, 30)})
    book.add_row("Progress updates", {"Commitment id": seed.overdue.id,
                                      "Date": datetime(2026, 11, 20), "Status": "Fulfilled",
                                      "Note": "Desk opened", "By": "GIZ"})
    book.save()
    preview = preview_import(store, exported)
    assert preview.errors == []
    (derived,) = [f for c in preview.changes for f in c.changes
                  if c.sheet == "Progress updates"]
    assert (derived.column, derived.old, derived.new) == ("Commitment status", "In progress",
                                                          "Fulfilled")
    apply_import(store, preview)
    enabel = next(o for o in store.list(Organisation) if o.short_name == "ENABEL")
    (second,) = [c for c in store.list(Commitment) if c.text == "Fund a second cohort"]
    assert second.actor_ids == [enabel.id, seed.giz.id]
    rt = store.get(Roundtable, second.made_at_roundtable_id or "")
    assert (rt.number, rt.place) == (2, "Brussels")
    overdue = store.get(Commitment, seed.overdue.id)
    assert overdue.status is CommitmentStatus.FULFILLED
    assert [u.note for u in overdue.updates] == ["Desk opened"]


def test_sheet_level_problems_name_sheet_row_and_column(store: Store, seed: Any,
                                                        exported: Path) -> None:
    book = Book(exported)
    rows = {
        "status": book.set("Commitments", seed.overdue.id, "Status", "Done"),
        "country": book.set("Organisations", seed.giz.id, "Country", "XX"),
        "instrument": book.set("Funding", seed.training.funding[0].id, "Instrument", "ESF"),
        "amount": book.set("Funding", seed.pilot.funding[0].id, "Amount", "lots"),
        "actor": book.set("Commitments", seed.due_soon.id, "Actors", "ILO; Nobody"),
    }
    dup = book.add_row("Activities", {"Partnership": "TN", "Title": "Another",
                                      "Category": "Reintegration",
                                      "id": seed.training.id})
    new = book.add_row("Activities", {"Partnership": "ZZ", "Title": "Stray",
                                      "Category": "Reintegration", "End date": "soon"})
    book.save()
    errors = [str(p) for p in preview_import(store, exported).errors]
    assert errors == [
        f"Sheet 'Organisations', row {rows['country']}, column 'Country': 'XX' is not a country"
        " code (two letters, e.g. DE)",
        f"Sheet 'Activities', row {dup}, column 'id': id {seed.training.id} is also on row"
        f" {book.row_of('Activities', seed.training.id)}",
        f"Sheet 'Activities', row {new}, column 'Partnership': 'ZZ' is not a partnership: use"
        " a partner country code (MA, TN)",
        f"Sheet 'Activities', row {new}, column 'End date': 'soon' is not a date",
        f"Sheet 'Commitments', row {rows['status']}, column 'Status': 'Done' is not a known"
        " status: use one of Planned, In progress, Fulfilled, On hold, Cancelled",
        f"Sheet 'Commitments', row {rows['actor']}, column 'Actors': no organisation called"
        " 'Nobody' (use its short name or name)",
        f"Sheet 'Funding', row {rows['instrument']}, column 'Instrument': 'ESF' is not a known"
        " instrument: use one of MPF, AMIF, NDICI-Global Europe, Erasmus+, Member State"
        " bilateral, Private sector, Other",
        f"Sheet 'Funding', row {rows['amount']}, column 'Amount': 'lots' is not an amount in"
        " euros",
    ]


def test_core_validation_problems_land_on_their_rows(store: Store, seed: Any,
                                                     exported: Path) -> None:
    book = Book(exported)
    row = book.set("Activities", seed.training.id, "End date", datetime(2020, 1, 1))
    rt = book.add_row("Roundtables", {"Partnership": "TN", "Number": 1})
    book.save()
    errors = [str(p) for p in preview_import(store, exported).errors]
    assert errors == [
        f"Sheet 'Roundtables', row {rt}, column 'Number': this partnership already has a 1st"
        " roundtable",
        f"Sheet 'Activities', row {row}, column 'End date': 2020-01-01 is before start date"
        " 2024-01-01",
    ]


def test_headers_renamed_missing_merged_or_extra(store: Store, seed: Any,
                                                 exported: Path) -> None:
    book = Book(exported)
    book.sheet("Activities").cell(1, book.column("Activities", "Title")).value = "Titel"
    ws = book.sheet("Roundtables")
    ws.delete_cols(book.column("Roundtables", "Place"))
    org = book.sheet("Organisations")
    org.cell(1, org.max_column + 1).value = "My notes"
    funding = book.sheet("Funding")
    funding.merge_cells("A1:B1")
    book.save()
    preview = preview_import(store, exported)
    assert [str(p) for p in preview.errors] == [
        "Sheet 'Roundtables', row 1: column 'Place' is missing",
        "Sheet 'Activities', row 1, column 'Titel': unknown column in B: was it renamed?"
        " Expected 'Title'",
        "Sheet 'Activities', row 1: column 'Title' is missing",
        "Sheet 'Funding', row 1: merged header cells (A1:B1): unmerge them so each column"
        " has its own header",
    ]
    assert [str(p) for p in preview.warnings] == [
        "Sheet 'Organisations', row 1, column 'My notes': not a register column; ignored"]


def test_formulas_use_saved_results_or_are_reported(store: Store, seed: Any,
                                                    exported: Path) -> None:
    book = Book(exported)
    row = book.set("Roundtables", seed.held.id, "Place", '=CONCAT("Tu","nis 2")')
    book.save()  # openpyxl saves no result for the formula, as a script would
    assert [str(p) for p in preview_import(store, exported).errors] == [
        f"Sheet 'Roundtables', row {row}, column 'Place': holds a formula with no saved"
        " result: type the value, or open and save the file in Excel or LibreOffice first"]


def test_injection_text_comes_back_as_the_same_text(store: Store, seed: Any,
                                                    tmp_path: Path) -> None:
    texts = ["=1+1", "+49 30 1234", "-5 %", "@mention", '=HYPERLINK("http://x","y")', "#N/A",
             "tab\tand\nnew line"]
    for i, text in enumerate(texts):
        store.save(Organisation(name=text, short_name=f"X{i}"))
    path = export(store, tmp_path / "inject.xlsx")
    preview = preview_import(store, path)
    assert preview.errors == [] and preview.changes == []
    book = Book(path)
    book.add_row("Organisations", {"Name": "=2+2 (typed as text)", "Kind": "Employer"})
    ws = book.sheet("Organisations")
    ws.cell(ws.max_row, 1).data_type = "s"  # as Excel stores a quote-prefixed entry
    book.save()
    preview = preview_import(store, path)
    assert preview.errors == []
    apply_import(store, preview)
    names = {o.name for o in store.list(Organisation)}
    assert set(texts) | {"=2+2 (typed as text)"} <= names


def test_edits_since_the_preview_to_other_fields_are_kept(store: Store, seed: Any,
                                                          exported: Path) -> None:
    book = Book(exported)
    book.set("Activities", seed.training.id, "Status", "Finalisation")
    book.save()
    preview = preview_import(store, exported)
    training = store.get(Activity, seed.training.id)
    training.progress_notes = "Typed in the app meanwhile"
    training.funding.append(FundingLine(instrument=Instrument.AMIF, amount_cents=100))
    store.save(training)
    apply_import(store, preview)
    after = store.get(Activity, seed.training.id)
    assert after.status.value == "finalisation"
    assert after.progress_notes == "Typed in the app meanwhile" and len(after.funding) == 2


def test_an_apply_that_fails_writes_nothing(store: Store, seed: Any, exported: Path) -> None:
    book = Book(exported)
    book.set("Activities", seed.training.id, "Title", "Renamed")
    book.add_row("Activities", {"Partnership": "TN", "Title": "Brand new",
                                "Category": "Reintegration"})
    book.save()
    preview = preview_import(store, exported)
    assert preview.errors == []
    store.delete(store.get(Commitment, seed.due_soon.id))
    store.delete(store.get(Activity, seed.training.id))  # gone before the apply
    before = changes_count(store)
    with pytest.raises(UserError, match="is no longer in the register; nothing imported"):
        apply_import(store, preview)
    assert changes_count(store) == before
    assert not [a for a in store.list(Activity) if a.title == "Brand new"]


def test_a_template_filled_by_hand(store: Store, seed: Any, tmp_path: Path) -> None:
    path = export(store, tmp_path / "template.xlsx", template=True)
    book = Book(path)
    for sheet in ("Organisations", "Activities", "Commitments"):
        book.sheet(sheet).delete_rows(2)  # the table's empty first row, as Excel fills it
    book.add_row("Organisations", {"Name": "Malta Enterprise", "Short name": "ME",
                                   "Kind": "Employer or business association",
                                   "Country": "mt"})
    book.add_row("Activities", {"Partnership": "tn", "Title": "Hotel internships in Malta",
                                "Category": "mobility", "Status": "Pipeline/identification",
                                "Skill levels": "Low-skilled; Medium-skilled",
                                "Target beneficiaries": 40})
    book.add_row("Commitments", {"Partnership": "TN", "Commitment": "Host 40 interns",
                                 "Actors": "ME", "Due date": "2027-05-31"})
    book.save()
    preview = preview_import(store, path)
    assert preview.errors == [] and preview.count("new") == 3
    apply_import(store, preview)
    me = next(o for o in store.list(Organisation) if o.short_name == "ME")
    assert me.country_code == "MT"
    (hotel,) = [a for a in store.list(Activity) if a.title == "Hotel internships in Malta"]
    assert [s.value for s in hotel.skill_levels] == ["low", "medium"]
    assert hotel.target_beneficiaries == 40
    (host,) = [c for c in store.list(Commitment) if c.text == "Host 40 interns"]
    assert (host.actor_ids, host.due_date) == ([me.id], "2027-05-31")
