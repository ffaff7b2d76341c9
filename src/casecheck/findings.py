"""Findings and reports: the values casecheck hands to people and to other tools."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from casecheck import __version__

ATTACHMENT_FIELD = "attachments["
"""The manifest field path of an ``[[attachments]]`` entry starts so: ``attachments[0].path``."""


class Severity(enum.StrEnum):
    """How much a finding matters: an error fails the run, a warning fails it under
    ``--strict``, an info never does."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding points: a file of the case folder, a manifest field, a line."""

    file: str | None = None
    field: str | None = None
    line: int | None = None
    """The 1-based line in ``file``; for an attachment (``is_attachment_entry``), which has no
    lines, the line of its ``[[attachments]]`` entry in the manifest."""

    @property
    def is_attachment_entry(self) -> bool:
        """True when this is an attachment listed at ``field`` (``attachments[2]``): the file is
        the attachment, and the line is the manifest's."""
        return self.file is not None and (self.field or "").startswith(ATTACHMENT_FIELD)

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "field": self.field, "line": self.line}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Location:
        return cls(file=data["file"], field=data["field"], line=data["line"])


_SCALARS = (str, int, float, bool, type(None))
"""Checked first, by exact type: finding data is mostly these, and the Mapping check is an
ABC check, slow enough to matter for an H001 that lists 500 other cases."""


def _freeze(value: Any) -> Any:
    """Make finding data immutable so a finding can be shared and hashed safely."""
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dict or kind is MappingProxyType or isinstance(value, Mapping):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if kind is list or kind is tuple or isinstance(value, list | tuple):
        return tuple([_freeze(v) for v in value])
    return value


def _thaw(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is MappingProxyType or kind is dict or isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if kind is tuple or isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


class _Facts:
    """A finding's data as a sort key, written out only when two findings tie on place and
    code: most never do, and an H001 may list hundreds of other cases."""

    __slots__ = ("_data", "_text")

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = json.dumps(_thaw(self._data), sort_keys=True, default=str)
        return self._text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Facts) and self.text == other.text

    def __lt__(self, other: _Facts) -> bool:
        return self.text < other.text

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a case. Immutable; sorts by place, then code, then data: never by
    its message, so that the order is the same in every language."""

    code: str
    name: str
    severity: Severity
    message: str
    location: Location = field(default_factory=Location)
    hint: str = ""
    source: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "data", _freeze(self.data))

    def sort_key(self) -> tuple[str, int, str, str, _Facts, str]:
        """Place, code and facts decide the order. The message comes last, so that it only
        keeps two findings with equal facts (which no shipped rule makes) in a stable order."""
        loc = self.location
        return (loc.file or "", loc.line or 0, loc.field or "", self.code, _Facts(self.data),
                self.message)

    def __lt__(self, other: Finding) -> bool:
        return self.sort_key() < other.sort_key()

    def __hash__(self) -> int:
        # The scalar facts tell apart findings alike in all else (the T006 of each secret of a
        # long line masks alike: without its column, 30,000 of them share one hash bucket).
        facts = tuple((k, v) for k, v in self.data.items() if type(v) in _SCALARS)
        return hash((self.code, self.severity, self.message, self.location, facts))

    def with_severity(self, severity: Severity) -> Finding:
        return Finding(
            self.code, self.name, severity, self.message, self.location,
            self.hint, self.source, self.data,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "location": self.location.to_dict(),
            "hint": self.hint,
            "source": self.source,
            "data": _thaw(self.data),
        }

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its dict: frozen data (a mappingproxy) does not pickle, and a worker
        process is sent the loaded cases, load findings included."""
        return (Finding.from_dict, (self.to_dict(),))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        """The inverse of ``to_dict``: the cache and worker processes hand findings back so."""
        return cls(
            code=data["code"], name=data["name"], severity=Severity(data["severity"]),
            message=data["message"], location=Location.from_dict(data["location"]),
            hint=data["hint"], source=data["source"], data=data["data"],
        )


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {str(s): 0 for s in Severity}
    for finding in findings:
        counts[str(finding.severity)] += 1
    return counts


