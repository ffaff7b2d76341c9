"""What a Chinese seller would stumble over in a zh-CN text: runs of English words, and
Western punctuation or missing spaces where Chinese meets Latin script.

A run of English is two or more plain English words with nothing Chinese between them. What
is not English prose does not count: codes and IDs (``A001``, ``FBA15C8KQ2ZP``, ``UTF-8``,
all-capital acronyms), file names, paths and field names (``case.toml``, ``ids.asins[0]``,
``claim_kind``, ``inbound-lost``), names written in camel case (``JavaScript``), and anything
quoted (``"..."``, ``“...”``, ``‘...’``, ```...```): a quoted value is the seller's own text or
the English path beside a Chinese menu path.
"""

from __future__ import annotations

import re

CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
"""Chinese characters and the full-width punctuation that goes with them."""

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|`[^`\n]*`|「[^」\n]*」|'[^'\n]*'")
_TOKEN = re.compile(rf"[^\s{CJK}]+|[{CJK}]+")
_CHINESE = re.compile(rf"[{CJK}]")
_WORD = re.compile(r"[(\[]?([A-Za-z][a-z]+(?:['’][a-z]+)?)[)\]]?[.,;:!?]*")
"""A plain word, maybe with brackets or closing punctuation: "text", "(byte", "Support,"."""


def english_runs(text: str) -> list[str]:
    """Every run of two or more English words in ``text`` that no Chinese interrupts."""
    runs: list[str] = []
    current: list[str] = []
    words = 0

    def close() -> None:
        nonlocal current, words
        if words >= 2:
            runs.append(" ".join(current))
        current, words = [], 0

    for token in _TOKEN.findall(_QUOTED.sub(" Q ", text)):
        if _CHINESE.search(token):
            close()
            continue
        if _WORD.fullmatch(token):
            current.append(token)
            words += 1
        else:  # a code, a number, an ID, a path, a name: neither English nor a break
            current.append(token)
    close()
    return runs


_WESTERN_AFTER_CHINESE = re.compile(r"[\u4e00-\u9fff][,:;!?](?=\s|$|[\u4e00-\u9fff])")
_TIGHT = re.compile(r"[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]")


def typography_problems(text: str) -> list[str]:
    """Western punctuation closing a Chinese phrase (``建议:``), and Chinese written against a
    Latin word or number without the space Chinese technical writing puts there."""
    bare = _QUOTED.sub(" ", text)
    found = [f"Western punctuation: {m.group()!r}" for m in _WESTERN_AFTER_CHINESE.finditer(bare)]
    found += [f"no space: {m.group()!r}" for m in _TIGHT.finditer(bare)]
    return found
