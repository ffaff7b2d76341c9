"""From a folder (or a mapping) to a loaded case. Never raises on bad input: every problem
becomes an M-finding on the case, and the case's model is None when it cannot be built."""

from __future__ import annotations

import difflib
import functools
import json
import os
import re
import stat
import tomllib
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from casecheck.case_types import case_types
from casecheck.catalog import FindingMaker, word, words
from casecheck.errors import UsageError
from casecheck.files import (  # the case folder's lookups need no pydantic: files has them
    ORIGINALS_DIR,
    case_folder_of,
    manifests_in,
    open_regular,
)
from casecheck.findings import Finding, Location
from casecheck.models import CaseBase
from casecheck.packs import RulePacks
from casecheck.placeholders import is_placeholder
from casecheck.positions import positions
from casecheck.text_encoding import decode_legacy

DEFAULT_MESSAGE_FILES = ("message.md", "message.txt")
MANIFEST_SIZE_LIMIT = 1_000_000
"""A real manifest is a few kilobytes; more is a mistake or an attack, and is not parsed."""
MESSAGE_SIZE_LIMIT = 2_000_000
"""Seller Support's form takes a few thousand characters; reading more only costs memory."""



@dataclass(frozen=True)
class LoadedCase:
    """A case as casecheck sees it: where it lives, its model, its message, its load problems."""

    display_path: str
    root: Path | None
    model: CaseBase | None
    manifest_name: str | None = None
    manifest_text: str | None = None
    message: str | None = None
    message_file: str | None = None
    findings: tuple[Finding, ...] = ()
    message_first_line: int | None = field(default=None, repr=False)

    @property
    def type(self) -> str | None:
        return self.model.type if self.model is not None else None

    def message_location(self, line: int | None = None) -> Location:
        """Where line ``line`` (1-based) of the message stands: its file, or the manifest."""
        if self.message_file is not None:
            return Location(file=self.message_file, line=line)
        absolute = None
        if line is not None and self.message_first_line is not None:
            absolute = self.message_first_line + line - 1
        return Location(file=self.manifest_name, field="message", line=absolute)

    def field_location(self, field_path: str) -> Location:
        """The manifest and, when it can be found, the line that declares ``field_path``."""
        line = field_line(self.manifest_text, field_path) if self.manifest_text else None
        return Location(file=self.manifest_name, field=field_path, line=line)


# --- why something could not be used -----------------------------------------------------

@dataclass(frozen=True)
class Reason:
    """Why a manifest, a message or a field could not be used: a key of ``group`` in
    catalog/words.toml and its fields. ``data.error`` keeps the English text, so that the facts
    are the same in every language; the message shows it in the finding's language."""

    key: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    group: str = "reasons"

    def text(self, lang: str) -> str:
        return word(self.group, self.key, lang).format_map(self.fields)


def _detail(text: str, group: str = "detail") -> Reason:
    """What a parser, pydantic or the system said, passed on as it came (quoted in Chinese)."""
    return Reason(group, {"detail": text})


def _reason_finding(make: FindingMaker, code: str, reason: Reason, *, data: Mapping[str, Any],
                    **values: Any) -> Finding:
    return make(code, data={**data, "error": reason.text("en")}, error=reason.text(make.lang),
                **values)


# --- finding case folders ------------------------------------------------------------------