@dataclass(frozen=True, slots=True)
class CaseReport:
    """The findings for one case, sorted."""

    path: str
    type: str | None
    findings: tuple[Finding, ...]
    rules: tuple[str, ...] = ()
    """The rule codes that were checked on this case (the loader's and the enabled checkers')."""
    strict: bool = False
    """Warnings fail this case: its configuration says ``strict`` (each case has its own)."""
    observations: Mapping[str, Any] = field(default_factory=dict, compare=False, kw_only=True)
    """What the checkers saw that is no finding, by name: ``"screenshots"`` holds each
    screenshot's reading, with the boxes where the URL and the time were read, passing or
    not. Reports show it as evidence; the JSON output leaves it out (SPEC §5 is unchanged)."""
    valid_until: dt.datetime | None = field(default=None, compare=False, kw_only=True)
    """Until when (exclusive) these findings stay as they are while the case does not change:
    the earliest moment a rule that reads the clock (``D…``, ``H…``) would report otherwise,
    or already passed when that cannot be known (a checker that crashed or gave no moment, a
    result of the machine's load). None: nothing here depends on the time."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "observations", _freeze(self.observations))

    def observed(self) -> dict[str, Any]:
        """``observations`` as plain JSON data: the cache and worker processes carry it so."""
        return dict(_thaw(self.observations))

    @property
    def counts(self) -> dict[str, int]:
        return count_by_severity(self.findings)

    def failed(self, *, strict: bool = False) -> bool:
        """Errors, or warnings when this case's configuration or ``strict`` says so."""
        counts = self.counts
        return counts["error"] > 0 or ((strict or self.strict) and counts["warning"] > 0)

    @property
    def ok(self) -> bool:
        """No errors (the JSON ``ok``: strictness decides the run's exit status only)."""
        return self.counts["error"] == 0

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "type": self.type,
            "ok": self.ok,
            "counts": self.counts,
            "findings": [f.to_dict() for f in self.findings],
        }


@dataclass
class CacheStats:
    """What the incremental cache did in a run; tests and ``--verbose`` tools read it."""

    case_hits: int = 0
    case_misses: int = 0
    case_stores: int = 0
    attachment_hits: int = 0
    attachment_misses: int = 0
    report_hits: int = 0
    """Report files whose kept rows came from the cache (the file was not read)."""
    report_misses: int = 0
    history_hits: int = 0
    """Manifests of the repository whose history facts came from the cache (not parsed)."""
    history_misses: int = 0
    """Manifests of the repository parsed for their history facts."""
    workers_started: int = 0
    """Worker processes started (``--jobs``): none when every folder was in the cache."""

    def add(self, other: CacheStats) -> None:
        for name in (f.name for f in dataclasses.fields(self)):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True, slots=True)
class RunReport:
    """Every case of one run, in a stable order."""

    cases: tuple[CaseReport, ...]
    strict: bool = False
    cache_stats: CacheStats | None = field(default=None, compare=False)
    """What the incremental cache did in this run (hits, misses, stores); None without one."""
    rules_version: str = ""
    """The ``version`` of the rule packs the run checked against."""
    notices: tuple[str, ...] = field(default=(), compare=False)
    """What the run could not do as asked and did otherwise (a cache directory it refused);
    the command prints each on stderr."""

    @property
    def failed(self) -> bool:
        return any(case.failed(strict=self.strict) for case in self.cases)

    @property
    def valid_until(self) -> dt.datetime | None:
        """Until when (exclusive) the run's findings stay as they are while no case changes:
        the earliest ``valid_until`` of its cases; None when no finding depends on the time."""
        return min((c.valid_until for c in self.cases if c.valid_until is not None), default=None)

    def summary(self) -> dict[str, int]:
        totals = count_by_severity(f for case in self.cases for f in case.findings)
        failed = sum(1 for case in self.cases if case.failed(strict=self.strict))
        return {"cases": len(self.cases), "failed": failed, **totals}

    def to_dict(
        self, *, version: str | None = None, rules_version: str | None = None
    ) -> dict[str, Any]:
        """The JSON output's document; the versions default to this casecheck's and the
        run's rule packs'."""
        return {
            "casecheck": version if version is not None else __version__,
            "rules_version": rules_version if rules_version is not None else self.rules_version,
            "cases": [case.to_dict() for case in self.cases],
            "summary": self.summary(),
        }
