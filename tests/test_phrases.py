"""Phrases (casecheck.prose) compiles only the patterns of a lexicon that can match the text at
hand. That must change no match: for every list of patterns in the shipped packs, whatever the
text, every search, match and finditer gives the spans and texts the whole alternation
(``compiled``) gives. And it must be what makes a calm letter cheap: nothing is compiled for a
text that holds none of a lexicon's words.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from casecheck import prose, sensitive
from casecheck.cache import LiteralEntries
from casecheck.packs import load_packs
from casecheck.prose import Phrases, compiled, phrase_set
from casecheck.sealed import CacheFolder

PACKS = load_packs()


def _lists(value: Any) -> Iterator[tuple[str, ...]]:
    """Every list of strings in the packs that compiles as one alternation: the lexicons
    the rules hand to phrase_set (and some word lists, which are patterns too)."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _lists(getattr(value, name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _lists(item)
    elif isinstance(value, list | tuple) and value and all(isinstance(v, str) for v in value):
        try:
            compiled(tuple(value))
        except re.error:
            return
        yield tuple(value)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _lists(item)


LEXICONS = sorted(set(_lists(PACKS)))
_SYNTAX = re.compile(r"\\[bBdDsSwW]|\(\?[:!=<]*|[\\()?|\[\]{}*+^$.]|\d+,\d*")


def _fragments(patterns: tuple[str, ...]) -> list[str]:
    """Words of the patterns, the regular-expression syntax taken out: texts made of them
    match some patterns, nearly match others."""
    words = {w for p in patterns for w in _SYNTAX.sub(" ", p).split()}
    return sorted(words) or ["x"]


_LOOK_ALIKES = {"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130"}
"""Characters re.IGNORECASE takes for an ASCII letter: the long s, the Kelvin sign, the
dotless and the dotted I."""


@st.composite
def lexicon_and_text(draw: st.DrawFn) -> tuple[tuple[str, ...], str]:
    patterns = draw(st.sampled_from(LEXICONS))
    pieces = draw(st.lists(st.one_of(
        st.sampled_from(_fragments(patterns)),
        st.text(alphabet=string.ascii_letters + " ,.!?'\n-", max_size=6),
        st.sampled_from(["不公平", "骗子", "我们", "\u3002", "\uff01\uff01", "we will", "you are"]),
    ), max_size=14))
    separators = draw(st.lists(st.sampled_from([" ", "  ", "\n", ", ", ". ", "", "\n\n"]),
                               min_size=len(pieces), max_size=len(pieces)))
    text = "".join(p + s for p, s in zip(pieces, separators, strict=True))
    case = draw(st.sampled_from([str, str.upper, str.lower, str.title, str.swapcase]))
    text = case(text)
    if draw(st.booleans()):
        letter = draw(st.sampled_from(sorted(_LOOK_ALIKES)))
        text = text.replace(letter, _LOOK_ALIKES[letter], draw(st.integers(1, 3)))
    return patterns, text


def _spans(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in matches]


def _one(match: re.Match[str] | None) -> tuple[tuple[int, int], str] | None:
    return (match.span(), match.group()) if match is not None else None


@settings(max_examples=600, deadline=None)
@given(lexicon_and_text())
def test_phrases_match_what_the_whole_alternation_matches(
    drawn: tuple[tuple[str, ...], str],
) -> None:
    patterns, text = drawn
    whole, phrases = compiled(patterns), Phrases(patterns)
    assert _spans(phrases.finditer(text)) == _spans(whole.finditer(text))
    assert _one(phrases.search(text)) == _one(whole.search(text))
    assert _one(phrases.match(text)) == _one(whole.match(text))
    lines = prose.numbered(text)
    assert prose.first_line_matching(patterns, lines) == next(
        (n for n, line in lines if whole.search(line)), None)


def test_the_shipped_lexicons_are_split() -> None:
    """Every lexicon the message rules read is split into its patterns (none falls back to
    the whole alternation), so the test above compares the split, not a copy."""
    tone = PACKS.tone
    for patterns in (tone.blame.phrases, tone.threats.phrases, tone.pleading.phrases,
                     tone.anger.phrases, tone.mild.phrases, PACKS.message.structure.planned):
        assert phrase_set(tuple(patterns))._needed is not None


def test_a_calm_letter_compiles_next_to_nothing_of_the_tone_lexicon() -> None:
    calm = ("Shipment FBA15XYZ was delivered with 48 units; 36 were received, so 12 units are"
            " missing. Please reimburse the 12 missing units.")
    tone = PACKS.tone
    lexicons = (tone.blame.phrases, tone.threats.phrases, tone.pleading.phrases,
                tone.anger.phrases)
    chosen = [Phrases(tuple(patterns)).for_text(calm) for patterns in lexicons]
    # only "please, please" can be told from "Please reimburse" by matching alone
    assert [c.pattern if c is not None else None for c in chosen] == [
        None, None, r"(?:\bplease,? please\b)", None]
    angry = Phrases(tuple(tone.blame.phrases)).for_text(calm + " This is totally unfair.")
    assert angry is not None and angry.search("totally unfair") is not None
    assert len(angry.pattern) < len(compiled(tuple(tone.blame.phrases)).pattern) / 10


