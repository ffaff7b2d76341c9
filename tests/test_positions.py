"""The position map: every field path of a TOML, JSON or YAML manifest to the line declaring it.

The property tests write random manifests line by line, noting where each path was written,
and compare with the map; the others pin the cases a line search got wrong (a header inside a
multi-line string, elements of a multi-line array, nested arrays of tables) and the hostile
ones (deep nesting, broken text).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casecheck.loader import field_line
from casecheck.positions import Positions, parse_path, positions, sniff

Path = tuple[str | int, ...]

KEYS = st.one_of(
    st.sampled_from(["type", "ids", "order_ids", "path", "kind", "a-b", "x_1", "attachments"]),
    st.text(alphabet="ab .#[]=:'\"案件", min_size=1, max_size=6),
)
SCALARS = st.one_of(
    st.integers(-10, 10), st.booleans(),
    st.text(alphabet='ab #[]{}=,:"\'\\\n\t案', max_size=12),
)


def _toml_key(key: str) -> str:
    if key and all(c.isascii() and (c.isalnum() or c in "-_") for c in key):
        return key
    return json.dumps(key, ensure_ascii=False)


def _toml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


class Written:
    """Text being written line by line, and the line each path was written on."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.expected: dict[Path, int] = {}

    def add(self, text: str, *paths: Path) -> None:
        self.lines.append(text)
        for path in paths:
            self.expected.setdefault(path, len(self.lines))

    @property
    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _toml(document: dict[str, Any]) -> Written:
    out = Written()
    tables = {k: v for k, v in document.items() if isinstance(v, dict)}
    arrays = {k: v for k, v in document.items()
              if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)}
    for key, value in document.items():
        if key not in tables and key not in arrays:
            _toml_value(out, (key,), _toml_key(key) + " = ", value)
    for key, table in tables.items():
        out.add(f"[{_toml_key(key)}]", (key,))
        for inner, value in table.items():
            _toml_value(out, (key, inner), _toml_key(inner) + " = ", value)
    for key, items in arrays.items():
        for index, item in enumerate(items):
            out.add(f"[[{_toml_key(key)}]]", (key,), (key, index))
            for inner, value in item.items():
                _toml_value(out, (key, index, inner), _toml_key(inner) + " = ", value)
    return out


def _toml_value(out: Written, path: Path, prefix: str, value: Any) -> None:
    if isinstance(value, list):
        out.add(prefix + "[", path)
        for index, item in enumerate(value):
            if isinstance(item, dict):
                inline = ", ".join(f"{_toml_key(k)} = {_toml_scalar(v)}" for k, v in item.items()
                                   if not isinstance(v, list | dict))
                inner = [(*path, index, k) for k, v in item.items()
                         if not isinstance(v, list | dict)]
                out.add(f"  {{ {inline} }},  # an inline table", (*path, index), *inner)
            elif isinstance(item, list):
                continue
            else:
                out.add(f"  {_toml_scalar(item)},", (*path, index))
        out.add("]")
    elif isinstance(value, dict):
        scalars = {k: v for k, v in value.items() if not isinstance(v, list | dict)}
        inline = ", ".join(f"{_toml_key(k)} = {_toml_scalar(v)}" for k, v in scalars.items())
        out.add(prefix + "{ " + inline + " }", path, *((*path, k) for k in scalars))
    else:
        out.add(prefix + _toml_scalar(value), path)


def _json(value: Any, out: Written, path: Path, prefix: str, indent: str, last: bool) -> None:
    comma = "" if last else ","
    if isinstance(value, dict) and value:
        out.add(f"{indent}{prefix}{{", *([path] if path else []))
        for number, (key, item) in enumerate(value.items(), start=1):
            _json(item, out, (*path, key), json.dumps(key, ensure_ascii=False) + ": ",
                  indent + " ", number == len(value))
        out.add(f"{indent}}}{comma}")
    elif isinstance(value, list) and value:
        out.add(f"{indent}{prefix}[", *([path] if path else []))
        for index, item in enumerate(value):
            _json(item, out, (*path, index), "", indent + " ", index == len(value) - 1)
        out.add(f"{indent}]{comma}")
    else:
        out.add(f"{indent}{prefix}{json.dumps(value, ensure_ascii=False)}{comma}", path)


def _yaml(value: Any, out: Written, path: Path, indent: str) -> None:
    for key, item in value.items():
        head = f"{indent}{json.dumps(key, ensure_ascii=False)}:"
        if isinstance(item, dict) and item:
            out.add(head, (*path, key))
            _yaml(item, out, (*path, key), indent + "  ")
        elif isinstance(item, list) and item:
            out.add(head, (*path, key))
            for index, element in enumerate(item):
                if isinstance(element, dict | list):
                    continue
                out.add(f"{indent}  - {json.dumps(element, ensure_ascii=False)}",
                        (*path, key, index))
        else:
            out.add(f"{head} {json.dumps(item, ensure_ascii=False)}", (*path, key))


