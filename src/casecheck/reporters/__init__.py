"""Reporters turn a run's findings into text for people or for machines. One registry."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from casecheck.findings import RunReport


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    lang: str = "en"
    version: str = ""
    rules_version: str = ""
    step_summary: str | None = None
    """A file to append a Markdown summary to (GitHub Actions' GITHUB_STEP_SUMMARY)."""


Reporter = Callable[[RunReport, TextIO, ReportOptions], None]

BUILTIN_REPORTERS = {
    "text": "casecheck.reporters.text",
    "json": "casecheck.reporters.json",
}
"""Format name -> module with a ``write(report, out, options)``; imported only when chosen."""


def formats() -> list[str]:
    """The built-in formats, then those of installed ``casecheck.reporters`` plugins."""
    from casecheck.plugins import installed_plugins  # noqa: PLC0415

    return [*BUILTIN_REPORTERS, *installed_plugins().reporters]


def reporter(name: str) -> Reporter:
    if name not in BUILTIN_REPORTERS:
        from casecheck.plugins import installed_plugins  # noqa: PLC0415

        plugin: Reporter = installed_plugins().reporters[name]
        return plugin
    module = importlib.import_module(BUILTIN_REPORTERS[name])
    write: Reporter = module.write
    return write
