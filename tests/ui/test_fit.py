"""The main window on a delegate's laptop: every view fits 1024×600, no text is cut, in
English, French and Arabic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fit_support import cut_text, outside, settle
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from tpdesk.models import Commitment
from tpdesk.services import StoreFactory
from tpdesk.ui.editors import EDITORS
from tpdesk.ui.geometry import FRAME_ALLOWANCE, fitted
from tpdesk.ui.language import use_app_language
from tpdesk.ui.main_window import MainWindow

LAPTOP = (1024, 600)


@pytest.fixture(params=["en", "fr", "ar"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """French runs longest and Arabic lays out right to left: each must fit as English does."""
    use_app_language(QApplication.instance(), request.param)
    yield request.param
    use_app_language(QApplication.instance(), "en")


@pytest.fixture
def laptop(qtbot, tmp_path: Path, writable_db: Path, language: str) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, factory=StoreFactory(writable_db))
    qtbot.addWidget(window)
    assert window.open_database(writable_db)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_main_window_fits_a_laptop_screen(laptop: MainWindow) -> None:
    hint = laptop.minimumSizeHint()
    assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1], hint
    assert (laptop.width(), laptop.height()) == LAPTOP


@pytest.mark.parametrize("tab", range(7))
def test_every_view_lies_inside_the_window(qtbot, laptop: MainWindow, tab: int) -> None:
    laptop.tabs.setCurrentIndex(tab)
    if laptop.tabs.tabText(tab) == "Commitments":  # the tracker shows a commitment
        laptop.view(Commitment).table.selectRow(0)
        assert laptop.tracker.commitment is not None
    settle()
    page = laptop.tabs.currentWidget()
    assert outside(laptop, laptop) == [], laptop.tabs.tabText(tab)
    assert cut_text(page) == [], laptop.tabs.tabText(tab)


def test_the_welcome_page_fits_and_shows_all_its_text(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.open_database(tmp_path / "empty.db")
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    settle()
    assert window.pages.currentWidget() is window.welcome
    assert outside(window, window) == []
    assert cut_text(window.welcome) == []


def test_the_pack_preview_gets_most_of_the_height(laptop: MainWindow) -> None:
    laptop.tabs.setCurrentWidget(laptop.pack_builder)
    settle()
    # It was 60 px: now three lines of the pack list and four of the outline leave it the rest.
    assert laptop.pack_builder.preview.height() >= 170


@pytest.mark.parametrize("kind", list(EDITORS), ids=lambda k: k.KIND)
def test_every_editor_fits_a_laptop_screen(laptop: MainWindow, kind) -> None:
    record = laptop.session.store.list(kind)[0]
    editor = EDITORS[kind](laptop.session, record, laptop)
    try:
        hint = editor.minimumSizeHint()
        assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1] - 60, hint
    finally:
        editor.deleteLater()


def _inside_the_screen(window: QWidget) -> None:
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry()), (window.geometry(), available)
    assert window.width() <= available.width() - FRAME_ALLOWANCE.width()
    assert window.height() <= available.height() - FRAME_ALLOWANCE.height()


def test_the_first_start_opens_inside_the_screen(qtbot, tmp_path: Path) -> None:
    """The offscreen screen is 800×800: the 1280×800 default would reach past it."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.screen().availableGeometry().width() < 1280
    _inside_the_screen(window)


def test_a_geometry_saved_on_a_bigger_screen_is_fitted(qtbot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    big = MainWindow(settings=settings)
    qtbot.addWidget(big)
    big.setGeometry(700, 500, 1900, 1040)  # as on a 1920×1080 monitor, placed off to the side
    settings.setValue("geometry", big.saveGeometry())
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    _inside_the_screen(window)
    window.show()
    qtbot.waitExposed(window)
    _inside_the_screen(window)


def test_fitted_keeps_what_fits_and_shrinks_and_moves_what_does_not() -> None:
    screen = QRect(0, 0, 1024, 600)
    assert fitted(QRect(10, 20, 800, 500), screen) == QRect(10, 20, 800, 500)
    assert fitted(QRect(0, 0, 1280, 800), screen) == QRect(0, 0, 1008, 560)
    assert fitted(QRect(900, 400, 600, 400), screen) == QRect(424, 200, 600, 400)
    second = QRect(1024, 0, 1920, 1080)  # a second monitor to the right
    assert fitted(QRect(1100, 50, 1280, 800), second) == QRect(1100, 50, 1280, 800)


def _dialogs(window: MainWindow):
    from tpdesk.ui.import_wizard import IATI, ImportWizard
    from tpdesk.ui.preferences import PreferencesDialog
    from tpdesk.ui.search_dialog import SearchDialog
    from tpdesk.ui.shortcuts import ShortcutsDialog

    factory = window.session.factory
    return {"import xlsx": lambda: ImportWizard(factory, window.run_job, window),
            "import iati": lambda: ImportWizard(factory, window.run_job, window, kind=IATI),
            "preferences": lambda: PreferencesDialog(window.settings, window),
            "shortcuts": lambda: ShortcutsDialog(window),
            "search": lambda: SearchDialog(window.session.store, window)}


@pytest.mark.parametrize("name", ["import xlsx", "import iati", "preferences", "shortcuts",
                                  "search"])
def test_every_dialog_fits_a_laptop_screen(laptop: MainWindow, name: str) -> None:
    dialog = _dialogs(laptop)[name]()
    try:
        hint = dialog.minimumSizeHint()
        assert hint.width() <= LAPTOP[0] and hint.height() <= LAPTOP[1] - 60, hint
        _inside_the_screen(dialog)
    finally:
        dialog.deleteLater()


def test_the_packs_tab_fits_with_a_pack_loaded(laptop: MainWindow) -> None:
    """French ran wider than a laptop once a pack filled the preview and its state line."""
    builder = laptop._show_packs()
    builder.packs.setCurrentItem(builder.packs.topLevelItem(0))
    builder.refresh_preview()
    settle()
    assert builder.content is not None and builder.saved_label.isVisible()
    assert laptop.minimumSizeHint().width() <= LAPTOP[0], laptop.minimumSizeHint()
    assert laptop.width() == LAPTOP[0]
    assert outside(laptop, laptop) == []
    assert cut_text(builder) == []


def test_the_toolbar_keeps_every_command_in_view_after_a_long_step(laptop: MainWindow) -> None:
    """'Undo Edit briefing pack “Briefing for the 4th …”' pushed Undo, Redo and Find off the
    toolbar at 1024 px in French: the button says Undo, its tip the rest."""
    from PySide6.QtGui import QUndoCommand

    laptop.session.undo_stack.push(QUndoCommand("Edit briefing pack “" + "Briefing " * 12 + "”"))
    settle()
    hidden = [action.text() for action in laptop.toolbar.actions() if not action.isSeparator()
              and not laptop.toolbar.widgetForAction(action).isVisible()]
    assert hidden == []
    assert "Briefing" in laptop.undo_action.toolTip()


def test_the_tracker_grows_with_a_wider_window(laptop: MainWindow) -> None:
    """It kept its 190 px minimum at every width: on a 1440 px screen its progress table
    was cut while the register had 1,000 px."""
    laptop.resize(1440, 870)
    laptop.tabs.setCurrentWidget(laptop.tab_of[Commitment])
    settle()
    pane = laptop.tabs.currentWidget().content
    table, tracker = pane.sizes()
    assert tracker >= (table + tracker) // 5, pane.sizes()
