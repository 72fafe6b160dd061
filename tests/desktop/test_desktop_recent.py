"""Plans opened or saved also appear in the desktop's own recent files (freedesktop.org
recently-used.xbel), beside every other application's, which stay as they were."""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from erasmus_planner.services import desktop_recent
from erasmus_planner.services.desktop_integration import MIME_TYPE

NS = {"bookmark": desktop_recent.BOOKMARK_NS, "mime": desktop_recent.MIME_NS}

# As GLib writes it, with another application's bookmark in it.
GEDIT = """<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///home/anna/notes.txt" added="2026-11-02T09:00:00.000000Z" modified="2026-11-02T09:00:00.000000Z" visited="2026-11-02T09:00:00.000000Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="text/plain"/>
        <bookmark:applications>
          <bookmark:application name="gedit" exec="&apos;gedit %u&apos;" modified="2026-11-02T09:00:00Z" count="3"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
</xbel>
"""


def bookmarks(xbel: Path) -> dict[str, ET.Element]:
    return {b.get("href"): b for b in ET.parse(xbel).getroot().findall("bookmark")}


def test_a_plan_is_added_with_its_type_and_the_planner_and_others_stay(tmp_path: Path) -> None:
    xbel = tmp_path / "recently-used.xbel"
    xbel.write_text(GEDIT, encoding="utf-8")
    plan = tmp_path / "Konsortium 2026.epplan"
    assert desktop_recent.add_to_xbel(xbel, plan)

    found = bookmarks(xbel)
    assert set(found) == {"file:///home/anna/notes.txt", plan.as_uri()}
    ours = found[plan.as_uri()]
    assert ours.find("info/metadata/mime:mime-type", NS).get("type") == MIME_TYPE
    app = ours.find("info/metadata/bookmark:applications/bookmark:application", NS)
    assert (app.get("name"), app.get("exec"), app.get("count")) == ("Erasmus+ Consortium Planner", "'erasmus-planner %u'", "1")
    gedit = found["file:///home/anna/notes.txt"].find("info/metadata/bookmark:applications/bookmark:application", NS)
    assert (gedit.get("name"), gedit.get("count"), gedit.get("exec")) == ("gedit", "3", "'gedit %u'")
    assert oct(xbel.stat().st_mode & 0o777) == "0o600"
    assert 'xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"' in xbel.read_text()


def test_opening_the_plan_again_refreshes_its_bookmark_instead_of_adding_one(tmp_path: Path) -> None:
    xbel = tmp_path / "recently-used.xbel"
    plan = tmp_path / "plan.json"
    first = datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.timezone.utc)
    desktop_recent.add_to_xbel(xbel, plan, now=first)
    desktop_recent.add_to_xbel(xbel, plan, now=first + datetime.timedelta(days=2))
    (ours,) = bookmarks(xbel).values()
    assert ours.get("added") == "2026-12-01T09:00:00.000000Z"
    assert ours.get("visited") == "2026-12-03T09:00:00.000000Z"
    assert ours.find("info/metadata/bookmark:applications/bookmark:application", NS).get("count") == "2"


def test_a_damaged_list_is_left_alone(tmp_path: Path) -> None:
    xbel = tmp_path / "recently-used.xbel"
    xbel.write_text("<xbel><bookmark href=", encoding="utf-8")
    assert not desktop_recent.add_to_xbel(xbel, tmp_path / "plan.epplan")
    assert xbel.read_text(encoding="utf-8") == "<xbel><bookmark href="


def test_the_users_settings_tell_the_desktop_and_a_tests_settings_do_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from erasmus_planner.ui.settings import AppSettings

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    plan = tmp_path / "plan.epplan"
    plan.write_bytes(b"")
    AppSettings.in_file(tmp_path / "test.ini").add_recent_plan(plan)
    assert not (tmp_path / "share" / "recently-used.xbel").exists()

    from PySide6.QtCore import QSettings

    users = AppSettings(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat), tell_the_desktop=True)
    users.add_recent_plan(plan)
    assert plan.resolve().as_uri() in bookmarks(tmp_path / "share" / "recently-used.xbel")
    assert users.recent_plans() == [str(plan.resolve())]
