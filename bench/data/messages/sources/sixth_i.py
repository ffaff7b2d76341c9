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

# ---------------------------------------------------------------- POAs missing the root cause
M("appeal-odr-zh-026", A, "odr", "US", "chinese", "Appeal - ODR too high",
"""Dear Seller Performance,

Our account is deactivated because of ODR is over 1%. We want to appeal.

Reason:
We do not know why the buyers give us negative feedback, our products are good quality and we always ship on time. Maybe some buyers want free product.

Corrective actions:
- We have contacted all buyers with negative feedback and offered refund.
- 6 A-to-z claims have been refunded by us already.
- We changed our customer service software to answer within 24 hours.

Preventive measures:
- We will check the feedback every day.
- New QC process: every product is checked before send to FBA.

Please reinstate our account, thank you.
Best regards,
Wenhao Trading""",
style="colon", co="Corrective actions:", pr="Preventive measures:", pol=["ODR"],
notes="'Reason' heading says 'we do not know why' and blames buyers: no root cause")

M("appeal-vtr-tr-027", A, "valid-tracking", "UK", "turkish", "Appeal for Valid Tracking Rate",
"""Dear Amazon,

Our account is suspended for Valid Tracking Rate. We are shipping all orders with tracking, the problem is Amazon system does not read the tracking of Turkish carrier Aras Kargo. This is not our fault.

What we did:
- All orders since 1 May are sent with UPS with tracking.
- Old orders tracking numbers are entered again (for example 1Z8A74W20412345678).
- We bought Buy Shipping labels for the UK orders.

What we will do:
We will control the VTR every week and if it goes down we will contact Seller Support immediately.

Thank you, please open our account.
Mehmet Kaya
Kaya Tekstil""",
style="colon", co="What we did:", pr="What we will do:", pol=["Valid Tracking Rate"],
dec=[("tracking-number", "1Z8A74W20412345678")],
notes="only blames Amazon's system: no root cause")

M("appeal-review-in-028", A, "review-manipulation", "IN", "indian", "Appeal against deactivation",
"""Dear Sir/Madam,

We have received notification that our account is deactivated for violating Amazon's policies regarding reviews. We request you to kindly reactivate.

Corrective Actions:
1. We have stopped all communication with buyers asking for reviews.
2. Our listing inserts have been changed and the old ones are destroyed.
3. Our staff has been made aware of the rules.

Preventive Actions:
1. All inserts will be approved by the senior manager before printing.
2. We will use only the Request a Review button.
3. Quarterly training of all team members.

We assure you that such violations will not happen in future. Kindly do the needful at the earliest.

Yours faithfully,
Deepak Joshi
Joshi Kitchenware""",
style="colon", co="Corrective Actions:", pr="Preventive Actions:",
notes="no root cause section; 'Amazon's policies regarding reviews' is generic -> no policy")

M("appeal-safety-native-029", L, "product-safety", "US", "native", "Reinstate ASIN B0C4RTN8WX",
"""Hi team,

Our space heater listing (B0C4RTN8WX) was pulled over product safety after some buyer complaints about the plug getting hot.

What we've done:
- Stopped sales and created a removal for all inventory in FBA.
- Sent 20 units to an independent lab (UL Solutions), and they passed UL 1278 testing. Report attached.
- Refunded the three customers who reported the issue.

What we'll do going forward:
- We'll add a second-stage QA check at the factory on every plug before packing.
- We'll review the customer comments on all heating products every week.

We believe the product is safe, the reports were isolated, and we'd like the listing back up.

Thanks,
Jeff Ramos
Hearthline Home""",
style="colon", co="What we've done:", pr="What we'll do going forward:", pol=["product safety"],
dec=[("asin", "B0C4RTN8WX")], notes="actions and prevention but no explanation of why the plugs got hot")

M("appeal-restricted-zh-030", L, "restricted-products", "US", "chinese", "Appeal for deactivated listing",
"""Hello,

Our listing of LED UV nail lamp has been deactivated for restricted products. We have already done the following correct actions:

1. We have deleted the words "kills 99.9% germs" from the title and description.
2. The product images with the germs picture were replaced.
3. We checked all other listings and edited 2 more listings.

In the future we will read the Restricted Products pesticide rules before listing and our manager will review every listing before it goes live.

We think now the listing is compliant, please reinstate it. Thank you very much!

Ningbo Starnail Beauty Co.""",
style="none", co="1. We have deleted the words", pr="In the future we will read", pol=["Restricted Products"],
notes="numbered actions with no heading and no root cause")

