"""Rule packs: the policy as data (``rules/*.toml``), validated when loaded.

A pack directory holds ``global.toml``, ``marketplaces.toml``, ``trademark-offices.toml``
and one ``types/<case-type>.toml`` per case type. A user's ``--rules DIR`` has the same
layout: its files are merged over the shipped ones (tables merge key by key, anything
else replaces), and a ``types/`` file for an unknown type adds that type.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


def _shipped_rules() -> Path:
    """A wheel carries the packs inside the package; a source checkout keeps them at the top."""
    inside = Path(__file__).with_name("rules")
    return inside if inside.is_dir() else Path(__file__).resolve().parents[2] / "rules"


SHIPPED_RULES = _shipped_rules()


class PackError(Exception):
    """A rule pack is malformed. The message names the file and the key."""


class _Pack(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Cited(_Pack):
    """Every number in a pack says where it comes from and when that was last checked."""

    source: str = Field(min_length=1)
    checked: dt.date


class Threshold(Cited):
    value: int = Field(ge=0)


class Format(_Pack):
    mime: str
    label: str
    extensions: list[str]


class AllowedFormats(Cited):
    types: list[Format] = Field(min_length=1)


class AttachmentPolicy(_Pack):
    formats: AllowedFormats
    size_limit: Threshold
    max_per_message: Threshold


class ScreenshotPolicy(Cited):
    """Below this size a screenshot's address bar and clock cannot be read (A014)."""

    min_width: int = Field(ge=1)
    min_height: int = Field(ge=1)


class GlobalPack(_Pack):
    version: str
    attachments: AttachmentPolicy
    screenshots: ScreenshotPolicy


class Marketplace(Cited):
    domain: str
    seller_central: list[str] = Field(min_length=1)
    timezone: str
    languages: list[str] = Field(min_length=1)
    region: Literal["NA", "EU", "FE"]


class TrademarkFormat(_Pack):
    label: str
    pattern: str
    example: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"not a regular expression: {error}") from None
        return pattern

    def matches(self, number: str) -> bool:
        return re.fullmatch(self.pattern, number) is not None


class TrademarkOffice(Cited):
    name: str
    formats: list[TrademarkFormat] = Field(min_length=1)


Condition = dict[str, list[str]]
"""Field name -> values for which a requirement applies, e.g. ``{claim_kind = ["inbound-lost"]}``."""


class RequiredIds(Cited):
    ids: Literal["order_ids", "asins", "shipment_ids", "gtins", "fnskus", "tracking_numbers"]
    when: Condition = Field(default_factory=dict)


class RequiredAttachment(Cited):
    kind: str
    when: Condition = Field(default_factory=dict)


class CustomField(_Pack):
    """A field of a case type that a pack adds (built-in types have theirs in models.py)."""

    type: Literal["string", "integer", "boolean", "date", "datetime", "string-list"]
    required: bool = False
    description: str = ""


class TypePack(_Pack):
    description: str = ""
    fields: dict[str, CustomField] = Field(default_factory=dict)
    required_ids: list[RequiredIds] = Field(default_factory=list)
    required_attachments: list[RequiredAttachment] = Field(default_factory=list)


class RulePacks(_Pack):
    global_: GlobalPack = Field(alias="global")
    marketplaces: dict[str, Marketplace]
    trademark_offices: dict[str, TrademarkOffice]
    types: dict[str, TypePack]

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @property
    def version(self) -> str:
        return self.global_.version


def condition_holds(when: Condition, case: Any) -> bool:
    """True when every field named in ``when`` has one of the listed values on ``case``."""
    return all(str(getattr(case, name, None)) in values for name, values in when.items())


# --- loading -------------------------------------------------------------------------------

def _pack_key(relative: Path) -> tuple[str, ...]:
    """``types/fba-reimbursement.toml`` -> ("types", "fba-reimbursement")."""
    if relative.parent.name == "types":
        return ("types", relative.stem)
    return (relative.stem.replace("-", "_"),)


def _merge(base: Any, override: Any) -> Any:
    if isinstance(base, dict) and isinstance(override, dict):
        return {**base, **{k: _merge(base.get(k), v) for k, v in override.items()}}
    return override


def _pack_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.rglob("*.toml") if p.is_file())


@dataclass(frozen=True)
class _Layer:
    """The raw data of one pack directory, with the file each key came from."""

    data: dict[str, Any]
    origins: dict[tuple[str, ...], str]


def _read_layer(directory: Path) -> _Layer:
    data: dict[str, Any] = {}
    origins: dict[tuple[str, ...], str] = {}
    for path in _pack_files(directory):
        relative = path.relative_to(directory)
        try:
            content = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as error:
            raise PackError(f"{path}: {error}") from None
        key = _pack_key(relative)
        target = data
        for part in key[:-1]:
            target = target.setdefault(part, {})
        target[key[-1]] = content
        origins[key] = str(path)
    return _Layer(data, origins)


def _where(loc: tuple[int | str, ...], origins: Mapping[tuple[str, ...], str]) -> str:
    """Name the file and the key inside it for a pydantic error location."""
    parts = tuple(str(p) for p in loc)
    for size in (2, 1):
        if parts[:size] in origins:
            inner = parts[size:]
            key = ".".join(inner) if inner else "(whole file)"
            return f"{origins[parts[:size]]}: key {key}"
    return f"rule packs: key {'.'.join(parts)}"


def load_packs(extra_dirs: Iterable[Path] = ()) -> RulePacks:
    """Load the shipped packs, then each directory of ``extra_dirs`` over them."""
    return _load_packs(tuple(Path(d).resolve() for d in extra_dirs))


@cache
def _load_packs(extra_dirs: tuple[Path, ...]) -> RulePacks:
    merged: dict[str, Any] = {}
    origins: dict[tuple[str, ...], str] = {}
    for directory in (SHIPPED_RULES, *extra_dirs):
        if not directory.is_dir():
            raise PackError(f"{directory}: rules directory not found")
        layer = _read_layer(directory)
        merged = _merge(merged, layer.data)
        origins.update(layer.origins)
    try:
        return RulePacks.model_validate(merged)
    except ValidationError as error:
        first = error.errors()[0]
        where = _where(first["loc"], origins)
        raise PackError(f"{where}: {first['msg']}") from None
