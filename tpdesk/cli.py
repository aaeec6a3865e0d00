"""The command line: every subcommand is a thin call into the core.

Exit codes are a contract: 0 success; 1 an error the user can act on, as
one line on stderr; 2 bad usage. Unexpected errors also exit 1, with the
traceback written to the log file rather than the terminal.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .logs import log_bug, setup_logging
from .models import (
    Activity,
    Commitment,
    Filters,
    Organisation,
    Partnership,
    Record,
    Roundtable,
    UserError,
)
from .models.formatting import format_number, whole_euros
from .models.records import Pack
from .models.serialize import to_json
from .models.vocab import OrganisationKind
from .paths import default_db_path
from .services import (
    ExportOptions,
    PackExport,
    StoreFactory,
    apply_iati_file,
    apply_outcome,
    apply_workbook,
    back_up,
    check_database,
    export_pack,
    export_register,
    export_template,
    load_demo_data,
    preview_iati_file,
    preview_outcome,
    preview_workbook,
)

if TYPE_CHECKING:
    from .models.store import Store

KINDS: dict[str, type[Record]] = {
    "partnerships": Partnership,
    "roundtables": Roundtable,
    "activities": Activity,
    "commitments": Commitment,
    "organisations": Organisation,
    "packs": Pack,
}



def _since(text: str) -> str:
    """A date (YYYY-MM-DD) or an ISO time stamp, as the history's key: UTC, 'Z'-suffixed.

    The history is compared as text, so the value must be written exactly as
    the store writes its time stamps; a time without a zone is taken as UTC.
    """
    try:
        if len(text) == 10 and text[4] == "-":
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, IndexError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM)") from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="milliseconds") + "Z"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10**9:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 0 to 1000000000")
    return value


def _marking(text: str) -> str:
    """A classification marking: short enough for every page's header."""
    if not text.strip() or len(text) > 60:
        shown = text if len(text) <= 20 else text[:20] + "…"
        raise argparse.ArgumentTypeError(f"{shown!r}: a marking has 1 to 60 characters")
    return text.strip()


