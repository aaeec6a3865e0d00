"""The pack builder's right-hand side: outline, preview, checklist, and how they are made.

The preview is the assembled content itself (`services.assemble_pack`), so
what it shows is what the writers receive. A pack that assembles quickly is
assembled on the GUI thread with the session's store; a slow one in a quiet
`workers.Job` on its own connection, one at a time, and only the newest
request is shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models import Pack, UserError
from ..models.content import BriefingContent, Notes, Table, Timeline
from ..models.l10n import format_number, translate
from ..models.vocab import SectionKind
from ..services import Progress, assemble_pack
from .operations import Session
from .pack_preview import (
    describe_block,
    describe_section,
    esc,
    note_parts,
    render_html,
)
from .workers import Job

IdRole = Qt.ItemDataRole.UserRole

SLOW_S = 0.15
"""A pack that took longer than this to assemble is refreshed off the GUI thread."""


class PreviewAssembler(QObject):
    """Assembles the draft for the preview: here when quick, in a thread when slow.

    `assembled(content)` or `failed(message)` fire on the GUI thread; results of
    requests overtaken by a newer one are dropped.
    """

    assembled = Signal(object)
    failed = Signal(str)

    def __init__(self, session: Session, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.slow = False
        self._page = parent
        self._generation = 0
        self._job: Job | None = None
        self._queued: Pack | None = None

    def request(self, pack: Pack) -> None:
        """Assemble soon: in the background if the last one was slow, else at once."""
        if self.slow:
            self._background(pack)
        else:
            self.now(pack)

    def now(self, pack: Pack) -> BriefingContent | None:
        """Assemble on this thread; overtakes anything still running in the background."""
        self._generation += 1
        self._queued = None
        started = time.perf_counter()
        try:
            content = assemble_pack(self.session.stores, pack)
        except UserError as exc:
            self.failed.emit(str(exc))
            return None
        self.slow = time.perf_counter() - started > SLOW_S
        self.assembled.emit(content)
        return content

    def wait(self) -> None:
        """Let a background assembly finish (the store is about to close)."""
        self._queued = None
        if self._job is not None:
            self._job.wait()

    def _background(self, pack: Pack) -> None:
        if self._job is not None:  # one at a time: the newest waits for its turn
            self._queued = pack
            return
        self._generation += 1
        generation, factory = self._generation, self.session.factory

        def job(progress: Progress) -> tuple[BriefingContent, float]:
            started = time.perf_counter()
            content = assemble_pack(factory, pack)
            return content, time.perf_counter() - started

        self._job = Job(
            self._page, translate("PackPreviewPane", "Assembling the pack…"), job, quiet=True
        )
        self._job.done.connect(lambda result, error: self._done(generation, result, error))
        self._job.start()

    def _done(self, generation: int, result: tuple[BriefingContent, float] | None,
              error: BaseException | None) -> None:
        self._job = None
        queued, self._queued = self._queued, None
        if queued is not None:
            self._background(queued)
        if generation != self._generation:
            return
        if isinstance(error, UserError):
            self.failed.emit(str(error))
            return
        if error is not None:
            raise error
        assert result is not None
        content, seconds = result
        self.slow = seconds > SLOW_S
        self.assembled.emit(content)


class PreviewPane(QTabWidget):
    """Outline and preview on one tab, the "ready for the roundtable" checklist on the other.

    Right-clicking a record in the preview asks the page, through the signals,
    to open, pin or exclude it, or to add a line to take on it.
    """

    open_requested = Signal(str)
    pin_requested = Signal(str)
    exclude_requested = Signal(str)
    line_requested = Signal(str)

    def __init__(self, *, caption_of: Callable[[str], str | None],
                 is_pinned: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption_of = caption_of
        self._is_pinned = is_pinned
        self.content: BriefingContent | None = None

        self.summary = QLabel(wordWrap=True)
        self.summary.setAccessibleName(translate("PackPreviewPane", "Pack summary"))
        self.outline = QTreeWidget()
        self.outline.setAccessibleName(translate("PackPreviewPane", "Outline"))
        self.outline.setHeaderLabels(
            [translate("PackPreviewPane", "Section"), translate("PackPreviewPane", "Contents")]
        )
        self.outline.setUniformRowHeights(True)
        self.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.outline.header().resizeSection(0, 260)
        self.outline.currentItemChanged.connect(lambda item, _prev: self._outline_chosen(item))
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(translate("PackPreviewPane", "Preview"))
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._anchor_clicked)
        self.preview.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.preview.customContextMenuRequested.connect(self._preview_menu)
        self.preview.setToolTip(
            translate(
                "PackPreviewPane",
                "Right-click a record to open, pin or exclude it, or to add a line to take on it",
            )
        )
        preview_split = QSplitter(Qt.Orientation.Vertical)
        preview_split.setChildrenCollapsible(False)
        preview_split.addWidget(self.outline)
        preview_split.addWidget(self.preview)
        # On a short screen the preview keeps most of the height: the outline can scroll.
        self.outline.setMinimumHeight(self.outline.fontMetrics().height() * 4)
        preview_split.setStretchFactor(0, 1)
        preview_split.setStretchFactor(1, 4)
        preview_split.setSizes([120, 480])
        preview_split.setCollapsible(0, True)
        outline_page = QWidget()
        outline_layout = QVBoxLayout(outline_page)
        outline_layout.setContentsMargins(4, 4, 4, 4)
        outline_layout.addWidget(self.summary)
        outline_layout.addWidget(preview_split, 1)

        self.checklist = QListWidget()
        self.checklist.setAccessibleName(
            translate("PackPreviewPane", "Ready for the roundtable checklist")
        )
        self.checklist.setWordWrap(True)
        self.checklist.setAlternatingRowColors(True)
        self.checklist.itemActivated.connect(self._point_chosen)
        checklist_page = QWidget()
        checklist_layout = QVBoxLayout(checklist_page)
        explain = QLabel(
            translate(
                "PackPreviewPane",
                "What a careful reader would flag before the roundtable. Fix it in the"
                " register, or leave the record or section out of the pack; the list"
                " updates as you go.",
            )
        )
        explain.setWordWrap(True)
        checklist_layout.addWidget(explain)
        checklist_layout.addWidget(self.checklist, 1)

        self.badge = QLabel()
        self.badge.setAccessibleName(translate("PackPreviewPane", "Checklist count"))
        self.badge.setContentsMargins(8, 2, 8, 2)

        self.setAccessibleName(translate("PackPreviewPane", "Preview and checklist"))
        self.addTab(outline_page, translate("PackPreviewPane", "&Outline and preview"))
        self.addTab(checklist_page, translate("PackPreviewPane", "Read&y for the roundtable"))

    # -- what it shows -----------------------------------------------------------

    def show_nothing(self) -> None:
        self.content = None
        self.outline.clear()
        self.summary.setText(
            translate(
                "PackPreviewPane",
                "No briefing pack here yet: choose a roundtable and press"
                " New pack, or start from an earlier pack.",
            )
        )
        self.preview.clear()
        self._fill_checklist([], has_pack=False)

    def show_error(self, message: str) -> None:
        self.preview.setPlainText(translate("PackPreviewPane", "The pack cannot be assembled:"
                                            " {message}").format(message=message))

    def show_content(self, content: BriefingContent, *, sections_in_pack: int) -> None:
        self.content = content
        self.summary.setText(
            f"<b>{esc(content.title)}</b><br/>{esc(content.meeting)}"
            + (translate("PackPreviewPane", " · agenda items: {count}").format(
                count=format_number(len(content.agenda))) if content.agenda else
               translate("PackPreviewPane", " · {count} of {all} sections included").format(
                   count=format_number(len(content.sections)), all=sections_in_pack))
            + translate("PackPreviewPane", " · activities: {activities} · commitments:"
                        " {commitments}").format(
                            activities=format_number(len(content.activities)),
                            commitments=format_number(len(content.commitments))))
        self._fill_outline(content)
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml(render_html(content))
        bar.setValue(position)
        self._fill_checklist(content.checklist, has_pack=True)

    def show_checklist(self) -> None:
        self.setCurrentIndex(1)

    def _fill_outline(self, content: BriefingContent) -> None:
        current = self.outline.currentItem()
        keep = current.data(0, IdRole) if current is not None else None
        self.outline.blockSignals(True)
        self.outline.clear()
        number = 0
        warn = QBrush(QColor("#b26a00"))
        for index, section in enumerate(content.sections):
            label = section.title
            if section.kind is not SectionKind.COVER and not content.agenda:
                number += 1  # an agenda pack's items carry their own numbers
                label = f"{number}. {section.title}"
            item = QTreeWidgetItem([label, describe_section(section)])
            item.setData(0, IdRole, index)
            item.setToolTip(0, label)
            item.setToolTip(1, item.text(1))
            if section.is_empty and section.kind is not SectionKind.COVER:
                item.setForeground(1, warn)
            if section.kind is SectionKind.AGENDA_ITEM:  # the outline by agenda item
                children = note_parts(section)
            else:
                children = [("", describe_block(b)) for b in section.blocks
                            if isinstance(b, Table | Timeline | Notes)]
            for heading, holds in children:
                child = QTreeWidgetItem([heading, holds])
                child.setData(0, IdRole, index)
                child.setToolTip(1, holds)
                item.addChild(child)
            self.outline.addTopLevelItem(item)
            if index == keep:
                self.outline.setCurrentItem(item)
        self.outline.blockSignals(False)

    def _fill_checklist(self, problems: list[str], *, has_pack: bool) -> None:
        self.checklist.clear()
        for problem in problems:
            item = QListWidgetItem(problem)
            record_id = getattr(problem, "record_id", "")
            if record_id:  # Enter or a double click opens the record the point is about
                item.setData(IdRole, record_id)
                item.setToolTip(
                    translate("PackPreviewPane", "Open the record to put it right (Enter)")
                )
            self.checklist.addItem(item)
        if not problems and has_pack:
            self.checklist.addItem(
                translate(
                    "PackPreviewPane", "Nothing to flag: the pack is ready for the roundtable."
                )
            )
        count = len(problems)
        self.setTabText(1, translate("PackPreviewPane", "Read&y for the roundtable ({count})")
                        .format(count=format_number(count)) if count
                        else translate("PackPreviewPane", "Read&y for the roundtable ✓"))
        if not has_pack:
            self.badge.clear()
            self.badge.hide()
            return
        self.badge.show()
        self.badge.setText(
            translate("PackPreviewPane", "To check: {count}").format(count=format_number(count))
            if count else translate("PackPreviewPane", "Ready")
        )
        colour = "#e65100" if count else "#2e7d32"
        self.badge.setStyleSheet(f"QLabel {{ color: white; background: {colour};"
                                 " border-radius: 8px; font-weight: bold; }")
        self.badge.setToolTip(
            translate("PackPreviewPane", "The “Ready for the roundtable” checklist")
        )

    # -- records in the preview ------------------------------------------------------

    def _outline_chosen(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.preview.scrollToAnchor(f"section-{item.data(0, IdRole)}")

    def _point_chosen(self, item: QListWidgetItem) -> None:
        record_id = item.data(IdRole)
        if record_id:
            self.open_requested.emit(record_id)

    def _anchor_clicked(self, url: QUrl) -> None:
        record_id = record_id_of(url.toString())
        if record_id:
            self.open_requested.emit(record_id)

    def _preview_menu(self, pos: QPoint) -> None:
        record_id = record_id_of(self.preview.anchorAt(pos)) or record_id_of(
            self.preview.textCursor().charFormat().anchorHref())
        menu = self.preview.createStandardContextMenu(pos)
        if record_id and self.content is not None:
            ours = []
            for text, signal, enabled in (
                (translate("PackPreviewPane", "&Open…"), self.open_requested, True),
                (
                    translate("PackPreviewPane", "&Pin to this pack"),
                    self.pin_requested,
                    not self._is_pinned(record_id),
                ),
                (
                    translate("PackPreviewPane", "E&xclude from this pack"),
                    self.exclude_requested,
                    True,
                ),
                (
                    translate("PackPreviewPane", "&Line to take on this record…"),
                    self.line_requested,
                    True,
                ),
            ):
                action = QAction(text, menu)
                action.triggered.connect(lambda _=False, s=signal: s.emit(record_id))
                action.setEnabled(enabled)
                ours.append(action)
            first = menu.actions()[0] if menu.actions() else None
            menu.insertActions(first, ours)  # type: ignore[arg-type]
            if first is not None:
                menu.insertSeparator(first)
            caption = self._caption_of(record_id)
            if caption is not None:
                menu.insertSection(ours[0], caption if len(caption) <= 60
                                   else caption[:59] + "…")
        menu.exec(self.preview.viewport().mapToGlobal(pos))
        menu.deleteLater()


def record_id_of(href: str) -> str | None:
    return href.removeprefix("record:") if href.startswith("record:") else None
