"""A throwaway PostgreSQL server for tests and benchmarks: ``initdb`` in a temporary folder, a
free loopback port, ``pg_ctl`` to start and stop it, everything removed afterwards.

Used by ``tests/conftest.py`` (the ``pg_server`` fixture, started on first use by ``make test``)
and by ``bench/workspace*.py``. Run by hand it starts a server and prints its URL until Ctrl+C:

    .venv/bin/python tools/throwaway_postgres.py

Why it looks the way it does:
- PostgreSQL refuses to run as root, and CI runs as root: the server then runs as a dedicated
  unprivileged system user (``erasmus-pgtest``, created here with ``useradd`` when missing),
  through ``setpriv``.
- The machine is shared with other engineers' test runs: a small server (16 MB of shared
  buffers, no fsync — a test database never has to survive a power cut).
- A test run that is killed outright (SIGKILL, a closed terminal) must not leave a server behind:
  a watchdog process holds one end of a pipe to this process and stops the server and removes
  its folder when the pipe closes, whichever way this process ends.
- Host connections need a password (scram-sha-256), so password files and prompts are tested
  for real; the superuser's password is random and lives only in this process.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

SERVER_USER: Final = "erasmus-pgtest"
SUPERUSER: Final = "postgres"
_SEARCH: Final = ("/usr/lib/postgresql/*/bin", "/usr/local/pgsql/bin", "/opt/homebrew/opt/postgresql*/bin", "/usr/local/opt/postgresql*/bin")


class ServerUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine (install Debian's ``postgresql``)."""


