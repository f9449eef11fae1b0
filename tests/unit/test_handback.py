"""The Word hand-back: open comments and findings as Word comments on their paragraphs; nothing of the review
in the copy for submission, the portal page, the CMS fragment or the plain exports."""

import json
import zipfile

from lxml import etree

from editor_app.export import export_report
from editor_app.model.report import Comment, Meta, Node, Paragraph, Reply, Report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def reviewed_report() -> Report:
    """A report with an open comment carrying a reply and a resolved one (also a Word reference case)."""
    meta = Meta(title="弘扬五种风气", column=["首页"], source="县委统战部", published="2024-05-08 09:30")
    report = Report(
        meta=meta, lead=[Paragraph("加强管理,落实责任。")], nodes=[Node("大兴学习之风", [Paragraph("正文")])]
    )
    comment = Comment("请核实数据", "张编辑", "n0-p0", "2026-11-30 09:30", 0, 2)
    comment.replies.append(Reply("已核实", "李科员"))
    report.review.comments += [comment, Comment("已处理的意见", "张编辑", "lead-0", resolved=True)]
    return report


def _comments(path) -> list[tuple[str, str, str]]:
    """(author, text, commented paragraph text) for every comment of a .docx."""
    with zipfile.ZipFile(path) as archive:
        comments = etree.fromstring(archive.read("word/comments.xml"))
        body = etree.fromstring(archive.read("word/document.xml"))
    texts = {}
    for paragraph in body.iter(f"{W}p"):
        for start in paragraph.iter(f"{W}commentRangeStart"):
            texts[start.get(f"{W}id")] = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
    return [
        (
            c.get(f"{W}author"),
            "\n".join("".join(t.text for t in p.iter(f"{W}t")) for p in c.iter(f"{W}p")),
            texts[c.get(f"{W}id")],
        )
        for c in comments.iter(f"{W}comment")
    ]


def test_handback_carries_open_comments_and_findings_on_their_paragraphs(tmp_path):
    source = tmp_path / "稿件.edesk"
    result = export_report(reviewed_report(), "handback", None, source=source)
    (path,) = result.paths
    assert path.name == "稿件.批注.docx"
    assert _comments(path) == [
        ("张编辑", "“正文”：请核实数据\n李科员：已核实", "正文"),
        ("审校", "“,”：中文里用了半角“,”，应为全角“，”（建议改为“，”）", "加强管理,落实责任。"),
    ]  # the resolved comment is not handed back


def test_nothing_of_the_review_leaks_into_the_other_outputs(tmp_path):
    report = reviewed_report()
    source = tmp_path / "稿件.edesk"
    written = []
    for fmt in ("docx", "html", "fragment", "md", "txt"):
        for path in export_report(report, fmt, tmp_path / f"out-{fmt}", source=source).paths:
            written.append(path)
            data = path.read_bytes()
            if path.suffix == ".docx" or fmt == "docx":
                with zipfile.ZipFile(path) as archive:
                    assert "word/comments.xml" not in archive.namelist()
                    data = archive.read("word/document.xml")
            text = data.decode("utf-8")
            for secret in ("请核实数据", "已核实", "张编辑", "审校"):
                assert secret not in text, (fmt, secret)
    (fields_file,) = [path for path in written if path.suffix == ".json"]
    fields = json.loads(fields_file.read_text(encoding="utf-8"))
    assert "review" not in fields and "comments" not in json.dumps(fields, ensure_ascii=False)
