"""Saved portal article pages (.html) and HTML from the clipboard (Word, WPS, a browser) → a structured report.

A page is decoded by its declared charset, where ``gb2312`` is read as GB18030 (its superset: pages declared
gb2312 routinely hold GBK characters), parsed leniently with lxml, stripped of scripts, navigation, search,
share and print links and footers, and its meta tags (ArticleTitle, PubDate, ContentSource, ColumnName) read.
What remains becomes source lines for the recogniser; bold or 黑体 starts and ``<h2>``–``<h6>`` are kept as
hints.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ..model.characters import clean_text
from ..model.inline import escape
from ..model.patterns import lazy_pattern
from ..model.report import Table
from .common import ImportFailed, ImportResult
from .lines import column_path, published_value
from .structure import Corrections, Progress, SourceLine, recognize

MAX_HTML_BYTES = 32 * 1024 * 1024
_CHARSET = lazy_pattern(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,20})""", re.I)
_GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "euc-cn", "gb18030", "cp936"}
_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "input", "select", "button", "textarea", "svg",
              "object", "embed", "nav", "footer", "header", "head", "map", "audio", "video")  # fmt: skip
_FURNITURE = lazy_pattern(
    r"nav|menu|foot|header|search|share|banner|login|sidebar|related|xgwz|xglj|print|toolbar|fenxiang|topbar", re.I
)
_ARTICLE = lazy_pattern(
    r"TRS_Editor|Custom_UnionStyle|zoom|article|wzcon|news_?con|pages_content|main_?content|con_?txt|detail", re.I
)
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "blockquote", "center",
           "dd", "dt", "td", "th", "tr", "ul", "ol", "table", "br", "pre", "main", "body", "dl"}  # fmt: skip
