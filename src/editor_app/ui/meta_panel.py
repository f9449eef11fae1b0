"""The report's meta fields (column, source, author, publish time, keywords, summary, number), folded
under the title in the reading column: what the portal shows around the article and the CMS takes apart.

The official document's elements (版头, 主送, 附注, 版记, 纪要 lists) fold once more inside it, under 公文要素, so
the panel stays short for writers of portal articles. Folded, the panel is only its toggle: the fields are built when
it is first unfolded (about 10 ms of the window's first start, issue #13), filled from the last report shown; the
fields' classes (PySide makes each when first asked for), the clock and the date rules are imported there too."""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..model.patterns import lazy_pattern
from ..model.report import Meta, meta_fields
from .style import META_PANEL

COLUMN_SEPARATOR = " > "
_LIST_SPLIT = lazy_pattern(r"\s*[,，、;；]\s*")


def column_text(column: list[str]) -> str:
    return COLUMN_SEPARATOR.join(column)


def column_list(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\s*[>＞›/]\s*", text) if part.strip()]


def keywords_list(text: str) -> list[str]:
    return [part for part in _LIST_SPLIT.split(text.strip()) if part]


# (attr, label, placeholder) of the 公文要素 group; list fields are typed as one line split by 、，；
OFFICIAL_FIELDS = (
    (
        "issuer",
        QT_TRANSLATE_NOOP("MetaPanel", "发文机关标志"),
        QT_TRANSLATE_NOOP("MetaPanel", "如 青溪县农业农村局文件；联合发文用顿号分隔"),
    ),
    ("signers", QT_TRANSLATE_NOOP("MetaPanel", "签发人"), QT_TRANSLATE_NOOP("MetaPanel", "上行文填写，多人用顿号分隔")),
    ("copy_number", QT_TRANSLATE_NOOP("MetaPanel", "份号"), QT_TRANSLATE_NOOP("MetaPanel", "6 位数字，如 000123")),
    ("secrecy", QT_TRANSLATE_NOOP("MetaPanel", "密级和保密期限"), QT_TRANSLATE_NOOP("MetaPanel", "如 秘密★1年")),
    ("urgency", QT_TRANSLATE_NOOP("MetaPanel", "紧急程度"), QT_TRANSLATE_NOOP("MetaPanel", "特急 或 加急")),
    (
        "recipients",
        QT_TRANSLATE_NOOP("MetaPanel", "主送机关"),
        QT_TRANSLATE_NOOP("MetaPanel", "如 各乡镇人民政府，县直各单位"),
    ),
    (
        "note",
        QT_TRANSLATE_NOOP("MetaPanel", "附注"),
        QT_TRANSLATE_NOOP("MetaPanel", "如 （联系人：张某，电话：12345678）"),
    ),
    ("cc", QT_TRANSLATE_NOOP("MetaPanel", "抄送机关"), QT_TRANSLATE_NOOP("MetaPanel", "用顿号或逗号分隔")),
    ("printed_by", QT_TRANSLATE_NOOP("MetaPanel", "印发机关"), ""),
    ("printed_date", QT_TRANSLATE_NOOP("MetaPanel", "印发日期"), QT_TRANSLATE_NOOP("MetaPanel", "如 2026年11月20日")),
    ("present", QT_TRANSLATE_NOOP("MetaPanel", "出席（纪要）"), QT_TRANSLATE_NOOP("MetaPanel", "用顿号分隔")),
    ("absent", QT_TRANSLATE_NOOP("MetaPanel", "请假（纪要）"), QT_TRANSLATE_NOOP("MetaPanel", "用顿号分隔")),
    ("attending", QT_TRANSLATE_NOOP("MetaPanel", "列席（纪要）"), QT_TRANSLATE_NOOP("MetaPanel", "用顿号分隔")),
)
LIST_FIELDS = {name for name, is_list in meta_fields() if is_list}


class MetaPanel(QFrame):
    """Emits ``changed(attr, value)`` for each user edit; ``show_meta`` refreshes without emitting."""

    changed = Signal(str, object)
    problem = Signal(str)

    def __init__(self, columns: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("metaPanel")
        self.setStyleSheet(META_PANEL)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setText(self.tr("稿件信息（栏目、来源、作者、发布时间、关键词、摘要、文号）"))
        self.toggle.setAccessibleName(self.tr("展开或收起稿件信息"))
        self.toggle.toggled.connect(self._fold)
        self.body: QWidget | None = None  # the fields, built at the first unfold
        self._columns = columns
        self._meta: Meta | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.addWidget(self.toggle)

    def _build(self) -> None:
        """The fields under the toggle, in Tab order after it, showing the last report given to ``show_meta``."""
        from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QPushButton

        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(8, 4, 8, 8)

        self.subtitle = QLineEdit()
        self.column = QComboBox()
        self.column.setEditable(True)
        self.column.addItems(self._columns)
        self.source = QLineEdit()
        self.author = QLineEdit()
        self.published = QLineEdit()
        self.published.setPlaceholderText(self.tr("如 2026-11-20 10:30"))
        self.now = now = QPushButton(self.tr("现在"))
        now.setAccessibleName(self.tr("发布时间设为现在"))
        now.clicked.connect(self._now)
        published_row = QHBoxLayout()
        published_row.addWidget(self.published, 1)
        published_row.addWidget(now)
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(self.tr("用顿号或逗号分隔"))
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(64)
        self.document_number = QLineEdit()
        self.date_problem = QLabel()
        self.date_problem.setObjectName("problem")
        self.date_problem.hide()

        rows = [
            (self.tr("副标题"), self.subtitle),
            (self.tr("栏目"), self.column),
            (self.tr("来源单位"), self.source),
            (self.tr("作者"), self.author),
            (self.tr("发布时间"), published_row),
            ("", self.date_problem),
            (self.tr("关键词"), self.keywords),
            (self.tr("摘要"), self.summary),
            (self.tr("文号"), self.document_number),
        ]
        for label, field in rows:
            form.addRow(label, field)
            if isinstance(field, QWidget) and label:
                field.setAccessibleName(label)
        self.published.setAccessibleName(self.tr("发布时间"))

        self.official_toggle = QToolButton()
        self.official_toggle.setCheckable(True)
        self.official_toggle.setAutoRaise(True)
        self.official_toggle.setText(self.tr("公文要素（版头、主送、附注、版记）"))
        self.official_toggle.setAccessibleName(self.tr("展开或收起公文要素"))
        self.official = QWidget()
        official_form = QFormLayout(self.official)
        official_form.setContentsMargins(0, 0, 0, 0)
        self.official_edits: dict[str, QLineEdit] = {}
        for attr, label, placeholder in OFFICIAL_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(attr)
            edit.setPlaceholderText(QCoreApplication.translate("MetaPanel", placeholder) if placeholder else "")
            edit.setAccessibleName(QCoreApplication.translate("MetaPanel", label))
            edit.textEdited.connect(lambda text, attr=attr: self.changed.emit(attr, self._value(attr, text)))
            official_form.addRow(QCoreApplication.translate("MetaPanel", label), edit)
            self.official_edits[attr] = edit
        self.official.hide()
        self.official_toggle.toggled.connect(self.official.setVisible)
        form.addRow(self.official_toggle)
        form.addRow(self.official)

        self.layout().addWidget(self.body)

        self.subtitle.textEdited.connect(lambda text: self.changed.emit("subtitle", text))
        self.column.lineEdit().textEdited.connect(lambda text: self.changed.emit("column", column_list(text)))
        self.column.activated.connect(lambda _: self.changed.emit("column", column_list(self.column.currentText())))
        self.source.textEdited.connect(lambda text: self.changed.emit("source", text))
        self.author.textEdited.connect(lambda text: self.changed.emit("author", text))
        self.published.textEdited.connect(lambda text: self.changed.emit("published", text.strip()))
        self.published.editingFinished.connect(self._check_published)
        self.keywords.textEdited.connect(lambda text: self.changed.emit("keywords", keywords_list(text)))
        self.summary.textChanged.connect(self._summary_changed)
        self.document_number.textEdited.connect(lambda text: self.changed.emit("document_number", text))
        self._loading = False
        chain = self.focus_chain()
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        if self._meta is not None:
            self.show_meta(self._meta)

    def set_columns(self, columns: list[str]) -> None:
        """Offer a new list of the office's columns, keeping the report's own column as it is."""
        self._columns = columns
        if self.body is None:
            return
        current = self.column.currentText()
        self.column.clear()
        self.column.addItems(columns)
        self.column.setEditText(current)

    def focus_chain(self) -> list[QWidget]:
        """The panel's fields in the order Tab should visit them (only the toggle while they are not built)."""
        if self.body is None:
            return [self.toggle]
        return [
            self.toggle,
            self.subtitle,
            self.column,
            self.source,
            self.author,
            self.published,
            self.now,
            self.keywords,
            self.summary,
            self.document_number,
            self.official_toggle,
            *self.official_edits.values(),
        ]

    @staticmethod
    def _value(attr: str, text: str) -> str | list[str]:
        return keywords_list(text) if attr in LIST_FIELDS else text

    def _fold(self, open_: bool) -> None:
        if self.body is None:
            self._build()
        self.body.setVisible(open_)

    def unfold(self) -> None:
        self.toggle.setChecked(True)

    def _summary_changed(self) -> None:
        if not self._loading:
            self.changed.emit("summary", self.summary.toPlainText())

    def _now(self) -> None:
        from datetime import datetime

        text = datetime.now().strftime("%Y-%m-%d %H:%M")
        self.published.setText(text)
        self.changed.emit("published", text)
        self._check_published()

    def _check_published(self) -> None:
        from ..model.dates import normalize_published

        try:
            normal = normalize_published(self.published.text())
        except ValueError as error:
            self.date_problem.setText(str(error))
            self.date_problem.show()
            self.problem.emit(str(error))
            return
        self.date_problem.hide()
        if normal != self.published.text():
            self.published.setText(normal)
            self.changed.emit("published", normal)

    def show_meta(self, meta: Meta) -> None:
        """Refresh every field from the model (after undo or on opening), leaving unchanged ones alone."""
        self._meta = meta
        if self.body is None:
            return
        self._loading = True
        try:
            for widget, value in (
                (self.subtitle, meta.subtitle),
                (self.source, meta.source),
                (self.author, meta.author),
                (self.published, meta.published),
                (self.document_number, meta.document_number),
            ):
                if widget.text() != value:
                    widget.setText(value)
            if column_list(self.column.currentText()) != meta.column:
                self.column.setEditText(column_text(meta.column))
            if keywords_list(self.keywords.text()) != meta.keywords:
                self.keywords.setText("、".join(meta.keywords))
            if self.summary.toPlainText() != meta.summary:
                self.summary.setPlainText(meta.summary)
            for attr, edit in self.official_edits.items():
                value = getattr(meta, attr)
                if self._value(attr, edit.text()) != value:
                    edit.setText("、".join(value) if attr in LIST_FIELDS else value)
            if any(getattr(meta, attr) for attr in self.official_edits):
                self.official_toggle.setChecked(True)  # a document that has them shows them
        finally:
            self._loading = False
