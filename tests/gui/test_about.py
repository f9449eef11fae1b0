"""帮助 → 关于 tells a user (and the IT person on the phone) the versions and where their files are."""

from __future__ import annotations

import platform

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QLabel

from editor_app import __version__
from editor_app.ui.about import AboutDialog


def _shown_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_shows_versions_and_the_folders_it_staff_ask_for(qtbot, tmp_path, monkeypatch, artifacts):
    monkeypatch.setenv("EDITOR_APP_LOG_DIR", str(tmp_path / "日志"))
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(artifacts / "about-dialog.png"))
    shown = _shown_text(dialog)
    assert dialog.windowTitle() == "关于稿件编辑台"
    assert f"稿件编辑台 {__version__}" in shown
    assert qVersion() in shown and platform.python_version() in shown
    for label, folder in (("设置文件夹", "config"), ("日志文件夹", "日志"), ("恢复副本文件夹", "recovery")):
        assert label + "：" in shown
        assert folder in dialog.rows[label]
    assert str(tmp_path / "日志") in shown


def test_copy_puts_the_facts_on_the_clipboard_for_a_ticket(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.copy_to_clipboard()
    copied = QApplication.clipboard().text()
    assert f"版本：{__version__}" in copied
    assert f"日志文件夹：{dialog.rows['日志文件夹']}" in copied