def find_binaries() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl``: $PG_BINDIR, the newest Debian version, or PATH."""
    candidates = [os.environ["PG_BINDIR"]] if os.environ.get("PG_BINDIR") else []
    for pattern in _SEARCH:
        candidates.extend(sorted(glob.glob(pattern), key=_version_key, reverse=True))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(str(Path(on_path).parent))
    for folder in candidates:
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    raise ServerUnavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl) found in /usr/lib/postgresql/*/bin or on PATH; "
        "install them with: apt-get install postgresql"
    )


def _version_key(folder: str) -> tuple[int, ...]:
    digits = [part for part in Path(folder).parent.name.split(".") if part.isdigit()]
    return tuple(int(d) for d in digits) or (0,)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unprivileged_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SERVER_USER],
            check=True, capture_output=True,
        )
        return pwd.getpwnam(SERVER_USER)


class ThrowawayServer:
    """One PostgreSQL cluster in a temporary folder; ``start()`` … ``stop()``, or ``with``."""

    def __init__(self, *, settings: dict[str, str] | None = None, tls: tuple[Path, Path] | None = None) -> None:
        """``tls``: a certificate and its key (PEM files); the server then offers TLS with them
        (copied into its data folder, owned by the server's user, the key readable only by it)."""
        self.bindir = find_binaries()
        self._tls = tls
        self.password = secrets.token_urlsafe(18)
        self.port = 0
        self.folder: Path | None = None
        self._watchdog: subprocess.Popen[bytes] | None = None
        self._settings = {
            "listen_addresses": "'127.0.0.1'",
            "shared_buffers": "16MB",
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "100",
            "max_wal_size": "256MB",
            "log_min_messages": "warning",
            **(settings or {}),
        }
        self._account = _unprivileged_user() if os.geteuid() == 0 else None

    # --- paths and commands ------------------------------------------------------------------------

    @property
    def data(self) -> Path:
        assert self.folder is not None, "the server was not started"
        return self.folder / "data"

    @property
    def log_path(self) -> Path:
        assert self.folder is not None, "the server was not started"
        return self.folder / "server.log"

    def _as_server_user(self, command: Sequence[str]) -> list[str]:
        if self._account is None:
            return list(command)
        account = self._account
        return ["setpriv", f"--reuid={account.pw_uid}", f"--regid={account.pw_gid}", "--clear-groups", "--", *command]

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        environment = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        environment.pop("PGDATA", None)
        return subprocess.run(self._as_server_user(command), check=check, capture_output=True, text=True, env=environment, cwd="/")

    def _pg_ctl(self, *arguments: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), *arguments, check=check)

    # --- life --------------------------------------------------------------------------------------

    def start(self) -> ThrowawayServer:
        self.folder = Path(tempfile.mkdtemp(prefix="erasmus-planner-pg-"))
        try:
            if self._account is not None:
                os.chown(self.folder, self._account.pw_uid, self._account.pw_gid)
            self._initdb()
            self._start_on_a_free_port()
            self._start_watchdog()
        except BaseException:
            self._remove_folder()
            raise
        return self

    def _initdb(self) -> None:
        secret = self.folder / "pwfile"  # type: ignore[operator]
        secret.write_text(self.password + "\n", encoding="utf-8")
        if self._account is not None:
            os.chown(secret, self._account.pw_uid, self._account.pw_gid)
        secret.chmod(0o600)
        try:
            result = self._run(
                str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={secret}",
                "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--locale=C.UTF-8",
                "--no-sync", "--no-instructions", check=False,
            )
        finally:
            secret.unlink(missing_ok=True)
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed: {result.stderr.strip() or result.stdout.strip()}")
        if self._tls is not None:
            self._install_tls(*self._tls)
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(f"\nunix_socket_directories = '{self.folder}'\n")
            if self._tls is not None:
                conf.write("ssl = on\n")  # server.crt and server.key in the data folder: the defaults
            for key, value in self._settings.items():
                conf.write(f"{key} = {value}\n")

    def _install_tls(self, certificate: Path, key: Path) -> None:
        for source, name, mode in ((certificate, "server.crt", 0o644), (key, "server.key", 0o600)):
            target = self.data / name
            shutil.copyfile(source, target)
            if self._account is not None:
                os.chown(target, self._account.pw_uid, self._account.pw_gid)
            target.chmod(mode)  # PostgreSQL refuses a key others can read

    def _start_on_a_free_port(self) -> None:
        problem = ""
        for _attempt in range(5):  # another process may take the port between probing and binding
            self.port = _free_port()
            result = self._pg_ctl("-l", str(self.log_path), "-o", f"-p {self.port}", "-w", "-t", "120", "start", check=False)
            if result.returncode == 0:
                return
            problem = self._log_tail() or result.stderr.strip()
            if "already in use" not in problem and "could not bind" not in problem:
                break
        raise RuntimeError(f"the PostgreSQL test server did not start: {problem}")

    def _log_tail(self, lines: int = 8) -> str:
        try:
            return "\n".join(self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def _start_watchdog(self) -> None:
        # Stops the server when this process goes away without calling stop() (SIGKILL, crash).
        script = (
            "import shutil, subprocess, sys\n"
            "sys.stdin.buffer.read()\n"
            "subprocess.run(sys.argv[1:-1], capture_output=True)\n"
            "shutil.rmtree(sys.argv[-1], ignore_errors=True)\n"
        )
        stop = self._as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"])
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", script, *stop, str(self.folder)],
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )

    def restart(self, *, down_for: float = 0.0) -> None:
        """Stop the server (fast: every connection is cut) and start it again on the same port."""
        self._pg_ctl("-m", "fast", "-w", "stop")
        time.sleep(down_for)
        self._pg_ctl("-l", str(self.log_path), "-o", f"-p {self.port}", "-w", "-t", "120", "start")

    def stop_server(self) -> None:
        """Stop the server but keep its folder (``start_server`` brings it back)."""
        self._pg_ctl("-m", "fast", "-w", "stop")

    def start_server(self) -> None:
        self._pg_ctl("-l", str(self.log_path), "-o", f"-p {self.port}", "-w", "-t", "120", "start")

    def stop(self) -> None:
        if self.folder is None:
            return
        try:
            if (self.data / "postmaster.pid").exists():
                if self._pg_ctl("-m", "fast", "-w", "-t", "60", "stop", check=False).returncode != 0:
                    self._pg_ctl("-m", "immediate", "stop", check=False)
        finally:
            self._remove_folder()
            if self._watchdog is not None:
                self._watchdog.stdin.close()  # type: ignore[union-attr]
                self._watchdog.wait(timeout=60)
                self._watchdog = None

    def _remove_folder(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def __enter__(self) -> ThrowawayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- addresses ---------------------------------------------------------------------------------

    def url(self, database: str = "postgres", *, user: str = SUPERUSER, password: str | None = None) -> str:
        """A libpq URL; the superuser's password is included only for the superuser."""
        secret = password if password is not None else (self.password if user == SUPERUSER else "")
        login = f"{user}:{secret}" if secret else user
        return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, *params: object, database: str = "postgres") -> list[tuple[object, ...]]:
        """Run one statement as the superuser (autocommit); the test's set-up, not the product's."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            cursor = conn.execute(sql, params or None)  # type: ignore[call-overload]
            return cursor.fetchall() if cursor.description else []

    def create_database(self, name: str) -> str:
        from psycopg import sql

        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
        return self.url(name)

    def create_login(self, name: str, password: str, *options: str) -> None:
        from psycopg import sql

        import psycopg

        flags = sql.SQL(" ").join(sql.SQL(option) for option in options if option.isalpha())
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} {}").format(sql.Identifier(name), sql.Literal(password), flags)
            )


@contextlib.contextmanager
def running_server(*, tls: tuple[Path, Path] | None = None, **settings: str) -> Iterator[ThrowawayServer]:
    server = ThrowawayServer(settings=settings or None, tls=tls)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def main() -> int:
    with running_server() as server:
        print(f"PostgreSQL running: {server.url()}\n(log: {server.log_path}); Ctrl+C stops it and removes everything.")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
