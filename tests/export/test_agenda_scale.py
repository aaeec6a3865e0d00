"""A pack stays a briefing at any size: 3,000 activities in a partnership, a body of a few pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pypdf
import pytest
from test_pdf import outline_entries

from tpdesk.export.pdf import write_pdf
from tpdesk.models import Activity, Pack, Store
from tpdesk.models.briefing import assemble
from tpdesk.models.demo import demo_id, load_demo, load_synthetic
from tpdesk.models.queries import Filters

BODY_PAGES = 30


@pytest.mark.slow
def test_the_body_of_a_3000_activity_pack_stays_within_30_pages(tmp_path: Path) -> None:
    with Store(tmp_path / "big.db", user="tester") as store:
        load_demo(store)
        load_synthetic(store, 15_000)  # spread over the five partnerships
        pack = dataclasses.replace(store.get(Pack, demo_id("pack", "TN")), member_states=[])
        assert store.count(Activity, Filters(partnership="TN")) >= 3_000
        content = assemble(store, pack)
    assert len(content.activities) >= 3_000 and len(content.commitments) >= 3_000
    reader = pypdf.PdfReader(write_pdf(content, tmp_path / "big.pdf"))
    tops = [(title, page) for level, title, page in outline_entries(reader) if level == 0]
    body_starts = tops[0][1]
    annexes_start = next(page for title, page in tops if title.startswith("Annex "))
    assert [t for t, _ in tops[:3]] == ["Summary and key messages", "Lines to take",
                                        "Issues for decision"]
    assert annexes_start - body_starts <= BODY_PAGES, tops
    register = next(page for title, page in tops if title.startswith("Annex D"))
    assert len(reader.pages) - register > 100  # the full register is the annex's
