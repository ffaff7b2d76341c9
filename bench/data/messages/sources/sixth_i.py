#!/usr/bin/env python3
"""Author I's messages for the sixth (blind, held-out) set: texts and labels live here; running
this script rewrites messages/sixth-a/i-*.toml (and only those)."""
import os
import sys
import tomllib

import tomlkit

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.dirname(HERE)
sys.path.insert(0, MSGDIR)
sys.path.insert(0, HERE)
import validate  # noqa: E402
from writing import write_messages  # noqa: E402

PREFIX = "i-"
OUT = os.path.join(MSGDIR, "messages", "sixth-a")
MSGS = []
APPEALS = {"account-appeal", "listing-reinstatement"}


def M(id, kind, viol, mp, writer, subject, text, lang="en", topic="", style="", rc=None, co=None,
      done=True, pr=None, att=False, pol=(), emo=(), sec=(), dec=(), notes=""):
    """One message. style != "" means the text holds a POA; rc/co/pr are the section starts of
    the parts a careful reader finds (None = absent)."""
    poa = bool(style)
    sections = {}
    for key, v in (("root_cause", rc), ("corrective", co), ("preventive", pr)):
        if poa and v:
            sections[key] = v
    labels = {
        "poa": poa, "poa_attached": att,
        "root_cause": poa and bool(rc), "corrective": poa and bool(co),
        "corrective_done": poa and bool(co) and done, "preventive": poa and bool(pr),
        "policy_cited": bool(pol), "policy_names": list(pol),
        "emotional": bool(emo), "emotional_phrases": list(emo),
        "secrets": [{"kind": k, "value": v} for k, v in sec],
        "decoys": [{"kind": k, "value": v} for k, v in dec],
        "heading_style": style, "english_required": mp in validate.ENGLISH_REQUIRED_MP,
        "defects": [], "bad_on_purpose": False, "notes": notes,
    }
    m = {"id": PREFIX + id, "kind": kind, "violation": viol, "topic": topic, "marketplace": mp,
         "writer": writer, "language": lang, "subject": subject, "text": text.strip("\n") + "\n",
         "labels": labels}
    labels["defects"] = validate.expected_defects(m)
    labels["bad_on_purpose"] = bool(labels["defects"])
    labels["sections"] = sections
    MSGS.append(m)


def dump(m):
    doc = tomlkit.document()
    for k in ("id", "kind", "violation", "topic", "marketplace", "writer", "language", "subject"):
        doc[k] = m[k]
    doc["text"] = tomlkit.string(m["text"], multiline=True)
    labels = tomlkit.table()
    for k, v in m["labels"].items():
        if k == "sections":
            continue
        if k in ("secrets", "decoys"):
            arr = tomlkit.array()
            for d in v:
                it = tomlkit.inline_table()
                it.update(d)
                arr.append(it)
            if v:
                arr.multiline(True)
            labels[k] = arr
        else:
            labels[k] = v
    sec = tomlkit.table()
    for k, v in m["labels"]["sections"].items():
        sec[k] = v
    labels["sections"] = sec
    doc["labels"] = labels
    out = tomlkit.dumps(doc)
    back = tomllib.loads(out)
    assert back["text"] == m["text"] and back["labels"]["sections"] == m["labels"]["sections"], m["id"]
    return out


A, L = "account-appeal", "listing-reinstatement"
F, T, B, C = "fba-reimbursement", "technical-issue", "brand-dispute", "category-approval"

# ---------------------------------------------------------------- complete POAs (hard negatives)
M("appeal-odr-zh-001", A, "odr", "US", "chinese", "Appeal for account deactivation - Order Defect Rate",
"""Dear Seller Performance Team,

We are SunLink Trading, our account is deactivated because the Order Defect Rate is 2.4%, above the 1% target. We have checked every order in the 60 days period and below is our plan of action.

## Why this happened
1. Our new supplier changed the battery of the BT-220 speaker and we did not test the new batch. 14 customers said the speaker stop working after few days.
2. Our customer service only answer message in China working time, so many buyer open A-to-z claim before we answer.

## What we have did
- Removed all BT-220 units from the FBA inventory (removal order 5XkP2qR9Tm) and stop to buy from that supplier.
- Refunded all the 14 buyers, also the buyers who did not ask refund yet.
- Hired two customer service staff in the US time zone, now we reply inside 12 hours.

## Measures to avoid it in future
- Every new batch will be tested 48 hours by our QC before shipping to FBA.
- We check Account Health and the Voice of the Customer page every morning.
- If ODR goes over 0.6% the manager must stop the ads of the ASIN.

Thank you for your time to review our appeal.
SunLink Trading""",
style="markdown", rc="Why this happened", co="What we have did", pr="Measures to avoid it in future",
pol=["Order Defect Rate"], dec=[("removal-order-id", "5XkP2qR9Tm")], notes="markdown headings in Chinese English")

