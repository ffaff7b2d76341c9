"""A part of a plan of action that is there but does not do its job, and a corrective part
that is only planned (issue 13, eighth round): a root cause that only counts the notice's
complaints, says that the orders were looked at, or retells the metric or the complaint ("Our
order defect rate was above 1%", "the root cause is customers said ..."); a prevention that only
says how much the seller values Amazon; a corrective part that only blames the buyer; claims said
to be "closed in our favour" as the cause; a part that only asks for the account back or another
chance (`plea`). The near miss, the seller's own courier partner named in the cause, stays a
cause. The tense of the corrective part in non-native grammar: "we have remove", "already
remove", "the listings have been delete" say what was done; "is going to be changed", "we plan
remove", "we are prepare to", "next week we retrain" say what is only planned. Every text here
is written for this test."""

from __future__ import annotations

import pytest
from message_checks import hollow_kinds, plan_letter, plan_problems, report

CAUSE = "Our packer put returned kettles back on the shelf and nobody checked the seal."
DONE = "We removed the 64 opened units from FBA on 2026-04-11 and refunded the 9 buyers."
PREVENT = "Every returned unit now goes to a separate shelf and a second person checks it."


def _letter(cause: str = CAUSE, done: str = DONE, prevent: str = PREVENT) -> str:
    return plan_letter("Our store was deactivated on 2026-04-09 for used items sold as new.",
                       cause, done, prevent,
                       "Kindly reinstate the store.\nBest regards,\nMehmet Aydin")


def test_the_letter_itself_is_a_whole_plan() -> None:
    assert plan_problems(_letter()) == []


# --- a root cause that only counts the notice or says it was investigated --------------------

