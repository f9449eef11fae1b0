"""Word layout profiles: page, grid, type and closing rules as data, and the office's font mapping over them.

A profile is a JSON file in ``resources/profiles`` (bundled) or in the ``profiles`` folder of the user data
folder (the office's own; same id replaces the bundled one). ``"extends": "gbt9704"`` starts from another
profile and overrides only what it names, so a variant stays a few lines. Fonts are listed per role, the
standard's name first and common fall-backs after it; the first is what the .docx asks for, the second is
written to the font table as its alternative name.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

from ...model.records import record
from ...resources import resource_path

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on every command
if TYPE_CHECKING:
    from typing import Any

DEFAULT_PROFILE = "gbt9704"
ROLES = ("title", "body", "level1", "level2", "level3", "level4", "page_number", "latin")
ROLE_NAMES = {  # what the settings dialog and warnings call each role
    "title": "标题",
    "body": "正文",
    "level1": "一级标题",
    "level2": "二级标题",
    "level3": "三级标题",
    "level4": "四级标题",
    "page_number": "页码",
    "latin": "数字和西文",
}


class ProfileError(Exception):
    """A profile is missing or malformed; the message is in Chinese."""


@record(frozen=True)
class Profile:
    """One layout, read from JSON. ``data`` keeps the merged JSON; properties give typed access."""

    id: str
    name: str
    data: Mapping[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @property
    def font_choices(self) -> dict[str, list[str]]:
        return {role: list(self.data["fonts"][role]) for role in ROLES}


BUNDLED: tuple[Path, ...] = (resource_path("profiles"),)


def _find(profile_id: str, folders: Sequence[Path]) -> Path:
    found = None
    for folder in folders:
        candidate = folder / f"{profile_id}.json"
        if candidate.is_file():
            found = candidate  # the office's folder comes last and wins
    if found is None:
        raise ProfileError(f"找不到 Word 版式“{profile_id}”，可用版式：{'、'.join(list_profiles(folders))}")
    return found


def _merge(base: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(dict(merged[key]), value)
        else:
            merged[key] = value
    return merged


def _read(profile_id: str, folders: Sequence[Path], seen: tuple[str, ...] = ()) -> dict[str, Any]:
    if profile_id in seen:
        raise ProfileError(f"Word 版式“{profile_id}”循环继承")
    path = _find(profile_id, folders)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ProfileError(f"Word 版式文件“{path}”无法读取（{error}）") from error
    if not isinstance(data, dict):
        raise ProfileError(f"Word 版式文件“{path}”格式有误")
    parent = data.pop("extends", None)
    return _merge(_read(parent, folders, (*seen, profile_id)), data) if parent else data


_REQUIRED = ("page", "grid", "line_spacing_pt", "first_line_chars", "sizes_pt", "fonts", "title", "levels", "runin")


def load_profile(profile_id: str = DEFAULT_PROFILE, folders: Sequence[Path] = BUNDLED) -> Profile:
    """The named profile from ``folders`` (later ones win) with its ``extends`` chain merged. Raises ProfileError."""
    data = _read(profile_id, folders)
    missing = [key for key in _REQUIRED if key not in data]
    missing += [f"fonts.{role}" for role in ROLES if not data.get("fonts", {}).get(role)]
    if missing:
        raise ProfileError(f"Word 版式“{profile_id}”缺少以下项：{'、'.join(missing)}")
    return Profile(profile_id, str(data.get("name") or profile_id), data)


def list_profiles(folders: Sequence[Path] = BUNDLED) -> list[str]:
    """Ids of every profile in ``folders``."""
    ids = {path.stem for folder in folders if folder.is_dir() for path in folder.glob("*.json")}
    return sorted(ids, key=lambda i: (i != DEFAULT_PROFILE, i))


def role_key(name: str) -> str | None:
    """The role a settings key names: the key itself (``body``) or its Chinese name (``正文``); None if neither."""
    name = name.strip()
    if name in ROLES:
        return name
    return next((key for key, label in ROLE_NAMES.items() if label == name), None)


def resolve_fonts(profile: Profile, overrides: Mapping[str, str] | None = None) -> tuple[dict[str, str], list[str]]:
    """Role → font name: the office's mapping (``Settings.fonts``) over the profile's first choice.

    Keys are role keys or their Chinese names (IT may write ``"正文": "仿宋"`` by hand). Returns the mapping and
    Chinese warnings for keys that name no role, so a typo in a settings file is reported instead of ignored.
    """
    fonts = {role: choices[0] for role, choices in profile.font_choices.items()}
    warnings = []
    for key, name in (overrides or {}).items():
        role = role_key(key) if isinstance(key, str) else None
        if role is None:
            known = "、".join(f"{key}（{ROLE_NAMES[key]}）" for key in ROLES)
            warnings.append(f"字体设置中的“{key}”不是可设置的角色（可设置：{known}），已忽略")
        elif isinstance(name, str) and name.strip():
            fonts[role] = name.strip()
    return fonts, warnings


def fallback_font(profile: Profile, role: str, chosen: str) -> str | None:
    """The next font the profile lists after ``chosen`` for ``role`` (for the font table's alternative name)."""
    choices = profile.font_choices[role]
    rest = choices[choices.index(chosen) + 1 :] if chosen in choices else choices
    return next((name for name in rest if name != chosen), None)
