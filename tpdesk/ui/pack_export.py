"""Exporting a pack from the builder: save, check, choose a file, write in a job, offer it.

The writing is `services.export_pack`, the same use case as `tpdesk export`,
on its own connection from the session's store factory (SQLite connections
stay on the thread that opened them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..models import Pack
from ..models.l10n import translate
from ..models.vocab import Marking
from ..services import PACK_FORMATS, PackExport, Progress, export_pack
from .desktop import open_file, show_in_folder
from .operations import Session

RunJob = Callable[[str, Callable[[Progress], Any], Callable[[Any], None]], Any]


def suggested_file_name(pack: Pack, suffix: str = ".docx") -> str:
    """The pack's title as a file name any system accepts."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", pack.title).strip(" .") or translate(
        "PackExport", "briefing pack"
    )
    stem = re.sub(r"\s+", " ", stem)[:120]
    version = f" v{pack.version}" if pack.version else ""
    return f"{stem}{version}{suffix}"


def export_caption(title: str, pack: Pack) -> str:
    """The file dialog's title; for a SENSITIVE pack it says that the file is not encrypted.

    Exports are meant to be sent, so they stay plain even from an encrypted database.
    """
    if pack.marking is Marking.SENSITIVE:
        return translate("PackExport", "{title}: SENSITIVE, the file is written unencrypted"
                         ).format(title=title)
    return title


class PackExportFlow(QObject):
    """One export at a time from the page `parent`; remembers the folder and the last file.

    `prepare()` is called first and returns the pack to write, or None when the
    page cannot hand one over (it explains why itself); `checklist()` gives the
    points still open, which the user confirms before a file is chosen.
    """

    exported = Signal(Path)  # a file written, for the window's Recent Exports

    def __init__(self, session: Session, parent: QWidget, *, run_job: RunJob | None,
                 prepare: Callable[[str], Pack | None],
                 checklist: Callable[[], list[str]],
                 show_checklist: Callable[[], None]) -> None:
        super().__init__(parent)
        self.session = session
        self.page = parent
        self._run_job = run_job
        self._prepare = prepare
        self._checklist = checklist
        self._show_checklist = show_checklist
        self.folder = Path.home()
        self.last_export: Path | None = None
        self.box: QMessageBox | None = None

    def export(self, fmt: str, path: Path | None = None) -> object:
        """Export in the background; with no path, confirm and ask for one. Returns the job."""
        chosen = PACK_FORMATS[fmt]
        title = translate("PackExport", "Export to {format}").format(format=chosen.name)
        pack = self._prepare(title)
        if pack is None:
            return None
        if path is None:
            if not self._confirmed():
                return None
            name, _ = QFileDialog.getSaveFileName(
                self.page, export_caption(title, pack),
                str(self.folder / suggested_file_name(pack, chosen.suffix)), chosen.file_filter)
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != chosen.suffix:
            path = path.with_name(path.name + chosen.suffix)
        self.folder = path.parent
        factory, target, pack_id = self.session.factory, path, pack.id

        def job(progress: Progress) -> PackExport:
            return export_pack(factory, pack_id, target, fmt=fmt, progress=progress)

        if self._run_job is None:
            self._exported(job(lambda _done, _total: None))
            return None
        return self._run_job(translate("PackExport", "Exporting to {format}…").format(
            format=chosen.name), job, self._exported)

    def _confirmed(self) -> bool:
        """Show the checklist before exporting, and ask when it has points open."""
        problems = self._checklist()
        if not problems:
            return True
        self._show_checklist()
        count = len(problems)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("PackExport", "Ready for the roundtable?"),
            translate("PackExport", "The checklist has %Ln point(s) to check before the"
                      " roundtable. Export anyway?", None, count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.page,
        )
        box.setDetailedText("\n".join(problems))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("PackExport", "&Export anyway")
        )
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    def _exported(self, result: PackExport) -> None:
        self.last_export = result.path
        self.exported.emit(result.path)
        box = QMessageBox(QMessageBox.Icon.Information, translate("PackExport", "Exported"),
                          translate("PackExport", "The briefing pack was written to\n{path}"
                                    ).format(path=result.path), parent=self.page)
        open_button = box.addButton(
            translate("PackExport", "&Open file"), QMessageBox.ButtonRole.ActionRole
        )
        folder_button = box.addButton(
            translate("PackExport", "Show in &folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        open_button.clicked.connect(self.open_file)
        folder_button.clicked.connect(self.show_folder)
        box.finished.connect(box.deleteLater)
        self.box = box
        box.open()

    def open_file(self) -> bool:
        return self.last_export is not None and open_file(self.page, self.last_export)

    def show_folder(self) -> bool:
        return self.last_export is not None and show_in_folder(self.page, self.last_export)
