"""Team plans: the current version of each plan, every version ever saved, and leases.

The server keeps the rules that matter when several people save at once, so that a script or a
psql session cannot break them either:
- ``version`` starts at 1 and goes up by exactly one with every update (a trigger sets it); a
  client updates ``WHERE version = <the one it started from>`` — the optimistic lock.
- every insert and update copies the plan into ``team_plan_version`` (a SECURITY DEFINER
  trigger: members cannot write the history themselves, only through a save).
- who saved and when come from the session (``session_user``, ``now()``), not from the client.
- every change of a plan or a lease is announced with NOTIFY on channel ``erasmus_planner``; the
  payload carries the sender id the client set for its transaction (``erasmus_planner.sender``),
  so a client can ignore its own saves.

Revision ID: w0001
Revises:
"""

from __future__ import annotations

from alembic import op

revision = "w0001"
down_revision = None
branch_labels = None
depends_on = None

_STATEMENTS = (
    """
    CREATE TABLE workspace_role (
        role text PRIMARY KEY CHECK (role IN ('viewer', 'editor', 'owner')),
        group_name text NOT NULL UNIQUE
    )
    """,
    """
    CREATE TABLE team_plan (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        name text NOT NULL UNIQUE CHECK (length(btrim(name)) > 0),
        version integer NOT NULL DEFAULT 1,
        content text NOT NULL,
        title text NOT NULL DEFAULT '',
        action text NOT NULL,
        field text,
        lot text,
        call_year integer NOT NULL,
        partner_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL DEFAULT session_user,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL DEFAULT session_user
    )
    """,
    """
    CREATE TABLE team_plan_version (
        plan_id bigint NOT NULL REFERENCES team_plan (id) ON DELETE CASCADE,
        version integer NOT NULL,
        content text NOT NULL,
        saved_at timestamptz NOT NULL,
        saved_by text NOT NULL,
        PRIMARY KEY (plan_id, version)
    )
    """,
    """
    CREATE TABLE team_plan_lease (
        plan_id bigint PRIMARY KEY REFERENCES team_plan (id) ON DELETE CASCADE,
        holder text NOT NULL DEFAULT session_user,
        client_id text NOT NULL,
        since timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
    )
    """,
    "CREATE INDEX ix_team_plan_updated ON team_plan (updated_at DESC)",
    """
    CREATE FUNCTION team_plan_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'INSERT' THEN
            NEW.version := 1;
            NEW.created_at := now();
            NEW.created_by := session_user;
        ELSE
            NEW.version := OLD.version + 1;
            NEW.created_at := OLD.created_at;
            NEW.created_by := OLD.created_by;
        END IF;
        NEW.updated_at := now();
        NEW.updated_by := session_user;
        RETURN NEW;
    END $$
    """,
    """
    CREATE TRIGGER team_plan_stamp BEFORE INSERT OR UPDATE ON team_plan
        FOR EACH ROW EXECUTE FUNCTION team_plan_stamp()
    """,
    """
    CREATE FUNCTION team_plan_keep_version() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
        INSERT INTO team_plan_version (plan_id, version, content, saved_at, saved_by)
            VALUES (NEW.id, NEW.version, NEW.content, NEW.updated_at, NEW.updated_by);
        RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER team_plan_keep_version AFTER INSERT OR UPDATE ON team_plan
        FOR EACH ROW EXECUTE FUNCTION team_plan_keep_version()
    """,
    """
    CREATE FUNCTION workspace_announce(what text, plan_id bigint) RETURNS void LANGUAGE sql AS $$
        SELECT pg_notify('erasmus_planner', json_build_object(
            'sender', coalesce(current_setting('erasmus_planner.sender', true), ''),
            'what', what,
            'plan_id', plan_id
        )::text)
    $$
    """,
    """
    CREATE FUNCTION team_plan_announce() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            PERFORM workspace_announce('plan-removed', OLD.id);
        ELSE
            PERFORM workspace_announce('plan-saved', NEW.id);
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE FUNCTION team_plan_lease_announce() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND OLD.client_id = NEW.client_id THEN
            RETURN NULL;  -- a renewal: nobody needs to hear about it
        ELSIF TG_OP = 'DELETE' THEN
            PERFORM workspace_announce('lease', OLD.plan_id);
        ELSE
            PERFORM workspace_announce('lease', NEW.plan_id);
        END IF;
        RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER team_plan_announce AFTER INSERT OR UPDATE OR DELETE ON team_plan
        FOR EACH ROW EXECUTE FUNCTION team_plan_announce()
    """,
    """
    CREATE TRIGGER team_plan_lease_announce AFTER INSERT OR UPDATE OR DELETE ON team_plan_lease
        FOR EACH ROW EXECUTE FUNCTION team_plan_lease_announce()
    """,
)


def upgrade() -> None:
    for statement in _STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded")
