"""Whatever text a report holds, the Word export writes a file that opens, and says what it had to drop."""

from __future__ import annotations

import io

import docx
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.model.report import Attachment, Meta, Node, Paragraph, Report, Table
from editor_app.render.docx import render_docx

text = st.text(max_size=60)


@st.composite
def reports(draw) -> Report:
    nodes = draw(st.lists(st.builds(Node, text, st.lists(st.builds(Paragraph, text), max_size=2)), max_size=3))
    table = Table(draw(st.lists(st.lists(text, min_size=1, max_size=3), max_size=3)), caption=draw(text))
    return Report(
        Meta(
            title=draw(text),
            subtitle=draw(text),
            source=draw(text),
            author=draw(text),
            keywords=[draw(text)],
            issuer=draw(st.lists(text, max_size=2)),
            document_number=draw(text),
            signers=draw(st.lists(text, max_size=3)),
            copy_number=draw(text),
            recipients=draw(text),
            note=draw(text),
            cc=draw(st.lists(text, max_size=2)),
            printed_by=draw(text),
        ),
        lead=[Paragraph(draw(text)), table],
        nodes=nodes,
        signature=draw(text),
        date=draw(text),
        attachments=[Attachment(draw(text), [Paragraph(draw(text))]) for _ in range(draw(st.integers(0, 2)))],
    )


@settings(max_examples=60, deadline=None)
@given(reports())
def test_any_text_exports_to_a_file_that_reopens(report: Report) -> None:
    output = render_docx(report)
    reopened = docx.Document(io.BytesIO(output.data))
    assert reopened.sections[0].page_width == 7560310  # still A4: nothing fell back to a default
    if output.warnings:
        assert all("控制字符" in warning for warning in output.warnings)


def test_sign_off_after_an_empty_table_exports():
    report = Report(meta=Meta(title="空表"), closing=[Table([], 0)], signature="某局", date="2026年11月20日")
    document = docx.Document(io.BytesIO(render_docx(report).data))
    assert [p.text for p in document.paragraphs][-2:] == ["某局", "2026年11月20日"]
