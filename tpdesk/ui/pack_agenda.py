"""The pack builder's agenda: the roundtable's items, and this pack's words on each.

The agenda belongs to the roundtable, so adding, editing, moving or removing
an item saves the roundtable through the session: one undoable step, and
every pack for that roundtable follows it. The purpose, background and lines
to take typed below the list are the pack's own (`Pack.texts`) and go
through the draft like the section texts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..models import UserError
from ..models.agenda import describe, lead_name
from ..models.l10n import translate, translate_noop
from ..models.pack_texts import item_key
from ..models.records import AgendaItem, Roundtable
from ..services import agenda
from .agenda_item_dialog import AgendaItemDialog
from .operations import Session
from .pack_draft import PackDraft
from .widgets import MoveKeys, buddy_label, push_button

IdRole = Qt.ItemDataRole.UserRole
NO_AGENDA = translate_noop(
    "PackAgenda",
    "This roundtable has no agenda: the pack keeps its own sections. Add an item to"
    " shape the pack by the agenda: a short front part, then a briefing note per item.",
)
AD_HOC = translate_noop(
    "PackAgenda", "A pack for an ad hoc meeting has no agenda; it keeps its own sections."
)
PARTS = (
    ("purpose", translate_noop("PackAgenda", "Purpo&se")),
    ("background", translate_noop("PackAgenda", "B&ackground")),
    ("lines", translate_noop("PackAgenda", "Lines &to take")),
)

Editor = Callable[[AgendaItem, agenda.AgendaChoices], AgendaItem | None]


def ask_item(parent: QWidget) -> Editor:
    """The dialog as an editor: the edited item, or None when cancelled."""
    def edit(item: AgendaItem, choices: agenda.AgendaChoices) -> AgendaItem | None:
        dialog = AgendaItemDialog(item, choices, parent=parent)
        return dialog.item() if dialog.exec() == QDialog.DialogCode.Accepted else None
    return edit


class AgendaPanel(QWidget):
    """The agenda of the draft's roundtable; `editor` asks for an item's details."""

    def __init__(self, session: Session, draft: PackDraft, *, editor: Editor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.draft = session, draft
        self.editor = editor or ask_item(self)
        self.roundtable: Roundtable | None = None
        self._loading = False

        self.items = QListWidget()
        self.items.setAccessibleName(translate("PackAgenda", "Agenda items"))
        self.items.setToolTip(
            translate(
                "PackAgenda",
                "The roundtable's agenda: the pack has a briefing note per item,"
                " in this order. Double-click to edit an item.",
            )
        )
        self.items.itemActivated.connect(lambda _item: self.edit_item())
        self.items.currentRowChanged.connect(lambda _row: self._item_chosen())
        MoveKeys(self.items, self.move_item)
        self.setFocusProxy(self.items)  # where the Agenda tab's letter puts the cursor
        self.hint = QLabel(wordWrap=True)
        self.add_button = push_button(translate("PackAgenda", "Add &item…"), self.add_item,
                                      translate("PackAgenda",
                                                "A new agenda item after the chosen one"))
        self.edit_button = push_button(translate("PackAgenda", "Edit…"), self.edit_item,
                                       translate("PackAgenda", "The item's title, lead and what"
                                                 " it covers (Enter)"))
        self.remove_button = push_button(translate("PackAgenda", "Re&move"), self.remove_item,
                                         translate("PackAgenda", "Take the item off the agenda;"
                                                   " Undo puts it back"))
        self.up_button = push_button(translate("PackAgenda", "Higher"),
                                     lambda: self.move_item(-1),
                                     translate("PackAgenda",
                                               "Move the item up the agenda (Ctrl+Up)"))
        self.down_button = push_button(translate("PackAgenda", "Lower"),
                                       lambda: self.move_item(1),
                                       translate("PackAgenda",
                                                 "Move the item down the agenda (Ctrl+Down)"))
        # Two rows: in one, the five buttons kept the pack builder wider than a laptop.
        buttons = QGridLayout()
        for i, button in enumerate((self.add_button, self.edit_button, self.remove_button,
                                    self.up_button, self.down_button)):
            buttons.addWidget(button, i // 3, i % 3)
        buttons.setColumnStretch(3, 1)

        self.texts: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(buddy_label(translate("PackAgenda", "Agenda of the roundtable:"),
                                     self.items))
        layout.addWidget(self.items, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        for part, source in PARTS:
            label = translate("PackAgenda", source)
            box = QPlainTextEdit()
            box.setAccessibleName(translate("PackAgenda", "Item: {part}").format(
                part=label.replace("&", "").lower()))
            box.setTabChangesFocus(True)
            box.setMinimumHeight(48)
            box.setPlaceholderText(
                translate("PackAgenda", "Leave empty for the text made from the register")
                if part != "lines"
                else translate("PackAgenda", "One line to take per line")
            )
            box.textChanged.connect(lambda p=part: self._text_changed(p))
            self.texts[part] = box
            layout.addWidget(buddy_label(translate("PackAgenda", "{part} (this pack):").format(
                part=label), box))
            layout.addWidget(box, 1)

    # -- following the draft -------------------------------------------------------

    def show_pack(self) -> None:
        """The agenda of the draft's roundtable, keeping the chosen item."""
        pack = self.draft.pack
        keep = self.current_item_id()
        self.roundtable = agenda.roundtable_of(self.session.stores, pack) if pack else None
        items = self.roundtable.agenda if self.roundtable is not None else []
        choices = agenda.agenda_choices(self.session.stores, self.roundtable) \
            if self.roundtable is not None else None
        self._loading = True
        self.items.clear()
        for number, item in enumerate(items, start=1):
            entry = QListWidgetItem(f"{number}. {item.title}")
            entry.setData(IdRole, item.id)
            if choices is not None:
                entry.setToolTip(_tip(item, choices))
            self.items.addItem(entry)
        row = next((i for i, x in enumerate(items) if x.id == keep), 0)
        self.items.setCurrentRow(row if items else -1)
        self._loading = False
        self.hint.setText("" if items else translate(
            "PackAgenda", AD_HOC if pack is not None and self.roundtable is None else NO_AGENDA))
        self.hint.setVisible(not items and pack is not None)
        self._item_chosen()

    def current_item_id(self) -> str | None:
        entry = self.items.currentItem()
        return str(entry.data(IdRole)) if entry is not None else None

    def current_item(self) -> AgendaItem | None:
        wanted = self.current_item_id()
        if self.roundtable is None or wanted is None:
            return None
        return next((x for x in self.roundtable.agenda if x.id == wanted), None)

    def update_buttons(self) -> None:
        has_roundtable = self.roundtable is not None
        row, count = self.items.currentRow(), self.items.count()
        self.add_button.setEnabled(has_roundtable)
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(has_roundtable and row >= 0)
        self.up_button.setEnabled(has_roundtable and row > 0)
        self.down_button.setEnabled(has_roundtable and 0 <= row < count - 1)
        for box in self.texts.values():
            box.setEnabled(self.current_item() is not None and self.draft.pack is not None)

    # -- editing the agenda (the roundtable's) ---------------------------------------

    def add_item(self) -> AgendaItem | None:
        if self.roundtable is None:
            return None
        made = self.editor(AgendaItem(), agenda.agenda_choices(self.session.stores,
                                                               self.roundtable))
        if made is None:
            return None
        if self._save(agenda.with_item(self.roundtable.agenda, made, self.current_item_id())):
            self._choose(made.id)
            return made
        return None

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None or self.roundtable is None:
            return
        edited = self.editor(item, agenda.agenda_choices(self.session.stores, self.roundtable))
        if edited is not None and edited != item:
            self._save(agenda.replaced(self.roundtable.agenda, edited))

    def remove_item(self) -> None:
        item = self.current_item()
        if item is not None and self.roundtable is not None:
            self._save(agenda.without_item(self.roundtable.agenda, item.id))

    def move_item(self, delta: int) -> None:
        item = self.current_item()
        if item is not None and self.roundtable is not None and \
                self._save(agenda.moved(self.roundtable.agenda, item.id, delta)):
            self._choose(item.id)

    def _save(self, items: list[AgendaItem]) -> bool:
        """The roundtable with this agenda, as one undoable step; False if refused."""
        assert self.roundtable is not None
        try:
            self.roundtable = self.session.save(
                dataclasses.replace(self.roundtable, agenda=items),
                expected_version=self.roundtable.row_version)
        except UserError as exc:
            QMessageBox.warning(self, translate("PackAgenda", "Agenda not changed"), str(exc))
            return False
        self.show_pack()  # the session's announcement refreshes the preview
        return True

    def _choose(self, item_id: str) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(IdRole) == item_id:
                self.items.setCurrentRow(row)

    # -- this pack's words on the chosen item -------------------------------------------

    def _item_chosen(self) -> None:
        item = self.current_item()
        pack = self.draft.pack
        self._loading = True
        for part, box in self.texts.items():
            text = pack.text_for(item_key(item.id, part)) if item and pack else None
            box.setPlainText(text or "")
        self._loading = False
        self.update_buttons()

    def _text_changed(self, part: str) -> None:
        item = self.current_item()
        if self._loading or item is None:
            return
        text = self.texts[part].toPlainText()
        self.draft.set_text(item_key(item.id, part), text if text.strip() else None)


def _tip(item: AgendaItem, choices: agenda.AgendaChoices) -> str:
    covers = describe(item, {o.id: o for o in choices.objectives}) or translate(
        "PackAgenda", "everything in the pack"
    )
    lead = lead_name(item, {o.id: o for o in choices.organisations})
    return f"{item.title}\nCovers: {covers}" + (f"\nLead: {lead}" if lead else "")
