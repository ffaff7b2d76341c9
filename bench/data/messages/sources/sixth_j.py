#!/usr/bin/env python3
"""Author J's messages for the sixth (blind, held-out) set: writes messages/sixth-b/j-*.toml."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)
sys.path.insert(0, HERE)
import validate  # noqa: E402
from writing import write_messages  # noqa: E402

APPEALS = {"account-appeal", "listing-reinstatement"}
MSGS = []


def M(mid, kind, viol, mp, writer, lang, subject, text, topic="", poa=False, att=False,
      rc=None, co=None, pr=None, done=None, style="", pol=(), emo=(), sec=(), dec=(), notes=""):
    text = text.strip("\n")
    sections = {}
    if rc is not None:
        sections["root_cause"] = rc
    if co is not None:
        sections["corrective"] = co
    if pr is not None:
        sections["preventive"] = pr
    m = {"id": "j-" + mid, "kind": kind, "violation": viol, "topic": topic, "marketplace": mp,
         "writer": writer, "language": lang, "subject": subject, "text": text}
    L = {"poa": poa, "poa_attached": att, "root_cause": rc is not None,
         "corrective": co is not None,
         "corrective_done": (co is not None) if done is None else done,
         "preventive": pr is not None, "policy_cited": bool(pol), "policy_names": list(pol),
         "emotional": bool(emo), "emotional_phrases": list(emo),
         "secrets": [{"kind": k, "value": v} for k, v in sec],
         "decoys": [{"kind": k, "value": v} for k, v in dec],
         "heading_style": style if poa else "",
         "english_required": mp in validate.ENGLISH_REQUIRED_MP,
         "defects": [], "bad_on_purpose": False, "notes": notes}
    m["labels"] = L
    L["defects"] = validate.expected_defects(m)
    L["bad_on_purpose"] = bool(L["defects"])
    L["sections"] = sections
    MSGS.append(m)


def s(v):
    return json.dumps(v, ensure_ascii=False)


def dump(m):
    out = []
    for k in ("id", "kind", "violation", "topic", "marketplace", "writer", "language", "subject", "text"):
        out.append(f"{k} = {s(m[k])}")
    L = m["labels"]
    out.append("\n[labels]")
    for k, v in L.items():
        if k == "sections":
            continue
        if isinstance(v, bool):
            out.append(f"{k} = {'true' if v else 'false'}")
        elif isinstance(v, str):
            out.append(f"{k} = {s(v)}")
        elif k in ("secrets", "decoys"):
            items = ", ".join("{kind = %s, value = %s}" % (s(d["kind"]), s(d["value"])) for d in v)
            out.append(f"{k} = [{items}]")
        else:
            out.append(f"{k} = [{', '.join(s(x) for x in v)}]")
    out.append("\n[labels.sections]")
    for k, v in L["sections"].items():
        out.append(f"{k} = {s(v)}")
    return "\n".join(out) + "\n"


AA, LR = "account-appeal", "listing-reinstatement"
FBA, TECH, BRAND, CAT = "fba-reimbursement", "technical-issue", "brand-dispute", "category-approval"

# ---------------------------------------------------------------- complete POAs
M("appeal-odr-latam-001", AA, "odr", "US", "latam", "en", "Appeal - Order Defect Rate above target",
r"""Hello Seller Performance team,

We are writing regarding the deactivation of our account because our Order Defect Rate went to 1.8% in the last 60 days. We have reviewed every order with defect and we want explain what happen.

## Root Cause Analysis
Most of the defects (14 of 19) came from negative feedback for late delivery. In October we change our carrier in Monterrey to a cheaper one and they did not scan the packages for 3 or 4 days. Also 3 A-to-z claims were because the buyer did not received the item, for example order 113-4820193-5527104.

## Actions we took
- We have cancelled the contract with this carrier and went back to UPS.
- All 19 buyers were contacted and we refund or replaced the product.
- We have requested feedback removal for 6 feedback that was about the carrier only.

## Actions we will take
Going forward our logistics manager review every morning the orders without first scan. If an order has no scan in 24 hours we send a new one. We also move our slow SKUs to FBA before the holiday.

Thank you for your time,
Distribuidora Solano MX""",
poa=True, rc="Root Cause Analysis", co="Actions we took", pr="Actions we will take", style="markdown",
pol=["Order Defect Rate"], dec=[("order-id", "113-4820193-5527104")], notes="markdown headings 'Root Cause Analysis / Actions we took / Actions we will take'")

M("appeal-lsr-zh-002", AA, "late-shipment", "US", "chinese", "en", "Re: LSR over 4%",
r"""Dear Amazon Team,

Thank you for the notice. Our shop late shipment rate is 6.2% and this is not meet the requirement. We are very sorry for the inconvenient. Below is our plan.

**The reason of the problem**
1. During the Chinese National Day holiday our warehouse only have 2 workers, orders accumulated.
2. The handling time in our template is 1 day, it is too short for self-fulfilled orders from Shenzhen.

**What we have did**
- The handling time was changed to 3 days for all 212 SKU.
- We hired 4 more packing staff, now every order is shipped in the same day.
- The shipping template was checked and is now correct.

**Measures to avoid this again**
From now on, before every holiday we will stop the self-fulfilled listings or move the stock to FBA. Our operation manager check the LSR in Account Health every Monday and if it is above 2% he must report to me.

Best regards
Shenzhen Huaxin Trading Co., Ltd
深圳市华信贸易有限公司""",
poa=True, rc="The reason of the problem", co="What we have did", pr="Measures to avoid this again", style="bold",
pol=["late shipment rate", "LSR"], dec=[("single-apology", "We are very sorry for the inconvenient."), ("foreign-snippet", "深圳市华信贸易有限公司")],
notes="bold headings, LSR named in lower case and in subject; single apology decoy")

M("appeal-inauth-vn-003", AA, "inauthentic", "US", "other-non-native", "en", "Plan of action - inauthentic item complaint ASIN B0C7KX2M4T",
r"""Dear Seller Performance,

We received the notification about Inauthentic item complaints on ASIN B0C7KX2M4T (phone case). Please see our plan.

1. Why this happened
Our investigation found that in August we bought 300 units from a new wholesaler in Ho Chi Minh City. The invoice was not from the brand authorized distributor and we did not check the supply chain carefully.

2. What we did
We removed all 86 remaining units from sale and created a removal order. The wholesaler was terminated. Now we buy only from the brand distributor, invoice number INV-2026-08841 is attached to this case.

3. How we prevent it
To make sure this never happens again, every new supplier must provide authorization letter from brand before first order, and our team leader must approve it. We also keep all invoices for 365 days and check 5 random units from each shipment.

Sincerely,
Nguyen Thi Lan
Lan Mobile Accessories""",
poa=True, rc="1. Why this happened", co="2. What we did", pr="3. How we prevent it", style="numbered",
pol=["Inauthentic item complaints"], dec=[("asin", "B0C7KX2M4T"), ("invoice-number", "INV-2026-08841")],
notes="numbered headings, 'Our investigation found' root cause")

M("appeal-counterfeit-pl-004", AA, "counterfeit", "UK", "other-non-native", "en", "Appeal against suspension - counterfeit claim",
r"""Good morning,

Our account was deactivated for a violation of the Amazon Anti-Counterfeiting Policy. We take this very seriously and we prepared this Plan of Action.

A) Cause
We sold a batch of bicycle lights bought from a liquidation auction in Poznań. The lots were described as genuine returns but we could not verify the origin. This was our mistake, we trusted the auction house without documents.

B) Actions done
All listings of this brand were deleted on 3 November. Remaining 40 units were destroyed, protocol of destruction is available. We have closed our account with the auction house.

C) Prevention
From now on we do not buy liquidation or auction stock for branded products at all. Every purchase of branded goods needs an invoice from manufacturer or authorised distributor, checked by me personally before the listing is made. Ongoing monitoring: once per month we review all active ASINs against our invoice register.

Kind regards,
Tomasz Wrona
TW-Rowery sp. z o.o.""",
poa=True, rc="A) Cause", co="B) Actions done", pr="C) Prevention", style="lettered",
pol=["Amazon Anti-Counterfeiting Policy"], notes="lettered, Polish writer, 'Ongoing monitoring'")

M("appeal-tm-native-005", LR, "ip-trademark", "US", "native", "en", "Listing reinstatement request - trademark complaint 1498273650",
r"""Hello,

Our listing for the Trailhead Camp Stool (ASIN B09RPL4Q2W) was removed after a trademark complaint, complaint ID 1498273650. We used the word "Helinox" in the title as a comparison ("fits Helinox bags"), which we now understand is not allowed under the Amazon Intellectual Property Policy.

ROOT CAUSE
Our copywriter added competitor brand names to titles to capture search traffic. Nobody reviewed the titles against trademark rules.

CORRECTIVE ACTIONS
The title, bullets and backend keywords have been edited and no longer contain any third-party brand. We audited all 37 of our listings and removed two more competitor names.

PREVENTIVE MEASURES
Every listing change now goes through a second person who checks a list of protected brand names before it is published. Our copywriter has completed Amazon's trademark training on Seller University.

We would appreciate the reinstatement of this ASIN.

Thanks,
Jordan Pike
Trailhead Outdoor Goods LLC""",
poa=True, rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE MEASURES", style="caps",
pol=["Amazon Intellectual Property Policy"], dec=[("asin", "B09RPL4Q2W"), ("complaint-id", "1498273650")],
notes="caps headings, native, prevention includes done change")

M("appeal-related-ua-006", AA, "related-accounts", "DE", "other-non-native", "en", "Appeal - related account deactivation",
r"""Dear Account Health team,

Our account was deactivated because it is related to another account which was suspended. We would like to explain the situation and what we changed.

What went wrong
My brother-in-law had a seller account (Kovalenko Home) which was closed in 2025 for reasons not connected to us. In 2026 he helped us with listings and logged in to our account from his laptop and his home internet. This created the link. We did not know that this is a problem.

What we changed
He has no more access, his user permission was deleted on 12 November. We changed all passwords and turned on two-step verification on a new phone. The laptop he used is not used for our business anymore. We have also set up a weekly audit of the User Permissions page, done by me every Friday.

Going forward
Only two employees of our company, with their own devices and our office network, will work in Seller Central. We will never share login with people outside the company again.

We hope you can reactivate our account.

Best regards,
Oksana Melnyk
Melnyk Haushaltswaren UG""",
poa=True, rc="What went wrong", co="What we changed", pr="Going forward", style="plain",
pol=["related to another account"], dec=[("password-word", "We changed all passwords")],
notes="plain headings; policy named loosely as 'related to another account'; weekly audit both done and preventive")

M("appeal-vtr-tr-007", AA, "valid-tracking", "US", "turkish", "en", "Valid Tracking Rate appeal",
r"""Dear Sir/Madam,

Our Valid Tracking Rate (VTR) was 91% for the Handbags category, under the 95% target, and the shipping permission was removed. Here is our plan of action.

Root cause: We shipped some orders from Istanbul with a local courier that gives a tracking number, but the number was not in Amazon's carrier list. We selected "Other" and typed the courier name wrong, so tracking was not valid.

Corrective actions: All open orders were updated with correct carrier name. Since 20 November we ship only with Aras Kargo via PTT international and DHL eCommerce which are integrated. Example tracking LX804219375TR is now validated.

Preventive measures: Our warehouse software now will not let us confirm shipment without choosing carrier from a drop-down list. I will check the VTR every week in Account Health.

Saygılarımızla,
Emre Yıldız
Yıldız Deri Ltd. Şti.""",
poa=True, rc="Root cause:", co="Corrective actions:", pr="Preventive measures:", style="inline",
pol=["Valid Tracking Rate", "VTR"], dec=[("tracking-number", "LX804219375TR"), ("foreign-snippet", "Saygılarımızla")],
notes="inline headings at paragraph start")

M("appeal-review-zh-008", AA, "review-manipulation", "US", "chinese", "en", "Appeal for account deactivation",
r"""Dear Seller Performance Team,

We got the message that our account violated Amazon Community Guidelines and the policy about customer product reviews, because we sent insert card offering gift for 5-star review. We fully understand this is wrong.

Our POA: Root cause
Our new factory packing worker put a "free gift for 5 star review" card in the packages of ASIN B0D2M8H7QZ. This card was designed by our former operator who did not learn the review policy. We did not check the package content before ship to FBA.

Our POA: Corrective actions
- All cards were removed from the 1,200 units in FBA by a removal order and repackaging.
- The operator was dismissed and the design file was deleted.
- Now the package content is checked by QC and photographed before every shipment.

Our POA: Preventive measures
All staff will take the Amazon policy training every 3 month. We will only use Amazon Request a Review button and Vine, never ask review by ourself.

Thank you.
Ningbo Orient Home Co., Ltd""",
poa=True, rc="Our POA: Root cause", co="Our POA: Corrective actions", pr="Our POA: Preventive measures", style="our-poa",
pol=["Amazon Community Guidelines", "customer product reviews"], dec=[("asin", "B0D2M8H7QZ")], notes="our-poa headings")

M("appeal-safety-native-009", LR, "product-safety", "US", "native", "en", "ASIN B0BTQ4N8VD - request to reinstate after safety documentation",
r"""Hi team,

The listing for our children's night light was deactivated because a buyer reported it got hot. We want to walk you through what we found and what's been done.

Background: the complaint came from one customer on order 114-7730215-0093842. We pulled 20 units from the same production lot (lot 2607-B) and tested them with our lab partner. Two units had a loose resistor that could raise the temperature of the housing. The issue was caused by a change of solder supplier at our factory in July that we were not told about.

Done: the whole lot 2607-B (340 units) has been removed from FBA and quarantined. The factory has gone back to the original supplier, and a new lot was tested by Intertek, report number 260930-IT-44 attached. The listing images and bullets were also updated to show the UL certification.

