"""Shared test set-up. Kept small: helpers live next to the tests that use them."""

from __future__ import annotations

import os

# Before anything imports Qt: widgets render off screen, on machines without a display too.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
