"""The IDs the checked cases ask the reports about: the only rows a report is read for."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

from casecheck.models import CaseBase


def normal_id(value: str) -> str:
    """IDs as the reports write them: upper case, no spaces."""
    return value.replace(" ", "").strip().upper()


@dataclass(frozen=True)
class Wanted:
    """Case IDs, order IDs, shipment IDs and FNSKUs, normalised."""

    case_ids: frozenset[str] = frozenset()
    order_ids: frozenset[str] = frozenset()
    shipment_ids: frozenset[str] = frozenset()
    fnskus: frozenset[str] = frozenset()

    @classmethod
    def of(cls, models: Iterable[CaseBase | None]) -> Wanted:
        """What the cases' manifests name: their case IDs and prior cases, and their IDs."""
        case_ids: set[str] = set()
        orders: set[str] = set()
        shipments: set[str] = set()
        fnskus: set[str] = set()
        for model in models:
            if model is None:
                continue
            case_ids.update(normal_id(c) for c in (model.case_id or "", *model.prior_cases) if c)
            orders.update(normal_id(v) for v in model.ids.order_ids)
            shipments.update(normal_id(v) for v in model.ids.shipment_ids)
            fnskus.update(normal_id(v) for v in model.ids.fnskus)
        return cls(frozenset(case_ids - {""}), frozenset(orders - {""}),
                   frozenset(shipments - {""}), frozenset(fnskus - {""}))

    @property
    def references(self) -> frozenset[str]:
        """What the ledger's Reference ID may hold of them: shipment and order IDs."""
        return self.shipment_ids | self.order_ids

    def with_fnskus(self, more: Iterable[str]) -> Wanted:
        return Wanted(self.case_ids, self.order_ids, self.shipment_ids,
                      self.fnskus | {normal_id(v) for v in more})

    def union(self, other: Wanted) -> Wanted:
        return Wanted(*(getattr(self, f.name) | getattr(other, f.name) for f in fields(self)))

    def covers(self, other: Wanted) -> bool:
        """Whether every ID ``other`` asks about is one of these."""
        return all(getattr(other, f.name) <= getattr(self, f.name) for f in fields(self))

    def to_dict(self) -> dict[str, list[str]]:
        return {f.name: sorted(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Wanted:
        return cls(*(frozenset(str(v) for v in data.get(f.name, ())) for f in fields(cls)))