To make sure this never happens again, our supply agreement now requires the factory to tell us about any component change in writing, and every lot gets a heat test before it ships to Amazon. We also started a quarterly review of customer complaints related to safety.

Regards,
Megan Ruiz
Glowbug Kids""",
poa=True, rc="Background:", co="Done:", pr="To make sure this never happens again", style="mixed",
pol=[], dec=[("order-id", "114-7730215-0093842"), ("lot-number", "2607-B"), ("certificate-number", "260930-IT-44")],
notes="mixed: 'Background:' / 'Done:' / prose prevention; no policy name (listing safety complaint) -> no-policy")
M("appeal-cancel-latam-010", AA, "cancel-rate", "US", "latam", "en", "Pre-fulfillment cancel rate - plan of action",
r"""Hi, this is Carlos from Ferretería Andina.

Our pre-fulfillment cancel rate got to 4.1% and we lost the selling privileges. Our plan of action is:

What caused it - our inventory is synced from our physical store in Bogotá with a spreadsheet that we update by hand. Many times the store sold the last piece and Amazon still show stock, so we cancel the order.

What we already did - we connected our store POS to Seller Central with an inventory app (Sellbrite) so the stock is updated every 15 minutes. 11 listings with only 1 unit are now closed. The spreadsheet is not used any more.

How we will avoid it - we keep a buffer of 2 units for every SKU, if stock is 2 or less the listing show zero. Every day at 8am I check the cancellations page. From now on, no cancel without my approval.

Thanks and regards
Carlos Mejía""",
poa=True, rc="What caused it", co="What we already did", pr="How we will avoid it", style="plain",
pol=["pre-fulfillment cancel rate"], notes="plain headings with dashes")

M("appeal-ipcopy-in-011", LR, "ip-copyright", "IN", "indian", "en", "Reinstatement of ASIN B0CQ9WZ31L - copyright notice",
r"""Respected Sir/Madam,

Kindly note our listing B0CQ9WZ31L (printed cotton kurta) was removed for copyright infringement reported by the rights owner. Please find our plan of action below.

(a) Root cause - Our photographer used 3 images from a Pinterest board as reference and our junior designer uploaded them as the main images by mistake. The images belong to the complainant.

(b) Corrective steps taken - All the images were replaced with our own photos taken in our studio in Jaipur on 18 Nov. We have written to the rights owner and apologised, and requested retraction of the complaint. Copy of their email is attached.

(c) Preventive steps - In future every image will be uploaded only from our own shared drive which contains photos we have taken. Designer team is trained on copyright law and Amazon's policy on images.

Kindly reinstate the listing at the earliest. Do revert in case any other document is required.

Thanks & Regards,
Ravi Sharma
Jaipur Threads""",
poa=True, rc="(a) Root cause", co="(b) Corrective steps taken", pr="(c) Preventive steps", style="lettered",
pol=["copyright infringement"], dec=[("asin", "B0CQ9WZ31L")], notes="lettered (a)(b)(c), Indian English")

M("appeal-dropship-ro-012", AA, "drop-shipping", "UK", "other-non-native", "en", "Appeal - Drop Shipping Policy",
r"""Dear Amazon,

We were suspended for violating the Drop Shipping Policy, because buyers received packages with invoices and packing slips of another retailer.

Reason: we had a deal with a distributor in Cluj that ship directly to our customers. They used their own packing slip with their name, not ours. We did not control this.

Steps already taken: we stopped the cooperation with this distributor on 2 November. We rented a small warehouse in Bucharest and now all orders are packed by our employees, with our packing slip and our company name. The 14 buyers who got wrong documents received an email from us with explanation.

Long-term: If in the future we work with any supplier who ships to customers, the contract must say that we are the seller of record and only our name is on slips, invoices and outside of packages. We will audit one shipment per week with a test order.

Best regards,
Andrei Popescu
Casa Verde SRL""",
poa=True, rc="Reason:", co="Steps already taken:", pr="Long-term:", style="colon",
pol=["Drop Shipping Policy"], notes="colon headings 'Reason / Steps already taken / Long-term'")

M("appeal-condition-native-013", AA, "condition", "US", "native", "en", "Condition complaints - plan of action",
r"""Dear Seller Performance,

Thank you for reviewing our account. We were notified about a high number of item condition complaints for our used books offered as "Used - Very Good".

Why this happened: our grading was done by a new seasonal worker who did not know the Condition Guidelines and marked books with highlighting and water damage as Very Good.

What we have done: we re-graded all 2,140 active listings. 310 were downgraded to Good or Acceptable and 58 were removed. All buyers who complained received a full refund without return. The seasonal worker was retrained and now works only under supervision.

What will keep it from happening again: every book is now checked by a second grader before listing and we use a written checklist that follows Amazon's condition guidelines word for word. We will spot-check 25 orders every week.

Best,
Paula Greenberg
Second Chapter Books""",
poa=True, rc="Why this happened:", co="What we have done:", pr="What will keep it from happening again:", style="colon",
pol=["Condition Guidelines"], notes="colon headings as questions-like phrases")

M("appeal-priceg-es-014", AA, "price-gouging", "US", "latam", "en", "Fair Pricing Policy appeal",
r"""Hello,

Our account was deactivated under the Amazon Marketplace Fair Pricing Policy because the price of our N95 masks went to $89.99 for a box. This was not our intention. The root cause is that our repricer tool was set to follow the highest competitor with no maximum price, and when supply was low the price went up automatically. We have already disabled the repricer for all products and set manual prices, the mask is now $14.99 which is the same as our normal price from last year. The 6 buyers who paid the high price got refund of the difference. In the future all our products have a maximum price in the repricer, no more than 20% over our list price, and I review the price report every morning. We will not use automatic repricing for health or emergency products anymore.

Atentamente,
Lucía Fernández
Suministros Médicos Lucía""",
poa=True, rc="The root cause is that", co="We have already disabled", pr="In the future all our products", style="none",
pol=["Amazon Marketplace Fair Pricing Policy"], notes="no headings, whole POA in one paragraph")

M("appeal-restricted-native-015", LR, "restricted-products", "US", "native", "en", "Request to reinstate listing - pesticide claims",
r"""Hello Seller Performance,

Our listing for a cedar closet block was deactivated under the Restricted Products policy (pesticides and pesticide devices) because our description said it "kills moths".

**Root cause**
We copied supplier marketing text into the description. Any claim that a product kills or repels pests makes it a pesticide under EPA rules, and our product is not registered.

**Corrective actions**
- We removed "kills moths" and "repels insects" from the title, bullets, description and images.
- We reviewed our other 12 cedar products and fixed two more.

**Preventive measures**
Going forward, all supplier text is rewritten in house. We keep a list of banned claim words (kill, repel, antibacterial, sanitize, etc.) and search every new listing for them before it goes live.

Thank you,
Ben Ostrowski
Northwoods Cedar Co.""",
poa=True, rc="Root cause", co="Corrective actions", pr="Preventive measures", style="bold",
pol=["Restricted Products policy"], notes="bold headings, corrective in simple past")

M("appeal-sellercode-tr-016", AA, "seller-code-of-conduct", "UK", "turkish", "en", "Appeal - Code of Conduct violation",
r"""Dear Amazon Seller Performance Team,

We received your message that our account does not comply with the Amazon Seller Code of Conduct because we contacted buyers outside of Buyer-Seller Messaging and asked them to change their reviews.

1) The problem happened because our customer service staff did not know the rules. They found buyer phone numbers from shipping labels and sent WhatsApp messages.
2) We have deleted all buyer phone numbers from our systems. The staff member responsible was given a written warning and retrained.
3) Our customer service now uses only Buyer-Seller Messaging. Access to the order reports with buyer addresses is limited to the warehouse manager.
4) To prevent this in future, every new employee must read the Code of Conduct and sign it. Once a month we review a sample of messages sent to buyers.

We apologise and ask you to reinstate our selling privileges.

Best regards,
Mehmet Aydın""",
poa=True, rc="1) The problem happened because", co="2) We have deleted", pr="4) To prevent this in future", style="numbered",
pol=["Amazon Seller Code of Conduct", "Code of Conduct"], dec=[("single-apology", "We apologise and ask you")],
notes="numbered list with no headings")

M("appeal-used-cz-017", AA, "used-sold-as-new", "DE", "other-non-native", "en", "Used sold as new - appeal",
r"""Hello,

We got several negative buyer messages about our coffee grinders and our account was deactivated. We have checked everything.

CAUSE OF THE PROBLEM
Customer returns of coffee grinders came back to our warehouse in Brno and our worker put them back on the shelf with new stock without inspection. Then they were sent to Amazon FBA as new.

WHAT WE HAVE FIXED
All returned units are now stored in separate area with red label. We did a removal of all 230 units from FBA and inspected them, 17 were returned units and we put them in Warehouse Deals as used. The worker got training.

HOW WE PREVENT
Returns are now inspected by quality controller and registered in our system with serial number. A serial number that was sold once cannot be shipped as new again, the system blocks it. We also check FBA customer returns report weekly.

Thank you
Pavel Dvořák""",
poa=True, rc="CAUSE OF THE PROBLEM", co="WHAT WE HAVE FIXED", pr="HOW WE PREVENT", style="caps",
pol=[], notes="caps headings; no policy named (only the complaint described) -> no-policy")

M("appeal-patent-zh-018", LR, "ip-patent", "US", "chinese", "en", "Patent infringement complaint - request reinstatement",
r"""Dear Amazon team,

Our ASIN B0DFX73KQ1 (folding phone stand) was removed because of patent infringement complaint, US patent 11,482,903.

问题原因 / Reason of problem:
Our factory made the hinge design very similar to the patented design. We did not do patent search before selling in US market, we only check in China.

已采取措施 / Actions have been taken:
We stopped selling the old design and closed the listing ourselves. 500 units in FBA were removed. Our engineer redesigned the hinge to a ball joint which is different, and we have done freedom-to-operate search with a US patent attorney (report attached).

预防措施 / Prevention:
For every new product we sell in US, we will pay attorney to do patent search before production. Our product team keeps a list of competitor patents.

Please reinstate the listing with the new design.
Thank you.
Dongguan Ruiqi Electronics""",
poa=True, rc="问题原因 / Reason of problem:", co="已采取措施 / Actions have been taken:", pr="预防措施 / Prevention:", style="colon",
pol=["patent infringement"], dec=[("asin", "B0DFX73KQ1"), ("patent-number", "11,482,903"), ("foreign-snippet", "问题原因")],
notes="bilingual headings with Chinese")

M("appeal-idv-latam-019", AA, "identity-verification", "US", "latam", "en", "Appeal - Section 3 of the Business Solutions Agreement",
r"""Dear Seller Performance,

Our account was deactivated under Section 3 of the Business Solutions Agreement because we could not be verified. I want to give you the information.

Why it happened: the utility bill we uploaded was in the name of my wife and not in the company name, and the address on our Chilean RUT document had an old street number. The information did not match.

What we have done:
✔ Updated the company address in Seller Central to the address on the RUT.
✔ Uploaded a bank statement from Banco de Chile in the company name, issued 10 November 2026.
✔ My passport uploaded again, clear color scan.

What we do from now: any time our address or bank change, I update Seller Central the same week before anything else. We keep the company documents in one folder to check they match.

Thank you,
Felipe Araya
Importadora Araya SpA""",
poa=True, rc="Why it happened:", co="What we have done:", pr="What we do from now:", style="colon",
pol=["Section 3 of the Business Solutions Agreement"], notes="checkmark bullets for done actions; policy named in subject and body")
M("appeal-quoted-bg-020", AA, "restricted-products", "UK", "other-non-native", "en", "Appeal",
r"""Hello,

We received this message:

> "Your account has been deactivated. We found products in your catalog that violate our Restricted Products Policy (Drugs and drug paraphernalia). Ref: CBD-UK-77."

We sell hemp seed oil for cooking, no CBD. Still we understand the listing was not clear.

# What caused the problem
The word "hemp" and a leaf image in the main picture made the product look like a CBD product. Our description also said "relaxing", which can be understood as a health claim.

# Fixes done
Image changed to a bottle on white background. The words "relaxing" and "calm" removed. We uploaded the lab certificate showing 0% THC and 0% CBD and the food business registration.

# Keeping it from happening again
Our product texts are now reviewed by a food law consultant before upload. We will not use cannabis-like images or wellbeing words for any food product.

Thank you,
Georgi Ivanov
Rodopi Natural Foods Ltd""",
poa=True, rc="What caused the problem", co="Fixes done", pr="Keeping it from happening again", style="markdown",
pol=["Restricted Products Policy"], dec=[("case-id", "CBD-UK-77")],
notes="policy named only inside the quoted Amazon notification; single-# headings")

M("appeal-odr-vn-021", AA, "odr", "CA", "other-non-native", "en", "ODR appeal - plan of action",
r"""Dear Team,

Our ODR is 2.3% (target under 1%). We want to show our plan of action.

Our POA - Root cause:
Our product (bamboo cutting board) cracked after washing in dishwasher. The supplier changed the glue. 11 negative feedback and 4 A-to-z claims said "cracked".

Our POA - Corrective actions:
We have stopped sales of this model and removed 412 units from FBA Canada. New boards with food-safe waterproof glue were tested by washing 50 times. All customers with cracked board got full refund.

Our POA - Preventive measures:
We added "hand wash only" to the product detail page and on the package. Every new batch we will test 10 pieces before sending. Weekly we check Voice of the Customer dashboard.

Thank you very much,
Tran Van Hoang
Hoang Bamboo House""",
poa=True, rc="Our POA - Root cause:", co="Our POA - Corrective actions:", pr="Our POA - Preventive measures:", style="our-poa",
pol=["ODR"], notes="our-poa with dashes; ODR abbreviation only")

M("appeal-ldr-native-022", AA, "late-shipment", "UK", "native", "en", "Late Dispatch Rate - appeal",
r"""Hi there,

We're writing about the removal of our selling privileges after our Late Dispatch Rate reached 5.6%. I'll keep this short.

