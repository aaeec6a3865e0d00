"""Preferences › Server: the secretariat server's address, sign-in, sign-out.

The token (or the user's name and password) is given once and traded for
a credential kept in the database (`services.sync.sign_in`, on a
background thread: the dialog never waits on the network). Neither the
token, the password nor the credential goes into the settings file; only
the address does, to offer it again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..models import UserError
from ..models.l10n import translate
from ..services import StoreFactory, Stores
from ..services import sync as use_cases
from .messages import user_message
from .widgets import buddy_label
from .workers import Background

SERVER_KEY = "preferences/sync_server"


class ServerPage:
    """`changed` is called once this copy has signed in or out."""

    def __init__(self, settings: QSettings, factory: StoreFactory, stores: Stores, *,
                 changed: Callable[[], None]) -> None:
        self._factory, self._stores, self._changed = factory, stores, changed
        self._job: Background | None = None
        self._page = QWidget()
        status = use_cases.status(stores)
        self.address = QLineEdit(status.url or str(settings.value(SERVER_KEY, "", type=str)))
        self.address.setAccessibleName(translate("ServerPage", "Server address"))
        self.address.setPlaceholderText(translate("ServerPage", "https://sync.example.eu"))
        self.token = QLineEdit()
        self.token.setAccessibleName(translate("ServerPage", "Sign-in token"))
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(translate("ServerPage", "the one-time token the secretariat"
                                                " gave you"))
        self.user = QLineEdit()
        self.user.setAccessibleName(translate("ServerPage", "Server user name"))
        self.user.setPlaceholderText(translate("ServerPage", "instead of a token: your user name"
                                               " on the server"))
        self.password = QLineEdit()
        self.password.setAccessibleName(translate("ServerPage", "Server password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = QPushButton(translate("ServerPage", "Sign &In"))
        self.sign_in_button.setAutoDefault(False)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button = QPushButton(translate("ServerPage", "Sign O&ut"))
        self.sign_out_button.setAutoDefault(False)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.who = QLabel(wordWrap=True)
        self.who.setAccessibleName(translate("ServerPage", "Signed in as"))
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(translate("ServerPage", "Sign-in error"))
        self.message.setStyleSheet("color: #c62828;")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch(1)
        form = QFormLayout(self._page)
        form.addRow(buddy_label(translate("ServerPage", "Server a&ddress:"), self.address),
                    self.address)
        form.addRow(buddy_label(translate("ServerPage", "Sign-in to&ken:"), self.token), self.token)
        form.addRow(buddy_label(translate("ServerPage", "User na&me:"), self.user), self.user)
        form.addRow(buddy_label(translate("ServerPage", "Pass&word:"), self.password),
                    self.password)
        form.addRow("", buttons)
        form.addRow(self.who)
        form.addRow(self.message)
        self._show(status)

    def widget(self) -> QWidget:
        return self._page

    def save(self, settings: QSettings) -> None:
        settings.setValue(SERVER_KEY, self.address.text().strip())

    def _show(self, status: use_cases.SyncStatus) -> None:
        if status.signed_in:
            self.who.setText(translate("ServerPage", "Signed in as {user} ({role}) at {url}.")
                             .format(user=status.user, role=status.role, url=status.url))
        else:
            self.who.setText(translate("ServerPage", "Not signed in: this copy works on its own"
                                       " and by exchange files."))
        self.sign_out_button.setEnabled(status.signed_in)

    def sign_in(self) -> None:
        if self._job is not None:
            return
        url, token = self.address.text(), self.token.text().strip() or None
        user, password = self.user.text().strip() or None, self.password.text()
        if token is not None:
            user = None
        factory = self._factory
        self.message.setText(translate("ServerPage", "Signing in…"))
        self.sign_in_button.setEnabled(False)
        self._job = Background(self._page, lambda progress: use_cases.sign_in(
            factory, url, token, user=user, password=password))
        self._job.done.connect(self._signed_in)
        self._job.start()

    def _signed_in(self, result: object, error: BaseException | None) -> None:
        self._job = None
        self.sign_in_button.setEnabled(True)
        if isinstance(error, UserError):
            self.message.setText(user_message(error))
            return
        if error is not None:
            raise error
        self.token.clear()
        self.password.clear()
        self.message.setText("")
        self._show(use_cases.status(self._stores))
        self._changed()

    def sign_out(self) -> None:
        use_cases.sign_out(self._stores)
        self._show(use_cases.status(self._stores))
        self._changed()
