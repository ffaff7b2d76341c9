"""Editing a manifest the way its author would: only the values that change, in place.

TOML is edited with tomlkit, which keeps the seller's comments, key order, quoting and blank
lines; YAML with ruamel.yaml's round trip (the ``yaml`` extra), which keeps comments and
indentation; JSON keeps its key order and indentation. Three kinds of edit: an attachment's
path (a converted or renamed file; a split PDF becomes one entry per part, in order), a new
attachment entry (a file A012 found unlisted), and a top-level text (a masked message).
"""

from __future__ import annotations

import copy
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from casecheck.fixes.plan import FixError


@dataclass(frozen=True, slots=True)
class EntryEdit:
    """Entry ``index`` of ``[[attachments]]`` now names ``paths`` (several: the parts of a
    split PDF, each described as part k of n when the entry had a description)."""

    index: int
    paths: tuple[str, ...]
    part_descriptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NewEntry:
    path: str
    kind: str


@dataclass(frozen=True, slots=True)
class ManifestEdits:
    entries: tuple[EntryEdit, ...] = ()
    added: tuple[NewEntry, ...] = ()
    texts: Mapping[str, str] = field(default_factory=dict)
    """Top-level string fields to set (``message``, ``subject``)."""

    def __bool__(self) -> bool:
        return bool(self.entries or self.added or self.texts)


def edit_manifest(name: str, text: str, edits: ManifestEdits) -> str:
    """``text`` of the manifest ``name`` with ``edits`` made; raises FixError when it cannot
    be edited (a YAML manifest without ruamel.yaml)."""
    if name.endswith(".toml"):
        return _edit_toml(text, edits)
    if name.endswith(".json"):
        return _edit_json(text, edits)
    return _edit_yaml(text, edits)


def _entry_edits(entries: Any, edits: ManifestEdits, *, make_copy: Any, new_entry: Any) -> None:
    """Apply the path edits from the last index to the first, so indices stay right, then
    append the new entries. ``make_copy(entry)`` copies an entry in the document's own kind
    of table; ``new_entry(values)`` makes one."""
    for edit in sorted(edits.entries, key=lambda e: e.index, reverse=True):
        entry = entries[edit.index]
        copies = [make_copy(entry) for _ in edit.paths[1:]]
        description = str(entry["description"]) if "description" in entry else None
        for number, (target, path) in enumerate(zip([entry, *copies], edit.paths, strict=True)):
            target["path"] = _like(target.get("path"), path)
            if edit.part_descriptions and description is not None:
                described = edit.part_descriptions[number].format(description=description)
                target["description"] = _like(target["description"], described)
        for offset, extra in enumerate(copies, start=1):
            entries.insert(edit.index + offset, extra)
    for added in edits.added:
        entries.append(new_entry({"path": added.path, "kind": added.kind}))


def _like(old: Any, value: str) -> Any:
    """``value`` in the quoting of the string it replaces (tomlkit keeps 'literal' strings)."""
    string_type = getattr(old, "type", None)
    if string_type is None or not hasattr(string_type, "is_literal"):
        return value
    import tomlkit.items  # noqa: PLC0415 - start-up: tomlkit, only when a manifest is edited

    kind = string_type
    if kind.is_literal() and ("'" in value or ("\n" in value and not kind.is_multiline())):
        kind = tomlkit.items.StringType.MLB if "\n" in value else tomlkit.items.StringType.SLB
    elif "\n" in value and not kind.is_multiline():
        kind = tomlkit.items.StringType.MLB
    made = tomlkit.items.String.from_raw(value, type_=kind)
    quotes = len(kind.value)
    body = made.as_string()[quotes:-quotes]
    if kind.is_multiline() and old.as_string()[3:4] == "\n" and not body.startswith("\n"):
        # The seller's text starts on the line after the opening quotes (TOML drops that
        # first newline from the value): keep it there.
        return tomlkit.items.String(kind, value, "\n" + body, made.trivia)
    return made


# --- TOML ----------------------------------------------------------------------------------

def _edit_toml(text: str, edits: ManifestEdits) -> str:
    import tomlkit  # noqa: PLC0415 - start-up: tomlkit, only when a manifest is edited

    document = tomlkit.parse(text)
    for key, value in edits.texts.items():
        document[key] = _like(document.get(key), value)
    entries: Any = document.get("attachments")
    inline = entries is not None and not isinstance(entries, tomlkit.items.AoT)

    def new_entry(values: dict[str, str]) -> Any:
        table: Any
        if inline:
            table = tomlkit.inline_table()
            table.update(values)
            return table
        if len(entries):
            # A copy of the last table keeps the blank line that follows it in the file.
            last = entries[-1]
            table = copy.deepcopy(last)
            for name in list(table.keys()):
                del table[name]
            if not last.as_string().endswith("\n\n"):
                last.add(tomlkit.nl())
        else:
            table = tomlkit.table()
        table.update(values)
        return table

    if entries is None and edits.added:
        document.append("attachments", tomlkit.aot())
        entries = document["attachments"]
        inline = False
    if entries is not None:
        _entry_edits(entries, edits, make_copy=copy.deepcopy, new_entry=new_entry)
    return tomlkit.dumps(document)


# --- JSON ----------------------------------------------------------------------------------

def _json_indent(text: str) -> int | str | None:
    match = re.search(r"^([ \t]+)\S", text, re.MULTILINE)
    if match is None:
        return None
    indent = match[1]
    return len(indent) if set(indent) == {" "} else indent


def _edit_json(text: str, edits: ManifestEdits) -> str:
    document = json.loads(text)
    document.update(edits.texts)
    if edits.added and "attachments" not in document:
        document["attachments"] = []
    if "attachments" in document:
        _entry_edits(document["attachments"], edits, make_copy=copy.deepcopy, new_entry=dict)
    ending = "\n" if text.endswith("\n") else ""
    return json.dumps(document, ensure_ascii=False, indent=_json_indent(text)) + ending


# --- YAML ----------------------------------------------------------------------------------

def _yaml_mapping_indent(text: str) -> int:
    """How far a nested mapping's keys stand in (``ids:`` then ``  order_ids:``); 2 if none."""
    previous = ""
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        nested = re.match(r"( +)[^\s#-]", line)
        if nested and re.match(r"[^\s#-][^:]*:\s*(#.*)?$", previous):
            return len(nested[1])
        previous = line
    return 2


def _edit_yaml(text: str, edits: ManifestEdits) -> str:
    try:
        from ruamel.yaml import YAML  # noqa: PLC0415 - optional: YAML manifests only
        from ruamel.yaml.comments import CommentedMap  # noqa: PLC0415 - optional: YAML manifests only
        from ruamel.yaml.util import load_yaml_guess_indent  # noqa: PLC0415 - optional: YAML manifests only
    except ImportError:
        raise FixError(
            "editing a YAML manifest keeps its comments with ruamel.yaml:"
            " pip install 'casecheck[yaml]'"
        ) from None
    _, sequence, offset = load_yaml_guess_indent(text)
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.indent(mapping=_yaml_mapping_indent(text), sequence=sequence or 2, offset=offset or 0)
    yaml.width = 4096  # never fold a long path or message onto two lines
    document = yaml.load(text)
    for key, value in edits.texts.items():
        document[key] = value
    if edits.added and "attachments" not in document:
        document["attachments"] = []

    def new_entry(values: Mapping[str, str]) -> Any:
        return CommentedMap(values)

    if "attachments" in document:
        _entry_edits(document["attachments"], edits, make_copy=copy.deepcopy, new_entry=new_entry)
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue()
