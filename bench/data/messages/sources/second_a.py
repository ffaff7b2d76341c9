#!/usr/bin/env python3
"""Writer A's share of the second (blind, held-out) message set.

Texts and labels live in this file; running it writes messages/second-a/a-*.toml
(it removes only files starting with "a-" first). Written blind to the rules."""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from validate import ENGLISH_REQUIRED_MP as EN_REQ, expected_defects  # the checker's own definition
from writing import write_messages
OUT = os.path.join(HERE, "..", "messages", "second-a")
APPEALS = {"account-appeal", "listing-reinstatement"}
MSGS = []


def M(id, kind, violation, topic, mp, writer, lang, subject, text, *, sec=None, style="",
      att=False, done=True, pol=(), emo=(), secrets=(), decoys=(), notes=""):
    """sec: {'rc': start, 'co': start, 'pr': start} for the POA parts present in the text.
    A POA is in the text when sec is given (even an empty dict means 'no POA')."""
    sec = dict(sec) if sec else {}
    poa = bool(sec)
    L = {
        "poa": poa, "poa_attached": att,
        "root_cause": "rc" in sec, "corrective": "co" in sec,
        "corrective_done": ("co" in sec) and done,
        "preventive": "pr" in sec,
        "policy_cited": bool(pol), "policy_names": list(pol),
        "emotional": bool(emo), "emotional_phrases": list(emo),
        "secrets": [{"kind": k, "value": v} for k, v in secrets],
        "decoys": [{"kind": k, "value": v} for k, v in decoys],
        "heading_style": style if poa else "",
        "english_required": mp in EN_REQ,
    }
    L["defects"] = d = expected_defects({"kind": kind, "language": lang, "labels": L})
    L["bad_on_purpose"] = bool(d)
    L["notes"] = notes
    names = {"rc": "root_cause", "co": "corrective", "pr": "preventive"}
    L["sections"] = {names[k]: v for k, v in sec.items()}
    if kind not in APPEALS:
        assert not poa and not att, id
    MSGS.append({"id": "a-" + id, "kind": kind, "violation": violation, "topic": topic,
                 "marketplace": mp, "writer": writer, "language": lang, "subject": subject,
                 "text": text.strip("\n"), "labels": L})


