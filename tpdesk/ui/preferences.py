"""Edit > Preferences: who the history names, the theme, where exports go.

Settings live in QSettings under "preferences/…". The dialog is a list of
pages, each reading and writing its own keys (`PreferencesPage`): a feature
with settings of its own (idle lock, backups) adds its page with `add_page`,
and the dialog needs no change.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..models.l10n import Language, translate
from ..services import default_user
from .language import LANGUAGE_KEY, SYSTEM, language_choices, saved_language
from .theme import Theme
from .widgets import buddy_label

USER_KEY = "preferences/user_name"
THEME_KEY = "preferences/theme"
EXPORT_FOLDER_KEY = "preferences/export_folder"


@dataclass(frozen=True)
class Preferences:
    """The preferences as the app uses them, defaults filled in."""

    user_name: str
    theme: Theme
    export_folder: Path
    language: Language

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        """$TPDESK_USER, set for one run, wins over the name saved here.

        No name: '' (the copy's identity names the person, else the login does).
        """
        saved_user = str(settings.value(USER_KEY, "", type=str)).strip()
        env_user = os.environ.get("TPDESK_USER", "").strip()
        theme = str(settings.value(THEME_KEY, Theme.SYSTEM.value, type=str))
        folder = str(settings.value(EXPORT_FOLDER_KEY, "", type=str))
        return cls(user_name=env_user or saved_user,
                   theme=Theme(theme) if theme in set(Theme) else Theme.SYSTEM,
                   export_folder=Path(folder) if folder and Path(folder).is_dir()
                   else Path.home(),
                   language=saved_language(settings))


class PreferencesPage(Protocol):
    """A page of the dialog: a widget that loads and saves its own settings."""

    def widget(self) -> QWidget: ...
    def save(self, settings: QSettings) -> None: ...


class GeneralPage:
    """Your name for the history, and the folder exports are offered in."""

    def __init__(self, settings: QSettings) -> None:
        self._page = QWidget()
        self.user_name = QLineEdit(str(settings.value(USER_KEY, "", type=str)))
        self.user_name.setAccessibleName(translate("Preferences", "Your name"))
        self.user_name.setPlaceholderText(default_user())
        self.user_name.setToolTip(translate(
            "Preferences", "Recorded as who made each change; empty: your login name"))
        self.export_folder = QLineEdit(str(settings.value(EXPORT_FOLDER_KEY, "", type=str)))
        self.export_folder.setAccessibleName(translate("Preferences", "Default export folder"))
        self.export_folder.setPlaceholderText(str(Path.home()))
        browse = QPushButton(translate("Preferences", "Bro&wse…"))
        browse.setAccessibleName(translate("Preferences", "Browse for the export folder"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.export_folder, 1)
        folder_row.addWidget(browse)
        self.problem = QLabel(wordWrap=True)
        self.problem.setAccessibleName(translate("Preferences", "Export folder error"))
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        form = QFormLayout(self._page)
        form.addRow(buddy_label(translate("Preferences", "Your &name:"), self.user_name),
                    self.user_name)
        form.addRow(buddy_label(translate("Preferences", "Default &export folder:"),
                                self.export_folder), folder_row)
        form.addRow(self.problem)

    def widget(self) -> QWidget:
        return self._page

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self._page, translate("Preferences",
                                                                        "Default export folder"),
                                                  self.export_folder.text() or str(Path.home()))
        if chosen:
            self.export_folder.setText(chosen)

    def problem_text(self) -> str:
        folder = self.export_folder.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            return translate("Preferences", "Default export folder: {folder!r} is not a"
                             " folder").format(folder=folder)
        return ""

    def save(self, settings: QSettings) -> None:
        settings.setValue(USER_KEY, " ".join(self.user_name.text().split()))
        folder = self.export_folder.text().strip()
        settings.setValue(EXPORT_FOLDER_KEY, str(Path(folder).expanduser()) if folder else "")


class AppearancePage:
    def __init__(self, settings: QSettings) -> None:
        self._page = QWidget()
        self.theme = QComboBox()
        self.theme.setAccessibleName(translate("Preferences", "Theme"))
        for theme in Theme:
            self.theme.addItem(theme.label, theme.value)
        self.theme.setCurrentIndex(max(0, self.theme.findData(Preferences.load(settings).theme)))
        self.language = QComboBox()
        self.language.setAccessibleName(QCoreApplication.translate("Preferences", "Language"))
        for value, label in language_choices():
            self.language.addItem(label, value)
        saved = str(settings.value(LANGUAGE_KEY, SYSTEM, type=str))
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        restart = QLabel(QCoreApplication.translate(
            "Preferences", "A new language applies when tpdesk is started again."), wordWrap=True)
        form = QFormLayout(self._page)
        form.addRow(buddy_label(QCoreApplication.translate("Preferences", "&Theme:"),
                                self.theme), self.theme)
        form.addRow(buddy_label(QCoreApplication.translate("Preferences", "&Language:"),
                                self.language), self.language)
        form.addRow(restart)

    def widget(self) -> QWidget:
        return self._page

    def save(self, settings: QSettings) -> None:
        settings.setValue(THEME_KEY, str(self.theme.currentData()))
        settings.setValue(LANGUAGE_KEY, str(self.language.currentData()))


class PreferencesDialog(QDialog):
    """OK saves every page, then `accepted` tells the window to apply them."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.settings = settings
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("Preferences", "Preference pages"))
        self.pages: list[PreferencesPage] = []
        self.general = GeneralPage(settings)
        self.appearance = AppearancePage(settings)
        self.add_page(translate("Preferences", "&General"), self.general)
        self.add_page(translate("Preferences", "&Appearance"), self.appearance)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.general.user_name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(min(520, self.screen().availableGeometry().width() - 40),
                    self.sizeHint().height())

    def add_page(self, title: str, page: PreferencesPage) -> None:
        self.pages.append(page)
        self.tabs.addTab(page.widget(), title)

    def _save(self) -> None:
        problem = self.general.problem_text()
        self.general.problem.setText(problem)
        self.general.problem.setVisible(bool(problem))
        if problem:
            self.tabs.setCurrentWidget(self.general.widget())
            self.general.export_folder.setFocus()
            return
        for page in self.pages:
            page.save(self.settings)
        self.accept()
