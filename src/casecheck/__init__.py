"""casecheck: check an Amazon Seller Central support case before you submit it.

>>> import casecheck
>>> report = casecheck.validate("cases/lost-inbound")      # doctest: +SKIP
>>> [f.code for f in report.findings]                       # doctest: +SKIP
['A003', 'I003']

Every name below is typed and documented; a custom checker needs nothing else (see
examples/embed.py). The modules behind them form layers, listed in pyproject.toml's
import-linter contract.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "CaseReport",
    "Checker",
    "Config",
    "ConfigFiles",
    "Context",
    "Finding",
    "FixPlan",
    "LoadedCase",
    "Location",
    "RunReport",
    "Severity",
    "__version__",
    "check_paths",
    "checker",
    "default_checkers",
    "fix",
    "load_case",
    "parse_catalog",
    "undo_fix",
    "validate",
]

if TYPE_CHECKING:
    from casecheck.catalog import parse_catalog
    from casecheck.config_file import ConfigFiles
    from casecheck.engine import Checker, Config, Context, checker
    from casecheck.findings import CaseReport, Finding, Location, RunReport, Severity
    from casecheck.fixes import fix, undo_fix
    from casecheck.fixes.plan import FixPlan
    from casecheck.loader import LoadedCase
    from casecheck.registry import default_checkers
    from casecheck.runner import check_paths, load_case, validate

_LAZY = {
    "Checker": "casecheck.engine",
    "Config": "casecheck.engine",
    "Context": "casecheck.engine",
    "ConfigFiles": "casecheck.config_file",
    "checker": "casecheck.engine",
    "CaseReport": "casecheck.findings",
    "Finding": "casecheck.findings",
    "Location": "casecheck.findings",
    "RunReport": "casecheck.findings",
    "Severity": "casecheck.findings",
    "LoadedCase": "casecheck.loader",
    "fix": "casecheck.fixes",
    "undo_fix": "casecheck.fixes",
    "FixPlan": "casecheck.fixes.plan",
    "parse_catalog": "casecheck.catalog",
    "default_checkers": "casecheck.registry",
    "check_paths": "casecheck.runner",
    "load_case": "casecheck.runner",
    "validate": "casecheck.runner",
}


def __getattr__(name: str) -> Any:
    """Import the engine (and pydantic) only when the API is first used: fast CLI start-up."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'casecheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
