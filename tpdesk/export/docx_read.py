"""The action table of a roundtable's conclusions, read from a Word document.

Conclusions are written by people, in English or French, so the table is
found by its header row: the first table with a column for who (Actor,
Responsible, Acteur, ...) and one for what (Action, Commitment,
Engagement, ...); a due date, an objective and an activity column are
optional. The file passes the same checks as a workbook first (zip bombs,
encrypted or damaged files, XML with a DTD: `office_guard`), and the XML is
parsed without entities or network.
"""

from __future__ import annotations

import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.errors import UserError
from ..models.l10n import translate
from .office_guard import DEFAULT_LIMITS, WORD_DOCUMENT, Limits, check_file

if TYPE_CHECKING:
    from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCUMENT = WORD_DOCUMENT.main_part

# Header words, accents and case ignored; the first column whose header matches wins.
HEADERS: dict[str, tuple[str, ...]] = {
    "actor": ("actor", "actors", "who", "responsible", "lead", "owner", "acteur", "acteurs",
              "responsable", "responsables", "qui", "pilote"),
    "action": ("action", "actions", "commitment", "commitments", "what", "action point",
               "engagement", "engagements", "mesure", "mesures", "quoi"),
    "due": ("due", "due date", "deadline", "by when", "when", "date", "timeline",
            "echeance", "date limite", "delai", "quand", "calendrier"),
    "objective": ("objective", "roadmap objective", "objectif"),
    "activity": ("activity", "related activity", "activite", "activite liee"),
}


@dataclass(frozen=True)
class ActionRow:
    """One row of the action table, as typed."""

    row: int  # from the table's header row, which is row 1
    actor: str
    action: str
    due: str = ""
    objective: str = ""
    activity: str = ""


@dataclass(frozen=True)
class ActionTable:
    table: int  # which table of the document, from 1
    columns: dict[str, str]  # field -> the header as written
    rows: tuple[ActionRow, ...]


def read_action_table(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> ActionTable:
    """The document's action table; UserError (one line) if the file or the table is wrong."""
    tables = _tables(path, limits)
    for number, table in enumerate(tables, start=1):
        # Two tables with nothing between them are one table to Word and LibreOffice, so
        # the header row may be any row: the rows after it are the actions.
        for first, header in enumerate(table):
            columns = _match(header)
            if "actor" not in columns or "action" not in columns:
                continue
            rows = []
            for i, cells in enumerate(table[first + 1:], start=2):
                texts = {name: cells[index].strip() if index < len(cells) else ""
                         for name, index in columns.items()}
                if any(texts.values()):
                    rows.append(ActionRow(i, **{n: texts.get(n, "") for n in HEADERS}))
            return ActionTable(number, {f: header[i].strip() for f, i in columns.items()},
                               tuple(rows))
    count = len(tables)
    raise UserError(translate("Core", "{name} has no action table: none of its %Ln table(s)"
                              " has a header row with an Actor and an Action column (or Acteur,"
                              " Action)", None, count).format(name=path.name))


def _match(headers: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, header in enumerate(headers):
        key = _key(header)
        for name, words in HEADERS.items():
            if name not in found and key in words:
                found[name] = i
                break
    return found


def _key(text: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(c))
    plain = "".join(c if c.isalnum() else " " for c in plain.casefold())
    return " ".join(plain.split())


def _tables(path: Path, limits: Limits) -> list[list[list[str]]]:
    """Every table of the document body (nested ones too), as rows of cell texts."""
    from lxml import etree  # loaded by the first document read, not by every start

    check_file(path, WORD_DOCUMENT, limits)
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                     huge_tree=False)
            root = etree.fromstring(zf.read(_DOCUMENT), parser)
    except zipfile.BadZipFile as exc:
        raise UserError(translate("Core", "{name} is damaged: not a readable zip archive"
                                  " ({exc})").format(name=name, exc=exc)) from None
    except etree.XMLSyntaxError as exc:
        raise UserError(translate("Core", "{name} is damaged: {part} is not valid XML"
                                  " ({exc})").format(name=name, part=_DOCUMENT, exc=exc)
                        ) from None
    return [[[_cell_text(tc) for tc in tr.iterchildren(f"{_W}tc")]
             for tr in tbl.iterchildren(f"{_W}tr")] for tbl in root.iter(f"{_W}tbl")]


def _cell_text(tc: etree._Element) -> str:
    """A cell's paragraphs, one a line; tabs and breaks as spaces and new lines."""
    lines = []
    for p in tc.iterchildren(f"{_W}p"):
        pieces = []
        for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
            if node.tag == f"{_W}t":
                pieces.append(node.text or "")
            else:
                pieces.append(" " if node.tag == f"{_W}tab" else "\n")
        lines.append("".join(pieces))
    return "\n".join(lines).strip()
