"""Keep ``None`` alive whatever the Qt binding does to its reference count.

PySide6 6.12.0 releases a reference to ``None`` on every call of a method that returns nothing
(``label.setText(…)``, ``processEvents()``). From Python 3.12 ``None`` is immortal and that costs
nothing; on Python 3.11 its count falls with every call, and when it reaches zero the process
dies on the spot ("Fatal Python error: none_dealloc") — no crash dialog, no recovery file, after
a few thousand calls in a small script or a long afternoon in the planner.

The guard does what Python 3.12 does: it gives ``None`` so many references (2**40; a binding
dropping one per microsecond would need twelve days) that no defect of that kind can use them up.
It changes only the count of the one object that is never freed anyway, and only where its count
can be read back as written.
"""

from __future__ import annotations

import sys
from typing import Final

EXTRA_REFERENCES: Final = 1 << 40
_guarded = False


def keep_none_alive() -> bool:
    """Raise ``None``'s reference count once per process on Python before 3.12. True when done
    (or not needed)."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12):
        return True
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt: a PyObject's first field
    before = sys.getrefcount(None)
    count.value += EXTRA_REFERENCES
    # Read back (give or take the few references the interpreter itself takes meanwhile): a
    # build where the count is not that field gets its value back untouched.
    if abs(sys.getrefcount(None) - before - EXTRA_REFERENCES) > 64:
        count.value -= EXTRA_REFERENCES
        return False
    _guarded = True
    return True
