"""The JSON and SARIF documents are written by casecheck.display.indented_json: the text of
``json.dumps(indent=2, ensure_ascii=False)``, whatever the values, without its per-container
generators (an H001 listing every other case of a large repository made them the run's
largest cost)."""

from __future__ import annotations

import enum
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from casecheck.display import indented_json

SCALARS = (st.none() | st.booleans() | st.integers() | st.floats()
           | st.text(st.characters(codec=None, exclude_categories=()), max_size=12))
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=40,
)


@given(VALUES)
def test_the_text_of_json_dumps(value: Any) -> None:
    assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


class Level(enum.StrEnum):
    HIGH = "high"


def test_what_is_not_plain_json_goes_to_the_json_module() -> None:
    unusual: list[Any] = [{"a": Level.HIGH}, {1: "one", None: [True]}, [enum.IntEnum("N", "A").A]]
    for value in unusual:
        assert indented_json(value) == json.dumps(value, ensure_ascii=False, indent=2)
