"""Named styles, outline levels and East Asian fonts of the Word export."""

from __future__ import annotations

import pytest
from docx_xml import NS, Parts, w

from editor_app.render.docx import render_docx
from editor_app.templates import sample_report

THEME_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


@pytest.fixture(scope="module")
def parts() -> Parts:
    return Parts(render_docx(sample_report()).data)


def _fonts(style) -> dict[str, str]:
    fonts = style.find(f"{w('rPr')}/{w('rFonts')}")
    return {key.split("}")[1]: value for key, value in fonts.attrib.items()}


def _size_pt(style) -> float:
    return int(style.find(f"{w('rPr')}/{w('sz')}").get(w("val"))) / 2


@pytest.mark.parametrize(("level", "font"), [(1, "黑体"), (2, "楷体_GB2312"), (3, "仿宋_GB2312"), (4, "仿宋_GB2312")])
def test_heading_levels_are_named_styles_with_outline_levels_and_their_fonts(parts: Parts, level, font) -> None:
    style = parts.style(f"Heading{level}")
    assert style.find(w("name")).get(w("val")) == f"heading {level}"  # Word's own: navigation pane, TOC, WPS
    assert style.find(f"{w('pPr')}/{w('outlineLvl')}").get(w("val")) == str(level - 1)
    assert _fonts(style)["eastAsia"] == font
    assert _size_pt(style) == 16


def test_title_is_centred_small_biaosong_size_two(parts: Parts) -> None:
    style = parts.style("Title")
    assert _fonts(style)["eastAsia"] == "方正小标宋简体"
    assert _size_pt(style) == 22
    assert style.find(f"{w('pPr')}/{w('jc')}").get(w("val")) == "center"


def test_body_is_fangsong_size_three_in_chinese(parts: Parts) -> None:
    defaults = parts.styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    assert defaults.find(w("rFonts")).get(w("eastAsia")) == "仿宋_GB2312"
    assert defaults.find(w("lang")).get(w("eastAsia")) == "zh-CN"
    assert _fonts(parts.style("Normal"))["eastAsia"] == "仿宋_GB2312"
    assert _fonts(parts.style("Normal"))["ascii"] == "Times New Roman"
    assert _size_pt(parts.style("Normal")) == 16


def test_every_named_style_an_office_restyles_is_there(parts: Parts) -> None:
    names = {s.get(w("styleId")): s.find(w("name")).get(w("val")) for s in parts.styles.iter(w("style"))}
    for style_id, name in {
        "GwBody": "公文正文",
        "GwSignature": "发文机关署名",
        "GwDate": "成文日期",
        "GwAttachments": "附件说明",
        "GwRunIn1": "段首一级标题",
        "GwRunIn2": "段首二级标题",
    }.items():
        assert names.get(style_id) == name


def test_no_theme_font_overrides_an_explicit_name(parts: Parts) -> None:
    styles = parts.text("word/styles.xml")
    document = parts.text("word/document.xml")
    for attribute in THEME_ATTRIBUTES:
        assert f"w:{attribute}=" not in styles
        assert f"w:{attribute}=" not in document


def test_every_run_asks_for_full_width_ambiguous_punctuation(parts: Parts) -> None:
    runs = [r for r in parts.document.iter(w("r")) if r.find(w("t")) is not None]
    assert runs
    for run in runs:
        assert run.find(f"{w('rPr')}/{w('rFonts')}").get(w("hint")) == "eastAsia"


def test_python_docx_template_leftovers_are_gone(parts: Parts) -> None:
    assert "word/stylesWithEffects.xml" not in parts.names
    assert "docProps/thumbnail.jpeg" not in parts.names
    assert not any(name.startswith("customXml/") for name in parts.names)
    assert "word/numbering.xml" not in parts.names
    assert "Microsoft" not in parts.text("docProps/app.xml")
    assert "稿件编辑台" in parts.text("docProps/app.xml")
    modes = parts.xml("word/settings.xml").xpath("//w:compatSetting[@w:name='compatibilityMode']/@w:val", namespaces=NS)
    assert modes == ["15"]  # Word opens it as a current document, not in compatibility mode
    lang = parts.xml("word/settings.xml").find(w("themeFontLang"))
    assert lang.get(w("eastAsia")) == "zh-CN"
    assert "ＭＳ" not in parts.text("word/fontTable.xml")
    theme = parts.text("word/theme/theme1.xml")
    assert '<a:ea typeface="仿宋_GB2312"/>' in theme


def test_font_table_names_each_font_with_its_fall_back(parts: Parts) -> None:
    fonts = {f.get(w("name")): f for f in parts.xml("word/fontTable.xml").iter(w("font"))}
    assert fonts["仿宋_GB2312"].find(w("altName")).get(w("val")) == "仿宋"
    assert fonts["仿宋_GB2312"].find(w("charset")).get(w("val")) == "86"
    assert {"方正小标宋简体", "黑体", "楷体_GB2312", "宋体", "Times New Roman"} <= set(fonts)


def test_the_office_font_mapping_replaces_the_profile_defaults() -> None:
    parts = Parts(render_docx(sample_report(), fonts={"body": "仿宋", "level1": "方正黑体_GBK"}).data)
    assert _fonts(parts.style("Normal"))["eastAsia"] == "仿宋"
    assert _fonts(parts.style("Heading1"))["eastAsia"] == "方正黑体_GBK"
    assert _fonts(parts.style("GwRunIn1"))["eastAsia"] == "方正黑体_GBK"
    # a chosen font that is the profile's own fall-back gets the next one as alternative
    fonts = {f.get(w("name")): f for f in parts.xml("word/fontTable.xml").iter(w("font"))}
    assert fonts["仿宋"].find(w("altName")).get(w("val")) == "STFangsong"


def test_styles_are_schema_ordered_enough_for_word(parts: Parts) -> None:
    """Word rejects a file whose pPr children are out of schema order; check the ones we write."""
    order = ["pStyle", "keepNext", "widowControl", "autoSpaceDE", "autoSpaceDN", "snapToGrid", "spacing", "ind", "jc"]
    order.append("outlineLvl")
    for ppr in parts.styles.iter(w("pPr")):
        names = [child.tag.split("}")[1] for child in ppr]
        assert names == sorted(names, key=order.index), names
    for ppr in parts.document.iter(w("pPr")):
        names = [child.tag.split("}")[1] for child in ppr]
        assert names == sorted(names, key=order.index), names