M("appeal-cancel-latam-031", A, "cancel-rate", "US", "latam", "Account deactivation - cancellation rate",
"""Hello Amazon,

I am writing for the deactivation of my account Electro Andes for cancellation rate over 2.5%.

Our investigation: we reviewed all the cancelled orders from the last 7 days period. There were 31 cancellations, most of them in the same week. It happened, and we are really sorry.

Actions: we have updated the stock of all listings and now the quantity is correct. Also all cancelled buyers received apology message. We hired a new person for inventory.

For the future we will do a weekly inventory count and compare with Amazon, and we will keep 5 units as safety stock that is not shown on Amazon.

Thanks for your understanding.
Andrés Quispe""",
style="inline", co="Actions:", pr="For the future we will do", pol=["cancellation rate"],
dec=[("single-apology", "we are really sorry")],
notes="'Our investigation' heading only restates the numbers; no cause found")

# ---------------------------------------------------------------- missing root cause AND corrective future only
M("appeal-iptm-in-032", L, "ip-trademark", "IN", "indian", "Request for reinstatement of ASIN B0B8KD3ZPQ",
"""Dear Team,

Our ASIN B0B8KD3ZPQ was removed due to trademark complaint from the brand owner. We respect intellectual property rights.

Action Plan:
1. We will remove the brand name from our title and description.
2. We will contact the rights owner and request them to retract the complaint.
3. We are going to take a trademark search training for our cataloguing team.

Going forward, every listing will be checked by our senior person before publishing and we shall maintain a list of registered brand names.

Kindly reinstate our listing at earliest.

Regards,
Nitin Bansal""",
style="none", co="Action Plan:", done=False, pr="Going forward, every listing", pol=["trademark complaint"],
dec=[("asin", "B0B8KD3ZPQ")], notes="no root cause; actions future only ('we will', 'are going to')")

M("appeal-drop-zh-033", A, "drop-shipping", "US", "chinese", "POA drop shipping",
"""Dear Seller Performance team,

We get notification our account is deactivated for Drop Shipping Policy. This is our POA.

Corrective actions
- We will removed all the products that is shipping from 1688 suppliers.
- We are remove the supplier name from packing list.
- Our company will rent a warehouse in Ontario California to keep our own inventory.

Preventive actions
- Every package will have our company name as seller of record.
- Monthly we check the packing slip of random orders.

Sorry for the trouble we made to Amazon and customers. Please give us one chance.

Guangzhou Yifan Trading Co.""",
style="plain", co="Corrective actions", done=False, pr="Preventive actions", pol=["Drop Shipping Policy"],
dec=[("single-apology", "Sorry for the trouble we made to Amazon and customers"), ("mild-plea", "Please give us one chance")],
notes="non-native future: 'we will removed', 'we are remove'; no root cause")

M("appeal-conduct-tr-034", A, "seller-code-of-conduct", "DE", "turkish", "Einspruch / appeal - seller code of conduct",
"""Dear Seller Performance,

Our account is deactivated because of the Seller Code of Conduct. We did not do anything wrong on purpose, the buyer lied in his complaint to Amazon that we threatened him.

Our plan:
- We are planning to make all buyer messages only in English and German with templates.
- We intend to give training to our customer service people about polite communication.
- A new customer service manager will be hired next month.

After that we will check all messages weekly.

Regards,
Okan Arslan
Arslan Handels GmbH""",
style="none", co="Our plan:", done=False, pr="After that we will check all messages weekly.",
pol=["Seller Code of Conduct"], notes="blames buyer only; 'planning to / intend to' future only")

# ---------------------------------------------------------------- POAs missing the corrective actions
M("appeal-odr-in-035", A, "odr", "IN", "indian", "Appeal - Order Defect Rate exceeded",
"""Dear Seller Performance Team,

Our account Laxmi Sarees was deactivated due to Order Defect Rate more than 1%.

Root Cause:
Our courier partner delivered many parcels late during Diwali period and some parcels were damaged due to rain. Also, our product images showed colour brighter than the actual saree, so customers felt the product was different and gave negative feedback.

Preventive Measures:
1. We will shift to Easy Ship during festival season.
2. We will do new photography in natural light so colours are accurate.
3. Our team will monitor feedback on daily basis and respond within 24 hours.

We humbly request you to restore our account.

Thanks & regards,
Anjali Verma""",
style="colon", rc="Root Cause:", pr="Preventive Measures:", pol=["Order Defect Rate"],
notes="root cause and preventive, nothing done or fixing the affected orders")

