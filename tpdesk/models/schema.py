"""The database schema as ordered, append-only migrations.

Each step is frozen SQL, written out in full: it never calls today's domain
code nor shares text with another step, so an old database migrates the same
way whatever the code around it has become. Never edit a step that has
shipped; add a new one at the end. Derived data (the search index) is not
the steps' to fill: the store rebuilds it with today's code after migrating
(`Store.rebuild_search_index`), in the same transaction.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, cast

from .connection import sqlite

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .database import Connection

# "TPDS": marks a SQLite file as a tpdesk database.
APPLICATION_ID = 0x54504453

Step = Callable[["Database"], None]


class Steps:
    """The schema steps in order, applied by sqlite-utils' `Migrations`.

    Registered here and handed to `Migrations` only when steps are applied, so
    that opening an up-to-date file (every start of the app) reads the applied
    names from sqlite-utils' own table with one query and needs no sqlite-utils.
    """

    table = "_sqlite_migrations"  # sqlite-utils' record of applied steps

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: list[tuple[str, Step]] = []

    def __call__(self, *, name: str) -> Callable[[Step], Step]:
        def register(step: Step) -> Step:
            self.steps.append((name, step))
            return step
        return register

    def applied(self, db: Connection) -> list[str]:
        """The names of the steps applied to a file, in the order they were applied."""
        if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                      [self.table]).fetchone() is None:
            return []
        return [str(row[0]) for row in db.execute(
            f"SELECT name FROM {self.table} WHERE migration_set = ? ORDER BY rowid",
            [self.name]).fetchall()]

    def apply(self, db: Database, *, stop_before: str | Iterable[str] | None = None) -> None:
        """Apply the pending steps (`Migrations.apply`: each in a transaction with its record)."""
        from sqlite_utils.migrations import Migrations

        migrations = Migrations(self.name)
        for name, step in self.steps:
            migrations(name=name)(step)
        migrations.apply(db, stop_before=stop_before)


migrations = Steps("tpdesk")


@migrations(name="0001_register")
def _register(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE partnership (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            country_code TEXT NOT NULL,
            title TEXT NOT NULL,
            status TEXT NOT NULL,
            launch_date TEXT,
            sectors TEXT NOT NULL DEFAULT '[]',
            member_states TEXT NOT NULL DEFAULT '[]',
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX partnership_country ON partnership(country_code)
            WHERE deleted_at IS NULL;

        CREATE TABLE organisation (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            country_code TEXT
        );
        CREATE INDEX organisation_country ON organisation(country_code);

        CREATE TABLE roundtable (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            partnership_id TEXT NOT NULL REFERENCES partnership(id),
            number INTEGER NOT NULL,
            date TEXT,
            place TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            outcome_summary TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX roundtable_partnership ON roundtable(partnership_id, number);

        CREATE TABLE roadmap (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            partnership_id TEXT NOT NULL REFERENCES partnership(id),
            version TEXT NOT NULL,
            adopted_at_roundtable_id TEXT REFERENCES roundtable(id),
            adopted_on TEXT,
            period_start TEXT,
            period_end TEXT
        );
        CREATE INDEX roadmap_partnership ON roadmap(partnership_id);

        CREATE TABLE objective (
            id TEXT PRIMARY KEY,
            roadmap_id TEXT NOT NULL REFERENCES roadmap(id),
            position INTEGER NOT NULL,
            code TEXT NOT NULL,
            text TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX objective_roadmap ON objective(roadmap_id, position);

        CREATE TABLE activity (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            partnership_id TEXT NOT NULL REFERENCES partnership(id),
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL,
            status TEXT NOT NULL,
            start_date TEXT,
            end_date TEXT,
            sectors TEXT NOT NULL DEFAULT '[]',
            skill_levels TEXT NOT NULL DEFAULT '[]',
            target_beneficiaries INTEGER,
            beneficiaries TEXT NOT NULL DEFAULT '',
            progress_notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX activity_partnership ON activity(partnership_id, start_date);
        CREATE INDEX activity_status ON activity(status);
        CREATE INDEX activity_category ON activity(category);

        CREATE TABLE activity_objective (
            activity_id TEXT NOT NULL REFERENCES activity(id),
            objective_id TEXT NOT NULL REFERENCES objective(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (activity_id, objective_id)
        );
        CREATE INDEX activity_objective_objective ON activity_objective(objective_id);

        CREATE TABLE participation (
            activity_id TEXT NOT NULL REFERENCES activity(id),
            organisation_id TEXT NOT NULL REFERENCES organisation(id),
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (activity_id, organisation_id, role)
        );
        CREATE INDEX participation_organisation ON participation(organisation_id);

        CREATE TABLE funding_line (
            id TEXT PRIMARY KEY,
            activity_id TEXT NOT NULL REFERENCES activity(id),
            position INTEGER NOT NULL,
            instrument TEXT NOT NULL,
            programme TEXT NOT NULL DEFAULT '',
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            stage TEXT NOT NULL,
            funder_id TEXT REFERENCES organisation(id)
        );
        CREATE INDEX funding_line_activity ON funding_line(activity_id, position);
        CREATE INDEX funding_line_instrument ON funding_line(instrument, activity_id);

        CREATE TABLE indicator (
            id TEXT PRIMARY KEY,
            activity_id TEXT NOT NULL REFERENCES activity(id),
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            baseline REAL,
            target REAL,
            actual REAL
        );
        CREATE INDEX indicator_activity ON indicator(activity_id, position);

        CREATE TABLE commitment (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            partnership_id TEXT NOT NULL REFERENCES partnership(id),
            text TEXT NOT NULL,
            made_at_roundtable_id TEXT REFERENCES roundtable(id),
            made_on TEXT,
            activity_id TEXT REFERENCES activity(id),
            objective_id TEXT REFERENCES objective(id),
            due_date TEXT,
            status TEXT NOT NULL
        );
        CREATE INDEX commitment_partnership ON commitment(partnership_id, due_date);
        CREATE INDEX commitment_due ON commitment(due_date);
        CREATE INDEX commitment_roundtable ON commitment(made_at_roundtable_id);
        CREATE INDEX commitment_activity ON commitment(activity_id);

        CREATE TABLE commitment_actor (
            commitment_id TEXT NOT NULL REFERENCES commitment(id),
            organisation_id TEXT NOT NULL REFERENCES organisation(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (commitment_id, organisation_id)
        );
        CREATE INDEX commitment_actor_organisation ON commitment_actor(organisation_id);

        CREATE TABLE progress_update (
            id TEXT PRIMARY KEY,
            commitment_id TEXT NOT NULL REFERENCES commitment(id),
            position INTEGER NOT NULL,
            date TEXT NOT NULL,
            status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            by_whom TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX progress_update_commitment ON progress_update(commitment_id, position);

        CREATE TABLE note (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            target_kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            partnership_id TEXT REFERENCES partnership(id),
            author TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL
        );
        CREATE INDEX note_target ON note(target_id);

        CREATE TABLE tag (
            record_id TEXT NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (record_id, tag)
        );
        CREATE INDEX tag_tag ON tag(tag);

        CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            source TEXT NOT NULL DEFAULT '',
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            partnership_id TEXT,
            caption TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            field TEXT,
            old_value TEXT,
            new_value TEXT
        );
        CREATE INDEX change_log_partnership ON change_log(partnership_id, at);
        CREATE INDEX change_log_record ON change_log(record_id, at);
        CREATE INDEX change_log_at ON change_log(at);
        """
    )


