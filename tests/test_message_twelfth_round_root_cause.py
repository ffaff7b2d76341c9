"""The root cause, twelfth round (issue 13): where a plan's root cause stands, and when what
stands there says none. A Chinese heading that asks the form's question ("为什么会发生") heads
the root cause; the lines under a sign-off (the name, the company: "Safeguard Bags Co.") are
the signature, never a heading that starts a part; the metric told with its value and its
cause in one sentence ("Our Order Defect Rate went to 2.4% because ...") opens the root cause.
A root cause that only says the policy was broken ("..., which violated the Fair Pricing
Policy"; "removed because it violated the pricing rules"), that says the seller looked and all
was fine, or that guesses ("Maybe ...") once it has said the cause is not known is there in
name only; so is a section in the root cause's place ("What happened") that says only that the
cause is not known, and a list's number ("1.") is no fact of the seller's. The near misses stay
root causes: the seller's own deed before "which violated the policy", a search that found
what was wrong, a hedge before a cause with its evidence, a "What happened" section in words
no lexicon knows. Every text here is written for this test."""

from __future__ import annotations

import pytest
from message_checks import hollow_kinds, no_plan, plan_problems

# --- (a) the Chinese heading that asks why it happened --------------------------------------

ZH_CAUSE = "我们的仓库员工把退回的保温杯没有检查就重新上架了，其中有几件的包装已经被打开过。"
ZH_DONE = "我们已经把所有退货库存下架，并给五位买家全额退款。"
ZH_PREVENT = "以后每一件退货都由仓库主管检查后才能重新上架，每周核对一次退货记录。"


def _zh(heading: str | None) -> str:
    cause = f"{heading}\n{ZH_CAUSE}\n\n" if heading else ""
    return (f"尊敬的卖家绩效团队：\n\n我们的账户因为商品状况投诉被停用。\n\n{cause}"
            f"我们做了什么\n{ZH_DONE}\n\n以后怎么避免\n{ZH_PREVENT}\n")


@pytest.mark.parametrize("heading", ["为什么会发生", "为何出现这个问题", "问题原因", "原因分析"])
def test_a_chinese_heading_asking_why_heads_the_root_cause(heading: str) -> None:
    assert plan_problems(_zh(heading)) == []


def test_a_chinese_plan_without_its_cause_still_lacks_it() -> None:
    # "以后怎么避免" asks how to avoid it, and heads the prevention, not the cause
    assert plan_problems(_zh(None)) == [("root-cause", "missing")]


# --- (b) the signature under the sign-off ---------------------------------------------------

def _signed(company: str) -> str:
    return ("Dear Seller Performance team,\n\n"
            "Our account was deactivated for late shipments in March.\n\n"
            "The reason was that our only packer was on leave for two weeks and nobody "
            "covered her shifts, so 31 orders left late.\n\n"
            "We will hire a second packer and we will ship every open order within one day.\n\n"
            f"Best regards,\nLin Mei\n{company}\n")


@pytest.mark.parametrize("company", ["Safeguard Bags Co.", "Prevention Outdoor Gear",
                                     "Shenzhen Xinda Trading Co., Ltd."])
def test_a_company_under_the_sign_off_heads_no_part(company: str) -> None:
    # the actions are only planned and the prevention is missing, whatever the company's name
    assert plan_problems(_signed(company)) == [("corrective-actions", "not-done"),
                                               ("preventive-measures", "missing")]


def test_a_quoted_message_under_the_signature_is_still_read() -> None:
    thread = ("Dear Seller Performance team,\n\n"
              "Thank you for your reply. Our prevention is below, and our first message is "
              "quoted under it.\n\n"
              "Prevention:\nEvery morning the warehouse lead checks the dispatch report before "
              "the noon pickup.\n\n"
              "Best regards,\nLin Mei\nSafeguard Bags Co.\n\n"
              "---- First message ----\n"
              "Root cause:\nOur only packer was on leave for two weeks and nobody covered her "
              "shifts, so 31 orders left late.\n\n"
              "Corrective actions:\nWe have hired a second packer and shipped every open order "
              "within one day.\n")
    assert plan_problems(thread) == []


# --- (c) the metric with its cause ----------------------------------------------------------

DONE = "We have refunded every buyer and sent replacement pairs in the right size."
PREVENT = ("We will add a size chart to every listing and our shift lead will check each "
           "order before dispatch.")


def test_the_metric_told_with_its_cause_opens_the_root_cause() -> None:
    text = ("Dear Seller Performance team,\n\n"
            "Our Order Defect Rate went to 2.4% because many buyers received the wrong size "
            f"of rain boots.\n\n{DONE}\n\n{PREVENT}\n\nAna Ruiz\n")
    assert plan_problems(text) == []


