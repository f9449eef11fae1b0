"""The editor's review: checks of review-checks.md over ``model.places``, their findings and fixes. No Qt here.

Importing the package registers every check family.
"""

from . import document, numbers, pairs, punctuation, sequence, words  # noqa: F401  (registers the checks)
from .findings import SEVERITY_NAMES, Finding, Severity
from .fixes import fixed_texts, replace_plain
from .rules import RULES, Options
from .runner import Reviewer, check_report

__all__ = [
    "RULES",
    "SEVERITY_NAMES",
    "Finding",
    "Options",
    "Reviewer",
    "Severity",
    "check_report",
    "fixed_texts",
    "replace_plain",
]
