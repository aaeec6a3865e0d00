"""French and Arabic: every string of the app translated, and the translations load.

Three checks, each failing on a string left behind: the .ts files have a
finished translation for every message, with the same {placeholders};
lupdate run over the sources now finds no string the .ts files lack; and the
app's text-setting calls are given no bare literal (a string lupdate cannot
see because nobody wrapped it).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from tpdesk.ui.language import compile_translation

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations",
                                               ROOT / "scripts" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

PLACEHOLDER = re.compile(r"\{[a-z_]*(?:![rs])?(?::[^{}]*)?\}")


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _texts(message: ET.Element) -> list[str]:
    """The translation of a message: its one text, or each of its plural forms."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.mark.parametrize("ts", translations.ts_files(), ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    messages = _messages(ts)
    assert len(messages) > 400
    unfinished = [source for (_, source), m in messages.items()
                  if m.find("translation") is None
                  or m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
                  or not all(text.strip() for text in _texts(m))]
    assert unfinished == []
    wrong = [(source, text) for (_, source), m in messages.items() for text in _texts(m)
             if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))]
    assert wrong == []


@pytest.mark.parametrize("ts", translations.ts_files(), ids=lambda p: p.name)
def test_counted_messages_have_every_plural_form(ts: Path) -> None:
    """'%Ln record(s)': French's two forms, Arabic's six, those for many numbers writing it."""
    forms = translations.PLURAL_FORMS[translations.language_of(ts)]
    counted = {source: m for (_, source), m in _messages(ts).items()
               if translations.COUNTED.search(source)}
    assert counted
    assert [s for s, m in counted.items() if m.get("numerus") != "yes"] == []
    assert [s for s, m in counted.items() if len(_texts(m)) != forms] == []
    # The forms past 'one' (French) or 'two' (Arabic) cover many numbers: they must print it.
    written = 1 if forms == 2 else 3
    assert [s for s, m in counted.items()
            if not all(translations.COUNTED.search(t) for t in _texts(m)[written:])] == []


# Templates naming a record by its kind ({label}/{what} is 'Activité', 'Note', 'Engagement' …):
# the kind's gender varies, so the sentence is built around "la fiche" / "السجل", which
# the participles agree with, whatever the kind.
RECORD_KIND_TEMPLATES = [
    "{what} cannot be deleted: {listed} cannot do without it",
    "{what} cannot be removed: it is used by {listed}",
    "{what} cannot be deleted: it is used by {listed}",
    "{what} was changed by another edit or a merge since it was opened",
    "{what} is no longer there",
    "{label} '{caption}' could not be saved: {exc}",
    "{label} '{caption}' was deleted; restore it first",
    "{label} '{caption}' is already deleted",
    "{label} '{caption}' is no longer there",
    "{label} {record_id} is not in this copy",
    "{count} {label} records could not be saved: {exc}",
    "no {label} with id {record_id}",
    "no deleted {label} with id {record_id}",
    "cannot sort {label} records by {order_by!r}",
    "the new {label} on {sheet} row {row} has errors: fix that row first",
    "its {label} is deleted on row {deleted}; leave this row unchanged",
    "the {label} is no longer in the register",
    "no {label} with id {record_id} in the register",
    "no {label} with id {parent_id} in the register",
    "added: {kind} '{caption}'",
    "changed: {kind} '{caption}': {field}: {old} → {new}",
    "deleted: {kind} '{caption}'",
]
MASCULINE_PARTICIPLE = re.compile(
    r"\b(?:ajouté|supprimé|retiré|enregistré|modifié|utilisé|restaurez-le)\b")


@pytest.mark.parametrize(("language", "noun"), [("fr", "fiche"), ("ar", "السجل")])
def test_record_kind_templates_agree_with_the_record_not_its_kind(language: str,
                                                                  noun: str) -> None:
    ts = next(p for p in translations.ts_files() if translations.language_of(p) == language)
    texts = {source: _texts(m)[0] for (_, source), m in _messages(ts).items()}
    assert [s for s in RECORD_KIND_TEMPLATES if s not in texts] == []
    assert [texts[s] for s in RECORD_KIND_TEMPLATES if noun not in texts[s]] == []
    assert [texts[s] for s in RECORD_KIND_TEMPLATES
            if language == "fr" and MASCULINE_PARTICIPLE.search(texts[s])] == []


