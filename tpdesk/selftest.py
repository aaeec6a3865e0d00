"""`tpdesk self-test`: prove, inside whatever was installed, that tpdesk works end to end.

A frozen bundle fails in ways a source checkout never does: a Qt plugin, a
resource or the package metadata left out of the build. The self-test walks the
whole path once, offscreen and on a throwaway database (migrations, demo data,
an encrypted copy unlocked, a briefing pack exported to Word, PDF and Excel and
read back, the main window opened and closed), so the build can refuse a broken
bundle and support can ask a user for its output. It touches neither the
user's database nor their settings.

It prints one JSON object: `ok`, versions, and `steps`, one object per step with
`name`, `ok`, `seconds` and `detail` (plus `traceback` when a step failed);
exit status 0 only when every step passed.
"""

from __future__ import annotations

import contextlib
import faulthandler
import io
import json
import os
import platform
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .models.formatting import format_number
from .models.l10n import Language
from .services import StoreFactory

if TYPE_CHECKING:
    from .models.store import Store

WATCHDOG_SECONDS = 300  # a modal dialog offscreen would wait forever; a test must not


@dataclass
class Context:
    """What the steps share: the scratch folder, the open store, the pack they export."""

    folder: Path
    store: Store | None = None
    pack_id: str | None = None
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def db(self) -> Path:
        return self.folder / "self-test.db"

    @property
    def factory(self) -> StoreFactory:
        return StoreFactory(self.db, user="self-test")

    def open_store(self) -> Store:
        if self.store is None:
            raise RuntimeError("no database: an earlier step failed")
        return self.store


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Context], str]  # returns the detail line; raises when the step fails


def _package(ctx: Context) -> str:
    installed = version("tpdesk")  # fails in a bundle built without copy_metadata('tpdesk')
    if installed != __version__:
        raise RuntimeError(f"package metadata says {installed}, tpdesk says {__version__}")
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "source"
    return f"tpdesk {installed}, Python {platform.python_version()}, {frozen}"


def _database(ctx: Context) -> str:
    ctx.store = ctx.factory.open(create=True)
    return f"created {ctx.db.name}"


def _migrations(ctx: Context) -> str:
    from .models.schema import known_steps, migrations

    db = ctx.open_store().db
    applied = migrations.applied(db)
    if applied != known_steps():
        raise RuntimeError(f"applied {applied}, expected {known_steps()}")
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        raise RuntimeError(f"integrity check: {integrity}")
    return f"{len(applied)} steps applied ({applied[-1]}), integrity ok"


def _demo(ctx: Context) -> str:
    from .services import check_database, lend, load_demo_data

    store = ctx.open_store()
    report = load_demo_data(ctx.factory)
    if not report.total:
        raise RuntimeError("the demo data added nothing to an empty database")
    problems, live = check_database(lend(store))
    if problems:
        raise RuntimeError(f"{len(problems)} problem(s), first: {problems[0]}")
    return f"{report.summary()} Check: {live} records, no problems."


def _encryption(ctx: Context) -> str:
    """SQLCipher, cryptography and the pysqlite3 alias made it into this build, and work."""
    import sqlite_utils.utils

    from .services import back_up, encrypt_database, unlock

    used = vars(sqlite_utils.utils)["sqlite3"].__name__  # the module sqlite-utils catches from
    if used != "sqlcipher3":
        raise RuntimeError(f"sqlite-utils uses {used}, not sqlcipher3: its error handling"
                           " would miss tpdesk's errors")
    copy = back_up(ctx.factory, ctx.folder / "encrypted.db")
    encrypt_database(ctx.factory.at(copy), "self-test passphrase")
    if copy.read_bytes()[:16] == b"SQLite format 3\x00":
        raise RuntimeError(f"{copy.name} is still a plain SQLite file")
    factory = ctx.factory.at(copy, key=unlock(copy, "self-test passphrase"))
    with factory() as store:
        hits = store.search("training")
        version = store.db.execute("PRAGMA cipher_version").fetchone()[0]
    if not hits:
        raise RuntimeError("the encrypted copy finds nothing")
    return f"SQLCipher {version}; encrypted copy unlocked, {len(hits)} search hits"


def _cli(ctx: Context, *args: str | Path) -> str:
    """Run a command line in this process, as a user would type it; its stdout."""
    from .cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(ctx.db), *map(str, args)])
        except SystemExit as exc:  # argparse: a command this build does not know
            code = exc.code if isinstance(exc.code, int) else 2
    if code != 0:
        last = (err.getvalue().strip().splitlines() or [""])[-1]
        raise RuntimeError(f"tpdesk {' '.join(map(str, args))}: exit {code}: {last}")
    return out.getvalue()


def _pack(ctx: Context) -> str:
    """The id of the first demo briefing pack, which both exports write."""
    from .models import Pack

    if ctx.pack_id is None:
        packs = ctx.open_store().list(Pack, limit=1)
        if not packs:
            raise RuntimeError("the demo data has no briefing pack")
        ctx.pack_id = packs[0].id
    return ctx.pack_id


def _docx(ctx: Context) -> str:
    import docx

    target = ctx.folder / "pack.docx"
    _cli(ctx, "export", "docx", "--pack", _pack(ctx), "-o", target)
    document = docx.Document(str(target))
    paragraphs = [p for p in document.paragraphs if p.text.strip()]
    if not paragraphs:
        raise RuntimeError(f"{target.name} has no text")
    return (f"{format_number(target.stat().st_size)} bytes; read back {len(paragraphs)}"
            f" paragraphs, {len(document.tables)} tables")