@migrations(name="0002_search")
def _search(db: Database) -> None:
    """Full-text search over the register.

    Its fill below is frozen as shipped; the store rebuilds the index in
    Python right after, so what it puts in no longer matters.
    """
    _run(
        db,
        """
        CREATE TABLE search_doc (
            docid INTEGER PRIMARY KEY,
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL UNIQUE,
            partnership_id TEXT
        );
        CREATE INDEX search_doc_partnership ON search_doc(partnership_id);
        CREATE VIRTUAL TABLE search_fts USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
        );

        INSERT INTO search_doc (record_kind, record_id, partnership_id)
            SELECT 'partnership', id, id FROM partnership WHERE deleted_at IS NULL
            UNION ALL SELECT 'organisation', id, NULL FROM organisation WHERE deleted_at IS NULL
            UNION ALL SELECT 'roundtable', id, partnership_id FROM roundtable
                WHERE deleted_at IS NULL
            UNION ALL SELECT 'roadmap', id, partnership_id FROM roadmap WHERE deleted_at IS NULL
            UNION ALL SELECT 'activity', id, partnership_id FROM activity WHERE deleted_at IS NULL
            UNION ALL SELECT 'commitment', id, partnership_id FROM commitment
                WHERE deleted_at IS NULL
            UNION ALL SELECT 'note', id, partnership_id FROM note WHERE deleted_at IS NULL;

        INSERT INTO search_fts (rowid, title, body)
            SELECT d.docid, p.title, p.description || ' ' || p.sectors
            FROM search_doc d JOIN partnership p ON p.id = d.record_id
            UNION ALL SELECT d.docid, o.name, o.short_name
            FROM search_doc d JOIN organisation o ON o.id = d.record_id
            UNION ALL SELECT d.docid, 'Roundtable ' || r.number || ' ' || r.place,
                r.outcome_summary
            FROM search_doc d JOIN roundtable r ON r.id = d.record_id
            UNION ALL SELECT d.docid, 'Roadmap ' || m.version,
                coalesce((SELECT group_concat(code || ' ' || text, ' ') FROM objective
                          WHERE roadmap_id = m.id AND deleted_at IS NULL), '')
            FROM search_doc d JOIN roadmap m ON m.id = d.record_id
            UNION ALL SELECT d.docid, a.title,
                a.description || ' ' || a.beneficiaries || ' ' || a.progress_notes
            FROM search_doc d JOIN activity a ON a.id = d.record_id
            UNION ALL SELECT d.docid, c.text,
                coalesce((SELECT group_concat(note, ' ') FROM progress_update
                          WHERE commitment_id = c.id), '')
            FROM search_doc d JOIN commitment c ON c.id = d.record_id
            UNION ALL SELECT d.docid, '', n.text
            FROM search_doc d JOIN note n ON n.id = d.record_id;
        """
    )


@migrations(name="0003_live_indexes")
def _live_indexes(db: Database) -> None:
    """Indexes over live records only, matching the default orders and the overview.

    They keep the first page, the counts and the funding totals of a register
    of 100,000 activities within a few milliseconds.
    """
    _run(
        db,
        """
        CREATE INDEX activity_live ON activity(partnership_id) WHERE deleted_at IS NULL;
        CREATE INDEX activity_gone ON activity(id) WHERE deleted_at IS NOT NULL;
        CREATE INDEX activity_order
            ON activity(start_date IS NULL, start_date, title COLLATE NOCASE)
            WHERE deleted_at IS NULL;
        CREATE INDEX commitment_live ON commitment(partnership_id, status)
            WHERE deleted_at IS NULL;
        CREATE INDEX commitment_order
            ON commitment(due_date IS NULL, due_date, text COLLATE NOCASE)
            WHERE deleted_at IS NULL;
        DROP INDEX funding_line_instrument;
        CREATE INDEX funding_line_instrument
            ON funding_line(instrument, activity_id, amount_cents);
        CREATE INDEX funding_line_totals
            ON funding_line(activity_id, instrument, amount_cents);
        """,
    )


@migrations(name="0004_packs")
def _packs(db: Database) -> None:
    """Briefing packs: the pack, its ordered sections, its lines to take per record."""
    _run(
        db,
        """
        CREATE TABLE pack (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT,
            title TEXT NOT NULL,
            roundtable_id TEXT REFERENCES roundtable(id),
            partnership_id TEXT REFERENCES partnership(id),
            meeting_date TEXT,
            audience TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            marking TEXT NOT NULL,
            version TEXT NOT NULL DEFAULT '1',
            date TEXT,
            partnership_ids TEXT NOT NULL DEFAULT '[]',
            sectors TEXT NOT NULL DEFAULT '[]',
            member_states TEXT NOT NULL DEFAULT '[]',
            categories TEXT NOT NULL DEFAULT '[]',
            instruments TEXT NOT NULL DEFAULT '[]',
            commitment_statuses TEXT NOT NULL DEFAULT '[]',
            pinned_ids TEXT NOT NULL DEFAULT '[]',
            excluded_ids TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX pack_roundtable ON pack(roundtable_id);
        CREATE TABLE pack_section (
            id TEXT PRIMARY KEY,
            pack_id TEXT NOT NULL REFERENCES pack(id),
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            included INTEGER NOT NULL DEFAULT 1,
            text TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX pack_section_pack ON pack_section(pack_id, position);
        CREATE TABLE pack_line (
            pack_id TEXT NOT NULL REFERENCES pack(id),
            record_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (pack_id, record_id)
        );
        """,
    )


