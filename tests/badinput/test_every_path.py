"""Bad input through every path: text full of controls, lone surrogates, combining marks, emoji, right-to-left
script and bidi controls goes through the model round trip, every export and the Markdown importer. Nothing
crashes, everything a file can hold comes out, and what it cannot hold is reported."""

from __future__ import annotations

import re
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from editor_app.export import EXPORTERS, export_report
from editor_app.importers.markdown import ImportFailed, parse_markdown
from editor_app.model.characters import clean_text
from editor_app.model.inline import plain
from editor_app.model.report import Meta, Node, Paragraph, Report, Table
from editor_app.render.markdown import render_markdown
from editor_app.store.document import DocumentError, decode, encode
from strategies import reports

ODD = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9f\ud800\udbff\udc00\udfff\ufeff\ufffe\uffff"  # nothing may hold these
    "\u0301\u0327\u20dd"  # combining marks
    "\U0001f389\U0001f468\u200d\U0001f469\u200d\U0001f467\ufe0f\U0001f1e8\U0001f1f3"  # emoji, ZWJ, flags
    "\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u05e2\u05d1\u05e8\u05d9\u05ea\u200e\u200f"  # right-to-left text
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi controls
    "*_\\#>|-`[]<>&\"' \t\n\r\u3000"  # markup, HTML and whitespace
    "县政府工作报告一二三（）。，、abcXYZ019"
)
# A high surrogate directly before a low one is the character they encode: JSON joins them, rightly.
hostile_text = st.text(alphabet=st.sampled_from(ODD), max_size=30).filter(
    lambda text: not re.search("[\ud800-\udbff][\udc00-\udfff]", text)
)
WORD = re.compile(r"[^\W_]+")  # letters and digits: markup characters may be escaped
CI = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _words(report: Report) -> set[str]:
    """What a reader must find in any export: every run of letters and digits of every paragraph."""
    texts = [report.meta.title]
    for item in report.lead:
        if isinstance(item, Paragraph):
            texts.append(item.text)
    return {word for text in texts for word in WORD.findall(clean_text(plain(text)))}


def _readable(path, fmt: str) -> str:
    data = path.read_bytes()
    if path.suffix != ".docx":  # the Word hand-back is a .docx too
        return data.decode("utf-8")
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                etree.fromstring(archive.read(name))  # every part is well-formed XML
        xml = archive.read("word/document.xml").decode("utf-8")
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))


@CI
@given(reports(text=hostile_text))
def test_model_round_trip_keeps_everything(report):
    assert decode(encode(report)) == report


TEXT_FORMATS = sorted(set(EXPORTERS) - {"pdf"})  # a PDF's text needs pdftotext: see below


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@CI
@given(report=reports(text=hostile_text, with_review=False))
def test_every_export_writes_every_word_and_only_legal_characters(tmp_path_factory, fmt, report):
    folder = tmp_path_factory.mktemp(fmt)
    result = export_report(report, fmt, folder / f"out{EXPORTERS[fmt].suffix}", source=folder / "稿件.edesk")
    text = "".join(_readable(path, fmt) for path in result.paths)  # a fragment's title is in its .json
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\u202a-\u202e\u2066-\u2069]", text)
    # HTML escapes and Word splits runs, so compare letters and digits with markup and spacing removed.
    flat = re.sub(r"\s|&[a-z]+;|&#\d+;", "", text)
    for word in _words(report):
        assert word in flat


@pytest.mark.parametrize(
    "text", ["\u202e\u2066合同", "\x00\x1b\x7f", "\u0301\u0327a", "\u0627\u05e2", "\U0001f468\u200d\U0001f469"]
)
def test_pdf_export_of_hostile_text_is_a_pdf(tmp_path, text):
    report = Report(meta=Meta(title=text), lead=[Paragraph(text)])
    result = export_report(report, "pdf", tmp_path / "out.pdf", source=tmp_path / "稿件.edesk")
    assert result.paths[0].read_bytes().startswith(b"%PDF")


def test_pdf_export_with_an_empty_issuer_is_a_pdf(tmp_path):
    report = Report(meta=Meta(title="通知", issuer=[""]))
    result = export_report(report, "pdf", tmp_path / "out.pdf", source=tmp_path / "稿件.edesk")
    assert result.paths[0].read_bytes().startswith(b"%PDF")


def test_pdf_export_of_a_lone_surrogate_is_a_pdf(tmp_path):
    report = Report(meta=Meta(title="标题"), lead=[Paragraph("导语\ud800继续")])
    result = export_report(report, "pdf", tmp_path / "out.pdf", source=tmp_path / "稿件.edesk")
    assert result.paths[0].read_bytes().startswith(b"%PDF")


@CI
@given(hostile_text.map(lambda text: text * 3))
def test_any_text_imports_as_markdown_or_says_why(text):
    try:
        result = parse_markdown(text)
    except ImportFailed as error:
        assert str(error)
        return
    again = parse_markdown(render_markdown(result.report)).report
    assert plain(again.meta.title) == plain(result.report.meta.title)


@CI
@given(st.binary(max_size=400))
def test_any_bytes_are_a_document_or_a_document_error(data):
    try:
        decode(data)
    except DocumentError as error:
        assert str(error).startswith("无法打开")


EMPTY = Report()
LONG_PARAGRAPH = Report(meta=Meta(title="长段"), lead=[Paragraph("全县经济运行稳中向好，" * 1_000_000)])
MANY_SECTIONS = Report(
    meta=Meta(title="多节"), nodes=[Node(f"第{i}节", [Paragraph(f"内容{i}。")]) for i in range(10_000)]
)
EMPTY_PARTS = Report(lead=[Paragraph(""), Table([], 0, "")], nodes=[Node("", [Table([[]], 1, "")], [Node("")])])


@pytest.mark.parametrize(
    "report",
    [EMPTY, EMPTY_PARTS, LONG_PARAGRAPH, MANY_SECTIONS],
    ids=["empty", "empty-parts", "10MB-paragraph", "10000-sections"],
)
def test_extreme_shapes_round_trip_and_export_everywhere(tmp_path, report):
    assert decode(encode(report)) == report
    for fmt in TEXT_FORMATS:  # PDF: see the PDF tests above
        result = export_report(report, fmt, None, source=tmp_path / "稿件.edesk")
        assert all(path.stat().st_size > 0 for path in result.paths)
    if report is MANY_SECTIONS:
        assert "第9999节" in (tmp_path / "稿件.txt").read_text(encoding="utf-8")
    if report is LONG_PARAGRAPH:
        assert (tmp_path / "稿件.md").read_text(encoding="utf-8").count("稳中向好") == 1_000_000