M("appeal-inauthentic-in-002", A, "inauthentic", "IN", "indian", "Reactivation request - Inauthentic item complaints",
"""Respected Sir/Madam,

This is with reference to the deactivation of our account Shree Balaji Enterprises due to customer complaints of inauthentic items under the Amazon Anti-Counterfeiting Policy. Kindly find our plan of action below.

**Root Cause Analysis**
We were purchasing the Philips trimmers from a local wholesaler in Karol Bagh who was not an authorised distributor. The invoices given by him were not traceable to the brand. This was our mistake.

**Actions we took**
All 312 units of the trimmer ASIN B0C7TQ4L2M have been removed from inventory. The wholesaler account is closed and we have placed a fresh order directly with Philips India authorised distributor (invoice no. PHD/2026/0481 enclosed). Each complaining customer was given full refund.

**Actions we will take**
Going forward we will only purchase from brand owners or their authorised distributors and keep the letter of authorisation on file. Our purchase manager will verify every supplier invoice against the brand's distributor list before any listing is created, and we will do a monthly audit of all invoices.

Kindly do the needful and reinstate our selling privileges.

Regards,
Rakesh Agarwal""",
style="bold", rc="Root Cause Analysis", co="Actions we took", pr="Actions we will take",
pol=["Amazon Anti-Counterfeiting Policy"], dec=[("asin", "B0C7TQ4L2M"), ("invoice-number", "PHD/2026/0481")],
notes="'Actions we took / Actions we will take' headings")

M("appeal-late-tr-003", A, "late-shipment", "UK", "turkish", "Appeal - Late Dispatch Rate",
"""Hello Amazon Seller Performance,

Our account Anatolia Home Textiles was deactivated because our Late Dispatch Rate is 9%. We understand the target is under 4%. We prepared the plan below.

1) The reason of the problem
In March our cargo company in Istanbul had a strike for 6 days and we did not stop the orders. Also our handling time in the settings was 1 day but our real preparation time for the towels with embroidery is 2-3 days.

2) Things we already done
- Handling time is changed to 3 days for all embroidered SKUs.
- We signed contract with second carrier (DHL Express) as backup.
- We confirmed shipment of all open orders and contacted buyers of the late orders.

3) To make sure this never happens again
We will use holiday mode when there is any problem with the carrier. Every afternoon at 16:00 our warehouse chief checks the pending orders report, and no order can stay more than 24 hours without dispatch confirmation.

We are sorry for this situation and hope you will accept our plan.

Saygılarımızla,
Emre Yıldız""",
style="numbered", rc="1) The reason of the problem", co="2) Things we already done", pr="3) To make sure this never happens again",
pol=["Late Dispatch Rate"], dec=[("single-apology", "We are sorry for this situation"), ("foreign-snippet", "Saygılarımızla")],
notes="numbered headings with ')' ; Turkish sign-off")

M("appeal-vtr-native-004", A, "valid-tracking", "US", "native", "Valid Tracking Rate appeal - Ridgeback Outdoor",
"""Hi,

We're writing about the suspension of our selling privileges for a VTR of 88% in the last 30 days (the requirement is 95%).

A. What went wrong
We switched from Buy Shipping to a regional carrier, OnTrac, in February. Their tracking numbers were uploaded through our ShipStation integration, but the carrier code was mapped as "Other" and Amazon could not validate the scans. About 140 orders were affected.

B. What we fixed
- The carrier mapping in ShipStation was corrected on March 3 and every open order was re-confirmed with the right carrier name.
- We went back to Buy Shipping for all orders under 2 lb.
- Tracking for the 140 orders was re-entered manually where the edit window allowed.

C. Going forward
We have also set up a weekly audit: every Monday our ops lead pulls the Shipping Performance report and checks VTR by carrier. Any new carrier will be tested with ten orders first before it goes live for everything.

Thanks for taking a look.
Dana Whitfield
Ridgeback Outdoor LLC""",
style="lettered", rc="A. What went wrong", co="B. What we fixed", pr="C. Going forward",
pol=["VTR"], notes="metric abbreviation VTR only; weekly audit prevention")

