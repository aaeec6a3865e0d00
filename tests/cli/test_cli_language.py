"""`tpdesk --lang fr|ar`: the command line's help and messages in that language, no display."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import one_line_error, tpdesk

NO_DISPLAY = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}


@pytest.mark.parametrize(("language", "usage", "description", "option"), [
    ("fr", "utilisation : tpdesk", "Préparer hors ligne les tables rondes",
     "afficher ce message d'aide et quitter"),
    ("ar", "الاستخدام: tpdesk", "إعداد اجتماعات المائدة المستديرة",
     "عرض رسالة المساعدة هذه والخروج"),
])
def test_help_is_in_the_language(language: str, usage: str, description: str,
                                 option: str) -> None:
    shown = tpdesk("--lang", language, "--help", env=NO_DISPLAY)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith(usage)
    assert description in " ".join(shown.stdout.split())
    assert option in shown.stdout
    assert "Prepare EU Talent Partnership" not in shown.stdout


def test_a_subcommand_help_is_in_the_language() -> None:
    shown = tpdesk("--lang", "fr", "export", "xlsx", "--help")
    assert shown.returncode == 0, shown.stderr
    text = " ".join(shown.stdout.split())
    assert "tout le registre, ou ce que les filtres retiennent" in text
    assert "filtres (comme pour list)" in text


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "tpdesk : erreur : --db : le chemin est vide ; indiquez un fichier de base de données"),
    ("ar", "tpdesk: خطأ: --db: المسار فارغ؛ حدّد ملف قاعدة بيانات"),
    ("en", "tpdesk: error: --db: the path is empty; name a database file"),
])
def test_an_error_is_in_the_language(language: str, expected: str) -> None:
    assert one_line_error(tpdesk("--lang", language, "--db", " ", "list", "packs"),
                          code=2) == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "argument KIND : choix non valide : 'bogus' (choisir parmi"),
    ("ar", "الوسيط KIND: اختيار غير صالح: 'bogus' (اختر من"),
])
def test_argparse_own_errors_are_in_the_language(language: str, expected: str) -> None:
    refused = tpdesk("--lang", language, "list", "bogus")
    assert refused.returncode == 2
    assert expected in refused.stderr


def test_a_command_message_is_in_the_language(tmp_path: Path) -> None:
    token = tmp_path / "missing-token"
    refused = tpdesk("--lang", "fr", "--db", tmp_path / "x.db", "sync", "--token-file", token)
    assert one_line_error(refused) == (
        f"tpdesk : erreur : {token} : le fichier du jeton ne peut pas être lu"
        " (No such file or directory)")


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "tpdesk : erreur : aucune base de données à l'emplacement {db} (lancez"
           " 'tpdesk --db {db} demo' pour en créer une avec des données de démonstration)"),
    ("ar", "tpdesk: خطأ: لا توجد قاعدة بيانات في {db} (شغّل 'tpdesk --db {db} demo'"
           " لإنشاء واحدة ببيانات العرض التوضيحي)"),
    ("en", "tpdesk: error: no database at {db} (run 'tpdesk --db {db} demo' to create one"
           " with demo data)"),
])
def test_a_core_message_is_in_the_language(tmp_path: Path, language: str, expected: str) -> None:
    """The store's own refusal, raised in the core, reaches the command line translated."""
    db = tmp_path / "none.db"
    refused = tpdesk("--lang", language, "--db", db, "list", "packs", env=NO_DISPLAY)
    assert one_line_error(refused) == expected.format(db=db)


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["tpdesk : erreur : --overdue : ne s'applique pas aux activités",
            "tpdesk : erreur : --status : 'bogus' ne fait pas partie de : pipeline,"]),
    ("ar", ["tpdesk: خطأ: --overdue: لا ينطبق على الأنشطة",
            "tpdesk: خطأ: --status: 'bogus' ليست من بين: pipeline,"]),
])
def test_a_filter_the_core_refuses_is_worded_in_the_language(demo_db: Path, language: str,
                                                             expected: list[str]) -> None:
    overdue = tpdesk("--lang", language, "--db", demo_db, "list", "activities", "--overdue")
    assert one_line_error(overdue) == expected[0]
    status = tpdesk("--lang", language, "--db", demo_db, "list", "activities", "--status", "bogus")
    assert one_line_error(status).startswith(expected[1])


@pytest.mark.parametrize(("language", "headings"), [
    ("fr", ["arguments positionnels :", "options :", "filtres :"]),
    ("ar", ["الوسائط الموضعية:", "الخيارات:", "عوامل التصفية:"]),
    ("en", ["positional arguments:", "options:", "filters:"]),
])
def test_help_headings_are_punctuated_as_the_language_writes_them(language: str,
                                                                  headings: list[str]) -> None:
    shown = tpdesk("--lang", language, "list", "--help", env=NO_DISPLAY)
    assert shown.returncode == 0, shown.stderr
    assert [line for line in shown.stdout.splitlines() if line.endswith(":")] == headings


@pytest.mark.parametrize(("language", "header", "row", "summary"), [
    ("fr", ["partenaire", "titre", "catégorie", "état", "début", "fin", "EUR"],
     ["Développement des compétences", "Clôturé", "1\u202f500\u202f000"], "2 activités"),
    ("ar", ["الشريك", "العنوان", "الفئة", "الحالة", "البداية", "النهاية", "EUR"],
     ["تنمية المهارات", "1,500,000"], "نشاطان"),
    ("en", ["partner", "title", "category", "status", "start", "end", "EUR"],
     ["Skills development", "Closed", "1,500,000"], "2 activities"),
])
def test_list_speaks_the_language(demo_db: Path, language: str, header: list[str],
                                  row: list[str], summary: str) -> None:
    """Column labels, the vocabulary's labels, Babel's numbers and the counted summary."""
    shown = tpdesk("--lang", language, "--db", demo_db, "list", "activities", "--limit", "2")
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].split() == header
    assert all(word in lines[2] for word in row), lines[2]
    assert lines[-1] == summary