Cause: a snowstorm closed our unit in Leeds for four days in November and we didn't switch our listings to holiday mode, so orders went late.

Action | Date | Owner
Turned on holiday mode procedure and re-dispatched all late orders | 22 Nov | Sam
Extended handling time to 2 days on all SKUs | 23 Nov | Sam
Added a second dispatch location (Manchester 3PL) | 28 Nov | Priya

Prevention: if the unit can't open, whoever is on duty switches the account to holiday mode before 9am. The written procedure is pinned in the warehouse and in our Slack.

Thanks,
Sam Whitfield
Dales Kitchenware Ltd""",
poa=True, rc="Cause:", co="Action | Date | Owner", pr="Prevention:", style="mixed",
pol=["Late Dispatch Rate"], notes="table-like corrective list")

M("appeal-listing-latam-023", LR, "listing-policy", "US", "latam", "en", "listing removed - variation policy",
r"""Hello team, we are Artesanías Maya from Guatemala.

Our parent ASIN B0C1QWE8RT was suppressed because we put different products (bags, wallets and keychains) in the same variation family. We read now the variation policy and we understand it is only for same product with different size or color.

Inline with your request, our plan:

Root cause: we did not know the variation rules, we thought it help the customer to see all products together.

Correction: we have broken the family, now there are 3 separate parent listings, one for each product type, each with only colors as variation.

Prevention: before creating any new variation we will read the category style guide and ask Seller Support if not sure.

Muchas gracias,
Rosa Xol""",
poa=True, rc="Root cause:", co="Correction:", pr="Prevention:", style="inline",
pol=["variation policy"], dec=[("asin", "B0C1QWE8RT")], notes="short inline POA")

M("appeal-inauth-native-024", AA, "inauthentic", "US", "native", "en", "Appeal of deactivation under the Amazon Anti-Counterfeiting Policy (condition: authenticity)",
r"""To the Seller Performance Team,

Acme Wholesale Partners LLC respectfully submits this appeal of the deactivation of our selling account following inauthentic item complaints on three ASINs in the Beauty category. We have taken the matter seriously and have conducted a full review of our sourcing and fulfillment process.

Summary of the issue. Between September and October 2026 we received four buyer complaints stating that a moisturizer was "not genuine". Our investigation determined that the product was authentic, but that a portion of the units we purchased from a regional distributor were older packaging revisions which buyers did not recognize. We also determined that our records did not make it easy to prove the chain of custody back to the brand owner.

Corrective actions completed. We have removed all remaining units of the older packaging revision from Amazon fulfillment centers (removal order IDs are listed in the attachment). We have obtained a letter of authorization from the brand's authorized U.S. distributor and have provided invoices covering the last 365 days of purchases. Each affected buyer was contacted and refunded in full.

Controls we have put in place. We have implemented a supplier approval process under which no branded product may be listed until our compliance lead verifies an invoice from the brand or an authorized distributor. We now record the packaging revision and lot code on receipt, and any revision change triggers an update to the listing images. Our compliance lead reviews the Account Health dashboard every week and reports to the managing partner.

We appreciate your consideration and are available to provide any further documentation.

Respectfully,
Daniel Hartman
Managing Partner, Acme Wholesale Partners LLC""",
poa=True, rc="Summary of the issue.", co="Corrective actions completed.", pr="Controls we have put in place.", style="inline",
pol=["inauthentic item complaints"], notes="formal policy name only in subject; long formal letter with inline run-in headings; prevention is done controls")

M("appeal-valid-zh-025", AA, "valid-tracking", "US", "chinese", "en", "关于有效追踪率 / VTR appeal",
r"""Dear Amazon,

Our store VTR is 89%, lower than 95%. We are sorry for it. Here is our solve plan.

一、Reason
We used Yanwen economy line for small items, this line not have tracking in US after the package leave China. So buyer and Amazon can not see delivery.

二、What we have done
We stopped use Yanwen economy line from 15 Nov. Now all orders use Yun Express with full tracking, carrier name is chosen in the list. The 38 orders without tracking we already contact buyers.

三、Prevent plan
Our ERP system is set that only tracked shipping methods can be choose. Our team leader check VTR every 3 days. In future we will test any new logistics line with 10 orders before use it widely.

Thank you
Xiamen Kaida E-commerce""",
poa=True, rc="一、Reason", co="二、What we have done", pr="三、Prevent plan", style="numbered",
pol=["VTR"], notes="Chinese numeral headings")

# ---------------------------------------------------------------- missing root cause
M("appeal-odr-blame-tr-026", AA, "odr", "US", "turkish", "en", "Order defect rate appeal",
r"""Hello,

Our Order Defect Rate is 1.4%. Root cause: the buyers opened A-to-z claims without reason, they received the towels and still said not received. Also Amazon counted claims that were closed in our favor. This is not our fault.

Corrective actions:
- We have answered all 7 claims with proof of delivery.
- We added signature confirmation for orders over $50.

Preventive actions:
We will keep photos of every package before shipping and use only tracked shipping.

Please reactivate our account.
Ahmet Koç""",
poa=True, co="Corrective actions:", pr="Preventive actions:", style="colon",
pol=["Order Defect Rate"], notes="root cause only blames buyers and Amazon -> missing root cause")

M("appeal-inauth-unknown-zh-027", AA, "inauthentic", "US", "chinese", "en", "Appeal for inauthentic complaint",
r"""Dear Seller Performance Team,

We received inauthentic complaint for ASIN B0B8TRW5NZ. About the reason, we really don't know why the customer said the product is fake, all our products are made by our own factory and we are the brand owner. We checked and can not find any problem.

What we have done:
1. We removed the listing by ourself and checked the remaining 600 units, all are good.
2. We have contacted the buyer and refund.

Prevent plan:
We will take photo of each batch and keep the production records for one year, so we can show the authenticity.

Thank you for your help.
Hangzhou Mingda Textile""",
poa=True, co="What we have done:", pr="Prevent plan:", style="colon",
pol=["inauthentic complaint"], dec=[("asin", "B0B8TRW5NZ")], notes="'we don't know why' -> no root cause")

M("appeal-review-noroot-native-028", AA, "review-manipulation", "US", "native", "en", "Appeal - reviews",
r"""Hello,

We'd like to appeal the deactivation of our account under the Customer Product Reviews policy.

Here is what we have done since receiving your notice. We have ended our relationship with our marketing agency. We have reviewed every promotion we ran this year and paused all of them. We have asked Amazon to check our existing reviews and remove any that do not comply.

Going forward, we will only use Amazon Vine and the Request a Review button, and our team has completed the review policy training on Seller University. We will also check every new review for unusual patterns each week.

Thank you for your consideration.
Hollis Home Fragrance""",
poa=True, co="Here is what we have done", pr="Going forward", style="none",
pol=["Customer Product Reviews policy"], notes="no explanation of why the violation happened")

M("appeal-cancel-noroot-latam-029", AA, "cancel-rate", "MX", "latam", "en", "Cancel rate",
r"""Hola Amazon team

our cancel rate is high, sorry. we did this:
- stock updated in all listings ✔
- 23 listings with no stock closed ✔
- new person in charge of inventory ✔

next steps: we will check the inventory every day and use FBA for best sellers.

please reactivate we are small business in Guadalajara and we need Amazon.
thanks
Jorge, Regalos Tapatíos""",
poa=True, co="we did this:", pr="next steps:", style="none",
pol=["cancel rate"], dec=[("mild-plea", "please reactivate we are small business")],
notes="short messy note, no root cause; mild plea decoy")

M("appeal-safety-amazon-ro-030", LR, "product-safety", "UK", "other-non-native", "en", "Reinstatement - product safety",
r"""Dear Sir or Madam,

Our listing for electric heated blanket was deactivated after one customer complaint. We think the cause is a mistake of the Amazon system, because our product has CE and UKCA marks and all documents. Your system removed it automatically without any person checking.

What we did:
We uploaded again the UKCA declaration of conformity and the test report from SGS, number GB26/48213.

What we will do:
We will upload the documents for all other heated products before any complaint.

Regards,
Mihai Stan""",
poa=True, co="What we did:", pr="What we will do:", style="colon",
pol=[], dec=[("certificate-number", "GB26/48213")], notes="cause blames Amazon's system; no policy named")

M("appeal-drop-noroot-noprev-in-031", AA, "drop-shipping", "IN", "indian", "en", "Appeal against drop shipping violation",
r"""Dear Seller Performance Team,

This is with reference to the deactivation of our account for violation of the drop shipping policy. Kindly note that we have taken the following actions:

1. Stopped all orders from being fulfilled by our vendor in Delhi.
2. All orders are now packed in our own warehouse in Gurgaon with our invoice.
3. The vendor agreement has been terminated w.e.f. 15 November 2026.

We request you to kindly reinstate our account at the earliest as our business is fully dependent on Amazon. Do the needful.

Warm regards,
Sanjay Gupta
Gupta Electricals""",
poa=True, co="1. Stopped all orders", style="numbered",
pol=["drop shipping policy"], notes="only corrective actions: no root cause, no prevention")

M("appeal-ip-noroot-noprev-latam-032", LR, "ip-trademark", "ES", "latam", "en", "Reactivation ASIN",
r"""Hello,

My listing was removed, I got an email about a complaint. I already removed the logo from the photos and changed the title so it do not say the brand name anymore. Also I write to the rights owner to say sorry and ask to retract.

Can you check and reactivate? The ASIN is B0CJ4PX9MH. It is a phone holder for bicycle, we sell it since two years without problem and it is our best product in Spain.

Thanks,
Martín Gómez""",
poa=True, co="I already removed the logo", style="none",
pol=[], dec=[("asin", "B0CJ4PX9MH")], notes="short, only what was fixed, no policy named")

M("appeal-priceg-noroot-zh-033", AA, "price-gouging", "US", "chinese", "en", "Appeal about price",
r"""Dear Amazon,

Our account was deactivated for price is too high compare with the recent price (Fair Pricing policy). About the problem, we think Amazon reference price is wrong because our cost is up.

Corrective action:
The price of ASIN B0DLK2W7PR already changed from $59.99 to $25.99.

Prevention action:
Measures to avoid: We will set the price alert in our ERP, if a price go more than 15% up the system will remind us.

Thank you
Shenzhen Yuetu Technology""",
poa=True, co="Corrective action:", pr="Prevention action:", style="colon",
pol=["Fair Pricing policy"], dec=[("asin", "B0DLK2W7PR")], notes="'cause' says Amazon's reference price is wrong -> no root cause")

M("appeal-related-noroot-noprev-native-034", AA, "related-accounts", "US", "native", "en", "Appeal - related account",
r"""Hi,

Our account was deactivated because Amazon believes it is related to a suspended account. We have no idea which account that is. We don't know why our account was linked.

Since the deactivation we have changed our password, removed every secondary user and confirmed our bank details. We disconnected the two repricing apps we used.

We run a single business and would like our account back.

Regards,
Hailey Morgan
Morgan & Pine""",
poa=True, co="Since the deactivation we have changed", style="none",
pol=["related to a suspended account"], dec=[("password-word", "we have changed our password")],
notes="no root cause ('we don't know why'), no prevention; password mentioned without value")

# ---------------------------------------------------------------- missing corrective
M("appeal-counterfeit-nocorr-zh-035", AA, "counterfeit", "US", "chinese", "en", "Appeal - counterfeit complaint",
r"""Dear Seller Performance Team,

We are writing to appeal the deactivation for counterfeit product complaint on our earbuds.

1. The reason of the problem
We purchased 200 pieces from a 1688 supplier who said the products are original. After checking we found this supplier do not have brand authorization. This is our fault that we did not verify.

2. Measures to avoid this happen again
- We will only buy from brand authorized distributors with invoice.
- Every supplier will be checked by our purchasing manager before cooperation.
- Our team will study Amazon Anti-Counterfeiting Policy every quarter.

We hope Amazon can give us a chance. Thank you.
Guangzhou Lianyi Trading""",
poa=True, rc="1. The reason of the problem", pr="2. Measures to avoid this happen again", style="numbered",
pol=["Amazon Anti-Counterfeiting Policy"], dec=[("mild-plea", "We hope Amazon can give us a chance.")],
notes="root cause and prevention only, nothing about the existing units/listings")

M("appeal-lsr-nocorr-native-036", AA, "late-shipment", "US", "native", "en", "Late shipment rate - appeal",
r"""Hello Seller Performance,

**Root cause**
Our late shipment rate rose to 5.1% because our only warehouse employee was out sick for two weeks in November and no one else knew how to buy shipping labels in Seller Central.

**Corrective actions**
We understand how important on-time shipping is to Amazon customers and we take full responsibility for the late orders.

**Preventive measures**
Going forward, two more team members will be trained to buy labels and confirm shipment, and we will keep a written checklist next to the packing station. If staff is short, we will extend handling time in advance.

Thank you for reviewing our appeal.
Ridgeline Pet Supply""",
poa=True, rc="Root cause", pr="Preventive measures", style="bold",
pol=["late shipment rate"], notes="'Corrective actions' heading holds only a statement of responsibility -> missing corrective")

M("appeal-tm-nocorr-latam-037", LR, "ip-trademark", "BR", "latam", "en", "Trademark complaint - listing",
r"""Dear Amazon,

Our listing was removed after a complaint of trademark infringement from the company Havaianas. The cause was that in our title we wrote "tipo Havaianas" (similar to Havaianas) for our own brand sandals, and we used their pattern photo in the gallery. We did not understand it is forbidden to mention other brand.

To avoid new problems, in the future our titles will have only our brand name Praia Sol and all photos will be made by us. I will read the Amazon intellectual property rules before creating a listing.

