"""The built-in checkers, in the order they run. One module per family of rules."""

from __future__ import annotations

from casecheck.checkers import (
    attachments,
    history,
    identifiers,
    message,
    routing,
    screenshots,
    timing,
)
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
    attachments.listed_files,
    attachments.unlisted,
    attachments.too_many,
    attachments.required_kinds,
    screenshots.screenshots,
    timing.claim_window,
    timing.appeal_clock,
    timing.submission_time,
    timing.event_dates,
    routing.contact_path,
    history.same_problem,
    history.follow_up,
    message.ids_in_message,
    message.placeholders,
    message.marketplace_urls,
    message.language,
    message.tone,
    message.structure,
    message.too_long,
    message.empty,
    message.sensitive_data,
    message.policy_cited,
    message.subject,
)