def _case_folders_below(top: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, _ in os.walk(top):
        folder = Path(dirpath)
        if manifests_in(folder):
            found.append(folder)
            dirnames.clear()
        else:
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
    return found


def in_originals(path: Path) -> bool:
    """Whether ``path`` lies in the ``.originals`` folder of a case folder, where
    ``casecheck fix`` keeps the files it replaced: the old manifest there is no case."""
    return any(
        folder.name == ORIGINALS_DIR and manifests_in(folder.parent) for folder in path.parents
    )


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """The case folders named by ``paths``: folders, parents of folders, or files inside.

    A file outside any case folder is ignored (pre-commit passes every changed file), and so
    is a file that ``casecheck fix`` moved into a case's ``.originals``; a folder with no case
    folder anywhere below it is kept, so that it reports M001.
    """
    folders: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if not os.path.lexists(path):
            raise UsageError(f"{raw}: no such file or directory")
        path = path.absolute()
        if path.is_dir():
            below = _case_folders_below(path) if not manifests_in(path) else [path]
            for folder in below or [path]:
                folders[folder] = None
        elif not in_originals(path):
            owner = case_folder_of(path.parent)
            if owner is not None:
                folders[owner] = None
    return sorted(folders, key=lambda p: p.as_posix())


def names_a_file(path: str) -> bool:
    """False for a listed path that no file can have, here or elsewhere: blank, with a NUL, or
    holding a lone surrogate the file system cannot encode (a JSON manifest's ``\\ud800``)."""
    if not path.strip() or "\0" in path:
        return False
    try:
        os.fsencode(path)
    except UnicodeEncodeError:
        return False
    return True


def resolve_in_case(root: Path, relative: str) -> Path | None:
    """``relative`` inside the case folder ``root``, or None when it leads out of it or names
    no file at all.

    Absolute paths, ``..`` and symlinks whose target lies outside all lead out; such a
    path must never be opened, so this decides without reading the file.
    """
    if not names_a_file(relative) or Path(relative).is_absolute():
        return None
    candidate = root / relative
    if _no_link_below(root, relative):
        return candidate
    try:
        real = candidate.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return None
    return candidate if real.is_relative_to(root.resolve()) else None


def _leads_out(folder: Path, name: str) -> bool:
    """Whether ``folder / name`` is a link to a file outside ``folder``: a manifest or a
    message file that a stranger's repository links to ``~/.aws/credentials`` or
    ``/proc/self/environ`` is never read (its text would show in findings and reports). A
    dangling link, a loop or a link to a device is left to the read, which reports it."""
    path = folder / name
    if not path.is_symlink():  # one lstat: the usual case
        return False
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return False
    return real.is_file() and not real.is_relative_to(folder.resolve())


def _no_link_below(root: Path, relative: str) -> bool:
    """True when ``relative`` has no ``..`` and none of its existing parts is a symlink: then
    it cannot lead out of ``root``. One lstat per part, where a full resolve costs one per
    part of the whole absolute path, twice; every attachment rule asks for every file."""
    parts = Path(relative).parts
    if ".." in parts:
        return False
    current = str(root)
    for part in parts:
        current = os.path.join(current, part)  # noqa: PTH118 - str joins, in a hot loop
        try:
            if stat.S_ISLNK(os.lstat(current).st_mode):
                return False
        except (FileNotFoundError, NotADirectoryError):
            return True  # nothing exists from here on, so no link can follow
        except OSError:
            return False
    return True


def display_path(folder: Path, here: Path | None = None) -> str:
    """``folder`` relative to the current directory (``here``, when the caller asked for it
    once for many folders), or absolute when it lies outside."""
    try:
        return folder.relative_to(here or Path.cwd()).as_posix() or "."
    except ValueError:
        return folder.as_posix()


# --- reading manifests ---------------------------------------------------------------------

@dataclass(frozen=True)
class _SyntaxProblem:
    error: Reason
    line: int | None
    column: int | None


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _parse(text: str, name: str) -> Any:
    """Parse manifest text by its file name; raises _SyntaxProblem-able exceptions."""
    if name.endswith(".toml"):
        return tomllib.loads(text)
    if name.endswith(".json"):
        return json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    return _yaml_load(text)


@functools.cache
def _yaml_loader() -> Any:
    """PyYAML's safe loader, except that a key given twice is an error, as in TOML and JSON.

    PyYAML keeps the last value silently: ``type`` given twice would check another case type
    than the reader of the file sees first.
    """
    import yaml  # type: ignore[import-untyped]  # noqa: PLC0415 - optional: YAML manifests only

    class UniqueKeyLoader(yaml.SafeLoader):  # type: ignore[misc]
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue  # keys merged in by `<<` may be overridden on purpose
                key = self.construct_object(key_node, deep=deep)
                if isinstance(key, Hashable):
                    if key in seen:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"duplicate key {key!r}", key_node.start_mark,
                        )
                    seen.add(key)
            return super().construct_mapping(node, deep)

    return UniqueKeyLoader


