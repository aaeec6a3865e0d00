"""The main window: navigator, register views, menus, status bar, and open files."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..models import (
    Activity,
    Changes,
    Commitment,
    Filters,
    Note,
    Organisation,
    Partnership,
    Record,
    ReferencedError,
    Roadmap,
    Roundtable,
    SavedSearch,
    UserError,
    replicas,
)
from ..models.errors import DamagedError
from ..models.keys import DataKey
from ..models.l10n import format_number, translate, translate_noop
from ..models.records import RECORD_TYPES, record_label
from ..services import (
    AUTO_BACKUP_MINUTES,
    StoreFactory,
    auto_backup,
    back_up,
    change_passphrase,
    encrypt_database,
    export_register,
    export_template,
    load_demo_data,
    newest_good_backup,
    restore_backup,
)
from ..services.exchange import open_conflicts
from .conflicts_view import ConflictBadge, ConflictsDialog
from .dashboard import Dashboard
from .desktop import open_file, show_in_folder
from .geometry import fit_to_screen
from .lock import IdleWatcher, LockScreen, unlocked
from .messages import user_message
from .navigator import Navigator
from .operations import Session
from .preferences import Preferences, PreferencesDialog
from .security import (
    BackupsDialog,
    NewPassphraseDialog,
    SecuritySettings,
    lock_minutes,
    show_recovery_key,
)
from .sync_status import SyncController, SyncIndicator
from .table_models import (
    PAGE,
    ActivitiesTableModel,
    CommitmentsTableModel,
    NotesTableModel,
    OrganisationsTableModel,
    RecordTableModel,
    RoundtablesTableModel,
)
from .theme import apply_theme
from .workers import Cancelled, Job

if TYPE_CHECKING:
    from ..models.store import Store
    from ..services.sync import SyncReport
    from .pack_builder import PackBuilder
    from .views import RecordView

# The Word and Excel writers load on first use (in the jobs below): they would
# add a fifth to the app's start-up, for something done a few times a month.
RECENT_MAX = 8
DB_FILTER = translate_noop("MainWindow", "tpdesk databases (*.db *.sqlite *.tpdesk);;All files (*)")


class Welcome(QWidget):
    """Shown on an empty database: the two ways to begin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(translate("MainWindow", "<h2>Welcome to tpdesk</h2>"))
        text = QLabel(translate(
            "MainWindow", "This database is empty. Load the demo data to explore the five Talent"
            " Partnerships, or start your own register with a first partnership."))
        text.setWordWrap(True)
        self.demo_button = QPushButton(translate("MainWindow", "&Load demo data"))
        self.new_button = QPushButton(translate("MainWindow", "&New partnership…"))
        # Offered here, on first start: a laptop that travels should not hold a plain register.
        self.encrypt_button = QPushButton(translate("MainWindow", "&Encrypt this database…"))
        self.demo_button.setDefault(True)
        text.setMaximumWidth(460)
        # Not aligned in the column: an aligned label is given its one-line height, so
        # the wrapped paragraph was cut at top and bottom. Centred between stretches instead.
        paragraph = QHBoxLayout()
        paragraph.addStretch(1)
        paragraph.addWidget(text, 100)
        paragraph.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(paragraph)
        for widget in (self.demo_button, self.new_button, self.encrypt_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class LazyTab(QWidget):
    """A tab's page that builds what it shows the first time it is shown or asked for.

    A window at 100,000 records starts with only its first tab built: the
    others cost their start-up the first time the user opens them.
    """

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.content is None:
            self.content = self._build()
            cast(QVBoxLayout, self.layout()).addWidget(self.content)
            self.content.show()  # at once, not at the next event: its keys work now
        return self.content


class MainWindow(QMainWindow):
    """`factory` decides the user and today; `open_database` points it at a file."""

    def __init__(self, *, settings: QSettings, factory: StoreFactory | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.factory = factory or StoreFactory(Path("tpdesk.db"))
        self.session: Session | None = None
        self.views: dict[type[Record], RecordView] = {}  # those built so far
        self.tab_of: dict[type[Record], LazyTab] = {}
        self.packs_tab: LazyTab | None = None
        self.setWindowTitle("tpdesk")
        self.resize(1280, 800)
        self._jobs: list[Job] = []

        self.navigator = Navigator()
        self.navigator.partnership_selected.connect(self._scope)
        self.navigator.record_activated.connect(self.open_record)
        self.navigator.menu_requested.connect(self._navigator_menu)
        self.navigator.search_chosen.connect(self.show_saved_search)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1040])
        self.welcome = Welcome()
        self.welcome.demo_button.clicked.connect(self.load_demo)
        self.welcome.new_button.clicked.connect(lambda: self.new_record(Partnership))
        self.welcome.encrypt_button.clicked.connect(self.encrypt)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.welcome)
        self.lock_screen = LockScreen()
        self.lock_screen.unlocked.connect(self.unlock)
        self.pages.addWidget(self.lock_screen)
        self.setCentralWidget(self.pages)
        self._hidden_while_locked: list[QWidget] = []
        self.idle = IdleWatcher(self.lock, self)
        self.idle.set_minutes(lock_minutes(settings))
        self.backup_timer = QTimer(self, interval=AUTO_BACKUP_MINUTES * 60_000)
        self.backup_timer.timeout.connect(self.auto_backup)
        self.backup_timer.start()

        self.path_label = QLabel()
        # A long path must not widen the window: it is cut, and the tooltip holds it whole.
        self.path_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                      QSizePolicy.Policy.Preferred)
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.conflict_badge = ConflictBadge()
        self.conflict_badge.clicked.connect(self.show_conflicts)
        self.sync_indicator = SyncIndicator()
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.statusBar().addPermanentWidget(self.conflict_badge)
        self.sync = SyncController(self, self.sync_indicator)
        self.sync.synced.connect(self._synced)
        self._build_actions()
        self._restore_window()

    # -- actions -------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, *,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_db_action = self._action(translate("MainWindow", "&New Database…"),
                                          self.new_database, keys.New)
        self.open_action = self._action(translate("MainWindow", "&Open Database…"),
                                        self.choose_database, keys.Open)
        self.backup_action = self._action(translate("MainWindow", "&Back Up…"), self.backup,
                                          "Ctrl+Shift+B")
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, keys.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = self._action(translate("MainWindow", "&Find…"), self.show_search,
                                        keys.Find)
        self.find_action.setShortcuts([QKeySequence(keys.Find), QKeySequence("Ctrl+K")])
        self.filter_action = self._action(translate("MainWindow", "Filter &This View"),
                                          self.focus_filter,
                                          "Ctrl+Shift+L")
        self.lock_action = self._action(translate("MainWindow", "&Lock"), self.lock, "Ctrl+L",
                                        tip=translate("MainWindow",
                                                      "Close the encrypted database until its"
                                            " passphrase is given again"))
        self.restore_action = self._action(translate("MainWindow", "Restore from Bac&kup…"),
                                           self.restore_from_backup)
        self.security_action = self._action(translate("MainWindow", "&Security…"),
                                            self.security_settings,
                                            tip=translate("MainWindow",
                                                          "Encryption, passphrase and idle lock"))
        self.new_actions = {
            cls: self._action(label, functools.partial(self.new_record, cls))
            for cls, label in (
                (Activity, translate("MainWindow", "New &Activity…")),
                (Commitment, translate("MainWindow", "New &Commitment…")),
                (Partnership, translate("MainWindow", "New &Partnership…")),
                (Roundtable, translate("MainWindow", "New &Roundtable…")),
                (Roadmap, translate("MainWindow", "New Road&map…")),
                (Organisation, translate("MainWindow", "New &Organisation…")))
        }
        self.new_actions[Activity].setShortcut("Ctrl+Shift+A")
        self.new_actions[Commitment].setShortcut("Ctrl+Shift+C")
        self.edit_action = self._action(translate("MainWindow", "&Open Selected…"),
                                        self.edit_current, "Ctrl+E")
        self.delete_action = self._action(translate("MainWindow", "&Delete Selected…"),
                                          self.delete_current,
                                          keys.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.note_action = self._action(translate("MainWindow", "&Add Note…"), self.note_current,
                                        "Ctrl+Shift+N")
        self.refresh_action = self._action(translate("MainWindow", "R&efresh"), self.refresh_all,
                                           keys.Refresh)
        self.trash_action = self._action(translate("MainWindow", "Tras&h…"), self.show_trash,
                                         tip=translate("MainWindow", "Deleted records: restore"
                                                       " them or empty the trash"))
        self.details_action = self._action(translate("MainWindow", "&Details Pane"),
                                           self.toggle_details, "F9",
                                           tip=translate("MainWindow",
                                                         "Show or hide the current record's notes,"
                                               " history and links"))
        self.about_action = self._action(translate("MainWindow", "&About tpdesk"), self.about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addAction(self.new_db_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &Recent"))
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.security_action)
        file_menu.addAction(self.lock_action)
        self.export_menu = file_menu.addMenu(translate("MainWindow", "&Export"))
        self.recent_exports_menu = file_menu.addMenu(translate("MainWindow", "Recent Expor&ts"))
        self._fill_recent_exports()
        self.export_menu.addAction(self._action(translate("MainWindow", "&Register to Excel…"),
                                                self.export_register,
                                                "Ctrl+Shift+E"))
        self.export_menu.addAction(self._action(translate("MainWindow", "Empty Excel &Template…"),
                                                self.export_template))
        self.export_menu.addAction(self._action(translate("MainWindow", "Briefing &Pack to Word…"),
                                                self.export_pack,
                                                "Ctrl+Shift+W"))
        self.import_action = self._action(translate("MainWindow", "&Import from Excel…"),
                                          self.import_workbook,
                                          "Ctrl+Shift+I")
        file_menu.addAction(self.import_action)
        self.import_iati_action = self._action(translate("MainWindow", "Import I&ATI File…"),
                                               self.import_iati)
        file_menu.addAction(self.import_iati_action)
        file_menu.addSeparator()
        self.export_exchange_action = self._action(translate("MainWindow",
                                                             "Export E&xchange File…"),
                                                   self.export_exchange)
        self.import_exchange_action = self._action(translate("MainWindow",
                                                             "Import Exc&hange File…"),
                                                   self.import_exchange)
        file_menu.addAction(self.export_exchange_action)
        file_menu.addAction(self.import_exchange_action)
        self.contacts_action = self._action(translate("MainWindow", "Keys and &Contacts…"),
                                            self.show_contacts)
        file_menu.addAction(self.contacts_action)
        self.grant_recovery_action = self._action(
            translate("MainWindow", "&Grant Recovery Request…"), self.grant_recovery,
            tip=translate("MainWindow", "Answer a delegate's forgotten passphrase with an unlock"
                                        " file and a one-time code"))
        file_menu.addAction(self.grant_recovery_action)
        file_menu.setToolTipsVisible(True)  # a disabled grant says why
        file_menu.aboutToShow.connect(self._offer_grant_recovery)  # a sync may change the role
        self.sync_action = self._action(translate("MainWindow", "S&ync"), self.sync_now,
                                        "Ctrl+Shift+S",
                                        tip=translate("MainWindow", "Send this copy's changes to"
                                                      " the secretariat server and fetch the"
                                                      " server's"))
        file_menu.addAction(self.sync_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        # Undo and Redo go through the session, which first saves what is pending.
        self.undo_group = QUndoGroup(self)
        self.undo_action = self._action(translate("MainWindow", "&Undo"), self.undo, keys.Undo)
        self.redo_action = self._action(translate("MainWindow", "&Redo"), self.redo, keys.Redo)
        for action, verb, can, text in (
                (self.undo_action, translate("MainWindow", "Undo"), self.undo_group.canUndoChanged,
                 self.undo_group.undoTextChanged),
                (self.redo_action, translate("MainWindow", "Redo"), self.undo_group.canRedoChanged,
                 self.undo_group.redoTextChanged)):
            action.setEnabled(False)
            action.setIconText(verb)  # the toolbar's button: the step's name made it too wide
            can.connect(action.setEnabled)
            text.connect(functools.partial(_name_step, action, verb))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        new_menu = edit_menu.addMenu(translate("MainWindow", "&New"))
        for action in self.new_actions.values():
            new_menu.addAction(action)
        edit_menu.addAction(self.edit_action)
        edit_menu.addAction(self.note_action)
        edit_menu.addAction(self.delete_action)
        edit_menu.addAction(self.trash_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.filter_action)
        edit_menu.addSeparator()
        self.preferences_action = self._action(translate("MainWindow", "&Preferences…"),
                                               self.edit_preferences,
                                               keys.Preferences)
        if self.preferences_action.shortcut().isEmpty():  # no platform key: Ctrl+, as on macOS
            self.preferences_action.setShortcut("Ctrl+,")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        self.view_actions: list[QAction] = []
        for i, name in enumerate([
                translate("MainWindow", "&Overview"), translate("MainWindow", "&Activities"),
                translate("MainWindow", "&Commitments"), translate("MainWindow", "&Roundtables"),
                translate("MainWindow", "Or&ganisations"), translate("MainWindow", "&Notes"),
                translate("MainWindow", "&Briefing Packs")]):
            action = self._action(name, functools.partial(self.show_tab, i), f"Ctrl+{i + 1}")
            view_menu.addAction(action)
            self.view_actions.append(action)
        view_menu.addSeparator()
        view_menu.addAction(self.details_action)
        view_menu.addAction(self.refresh_action)

        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        self.shortcuts_action = self._action(translate("MainWindow", "&Keyboard Shortcuts"),
                                             self.show_shortcuts,
                                             "Ctrl+/")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        toolbar = self.toolbar = self.addToolBar(translate("MainWindow", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.new_actions[Activity])
        toolbar.addAction(self.new_actions[Commitment])
        toolbar.addAction(self.edit_action)
        toolbar.addAction(self.note_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        view_menu.addAction(toolbar.toggleViewAction())

    # -- the database ----------------------------------------------------------

    def open_database(self, path: Path, *, create: bool = True, restored: bool = False) -> bool:
        """Open (or create) a database; on failure keep what was open and say why.

        An encrypted one asks for its passphrase. A damaged one offers its
        newest good backup, also when the damage shows only as its records are
        first read (text that is not UTF-8): never an exit without a window.
        """
        try:
            factory = unlocked(self.factory.at(path), self)
        except UserError as exc:  # an unreadable key file
            QMessageBox.warning(self, translate("MainWindow", "Cannot open database"), str(exc))
            return False
        if factory is None:
            return False
        try:
            store = factory.open(create=create)
        except DamagedError as exc:
            return self._offer_backup(factory, exc, create=create, restored=restored)
        except UserError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Cannot open database"), str(exc))
            return False
        self._close_session()
        try:
            self._start_session(store, factory)
        except UserError as exc:
            self._close_session(back_up=False)  # a backup of it must not pass for a good one
            return self._offer_backup(factory, exc, create=create, restored=restored)
        self._remember_recent(store.path)
        self.setWindowFilePath(str(store.path))
        self.setWindowTitle(translate("MainWindow", "{name} — tpdesk").format(
            name=store.path.name))
        self.path_label.setText(str(store.path))
        self.path_label.setToolTip(str(store.path))
        return True  # _start_session read everything shown

    def _start_session(self, store: Store, factory: StoreFactory) -> None:
        self.session = Session(store, self, factory=factory)
        self.session.changed.connect(self._on_changed)
        self.session.failed.connect(lambda text: QMessageBox.warning(self, "tpdesk", text))
        self.undo_group.addStack(self.session.undo_stack)
        self.undo_group.setActiveStack(self.session.undo_stack)
        self._build_views()
        # The tabs are built when first shown. The current one was, unless its first page
        # failed: read again, that failure is named with the newest good backup before the
        # window fills. Another tab's is named the same way when first shown (_tab_shown):
        # reading every first page here cost a tenth of the start at 100,000 activities.
        for kind, tab in self.tab_of.items():
            if tab is self.tabs.currentWidget() and tab.content is None:
                store.list(kind, limit=PAGE)
        self.lock_action.setEnabled(factory.key is not None)
        self._offer_grant_recovery()
        self.welcome.encrypt_button.setVisible(factory.key is None)
        self.sync.attach(factory, self.session.stores)
        self.refresh_all()

    def _offer_backup(self, factory: StoreFactory, error: UserError, *, create: bool,
                      restored: bool) -> bool:
        """Say why the file cannot be used; offer to restore its newest good backup.

        The restore keeps the damaged file in the backups folder, so nothing is lost;
        a restored file that still fails is only reported, never restored again.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Cannot open database"),
                          str(error),
                          QMessageBox.StandardButton.Close, self)
        good = None if restored else newest_good_backup(factory)
        restore = None
        if good is not None:
            box.setInformativeText(
                translate("MainWindow", "The newest good backup is {name}. tpdesk can restore"
                          " it; the damaged file is kept in the backups folder.").format(
                              name=good.name))
            restore = box.addButton(translate("MainWindow", "Restore the Backup"),
                                    QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(restore)
        box.exec()
        if good is None or box.clickedButton() is not restore:
            return False
        try:
            restore_backup(factory, good)
        except UserError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Restore from Backup"), str(exc))
            return False
        return self.open_database(factory.path, create=create, restored=True)

    def _close_session(self, *, back_up: bool = True) -> None:
        """Close the open database, backed up first if it changed (not one that failed)."""
        if self.session is None:
            return
        self.sync.finish()
        if back_up:
            self.auto_backup()
        for view in self.views.values():
            view.save_columns()
        self.tabs.clear()
        self.views.clear()
        self.tab_of.clear()
        self.packs_tab = None
        self.undo_group.removeStack(self.session.undo_stack)
        self.session.close()
        self.session.deleteLater()
        self.session = None

    def _build_views(self) -> None:
        assert self.session is not None
        self.dashboard = Dashboard(self.session)
        self.dashboard.open_record.connect(self.open_record)
        self.tabs.addTab(self.dashboard, translate("MainWindow", "Overview"))
        for model_cls, title in ((ActivitiesTableModel, translate("MainWindow", "Activities")),
                                 (CommitmentsTableModel, translate("MainWindow", "Commitments")),
                                 (RoundtablesTableModel, translate("MainWindow", "Roundtables")),
                                 (OrganisationsTableModel, translate("MainWindow",
                                                                     "Organisations")),
                                 (NotesTableModel, translate("MainWindow", "Notes"))):
            page = LazyTab(functools.partial(self._make_view, model_cls))
            self.tab_of[model_cls.KIND] = page
            self.tabs.addTab(page, title)
        self.packs_tab = LazyTab(self._make_pack_builder)
        self.tabs.addTab(self.packs_tab, translate("MainWindow", "Briefing packs"))
        self.tabs.setCurrentIndex(_int_setting(self.settings, "tab", 0))

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if not isinstance(page, LazyTab) or page.content is not None:
            return
        try:
            page.ensure()
        except UserError as exc:  # damage its first page shows, not read at open
            QTimer.singleShot(0, functools.partial(self._damage_found, self.session, exc))
            return
        # The page was empty when the tab switched, so Qt left the focus on the page
        # itself, the tab bar or the navigator: the keys of a page just opened go to it.
        self._first_field(page).setFocus(Qt.FocusReason.OtherFocusReason)

    def _damage_found(self, session: Session | None, error: UserError) -> None:
        """Damage found after opening: closed unsaved, named, its newest good backup offered."""
        if session is None or self.session is not session:  # already closed, or restored
            return
        factory = session.factory
        self._close_session(back_up=False)  # a backup of it must not pass for a good one
        self._offer_backup(factory, error, create=False, restored=False)

    def show_tab(self, index: int) -> None:
        """Go to a page, keys and all: the cursor goes where it last was there, or to its list."""
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        if isinstance(page, LazyTab) and page.content is not None:
            last = page.focusWidget()
            target = last if last is not None and last.isVisible() else self._first_field(page)
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _first_field(self, page: LazyTab) -> QWidget:
        """Where the cursor goes on a page's first showing: its list of records."""
        if page is self.packs_tab:
            return self.pack_builder.packs
        kind = next(kind for kind, tab in self.tab_of.items() if tab is page)
        return self.views[kind].table

    def view(self, kind: type[Record]) -> RecordView | None:
        """The register view of a kind, built now if its tab was never shown."""
        page = self.tab_of.get(kind)
        if page is None:
            return None
        page.ensure()
        return self.views[kind]

    def _make_view(self, model_cls: type[RecordTableModel]) -> QWidget:
        assert self.session is not None
        from .tracker import CommitmentPanel  # built when a register tab is first shown
        from .views import RecordView

        store = self.session.store
        view = RecordView(model_cls, store, self.settings, session=self.session,
                          details=model_cls.KIND is not Commitment)
        view.open_requested.connect(self.edit_record)
        view.delete_requested.connect(self.delete_record)
        view.note_requested.connect(self.add_note)
        view.target_requested.connect(self.open_record)
        view.search_saved.connect(lambda: self.navigator.reload(store))
        self.views[view.kind] = view
        view.filter_bar.set_partnership(self.navigator.selected_partnership())
        view.refresh()
        if view.kind is not Commitment:
            return view
        self.tracker = CommitmentPanel(self.session)
        view.selection_changed.connect(self.tracker.show_commitment)
        pane = QSplitter()
        pane.addWidget(view)
        pane.addWidget(self.tracker)
        pane.setStretchFactor(0, 3)
        pane.setStretchFactor(1, 1)
        # Weights, not pixels: a quarter for the tracker (it kept its 190 px minimum even
        # on a 1920 px screen, its progress table cut).
        pane.setSizes([900, 300])
        return pane

    def _make_pack_builder(self) -> QWidget:
        assert self.session is not None
        from .pack_builder import PackBuilder  # built when the tab is first shown

        builder = PackBuilder(self.session, run_job=self.run_job)
        builder.exports.folder = self.export_folder()
        builder.exports.exported.connect(self.remember_export)
        builder.open_record.connect(self.open_record)
        builder.set_scope(self.navigator.selected_partnership(),
                          self.navigator.selected_roundtable())
        return builder

    @property
    def pack_builder(self) -> PackBuilder:
        """The pack builder, built now if its tab was never shown."""
        assert self.packs_tab is not None
        return cast("PackBuilder", self.packs_tab.ensure())

    def _show_packs(self) -> PackBuilder:
        builder = self.pack_builder
        assert self.packs_tab is not None
        self.tabs.setCurrentWidget(self.packs_tab)
        return builder

    def _built_pack_builder(self) -> PackBuilder | None:
        page = self.packs_tab
        return cast("PackBuilder", page.content) if page and page.content else None

    def _navigator_menu(self, kind: str, record_id: str, where: QPoint) -> None:
        """Open, add to and delete partnerships, roundtables and roadmaps from the tree."""
        if self.session is None:
            return
        menu = QMenu(self)
        record = self.session.store.find(RECORD_TYPES[kind], record_id) if record_id else None
        if record is not None:
            menu.addAction(translate("MainWindow", "Open…"), lambda: self.edit_record(record))
            menu.addAction(translate("MainWindow", "Add Note…"), lambda: self.add_note(record))
            if isinstance(record, Roundtable):
                session = self.session
                menu.addAction(translate("MainWindow", "Record &Outcome…"),
                               functools.partial(_record_outcome, session, record, self))
                menu.addAction(translate("MainWindow", "&Briefing Packs"),
                               lambda: self.open_packs_of(record))
            menu.addSeparator()
        for cls in (Roundtable, Roadmap, Activity, Commitment):
            menu.addAction(self.new_actions[cls])
        menu.addAction(self.new_actions[Partnership])
        if record is not None:
            menu.addSeparator()
            menu.addAction(translate("MainWindow", "Delete…"), lambda: self.delete_record(record))
        menu.exec(where)

    def open_packs_of(self, roundtable: Roundtable) -> None:
        """The pack builder on the roundtable's packs, its first one chosen."""
        self.pack_builder.set_scope(roundtable.partnership_id, roundtable.id)
        self._show_packs()

    def _scope(self, partnership_id: str | None) -> None:
        if self.session is None:
            return
        self.dashboard.set_partnership(partnership_id)
        for view in self.views.values():
            view.filter_bar.set_partnership(partnership_id)
        builder = self._built_pack_builder()
        if builder is not None:
            builder.set_scope(partnership_id, self.navigator.selected_roundtable())

    def refresh_all(self) -> None:
        self._refresh(views=True)

    def _refresh(self, *, views: bool) -> None:
        """Read everything shown again; tables just built for this database are current."""
        if self.session is None:
            return
        store = self.session.store
        empty = store.count(Partnership) == 0 and store.count(Organisation) == 0
        self.pages.setCurrentWidget(self.welcome if empty else self.splitter)
        self.navigator.reload(store)
        self.dashboard.invalidate()
        builder = self._built_pack_builder()
        if builder is not None:
            builder.invalidate()
        for view in self.views.values() if views else ():
            view.refresh()
        self._update_counts()

    def _on_changed(self, changes: Changes) -> None:
        if self.session is None:
            return
        if changes.touches(Partnership, Roundtable, Roadmap, Organisation):
            # The navigator's tree, the overview and the packs' choices name these.
            store = self.session.store
            empty = store.count(Partnership) == 0 and store.count(Organisation) == 0
            self.pages.setCurrentWidget(self.welcome if empty else self.splitter)
            self.navigator.reload(store)
            builder = self._built_pack_builder()
            if builder is not None:
                builder.invalidate()
        for view in self.views.values():
            view.apply(changes)
        self._update_counts()

    def records_listed(self) -> int:
        """The records the register's tabs list, built yet or not (the ready line's figure)."""
        if self.session is None:
            return 0
        return sum(self.session.store.count(kind) for kind in self.tab_of)

    def _update_counts(self) -> None:
        if self.session is None:
            return
        store = self.session.store
        self.counts_label.setText(
            translate("MainWindow", "{partnerships} partnerships · {activities} activities"
                      " · {commitments} commitments").format(
                          partnerships=format_number(store.count(Partnership)),
                          activities=format_number(store.count(Activity)),
                          commitments=format_number(store.count(Commitment))))
        self.conflict_badge.show_count(open_conflicts(self.session.stores))
        self.sync.refresh()

    # -- records ----------------------------------------------------------------

    def current_view(self) -> RecordView | None:
        page = self.tabs.currentWidget()
        return next((self.views.get(k) for k, tab in self.tab_of.items() if tab is page), None)

    def new_record(self, cls: type[Record]) -> None:
        if self.session is None:
            return
        partnership = self.navigator.selected_partnership()
        scoped = cls is not Partnership and "partnership_id" in {
            f.name for f in dataclasses.fields(cls)}
        if scoped and self.session.store.count(Partnership) == 0:
            partnership = self._first_partnership(cls)
            if partnership is None:
                return
        record = cls(partnership_id=partnership or "") if scoped else cls()  # type: ignore[call-arg]
        saved = self._edit(record)
        if saved is not None:
            self._show_record(saved)

    def _first_partnership(self, cls: type[Record]) -> str | None:
        """On an empty register: say why a partnership comes first, and offer to create it."""
        assert self.session is not None
        box = QMessageBox(QMessageBox.Icon.Question, record_label(cls),
                          translate("MainWindow", "Each record of this kind ({kind}) belongs to a"
                                    " Talent Partnership, and this database has none yet. Create"
                                    " the partnership first?").format(kind=record_label(cls)),
                          QMessageBox.StandardButton.Cancel, self)
        create = box.addButton(translate("MainWindow", "&Create Partnership…"),
                               QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(create)
        box.exec()
        if box.clickedButton() is not create:
            return None
        saved = self._edit(Partnership())
        return saved.id if saved is not None else None

    def _edit(self, record: Record) -> Record | None:
        """The record's editor, saved record or None; the editors load on the first edit."""
        from .editors import edit

        assert self.session is not None
        return edit(self.session, record, self)

    def edit_record(self, record: Record) -> None:
        if self.session is not None:
            self._edit(record)

    def open_record(self, kind: str, record_id: str) -> None:
        if self.session is None:
            return
        cls = RECORD_TYPES[kind]
        record = self.session.store.find(cls, record_id)
        if record is None:
            QMessageBox.information(self, "tpdesk", translate(
                "MainWindow", "That record ({kind}) no longer exists.").format(
                    kind=record_label(cls)))
            return
        if isinstance(record, Note):
            self._show_record(record)
        self.edit_record(record)

    def _show_record(self, record: Record) -> None:
        view = self.view(type(record))
        if view is None:
            return
        self.tabs.setCurrentWidget(self.tab_of[type(record)])
        view.select(record.id)

    def edit_current(self) -> None:
        if self.session is not None and self.tabs.currentWidget() is self.packs_tab:
            self.pack_builder.edit_settings()
            return
        view = self.current_view()
        record = view.current() if view else None
        if record is not None:
            self.edit_record(record)

    def delete_current(self) -> None:
        view = self.current_view()
        if view is not None:
            view.delete_selected()

    def note_current(self) -> None:
        view = self.current_view()
        record = view.current() if view else None
        if record is not None:
            self.add_note(record)

    def delete_record(self, record: Record) -> None:
        if self.session is None:
            return
        undo_key = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText)
        title = translate("MainWindow", "Delete: {kind}").format(kind=record_label(record))
        answer = QMessageBox.question(
            self, title,
            translate("MainWindow", "Delete “{caption}” ({kind})?\nYou can undo this with"
                      " {key}.").format(caption=record.caption, kind=record_label(record),
                                        key=undo_key),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        refused = self._delete(record, clear_references=False)
        if refused is None:
            return
        answer = QMessageBox.question(
            self, title,
            translate("MainWindow", "{reason}.\nRemove it from them and delete it? You can undo"
                      " this too.").format(reason=refused),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._delete(record, clear_references=True)

    def _delete(self, record: Record, *, clear_references: bool) -> ReferencedError | None:
        """Delete, or show why not; a refusal that clearing would resolve is returned instead."""
        assert self.session is not None
        try:
            self.session.delete(record, clear_references=clear_references)
        except ReferencedError as exc:
            if exc.clearable and not clear_references:
                return exc
            QMessageBox.warning(self, translate("MainWindow", "Cannot delete"), str(exc))
        except UserError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Cannot delete"), str(exc))
        return None

    def add_note(self, record: Record) -> None:
        if self.session is None:
            return
        note = Note(target_kind=record.KIND, target_id=record.id, author=self.session.store.user)
        self._edit(note)

    # -- commands -----------------------------------------------------------

    def show_search(self) -> None:
        if self.session is None:
            return
        from .search_dialog import SearchDialog  # the dialogs load when first opened

        dialog = SearchDialog(self.session.store, self)
        dialog.open_record.connect(self.open_record)
        dialog.open()

    def show_saved_search(self, search: SavedSearch) -> None:
        """A saved search chosen in the navigator: its table, with its filters."""
        view = self.view(RECORD_TYPES[search.kind])
        if view is not None:
            self.tabs.setCurrentWidget(self.tab_of[view.kind])
            view.filter_bar.set_filters(search.filters)

    def show_trash(self) -> None:
        if self.session is None:
            return
        from .trash import TrashDialog

        TrashDialog(self.session, self).open()

    def toggle_details(self) -> None:
        view = self.current_view()
        if view is not None:
            view.toggle_details()

    def focus_filter(self) -> None:
        view = self.current_view()
        if view is not None:
            view.filter_bar.focus_text()

    def load_demo(self) -> None:
        if self.session is None:
            return
        report = load_demo_data(self.session.factory)
        self.session.undo_stack.clear()
        self.session.announce(Changes.all())
        self.statusBar().showMessage(report.summary(), 8000)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "New database"),
                                              str(Path.home() / "tpdesk.db"),
                                              translate("MainWindow", DB_FILTER))
        if path:
            if Path(path).exists():
                QMessageBox.warning(self, translate("MainWindow", "New database"),
                                    translate("MainWindow", "{path} already exists; use Open"
                                              " to open it.").format(path=path))
                return
            self.open_database(Path(path))

    def choose_database(self) -> None:
        start = str(self.session.store.path.parent) if self.session else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open database"), start,
                                              translate("MainWindow", DB_FILTER))
        if path:
            self.open_database(Path(path), create=False)

    def backup(self) -> None:
        if self.session is None:
            return
        factory = self.session.factory
        suggested = factory.path.with_name(f"{factory.path.stem}-backup.db")
        target, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Back up database"),
                                                str(suggested),
                                                translate("MainWindow", DB_FILTER))
        if not target:
            return
        self.run_job(translate("MainWindow", "Backing up…"), lambda progress: back_up(factory,
                                                                                      target,
                                                                                          progress=progress),
                     lambda result: self.statusBar().showMessage(
                         translate("MainWindow", "Backed up to {path}").format(path=result), 8000))

    def auto_backup(self) -> None:
        """A backup into backups/ when the database changed (on close, every 30 minutes)."""
        if self.session is None or self.pages.currentWidget() is self.lock_screen:
            return
        try:
            made = auto_backup(self.session.factory)
        except UserError as exc:
            self.statusBar().showMessage(translate(
                "MainWindow", "Automatic backup failed: {reason}").format(reason=exc), 15000)
            return
        if made is not None:
            self.statusBar().showMessage(
                translate("MainWindow", "Backed up to {path}").format(path=made), 5000)

    def restore_from_backup(self) -> None:
        if self.session is None:
            return
        factory = self.session.factory
        dialog = BackupsDialog(factory, self)
        chosen = dialog.chosen if dialog.exec() else None
        dialog.deleteLater()
        if chosen is None:
            return
        self._close_session()
        try:
            before = restore_backup(factory, chosen)
        except UserError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Restore from Backup"), str(exc))
            before = None
        self._reopen(factory)
        if before is not None:
            self.statusBar().showMessage(translate(
                "MainWindow", "Restored {backup}; the database as it was is in {kept}").format(
                    backup=chosen.name, kept=before.name), 15000)

    def _reopen(self, factory: StoreFactory) -> None:
        """Open `factory`'s database again, with the key it already holds."""
        try:
            store = factory.open()
        except UserError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Cannot open database"), str(exc))
            return
        self._start_session(store, factory)

    def security_settings(self) -> None:
        """File > Security: the Preferences, on their Security page."""
        dialog = self.edit_preferences()
        page = dialog.findChild(SecuritySettings)
        if page is not None:
            dialog.tabs.setCurrentWidget(page)

    def _leave_preferences_for(self, dialog: PreferencesDialog,
                               action: Callable[[], None]) -> None:
        """Close the Preferences unsaved, then act: encrypting closes the session first."""
        dialog.reject()
        QTimer.singleShot(0, action)

    def encrypt(self) -> None:
        """Encrypt the open database: closed, converted and verified, then opened under its key."""
        if self.session is None:
            return
        ask = NewPassphraseDialog(translate("MainWindow", "Encrypt database"), offer_recovery=True,
                                  parent=self)
        accepted = ask.exec()
        passphrase, recovery = ask.passphrase, ask.recovery.isChecked()
        ask.deleteLater()
        if not accepted:
            return
        factory = self.session.factory
        self._close_session()
        try:
            done = encrypt_database(factory, passphrase, recovery=recovery)
        except UserError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Encrypt database"), str(exc))
            self._reopen(factory)
            return
        if done.recovery_key:
            show_recovery_key(self, done.recovery_key)
        left = "".join(f"\n{p}" for p in done.plain_copies)
        QMessageBox.information(self, translate("MainWindow", "Encrypt database"),
                                translate("MainWindow", "The database is encrypted. Earlier"
                                " copies of the plain file may persist on the disk.") + (
                                    translate("MainWindow", " Plain copies left:{files}").format(
                                        files=left) if left else ""))
        self.open_database(factory.path, create=False)

    def change_passphrase(self) -> None:
        if self.session is None:
            return
        ask = NewPassphraseDialog(translate("MainWindow", "Change passphrase"),
                                  offer_recovery=False, parent=self)
        if ask.exec():
            try:
                change_passphrase(self.session.factory, ask.passphrase)
                self.statusBar().showMessage(translate("MainWindow", "Passphrase changed"), 8000)
            except UserError as exc:
                QMessageBox.warning(self, translate("MainWindow", "Change passphrase"), str(exc))
        ask.deleteLater()

    def lock(self) -> None:
        """Close the connection and wipe the key; open editors are hidden, their text kept."""
        session = self.session
        if (session is None or session.factory.key is None
                or self.pages.currentWidget() is self.lock_screen):
            return
        for runner in list(self._jobs):
            runner.cancel()
            runner.wait()
        self._hidden_while_locked = [w for w in QApplication.topLevelWidgets()
                                     if isinstance(w, QDialog) and w.isVisible()]
        for widget in self._hidden_while_locked:
            widget.hide()
        self.sync.detach()
        session.suspend()
        session.factory.key.wipe()
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        self.statusBar().hide()  # its counts say something about the register
        self.lock_screen.show_for(session.factory)
        self.pages.setCurrentWidget(self.lock_screen)

    def unlock(self, key: DataKey) -> None:
        session = self.session
        if session is None or session.factory.key is None:
            return
        session.factory.key.refill(key)
        session.resume()
        self.sync.attach(session.factory, session.stores)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.statusBar().show()
        self.refresh_all()
        for widget in self._hidden_while_locked:
            widget.show()
        self._hidden_while_locked = []

    def export_register(self) -> None:
        """The register, or the partnership chosen in the navigator, as a workbook."""
        if self.session is None:
            return
        factory = self.session.factory
        filters = Filters(partnership=self.navigator.selected_partnership())
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow",
                                                              "Export register to Excel"),
                                              str(self.export_folder() / "tpdesk-register.xlsx"),
                                              translate("MainWindow", "Excel workbooks (*.xlsx)"))
        if not path:
            return
        self.run_job(translate("MainWindow", "Exporting to Excel…"),
                     lambda progress: export_register(
            factory, path, filters=filters, progress=progress), self._exported)

    def export_pack(self) -> None:
        """Word export starts from the pack builder, where the pack is chosen and checked."""
        if self.session is None:
            return
        self._show_packs().export_word()

    def export_template(self) -> None:
        if self.session is None:
            return
        factory = self.session.factory
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Empty Excel template"),
                                              str(self.export_folder() / "tpdesk-template.xlsx"),
                                              translate("MainWindow", "Excel workbooks (*.xlsx)"))
        if not path:
            return
        self.run_job(translate("MainWindow", "Writing the template…"),
                     lambda progress: export_template(
            factory, path, progress=progress), self._exported)

    def _exported(self, path: object) -> None:
        written = Path(str(path))
        saved = translate("MainWindow", "Saved {path}").format(path=written)
        self.statusBar().showMessage(saved, 8000)
        self.remember_export(written)
        box = QMessageBox(QMessageBox.Icon.Information, translate("MainWindow", "Export finished"),
                          saved,
                          QMessageBox.StandardButton.Close, self)
        open_button = box.addButton(translate("MainWindow", "&Open File"),
                                    QMessageBox.ButtonRole.ActionRole)
        show = box.addButton(translate("MainWindow", "Show in &Folder"),
                             QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is open_button:
            open_file(self, written)
        elif box.clickedButton() is show:
            show_in_folder(self, written)

    def remember_export(self, path: Path) -> None:
        """File > Recent Exports: the files written last, newest first."""
        recent = [p for p in _strings_setting(self.settings, "recent_exports") if p != str(path)]
        self.settings.setValue("recent_exports", [str(path), *recent][:RECENT_MAX])
        self._fill_recent_exports()

    def _fill_recent_exports(self) -> None:
        self.recent_exports_menu.clear()
        recent = _strings_setting(self.settings, "recent_exports")
        for item in recent:
            action = self.recent_exports_menu.addAction(
                item.replace("&", "&&"), functools.partial(open_file, self, Path(item)))
            action.setEnabled(Path(item).is_file())
        self.recent_exports_menu.setEnabled(bool(recent))

    def import_workbook(self) -> None:
        if self.session is None:
            return
        from .import_wizard import ImportWizard  # reads workbooks: loaded when first used

        wizard = ImportWizard(self.session.factory, self.run_job, self)
        if wizard.exec() and wizard.result_ is not None:
            self.session.undo_stack.clear()  # the import is its own history entry
            self.session.announce(wizard.result_.changes)
            self.statusBar().showMessage(wizard.result_.summary(), 10000)

    def import_iati(self) -> None:
        if self.session is None:
            return
        from .import_wizard import IATI, ImportWizard

        wizard = ImportWizard(self.session.factory, self.run_job, self, kind=IATI)
        if wizard.exec() and wizard.result_ is not None:
            self.session.undo_stack.clear()  # the import is its own history entry
            self.session.announce(wizard.result_.changes)
            self.statusBar().showMessage(wizard.result_.summary(), 10000)

    def export_exchange(self) -> None:
        if self.session is None:
            return
        from .merge_wizard import ExportDialog

        dialog = ExportDialog(self.session.stores, self)
        if dialog.exec() and dialog.report is not None:
            self.statusBar().showMessage(dialog.report.summary(), 10000)

    def import_exchange(self) -> None:
        if self.session is None:
            return
        name, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Import Exchange File"),
                                              "",
                                              translate("MainWindow",
                                                        "Exchange files (*.tpx);;All files (*)"))
        if name:
            self.merge_file(Path(name))

    def merge_file(self, path: Path) -> None:
        """Preview and merge an exchange file: one undoable step."""
        assert self.session is not None
        from .merge_wizard import MergeDialog

        dialog = MergeDialog(self.session.stores, path, self)
        if dialog.exec() and dialog.report is not None:
            self.session.merged(dialog.report)
            self.statusBar().showMessage(dialog.report.summary(), 10000)

    def show_contacts(self) -> None:
        if self.session is None:
            return
        from .contacts_dialog import ContactsDialog

        dialog = ContactsDialog(self.session.stores, self)
        dialog.exec()
        dialog.deleteLater()

    def _offer_grant_recovery(self) -> None:
        """Only the register's secretariat holds the key a request is sealed to: elsewhere
        the step could only refuse, so it is offered disabled, saying why."""
        if self.session is None:
            return
        can = replicas.identity(self.session.store).is_secretariat
        self.grant_recovery_action.setEnabled(can)
        self.grant_recovery_action.setToolTip(
            self.grant_recovery_action.statusTip() if can else translate(
                "MainWindow", "Only the secretariat's copy of the register can grant recovery"
                              " requests; this copy is a delegate's"))

    def grant_recovery(self) -> None:
        if self.session is None or not self.grant_recovery_action.isEnabled():
            return
        from .grant_recovery import GrantRecoveryDialog

        dialog = GrantRecoveryDialog(self.session.stores, self)
        dialog.exec()
        dialog.deleteLater()

    def show_conflicts(self) -> None:
        if self.session is None:
            return
        dialog = ConflictsDialog(self.session.stores, self)
        dialog.view.resolved.connect(lambda: self.session.announce(Changes.all())
                                     if self.session else None)
        dialog.exec()
        self._update_counts()

    def sync_now(self) -> None:
        """File > Sync: in the background; the status bar tells how it goes."""
        if self.session is None:
            return
        if not self.sync.sync_now() and self.sync.job is None:
            self.statusBar().showMessage(translate("MainWindow", "No server to sync with: sign"
                                                   " in under Edit › Preferences › Server"),
                                         10000)

    def _synced(self, report: SyncReport) -> None:
        if self.session is not None and report.pulled:
            self.session.announce(Changes.all())
        elif report.conflicts:  # conflict records only: no record changed here
            self._update_counts()
        self.statusBar().showMessage(report.summary(), 8000)

    def run_job(self, title: str, job: object, on_success: object) -> Job:
        """Run `job(progress)` in a thread with a progress dialog; report the outcome."""
        runner = Job(self, title, job)  # type: ignore[arg-type]
        self._jobs.append(runner)

        def finished(result: object, error: BaseException | None) -> None:
            self._jobs.remove(runner)
            if isinstance(error, Cancelled):
                self.statusBar().showMessage(translate("MainWindow", "Cancelled"), 5000)
            elif isinstance(error, UserError):
                QMessageBox.warning(self, title.rstrip("…"), user_message(error))
            elif error is not None:
                raise error
            else:
                on_success(result)  # type: ignore[operator]

        runner.done.connect(finished)
        runner.start()
        return runner

    def undo(self) -> None:
        if self.session is not None:
            self.session.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.redo()

    def preferences_dialog(self) -> PreferencesDialog:
        """The Preferences, with the open database's pages: Security (encryption, lock), Server."""
        dialog = PreferencesDialog(self.settings, self)
        if self.session is not None:
            from .server_page import ServerPage  # with the Preferences, not the window

            page = SecuritySettings(self.settings, self.session.factory)
            dialog.add_page(QCoreApplication.translate("Preferences", "&Security"), page)
            page.lock_minutes_changed.connect(self.idle.set_minutes)
            page.encrypt_requested.connect(
                lambda: self._leave_preferences_for(dialog, self.encrypt))
            page.change_passphrase_requested.connect(
                lambda: self._leave_preferences_for(dialog, self.change_passphrase))
            dialog.add_page(QCoreApplication.translate("Preferences", "Ser&ver"),
                            ServerPage(self.settings, self.session.factory, self.session.stores,
                                       changed=self._signed_in_or_out))
        return dialog

    def edit_preferences(self) -> PreferencesDialog:
        dialog = self.preferences_dialog()
        dialog.accepted.connect(self.apply_preferences)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _signed_in_or_out(self) -> None:
        self.sync.refresh()
        self.sync.sync_now()

    def apply_preferences(self) -> None:
        """The saved preferences, at once: the theme, the name in the history, the folder."""
        preferences = Preferences.load(self.settings)
        apply_theme(cast(QApplication, QApplication.instance()), preferences.theme)
        self.factory = dataclasses.replace(self.factory, user=preferences.user_name)
        if self.session is not None:
            self.session.set_user(preferences.user_name)
            builder = self._built_pack_builder()
            if builder is not None:  # one built later reads the preference itself
                builder.exports.folder = preferences.export_folder

    def export_folder(self) -> Path:
        return Preferences.load(self.settings).export_folder

    def build_all_tabs(self) -> None:
        """Every tab's content, as Help > Keyboard Shortcuts needs to list their keys."""
        for index in range(self.tabs.count()):
            self._tab_shown(index)

    def show_shortcuts(self) -> None:
        self.build_all_tabs()
        from .shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About tpdesk"),
                          f"<h3>tpdesk {__version__}</h3><p>" + translate(
                              "MainWindow", "Prepare EU Talent Partnership roundtables offline:"
                              " the register, briefing packs, Word and Excel.") + "</p>")

    # -- settings ---------------------------------------------------------------

    def _remember_recent(self, path: Path) -> None:
        """Put `path` first in the list; the menu offers the others, the open one is open."""
        others = [p for p in _strings_setting(self.settings, "recent") if p != str(path)]
        self.settings.setValue("recent", [str(path), *others][:RECENT_MAX])
        self.recent_menu.clear()
        for item in others[:RECENT_MAX - 1]:
            action = self.recent_menu.addAction(item.replace("&", "&&"),
                                                functools.partial(self._open_recent, item))
            action.setEnabled(Path(item).is_file())
        self.recent_menu.setEnabled(bool(others))

    def _open_recent(self, path: str) -> None:
        self.open_database(Path(path), create=False)

    def _restore_window(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window_state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        fit_to_screen(self)  # the default size, or one saved on a bigger screen

    def closeEvent(self, event: QCloseEvent) -> None:
        for runner in list(self._jobs):
            runner.cancel()
            runner.wait()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("window_state", self.saveState())
        self.settings.setValue("splitter", self.splitter.saveState())
        self.settings.setValue("tab", self.tabs.currentIndex())
        self._close_session()
        super().closeEvent(event)


def _name_step(action: QAction, verb: str, step: str) -> None:
    """'Undo Edit activity …' in the menu; the tips say the same."""
    text = translate("MainWindow", "{verb} {step}").format(verb=verb, step=step).strip()
    action.setText(f"&{text}")
    action.setStatusTip(text)
    action.setToolTip(text)



def _int_setting(settings: QSettings, key: str, default: int) -> int:
    value = settings.value(key, default, type=int)
    return value if isinstance(value, int) else default


def _strings_setting(settings: QSettings, key: str) -> list[str]:
    value = settings.value(key, [], type=list)
    return [str(item) for item in value] if isinstance(value, list) else []


def _record_outcome(session: Session, roundtable: Roundtable, parent: QWidget) -> None:
    """Record Outcome: the screen reads Word and Excel tables, so it loads when first used."""
    from .outcome import record_outcome

    record_outcome(session, roundtable, parent)
