"""Project configuration: ``[tool.casecheck]`` in ``pyproject.toml`` or a ``casecheck.toml``.

Each case folder has its own: the file is looked for upward from the case folder, passing
over every folder inside a case folder; the first folder that has one wins, and in that
folder ``casecheck.toml`` wins over ``pyproject.toml``. A ``pyproject.toml`` without a
``[tool.casecheck]`` table is passed over. A file in the case folder itself is a stranger's
as often as not: it is used, on top of the repository's, only where the repository's file
says ``allow-case-config = true``, and then for that case alone. ``--config FILE`` pins one
file for every case. Command-line flags override the keys they mirror. A wrong key or an
unknown rule code is an error naming the file and the key.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError

from casecheck.catalog import LANGUAGES
from casecheck.engine import Config
from casecheck.errors import ConfigError, UsageError
from casecheck.files import load_toml, manifests_in
from casecheck.findings import Severity
from casecheck.registry import rule_catalog

CONFIG_FILES = ("casecheck.toml", "pyproject.toml")
RUN_KEYS = ("jobs", "cache_dir")
"""Settings of the run rather than of a case: taken from the file that governs the checked
paths' common folder, never from a case folder's file."""


class FileSettings(BaseModel):
    """The keys of a configuration table: each flag of ``casecheck check`` has one."""

    model_config = ConfigDict(
        extra="forbid", strict=True, alias_generator=lambda name: name.replace("_", "-")
    )

    select: StrictStr | list[StrictStr] | None = None
    extend_select: StrictStr | list[StrictStr] | None = None
    ignore: StrictStr | list[StrictStr] | None = None
    per_path_ignores: dict[str, StrictStr | list[StrictStr]] | None = None
    severity: dict[str, StrictStr] | None = None
    rules: StrictStr | list[StrictStr] | None = None
    strict: StrictBool | None = None
    lang: StrictStr | None = None
    template: StrictBool | None = None
    ocr: StrictBool | None = None
    parse_timeout: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None
    repository: StrictStr | None = None
    checker_timeout: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None
    reports: StrictStr | None = None
    jobs: Annotated[int, Field(ge=1)] | None = None
    cache_dir: StrictStr | None = None
    allow_case_config: StrictBool | None = None


_REPOSITORY_ONLY = ("jobs", "cache_dir", "allow_case_config", "reports")
"""Keys a case folder's own file may not set: they belong to the run or the repository (a
stranger's case folder must not have casecheck read the files of another folder as
reports)."""

KEYS = tuple(field.alias or name for name, field in FileSettings.model_fields.items())

_PLAIN_ERRORS = {
    "bool_type": "must be true or false",
    "string_type": "must be a string",
    "list_type": "must be a list",
    "dict_type": "must be a table",
}


@dataclass(frozen=True)
class Settings:
    """The keys one source (a file or the command line) sets, as ``Config`` field values
    (``jobs`` and ``cache_dir`` are the run's, not the configuration's)."""

    values: Mapping[str, Any]
    path: Path | None = None
    allows_case_config: bool = False
    """The file says ``allow-case-config = true``: a case folder's own file is used on top."""


def config_table(path: Path) -> dict[str, Any] | None:
    """The casecheck table of ``path``, or None when the file has none."""
    try:
        data = load_toml(path)
    except (ValueError, OSError) as error:  # TOMLDecodeError, UnicodeDecodeError among them
        raise ConfigError(f"{path}: {error}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("casecheck")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.casecheck] must be a table")
        return table
    return data


def config_in(folder: Path) -> tuple[Path, dict[str, Any]] | None:
    """The configuration file of ``folder`` itself and its table, or None."""
    for name in CONFIG_FILES:
        candidate = folder / name
        if candidate.is_file():
            table = config_table(candidate)
            if table is not None:
                return candidate, table
    return None


