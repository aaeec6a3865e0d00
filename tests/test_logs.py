"""The log file: one handler however often it is set up, rotation, and a fallback to stderr."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tpdesk import __version__, logs
from tpdesk.paths import data_dir, log_path


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def _bug(message: str) -> ValueError:
    try:
        raise ValueError(message)
    except ValueError as exc:
        return exc


def _file_handlers() -> list[logging.Handler]:
    return [h for h in logging.getLogger("tpdesk").handlers
            if isinstance(h, logging.FileHandler)]


def test_setting_up_twice_keeps_one_handler_and_creates_nothing(data_home: Path) -> None:
    assert logs.setup_logging() == logs.setup_logging() == log_path()
    assert len(_file_handlers()) == 1
    assert not data_home.exists()  # a run without a bug leaves no file behind


def test_the_log_is_for_its_owner_only(data_home: Path) -> None:
    where = logs.log_bug(_bug("boom"), source="tpdesk.test")
    assert where is not None
    assert where.stat().st_mode & 0o777 == 0o600
    assert where.parent.stat().st_mode & 0o777 == 0o700  # the data folder it makes
    for handler in _file_handlers():
        handler.doRollover()  # type: ignore[attr-defined]
    logs.log_bug(_bug("again"), source="tpdesk.test")
    assert where.stat().st_mode & 0o777 == 0o600
    assert where.with_name("tpdesk.log.1").stat().st_mode & 0o777 == 0o600


def test_a_bug_is_logged_with_its_traceback_time_and_version(data_home: Path) -> None:
    where = logs.log_bug(_bug("boom"), source="tpdesk.test")
    assert where == log_path() == data_home / "tpdesk" / "tpdesk.log"
    text = where.read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first.endswith(f"tpdesk {__version__} tpdesk.test ERROR: unexpected error:"
                          " ValueError (message not logged)")
    assert "boom" not in text  # a message may quote a record's contents
    assert first[:4].isdigit()  # the time stamp leads
    assert "Traceback (most recent call last):" in text
    assert 'raise ValueError(message)' in text
    assert where.stat().st_mode & 0o777 == 0o600  # it may name the user's files


def test_the_log_rotates_at_a_megabyte_keeping_three_files(data_home: Path) -> None:
    first = logs.log_bug(_bug("x"))
    assert first is not None
    for _ in range(3 * logs.MAX_BYTES // first.stat().st_size + 10):
        logs.log_bug(_bug("x"))
    folder = data_home / "tpdesk"
    assert sorted(p.name for p in folder.iterdir()) == ["tpdesk.log", "tpdesk.log.1",
                                                       "tpdesk.log.2"]
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in folder.iterdir())


def test_a_log_that_cannot_be_written_falls_back_to_stderr(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert logs.log_bug(_bug("nowhere to go")) is None
    err = capsys.readouterr().err
    assert "unexpected error: ValueError (message not logged)" in err
    assert "nowhere to go" not in err
    assert "Traceback (most recent call last):" in err


def test_the_causes_of_a_bug_are_logged_without_their_messages(data_home: Path) -> None:
    title = "Skills for Tunisian nurses"  # a record's contents, in hand when it failed
    try:
        try:
            raise KeyError(title)
        except KeyError as inner:
            raise RuntimeError(f"while saving {title!r}") from inner
    except RuntimeError as exc:
        where = logs.log_bug(exc, source="tpdesk.test")
    assert where is not None
    text = where.read_text(encoding="utf-8")
    assert "Tunisian" not in text
    assert text.index("\nKeyError") < text.index("which led to:") < text.index("\nRuntimeError")
    assert text.count("Traceback (most recent call last):") == 2


def test_a_data_folder_an_older_version_left_open_is_tightened(data_home: Path) -> None:
    folder = log_path().parent
    folder.mkdir(parents=True, mode=0o755)
    folder.chmod(0o755)
    assert logs.log_bug(_bug("boom"), source="tpdesk.test") is not None
    assert folder.stat().st_mode & 0o777 == 0o700
    folder.chmod(0o755)
    assert data_dir() == folder
    assert folder.stat().st_mode & 0o777 == 0o700


def test_the_laptop_and_the_server_log_one_and_the_same_exception_chain() -> None:
    """Causes, unsuppressed contexts, a cycle: one walk (tpdesk.models.errors.chain) for both."""
    from tpdesk.models.errors import chain
    from tpdesk.server import observe

    def raised() -> BaseException:
        try:
            try:
                try:
                    raise KeyError("first")
                except KeyError:
                    raise ValueError("second") from None  # the KeyError is suppressed
            except ValueError as second:
                raise OSError("third") from second
        except OSError:
            try:
                raise RuntimeError("last")  # its context: the OSError
            except RuntimeError as last:
                return last
        raise AssertionError("unreachable")

    last = raised()
    assert [type(e) for e in chain(last)] == [ValueError, OSError, RuntimeError]
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "bug", None,
                               (type(last), last, last.__traceback__))
    logged = observe.JsonLines().format(record)
    assert [e["type"] for e in json.loads(logged)["error"]] == [
        "builtins.ValueError", "builtins.OSError", "builtins.RuntimeError"]
    assert logs._trace(last).count("which led to:") == 2
    looped = ValueError("a")
    looped.__context__ = TypeError("b")
    looped.__context__.__context__ = looped
    assert [type(e) for e in chain(looped)] == [TypeError, ValueError]