@migrations(name="0005_filter_indexes")
def _filter_indexes(db: Database) -> None:
    """Counts by partnership, status and category answered from indexes alone.

    Without them a filtered count reads thousands of wide activity rows, which
    takes a visible half second on a cold disk cache at 100,000 activities.
    """
    _run(
        db,
        """
        DROP INDEX activity_live;
        CREATE INDEX activity_live ON activity(partnership_id, status, category)
            WHERE deleted_at IS NULL;
        DROP INDEX activity_status;
        CREATE INDEX activity_status ON activity(status, category) WHERE deleted_at IS NULL;
        DROP INDEX activity_category;
        CREATE INDEX activity_category ON activity(category) WHERE deleted_at IS NULL;
        """,
    )


@migrations(name="0006_iati")
def _iati(db: Database) -> None:
    """IATI identity: re-imports find an activity by its identifier, an organisation by its ref.

    `dac_codes` holds the activity's DAC 5-digit sector codes, apart from the
    sectors of common interest, which are the partnership's own words.
    """
    _run(
        db,
        """
        ALTER TABLE activity ADD COLUMN iati_identifier TEXT;
        ALTER TABLE activity ADD COLUMN dac_codes TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE organisation ADD COLUMN iati_ref TEXT;
        CREATE UNIQUE INDEX activity_iati ON activity(iati_identifier)
            WHERE iati_identifier IS NOT NULL AND deleted_at IS NULL;
        CREATE INDEX organisation_iati ON organisation(iati_ref) WHERE iati_ref IS NOT NULL;
        """,
    )


@migrations(name="0007_note_visibility")
def _note_visibility(db: Database) -> None:
    """Notes say who may read them: private (never exported), internal or shareable.

    Notes written before default to internal: they stay in LIMITED and
    SENSITIVE packs as before, and leave PUBLIC ones until someone shares them.
    """
    _run(
        db,
        """
        ALTER TABLE note ADD COLUMN visibility TEXT NOT NULL DEFAULT 'internal';
        """,
    )


@migrations(name="0008_roundtable_agenda")
def _roundtable_agenda(db: Database) -> None:
    """A roundtable's agenda items, and a pack's own words for the parts it generates.

    An item's narrowing lists are JSON; its lead is an organisation.
    """
    _run(
        db,
        """
        CREATE TABLE agenda_item (
            id TEXT PRIMARY KEY,
            roundtable_id TEXT NOT NULL REFERENCES roundtable(id),
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            objective_ids TEXT NOT NULL DEFAULT '[]',
            categories TEXT NOT NULL DEFAULT '[]',
            sectors TEXT NOT NULL DEFAULT '[]',
            instruments TEXT NOT NULL DEFAULT '[]',
            lead_id TEXT REFERENCES organisation(id)
        );
        CREATE INDEX agenda_item_roundtable ON agenda_item(roundtable_id, position);
        CREATE INDEX agenda_item_lead ON agenda_item(lead_id) WHERE lead_id IS NOT NULL;
        CREATE TABLE pack_text (
            pack_id TEXT NOT NULL REFERENCES pack(id),
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (pack_id, key)
        );
        """,
    )


