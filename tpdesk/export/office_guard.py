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
from ..models.l10n import translate, translate_noop
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
    """The words the checks use for one kind of file, and the part it must hold.

    The words are marked for translation (context "Core") and translated when said.
    """

    noun: str  # "a workbook"
    named: str  # "an Excel workbook"
    suffix: str  # ".xlsx"
    program: str  # "Excel"
    old: str  # "Excel 97-2003 workbook (.xls)"
    text: str  # "a text or CSV file"
    unlock: str  # where the password is removed
    main_part: str  # the part every file of the kind has

    def save_as(self) -> str:
        return translate("Core", "open it in {program} or LibreOffice and save it as {named}"
                         " ({suffix})").format(program=self.program,
                                               named=translate("Core", self.named),
                                               suffix=self.suffix)


WORKBOOK = OfficeKind(translate_noop("Core", "a workbook"),
                      translate_noop("Core", "an Excel workbook"), ".xlsx", "Excel",
                      translate_noop("Core", "Excel 97-2003 workbook (.xls)"),
                      translate_noop("Core", "a text or CSV file"),
                      translate_noop("Core", "in Excel (File > Info > Protect Workbook)"),
                      "xl/workbook.xml")
WORD_DOCUMENT = OfficeKind(translate_noop("Core", "a Word document"),
                           translate_noop("Core", "a Word document"), ".docx", "Word",
                           translate_noop("Core", "Word 97-2003 document (.doc)"),
                           translate_noop("Core", "a text file"),
                           translate_noop("Core", "in Word (File > Info > Protect Document)"),
                           "word/document.xml")


def check_file(path: Path, kind: OfficeKind, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise UserError with one line if `path` is not a file of `kind` tpdesk can safely read."""
    name = path.name
    named = translate("Core", kind.named)
    with open_input(path, noun=translate("Core", kind.noun)) as fh:
        head = fh.read(4096)
    if not head:
        raise UserError(translate("Core", "{name} is empty, not {named}").format(
            name=name, named=named))
    if head.startswith(OLE_MAGIC):
        if _encrypted(path):
            raise UserError(translate("Core", "{name} is protected by a password: remove the"
                                      " password {where} and save it again").format(
                name=name, where=translate("Core", kind.unlock)))
        raise UserError(translate("Core", "{name} is an old {old}, not {suffix}: {save_as}").format(
            name=name, old=translate("Core", kind.old), suffix=kind.suffix,
            save_as=kind.save_as()))
    if not head.startswith(ZIP_MAGIC):
        if _looks_like_text(head):
            raise UserError(translate("Core", "{name} is {text}, not {named}: {save_as}").format(
                name=name, text=translate("Core", kind.text), named=named,
                save_as=kind.save_as()))
        raise UserError(translate("Core", "{name} is not {named} ({suffix})").format(
            name=name, named=named, suffix=kind.suffix))
    try:
        with zipfile.ZipFile(path) as zf:
            _check_archive(name, zf, kind, limits)
            if kind.main_part not in zf.NameToInfo:
                raise UserError(translate("Core", "{name} is a zip archive but not {named}"
                                          " (no {part})").format(name=name, named=named,
                                                                 part=kind.main_part))
            _check_xml_parts(name, zf)
    except zipfile.BadZipFile as exc:
        raise UserError(translate("Core", "{name} is damaged: not a readable zip archive"
                                  " ({exc})").format(name=name, exc=exc)) from None


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
        raise UserError(translate("Core", "{name} holds {files} files, more than the {limit}"
                                  " {noun} may have; refused (a zip bomb?)").format(
            name=name, files=format_number(len(entries)),
            limit=format_number(limits.max_entries), noun=translate("Core", kind.noun)))
    total = sum(e.file_size for e in entries)
    if total > limits.max_total_bytes:
        raise UserError(translate("Core", "{name} would unpack to {size} MB, more than the"
                                  " {limit} MB limit; refused (a zip bomb?)").format(
            name=name, size=format_number(round(total / 2**20)),
            limit=format_number(round(limits.max_total_bytes / 2**20))))
    for e in entries:
        if e.flag_bits & 0x1:
            raise UserError(translate("Core", "{name} is protected by a password: remove the"
                                      " password and save it again").format(name=name))
        if (e.file_size > limits.ratio_floor
                and e.file_size > limits.max_ratio * max(e.compress_size, 1)):
            raise UserError(translate("Core", "{name}: part {part} unpacks to {ratio} times its"
                                      " packed size; refused (a zip bomb?)").format(
                name=name, part=e.filename,
                ratio=format_number(e.file_size // max(e.compress_size, 1))))


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
                raise UserError(translate("Core", "{name}: part {part} declares an XML DTD or"
                                          " entities, which Office files never hold; refused"
                                          ).format(name=name, part=info.filename)) from None
            except SafeET.ParseError as exc:
                raise UserError(translate("Core", "{name} is damaged: part {part} is not valid"
                                          " XML ({exc})").format(name=name, part=info.filename,
                                                                 exc=exc)) from None
