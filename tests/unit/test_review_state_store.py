"""The review state in the document file (schema 2): comments with ranges, replies and resolved, ignored findings."""

import json
import zipfile

from editor_app.model.report import Comment, IgnoredFinding, Paragraph, Reply, Report
from editor_app.model.snapshot import snapshot
from editor_app.store.document import open_document, save_document
from editor_app.store.schema import SCHEMA_VERSION


def _reviewed() -> Report:
    report = Report(lead=[Paragraph("加强管理,落实责任")])
    comment = Comment("这句再斟酌", "张编辑", "lead-0", "2026-11-30 09:30", 0, 4)
    comment.replies.append(Reply("已改", "李科员", "2026-11-30 10:00"))
    report.review.comments.append(comment)
    report.review.comments.append(Comment("本节数据请核实", "张编辑", "n0", resolved=True))
    report.review.ignored.append(IgnoredFinding("punct.halfwidth", "lead-0", ","))
    report.review.status = "returned"
    return report


def test_comments_replies_and_ignores_survive_save_and_open(tmp_path):
    path = tmp_path / "稿件.edesk"
    save_document(_reviewed(), path)
    assert open_document(path).review == _reviewed().review
    with zipfile.ZipFile(path) as archive:
        assert json.loads(archive.read("document.json"))["schema"] == SCHEMA_VERSION == 2


def test_a_version_1_document_opens_with_an_empty_review(tmp_path):
    path = tmp_path / "旧.edesk"
    save_document(Report(lead=[Paragraph("正文")]), path)
    with zipfile.ZipFile(path) as archive:
        payload = json.loads(archive.read("document.json"))
    payload["schema"] = 1
    payload["report"]["review"] = {"status": "in_review", "comments": [{"text": "旧批注", "anchor": "lead-0"}]}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.editorial-desk+zip", compress_type=zipfile.ZIP_STORED)
        archive.writestr("document.json", json.dumps(payload, ensure_ascii=False))
    review = open_document(path).review
    assert review.status == "in_review"
    assert review.comments == [Comment("旧批注", anchor="lead-0")]
    assert review.ignored == []


def test_a_snapshot_copies_the_review_state():
    report = _reviewed()
    copy = snapshot(report)
    report.review.comments[0].replies.append(Reply("再改"))
    report.review.ignored.clear()
    assert len(copy.review.comments[0].replies) == 1
    assert copy.review.ignored == [IgnoredFinding("punct.halfwidth", "lead-0", ",")]
