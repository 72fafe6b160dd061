"""Shared test set-up. Kept small: helpers live next to the tests that use them."""

from __future__ import annotations

import os

# Before anything imports Qt: widgets render off screen, on machines without a display too.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Off screen, with the screens a user has besides the default one (800×600 to 2560×1440, at 100 %
# and at 200 %): tests of the window's layout open it on each (tests/ui/test_window_on_screens.py).
# The first, primary screen is the platform's usual 800×800 one, which every other test uses.
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={os.path.join(os.path.dirname(__file__), 'screens.json')}"


# --- a real PostgreSQL server for the workspace tests (tools/throwaway_postgres.py) ------------------
# Started on first use, once per run, stopped at the end of the run whatever the outcome. Without
# server binaries the tests that need it are skipped on a developer's machine; with CI=true that
# is a failure, and so is any skip of a test that asked for the server.

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    from throwaway_postgres import ServerUnavailable, ThrowawayServer

    try:
        server = ThrowawayServer()
    except ServerUnavailable as exc:
        if _in_ci():
            pytest.fail(f"CI needs a PostgreSQL server for the workspace tests: {exc}", pytrace=False)
        pytest.skip(str(exc))
    server.start()
    yield server
    server.stop()


_DATABASES = iter(range(1, 1_000_000))


@pytest.fixture
def pg_database(pg_server):  # type: ignore[no-untyped-def]
    """A new, empty database for one test: its name and the superuser's URL to it."""
    name = f"t{os.getpid()}_{next(_DATABASES)}"
    url = pg_server.create_database(name)
    return name, url


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if report.skipped and _in_ci() and "pg_server" in getattr(item, "fixturenames", ()):
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, where every workspace test must run: {report.longrepr}"
