"""Reporters turn a run's findings into text for people or for machines. One registry."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TextIO

from casecheck.errors import PluginError
from casecheck.findings import CaseReport, Finding, RunReport
from casecheck.plugins import REPORTERS_GROUP, entries, load, origin


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
    "sarif": "casecheck.reporters.sarif",
    "github": "casecheck.reporters.github",
    "junit": "casecheck.reporters.junit",
}
"""Format name -> module with a ``write(report, out, options)``; imported only when chosen."""


@cache
def installed_reporters() -> Mapping[str, Reporter]:
    """Every installed format, loaded once per process."""
    reporters: dict[str, Reporter] = {}
    taken = set(BUILTIN_REPORTERS)
    for entry in entries(REPORTERS_GROUP):
        if entry.name in taken:
            raise PluginError(f"{origin(entry)}: the format {entry.name!r} exists already")
        write = load(entry)
        if not callable(write):
            raise PluginError(f"{origin(entry)} is not a write(report, out, options) function")
        reporters[entry.name] = write
        taken.add(entry.name)
    return reporters


def formats() -> list[str]:
    """The built-in formats, then those of installed ``casecheck.reporters`` plugins."""
    return [*BUILTIN_REPORTERS, *installed_reporters()]


def reporter(name: str) -> Reporter:
    if name not in BUILTIN_REPORTERS:
        return installed_reporters()[name]
    module = importlib.import_module(BUILTIN_REPORTERS[name])
    write: Reporter = module.write
    return write


@dataclass(frozen=True)
class Place:
    """Where a finding is shown in a repository: a path relative to the current folder
    (``/``-separated; absolute when the case lies outside it) and a 1-based line."""

    path: str
    line: int


class Locator:
    """Gives every finding a file and a line, as code-scanning tools require one.

    A finding without a line points at the manifest line that declares its field (for an
    attachment, its ``[[attachments]]`` entry: a PDF has no lines to point at), else at
    line 1 of its file, or of the manifest when it names no file. Manifests are read once.
    """

    def __init__(self) -> None:
        self._manifests: dict[str, tuple[str | None, str | None]] = {}

    def _manifest(self, case: CaseReport) -> tuple[str | None, str | None]:
        if case.path not in self._manifests:
            from casecheck.loader import read_manifest_text  # noqa: PLC0415 - the loader imports pydantic

            self._manifests[case.path] = read_manifest_text(Path(case.path))
        return self._manifests[case.path]

    def place(self, case: CaseReport, finding: Finding) -> Place:
        from casecheck.loader import field_line  # noqa: PLC0415 - the loader imports pydantic

        manifest, text = self._manifest(case)
        file = finding.location.file or manifest
        line = finding.location.line
        if line is None and finding.location.field:
            declared = field_line(text, finding.location.field)
            if declared is not None:
                file, line = manifest, declared
        folder = case.path.rstrip("/")
        if file and folder in ("", "."):
            return Place(file, line or 1)
        return Place(f"{folder}/{file}" if file else folder, line or 1)
