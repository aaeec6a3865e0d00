"""What tpdesk/export/compat.py relies on in openpyxl and python-docx, fingerprinted.

Each private or internal name compat uses is checked here: that it exists,
that its signature is the one compat calls, and, for what compat copies or
depends on line by line, that its source is the one read when compat was
written. A new release of either library then fails here, naming what
moved and what to re-check, before it can write a wrong file. Then the
compat functions are run for real and their files reopened.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import io
import zipfile
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn
from docx.shared import Emu
from lxml import etree
from lxml.etree import Element, SubElement
from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image

from tpdesk.export import compat


@dataclass(frozen=True)
class Reliance:
    """One name compat uses: where it is, what compat calls it with, what to re-check."""

    name: str
    recheck: str
    signature: str | None = None
    source: str | None = None  # first 16 hex digits of the SHA-256 of its source


OPENPYXL = "openpyxl.worksheet._write_only.WriteOnlyWorksheet"
WRITER = "openpyxl.worksheet._writer.WorksheetWriter"
RELIANCES = (
    Reliance(f"{OPENPYXL}._write_rows", "StreamedSheet._write_rows is a copy of it: merge"
             " the new version into the copy", "(self)", "bab6d5c3d13c3acd"),
    Reliance(f"{OPENPYXL}.append", "StreamedSheet: rows must still reach _write_rows as"
             " they were appended, tuples included", "(self, row)", "33d1ae5850f767e3"),
    Reliance(f"{OPENPYXL}._values_to_row", "StreamedSheet._write_rows calls it",
             "(self, values, row_idx)"),
    Reliance(f"{OPENPYXL}._already_saved", "StreamedSheet._write_rows calls it", "(self)"),
    Reliance(f"{OPENPYXL}._writer", "StreamedSheet and discard_sheet read the sheet's writer"),
    Reliance(f"{WRITER}.get_stream", "StreamedSheet._write_rows: send(True) lends the stream,"
             " send(None) takes it back", "(self)", "4b1c8d4aa72eb7a2"),
    Reliance(f"{WRITER}.write_row", "StreamedSheet._write_rows calls it for openpyxl's rows;"
             " RowSheet.row_element writes what it would", "(self, xf, row, row_idx)",
             "1d9ae0194864e690"),
    Reliance(f"{WRITER}.cleanup", "discard_sheet: it deletes the sheet's temporary file",
             "(self)", "fa628efc289c92c8"),
    Reliance("openpyxl.workbook.workbook.Workbook._add_sheet", "add_sheet calls it",
             "(self, sheet, index=None)", "7658ebe4441c2677"),
    Reliance("openpyxl.writer.excel.save_workbook", "save_workbook is a copy of it that"
             " closes the archive on failure: merge the new version into the copy",
             "(workbook, filename)", "131c449fc1564aca"),
    Reliance("openpyxl.writer.excel.ExcelWriter.save", "save_workbook: it writes the parts"
             " and closes the archive", "(self)", "746ede3ed96696be"),
    Reliance("docx.oxml.parser.parse_xml", "parse_xml wraps it", "(xml)"),
    Reliance("docx.oxml.document.CT_Document.body", "body_of reads it"),
    Reliance("docx.parts.document.DocumentPart.add_header_part",
             "add_header: it returns (part, rId)", "(self)"),
    Reliance("docx.parts.document.DocumentPart.add_footer_part",
             "add_footer: it returns (part, rId)", "(self)"),
    Reliance("docx.parts.story.StoryPart.get_or_add_image",
             "add_image: it returns (rId, Image)", "(self, image_descriptor)"),
    Reliance("docx.image.image.Image.px_width", "add_image reads it"),
    Reliance("docx.image.image.Image.px_height", "add_image reads it"),
    Reliance("docx.oxml.shape.CT_Inline.new_pic_inline", "inline_picture calls it",
             "(shape_id, rId, filename, cx, cy)"),
    Reliance("docx.opc.packuri.PackURI.membername", "save_with_body finds document.xml by it"),
    Reliance("docx.opc.part.XmlPart.blob", "save_with_body: the part is saved as its"
             " element serialised", "(self)", "302d8264991c9039"),
    Reliance("docx.opc.oxml.serialize_part_xml", "save_with_body splits the saved"
             " document.xml at a comment, as UTF-8 text", "(part_elm)", "5125e634e015de78"),
)


def _resolve(name: str) -> Any:
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            found = getattr(found, attribute)
        return found
    raise ImportError(name)


def _shape(function: Any) -> str:
    """The signature without annotations: names, kinds and defaults."""
    signature = inspect.signature(function)
    return str(signature.replace(
        parameters=[p.replace(annotation=p.empty) for p in signature.parameters.values()],
        return_annotation=inspect.Signature.empty))


def _library(name: str) -> str:
    package = name.split(".", maxsplit=1)[0]
    return f"{package} {version('python-docx' if package == 'docx' else package)}"


@pytest.mark.parametrize("reliance", RELIANCES, ids=lambda r: r.name)
def test_what_compat_relies_on_is_as_recorded(reliance: Reliance) -> None:
    where = (f"{reliance.name} ({_library(reliance.name)})")
    todo = (f"re-check tpdesk/export/compat.py ({reliance.recheck}), then record the new"
            " fingerprint in tests/export/test_compat.py")
    try:
        found = _resolve(reliance.name)
    except (ImportError, AttributeError):
        pytest.fail(f"{where} is gone: {todo}")
    function = found.fget if isinstance(found, property) else found
    if reliance.signature is not None:
        assert _shape(function) == reliance.signature, \
            f"{where}: signature now {_shape(function)}, was {reliance.signature}: {todo}"
    if reliance.source is not None:
        digest = hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]
        assert digest == reliance.source, f"{where}: source changed ({digest}): {todo}"


def test_openpyxl_streams_through_lxml() -> None:
    assert compat.openpyxl_streams_with_lxml(), \
        "openpyxl does not write with lxml (OPENPYXL_LXML=False?): StreamedSheet needs it"


# -- the compat functions, run for real -------------------------------------------------


class _Doubled(compat.StreamedSheet):
    """Rows given as (n,) are written by the hook, as n and 2n; others by openpyxl."""

    def row_element(self, values: Any, index: int) -> Any:
        if len(values) != 1:
            return None
        row = Element("row", r=str(index))
        for letter, number in zip("AB", (values[0], 2 * values[0]), strict=True):
            cell = SubElement(row, "c", r=f"{letter}{index}", t="n")
            SubElement(cell, "v").text = str(number)
        return row


def test_streamed_sheet_mixes_its_rows_with_openpyxls(tmp_path: Path) -> None:
    wb = Workbook(write_only=True)
    ws = _Doubled(wb, "Data")
    compat.add_sheet(wb, ws)
    dated = compat.cell_style_id(ws, number_format="yyyy-mm-dd")
    guarded = compat.cell_style_id(ws, quote_prefix=True)
    assert dated != guarded
    ws.append(["header", date(2026, 3, 31)])
    ws.append((21,))
    check = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
    check.add("A2:B9")
    compat.add_validation(ws, check)
    wb.save(tmp_path / "mixed.xlsx")

    reopened = openpyxl.load_workbook(tmp_path / "mixed.xlsx")
    assert reopened.sheetnames == ["Data"]
    sheet = reopened["Data"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["header", sheet["B1"].value], [21, 42]]
    assert sheet["B1"].value.date() == date(2026, 3, 31)
    assert [str(v.sqref) for v in sheet.data_validations.dataValidation] == ["A2:B9"]


def test_discard_sheet_deletes_the_half_written_stream() -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    ws.append(["a row"])
    stream = Path(ws._writer.out)
    assert stream.is_file()
    compat.discard_sheet(ws)
    assert not stream.exists()
    compat.discard_sheet(wb.create_sheet("Never written"))  # nothing to delete: no error


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), (31, 78, 121)).save(out, format="PNG")
    return out.getvalue()


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def test_word_parts_and_the_spliced_body_reopen(tmp_path: Path) -> None:
    document = docx.Document()
    assert compat.binds_prefixes(document, {"w": W, "r": R})
    assert not compat.binds_prefixes(document, {"w": R})
    assert compat.styles_xml(document).tag == qn("w:styles")
    assert compat.settings_xml(document).tag == qn("w:settings")
    sect_pr = compat.body_of(document).find(qn("w:sectPr"))
    assert sect_pr is not None

    header, header_id = compat.add_header(document)
    footer, footer_id = compat.add_footer(document)
    for root, text in ((header, "MARKED"), (footer, "page")):
        root.append(compat.parse_xml(f'<w:p xmlns:w="{W}"><w:r><w:t>{text}</w:t></w:r></w:p>'))
    for kind, rid in (("footer", footer_id), ("header", header_id)):
        sect_pr.insert(0, compat.parse_xml(
            f'<w:{kind}Reference xmlns:w="{W}" xmlns:r="{R}" w:type="default" r:id="{rid}"/>'))
    rid, width, height = compat.add_image(document, _png())
    assert (width, height) == (40, 20)
    inline = compat.inline_picture(1, rid, "picture.png", Emu(914400), Emu(457200))
    drawing = etree.tostring(inline, encoding="unicode")
    body = ['<w:p><w:r><w:t xml:space="preserve">Spliced &amp; kept </w:t></w:r></w:p>',
            f"<w:p><w:r><w:drawing>{drawing}</w:drawing></w:r></w:p>",
            etree.tostring(sect_pr, encoding="unicode")]
    compat.save_with_body(document, tmp_path / "spliced.docx", body, marker="the-body")

    with zipfile.ZipFile(tmp_path / "spliced.docx") as package:
        assert b"the-body" not in package.read("word/document.xml")
    reopened = docx.Document(str(tmp_path / "spliced.docx"))
    assert [p.text for p in reopened.paragraphs] == ["Spliced & kept ", ""]
    (shape,) = reopened.inline_shapes
    assert (shape.width, shape.height) == (914400, 457200)
    embedded = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
    assert reopened.part.related_parts[embedded].image.px_width == 40
    section = reopened.sections[0]
    assert section.header.paragraphs[-1].text == "MARKED"
    assert section.footer.paragraphs[-1].text == "page"
