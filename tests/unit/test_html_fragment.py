"""The CMS fragment: clean semantic HTML a portal editor pastes as it is, with the fields beside it."""

from __future__ import annotations

import json
import re

from editor_app.cli import main
from editor_app.export import fields_path
from editor_app.model.report import Meta, Node, Paragraph, Report, Table
from editor_app.render.html import render_fragment
from editor_app.store.document import save_document
from editor_app.templates import sample_report


def test_fragment_is_body_only_with_fields_separate():
    fragment = render_fragment(sample_report())
    assert "聚焦“三个提升”" not in fragment.body.split("<p", 2)[1]  # the title is not the first paragraph
    assert "<h1" not in fragment.body and "来源" not in fragment.body
    assert fragment.fields() == {
        "title": "聚焦“三个提升” 绘就和美乡村新画卷",
        "subtitle": "",
        "column": ["首页", "专题", "乡村振兴在青溪"],
        "source": "青溪县农业农村局",
        "author": "县农业农村局办公室",
        "published": "2026-11-20 10:30",
        "keywords": ["和美乡村", "乡村振兴", "人居环境"],
        "summary": "青溪县农业农村局以产业、环境、治理“三个提升”为主线推进和美乡村建设，乡村面貌持续改善。",
        "document_number": "",
    }


def test_fragment_has_no_pixel_sizes_font_families_or_full_width_indents():
    report = sample_report()
    report.lead.append(Table([["项目", "数量"], ["茶园", "2800亩"]], 1, "表1"))
    body = render_fragment(report).body
    assert "px" not in body
    assert "font" not in body  # neither font-family nor font-size nor <font>
    assert "\u3000" not in body and "&nbsp;" not in body
    assert "class=" not in body and "id=" not in body and "data-" not in body
    paragraphs = re.findall(r"<p[^>]*>", body)
    assert paragraphs and all(p == '<p style="text-indent: 2em">' for p in paragraphs)


def test_run_in_leads_are_strong_runs_and_headings_are_heading_elements():
    body = render_fragment(sample_report()).body
    assert '<p style="text-indent: 2em"><strong>一、聚焦产业提质，夯实富民增收基础。</strong>坚持把产业振兴' in body
    assert "<strong>壮大特色主导产业。</strong>围绕茶叶" in body
    classic = Report(Meta(title="总结"), nodes=[Node("总体情况", [Paragraph("完成。")], [Node("工程建设")])])
    body = render_fragment(classic).body
    assert "<h2>一、总体情况</h2>" in body and "<h3>（一）工程建设</h3>" in body


def test_fragment_tables_have_header_cells_and_caption():
    report = Report(Meta(title="表"), lead=[Table([["项目", "金额"], ["道路", "45"]], 1, "表1 投资情况")])
    body = render_fragment(report).body
    assert "<caption>表1 投资情况</caption>" in body
    assert body.count('<th scope="col"') == 2 and body.count("<td") == 2


def test_export_fragment_writes_body_and_fields_beside_it(tmp_path, capsys):
    source = save_document(sample_report(), tmp_path / "稿件.edesk")
    assert main(["export", str(source), "--to", "fragment"]) == 0
    body = (tmp_path / "稿件.fragment.html").read_text(encoding="utf-8")
    fields = json.loads((tmp_path / "稿件.fragment.json").read_text(encoding="utf-8"))
    assert body.startswith('<p style="text-indent: 2em">今年以来')
    assert fields["title"] == "聚焦“三个提升” 绘就和美乡村新画卷" and fields["keywords"][0] == "和美乡村"
    assert "稿件.fragment.json" in capsys.readouterr().out


def test_export_page_uses_the_theme_from_the_settings(tmp_path, capsys):
    from editor_app.settings import Settings, save_settings

    source = save_document(sample_report(), tmp_path / "稿件.edesk")
    save_settings(Settings(theme="plain"))
    assert main(["export", str(source), "--to", "html"]) == 0
    page = (tmp_path / "稿件.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "site-header" not in page
    save_settings(Settings(theme="gone"))
    assert main(["export", str(source), "--to", "html", "-o", str(tmp_path / "b.html")]) == 0
    assert "site-header" in (tmp_path / "b.html").read_text(encoding="utf-8")
    assert "没有名为“gone”的网页主题" in capsys.readouterr().err


def test_fields_path_sits_beside_the_fragment(tmp_path):
    assert fields_path(tmp_path / "a.fragment.html").name == "a.fragment.json"
    assert fields_path(tmp_path / "a.htm").name == "a.json"
    assert fields_path(tmp_path / "a.json").name == "a.json.json"  # never the fragment itself
