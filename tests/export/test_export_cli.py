"""``erasmus-planner export PLAN -o OUT.pdf [--paper a4|letter]``: exit 0 or 2, one line on error."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from briefing_plans import SAMPLE, scripts_plan

from erasmus_planner.cli.main import main
from erasmus_planner.interchange.plan_json import save


def run(argv: list[str]) -> int:
    """The exit code, whether ``main`` returns it or argparse exits with it."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.json"
    save(scripts_plan(), path)
    return path


def test_exports_a4_by_default_and_letter_on_request(plan_file: Path, tmp_path: Path) -> None:
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    assert run(["export", str(plan_file), "-o", str(a4)]) == 0
    assert run(["export", str(plan_file), "-o", str(letter), "--paper", "letter"]) == 0
    assert float(pypdf.PdfReader(io.BytesIO(a4.read_bytes())).pages[0].mediabox.height) == pytest.approx(
        841.89, abs=0.01
    )
    assert float(pypdf.PdfReader(io.BytesIO(letter.read_bytes())).pages[0].mediabox.height) == pytest.approx(792.0)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["{missing}", "-o", "{out}"], "no such file"),
        (["{bad}", "-o", "{out}"], "not valid JSON"),
        (["{plan}", "-o", "{tmp}/no-folder/out.pdf"], "does not exist"),
        (["{plan}", "-o", "{tmp}/out.txt"], "ending in .pdf"),
        (["{plan}", "-o", "{tmp}"], "ending in .pdf"),
        (["{plan}", "-o", "{out}", "--paper", "a3"], "invalid choice"),
        (["{plan}"], "required"),
    ],
    ids=["missing-plan", "malformed-plan", "missing-folder", "not-pdf", "folder", "bad-paper", "no-output"],
)
def test_bad_input_exits_2_with_one_clear_line_and_writes_nothing(
    args: list[str], expected: str, plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    values = {
        "missing": tmp_path / "missing.json",
        "bad": bad,
        "plan": plan_file,
        "out": tmp_path / "out.pdf",
        "tmp": tmp_path,
    }
    assert run(["export", *(a.format(**values) for a in args)]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert "Traceback" not in err
    message_lines = [line for line in err.splitlines() if not line.startswith("usage:")]
    assert len(message_lines) == 1, err
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.skipif(not SAMPLE.exists(), reason="the sample plan is not written yet")
def test_the_command_never_imports_qt(tmp_path: Path) -> None:
    out = tmp_path / "sample.pdf"
    code = (
        "import sys\n"
        "from erasmus_planner.cli.main import main\n"
        f"rc = main(['export', {str(SAMPLE)!r}, '-o', {str(out)!r}])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(rc, qt)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0 []"
    assert out.read_bytes().startswith(b"%PDF-")
