"""UI language through Qt's translation mechanism: Chinese source strings, English as a translation.

The ``.ts`` sources live in ``resources/translations``; the build compiles them to ``.qm`` with
``python -m editor_app.ui.i18n`` (which runs ``pyside6-lrelease``). Without a ``.qm`` the UI stays Chinese.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resource_path

TRANSLATIONS = resource_path("translations")
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"editor_app_{language}.qm"


def install_translator(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own translation for ``language`` (standard buttons and dialogs) and ours: the whole UI for
    English, and for Chinese (the source language) the few labels Qt's translation misses. Returns the
    installed translators; a missing ``.qm`` leaves the UI in Chinese."""
    locale = QLocale(language)
    QLocale.setDefault(locale)
    installed = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)  # English: the whole UI; Chinese: only what Qt's own translation leaves in English
    if ours.load(str(qm_path(language))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def compile_translations() -> list[Path]:
    """Compile every ``.ts`` to ``.qm`` beside it with pyside6-lrelease. Raises RuntimeError if it fails."""
    import shutil
    import subprocess  # for the build only: the app's start does without

    beside_python = Path(sys.executable).with_name("pyside6-lrelease")  # in a venv that is not on PATH
    tool = str(beside_python) if beside_python.is_file() else shutil.which("pyside6-lrelease")
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found (it ships with PySide6-Essentials)")
    built = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    for path in compile_translations():
        print(path)
    sys.exit(0)
