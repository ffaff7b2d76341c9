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
from typing import Any

from casecheck.errors import ConfigError
from casecheck.findings import Severity
from casecheck.registry import rule_catalog

CONFIG_FILES = ("casecheck.toml", "pyproject.toml")
LANGS = ("en", "zh-CN")
_CODE_LISTS = {"select": "select", "extend-select": "extend_select", "ignore": "ignore"}
KEYS = (*_CODE_LISTS, "per-path-ignores", "severity", "rules", "strict", "lang")


@dataclass(frozen=True)
class Settings:
    """The keys one source (a file or the command line) sets, as ``Config`` field values."""

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


def read_settings(path: Path, table: Mapping[str, Any]) -> Settings:
    """Validate a configuration table into ``Config`` field values."""
    values: dict[str, Any] = {"base": path.parent.absolute()}
    for key, raw in table.items():
        where = _where(path, key)
        if key in _CODE_LISTS:
            values[_CODE_LISTS[key]] = check_codes(raw, where)
        elif key == "per-path-ignores":
            values["per_path_ignores"] = _per_path(raw, where)
        elif key == "severity":
            values["severity"] = severities(raw, where)
        elif key == "rules":
            dirs = [raw] if isinstance(raw, str) else raw
            if not isinstance(dirs, list) or not all(isinstance(d, str) for d in dirs):
                raise ConfigError(f"{where}: must be a folder or a list of folders")
            values["rules_dirs"] = tuple(path.parent / d for d in dirs)
        elif key == "strict":
            if not isinstance(raw, bool):
                raise ConfigError(f"{where}: must be true or false")
            values["strict"] = raw
        elif key == "lang":
            if raw not in LANGS:
                raise ConfigError(f"{where}: {raw!r} is not one of {', '.join(LANGS)}")
            values["lang"] = raw
        else:
            raise ConfigError(f"{where}: unknown key (known: {', '.join(KEYS)})")
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
