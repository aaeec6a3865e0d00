"""Exchange use cases without the command line: stale files, passphrases, own files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tpdesk.models import Activity, Organisation, Pack, Partnership, UserError, l10n
from tpdesk.services import StoreFactory
from tpdesk.services import exchange as use_cases


@pytest.fixture
def pair(tmp_path: Path) -> tuple[StoreFactory, StoreFactory, Path]:
    sec = StoreFactory(tmp_path / "sec.db", user="Anna").creating()
    delegate = StoreFactory(tmp_path / "delegate.db", user="Marco").creating()
    with sec() as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        store.save(Organisation(name="GIZ"))
        store.save(Activity(partnership_id=tn.id, title="Bootcamp"))
        store.save(Pack(title="Tunis pack", partnership_id=tn.id, partnership_ids=[tn.id],
                        meeting_date="2026-12-10"))
    use_cases.identity(sec, name="Secretariat")
    use_cases.identity(delegate, name="Rome")
    use_cases.export_keys(delegate, tmp_path / "d.keys")
    use_cases.export_keys(sec, tmp_path / "s.keys")
    use_cases.add_contact(sec, tmp_path / "d.keys")
    use_cases.add_contact(delegate, tmp_path / "s.keys")
    return sec, delegate, tmp_path


def test_an_older_pack_says_it_is_older(pair) -> None:
    sec, delegate, folder = pair
    use_cases.export_exchange(sec, folder / "old.tpx", to=["Rome"], pack="Tunis pack")
    with sec() as store:
        store.save(dataclasses.replace(store.list(Activity)[0], title="Bootcamp 2"))
    use_cases.export_exchange(sec, folder / "new.tpx", to=["Rome"], pack="Tunis pack")
    use_cases.import_exchange(delegate, folder / "new.tpx")
    stale = use_cases.import_exchange(delegate, folder / "old.tpx")
    assert any("this file is older than what this copy already has" in n
               for n in stale.lines())
    assert stale.plan.empty
    with delegate() as store:
        assert store.list(Activity)[0].title == "Bootcamp 2"


def test_a_passphrase_file_needs_the_passphrase(pair) -> None:
    sec, delegate, folder = pair
    use_cases.export_exchange(sec, folder / "pw.tpx", to=[], pack="Tunis pack",
                              passphrase="correct horse")
    with pytest.raises(UserError, match="encrypted with a passphrase; give it"):
        use_cases.import_exchange(delegate, folder / "pw.tpx")
    with pytest.raises(UserError, match="the passphrase is wrong"):
        use_cases.import_exchange(delegate, folder / "pw.tpx", passphrase="wrong")
    report = use_cases.import_exchange(delegate, folder / "pw.tpx", passphrase="correct horse")
    assert report.merged and report.joined


def test_a_copy_does_not_merge_its_own_file_nor_a_name_without_tpx(pair) -> None:
    sec, _, folder = pair
    use_cases.export_exchange(sec, folder / "pack.tpx", to=["Rome"], pack="Tunis pack")
    with pytest.raises(UserError, match="this copy wrote the file"):
        use_cases.import_exchange(sec, folder / "pack.tpx")
    with pytest.raises(UserError, match=r"an exchange file's name ends in \.tpx"):
        use_cases.export_exchange(sec, folder / "pack.zip", to=["Rome"], pack="Tunis pack")


def test_a_word_export_carries_the_registers_watermark(pair) -> None:
    import json

    import docx

    from tpdesk.export.docx import WATERMARK_PREFIX
    from tpdesk.models import merge, replicas
    from tpdesk.models.clock import Stamp
    from tpdesk.services import export_pack

    sec, _delegate, folder = pair
    export_pack(sec, "Tunis pack", folder / "pack.docx", fmt="docx")
    with sec() as store:
        vector, register = replicas.vector(store), store.meta("register_id")
    document = docx.Document(str(folder / "pack.docx"))
    identifier = document.core_properties.identifier
    assert identifier.startswith(WATERMARK_PREFIX)
    carried = json.loads(identifier[len(WATERMARK_PREFIX):])
    assert carried == {"register": register, "watermark": vector}
    facts = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    newest = Stamp.parse(max(vector.values())).moment
    assert facts["Register as of"].endswith(f", {newest[11:16]} UTC")

    # Against it, any copy of the register tells what the printed pack does not hold.
    with sec() as store:
        store.save(dataclasses.replace(store.list(Activity)[0], title="Bootcamp 2"))
        since = merge.changes_since(store, carried["watermark"])
    assert {(c.kind, c.field, c.value) for c in since} == {("activity", "title", "Bootcamp 2")}


def test_a_conflict_line_names_the_record_in_the_apps_language(pair, monkeypatch) -> None:
    sec, delegate, folder = pair
    use_cases.export_exchange(sec, folder / "pack.tpx", to=["Rome"], pack="Tunis pack")
    use_cases.import_exchange(delegate, folder / "pack.tpx")
    with delegate() as store:
        store.save(dataclasses.replace(store.list(Activity)[0], title="Bootcamp (Rome)"))
    use_cases.export_exchange(delegate, folder / "reply.tpx", to=["Secretariat"])
    words = {"proposal": "proposition", "conflict": "conflit", "Activity": "Activité"}
    monkeypatch.setitem(l10n._state, "translator",
                        lambda context, text, disambiguation=None, n=-1: words.get(text, text))
    lines = use_cases.import_exchange(sec, folder / "reply.tpx", dry_run=True).lines()
    assert "proposition: activité 'Bootcamp': title: kept Bootcamp, other Bootcamp (Rome)" \
        " (Marco)" in lines


def test_a_changed_part_is_named_in_words_of_the_apps_language(monkeypatch) -> None:
    change = use_cases.merge.FieldChange
    assert use_cases.field_label(change("title", "A", "B")) == "title"
    assert use_cases.field_label(change("updates:u1", None, {"note": "x"})) == (
        "progress update: added")
    words = {"funding line": "ligne de financement", "{part}: removed": "{part} : retrait"}
    monkeypatch.setitem(l10n._state, "translator",
                        lambda context, text, disambiguation=None, n=-1: words.get(text, text))
    assert use_cases.field_label(change("funding:f1", {"amount": 1}, None)) == (
        "ligne de financement : retrait")
