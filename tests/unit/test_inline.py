"""Inline markup: bold and italic only, CJK-friendly, everything else kept as typed."""

from hypothesis import given
from hypothesis import strategies as st
from inline_reference import reference_parse

from editor_app.model.inline import Span, escape, parse, plain, to_markup


def test_run_in_lead_ending_in_a_full_stop_is_bold():
    # CommonMark alone leaves these asterisks literal; a run-in lead is written exactly like this.
    assert parse("**突出思想引领。**以“两学一走”为抓手") == (
        Span("突出思想引领。", bold=True),
        Span("以“两学一走”为抓手"),
    )


def test_bold_around_quotes_and_italic():
    assert parse("弘扬**“五种风气”**，*贡献*力量") == (
        Span("弘扬"),
        Span("“五种风气”", bold=True),
        Span("，"),
        Span("贡献", italic=True),
        Span("力量"),
    )


def test_html_entities_and_typographer_text_are_kept_as_typed():
    text = "<script>alert(1)</script> &amp; (c) -- ... http://example.org ，,."
    assert plain(text) == text


def test_unclosed_asterisks_stay_literal():
    assert plain("3*4=12，**未闭合") == "3*4=12，**未闭合"


@given(st.text())
def test_escaped_text_reads_back_as_the_same_characters(text):
    text = text.replace("\r", "").replace("\n", "").replace("\x00", "")
    assert plain(escape(text)) == text


# Chinese text with Chinese and ASCII punctuation. (CommonMark cannot close bold that ends in ASCII punctuation
# right before a Latin letter or digit, e.g. **5%**a; docs/markdown-format.md lists this limit.)
@given(
    st.lists(st.tuples(st.text(alphabet="弘扬风气。，“”（）*_\\%.", min_size=1, max_size=6), st.booleans()), max_size=5)
)
def test_bold_spans_survive_markup_round_trip(parts):
    spans = [Span(text, bold) for text, bold in parts]
    assert plain(to_markup(spans)) == "".join(text for text, _ in parts)


# Markup as writers type it and as pastes mangle it: runs of both markers, escapes, Chinese and ASCII punctuation,
# spaces, Latin letters and digits on either side. (A backslash before a line break is kept as typed here, where
# markdown-it made a line break of it and dropped both characters; carriage returns and NULs it normalised.)
@given(st.text(alphabet="**__\\\\ a1弘扬。，“”（）.!%-", max_size=40))
def test_emphasis_is_read_as_markdown_it_read_it(text):
    assert parse(text) == reference_parse(text)


def test_escaped_markers_are_literal_and_unknown_escapes_keep_the_backslash():
    assert parse(r"\*\*不加粗\*\* \_ C:\路径\\") == (Span(r"**不加粗** _ C:\路径" + "\\"),)


def test_nested_and_mixed_markers():
    assert parse("***重点***，**加粗*斜体*加粗**") == (
        Span("重点", bold=True, italic=True),
        Span("，"),
        Span("加粗", bold=True),
        Span("斜体", bold=True, italic=True),
        Span("加粗", bold=True),
    )