leaf_lists = st.lists(SCALARS, max_size=4)
tables = st.dictionaries(KEYS, st.one_of(SCALARS, leaf_lists), max_size=4)
documents = st.dictionaries(
    KEYS,
    st.one_of(SCALARS, leaf_lists, tables, st.lists(tables, min_size=1, max_size=3)),
    min_size=1, max_size=6,
)


def _expected_holds(text: str, expected: dict[Path, int]) -> None:
    found = positions(text)
    wrong = {path: (line, found.lines.get(path)) for path, line in expected.items()
             if found.lines.get(path) != line}
    assert not wrong, text


@settings(max_examples=300, deadline=None)
@given(documents)
def test_every_toml_path_is_mapped_to_the_line_it_was_written_on(document: dict[str, Any]) -> None:
    written = _toml(document)
    _expected_holds("# a case\n" + written.text, {p: n + 1 for p, n in written.expected.items()})


@settings(max_examples=300, deadline=None)
@given(documents)
def test_every_json_path_is_mapped_to_the_line_it_was_written_on(document: dict[str, Any]) -> None:
    written = Written()
    _json(document, written, (), "", "", last=True)
    _expected_holds(written.text, written.expected)


@settings(max_examples=200, deadline=None)
@given(documents)
def test_every_yaml_path_is_mapped_to_the_line_it_was_written_on(document: dict[str, Any]) -> None:
    pytest.importorskip("yaml")
    written = Written()
    _yaml(document, written, (), "")
    _expected_holds(written.text, written.expected)


def test_a_header_inside_a_multi_line_string_is_not_a_table() -> None:
    text = (
        'type = "x"\nmessage = """\nhello\n[[attachments]]\npath = "fake"\n"""\n'
        '[[attachments]]\npath = "real"\n'
    )
    assert field_line(text, "attachments[0].path") == 8
    assert ("attachments", 1) not in positions(text).lines


def test_elements_of_multi_line_arrays_and_nested_arrays_of_tables_have_their_own_lines() -> None:
    text = (
        '[ids]\norder_ids = [\n  "a",  # first\n  "b",\n]\n'
        '[[attachments]]\npath = "a"\n[[attachments.pages]]\nn = 1\n'
        '[[attachments]]\npath = "b"\n[[attachments.pages]]\nn = 2\n[[attachments.pages]]\nn = 3\n'
    )
    assert [field_line(text, f"ids.order_ids[{i}]") for i in (0, 1)] == [3, 4]
    assert field_line(text, "attachments[1].pages[1].n") == 15
    assert field_line(text, "attachments[0].pages[0]") == 8


def test_a_missing_field_points_at_its_nearest_declared_ancestor() -> None:
    text = 'type = "x"\n\n[[attachments]]\npath = "a"\n'
    assert field_line(text, "attachments[0].kind") == 3
    assert field_line(text, "nothing.here") is None
    assert field_line(text, "") is None and field_line(None, "type") is None


def test_a_key_given_twice_is_found_by_name_where_a_parser_stops() -> None:
    text = '{\n "ids": {\n  "order_ids": [],\n  "order_ids": ["x"]\n }\n}\n'
    assert field_line(text, "order_ids") == 3


@pytest.mark.parametrize("text", [
    "[" * 100_000, "{" * 100_000, 'a = ' + "[" * 100_000, '{"a":' * 50_000,
    "a: " + "[" * 20_000, '"\\', '[[a', 'a = """', "a = {b = ", "= = =\n[", "\ufeff\ufeff",
])
def test_deep_or_broken_text_maps_without_error(text: str) -> None:
    assert isinstance(positions(text), Positions)


def test_the_format_is_told_by_the_first_statement() -> None:
    assert sniff('\ufeff# c\n{"type": "x"}') == "json"
    assert sniff("# c\n\n[ids]\n") == "toml"
    assert sniff('"type" = "x"\n') == "toml"
    assert sniff("type.sub = 1\n") == "toml"
    assert sniff("type: x\n") == "yaml"
    assert sniff("---\ntype: x\n") == "yaml"


def test_a_field_path_is_split_into_keys_and_indexes() -> None:
    assert parse_path("attachments[3].kind") == ("attachments", 3, "kind")
    assert parse_path("ids.order_ids[0][2]") == ("ids", "order_ids", 0, 2)
