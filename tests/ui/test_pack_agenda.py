"""The pack builder's agenda and its summary and issues, driven through the widgets."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tpdesk.models import Pack, Roundtable, Store
from tpdesk.models.demo import demo_id, load_demo
from tpdesk.models.pack_texts import added_key, item_key
from tpdesk.models.records import AgendaItem
from tpdesk.models.vocab import Instrument
from tpdesk.services.agenda import AgendaChoices, agenda_choices
from tpdesk.ui.agenda_item_dialog import AgendaItemDialog
from tpdesk.ui.operations import Session
from tpdesk.ui.pack_builder import IdRole, PackBuilder

TN = demo_id("pack", "TN")


@pytest.fixture
def session(store: Store) -> Iterator[Session]:
    load_demo(store)
    s = Session(store)
    yield s
    s.closing.emit()


@pytest.fixture
def builder(qtbot: Any, session: Session) -> PackBuilder:
    page = PackBuilder(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    tree = page.packs
    tree.setCurrentItem(next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                             if tree.topLevelItem(i).data(0, IdRole) == TN))
    page.refresh_preview()
    return page


def agenda_of(store: Store) -> list[str]:
    pack = store.get(Pack, TN)
    assert pack.roundtable_id is not None
    return [item.title for item in store.get(Roundtable, pack.roundtable_id).agenda]


def listed(builder: PackBuilder) -> list[str]:
    items = builder.agenda_panel.items
    return [items.item(i).text().split(". ", 1)[1] for i in range(items.count())]


def test_the_agenda_is_edited_through_undoable_saves(builder: PackBuilder,
                                                     session: Session) -> None:
    store, panel = session.store, builder.agenda_panel
    before = agenda_of(store)
    assert listed(builder) == before and len(before) == 6
    builder.editing_tabs.setCurrentWidget(panel)

    panel.items.setCurrentRow(1)
    panel.editor = lambda item, choices: AgendaItem(title="Seasonal work in agriculture",
                                                    sectors=["agriculture"])
    panel.add_button.click()
    assert agenda_of(store)[2] == "Seasonal work in agriculture"  # after the chosen item
    assert listed(builder) == agenda_of(store)

    panel.down_button.click()
    assert agenda_of(store)[3] == "Seasonal work in agriculture"
    assert panel.items.currentRow() == 3

    panel.editor = lambda item, choices: AgendaItem(
        id=item.id, title="Seasonal work", instruments=[Instrument.AMIF])
    panel.edit_button.click()
    pack = store.get(Pack, TN)
    assert pack.roundtable_id is not None
    edited = store.get(Roundtable, pack.roundtable_id).agenda[3]
    assert (edited.title, edited.sectors, edited.instruments) == (
        "Seasonal work", [], [Instrument.AMIF])

    panel.remove_button.click()
    assert agenda_of(store) == before
    # Each change was one step: undo walks them back in turn.
    session.undo()
    assert agenda_of(store)[3] == "Seasonal work"
    session.undo()
    session.undo()
    assert agenda_of(store)[2] == "Seasonal work in agriculture"
    session.undo()
    assert agenda_of(store) == before
    assert listed(builder) == before


def test_by_keys_the_agenda_tab_letter_reaches_the_list_and_ctrl_up_moves_an_item(
        builder: PackBuilder, session: Session, qtbot: Any) -> None:
    store, panel = session.store, builder.agenda_panel
    before = agenda_of(store)
    builder.activateWindow()
    qtbot.keyClick(builder, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "Agen&da"
    assert builder.editing_tabs.currentWidget() is panel
    assert QApplication.focusWidget() is panel.items
    panel.items.setCurrentRow(2)
    qtbot.keyClick(panel.items, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert agenda_of(store)[1] == before[2] and panel.items.currentRow() == 1
    qtbot.keyClick(panel.items, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert agenda_of(store) == before


def test_the_outline_goes_by_agenda_item(builder: PackBuilder, qtbot: Any) -> None:
    outline = builder.outline
    tops = [outline.topLevelItem(i).text(0) for i in range(outline.topLevelItemCount())]
    items = [t for t in tops if t.startswith("Item ")]
    assert items == [f"Item {i}. {t}" for i, t in enumerate(listed(builder), start=1)]
    skeleton = ["Purpose", "Background", "Current position", "Issues", "Lines to take"]
    for item in items:  # Lines to take are headed only where the item has some
        note = outline.topLevelItem(tops.index(item))
        children = [note.child(i).text(0) for i in range(note.childCount())]
        assert children in (skeleton, skeleton[:4])
    assert any(outline.topLevelItem(tops.index(t)).childCount() == 5 for t in items)
    assert "1.1" in builder.preview.toPlainText()


def test_an_items_own_words_are_the_packs(builder: PackBuilder, session: Session,
                                          qtbot: Any) -> None:
    panel = builder.agenda_panel
    panel.items.setCurrentRow(1)
    item_id = panel.current_item_id()
    assert item_id is not None
    panel.texts["lines"].setPlainText("Welcome ANETI's new placement desk")
    key = item_key(item_id, "lines")
    qtbot.waitUntil(lambda: session.store.get(Pack, TN).text_for(key) is not None,
                    timeout=3000)
    builder.refresh_preview()
    assert "Welcome ANETI's new placement desk" in builder.preview.toPlainText()
    panel.texts["lines"].setPlainText("")
    qtbot.waitUntil(lambda: session.store.get(Pack, TN).text_for(key) is None, timeout=3000)


def test_key_messages_and_issues_are_ticked_and_reworded(builder: PackBuilder,
                                                         session: Session,
                                                         qtbot: Any) -> None:
    texts = builder.texts_panel
    messages = texts.lists["summary"]
    assert messages.count() >= 2 and messages.isEnabled()
    first = messages.item(0)
    key = first.data(Qt.ItemDataRole.UserRole)
    first.setText("A quiet year for the partnership.")
    assert session.store.get(Pack, TN).text_for(key) == "A quiet year for the partnership."
    builder.refresh_preview()
    assert "A quiet year for the partnership." in builder.preview.toPlainText()

    second = texts.lists["summary"].item(1)
    dropped, generated = second.data(Qt.ItemDataRole.UserRole), second.text()
    second.setCheckState(Qt.CheckState.Unchecked)
    assert session.store.get(Pack, TN).text_for(dropped) == ""
    builder.refresh_preview()
    assert generated not in builder.preview.toPlainText()

    texts.added["issues"].setPlainText("Agree a date for the charter")
    qtbot.waitUntil(lambda: session.store.get(Pack, TN).text_for(added_key("issues"))
                    == "Agree a date for the charter", timeout=3000)
    builder.refresh_preview()
    assert "Agree a date for the charter" in builder.preview.toPlainText()

    # Ticked again and given back its words: the register's sentence stands.
    reworded = next(texts.lists["summary"].item(i) for i in range(messages.count())
                    if texts.lists["summary"].item(i).data(Qt.ItemDataRole.UserRole) == key)
    reworded.setText(reworded.data(Qt.ItemDataRole.UserRole + 1))
    assert session.store.get(Pack, TN).text_for(key) is None


def test_the_item_dialog_needs_a_title_and_returns_the_choices(qtbot: Any,
                                                               session: Session) -> None:
    pack = session.store.get(Pack, TN)
    assert pack.roundtable_id is not None
    roundtable = session.store.get(Roundtable, pack.roundtable_id)
    choices: AgendaChoices = agenda_choices(session.stores, roundtable)
    dialog = AgendaItemDialog(AgendaItem(), choices)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.problem.text() == "Give the item a title." and not dialog.result()
    dialog.title.setText("Health pathways")
    dialog.sectors.item(3).setCheckState(Qt.CheckState.Checked)
    dialog.objectives.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.lead.setCurrentIndex(2)
    item = dialog.item()
    assert item.title == "Health pathways"
    assert item.sectors == [choices.sectors[3]]
    assert item.objective_ids == [choices.objectives[0].id]
    assert item.lead_id == choices.organisations[1].id