def _organisation_kind(text: str) -> OrganisationKind:
    try:
        return OrganisationKind(OrganisationKind.parse(text))
    except ValueError:
        choices = ", ".join(k.value for k in OrganisationKind)
        raise argparse.ArgumentTypeError(f"{text!r} is not an organisation kind ({choices})"
                                         ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tpdesk",
        description="Prepare EU Talent Partnership roundtables offline. "
                    "With no command, opens the desktop app.")
    parser.add_argument("--version", action="version", version=f"tpdesk {__version__}")
    parser.add_argument("--db", metavar="PATH",
                        help="database file (default: $TPDESK_DB, else the user data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="load the demo dataset, or N synthetic activities")
    demo.add_argument("--scale", type=_positive, metavar="N",
                      help="add N synthetic activities with commitments, for benchmarks")
    demo.set_defaults(func=cmd_demo)

    lst = sub.add_parser("list", help="list records of one kind")
    lst.add_argument("kind", choices=sorted(KINDS), metavar="KIND",
                     help="one of: " + ", ".join(KINDS))
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    _add_filters(lst.add_argument_group("filters"))
    lst.add_argument("--limit", type=_positive, metavar="N", help="at most N records")
    lst.set_defaults(func=cmd_list)

    search = sub.add_parser("search", help="full-text search across the register")
    search.add_argument("text")
    search.add_argument("--json", action="store_true", help="print a JSON array")
    search.add_argument("--limit", type=_positive, default=50, metavar="N")
    search.set_defaults(func=cmd_search)

    changes = sub.add_parser("changes", help="what changed since a date")
    changes.add_argument("--since", required=True, type=_since, metavar="DATE")
    changes.add_argument("--partnership", metavar="CODE", help="partner country ISO code")
    changes.add_argument("--json", action="store_true", help="print a JSON array")
    changes.set_defaults(func=cmd_changes)

    chk = sub.add_parser("check", help="integrity and consistency report (exit 1 on problems)")
    chk.set_defaults(func=cmd_check)

    backup = sub.add_parser("backup", help="consistent online copy of the database")
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    backup.set_defaults(func=cmd_backup)

    export = sub.add_parser("export", help="write the register or a briefing pack to a file")
    export_formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    xlsx = export_formats.add_parser(
        "xlsx", help="Excel workbook: the register (--all, with list's filters) or a template")
    xlsx_what = xlsx.add_mutually_exclusive_group(required=True)
    xlsx_what.add_argument("--pack", metavar="ID_OR_TITLE",
                           help="the records of one briefing pack (see 'list packs')")
    xlsx_what.add_argument("--all", action="store_true",
                           help="the whole register, or what the filters keep")
    xlsx_what.add_argument("--template", action="store_true",
                           help="empty sheets with the headers, lists and checks")
    xlsx.add_argument("-o", "--output", required=True, metavar="FILE")
    xlsx.add_argument("--marking", type=_marking,
                      help="e.g. SENSITIVE: printed in every page's header")
    _add_filters(xlsx.add_argument_group("filters (as for list)"))
    xlsx.set_defaults(func=cmd_export_xlsx, parser=xlsx)
    word = export_formats.add_parser(
        "docx", help="Word briefing document for one pack (see 'list packs')")
    word.add_argument("--pack", required=True, metavar="ID_OR_TITLE",
                      help="the pack's id, or its exact title")
    word.add_argument("-o", "--output", required=True, metavar="FILE")
    word.add_argument("--template", type=Path, metavar="FILE",
                      help="a .docx with the styles to use (Title, Heading 1-3, Marking, "
                           "tpdesk Table...); default: the one shipped with tpdesk")
    word.set_defaults(func=cmd_export_docx)
    pdf = export_formats.add_parser(
        "pdf", help="PDF briefing book for one pack, with bookmarks (see 'list packs')")
    pdf.add_argument("--pack", required=True, metavar="ID_OR_TITLE",
                     help="the pack's id, or its exact title")
    pdf.add_argument("-o", "--output", required=True, metavar="FILE")
    pdf.set_defaults(func=cmd_export_pdf)

    import_ = sub.add_parser("import", help="bring an edited file back into the register")
    import_formats = import_.add_subparsers(dest="format", metavar="FORMAT", required=True)
    xlsx_in = import_formats.add_parser(
        "xlsx", help="a register workbook edited in Excel or LibreOffice: preview, then apply")
    xlsx_in.add_argument("file", metavar="FILE")
    xlsx_in.add_argument("--dry-run", action="store_true",
                         help="show what would change; write nothing")
    xlsx_in.add_argument("--allow-duplicates", action="store_true",
                         help="import new rows that look like stored records (warn only)")
    xlsx_in.set_defaults(func=cmd_import_xlsx)
    iati_in = import_formats.add_parser(
        "iati", help="an IATI activity file (standard 2.01-2.03): preview, then apply")
    iati_in.add_argument("file", metavar="FILE")
    iati_in.add_argument("--partnership", metavar="CODE",
                         help="put every activity in this partnership (default: the"
                              " partnership of its recipient country)")
    iati_in.add_argument("--dry-run", action="store_true",
                         help="show what would change; write nothing")
    iati_in.set_defaults(func=cmd_import_iati)
    outcome_in = import_formats.add_parser(
        "outcome", help="a roundtable's conclusions (.docx): its action table as commitments")
    outcome_in.add_argument("file", metavar="FILE")
    outcome_in.add_argument("--roundtable", required=True, metavar="ID",
                            help="the roundtable the commitments were made at")
    outcome_in.add_argument("--dry-run", action="store_true",
                            help="show what would be created; write nothing")
    outcome_in.add_argument("--create-actors", metavar="KIND", type=_organisation_kind,
                            help="create actors not in the register as organisations of this"
                                 " kind (e.g. member_state)")
    outcome_in.set_defaults(func=cmd_import_outcome)

    selftest = sub.add_parser(
        "self-test", help="check this installation end to end, offscreen, on a throwaway "
                          "database; prints JSON (exit 1 if a step failed)")
    selftest.set_defaults(func=cmd_self_test)
    return parser


def _stores(args: argparse.Namespace) -> StoreFactory:
    """The one store factory of this run: the database, the user and today for every command."""
    return StoreFactory(default_db_path(args.db))


def _print_json(items: list[dict[str, Any]]) -> None:
    json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_table(header: Sequence[str], rows: list[Sequence[Any]]) -> None:
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [min(len(r[i]), 60) for r in cells]) for i, h in enumerate(header)]

    def line(values: Sequence[str]) -> str:
        clipped = [v if len(v) <= 60 else v[:59] + "…" for v in values]
        return "  ".join(v.ljust(w) for v, w in zip(clipped, widths, strict=True)).rstrip()

    print(line(header))
    print(line(["-" * w for w in widths]))
    for row in cells:
        print(line(row))


