"""Broken and hostile files: one clear line each, never a hang, a crash or a half import."""

from __future__ import annotations

import struct
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from xlsx_helpers import Book

from tpdesk.export import xlsx_read
from tpdesk.export.office_guard import Limits
from tpdesk.models import Organisation, Roundtable, Store, UserError
from tpdesk.services.xlsx_import import preview_import

BOOK = xlsx_read._Book  # kept before `never_parsed` replaces it
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def rewrite(source: Path, target: Path, part: str, change: Callable[[str], str]) -> Path:
    """A copy of a workbook with one part's XML changed."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == part:
                data = change(data.decode()).encode()
            dst.writestr(info.filename, data)
    return target


def sheet_part(path: Path, title: str) -> str:
    with zipfile.ZipFile(path) as zf:
        return BOOK(path.name, zf).sheet_parts()[title]


def refused(store: Store, path: Path, **kwargs: Any) -> str:
    with pytest.raises(UserError) as caught:
        preview_import(store, path, **kwargs)
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.fixture
def never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the workbook's parts are parsed at all."""
    def parse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the workbook was parsed")

    monkeypatch.setattr(xlsx_read, "_Book", parse)


def test_not_a_zip(store: Store, seed: Any, tmp_path: Path, never_parsed: None) -> None:
    path = tmp_path / "noise.xlsx"
    path.write_bytes(bytes(range(256)) * 4)
    assert refused(store, path) == "noise.xlsx is not an Excel workbook (.xlsx)"


def test_empty_and_missing_files(store: Store, seed: Any, tmp_path: Path) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert refused(store, tmp_path / "empty.xlsx") == "empty.xlsx is empty, not an Excel workbook"
    assert refused(store, tmp_path / "gone.xlsx").endswith("gone.xlsx: no such file")


def test_a_csv_renamed(store: Store, seed: Any, tmp_path: Path, never_parsed: None) -> None:
    path = tmp_path / "register.xlsx"
    path.write_text("id;Title;Status\n1;Coding bootcamp;Implementation\n", encoding="cp1252")
    assert refused(store, path) == (
        "register.xlsx is a text or CSV file, not an Excel workbook: open it in Excel or"
        " LibreOffice and save it as an Excel workbook (.xlsx)")


def test_an_xls_renamed(store: Store, seed: Any, tmp_path: Path, never_parsed: None) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(OLE + bytes(504) + "Workbook".encode("utf-16-le") + bytes(1024))
    assert refused(store, path) == (
        "old.xlsx is an old Excel 97-2003 workbook (.xls), not .xlsx: open it in Excel or"
        " LibreOffice and save it as an Excel workbook (.xlsx)")


def test_a_password_protected_workbook(store: Store, seed: Any, tmp_path: Path,
                                       never_parsed: None) -> None:
    # Excel saves an encrypted .xlsx as an OLE container with these streams.
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(64)
                     + "EncryptedPackage".encode("utf-16-le") + bytes(1024))
    assert refused(store, path) == (
        "secret.xlsx is protected by a password: remove the password in Excel"
        " (File > Info > Protect Workbook) and save it again")


