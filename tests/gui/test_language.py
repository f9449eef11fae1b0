"""The UI is Chinese by default and English through Qt's translation files."""

import pytest
from PySide6.QtWidgets import QApplication

from editor_app.settings import Settings
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application
from editor_app.ui.i18n import compile_translations, install_translator, qm_path


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.fixture
def english(qapp):
    if not qm_path("en").is_file():
        compile_translations()
    app = create_application()
    installed = install_translator(app, "en")
    yield installed
    for translator in installed:
        QApplication.removeTranslator(translator)


def test_default_ui_is_chinese(window):
    assert menu_titles(window)[:3] == ["文件(&F)", "编辑(&E)", "结构(&S)"]
    assert window.windowTitle().endswith("稿件编辑台")


def test_english_translation_changes_menus_and_labels(english):
    assert any("editor_app_en" in t.filePath() for t in english)
    window = Desk(Settings(language="en")).show_window(sample_report(), None)
    assert menu_titles(window)[:4] == ["&File", "&Edit", "&Structure", "&View"]
    assert window.outline_dock.windowTitle() == "Outline"
    assert window.windowTitle().endswith("Editorial Desk")
    assert window.report().meta.title.startswith("聚焦")  # the report itself is never translated
    window.close()


def test_every_ui_string_has_an_english_translation(tmp_path):
    """lupdate over the UI code finds no string the English .ts leaves untranslated."""
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET

    from editor_app.resources import resource_path
    from tools import require_tool

    tool = require_tool("pyside6-lupdate")
    copy = tmp_path / "editor_app_en.ts"
    shutil.copy(resource_path("translations", "editor_app_en.ts"), copy)
    sources = sorted(str(p) for p in resource_path().parent.joinpath("ui").rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(copy)], check=True, capture_output=True)
    untranslated = [
        message.findtext("source")
        for message in ET.parse(copy).iter("message")
        if message.find("translation").get("type") == "unfinished" or not message.findtext("translation")
    ]
    assert untranslated == []


def test_standard_file_dialog_shows_no_english_in_the_chinese_ui(qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    if not qm_path("zh_CN").is_file():
        compile_translations()
    installed = install_translator(create_application(), "zh_CN")
    try:
        dialog = QFileDialog(None, "导出")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
        assert not any(text.isascii() and any(c.isalpha() for c in text) for text in labels)
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