M("appeal-usednew-native-036", A, "used-sold-as-new", "US", "native", "Appeal: used sold as new",
"""Hello,

We're appealing the deactivation of Bayside Tech Resale for used-sold-as-new complaints.

Why it happened
Our receiving team listed open-box returns from a liquidation pallet as New because the items were still in their retail packaging. Some were missing accessories and had been used.

How we'll prevent it
From now on, anything we buy from liquidation lots will be listed as Used or Renewed only. We will train everyone who does receiving on the condition guidelines, and a supervisor will sign off on every New listing.

We value selling on Amazon and would appreciate the chance to continue.

Thank you,
Eric Lindqvist""",
style="plain", rc="Why it happened", pr="How we'll prevent it", pol=["used-sold-as-new"],
notes="future prevention, but nothing about the affected inventory or orders")

M("appeal-price-tr-037", A, "price-gouging", "AE", "turkish", "Appeal - Fair Pricing",
"""Hello Amazon team,

Our account is deactivated for Fair Pricing Policy violation on our N95 mask listing.

Root cause: Our supplier price increased 3 times in one month and we increase our price also, without compare to the market price. The price became 4 times higher than before.

Prevention: In the future we will not change price more than 10% in one week. Before every price change our manager will compare with other sellers prices and the 90 day history. If the supplier price goes too high we will stop selling the product temporarily.

Thanks for your understanding.
Hakan Öztürk
Öztürk Medikal""",
style="inline", rc="Root cause:", pr="Prevention:", pol=["Fair Pricing Policy"],
notes="no correction of the current price or affected buyers")

M("appeal-copyright-zh-038", L, "ip-copyright", "US", "chinese", "Listing appeal - copyright",
"""Dear Amazon,

Our listing of phone stand is removed because of copyright complaint.

Root cause:
Our designer downloaded some pictures from internet to make our product images, she thought the pictures are free. But the pictures belong to a photographer.

Our promise:
We are very sorry for this mistake. We will be more careful in the future and respect copyright of others. Thank you for your help and understanding.

Best wishes,
Xiamen Jiali Trade""",
style="colon", rc="Root cause:", pol=["copyright complaint"],
notes="no corrective actions; the only forward sentence is a vague promise -> no preventive either")

M("appeal-related-in-039", A, "related-accounts", "IN", "indian", "Account linked - appeal",
"""Dear Sir,

Our seller account Om Traders has been deactivated for violation of Amazon policies. As per our understanding it is because of my brother's old account. We wish to clarify.

Reason for linkage: My brother Rajesh had an account named RK Enterprises which was deactivated in 2025. We are staying in the same house and we were using the same Wi-Fi and the same laptop sometimes to check orders.

Measures for future: We will not use the same internet or devices. I will purchase separate laptop and separate broadband connection. No family member will access my Seller Central.

Kindly reinstate.

Regards,
Suresh Patel""",
style="inline", rc="Reason for linkage:", pr="Measures for future:",
notes="future-only prevention, nothing already done to separate the accounts; no policy named")

M("appeal-condition-latam-040", L, "condition", "ES", "latam", "Reinstatement of ASIN B0CMWRN7T3",
"""Dear team,

Our ASIN B0CMWRN7T3 (refurbished tablet) was deactivated under the condition guidelines for refurbished products.

What caused this: we listed the refurbished tablets under the New condition because the catalog page did not have the Renewed option and our assistant chose New. The buyers complained correctly.

To make sure this never happens again we will apply to the Amazon Renewed program and until then only list as Used - Like New. Each listing will be reviewed by me before it is published.

Muchas gracias,
Carolina Méndez""",
style="none", rc="What caused this:", pr="To make sure this never happens again", pol=["condition guidelines"],
dec=[("asin", "B0CMWRN7T3"), ("foreign-snippet", "Muchas gracias")], notes="no corrective for listed units")

M("appeal-inauthentic-native-041", A, "inauthentic", "UK", "native", "Appeal - inauthentic",
"""Dear Seller Performance,

We received notice that our account was deactivated over inauthentic item complaints on three fragrance ASINs.

Root cause analysis: our sourcing team began buying from a new UK wholesaler in January whose invoices, on review, do not show a clear chain back to the brands. We cannot prove these units are genuine.

Prevention: going forward we will only buy from brand-approved distributors, keep full supply-chain invoices, and run a supplier check every quarter. New suppliers need the director's sign-off.

We apologise and hope you will accept this plan.

Regards,
Oliver Bates""",
style="inline", rc="Root cause analysis:", pr="Prevention:", pol=["inauthentic"],
dec=[("single-apology", "We apologise")], notes="nothing done about current stock from the wholesaler")

