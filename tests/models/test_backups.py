"""The rolling retention of automatic backups, and checking a backup read-only."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tpdesk.models import Partnership, Store, StoreError
from tpdesk.models.backups import (
    backup_name,
    inspect_backup,
    retained,
    taken_at,
)
from tpdesk.models.keys import DataKey

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def test_the_last_twelve_are_kept_whatever_their_age() -> None:
    stamps = [NOW - timedelta(minutes=30 * i) for i in range(20)]
    kept = retained(stamps, NOW)
    assert set(stamps[:12]) <= kept
    assert kept == set(stamps[:12])  # all of one day: its newest is among the twelve


def test_one_a_day_a_week_a_month_then_nothing() -> None:
    hourly_for_two_years = [NOW - timedelta(hours=i) for i in range(24 * 730)]
    kept = retained(hourly_for_two_years, NOW)
    assert len(kept) <= 12 + 7 + 8 + 12
    assert min(kept) == datetime(2026, 1, 31, 23, 0, tzinfo=UTC)  # January: 12 months back
    assert {(t.year, t.month) for t in kept} == {(2026, m) for m in range(1, 13)}
    assert {t.date() for t in kept if NOW - t <= timedelta(days=7)} == {
        (NOW - timedelta(days=d)).date() for d in range(7)}
    # the newest of each month is what stands for it
    assert datetime(2026, 6, 30, 23, 0, tzinfo=UTC) in kept
    assert datetime(2026, 6, 30, 22, 0, tzinfo=UTC) not in kept


def test_keeping_is_stable_as_time_moves_on() -> None:
    """What is thrown away never comes back: a later run only thins further."""
    stamps = [NOW - timedelta(hours=7 * i) for i in range(600)]
    first = retained(stamps, NOW)
    later = retained(first, NOW + timedelta(days=3))
    assert later <= first
    assert retained([], NOW) == set()


def test_names_carry_the_time_they_were_taken() -> None:
    db = Path("/x/register.db")
    name = backup_name(db, NOW, note="before-restore")
    assert name == "register-20261203T120000Z-before-restore.db"
    assert taken_at(db, db.parent / name) == NOW
    assert taken_at(db, Path("/x/other-20261203T120000Z.db")) is None


def test_inspecting_a_backup_changes_nothing_and_counts_live_records(tmp_path: Path) -> None:
    key = DataKey.generate()
    with Store(tmp_path / "e.db", key=key) as store:
        store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        gone = store.save(Partnership(country_code="MA", title="EU-Morocco"))
        store.delete(gone)
        target = store.backup(tmp_path / "b.db")
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    info = inspect_backup(target, key=key)
    assert (info.records, info.size) == (1, target.stat().st_size)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.db", "e.db"]
    with pytest.raises(StoreError, match="another key, or is damaged"):
        inspect_backup(target, key=DataKey.generate())
    with pytest.raises(StoreError, match=r"is encrypted .* but this database is not"):
        inspect_backup(target, key=None)
