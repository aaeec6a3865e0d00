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
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from . import __version__
from .logs import log_bug, setup_logging
from .models import (
    Activity,
    Commitment,
    Filters,
    InputError,
    Organisation,
    Partnership,
    Record,
    Roundtable,
    StoreError,
    UserError,
)
from .models.errors import DamagedError, MissingDatabaseError
from .models.formatting import whole_euros
from .models.l10n import LANGUAGES, country_name, format_number, translate, translate_noop
from .models.records import Pack, counted
from .models.secret_input import read_secret
from .models.serialize import to_json
from .models.vocab import OrganisationKind, PackLanguage
from .paths import default_db_path
from .services import (
    ExportOptions,
    PackChoices,
    PackExport,
    StoreFactory,
    apply_iati_file,
    apply_outcome,
    apply_workbook,
    back_up,
    change_passphrase,
    check_database,
    create_pack,
    decrypt_database,
    encrypt_database,
    exchange,
    export_pack,
    export_register,
    export_template,
    is_encrypted,
    list_backups,
    load_demo_data,
    newest_good_backup,
    pack_checklist,
    preview_iati_file,
    preview_outcome,
    preview_workbook,
    recovery,
    remembered_key,
    restore_backup,
    sync,
    unlock,
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
            translate("Cli", "{text} is not a date (YYYY-MM-DD) or time (YYYY-MM-DDTHH:MM)"
                      ).format(text=repr(text))) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="milliseconds") + "Z"


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if not 0 <= value <= 10**9:
        raise argparse.ArgumentTypeError(translate(
            "Cli", "{text} is not a whole number from 0 to 1000000000").format(text=repr(text)))
    return value


def _marking(text: str) -> str:
    """A classification marking: short enough for every page's header."""
    if not text.strip() or len(text) > 60:
        shown = text if len(text) <= 20 else text[:20] + "…"
        raise argparse.ArgumentTypeError(translate(
            "Cli", "{text}: a marking has 1 to 60 characters").format(text=repr(shown)))
    return text.strip()


def _organisation_kind(text: str) -> OrganisationKind:
    try:
        return OrganisationKind(OrganisationKind.parse(text))
    except ValueError:
        choices = ", ".join(k.value for k in OrganisationKind)
        raise argparse.ArgumentTypeError(translate(
            "Cli", "{text} is not an organisation kind ({choices})").format(
                text=repr(text), choices=choices)) from None