M("appeal-identity-zh-042", A, "identity-verification", "US", "chinese", "身份验证 appeal",
"""Dear Seller Performance Team,

Our account is deactivated because identity verification failed.

Root cause: our passport was expired 2 months ago and we did not upload the new passport. Also the company address on the business license is different from the address on the credit card statement because we moved office.

Preventive measures: We will update documents once they changed. Our admin will check the Seller Central notifications every day, and we will keep a calendar of all document expire dates.

Thank you so much.
Chen Yu""",
style="inline", rc="Root cause:", pr="Preventive measures:",
pol=["identity verification"], notes="no new documents submitted: missing corrective")

M("appeal-listing-in-043", L, "listing-policy", "IN", "indian", "Listing deactivated - duplicate detail page",
"""Dear Team,

Our listing was deactivated for creating a duplicate detail page for the same product.

Why this happened: While uploading our new catalogue by flat file our executive created new ASINs for 12 steel bottles which were already existing on Amazon, because our SKU numbers were different from the existing ones.

How we will avoid: Before creating any new ASIN we will search by UPC and model number. All flat file uploads will be reviewed by our catalogue head.

Kindly reinstate our listing.
Regards,
Vikas Gupta""",
style="inline", rc="Why this happened:", pr="How we will avoid:", pol=["duplicate detail page"], notes="duplicate ASINs not merged: no corrective")

# ---------------------------------------------------------------- POAs missing the preventive measures
M("appeal-late-in-044", A, "late-shipment", "IN", "indian", "Appeal for account reinstatement - late shipment rate",
"""Dear Seller Performance Team,

This is regarding deactivation of our account Ganesh Electricals due to late shipment rate of 8.3%.

Root cause: Our warehouse in Bhiwandi was flooded during heavy rains in July and we could not dispatch orders for 5 days. Our staff also could not reach the warehouse.

Corrective actions: We have shifted the stock to first floor. All pending orders were dispatched once the water cleared and customers were informed. Handling time was increased to 4 days temporarily.

Preventive measures: We are extremely sorry for the inconvenience caused to Amazon and the customers. We thank you for your support.

Kindly reinstate our account.

Regards,
Ramesh Iyer""",
style="inline", rc="Root cause:", co="Corrective actions:", pol=["late shipment rate"],
dec=[("single-apology", "We are extremely sorry for the inconvenience caused")],
notes="'Preventive measures' heading holds only an apology and thanks")

M("appeal-review-zh-045", A, "review-manipulation", "US", "chinese", "Appeal for review manipulation",
"""Dear Amazon Seller Performance,

Our account is deactivated for manipulating product reviews. Please see our explain.

Root cause: Our marketing staff joined a Facebook group and sent free products to 30 people, asking them to leave reviews. This is against Amazon Community Guidelines and we did not know before.

Actions we have taken:
1. Stopped all contact with the Facebook group and deleted the group account.
2. The staff who did this has been dismissed.
3. We asked Amazon to remove all reviews from those 30 orders.

We will be more careful in the future. Thank you for your patience.

Best Regards,
Suzhou Hengtai Outdoor""",
style="inline", rc="Root cause:", co="Actions we have taken:", pol=["Community Guidelines"],
notes="only forward sentence is the vague promise 'we will be more careful'")

M("appeal-counterfeit-tr-046", A, "counterfeit", "UK", "turkish", "PLEASE REACTIVATE OUR ACCOUNT",
"""Dear Amazon,

PLEASE HELP US!!! Our account is closed because of counterfeit complaint for Nike socks. We are small family business in Bursa and this account is our only income. We are begging you, please give us a chance!!!

Why it happened: we bought the socks from a stock lot seller in Istanbul. He said they are original factory surplus but he has no invoice from Nike.

What we did: we deleted all Nike listings and the 200 pairs in FBA are removed (removal order AKT9LRQ2). Refund given to all buyers.

If you do not open our account we will go bankrupt and our 6 workers will lose their jobs. Please please reconsider, we never wanted to sell fake products!!!

Ahmet Şahin""",
style="inline", rc="Why it happened:", co="What we did:", pol=["counterfeit complaint"],
emo=["PLEASE HELP US!!!", "We are begging you, please give us a chance!!!", "we will go bankrupt and our 6 workers will lose their jobs", "Please please reconsider"],
dec=[("removal-order-id", "AKT9LRQ2")], notes="emotional; no prevention at all")

