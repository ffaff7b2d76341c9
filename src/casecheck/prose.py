"""The case text as lines, paragraphs and words: what the message rules read.

A message is plain text or Markdown as it will be pasted into Seller Central. Which lines
head its sections, and which part of an appeal each section is, is casecheck.outline's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from functools import cache

URL = re.compile(
    r"\b(?:https?://|www\.)[^\s<>()\"']+|\b[\w.-]{1,60}\.amazon\.[a-z.]{2,6}(?:/[^\s<>()\"']*)?",
    re.IGNORECASE,
)
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


def any_match(patterns: Iterable[str], text: str) -> re.Match[str] | None:
    return compiled(tuple(patterns)).search(text)


def first_line_matching(patterns: Iterable[str], lines: Iterable[tuple[int, str]]) -> int | None:
    pattern = compiled(tuple(patterns))
    return next((number for number, line in lines if pattern.search(line)), None)


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


def iter_matches(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, re.Match[str]]]:
    """Every match of ``pattern`` in ``text`` with the line it starts on."""
    line_of = LineIndex(text)
    for match in pattern.finditer(text):
        yield line_of(match.start()), match