def _yaml_load(text: str) -> Any:
    import yaml  # noqa: PLC0415 - optional: YAML manifests only

    return yaml.load(text, Loader=_yaml_loader())


def _syntax_problem(error: Exception, text: str) -> _SyntaxProblem:
    if isinstance(error, json.JSONDecodeError):
        return _SyntaxProblem(_detail(error.msg, "parser"), error.lineno, error.colno)
    mark = getattr(error, "problem_mark", None)
    if mark is not None:
        problem = getattr(error, "problem", None) or str(error)
        return _SyntaxProblem(_detail(str(problem), "parser"), mark.line + 1, mark.column + 1)
    message = str(error)
    position = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if position:
        before = message[: position.start()].strip()
        return _SyntaxProblem(_detail(before, "parser"), int(position[1]), int(position[2]))
    if isinstance(error, ValueError) and "duplicate key" in message:
        key = message.split("'")[1] if "'" in message else ""
        return _SyntaxProblem(Reason("duplicate-key", {"key": key}), field_line(text, key), None)
    return _SyntaxProblem(_detail(message, "parser"), None, None)


_FORMAT_NAMES = {".toml": "TOML", ".json": "JSON", ".yaml": "YAML", ".yml": "YAML"}


def _yaml_available() -> bool:
    try:
        import yaml  # noqa: F401, PLC0415 - optional: YAML manifests only
    except ImportError:
        return False
    return True


def _read_limited(path: Path, limit: int) -> bytes | int:
    """The file's bytes, or its size when it is over ``limit`` (it is then not read)."""
    fd, info = open_regular(path)
    with os.fdopen(fd, "rb") as handle:
        if info.st_size > limit:
            return info.st_size
        data = handle.read(limit + 1)
    return data if len(data) <= limit else len(data)


_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"),
)


def _not_utf8(error: UnicodeDecodeError) -> Reason:
    """Why bytes are not UTF-8: the legacy encoding they were saved in, where it can be told
    (Windows editors' "Unicode" is UTF-16), else the first byte that is not UTF-8."""
    data = bytes(error.object)
    legacy = decode_legacy(data[:MANIFEST_SIZE_LIMIT])
    if legacy is not None:
        return Reason("saved-as", {"encoding": encoding_name(legacy.encoding)})
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return Reason("wide-bom", {"encoding": encoding})
    return Reason("not-utf8", {"byte": f"{data[error.start]:02x}", "offset": error.start})


def encoding_name(encoding: str) -> str:
    """How people name an encoding: ``GBK`` for Python's ``gb18030``."""
    return word("encodings", encoding, "en", default=encoding.upper().replace("_", "-"))


def _nul_problem(text: str) -> Reason | None:
    """Text with NUL characters is binary or UTF-16 without a byte-order mark, not a message."""
    offset = text.find("\0")
    if offset < 0:
        return None
    return Reason("nul", {"line": text.count("\n", 0, offset) + 1})


def _decode(data: bytes) -> str:
    """UTF-8, with the byte-order mark that Windows editors add removed."""
    return data.decode("utf-8-sig").replace("\r\n", "\n")


# --- field paths and lines -----------------------------------------------------------------

