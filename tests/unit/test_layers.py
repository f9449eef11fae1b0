"""The layers of docs/architecture.md hold: imports only go down, and only ui/ touches Qt.

model ← store, render, importers, review ← application services (export, office, settings, templates,
opening, compare) ← cli, ui. A climbing import is how a small core grows into a tangle nobody dares to change.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "editor_app"

# What each core layer may import from editor_app besides itself (the package root only gives __version__,
# resources.py only bundled file paths).
ALLOWED = {
    "model": {"model"},
    "store": {"model", "store", "__init__"},
    "render": {"model", "render", "resources", "__init__"},
    "importers": {"model", "importers"},
    "review": {"model", "review", "resources"},
}


def _layer(module: Path) -> str:
    relative = module.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _imports(module: Path) -> list[tuple[str, int]]:
    """``(top-level editor_app part, line)`` for every import of our own code, and ``("Qt", line)`` for Qt."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    package = module.relative_to(PACKAGE).parent.parts
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = [*base, *(node.module.split(".") if node.module else [])]
                if not target:  # "from .. import x": x is a module of the package root, or __version__
                    target = [alias.name.replace("__version__", "__init__") for alias in node.names[:1]]
                found.append((target[0], node.lineno))
            elif node.module and node.module.startswith("editor_app"):
                parts = node.module.split(".")
                found.append((parts[1] if len(parts) > 1 else "__init__", node.lineno))
            if node.module and node.module.startswith("PySide6"):
                found.append(("Qt", node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("PySide6"):
                    found.append(("Qt", node.lineno))
                elif alias.name.startswith("editor_app."):
                    found.append((alias.name.split(".")[1], node.lineno))
    return found


def _core_modules() -> list[Path]:
    return sorted(p for layer in ALLOWED for p in (PACKAGE / layer).rglob("*.py") if (PACKAGE / layer).is_dir())


@pytest.mark.parametrize("module", _core_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_modules_import_only_downwards(module: Path) -> None:
    layer = _layer(module)
    climbing = [f"line {line}: {target}" for target, line in _imports(module) if target not in ALLOWED[layer]]
    assert climbing == [], f"{module.relative_to(PACKAGE)} reaches above its layer"


def test_only_the_ui_package_imports_qt() -> None:
    outside = [
        f"{p.relative_to(PACKAGE)}:{line}"
        for p in PACKAGE.rglob("*.py")
        if _layer(p) != "ui"
        for target, line in _imports(p)
        if target == "Qt"
    ]
    assert outside == []


def test_the_rule_catches_a_climbing_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "editor_app"
    (fake / "render").mkdir(parents=True)
    module = fake / "render" / "sneaky.py"
    module.write_text("from ..settings import data_dir\nfrom ..model.report import Report\n", encoding="utf-8")
    monkeypatch.setattr(f"{__name__}.PACKAGE", fake)
    assert [target for target, _ in _imports(module)] == ["settings", "model"]