Obrigado pela atenção,
Thiago Lima""",
poa=True, rc="The cause was that", pr="To avoid new problems", style="none",
pol=["trademark infringement"], dec=[("foreign-snippet", "Obrigado pela atenção")],
notes="explains cause and future rule but never says the title/photos were fixed")

M("appeal-cond-nocorr-pl-038", AA, "condition", "DE", "other-non-native", "en", "Appeal used condition complaints",
r"""Dear Team,

ROOT CAUSE:
We sell refurbished laptops. Buyers complained about scratches and weak batteries. Our refurbishing partner did not test the battery capacity, and our condition notes said "like new" for grade B devices.

PREVENTION:
Going forward every laptop will get a battery test report in the box and the condition note will list scratches. We plan monthly meetings with the partner to review returns.

Best regards
Krzysztof Nowak
Nowak Tech Outlet""",
poa=True, rc="ROOT CAUSE:", pr="PREVENTION:", style="caps",
pol=[], notes="no corrective part, no policy named")

M("appeal-review-nocorr-emo-vn-039", AA, "review-manipulation", "US", "other-non-native", "en", "PLEASE REVIEW OUR APPEAL AGAIN",
r"""Dear Amazon,

This is our 4th appeal and every time we receive the same copy paste answer. PLEASE READ OUR LETTER!!! Our account was deactivated for review manipulation. The reason: our Vietnamese Facebook fanpage offered discount code to customers and some of them wrote reviews. We did not ask for 5 star, only honest review, but we understand now it is against the Community Guidelines.

In the future we will not make any promotion connected with reviews and we will use only Vine.

We are begging you, we have 12 workers in our workshop in Bat Trang and they will lose their jobs before Tết. Please give us one chance!!!

Pham Minh Duc
Bat Trang Ceramics""",
poa=True, rc="The reason:", pr="In the future we will not", style="inline",
pol=["review manipulation", "Community Guidelines"],
emo=["PLEASE READ OUR LETTER!!!", "We are begging you", "they will lose their jobs", "Please give us one chance!!!"],
notes="emotional (caps, begging, despair); no corrective actions")

M("appeal-restr-nocorr-noprev-native-040", LR, "restricted-products", "US", "native", "en", "Listing deactivated - supplement",
r"""Hello,

Our listing for a kratom-free "relaxation" tea was flagged under the Restricted Products policy for dietary supplements. We looked into it and the reason is simple: the supplier's ingredient list, which we copied into the listing, included "mitragyna" as a flavor note, and it was never in the product. The actual ingredients are chamomile, lemon balm and mint, as the attached label shows.

We hope this explanation clears things up. Thanks for taking a look.

Best,
Owen Bradley
Quiet Hour Tea Co.""",
poa=True, rc="the reason is simple", style="none",
pol=["Restricted Products policy"], notes="only a root cause; no fixes, no prevention")

M("appeal-idv-nocorr-noprev-in-041", AA, "identity-verification", "IN", "indian", "en", "Account verification failed - appeal",
r"""Dear Sir/Madam,

Kindly note our account was deactivated as we failed the seller identity verification. The reason is the PAN card copy uploaded by our accountant was blurred and the name on the GST certificate (GSTIN 27AAPFU0939F1ZV) is our old trade name "Shree Balaji Traders" whereas the account name is "SB Home Needs".

Kindly verify and reactivate our account at the earliest. Please revert back if anything further required.

Regards,
Prakash Jadhav""",
poa=True, rc="The reason is the PAN card copy", style="none",
pol=["seller identity verification"], dec=[("gst-number", "27AAPFU0939F1ZV")],
notes="root cause only; nothing fixed or prevented")

M("appeal-safety-nocorr-tr-042", LR, "product-safety", "US", "turkish", "en", "Safety complaint - ceramic pan",
r"""Hello,

Why this happened
A customer said our ceramic frying pan handle became loose and he burned his hand. We checked the production: the screw of the handle was tightened by hand in batch 14 because the machine was broken that week.

Corrective Actions
Thank you for your understanding. We are very sorry for the customer.

How we prevent it
From now on, handles will be tightened only with torque machine, and quality control will test every 50th piece. If the machine is broken, production stops.

Best regards,
Selin Arslan
Arslan Mutfak A.Ş.""",
poa=True, rc="Why this happened", pr="How we prevent it", style="plain",
pol=[], dec=[("single-apology", "We are very sorry for the customer.")],
notes="corrective heading holds only thanks/apology; no policy named")

M("appeal-related-nocorr-zh-043", AA, "related-accounts", "JP", "chinese", "en", "Appeal - related account",
r"""Dear Amazon Japan team,

Our account is deactivated because related to other account. After check, the reason is our office in Shenzhen share the same network with another company (our friend company) on the same floor. They have an Amazon store which was suspended last month. We have no business relationship with them.

To avoid this in the future, we will always use our own router and our own computer, and nobody from other company will enter our office.

Thank you.
Shenzhen Leyou Home Co., Ltd""",
poa=True, rc="the reason is our office", pr="To avoid this", style="none",
pol=["related to other account"], notes="English on JP; no corrective part")

# ---------------------------------------------------------------- corrective only in the future (not done)
M("appeal-counter-nd-zh-044", AA, "counterfeit", "US", "chinese", "en", "Plan of action for counterfeit complaint",
r"""Dear Seller Performance,

We received the counterfeit complaint for our phone chargers and we want to submit our plan.

Root cause:
Our purchase staff bought the phone chargers from a trading company, they don't have the authorization of the brand. We did not check the invoice.

Corrective action:
1. We will removed all the inventory of this ASIN from FBA warehouse.
2. We will delete the listing and stop the cooperation with the trading company.
3. We will provide the buyer full refund.

Preventive action:
All the products will be bought from the brand owner directly and our manager will check all invoice before sending to FBA.

Best regards
Yiwu Jiahe Electronic Co., Ltd""",
poa=True, rc="Root cause:", co="Corrective action:", pr="Preventive action:", done=False, style="colon",
pol=["counterfeit complaint"], notes="non-native future 'We will removed' corrective -> not done")

M("appeal-odr-nd-latam-045", AA, "odr", "US", "latam", "en", "ODR plan",
r"""Good afternoon,

Our ODR went above 1% because of negative feedback about the size of our leather boots. The size chart in the listing was in Argentinian sizes and buyers ordered their US size.

We are planning to change the size chart to US sizes and we intend to contact all buyers that left negative feedback to offer a free exchange. The listing images is going to be updated with a conversion table.

For the future, every new product will have the US size chart checked by two people, and we will read the customer feedback every Monday.

Saludos cordiales,
Valentina Ruiz
Cueros del Sur""",
poa=True, rc="Our ODR went above 1% because", co="We are planning to change", pr="For the future", done=False, style="none",
pol=["ODR"], notes="'we are planning to / we intend to / is going to be' -> not done")

M("appeal-ip-nd-native-046", LR, "ip-copyright", "US", "native", "en", "Reinstatement - copyright complaint on product images",
r"""Hello,

I'm appealing the removal of our wall art listing after a copyright complaint.

# Root cause
A freelancer we hired made our product mockups using a photo from a stock site without buying a license. We didn't verify the source.

# Corrective actions
- The infringing images will be replaced with our own photography.
- A retraction request will be sent to the rights owner.
- The freelancer's remaining work will be audited.

# Preventive actions
Going forward, every image we upload will need a license record or our own original file stored in our shared drive.

Thank you,
Claire Donovan
Loft & Linen Prints""",
poa=True, rc="Root cause", co="Corrective actions", pr="Preventive actions", done=False, style="markdown",
pol=["copyright complaint"], notes="passive future 'will be replaced' corrective")

M("appeal-used-nd-tr-047", AA, "used-sold-as-new", "UK", "turkish", "en", "Appeal - used sold as new",
r"""Dear Sir/Madam,

We received complaints from buyers about our hair dryers and our account is deactivated.

A) Reason: returned products were sent to FBA together with new stock by our 3PL in Birmingham.

B) Actions: We are remove all returned units from the stock and we are check every unit one by one. The 3PL contract is going to be changed next month.

C) Prevention: Returned products will be stored in a separate room and sold only as used.

Thank you for your help.
Kaan Demir""",
poa=True, rc="A) Reason:", co="B) Actions:", pr="C) Prevention:", done=False, style="lettered",
pol=[], notes="'we are remove / we are check' ongoing-future non-native; no policy named")

M("appeal-lsr-nd-noprev-vn-048", AA, "late-shipment", "US", "other-non-native", "en", "Late Shipment Rate appeal",
r"""Dear Amazon,

Our Late Shipment Rate is 7%. The reason is that our supplier in Hanoi delay the delivery of products to us, so we could not ship on time.

We will ship all pending orders this week and we will contact the buyers who received late. We will also increase the handling time to 5 days on the listings.

Thank you and best regards,
Le Quang Huy""",
poa=True, rc="The reason is that", co="We will ship all pending orders", done=False, style="none",
pol=["Late Shipment Rate"], notes="future-only fixes, no prevention")

M("appeal-vtr-nd-emo-in-049", AA, "valid-tracking", "IN", "indian", "en", "URGENT - VTR appeal - account blocked",
r"""Dear Team,

Our VTR has dropped to 88% and our listings are blocked from yesterday. THIS IS VERY UNFAIR, WE HAVE SHIPPED EVERY ORDER!!!

Root cause: our courier partner uploads tracking late to their portal, so the ID is not validated.

Corrective action: we shall shift to Amazon Easy Ship and we shall update tracking within 24 hours for all orders.

Preventive action: tracking will be verified daily by our executive before end of day.

We are losing lakhs of rupees every day and we will be bankrupt if this continues. Kindly restore at the earliest.

Regards,
Vikram Nair""",
poa=True, rc="Root cause:", co="Corrective action:", pr="Preventive action:", done=False, style="inline",
pol=["VTR"], emo=["THIS IS VERY UNFAIR, WE HAVE SHIPPED EVERY ORDER!!!", "we will be bankrupt if this continues"],
notes="'shall' corrective -> not done; shouting and despair")

M("appeal-drop-nd-ua-050", AA, "drop-shipping", "DE", "other-non-native", "en", "Drop shipping - appeal",
r"""Hello Amazon,

What went wrong:
We ordered products from AliExpress and let the seller ship them direct to German buyers. The packages had Chinese invoices and the AliExpress seller name. This is not allowed by the drop shipping policy.

What we are going to do:
We are going to rent storage in Leipzig and ship the orders ourselves. We are going to cancel the open orders which we can not fulfill and the listings will be closed.

How we will keep it right:
From now on we only sell stock which we hold in our storage or in FBA.

Dmytro Shevchenko""",
poa=True, rc="What went wrong:", co="What we are going to do:", pr="How we will keep it right:", done=False, style="colon",
pol=["drop shipping policy"], notes="'going to' corrective only")

M("appeal-review-nd-noprev-zh-051", AA, "review-manipulation", "US", "chinese", "en", "申诉 - review abuse",
r"""Dear Amazon,

我们的账号因为评论操纵被停用. The reason is our operation staff asked friends to buy our products and leave reviews.

We will delete all these reviews and we will fire this staff. We will also stop the relationship with the review group. After that we will ask Amazon to check our account again, because most of our reviews are from real customers who bought our kitchen scale and like it very much, we have 1,800 reviews and only about 40 are from friends.

希望亚马逊给我们一个机会. Thank you.
Shenzhen Weiqi E-commerce""",
poa=True, rc="The reason is our operation staff", co="We will delete all these reviews", done=False, style="none",
pol=["评论操纵"], dec=[("foreign-snippet", "希望亚马逊给我们一个机会"), ("mild-plea", "希望亚马逊给我们一个机会")],
notes="mixed Chinese-English, policy named in Chinese; future-only fixes; no prevention")

M("appeal-listing-nd-native-052", LR, "listing-policy", "US", "native", "en", "Reinstatement request - detail page guideline",
r"""Hi,

Our listing was deactivated for a violation of the product detail page rules: our main image had a text banner ("BEST SELLER 2026") on it.

Why: our designer added the banner during a promotion and nobody checked it against the image requirements.

Fix: the banner will be removed from the main image and the image will be reshot on pure white by Friday.

From now on: every main image will be checked against the Product image requirements page before upload, by me.

Thanks,
Greg Alvarez""",
poa=True, rc="Why:", co="Fix:", pr="From now on:", done=False, style="colon",
pol=["product detail page rules", "Product image requirements"], notes="fix promised 'by Friday' -> not done")

# ---------------------------------------------------------------- missing preventive only
M("appeal-cancel-noprev-tr-053", AA, "cancel-rate", "US", "turkish", "en", "Cancellation rate appeal",
r"""Dear Seller Performance Team,

Root Cause Analysis
Our cancellation rate was 3.8% because a pallet of our best-selling coffee pots was damaged in the port of Mersin and we had to cancel 46 orders that were already placed.

Corrective Actions
- All 46 buyers were refunded and informed by message.
- The quantity of the affected SKUs was set to zero on the same day.
- The damaged pallet was replaced by the supplier and stock is now available.

Preventive Measures
We thank Amazon for the understanding and we apologize to the affected customers.

Best regards,
Burak Şahin
Şahin Ev Gereçleri""",
poa=True, rc="Root Cause Analysis", co="Corrective Actions", style="plain",
pol=["cancellation rate"], notes="'Preventive Measures' heading holds only thanks/apology -> missing preventive")

M("appeal-inauth-vague-latam-054", AA, "inauthentic", "US", "latam", "en", "Appeal inauthentic",
r"""Dear Amazon,

We received inauthentic item complaints about our perfumes. We investigated and the cause is that 2 boxes came from a different supplier in Miami, not from our usual distributor, because our distributor was out of stock and we needed product for Black Friday.

We have already removed the remaining 60 units from that supplier and sent Amazon the invoices of our usual distributor, Perfumería Internacional SAS. The buyers who complained got full refund.

We will be more careful in the future.

