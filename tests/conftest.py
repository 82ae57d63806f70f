"""Shared fixtures: paths to the bundled examples and to ../shared when it is there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("ACCORD_SHARED", ROOT.parent / "shared"))


@pytest.fixture
def shared() -> Path:
    """The project's shared development data; CI always has it beside the clone."""
    if not (SHARED / "gold" / "dev").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED}/gold/dev is missing: CI must have ../shared beside the clone")
        pytest.skip(f"{SHARED} not found (set ACCORD_SHARED)")
    return SHARED
