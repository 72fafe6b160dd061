"""``workspace init | status | grant | revoke | push | pull | plans | board`` (spec §4.4).

Exit codes: 0 done; 2 bad input; 3 a save refused because the team plan moved on or is being
edited (the message names both versions; nothing was overwritten); 4 an unexpected error of the
planner itself (details in a log, as for every command); 5 the member's role does not allow it
(refused by the server); 6 the workspace cannot be reached or refused the login.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

EXIT_OK = 0
_WORKSPACE_HELP = (
    "the workspace: a postgresql:// URL or a service name (default: $ERASMUS_PLANNER_WORKSPACE); passwords come from "
    "libpq's password file (~/.pgpass) or a prompt"
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    w = sub.add_parser(
        "workspace",
        help="a team workspace on PostgreSQL: shared team plans, members and the board",
        description=(
            "A team workspace is a PostgreSQL database shared by a team: team plans with versions, members with "
            "roles (viewer, editor, owner) enforced by the server, and a board of every plan. Exit codes: 0 done, "
            "2 bad input, 3 refused because the plan changed or is being edited, 4 an unexpected error of the "
            "planner (details in a log), 5 not allowed for your role, 6 workspace unreachable or login refused."
        ),
    )
    # Before the action as well as after it (`workspace --workspace URL push PLAN`): where a user
    # puts it first, argparse would otherwise read the URL as the action's name.
    w.add_argument("--workspace", metavar="URL", help=_WORKSPACE_HELP)
    actions = w.add_subparsers(dest="workspace_action", metavar="ACTION", required=True)

    def action(name: str, help_text: str, handler: Any, *, workspace_option: bool = True) -> argparse.ArgumentParser:
        parser = actions.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + ".")
        if workspace_option:
            # SUPPRESS: not given after the action, the one given before it stands.
            parser.add_argument("--workspace", metavar="URL", default=argparse.SUPPRESS, help=_WORKSPACE_HELP)
        parser.set_defaults(handler=handler)
        return parser

    i = action("init", "create or upgrade the workspace schema; the connecting role becomes an owner", run_init, workspace_option=False)
    i.add_argument("url", metavar="URL", help="the database: a postgresql:// URL or a service name")

    s = action("status", "the server, schema version, members and counts", run_status)
    s.add_argument("--json", action="store_true", help="print the status as JSON")

    g = action("grant", "make a PostgreSQL login role a member with a role (enforced by the server)", run_grant)
    g.add_argument("login", metavar="ROLE", help="the member's PostgreSQL login role")
    g.add_argument("role", choices=("viewer", "editor", "owner"), help="viewer reads, editor also saves, owner also manages members")

    r = action("revoke", "remove a member from the workspace", run_revoke)
    r.add_argument("login", metavar="ROLE", help="the member's PostgreSQL login role")

    p = action("push", "store a local plan as a team plan (a new version if it was pulled from it)", run_push)
    p.add_argument("plan", metavar="PLAN", help="a .json or .epplan plan")
    p.add_argument("--as", dest="as_name", metavar="NAME", help="the team plan's name (default: the one it was pulled as, else the file's name)")

    u = action("pull", "write a team plan to a local file", run_pull)
    u.add_argument("name", metavar="NAME", help="the team plan's name")
    u.add_argument("-o", "--output", required=True, metavar="PLAN", help="the .json or .epplan file to write")

    l = action("plans", "team plans: name, version, updated, by whom, who is editing", run_plans)
    l.add_argument("--json", action="store_true", help="print the list as JSON")

    b = action("board", "every team plan with its action, call year, verdict, agency and next deadline", run_board)
    b.add_argument("--json", action="store_true", help="print the board as JSON")
    b.add_argument("--today", metavar="YYYY-MM-DD", type=_day, help="the day deadlines are counted from (default: today)")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def _ask_password(address: Any) -> str | None:
    """A prompt on the terminal (never echoed, never stored); None without a terminal."""
    if not sys.stdin.isatty():
        return None
    import getpass

    return getpass.getpass(f"Password for {address.user or 'you'} at {address.shown}: ") or None


def _open(args: argparse.Namespace) -> Any:
    from erasmus_planner.services.workspace_service import open_workspace

    return open_workspace(args.workspace, ask_password=_ask_password)


def _print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def run_init(args: argparse.Namespace) -> int:
    from erasmus_planner.persistence.workspace import schema
    from erasmus_planner.services.workspace_service import connect_with_password
    from erasmus_planner.persistence.workspace.address import WorkspaceAddress

    address = WorkspaceAddress.parse(args.url)
    # Connect once first, so that a password asked for is asked once and used by the migration.
    probe = connect_with_password(address, ask_password=_ask_password, check_schema=False)
    address = probe.address
    probe.close()
    before, after = schema.init(address)
    if before is None:
        print(f"Created the workspace at {address.shown} (schema version {after}); you are its owner.")
    elif before < after:
        print(f"Upgraded the workspace at {address.shown} from schema version {before} to {after}.")
    else:
        print(f"The workspace at {address.shown} is up to date (schema version {after}); roles and privileges renewed.")
    return EXIT_OK


def run_status(args: argparse.Namespace) -> int:
    from erasmus_planner.persistence.workspace.status import status_of

    with _open(args) as workspace:
        status = status_of(workspace)
    if args.json:
        _print_json(status.to_json())
        return EXIT_OK
    print(f"Workspace {status.workspace}")
    print(f"  server PostgreSQL {status.server}, schema version {status.schema_version}, {'TLS' if status.tls else 'no TLS'}")
    print(f"  you: {status.user} ({status.role or 'not a member'})")
    print(f"  {status.counts['plans']} team plans, {status.counts['versions']} saved versions, {status.counts['active_leases']} being edited")
    print("  members:" + ("" if status.members else " none"))
    for member in status.members:
        print(f"    {member.login:<24} {member.role}")
    return EXIT_OK


def run_grant(args: argparse.Namespace) -> int:
    from erasmus_planner.persistence.workspace import roles

    with _open(args) as workspace:
        workspace.run(lambda conn: roles.grant(conn, args.login, args.role))
    print(f"{args.login} is now {'an' if args.role[0] in 'eo' else 'a'} {args.role} of {workspace.address.shown}")
    return EXIT_OK


def run_revoke(args: argparse.Namespace) -> int:
    from erasmus_planner.persistence.workspace import roles

    with _open(args) as workspace:
        workspace.run(lambda conn: roles.revoke(conn, args.login))
    print(f"{args.login} is no longer a member of {workspace.address.shown}")
    return EXIT_OK


def run_push(args: argparse.Namespace) -> int:
    from erasmus_planner.services.workspace_service import push

    with _open(args) as workspace:
        pushed = push(workspace, args.plan, as_name=args.as_name)
    print(f"Stored {args.plan} as team plan {pushed.name!r}, version {pushed.version}")
    if not pushed.file_updated:
        print(f"erasmus-planner: {args.plan}: could not record the version in the file; pull it before the next push", file=sys.stderr)
    return EXIT_OK


def run_pull(args: argparse.Namespace) -> int:
    from erasmus_planner.services.workspace_service import pull

    with _open(args) as workspace:
        version = pull(workspace, args.name, args.output)
    print(f"Wrote team plan {args.name!r}, version {version}, to {args.output}")
    return EXIT_OK


def run_plans(args: argparse.Namespace) -> int:
    from erasmus_planner.services.workspace_service import info_json, when

    with _open(args) as workspace:
        plans = workspace.plans()
    if args.json:
        _print_json([info_json(info) for info in plans])
        return EXIT_OK
    if not plans:
        print("No team plans yet (erasmus-planner workspace push PLAN stores one).")
        return EXIT_OK
    for info in plans:
        editing = f"; being edited by {info.lease.holder} since {when(info.lease.since)}" if info.lease else ""
        print(f"{info.name}  v{info.version}  {info.summary.action} {info.summary.call_year}  updated {when(info.updated_at)} by {info.updated_by}{editing}")
    return EXIT_OK


def run_board(args: argparse.Namespace) -> int:
    from erasmus_planner.services.workspace_service import board

    with _open(args) as workspace:
        rows = board(workspace, today=args.today)
    if args.json:
        _print_json([row.to_json() for row in rows])
        return EXIT_OK
    if not rows:
        print("No team plans yet.")
        return EXIT_OK
    for row in rows:
        verdict = "cannot be read: " + row.problem if row.problem else ("eligible" if row.eligible else f"not eligible ({row.failures} failing)")
        agency = row.agency["acronym"] if row.agency else "agency unknown"
        deadline = f"; next deadline {row.next_deadline['at']}" if row.next_deadline else ""
        summary = row.info.summary
        print(f"{row.info.name}  v{row.info.version}  {summary.action} {summary.call_year}: {verdict}; {agency}{deadline}")
    return EXIT_OK
