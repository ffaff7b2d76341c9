"""Where each field of a manifest is declared: a map from field path to line, built once per
manifest text, for TOML, JSON and YAML.

Findings point at the line that declares their field (``ids.order_ids[1]``,
``attachments[3].kind``), and the reporters ask again for every finding. Searching the text per
finding made 8,000 unknown ``ignore`` codes cost 16 s; the map costs one pass over the text,
and every question after it one dictionary lookup.

Each scanner is forgiving: it runs on text that may not parse (a key given twice, a syntax
error further down) and maps what it can. It never recurses, so 100,000 nested brackets are
only a long loop; paths deeper than :data:`MAX_DEPTH` are walked but not recorded.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Path = tuple[str | int, ...]
"""``("attachments", 3, "kind")`` for ``attachments[3].kind``."""

MAX_DEPTH = 32
"""A manifest is four levels deep at most; deeper paths of a hostile file are not recorded."""


def _extend(path: Path, part: str | int) -> Path:
    """``path`` and one more part; a path past :data:`MAX_DEPTH` stays as it is (it is never
    recorded), so that 100,000 nested brackets do not build 100,000 ever longer tuples."""
    return (*path, part) if len(path) <= MAX_DEPTH else path


@dataclass
class Positions:
    """The 1-based line of every field path of one manifest, and of every key by its name."""

    lines: dict[Path, int] = field(default_factory=dict)
    by_name: dict[str, int] = field(default_factory=dict)

    def record(self, path: Path, line: int) -> None:
        if len(path) <= MAX_DEPTH:
            self.lines.setdefault(path, line)
            last = path[-1] if path else None
            if isinstance(last, str):
                self.by_name.setdefault(last, line)

    def line(self, field_path: str) -> int | None:
        """The line of ``field_path``, else of its nearest declared ancestor, else None.

        A bare name that is declared nowhere at the top (a key given twice inside a table)
        is looked up by name.
        """
        path = parse_path(field_path)
        for length in range(len(path), 0, -1):
            found = self.lines.get(path[:length])
            if found is not None:
                return found
        if len(path) == 1 and isinstance(path[0], str):
            return self.by_name.get(path[0])
        return None


_PATH_PART = re.compile(r"([^.\[\]]+)((?:\[\d+\])*)")


def parse_path(field_path: str) -> Path:
    """``"attachments[3].kind"`` -> ``("attachments", 3, "kind")``."""
    path: list[str | int] = []
    for key, indexes in _PATH_PART.findall(field_path):
        path.append(key)
        path.extend(int(index) for index in re.findall(r"\d+", indexes))
    return tuple(path)


@functools.lru_cache(maxsize=64)
def positions(text: str) -> Positions:
    """The positions of ``text``, a manifest in whichever of the three formats it is written."""
    kind = sniff(text)
    if kind == "json":
        return _json_positions(text)
    if kind == "toml":
        return _toml_positions(text)
    return _yaml_positions(text)


_FIRST_STATEMENT = re.compile(r"(?:\ufeff|\s|#[^\n]*)*")
_TOML_START = re.compile(r"\[|(?:[A-Za-z0-9_-]++|\"(?:[^\"\\\n]|\\.)*+\"|'[^'\n]*+')[ \t]*+[.=]")


def sniff(text: str) -> str:
    """``json``, ``toml`` or ``yaml``, from the first statement: the loader knows the file name,
    but a reporter that asks for a line may only have the text."""
    start = _FIRST_STATEMENT.match(text)
    position = start.end() if start else 0
    if text.startswith("{", position):
        return "json"
    if _TOML_START.match(text, position):
        return "toml"
    return "yaml"


# --- JSON ----------------------------------------------------------------------------------

_JSON_TOKEN = re.compile(
    r'[ \t\r]*+(?:(\n)|("(?:[^"\\\n]++|\\.)*+"?)|([{}\[\]:,])|([^\s{}\[\]:,"]++))'
)


@dataclass
class _Frame:
    """An open array (``key`` None, ``index`` counts) or object (``key`` of the member)."""

    path: Path
    is_array: bool
    index: int = 0
    key: str | None = None


def _child(frames: list[_Frame]) -> Path | None:
    """The path of the value that starts here, or None where no value may start."""
    if not frames:
        return ()
    top = frames[-1]
    if top.is_array:
        return _extend(top.path, top.index)
    return _extend(top.path, top.key) if top.key is not None else None


def _json_key(token: str) -> str:
    try:
        key = json.loads(token)
    except ValueError:
        key = token.strip('"')
    return str(key)


def _json_positions(text: str) -> Positions:
    found = Positions()
    frames: list[_Frame] = []
    line = 1
    awaiting_key = False
    for match in _JSON_TOKEN.finditer(text):
        newline, string, mark, _ = match.groups()
        if newline:
            line += 1
            continue
        if mark in ("}", "]"):
            if frames:
                frames.pop()
            awaiting_key = False
            continue
        if mark == ",":
            if frames and frames[-1].is_array:
                frames[-1].index += 1
            elif frames:
                frames[-1].key = None
                awaiting_key = True
            continue
        if mark == ":":
            continue
        if string is not None and awaiting_key and frames and not frames[-1].is_array:
            frames[-1].key = _json_key(string)
            found.record(_extend(frames[-1].path, frames[-1].key), line)
            awaiting_key = False
            continue
        path = _child(frames)
        if path is None:
            continue
        if frames and frames[-1].is_array:
            found.record(path, line)
        if mark in ("{", "["):
            frames.append(_Frame(path, is_array=mark == "["))
            awaiting_key = mark == "{"
        elif frames and not frames[-1].is_array:
            frames[-1].key = None  # a scalar member ended
    return found


# --- TOML ----------------------------------------------------------------------------------

_TOML_BLANK = re.compile(r"(?:[ \t\r]++|#[^\n]*+)*+")
_TOML_KEY_PART = re.compile(
    r"[ \t]*+(?:([A-Za-z0-9_-]++)|\"((?:[^\"\\\n]++|\\.)*+)\"|'([^'\n]*+)')"
)
_TOML_DOT = re.compile(r"[ \t]*+\.")
_TOML_STRING = re.compile(
    r'"""(?:[^\\"]++|\\[\s\S]|"(?!""))*+"""(?:""?)?'
    r"|'''(?:[^']++|'(?!''))*+'''(?:''?)?"
    r'|"(?:[^"\\\n]++|\\.)*+"'
    r"|'[^'\n]*+'"
)
_TOML_SCALAR = re.compile(r"[^,\]}\n#]++")


_LONG_ESCAPE = re.compile(r"\\U([0-9A-Fa-f]{8})")


def _unescaped(raw: str) -> str:
    """A TOML basic string's escapes: JSON's, and ``\\UXXXXXXXX``."""
    try:
        return str(json.loads('"' + _LONG_ESCAPE.sub(lambda m: chr(int(m[1], 16)), raw) + '"'))
    except ValueError:
        return raw


class _TomlScanner:
    """One pass over TOML text: table headers, keys and array elements with their lines."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.line = 1
        self.found = Positions()
        self.table: Path = ()
        self.arrays: dict[Path, int] = {}

    def blank(self, newlines: bool) -> None:
        """Skip blanks and comments, and line ends when ``newlines``."""
        text = self.text
        while True:
            self.at = _TOML_BLANK.match(text, self.at).end()  # type: ignore[union-attr]
            if newlines and self.at < len(text) and text[self.at] == "\n":
                self.at += 1
                self.line += 1
                continue
            return

    def key(self) -> list[str] | None:
        """A dotted key's parts, or None when none stands here."""
        parts: list[str] = []
        while True:
            match = _TOML_KEY_PART.match(self.text, self.at)
            if match is None:
                return parts or None
            bare, basic, literal = match.groups()
            if basic is not None:
                parts.append(_unescaped(basic))
            else:
                parts.append(bare if bare is not None else literal)
            self.at = match.end()
            dot = _TOML_DOT.match(self.text, self.at)
            if dot is None:
                return parts
            self.at = dot.end()

    def resolved(self, parts: list[str]) -> Path:
        """A header's path with the current element of every array of tables on the way."""
        path: list[str | int] = []
        for number, part in enumerate(parts, start=1):
            path.append(part)
            count = self.arrays.get(tuple(path))
            if count is not None and number < len(parts):
                path.append(count - 1)
        return tuple(path)

    def rest_of_line(self) -> None:
        end = self.text.find("\n", self.at)
        self.at = len(self.text) if end < 0 else end

    def header(self) -> None:
        array = self.text.startswith("[[", self.at)
        self.at += 2 if array else 1
        parts = self.key()
        self.rest_of_line()
        if parts is None or len(parts) > MAX_DEPTH:
            return
        path = self.resolved(parts)
        self.found.record(path, self.line)
        if array:
            index = self.arrays.get(path, 0)
            self.arrays[path] = index + 1
            path = (*path, index)
            self.found.record(path, self.line)
        self.table = path

    def member(self, base: Path) -> Path | None:
        """``key =`` under ``base``: the path of the value that follows, or None."""
        line = self.line
        parts = self.key()
        if parts is None:
            return None
        for length in range(1, min(len(parts), MAX_DEPTH) + 1):
            self.found.record((*base, *parts[:length]), line)
        self.blank(newlines=False)
        if not self.text.startswith("=", self.at):
            return None
        self.at += 1
        return (*base, *parts)

    def value(self, path: Path) -> None:
        """One value at ``path``. Arrays and inline tables are walked with a stack of open
        ones, not by recursion, so that nesting costs no call stack."""
        text = self.text
        frames: list[_Frame] = []
        pending: Path | None = path
        """The path of the value that may start here; None right after a value."""
        while True:
            self.blank(newlines=bool(frames))
            if self.at >= len(text):
                return
            char = text[self.at]
            top = frames[-1] if frames else None
            if top is not None and char == ("]" if top.is_array else "}"):
                self.at += 1
                frames.pop()
                pending = None
                continue
            if pending is None:
                if top is None or char != ",":
                    return  # the value is whole, or the text is broken: the line ends it
                self.at += 1
                if top.is_array:
                    top.index += 1
                    pending = _extend(top.path, top.index)
                else:
                    self.blank(newlines=True)
                    pending = self.member(top.path)
                continue
            if top is not None and top.is_array:
                self.found.record(pending, self.line)
            if char in "[{":
                self.at += 1
                frames.append(_Frame(pending, is_array=char == "["))
                if char == "[":
                    pending = _extend(pending, 0)
                else:
                    self.blank(newlines=True)
                    pending = None if text.startswith("}", self.at) else self.member(pending)
                continue
            scalar = _TOML_STRING.match(text, self.at) or _TOML_SCALAR.match(text, self.at)
            if scalar is None:
                if top is None:
                    return
                self.at += 1  # a stray separator inside an array: step over it
                continue
            self.line += text.count("\n", self.at, scalar.end())
            self.at = scalar.end()
            pending = None

    def scan(self) -> Positions:
        text = self.text
        if text.startswith("\ufeff"):
            self.at = 1
        while self.at < len(text):
            self.blank(newlines=True)
            if self.at >= len(text):
                break
            if text[self.at] == "[":
                self.header()
                continue
            path = self.member(self.table)
            if path is not None:
                self.value(path)
            self.rest_of_line()
        return self.found


def _toml_positions(text: str) -> Positions:
    return _TomlScanner(text).scan()


# --- YAML ----------------------------------------------------------------------------------

def _yaml_positions(text: str) -> Positions:
    """PyYAML's composed nodes carry their lines; without PyYAML no YAML manifest loads."""
    found = Positions()
    try:
        import yaml  # type: ignore[import-untyped]  # noqa: PLC0415 - optional: YAML manifests only
    except ImportError:
        return found
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        root = yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return found
    if root is not None:
        for path, node in _yaml_nodes(root):
            found.record(path, node.start_mark.line + 1)
    return found


def _yaml_nodes(root: Any) -> Iterator[tuple[Path, Any]]:
    """Every (path, node) below ``root``; a node reached again through an alias is not
    entered again (aliases of aliases would multiply the walk)."""
    import yaml  # noqa: PLC0415 - optional: YAML manifests only

    seen: set[int] = set()
    pending: list[tuple[Path, Any]] = [((), root)]
    while pending:
        path, node = pending.pop()
        if path:
            yield path, node
        if id(node) in seen or len(path) >= MAX_DEPTH:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                if isinstance(key, yaml.ScalarNode):
                    yield (*path, key.value), key
                    pending.append(((*path, key.value), value))
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(((*path, index), item) for index, item in
                           reversed(list(enumerate(node.value))))
