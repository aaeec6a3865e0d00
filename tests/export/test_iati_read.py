"""The IATI reader: hostile and broken files refused in one line; big files in bounded memory."""

from __future__ import annotations

import re
import time
import tracemalloc
from pathlib import Path

import pytest
from cli_support import one_line_error, tpdesk

from tpdesk.export.iati_read import IatiFile
from tpdesk.models import UserError

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
ACTIVITY = """ <iati-activity default-currency="EUR" xml:lang="en">
  <iati-identifier>XM-DAC-41302-{n:06d}</iati-identifier>
  <title><narrative>Skills for mobility {n}</narrative>
   <narrative xml:lang="fr">Compétences {n}</narrative></title>
  <description type="1"><narrative>{filler}</narrative></description>
  <participating-org ref="XI-IATI-EC_NEAR" role="1" type="15">
   <narrative>European Commission</narrative></participating-org>
  <participating-org ref="XM-DAC-41302" role="4" type="40">
   <narrative>International Labour Organization</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date iso-date="2024-01-01" type="2"/>
  <activity-date iso-date="2026-12-31" type="3"/>
  <recipient-country code="{country}"/>
  <sector vocabulary="1" code="15190"/>
  <budget type="1"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/>
   <value value-date="2024-01-01">1000000</value></budget>
  <transaction><transaction-type code="2"/>
   <value value-date="2024-01-10">900000</value></transaction>
  <transaction><transaction-type code="3"/>
   <value value-date="2024-05-10">300000.25</value></transaction>
  <result><indicator measure="1"><title><narrative>Workers trained</narrative></title>
   <baseline value="0"/><period><period-end iso-date="2024-12-31"/><target value="100"/>
   <actual value="{n}"/></period></indicator></result>
 </iati-activity>
"""
COUNTRIES = ("TN", "MA", "EG", "BD", "PK")


def write_activities(path: Path, count: int, *, filler: int = 200) -> Path:
    """A synthetic IATI 2.03 file of `count` activities over the five partners."""
    text = "Labour mobility and skills partnership. " * (filler // 40 + 1)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEAD + '<iati-activities version="2.03">\n')
        for n in range(count):
            fh.write(ACTIVITY.format(n=n, country=COUNTRIES[n % 5], filler=text[:filler]))
        fh.write("</iati-activities>\n")
    return path


def _refused(tmp_path: Path, content: str | bytes) -> str:
    path = tmp_path / "hostile.xml"
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    with pytest.raises(UserError) as caught:
        list(IatiFile(path).activities())
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("hostile.xml")
    return message


BODY = ('<iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier>'
        '<title><narrative>&e;</narrative></title></iati-activity></iati-activities>')


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    laughs = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = HEAD + f'<!DOCTYPE iati-activities [{laughs}<!ENTITY e "&l9;">]>\n' + BODY
    started = time.perf_counter()
    message = _refused(tmp_path, bomb)
    assert time.perf_counter() - started < 2
    # lxml 6.1 stops at the bomb's entities, 6.2 already at its DOCTYPE: refused either way.
    assert re.match(r"hostile\.xml line \d+: ", message), message
    assert message.endswith(("entities are refused (an entity bomb?)", "so it is refused"))


def test_a_doctype_is_refused(tmp_path: Path) -> None:
    message = _refused(tmp_path, HEAD + '<!DOCTYPE x [<!ENTITY e "lol">]>\n' + BODY)
    assert message == ("hostile.xml line 3: the file declares a DOCTYPE (entities or an"
                       " external DTD) before this line; IATI files never need one, so it"
                       " is refused")


def test_an_external_entity_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    doc = HEAD + f'<!DOCTYPE x [<!ENTITY e SYSTEM "{secret.as_uri()}">]>\n' + BODY
    message = _refused(tmp_path, doc)
    assert "DOCTYPE" in message and "top secret" not in message


def test_an_external_dtd_is_refused(tmp_path: Path) -> None:
    doc = (HEAD + '<!DOCTYPE iati-activities SYSTEM "http://192.0.2.1/iati.dtd">\n'
           '<iati-activities version="2.03"/>')
    assert "DOCTYPE" in _refused(tmp_path, doc)


def test_an_undeclared_entity_is_refused(tmp_path: Path) -> None:
    message = _refused(tmp_path, HEAD + BODY.replace("><iati-activity>", ">\n<iati-activity>"))
    assert message == ("hostile.xml line 3: Entity 'e' not defined; entities are refused"
                       " (an entity bomb?)")


@pytest.mark.parametrize(("content", "expected"), [
    ("id,title\n1,Skills\n", "hostile.xml line 1: not well-formed XML: Start tag expected,"
                             " '<' not found"),
    ("", "hostile.xml is empty, not an IATI activity file"),
    (HEAD + '<iati-activities version="2.03">\n<iati-activity>\n<title>',
     "hostile.xml line 4: the XML ends too early (is the file complete?):"),
    (HEAD + "<iati-activities>\n<iati-activity></title></iati-activities>",
     "hostile.xml line 3: not well-formed XML: Opening and ending tag mismatch"),
    (HEAD + '<iati-organisations version="2.03">\n<iati-organisation/></iati-organisations>',
     "hostile.xml line 2: an IATI organisation file, not an IATI activity file"),
    (HEAD + "<html><body/></html>",
     "hostile.xml line 2: a <html> document, not an IATI activity file"),
])
def test_broken_files_are_one_line(tmp_path: Path, content: str, expected: str) -> None:
    assert _refused(tmp_path, content).startswith(expected)


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"nothing\.xml: no such file$"):
        list(IatiFile(tmp_path / "nothing.xml").activities())