M("appeal-iptm-zh-005", L, "ip-trademark", "US", "chinese", "Listing reinstatement ASIN B0DK83HZ2W trademark complaint",
"""Hello Amazon,

Our listing B0DK83HZ2W was removed for infringement of intellectual property – trademark (complaint ID 1587340092). We respect the IP policy and please see our plan.

ROOT CAUSE
Our listing title used the word "Stanley-style" to describe the tumbler shape. This word is registered trademark of other company and we can not use it. Our operator did not know the rule.

CORRECTIVE ACTIONS
The word is deleted from title, bullet points and search terms on 2026-03-11. We also checked other 46 listings and deleted 3 more brand words. The operator was retrained on trademark rules.

PREVENTIVE MEASURES
From now on every new listing must be checked by our team leader with the USPTO TESS search before publish. We made a forbidden words list that is inside our listing software, listing with these words can not be uploaded.

Thank you,
Hangzhou Yunqi E-commerce Co., Ltd.""",
style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE MEASURES",
pol=["intellectual property – trademark", "IP policy"], dec=[("asin", "B0DK83HZ2W"), ("complaint-id", "1587340092")],
notes="caps headings, 'was retrained' corrective")

M("appeal-related-native-006", A, "related-accounts", "UK", "native", "Appeal: account linked to deactivated account",
"""Dear Seller Performance,

Thank you for your notice that our account, Brightwater Goods Ltd, may be related to an account that is not permitted to sell, under the Amazon policy on related accounts.

Why this happened
Our director, Mark Ellison, was for eight months in 2024 a part-time bookkeeper for another company, Ellis & Harte Trading, which sold on Amazon and was later deactivated. He logged into that company's Seller Central from our office laptop to download settlement reports. That is how the accounts appear connected.

What we fixed
Mr Ellison has had no role at Ellis & Harte since November 2024 (resignation letter attached). The laptop has been wiped and we no longer share any device, network, bank account or address with that company. We have confirmed the other company's users have no access to anything of ours.

How we prevent it
Our staff now sign a policy that they may not access any other Amazon seller account from company devices or our office network. IT reviews the login list of our Seller Central user permissions every quarter.

We hope this explains the link and that you can reinstate our account.

Kind regards,
Sophie Grant, Managing Director""",
style="plain", rc="Why this happened", co="What we fixed", pr="How we prevent it",
pol=["policy on related accounts"], notes="plain headings without colons")

M("appeal-counterfeit-in-007", A, "counterfeit", "IN", "indian", "Appeal against deactivation - counterfeit complaint",
"""Dear Team,

Greetings from Vardhman Sports. We received the notification as below:

"Your Amazon selling account has been deactivated because you have listed products that violate our Anti-Counterfeiting Policy."

Please find below our Plan of Action.

Our POA – Root cause: We sourced Yonex shuttlecocks from a distributor in Jalandhar who claimed he was authorised. After the complaint we verified with Yonex India and they confirmed that he is not on their list.

Our POA – Corrective actions: The complete stock of 86 boxes has been removed and destroyed (removal order ID 8TgqL3mP). We have given refund to all 9 buyers. Our listings of Yonex are deleted and the supplier is blacklisted.

Our POA – Preventive actions: In the future we will buy only from the brand or the distributors listed on the brand's website. Before listing any brand product, our compliance executive will get the LOA and keep invoices for 7 years. Weekly check of customer feedback for words like fake, duplicate, not original.

Kindly reinstate our account. We will be highly obliged.

Thanks & Regards,
Sunil Mehta""",
style="our-poa", rc="Our POA – Root cause:", co="Our POA – Corrective actions:", pr="Our POA – Preventive actions:",
pol=["Anti-Counterfeiting Policy"], dec=[("removal-order-id", "8TgqL3mP")],
notes="policy named only in the quoted Amazon notification; our-poa headings")

