"""Seller Central and storefront URLs: which marketplace a host belongs to."""

from __future__ import annotations

import re

from casecheck.packs import RulePacks

AMAZON_HOST = re.compile(
    r"\b((?:sellercentral(?:-[a-z]+)?\.)?amazon\.(?:com\.(?:mx|br|be|tr|au)|co\.(?:uk|jp|za)|[a-z]{2,3}))\b",
    re.IGNORECASE,
)
"""A Seller Central or storefront host: amazon.de, sellercentral.amazon.co.jp, ..."""


def marketplaces_for_host(host: str, packs: RulePacks) -> list[str]:
    """The marketplace codes whose Seller Central or storefront host is ``host``.

    ``sellercentral-europe.amazon.com`` serves every European marketplace, so it maps to
    all of them; an unknown host maps to none.
    """
    host = host.lower().rstrip(".")
    return [
        code for code, market in packs.marketplaces.items()
        if host == market.domain or host == f"www.{market.domain}" or host in market.seller_central
    ]


def host_fits_marketplace(host: str, marketplace: str, packs: RulePacks) -> bool | None:
    """True when ``host`` serves ``marketplace``, False for another one, None when unknown."""
    markets = marketplaces_for_host(host, packs)
    if not markets:
        return None
    return marketplace in markets
