"""The exchange in the app: the merge preview, the conflicts view and its badge, undo."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from tpdesk.models import Activity, Organisation, Pack, Partnership, Store, l10n
from tpdesk.services import StoreFactory
from tpdesk.services import exchange as use_cases
from tpdesk.ui.conflicts_view import ConflictsView
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.merge_wizard import ExportDialog, MergeDialog


@pytest.fixture
def pair(tmp_path: Path) -> tuple[StoreFactory, StoreFactory, Path]:
    """A secretariat with a small register and one pack, a delegate who has it."""
    sec = StoreFactory(tmp_path / "sec.db", user="Anna").creating()
    delegate = StoreFactory(tmp_path / "delegate.db", user="Marco").creating()
    with sec() as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        store.save(Organisation(name="GIZ"))
        store.save(Activity(partnership_id=tn.id, title="Bootcamp"))
        store.save(Pack(title="Tunis pack", partnership_id=tn.id, partnership_ids=[tn.id],
                        meeting_date="2026-12-10"))
    use_cases.identity(sec, name="Secretariat")
    use_cases.identity(delegate, name="Rome")
    use_cases.add_contact(sec, use_cases.export_keys(delegate, tmp_path / "d.keys") and
                          tmp_path / "d.keys")
    use_cases.add_contact(delegate, use_cases.export_keys(sec, tmp_path / "s.keys") and
                          tmp_path / "s.keys")
    use_cases.export_exchange(sec, tmp_path / "pack.tpx", to=["Rome"], pack="Tunis pack")
    return sec, delegate, tmp_path


def test_the_preview_names_records_and_the_file_in_the_apps_language(
        qtbot, pair, monkeypatch) -> None:
    _, delegate, folder = pair
    words = {"Activity": "Activité", "Pack": "Dossier d'information"}
    monkeypatch.setitem(l10n._state, "translator",
                        lambda context, text, disambiguation=None, n=-1: words.get(text, text))
    dialog = MergeDialog(delegate, folder / "pack.tpx")
    qtbot.addWidget(dialog)
    added = dialog.tree.topLevelItem(0)
    assert "Activité 'Bootcamp'" in [added.child(i).text(0) for i in range(added.childCount())]
    assert "Dossier d'information from Secretariat" in dialog.heading.text()


def _retitle(stores: StoreFactory, title: str) -> None:
    with stores() as store:
        store.save(dataclasses.replace(store.list(Activity)[0], title=title))


def test_the_preview_lists_what_the_merge_adds_then_merges(qtbot, pair) -> None:
    _, delegate, folder = pair
    dialog = MergeDialog(delegate, folder / "pack.tpx")
    qtbot.addWidget(dialog)
    groups = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert groups == ["Added (4)"]
    assert "Pack from Secretariat" in dialog.heading.text()
    with delegate() as store:
        assert store.count(Activity) == 0  # the preview writes nothing
    dialog.merge()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.report is not None
    with delegate() as store:
        assert [a.title for a in store.list(Activity)] == ["Bootcamp"]


def test_a_bad_file_shows_its_reason_and_cannot_be_merged(qtbot, pair) -> None:
    _, delegate, folder = pair
    (folder / "junk.tpx").write_bytes(b"PK\x03\x04 not really")
    dialog = MergeDialog(delegate, folder / "junk.tpx")
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "junk.tpx: not a tpdesk exchange file (.tpx)"
    assert not dialog.merge_button.isEnabled()


def test_the_export_dialog_writes_a_reply(qtbot, pair) -> None:
    _, delegate, folder = pair
    use_cases.import_exchange(delegate, folder / "pack.tpx")
    dialog = ExportDialog(delegate)
    qtbot.addWidget(dialog)
    dialog.export()
    assert "choose a file" in dialog.error.text()
    dialog.to.item(0).setCheckState(dialog.to.item(0).checkState().Checked)
    dialog.output.setText(str(folder / "reply.tpx"))
    dialog.export()
    assert dialog.report is not None and (folder / "reply.tpx").exists()


def test_the_export_dialog_words_a_missing_recipient_with_its_label(qtbot, pair) -> None:
    """The core refuses `to`; the dialog names its own "For", not the command line's `--to`."""
    _, delegate, folder = pair
    use_cases.import_exchange(delegate, folder / "pack.tpx")
    dialog = ExportDialog(delegate)
    qtbot.addWidget(dialog)
    dialog.output.setText(str(folder / "reply.tpx"))
    dialog.export()
    assert dialog.error.text() == "For: name at least one contact"
    assert dialog.report is None and not (folder / "reply.tpx").exists()


