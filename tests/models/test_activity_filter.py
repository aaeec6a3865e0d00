"""`activity_filter` and `commitment_filter` keep filtered lists exact through every write.

Each check compares the store's answer (read from the narrow filter rows) with
the same filters applied by joining the register's own tables (`where`).
"""

from __future__ import annotations

import dataclasses
import itertools
import shutil
from pathlib import Path

import pytest

from tpdesk.models import Activity, Commitment, Filters, Organisation, Record, Store
from tpdesk.models.queries import DEFAULT_ORDER, MASK_BITS, where
from tpdesk.models.records import FundingLine
from tpdesk.models.search import match_expression
from tpdesk.models.vocab import Instrument

CHOICES: dict[str, list[object]] = {
    "partnership": ["TN", "PK", "MA"], "status": ["implementation", "closed"],
    "category": ["mobility"], "sector": ["ICT", "ict", "agriculture", "nothing"],
    "member_state": ["DE", "IT", "FR"], "instrument": ["mpf", "amif"], "text": ["training"]}


COMMITMENT_CHOICES: dict[str, list[object]] = {
    "partnership": ["TN", "PK"], "status": ["in_progress", "fulfilled"],
    "member_state": ["DE", "IT", "FR"], "overdue": [True], "text": ["recruitment"]}


def joined(store: Store, f: Filters, kind: type[Record] = Activity) -> list[str]:
    """The ids the filters keep, in list order, by the joins over the register's tables."""
    ids = [store.partnership_by_code(f.partnership).id] if f.partnership else []
    clauses, params = where(kind, f, today=store.today(), partnership_ids=ids,
                            match=match_expression(f.text) if f.text else None)
    sql = (f"SELECT t.id FROM {kind.KIND} t WHERE {' AND '.join(clauses)}"
           f" ORDER BY {DEFAULT_ORDER[kind]}, t.id")
    return [row[0] for row in store.db.execute(sql, params).fetchall()]


def combinations(choices: dict[str, list[object]], every: int) -> list[Filters]:
    found = []
    for size in (1, 2, 3):
        for names in itertools.combinations(choices, size):
            for values in itertools.product(*(choices[n] for n in names)):
                found.append(Filters(**dict(zip(names, values, strict=True))))
    return found[::every]  # a spread of them: every filter, alone and with others


def assert_agree(store: Store) -> None:
    for kind, choices, every in ((Activity, CHOICES, 7), (Commitment, COMMITMENT_CHOICES, 2)):
        for f in combinations(choices, every):
            expected = joined(store, f, kind)
            assert store.count(kind, f) == len(expected), f
            assert [r.id for r in store.list(kind, f, limit=5)] == expected[:5], f
            assert [r.id for r in store.list(kind, f, limit=5, offset=3)] == expected[3:8], f


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path) -> Store:
    shutil.copy(demo_db, tmp_path / "demo.db")
    return Store(tmp_path / "demo.db", user="tester")


def test_the_filter_rows_agree_with_the_joins_on_the_demo(demo: Store) -> None:
    assert demo.count(Activity, Filters(member_state="DE")) > 0
    assert_agree(demo)


def test_they_follow_edits_of_activities_parts_and_organisations(demo: Store) -> None:
    activities = demo.list(Activity)
    first, second, third = activities[:3]
    demo.save(dataclasses.replace(first, sectors=["ICT", "a sector never seen"],
                                  status=first.status.__class__("closed")))
    demo.save(dataclasses.replace(second, funding=[FundingLine(instrument=Instrument.AMIF,
                                                               amount_cents=100)]))
    demo.save(dataclasses.replace(third, participants=[]))
    organisation = next(o for o in demo.list(Organisation) if o.country_code == "DE")
    demo.save(dataclasses.replace(organisation, country_code="FR"))
    demo.delete(activities[3], clear_references=True)
    commitment = demo.list(Commitment)[0]
    served = next(a for a in activities[4:] if a.partnership_id == commitment.partnership_id)
    demo.save(dataclasses.replace(commitment, actor_ids=[organisation.id],
                                  activity_id=served.id))
    assert_agree(demo)
    assert demo.count(Activity, Filters(sector="a sector never seen")) == 1
    demo.restore(Activity, activities[3].id)
    demo.save(dataclasses.replace(organisation, country_code="DE"))
    assert_agree(demo)


def test_a_bulk_save_and_emptying_the_trash_keep_them_in_step(demo: Store) -> None:
    activities = demo.list(Activity)
    demo.save_many([dataclasses.replace(
        a, id=f"copy-{i}", created_at="", updated_at="", title=f"Copy {i}", indicators=[],
        funding=[dataclasses.replace(line, id=f"line-{i}-{j}") for j, line in enumerate(a.funding)])
        for i, a in enumerate(activities)])
    demo.delete_many(demo.list(Activity, Filters(partnership="TN")), clear_references=True)
    demo.empty_trash()
    assert_agree(demo)


def test_values_coded_past_the_mask_bits_are_matched_the_slow_way(demo: Store) -> None:
    activity = demo.list(Activity)[0]
    demo.save(dataclasses.replace(activity, sectors=[f"sector {i}" for i in range(MASK_BITS)]))
    last = f"sector {MASK_BITS - 1}"  # the demo's own sectors took the first codes
    assert demo._filter_codes("sector", last)[0] >= MASK_BITS
    assert [a.id for a in demo.list(Activity, Filters(sector=last), limit=5)] == [activity.id]
    assert demo.count(Activity, Filters(sector=last, partnership="TN")) == len(
        joined(demo, Filters(sector=last, partnership="TN")))


@pytest.mark.parametrize("few", [500, 1])  # the matches sorted, or the list order walked
def test_a_first_page_matches_the_text_once_after_its_count(
        demo: Store, few: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """A table's count then first page: the full-text match is run once, for the count, and
    the page reads its rows back."""
    monkeypatch.setattr("tpdesk.models.store.FEW_MATCHES", few)
    matched: list[str] = []
    demo.db.conn.set_trace_callback(lambda sql: matched.append(sql) if "MATCH" in sql else None)
    for f in (Filters(text="training"), Filters(text="training", partnership="TN")):
        matched.clear()
        total = demo.count(Activity, f)
        page = demo.list(Activity, f, limit=5)
        assert len(matched) == 1  # the count's; not the page's
        assert total == len(joined(demo, f))
        assert [a.id for a in page] == [a.id for a in demo.list(Activity, f)][:5]


def test_a_kept_count_follows_writes_here_and_by_another_connection(demo: Store) -> None:
    f = Filters(text="training")
    before = demo.count(Activity, f)
    first = next(a for a in demo.list(Activity) if a.id not in joined(demo, f))
    demo.save(dataclasses.replace(first, title="Welders' training"))
    assert demo.count(Activity, f) == before + 1
    with Store(demo.path, user="other") as other:
        other.delete(other.get(Activity, first.id), clear_references=True)
    assert demo.count(Activity, f) == before


@pytest.mark.parametrize(("kind", "f"), [
    (Activity, Filters(text="training", status="implementation", partnership="TN")),
    (Commitment, Filters(text="recruitment", status="in_progress", partnership="TN"))])
def test_a_text_match_is_tested_against_the_other_filters_in_one_search(
        demo: Store, kind: type[Record], f: Filters) -> None:
    """Each record the full-text index names is looked up by id in an index holding its
    codes (step 0018): one search a match, not the id's index and then the row."""
    sql, params = demo.count_query(kind, f)
    plan = " ".join(str(r[-1]) for r in demo.db.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert f"COVERING INDEX {kind.KIND}_filter_by_id" in plan, plan
