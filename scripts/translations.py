"""Keep the translations' sources in step with the code, and compile them.

    python scripts/translations.py update     lupdate: new strings into each .ts
    python scripts/translations.py release D  lrelease: each .ts into D/tpdesk_LANG.qm

The strings are those written as `QCoreApplication.translate("Context", …)`
in the app and `translate("Context", …)` / `translate_noop(…)` in the core
(tpdesk.models.l10n). Locations are left out of the .ts files, so moving code
does not rewrite them and parallel branches merge them cleanly.

A counted text ('%Ln record(s)', translated with its count) takes one form
per plural category of the language: French two, Arabic six. lupdate's
Python parser sees a count only when it is a literal number, so it would
write such texts as plain ones and drop their forms; `update` marks every
text holding %n or %Ln as counted again and keeps the forms it had.
"""

from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tpdesk"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar")
# CLDR's plural categories, in Qt's order (Arabic: 0, 1, 2, 3-10, 11-99, 100+)
PLURAL_FORMS = {"fr": 2, "ar": 6}
COUNTED = re.compile(r"%L?n")
LUPDATE_OPTIONS = ("-extensions", "py", "-locations", "none", "-no-obsolete",
                   "-tr-function-alias", "QT_TRANSLATE_NOOP+=translate_noop")

sys.path.insert(0, str(ROOT))
from tpdesk.ui.language import compile_translation, qt_tool  # noqa: E402


def ts_files(folder: Path = TRANSLATIONS) -> list[Path]:
    return [folder / f"tpdesk_{language}.ts" for language in LANGUAGES]


def lupdate(targets: list[Path], *, sources: Path = SOURCES) -> str:
    """Extract the strings of `sources` into `targets`; lupdate's report."""
    kept = {target: plural_forms(target) for target in targets if target.is_file()}
    done = subprocess.run([str(qt_tool("lupdate")), *LUPDATE_OPTIONS, str(sources),
                           "-ts", *map(str, targets)],
                          check=True, capture_output=True, text=True, timeout=300)
    for target in targets:
        count_again(target, kept.get(target, {}))
    return done.stdout + done.stderr


def language_of(ts: Path) -> str:
    return ts.stem.rsplit("_", 1)[-1]


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The forms of each counted message of `ts`, by (context, source)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found[(name, message.findtext("source") or "")] = [
                    form.text or "" for form in message.iter("numerusform")]
    return found


_CONTEXT = re.compile(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>", re.S)
_MESSAGE = re.compile(r'    <message(?: numerus="yes")?>\n        <source>(.*?)</source>\n'
                      r"        <translation[^>]*?(?:/>|>.*?</translation>)\n", re.S)


def _xml(text: str) -> str:
    """`text` escaped as lupdate writes it."""
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("'", "&apos;"),
                         ('"', "&quot;")):
        text = text.replace(char, entity)
    return text


def count_again(ts: Path, kept: dict[tuple[str, str], list[str]]) -> None:
    """Mark the messages of `ts` holding %n as counted, with their kept forms (else empty)."""
    forms = PLURAL_FORMS[language_of(ts)]

    def message(context: str, found: re.Match[str]) -> str:
        source = html.unescape(found.group(1))
        if not COUNTED.search(source):
            return found.group(0)
        texts = (kept.get((context, source)) or [])[:forms]
        texts += [""] * (forms - len(texts))
        finished = all(text.strip() for text in texts)
        lines = "".join(f"            <numerusform>{_xml(text)}"
                        "</numerusform>\n" for text in texts)
        state = "" if finished else ' type="unfinished"'
        return (f'    <message numerus="yes">\n        <source>{found.group(1)}</source>\n'
                f"        <translation{state}>\n{lines}        </translation>\n")

    def context(found: re.Match[str]) -> str:
        name = html.unescape(found.group(1))
        body = _MESSAGE.sub(lambda m: message(name, m), found.group(2))
        return f"<context>\n    <name>{found.group(1)}</name>\n{body}</context>"

    text = ts.read_text(encoding="utf-8")
    ts.write_text(_CONTEXT.sub(context, text), encoding="utf-8")


def release(folder: Path) -> list[Path]:
    written = []
    for source in ts_files():
        target = folder / source.with_suffix(".qm").name
        compile_translation(source, target)
        written.append(target)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract new strings into the .ts files")
    compiled = commands.add_parser("release", help="compile the .ts files to .qm")
    compiled.add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.command == "update":
        print(lupdate(ts_files()), end="")
    else:
        for path in release(args.folder):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
