"""Dialogs of the writing window: new document, recovery after a crash, settings, find and replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..render.text import render_text
from ..settings import Settings, save_settings
from ..store.recovery import RecoveryCopy, describe_difference
from ..templates import Template, list_templates
from .i18n import LANGUAGES


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
            header = self.tr("这是一份从未保存过的新文稿，以下是它的全部内容（+ 开头）：")
        else:
            header = self.tr("与已保存的文件相比（- 为文件中的旧内容，+ 为恢复副本中的内容）：")
        self.difference.setPlainText(header + "\n\n" + ("\n".join(lines) or self.tr("（没有差别）")))

    def _restore(self) -> None:
        self.chosen = [
            copy for i, copy in enumerate(self.copies) if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.accept()


class SettingsDialog(QDialog):
    """Office defaults, stored in settings.json in the config folder (IT may pre-seed that file)."""

    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("设置"))
        self.unit = QLineEdit(settings.unit_name)
        self.columns = QPlainTextEdit("\n".join(settings.columns))
        self.columns.setTabChangesFocus(True)
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
        self.fonts = QPlainTextEdit("\n".join(f"{role} = {font}" for role, font in settings.fonts.items()))
        self.fonts.setTabChangesFocus(True)
        self.fonts.setPlaceholderText(self.tr("每行一项，如：正文 = 仿宋_GB2312"))
        form = QFormLayout()
        for label, widget in (
            (self.tr("单位名称（默认来源单位）"), self.unit),
            (self.tr("栏目列表（每行一个）"), self.columns),
            (self.tr("默认模板"), self.template),
            (self.tr("自动保存间隔"), self.autosave),
            (self.tr("界面语言（重启后生效）"), self.language),
            (self.tr("导出字体对照"), self.fonts),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _save(self) -> None:
        fonts = {}
        for line in self.fonts.toPlainText().splitlines():
            role, _, font = line.partition("=")
            if role.strip() and font.strip():
                fonts[role.strip()] = font.strip()
        self.settings.unit_name = self.unit.text().strip()
        self.settings.columns = [line.strip() for line in self.columns.toPlainText().splitlines() if line.strip()]
        self.settings.default_template = self.template.currentData()
        self.settings.autosave_seconds = self.autosave.value()
        self.settings.language = self.language.currentData()
        self.settings.fonts = fonts
        try:
            save_settings(self.settings)
        except OSError as error:
            QMessageBox.critical(self, self.tr("无法保存设置"), str(error))
            return
        self.accept()


class FindReplaceDialog(QDialog):
    """Find and replace across the whole report, in reading order."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("查找和替换"))
        self.find_field = QLineEdit()
        self.replace_field = QLineEdit()
        self.status = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("查找"), self.find_field)
        form.addRow(self.tr("替换为"), self.replace_field)
        self.find_field.setAccessibleName(self.tr("查找"))
        self.replace_field.setAccessibleName(self.tr("替换为"))
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("上一个"), lambda: self._find(True)),
            (self.tr("下一个"), lambda: self._find(False)),
            (self.tr("替换"), self._replace),
            (self.tr("全部替换"), self._replace_all),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.find_field.returnPressed.connect(lambda: self._find(False))

    def _find(self, backwards: bool) -> None:
        found = self.window_.find_next(self.find_field.text(), backwards)
        self.status.setText("" if found else self.tr("没有找到"))

    def _replace(self) -> None:
        self.window_.replace_current(self.find_field.text(), self.replace_field.text())

    def _replace_all(self) -> None:
        count = self.window_.replace_everywhere(self.find_field.text(), self.replace_field.text())
        self.status.setText(self.tr("已在 {0} 处文字中替换").format(count))
