"""Keyboard-true: every window's and dialog's keys are claimed once, dialogs start in
their first field with a safe default, and the main tasks are done by keys alone."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from modal_support import when_modal
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QTabWidget,
    QWidget,
)

from tpdesk.models import Commitment, Note, Pack, Record, Roundtable
from tpdesk.models.l10n import LANGUAGES, Language
from tpdesk.services import StoreFactory
from tpdesk.ui.conflicts_view import ConflictsDialog
from tpdesk.ui.contacts_dialog import ContactsDialog
from tpdesk.ui.editors import EDITORS, RecordEditor
from tpdesk.ui.first_start import FirstStartDialog
from tpdesk.ui.import_wizard import IATI, ImportWizard
from tpdesk.ui.language import use_app_language
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.merge_wizard import ExportDialog
from tpdesk.ui.outcome import OutcomeDialog
from tpdesk.ui.preferences import PreferencesDialog
from tpdesk.ui.search_dialog import SearchDialog
from tpdesk.ui.security import BackupsDialog, NewPassphraseDialog
from tpdesk.ui.shortcuts import ELSEWHERE, ShortcutsDialog, menu_actions, plain, shortcuts
from tpdesk.ui.trash import TrashDialog

UNSAFE = {"cancel", "close", "delete", "discard", "remove", "no"}
"""Words of a default button that would lose work or answer no for the user."""
KEEPERS = {"save", "ok", "apply", "continue", "next", "finish"}
"""Words of a button that keeps what was typed: beside one, Close would lose it."""


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[Language]:
    """The app's language for the test: English unless the test walks every language,
    for a translation gives each text its own letter and two may meet there."""
    chosen: Language = getattr(request, "param", "en")
    app = QApplication.instance()
    use_app_language(app, chosen)
    yield chosen
    use_app_language(app, "en")


EVERY_LANGUAGE = pytest.mark.parametrize("language", LANGUAGES, indirect=True)


@pytest.fixture
def window(qtbot, tmp_path: Path, writable_db: Path, language: Language,
           ) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=settings, factory=StoreFactory(writable_db, user="tester"))
    qtbot.addWidget(win)
    assert win.open_database(writable_db)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# -- what claims a key ------------------------------------------------------------------

def mnemonic(text: str) -> str | None:
    """The letter after a lone '&' ('&&' is a plain ampersand), lower case."""
    i = text.find("&")
    while i != -1:
        if text[i + 1:i + 2] == "&":
            i = text.find("&", i + 2)
            continue
        return text[i + 1:i + 2].lower() or None
    return None


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter -> what claims Alt+letter in the window as it is shown now."""
    claims: dict[str, list[str]] = defaultdict(list)

    def claim(text: str) -> None:
        key = mnemonic(text)
        if key:
            claims[key].append(text)

    menubar = getattr(window, "menuBar", None)
    if callable(menubar):
        for action in menubar().actions():
            claim(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            claim(widget.text())
        elif isinstance(widget, QGroupBox):
            claim(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                claim(widget.tabText(index))
    return claims


def twice(claims: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: texts for key, texts in claims.items() if len(texts) > 1}


def every_tab_state(dialog: QWidget) -> Iterator[str]:
    """Show each page of each tab widget in turn (the mnemonics of hidden pages sleep)."""
    yield "as opened"
    for tabs in dialog.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield tabs.tabText(index)


def window_keys(window: QWidget) -> dict[str, set[str]]:
    """Key -> the commands it triggers, for the shortcuts live in the whole window.

    A key scoped to one widget (a table's Return) only counts against the keys of
    that widget, so it is left out here and checked where it lives.
    """
    keys: dict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for key in action.shortcuts():
            if not key.isEmpty():
                keys[key.toString()].add(plain(action.text()) or repr(action))
    return keys


def dialogs(window: MainWindow) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    """Every dialog the main window opens, made as the window makes it."""
    store = window.session.store
    for kind, editor in EDITORS.items():
        existing = store.list(kind)[0]
        yield f"edit {kind.KIND}", lambda e=editor, r=existing: e(window.session, r, window)
        if kind not in (Note, Pack):
            yield (f"new {kind.KIND}",
                   lambda e=editor, k=kind, r=existing: e(window.session, _new(k, r), window))
    factory = window.session.factory
    yield "import xlsx", lambda: ImportWizard(factory, window.run_job, window)
    yield "import iati", lambda: ImportWizard(factory, window.run_job, window, kind=IATI)
    yield "shortcuts", lambda: ShortcutsDialog(window)
    yield "preferences", lambda: PreferencesDialog(window.settings, window)
    yield "preferences of a database", window.preferences_dialog
    yield "search", lambda: SearchDialog(store, window)
    yield "trash", lambda: TrashDialog(window.session, window)
    yield "contacts", lambda: ContactsDialog(window.session.stores, window)
    yield "conflicts", lambda: ConflictsDialog(window.session.stores, window)
    yield "first start", lambda: FirstStartDialog(store.user, window)
    yield "outcome", lambda: OutcomeDialog(window.session, store.list(Roundtable)[0], window)
    yield "export exchange", lambda: ExportDialog(window.session.stores, window)
    yield "backups", lambda: BackupsDialog(factory, window)
    yield "new passphrase", lambda: NewPassphraseDialog("Encrypt", offer_recovery=True,
                                                        parent=window)


def _new(kind: type[Record], like: Record) -> Record:
    partnership = getattr(like, "partnership_id", None)
    return kind(partnership_id=partnership) if partnership else kind()


# -- the main window ----------------------------------------------------------------------

def test_no_shortcut_is_claimed_twice_in_the_main_window(window: MainWindow) -> None:
    clashes = {key: names for key, names in window_keys(window).items() if len(names) > 1}
    assert clashes == {}


@EVERY_LANGUAGE
def test_every_menu_gives_each_item_its_own_mnemonic(window: MainWindow) -> None:
    menus = [window.menuBar(), *window.findChildren(QMenu)]
    assert len(menus) > 5
    for menu in menus:
        claims: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            key = mnemonic(action.text())
            if key:
                claims[key].append(action.text())
        assert twice(claims) == {}, menu.title() if isinstance(menu, QMenu) else "menu bar"


@EVERY_LANGUAGE
@pytest.mark.parametrize("tab", range(7))
def test_no_mnemonic_is_claimed_twice_in_any_view(window: MainWindow, tab: int) -> None:
    window.tabs.setCurrentIndex(tab)
    if window.tabs.currentWidget() is window.tab_of[Commitment]:
        window.view(Commitment).table.selectRow(0)  # the tracker's fields show
    QApplication.processEvents()
    for state in every_tab_state(window.tabs.currentWidget()):  # the pack builder's tabs
        assert twice(visible_mnemonics(window)) == {}, (window.tabs.tabText(tab), state)


@EVERY_LANGUAGE
def test_the_pack_builders_editing_tabs_have_mnemonics(window: MainWindow) -> None:
    tabs = window.pack_builder.editing_tabs
    assert [mnemonic(tabs.tabText(i)) for i in range(tabs.count())].count(None) == 0


def test_the_shortcuts_list_names_every_shortcut_of_the_window(window: MainWindow) -> None:
    window.build_all_tabs()  # as Help > Keyboard Shortcuts does: the tabs are built when shown
    listed = shortcuts(window)
    keys = {key for shortcut in listed for key in shortcut.keys}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            if not key.isEmpty() and action.text():
                assert key.toString(QKeySequence.SequenceFormat.NativeText) in keys, \
                    action.text()
    by_command = {s.command: s for s in listed}
    assert by_command["New Commitment"].section == "Edit › New"
    assert by_command["New Commitment"].keys == ("Ctrl+Shift+C",)
    assert by_command["Add progress update"].section == ELSEWHERE
    sections = [s.section for s in listed]
    assert sections.index("File") < sections.index("Edit") < sections.index(ELSEWHERE)
    # The menus themselves are walked, submenus included.
    assert ("File › Export", window.export_menu.actions()[0]) in \
        menu_actions(window.menuBar().actions()[0].menu(), "File")


def test_help_keyboard_shortcuts_opens_the_list(qtbot, window: MainWindow) -> None:
    window.shortcuts_action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    texts = {(row.text(0).strip(), row.text(1)) for row in rows}
    assert ("Find", "Ctrl+F, Ctrl+K") in texts
    assert ("Keyboard Shortcuts", "Ctrl+/") in texts
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    dialog.reject()


def test_ctrl_e_works_while_the_filter_box_has_focus(qtbot, window: MainWindow,
                                                     monkeypatch) -> None:
    opened: list[Record] = []
    monkeypatch.setattr(window, "edit_record", opened.append)
    window.tabs.setCurrentIndex(2)
    view = window.view(Commitment)
    view.table.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is view.filter_bar.text
    qtbot.keyClick(view.filter_bar.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [r.id for r in opened] == [view.current().id]


# -- every dialog -----------------------------------------------------------------------

DIALOGS = [*(f"{verb} {kind.KIND}" for kind in EDITORS for verb in ("edit", "new")
             if verb == "edit" or kind not in (Note, Pack)),
           "import xlsx", "import iati", "shortcuts", "preferences",
           "preferences of a database", "search", "trash", "contacts", "conflicts",
           "first start", "outcome", "export exchange", "backups", "new passphrase"]
"""The names `dialogs` gives, for the test ids (a window is needed to make them)."""


@EVERY_LANGUAGE
@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_is_keyboard_true(qtbot, window: MainWindow, name: str) -> None:
    made = dict(dialogs(window))
    assert sorted(made) == sorted(DIALOGS)
    dialog = made[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and dialog.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    # The cursor starts in the first field, in the order Tab follows.
    focus = QApplication.focusWidget()
    assert focus is not None and dialog.isAncestorOf(focus), name
    # An editor may start in the field its record is opened for (a note's text, its
    # author being filled in); it names that field, and Tab leads there from the top.
    first = dialog.first_field() if isinstance(dialog, RecordEditor) else None
    assert focus is (first or _first_in_reading_order(dialog)), (name, type(focus).__name__)
    # The default button is the one that keeps the user's work.
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    words = {plain(b.text()).lower() for b in buttons}
    # Close is safe when alone, or where nothing is typed to be saved (a list: the Trash).
    unsafe = UNSAFE if words & KEEPERS else UNSAFE - {"close"}
    for button in buttons:
        if button.isDefault() and len(buttons) > 1:
            assert plain(button.text()).lower() not in unsafe, (name, button.text())
    # Tab reaches the buttons last: after every field and button of the page, from the top
    # (a check box or an Add button may come above the first field).
    chain = _tab_chain(dialog, _first_in_reading_order(dialog, buttons_too=True))
    buttons_at = [i for i, w in enumerate(chain) if _is_dialog_button(dialog, w)]
    if buttons_at:
        assert buttons_at == list(range(buttons_at[0], len(chain))), \
            (name, [type(w).__name__ for w in chain])
    # Alt+letter leads to one place on every page.
    for state in every_tab_state(dialog):
        assert twice(visible_mnemonics(dialog)) == {}, (name, state)
    assert {k: v for k, v in window_keys(dialog).items() if len(v) > 1} == {}, name
    dialog.hide()


def _focusable(widget: QWidget, dialog: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled() \
        and widget.isVisible() and dialog.isAncestorOf(widget) and widget.focusProxy() is None \
        and not isinstance(widget, QTabBar)


def _tab_chain(dialog: QWidget, start: QWidget) -> list[QWidget]:
    """What Tab visits from `start` until it comes round to it again."""
    chain = [start]
    widget = start.nextInFocusChain()
    while widget is not start and widget not in chain:
        if _focusable(widget, dialog):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _first_in_reading_order(dialog: QWidget, *, buttons_too: bool = False) -> QWidget:
    """The field (or button of the page) nearest the top left, or the top right in Arabic:
    where a reader starts."""
    boxes = dialog.findChildren(QDialogButtonBox)
    fields = [w for w in dialog.findChildren(QWidget) if _focusable(w, dialog)
              and (buttons_too or not isinstance(w, QAbstractButton))
              and not any(box.isAncestorOf(w) for box in boxes)]
    rtl = dialog.isRightToLeft()
    where = {id(w): w.mapTo(dialog, w.rect().topRight() if rtl else w.rect().topLeft())
             for w in fields}
    sign = -1 if rtl else 1
    return min(fields, key=lambda w: (where[id(w)].y(), sign * where[id(w)].x()))


def _is_dialog_button(dialog: QWidget, widget: QWidget) -> bool:
    """One of the buttons that close the dialog or move it on: OK, Cancel, Next…"""
    in_box = any(box.isAncestorOf(widget) for box in dialog.findChildren(QDialogButtonBox))
    return in_box or widget.objectName().startswith(("qt_wizard_", "__qt__passive_wizard"))


# -- tasks by keys alone ------------------------------------------------------------------

def test_a_new_commitment_with_a_progress_note_by_keys_alone(qtbot, window: MainWindow) -> None:
    store = window.session.store
    before = {c.id for c in store.list(Commitment)}

    def fill(dialog: QWidget) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), "Tunisia")  # the partnership, typed
        _type_into(qtbot, dialog, "Commitment", "Open a desk for returning engineers")
        _type_into(qtbot, dialog, "Actors", " ")  # tick the first actor
        qtbot.wait(20)  # the event loop runs between keys: the editor revalidates
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Save, the default

    errors = when_modal(fill)
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert errors == []
    (new,) = [c for c in store.list(Commitment) if c.id not in before]
    assert new.text == "Open a desk for returning engineers"
    # The window shows it in the tracker; Alt+N reaches its Note field, Ctrl+Return adds it.
    assert window.tracker.commitment is not None and window.tracker.commitment.id == new.id
    window.activateWindow()  # the window manager's part once a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.tracker.note
    qtbot.keyClicks(window.tracker.note, "Called the ministry")
    qtbot.keyClick(window.tracker.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = store.find(Commitment, new.id)
    assert [u.note for u in saved.updates] == ["Called the ministry"]


def _type_into(qtbot, dialog: QWidget, field: str, text: str) -> None:
    """Tab to the field named `field` (never a click), then type."""
    for _ in range(40):
        focus = QApplication.focusWidget()
        if focus is not None and focus.accessibleName() == field:
            qtbot.keyClicks(focus, text)
            return
        qtbot.keyClick(focus or dialog, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {field!r}")


def test_a_pack_exported_to_word_by_keys_alone(qtbot, window: MainWindow, tmp_path: Path,
                                               monkeypatch) -> None:
    target = tmp_path / "pack.docx"
    # The file dialog is the platform's, not tpdesk's: its answer is given here.
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_args, **_kw: (str(target), "Word documents (*.docx)"))
    monkeypatch.setattr(window, "_exported", lambda path: window.statusBar().showMessage(
        f"Saved {path}"))
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.packs_tab
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # &Briefing packs
    assert QApplication.focusWidget() is window.pack_builder.packs
    qtbot.keyClick(window.pack_builder.packs, Qt.Key.Key_Down)
    # The checklist has points (agenda items without lines to take): the question that
    # comes between the key and the file is answered by keys too (Return: Export anyway).
    assert window.pack_builder.content is not None
    assert window.pack_builder.content.checklist
    answered: list[str] = []

    def answer() -> None:  # exec() blocks: the keys come from a timer
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer)
            return
        box.activateWindow()  # what the window manager does for a new dialog
        answered.append(box.windowTitle())
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default button, "Export anyway"

    QTimer.singleShot(20, answer)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Export to &Word
    qtbot.waitUntil(target.exists, timeout=20000)
    assert answered == ["Ready for the roundtable?"]
    assert target.stat().st_size > 10_000


@pytest.mark.parametrize("tab", range(1, 7))
def test_a_tab_opened_for_the_first_time_takes_the_keys(qtbot, window: MainWindow,
                                                        tab: int) -> None:
    """Ctrl+2..7 on a page never shown: the page is built then, and the cursor lands in its
    list (it stayed on the empty page, where the keys went nowhere)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    page = window.tabs.widget(tab)
    assert page.content is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_1 + tab),
                   Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is page
    listing = QApplication.focusWidget()
    assert listing is not None and page.isAncestorOf(listing), listing
    before = listing.currentIndex().row()  # the first record, or none yet
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert listing.currentIndex().row() == max(before, -1) + 1


def test_a_tab_clicked_for_the_first_time_takes_the_keys(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    assert window.tabs.currentIndex() == 3
    view = window.current_view()
    assert view is not None and QApplication.focusWidget() is view.table
