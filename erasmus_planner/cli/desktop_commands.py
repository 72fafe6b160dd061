"""``install-desktop`` / ``uninstall-desktop``: the planner in a Linux desktop's applications menu,
with its icon and its plan files (``.epplan``) that open with a double click."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for name, verb, handler in (
        ("install-desktop", "add the planner to", run_install),
        ("uninstall-desktop", "remove the planner from", run_uninstall),
    ):
        p = sub.add_parser(
            name,
            help=f"{verb} the desktop's applications menu and file types (Linux)",
            description=(
                f"{verb.capitalize()} the desktop (freedesktop.org: GNOME, KDE, Xfce, …): the launcher "
                "with its icon, the plan file type (.epplan, opened by double click) and the "
                "software-centre entry. For the current user unless --prefix is given."
            ),
        )
        where = p.add_mutually_exclusive_group()
        where.add_argument("--user", action="store_true", help="for the current user, in ~/.local/share (the default)")
        where.add_argument("--prefix", metavar="DIR", help="for everyone, under DIR/share (for example /usr/local; needs write access)")
        p.set_defaults(handler=handler)


def run_install(args: argparse.Namespace) -> int:
    from erasmus_planner.services import desktop_integration

    outcome = desktop_integration.install(args.prefix)
    command = " ".join(outcome.command)
    print(
        f"Installed the planner's launcher, icons, plan file type (.epplan) and software-centre entry "
        f"in {outcome.data_folder} ({len(outcome.files)} files); the launcher starts {command}."
    )
    _report_refresh(outcome)
    return 0


def run_uninstall(args: argparse.Namespace) -> int:
    from erasmus_planner.services import desktop_integration

    outcome = desktop_integration.uninstall(args.prefix)
    if outcome.files:
        print(f"Removed the planner's launcher, icons, plan file type and software-centre entry from {outcome.data_folder} ({len(outcome.files)} files).")
    else:
        print(f"Nothing to remove: the planner is not installed in {outcome.data_folder}.")
    _report_refresh(outcome)
    return 0


# What a desktop misses until each cache is refreshed, said when the tool could not run.
_UNTIL_REFRESHED = {
    "update-desktop-database": "the menu may show the launcher only after the next login",
    "update-mime-database": "plan files are recognised only once update-mime-database (package shared-mime-info) has run",
    "gtk-update-icon-cache": "the icon may appear only after the next login",
}


def _report_refresh(outcome) -> None:  # type: ignore[no-untyped-def]
    if outcome.refreshed:
        print("Refreshed the desktop's caches: " + ", ".join(outcome.refreshed) + ".")
    for tool in outcome.not_refreshed:
        print(f"Could not run {tool}: {_UNTIL_REFRESHED.get(tool, 'the desktop sees the change after the next login')}.")
    if not outcome.searched_by_desktops:
        print(
            f"Note: desktops do not look in {outcome.data_folder} (it is not in XDG_DATA_DIRS); "
            "add it there, or install with --user."
        )
