"""A workbook preview reports its progress and stops part-way when told to."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from cli_support import tpdesk

from tpdesk.export.xlsx_layout import SHEETS
from tpdesk.export.xlsx_read import ROWS_PER_STEP, open_workbook
from tpdesk.services import StoreFactory, export_register, preview_workbook
from tpdesk.services.xlsx_import import PROGRESS_SCALE


class Stop(Exception):
    """What a Cancel button raises from the progress callback."""


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[StoreFactory, Path]:
    folder = tmp_path_factory.mktemp("big")
    assert tpdesk("--db", folder / "big.db", "demo", "--scale", "3000").returncode == 0
    factory = StoreFactory(folder / "big.db", user="tester")
    workbook = folder / "register.xlsx"
    export_register(factory, workbook)
    return factory, workbook


def test_a_preview_reports_many_points_from_start_to_end(big: tuple[StoreFactory, Path]) -> None:
    factory, workbook = big
    points: list[tuple[int, int]] = []
    preview = preview_workbook(factory, workbook, progress=lambda d, t: points.append((d, t)))
    assert preview.unchanged > 3000 and not preview.errors
    done = [d for d, t in points if t == PROGRESS_SCALE]
    assert len(done) > 10  # every few hundred rows, reading and comparing
    assert done == sorted(done) and done[-1] == PROGRESS_SCALE
    assert any(d < PROGRESS_SCALE // 2 for d in done[1:])  # reading has points of its own


@pytest.mark.parametrize("stop_at", [1, PROGRESS_SCALE // 2 + 1],
                         ids=["while reading", "while comparing"])
def test_cancel_is_honoured_at_the_next_progress_point_and_leaves_nothing(
        big: tuple[StoreFactory, Path], stop_at: int) -> None:
    """Counted steps, not the clock: the seconds a Cancel waits are bench_xlsx's to measure."""
    factory, workbook = big
    before = sorted(p.name for p in factory.path.parent.iterdir())
    with factory() as store:
        log = store.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    points: list[int] = []
    pressed: list[int] = []

    def progress(done: int, total: int) -> None:
        points.append(done)
        if pressed:
            raise Stop  # the worker's progress point, after the user pressed Cancel
        if total and done >= stop_at:
            pressed.append(len(points))  # the user presses Cancel here

    with pytest.raises(Stop):
        preview_workbook(factory, workbook, progress=progress)
    assert pressed and len(points) == pressed[0] + 1  # stopped at the very next point
    assert points[-1] < PROGRESS_SCALE  # part-way, not at the end
    # The next point is at most a batch of rows away: per mille of the rows read.
    with open_workbook(workbook, [sheet.name for sheet in SHEETS]) as sheets:
        rows = sum(data.total for data in sheets.values()) + 1
    assert max(b - a for a, b in itertools.pairwise(points)) <= \
        PROGRESS_SCALE * ROWS_PER_STEP // rows + 1
    assert sorted(p.name for p in factory.path.parent.iterdir()) == before
    with factory() as store:
        assert store.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == log


def test_scanning_the_sheets_has_progress_points_of_its_own(
        big: tuple[StoreFactory, Path]) -> None:
    """Before any row is read every sheet is scanned for where its data ends: seconds at
    100,000 activities, so a Cancel pressed at the start must not wait for all of it."""
    factory, workbook = big
    points: list[int] = []
    preview_workbook(factory, workbook, progress=lambda d, _t: points.append(d))
    with open_workbook(workbook, [sheet.name for sheet in SHEETS]) as sheets:
        scanned = len(sheets)
    before_reading = list(itertools.takewhile(lambda d: d == 0, points))
    assert len(before_reading) > scanned  # the start, then at least one a sheet