M("appeal-review-tr-008", A, "review-manipulation", "DE", "turkish", "Appeal - customer product reviews policy",
"""Dear Amazon,

Our account was deactivated for violation of the Customer Product Reviews policy. We are understand the seriousness and we want explain.

Root cause: We were putting a small card inside the package of our coffee grinders. The card says "If you are happy, please leave 5 star review, if not please contact us". We did not know that asking only happy customers is not allowed. Also we offered a free filter for review.

Corrective actions: We have stopped the cards in all packages, the remaining 2,000 cards were thrown away. The inventory in FBA with the cards (FNSKU X002HT8K1L) has been removed for re-packing. We are now using only the Request a Review button in Seller Central.

Preventive measures: Our team read the full policy and signed it. Every new package insert will be checked by me personally before printing. In the future we will not contact buyers about reviews outside Amazon tools.

Thank you for consideration.
Kaan Demir
Demir Mutfak GmbH""",
style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive measures:",
pol=["Customer Product Reviews policy"], dec=[("fnsku", "X002HT8K1L")], notes="inline colon headings on DE")

M("appeal-safety-native-009", L, "product-safety", "US", "native", "ASIN B0BXW2K7P4 - request to reinstate",
"""Hello,

Our baby bath seat (ASIN B0BXW2K7P4) was removed under the children's products safety requirements because we could not show a Children's Product Certificate.

The issue was caused by a gap in our paperwork. The seat was tested by a CPSC-accepted lab (Intertek, report 190312-66) to ASTM F1967-19, but our CPC was issued for the previous model number and the lab report listed the new one. Nobody on our team checked that the two matched.

What we have done so far: a new CPC listing the correct model has been issued and is attached with the full lab report. Our listing now shows the correct model number and the warning statement. We also reviewed the other four children's products we sell and found their certificates correct.

To make sure this never happens again, compliance documents are now part of our product launch checklist, and a model number change cannot be approved until the CPC and test report are updated together. Our compliance manager reviews all certificates every six months.

Thanks,
Megan Cole
Little Harbor Baby Co.""",
style="none", rc="The issue was caused by", co="What we have done so far:", pr="To make sure this never happens again",
pol=["children's products safety requirements"], dec=[("asin", "B0BXW2K7P4")], notes="no headings, content cues")

M("appeal-cancel-zh-010", A, "cancel-rate", "US", "chinese", "Appeal for pre-fulfillment cancel rate",
"""Dear Seller Performance team,

Our store Qingmu Lighting account was deactivated because pre-fulfillment cancel rate is 6.1% (target under 2.5%). Here is our plan of action.

Cause:
Our inventory software did not sync with Amazon for 5 days after we change ERP system. Amazon still show stock for 3 LED desk lamps which we already sold out, so we had to cancel 58 orders.

Actions done:
✔ The ERP connection is fixed and stock syncs every 15 minutes now.
✔ The 3 ASINs quantity was set to 0 by hand until new stock arrive.
✔ We wrote to all 58 buyers to apologize and gave them link of similar product.

Prevention:
Every day at 10am our staff will compare the ERP stock with Manage Inventory report. If the difference is more than 5 units the listing will be closed first. When we change any software in the future we will first test it with 2 listings for one week.

Best regards,
Zhang Wei""",
style="colon", rc="Cause:", co="Actions done:", pr="Prevention:",
pol=["pre-fulfillment cancel rate"], notes="check-mark corrective bullets")

M("appeal-restricted-latam-011", L, "restricted-products", "MX", "latam", "Reinstatement of listing - restricted products",
"""Hello Seller Performance team,

Our listing for the "Kratom herbal tea blend" was deactivated because it violates the Restricted Products policy (Drugs and drug paraphernalia). We accept the decision and we want to explain what we did.

What caused the problem: our product team copied the ingredients from the supplier's sheet without checking the Amazon restricted ingredients list. Kratom is not permitted.

Corrective: we deleted the listing and created a removal for the 120 units. We have retrained the two persons who create listings. We also checked all our 35 tea ASINs and no other one contains restricted ingredients.

Preventive: a new step was added in our process, every ingredient is checked against the Amazon restricted list and the FDA database before creating the listing, and the manager signs the check sheet. Every quarter we will check the list again because it changes.

We ask you to reinstate our account to sell the other products. Thank you very much.

Saludos,
Mariana López
Tés del Valle S.A. de C.V.""",
style="inline", rc="What caused the problem:", co="Corrective:", pr="Preventive:",
pol=["Restricted Products policy"], dec=[("foreign-snippet", "Saludos")], notes="latam English, inline headings")