M("appeal-vtr-native-047", A, "valid-tracking", "US", "native", "VTR appeal",
"""Hello,

We've been suspended for our valid tracking rate, and honestly this is ridiculous. We have shipped every single order with tracking for six years.

Here's what actually happened: our shipping software (ShipRush) had an outage from April 8-10 and pushed tracking numbers to the wrong orders. About 60 orders got tracking that belonged to other packages.

We fixed it. Every one of those 60 orders has been corrected manually and the software vendor has patched the bug. We also re-synced all open orders.

Your system is unfair to sellers who have been around this long and had one bad week. We expect this to be resolved quickly. If it isn't, we will be talking to our attorney about legal action.

Greg Hoffman
Hoffman Auto Parts""",
style="none", rc="Here's what actually happened:", co="We fixed it.", pol=["valid tracking rate"],
emo=["honestly this is ridiculous", "Your system is unfair", "we will be talking to our attorney about legal action"],
notes="emotional (blame, legal threat); no prevention")

M("appeal-safety-zh-048", L, "product-safety", "US", "chinese", "Appeal for listing of children toy",
"""Dear Amazon Team,

Our listing of magnetic building blocks is deactivated because we do not provide the test report of ASTM F963.

问题原因: our factory did the test but the report expired last year and we did not notice.

解决方法: we made a new test in SGS Shenzhen, the report number SZHG2604031287 is attached. We also updated the age warning on the package and the listing to "not suitable for children under 3 years, contains small magnets".

Thank you for reviewing, we are waiting for your good news.

Best regards,
Ningbo Kidsland Toys""",
style="inline", rc="问题原因:", co="解决方法:", pol=["ASTM F963"],
dec=[("certificate-number", "SZHG2604031287")], notes="Chinese labels on an English POA; no prevention")

M("appeal-related-latam-049", A, "related-accounts", "BR", "latam", "Appeal related account",
"""Hello Seller Performance,

My account was deactivated because it is related to another account. I want explain the situation.

Background: I used an accounting company in São Paulo (Contábil Rápida) that also made the registration of other sellers. They used the same email domain and the same phone number for several clients, including one client that was deactivated.

Actions taken: I changed the email of my account to my own domain, the phone number to my personal number, and I ended the contract with the accounting company. The new registration data was updated in Seller Central.

I hope you can review again. Obrigado.

Rodrigo Almeida""",
style="inline", rc="Background:", co="Actions taken:", pol=["related to another account"],
dec=[("foreign-snippet", "Obrigado")], notes="'Background' root cause; no prevention")

M("appeal-cancel-in-050", A, "cancel-rate", "IN", "indian", "URGENT!!! Account deactivated - cancel rate",
"""Respected Amazon Team,

Sir, our account is deactivated for cancellation rate and we are in very big trouble. Sir we have 30 lakh rupees stock lying in warehouse, kindly please help us, we are begging with folded hands!!!

The problem happened because our inventory sheet was not updated after a bulk order of 400 units went to an offline customer, and Amazon orders kept coming on zero stock.

We have now connected our listing quantities with the warehouse software and cancelled orders customers have been informed.

Sir please reactivate today only, our family is depending on this business, otherwise we will be finished. Kindly kindly do the needful.

Regards,
Mahesh Chandra""",
style="none", rc="The problem happened because", co="We have now connected", pol=["cancellation rate"],
emo=["kindly please help us, we are begging with folded hands!!!", "our family is depending on this business, otherwise we will be finished", "Kindly kindly do the needful"],
notes="emotional pleading; no prevention")

M("appeal-drop-native-051", A, "drop-shipping", "CA", "native", "Appeal: drop shipping",
"""Dear Seller Performance Team,

We were deactivated under the drop shipping policy after two buyers received packages with a Walmart packing slip.

What went wrong
When we ran out of stock over the holidays, one of our staff placed orders on Walmart.com and shipped them straight to our customers. We did not authorize this, but we're responsible for it.

Steps already taken
All 23 such orders were identified. Each buyer got an apology and a partial refund, and the staff member's purchasing access has been removed. Out-of-stock listings were set to zero.

Thank you for your time. We value our customers and our account, and we appreciate your consideration.

Regards,
Natalie Chu
Evergreen Home Goods""",
style="plain", rc="What went wrong", co="Steps already taken", pol=["drop shipping policy"],
notes="closing thanks only, no prevention")