@migrations(name="0009_exchange_replicas")
def _exchange_replicas(db: Database) -> None:
    """Replication: who this copy is, a clock stamp on every field, contacts and conflicts.

    The copy gets a random replica id and belongs to a register of its own
    (an empty copy adopts the register of the first pack it imports). Every
    record's fields take the stamp of its last write; the change history
    gains the hybrid logical clock stamp of each change.
    """
    _run(
        db,
        """
        CREATE TABLE replica_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO replica_meta (key, value) VALUES
            ('replica_id', lower(hex(randomblob(16)))),
            ('register_id', lower(hex(randomblob(16)))),
            ('display_name', ''),
            ('person', '');
        INSERT INTO replica_meta (key, value)
            SELECT 'secretariat', value FROM replica_meta WHERE key = 'replica_id';

        ALTER TABLE change_log ADD COLUMN hlc TEXT;
        CREATE INDEX change_log_hlc ON change_log(hlc);
        ALTER TABLE partnership ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE organisation ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE roundtable ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE roadmap ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE activity ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE commitment ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE note ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE pack ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

        CREATE TABLE field_clock (
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            hlc TEXT NOT NULL,
            replica_id TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (record_kind, record_id, field)
        ) WITHOUT ROWID;
        CREATE INDEX field_clock_replica ON field_clock(replica_id, hlc);
        INSERT INTO field_clock (record_kind, record_id, field, hlc, replica_id, who)
            SELECT 'partnership', id, '*', printf('%013d-%06x-%s',
                CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0,
                (SELECT value FROM replica_meta WHERE key = 'replica_id')),
                (SELECT value FROM replica_meta WHERE key = 'replica_id'), ''
            FROM partnership;
        INSERT INTO field_clock (record_kind, record_id, field, hlc, replica_id, who)
            SELECT 'organisation', id, '*', printf('%013d-%06x-%s',
                CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0,
                (SELECT value FROM replica_meta WHERE key = 'replica_id')),
                (SELECT value FROM replica_meta WHERE key = 'replica_id'), ''
            FROM organisation;
        INSERT INTO field_clock (record_kind, record_id, field, hlc, replica_id, who)
            SELECT 'roundtable', id, '*', printf('%013d-%06x-%s',
                CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0,
                (SELECT value FROM replica_meta WHERE key = 'replica_id')),
                (SELECT value FROM replica_meta WHERE key = 'replica_id'), ''
            FROM roundtable;
        INSERT INTO field_clock (record_kind, record_id, field, hlc, replica_id, who)
            SELECT 'roadmap', id, '*', printf('%013d-%06x-%s',
                CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0,
                (SELECT value FROM replica_meta WHERE key = 'replica_id')),
                (SELECT value FROM replica_meta WHERE key = 'replica_id'), ''
            FROM roadmap;
        INSERT INTO field_clock (record_kind, record_id, field, hlc, replica_id, who)
            SELECT 'activity', id, '*', printf('%013d-%06x-%s',
                CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0,
                (SELECT value FROM replica_meta WHERE key = 'replica_id')),
                (SELECT value FROM replica_meta WHERE key = 'replica_id'), ''
            FROM activity;
        INSERT INTO field_clock (record_kind, record_id, field, hlc, replica_id, who)
            SELECT 'commitment', id, '*', printf('%013d-%06x-%s',
                CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0,
                (SELECT value FROM replica_meta WHERE key = 'replica_id')),
                (SELECT value FROM replica_meta WHERE key = 'replica_id'), ''
            FROM commitment;
        INSERT INTO field_clock (record_kind, record_id, field, hlc, replica_id, who)
            SELECT 'note', id, '*', printf('%013d-%06x-%s',
                CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0,
                (SELECT value FROM replica_meta WHERE key = 'replica_id')),
                (SELECT value FROM replica_meta WHERE key = 'replica_id'), ''
            FROM note;
        INSERT INTO field_clock (record_kind, record_id, field, hlc, replica_id, who)
            SELECT 'pack', id, '*', printf('%013d-%06x-%s',
                CAST(round((julianday(updated_at) - 2440587.5) * 86400000) AS INTEGER), 0,
                (SELECT value FROM replica_meta WHERE key = 'replica_id')),
                (SELECT value FROM replica_meta WHERE key = 'replica_id'), ''
            FROM pack;

        CREATE TABLE replica_seen (
            replica_id TEXT PRIMARY KEY,
            hlc TEXT NOT NULL
        );
        CREATE TABLE contact (
            fingerprint TEXT PRIMARY KEY,
            replica_id TEXT NOT NULL,
            name TEXT NOT NULL,
            sign_key TEXT NOT NULL,
            age_recipient TEXT NOT NULL,
            added_at TEXT NOT NULL,
            seen TEXT NOT NULL DEFAULT '{}'
        );
        CREATE UNIQUE INDEX contact_replica ON contact(replica_id);
        CREATE TABLE conflict (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            record_kind TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            kept TEXT,
            kept_hlc TEXT NOT NULL,
            lost TEXT,
            lost_hlc TEXT NOT NULL,
            lost_who TEXT NOT NULL DEFAULT '',
            resolved_hlc TEXT,
            resolution TEXT
        );
        CREATE INDEX conflict_open ON conflict(resolved_hlc);
        """,
    )


@migrations(name="0010_saved_searches")
def _saved_searches(db: Database) -> None:
    """Named filters of a table ("Italy + MPF"), kept with the register they filter.

    In the database, not the settings: they name the register's own
    partnerships and travel with it when the file is copied to another laptop.
    """
    _run(
        db,
        """
        CREATE TABLE saved_search (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            filters TEXT NOT NULL DEFAULT '{}'
        );
        CREATE UNIQUE INDEX saved_search_name ON saved_search(kind, name);
        """,
    )


@migrations(name="0011_register_filter_indexes")
def _register_filter_indexes(db: Database) -> None:
    """Indexes that hold `id`, so that the filters probing sets of ids read no table rows.

    A filter by Member State or instrument is a set of activity ids; probed
    from an index that holds the id, a first page and its count read only
    the rows shown. `activity_partnership` goes: the planner, once it has
    statistics, took it over the partial `activity_live` and read every row.
    """
    _run(
        db,
        """
        DROP INDEX participation_organisation;
        CREATE INDEX participation_organisation ON participation(organisation_id, activity_id);
        DROP INDEX commitment_actor_organisation;
        CREATE INDEX commitment_actor_organisation
            ON commitment_actor(organisation_id, commitment_id);
        DROP INDEX activity_partnership;
        DROP INDEX activity_live;
        CREATE INDEX activity_live ON activity(partnership_id, status, category, id)
            WHERE deleted_at IS NULL;
        DROP INDEX activity_status;
        CREATE INDEX activity_status ON activity(status, category, id) WHERE deleted_at IS NULL;
        DROP INDEX activity_category;
        CREATE INDEX activity_category ON activity(category, id) WHERE deleted_at IS NULL;
        DROP INDEX activity_order;
        CREATE INDEX activity_order
            ON activity(start_date IS NULL, start_date, title COLLATE NOCASE, id)
            WHERE deleted_at IS NULL;
        """,
    )


@migrations(name="0012_sync_servers")
def _sync_servers(db: Database) -> None:
    """What this copy knows of each secretariat server it syncs with.

    The credential sits in the database, as the exchange device keys do: an
    encrypted database holds it encrypted, and it is in no other file.
    `last_seq` is the server sequence number of the last merged pull page,
    `vector` the server's vector as it last reported it (what need not be pushed).
    """
    _run(
        db,
        """
        CREATE TABLE sync_server (
            url TEXT PRIMARY KEY,
            credential TEXT NOT NULL,
            user_name TEXT NOT NULL,
            role TEXT NOT NULL,
            member_state TEXT,
            partnerships TEXT,
            signed_in_at TEXT NOT NULL,
            last_seq INTEGER NOT NULL DEFAULT 0,
            vector TEXT NOT NULL DEFAULT '{}',
            synced_at TEXT
        );
        """,
    )


@migrations(name="0013_pack_language")
def _pack_language(db: Database) -> None:
    """A pack's language (en, fr, ar): the fixed text of its documents is printed in it.

    Packs made before were English, so they stay so.
    """
    _run(
        db,
        """
        ALTER TABLE pack ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
        """,
    )


