"""The window on the screens people have: 800×600 to 2560×1440, at 100 % and 200 % (device pixel
ratio 1 and 2), opened as a user opens it — its first size from the screen, not a fixed one.

On each: the window lies inside the screen; every key part is inside the window, none covers
another, no label is cut; the whole verdict, the whole agency card and two checklist findings
are in view without scrolling (on the verdict tab where the window uses tabs). The screens are
the off-screen platform's (``tests/screens.json``, set up in ``tests/conftest.py``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from layout_checks import clipped
from PySide6.QtCore import QByteArray, QDataStream, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget
from window_driver import ScriptedPrompts

from erasmus_planner.services.plan_session import PlanSession
from erasmus_planner.ui import i18n
from erasmus_planner.ui.document import PlanDocument
from erasmus_planner.ui.main_window import MainWindow
from erasmus_planner.ui.plan_area import VERDICT_TAB
from erasmus_planner.ui.settings import AppSettings
from erasmus_planner.ui.window_placement import clamped, first_placement

SIZES = ["800x600", "1024x768", "1366x768", "1920x1080", "2560x1440"]


def screen(size: str, ratio: int) -> QScreen:
    name = f"screen-{size}@{ratio}x"
    found = next((s for s in QGuiApplication.screens() if s.name() == name), None)
    assert found is not None, f"{name} is configured in tests/screens.json"
    assert found.devicePixelRatio() == ratio
    return found


@pytest.fixture
def open_on(qtbot, tmp_path, sample_path) -> Iterator:  # type: ignore[type-arg]
    """``open_on(screen, zoom=100, language="en")``: the sample plan in a new window on
    ``screen``, placed as the application places it (the mouse pointer is on that screen)."""
    windows: list[MainWindow] = []

    def open_window(where: QScreen, *, zoom: int = 100, language: str = "en", settings: AppSettings | None = None) -> MainWindow:
        QCursor.setPos(where.geometry().center())
        if language != i18n.current():
            i18n.use_language(language)
        session = PlanSession()
        session.open(sample_path, read_only=True)
        window = MainWindow(
            PlanDocument(session),
            settings=settings or AppSettings.in_file(tmp_path / f"settings-{len(windows)}.ini"),
            prompts=ScriptedPrompts(),
            recovery=None,
            directory_search=None,
            language=language,
        )
        qtbot.addWidget(window)
        windows.append(window)
        window.set_zoom(zoom, announce=False)
        with qtbot.waitExposed(window):
            window.show()
        window.partners.table.setFocus()
        for _ in range(3):
            QApplication.processEvents()
        window.panel.refresh_suggestions()
        QApplication.processEvents()
        return window

    yield open_window
    QCursor.setPos(QPoint(0, 0))


def inside(widget: QWidget, window: QWidget) -> QRect:
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    assert window.rect().contains(rect), f"{widget.objectName()} at {rect} lies outside the window {window.rect()}"
    return rect


def fully_shown(widget: QWidget) -> bool:
    shown = widget.visibleRegion().boundingRect()
    return widget.isVisible() and shown.width() >= widget.width() - 1 and shown.height() >= widget.height() - 1


def no_overlap(window: QWidget, widgets: list[QWidget]) -> None:
    rects = {w.objectName(): inside(w, window) for w in widgets}
    names = list(rects)
    for i, first in enumerate(names):
        for second in names[i + 1 :]:
            assert not rects[first].intersects(rects[second]), f"{first} {rects[first]} covers {second} {rects[second]}"


def verdict_in_view(window: MainWindow) -> None:
    """The whole verdict, the whole agency card (its reason too) and two findings, no scrolling."""
    panel = window.panel
    if window.plan_area.layout_in_use == "tabs":
        window.plan_area.tabs.setCurrentIndex(VERDICT_TAB)
        QApplication.processEvents()
    for part in (panel.banner, panel.agency, panel.agency.body, panel.findings):
        assert fully_shown(part), f"{part.objectName()} is not wholly in view"
    assert panel.agency.body.heightForWidth(panel.agency.body.width()) <= panel.agency.body.height() + 1, "the reason is cut"
    viewport = panel.findings.viewport().rect()
    for row in range(2):
        assert viewport.contains(panel.findings.visualItemRect(panel.findings.item(row))), f"finding {row + 1} is not in view"
    assert not panel.scroll.horizontalScrollBar().isVisible()
    assert panel.scroll.verticalScrollBar().value() == 0


@pytest.mark.parametrize("ratio", [1, 2])
@pytest.mark.parametrize("size", SIZES)
def test_the_window_fits_its_screen_and_shows_the_verdict(open_on, size, ratio):
    where = screen(size, ratio)
    window = open_on(where)
    available = where.availableGeometry()
    assert available.contains(window.frameGeometry()), f"{window.frameGeometry()} runs off {available}"
    assert window.screen() is where
    width, height = (int(n) for n in size.split("x"))
    if width * 0.9 < 1400 or height * 0.9 < 900:
        assert window.isMaximized(), "a small screen gets the whole screen"
    assert window.devicePixelRatio() == ratio

    header, partners, panel = window.header, window.partners, window.panel
    plan_parts = [header.title, header.action, header.field, partners.filter, partners.table]
    verdict_parts = [panel.banner, panel.agency, panel.findings]
    if window.plan_area.layout_in_use == "side":
        no_overlap(window, plan_parts + verdict_parts)
    else:
        no_overlap(window, plan_parts)
        assert clipped(window) == []
        window.plan_area.tabs.setCurrentIndex(VERDICT_TAB)
        QApplication.processEvents()
        no_overlap(window, verdict_parts)
    assert clipped(window) == []
    verdict_in_view(window)


@pytest.mark.parametrize("zoom", [100, 150])
@pytest.mark.parametrize("language", ["en", "de", "fr", "tr"])
@pytest.mark.parametrize("size", ["1024x768", "1366x768"])
def test_laptops_and_projectors_show_verdict_agency_and_checklist_in_every_language(open_on, size, language, zoom):
    window = open_on(screen(size, 1), zoom=zoom, language=language)
    verdict_in_view(window)
    assert clipped(window) == []


def test_a_projector_at_100_percent_keeps_partners_and_verdict_side_by_side(open_on):
    window = open_on(screen("1024x768", 1))
    assert window.plan_area.layout_in_use == "side"
    assert fully_shown(window.partners.table) and fully_shown(window.panel.banner)


def test_at_800x600_the_verdict_is_a_tab_that_carries_the_verdict(open_on):
    window = open_on(screen("800x600", 1))
    area = window.plan_area
    assert area.layout_in_use == "tabs"
    assert area.tabs.tabText(VERDICT_TAB).replace("&", "") == "Verdict: Eligible"
    window.set_zoom(70)  # smaller text: both halves fit side by side again
    QApplication.processEvents()
    assert area.layout_in_use == "side"
    window.set_zoom(150)
    QApplication.processEvents()
    assert area.layout_in_use == "tabs"


def _on_a_screen_now_gone(geometry: QByteArray, position: QPoint) -> QByteArray:
    """``geometry`` (``QWidget.saveGeometry``, format 3) as if saved on a screen that is no
    longer there (a monitor the laptop was docked to), at ``position`` on it."""
    stream = QDataStream(geometry, QIODevice.OpenModeFlag.ReadOnly)
    magic, major, minor = stream.readUInt32(), stream.readUInt16(), stream.readUInt16()
    assert (magic, major) == (0x1D9D0CB, 3)
    frame, normal = QRect(), QRect()
    stream >> frame
    stream >> normal
    stream.readInt32()  # the screen's number
    maximised, full_screen, screen_width = stream.readUInt8(), stream.readUInt8(), stream.readInt32()
    inner = QRect()
    stream >> inner
    out = QByteArray()
    write = QDataStream(out, QIODevice.OpenModeFlag.WriteOnly)
    write.writeUInt32(magic)
    write.writeUInt16(major)
    write.writeUInt16(minor)
    write << frame.translated(position - frame.topLeft())
    write << normal.translated(position - frame.topLeft())
    write.writeInt32(99)  # no such screen
    write.writeUInt8(maximised)
    write.writeUInt8(full_screen)
    write.writeInt32(screen_width)
    write << inner.translated(position - frame.topLeft())
    return out


def test_a_size_saved_on_a_screen_now_gone_is_brought_inside_the_one_there_is(open_on, tmp_path):
    big = open_on(screen("2560x1440", 1))
    big.setWindowState(Qt.WindowState.WindowNoState)
    big.setGeometry(QRect(big.screen().availableGeometry().topLeft() + QPoint(200, 150), QSize(2200, 1250)))
    QApplication.processEvents()
    settings = AppSettings.in_file(tmp_path / "docked.ini")
    settings.save_window(_on_a_screen_now_gone(QByteArray(big.saveGeometry()), QPoint(30000, 4000)), QByteArray())
    big.close()

    again = open_on(screen("1366x768", 1), settings=settings)
    there = again.screen().availableGeometry()
    assert there.contains(again.frameGeometry()), f"{again.frameGeometry()} runs off {there}"
    assert again.width() <= there.width() and again.height() <= there.height()


@pytest.mark.parametrize(
    ("rect", "available", "expected"),
    [
        (QRect(100, 100, 800, 600), QRect(0, 0, 1920, 1080), QRect(100, 100, 800, 600)),  # fits: untouched
        (QRect(100, 100, 2000, 1300), QRect(0, 0, 1366, 768), QRect(8, 8, 1350, 752)),  # larger: shrunk
        (QRect(5000, 3000, 800, 600), QRect(0, 0, 1366, 768), QRect(558, 160, 800, 600)),  # elsewhere: moved in
        (QRect(-900, -50, 800, 600), QRect(1366, 0, 1024, 768), QRect(1374, 8, 800, 600)),  # another screen's left
    ],
)
def test_clamping_a_saved_geometry_to_a_screen(rect, available, expected):
    assert clamped(rect, available) == expected


@pytest.mark.parametrize(
    ("available", "maximised"),
    [(QRect(0, 0, 800, 600), True), (QRect(0, 0, 1024, 768), True), (QRect(0, 0, 1366, 768), True),
     (QRect(0, 0, 1920, 1080), False), (QRect(0, 0, 2560, 1440), False), (QRect(0, 0, 1600, 1000), False)],
)
def test_the_first_size_comes_from_the_screen(available, maximised):
    rect, is_maximised = first_placement(available)
    assert is_maximised == maximised
    assert available.contains(rect)
    assert rect.center() == available.center() or abs(rect.center().x() - available.center().x()) <= 1
