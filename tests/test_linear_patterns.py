"""Every regular expression the message rules and the secret finder apply to case text runs in
time linear in the text: a case text may be 2 MB, and one pattern that backtracks over a run
of blanks (``\\s*[:=]?\\s*``) turns a pre-commit hook into hours.

Each pattern runs over hostile 2 MB texts, in the way the rules apply it: over the whole text
(the secret finder, URLs, words), over the first ``read_limit`` characters (the wording
lexicons of T002, T003, T007), or over one line's first ``MAX_HEADING`` characters (what a
heading looks like). The texts are long runs of one character, a label followed by two million
blanks, and the pattern's own words repeated. The time is compared with a plain ``str.count``
over the same text, measured just before: a linear scan costs a bounded multiple of it, a
quadratic one millions of times more. Each scan runs in a forked child that is killed at the
bound, so a slow pattern fails the test instead of hanging it.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from casecheck import outline, prose, sensitive, substance, urls
from casecheck.checkers import message as message_rules
from casecheck.packs import load_packs
from casecheck.prose import compiled

SIZE = 2_000_000
RATIO = 20_000
"""How many times a plain str.count of the same text a scan may take: a linear pattern
takes tens to a few thousand times, a quadratic one millions (hours at 2 MB)."""
FLOOR_SECONDS = 3.0
"""The least time a scan is allowed, whatever str.count measured: a busy machine pauses."""

UNITS = (" ", "a", "1", "a ", "1 ", "1-", ":", "\n", "We have ", "**")
"""Hostile texts made of one repeated unit: runs of blanks, letters, digits and marks."""

PACKS = load_packs()
READ_LIMIT = PACKS.message.read_limit.value

Scan = Callable[[str], Any]


def _everywhere(pattern: re.Pattern[str]) -> Scan:
    return lambda text: sum(1 for _ in pattern.finditer(text))


def _within(pattern: re.Pattern[str], limit: int) -> Scan:
    return lambda text: sum(1 for _ in pattern.finditer(text[:limit]))


LINE_LEVEL = {
    id(p): outline.MAX_HEADING for p in (prose._MARKDOWN_HEADING, prose._BOLD_LINE)
} | {
    id(sensitive._TRACKING_WORDS): sensitive._TRACKING_REACH,
    id(message_rules._CAPS_WORD): READ_LIMIT, id(message_rules._BETWEEN_CAPS): READ_LIMIT,
    id(substance._SENTENCE): substance.READ_LIMIT, id(substance._LIST_MARK): substance.READ_LIMIT,
}
"""Patterns a rule applies to a bounded window of the text only: a heading line, the few
characters before a number, the part of the text the wording rules read."""


def _scans() -> dict[str, tuple[Scan, re.Pattern[str]]]:
    """How the rules apply each pattern to a case text, by where the pattern comes from."""
    found: dict[str, tuple[Scan, re.Pattern[str]]] = {}
    seen: list[re.Pattern[str]] = []
    for module in (sensitive, prose, urls, message_rules, outline, substance):
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and all(value is not p for p in seen):
                seen.append(value)
                window = outline.MAX_HEADING if module is outline else LINE_LEVEL.get(id(value))
                scan = _within(value, window) if window else _everywhere(value)
                found[f"{module.__name__}.{name}"] = (scan, value)
    labels = sensitive._patterns(PACKS.secrets.labels)
    for field in dataclasses.fields(labels):
        labelled = getattr(labels, field.name)
        if isinstance(labelled, sensitive.Labelled):
            found[f"secrets.labels -> {field.name}"] = (
                lambda text, at=labelled: sum(1 for _ in at.finditer(text)), labelled.pattern)
        else:  # the card label, looked for just before a number
            found[f"secrets.labels -> {field.name}"] = (
                _within(labelled, sensitive._LABEL_REACH), labelled)

    def wording(key: str, patterns: list[str]) -> None:
        pattern = compiled(tuple(patterns))
        found[key] = (_within(pattern, READ_LIMIT), pattern)

    def heading(key: str, patterns: list[str]) -> None:
        pattern = compiled(tuple(patterns))
        found[key] = (_within(pattern, outline.OPENING_WINDOW), pattern)

    tone = PACKS.tone
    for name in ("blame", "threats", "pleading", "apology", "mild"):
        wording(f"tone.{name}", getattr(tone, name).phrases)
    wording("tone.apology.apologies", tone.apology.apologies)
    if tone.dependence is not None:
        wording("tone.dependence", tone.dependence.phrases)
        wording("tone.dependence.pleas", tone.dependence.pleas)
    structure = PACKS.message.structure
    for name in ("plan_attached", "done", "planned", "closings"):
        wording(f"message.structure.{name}", getattr(structure, name))
    for name in ("plan_headings", "plan_documents", "connectors", "requests"):
        heading(f"message.structure.{name}", getattr(structure, name))
    for part_name, part in structure.parts.items():
        heading(f"message.structure.parts.{part_name}.headings", part.headings)
        if part.openings:
            heading(f"message.structure.parts.{part_name}.openings", part.openings)
        if part.cues:
            wording(f"message.structure.parts.{part_name}.cues", part.cues)
        if part.content:
            wording(f"message.structure.parts.{part_name}.content", part.content)
    heading("message.generic_subjects", PACKS.message.generic_subjects.phrases)
    wording("policies", [name for p in PACKS.policies.policies for name in p.names])
    wording("policies.told", [name for p in PACKS.policies.policies for name in p.told])
    wording("policies.owned", [w for p in PACKS.policies.policies
                               for w in (*p.owned_before, *p.owned_after)])
    if PACKS.policies.records is not None:
        wording("policies.records", [*PACKS.policies.records.phrases,
                                     *PACKS.policies.records.contrasts])
    # A denial is looked for in the few words before a name, a title in the name and after it;
    # read over the whole text here, they must still be linear.
    wording("policies.denials", PACKS.policies.denials)
    wording("policies.titles", PACKS.policies.titles)
    # What a plan's part says (T003's hollow parts) is read in the part's first READ_LIMIT
    # characters, a sentence at a time.
    def said(key: str, patterns: list[str]) -> None:
        pattern = compiled(tuple(patterns))
        found[key] = (_within(pattern, substance.READ_LIMIT), pattern)

    for kind, hollow in PACKS.substance.hollow.items():
        said(f"substance.hollow.{kind}", hollow.phrases)
    for part_name, part in PACKS.substance.parts.items():
        said(f"substance.parts.{part_name}.substance", part.substance)
    return found


SCANS = _scans()


def _words(pattern: re.Pattern[str]) -> list[str]:
    """A few literal words of ``pattern``: a label followed by nothing it expects is the
    classic trap ("password" and two million blanks)."""
    words = re.findall(r"[A-Za-z]{3,}|[\u3040-\u30ff\u4e00-\u9fff]{2,}", pattern.pattern)
    return list(dict.fromkeys(words))[:2]


RUNS = [unit * (SIZE // len(unit)) for unit in UNITS]


def _texts(pattern: re.Pattern[str]) -> Iterator[str]:
    yield from RUNS
    for word in _words(pattern):
        yield word + " " * SIZE
        yield (word + " 1 ") * (SIZE // (len(word) + 3))
    yield "password" + " " * (SIZE // 2) + ":" + " " * (SIZE // 2)


def _floor(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        text.count("\x00")
        best = min(best, time.perf_counter() - start)
    return best


def _bounded(scan: Scan, text: str, bound: float) -> bool:
    """Whether ``scan(text)`` ends, without error, within ``bound`` seconds."""
    child = multiprocessing.get_context("fork").Process(target=scan, args=(text,))
    child.start()
    child.join(bound)
    if child.is_alive():
        child.kill()
        child.join()
        return False
    return child.exitcode == 0


def test_the_inventory_holds_the_patterns_of_each_source() -> None:
    names = " ".join(SCANS)
    for expected in ("casecheck.sensitive._DIGIT_RUN", "secrets.labels -> password",
                     "casecheck.outline._LABEL", "tone.pleading", "message.structure.done",
                     "message.structure.parts.root-cause.openings", "policies",
                     "policies.denials", "message.structure.requests",
                     "casecheck.checkers.message._CAPS_WORD", "casecheck.prose.URL"):
        assert expected in names


@pytest.mark.parametrize("name", sorted(SCANS))
def test_each_pattern_is_linear_on_hostile_text(name: str) -> None:
    scan, pattern = SCANS[name]
    slow = []
    for text in _texts(pattern):
        bound = max(FLOOR_SECONDS, RATIO * _floor(text))
        if not _bounded(scan, text, bound):
            slow.append(f"{text[:20]!r}... ({len(text)} characters, more than {bound:.1f} s)")
    assert slow == []


def test_a_quadratic_pattern_is_caught() -> None:
    """The test itself must fail on the kind of pattern it is for."""
    quadratic = re.compile(r"password\s*[:=]?\s*(\S{4,})")
    assert not _bounded(_everywhere(quadratic), "password" + " " * 200_000, 1.0)