_UNUSED_READ_LIMIT = 1_000_000
"""Bytes of a case folder's pyproject.toml read to see whether it has a casecheck table."""


def _unused_config_in(folder: Path) -> Path | None:
    """The configuration file a case folder holds but may not use, without reading more of it
    than it takes to tell: a stranger's broken file must not stop the run."""
    for name in CONFIG_FILES:
        candidate = folder / name
        if candidate.is_file():
            if name != "pyproject.toml" or candidate.stat().st_size > _UNUSED_READ_LIMIT:
                return candidate
            try:
                if config_table(candidate) is not None:
                    return candidate
            except ConfigError:
                continue
    return None


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration at or above ``start`` and its table."""
    start = start.absolute()
    folder = start if start.is_dir() else start.parent
    for candidate_folder in (folder, *folder.parents):
        found = config_in(candidate_folder)
        if found is not None:
            return found
    return None


def _where(path: Path, key: str) -> str:
    table = "[tool.casecheck] " if path.name == "pyproject.toml" else ""
    return f"{path}: {table}key {key}"


def check_codes(codes: Any, where: str, *, exact: bool = False) -> tuple[str, ...]:
    """``codes`` as a tuple of known rule codes (or prefixes, unless ``exact``)."""
    if isinstance(codes, str):
        codes = [c for c in codes.split(",") if c.strip()]
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise ConfigError(f"{where}: must be a list of rule codes, e.g. [\"A\", \"I001\"]")
    catalog = rule_catalog()
    result = []
    for raw in codes:
        code = raw.strip().upper()
        known = code in catalog if exact else any(k.startswith(code) for k in catalog)
        if not known:
            kind = "rule code" if exact else "rule code or prefix"
            raise ConfigError(f"{where}: {raw!r} is no {kind} (see `casecheck rules`)")
        result.append(code)
    return tuple(result)


def severities(raw: Any, where: str) -> dict[str, Severity]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be a table of CODE = \"error\" | \"warning\" | \"info\"")
    result = {}
    for code, level in raw.items():
        (known,) = check_codes([code], where, exact=True)
        if level not in tuple(Severity):
            raise ConfigError(f"{where}: {code} = {level!r} is not error, warning or info")
        result[known] = Severity(level)
    return result


def _per_path(raw: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be a table of \"glob\" = [codes]")
    return tuple((glob, check_codes(codes, f"{where}.\"{glob}\"")) for glob, codes in raw.items())


def _first_problem(error: ValidationError, path: Path) -> ConfigError:
    problem = error.errors()[0]
    key = str(problem["loc"][0]) if problem["loc"] else "?"
    if problem["type"] == "extra_forbidden":
        return ConfigError(f"{_where(path, key)}: unknown key (known: {', '.join(KEYS)})")
    base = problem["type"].split(".")[0].removeprefix("strict_")
    message = _PLAIN_ERRORS.get(base, problem["msg"])
    if key in ("rules",):
        message = "must be a folder or a list of folders"
    return ConfigError(f"{_where(path, key)}: {message}")


def read_settings(path: Path, table: Mapping[str, Any], *, case: bool = False) -> Settings:
    """Validate a configuration table into ``Config`` field values (and the run's ``jobs``
    and ``cache_dir``); paths in it are relative to the file's folder. ``case``: the file is
    a case folder's own, which may not set what belongs to the repository."""
    try:
        given = FileSettings.model_validate(dict(table))
    except ValidationError as error:
        raise _first_problem(error, path) from None
    if case:
        for name in _REPOSITORY_ONLY:
            if getattr(given, name) is not None:
                key = name.replace("_", "-")
                raise ConfigError(f"{_where(path, key)}: a case folder's configuration may not "
                                  "set it; only the repository's may")
    folder = path.parent.absolute()
    values: dict[str, Any] = {"base": folder}
    for name in ("select", "extend_select", "ignore"):
        raw = getattr(given, name)
        if raw is not None:
            values[name] = check_codes(raw, _where(path, name.replace("_", "-")))
    if given.per_path_ignores is not None:
        values["per_path_ignores"] = _per_path(
            given.per_path_ignores, _where(path, "per-path-ignores")
        )
    if given.severity is not None:
        values["severity"] = severities(given.severity, _where(path, "severity"))
    if given.rules is not None:
        dirs = [given.rules] if isinstance(given.rules, str) else given.rules
        values["rules_dirs"] = tuple(folder / d for d in dirs)
    if given.lang is not None:
        if given.lang not in LANGUAGES:
            raise ConfigError(f"{_where(path, 'lang')}: {given.lang!r} is not one of "
                              f"{', '.join(LANGUAGES)}")
        values["lang"] = given.lang
    for name in ("strict", "template", "ocr"):
        if getattr(given, name) is not None:
            values[name] = getattr(given, name)
    if given.parse_timeout is not None:
        values["parse_timeout"] = given.parse_timeout or None  # 0: no limit, as the flag
    if given.checker_timeout is not None:
        values["checker_timeout"] = given.checker_timeout or None
    if given.repository is not None:
        values["repository"] = folder / given.repository
    if given.reports is not None:
        values["reports"] = folder / given.reports
    if given.jobs is not None:
        values["jobs"] = given.jobs
    if given.cache_dir is not None:
        values["cache_dir"] = folder / given.cache_dir
    return Settings(values, path, allows_case_config=given.allow_case_config is True)


