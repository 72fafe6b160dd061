"""The files that put the planner into a Linux desktop: valid for the desktop's own validators,
installed and removed by ``install-desktop`` / ``uninstall-desktop``, and understood by a real
consumer of them (Qt's MIME database and icon lookup) once installed."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from tools import required_tool

from erasmus_planner.cli.main import main
from erasmus_planner.services import desktop_integration as di

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_shipped_desktop_entry_passes_desktop_file_validate() -> None:
    tool = required_tool("desktop-file-validate", "desktop-file-utils")
    entry = di.desktop_folder() / f"{di.APP_ID}.desktop"
    done = subprocess.run([tool, str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    tool = required_tool("appstreamcli", "appstream")
    metainfo = di.desktop_folder() / f"{di.APP_ID}.metainfo.xml"
    done = subprocess.run([tool, "validate", "--no-net", "--explain", str(metainfo)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    # Not even a warning: what software centres show is exactly what was written.
    assert "\nW:" not in "\n" + done.stdout and "\nE:" not in "\n" + done.stdout, done.stdout


def test_the_metainfo_describes_and_shows_the_planner() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(di.desktop_folder() / f"{di.APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == di.APP_ID
    assert root.find("launchable").text == f"{di.APP_ID}.desktop"
    paragraphs = [p for p in root.find("description").iter("p") if "{http://www.w3.org/XML/1998/namespace}lang" not in p.attrib]
    assert len(" ".join(p.text for p in paragraphs)) > 200
    images = [i.text for i in root.iter("image")]
    assert images and all(i.startswith("https://") for i in images)
    # Each screenshot named is one the repository has.
    for address in images:
        assert (ROOT / "docs" / "screenshots" / address.rsplit("/", 1)[-1]).is_file(), address
    assert root.find("provides/mediatype").text == di.MIME_TYPE


def test_the_icon_pngs_are_renderings_of_their_svg() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "render_desktop_icons.py"), "--check"],
        capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_install_desktop_puts_every_file_in_place_and_the_launcher_starts_this_planner(capsys, data_home: Path) -> None:
    code, out, err = run(capsys, "install-desktop")
    assert (code, err) == (0, "")
    assert f"in {data_home} (" in out
    entry = data_home / "applications" / f"{di.APP_ID}.desktop"
    assert (data_home / "mime" / "packages" / f"{di.APP_ID}.xml").is_file()
    assert (data_home / "metainfo" / f"{di.APP_ID}.metainfo.xml").is_file()
    for size in (16, 48, 256, 512):
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{di.APP_ID}.png").is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{di.MIME_ICON}.svg").is_file()
    # The launcher's command line, as a desktop runs it (the file's path in place of %f), starts
    # this planner: asked for its version, it answers.
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    argv = shlex.split(exec_line.removeprefix("Exec="))
    assert argv[-1] == "%f"
    done = subprocess.run([*argv[:-1], "--version"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "erasmus-planner" in done.stdout
    tool = required_tool("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout


def test_a_launcher_path_with_spaces_is_quoted_as_the_desktop_entry_spec_asks() -> None:
    text = di.desktop_entry(["/opt/My Planner/erasmus-planner", "--lang=de"])
    assert 'Exec="/opt/My Planner/erasmus-planner" "--lang=de" %f' in text
    assert "TryExec=/opt/My Planner/erasmus-planner" in text
    assert di.quote_exec_argument('a"b$c') == '"a\\"b\\$c"'


QT_PROBE = """
import sys
from PySide6.QtCore import QMimeDatabase
mime = QMimeDatabase().mimeTypeForFile(sys.argv[1])
print(mime.name(), mime.iconName(), mime.comment())
"""


def _qt_probe(plan: Path, data_home: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(data_home), "LANGUAGE": "en", "LANG": "C.UTF-8"}
    done = subprocess.run([sys.executable, "-c", QT_PROBE, str(plan)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_once_installed_a_desktop_knows_plan_files_by_their_extension(capsys, data_home: Path, tmp_path: Path) -> None:
    required_tool("update-mime-database", "shared-mime-info")
    plan = tmp_path / "Consortium 2026.epplan"
    plan.write_bytes(b"SQLite format 3\x00" + bytes(100))
    assert _qt_probe(plan, data_home)[0].split()[0] != di.MIME_TYPE  # not known before
    assert run(capsys, "install-desktop", "--user")[0] == 0
    assert _qt_probe(plan, data_home) == [f"{di.MIME_TYPE} {di.MIME_ICON} Erasmus+ consortium plan"]
    # …and the icon it names is where the icon theme specification looks for it.
    assert (data_home / "icons" / "hicolor" / "48x48" / "mimetypes" / f"{di.MIME_ICON}.png").is_file()


def test_uninstall_desktop_takes_everything_away_again(capsys, data_home: Path) -> None:
    assert run(capsys, "install-desktop")[0] == 0
    code, out, _ = run(capsys, "uninstall-desktop")
    assert code == 0 and "Removed" in out
    left = sorted(p.relative_to(data_home).as_posix() for p in data_home.rglob("*") if p.is_file() and "erasmus" in p.name.lower())
    assert left == []
    code, out, _ = run(capsys, "uninstall-desktop")
    assert code == 0 and out.startswith("Nothing to remove")


def test_prefix_installs_under_its_share_folder_and_says_when_desktops_do_not_look_there(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_DIRS", "/usr/local/share:/usr/share")
    code, out, _ = run(capsys, "install-desktop", "--prefix", str(tmp_path / "opt"))
    assert code == 0
    assert (tmp_path / "opt" / "share" / "applications" / f"{di.APP_ID}.desktop").is_file()
    assert "desktops do not look in" in out


def test_user_and_prefix_together_are_refused_in_one_line(capsys, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["install-desktop", "--user", "--prefix", str(tmp_path)])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not allowed with argument" in err


def test_a_folder_that_cannot_be_written_is_named_and_exit_2(capsys, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would go")
    code, out, err = run(capsys, "install-desktop", "--prefix", str(blocked))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(blocked / "share") in err


def test_a_missing_validator_fails_under_ci_and_is_skipped_elsewhere(monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no-such-validator is not installed"):
        required_tool("no-such-validator", "nothing-of-that-name")
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception):
        required_tool("no-such-validator", "nothing-of-that-name")
