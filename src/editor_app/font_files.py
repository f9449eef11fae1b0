"""Which font families this machine has, read from the font files themselves (no fontconfig, no Typst).

Word and WPS find a font by any of the family names in its OpenType ``name`` table, in any language: the
office's ``仿宋_GB2312`` may be installed as a file whose English name is ``FangSong_GB2312``. So every family
name (IDs 1 and 16, every platform and language) of every TrueType/OpenType file and collection in the usual
font folders counts. The names are cached per file (path, size, modification time) in the user's cache folder:
an export stats the files and reads only those added or changed since. A broken or hostile file is skipped:
every read is bounded and any error leaves that file out.
"""

from __future__ import annotations

import json
import os
import struct
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .settings import cache_dir
from .store.files import atomic_write

FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
CACHE_NAME = "font-families.json"
_FAMILY_IDS = (1, 16)  # font family, typographic family
_MAX_FACES = 64  # fonts in one collection
_MAX_TABLES = 256
_MAX_NAME_TABLE = 1 << 20
# Mac-platform names in legacy encodings (Windows-platform and Unicode names are UTF-16).
_MAC_ENCODINGS = {0: "mac_roman", 1: "shift_jis", 2: "big5", 3: "euc_kr", 25: "gb2312"}


def font_folders() -> list[Path]:
    """Where fonts are installed for everyone and for this user, on this system."""
    home = Path.home()
    if sys.platform == "win32":
        windows = os.environ.get("WINDIR", r"C:\Windows")
        local = os.environ.get("LOCALAPPDATA", str(home / "AppData" / "Local"))
        return [Path(windows) / "Fonts", Path(local) / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts", home / ".fonts"]


def family_names(path: Path) -> set[str]:
    """Every family name in a font file or collection; nothing for a file that is not a readable font."""
    try:
        with open(path, "rb") as file:
            return set(_faces(file))
    except (OSError, ValueError, struct.error, LookupError):
        return set()


def _faces(file) -> Iterator[str]:
    head = file.read(12)
    if head[:4] == b"ttcf":
        count = min(struct.unpack(">I", head[8:12])[0], _MAX_FACES)
        offsets = struct.unpack(f">{count}I", file.read(4 * count))
    elif head[:4] in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        offsets = (0,)
    else:
        return
    for offset in offsets:
        file.seek(offset)
        tables = min(struct.unpack(">H", file.read(12)[4:6])[0], _MAX_TABLES)
        directory = file.read(16 * tables)
        for index in range(len(directory) // 16):
            tag, _, start, length = struct.unpack_from(">4sIII", directory, 16 * index)
            if tag == b"name":
                file.seek(start)
                yield from _names(file.read(min(length, _MAX_NAME_TABLE)))


def _names(table: bytes) -> Iterator[str]:
    _, count, strings = struct.unpack_from(">HHH", table)
    for index in range(min(count, (len(table) - 6) // 12)):
        platform, encoding, _, name_id, length, offset = struct.unpack_from(">6H", table, 6 + 12 * index)
        if name_id not in _FAMILY_IDS:
            continue
        raw = table[strings + offset : strings + offset + length]
        codec = "utf-16-be" if platform in (0, 3) else _MAC_ENCODINGS.get(encoding) if platform == 1 else None
        if codec is None:
            continue
        try:
            name = raw.decode(codec).strip("\x00 \t")
        except (UnicodeDecodeError, LookupError):
            continue  # one unreadable record: the others of the font still count
        if name:
            yield name


def _font_files(folders: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """Each font file under ``folders``, with its size and modification time."""
    found = {}
    for folder in folders:
        for root, _, files in os.walk(folder):
            for name in files:
                if name.lower().endswith(FONT_SUFFIXES):
                    path = os.path.join(root, name)
                    try:
                        stat = os.stat(path)
                    except OSError:
                        continue
                    found[path] = (stat.st_size, stat.st_mtime_ns)
    return found


def _load_cache(path: Path) -> dict[str, list]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def installed_families(folders: Iterable[Path] | None = None) -> frozenset[str]:
    """The family names of every font installed in ``folders`` (the system's font folders), in lower case."""
    files = _font_files(font_folders() if folders is None else folders)
    cache_path = cache_dir() / CACHE_NAME
    cached = _load_cache(cache_path)
    entries = {}
    for path, (size, mtime) in files.items():
        entry = cached.get(path)
        valid = isinstance(entry, list) and len(entry) == 3 and isinstance(entry[2], list)
        if valid and entry[:2] == [size, mtime]:
            entries[path] = entry
        else:
            entries[path] = [size, mtime, sorted(family_names(Path(path)))]
    if entries != cached:
        try:
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(cache_path, json.dumps(entries, ensure_ascii=False).encode("utf-8"), keep_backup=False)
        except OSError:
            pass  # a read-only cache folder: read the fonts again next time
    return frozenset(str(name).lower() for entry in entries.values() for name in entry[2])
