"""The built-in checkers, in the order they run. One module per family of rules."""

from __future__ import annotations

from casecheck.checkers import identifiers, screenshots
from casecheck.engine import Checker

BUILTIN_CHECKERS: tuple[Checker, ...] = (
    identifiers.order_ids,
    identifiers.asins,
    identifiers.shipment_ids,
    identifiers.gtins,
    identifiers.fnskus,
    identifiers.case_ids,
    identifiers.tracking_numbers,
    identifiers.required_ids,
    identifiers.trademark_number,
    screenshots.screenshots,
)
