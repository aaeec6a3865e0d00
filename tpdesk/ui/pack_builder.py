"""The pack builder: prepare a roundtable's briefing pack and export it to Word.

One page holds the whole job, because preparing a pack is a loop of small
changes and looking at their effect: choose a pack, order and trim its
sections, write the purpose and the lines to take, pin or drop single
records from the preview, read the checklist, export. The preview is the
assembled content itself (`briefing.assemble`), so what it shows is what
the Word writer receives.

There is no Save button: every change is saved through the session, so
each is one undoable step. Discrete changes (a move, a tick, a rename, a
pin) are saved at once; typing is saved after a short pause, so a sentence
is one step rather than one step per key.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDesktopServices,
    QFont,
    QKeyEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import (
    Activity,
    Commitment,
    Filters,
    Pack,
    PackSection,
    Partnership,
    Record,
    Roundtable,
    Store,
    UserError,
)
from ..models.briefing import assemble, copy_pack
from ..models.briefing import new_pack as make_pack
from ..models.content import (
    BriefingContent,
    Notes,
    Table,
    Timeline,
)
from ..models.records import RecordLine
from ..models.register import pack_register
from ..models.vocab import RoundtableStatus, SectionKind
from .editors import edit
from .editors.pack import roundtable_items, roundtable_label
from .operations import Session
from .pack_preview import describe_block, describe_section, esc, plural, render_html
from .workers import Progress

IdRole = Qt.ItemDataRole.UserRole

SAVE_DELAY_MS = 400
"""Typing is saved after this pause: one undo step per burst, not per key."""
PREVIEW_DELAY_MS = 300
SLOW_S = 0.15
"""A pack that took longer than this to assemble is refreshed off the GUI thread."""

ALL_ROUNDTABLES = "All roundtables"
AD_HOC = "__ad_hoc__"
KEEP = object()
"""No roundtable asked for: the roundtable list keeps what it shows."""

RunJob = Callable[[str, Callable[[Progress], Any], Callable[[Any], None]], Any]

TEXT_HINTS: dict[SectionKind, str] = {
    SectionKind.COVER: "The cover is made from the pack's settings: title, meeting, date,"
                       " audience, marking and version.",
    SectionKind.PURPOSE: "Paragraphs of the purpose and summary; leave a blank line"
                         " between paragraphs.",
    SectionKind.LINES_TO_TAKE: "Lines to take, one per line; they print as bullets. Lines on"
                               " a single record are added from the preview's context menu.",
    SectionKind.ANNEX: "The annex lists every activity the pack covers; it has no free text.",
}
DEFAULT_HINT = "Lines to take for this section, one per line; they print as bullets after" \
               " the section's content."
NO_TEXT = {SectionKind.COVER, SectionKind.ANNEX}


def suggested_file_name(pack: Pack, suffix: str = ".docx") -> str:
    """The pack's title as a file name any system accepts."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", pack.title).strip(" .") or "briefing pack"
    stem = re.sub(r"\s+", " ", stem)[:120]
    version = f" v{pack.version}" if pack.version else ""
    return f"{stem}{version}{suffix}"


@dataclasses.dataclass(frozen=True)
class _Format:
    """A file a pack is exported to: Word for reading, Excel for its records."""

    name: str
    suffix: str
    filter: str
    write: Callable[[Store, BriefingContent, Path, Progress], object]


def _write_word(store: Store, content: BriefingContent, path: Path, progress: Progress) -> None:
    from ..export.docx import write_docx  # loaded on first export, not at start-up

    write_docx(content, path, progress=progress)


def _write_excel(store: Store, content: BriefingContent, path: Path,
                 progress: Progress) -> None:
    from ..export.xlsx_export import write_register  # loaded on first export

    register = pack_register(store, content)
    write_register(register, path, marking=content.marking,
                   progress=lambda done: progress(done, register.expected_rows))


WORD = _Format("Word", ".docx", "Word documents (*.docx)", _write_word)
EXCEL = _Format("Excel", ".xlsx", "Excel workbooks (*.xlsx)", _write_excel)


# -- the page --------------------------------------------------------------------

class _Assembled(QObject):
    """Carries a background assembly to the GUI thread: generation, content, error, seconds."""

    done = Signal(int, object, object, float)


