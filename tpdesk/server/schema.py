"""The server's PostgreSQL schema as ordered, append-only migrations.

The same discipline as the laptop's ladder (`tpdesk.models.schema`): each
step is frozen SQL, never edited once shipped; a database with more steps
than this code knows is refused rather than misread.

The register lives as cells, the unit of merging: the current value of every
(record kind, record id, field) with its clock stamp, author and the server
sequence number of the change that wrote it, so the cell table is the
replication log, compacted to the last write per cell. `record_scope` holds,
per record, what the access rules need (its partnership, a pack's
partnerships, a note's visibility and author's Member State), and
`scope_seq`, the sequence number at which that last changed: a pull sends
such a record whole, since a copy that could not see it before lacks its
older cells.

Who may see what is one SQL function per table (`tpdesk_sees`,
`tpdesk_sees_conflict`), applied twice: by the pull queries, and by
row-level security policies for the role `tpdesk_app`, which the server
switches to (`SET LOCAL ROLE`) for every read on a user's behalf. Both are
keyed on per-transaction settings that `tpdesk_act_as(user)` copies from the
user's account (`tpdesk.user`, `.role`, `.member_state`, `.partnerships`;
nothing for a disabled or unknown user, who then sees nothing). Reading
settings rather than the account table keeps `tpdesk_sees` a plain
expression PostgreSQL inlines, so a page of 5,000 cells costs no 5,000
function calls. The tables' owner is not subject
to the policies (no FORCE): pushes must see every record to refuse those the
user may not touch.
"""

from __future__ import annotations

from typing import NamedTuple


class Step(NamedTuple):
    name: str
    sql: str


