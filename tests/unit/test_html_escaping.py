"""Whatever a writer types, in any field, reaches the page and the fragment as text and never as markup."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings

from editor_app.model.report import Attachment, Meta, Node, Paragraph, Report, Table
from editor_app.render.html import render_fragment, render_page
from strategies import reports

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "' onmouseover='alert(3)",
    "[点我](javascript:alert(4))",
    '<a href="javascript:alert(5)">链接</a>',
    "&lt;script&gt;alert(6)&lt;/script&gt;",
    "&#60;script&#62;alert(7)&#60;/script&#62;",
    "</style><script>alert(8)</script>",
    "<svg/onload=alert(9)>",
    "${article}${title}",
]
EVIL = "".join(PAYLOADS)

# The markup the renderer itself writes; typed text must never add to it.
PAGE_TAGS = {
    "a",
    "header",
    "div",
    "p",
    "nav",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "span",
    "strong",
    "em",
    "footer",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "meta",
    "title",
    "style",
    "html",
    "head",
    "body",
}
ATTRIBUTES = {
    "class",
    "id",
    "data-anchor",
    "href",
    "aria-label",
    "aria-hidden",
    "tabindex",
    "name",
    "content",
    "charset",
    "http-equiv",
    "lang",
    "style",
    "scope",
}


def evil_report(text: str = EVIL) -> Report:
    meta = Meta(text, text, [text, text], text, text, text, [text, text], text, text)
    node = Node(text, [Paragraph(text), Table([[text, text], [text, text]], 1, text)], [Node(text, [Paragraph(text)])])
    attachments = [Attachment(text, [Paragraph(text)]), Attachment(text)]
    return Report(meta, [Paragraph(text)], [node], [Paragraph(text)], text, text, attachments)


class Markup(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes += [(name, value or "") for name, value in attrs]

    def handle_data(self, data):
        self.text.append(data)


def _assert_inert(html: str) -> Markup:
    markup = Markup(html)
    assert markup.tags <= PAGE_TAGS, markup.tags - PAGE_TAGS
    assert {name for name, _ in markup.attributes} <= ATTRIBUTES
    hrefs = [value for name, value in markup.attributes if name == "href"]
    assert hrefs in ([], ["#content"])
    return markup


def test_payloads_in_every_field_show_as_typed_text_on_the_page():
    html = render_page(evil_report())
    markup = _assert_inert(html)
    visible = "".join(markup.text)
    for payload in PAYLOADS:
        assert visible.count(payload) >= 10, payload  # title, info, breadcrumb, body … each show it literally
    assert "<script" not in html


def test_payloads_in_every_field_show_as_typed_text_in_the_fragment():
    fragment = render_fragment(evil_report())
    markup = _assert_inert(fragment.body)
    visible = "".join(markup.text)
    assert all(payload in visible for payload in PAYLOADS)
    assert fragment.title == EVIL and fragment.keywords == [EVIL, EVIL]


def test_control_characters_are_dropped():
    html = render_page(evil_report("甲\x00乙\x1b丙\ufffe丁"))
    assert "甲乙丙丁" in html and "\x00" not in html and "\x1b" not in html


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(with_review=False))
def test_any_report_renders_without_adding_markup(report):
    _assert_inert(render_page(report))
    _assert_inert(render_fragment(report).body)