def test_lupdate_finds_no_string_the_translations_lack(tmp_path: Path) -> None:
    copies = []
    for ts in translations.ts_files():
        shutil.copy(ts, tmp_path / ts.name)
        copies.append(tmp_path / ts.name)
    translations.lupdate(copies)
    for ts, copy in zip(translations.ts_files(), copies, strict=True):
        before, after = set(_messages(ts)), set(_messages(copy))
        assert sorted(after - before) == [], f"not in {ts.name}: run scripts/translations.py update"
        assert sorted(before - after) == [], f"{ts.name} holds strings the code no longer has"


def _translate_calls(path: Path) -> list[tuple[int, str, str]]:
    """(line, context, text) of each translate("Context", "text", ...) call with literals."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Call) and len(node.args) >= 2
                and (node.func.attr if isinstance(node.func, ast.Attribute)
                     else getattr(node.func, "id", "")) in ("translate", "translate_noop")
                and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                        for a in node.args[:2])):
            found.append((node.lineno, node.args[0].value, node.args[1].value))
    return found


def test_every_translate_call_reached_the_translations() -> None:
    """lupdate's Python parser skips some calls silently (a count written `len(x) - 1`)."""
    messages = set(_messages(translations.ts_files()[0]))
    missed = [f"{path.relative_to(ROOT)}:{line}: {text!r}"
              for path in sorted((ROOT / "tpdesk").rglob("*.py"))
              for line, context, text in _translate_calls(path)
              if (context, text) not in messages]
    assert missed == []


def test_the_core_marks_are_extracted() -> None:
    """The core's translate() and translate_noop() reach lupdate, not only Qt's own calls."""
    messages = _messages(translations.ts_files()[0])
    assert ("OrganisationKind", "Member State") in messages  # translate_noop in vocab.py
    assert ("Record", "Commitment") in messages  # translate_noop in records.py
    assert ("App", "tpdesk hit an internal error; the log file could not be written.") \
        in messages  # the core's translate, as the app calls it


@pytest.mark.parametrize(("language", "expected"), [("fr", "Engagements"),
                                                     ("ar", "الالتزامات")])
