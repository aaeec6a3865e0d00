"""A workbook preview reports its progress and stops part-way when told to."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from cli_support import tpdesk

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
def test_cancel_stops_the_preview_within_a_second(big: tuple[StoreFactory, Path],
                                                  stop_at: int) -> None:
    factory, workbook = big
    asked: list[float] = []

    def progress(done: int, total: int) -> None:
        if asked:
            raise Stop
        if total and done >= stop_at:
            asked.append(time.monotonic())  # the user presses Cancel here

    with pytest.raises(Stop):
        preview_workbook(factory, workbook, progress=progress)
    assert asked and time.monotonic() - asked[0] < 1.0