# argparse's own words (usage, section titles, its errors), as Python 3.11 writes them.
ARGPARSE_WORDS = frozenset((
    translate_noop("Argparse", "usage: "),
    translate_noop("Argparse", "positional arguments"),
    translate_noop("Argparse", "options"),
    translate_noop("Argparse", "show this help message and exit"),
    translate_noop("Argparse", "%(prog)s: error: %(message)s\n"),
    translate_noop("Argparse", "argument %(argument_name)s: %(message)s"),
    translate_noop("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    translate_noop("Argparse", "invalid %(type)s value: %(value)r"),
    translate_noop("Argparse", "the following arguments are required: %s"),
    translate_noop("Argparse", "one of the arguments %s is required"),
    translate_noop("Argparse", "not allowed with argument %s"),
    translate_noop("Argparse", "unrecognized arguments: %s"),
    translate_noop("Argparse", "expected one argument"),
    translate_noop("Argparse", "expected at most one argument"),
    translate_noop("Argparse", "expected at least one argument"),
    translate_noop("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    translate_noop("Argparse", "ignored explicit argument %r"),
    translate_noop("Argparse", "can't open '%(filename)s': %(error)s"),
))


def _argparse_text(text: str) -> str:
    return translate("Argparse", text) if text in ARGPARSE_WORDS else text


def _translate_argparse() -> None:
    """argparse's own words in the chosen language, not only tpdesk's help texts.

    argparse writes them through gettext's `_`, which it looks up in its module
    at each call, and gettext would need .mo files: tpdesk points that name at
    its own translations instead (words it does not know stay English).
    """
    vars(argparse)["_"] = _argparse_text


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help, each section heading punctuated as the language writes it.

    argparse puts a bare ':' after a heading; French wants a space before it
    ('options :'). The heading goes through Argparse's "{heading}:", less the
    colon argparse adds back.
    """

    def start_section(self, heading: str | None) -> None:
        if heading:
            heading = translate("Argparse", "{heading}:").format(heading=heading)
            heading = heading.removesuffix(":")
        super().start_section(heading)


class _Parser(argparse.ArgumentParser):
    """A parser with _HelpFormatter; its subcommands' parsers are of its class, so theirs too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def _new_passphrase() -> str:
    return translate("Cli", "New passphrase: ")


def _error(message: str) -> None:
    """The one line an error the user can act on prints on stderr."""
    print(translate("Cli", "tpdesk: error: {message}").format(message=message), file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    _translate_argparse()
    parser = _Parser(
        prog="tpdesk",
        description=translate("Cli", "Prepare EU Talent Partnership roundtables offline. With no"
                                     " command, opens the desktop app."))
    parser.add_argument("--version", action="version", version=f"tpdesk {__version__}",
                        help=translate("Cli", "show the version and exit"))
    parser.add_argument("--lang", choices=LANGUAGES, metavar="LANG",
                        help=translate("Cli", "en, fr or ar: the app's and these messages'"
                                              " language for this run (default: the one in the"
                                              " preferences)"))
    parser.add_argument("--db", metavar="PATH",
                        help=translate("Cli", "database file (default: $TPDESK_DB, else the user"
                                              " data folder)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help=translate("Cli", "load the demo dataset, or N synthetic"
                                                        " activities"))
    demo.add_argument("--scale", type=_positive, metavar="N",
                      help=translate("Cli", "add N synthetic activities with commitments, for"
                                            " benchmarks"))
    demo.set_defaults(func=cmd_demo)

    lst = sub.add_parser("list", help=translate("Cli", "list records of one kind"))
    lst.add_argument("kind", choices=sorted(KINDS), metavar="KIND",
                     help=translate("Cli", "one of: ") + ", ".join(KINDS))
    lst.add_argument("--json", action="store_true", help=translate("Cli", "print a JSON array"))
    _add_filters(lst.add_argument_group(translate("Cli", "filters")))
    lst.add_argument("--limit", type=_positive, metavar="N", help=translate("Cli", "at most N"
                                                                                   " records"))
    lst.set_defaults(func=cmd_list)

    search = sub.add_parser("search", help=translate("Cli", "full-text search across the register"))
    search.add_argument("text")
    search.add_argument("--json", action="store_true", help=translate("Cli", "print a JSON array"))
    search.add_argument("--limit", type=_positive, default=50, metavar="N")
    search.set_defaults(func=cmd_search)

    changes = sub.add_parser("changes", help=translate("Cli", "what changed since a date"))
    changes.add_argument("--since", required=True, type=_since, metavar="DATE")
    changes.add_argument("--partnership", metavar="CODE", help=translate("Cli", "partner country"
                                                                                " ISO code"))
    changes.add_argument("--json", action="store_true", help=translate("Cli", "print a JSON array"))
    changes.set_defaults(func=cmd_changes)

    chk = sub.add_parser("check", help=translate("Cli", "integrity and consistency report (exit 1"
                                                        " on problems)"))
    chk.set_defaults(func=cmd_check)

    backup = sub.add_parser("backup", help=translate("Cli", "consistent online copy of the"
                                                            " database"))
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    backup.set_defaults(func=cmd_backup)

    backups = sub.add_parser("backups", help=translate("Cli", "list the automatic backups (time,"
                                                              " size, records)"))
    backups.add_argument("--json", action="store_true", help=translate("Cli", "print a JSON array"))
    backups.set_defaults(func=cmd_backups)

    restore = sub.add_parser(
        "restore", help=translate("Cli", "replace the database by a backup (checked first; the"
                                         " current database is backed up before)"))
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(func=cmd_restore)

    encrypt = sub.add_parser(
        "encrypt", help=translate("Cli", "encrypt the database with a passphrase"
                                         " ($TPDESK_PASSPHRASE_FILE)"))
    encrypt.add_argument("--recovery-key", action="store_true",
                         help=translate("Cli", "also make a recovery key, printed once, that can"
                                               " replace a forgotten passphrase"))
    encrypt.set_defaults(func=cmd_encrypt)

    passphrase = sub.add_parser("passphrase", help=translate("Cli", "change the passphrase of an"
                                                                    " encrypted database"))
    passphrase_what = passphrase.add_subparsers(dest="action", metavar="ACTION", required=True)
    change = passphrase_what.add_parser(
        "change", help=translate("Cli", "new passphrase from the terminal or"
                                        " $TPDESK_NEW_PASSPHRASE_FILE"))
    change.set_defaults(func=cmd_passphrase_change)

    decrypt = sub.add_parser("decrypt", help=translate("Cli", "write a plain (unencrypted) copy"
                                                              " of the database"))
    decrypt.add_argument("-o", "--output", required=True, metavar="FILE")
    decrypt.set_defaults(func=cmd_decrypt)
    _add_recovery(sub)

    export = sub.add_parser("export", help=translate("Cli", "write the register or a briefing"
                                                            " pack to a file"))
    export_formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    xlsx = export_formats.add_parser(
        "xlsx", help=translate("Cli", "Excel workbook: the register (--all, with list's filters)"
                                      " or a template"))
    xlsx_what = xlsx.add_mutually_exclusive_group(required=True)
    xlsx_what.add_argument("--pack", metavar="ID_OR_TITLE",
                           help=translate("Cli", "the records of one briefing pack (see 'list"
                                                 " packs')"))
    xlsx_what.add_argument("--all", action="store_true",
                           help=translate("Cli", "the whole register, or what the filters keep"))
    xlsx_what.add_argument("--template", action="store_true",
                           help=translate("Cli", "empty sheets with the headers, lists and checks"))
    xlsx.add_argument("-o", "--output", required=True, metavar="FILE")
    xlsx.add_argument("--marking", type=_marking,
                      help=translate("Cli", "e.g. SENSITIVE: printed in every page's header"))
    _add_filters(xlsx.add_argument_group(translate("Cli", "filters (as for list)")))
    xlsx.set_defaults(func=cmd_export_xlsx, parser=xlsx)
    word = export_formats.add_parser(
        "docx", help=translate("Cli", "Word briefing document for one pack (see 'list packs')"))
    word.add_argument("--pack", required=True, metavar="ID_OR_TITLE",
                      help=translate("Cli", "the pack's id, or its exact title"))
    word.add_argument("-o", "--output", required=True, metavar="FILE")
    word.add_argument("--template", type=Path, metavar="FILE",
                      help=translate("Cli", "a .docx with the styles to use (Title, Heading 1-3,"
                                            " Marking, tpdesk Table...); default: the one shipped"
                                            " with tpdesk"))
    word.set_defaults(func=cmd_export_docx)
    pdf = export_formats.add_parser(
        "pdf", help=translate("Cli", "PDF briefing book for one pack, with bookmarks (see 'list"
                                     " packs')"))
    pdf.add_argument("--pack", required=True, metavar="ID_OR_TITLE",
                     help=translate("Cli", "the pack's id, or its exact title"))
    pdf.add_argument("-o", "--output", required=True, metavar="FILE")
    pdf.set_defaults(func=cmd_export_pdf)

    pack = sub.add_parser("pack", help=translate("Cli", "make and check briefing packs"))
    pack_commands = pack.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    pack_new = pack_commands.add_parser(
        "new", help=translate("Cli", "make a pack for a roundtable, tailored to its reader;"
                                     " prints its id"))
    pack_new.add_argument("--roundtable", required=True, metavar="ID_OR_TITLE",
                          help=translate("Cli", "the roundtable's id, its title, or partner and"
                                                " number ('TN 5')"))
    pack_new.add_argument("--audience", metavar="TEXT", help=translate("Cli", "e.g. 'Italian"
                                                                              " delegation'"))
    pack_new.add_argument("--member-state", action="append", default=[], metavar="CODE",
                          help=translate("Cli", "only what this EU Member State takes part in"
                                                " (repeatable)"))
    pack_new.add_argument("--sector", action="append", default=[], metavar="NAME",
                          help=translate("Cli", "only this sector of common interest (repeatable)"))
    pack_new.add_argument("--category", action="append", default=[], metavar="NAME",
                          help=translate("Cli", "only this activity category (repeatable)"))
    pack_new.add_argument("--marking", metavar="M", help=translate("Cli", "public, limited or"
                                                                          " sensitive"))
    pack_new.add_argument("--language", choices=[str(x) for x in PackLanguage],
                          help=translate("Cli", "the language of the pack's headings, labels and"
                                                " sentences: en (English, the default), fr"
                                                " (French) or ar (Arabic, right to left)"))
    pack_new.add_argument("--from", dest="source", metavar="PACK",
                          help=translate("Cli", "start from this pack (id or title): its"
                                                " sections, texts and choices"))
    pack_new.set_defaults(func=cmd_pack_new)
    pack_check = pack_commands.add_parser(
        "check", help=translate("Cli", "what the pack's readiness checklist flags, one point a"
                                       " line"))
    pack_check.add_argument("pack", metavar="PACK", help=translate("Cli", "the pack's id, or its"
                                                                          " exact title"))
    pack_check.add_argument("--strict", action="store_true",
                            help=translate("Cli", "exit 1 when there is anything to check"))
    pack_check.set_defaults(func=cmd_pack_check)

    import_ = sub.add_parser("import", help=translate("Cli", "bring an edited file back into the"
                                                             " register"))
    import_formats = import_.add_subparsers(dest="format", metavar="FORMAT", required=True)
    xlsx_in = import_formats.add_parser(
        "xlsx", help=translate("Cli", "a register workbook edited in Excel or LibreOffice:"
                                      " preview, then apply"))
    xlsx_in.add_argument("file", metavar="FILE")
    xlsx_in.add_argument("--dry-run", action="store_true",
                         help=translate("Cli", "show what would change; write nothing"))
    xlsx_in.add_argument("--allow-duplicates", action="store_true",
                         help=translate("Cli", "import new rows that look like stored records"
                                               " (warn only)"))
    xlsx_in.set_defaults(func=cmd_import_xlsx)
    iati_in = import_formats.add_parser(
        "iati", help=translate("Cli", "an IATI activity file (standard 2.01-2.03): preview, then"
                                      " apply"))
    iati_in.add_argument("file", metavar="FILE")
    iati_in.add_argument("--partnership", metavar="CODE",
                         help=translate("Cli", "put every activity in this partnership (default:"
                                               " the partnership of its recipient country)"))
    iati_in.add_argument("--dry-run", action="store_true",
                         help=translate("Cli", "show what would change; write nothing"))
    iati_in.set_defaults(func=cmd_import_iati)
    outcome_in = import_formats.add_parser(
        "outcome", help=translate("Cli", "a roundtable's conclusions (.docx): its action table as"
                                         " commitments"))
    outcome_in.add_argument("file", metavar="FILE")
    outcome_in.add_argument("--roundtable", required=True, metavar="ID",
                            help=translate("Cli", "the roundtable the commitments were made at"))
    outcome_in.add_argument("--dry-run", action="store_true",
                            help=translate("Cli", "show what would be created; write nothing"))
    outcome_in.add_argument("--create-actors", metavar="KIND", type=_organisation_kind,
                            help=translate("Cli", "create actors not in the register as"
                                                  " organisations of this kind"
                                                  " (e.g. member_state)"))
    outcome_in.set_defaults(func=cmd_import_outcome)

    _add_exchange(sub)

    sync_cmd = sub.add_parser("sync", help=translate("Cli", "push this copy's changes to the"
                                                            " secretariat server, then pull the"
                                                            " server's"))
    sync_cmd.add_argument("--server", metavar="URL",
                      help=translate("Cli", "the server's address (first run; later the one"
                                            " signed in to)"))
    sync_cmd.add_argument("--token-file", type=Path, metavar="FILE",
                      help=translate("Cli", "a file holding the one-time sign-in token; exchanged"
                                            " for a credential kept in the database"))
    sync_cmd.add_argument("--user", metavar="NAME",
                      help=translate("Cli", "sign in with this user's password instead of a"
                                            " token (typed at the terminal, or read from the"
                                            " file $TPDESK_SERVER_PASSWORD_FILE names)"))
    sync_cmd.set_defaults(func=cmd_sync)

    selftest = sub.add_parser(
        "self-test", help=translate("Cli", "check this installation end to end, offscreen, on a"
                                           " throwaway database; prints JSON (exit 1 if a step"
                                           " failed)"))
    selftest.set_defaults(func=cmd_self_test)
    return parser


def _add_recovery(sub: Any) -> None:
    """recovery: a forgotten passphrase, answered by the secretariat's key."""
    rec = sub.add_parser(
        "recovery", help=translate("Cli", "a forgotten passphrase, recovered through the"
                                          " secretariat"),
        description=translate("Cli", "On the laptop, once: 'recovery seal' keeps the data key"
                                     " sealed to the secretariat's public key (in NAME.db.keys)."
                                     " Passphrase forgotten: the laptop sends 'recovery request -o"
                                     " FILE' to the secretariat, which runs 'recovery grant FILE"
                                     " -o UNLOCK' and reads the one-time code it prints to the"
                                     " person by phone; the laptop runs 'recovery apply UNLOCK'"
                                     " with the code ($TPDESK_PASSPHRASE_FILE) and a new"
                                     " passphrase ($TPDESK_NEW_PASSPHRASE_FILE). The unlock file"
                                     " without its code opens nothing."))
    rec_sub = rec.add_subparsers(dest="action", metavar="ACTION", required=True)
    seal = rec_sub.add_parser("seal", help=translate("Cli", "seal the database's key to the"
                                                            " secretariat's public key (laptop,"
                                                            " unlocked)"))
    seal.add_argument("--to", metavar="NAME_OR_FINGERPRINT",
                      help=translate("Cli", "a contact other than the register's secretariat"))
    seal.set_defaults(func=cmd_recovery_seal)
    request = rec_sub.add_parser("request", help=translate("Cli", "passphrase forgotten: the"
                                                                  " request to send to the"
                                                                  " secretariat (laptop)"))
    request.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    request.set_defaults(func=cmd_recovery_request)
    grant = rec_sub.add_parser("grant", help=translate("Cli", "answer a request with an unlock"
                                                              " file and a one-time code"
                                                              " (secretariat)"))
    grant.add_argument("file", type=Path, metavar="REQUEST")
    grant.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    grant.set_defaults(func=cmd_recovery_grant)
    apply = rec_sub.add_parser("apply", help=translate("Cli", "unlock with the secretariat's file"
                                                              " and code, and set a new passphrase"
                                                              " (laptop)"))
    apply.add_argument("file", type=Path, metavar="UNLOCK")
    apply.set_defaults(func=cmd_recovery_apply)


def _add_exchange(sub: Any) -> None:
    """identity, keys, contacts, exchange and conflicts: working together by files."""
    ident = sub.add_parser("identity", help=translate("Cli", "show or set this copy's name and"
                                                             " the user's name"))
    ident.add_argument("--name", metavar="TEXT", help=translate("Cli", "this copy's name, as"
                                                                       " others see it"))
    ident.add_argument("--person", metavar="TEXT", help=translate("Cli", "your name, for the"
                                                                         " history"))
    ident.set_defaults(func=cmd_identity)

    keys = sub.add_parser("keys", help=translate("Cli", "this copy's public keys"))
    keys_sub = keys.add_subparsers(dest="action", metavar="ACTION", required=True)
    keys_show = keys_sub.add_parser("show", help=translate("Cli", "print the public keys and"
                                                                  " their fingerprint"))
    keys_show.set_defaults(func=cmd_keys_show)
    keys_export = keys_sub.add_parser("export", help=translate("Cli", "write the public keys to"
                                                                      " give to others"))
    keys_export.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    keys_export.set_defaults(func=cmd_keys_export)

    contacts = sub.add_parser("contacts", help=translate("Cli", "the copies this one exchanges"
                                                                " files with"))
    contacts_sub = contacts.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = contacts_sub.add_parser("add", help=translate("Cli", "trust another copy's keys file"))
    add.add_argument("file", type=Path, metavar="FILE")
    add.add_argument("--name", metavar="TEXT", help=translate("Cli", "call it this rather than"
                                                                     " its own name"))
    add.set_defaults(func=cmd_contacts_add)
    listing = contacts_sub.add_parser("list", help=translate("Cli", "the contacts and their"
                                                                    " fingerprints"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print a JSON array"))
    listing.set_defaults(func=cmd_contacts_list)

    exchange = sub.add_parser("exchange", help=translate("Cli", "signed, encrypted exchange files"
                                                                " (.tpx)"))
    exchange_sub = exchange.add_subparsers(dest="action", metavar="ACTION", required=True)
    out = exchange_sub.add_parser("export", help=translate("Cli", "a pack for delegates, or a"
                                                                  " reply"))
    what = out.add_mutually_exclusive_group(required=True)
    what.add_argument("--pack", metavar="PACK", help=translate("Cli", "a briefing pack's id or"
                                                                      " title"))
    what.add_argument("--reply", action="store_true",
                      help=translate("Cli", "every change the recipients have not had yet"))
    out.add_argument("--to", nargs="+", required=True, metavar="NAME_OR_FINGERPRINT")
    out.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.tpx")
    out.set_defaults(func=cmd_exchange_export)
    into = exchange_sub.add_parser("import", help=translate("Cli", "check and merge an exchange"
                                                                   " file"))
    into.add_argument("file", type=Path, metavar="FILE.tpx")
    into.add_argument("--dry-run", action="store_true", help=translate("Cli", "show what it would"
                                                                              " do; write nothing"))
    into.add_argument("--json", action="store_true", help=translate("Cli", "print the preview as"
                                                                           " JSON"))
    into.set_defaults(func=cmd_exchange_import)

    conflicts = sub.add_parser("conflicts", help=translate("Cli", "edits that met and wait for a"
                                                                  " decision"))
    conflicts_sub = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True)
    conflicts_list = conflicts_sub.add_parser("list", help=translate("Cli", "open conflicts and"
                                                                            " proposals"))
    conflicts_list.add_argument("--json", action="store_true", help=translate("Cli", "print a"
                                                                                     " JSON array"))
    conflicts_list.set_defaults(func=cmd_conflicts_list)


def _stores(args: argparse.Namespace) -> StoreFactory:
    """The one store factory of this run: the database, its key, the user and today.

    An encrypted database is unlocked once, by the key remembered on this
    computer or else by its passphrase; the factory is kept on `args`, so a
    damaged file can be answered with the newest good backup (`main`).
    """
    factory: StoreFactory | None = getattr(args, "factory", None)
    if factory is None:
        path = default_db_path(args.db)
        key = None
        if is_encrypted(path):
            key = remembered_key(path) or unlock(path, read_secret(
                "TPDESK_PASSPHRASE_FILE",
                translate("Cli", "Passphrase for {path}: ").format(path=path)))
        factory = args.factory = StoreFactory(path, key=key)
    return factory


def _print_json(items: list[dict[str, Any]]) -> None:
    json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _print_table(header: Sequence[str], rows: list[Sequence[Any]]) -> None:
    header = [translate("CliColumn", name) for name in header]
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
        (translate_noop("CliColumn", "code"), translate_noop("CliColumn", "partner"),
         translate_noop("CliColumn", "status"), translate_noop("CliColumn", "launched"),
         translate_noop("CliColumn", "member states"), translate_noop("CliColumn", "sectors")),
        lambda r, codes, today: (r.country_code, country_name(r.country_code),
                                 r.status.translated, r.launch_date, " ".join(r.member_states),
                                 ", ".join(r.sectors))),
    Roundtable: (
        (translate_noop("CliColumn", "partner"), translate_noop("CliColumn", "no."),
         translate_noop("CliColumn", "date"), translate_noop("CliColumn", "place"),
         translate_noop("CliColumn", "status")),
        lambda r, codes, today: (codes.get(r.partnership_id), r.number, r.date, r.place,
                                 r.status.translated)),
    Activity: (
        (translate_noop("CliColumn", "partner"), translate_noop("CliColumn", "title"),
         translate_noop("CliColumn", "category"), translate_noop("CliColumn", "status"),
         translate_noop("CliColumn", "start"), translate_noop("CliColumn", "end"),
         translate_noop("CliColumn", "EUR")),
        lambda r, codes, today: (codes.get(r.partnership_id), r.title, r.category.translated,
                                 r.status.translated, r.start_date, r.end_date,
                                 format_number(whole_euros(r.total_cents)))),
    Commitment: (
        (translate_noop("CliColumn", "partner"), translate_noop("CliColumn", "due"),
         translate_noop("CliColumn", "status"), translate_noop("CliColumn", "overdue"),
         translate_noop("CliColumn", "commitment")),
        lambda r, codes, today: (codes.get(r.partnership_id), r.due_date, r.status.translated,
                                 translate("Cli", "OVERDUE") if r.is_overdue(today) else "",
                                 r.text)),
    Organisation: (
        (translate_noop("CliColumn", "short name"), translate_noop("CliColumn", "name"),
         translate_noop("CliColumn", "kind"), translate_noop("CliColumn", "country")),
        lambda r, codes, today: (r.short_name, r.name, r.kind.translated, r.country_code)),
    Pack: (
        (translate_noop("CliColumn", "id"), translate_noop("CliColumn", "partner"),
         translate_noop("CliColumn", "date"), translate_noop("CliColumn", "marking"),
         translate_noop("CliColumn", "audience"), translate_noop("CliColumn", "title")),
        lambda r, codes, today: (r.id, codes.get(r.partnership_id or ""), r.date,
                                 r.marking.translated, r.audience, r.title)),
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
        print(counted(cls, len(records)))
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
        count = len(hits)
        print(translate("Cli", "%Ln found", None, count))
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
        count = len(changes)
        print(translate("Cli", "%Ln change(s)", None, count))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    factory = _stores(args)
    problems, live = check_database(factory)
    for problem in problems:
        print(problem)
    if problems:
        count = len(problems)
        print(translate("Cli", "{file}: %Ln problem(s) found in {live} records", None,
                        count).format(file=factory.path, live=live), file=sys.stderr)
        return 1
    print(translate("Cli", "ok: {live} records checked, no problems").format(live=live))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    target = back_up(_stores(args), args.output)
    print(translate("Cli", "backed up to {file}").format(file=target))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    found = list_backups(_stores(args))
    if args.json:
        _print_json([{"file": str(info.path), "time": at.isoformat().replace("+00:00", "Z"),
                      "size": info.size, "records": info.records}
                     if not isinstance(info, StoreError) else
                     {"time": at.isoformat().replace("+00:00", "Z"), "error": str(info)}
                     for at, info in found])
        return 0
    _print_table((translate_noop("CliColumn", "time (UTC)"),
                  translate_noop("CliColumn", "size"), translate_noop("CliColumn", "records"),
                  translate_noop("CliColumn", "file")), [
        (at.strftime("%Y-%m-%d %H:%M"), "" if isinstance(info, StoreError)
         else format_number(info.size), "" if isinstance(info, StoreError) else info.records,
         translate("Cli", "unusable: {reason}").format(reason=info)
         if isinstance(info, StoreError) else info.path)
        for at, info in found])
    count = len(found)
    print(translate("Cli", "%Ln backup(s)", None, count))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    before = restore_backup(_stores(args), args.file)
    print(translate("Cli", "restored {file}; the database as it was is in {before} (restore"
                           " that to undo)").format(file=args.file, before=before))
    return 0


def cmd_encrypt(args: argparse.Namespace) -> int:
    factory = _stores(args)
    if factory.key is not None:
        raise UserError(translate("Cli", "{file} is already encrypted").format(
            file=factory.path))
    done = encrypt_database(factory, read_secret("TPDESK_PASSPHRASE_FILE", _new_passphrase(),
                                             confirm=True), recovery=args.recovery_key)
    print(translate("Cli", "encrypted {file}; its key is wrapped in {name}.keys beside it: keep"
                           " the two together").format(file=factory.path, name=factory.path.name))
    if done.recovery_key:
        print(translate("Cli", "recovery key (shown once; write it down and keep it apart): {key}"
                        ).format(key=done.recovery_key))
    for copy in done.plain_copies:
        print(translate("Cli", "warning: plain copy left: {file} (delete it, or keep it somewhere"
                               " safe)").format(file=copy), file=sys.stderr)
    print(translate("Cli", "warning: earlier copies of the plain file may persist on the disk"
                           " until overwritten"), file=sys.stderr)
    return 0


def cmd_passphrase_change(args: argparse.Namespace) -> int:
    factory = _stores(args)
    if factory.key is None:
        raise UserError(translate("Cli", "{file} is not encrypted; run 'tpdesk encrypt' first"
                                  ).format(file=factory.path))
    change_passphrase(factory, read_secret("TPDESK_NEW_PASSPHRASE_FILE", _new_passphrase(),
                                       confirm=True))
    print(translate("Cli", "passphrase changed for {file}").format(file=factory.path))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    target = decrypt_database(_stores(args), args.output)
    print(translate("Cli", "wrote a plain copy to {file}: anyone with the file can read it"
                    ).format(file=target))
    return 0


def cmd_recovery_seal(args: argparse.Namespace) -> int:
    factory = _stores(args)
    holder = recovery.seal_key(factory, to=args.to)
    print(translate("Cli", "the key of {file} is now also sealed to {name} ({fingerprint}): they"
                           " can unlock it if the passphrase is forgotten").format(
        file=factory.path, name=holder.name, fingerprint=holder.fingerprint))
    return 0


def cmd_recovery_request(args: argparse.Namespace) -> int:
    path = default_db_path(args.db)
    holders = recovery.write_request(path, args.output)
    print(translate("Cli", "wrote {file}: send it to {holders}, then call them; they give you a"
                           " one-time code for their unlock file ('tpdesk recovery apply')"
                    ).format(file=args.output,
                             holders=translate("Cli", " or ").join(holders)))
    return 0


def cmd_recovery_grant(args: argparse.Namespace) -> int:
    granted = recovery.grant_unlock(_stores(args), args.file, args.output)
    print(translate("Cli", "wrote {file}: the unlock for {contact}'s database").format(
        file=granted.path, contact=granted.contact))
    print(translate("Cli", "one-time code (shown once; read it to {contact} by phone, never send"
                           " it with the file): {code}").format(contact=granted.contact,
                                                                code=granted.code))
    return 0


def cmd_recovery_apply(args: argparse.Namespace) -> int:
    factory = StoreFactory(default_db_path(args.db))
    code = read_secret("TPDESK_PASSPHRASE_FILE",
                       translate("Cli", "One-time code from the secretariat: "))
    recovery.apply_unlock(factory, args.file, code, read_secret(
        "TPDESK_NEW_PASSPHRASE_FILE", _new_passphrase(), confirm=True))
    print(translate("Cli", "unlocked {file}: its passphrase is the new one").format(
        file=factory.path))
    return 0


def _add_filters(group: argparse._ArgumentGroup) -> None:
    """The filters of `list`, shared by `export xlsx --all` (each narrows the sheets it fits)."""
    group.add_argument("--partnership", metavar="CODE", help=translate("Cli", "partner country"
                                                                              " ISO code"))
    group.add_argument("--status", help=translate("Cli", "status value or label"))
    group.add_argument("--category", help=translate("Cli", "activity category"))
    group.add_argument("--sector", help=translate("Cli", "sector of common interest"))
    group.add_argument("--member-state", metavar="CODE", help=translate("Cli", "EU Member State"
                                                                               " ISO code"))
    group.add_argument("--instrument", help=translate("Cli", "funding instrument, e.g. mpf, amif,"
                                                             " ndici"))
    group.add_argument("--kind", dest="org_kind", metavar="ORG_KIND",
                       help=translate("Cli", "organisation kind"))
    group.add_argument("--overdue", action="store_true",
                       help=translate("Cli", "commitments past their due date, neither fulfilled"
                                             " nor cancelled"))
    group.add_argument("--due-within", type=_positive, metavar="DAYS",
                       help=translate("Cli", "open commitments due in the next DAYS days"))
    group.add_argument("--text", help=translate("Cli", "full-text filter"))


_OPTIONS = {"due_within_days": "--due-within", "member_states": "--member-state",
            "sectors": "--sector", "categories": "--category"}


def _option(field: str) -> str:
    """The option that gives the core's `field` (of `Filters`, `PackChoices`, a parameter)."""
    return _OPTIONS.get(field, f"--{field.replace('_', '-')}")


def _filters(args: argparse.Namespace) -> Filters:
    return Filters(partnership=args.partnership, status=args.status, category=args.category,
                   sector=args.sector, member_state=args.member_state,
                   instrument=args.instrument, kind=args.org_kind, overdue=args.overdue,
                   due_within_days=args.due_within, text=args.text)


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    filters = _filters(args)
    if (args.template or args.pack) and filters.given():
        args.parser.error(translate("Cli", "{option} takes no filters").format(
            option="--template" if args.template else "--pack"))
    stores = _stores(args)
    if args.pack:
        target = export_pack(stores, args.pack, args.output, fmt="xlsx",
                             options=ExportOptions(marking=args.marking)).path
    elif args.template:
        target = export_template(stores, args.output, marking=args.marking)
    else:
        target = export_register(stores, args.output, filters=filters, marking=args.marking)
    print(translate("Cli", "wrote {file}").format(file=target))
    return 0


def cmd_export_docx(args: argparse.Namespace) -> int:
    return _report(export_pack(_stores(args), args.pack, args.output, fmt="docx",
                               options=ExportOptions(template=args.template)))


def cmd_export_pdf(args: argparse.Namespace) -> int:
    return _report(export_pack(_stores(args), args.pack, args.output, fmt="pdf"))


def _report(written: PackExport) -> int:
    print(translate("Cli", "wrote {file}").format(file=written.path))
    if written.checklist:
        count = len(written.checklist)
        print(translate("Cli", "%Ln point(s) to check before the roundtable:", None,
                        count))
        for item in written.checklist:
            print(f"  {item}")
    return 0


def cmd_pack_new(args: argparse.Namespace) -> int:
    choices = PackChoices(audience=args.audience, member_states=tuple(args.member_state),
                          sectors=tuple(args.sector), categories=tuple(args.category),
                          marking=args.marking, language=args.language)
    pack = create_pack(_stores(args), roundtable=args.roundtable, choices=choices,
                       source=args.source)
    print(pack.id)
    return 0


def cmd_pack_check(args: argparse.Namespace) -> int:
    pack, checklist = pack_checklist(_stores(args), args.pack)
    for item in checklist:
        print(item)
    count = len(checklist)
    if count == 0:
        summary = translate("Cli", "{pack}: no points to check")
    else:
        summary = translate("Cli", "{pack}: %Ln point(s) to check", None, count)
    print(summary.format(pack=pack.title), file=sys.stderr)
    return 1 if checklist and args.strict else 0


class _Preview(Protocol):
    """What every import's preview offers (workbook, IATI file, roundtable outcome)."""

    @property
    def path(self) -> Path: ...
    @property
    def errors(self) -> Sequence[object]: ...
    def lines(self) -> Iterable[str]: ...


def _show_preview(preview: _Preview) -> None:
    """Print an import's preview, a line a change; refuse it whole if any row has an error."""
    for line in preview.lines():
        print(line)
    if preview.errors:
        count = len(preview.errors)
        raise UserError(translate("Cli", "{file}: %Ln error(s); nothing imported", None,
                                  count).format(file=preview.path.name))


def cmd_import_xlsx(args: argparse.Namespace) -> int:
    stores = _stores(args)
    preview = preview_workbook(stores, args.file, allow_duplicates=args.allow_duplicates)
    _show_preview(preview)
    if args.dry_run:
        print(translate("Cli", "dry run: nothing written"))
        return 0
    print(apply_workbook(stores, preview).summary())
    return 0


def cmd_import_iati(args: argparse.Namespace) -> int:
    stores = _stores(args)
    preview = preview_iati_file(stores, args.file, partnership=args.partnership)
    _show_preview(preview)
    if args.dry_run:
        print(translate("Cli", "dry run: nothing written"))
        return 0
    print(apply_iati_file(stores, preview).summary())
    return 0


def cmd_identity(args: argparse.Namespace) -> int:
    me = exchange.identity(_stores(args).creating(), name=args.name, person=args.person)
    unset = translate("Cli", "(not set)")
    for label, value in ((translate("Cli", "name"), me.name),
                         (translate("Cli", "person"), me.person),
                         (translate("Cli", "role"), me.role),
                         (translate("Cli", "replica"), me.replica_id),
                         (translate("Cli", "register"), me.register_id),
                         (translate("Cli", "fingerprint"), me.fingerprint)):
        print(f"{label + ':':<13}{value or unset}")
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    keys = exchange.public_keys(_stores(args).creating())
    for label, value in ((translate("Cli", "name"), keys.name),
                         (translate("Cli", "fingerprint"), keys.fingerprint),
                         (translate("Cli", "replica"), keys.replica_id),
                         (translate("Cli", "signing key"), keys.sign_key),
                         (translate("Cli", "age recipient"), keys.age_recipient)):
        print(f"{label + ':':<15}{value}")
    return 0


def cmd_keys_export(args: argparse.Namespace) -> int:
    keys = exchange.export_keys(_stores(args).creating(), args.output)
    print(translate("Cli", "wrote {file}: {name}, fingerprint {fingerprint}").format(
        file=args.output, name=keys.name, fingerprint=keys.fingerprint))
    return 0


def cmd_contacts_add(args: argparse.Namespace) -> int:
    contact = exchange.add_contact(_stores(args).creating(), args.file, name=args.name)
    print(f"{contact.name}  {contact.fingerprint}")
    return 0


def cmd_contacts_list(args: argparse.Namespace) -> int:
    found = exchange.contacts(_stores(args).creating())
    if args.json:
        _print_json([{"name": c.name, "fingerprint": c.fingerprint, "replica": c.replica_id}
                     for c in found])
    else:
        _print_table((translate_noop("CliColumn", "name"),
                      translate_noop("CliColumn", "fingerprint")),
                     [(c.name, c.fingerprint) for c in found])
        count = len(found)
        print(translate("Cli", "%Ln contact(s)", None, count))
    return 0


def cmd_exchange_export(args: argparse.Namespace) -> int:
    report = exchange.export_exchange(_stores(args), args.output, to=args.to, pack=args.pack)
    print(report.summary())
    return 0


def cmd_exchange_import(args: argparse.Namespace) -> int:
    report = exchange.import_exchange(_stores(args).creating(), args.file,
                                      dry_run=args.dry_run)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for line in report.lines():
            print(line)
        print(report.summary() + (translate("Cli", "; dry run: nothing written")
                                  if args.dry_run else ""))
    return 0


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    found = exchange.list_conflicts(_stores(args))
    if args.json:
        _print_json([c.to_json() for c in found])
    else:
        _print_table((translate_noop("CliColumn", "id"), translate_noop("CliColumn", "kind"),
                      translate_noop("CliColumn", "record and field"),
                      translate_noop("CliColumn", "kept"), translate_noop("CliColumn", "other"),
                      translate_noop("CliColumn", "by")),
                     [(c.conflict.id[:8], c.conflict.kind, c.label, _value(c.conflict.kept),
                       _value(c.conflict.lost), c.conflict.lost_who) for c in found])
        count = len(found)
        print(translate("Cli", "%Ln open", None, count))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    if args.user is not None and args.token_file is not None:
        raise UserError(translate("Cli", "--user and --token-file: sign in with one or the"
                                         " other"))
    token = None
    if args.token_file is not None:
        try:
            token = args.token_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(translate("Cli", "{file}: the token file cannot be read ({reason})"
                                      ).format(file=args.token_file,
                                               reason=getattr(exc, "strerror", None) or exc)
                            ) from exc
    password = None
    if args.user is not None:
        if args.server is None:
            raise UserError(translate("Cli", "--user: name the server too (--server URL)"))
        password = read_secret(
            "TPDESK_SERVER_PASSWORD_FILE",
            translate("Cli", "Password of {user} on {server}: ").format(
                user=args.user, server=args.server), what="password")
    signing_in = token is not None or password is not None
    stores = _stores(args).creating() if signing_in else _stores(args)
    print(sync.sync(stores, url=args.server, token=token, user=args.user,
                    password=password).summary())
    return 0


def _value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def cmd_import_outcome(args: argparse.Namespace) -> int:
    stores = _stores(args)
    preview = preview_outcome(stores, args.file, roundtable_id=args.roundtable)
    _show_preview(preview)
    if preview.unknown_actors and args.create_actors is None:
        count = len(preview.unknown_actors)
        raise UserError(translate("Cli", "%Ln actor(s) not in the register: add them as"
                                         " organisations, or rerun with --create-actors KIND;"
                                         " nothing imported", None, count))
    if args.dry_run:
        print(translate("Cli", "dry run: nothing written"))
        return 0
    print(apply_outcome(stores, preview, create_actors=args.create_actors).summary())
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from .selftest import run

    return run()


def _run_app(args: argparse.Namespace) -> int:
    from .app import run

    return run(args.db, language=args.lang)


def _use_language(argv: Sequence[str] | None) -> None:
    """--lang, else the preferences' language, before the parser's own texts are made."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=LANGUAGES)
    known, _ = early.parse_known_args(argv)
    from PySide6.QtCore import QSettings

    from .paths import APP_AUTHOR, APP_NAME
    from .ui.language import saved_language, use_language

    use_language(known.lang or saved_language(QSettings(APP_AUTHOR, APP_NAME)))


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    try:
        _use_language(argv)
    except SystemExit as exc:  # a --lang that is not one of the three
        return int(exc.code or 2)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is not None and not args.db.strip():  # else it would mean the default file
        print(translate("Cli", "tpdesk: error: --db: the path is empty; name a database file"),
              file=sys.stderr)
        return 2
    try:
        if args.command is None:
            return _run_app(args)
        return int(args.func(args))
    except InputError as exc:
        _error(translate("Cli", "{option}: {reason}").format(option=_option(exc.field),
                                                              reason=exc.reason))
        return 1
    except MissingDatabaseError as exc:
        _error(translate("Cli", "{error} (run 'tpdesk --db {path} demo' to create one with demo"
                         " data)").format(error=exc, path=exc.path))
        return 1
    except DamagedError as exc:
        factory = getattr(args, "factory", None)
        good = newest_good_backup(factory) if factory is not None else None
        offer = translate("Cli", "; the newest good backup is {file} ('tpdesk restore {file}')"
                          ).format(file=good) if good else ""
        _error(f"{exc}{offer}")
        return 1
    except UserError as exc:
        _error(str(exc))
        return 1
    except KeyboardInterrupt:
        print(translate("Cli", "tpdesk: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`tpdesk list ... | head`): stop quietly, as the
        # Python docs advise, without a second error when stdout is flushed at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        where = log_bug(exc, source="tpdesk.cli")
        print(translate("Cli", "tpdesk: internal error: {error} (logged to {log})").format(
            error=f"{type(exc).__name__}: {exc}", log=where or "stderr"), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
