"""Checks on an Office file (a workbook, a Word document) before anything parses it.

People send files of every kind: a CSV renamed to .xlsx, an old .xls or
.doc, a file with a password, something damaged, now and then something
hostile. Each gets one clear line instead of a crash or a hang, worded for
the kind of file that was expected (`OfficeKind`):

* the first bytes tell a zip from an OLE container (.xls/.doc, or an
  encrypted file) and from text;
* the zip's central directory gives the entry count and the uncompressed
  sizes before a byte is inflated, which stops zip bombs;
* every XML part is refused if it declares a DTD (entities are how XML bombs
  and external-entity reads work; Office and LibreOffice never write one),
  checked with defusedxml.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..models.errors import UserError
from ..models.formatting import format_number
from .files import open_input

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_XML_PARTS = (".xml", ".rels", ".vml")


@dataclass(frozen=True)
class Limits:
    """How big an Office file tpdesk agrees to open; far above any real register."""

    max_entries: int = 10_000
    max_total_bytes: int = 1 << 30
    max_ratio: int = 100  # uncompressed / compressed, for entries above ratio_floor
    ratio_floor: int = 1 << 20


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class OfficeKind:
    """The words the checks use for one kind of file, and the part it must hold."""

    noun: str  # "workbook"
    named: str  # "an Excel workbook"
    suffix: str  # ".xlsx"
    program: str  # "Excel"
    old: str  # "Excel 97-2003 workbook (.xls)"
    text: str  # "a text or CSV file"
    unlock: str  # where the password is removed
    main_part: str  # the part every file of the kind has

    def save_as(self) -> str:
        return (f"open it in {self.program} or LibreOffice and save it as {self.named}"
                f" ({self.suffix})")


WORKBOOK = OfficeKind("workbook", "an Excel workbook", ".xlsx", "Excel",
                      "Excel 97-2003 workbook (.xls)", "a text or CSV file",
                      "in Excel (File > Info > Protect Workbook)", "xl/workbook.xml")
WORD_DOCUMENT = OfficeKind("Word document", "a Word document", ".docx", "Word",
                           "Word 97-2003 document (.doc)", "a text file",
                           "in Word (File > Info > Protect Document)", "word/document.xml")


def check_file(path: Path, kind: OfficeKind, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise UserError with one line if `path` is not a file of `kind` tpdesk can safely read."""
    name = path.name
    with open_input(path, noun=f"a {kind.noun}") as fh:
        head = fh.read(4096)
    if not head:
        raise UserError(f"{name} is empty, not {kind.named}")
    if head.startswith(OLE_MAGIC):
        if _encrypted(path):
            raise UserError(f"{name} is protected by a password: remove the password"
                            f" {kind.unlock} and save it again")
        raise UserError(f"{name} is an old {kind.old}, not {kind.suffix}: {kind.save_as()}")
    if not head.startswith(ZIP_MAGIC):
        if _looks_like_text(head):
            raise UserError(f"{name} is {kind.text}, not {kind.named}: {kind.save_as()}")
        raise UserError(f"{name} is not {kind.named} ({kind.suffix})")
    try:
        with zipfile.ZipFile(path) as zf:
            _check_archive(name, zf, kind, limits)
            if kind.main_part not in zf.NameToInfo:
                raise UserError(f"{name} is a zip archive but not {kind.named}"
                                f" (no {kind.main_part})")
            _check_xml_parts(name, zf)
    except zipfile.BadZipFile as exc:
        raise UserError(f"{name} is damaged: not a readable zip archive ({exc})") from None


def _encrypted(path: Path) -> bool:
    """An encrypted Office file is an OLE container with an 'EncryptionInfo' stream."""
    with path.open("rb") as fh:
        data = fh.read(64 << 20)
    return _ENCRYPTED_MARK in data


def _looks_like_text(head: bytes) -> bool:
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


def _check_archive(name: str, zf: zipfile.ZipFile, kind: OfficeKind, limits: Limits) -> None:
    """Refuse a zip bomb or an encrypted zip from its directory, before a byte is inflated."""
    entries = zf.infolist()
    if len(entries) > limits.max_entries:
        raise UserError(f"{name} holds {format_number(len(entries))} files, more than the"
                        f" {format_number(limits.max_entries)} a {kind.noun} may have;"
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


def _check_xml_parts(name: str, zf: zipfile.ZipFile) -> None:
    """Refuse any XML part with a DTD; reading stops at the root element, so this is quick."""
    import defusedxml.ElementTree as SafeET  # loaded by the first file read, not by every start
    from defusedxml import DefusedXmlException

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
                                " entities, which Office files never hold; refused") from None
            except SafeET.ParseError as exc:
                raise UserError(f"{name} is damaged: part {info.filename} is not valid XML"
                                f" ({exc})") from None
