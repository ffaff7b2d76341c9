"""The case text as lines, paragraphs and words: what the message rules read.

A message is plain text or Markdown as it will be pasted into Seller Central. Which lines
head its sections, and which part of an appeal each section is, is casecheck.outline's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>()\"']+|\b[\w.-]{1,60}\.amazon\.[a-z.]{2,6}(?:/[^\s<>()\"']*)?",
    re.IGNORECASE,
)
SENTENCE_MARKS = ".!?;\n\u3002\uff01\uff1f\uff1b"
"""What ends a sentence in the text rules' reading: the stops of English and of Chinese and
Japanese (full width), and a line break (a list item, a heading's text)."""
_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]++\S")
_BOLD_LINE = re.compile(r"^[ \t]*+(?:\*\*|__)[^*_\n]{1,200}+(?:\*\*|__)[ \t:：]*+$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MAX_LABEL_WORDS = 6
_MAX_HEADING = 200
"""A heading is short; longer lines are not tried, which also keeps the patterns linear."""
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CJK_CHARS_PER_WORD = 2
"""Chinese averages under two characters a word; counting two keeps lengths comparable."""


def numbered(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` with their 1-based numbers."""
    return list(enumerate(text.split("\n"), start=1))


def is_heading_line(line: str) -> bool:
    """True when the whole line is a heading, with no text after a label's colon."""
    if len(line) > _MAX_HEADING:
        return False
    if _MARKDOWN_HEADING.match(line) or _BOLD_LINE.match(line):
        return True
    stripped = line.strip()
    return stripped.endswith(":") and 0 < len(words(stripped)) <= _MAX_LABEL_WORDS


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Blocks of text between blank lines, each with the line it starts on."""
    found: list[tuple[int, str]] = []
    block: list[str] = []
    start = 1
    for number, line in numbered(text):
        if line.strip():
            if not block:
                start = number
            block.append(line)
        elif block:
            found.append((start, "\n".join(block)))
            block = []
    if block:
        found.append((start, "\n".join(block)))
    return found


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    """Words of Latin-script text plus CJK characters at two to a word."""
    cjk = len(_CJK.findall(text))
    return len(words(_CJK.sub(" ", text))) + cjk // CJK_CHARS_PER_WORD


@cache
def compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)


_FOLD = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u0131\u017f\u212a", "abcdefghijklmnopqrstuvwxyziisk"
)
"""Folds every character that ``re.IGNORECASE`` takes for an ASCII letter to that letter,
one character for one (tests/test_phrases.py checks all of Unicode): a literal a phrase
needs, folded, stands in the folded text wherever the phrase matches."""


def _plain(char: int) -> bool:
    """A character whose case-insensitive matches ``_FOLD`` knows: ASCII, or a CJK
    ideograph (no case at all)."""
    return char < 0x80 or 0x3400 <= char <= 0x4DBF or 0x4E00 <= char <= 0x9FFF


def _needs(items: Any) -> tuple[frozenset[str], ...]:
    """What every match of the parsed pattern ``items`` holds: each set of the result names
    literals (folded) of which the match holds one. Empty when this can tell nothing (the
    pattern is then always tried)."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []
    for op, argument in items:
        if op is _constants.LITERAL and _plain(argument):
            run.append(chr(argument).translate(_FOLD))
            continue
        if run:
            clauses.append(frozenset({"".join(run)}))
            run = []
        if op is _constants.SUBPATTERN:
            clauses.extend(_needs(argument[-1]))
        elif op is _constants.ATOMIC_GROUP:
            clauses.extend(_needs(argument))
        elif op in _REPEATS and argument[0] >= 1:
            clauses.extend(_needs(argument[2]))
        elif op is _constants.BRANCH:
            # a match is one branch's: it holds what that branch needs most surely
            best = [_best(_needs(branch)) for branch in argument[1]]
            if all(best):
                clauses.append(frozenset().union(*best))
    if run:
        clauses.append(frozenset({"".join(run)}))
    return tuple(clauses)


def _best(clauses: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The clause whose shortest literal is longest (the rarest in a text); empty if none."""
    return max(clauses, key=lambda clause: min(map(len, clause)), default=frozenset())


_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
_FLAGS = re.IGNORECASE | re.MULTILINE


_known: dict[str, tuple[frozenset[str], ...] | None] = {}
"""What each pattern needs (``_needs``; None: it refers to its groups), worked out in this
process or read from a run's cache (``learn_literals``)."""


def _literals(pattern: str) -> tuple[frozenset[str], ...]:
    """What ``pattern`` needs (``_needs``), read by Python's own regular-expression parser."""
    if pattern not in _known:
        parsed = _parser.parse(pattern, _FLAGS)
        # a group referred to would change its number without the other patterns
        _known[pattern] = None if parsed.state.groupdict or _refers(parsed) else _needs(parsed)
    needed = _known[pattern]
    if needed is None:
        raise _Unsplittable(pattern)
    return needed


def known_literals() -> dict[str, list[list[str]] | None]:
    """What this process worked out (``_literals``), to keep in a run's cache."""
    return {pattern: None if needed is None else [sorted(clause) for clause in needed]
            for pattern, needed in _known.items()}


def learn_literals(table: Mapping[str, Any]) -> None:
    """Take what ``known_literals`` gave in an earlier run; anything of another shape is
    left out (the pattern is then parsed again)."""
    for pattern, needed in table.items():
        if not isinstance(pattern, str) or pattern in _known:
            continue
        if needed is None:
            _known[pattern] = None
        elif isinstance(needed, list) and all(
                isinstance(clause, list) and clause
                and all(isinstance(literal, str) and literal for literal in clause)
                for clause in needed):
            _known[pattern] = tuple(frozenset(clause) for clause in needed)


def _refers(items: Any) -> bool:
    """True when the parsed pattern refers to a group by number or name (``\\1``, ``(?(1)``)."""
    return any(op in (_constants.GROUPREF, _constants.GROUPREF_EXISTS) for op in _operators(items))


def _operators(items: Any) -> Iterator[Any]:
    """Every operator of a parsed pattern, nested ones (in groups, branches, repeats,
    look-arounds) included."""
    for op, argument in items:
        yield op
        for part in argument if isinstance(argument, tuple | list) else ():
            if isinstance(part, _parser.SubPattern):
                yield from _operators(part)
            elif isinstance(part, list):
                for branch in part:
                    if isinstance(branch, _parser.SubPattern):
                        yield from _operators(branch)


class _Unsplittable(Exception):
    """A phrase that must stay in one pattern with the others."""


class Phrases:
    """Case-insensitive patterns tried as one alternation (``compiled``), compiling only the
    patterns that can match the text at hand: a pattern whose needed literal the text lacks
    cannot match anywhere in it, so leaving it out changes no match (which pattern matches
    where, the spans), and a calm letter compiles next to nothing of the tone lexicon.

    Only ``group()``, the span and the match's string mean the same as from ``compiled``:
    group numbers are the candidates'."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.patterns = patterns
        try:
            self._needed: tuple[tuple[frozenset[str], ...], ...] | None = tuple(
                _literals(p) for p in patterns)
        except (_Unsplittable, re.error, RecursionError, ValueError, TypeError):
            self._needed = None  # the whole alternation, as compiled() makes it

    def for_text(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the patterns that can match in ``text`` (or in any part of it);
        None when none can."""
        if self._needed is None:
            return compiled(self.patterns)
        folded = text.translate(_FOLD)
        chosen = tuple(
            pattern for pattern, needed in zip(self.patterns, self._needed, strict=True)
            if all(any(literal in folded for literal in clause) for clause in needed)
        )
        return compiled(chosen) if chosen else None

    def search(self, text: str) -> re.Match[str] | None:
        pattern = self.for_text(text)
        return pattern.search(text) if pattern is not None else None

    def match(self, text: str) -> re.Match[str] | None:
        pattern = self.for_text(text)
        return pattern.match(text) if pattern is not None else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pattern = self.for_text(text)
        return pattern.finditer(text) if pattern is not None else iter(())


@cache
def phrase_set(patterns: tuple[str, ...]) -> Phrases:
    """``patterns`` as :class:`Phrases`, made once per process."""
    return Phrases(patterns)


def any_match(patterns: Iterable[str], text: str) -> re.Match[str] | None:
    return phrase_set(tuple(patterns)).search(text)


def first_line_matching(patterns: Iterable[str], lines: Iterable[tuple[int, str]]) -> int | None:
    shown = list(lines)
    pattern = phrase_set(tuple(patterns)).for_text("\n".join(line for _, line in shown))
    if pattern is None:
        return None
    return next((number for number, line in shown if pattern.search(line)), None)


def line_of_offset(text: str, offset: int) -> int:
    """The 1-based line that character ``offset`` of ``text`` stands on."""
    return text.count("\n", 0, offset) + 1


class LineIndex:
    """Line numbers of many offsets in one text, by bisection: a long text stays linear."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def __call__(self, offset: int) -> int:
        """The 1-based line that character ``offset`` stands on."""
        return bisect_right(self.starts, offset)

    def start_of(self, offset: int) -> int:
        """The offset where the line holding ``offset`` begins."""
        return self.starts[self(offset) - 1]


def iter_matches(
    pattern: re.Pattern[str] | Phrases, text: str,
) -> Iterator[tuple[int, re.Match[str]]]:
    """Every match of ``pattern`` in ``text`` with the line it starts on."""
    line_of = LineIndex(text)
    for match in pattern.finditer(text):
        yield line_of(match.start()), match
