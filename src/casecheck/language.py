"""Which language a case text is written in.

Scripts decide first: a text whose CJK characters outweigh its Latin words, and that reads
as sentences (hiragana or Chinese function characters such as 的, 了, 请), is Chinese,
Japanese (when it has kana) or Korean. That keeps an English message with a few Chinese
product or company names English, where an n-gram model alone is pulled towards Chinese.
Latin-script text goes to py3langid (langid.py's model, shipped inside the wheel, offline),
restricted to the languages Seller Support is written in; the model is loaded on first use.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from casecheck.catalog import word
from casecheck.placeholders import ANY_PLACEHOLDER
from casecheck.prose import CJK_CHARS_PER_WORD, URL

LATIN_CANDIDATES = ("en", "de", "es", "fr", "it", "nl", "pt", "pl", "sv", "tr", "ru", "ar",
                    "hi", "tl", "id", "vi")
"""Languages of the marketplaces' Seller Support, plus Russian, and the languages of sellers
who also write English that the model would otherwise read as the closest of those: Hindi
(Devanagari, which the closest reads as Swedish), Tagalog, Indonesian and Vietnamese (a plan
in Tagalog read as English was no plan at all). Other languages read as the closest."""

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_CJK = re.compile(
    r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
_CJK_RUN = re.compile(f"{_CJK.pattern}+")
SCRIPTS: tuple[tuple[str, str], ...] = (
    ("bn", "\u0980-\u09ff"), ("pa", "\u0a00-\u0a7f"), ("gu", "\u0a80-\u0aff"),
    ("or", "\u0b00-\u0b7f"), ("ta", "\u0b80-\u0bff"), ("te", "\u0c00-\u0c7f"),
    ("kn", "\u0c80-\u0cff"), ("ml", "\u0d00-\u0d7f"), ("si", "\u0d80-\u0dff"),
    ("th", "\u0e00-\u0e7f"), ("lo", "\u0e80-\u0eff"), ("my", "\u1000-\u109f"),
    ("ka", "\u10a0-\u10ff"), ("km", "\u1780-\u17ff"), ("hy", "\u0530-\u058f"),
    ("el", "\u0370-\u03ff"), ("he", "\u0590-\u05ff"),
)
"""Scripts that tell their language by themselves (Bengali, Thai, Tamil, Georgian, Greek...),
each with its Unicode block. The model knows few of them and reads the rest as the nearest of
``LATIN_CANDIDATES``: a Bengali plan came out English at 0.26, and was then read for English
headings and found to hold no plan. Scripts several languages share (Cyrillic, Arabic,
Devanagari) are left to the model."""
SCRIPT_LANGUAGES = frozenset(code for code, _ in SCRIPTS)
_SCRIPT = [(code, re.compile(f"[{block}]")) for code, block in SCRIPTS]
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_DIGIT = re.compile(r"\d")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_MARKS = re.compile(r"[#*_>`|~\[\](){}<>]")
MIN_LETTERS = 20
"""Below this many letters no detector is right often enough to warn."""
_SHORT_WORDS = 8
_SHORT_CONFIDENCE = 0.6
"""A text under eight words counts as foreign only above this; short English subjects such as
"Reimbursement denied" come out German at 0.46 (bench/language.py)."""
_GRAMMAR = re.compile(
    r"[\u3040-\u309f]|[的了是我们请在被已吗呢您这那把给从对于会能要和与没也都就还]"
)
"""Hiragana and Chinese function characters: a sentence has them, a company name rarely."""
_MIN_GRAMMAR = 2
_ENGLISH_WORDS = frozenset({
    "the", "and", "to", "of", "we", "our", "is", "for", "that", "with", "please", "you", "this",
    "have", "are", "not", "were", "your", "us", "from", "been", "has", "which", "would",
    "could", "they", "their", "there", "what", "when", "will",
})
"""Function words that are English only (not "in", "was", "die" or "an", which German shares)."""
_ENGLISH_SHARE = 0.2
"""Plain ASCII text where a fifth of the words are English function words is English: no
model needed, so checking an ordinary English case never loads it."""
_FEW_WORDS = 3


@dataclass(frozen=True, slots=True)
class Verdict:
    language: str | None
    """ISO 639-1 code, or None when the text is too short to tell."""
    confidence: float


def strip_noise(text: str) -> str:
    """The prose of ``text``: no URLs, placeholders, IDs, numbers, e-mail or Markdown marks.

    A token holding a digit is an ID or a number and goes; Chinese and Japanese are written
    without spaces, so their characters are split from the Latin and the digits around them
    first: "2026年12月1日から、…" keeps its words and loses only the date's digits."""
    text = ANY_PLACEHOLDER.sub(" ", URL.sub(" ", text))
    text = _CJK_RUN.sub(r" \g<0> ", text)
    kept = [token for token in text.split() if "@" not in token and not _DIGIT.search(token)]
    return _MARKS.sub(" ", " ".join(kept))


