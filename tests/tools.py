"""External programs the tests drive (LibreOffice, Chromium, pyside6-lupdate), found or skipped with the reason.

A module of its own, not in a conftest: ``tests/`` and ``tests/gui/`` both have a ``conftest.py``, and an import
of ``conftest`` finds whichever was loaded last.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest


def require_tool(name: str) -> str:
    """The path of an external program, or skip (fail under CI, where every tool must be installed)."""
    # Tools that pip installs beside the interpreter (pyside6-lupdate) are found without an activated venv.
    path = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if path:
        return path
    message = f"{name} is not installed (see packaging/debian-packages.txt)"
    if os.environ.get("EDITOR_APP_REQUIRE_TOOLS"):
        pytest.fail(message)
    pytest.skip(message)
