"""The core's messages in the app's language: raised by the store, shown by the window."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tpdesk.models import Commitment, Pack, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.content import Column, ContentSection, Table
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.l10n import Language
from tpdesk.models.vocab import SectionKind
from tpdesk.services.sync import SyncStatus
from tpdesk.ui import main_window as main_window_module
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.pack_preview import describe_section
from tpdesk.ui.sync_status import SyncIndicator


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """The message boxes the window runs, answered at once."""
    seen: list[QMessageBox] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box)
        return 0

    monkeypatch.setattr(main_window_module.QMessageBox, "exec", exec_)
    return seen


@pytest.mark.parametrize(("in_language", "expected"), [
    ("fr", ": une fiche d'engagement ne peut pas être lue ("),
    ("ar", ": يتعذر قراءة سجل التزام ("),
], indirect=["in_language"])
def test_a_store_error_is_shown_in_the_apps_language(
        qtbot, tmp_path: Path, today, *, in_language: Language, boxes: list[QMessageBox],
        expected: str) -> None:
    path = tmp_path / "demo.db"
    with Store(path, today=lambda: today) as store:
        load_demo(store)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE commitment SET status = 'bogus'")
    win = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    assert win.open_database(path)  # the Overview reads no commitment record itself
    win.tabs.setCurrentWidget(win.tab_of[Commitment])
    qtbot.waitUntil(lambda: bool(boxes))
    [box] = boxes
    assert box.text().startswith(str(path))
    assert expected in box.text()
    assert "cannot be read" not in box.text()


WAITING = {  # the sync indicator for 1, 2, 3, 11, 100 and 1,200 changes waiting
    "ar": ["تعديل واحد في الانتظار", "تعديلان في الانتظار",
           "3 تعديلات في الانتظار", "11 تعديلًا في الانتظار", "100 تعديل في الانتظار",
           "1,200 تعديل في الانتظار"],
    "fr": ["1 modification en attente", "2 modifications en attente", "3 modifications en attente",
           "11 modifications en attente", "100 modifications en attente",
           "1\u202f200 modifications en attente"],
    "en": ["1 change waiting", "2 changes waiting", "3 changes waiting",
           "11 changes waiting", "100 changes waiting", "1,200 changes waiting"],
}


@pytest.mark.parametrize("in_language", ["ar", "fr", "en"], indirect=True)
def test_a_count_in_the_app_takes_the_languages_plural_form(qtbot,
                                                            in_language: Language) -> None:
    """Arabic's forms for 1, 2, 3-10, 11-99, 100+; French's two; the number written by Babel."""
    indicator = SyncIndicator()
    qtbot.addWidget(indicator)
    shown = []
    for waiting in (1, 2, 3, 11, 100, 1200):
        indicator.show_state(SyncStatus("https://sync.example.eu", "rome", "delegation",
                                        waiting=waiting, conflicts=waiting), problem=None)
        shown.append(indicator.text.split(" · ")[0])
    assert shown == WAITING[in_language]


OUTLINE = {  # a section of 1, 3 and 11 activities, and two tables of 14 rows, in the outline
    "fr": ["1 activité", "3 activités", "11 activités", "2 tableaux, 14 lignes"],
    "ar": ["نشاط واحد", "3 أنشطة", "11 نشاطًا", "جدولان، 14 صفًا"],
}
CHECKS = {"fr": ("L'activité", "L'engagement", "La section", "Le point"),
          "ar": ("النشاط", "الالتزام", "القسم", "بند جدول الأعمال")}


def _activities(rows: int) -> Table:
    return Table([Column("Activity"), Column("EUR", "money")], [["x", 1]] * rows,
                 record_ids=[f"a{i}" for i in range(rows)])


@pytest.mark.parametrize("in_language", ["fr", "ar"], indirect=True)
def test_the_pack_outline_and_checklist_are_in_the_apps_language(
        demo_db: Path, in_language: Language) -> None:
    """The outline's labels and the checklist are the app's, whatever the pack's language."""
    sections = [ContentSection(SectionKind.ANNEX, "Annex", [_activities(n)]) for n in (1, 3, 11)]
    sections.append(ContentSection(SectionKind.ANNEX, "Annex", [
        Table([Column("a")], [["x"]] * 7), Table([Column("b")], [["y"]] * 7)]))
    assert [describe_section(s) for s in sections] == OUTLINE[in_language]
    with Store(demo_db) as store:
        content = assemble(store, store.get(Pack, demo_id("pack", "TN")))
    assert content.checklist
    assert all(point.startswith(CHECKS[in_language]) for point in content.checklist), \
        content.checklist


@pytest.mark.parametrize(("in_language", "expected"), [
    ("fr", ["'demain' n'est pas une date",
            "junk.tpx : ce n'est pas un fichier d'échange tpdesk (.tpx)",
            "Adresse du serveur : 'ftp://x.eu' : indiquez l'adresse du serveur sous la forme"
            " https://HOST[:PORT]"]),
    ("ar", ["'demain' ليس تاريخًا",
            "junk.tpx: ليس ملف تبادل tpdesk (.tpx)",
            "عنوان الخادم: 'ftp://x.eu': أدخل عنوان الخادم بالصيغة https://HOST[:PORT]"]),
], indirect=["in_language"])
def test_file_cell_and_address_errors_are_in_the_apps_language(
        *, in_language: Language, expected: list[str]) -> None:
    """The export's messages are translated like the rest of the core; a refused value
    is named by the app's label, not by the command line's option."""
    from tpdesk.export.tpx import open_sealed
    from tpdesk.export.xlsx_layout import Column, Kind
    from tpdesk.export.xlsx_parse import CellError, Resolver, parse
    from tpdesk.models import InputError, UserError
    from tpdesk.services.sync_http import server_address
    from tpdesk.ui.messages import user_message

    shown = []
    with pytest.raises(CellError) as cell:
        parse(Column("Start", Kind.DATE, 10, lambda record, names: None), "demain", Resolver())
    shown.append(str(cell.value))
    with pytest.raises(UserError) as sealed:
        open_sealed(b"not a file", keys=None, where="junk.tpx")  # type: ignore[arg-type]
    shown.append(str(sealed.value))
    with pytest.raises(InputError) as address:
        server_address("ftp://x.eu")
    shown.append(user_message(address.value))
    assert shown == expected