def _codes(store: Store) -> dict[str, str]:
    return {p.id: p.country_code for p in store.list(Partnership)}


def cmd_demo(args: argparse.Namespace) -> int:
    report = load_demo_data(_stores(args), scale=args.scale)
    print(report.summary())
    return 0


_COLUMNS: dict[type[Record], tuple[Sequence[str], Callable[..., Sequence[Any]]]] = {
    Partnership: (
        ("code", "partner", "status", "launched", "member states", "sectors"),
        lambda r, codes, today: (r.country_code, r.country_name, r.status.label, r.launch_date,
                                 " ".join(r.member_states), ", ".join(r.sectors))),
    Roundtable: (
        ("partner", "no.", "date", "place", "status"),
        lambda r, codes, today: (codes.get(r.partnership_id), r.number, r.date, r.place,
                                 r.status.label)),
    Activity: (
        ("partner", "title", "category", "status", "start", "end", "EUR"),
        lambda r, codes, today: (codes.get(r.partnership_id), r.title, r.category.label,
                                 r.status.label, r.start_date, r.end_date,
                                 format_number(whole_euros(r.total_cents)))),
    Commitment: (
        ("partner", "due", "status", "overdue", "commitment"),
        lambda r, codes, today: (codes.get(r.partnership_id), r.due_date, r.status.label,
                                 "OVERDUE" if r.is_overdue(today) else "", r.text)),
    Organisation: (
        ("short name", "name", "kind", "country"),
        lambda r, codes, today: (r.short_name, r.name, r.kind.label, r.country_code)),
    Pack: (
        ("id", "partner", "date", "marking", "audience", "title"),
        lambda r, codes, today: (r.id, codes.get(r.partnership_id or ""), r.date,
                                 r.marking.label, r.audience, r.title)),
}


def cmd_list(args: argparse.Namespace) -> int:
    cls = KINDS[args.kind]
    filters = _filters(args)
    with _stores(args)() as store:
        records = store.list(cls, filters, limit=args.limit)
        codes, today = _codes(store), store.today()
    if args.json:
        _print_json([to_json(r, codes=codes, today=today) for r in records])
    else:
        header, row = _COLUMNS[cls]
        _print_table(header, [row(r, codes, today) for r in records])
        print(f"{len(records)} {args.kind}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _stores(args)() as store:
        hits = store.search(args.text, limit=args.limit)
        codes = _codes(store)
    if args.json:
        _print_json([{"id": h.id, "kind": h.kind,
                      "partnership": codes.get(h.partnership_id or ""),
                      "title": h.title, "snippet": h.snippet, "score": round(h.score, 4)}
                     for h in hits])
    else:
        for h in hits:
            print(f"{h.kind:<12} {codes.get(h.partnership_id or '', '--'):<3} {h.title}")
            if h.snippet.strip():
                print(f"{'':16}{' '.join(h.snippet.split())}")
        print(f"{len(hits)} found")
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    with _stores(args)() as store:
        partnership_id = (store.partnership_by_code(args.partnership).id
                          if args.partnership else None)
        changes = store.changes(since=args.since, partnership_id=partnership_id)
        codes = _codes(store)
    if args.json:
        _print_json([{"id": c.record_id, "at": c.at, "who": c.who, "source": c.source,
                      "kind": c.record_kind, "partnership": codes.get(c.partnership_id or ""),
                      "caption": c.caption, "action": c.action, "field": c.field,
                      "old": c.old_value, "new": c.new_value} for c in changes])
    else:
        for c in changes:
            print(f"{c.at[:16].replace('T', ' ')}  {c.who:<10} {c.record_kind:<12} "
                  f"{c.caption[:50]:<50}  {c.describe()}")
        print(f"{len(changes)} changes")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    factory = _stores(args)
    problems, live = check_database(factory)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{factory.path}: {len(problems)} problem(s) found in {live} records",
              file=sys.stderr)
        return 1
    print(f"ok: {live} records checked, no problems")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    target = back_up(_stores(args), args.output)
    print(f"backed up to {target}")
    return 0


