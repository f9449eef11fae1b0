"""The settings, data and cache folders are platformdirs' folders: an office's settings.json, recovery copies and
IT's defaults.json are found where the app has always looked (on Linux the app works them out itself, since
importing platformdirs slowed every command)."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from editor_app.settings import APP_AUTHOR, APP_NAME, platform_dir

VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_DIRS", "XDG_STATE_HOME")
ENVIRONMENTS = [
    {},
    {
        "XDG_CONFIG_HOME": "/x/配置",
        "XDG_DATA_HOME": "/x/data",
        "XDG_CACHE_HOME": "/x/cache",
        "XDG_CONFIG_DIRS": "/x/site:/y",
        "XDG_STATE_HOME": "/x/state",
    },
    {"XDG_CONFIG_HOME": "relative", "XDG_DATA_HOME": "", "XDG_CONFIG_DIRS": "relative:/y/site", "XDG_STATE_HOME": "r"},
    {"HOME": "/home/某人", "XDG_CONFIG_DIRS": ""},
]


@pytest.mark.skipif(sys.platform != "linux", reason="elsewhere the app asks platformdirs itself")
@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_folders_are_where_platformdirs_puts_them(environment, monkeypatch):
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    for kind in ("user_config_dir", "user_data_dir", "user_cache_dir", "site_config_dir", "user_log_dir"):
        assert platform_dir(kind) == Path(getattr(platformdirs, kind)(APP_NAME, APP_AUTHOR))
