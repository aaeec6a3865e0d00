"""`tpdesk export xlsx` and `tpdesk import xlsx` through a real subprocess: the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from cli_support import one_line_error, tpdesk
from xlsx_helpers import Book


@pytest.fixture
def db(writable_db: Path) -> Path:
    return writable_db


def history(db: Path) -> list[dict[str, str]]:
    result = tpdesk("--db", db, "changes", "--since", "2000-01-01", "--json")
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


def test_export_all_with_filters(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "tn.xlsx"
    result = tpdesk("--db", demo_db, "export", "xlsx", "--all", "--partnership", "TN",
                    "--marking", "LIMITED", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"wrote {out}"
    wb = openpyxl.load_workbook(out)
    assert wb["Summary"]["B5"].value == "partnership: TN"
    codes = {row[0] for row in wb["Activities"].iter_rows(min_row=2, values_only=True)}
    assert codes == {"TN"}
    assert wb["Activities"].oddHeader.center.text == "LIMITED"


def test_export_template(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    result = tpdesk("--db", demo_db, "export", "xlsx", "--template", "-o", out)
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(out)["Activities"].max_row <= 2


@pytest.mark.parametrize("args", [
    ["export", "xlsx", "-o", "x.xlsx"],
    ["export", "xlsx", "--all", "--template", "-o", "x.xlsx"],
    ["export", "xlsx", "--all"],
    ["export", "xlsx", "--template", "--partnership", "TN", "-o", "x.xlsx"],
    ["export"],
    ["import", "xlsx"],
])
def test_bad_usage_exits_2(demo_db: Path, tmp_path: Path, args: list[str]) -> None:
    result = tpdesk("--db", demo_db, *args)
    assert result.returncode == 2, result.stderr
    assert "usage:" in result.stderr


@pytest.mark.parametrize(("output", "extra", "message"), [
    ("out.xlsx", ["--status", "bogus"],
     "--status: 'bogus' is neither an activity nor a commitment status"),
    ("out.xlsx", ["--partnership", "XX"], "--partnership: no partnership with code 'XX'"),
    ("missing/out.xlsx", [], "does not exist"),
    ("out.csv", [], "an Excel workbook's name must end in .xlsx"),
])
def test_export_errors_are_one_line(demo_db: Path, tmp_path: Path, output: str,
                                    extra: list[str], message: str) -> None:
    result = tpdesk("--db", demo_db, "export", "xlsx", "--all", "-o", tmp_path / output,
                    *extra)
    line = one_line_error(result)
    assert line.startswith("tpdesk: error: ") and message in line
    assert not (tmp_path / output).exists()


def test_import_dry_run_then_apply(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "edited.xlsx"
    assert tpdesk("--db", db, "export", "xlsx", "--all", "-o", out).returncode == 0
    book = Book(out)
    ws = book.sheet("Roundtables")
    place = book.column("Roundtables", "Place")
    old_place = ws.cell(2, place).value
    ws.cell(2, place).value = "Valletta"
    book.save()
    before = history(db)

    dry = tpdesk("--db", db, "import", "xlsx", out, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0].startswith("edited.xlsx: 0 new, 1 updated, 0 deleted, ")
    assert lines[0].endswith(" unchanged, 0 errors")
    assert f"Place: {old_place} -> Valletta" in dry.stdout
    assert lines[-1] == "dry run: nothing written"
    assert history(db) == before

    applied = tpdesk("--db", db, "import", "xlsx", out)
    assert applied.returncode == 0, applied.stderr
    assert applied.stdout.splitlines()[-1] == (
        "imported 0 new, 1 updated, 0 deleted (import:edited.xlsx)")
    new = history(db)[len(before):]
    assert [(c["source"], c["who"], c["field"], c["new"]) for c in new] == [
        ("import:edited.xlsx", "cli-tester", "place", "Valletta")]


def test_import_with_errors_writes_nothing(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "bad.xlsx"
    assert tpdesk("--db", db, "export", "xlsx", "--all", "-o", out).returncode == 0
    book = Book(out)
    ws = book.sheet("Commitments")
    ws.cell(14, book.column("Commitments", "Due date")).value = "31/02/2026"
    ws.cell(3, book.column("Commitments", "Status")).value = "Fulfilled"
    book.save()
    before = history(db)
    result = tpdesk("--db", db, "import", "xlsx", out)
    line = one_line_error(result)
    assert line == "tpdesk: error: bad.xlsx: 1 error; nothing imported"
    assert ("error: Sheet 'Commitments', row 14, column 'Due date': '31/02/2026' is not a date"
            in result.stdout.splitlines())
    assert history(db) == before


@pytest.mark.parametrize(("content", "message"), [
    (b"id,Title\n1,x\n", "is a text or CSV file, not an Excel workbook"),
    (b"", "is empty, not an Excel workbook"),
])
def test_import_of_a_broken_file_is_one_line(db: Path, tmp_path: Path, content: bytes,
                                             message: str) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(content)
    line = one_line_error(tpdesk("--db", db, "import", "xlsx", path))
    assert line.startswith(f"tpdesk: error: broken.xlsx {message}")


@pytest.mark.disk_size("16k")
@pytest.mark.parametrize("what", [["--all"], ["--template"]])
def test_export_to_a_full_disk_is_one_line_and_leaves_nothing(
        demo_db: Path, small_disk: Path, what: list[str]) -> None:
    result = tpdesk("--db", demo_db, "export", "xlsx", *what, "-o", small_disk / "out.xlsx")
    line = one_line_error(result)  # no "Exception ignored in ZipFile.__del__" after it
    target = small_disk / "out.xlsx"
    assert line == f"tpdesk: error: {target}: cannot write (No space left on device)"
    assert list(small_disk.iterdir()) == []