M("appeal-dropship-in-012", A, "drop-shipping", "IN", "indian", "Appeal for account reactivation - drop shipping policy violation",
"""Dear Seller Performance,

We are writing regarding the deactivation of our account Kiran Home Decor for violation of Amazon's drop shipping policy. After investigation we have prepared below action plan.

I. Reason for violation
We were purchasing wall clocks from another online retailer and asking them to ship directly to our customers. The packages had the other retailer's invoice and name, not ours. We did not understand this is not permitted.

II. Steps already taken
a) We have stopped ordering from the other retailer with immediate effect.
b) All 17 open orders were cancelled and customers refunded.
c) We have rented a small godown in Jaipur and now we keep our own stock and pack with our own invoice.

III. Steps to prevent recurrence
Every order will be packed in our godown with Kiran Home Decor invoice and packing slip. We will do monthly check of packing slips with a random sample of 20 orders, and new staff will get training on the drop shipping policy on the first day.

Request you to kindly review and revert.

Warm regards,
Kiran Sharma""",
style="numbered", rc="I. Reason for violation", co="II. Steps already taken", pr="III. Steps to prevent recurrence",
pol=["drop shipping policy"], notes="roman numerals, 'Steps already taken'")

M("appeal-condition-native-013", A, "condition", "CA", "native", "Appeal - used sold as new / condition complaints",
"""To the Seller Performance Team,

Our account was deactivated because of buyer complaints that items sold as new were used or damaged, which goes against the Condition Guidelines. We take this seriously. Here's what we found and what we changed.

Root Cause
Customer returns at our own warehouse were put back on the shelf without inspection when they arrived in sealed-looking outer boxes. Several of them had been opened and resealed by buyers.

Actions Taken
Our entire returned stock (212 units) has been pulled and re-inspected. 41 units were moved to the Used - Very Good condition or liquidated. The staff member responsible for returns was retrained, and returns now go to a separate quarantine area.

Long-term
Every returned unit is inspected by a second person, photographed, and logged in our returns sheet before anything can be relisted, and only items with factory seals intact can be sold as new. Our warehouse lead reviews the condition complaint rate weekly.

Regards,
Jonah Pelletier
Northfield Supply Inc.""",
style="plain", rc="Root Cause", co="Actions Taken", pr="Long-term",
pol=["Condition Guidelines"], notes="plain headings, 'Long-term' prevention")

M("appeal-price-zh-014", A, "price-gouging", "US", "chinese", "Appeal - Fair Pricing Policy",
"""Hello Seller Performance,

We received that our account is deactivated for violating the Amazon Fair Pricing Policy. Our hand sanitizer gel listing price was $39.99 for 2 bottles, this is much higher than recent price.

**问题原因 / Reason**
Our repricer tool has a rule "when no competitor, price = max price". When other sellers went out of stock, the tool raised the price to our max price which was typed wrong as 39.99 instead of 13.99. Nobody check the tool for one weekend.

**Corrective actions (completed)**
- Repricer is turned off for all 28 SKUs and prices set manually back to normal.
- The wrong max price was corrected and we refunded the price difference to the 23 buyers who bought at high price.

**Preventive measures**
- New rule in repricer: the max price can not be higher than 1.3 times of the 90-day average price.
- The repricer report is checked by two people every day, include weekends.
- Long-term, we will review all min/max prices at the beginning of every month.

Thank you and we hope to get chance to sell again.
Shenzhen Aoxin Technology""",
style="bold", rc="问题原因 / Reason", co="Corrective actions (completed)", pr="Preventive measures",
pol=["Fair Pricing Policy"], dec=[("mild-plea", "we hope to get chance to sell again")],
notes="bilingual heading 问题原因 / Reason")

