"""The app in Arabic and French: right to left, and nothing of the main window left in English."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QRectF, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from tpdesk.models import Pack, l10n
from tpdesk.models.l10n import Language
from tpdesk.models.vocab import SectionKind
from tpdesk.services import StoreFactory
from tpdesk.ui.charts import BarChart
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.preferences import Preferences, PreferencesDialog

# Words that stay as they are in every language: names, formats, codes.
KEPT = re.compile(r"\b(tpdesk|EUR|Excel|Word|PDF|IATI|MPF|AMIF|NDICI|Erasmus|Ctrl|Shift|Alt"
                  r"|Return|Delete|Del|Esc|Up|Down|Left|Right|F\d+)\b")


def english(text: str) -> bool:
    """Text with a word in Latin letters that is not one of the names kept as they are."""
    return bool(re.search(r"[A-Za-z]{3,}", KEPT.sub("", text.replace("&", ""))))


@pytest.fixture
def window(qtbot, tmp_path: Path, writable_db: Path, in_language: Language,
           ) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, factory=StoreFactory(writable_db, user="root"))
    qtbot.addWidget(win)
    assert win.open_database(writable_db)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every string of the app's own the window shows, view by view.

    Data from the register (titles, names, notes) is the users' and stays as written:
    item views are read for their headers only, editable fields not at all.
    """
    found: list[tuple[str, str]] = []

    def actions(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or action.menu() is window.recent_menu \
                    or action.menu() is window.recent_exports_menu:
                continue
            found.append((where, action.text()))
            if action.menu() is not None:
                actions(action.menu(), f"{where} > {action.text()}")

    for action in window.menuBar().actions():
        found.append(("menu bar", action.text()))
        actions(action.menu(), action.text())
    for action in window.toolbar.actions():
        if not action.isSeparator():
            found.append(("toolbar", action.text()))
    for index in range(window.tabs.count()):
        found.append(("tab", window.tabs.tabText(index)))
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found += _widget_texts(window.tabs.widget(index), window.tabs.tabText(index))
    found.append(("status bar", window.counts_label.text()))
    return found


def _widget_texts(page: QWidget, where: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    data_labels = {QCoreApplication.translate("PackPreviewPane", "Pack summary")}
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if widget.accessibleName() in data_labels:
            continue  # the pack's title and meeting, as the user wrote them
        if isinstance(widget, QLabel) and not widget.text().startswith("/"):
            # A label the user can select shows a record's own words (the tracker's
            # commitment, shown once its tab's table takes the cursor): data, not the app's.
            if not widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse:
                found.append((where, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((where, widget.text()))
            found.append((where, widget.toolTip()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((where, widget.placeholderText()))
        elif isinstance(widget, QComboBox) and widget.count() and widget.itemData(0) is None:
            found.append((where, widget.itemText(0)))  # "Any status": the app's, not data
        elif isinstance(widget, QTabWidget):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            found += [(where, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount(QModelIndex()))]
        if widget.accessibleName():
            found.append((where, widget.accessibleName()))
    return found


@pytest.mark.parametrize("in_language", ["ar"], indirect=True)
def test_arabic_lays_the_window_out_right_to_left(window: MainWindow) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    navigator, tabs = window.splitter.widget(0), window.splitter.widget(1)
    assert navigator.mapTo(window, navigator.rect().topLeft()).x() \
        > tabs.mapTo(window, tabs.rect().topLeft()).x()  # the navigator on the right
    assert window.menuBar().actions()[0].text() == "&ملف"


@pytest.mark.parametrize("in_language", ["ar", "fr"], indirect=True)
def test_no_visible_string_of_the_main_window_is_left_in_english(
        window: MainWindow, in_language: Language) -> None:
    texts = _texts(window)
    assert len(texts) > 150
    if in_language == "ar":
        left = sorted({(where, text) for where, text in texts if text and english(text)})
    else:  # French shares letters and words with English: the untranslated sources fail
        untranslated = _translated_sources("fr")
        left = sorted({(where, text) for where, text in texts if text in untranslated})
    assert left == [], "\n".join(f"{w}: {t!r}" for w, t in left)


def _translated_sources(language: str) -> set[str]:
    """The English sources whose translation differs: seen as such, they were not translated."""
    ts = Path(__file__).resolve().parents[2] / "resources" / "translations" / (
        f"tpdesk_{language}.ts")
    messages = ET.parse(ts).getroot().iter("message")
    return {source for m in messages
            if (source := m.findtext("source") or "") != m.findtext("translation")}


@pytest.mark.parametrize("in_language", ["ar"], indirect=True)
def test_numbers_and_dates_follow_the_language(in_language: Language) -> None:
    assert l10n.format_date("2027-01-09") == "9 يناير 2027"
    assert l10n.language() == "ar"


@pytest.mark.parametrize("in_language", ["ar"], indirect=True)
def test_a_bar_chart_grows_from_the_right_in_arabic(qtbot, in_language: Language) -> None:
    chart = BarChart("Funding")
    qtbot.addWidget(chart)
    chart.resize(400, 100)
    assert chart.isRightToLeft()
    first = chart._visual(QRectF(4, 0, 50, 10))  # what comes first: at the right edge
    assert (first.left(), first.right()) == (346, 396)


def test_the_language_preference_is_saved_and_read(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    combo = dialog.appearance.language
    combo.setCurrentIndex(combo.findData("ar"))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert Preferences.load(settings).language == "ar"
    combo.setCurrentIndex(combo.findData("system"))
    dialog.appearance.save(settings)
    assert Preferences.load(settings).language in ("en", "fr", "ar")


def test_a_compiled_translation_is_never_another_versions(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two checkouts or installs share the cache; each must load the .qm of its own .ts."""
    from tpdesk.ui import language

    sources = tmp_path / "resources"
    (sources / "translations").mkdir(parents=True)
    ts = sources / "translations" / "tpdesk_fr.ts"
    ts.write_bytes((Path(language.__file__).parents[2] / "resources" / "translations"
                    / "tpdesk_fr.ts").read_bytes())
    monkeypatch.setattr(language, "resource", lambda name: sources / name)
    monkeypatch.setattr(language, "user_cache_path", lambda *_: tmp_path / "cache")

    first = language.qm_file("fr")
    text = ts.read_text(encoding="utf-8")
    ts.write_text(text.replace("<translation>", "<translation>x", 1), encoding="utf-8")
    os.utime(ts, (0, 0))  # older than the cached .qm: a date check would reuse it
    second = language.qm_file("fr")

    assert first is not None and second is not None
    assert first != second and second.is_file()
    assert not first.exists()  # the other version's file is dropped, the cache stays small
    assert language.qm_file("fr") == second


@pytest.mark.parametrize("in_language", ["ar"], indirect=True)
def test_the_details_pane_names_its_parts_and_links_in_the_language(qtbot,
                                                                    window: MainWindow) -> None:
    """Its headings and the kind before each link were English in an Arabic window."""
    window.tabs.setCurrentIndex(1)
    view = window.current_view()
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    view.table.setCurrentIndex(view.model.index(0, 0))  # selectRow misses in Arabic (Qt)
    qtbot.waitUntil(lambda: view.detail.browser.toPlainText().count("\n") > 3)
    shown = view.detail.browser.toPlainText()
    assert "الروابط (" in shown and "الملاحظات (" in shown
    for english_word in ("Links (", "Notes (", "None.", "Partnership:", "Organisation:"):
        assert english_word not in shown, shown


@pytest.mark.parametrize("in_language", ["fr", "ar"], indirect=True)
def test_showing_a_pack_in_another_language_leaves_it_as_it_was(qtbot,
                                                                 window: MainWindow) -> None:
    """The sections list showed 'Cover' in English and read it back as the section's own
    title: looking at two packs in French changed both."""
    store = window.session.store
    before = {p.id: p.sections for p in store.list(Pack)}
    builder = window._show_packs()
    QApplication.processEvents()
    for row in (0, 1, 2):
        builder.packs.setCurrentItem(builder.packs.topLevelItem(row))
        QApplication.processEvents()
    builder.draft.save_now()
    assert window.session.undo_stack.count() == 0
    assert {p.id: p.sections for p in store.list(Pack)} == before
    assert builder.sections.item(0).text() == SectionKind.COVER.translated


@pytest.mark.parametrize("in_language", ["ar"], indirect=True)
def test_a_note_names_the_kind_of_its_record_in_the_language(window: MainWindow) -> None:
    """'Commitment: …' above an Arabic note editor."""
    from tpdesk.models import Note
    from tpdesk.ui.editors import EDITORS

    note = window.session.store.list(Note)[0]
    editor = EDITORS[Note](window.session, note, window)
    kind = editor._target_text(note).split(":")[0]
    editor.deleteLater()
    assert kind and not english(kind), kind


@pytest.mark.parametrize("in_language", ["ar"], indirect=True)
def test_the_shortcuts_list_keeps_keys_left_to_right_in_arabic(window: MainWindow) -> None:
    """'Ctrl+,' read '+Ctrl,' in the Arabic list: keys are isolated as left to right."""
    from tpdesk.ui.shortcuts import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    keys = [row.text(1) for row in rows if row.text(1)]
    dialog.deleteLater()
    assert keys and all(k.startswith("\u2066") and k.endswith("\u2069") for k in keys), keys
