"""Identifier rules: every ID in the manifest has the shape (and check digit) Amazon uses."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from casecheck.catalog import listed, word
from casecheck.engine import Context, checker
from casecheck.findings import Finding, Location
from casecheck.identifiers import (
    CHECK_DIGITS,
    gtin_problem,
    is_asin,
    is_case_id,
    is_fnsku,
    is_order_id,
    is_shipment_id,
    normalize_trademark_number,
    not_ascii,
    tracking_verdict,
    typed_id,
)
from casecheck.loader import LoadedCase
from casecheck.packs import condition_holds
from casecheck.placeholders import is_placeholder

ID_EXAMPLES = {
    "order_ids": "113-4839201-1234567",
    "asins": "B0CXK12345",
    "shipment_ids": "FBA15C8KQ2ZP",
    "gtins": "036000291452",
    "fnskus": "X001234567",
    "tracking_numbers": "1Z999AA10123456784",
    "removal_order_ids": "RMV-2026-11-0042",
}
"""An example of each kind of ID of ``models.ID_KINDS`` for I008's hint. Values are the same in
every language, so they stay here; the kinds' names are ``[ids]`` in catalog/words.toml."""


def _entries(case: LoadedCase, ctx: Context, ids: str) -> Iterator[tuple[int, str]]:
    """(index, value) of each ID in ``ids.<ids>`` that is real data, not a ``{{ slot }}``: a
    template declares its IDs so, and in a draft an unfilled slot is I010's, not also an
    invalid ID."""
    assert case.model is not None
    for index, value in enumerate(getattr(case.model.ids, ids)):
        if not is_placeholder(value):
            yield index, value.strip()


def _not_ascii(code: str, value: str, location: Location, ctx: Context) -> Finding | None:
    """The ``not-ascii`` variant of ``code`` when ``value`` holds a character that is not
    ASCII: full-width or other scripts' digits look right and match nothing at Amazon."""
    problem = not_ascii(value)
    if problem is None:
        return None
    return ctx.finding(code, variant="not-ascii", location=location, data={
        "value": value, "character": problem.character, "codepoint": problem.codepoint,
        "ascii": problem.ascii,
    })


