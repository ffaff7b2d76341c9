"""Reporters turn a run's findings into text for people or for machines. One registry."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from casecheck.errors import PluginError
from casecheck.findings import CaseReport, Finding, RunReport
from casecheck.plugins import REPORTERS_GROUP, entries, load, origin

if TYPE_CHECKING:
    from casecheck.engine import Config


@dataclass(frozen=True)
class ReportOptions:
    color: bool = False
    lang: str = "en"
    version: str = ""
    rules_version: str = ""
    step_summary: str | None = None
    """A file to append a Markdown summary to (GitHub Actions' GITHUB_STEP_SUMMARY)."""
    config: Config | None = None
    """The run's configuration. A report that shows more than the findings (``html``: the
    message, the attachments, the timeline) reads each case folder again at its report path
    with the run's rule packs and clock; None: the defaults, in ``lang``."""
    case_config: Callable[[Path], Config] | None = None
    """Each case folder's own configuration, where a run gives each case its own (``casecheck
    check`` reading the files around each case): its rule packs and limits then draw that
    case's claim window and message limits. None: ``config`` for every case."""


Reporter = Callable[[RunReport, TextIO, ReportOptions], None]

BUILTIN_REPORTERS = {
    "text": "casecheck.reporters.text",
    "json": "casecheck.reporters.json",
    "sarif": "casecheck.reporters.sarif",
    "github": "casecheck.reporters.github",
    "junit": "casecheck.reporters.junit",
    "html": "casecheck.reporters.html",
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


def shown_path(path: str) -> str:
    """A case folder's path as a report shows it: a folder name is a stranger's text too
    (``cases/card 4111 1111 1111 1111``), so its secrets are masked, as in the findings.
    The report keeps the path itself, to read the folder again."""
    from casecheck.masking import mask_name  # noqa: PLC0415 - pydantic (the packs): --help lists the formats

    return mask_name(path)


@dataclass(frozen=True)
class Place:
    """Where a finding is shown in a repository: a path relative to the current folder
    (``/``-separated; absolute when the case lies outside it) and a 1-based line."""

    path: str
    line: int


@dataclass(frozen=True)
class PlaceOrFile:
    """Like :class:`Place`, for outputs that may show a file without a line."""

    path: str
    line: int | None


class Locator:
    """Gives every finding a file and a line, as code-scanning tools require one.

    An attachment's finding points at its ``[[attachments]]`` entry in the manifest (a PDF has
    no lines to point at; the engine gives it that line); a finding without a line at the
    manifest line that declares its field, else at line 1 of its file, or of the manifest when
    it names no file. Manifests are read once.
    """

    def __init__(self) -> None:
        self._manifests: dict[str, tuple[str | None, str | None]] = {}

    def _manifest(self, case: CaseReport) -> tuple[str | None, str | None]:
        if case.path not in self._manifests:
            from casecheck.loader import read_manifest_text  # noqa: PLC0415 - the loader imports pydantic

            self._manifests[case.path] = read_manifest_text(Path(case.path))
        return self._manifests[case.path]

    def place(self, case: CaseReport, finding: Finding) -> Place:
        """Where ``finding`` is shown, with line 1 when nothing better is known."""
        found = self.line_place(case, finding, need_file=True)
        return Place(found.path, found.line or 1)

    def line_place(
        self, case: CaseReport, finding: Finding, *, need_file: bool = False
    ) -> PlaceOrFile:
        """Where ``finding`` is shown, with no line when it has none (the text report); with
        ``need_file``, a finding about no file points at the manifest."""
        from casecheck.loader import field_line  # noqa: PLC0415 - the loader imports pydantic

        location = finding.location
        file, line = location.file, location.line
        if location.is_attachment_entry and line is not None:
            file = self._manifest(case)[0]  # the line is the one of its [[attachments]] entry
        elif line is None and location.field:
            manifest, text = self._manifest(case)
            declared = field_line(text, location.field)
            if declared is not None:
                file, line = manifest, declared
        if file is None and (line is not None or need_file):
            file = self._manifest(case)[0]
        folder = shown_path(case.path.rstrip("/"))
        if file and folder in ("", "."):
            return PlaceOrFile(file, line)
        return PlaceOrFile(f"{folder}/{file}" if file else folder, line)
