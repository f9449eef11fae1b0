"""Portal themes: the bundled looks, an office's own folder, and a broken theme that must not get in the way."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from editor_app.office import get_theme, list_themes, theme_or_default
from editor_app.render.html import render_page
from editor_app.render.themes import ThemeError
from editor_app.settings import data_dir
from editor_app.templates import sample_report


def _office_theme(name: str, page: str = "<h1>${title}</h1>${article}", css: str = "body { color: #000; }"):
    folder = data_dir() / "themes" / name
    folder.mkdir(parents=True)
    (folder / "page.html").write_text(page, encoding="utf-8")
    (folder / "style.css").write_text(css, encoding="utf-8")
    return folder


def test_bundled_themes_come_first_with_chinese_names():
    themes = list_themes()
    assert [t.id for t in themes[:2]] == ["county", "plain"]
    assert themes[0].name == "县级政府门户" and themes[1].name == "简洁"


def test_an_office_theme_is_listed_and_used():
    folder = _office_theme("qingxi", css=".office-look { color: #123456; }")
    (folder / "theme.json").write_text('{"name": "青溪县门户"}', encoding="utf-8")
    assert get_theme("qingxi").name == "青溪县门户"
    page = render_page(sample_report(), get_theme("qingxi"))
    assert ".office-look" in page and "<h1>聚焦“三个提升” 绘就和美乡村新画卷</h1>" in page


def test_an_office_theme_with_the_same_id_replaces_the_bundled_one():
    _office_theme("county", css=".replaced { color: #000; }")
    assert ".replaced" in get_theme("county").css


def test_a_broken_office_theme_is_skipped_and_the_default_is_used_instead():
    _office_theme("broken", page="<p>no placeholders</p>")
    (_office_theme("unreadable") / "style.css").write_bytes(b"\xff\xfe\x00bad")
    assert {"broken", "unreadable"}.isdisjoint(t.id for t in list_themes())
    with pytest.raises(ThemeError, match="没有名为“broken”的网页主题"):
        get_theme("broken")
    theme, warning = theme_or_default("broken")
    assert theme.id == "county" and "已改用默认主题" in warning


def test_a_theme_stylesheet_cannot_close_its_style_element():
    _office_theme("sneaky", css="body{} </style><script>alert(1)</script>")
    tags = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: tags.append(tag)
    parser.feed(render_page(sample_report(), get_theme("sneaky")))
    assert "script" not in tags and tags.count("style") == 2