def merge(file: Settings | None, command_line: Mapping[str, Any]) -> dict[str, Any]:
    """``Config`` keyword arguments: the file's keys, overridden by the flags given.

    A flag replaces its key, except ``extend_select`` (added to the file's), and
    ``per_path_ignores`` and ``severity`` (merged, the command line winning per glob or code).
    """
    merged = dict(file.values) if file is not None else {}
    for key, value in command_line.items():
        if key == "extend_select":
            merged[key] = (*merged.get(key, ()), *value)
        elif key == "per_path_ignores":
            globs = dict(merged.get(key, ()))
            globs.update(dict(value))
            merged[key] = tuple(globs.items())
        elif key == "severity":
            merged[key] = {**merged.get(key, {}), **value}
        else:
            merged[key] = value
    return merged


def _on_top_of(case: Settings, repository: Settings) -> Settings:
    """A case folder's own settings, to be merged on top of the repository file's: its
    per-path globs are rewritten relative to the repository file's folder, where the merged
    configuration resolves them, and match inside the case folder only."""
    values = dict(case.values)
    values.pop("base", None)
    if "per_path_ignores" in values and case.path is not None and repository.path is not None:
        base = repository.path.parent.absolute()
        prefix = glob.escape(case.path.parent.absolute().relative_to(base).as_posix())
        values["per_path_ignores"] = tuple(
            (f"{prefix}/{pattern}", codes) for pattern, codes in values["per_path_ignores"])
    return Settings(values, case.path)


def _common_folder(paths: Iterable[str | Path]) -> Path:
    folders = [Path(p).absolute() for p in paths] or [Path.cwd()]
    return Path(os.path.commonpath([p if p.is_dir() else p.parent for p in folders]))


