"""The Record outcome screen: after a roundtable, everything it decided, typed in one go.

Made for the keyboard: Tab walks the new-commitments table cell by cell and
a fresh row opens as soon as the last one is typed in; actors complete by
short name or name (several, separated by semicolons), "Linked to" by
objective code or activity title. The reviewed commitments below close or
carry forward each open commitment of the partnership. Saving goes through
`Session.record_outcome`: one transaction, one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import Activity, Commitment, Filters, Organisation, Roadmap, Roundtable, UserError
from ..models.l10n import translate, translate_noop
from ..models.vocab import CommitmentStatus
from ..services import ActionRow, Outcome, OutcomeRecorded, Review
from .import_wizard import ERROR
from .widgets import buddy_label

if TYPE_CHECKING:
    from .operations import Session

NEW_COLUMNS = (
    translate_noop("Outcome", "Actors"),
    translate_noop("Outcome", "Commitment"),
    translate_noop("Outcome", "Due date"),
    translate_noop("Outcome", "Linked to"),
)
REVIEW_COLUMNS = (
    translate_noop("Outcome", "Commitment"),
    translate_noop("Outcome", "Due"),
    translate_noop("Outcome", "Outcome"),
    translate_noop("Outcome", "New due date"),
    translate_noop("Outcome", "Note"),
)
NO_CHANGE = translate_noop("Outcome", "No change")
REVIEWED_AT_MOST = 200


class _ListCompleter(QCompleter):
    """Completes the last of several names separated by semicolons."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(";", maxsplit=1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rsplit(";", 1)[0] + "; " if ";" in typed else ""
        return head + str(index.data())


class _CompletingDelegate(QStyledItemDelegate):
    """A line editor with completion of the given words for one column."""

    def __init__(self, words: list[str], *, several: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.words, self.several = words, several

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        completer = (_ListCompleter if self.several else QCompleter)(self.words, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().strip().rstrip(";").strip())


class OutcomeDialog(QDialog):
    """`recorded` holds what was saved once the dialog is accepted."""

    def __init__(self, session: Session, roundtable: Roundtable,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.roundtable = session, roundtable
        self.recorded: OutcomeRecorded | None = None
        self.setWindowTitle(translate("Outcome", "Record outcome: {roundtable}").format(
            roundtable=roundtable.caption))
        store = session.store
        self.held = QCheckBox(translate("Outcome", "The roundtable was &held"))
        self.held.setChecked(True)
        self.summary = QPlainTextEdit(roundtable.outcome_summary)
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(
            translate("Outcome", "Outcome summary: what was agreed, in a few lines")
        )
        self.summary.setMaximumHeight(80)
        self.summary.setAccessibleName(translate("Outcome", "Outcome summary"))

        self.new = QTableWidget(1, len(NEW_COLUMNS))
        self.new.setHorizontalHeaderLabels([translate("Outcome", c) for c in NEW_COLUMNS])
        self.new.setAccessibleName(translate("Outcome", "New commitments"))
        self.new.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        actors = sorted({n for o in store.list(Organisation) for n in (o.short_name, o.name)
                         if n}, key=str.casefold)
        scope = Filters(partnership=roundtable.partnership_id)
        links = [o.code for r in store.list(Roadmap, scope) for o in r.objectives]
        links += [a.title for a in store.list(Activity, scope, limit=2000)]
        self.new.setItemDelegateForColumn(0, _CompletingDelegate(actors, several=True,
                                                                 parent=self.new))
        self.new.setItemDelegateForColumn(3, _CompletingDelegate(links, several=False,
                                                                 parent=self.new))
        for column, width in enumerate((160, 320, 100, 160)):
            self.new.setColumnWidth(column, width)
        self.new.itemChanged.connect(self._grow)

        self.reviewed = [c for c in store.list(Commitment, scope, order_by="due_date",
                                           limit=REVIEWED_AT_MOST) if c.status.is_open]
        self.reviews = QTableWidget(len(self.reviewed), len(REVIEW_COLUMNS))
        self.reviews.setHorizontalHeaderLabels([translate("Outcome", c) for c in REVIEW_COLUMNS])
        self.reviews.setAccessibleName(translate("Outcome", "Reviewed commitments"))
        self.reviews.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for row, commitment in enumerate(self.reviewed):
            for column, text in ((0, commitment.caption), (1, commitment.due_date or "")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.reviews.setItem(row, column, item)
            combo = QComboBox()
            combo.addItem(translate("Outcome", NO_CHANGE), None)
            for status in CommitmentStatus:
                combo.addItem(status.translated, status)
            combo.setAccessibleName(translate("Outcome", "Outcome of '{commitment}'").format(
                commitment=commitment.caption))
            self.reviews.setCellWidget(row, 2, combo)
            for column in (3, 4):
                self.reviews.setItem(row, column, QTableWidgetItem(""))
        for column, width in enumerate((320, 90, 110, 100, 200)):
            self.reviews.setColumnWidth(column, width)

        self.error = QLabel(wordWrap=True)
        self.error.setStyleSheet(f"color: {ERROR.name()}")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.held)
        layout.addWidget(self.summary)
        layout.addWidget(
            buddy_label(
                translate("Outcome", "&New commitments: Tab moves on, a new row opens as you type"),
                self.new,
            )
        )
        layout.addWidget(self.new, 3)
        layout.addWidget(
            buddy_label(
                translate(
                    "Outcome", "&Reviewed commitments: choose an outcome, or type a new due date"
                ),
                self.reviews,
            )
        )
        layout.addWidget(self.reviews, 2)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for table in (self.new, self.reviews):
            table.horizontalHeader().setStretchLastSection(True)
        self.resize(880, 540)  # fits a 1024 x 600 laptop screen with its title bar
        self.summary.setFocus()

    def _grow(self, item: QTableWidgetItem) -> None:
        """Keep one empty row at the end, so typing can go on row after row."""
        last = self.new.rowCount() - 1
        if item.row() == last and item.text().strip():
            self.new.insertRow(last + 1)

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def outcome(self) -> Outcome:
        """What the screen holds, as the use case takes it; blank rows are left out."""
        rows = []
        for row in range(self.new.rowCount()):
            actor, action, due, link = (self._text(self.new, row, c) for c in range(4))
            if actor or action or due or link:
                rows.append(ActionRow(row + 1, actor, action, due, link))
        reviews = []
        for row, commitment in enumerate(self.reviewed):
            combo = self.reviews.cellWidget(row, 2)
            status: Any = combo.currentData() if isinstance(combo, QComboBox) else None
            due, note = self._text(self.reviews, row, 3), self._text(self.reviews, row, 4)
            if status is not None or due or note:
                reviews.append(Review(commitment.id, status or commitment.status, due, note))
        return Outcome(self.roundtable.id, held=self.held.isChecked(),
                       summary=self.summary.toPlainText(), commitments=tuple(rows),
                       reviews=tuple(reviews))

    def accept(self) -> None:
        try:
            self.recorded = self.session.record_outcome(self.outcome())
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()


def record_outcome(session: Session, roundtable: Roundtable,
                   parent: QWidget | None = None) -> OutcomeRecorded | None:
    """Open the screen for a roundtable; what was recorded, or None if cancelled."""
    dialog = OutcomeDialog(session, roundtable, parent)
    dialog.exec()
    return dialog.recorded