STEPS: tuple[Step, ...] = (
    Step("0001_register", """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tpdesk_app') THEN
                CREATE ROLE tpdesk_app NOLOGIN;
            END IF;
            IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                EXECUTE format('GRANT tpdesk_app TO %I', current_user);
            END IF;
        END $$;

        CREATE TABLE server_meta (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE server_seq (
            only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
            last bigint NOT NULL
        );
        INSERT INTO server_seq (last) VALUES (0);

        CREATE TABLE app_user (
            name text PRIMARY KEY,
            role text NOT NULL CHECK (role IN ('secretariat', 'delegation', 'reader')),
            member_state text,
            partnerships text[] NOT NULL DEFAULT '{}',
            disabled boolean NOT NULL DEFAULT false,
            token_hash text UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now()
        );
        CREATE TABLE credential (
            hash text PRIMARY KEY,
            user_name text NOT NULL REFERENCES app_user (name),
            replica text NOT NULL,
            copy_name text NOT NULL,
            person text NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        );

        CREATE TABLE record_scope (
            kind text NOT NULL,
            id text NOT NULL,
            partnership_id text,
            partnership_code text,
            pack_codes text[],
            note_target_kind text,
            note_visibility text,
            author_member_state text,
            created_by text NOT NULL,
            scope_seq bigint NOT NULL,
            PRIMARY KEY (kind, id)
        );
        CREATE INDEX record_scope_partnership ON record_scope (partnership_id);
        CREATE INDEX record_scope_seq ON record_scope (scope_seq);

        CREATE TABLE cell (
            kind text NOT NULL,
            id text NOT NULL,
            field text NOT NULL,
            value jsonb,
            hlc text NOT NULL,
            who text NOT NULL,
            seq bigint NOT NULL UNIQUE,
            PRIMARY KEY (kind, id, field),
            FOREIGN KEY (kind, id) REFERENCES record_scope (kind, id)
        );

        CREATE TABLE conflict (
            id text PRIMARY KEY,
            kind text NOT NULL CHECK (kind IN ('conflict', 'proposal')),
            record_kind text NOT NULL,
            record_id text NOT NULL,
            field text NOT NULL,
            kept jsonb,
            kept_hlc text NOT NULL,
            lost jsonb,
            lost_hlc text NOT NULL,
            lost_who text NOT NULL,
            resolved_hlc text,
            resolution jsonb,
            filed_by text NOT NULL,
            seq bigint NOT NULL
        );
        CREATE INDEX conflict_seq ON conflict (seq);

        CREATE TABLE replica_seen (replica text PRIMARY KEY, hlc text NOT NULL);

        CREATE TABLE push_batch (
            batch text PRIMARY KEY,
            user_name text NOT NULL,
            replica text NOT NULL,
            answer jsonb NOT NULL,
            received_at timestamptz NOT NULL DEFAULT now()
        );

        CREATE FUNCTION tpdesk_act_as(user_name text) RETURNS void LANGUAGE sql VOLATILE
        AS $f$
            SELECT set_config('tpdesk.user', coalesce(u.name, ''), true),
                   set_config('tpdesk.role', coalesce(u.role, ''), true),
                   set_config('tpdesk.member_state', coalesce(u.member_state, ''), true),
                   set_config('tpdesk.partnerships',
                              coalesce(array_to_string(u.partnerships, ','), ''), true)
            FROM (SELECT 1) AS one
            LEFT JOIN app_user u ON u.name = user_name AND NOT u.disabled
        $f$;

        CREATE FUNCTION tpdesk_sees(s record_scope) RETURNS boolean LANGUAGE sql STABLE AS $f$
            SELECT coalesce(CASE
                WHEN current_setting('tpdesk.role', true) = 'secretariat' THEN true
                WHEN coalesce(current_setting('tpdesk.role', true), '')
                     NOT IN ('delegation', 'reader') THEN false
                WHEN s.kind = 'organisation' THEN true
                WHEN s.kind = 'pack' THEN
                    cardinality(s.pack_codes) > 0 AND s.pack_codes <@
                    string_to_array(current_setting('tpdesk.partnerships', true), ',')
                WHEN s.kind = 'note' THEN
                    (s.partnership_code = ANY (string_to_array(
                         current_setting('tpdesk.partnerships', true), ','))
                     OR (s.partnership_id IS NULL AND s.note_target_kind = 'organisation'))
                    AND CASE WHEN s.author_member_state IS NULL
                             THEN s.note_visibility IS DISTINCT FROM 'private'
                             ELSE s.author_member_state
                                  = nullif(current_setting('tpdesk.member_state', true), '')
                        END
                ELSE s.partnership_code = ANY (string_to_array(
                         current_setting('tpdesk.partnerships', true), ','))
            END, false)
        $f$;

        CREATE FUNCTION tpdesk_sees_conflict(c conflict) RETURNS boolean LANGUAGE sql STABLE
        AS $f$
            SELECT current_setting('tpdesk.role', true) = 'secretariat'
                OR (c.kind = 'conflict' AND EXISTS (
                    SELECT 1 FROM record_scope s
                    WHERE s.kind = c.record_kind AND s.id = c.record_id AND tpdesk_sees(s)))
        $f$;

        ALTER TABLE record_scope ENABLE ROW LEVEL SECURITY;
        ALTER TABLE cell ENABLE ROW LEVEL SECURITY;
        ALTER TABLE conflict ENABLE ROW LEVEL SECURITY;
        CREATE POLICY sees ON record_scope FOR SELECT TO tpdesk_app
            USING (tpdesk_sees(record_scope));
        CREATE POLICY sees ON cell FOR SELECT TO tpdesk_app
            USING (EXISTS (SELECT 1 FROM record_scope s
                           WHERE s.kind = cell.kind AND s.id = cell.id AND tpdesk_sees(s)));
        CREATE POLICY sees ON conflict FOR SELECT TO tpdesk_app
            USING (tpdesk_sees_conflict(conflict));

        GRANT SELECT ON record_scope, cell, conflict, replica_seen, server_seq, server_meta
            TO tpdesk_app;
        GRANT SELECT (name, role, member_state, partnerships, disabled) ON app_user
            TO tpdesk_app;
    """),
    Step("0002_passwords", """
        ALTER TABLE app_user ADD COLUMN password_hash bytea;
        ALTER TABLE app_user ADD COLUMN password_salt bytea;
        ALTER TABLE app_user ADD COLUMN password_memory_kib integer;
        ALTER TABLE app_user ADD COLUMN password_iterations integer;
        ALTER TABLE app_user ADD COLUMN password_lanes integer;
        ALTER TABLE app_user ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0;
        ALTER TABLE app_user ADD COLUMN locked_until timestamptz;
    """),
    Step("0003_lockout_per_address", """
        CREATE TABLE sign_in_failure (
            user_name text NOT NULL REFERENCES app_user (name) ON DELETE CASCADE,
            address text NOT NULL,
            failures integer NOT NULL,
            locked_until timestamptz,
            last_failed timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (user_name, address));
        ALTER TABLE app_user DROP COLUMN failed_sign_ins;
        ALTER TABLE app_user DROP COLUMN locked_until;
    """),
    Step("0004_lockout_ceiling", """
        ALTER TABLE app_user ADD COLUMN window_failures integer NOT NULL DEFAULT 0;
        ALTER TABLE app_user ADD COLUMN window_started timestamptz;
        CREATE TABLE sign_in_known (
            user_name text NOT NULL REFERENCES app_user (name) ON DELETE CASCADE,
            address text NOT NULL,
            PRIMARY KEY (user_name, address));
    """),
    Step("0005_pull_scan", """
        CREATE TABLE pull_scan (
            user_name text NOT NULL REFERENCES app_user (name) ON DELETE CASCADE,
            replica text NOT NULL,
            next bigint NOT NULL DEFAULT 0,
            scanned bigint NOT NULL DEFAULT 0,
            newest bigint NOT NULL DEFAULT 0,
            newest_through bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (user_name, replica));
    """),
)