@migrations(name="0014_activity_filter_facets")
def _activity_filter_facets(db: Database) -> None:
    """One narrow row of small integers per live activity, for filtered lists at any size.

    A filter by Member State, instrument or sector had to join each activity
    with its participations, funding lines or JSON list: a first page of
    100,000 activities took a third of a second in bare SQL. Here each value
    a filter names has a code (`filter_code`, given on first sight); an
    activity's row holds the codes of its partnership, status and category
    and bit masks of its actors' countries, instruments and sectors (codes
    under 62; the store falls back to the joins for the rare others). Triggers
    keep it in step in the same transaction as every write, whoever writes.
    """
    _run(
        db,
        """
        CREATE TABLE filter_code (
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            code INTEGER NOT NULL,
            PRIMARY KEY (kind, value)
        ) WITHOUT ROWID;
        CREATE TABLE activity_filter (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            undated INTEGER NOT NULL,
            start_date TEXT,
            title TEXT NOT NULL COLLATE NOCASE,
            partnership INTEGER NOT NULL,
            status INTEGER NOT NULL,
            category INTEGER NOT NULL,
            member_states INTEGER NOT NULL,
            instruments INTEGER NOT NULL,
            sectors INTEGER NOT NULL
        );
        CREATE INDEX activity_filter_codes ON activity_filter(partnership, status, category,
            member_states, instruments, sectors);
        CREATE INDEX activity_filter_order ON activity_filter(undated, start_date, title, id,
            partnership, status, category, member_states, instruments, sectors);
        INSERT INTO filter_code (kind, value, code)
            SELECT 'partnership', v, row_number() OVER (ORDER BY v) - 1
            FROM (SELECT DISTINCT partnership_id AS v FROM activity);
        INSERT INTO filter_code (kind, value, code)
            SELECT 'status', v, row_number() OVER (ORDER BY v) - 1
            FROM (SELECT DISTINCT status AS v FROM activity);
        INSERT INTO filter_code (kind, value, code)
            SELECT 'category', v, row_number() OVER (ORDER BY v) - 1
            FROM (SELECT DISTINCT category AS v FROM activity);
        INSERT INTO filter_code (kind, value, code)
            SELECT 'sector', v, row_number() OVER (ORDER BY v) - 1
            FROM (SELECT DISTINCT j.value AS v FROM activity, json_each(activity.sectors) j);
        INSERT INTO filter_code (kind, value, code)
            SELECT 'member_state', v, row_number() OVER (ORDER BY v) - 1
            FROM (SELECT DISTINCT country_code AS v FROM organisation
                  WHERE country_code IS NOT NULL);
        INSERT INTO filter_code (kind, value, code)
            SELECT 'instrument', v, row_number() OVER (ORDER BY v) - 1
            FROM (SELECT DISTINCT instrument AS v FROM funding_line);
        
            INSERT INTO activity_filter (id, undated, start_date, title, partnership,
                status, category, member_states, instruments, sectors)
            SELECT a.id, a.start_date IS NULL, a.start_date, a.title,
                (SELECT code FROM filter_code WHERE kind = 'partnership'
                    AND value = a.partnership_id),
                (SELECT code FROM filter_code WHERE kind = 'status' AND value = a.status),
                (SELECT code FROM filter_code WHERE kind = 'category' AND value = a.category),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM participation x JOIN organisation o ON o.id = x.organisation_id JOIN filter_code c ON c.kind = 'member_state' AND c.value = o.country_code WHERE x.activity_id = a.id AND c.code < 62), (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM funding_line l JOIN filter_code c ON c.kind = 'instrument' AND c.value = l.instrument WHERE l.activity_id = a.id AND c.code < 62),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM json_each(a.sectors) j
                    JOIN filter_code c ON c.kind = 'sector' AND c.value = j.value
                    WHERE c.code < 62)
            FROM activity a WHERE a.deleted_at IS NULL;
    
        CREATE TRIGGER activity_filter_insert AFTER INSERT ON activity BEGIN
            
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'partnership', NEW.partnership_id, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'partnership');
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'status', NEW.status, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'status');
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'category', NEW.category, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'category');
            INSERT INTO filter_code (kind, value, code)
                SELECT 'sector', v, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'sector') + row_number() OVER () - 1
                FROM (SELECT DISTINCT j.value AS v FROM json_each(NEW.sectors) j
                      WHERE j.value NOT IN (SELECT value FROM filter_code WHERE kind = 'sector'));
    
            
            INSERT OR REPLACE INTO activity_filter (id, undated, start_date, title, partnership,
                status, category, member_states, instruments, sectors)
            SELECT a.id, a.start_date IS NULL, a.start_date, a.title,
                (SELECT code FROM filter_code WHERE kind = 'partnership'
                    AND value = a.partnership_id),
                (SELECT code FROM filter_code WHERE kind = 'status' AND value = a.status),
                (SELECT code FROM filter_code WHERE kind = 'category' AND value = a.category),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM participation x JOIN organisation o ON o.id = x.organisation_id JOIN filter_code c ON c.kind = 'member_state' AND c.value = o.country_code WHERE x.activity_id = a.id AND c.code < 62), (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM funding_line l JOIN filter_code c ON c.kind = 'instrument' AND c.value = l.instrument WHERE l.activity_id = a.id AND c.code < 62),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM json_each(a.sectors) j
                    JOIN filter_code c ON c.kind = 'sector' AND c.value = j.value
                    WHERE c.code < 62)
            FROM activity a WHERE a.id = NEW.id AND a.deleted_at IS NULL;
    
        END;
        CREATE TRIGGER activity_filter_update AFTER UPDATE ON activity BEGIN
            DELETE FROM activity_filter WHERE id = OLD.id;
            
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'partnership', NEW.partnership_id, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'partnership');
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'status', NEW.status, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'status');
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'category', NEW.category, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'category');
            INSERT INTO filter_code (kind, value, code)
                SELECT 'sector', v, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'sector') + row_number() OVER () - 1
                FROM (SELECT DISTINCT j.value AS v FROM json_each(NEW.sectors) j
                      WHERE j.value NOT IN (SELECT value FROM filter_code WHERE kind = 'sector'));
    
            
            INSERT OR REPLACE INTO activity_filter (id, undated, start_date, title, partnership,
                status, category, member_states, instruments, sectors)
            SELECT a.id, a.start_date IS NULL, a.start_date, a.title,
                (SELECT code FROM filter_code WHERE kind = 'partnership'
                    AND value = a.partnership_id),
                (SELECT code FROM filter_code WHERE kind = 'status' AND value = a.status),
                (SELECT code FROM filter_code WHERE kind = 'category' AND value = a.category),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM participation x JOIN organisation o ON o.id = x.organisation_id JOIN filter_code c ON c.kind = 'member_state' AND c.value = o.country_code WHERE x.activity_id = a.id AND c.code < 62), (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM funding_line l JOIN filter_code c ON c.kind = 'instrument' AND c.value = l.instrument WHERE l.activity_id = a.id AND c.code < 62),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM json_each(a.sectors) j
                    JOIN filter_code c ON c.kind = 'sector' AND c.value = j.value
                    WHERE c.code < 62)
            FROM activity a WHERE a.id = NEW.id AND a.deleted_at IS NULL;
    
        END;
        CREATE TRIGGER activity_filter_delete AFTER DELETE ON activity BEGIN
            DELETE FROM activity_filter WHERE id = OLD.id;
        END;
        CREATE TRIGGER activity_filter_participation_insert AFTER INSERT ON participation BEGIN
            INSERT OR IGNORE INTO filter_code (kind, value, code) SELECT 'member_state', o.country_code, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'member_state') FROM organisation o WHERE o.id = NEW.organisation_id AND o.country_code IS NOT NULL;
            UPDATE activity_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM participation x JOIN organisation o ON o.id = x.organisation_id JOIN filter_code c ON c.kind = 'member_state' AND c.value = o.country_code WHERE x.activity_id = NEW.activity_id AND c.code < 62) WHERE id = NEW.activity_id;
        END;
        CREATE TRIGGER activity_filter_participation_update AFTER UPDATE ON participation BEGIN
            INSERT OR IGNORE INTO filter_code (kind, value, code) SELECT 'member_state', o.country_code, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'member_state') FROM organisation o WHERE o.id = NEW.organisation_id AND o.country_code IS NOT NULL;
            UPDATE activity_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM participation x JOIN organisation o ON o.id = x.organisation_id JOIN filter_code c ON c.kind = 'member_state' AND c.value = o.country_code WHERE x.activity_id = OLD.activity_id AND c.code < 62) WHERE id = OLD.activity_id;
            UPDATE activity_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM participation x JOIN organisation o ON o.id = x.organisation_id JOIN filter_code c ON c.kind = 'member_state' AND c.value = o.country_code WHERE x.activity_id = NEW.activity_id AND c.code < 62) WHERE id = NEW.activity_id;
        END;
        CREATE TRIGGER activity_filter_participation_delete AFTER DELETE ON participation BEGIN
            UPDATE activity_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM participation x JOIN organisation o ON o.id = x.organisation_id JOIN filter_code c ON c.kind = 'member_state' AND c.value = o.country_code WHERE x.activity_id = OLD.activity_id AND c.code < 62) WHERE id = OLD.activity_id;
        END;
        CREATE TRIGGER activity_filter_organisation_insert AFTER INSERT ON organisation BEGIN
            INSERT OR IGNORE INTO filter_code (kind, value, code) SELECT 'member_state', o.country_code, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'member_state') FROM organisation o WHERE o.id = NEW.id AND o.country_code IS NOT NULL;
            UPDATE activity_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM participation x JOIN organisation o ON o.id = x.organisation_id JOIN filter_code c ON c.kind = 'member_state' AND c.value = o.country_code WHERE x.activity_id = activity_filter.id AND c.code < 62)
                WHERE id IN (SELECT activity_id FROM participation WHERE organisation_id = NEW.id);
        END;
        CREATE TRIGGER activity_filter_organisation_update AFTER UPDATE OF country_code
                ON organisation WHEN OLD.country_code IS NOT NEW.country_code BEGIN
            INSERT OR IGNORE INTO filter_code (kind, value, code) SELECT 'member_state', o.country_code, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'member_state') FROM organisation o WHERE o.id = NEW.id AND o.country_code IS NOT NULL;
            UPDATE activity_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM participation x JOIN organisation o ON o.id = x.organisation_id JOIN filter_code c ON c.kind = 'member_state' AND c.value = o.country_code WHERE x.activity_id = activity_filter.id AND c.code < 62)
                WHERE id IN (SELECT activity_id FROM participation WHERE organisation_id = NEW.id);
        END;
        CREATE TRIGGER activity_filter_funding_insert AFTER INSERT ON funding_line BEGIN
            INSERT OR IGNORE INTO filter_code (kind, value, code) SELECT 'instrument', NEW.instrument, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'instrument');
            UPDATE activity_filter SET instruments = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM funding_line l JOIN filter_code c ON c.kind = 'instrument' AND c.value = l.instrument WHERE l.activity_id = NEW.activity_id AND c.code < 62) WHERE id = NEW.activity_id;
        END;
        CREATE TRIGGER activity_filter_funding_update AFTER UPDATE ON funding_line BEGIN
            INSERT OR IGNORE INTO filter_code (kind, value, code) SELECT 'instrument', NEW.instrument, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'instrument');
            UPDATE activity_filter SET instruments = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM funding_line l JOIN filter_code c ON c.kind = 'instrument' AND c.value = l.instrument WHERE l.activity_id = OLD.activity_id AND c.code < 62) WHERE id = OLD.activity_id;
            UPDATE activity_filter SET instruments = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM funding_line l JOIN filter_code c ON c.kind = 'instrument' AND c.value = l.instrument WHERE l.activity_id = NEW.activity_id AND c.code < 62) WHERE id = NEW.activity_id;
        END;
        CREATE TRIGGER activity_filter_funding_delete AFTER DELETE ON funding_line BEGIN
            UPDATE activity_filter SET instruments = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM funding_line l JOIN filter_code c ON c.kind = 'instrument' AND c.value = l.instrument WHERE l.activity_id = OLD.activity_id AND c.code < 62) WHERE id = OLD.activity_id;
        END;
        """,  # noqa: E501, W293 (the text the triggers were first created with)
    )