def test_problems_inside_an_activity_are_noted_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "a.xml"
    path.write_text(HEAD + '<iati-activities version="2.03">\n<iati-activity>\n'
                    "<iati-identifier>X-1</iati-identifier>\n"
                    '<activity-date type="2" iso-date="2024-02-30"/>\n'
                    '<transaction><transaction-type code="3"/>\n<value>12,5x</value>'
                    "</transaction>\n</iati-activity></iati-activities>", encoding="utf-8")
    (activity,) = IatiFile(path).activities()
    assert [str(p) for p in activity.problems] == [
        "line 5, <activity-date>: iso-date '2024-02-30' is not a date (YYYY-MM-DD)",
        "line 7, <transaction/value>: '125x' is not an amount"]


def test_the_command_line_refuses_a_hostile_file_in_one_line(writable_db: Path,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "bomb.xml"
    path.write_text(HEAD + '<!DOCTYPE x [<!ENTITY e "lol">]>\n' + BODY, encoding="utf-8")
    line = one_line_error(tpdesk("--db", writable_db, "import", "iati", path))
    assert line.startswith("tpdesk: error: bomb.xml line 3: the file declares a DOCTYPE")


def _peak(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in IatiFile(path).activities())
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _bounded(tmp_path: Path, count: int) -> None:
    small = write_activities(tmp_path / "small.xml", 200)
    big = write_activities(tmp_path / "big.xml", count)
    assert big.stat().st_size > count // 201 * small.stat().st_size
    small_count, small_peak = _peak(small)
    big_count, big_peak = _peak(big)
    assert (small_count, big_count) == (200, count)
    # Many times the file, about the same memory: nothing of the tree is kept.
    assert big_peak < 2 * small_peak + (1 << 20), (small_peak, big_peak)


def test_many_activities_stream_in_bounded_memory(tmp_path: Path) -> None:
    _bounded(tmp_path, 3_000)


@pytest.mark.slow
def test_twenty_thousand_activities_stream_in_bounded_memory(tmp_path: Path) -> None:
    _bounded(tmp_path, 20_000)
