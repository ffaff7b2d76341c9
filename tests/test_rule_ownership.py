"""Every rule has one home: one built-in checker raises it, and its catalog entry names the
rule-pack keys it reads, so that `casecheck explain` can say both and a newcomer finds the
code and the policy of a rule in one step."""

from __future__ import annotations

import tomllib
from collections import Counter
from importlib import resources
from types import NoneType, UnionType
from typing import Any, Union, get_args, get_origin

import pytest
from pydantic import BaseModel

from casecheck.catalog import WORDS_FILE, CatalogError, parse_catalog, shipped_catalog
from casecheck.packs import RulePacks
from casecheck.registry import BUILTIN_CHECKERS

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


# --- the rule-pack keys a rule reads -------------------------------------------------------

def _field_name(model: type[BaseModel], key: str) -> str | None:
    return next((name for name, info in model.model_fields.items()
                 if key == (info.alias or name)), None)


def _held(annotation: Any) -> Any:
    """What a pack field holds, through ``X | None`` and ``list[X]``."""
    while True:
        origin, args = get_origin(annotation), get_args(annotation)
        if origin is list:
            annotation = args[0]
        elif origin in (Union, UnionType) and len(set(args) - {NoneType}) == 1:
            (annotation,) = set(args) - {NoneType}
        else:
            return annotation


def _in_model(key: str) -> bool:
    """``key`` names a field of the packs' model: ``*`` stands for any entry of a table."""
    current: Any = RulePacks
    for part in key.split("."):
        current = _held(current)
        if get_origin(current) is dict:
            if part != "*":
                return False
            current = get_args(current)[1]
        elif isinstance(current, type) and issubclass(current, BaseModel):
            name = _field_name(current, part)
            if name is None:
                return False
            current = current.model_fields[name].annotation
        else:
            return False
    return True


RULES_WITH_PACKS = sorted(code for code, rule in shipped_catalog().items() if rule.packs)


@pytest.mark.parametrize("code", RULES_WITH_PACKS)
def test_the_pack_keys_a_rule_names_exist(code: str) -> None:
    for key in shipped_catalog()[code].packs:
        assert _in_model(key), f"{code}: {key} is no key of the rule packs (casecheck.packs)"


def test_every_shipped_rule_says_which_pack_keys_it_reads() -> None:
    """An empty list says the rule reads no pack; a missing one that nobody looked."""
    catalog = resources.files("casecheck.catalog")
    unsaid = [code for entry in catalog.iterdir()
              if entry.name.endswith(".toml") and entry.name != WORDS_FILE
              for code, rule in tomllib.loads(entry.read_text(encoding="utf-8")).items()
              if "packs" not in rule]
    assert unsaid == []


def test_the_key_walk_rejects_what_the_packs_do_not_have() -> None:
    assert _in_model("types.*.required_attachments")
    assert _in_model("global.attachments.size_limit")
    assert not _in_model("global.max_attachment_mb")
    assert not _in_model("global_.attachments.size_limit")
    assert not _in_model("types.fba-reimbursement.claim_windows")
    assert not _in_model("global.attachments.size_limit.value.more")


PLUGIN_RULE = """
[Z001]
name = "z"
severity = "info"
summary.en = "s"
message.en = "m"
hint.en = "h"
"""


def test_a_plugin_rule_need_not_name_pack_keys() -> None:
    assert parse_catalog(PLUGIN_RULE, "plugin")["Z001"].packs == ()
    with pytest.raises(CatalogError, match=r"plugin: Z001\.packs: needs a list"):
        parse_catalog(PLUGIN_RULE + 'packs = "global"\n', "plugin")
