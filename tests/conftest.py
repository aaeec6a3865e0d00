"""Shared fixtures: a real SQLite file in a temp folder, a fixed 'today'."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from cli_support import copy_database, tpdesk

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tpdesk.models import (
    Activity,
    Commitment,
    FundingLine,
    Objective,
    Organisation,
    Participation,
    Partnership,
    Roadmap,
    Roundtable,
    Store,
)
from tpdesk.models.vocab import (
    ActivityCategory,
    ActivityStatus,
    CommitmentStatus,
    Instrument,
    OrganisationKind,
    Role,
    RoundtableStatus,
)

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database made once by the real command line; copy it before writing."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = tpdesk("--db", path, "demo")
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def writable_db(demo_db: Path, tmp_path: Path) -> Path:
    return copy_database(demo_db, tmp_path / "copy.db")


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "register.db"


@pytest.fixture
def store(db_path: Path):
    with Store(db_path, user="tester", today=lambda: TODAY) as s:
        yield s


@dataclass
class Seed:
    tunisia: Partnership
    morocco: Partnership
    ilo: Organisation
    giz: Organisation
    aneti: Organisation
    held: Roundtable
    roadmap: Roadmap
    training: Activity
    pilot: Activity
    overdue: Commitment
    due_soon: Commitment


@pytest.fixture
def seed(store: Store) -> Seed:
    """A small, hand-made register covering each record kind."""
    tn = store.save(Partnership(country_code="TN", title="EU-Tunisia Talent Partnership",
                                sectors=["ICT", "construction"], member_states=["DE", "IT"],
                                launch_date="2022-06-01"))
    ma = store.save(Partnership(country_code="MA", title="EU-Morocco Talent Partnership",
                                sectors=["health"], member_states=["ES"]))
    ilo = store.save(Organisation(name="International Labour Organization", short_name="ILO",
                                  kind=OrganisationKind.INTERNATIONAL_ORGANISATION))
    giz = store.save(Organisation(name="Deutsche Gesellschaft für Internationale"
                                  " Zusammenarbeit", short_name="GIZ",
                                  kind=OrganisationKind.IMPLEMENTING_AGENCY, country_code="DE"))
    aneti = store.save(Organisation(name="Agence Nationale pour l'Emploi et le Travail"
                                    " Indépendant", short_name="ANETI",
                                    kind=OrganisationKind.PARTNER_AUTHORITY, country_code="TN"))
    held = store.save(Roundtable(partnership_id=tn.id, number=1, date="2025-10-14",
                                 place="Tunis", status=RoundtableStatus.HELD))
    roadmap = store.save(Roadmap(partnership_id=tn.id, version="2025",
                                 adopted_at_roundtable_id=held.id,
                                 objectives=[Objective(code="O1", text="Skills for ICT jobs"),
                                             Objective(code="O2", text="Fair recruitment")]))
    training = store.save(Activity(
        partnership_id=tn.id, title="Coding bootcamp for young graduates",
        description="Vocational training in software development with German employers",
        category=ActivityCategory.SKILLS_DEVELOPMENT, status=ActivityStatus.IMPLEMENTATION,
        start_date="2024-01-01", end_date="2026-12-31", sectors=["ICT"],
        objective_ids=[roadmap.objectives[0].id],
        participants=[Participation(organisation_id=giz.id,
                                    roles=[Role.IMPLEMENTING, Role.LEAD_MEMBER_STATE])],
        funding=[FundingLine(instrument=Instrument.MPF, programme="MPF Lot 2",
                             amount_cents=120_000_000)]))
    pilot = store.save(Activity(
        partnership_id=tn.id, title="Recruitment pilot for builders",
        description="Ethical placement of construction workers",
        category=ActivityCategory.MOBILITY, status=ActivityStatus.PIPELINE,
        sectors=["construction"], objective_ids=[roadmap.objectives[1].id],
        participants=[Participation(organisation_id=ilo.id, roles=[Role.IMPLEMENTING])],
        funding=[FundingLine(instrument=Instrument.AMIF, amount_cents=50_000_00)]))
    overdue = store.save(Commitment(partnership_id=tn.id, actor_ids=[giz.id, aneti.id],
                                    text="Open a job-matching desk in Sfax",
                                    made_at_roundtable_id=held.id, due_date="2026-06-30",
                                    status=CommitmentStatus.IN_PROGRESS))
    due_soon = store.save(Commitment(partnership_id=tn.id, actor_ids=[ilo.id],
                                     text="Publish the skills gap study",
                                     due_date="2026-12-10", activity_id=training.id))
    return Seed(tn, ma, ilo, giz, aneti, held, roadmap, training, pilot, overdue, due_soon)


def _mount_tmpfs(folder: Path, size: str) -> None:
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                      capture_output=True, check=False).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")


@pytest.fixture
def small_disk(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A small file system (512 KiB, or the test's `disk_size` mark): a full disk for real."""
    mark = request.node.get_closest_marker("disk_size")
    mount = tmp_path / "small"
    _mount_tmpfs(mount, mark.args[0] if mark else "512k")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


@pytest.fixture
def read_only_copy(demo_db: Path, tmp_path: Path) -> Iterator[Path]:
    """The demo database on a read-only file system (even root cannot write there)."""
    mount = tmp_path / "readonly"
    _mount_tmpfs(mount, "64m")
    try:
        copy = copy_database(demo_db, mount / "demo.db")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        yield copy
    finally:
        subprocess.run(["umount", str(mount)], check=True)
