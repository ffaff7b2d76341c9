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


Reporter = Callable[[RunReport, TextIO, ReportOptions], None]

BUILTIN_REPORTERS = {
    "text": "casecheck.reporters.text",
    "json": "casecheck.reporters.json",
}
"""Format name -> module with a ``write(report, out, options)``; imported only when chosen."""


def formats() -> list[str]:
    return list(BUILTIN_REPORTERS)


def reporter(name: str) -> Reporter:
    module = importlib.import_module(BUILTIN_REPORTERS[name])
    write: Reporter = module.write
    return write
