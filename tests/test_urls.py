"""Marketplace of a host: shared by the message (I012) and screenshot rules."""

import pytest

from casecheck.packs import load_packs
from casecheck.urls import AMAZON_HOST, host_fits_marketplace, marketplaces_for_host


@pytest.mark.parametrize(
    "host, marketplace, fits",
    [
        ("sellercentral.amazon.com", "US", True),
        ("sellercentral.amazon.com", "DE", False),
        ("sellercentral-europe.amazon.com", "FR", True),
        ("sellercentral-europe.amazon.com", "US", False),
        ("SellerCentral.Amazon.co.jp", "JP", True),
        ("www.amazon.co.uk", "UK", True),
        ("example.com", "US", None),
    ],
)
def test_host_fits_marketplace(host: str, marketplace: str, fits: bool | None) -> None:
    assert host_fits_marketplace(host, marketplace, load_packs()) is fits


def test_every_marketplace_has_a_host_that_maps_back_to_it() -> None:
    packs = load_packs()
    for code, market in packs.marketplaces.items():
        assert code in marketplaces_for_host(market.seller_central[0], packs)


def test_hosts_are_found_in_running_text() -> None:
    text = (
        "See https://sellercentral.amazon.co.uk/inventory?x=1 and amazon.com.mx, not amazonia.com"
    )
    assert AMAZON_HOST.findall(text) == ["sellercentral.amazon.co.uk", "amazon.com.mx"]
