"""Keep ``None``, ``True`` and ``False`` alive whatever the Qt binding does to their counts.

PySide6 6.12.0 releases a reference it does not own on some of its most common calls: to
``None`` on every method that returns nothing (``label.setText(…)``, ``processEvents()``), and
to ``True`` on every ``signal.emit(…)`` and ``signal.disconnect(…)`` made from Python. From
Python 3.12 these objects are immortal and that costs nothing; on Python 3.11 their counts fall
with every call, and when one reaches zero the process dies on the spot ("Fatal Python error:
none_dealloc" or "bool_dealloc") — no crash dialog, no recovery file, after a few hundred
signals in a small script or a long afternoon in the planner, or while Python shuts down.

The guard does what Python 3.12 does: it gives each of them so many references (2**40; a
binding dropping one per microsecond would need twelve days) that no defect of that kind can use
them up. It changes only the counts of objects that are never freed anyway, and only where a
count can be read back as written.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Final

EXTRA_REFERENCES: Final = 1 << 40
GUARDED: Final = (None, True, False)
_guarded = False


def _raise_count(obj: object) -> bool:
    count = _ssize_t().from_address(id(obj))  # ob_refcnt: a PyObject's first field
    before = sys.getrefcount(obj)
    count.value += EXTRA_REFERENCES
    # Read back (give or take the few references the interpreter itself takes meanwhile): a
    # build where the count is not that field gets its value back untouched.
    if abs(sys.getrefcount(obj) - before - EXTRA_REFERENCES) > 64:
        count.value -= EXTRA_REFERENCES
        return False
    return True


def keep_singletons_alive() -> bool:
    """Raise the reference counts of ``None``, ``True`` and ``False`` once per process on
    Python before 3.12. True when done (or not needed)."""
    global _guarded
    if _guarded or sys.version_info >= (3, 12):
        return True
    _guarded = all([_raise_count(obj) for obj in GUARDED])
    return _guarded


@cache
def _ssize_t() -> type:
    """``ctypes.c_ssize_t`` made from ``_ctypes`` alone: the ``ctypes`` package defines some forty
    classes on import (~1.5 ms of the window's start); this needs one. A ``Py_ssize_t`` is as wide
    as a pointer on every platform Python runs on."""
    import struct
    from _ctypes import _SimpleCData

    class c_ssize_t(_SimpleCData):  # noqa: N801 - the name ctypes gives it
        _type_ = "q" if struct.calcsize("P") == 8 else "i"

    return c_ssize_t