@migrations(name="0015_commitment_filter_facets")
def _commitment_filter_facets(db: Database) -> None:
    """The same narrow rows for commitments: partnership and status codes, the due date,
    and a mask of the Member States that act on a commitment or lead the activity it
    serves (what the Member State filter keeps), kept by triggers as writes happen."""
    _run(
        db,
        """
        CREATE TABLE commitment_filter (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            undated INTEGER NOT NULL,
            due_date TEXT,
            text TEXT NOT NULL COLLATE NOCASE,
            partnership INTEGER NOT NULL,
            status INTEGER NOT NULL,
            member_states INTEGER NOT NULL
        );
        CREATE INDEX commitment_filter_codes ON commitment_filter(partnership, status,
            member_states, due_date);
        CREATE INDEX commitment_filter_order ON commitment_filter(undated, due_date, text, id,
            partnership, status, member_states);
        INSERT OR IGNORE INTO filter_code (kind, value, code)
            SELECT 'partnership', v, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'partnership')
                + row_number() OVER (ORDER BY v) - 1
            FROM (SELECT DISTINCT partnership_id AS v FROM commitment
                  WHERE partnership_id NOT IN (SELECT value FROM filter_code
                                               WHERE kind = 'partnership'));
        INSERT INTO filter_code (kind, value, code)
            SELECT 'commitment_status', v, row_number() OVER (ORDER BY v) - 1
            FROM (SELECT DISTINCT status AS v FROM commitment);
        
            INSERT INTO commitment_filter (id, undated, due_date, text, partnership,
                status, member_states)
            SELECT t.id, t.due_date IS NULL, t.due_date, t.text,
                (SELECT code FROM filter_code WHERE kind = 'partnership'
                    AND value = t.partnership_id),
                (SELECT code FROM filter_code WHERE kind = 'commitment_status'
                    AND value = t.status),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = t.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = t.activity_id AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62)
            FROM commitment t WHERE t.deleted_at IS NULL;
    
        CREATE TRIGGER commitment_filter_insert AFTER INSERT ON commitment BEGIN
            
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'partnership', NEW.partnership_id, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'partnership');
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'commitment_status', NEW.status,
                    (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'commitment_status');
    
            
            INSERT OR REPLACE INTO commitment_filter (id, undated, due_date, text, partnership,
                status, member_states)
            SELECT t.id, t.due_date IS NULL, t.due_date, t.text,
                (SELECT code FROM filter_code WHERE kind = 'partnership'
                    AND value = t.partnership_id),
                (SELECT code FROM filter_code WHERE kind = 'commitment_status'
                    AND value = t.status),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = t.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = t.activity_id AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62)
            FROM commitment t WHERE t.id = NEW.id AND t.deleted_at IS NULL;
    
        END;
        CREATE TRIGGER commitment_filter_update AFTER UPDATE ON commitment BEGIN
            DELETE FROM commitment_filter WHERE id = OLD.id;
            
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'partnership', NEW.partnership_id, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'partnership');
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'commitment_status', NEW.status,
                    (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'commitment_status');
    
            
            INSERT OR REPLACE INTO commitment_filter (id, undated, due_date, text, partnership,
                status, member_states)
            SELECT t.id, t.due_date IS NULL, t.due_date, t.text,
                (SELECT code FROM filter_code WHERE kind = 'partnership'
                    AND value = t.partnership_id),
                (SELECT code FROM filter_code WHERE kind = 'commitment_status'
                    AND value = t.status),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = t.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = t.activity_id AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62)
            FROM commitment t WHERE t.id = NEW.id AND t.deleted_at IS NULL;
    
        END;
        CREATE TRIGGER commitment_filter_delete AFTER DELETE ON commitment BEGIN
            DELETE FROM commitment_filter WHERE id = OLD.id;
        END;
        CREATE TRIGGER commitment_filter_actor_insert AFTER INSERT ON commitment_actor BEGIN
            UPDATE commitment_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = commitment_filter.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = (SELECT activity_id FROM commitment WHERE id = commitment_filter.id) AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62) WHERE id = NEW.commitment_id;
        END;
        CREATE TRIGGER commitment_filter_actor_update AFTER UPDATE ON commitment_actor BEGIN
            UPDATE commitment_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = commitment_filter.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = (SELECT activity_id FROM commitment WHERE id = commitment_filter.id) AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62) WHERE id = OLD.commitment_id OR id = NEW.commitment_id;
        END;
        CREATE TRIGGER commitment_filter_actor_delete AFTER DELETE ON commitment_actor BEGIN
            UPDATE commitment_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = commitment_filter.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = (SELECT activity_id FROM commitment WHERE id = commitment_filter.id) AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62) WHERE id = OLD.commitment_id;
        END;
        CREATE TRIGGER commitment_filter_lead_insert AFTER INSERT ON participation
                WHEN NEW.role = 'lead_member_state' BEGIN
            UPDATE commitment_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = commitment_filter.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = (SELECT activity_id FROM commitment WHERE id = commitment_filter.id) AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62) WHERE id IN (SELECT id FROM commitment WHERE activity_id = NEW.activity_id);
        END;
        CREATE TRIGGER commitment_filter_lead_update AFTER UPDATE ON participation BEGIN
            UPDATE commitment_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = commitment_filter.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = (SELECT activity_id FROM commitment WHERE id = commitment_filter.id) AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62) WHERE id IN (SELECT id FROM commitment WHERE activity_id = OLD.activity_id) OR id IN (SELECT id FROM commitment WHERE activity_id = NEW.activity_id);
        END;
        CREATE TRIGGER commitment_filter_lead_delete AFTER DELETE ON participation
                WHEN OLD.role = 'lead_member_state' BEGIN
            UPDATE commitment_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = commitment_filter.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = (SELECT activity_id FROM commitment WHERE id = commitment_filter.id) AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62) WHERE id IN (SELECT id FROM commitment WHERE activity_id = OLD.activity_id);
        END;
        CREATE TRIGGER commitment_filter_organisation_insert AFTER INSERT ON organisation BEGIN
            INSERT OR IGNORE INTO filter_code (kind, value, code) SELECT 'member_state', NEW.country_code, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'member_state') WHERE NEW.country_code IS NOT NULL;UPDATE commitment_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = commitment_filter.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = (SELECT activity_id FROM commitment WHERE id = commitment_filter.id) AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62) WHERE id IN (SELECT commitment_id FROM commitment_actor WHERE organisation_id = NEW.id) OR id IN (SELECT c.id FROM commitment c JOIN participation p ON p.activity_id = c.activity_id WHERE p.organisation_id = NEW.id AND p.role = 'lead_member_state');
        END;
        CREATE TRIGGER commitment_filter_organisation_update AFTER UPDATE OF country_code
                ON organisation WHEN OLD.country_code IS NOT NEW.country_code BEGIN
            INSERT OR IGNORE INTO filter_code (kind, value, code) SELECT 'member_state', NEW.country_code, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'member_state') WHERE NEW.country_code IS NOT NULL;UPDATE commitment_filter SET member_states = (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = commitment_filter.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = (SELECT activity_id FROM commitment WHERE id = commitment_filter.id) AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62) WHERE id IN (SELECT commitment_id FROM commitment_actor WHERE organisation_id = NEW.id) OR id IN (SELECT c.id FROM commitment c JOIN participation p ON p.activity_id = c.activity_id WHERE p.organisation_id = NEW.id AND p.role = 'lead_member_state');
        END;
        """,  # noqa: E501, W293 (the text the triggers were first created with)
    )



