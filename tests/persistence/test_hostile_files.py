"""Hostile files: each gives one clear message (exit 2 on the command line) and changes nothing on disk."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from ordinary_user import open_folder, without_root_powers
from plan_samples import large_plan, sample_plan, snapshot

from erasmus_planner.cli.main import main
from erasmus_planner.domain.errors import PlanError
from erasmus_planner.persistence.plan_document import read_plan, write_plan
from erasmus_planner.services.plan_files import load_plan


def _random_bytes(folder: Path) -> Path:
    path = folder / "random.epplan"
    path.write_bytes(os.urandom(8192))
    return path


def _random_bytes_after_an_sqlite_header(folder: Path) -> Path:
    path = folder / "noise.epplan"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192 - 16))
    return path


def _cut(folder: Path, name: str, keep: Callable[[int], int]) -> Path:
    """The first ``keep(size)`` bytes of a real 300-partner document."""
    whole = folder / "whole.epplan.src"
    write_plan(large_plan(300), whole)
    data = whole.read_bytes()
    whole.unlink()
    path = folder / name
    path.write_bytes(data[: keep(len(data))])
    return path


def _truncated_half(folder: Path) -> Path:
    return _cut(folder, "truncated.epplan", lambda size: size // 2 + 123)


def _truncated_at_a_page_boundary(folder: Path) -> Path:
    return _cut(folder, "cut.epplan", lambda size: 4096 * 3)


def _pages_overwritten_with_noise(folder: Path) -> Path:
    path = folder / "noisy.epplan"
    write_plan(large_plan(300), path)
    data = bytearray(path.read_bytes())
    data[4096:4096 * 4] = os.urandom(4096 * 3)
    path.write_bytes(bytes(data))
    return path


def _header_only(folder: Path) -> Path:
    path = folder / "stub.epplan"
    path.write_bytes(b"SQLite format 3\x00\x10\x00")
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.epplan"
    path.write_bytes(b"")
    return path


def _unrelated_sqlite(folder: Path) -> Path:
    path = folder / "music.epplan"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE tracks (id INTEGER PRIMARY KEY, title TEXT)")
        db.execute("INSERT INTO tracks (title) VALUES ('Ode to Joy')")
    db.close()
    return path


def _json_named_epplan(folder: Path) -> Path:
    path = folder / "renamed.epplan"
    path.write_text('{"format": "erasmus-planner-plan", "version": 1, "partners": []}', encoding="utf-8")
    return path


def _json_list(folder: Path) -> Path:
    path = folder / "list.json"
    path.write_text(json.dumps([{"name": "x"}]), encoding="utf-8")
    return path


def _json_wrong_partners(folder: Path) -> Path:
    path = folder / "wrong.json"
    path.write_text(json.dumps({"format": "erasmus-planner-plan", "version": 1, "action": "strategic-partnership",
                                "field": "school", "partners": {"name": "not a list"}}), encoding="utf-8")
    return path


def _json_random_bytes(folder: Path) -> Path:
    path = folder / "garbage.json"
    path.write_bytes(b"\xff\xfe\x00garbage" + os.urandom(100))
    return path


def _folder_named_like_a_plan(folder: Path) -> Path:
    path = folder / "folder.epplan"
    path.mkdir()
    (path / "inside.txt").write_text("x")
    return path


def _folder_named_like_a_json_plan(folder: Path) -> Path:
    path = folder / "folder.json"
    path.mkdir()
    return path


def _missing(folder: Path) -> Path:
    return folder / "missing.epplan"


HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "random bytes": (_random_bytes, "not a plan document"),
    "random bytes after an SQLite header": (_random_bytes_after_an_sqlite_header, "damaged"),
    "truncated in the middle": (_truncated_half, "damaged"),
    "truncated at a page boundary": (_truncated_at_a_page_boundary, "damaged"),
    "pages overwritten with noise": (_pages_overwritten_with_noise, "damaged"),
    "only an SQLite header": (_header_only, "damaged"),
    "empty file": (_empty, "empty"),
    "unrelated SQLite database": (_unrelated_sqlite, "another program"),
    "JSON named .epplan": (_json_named_epplan, "JSON"),
    "JSON list": (_json_list, "one JSON object"),
    "JSON with wrong structure": (_json_wrong_partners, "must be a list"),
    "binary named .json": (_json_random_bytes, "UTF-8"),
    "folder named like a plan": (_folder_named_like_a_plan, "folder"),
    "folder named like a JSON plan": (_folder_named_like_a_json_plan, "folder"),
    "missing file": (_missing, "no such file"),
}


@pytest.mark.parametrize("make, expected", HOSTILE.values(), ids=HOSTILE.keys())
def test_opening_a_hostile_file_gives_one_clear_error_and_changes_nothing(
    tmp_path: Path, make: Callable[[Path], Path], expected: str
) -> None:
    path = make(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(PlanError) as caught:
        load_plan(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("make, expected", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_command_line_exits_2_with_one_line_and_no_traceback_for_a_hostile_file(
    tmp_path: Path, make: Callable[[Path], Path], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make(tmp_path)
    before = snapshot(tmp_path)
    for command in (["check", str(path)], ["convert", str(path), str(tmp_path / "out.json")]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and expected in err and "Traceback" not in err
    assert snapshot(tmp_path) == before


@pytest.mark.skipif(not hasattr(os, "geteuid") and os.environ.get("CI") != "true", reason="POSIX permissions")
def test_a_file_without_read_permission_is_refused_and_left_alone() -> None:
    # Run as root (as CI does), the reading is done as ``nobody``: root reads any file.
    with open_folder("unreadable-plan-") as folder:
        path = folder / "secret.epplan"
        write_plan(sample_plan(), path)
        before = snapshot(folder)
        path.chmod(0)
        with without_root_powers():
            with pytest.raises(PlanError, match="permission denied") as caught:
                read_plan(path)
            assert main(["check", str(path)]) == 2
        assert str(path) in str(caught.value)
        assert path.stat().st_mode & 0o777 == 0
        path.chmod(0o644)
        assert snapshot(folder) == before


def test_a_file_that_cannot_be_read_gives_one_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root reads everything, so "no permission" is simulated at the one place the file is opened.
    path = tmp_path / "secret.epplan"
    write_plan(sample_plan(), path)
    real_open = open

    def denied(file: object, *args: object, **kwargs: object) -> object:
        if Path(str(file)) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", denied)
    with pytest.raises(PlanError) as caught:
        read_plan(path)
    assert str(caught.value) == f"{path}: permission denied: the file cannot be read"


def test_a_save_into_a_folder_where_writing_fails_leaves_the_old_plan_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.epplan"
    write_plan(sample_plan(), path)
    before = snapshot(tmp_path)

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PlanError) as caught:
        write_plan(sample_plan().with_changes(title="never saved"), path)
    assert "permission denied" in str(caught.value) and "previous version is unchanged" in str(caught.value)
    assert snapshot(tmp_path) == before


def test_a_save_whose_folder_is_a_file_names_the_problem(tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("x")
    with pytest.raises(PlanError, match="cannot write in the folder"):
        write_plan(sample_plan(), tmp_path / "not-a-folder" / "plan.epplan")


@pytest.mark.parametrize("make", [_random_bytes, _unrelated_sqlite, _json_named_epplan, _folder_named_like_a_plan])
def test_a_save_never_overwrites_a_file_that_is_not_a_plan_document(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    path = make(tmp_path)
    before = snapshot(tmp_path)
    with pytest.raises(PlanError):
        write_plan(sample_plan(), path)
    assert snapshot(tmp_path) == before


def test_a_save_may_replace_a_damaged_plan_document(tmp_path: Path) -> None:
    path = _truncated_half(tmp_path)
    write_plan(sample_plan(), path)
    assert read_plan(path) == sample_plan()
