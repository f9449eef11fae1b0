"""Markdown import: YAML front matter + headings + paragraphs → Report (see docs/markdown-format.md).

- ``#`` to ``####`` are level 1–4 node titles; on numbered levels, numbering typed at their start is
  stripped (it is regenerated from the structure); unnumbered levels keep their titles as written.
  A heading that skips levels (``###`` directly under ``#``) keeps its level, and its number, as a node that
  skips levels (``Node.skip``); ``#####`` and deeper count as level 4.
- Text before the first heading is the lead; text after a thematic break (``***``) is the closing part.
- A level-1 heading ``# 附件1 名称`` (or ``# 附件 名称`` for a single one) starts the body of that attachment;
  everything after it, up to the next such heading, is the attachment's text.
- Lists, quotes and code become plain paragraphs; every change of that kind is reported as a warning.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

import yaml

from ..model.characters import clean_text
from ..model.dates import normalize_published
from ..model.numbering import LevelSchemeError, check_level_count, level_style, strip_typed_number
from ..model.patterns import lazy_pattern
from ..model.report import Attachment, Content, LevelStyle, Meta, Node, Paragraph, Report, Table, meta_fields
from .common import ImportFailed, ImportResult

MAX_LEVEL = 4

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


@cache
def _parser() -> MarkdownIt:
    """Blocks only: paragraph text keeps its inline markup for the model, so the inline pass would be wasted work
    (and, on text dense with ``*`` markers, hundreds of bytes of tokens per character). Made on first use, so
    reading front matter (listing templates) does not load markdown-it."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("table").disable("inline")


MAX_FRONT_MATTER_CHARS = 256 * 1024
MAX_FRONT_MATTER_DEPTH = 16


def _whole_characters(text: str) -> str:
    """Join surrogate pairs that YAML escapes leave apart (``"\\ud83c\\udf89"`` is one emoji)."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "surrogatepass")


class _FrontMatterLoader(yaml.SafeLoader):
    """YAML as a writer types it: text, lists, mappings, yes/no and empty. Numbers and dates stay the text the
    writer typed; aliases (a few bytes expanding to millions of items), tags such as ``!!binary`` or ``!!set``
    and deep nesting are refused with a message."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent, index):  # PyYAML calls this for every node
        if self.check_event(yaml.AliasEvent):
            raise ImportFailed("文首元数据（YAML）不支持别名（*名称），请直接写出内容")
        self.depth += 1
        if self.depth > MAX_FRONT_MATTER_DEPTH:
            raise ImportFailed(f"文首元数据（YAML）嵌套超过 {MAX_FRONT_MATTER_DEPTH} 层")
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_undefined(self, node: yaml.Node) -> None:
        raise ImportFailed(f"文首元数据（YAML）不支持标记“{node.tag}”，请直接写出文字")


_FrontMatterLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:null")]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_FrontMatterLoader.yaml_constructors = {
    "tag:yaml.org,2002:null": yaml.SafeLoader.construct_yaml_null,
    "tag:yaml.org,2002:bool": yaml.SafeLoader.construct_yaml_bool,
    "tag:yaml.org,2002:str": lambda loader, node: _whole_characters(loader.construct_scalar(node)),
    "tag:yaml.org,2002:seq": yaml.SafeLoader.construct_yaml_seq,
    "tag:yaml.org,2002:map": yaml.SafeLoader.construct_yaml_map,
    None: _FrontMatterLoader.construct_undefined,
}

