"""How long the Word export of a 300-page report takes and how much memory it needs.

Run: python3 tests/benchmarks/bench_docx.py [pages] [--pdf]   (prints figures; not a timed test)
A page of GB/T 9704 body text holds 22 lines of 28 characters, about 600 characters. With ``--pdf`` the
file is also converted by LibreOffice (own profile) and the real page count and conversion time printed.
Python memory comes from tracemalloc (the renderer is pure Python: no C library's memory hides from it).
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from editor_app.model.report import Meta, Node, Paragraph, Report, Table
from editor_app.render.blocks import to_blocks
from editor_app.render.docx import render_docx

SENTENCE = "围绕茶叶、高山蔬菜和稻渔综合种养三大主导产业，新建标准化茶园2800亩、蔬菜保供基地6个。"


def long_report(pages: int) -> Report:
    """Four heading levels, a table every section, about ``pages`` pages of body text."""
    paragraph = Paragraph(SENTENCE * 4)  # about 180 characters, 7 lines
    table = Table([["指标", "目标", "完成"], *[[f"指标{i}", "100", "101"] for i in range(6)]])
    nodes = []
    for first in range(pages // 5 + 1):  # a section fills about five pages
        seconds = [
            Node(
                f"第{second + 1}方面",
                [paragraph],
                [Node("具体事项", [paragraph, paragraph], [Node("细项", [paragraph])])],
            )
            for second in range(3)
        ]
        nodes.append(Node(f"第{first + 1}部分工作", [paragraph, table], seconds))
    return Report(
        Meta(title="长篇报告性能测试"),
        lead=[paragraph],
        nodes=nodes,
        signature="青溪县农业农村局",
        date="2026年12月1日",
    )


def convert(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "long.docx")
        source.write_bytes(data)
        profile = Path(folder, "lo-profile").as_uri()
        started = time.perf_counter()
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                folder,
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        elapsed = time.perf_counter() - started
        info = subprocess.run(["pdfinfo", str(source.with_suffix(".pdf"))], check=True, capture_output=True, text=True)
        pages = next(line.split()[-1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
        print(f"LibreOffice → PDF: {elapsed:.1f} s, {pages} pages")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    pages = int(args[0]) if args else 300
    report = long_report(pages)
    characters = sum(len(block.text) for block in to_blocks(report))
    tracemalloc.start()
    started = time.perf_counter()
    output = render_docx(report)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"report of about {pages} pages: {characters} characters")
    print(f"render_docx: {elapsed:.2f} s, peak Python memory {peak / 2**20:.1f} MiB, process peak {rss:.0f} MiB")
    print(f".docx size: {len(output.data) / 1024:.0f} KiB")
    if "--pdf" in sys.argv and shutil.which("soffice"):
        convert(output.data)


if __name__ == "__main__":
    main()
