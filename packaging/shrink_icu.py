"""Shrink the two copies of ICU's data in the frozen Linux app to the languages the app speaks.

Qt links to ICU, whose data library (``libicudata.so.73``, 31 MB) holds every locale of the world,
transliteration rules and a hundred legacy character sets; Chromium carries its own (``icudtl.dat``, 10 MB). The
app's UI and documents are Chinese or English, so locale data other than root, en and zh goes, with
transliteration and legacy converters (see the rules below). Rebuilding the library needs a C compiler (``cc``).

Usage: python3 packaging/shrink_icu.py FROZEN_APP_FOLDER
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE = re.compile(r"^(root|[a-z]{2,3}(_[A-Za-z0-9]*)*)\.res$")
KEEP_LOCALE = re.compile(r"^(root|en|zh)(_|\.)")
NOT_LOCALES = {"res_index.res", "pool.res"}
# Chromium's: GB18030, GBK (ibm-1386, windows-936) and GB2312 (ibm-1383), for Chinese pages in the old encodings
KEEP_CONVERTERS = {"gb18030.cnv", "windows-936-2000.cnv", "ibm-1386_P100-2001.cnv", "ibm-1383_P110-1999.cnv"}


# Qt Core calls ICU for character-set converters, collation, case mapping and time-zone names only, and the app
# uses neither Qt's converters (Python decodes GBK files) nor its collation; the rest (word and line breaking,
# spelled-out numbers, unit, currency, language and region names) is for other ICU users. Chromium keeps its line
# breaking; spelled-out numbers, units and currencies serve only JavaScript's Intl (pages' scripts are off).
QT_UNUSED_TREES = {"brkitr", "rbnf", "unit", "curr", "lang", "region", "coll"}
QT_UNUSED_ITEMS = {"unames.icu", "confusables.cfu", "confusablesWholeScript.cfu"}
CHROMIUM_UNUSED_TREES = {"rbnf", "unit", "curr"}
# In either copy: word-break dictionaries (South-East Asian scripts, and the Chinese-Japanese one, which only
# makes a double-click in the read-only preview select a word rather than a run of characters; Chinese lines break
# between any two characters without it), character names, and Chinese collation (pinyin order), which the app
# never asks of Qt and Chromium uses only for JavaScript's Intl.Collator (pages' scripts are off).
UNUSED_ITEMS = {f"brkitr/{script}dict.dict" for script in ("burmese", "khmer", "lao", "thai", "cj")} | {
    "coll/zh.res",
    "unames.icu",
}


def unwanted(item: str, for_qt: bool = False) -> bool:
    """Whether an ICU data item (``coll/de.res``, ``ibm-1047_P100-1995.cnv``) can go."""
    tree, _, name = item.rpartition("/")
    if tree == "translit" or item in UNUSED_ITEMS:
        return True
    if for_qt and (tree in QT_UNUSED_TREES or item in QT_UNUSED_ITEMS or name.endswith(".cnv")):
        return True
    if not for_qt and tree in CHROMIUM_UNUSED_TREES:
        return True
    if name.endswith(".cnv"):
        return name not in KEEP_CONVERTERS
    return bool(LOCALE.match(name)) and name not in NOT_LOCALES and not KEEP_LOCALE.match(name)


def shrink_dat(data: bytes, for_qt: bool = False) -> bytes:
    """The same ICU common-data package (header, table of contents, items) without the unwanted items.

    The table lists ``count`` pairs of (name offset, data offset), both from the table's start, sorted by name;
    an item runs to the next one's offset. Keeping the order keeps the table sorted, as ICU's lookup needs.
    """
    header = int.from_bytes(data[0:2], "little")
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    count = int.from_bytes(data[header : header + 4], "little")
    pairs = [
        (int.from_bytes(data[at : at + 4], "little"), int.from_bytes(data[at + 4 : at + 8], "little"))
        for at in range(header + 4, header + 4 + 8 * count, 8)
    ]
    ends = [offset for _name, offset in pairs[1:]] + [len(data) - header]
    items = []
    for (name_at, data_at), end in zip(pairs, ends, strict=True):
        name = data[header + name_at : data.index(b"\0", header + name_at)]
        if not unwanted(name.decode("ascii").split("/", 1)[1], for_qt):
            items.append((name, data[header + data_at : header + end]))
    names_at = 4 + 8 * len(items)
    table, names = bytearray(len(items).to_bytes(4, "little")), bytearray()
    body_at = names_at + sum(len(name) + 1 for name, _ in items)
    body_at += -body_at % 16
    body = bytearray()
    for name, item in items:
        table += (names_at + len(names)).to_bytes(4, "little") + (body_at + len(body)).to_bytes(4, "little")
        names += name + b"\0"
        body += item + bytes(-len(item) % 16)
    toc = table + names
    return data[:header] + toc + bytes(body_at - len(toc)) + body


def _symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol of ICU's data library: its name, file offset and size."""
    symbols = subprocess.run(["nm", "-D", "--defined-only", "-S", str(library)], check=True, capture_output=True)
    address, size, _kind, name = next(
        line.split() for line in symbols.stdout.decode().splitlines() if line.split()[-1].endswith("_dat")
    )
    sections = subprocess.run(["readelf", "-SW", str(library)], check=True, capture_output=True, text=True).stdout
    rodata = next(line for line in sections.splitlines() if " .rodata " in line).split("]", 1)[1].split()
    offset = int(address, 16) - int(rodata[2], 16) + int(rodata[3], 16)
    return name, offset, int(size, 16)


def shrink_library(library: Path, work: Path) -> None:
    """Rebuild ``libicudata.so.NN`` around the smaller package, with the same soname and data symbol."""
    name, offset, size = _symbol(library)
    data = shrink_dat(library.read_bytes()[offset : offset + size], for_qt=True)
    package = work / "data.bin"
    package.write_bytes(data)
    assembly = work / "data.S"
    assembly.write_text(
        f'.section .rodata\n.globl {name}\n.type {name}, @object\n.balign 16\n{name}:\n.incbin "{package}"\n'
        f'.size {name}, .-{name}\n.section .note.GNU-stack,"",@progbits\n',
        encoding="ascii",
    )
    built = work / library.name
    subprocess.run(
        ["cc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(built), str(assembly)], check=True
    )
    shutil.copyfile(built, library)


def shrink_app(folder: Path) -> list[tuple[Path, int, int]]:
    """Shrink both ICU data copies in the frozen app; returns (file, size before, size after)."""
    done = []
    for path in sorted([*folder.rglob("libicudata.so.*"), *folder.rglob("icudtl.dat")]):
        if path.is_symlink():
            continue
        before = path.stat().st_size
        if path.suffix == ".dat":
            path.write_bytes(shrink_dat(path.read_bytes()))
        else:
            with tempfile.TemporaryDirectory() as work:
                shrink_library(path, Path(work))
        done.append((path, before, path.stat().st_size))
    return done


if __name__ == "__main__":
    for path, before, after in shrink_app(Path(sys.argv[1])):
        print(f"{path.name}: {before / 1e6:.1f} MB → {after / 1e6:.1f} MB")
