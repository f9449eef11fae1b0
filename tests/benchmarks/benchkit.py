"""Shared benchmark pieces: ``large_report(chars)`` (about that many characters, in the seed's shape) and
``measure`` (median wall time of several runs, and the peak Python memory of one)."""

from __future__ import annotations

import statistics
import time
import tracemalloc

from editor_app.model.inline import parse
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


def measure(name: str, action, runs: int = 5) -> None:
    times = []
    for _ in range(runs):
        parse.cache_clear()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    parse.cache_clear()
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{name:<36} {statistics.median(times) * 1000:8.1f} ms   peak {peak / 1e6:7.1f} MB")
