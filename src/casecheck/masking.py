"""The one step every text passes before it leaves casecheck: secrets masked in place.

A card number typed into ``order_ids``, a password in the subject, an IBAN in an attachment's
description: rules quote the values they check (I001 quotes the order ID, T008 the subject),
so without this step the secret would show in every output format, in the log and in the
caches. The engine passes every finding through :func:`masked_finding` before the findings
cache and the reports see it, ``casecheck log`` passes its rows through :func:`masked_value`,
and what is read from a file (libmagic's description of it, a parser's error, the lines an OCR
engine read) is masked where it is read, before it is cached.

Secrets are found by :func:`casecheck.sensitive.find_secrets`, the detector T006 reports with,
and masked in place by ``sensitive.redact`` with the form T006 shows (``••••••••••••1111``),
in the values that come from a case (a finding's data, a row's cells, what a file says), never
in casecheck's own words. A lone surrogate (the bytes of a JSON ``\\udcff`` or of a file name
that is not UTF-8) is written as that escape: no output and no cache file can encode it.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from casecheck.findings import Finding
from casecheck.packs import SecretLabels, load_packs
from casecheck.sensitive import redact

_SURROGATE = re.compile("[\ud800-\udfff]")
_MEMO_SIZE = 8192
_memo: OrderedDict[tuple[str, int], tuple[SecretLabels, str]] = OrderedDict()
_memo_lock = threading.Lock()
"""Masked texts by text and labels: a run repeats the same values and hints many times."""


_PLAIN = frozenset({int, float, bool, type(None)})
"""Values that hold no text."""


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


@functools.cache
def _shipped_labels() -> SecretLabels:
    """The shipped packs' labels, read once: what is read from a file is masked with them."""
    return load_packs().secrets.labels


def mask_text(text: str, labels: SecretLabels | None = None) -> str:
    """``text`` with every secret the detector finds replaced by its masked form
    (:func:`casecheck.sensitive.redact`), and every lone surrogate by its escape. ``labels``
    are the run's packs' words for secrets (T006's), the shipped ones by default."""
    labels = labels if labels is not None else _shipped_labels()
    key = (text, id(labels))
    known = _memo.get(key)  # one dict read is atomic; the lock guards the changes below
    if known is not None and known[0] is labels:
        return known[1]
    masked = _SURROGATE.sub(_escaped, text) if _SURROGATE.search(text) else text
    masked = redact(masked, labels)
    with _memo_lock:
        _memo[key] = (labels, masked)
        while len(_memo) > _MEMO_SIZE:
            _memo.popitem(last=False)
    return masked


def masked_value(
    value: Any, changed: dict[str, str] | None = None, labels: SecretLabels | None = None,
) -> Any:
    """``value`` with every string in it masked, through mappings, lists and tuples;
    ``changed`` collects each string that held a secret, with its masked form."""
    kind = type(value)  # exact types first: the ABC checks cost more than the masking
    if kind is str or (kind not in _PLAIN and isinstance(value, str)):
        masked = mask_text(value, labels)
        if changed is not None and masked != value:
            changed[value] = masked
        return masked
    if kind in _PLAIN:
        return value
    if kind is dict or kind is MappingProxyType or isinstance(value, Mapping):
        return {key: masked_value(item, changed, labels) for key, item in value.items()}
    if kind is list:
        return [masked_value(item, changed, labels) for item in value]
    if isinstance(value, list | tuple):
        return type(value)(masked_value(item, changed, labels) for item in value)
    return value


def masked_finding(finding: Finding, labels: SecretLabels | None = None) -> Finding:
    """``finding`` with the secrets in its data masked, and masked wherever its message and
    hint quote that data; the same finding when its data holds none.

    The message and hint are not searched themselves: they are the catalog's words around the
    data (a detector that reads "protected by a password: Seller Support cannot open it" as a
    password would garble them), and what they quote of the case is its data. Where the finding
    points is kept: a file name is the repository's already.
    """
    changed: dict[str, str] = {}
    data = masked_value(finding.data, changed, labels)
    if not changed:
        return finding
    message, hint = finding.message, finding.hint
    for original in sorted(changed, key=len, reverse=True):
        message = message.replace(original, changed[original])
        hint = hint.replace(original, changed[original])
    return Finding(finding.code, finding.name, finding.severity, message, finding.location,
                   hint, finding.source, data)
