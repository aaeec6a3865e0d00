"""The use-case layer on a real database file: what the CLI and the app both call."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest

from tpdesk.models import Commitment, Pack, Roundtable, Store, UserError
from tpdesk.models.demo import demo_id
from tpdesk.models.vocab import CommitmentStatus
from tpdesk.services import (
    ExportOptions,
    StoreFactory,
    apply_workbook,
    assemble_pack,
    back_up,
    check_database,
    export_pack,
    export_register,
    export_template,
    lend,
    load_demo_data,
    new_pack,
    preview_workbook,
)

TN = demo_id("pack", "TN")
TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("services") / "demo.db"
    load_demo_data(StoreFactory(path, user="loader", today=lambda: TODAY))
    return path


@pytest.fixture
def factory(demo_file: Path, tmp_path: Path) -> StoreFactory:
    copy = tmp_path / "register.db"
    shutil.copy(demo_file, copy)
    return StoreFactory(copy, user="Ana Secretariat", today=lambda: TODAY)


def test_the_factory_decides_user_and_today_for_every_write(factory: StoreFactory) -> None:
    with factory() as store:
        commitment = store.list(Commitment)[0]
        store.add_progress(commitment.id, status=CommitmentStatus.ON_HOLD, note="Paused")
        last = store.history_of(commitment.id)[-1]
        assert last.who == "Ana Secretariat"
        assert store.get(Commitment, commitment.id).updates[-1].date == TODAY.isoformat()
        assert store.today() == TODAY


def test_default_user_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setenv("TPDESK_USER", "  Delegate Two  ")
    assert StoreFactory(tmp_path / "x.db").user == "Delegate Two"


def test_lend_leaves_the_store_open(factory: StoreFactory) -> None:
    with factory() as store:
        with lend(store)() as same:
            assert same is store
        assert store.count(Pack) == 7  # still usable: lending did not close it


def test_export_pack_writes_word_and_excel_and_reports_the_checklist(
        factory: StoreFactory, tmp_path: Path) -> None:
    word = export_pack(factory, TN, tmp_path / "tn.docx", fmt="docx")
    text = "\n".join(p.text for p in docx.Document(str(word.path)).paragraphs)
    assert word.title in text and "Tunisia" in text
    assert isinstance(word.checklist, tuple)
    with factory() as store:
        title = store.get(Pack, TN).title
    excel = export_pack(factory, title, tmp_path / "tn.xlsx", fmt="xlsx",
                        options=ExportOptions(marking="SENSITIVE"))
    book = openpyxl.load_workbook(excel.path)
    assert "SENSITIVE" in book["Activities"].oddHeader.center.text


def test_export_pack_refuses_an_unknown_format_and_pack(factory: StoreFactory,
                                                        tmp_path: Path) -> None:
    with pytest.raises(UserError, match="not a pack format"):
        export_pack(factory, TN, tmp_path / "tn.odt", fmt="odt")
    with pytest.raises(UserError, match="no briefing pack"):
        export_pack(factory, "No such pack", tmp_path / "x.docx", fmt="docx")
    assert not list(tmp_path.glob("*.docx"))


def test_register_and_template_exports_then_a_workbook_round_trip(
        factory: StoreFactory, tmp_path: Path) -> None:
    done: list[tuple[int, int]] = []
    register = export_register(factory, tmp_path / "all.xlsx",
                               progress=lambda d, t: done.append((d, t)))
    assert done and done[-1][1] > 0
    template = export_template(factory, tmp_path / "empty.xlsx")
    assert openpyxl.load_workbook(template)["Activities"].max_row == 1

    book = openpyxl.load_workbook(register)
    sheet = book["Commitments"]
    headers = [c.value for c in sheet[1]]
    status = headers.index("Status")
    sheet.cell(row=2, column=status + 1, value="On hold")
    commitment_id = sheet.cell(row=2, column=headers.index("id") + 1).value
    book.save(register)

    preview = preview_workbook(factory, register)
    assert preview.count("update") == 1 and not preview.errors
    with factory() as store:  # the preview wrote nothing
        assert store.get(Commitment, commitment_id).status is not CommitmentStatus.ON_HOLD
    result = apply_workbook(factory, preview)
    assert result.updated == 1
    assert result.changes.ids(Commitment) == {commitment_id}  # what the views update
    with factory() as store:
        assert store.get(Commitment, commitment_id).status is CommitmentStatus.ON_HOLD
        assert store.history_of(commitment_id)[-1].source == "import:all.xlsx"


def test_back_up_and_check(factory: StoreFactory, tmp_path: Path) -> None:
    copy = back_up(factory, tmp_path / "copy.db")
    problems, live = check_database(factory.at(copy))
    assert problems == [] and live > 100
    with Store(copy, create=False) as store:
        assert store.count(Pack) == 7


def test_an_unsaved_pack_is_assembled_as_it_stands(factory: StoreFactory) -> None:
    with factory() as store:
        meeting = store.get(Roundtable, store.get(Pack, TN).roundtable_id or "")
        draft = new_pack(lend(store), meeting, audience="Belgian delegation")
        assert draft.author == "Ana Secretariat" and store.find(Pack, draft.id) is None
        content = assemble_pack(lend(store), draft)
    assert content.audience == "Belgian delegation" and content.pack_id == draft.id