class PackBuilder(QWidget):
    """Emits `open_record(kind, id)` when the user opens a record from the preview."""

    open_record = Signal(str, str)

    def __init__(self, session: Session, *, run_job: RunJob | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._run_job = run_job
        self.pack: Pack | None = None
        self.content: BriefingContent | None = None
        self.last_export: Path | None = None
        self.export_box: QMessageBox | None = None
        self._partnership: str | None = None
        self._wanted_roundtable: str | object | None = KEEP
        self._record_kinds: dict[str, str] = {}
        self._export_dir = Path.home()
        self._dirty = False
        self._saving = False
        self._loading = False
        self._closed = False
        self._stale = True

        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._preview_due)
        # A large pack is assembled in a thread with its own Store (SQLite connections
        # stay on their thread); one at a time, and only the latest request counts.
        self._slow = False
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._assembled = _Assembled(self)
        self._assembled.done.connect(self._background_done)
        self._build()
        session.changed.connect(self._on_session_changed)
        session.closing.connect(self._on_closing)

    # -- layout ------------------------------------------------------------

    def _build(self) -> None:
        self.roundtable = QComboBox()
        self.roundtable.setAccessibleName("Roundtable")
        self.roundtable.setToolTip("Show the packs of one roundtable")
        self.roundtable.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roundtable.setMinimumContentsLength(36)
        self.roundtable.currentIndexChanged.connect(lambda _i: self._fill_packs())
        self.new_button = self._button("&New pack", self.new_pack,
                                       "A new pack for the roundtable, with every section")
        self.copy_button = self._button(
            "New from ear&lier pack…", self.copy_selected,
            "A copy of the selected pack for another roundtable: same sections, filters"
            " and texts")
        self.settings_button = self._button("Se&ttings…", self.edit_settings,
                                            "Title, meeting, audience, marking and filters")
        self.delete_button = self._button("Delete pac&k", self.delete_pack,
                                          "Delete the selected pack (Delete); undo brings it"
                                          " back")
        top = QHBoxLayout()
        top.addWidget(self._label("&Roundtable:", self.roundtable))
        top.addWidget(self.roundtable, 1)
        for button in (self.new_button, self.copy_button, self.settings_button,
                       self.delete_button):
            top.addWidget(button)

        self.packs = QTreeWidget()
        self.packs.setAccessibleName("Briefing packs")
        self.packs.setHeaderLabels(["Title", "Meeting", "Audience", "Version", "Date"])
        self.packs.setRootIsDecorated(False)
        self.packs.setAlternatingRowColors(True)
        self.packs.setUniformRowHeights(True)
        self.packs.setAllColumnsShowFocus(True)
        header = self.packs.header()
        header.setStretchLastSection(False)
        for column, width in ((0, 420), (1, 330), (2, 190), (3, 60), (4, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.packs.currentItemChanged.connect(lambda *_: self._pack_chosen())
        self.packs.itemActivated.connect(lambda *_: self.edit_settings())
        self.packs.installEventFilter(self)
        packs_box = QWidget()
        packs_layout = QVBoxLayout(packs_box)
        packs_layout.setContentsMargins(0, 0, 0, 0)
        packs_layout.addWidget(self._label("&Briefing packs:", self.packs))
        packs_layout.addWidget(self.packs)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_editing())
        split.addWidget(self._build_preview())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 620])

        self.page_split = QSplitter(Qt.Orientation.Vertical)
        self.page_split.setChildrenCollapsible(False)
        self.page_split.addWidget(packs_box)
        self.page_split.addWidget(split)
        self.page_split.setStretchFactor(1, 1)
        self.page_split.setSizes([150, 600])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.page_split, 1)
        chain = [self.roundtable, self.new_button, self.copy_button, self.settings_button,
                 self.delete_button, self.packs, self.sections, self.up_button,
                 self.down_button, self.rename_button, self.text, self.pinned,
                 self.unpin_button, self.excluded, self.include_button, self.views,
                 self.outline, self.preview, self.checklist, self.export_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._update_buttons()

    def _build_editing(self) -> QWidget:
        self.sections = QListWidget()
        self.sections.setAccessibleName("Sections")
        self.sections.setToolTip("Tick to include a section. Drag, or Ctrl+Up and Ctrl+Down, to"
                                 " move it; F2 to rename it.")
        self.sections.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sections.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.sections.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.sections.model().rowsMoved.connect(lambda *_: self._sections_edited())
        # A drop that the view turns into insert-and-remove settles after the event.
        self.sections.model().rowsRemoved.connect(
            lambda *_: QTimer.singleShot(0, self, self._sections_edited))
        self.sections.itemChanged.connect(lambda _item: self._sections_edited())
        self.sections.currentRowChanged.connect(lambda _row: self._section_chosen())
        self.sections.installEventFilter(self)

        self.up_button = self._button("Move &up", lambda: self.move_section(-1),
                                      "Move the section up (Ctrl+Up)")
        self.down_button = self._button("Move &down", lambda: self.move_section(1),
                                        "Move the section down (Ctrl+Down)")
        self.rename_button = self._button("Rena&me", self.rename_section,
                                          "Give the section its own title (F2)")
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.rename_button):
            moves.addWidget(button)
        moves.addStretch(1)

        self.text = QPlainTextEdit()
        self.text.setAccessibleName("Section text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        self.text.textChanged.connect(self._text_changed)
        self.text_hint = QLabel(wordWrap=True)
        palette = self.text_hint.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         palette.color(QPalette.ColorRole.PlaceholderText))
        self.text_hint.setPalette(palette)
        self.text_hint.setAccessibleName("About the section text")

        self.pinned = self._record_list("Pinned records")
        self.pinned.setToolTip("Records kept in the pack whatever its filters say; pin them"
                               " from the preview's context menu")
        self.excluded = self._record_list("Excluded records")
        self.excluded.setToolTip("Records left out of the pack whatever its filters say;"
                                 " exclude them from the preview's context menu")
        self.unpin_button = self._button("Unp&in", self.unpin_selected,
                                         "Stop pinning the selected record (Delete)")
        self.include_button = self._button("Include &again", self.include_selected,
                                           "Stop excluding the selected record (Delete)")
        self.pinned_label = self._label("&Pinned records:", self.pinned)
        self.excluded_label = self._label("Ex&cluded records:", self.excluded)
        records = QHBoxLayout()
        for label, listing, button in ((self.pinned_label, self.pinned, self.unpin_button),
                                       (self.excluded_label, self.excluded,
                                        self.include_button)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(listing)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            records.addLayout(column, 1)

        box = QWidget()
        box.setAccessibleName("Pack contents")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(self._label("&Sections (tick to include, drag to reorder):",
                                     self.sections))
        layout.addWidget(self.sections, 3)
        layout.addLayout(moves)
        self.text_label = self._label("Section te&xt:", self.text)
        layout.addWidget(self.text_label)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.text_hint)
        layout.addLayout(records)
        return box

    def _build_preview(self) -> QWidget:
        self.summary = QLabel(wordWrap=True)
        self.summary.setAccessibleName("Pack summary")
        self.outline = QTreeWidget()
        self.outline.setAccessibleName("Outline")
        self.outline.setHeaderLabels(["Section", "Contents"])
        self.outline.setUniformRowHeights(True)
        self.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.outline.header().resizeSection(0, 260)
        self.outline.currentItemChanged.connect(lambda item, _prev: self._outline_chosen(item))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName("Preview")
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._anchor_clicked)
        self.preview.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.preview.customContextMenuRequested.connect(self._preview_menu)
        self.preview.setToolTip("Right-click a record to open, pin or exclude it, or to add"
                                " a line to take on it")
        preview_split = QSplitter(Qt.Orientation.Vertical)
        preview_split.setChildrenCollapsible(False)
        preview_split.addWidget(self.outline)
        preview_split.addWidget(self.preview)
        preview_split.setStretchFactor(1, 1)
        preview_split.setSizes([190, 410])
        outline_page = QWidget()
        outline_layout = QVBoxLayout(outline_page)
        outline_layout.addWidget(self.summary)
        outline_layout.addWidget(preview_split, 1)

        self.checklist = QListWidget()
        self.checklist.setAccessibleName("Ready for the roundtable checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setAlternatingRowColors(True)
        checklist_page = QWidget()
        checklist_layout = QVBoxLayout(checklist_page)
        explain = QLabel("What a careful reader would flag before the roundtable. Fix it in the"
                         " register, or leave the record or section out of the pack; the list"
                         " updates as you go.")
        explain.setWordWrap(True)
        checklist_layout.addWidget(explain)
        checklist_layout.addWidget(self.checklist, 1)

        self.views = QTabWidget()
        self.views.setAccessibleName("Preview and checklist")
        self.views.addTab(outline_page, "&Outline and preview")
        self.views.addTab(checklist_page, "Read&y for the roundtable")

        self.saved_label = QLabel()
        self.saved_label.setAccessibleName("Save state")
        self.badge = QLabel()
        self.badge.setAccessibleName("Checklist count")
        self.badge.setContentsMargins(8, 2, 8, 2)
        self.export_button = self._button("Export to &Word…", self.export_word,
                                          "Write the pack as a Word document")
        self.export_button.setToolTip("Write the pack as a Word document, ready to send"
                                      " or print")
        self.excel_button = self._button("E&xcel…", self.export_excel,
                                         "Write the pack's records as an Excel workbook")
        self.excel_button.setToolTip("The pack's activities and commitments as a workbook,"
                                     " for Member States to edit and send back")
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_label, 1)
        bottom.addWidget(self.badge)
        bottom.addWidget(self.excel_button)
        bottom.addWidget(self.export_button)

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)
        return box

    def _button(self, text: str, slot: Callable[[], object], tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _record_list(self, name: str) -> QListWidget:
        listing = QListWidget()
        listing.setAccessibleName(name)
        listing.setMaximumHeight(84)
        listing.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        listing.installEventFilter(self)
        listing.currentRowChanged.connect(lambda _row: self._update_buttons())
        return listing

    # -- keyboard ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete removes, Ctrl+Up and Ctrl+Down move a section.

        Handled here rather than as shortcuts: the main window's Delete
        shortcut would otherwise take the key before these lists see it.
        """
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            action = self._key_action(watched, cast(QKeyEvent, event))
            if action is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    action()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, watched: QObject, event: QKeyEvent) -> Callable[[], object] | None:
        key, modifiers = event.key(), event.modifiers()
        control = modifiers == Qt.KeyboardModifier.ControlModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if watched is self.sections and control and key == Qt.Key.Key_Up:
            return lambda: self.move_section(-1)
        if watched is self.sections and control and key == Qt.Key.Key_Down:
            return lambda: self.move_section(1)
        if key == Qt.Key.Key_Delete and plain:
            if watched is self.packs:
                return self.delete_pack
            if watched is self.pinned:
                return self.unpin_selected
            if watched is self.excluded:
                return self.include_selected
        return None

    # -- what the page shows ---------------------------------------------------

    @property
    def store(self) -> Store:
        return self.session.store

    def set_scope(self, partnership_id: str | None, roundtable_id: str | None = None) -> None:
        """Follow the navigator: one partnership's packs, or one roundtable's."""
        self._partnership = partnership_id
        self._wanted_roundtable = roundtable_id
        if self.isVisible():
            self._fill_roundtables()
        else:
            self._stale = True

    def invalidate(self) -> None:
        """The register changed as a whole (a database opened, the demo loaded)."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        self._update_export_button()

    def reload(self) -> None:
        """Everything from the store again: roundtables, packs, the chosen pack, the preview."""
        if self._closed:
            return
        self._stale = False
        self._fill_roundtables()

    def _fill_roundtables(self) -> None:
        current = self.roundtable.currentData() if self._wanted_roundtable is KEEP \
            else self._wanted_roundtable
        self._wanted_roundtable = KEEP
        items = roundtable_items(self.store, self._partnership)
        packs = self.store.list(Pack, Filters(partnership=self._partnership)
                                if self._partnership else None)
        self.roundtable.blockSignals(True)
        self.roundtable.clear()
        self.roundtable.addItem(ALL_ROUNDTABLES, None)
        if any(p.roundtable_id is None for p in packs):
            self.roundtable.addItem("Ad hoc meetings", AD_HOC)
        for label, value in items:
            self.roundtable.addItem(label, value)
        self.roundtable.setCurrentIndex(max(0, self.roundtable.findData(current)))
        self.roundtable.blockSignals(False)
        self._fill_packs(packs)

    def _fill_packs(self, packs: list[Pack] | None = None) -> None:
        """The packs in scope; the chosen one stays chosen while it is listed."""
        if packs is None:
            packs = self.store.list(Pack, Filters(partnership=self._partnership)
                                    if self._partnership else None)
        chosen = self.roundtable.currentData()
        if chosen == AD_HOC:
            packs = [p for p in packs if p.roundtable_id is None]
        elif chosen:
            packs = [p for p in packs if p.roundtable_id == chosen]
        keep = self.pack.id if self.pack is not None else None
        self._loading = True
        self.packs.clear()
        meetings = self._meeting_labels()
        items = []
        for pack in packs:
            item = QTreeWidgetItem(self._pack_row(pack, meetings))
            item.setData(0, IdRole, pack.id)
            item.setToolTip(0, pack.title)
            item.setToolTip(1, item.text(1))
            items.append(item)
        self.packs.addTopLevelItems(items)
        selected = next((i for i in items if i.data(0, IdRole) == keep),
                        items[0] if items else None)
        self.packs.setCurrentItem(selected)
        self._loading = False
        self._pack_chosen(force=True)

    def _meeting_labels(self) -> dict[str | None, str]:
        partnerships = {p.id: p for p in self.store.list(Partnership)}
        labels: dict[str | None, str] = {
            r.id: roundtable_label(partnerships.get(r.partnership_id), r)
            for r in self.store.list(Roundtable)}
        labels.update({f"partnership:{pid}": p.country_name for pid, p in partnerships.items()})
        return labels

    @staticmethod
    def _pack_row(pack: Pack, meetings: dict[str | None, str]) -> list[str]:
        if pack.roundtable_id:
            meeting = meetings.get(pack.roundtable_id, "(deleted roundtable)")
        else:
            country = meetings.get(f"partnership:{pack.partnership_id}", "?")
            meeting = f"{country} — ad hoc meeting" + (f" ({pack.meeting_date})"
                                                        if pack.meeting_date else "")
        return [pack.title, meeting, pack.audience, pack.version, pack.date or ""]

    def _pack_chosen(self, *, force: bool = False) -> None:
        """Show the pack now chosen in the list, saving what was typed in the last one."""
        if self._loading:
            return
        item = self.packs.currentItem()
        wanted = item.data(0, IdRole) if item is not None else None
        same = self.pack is not None and self.pack.id == wanted
        if same and (self._dirty or not force):
            return  # edits on screen stay there: they are saved shortly
        if self.pack is not None and not same:
            self.save_now()
        self._show_pack(self.store.find(Pack, wanted) if wanted else None)

    def _show_pack(self, pack: Pack | None) -> None:
        same = pack is not None and self.pack is not None and pack.id == self.pack.id
        current = self._current_section_id() if same else None
        self.pack = pack
        self._dirty = False
        self._save_timer.stop()
        self._loading = True
        self.sections.clear()
        sections = pack.sections if pack is not None else []
        for section in sections:
            self.sections.addItem(self._section_item(section))
        row = next((i for i, s in enumerate(sections) if s.id == current), 0)
        self.sections.setCurrentRow(row if sections else -1)
        self._loading = False
        self._section_chosen()
        self._fill_records()
        self._set_saved(None if pack is None else "saved")
        self._update_buttons()
        self._update_export_button()
        self._preview_due()

    # -- sections ---------------------------------------------------------------

    def _section_item(self, section: PackSection) -> QListWidgetItem:
        item = QListWidgetItem(section.heading)
        item.setData(IdRole, section.id)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                      | Qt.ItemFlag.ItemIsDragEnabled)
        item.setCheckState(Qt.CheckState.Checked if section.included
                           else Qt.CheckState.Unchecked)
        self._style_section(item, section)
        return item

    def _style_section(self, item: QListWidgetItem, section: PackSection) -> None:
        """Left-out sections read as such; a renamed one says what it is underneath."""
        font = QFont(item.font())
        font.setItalic(not section.included)
        item.setFont(font)
        item.setForeground(QBrush(QColor("#8a8a8a")) if not section.included else QBrush())
        tip = section.kind.label if not section.title else \
            f"{section.title} — renamed from “{section.kind.label}”"
        item.setToolTip(tip + ("" if section.included else " (left out)"))

    def _sections_from_list(self) -> list[PackSection]:
        assert self.pack is not None
        by_id = {s.id: s for s in self.pack.sections}
        result = []
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            old = by_id.get(item.data(IdRole))
            if old is None:
                continue
            title = item.text().strip()
            if title == old.kind.label:
                title = ""
            result.append(dataclasses.replace(
                old, title=title, included=item.checkState() == Qt.CheckState.Checked))
        return result

    def _sections_edited(self) -> None:
        """The list changed (a move, a tick, a rename): make the pack say the same."""
        if self._loading or self.pack is None:
            return
        sections = self._sections_from_list()
        if len(sections) != len(self.pack.sections):
            return  # halfway through a drop; called again once it settles
        self._loading = True
        for row, section in enumerate(sections):
            item = self.sections.item(row)
            if item.text() != section.heading:
                item.setText(section.heading)  # an emptied title shows the usual one again
            self._style_section(item, section)
        self._loading = False
        if sections != self.pack.sections:
            self._change(now=True, sections=sections)
        self._update_buttons()

    def move_section(self, delta: int) -> None:
        """Move the chosen section one place up (-1) or down (+1)."""
        row = self.sections.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.sections.count():
            return
        self.sections.model().moveRow(QModelIndex(), row, QModelIndex(),
                                      target + 1 if delta > 0 else target)
        self.sections.setCurrentRow(target)

    def rename_section(self) -> None:
        item = self.sections.currentItem()
        if item is not None:
            self.sections.setFocus(Qt.FocusReason.OtherFocusReason)
            self.sections.editItem(item)

    def _current_section_id(self) -> str | None:
        item = self.sections.currentItem()
        return item.data(IdRole) if item is not None else None

    def _current_section(self) -> PackSection | None:
        wanted = self._current_section_id()
        if self.pack is None or wanted is None:
            return None
        return next((s for s in self.pack.sections if s.id == wanted), None)

    def _section_chosen(self) -> None:
        section = self._current_section()
        self._loading = True
        self.text.setPlainText(section.text if section is not None else "")
        self._loading = False
        editable = section is not None and section.kind not in NO_TEXT
        self.text.setEnabled(editable)
        self.text_hint.setText(TEXT_HINTS.get(section.kind, DEFAULT_HINT) if section else "")
        self.text_label.setText(f"Section te&xt — {section.heading}:" if section
                                else "Section te&xt:")
        self._update_buttons()

    def _text_changed(self) -> None:
        section = self._current_section()
        if self._loading or self.pack is None or section is None:
            return
        text = self.text.toPlainText()
        if text == section.text:
            return
        sections = [dataclasses.replace(s, text=text) if s.id == section.id else s
                    for s in self.pack.sections]
        self._change(sections=sections)

    # -- pins, exclusions and lines on records -------------------------------------

    def pin_record(self, record_id: str) -> None:
        """Keep a record in the pack whatever the filters say."""
        if self.pack is None or record_id in self.pack.pinned_ids:
            return
        self._change(now=True, pinned_ids=[*self.pack.pinned_ids, record_id],
                     excluded_ids=[i for i in self.pack.excluded_ids if i != record_id])

    def exclude_record(self, record_id: str) -> None:
        """Leave a record out of the pack whatever the filters say."""
        if self.pack is None or record_id in self.pack.excluded_ids:
            return
        self._change(now=True, excluded_ids=[*self.pack.excluded_ids, record_id],
                     pinned_ids=[i for i in self.pack.pinned_ids if i != record_id])

    def unpin(self, record_id: str) -> None:
        if self.pack is not None and record_id in self.pack.pinned_ids:
            self._change(now=True, pinned_ids=[i for i in self.pack.pinned_ids
                                               if i != record_id])

    def include_again(self, record_id: str) -> None:
        if self.pack is not None and record_id in self.pack.excluded_ids:
            self._change(now=True, excluded_ids=[i for i in self.pack.excluded_ids
                                                 if i != record_id])

    def unpin_selected(self) -> None:
        item = self.pinned.currentItem()
        if item is not None:
            self.unpin(item.data(IdRole))

    def include_selected(self) -> None:
        item = self.excluded.currentItem()
        if item is not None:
            self.include_again(item.data(IdRole))

    def set_record_line(self, record_id: str, text: str) -> None:
        """The line to take on one record; empty text removes it."""
        if self.pack is None:
            return
        text = text.strip()
        lines = [x for x in self.pack.lines if x.record_id != record_id]
        if text:
            lines.append(RecordLine(record_id=record_id, text=text))
        if lines != self.pack.lines:
            self._change(now=True, lines=lines)

    def _fill_records(self) -> None:
        pack = self.pack
        for listing, ids, label, text in (
                (self.pinned, pack.pinned_ids if pack else [], self.pinned_label,
                 "&Pinned records"),
                (self.excluded, pack.excluded_ids if pack else [], self.excluded_label,
                 "Ex&cluded records")):
            row = listing.currentRow()
            listing.clear()
            for record_id in ids:
                item = QListWidgetItem(self._record_caption(record_id))
                item.setData(IdRole, record_id)
                item.setToolTip(item.text())
                listing.addItem(item)
            listing.setCurrentRow(min(row, listing.count() - 1) if listing.count() else -1)
            label.setText(f"{text} ({len(ids)}):" if ids else f"{text}:")
        self._update_buttons()

    def _record_caption(self, record_id: str) -> str:
        record = self._find_record(record_id)
        if record is None:
            return "(deleted record)"
        return f"{record.LABEL}: {record.caption}"

    def _find_record(self, record_id: str) -> Record | None:
        kind = self._record_kinds.get(record_id)
        classes: tuple[type[Record], ...] = (Activity, Commitment, Partnership)
        if kind == Commitment.KIND:
            classes = (Commitment, Activity, Partnership)
        for cls in classes:
            found = self.store.find(cls, record_id)
            if found is not None:
                return found
        return None

    # -- changing and saving -------------------------------------------------------

    def _change(self, *, now: bool = False, **changes: Any) -> None:
        """Apply a change to the pack on screen; save it at once or after a pause."""
        assert self.pack is not None
        self.pack = dataclasses.replace(self.pack, **changes)
        self._dirty = True
        if "pinned_ids" in changes or "excluded_ids" in changes:
            self._fill_records()
        self._preview_timer.start()
        if now:
            self.save_now()
        else:
            self._set_saved("pending")
            self._save_timer.start()

    def save_now(self) -> bool:
        """Save pending changes as one undoable step; False (and why, on screen) if refused."""
        self._save_timer.stop()
        if not self._dirty or self.pack is None or self._closed:
            return True
        self._saving = True
        try:
            saved = self.session.save(self.pack)
        except UserError as exc:
            self._set_saved("failed", str(exc))
            return False
        finally:
            self._saving = False
        self.pack = saved
        self._dirty = False
        self._set_saved("saved")
        return True

    def _set_saved(self, state: str | None, detail: str = "") -> None:
        texts = {"saved": ("Saved", "#2e7d32"), "pending": ("Saving…", "#6d6d6d"),
                 "failed": (f"Not saved: {detail}", "#c62828")}
        if state is None:
            self.saved_label.clear()
            return
        text, colour = texts[state]
        self.saved_label.setText(("✓ " if state == "saved" else "") + text)
        self.saved_label.setStyleSheet(f"color: {colour};")
        self.saved_label.setToolTip("Every change is saved as you make it; Undo takes it back"
                                    if state != "failed" else detail)

    def _on_session_changed(self, kind: str) -> None:
        """Another part of the app (or Undo) changed the register: follow it."""
        if self._saving or self._closed:
            return
        if kind == Pack.KIND:
            self._dirty = False  # Undo, Redo or the settings dialog: the store has the word
            self._save_timer.stop()
            self._stale = True
        elif kind in (Partnership.KIND, Roundtable.KIND):
            self._stale = True
        if not self.isVisible():
            self._stale = True
            return
        if self._stale:
            self.reload()
        else:
            self._preview_timer.start()

    def _on_closing(self) -> None:
        if not self.save_now():  # never lose an edit silently
            QMessageBox.warning(self, "Briefing pack not saved",
                                "Your last change to the pack could not be saved:"
                                f" {self.saved_label.toolTip()}")
        self._closed = True
        self._save_timer.stop()
        self._preview_timer.stop()
        self._pool.waitForDone()

    # -- the preview -------------------------------------------------------------

    def _preview_due(self) -> None:
        """Refresh the preview: here for a small pack, in a thread for a slow one."""
        if self._slow and self.pack is not None and not self._closed:
            self._assemble_in_background()
        else:
            self.refresh_preview()

    def _assemble_in_background(self) -> None:
        assert self.pack is not None
        self._preview_timer.stop()
        self._generation += 1
        generation, pack, signals = self._generation, self.pack, self._assembled
        source, user, today = self.store.path, self.store.user, self.store.today()
        latest = lambda: self._generation  # noqa: E731

        def task() -> None:
            if generation != latest():
                return  # a newer request is queued behind this one
            started = time.perf_counter()
            try:
                with Store(source, create=False, user=user, today=lambda: today) as store:
                    content = assemble(store, pack)
            except Exception as exc:  # handed to the GUI thread, which decides
                signals.done.emit(generation, None, exc, 0.0)
            else:
                signals.done.emit(generation, content, None, time.perf_counter() - started)

        self._pool.start(task)

    def _background_done(self, generation: int, content: BriefingContent | None,
                         error: BaseException | None, seconds: float) -> None:
        if generation != self._generation or self._closed or self.pack is None:
            return
        self._slow = seconds > SLOW_S
        if isinstance(error, UserError):
            self.preview.setPlainText(f"The pack cannot be assembled: {error}")
            return
        if error is not None:
            raise error
        assert content is not None
        self._show_content(content)

    def refresh_preview(self) -> None:
        """Assemble the pack as it stands on screen and show the outline, text and checklist."""
        self._preview_timer.stop()
        self._generation += 1  # a background result still on its way is out of date now
        if self._closed:
            return
        if self.pack is None:
            self.content = None
            self.outline.clear()
            self.summary.setText("No briefing pack here yet: choose a roundtable and press"
                                 " New pack, or start from an earlier pack.")
            self.preview.clear()
            self._fill_checklist([])
            return
        started = time.perf_counter()
        try:
            content = assemble(self.store, self.pack)
        except UserError as exc:
            self.preview.setPlainText(f"The pack cannot be assembled: {exc}")
            return
        self._slow = time.perf_counter() - started > SLOW_S
        self._show_content(content)

    def _show_content(self, content: BriefingContent) -> None:
        assert self.pack is not None
        self.content = content
        self._record_kinds = {a.id: Activity.KIND for a in content.activities}
        self._record_kinds.update({c.id: Commitment.KIND for c in content.commitments})
        included = len(content.sections)
        self.summary.setText(
            f"<b>{esc(content.title)}</b><br/>{esc(content.meeting)}"
            f" · {plural(included, 'section')} of {len(self.pack.sections)} included"
            f" · {plural(len(content.activities), 'activity', 'activities')}"
            f" · {plural(len(content.commitments), 'commitment')}")
        self._fill_outline(content)
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(render_html(content))
        bar.setValue(position)
        self._fill_checklist(content.checklist)

    def _fill_outline(self, content: BriefingContent) -> None:
        current = self.outline.currentItem()
        keep = current.data(0, IdRole) if current is not None else None
        self.outline.blockSignals(True)
        self.outline.clear()
        number = 0
        warn = QBrush(QColor("#b26a00"))
        for index, section in enumerate(content.sections):
            label = section.title
            if section.kind is not SectionKind.COVER:
                number += 1
                label = f"{number}. {section.title}"
            item = QTreeWidgetItem([label, describe_section(section)])
            item.setData(0, IdRole, index)
            item.setToolTip(0, label)
            item.setToolTip(1, item.text(1))
            if section.is_empty and section.kind is not SectionKind.COVER:
                item.setForeground(1, warn)
            for block in section.blocks:
                if isinstance(block, Table | Timeline | Notes):
                    child = QTreeWidgetItem(["", describe_block(block)])
                    child.setData(0, IdRole, index)
                    child.setToolTip(1, child.text(1))
                    item.addChild(child)
            self.outline.addTopLevelItem(item)
            if index == keep:
                self.outline.setCurrentItem(item)
        self.outline.blockSignals(False)

    def _outline_chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.preview.scrollToAnchor(f"section-{item.data(0, IdRole)}")

    def _fill_checklist(self, problems: list[str]) -> None:
        self.checklist.clear()
        for problem in problems:
            self.checklist.addItem(problem)
        if not problems and self.pack is not None:
            self.checklist.addItem("Nothing to flag: the pack is ready for the roundtable.")
        count = len(problems)
        self.views.setTabText(1, f"Read&y for the roundtable ({count})" if count
                              else "Read&y for the roundtable ✓")
        if self.pack is None:
            self.badge.clear()
            self.badge.hide()
            return
        self.badge.show()
        self.badge.setText(f"{plural(count, 'point')} to check" if count else "Ready")
        colour = "#e65100" if count else "#2e7d32"
        self.badge.setStyleSheet(f"QLabel {{ color: white; background: {colour};"
                                 " border-radius: 8px; font-weight: bold; }")
        self.badge.setToolTip("The “Ready for the roundtable” checklist")

    def _anchor_clicked(self, url: QUrl) -> None:
        record_id = _record_id(url.toString())
        if record_id:
            self._open(record_id)

    def _open(self, record_id: str) -> None:
        record = self._find_record(record_id)
        if record is not None:
            self.open_record.emit(record.KIND, record.id)

    def _preview_menu(self, pos: QPoint) -> None:
        record_id = _record_id(self.preview.anchorAt(pos)) or _record_id(
            self.preview.textCursor().charFormat().anchorHref())
        menu = self.preview.createStandardContextMenu(pos)
        if record_id and self.pack is not None:
            ours = []
            for text, slot, enabled in (
                    ("&Open…", lambda: self._open(record_id), True),
                    ("&Pin to this pack", lambda: self.pin_record(record_id),
                     record_id not in self.pack.pinned_ids),
                    ("E&xclude from this pack", lambda: self.exclude_record(record_id), True),
                    ("&Line to take on this record…", lambda: self._ask_line(record_id),
                     True)):
                action = QAction(text, menu)
                action.triggered.connect(slot)
                action.setEnabled(enabled)
                ours.append(action)
            first = menu.actions()[0] if menu.actions() else None
            menu.insertActions(first, ours)  # type: ignore[arg-type]
            if first is not None:
                menu.insertSeparator(first)
            record = self._find_record(record_id)
            if record is not None:
                caption = record.caption if len(record.caption) <= 60 \
                    else record.caption[:59] + "…"
                menu.insertSection(ours[0], caption)
        menu.exec(self.preview.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _ask_line(self, record_id: str) -> None:
        if self.pack is None:
            return
        current = next((x.text for x in self.pack.lines if x.record_id == record_id), "")
        text, ok = QInputDialog.getMultiLineText(
            self, "Line to take", f"Line to take on {self._record_caption(record_id)}"
            " (kept when the pack is made again after the data changed):", current)
        if ok:
            self.set_record_line(record_id, text)

    # -- packs: new, copy, settings, delete -----------------------------------------

    def new_pack(self, roundtable: Roundtable | None = None) -> Pack | None:
        """A pack from scratch for a roundtable: the one shown, else the user picks."""
        if roundtable is None:
            roundtable = self._choose_roundtable("New briefing pack",
                                                 "The roundtable the pack is for:",
                                                 self._default_roundtable())
            if roundtable is None:
                return None
        pack = make_pack(self.store, roundtable, author=self.store.user)
        return self._add(pack)

    def copy_selected(self, roundtable: Roundtable | None = None) -> Pack | None:
        """The selected pack's structure, filters and texts for another roundtable."""
        source = self.pack
        if source is None:
            return None
        if not self.save_now():
            return None
        if roundtable is None:
            roundtable = self._choose_roundtable(
                "New from earlier pack", f"Copy “{source.title}” for the roundtable:",
                self._next_roundtable(source))
            if roundtable is None:
                return None
        copy = copy_pack(self.store, source, roundtable=roundtable)
        if (roundtable.partnership_id != source.partnership_id
                and source.partnership_ids == [source.partnership_id]):
            # The copy would still cover the old partnership: follow the new meeting.
            copy = dataclasses.replace(copy, partnership_ids=[roundtable.partnership_id])
        titles = {p.title for p in self.store.list(Pack)}
        if copy.title in titles:
            copy = dataclasses.replace(copy, title=f"{copy.title} (copy)")
        return self._add(copy)

    def _add(self, pack: Pack) -> Pack | None:
        self.save_now()
        self._saving = True
        try:
            saved = self.session.save(pack)
        except UserError as exc:
            QMessageBox.warning(self, "Briefing pack", str(exc))
            return None
        finally:
            self._saving = False
        self.pack = saved
        self._dirty = False
        if self._partnership and saved.partnership_id != self._partnership:
            self._partnership = None  # widen the list, or the new pack would not be in it
        if self.roundtable.currentData() not in (None, saved.roundtable_id):
            self._wanted_roundtable = saved.roundtable_id
        self.reload()
        self.sections.setFocus(Qt.FocusReason.OtherFocusReason)
        return saved

    def _default_roundtable(self) -> str | None:
        shown = self.roundtable.currentData()
        if shown and shown != AD_HOC:
            return str(shown)
        today = self.store.today().isoformat()
        planned = [r for r in self.store.list(Roundtable)
                   if (self._partnership is None or r.partnership_id == self._partnership)
                   and r.status is RoundtableStatus.PLANNED and (r.date or today) >= today]
        planned.sort(key=lambda r: r.date or "9999")
        return planned[0].id if planned else None

    def _next_roundtable(self, source: Pack) -> str | None:
        """The roundtable after the source's: the usual target of a copy."""
        if source.roundtable_id is None:
            return self._default_roundtable()
        old = self.store.find(Roundtable, source.roundtable_id)
        if old is None:
            return self._default_roundtable()
        later = [r for r in self.store.list(Roundtable, Filters(partnership=old.partnership_id))
                 if r.number > old.number]
        later.sort(key=lambda r: r.number)
        return later[0].id if later else old.id

    def _choose_roundtable(self, title: str, label: str,
                           default: str | None) -> Roundtable | None:
        items = roundtable_items(self.store, self._partnership) or \
            roundtable_items(self.store)
        if not items:
            QMessageBox.information(self, title, "There is no roundtable yet: add one first"
                                                 " (Edit ▸ New ▸ Roundtable).")
            return None
        labels = [text for text, _ in items]
        index = next((i for i, (_, value) in enumerate(items) if value == default), 0)
        choice, ok = QInputDialog.getItem(self, title, label, labels, index, False)
        if not ok:
            return None
        return self.store.find(Roundtable, items[labels.index(choice)][1])

    def edit_settings(self) -> None:
        if self.pack is None or not self.save_now():
            return
        edit(self.session, self.pack, self)

    def delete_pack(self, *, confirm: bool = True) -> None:
        pack = self.pack
        if pack is None:
            return
        if confirm:
            undo = "Ctrl+Z" if sys.platform != "darwin" else "⌘Z"
            answer = QMessageBox.question(
                self, "Delete briefing pack",
                f"Delete the briefing pack “{pack.title}”?\nYou can undo this with {undo}.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.save_now()
        self._saving = True
        try:
            self.session.delete(self.store.get(Pack, pack.id))
        except UserError as exc:
            QMessageBox.warning(self, "Cannot delete", str(exc))
            return
        finally:
            self._saving = False
        self.pack = None
        self._dirty = False
        self._fill_packs()

    def _update_buttons(self) -> None:
        has_pack = self.pack is not None
        for button in (self.copy_button, self.settings_button, self.delete_button,
                       self.rename_button):
            button.setEnabled(has_pack)
        row, count = self.sections.currentRow(), self.sections.count()
        self.up_button.setEnabled(has_pack and row > 0)
        self.down_button.setEnabled(has_pack and 0 <= row < count - 1)
        self.unpin_button.setEnabled(self.pinned.currentItem() is not None)
        self.include_button.setEnabled(self.excluded.currentItem() is not None)
        self.sections.setEnabled(has_pack)

    # -- export --------------------------------------------------------------------

    def _update_export_button(self) -> None:
        for button in (self.export_button, self.excel_button):
            button.setEnabled(self.pack is not None)

    def export_word(self, path: Path | None = None) -> object:
        """The pack as a Word document, ready to send or print."""
        return self._export(WORD, path)

    def export_excel(self, path: Path | None = None) -> object:
        """The pack's records as a workbook, with its meeting and marking on the Summary."""
        return self._export(EXCEL, path)

    def _export(self, fmt: _Format, path: Path | None) -> object:
        """Export in the background; with no path, ask for one first. Returns the job.

        The job opens its own Store on the same file: SQLite connections
        stay on the thread that opened them.
        """
        pack = self.pack
        if pack is None:
            return None
        title = f"Export to {fmt.name}"
        if not self.save_now():
            QMessageBox.warning(self, title, "The pack could not be saved, so it cannot be"
                                f" exported: {self.saved_label.toolTip()}")
            return None
        self.refresh_preview()
        if path is None:
            if not self._checklist_accepted():
                return None
            chosen, _ = QFileDialog.getSaveFileName(
                self, title, str(self._export_dir / suggested_file_name(pack, fmt.suffix)),
                fmt.filter)
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != fmt.suffix:
            path = path.with_name(path.name + fmt.suffix)
        self._export_dir = path.parent
        source, user, today, pack_id = (self.store.path, self.store.user, self.store.today(),
                                        pack.id)
        target = path

        def job(progress: Progress) -> Path:
            with Store(source, create=False, user=user, today=lambda: today) as store:
                content = assemble(store, store.get(Pack, pack_id))
                try:
                    fmt.write(store, content, target, progress)
                except PermissionError as exc:
                    raise UserError(f"Cannot write {target}: it may be open in {fmt.name}"
                                    f" ({exc.strerror})") from exc
                except OSError as exc:
                    raise UserError(f"Cannot write {target}: {exc.strerror or exc}") from exc
            return target

        if self._run_job is None:
            self._exported(job(lambda _done, _total: None))
            return None
        return self._run_job(f"Exporting to {fmt.name}…", job, self._exported)

    def _checklist_accepted(self) -> bool:
        """Show the checklist before exporting, and ask when it has points open."""
        problems = self.content.checklist if self.content is not None else []
        if not problems:
            return True
        self.views.setCurrentIndex(1)
        box = QMessageBox(QMessageBox.Icon.Question, "Ready for the roundtable?",
                          f"The checklist has {plural(len(problems), 'point')} to check"
                          " before the roundtable. Export anyway?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDetailedText("\n".join(problems))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText("&Export anyway")
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    def _exported(self, result: object) -> None:
        path = Path(str(result))
        self.last_export = path
        box = QMessageBox(QMessageBox.Icon.Information, "Exported",
                          f"The briefing pack was written to\n{path}", parent=self)
        open_button = box.addButton("&Open file", QMessageBox.ButtonRole.ActionRole)
        folder_button = box.addButton("Show in &folder", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(self.open_exported_file)
        folder_button.clicked.connect(self.show_exported_folder)
        box.finished.connect(box.deleteLater)
        self.export_box = box
        box.open()

    def open_exported_file(self) -> bool:
        if self.last_export is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    def show_exported_folder(self) -> bool:
        if self.last_export is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))


def _record_id(href: str) -> str | None:
    return href.removeprefix("record:") if href.startswith("record:") else None