# ---------------------------------------------------------------- corrective part future tense only
M("appeal-inauthentic-zh-052", A, "inauthentic", "US", "chinese", "Appeal - inauthentic complaint",
"""Dear Seller Performance Team,

Thank you for review our appeal. Our account was deactivated because buyers complained our bluetooth earbuds are not authentic.

一、Root cause
The earbuds are our private label "Sonivo", but our packaging looked like a famous brand and the buyers think it is a fake of that brand. Our design team used similar white box and logo position.

二、Corrective actions
1. The packaging will be redesigned with our own color and logo.
2. All inventory in FBA is going to be relabeled by our 3PL.
3. We shall send the brand registry documents to Amazon.

三、Preventive measures
Every new packaging design must be reviewed by our legal consultant before production. We will check complaints weekly.

Thanks again,
Shenzhen Sonivo Audio Co., Ltd.""",
style="numbered", rc="一、Root cause", co="二、Corrective actions", done=False, pr="三、Preventive measures",
pol=["not authentic"], notes="Chinese numerals; corrective 'will be', 'is going to be', 'shall'")

M("appeal-late-tr-053", A, "late-shipment", "US", "turkish", "Appeal: late shipment rate 11%",
"""Hi,

We are Marmara Ceramics and our account is deactivated for late shipment rate.

The issue was caused by the customs. From March our shipments from Turkey to US customers were waiting in customs 3-5 days, and we marked them shipped after the customs clearance, so they looked late.

We are planning to open a FBA account and send our stock to Amazon warehouses, so Amazon will ship. Until that we intend to increase handling time to 5 days for all products. We are going to take the US customs broker service also.

For the long term, we will watch the late shipment rate every week and never let it go over 4%.

Thank you.
Elif Yılmaz""",
style="none", rc="The issue was caused by the customs.", co="We are planning to open a FBA account", done=False,
pr="For the long term, we will watch", pol=["late shipment rate"], notes="'planning to', 'intend to', 'going to'")

M("appeal-ipp-native-054", L, "ip-patent", "US", "native", "Reinstatement request",
"""Hello Seller Performance,

Our listing for the "Swivel Pro" phone mount was removed after a patent complaint (complaint ID 1602239841).

**Root cause**
We bought the design from a contract manufacturer in Dongguan who told us it was an open design. It turns out the swivel joint is covered by a design patent held by Arkon Resources.

**Corrective action plan**
- We will reach out to Arkon to discuss a license or a retraction.
- The remaining inventory will be removed from FBA.
- We plan to work with our manufacturer on a new joint design that doesn't infringe.

**Preventive measures**
- All new products will get a patent search by outside counsel before we place a PO.
- Our contracts with manufacturers will include an IP warranty.

Thanks for considering,
Aaron Blake
Trailmount Gear""",
style="bold", rc="Root cause", co="Corrective action plan", done=False, pr="Preventive measures",
pol=["patent complaint"], dec=[("complaint-id", "1602239841")], notes="native; corrective all future")

M("appeal-odr-in-055", A, "odr", "IN", "indian", "Plan of Action - ODR",
"""Dear Amazon Seller Performance,

Greetings. We Sai Krupa Fashions would like to submit our plan of action regarding deactivation for Order Defect Rate.

(a) Root cause
The kurtis sizes in our size chart were not matching the actual garments, the tailoring unit made them one size smaller. Customers were leaving negative feedback and filing claims.

(b) Corrective actions
- Size chart will be updated with actual measurements.
- We will be checking all the stock and re-tagging the wrong sizes.
- Refund will be processed for affected customers.

(c) Preventive measures
Going forward, every batch from the tailoring unit will be measured by our QC with 5 random pieces before dispatch to FBA.

Kindly consider our appeal.

Thanks & Regards,
Pooja Nair""",
style="lettered", rc="(a) Root cause", co="(b) Corrective actions", done=False, pr="(c) Preventive measures",
pol=["Order Defect Rate"], notes="'will be updated', 'will be checking'")

M("appeal-price-latam-056", A, "price-gouging", "US", "latam", "Appeal price gouging",
"""Dear Amazon,

Our account was deactivated for pricing our water filters too high during the hurricane emergency in Florida. We never had the intention to take advantage of the situation. Unfortunately our automatic pricing moved the price during the emergency.

Root cause: The automatic repricer followed a competitor that had a very high price, and no one in our team was watching the prices during the weekend.

Action plan: we are going to disconnect the repricer, the prices of all filters will be returned to the normal price, and we will offer a refund of the difference to the affected buyers.

Prevention: we will set a maximum price limit for every product and check the prices every day, including weekends.

Thank you,
Fernando Ríos""",
style="inline", rc="Root cause:", co="Action plan:", done=False, pr="Prevention:",
dec=[("mild-word", "Unfortunately")], notes="no policy named (describes pricing during emergency); corrective future only; calm with 'Unfortunately'")

