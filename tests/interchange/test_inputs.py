"""The guarded reader every input goes through: ordinary files only, refused at once by name;
a ceiling per kind, held while reading too; nothing created beside a refused file."""

from __future__ import annotations

import os
import socket
import time
from pathlib import Path

import pytest

from erasmus_planner.domain import limits
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.interchange.inputs import PLAN_DOCUMENT, PLAN_FILE, SPREADSHEET, InputKind, check_input, read_input

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and sockets as files are POSIX")


def _entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@POSIX_ONLY
@pytest.mark.parametrize("kind", [PLAN_FILE, PLAN_DOCUMENT, SPREADSHEET], ids=lambda k: k.what)
def test_a_fifo_is_refused_at_once_by_name_and_never_opened(tmp_path: Path, kind: InputKind) -> None:
    fifo = tmp_path / "plan.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(PlanError) as caught:
        read_input(fifo, kind)
    assert time.monotonic() - started < 5  # opening a FIFO for reading would wait for a writer forever
    assert str(caught.value).startswith(f"{fifo}: this is a named pipe (FIFO), not a {kind.what}")
    assert _entries(tmp_path) == ["plan.json"]


@POSIX_ONLY
def test_a_link_to_an_endless_device_is_refused_before_reading(tmp_path: Path) -> None:
    link = tmp_path / "partners.csv"
    link.symlink_to("/dev/zero")
    with pytest.raises(PlanError) as caught:
        read_input(link, SPREADSHEET)
    assert str(caught.value) == f"{link}: this is a device, not a spreadsheet; the planner reads only ordinary files"
    with pytest.raises(PlanError, match="this is a device"):
        check_input(link, PLAN_DOCUMENT)


@POSIX_ONLY
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.epplan"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(PlanError, match="this is a socket, not a plan document"):
            check_input(path, PLAN_DOCUMENT)
    finally:
        server.close()


def test_a_folder_is_refused_with_the_kind_expected(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="this is a folder, not a plan file"):
        read_input(tmp_path, PLAN_FILE)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(PlanError) as caught:
        read_input(tmp_path / "gone.json", PLAN_FILE)
    assert str(caught.value) == f"{tmp_path / 'gone.json'}: no such file"


def test_the_ceiling_is_exact_and_says_the_limit(tmp_path: Path) -> None:
    kind = InputKind("plan file", 100)
    path = tmp_path / "p.json"
    path.write_bytes(b"x" * 100)
    assert read_input(path, kind) == b"x" * 100
    path.write_bytes(b"x" * 101)
    with pytest.raises(PlanError) as caught:
        read_input(path, kind)
    assert str(caught.value) == (
        f"{path}: the file is too large (101 bytes); a plan file may be at most 100 bytes (see the limits in the documentation)"
    )


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_a_file_that_claims_to_be_empty_is_still_read_only_up_to_the_ceiling() -> None:
    # Files under /proc report a size of 0 and then deliver content: the ceiling holds while reading.
    assert os.stat("/proc/self/status").st_size == 0
    with pytest.raises(PlanError, match="more than 16 bytes"):
        read_input("/proc/self/status", InputKind("plan file", 16))


def test_the_documented_ceilings_are_the_readers() -> None:
    assert (PLAN_FILE.ceiling, PLAN_DOCUMENT.ceiling, SPREADSHEET.ceiling) == (
        limits.PLAN_FILE_MAX, limits.PLAN_DOCUMENT_MAX, limits.SPREADSHEET_MAX,
    )
    docs = (Path(__file__).resolve().parents[2] / "docs" / "limits.md").read_text(encoding="utf-8")
    for size in (limits.PLAN_FILE_MAX, limits.PLAN_DOCUMENT_MAX, limits.SPREADSHEET_MAX, limits.SPREADSHEET_UNPACKED_MAX):
        assert limits.size_text(size) in docs
    for number in (limits.LINE_MAX, limits.TITLE_MAX, limits.NOTES_MAX, limits.PARTNERS_MAX, limits.DEPTH_MAX,
                   limits.SPREADSHEET_ROWS_MAX, limits.DIGITS_MAX, limits.DURATION_MAX):
        assert f"{number:,}" in docs, number
