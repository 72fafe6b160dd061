"""Where the sample plan is: in a source checkout (``examples/``) or an installed share folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

import erasmus_planner

SAMPLE_NAME: Final = "strategic-partnership-school-2019-eligible.json"


def example_folders() -> list[Path]:
    package = Path(erasmus_planner.__file__).resolve().parent
    return [
        package.parent / "examples",  # a checkout or an editable install
        package / "resources" / "examples",  # should the examples ever ship inside the package
        Path(sys.prefix) / "share" / "erasmus-planner" / "examples",
    ]


def sample_plan_path() -> Path | None:
    """The sample plan that "Open sample" opens, or None when this installation has none."""
    for folder in example_folders():
        candidate = folder / SAMPLE_NAME
        if candidate.is_file():
            return candidate
    return None