def test_a_damaged_zip(store: Store, seed: Any, exported: Path, tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes(exported.read_bytes()[:5000])
    assert refused(store, path).startswith("cut.xlsx is damaged: not a readable zip archive")


def test_a_zip_that_is_no_workbook(store: Store, seed: Any, tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("holiday.txt", "not a workbook")
    assert refused(store, path) == (
        "photos.xlsx is a zip archive but not an Excel workbook (no xl/workbook.xml)")


def test_a_workbook_without_register_sheets(store: Store, seed: Any, tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Budget"
    wb.save(path)
    assert refused(store, path).startswith("other.xlsx has none of the register's sheets")


def test_zip_bomb_by_entry_count(store: Store, seed: Any, tmp_path: Path,
                                 never_parsed: None) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(10_000):
            zf.writestr(f"xl/media/{i}.bin", b"")
    assert refused(store, path) == ("many.xlsx holds 10,001 files, more than the 10,000 a"
                                    " workbook may have; refused (a zip bomb?)")


def test_zip_bomb_by_declared_size(store: Store, seed: Any, tmp_path: Path,
                                   never_parsed: None) -> None:
    """The sizes come from the zip's directory: nothing is inflated to find out."""
    path = tmp_path / "huge.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        at = data.rfind(signature)  # the sheet's header, written last
        data[at + offset:at + offset + 4] = struct.pack("<I", 0xF000_0000)
    path.write_bytes(bytes(data))
    assert refused(store, path) == ("huge.xlsx would unpack to 3,840 MB, more than the 1,024 MB"
                                    " limit; refused (a zip bomb?)")


def test_zip_bomb_by_compression_ratio(store: Store, seed: Any, tmp_path: Path,
                                       never_parsed: None) -> None:
    path = tmp_path / "zeros.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/sharedStrings.xml", b" " * (32 << 20))
    message = refused(store, path)
    assert message.startswith("zeros.xlsx: part xl/sharedStrings.xml unpacks to ")
    assert message.endswith(" times its packed size; refused (a zip bomb?)")


BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n')
EXTERNAL = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


@pytest.mark.parametrize("dtd", [BILLION_LAUGHS, EXTERNAL], ids=["laughs", "external"])
@pytest.mark.parametrize("part", ["xl/workbook.xml", "sheet"])
@pytest.mark.usefixtures("seed", "never_parsed")
def test_xml_entity_tricks(store: Store, exported: Path, tmp_path: Path, dtd: str,
                           part: str) -> None:
    part = sheet_part(exported, "Roundtables") if part == "sheet" else part

    def add_dtd(xml: str) -> str:
        body = xml.split("?>", 1)[1] if xml.startswith("<?xml") else xml
        return dtd + body.replace("Tunis", "&lol3;" if "lol" in dtd else "&xxe;")

    path = rewrite(exported, tmp_path / "evil.xlsx", part, add_dtd)
    assert refused(store, path) == (
        f"evil.xlsx: part {part} declares an XML DTD or entities, which Office files never"
        " hold; refused")


def test_openpyxl_itself_parses_with_defusedxml() -> None:
    import defusedxml.ElementTree
    from openpyxl.worksheet import _reader
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML is True
    assert functions.iterparse is defusedxml.ElementTree.iterparse
    assert _reader.iterparse is defusedxml.ElementTree.iterparse  # the sheet parser


def test_invalid_xml_is_damage(store: Store, seed: Any, exported: Path, tmp_path: Path) -> None:
    part = sheet_part(exported, "Roundtables")
    path = rewrite(exported, tmp_path / "bad.xlsx", part, lambda xml: xml[:-40])
    assert refused(store, path).startswith("bad.xlsx is damaged or not a workbook tpdesk can"
                                           " read (XMLSyntaxError: ")


def test_a_million_formatted_empty_rows(store: Store, seed: Any, exported: Path,
                                       tmp_path: Path) -> None:
    part = sheet_part(exported, "Roundtables")

    def pad(xml: str) -> str:
        rows = "".join(f'<row r="{n}" s="1" customFormat="1"><c r="A{n}" s="1"/>'
                       f'<c r="D{n}" s="1"/></row>' for n in range(3, 1_000_003))
        return xml.replace("</sheetData>", rows + "</sheetData>")

    path = rewrite(exported, tmp_path / "padded.xlsx", part, pad)
    assert zipfile.ZipFile(path).getinfo(part).file_size > 50 << 20
    start = time.perf_counter()
    preview = preview_import(store, path)
    assert time.perf_counter() - start < 30
    assert preview.errors == [] and preview.changes == []


def test_formula_results_saved_in_the_file_are_used(store: Store, seed: Any, exported: Path,
                                                    tmp_path: Path) -> None:
    part = sheet_part(exported, "Roundtables")
    place = Book(exported).column("Roundtables", "Place")
    letter = openpyxl.utils.get_column_letter(place)

    def formula(result: str) -> Callable[[str], str]:
        def change(xml: str) -> str:
            start = xml.index(f'<c r="{letter}2"')
            end = xml.index("</c>", start) + 4
            return (xml[:start] + f'<c r="{letter}2" t="str"><f>CONCAT("S","fax")</f>'
                    f"<v>{result}</v></c>" + xml[end:])
        return change

    same = rewrite(exported, tmp_path / "same.xlsx", part, formula("Tunis"))
    assert preview_import(store, same).changes == []
    changed = rewrite(exported, tmp_path / "changed.xlsx", part, formula("Sfax"))
    (change,) = preview_import(store, changed).changes
    assert [(f.column, f.old, f.new) for f in change.changes] == [("Place", "Tunis", "Sfax")]


def test_nothing_is_half_imported(store: Store, seed: Any, exported: Path) -> None:
    """One bad row among good ones: the preview has errors and nothing is written."""
    book = Book(exported)
    book.set("Organisations", seed.giz.id, "Short name", "GIZ GmbH")
    book.set("Roundtables", seed.held.id, "Number", "first")
    book.save()
    before = len(store.changes(since="2000-01-01"))
    preview = preview_import(store, exported)
    assert len(preview.errors) == 1 and len(preview.changes) == 1
    assert len(store.changes(since="2000-01-01")) == before
    assert store.get(Organisation, seed.giz.id).short_name == "GIZ"
    assert store.get(Roundtable, seed.held.id).number == 1


def test_limits_are_settable(store: Store, seed: Any, exported: Path) -> None:
    tiny = Limits(max_total_bytes=1000)
    assert "limit; refused (a zip bomb?)" in refused(store, exported, limits=tiny)
