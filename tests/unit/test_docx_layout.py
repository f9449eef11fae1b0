"""Page, grid and page-number footers of the Word export, read back from the produced XML."""

from __future__ import annotations

import json

import pytest
from docx_xml import Parts, w

from editor_app.office import load_profile
from editor_app.render.docx import render_docx
from editor_app.templates import sample_report


@pytest.fixture(scope="module")
def parts() -> Parts:
    return Parts(render_docx(sample_report()).data)


def test_page_is_a4_with_the_standard_margins(parts: Parts) -> None:
    sect = parts.document.find(f".//{w('sectPr')}")
    size, margins = sect.find(w("pgSz")), sect.find(w("pgMar"))
    assert (size.get(w("w")), size.get(w("h"))) == ("11906", "16838")
    got = {side: margins.get(w(side)) for side in ("top", "bottom", "left", "right")}
    assert got == {"top": "2098", "bottom": "1984", "left": "1587", "right": "1474"}


def test_grid_has_22_lines_and_28_characters_fit_by_condensing(parts: Parts) -> None:
    grid = parts.document.find(f".//{w('docGrid')}")
    assert grid.get(w("linePitch")) == "579"  # 225 mm / 22 lines
    # 28 characters of 16 pt in a 156 mm line: each character condensed to 15.75 pt (28 × 15.75 < 442.25 < 29 × 15.75)
    spacing = parts.styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}/{w('spacing')}")
    assert spacing.get(w("val")) == "-5"
    assert 28 * (16 - 0.25) <= 442.25 < 29 * (16 - 0.25)


def test_a_profile_can_ask_for_words_character_grid_and_grid_exact_spacing(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "data" / "profiles"
    folder.mkdir(parents=True)
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "data"))
    profile = {"extends": "gbt9704", "grid": {"fit": "grid"}, "line_spacing_pt": "grid"}
    (folder / "word-only.json").write_text(json.dumps(profile), encoding="utf-8")
    parts = Parts(render_docx(sample_report(), load_profile("word-only")).data)
    grid = parts.document.find(f".//{w('docGrid')}")
    assert grid.get(w("type")) == "linesAndChars"
    assert grid.get(w("charSpace")) == str(round((8845 / 20 / 28 - 16) * 4096))
    normal = parts.style("Normal")
    assert normal.find(f"{w('pPr')}/{w('spacing')}").get(w("line")) == "579"


def test_body_has_fixed_28pt_spacing_and_two_character_indent(parts: Parts) -> None:
    spacing = parts.style("Normal").find(f"{w('pPr')}/{w('spacing')}")
    assert (spacing.get(w("line")), spacing.get(w("lineRule"))) == ("560", "exact")
    indent = parts.style("GwBody").find(f"{w('pPr')}/{w('ind')}")
    assert indent.get(w("firstLineChars")) == "200"
    assert indent.get(w("firstLine")) == "640"  # the same two characters for readers without *Chars


def test_odd_and_even_footers_carry_a_page_field_between_dashes(parts: Parts) -> None:
    assert parts.xml("word/settings.xml").find(w("evenAndOddHeaders")) is not None
    sect = parts.document.find(f".//{w('sectPr')}")
    rels = parts.xml("word/_rels/document.xml.rels")
    targets = {rel.get("Id"): rel.get("Target") for rel in rels}
    footers = {}
    for ref in sect.findall(w("footerReference")):
        rid = ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        footers[ref.get(w("type"))] = parts.xml("word/" + targets[rid])
    assert set(footers) == {"default", "even"}
    for kind, align, side in (("default", "right", "right"), ("even", "left", "left")):
        paragraph = footers[kind].find(w("p"))
        assert paragraph.find(f"{w('pPr')}/{w('jc')}").get(w("val")) == align
        assert paragraph.find(f"{w('pPr')}/{w('ind')}").get(w(f"{side}Chars")) == "100"  # one character in
        text = "".join(t.text for t in paragraph.iter(w("t")))
        assert text == "— 1 —"
        assert [i.text.strip() for i in paragraph.iter(w("instrText"))] == ["PAGE"]
        types = [c.get(w("fldCharType")) for c in paragraph.iter(w("fldChar"))]
        assert types == ["begin", "separate", "end"]


def test_page_numbers_are_14pt_in_the_page_number_font(parts: Parts) -> None:
    rpr = parts.style("Footer").find(w("rPr"))
    assert rpr.find(w("sz")).get(w("val")) == "28"
    fonts = rpr.find(w("rFonts"))
    assert fonts.get(w("eastAsia")) == fonts.get(w("ascii")) == "宋体"  # half-width digits in 宋体 too


def test_duplex_profile_mirrors_margins_in_schema_order(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "data" / "profiles"
    folder.mkdir(parents=True)
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "data"))
    (folder / "duplex.json").write_text('{"extends": "gbt9704", "page": {"mirror_margins": true}}', encoding="utf-8")
    settings = Parts(render_docx(sample_report(), load_profile("duplex")).data).xml("word/settings.xml")
    names = [child.tag.split("}")[1] for child in settings]
    assert names.index("zoom") < names.index("mirrorMargins") < names.index("defaultTabStop")
    plain = Parts(render_docx(sample_report()).data).xml("word/settings.xml")
    assert plain.find(w("mirrorMargins")) is None


def test_a_profile_without_odd_even_pages_centres_one_footer(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "data" / "profiles"
    folder.mkdir(parents=True)
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "data"))
    (folder / "simplex.json").write_text('{"extends": "gbt9704", "page_number": {"odd_even": false}}', encoding="utf-8")
    parts = Parts(render_docx(sample_report(), load_profile("simplex")).data)
    assert parts.xml("word/settings.xml").find(w("evenAndOddHeaders")) is None
    refs = parts.document.findall(f".//{w('sectPr')}/{w('footerReference')}")
    assert [ref.get(w("type")) for ref in refs] == ["default"]
    footers = [name for name in parts.names if name.startswith("word/footer")]
    assert len(footers) == 1
    assert parts.xml(footers[0]).find(f"{w('p')}/{w('pPr')}/{w('jc')}").get(w("val")) == "center"
