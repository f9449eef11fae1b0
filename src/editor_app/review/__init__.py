"""The editor's review: checks of review-checks.md over ``model.places``, their findings and fixes. No Qt here.

Taking a name from the package (``from editor_app.review import RULES``) first registers every check family. The
export warning runs only the checks whose findings are errors, so ``reviewing`` imports the submodules and loads
just those families (``rules.load_checks(errors_only=True)``).
"""

from importlib import import_module

_HOMES = {
    "RULES": "rules",
    "Options": "rules",
    "SEVERITY_NAMES": "findings",
    "Finding": "findings",
    "Severity": "findings",
    "fixed_texts": "fixes",
    "replace_plain": "fixes",
    "Reviewer": "runner",
    "check_report": "runner",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> object:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import_module(f"{__name__}.rules").load_checks()
    value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