@migrations(name="0016_order_cell_values")
def _order_cell_values(db: Database) -> None:
    """The value of a part's order cell (`funding:#order`) as merged, kept beside its stamp.

    A merge that adds an item the winning order does not name shows it after
    the named ones, by id. Reading the order back from the items as shown
    would make the cell's value depend on which items had arrived when, so
    copies holding the same stamp could hold different orders. NULL (every
    row before this step, and a copy's own edits): the order as shown.
    """
    _run(
        db,
        """
        ALTER TABLE field_clock ADD COLUMN value TEXT;
        """,
    )


@migrations(name="0017_commitment_filter_update_narrowed")
def _commitment_filter_update_narrowed(db: Database) -> None:
    """The commitment filter row is rewritten only when a column it reads changes.

    Step 0015's trigger fired on every update of a commitment, so a merge
    writing only its progress updates (and `updated_at`) rebuilt the row,
    the member-state mask subquery included, for nothing: 40 % of a pull's
    merge. The body is 0015's, unchanged.
    """
    _run(
        db,
        """
        DROP TRIGGER commitment_filter_update;
        CREATE TRIGGER commitment_filter_update AFTER UPDATE OF id, partnership_id, status,
                due_date, text, activity_id, deleted_at ON commitment
                WHEN OLD.id IS NOT NEW.id OR OLD.partnership_id IS NOT NEW.partnership_id
                OR OLD.status IS NOT NEW.status OR OLD.due_date IS NOT NEW.due_date
                OR OLD.text IS NOT NEW.text OR OLD.activity_id IS NOT NEW.activity_id
                OR OLD.deleted_at IS NOT NEW.deleted_at BEGIN
            DELETE FROM commitment_filter WHERE id = OLD.id;
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'partnership', NEW.partnership_id, (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'partnership');
            INSERT OR IGNORE INTO filter_code (kind, value, code)
                SELECT 'commitment_status', NEW.status,
                    (SELECT coalesce(max(code), -1) + 1 FROM filter_code WHERE kind = 'commitment_status');
            INSERT OR REPLACE INTO commitment_filter (id, undated, due_date, text, partnership,
                status, member_states)
            SELECT t.id, t.due_date IS NULL, t.due_date, t.text,
                (SELECT code FROM filter_code WHERE kind = 'partnership'
                    AND value = t.partnership_id),
                (SELECT code FROM filter_code WHERE kind = 'commitment_status'
                    AND value = t.status),
                (SELECT coalesce(sum(DISTINCT 1 << c.code), 0) FROM (SELECT o.country_code AS cc FROM commitment_actor x  JOIN organisation o ON o.id = x.organisation_id WHERE x.commitment_id = t.id  UNION SELECT o.country_code FROM participation p  JOIN organisation o ON o.id = p.organisation_id  WHERE p.activity_id = t.activity_id AND p.role = 'lead_member_state') m JOIN filter_code c ON c.kind = 'member_state' AND c.value = m.cc WHERE c.code < 62)
            FROM commitment t WHERE t.id = NEW.id AND t.deleted_at IS NULL;
        END;
        """,  # noqa: E501 (the body as step 0015 wrote it)
    )


