"""Workspace addresses: libpq URLs, key/value strings and service names are read by libpq; a
password never appears in what is shown, saved or said about an address."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erasmus_planner.domain.errors import PlanError
from erasmus_planner.persistence.workspace.address import WorkspaceAddress, scrub


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("postgresql://alice:s3cret@db.example.org:5433/team?sslmode=require", "postgresql://alice@db.example.org:5433/team?sslmode=require"),
        ("postgres://alice@db.example.org/team", "postgresql://alice@db.example.org/team"),
        ("host=db.example.org dbname=team user=alice password=s3cret sslmode=verify-full",
         "postgresql://alice@db.example.org/team?sslmode=verify-full"),
        ("team", "service=team"),
        ("service=team user=alice", "service=team user=alice"),
        ("postgresql:///team?host=/var/run/postgresql", "postgresql:///team?host=/var/run/postgresql"),
        ("postgresql://alice:s3cret@db/team?sslmode=verify-full&sslrootcert=/etc/team%20ca.pem",
         "postgresql://alice@db/team?sslmode=verify-full&sslrootcert=/etc/team%20ca.pem"),
    ],
)
def test_addresses_are_shown_without_password(text: str, shown: str) -> None:
    address = WorkspaceAddress.parse(text)
    assert address.shown == shown
    assert address.saved == shown
    assert "s3cret" not in repr(address) and "s3cret" not in str(address)


def test_libpq_gets_the_password_sslmode_and_a_5_second_timeout() -> None:
    address = WorkspaceAddress.parse("postgresql://alice:s3cret@db.example.org/team?sslmode=require")
    params = address.connect_params()
    assert params["password"] == "s3cret" and params["sslmode"] == "require"
    assert params["connect_timeout"] == "5" and address.timeout_s == 5
    assert WorkspaceAddress.parse("postgresql://h/team?connect_timeout=2").timeout_s == 2


def test_a_service_name_is_a_libpq_service() -> None:
    assert WorkspaceAddress.parse("team-office").connect_params()["service"] == "team-office"


def test_the_environment_names_the_workspace_when_no_option_does(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERASMUS_PLANNER_WORKSPACE", "postgresql://env@h/db")
    assert WorkspaceAddress.from_settings(None).shown == "postgresql://env@h/db"  # type: ignore[union-attr]
    assert WorkspaceAddress.from_settings("postgresql://opt@h/db").shown == "postgresql://opt@h/db"  # type: ignore[union-attr]
    monkeypatch.delenv("ERASMUS_PLANNER_WORKSPACE")
    assert WorkspaceAddress.from_settings(None) is None


def test_a_malformed_address_is_explained_without_its_password() -> None:
    with pytest.raises(PlanError) as caught:
        WorkspaceAddress.parse("postgresql://alice:s3cret@db.example.org/team?colour=blue")
    message = str(caught.value)
    assert "s3cret" not in message and "postgresql://" in message and "service name" in message


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=0x2FF, blacklist_characters="@/?#"), min_size=4, max_size=20))
def test_no_password_survives_in_anything_shown(password: str) -> None:
    from urllib.parse import quote

    address = WorkspaceAddress.parse(f"postgresql://alice:{quote(password, safe='')}@db.example.org/team")
    assert address.password == password
    assert password not in address.shown and quote(password, safe="") not in address.shown
    said = f"could not connect as alice with {password} ({quote(password, safe='')})"
    masked = scrub(said, password)
    if set(password) == {"*"}:  # a password of asterisks looks like its own mask: masked all the same
        assert masked.startswith("could not connect as alice with ******** (")
    else:
        assert password not in masked
