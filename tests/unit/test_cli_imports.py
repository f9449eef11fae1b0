"""Each command loads only what it uses: a user waits for every module a command imports, on every run (issue
#13: ``export --to html`` of a short report must be quicker than pandoc). Each command runs in a fresh process and
the modules it left in ``sys.modules`` are checked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.model.report import Meta, Paragraph, Report
from editor_app.store.document import save_document

ROOT = Path(__file__).resolve().parents[2]
NEVER = ("PySide6", "typst", "markdown_it", "cn2an", "rapidfuzz", "zhon")  # the window, the PDF engine, former deps
WORD = ("docx", "lxml", "editor_app.render.docx", "editor_app.fonts", "editor_app.font_files")
LOCKS = ("socket", "getpass")  # who holds a document open: the window's business
REVIEW = ("editor_app.review", "ahocorasick")
NOT_ERRORS = ("editor_app.review.numbers", "editor_app.review.sequence")  # the export warning counts only errors
# type hints are for the checker, argparse speaks our Chinese without gettext's catalogs, html escaping needs no
# entity table, records are not dataclasses (which import inspect, ~20 ms), a save's temporary is not tempfile's,
# Linux's settings folders are found without platformdirs (which imports tempfile and random)
UNUSED = ("typing", "locale", "html", "dataclasses", "inspect", "glob", "tempfile", "random", "platformdirs")
CASES = {
    "--version": (["--version"], ("editor_app.render", "editor_app.export", "yaml", *WORD, *REVIEW)),
    "templates": (["templates"], ("editor_app.render", "editor_app.export", *WORD, *REVIEW)),
    # the review reads the Word profile for its GB2312 check, so check may load render.docx (which needs no
    # python-docx or lxml), not the exporter
    "check": (
        ["check", "{doc}"],
        ("docx", "lxml", "editor_app.export", "editor_app.render.html", "editor_app.fonts", *UNUSED),
    ),
    "export html": (["export", "{doc}", "--to", "html", "-o", "{out}.html"], (*WORD, *LOCKS, *UNUSED, *NOT_ERRORS)),
    "export txt": (
        ["export", "{doc}", "--to", "txt", "-o", "{out}.txt"],
        (*WORD, *LOCKS, *UNUSED, *NOT_ERRORS, "editor_app.render.html"),
    ),
    # the Word export writes its own OOXML: neither python-docx nor lxml, nor the html renderer
    "export docx": (
        ["export", "{doc}", "--to", "docx", "-o", "{out}.docx"],
        ("docx", "lxml", "editor_app.render.html", *LOCKS, *UNUSED),
    ),
}


def loaded_by(arguments: list[str]) -> set[str]:
    probe = (
        "import sys\nfrom editor_app.cli import main\n"
        f"try:\n    main({arguments!r})\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)"
    )
    env = {key: value for key, value in os.environ.items() if key.startswith("EDITOR_APP_")}
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          env={**env, "PYTHONPATH": str(ROOT / "src"), "PATH": ""})  # fmt: skip
    return set(done.stderr.split())


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_command_imports_nothing_it_does_not_use(case, tmp_path):
    document = save_document(Report(Meta(title="标题"), lead=[Paragraph("**导语**，正文。")]), tmp_path / "稿件")
    template, forbidden = CASES[case]
    arguments = [part.format(doc=document, out=tmp_path / "out") for part in template]
    loaded = loaded_by(arguments)
    assert "editor_app.cli" in loaded
    assert [name for name in loaded if name.split(".")[0] in NEVER or name.startswith(forbidden)] == []
    if case.startswith("export"):
        assert (tmp_path / f"out.{case.split()[1]}").is_file()
