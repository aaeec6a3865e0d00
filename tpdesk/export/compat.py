"""Every use of openpyxl's and python-docx's private or internal API, in one place.

The writers need a few things neither library offers publicly: a write-only
sheet whose data rows are serialised in one go (the register export's speed
target), a sheet of our own class in a workbook, and python-docx's XML layer
(`oxml`, the parts behind `Document`) to write the Word body as text and
splice it into the saved package. Each such access is a small function or
class here, and the writers call only these.

Both libraries are pinned to the minor versions tested (pyproject.toml).
tests/export/test_compat.py fingerprints what this module relies on (the
names, their signatures, and the source of what is copied or overridden), so
an upgrade fails there, naming what moved, rather than in a user's file.
"""

from __future__ import annotations

import contextlib
import io
import os
import zipfile
from collections.abc import Generator, Iterable
from datetime import UTC, datetime
from typing import Any

from docx.document import Document
from docx.oxml.parser import parse_xml as _parse_xml
from docx.oxml.shape import CT_Inline
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Length
from lxml import etree
from lxml.etree import _Element
from openpyxl import xml as openpyxl_xml
from openpyxl.cell import WriteOnlyCell
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

OxmlElement = BaseOxmlElement
"""python-docx's element class: an lxml element with the schema's accessors."""

# -- openpyxl ----------------------------------------------------------------------


def openpyxl_streams_with_lxml() -> bool:
    """Whether openpyxl writes through lxml's `xmlfile`: `StreamedSheet` hands it lxml
    elements, which its fallback writer (et_xmlfile, when OPENPYXL_LXML=False) cannot take."""
    return bool(openpyxl_xml.LXML)


class StreamedSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """A write-only sheet whose subclass may serialise a row itself, as one lxml element.

    It overrides the private coroutine `WriteOnlyWorksheet._write_rows`: a
    copy of openpyxl 3.1's, with one branch added for `row_element`.
    """

    def row_element(self, values: Any, index: int) -> _Element | None:
        """The <row> element for the appended `values` (row `index`, from 1), or None to
        leave the row to openpyxl's writer.

        Row dimensions (heights) apply only to the rows openpyxl writes.
        """
        return None

    def _write_rows(self) -> Generator[None, Any, None]:
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = yield
                    element = self.row_element(row, row_idx)
                    if element is None:
                        self._writer.write_row(xf, self._values_to_row(row, row_idx),
                                               row_idx)
                    else:
                        xf.write(element)
                    row_idx += 1
            except GeneratorExit:
                pass
        self._writer.xf.send(None)


def add_sheet(wb: Workbook, ws: WriteOnlyWorksheet) -> None:
    """Add a sheet made outside the workbook (`create_sheet` makes only its own class)."""
    wb._add_sheet(ws)


def cell_style_id(ws: WriteOnlyWorksheet, *, number_format: str | None = None,
                  quote_prefix: bool = False) -> str:
    """The `s` attribute of a cell with this style, registering it in the workbook."""
    cell = WriteOnlyCell(ws)
    if number_format is not None:
        cell.number_format = number_format
    if quote_prefix:
        cell.quotePrefix = True
    return str(cell.style_id)


def add_validation(ws: WriteOnlyWorksheet, check: Any) -> None:
    """Add a data validation: write-only sheets lack `add_data_validation`, yet write
    their `data_validations` list when they close."""
    ws.data_validations.append(check)


def save_workbook(wb: Workbook, path: str | os.PathLike[str]) -> None:
    """openpyxl's `save_workbook`, with its archive closed when the save fails too.

    openpyxl leaves the zip open after an error (a full disk): its finaliser
    then writes to the failed file again and prints "Exception ignored in
    ZipFile.__del__" with a traceback on the user's terminal.
    """
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        wb.properties.modified = datetime.now(UTC).replace(tzinfo=None)
        ExcelWriter(wb, archive).save()
    except BaseException:
        with contextlib.suppress(OSError, ValueError):
            archive.close()  # releases the file even when its last write fails
        raise


def discard_sheet(ws: Any) -> None:
    """Close a sheet's half-written stream and delete its temporary file (best effort:
    used while an export is being abandoned)."""
    with contextlib.suppress(Exception):
        ws.close()
    writer = getattr(ws, "_writer", None)
    if writer is not None:
        with contextlib.suppress(Exception):
            writer.cleanup()


# -- python-docx ---------------------------------------------------------------------


def parse_xml(xml: str | bytes) -> OxmlElement:
    """Parse with python-docx's parser, so that its element classes apply."""
    return _parse_xml(xml)


def body_of(document: Document) -> OxmlElement:
    """The document's <w:body>."""
    body: OxmlElement = document.element.body
    return body


def styles_xml(document: Document) -> OxmlElement:
    """The <w:styles> root of the styles part."""
    styles: OxmlElement = document.styles.element
    return styles


def settings_xml(document: Document) -> OxmlElement:
    """The <w:settings> root of the settings part."""
    settings: OxmlElement = document.settings.element
    return settings


def add_header(document: Document) -> tuple[OxmlElement, str]:
    """A new, unlinked header part: its <w:hdr> root and its relationship id."""
    part, rid = document.part.add_header_part()  # type: ignore[no-untyped-call]
    return part.element, str(rid)


def add_footer(document: Document) -> tuple[OxmlElement, str]:
    """A new, unlinked footer part: its <w:ftr> root and its relationship id."""
    part, rid = document.part.add_footer_part()  # type: ignore[no-untyped-call]
    return part.element, str(rid)


def add_image(document: Document, data: bytes) -> tuple[str, int, int]:
    """Store an image in the package: its relationship id, width and height in pixels."""
    rid, image = document.part.get_or_add_image(io.BytesIO(data))
    return rid, image.px_width, image.px_height


def inline_picture(shape_id: int, rid: str, filename: str, cx: Length,
                   cy: Length) -> OxmlElement:
    """A <wp:inline> showing the image `rid` at cx by cy (EMU), for a <w:drawing>."""
    return CT_Inline.new_pic_inline(shape_id, rid, filename, cx, cy)


def binds_prefixes(document: Document, prefixes: dict[str, str]) -> bool:
    """Whether document.xml's root binds each prefix to its namespace, so that a body
    written as text with those prefixes means the same once spliced in."""
    nsmap = document.part.element.nsmap
    return all(nsmap.get(prefix) == uri for prefix, uri in prefixes.items())


def save_with_body(document: Document, path: str | os.PathLike[str],
                   body: Iterable[str], *, marker: str) -> None:
    """Save the package with `body` (XML text) as the content of <w:body>.

    python-docx saves the package with a comment `marker` as the body's only
    content; the package is copied with word/document.xml split at that
    comment and the body streamed in between. The body is most of the file:
    it is deflated at the fastest level (twice as fast as the default, a
    third bigger).
    """
    body_element = body_of(document)
    for child in list(body_element):
        body_element.remove(child)
    body_element.append(etree.Comment(marker))
    skeleton = io.BytesIO()
    document.save(skeleton)
    document_xml = document.part.partname.membername
    with zipfile.ZipFile(skeleton) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != document_xml:
                target.writestr(info, data)
                continue
            head, tail = data.decode("utf-8").split(f"<!--{marker}-->")
            with target.open(info.filename, "w") as out:
                out.write(head.encode("utf-8"))
                for piece in body:
                    out.write(piece.encode("utf-8"))
                out.write(tail.encode("utf-8"))

