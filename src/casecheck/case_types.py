"""Which case types exist: the built-in ones and those a rule pack adds with its own fields."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import AwareDatetime, Field, create_model

from casecheck.models import BUILTIN_TYPES, CaseBase, json_schema
from casecheck.packs import CustomField, RulePacks, TypePack

_FIELD_TYPES: dict[str, Any] = {
    "string": str,
    "integer": int,
    "boolean": bool,
    "date": dt.date,
    "datetime": AwareDatetime,
    "string-list": list[str],
}

_custom_models: dict[tuple[str, str], type[CaseBase]] = {}


def _custom_model(name: str, pack: TypePack) -> type[CaseBase]:
    key = (name, pack.model_dump_json())
    if key not in _custom_models:
        fields: dict[str, Any] = {"type": (Literal[name], ...)}
        for field_name, spec in pack.fields.items():
            fields[field_name] = _pydantic_field(spec)
        class_name = "".join(part.title() for part in name.split("-")) or "CustomCase"
        _custom_models[key] = create_model(class_name, __base__=CaseBase, **fields)
    return _custom_models[key]


def _pydantic_field(spec: CustomField) -> tuple[Any, Any]:
    python_type = _FIELD_TYPES[spec.type]
    if spec.required:
        return (python_type, Field(description=spec.description))
    if spec.type == "string-list":
        return (python_type, Field(default_factory=list, description=spec.description))
    return (python_type | None, Field(default=None, description=spec.description))


def case_types(packs: RulePacks) -> dict[str, type[CaseBase]]:
    """Every case type by name: the built-ins, then those only the packs define."""
    types: dict[str, type[CaseBase]] = dict(BUILTIN_TYPES)
    for name, pack in sorted(packs.types.items()):
        if name not in types:
            types[name] = _custom_model(name, pack)
    return types


def schema_for(name: str | None, packs: RulePacks) -> dict[str, Any]:
    """The JSON Schema of one case type by name, or of all built-in types."""
    if name is None:
        return json_schema()
    return json_schema(case_types(packs)[name], name)
