"""Portal looks: a page template plus a stylesheet per theme folder, bundled or added by the office.

A theme is a folder ``themes/<id>/`` holding ``page.html`` (the page body around the article, with
``${placeholders}``), ``style.css`` and an optional ``theme.json`` (``{"name": …, "description": …}``).
Bundled themes live in ``resources/themes``; the lookups take the folders to search (``editor_app.office``
adds the office's own folder, where one with the same id replaces the bundled one). A broken office theme is
skipped, so it never hides the others or stops a preview.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..model.records import record
from ..resources import resource_path

DEFAULT_THEME = "county"
ORDER = (DEFAULT_THEME, "plain")
REQUIRED_PLACEHOLDERS = ("${title}", "${article}")
PLACEHOLDERS = ("site_name", "breadcrumb", "title", "subtitle", "info", "article")


class ThemeError(Exception):
    """A theme is missing or unusable; the message says so in Chinese."""


@record(frozen=True)
class Theme:
    id: str
    name: str
    description: str
    template: str
    css: str
    folder: Path


BUNDLED: tuple[Path, ...] = (resource_path("themes"),)


def load_theme(folder: Path) -> Theme:
    """Read one theme folder. Raises ThemeError when a file is missing, unreadable or lacks a placeholder."""
    try:
        template = (folder / "page.html").read_text(encoding="utf-8")
        css = (folder / "style.css").read_text(encoding="utf-8")
        info_path = folder / "theme.json"
        info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ThemeError(f"网页主题“{folder.name}”无法读取：{error}") from error
    if not isinstance(info, dict):
        raise ThemeError(f"网页主题“{folder.name}”的 theme.json 格式有误")
    missing = [p for p in REQUIRED_PLACEHOLDERS if p not in template]
    if missing:
        raise ThemeError(f"网页主题“{folder.name}”的 page.html 缺少占位符：{'、'.join(missing)}")
    return Theme(
        folder.name, str(info.get("name") or folder.name), str(info.get("description") or ""), template, css, folder
    )


def list_themes(folders: Sequence[Path] = BUNDLED) -> list[Theme]:
    """Every usable theme in ``folders`` (later folders override earlier ones), default ones first."""
    found: dict[str, Theme] = {}
    for base in folders:
        for folder in sorted(base.iterdir()) if base.is_dir() else ():
            if not folder.is_dir():
                continue
            try:
                found[folder.name] = load_theme(folder)
            except ThemeError:
                continue  # an office's broken theme must not hide the others
    rank = {theme_id: i for i, theme_id in enumerate(ORDER)}
    return sorted(found.values(), key=lambda t: (rank.get(t.id, len(ORDER)), t.id))


def get_theme(theme_id: str, folders: Sequence[Path] = BUNDLED) -> Theme:
    """The theme named ``theme_id``. Raises ThemeError (Chinese message listing the known themes)."""
    themes = list_themes(folders)
    for theme in themes:
        if theme.id == theme_id:
            return theme
    known = "、".join(t.id for t in themes)
    raise ThemeError(f"没有名为“{theme_id}”的网页主题。可用主题：{known}")


def theme_or_default(theme_id: str, folders: Sequence[Path] = BUNDLED) -> tuple[Theme, str | None]:
    """The chosen theme, or the default one and a Chinese warning when the choice is gone or broken."""
    try:
        return get_theme(theme_id, folders), None
    except ThemeError as error:
        return get_theme(DEFAULT_THEME, folders), f"{error}；已改用默认主题"
