"""The pack builder on the demo register, driven through its widgets against a real store."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFileDialog,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
)

from tpdesk.models import Activity, Pack, Roundtable, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.vocab import Marking, PackLanguage, SectionKind
from tpdesk.ui import pack_preview_pane
from tpdesk.ui.editors import EDITORS
from tpdesk.ui.editors.pack import AD_HOC, PackEditor
from tpdesk.ui.main_window import MainWindow
from tpdesk.ui.operations import Session
from tpdesk.ui.pack_builder import IdRole, PackBuilder
from tpdesk.ui.pack_preview import describe_section, render_html
from tpdesk.ui.workers import Job

TN = demo_id("pack", "TN")


@pytest.fixture
def demo(store: Store) -> Store:
    """The demo without its agendas: these packs keep their own sections (the fallback)."""
    load_demo(store)
    for roundtable in store.list(Roundtable):
        if roundtable.agenda:
            store.save(dataclasses.replace(roundtable, agenda=[]))
    return store


@pytest.fixture
def session(demo: Store) -> Iterator[Session]:
    s = Session(demo)
    yield s
    s.closing.emit()  # the builder saves what is pending while the store is still open


@pytest.fixture
def builder(qtbot: Any, session: Session) -> PackBuilder:
    page = PackBuilder(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def choose_pack(builder: PackBuilder, pack_id: str) -> None:
    tree = builder.packs
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, IdRole) == pack_id)
    tree.setCurrentItem(item)
    assert builder.pack is not None and builder.pack.id == pack_id


def row_of(builder: PackBuilder, kind: SectionKind) -> int:
    assert builder.pack is not None
    wanted = next(s.id for s in builder.pack.sections if s.kind is kind)
    return next(i for i in range(builder.sections.count())
                if builder.sections.item(i).data(IdRole) == wanted)


def stored_kinds(store: Store, pack_id: str = TN) -> list[SectionKind]:
    return [s.kind for s in store.get(Pack, pack_id).sections]


def stored_section(store: Store, kind: SectionKind, pack_id: str = TN):
    return next(s for s in store.get(Pack, pack_id).sections if s.kind is kind)


def outline(builder: PackBuilder) -> list[str]:
    tree = builder.outline
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def checklist(builder: PackBuilder) -> list[str]:
    return [builder.checklist.item(i).text() for i in range(builder.checklist.count())]


# -- the list of packs --------------------------------------------------------------

def test_lists_the_demo_packs_with_their_meetings(builder: PackBuilder) -> None:
    tree = builder.packs
    assert tree.topLevelItemCount() == 7
    row = next(tree.topLevelItem(i) for i in range(7)
               if tree.topLevelItem(i).data(0, IdRole) == TN)
    assert row.text(0) == "Briefing for the 5th EU–Tunisia Talent Partnership Roundtable"
    assert row.text(1).startswith("Tunisia — 5th roundtable")
    assert (row.text(2), row.text(3)) == ("Italian delegation", "1")
    assert builder.pack is not None  # the first pack is open at once
    assert builder.saved_label.text().endswith("Saved")


def test_scope_follows_a_partnership_and_a_roundtable(builder: PackBuilder,
                                                      demo: Store) -> None:
    tunisia = demo.partnership_by_code("TN")
    roundtable = demo.get(Pack, TN).roundtable_id
    builder.set_scope(tunisia.id)
    assert builder.packs.topLevelItemCount() == 1
    assert builder.roundtable.currentData() is None  # all of Tunisia's roundtables
    assert all(builder.roundtable.itemText(i).startswith("Tunisia")
               for i in range(1, builder.roundtable.count()))
    builder.set_scope(tunisia.id, roundtable)
    assert builder.roundtable.currentData() == roundtable
    assert builder.packs.topLevelItem(0).data(0, IdRole) == TN
    builder.set_scope(tunisia.id)  # the partnership again: all its roundtables
    assert builder.roundtable.currentData() is None
    held = demo_id("roundtable", "TN:1")
    builder.roundtable.setCurrentIndex(builder.roundtable.findData(held))
    assert builder.packs.topLevelItemCount() == 0
    assert builder.pack is None
    assert not builder.export_button.isEnabled() and not builder.pdf_button.isEnabled()
    assert "No briefing pack" in builder.summary.text()


# -- sections: order, inclusion, titles and texts -------------------------------------

def test_section_changes_are_saved_and_previewed(qtbot: Any, builder: PackBuilder,
                                                 demo: Store) -> None:
    choose_pack(builder, TN)
    start = stored_kinds(demo)

    # Moved through the model, as a drag and drop does.
    arising = row_of(builder, SectionKind.MATTERS_ARISING)
    assert builder.sections.model().moveRow(QModelIndex(), arising, QModelIndex(), 0)
    assert stored_kinds(demo)[0] is SectionKind.MATTERS_ARISING
    assert sorted(stored_kinds(demo)) == sorted(start)

    # Moved with the keyboard.
    builder.sections.setCurrentRow(0)
    builder.sections.setFocus()
    qtbot.keyClick(builder.sections, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert stored_kinds(demo)[:2] == [SectionKind.COVER, SectionKind.MATTERS_ARISING]
    assert builder.sections.currentRow() == 1

    # Left out.
    builder.sections.item(row_of(builder, SectionKind.FUNDING)).setCheckState(
        Qt.CheckState.Unchecked)
    assert not stored_section(demo, SectionKind.FUNDING).included

    # Retitled in place.
    builder.sections.item(row_of(builder, SectionKind.AT_A_GLANCE)).setText("Tunisia in brief")
    assert stored_section(demo, SectionKind.AT_A_GLANCE).title == "Tunisia in brief"
    assert stored_section(demo, SectionKind.AT_A_GLANCE).heading == "Tunisia in brief"

    # The purpose, typed; saved once typing pauses.
    builder.sections.setCurrentRow(row_of(builder, SectionKind.PURPOSE))
    assert builder.text.isEnabled()
    builder.text.setPlainText("Prepare the Italian delegation.\n\nSecond <b>paragraph</b>.")
    assert builder.saved_label.text() == "Saving…"
    qtbot.waitUntil(lambda: stored_section(demo, SectionKind.PURPOSE).text.endswith(
        "<b>paragraph</b>."), timeout=3000)
    assert builder.saved_label.text().endswith("Saved")

    qtbot.waitUntil(lambda: "Second <b>paragraph</b>." in builder.preview.toPlainText(),
                    timeout=3000)
    headings = outline(builder)
    assert headings[:3] == ["Cover", "1. Matters arising", "2. Purpose and summary"]
    assert "3. Tunisia in brief" in headings
    assert not any("Funding overview" in h for h in headings)
    shown = builder.preview.toPlainText()
    assert shown.index("Matters arising") < shown.index("Purpose and summary")
    assert "Prepare the Italian delegation." in shown
    assert "Tunisia in brief" in shown
    assert "&lt;b&gt;" in builder.preview.toHtml()  # typed markup stays text

    # The list shows what the store holds, in the same order.
    stored = demo.get(Pack, TN)
    assert [builder.sections.item(i).data(IdRole) for i in range(builder.sections.count())] \
        == [s.id for s in stored.sections]


def test_an_emptied_title_goes_back_to_the_usual_one(builder: PackBuilder,
                                                     demo: Store) -> None:
    choose_pack(builder, TN)
    item = builder.sections.item(row_of(builder, SectionKind.TIMELINE))
    item.setText("Gantt")
    assert stored_section(demo, SectionKind.TIMELINE).title == "Gantt"
    item.setText("  ")
    assert stored_section(demo, SectionKind.TIMELINE).title == ""
    assert item.text() == SectionKind.TIMELINE.label


def test_cover_and_annex_have_no_free_text(builder: PackBuilder) -> None:
    choose_pack(builder, TN)
    builder.sections.setCurrentRow(row_of(builder, SectionKind.ANNEX))
    assert not builder.text.isEnabled()
    assert "no free text" in builder.text_hint.text()
    builder.sections.setCurrentRow(row_of(builder, SectionKind.LINES_TO_TAKE))
    assert builder.text.isEnabled()
    assert "one per line" in builder.text_hint.text()


def test_undo_restores_the_previous_section_order(builder: PackBuilder, demo: Store,
                                                  session: Session) -> None:
    choose_pack(builder, TN)
    before = stored_kinds(demo)
    builder.sections.setCurrentRow(3)
    builder.move_section(-1)
    assert stored_kinds(demo) != before
    assert builder.up_button.isEnabled()

    session.undo_stack.undo()
    assert stored_kinds(demo) == before
    assert [s.kind for s in builder.pack.sections] == before  # type: ignore[union-attr]
    shown = [builder.sections.item(i).data(IdRole) for i in range(builder.sections.count())]
    assert shown == [s.id for s in demo.get(Pack, TN).sections]

    session.undo_stack.redo()
    assert stored_kinds(demo) != before
    assert [builder.sections.item(i).data(IdRole) for i in range(builder.sections.count())] \
        == [s.id for s in demo.get(Pack, TN).sections]


def test_typing_a_sentence_is_one_undo_step(qtbot: Any, builder: PackBuilder, demo: Store,
                                            session: Session) -> None:
    choose_pack(builder, TN)
    builder.sections.setCurrentRow(row_of(builder, SectionKind.LINES_TO_TAKE))
    before = stored_section(demo, SectionKind.LINES_TO_TAKE).text
    builder.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(builder.text, Qt.Key.Key_Return)
    qtbot.keyClicks(builder.text, "Thank Italy for the pilot")
    qtbot.waitUntil(lambda: builder.saved_label.text().endswith("Saved"), timeout=3000)
    assert stored_section(demo, SectionKind.LINES_TO_TAKE).text.endswith("for the pilot")
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert stored_section(demo, SectionKind.LINES_TO_TAKE).text == before
    assert builder.text.toPlainText() == before


# -- pins and exclusions ----------------------------------------------------------------

def test_exclude_and_pin_records(qtbot: Any, builder: PackBuilder, demo: Store) -> None:
    choose_pack(builder, TN)
    assert builder.content is not None
    dropped = builder.content.activities[0]
    assert f"record:{dropped.id}" in builder.preview.toHtml()  # rows link to their record
    builder.exclude_record(dropped.id)
    assert demo.get(Pack, TN).excluded_ids == [dropped.id]
    assert builder.excluded.count() == 1
    assert builder.excluded.item(0).text() == f"Activity: {dropped.title}"
    builder.refresh_preview()
    assert dropped.id not in {a.id for a in builder.content.activities}

    shown = {a.id for a in builder.content.activities}
    tunisia = demo.get(Pack, TN).partnership_id
    outside = next(a for a in demo.list(Activity) if a.partnership_id == tunisia
                   and a.id not in shown and a.id != dropped.id)
    builder.pin_record(outside.id)
    assert demo.get(Pack, TN).pinned_ids == [outside.id]
    builder.refresh_preview()
    assert outside.id in {a.id for a in builder.content.activities}

    # Delete takes a record off either list.
    builder.excluded.setCurrentRow(0)
    builder.excluded.setFocus()
    qtbot.keyClick(builder.excluded, Qt.Key.Key_Delete)
    assert demo.get(Pack, TN).excluded_ids == []
    builder.pinned.setCurrentRow(0)
    builder.unpin_button.click()
    assert demo.get(Pack, TN).pinned_ids == []
    assert builder.pinned.count() == builder.excluded.count() == 0


def test_a_line_to_take_on_a_record(builder: PackBuilder, demo: Store) -> None:
    choose_pack(builder, TN)
    assert builder.content is not None
    activity = builder.content.activities[-1]
    builder.set_record_line(activity.id, "Ask for the placement figures")
    assert any(x.record_id == activity.id and x.text == "Ask for the placement figures"
               for x in demo.get(Pack, TN).lines)
    builder.refresh_preview()
    assert f"{activity.title}: Ask for the placement figures" in builder.preview.toPlainText()
    builder.set_record_line(activity.id, "")
    assert all(x.record_id != activity.id for x in demo.get(Pack, TN).lines)


# -- the checklist ------------------------------------------------------------------

def test_checklist_flags_an_activity_without_funding(qtbot: Any, builder: PackBuilder,
                                                     demo: Store, session: Session) -> None:
    choose_pack(builder, TN)
    assert builder.content is not None
    activity = next(a for a in builder.content.activities if a.funding)
    problem = f"Activity '{activity.title}' has no funding line"
    assert problem not in checklist(builder)
    before = len(builder.content.checklist)

    session.save(dataclasses.replace(activity, funding=[]))
    qtbot.waitUntil(lambda: problem in checklist(builder), timeout=3000)
    assert builder.views.tabText(1) == f"Read&y for the roundtable ({before + 1})"
    assert builder.badge.text() == f"To check: {before + 1}"


def test_checklist_flags_an_empty_section(builder: PackBuilder, demo: Store) -> None:
    choose_pack(builder, TN)
    builder.sections.setCurrentRow(row_of(builder, SectionKind.PURPOSE))
    builder.text.setPlainText("")
    builder.refresh_preview()
    assert "Section 'Purpose and summary' is empty" in checklist(builder)
    assert outline(builder)[1] == "1. Purpose and summary"
    assert builder.outline.topLevelItem(1).text(1) == "empty"


# -- packs: new, copy, settings, delete -----------------------------------------------

def test_new_pack_for_a_roundtable(builder: PackBuilder, demo: Store,
                                   session: Session) -> None:
    roundtable = demo.get(Roundtable, demo.get(Pack, demo_id("pack", "MA")).roundtable_id)
    made = builder.new_pack(roundtable)
    assert made is not None
    stored = demo.get(Pack, made.id)
    assert stored.roundtable_id == roundtable.id
    assert stored.partnership_ids == [roundtable.partnership_id]
    assert stored_kinds(demo, made.id) == [k for k in SectionKind if k.listed]
    assert builder.pack is not None and builder.pack.id == made.id
    assert builder.packs.currentItem().data(0, IdRole) == made.id
    assert builder.packs.topLevelItemCount() == 8
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert demo.find(Pack, made.id) is None
    assert builder.packs.topLevelItemCount() == 7


def test_copy_onto_the_next_roundtable_keeps_the_structure(builder: PackBuilder,
                                                           demo: Store) -> None:
    choose_pack(builder, TN)
    builder.sections.setCurrentRow(row_of(builder, SectionKind.CHANGES))
    builder.move_section(-1)
    builder.sections.item(row_of(builder, SectionKind.TIMELINE)).setCheckState(
        Qt.CheckState.Unchecked)
    builder.sections.item(row_of(builder, SectionKind.ANNEX)).setText("Annex")
    source = demo.get(Pack, TN)
    sixth = demo.save(Roundtable(partnership_id=source.partnership_id, number=6,
                                 date="2028-01-20", place="Tunis"))

    made = builder.copy_selected(sixth)
    assert made is not None
    copy = demo.get(Pack, made.id)
    assert copy.id != source.id and copy.roundtable_id == sixth.id
    assert [(s.kind, s.title, s.included, s.text) for s in copy.sections] == \
        [(s.kind, s.title, s.included, s.text) for s in source.sections]
    assert {s.id for s in copy.sections}.isdisjoint({s.id for s in source.sections})
    assert (copy.member_states, copy.lines, copy.audience, copy.marking) == \
        (source.member_states, source.lines, source.audience, source.marking)
    assert copy.partnership_ids == source.partnership_ids
    assert demo.get(Pack, TN) == source  # the earlier pack is left as it was
    assert builder.pack is not None and builder.pack.id == copy.id


def test_copy_onto_another_partnership_covers_that_partnership(builder: PackBuilder,
                                                               demo: Store) -> None:
    choose_pack(builder, TN)
    morocco = demo.get(Roundtable, demo.get(Pack, demo_id("pack", "MA")).roundtable_id)
    made = builder.copy_selected(morocco)
    assert made is not None
    copy = demo.get(Pack, made.id)
    assert copy.partnership_ids == [morocco.partnership_id]
    assert copy.partnership_id == morocco.partnership_id


def test_delete_asks_and_undo_brings_the_pack_back(qtbot: Any, builder: PackBuilder,
                                                   demo: Store, session: Session,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    choose_pack(builder, TN)
    builder.packs.setFocus()
    qtbot.keyClick(builder.packs, Qt.Key.Key_Delete)
    assert demo.find(Pack, TN) is not None  # answered No
    qtbot.keyClick(builder.packs, Qt.Key.Key_Delete)
    assert demo.find(Pack, TN) is None
    assert builder.packs.topLevelItemCount() == 6
    assert builder.pack is not None and builder.pack.id != TN
    session.undo_stack.undo()
    assert demo.find(Pack, TN) is not None
    assert builder.packs.topLevelItemCount() == 7


def test_settings_change_reaches_the_list(qtbot: Any, builder: PackBuilder, demo: Store,
                                          session: Session,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    choose_pack(builder, TN)

    def run(editor: PackEditor) -> int:
        assert not editor.is_dirty()
        editor.audience.setText("Maltese delegation")
        editor.marking.setCurrentIndex(editor.marking.findData(Marking.SENSITIVE.value))
        editor._save()
        return int(editor.result())

    monkeypatch.setattr(PackEditor, "exec", run)
    builder.settings_button.click()
    assert demo.get(Pack, TN).audience == "Maltese delegation"
    assert builder.packs.currentItem().text(2) == "Maltese delegation"
    builder.refresh_preview()
    assert builder.content is not None and builder.content.marking == "SENSITIVE"


# -- the settings dialog ----------------------------------------------------------------

def test_pack_editor_is_registered() -> None:
    assert EDITORS[Pack] is PackEditor


def test_pack_editor_for_an_ad_hoc_meeting(qtbot: Any, session: Session,
                                           demo: Store) -> None:
    pack = demo.get(Pack, TN)
    editor = PackEditor(session, pack)
    qtbot.addWidget(editor)
    assert not editor.is_dirty()
    assert editor.meeting.currentText().startswith("Tunisia — 5th roundtable")
    assert not editor.partnership.isEnabled()
    assert editor.member_states.item(0).text() == "Italy"  # ticked ones first

    editor.meeting.setCurrentIndex(editor.meeting.findText(AD_HOC))
    assert editor.partnership.isEnabled()
    editor.meeting_date.enabled.setChecked(False)
    editor._quiet = False
    assert not editor.revalidate()
    editor.meeting_date.enabled.setChecked(True)
    assert editor.revalidate()
    editor._save()
    stored = demo.get(Pack, TN)
    assert stored.roundtable_id is None
    assert stored.partnership_id == pack.partnership_id
    assert stored.meeting_date is not None


def test_pack_editor_moves_the_partnership_filter_with_the_meeting(qtbot: Any,
                                                                   session: Session,
                                                                   demo: Store) -> None:
    pack = demo.get(Pack, TN)
    morocco = demo.get(Pack, demo_id("pack", "MA"))
    editor = PackEditor(session, pack)
    qtbot.addWidget(editor)
    editor.meeting.setCurrentIndex(editor.meeting.findData(morocco.roundtable_id))
    assert editor.collect().partnership_ids == [morocco.partnership_id]
    assert editor.collect().partnership_id == morocco.partnership_id


# -- the preview as HTML ------------------------------------------------------------------

def test_preview_html_escapes_and_counts(demo: Store) -> None:
    pack = dataclasses.replace(demo.get(Pack, TN), title="<script>Tunisia & co</script>")
    content = assemble(demo, pack)
    text = render_html(content, max_rows=2)
    assert "<script>" not in text
    assert "&lt;script&gt;Tunisia &amp; co&lt;/script&gt;" in text
    annex = next(s for s in content.sections if s.kind is SectionKind.ANNEX)
    assert len(annex.blocks[0].rows) > 2  # type: ignore[union-attr]
    assert "more rows in the Word document" in text
    assert describe_section(annex) == \
        f"{len(content.activities)} activities"


# -- keyboard and names ---------------------------------------------------------------------

def test_controls_are_named_and_buttons_have_mnemonics(builder: PackBuilder) -> None:
    unnamed = [type(w).__name__ for cls in (QComboBox, QListWidget, QTreeWidget,
                                            QPlainTextEdit, QTextBrowser, QPushButton)
               for w in builder.findChildren(cls) if not w.accessibleName()]
    assert unnamed == []
    for button in builder.findChildren(QAbstractButton):
        if isinstance(button, QPushButton):  # a mnemonic, or a key named in the tooltip
            assert "&" in button.text() or re.search(r"\((Ctrl\+\w+|Delete|Enter)\)",
                                                     button.toolTip()), button.text()
    tabs = builder.editing_tabs
    for index in range(tabs.count()):  # the buttons of hidden pages take no keys
        tabs.setCurrentIndex(index)
        keys = [QPushButton.text(b).split("&")[1][0].lower()
                for b in builder.findChildren(QPushButton) if "&" in b.text() and b.isVisible()]
        assert len(keys) == len(set(keys)), (tabs.tabText(index), keys)


# -- export ----------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot: Any, tmp_path: Path, today) -> Iterator[MainWindow]:
    path = tmp_path / "demo.db"
    with Store(path, today=lambda: today) as store:
        load_demo(store)
    win = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"),
                                        QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    assert win.open_database(path)
    win.show()
    yield win
    win.close()


def test_the_builder_is_a_tab_that_follows_the_navigator(window: MainWindow) -> None:
    builder = window.pack_builder
    window.tabs.setCurrentWidget(window.packs_tab)
    assert builder.packs.topLevelItemCount() == 7
    root = window.navigator.topLevelItem(0)
    tunisia = next(root.child(i) for i in range(root.childCount())
                   if root.child(i).text(0) == "Tunisia")
    window.navigator.setCurrentItem(tunisia)
    assert builder.packs.topLevelItemCount() == 1
    store = window.session.store  # type: ignore[union-attr]
    planned = store.get(Pack, TN).roundtable_id
    child = next(tunisia.child(i) for i in range(tunisia.childCount())
                 if tunisia.child(i).data(0, Qt.ItemDataRole.UserRole) == planned)
    window.navigator.setCurrentItem(child)
    assert builder.roundtable.currentData() == planned
    assert builder.pack is not None and builder.pack.id == TN
    view_action = next(a for a in window.view_actions if "Briefing" in a.text())
    window.tabs.setCurrentIndex(0)
    view_action.trigger()
    assert window.tabs.currentWidget() is window.packs_tab


def test_export_runs_as_a_job_and_offers_to_open_the_file(
        qtbot: Any, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    builder = window.pack_builder
    window.tabs.setCurrentWidget(window.packs_tab)
    choose_pack(builder, TN)
    assert builder.export_button.isEnabled()
    target = tmp_path / "out" / "tunisia"
    target.parent.mkdir()

    job = builder.export_word(target)
    assert isinstance(job, Job)  # through MainWindow.run_job: a thread and a progress dialog
    with qtbot.waitSignal(job.done, timeout=60_000) as blocker:
        pass
    result, error = blocker.args
    assert error is None, error
    written = target.with_name("tunisia.docx")
    assert result.path == written and written.stat().st_size > 0
    assert builder.last_export == written

    import docx  # python-docx, the Word writer's own dependency

    document = docx.Document(str(written))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Briefing for the 5th EU–Tunisia Talent Partnership Roundtable" in text

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    box = builder.export_box
    assert box is not None and box.isVisible()
    buttons = {b.text(): b for b in box.buttons()}
    buttons["&Open file"].click()
    assert opened[-1] == QUrl.fromLocalFile(str(written))
    assert builder.show_exported_folder()
    assert opened[-1] == QUrl.fromLocalFile(str(written.parent))
    box.close()


def test_export_to_excel_carries_the_meeting(qtbot: Any, window: MainWindow,
                                             tmp_path: Path) -> None:
    import openpyxl

    builder = window.pack_builder
    window.tabs.setCurrentWidget(window.packs_tab)
    choose_pack(builder, TN)
    job = builder.export_excel(tmp_path / "tunisia")
    assert isinstance(job, Job)
    with qtbot.waitSignal(job.done, timeout=60_000) as blocker:
        pass
    assert blocker.args[1] is None, blocker.args[1]
    book = openpyxl.load_workbook(tmp_path / "tunisia.xlsx")
    summary = {r[0]: r[1] for r in book["Summary"].iter_rows(values_only=True) if r[0]}
    assert summary["Prepared for"] == "Italian delegation"
    assert book["Activities"].max_row - 1 == len(builder.content.activities)


def test_builder_offers_pdf_beside_word_and_excel(qtbot: Any, window: MainWindow,
                                                  tmp_path: Path) -> None:
    import pypdf

    builder = window.pack_builder
    window.tabs.setCurrentWidget(window.packs_tab)
    choose_pack(builder, TN)
    assert builder.pdf_button.isEnabled() and builder.pdf_button.text() == "&PDF…"
    assert builder.pdf_button.parentWidget() is builder.excel_button.parentWidget()
    job = builder.export_pdf(tmp_path / "tunisia")
    assert isinstance(job, Job)
    with qtbot.waitSignal(job.done, timeout=60_000) as blocker:
        pass
    assert blocker.args[1] is None, blocker.args[1]
    written = tmp_path / "tunisia.pdf"
    assert builder.last_export == written
    reader = pypdf.PdfReader(written)
    assert reader.metadata is not None and reader.metadata.title == builder.content.title
    builder.export_box.close()


def test_export_with_an_unsaved_edit_writes_the_edit(qtbot: Any, window: MainWindow,
                                                     tmp_path: Path) -> None:
    builder = window.pack_builder
    window.tabs.setCurrentWidget(window.packs_tab)
    choose_pack(builder, TN)
    builder.sections.setCurrentRow(row_of(builder, SectionKind.PURPOSE))
    builder.text.setPlainText("Written just before the export.")
    job = builder.export_word(tmp_path / "now.docx")
    assert isinstance(job, Job)
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    import docx

    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "now.docx")).paragraphs)
    assert "Written just before the export." in text
    assert builder.export_box is not None
    builder.export_box.close()
    store = window.session.store  # type: ignore[union-attr]
    assert stored_section(store, SectionKind.PURPOSE).text == "Written just before the export."


def test_closing_the_window_saves_typing_still_pending(qtbot: Any, window: MainWindow,
                                                       tmp_path: Path) -> None:
    """Typed a moment before the window closes (under the pause that saves it): kept."""
    builder = window.pack_builder
    window.tabs.setCurrentWidget(window.packs_tab)
    choose_pack(builder, TN)
    builder.sections.setCurrentRow(row_of(builder, SectionKind.PURPOSE))
    builder.text.setPlainText("Written just before closing.")
    assert builder.draft.dirty
    path = window.session.store.path  # type: ignore[union-attr]
    window.close()
    with Store(path) as store:
        assert stored_section(store, SectionKind.PURPOSE).text == "Written just before closing."


def test_export_shows_the_checklist_first_and_can_be_called_off(
        builder: PackBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    choose_pack(builder, TN)
    builder.sections.setCurrentRow(row_of(builder, SectionKind.PURPOSE))
    builder.text.setPlainText("")  # an empty section: one point on the checklist at least
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text())
                        or QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: pytest.fail("asked for a file after Cancel"))
    assert builder.export_word() is None
    assert asked and "Export anyway?" in asked[0]
    assert builder.views.currentIndex() == 1  # the checklist is on screen

    target = tmp_path / "anyway.docx"
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Word documents (*.docx)"))
    builder.export_word()  # no job runner here: the export runs in place
    assert target.stat().st_size > 0
    assert builder.export_box is not None
    builder.export_box.close()


def test_a_slow_pack_is_previewed_from_a_thread(qtbot: Any, builder: PackBuilder,
                                                demo: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    choose_pack(builder, TN)
    monkeypatch.setattr(pack_preview_pane, "SLOW_S", -1.0)  # every pack counts as slow
    builder.refresh_preview()
    assert builder.assembler.slow
    builder.sections.setCurrentRow(row_of(builder, SectionKind.PURPOSE))
    builder.text.setPlainText("First draft.")
    builder.text.setPlainText("Assembled in the background.")
    qtbot.waitUntil(lambda: "Assembled in the background." in builder.preview.toPlainText(),
                    timeout=5000)
    assert "First draft." not in builder.preview.toPlainText()
    assert builder.content is not None
    assert builder.content.sections[1].blocks[0].text == "Assembled in the background."  # type: ignore[union-attr]


def test_the_language_chosen_in_the_settings_is_the_packs(qtbot: Any, builder: PackBuilder,
                                                          demo: Store,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    choose_pack(builder, TN)

    def run(editor: PackEditor) -> int:
        assert editor.language.currentData() == PackLanguage.EN.value
        editor.language.setCurrentIndex(editor.language.findData(PackLanguage.FR.value))
        editor._save()
        return int(editor.result())

    monkeypatch.setattr(PackEditor, "exec", run)
    builder.settings_button.click()
    assert demo.get(Pack, TN).language is PackLanguage.FR
    builder.refresh_preview()
    content = builder.content
    assert content is not None and content.language == "fr"
    assert content.marking == "DIFFUSION LIMITÉE"
    assert "Engagements" in [s.title for s in content.sections]
