"""`tpdesk import iati` through a real subprocess; `import xlsx` keeps its command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cli_support import one_line_error, tpdesk

FIXTURE = Path(__file__).parent.parent / "fixtures" / "iati" / "activities.xml"


def _history(db: Path) -> list[dict[str, object]]:
    result = tpdesk("--db", db, "changes", "--since", "2000-01-01", "--json")
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


def test_dry_run_then_import_then_nothing_left(writable_db: Path, tmp_path: Path) -> None:
    path = Path(shutil.copy(FIXTURE, tmp_path / "enabel.xml"))
    before = _history(writable_db)
    dry = tpdesk("--db", writable_db, "import", "iati", path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0] == "enabel.xml: 8 new, 3 updated, 0 unchanged, 1 skipped, 0 errors"
    assert "  new     Activity line 4: Labour migration governance in Morocco (THAMM)" in lines
    assert "            IATI ref: (empty) -> BE-BCE_KBO-0264814354" in lines
    assert lines[-1] == "dry run: nothing written"
    assert _history(writable_db) == before

    applied = tpdesk("--db", writable_db, "import", "iati", path)
    assert applied.returncode == 0, applied.stderr
    assert applied.stdout.splitlines()[-1] == (
        "imported 8 new, 3 updated, 0 deleted (import:enabel.xml)")
    new = _history(writable_db)[len(before):]
    assert {c["source"] for c in new} == {"import:enabel.xml"}
    assert {c["who"] for c in new} == {"cli-tester"}
    listed = json.loads(tpdesk("--db", writable_db, "list", "activities", "--partnership",
                               "MA", "--json").stdout)
    thamm = next(a for a in listed if a["iati_identifier"] == "BE-BCE_KBO-0264814354-MOR22001")
    assert thamm["dac_codes"] == ["15190", "16020"]

    again = tpdesk("--db", writable_db, "import", "iati", path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == (
        "enabel.xml: 0 new, 0 updated, 5 unchanged, 1 skipped, 0 errors")


def test_errors_write_nothing(writable_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "usd.xml"
    path.write_text(FIXTURE.read_text(encoding="utf-8").replace(
        'default-currency="EUR"', 'default-currency="USD"'), encoding="utf-8")
    before = _history(writable_db)
    result = tpdesk("--db", writable_db, "import", "iati", path)
    assert one_line_error(result) == "tpdesk: error: usd.xml: 8 errors; nothing imported"
    assert any(line.startswith("error: usd.xml line ") and "an amount in USD" in line
               for line in result.stdout.splitlines())
    assert _history(writable_db) == before


def test_partnership_option_and_unknown_code(writable_db: Path) -> None:
    line = one_line_error(tpdesk("--db", writable_db, "import", "iati", FIXTURE,
                                 "--partnership", "XX"))
    assert line == "tpdesk: error: no partnership with 'XX'"
    dry = tpdesk("--db", writable_db, "import", "iati", FIXTURE, "--partnership", "EG",
                 "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[0].endswith(" 0 skipped, 0 errors")


def test_import_still_needs_its_format(writable_db: Path) -> None:
    result = tpdesk("--db", writable_db, "import", FIXTURE)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "'xlsx'" in result.stderr
    helped = tpdesk("import", "--help")
    assert "xlsx" in helped.stdout and "iati" in helped.stdout