M("appeal-copyright-native-015", L, "ip-copyright", "UK", "native", "Reinstatement request - copyright notice on our product images",
"""Hello,

Our listing for a set of botanical art prints was removed after a copyright complaint from Fernleaf Studio, who said two of our main images were theirs.

## Background
Our freelance designer made the mock-up images. We've now learned that he used two of Fernleaf's lifestyle photos as backgrounds for the mock-ups without a licence. We did not check where the backgrounds came from.

## Done
- The two images were taken down the same day and replaced with photos we shot ourselves.
- We contacted Fernleaf Studio, apologised and they have confirmed by email that they will retract the complaint.
- We've stopped working with that designer.

## Going forward
Every image supplier now has to sign a statement that they own or have licensed all elements, and we keep the source files. Before a listing goes live one of us runs a reverse image search on each image.

We hope this is enough for the listing to come back. Our copyright mistake is fully corrected.

Best,
Harriet Moss
Moss & Fern Prints""",
style="markdown", rc="Background", co="Done", pr="Going forward",
pol=["copyright complaint"], notes="'Background'/'Done'/'Going forward'")

M("appeal-patent-tr-016", L, "ip-patent", "US", "turkish", "Listing removed - patent infringement - ASIN B0C9PLM3T8",
"""Dear Amazon Team,

Our listing ASIN B0C9PLM3T8 (foldable silicone kettle) is removed because of a patent infringement complaint under US Patent No. 10,987,321. We have reviewed the complaint.

A - Reason
Our factory produced the kettle with a folding mechanism very similar to the patent. We did not make a freedom-to-operate search before launch, only design registration in Turkey.

B - Done actions
The listing was closed by us and the 430 units in FBA were removed to our US 3PL. We contacted the patent owner and we signed a license agreement with them on 14 April 2026 (copy attached). The rights owner sent the retraction to notice-dispute@amazon.com.

C - Prevent again
From now on every new product design will be checked by our patent attorney in the USA before production. We keep a register of patents for our product categories and update it each 6 months.

Best regards,
Selin Aksoy
Aksoy Ev Gereçleri Ltd. Şti.""",
style="lettered", rc="A - Reason", co="B - Done actions", pr="C - Prevent again",
pol=["patent infringement"], dec=[("asin", "B0C9PLM3T8"), ("patent-number", "10,987,321")],
notes="lettered 'A -' headings")

M("appeal-identity-in-017", A, "identity-verification", "IN", "indian", "Account deactivated - Section 3 of the Business Solutions Agreement",
"""Dear Seller Performance Team,

Our account has been deactivated as we were not able to complete verification as per Section 3 of the Business Solutions Agreement. Please find our plan below.

What went wrong: The utility bill we uploaded was in the name of my father (the building owner) and not in the name of our firm, so the address could not be matched. Also the bank statement was older than 180 days.

What we have done: We have now obtained an electricity bill in the name of Mahalaxmi Traders dated March 2026 and a fresh bank statement from HDFC Bank with the same address. Both documents are uploaded in the verification page. The company PAN and GST certificate (GSTIN 27AABCM1234F1Z5) are also updated.

To avoid this in future: Our accountant will keep all registration documents updated in one folder and will check the Seller Central verification section every month. Whenever our address or bank changes we will update Amazon within 3 days.

Humbly request you to review the documents and reactivate.

Thanks and regards,
Prakash Kulkarni""",
style="inline", rc="What went wrong:", co="What we have done:", pr="To avoid this in future:",
pol=["Section 3 of the Business Solutions Agreement"], dec=[("gst-number", "27AABCM1234F1Z5")],
notes="BSA section in subject and text")

M("appeal-conduct-native-018", A, "seller-code-of-conduct", "US", "native", "Appeal of deactivation",
"""Seller Performance Team,

We are appealing the deactivation of Cedar & Pine Candle Co. for a violation of the Seller Code of Conduct: two of our employees contacted buyers through personal email to ask them to change negative feedback.

Our investigation found the following: after a bad batch of wicks, our two customer service reps were being measured on our feedback score. They took buyer emails from packing slips and wrote to them outside Buyer-Seller Messaging, offering refunds in exchange for removing feedback. Management did not know, but we should have.

Action | Date | Owner
Stopped all contact outside Buyer-Seller Messaging | Apr 2 | Ops manager
Removed the feedback score from staff bonus targets | Apr 3 | CEO
Retrained both reps on the Seller Code of Conduct; one has left the company | Apr 5 | HR
Full refunds to the 11 affected buyers | Apr 5 | CS lead

In the future all buyer contact goes through Buyer-Seller Messaging only, packing slips are shredded after shipping, and once a month the CS lead audits a sample of 30 conversations.

Sincerely,
Paul Hendricks, Owner""",
style="none", rc="Our investigation found", co="Action | Date | Owner", pr="In the future all buyer contact",
pol=["Seller Code of Conduct"], notes="table-like Action | Date | Owner corrective list")

