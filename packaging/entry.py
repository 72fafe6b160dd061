"""The bundle's program: the same ``erasmus-planner`` command as an installed package's script.

A windowed build (Windows' ``Erasmus+ Consortium Planner.exe``, the macOS app) has no standard
output at all; writing there would fail, so it goes nowhere instead: the window says what matters.
"""

import os
import sys

if sys.stdout is None or sys.stderr is None:
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the life of the process)
    sys.stdout = sys.stdout or sink
    sys.stderr = sys.stderr or sink

from erasmus_planner.cli.main import main  # noqa: E402

raise SystemExit(main())
