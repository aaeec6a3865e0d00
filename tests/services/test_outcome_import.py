"""The roundtable's conclusions (.docx) in as commitments: preview, apply, refuse bad files."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from cli_support import one_line_error, tpdesk

from tpdesk.models import Commitment, Organisation, Roundtable, Store, UserError
from tpdesk.models.content import Paragraph, Table
from tpdesk.models.vocab import CommitmentStatus, OrganisationKind, RoundtableStatus, SectionKind
from tpdesk.services import (
    StoreFactory,
    apply_outcome,
    assemble_pack,
    lend,
    new_pack,
    preview_outcome,
)

SOFFICE = shutil.which("soffice")


def conclusions(path: Path, header: list[str], rows: list[list[str]], *,
                before: bool = True) -> Path:
    """A conclusions document as a secretariat writes one: prose, a participants table, actions."""
    document = docx.Document()
    document.add_heading("Conclusions of the 1st EU-Tunisia Talent Partnership Roundtable", 1)
    document.add_paragraph("The participants reviewed progress and agreed the actions below.")
    if before:
        people = document.add_table(rows=2, cols=2)
        people.rows[0].cells[0].text, people.rows[0].cells[1].text = "Delegation", "Head"
        people.rows[1].cells[0].text, people.rows[1].cells[1].text = "Germany", "A. Schmidt"
        document.add_paragraph("Actions agreed:")
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    document.save(path)
    return path


ENGLISH = (["Actor", "Action", "Due date", "Objective"], [
    ["GIZ; ANETI", "Open a second job-matching desk in Sousse", "31/03/2027", "O1"],
    ["ILO", "Publish the tracer study of bootcamp graduates", "June 2027", ""],
    ["OFII", "Pre-departure language courses for 200 welders",
     "2027-09-30", ""],
])


def test_the_action_table_becomes_commitments(store: Store, seed: Any, tmp_path: Path) -> None:
    path = conclusions(tmp_path / "conclusions.docx", *ENGLISH)
    preview = preview_outcome(lend(store), path, roundtable_id=seed.held.id)
    assert preview.errors == [] and preview.table == 2
    assert preview.unknown_actors == ["OFII"]
    assert [(r.row, r.commitment.due_date) for r in preview.rows] == [
        (2, "2027-03-31"), (3, "2027-06-30"), (4, "2027-09-30")]
    assert preview.rows[0].commitment.actor_ids == [seed.giz.id, seed.aneti.id]
    assert preview.rows[0].commitment.objective_id == seed.roadmap.objectives[0].id
    with pytest.raises(UserError, match="unknown actors: OFII"):
        apply_outcome(lend(store), preview)
    before = len(store.list(Commitment))

    result = apply_outcome(lend(store), preview, create_actors=OrganisationKind.IMPLEMENTING_AGENCY)
    assert result.summary() == ("imported 3 commitments, 1 new organisation"
                                " (import:conclusions.docx)")
    made = [c for c in store.list(Commitment) if c.made_at_roundtable_id == seed.held.id]
    assert len(store.list(Commitment)) == before + 3
    ministry = next(o for o in store.list(Organisation) if o.name == "OFII")
    assert ministry.kind is OrganisationKind.IMPLEMENTING_AGENCY
    welders = next(c for c in made if "welders" in c.text)
    assert welders.actor_ids == [ministry.id] and welders.made_on == seed.held.date
    sources = {c.source for c in store.history_of(welders.id)}
    assert sources == {"import:conclusions.docx"}

    again = preview_outcome(lend(store), path, roundtable_id=seed.held.id)
    assert (len(again.rows), again.unchanged, again.unknown_actors) == (0, 3, [])


def test_french_headers_and_dates(store: Store, seed: Any, tmp_path: Path) -> None:
    path = conclusions(tmp_path / "conclusions-fr.docx", ["Acteurs", "Engagement", "Échéance"], [
        ["ANETI", "Ouvrir un guichet à Sfax", "1er mars 2027"],
        ["GIZ", "Former 50 conseillers", "décembre 2027"],
    ], before=False)
    preview = preview_outcome(lend(store), path, roundtable_id=seed.held.id)
    assert [r.commitment.due_date for r in preview.rows] == ["2027-03-01", "2027-12-31"]
    assert preview.table == 1 and preview.unknown_actors == []


def test_rows_it_cannot_read_are_named(store: Store, seed: Any, tmp_path: Path) -> None:
    path = conclusions(tmp_path / "c.docx", ["Who", "What", "Deadline"], [
        ["ILO", "", "2027-01-01"],
        ["ILO", "Study", "31/02/2027"],
        ["", "Nobody's task", ""],
    ])
    preview = preview_outcome(lend(store), path, roundtable_id=seed.held.id)
    assert preview.errors == [
        "c.docx, table 2, row 2, column 'What': is empty",
        "c.docx, table 2, row 3, column 'Deadline': '31/02/2027' is not a date"
        " (e.g. 31/12/2026 or December 2026)",
        "c.docx, table 2, row 4, no actor: name at least one organisation",
    ]


def test_a_document_without_an_action_table(store: Store, seed: Any, tmp_path: Path) -> None:
    path = conclusions(tmp_path / "minutes.docx", ["Item", "Discussion"], [["1", "Welcome"]])
    with pytest.raises(UserError, match=r"minutes\.docx has no action table: none of its 2"):
        preview_outcome(lend(store), path, roundtable_id=seed.held.id)


@pytest.mark.parametrize("case", [
    ("notes.docx", b"Actor;Action\nILO;Study\n", "notes.docx is a text file, not a Word"
     " document: open it in Word or LibreOffice and save it as a Word document (.docx)"),
    ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old.docx is an old Word"
     " 97-2003 document (.doc), not .docx: open it in Word or LibreOffice and save it as a"
     " Word document (.docx)"),
    ("noise.docx", bytes(range(256)) * 4, "noise.docx is not a Word document (.docx)"),
    ("empty.docx", b"", "empty.docx is empty, not a Word document"),
])
def test_files_that_are_not_documents(store: Store, seed: Any, tmp_path: Path,
                                      case: tuple[str, bytes, str]) -> None:
    name, content, message = case
    (tmp_path / name).write_bytes(content)
    with pytest.raises(UserError) as caught:
        preview_outcome(lend(store), tmp_path / name, roundtable_id=seed.held.id)
    assert str(caught.value) == message


def test_a_zip_bomb_and_entities_are_refused(store: Store, seed: Any, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b" " * (64 << 20))
    with pytest.raises(UserError, match=r"^bomb.docx: part word/document.xml unpacks to .*"
                                        r" times its packed size; refused \(a zip bomb\?\)$"):
        preview_outcome(lend(store), bomb, roundtable_id=seed.held.id)
    evil = tmp_path / "evil.docx"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe'
                    ' SYSTEM "file:///etc/passwd">]><w:document xmlns:w="x">&xxe;</w:document>')
    with pytest.raises(UserError, match="declares an XML DTD or entities"):
        preview_outcome(lend(store), evil, roundtable_id=seed.held.id)


def test_the_command_line(store: Store, seed: Any, tmp_path: Path) -> None:
    path = conclusions(tmp_path / "conclusions.docx", *ENGLISH)
    db = store.path
    store.close()
    run = tpdesk("--db", db, "import", "outcome", path, "--roundtable", seed.held.id)
    assert one_line_error(run) == ("tpdesk: error: 1 actor not in the register: add them as"
                                   " organisations, or rerun with --create-actors KIND;"
                                   " nothing imported")
    assert "unknown actors: OFII" in run.stdout
    dry = tpdesk("--db", db, "import", "outcome", path, "--roundtable", seed.held.id,
                 "--create-actors", "implementing_agency", "--dry-run")
    assert dry.returncode == 0 and dry.stdout.splitlines()[-1] == "dry run: nothing written"
    assert "  new     row 2: Open a second job-matching desk in Sousse (GIZ; ANETI; due" \
           " 2027-03-31)" in dry.stdout
    done = tpdesk("--db", db, "import", "outcome", path, "--roundtable", seed.held.id,
                  "--create-actors", "implementing_agency")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == ("imported 3 commitments, 1 new organisation"
                                            " (import:conclusions.docx)")
    with StoreFactory(db)() as reopened:
        assert sum(c.made_at_roundtable_id == seed.held.id
                   for c in reopened.list(Commitment)) == 4  # the seed's one and three
    bad = tpdesk("--db", db, "import", "outcome", path, "--roundtable", "nope")
    assert one_line_error(bad) == "tpdesk: error: no roundtable with id nope"


def test_the_command_line_marks_the_roundtable_held(store: Store, seed: Any,
                                                    tmp_path: Path) -> None:
    planned = store.save(Roundtable(partnership_id=seed.tunisia.id, number=2, date="2026-11-20",
                                    place="Tunis", status=RoundtableStatus.PLANNED))
    path = conclusions(tmp_path / "conclusions.docx", *ENGLISH)
    db = store.path
    store.close()
    args = ("--db", db, "import", "outcome", path, "--roundtable", planned.id,
            "--create-actors", "implementing_agency")
    done = tpdesk(*args)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == ("imported 3 commitments, 1 new organisation;"
                                            " roundtable marked held (import:conclusions.docx)")
    with StoreFactory(db)() as reopened:
        held = reopened.get(Roundtable, planned.id)
        assert held.status is RoundtableStatus.HELD
        assert {c.source for c in reopened.history_of(planned.id)} >= {
            "import:conclusions.docx"}
        version = held.row_version
    again = tpdesk(*args)
    assert again.stdout.splitlines()[-1] == ("imported 0 commitments, 0 new organisations"
                                             " (import:conclusions.docx)")
    with StoreFactory(db)() as reopened:
        assert reopened.get(Roundtable, planned.id).row_version == version  # nothing rewritten


def test_the_next_pack_carries_imported_commitments_as_matters_arising(
        store: Store, seed: Any, tmp_path: Path) -> None:
    second = store.save(Roundtable(partnership_id=seed.tunisia.id, number=2, date="2026-11-20",
                                   place="Tunis", status=RoundtableStatus.PLANNED))
    third = store.save(Roundtable(partnership_id=seed.tunisia.id, number=3, date="2027-05-12",
                                  place="Tunis", status=RoundtableStatus.PLANNED))
    path = conclusions(tmp_path / "conclusions.docx", *ENGLISH)
    preview = preview_outcome(lend(store), path, roundtable_id=second.id)
    apply_outcome(lend(store), preview, create_actors=OrganisationKind.IMPLEMENTING_AGENCY)
    imported = {c.id: c for c in store.list(Commitment) if c.made_at_roundtable_id == second.id}
    done = next(c for c in imported.values() if "tracer study" in c.text)
    store.add_progress(done.id, status=CommitmentStatus.FULFILLED, note="Published")

    content = assemble_pack(lend(store), new_pack(lend(store), third))
    matters = next(s for s in content.sections if s.kind is SectionKind.MATTERS_ARISING)
    listed = {rid for b in matters.blocks if isinstance(b, Table) for rid in b.record_ids}
    assert listed == set(imported) - {done.id}  # the open ones, none of the first roundtable's
    text = " ".join(b.text for b in matters.blocks if isinstance(b, Paragraph))
    assert "Commitments made at the 2nd" in text and "still open: 2." in text


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_a_document_saved_by_libreoffice(store: Store, seed: Any, tmp_path: Path) -> None:
    (tmp_path / "source").mkdir()
    source = conclusions(tmp_path / "source" / "conclusions.docx", *ENGLISH)
    assert SOFFICE is not None
    out = tmp_path / "saved"
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--headless", "--convert-to", "docx", "--outdir", str(out), str(source)],
                   check=True, capture_output=True, timeout=180)
    saved = out / "conclusions.docx"
    assert saved.read_bytes() != source.read_bytes()
    preview = preview_outcome(lend(store), saved, roundtable_id=seed.held.id)
    assert preview.errors == []
    assert [r.commitment.text for r in preview.rows] == [row[1] for row in ENGLISH[1]]
    assert [r.commitment.due_date for r in preview.rows] == [
        "2027-03-31", "2027-06-30", "2027-09-30"]
