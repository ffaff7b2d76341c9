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
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from casecheck.findings import Finding, Location
from casecheck.packs import SecretLabels, load_packs
from casecheck.sensitive import Secret, find_secrets, masked_at

_SURROGATE = re.compile("[\ud800-\udfff]")
_MEMO_SIZE = 8192
_memo: OrderedDict[tuple[str, int, bool, bool], tuple[SecretLabels, str]] = OrderedDict()
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


def _as_words(text: str) -> str:
    """``text`` with the characters that join the words of a path or a file name (``/``,
    ``\\``, ``_``) as spaces, the same length: the detector reads ``cases/4111111111111111``
    and ``verification_code_713284.png`` as it reads the words of a message."""
    return text.translate(_PATH_JOINERS)


_PATH_JOINERS = str.maketrans("/\\_", "   ")
_DIGIT = re.compile(r"\d")


def _in_a_name(secret: Secret, text: str) -> bool:
    """Whether a secret read in a name is one: a name's words are no sentence, and the word
    after "password" or "pin" in ``password-protected.pdf``, ``pin-code.pdf`` or
    ``listing-password-test-report`` is a description; a password in a name holds a digit."""
    start, end = secret.span
    return secret.kind != "password" or _DIGIT.search(text, start, end) is not None


def _masked(text: str, labels: SecretLabels, *, surrogates: bool, name: bool) -> str:
    key = (text, id(labels), surrogates, name)
    known = _memo.get(key)  # one dict read is atomic; the lock guards the changes below
    if known is not None and known[0] is labels:
        return known[1]
    masked = _SURROGATE.sub(_escaped, text) if surrogates and _SURROGATE.search(text) else text
    secrets = [secret for secret in find_secrets(masked, labels)
               if not name or _in_a_name(secret, masked)]
    words = _as_words(masked)
    if words != masked:
        secrets += [secret for secret in find_secrets(words, labels) if _in_a_name(secret, words)]
    masked = masked_at(masked, secrets) if secrets else masked
    with _memo_lock:
        _memo[key] = (labels, masked)
        while len(_memo) > _MEMO_SIZE:
            _memo.popitem(last=False)
    return masked


def mask_text(
    text: str, labels: SecretLabels | None = None, *, surrogates: bool = True,
) -> str:
    """``text`` with every secret the detector finds replaced by its masked form
    (:func:`casecheck.sensitive.redact`: T006's reading), also where a path or a file name
    in it joins its words with ``/`` or ``_``, and every lone surrogate by its escape (unless
    ``surrogates`` is false: for an output that shows them its own way, as the HTML report).
    ``labels`` are the run's packs' words for secrets (T006's), the shipped ones by default."""
    return _masked(text, labels if labels is not None else _shipped_labels(),
                   surrogates=surrogates, name=False)


def mask_name(text: str, labels: SecretLabels | None = None) -> str:
    """A path, a file or folder name or a manifest key with its secrets masked, read as the
    words of a name (:func:`_in_a_name`); its lone surrogates are left for the output to
    escape, as it escapes those of every path."""
    return _masked(text, labels if labels is not None else _shipped_labels(),
                   surrogates=False, name=True)


def holds_secret(texts: Iterable[str], labels: SecretLabels | None = None) -> bool:
    """Whether any of ``texts`` (paths, one per line to the detector) holds a secret."""
    joined = "\n".join(texts)
    return mask_name(joined, labels) != joined


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


def _masked_place(
    part: str | None, changed: dict[str, str], labels: SecretLabels | None,
) -> str | None:
    """A location's file or field, masked, noted in ``changed`` when it held a secret."""
    if not part:
        return part
    masked = mask_name(part, labels)
    if masked != part:
        changed[part] = masked
    return masked


def masked_finding(finding: Finding, labels: SecretLabels | None = None) -> Finding:
    """``finding`` with the secrets in its data masked, and masked wherever its message and
    hint quote that data; the same finding when its data holds none.

    The message and hint are not searched themselves: they are the catalog's words around the
    data (a detector that reads "protected by a password: Seller Support cannot open it" as a
    password would garble them), and what they quote of the case is its data or where it points:
    a file or folder name and a manifest key are a stranger's text too (``attachments/card 4111
    1111 1111 1111.pdf``), masked the same way; their lone surrogates are left for the output
    to escape.
    """
    changed: dict[str, str] = {}
    data = masked_value(finding.data, changed, labels)
    location = finding.location
    file, field = (_masked_place(part, changed, labels) for part in (location.file, location.field))
    if not changed:
        return finding
    if (file, field) != (location.file, location.field):
        location = Location(file, field, location.line)
    message, hint = finding.message, finding.hint
    for original in sorted(changed, key=len, reverse=True):
        message = message.replace(original, changed[original])
        hint = hint.replace(original, changed[original])
    return Finding(finding.code, finding.name, finding.severity, message, location,
                   hint, finding.source, data)