@dataclass
class ConfigFiles:
    """Each case folder's configuration from the files around it, as ``casecheck check`` finds
    them: the repository's, and the case folder's own only where the repository allows it.

    ``overrides`` are ``Config`` field values that win over every file (the command line's
    flags); ``defaults`` apply where no file sets a key (the language of the environment).
    ``pinned`` is one file for every case (``--config``). Each file is read once.
    """

    overrides: Mapping[str, Any] = field(default_factory=dict)
    pinned: Path | None = None
    defaults: Mapping[str, Any] = field(default_factory=dict)
    _pinned: Settings | None = field(default=None, init=False, repr=False)
    _nearest: dict[Path, Settings | None] = field(default_factory=dict, init=False, repr=False)
    _inside: dict[Path, bool] = field(default_factory=dict, init=False, repr=False)
    _configs: dict[tuple[Path | None, Path | None], Config] = field(
        default_factory=dict, init=False, repr=False)
    _sources: dict[Path, tuple[Settings | None, Settings | None, Path | None]] = field(
        default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.pinned is not None:
            if not self.pinned.is_file():
                raise UsageError(f"--config {self.pinned}: no such file")
            table = config_table(self.pinned)
            if table is None:
                raise ConfigError(f"{self.pinned}: has no [tool.casecheck] table")
            self._pinned = read_settings(self.pinned, table)

    def _in_case(self, folder: Path) -> bool:
        """Whether ``folder`` is a case folder or lies inside one."""
        known = self._inside.get(folder)
        if known is None:
            parent = folder.parent
            known = bool(manifests_in(folder)) or (parent != folder and self._in_case(parent))
            self._inside[folder] = known
        return known

    def _repository_file(self, folder: Path) -> Settings | None:
        """The nearest file at or above ``folder`` outside every case folder."""
        if folder in self._nearest:
            return self._nearest[folder]
        found = None if self._in_case(folder) else config_in(folder)
        if found is not None:
            settings: Settings | None = read_settings(*found)
        else:
            settings = self._repository_file(folder.parent) if folder.parent != folder else None
        self._nearest[folder] = settings
        return settings

    def sources(self, folder: Path) -> tuple[Settings | None, Settings | None, Path | None]:
        """The files that govern the case folder ``folder``: the repository's, the case
        folder's own where it is used, and the case folder's own where it is not."""
        folder = folder.absolute()
        if folder not in self._sources:
            self._sources[folder] = self._find_sources(folder)
        return self._sources[folder]

    def _find_sources(self, folder: Path) -> tuple[Settings | None, Settings | None, Path | None]:
        if self._pinned is not None:
            return self._pinned, None, None
        is_case = bool(manifests_in(folder))
        repository = self._repository_file(folder.parent if is_case else folder)
        if not is_case:
            return repository, None, None
        if repository is None or not repository.allows_case_config:
            return repository, None, _unused_config_in(folder)
        own = config_in(folder)
        if own is None:
            return repository, None, None
        return repository, _on_top_of(read_settings(*own, case=True), repository), None

    def _config(self, repository: Settings | None, case: Settings | None) -> Config:
        key = (repository.path if repository else None, case.path if case else None)
        if key not in self._configs:
            values = merge(repository, case.values if case is not None else {})
            values = merge(Settings(values), self.overrides)
            for name, value in self.defaults.items():
                values.setdefault(name, value)
            for name in RUN_KEYS:
                values.pop(name, None)
            self._configs[key] = Config(**values)
        return self._configs[key]

    def config_for(self, folder: Path) -> Config:
        """The configuration of the case folder ``folder``."""
        repository, case, _ = self.sources(folder)
        return self._config(repository, case)

    def ignored_file(self, folder: Path) -> Path | None:
        """The case folder's own configuration file where it is not used, or None."""
        return self.sources(folder)[2]

    def run_settings(self, paths: Iterable[str | Path]) -> dict[str, Any]:
        """``jobs`` and ``cache_dir`` of a run over ``paths``: those of the file that governs
        their common folder (never a case folder's own), or of ``overrides``."""
        values = merge(self._run_file(paths), self.overrides)
        return {name: values.get(name) for name in RUN_KEYS}

    def run_config(self, paths: Iterable[str | Path]) -> Config:
        """The configuration of the checked paths' common folder, for what a run reports once:
        the language of its headings, the rule packs' version."""
        return self._config(self._run_file(paths), None)

    def _run_file(self, paths: Iterable[str | Path]) -> Settings | None:
        return self._pinned or self._repository_file(_common_folder(paths))
