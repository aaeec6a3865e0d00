"""Checks on a workbook file before anything parses it, and a bounded scan of each sheet.

People send back files of every kind: a CSV renamed to .xlsx, an old .xls, a
workbook with a password, something damaged, now and then something hostile.
Each gets one clear line instead of a crash or a hang:

* the first bytes tell a zip from an OLE container (.xls, or an encrypted
  workbook) and from text;
* the zip's central directory gives the entry count and the uncompressed
  sizes before a byte is inflated, which stops zip bombs;
* every XML part is refused if it declares a DTD (entities are how XML bombs
  and external-entity reads work; Excel and LibreOffice never write one),
  checked with defusedxml;
* `scan_sheet` walks a sheet's XML once, in constant memory, to find the last
  row that holds data, so a sheet with a million formatted empty rows is read
  only as far as its data goes.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from lxml import etree

from ..models.errors import UserError
from ..models.formatting import format_number

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_XML_PARTS = (".xml", ".rels", ".vml")
_MAIN = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
         "http://purl.oclc.org/ooxml/spreadsheetml/main")
_REF = re.compile(r"([A-Z]{1,3})(\d+)")


@dataclass(frozen=True)
class Limits:
    """How big a workbook tpdesk agrees to open; far above any real register."""

    max_entries: int = 10_000
    max_total_bytes: int = 1 << 30
    max_ratio: int = 100  # uncompressed / compressed, for entries above ratio_floor
    ratio_floor: int = 1 << 20


DEFAULT_LIMITS = Limits()


def check_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise UserError with one line if `path` is not a workbook tpdesk can safely read."""
    name = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder, not a workbook") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from exc
    if not head:
        raise UserError(f"{name} is empty, not an Excel workbook")
    if head.startswith(OLE_MAGIC):
        if encrypted(path):
            raise UserError(f"{name} is protected by a password: remove the password in Excel"
                            " (File > Info > Protect Workbook) and save it again")
        raise UserError(f"{name} is an old Excel 97-2003 workbook (.xls), not .xlsx: open it"
                        " in Excel or LibreOffice and save it as an Excel workbook (.xlsx)")
    if not head.startswith(ZIP_MAGIC):
        if looks_like_text(head):
            raise UserError(f"{name} is a text or CSV file, not an Excel workbook: open it in"
                            " Excel or LibreOffice and save it as an Excel workbook (.xlsx)")
        raise UserError(f"{name} is not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(path) as zf:
            check_archive(name, zf, limits)
            if "xl/workbook.xml" not in zf.NameToInfo:
                raise UserError(f"{name} is a zip archive but not an Excel workbook"
                                " (no xl/workbook.xml)")
            check_xml_parts(name, zf)
    except zipfile.BadZipFile as exc:
        raise UserError(f"{name} is damaged: not a readable zip archive ({exc})") from None


def encrypted(path: Path) -> bool:
    """An encrypted .xlsx is an OLE container with an 'EncryptionInfo' stream."""
    with path.open("rb") as fh:
        data = fh.read(64 << 20)
    return _ENCRYPTED_MARK in data


def looks_like_text(head: bytes) -> bool:
    if b"\x00" in head.lstrip(b"\xff\xfe\xef\xbb\xbf")[:1024]:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def check_archive(name: str, zf: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a zip bomb or an encrypted zip from its directory, before a byte is inflated.

    Shared by every Office Open XML file tpdesk reads (workbooks, Word documents).
    """
    entries = zf.infolist()
    if len(entries) > limits.max_entries:
        raise UserError(f"{name} holds {format_number(len(entries))} files, more than the"
                        f" {format_number(limits.max_entries)} a workbook may have;"
                        " refused (a zip bomb?)")
    total = sum(e.file_size for e in entries)
    if total > limits.max_total_bytes:
        raise UserError(f"{name} would unpack to {format_number(round(total / 2**20))} MB,"
                        " more than the"
                        f" {format_number(round(limits.max_total_bytes / 2**20))} MB limit;"
                        " refused (a zip bomb?)")
    for e in entries:
        if e.flag_bits & 0x1:
            raise UserError(f"{name} is protected by a password: remove the password and"
                            " save it again")
        if (e.file_size > limits.ratio_floor
                and e.file_size > limits.max_ratio * max(e.compress_size, 1)):
            raise UserError(f"{name}: part {e.filename} unpacks to"
                            f" {format_number(e.file_size // max(e.compress_size, 1))}"
                            " times its packed size; refused (a zip bomb?)")


def check_xml_parts(name: str, zf: zipfile.ZipFile) -> None:
    """Refuse any XML part with a DTD; reading stops at the root element, so this is quick."""
    for info in zf.infolist():
        if not info.filename.lower().endswith(_XML_PARTS):
            continue
        with zf.open(info) as src:
            try:
                for _event, _element in SafeET.iterparse(src, events=("start",),
                                                         forbid_dtd=True):
                    break
            except DefusedXmlException:
                raise UserError(f"{name}: part {info.filename} declares an XML DTD or"
                                " entities, which spreadsheets never write; refused") from None
            except SafeET.ParseError as exc:
                raise UserError(f"{name} is damaged: part {info.filename} is not valid XML"
                                f" ({exc})") from None


@dataclass
class SheetScan:
    """What the passes over a sheet's XML found."""

    last_row: int | None = 0  # the last row with a value or formula; None: read to the end
    has_formulas: bool = False
    formulas_without_value: list[tuple[int, int]] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)


def scan_sheet(open_part: Callable[[], IO[bytes]]) -> SheetScan:
    """Find where the data ends, which formulas lack a saved result, and what is merged.

    The first pass looks for value and formula tags in the raw bytes, a
    megabyte at a time, so a million empty formatted rows cost well under a
    second. Only a sheet that holds formulas gets a second, parsing pass, and
    that one stops at the last row with data.
    """
    with open_part() as src:
        scan = _find_data(src)
    if scan.has_formulas:
        with open_part() as src:
            scan.formulas_without_value = _formulas_without_value(src, scan.last_row)
    return scan


_CHUNK = 1 << 20
_OVERLAP = 4096
_MERGE = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref="([A-Z$0-9:]+)"')
_ROW_NUMBER = re.compile(rb'\sr="(\d+)"')
_ROOT = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>]")


