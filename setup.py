"""Build step the declarative pyproject.toml cannot say: the sample plans of ``examples/`` (the
checkout's, which the tests, the Makefile and the documentation use) are copied into the
package, ``erasmus_planner/resources/examples/``, so that "Open sample" in the welcome view and
the README's first steps work after ``pip install .`` or from a frozen build. Everything else
about the package is in pyproject.toml."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

EXAMPLES = Path(__file__).resolve().parent / "examples"


class BuildWithSamples(build_py):
    def run(self) -> None:
        super().run()
        if not EXAMPLES.is_dir():  # an sdist without them: the package still builds
            return
        target = Path(self.build_lib) / "erasmus_planner" / "resources" / "examples"
        target.mkdir(parents=True, exist_ok=True)
        for plan in sorted(EXAMPLES.glob("*.json")):
            shutil.copy2(plan, target / plan.name)


setup(cmdclass={"build_py": BuildWithSamples})
