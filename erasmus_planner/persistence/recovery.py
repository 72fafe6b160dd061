"""Autosave for crash recovery: the window saves the plan being edited here every little while;
after a crash, the next open of that plan offers the recovered state.

Recovery files live in the user's state folder (platformdirs), one per plan, named by a hash of
the plan's absolute path, so a plan on a read-only share or a USB stick can still be recovered.
They hold the plan in the JSON format (plus partner identities) and are written atomically.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any, Final

from erasmus_planner.domain.errors import Message, PlanError
from erasmus_planner.domain.model import PartnerId, Plan
from erasmus_planner.interchange import plan_json
from erasmus_planner.interchange.files import atomic_write_bytes, os_problem

APP_NAME: Final = "erasmus-planner"
FORMAT: Final = "erasmus-planner-recovery"
VERSION: Final = 1
UNTITLED: Final = "untitled"


def default_folder() -> Path:
    import platformdirs

    return platformdirs.user_state_path(APP_NAME, appauthor=False) / "recovery"


def _sha256(data: bytes):  # type: ignore[no-untyped-def]
    """``hashlib.sha256(data)`` from Python's own built-in SHA-256 where it has one: the same
    digest (so recovery files keep their names), without ``hashlib`` loading OpenSSL (~2.5 ms)
    while a plan is opened before the window's first paint."""
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # Python 3.11
        except ImportError:  # a build without them
            from hashlib import sha256
    return sha256(data)


class RecoveryStore:
    """``save`` while editing, ``pending`` when opening, ``discard`` after a real save or a refusal."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_folder()

    def path_for(self, plan_path: str | os.PathLike[str] | None) -> Path:
        if plan_path is None:
            key = UNTITLED
        else:
            key = _sha256(str(Path(plan_path).absolute()).encode("utf-8")).hexdigest()[:32]
        return self.folder / f"{key}.recovery.json"

    def save(self, plan_path: str | os.PathLike[str] | None, plan: Plan) -> None:
        """Keep ``plan`` as the recovery state of ``plan_path`` (None: a plan never saved)."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "plan_path": None if plan_path is None else str(Path(plan_path).absolute()),
            "saved_at": time.time(),
            "partner_ids": [p.id for p in plan.partners],
            "plan": plan_json.plan_to_dict(plan),
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PlanError("the recovery folder cannot be created ({problem})", problem=os_problem(exc), source=str(self.folder)) from None
        atomic_write_bytes(self.path_for(plan_path), json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def pending(self, plan_path: str | os.PathLike[str] | None) -> Plan | None:
        """The autosaved plan when it is newer than the plan file (or the plan was never saved).

        A recovery file that cannot be read gives None: it must never stop the plan from opening.
        """
        try:
            data = json.loads(self.path_for(plan_path).read_text(encoding="utf-8"))
            saved_at = float(data["saved_at"])
            plan = plan_json.parse_plan(data["plan"])
        except (OSError, ValueError, KeyError, TypeError, PlanError):
            return None
        if plan_path is not None:
            try:
                if os.stat(plan_path).st_mtime >= saved_at:
                    return None  # saved for real after the last autosave
            except OSError:
                pass  # the plan file is gone: the recovery is all there is
        ids = data.get("partner_ids")
        if isinstance(ids, list) and len(ids) == len(plan.partners) and all(isinstance(i, str) for i in ids):
            plan = plan.with_changes(
                partners=tuple(p.with_changes(id=PartnerId(i)) for p, i in zip(plan.partners, ids))
            )
        return plan

    def discard(self, plan_path: str | os.PathLike[str] | None) -> None:
        # A recovery file that cannot be removed (gone, or its folder unusable) must never stop a
        # save or a close: at worst it is offered once more and refused.
        with contextlib.suppress(OSError):
            self.path_for(plan_path).unlink()
