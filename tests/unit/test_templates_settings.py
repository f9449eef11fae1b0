"""Templates tell the writer what goes where; settings survive a broken file."""

import json

from editor_app.export import export_report
from editor_app.model.report import Placement
from editor_app.render.blocks import Kind, to_blocks
from editor_app.settings import Settings, data_dir, load_settings, save_settings, settings_path
from editor_app.templates import SAMPLE_PATH, get_template, list_templates, sample_from_source, sample_report


def test_bundled_templates_have_names_descriptions_and_skeletons():
    templates = {t.id: t for t in list_templates()}
    assert {"thematic-report", "work-summary", "info-brief", "blank"} <= set(templates)
    for template in templates.values():
        assert template.name and template.description
        report = template.create()
        assert report.meta.title.startswith("【")


def test_thematic_template_has_the_seed_shape():
    report = get_template("thematic-report").create()
    assert report.levels[0].placement is Placement.RUNIN and report.levels[0].numbered
    assert report.levels[1].placement is Placement.RUNIN and not report.levels[1].numbered
    assert report.lead and report.nodes and report.nodes[0].children
    assert all("【" in b.text for b in to_blocks(report) if b.kind in (Kind.RUNIN, Kind.PARAGRAPH))


def test_office_template_is_listed_and_replaces_by_id(tmp_path):
    folder = data_dir() / "templates"
    folder.mkdir(parents=True)
    (folder / "weekly.md").write_text("---\nname: 周报\ndescription: 本局周报\ntitle: 【周报标题】\n---\n", "utf-8")
    (folder / "broken.md").write_text("---\nname: [\n---\n", "utf-8")
    templates = {t.id: t for t in list_templates()}
    assert templates["weekly"].name == "周报"
    assert "broken" not in templates
    assert get_template("weekly").create().meta.title == "【周报标题】"


def test_sample_is_an_original_county_report():
    report = sample_report()
    assert report.meta.source == "青溪县农业农村局"
    assert len(report.nodes) == 3 and all(len(n.children) == 2 for n in report.nodes)


def test_the_first_start_opens_the_sample_as_its_markdown_says():
    """The prepared document is what the first start shows; after an edit of the Markdown it must be made again
    (``python -m editor_app.templates``)."""
    assert sample_report() == sample_from_source()


def test_settings_round_trip_and_readable_json():
    settings = Settings(unit_name="青溪县农业农村局", fonts={"body": "仿宋"})
    save_settings(settings)
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    assert data["unit_name"] == "青溪县农业农村局"
    assert load_settings() == (settings, None)


def test_broken_or_wrongly_typed_settings_fall_back_with_a_warning():
    settings_path().parent.mkdir(parents=True)
    settings_path().write_text("{not json", encoding="utf-8")
    settings, warning = load_settings()
    assert settings == Settings() and "默认设置" in warning
    settings_path().write_text(json.dumps({"unit_name": 5, "autosave_seconds": 10}), encoding="utf-8")
    settings, warning = load_settings()
    assert settings.autosave_seconds == 10 and settings.unit_name == "" and "unit_name" in warning


def test_portal_name_round_trips_and_heads_the_exported_page(tmp_path):
    save_settings(Settings(portal_name="青溪县人民政府门户网站"))
    settings, warning = load_settings()
    assert warning is None and settings.portal_name == "青溪县人民政府门户网站"
    assert json.loads(settings_path().read_text(encoding="utf-8"))["portal_name"] == "青溪县人民政府门户网站"
    report = sample_report()
    export_report(report, "html", tmp_path / "page.html", source=SAMPLE_PATH)
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert '<p class="site-name">青溪县人民政府门户网站</p>' in page
    assert "青溪县人民政府门户网站　主办" in page


def test_without_a_portal_name_the_page_header_comes_from_the_source(tmp_path):
    report = sample_report()
    report.meta.source = "白沙县农业农村局"
    export_report(report, "html", tmp_path / "page.html", source=SAMPLE_PATH)
    assert '<p class="site-name">白沙县人民政府</p>' in (tmp_path / "page.html").read_text(encoding="utf-8")