@cache
def _model() -> Any:
    """The model over every language it knows (97), read from its file once."""
    # imported on first use: loading the model takes about a second
    from py3langid.langid import (  # type: ignore[import-untyped]  # noqa: PLC0415 - py3langid: its model loads in 1-2 s
        MODEL_FILE,
        LanguageIdentifier,
    )

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _identifier() -> Any:
    """The model restricted to ``LATIN_CANDIDATES``: a copy of the loaded one that shares its
    arrays (``set_languages`` replaces the copy's own, from the full model it keeps)."""
    identifier = copy.copy(_model())
    identifier.set_languages(list(LATIN_CANDIDATES))
    return identifier


def detect(text: str, beside: str | None = None) -> Verdict:
    """The language of ``text``; see the module docstring for how it is decided.

    ``beside`` is the language of the text this one goes with (a subject's message): a short
    plain-ASCII text beside English is taken for English, since an n-gram model cannot tell a
    handful of ASCII words apart anyway (and loading it costs half a second and 100 MB).
    """
    prose = strip_noise(text)
    cjk = len(_CJK.findall(prose))
    scripted = _script_language(prose, cjk)
    if scripted is not None:
        return Verdict(scripted, 1.0)
    latin_words = _LETTER_WORD.findall(_CJK.sub(" ", prose))
    sentence = len(latin_words) < _FEW_WORDS or len(_GRAMMAR.findall(prose)) >= _MIN_GRAMMAR
    if cjk and cjk / CJK_CHARS_PER_WORD > len(latin_words) and sentence:
        if len(_HANGUL.findall(prose)) * 2 > cjk:
            return Verdict("ko", 1.0)
        kana = len(_KANA.findall(prose))
        han = len(_HAN.findall(prose))
        return Verdict("ja" if kana * 10 >= kana + han else "zh", 1.0)
    latin = " ".join(latin_words)
    if sum(len(word) for word in latin_words) < MIN_LETTERS:
        return Verdict(None, 0.0)
    english = sum(word.lower() in _ENGLISH_WORDS for word in latin_words)
    if latin.isascii() and english >= _ENGLISH_SHARE * len(latin_words):
        return Verdict("en", 1.0)
    if beside == "en" and latin.isascii() and len(latin_words) < _SHORT_WORDS:
        return Verdict(beside, 1.0)
    if beside == "en" and _english_between_names(latin_words):
        return Verdict(beside, 1.0)
    language, confidence = _identifier().classify(latin)
    if language != "en" and len(latin_words) < _SHORT_WORDS and confidence < _SHORT_CONFIDENCE:
        return Verdict(None, float(confidence))
    return Verdict(str(language), float(confidence))


