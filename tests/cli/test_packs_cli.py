"""`tpdesk list packs` and `tpdesk export docx` / `export pdf` through a real subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from cli_support import one_line_error, tpdesk
from docx.enum.section import WD_ORIENT


@pytest.fixture(scope="module")
def packs(demo_db: Path) -> list[dict[str, object]]:
    result = tpdesk("--db", demo_db, "list", "packs", "--json")
    assert result.returncode == 0, result.stderr
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def test_list_packs_json_has_one_pack_per_partnership(packs) -> None:
    # One per partnership, and Egypt and Morocco have one more in their own language.
    assert sorted(p["partnership"] for p in packs) == ["BD", "EG", "EG", "MA", "MA", "PK", "TN"]
    assert sorted(str(p["language"]) for p in packs) == ["ar", "en", "en", "en", "en", "en",
                                                         "fr"]
    keys = set(packs[0])
    assert {"id", "kind", "title", "audience", "marking", "language", "version",
            "sections"} <= keys
    assert all(set(p) == keys for p in packs)
    assert {p["kind"] for p in packs} == {"pack"}


def test_list_packs_table_and_filter(demo_db: Path, packs) -> None:
    result = tpdesk("--db", demo_db, "list", "packs", "--partnership", "TN")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:4] == ["id", "partner", "date", "marking"]
    tunisia = next(p for p in packs if p["partnership"] == "TN")
    assert any(line.startswith(str(tunisia["id"])) for line in lines)
    assert lines[-1] == "1 briefing pack"


def test_export_docx_by_title_and_by_id(demo_db: Path, packs, tmp_path: Path) -> None:
    tunisia = next(p for p in packs if p["partnership"] == "TN")
    by_title = tmp_path / "by-title.docx"
    result = tpdesk("--db", demo_db, "export", "docx", "--pack",
                    str(tunisia["title"]).upper(), "-o", by_title)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {by_title}")
    document = docx.Document(str(by_title))
    assert document.paragraphs[0].text == tunisia["title"]
    assert [s.orientation for s in document.sections][-1] == WD_ORIENT.LANDSCAPE
    assert document.sections[0].header.paragraphs[0].text == "LIMITED"

    by_id = tmp_path / "by-id.docx"
    result = tpdesk("--db", demo_db, "export", "docx", "--pack", str(tunisia["id"]),
                    "-o", by_id)
    assert result.returncode == 0, result.stderr
    assert [p.text for p in docx.Document(str(by_id)).paragraphs if p.style.name ==
            "Heading 1"] == [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def test_export_docx_unknown_pack_is_one_line(demo_db: Path, tmp_path: Path) -> None:
    line = one_line_error(tpdesk("--db", demo_db, "export", "docx", "--pack", "no such pack",
                                 "-o", tmp_path / "x.docx"))
    assert "no briefing pack" in line and "list packs" in line
    assert not (tmp_path / "x.docx").exists()


def test_export_docx_template_without_styles_is_one_line(demo_db: Path, packs,
                                                          tmp_path: Path) -> None:
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    line = one_line_error(tpdesk("--db", demo_db, "export", "docx", "--pack",
                                 str(packs[0]["id"]), "-o", tmp_path / "x.docx",
                                 "--template", plain))
    assert "'Marking'" in line


def test_export_docx_usage_errors_exit_2(demo_db: Path, tmp_path: Path) -> None:
    assert tpdesk("--db", demo_db, "export", "docx", "-o", tmp_path / "x.docx").returncode == 2
    assert tpdesk("--db", demo_db, "export", "docx", "--pack", "x").returncode == 2


def test_export_xlsx_of_a_pack(demo_db: Path, packs: list[dict[str, object]],
                               tmp_path: Path) -> None:
    import openpyxl

    pack = next(p for p in packs if p["audience"] == "Italian delegation")
    target = tmp_path / "pack.xlsx"
    result = tpdesk("--db", demo_db, "export", "xlsx", "--pack", pack["id"], "-o", target)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(target)
    summary = {row[0]: row[1] for row in book["Summary"].iter_rows(values_only=True) if row[0]}
    assert summary["Prepared for"] == "Italian delegation"
    assert summary["Pack"] == pack["title"]  # named, not an id
    assert book["Summary"].oddHeader.center.text == "LIMITED"
    activities = book["Activities"]
    assert activities.max_row - 1 == len(json.loads(tpdesk(
        "--db", demo_db, "list", "activities", "--partnership", "TN", "--member-state", "IT",
        "--json").stdout))
    line = one_line_error(tpdesk("--db", demo_db, "export", "xlsx", "--pack", "nope", "-o",
                                 tmp_path / "x.xlsx"))
    assert "no briefing pack" in line
    assert tpdesk("--db", demo_db, "export", "xlsx", "--pack", pack["id"], "--overdue", "-o",
                  tmp_path / "y.xlsx").returncode == 2


def test_export_pdf_by_title(demo_db: Path, packs, tmp_path: Path) -> None:
    import pypdf

    tunisia = next(p for p in packs if p["partnership"] == "TN")
    target = tmp_path / "tunisia.pdf"
    result = tpdesk("--db", demo_db, "export", "pdf", "--pack", str(tunisia["title"]),
                    "-o", target)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {target}")
    reader = pypdf.PdfReader(target)
    assert reader.metadata is not None and reader.metadata.title == tunisia["title"]
    first = reader.pages[0].extract_text()
    assert first.startswith("LIMITED") and f"Page 1 of {len(reader.pages)}" in first
    assert len(reader.outline) > 5
    last = reader.pages[-1].mediabox
    assert last.width > last.height  # the annex, in landscape


def test_export_pdf_unknown_pack_is_one_line(demo_db: Path, tmp_path: Path) -> None:
    line = one_line_error(tpdesk("--db", demo_db, "export", "pdf", "--pack", "no such pack",
                                 "-o", tmp_path / "x.pdf"))
    assert "no briefing pack" in line
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("command", [
    ["export", "docx", "--pack", "{pack}"],
    ["export", "pdf", "--pack", "{pack}"],
    ["export", "xlsx", "--pack", "{pack}"],
    ["export", "xlsx", "--all"],
    ["backup"],
])
def test_every_file_written_refuses_a_missing_folder_alike(
        demo_db: Path, packs, tmp_path: Path, command: list[str]) -> None:
    target = tmp_path / "no" / "such" / "folder" / "out"
    suffix = {"docx": ".docx", "pdf": ".pdf"}.get(command[1] if len(command) > 1 else "", "")
    target = target.with_suffix(suffix or (".xlsx" if "xlsx" in command else ".db"))
    args = [a.format(pack=packs[0]["id"]) for a in command]
    line = one_line_error(tpdesk("--db", demo_db, *args, "-o", target))
    assert line == f"tpdesk: error: {target}: folder {target.parent} does not exist"
    assert not (tmp_path / "no").exists()
