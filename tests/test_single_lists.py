"""One list per fact: the kinds of ID and the marketplaces are each written down once, and
whatever repeats them for a type checker or in display words is held to that one list."""

from __future__ import annotations

import tomllib
from typing import get_args

import pytest
from pydantic import ValidationError

from casecheck.catalog import words
from casecheck.checkers.identifiers import ID_EXAMPLES
from casecheck.models import ID_KINDS, Ids, Marketplace
from casecheck.packs import SHIPPED_RULES, RequiredIds, load_packs

CITED = {"source": "test", "checked": "2026-11-01"}


def test_the_id_kinds_are_the_lists_of_ids() -> None:
    assert tuple(name for name in Ids.model_fields if name != "merchant_token") == ID_KINDS


def test_every_kind_of_id_has_its_words_and_an_example() -> None:
    assert set(words("ids")) == set(ID_EXAMPLES) == set(ID_KINDS)


@pytest.mark.parametrize("kind", ID_KINDS)
def test_a_pack_may_require_every_kind_of_id(kind: str) -> None:
    assert RequiredIds.model_validate({"ids": kind, **CITED}).ids == kind


def test_a_pack_may_not_require_another_field() -> None:
    with pytest.raises(ValidationError, match="Input should be 'order_ids'"):
        RequiredIds.model_validate({"ids": "merchant_token", **CITED})


def test_the_marketplaces_a_manifest_accepts_are_the_shipped_pack_s() -> None:
    """The Literal stays for the type checker and the schema; the pack file is the truth."""
    shipped = tomllib.loads((SHIPPED_RULES / "marketplaces.toml").read_text(encoding="utf-8"))
    assert get_args(Marketplace) == tuple(shipped)
    assert tuple(load_packs().marketplaces) == tuple(shipped)