def _add_filters(group: argparse._ArgumentGroup) -> None:
    """The filters of `list`, shared by `export xlsx --all` (each narrows the sheets it fits)."""
    group.add_argument("--partnership", metavar="CODE", help="partner country ISO code")
    group.add_argument("--status", help="status value or label")
    group.add_argument("--category", help="activity category")
    group.add_argument("--sector", help="sector of common interest")
    group.add_argument("--member-state", metavar="CODE", help="EU Member State ISO code")
    group.add_argument("--instrument", help="funding instrument, e.g. mpf, amif, ndici")
    group.add_argument("--kind", dest="org_kind", metavar="ORG_KIND", help="organisation kind")
    group.add_argument("--overdue", action="store_true",
                       help="commitments past their due date, neither fulfilled nor cancelled")
    group.add_argument("--due-within", type=_positive, metavar="DAYS",
                       help="open commitments due in the next DAYS days")
    group.add_argument("--text", help="full-text filter")


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(partnership=args.partnership, status=args.status, category=args.category,
                   sector=args.sector, member_state=args.member_state,
                   instrument=args.instrument, kind=args.org_kind, overdue=args.overdue,
                   due_within_days=args.due_within, text=args.text)


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    filters = _filters(args)
    if (args.template or args.pack) and filters.given():
        args.parser.error(f"--{'template' if args.template else 'pack'} takes no filters")
    stores = _stores(args)
    if args.pack:
        target = export_pack(stores, args.pack, args.output, fmt="xlsx",
                             options=ExportOptions(marking=args.marking)).path
    elif args.template:
        target = export_template(stores, args.output, marking=args.marking)
    else:
        target = export_register(stores, args.output, filters=filters, marking=args.marking)
    print(f"wrote {target}")
    return 0


def cmd_export_docx(args: argparse.Namespace) -> int:
    return _report(export_pack(_stores(args), args.pack, args.output, fmt="docx",
                               options=ExportOptions(template=args.template)))


def cmd_export_pdf(args: argparse.Namespace) -> int:
    return _report(export_pack(_stores(args), args.pack, args.output, fmt="pdf"))


def _report(written: PackExport) -> int:
    print(f"wrote {written.path}")
    if written.checklist:
        print(f"{len(written.checklist)} point(s) to check before the roundtable"
              " (the pack builder lists them)")
    return 0


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    stores = _stores(args)
    preview = preview_workbook(stores, args.file, allow_duplicates=args.allow_duplicates)
    for line in preview.lines():
        print(line)
    if preview.errors:
        count = len(preview.errors)
        raise UserError(f"{preview.path.name}: {count} error{'' if count == 1 else 's'};"
                        " nothing imported")
    if args.dry_run:
        print("dry run: nothing written")
        return 0
    print(apply_workbook(stores, preview).summary())
    return 0


def cmd_import_iati(args: argparse.Namespace) -> int:
    stores = _stores(args)
    preview = preview_iati_file(stores, args.file, partnership=args.partnership)
    for line in preview.lines():
        print(line)
    if preview.errors:
        count = len(preview.errors)
        raise UserError(f"{preview.path.name}: {count} error{'' if count == 1 else 's'};"
                        " nothing imported")
    if args.dry_run:
        print("dry run: nothing written")
        return 0
    print(apply_iati_file(stores, preview).summary())
    return 0


def cmd_import_outcome(args: argparse.Namespace) -> int:
    stores = _stores(args)
    preview = preview_outcome(stores, args.file, roundtable_id=args.roundtable)
    for line in preview.lines():
        print(line)
    if preview.errors:
        count = len(preview.errors)
        raise UserError(f"{preview.path.name}: {count} error{'' if count == 1 else 's'};"
                        " nothing imported")
    if preview.unknown_actors and args.create_actors is None:
        raise UserError(f"{len(preview.unknown_actors)} actor(s) not in the register: add"
                        " them as organisations, or rerun with --create-actors KIND;"
                        " nothing imported")
    if args.dry_run:
        print("dry run: nothing written")
        return 0
    print(apply_outcome(stores, preview, create_actors=args.create_actors).summary())
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from .selftest import run

    return run()


def _run_app(args: argparse.Namespace) -> int:
    from .app import run

    return run(args.db)


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            return _run_app(args)
        return int(args.func(args))
    except UserError as exc:
        print(f"tpdesk: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("tpdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`tpdesk list ... | head`): stop quietly, as the
        # Python docs advise, without a second error when stdout is flushed at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        where = log_bug(exc, source="tpdesk.cli")
        print(f"tpdesk: internal error: {type(exc).__name__}: {exc}"
              f" (logged to {where or 'stderr'})", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
