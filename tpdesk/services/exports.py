"""Export use cases: a briefing pack to a document, the register to a workbook.

Each reads one consistent snapshot of the database (a read transaction, so a
writer elsewhere cannot make page 1 and page 90 disagree), builds the plain
content in `tpdesk.models`, and hands it to a writer in `tpdesk.export`. The
writers load on first use: they would add a fifth to the app's start-up, for
something done a few times a month.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..models.errors import UserError
from ..models.l10n import translate
from .stores import Progress, Stores, no_progress

if TYPE_CHECKING:
    from ..models.content import BriefingContent, RegisterContent
    from ..models.queries import Filters
    from ..models.store import Store

Writer = Callable[["Store", "BriefingContent", Path, Progress, "ExportOptions"], Path]


@dataclass(frozen=True)
class ExportOptions:
    """What a caller may choose beyond the pack and the file."""

    template: Path | None = None  # Word: a .docx with the house styles
    marking: str | None = None  # overrides the pack's marking (Excel)


@dataclass(frozen=True)
class PackFormat:
    """A kind of file a pack is exported to."""

    key: str  # as on the command line: docx, xlsx, pdf
    name: str  # as in the app: Word, Excel, PDF
    suffix: str
    file_filter: str
    write: Writer


@dataclass(frozen=True)
class PackExport:
    """A written pack, and what its checklist still flags."""

    path: Path
    title: str
    checklist: tuple[str, ...]


def _write_docx(store: Store, content: BriefingContent, path: Path, progress: Progress,
                options: ExportOptions) -> Path:
    from ..export.docx import write_docx

    return write_docx(content, path, template=options.template, progress=progress)


def _write_pdf(store: Store, content: BriefingContent, path: Path, progress: Progress,
               options: ExportOptions) -> Path:
    from ..export.pdf import write_pdf

    return write_pdf(content, path, progress=progress)


def _write_xlsx(store: Store, content: BriefingContent, path: Path, progress: Progress,
                options: ExportOptions) -> Path:
    from ..export.xlsx_export import write_register
    from ..models.register import pack_register

    register = pack_register(store, content)
    return write_register(register, path, marking=options.marking or content.marking,
                          progress=lambda done: progress(done, register.expected_rows))


PACK_FORMATS: dict[str, PackFormat] = {
    f.key: f for f in (
        PackFormat("docx", "Word", ".docx", "Word documents (*.docx)", _write_docx),
        PackFormat("xlsx", "Excel", ".xlsx", "Excel workbooks (*.xlsx)", _write_xlsx),
        PackFormat("pdf", "PDF", ".pdf", "PDF documents (*.pdf)", _write_pdf),
    )
}


def export_pack(stores: Stores, pack: str, path: str | os.PathLike[str], *, fmt: str,
                options: ExportOptions | None = None,
                progress: Progress = no_progress) -> PackExport:
    """Assemble the pack named by id or exact title from one snapshot and write it."""
    chosen = PACK_FORMATS.get(fmt)
    if chosen is None:
        raise UserError(translate("Core",
            "{fmt!r} is not a pack format (one of: {formats})").format(
            fmt=fmt, formats=', '.join(PACK_FORMATS)))
    from ..models.briefing import assemble, find_pack
    from ..models.register import snapshot

    target = Path(path)
    with stores() as store:
        with snapshot(store):
            content = assemble(store, find_pack(store, pack))
            written = chosen.write(store, content, target, progress, options or ExportOptions())
        store.fold_wal()
    return PackExport(written, content.title, tuple(content.checklist))


def export_register(stores: Stores, path: str | os.PathLike[str], *,
                    filters: Filters | None = None, marking: str | None = None,
                    progress: Progress = no_progress) -> Path:
    """The register, or what the filters keep, as a workbook streamed from one snapshot."""
    from ..export.xlsx_export import write_register
    from ..models.register import register_content, snapshot

    with stores() as store:
        with snapshot(store):
            content = register_content(store, filters)
            written = _write_register(write_register, content, path, marking, progress)
        store.fold_wal()
        return written


def export_template(stores: Stores, path: str | os.PathLike[str], *,
                    marking: str | None = None, progress: Progress = no_progress) -> Path:
    """Empty register sheets with the pick lists of this register, for filling in by hand."""
    from ..export.xlsx_export import write_register
    from ..models.register import template_content

    progress(0, 1)
    with stores() as store:
        content = template_content(store)
    return _write_register(write_register, content, path, marking, progress)


def _write_register(write: Callable[..., Path], content: RegisterContent,
                    path: str | os.PathLike[str], marking: str | None,
                    progress: Progress) -> Path:
    return write(content, path, marking=marking,
                 progress=lambda done: progress(done, content.expected_rows))