def test_a_compiled_translation_loads(tmp_path: Path, language: str, expected: str) -> None:
    qm = tmp_path / f"tpdesk_{language}.qm"
    compile_translation(translations.TRANSLATIONS / f"tpdesk_{language}.ts", qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Commitments") == expected


# Calls whose text argument the user reads: a bare literal there was never wrapped.
TEXT_CALLS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setWhatsThis", "setTitle", "setSubTitle",
    "addTab", "setTabText", "setItemText", "addMenu", "addAction", "addButton", "addItem",
    "addItems", "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage",
    "setInformativeText", "setLabelText",
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory", "buddy_label", "push_button",
    "setHtml", "setButtonText", "addRow", "setSpecialValueText", "setSuffix", "setPrefix",
    "add_placeholder", "add_group", "Card", "Figure", "run_job",
}
UI_FILES = sorted([*(ROOT / "tpdesk" / "ui").rglob("*.py"), ROOT / "tpdesk" / "app.py"])
def _words(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = re.sub(r"\btpdesk\b|<[^>]*>|^\.\w+$", "", node.value)  # name, markup, suffix
        return bool(re.search(r"[A-Za-z]{2}", words))
    if isinstance(node, ast.JoinedStr):
        return any(_words(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _words(node.left) or _words(node.right)
    if isinstance(node, ast.IfExp):
        return _words(node.body) or _words(node.orelse)
    return False


def bare_literals(path: Path, calls: set[str] = TEXT_CALLS,
                  keywords: tuple[str, ...] = ("tip", "text", "placeholderText", "title",
                                               "empty_text", "toolTip"),
                  *, positional: bool = True) -> list[str]:
    """'line: call' for each text call given an untranslated literal or f-string."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = (node.func.attr if isinstance(node.func, ast.Attribute)
                else node.func.id if isinstance(node.func, ast.Name) else "")
        if name not in calls:
            continue
        arguments = [*(node.args if positional else ()),
                     *(k.value for k in node.keywords if k.arg in keywords)]
        found += [f"{node.lineno}: {name}" for a in arguments if _words(a)]
    return found


@pytest.mark.parametrize("path", UI_FILES,
                         ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_text_call_is_given_a_bare_literal(path: Path) -> None:
    assert bare_literals(path) == []


# The command line's calls whose text the user reads: its help and its messages.
CLI_HELP = {"ArgumentParser", "add_parser", "add_argument"}
CLI_MESSAGES = {"print", "UserError", "ArgumentTypeError", "error", "getpass", "_error",
                "add_argument_group"}


def test_the_command_line_is_given_no_bare_literal() -> None:
    cli = ROOT / "tpdesk" / "cli.py"
    assert bare_literals(cli, CLI_HELP, ("help", "description"), positional=False) == []
    assert bare_literals(cli, CLI_MESSAGES, ()) == []


# The core's errors reach the app and the command line: their text is translated where raised.
CORE_ERRORS = {"UserError", "StoreError", "DamagedError", "ReferencedError",
               "VersionConflictError", "WrongPassphrase", "SyncError", "TooLarge",
               "MissingDatabaseError", "CellError"}
CORE_FILES = sorted([*(ROOT / "tpdesk" / "models").glob("*.py"),
                     *(ROOT / "tpdesk" / "services").glob("*.py"),
                     *(ROOT / "tpdesk" / "export").glob("*.py")])


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_core_raises_no_untranslated_message(path: Path) -> None:
    assert bare_literals(path, CORE_ERRORS, ()) == []
    # An InputError's reason (its third argument) is the words the user reads.
    reasons = [f"{node.lineno}: {node.func.id}" for node in ast.walk(ast.parse(path.read_text()))
               if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
               and node.func.id in ("InputError", "FilterError")
               and len(node.args) == 3 and _words(node.args[2])]
    assert reasons == []


OPTION = re.compile(r"(?<![\w-])--[a-z]")


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_the_core_names_no_command_line_option(path: Path) -> None:
    """The core's messages reach the app: an option (`--server`) is the command line's word.

    A refused value is an InputError (field, value, reason), which the command
    line words with its option and the app with its label.
    """
    found = [f"{line}: {text!r}" for line, context, text in _translate_calls(path)
             if context == "Core" and OPTION.search(text)]
    assert found == []


COUNTED_FORMS = {  # "%Ln commitment(s)" for 0, 1, 2, 3, 11, 100
    "en": ["0 commitments", "1 commitment", "2 commitments", "3 commitments", "11 commitments",
           "100 commitments"],
    "fr": ["0 engagement", "1 engagement", "2 engagements", "3 engagements", "11 engagements",
           "100 engagements"],
    "ar": ["لا التزامات", "التزام واحد", "التزامان", "3 التزامات", "11 التزامًا", "100 التزام"],
}


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_counted_text_takes_the_form_of_each_number(language: str) -> None:
    """Arabic's six plural categories, French's two (0 and 1 singular), English's two."""
    from tpdesk.models.l10n import translate
    from tpdesk.ui.language import use_language

    use_language(language)  # type: ignore[arg-type]
    try:
        shown = [translate("Core", "%Ln commitment(s)", None, n) for n in (0, 1, 2, 3, 11, 100)]
    finally:
        use_language("en")
    assert shown == COUNTED_FORMS[language]


def test_the_pack_words_follow_the_glossary() -> None:
    """A record is a "fiche" in French; a quoted command line stays as typed in every language."""
    from tpdesk.models.pack_words import MESSAGES

    assert [fr for _, fr, _ in MESSAGES.values() if "enregistrement" in fr] == []
    commands = [(command, texts) for texts in MESSAGES.values()
                for command in re.findall(r"'(tpdesk [^']+)'", texts[0])]
    assert commands
    assert [texts for command, texts in commands
            if not all(command in text for text in texts)] == []