M("appeal-usednew-zh-019", A, "used-sold-as-new", "UK", "chinese", "POA for used sold as new complaints",
"""Dear Amazon team,

We are Kaiyue Electronics. Our account was deactivated because customers complain the earphones sold as new is used. We sincerely apologize and this is our plan of action.

1. 原因 Root cause
Our FBA returns were sent back to our China warehouse and the workers repack them in new box, then we send them again to FBA as new. We did not realise this break the used sold as new rule.

2. 已经做的 Corrective actions
- Stop repacking of returned products immediately.
- 520 units repacked earphones in FBA was removed and sold on other channel as refurbished.
- The warehouse manager was retrained and signed the new returns process.

3. 预防措施 Preventive actions
All returned items will be listed only as Used condition or liquidated, never sent as new. Our QC staff put a red sticker on every returned box so it can not be mixed. We will check the customer complaints report each week.

Best regards,
Kaiyue Electronics Co., Ltd""",
style="numbered", rc="1. 原因 Root cause", co="2. 已经做的 Corrective actions", pr="3. 预防措施 Preventive actions",
pol=["used sold as new"], dec=[("single-apology", "We sincerely apologize")],
notes="bilingual numbered headings")

M("appeal-listing-tr-020", L, "listing-policy", "UK", "turkish", "Reactivate listing - detail page rules",
"""Hello,

Our ASIN B0D1HR6VZQ (Turkish copper coffee pot) listing is deactivated for violation of the product detail page rules. The title had promotional words and the main image had text on it.

WHY IT HAPPENED
Our designer added the text "BEST GIFT - FREE SHIPPING" on the main image and the same words to the title. We think it helps sales, we did not read the style guide careful.

WHAT WE CORRECTED
New main image is uploaded on pure white background, without any text or logo. Title is rewritten as "Handmade Copper Turkish Coffee Pot, 350 ml". We checked our other 22 listings, two had same problem, they are corrected too.

PREVENTION
Our team will check the category style guide before every new listing. Every month one person controls all titles and images with a checklist.

Thank you,
Burak Çelik""",
style="caps", rc="WHY IT HAPPENED", co="WHAT WE CORRECTED", pr="PREVENTION",
pol=["product detail page rules"], dec=[("asin", "B0D1HR6VZQ")], notes="caps headings")

M("appeal-odr-latam-021", A, "odr", "US", "latam", "Appeal ODR - Casa Lumbre",
"""Dear Seller Performance,

Our account Casa Lumbre was deactivated for the Order Defect Rate (ODR 1.8%). Please find our plan of action.

**Root causes**
1. Our handmade ceramic mugs broke in transit because we used thin bubble wrap. 
2. Negative feedback came also from a late delivery when our carrier in Laredo had delays.

**Corrective actions / preventive measures**
- We changed to double-wall boxes with molded pulp inserts, already in use since April 1.
- All buyers with broken mugs received full refund or replacement.
- We now send FBA only, so Amazon takes care of the delivery.
- From now on we will make a drop test of 5 packages every time we change packaging.
- Every Monday the account manager will review negative feedback and A-to-z claims.

We think these changes solve the problem. Thank you for reconsider our account.

Atentamente,
Luis Herrera""",
style="bold", rc="Root causes", co="Corrective actions / preventive measures", pr="From now on we will make a drop test",
pol=["Order Defect Rate", "ODR"], dec=[("foreign-snippet", "Atentamente")],
notes="prevention mixed into corrective bullets")

