"""The Debian packages a frozen app needs: what ``dpkg-shlibdeps`` does, for a folder that is not a Debian tree.

Every ELF file in the folder names the libraries it links to; those not inside the folder come from the system,
and ``dpkg -S`` says which installed package ships each. The frozen Linux app leaves the system's libraries
(glib, NSS, X11, fontconfig …) to these packages (see ``trim.is_system_library``).

Usage: python3 packaging/deb_depends.py FROZEN_APP_FOLDER   → one line, comma-separated, for DEBIAN/control
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def needed_libraries(folder: Path) -> set[str]:
    """Sonames linked to by the ELF files in ``folder`` and not found inside it."""
    inside, needed = set(), set()
    for path in folder.rglob("*"):
        inside.add(path.name)
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        dynamic = subprocess.run(["readelf", "-dW", str(path)], capture_output=True, text=True).stdout
        needed.update(line.split("[", 1)[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line)
    return needed - inside


def system_paths() -> dict[str, str]:
    """soname → path, from the dynamic linker's cache (which lists the native architecture's copy first)."""
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths: dict[str, str] = {}
    for line in listing.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        paths.setdefault(name.partition(" (")[0], path)
    return paths


def owning_package(path: str) -> str:
    """The installed package that ships ``path`` (tried as given and with /usr merged or not)."""
    candidates = [path, os.path.realpath(path)]
    candidates += [c.removeprefix("/usr") if c.startswith("/usr/") else "/usr" + c for c in list(candidates)]
    for candidate in candidates:
        found = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            return found.stdout.split(":", 1)[0].strip()
    raise LookupError(f"no installed package ships {path}")


def depends(folder: Path) -> list[str]:
    paths = system_paths()
    missing = sorted(name for name in needed_libraries(folder) if name not in paths)
    if missing:
        raise LookupError("libraries the app links to are not installed here: " + ", ".join(missing))
    return sorted({owning_package(paths[name]) for name in needed_libraries(folder)})


if __name__ == "__main__":
    try:
        print(", ".join(depends(Path(sys.argv[1]))))
    except LookupError as error:
        sys.exit(f"deb_depends: {error}")