Thanks,
Andrés Castillo""",
poa=True, rc="the cause is that", co="We have already removed", style="none",
pol=["inauthentic item complaints"], notes="only forward-looking line is a vague promise -> missing preventive")

# ---------------------------------------------------------------- account appeals with no POA (A016)
M("appeal-nopoa-emo-native-055", AA, "odr", "US", "native", "en", "THIS IS RIDICULOUS - reinstate my account",
r"""I have been selling on Amazon for NINE YEARS with perfect metrics and you shut me down over three A-to-z claims?? Your system is unfair and nobody at Seller Support can even tell me what I'm supposed to do. This is ridiculous.

My ODR was fine until last week. Those buyers were scammers, I have the tracking for every one of them.

If my account is not reinstated by Friday I will contact my attorney and we will take legal action against Amazon for the lost sales. I am also talking to a reporter at the local news who is very interested in how Amazon treats small businesses.

Reinstate my account NOW.

Rick Calloway
Calloway Auto Parts""",
pol=["ODR"], emo=["Your system is unfair", "This is ridiculous.", "we will take legal action against Amazon", "I am also talking to a reporter", "Reinstate my account NOW."],
notes="angry, threats of legal action and media; no POA")

M("appeal-nopoa-plead-zh-056", AA, "related-accounts", "US", "chinese", "en", "Please help us",
r"""Dear Amazon,

Our account was deactivated for related account. We don't know which account is related with us. We only have one account and we are a small factory in Foshan.

Please please help us, we are begging you. All our money is in the account, more than $40,000, and our 30 workers can not get salary this month. Our boss is very sad and we don't sleep for three days. Please give us a chance, we will do anything Amazon ask.

Sorry sorry for everything. Please reactivate.

Foshan Meijia Furniture""",
pol=["related account"], emo=["Please please help us, we are begging you", "our 30 workers can not get salary this month", "we don't sleep for three days", "Sorry sorry for everything."],
notes="pleading and despair, no POA")

M("appeal-nopoa-generic-latam-057", AA, "prohibited-seller-activities", "US", "latam", "en", "Account deactivated - need information",
r"""Hello,

Yesterday we received an email saying our account was deactivated because we did not follow Amazon's policies. We always try to follow your guidelines and we do not understand what we did wrong.

Could you please tell us which policy and which listing or order is the problem? Without this information we can not prepare a plan of action. Our merchant token is A2X8KQ7RM3ZP1L if it helps.

Thank you,
Sofía Herrera
Herrera Home Decor""",
pol=[], dec=[("merchant-token", "A2X8KQ7RM3ZP1L")],
notes="asks what was wrong; only generic 'Amazon's policies'/'your guidelines' -> no policy, no POA")

M("appeal-nopoa-short-vn-058", AA, "late-shipment", "US", "other-non-native", "en", "appeal",
r"""hi amazon

my account deactive because late shipment rate. the post office in Da Nang closed for the typhoon 5 days, not my fault. all orders shipped now. please open my account again i need sell for christmas. i have good rating 4.9 and 2 years no problem. i sell handmade lanterns from Hoi An, every order i pack myself. if you need the receipt from post office i can send photo.

thank you
Vo Thi Mai""",
pol=["late shipment rate"], dec=[("mild-plea", "please open my account again")],
notes="short messy note, explanation but no plan")

M("appeal-nopoa-zh-lang-059", AA, "inauthentic", "US", "chinese", "zh", "申诉：账户被停用",
r"""亚马逊卖家绩效团队您好：

我们的店铺因为收到“不真实商品投诉”被停用了。我们是品牌方，所有产品都是自己工厂生产的，商标注册号是美国商标局第7123456号。我们不明白为什么顾客会说我们的产品是假的。

我们已经把工厂的营业执照、商标证书和生产发票都准备好了，请告诉我们需要上传哪些文件。请尽快恢复我们的账户，谢谢。

东莞市佳美日用品有限公司""",
pol=["不真实商品投诉"], dec=[("trademark-number", "7123456")],
notes="Chinese on US marketplace; no POA, only documents offered")

M("appeal-nopoa-es-060", AA, "condition", "US", "latam", "es", "Apelación de cuenta",
r"""Estimados señores de Amazon:

Nuestra cuenta fue desactivada por quejas sobre la condición de los productos. Somos una pequeña tienda de Puebla que vende juguetes nuevos en su caja original. Los clientes dijeron que las cajas llegaron abiertas, pero creemos que eso pasó durante el envío con la paquetería.

Les pedimos revisar nuevamente nuestro caso. Tenemos fotos de los paquetes antes de enviarlos y podemos mandarlas si las necesitan. Agradecemos mucho su atención y esperamos su respuesta.

Atentamente,
Juguetería La Estrella""",
pol=["quejas sobre la condición de los productos"], notes="Spanish on US; calm; no POA; blames carrier")

M("appeal-nopoa-caps-tr-061", AA, "seller-code-of-conduct", "UK", "turkish", "en", "WHY MY ACCOUNT CLOSED",
r"""HELLO AMAZON

WE ARE SELLING 5 YEARS ON AMAZON UK AND TODAY OUR ACCOUNT IS CLOSED FOR SELLER CODE OF CONDUCT. WE DID NOTHING WRONG!!!! WE DONT MANIPULATE ANYTHING. WHO IS DECIDING THIS??? WE WANT TO SPEAK WITH A MANAGER IMMEDIATELY.

OUR STOCK IN FBA IS 4000 PIECES, WHAT WILL HAPPEN WITH IT? WE WILL LOSE EVERYTHING.

ANSWER US TODAY.
OZKAN TEKSTIL""",
pol=["SELLER CODE OF CONDUCT"], emo=["WE DID NOTHING WRONG!!!!", "WHO IS DECIDING THIS???", "WE WANT TO SPEAK WITH A MANAGER IMMEDIATELY.", "WE WILL LOSE EVERYTHING.", "ANSWER US TODAY."],
notes="all caps shouting; no POA")

M("appeal-nopoa-calm-native-062", AA, "identity-verification", "CA", "native", "en", "Request for review - verification documents",
r"""Hello,

Our account was deactivated on 24 November with a note that we could not be verified under Section 3 of the Business Solutions Agreement. Unfortunately the deactivation notice arrived while I was travelling and I missed the 17-day window to respond to the first request.

I have now uploaded my driver's licence, a Hydro-Québec bill for our business address and a statement from our bank issued this month. All three show the same name and address as the account.

Could you please review the documents and let me know if anything else is needed?

Kind regards,
Nathalie Bergeron
Atelier Bergeron""",
pol=["Section 3 of the Business Solutions Agreement"], dec=[("mild-word", "Unfortunately")],
notes="calm, documents uploaded but no plan of action; mild word decoy")

M("appeal-nopoa-pt-063", AA, "cancel-rate", "UK", "latam", "pt", "Recurso - taxa de cancelamento",
r"""Prezada equipe da Amazon,

Nossa conta foi desativada porque a taxa de cancelamento antes do envio ficou acima de 2,5%. Somos uma empresa brasileira que vende artesanato no Reino Unido e tivemos um problema com o estoque durante uma greve dos Correios no Brasil.

Pedimos por favor que revisem a nossa conta. Já não temos pedidos pendentes e o estoque está correto agora. Ficamos à disposição para enviar qualquer documento.

Atenciosamente,
Mariana Souza
Arte Nordeste Ltda""",
pol=["taxa de cancelamento antes do envio"], notes="Portuguese on UK; no POA")

# ---------------------------------------------------------------- cover letters, POA attached
M("appeal-attached-native-064", AA, "ip-trademark", "US", "native", "en", "Appeal - trademark infringement - POA attached",
r"""Hello Seller Performance team,

Please find attached our Plan of Action regarding the deactivation of our account for alleged trademark infringement (complaint ID 1587204419). The attached PDF explains the root cause, the actions we have already completed and the measures we have put in place to prevent a recurrence. We have also attached the retraction email we received from the rights owner on 27 November.

We appreciate your time and look forward to your response.

Sincerely,
Laura Chen
Brightside Home Goods LLC""",
att=True, pol=["trademark infringement"], dec=[("complaint-id", "1587204419")], notes="cover letter, POA attached")

M("appeal-attached-zh-065", AA, "product-safety", "US", "chinese", "en", "Appeal with POA in attachment",
r"""Dear Seller Performance Team,

We have prepared our plan of action for the product safety deactivation (ASIN B0CW3N7XHL, power bank) and uploaded it as attachment "POA_Huayu_20261128.pdf". In the file you can find the reason of the problem, what we have did and the measures to avoid it again, and also the UL 2056 test report.

Please kindly review. Thank you very much.

Best regards
Shenzhen Huayu Power Technology Co., Ltd""",
att=True, pol=["product safety"], dec=[("asin", "B0CW3N7XHL"), ("file-name", "POA_Huayu_20261128.pdf")], notes="cover letter with attachment")

M("appeal-attached-generic-pl-066", AA, "listing-policy", "DE", "other-non-native", "en", "Appeal documents",
r"""Dear Sirs,

Attached you will find our action plan and the invoices you requested. We hope everything is clear now. We have sold on Amazon.de since 2019 without problems and want to continue.

If you need any other document, please write to us and we will send it the same day. Our phone is +48 22 555 0187.

Best regards,
Marek Zieliński
Zieliński Dom i Ogród""",
att=True, pol=[], dec=[("phone", "+48 22 555 0187")], notes="attached action plan but no policy named")

# ---------------------------------------------------------------- FBA reimbursement
M("fba-lostinb-zh-067", FBA, "", "US", "chinese", "en", "Shipment FBA18XK2Q9TR units missing",
r"""Hello Seller Support,

Our shipment FBA18XK2Q9TR was delivered to ONT8 on 3 November (carrier UPS, tracking 1Z9A47E80391245562). We sent 12 cartons, 600 units of SKU YL-LAMP-WH. The shipment is closed but only 540 units are received, 60 units missing.

We have the proof of delivery with weight 186 kg and the box content file. Please investigate and reimburse the 60 units.

Thank you
Yuling Lighting""",
topic="lost-inbound", dec=[("shipment-id", "FBA18XK2Q9TR"), ("tracking-number", "1Z9A47E80391245562"), ("sku", "YL-LAMP-WH")],
notes="lost inbound with shipment id and units")

M("fba-whlost-native-068", FBA, "", "US", "native", "en", "Reimbursement request - units lost in fulfillment center",
r"""Hi,

Our Inventory Ledger shows 14 units of FNSKU X002KQ7LMB marked as "Lost" at MDW2 on 18 October, adjusted with reason code M, and they were never found or reimbursed. More than 30 days have passed. The Reimbursements report shows nothing for this FNSKU.

Could you please reimburse the 14 units at our average sale price of $34.99? Thanks.

Melissa Grant
Hearth & Hound""",
topic="warehouse-lost", dec=[("fnsku", "X002KQ7LMB")], notes="warehouse lost, calm native")

M("fba-return-emo-latam-069", FBA, "", "US", "latam", "en", "CUSTOMER RETURN NOT RECEIVED AGAIN!!!",
r"""Hello,

This is the THIRD time I open a case for the same problem and nobody answer me!!! Order 112-8803417-5526913, the customer got a refund of $129 for a blender on 2 October and the item NEVER came back to the fulfillment center. It is more than 45 days.

Amazon is stealing from small sellers, this is ridiculous!!! Every case you close without solve it. I want the reimbursement today or I will report this to the consumer protection office in my country.

Gabriel Rojas""",
topic="customer-return", emo=["nobody answer me!!!", "Amazon is stealing from small sellers, this is ridiculous!!!", "I want the reimbursement today or I will report this"],
dec=[("order-id", "112-8803417-5526913")], notes="angry reimbursement case, caps and exclamations")

M("fba-damagedinb-tr-070", FBA, "", "UK", "turkish", "en", "Damaged at inbound - shipment FBA15GH3L8WQ",
r"""Dear Seller Support,

In shipment FBA15GH3L8WQ, 24 units of our glass tea sets (SKU CAM-CAY-6) were marked as damaged by the fulfillment center LBA4 during receiving. Our boxes were packed with bubble wrap and passed the drop test, photos are attached. Unfortunately the items are not reimbursed yet.

Please review the damage and reimburse the 24 units.

Kind regards
Elif Çelik""",
topic="damaged-inbound", dec=[("shipment-id", "FBA15GH3L8WQ"), ("sku", "CAM-CAY-6"), ("mild-word", "Unfortunately")],
notes="calm with mild word")

M("fba-removal-vn-071", FBA, "", "US", "other-non-native", "en", "removal order not complete",
r"""Hi team,

my removal order 5KXPLQ8R2M created in 1 October for 80 units, status is complete but i only receive 52 units at my address in California. The tracking 9400111899223344556677 shows 2 boxes, but should be 3 box.

the units are silk scarves, very light, maybe one box still in warehouse or lost by carrier.

please check and reimburse the 28 units missing, thank you so much

Nguyen Van Tuan""",
topic="removal", dec=[("removal-order-id", "5KXPLQ8R2M"), ("tracking-number", "9400111899223344556677")],
notes="short messy removal claim")

M("fba-whdamaged-pl-072", FBA, "", "DE", "other-non-native", "en", "Warehouse damaged units - claim",
r"""Hello,

In the inventory ledger for November I see 9 units of our ceramic vases (ASIN B0C5RT2KLM) changed to unfulfillable with reason "Damaged at Amazon fulfillment centre" in WRO2. Until now we got reimbursement only for 3 units (reimbursement ID 2918475563). Please reimburse the other 6 units.

For the reimbursement please use the normal payment method in the account.

Regards
Agnieszka Wójcik""",
topic="warehouse-damaged", dec=[("asin", "B0C5RT2KLM"), ("reimbursement-id", "2918475563")], notes="warehouse damaged")

M("fba-lostinb-secret-in-073", FBA, "", "IN", "indian", "en", "Inbound shipment shortage - reimbursement bank details",
r"""Dear Team,

Shipment FBA15MQ8ZT4K sent to BLR7 was received short by 40 units (sent 400, received 360). POD and invoices are attached.