_BOLD_STYLE = lazy_pattern(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-family\s*:[^;]*(?:黑体|楷体)", re.I)
_META = {"articletitle": "title", "pubdate": "published", "contentsource": "source", "columnname": "column",
         "keywords": "keywords", "description": "summary", "author": "author"}  # fmt: skip


def decode_html(data: bytes) -> tuple[str, list[str]]:
    """The page's text: by BOM, else by its declared charset (gb2312 and GBK read as GB18030), else UTF-8,
    else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace"), []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace"), []
    match = _CHARSET.search(data[:8192])
    declared = match.group(1).decode("ascii").lower() if match else ""
    choices = ["gb18030"] if declared in _GB else [declared, "utf-8", "gb18030"] if declared else ["utf-8", "gb18030"]
    for encoding in choices:
        try:
            return data.decode(encoding), []
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("gb18030", "replace"), ["网页中有无法识别的字符，已用替代符号标出"]


def _marked(element) -> bool:
    return element.tag in ("b", "strong") or bool(_BOLD_STYLE.search(element.get("style") or ""))


def _bold_prefix(element) -> int:
    """How many characters at the start of a block are bold (``<strong>突出思想引领。</strong>以……``)."""
    if (element.text or "").strip():
        return 0
    for child in element:
        if not isinstance(child.tag, str):
            continue
        text = child.text_content()
        if _marked(child) or any(_marked(inner) for inner in child.iter() if isinstance(inner.tag, str)):
            return len(text) if text.strip() else 0
        return 0 if text.strip() else _bold_prefix(child)
    return 0


def _table(element) -> Table:
    rows, header_rows = [], 0
    for row in element.iter("tr"):
        cells = [c for c in row if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if cells and all(c.tag == "th" for c in cells) and len(rows) == header_rows:
            header_rows += 1
        rows.append([escape(clean_text(" ".join(c.text_content().split()))) for c in cells])
    return Table([row for row in rows if row], header_rows)


def _lines(element, out: list[SourceLine]) -> None:
    """Block elements in reading order, each leaf block one line; tables as tables."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "table":
        table = _table(element)
        if len(table.rows) > 1 or (table.rows and len(table.rows[0]) > 1):
            out.append(SourceLine(table=table))
        else:  # a one-cell layout table: its content is ordinary text
            for cell in element.iter("td", "th"):
                _lines(cell, out)
        return
    has_blocks = any(isinstance(child.tag, str) and child.tag in _BLOCKS for child in element)
    if not has_blocks:
        text = element.text_content()
        if text.strip():
            level = int(tag[1]) if tag in ("h2", "h3", "h4", "h5", "h6") else 0
            centred = "center" in (element.get("align") or element.get("style") or "").lower()
            out.append(SourceLine(text, level, _bold_prefix(element), centred, tag == "h1"))
        return
    pending = element.text or ""
    for child in element:
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            if pending.strip():
                out.append(SourceLine(pending))
            pending = ""
            if child.tag != "br":
                _lines(child, out)
        else:
            pending += lxml.html.tostring(child, method="text", encoding="unicode", with_tail=False)
        pending += child.tail or ""
    if pending.strip():
        out.append(SourceLine(pending))


def _strip(root) -> None:
    for element in list(root.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        if _FURNITURE.search(marks) and not _ARTICLE.search(marks) and "当前位置" not in element.text_content()[:40]:
            element.drop_tree()


def _meta(root) -> dict[str, str]:
    found = {}
    for element in root.iter("meta"):
        name = (element.get("name") or "").lower()
        if name in _META and (element.get("content") or "").strip():
            found[_META[name]] = clean_text(element.get("content")).strip()
    return found


def html_lines(html: str, *, page: bool = True) -> tuple[list[SourceLine], dict[str, str]]:
    """The source lines of an HTML page (``page``) or clipboard fragment, and the page's meta tags."""
    html = html.replace("<!--StartFragment-->", "").replace("<!--EndFragment-->", "")
    try:
        root = lxml.html.document_fromstring(clean_text(html))
    except (etree.ParserError, ValueError):
        return [], {}
    meta = _meta(root) if page else {}
    _strip(root)
    body = root.find("body") if root.find("body") is not None else root
    out: list[SourceLine] = []
    _lines(body, out)
    return out, meta


def _apply_meta(result: ImportResult, meta: dict[str, str]) -> None:
    fields = result.report.meta
    fields.title = fields.title or meta.get("title", "")
    fields.source = fields.source or meta.get("source", "")
    fields.author = fields.author or meta.get("author", "")
    fields.summary = fields.summary or meta.get("summary", "")
    fields.published = fields.published or published_value(meta.get("published", ""))
    if not fields.column and meta.get("column"):
        fields.column = column_path("当前位置：" + meta["column"]) or []
    if not fields.keywords and meta.get("keywords"):
        fields.keywords = [k for k in re.split(r"[，,、;；\s]+", meta["keywords"]) if k]


def parse_html(
    data: bytes | str, corrections: Corrections | None = None, progress: Progress | None = None, *, page: bool = True
) -> ImportResult:
    """Read a saved page (bytes, charset sniffed) or clipboard HTML (str) into a Report. Raises ImportFailed."""
    if len(data) > MAX_HTML_BYTES:
        raise ImportFailed(f"网页超过 {MAX_HTML_BYTES // 1024 // 1024} MB")
    html, warnings = decode_html(data) if isinstance(data, bytes) else (data, [])
    try:
        lines, meta = html_lines(html, page=page)
    except RecursionError:
        raise ImportFailed("网页的标签嵌套过深，无法导入") from None
    result = recognize(lines, corrections, progress)
    _apply_meta(result, meta)
    result.warnings[:0] = warnings
    report = result.report
    if not (report.meta.title or report.lead or report.nodes or report.closing):
        raise ImportFailed("网页中没有可导入的正文")
    if report.meta.title and result.warnings and result.warnings[-1].startswith("没有找到标题"):
        result.warnings.pop()
    return result
