"""Project configuration: ``[tool.casecheck]`` in ``pyproject.toml`` or a ``casecheck.toml``.

The file is looked for upward from the checked path; the first folder that has one wins,
and in that folder ``casecheck.toml`` wins over ``pyproject.toml``. A ``pyproject.toml``
without a ``[tool.casecheck]`` table is passed over. Command-line flags override the keys
they mirror. A wrong key or an unknown rule code is an error naming the file and the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictStr, ValidationError

from casecheck.catalog import LANGUAGES
from casecheck.errors import ConfigError
from casecheck.findings import Severity
from casecheck.registry import rule_catalog

CONFIG_FILES = ("casecheck.toml", "pyproject.toml")


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
    jobs: Annotated[int, Field(ge=1)] | None = None
    cache_dir: StrictStr | None = None


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


def config_table(path: Path) -> dict[str, Any] | None:
    """The casecheck table of ``path``, or None when the file has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
        raise ConfigError(f"{path}: {error}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("casecheck")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.casecheck] must be a table")
        return table
    return data


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest configuration at or above ``start`` and its table."""
    start = start.absolute()
    folder = start if start.is_dir() else start.parent
    for candidate_folder in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = candidate_folder / name
            if candidate.is_file():
                table = config_table(candidate)
                if table is not None:
                    return candidate, table
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


def read_settings(path: Path, table: Mapping[str, Any]) -> Settings:
    """Validate a configuration table into ``Config`` field values (and the run's ``jobs``
    and ``cache_dir``); paths in it are relative to the file's folder."""
    try:
        given = FileSettings.model_validate(dict(table))
    except ValidationError as error:
        raise _first_problem(error, path) from None
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
    if given.repository is not None:
        values["repository"] = folder / given.repository
    if given.jobs is not None:
        values["jobs"] = given.jobs
    if given.cache_dir is not None:
        values["cache_dir"] = folder / given.cache_dir
    return Settings(values, path)


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