def _pdf(ctx: Context) -> str:
    """The PDF pack, with its fonts found, and fpdf2 (LGPL-3.0) a loose, replaceable module."""
    import fpdf

    source = Path(fpdf.__file__ or "")
    if not source.is_file():
        raise RuntimeError(f"fpdf2 is not loose source in the bundle ({source})")
    target = ctx.folder / "pack.pdf"
    _cli(ctx, "export", "pdf", "--pack", _pack(ctx), "-o", target)
    data = target.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    fonts = len(re.findall(rb"/FontFile2", data))
    if not data.startswith(b"%PDF-") or not pages or not fonts:
        raise RuntimeError(f"{target.name}: {pages} pages, {fonts} embedded fonts")
    return (f"{format_number(len(data))} bytes; {pages} pages, {fonts} fonts embedded;"
            f" fpdf2 {fpdf.__version__} from {source.parent.name}/{source.name}")


def _xlsx(ctx: Context) -> str:
    import openpyxl

    target = ctx.folder / "pack.xlsx"
    _cli(ctx, "export", "xlsx", "--pack", _pack(ctx), "-o", target)
    workbook = openpyxl.load_workbook(target, read_only=True)
    try:
        rows = {ws.title: sum(1 for _ in ws.iter_rows()) for ws in workbook.worksheets}
    finally:
        workbook.close()
    if not any(n > 1 for n in rows.values()):
        raise RuntimeError(f"{target.name} has no data rows: {rows}")
    return (f"{format_number(target.stat().st_size)} bytes; read back {len(rows)} sheets, "
            f"{sum(rows.values())} rows")


def _window(ctx: Context) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from .app import configure_application
    from .ui.main_window import MainWindow

    ctx.open_store()
    app = configure_application()
    if QApplication.windowIcon().pixmap(32, 32).isNull():
        raise RuntimeError("the application icon does not render (SVG icon engine missing?)")
    settings = QSettings(str(ctx.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, factory=ctx.factory)
    try:
        if not window.open_database(ctx.db):
            raise RuntimeError(f"the main window could not open {ctx.db.name}")
        window.show()
        while window.dashboard.stale and window.dashboard.isVisible():
            app.processEvents()
        app.processEvents()
        window.build_all_tabs()  # built when first shown: the bundle must carry them all
        app.processEvents()
        rows = sum(view.model.rowCount() for view in window.views.values())
        if not rows:
            raise RuntimeError("the main window shows no records")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return f"opened, {rows} rows shown, closed (Qt platform {app.platformName()})"


def _translations(ctx: Context) -> str:
    """French and Arabic load (tpdesk's and Qt's own), Babel formats in them, Arabic has a font."""
    from datetime import date

    from babel.dates import format_date
    from PySide6.QtGui import QFontDatabase

    from .ui.language import load_translators, register_fonts

    shown = []
    expected: tuple[tuple[Language, str], ...] = (("fr", "Engagements"), ("ar", "الالتزامات"))
    for language, commitments in expected:
        translators = load_translators(language)
        if len(translators) != 2:
            raise RuntimeError(f"{language}: {len(translators)} of 2 translations loaded"
                               " (tpdesk's and Qt's qtbase)")
        got = translators[0].translate("MainWindow", "Commitments")
        if got != commitments:
            raise RuntimeError(f"{language}: 'Commitments' translates as {got!r}")
        shown.append(f"{got}, {format_date(date(2027, 1, 9), 'long', locale=language)}")
    families = register_fonts()
    if not any(QFontDatabase.writingSystems(f) for f in families):
        raise RuntimeError("the bundled Arabic font (Noto Naskh Arabic) does not load")
    return "; ".join(shown) + f"; Arabic font {families[0]}"


STEPS: tuple[Step, ...] = (
    Step("package", _package),
    Step("database", _database),
    Step("migrations", _migrations),
    Step("demo data", _demo),
    Step("encryption", _encryption),
    Step("docx export", _docx),
    Step("pdf export", _pdf),
    Step("xlsx export", _xlsx),
    Step("main window", _window),
    Step("translations", _translations),
)


def _run_step(step: Step, ctx: Context) -> dict[str, Any]:
    result: dict[str, Any] = {"name": step.name}
    began = time.perf_counter()
    try:
        result.update(ok=True, detail=step.run(ctx))
    except Exception as exc:
        result.update(ok=False, detail=f"{type(exc).__name__}: {exc}",
                      traceback=traceback.format_exc())
    result["seconds"] = round(time.perf_counter() - began, 3)
    return result


def run(steps: tuple[Step, ...] = STEPS) -> int:
    """Run every step, print the JSON summary; 0 when none failed, else 1."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is first imported
    with contextlib.suppress(AttributeError, RuntimeError, ValueError, io.UnsupportedOperation):
        faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tpdesk-self-test-",
                                     ignore_cleanup_errors=True) as folder:
        ctx = Context(Path(folder))
        try:
            results = [_run_step(step, ctx) for step in steps]
        finally:
            faulthandler.cancel_dump_traceback_later()
            if ctx.store is not None:
                ctx.store.close()
    ok = all(r["ok"] for r in results)
    summary = {"ok": ok, "tpdesk": __version__, "python": platform.python_version(),
               "frozen": bool(getattr(sys, "frozen", False)), "platform": sys.platform,
               "seconds": round(time.perf_counter() - began, 3), "steps": results}
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0 if ok else 1
