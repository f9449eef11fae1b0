"""Speed and memory of the headless core on large reports. Run: python tests/benchmarks/bench_core.py

Prints one line per operation: the median wall time of several runs and the peak Python memory of one run.
Budgets (on a modest office PC; this machine is 2 cores): every operation on a 200,000-character report well
under 0.5 s, so that background saves, previews and exports keep up with a writer.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchkit import large_report, measure

from editor_app.importers.markdown import parse_markdown
from editor_app.render.blocks import to_blocks
from editor_app.render.markdown import render_markdown
from editor_app.render.text import render_text
from editor_app.store.document import decode, encode, open_document, save_document


def bench(chars: int) -> None:
    report = large_report(chars)
    text = render_text(report)
    print(f"\nreport of {len(text):,} characters, {len(report.nodes)} sections")
    data = encode(report)
    markdown = render_markdown(report)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.edesk"
        measure("block stream (to_blocks)", lambda: to_blocks(report))
        measure("plain text export", lambda: render_text(report))
        measure("encode document", lambda: encode(report))
        measure("decode document", lambda: decode(data))
        measure("atomic save with backup", lambda: save_document(report, path))
        measure("open document", lambda: open_document(path))
        measure("Markdown export", lambda: render_markdown(report))
        measure("Markdown import", lambda: parse_markdown(markdown))
        print(f"{'document file size':<36} {path.stat().st_size / 1e3:8.1f} kB")


def main() -> None:
    for chars in (200_000, 1_000_000):
        bench(chars)


if __name__ == "__main__":
    main()
