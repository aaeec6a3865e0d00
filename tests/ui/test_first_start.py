"""The first start asks the user's name, by keyboard, and can be skipped with a default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from tpdesk.models import Organisation, Store
from tpdesk.services import StoreFactory
from tpdesk.services import exchange as use_cases
from tpdesk.ui.first_start import FirstStartDialog, ask_name_on_first_start
from tpdesk.ui.operations import Session
from tpdesk.ui.preferences import USER_KEY


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("TPDESK_USER", raising=False)
    monkeypatch.setattr("tpdesk.services.stores.getpass.getuser", lambda: "mrossi")
    factory = StoreFactory(db_path)
    session = Session(factory.open(create=True), factory=factory)
    yield session
    session.close()


def _asked(qtbot: Any, settings: QSettings, session: Session) -> FirstStartDialog:
    dialog = ask_name_on_first_start(settings, session)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    return dialog


def test_the_name_typed_is_saved_and_names_every_change(qtbot, settings, session,
                                                        db_path) -> None:
    dialog = _asked(qtbot, settings, session)
    assert dialog.name.text() == "mrossi" and dialog.name.selectedText() == "mrossi"
    qtbot.keyClicks(dialog.name, "  Marco   Rossi ")  # replaces the selected suggestion
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Continue is the default
    assert not dialog.isVisible()
    assert settings.value(USER_KEY) == "Marco Rossi"
    session.save(Organisation(name="ANETI"))
    assert session.store.changes(since="2000-01-01")[-1].who == "Marco Rossi"
    assert use_cases.identity(session.stores).person == "Marco Rossi"
    assert ask_name_on_first_start(settings, session) is None  # asked once
    with Store(db_path) as cli:  # the command line, with no name given, names the same
        assert cli.user == "Marco Rossi"


def test_escape_skips_with_the_suggested_name(qtbot, settings, session) -> None:
    dialog = _asked(qtbot, settings, session)
    qtbot.keyClicks(dialog.name, "half typed")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert settings.value(USER_KEY) == "mrossi" and session.store.user == "mrossi"


def test_an_empty_name_keeps_the_suggestion_and_the_copys_person_is_kept(
        qtbot, settings, session) -> None:
    use_cases.identity(session.stores, person="Anna Berg")
    session.set_user("")
    dialog = _asked(qtbot, settings, session)
    assert dialog.name.text() == "Anna Berg"  # the person this copy names
    dialog.name.clear()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert settings.value(USER_KEY) == "Anna Berg"


def test_not_asked_when_a_name_is_given_for_the_run(settings, session, monkeypatch) -> None:
    monkeypatch.setenv("TPDESK_USER", "For this run")
    assert ask_name_on_first_start(settings, session) is None
    assert not settings.contains(USER_KEY)
