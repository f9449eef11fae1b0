"""Office defaults and user settings, stored as a readable JSON file that IT can pre-seed.

The file lives in platformdirs' config folder (``settings.json``); a missing or unreadable file gives the
defaults, so a broken settings file never keeps the app from starting. Folders for the user's own templates
and portal themes, and for recovery copies, live in platformdirs' data folder. On Linux these folders are worked
out here by the XDG rules platformdirs follows: importing platformdirs (with tempfile and random) cost every
command-line run about 8 ms (issue #13).

Office defaults: IT ships ``defaults.json`` (the same keys) beside the installed app and/or in the system-wide
config folder; the user's own file overrides them, and saving writes only what the user changed, so a later
office-wide change still reaches everyone who did not change that item.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .model.records import asdict, field, fields, record

APP_NAME = "editorial-desk"
APP_AUTHOR = "EditorialDesk"

# Linux: each platformdirs folder's XDG variable (an absolute path, or a list of them for *_DIRS) and its fallback
_XDG = {
    "user_config_dir": ("XDG_CONFIG_HOME", "~/.config"),
    "user_data_dir": ("XDG_DATA_HOME", "~/.local/share"),
    "user_cache_dir": ("XDG_CACHE_HOME", "~/.cache"),
    "site_config_dir": ("XDG_CONFIG_DIRS", "/etc/xdg"),
    "user_log_dir": ("XDG_STATE_HOME", "~/.local/state"),  # and "log" in the app's folder there
}


def platform_dir(kind: str) -> Path:
    """platformdirs' folder ``kind`` (``user_config_dir``…) for this app."""
    if sys.platform == "linux":
        variable, fallback = _XDG[kind]
        value = os.environ.get(variable, "")
        given = value.split(os.pathsep) if variable.endswith("DIRS") else [value]
        absolute = [path for path in given if path.startswith("/")]
        folder = Path(absolute[0] if absolute else os.path.expanduser(fallback), APP_NAME)
        return folder / "log" if kind == "user_log_dir" else folder
    import platformdirs

    return Path(getattr(platformdirs, kind)(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    override = os.environ.get("EDITOR_APP_CONFIG_DIR")
    return Path(override) if override else platform_dir("user_config_dir")


def data_dir() -> Path:
    override = os.environ.get("EDITOR_APP_DATA_DIR")
    return Path(override) if override else platform_dir("user_data_dir")


def cache_dir() -> Path:
    """Where the app keeps what it can always rebuild (the installed fonts' names)."""
    override = os.environ.get("EDITOR_APP_CACHE_DIR")
    return Path(override) if override else platform_dir("user_cache_dir")


def recovery_dir() -> Path:
    """Where autosave keeps the crash-recovery copies of open documents."""
    return data_dir() / "recovery"


def settings_path() -> Path:
    return config_dir() / "settings.json"


DEFAULTS_NAME = "defaults.json"


def office_defaults_paths() -> list[Path]:
    """Where IT puts the office defaults, weakest first: beside the installed app (the folder of the frozen
    executable), then the system-wide config folder (``/etc/xdg/editorial-desk`` on Linux,
    ``C:\\ProgramData\\EditorialDesk\\editorial-desk`` on Windows; ``EDITOR_APP_SITE_CONFIG_DIR`` overrides it)."""
    paths = [Path(sys.executable).parent / DEFAULTS_NAME] if getattr(sys, "frozen", False) else []
    site = os.environ.get("EDITOR_APP_SITE_CONFIG_DIR")
    return [*paths, (Path(site) if site else platform_dir("site_config_dir")) / DEFAULTS_NAME]


def office_file(name: str) -> Path:
    """An office-wide file such as ``review-words.json``: the user's own in the settings folder, or else the one
    IT put in the system-wide folder, or else beside the installed app (the user's path when there is none)."""
    own = config_dir() / name
    for candidate in [own, *(path.with_name(name) for path in reversed(office_defaults_paths()))]:
        if candidate.is_file():
            return candidate
    return own


@record
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


def _read(path: Path) -> tuple[dict | None, str | None]:
    """The JSON object in ``path`` (None when absent or unusable), and a Chinese warning when unusable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None, None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, f"设置文件“{path}”无法读取，已忽略（{error}）"
    if not isinstance(data, dict):
        return None, f"设置文件“{path}”格式有误，已忽略"
    return data, None


def _apply(settings: Settings, data: dict) -> list[str]:
    """Take over the known items of ``data`` whose type is right; returns the names of the wrong ones."""
    problems = []
    for item in fields(Settings):
        if item.name not in data:
            continue
        value = data[item.name]
        if type(value) is not type(getattr(settings, item.name)):
            problems.append(item.name)
            continue
        setattr(settings, item.name, value)
    return problems


def office_settings() -> tuple[Settings, list[str]]:
    """The built-in defaults with the office's defaults files applied, and warnings about those files."""
    settings, warnings = Settings(), []
    for path in office_defaults_paths():
        data, warning = _read(path)
        warnings += [warning] if warning else []
        problems = _apply(settings, data) if data is not None else []
        if problems:
            warnings.append(f"单位默认设置“{path}”中以下项无效，已忽略：{'、'.join(problems)}")
    return settings, warnings


def load_settings(path: Path | None = None) -> tuple[Settings, str | None]:
    """The settings (office defaults under the user's own), and a Chinese warning when a file could not be used."""
    path = path or settings_path()
    settings, warnings = office_settings()
    data, warning = _read(path)
    if warning:
        warnings.append(warning.replace("已忽略", "已使用默认设置"))
    problems = _apply(settings, data) if data is not None else []
    if problems:
        warnings.append(f"设置文件中以下项无效，已用默认值：{'、'.join(problems)}")
    return settings, "\n".join(warnings) or None


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the items that differ from the office defaults, atomically. Raises OSError."""
    from .store.files import atomic_write

    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    office = asdict(office_settings()[0])
    own = {name: value for name, value in asdict(settings).items() if value != office[name]}
    text = json.dumps(own, ensure_ascii=False, indent=2) + "\n"
    atomic_write(path, text.encode("utf-8"), keep_backup=False)
