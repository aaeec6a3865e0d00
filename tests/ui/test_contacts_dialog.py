"""File > Keys and Contacts: this copy's fingerprint, its keys exported, a contact trusted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from tpdesk.services import StoreFactory
from tpdesk.services import exchange as use_cases
from tpdesk.ui.contacts_dialog import ContactsDialog


@pytest.fixture
def copies(tmp_path: Path) -> tuple[StoreFactory, Path]:
    sec = StoreFactory(tmp_path / "sec.db", user="Anna").creating()
    rome = StoreFactory(tmp_path / "rome.db", user="Marco").creating()
    use_cases.identity(sec, name="Secretariat", person="Anna Berg")
    use_cases.identity(rome, name="Rome")
    use_cases.export_keys(rome, tmp_path / "rome.keys")
    return sec, tmp_path


def test_it_shows_this_copys_fingerprint_and_exports_its_keys(qtbot, copies, monkeypatch
                                                              ) -> None:
    sec, folder = copies
    dialog = ContactsDialog(sec)
    qtbot.addWidget(dialog)
    shown = {label.accessibleName(): label.text() for label in dialog.findChildren(QLabel)}
    assert shown["Fingerprint"] == use_cases.identity(sec).fingerprint
    assert shown["Your name"] == "Anna Berg"
    monkeypatch.setattr("tpdesk.ui.contacts_dialog.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(folder / "mine.keys"), ""))
    dialog.export_keys()
    assert use_cases.read_keys(folder / "mine.keys").fingerprint == shown["Fingerprint"]
    assert shown["Fingerprint"] in dialog.message.text()


def test_a_keys_file_is_trusted_only_once_its_fingerprint_is_confirmed(
        qtbot, copies, monkeypatch) -> None:
    sec, folder = copies
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = ContactsDialog(sec)
    qtbot.addWidget(dialog)
    fingerprint = use_cases.read_keys(folder / "rome.keys").fingerprint
    assert not dialog.trust(folder / "rome.keys")  # No: not trusted
    assert use_cases.contacts(sec) == [] and dialog.contacts.count() == 0
    assert "Trust 'Rome'?" in asked[0] and fingerprint in asked[0]
    assert dialog.trust(folder / "rome.keys")
    assert [c.name for c in use_cases.contacts(sec)] == ["Rome"]
    assert dialog.contacts.item(0).text() == f"Rome   {fingerprint}"
    (folder / "bad.keys").write_text("not keys")
    assert not dialog.trust(folder / "bad.keys")
    assert "bad.keys" in dialog.message.text() and len(asked) == 2  # one line, not asked
