"""Speed of the HTML renderer, which the preview runs after every pause in typing.

Run: python tests/benchmarks/bench_html.py. Prints the median time of the page and fragment renders and of
the report snapshot the preview takes on the UI thread, for large reports and for huge pasted paragraphs.
The render runs on a worker thread, so its time bounds how stale the preview gets; only the snapshot is spent
on the UI thread. Budget: snapshot well under 16 ms (one frame); page render under 0.5 s at 1,000,000 characters.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchkit import large_report, measure

from editor_app.model.report import Paragraph
from editor_app.model.snapshot import snapshot
from editor_app.render.html import render_fragment, render_page_parts
from editor_app.templates import sample_report


def bench(label: str, report, runs: int = 5) -> None:
    print(f"\n{label}")
    measure("snapshot for the worker (UI thread)", lambda: snapshot(report), runs)
    measure("portal page (worker thread)", lambda: render_page_parts(report), runs)
    measure("CMS fragment", lambda: render_fragment(report), runs)


def main() -> None:
    for chars in (200_000, 1_000_000):
        bench(f"report of about {chars:,} characters", large_report(chars))
    pasted = sample_report()
    pasted.lead = [Paragraph("粘贴的一大段纯文本，没有任何标记。" * 600_000)]
    bench("one pasted paragraph of about 10 MB, no markup", pasted)
    pasted.lead = [Paragraph("粘贴的长文本，**含加粗**。" * 70_000)]
    bench("one pasted paragraph of about 1 MB full of **bold** markup", pasted, runs=1)


if __name__ == "__main__":
    main()