M("appeal-restricted-native-057", L, "restricted-products", "UK", "native", "Listing deactivated - CBD oil",
"""Hello,

Our listing for a hemp seed oil tincture was deactivated as a restricted product because the description mentioned CBD.

WHAT HAPPENED
Our copywriter described it as "CBD-rich", which it isn't. It's cold-pressed hemp seed oil with no cannabinoid content, and we have lab certificates to show it.

WHAT WE'RE DOING
The description and bullets will be rewritten to remove any mention of CBD. We'll upload the certificate of analysis to the listing's compliance section. The copywriter is going to be briefed on Amazon's restricted product terms.

HOW WE'LL PREVENT IT
A compliance check by our product manager will be required before any listing copy is published, using a banned-terms list.

Best regards,
Claire Whitmore""",
style="caps", rc="WHAT HAPPENED", co="WHAT WE'RE DOING", done=False, pr="HOW WE'LL PREVENT IT",
pol=["restricted product"], notes="'WHAT WE'RE DOING' heading but everything future")

# ---------------------------------------------------------------- account appeals with no POA (A016), cover letters
M("appeal-odr-zh-058", A, "odr", "US", "chinese", "Please reactivate our account",
"""Dear Amazon,

Our account is deactivated yesterday. We are a small company and have sold on Amazon for 4 years with good performance, more than 20,000 orders and 98% positive feedback.

We think it is a mistake, because our products are good and we always follow Amazon's policies. Please check again our account and reactivate it. We have many inventory in FBA warehouse and we need to pay salary to our workers.

If you need any document, please tell us, we will provide at once.

Thank you very much.
Best regards,
Foshan Meijia Furniture""",
notes="no POA, no specific policy ('Amazon's policies' generic)")

M("appeal-related-in-059", A, "related-accounts", "IN", "indian", "Request to reinstate account",
"""Dear Sir/Madam,

I am the proprietor of Balaji Mobile Accessories. I have received an email that my account is deactivated. I have not done anything wrong and I have only one account. I request you to kindly check and reactivate my account as soon as possible as my business is totally dependent on Amazon.

I have been selling since 2021 without any issue. Please tell me what is the problem so that I can correct it. I am ready to provide my PAN card, Aadhaar and GST documents for verification.

Kindly revert back at the earliest.

Thanks and regards,
Venkatesh Rao
+91 98450 12763""",
dec=[("phone", "+91 98450 12763")], notes="no POA; no policy; phone number decoy")

M("appeal-review-native-060", A, "review-manipulation", "US", "native", "Appeal - Anti-manipulation policy for customer reviews",
"""To whom it may concern,

We strongly disagree with the decision to deactivate our account for review abuse. We have never paid for reviews, given free products for reviews, or asked anyone to review our products. Every review on our listings is from a real buyer.

We believe a competitor may have posted fake positive reviews on our listings to get us suspended. We have seen this happen to other sellers in our category. We request that you investigate these reviews and reinstate our account, since we did nothing wrong.

Please let us know what information you need.

Best regards,
Laura Simmons
Simmons Pet Supply""",
pol=["review abuse"], notes="no POA; policy named in subject and as 'review abuse' in text")

M("appeal-inauthentic-tr-061", A, "inauthentic", "UK", "turkish", "Hesabım kapatıldı - appeal",
"""Hello,

My account is deactivated for inauthentic complaint. I sell original Turkish cotton towels which I produce myself in Denizli. How can my product be inauthentic when I am the producer? This decision is not correct.

I attached nothing because I don't know what document you need. I have factory registration and my own invoices. Please write me which document and I will send.

I wait your answer.
Mustafa Koç""",
pol=["inauthentic complaint"], notes="says nothing is attached; no POA")

M("appeal-drop-latam-062", A, "drop-shipping", "US", "latam", "Appeal",
"""Hello,

I received the email that my account was deactivated. I don't understand the reason, the email does not say clearly what I did wrong. I always send my products fast and the clients are happy.

Could you please tell me the exact reason? I want to solve the problem as soon as possible. My business is new and I invested all my savings.

Thank you for your help.
Sebastián Torres""",
notes="no POA; asks for reason; no policy")