def q(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def ml(s):
    """multi-line basic string"""
    body = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"""' + body + '"""'


def val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return q(v)
    if isinstance(v, list):
        return "[" + ", ".join(val(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {val(x)}" for k, x in v.items()) + " }"
    raise TypeError(v)


def dump(m):
    lines = []
    for k in ("id", "kind", "violation", "topic", "marketplace", "writer", "language", "subject"):
        lines.append(f"{k} = {q(m[k])}")
    lines.append(f"text = {ml(m['text'])}")
    lines.append("")
    lines.append("[labels]")
    L = m["labels"]
    for k, v in L.items():
        if k == "sections":
            continue
        if k in ("secrets", "decoys") and v:
            lines.append(f"{k} = [")
            for x in v:
                lines.append(f"  {val(x)},")
            lines.append("]")
        else:
            lines.append(f"{k} = {val(v)}")
    lines.append("")
    lines.append("[labels.sections]")
    for k, v in L["sections"].items():
        lines.append(f"{k} = {q(v)}")
    return "\n".join(lines) + "\n"


def main():
    write_messages(OUT, "a-", MSGS, dump)


AA, LR, FBA, TECH, BR, CAT = ("account-appeal", "listing-reinstatement", "fba-reimbursement",
                              "technical-issue", "brand-dispute", "category-approval")

# ---------------------------------------------------------------------------------------------
# Batch 1
# ---------------------------------------------------------------------------------------------
M("poa-inauth-zh-001", AA, "inauthentic", "", "US", "chinese", "en",
  "Appeal for account deactivation - Inauthentic item complaints - Plan of Action",
  """Dear Amazon Seller Performance Team,

We are Shenzhen Haoyue Trading Co., Ltd. Our selling account was deactivated because of Inauthentic item complaints on ASIN B0C7KQ2M4T (phone stand). We have carefully reviewed our operation and please find our plan of action below.

## Root Cause

After investigation we found the reason of the problem is our supplier. In October we changed to a new factory for the aluminium stand because old factory raised price. The new factory did not give us the brand authorization letter and the invoices only show "metal parts", not the product name. When Amazon requested the invoices we can not prove the goods are authentic. Also our staff did not check the supplier documents before the first order.

## Corrective Actions

1. We have stopped to buy from the new factory and we have removed all the remaining 312 units from FBA (removal order ID 7hKx2pQwRz).
2. We have contacted the original factory again and got the full invoices with product name, quantity and our company address. The invoices are attached.
3. We have did the full inventory check of all our 46 ASINs and deleted 3 listings which we can not provide invoices.

## Preventive Measures

- From now, every new supplier must provide business license, authorization letter and sample invoice before we place any order.
- Our purchase manager Mr. Lin will check the documents and keep them in a shared folder for 3 years.
- We will do a monthly check of the Account Health page and reply any complaint within 24 hours.

Thank you for your time to review our appeal. We hope to get the chance to serve Amazon customers again.

Best regards,
Chen Hao
深圳市浩悦贸易有限公司""",
  sec={"rc": "Root Cause", "co": "Corrective Actions", "pr": "Preventive Measures"}, style="markdown",
  pol=["Inauthentic item complaints"],
  decoys=[("asin", "B0C7KQ2M4T"), ("removal-order-id", "7hKx2pQwRz"), ("foreign-snippet", "深圳市浩悦贸易有限公司")],
  notes="complete POA, markdown headings, Chinese company name as sign-off")

M("poa-odr-zh-002", AA, "odr", "", "US", "chinese", "en",
  "Order Defect Rate over target - appeal",
  """Hello Seller Performance team,

Our account was deactivated because the Order Defect Rate is 2.3%, higher than the 1% target. We are very sorry for the inconvenient to the buyers. Here is our analysis.

1. What is the reason of the problem?
Most of the defects came from negative feedback and A-to-z claims on one product, the kids rain boots (ASIN B0D1RT88XW). The size chart on our detail page was copied from the EU size, so many buyers ordered one size too small. Also we ship from our own warehouse in Dongguan and the delivery time was 15-20 days in that month because of the holiday, buyers did not receive on time and opened claims.

2. What have we did to solve it?
- We have changed the size chart to US size and added a measuring guide picture.
- We have contacted all 27 buyers who left negative feedback, we offered full refund or replacement and 11 of them already removed the feedback.
- We have moved the rain boots to FBA, so the delivery is 2 days now.

3. How will we avoid this happen again?
- Before publish any listing, our listing staff will check size chart with a second person.
- Our customer service will check messages 2 times a day, also on the weekend.
- We will check the customer metrics page every Monday and when ODR is over 0.7% we will stop the listing and find the reason.

We kindly request you to reinstate our selling privileges. Thank you.

Best wishes
Lily Zhou
Dongguan Xingchen E-commerce""",
  sec={"rc": "1. What is the reason of the problem?", "co": "2. What have we did to solve it?",
       "pr": "3. How will we avoid this happen again?"}, style="numbered",
  pol=["Order Defect Rate", "ODR"],
  decoys=[("asin", "B0D1RT88XW"), ("single-apology", "We are very sorry for the inconvenient to the buyers.")],
  notes="numbered headings written as questions; one apology")

M("poa-late-in-003", AA, "late-shipment", "", "IN", "indian", "en",
  "Request for reinstatement - Late Dispatch Rate",
  """Respected Sir/Madam,

This is regarding the deactivation of our seller account (Sharma Home Decor) due to Late Dispatch Rate of 9.6% which is above the 4% target. Kindly find our Plan of Action as below.

**What went wrong**
During Diwali season we received around 3 times of our normal orders. We were having only two packing staff and our courier pickup was coming only once in a day at 5 PM. Many orders were confirmed for shipment after the dispatch date. Also our inventory was not synced between our website and Amazon so some orders were confirmed late after checking stock manually.

**Actions we took**
- We have hired 3 more packing staff on permanent basis from 1st November.
- We have tied up with a second courier partner, now pickups are happening two times daily (12 PM and 5 PM).
- We have increased the handling time in template from 1 day to 2 days for bulky items like wall shelves.
- Inventory is now synced every 15 minutes through our software.

**Steps to prevent in future**
- Our operations manager will check the pending orders report at 10 AM and 3 PM daily.
- Before festive season we will hire temporary staff one month in advance.
- We will enable vacation mode if we are not able to dispatch in time for any reason.

We assure you that such issue will not repeat again. Kindly review our appeal and do the needful.

Thanks and regards,
Rakesh Sharma
+91 98110 44721""",
  sec={"rc": "What went wrong", "co": "Actions we took", "pr": "Steps to prevent in future"}, style="bold",
  pol=["Late Dispatch Rate"],
  decoys=[("phone", "+91 98110 44721")],
  notes="bold headings 'What went wrong / Actions we took'")

M("poa-related-zh-004", AA, "related-accounts", "", "US", "chinese", "en",
  "Appeal - account deactivated for relationship with another account",
  """Dear Amazon,

We received the notification that our account is related to another account which is not in good standing. We have made investigation and would like to explain.

Root Cause Analysis
The other account "Brightway Shop" belongs to my cousin. Last year when he start his business he used our office for 2 months and he logged in his account on our office computer and our WiFi. We did not know this is not allowed. We have no shared ownership, no shared bank account and no shared products with his account.

Steps already taken
We have changed our office internet to a new broadband line with new IP. The computer he used has been reset and is only used by our staff. My cousin has moved to his own office in Longhua since March. We have checked that no other person has the login information of our account and we have turned on two-step verification for all users.

Going forward
Only our 3 employees will use our Seller Central, each with own user permission. We will not let any other person or company use our network or devices. We will keep the IT usage record every month.

We attach the business license of both companies and the rental contract of his office. Please review and reactivate our account.

Sincerely,
Wang Jun""",
  sec={"rc": "Root Cause Analysis", "co": "Steps already taken", "pr": "Going forward"}, style="plain",
  pol=["related to another account"],
  decoys=[],
  notes="plain headings: Root Cause Analysis / Steps already taken / Going forward")

M("poa-review-native-005", AA, "review-manipulation", "", "US", "native", "en",
  "Appeal: Deactivation under Community Guidelines (customer product reviews)",
  """Hello,

We are writing about the deactivation of Alder & Pine Goods for violating the Customer Product Reviews policy. We take this seriously and have done a full review of how we communicated with customers.

ROOT CAUSE
In August we hired an outside marketing agency to grow our coffee grinder line. Without our approval, the agency ran a "free product for honest review" program through a Facebook group and sent at least 40 units with a note asking for a 5-star review. We did not monitor what the agency was doing closely enough, and the insert card they designed also mentioned a gift card for leaving a review.

CORRECTIVE ACTIONS
We ended the contract with the agency on September 12 and asked them in writing to stop all outreach. All remaining insert cards (about 1,900) were destroyed, and a removal order was created for the FBA units that still had them. We reviewed every Request a Review message and template in our account and deleted two that were not neutral.

PREVENTIVE MEASURES
Going forward, no third party will be allowed to contact our customers. All packaging and inserts will be approved by me personally against the Community Guidelines before printing. Our only review requests will be through Amazon's "Request a Review" button. Every staff member completed Amazon's policy training in Seller University and we will repeat it every quarter.

Thank you for considering our appeal.

Mark Delaney
Owner, Alder & Pine Goods""",
  sec={"rc": "ROOT CAUSE", "co": "CORRECTIVE ACTIONS", "pr": "PREVENTIVE MEASURES"}, style="caps",
  pol=["Customer Product Reviews policy", "Community Guidelines"],
  notes="caps headings, native")

M("poa-safety-zh-006", AA, "product-safety", "", "US", "chinese", "en",
  "Appeal for product safety complaint on ASIN B09XPL3V2N",
  """Dear Seller Performance,

Our account was deactivated after customers reported our electric heating pad was overheating, which was considered a product safety issue. We understand customer safety is most important for Amazon.

The problem happened because the controller of one batch (production date 2026-07) used a cheaper thermostat. The factory changed the part without informing us and we did not do the incoming test for this batch. Three customers said the pad became too hot on the high setting.

We have already stopped selling the ASIN B09XPL3V2N and we have removed all 840 units from the fulfillment center for destroy. We contacted the 3 customers, gave full refund and asked if anybody was injured, no injury was reported. We also sent 10 samples to the lab of SGS for test, the report shows the thermostat of this batch is over the limit, the report is attached. The factory has replaced the thermostat with the original model and the new batch passed UL 130 test.

To make sure this never happens again, every batch will be tested by third party lab before shipping to Amazon. Our QC staff will stay in the factory during the production. Any change of component must be approved by us in writing. We will check the Voice of the Customer dashboard every day.

Thank you for reading.

Best regards
Zhang Wei
Ningbo Warmhome Electric Appliance Co., Ltd.""",
  sec={"rc": "The problem happened because", "co": "We have already stopped selling",
       "pr": "To make sure this never happens again"}, style="none",
  pol=["product safety"],
  decoys=[("asin", "B09XPL3V2N")],
  notes="no headings, content cues only")

M("poa-tm-zh-007", LR, "ip-trademark", "", "US", "chinese", "en",
  "Listing removed for trademark infringement - complaint ID 1587342291",
  """Hello Amazon team,

Our listing ASIN B0CQ9H2ZLM (silicone spatula set) was removed because of a trademark infringement complaint from the brand "KitchQueen". Please see our plan below.

A. Reason
When our designer made the main image, she used a picture from the internet as reference and the logo "KitchQueen" was on the handle in the picture. Also in the search terms we put "kitchqueen spatula" because our staff saw it is a popular keyword. We did not know using other brand name in keywords is trademark infringement.

B. What we have done
1) We deleted the brand word from the search terms and from the bullet points.
2) Our designer has made new images, all photos are taken by ourselves with our own products, no other logo.
3) We have checked all other 23 listings and did not find any other brand name.

C. Future plan
- All keywords will be checked with the USPTO trademark search before upload.
- Designer can only use our own photos.
- We will take the IP training course again every 6 months.

Kindly please reinstate the listing. Thank you.

Regards,
Amy
Yiwu Leyou Household""",
  sec={"rc": "A. Reason", "co": "B. What we have done", "pr": "C. Future plan"}, style="lettered",
  pol=["trademark infringement"],
  decoys=[("asin", "B0CQ9H2ZLM")],
  notes="lettered headings, complaint ID in subject")

M("poa-cancel-native-008", AA, "cancel-rate", "", "UK", "native", "en",
  "Pre-fulfilment cancel rate - plan of action",
  """Dear Seller Performance,

Our account (Halcyon Outdoor Ltd) was deactivated because our pre-fulfilment cancel rate went to 4.1% against the 2.5% target. Our plan of action is set out below.

Root cause: we run our stock from a single spreadsheet that feeds three channels. In the last week of June a formula error meant the spreadsheet kept showing stock for two tent models after they had sold out on our own website, so Amazon orders came in for stock we did not have and we had to cancel 38 of them.

Actions taken: we have replaced the spreadsheet with Linnworks, which syncs stock across channels every five minutes. We have gone through every open listing and set the quantity to match a physical count done on 3 July. We have written to every affected customer with an apology and a discount code for our shop.

Preventive measures: a weekly stock count of our 20 best sellers will be compared with the system; any difference over two units will set the listing to zero until it is fixed. We will keep a buffer of three units on every SKU, and the account health page will be checked each morning by our operations lead.

Kind regards,
Sophie Whitfield
Halcyon Outdoor Ltd""",
  sec={"rc": "Root cause:", "co": "Actions taken:", "pr": "Preventive measures:"}, style="inline",
  pol=["pre-fulfilment cancel rate"],
  notes="inline 'Root cause: ...' at paragraph start, UK spelling")

M("poa-counterfeit-in-009", AA, "counterfeit", "", "IN", "indian", "en",
  "Appeal against deactivation - counterfeit complaint",
  """Dear Team,

Greetings from Vardhman Retail. Our account has been deactivated due to a complaint that we are selling counterfeit products of the brand "Boltz" earphones. We humbly submit our Plan of Action.

Root cause:
We purchased 200 units from a wholesaler in Delhi (Lajpat Rai Market) who told us the goods are original. We did not verify that he is authorised distributor of the brand. The brand owner has informed that this wholesaler is not authorised.

Corrective actions:
- We have immediately removed the listings and all the stock is returned to us.
- We have stopped dealing with that wholesaler.
- We have now purchased directly from the authorised distributor Sunrise Electronics Pvt Ltd, GST invoice is attached (invoice no. SE/2026/1187).

Preventive measures:
- We will buy only from brand owner or authorised distributor with authorisation letter.
- Every invoice will be verified with the brand before listing.
- Our team will review the Amazon anti-counterfeiting policy every month.

Kindly reinstate our account. We will be thankful to you.

Regards,
Suresh Jain
Vardhman Retail""",
  sec={"rc": "Root cause:", "co": "Corrective actions:", "pr": "Preventive measures:"}, style="colon",
  pol=["counterfeit", "anti-counterfeiting policy"],
  decoys=[("invoice-number", "SE/2026/1187")],
  notes="colon headings on own line")

M("poa-vtr-zh-010", AA, "valid-tracking", "", "US", "chinese", "en",
  "Valid Tracking Rate below 95% - POA",
  """Dear Amazon Seller Performance Team,

Thanks for your email. Our Valid Tracking Rate is 88%, lower than the 95% requirement, and our account was deactivated. Here is our POA.

Our POA - the reason:
We shipped by a small logistics company in Shenzhen. Their tracking number can not be scanned by Amazon system because the carrier name was not in the list, so our staff selected "Other" and typed the carrier name in different ways. Many tracking numbers like YT2609814473021 were not valid for Amazon.

Our POA - what we did:
We have stopped using this logistics company. Now we use Yanwen and 4PX, both are integrated with Amazon. We have updated the tracking of the last 30 days orders where possible. We have trained our 2 shipping staff how to choose the right carrier name.

Our POA - prevent in future:
Every day before 6pm our shipping leader will check the unshipped orders and the tracking upload. We will check VTR every week, if lower than 97% we will find the reason immediately. We will only use carriers on Amazon's list.

Best regards,
Jason Liu""",
  sec={"rc": "Our POA - the reason:", "co": "Our POA - what we did:", "pr": "Our POA - prevent in future:"},
  style="our-poa", pol=["Valid Tracking Rate", "VTR"],
  decoys=[("tracking-number", "YT2609814473021")],
  notes="our-poa headings")

M("poa-cond-native-011", AA, "condition", "", "US", "native", "en",
  "Used Sold as New complaints - appeal",
  """To the Seller Performance team,

We received your notice about "used sold as new" complaints on our account. I own Fairbanks Media, a small bookstore in Ohio that has sold on Amazon since 2014.

1. Root cause
We buy overstock from publishers and remainder dealers. Some of those copies carry a black remainder mark on the bottom edge, and a few had shelf wear. We were listing them as New because they were never sold to a customer, which I now understand is wrong under the condition guidelines.

What we changed
Every remainder-marked book has been relisted as Used - Like New or Used - Very Good with the mark described in the condition note. I have personally gone through our 1,200 active New listings and moved 214 of them. Customers who complained got a full refund and did not have to return the book.

Preventing it
From now on a book is listed as New only if it is straight from the publisher's carton with no marks. Two staff check each book, and anything with doubt goes to Used. I will spot-check 25 listings each week.

Thank you,
Dan Kowalski
Fairbanks Media""",
  sec={"rc": "1. Root cause", "co": "What we changed", "pr": "Preventing it"}, style="mixed",
  pol=["used sold as new", "condition guidelines"],
  notes="mixed heading style: one numbered, two plain")

# ---- defective POAs, batch 2
M("poa-drop-zh-012", AA, "drop-shipping", "", "US", "chinese", "en",
  "Appeal - drop shipping policy violation",
  """Dear Sir or Madam,

We got the message that our account is deactivated for violation of the Drop Shipping Policy, because customers received packages with another retailer's packing slip. We want to show what we have done.

Actions we took
1. We have stopped all orders that were fulfilled by the supplier directly, total 56 open orders were cancelled with refund.
2. We have sent the remaining stock in our Guangzhou warehouse to FBA, shipment FBA17XK29QPD already received.
3. We have contacted the customers who received the wrong packing slip and said sorry.

Actions we will take
1. We will only ship orders by FBA or from our own warehouse with our own packing slip and our company name.
2. We will sign a new agreement with the supplier that they can not send any goods to our customers directly.
3. We will review the Amazon drop shipping policy with all staff every month.

Please give us a chance to continue selling. Thank you very much.

Best regards,
Guangzhou Yunfan Technology
Tony Huang""",
  sec={"co": "Actions we took", "pr": "Actions we will take"}, style="plain",
  pol=["Drop Shipping Policy"],
  decoys=[("shipment-id", "FBA17XK29QPD"), ("mild-plea", "Please give us a chance to continue selling.")],
  notes="no root cause: goes straight to actions we took / will take")

M("poa-price-native-013", AA, "price-gouging", "", "US", "native", "en",
  "Reactivation request - Fair Pricing Policy",
  """Hi,

Our account was deactivated for pricing that Amazon found to harm customer trust under the Fair Pricing Policy. I'd like to explain what happened and how we'll stop it from happening again.

Why it happened
We use a third-party repricer (RepriceMax) with a rule that follows the lowest competitor. During the storm week in February most competitors for our 5-gallon water containers went out of stock, and the repricer's ceiling was set at 400% of cost instead of 140%. It raised the price from $18.99 to $61.50 overnight, and we didn't catch it for two days.

How we prevent it
Going forward, every repricing rule will have a maximum price no more than 20% above our 90-day average. Our ops manager will review the repricer's change log each morning. During any declared emergency we will freeze prices on essential items. We'll also set an alert in the repricer that emails both owners whenever a price moves more than 15% in a day.

Thanks for your consideration,
Jenna Morales
Cascade Supply Co.""",
  sec={"rc": "Why it happened", "pr": "How we prevent it"}, style="plain",
  pol=["Fair Pricing Policy"],
  notes="missing corrective: root cause and prevention only, nothing fixed")

M("poa-restricted-in-014", AA, "restricted-products", "", "IN", "indian", "en",
  "Restricted products policy violation - request to reactivate",
  """Dear Seller Support,

We have received an email that our account is deactivated due to listing of a restricted product (ayurvedic supplement with claim "cures diabetes"). Please find our Plan of Action.

1) Root Cause
Our catalogue team had copied the product description from the manufacturer's brochure without checking. The brochure contained disease claims which are not permitted as per Amazon Restricted Products policy for dietary supplements. Our team was not aware of this rule.

2) Corrective Actions
a) We have deleted the listing SKU VH-AYUR-022 and also 4 other listings of same manufacturer.
b) We have removed words like "cure", "treat", "heal" from all our 130 listings.
c) All our catalogue team members have completed the restricted products training on Seller University.

Kindly consider our appeal and reinstate our account at the earliest. We request you to revert back with positive response.

Thanks & Regards
Vikas Hegde
Veda Health Store""",
  sec={"rc": "1) Root Cause", "co": "2) Corrective Actions"}, style="numbered",
  pol=["Restricted Products policy"],
  decoys=[("sku", "VH-AYUR-022")],
  notes="missing preventive: stops after corrective actions")

M("poa-used-zh-015", AA, "used-sold-as-new", "", "US", "chinese", "en",
  "Appeal for used sold as new complaints",
  """Dear Amazon team,

We received the notice that our account is deactivated because buyers complained they received used item when they order new (bluetooth speaker, ASIN B0BZ4MM19K). Please check our plan of action.

The reason of the problem:
Some buyers returned the speaker and our warehouse staff put the returned units back to the new stock without check. These units have scratch and the box was opened. So next buyers got the used speaker.

Corrective actions:
We will check all the inventory in our warehouse and FBA, and we will remove all the units with opened box. We will contact all the buyers who complained and offer full refund. We will also separate the returned products in a different area.

Preventive actions:
- All returned items will be checked by QC staff and sold only as used or destroy.
- We will train the warehouse staff about the Amazon condition guidelines.
- We will check the customer messages every day.

Hope you can reactivate our account, thank you.

Best regards
Kevin Sun""",
  sec={"rc": "The reason of the problem:", "co": "Corrective actions:", "pr": "Preventive actions:"},
  style="colon", done=False,
  pol=["condition guidelines"],
  decoys=[("asin", "B0BZ4MM19K")],
  notes="corrective actions only in future tense (not-done); 'used sold as new' not named as policy but condition guidelines is")

M("appeal-noplan-zh-016", AA, "inauthentic", "", "US", "chinese", "en",
  "please reactive my account!!!",
  """Hello Amazon,

Why my account is deactivated??? We are selling on Amazon 4 years and always good feedback, we never sell fake products. All our products are from our own factory, we have the factory license and patent. I already sent the invoices 3 times and every time you reply the same email with no reason. This is not fair!!!

Now we have 3000 units in FBA and 25 staff waiting for salary, if account is not open we will be bankrupt. Please please help us, we are begging you. I am so desperate, I can not sleep for 2 weeks.

Please check again and reactive our account as soon as possible.

Thank you
Mr. He
Foshan Heli Furniture""",
  emo=["This is not fair!!!", "we will be bankrupt", "Please please help us, we are begging you.",
       "I am so desperate, I can not sleep for 2 weeks."],
  notes="no POA, no policy named, emotional (begging, despair)")

M("cover-odr-native-017", AA, "odr", "", "US", "native", "en",
  "Appeal - Order Defect Rate - POA attached",
  """Hello Seller Performance,

Please find attached our plan of action regarding the deactivation of Redwood Pet Supply for an Order Defect Rate above 1%. The attached PDF ("Redwood_POA_Nov2026.pdf") covers the root cause, the steps we've already taken, and the controls we've put in place so this doesn't happen again.

In short, a carrier switch in October caused a spike in late deliveries and A-to-z claims. We've since moved back to our original carrier and moved our top 40 SKUs into FBA.

I've also attached the carrier contract and a screenshot of our current customer metrics. If anything in the plan is unclear, I'm happy to answer questions.

Thank you for your time,
Greg Hollis
Redwood Pet Supply""",
  att=True, pol=["Order Defect Rate"],
  decoys=[("file-name", "Redwood_POA_Nov2026.pdf")],
  notes="cover letter, POA in attachment")

M("poa-cs-zh-018", AA, "counterfeit", "", "US", "chinese", "en",
  "PLEASE HELP - counterfeit complaint appeal",
  """Dear Seller Performance Team,

I am writing again with all my heart. I am so so sorry, sorry, sorry for the mistake, I know we are wrong, please forgive us. This account is everything for our family.

Root cause: we bought 500 pcs of phone cases with cartoon character print from a wholesaler on 1688. We did not know the character is a registered brand and these products are counterfeit.

What we have done: we have deleted all these listings and we have asked Amazon to destroy the 312 units in FBA. We have deleted 12 other listings with any picture that we are not sure about.

Prevention: we will only sell our own design products in future. Our designer will search the trademark database before every new design, and I will check every new listing myself.

Please, I beg you, give us one more chance. If you do not reactivate, I do not know what I will do, my whole life savings are in this business. We will never never do again.

Thank you thank you.
Li Mei""",
  sec={"rc": "Root cause:", "co": "What we have done:", "pr": "Prevention:"}, style="inline",
  pol=["counterfeit"],
  emo=["I am so so sorry, sorry, sorry for the mistake", "please forgive us",
       "Please, I beg you, give us one more chance.",
       "If you do not reactivate, I do not know what I will do, my whole life savings are in this business."],
  notes="complete POA but emotional: excessive apology, begging, despair")

# ---- non-appeals, batch 3
M("fba-lost-zh-019", FBA, "", "lost-inbound", "US", "chinese", "en",
  "Shipment FBA18QZ3C7WM received less units - please investigate",
  """Hello Seller Support,

Our shipment FBA18QZ3C7WM was delivered to PHX7 on 2026-09-14, the carrier POD shows 24 cartons received and signed. But in Shipping Queue it shows only 412 units received, we sent 480 units (20 units per carton). 68 units are missing.

We have did the reconciliation already and the case is more than 60 days? No, it is only 35 days after delivery, so it is in the time window.

Attached please find:
1. Commercial invoice
2. Packing list with carton weight
3. POD from UPS, tracking 1Z8V2W430398562214

Kindly help to investigate and reimburse the missing 68 units (FNSKU X003KQ7PLM). If any more document need, please let us know.

Thanks and best regards
Echo Xu
宁波优品家居""",
  decoys=[("shipment-id", "FBA18QZ3C7WM"), ("tracking-number", "1Z8V2W430398562214"),
          ("fnsku", "X003KQ7PLM"), ("foreign-snippet", "宁波优品家居")],
  notes="lost inbound, hard negatives: shipment id, UPS tracking, FNSKU")

M("tech-deposit-zh-020", TECH, "", "deposit-method", "US", "chinese", "en",
  "Can not add deposit method - bank account verification failed",
  """Dear Seller Support,

We want to change our deposit method to our new company account but the system always shows "We could not verify your bank account". We have tried 5 times since last week. Below is the bank information which our finance colleague sent me, please help to check if something is wrong:

户名：深圳市启航跨境电子商务有限公司
银行账号：6222 0210 0113 8857 342
开户行：招商银行深圳分行科技园支行

The account is a USD account which can receive international payment. We also tried with Payoneer and same error. Our disbursement is on hold now because there is no valid deposit method.

Kindly please advise what is the reason of the problem and how to fix it.

Thank you
Grace Tan""",
  secrets=[("bank-account", "6222 0210 0113 8857 342")],
  decoys=[("foreign-snippet", "开户行：招商银行深圳分行科技园支行")],
  notes="Chinese bank account number pasted from finance chat with spaces")

M("tech-login-native-021", TECH, "", "login", "US", "native", "en",
  "Locked out - two-step verification code not working",
  """Hi there,

I've been locked out of Seller Central since this morning. Every time I sign in, I get a text with a verification code, I type it in and it says the code is invalid. The latest one I got at 9:42 AM was 483 917 and it was rejected within seconds of receiving it. I've tried the backup phone number too but that one is an old number I don't have anymore.

My phone clock is set to automatic, and I've tried Chrome and Safari and cleared cookies.

Can someone please reset my 2SV or send the code to my email instead? The store is Northbay Candle Works. My callback number is (415) 555-0192.

Thanks,
Rachel""",
  secrets=[("one-time-code", "483 917")],
  decoys=[("phone", "(415) 555-0192")],
  notes="one-time code with a space in the middle, native")

M("tech-login-in-022", TECH, "", "login", "IN", "indian", "en",
  "Unable to login into seller central account - urgent",
  """Hello Team,

I am unable to login to my seller account since yesterday evening. It is showing "Your password is incorrect" but I am entering the correct password only. For your reference my login email is ankit.traders@gmail.com and password is Ankit@2026#shop . I have also tried "forgot password" option but OTP is not coming to my registered mobile number.

Kindly check the issue from your end and do the needful at the earliest as I have 40 orders pending for dispatch today.

Thanks and Regards,
Ankit Agarwal
Ankit Traders, Jaipur
Mob: 98290 31574""",
  secrets=[("password", "Ankit@2026#shop")],
  decoys=[("phone", "98290 31574"), ("otp-word", "OTP is not coming")],
  notes="password value in the text, plus 'OTP' with no value")

M("brand-hijack-zh-023", BR, "", "hijacker", "US", "chinese", "en",
  "Hijacker on our brand listing ASIN B0CJ7TYR2X",
  """Dear Brand Registry Support,

We are the brand owner of "LUMIVA" (US trademark registration No. 7123456). Recently a seller named "QuickDeal Store 88" is selling on our listing ASIN B0CJ7TYR2X with much lower price. We never sell to any distributor, so the products he sells must be fake or he is using our listing without authorization.

We did a test buy, order number 113-4829104-5572619, and we received a product without our logo, and the package is different from our design. Photos are attached.

Kindly please remove this seller from our listing and take action to protect our brand. We also want to know if we can enrol Transparency program for this ASIN.

Thank you very much.

Best regards
Brand team of LUMIVA
Ella Wu""",
  decoys=[("asin", "B0CJ7TYR2X"), ("trademark-number", "7123456"), ("order-id", "113-4829104-5572619")],
  notes="hijacker report, order id and trademark number are not secrets")

M("cat-grocery-native-024", CAT, "", "grocery", "US", "native", "en",
  "Grocery & Gourmet Food approval request",
  """Hello,

I'm requesting approval to sell in Grocery & Gourmet Food. We're a small family business in Vermont producing maple syrup and maple candy, and we've sold through our own website and farmers markets for eleven years.

Attached are:
- Our state food processing license
- Two invoices from our glass bottle and label suppliers (we make the product ourselves)
- Photos of the product labels showing ingredients, net weight, and our address
- Our FDA food facility registration

Our products are shelf stable and don't need temperature control. We plan to ship from our own facility at first and move to FBA in spring.

Let me know if you need a lab report or anything else.

Thanks,
Tom Bergeron
Sugar Hollow Farm""",
  notes="calm ungating request, native")

M("fba-removal-in-025", FBA, "", "removal", "IN", "indian", "en",
  "REMOVAL ORDER NOT RECEIVED - 3RD TIME ASKING",
  """Hello,

THIS IS THE THIRD TIME I AM RAISING THIS CASE AND NOBODY IS READING IT. My removal order 3kP9xQ2mVb was shown as completed on 12 August but I HAVE NOT RECEIVED ANY PACKAGE. Total 86 units of steel water bottles.

Every time I get a copy paste reply asking me to wait 14 days. It has been 2 months. This is absolutely pathetic service. If this is not resolved this week I will escalate to the consumer forum and take legal action against Amazon.

Please check the carrier tracking and reimburse me for all 86 units immediately.

Rohit Malhotra""",
  emo=["THIS IS THE THIRD TIME I AM RAISING THIS CASE AND NOBODY IS READING IT.",
       "I HAVE NOT RECEIVED ANY PACKAGE", "This is absolutely pathetic service.",
       "I will escalate to the consumer forum and take legal action against Amazon."],
  decoys=[("removal-order-id", "3kP9xQ2mVb")],
  notes="shouting, insults, threat of legal action")

M("tech-login-ja-026", TECH, "", "login", "US", "other-non-native", "ja",
  "セラーセントラルにログインできません",
  """Amazon セラーサポート御中

お世話になっております。米国アマゾンで販売している株式会社サクラ雑貨の田中と申します。

昨日から米国のセラーセントラルにログインできなくなりました。パスワードを入力すると「認証に失敗しました」と表示されます。念のため、現在使っているパスワードは Sakura#8831tk です。パスワードの再設定も試しましたが、確認メールが届きません。

英語が苦手なため、日本語で失礼いたします。出荷待ちの注文が20件ほどあり、大変困っております。アカウントの状態をご確認いただけますでしょうか。

よろしくお願いいたします。

株式会社サクラ雑貨
田中 浩二""",
  secrets=[("password", "Sakura#8831tk")],
  notes="Japanese on US marketplace, password value inside Japanese text")

M("poa-inauth-zh-027", AA, "inauthentic", "", "US", "chinese", "zh",
  "关于账户被停用的申诉（不真实商品投诉）",
  """尊敬的亚马逊卖家绩效团队：

您好！我们是广州市恒达电子有限公司，我们的账户因为收到“不真实商品投诉”被停用。我们英文不好，所以用中文写这封申诉信，请谅解。

一、问题原因
经过内部调查，我们发现问题出在采购环节。今年8月我们从一家新的贸易公司采购了一批蓝牙耳机配件，对方提供的发票上没有写明品牌和型号，亚马逊审核时我们无法证明商品的来源。另外，我们的采购人员没有核实供应商是否有品牌授权。

二、已经采取的措施
1. 我们已经停止与这家贸易公司合作，并把剩余的450件库存全部移除。
2. 我们已经联系原厂，取得了正规的增值税发票和品牌授权书（见附件）。
3. 我们已经对店铺里全部38个商品做了检查，删除了3个无法提供发票的商品。

三、预防措施
1. 以后所有新供应商必须先提供营业执照、授权书和样本发票，审核通过后才能下单。
2. 每个月由运营主管检查一次账户健康页面。
3. 所有员工每季度参加一次亚马逊政策培训。

感谢您的审核，希望能恢复我们的销售权限。

广州市恒达电子有限公司
陈经理""",
  sec={"rc": "一、问题原因", "co": "二、已经采取的措施", "pr": "三、预防措施"}, style="numbered",
  pol=["不真实商品投诉"],
  notes="complete POA written in Chinese on US marketplace")

# ---- defective POAs, batch 4
M("poa-copyright-zh-028", LR, "ip-copyright", "", "US", "chinese", "en",
  "Listing B0D5MN7QRT removed - appeal",
  """Dear Amazon team,

Our listing B0D5MN7QRT (wall art canvas, mountain lake) was removed last week after a complaint. We want to reinstate it.

What we did:
- We deleted all the images of this listing and uploaded new images that are taken by our own photographer, the original RAW files are attached for you to check.
- We sent an email to the complainant (art@lakeviewprints.com) to say sorry and ask them to retract the complaint, but no reply yet.
- We checked our other 60 canvas listings and replaced 5 images that we are not 100% sure who is the author.

What we will do in future:
- Every image will have the source recorded in our product sheet, with the photographer name and date.
- We will buy license from stock photo website if we use any picture not from us.

Please kindly reinstate our listing, thank you!

Best regards,
Sunny
Xiamen Artwall Decor""",
  sec={"co": "What we did:", "pr": "What we will do in future:"}, style="colon",
  decoys=[("asin", "B0D5MN7QRT")],
  notes="missing root cause, and no policy named (only 'a complaint')")

M("poa-patent-native-029", LR, "ip-patent", "", "US", "native", "en",
  "Reinstatement request - patent infringement complaint, ASIN B0B8WQ4RLF",
  """Hello,

Our listing for the FoldFlat laundry basket (ASIN B0B8WQ4RLF) was removed after a patent infringement complaint citing US Patent No. 10,987,654. We'd like to ask for reinstatement.

**Root cause**
The complaint concerns the hinge design on the basket's side walls. When we designed the product in 2024, our engineer did a patent search, but it only covered utility patents in the storage category and missed this one, which is classified under collapsible containers.

**What we have done**
We had a patent attorney at Harlan & Reese LLP compare our hinge with the claims of the patent. Her opinion is that our design does not practice claim 1 because our hinge uses a living hinge, not a pin. The opinion letter is attached. We have also written to the complainant's attorney with this opinion and offered to discuss it.

We're hopeful the listing can be restored while the parties resolve this.

Best,
Alicia Tran
FoldFlat Home""",
  sec={"rc": "Root cause", "co": "What we have done"}, style="bold",
  pol=["patent infringement"],
  decoys=[("patent-number", "10,987,654"), ("asin", "B0B8WQ4RLF")],
  notes="missing preventive")

M("poa-idv-in-030", AA, "identity-verification", "", "IN", "indian", "en",
  "Account deactivated - seller identity verification",
  """Dear Seller Performance Team,

Our account was deactivated as we could not be verified under Section 3 of the Business Solutions Agreement. Kindly find below our plan of action.

ROOT CAUSE
At the time of registration the account was opened in the name of our proprietor Mr. Deepak Nair, but the utility bill we uploaded was in the name of his father, as the shop premises is owned by him. Hence the address document did not match the name on the PAN card and the verification failed.

ACTIONS TAKEN
1. We have obtained a fresh electricity bill in the name of Mr. Deepak Nair after transfer of the connection (dated 05-10-2026).
2. We have updated the business address in Seller Central to match exactly with the GST certificate (GSTIN 32ABCPN1234F1Z5).
3. We have uploaded the bank statement of the current account with the same name and address.

PREVENTIVE STEPS
- Any change in our business details will be updated in Seller Central within 3 days.
- All documents will be checked by our CA for name and address match before uploading.
- We will keep copies of the latest documents ready for any future verification.

Kindly verify the attached documents and reactivate our account.

Regards,
Deepak Nair
Nair Spices & Exports, Kochi""",
  sec={"rc": "ROOT CAUSE", "co": "ACTIONS TAKEN", "pr": "PREVENTIVE STEPS"}, style="caps",
  pol=["Section 3 of the Business Solutions Agreement"],
  decoys=[("gst-number", "32ABCPN1234F1Z5")],
  notes="complete POA; policy named as a section of the BSA")

M("poa-listing-zh-031", LR, "listing-policy", "", "US", "chinese", "en",
  "Appeal for listing deactivated for product detail page rules violation",
  """Hi Amazon Team,

Our ASIN B0CW2PL8DN (LED desk lamp) was deactivated because it violates the product detail page rules. We read the email and we understand the problem.

Reason: our main image has text "BEST SELLER 2026" and a badge, and the title has 230 characters with many keywords repeated. Our new operator did not know the rules for title length and main image.

Solution: we will remove the text and badge from main image and use pure white background. We will change the title to less than 200 characters and no repeat words. We will also check the bullet points to remove the promotional words like "best" and "No.1".

Prevention: our listing manager will check every new listing against the style guide before publish, and we will train the new operator this week.

Thank you for your help.

Regards
Bella Guo""",
  sec={"rc": "Reason:", "co": "Solution:", "pr": "Prevention:"}, style="inline", done=False,
  pol=["product detail page rules"],
  decoys=[("asin", "B0CW2PL8DN")],
  notes="not-done: the 'solution' is all future tense")

M("poa-late-zh-032", AA, "late-shipment", "", "US", "chinese", "en",
  "LSR appeal",
  """Dear Seller Performance,

Our account is deactivated because LSR is 8.2%, over 4%. We are sorry.

1. Our warehouse is in Yiwu, and in September the local government limited the power supply for 10 days, so our warehouse can not work normally and the packing was delayed.
2. At the same time our ERP system had bug and did not upload the shipping confirmation to Amazon, so even the orders shipped on time, they were marked as late.
3. We only have one shipping staff, when he was sick no one can handle the orders.

We know this is our responsibility. Hope Amazon can give us one more chance.

Best regards,
Yiwu Jiahe Trade
Frank""",
  sec={"rc": "1. Our warehouse is in Yiwu"}, style="numbered",
  pol=["LSR"],
  decoys=[("mild-plea", "Hope Amazon can give us one more chance.")],
  notes="numbered list with no headings; only causes, no corrective, preventive is only a vague promise (not a plan)")

M("poa-odr-vn-033", AA, "odr", "", "US", "other-non-native", "en",
  "Appeal for account deactivation - Order Defect Rate",
  """Dear Amazon Seller Performance,

My name is Nguyen Van Minh, owner of Saigon Bamboo Co. Our account was deactivate because Order Defect Rate is 1.8%. We would like to explain and fix the problem.

Cause of problem
Many customer receive bamboo cutting board with crack. The reason is in rainy season the humidity in our storage is very high, the wood absorb water and then crack when it ship to dry place in US. We did not know about this and ship the boards without check.

What we fix
We have been contacted all customers which leave negative feedback and give them refund, no need to return. We have been installed two dehumidifier machine in our storage and we have apply food-safe oil to all boards in stock. We also remove 150 boards with crack from stock.

Thank you very much for review our appeal. We hope to continue sell on Amazon.

Best regard,
Nguyen Van Minh""",
  sec={"rc": "Cause of problem", "co": "What we fix"}, style="plain",
  pol=["Order Defect Rate"],
  notes="Vietnamese writer; missing preventive")

M("poa-review-zh-034", AA, "review-manipulation", "", "US", "chinese", "en",
  "Appeal - manipulation of product reviews",
  """Dear Seller Performance Team,

Thank you for your notification. Our account was deactivated for attempting to manipulate customer reviews. We have found the reason and made the plan below.

【Root cause】
Our customer service staff sent a message to the buyers who left 1-star or 2-star review and offered a refund if the buyer changes the review. She think this is good service for buyers. It is our fault that we did not train her about the review policy.

【Corrective actions】
- We will stop the staff from contacting buyers about reviews.
- We will delete all the message templates about reviews.
- We will send the staff to attend training of Amazon Community Guidelines.

【Preventive measures】
- All buyer messages will be checked by the team leader before sending.
- We will only use "Request a Review" button.
- We will do a monthly check of all the buyer messages.

We hope you can review our appeal and give us the chance again. Thank you!

Best regards,
Zoe Chen
Hangzhou Mingrui Trading""",
  sec={"rc": "【Root cause】", "co": "【Corrective actions】", "pr": "【Preventive measures】"}, style="mixed",
  done=False, pol=["manipulate customer reviews", "Community Guidelines"],
  notes="full-width bracket headings; corrective all future tense (not-done)")

M("poa-psa-native-035", AA, "prohibited-seller-activities", "", "US", "native", "en",
  "Appeal - Prohibited Seller Activities and Actions",
  """Hello Seller Performance,

Our account was deactivated under the Prohibited Seller Activities and Actions policy for directing customers to leave Amazon to complete a purchase.

Here's what we've done so far. We removed the insert card that offered customers 20% off on our own website, and we pulled 3,400 cards from our prep center so they can't go out again. Our packaging vendor has been told to print the new insert, which only has care instructions and our logo. We also went back through the last 90 days of buyer-seller messages and found two where our assistant sent our website link; both customers were contacted and we apologized.

To keep this from happening again, every insert and every message template will be reviewed against the policy by me before it's used, and our assistant has been retrained on what can and can't be sent through Buyer-Seller Messaging. We'll re-audit messages every month.

Thank you,
Owen Patel
Brightline Kitchen""",
  sec={"co": "Here's what we've done so far.", "pr": "To keep this from happening again"}, style="none",
  pol=["Prohibited Seller Activities and Actions policy"],
  notes="missing root cause: describes the violation but never why it happened")

M("poa-scoc-kr-036", AA, "seller-code-of-conduct", "", "US", "other-non-native", "en",
  "Appeal for Seller Code of Conduct violation",
  """Dear Amazon Seller Performance Team,

Hello, I am Park Ji-hoon, the manager of Seoul Beauty Lab. Our account was deactivated because of violation of Seller Code of Conduct, about misleading information to customers.

Root cause is as following. Our Korean marketing team wrote in the product description that our serum is "dermatologist recommended No.1 in Korea". This is from a Korean magazine survey and we don't have the official proof. Also we wrote "FDA approved" but actually cosmetic product is not approved by FDA, only the facility is registered. Our team translated from Korean material without checking the US rule.

For the prevention, from now on all product content will be reviewed by our US consultant before upload. We will not use any ranking or approval claim without document. We will make check-list for the Korean team about US cosmetics claims.

Thank you for your consideration.

Best regards,
Park Ji-hoon
Seoul Beauty Lab""",
  sec={"rc": "Root cause is as following.", "pr": "For the prevention, from now on"}, style="inline",
  pol=["Seller Code of Conduct"],
  notes="Korean writer; missing corrective (the claims are never said to be removed)")

# ---- appeals with no POA in the text, cover letters, batch 5
M("appeal-noplan-in-037", AA, "related-accounts", "", "IN", "indian", "en",
  "Account deactivated for related accounts - request for details",
  """Dear Sir/Madam,

Our seller account Shree Ganesh Enterprises has been deactivated saying it is related to another account which was previously deactivated. We are not having any other account on Amazon. This is our only account since 2021.

Kindly provide us the details of the related account so that we can check from our end. We are ready to submit any document like GST certificate, PAN card, cancelled cheque or electricity bill as required. Our IFSC code is HDFC0001234 if you need to verify bank details with the bank.

Request you to kindly look into the matter on priority and reactivate our account as our business is fully dependent on Amazon.

Thanks & Regards
Mahesh Gupta
Shree Ganesh Enterprises, Surat""",
  pol=["related to another account"],
  decoys=[("ifsc", "HDFC0001234")],
  notes="asks for details of the related account, no POA, calm")

M("appeal-noplan-native-038", AA, "odr", "", "US", "native", "en",
  "Please reinstate our account",
  """Hello,

Our account, Timber Creek Outfitters, was deactivated on Tuesday. We have been selling on Amazon for nine years with positive feedback over 98% and have always worked hard to take care of our customers.

We believe this was a mistake, possibly caused by a few customers who had trouble with a single product in October. We have thousands of satisfied customers and a long track record with your platform.

We respectfully ask that you review our account history and restore our selling privileges. We're happy to provide any information you need.

Thank you,
Bill Thornton
Timber Creek Outfitters""",
  notes="no POA, no policy named; calm, relies on history")

M("appeal-noplan-zh-039", AA, "counterfeit", "", "US", "chinese", "en",
  "Re: counterfeit complaint - invoices attached",
  """Dear Amazon,

Regarding the counterfeit complaint for ASIN B0C3VB82NK, we are not selling counterfeit. Please see the attached invoices from our supplier Dongguan Ruixiang Electronics, total 3000 pcs, and the supplier business license. The products we sell are the same as the invoices.

We also attach the photos of the products and the package.

Please check the documents and reactivate our account. If you need other documents, please tell us.

Thanks
Alan
Shenzhen Topmax Tech""",
  pol=["counterfeit"],
  decoys=[("asin", "B0C3VB82NK")],
  notes="only invoices attached, no POA and none attached")

M("appeal-noplan-zh-040", AA, "inauthentic", "", "US", "chinese", "zh",
  "为什么停用我的账户？",
  """亚马逊你好：

我们的店铺昨天突然被停用了，邮件里只说我们违反了政策，但是没有说具体是什么问题。我们做亚马逊已经五年了，从来没有卖过假货，所有产品都是我们自己工厂生产的。

我们已经提交了三次发票和工厂营业执照，每次都是同样的模板回复，根本没有人认真看我们的资料。这样对待卖家太不公平了！

现在我们仓库里还有两万多件货，工人的工资都发不出来了，再这样下去我们公司就要倒闭了。求求你们了，真的求求你们，帮我们看一下，恢复我们的账户吧！

东莞市鑫源家居用品厂
刘先生""",
  emo=["这样对待卖家太不公平了！", "再这样下去我们公司就要倒闭了", "求求你们了，真的求求你们"],
  notes="Chinese text on US, no POA, no policy named, pleading and despair")

M("appeal-noplan-kr-041", AA, "identity-verification", "", "US", "other-non-native", "en",
  "Identity verification - documents uploaded again",
  """Hello,

I am Kim Soo-yeon from Hanbit Living. Our account is deactivated because identity verification is failed. I uploaded again my passport and the bank statement of Woori Bank yesterday. The name on the bank statement is in Korean and English both.

Can you please tell me which document is the problem? The Korean address format is different from US format so maybe the system can not match. I can provide the notarized English translation of the business registration if needed.

Please review my documents. Thank you so much.

Kim Soo-yeon
Hanbit Living""",
  pol=["identity verification"],
  notes="Korean writer; no POA; asks which document is wrong")

M("appeal-noplan-native-042", AA, "price-gouging", "", "US", "native", "en",
  "Deactivation is completely unjustified",
  """To whoever actually reads these,

You shut down my account over a few prices on hand sanitizer that were set by YOUR OWN automated pricing tool. I did nothing wrong. I have spent $40,000 on inventory that is now sitting in your warehouses and you won't even tell me who made this decision.

This is outrageous. I have already contacted my attorney, and if my account is not restored within 48 hours we will be filing suit and going to the press. I am done being polite with a company that treats small sellers like garbage.

Restore my account immediately.

Carl Jennings
Jennings Wholesale LLC""",
  emo=["This is outrageous.",
       "if my account is not restored within 48 hours we will be filing suit and going to the press",
       "I am done being polite with a company that treats small sellers like garbage.",
       "Restore my account immediately."],
  notes="native, angry, threats; no POA, no policy named")

M("cover-inauth-zh-043", AA, "inauthentic", "", "US", "chinese", "en",
  "Appeal for inauthentic complaint - please see POA in attachment",
  """Dear Seller Performance Team,

Thank you for your email. Regarding the inauthentic complaint on our account, we have prepared a detailed plan of action, please kindly check the attachment "POA-Jiayi-Trading.docx". In the document we explained the reason of the problem, what we have did and how we will prevent it in future.

Also attached are the invoices from the brand authorized distributor and the authorization letter.

We are sorry for the inconvenient caused. Looking forward to your reply.

Best regards,
Jiayi Trading
Nancy Li""",
  att=True, pol=["inauthentic complaint"],
  decoys=[("file-name", "POA-Jiayi-Trading.docx"),
          ("single-apology", "We are sorry for the inconvenient caused.")],
  notes="cover letter, POA in a Word attachment")

M("cover-safety-in-044", AA, "product-safety", "", "IN", "indian", "en",
  "Plan of Action for product safety concern - attached",
  """Dear Team,

Unfortunately our account has been deactivated due to a product safety concern raised on our mosquito racket (ASIN B07JKW9P3S). We have prepared the Plan of Action and the same is attached with this case as a PDF, along with the BIS certificate and the test report from the NABL-accredited lab.

Kindly go through the attached Plan of Action and let us know if any further information is required from our end.

Thanks & Regards,
Priya Menon
Kairali Home Appliances""",
  att=True, pol=["product safety"],
  decoys=[("mild-word", "Unfortunately"), ("asin", "B07JKW9P3S")],
  notes="cover letter with attached POA; one mild word")

M("appeal-noplan-zh-045", AA, "drop-shipping", "", "US", "chinese", "en",
  "Appeal account deactivation",
  """Dear Amazon team,

We received the deactivation email today. We are now preparing the plan of action and will send it to you within 3 days, because our boss is on business trip and need to confirm with him.

Before that, could you please tell us which orders have the problem? The email say customers received package from other company but we do not know which orders. It will help us to find the reason.

Also could you please release our funds for the orders we already shipped? We need to pay our supplier.

Thank you very much.

Best regards
Ivy
Quanzhou Haichen Shoes""",
  notes="says the POA will come later (not in the text, not attached); no policy named")

M("poa-late-ja-046", AA, "late-shipment", "", "US", "other-non-native", "ja",
  "出荷遅延率に関する改善計画書",
  """Amazon セラーパフォーマンスチーム 御中

いつもお世話になっております。ミナト商会の佐藤です。出荷遅延率が目標の4%を超えたため、アカウントが停止されました。以下のとおり改善計画をご提出いたします。

【原因】
11月のセール期間中、注文数が通常の約3倍になりましたが、梱包スタッフは2名のままでした。また、日本から米国への発送をしている物流会社の集荷が週2回しかなく、多くの注文で出荷通知が遅れました。

【実施済みの対策】
・梱包スタッフを2名から5名に増員しました。
・集荷を毎日行う物流会社と新たに契約しました。
・在庫の多い上位30商品をFBAに移しました。

【再発防止策】
・毎朝、未出荷注文のレポートを責任者が確認します。
・セール前には1か月前から人員を確保します。
・出荷遅延率を毎週確認し、2%を超えた場合は原因をすぐに調査します。

ご確認のほど、よろしくお願い申し上げます。

ミナト商会
佐藤 健一""",
  sec={"rc": "【原因】", "co": "【実施済みの対策】", "pr": "【再発防止策】"}, style="mixed",
  pol=["出荷遅延率"],
  notes="complete POA in Japanese on US marketplace, bracket headings")

M("poa-idv-zh-047", AA, "identity-verification", "", "US", "chinese", "en",
  "Appeal - identity and bank account verification failed",
  """Dear Seller Performance Team,

Our account was deactivated because our identity and bank account information could not be verified. We have checked and prepare our plan as below.

Cause:
Our company registered a US LLC (Brightsea Commerce LLC) last year and we changed the deposit account to the LLC's account, but the legal name in Seller Central is still the Chinese company name. So the account holder name does not match.

What we have done:
We have updated the legal business name and address to the LLC information, and we uploaded the LLC formation document and EIN letter. To help your team verify, here is the bank information of the LLC account at Bank of America: routing number 026009593, account number 4839 2011 7465. The bank statement is also uploaded.

Prevention:
Before any change of deposit method or business information, our finance manager will check that the names are the same in all documents. We will keep all documents updated in Seller Central.

Thank you.

Best regards
Helen Zhao
Brightsea Commerce LLC""",
  sec={"rc": "Cause:", "co": "What we have done:", "pr": "Prevention:"}, style="colon",
  pol=["identity and bank account information could not be verified"],
  secrets=[("routing-number", "026009593"), ("bank-account", "4839 2011 7465")],
  notes="complete POA; US routing and account number pasted in the text")

M("poa-odr-in-048", AA, "odr", "", "IN", "indian", "en",
  "Appeal for reactivation - ODR above 1%",
  """Dear Seller Performance Team,

Unfortunately our account got deactivated as our ODR went to 1.6%. Please find our plan of action below for your kind consideration.

1 - Root cause of the issue
Most of the negative feedbacks and A-to-z claims were for our cotton bedsheets (SKU RB-BED-KING-09). The colour in the main image was looking brighter than the actual product due to editing, and customers felt the product was not as described.

2 - Corrective actions taken
- Images re-shot in daylight without editing and updated on 20th October.
- Colour name changed from "Royal Blue" to "Navy Blue" as per actual product.
- All 19 customers contacted and full refunds processed without return.

3 - Preventive steps
- Every new image will be compared with the physical product by two team members before uploading.
- Feedback Manager will be checked daily and any negative feedback responded within 24 hours.
- ODR will be reviewed every week in our team meeting.

We request you to kindly reinstate our account.

Regards,
Anil Kumar
Royal Bedding Co., Panipat""",
  sec={"rc": "1 - Root cause of the issue", "co": "2 - Corrective actions taken", "pr": "3 - Preventive steps"},
  style="numbered", pol=["ODR"],
  decoys=[("mild-word", "Unfortunately"), ("sku", "RB-BED-KING-09")],
  notes="complete POA, '1 -' numbering, metric abbreviation only")

# ---- defective POAs, batch 6
M("poa-inauth-zh-049", AA, "inauthentic", "", "US", "chinese", "en",
  "Appeal - Policy Warning IP-AC-0042 (inauthentic)",
  """Dear Team,

We received the deactivation notice which refers to policy IP-AC-0042 for inauthentic items on our USB-C hub listings. Below is our action plan.

## What we have done
1. Removed all 6 USB-C hub listings and created removal for the 1,150 units in FBA.
2. Provided Amazon the invoices from the manufacturer Shenzhen Hongtai Digital, which show model, quantity and date.
3. Asked the manufacturer to print our brand name on the product and on the package, before it was a blank product.

## How to avoid in the future
1. We will only sell products with our registered brand and clear packaging.
2. The invoices of every purchase will be saved in Google Drive for 5 years so we can provide immediately.
3. Our team leader will check the account health every day.

Thank you for your review.

Sincerely,
Michael Wang
Zhongshan Yibai Electronic""",
  sec={"co": "What we have done", "pr": "How to avoid in the future"}, style="markdown",
  pol=["IP-AC-0042", "inauthentic items"],
  notes="missing root cause; policy cited with a clause-style ID")

M("poa-restricted-zh-050", LR, "restricted-products", "", "US", "chinese", "en",
  "Listing removed - restricted product",
  """Hello,

Our listing of the laser pointer (ASIN B0D2XH7P9C) was removed as restricted product. We have done below:

Steps already taken
- Deleted the listing and all variations.
- Submitted removal order for 420 units, removal order ID 9ZtQm3HyuA.
- Checked our other laser and light products, all are under 5mW and have the FDA accession number.

Going forward
- Before listing any laser or electronic product, we will check the Amazon restricted products help page.
- We will ask the supplier for FDA documents before we buy.

Please reinstate our other affected listings which are not lasers. Thank you.

Best regards,
Rita
Ningbo Brightray""",
  sec={"co": "Steps already taken", "pr": "Going forward"}, style="plain",
  pol=["restricted product"],
  decoys=[("asin", "B0D2XH7P9C"), ("removal-order-id", "9ZtQm3HyuA")],
  notes="missing root cause")

M("poa-cancel-in-051", AA, "cancel-rate", "", "IN", "indian", "en",
  "Cancellation rate - appeal for reinstatement",
  """Dear Sir,

With reference to your email regarding our cancellation rate of 5.3%, we have taken below actions.

Corrective Action:
1. All listings where stock is not available have been made inactive.
2. Inventory is updated manually two times in a day by our staff Mr. Ramesh.
3. We have removed listings of products which we were procuring from local market on order basis.

Preventive Action:
1. We will list only those items which are physically available in our warehouse.
2. Daily report of cancellations will be reviewed by the proprietor.
3. Buffer stock of minimum 5 units will be maintained for every listing.

Kindly revert back at the earliest and reinstate our account.

Thanks & regards
Sandeep Kulkarni
Kulkarni Hardware Mart, Pune""",
  sec={"co": "Corrective Action:", "pr": "Preventive Action:"}, style="colon",
  pol=["cancellation rate"],
  notes="missing root cause: goes straight to corrective actions")

M("poa-counterfeit-zh-052", LR, "counterfeit", "", "US", "chinese", "en",
  "Please reinstate ASIN B0BRT2K9VW",
  """Dear Amazon Team,

Our listing ASIN B0BRT2K9VW was removed. After check, the reason is: the photos of our product look very similar to a famous brand, and our title used the word "compatible with" plus the brand name, so buyer think it is the brand product. Actually our product is a generic replacement filter made by our factory.

In future, our listing team will not use any other brand name in the title, and all new photos will be reviewed by our manager before upload. Also we will register our own brand in Brand Registry.

Please reinstate the listing. Thank you.

Best regards
Leo Zhang""",
  sec={"rc": "the reason is:", "pr": "In future, our listing team"}, style="none",
  decoys=[("asin", "B0BRT2K9VW")],
  notes="missing corrective (nothing changed on the listing yet) and no policy named")

M("poa-vtr-native-053", AA, "valid-tracking", "", "US", "native", "en",
  "Valid Tracking Rate appeal - Harbor Light Gifts",
  """Hello,

Our account was deactivated because our Valid Tracking Rate fell to 89%.

Root cause: In September our shipping software (ShipNest) had an outage for about six days. During that time we bought postage directly on the USPS website and shipped the orders, but the tracking numbers never synced back to Amazon, so those orders show as shipped without valid tracking.

Going forward, we'll confirm tracking in Seller Central for every order at the end of each day rather than relying on the software sync, and if our shipping software goes down again we will buy labels through Amazon's Buy Shipping until it's back. I'm also setting a weekly reminder to check the VTR on the Account Health page.

Thank you for reviewing our case.

Lauren Fisk
Harbor Light Gifts""",
  sec={"rc": "Root cause:", "pr": "Going forward, we'll confirm"}, style="inline",
  pol=["Valid Tracking Rate", "VTR"],
  notes="missing corrective: the missing tracking was never uploaded, nothing done")

M("poa-safety-zh-054", LR, "product-safety", "", "US", "chinese", "en",
  "Appeal for suspected unsafe product - baby bath seat",
  """Dear Sir or Madam,

Our listing for the baby bath seat was deactivated because of suspected safety issue, Amazon request CPC certificate and test report for ASTM F1967.

ROOT CAUSE:
When we created the listing, our operation did not know that the bath seat is a children's product that needs CPC and the ASTM F1967 test. We only had the EN test report for Europe market.

PREVENTIVE MEASURES:
1. Before we list any new children's product, we will check the Amazon compliance requirements for that category.
2. We will work with a CPSC-accepted lab for all kids products.
3. Our compliance staff will keep a table of all certificates and the expiry date.

We hope to get your approval. Thank you.

Best regards,
Joyce Peng
Suzhou Babyjoy Products""",
  sec={"rc": "ROOT CAUSE:", "pr": "PREVENTIVE MEASURES:"}, style="caps",
  pol=["ASTM F1967", "CPC"],
  notes="missing corrective: no test done, no listing fixed")

M("poa-inauth-in-055", AA, "inauthentic", "", "IN", "indian", "en",
  "POA for inauthentic complaint - ASIN B08K2XQ7ZP",
  """Dear Seller Performance Team,

Greetings! We have received the notification of inauthentic item complaint on ASIN B08K2XQ7ZP (Nivara face wash 100ml). Please find our POA.

Reason for complaint: The customer received a tube with a different batch number printed on the box and on the tube. This happened because our warehouse team had repacked some units with damaged outer boxes into spare boxes from another batch.

Actions completed:
- All repacked units (32 pcs) have been removed from FBA and are being returned to the distributor.
- Customer refunded fully and we have apologised.
- Invoices from authorised distributor Nivara Healthcare Distributors LLP submitted.

Kindly reinstate our account and allow us to sell again.

Thanks and Regards,
Neha Bansal
Bansal Cosmetics""",
  sec={"rc": "Reason for complaint:", "co": "Actions completed:"}, style="colon",
  pol=["inauthentic item complaint"],
  decoys=[("asin", "B08K2XQ7ZP")],
  notes="missing preventive")

M("poa-related-zh-056", AA, "related-accounts", "", "US", "chinese", "en",
  "Appeal for related account deactivation",
  """Dear Seller Performance,

Our account was deactivated because it is related with the account "Sunshine Family Store". We want to explain. The reason is that we used the same ERP software (Dianxiaomi) as the other account and our staff logged in both accounts on the same ERP, because the other account belongs to our former employee who left our company in 2025 and she still used our ERP sub-account, we did not delete her access. We have already deleted her sub-account in the ERP and changed all passwords of our Seller Central and email, we also removed all the API authorizations which we don't know, and we have checked the list of users in Seller Central and removed 2 old users. We attach the resignation letter of the employee and our business license. We hope you can reactivate our account as soon as possible because our inventory is waiting in the warehouse. Thank you very much.

Best regards,
Ethan Lu""",
  sec={"rc": "The reason is that we used the same ERP software", "co": "We have already deleted her sub-account"},
  style="none", pol=["related with the account"],
  decoys=[("password-word", "changed all passwords")],
  notes="plan inside one long paragraph; missing preventive; 'passwords' mentioned with no value")

M("poa-listing-native-057", LR, "listing-policy", "", "UK", "native", "en",
  "Listing suppressed - variation policy",
  """Hi team,

Several of our listings were removed for breaking the variation policy. I think our old assistant grouped different products under one parent to combine reviews: a 500ml steel bottle, a 750ml glass bottle and a lunch box were all listed as "sizes" of the same product. That's where the problem came from.

We've now split all of them into separate listings with their own ASINs and deleted the parent that grouped them. I've also gone through the other 14 parents in our catalogue and they all contain true size and colour variations only.

Could you please reinstate the lunch box listing which has been removed completely?

Cheers,
Hannah Price
Greenway Bottles Ltd""",
  sec={"rc": "I think our old assistant grouped", "co": "We've now split all of them"}, style="none",
  pol=["variation policy"],
  notes="missing preventive; native, casual")

M("poa-cond-zh-058", AA, "condition", "", "US", "chinese", "en",
  "Appeal for customer complaints about item condition",
  """Dear Amazon Seller Performance Team,

We got the email that our account is deactivated because customers said the vases they got were broken. We are very sorry. Here is our plan.

1. Why the problem happened
The carton of our ceramic vases is too thin, and inside there is only one layer of bubble wrap. During the long shipping, many vases were broken or chipped and customers received damaged products.

2. What we will do to correct it
- We will change the carton to 5-layer carton and use foam insert for every vase.
- We will check all the stock in FBA and remove the damaged units.
- We will contact all buyers who received damaged vase and give them refund.

3. How to prevent
- We will do the drop test for every new packaging before shipping.
- Our QC will check 10% of every batch.

Thank you for your understanding.

Regards,
Jack Ma
Jingdezhen Huacai Ceramics""",
  sec={"rc": "1. Why the problem happened", "co": "2. What we will do to correct it", "pr": "3. How to prevent"},
  style="numbered", done=False,
  decoys=[("single-apology", "We are very sorry.")],
  notes="not-done (all future); no policy named (only customer complaints)")

M("poa-tm-in-059", LR, "ip-trademark", "", "IN", "indian", "en",
  "Reinstatement of ASIN B0CK4LQ2TT - trademark complaint",
  """Respected Team,

Our ASIN B0CK4LQ2TT has been deactivated due to a trademark complaint from the owner of the brand "Chai Bliss". Please find our Plan of Action.

Root Cause:
While creating the listing we used the keyword "chai bliss masala" in our title as it is a popular search term. We did not know that it is a registered trademark of another company.

Actions we will take:
- We will remove the word "Chai Bliss" from title, bullets and backend keywords.
- We will write to the rights owner and request them to withdraw the complaint.
- We will submit the updated listing for review.

Preventive Measures:
- Trademark search will be done on IP India and USPTO before using any keyword.
- Only our own brand name "Masala Ghar" will be used in listings.

Kindly reinstate our listing.

Regards,
Kavita Rao
Masala Ghar Foods""",
  sec={"rc": "Root Cause:", "co": "Actions we will take:", "pr": "Preventive Measures:"}, style="colon",
  done=False, pol=["trademark complaint"],
  decoys=[("asin", "B0CK4LQ2TT")],
  notes="not-done: 'Actions we will take' only")

M("poa-odr-native-060", AA, "odr", "", "US", "native", "en",
  "Plan of Action - order defect rate",
  """Dear Seller Performance,

Thank you for reviewing our account. Our order defect rate rose to 1.4% in the 60-day window, driven mostly by A-to-z claims on orders we shipped ourselves.

What caused it
We moved to a new 3PL in late August. They missed our cut-off on about 120 orders, and several packages were sent to wrong addresses because of an address import problem on their side.

Our plan to fix it
We plan to move all merchant-fulfilled SKUs back to FBA by the end of this month. We are going to audit every open A-to-z claim and respond to each one with tracking and a refund where the package was lost. We'll also request that the 3PL reimburses us so we can issue refunds quickly.

Keeping it fixed
From January, any new logistics partner will go through a 30-day trial on a small set of SKUs before we move volume. We'll review the ODR every Monday and have a threshold of 0.6% that triggers an investigation.

Sincerely,
Marcus Greene
Pinecrest Home""",
  sec={"rc": "What caused it", "co": "Our plan to fix it", "pr": "Keeping it fixed"}, style="plain",
  done=False, pol=["order defect rate"],
  notes="not-done: corrective written as 'we plan to / we are going to'")

M("poa-vtr-zh-061", AA, "valid-tracking", "", "US", "chinese", "en",
  "VTR below target - appeal",
  """Hi,

Our Valid Tracking Rate is 91% and the account is deactivated. The reason: we use self-ship for large furniture and the local truck company in LA does not give tracking number, we entered the BOL number as tracking but Amazon can not validate.

Next we will:
1. Change to a carrier with online tracking like Estes or XPO.
2. Use Amazon Buy Shipping for all parcels under 70 lbs.
3. Ask the truck company to provide a tracking link for old orders and upload it.

To avoid again: we will check VTR daily in the first 2 months, our shipping manager will confirm every order has valid tracking before 5pm.

Please give us a chance to improve. Thanks!

Wendy
LA Homeline Furniture""",
  sec={"rc": "The reason:", "co": "Next we will:", "pr": "To avoid again:"}, style="inline",
  done=False, pol=["Valid Tracking Rate", "VTR"],
  decoys=[("mild-plea", "Please give us a chance to improve.")],
  notes="not-done: 'Next we will'")

M("poa-review-in-062", AA, "review-manipulation", "", "IN", "indian", "en",
  "Appeal for account deactivation - review abuse",
  """Dear Amazon Team,

We received the intimation that our account was deactivated due to review abuse, as some reviews on our products were written by our relatives.

The root cause is that when we launched our new brand of steel cookware, my brother-in-law and two cousins purchased the product and wrote 5-star reviews to support us. We did not understand that reviews from family members are against policy.

Going forward we are going to request Amazon to remove all these reviews, and we shall inform all our family and friends not to review our products. We will also enrol in Amazon Vine for genuine reviews. Our team will study the Community Guidelines completely, and no one related to us will ever write a review again.

We sincerely apologise and request you to kindly reinstate our account.

Warm regards,
Arjun Reddy
Reddy Steelware""",
  sec={"rc": "The root cause is that", "co": "Going forward we are going to request Amazon",
       "pr": "Our team will study the Community Guidelines"}, style="none",
  done=False, pol=["review abuse", "Community Guidelines"],
  decoys=[("single-apology", "We sincerely apologise")],
  notes="not-done; corrective and preventive in one paragraph of future tense")

M("poa-price-zh-063", AA, "price-gouging", "", "US", "chinese", "en",
  "Appeal about high price of listing",
  """Dear Amazon,

Our account is deactivated because the price of our N95 face mask was too high. The reason: our automatic pricing rule raise the price when the stock is low, we did not set a maximum price, so the price became $89 for 10 pcs.

We will change the pricing rule and set the maximum price. We will also check all our listings price and reduce to normal price.

Thank you for your help.

Sam
Wuhan Anxin Medical Supplies""",
  sec={"rc": "The reason:", "co": "We will change the pricing rule"}, style="none", done=False,
  decoys=[],
  notes="not-done and missing preventive; no policy named (just 'price too high')")

# ---- non-appeals, batch 7
M("tech-payment-native-064", TECH, "", "payment-method", "US", "native", "en",
  "Charge method keeps getting declined",
  """Hi,

I'm trying to update the credit card on file for my seller fees because the old one expired, and Seller Central keeps saying "The card could not be verified." I've called my bank and they say there's no decline on their end and nothing is blocked.

Here are the card details so you can see if something is wrong on your side:
Visa 4963 9544 8855 2279
Exp 11/29
CVV 318
Billing ZIP 97214

I've tried entering it with and without spaces, in two different browsers. My account is showing a balance due of $39.99 and I'm worried it'll get suspended.

Thanks,
Nate Cooper
Copper Kettle Goods""",
  secrets=[("card", "4963 9544 8855 2279"), ("card-expiry", "11/29"), ("card-code", "318")],
  decoys=[("postcode", "97214")],
  notes="full card number, expiry and CVV pasted into the case")

M("tech-payment-zh-065", TECH, "", "payment-method", "US", "chinese", "en",
  "Credit card can not be added for seller fee",
  """Dear Seller Support,

We can not add our credit card for the monthly subscription fee, the system shows error. Our finance send me the card information in WeChat, I copy here for you to check:

卡号：6286-7033-9574-7938-267
有效期：2029年6月
安全码：552

This is a UnionPay dual currency card, it can pay in USD. Is UnionPay card accepted by Amazon? If not, please tell us which card we can use.

Thank you very much
Best regards
Rain Deng
杭州云帆电子商务有限公司""",
  secrets=[("card", "6286-7033-9574-7938-267"), ("card-expiry", "2029年6月"), ("card-code", "552")],
  decoys=[("foreign-snippet", "杭州云帆电子商务有限公司")],
  notes="19-digit UnionPay with dashes, expiry and CVV in pasted Chinese lines")

M("tech-deposit-zh-066", TECH, "", "deposit-method", "UK", "chinese", "en",
  "Deposit method for UK marketplace - IBAN not accepted",
  """Hello,

We opened a GBP virtual account with our payment service provider to receive the disbursement from amazon.co.uk. When we add it as deposit method, the page says "Invalid IBAN", but the IBAN is copied from the provider dashboard: GB21 NWBK 6016 1348 2917 36, and the BIC is NWBKGB2L.

Account holder name is our company name Shenzhen Yuedong Sports Goods Co., Ltd, same as in our Seller Central legal name.

Kindly please check what is the problem and how can we fix it. The disbursement is blocked for 2 weeks already.

Thanks
Kris Ye""",
  secrets=[("iban", "GB21 NWBK 6016 1348 2917 36")],
  decoys=[("swift-code", "NWBKGB2L")],
  notes="UK IBAN in groups of four; BIC is a decoy")

M("tech-login-zh-067", TECH, "", "login", "UK", "chinese", "zh",
  "无法登录英国站卖家后台",
  """您好，

我们的英国站账户从今天上午开始无法登录。输入密码之后，系统要求输入手机验证码，但是验证码一直提示错误。我刚才收到的验证码：739 204，输入以后还是显示“验证码无效”。

我们已经试过更换浏览器、清除缓存，也用了公司另外一台电脑，问题都一样。绑定的手机号码是我们老板的，号码没有变过。

今天有很多订单需要确认发货，请尽快帮我们处理，或者告诉我们怎样重置两步验证。谢谢！

深圳市优途科技有限公司
运营部 小王""",
  secrets=[("one-time-code", "739 204")],
  notes="Chinese on UK marketplace, one-time code after 验证码：")

M("tech-payment-ja-068", TECH, "", "payment-method", "JP", "other-non-native", "ja",
  "クレジットカードの登録エラーについて",
  """セラーサポートご担当者様

いつもお世話になっております。有限会社ハルモニの山本と申します。

月額登録料の支払い用クレジットカードを変更しようとしたところ、「カード情報を確認できません」と表示され、登録ができません。カード会社に確認しましたが、利用制限はかかっていないとのことでした。

念のためカード情報をお伝えします。
カード番号：3579 7729 3819 6556
有効期限：08/28
セキュリティコード：4071

お手数ですが、原因をご確認いただけますと幸いです。

有限会社ハルモニ
山本 美咲""",
  secrets=[("card", "3579 7729 3819 6556"), ("card-expiry", "08/28"), ("card-code", "4071")],
  notes="Japanese on JP marketplace (not English-required); JCB card, expiry, 4-digit code")

M("tech-report-native-069", TECH, "", "report-error", "US", "native", "en",
  "Settlement report totals don't match deposit",
  """Hello,

Our settlement report for the period ending Oct 28 (settlement ID 20261104000188) shows a net total of $14,382.17, but the deposit that reached our bank was $13,902.17, a difference of exactly $480.00.

I went through the transaction view line by line and can't find a $480 reserve or fee. The only unusual line is a reference number 1000238475561029 next to an "Other" adjustment with no description.

Could you tell us what that adjustment is and whether the $480 will be paid in the next settlement? I don't need anyone to log in to our account; a written explanation is fine.

Best regards,
Claire Dunn
Bookkeeper for Lakeside Paper Co.""",
  decoys=[("settlement-id", "20261104000188"), ("batch-id", "1000238475561029")],
  notes="16-digit reference number that fails Luhn, settlement ID")

M("fba-warehouse-lost-in-070", FBA, "", "warehouse-lost", "IN", "indian", "en",
  "Inventory lost in fulfilment centre - reimbursement request",
  """Dear Seller Support,

As per our Inventory Ledger report, 14 units of our product (FNSKU X002R8JQ5N, copper water bottle 1L) were marked as lost in BLR7 fulfilment centre on 3rd October and no reimbursement has been done till now. It has been more than 30 days.

It is a bit frustrating as we have already raised this once before (Case ID 17683920451) and the case was closed without any answer.

Kindly investigate and reimburse the lost units at the earliest. The selling price is Rs. 899 per unit.

Regards,
Pooja Iyer
Tamra Living""",
  decoys=[("fnsku", "X002R8JQ5N"), ("case-id", "17683920451"), ("mild-word", "frustrating")],
  notes="calm with one mild word")

M("fba-damaged-zh-071", FBA, "", "warehouse-damaged", "US", "chinese", "en",
  "Damaged by warehouse - please reimburse",
  """Hello Amazon Seller Support,

In the inventory adjustment report, we found 23 units of our standing desk (FNSKU X004MW2H7K) were marked as "Damaged at Amazon fulfillment center" (reason code E) in ONT8 between 2026-10-02 and 2026-10-18. But we only got reimbursement for 9 units (reimbursement ID 3948271056).

Kindly please check the other 14 units and reimburse. The product is heavy and in a strong carton, so we think the damage is caused by forklift in warehouse.

Thank you for your help!

Best regards,
Coco Liang""",
  decoys=[("fnsku", "X004MW2H7K"), ("reimbursement-id", "3948271056")],
  notes="warehouse damaged partial reimbursement")

M("tech-api-native-072", TECH, "", "api", "US", "native", "en",
  "SP-API authorization failing after developer profile update",
  """Hi,

Since we updated our developer profile last week, our private SP-API app (app ID amzn1.sp.solution.7c2e91f4-0d3b-4a8e-9b6f-2a1c77e5d410) returns "Unauthorized" on every call to the Orders API. We rotated the LWA client secret on Tuesday and updated it in our integration, and refresh tokens are being generated fine.

We haven't shared the new secret or our Seller Central password with anyone outside our team, and I'd rather not paste them here. Is there a new role we need to request after the profile update? The error started the same day the profile was approved.

Thanks,
Priyanka Shah
Lead Engineer, Ridgeline Supply""",
  decoys=[("app-id", "amzn1.sp.solution.7c2e91f4-0d3b-4a8e-9b6f-2a1c77e5d410"),
          ("password-word", "Seller Central password")],
  notes="mentions client secret and password but gives no values (writer is native US engineer)")

M("brand-ownership-zh-073", BR, "", "brand-ownership", "US", "chinese", "en",
  "Our brand name on the listing was changed by other seller",
  """Dear Brand Registry team,

We are the registered brand owner of "Fenlo" in Amazon Brand Registry. Today we found that the brand name on our 4 ASINs was changed to "FENLOO" and the title and images were also changed. We did not make this change, it must be done by another seller who is selling on our listing.

The ASINs are: B0CT7K2MWQ, B0CT7KJ4PX, B0CT7L9ZRA, B0CT7LD2NV.

We have tried to edit back but the system does not accept our contribution. Kindly please restore the correct brand name and block other sellers to change our listing. Our trademark registration number is 6894512.

Thanks a lot.
Best regards
Vivian Ho
Fenlo Official""",
  decoys=[("asin", "B0CT7K2MWQ"), ("trademark-number", "6894512")],
  notes="listing hijacked by contribution")

M("cat-supplements-in-074", CAT, "", "dietary-supplements", "IN", "indian", "en",
  "Approval request for Health & Personal Care - dietary supplements",
  """Dear Category Approval Team,

We are a FSSAI-licensed manufacturer of ayurvedic herbal supplements (licence no. 10019022008754). We wish to sell our ashwagandha and moringa capsules in the Health & Personal Care category.

Please find attached:
1. FSSAI licence
2. GMP certificate
3. Purchase invoices of raw herbs from our supplier
4. Lab test report for heavy metals and microbiology
5. Product label images showing ingredients, dosage and manufacturer address

Kindly approve our request at the earliest. For any queries please contact us on +91 80 4567 2290.

Thanks and regards,
Dr. Ramesh Pillai
Sanjeevani Herbals""",
  decoys=[("certificate-number", "10019022008754"), ("phone", "+91 80 4567 2290")],
  notes="14-digit licence number is not a secret")

M("fba-return-native-075", FBA, "", "customer-return", "US", "native", "en",
  "Refunded returns never came back - please help",
  """Hello,

I'm writing about 31 customer returns from the last two months where the buyer was refunded but the item was never returned to our inventory. I've attached the FBA customer returns report with the order IDs highlighted. One example is order 112-7741028-3390516: refunded Sept 3, no return scan, no reimbursement.

I'm a one-person business and honestly I'm at the end of my rope. Every case I open gets closed with a link to a help page. I'm begging you, please have a human look at this. I can't afford to lose another $1,100 this quarter, I'm barely keeping the lights on.

Thank you,
Jess Alvarez
Little Fern Baby""",
  emo=["I'm at the end of my rope", "I'm begging you, please have a human look at this.",
       "I'm barely keeping the lights on"],
  decoys=[("order-id", "112-7741028-3390516")],
  notes="native, despair and begging in an FBA case")

M("tech-tax-zh-076", TECH, "", "tax-interview", "US", "chinese", "en",
  "Tax interview W-8BEN-E keep showing invalid",
  """Dear Seller Support,

We are trying to finish the tax interview, we are a Chinese company so we choose W-8BEN-E. But every time after submit, it says "Tax information is invalid" and asks us to do again. We have US LLC before and the EIN is 88-1234567, but now we sell as Chinese company, so we did not fill the EIN, only the Chinese tax ID 91440300MA5FXXXX12.

Also when we sign, it asks a verification code by email but the email is very slow, sometimes 30 minutes.

Kindly please advise if we should fill the EIN or not. Thank you.

Regards
Sherry Pan""",
  decoys=[("tax-id", "88-1234567"), ("tax-id", "91440300MA5FXXXX12"),
          ("verification-code-word", "it asks a verification code by email")],
  notes="EIN and Chinese tax ID are not secrets; verification code with no value")

M("fba-inbound-damaged-kr-077", FBA, "", "damaged-inbound", "US", "other-non-native", "en",
  "Inbound shipment damaged by carrier - FBA16WJ8T3RX",
  """Hello,

Our shipment FBA16WJ8T3RX was delivered to ONT2 with Amazon partnered carrier. When it was received, 38 units were marked damaged. We used double-wall carton and edge protection, so we think the damage happened during the delivery by carrier.

Please check the receiving photos and reimburse for the damaged units. The product is a skin care set, unit cost $12.40. Commercial invoice and packing photos are attached.

Thank you for kind help.

Lee Min-jun
K-Glow Cosmetics""",
  decoys=[("shipment-id", "FBA16WJ8T3RX")],
  notes="Korean writer, inbound damaged by partnered carrier")

M("tech-upload-vn-078", TECH, "", "listing-upload", "US", "other-non-native", "en",
  "Error 8572 when upload flat file",
  """Dear Seller Support,

I try to upload inventory file for 35 new products (handmade rattan bags) but all rows return error 8572 "The product identifier you provided matches other ASINs". We have GS1 barcode, the UPC like 810123450017 is registered to our company in GS1 US.

I already check the GS1 database and the barcode is ours. Maybe another seller use our barcode before? What I should do to fix?

The batch ID of upload is 51283904712. File name is rattan_bags_v3.xlsm.

Thank you very much.
Tran Thi Lan
Hoi An Handicraft""",
  decoys=[("error-code", "8572"), ("upc", "810123450017"), ("feed-id", "51283904712"),
          ("file-name", "rattan_bags_v3.xlsm")],
  notes="Vietnamese writer; error code, UPC, feed id")

# ---- defective POAs and emotional appeals, batch 8
M("poa-tm-zh-079", LR, "ip-trademark", "", "CA", "chinese", "en",
  "Appeal listing removal - trademark complaint from rights owner",
  """Dear Amazon.ca team,

Our ASIN B0D8QK3ZLM (car phone holder) was removed because of a trademark complaint. Please see our plan.

A) Actions taken
1. We have removed the word "MagSafe" from our title and bullet points, now we use "magnetic phone holder" only.
2. We sent a retraction request to the rights owner and we are waiting reply.
3. We checked all 17 listings in our store and changed 2 more titles.

B) Prevention
1. New listings will be checked by two persons for any brand name.
2. We made a list of forbidden brand words in our ERP, the system will warn when these words appear.

Kindly reinstate our listing. Thank you.

Best regards
Henry Xie
Shenzhen Carbay Technology""",
  sec={"co": "A) Actions taken", "pr": "B) Prevention"}, style="lettered",
  pol=["trademark complaint"],
  decoys=[("asin", "B0D8QK3ZLM")],
  notes="missing root cause; lettered")

M("poa-late-native-080", AA, "late-shipment", "", "UK", "native", "en",
  "Late Dispatch Rate - reinstatement",
  """Dear Seller Performance,

I'm writing about the suspension of Wrenfield Crafts for a Late Dispatch Rate of 6.8%.

**What we've put right**
We've taken on a part-time packer for three days a week, moved our Royal Mail collection from 4 pm to 1 pm so that orders are collected the same day, and changed the handling time on our made-to-order items from one day to three days so the dispatch date reflects how long they actually take.

**Making sure it doesn't happen again**
I'll check the unshipped orders page every morning and again at noon. We'll switch on holiday settings whenever I'm away, even for a weekend, and any product that takes more than a day to make will have its own handling time.

Many thanks for taking a look.

Kind regards,
Beth Jenkins
Wrenfield Crafts""",
  sec={"co": "What we've put right", "pr": "Making sure it doesn't happen again"}, style="bold",
  pol=["Late Dispatch Rate"],
  notes="missing root cause; only hints at the cause through the fixes")

M("poa-counterfeit-vn-081", AA, "counterfeit", "", "US", "other-non-native", "en",
  "Appeal counterfeit complaint",
  """Dear Seller Performance Team,

My store Mekong Craft got deactivated for counterfeit complaint on the leather wallet. Below is our action.

What we have done:
- We removed all leather wallet listing, 6 ASIN total.
- We made removal order for 210 units in FBA.
- We sent to Amazon the invoice from our workshop in Ho Chi Minh city and the photo of production.

How we prevent:
- We will not use any logo or pattern similar to famous brand on our product.
- Before make new design, our designer check trademark database.
- All listing will use our own brand name "Mekong Craft".

Thank you for consider our appeal.

Pham Quoc Huy""",
  sec={"co": "What we have done:", "pr": "How we prevent:"}, style="colon",
  pol=["counterfeit"],
  notes="Vietnamese writer; missing root cause")

M("poa-odr-zh-082", AA, "odr", "", "US", "chinese", "en",
  "ODR appeal - Guangzhou Meilin Trading",
  """Dear Seller Performance Team,

Our account was deactivated because ODR is 1.9%. After check all the orders with defect, here is our explanation.

REASON OF THE PROBLEM
Most defects are negative feedback about the hair dryer, the buyers said it stops working after one week. We found the motor of the batch from August is low quality, our supplier changed the motor supplier without telling us. Also some buyers complained that the US plug is loose.

PREVENTION PLAN
- We will ask the factory to use the original motor and give us the motor purchase record.
- Every batch will have aging test 4 hours for 5% of the units.
- We will check the negative feedback every day and reply within 24 hours.

We hope Amazon can reinstate our account. Thank you.

Best regards,
Ada Huang""",
  sec={"rc": "REASON OF THE PROBLEM", "pr": "PREVENTION PLAN"}, style="caps",
  pol=["ODR"],
  notes="missing corrective: the bad batch is still on sale, no buyers contacted")

M("poa-restricted-native-083", LR, "restricted-products", "", "US", "native", "en",
  "Listing removed - pesticide claims",
  """Hi,

Our cedar closet blocks (ASIN B0C1XR8T4M) were removed under the Pesticides and Pesticide Devices policy because the listing said they "kill moths and repel insects." I understand now that a claim like that makes the product a pesticide under EPA rules unless it's registered or exempt.

The wording came from our supplier's spec sheet, and I copied it into the bullets without thinking about what it meant from a regulatory point of view. Nobody on our small team had any idea that an insect claim was restricted.

Going forward, every new listing will be compared against Amazon's restricted products pages for the category before it goes live, and we'll avoid any kill/repel/protect-from-pests wording unless the product has an EPA registration number we can show.

Thanks,
Ryan Cole
Cedar & Twine""",
  sec={"rc": "The wording came from our supplier's spec sheet", "pr": "Going forward, every new listing"},
  style="none", pol=["Pesticides and Pesticide Devices policy"],
  decoys=[("asin", "B0C1XR8T4M")],
  notes="missing corrective: the listing text is never said to be changed")

M("poa-drop-in-084", AA, "drop-shipping", "", "IN", "indian", "en",
  "Appeal against deactivation - drop shipping",
  """Dear Sir/Madam,

We have received an email informing that our account has been deactivated for drop shipping policy violation as customers received packages with invoice of other seller.

Root cause: Due to shortage of stock during the sale, our team had placed orders on another online marketplace and got them delivered directly to our customers. The packages carried that seller's invoice and name. We were not aware this is not permitted under Amazon policy.

Preventive measures: In future we will fulfil orders only from our own inventory. We will keep enough stock before every sale event and if stock is not available listing will be made inactive. Our staff will be trained on the drop shipping policy.

Kindly reinstate our account. We assure you of full compliance.

Thanks & Regards,
Manoj Tiwari
Tiwari Electronics, Lucknow""",
  sec={"rc": "Root cause:", "pr": "Preventive measures:"}, style="inline",
  pol=["drop shipping policy"],
  notes="missing corrective")

M("poa-cancel-zh-085", AA, "cancel-rate", "", "US", "chinese", "en",
  "please help us - cancellation rate appeal",
  """Dear Amazon,

Please, please, please help us. Our account is the only income of our family, my father is in the hospital now and I don't know how to pay the bill if the account is closed. I am crying when I write this letter.

The reason of the problem: our cancellation rate is 3.7%. In October our supplier closed his factory suddenly and we had no stock for the 8 best selling products, but the listings were still active, so we had to cancel 64 orders.

What we have did: we have set the quantity to 0 for all products from this supplier, we found a new factory and signed contract, the first batch arrived our warehouse on 2026-11-10. We also refunded all the cancelled buyers.

We beg you to give us one more chance, we will never forget your kindness.

Sincerely,
Jenny Luo""",
  sec={"rc": "The reason of the problem:", "co": "What we have did:"}, style="inline",
  pol=["cancellation rate"],
  emo=["Please, please, please help us.", "I am crying when I write this letter.",
       "my father is in the hospital now and I don't know how to pay the bill if the account is closed",
       "We beg you to give us one more chance, we will never forget your kindness."],
  notes="emotional (begging, personal hardship); missing preventive")

M("appeal-noplan-zh-086", AA, "review-manipulation", "", "US", "chinese", "en",
  "Sorry sorry sorry - our account",
  """Dear Seller Performance,

We are so sorry. We are very very sorry. We deeply deeply apologize to Amazon and all the customers. We know we made big mistake and we feel very ashamed, we apologize again and again from the bottom of our heart.

We did not know that sending free gift to customers is wrong. We will never do it again, we promise, we promise.

Please forgive us one time and give back our account. We are small company and we respect Amazon rules very much. Please, we are begging you.

Thank you so so much.

Xiaoyu
Fujian Tianyi Trading""",
  emo=["We are so sorry. We are very very sorry. We deeply deeply apologize to Amazon and all the customers.",
       "we apologize again and again from the bottom of our heart", "Please, we are begging you."],
  notes="excessive apology, begging; no POA; no policy named")

M("poa-safety-native-087", AA, "product-safety", "", "US", "native", "en",
  "Appeal - product safety deactivation (space heater)",
  """To the Seller Performance team,

I am devastated. I have spent every cent I have and eight years of my life building this business, and waking up to find it gone has honestly left me shaking. I'm pleading with you to read this all the way through.

WHAT HAPPENED
Our account was deactivated for a product safety concern after two customers reported that our ceramic space heater's tip-over switch did not shut it off. We traced it to one production lot (lot 2609-B) where the factory installed a tilt switch from a different vendor that needs a steeper angle to trigger.

WHAT WE DID
We stopped sales the same day, recalled every unit from lot 2609-B that we could trace (412 units, 389 returned so far), and reported it to the CPSC through SaferProducts.gov. All 41 units in FBA were removed and destroyed. The factory reinstalled the correct switch on the next lot, and an independent lab (Intertek) re-tested it to UL 1278; the report is attached.

HOW WE'LL PREVENT IT
Every lot will be tested by a third-party lab before shipping. The factory signed an agreement that no component can change without written sign-off from us. We added a tilt test to our own incoming inspection for 10% of every lot.

Please, I'm begging you, don't let one bad lot end everything.

Thomas Reed
Reed Home Comfort""",
  sec={"rc": "WHAT HAPPENED", "co": "WHAT WE DID", "pr": "HOW WE'LL PREVENT IT"}, style="caps",
  pol=["product safety"],
  emo=["I am devastated.", "has honestly left me shaking", "I'm pleading with you to read this all the way through.",
       "Please, I'm begging you, don't let one bad lot end everything."],
  decoys=[("lot-number", "2609-B")],
  notes="complete POA in caps, but emotional pleading at start and end")

# ---- complete POAs (hard negatives for T003), batch 9
M("poa-inauth-zh-088", AA, "inauthentic", "", "US", "chinese", "en",
  "Plan of Action - Inauthentic complaints - Merchant Token A2KQ7XZ9P3LM0B",
  """Dear Seller Performance Team,

We are the account manager at Qiming Cross-border Consulting and we are writing on behalf of our client Hefei Lanshan Trading (Merchant Token A2KQ7XZ9P3LM0B). The account was deactivated for inauthentic complaints about its wireless earbuds.

### Investigation
We checked all 14 complaints from the past 90 days. 11 of them were for ASIN B0CZ3Q8MWR. Customers said the charging case had no serial number and the packaging looked different from the photos. We found that in July the client purchased 600 units from a trading company instead of the factory, and this batch was a different version with generic packaging. The client kept no invoice that linked this batch to the manufacturer.

### Immediate actions
- All remaining units of this batch (217) were removed from FBA on 2026-10-21.
- The listing images and description were updated to match the current packaging exactly.
- The client obtained a letter from the manufacturer Anhui Soundtek confirming the trading company is its authorised distributor, together with the invoice chain.
- Every one of the 14 customers was refunded.

### Long-term controls
- Purchases will be made only from the manufacturer or distributors listed in writing by the manufacturer.
- Each batch will be photographed on arrival and compared with the listing before sending to FBA.
- Invoices will be archived per batch for 365 days minimum.
- Account health will be reviewed by us (the agency) every week and reported to the client.

Kindly review. Thank you.

Best regards,
Iris Fang
Qiming Cross-border Consulting""",
  sec={"rc": "Investigation", "co": "Immediate actions", "pr": "Long-term controls"}, style="markdown",
  pol=["inauthentic complaints"],
  decoys=[("merchant-token", "A2KQ7XZ9P3LM0B"), ("asin", "B0CZ3Q8MWR")],
  notes="agency-written POA, markdown level-3 headings: Investigation / Immediate actions / Long-term controls")

M("poa-related-in-089", AA, "related-accounts", "", "IN", "indian", "en",
  "Appeal - Seller Code of Conduct, multiple accounts",
  """Dear Seller Performance Team,

Our account Kiran Fashions has been deactivated for operating multiple selling accounts, which is against the Seller Code of Conduct. Please find our Plan of Action.

**Why did this happen?**
My wife runs a separate account "Anaya Ethnic Wear" which was opened by her in 2024 with her own PAN and bank account. However, both accounts were being operated from our home computer and she sometimes used my email as a backup contact. Because of this, the accounts appeared linked.

**What have we done?**
1. My wife has applied through Seller Support for approval to keep the second account with a legitimate business need. The case details and her GST documents are attached.
2. Her account now uses her own email and mobile number for all contacts.
3. She has bought a separate laptop and internet connection for her business.

**How will we prevent it?**
1. No shared devices, emails or phone numbers between the two businesses in the future.
2. If any new account is needed, we will first request approval from Amazon.
3. We will read the Seller Code of Conduct again every six months.

Kindly reinstate our account.

Regards,
Kiran Desai""",
  sec={"rc": "Why did this happen?", "co": "What have we done?", "pr": "How will we prevent it?"}, style="bold",
  pol=["Seller Code of Conduct", "multiple selling accounts"],
  notes="bold headings written as questions")

M("poa-tm-native-090", LR, "ip-trademark", "", "US", "native", "en",
  "Reinstatement request - trademark notice on ASIN B0B7TR3QXK",
  """Hello,

I'm an Amazon consultant writing on behalf of Summit Trail Co. Their listing for a hiking backpack (ASIN B0B7TR3QXK) was removed following a notice of trademark infringement from the owner of the "TrailPeak" mark.

1. Cause of the notice
The client's previous listing agency added "TrailPeak compatible" to the title and "trailpeak backpack" to the backend search terms in an effort to capture traffic. The client's product is not related to that brand and the wording was never authorised.

2. Actions completed
The title, bullets and backend terms were rewritten on November 2 to remove every reference to the mark. The client ended the relationship with the listing agency and revoked its user permissions. A retraction request was sent to the rights owner's counsel, who confirmed in writing on November 6 that they will withdraw the notice; a copy of that email is attached.

3. Ongoing controls
All listing copy will now be written in-house and checked against USPTO TESS before publishing. No competitor brand names will be used anywhere in the listing or keywords. Any third party given access to Seller Central will sign an agreement that includes Amazon's intellectual property policies.

Please let me know if any additional information would help.

Best regards,
Dana Whitman
Whitman Marketplace Advisory""",
  sec={"rc": "1. Cause of the notice", "co": "2. Actions completed", "pr": "3. Ongoing controls"},
  style="numbered", pol=["trademark infringement", "intellectual property policies"],
  decoys=[("asin", "B0B7TR3QXK")],
  notes="consultant-written, numbered")

M("poa-review-zh-091", AA, "review-manipulation", "", "US", "chinese", "en",
  "Our POA for review manipulation",
  """Dear Amazon Seller Performance Team,

Thank you for giving us the opportunity to appeal. Our account was deactivated for violating the Customer Product Reviews policy. Below is our POA.

Our POA for root cause:
We put a small card in the package of our yoga mats that said "Leave a 5-star review and get a free strap". Our new designer made the card and we did not check it. We now understand incentivized reviews are not allowed.

Our POA for the actions we have taken:
We have stopped using the card from 2026-10-15. We created removal order to take all FBA inventory back to our warehouse, and we have taken out every card from the boxes (about 2,600 cards) and re-sent the inventory. We have also deleted the email template that asked for good reviews.

Our POA for preventing this issue:
Every insert card and email will be approved by our manager and checked with the Amazon review policy. We will only use the Request a Review button. Our team will take policy training every quarter.

We appreciate your time. Thank you.

Best regards
Sophia Yang""",
  sec={"rc": "Our POA for root cause:", "co": "Our POA for the actions we have taken:",
       "pr": "Our POA for preventing this issue:"}, style="our-poa",
  pol=["Customer Product Reviews policy", "review policy"],
  notes="our-poa headings")

M("poa-vtr-in-092", AA, "valid-tracking", "", "IN", "indian", "en",
  "Reinstatement - Valid Tracking Rate",
  """Dear Seller Performance Team,

We are writing in respect of deactivation of our account due to VTR of 92.4%. Kindly find our Plan of Action.

(a) Root cause
For our self-ship orders we were using a local courier (Speedline Couriers) which is not integrated with Amazon. Our staff were entering their docket numbers like SL2610045821 but Amazon was unable to validate the tracking.

(b) Corrective actions taken
- We have discontinued Speedline Couriers from 1st November 2026.
- All self-ship orders are now shipped through Easy Ship.
- Our dispatch staff have been trained to confirm shipment only after tracking ID is generated.

(c) Preventive measures
- VTR will be monitored weekly by the operations head.
- Only couriers in Amazon's approved carrier list will be used.

Kindly reinstate our account.

Regards,
Sunil Verma
Verma Auto Parts, Ludhiana""",
  sec={"rc": "(a) Root cause", "co": "(b) Corrective actions taken", "pr": "(c) Preventive measures"},
  style="lettered", pol=["VTR"],
  decoys=[("tracking-number", "SL2610045821")],
  notes="lettered (a)/(b)/(c); metric abbreviation only")

M("poa-cond-zh-093", AA, "condition", "", "US", "chinese", "en",
  "Appeal - item not as described complaints",
  """Dear Seller Performance Team,

Our account was deactivated because of too many "item not as described" complaints for our curtains. We have investigated carefully.

Why did it happen
The curtain listing says "100% blackout" but our curtain is only about 85-90% blackout. The phrase came from the factory catalog and we did not test it. Customers were disappointed and left negative feedback and returns.

What did we fix
We have changed the title and bullet points to "room darkening" and added a real photo of the curtain in sunlight. We have contacted 46 customers who complained and offered them a full refund. We have also sent 5 samples to a lab to measure the shading rate, the report says 88%, and we put this number in the description.

How do we stop it from happening again
Every claim in our listings (material, size, performance) must have a test report or be checked by us before publishing. Our QC will compare the listing with the real product when each new batch arrives.

Thank you for your review.

Regards,
Lucas Zheng
Shaoxing Weave Home Textile""",
  sec={"rc": "Why did it happen", "co": "What did we fix", "pr": "How do we stop it from happening again"},
  style="plain", pol=["item not as described"],
  notes="plain headings as questions without question marks")

M("poa-cancel-native-094", AA, "cancel-rate", "", "CA", "native", "en",
  "PFCR over target - plan of action",
  """Hello Seller Performance,

Our Amazon.ca account was deactivated because our PFCR was 3.4% against the 2.5% target.

Root cause:
We list several items that we buy to order from a distributor in Ontario. In September the distributor changed its ordering system and our daily stock feed from them stopped updating. For eleven days our listings kept showing stock the distributor no longer had, and we cancelled 29 orders.

What we did:
We set every distributor-sourced SKU to manual quantity the day we noticed. We rebuilt the feed connection with their new system and added an alert that tells us if the feed hasn't updated in 12 hours. All affected buyers were refunded and emailed.

Prevention:
Any SKU we don't hold ourselves will carry a buffer of two units and a longer handling time. We'll look at the cancellation rate every Monday and pause any supplier whose items are causing cancellations.

Thank you,
Steve MacLeod
Northern Reel Tackle""",
  sec={"rc": "Root cause:", "co": "What we did:", "pr": "Prevention:"}, style="colon",
  pol=["PFCR", "cancellation rate"],
  notes="metric abbreviation PFCR; colon headings on their own line")

M("poa-listing-zh-095", LR, "listing-policy", "", "US", "chinese", "en",
  "Appeal for listing removed - product detail page violation",
  """Dear Amazon Team,

Our ASIN B0CY5HZ1KD was deactivated for violation of the Product Detail Page Rules (misleading title with "for iPhone" and "Apple"). Here is our POA.

ROOT CAUSE ANALYSIS
Our operator used "Apple iPhone" in the title, which makes customers think it is an Apple product. He saw other sellers do this and he thought it is ok.

CORRECTIVE ACTION TAKEN
- We changed the title to "Phone Case Compatible with iPhone 16" following the style guide.
- We removed "Apple" in all images and bullet points.
- All other 31 listings were checked and 4 titles were corrected.

PREVENTIVE ACTION
- Our listing supervisor will check every title before publish.
- We will train all operators about the product detail page rules and the use of brand names.

Thank you.

Best regards
Carl Tang""",
  sec={"rc": "ROOT CAUSE ANALYSIS", "co": "CORRECTIVE ACTION TAKEN", "pr": "PREVENTIVE ACTION"}, style="caps",
  pol=["Product Detail Page Rules", "product detail page rules"],
  decoys=[("asin", "B0CY5HZ1KD")],
  notes="caps headings")

M("poa-used-in-096", AA, "used-sold-as-new", "", "IN", "indian", "en",
  "Appeal - used sold as new complaints",
  """Dear Team,

This is with reference to the deactivation of our account Shivam Mobiles for used sold as new complaints on refurbished phones.

We found that the problem was caused at our repair centre. Phones which came back as customer returns were being repaired, repacked in new boxes and again listed under New condition by our inventory staff, who did not know the Amazon condition guidelines. We have since stopped listing any returned or repaired phone as New, moved 74 such units to the Renewed programme after applying, and refunded all 12 complaining customers in full.

Going forward, every return will be tagged with a red label at the time of receiving and cannot be put back in new stock. Only sealed units from the distributor will be listed as New, and the store manager will cross-check the IMEI of every New unit with the distributor invoice.

Kindly reinstate our account.

Thanks and regards
Vivek Chauhan
Shivam Mobiles, Ahmedabad""",
  sec={"rc": "We found that the problem was caused", "co": "We have since stopped listing",
       "pr": "Going forward, every return"}, style="none",
  pol=["used sold as new", "condition guidelines"],
  notes="no headings")

M("poa-copyright-zh-097", LR, "ip-copyright", "", "US", "chinese", "en",
  "Copyright infringement complaint - reinstatement request",
  """Hello,

Our listing of the children's coloring book (ASIN B0D3TQ1VYB) was removed because of a copyright infringement complaint from the illustrator.

**1. What went wrong**
We bought the illustration files from a freelancer on a design platform. The freelancer told us the drawings were his original work, but 12 pages were copied from the complainant's book. We did not check the source of the drawings.

2. Actions done
- We removed the 12 pages and replaced with new drawings made by our in-house designer. The new PDF is attached.
- We have stopped to work with this freelancer and reported him to the platform.
- We have contacted the illustrator, said sorry, and she agreed to retract the complaint after we removed the pages.

**3. Prevention**
- Only in-house drawings or drawings with a written license will be used.
- We will use reverse image search on every page before publishing.

Thank you.

Best regards,
Mia Gao
Hangzhou Little Sprout Culture""",
  sec={"rc": "1. What went wrong", "co": "2. Actions done", "pr": "3. Prevention"}, style="mixed",
  pol=["copyright infringement"],
  decoys=[("asin", "B0D3TQ1VYB")],
  notes="mixed: bold numbered and plain numbered headings")

M("poa-idv-vn-098", AA, "identity-verification", "", "US", "other-non-native", "en",
  "Seller verification failed - appeal",
  """Dear Seller Performance,

My account was deactivated because Amazon could not verify my identity and business information.

Root cause: when I registered, I wrote my name as "Le Thi Thu Ha" but on my passport it is "LE THI THU HA" and the address I wrote in English translation is different from the address on my business registration which is in Vietnamese.

Actions done: I have updated my legal name exactly as passport and I uploaded a notarized English translation of business registration with the same address format. I also uploaded bank statement from Vietcombank matching my name.

Prevention: I will keep all information the same in every document and update Seller Central immediately if any change.

Thank you for your support.

Le Thi Thu Ha
Ha Linen House""",
  sec={"rc": "Root cause:", "co": "Actions done:", "pr": "Prevention:"}, style="inline",
  pol=["verify my identity"],
  notes="Vietnamese writer, inline POA")

M("poa-related-zh-099", AA, "related-accounts", "", "US", "chinese", "en",
  "Appeal - related account",
  """Dear Team,

Our account was deactivated due to a relationship with a deactivated account. Plan of action:

1) The reason
Our former operation manager Mr. Song also managed another seller account for his friend, and he logged in both accounts on his laptop. The other account was deactivated for inauthentic complaints, and because of the same device our account was linked.

2) What we have done
We fired Mr. Song in October and took back his laptop. We have removed his user access and changed the Seller Central password, the new password is Hx#Qm2026!yl and only I and my partner know it. Two-step verification is now on my phone.

3) Prevention
Staff must only use company computers for our account, and they are not allowed to log in any other seller account on company computers. We will check the user permissions page every month.

Thank you.
Zhou Yang""",
  sec={"rc": "1) The reason", "co": "2) What we have done", "pr": "3) Prevention"}, style="numbered",
  pol=["relationship with a deactivated account"],
  secrets=[("password", "Hx#Qm2026!yl")],
  notes="complete POA; new password pasted in the corrective section")

# ---- non-appeals, batch 10
M("fba-lost-in-100", FBA, "", "lost-inbound", "IN", "indian", "en",
  "LTL shipment received short - FBA15DK8W2NQ",
  """Dear Team,

Our LTL shipment FBA15DK8W2NQ (4 pallets, 96 cartons of stainless steel cookware) was delivered to DEL4 on 22-09-2026. The carrier POD is signed for 96 cartons without any remark, but in the shipment summary only 88 cartons worth of units have been received. Shortage is 8 cartons, i.e. 64 units.

Details for your reference:
BOL number: 482913576
PRO number: 730215948
Freight carrier: Safexpress

We have attached the BOL, signed POD, packing list and invoice. Kindly reconcile the shipment and reimburse the shortage units.

Thanks & Regards,
Aditya Kapoor
Kapoor Metal Works""",
  decoys=[("shipment-id", "FBA15DK8W2NQ"), ("bol-number", "482913576"), ("pro-number", "730215948")],
  notes="9-digit BOL and PRO numbers fail the ABA check")

M("fba-removal-zh-101", FBA, "", "removal", "US", "chinese", "en",
  "Removal order partially received",
  """Hello,

Unfortunately we only received 120 units of our removal order Rm8KxP2sQd, but the order shows 200 units shipped and completed. The tracking numbers are 1Z4F09E70312877510 and 1Z4F09E70312877529, both delivered to our warehouse in New Jersey, we received only one box for each tracking.

Could you please investigate where are the other 80 units (FNSKU X003QT6LNB) and reimburse if they are lost? We have the warehouse receiving record and photos.

Thanks a lot!
Best regards
Yolanda Fu""",
  decoys=[("mild-word", "Unfortunately"), ("removal-order-id", "Rm8KxP2sQd"),
          ("tracking-number", "1Z4F09E70312877510"), ("fnsku", "X003QT6LNB")],
  notes="calm, one mild word")

M("tech-page-native-102", TECH, "", "page-error", "US", "native", "en",
  "Manage Inventory page won't load",
  """Hi,

For the last three days our Manage Inventory page shows "Something went wrong on our end" after loading for about a minute. It happens on every browser and on two different computers. Other pages (Orders, Reports, Advertising) work fine.

We have around 4,300 SKUs. Filtering by a single SKU through the search bar does load, so I suspect it's a timeout on the full list.

We've already tried logging out, clearing the cache, and changing our password in case it was a session issue. None of it helped. Is there a known issue, or a workaround to get the page to load with fewer rows?

Thanks,
Marissa Lee
Operations, Evergreen Tea House""",
  decoys=[("password-word", "changing our password")],
  notes="'password' mentioned with no value")

M("tech-deposit-in-103", TECH, "", "deposit-method", "IN", "indian", "en",
  "Bank account verification failed for deposit method",
  """Dear Seller Support,

We have updated our deposit method to our new current account but it is showing "verification failed". Please find the bank details below for your verification:

Account holder name: Lakshmi Textiles
Bank: State Bank of India, Tirupur branch
Account number: 38294710563
IFSC: SBIN0000912
Account type: Current

The cancelled cheque and bank statement are also uploaded. Kindly check and update at the earliest as our disbursement is on hold.

Thanks and regards,
Venkatesh Subramanian
Lakshmi Textiles""",
  secrets=[("bank-account", "38294710563")],
  decoys=[("ifsc", "SBIN0000912")],
  notes="Indian bank account number with IFSC")

M("tech-deposit-native-104", TECH, "", "deposit-method", "US", "native", "en",
  "New deposit account rejected",
  """Hello,

We switched banks and I'm trying to add the new checking account as our deposit method. Seller Central rejects it with "The bank account information is not valid." I've triple-checked with the bank, here is exactly what they gave me:

Chase Bank, N.A.
Routing: 021-000-021
Account: 7784.2290.1563
Name on account: Prairie Pantry LLC

The account has been open for two weeks and has received ACH deposits from other marketplaces already. Could you tell me what's wrong?

Thanks,
Laura Jensen
Prairie Pantry LLC""",
  secrets=[("routing-number", "021-000-021"), ("bank-account", "7784.2290.1563")],
  notes="routing number with dashes, account number with dots")

M("brand-contribution-native-105", BR, "", "listing-contribution", "US", "native", "en",
  "Our brand's listing images keep getting replaced",
  """Hi Brand Registry,

We're the registered brand owner for Oakhurst (Brand Registry enrolled since 2023). Over the last two weeks, the main image on ASIN B0B2NW7KQF has been replaced three times with a lower-quality photo that shows a different lid. Each time we upload our image again, it sticks for a day or two and then reverts.

We'd like to know who is submitting the contributions and to have our contribution locked as the authoritative one. Our team is the only one that sells this product; we don't use resellers.

Screenshots of each change, with dates, are attached.

Thanks,
Ben Hartley
Oakhurst Kitchen""",
  decoys=[("asin", "B0B2NW7KQF")],
  notes="calm brand dispute")

M("brand-transparency-zh-106", BR, "", "hijacker", "US", "chinese", "en",
  "WHY YOU DON'T REMOVE THE FAKE SELLER???",
  """Hello Brand Registry,

THIS IS THE FIFTH TIME WE REPORT THIS SELLER!!! He is selling fake products on our listing every day and you do nothing. Our customers get fake products and give us 1 star review and our brand is destroyed. We pay so much money for ads and Transparency codes and Amazon do not protect us at all. You are helping the fake sellers!!!

If you don't remove him today we will stop all our ads and tell all the Chinese sellers in our WeChat group that Brand Registry is useless.

The seller ID is A3QZ8T2MW4LK9N, ASIN is B0C8PLK72X. Test buy order 111-5995289-0786666.

Coral Shi""",
  emo=["THIS IS THE FIFTH TIME WE REPORT THIS SELLER!!!", "You are helping the fake sellers!!!",
       "our brand is destroyed",
       "If you don't remove him today we will stop all our ads and tell all the Chinese sellers in our WeChat group that Brand Registry is useless."],
  decoys=[("merchant-token", "A3QZ8T2MW4LK9N"), ("asin", "B0C8PLK72X"), ("order-id", "111-5995289-0786666")],
  notes="shouting, accusation, threat; order ID passes Luhn without dashes (hard negative)")

M("cat-automotive-zh-107", CAT, "", "automotive", "US", "chinese", "en",
  "Apply for approval Automotive & Powersports category",
  """Dear Category Team,

We want to apply to sell in Automotive & Powersports category, our products are car LED headlight bulbs. We are the manufacturer, factory located in Guangzhou Huadu, we have 8 years experience and export to Europe and America.

Attached documents:
1. Business license
2. DOT compliance statement and SAE test report
3. Invoices of raw materials (LED chips from our supplier)
4. Product photos with our brand "BRIGHTAX" on the product and box

Please kindly review and approve. If need more information, please contact us.

Best regards
Guangzhou Brightax Auto Lighting
Steven Kuang""",
  notes="ungating request")

M("cat-toys-native-108", CAT, "", "toys-holiday", "US", "native", "en",
  "Holiday selling requirements for Toys & Games",
  """Hello,

We sell wooden puzzles and building blocks that we make in our workshop in Maine. We'd like to keep selling in Toys & Games through the holiday period and I understand there are extra requirements for new sellers between November and January.

Our account opened in July and our metrics are all green, with 214 orders shipped, no A-to-z claims and a 0% late shipment rate. All of our products have third-party CPSIA testing and Children's Product Certificates, which I can upload.

Could you let me know whether we qualify, and if not, what we still need?

Thanks,
Emily Sawyer
Pine Cove Toys""",
  pol=["late shipment rate"],
  notes="question about holiday selling rules")

M("fba-return-zh-109", FBA, "", "customer-return", "US", "chinese", "en",
  "Customer returned wrong item - please reimburse",
  """Dear Seller Support,

For order 114-5029381-7720419, the customer returned a different item (an old broken hair straightener of another brand) instead of our new ceramic flat iron, and Amazon refunded the customer full amount. The returned item now is in our unfulfillable inventory, LPN LPNRR948271563.

We are very sorry to bother you, but this is not our product. Kindly check the return and reimburse us for this order. We attach the photo from the FC grading.

Thank you.
Best regards,
Cindy Ou""",
  decoys=[("order-id", "114-5029381-7720419"), ("lpn", "LPNRR948271563"),
          ("single-apology", "We are very sorry to bother you")],
  notes="wrong item returned")

M("tech-login-kr-110", TECH, "", "login", "US", "other-non-native", "en",
  "Two-step verification authenticator app lost",
  """Hello,

I changed my phone last week and I did not move the authenticator app. Now when I log in, Seller Central asks the OTP from the app but I can not get it. The backup method is SMS to my old Korean number which is cancelled.

How can I reset the two-step verification? I can provide my ID card and business registration. Please help me, I need to check the orders.

Thank you.
Choi Yun-seo
Seoul Paper Studio""",
  decoys=[("otp-word", "asks the OTP from the app")],
  notes="Korean writer; OTP mentioned with no value")

M("tech-upload-zh-111", TECH, "", "listing-upload", "US", "chinese", "en",
  "Listing upload error 90220 - item_type_keyword",
  """Hi,

When we upload the new listings for pet beds by the category template, all SKU show error code 90220 "item_type_keyword is required but not supplied". But we have filled the column item_type_keyword with "pet-beds". We downloaded the newest template yesterday.

Also the parent SKU PB-2026-PARENT shows error 8560. We don't know what is the reason of the problem.

Kindly please check our feed, submission ID 148392017455. Thank you!

Best regards
Oliver Qian""",
  decoys=[("error-code", "90220"), ("sku", "PB-2026-PARENT"), ("feed-id", "148392017455")],
  notes="flat file errors")

M("tech-report-in-112", TECH, "", "report-error", "IN", "indian", "en",
  "Business report not generating - request help",
  """Hello Team,

The Business Reports section (Detail Page Sales and Traffic by Child Item) is not showing any data after 28th October. It shows "No data available for selected date range" even though we have more than 300 orders in that period.

Kindly check from your end and revert back. We need this report for our monthly review.

Thanks,
Ritu Saxena
Saxena Home Needs""",
  notes="short report issue")

M("tech-payment-in-113", TECH, "", "payment-method", "IN", "indian", "en",
  "Card declined for seller subscription charges",
  """Dear Team,

Our subscription charges are failing on the credit card ending with 4417. The bank says they have not received any transaction request from Amazon. The card is enabled for international transactions and the limit is available.

Your system is asking for CVV again and again and then showing "card declined". Kindly let us know if we should add another card or if there is any issue at your end.

Regards,
Farhan Qureshi
Qureshi Perfumes""",
  decoys=[("card-last4", "4417")],
  notes="only last four digits of a card and the word CVV: no secret")

# ---- non-appeals, batch 11
M("fba-lost-zh-114", FBA, "", "lost-inbound", "US", "chinese", "zh",
  "入库货件少收，请求调查",
  """您好，

我们的货件 FBA19KT4M7VX 已经于10月8日送达 LGB8 仓库，承运人的签收记录显示30箱全部签收，但是后台只接收了 560 件，我们实际发了 600 件，每箱 20 件，少了 40 件。

我们已经核对过装箱单和发票，出货前每一箱都称重拍照了，所以可以确认数量没有问题。相关文件都已经上传到附件里：装箱单、商业发票、签收证明。

麻烦帮我们调查一下，如果确实丢失，请按照政策给我们赔偿。因为英文不太好，所以用中文写，请见谅。谢谢！

厦门海川贸易有限公司
林小姐""",
  decoys=[("shipment-id", "FBA19KT4M7VX")],
  notes="Chinese text on US marketplace, lost inbound")

M("brand-hijack-native-115", BR, "", "hijacker", "US", "native", "en",
  "Unauthorized seller on our private label listing",
  """Hello,

A seller called "Value Mart Direct" joined our listing ASIN B0D4LQW8TK about a week ago. We are the brand owner (Hollow Creek, registered in Brand Registry), we manufacture the product ourselves and we don't sell wholesale, so there's no legitimate way for them to have our product.

We placed a test buy (order 114-9182736-4455012) and received a generic knock-off in an unbranded polybag. Photos of what arrived are attached next to a photo of our real product.

Could you please investigate and remove the offer? Happy to provide our trademark certificate or anything else.

Thanks,
Kyle Brennan
Hollow Creek Outdoors""",
  decoys=[("asin", "B0D4LQW8TK"), ("order-id", "114-9182736-4455012")],
  notes="calm hijacker report")

M("brand-hijack-in-116", BR, "", "hijacker", "IN", "indian", "en",
  "Other sellers selling duplicate products on our brand listing",
  """Dear Brand Registry Team,

We are the registered brand owner of "Zestora" (Trademark Application No. 5723190, Class 3). Three sellers are currently selling duplicate products on our listing B0CHN3P7QL at lower price. Customers are complaining about quality and giving negative reviews which is damaging our brand image.

Kindly take strict action against these sellers and remove them from our listing. Test buy invoices and photographs are attached for your reference.

Do the needful at the earliest.

Regards,
Sneha Kulkarni
Zestora Naturals""",
  decoys=[("trademark-number", "5723190"), ("asin", "B0CHN3P7QL")],
  notes="Indian brand owner, calm")

M("cat-jewelry-zh-117", CAT, "", "jewelry", "US", "chinese", "en",
  "Fine jewelry category approval request",
  """Dear Amazon Category Team,

We would like to apply for approval in Fine Jewelry. We are a jewelry factory in Shenzhen Shuibei with 12 years experience, we produce 925 sterling silver and 14K gold jewelry.

We have prepared:
- Business license and jewelry production license
- Third party test report from NGTC for silver and gold content
- Photos of our products with the quality stamp "925" and "14K"
- Invoices for raw material

We understand there is a fee for fine jewelry approval and we are ready to pay. Please kindly tell us next step.

Thanks and best regards
Rose Lin
Shenzhen Lingyu Jewelry Co., Ltd.""",
  notes="ungating request")

M("cat-grocery-zh-118", CAT, "", "grocery", "US", "chinese", "en",
  "Re: Grocery approval - additional documents",
  """Hi,

Thanks for your reply. You asked for invoices from the manufacturer or distributor for our tea products. Attached please find the invoices from Fujian Anxi Tieguanyin Tea Cooperative, dated within the last 180 days, with our company name and address, quantity over 500 units total.

We also attach the FDA food facility registration of the cooperative and the product label with English ingredients and net weight.

Kindly please review our application again. Thank you!

Best regards
Amber Chen""",
  notes="follow-up in an ungating case")

M("fba-damaged-in-119", FBA, "", "damaged-inbound", "IN", "indian", "en",
  "Units marked damaged at receiving - request reimbursement",
  """Dear Team,

Our shipment FBA15ZP3RM7Y was sent through Amazon Transportation Services. At the time of receiving at BOM5, 27 units of glass storage jars were marked damaged. The cartons were packed with bubble wrap and dividers as per FBA packaging guidelines, and photos of packing were taken before dispatch.

Since the transportation was done by Amazon's partnered carrier, we request you to reimburse the damaged units. Kindly check and do the needful.

Thanks & Regards
Harish Joshi
Joshi Kitchenware""",
  pol=["FBA packaging guidelines"],
  decoys=[("shipment-id", "FBA15ZP3RM7Y")],
  notes="damaged inbound, partnered carrier")

M("tech-login-zh-120", TECH, "", "login", "US", "chinese", "en",
  "Account locked - can not login after password reset",
  """Dear Seller Support,

Our account is locked after we reset the password. Our colleague changed it yesterday and sent me in our internal chat:

新密码是：Lt2026@yunfei#88 （区分大小写）

I tried to login with this password but it says "There was a problem. Your password is incorrect." We are sure it is correct because I copied it directly. Now the account shows "locked for security reasons".

Please help to unlock the account. We can provide business license and ID for verification.

Thank you very much!
Eric Feng
Yunfei Outdoor""",
  secrets=[("password", "Lt2026@yunfei#88")],
  notes="password in a pasted Chinese chat line after 新密码是：")

M("tech-deposit-ja-121", TECH, "", "deposit-method", "JP", "other-non-native", "ja",
  "売上金の入金口座の変更ができません",
  """セラーサポート様

お世話になっております。株式会社アオバ商事の鈴木です。

売上金の入金先を新しい銀行口座に変更しようとしていますが、「口座情報を確認できませんでした」と表示されます。登録しようとしている口座は以下のとおりです。

銀行名：みずほ銀行　新宿支店
口座種別：普通
口座番号：4821937
名義：カ）アオバショウジ

また、以前ご案内いただいた確認のお電話で暗証番号を聞かれたので、念のため記載します。暗証番号：2958

入金が止まっており困っております。ご確認をお願いいたします。

株式会社アオバ商事
鈴木 大輔""",
  secrets=[("bank-account", "4821937"), ("password", "2958")],
  notes="Japanese on JP; bank account number and 暗証番号 (PIN, labeled password)")

M("tech-page-zh-122", TECH, "", "page-error", "US", "chinese", "en",
  "Can not open the Manage FBA Shipments page",
  """Hello,

Since 2 days we can not open the page "Shipping Queue", it shows "We're sorry, an error occurred, request ID 7F2K-9QWP-33XA". We need to create new shipments for the Black Friday, time is very urgent.

We tried Chrome, Edge and Firefox, and also used different computer and network, the same error. Our other user account also has the same problem.

Kindly please help us check this problem as soon as possible. Thank you so much!

Best regards
Tina Wei""",
  decoys=[("error-code", "7F2K-9QWP-33XA")],
  notes="page error with request ID")

M("fba-warehouse-lost-native-123", FBA, "", "warehouse-lost", "UK", "native", "en",
  "Units lost at LBA4 - no automatic reimbursement",
  """Hello,

According to our inventory ledger, 18 units of FNSKU X001KR4T9P (wool throw, grey) were adjusted out as "Lost" at LBA4 on 14 September and never found again. It's now well past the 30-day window and no reimbursement has appeared in our reimbursement report.

It's frustrating that this didn't happen automatically, but I'd appreciate it if you could look into it. Our average selling price for this item over the last 90 days is GBP 42.00.

Thanks,
Fiona Blake
Heather & Loom""",
  decoys=[("fnsku", "X001KR4T9P"), ("mild-word", "frustrating")],
  notes="calm UK seller with one mild word")

M("brand-program-kr-124", BR, "", "brand-program", "US", "other-non-native", "en",
  "Brand Registry application - trademark pending",
  """Dear Brand Registry,

We applied for Brand Registry with our brand "Dalbit" but the application was rejected because the trademark is still pending in USPTO. We have IP Accelerator law firm and the serial number is 98765432.

Is it possible to enroll with pending trademark by IP Accelerator? The law firm said it is possible but the page shows error. Please guide us what we need to do.

Thank you very much.
Yoon Ha-eun
Dalbit Home""",
  decoys=[("trademark-number", "98765432")],
  notes="Korean writer; pending trademark")

M("tech-shipping-label-native-126", TECH, "", "shipping-label", "US", "native", "en",
  "Buy Shipping labels printing blank",
  """Hi,

Since Monday, every label we buy through Buy Shipping prints as a blank page with only the barcode at the bottom. It doesn't matter whether we choose UPS or USPS, 4x6 or 8.5x11. The PDFs themselves open blank in Adobe too, so it's not the printer.

We've shipped about 60 orders late already because we had to go to the carriers' sites to buy postage, and I'm worried about our late shipment rate. Example order: 113-2284617-9001835.

Anything we can do on our side?

Thanks,
Jordan Ellis
Ellis Vinyl Records""",
  pol=["late shipment rate"],
  decoys=[("order-id", "113-2284617-9001835")],
  notes="label printing issue")

# ---- more hard negatives and margins, batch 12
M("poa-odr-zh-127", AA, "odr", "", "US", "chinese", "en",
  "Appeal for Order Defect Rate",
  """Dear Seller Performance Team, our account was deactivated because our Order Defect Rate reached 1.5% and we want to explain what happened and what we have did. After checking every order with defect we found the main reason is our phone chargers from the batch of September, the cable inside the plug was loose and many chargers stopped working after a few days, so customers left negative feedback and some opened A-to-z claims, and our customer service was on National Day holiday for one week so nobody answered the buyer messages. We have already removed all 530 chargers of that batch from FBA and the factory has made a new batch with a fixed plug design which passed our 500 times bending test, we have also contacted every buyer with a defect order and refunded them, and we have arranged a customer service colleague to work during all holidays. To avoid this happen again we will test 20 units of every new batch before sending to Amazon, our customer service will answer every message within 12 hours including weekends and holidays, and the manager will check the customer metrics every Monday. Thank you for your kind review. Best regards, Frank Xu, Shenzhen Powerlink Electronics""",
  sec={"rc": "After checking every order with defect we found the main reason",
       "co": "We have already removed all 530 chargers", "pr": "To avoid this happen again"},
  style="none", pol=["Order Defect Rate"],
  notes="complete POA written as one long paragraph with no line breaks")

M("poa-late-zh-128", AA, "late-shipment", "", "US", "chinese", "en",
  "Late shipment rate appeal - Dongyang Home",
  """Dear Amazon Seller Performance,

Our account was deactivated due to late shipment rate 6.5%. Please see our plan:

1. In October our only warehouse worker quit suddenly and we needed 10 days to hire new one, many orders were shipped late.
2. Our ERP did not send the shipping confirmation for about 80 orders because the token was expired.
3. We have hired 2 new warehouse workers and one backup worker who is trained for packing.
4. We have renewed the ERP authorization and checked that all orders are confirmed correctly now.
5. We have extended the handling time to 3 days for all self-fulfilled products.
6. In future the warehouse manager will check the unshipped orders every morning and afternoon.
7. We will renew the ERP token every 6 months and set a reminder one week before it expires.

Thank you for your consideration.

Best regards,
Dongyang Home
Ken Wu""",
  sec={"rc": "1. In October our only warehouse worker quit", "co": "3. We have hired 2 new warehouse workers",
       "pr": "6. In future the warehouse manager"}, style="numbered",
  pol=["late shipment rate"],
  notes="complete POA as one numbered list with no headings")

M("poa-counterfeit-native-129", AA, "counterfeit", "", "US", "native", "en",
  "Appeal - counterfeit complaint on headphones",
  """Hello,

We're appealing the deactivation of Greenline Audio following a counterfeit complaint on the wireless headphones we resell.

What went wrong
We bought a closeout lot from a liquidator in Texas last spring. We trusted the liquidator's word that the stock came from a retailer's overstock and didn't ask for proof of where it came from. The brand owner says part of that lot was not genuine.

Actions we took
We pulled all listings for this brand the same day we got the notice and created a removal order for the remaining 96 units. We've stopped buying from liquidators entirely. We contacted every buyer who bought from that lot and gave them a full refund, and we will also be sending the removed units to the brand owner for inspection if they want them.

Actions we will take
From now on we'll buy only from brand owners or authorized distributors who can give us an invoice trail. Before listing any branded product we'll confirm the distributor with the brand, and we'll keep those invoices on file for at least a year.

Thanks for your time,
Rob Sinclair
Greenline Audio""",
  sec={"rc": "What went wrong", "co": "Actions we took", "pr": "Actions we will take"}, style="plain",
  pol=["counterfeit"],
  notes="complete POA; corrective mixes past with one 'we will also'; 'Actions we will take' is the preventive part")

M("poa-safety-in-130", LR, "product-safety", "", "IN", "indian", "en",
  "ASIN B0C9TR4WPL deactivated - safety complaint on pressure cooker",
  """Dear Team,

Our listing ASIN B0C9TR4WPL (3 litre pressure cooker) has been deactivated after a customer reported that the gasket was leaking steam. Kindly find the Plan of Action for product safety concern.

Root Cause -
One lot of gaskets supplied by our vendor was of lower thickness (2.5 mm instead of 3 mm). Our incoming inspection only checked the size and not the thickness.

Corrective Action -
We have replaced gaskets in all 340 units lying in our warehouse and we have got the ISI mark test report again from BIS lab. The customer has been given a replacement cooker and refund for the inconvenience. We will also send new gaskets free of cost to the 58 customers who bought from that lot.

Preventive Action -
Gasket thickness will be measured for every lot at receiving, and the vendor will provide a test certificate with each lot. Any new vendor will be approved only after lab testing.

Kindly reinstate our listing.

Regards,
Meena Agarwal
Agarwal Kitchen Appliances""",
  sec={"rc": "Root Cause -", "co": "Corrective Action -", "pr": "Preventive Action -"}, style="plain",
  pol=["product safety"],
  decoys=[("asin", "B0C9TR4WPL")],
  notes="complete; dash-suffixed headings; corrective mixes done and will")

M("appeal-noplan-native-131", AA, "late-shipment", "", "US", "native", "en",
  "Question about our LSR deactivation",
  """Hi,

I run account operations for a small outdoor brand, Ironbark Supply. We got a deactivation notice for an LSR of 4.6%. Before we put together a plan, I want to make sure we understand the numbers: our own records show only 11 late orders out of 412 in the window, which would be 2.7%.

Could you send us the list of orders that were counted as late? It's possible some were marked late because the carrier scan came in after the ship-by date even though the package was handed over on time.

Once we have that list we'll respond properly.

Thanks,
Melissa Grant
Ironbark Supply""",
  pol=["LSR"],
  notes="no POA, none attached: asks for data before writing one")

# ---- batch 13: margins for every T003 variant, more styles
M("poa-tm-zh-132", LR, "ip-trademark", "", "US", "chinese", "en",
  "Request to reinstate listing - trademark",
  """Dear Amazon Team,

We received notice that our listing B0D6RK2XQP was removed for trademark infringement. Kindly see below.

## Corrective actions (completed)
- The word "Crocs" in our product title "Crocs style garden clogs" has been removed.
- We have deleted the backend keyword "croc shoes".
- We wrote to the brand owner to apologize and asked for retraction on 2026-11-02.

## Preventive actions
- All titles and keywords will be checked against the USPTO database by our team leader before publish.
- We will not use "style", "like" or "compatible" with another brand name.

Thank you for your consideration.

Best regards
Ray Lu
Jinjiang Comfortstep Shoes""",
  sec={"co": "Corrective actions (completed)", "pr": "Preventive actions"}, style="markdown",
  pol=["trademark infringement"],
  decoys=[("asin", "B0D6RK2XQP")],
  notes="missing root cause; markdown")

M("poa-safety-zh-133", AA, "product-safety", "", "US", "chinese", "en",
  "Our POA - product safety",
  """Dear Seller Performance Team,

We are writing to appeal the deactivation of our account for the product safety issue of our magnetic building blocks for children.

Our POA - actions already done:
1. All 6 listings of magnetic blocks are closed and 1,800 units in FBA are being removed for disposal.
2. We reported to CPSC and we have contacted every buyer in the last 12 months to offer full refund.
3. We have sent the products to a CPSC-accepted lab to test with ASTM F963, the report is attached.

Our POA - prevent in the future:
1. We will not sell any children's product without a valid Children's Product Certificate.
2. Every new toy product will be tested before listing, and our compliance manager will approve it.

We hope you can accept our appeal. Thank you.

Best regards,
Anna Ge
Taizhou Happykid Toys""",
  sec={"co": "Our POA - actions already done:", "pr": "Our POA - prevent in the future:"}, style="our-poa",
  pol=["product safety", "ASTM F963"],
  notes="missing root cause; our-poa headings")

M("poa-related-native-134", AA, "related-accounts", "", "US", "native", "en",
  "Appeal - account linked to another seller account",
  """Hello,

Our account was deactivated as related to another seller account that was not in good standing.

A. What caused the link
Our warehouse shares a building and an internet connection with a 3PL, and the 3PL's staff used one of our packing stations to print labels for another client. That client's account, we've learned, was the one deactivated. We had no business relationship with them beyond sharing the same building.

B. How we will stop it happening again
Our network will be kept separate from the 3PL's and our packing station computers will only be used by our own staff. Once a quarter, we'll review the user list and the login history in Seller Central.

Please let us know if you'd like a copy of our lease or the 3PL agreement.

Regards,
Aaron Fields
Fields Garden Supply""",
  sec={"rc": "A. What caused the link", "pr": "B. How we will stop it happening again"}, style="lettered",
  pol=["related to another seller account"],
  notes="missing corrective: nothing fixed, only future prevention")

M("poa-vtr-zh-135", AA, "valid-tracking", "", "UK", "chinese", "en",
  "Appeal - Valid Tracking Rate",
  """Dear Seller Performance,

Our UK account was deactivated for Valid Tracking Rate 90%, lower than 95%.

**The reason**
We ship from China to UK by a consolidated postal line. The tracking number only works in China, after it arrives UK the number changes and Royal Mail tracking is different, so Amazon can not see the delivery scan.

**Our prevention plan**
We will choose the logistics service which provides one tracking number all the way, such as Yun Express UK line, and we will check the VTR every week. If any logistics service is not on Amazon list, we will not use it.

Thank you for your help.

Best regards,
Jerry He
Fuzhou Daming Trading""",
  sec={"rc": "The reason", "pr": "Our prevention plan"}, style="bold",
  pol=["Valid Tracking Rate", "VTR"],
  notes="missing corrective; bold")

M("poa-cancel-zh-136", AA, "cancel-rate", "", "US", "chinese", "en",
  "Cancel rate POA",
  """Dear Amazon,

Our account was deactivated because cancel rate is 4.8%.

## Reason
We sell on Amazon, eBay and Walmart at the same time, and the inventory is not synced between the platforms. When one product sold out on Walmart, the Amazon listing still showed available stock, so we had to cancel orders.

## Solution done
We have connected all platforms to one ERP (Mabang) which syncs the stock every 10 minutes. We checked all listings and corrected the stock for 230 SKUs.

Please reinstate our account. Thank you!

Best regards
Judy Kang""",
  sec={"rc": "Reason", "co": "Solution done"}, style="markdown",
  pol=["cancel rate"],
  notes="missing preventive; markdown")

M("poa-review-zh-137", AA, "review-manipulation", "", "US", "chinese", "en",
  "Our POA - reviews",
  """Dear Seller Performance,

Our account was deactivated for review manipulation. Here is our POA.

Our POA, the root cause: our sales staff joined a Facebook group and paid the group members to buy our product and leave 5-star reviews, she wanted to increase sales quickly because of her KPI. The management did not know it.

Our POA, the corrective actions: we have fired this staff, left all the Facebook groups, and we asked Amazon to remove all the reviews from these orders. We also changed the KPI of the sales team so it is not connected with the number of reviews.

Please kindly review. Thank you.

Best regards,
Owen Ji
Guangdong Linghang Appliances""",
  sec={"rc": "Our POA, the root cause:", "co": "Our POA, the corrective actions:"}, style="our-poa",
  pol=["review manipulation"],
  notes="missing preventive; our-poa")

M("poa-inauth-zh-138", AA, "inauthentic", "", "US", "chinese", "en",
  "Appeal - inauthentic item complaints on ASIN B0C5WQ3TRN",
  """Dear Seller Performance Team,

Thank you for your email. We understand our account was deactivated for inauthentic item complaints.

**Root cause**
The complaints are about our replacement vacuum filters. The buyers think they are the original brand filters because our title said "for Dyson V8 original replacement". The word "original" made them think the product is made by the brand.

**Corrective actions**
We will change the title to "Replacement Filter Compatible with V8", we will delete the word "original" in all listings, and we will provide the invoices from our factory to Amazon.

**Preventive actions**
We will review all listing titles every month and our team will study Amazon's policy about compatible products.

Looking forward to your reply.

Regards,
Tony Yan""",
  sec={"rc": "Root cause", "co": "Corrective actions", "pr": "Preventive actions"}, style="bold",
  done=False, pol=["inauthentic item complaints"],
  notes="not-done; bold")

M("poa-drop-zh-139", AA, "drop-shipping", "", "US", "chinese", "en",
  "Appeal - drop shipping",
  """Dear Amazon Seller Performance,

Our account was deactivated because of drop shipping policy violation.

A. Root cause
Because our stock was not enough during Prime Day, our staff bought products from another online store and shipped to our customers directly, the package had the other store's invoice.

B. Corrective actions
1. We are going to cancel all the pending orders that we can not ship from our own stock.
2. We are going to contact the customers who received the package with other store's invoice and apologize.
3. We will prepare enough stock for FBA.

C. Prevention
1. All orders will be shipped only from our inventory with our own packing slip.
2. Before big promotions we will increase stock 2 months in advance.

Thanks
Rebecca Xiao""",
  sec={"rc": "A. Root cause", "co": "B. Corrective actions", "pr": "C. Prevention"}, style="lettered",
  done=False, pol=["drop shipping policy"],
  notes="not-done ('we are going to'); lettered")

M("poa-odr-zh-140", AA, "odr", "", "US", "chinese", "en",
  "Appeal - Order Defect Rate, Jiangmen Rongtai",
  """Dear Seller Performance Team,

We are Jiangmen Rongtai Kitchenware. Our account was deactivated due to Order Defect Rate 1.7%.

A. Root cause
Our stainless steel pots were packed without inner protection, so many arrived dented and customers left negative feedback. Also we did not answer buyer messages on time during our warehouse move.

B. Corrective actions completed
1. New packaging with corner protection and foam has been used since 2026-10-10.
2. All damaged units in FBA were removed.
3. All buyers with negative feedback were contacted and refunded, 9 feedbacks were removed by buyers.

C. Preventive measures
1. Drop test on every new packaging.
2. Customer service replies all messages within 24 hours, also during holidays.
3. The ODR is checked every week by the store manager.

Thank you.
Best regards,
Ruby Liang""",
  sec={"rc": "A. Root cause", "co": "B. Corrective actions completed", "pr": "C. Preventive measures"},
  style="lettered", pol=["Order Defect Rate", "ODR"],
  notes="complete POA; lettered")

M("poa-condition-in-141", AA, "condition", "", "IN", "indian", "en",
  "Appeal for condition complaints - refurbished laptops",
  """Dear Seller Performance Team,

Our account has been deactivated due to complaints that the condition of items was not as described in the listing.

## Root Cause Analysis
We sell refurbished laptops. Our condition notes said "no scratches" for all units, but the grading was done by different technicians and some of them were marking units with minor scratches as Grade A.

## Steps Already Taken
- All 210 units in stock were re-graded by our senior technician, and 48 units were moved to Grade B with photos in the condition note.
- All customers who complained have been refunded, and we picked up the laptops at our cost.
- Condition notes for all listings have been rewritten to describe the actual cosmetic condition.

## Going Forward
- One senior technician will do final grading for all units and sign the grading sheet.
- Random 10% of units will be re-checked by the store manager each week.

Kindly reinstate our account.

Regards,
Siddharth Rao
Rao Tech Renew, Bengaluru""",
  sec={"rc": "Root Cause Analysis", "co": "Steps Already Taken", "pr": "Going Forward"}, style="markdown",
  pol=["condition of items was not as described"],
  notes="complete; markdown with Root Cause Analysis / Steps Already Taken / Going Forward")

M("poa-price-in-142", AA, "price-gouging", "", "IN", "indian", "en",
  "Our POA - excessive pricing of sanitizer",
  """Dear Team,

Our account was deactivated as the price of our hand sanitizer listings was found to be excessive under the Amazon Fair Pricing Policy.

Our POA - reason: Our repricing tool was set to match the highest competitor price when stock is low. During the flu season demand, this rule increased the price to almost 3 times the MRP.

Our POA - corrective steps: We have switched off the repricing tool for all our listings. The prices of all 18 sanitizer listings have been reset to below MRP. Customers who paid the higher price have been refunded the difference.

Our POA - prevention: No price will ever be set above MRP. The repricer will be used only with a maximum price limit, and the proprietor will review prices every week.

Kindly reinstate our account.

Regards,
Gaurav Mehta
Mehta Pharma Distributors""",
  sec={"rc": "Our POA - reason:", "co": "Our POA - corrective steps:", "pr": "Our POA - prevention:"},
  style="our-poa", pol=["Fair Pricing Policy"],
  notes="complete; our-poa inline")

M("appeal-noplan-zh-143", AA, "restricted-products", "", "US", "chinese", "en",
  "account deactivated - need your help",
  """Hi Amazon,

Our store was deactivated yesterday. We don't understand why, we only sell phone accessories and the products all have certificate.

Maybe it is because one product, the "stun flashlight", but we already deleted it last month. We think it is not fair to close our account for one product we already deleted.

Please check our account again and give us the reason. We want to sell again, we have 5000 units in FBA.

Thanks
Mike Liao
Shenzhen Gaoteng Digital""",
  decoys=[],
  notes="no POA, no policy named")

M("fba-removal-native-144", FBA, "", "removal", "US", "native", "en",
  "Removal order marked complete, nothing arrived - losing my mind",
  """Hello,

Removal order Vq7Ls2XmPe (84 units of ceramic mugs) shows as completed with two UPS tracking numbers, but both tracking numbers show delivered to an address in a different state. I've now spent three weeks on this.

I am losing my mind here. I've opened four cases and every single one was closed with the same canned answer. Does anyone at Amazon actually read these?? This is my inventory and my money and NOBODY CARES.

Please reimburse the 84 units or find where they went.

Dana Price
Mugshot Ceramics""",
  emo=["I am losing my mind here.", "Does anyone at Amazon actually read these??", "NOBODY CARES"],
  decoys=[("removal-order-id", "Vq7Ls2XmPe")],
  notes="native, exasperated and shouting")


if __name__ == "__main__":
    main()
