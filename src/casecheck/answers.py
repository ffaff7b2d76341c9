"""The answer path: ``casecheck check`` run again over unchanged inputs answers from the stat
of every file it depends on, before the engine, pydantic or any file parser is imported.

A complete run stores its answer (the bytes it wrote, its exit status) in the sealed cache
under a key of the invocation: the arguments as typed, the current folder, the environment
variables that change the output, whether stdout and stderr are terminals, the interpreter,
and casecheck's version. The answer lists every path the output depends on (casecheck's own
files and the shipped packs, ``sys.path``, every file and folder of every case folder, every
listed attachment, the manifests of the repository the history rules read, the configuration
files looked for, the ``--rules`` and ``--reports`` folders) with its stat, and the instant
until which the rules that read the clock report the same (``RunReport.valid_until``). The
next run with the same key stats those paths; if every stat is the same and the instant has
not come, it writes the stored bytes and returns the stored status. Anything else is a miss,
and the run goes on as if there were no answer.

Which paths a run depends on is worked out by the run that stores the answer
(``casecheck.runner.run_inputs``), with the whole engine at hand; this module only stats
them again, so that it stays light.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from casecheck import __version__
from casecheck.sealed import RACY_NS, CacheFolder, cache_location, refusal

ANSWER_FORMAT = 1
"""Bumped when the layout of an answer changes, so that old ones are misses."""

ENVIRONMENT = (
    "LC_ALL", "LC_MESSAGES", "LANG",  # the language of the findings
    "NO_COLOR", "TERM",  # colour on a terminal
    "CI",  # the progress bar
    "GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY",  # the default format, the step summary
    "CASECHECK_CACHE_DIR", "CASECHECK_OCR_ENGINE",  # where the cache is, which OCR engine
    "HOME", "XDG_CACHE_HOME",  # the home folder is never a project; the user's cache
    "TZ", "PYTHONIOENCODING", "PYTHONUTF8",  # local time; how stdout encodes the output
)
"""The environment variables the output of ``casecheck check`` depends on."""

ANSWERED_FORMATS = frozenset({"text", "json", "sarif", "github", "junit"})
"""The built-in formats whose output is the findings' alone: ``html`` reads the clock for its
dossier's "today", and a plugin's format may write anything anywhere."""

_VALUE_OPTIONS = frozenset({
    "--format", "--output", "-o", "--config", "--select", "--extend-select", "--ignore",
    "--per-path-ignores", "--severity", "--rules", "--parse-timeout", "--checker-timeout",
    "--lang", "--now", "--repository", "--reports", "--jobs", "-j", "--cache-dir",
})
_FLAG_OPTIONS = frozenset({
    "--no-config", "--strict", "--no-strict", "--template", "--no-template", "--ocr",
    "--no-ocr",
})
"""The options of ``casecheck check`` (cli.py), by whether they take a value. Another option
(``--no-cache``, ``--help``, an abbreviation argparse would expand) is not scanned: the run
takes the ordinary path. The run that stores an answer checks that this scan read its
arguments as argparse did."""


class Invocation(NamedTuple):
    """What the answer path needs of ``casecheck check``'s arguments, read without argparse
    (building the parser imports the catalog and scans every distribution's entry points).
    Tuples, not dataclasses: importing ``dataclasses`` costs the answer path 8 ms."""

    arguments: tuple[str, ...]
    paths: tuple[str, ...]
    cache_dir: str | None = None
    output: str | None = None
    format: str | None = None


def scan(arguments: Sequence[str]) -> Invocation | None:
    """``arguments`` (``check`` first) as argparse reads them, or None when they hold
    anything the answer path does not take: another command, ``--no-cache``, an unknown
    option, an option given twice that is not repeatable."""
    if not arguments or arguments[0] != "check":
        return None
    values: dict[str, str] = {}
    paths: list[str] = []
    rest = list(arguments[1:])
    only_paths = False
    while rest:
        item = rest.pop(0)
        if only_paths or item == "-" or not item.startswith("-"):
            paths.append(item)
            continue
        if item == "--":
            only_paths = True
            continue
        name, equals, value = item.partition("=")
        if not item.startswith("--") and len(item) > 2:
            name, equals, value = item[:2], "=", item[2:]  # -j2, -oFILE
        if name in _FLAG_OPTIONS and not equals:
            continue
        if name not in _VALUE_OPTIONS:
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        name = {"-o": "--output", "-j": "--jobs"}.get(name, name)
        values[name] = value
    return Invocation(tuple(arguments), tuple(paths) or (".",), values.get("--cache-dir"),
                      values.get("--output"), values.get("--format"))


def answer_key(invocation: Invocation, out: TextIO, err: TextIO) -> str:
    """Everything the output depends on that no file's stat shows."""
    facts = [
        ANSWER_FORMAT, __version__, sys.version, sys.executable, list(invocation.arguments),
        os.getcwd(), {name: os.environ.get(name) for name in ENVIRONMENT},  # noqa: PTH109 - light
        _terminal(out), _terminal(err), getattr(out, "encoding", None),
        getattr(out, "errors", None), package_files(),
    ]
    text = json.dumps(facts, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def _terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):  # closed, or detached
        return False


def location(invocation: Invocation) -> CacheFolder | None:
    """Where the run's cache is, as ``check_paths`` finds it without the configuration; None
    when it may not be used (a ``.casecheck_cache`` that is a link, or no folder)."""
    try:
        folder = cache_location(invocation.paths, invocation.cache_dir)
    except (OSError, ValueError):
        return None
    return folder if refusal(folder) is None else None


def _entry(key: str) -> list[str]:
    return [__version__, "answers", f"{key}.json"]


InputStat = list[Any] | None


def _facts(info: os.stat_result) -> list[int]:
    return [info.st_mode, info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino,
            info.st_dev]


def input_stat(path: str) -> InputStat:
    """What a path the output depends on is known by: its own stat and, for a link, the stat
    of what it leads to (None when it leads nowhere); None when nothing is there. A folder's
    stat changes when a name in it is added, removed or replaced; a file's when it is written
    (the ctime, which no one can set back, included)."""
    try:
        own = os.lstat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISLNK(own.st_mode):
        return [_facts(own)]
    try:
        target: list[int] | None = _facts(os.stat(path))  # noqa: PTH116 - thousands a run
    except (OSError, ValueError):
        target = None
    return [_facts(own), target]


class Answer(NamedTuple):
    """A stored run: what it wrote and the exit status it returned."""

    stdout: str
    stderr: str
    output: str | None
    """The text ``--output FILE`` received; None when the output went to stdout."""
    status: int


def look_up(folder: CacheFolder, key: str, now_ns: int | None = None) -> Answer | None:
    """The answer stored under ``key`` if every path it lists has the stat it had and its
    time has not run out; None otherwise (absent, forged, stale, or from a later clock)."""
    document = folder.read_json(_entry(key))
    if not isinstance(document, dict) or document.get("key") != key \
            or document.get("casecheck") != __version__:
        return None
    value: Any = document.get("value")
    try:
        now_ns = time.time_ns() if now_ns is None else now_ns
        until = value["until"]
        if not value["from"] <= now_ns or (until is not None and now_ns >= until):
            return None
        for path, known in value["inputs"]:
            if input_stat(path) != known:
                return None
        answer = Answer(value["stdout"], value["stderr"], value["output"], value["status"])
    except (TypeError, KeyError, ValueError):
        return None
    texts_ok = all(isinstance(t, str) for t in (answer.stdout, answer.stderr)) \
        and (answer.output is None or isinstance(answer.output, str))
    return answer if texts_ok and type(answer.status) is int else None


def store(
    folder: CacheFolder, key: str, answer: Answer, inputs: Iterable[str], *, started_ns: int,
    until_ns: int | None,
) -> bool:
    """Keep ``answer`` under ``key`` with the stat of each of ``inputs``; False when it may
    not be kept: a path changed within the two seconds before the run started or since
    (git's "racily clean" rule, by mtime and ctime), or its time has run out already."""
    now_ns = time.time_ns()
    if until_ns is not None and until_ns <= now_ns:
        return False
    stats = []
    for path in dict.fromkeys(inputs):
        known = input_stat(path)
        for facts in known or ():
            if facts is not None and max(facts[2], facts[3]) >= started_ns - RACY_NS:
                return False
        stats.append([path, known])
    folder.mark()
    value = {"inputs": stats, "stdout": answer.stdout, "stderr": answer.stderr,
             "output": answer.output, "status": answer.status, "from": started_ns,
             "until": until_ns}
    return folder.write_json(_entry(key), {"casecheck": __version__, "key": key,
                                           "value": value})


def package_files() -> list[str]:
    """casecheck's own source and data files (a development checkout changes without a new
    version). Compiled files are left out, Python rewrites them; so are the folders, which
    Python changes when it adds a ``__pycache__`` to one on a first import: this list, in the
    answer's key, is what notices a file added."""
    found: list[str] = []
    for directory, folders, files in os.walk(Path(__file__).parent):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        found.extend(os.path.join(directory, name)  # noqa: PTH118 - light
                     for name in sorted(files) if not name.endswith(".pyc"))
    return found


def find(arguments: Sequence[str], out: TextIO, err: TextIO) -> tuple[Invocation, Answer] | None:
    """The stored answer to ``casecheck check`` with ``arguments``, writing to ``out`` and
    ``err``; None when there is none to give."""
    invocation = scan(arguments)
    folder = location(invocation) if invocation is not None else None
    if invocation is None or folder is None:
        return None
    answer = look_up(folder, answer_key(invocation, out, err))
    return (invocation, answer) if answer is not None else None


def give(answer: Answer, out: TextIO, err: TextIO) -> int:
    """Write an answer as its run did (stderr held only what the run wrote before its
    report), and return its exit status."""
    err.write(answer.stderr)
    out.write(answer.stdout)
    return answer.status