def _conflicting(pair) -> Path:
    sec, delegate, folder = pair
    use_cases.import_exchange(delegate, folder / "pack.tpx")
    with sec() as store:
        from tpdesk.models import replicas
        replicas.set_delegate_rights(store, ("*",))
    _retitle(sec, "Secretariat's title")
    _retitle(delegate, "Delegate's title")
    use_cases.export_exchange(delegate, folder / "reply.tpx", to=["Secretariat"])
    return folder / "reply.tpx"


def test_conflicts_are_resolved_by_choosing_or_typing(qtbot, pair) -> None:
    sec, _, _ = pair
    use_cases.import_exchange(sec, _conflicting(pair))
    view = ConflictsView(sec)
    qtbot.addWidget(view)
    assert view.tree.topLevelItemCount() == 1
    assert view.tree.topLevelItem(0).text(0) == "Activity 'Delegate's title': title"
    assert view.type_button.isEnabled()
    (current,) = view.conflicts.values()
    with qtbot.waitSignal(view.resolved):
        view.resolve(current, "Both titles")
    assert view.tree.topLevelItemCount() == 0
    with sec() as store:
        assert store.list(Activity)[0].title == "Both titles"


def test_the_window_merges_shows_the_badge_and_undoes_the_merge(
        qtbot, pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sec, _, _ = pair
    reply = _conflicting(pair)
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"),
                                           QSettings.Format.IniFormat), factory=sec)
    qtbot.addWidget(window)
    assert window.open_database(sec.path)
    window.show()
    assert not window.conflict_badge.isVisible()
    monkeypatch.setattr(MergeDialog, "exec", lambda self: (self.merge(), 1)[1])
    window.merge_file(reply)
    assert window.conflict_badge.isVisible()
    assert window.conflict_badge.text() == "⚠ 1 to decide"
    with sec() as store:
        assert store.list(Activity)[0].title == "Delegate's title"
    assert window.undo_action.text() == "&Undo Merge reply.tpx"
    window.session.undo()
    with Store(sec.path) as store:
        assert store.list(Activity)[0].title == "Secretariat's title"
    window.session.redo()
    with Store(sec.path) as store:
        assert store.list(Activity)[0].title == "Delegate's title"


def test_an_undo_never_overwrites_a_merge_that_came_in_between(qtbot, pair) -> None:
    from tpdesk.ui.operations import Session

    sec, delegate, folder = pair
    use_cases.import_exchange(delegate, folder / "pack.tpx")
    session = Session(delegate.open(), factory=delegate)
    try:
        activity = session.store.list(Activity)[0]
        session.save(dataclasses.replace(activity, description="Mine"))
        _retitle(sec, "Renamed at the secretariat")
        use_cases.export_exchange(sec, folder / "news.tpx", to=["Rome"])
        use_cases.import_exchange(delegate, folder / "news.tpx")
        with qtbot.waitSignal(session.failed) as failed:
            session.undo()
        assert "was changed by another edit or a merge" in failed.args[0]
        kept = session.store.get(Activity, activity.id)
        assert (kept.title, kept.description) == ("Renamed at the secretariat", "Mine")
    finally:
        session.close()


def test_undo_after_undo_of_the_same_record_still_works(qtbot, pair) -> None:
    from tpdesk.ui.operations import Session

    sec, _, _ = pair
    session = Session(sec.open(), factory=sec)
    try:
        activity = session.store.list(Activity)[0]
        first = session.save(dataclasses.replace(activity, title="One"))
        session.save(dataclasses.replace(first, title="Two"))
        session.undo()
        session.undo()
        assert session.store.get(Activity, activity.id).title == "Bootcamp"
        session.redo()
        session.redo()
        assert session.store.get(Activity, activity.id).title == "Two"
    finally:
        session.close()
