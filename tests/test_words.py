"""Meta-tests of catalog/words.toml: every display word in English and Simplified Chinese, and
a word for every kind, ID list, file type and language the code or the rule packs can name."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import tomllib
from importlib import resources
from typing import Any, get_args

import pytest
from conftest import REPO, CaseMaker, check

from casecheck import Config, validate
from casecheck.attachments import _ACTIVE_ACTIONS, _SPECIAL_KINDS
from casecheck.catalog import LANGUAGES, WORDS_FILE, CatalogError, shipped_catalog, word, words
from casecheck.checkers.attachments import TYPE_FAMILIES
from casecheck.checkers.identifiers import ID_EXAMPLES
from casecheck.language import LATIN_CANDIDATES
from casecheck.models import AttachmentKind
from casecheck.packs import RequiredIds, load_packs
from casecheck.timing import _WEEKDAYS

# Read raw, not through words(): the loader needs only an English text, these tests want both.
RAW: dict[str, dict[str, Any]] = tomllib.loads(
    resources.files("casecheck.catalog").joinpath(WORDS_FILE).read_text(encoding="utf-8")
)
WORDS = [(group, key) for group, table in RAW.items() for key in table]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize(("group", "key"), WORDS)
def test_every_word_speaks_every_language_with_the_same_fields(group: str, key: str) -> None:
    texts = RAW[group][key]
    assert sorted(texts) == sorted(LANGUAGES), f"{group}.{key}"
    assert all(isinstance(t, str) and t.strip() for t in texts.values()), f"{group}.{key}"
    if group == "field-errors" and texts["en"] == "{msg}":
        # English repeats pydantic's own sentence; Chinese says it with the error's context
        # (loader._field_error falls back to the quoted sentence when a field is missing).
        return
    assert _fields(texts["zh-CN"]) == _fields(texts["en"]), f"{group}.{key}"


def test_the_words_are_no_rules() -> None:
    assert not set(RAW) & set(shipped_catalog())
    assert words("kinds")["box-label"].get("zh-CN") == "箱标"


def _kinds_in_packs() -> set[str]:
    return {requirement.kind for pack in load_packs([]).types.values()
            for requirement in pack.required_attachments}


def test_every_attachment_kind_has_a_word() -> None:
    kinds = set(get_args(AttachmentKind)) | _kinds_in_packs()
    assert _kinds_in_packs() <= set(get_args(AttachmentKind))
    assert sorted(kinds - set(RAW["kinds"])) == []


def test_every_name_the_code_looks_up_has_a_word() -> None:
    ids = set(get_args(RequiredIds.model_fields["ids"].annotation))
    assert set(RAW["ids"]) == set(ID_EXAMPLES) == ids
    assert set(RAW["content-types"]) == set(TYPE_FAMILIES)
    assert set(RAW["special-files"]) == {name for _, name in _SPECIAL_KINDS} | {"special"}
    assert set(RAW["active-content"]) == {*_ACTIVE_ACTIONS.values(), "embedded-files"}
    assert set(RAW["weekdays"]) == set(_WEEKDAYS)
    assert set(LATIN_CANDIDATES) | {"zh", "ja", "ko"} <= set(RAW["languages"])


def test_a_missing_word_is_an_error_unless_it_has_a_default() -> None:
    with pytest.raises(CatalogError, match="no group"):
        words("no-such-group")
    with pytest.raises(CatalogError, match=r"kinds\.pallet-photo"):
        word("kinds", "pallet-photo", "en")
    assert word("kinds", "pallet-photo", "zh-CN", default="pallet-photo") == "pallet-photo"
    assert word("kinds", "box-label", "fr") == "box label"


def test_chinese_findings_name_kinds_id_lists_and_conditions_in_chinese() -> None:
    case = {"type": "fba-reimbursement", "claim_kind": "inbound-lost", "marketplace": "US"}
    chinese = validate(case, config=Config(select=("A016", "I008"), lang="zh-CN"))
    messages = " ".join(f.message for f in chinese.findings)
    assert "箱标" in messages
    assert "承运商证明（签收证明或提单）" in messages
    assert "FBA 货件编号" in messages
    assert "Case（claim_kind = inbound-lost）需要" in messages
    english = validate(case, config=Config(select=("A016", "I008")))
    messages = " ".join(f.message for f in english.findings)
    assert "box label" in messages
    assert "FBA shipment ID" in messages


def test_chinese_findings_name_places_and_positions_in_chinese(make_case: CaseMaker) -> None:
    broken = make_case('type = "technical-issue"\nmarketplace = US\n')
    [syntax] = check(broken, lang="zh-CN").findings
    assert "（第 2 行第 15 列）" in syntax.message, syntax.message
    case = {"type": "technical-issue", "marketplace": "US", "subject": "Error on {{ page }}"}
    [placeholder] = validate(case, config=Config(select=("I010",), lang="zh-CN")).findings
    assert placeholder.message.startswith("标题中"), placeholder.message


def test_the_catalog_stays_light() -> None:
    # The catalog is imported by every module that words a finding; it must not pull in
    # pydantic, the engine or the plugins.
    probe = ("import sys, casecheck.catalog as c; c.words('kinds'); "
             "print(sorted(m for m in ('pydantic', 'casecheck.engine', 'casecheck.plugins') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=REPO, env={"PYTHONPATH": str(REPO / "src")})
    assert out.stdout.strip() == "[]"


VOWEL_SOUND = tuple("aeiou")
"""English takes "an" before these letters; the shipped kinds have no silent h nor a long u."""


@pytest.mark.parametrize("kind", sorted(RAW["kinds"]))
def test_every_kind_has_its_article_in_the_catalog(kind: str) -> None:
    """"needs a invoice": the article comes from the catalog, per kind, and fits the word."""
    named = RAW["kinds-with-article"][kind]["en"]
    article, _, rest = named.partition(" ")
    assert article in ("a", "an", "another"), named
    if article != "another":
        assert (article == "an") == rest.lower().startswith(VOWEL_SOUND), named


def test_no_a016_wording_puts_its_own_article_before_the_kind() -> None:
    """The kind brings its article (kinds-with-article): "needs a {label}" would say "a a"."""
    rule = shipped_catalog()["A016"]
    for name, wording in rule.wordings.items():
        assert not re.search(r"\ban? \{label\}", wording.message.get("en")), name


def test_a016_says_an_invoice_and_names_an_unknown_kind(make_case: CaseMaker, tmp_path) -> None:
    folder = make_case({"type": "category-approval", "marketplace": "US", "category": "Toys",
                        "brand": "Acme"})
    messages = [f.message for f in check(folder, select=("A016",)).findings]
    assert any("needs an invoice," in m for m in messages), messages
    assert not any(" a invoice" in m or " a a" in m for m in messages)
    rules = tmp_path / "rules" / "types"
    rules.mkdir(parents=True)
    (rules / "payment-hold.toml").write_text(
        '[[required_attachments]]\nkind = "bank-letter"\nsource = "house rule"\n'
        "checked = 2026-11-01\n", encoding="utf-8")
    held = make_case({"type": "payment-hold", "marketplace": "US"})
    (finding,) = check(held, select=("A016",), rules_dirs=(tmp_path / "rules",)).findings
    assert 'needs an attachment of kind "bank-letter", and none is attached' in finding.message
