"""T006: the secrets of a message masked in place, as Seller Support should have seen them.

A card keeps its last four digits (``•••• 4242``), an IBAN its country and last four, a bank
account its last four; a password, a security code, an expiry date or a one-time code is
masked whole (``••••``). Everything around them stays byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from casecheck.sensitive import Secret, find_secrets

MASK = "••••"


def _replacement(secret: Secret, value: str) -> str:
    characters = re.sub(r"[^0-9A-Za-z]", "", value)
    if secret.kind in ("card", "bank-account"):
        return f"{MASK} {characters[-4:]}"
    if secret.kind == "iban":
        return f"{characters[:2]}{MASK} {characters[-4:]}"
    return MASK


def mask_secrets(text: str, ids: Collection[str] = ()) -> tuple[str, list[Secret]]:
    """``text`` with every secret ``find_secrets`` finds masked, and those secrets (masked:
    the values themselves never leave this function); ``ids``, the case's own valid IDs,
    stay as they are, as T006 reads them."""
    chosen: list[Secret] = []
    end = -1
    for secret in sorted(find_secrets(text, ids=ids), key=lambda s: (s.span[0], -s.span[1])):
        if secret.span[0] >= end:  # a value inside one masked already (a card in an IBAN)
            chosen.append(secret)
            end = secret.span[1]
    masked = text
    for secret in reversed(chosen):
        start, stop = secret.span
        masked = masked[:start] + _replacement(secret, text[start:stop]) + masked[stop:]
    return masked, chosen
