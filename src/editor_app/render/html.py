"""HTML from the block stream: a standalone portal page (the preview and the page export) and a CMS fragment.

Everything a writer typed reaches the output only through ``_text`` (HTML-escaped, control characters
dropped); inline bold and italic come from the block stream's spans, which markdown-it-py parsed with raw
HTML off. The page carries a strict Content-Security-Policy (no scripts, no remote loads) and inlines its
theme's stylesheet, so it is one self-contained file that works offline. Every body element of the page
carries the anchor of the place it shows (``data-anchor``, and ``id="b-<anchor>"``; see ``model.places``),
the text after a run-in lead that of its paragraph, so the preview scrolls to the part being edited and replaces
only the blocks that changed or came (``Page.blocks``, ``page_changes``). The
fragment is what a portal CMS wants in its body field: plain semantic elements,
indents as CSS ``text-indent: 2em``, no pixel sizes, no font families, no full-width-space indents; the
title, source, date, column, keywords and summary go beside it as separate fields.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from string import Template

from ..model.characters import clean_text
from ..model.inline import Span, styled
from ..model.pacing import paced
from ..model.patterns import lazy_pattern
from ..model.records import asdict, record
from ..model.report import Meta, Report
from .blocks import Block, Kind, to_blocks
from .themes import Theme, get_theme

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'"
)
TEXT_SIZES = {"大": "125%", "中": "100%", "小": "87.5%"}
DEFAULT_TEXT_SIZE = "中"
FALLBACK_SITE_NAME = "政府门户网站"

_COUNTY = lazy_pattern(r"^(.{1,12}?(?:自治县|县|区|市|旗))")


# html.escape(quote=True)'s replacements, "&" first: the html package would load its 2,000-entity table as well
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def _text(text: str) -> str:
    """Escape typed text for element content and quoted attribute values."""
    text = clean_text(text)
    for char, entity in _ESCAPES:
        text = text.replace(char, entity)
    return text


def _spans(spans: tuple[Span, ...]) -> str:
    return "".join(styled(spans, _text, "<em>{}</em>".format, "<strong>{}</strong>".format))


def _plain(spans: tuple[Span, ...]) -> str:
    return "".join(span.text for span in spans)


class _Dialect:
    """How body elements are decorated: the page uses anchors and theme classes, the fragment inline CSS."""

    def __init__(self, page: bool) -> None:
        self.page = page

    def attrs(self, block: Block, css_class: str, style: str) -> str:
        if self.page:
            anchor = _text(block.anchor)
            return f' id="b-{anchor}" data-anchor="{anchor}" class="{css_class}"'
        return f' style="{style}"' if style else ""

    def runin_body(self, block: Block) -> str:
        """The text after a run-in lead; on the page it carries the anchor of the paragraph it came from."""
        body = _spans(block.spans)
        if self.page and len(block.places) > 1:
            anchor = _text(block.places[1])
            return f'<span id="b-{anchor}" data-anchor="{anchor}">{body}</span>'
        return body

    def extra(self, css_class: str, style: str) -> str:
        """Attributes for a secondary element of a block (a continuation line, a table caption)."""
        if self.page:
            return f' class="{css_class}"'
        return f' style="{style}"' if style else ""


INDENT = "text-indent: 2em"


def _heading_tag(level: int) -> str:
    """Level 1 is ``<h2>`` (the article title is the page's ``<h1>``); the deepest is ``<h5>``."""
    return f"h{min(level + 1, 5)}"


def _table(block: Block, dialect: _Dialect) -> str:
    parts = [f"<table{dialect.attrs(block, 'table', 'border-collapse: collapse')}>"]
    if block.spans:
        parts.append(f"<caption>{_spans(block.spans)}</caption>")
    head, body = block.rows[: block.header_rows], block.rows[block.header_rows :]
    cell = "" if dialect.page else ' style="border: thin solid; padding: 0.25em 0.5em"'
    if head:
        parts.append("<thead>")
        parts += ["<tr>" + "".join(f'<th scope="col"{cell}>{_spans(c)}</th>' for c in row) + "</tr>" for row in head]
        parts.append("</thead>")
    if body:
        parts.append("<tbody>")
        parts += ["<tr>" + "".join(f"<td{cell}>{_spans(c)}</td>" for c in row) + "</tr>" for row in body]
        parts.append("</tbody>")
    parts.append("</table>")
    return "".join(parts)


def _attachments(block: Block, dialect: _Dialect) -> str:
    items = [_text(item) for item in block.items]
    if len(items) == 1:
        return f"<p{dialect.attrs(block, 'attachments', INDENT)}>附件：{items[0]}</p>"
    numbered = [f"{i}.{item}" for i, item in enumerate(items, 1)]
    first = f"<p{dialect.attrs(block, 'attachments', INDENT)}>附件：{numbered[0]}</p>"
    rest = [f"<p{dialect.extra('attachments-more', 'padding-left: 5em')}>{item}</p>" for item in numbered[1:]]
    return "\n".join([first, *rest])


def _body_block(block: Block, dialect: _Dialect) -> str:
    match block.kind:
        case Kind.PARAGRAPH:
            return f"<p{dialect.attrs(block, f'paragraph {block.role}', INDENT)}>{_spans(block.spans)}</p>"
        case Kind.HEADING:
            tag = _heading_tag(block.level)
            text = _text(block.number) + _spans(block.spans)
            return f"<{tag}{dialect.attrs(block, f'heading level-{block.level}', '')}>{text}</{tag}>"
        case Kind.RUNIN:
            lead = _text(block.number) + _spans(block.lead)
            attrs = dialect.attrs(block, f"runin level-{block.level}", INDENT)
            return f"<p{attrs}><strong{dialect.extra('runin-lead', '')}>{lead}</strong>{dialect.runin_body(block)}</p>"
        case Kind.TABLE:
            return _table(block, dialect)
        case Kind.ATTACHMENTS:
            return _attachments(block, dialect)
        case Kind.SIGNATURE | Kind.DATE:
            return f"<p{dialect.attrs(block, str(block.kind), 'text-align: right')}>{_spans(block.spans)}</p>"
        case Kind.ATTACHMENT:  # an attachment's own text follows on the portal under its label and name
            text = f"<strong>{_text(block.number)}</strong> {_spans(block.spans)}"
            # no anchor of its own: ``a<i>`` is the attachment list's, which shows the same name
            return f"<p{dialect.extra('attachment', 'margin-top: 2em')}>{text}</p>"
    return ""


_ONE_ELEMENT = {Kind.PARAGRAPH, Kind.HEADING, Kind.RUNIN, Kind.TABLE, Kind.SIGNATURE, Kind.DATE}
"""Kinds whose page HTML is one element carrying the block's anchor (an attachment list of one item too)."""
_IN_BODY = _ONE_ELEMENT | {Kind.ATTACHMENTS, Kind.ATTACHMENT}  # the kinds ``_body_block`` renders


@lru_cache(maxsize=8192)
def _page_block(block: Block) -> tuple[str, str]:
    """A body block on the page: the anchor of the one element it is ("" when it is several or none) and its HTML.

    Blocks are values, so the HTML of an unchanged block is not rendered again as the writer types."""
    html = _body_block(block, _PAGE)
    single = block.kind in _ONE_ELEMENT or (block.kind is Kind.ATTACHMENTS and len(block.items) == 1)
    return (block.anchor if single else ""), html


def _title(blocks: list[Block]) -> Block:
    """The title block (an official document's 版头 stands before it in the stream)."""
    return next(block for block in blocks if block.kind is Kind.TITLE)


def _body(blocks: list[Block], dialect: _Dialect) -> str:
    return "\n".join(html for block in blocks if (html := _body_block(block, dialect)))


_PAGE = _Dialect(page=True)


# ---------------------------------------------------------------------------------------------------- fragment


@record(frozen=True)
class Fragment:
    """The CMS submission: the body fragment and the fields a CMS takes separately."""

    body: str
    title: str
    subtitle: str
    column: list[str]
    source: str
    author: str
    published: str
    keywords: list[str]
    summary: str
    document_number: str

    def fields(self) -> dict:
        """Everything except the body, for the JSON written beside the fragment."""
        data = asdict(self)
        del data["body"]
        return data


def render_fragment(report: Report, blocks: list[Block] | None = None) -> Fragment:
    """The body as clean semantic HTML, and the separate fields."""
    blocks = to_blocks(report) if blocks is None else blocks
    meta = report.meta
    return Fragment(
        body=_body(blocks, _Dialect(page=False)) + "\n",
        title=_plain(_title(blocks).spans),
        subtitle=_plain(next((b.spans for b in blocks if b.kind is Kind.SUBTITLE), ())),
        column=list(meta.column),
        source=meta.source,
        author=meta.author,
        published=meta.published,
        keywords=list(meta.keywords),
        summary=meta.summary,
        document_number=meta.document_number,
    )


# -------------------------------------------------------------------------------------------------------- page


@record(frozen=True)
class Page:
    """A page in two parts, so the preview can load the head once and swap the body as the writer types.

    ``frame`` is the body without the article and ``blocks`` the article's blocks as ``_page_block`` gives them:
    between two pages of the same frame and blocks, the preview replaces only the elements that changed.
    ``shell`` is the head without the title and the meta tags that describe the article (what a change of theme or
    text size changes), and ``title`` the document title: typing in the title or the keywords changes neither the
    shell nor the look, so the preview need not load the page again."""

    head: str
    body: str
    frame: str = ""
    blocks: tuple[tuple[str, str], ...] = ()
    shell: str = ""
    title: str = ""

    @property
    def html(self) -> str:
        head, body = self.head, self.body
        return f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n{head}\n</head>\n<body>\n{body}\n</body>\n</html>\n'


def site_name_for(meta: Meta) -> str:
    """A portal name for the header band when the office set none: the county of the source unit."""
    match = _COUNTY.match(meta.source.strip())
    return match.group(1) + "人民政府" if match else FALLBACK_SITE_NAME


def _breadcrumb(column: list[str]) -> str:
    parts = [c for c in column if c.strip()]
    if not parts or parts[0].strip() != "首页":
        parts.insert(0, "首页")
    trail = '<span class="breadcrumb-sep" aria-hidden="true"> &gt; </span>'.join(
        f'<span class="breadcrumb-item">{_text(p.strip())}</span>' for p in parts
    )
    return f'<span class="breadcrumb-label">当前位置：</span>{trail}'


def _info(meta: Meta) -> str:
    fields = [
        ("source", "来源", meta.source),
        ("published", "发布时间", meta.published),
        ("author", "作者", meta.author),
    ]
    return "\u3000".join(  # a full-width space, as in the plain-text info line, so copied text stays readable
        f'<span class="info-{key}">{label}：{_text(value)}</span>' for key, label, value in fields if value.strip()
    )


def _meta_tags(meta: Meta, title: str, site_name: str) -> list[str]:
    tags = {
        "SiteName": site_name,
        "ColumnName": meta.column[-1] if meta.column else "",
        "ArticleTitle": title,
        "PubDate": meta.published,
        "ContentSource": meta.source,
        "Author": meta.author,
        "Keywords": ",".join(meta.keywords),
        "Description": meta.summary,
        "keywords": ",".join(meta.keywords),
        "description": meta.summary,
    }
    return [f'<meta name="{name}" content="{_text(value)}">' for name, value in tags.items() if value]


def _style(css: str) -> str:
    """Inline a stylesheet; ``</`` cannot close the style element early."""
    return "<style>\n" + css.replace("</", "<\\/") + "\n</style>"


def render_page_parts(
    report: Report,
    theme: Theme | str = "county",
    *,
    text_size: str = DEFAULT_TEXT_SIZE,
    site_name: str = "",
    blocks: list[Block] | None = None,
    pause: Callable[[], object] | None = None,
) -> Page:
    """The portal page for ``report`` in ``theme``; ``text_size`` is 大/中/小 (the portal's 字号 switch). ``pause`` is
    called every few blocks (the preview's worker gives way there to the writer's keys)."""
    theme = get_theme(theme) if isinstance(theme, str) else theme
    blocks = to_blocks(report, pause) if blocks is None else blocks
    meta = report.meta
    title = _plain(_title(blocks).spans)
    site = site_name.strip() or site_name_for(meta)
    document_title = f"{title or '无标题'}_{site}"
    opening = [
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
    ]
    labels = [f"<title>{_text(document_title)}</title>", *_meta_tags(meta, title, site)]
    styles = [
        _style(theme.css),
        _style(f"html {{ font-size: {TEXT_SIZES.get(text_size, TEXT_SIZES[DEFAULT_TEXT_SIZE])}; }}"),
    ]
    subtitle = next((b for b in blocks if b.kind is Kind.SUBTITLE), None)
    values = {
        "site_name": _text(site),
        "breadcrumb": _breadcrumb(meta.column),
        "title": _spans(_title(blocks).spans),
        "subtitle": f'<p class="article-subtitle">{_spans(subtitle.spans)}</p>' if subtitle else "",
        "info": _info(meta),
    }
    shown = (block for block in paced(blocks, pause) if block.kind in _IN_BODY)
    article = tuple(part for block in shown if (part := _page_block(block))[1])
    template = Template(theme.template)
    frame = template.safe_substitute(values, article="").strip()
    body = template.safe_substitute(values, article="\n".join(html for _, html in article)).strip()
    head, shell = "\n".join(opening + labels + styles), "\n".join(opening + styles)
    return Page(head, body, frame, article, shell, document_title)


Stretch = tuple[list[str], str, str, str]
"""A stretch of the article the preview puts right in place: the anchors of its elements on the page (they go), the
HTML of what stands there now (it goes where they were; when none were there, before the element of the third
anchor, or when that is "" after the element of the fourth)."""


def page_changes(old: Page, new: Page) -> list[Stretch] | None:
    """What turns the page ``old`` into ``new`` in place: each changed block when only texts changed, else the
    stretches where blocks came or went (Enter renumbers the anchors after it in its section, the rest of a long
    report stays). None when the page must be swapped whole: the shell or the frame changed, an element to replace
    is not one anchored element, or new blocks have no anchored neighbour to stand by."""
    if old.shell != new.shell or old.frame != new.frame:
        return None
    before, after = old.blocks, new.blocks
    start, end = 0, 0  # blocks alike at the start and at the end (most of a long report)
    while start < min(len(before), len(after)) and before[start] == after[start]:
        start += 1
    while end < min(len(before), len(after)) - start and before[-1 - end] == after[-1 - end]:
        end += 1
    was, now = before[start : len(before) - end], after[start : len(after) - end]  # between them, what changed
    changed = [(old_block, block) for old_block, block in zip(was, now, strict=False) if old_block != block]
    if len(was) == len(now) and all(old_block[0] and old_block[0] == block[0] for old_block, block in changed):
        return [([anchor], html, "", "") for (anchor, _), (_, html) in changed]
    from difflib import SequenceMatcher  # the preview's alone; an export never diffs

    stretches = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, was, now, False).get_opcodes():
        if tag == "equal":
            continue
        gone = [anchor for anchor, _ in was[i1:i2]]
        following = before[start + i2][0] if start + i2 < len(before) else ""
        preceding = before[start + i1 - 1][0] if start + i1 > 0 else ""
        if not all(gone) or not (gone or following or preceding):
            return None
        stretches.append((gone, "\n".join(html for _, html in now[j1:j2]), following, preceding))
    return stretches


def render_page(
    report: Report,
    theme: Theme | str = "county",
    *,
    text_size: str = DEFAULT_TEXT_SIZE,
    site_name: str = "",
    blocks: list[Block] | None = None,
) -> str:
    """The complete standalone UTF-8 page (what the HTML export writes and the preview shows)."""
    return render_page_parts(report, theme, text_size=text_size, site_name=site_name, blocks=blocks).html
