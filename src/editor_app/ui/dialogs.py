"""Dialogs of the writing window: new document, recovery after a crash, settings (find and replace: ``find``)."""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..compare import describe_difference
from ..model.records import fields
from ..office import load_profile
from ..render.docx.profile import DEFAULT_PROFILE, ROLES, ProfileError, role_key
from ..render.text import render_text
from ..settings import Settings, save_settings
from ..store.recovery import RecoveryCopy
from ..templates import Template, list_templates
from .i18n import LANGUAGES
from .style import HINT
from .workers import Background, settings_writer


class NewDocumentDialog(QDialog):
    """Templates with their description and skeleton, and the recent documents, one click away."""

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建文稿"))
        self.resize(900, 560)
        self.chosen_template: Template | None = None
        self.chosen_path: Path | None = None
        self.templates = list_templates()

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("模板"))
        for template in self.templates:
            self.list.addItem(template.name)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.skeleton = QPlainTextEdit()
        self.skeleton.setReadOnly(True)
        self.skeleton.setAccessibleName(self.tr("模板骨架预览"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("最近的文稿"))
        for name in settings.recent_files:
            item = QListWidgetItem(Path(name).name)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.recent.addItem(item)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.description)
        right_layout.addWidget(self.skeleton, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("模板")))
        left_layout.addWidget(self.list, 2)
        left_layout.addWidget(QLabel(self.tr("最近的文稿（双击打开）")))
        left_layout.addWidget(self.recent, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 600])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        create = buttons.addButton(self.tr("用此模板新建"), QDialogButtonBox.ButtonRole.AcceptRole)
        create.setDefault(True)
        buttons.accepted.connect(self._create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

        self.list.currentRowChanged.connect(self._show_template)
        self.list.itemDoubleClicked.connect(lambda _: self._create())
        self.recent.itemActivated.connect(self._open_recent)
        self.recent.itemDoubleClicked.connect(self._open_recent)
        ids = [t.id for t in self.templates]
        self.list.setCurrentRow(ids.index(settings.default_template) if settings.default_template in ids else 0)

    def _show_template(self, row: int) -> None:
        if 0 <= row < len(self.templates):
            template = self.templates[row]
            self.description.setText(template.description)
            self.skeleton.setPlainText(render_text(template.create()))

    def _create(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.templates):
            self.chosen_template = self.templates[row]
            self.accept()

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.chosen_path = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()


class RecoveryDialog(QDialog):
    """After a crash: the documents that were being written, what differs from the saved file, and a choice."""

    def __init__(self, copies: list[RecoveryCopy], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("恢复未保存的文稿"))
        self.resize(820, 520)
        self.copies = copies
        self.chosen: list[RecoveryCopy] | None = None  # None: decide later, keep every copy

        intro = QLabel(self.tr("稿件编辑台上次没有正常关闭。以下文稿有自动保存的内容，可以恢复："))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("可恢复的文稿"))
        for copy in copies:
            where = str(copy.original) if copy.original else self.tr("未保存过的新文稿")
            item = QListWidgetItem(
                f"{copy.title or self.tr('（无标题）')}\n{where}　{copy.saved[:16].replace('T', ' ')}"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.difference = QPlainTextEdit()
        self.difference.setReadOnly(True)
        self.difference.setAccessibleName(self.tr("与已保存文件的差别"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.difference)
        buttons = QDialogButtonBox()
        restore = buttons.addButton(self.tr("恢复勾选的文稿"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setDefault(True)
        later = buttons.addButton(self.tr("以后再说"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._restore)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(QLabel(self.tr("未勾选的副本将被删除。")))
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show_difference)
        self.list.setCurrentRow(0)

    def _show_difference(self, row: int) -> None:
        if not 0 <= row < len(self.copies):
            return
        copy = self.copies[row]
        try:
            lines = describe_difference(copy.load(), copy.original)
        except Exception as error:  # a damaged copy is shown as such, never crashes the start
            self.difference.setPlainText(self.tr("恢复副本无法读取：{0}").format(error))
            return
        if copy.original is None:
            header = self.tr("这是一份从未保存过的新文稿，以下是它的全部内容：")
        else:
            header = self.tr("恢复的副本与已保存的文件有这些不同：")
        labels = (self.tr("已保存的文件："), self.tr("恢复的副本："))
        text = "\n".join(readable_difference(lines, labels, new=copy.original is None))
        self.difference.setPlainText(header + "\n\n" + (text or self.tr("（没有差别）")))

    def _restore(self) -> None:
        self.chosen = [
            copy for i, copy in enumerate(self.copies) if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.accept()


def readable_difference(lines: list[str], labels: tuple[str, str], *, new: bool) -> list[str]:
    """``describe_difference`` as a writer reads it. Unified-diff lines lose their markers (``---``, ``+++``,
    ``@@``); a paragraph the same on both sides is not listed; each change reads "已保存的文件：…" then "恢复的
    副本：…" (a new document: its paragraphs as they are). Lines in any other shape are shown as given."""
    if not any(line.startswith("@@") for line in lines):
        return lines
    shown: list[str] = []
    hunks: list[tuple[list[str], list[str]]] = []
    for line in lines:
        if line.startswith("@@"):
            hunks.append(([], []))
        elif hunks and line[:1] in "-+" and not line.startswith(("---", "+++")):
            hunks[-1][line[0] == "+"].append(line[1:].strip())  # without the paragraph's 　　 indent
    for old, added in hunks:
        same = [text for text in old if text in added]
        old, added = [t for t in old if t not in same], [t for t in added if t not in same]
        if new:
            shown += added
            continue
        shown += [labels[0] + text for text in old] + [labels[1] + text for text in added]
        if old or added:
            shown.append("")
    return shown[:-1] if shown and shown[-1] == "" else shown


def installed_font_families() -> list[str]:
    """The fonts Word could use on this machine: Chinese fonts first, then the rest, each alphabetically."""
    families = [name for name in QFontDatabase.families() if not QFontDatabase.isPrivateFamily(name)]
    chinese = QFontDatabase.WritingSystem.SimplifiedChinese
    return sorted(set(families), key=lambda name: (chinese not in QFontDatabase.writingSystems(name), name.lower()))


class SettingsDialog(QDialog):
    """Office defaults, stored in settings.json in the config folder (IT may pre-seed that file)."""

    def __init__(self, settings: Settings, parent=None, *, writer: Background | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.writer = writer or settings_writer(self)  # the desk's writer keeps every settings write in order
        self.setWindowTitle(self.tr("设置"))
        self.resize(900, 400)
        self.unit = QLineEdit(settings.unit_name)
        self.portal = QLineEdit(settings.portal_name)
        self.portal.setPlaceholderText(self.tr("留空则按来源单位推断"))
        self.portal.setToolTip(self.tr("显示在预览和导出网页的页头、页脚，如“青溪县人民政府门户网站”"))
        self.columns = QPlainTextEdit("\n".join(settings.columns))
        self.columns.setTabChangesFocus(True)
        self.columns.setFixedHeight(96)
        self.template = QComboBox()
        self.templates = list_templates()
        for template in self.templates:
            self.template.addItem(template.name, template.id)
        self.template.setCurrentIndex(max(0, self.template.findData(settings.default_template)))
        self.autosave = QSpinBox()
        self.autosave.setRange(1, 600)
        self.autosave.setSuffix(self.tr(" 秒"))
        self.autosave.setValue(settings.autosave_seconds)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        general = QFormLayout()
        general.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, widget in (
            (self.tr("单位名称（默认来源单位）"), self.unit),
            (self.tr("门户网站名称"), self.portal),
            (self.tr("栏目列表（每行一个）"), self.columns),
            (self.tr("默认模板"), self.template),
            (self.tr("自动保存间隔"), self.autosave),
            (self.tr("界面语言（重启后生效）"), self.language),
        ):
            general.addRow(label, widget)
            widget.setAccessibleName(label)

        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addLayout(general)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addSpacing(12)
        columns.addWidget(self._font_group(settings), 6)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def role_labels(self) -> dict[str, str]:
        """What each Word font role is called (the Chinese names are render.docx.profile.ROLE_NAMES)."""
        return {
            "title": self.tr("标题"),
            "body": self.tr("正文"),
            "level1": self.tr("一级标题"),
            "level2": self.tr("二级标题"),
            "level3": self.tr("三级标题"),
            "level4": self.tr("四级标题"),
            "page_number": self.tr("页码"),
            "latin": self.tr("数字和西文"),
        }

    def _font_group(self, settings: Settings) -> QGroupBox:
        """One row per font role: an editable list of the installed fonts; empty keeps the profile's font."""
        try:
            profile = load_profile(settings.word_profile)
        except ProfileError:
            profile = load_profile(DEFAULT_PROFILE)
        defaults = {role: choices[0] for role, choices in profile.font_choices.items()}
        families = installed_font_families()
        installed = set(families)
        chosen = {role_key(key): name for key, name in settings.fonts.items() if role_key(key) is not None}
        self._font_model = QStringListModel(["", *families], self)
        self.font_boxes: dict[str, QComboBox] = {}
        group = QGroupBox(self.tr("Word 导出字体"))
        outer = QVBoxLayout(group)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        hint = QLabel(
            self.tr("留空即用 Word 版式“{0}”的字体。本机没有的字体，Word 会用别的字体代替，换行位置随之变化。").format(
                profile.name
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        hint.setStyleSheet(HINT)
        outer.addWidget(hint)
        outer.addLayout(form)
        outer.addStretch(1)
        labels = self.role_labels()
        for role in ROLES:
            box = QComboBox()
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.setModel(self._font_model)
            box.setMaxVisibleItems(16)
            box.setMinimumContentsLength(18)
            box.setEditText(chosen.get(role, ""))
            default = defaults[role]
            placeholder = self.tr("默认：{0}").format(default)
            if default not in installed:
                placeholder += self.tr("（本机未安装）")
            box.lineEdit().setPlaceholderText(placeholder)
            box.setAccessibleName(self.tr("{0}字体").format(labels[role]))
            box.setToolTip(placeholder)
            form.addRow(labels[role], box)
            self.font_boxes[role] = box
        return group

    def chosen_fonts(self) -> dict[str, str]:
        """Role key → font for every role given a font; keys that name no role are kept as IT wrote them."""
        fonts = {key: name for key, name in self.settings.fonts.items() if role_key(key) is None}
        fonts.update(
            {role: box.currentText().strip() for role, box in self.font_boxes.items() if box.currentText().strip()}
        )
        return fonts

    def edited_settings(self) -> Settings:
        """A copy of the settings with the dialog's values; the shared settings change only once it is saved."""
        edited = deepcopy(self.settings)
        edited.unit_name = self.unit.text().strip()
        edited.portal_name = self.portal.text().strip()
        edited.columns = [line.strip() for line in self.columns.toPlainText().splitlines() if line.strip()]
        edited.default_template = self.template.currentData()
        edited.autosave_seconds = self.autosave.value()
        edited.language = self.language.currentData()
        edited.fonts = self.chosen_fonts()
        return edited

    def _save(self) -> None:
        """Write settings.json on the settings thread; close only once it is written, else say why and stay."""
        edited = self.edited_settings()
        self.buttons.setEnabled(False)

        def done(_) -> None:
            for item in fields(Settings):
                setattr(self.settings, item.name, getattr(edited, item.name))
            self.buttons.setEnabled(True)
            self.accept()

        def failed(error: Exception) -> None:
            self.buttons.setEnabled(True)
            QMessageBox.critical(
                self,
                self.tr("无法保存设置"),
                self.tr("设置没有保存：{0}\n请检查配置文件夹能否写入，或把设置另行告知信息中心。").format(error),
            )

        self.writer.run(lambda: save_settings(edited), done, failed)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # never close while the settings are being written
            super().reject()