@pytest.mark.parametrize("look_alike", ["\u017f", "\u212a", "\u0131", "\u0130"])
def test_a_look_alike_letter_still_finds_its_phrase(look_alike: str) -> None:
    """re.IGNORECASE takes the long s for s, the Kelvin sign for k, both Turkish i for i:
    the literal check folds them alike."""
    letter = {"\u017f": "s", "\u212a": "k", "\u0131": "i", "\u0130": "i"}[look_alike]
    patterns = (rf"\bma{letter}ter\b", r"\bnothing\b")
    text = f"the ma{look_alike}ter key"
    assert _one(Phrases(patterns).search(text)) == _one(compiled(patterns).search(text))
    assert Phrases(patterns).search(text) is not None


def test_the_fold_knows_every_character_ignorecase_takes_for_ascii() -> None:
    """All of Unicode: a character outside ASCII that re.IGNORECASE matches to an ASCII
    character is folded to that character, and nothing matches a CJK ideograph but itself."""
    ascii_class = re.compile(r"[\x00-\x7f]", re.IGNORECASE)
    ideographs = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]", re.IGNORECASE)
    for point in range(0x80, 0x110000):
        if 0xD800 <= point <= 0xDFFF:
            continue
        char = chr(point)
        if ascii_class.fullmatch(char):
            folded = char.translate(prose._FOLD)
            assert len(folded) == 1 and folded.isascii(), hex(point)
            assert re.fullmatch(re.escape(folded), char, re.IGNORECASE), hex(point)
        if ideographs.fullmatch(char):
            assert prose._plain(point), hex(point)


@pytest.mark.parametrize("patterns", [
    (r"(\w+) \1", r"\bunfair\b"),             # a back-reference: numbers are the whole's
    (r"(?P<word>unfair)", r"\bridiculous\b"),  # a named group
    (r"(a)?(?(1)b|c)", r"\bsue\b"),           # a conditional group
])
def test_patterns_that_refer_to_groups_stay_one_alternation(patterns: tuple[str, ...]) -> None:
    phrases = Phrases(patterns)
    assert phrases._needed is None
    for text in ("hello hello", "so unfair", "ab c", "we sue", "nothing"):
        assert _one(phrases.search(text)) == _one(compiled(patterns).search(text))


def test_a_secret_label_is_compiled_only_once_its_word_is_found() -> None:
    patterns = sensitive._compiled(("password", "pwd"), ("one-time code",), ("card",),
                                   ("cvv",), ("expiry",), ("account",), ("routing",), ())
    labelled = patterns.password
    assert list(labelled.finditer("Shipment FBA15 lost 12 units.")) == []
    assert "pattern" not in vars(labelled)  # the pattern was never needed
    found = list(labelled.finditer("My password: Tr0ub4dor&3x"))
    assert [m.group(m.lastindex or 0) for m in found] == ["Tr0ub4dor&3x"]


def test_what_each_pattern_needs_is_kept_and_not_parsed_again(tmp_path, monkeypatch) -> None:
    folder = CacheFolder(tmp_path / "cache", named=True)
    blame = tuple(PACKS.tone.blame.phrases)
    text = "Your support is useless and this is totally unfair."
    monkeypatch.setattr(prose, "_known", {})
    first = LiteralEntries(folder)
    first.load()
    expected = _spans(Phrases(blame).finditer(text))
    first.save()
    assert expected == _spans(compiled(blame).finditer(text)) and expected

    def no_parsing(*_: object) -> None:
        raise AssertionError("a kept pattern was parsed again")

    monkeypatch.setattr(prose, "_known", {})
    monkeypatch.setattr(prose, "_parser", SimpleNamespace(parse=no_parsing))
    LiteralEntries(folder).load()
    assert _spans(Phrases(blame).finditer(text)) == expected


@pytest.mark.parametrize("kept", [
    {"\\bunfair\\b": [[""]]},        # an empty literal would rule the pattern out everywhere
    {"\\bunfair\\b": [[]]},          # so would an empty clause
    {"\\bunfair\\b": "unfair"},
    {"\\bunfair\\b": [["unfair", 3]]},
])
def test_a_kept_entry_of_another_shape_is_worked_out_again(kept: dict[str, Any],
                                                           monkeypatch) -> None:
    monkeypatch.setattr(prose, "_known", {})
    prose.learn_literals(kept)
    assert prose._known == {}
    assert Phrases(("\\bunfair\\b",)).search("so UNFAIR") is not None