def _shape_rule(
    code: str, ids: str, valid: Callable[[str], bool]
) -> Callable[..., Iterator[Finding]]:
    def check(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
        for index, value in _entries(case, ctx, ids):
            location = case.field_location(f"ids.{ids}[{index}]")
            unusual = _not_ascii(code, value, location, ctx)
            if unusual is not None:
                yield unusual
            elif not valid(typed_id(ids, value)):
                yield ctx.finding(code, location=location, data={"value": value})

    check.__name__ = ids
    check.__module__ = __name__
    return check


order_ids = checker("I001")(_shape_rule("I001", "order_ids", is_order_id))
asins = checker("I002")(_shape_rule("I002", "asins", is_asin))
shipment_ids = checker("I003")(_shape_rule("I003", "shipment_ids", is_shipment_id))
fnskus = checker("I005")(_shape_rule("I005", "fnskus", is_fnsku))


@checker("I004")
def gtins(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    for index, value in _entries(case, ctx, "gtins"):
        location = case.field_location(f"ids.gtins[{index}]")
        unusual = _not_ascii("I004", value, location, ctx)
        if unusual is not None:
            yield unusual
            continue
        problem = gtin_problem(typed_id("gtins", value))
        if problem:
            variant, facts = problem
            yield ctx.finding("I004", variant=variant, location=location,
                              data={"value": value, "problem": variant, **facts})


@checker("I006")
def case_ids(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    assert case.model is not None
    named = [("case_id", case.model.case_id)] if case.model.case_id is not None else []
    named += [(f"prior_cases[{i}]", v) for i, v in enumerate(case.model.prior_cases)]
    for path, value in named:
        if is_placeholder(value):
            continue
        location = case.field_location(path)
        unusual = _not_ascii("I006", value.strip(), location, ctx)
        if unusual is not None:
            yield unusual
        elif not is_case_id(value.strip()):
            yield ctx.finding("I006", location=location, data={"value": value})


@checker("I007")
def tracking_numbers(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    for index, value in _entries(case, ctx, "tracking_numbers"):
        location = case.field_location(f"ids.tracking_numbers[{index}]")
        unusual = _not_ascii("I007", value, location, ctx)
        if unusual is not None:
            yield unusual
            continue
        verdict = tracking_verdict(value.replace(" ", "").upper())
        if verdict.valid:
            continue
        if verdict.carrier is None:
            yield ctx.finding("I007", location=location, data={"value": value})
        else:
            yield ctx.finding("I007", variant="check-digit", location=location, data={
                "value": value, "carrier": verdict.carrier,
                "expected": verdict.expected_check_digit,
            })


def _condition(when: dict[str, list[str]], model: object, lang: str) -> str:
    return "".join(word("phrases", "when", lang).format(name=name, value=getattr(model, name))
                   for name in when)


@checker("I008")
def required_ids(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    assert model is not None
    for requirement in ctx.type_pack.required_ids:
        if getattr(model.ids, requirement.ids) or not condition_holds(requirement.when, model):
            continue
        yield ctx.finding(
            "I008", location=case.field_location(f"ids.{requirement.ids}"), cited=requirement,
            data={"ids": requirement.ids, "type": model.type},
            label=word("ids", requirement.ids, ctx.lang), example=ID_EXAMPLES[requirement.ids],
            condition=_condition(requirement.when, model, ctx.lang),
        )
    for needed in ctx.type_pack.required_fields:
        value = getattr(model, needed.field, None)
        if _filled(value) or not condition_holds(needed.when, model):
            continue
        yield ctx.finding(
            "I008", variant="field", location=case.field_location(needed.field), cited=needed,
            data={"field": needed.field, "type": model.type},
            condition=_condition(needed.when, model, ctx.lang),
        )


def _filled(value: object) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return value not in (None, [])


@checker("I011")
def trademark_number(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    number = getattr(model, "trademark_number", None)
    if not number or is_placeholder(number):
        return
    office_name = getattr(model, "trademark_office", None)
    location = case.field_location("trademark_number")
    unusual = _not_ascii("I011", number, location, ctx)
    if unusual is not None:
        yield unusual
        return
    office = ctx.packs.trademark_offices.get((office_name or "").upper())
    if office is None:
        yield ctx.finding("I011", variant="no-office", location=location,
                          data={"value": number, "office": office_name},
                          offices=", ".join(ctx.packs.trademark_offices))
        return
    normalized = normalize_trademark_number(number)
    form = next((form for form in office.formats if form.matches(normalized)), None)
    if form is None:
        yield ctx.finding(
            "I011", location=location, cited=office,
            data={"value": number, "office": office_name},
            formats=listed([form.label_in(ctx.lang) for form in office.formats], ctx.lang,
                           last="or"),
            example=office.formats[0].example,
        )
        return
    digits, dot, given = normalized.partition(".")
    expected = CHECK_DIGITS[form.check_digit](digits) if form.check_digit and dot else None
    if expected is not None and given != expected:
        yield ctx.finding(
            "I011", variant="check-digit", location=location, cited=office,
            data={"value": number, "office": office_name, "check_digit": given,
                  "expected": expected},
        )


@checker("I013")
def brand_registry_number(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    """Brand Registry asks for the national or regional number, not a WIPO one."""
    model = case.model
    number = getattr(model, "trademark_number", None)
    office_name = getattr(model, "trademark_office", None)
    office = ctx.packs.trademark_offices.get((office_name or "").upper())
    if not number or office is None or office.brand_registry_refuses is None:
        return
    if ctx.template and is_placeholder(number):
        return
    yield ctx.finding(
        "I013", location=case.field_location("trademark_office"),
        cited=office.brand_registry_refuses,
        data={"value": number, "office": office_name}, office_name=office.name_in(ctx.lang),
    )
