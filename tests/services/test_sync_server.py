"""`tpdesk sync` against a real tpdesk-server on the loopback (PostgreSQL: server_support)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import psycopg
import pytest
from cli_support import one_line_error, tpdesk
from merge_support import state
from server_support import LiveServer, add_user

from tpdesk.models import Activity, Commitment, Organisation, Partnership, merge
from tpdesk.models import servers as server_rows
from tpdesk.models.keys import DataKey
from tpdesk.server import accounts
from tpdesk.services import StoreFactory, sync
from tpdesk.services.sync_http import SyncError

ENV = {"TPDESK_USER": "Anna"}


def _secretariat(folder: Path) -> StoreFactory:
    factory = StoreFactory(folder / "secretariat.db", user="Anna").creating()
    with factory() as store:
        tn = store.save(Partnership(country_code="TN", title="EU-Tunisia"))
        giz = store.save(Organisation(name="GIZ"))
        store.save(Activity(partnership_id=tn.id, title="Bootcamp"))
        store.save(Commitment(partnership_id=tn.id, text="Open a desk", actor_ids=[giz.id]))
    return factory


def _token_file(folder: Path, server: LiveServer, name: str, role: str = "secretariat",
                *args: str) -> Path:
    path = folder / f"{name}.token"
    path.write_text(add_user(server.database, name, role, *args) + "\n", encoding="utf-8")
    return path


def _credential(factory: StoreFactory) -> str:
    with factory() as store:
        found = server_rows.current(store)
        assert found is not None
        return found.credential


def test_first_sign_in_push_pull_and_later_runs_by_the_command_line(
        live_server: LiveServer, tmp_path: Path) -> None:
    sec = _secretariat(tmp_path)
    first = tpdesk("--db", sec.path, "sync", "--server", live_server.url, "--token-file",
                   _token_file(tmp_path, live_server, "anna"), env=ENV)
    assert first.returncode == 0, first.stderr
    assert first.stdout == (f"synced with {live_server.url}: pushed 4, pulled 0,"
                            " conflicts 0\n")
    laptop = tmp_path / "laptop.db"
    joined = tpdesk("--db", laptop, "sync", "--server", live_server.url + "/", "--token-file",
                    _token_file(tmp_path, live_server, "marco"), env=ENV)
    assert joined.returncode == 0, joined.stderr
    assert joined.stdout == f"synced with {live_server.url}: pushed 0, pulled 4, conflicts 0\n"
    other = StoreFactory(laptop, user="Marco")
    with sec() as one, other() as two:
        assert state(two) == state(one)
        assert two.meta("register_id") == one.meta("register_id")
        activity = two.list(Activity)[0]
        two.save(dataclasses.replace(activity, title="Bootcamp for coders"))
    again = tpdesk("--db", laptop, "sync", env=ENV)  # the stored credential: no token
    assert again.stdout == f"synced with {live_server.url}: pushed 1, pulled 0, conflicts 0\n"
    assert tpdesk("--db", sec.path, "sync", env=ENV).stdout.endswith(
        "pushed 0, pulled 1, conflicts 0\n")
    with sec() as one:
        assert one.list(Activity)[0].title == "Bootcamp for coders"
    assert tpdesk("--db", laptop, "sync", env=ENV).stdout.endswith(
        "pushed 0, pulled 0, conflicts 0\n")
    # A used token is refused; the copy keeps its credential and syncs on.
    used = one_line_error(tpdesk("--db", tmp_path / "third.db", "sync", "--server",
                                 live_server.url, "--token-file", tmp_path / "marco.token",
                                 env=ENV))
    assert "401: the server refused this copy's sign-in" in used
    assert not sync.status(StoreFactory(tmp_path / "third.db")).signed_in


def test_edits_on_both_sides_meet_as_a_conflict_shown_on_both(
        live_server: LiveServer, tmp_path: Path) -> None:
    sec = _secretariat(tmp_path)
    sync.sync(sec, url=live_server.url, token=add_user(live_server.database, "anna",
                                                       "secretariat"))
    laptop = StoreFactory(tmp_path / "laptop.db", user="Marco").creating()
    sync.sync(laptop, url=live_server.url, token=add_user(live_server.database, "marco",
                                                          "secretariat"))
    for factory, title in ((sec, "From Brussels"), (laptop, "From Rome")):
        with factory() as store:
            activity = store.list(Activity)[0]
            store.save(dataclasses.replace(activity, title=title))
    sync.sync(sec)
    report = sync.sync(laptop)
    assert (report.pushed, report.conflicts) == (1, 1)
    sync.sync(sec)
    with sec() as one, laptop() as two:
        assert state(one) == state(two)
        (c1,), (c2,) = merge.conflicts(one), merge.conflicts(two)
        assert c1 == c2 and {c1.kept, c1.lost} == {"From Brussels", "From Rome"}


def test_a_push_sends_only_the_conflicts_the_server_may_lack(
        live_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sec = _secretariat(tmp_path)
    sync.sync(sec, url=live_server.url, token=add_user(live_server.database, "anna",
                                                       "secretariat"))
    laptop = StoreFactory(tmp_path / "laptop.db", user="Marco").creating()
    sync.sync(laptop, url=live_server.url, token=add_user(live_server.database, "marco",
                                                          "secretariat"))
    for factory, title in ((sec, "From Brussels"), (laptop, "From Rome")):
        with factory() as store:
            activity = store.list(Activity)[0]
            store.save(dataclasses.replace(activity, title=title))
    sync.sync(sec)
    assert sync.sync(laptop).conflicts == 1
    sync.sync(sec)
    pushed: list[list[str]] = []
    post = sync.Client.post

    def spy(client: sync.Client, path: str, body: dict[str, Any]) -> dict[str, Any]:
        if path == "/v1/push":
            pushed.append([c["id"] for c in body["conflicts"]])
        return post(client, path, body)

    monkeypatch.setattr(sync.Client, "post", spy)

    def edit_and_sync(factory: StoreFactory, text: str) -> None:
        with factory() as store:
            commitment = store.list(Commitment)[0]
            store.save(dataclasses.replace(commitment, text=text))
        sync.sync(factory)

    edit_and_sync(laptop, "Open a desk in Sfax")  # the conflict came from the server
    edit_and_sync(sec, "Open a desk in Tunis")  # and was pulled here
    assert pushed == [[], []]
    with laptop() as store:
        (conflict,) = merge.conflicts(store)
        merge.resolve(store, conflict.id, "From Rome")
    sync.sync(laptop)  # a resolution is a change the server lacks
    edit_and_sync(laptop, "Open a desk in Sousse")
    assert pushed[2:] == [[conflict.id], []]
    sync.sync(sec)  # pulls the resolution, which it does not send back
    edit_and_sync(sec, "Open a desk in Bizerte")
    assert pushed[4:] == [[]]
    sync.sync(laptop)
    with sec() as one, laptop() as two:
        assert state(one) == state(two)
        assert merge.conflicts(one) == merge.conflicts(two)
        assert not merge.conflicts(one)[0].open


def test_a_delegation_joins_with_its_scope_only(live_server: LiveServer, tmp_path: Path) -> None:
    sec = _secretariat(tmp_path)
    with sec() as store:
        ma = store.save(Partnership(country_code="MA", title="EU-Morocco"))
        store.save(Activity(partnership_id=ma.id, title="Job fair"))
    sync.sync(sec, url=live_server.url, token=add_user(live_server.database, "anna",
                                                       "secretariat"))
    rome = StoreFactory(tmp_path / "rome.db", user="Marco").creating()
    report = sync.sync(rome, url=live_server.url, token=add_user(
        live_server.database, "rome", "delegation", "IT", ("TN",)))
    status = sync.status(rome)
    assert (status.user, status.role, status.waiting) == ("rome", "delegation", 0)
    with rome() as store:
        assert sorted(a.title for a in store.list(Activity)) == ["Bootcamp"]
        assert [p.country_code for p in store.list(Partnership)] == ["TN"]
    assert report.pulled == 4


def test_a_delegations_edit_outside_its_rights_reaches_the_secretariats_conflict_list(
        live_server: LiveServer, tmp_path: Path) -> None:
    sec = _secretariat(tmp_path)
    sync.sync(sec, url=live_server.url, token=add_user(live_server.database, "anna",
                                                       "secretariat"))
    rome = StoreFactory(tmp_path / "rome.db", user="Marco").creating()
    sync.sync(rome, url=live_server.url, token=add_user(
        live_server.database, "rome", "delegation", "IT", ("TN",)))
    with rome() as store:
        [bootcamp] = store.list(Activity)
        store.save(dataclasses.replace(bootcamp, title="Renamed in Rome"))
    sync.sync(rome)
    sync.sync(sec)
    with sec() as store:
        assert [a.title for a in store.list(Activity)] == ["Bootcamp"]
        assert [(c.kind, c.field, c.lost) for c in merge.conflicts(store)] == [
            ("proposal", "title", "Renamed in Rome")]


def test_a_copy_of_another_register_is_refused_and_its_token_kept(
        live_server: LiveServer, tmp_path: Path) -> None:
    sync.sync(_secretariat(tmp_path), url=live_server.url,
              token=add_user(live_server.database, "anna", "secretariat"))
    stranger = StoreFactory(tmp_path / "stranger.db", user="Eve").creating()
    with stranger() as store:
        store.save(Partnership(country_code="EG", title="EU-Egypt"))
    token = add_user(live_server.database, "eve", "secretariat")
    with pytest.raises(SyncError, match=r"^127\.0\.0\.1:\d+: 409: this copy belongs to another"
                                        r" register than the server's"):
        sync.sync(stranger, url=live_server.url, token=token)
    assert not sync.status(stranger).signed_in
    fresh = StoreFactory(tmp_path / "fresh.db", user="Eve").creating()
    assert sync.sync(fresh, url=live_server.url, token=token).pulled == 4  # the token: unused


def test_a_disabled_account_and_a_stopped_server_fail_in_one_line(
        live_server: LiveServer, tmp_path: Path) -> None:
    sec = _secretariat(tmp_path)
    sync.sync(sec, url=live_server.url, token=add_user(live_server.database, "anna",
                                                       "secretariat"))
    laptop = tmp_path / "laptop.db"
    assert tpdesk("--db", laptop, "sync", "--server", live_server.url, "--token-file",
                  _token_file(tmp_path, live_server, "marco"), env=ENV).returncode == 0
    with StoreFactory(laptop)() as store:
        store.save(Organisation(name="ANETI"))
    with psycopg.connect(live_server.database) as conn:
        accounts.disable_user(conn, "marco")
    before = laptop.read_bytes()
    line = one_line_error(tpdesk("--db", laptop, "sync", env=ENV))
    assert line.startswith(f"tpdesk: error: {live_server.url[7:]}: 401: the server refused")
    assert line.endswith("; nothing changed")
    live_server.stop()
    line = one_line_error(tpdesk("--db", sec.path, "sync", env=ENV))
    assert line == (f"tpdesk: error: {live_server.url[7:]}: server unreachable (connection"
                    " refused); nothing changed")
    assert laptop.read_bytes() == before
    assert sync.status(StoreFactory(laptop)).waiting == 1


def test_the_credential_stays_inside_an_encrypted_database(
        live_server: LiveServer, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    sync.sync(_secretariat(tmp_path), url=live_server.url,
              token=add_user(live_server.database, "anna", "secretariat"))
    factory = StoreFactory(tmp_path / "secret" / "laptop.db", key=DataKey.generate(),
                           user="Marco").creating()
    factory.path.parent.mkdir()
    sync.sync(factory, url=live_server.url, token=add_user(live_server.database, "marco",
                                                           "secretariat"))
    credential = _credential(factory)
    assert len(credential) >= 32
    written = [p for p in (tmp_path / "secret").rglob("*") if p.is_file()]
    assert written
    for path in written:
        assert credential.encode() not in path.read_bytes(), path
    with psycopg.connect(live_server.database) as conn:  # the server keeps a hash only
        dump = str(conn.execute("SELECT * FROM credential").fetchall())
    assert credential not in dump


def test_a_long_first_pull_reports_its_progress_page_by_page(
        live_server: LiveServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sec = _secretariat(tmp_path)
    with sec() as store:
        tn = store.list(Partnership)[0]
        for n in range(40):
            store.save(Activity(partnership_id=tn.id, title=f"Workshop {n}"))
    sync.sync(sec, url=live_server.url, token=add_user(live_server.database, "anna",
                                                       "secretariat"))
    monkeypatch.setattr(sync, "PAGE", 60)  # cells a page: several pages of a small register
    seen: list[tuple[int, int]] = []
    laptop = StoreFactory(tmp_path / "laptop.db", user="Marco").creating()
    report = sync.sync(laptop, url=live_server.url,
                       token=add_user(live_server.database, "marco", "secretariat"),
                       progress=lambda done, total: seen.append((done, total)))
    assert report.pulled == 44
    done = [d for d, _ in seen]
    assert len(seen) >= 5 and done == sorted(set(done)) and done[0] > 0, seen
    assert {total for _, total in seen} == {done[-1]}, seen  # the whole pull, from page one
    with laptop() as store:
        assert store.count(Activity) == 41