Our packing list and the carrier's signed delivery challan both show 400 units in 20 cartons of 20 units each.

Kindly process the reimbursement. Also our bank was changed last week, please credit the amount to our new account:
Account name: Shree Ganesh Exports
A/c no: 50100437281936
IFSC: HDFC0001234

Do the needful and revert.
Regards,
Anil Mehta""",
topic="lost-inbound", sec=[("bank-account", "50100437281936")], dec=[("shipment-id", "FBA15MQ8ZT4K"), ("ifsc", "HDFC0001234")],
notes="bank account number pasted in case; IFSC decoy")

M("fba-return-zh-074", FBA, "", "US", "chinese", "en", "关于退货未入库 / return not received",
r"""Dear Amazon Seller Support,

The buyer of order 111-4093826-7731540 returned the item and got the refund on 5 October. But after 45 days we still can not find this return in the FBA customer returns report. The LPN is LPNRR983421056.

The product is a stainless steel lunch box, price $27.99. We have checked the inventory ledger also and there is no record of this return.

Please help us check and reimburse. Thank you very much, sorry for the trouble.

Best regards
Ningbo Yuanda Houseware""",
topic="customer-return", dec=[("order-id", "111-4093826-7731540"), ("lpn", "LPNRR983421056")], notes="return claim")

M("fba-lostinb-tr-lang-075", FBA, "", "US", "turkish", "tr", "Kayıp ürünler - gönderi FBA17RL2N6PD",
r"""Merhaba,

FBA17RL2N6PD numaralı gönderimiz 10 Kasım tarihinde teslim edildi ancak 300 adet üründen sadece 276 adedi envantere eklendi. Kargo teslim belgesi ve kutu içerik listesi ektedir.

Eksik olan 24 adet ürün için inceleme yapılmasını ve geri ödeme yapılmasını rica ederiz. Ürünlerimiz pamuklu havlulardır ve her koli aynı ağırlıktadır, bu yüzden eksik adetlerin depoda kaybolduğunu düşünüyoruz. Yardımlarınız için şimdiden teşekkür ederiz.

Saygılarımızla,
Zeynep Kaya
Kaya Tekstil""",
topic="lost-inbound", dec=[("shipment-id", "FBA17RL2N6PD")], notes="Turkish on US")

M("fba-whlost-bol-latam-076", FBA, "", "US", "latam", "en", "LTL shipment lost units",
r"""Hello,

We sent an LTL shipment of 8 pallets, shipment ID FBA16PQ3W7MZ, with BOL 482915736 and PRO number 0734829156. The appointment at SBD1 was completed but the shipment is still "Receiving" after 30 days with 212 units not counted.

Please open an investigation. Everything is attached, signed BOL included, and the carrier confirmed all 8 pallets were delivered without exceptions.

Gracias,
Alejandro Vargas""",
topic="lost-inbound", dec=[("shipment-id", "FBA16PQ3W7MZ"), ("bol-number", "482915736"), ("pro-number", "0734829156")],
notes="BOL number fails ABA; PRO number")

M("fba-removal-native-077", FBA, "", "CA", "native", "en", "Removal order shipped damaged",
r"""Hello,

Removal order RMV-22R8QK arrived today at our warehouse in Mississauga with one of the three boxes crushed. 11 of 45 units inside were broken (glass candle holders). Photos of the box and the units are attached along with the carrier's delivery receipt.

The units were fine when they went in, since they were sellable inventory at YYZ4 until the removal.

We'd appreciate a reimbursement for the 11 broken units. Thank you.

Jess Tremblay""",
topic="removal", dec=[("removal-order-id", "RMV-22R8QK")], notes="calm removal damage")

M("fba-return-emo-zh-078", FBA, "", "US", "chinese", "en", "why no reimbursement???",
r"""Dear Amazon,

We already opened 6 cases for these returns and every time you say "investigation complete" and give nothing. 23 orders were refunded but the items not returned, list attached.

We are very very disappointed, we are so tired. We trust Amazon but Amazon make us lose money every month. Please, please, please help us this time, if you close this case again we really don't know what to do, our company can not continue like this.

Shenzhen Dingyi Technology""",
topic="customer-return", emo=["Please, please, please help us this time", "we really don't know what to do, our company can not continue like this", "We are very very disappointed, we are so tired."],
notes="pleading and despair in reimbursement case")

M("fba-damaged-ja-079", FBA, "", "JP", "other-non-native", "ja", "納品時の破損について",
r"""Amazonセラーサポート御中

いつもお世話になっております。納品プランFBA15JPX83KQの商品のうち、12点が受領時に破損と判定されました。梱包は緩衝材を使用し、出荷前に写真も撮影しております。写真を添付いたしますので、ご確認のうえ補償をご検討いただけますでしょうか。

よろしくお願いいたします。
株式会社さくら雑貨 田中""",
topic="damaged-inbound", dec=[("shipment-id", "FBA15JPX83KQ")], notes="Japanese on JP (not English-required)")

M("fba-whlost-ro-080", FBA, "", "UK", "other-non-native", "en", "Lost inventory reimbursement",
r"""Hello Seller Support,

I am writing about 6 units of SKU RO-LEATHER-BELT-BR (FNSKU X003LM8QZ1) that the inventory ledger shows as "Misplaced" at BHX4 since 2 October. It has been more than 30 days and they were not found.

Also, I want to mention: the password for our account was changed by a former employee last month, we reset it and all is fine now, so please do not worry if you see a login from a new device.

Thank you,
Ioana Radu""",
topic="warehouse-lost", dec=[("sku", "RO-LEATHER-BELT-BR"), ("fnsku", "X003LM8QZ1"), ("password-word", "the password for our account was changed")],
notes="password mentioned without value")

# ---------------------------------------------------------------- technical issues
M("tech-login-zh-081", TECH, "", "US", "chinese", "en", "无法登录 can not login, two step verification",
r"""Dear Seller Support,

Our company can not log in Seller Central since yesterday. The two-step verification code is sent to the old phone of our former operator, she already left the company.

登录邮箱：jiaxin.store@163.com
登录密码：Jx#2026store88
验证码：739184

Please help us change the phone number for 2SV to the new number +86 138 0013 7562, our team need to ship the orders today.

Thank you
Jiaxin Home Store""",
topic="login", sec=[("password", "Jx#2026store88"), ("one-time-code", "739184")], dec=[("phone", "+86 138 0013 7562")],
notes="password and OTP after Chinese labels with full-width colons")

M("tech-payment-native-082", TECH, "", "US", "native", "en", "Credit card declined - can't update charge method",
r"""Hi,

Seller Central keeps rejecting our new company card when I try to update the charge method. The error says "We were unable to validate your credit card. Please check the details and try again." I've triple checked. Here are the details so you can see I'm typing them right:

Visa 4539 1488 0343 6467, exp 09/29, CVV 552, billing ZIP 78704.

Our old card ending 4242 expires this month so I need this fixed before the subscription fee posts. Thanks.

Dana Whitaker
Hill Country Candle Co.""",
topic="payment-method", sec=[("card", "4539 1488 0343 6467"), ("card-expiry", "09/29"), ("card-code", "552")],
dec=[("postcode", "78704"), ("masked-card", "ending 4242")], notes="full card with spaces, expiry, CVV in one line; masked 'ending 4242' is a decoy")

M("tech-deposit-pl-083", TECH, "", "DE", "other-non-native", "en", "Deposit method verification failed",
r"""Hello,

I tried to add our new business bank account as deposit method but I get the message "The bank account information could not be verified". Our bank is mBank in Warsaw and the account is in EUR.

IBAN: PL47 1090 1014 0000 0712 5841 9392 71
SWIFT: BREXPLPWXXX
Account holder: Nowicki Meble Sp. z o.o.

Can you tell me what is wrong? The same account works on Allegro and eBay.

Thank you
Jakub Nowicki""",
topic="deposit-method", sec=[("iban", "PL47 1090 1014 0000 0712 5841 9392 71")], dec=[("swift-code", "BREXPLPWXXX")],
notes="IBAN with spaces in a label block; SWIFT decoy")

M("tech-deposit-routing-latam-084", TECH, "", "US", "latam", "en", "Cannot add US bank account for disbursement",
r"""Hello Support,

We opened a US bank account with Chase for our LLC and I want to put it as the deposit method, but the page shows "Routing number is invalid" every time. I'm sure the numbers are correct, I copy them from the bank app:

routing 021000021 / account 483920175562

Our EIN is 88-1234567 if you need it to verify the company. Is there some problem because I'm login from Colombia? Our disbursements are on hold since 2 weeks.

Thanks a lot,
Camila Ortiz
Ortiz Trading LLC""",
topic="deposit-method", sec=[("routing-number", "021000021"), ("bank-account", "483920175562")], dec=[("tax-id", "88-1234567")],
notes="routing and account on one line separated by slash; EIN decoy")

M("tech-login-ja-085", TECH, "", "JP", "other-non-native", "ja", "セラーセントラルにログインできません",
r"""セラーサポート御中

昨日からセラーセントラルにログインできず、「認証コードが正しくありません」と表示されます。スマートフォンを機種変更したため、認証アプリの設定が消えてしまいました。

確認のため、アカウント情報を記載します。
メールアドレス：info@hanamizuki-shop.jp
パスワード：Hana_mizuki0412
認証コード：482913

二段階認証の電話番号を新しい番号に変更していただけますでしょうか。至急ご対応をお願いいたします。

有限会社はなみずき""",
topic="login", sec=[("password", "Hana_mizuki0412"), ("one-time-code", "482913")],
notes="Japanese on JP with password and code after Japanese labels")

M("tech-upload-tr-086", TECH, "", "US", "turkish", "en", "Flat file upload error 8560",
r"""Hello,

We are trying to upload 45 new rugs with the Home flat file. The processing report gives this error for all rows:

"Error 8560: SKU TR-KILIM-120x180, Missing Attributes product_type. SKU TR-KILIM-120x180 does not match any ASIN. Creation of a new ASIN requires the following missing attributes: item_type_keyword."

We filled item_type_keyword with "area-rugs" as in the template. Feed ID 50193847261. Can you check what is wrong?

Thank you,
Cem Öztürk""",
topic="listing-upload", dec=[("error-code", "Error 8560"), ("feed-id", "50193847261"), ("sku", "TR-KILIM-120x180")],
notes="error text copied from processing report")

M("tech-report-native-087", TECH, "", "US", "native", "en", "Business reports show zero sessions",
r"""Hi,

Since November 20 the Detail Page Sales and Traffic by Child Item report shows 0 sessions and 0 page views for every ASIN, while orders are still coming in normally (we had 312 orders that week). I tried a different browser and downloading the CSV; same result. The error banner at the top says "Some data may be temporarily unavailable."

Is this a known issue? We use the report for our ad budgeting, so it's frustrating not to have it.

Thanks,
Kyle Jensen""",
topic="report-error", dec=[("mild-word", "frustrating")], notes="calm with mild word")

M("tech-page-emo-vn-088", TECH, "", "US", "other-non-native", "en", "INVENTORY PAGE NOT WORKING 5 DAYS!!!!!",
r"""Seller Support,

Manage Inventory page give "We're sorry, an error occurred. Please try again later" for 5 days!!!!! I can not change price, can not change quantity, NOTHING!!! I opened 4 cases and you only send me template answer to clear cookies. I ALREADY CLEAR COOKIES 10 TIMES!!!!

Christmas is coming and I am losing orders every hour. This is the worst support I ever see. Fix it now please!!!

Hoang Anh Shop""",
topic="page-error", emo=["NOTHING!!!", "I ALREADY CLEAR COOKIES 10 TIMES!!!!", "This is the worst support I ever see.", "Fix it now please!!!"],
dec=[("error-code", "We're sorry, an error occurred. Please try again later")],
notes="shouting tech issue")

M("tech-api-native-089", TECH, "", "US", "native", "en", "SP-API 403 Unauthorized on Orders endpoint",
r"""Hello,

Our private SP-API application (app ID amzn1.sp.solution.7f3c2a1e-4b8d-4e0a-9c1f-2d6e8b9a0c55) started returning 403 "Unauthorized - Access to requested resource is denied" on GET /orders/v0/orders since this morning. The refresh token was regenerated and the LWA client secret was rotated last week; we updated both in our app config. Listings endpoints still work.

Roles assigned: Inventory and Order Tracking, Pricing. Did something change with the Direct-to-Consumer Shipping role?

Thanks,
Priya Nandakumar
Engineering, Coastal Goods""",
topic="api", dec=[("app-id", "amzn1.sp.solution.7f3c2a1e-4b8d-4e0a-9c1f-2d6e8b9a0c55")],
notes="mentions client secret and refresh token without values")

M("tech-tax-de-090", TECH, "", "DE", "other-non-native", "de", "Steuerinterview - W-8BEN-E wird nicht akzeptiert",
r"""Sehr geehrtes Seller-Support-Team,

wir versuchen seit drei Tagen, das Steuerinterview für unser Unternehmen abzuschließen. Nach der Eingabe unserer deutschen Steuernummer erscheint immer die Meldung „Die angegebenen Informationen konnten nicht validiert werden“. Wir haben die Angaben mit unserem Steuerberater geprüft und sie sind korrekt. Unsere USt-IdNr. lautet DE287654326.

Bitte teilen Sie uns mit, welche Angabe fehlt oder falsch ist. Vielen Dank im Voraus.

Mit freundlichen Grüßen
Lena Hoffmann
Hoffmann Küchenwelt GmbH""",
topic="tax-interview", dec=[("tax-id", "DE287654326")], notes="German on DE (not English-required); VAT decoy")

M("tech-payment-zh-091", TECH, "", "UK", "chinese", "zh", "信用卡无法添加",
r"""您好，

我们在卖家后台更换收款信用卡时一直提示“无法验证您的信用卡”。我们已经确认卡片信息没有错误，请帮我们查一下原因。下面是卡的信息：

