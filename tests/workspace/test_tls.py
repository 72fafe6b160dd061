"""TLS for real: a throwaway server with TLS on, its certificate signed by a CA made here with the
``openssl`` command (as an administrator would, docs/workspace.md §4). ``sslmode=require``
encrypts and ``workspace status`` says so; ``verify-full`` with the CA's certificate succeeds;
with another CA, a certificate made out for another name, or a CA file that is not there, the
connection is refused with a sentence that says which — and never a password."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from erasmus_planner.cli.main import main
from erasmus_planner.persistence.workspace import schema
from erasmus_planner.persistence.workspace.address import WorkspaceAddress

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl command is needed (apt-get install openssl)")


def openssl(*arguments: str, cwd: Path) -> None:
    subprocess.run(["openssl", *arguments], cwd=cwd, check=True, capture_output=True)


def make_ca(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate authority: its certificate and key."""
    openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
        "-keyout", f"{name}.key", "-out", f"{name}.crt",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=folder,
    )
    return folder / f"{name}.crt", folder / f"{name}.key"


def make_server_certificate(folder: Path, ca: tuple[Path, Path], names: str) -> tuple[Path, Path]:
    """The server's certificate for ``names`` (subjectAltName), signed by ``ca``."""
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=workspace test server", "-keyout", "server.key", "-out", "server.csr", cwd=folder)
    (folder / "san.ext").write_text(f"subjectAltName={names}\nextendedKeyUsage=serverAuth\n", encoding="utf-8")
    openssl(
        "x509", "-req", "-in", "server.csr", "-CA", str(ca[0]), "-CAkey", str(ca[1]), "-CAcreateserial",
        "-days", "2", "-extfile", "san.ext", "-out", "server.crt",
        cwd=folder,
    )
    return folder / "server.crt", folder / "server.key"


@dataclass(frozen=True)
class TlsServer:
    server: Any
    url: str  # the superuser's, to an initialised workspace, password included (tests only)
    ca: Path
    other_ca: Path


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory, pg_server: Any) -> Iterator[TlsServer]:
    # pg_server: only so that this module runs (and fails under CI) exactly where the server
    # binaries are; the TLS server is a second, throwaway one.
    from throwaway_postgres import ThrowawayServer

    folder = tmp_path_factory.mktemp("tls")
    ca = make_ca(folder, "team-ca")
    other_ca = make_ca(folder, "someone-elses-ca")
    certificate = make_server_certificate(folder, ca, "IP:127.0.0.1,DNS:localhost")
    server = ThrowawayServer(tls=certificate).start()
    try:
        url = server.create_database("tls_team")
        schema.init(WorkspaceAddress.parse(url))
        yield TlsServer(server, url, ca[0], other_ca[0])
    finally:
        server.stop()


def status(url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["workspace", "status", "--json", "--workspace", url])
    out, err = capsys.readouterr()
    return code, out, err


def test_sslmode_require_encrypts_and_status_says_so(tls_server: TlsServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = status(tls_server.url + "?sslmode=require", capsys)
    assert code == 0, err
    assert json.loads(out)["tls"] is True
    assert main(["workspace", "status", "--workspace", tls_server.url + "?sslmode=require"]) == 0
    assert ", TLS" in capsys.readouterr().out
    # The same server without asking for TLS (sslmode=disable): status tells the difference.
    code, out, err = status(tls_server.url + "?sslmode=disable", capsys)
    assert code == 0 and json.loads(out)["tls"] is False


def test_verify_full_with_the_teams_ca_succeeds(tls_server: TlsServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = status(f"{tls_server.url}?sslmode=verify-full&sslrootcert={tls_server.ca}", capsys)
    assert code == 0, err
    assert json.loads(out)["tls"] is True


def test_verify_full_with_another_ca_is_refused_saying_so(tls_server: TlsServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = status(f"{tls_server.url}?sslmode=verify-full&sslrootcert={tls_server.other_ca}", capsys)
    assert code == 6 and out == ""
    assert "not signed by the CA" in err and str(tls_server.other_ca) in err, err
    assert tls_server.server.password not in err and err.count("\n") == 1


def test_a_certificate_for_another_name_is_refused_saying_so(tls_server: TlsServer, capsys: pytest.CaptureFixture[str]) -> None:
    # The certificate names 127.0.0.1 and localhost; the planner was told the server is
    # workspace.example.org (reached at 127.0.0.1 through hostaddr, as a wrong DNS entry would).
    url = f"{tls_server.url}?sslmode=verify-full&sslrootcert={tls_server.ca}&host=workspace.example.org&hostaddr=127.0.0.1"
    code, out, err = status(url, capsys)
    assert code == 6
    assert "made out for another name" in err and "workspace.example.org" in err, err


def test_a_missing_ca_file_is_named(tls_server: TlsServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no-such-ca.pem"
    code, out, err = status(f"{tls_server.url}?sslmode=verify-full&sslrootcert={missing}", capsys)
    assert code == 6
    assert str(missing) in err and "does not exist" in err, err
