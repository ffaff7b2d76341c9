"""casecheck: check an Amazon Seller Central support case before you submit it.

>>> import casecheck
>>> report = casecheck.validate("cases/lost-inbound")      # doctest: +SKIP
>>> [f.code for f in report.findings]                       # doctest: +SKIP
['A003', 'I003']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "CaseReport",
    "Config",
    "Finding",
    "Location",
    "RunReport",
    "Severity",
    "__version__",
    "check_paths",
    "checker",
    "default_checkers",
    "validate",
]

if TYPE_CHECKING:
    from casecheck.engine import Config, check_paths, checker, default_checkers, validate
    from casecheck.findings import CaseReport, Finding, Location, RunReport, Severity

_LAZY = {
    "Config": "casecheck.engine",
    "check_paths": "casecheck.engine",
    "checker": "casecheck.engine",
    "default_checkers": "casecheck.engine",
    "validate": "casecheck.engine",
    "CaseReport": "casecheck.findings",
    "Finding": "casecheck.findings",
    "Location": "casecheck.findings",
    "RunReport": "casecheck.findings",
    "Severity": "casecheck.findings",
}


def __getattr__(name: str) -> Any:
    """Import the engine (and pydantic) only when the API is first used: fast CLI start-up."""
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'casecheck' has no attribute {name!r}")
