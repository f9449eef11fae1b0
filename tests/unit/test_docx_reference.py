"""The Word export against its reference files (tests/data/docx-reference, written by docx_reference.py): every
part of every reference document, compared as canonical XML, so any change to what Word reads shows up here
as a diff a reviewer can read."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import pytest
from docx_reference import CASES, REFERENCE, parts


@pytest.mark.parametrize("case", sorted(CASES()))
def test_every_part_matches_its_reference(case: str) -> None:
    written = parts(CASES()[case]())
    folder = REFERENCE / case
    expected = {str(path.relative_to(folder))[: -len(".txt")]: path for path in folder.rglob("*.txt")}
    assert sorted(written) == sorted(expected)
    for name, text in written.items():
        assert text == expected[name].read_text(encoding="utf-8"), f"{case}: {name} differs from its reference"


def test_the_same_report_exported_twice_gives_the_same_file_apart_from_its_times() -> None:
    """Part for part and in the same order. Not byte for byte, nor in length: when a second passes between the two
    exports, the document's time in docProps/core.xml differs and so may its compressed size (this test once
    compared the lengths and failed on such a second)."""
    first, second = CASES()["features"](), CASES()["features"]()
    names = [zipfile.ZipFile(io.BytesIO(data)).namelist() for data in (first, second)]
    assert names[0] == names[1] and parts(first) == parts(second)


def test_importing_the_word_renderer_loads_neither_python_docx_nor_lxml() -> None:
    code = "import sys, editor_app.render.docx; print(sorted({'docx', 'lxml'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