卡号：6228 4801 2937 4650 189
有效期：2029年6月
安全码：417

这张卡是中国农业银行的银联卡，请问是否支持？谢谢！

广州市悦达贸易有限公司""",
topic="payment-method", sec=[("card", "6228 4801 2937 4650 189"), ("card-expiry", "2029年6月"), ("card-code", "417")],
notes="Chinese on UK; 19-digit UnionPay card with expiry and security code")

M("tech-login-secret-sentence-native-092", TECH, "", "CA", "native", "en", "Locked out after password reset",
r"""Hi there,

I reset my Seller Central password on Tuesday and now every login attempt sends me back to the sign-in page with "There was a problem - your password is incorrect". I'm positive it's right. my pass is Maple!Leaf7734 if you need it to test. The account email is orders@northshorecraft.ca.

I also tried the "Forgot password" link twice but the reset email never arrives (checked spam). Can someone look at the account and unlock it?

Thanks,
Ian MacLeod""",
topic="login", sec=[("password", "Maple!Leaf7734")], dec=[("password-word", "I reset my Seller Central password")],
notes="password inside a sentence; another 'password' mention without value")

# ---------------------------------------------------------------- brand disputes
M("brand-hijack-zh-093", BRAND, "", "US", "chinese", "en", "Hijacker on our brand listing - Trademark 97/482,915",
r"""Dear Brand Registry Team,

We are the owner of brand "LUMIVO", US trademark registration No. 7,284,519 (serial 97/482,915). A seller named "BestDeal-Store88" is selling on our ASIN B0CZ8QW2LN with a lower price, the product is not ours, buyers received fake lamps with no logo (test buy order 113-2290485-6613027).

Please remove this seller from our listing. We did a test buy and have photos. Thank you very much.

Zhongshan Lumivo Lighting Co., Ltd
中山市鲁米沃照明有限公司""",
topic="hijacker", dec=[("trademark-number", "7,284,519"), ("asin", "B0CZ8QW2LN"), ("order-id", "113-2290485-6613027"), ("foreign-snippet", "中山市鲁米沃照明有限公司")],
notes="hijacker with trademark numbers and test buy order id")

M("brand-contrib-native-094", BRAND, "", "US", "native", "en", "Listing contribution overwritten - brand owner",
r"""Hello,

We're the registered brand owner of Fernway (Brand Registry, trademark reg. no. 6,918,204). Over the past two weeks, the title and main image of our ASIN B0B7HQ3R9X keep getting changed to a competitor's contribution that lists the wrong wattage (1500W instead of 1200W). We correct it through the Brand Dashboard and within a day it reverts.

Please lock the detail page to our contribution and tell us which seller keeps submitting these changes. This is a safety issue since the wattage affects circuit load.

Thanks,
Erin Walsh
Fernway Appliances""",
topic="listing-contribution", dec=[("trademark-number", "6,918,204"), ("asin", "B0B7HQ3R9X")], notes="calm native brand dispute")

M("brand-ownership-latam-095", BRAND, "", "MX", "latam", "en", "Brand ownership - someone registered our brand",
r"""Hello,

Our family company makes the mezcal glasses "Copal Vivo" since 2011 and we have the trademark in IMPI Mexico (registro 1847263). Another company registered our brand in Brand Registry using a US application, and now we can not edit our own listings.

We attach the IMPI certificate and invoices since 2015. Please give us the brand ownership back.

For refunds of any fees, our account at Santander: CLABE 014180655012345678.

Saludos,
Ricardo Paredes""",
topic="brand-ownership", sec=[("bank-account", "014180655012345678")], dec=[("trademark-number", "1847263")],
notes="Mexican CLABE bank account pasted; IMPI number decoy")

M("brand-transparency-tr-096", BRAND, "", "UK", "turkish", "en", "Transparency codes rejected on our own products",
r"""Dear Amazon,

We are enrolled in Transparency for our brand Anatolia Home. Since last week the fulfillment center is rejecting our units because "Transparency code not valid". Example code on the label: AZ:9F2KQ7XW8L3MP1RT. We printed the codes from the Transparency portal as usual.

Please check why the codes are rejected. 1,200 units are stuck at the inbound.

Teşekkürler,
Hakan Yılmaz""",
topic="brand-program", dec=[("transparency-code", "AZ:9F2KQ7XW8L3MP1RT"), ("foreign-snippet", "Teşekkürler")],
notes="transparency code decoy")

M("brand-hijack-signature-de-097", BRAND, "", "DE", "other-non-native", "en", "Unauthorized seller on brand ASIN",
r"""Hello Brand Registry,

We are the manufacturer of "Waldkind" wooden toys, EUIPO trademark 018472930. Three sellers appeared on ASIN B0D4TQ8MNC with used and damaged units as "new". Our distribution contract does not allow any of them to resell on Amazon.

Please investigate and remove them. Test purchase documents attached.

Mit freundlichen Grüßen
Stefan Krüger
Waldkind Spielwaren GmbH | Kastanienallee 12, 10435 Berlin
Tel. +49 30 5550 1942 | IBAN DE78 3704 0044 0718 2940 35 | USt-IdNr. DE298765430""",
topic="hijacker", sec=[("iban", "DE78 3704 0044 0718 2940 35")], dec=[("trademark-number", "018472930"), ("asin", "B0D4TQ8MNC"), ("phone", "+49 30 5550 1942"), ("tax-id", "DE298765430")],
notes="IBAN inside an email signature line next to phone and VAT")

M("brand-hijack-emo-in-098", BRAND, "", "IN", "indian", "en", "Counterfeit sellers destroying our brand - immediate action required",
r"""Dear Team,

This is the 7th complaint we are filing against the same sellers copying our brand "Rasoi Gold" (trademark no. 4521873, Class 21). They are selling duplicate pressure cookers which are dangerous for customers. Amazon is doing NOTHING!!!

Our brand name is getting destroyed and our whole family business built over 25 years is finished because of your inaction. If these sellers are not removed within 48 hours we will file a case in the Delhi High Court against Amazon and also approach the media.

Kindly take strict action immediately.

Rohit Agarwal
Rasoi Gold Appliances""",
topic="hijacker", emo=["Amazon is doing NOTHING!!!", "our whole family business built over 25 years is finished", "we will file a case in the Delhi High Court against Amazon and also approach the media"],
dec=[("trademark-number", "4521873")], notes="threats of court and media")

M("brand-contrib-quoted-vn-099", BRAND, "", "US", "other-non-native", "en", "competitor change our listing",
r"""Hello Amazon,

Someone keep changing the bullet points of our ASIN B0C9LK4TRW. Also a customer wrote to us:

"THIS IS A SCAM!!! The picture shows 3 pieces and I got ONE. I want my money back NOW or I report you!!!"

The pictures with 1 piece was uploaded by another seller, not us. Our product is a set of 3 and we are brand owner (trademark 98/337,210). Please restore our images and tell us who did this.

Thank you,
Dang Thu Ha""",
topic="listing-contribution", dec=[("asin", "B0C9LK4TRW"), ("trademark-number", "98/337,210"), ("quoted-buyer", "THIS IS A SCAM!!!")],
notes="calm seller quoting an angry buyer: not emotional")

M("brand-ownership-zh-lang-100", BRAND, "", "CA", "chinese", "zh", "品牌备案问题",
r"""您好，

我们是“森屿”品牌的所有者，已经在加拿大知识产权局注册商标，注册号为TMA1187654。但是品牌备案申请一直被拒绝，理由是“无法验证商标所有权”。我们已经上传了商标证书和授权书。

另外，请问品牌备案的费用是从哪张卡扣的？我们的银行卡号：6217 0032 1000 4856 927，开户行是中国建设银行深圳分行。

请帮忙处理，谢谢。

深圳市森屿家居有限公司""",
topic="brand-ownership", sec=[("bank-account", "6217 0032 1000 4856 927")], dec=[("trademark-number", "TMA1187654")],
notes="Chinese on CA; bank card account number after 银行卡号")

# ---------------------------------------------------------------- category approvals
M("cat-grocery-latam-101", CAT, "", "US", "latam", "en", "Ungating request - Grocery & Gourmet",
r"""Hello,

We request approval to sell in Grocery & Gourmet Food. We are the importer of Peruvian coffee brand "Cumbre Andina". We uploaded:
- 3 invoices from our supplier Cafetalera del Norte SAC, invoice numbers F001-00482, F001-00517 and F001-00563, total 1,850 bags, dated August to October 2026
- FDA food facility registration 16482937501
- Photos of the product label with English ingredients and nutrition facts

Our company address on the invoices is the same as in Seller Central.

Thank you,
María José Quispe""",
topic="grocery", dec=[("invoice-number", "F001-00482"), ("invoice-number", "F001-00517")],
notes="invoices described")

M("cat-jewelry-zh-102", CAT, "", "US", "chinese", "en", "Fine jewelry category approval follow-up",
r"""Dear Category Team,

We applied for Fine Jewelry approval on 2 November (case 18402937561) but still no answer. We have the independent quality assurance report from NGTC for our 925 silver rings and the invoice of 2,000 pieces. Our annual revenue is more than $500,000 on other marketplaces.

Please let us know if anything else is needed, sorry for the inconvenient and thank you.

Best regards
Yiwu Xingchen Jewelry""",
topic="jewelry", dec=[("case-id", "18402937561"), ("single-apology", "sorry for the inconvenient")], notes="follow-up")

M("cat-auto-card-table-native-103", CAT, "", "US", "native", "en", "Automotive approval - fee payment",
r"""Hi,

We applied to sell in the Automotive & Powersports category and were told there's a non-refundable fee. We'd like to pay it with our company Amex. Our bookkeeper filled out the table below for you:

| Item | Value |
|---|---|
| Card | AMEX 3785-192036-44185 |
| Exp | 11/28 |
| CID | 4417 |
| Name | Summit Garage Supply Inc. |

Our distributor invoice from Keystone Automotive (PO 44871-A, 320 units) is attached. Let us know when we can start listing.

Thanks,
Jake Morrison""",
topic="automotive", sec=[("card", "3785-192036-44185"), ("card-expiry", "11/28"), ("card-code", "4417")], dec=[("po-number", "44871-A")],
notes="Amex with dashes, expiry, 4-digit code in table rows")

M("cat-toys-vn-104", CAT, "", "US", "other-non-native", "en", "Toys holiday selling approval",
r"""Dear Amazon,

We want to sell toys in Q4 holiday season. Our account is 2 years old and our ODR is 0.3%, late shipment 0.8%, cancel 0.2%. Our products are wooden puzzles with CPC certificate and ASTM F963 test report from Bureau Veritas, report no. HCM-26-118273.

Please approve us for the holiday selling guidelines for toys.

Thank you
Bui Thanh Tam
Tam Wooden Toys""",
topic="toys-holiday", dec=[("certificate-number", "HCM-26-118273")], notes="metrics quoted in a non-appeal")

M("cat-supplement-tr-105", CAT, "", "UK", "turkish", "en", "Approval request for dietary supplements",
r"""Hello,

We would like to sell our olive leaf extract capsules. I uploaded the certificate of analysis from an ISO 17025 lab, the product label and invoice from our manufacturer in Izmir (invoice TR2026-00931, 5,000 units).

The manufacturer asked us for a login to Seller Central to upload their GMP certificate directly, but we did not give our password, we will upload it ourselves tomorrow.

Best regards,
Deniz Aksoy""",
topic="dietary-supplements", dec=[("invoice-number", "TR2026-00931"), ("password-word", "we did not give our password")],
notes="password mentioned without value")

M("cat-watches-emo-latam-106", CAT, "", "US", "latam", "en", "watches approval REJECTED AGAIN",
r"""Hello,

I apply for Watches category FIVE TIMES and always rejected with the same message. My invoices are real, from the distributor in Miami, with my name and address. WHAT MORE DO YOU WANT???

I invested all my savings in this inventory, 400 watches in my house, and if I can not sell them I will lose my apartment. Please, I am begging you, somebody real read my documents.

Luis Fernando Castro""",
topic="watches", emo=["WHAT MORE DO YOU WANT???", "I will lose my apartment", "Please, I am begging you"],
notes="shouting and despair in category approval")

M("cat-collect-ro-107", CAT, "", "UK", "other-non-native", "en", "Collectible coins - approval",
r"""Good day,

I ask for approval to sell collectible coins. I am member of the Romanian Numismatic Society and I have 15 years experience. I uploaded invoices from two auction houses (Künker and Numismatica Ars Classica) for 120 coins, and photos with certificates of authenticity.

Unfortunately the upload form accepted only 3 files so I sent the rest by email to the address in the rejection message.

Thank you,
Victor Ionescu""",
topic="collectibles", dec=[("mild-word", "Unfortunately")], notes="calm, mild word")

# ---------------------------------------------------------------- more technical issues
M("tech-deposit-ja-108", TECH, "", "JP", "other-non-native", "ja", "入金口座の変更ができません",
r"""セラーサポートご担当者様

入金用の銀行口座を変更しようとしたところ、「銀行口座情報を確認できませんでした」というエラーが表示されます。念のため口座情報をお送りします。

銀行名：みずほ銀行　渋谷支店
口座番号：3284716
暗証番号：5820

どこが間違っているのか教えていただけますと幸いです。お手数をおかけしますが、よろしくお願いいたします。

合同会社こもれび工房""",
topic="deposit-method", sec=[("bank-account", "3284716"), ("password", "5820")],
notes="Japanese bank account and PIN (暗証番号) labeled password")

M("tech-fire-calm-native-109", TECH, "", "US", "native", "en", "Request to pause account - warehouse fire",
r"""Hello,

On the night of November 26 a fire destroyed our warehouse in Fresno. Nobody was hurt, but all of our merchant-fulfilled inventory is gone. I set the account to vacation mode, but the button on the Account Info page shows "Listings status: Active" and I'm still receiving orders.