@migrations(name="0018_filter_rows_by_id")
def _filter_rows_by_id(db: Database) -> None:
    """The narrow filter rows by record id, with their codes, for text filters.

    A text filter finds record ids in the full-text index; each is looked up
    among the filter rows to test the other filters. Through the ids' own
    unique index that is two searches a match (the index, then the row);
    these indexes hold the codes too, so one search answers, about a third
    less for a common word at 100,000 activities.
    """
    _run(
        db,
        """
        CREATE INDEX activity_filter_by_id ON activity_filter(id, partnership, status, category,
            member_states, instruments, sectors);
        CREATE INDEX commitment_filter_by_id ON commitment_filter(id, partnership, status,
            member_states, due_date);
        """,
    )


def _run(db: Database, script: str) -> None:
    """Run statements one by one: executescript() would commit the migration's transaction."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite.complete_statement(statement):
            db.execute(statement)
            statement = ""


def known_steps() -> list[str]:
    """Names of every schema step this version of tpdesk knows, in order."""
    return [name for name, _ in migrations.steps]


class _Scratch:
    """An in-memory database in autocommit mode: there, `Database.execute` is `execute`."""

    def __init__(self) -> None:
        self.conn = sqlite.connect(":memory:", isolation_level=None)

    def execute(self, sql: str, parameters: Iterable[object] = ()) -> sqlite.Cursor:
        return self.conn.execute(sql, tuple(parameters))


@functools.cache
def expected_tables() -> tuple[str, ...]:
    """The tables of a file with every schema step, as a new one gets them."""
    scratch = _Scratch()
    with contextlib.closing(scratch.conn):
        for _name, step in migrations.steps:
            step(cast("Database", scratch))
        made = [str(row[0]) for row in scratch.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
    return (migrations.table, *(t for t in made if not t.startswith("sqlite_")))
