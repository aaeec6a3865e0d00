"""The pane beside a table: the current record's notes, history and links.

Read only when it is shown and the current record changes, so scrolling a
big register costs nothing; a link opens its record.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ..models import Record, Store
from ..models.l10n import format_date, translate
from ..models.records import RECORD_TYPES, record_label

HISTORY_SHOWN = 15  # the latest changes; the rest are in `tpdesk history`


class DetailPane(QWidget):
    """Emits `open_record(kind, id)` when a link is followed."""

    open_record = Signal(str, str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._record: Record | None = None
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("DetailPane", "Record details"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def show_record(self, record: Record | None) -> None:
        self._record = record
        if self.isVisible() and self.width() > 0:
            self._fill()

    def showEvent(self, event: object) -> None:
        self._fill()
        super().showEvent(event)  # type: ignore[arg-type]

    def _fill(self) -> None:
        record = self._record
        if record is None:
            self.browser.setHtml(
                translate(
                    "DetailPane",
                    "<p><i>Select a record to see its notes, history and links.</i></p>",
                )
            )
            return
        notes = self._store.notes_on(record.id)
        history = self._store.history_of(record.id)[-HISTORY_SHOWN:][::-1]
        links = self._store.links(record)
        none = translate("DetailPane", "<p>None.</p>")
        parts = [f"<h3>{escape(record.caption)}</h3>",
                 translate("DetailPane", "<h4>Notes ({count})</h4>").format(count=len(notes))]
        parts += [f"<p>{escape(n.text)}<br><small>{escape(n.author)},"
                  f" {format_date(n.updated_at)}</small></p>" for n in notes] or [none]
        parts.append(translate("DetailPane", "<h4>Links ({count})</h4>").format(
            count=len(links)))
        parts += [f"<p><a href='record:{r.KIND}/{r.id}'>{escape(record_label(r))}:"
                  f" {escape(r.caption)}</a></p>" for r in links] or [none]
        parts.append(translate("DetailPane", "<h4>History</h4>"))
        parts += [f"<p><small>{format_date(c.at)} · {escape(c.who)}</small><br>"
                  f"{escape(c.describe())}</p>" for c in history]
        self.browser.setHtml("".join(parts))

    def _follow(self, url: QUrl) -> None:
        kind, _, record_id = url.path().partition("/")
        if url.scheme() == "record" and kind in RECORD_TYPES:
            self.open_record.emit(kind, record_id)

