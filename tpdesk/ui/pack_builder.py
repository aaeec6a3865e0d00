"""The pack builder: prepare a roundtable's briefing pack and export it.

One page holds the whole job, because preparing a pack is a loop of small
changes and looking at their effect: choose a pack, order and trim its
sections, write the purpose and the lines to take, pin or drop single
records from the preview, read the checklist, export. The page lists the
packs and wires its parts, each with one job: the draft and its autosave
(`pack_draft`), the section list (`pack_sections`), pinned and excluded
records (`pack_records`), the preview and checklist (`pack_preview_pane`)
and the export flow (`pack_export`).
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import (
    Activity,
    Changes,
    Commitment,
    Filters,
    Pack,
    Partnership,
    Record,
    Roundtable,
    UserError,
)
from ..models.content import BriefingContent
from ..models.l10n import country_name, translate, translate_noop
from ..models.records import record_label
from ..models.vocab import RoundtableStatus
from ..services import copy_pack
from ..services import new_pack as make_pack
from .editors import edit
from .editors.pack import roundtable_items, roundtable_label
from .operations import Session
from .pack_agenda import AgendaPanel
from .pack_draft import PackDraft
from .pack_export import PackExportFlow, RunJob
from .pack_preview_pane import PreviewAssembler, PreviewPane
from .pack_records import PinnedPanel
from .pack_sections import SectionsPanel
from .pack_texts_panel import TextsPanel
from .widgets import PageFocus, buddy_label, push_button

IdRole = Qt.ItemDataRole.UserRole

PREVIEW_DELAY_MS = 300
ALL_ROUNDTABLES = translate_noop("PackBuilder", "All roundtables")
AD_HOC = "__ad_hoc__"
KEEP = object()
"""No roundtable asked for: the roundtable list keeps what it shows."""

_SAVE_STATES = {"saved": (translate_noop("PackBuilder", "✓ Saved"), "#2e7d32"),
                "pending": (translate_noop("PackBuilder", "Saving…"), "#6d6d6d"),
                "failed": (translate_noop("PackBuilder", "Not saved: {}"), "#c62828")}


class PackBuilder(QWidget):
    """Emits `open_record(kind, id)` when the user opens a record from the preview."""

    open_record = Signal(str, str)

    def __init__(self, session: Session, *, run_job: RunJob | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.draft = PackDraft(session, self)
        self.assembler = PreviewAssembler(session, self)
        self._partnership: str | None = None
        self._wanted_roundtable: str | object | None = KEEP
        self._record_kinds: dict[str, str] = {}
        self._loading = False
        self._stale = True
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._preview_due)
        self._build()
        self.draft.edited.connect(self._preview_timer.start)
        self.draft.state_changed.connect(self._set_saved)
        self.assembler.assembled.connect(self._show_content)
        self.assembler.failed.connect(self.views.show_error)
        self.exports = PackExportFlow(session, self, run_job=run_job,
                                      prepare=self._ready_to_export,
                                      checklist=self._open_points,
                                      show_checklist=self.views.show_checklist)
        session.changed.connect(self._on_session_changed)
        session.closing.connect(self._on_closing)
        session.suspending.connect(self._preview_timer.stop)
        session.suspending.connect(self.assembler.wait)

    # -- layout ------------------------------------------------------------

    def _build(self) -> None:
        self.roundtable = QComboBox()
        self.roundtable.setAccessibleName(translate("PackBuilder", "Roundtable"))
        self.roundtable.setToolTip(translate("PackBuilder", "Show the packs of one roundtable"))
        self.roundtable.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.roundtable.setMinimumContentsLength(18)
        self.roundtable.currentIndexChanged.connect(lambda _i: self._fill_packs())
        self.new_button = push_button(
            translate("PackBuilder", "&New pack"),
            self.new_pack,
            translate("PackBuilder", "A new pack for the roundtable, with every section"),
        )
        self.copy_button = push_button(
            translate("PackBuilder", "New from ear&lier pack…"), self.copy_selected,
            translate("PackBuilder",
                      "A copy of the selected pack for another roundtable: same sections, filters"
            " and texts"))
        self.settings_button = push_button(
            translate("PackBuilder", "Settin&gs…"),
            self.edit_settings,
            translate("PackBuilder", "Title, meeting, audience, marking and filters"),
        )
        self.delete_button = push_button(
            translate("PackBuilder", "Delete pac&k"),
            self.delete_pack,
            translate("PackBuilder", "Delete the selected pack (Delete); undo brings it back"),
        )
        top = QHBoxLayout()
        top.addWidget(buddy_label(translate("PackBuilder", "&Roundtable:"), self.roundtable))
        top.addWidget(self.roundtable, 1)
        for button in (self.new_button, self.copy_button, self.settings_button,
                       self.delete_button):
            top.addWidget(button)

        self.packs = QTreeWidget()
        self.packs.setAccessibleName(translate("PackBuilder", "Briefing packs"))
        self.packs.setHeaderLabels(
            [
                translate("PackBuilder", "Title"),
                translate("PackBuilder", "Meeting"),
                translate("PackBuilder", "Audience"),
                translate("PackBuilder", "Version"),
                translate("PackBuilder", "Date"),
            ]
        )
        self.packs.setRootIsDecorated(False)
        self.packs.setAlternatingRowColors(True)
        self.packs.setUniformRowHeights(True)
        self.packs.setAllColumnsShowFocus(True)
        header = self.packs.header()
        header.setStretchLastSection(False)
        for column, width in ((0, 420), (1, 250), (2, 170), (3, 60), (4, 90)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # The title takes what is left: on a laptop the meeting was squeezed to "…".
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.packs.currentItemChanged.connect(lambda *_: self._pack_chosen())
        self.packs.itemActivated.connect(lambda *_: self.edit_settings())
        self.packs.installEventFilter(self)
        packs_box = QWidget()
        packs_layout = QVBoxLayout(packs_box)
        packs_layout.setContentsMargins(0, 0, 0, 0)
        packs_layout.addWidget(buddy_label(translate("PackBuilder", "&Briefing packs:"),
                                           self.packs))
        packs_layout.addWidget(self.packs)
        # Four rows: the preview below needs the height more on a laptop's screen.
        self.packs.setMinimumHeight(self.packs.fontMetrics().height() * 4)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(_scrolling(self._build_editing()))
        split.addWidget(self._build_preview())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 620])

        self.page_split = QSplitter(Qt.Orientation.Vertical)
        self.page_split.setChildrenCollapsible(False)
        self.page_split.addWidget(packs_box)
        self.page_split.addWidget(split)
        self.page_split.setStretchFactor(0, 0)
        self.page_split.setStretchFactor(1, 1)
        self.page_split.setSizes([90, 600])
        self.page_split.setCollapsible(0, True)  # drag the pack list away for a taller preview

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
        self.section_panel = SectionsPanel(self.draft)
        self.records_panel = PinnedPanel(self.draft, caption_of=self._record_caption)
        # The parts' widgets, named as the page's own: tests and the tab order reach them here.
        panel, records = self.section_panel, self.records_panel
        self.sections, self.text, self.text_hint = panel.sections, panel.text, panel.text_hint
        self.up_button, self.down_button = panel.up_button, panel.down_button
        self.rename_button = panel.rename_button
        self.pinned, self.excluded = records.pinned, records.excluded
        self.unpin_button, self.include_button = records.unpin_button, records.include_button
        self.sections.currentRowChanged.connect(lambda _row: self._update_buttons())

        self.agenda_panel = AgendaPanel(self.session, self.draft)
        self.texts_panel = TextsPanel(self.draft)

        box = QWidget()
        box.setAccessibleName(translate("PackBuilder", "Pack contents"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(panel, 1)
        layout.addWidget(records)
        self.editing_tabs = QTabWidget()
        self.editing_tabs.setAccessibleName(translate("PackBuilder", "Pack editing"))
        self.editing_tabs.addTab(box, translate("PackBuilder", "Se&ctions"))
        self.editing_tabs.addTab(self.agenda_panel, translate("PackBuilder", "Agen&da"))
        self.editing_tabs.addTab(self.texts_panel,
                                 translate("PackBuilder", "S&ummary and issues"))
        # Each tab's letter puts the cursor in its first field (Ctrl+Tab also reaches them).
        box.setFocusProxy(panel.sections)
        PageFocus(self.editing_tabs)
        return self.editing_tabs

    def _build_preview(self) -> QWidget:
        self.views = PreviewPane(caption_of=self._menu_caption, is_pinned=self._is_pinned)
        self.views.open_requested.connect(self._open)
        self.views.pin_requested.connect(self.pin_record)
        self.views.exclude_requested.connect(self.exclude_record)
        self.views.line_requested.connect(self._ask_line)
        self.summary, self.outline = self.views.summary, self.views.outline
        self.preview, self.checklist = self.views.preview, self.views.checklist
        self.badge = self.views.badge

        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(translate("PackBuilder", "Save state"))
        self.export_button = push_button(
            translate("PackBuilder", "Export to &Word…"),
            self.export_word,
            translate("PackBuilder", "Write the pack as a Word document, ready to send or print"),
        )
        self.excel_button = push_button(
            translate("PackBuilder", "E&xcel…"),
            self.export_excel,
            translate(
                "PackBuilder",
                "The pack's activities and commitments as a workbook,"
                " for Member States to edit and send back",
            ),
        )
        self.pdf_button = push_button(
            translate("PackBuilder", "&PDF…"),
            self.export_pdf,
            translate(
                "PackBuilder",
                "The pack as one PDF book with bookmarks, for reading"
                " on a laptop or tablet without Word",
            ),
        )
        # The state above the buttons: in one row they kept the builder wider than a laptop.
        state = QHBoxLayout()
        state.addWidget(self.saved_label, 1)
        state.addWidget(self.badge)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.excel_button)
        bottom.addWidget(self.pdf_button)
        bottom.addWidget(self.export_button)

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.views, 1)
        layout.addLayout(state)
        layout.addLayout(bottom)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the pack list deletes the pack (before the main window's shortcut)."""
        if watched is self.packs and event.type() in (QEvent.Type.ShortcutOverride,
                                                      QEvent.Type.KeyPress):
            key_event = cast(QKeyEvent, event)
            plain = key_event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                              Qt.KeyboardModifier.KeypadModifier)
            if key_event.key() == Qt.Key.Key_Delete and plain:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.delete_pack()
                return True
        return super().eventFilter(watched, event)

    # -- the parts' state, as the page's ---------------------------------------------

    @property
    def pack(self) -> Pack | None:
        return self.draft.pack

    @property
    def content(self) -> BriefingContent | None:
        return self.views.content

    @property
    def last_export(self) -> Path | None:
        return self.exports.last_export

    @property
    def export_box(self) -> QMessageBox | None:
        return self.exports.box

    # -- what the page shows ---------------------------------------------------

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
        self._update_buttons()

    def reload(self) -> None:
        """Everything from the store again: roundtables, packs, the chosen pack, the preview."""
        if self.draft.closed:
            return
        self._stale = False
        self._fill_roundtables()

    def _packs_in_scope(self) -> list[Pack]:
        store = self.session.store
        return store.list(Pack, Filters(partnership=self._partnership)
                          if self._partnership else None)

    def _fill_roundtables(self) -> None:
        current = self.roundtable.currentData() if self._wanted_roundtable is KEEP \
            else self._wanted_roundtable
        self._wanted_roundtable = KEEP
        items = roundtable_items(self.session.store, self._partnership)
        packs = self._packs_in_scope()
        self.roundtable.blockSignals(True)
        self.roundtable.clear()
        self.roundtable.addItem(translate("PackBuilder", ALL_ROUNDTABLES), None)
        if any(p.roundtable_id is None for p in packs):
            self.roundtable.addItem(translate("PackBuilder", "Ad hoc meetings"), AD_HOC)
        for label, value in items:
            self.roundtable.addItem(label, value)
        self.roundtable.setCurrentIndex(max(0, self.roundtable.findData(current)))
        self.roundtable.blockSignals(False)
        self._fill_packs(packs)

    def _fill_packs(self, packs: list[Pack] | None = None) -> None:
        """The packs in scope; the chosen one stays chosen while it is listed."""
        if packs is None:
            packs = self._packs_in_scope()
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
            item = QTreeWidgetItem(_pack_row(pack, meetings))
            item.setData(0, IdRole, pack.id)
            item.setToolTip(0, pack.title)
            item.setToolTip(1, item.text(1))
            items.append(item)
        self.packs.addTopLevelItems(items)
        selected = next((i for i in items if i.data(0, IdRole) == keep),
                        items[0] if items else None)
        if selected is not None:
            self.packs.setCurrentItem(selected)
        self._loading = False
        self._pack_chosen(force=True)

    def _meeting_labels(self) -> dict[str | None, str]:
        store = self.session.store
        partnerships = {p.id: p for p in store.list(Partnership)}
        labels: dict[str | None, str] = {
            r.id: roundtable_label(partnerships.get(r.partnership_id), r)
            for r in store.list(Roundtable)}
        labels.update(
            {f"partnership:{pid}": country_name(p.country_code) for pid, p in partnerships.items()}
        )
        return labels

    def _pack_chosen(self, *, force: bool = False) -> None:
        """Show the pack now chosen in the list, saving what was typed in the last one."""
        if self._loading:
            return
        item = self.packs.currentItem()
        wanted = item.data(0, IdRole) if item is not None else None
        same = self.pack is not None and self.pack.id == wanted
        if same and (self.draft.dirty or not force):
            return  # edits on screen stay there: they are saved shortly
        if self.pack is not None and not same:
            self.draft.save_now()
        self._show_pack(self.session.store.find(Pack, wanted) if wanted else None)

    def _show_pack(self, pack: Pack | None) -> None:
        same = pack is not None and self.pack is not None and pack.id == self.pack.id
        self.draft.load(pack)
        self.section_panel.show_pack(keep_section=same)
        self.agenda_panel.show_pack()
        self.records_panel.fill()
        self._update_buttons()
        self._preview_due()

    def _set_saved(self, state: str, detail: str) -> None:
        if not state:
            self.saved_label.clear()
            return
        text, colour = _SAVE_STATES[state]
        text = translate("PackBuilder", text)
        self.saved_label.setText(text.format(detail))
        self.saved_label.setStyleSheet(f"color: {colour};")
        self.saved_label.setToolTip(
            translate("PackBuilder", "Every change is saved as you make it; Undo takes it back")
            if state != "failed"
            else detail
        )

    def _update_buttons(self) -> None:
        has_pack = self.pack is not None
        for button in (self.copy_button, self.settings_button, self.delete_button,
                       self.export_button, self.excel_button, self.pdf_button):
            button.setEnabled(has_pack)
        self.section_panel.update_buttons()
        self.agenda_panel.update_buttons()
        self.records_panel.update_buttons()

    # -- following the register -----------------------------------------------------

    def _on_session_changed(self, changes: Changes) -> None:
        """Another part of the app (or Undo) changed the register: follow it."""
        if self.draft.saving or self.draft.closed:
            return
        if changes.touches(Pack):
            self.draft.forget_pending()
            self._stale = True
        elif changes.touches(Partnership, Roundtable):
            self._stale = True
        if not self.isVisible():
            self._stale = True
            return
        if self._stale:
            self.reload()
        else:
            self._preview_timer.start()

    def _on_closing(self) -> None:
        if not self.draft.close():  # never lose an edit silently
            QMessageBox.warning(self, translate("PackBuilder", "Briefing pack not saved"),
                                translate("PackBuilder", "Your last change to the pack could"
                                          " not be saved: {reason}").format(
                                              reason=self.draft.failure))
        self._preview_timer.stop()
        self.assembler.wait()

    # -- the preview -------------------------------------------------------------

    def _preview_due(self) -> None:
        self._preview_timer.stop()
        if self.draft.closed:
            return
        if self.pack is None:
            self.views.show_nothing()
            self._update_buttons()
        else:
            self.assembler.request(self.pack)

    def refresh_preview(self) -> None:
        """Assemble the pack as it stands on screen, here and now, and show it."""
        self._preview_timer.stop()
        if self.draft.closed:
            return
        if self.pack is None:
            self.views.show_nothing()
        else:
            self.assembler.now(self.pack)

    def _show_content(self, content: BriefingContent) -> None:
        if self.pack is None or self.draft.closed:
            return
        self._record_kinds = {a.id: Activity.KIND for a in content.activities}
        self._record_kinds.update({c.id: Commitment.KIND for c in content.commitments})
        self.views.show_content(content, sections_in_pack=len(self.pack.sections))
        self.texts_panel.show_content(content)

    # -- records named in the pack ------------------------------------------------------

    def _find_record(self, record_id: str) -> Record | None:
        kind = self._record_kinds.get(record_id)
        classes: tuple[type[Record], ...] = (Activity, Commitment, Partnership)
        if kind == Commitment.KIND:
            classes = (Commitment, Activity, Partnership)
        for cls in classes:
            found = self.session.store.find(cls, record_id)
            if found is not None:
                return found
        return None

    def _record_caption(self, record_id: str) -> str:
        record = self._find_record(record_id)
        return (
            translate("PackBuilder", "(deleted record)")
            if record is None
            else f"{record_label(record)}: {record.caption}"
        )

    def _menu_caption(self, record_id: str) -> str | None:
        record = self._find_record(record_id)
        return None if record is None else record.caption

    def _is_pinned(self, record_id: str) -> bool:
        return self.pack is not None and record_id in self.pack.pinned_ids

    def _open(self, record_id: str) -> None:
        record = self._find_record(record_id)
        if record is not None:
            self.open_record.emit(record.KIND, record.id)

    def pin_record(self, record_id: str) -> None:
        self.draft.pin(record_id)

    def exclude_record(self, record_id: str) -> None:
        self.draft.exclude(record_id)

    def set_record_line(self, record_id: str, text: str) -> None:
        self.draft.set_record_line(record_id, text)

    def move_section(self, delta: int) -> None:
        self.section_panel.move_section(delta)

    def _ask_line(self, record_id: str) -> None:
        if self.pack is None:
            return
        current = next((x.text for x in self.pack.lines if x.record_id == record_id), "")
        text, ok = QInputDialog.getMultiLineText(
            self, translate("PackBuilder",
                            "Line to take"), f"Line to take on {self._record_caption(record_id)}"
            " (kept when the pack is made again after the data changed):", current)
        if ok:
            self.set_record_line(record_id, text)

    # -- packs: new, copy, settings, delete -----------------------------------------

    def new_pack(self, roundtable: Roundtable | None = None) -> Pack | None:
        """A pack from scratch for a roundtable: the one shown, else the user picks."""
        if roundtable is None:
            roundtable = self._choose_roundtable(translate("PackBuilder", "New briefing pack"),
                                                 translate("PackBuilder",
                                                           "The roundtable the pack is for:"),
                                                 self._default_roundtable())
            if roundtable is None:
                return None
        return self._add(make_pack(self.session.stores, roundtable))

    def copy_selected(self, roundtable: Roundtable | None = None) -> Pack | None:
        """The selected pack's structure, filters and texts for another roundtable."""
        source = self.pack
        if source is None or not self.draft.save_now():
            return None
        if roundtable is None:
            roundtable = self._choose_roundtable(
                translate("PackBuilder",
                          "New from earlier pack"),
                translate("PackBuilder", "Copy “{title}” for the roundtable:").format(
                    title=source.title),
                self._next_roundtable(source))
            if roundtable is None:
                return None
        return self._add(copy_pack(self.session.stores, source, roundtable))

    def _add(self, pack: Pack) -> Pack | None:
        self.draft.save_now()
        self.draft.saving = True
        try:
            saved = self.session.save(pack)
        except UserError as exc:
            QMessageBox.warning(self, translate("PackBuilder", "Briefing pack"), str(exc))
            return None
        finally:
            self.draft.saving = False
        self.draft.load(saved)
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
        store = self.session.store
        today = store.today().isoformat()
        planned = [r for r in store.list(Roundtable)
                   if (self._partnership is None or r.partnership_id == self._partnership)
                   and r.status is RoundtableStatus.PLANNED and (r.date or today) >= today]
        planned.sort(key=lambda r: r.date or "9999")
        return planned[0].id if planned else None

    def _next_roundtable(self, source: Pack) -> str | None:
        """The roundtable after the source's: the usual target of a copy."""
        store = self.session.store
        old = store.find(Roundtable, source.roundtable_id) if source.roundtable_id else None
        if old is None:
            return self._default_roundtable()
        later = [r for r in store.list(Roundtable, Filters(partnership=old.partnership_id))
                 if r.number > old.number]
        later.sort(key=lambda r: r.number)
        return later[0].id if later else old.id

    def _choose_roundtable(self, title: str, label: str,
                           default: str | None) -> Roundtable | None:
        store = self.session.store
        items = roundtable_items(store, self._partnership) or roundtable_items(store)
        if not items:
            QMessageBox.information(
                self,
                title,
                translate(
                    "PackBuilder",
                    "There is no roundtable yet: add one first (Edit ▸ New ▸ Roundtable).",
                ),
            )
            return None
        labels = [text for text, _ in items]
        index = next((i for i, (_, value) in enumerate(items) if value == default), 0)
        choice, ok = QInputDialog.getItem(self, title, label, labels, index, False)
        if not ok:
            return None
        return store.find(Roundtable, items[labels.index(choice)][1])

    def edit_settings(self) -> None:
        if self.pack is None or not self.draft.save_now():
            return
        edit(self.session, self.pack, self)

    def delete_pack(self, *, confirm: bool = True) -> None:
        pack = self.pack
        if pack is None:
            return
        if confirm:
            undo = "Ctrl+Z" if sys.platform != "darwin" else "⌘Z"
            answer = QMessageBox.question(
                self, translate("PackBuilder", "Delete briefing pack"),
                translate("PackBuilder", "Delete the briefing pack “{title}”?\nYou can undo"
                          " this with {key}.").format(title=pack.title, key=undo),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.draft.save_now()
        self.draft.saving = True
        try:
            self.session.delete(self.session.store.get(Pack, pack.id))
        except UserError as exc:
            QMessageBox.warning(self, translate("PackBuilder", "Cannot delete"), str(exc))
            return
        finally:
            self.draft.saving = False
        self.draft.load(None)
        self._fill_packs()

    # -- export --------------------------------------------------------------------

    def export_word(self, path: Path | None = None) -> object:
        """The pack as a Word document, ready to send or print."""
        return self.exports.export("docx", path)

    def export_excel(self, path: Path | None = None) -> object:
        """The pack's records as a workbook, with its meeting and marking on the Summary."""
        return self.exports.export("xlsx", path)

    def export_pdf(self, path: Path | None = None) -> object:
        """The pack as a PDF book: bookmarks, page numbers, the marking on every page."""
        return self.exports.export("pdf", path)

    def show_exported_folder(self) -> bool:
        return self.exports.show_folder()

    def _open_points(self) -> list[str]:
        return list(self.content.checklist) if self.content is not None else []

    def _ready_to_export(self, title: str) -> Pack | None:
        """Save what is on screen and bring the preview up to date; None if it cannot be."""
        if self.pack is None:
            return None
        if not self.draft.save_now():
            QMessageBox.warning(self, title, translate(
                "PackBuilder", "The pack could not be saved, so it cannot be exported:"
                " {reason}").format(reason=self.draft.failure))
            return None
        self.refresh_preview()
        return self.pack


def _scrolling(box: QWidget) -> QScrollArea:
    """The pack's contents scroll up and down on a short screen, never sideways."""
    area = QScrollArea()
    area.setWidget(box)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumWidth(box.minimumSizeHint().width())
    area.setMinimumHeight(min(box.minimumSizeHint().height(), 160))
    return area


def _pack_row(pack: Pack, meetings: dict[str | None, str]) -> list[str]:
    if pack.roundtable_id:
        meeting = meetings.get(pack.roundtable_id, "(deleted roundtable)")
    else:
        country = meetings.get(f"partnership:{pack.partnership_id}", "?")
        meeting = f"{country} — ad hoc meeting" + (f" ({pack.meeting_date})"
                                                    if pack.meeting_date else "")
    return [pack.title, meeting, pack.audience, pack.version, pack.date or ""]

