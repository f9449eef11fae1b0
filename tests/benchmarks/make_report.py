"""A large report in the seed's shape, for benchmarks: ``large_report(chars)`` has about that many characters."""

from __future__ import annotations

from editor_app.model.report import Meta, Node, Paragraph, Report
from editor_app.templates import sample_report

SENTENCE = "围绕年度目标任务，细化工作措施，压实工作责任，推动各项工作落地见效，群众满意度持续提升。"


def large_report(chars: int = 200_000) -> Report:
    report = sample_report()
    report.meta = Meta(title="大型报告基准", source="青溪县某局", published="2026-11-20 10:30")
    per_paragraph = SENTENCE * 6
    paragraphs = max(1, chars // len(per_paragraph))
    sections = max(1, paragraphs // 20)
    report.nodes = [
        Node(
            f"第{i}部分的小标题。",
            [Paragraph(per_paragraph)],
            [Node(f"分项{j}。", [Paragraph(per_paragraph)]) for j in range(19)],
        )
        for i in range(sections)
    ]
    return report
