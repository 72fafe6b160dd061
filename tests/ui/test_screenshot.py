"""``erasmus-planner screenshot``: the real window, rendered off screen to a PNG."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from erasmus_planner.cli.main import main
from erasmus_planner.cli.screenshot_command import parse_size
from erasmus_planner.domain.errors import PlanError


def test_screenshot_writes_a_png_of_the_requested_size(qapp, tmp_path, sample_path, capsys):
    out = tmp_path / "window.png"
    assert main(["screenshot", str(sample_path), "-o", str(out), "--size", "1024x700"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 700)
    # Not a blank picture: the window has many colours (text, icons, the green verdict).
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 700, 16)}
    assert len(colours) > 8
    assert capsys.readouterr().err == ""


def test_presentation_mode_renders_larger_text(qapp, tmp_path, sample_path):
    normal, large = tmp_path / "n.png", tmp_path / "p.png"
    assert main(["screenshot", str(sample_path), "-o", str(normal)]) == 0
    assert main(["screenshot", str(sample_path), "-o", str(large), "--presentation"]) == 0
    assert normal.read_bytes() != large.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--size", "big"], "not WIDTHxHEIGHT"),
        (["--size", "100x100"], "outside"),
        (["-o", "/no/such/folder/x.png"], "folder does not exist"),
        (["-o", "{tmp}/x.jpg"], "ending in .png"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(qapp, tmp_path, sample_path, capsys, args, message):
    argv = ["screenshot", str(sample_path), "-o", str(tmp_path / "x.png")]
    argv += [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert not (tmp_path / "x.png").exists()


def test_a_plan_that_cannot_be_read_names_the_file(qapp, tmp_path, capsys):
    plan = tmp_path / "nope.json"
    plan.write_text("[]", encoding="utf-8")
    assert main(["screenshot", str(plan), "-o", str(tmp_path / "x.png")]) == 2
    assert "nope.json" in capsys.readouterr().err


def test_size_parsing_accepts_common_spellings():
    assert parse_size("1400x900") == (1400, 900)
    assert parse_size(" 800 × 600 ") == (800, 600)
    with pytest.raises(PlanError):
        parse_size("1400")
