"""The settings dialog: Word fonts per role from the installed fonts, saving off the UI thread, portal name."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from PySide6.QtWidgets import QDialog

from editor_app.render.docx.profile import ROLE_NAMES, ROLES
from editor_app.render.exporters import export_report
from editor_app.settings import Settings, load_settings
from editor_app.templates import SAMPLE_PATH, sample_report
from editor_app.ui.dialogs import SettingsDialog, installed_font_families


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


def test_font_rows_list_every_role_with_installed_fonts_chinese_first(qapp, qtbot):
    dialog = SettingsDialog(Settings(fonts={"正文": "AR PL UMing CN", "typo": "x"}))
    qtbot.addWidget(dialog)
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
    result = export_report(sample_report(), "docx", tmp_path / "out.docx", source=SAMPLE_PATH)
    assert result.warnings == []
    assert _normal_east_asia_font(tmp_path / "out.docx") == "AR PL UMing CN"