Could you help me confirm the listings are inactive and advise how to handle the 17 open orders (for example 114-5628013-9047216)? Our insurance adjuster also asked for a sales report for the last 12 months; where would I download that?

Thank you,
Alicia Moreno
Valley Irrigation Supply""",
topic="page-error", dec=[("order-id", "114-5628013-9047216")], notes="calm letter about a serious fact")

M("tech-upload-secret-appeal-zh-110", TECH, "", "US", "chinese", "en", "图片上传失败 image upload fail",
r"""Dear Support,

When we upload images in Manage Images, it shows "Your image could not be processed. Please check the file format." Files are JPG, 2000x2000 pixel, sRGB, under 10MB. We tried Chrome and Edge, and also smaller files of 1000x1000, always the same error. Other sellers in our WeChat group have the same problem since Monday.

To save your time, our operator account for you to check: 账号 lihua.ops@xinrui-tech.com 密码 XR-ops_2026!, 动态码 305 817 (valid 10 minutes).

Thank you very much
Xinrui Technology""",
topic="listing-upload", sec=[("password", "XR-ops_2026!"), ("one-time-code", "305 817")],
notes="password and OTP on one line with no colons; OTP with a space")

# ---------------------------------------------------------------- more appeals
M("appeal-idv-card-latam-111", AA, "identity-verification", "US", "latam", "en", "Appeal - identity verification / credit card",
r"""Dear Seller Performance,

Our account was deactivated because the credit card could not be charged and the verification was not complete (Section 3 of the Business Solutions Agreement).

Why it happened
The card we registered in 2025 was cancelled by our bank in Lima after a fraud alert, and we did not update it in Seller Central.

What we did
We added a new valid card and uploaded the bank statement showing the card is in the company name. So you can check it: Mastercard 5527381092648176 vence 03/30.

How we avoid it
Our accountant now checks the Payment Information page on the first day of each month and updates any card 60 days before it expires.

Gracias,
Diego Salazar
Exportadora Inca Textil SAC""",
poa=True, rc="Why it happened", co="What we did", pr="How we avoid it", style="plain",
pol=["Section 3 of the Business Solutions Agreement"], sec=[("card", "5527381092648176"), ("card-expiry", "03/30")],
notes="complete POA but card number and expiry pasted in the corrective part (Spanish 'vence')")

M("appeal-counter-apology-zh-112", AA, "counterfeit", "US", "chinese", "en", "Deeply sorry - appeal for counterfeit",
r"""Dear Amazon Seller Performance Team,

Our account was deactivated for selling counterfeit products. We are so so sorry. We are deeply sorry for our mistake and we apologize again and again to Amazon and to the customers.

The reason of the problem: we are sorry that our new purchaser bought USB cables with a famous brand logo from a market in Huaqiangbei. We are very sorry we did not check the authorization, it is totally our fault, sorry.

What we have did: we are sorry and we have deleted the 3 listings, the 150 units in FBA were removed and destroyed. The purchaser was dismissed. Again we sincerely apologize.

Measures to avoid: we are so sorry, from now on we only sell our own brand products with our own trademark, and every new product is checked by the manager before listing. We apologize, apologize, apologize.

Very sorry again,
Shenzhen Haoxing Digital""",
poa=True, rc="The reason of the problem:", co="What we have did:", pr="Measures to avoid:", style="inline",
pol=["counterfeit"], emo=["We are so so sorry. We are deeply sorry for our mistake and we apologize again and again", "it is totally our fault, sorry", "Again we sincerely apologize.", "We apologize, apologize, apologize.", "Very sorry again"],
notes="complete POA, excessive apology in every paragraph -> emotional")

M("appeal-psa-bsa-ro-113", AA, "prohibited-seller-activities", "UK", "other-non-native", "en", "Appeal - the BSA",
r"""Hello,

We received a deactivation for prohibited seller activities because we had two accounts: one for our company and one old individual account of the director. Having a second account without approval is not allowed under the BSA.

Here is what we found and did:
1. The old account was opened in 2019 by the director to sell used books. We forgot it existed, it had no listings since 2021.
2. We have closed the old account and it shows "closed" now.
3. All the users of the company account were reviewed and the director has his own user with 2SV.
4. From now on, if we want another account for a new brand, we will first request approval from Amazon, and the finance manager checks every quarter that we have only one active account.

Thank you for your review,
Cristina Marin""",
poa=True, rc="1. The old account was opened", co="2. We have closed the old account", pr="4. From now on", style="numbered",
pol=["prohibited seller activities", "the BSA"], notes="numbered list, no headings; short name 'the BSA'")

M("appeal-generic-policy-latam-114", AA, "odr", "US", "latam", "en", "Appeal for reactivation",
r"""Dear Amazon team,

We understand our account was deactivated because we did not follow Amazon's policies. We respect your guidelines and we prepared this plan.

Root cause: some orders of our coffee makers were delivered with broken glass carafes, because our packaging had only one layer of cardboard. Customers complained and some opened claims.

Actions taken: we changed to double-wall boxes with foam inserts. All affected customers received a replacement carafe. We removed 90 units with old packaging from FBA and repacked them.

Preventive measures: each month we will do a drop test with 5 boxes and read every negative review. If we see more than 2 complaints about damage in a week, we stop shipping and check the packaging.

Thank you,
Esteban Morales
Café Casa Morales""",
poa=True, rc="Root cause:", co="Actions taken:", pr="Preventive measures:", style="inline",
pol=[], notes="complete POA, only generic 'Amazon's policies'/'your guidelines' -> no policy cited")

M("appeal-odr-firm-native-115", AA, "odr", "UK", "native", "en", "Account Health - ODR appeal",
r"""Dear Seller Performance,

We are requesting reinstatement after our account was deactivated for an Order Defect Rate of 1.3%. We accept the metric but would like it noted that two of the eleven defects were A-to-z claims later found in our favour.

WHY IT HAPPENED
Unfortunately, a batch of 200 thermal flasks from our supplier had faulty lid seals. The leaks led to nine negative feedbacks.

WHAT HAS BEEN DONE
The batch was quarantined and removed from FBA. Every affected buyer has been refunded. The supplier has replaced the seal component and a new batch has passed a 24-hour leak test.

WHAT WE WILL DO
A sample of every incoming batch is leak-tested before it ships to Amazon, and we review the Voice of the Customer page twice a week.

Regards,
Helen Ashworth
Ashworth Outdoor Ltd""",
poa=True, rc="WHY IT HAPPENED", co="WHAT HAS BEEN DONE", pr="WHAT WE WILL DO", style="caps",
pol=["Order Defect Rate"], dec=[("mild-word", "Unfortunately")], notes="firm but polite, mild word decoy")

M("appeal-tm-questions-pl-116", LR, "ip-trademark", "UK", "other-non-native", "en", "Listing reinstatement - IP complaint",
r"""Dear Team,

Our listing was removed under the IP policy after a trademark complaint from the owner of "Ravensbrook".

## Why did this happen?
Our product is a replacement filter that fits Ravensbrook jugs. We used their logo in the second image to show compatibility. This is not allowed.

## What have we done?
- Logo removed from all images ✔
- Title changed to "Replacement filter, compatible with Ravensbrook jugs" which is allowed wording ✔
- Similar check done on our 8 other filter listings ✔

## How will we make sure it does not repeat?
We have also set up a weekly audit of all images with a checklist of third-party logos, made by our designer every Monday, and I approve each new image before upload.

Thank you,
Michał Kamiński""",
poa=True, rc="Why did this happen?", co="What have we done?", pr="How will we make sure it does not repeat?", style="markdown",
pol=["IP policy", "trademark complaint"], notes="markdown headings as questions; checkmark bullets")

M("appeal-nopoa-excuse-in-117", AA, "valid-tracking", "IN", "indian", "en", "Request for reinstatement of selling privileges",
r"""Respected Seller Performance Team,

With due respect we wish to inform you that our self-ship permission has been removed on account of the valid tracking rate. We have been selling on Amazon.in since 2018 and have served more than 40,000 happy customers.

Kindly note that the tracking IDs were uploaded by us on time; the delay in scanning was from the side of the courier company, which is beyond our control. We request you to kindly consider our long association and restore the permission at the earliest.

Thanking you,
Yours faithfully,
Suresh Iyer
Iyer Silks & Sarees""",
pol=["valid tracking rate"], notes="formal Indian letter, blames the courier, no plan of action")

M("appeal-restr-noroot-es-latam-118", LR, "restricted-products", "US", "latam", "en", "Listing deactivated - Restricted Products",
r"""Hello,

Our listing of a solar-powered insect lamp was deactivated under the Restricted Products policy (pesticide devices). Amazon's algorithm made a wrong decision, our lamp is not a pesticide, it is only a lamp.

Done:
- The words "mosquito killer" were removed from the title.
- Images with dead insects were deleted.
- Bullet 3 is now about the solar panel, not about insects.

Going forward we will read the Restricted Products help page before we publish any outdoor product.

Saludos,
Ramiro Benítez""",
poa=True, co="Done:", pr="Going forward", style="mixed",
pol=["Restricted Products policy"], notes="'cause' blames Amazon's algorithm -> no root cause")

M("appeal-cancel-nocorr-zh-119", AA, "cancel-rate", "US", "chinese", "en", "Cancel rate appeal POA",
r"""Dear Amazon,

Reason:
Our warehouse management software had a bug in sync, the inventory of 30 SKU showed in stock on Amazon but real stock was zero. So we had to cancel orders and the cancel rate went to 3.2%.

Corrective actions:
We are sorry for all the buyers affected. We know the cancel rate is very important for customer experience.

Preventive actions:
In the future the inventory will be synced every 10 minutes and one staff will compare the Amazon stock with real stock every day before 10am. We will keep 3 units safety stock for each SKU.

Thank you very much
Hefei Zhongxin Trading""",
poa=True, rc="Reason:", pr="Preventive actions:", style="colon",
pol=["cancel rate"], notes="corrective heading holds only an apology -> missing corrective")

M("appeal-price-nd-vn-120", AA, "price-gouging", "US", "other-non-native", "en", "Fair pricing appeal",
r"""Dear Seller Performance,

We violated the Fair Pricing Policy because our price for water filters was 3 times higher than recent prices during the hurricane in Florida.

Reason: our employee set the price manually after seeing the demand increase. He did not know about the policy.

Correction plan: the prices will be returned to normal level. The employee will be trained. Customers who bought at high price will receive refund of the difference.

Prevention: we will set a maximum price for every product in our system.

Best regards,
Ngo Duc Thang""",
poa=True, rc="Reason:", co="Correction plan:", pr="Prevention:", done=False, style="inline",
pol=["Fair Pricing Policy"], notes="corrective all 'will be' -> not done")

M("appeal-safety-vague-tr-121", LR, "product-safety", "UK", "turkish", "en", "Product safety - space heater listing",
r"""Dear Team,

Our listing for a ceramic space heater was deactivated after customer safety complaints (product safety policy).

Root cause: the tip-over switch was not working in batch 2026-09 because the factory used a cheaper sensor.

Corrective actions: we have removed all units of batch 2026-09 from FBA (removal order ZK8R4QP2M1), stopped the listing, and contacted all 64 buyers to offer a return and refund. The factory replaced the sensor and new units have passed the tip-over test.

Preventive measures: we will try to do better and pay more attention.

Saygılarımla,
Oğuz Yılmaz""",
poa=True, rc="Root cause:", co="Corrective actions:", style="inline",
pol=["product safety policy"], dec=[("removal-order-id", "ZK8R4QP2M1")],
notes="'Preventive measures' heading holds only a vague promise -> missing preventive")

M("appeal-ip-zh-lang-122", LR, "ip-trademark", "US", "chinese", "zh", "商品恢复申请 - 知识产权政策",
r"""尊敬的亚马逊卖家绩效团队：

我们的商品（ASIN B0DQ7RM2XK，硅胶手机壳）因违反知识产权政策被下架。经过内部调查，我们现将行动计划提交如下。

问题原因：
我们的美工在商品主图中使用了某知名品牌的图案作为装饰，没有意识到这属于商标侵权。公司也没有对图片进行知识产权审核。

已采取的措施：
1. 已删除所有含有该图案的图片，并重新拍摄了产品图片。
2. 已检查店铺内其余56个商品，没有发现类似问题。
3. 已对美工和运营人员进行了知识产权培训。

预防措施：
今后所有新上架的商品图片和文案必须由运营主管审核，并对照商标数据库进行检索。我们将每季度复查一次全部商品，确保遵守亚马逊卖家行为准则。

感谢您的审核。
杭州优品电子商务有限公司""",
poa=True, rc="问题原因：", co="已采取的措施：", pr="预防措施：", style="colon",
pol=["知识产权政策", "亚马逊卖家行为准则"], dec=[("asin", "B0DQ7RM2XK")],
notes="complete POA in Chinese on US; policy named in Chinese")

M("brand-hijack-es-123", BRAND, "", "US", "latam", "es", "Vendedores no autorizados en nuestra marca",
r"""Hola equipo de Amazon:

Somos los dueños de la marca "Tierra Viva" (registro USPTO 7,391,046). Desde hace dos semanas hay cuatro vendedores ofreciendo nuestras mochilas en el ASIN B0CT5WQ9PL a un precio muy bajo. Hicimos una compra de prueba (pedido 112-6640318-2257094) y recibimos una mochila falsa, sin etiqueta y con costuras diferentes.

Adjuntamos fotos de la compra de prueba y el certificado de la marca. Les pedimos que retiren a estos vendedores del anuncio lo antes posible.

Muchas gracias,
Paola Jiménez
Tierra Viva Outdoor""",
topic="hijacker", dec=[("trademark-number", "7,391,046"), ("asin", "B0CT5WQ9PL"), ("order-id", "112-6640318-2257094")],
notes="Spanish on US; calm")


if __name__ == "__main__":
    write_messages(os.path.join(ROOT, "messages", "sixth-b"), "j-", MSGS, dump)