M("appeal-inauthentic-zh-022", A, "inauthentic", "CA", "chinese", "Appeal - inauthentic complaint ASIN B0CQ7V2MNL",
"""Dear Sir or Madam,

Our account was deactivated due to inauthentic complaints for ASIN B0CQ7V2MNL (phone case). We are the brand owner of "Lumora" (registered in Canada, TMA1234567) and we produce the case in our own factory.

# Our investigation
The buyers said "fake" because the box did not have brand logo. In January our packaging supplier sent plain white boxes by mistake and we used them for 300 units.

Corrective actions:
1) All 300 units without brand box are removed from FBA, shipment is back to our warehouse.
2) We have uploaded factory license, brand registry certificate and invoices for the packaging.
3) Customers who complained got refund.

PREVENTIVE
Going forward the QC staff check box logo before every shipment, and photo of packing is kept 1 year. We also set up a monthly review of Voice of Customer.

Thank you.
Dongguan Lumora Technology""",
style="mixed", rc="Our investigation", co="Corrective actions:", pr="PREVENTIVE",
pol=["inauthentic"], dec=[("asin", "B0CQ7V2MNL"), ("trademark-number", "TMA1234567")],
notes="mixed markdown/colon/caps headings")

M("appeal-vtr-in-023", A, "valid-tracking", "IN", "indian", "Reinstatement - VTR below 95%",
"""Dear Team,

Our account Shiv Shakti Handloom is deactivated for Valid Tracking Rate below 95%. Please check our action plan as below.

Our POA: Cause of issue
We were shipping through India Post but in Seller Central we selected carrier as "Other" and typed speed post number wrongly with spaces, so tracking was not validated.

Our POA: Corrections made
All pending orders are now shipped with Amazon Easy Ship which gives tracking automatically. Our staff has been trained on correct carrier selection. We re-updated tracking for the open orders.

Our POA: Future prevention
Going forward we will check VTR in Account Health twice a week and the dispatch clerk will copy-paste tracking IDs from courier portal only, never type them.

Please consider our appeal and revert.

Best regards,
Manoj Tiwari""",
style="our-poa", rc="Our POA: Cause of issue", co="Our POA: Corrections made", pr="Our POA: Future prevention",
pol=["Valid Tracking Rate"], notes="our-poa with colons")

M("appeal-counterfeit-native-024", L, "counterfeit", "AU", "native", "Listing reinstatement - counterfeit claim",
"""G'day Seller Performance,

Our listing for Koala Kraft beeswax wraps was taken down after a counterfeit complaint. For the record, Koala Kraft is our own registered brand (IP Australia TM 2198765) and we make every wrap in Geelong. A reseller appears to have filed the complaint by mistake.

Cause: A competing seller listed a cheaper copy on our detail page and buyers who received the copy complained to us and to Amazon. The complaints were attached to our listing.

What we did: We reported the copies through Brand Registry, the other seller's offer is gone, and we've added a holographic label on every wrap and in the images. Every complaint buyer has been refunded by us.

Prevention: we enrolled in Transparency and monitor our listing daily for new sellers, with reports filed the same day.

Cheers,
Tom Barker""",
style="colon", rc="Cause:", co="What we did:", pr="Prevention:",
pol=["counterfeit complaint"], dec=[("trademark-number", "TM 2198765")], notes="short colon POA, native AU")

M("appeal-late-zh-025", A, "late-shipment", "US", "chinese", "Appeal for LSR",
"""Dear Team,

Our account is deactivated because our LSR is 7.2%. Below is the plan of action.

Why this happened:
Our products ship from our US warehouse in California. In Chinese New Year our warehouse worker took holiday and only one person packed orders, so many orders shipped late.

What we have done
- Hired two temporary packers through agency, now all orders ship in 1 day.
- Handling time changed from 1 day to 2 days.
- Buy Shipping label is used for all orders so the ship date is confirmed right away.

What we will do to prevent
1. Before every Chinese holiday we will plan the staff 1 month ahead.
2. The warehouse will use vacation settings if staff is not enough.
3. Check late shipment rate in Account Health each day.

Thank you,
Li Na
Meiyou Home Store""",
style="mixed", rc="Why this happened:", co="What we have done", pr="What we will do to prevent",
pol=["LSR"], notes="metric abbreviation LSR; mixed colon/plain/numbered")


if __name__ == "__main__":
    write_messages(OUT, PREFIX, MSGS, dump)
