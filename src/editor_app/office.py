"""What the office adds on this machine: portal themes and Word layouts found beside the bundled ones.

``render`` only knows the folders it is given; this service names them (the bundled resources, then the
``themes`` and ``profiles`` folders of the user data folder, where the office's own win), so the window,
the command line and the export service all see the same looks.
"""

from __future__ import annotations

from pathlib import Path

from .render import themes
from .render.themes import Theme
from .resources import resource_path
from .settings import data_dir

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing on every command
if TYPE_CHECKING:
    from .render.docx.profile import Profile


def theme_folders() -> list[Path]:
    """Where themes are looked for, later folders overriding earlier ones."""
    return [resource_path("themes"), data_dir() / "themes"]


def profile_folders() -> list[Path]:
    """Where Word layout profiles are looked for, later folders overriding earlier ones."""
    return [resource_path("profiles"), data_dir() / "profiles"]


def list_themes() -> list[Theme]:
    return themes.list_themes(theme_folders())


def get_theme(theme_id: str) -> Theme:
    """Raises ThemeError with a Chinese message listing the known themes."""
    return themes.get_theme(theme_id, theme_folders())


def theme_or_default(theme_id: str) -> tuple[Theme, str | None]:
    return themes.theme_or_default(theme_id, theme_folders())


# Word profiles live in the Word renderer's package, whose import loads python-docx (~100 ms): imported here
# when a profile is wanted, so that themes (the preview, the HTML export) do not pay for it.


def load_profile(profile_id: str | None = None) -> Profile:
    """The named profile (default: the GB/T 9704 one). Raises ProfileError."""
    from .render.docx import profile as profiles

    return profiles.load_profile(profile_id or profiles.DEFAULT_PROFILE, profile_folders())


def list_profiles() -> list[str]:
    from .render.docx import profile as profiles

    return profiles.list_profiles(profile_folders())
