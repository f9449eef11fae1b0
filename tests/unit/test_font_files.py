"""Installed font families, read from the font files' name tables: every language's name, collections, a cache
that notices a new font, and broken or hostile files skipped without failing the export."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from editor_app import font_files
from editor_app.font_files import family_names, installed_families

ENGLISH, CHINESE = 0x0409, 0x0804


def name_table(names: list[tuple[int, int, int, int, bytes]]) -> bytes:
    """A ``name`` table of (platform, encoding, language, name id, encoded name) records."""
    records, strings = b"", b""
    for platform, encoding, language, name_id, raw in names:
        records += struct.pack(">6H", platform, encoding, language, name_id, len(raw), len(strings))
        strings += raw
    return struct.pack(">HHH", 0, len(names), 6 + len(records)) + records + strings


def face(family: str, chinese: str = "", at: int = 0) -> bytes:
    """A font face holding only a name table, as it lies at offset ``at`` of its file."""
    names = [(3, 1, ENGLISH, 1, family.encode("utf-16-be")), (3, 1, ENGLISH, 4, b"\x00x")]  # 4: full name
    if chinese:
        names += [(3, 1, CHINESE, 1, chinese.encode("utf-16-be")), (1, 25, 33, 16, chinese.encode("gb2312"))]
    table = name_table(names)
    directory = struct.pack(">4sIII", b"name", 0, at + 12 + 16, len(table))
    return struct.pack(">IHHHH", 0x00010000, 1, 16, 0, 0) + directory + table


def collection(*families: str) -> bytes:
    header_size = 12 + 4 * len(families)
    faces, offsets = b"", []
    for family in families:
        offsets.append(header_size + len(faces))
        faces += face(family, at=offsets[-1])
    return b"ttcf" + struct.pack(">HHI", 1, 0, len(families)) + struct.pack(f">{len(families)}I", *offsets) + faces


def test_every_family_name_in_every_language_counts(tmp_path: Path) -> None:
    (tmp_path / "fs.ttf").write_bytes(face("FangSong_GB2312", "仿宋_GB2312"))
    assert family_names(tmp_path / "fs.ttf") == {"FangSong_GB2312", "仿宋_GB2312"}  # not the full name
    assert {"fangsong_gb2312", "仿宋_gb2312"} <= installed_families([tmp_path])


def test_every_face_of_a_collection_counts(tmp_path: Path) -> None:
    sub = tmp_path / "truetype" / "cjk"
    sub.mkdir(parents=True)
    (sub / "two.TTC").write_bytes(collection("Song One", "Kai Two"))
    assert installed_families([tmp_path]) == {"song one", "kai two"}


GOOD = face("Good Sans")
BROKEN = {
    "empty.ttf": b"",
    "text.otf": b"not a font at all",
    "truncated.ttf": GOOD[:30],
    "lying-directory.ttf": GOOD[:4] + b"\xff\xff" + GOOD[6:],  # 65,535 tables
    "lying-collection.ttc": b"ttcf\x00\x01\x00\x00\xff\xff\xff\xff" + b"\x00" * 8,  # four billion faces
    "far-offset.ttf": GOOD[:20] + struct.pack(">I", 2**31) + GOOD[24:],  # name table far past the end
    "bad-utf16.ttf": face("X").replace(b"\x00X", b"\xd8\x00"),  # a lone surrogate in the only family name
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_and_hostile_files_are_skipped_and_the_rest_still_counts(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(BROKEN[name])
    (tmp_path / "good.ttf").write_bytes(GOOD)
    (tmp_path / "folder.ttf").mkdir()
    assert installed_families([tmp_path]) == {"good sans"}


def test_names_are_read_once_and_a_new_or_changed_font_is_seen_at_once(tmp_path, monkeypatch) -> None:
    (tmp_path / "a.ttf").write_bytes(face("Alpha"))
    assert installed_families([tmp_path]) == {"alpha"}
    reads = []
    original = font_files.family_names
    monkeypatch.setattr(font_files, "family_names", lambda path: reads.append(path.name) or original(path))
    assert installed_families([tmp_path]) == {"alpha"} and reads == []  # from the cache
    (tmp_path / "b.ttf").write_bytes(face("Beta"))
    (tmp_path / "a.ttf").write_bytes(face("Alpha Two"))
    assert installed_families([tmp_path]) == {"alpha two", "beta"} and sorted(reads) == ["a.ttf", "b.ttf"]


def test_an_unreadable_cache_is_rebuilt(tmp_path: Path) -> None:
    (tmp_path / "a.ttf").write_bytes(face("Alpha"))
    cache = font_files.cache_dir() / font_files.CACHE_NAME
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text('{"' + str(tmp_path / "a.ttf") + '": "nonsense"}', encoding="utf-8")
    assert installed_families([tmp_path]) == {"alpha"}
