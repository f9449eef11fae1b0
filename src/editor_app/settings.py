"""Office defaults and user settings, stored as a readable JSON file that IT can pre-seed.

The file lives in platformdirs' config folder (``settings.json``); a missing or unreadable file gives the
defaults, so a broken settings file never keeps the app from starting. Folders for the user's own templates
and portal themes, and for recovery copies, live in platformdirs' data folder.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

APP_NAME = "editorial-desk"
APP_AUTHOR = "EditorialDesk"


def config_dir() -> Path:
    override = os.environ.get("EDITOR_APP_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    override = os.environ.get("EDITOR_APP_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def recovery_dir() -> Path:
    """Where autosave keeps the crash-recovery copies of open documents."""
    return data_dir() / "recovery"


def settings_path() -> Path:
    return config_dir() / "settings.json"


@dataclass
class Settings:
    unit_name: str = ""
    columns: list[str] = field(default_factory=lambda: ["首页 > 工作动态", "首页 > 政务动态", "首页 > 专题"])
    default_template: str = "thematic-report"
    autosave_seconds: int = 5
    language: str = "zh_CN"
    theme: str = "county"  # the portal look of the preview and the page export (chosen in the preview's toolbar)
    preview_text_size: str = "中"  # the preview's 字号 大/中/小
    portal_name: str = ""  # the header band of the preview and the page export; empty: guessed from the source
    word_profile: str = "gbt9704"
    fonts: dict[str, str] = field(default_factory=dict)  # role → font name, overriding the Word profile
    recent_files: list[str] = field(default_factory=list)


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings, and a Chinese warning when the file existed but could not be used."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return Settings(), f"设置文件“{path}”无法读取，已使用默认设置（{error}）"
    if not isinstance(data, dict):
        return Settings(), f"设置文件“{path}”格式有误，已使用默认设置"
    settings = Settings()
    problems = []
    for item in fields(Settings):
        if item.name not in data:
            continue
        value = data[item.name]
        default = getattr(settings, item.name)
        if type(value) is not type(default):
            problems.append(item.name)
            continue
        setattr(settings, item.name, value)
    warning = f"设置文件中以下项无效，已用默认值：{'、'.join(problems)}" if problems else None
    return settings, warning


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically. Raises OSError."""
    from .store.files import atomic_write

    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(asdict(settings), ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, text.encode("utf-8"), keep_backup=False)