def test_the_metrics_then_this_happened_because_is_the_root_cause() -> None:
    text = ("Dear Seller Performance team,\n\n"
            "Our account was deactivated because of our Order Defect Rate.\n\n"
            "Our ODR was 2.4% in the last 60 days, with 12 negative feedbacks and 5 A-to-Z "
            "claims out of 810 orders.\n\n"
            "This happened because the boots were packed from the wrong shelf by a new "
            f"picker.\n\n{DONE}\n\n{PREVENT}\n\nKind regards,\nAna Ruiz\n")
    assert plan_problems(text) == []


def test_a_plea_that_blames_the_courier_for_the_metric_opens_no_plan() -> None:
    text = ("Hello,\n\nPlease help me, this shop is all we have and my family cannot live "
            "without it. Please open it, I beg you.\n\n"
            "The ODR was high because the courier did not deliver in the holidays. It is not "
            "my fault.\n\nPlease open my account again.\n\nOlena\n")
    assert no_plan(text)


# --- a root cause there in name only ---------------------------------------------------------

def _plan(cause: str) -> str:
    return ("Dear Seller Performance team,\n\n"
            "Our listing of the ceramic teapot was deactivated.\n\n"
            f"Root cause:\n{cause}\n\n"
            "Corrective actions:\nWe have lowered the price back to $24.99 and switched off "
            "the repricer rule for this ASIN.\n\n"
            "Preventive measures:\nOur manager approves every repricer rule before it goes "
            "live, and we check a price report every Monday.\n")


@pytest.mark.parametrize(("cause", "kind"), [
    # the policy broken, joined to what the notice judged
    ("The price of the teapot was considered much higher than its recent prices on and off "
     "Amazon, which violated the Fair Pricing Policy.", "restated"),
    ("Our teapot listing was deactivated because it violated the pricing rules, as stated in "
     "your notice.", "restated"),
    # looked, and all was as it should be
    ("We are not sure what happened. We reviewed our repricer settings and everything looked "
     "normal.", "unknown"),
    ("We checked the repricer and the listing and found no problems.", "unknown"),
    # a guess, once the cause is said not known
    ("We looked into it but we cannot find the reason. Maybe the repricer was changed by our "
     "assistant.", "unknown"),
])
def test_a_root_cause_in_name_only(cause: str, kind: str) -> None:
    assert plan_problems(_plan(cause)) == [("root-cause", "missing")]
    assert hollow_kinds(_plan(cause)) == [("root-cause", kind)]


@pytest.mark.parametrize("cause", [
    # the seller's own deed before the policy it broke
    "Our repricer copied a competitor's price that was set by mistake, which violated the Fair "
    "Pricing Policy.",
    # a search that found what was wrong
    "We reviewed our repricer settings and the minimum price was entered as 249.9 instead of "
    "24.99.",
    # a hedge before a cause with its evidence, nothing said unknown
    "Maybe our assistant changed the repricer: the rule history shows an edit from her login "
    "on 3 March.",
])
def test_a_root_cause_that_says_one_stays(cause: str) -> None:
    assert plan_problems(_plan(cause)) == []


# --- a section in the root cause's place -----------------------------------------------------

def _happened(said: str) -> str:
    return ("Hi,\n\nOur listing for the wool scarf was removed for a listing policy violation."
            f"\n\nA. What happened\n{said}\n\n"
            "B. What we've done\nWe have rewritten the title to the standard format and "
            "replaced two lifestyle images with white background shots.\n\n"
            "C. Going forward\nWe run every listing through the category style guide each "
            "quarter and keep a log of every change.\n\nThanks,\nMaya\n")


@pytest.mark.parametrize(("said", "kind"), [
    # in words no lexicon knows as a cause's, and saying only that the cause is not known
    ("To be honest we are not sure what triggered this. The listing has stayed the same for "
     "months.", "unknown"),
    # the notice told again after a list's number: "1." is no fact
    ("1. Your team found that the scarf listing did not meet the listing policy.", "restated"),
])
def test_a_what_happened_section_that_gives_no_cause(said: str, kind: str) -> None:
    assert plan_problems(_happened(said)) == [("root-cause", "missing")]
    assert hollow_kinds(_happened(said)) == [("root-cause", kind)]


def test_a_what_happened_section_in_unknown_words_is_not_reported() -> None:
    said = ("The scarf's care label said hand wash only while the bullets promised machine "
            "washing at forty degrees, and buyers followed the bullets.")
    assert plan_problems(_happened(said)) == []