def _script_language(prose: str, cjk: int) -> str | None:
    """The language of ``prose`` told by its script (``SCRIPTS``): the one whose characters
    are most of its letters, and at least ``MIN_LETTERS`` of them. An English letter that
    names a Thai shop or quotes a Greek label stays English."""
    if prose.isascii():
        return None
    latin = len(_LATIN_LETTER.findall(prose))
    for code, script in _SCRIPT:
        count = len(script.findall(prose))
        if count >= MIN_LETTERS and count > latin + cjk:
            return code
    return None


OUTSIDE_CONFIDENCE = 0.9
"""How sure the unrestricted model must be before a Latin-script letter is taken for a
language outside ``LATIN_CANDIDATES`` (Catalan, Swahili)."""


def outside_candidates(text: str) -> str | None:
    """The language of a Latin-script ``text`` that ``detect`` reads as the closest of
    ``LATIN_CANDIDATES`` though it is none of them (a Catalan letter comes out Spanish, as
    Vietnamese came out Portuguese before it was a candidate). The unrestricted model tells,
    when it is sure; None when the text is one of the candidates, CJK, or too short."""
    prose = strip_noise(text)
    if _CJK.search(prose):
        return None
    latin_words = _LETTER_WORD.findall(prose)
    if sum(len(word) for word in latin_words) < MIN_LETTERS:
        return None
    language, confidence = _model().classify(" ".join(latin_words))
    if language in LATIN_CANDIDATES or confidence < OUTSIDE_CONFIDENCE:
        return None
    return str(language)


def _english_between_names(latin_words: list[str]) -> bool:
    """"Fair Pricing Policy - appeal of Suministros Médicos Pacífico": beside an English
    message, a text whose own lower-case words are English, the rest capitalised names and
    titles, is English, whatever language its company's name is in. The words a sentence is
    made of are written in lower case; a name is what sets the model on Spanish."""
    lower = [w for w in latin_words if w.islower()]
    english = sum(w in _ENGLISH_WORDS for w in lower)
    return english > 0 and english >= _ENGLISH_SHARE * len(lower) \
        and all(w.isascii() for w in lower)


def part_language(text: str, beside: str | None = None) -> str | None:
    """The language of a few words (a part of a bilingual subject), or None when undecided:
    too short for ``detect``, so the model's guess counts only when it is sure, or when it is
    ``beside``, the language of the message the words head ("appeal" beside an English
    letter is English, though one word alone leaves the model unsure)."""
    prose = strip_noise(text)
    if _CJK.search(prose):
        return detect(prose).language
    latin_words = _LETTER_WORD.findall(prose)
    if not latin_words:
        return None
    latin = " ".join(latin_words)
    if latin.isascii() and any(word.lower() in _ENGLISH_WORDS for word in latin_words):
        return "en"
    language, confidence = _identifier().classify(latin)
    sure = confidence >= _SHORT_CONFIDENCE or (beside is not None and language == beside
                                               and latin.isascii())
    return str(language) if sure else None


_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]{3,}+(?![A-Za-z])")


def mixes_in_english(text: str) -> bool:
    """Whether a text in CJK script writes some of its words in English ("关于关联账户 appeal",
    "入库货物破损赔偿 / damaged inbound"): the code-switched subject of a seller who writes the
    message itself in English. Only lower-case words count: capitalised and upper-case ones in
    a Chinese or Japanese text are names ("Amazon", "Shenzhen") and IDs."""
    prose = strip_noise(text)
    return bool(_CJK.search(prose)) and bool(_LOWER_WORD.search(_CJK.sub(" ", prose)))


def words_in(text: str) -> float:
    """How many words ``text`` holds, CJK characters counted as words of their average length."""
    prose = strip_noise(text)
    return (len(_CJK.findall(prose)) / CJK_CHARS_PER_WORD
            + len(_LETTER_WORD.findall(_CJK.sub(" ", prose))))


def language_name(code: str, lang: str = "en") -> str:
    return word("languages", code, lang, default=code)
