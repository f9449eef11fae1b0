"""Shared test set-up: headless Qt, isolated settings folders, and access to real external programs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tools import ARTIFACTS

# Qt must never try to open a display in tests; without this the run aborts on a machine with no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QtWebEngine refuses to start as root without these.
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "corpus" / "seed-article.txt"


@pytest.fixture(autouse=True)
def _isolated_app_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own settings, data, office-defaults and log folders: nothing touches the real ones."""
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("EDITOR_APP_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("EDITOR_APP_SITE_CONFIG_DIR", str(base / "site"))  # the office defaults of this machine
    monkeypatch.setenv("EDITOR_APP_LOG_DIR", str(base / "logs"))
    monkeypatch.setenv("EDITOR_APP_CACHE_DIR", str(base / "cache"))


@pytest.fixture
def seed_text() -> str:
    """The real county portal article from ../shared/corpus; skipped in a plain clone without it."""
    if not SEED_ARTICLE.is_file():
        pytest.skip(f"the shared corpus is not beside this clone ({SEED_ARTICLE} is absent)")
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def artifacts() -> Path:
    """A folder for screenshots and renderings a person can look at after the run."""
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Tear Qt down while Python is still alive, as the app does on quit (see ``ui.app.shutdown_qt``)."""
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    from editor_app.ui.app import shutdown_qt

    app = QApplication.instance()
    if app is not None:
        shutdown_qt(app)