M("appeal-safety-native-063", A, "product-safety", "AU", "native", "Account deactivation - urgent review",
"""Hi,

Our account was deactivated this morning. We sell kitchen knives and cutting boards and have never had a safety complaint. We believe this is an automated error.

Could someone please look at our account manually? We have 1,400 units in FBA in Sydney and Melbourne, and the deactivation has stopped all our sales just before our busiest period.

Unfortunately we cannot find any detail in Account Health beyond the deactivation banner.

Thanks,
Ben Kowalski
Kowalski Kitchen Co.""",
dec=[("mild-word", "Unfortunately")], notes="no POA, no policy; calm with 'Unfortunately'")

M("appeal-cancel-zh-064", A, "cancel-rate", "UK", "chinese", "ACCOUNT DEACTIVATED WHY",
"""Hello Amazon!!!

WHY YOU DEACTIVATE OUR ACCOUNT??? We only cancel some orders because the stock was not enough, this is normal for every seller!!! Other sellers cancel much more than us and their account is still open.

This is very unfair, we have 3 years good record. We need our account back NOW, our funds are held and we cannot pay our factory. If you do not reactivate, we will complain to the media and our lawyer will contact Amazon.

Dongguan Hengda Electronics""",
emo=["WHY YOU DEACTIVATE OUR ACCOUNT???", "This is very unfair", "We need our account back NOW", "we will complain to the media and our lawyer will contact Amazon"],
notes="shouting, threats, no POA, no policy")

M("appeal-condition-in-065", A, "condition", "IN", "indian", "Request for account review",
"""Dear Team,

We have got the message that our account is deactivated for violation of Amazon policy. We are surprised as we are selling only brand new products purchased from authorised distributors.

Kindly let us know the orders which had the complaint so that we can check from our side and send the proper explanation. We are a genuine seller and we have always followed all rules.

Hoping for a positive response.

Regards,
Arvind Menon
Menon Home Appliances""",
notes="no POA; 'Amazon policy' generic")

M("appeal-iptm-native-066", A, "ip-trademark", "US", "native", "Re: IP complaints - deactivated",
"""Seller Performance,

Our account was deactivated over trademark complaints on a handful of listings. The complainant, "Orbix Co.", registered the mark in March 2026, while we have been selling under that name since 2019. We have our own invoices, domain registration and earlier sales records showing prior use.

We are disputing the complaints with the rights owner and through our lawyer. We ask that you reinstate the account while this is resolved, because the complaints are not valid.

Thank you,
Kevin O'Brien
Orbix Outfitters""",
pol=["trademark complaints"], notes="disputes validity, no POA, nothing attached")

M("appeal-counterfeit-zh-067", A, "counterfeit", "US", "chinese", "Appeal with POA attached",
"""Dear Seller Performance Team,

Our account Yuxing Bags was deactivated for the Anti-Counterfeiting policy. We have checked all the complaints carefully.

Please find attached our Plan of Action (POA_Yuxing_20260412.pdf) with the root cause, the corrective actions and the preventive measures, and also the invoices from the brand-authorised distributor and the letter of authorization.

Thank you for your time.
Best regards,
Wang Lei""",
att=True, pol=["Anti-Counterfeiting policy"], dec=[("file-name", "POA_Yuxing_20260412.pdf")],
notes="cover letter, POA attached")

M("appeal-odr-tr-068", A, "odr", "AE", "turkish", "Plan of Action attached - Order Defect Rate",
"""Dear Amazon Team,

Our account Bosphorus Lighting was deactivated because of Order Defect Rate. We prepared a detailed plan of action and attached as PDF to this case. Also attached the screenshots of the customer messages and the carrier report.

The plan explains the carrier problem in Dubai and the changes we made to packaging. We are ready to answer any question. Thank you for your time.

Best regards,
Cem Aydın
Bosphorus Lighting FZE""",
att=True, pol=["Order Defect Rate"], notes="short cover letter; POA attached")

M("appeal-iptm-in-069", A, "ip-trademark", "IN", "indian", "Appeal - Intellectual Property Policy - POA enclosed",
"""Dear Seller Performance Team,

With reference to the deactivation of our account under the Amazon Intellectual Property Policy, we have enclosed our detailed plan of action along with the retraction email from the rights owner (Mr. Harish of Nirmala Agencies) and our updated invoices.

Kindly go through the enclosed documents and reinstate our account.

Thanking you,
Neha Saxena
Saxena Brothers""",
att=True, pol=["Amazon Intellectual Property Policy"], notes="POA 'enclosed'")


if __name__ == "__main__":
    write_messages(OUT, PREFIX, MSGS, dump)