def _find_data(src: IO[bytes]) -> SheetScan:
    scan = SheetScan()
    prefix: bytes | None = None
    carry = row_tag = b""
    while True:
        chunk = src.read(_CHUNK)
        buf = carry + chunk
        if prefix is None:
            root = _ROOT.search(buf)
            prefix = (root.group(1) + b":") if root and root.group(1) else b""
            values = [b"<" + prefix + t for t in (b"v>", b"is>", b"is ", b"f>", b"f ")]
            formulas = (b"<" + prefix + b"f>", b"<" + prefix + b"f ")
            rows = (b"<" + prefix + b"row ", b"<" + prefix + b"row>")
        last = max(buf.rfind(v) for v in values)
        if last >= 0 and scan.last_row is not None:
            start = max(buf.rfind(r, 0, last) for r in rows)
            tag = buf[start:buf.find(b">", start) + 1] if start >= 0 else row_tag
            number = _ROW_NUMBER.search(tag)
            if number is None:
                scan.last_row = None  # rows without numbers: read them all
            else:
                scan.last_row = max(scan.last_row, int(number.group(1)))
        start = max(buf.rfind(r) for r in rows)
        if start >= 0 and buf.find(b">", start) >= 0:
            row_tag = buf[start:buf.find(b">", start) + 1]
        scan.has_formulas = scan.has_formulas or any(f in buf for f in formulas)
        scan.merged += [m.decode() for m in _MERGE.findall(buf) if m.decode() not in scan.merged]
        if not chunk:
            return scan
        carry = buf[-_OVERLAP:]


def _formulas_without_value(src: IO[bytes], last_row: int | None) -> list[tuple[int, int]]:
    """(row, column) of each formula cell with no saved result, up to the last data row."""
    found: list[tuple[int, int]] = []
    tags = [f"{{{ns}}}{t}" for ns in _MAIN for t in ("row", "c")]
    parser = etree.iterparse(src, events=("start", "end"), tag=tags, resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False)
    row = col = 0
    try:
        for event, element in parser:
            if etree.QName(element).localname == "row":
                if event == "start":
                    row = int(element.get("r") or row + 1)
                    col = 0
                    if last_row is not None and row > last_row:
                        break
                else:
                    _drop(element)
            elif event == "end":
                col = _column(element.get("r"), col + 1)
                if _formula_without_value(element):
                    found.append((row, col))
                element.clear()
    except etree.XMLSyntaxError as exc:
        raise UserError(f"a worksheet is damaged: not valid XML ({exc})") from None
    return found


def _formula_without_value(element: etree._Element) -> bool:
    formula = value = False
    for child in element:
        local = etree.QName(child).localname
        if local == "f":
            formula = True
        elif local == "v":
            value = value or bool(child.text)
        elif local == "is":
            value = value or bool("".join(child.itertext()))
    return formula and not value


def _drop(element: etree._Element) -> None:
    """Forget a finished row and everything before it."""
    element.clear()
    parent = element.getparent()
    while element.getprevious() is not None and parent is not None:
        del parent[0]


def _column(ref: str | None, default: int) -> int:
    if not ref:
        return default
    match = _REF.match(ref)
    if match is None:
        return default
    number = 0
    for ch in match.group(1):
        number = number * 26 + ord(ch) - 64
    return number
