"""Helpers for the desktop-integration tests: the freedesktop tools they check against."""

from __future__ import annotations

import os
import shutil

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def required_tool(name: str, package: str) -> str:
    """The tool's path; skipped where it is not installed — except in CI, where .ci/run installs
    ``package`` and a missing tool is a failure (the check must never quietly not happen there)."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (Debian package {package})"
        if in_ci():
            pytest.fail(message + "; .ci/run installs it, so this CI machine is not set up as it should be")
        pytest.skip(message)
    return path
