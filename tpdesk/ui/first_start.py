"""The first start asks who you are: the history, notes, packs and exchange files name you.

Asked once, when no name is saved in the preferences and none is given for
the run ($TPDESK_USER). Keyboard-true: the cursor is in the name, Enter
continues, Escape (or Skip) keeps the suggested name: the person this copy's
identity names, else the login name. Either way the choice is saved, so it is
not asked again (Edit > Preferences changes it); a copy with no person in its
identity gets this one, so that `tpdesk` on the command line names the same
person (`tpdesk identity`).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..models.l10n import translate
from ..services import chosen_user
from ..services import exchange as exchange_use_cases
from .operations import Session
from .preferences import USER_KEY
from .widgets import buddy_label


class FirstStartDialog(QDialog):
    """Your name, with a suggestion; Skip (or Escape) keeps the suggestion."""

    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.suggested = suggested
        self.setWindowTitle(translate("FirstStartDialog", "Welcome to tpdesk"))
        self.setMinimumWidth(440)
        intro = QLabel(translate("FirstStartDialog",
                                 "Your name is recorded with each change you make, and named in"
                                 " the notes, packs and exchange files you write. You can change"
                                 " it later in Edit > Preferences."), wordWrap=True)
        self.name = QLineEdit(suggested)
        self.name.setAccessibleName(translate("FirstStartDialog", "Your name"))
        self.name.setMaxLength(120)
        self.name.selectAll()  # typing replaces the suggestion
        form = QFormLayout()
        form.addRow(buddy_label(translate("FirstStartDialog", "Your &name:"), self.name), self.name)
        buttons = QDialogButtonBox()
        go = buttons.addButton(translate("FirstStartDialog", "&Continue"),
                               QDialogButtonBox.ButtonRole.AcceptRole)
        go.setDefault(True)
        skip = buttons.addButton(translate("FirstStartDialog", "&Skip"),
                                 QDialogButtonBox.ButtonRole.RejectRole)
        skip.setAutoDefault(False)
        skip.setToolTip(translate("FirstStartDialog", "Keep the name '{name}'")
                        .format(name=suggested))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> str:
        """The name typed (spaces tidied); the suggestion if skipped or left empty."""
        typed = " ".join(self.name.text().split())
        if self.result() != QDialog.DialogCode.Accepted or not typed:
            return self.suggested
        return typed


def ask_name_on_first_start(settings: QSettings, session: Session,
                            parent: QWidget | None = None) -> FirstStartDialog | None:
    """Ask once, over the window (not blocking it); the answer is saved when given.

    Saved: in the preferences, as who writes from now on, and as the copy's
    person if its identity names none.
    """
    if chosen_user() or str(settings.value(USER_KEY, "", type=str)).strip():
        return None
    dialog = FirstStartDialog(session.store.user, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        name = dialog.chosen()
        settings.setValue(USER_KEY, name)
        session.set_user(name)
        if not session.store.readonly:
            exchange_use_cases.adopt_person(session.stores, name)

    dialog.finished.connect(answered)
    dialog.open()
    return dialog
