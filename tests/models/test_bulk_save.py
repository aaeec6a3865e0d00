"""save_many writes runs of records in bulk: the same database as saving them one by one."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cli_support import copy_database

from tpdesk.models import (
    Activity,
    Commitment,
    FundingLine,
    Organisation,
    Participation,
    Record,
    Store,
    ValidationError,
)
from tpdesk.models.check import check
from tpdesk.models.vocab import ActivityCategory, Instrument, OrganisationKind, Role

STAMP = "2026-11-30T10:00:00.000Z"


def batch(seed: Any, n: int) -> list[Record]:
    """New organisations, new activities using them, edits of stored records, commitments."""
    orgs = [Organisation(id=f"org-{i}", name=f"Agency {i}", short_name=f"AG{i}",
                         kind=OrganisationKind.IMPLEMENTING_AGENCY, tags=["bulk"])
            for i in range(n)]
    activities = [Activity(id=f"act-{i}", partnership_id=seed.tunisia.id,
                           title=f"Welding course {i}", description=f"Cohort {i} in Sfax",
                           category=ActivityCategory.SKILLS_DEVELOPMENT, tags=["bulk", "b"],
                           participants=[Participation(organisation_id=f"org-{i}",
                                                       roles=[Role.IMPLEMENTING])],
                           funding=[FundingLine(id=f"fl-{i}", instrument=Instrument.MPF,
                                                amount_cents=1000 * i)])
                  for i in range(n)]
    edited = [dataclasses.replace(seed.training, title="Coding bootcamp, second cohort",
                                  tags=["edited"], funding=[]),
              dataclasses.replace(seed.pilot)]  # unchanged: writes nothing
    commitments = [Commitment(id=f"com-{i}", partnership_id=seed.tunisia.id,
                              actor_ids=[f"org-{i}"], text=f"Certify cohort {i}",
                              activity_id=f"act-{i}") for i in range(n)]
    return [*orgs, *activities, *edited, *commitments]


def dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, the history without its ids, the search index by record."""
    db = sqlite3.connect(store.path)
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search%'"
        " AND name NOT LIKE 'sqlite%' AND name NOT LIKE '_sqlite%'")]
    out = {t: sorted(map(tuple, db.execute(f"SELECT * FROM {t}").fetchall()), key=repr)
           for t in tables if t != "change_log"}
    out["change_log"] = sorted(db.execute(
        "SELECT at, who, source, record_kind, record_id, partnership_id, caption, action,"
        " field, old_value, new_value FROM change_log").fetchall(), key=repr)
    out["search"] = sorted(db.execute(
        "SELECT d.record_kind, d.record_id, d.partnership_id, f.title, f.body"
        " FROM search_doc d JOIN search_fts f ON f.rowid = d.docid").fetchall())
    db.close()
    return out


def test_bulk_and_one_by_one_give_the_same_database(tmp_path: Path, seed: Any,
                                                    store: Store) -> None:
    copy_database(store.path, tmp_path / "twin.db")
    with Store(store.path, user="tester") as bulk, Store(tmp_path / "twin.db",
                                                         user="tester") as single:
        records = batch(seed, 30)
        with bulk.as_of(STAMP):
            saved = bulk.save_many(records, source="import:bulk.xlsx")
        with single.as_of(STAMP), single.transaction(source="import:bulk.xlsx"):
            one_by_one = [single.save(r) for r in records]
        assert saved == one_by_one
        assert dump(bulk) == dump(single)
        assert check(bulk)[0] == []
        assert [h.id for h in bulk.search("welding cohort 7")] == ["act-7"]


def test_one_invalid_record_in_a_run_writes_nothing(store: Store, seed: Any) -> None:
    records = batch(seed, 5)
    records[7] = dataclasses.replace(records[7], title="")  # an activity of the run
    before = dump(store)
    with pytest.raises(ValidationError, match="title"):
        store.save_many(records)
    assert dump(store) == before
