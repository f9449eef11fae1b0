"""One place where a benchmark states a budget and its figure, so ``run_all.py`` can print every budget of one run
in one table. Each script still prints its own detailed table; ``record`` adds a line to the file named by
``EDITOR_APP_BENCH_RESULTS`` when run_all.py sets it."""

from __future__ import annotations

import json
import os


def record(what: str, value: float, limit: float, unit: str) -> bool:
    """Note that ``what`` measured ``value`` against the budget ``value <= limit``; returns whether it is met."""
    met = value <= limit
    target = os.environ.get("EDITOR_APP_BENCH_RESULTS")
    if target:
        line = {"what": what, "value": value, "limit": limit, "unit": unit, "met": met}
        with open(target, "a", encoding="utf-8") as results:
            results.write(json.dumps(line, ensure_ascii=False) + "\n")
    return met
