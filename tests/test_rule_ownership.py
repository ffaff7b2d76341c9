"""Every rule has one home: one built-in checker raises it, so that `casecheck explain` can
name that checker and a newcomer finds the code of a rule in one step."""

from __future__ import annotations

from collections import Counter

from casecheck.catalog import shipped_catalog
from casecheck.checkers import BUILTIN_CHECKERS

RAISED_OUTSIDE_CHECKERS = {"X001"}
"""The engine reports a checker that crashed; the loader reports the M-codes."""


def _checked_codes() -> set[str]:
    return {code for code in shipped_catalog()
            if not code.startswith("M") and code not in RAISED_OUTSIDE_CHECKERS}


def test_every_rule_is_declared_by_exactly_one_builtin_checker() -> None:
    declared = Counter(code for unit in BUILTIN_CHECKERS for code in unit.codes)
    twice = {code: [u.name for u in BUILTIN_CHECKERS if code in u.codes]
             for code, count in declared.items() if count > 1}
    assert twice == {}
    assert sorted(_checked_codes() - set(declared)) == []


def test_every_declared_code_is_in_the_catalog() -> None:
    declared = {code for unit in BUILTIN_CHECKERS for code in unit.codes}
    assert sorted(declared - set(shipped_catalog())) == []
    assert sorted(declared - _checked_codes()) == []