def format_field_path(loc: Iterable[int | str]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def field_line(text: str | None, field_path: str) -> int | None:
    """The 1-based line that declares ``field_path`` in TOML, JSON or YAML text, if found.

    The text is mapped once (``casecheck.positions``: table headers, arrays of tables, keys
    and array elements); a path that is not declared gives the line of its nearest declared
    ancestor, and None when none is.
    """
    if not text or not field_path:
        return None
    return positions(text).line(field_path)


# --- loading -------------------------------------------------------------------------------

_INLINE_MESSAGE = re.compile(r"\s*message\s*=\s*(\"{3}|'{3}|\"|')")


def _message_first_line(manifest_text: str | None, manifest_name: str | None) -> int | None:
    """Line of the manifest on which an inline message's first line stands."""
    if not manifest_text or not manifest_name or not manifest_name.endswith(".toml"):
        return None
    for number, line in enumerate(manifest_text.splitlines(), start=1):
        match = _INLINE_MESSAGE.match(line)
        if match:
            opener = match[1]
            rest = line[match.end():]
            multi_line = len(opener) == 3 and not rest.strip()
            return number + 1 if multi_line else number
    return None


def _validation_findings(
    error: ValidationError, model: type[CaseBase], make: FindingMaker, text: str | None,
    manifest_name: str | None, type_name: str,
) -> list[Finding]:
    findings = []
    for problem in error.errors():
        path = format_field_path(problem["loc"])
        reason = _field_error(problem, model)
        line = field_line(text, path) if text else None
        findings.append(_reason_finding(
            make, "M003", reason, file=manifest_name, field=path, line=line,
            data={"field": path}, type=type_name,
        ))
    return findings


def _field_error(problem: Any, model: type[CaseBase]) -> Reason:
    """What pydantic says about a field, as ``[field-errors]`` words it in each language."""
    kind = problem["type"]
    fields = {"msg": problem["msg"], **{k: _shown(v) for k, v in problem.get("ctx", {}).items()}}
    if kind == "extra_forbidden":
        leaf = str(problem["loc"][-1])
        known = list(model.model_fields) if len(problem["loc"]) == 1 else []
        close = difflib.get_close_matches(leaf, known, n=1)
        if close:
            return Reason("misspelt", {"close": close[0]}, "field-errors")
    if kind in words("field-errors"):
        try:
            word("field-errors", kind, "zh-CN").format_map(fields)
        except (KeyError, IndexError, ValueError):
            return _detail(problem["msg"])  # a pydantic version that words it otherwise
        return Reason(kind, fields, "field-errors")
    return _detail(problem["msg"])


def _slots(error: ValidationError, model: type[CaseBase]) -> tuple[tuple[str, str], ...]:
    """(field, value) of the optional top-level fields whose value is a ``{{ placeholder }}``
    their type cannot hold; a required field (``marketplace``) stays an M003."""
    slots = []
    for problem in error.errors():
        loc, value = problem["loc"], problem.get("input")
        if len(loc) == 1 and isinstance(loc[0], str) and isinstance(value, str) \
                and is_placeholder(value) and loc[0] in model.model_fields \
                and not model.model_fields[loc[0]].is_required():
            slots.append((loc[0], value))
    return tuple(slots)


def _shown(value: Any) -> str:
    return str(value)


def _unknown_ignores(
    model: CaseBase, make: FindingMaker, text: str | None, name: str | None
) -> list[Finding]:
    prefixes = {known[:length] for known in make.catalog for length in range(len(known) + 1)}
    findings = []
    for index, code in enumerate(model.ignore):
        if code not in prefixes:
            path = f"ignore[{index}]"
            findings.append(_reason_finding(
                make, "M003", Reason("not-a-code", {"code": code}), file=name, field=path,
                line=field_line(text, path), data={"field": path}, type=model.type,
            ))
    return findings


def build_model(
    raw: Any, *, packs: RulePacks, make: FindingMaker,
    manifest_text: str | None = None, manifest_name: str | None = None,
) -> tuple[CaseBase | None, list[Finding]]:
    """Validate a parsed manifest into its case type's model, or say why it cannot be."""
    if not isinstance(raw, Mapping):
        return None, [_reason_finding(
            make, "M003", Reason("not-a-table", {"found": type(raw).__name__}),
            file=manifest_name, field="", data={"field": "(manifest)"}, type="TYPE")]
    types = case_types(packs)
    type_name = raw.get("type")
    if type_name is None:
        return None, [_reason_finding(
            make, "M003", Reason("missing", group="field-errors"), file=manifest_name,
            field="type", line=1, data={"field": "type"}, type="TYPE")]
    if not isinstance(type_name, str) or type_name not in types:
        close = difflib.get_close_matches(str(type_name), list(types), n=1)
        return None, [make(
            "M004", variant="close" if close else None, file=manifest_name, field="type",
            line=field_line(manifest_text, "type"), data={"value": str(type_name)},
            close=close[0] if close else "", known=", ".join(types),
        )]
    model_class = types[type_name]
    fields = dict(raw)
    try:
        try:
            model = model_class.model_validate(fields)
        except ValidationError as error:
            slots = _slots(error, model_class)
            if not slots:
                raise
            # shipped_at = "{{ shipped_at }}": a blank to fill, not a date of the wrong shape
            blank = {name for name, _ in slots}
            model = model_class.model_validate(
                {key: value for key, value in fields.items() if key not in blank}
            ).with_slots(slots)
    except ValidationError as error:
        return None, _validation_findings(
            error, model_class, make, manifest_text, manifest_name, type_name
        )
    except RecursionError:
        return None, [_reason_finding(make, "M003", Reason("nested"), file=manifest_name,
                                      field="", data={"field": "(manifest)"}, type=type_name)]
    return model, _unknown_ignores(model, make, manifest_text, manifest_name)


def _inline_message(
    message: str, make: FindingMaker, manifest_name: str | None
) -> tuple[str | None, None, list[Finding]]:
    nul = _nul_problem(message)
    if nul is not None:
        return None, None, [_reason_finding(make, "M005", nul, variant="inline",
                                            file=manifest_name, field="message", data={})]
    return message.replace("\r\n", "\n"), None, []


def _load_message(
    folder: Path, model: CaseBase, make: FindingMaker, manifest_name: str | None = None,
) -> tuple[str | None, str | None, list[Finding]]:
    """The message text and the file it came from (None when inline)."""
    if model.message is not None:
        if model.message_file is not None:
            return model.message, None, [make("M005", variant="both", file=model.message_file,
                                              field="message_file",
                                              data={"file": model.message_file})]
        return _inline_message(model.message, make, manifest_name)
    if model.message_file is not None:
        name = model.message_file
        inside = resolve_in_case(folder, name)
        if inside is None:
            return None, None, [make("M005", variant="outside", file=name, field="message_file",
                                     data={"file": name})]
        target = inside
    else:
        name = next((n for n in DEFAULT_MESSAGE_FILES if (folder / n).exists()), "")
        if not name:
            return None, None, []
        if _leads_out(folder, name):  # message.md -> ~/.ssh/id_rsa: the report would show it
            return None, None, [make("M005", variant="outside", file=name, data={"file": name})]
        target = folder / name
    problem: Reason | None
    try:
        data = _read_limited(target, MESSAGE_SIZE_LIMIT)
    except OSError as error:
        problem = _detail(error.strerror or str(error), "system")
    else:
        if isinstance(data, int):
            problem = Reason("too-large", {"size": data, "limit": MESSAGE_SIZE_LIMIT})
        else:
            return _message_text(data, name, make)
    return None, name, [_reason_finding(make, "M005", problem, file=name, data={"file": name})]


def _message_text(
    data: bytes, name: str, make: FindingMaker
) -> tuple[str | None, str | None, list[Finding]]:
    """The message in ``data``: UTF-8, or the legacy encoding it was saved in (GBK from
    Chinese Windows' Notepad, ...), then checked as decoded with one M005 that says so."""
    findings: list[Finding] = []
    try:
        text = _decode(data)
    except UnicodeDecodeError as error:
        legacy = decode_legacy(data)
        if legacy is None:
            return None, name, [_reason_finding(make, "M005", _not_utf8(error), file=name,
                                                data={"file": name})]
        text = legacy.text.removeprefix("\ufeff").replace("\r\n", "\n")
        shown = encoding_name(legacy.encoding)
        findings.append(make("M005", variant="encoding", file=name,
                             data={"file": name, "encoding": shown}))
    problem = _nul_problem(text)
    if problem is not None:
        return None, name, [_reason_finding(make, "M005", problem, file=name,
                                            data={"file": name})]
    return text, name, findings


def load_folder(
    folder: Path, *, packs: RulePacks, make: FindingMaker, read_message: bool = True
) -> LoadedCase:
    """Load the case in ``folder``; problems become M-findings on the returned case.

    ``read_message=False`` reads the manifest only (the case repository's view of a case).
    """
    shown = display_path(folder)
    names = manifests_in(folder)
    if not names:
        return LoadedCase(shown, folder, None, findings=(
            make("M001", data={"folder": shown}),
        ))
    name = names[0]
    findings: list[Finding] = []
    if len(names) > 1:
        findings.append(make("M006", file=name, data={
            "folder": shown, "files": ", ".join(names), "used": name,
        }))
    if name.endswith((".yaml", ".yml")) and not _yaml_available():
        findings.append(make("M007", file=name, data={"file": name}))
        return LoadedCase(shown, folder, None, name, findings=tuple(findings))
    if _leads_out(folder, name):
        return LoadedCase(shown, folder, None, name, findings=(
            *findings, make("M002", variant="outside", file=name, data={"file": name})))
    text, raw, problem = _read_manifest(folder / name, name, make)
    if problem is not None:
        return LoadedCase(shown, folder, None, name, text, findings=(*findings, problem))
    model, invalid = build_model(
        raw, packs=packs, make=make, manifest_text=text, manifest_name=name
    )
    findings += invalid
    if model is None or not read_message:
        return LoadedCase(shown, folder, model, name, text, findings=tuple(findings))
    loaded = LoadedCase(shown, folder, model, name, text, findings=tuple(findings))
    return with_message(loaded, make)


def with_message(case: LoadedCase, make: FindingMaker) -> LoadedCase:
    """``case`` with its message read from the manifest or from its case folder."""
    if case.model is None:
        return case
    if case.root is None:
        if case.model.message is None:
            return case
        message, _, problems = _inline_message(case.model.message, make, case.manifest_name)
        return replace(case, message=message, findings=(*case.findings, *problems))
    message, message_file, problems = _load_message(
        case.root, case.model, make, case.manifest_name
    )
    first_line = (
        None if message_file else _message_first_line(case.manifest_text, case.manifest_name)
    )
    return replace(
        case, message=message, message_file=message_file,
        findings=(*case.findings, *problems), message_first_line=first_line,
    )


def read_manifest_text(folder: Path) -> tuple[str | None, str | None]:
    """The name and text of the folder's manifest, for locating fields; (None, None) if none."""
    names = manifests_in(folder)
    if not names or _leads_out(folder, names[0]):
        return (names[0] if names else None), None
    try:
        data = _read_limited(folder / names[0], MANIFEST_SIZE_LIMIT)
        return names[0], _decode(data) if isinstance(data, bytes) else None
    except (OSError, UnicodeDecodeError):
        return names[0], None


def _read_manifest(
    path: Path, name: str, make: FindingMaker
) -> tuple[str | None, Any, Finding | None]:
    try:
        data = _read_limited(path, MANIFEST_SIZE_LIMIT)
    except OSError as error:
        return None, None, _reason_finding(
            make, "M002", _detail(error.strerror or str(error), "system"), variant="unreadable",
            file=name, data={"file": name})
    if isinstance(data, int):
        return None, None, make("M002", variant="too-large", file=name, data={
            "file": name, "size": data, "limit": MANIFEST_SIZE_LIMIT,
        })
    try:
        text = _decode(data)
    except UnicodeDecodeError as error:
        return None, None, _syntax_finding(make, name, _SyntaxProblem(_not_utf8(error), None, None))
    try:
        return text, _parse(text, name), None
    except RecursionError:
        problem = _SyntaxProblem(Reason("nested"), None, None)
    except Exception as error:  # noqa: BLE001 - every parser's error type becomes M002
        problem = _syntax_problem(error, text)
    return text, None, _syntax_finding(make, name, problem)


def _syntax_finding(make: FindingMaker, name: str, problem: _SyntaxProblem) -> Finding:
    position = position_zh = ""
    if problem.line is not None:
        position, position_zh = _position(problem, "en"), _position(problem, "zh-CN")
    return _reason_finding(make, "M002", problem.error, file=name, line=problem.line, data={
        "file": name, "format": _FORMAT_NAMES[name[name.rindex("."):]],
        "line": problem.line, "column": problem.column,
    }, position=position, position_zh=position_zh)


def _position(problem: _SyntaxProblem, lang: str) -> str:
    """Where the parse failed, in ``lang``: the loader does not know the finding's language,
    so M002's templates take one position for each (``position``, ``position_zh``)."""
    column = ""
    if problem.column:
        column = word("positions", "column", lang).format(column=problem.column)
    return word("positions", "line", lang).format(line=problem.line, column=column)
