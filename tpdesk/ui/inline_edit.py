"""Editing a table cell in place (F2): a list for a choice, a line for a date or text.

What is typed goes back through the model to the view's cell editor, which
reads it as the bulk actions do (`services.bulk.parse`) and saves it as one
undoable step, so the store's validation decides, as in the editors.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..models.l10n import translate
from ..services.bulk import Field
from .table_models import RecordTableModel


class CellDelegate(QStyledItemDelegate):
    """A combo box of labels for a field with a vocabulary; Qt's line edit otherwise."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        field = _field(index)
        if field is None or field.vocab is None:
            editor = super().createEditor(parent, option, index)
            if field is not None and field.is_date:
                editor.setToolTip(translate("InlineEdit", "YYYY-MM-DD; empty for none"))
            return editor
        combo = QComboBox(parent)
        combo.addItems([value.translated for value in field.vocab])
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            if editor.currentText() != index.data(Qt.ItemDataRole.EditRole):
                model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _field(index: QModelIndex | QPersistentModelIndex) -> Field | None:
    model = index.model()
    return model.field(index.column()) if isinstance(model, RecordTableModel) else None
