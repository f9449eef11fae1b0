"""The settings dialog (Word fonts per role, saving off the UI thread) and the preview choices kept in settings."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox, QToolButton

from editor_app.export import export_report
from editor_app.render.docx.profile import ROLE_NAMES, ROLES
from editor_app.settings import Settings, load_settings
from editor_app.templates import SAMPLE_PATH, sample_report
from editor_app.ui.app import Desk, create_application
from editor_app.ui.dialogs import SettingsDialog, installed_font_families
from editor_app.ui.preview import PreviewPane


def _normal_east_asia_font(path: Path) -> str:
    styles = zipfile.ZipFile(path).read("word/styles.xml").decode("utf-8")
    normal = re.search(r'<w:style [^>]*w:styleId="Normal".*?</w:style>', styles, re.S)
    assert normal is not None
    found = re.search(r'w:eastAsia="([^"]+)"', normal.group(0))
    assert found is not None
    return found.group(1)


def _save(qtbot, dialog: SettingsDialog) -> None:
    dialog._save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)


def test_font_rows_list_every_role_with_installed_fonts_chinese_first(qapp, qtbot, artifacts):
    dialog = SettingsDialog(Settings(fonts={"正文": "AR PL UMing CN", "typo": "x"}))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(artifacts / "settings-dialog.png"))
    assert list(dialog.font_boxes) == list(ROLES)
    assert dialog.role_labels() == ROLE_NAMES  # the same names the Word export's warnings use
    box = dialog.font_boxes["body"]
    assert box.currentText() == "AR PL UMing CN"  # a Chinese key written by hand shows in its row
    assert box.itemText(0) == ""  # empty: the profile's font
    families = installed_font_families()
    assert [box.itemText(i) for i in range(1, box.count())] == families
    assert (
        families[0].startswith(("AR PL", "Noto"))
        and "仿宋_GB2312" in dialog.font_boxes["body"].lineEdit().placeholderText()
    )
    assert dialog.chosen_fonts() == {"typo": "x", "body": "AR PL UMing CN"}


def test_font_chosen_in_the_dialog_reaches_the_word_body_style(qapp, qtbot, tmp_path):
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    body = dialog.font_boxes["body"]
    body.setCurrentIndex(body.findText("AR PL UMing CN"))
    _save(qtbot, dialog)
    assert load_settings()[0].fonts == {"body": "AR PL UMing CN"}
    report = sample_report()
    report.review.status = "approved"  # an approved report without findings: no review warning
    result = export_report(report, "docx", tmp_path / "out.docx", source=SAMPLE_PATH)
    # The chosen body font is installed, so no warning names it (the other roles' fonts may be missing here).
    assert not [warning for warning in result.warnings if "（正文" in warning or "AR PL UMing CN" in warning]
    assert _normal_east_asia_font(tmp_path / "out.docx") == "AR PL UMing CN"


def test_a_failed_save_says_why_and_keeps_the_dialog_open(qapp, qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("EDITOR_APP_CONFIG_DIR", str(blocker / "config"))  # cannot be created, even by root
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(title + text))
    settings = Settings()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit.setText("青溪县人民政府办公室")
    dialog._save()
    assert not dialog.buttons.isEnabled()  # the write runs off the UI thread; no second click meanwhile
    qtbot.waitUntil(lambda: bool(shown))
    assert "无法保存设置" in shown[0] and "设置没有保存" in shown[0]
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.buttons.isEnabled() and dialog.unit.text() == "青溪县人民政府办公室"  # nothing typed is lost
    assert settings.unit_name == ""  # the shared settings change only once they are on disk


def test_preview_theme_and_text_size_survive_a_restart(qapp, qtbot, monkeypatch):
    monkeypatch.setenv("EDITOR_APP_SIMPLE_PREVIEW", "1")
    create_application()
    desk = Desk(load_settings()[0])
    window = desk.show_window(sample_report(), None)
    other = desk.show_window(sample_report(), None)
    panes = [PreviewPane(), PreviewPane()]
    window.attach_preview(panes[0])
    other.attach_preview(panes[1])
    assert (panes[0].theme(), panes[0].text_size()) == ("county", "中")
    themes = panes[0].findChild(QComboBox)
    themes.setCurrentIndex(themes.findData("plain"))
    themes.activated.emit(themes.currentIndex())
    large = next(b for b in panes[0].findChildren(QToolButton) if b.text() == "大")
    qtbot.mouseClick(large, Qt.MouseButton.LeftButton)
    assert (panes[1].theme(), panes[1].text_size()) == ("plain", "大")  # the other window follows
    qtbot.waitUntil(lambda: (load_settings()[0].theme, load_settings()[0].preview_text_size) == ("plain", "大"))
    for each in (window, other):
        each.close()

    again = Desk(load_settings()[0]).show_window(sample_report(), None)  # the next start
    pane = PreviewPane()
    again.attach_preview(pane)
    assert (pane.theme(), pane.text_size()) == ("plain", "大")
    assert next(b for b in pane.findChildren(QToolButton) if b.text() == "大").isChecked()
    again.close()