_FRONT_MATTER = lazy_pattern(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_LIST_SPLIT = lazy_pattern(r"[，,、；;\s]+")

KNOWN_KEYS = {name for name, _ in meta_fields()} | {
    "signature", "date", "attachments", "template", "layout", "levels", "name", "description",
}  # fmt: skip
_SEPARATORS = {"column": lazy_pattern(r"\s*[>＞/]\s*"), "keywords": _LIST_SPLIT}
_NAMES_SPLIT = lazy_pattern(r"[，,、；;\n]+")  # offices and people in one string: 县委办，县政府办
_ATTACHMENT_HEADING = lazy_pattern(r"^附件(\d+)?(?:[\s\u3000：:]+(.*))?$")


def split_front_matter(text: str) -> tuple[dict, str]:
    """Return the front matter as a dict (empty where there is none) and the Markdown body."""
    text = text.removeprefix("\ufeff")
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    if len(match.group(1)) > MAX_FRONT_MATTER_CHARS:
        raise ImportFailed(f"文首元数据（YAML）过大（超过 {MAX_FRONT_MATTER_CHARS // 1024} K 字符）")
    try:
        data = yaml.load(match.group(1), Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as error:
        line = getattr(getattr(error, "problem_mark", None), "line", None)
        where = f"第 {line + 2} 行" if line is not None else ""
        raise ImportFailed(f"文首元数据（YAML）格式有误{where}：{error}") from None
    if not isinstance(data, dict):
        raise ImportFailed("文首元数据（YAML）应为“键: 值”的形式")
    return data, text[match.end() :]


def _text_value(data: dict, key: str) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if isinstance(value, list | dict):
        raise ImportFailed(f"元数据“{key}”应为一段文字")
    return clean_text(str(value)).strip()


def _list_value(data: dict, key: str, separator: re.Pattern) -> list[str]:
    value = data.get(key)
    if value is None or value == "":
        return []
    items = value if isinstance(value, list) else separator.split(str(value))
    if any(isinstance(item, list | dict) for item in items):
        raise ImportFailed(f"元数据“{key}”应为文字或文字列表")
    return [clean_text(str(item)).strip() for item in items if str(item).strip()]


def meta_from_front_matter(data: dict, warnings: list[str]) -> tuple[Meta, dict]:
    """Meta plus the report-level fields (signature, date, attachments, template, levels) of front matter."""
    for key in data:
        if key not in KNOWN_KEYS:
            warnings.append(f"忽略了未知的元数据“{key}”")
    values = {
        name: _list_value(data, name, _SEPARATORS.get(name, _NAMES_SPLIT)) if is_list else _text_value(data, name)
        for name, is_list in meta_fields()
    }
    try:
        values["published"] = normalize_published(values["published"])
    except ValueError as error:
        warnings.append(f"{error}；已留空")
        values["published"] = ""
    meta = Meta(**values)
    extra: dict = {
        "signature": _text_value(data, "signature"),
        "date": _text_value(data, "date"),
        "attachments": [Attachment(name) for name in _list_value(data, "attachments", re.compile(r"\n+"))],
        "template": _text_value(data, "template"),
        "layout": _text_value(data, "layout"),
    }
    levels = data.get("levels")
    if levels is not None:
        if not isinstance(levels, list):
            raise ImportFailed("元数据“levels”应为列表")
        extra["levels"] = _levels(levels)
    return meta, extra


def _levels(items: list) -> list[LevelStyle]:
    """The front matter's level scheme, checked by the model's rules."""
    levels = []
    try:
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise ImportFailed(f"元数据“levels”有误：levels.{index} 应为映射")
            where = f"levels.{index}"
            numbered, marker = item.get("numbered", True), item.get("marker", "一、")
            placement, continuous = item.get("placement", "heading"), item.get("continuous", False)
            levels.append(level_style(numbered, marker, placement, continuous))
        return check_level_count(levels)
    except LevelSchemeError as error:
        key = f"{where}.{error.key}" if error.key else "levels"
        raise ImportFailed(f"元数据“levels”有误：{key} {error.reason}") from None


def _join_lines(text: str) -> str:
    """Join a paragraph's source lines: no space between Chinese characters, one space otherwise."""
    lines = [line.strip() for line in text.split("\n")]
    out = ""
    for line in lines:
        if not line:
            continue
        line = line.removesuffix("\\").rstrip()
        if not line:  # a line holding only the hard-break backslash
            continue
        if out and not (_wide(out[-1]) or _wide(line[0])):
            out += " "
        out += line
    return out


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


class _Builder:
    """Walks markdown-it block tokens and fills a Report."""

    def __init__(self, report: Report, warnings: list[str]) -> None:
        self.report = report
        self.warnings = warnings
        self.stack: list[tuple[int, Node]] = []  # the open nodes with their levels, outermost first
        self.in_closing = False
        self.attachment: Attachment | None = None  # the attachment whose body is being read

    def target(self) -> list[Content]:
        if self.attachment is not None:
            return self.attachment.content
        if self.in_closing:
            return self.report.closing
        return self.stack[-1][1].content if self.stack else self.report.lead

    def heading(self, level: int, title: str) -> None:
        match = _ATTACHMENT_HEADING.match(title) if level == 1 else None
        if match:
            self.start_attachment(int(match.group(1)) if match.group(1) else None, (match.group(2) or "").strip())
            return
        if self.attachment is not None:
            self.warnings.append(f"附件正文中的标题“{title}”已转为段落")
            self.paragraph(title)
            return
        if level > MAX_LEVEL:
            self.warnings.append(f"第 {level} 级标题“{title}”超出四级，按第四级处理")
            level = MAX_LEVEL
        if self.in_closing:
            self.warnings.append(f"分隔线后的标题“{title}”被视为正文章节")
            self.in_closing = False
        while self.stack and self.stack[-1][0] >= level:
            self.stack.pop()
        parent_level = self.stack[-1][0] if self.stack else 0
        if self.report.level_style(level).numbered:
            title = strip_typed_number(title)
        node = Node(title.strip(), skip=level - parent_level - 1)  # a skipped level stays skipped
        siblings = self.stack[-1][1].children if self.stack else self.report.nodes
        siblings.append(node)
        self.stack.append((level, node))

    def start_attachment(self, number: int | None, name: str) -> None:
        """``# 附件2 名称``: the body of the second attachment follows; the front matter's name wins."""
        attachments = self.report.attachments
        current = next((i for i, a in enumerate(attachments) if a is self.attachment), -1)
        index = number - 1 if number else current + 1
        while len(attachments) <= index:
            attachments.append(Attachment())
        self.attachment = attachments[index]
        if not self.attachment.name:
            self.attachment.name = name
        elif name and name != self.attachment.name:
            self.warnings.append(f"附件{index + 1}的标题“{name}”与文首列出的名称“{self.attachment.name}”不同，沿用后者")

    def paragraph(self, text: str) -> None:
        text = _join_lines(clean_text(text))
        if text:
            self.target().append(Paragraph(text))


def _inline_source(tokens: list[Token], index: int) -> str:
    token = tokens[index]
    return token.content if token.type == "inline" else ""


def _table(tokens: list[Token], start: int) -> tuple[Table, int]:
    rows: list[list[str]] = []
    header_rows = 0
    index = start + 1
    while tokens[index].type != "table_close":
        token = tokens[index]
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline":
            rows[-1].append(_join_lines(clean_text(token.content)))  # markdown-it already unescaped \\|
        elif token.type == "thead_close":
            header_rows = len(rows)
        index += 1
    if header_rows and all(not cell for cell in rows[0]):
        rows.pop(0)
        header_rows = 0
    return Table(rows, header_rows), index


def parse_markdown(text: str) -> ImportResult:
    """Read Markdown with optional YAML front matter into a Report. Raises ImportFailed."""
    warnings: list[str] = []
    data, body = split_front_matter(text)
    meta, extra = meta_from_front_matter(data, warnings)
    report = Report(meta=meta)
    for key, value in extra.items():
        setattr(report, key, value)
    builder = _Builder(report, warnings)
    tokens = _parser().parse(clean_text(body))
    index = 0
    list_depth = 0
    pending_caption: str | None = None
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind == "heading_open":
            builder.heading(int(token.tag[1:]), _join_lines(clean_text(_inline_source(tokens, index + 1))))
            index += 2
        elif kind == "paragraph_open":
            source = _inline_source(tokens, index + 1)
            following = tokens[index + 3] if index + 3 < len(tokens) else None
            if following and following.type == "table_open" and following.map[0] == token.map[1]:
                pending_caption = source  # a line directly above a table is its caption
            else:
                builder.paragraph(source)
            index += 2
        elif kind == "table_open":
            table, index = _table(tokens, index)
            if pending_caption is not None:
                table.caption, pending_caption = _join_lines(pending_caption), None
            builder.target().append(table)
        elif kind == "hr":
            builder.in_closing = True
        elif kind in ("bullet_list_open", "ordered_list_open"):
            if list_depth == 0:
                warnings.append("列表已转为普通段落")
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind in ("fence", "code_block"):
            warnings.append("代码块已转为普通段落")
            for line in token.content.splitlines():
                builder.paragraph(line)
        elif kind == "blockquote_open":
            warnings.append("引用块已转为普通段落")
        index += 1
    if not report.meta.title:
        warnings.append("缺少标题（文首元数据 title）")
    return ImportResult(report, warnings)