@pytest.mark.parametrize("cause", [
    "We checked all the cancelled orders of the last 14 days. There were 27 cancellations, most "
    "of them on one weekend.",
    "After the investigation we found 12 late shipments in April.",
    "Our team analysed the complaints from last month. There were many complaints about the "
    "lid.",
])
def test_a_root_cause_that_only_counts_or_says_it_looked_is_missing(cause: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    assert hollow_kinds(text) == [("root-cause", "restated")]


@pytest.mark.parametrize("cause", [
    "We reviewed all the orders and found that our stock feed stopped syncing on 2 April.",
    "There were 27 cancellations because our repricer set the quantity to zero by mistake.",
])
def test_a_count_or_an_investigation_beside_the_cause_found_keeps_it(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == []


@pytest.mark.parametrize("cause", [
    "Our order defect rate was above 1% last month.",
    "The reason is our late shipment rate went higher than the 4% target.",
    "The problem is our store has very high cancellation rate.",
    "The main cause of the deactivation is the complaints about fake kettles.",
    "The root cause is customers said the kettle is second hand.",
    "We got an inauthentic complaint from one buyer in Leeds.",
    "Amazon removed the listing because of 2 complaints of used items.",
])
def test_a_root_cause_that_only_retells_the_metric_or_the_complaint_is_missing(
        cause: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    assert hollow_kinds(text) == [("root-cause", "restated")]


@pytest.mark.parametrize("cause", [
    "Our order defect rate was 1.4% because our packer shipped 9 orders without tracking.",
    "We got a complaint because we listed the 2024 model under the 2026 title.",
    "The reason is the buyer said the seal leaks, and our factory changed the seal in May.",
    "We got 2 claims of used kettles since our packer reused the returned boxes.",
    "There were 31 cancellations when our stock feed stopped on 2 April.",
])
def test_the_metric_or_the_complaint_beside_the_cause_found_keeps_it(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == []


# --- the claims said to be decided for the seller, and the seller's own courier --------------

def test_claims_closed_in_the_sellers_favour_are_blame_not_a_cause() -> None:
    text = _letter(cause="The buyers opened claims without reason. Amazon also counted two "
                         "claims that were decided in our favour.")
    assert plan_problems(text) == [("root-cause", "missing")]


@pytest.mark.parametrize("cause", [
    "Our courier partner scans the parcels late in the evening, so the tracking shows no scan.",
    "My delivery courier loads the tracking IDs to its portal a day late and they do not "
    "validate.",
])
def test_the_sellers_own_courier_in_the_cause_is_its_own_chain(cause: str) -> None:
    assert plan_problems(_letter(cause=cause)) == []


# --- a prevention that only values Amazon ----------------------------------------------------

@pytest.mark.parametrize("prevent", [
    "We value the Amazon platform and our buyers very much.",
    "We truly respect your team and the marketplace. Thank you for your patience.",
])
def test_a_prevention_that_only_values_amazon_is_missing(prevent: str) -> None:
    text = _letter(prevent=prevent)
    assert plan_problems(text) == [("preventive-measures", "missing")]
    assert hollow_kinds(text) == [("preventive-measures", "thanks")]


def test_valuing_amazon_beside_a_check_keeps_the_prevention() -> None:
    text = _letter(prevent="We value our buyers, so a second person now checks every return.")
    assert plan_problems(text) == []


@pytest.mark.parametrize(("part", "said"), [
    ("prevent", "We hope you can give us one more chance to sell on Amazon. We are very sorry."),
    ("prevent", "Kindly grant us another opportunity. We look forward to your positive reply."),
    ("done", "We hope Amazon can reactivate our selling account as soon as possible."),
])
def test_a_part_that_only_asks_for_the_account_back_is_missing(part: str, said: str) -> None:
    name = {"prevent": "preventive-measures", "done": "corrective-actions"}[part]
    text = _letter(**{part: said})
    assert plan_problems(text) == [(name, "missing")]
    assert hollow_kinds(text) == [(name, "plea")]


def test_a_plea_beside_a_step_keeps_the_part() -> None:
    text = _letter(done="We removed the 64 opened units. Please reinstate our account.",
                   prevent="Please give us another chance: a second person now checks every "
                           "return.")
    assert plan_problems(text) == []


def test_the_plea_is_told_in_english_and_chinese() -> None:
    from casecheck.catalog import word

    assert word("hollow-why", "plea", "en") != word("hollow-why", "plea", "zh-CN")
    text = _letter(prevent="We hope you can give us one more chance to sell on Amazon.")
    [finding] = [f for f in report(text, "T003").findings if "hollow" in f.data]
    assert word("hollow-why", "plea", "en") in finding.message


@pytest.mark.parametrize(("part", "said"), [
    ("prevent", "We will improve our service and give the buyers the best experience."),
    ("prevent", "In future we will avoid this kind of problem, we will work very hard."),
    ("prevent", "We will take full responsibility and never let this happen again."),
    ("done", "We commit to provide the best service to every Amazon customer."),
])
def test_a_part_that_only_promises_better_service_is_missing(part: str, said: str) -> None:
    name = {"prevent": "preventive-measures", "done": "corrective-actions"}[part]
    text = _letter(**{part: said})
    assert plan_problems(text) == [(name, "missing")]
    assert hollow_kinds(text) == [(name, "promise")]


@pytest.mark.parametrize("prevent", [
    "We will improve our packaging with a thicker box and a seal sticker.",
    "To avoid this problem again, a second person checks every returned unit.",
])
def test_a_named_change_beside_the_promise_keeps_the_prevention(prevent: str) -> None:
    assert plan_problems(_letter(prevent=prevent)) == []


@pytest.mark.parametrize("cause", [
    "This was just a misunderstanding.",
    "The buyer misunderstood how the kettle lid opens.",
])
def test_a_cause_that_is_only_a_misunderstanding_is_blame(cause: str) -> None:
    text = _letter(cause=cause)
    assert plan_problems(text) == [("root-cause", "missing")]
    assert hollow_kinds(text) == [("root-cause", "blame")]


def test_a_misunderstanding_explained_by_the_sellers_own_text_is_a_cause() -> None:
    text = _letter(cause="The buyer misunderstood the lid because our listing photo showed "
                         "the old model.")
    assert plan_problems(text) == []


def _chinese_letter(prevent: str) -> str:
    return ("您好，\n\n"
            "我们的店铺因为二手商品当新品出售被停用。\n\n"
            "根本原因：\n"
            "我们的打包员把退货放回了货架，没有人检查封条。\n\n"
            "纠正措施：\n"
            "我们已经在4月11日下架了64件已拆封的商品，"
            "并给9位买家退款。\n\n"
            f"预防措施：\n{prevent}\n\n"
            "请恢复我们的店铺。\n谢谢，\n王芳\n")


def test_a_chinese_prevention_that_only_asks_for_another_chance_is_missing() -> None:
    text = _chinese_letter("希望亚马逊再给我们一次机会。")
    assert plan_problems(text, marketplace="JP") == [("preventive-measures", "missing")]
    assert hollow_kinds(text) == [("preventive-measures", "plea")]
    kept = _chinese_letter("恳请您给我们一个改正的机会，以后每件退货由专人检查。")
    assert plan_problems(kept, marketplace="JP") == []


# --- a corrective part that only blames ------------------------------------------------------

@pytest.mark.parametrize("done", [
    "We did nothing wrong, the buyer is lying about the kettle.",
    "The customer made a mistake with the order. It is not our fault.",
])
def test_a_corrective_part_that_only_blames_is_missing(done: str) -> None:
    text = _letter(done=done)
    assert plan_problems(text) == [("corrective-actions", "missing")]
    assert hollow_kinds(text) == [("corrective-actions", "blame")]


def test_a_step_beside_the_blame_keeps_the_corrective_part() -> None:
    text = _letter(done="The buyer changed his mind, but we refunded him on 2026-04-12.")
    assert plan_problems(text) == []


# --- the tense of the corrective part --------------------------------------------------------

@pytest.mark.parametrize("done", [
    "We have remove the 64 opened units and we has contact all buyers. We will also retrain the "
    "packer.",
    "Already remove all opened units from the shelf. We will send the packer to a course.",
    "The old listings have been delete. We are going to hire a second packer.",
    "The opened units are already remove from stock, and we will also change the shelf labels.",
])
def test_what_was_done_in_non_native_grammar_is_done(done: str) -> None:
    assert plan_problems(_letter(done=done)) == []


@pytest.mark.parametrize("done", [
    "The 3PL contract is going to be changed and all returned units are going to be checked.",
    "We plan remove all opened units from FBA and refund the buyers.",
    "We are prepare to remove all opened units from FBA.",
    "Next week we retrain the packer and remove the opened units.",
    "We should remove the opened units from FBA and we have to refund the buyers.",
])
def test_what_is_only_planned_in_non_native_grammar_is_not_done(done: str) -> None:
    assert plan_problems(_letter(done=done)) == [("corrective-actions", "not-done")]


@pytest.mark.parametrize("done", [
    "We have contact with the supplier about the seals, and we will remove the opened units.",
    "We have check lists for the returns, and we will use them for every return from now on.",
])
def test_have_with_a_noun_is_no_step_done(done: str) -> None:
    assert plan_problems(_letter(done=done)) == [("corrective-actions", "not-done")]


@pytest.mark.parametrize("done", [
    "Our staff have did the full stock check. We will also retrain the packer.",
    "We has took down the 64 opened units, and next week we retrain the packer.",
    "We have give a refund to all 9 buyers. We will send the packer to a course.",
    "We are finish the removal of the opened units and we will relabel the shelf.",
    "We was remove all opened units from FBA. We will hire a second packer.",
])
def test_the_perfect_and_the_past_with_the_plain_verb_are_done(done: str) -> None:
    assert plan_problems(_letter(done=done)) == []


@pytest.mark.parametrize("done", [
    "All opened units will be remove from FBA and the buyers will refunded.",
    "The opened units will destroy and the shelf will be relabel by the packer.",
])
def test_will_of_a_thing_or_with_the_plain_verb_is_only_planned(done: str) -> None:
    assert plan_problems(_letter(done=done)) == [("corrective-actions", "not-done")]


@pytest.mark.parametrize("done", [
    "The units which have been opened will be removed from FBA next week.",
    "All kettles that were returned will be checked again by the packer.",
    "The products we sold last month will be recalled.",
])
def test_a_past_verb_that_only_describes_what_a_plan_is_about_is_no_step_done(done: str) -> None:
    assert plan_problems(_letter(done=done)) == [("corrective-actions", "not-done")]


@pytest.mark.parametrize("done", [
    "All opened units have been removed and the packer will be retrained.",
    "We removed the opened units that will be replaced by new stock.",
    "The 64 opened units are deleted, the packer will be retrained.",
])
def test_a_past_verb_that_says_what_was_done_beside_a_plan_is_done(done: str) -> None:
    assert plan_problems(_letter(done=done)) == []
