"""`tpdesk pack new` and `pack check`, and `export docx` listing the checklist."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import one_line_error, tpdesk

from tpdesk.models import Pack, Store
from tpdesk.models.vocab import ActivityCategory, Marking, PackLanguage


def _pack(db: Path, pack_id: str) -> Pack:
    with Store(db) as store:
        return store.get(Pack, pack_id)


def test_pack_new_tailors_and_prints_the_id(writable_db: Path) -> None:
    result = tpdesk("--db", writable_db, "pack", "new", "--roundtable", "TN 5",
                    "--audience", "Italian delegation", "--member-state", "it",
                    "--sector", "ict", "--sector", "Construction",
                    "--category", "Skills development", "--marking", "public")
    assert result.returncode == 0, result.stderr
    pack = _pack(writable_db, result.stdout.strip())
    assert (pack.audience, pack.member_states, pack.sectors, pack.categories, pack.marking) == (
        "Italian delegation", ["IT"], ["ICT", "construction"],
        [ActivityCategory.SKILLS_DEVELOPMENT], Marking.PUBLIC)
    assert pack.title == "Briefing for the 5th EU–Tunisia Talent Partnership Roundtable (copy)"


def test_pack_new_from_a_pack_keeps_its_choices(writable_db: Path) -> None:
    packs = json.loads(tpdesk("--db", writable_db, "list", "packs", "--partnership", "EG",
                              "--json").stdout)
    result = tpdesk("--db", writable_db, "pack", "new", "--roundtable",
                    "4th EU-Egypt Talent Partnership Roundtable", "--from", packs[0]["id"],
                    "--sector", "construction")
    assert result.returncode == 0, result.stderr
    pack = _pack(writable_db, result.stdout.strip())
    assert pack.member_states == ["DE"] and pack.sectors == ["construction"]
    assert pack.audience == "German delegation"


def test_pack_new_refuses_bad_choices_in_one_line_and_writes_nothing(writable_db: Path) -> None:
    before = len(json.loads(tpdesk("--db", writable_db, "list", "packs", "--json").stdout))
    for args, message in [
        (["--roundtable", "TN 9"], "no roundtable with id or title 'TN 9'"),
        (["--roundtable", "TN 5", "--member-state", "TN"], "--member-state: 'TN' is not the code"),
        (["--roundtable", "TN 5", "--sector", "mining"], "--sector: 'mining' is not a sector"),
        (["--roundtable", "TN 5", "--category", "sport"], "--category: 'sport' is not one of"),
        (["--roundtable", "TN 5", "--marking", "secret"], "--marking: 'secret' is not one of"),
    ]:
        assert message in one_line_error(tpdesk("--db", writable_db, "pack", "new", *args))
    after = len(json.loads(tpdesk("--db", writable_db, "list", "packs", "--json").stdout))
    assert after == before


def test_pack_check_prints_each_point_and_strict_fails(writable_db: Path, tmp_path) -> None:
    made = tpdesk("--db", writable_db, "pack", "new", "--roundtable", "TN 5",
                  "--sector", "health")
    pack_id = made.stdout.strip()
    relaxed = tpdesk("--db", writable_db, "pack", "check", pack_id)
    assert relaxed.returncode == 0, relaxed.stderr
    points = relaxed.stdout.splitlines()
    assert points and all(p.strip() == p and p for p in points)
    assert f"{len(points)} point" in relaxed.stderr
    strict = tpdesk("--db", writable_db, "pack", "check", pack_id, "--strict")
    assert strict.returncode == 1 and strict.stdout.splitlines() == points
    exported = tpdesk("--db", writable_db, "export", "docx", "--pack", pack_id,
                      "-o", tmp_path / "p.docx")
    assert exported.returncode == 0, exported.stderr
    assert [line.strip() for line in exported.stdout.splitlines()[2:]] == points


def test_list_commitments_is_what_the_pack_shows(writable_db: Path) -> None:
    from tpdesk.models.briefing import assemble

    made = tpdesk("--db", writable_db, "pack", "new", "--roundtable", "EG 4",
                  "--member-state", "DE")
    listed = json.loads(tpdesk("--db", writable_db, "list", "commitments", "--partnership",
                               "EG", "--member-state", "DE", "--json").stdout)
    with Store(writable_db) as store:
        content = assemble(store, store.get(Pack, made.stdout.strip()))
    assert {c["id"] for c in listed} == {c.id for c in content.commitments}
    assert listed


def test_pack_new_in_a_language_titles_the_pack_in_it(writable_db: Path) -> None:
    made = tpdesk("--db", writable_db, "pack", "new", "--roundtable", "TN 5", "--language", "fr")
    assert made.returncode == 0, made.stderr
    pack = _pack(writable_db, made.stdout.strip())
    assert pack.language is PackLanguage.FR
    assert pack.title.startswith("Dossier pour la 5e table ronde du partenariat destiné à"
                                 " attirer les talents UE–Tunisie")
    # Made from it, in Arabic: the default title follows; without --language it stays French.
    arabic = tpdesk("--db", writable_db, "pack", "new", "--roundtable", "TN 5",
                    "--from", pack.id, "--language", "ar")
    assert _pack(writable_db, arabic.stdout.strip()).title.startswith("ملف إحاطة")
    copied = tpdesk("--db", writable_db, "pack", "new", "--roundtable", "TN 5", "--from", pack.id)
    assert _pack(writable_db, copied.stdout.strip()).language is PackLanguage.FR
    refused = tpdesk("--db", writable_db, "pack", "new", "--roundtable", "TN 5",
                     "--language", "de")
    assert refused.returncode == 2
    assert "argument --language: invalid choice: 'de'" in refused.stderr
