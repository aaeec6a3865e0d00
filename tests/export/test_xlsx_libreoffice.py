"""The round trip through LibreOffice: what a person saving in Calc sends back imports cleanly."""

from __future__ import annotations

import csv
import shutil
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from xlsx_helpers import Book, export

from tpdesk.models import Activity, Commitment, Organisation, Store, UserError
from tpdesk.models.formatting import format_date, format_money
from tpdesk.models.vocab import CommitmentStatus
from tpdesk.services.xlsx_import import apply_import, preview_import

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")


def through_libreoffice(path: Path, out: Path, *, to: str = "xlsx") -> Path:
    """Open and save the file in LibreOffice Calc, headless, with a throwaway profile."""
    out.mkdir(exist_ok=True)
    profile = out / "profile"
    assert SOFFICE is not None
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", to, "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)
    saved = out / f"{path.stem}.{to}"
    assert saved.exists()
    return saved


def test_an_untouched_workbook_saved_by_libreoffice_changes_nothing(
        store: Store, seed: Any, tmp_path: Path) -> None:
    texts = ["=1+1", "+49 30 1234", "-5 %", "@mention", "#N/A", "tab\tand\nnew line"]
    for i, text in enumerate(texts):
        store.save(Organisation(name=text, short_name=f"X{i}"))
    path = export(store, tmp_path / "register.xlsx", marking="LIMITED")
    saved = through_libreoffice(path, tmp_path / "lo")
    preview = preview_import(store, saved)
    assert preview.errors == [] and preview.changes == []
    assert preview.unchanged == 2 + 2 + 2 + 3 + len(texts) + 1


def test_round_trip_with_edits_saved_by_libreoffice(store: Store, seed: Any,
                                                    tmp_path: Path) -> None:
    path = export(store, tmp_path / "register.xlsx")
    book = Book(path)
    book.set("Commitments", seed.overdue.id, "Status", "On hold")
    book.set("Activities", seed.training.id, "Description", None)
    book.set("Activities", seed.pilot.id, "Sectors", "(clear)")
    bad = book.set("Commitments", seed.due_soon.id, "Due date", "31/02/2026")
    book.add_row("Activities", {"Partnership": "TN", "Title": "Welders' pathway",
                                "Category": "Facilitating mobility",
                                "Start date": datetime(2026, 3, 1)})
    book.save()
    saved = through_libreoffice(path, tmp_path / "lo")

    preview = preview_import(store, saved)
    assert [str(p) for p in preview.errors] == [
        f"Sheet 'Commitments', row {bad}, column 'Due date': '31/02/2026' is not a date"]
    with pytest.raises(UserError):
        apply_import(store, preview)

    fixed = Book(saved)
    fixed.set("Commitments", seed.due_soon.id, "Due date", datetime(2027, 1, 15))
    fixed.save()
    resaved = through_libreoffice(saved, tmp_path / "lo2")
    preview = preview_import(store, resaved)
    assert preview.errors == []
    assert (preview.count("new"), preview.count("update")) == (1, 3)
    apply_import(store, preview)
    assert store.get(Commitment, seed.overdue.id).status is CommitmentStatus.ON_HOLD
    assert store.get(Commitment, seed.due_soon.id).due_date == "2027-01-15"
    assert store.get(Activity, seed.training.id).description == seed.training.description
    assert store.get(Activity, seed.pilot.id).sectors == []
    (new,) = [a for a in store.list(Activity) if a.title == "Welders' pathway"]
    assert new.start_date == "2026-03-01"


def test_a_real_xls_is_refused(store: Store, seed: Any, tmp_path: Path) -> None:
    path = export(store, tmp_path / "register.xlsx")
    xls = through_libreoffice(path, tmp_path / "lo", to="xls")
    renamed = xls.rename(tmp_path / "renamed.xlsx")
    with pytest.raises(UserError, match=r"^renamed.xlsx is an old Excel 97-2003 workbook"):
        preview_import(store, renamed)


# Comma-separated, quoted, UTF-8, from the first line, each sheet as shown on screen.
_AS_SHOWN = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def test_cells_show_dates_and_amounts_in_the_house_style(store: Store, seed: Any,
                                                         tmp_path: Path) -> None:
    path = export(store, tmp_path / "register.xlsx")
    out = tmp_path / "lo"
    assert SOFFICE is not None
    subprocess.run([SOFFICE, f"-env:UserInstallation={(out / 'profile').as_uri()}",
                    "--headless", "--convert-to", _AS_SHOWN, "--outdir", str(out), str(path)],
                   check=True, capture_output=True, timeout=180)

    def shown(sheet: str) -> list[list[str]]:
        with (out / f"register-{sheet}.csv").open(encoding="utf-8", newline="") as f:
            return list(csv.reader(f))

    summary = {row[0]: row[1] for row in shown("Summary") if len(row) > 1}
    assert summary["Overdue as of"] == format_date(store.today()) == "26 November 2026"
    total = sum(a.total_cents for a in (seed.training, seed.pilot))
    assert summary["Total funding"] == format_money(total) == "EUR\u00a01,250,000"
    commitments = shown("Commitments")
    due = commitments[0].index("Due date")
    assert format_date(seed.overdue.due_date) in [row[due] for row in commitments[1:]]
    funding = shown("Funding")
    amounts = {row[funding[0].index("Amount")] for row in funding[1:]}
    assert amounts == {"EUR\u00a01,200,000.00", "EUR\u00a050,000.00"}
