"""Patterns applied to case text take linear time: 2 MB of hostile text costs a bounded
multiple of reading it once.

A message may hold 2 MB. A pattern with two quantifiers over the same characters in a row
(``[ \\t]*`` on both sides of an optional name) backtracks quadratically over a run of blanks:
"{" followed by 80 KB of spaces took 83 s, so 2 MB would take hours. Each text below is built
against one quantifier of the placeholder pattern; its time is measured in CPU seconds against
``str.count`` over the same text (the floor), at 20 KB, 200 KB and 2 MB, so that a quadratic
pattern fails at the first size instead of hanging the suite.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from casecheck.placeholders import CANONICAL, find_placeholders, is_placeholder

SIZES = (20_000, 200_000, 2_000_000)
RATIO = 10_000
"""How many times the floor a pattern may take. Linear patterns measure 100 to 1,500 times
``str.count`` (a C loop over the bytes); the quadratic one took 90,000 times at 20 KB."""


def _repeated(piece: str, prefix: str = "") -> Callable[[int], str]:
    def build(size: int) -> str:
        return prefix + piece * (size // len(piece))

    return build


ADVERSARIAL = {
    "brace then blanks": _repeated(" ", "{"),
    "double brace then blanks": _repeated(" ", "{{"),
    "brace, name, then blanks": _repeated(" ", "{{a"),
    "braces and tabs": _repeated("{ \t"),
    "brace names without end": _repeated("{{a "),
    "a name that never closes": _repeated("a", "{{"),
    "bracket then capitals": _repeated("A", "["),
    "bracket 'your' then words": _repeated(" x", "[your"),
    "angle then capital words": _repeated("A ", "<"),
    "angles": _repeated("<A"),
    "word boundaries everywhere": _repeated("a-"),
    "x runs": _repeated("X"),
    "xx words": _repeated("xx "),
    "lorem": _repeated("lorem "),
    "blanks": _repeated(" "),
}


def _cpu(run: Callable[[], object], repeats: int = 1) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_the_placeholder_patterns_are_linear_on_hostile_text(name: str) -> None:
    for size in SIZES:
        text = ADVERSARIAL[name](size)
        floor = max(_cpu(lambda text=text: text.count(" "), repeats=5), 1e-6)
        took = _cpu(lambda text=text: (list(find_placeholders(text)), is_placeholder(text),
                                       CANONICAL.fullmatch(text)))
        assert took < RATIO * floor, f"{name}: {took:.3f} s at {size:,} characters"
