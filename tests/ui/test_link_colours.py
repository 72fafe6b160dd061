"""Every link readable in every theme — light, dark, high contrast and presentation — also after
switching from another one: Qt keeps the link colour a rich text was laid out with, which left
the agency card's website and the partner directory's links dark blue on the dark theme. The
link is sampled from what is drawn (its underline is drawn in the link colour), not the palette."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QWidget
from test_themes_and_focus import contrast

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from funded_exports import all_rows, write_csv  # noqa: E402

from erasmus_planner.services.directory_service import DirectoryService  # noqa: E402
from erasmus_planner.ui import theme  # noqa: E402

LOOKS = ("light", "dark", "high-contrast", "presentation")
SWITCHES = [pytest.param(start, end, id=f"{start}-to-{end}") for start in LOOKS for end in LOOKS if start != end]


def _use(window, look: str) -> None:  # type: ignore[no-untyped-def]
    if window.presentation and look != "presentation":
        window.set_presentation(False)
    if look == "presentation":
        window.set_presentation(True, full_screen=False)
    else:
        theme.controller().set_choice(look)
    QApplication.processEvents()


def _colours(image: QImage) -> dict[str, int]:
    counts: dict[str, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            name = QColor(image.pixel(x, y)).name()
            counts[name] = counts.get(name, 0) + 1
    return counts


def _links_drawn(window) -> list[tuple[str, QWidget]]:  # type: ignore[no-untyped-def]
    """Every visible widget of every window showing a link, by name."""
    found: list[tuple[str, QWidget]] = []
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and "<a " in widget.text():
            found.append((widget.objectName(), widget))
        elif isinstance(widget, QTextBrowser) and "<a " in widget.toHtml():
            found.append((widget.objectName(), widget.viewport()))
    return found


@pytest.mark.parametrize(("start", "end"), SWITCHES)
def test_every_link_stays_readable_when_the_theme_changes(make_window, sample_path, tmp_path, qtbot, start, end):
    directory = tmp_path / "directory.sqlite3"
    service = DirectoryService.open(directory)
    service.import_any(write_csv(tmp_path / "funded.csv", all_rows()))
    service.close()
    window = make_window(path=sample_path)
    window.use_directory(str(directory))
    _use(window, start)
    view = window.directory_actions.show_directory()
    qtbot.waitUntil(lambda: view.isVisible() and view.model.rowCount() > 0, timeout=5000)
    view.table.selectRow(next(r for r in range(view.model.rowCount()) if view.model.entry(r).website))
    QApplication.processEvents()

    _use(window, end)

    link = QApplication.palette().color(QPalette.ColorRole.Link)
    others = {theme.palette(look).color(QPalette.ColorRole.Link).name() for look in (theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST)} - {link.name()}
    drawn = _links_drawn(window)
    assert {"agencyDetails", "directoryDetails"} <= {name for name, _ in drawn}
    for name, widget in drawn:
        colours = _colours(widget.grab().toImage())
        background = QColor(max(colours, key=colours.__getitem__))
        assert link.name() in colours, f"{end}: {name} draws no link in {link.name()}"
        assert not others & colours.keys(), f"{end}: {name} still draws a link in {others & colours.keys()}"
        assert contrast(link, background) >= 4.5, f"{end}: {name}: link {link.name()} on {background.name()}"
