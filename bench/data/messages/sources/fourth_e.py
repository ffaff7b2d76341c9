#!/usr/bin/env python3
"""Author E's messages for the fourth (blind, held-out) set: writes messages/fourth-a/e-*.toml.

Written blind to the rules: only README.md and validate.py were read. Texts and labels live here;
run `python3 sources/fourth_e.py` from bench/data/messages, then `python3 validate.py fourth`."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MSG_DIR = os.path.dirname(HERE)
sys.path.insert(0, MSG_DIR)
sys.path.insert(0, HERE)
import validate  # noqa: E402
from writing import write_messages  # noqa: E402

OUT = os.path.join(MSG_DIR, "messages", "fourth-a")
PREFIX = "e-"
MSGS = []
APPEALS = {"account-appeal", "listing-reinstatement"}


def M(id, kind, mp, writer, subject, text, violation="", topic="", lang="en", rc=None, co=None,
      pr=None, done=True, style="", attached=False, policy=(), emo=(), secrets=(), decoys=(),
      notes=""):
    """One message. rc/co/pr: where that POA part starts (None = absent); a POA is in the text
    when any part is present. secrets/decoys: (kind, value) pairs."""
    poa = any(x is not None for x in (rc, co, pr))
    sections = {k: v for k, v in (("root_cause", rc), ("corrective", co), ("preventive", pr))
                if v is not None}
    labels = {
        "poa": poa, "poa_attached": attached, "root_cause": rc is not None,
        "corrective": co is not None, "corrective_done": co is not None and done,
        "preventive": pr is not None, "policy_cited": bool(policy), "policy_names": list(policy),
        "emotional": bool(emo), "emotional_phrases": list(emo),
        "secrets": [{"kind": k, "value": v} for k, v in secrets],
        "decoys": [{"kind": k, "value": v} for k, v in decoys],
        "heading_style": style if poa else "",
        "english_required": mp in validate.ENGLISH_REQUIRED_MP,
    }
    m = {"id": PREFIX + id, "kind": kind, "violation": violation, "topic": topic,
         "marketplace": mp, "writer": writer, "language": lang, "subject": subject,
         "text": text.strip("\n"), "labels": labels}
    labels["defects"] = validate.expected_defects(m)
    labels["bad_on_purpose"] = bool(labels["defects"])
    labels["notes"] = notes
    labels["sections"] = sections
    MSGS.append(m)


def q(s):
    """A TOML basic string (JSON's escapes are all valid TOML escapes)."""
    return json.dumps(s, ensure_ascii=False)


def dump(m):
    L = m["labels"]
    out = []
    for k in ("id", "kind", "violation", "topic", "marketplace", "writer", "language", "subject",
              "text"):
        out.append(f"{k} = {q(m[k])}")
    out.append("")
    out.append("[labels]")
    for k in ("poa", "poa_attached", "root_cause", "corrective", "corrective_done", "preventive",
              "policy_cited"):
        out.append(f"{k} = {'true' if L[k] else 'false'}")
    out.append(f"policy_names = [{', '.join(q(x) for x in L['policy_names'])}]")
    out.append(f"emotional = {'true' if L['emotional'] else 'false'}")
    out.append(f"emotional_phrases = [{', '.join(q(x) for x in L['emotional_phrases'])}]")
    out.append("secrets = [" + ", ".join(
        "{ kind = %s, value = %s }" % (q(s["kind"]), q(s["value"])) for s in L["secrets"]) + "]")
    out.append("decoys = [" + ", ".join(
        "{ kind = %s, value = %s }" % (q(s["kind"]), q(s["value"])) for s in L["decoys"]) + "]")
    out.append(f"heading_style = {q(L['heading_style'])}")
    out.append(f"english_required = {'true' if L['english_required'] else 'false'}")
    out.append(f"defects = [{', '.join(q(x) for x in L['defects'])}]")
    out.append(f"bad_on_purpose = {'true' if L['bad_on_purpose'] else 'false'}")
    out.append(f"notes = {q(L['notes'])}")
    out.append("")
    out.append("[labels.sections]")
    for k, v in L["sections"].items():
        out.append(f"{k} = {q(v)}")
    return "\n".join(out) + "\n"


AA, LR = "account-appeal", "listing-reinstatement"
FBA, TECH, BRAND, CAT = "fba-reimbursement", "technical-issue", "brand-dispute", "category-approval"

# ---------------------------------------------------------------- messages

# ---- complete POAs, every heading style
M("appeal-inauth-zh-001", AA, "US", "chinese",
  "Appeal for account deactivation - Inauthentic item complaints",
  """Dear Seller Performance Team,

We are Shenzhen Hualian Trading Co., Ltd. Our account was deactivated on 2026-03-04 because of inauthentic item complaints on ASIN B0CK7TQ2MX (wireless earbuds case). We have read the Amazon Anti-Counterfeiting Policy again carefully and here is our plan of action.

## Root Cause
1. We bought 300 units from a new wholesaler in Guangzhou in January, the wholesaler was not the brand authorized distributor and we did not ask for the authorization letter.
2. Our listing used the word "original" and the buyers expected the brand packaging, but the units came in white box.

## Corrective Actions Taken
- We have removed all the 212 units remaining in FBA by removal order (removal order ID 6KJX2PQ9WZ) and destroyed them.
- We contacted all the 14 buyers of order 113-4408125-7729013 and others and refunded them full.
- We have stopped to buy from this wholesaler.

## Preventive Measures
- Only buy from the manufacturer or authorized distributor, and keep invoices for 3 years.
- Our QC manager Mr. Li will check every new supplier documents before the first order.
- Weekly check of Voice of the Customer and Account Health page.

Attached: supplier invoices, letter from brand.
Thank you for reviewing.
Hualian Trading""",
  violation="inauthentic", rc="Root Cause", co="Corrective Actions Taken", pr="Preventive Measures",
  style="markdown", policy=["Anti-Counterfeiting Policy", "inauthentic item complaints"],
  decoys=[("asin", "B0CK7TQ2MX"), ("removal-order-id", "6KJX2PQ9WZ"), ("order-id", "113-4408125-7729013")],
  notes="markdown headings, Chinese English")

M("appeal-odr-native-002", AA, "US", "native",
  "Reinstatement request - Order Defect Rate above target",
  """Hello,

Our account (Pine Hollow Outfitters) was suspended because our Order Defect Rate reached 2.3% over the 60-day window. Below is our plan.

**What went wrong**
Almost all of the defects came from one product, a camping stove (ASIN B09XRT44LK). A batch of 400 stoves from our manufacturer had a loose gas valve. Customers filed negative feedback and A-to-z claims. We did not notice the trend for three weeks because nobody was assigned to review feedback daily.

**What we have done**
We closed the listing and pulled the remaining 180 units from FBA. Every affected buyer was contacted and offered a refund or replacement, and 41 of 47 claims are now resolved. We replaced the batch with units that our supplier pressure-tested, and we verified 20 of them ourselves.

**How we will keep it from happening again**
One team member now reviews feedback, returns and claims every morning. Any product with more than two quality complaints in a week is paused until we inspect it. We added a pre-shipment inspection by a third party for every new batch.

We take our customers' experience seriously and would appreciate the chance to continue selling.

Regards,
Dana Whitfield
Pine Hollow Outfitters""",
  violation="odr", rc="What went wrong", co="What we have done", pr="How we will keep it from happening again",
  style="bold", policy=["Order Defect Rate"], decoys=[("asin", "B09XRT44LK")],
  notes="bold headings in the seller's own words")

M("appeal-late-indian-003", AA, "IN", "indian",
  "Appeal - account deactivated for Late Dispatch Rate",
  """Respected Sir/Madam,

This is with reference to deactivation of our seller account Shree Ganesh Handicrafts due to Late Dispatch Rate of 9.4% which is above 4% target. Kindly find our plan of action.

1) Reason for the late dispatch
During Diwali season our orders increased 3 times and we had only 2 packing staff. Also our courier pickup from Jaipur was missed on 6 days due to the courier strike. We did not update the handling time in the listings.

2) Actions already taken by us
a. We have hired 3 more packing staff from 12 October.
b. Handling time for all 146 SKUs is changed from 1 day to 3 days.
c. We have tied up with second courier partner so pickup is not missed.
d. All pending orders were dispatched and buyers were informed.

3) Steps to prevent in future
- Before every festival we will plan staff 1 month in advance.
- Daily report of pending orders is checked by me at 5 pm.
- If stock is not ready we will use vacation mode rather than taking orders.

Kindly reactivate our account, we will follow all the policies. Please revert back if any document is required.

Thanks and Regards,
Ramesh Agarwal
+91 98290 44712""",
  violation="late-shipment", rc="1) Reason for the late dispatch", co="2) Actions already taken by us",
  pr="3) Steps to prevent in future", style="numbered", policy=["Late Dispatch Rate"],
  decoys=[("phone", "+91 98290 44712")], notes="numbered 1) headings, Indian English")

M("appeal-counterfeit-turkish-004", AA, "UK", "turkish",
  "Appeal of suspension - counterfeit complaint from rights owner",
  """Dear Amazon Team,

We received notification that our account is suspended because of counterfeit complaint. The notification said:

"We received a report from a rights owner that you are listing counterfeit products. Complaint ID: 13498827511. ASIN: B0BQ77ZN3C."

We understand seriousness. Please see our plan.

A) ROOT CAUSE OF THE COMPLAINT
We sold leather wallets with the brand name in the title because our supplier said they make them for the brand. We did not have any authorization. This was our mistake, we trusted the supplier words.

B) CORRECTIVE ACTIONS
- The listing is deleted and all stock (86 pcs) removed from Amazon warehouse and destroyed, we have the destruction certificate.
- We have contacted rights owner and apologised, we asked them to retract.
- We reviewed our other 63 listings and removed 5 more which had brand names we are not sure about.

C) PREVENTIVE ACTIONS
- From now we list only our own brand "Kaya Deri" which is registered in Brand Registry.
- No listing with another brand name without written authorization.
- Every month we will check the catalogue.

Best regards,
Emre Kaya
Kaya Deri Ltd""",
  violation="counterfeit", rc="A) ROOT CAUSE OF THE COMPLAINT", co="B) CORRECTIVE ACTIONS",
  pr="C) PREVENTIVE ACTIONS", style="lettered", policy=["counterfeit"],
  decoys=[("complaint-id", "13498827511"), ("asin", "B0BQ77ZN3C")],
  notes="lettered A) headings in caps, quoted Amazon notification")

M("appeal-related-native-005", AA, "US", "native",
  "Related account deactivation - Harbor & Finch LLC",
  """To the Seller Performance team,

We are writing about the deactivation of Harbor & Finch LLC, which Amazon linked to another account that was previously suspended. We want to explain the relationship honestly and describe what we changed.

INVESTIGATION
The linked account belonged to a former contractor, Jason Mills, who managed listings for us in 2024. He logged in to both accounts from the same laptop and later used our shared warehouse address for his own store. We were not aware that his account was suspended, and we had never removed his access to our account.

IMMEDIATE STEPS
We removed all user permissions except the two owners and changed every login. The contractor's laptop was returned and wiped. We stopped sharing the warehouse address; his store no longer ships from our building, confirmed by our new lease addendum.

LONG-TERM CHANGES
Every user gets their own login with two-step verification, and we review the user list on the first Monday of each month. Contractors sign an agreement that they will not access any other Amazon seller account from our devices. Our office network is used only for our account.

We are attaching the lease addendum, the contractor agreement and a statement from Mr. Mills.

Sincerely,
Maria Olsen, Owner""",
  violation="related-accounts", rc="INVESTIGATION", co="IMMEDIATE STEPS", pr="LONG-TERM CHANGES",
  style="caps", policy=["linked to another account"],
  notes="caps headings Investigation / Immediate steps / Long-term changes")

M("appeal-review-latam-006", AA, "MX", "latam",
  "Apelacion - manipulation of reviews",
  """Hello Seller Performance,

My account Tienda Solana was deactivated for review manipulation. I want to explain what happened and what we did.

Why it happened
We put a small card in the package that said "Leave us 5 stars and receive a gift". I did not know this is against the Customer Product Reviews Policy, I copied this idea from other sellers in a Facebook group.

What we fixed
We stopped the cards the same day we received the warning. All the 1,200 cards left were thrown away. I deleted the posts in the group. We also removed the promotion that gave the gift.

How we prevent it
Now the insert card only says thank you and our email for help, without nothing about reviews. Only Amazon "Request a Review" button is used. I and my partner did the Seller University course about reviews and we will read the policy page every 3 months.

Thank you and sorry for this.
Luis Ortega""",
  violation="review-manipulation", rc="Why it happened", co="What we fixed", pr="How we prevent it",
  style="plain", policy=["review manipulation", "Customer Product Reviews Policy"],
  decoys=[("single-apology", "sorry for this")],
  notes="plain headings, single apology at the end")

M("appeal-safety-native-007", LR, "US", "native",
  "ASIN B0D1KXW8PP removed - product safety / CPSC documentation",
  """Hi,

Our listing for a kids' bike helmet (ASIN B0D1KXW8PP) was removed for missing safety documentation. Here is our plan of action.

Root cause: we relied on the factory's CE test report, which is not accepted for the US. The helmet needs a CPSC 16 CFR Part 1203 test from a CPSC-accepted lab and a Children's Product Certificate, and we had neither on file.

Corrective actions: we sent samples to a CPSC-accepted lab in Shenzhen and have received the passing report (report no. SZ26-118734). We issued a Children's Product Certificate and added tracking labels to the helmet and the box. Both documents are attached.

Preventive measures: before we list any children's product we will check the required standard in the Amazon compliance reference and get the US test done first. Our compliance checklist is now part of the listing process, and no new ASIN goes live without the CPC being uploaded.

Please reinstate the ASIN.
Thanks, Kevin Tran""",
  violation="product-safety", rc="Root cause:", co="Corrective actions:", pr="Preventive measures:",
  style="inline", policy=["CPSC 16 CFR Part 1203", "Children's Product Certificate"],
  decoys=[("asin", "B0D1KXW8PP"), ("certificate-number", "SZ26-118734")],
  notes="inline headings at paragraph start")

M("appeal-tracking-chinese-008", AA, "CA", "chinese",
  "Valid Tracking Rate below 95% - plan of action",
  """Dear Amazon,

Our store Maple Lucky Home received the deactivation because Valid Tracking Rate is 88%, lower than 95%.

Root cause:
Our warehouse staff used Canada Post Lettermail for small items to save cost, it has no tracking number. Also for 37 orders the tracking was uploaded with wrong carrier name (we choose "Other" and typed "CP"), so Amazon can not validate.

Actions we took:
1. All small items are now shipped with Canada Post Tracked Packet, we stopped Lettermail on 2026-05-02.
2. We corrected carrier name for the open orders.
3. Our ERP now uploads tracking automatically, no manual typing.

Actions we will take to prevent:
1. Every day our operator check the VTR in Account Health.
2. Only carriers from Amazon list are allowed in ERP.
3. New staff have training about shipping rules before start.

Thank you for your time, please give us chance to sell again.
Maple Lucky Home""",
  violation="valid-tracking", rc="Root cause:", co="Actions we took:", pr="Actions we will take to prevent:",
  style="colon", policy=["Valid Tracking Rate", "VTR"], decoys=[("mild-plea", "please give us chance to sell again")],
  notes="colon headings, Actions we took / Actions we will take")

M("appeal-cancel-other-009", AA, "DE", "other-non-native",
  "Plan of action - Pre-fulfillment Cancel Rate",
  """Dear Seller Performance,

we are a Polish company Drewno-Pol sp. z o.o., selling wooden toys on amazon.de. Our account was suspended because our pre-fulfillment cancel rate was 6.8%.

Our POA: root cause
Our stock was counted in two systems, Amazon and our own shop, and they were not synchronized. When the product sold out in the shop, Amazon still showed stock, and we had to cancel the orders.

Our POA: corrective actions
We connected both channels to one inventory software (BaseLinker) on 14.04.2026. All stock levels were checked by hand and corrected. Every cancelled buyer received a message and a discount code for the next purchase.

Our POA: preventive measures
Stock is now kept 2 units lower on Amazon than the real stock, as a buffer. The warehouse manager checks the cancel rate every Monday. If the software connection breaks, the listings go to 0 automatically.

Thank you,
Katarzyna Nowak""",
  violation="cancel-rate", rc="Our POA: root cause", co="Our POA: corrective actions",
  pr="Our POA: preventive measures", style="our-poa", policy=["pre-fulfillment cancel rate"],
  notes="our-poa headings, Polish seller on DE writing English")

M("appeal-restricted-native-010", AA, "US", "native",
  "Appeal: deactivation for restricted products",
  """Hello,

I'm writing about the deactivation of my account for listing restricted products. The items were CBD gummies that I added to my catalog in April. I didn't understand at the time that CBD products are prohibited on Amazon regardless of the THC content, and I assumed the lab certificate from the manufacturer was enough.

The same day I got the notice I deleted all three listings and created a removal order for the 240 units at the fulfillment center. I also looked through the rest of my 90 or so listings against the Drugs & drug paraphernalia restricted products page, and removed two hemp seed oil supplements that I wasn't sure about.

To make sure this never happens again, I now check every new product against the Restricted Products help pages before I buy inventory, and if a category isn't clear I open a case and ask first. I also signed up for the policy update emails so I see changes when they happen.

I'd be grateful if you would review my account.

Thank you,
Brenda Cole""",
  violation="restricted-products", rc="The items were CBD gummies", co="The same day I got the notice",
  pr="To make sure this never happens again", style="none",
  policy=["restricted products", "Drugs & drug paraphernalia"],
  notes="no headings, content cues only")

M("appeal-condition-latam-011", LR, "US", "latam",
  "Listing condition complaint - ASIN B07ZQ1H8TT",
  """Good afternoon,

We received a complaint on ASIN B07ZQ1H8TT that our product was "used" while the listing was New. Please see below.

1. Cause of the problem
We resell customer returns only after inspection, but one of our workers put 6 returned blenders back in the new stock by mistake. The boxes were re-taped, and the customer saw this.

2. What we have done
- Removed those 6 units and 14 more from the same shipment FBA15K2L9QRT for inspection.
- Refunded the buyer of order 111-2093346-8815234 and sent a new one.
- Gave the worker a new training.

3. What we will do for prevention
- Returns are now kept in a different room with red labels.
- Only the supervisor can move returns into new stock.
- Anything opened will be sold as Used - Like New, never New, following the Condition Guidelines.

We thank you for your understanding.
Ana Paula Ruiz, Distribuidora Ruiz""",
  violation="condition", rc="1. Cause of the problem", co="2. What we have done",
  pr="3. What we will do for prevention", style="numbered", policy=["Condition Guidelines"],
  decoys=[("asin", "B07ZQ1H8TT"), ("shipment-id", "FBA15K2L9QRT"), ("order-id", "111-2093346-8815234")],
  notes="numbered headings, latam writer")

M("appeal-trademark-agency-012", AA, "UK", "native",
  "Plan of Action - Intellectual Property (trademark) - Brightwell Home Ltd",
  """Dear Seller Performance Team,

We act on behalf of Brightwell Home Ltd (Merchant Token A3KQ9UZ2LM7XPT) in respect of the deactivation notice of 11 June 2026 citing trademark infringement complaints under Amazon's Intellectual Property Policy. The complaints relate to three ASINs in the kitchen storage category on which our client described their own containers as "compatible with Joseph Joseph" and used the mark in the product title.

# Summary of the issue
Our client's listing team believed that comparative wording in titles was acceptable. It is not: the mark was used in a way that suggested affiliation, and the complaining rights owner reasonably objected.

# Steps already taken
The three ASINs were edited on 12 June to remove the third-party mark from titles, bullets and search terms. A full audit of all 212 active listings was completed on 14 June, and four further listings with brand references in backend keywords were corrected. Our client has written to the rights owner's representative and an acknowledgement was received.

# Controls going forward
All new and edited listings are now reviewed against a written brand-reference checklist before publication. Two staff members have completed IP training delivered by us, and a quarterly catalogue audit will be performed and logged.

We would be grateful for the reinstatement of the account. The audit log is attached.

Yours faithfully,
Holloway Compliance Partners""",
  violation="ip-trademark", rc="Summary of the issue", co="Steps already taken", pr="Controls going forward",
  style="markdown", policy=["Intellectual Property Policy", "trademark infringement"],
  decoys=[("merchant-token", "A3KQ9UZ2LM7XPT")], notes="agency letter, single-# markdown")

M("appeal-pricegouge-native-013", AA, "US", "native",
  "Fair Pricing Policy deactivation",
  """Hi team,

My account was deactivated under the Fair Pricing Policy for the price of N95 masks during the wildfire smoke alerts in September.

ROOT CAUSE
I use repricing software (rule: match the lowest price +10%). When most sellers went out of stock, the software had nothing to match and jumped to my maximum price, $89.99 for a 10-pack, which is about four times my normal price. I was traveling and did not look at the prices for five days.

CORRECTIVE ACTIONS
I set the price back to $21.99 the same day, and refunded the difference to all 38 buyers who paid the higher price (total $2,461.40). I removed the maximum-price rule from the repricer.

PREVENTIVE ACTIONS
Every SKU now has a maximum price of no more than 20% above the 90-day average. The repricer sends me an alert for any change above 15%. When I travel my brother checks the prices daily.

Thank you for considering my appeal.
Tom Becker""",
  violation="price-gouging", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  style="caps", policy=["Fair Pricing Policy"], notes="caps headings, prices in text")

M("appeal-dropship-chinese-014", AA, "US", "chinese",
  "申诉 - Drop shipping policy violation appeal",
  """Hello Amazon Seller Performance Team,

We are Yiwu Qiaoyu E-commerce. We got the notice our account violate the Drop Shipping Policy, because some buyers received packages with other retailer packing slip and invoice.

**The reason of the problem**
In May our warehouse was short of stock, so our purchasing staff bought 52 orders from another online retailer and asked them ship directly to our Amazon customers. The packing slip of that retailer was inside the box. Our staff did not know this is not allowed.

**What we have did to correct**
- Stopped all purchasing from other retailers at once, since 2026-05-20 every order ships from our own warehouse in New Jersey.
- We contacted the 52 buyers and explained, offered refund.
- The purchasing staff was retrained and the manager signed the policy.

**Measures to avoid this happen again**
- We keep 45 days safety stock for top 30 SKU.
- If out of stock, we set quantity 0, never buy from other retailer.
- Every package is checked that only our packing slip is inside.

Sorry for the inconvenient caused.
Qiaoyu E-commerce 义乌市巧宇电子商务有限公司""",
  violation="drop-shipping", rc="The reason of the problem", co="What we have did to correct",
  pr="Measures to avoid this happen again", style="bold", policy=["Drop Shipping Policy"],
  decoys=[("single-apology", "Sorry for the inconvenient caused."), ("foreign-snippet", "义乌市巧宇电子商务有限公司")],
  notes="bold headings, Chinese company name sign-off")

M("appeal-usednew-indian-015", AA, "IN", "indian",
  "Appeal against deactivation - used sold as new",
  """Dear Team,

We write regarding deactivation of our account for selling used products as new (customer complaints on 3 mobile phone covers and 2 power banks).

Issue - Cause - Fix
- Power banks arrived scratched - our vendor sent refurbished lot mixed with new - we returned whole lot of 150 pcs to vendor and got fresh sealed stock, invoice attached.
- Phone covers with open seal - returned items were restocked without check - we have started separate return bin and 2-step check by supervisor.
- Buyers not informed - no process - all 5 buyers refunded and contacted on 21 Aug.

For future: we will buy only from brand distributor with GST invoice (GSTIN 08AAKCS4471M1ZQ), every returned product will be listed only as Used or sent back to vendor, and monthly audit of 10% stock by our operations head Mr. Sharma.

Request you to kindly reinstate the account.
Regards,
Sunil Traders""",
  violation="used-sold-as-new", rc="Issue - Cause - Fix", co="Issue - Cause - Fix", pr="For future:",
  style="mixed", policy=["selling used products as new"],
  decoys=[("gst-number", "08AAKCS4471M1ZQ")],
  notes="table-like Issue - Cause - Fix list carrying cause and fix, then a For future line")

M("appeal-identity-other-016", AA, "UK", "other-non-native",
  "Verification failed - appeal under Section 3 of BSA",
  """Dear Sir or Madam,

Our account Nordvik Trading OU (Estonia) was deactivated because we could not be verified under Section 3 of the Business Solutions Agreement. We wish to appeal and explain.

a) What caused the failure
The utility bill we uploaded was in the name of our accountant's office, because our company uses their address as legal address. The name on the bill did not match our company name, and the bank statement was older than 180 days.

b) What we corrected
We have moved our registered address to our own warehouse (Parnu mnt 139, Tallinn), the Business Register extract is updated. We uploaded a new bank statement from LHV bank dated 03.07.2026 and the electricity contract in the company name. Our VAT number EE102938475 is the same as before.

c) How we make sure it does not repeat
The director keeps all documents in the same name and address as the Seller Central information. Before uploading anything we will check the date and the name. Any change of address is first updated in Seller Central.

Kind regards,
Andres Tamm, Management Board member""",
  violation="identity-verification", rc="a) What caused the failure", co="b) What we corrected",
  pr="c) How we make sure it does not repeat", style="lettered",
  policy=["Section 3 of the Business Solutions Agreement"],
  decoys=[("tax-id", "EE102938475")], notes="BSA section named, Estonian seller")

M("appeal-copyright-native-017", LR, "US", "native",
  "Listing removed - copyright complaint on product images",
  """Hello,

Our listing ASIN B0C9PLM2QD was removed after a copyright complaint (complaint ID 9927310445) about the product images.

Where we went wrong
The photographer we hired for our garden planter line delivered 7 images, and we later found that 2 of them were edited versions of a competitor's lifestyle photos. We never checked the source of the images.

Our fix
We replaced every image on the listing with new photos that we shot ourselves on June 2, and we removed the same two images from our website and social media. We contacted the complainant, explained, and they confirmed by email that they have no objection now.

Never again
From now on every image must come with the raw camera files, and our contract with freelancers says they own all rights to what they deliver. We run a reverse image search on every photo before it is uploaded.

Thanks for your help with this.
Olivia Grant, Greenbough Co.""",
  violation="ip-copyright", rc="Where we went wrong", co="Our fix", pr="Never again",
  style="plain", policy=["copyright complaint"],
  decoys=[("asin", "B0C9PLM2QD"), ("complaint-id", "9927310445")],
  notes="plain headings Where we went wrong / Our fix / Never again")

M("appeal-patent-chinese-018", LR, "US", "chinese",
  "Patent infringement listing removed B0B8YV2KQ1",
  """Dear Amazon,

Our listing B0B8YV2KQ1 (foldable phone stand) was removed for patent infringement, the complaint said it infringes US Patent No. 11,234,567. Below is our plan of action for reinstatement.

Root cause: our factory designed the hinge similar to the patent product, we did not do a patent search before selling in US market. This is our fault.

Corrective action: we have stopped selling this item and all 1,050 pcs inventory in FBA are removed (removal order 8QX2N7VWPL). We hired a patent attorney in Shenzhen who made a freedom-to-operate analysis, and we redesigned the hinge to a different structure. The new design is attached with the attorney opinion.

Preventive action: before any new product we will do patent search on USPTO and Google Patents and our attorney will review. We keep a record for each ASIN.

Please review the new design and reinstate the listing. Thank you very much.
Best regards
Dongguan Yuxin Technology""",
  violation="ip-patent", rc="Root cause:", co="Corrective action:", pr="Preventive action:",
  style="inline", policy=["patent infringement"],
  decoys=[("asin", "B0B8YV2KQ1"), ("patent-number", "11,234,567"), ("removal-order-id", "8QX2N7VWPL")],
  notes="inline headings")

M("appeal-listing-turkish-019", LR, "US", "turkish",
  "Listing policy violation - variation abuse",
  """Hello,

Our parent ASIN B0CR5W9TXL was suppressed for variation policy violation. We learned the issue and here is our plan.

Root cause:
We added towels, bath robes and slippers as variations under one parent to show all colours together. This is not the same product, the variation theme was wrong and it combines reviews of different products, this is against the Variation Policy.

Corrective actions done:
- We broke the parent and created 3 separate parent listings, each with only size and colour.
- Slippers are now a separate listing with their own reviews.
- We checked all other 22 parents, all are correct now.

Preventive measures:
- Our team read the variation guidelines in Seller Central help and we made a checklist.
- Before adding any child ASIN the manager checks the theme.

Thank you, we hope to reactivate the listing.
Saygılarımızla,
Mert Yıldız - Anatolia Tekstil""",
  violation="listing-policy", rc="Root cause:", co="Corrective actions done:", pr="Preventive measures:",
  style="colon", policy=["variation policy", "Variation Policy"],
  decoys=[("asin", "B0CR5W9TXL"), ("foreign-snippet", "Saygılarımızla")],
  notes="colon headings, Turkish sign-off")

M("appeal-conduct-native-020", AA, "US", "native",
  "Seller Code of Conduct - appeal",
  """Dear Seller Performance,

Our account was deactivated for violating the Seller Code of Conduct after we sent buyers emails asking them to contact us directly through our website for future orders.

Our POA - why this happened: we had just moved our support to a new helpdesk tool, and its default post-purchase template included a "shop with us directly and save 10%" line with our web link. We did not read the template closely before switching it on.

Our POA - what we changed: the template was switched off within an hour of the warning, and we deleted the link and the discount text. All messages sent through Buyer-Seller Messaging were reviewed, and 311 of them contained the line; we sent no further messages to those buyers.

Our POA - how we prevent repeats: every buyer template is now approved by me before it goes live, and we compared each one against the permitted message types in the Communication Guidelines. Any new tool is tested on a single order first.

Regards,
Chris Delgado, Cascade Kitchenware""",
  violation="seller-code-of-conduct", rc="Our POA - why this happened", co="Our POA - what we changed",
  pr="Our POA - how we prevent repeats", style="our-poa",
  policy=["Seller Code of Conduct", "Communication Guidelines"], notes="our-poa inline-ish headings with dashes")

M("appeal-inauth-vn-021", AA, "US", "other-non-native",
  "Appeal for account - inauthentic complaints (Policy clause ID 4.2)",
  """Dear Seller Performance,

I am owner of Saigon Green Goods. Our account is deactivated for inauthentic complaints against ASIN B0DD3F9K2M (organic coconut oil). The notification quoted the policy section "Anti-Counterfeiting Policy, clause ID ACP-02".

The buyers said the jar lid color is different from photos. I checked and found the reason is: the manufacturer changed the lid supplier in March and did not tell us, so the product looked different than our listing images, and buyers thought it is fake.

Already we have: updated all images with the new lid, received a letter from the manufacturer confirming the change (attached with invoices), and contacted every buyer who complained to explain and refund.

In the future we ask the manufacturer to inform us 30 days before any packaging change, and we check a sample of every new batch with our photos. We will update listing before new stock is sent to FBA.

Thank you very much for your consideration.
Nguyen Thi Lan""",
  violation="inauthentic", rc="I checked and found the reason is", co="Already we have:",
  pr="In the future we ask", style="none", policy=["ACP-02", "Anti-Counterfeiting Policy"],
  decoys=[("asin", "B0DD3F9K2M")], notes="policy by clause ID, no headings, Vietnamese seller")

M("appeal-odr-zh-022", AA, "US", "chinese",
  "订单缺陷率申诉 - 行动计划",
  """尊敬的亚马逊卖家绩效团队：

我们的店铺“森涛家居”因订单缺陷率（ODR）达到1.8%而被停用。我们认真分析了原因，现提交行动计划如下。

一、问题原因
三月份我们更换了物流服务商，新的物流商在美国西部的配送时间比承诺的时间晚了5到8天，导致大量买家留下差评并提交A-to-Z索赔。我们没有及时监控这些反馈。

二、已经采取的措施
1. 我们已经停止使用该物流商，所有订单改为亚马逊物流（FBA）配送。
2. 我们联系了所有受影响的买家，提供了全额退款或重新发货，目前已解决31个索赔中的27个。
3. 我们为客服团队增加了两名员工，保证24小时内回复买家消息。

三、预防措施
1. 每天检查账户状况页面和买家反馈。
2. 新的物流商必须先试运行两周，准时率达到98%以上才能使用。
3. 每月召开一次绩效会议，由运营经理负责。

感谢您的审核，希望能恢复我们的销售权限。

森涛家居运营团队""",
  violation="odr", lang="zh", rc="一、问题原因", co="二、已经采取的措施", pr="三、预防措施",
  style="numbered", policy=["订单缺陷率", "ODR"], notes="full Chinese POA on US (non-english)")

M("appeal-counterfeit-emo-023", AA, "US", "native",
  "PLEASE reinstate - counterfeit claim is wrong",
  """To whoever reads this,

I have sold genuine Lumora skincare on Amazon for six years and my account was shut down over a counterfeit claim from one buyer. I am begging you to look at this properly. This business is my family's only income and I can't pay my suppliers if this goes on another week.

### Root cause
The buyer received a jar from a lot (lot 24C118) that the manufacturer changed the label design for. It looked different, so the buyer assumed it was fake. We did not update our images when the label changed.

### What we did
We sent Amazon the distributor invoices for every unit sold in the last 365 days. We updated the listing photos to the new label, contacted the buyer and refunded her, and got a letter from Lumora confirming the new label design.

### Prevention
We now ask the distributor for a heads-up on packaging changes and check every new lot against our photos before sending it to FBA.

I've done everything right. PLEASE, I AM ASKING YOU AS A HUMAN BEING, don't let one mistake destroy six years of work.

Jenna Morales""",
  violation="counterfeit", rc="Root cause", co="What we did", pr="Prevention", style="markdown",
  policy=["counterfeit"],
  emo=["I am begging you to look at this properly", "PLEASE, I AM ASKING YOU AS A HUMAN BEING",
       "don't let one mistake destroy six years of work"],
  decoys=[("lot-number", "24C118")], notes="complete POA but emotional (begging, shouting)")

M("appeal-tracking-secret-024", AA, "US", "latam",
  "VTR appeal + my login for checking",
  """Hello team,

Our account Casa Verde Imports was deactivated for Valid Tracking Rate 91%.

1 - Problem
We ship from Miami with a regional carrier (LaserShip) and our system sent the tracking with the carrier code wrong, so it was not valid in Amazon.

2 - Solution done
We mapped the carrier code correctly, all 63 open orders corrected, and now we use only USPS and UPS until the regional carrier is approved.

3 - Prevention
Daily check of VTR by our operations girl Marta, and every new carrier is tested first with 5 orders.

If you need to see the ERP for verification you can enter with user casaverde.ops and pass: Verde#2026miami , the tracking logs are there for every order. Thank you very much.

Jorge Salinas""",
  violation="valid-tracking", rc="1 - Problem", co="2 - Solution done", pr="3 - Prevention",
  style="numbered", policy=["Valid Tracking Rate", "VTR"],
  secrets=[("password", "Verde#2026miami")], notes="complete POA but shares an ERP password")

M("appeal-late-nopolicy-025", AA, "UK", "other-non-native",
  "Appeal for my account",
  """Dear Amazon team,

I am Giorgos from Athens, my shop Olive & Thyme sells olive oil soaps. My account was deactivated and I want to submit my plan.

**Reason**
In August my only employee was on holiday and I was alone, so many orders left the warehouse 3 or 4 days after the date. The courier ELTA was also slow in this month.

**Corrections made**
I changed the handling time to 3 days for all products. I signed a contract with ACS courier, they collect every day at 14:00. I contracted a part-time packer for the summer months.

**Prevention**
Every evening I check the orders that must ship tomorrow. In holiday periods I will put the shop on vacation or raise the handling time before, not after.

Thank you,
Georgios Papadakis""",
  violation="late-shipment", rc="Reason", co="Corrections made", pr="Prevention", style="bold",
  notes="complete POA, no metric or policy named (T007 positive)")


# ---- defective POAs
# A: root cause only
M("appeal-inauth-rconly-026", AA, "US", "chinese",
  "Root Cause Analysis for inauthentic complaint",
  """Dear Seller Performance Team,

Thank you for the notice about our account. We received 3 inauthentic complaints for ASIN B0CZ8H1RTW (silicone baking mat) and the account was deactivated. We have done careful investigation and found four reasons.

Root Cause Analysis
1. The brand owner changed their logo in February 2026 but our supplier still sent us old stock with the old logo, so buyers thought the product is not authentic.
2. Our supplier Ningbo Haotian is an authorized distributor but the authorization letter expired on 2025-12-31 and we did not ask for new one.
3. Our listing photos showed the new logo while the products had the old logo, the mismatch made customers suspicious.
4. Our customer service team did not reply to the buyer within 24 hours, so buyer filed the complaint directly.

We believe these four points are the complete reason of the complaints. We attach the invoices from Ningbo Haotian (invoice NO. HT-20260118-07) for your checking.

We respect the Amazon policy on authentic products and hope you can review our account.

Best regards,
Hangzhou Minglu Trade Co., Ltd""",
  violation="inauthentic", rc="Root Cause Analysis", style="plain",
  policy=["inauthentic complaints"],
  decoys=[("asin", "B0CZ8H1RTW"), ("invoice-number", "HT-20260118-07")],
  notes="only a Root Cause Analysis, no corrective or preventive part")

M("appeal-odr-rconly-027", AA, "UK", "native",
  "Account deactivated - ODR",
  """Hello,

You deactivated my account last Thursday because of my ODR. I've looked into it and I can tell you exactly what happened.

Back in October I switched to a cheaper packaging supplier to save about 8p a unit. Their mailer bags were thinner and a good number of the ceramic mugs I sell arrived cracked. That explains most of the negative feedback. On top of that, Royal Mail had the strikes, so another batch of orders was late and buyers left 1-star feedback and a few opened A-to-z claims. I also had two chargebacks from the same buyer who I think was trying it on.

So it's really a mix of bad packaging, late post and one dodgy buyer. None of it was deliberate and my metrics were fine for four years before this.

I'd appreciate it if you'd look at my account history and reinstate me.

Thanks,
Gareth Hughes""",
  violation="odr", rc="Back in October I switched", style="none", policy=["ODR"],
  notes="explains the cause only; nothing fixed, nothing planned")

M("appeal-review-rconly-028", AA, "IN", "indian",
  "Reg: deactivation of account for reviews",
  """Dear Sir,

Greetings of the day. This is regarding the deactivation of our seller account NutriVeda Organics for suspicious review activity.

What went wrong?
Our marketing agency (we had hired them in March) was giving free products to people in a WhatsApp group and asking them to write reviews on our ashwagandha capsules ASIN B0BN4KQ7FX. We were not aware they were doing this, we only asked them to do social media promotion. When we checked the agency report we found 46 such reviews came from this group. The agency owner told us this is common practice so we did not object at that time.

We never intended to manipulate the reviews and this was done by third party. We kindly request you to consider our explanation and reactivate the account at the earliest. We are small business and all our sales are on Amazon only.

Thanks & Regards,
Pooja Mehta
NutriVeda Organics, Pune""",
  violation="review-manipulation", rc="What went wrong?", style="plain", policy=["suspicious review activity"],
  decoys=[("asin", "B0BN4KQ7FX")], notes="heading as a question; root cause only")

# B: corrective (done) only
M("appeal-restricted-coonly-029", LR, "US", "latam",
  "Restricted product - please reactivate listing",
  """Hi Amazon,

My listing for the pest control spray (ASIN B0CT22XPLN) was deactivated as restricted product, need EPA registration.

Steps already taken
- I uploaded the EPA registration number of the manufacturer 87654-3 and the label photo.
- I changed the title, I removed the words "kills 99% virus" because this is a claim not allowed.
- I sent the SDS and the letter of the manufacturer in the compliance page.
- I removed also 2 more sprays that I was not sure, they are now inactive.

Everything is uploaded now, please check and reactivate my listing so I can sell for the season. Gracias.

Rodrigo Fuentes
Fuentes Hogar LLC""",
  violation="restricted-products", co="Steps already taken", style="plain", policy=["restricted product", "EPA registration"],
  decoys=[("asin", "B0CT22XPLN")], notes="only Steps already taken; no cause, no prevention")

M("appeal-cancel-coonly-030", AA, "CA", "native",
  "Cancellation rate deactivation",
  """Hi,

Over the past week we have fixed everything related to our cancellation rate problem:

1. We have synced inventory between Shopify and Amazon with a new connector and checked every SKU by hand.
2. We have contacted all 29 customers whose orders were cancelled and refunded them plus a $10 gift card.
3. We have closed the 40 listings for products our supplier discontinued.
4. We have set up order notifications on two phones so nothing sits overnight.

Please reactivate the account as soon as possible, we are heading into our busiest month.

Thanks,
Ryan Moore
Northern Sparrow Supply""",
  violation="cancel-rate", co="1. We have synced inventory", style="numbered", policy=["cancellation rate"],
  notes="numbered list with no headings, corrective in present perfect only")

# C: corrective future only
M("appeal-safety-cofut-031", LR, "UK", "turkish",
  "Product safety - listing deactivated B0CM8QZ3WD",
  """Hello,

Our listing B0CM8QZ3WD (baby bath seat) is deactivated for product safety, you require EN 17022 test report.

We will do the following actions:
- We will send 5 samples to SGS lab in Istanbul for the EN 17022 test next week.
- We will upload the test report and the UKCA declaration when we receive it.
- We will add the warning text "Never leave child unattended" on the package and listing.
- We will remove the stock from FBA if the report is not passed.

Please keep our listing until the report is ready, we expect 3 weeks.

Best regards,
Selin Arslan
Minik Adim Bebek Urunleri""",
  violation="product-safety", co="We will do the following actions:", done=False, style="colon",
  policy=["EN 17022", "product safety"], decoys=[("asin", "B0CM8QZ3WD")],
  notes="only future-tense actions, no cause, no prevention")

M("appeal-dropship-cofut-032", AA, "US", "chinese",
  "Appeal for drop shipping violation",
  """Dear Amazon Seller Performance,

We received your notice that our account is deactivated because of dropshipping. We are very sorry about it and we will correct it.

Our action plan:
1) We will cancel the 14 open orders that were bought from other online stores and refund the buyers.
2) We will set the quantity to 0 for all products we do not have in our own stock.
3) We will contact the buyers who received wrong packing slip and give them refund.
4) We will send Amazon the list of all these orders.

We wish Amazon can give us a chance to correct, we will follow the Amazon policies strictly.

Fuxing Outlet""",
  violation="drop-shipping", co="Our action plan:", done=False, style="colon", policy=["dropshipping"],
  decoys=[("single-apology", "We are very sorry about it")],
  notes="everything in future tense, no root cause, no prevention")

M("appeal-condition-cofut-033", AA, "AU", "other-non-native",
  "Appeal - condition complaints",
  """Dear Sir/Madam,

Regarding the deactivation of my account Lee Family Electronics for condition complaints about the headphones. I will solve the problem like this. I am going to take the refurbished headphones out of the new listing and send them back to my supplier. I will also write to the 9 customers of the last month and offer them return with free label. Also the listing will be changed to say Renewed for the refurbished models and I will create separate listing for the new ones. Then the complaints will stop.

Please reactivate, I hope my account can be used again soon.

Best regards,
Lee Min-jun (Korea / Sydney)""",
  violation="condition", co="I will solve the problem like this.", done=False, style="none",
  policy=["condition complaints"], notes="one paragraph, all actions in future tense, no cause, no prevention")

# D: root cause + preventive, no corrective
M("appeal-late-nocorr-034", AA, "US", "native",
  "Late shipment rate - appeal",
  """Hello,

Our Late Shipment Rate went above 4% last month. Here is our explanation and plan.

Root cause
Our warehouse moved from Dallas to Fort Worth in the last week of May. For six days we had no internet at the new building and labels were printed late. Orders were packed but not confirmed as shipped until two or three days after the expected ship date.

Going forward
We will not move warehouses during peak months again. Any future move will be planned with two weeks of raised handling time before and after. We will also keep a backup mobile hotspot so shipping confirmation never depends on one internet line, and our operations lead will review the late shipment report every Friday.

Thank you for reconsidering.
Lone Star Party Goods""",
  violation="late-shipment", rc="Root cause", pr="Going forward", style="plain", policy=["Late Shipment Rate"],
  notes="cause and Going forward prevention, nothing done for the current problem")

M("appeal-trademark-nocorr-035", LR, "DE", "other-non-native",
  "Trademark complaint - listing removed",
  """Dear Seller Support,

our listing for phone cases was removed after a trademark complaint of the brand "Velora". The reason is that our designer used the word "Velora-style" in the product title because the design is similar. We did not know that using a brand name as a style description is also trademark infringement.

To avoid this problem in the future, we have created an internal rule: no brand names of other companies in titles, bullet points or keywords, and the product manager Jan Vries will check every new listing before it is published. We will also do a training with our team about Amazon's Intellectual Property Policy in September.

Kind regards,
Pieter de Graaf
Graaf Accessories B.V.""",
  violation="ip-trademark", rc="The reason is that our designer", pr="To avoid this problem in the future",
  style="none", policy=["trademark infringement", "Intellectual Property Policy"],
  notes="Dutch seller; cause and prevention but the listing and complaint are left untouched")

M("appeal-related-nocorr-036", AA, "US", "chinese",
  "Related account appeal",
  """Dear Seller Performance Team,

Our account was deactivated because Amazon think it is related to another account "Dreamy Bear Store".

Cause of linking:
The other account belongs to my cousin. In 2025 he stayed in my home for 2 months and used my home wifi and my computer to log in his seller account. So Amazon system found the same IP and same device. We are two different businesses with different company, bank and products.

Measures to avoid in future:
1. My computer and network will be only used for my own account.
2. I will not let any other person log in any seller account in my home or office.
3. I will set up two-step verification for every user.

Please help to review and restore our account. Thank you.
Zhang Wei, Wei Home Supplies""",
  violation="related-accounts", rc="Cause of linking:", pr="Measures to avoid in future:", style="colon",
  policy=["related to another account"], notes="cause and prevention, no corrective part")

M("appeal-price-nocorr-037", AA, "US", "indian",
  "Deactivation under Fair Pricing - request for reinstatement",
  """Dear Amazon Team,

We are writing about our account deactivation for pricing (Fair Pricing Policy).

Analysis of the issue: our price for hand sanitizer 500 ml was set as $34.99 by mistake when our employee updated the price file, one zero was added extra. Because of the storm in Florida the demand was high and 12 orders came in with this price.

Prevention plan: we will use a maximum and minimum price in the flat file upload so that wrong price can't go live. Two persons will check every price file before upload. We will also set a pricing alert from the Pricing Health page.

Kindly do the needful and reactivate our account.

Regards,
Vikram Joshi""",
  violation="price-gouging", rc="Analysis of the issue:", pr="Prevention plan:", style="inline",
  policy=["Fair Pricing Policy"], notes="no corrective part (buyers not refunded, price not said fixed)")

M("appeal-usednew-nocorr-038", AA, "UK", "other-non-native",
  "Appeal for used sold as new complaints",
  """Dear Seller Performance Team,

We received customer complaints of used items sold as new, about our coffee machines. We have investigated.

WHAT HAPPENED
Our logistics partner in Bucharest returned 11 units from a B2B customer to our stock. These machines had been tested by the customer, and they were mixed with new stock because the boxes looked sealed.

FOR THE FUTURE
All returns from B2B customers will be stored in a separate area. Our staff will check the seal and the water tank of every returned machine. Returned machines will only be sold as "Used - Very Good", with a clear description. We will audit this process every month.

Best regards,
Ioana Popescu, Caffe Bun SRL""",
  violation="used-sold-as-new", rc="WHAT HAPPENED", pr="FOR THE FUTURE", style="caps",
  policy=["used items sold as new"],
  notes="Romanian seller; caps headings; no corrective actions for the affected units or buyers")

M("appeal-listing-nocorr-039", LR, "US", "native",
  "Listing blocked - prohibited keywords in listing",
  """Hi,

Our listing for a stainless water bottle was blocked because the description said "antibacterial" and "kills germs", which are pesticide claims.

## Investigation
The text was written by a freelance copywriter who took the claims from the manufacturer's spec sheet. We didn't realize these words count as pesticide claims under Amazon's listing rules.

## Long-term changes
Going forward, every listing will be checked against a list of banned claim words before it's published, and any health or antimicrobial claim will need proof and approval from me first. We'll also share the Amazon pesticide claims help page with every freelancer we hire.

Thanks,
Aaron Fisher, Summit Hydration""",
  violation="listing-policy", rc="Investigation", pr="Long-term changes", style="markdown",
  policy=["pesticide claims"], notes="markdown; listing text not said corrected")

# E: corrective done + preventive, no root cause
M("appeal-counterfeit-norc-040", AA, "US", "turkish",
  "Counterfeit complaint appeal - Istanbul Bazaar",
  """Dear Amazon,

Regarding the counterfeit complaint on ASIN B0CQW3XJ8R (evil eye bracelet), our POA is below.

Actions we took:
- We deleted the listing.
- All 130 bracelets are removed from FBA with removal order 4JZK8MWQ2N, and destroyed.
- We refunded the 4 buyers who complained.
- We sent the invoices from our workshop in Grand Bazaar.

Actions we will take:
- We will use only our own designs and our own brand name.
- Every design will be checked for trademark before listing.
- Monthly review of Account Health.

Thank you,
Hakan Demir""",
  violation="counterfeit", co="Actions we took:", pr="Actions we will take:", style="colon",
  policy=["counterfeit complaint"], decoys=[("asin", "B0CQW3XJ8R"), ("removal-order-id", "4JZK8MWQ2N")],
  notes="Actions we took / Actions we will take, no root cause")

M("appeal-tracking-norc-041", AA, "US", "latam",
  "Valid tracking - reactivation",
  """Hello,

This is Mariana from Bella Vida Crafts. I write for the deactivation because of valid tracking rate.

What we have already done: all open orders have tracking now, we changed from the local post to USPS Ground Advantage with tracking for every order, and we bought a label printer so every label is from Amazon Buy Shipping. Also the 18 orders without tracking we contacted each buyer.

For the future we will use only Buy Shipping labels, and every week I will see the tracking report in Seller Central. My husband is learning the process too so if I am sick the orders are still correct.

Thank you for your help, Mariana Castillo""",
  violation="valid-tracking", co="What we have already done:", pr="For the future we will", style="inline",
  policy=["valid tracking rate"], notes="inline parts, no root cause")

M("appeal-copyright-norc-042", LR, "UK", "native",
  "Copyright - printed tote bags",
  """Hi,

Following the copyright complaint about our printed tote bags:

Immediate steps
We removed the artwork from the listing and swapped the main image for our own design. The remaining 52 bags with the disputed print were pulled from FBA (shipment FBA15R8TQ4LM, removal order placed 4 March) and we've contacted the artist to say sorry.

Long-term changes
We'll only use artwork we have a written licence for, keep the licences on file, and run every new design through a reverse image search.

Cheers,
Holly Marsh
Marsh & Moss Prints""",
  violation="ip-copyright", co="Immediate steps", pr="Long-term changes", style="plain",
  policy=["copyright complaint"], decoys=[("shipment-id", "FBA15R8TQ4LM")],
  notes="no explanation of why it happened")

M("appeal-review-norc-043", AA, "DE", "chinese",
  "Review manipulation appeal",
  """Dear Amazon Seller Performance Team,

We got the notice of deactivation because of review abuse for our store Kaisheng Direct on amazon.de.

**We have already**
- Removed all the insert cards which offer a gift card for review (we had 3,000 cards, all destroyed).
- Stopped the cooperation with the review service company "StarBoost".
- Submitted the list of the reviews we think are related to Amazon.

**To prevent**
- All marketing activity will follow Community Guidelines, only use Vine and Request a Review.
- Every insert card will be checked by our compliance staff before print.

Thank you for your review.
Kaisheng Direct""",
  violation="review-manipulation", co="We have already", pr="To prevent", style="bold",
  policy=["review abuse", "Community Guidelines"], notes="bold, no root cause")

# F: root cause + corrective done, no preventive
M("appeal-inauth-nopr-044", AA, "US", "indian",
  "Appeal for Inauthentic Item Complaint",
  """Dear Seller Performance,

We refer to the deactivation of our account Kavya Fashion House for an inauthentic item complaint on a Levi's jeans listing.

Reason:
We sourced 60 pcs of jeans from a stock-lot dealer in Mumbai who told us they are export surplus. He had no invoice from Levi's or the distributor.

Corrective action taken:
We have removed the listing, deleted the offer, and removed all 41 units from FBA with removal ID 9PLWX3KQTB. We have refunded the customer who raised the complaint and 6 other buyers of the same product. We have also submitted the invoices of our other branded products for review.

We request you to kindly reactivate our account.

Thanks & Regards,
Kavya Fashion House""",
  violation="inauthentic", rc="Reason:", co="Corrective action taken:", style="colon",
  policy=["inauthentic item complaint"], decoys=[("removal-order-id", "9PLWX3KQTB")],
  notes="no preventive part")

M("appeal-safety-nopr-045", LR, "US", "native",
  "Product safety complaint - space heater",
  """Hello,

The listing for our 1500W ceramic space heater was taken down after a customer safety complaint about the plug overheating.

Our investigation found that one production batch (lot 2611) used a thinner power cord than the approved design, so under full load the plug got hot. The rest of the batches use the certified cord listed in our ETL file.

We have recalled every unit from lot 2611: 310 units removed from FBA and 64 buyers contacted with a full refund and a prepaid return label. The factory replaced the cord on the remaining stock and ETL re-tested it; the new report is attached.

Please reinstate the listing.
Maxwell Home Comfort""",
  violation="product-safety", rc="Our investigation found", co="We have recalled every unit",
  style="none", policy=["safety complaint"], decoys=[("lot-number", "lot 2611")],
  notes="cause and corrective, nothing about prevention")

M("appeal-gouging-nopr-emo-046", AA, "US", "native",
  "THIS IS RIDICULOUS - pricing deactivation",
  """THIS IS RIDICULOUS. I cannot believe I have to write this AGAIN. This is my third appeal and every time I get the same copy-paste answer. Do you people even read these???

Here's what happened, one more time. My repricer had a bug after the update on January 9 and raised the price of my bottled water 24-pack to $59. I did not set that price. It sold 7 times during the ice storm.

I have already fixed the repricer rule, the price is back to $6.49, and all 7 buyers were refunded the difference the same day. You can see it in the order reports.

If this is not reinstated this week I will be contacting my lawyer and the Better Business Bureau. I'm done being polite.

Steve Kowalski""",
  violation="price-gouging", rc="Here's what happened, one more time.", co="I have already fixed the repricer rule",
  style="none", policy=[],
  emo=["THIS IS RIDICULOUS", "Do you people even read these???",
       "If this is not reinstated this week I will be contacting my lawyer and the Better Business Bureau",
       "I'm done being polite."],
  notes="angry, threat; no preventive; no policy named (price itself only)")

# G: all parts but corrective only future
M("appeal-odr-notdone-047", AA, "US", "chinese",
  "Plan of Action for ODR",
  """Dear Amazon Seller Performance,

Our store Lanxi Outdoor is deactivated for Order Defect Rate 1.6%. We analysis the problem and make the plan of action.

1. The reason of the problem
Our tent poles were broken for some buyers because the factory changed the aluminium material to cheaper one without telling us. So we got many negative feedback and A-to-z claims.

2. What we will do to solve
- We will ask the factory to replace all tent poles with 7075 aluminium.
- We will contact all buyers with broken poles to send them new poles for free.
- We will remove the old stock from FBA warehouse.

3. Measures to avoid
- Every new batch will be tested by third party QC before shipping.
- We will check the feedback every day.

Thank you and hope to get back our account.
Lanxi Outdoor""",
  violation="odr", rc="1. The reason of the problem", co="2. What we will do to solve",
  pr="3. Measures to avoid", done=False, style="numbered", policy=["Order Defect Rate"],
  notes="corrective part only future")

M("appeal-trademark-notdone-048", AA, "UK", "native",
  "Intellectual property complaints - plan of action",
  """Dear Seller Performance Team,

Please find our plan of action regarding the trademark complaints received on 2 July under the Intellectual Property Policy.

WHAT WENT WRONG
Our product titles used the phrase "for Dyson" to describe replacement filters. Our team treated this as a compatibility statement, but it was formatted as part of the brand field on two ASINs, which made them appear as Dyson products.

WHAT WE ARE GOING TO DO NOW
We will correct the brand field on both ASINs to our own brand, FilterWise. We will rewrite the titles to "Compatible with" wording in the correct position, and we will ask the rights owner to withdraw the complaints once the changes are live.

HOW WE WILL PREVENT IT
A second person will review every brand field and title before submission, and our brand usage guide will be updated and shared with the team.

Kind regards,
FilterWise Ltd""",
  violation="ip-trademark", rc="WHAT WENT WRONG", co="WHAT WE ARE GOING TO DO NOW",
  pr="HOW WE WILL PREVENT IT", done=False, style="caps",
  policy=["trademark complaints", "Intellectual Property Policy"], notes="caps headings; nothing done yet")

M("appeal-listing-notdone-emo-049", LR, "CA", "latam",
  "Please help - listing removed for wrong category",
  """Hello, please I need help, I am desperate, my only product listing is removed and I have no more income.

The listing of my maple syrup was removed because I put it in Health category and it is Grocery, and the photos show a bear logo that is not my brand, the designer used a stock image.

My plan is: I will move the listing to the Grocery category, I will change the photos with my real brand, and I will ask for the grocery approval with my invoices.

After that, I will check the category every time before I make a new listing, and I will use only photos taken by me.

Please please please reinstate it, I beg you, I have a family and winter is coming.

Valentina Gomez""",
  violation="listing-policy", rc="The listing of my maple syrup was removed because",
  co="My plan is:", pr="After that, I will check", done=False, style="none",
  emo=["please I need help, I am desperate", "Please please please reinstate it, I beg you",
       "I have a family and winter is coming"],
  notes="pleading; corrective only future; no policy named")

# H: root cause + corrective future, no preventive
M("appeal-related-notdone-050", AA, "US", "other-non-native",
  "Related accounts - appeal",
  """Dear Sir / Madam,

My name is Oleksandr Bondar. My account Kyiv Craft Studio was deactivated because it is related to another deactivated account.

The cause: my former business partner Dmytro had his own Amazon account which was deactivated for late shipment. We shared one bank card for paying Amazon fees in 2025, and this is why the accounts are linked.

Corrective actions planned: I will open a new bank card only in my company name and change the payment method. I will send you the document that our partnership was ended in January. I will also ask Dmytro to write a letter that he has no access to my account.

Thank you,
Oleksandr Bondar""",
  violation="related-accounts", rc="The cause:", co="Corrective actions planned:", done=False,
  style="inline", policy=["related to another deactivated account"],
  notes="Ukrainian seller; corrective only future, no prevention")

M("appeal-cancel-notdone-nopol-051", AA, "MX", "latam",
  "Apelación de cuenta",
  """Hola equipo de Amazon,

Mi cuenta Artesanías del Sol fue desactivada. Les escribo para explicar.

Por qué pasó:
Vendemos en Amazon y en Mercado Libre con el mismo inventario. Cuando un producto se vendía en Mercado Libre, no actualizábamos Amazon a tiempo y teníamos que cancelar los pedidos de Amazon.

Lo que vamos a hacer:
Vamos a contratar un software para sincronizar el inventario de las dos tiendas. También vamos a revisar el stock de cada producto y ponerlo correcto en Amazon, y vamos a escribir a los clientes cancelados para ofrecerles un descuento.

Gracias por su comprensión,
Fernanda López""",
  violation="cancel-rate", lang="es", rc="Por qué pasó:", co="Lo que vamos a hacer:", done=False,
  style="colon", notes="Spanish on MX (not English-required); future only; no prevention; no policy named")

M("appeal-usednew-notdone-052", AA, "US", "turkish",
  "Appeal - complaints used item sold as new",
  """Dear Amazon Team,

We are Ege Elektronik, we sell hair dryers and straighteners. Our account is deactivated for used sold as new complaints.

Why it happened:
Our packing staff used returned products again when the new stock was finished. Some boxes were opened before and buyers saw hair on the product, this is very bad and we understand.

What we will do:
We will take all the returned units out of our new stock shelves. We will send these items back to the factory for refurbish, we will sell them only with Used condition. We will contact the complaining customers and give refund.

Best regards,
Burak Şahin""",
  violation="used-sold-as-new", rc="Why it happened:", co="What we will do:", done=False, style="colon",
  policy=["used sold as new"], notes="future-only corrective, no preventive")


# ---- appeals with no POA in the text, and cover letters
M("appeal-nopoa-angry-053", AA, "US", "native",
  "Reactivate my account NOW",
  """You shut down my account with zero warning. Zero. I've been selling on here since 2017 with perfect metrics and some algorithm decides I'm a problem overnight.

I have 4,000 units sitting in your warehouses, payroll due Friday and you won't even tell me what I did. Your notification says "violation" and nothing else. WHAT VIOLATION?

I am not writing some essay for a bot. Turn my account back on or I'm pulling everything off Amazon and taking this to the press. You are destroying a small business and you don't even care.

Mark Jensen
Jensen Auto Parts""",
  violation="seller-code-of-conduct",
  emo=["WHAT VIOLATION?", "Turn my account back on or I'm pulling everything off Amazon and taking this to the press",
       "You are destroying a small business and you don't even care"],
  notes="short angry note, no POA, no policy named (violation unknown to the seller; labeled conduct)")

M("appeal-nopoa-odr-054", AA, "UK", "native",
  "Appeal - ODR deactivation",
  """Hello,

My account was deactivated for Order Defect Rate. I've been going through my orders and I honestly think most of the negative feedback should have been removed, it's about delivery, not about me. Seven of the nine negative feedbacks mention the courier.

I've attached screenshots of the feedback and the Royal Mail tracking pages showing the delays were on their side. My ODR without those would be well under 1%.

Could you please remove the courier-related feedback from the calculation and reactivate my account? I've always looked after my buyers.

Many thanks,
Sophie Turner
Turner Teas""",
  violation="odr", policy=["Order Defect Rate", "ODR"],
  notes="asks for feedback removal; screenshots attached but no plan; A016")

M("appeal-nopoa-related-055", AA, "US", "chinese",
  "Why my account deactivated? related account",
  """Hello Amazon,

My account deactivated today, the notice says it is related to another account that is not allowed to sell. But I only have one account, I never open another account. I don't know which account you mean.

Can you tell me the name of the related account? Then I can explain to you. I have my business license and my ID card ready, I can upload again if you want.

Please reply me soon, I have 300 orders pending shipment from Chinese New Year.

Thank you
Chen Jing""",
  violation="related-accounts", policy=["related to another account"],
  notes="asks which account, no POA")

M("appeal-nopoa-beg-056", AA, "US", "chinese",
  "请求恢复账户 / please restore account",
  """Dear Amazon,

Please please help us!!! Our account suddenly can not sell, all our money is frozen, we are a small family company with 6 staff. We really don't know what we did wrong. We will do everything Amazon ask, everything. Please give us one more chance, we are crying every day, if the account is closed our company will go bankrupt and my workers will lose job.

We are so so sorry, very very sorry, we apologize again and again for any mistake. Please forgive us.

Best wishes
Dongguan Hengxin Crafts""",
  violation="inauthentic",
  emo=["Please please help us!!!", "we are crying every day", "if the account is closed our company will go bankrupt",
       "We are so so sorry, very very sorry, we apologize again and again"],
  notes="despair and excessive apology; no POA, no policy")

M("appeal-nopoa-invoices-057", AA, "IN", "indian",
  "Submission of invoices - inauthentic complaint ASIN B0C4RWN8HK",
  """Dear Sir/Madam,

With reference to the inauthentic complaint on ASIN B0C4RWN8HK (Philips trimmer), we are submitting the purchase invoices from the authorised distributor M/s Electro World Pvt Ltd, invoice nos. EW/2026/0442 and EW/2026/0517, for 200 units.

The invoices contain the supplier's GST number, address and phone number +91 22 4017 8890 for verification. Kindly verify the same with the supplier and reinstate our selling privileges at the earliest.

Please revert back in case any further document is required from our end.

Thanks & Regards,
Amit Khanna
Khanna Retail, Lucknow""",
  violation="inauthentic", policy=["inauthentic complaint"],
  decoys=[("asin", "B0C4RWN8HK"), ("invoice-number", "EW/2026/0442"), ("phone", "+91 22 4017 8890")],
  notes="invoices attached, but no POA and none said attached; A016")

M("appeal-nopoa-dispute-058", AA, "US", "latam",
  "Appeal - false counterfeit complaint by competitor",
  """Hello Seller Performance,

The counterfeit complaint against our account is false. The "rights owner" who filed it is a competitor selling the same phone holders, he does not own any trademark. We checked in USPTO and the mark "GripPro" registration number 7,104,662 belongs to another company in Texas, not to him.

We bought these products from the factory that makes them for everyone and we have the invoices. We think this complaint is abuse of the Report Infringement form to remove sellers from the listing.

Please investigate this person and reinstate our account. We will not accept to remove our product because it is not counterfeit.

Carlos Mendez
CM Global Trading""",
  violation="counterfeit", policy=["counterfeit complaint"],
  decoys=[("trademark-number", "7,104,662")], notes="disputes the complaint, no POA")

M("appeal-nopoa-tr-059", AA, "AE", "turkish",
  "Hesap askıya alma itirazı",
  """Merhaba Amazon Satıcı Performans Ekibi,

Mağazamız Bosphorus Home, geçen hafta askıya alındı. Bildirimde geç gönderim oranının yüksek olduğu yazıyordu. Aslında Ramazan Bayramı tatilinde kargo firması on gün boyunca paket almadı ve biz bunu müşterilere mesajla bildirdik.

Mağazamız üç yıldır Amazon.ae üzerinde satış yapıyor ve daha önce hiçbir sorun yaşamadık. Müşteri yorumlarımız 4,8 yıldız. Lütfen hesabımızı inceleyip tekrar açmanızı rica ediyoruz. Gerekirse kargo firmasının yazısını da gönderebiliriz.

Saygılarımızla,
Ayşe Korkmaz
Bosphorus Home""",
  violation="late-shipment", lang="tr", policy=["geç gönderim oranının"],
  notes="Turkish on AE (English-required); no POA")

M("appeal-nopoa-facts-060", AA, "US", "native",
  "Account health - deactivation timeline",
  """Dear Seller Performance,

I want to lay out the full timeline for our account, Redwood Pet Supply, so you have all the facts.

March 2: we received a warning about "Product Authenticity" on a flea collar listing.
March 4: we uploaded invoices from our distributor, PetSource West (invoice 55812).
March 9: Amazon replied that the invoices could not be verified.
March 11: we called PetSource and they confirmed Amazon had not contacted them. Their phone number is (555) 201-7788.
March 15: we uploaded the invoices again with a letter from PetSource.
March 22: the account was deactivated.
March 23 to today: four cases opened (case IDs 15530917241, 15541208863, 15566310092, 15579001457), no answer beyond templates.

We've been on Amazon for nine years. Please tell us what exactly is missing so we can provide it.

Regards,
Paul Sandoval""",
  violation="inauthentic", policy=["Product Authenticity"],
  decoys=[("invoice-number", "invoice 55812"), ("phone", "(555) 201-7788"), ("case-id", "15530917241"),
          ("case-id", "15541208863")],
  notes="a page of facts and case IDs, no plan")

M("appeal-nopoa-tomorrow-061", AA, "US", "other-non-native",
  "Appeal - we will send our POA",
  """Dear Team,

Our account Adriatic Living (Croatia) was deactivated on 14 May for listing restricted products, the knife sets with blades over 5 inches shipped to California.

We are preparing our plan of action with a consultant and we will send it in the next days, I expect Monday. In the meantime, could you please keep the account open for the FBA inventory? We have 800 units in the warehouse and the storage fees continue.

Thank you for your patience.
Best regards,
Luka Horvat""",
  violation="restricted-products", policy=["restricted products"],
  notes="promises a POA later; nothing in text, nothing attached")

M("appeal-nopoa-iban-062", AA, "UK", "other-non-native",
  "Identity verification - bank account for verification",
  """Hello,

Our account was deactivated because the bank account could not be verified under the seller verification rules. Please find our bank details here so you can check them directly:

Account holder: Moreno Design S.L.
IBAN: ES60 0049 1500 0512 3456 7892
BIC: BSCHESMMXXX
Bank: Banco Santander, Valencia

The bank statement is attached again, this time in colour and with all pages. Our company registration (CIF) is B98765432.

Please reactivate our account as the Christmas season is coming.

Saludos,
Lucía Moreno""",
  violation="identity-verification", policy=["seller verification"],
  secrets=[("iban", "ES60 0049 1500 0512 3456 7892")],
  decoys=[("swift-code", "BSCHESMMXXX"), ("tax-id", "B98765432")],
  notes="pastes the full IBAN; no POA")

M("appeal-attached-native-063", AA, "US", "native",
  "Plan of Action - Late Shipment Rate - Cedar & Sage",
  """Hello Seller Performance,

Please find attached our Plan of Action for the deactivation of Cedar & Sage for Late Shipment Rate. The attached document explains the root cause, the actions we have already taken and the measures we put in place so that it will not happen again. Supporting documents (the new carrier contract and our updated shipping SOP) are attached as well.

We appreciate your review and are happy to answer any questions.

Best,
Natalie Brooks
Cedar & Sage Candle Co.""",
  violation="late-shipment", attached=True, policy=["Late Shipment Rate"],
  notes="cover letter, POA attached")

M("appeal-attached-chinese-064", AA, "UK", "chinese",
  "POA for counterfeit complaint, see attachment",
  """Dear Seller Performance Team,

Regarding the counterfeit complaint of our store Haoyun Digital, we have wrote a detail plan of action, please see the attachment "POA_Haoyun_0611.pdf". In the POA we explain the reason, what we have did and the measures to avoid. We also attach the authorization letter from the brand and the purchase invoices.

We hope you can check it and restore our account. If any other document needed please tell us.

Best regards
Haoyun Digital 深圳市好运数码有限公司""",
  violation="counterfeit", attached=True, policy=["counterfeit complaint"],
  decoys=[("file-name", "POA_Haoyun_0611.pdf"), ("foreign-snippet", "深圳市好运数码有限公司")],
  notes="cover letter, POA in a named PDF")

M("appeal-attached-agency-065", AA, "US", "native",
  "Appeal on behalf of Brightline Tools Inc. - BSA Section 3 verification",
  """Dear Seller Performance,

We represent Brightline Tools Inc. (merchant token A1ZP8XQ3KM92LT) in connection with the deactivation notice of 3 August 2026 under Section 3 of the Amazon Services Business Solutions Agreement.

Our client's Plan of Action is enclosed as Brightline_POA_Aug2026.pdf, together with the notarised articles of incorporation, a current utility bill and a bank letter on letterhead. The enclosed Plan of Action addresses the cause of the verification failure, the corrective measures already completed and the controls adopted.

Please direct any questions to the undersigned at +1 (555) 014-2270.

Respectfully,
Dana Alvarez, Esq.
Alvarez Marketplace Counsel""",
  violation="identity-verification", attached=True, policy=["Section 3 of the Amazon Services Business Solutions Agreement"],
  decoys=[("merchant-token", "A1ZP8XQ3KM92LT"), ("file-name", "Brightline_POA_Aug2026.pdf"), ("phone", "+1 (555) 014-2270")],
  notes="agency cover letter, POA enclosed")

M("appeal-attached-pdfpass-066", LR, "US", "turkish",
  "Reinstatement request for ASIN B0D4KQ2WXZ - documents attached",
  """Dear Amazon Team,

For the listing B0D4KQ2WXZ (copper coffee pot) removed for the food contact material safety complaint, we attached our plan of action and the lab test report (LFGB and FDA) in one PDF file.

The PDF is protected because it contains our supplier prices, the password to open it is Cezve!8841 . Please do not share with other parties.

We are waiting your positive answer.
Best regards,
Cem Öztürk
Anadolu Bakır""",
  violation="product-safety", attached=True, policy=["food contact material safety"],
  secrets=[("password", "Cezve!8841")], decoys=[("asin", "B0D4KQ2WXZ")],
  notes="cover letter with the PDF password pasted")


# ---- FBA reimbursement
M("fba-lostin-native-067", FBA, "US", "native",
  "Inbound shipment FBA15J7QKX2M - 48 units not received",
  """Hello,

Our shipment FBA15J7QKX2M was delivered to PHX7 on April 3 (UPS, 6 cartons, tracking 1Z9W47F80392718845 through 1Z9W47F80392718890). The shipment closed on April 29 with 48 units of SKU CS-LAV-12 (FNSKU X003KQ8M2N) not received.

All six cartons show delivered with the same signature, and the box content information we sent matched the packing list. I've attached the carrier proof of delivery, the commercial invoice showing our cost of $7.85 per unit, and the packing list.

Please investigate the missing units and reimburse if they can't be found.

Thanks,
Laura Kim
Calm Scents Co.""",
  topic="lost-inbound",
  decoys=[("shipment-id", "FBA15J7QKX2M"), ("tracking-number", "1Z9W47F80392718845"), ("fnsku", "X003KQ8M2N")],
  notes="calm lost-inbound claim with many IDs")

M("fba-lostin-chinese-068", FBA, "US", "chinese",
  "Shipment FBA17PQ4WZ8N received quantity wrong",
  """Dear Seller Support,

Our shipment FBA17PQ4WZ8N to ONT8 was sent by sea freight with our forwarder, BOL number 204718365, 40 cartons total, each carton 24 pcs, total 960 pcs. But the receiving shows only 888 pcs, 72 pcs missing (3 cartons).

We have the POD signed by the warehouse with 40 cartons, no damage note. Please check the receiving again, maybe the 3 cartons are received under other shipment. We attach POD, packing list and invoice.

If can not find, please reimburse us. Thank you very much.

Best regards
Ningbo Sunrise Houseware""",
  topic="lost-inbound",
  decoys=[("shipment-id", "FBA17PQ4WZ8N"), ("bol-number", "204718365")],
  notes="9-digit BOL that fails ABA")

M("fba-damaged-indian-069", FBA, "IN", "indian",
  "Damaged units at fulfillment centre BLR7 - reimbursement request",
  """Dear Team,

Kindly note that 15 units of our glass water bottles (FNSKU X0021PQ7ZL) were marked as damaged at the fulfillment centre BLR7 as per the Inventory Adjustments report dated 12-09-2026. The reason code shows "E - damaged at Amazon facility".

As per the FBA policy the damaged units should be reimbursed, but we have not received any reimbursement or the units in our inventory till now, it is more than 30 days. The shipment ID was FBA16ZT8KQ3L.

Request you to kindly check and process the reimbursement at the earliest. Please revert back for any details required.

Regards,
Deepak Iyer
Iyer Glassware""",
  topic="warehouse-damaged",
  decoys=[("fnsku", "X0021PQ7ZL"), ("shipment-id", "FBA16ZT8KQ3L")], notes="Indian English")

M("fba-whlost-latam-070", FBA, "US", "latam",
  "Lost inventory in warehouse - not reimbursed",
  """Hello,

In the inventory ledger I see 22 units of my SKU MOC-CAFE-01 lost in the warehouse since June (adjustment "M - misplaced"), but after 45 days they are not found and I did not receive the reimbursement. Only 4 units were reimbursed, reimbursement ID 7731820451.

Unfortunately this is the second time with the same product. Can you please check the remaining 18 units and pay them? The cost per unit is $12.40, I attach the invoice from the coffee farm in Chiapas.

Gracias,
Daniela Herrera""",
  topic="warehouse-lost",
  decoys=[("reimbursement-id", "7731820451"), ("mild-word", "Unfortunately")],
  notes="calm, one mild word")

M("fba-whdamaged-turkish-071", FBA, "UK", "turkish",
  "Reimbursement for damaged units in warehouse",
  """Hello Seller Support,

7 units of our ceramic plates set were damaged in the Amazon warehouse LTN4 during the storage, and the reimbursement amount is very low, only £3.20 per unit. Our sale price is £34.99 and the manufacturing cost is £11.50, the invoice is attached.

Please correct the reimbursement amount according to our real cost. Case ID of the first contact: 17734509822.

Thank you,
Zeynep Aydın
Iznik Seramik""",
  topic="warehouse-damaged", decoys=[("case-id", "17734509822")], notes="amount dispute")

M("fba-removal-native-072", FBA, "US", "native",
  "Removal order never arrived",
  """Hi,

Removal order R8KXQ2T7WN (36 units of our yoga mats) shows as completed on May 20 with tracking TBA314159870000, but the package was never delivered to us. The tracking stopped at "in transit" on May 22 and there has been no update since.

Our address on the removal order is correct (4410 Industrial Way, Boise, ID 83709). Could you investigate and reimburse the units if the shipment is lost?

Thank you,
Megan Price
Flowstate Yoga Gear""",
  topic="removal",
  decoys=[("removal-order-id", "R8KXQ2T7WN"), ("tracking-number", "TBA314159870000"), ("postcode", "83709")],
  notes="removal order lost in transit")

M("fba-return-chinese-073", FBA, "US", "chinese",
  "Customer return not received - refund issued",
  """Hello,

For order 112-2674287-9917005 the customer was refunded on 2026-07-08 but the item (robot vacuum, $249.99) was never returned to the warehouse. It is now 62 days after refund.

According to FBA customer return reimbursement policy, if the item is not returned within 45 days we should get reimbursement, but we did not get it. Please check and reimburse.

Thank you!
Shenzhen Clean Robot Tech""",
  topic="customer-return", policy=["FBA customer return reimbursement policy"],
  decoys=[("order-id", "112-2674287-9917005")], notes="order ID that passes Luhn without dashes")

M("fba-lostin-es-074", FBA, "US", "latam",
  "Envío FBA15M3XQ9ZK - unidades no recibidas",
  """Hola equipo de soporte,

Les escribo por el envío FBA15M3XQ9ZK que llegó al centro de distribución MIA1 el 12 de agosto. Enviamos 10 cajas con 50 unidades cada una (500 unidades en total) de la hamaca de algodón, pero el envío se cerró con solo 430 unidades recibidas.

La empresa de transporte nos entregó la prueba de entrega firmada con las 10 cajas. Adjunto la factura, la lista de empaque y el comprobante de entrega.

Por favor revisen el inventario y, si no encuentran las 70 unidades, solicito el reembolso correspondiente.

Muchas gracias,
Javier Rojas
Hamacas Yucatán""",
  topic="lost-inbound", lang="es", decoys=[("shipment-id", "FBA15M3XQ9ZK")],
  notes="Spanish on US (non-english)")

M("fba-angry-native-075", FBA, "US", "native",
  "FIFTH case for the same missing units - enough",
  """This is the FIFTH time I'm opening a case for the same 120 units from shipment FBA15T2WQ8LN. Every time I get a different answer. One agent says the units were received, the next says they're still being researched, the last one closed the case without replying at all.

I am absolutely sick of this. You lost $3,400 of my inventory and I have to beg to get paid for it? This is theft, plain and simple. If this isn't resolved by Friday I'm filing a chargeback with my bank and reporting Amazon to the attorney general.

Proof of delivery, invoices and the packing list are attached. AGAIN.

Rick Donnelly""",
  topic="lost-inbound",
  emo=["I am absolutely sick of this.", "This is theft, plain and simple.",
       "If this isn't resolved by Friday I'm filing a chargeback with my bank and reporting Amazon to the attorney general"],
  decoys=[("shipment-id", "FBA15T2WQ8LN")], notes="angry, threats")

M("fba-bankdetails-other-076", FBA, "US", "other-non-native",
  "Reimbursement should be paid to our new bank account",
  """Dear Support,

The reimbursement for the 64 lost units (case 18820461937) was approved, thank you. But our old bank account at Chase is closed now. Please send the money to the new account:

Bank: Bank of America
Routing number: 026009593
Account number: 4471 0938 2265
Account name: Kowalczyk Imports LLC

I already tried to change it in the deposit method page but it asks again and again for the verification, so it's faster if you do it.

Best regards,
Marek Kowalczyk""",
  topic="warehouse-lost",
  secrets=[("routing-number", "026009593"), ("bank-account", "4471 0938 2265")],
  decoys=[("case-id", "18820461937")], notes="Polish seller pastes routing and account number")

M("fba-bank-zh-077", FBA, "US", "chinese",
  "关于赔偿款 reimbursement for damaged inbound",
  """Hello Amazon,

Our shipment FBA15W8RZ2KP had 26 units damaged when receiving at the warehouse (carton crushed), the Inventory Adjustments show "Damaged - carrier". We want to ask the reimbursement for these.

Also our finance colleague asks to pay the reimbursement to the company bank account, she wrote it below in Chinese:

收款单位：深圳市鑫源贸易有限公司
开户行：招商银行深圳科技园支行
银行账号：7559 1234 8801 206

Thank you for your help.
Xinyuan Trading""",
  topic="damaged-inbound", secrets=[("bank-account", "7559 1234 8801 206")],
  decoys=[("shipment-id", "FBA15W8RZ2KP")], notes="Chinese bank account pasted inside English text")

M("fba-whlost-other-078", FBA, "DE", "other-non-native",
  "Lost units - Inventory ledger LEJ1",
  """Hello,

According to the Inventory Ledger, 9 units of our espresso cups (ASIN B0BXK27LQM, FNSKU X001ZK7PQM) were lost in the warehouse LEJ1 on 03.10.2026 with reason code "M". After 30 days the units were not found and no reimbursement came. The purchase invoice with our cost of 6,80 EUR per unit is attached.

Please check it. Our phone for questions: +39 02 8473 1190.

Grazie e cordiali saluti,
Marco Bianchi
Tazzina Srl""",
  topic="warehouse-lost",
  decoys=[("asin", "B0BXK27LQM"), ("fnsku", "X001ZK7PQM"), ("phone", "+39 02 8473 1190"), ("foreign-snippet", "Grazie e cordiali saluti")],
  notes="Italian seller on DE")


# ---- technical issues
M("tech-login-otp-079", TECH, "US", "native",
  "Two-step verification code not working",
  """Hi,

I can't get into Seller Central. After I enter my email and password it asks for the two-step verification code, I enter the code from my authenticator app and it says "The code you entered is not valid". I've tried it about ten times now. The last one it showed was 604 317 and that one failed too.

My phone's time is set automatically, so I don't think it's a clock issue. I don't have the backup phone number anymore because I changed carriers.

Can you please reset the two-step verification on my account so I can set it up again? The account email is orders@ashgrovebooks.com.

Thanks,
Ellen Ashford""",
  topic="login", secrets=[("one-time-code", "604 317")],
  decoys=[("password-word", "email and password"), ("verification-code-word", "two-step verification code")],
  notes="pastes the 2SV code with a space")

M("tech-login-indian-080", TECH, "IN", "indian",
  "Unable to login - OTP not received on registered mobile",
  """Dear Seller Support,

Since yesterday I am not able to login into my seller account. The OTP is not coming on my registered mobile number ending with 4471. I have checked DND is off and other SMS are coming fine. I also tried "Didn't receive the OTP?" option many times.

I reset the password yesterday also but same issue. Kindly help to change the registered mobile number to my new number +91 99870 22316 or send OTP on email.

Thanks & Regards,
Harish Nair
Nair Spices & Co.""",
  topic="login", decoys=[("otp-word", "The OTP is not coming"), ("phone", "+91 99870 22316"), ("password-word", "I reset the password")],
  notes="OTP and password mentioned with no value")

M("tech-card-native-081", TECH, "US", "native",
  "Credit card declined for monthly subscription",
  """Hello,

My Professional selling plan charge keeps failing and Seller Central says my card was declined. The card works everywhere else. I re-entered it twice, here are the details in case something was typed wrong on your end:

Visa 4666 1760 3137 2159
exp 11/29
CVV 481

Name on card: Gregory Lyle, billing ZIP 30318. Could you check why it's being declined and try the charge again? I don't want my listings to go inactive.

Thanks,
Greg Lyle""",
  topic="payment-method",
  secrets=[("card", "4666 1760 3137 2159"), ("card-expiry", "11/29"), ("card-code", "481")],
  decoys=[("postcode", "30318")], notes="full card, expiry and CVV pasted")

M("tech-deposit-native-082", TECH, "US", "native",
  "Deposit method - bank account won't verify",
  """Hi team,

I'm trying to add a new deposit method and every time I get "We could not verify this bank account." The account is a business checking account at Wells Fargo. I've double-checked the numbers:

routing 121000358, account 8830197462

The name on the account matches the legal business name exactly (Sunny Side Candles LLC). My disbursements are on hold until this works. What else can I try?

Thanks,
Tara Quinn""",
  topic="deposit-method", secrets=[("routing-number", "121000358"), ("bank-account", "8830197462")],
  notes="routing and account number inline after a comma")

M("tech-upload-chinese-083", TECH, "US", "chinese",
  "Flat file upload error 8560",
  """Hello Seller Support,

When we upload our inventory flat file (file name Kitchen_Upload_0912.xlsm, feed ID 50123018924) we got error code 8560 for 47 rows. The message says "SKU does not match any ASIN and missing required attributes". But we filled all the required columns in the template, the UPC 840512377126 is from GS1.

We tried download new template and upload again, same error. Could you please check the processing report and tell us what is missing?

Thank you,
Guangzhou Meiyi Kitchenware""",
  topic="listing-upload",
  decoys=[("file-name", "Kitchen_Upload_0912.xlsm"), ("feed-id", "50123018924"), ("error-code", "8560"), ("upc", "840512377126")],
  notes="IDs and codes, no secrets")

M("tech-report-native-084", TECH, "UK", "native",
  "Settlement report missing for last period",
  """Hello,

The settlement report for the period 1 to 15 September isn't showing in Reports > Payments > All Statements. The deposit arrived in our bank (settlement ID 18273645501), so the settlement obviously closed, but the flat file V2 download just gives a blank file with headers only.

Our accountant needs it for VAT return this week. Could you regenerate it or send it another way?

Cheers,
Ian Doyle
Doyle Garden Supplies""",
  topic="report-error", decoys=[("settlement-id", "18273645501")], notes="calm report issue")

M("tech-page-de-085", TECH, "UK", "other-non-native",
  "Fehlerseite beim Öffnen der Lagerbestandsverwaltung",
  """Hallo Seller Support,

seit drei Tagen bekommen wir beim Öffnen von „Lagerbestand verwalten“ auf amazon.co.uk nur eine Fehlerseite mit dem Text „Wir entschuldigen uns, es ist ein Fehler aufgetreten“. Das passiert in Chrome und Firefox, auch nach dem Löschen des Caches und mit einem anderen Benutzer.

Auf amazon.de funktioniert die gleiche Seite ohne Probleme. Wir können deshalb unsere Preise und Mengen für den britischen Marktplatz nicht ändern, und einige Artikel sind schon ausverkauft.

Können Sie bitte prüfen, ob das Problem bei unserem Konto liegt? Screenshots sind angehängt.

Mit freundlichen Grüßen
Thomas Berger
Berger Werkzeuge GmbH""",
  topic="page-error", lang="de", notes="German on UK (non-english)")

M("tech-login-ja-086", TECH, "US", "other-non-native",
  "セラーセントラルにログインできません",
  """Amazonセラーサポートご担当者様

いつもお世話になっております。株式会社サクラ雑貨の山本と申します。

昨日からアメリカのセラーセントラルにログインできなくなりました。メールアドレスとパスワードを入力すると「パスワードが正しくありません」と表示されます。パスワードは変更していません。念のため確認していただきたいのですが、使っているパスワードは sakura_Zakka2026 です。

パスワードのリセットも試しましたが、確認メールが届きません。迷惑メールフォルダも確認しました。

お手数ですが、アカウントの状態をご確認いただけますでしょうか。

よろしくお願いいたします。
山本 健太""",
  topic="login", lang="ja", secrets=[("password", "sakura_Zakka2026")],
  notes="Japanese on US (non-english) with a password")

M("tech-card-zh-087", TECH, "US", "chinese",
  "信用卡扣款失败 payment method",
  """您好，

我们的月租费一直扣款失败，系统提示信用卡无效。我们已经重新添加了两次，还是不行。以下是我们的信用卡信息，请帮忙检查：

卡号：6281 7414 3337 7617 409
有效期：2029年6月
安全码：552

持卡人：刘芳，账单地址和公司注册地址一致。请问是不是银联卡不支持？如果不支持，我们可以换一张Visa卡。

谢谢！
刘芳
杭州芳华服饰有限公司""",
  topic="payment-method", lang="zh",
  secrets=[("card", "6281 7414 3337 7617 409"), ("card-expiry", "2029年6月"), ("card-code", "552")],
  notes="Chinese on US with a 19-digit UnionPay card, expiry and code")

M("tech-api-native-088", TECH, "US", "native",
  "SP-API getOrders returning 403 Unauthorized",
  """Hello,

Our private SP-API application (App ID amzn1.sp.solution.4f2a91c7-1b3d-4e8a-9c55-7a0e2d6b3f10) started returning 403 Unauthorized on the getOrders operation this morning. Listings and reports calls still work. We did not change the role permissions, and the refresh token was regenerated last week.

The request ID from the last failure was 8b6c1d2e-0f4a-4c3b-a7e9-5d2f1e0c9a88. Could you check whether the Direct-to-Consumer Shipping role was removed from our developer profile?

Thanks,
Priya Raman, Lead Developer
Tidewater Commerce""",
  topic="api", decoys=[("app-id", "amzn1.sp.solution.4f2a91c7-1b3d-4e8a-9c55-7a0e2d6b3f10")],
  notes="mentions refresh token with no value")

M("tech-tax-indian-089", TECH, "US", "indian",
  "Tax interview rejected - W-8BEN-E",
  """Dear Team,

Our tax interview for US marketplace is showing "invalid" status after we submitted W-8BEN-E. We are a private limited company in India. Our details:

Company name: Aarav Exports Private Limited
Foreign TIN (PAN): AAKCA7712F
EIN: 98-7654321

We selected the treaty benefits under India-US treaty, Article 7. Kindly advise what is wrong in our submission as the payments are on hold. Please revert at the earliest.

Regards,
Neha Kapoor, Accounts""",
  topic="tax-interview", decoys=[("tax-id", "AAKCA7712F"), ("tax-id", "98-7654321")],
  notes="EIN and PAN are not secrets")

M("tech-shout-native-090", TECH, "US", "native",
  "LISTINGS SUPPRESSED FOR NO REASON - FIX THIS",
  """ALL 214 OF MY LISTINGS ARE SUPPRESSED SINCE THIS MORNING. The Fix Your Products page says "missing information" but there is NOTHING missing, I checked twenty of them by hand.

I have lost a full day of sales in the middle of Prime Big Deal Days and nobody in seller support can tell me anything. I have called three times. FIX THIS NOW. I'm not paying $39.99 a month for a platform that breaks every other week.

Joe Randall
Randall Sporting Goods""",
  topic="listing-upload",
  emo=["ALL 214 OF MY LISTINGS ARE SUPPRESSED SINCE THIS MORNING.", "FIX THIS NOW.",
       "I'm not paying $39.99 a month for a platform that breaks every other week."],
  notes="shouting, all caps")

M("tech-page-latam-091", TECH, "CA", "latam",
  "Error when creating a coupon",
  """Hello,

When I try to create a coupon in the Advertising > Coupons page I get the message "Something went wrong, please try again later" after I click Submit. It is frustrating because I tried every day this week with different products and budgets.

The browser is Chrome on Windows 11, cache cleared. I attach screenshots. Could you check if there is a problem with my account or the page?

Thank you so much,
Pablo Navarro
Navarro Leather Goods""",
  topic="page-error", decoys=[("mild-word", "It is frustrating")], notes="calm with one mild word")

M("tech-login-phone-092", TECH, "UK", "other-non-native",
  "Cannot receive verification code - changed phone",
  """Hello,

I changed my mobile phone number and now I cannot login because the verification code is sent to the old number. My old number was +44 7700 900412, the new is +44 7700 900873.

I have access to the email and I can verify my identity with passport. I did not share my password with anyone. Please help me to update the phone for two step verification.

Thank you,
Dimitar Petrov
Balkan Rose Cosmetics Ltd""",
  topic="login",
  decoys=[("phone", "+44 7700 900412"), ("phone", "+44 7700 900873"), ("verification-code-word", "the verification code is sent"), ("password-word", "I did not share my password")],
  notes="Bulgarian seller; phone numbers and words, no secret values")

M("tech-card-amex-093", TECH, "UK", "turkish",
  "Payment method problem - card charge for advertising",
  """Hello,

Our sponsored products campaigns are paused because the payment for advertising failed. We want to add our company Amex card but the form gives error "invalid card". Please add it from your side:

Amex 3780-083740-71881 valid thru 08/28, the 4 digit code on the front is 7305

Company name: Marmara Ticaret Ltd. If this is not possible please tell us another way to pay for ads.

Thank you,
Oğuz Çelik""",
  topic="payment-method",
  secrets=[("card", "3780-083740-71881"), ("card-expiry", "08/28"), ("card-code", "7305")],
  notes="Amex 4-6-5 with dashes, front code")


# ---- brand disputes
M("brand-hijack-native-094", BRAND, "US", "native",
  "Unauthorized sellers on our brand listing - Tallgrass Outdoor",
  """Hello Brand Registry team,

Three sellers have joined our listing for the Tallgrass trekking poles (ASIN B0C7NQ2RTW) in the last week: "BestDealz4U", "Global Mart 88" and "QuickShip Store". We have never sold to them and we are the only manufacturer. The test buy we made from "Global Mart 88" (order 114-7720953-1184620) arrived as a cheap copy with our logo printed on the handle.

We've filed a Report a Violation for each seller. Our trademark is registered, USPTO Reg. No. 6,482,119. Could you please review and remove these offers? Photos of the test buy are attached.

Thank you,
Adam Richter, Tallgrass Outdoor""",
  topic="hijacker",
  decoys=[("asin", "B0C7NQ2RTW"), ("order-id", "114-7720953-1184620"), ("trademark-number", "6,482,119")],
  notes="calm hijacker report with the word counterfeit absent")

M("brand-hijack-chinese-emo-095", BRAND, "US", "chinese",
  "Hijacker destroy our listing, urgent help!!!",
  """Hello Amazon,

Our brand VOLTAIR is registered in Brand Registry, but one seller keep changing our listing title and main picture every day, and sells fake products at $5 lower price. We reported 11 times, nothing happen!!!

We are very angry and desperate. Our sales dropped 80% in two weeks, we will lose everything, all our years of hard work is destroyed by this thief!!! Why Amazon protect the criminal and not the brand owner??? Please help us, we beg you, do something today!!!

ASIN: B0D2WQ7XKM
The seller ID: A2K9QX7ZTRM4PL

VOLTAIR Official""",
  topic="hijacker",
  emo=["nothing happen!!!", "We are very angry and desperate.", "we will lose everything, all our years of hard work is destroyed by this thief!!!",
       "Why Amazon protect the criminal and not the brand owner???", "Please help us, we beg you, do something today!!!"],
  decoys=[("asin", "B0D2WQ7XKM"), ("merchant-token", "A2K9QX7ZTRM4PL")],
  notes="emotional hijacker complaint")

M("brand-contrib-indian-096", BRAND, "IN", "indian",
  "Listing contribution not accepted - brand owner",
  """Dear Team,

We are the registered brand owner of "Desi Tadka" spices (Brand Registry ID 5512087). We tried to update the product title and images of our ASIN B0BYQ4N2ZL but the contribution is not accepted, the listing still shows old data which some reseller had uploaded 2 years ago.

Kindly make us the brand representative for this ASIN and accept our listing contributions. Trademark certificate (Class 30, application no. 4829117) is attached for your reference.

Regards,
Sanjay Gupta""",
  topic="listing-contribution",
  decoys=[("asin", "B0BYQ4N2ZL"), ("trademark-number", "4829117")], notes="brand contribution")

M("brand-owner-latam-097", BRAND, "MX", "latam",
  "Brand ownership dispute - other company registered our brand",
  """Hello Brand Registry Support,

We are the legal owner of the brand "Xocolatl Mia" in Mexico (IMPI registration 2318844) since 2019. Another company registered our brand in Amazon Brand Registry using a pending application in the US, and now they control our listings and we cannot change anything.

We attach our IMPI certificate, our first sales invoices from 2019 and photos of the packaging. Please review the brand ownership and give us access.

Thank you for your help, we have been waiting for weeks and it is frustrating.
Rosa Martínez""",
  topic="brand-ownership", decoys=[("trademark-number", "2318844"), ("mild-word", "it is frustrating")],
  notes="calm, one mild word at the end")

M("brand-transparency-native-098", BRAND, "US", "native",
  "Transparency codes rejected at FC - enrolled ASIN",
  """Hi,

Our ASIN B0B9QK3MNL is enrolled in Transparency, and our latest inbound (FBA15Q7ZPK2W) had 300 units rejected because the codes "could not be verified". We checked a sample of the labels with the Transparency app and they scan fine, for example code AZ:8JK2QXW7MP4T.

We printed them from the batch we downloaded on June 2. Could you look into why the FC couldn't verify them?

Thanks,
Rachel Dunn
Northbeam Audio""",
  topic="brand-program",
  decoys=[("asin", "B0B9QK3MNL"), ("shipment-id", "FBA15Q7ZPK2W"), ("transparency-code", "AZ:8JK2QXW7MP4T")],
  notes="Transparency code looks like a code but is not a secret")

M("brand-pt-099", BRAND, "US", "latam",
  "Vendedor não autorizado na nossa marca",
  """Olá equipe da Amazon,

Somos a empresa Cacau Brasil Ltda, dona da marca "Floresta Doce", registrada no Brand Registry. Há duas semanas um vendedor chamado "Top Price USA" começou a vender na nossa página do produto (ASIN B0CW4NQ8ZT) com um preço muito mais baixo.

Nós nunca vendemos para esse vendedor. Fizemos uma compra de teste e o produto chegou com embalagem diferente e data de validade vencida. Enviamos as fotos e o número do pedido no formulário de denúncia.

Pedimos que vocês investiguem e removam esse vendedor da nossa listagem.

Atenciosamente,
Beatriz Almeida""",
  topic="hijacker", lang="pt", decoys=[("asin", "B0CW4NQ8ZT")], notes="Portuguese on US (non-english)")

M("brand-iban-other-100", BRAND, "DE", "other-non-native",
  "Brand Registry - payment for trademark fees and verification",
  """Hello,

We are enrolling our brand "Alpenkind" in Brand Registry. The verification code was sent to our trademark attorney, and he forwarded it, but the form says the code is expired. Can you send a new one to the attorney?

Also the IP Accelerator law firm asked us to pay the application fee and sent us their bank account. Is this payment really needed for Brand Registry? Their details: Kanzlei Huber, IBAN DE44 5001 0517 5407 3249 31. We want to be sure this is not a scam before we pay.

Thank you,
Stefan Gruber""",
  topic="brand-ownership", secrets=[("iban", "DE44 5001 0517 5407 3249 31")],
  decoys=[("verification-code-word", "The verification code was sent")],
  notes="Austrian seller pastes a law firm IBAN")

M("brand-hijack-turkish-101", BRAND, "AE", "turkish",
  "Seller using our brand name in his listings",
  """Dear Brand Registry Team,

Our brand "Lokum House" is registered in UAE and in Amazon Brand Registry. A seller is creating new listings with our brand name in the title and our photos, but selling lokum from another factory. The ASINs are B0DA7Q2KZN and B0DA7Q9LMP.

We used the Report a Violation tool for both, but the answer was "no violation found". Please check again, our registration certificate (number 318774) and the photos comparison are attached.

Thank you,
Ahmet Kılıç""",
  topic="hijacker",
  decoys=[("asin", "B0DA7Q2KZN"), ("trademark-number", "318774")], notes="calm, Turkish seller on AE")

# ---- category approval
M("cat-grocery-native-102", CAT, "US", "native",
  "Grocery & Gourmet ungating - invoices attached",
  """Hello,

I'm requesting approval for the Grocery & Gourmet Food category for my store, Prairie Pantry. I plan to sell shelf-stable snacks (granola, dried fruit) from two distributors, KeHE and UNFI.

Attached are three invoices from KeHE dated within the last 180 days, showing 10+ units of each product, with our business name and address matching Seller Central. I also attached our state food handler permit.

Please let me know if anything else is needed.

Thanks,
Amy Porter""",
  topic="grocery", notes="calm request")

M("cat-jewelry-indian-103", CAT, "IN", "indian",
  "Request for approval - Fine Jewellery category",
  """Dear Category Team,

We are manufacturer of silver jewellery in Jaipur since 1998 and we want to sell in Fine Jewellery category. As per requirements we have BIS hallmark registration (HM/C/6190034515) and the annual turnover is more than 50 lakhs.

Kindly find attached our GST certificate, BIS certificate and product photos on white background. We also request guidance if any further documents are required.

Thanks & Regards,
Lalit Soni
Soni Silver Arts""",
  topic="jewelry", decoys=[("certificate-number", "HM/C/6190034515")], notes="Indian English")

M("cat-supplements-chinese-104", CAT, "US", "chinese",
  "Dietary supplements approval - follow up",
  """Hello,

We applied for approval to sell dietary supplements 2 weeks ago (case 19284710336) and it was denied because of "insufficient documentation". We have uploaded the COA from the manufacturer, the GMP certificate, and the label photos with all 6 sides.

Could you tell us what document is missing exactly? The manufacturer is in New Jersey, FDA facility registration 13928475066.

Thanks a lot
Hefei Health Source""",
  topic="dietary-supplements",
  decoys=[("case-id", "19284710336")], notes="follow-up, ID numbers")

M("cat-toys-native-105", CAT, "UK", "native",
  "Toys holiday selling requirements",
  """Hi,

We'd like to sell toys during the holiday period this year. We meet the performance requirements as far as we can tell: our account has been open since 2022, ODR is 0.3% and late dispatch is 1.1%.

We haven't received an invitation or any notice and the Add a Product page says approval is required. Is there anything we need to do to apply, or should we wait for the invitation?

Thanks,
Lucy Barnes
Little Oak Toys""",
  topic="toys-holiday", policy=["ODR"], notes="metrics mentioned, not an appeal")

M("cat-auto-latam-106", CAT, "US", "latam",
  "Automotive ungating rejected",
  """Hi, I applied for the Automotive and Powersports category to sell brake pads, and it was rejected. The reason says the invoice is not from a manufacturer or distributor, but my supplier AutoPartes Monterrey is the official distributor of the brand in Mexico, I attached the distribution letter.

Please, give us chance, we already sell 3 years in Amazon with good feedback. What can I do to get approved?

Thank you,
Héctor Vargas""",
  topic="automotive", decoys=[("mild-plea", "Please, give us chance")], notes="polite mild plea")

M("cat-beauty-plead-107", CAT, "US", "other-non-native",
  "Beauty topicals approval - please I need this",
  """Hello,

This is my fourth time applying for Beauty topicals approval and I am really losing hope. I have uploaded invoices, the MoCRA registration of the manufacturer, the labels, everything. Each time "denied" with no reason.

Please, I am begging, I have invested all my savings in this stock of 2,000 face serums and it is sitting in my garage. If I cannot sell I lose everything I have. I don't know what else to do, please tell me what is wrong.

Best regards,
Maria Santos (Manila)""",
  topic="beauty-topicals",
  emo=["I am really losing hope", "Please, I am begging", "If I cannot sell I lose everything I have",
       "I don't know what else to do"],
  notes="Filipino seller, despair")

M("cat-art-other-108", CAT, "US", "other-non-native",
  "Fine art category - application",
  """Dear Amazon,

I am a painter from Prague and I would like to sell my original oil paintings in the Fine Art category. I understand that Amazon accepts only galleries and dealers for this category, but I sell through two galleries in Czech Republic (Galerie Vltava and Atelier Kampa) who can confirm.

I attach my portfolio, the letters from the galleries and my exhibition history. Please let me know if an individual artist can apply.

With regards,
Jana Dvořáková""",
  topic="fine-art", notes="Czech seller, calm")

M("cat-watches-otp-zh-109", CAT, "US", "chinese",
  "Watches category approval - verification",
  """您好，

我们申请手表类目的销售许可，系统要求我们进行电话验证，但是收到验证码后页面就报错了。验证码：739204，请帮我们确认是否已经验证成功？

我们是深圳的手表工厂，有自己的品牌 TIMORA，已经上传了工厂营业执照、品牌授权和产品图片。请告诉我们下一步需要做什么。

谢谢！
深圳时睿钟表有限公司""",
  topic="watches", lang="zh", secrets=[("one-time-code", "739204")],
  notes="Chinese on US with an OTP")


# ---- more appeals: policy not named, quoted notifications, strong words about facts
M("appeal-merged-nopol-110", AA, "US", "chinese",
  "Appeal for our account Jinhe Lighting",
  """Dear Seller Performance Team,

Thank you for reading our appeal. Our account Jinhe Lighting was deactivated on 2026-08-17. We have checked all our orders and listings carefully.

Root cause and what we changed
Our LED strip lights had a wrong input voltage on the label (12V printed, real is 24V). Some customers connected them wrong and the lights burned, they wrote bad feedback and returned. We have already corrected the label file with the factory, relabeled all 1,600 units in FBA through the FBA label service, and updated the listing title and bullet points to show 24V clearly. All buyers who returned got full refund.

Summary of changes for the future
- Every label and manual must be checked by two people with the real product before mass production.
- One sample of each batch will be tested and photographed by our QC.
- Our customer service checks return reasons every week, if any reason repeats 3 times we stop selling and investigate.

We hope you can reinstate our account.
Jinhe Lighting""",
  violation="product-safety", rc="Root cause and what we changed", co="Root cause and what we changed",
  pr="Summary of changes for the future", style="plain",
  notes="cause and corrective merged under one heading; no policy or violation named")

M("appeal-lr-nopoa-nopol-111", LR, "UK", "other-non-native",
  "Please reactivate ASIN B0CJ8LQ2WM",
  """Hello,

My listing ASIN B0CJ8LQ2WM (hand-made beeswax candles) is inactive since Monday and I do not understand why. In the Account Health there is nothing red, the listing just shows "Inactive - removed by Amazon".

The candles are the same as always, I sell them for three years with good reviews. Can you please reactivate the listing or tell me what I need to change? I can send photos or the safety data sheet if needed.

Thank you very much,
Agnieszka Wiśniewska""",
  violation="listing-policy", decoys=[("asin", "B0CJ8LQ2WM")],
  notes="listing appeal with no POA and no policy named (not an A016 case)")

M("appeal-quoted-latam-112", AA, "US", "latam",
  "Re: Your Amazon.com selling account",
  """Hello Seller Performance,

We received this message:

"URGENT: Your Amazon selling account has been deactivated. We have determined that you are selling products that violate our Pesticide and Pesticide Devices policy. Your listings have been removed."

Investigation
We found that our mosquito repellent bracelets (3 ASINs) make a claim "repels mosquitoes", and this is a pesticide claim that needs EPA registration. Our supplier in Colombia told us they are natural and do not need it, and we believed him.

Immediate steps
We deleted the three listings the same day, and created removal orders for the 540 units. We also reviewed our other 41 products and found one citronella candle with the same kind of claim, we edited it.

Long-term controls
Any product with a claim about insects, bacteria or viruses is now checked against the EPA rules before listing, and we ask the supplier for the EPA registration number. If there is no number, we do not sell it.

Thank you,
Andrés Castaño""",
  violation="restricted-products", rc="Investigation", co="Immediate steps", pr="Long-term controls",
  style="plain", policy=["Pesticide and Pesticide Devices policy", "pesticide claim"],
  notes="policy named only inside the quoted Amazon notification (and the claim type); quoted URGENT is not emotional")

M("appeal-numlist-nopol-113", AA, "IN", "indian",
  "Request to reactivate our account - Plan of action",
  """Dear Seller Performance Team,

Please find our plan for the reactivation of our account Rajdhani Home Decor.

1. The issue happened because our warehouse in Noida did not have stock of 18 cushion cover designs and the inventory in Seller Central was not updated, so orders were cancelled.
2. We have now updated the inventory of all 260 SKUs manually and removed the 18 designs which are discontinued.
3. We have integrated our inventory software Unicommerce with Seller Central so the stock is updated every 30 minutes.
4. All the buyers whose orders were cancelled have been contacted and apologised.
5. In future, the store manager will check the stock report every morning, and no new SKU will be listed without physical stock in the warehouse.
6. We will review the account health page every week.

We assure you that this will not repeat. Kindly reactivate our account.

Thanks & Regards,
Rohit Malhotra""",
  violation="cancel-rate", rc="1. The issue happened because", co="2. We have now updated",
  pr="5. In future, the store manager", style="numbered",
  notes="numbered list with no headings; cancellations described but no policy or metric named")

M("appeal-overapology-114", AA, "US", "other-non-native",
  "Deeply sorry - appeal for review policy violation",
  """Dear Amazon Seller Performance Team,

I am so deeply sorry. I apologize from the bottom of my heart, I am truly ashamed, and I am sorry again and again for my terrible mistake. Please forgive me.

Root cause: I gave free samples to my friends and family and asked them to leave reviews for my rice cooker. I did not know this violates the Community Guidelines on reviews.

What I did already: I asked all 9 friends to delete the reviews, and 8 are deleted now. I removed the listing coupon I used for them. I read the Customer Product Reviews Policy completely.

Prevention: only Amazon Vine and Request a Review button from now on. I will never ask any person I know for a review.

Once more, I am so sorry, I am so so sorry. I will never do this again, I promise with all my heart.

Kim Soo-ah""",
  violation="review-manipulation", rc="Root cause:", co="What I did already:", pr="Prevention:",
  style="inline", policy=["Community Guidelines", "Customer Product Reviews Policy"],
  emo=["I am so deeply sorry. I apologize from the bottom of my heart, I am truly ashamed, and I am sorry again and again for my terrible mistake. Please forgive me.",
       "Once more, I am so sorry, I am so so sorry.", "I promise with all my heart"],
  notes="excessive apology in a complete POA")

M("appeal-facts-first-115", AA, "US", "native",
  "LSR deactivation - Bayside Nautical Supply",
  """Dear Seller Performance,

Before the plan, some context. Bayside Nautical Supply has sold marine hardware on Amazon since 2019. Over that time we have shipped roughly 48,000 orders with an LSR under 1%. On the night of September 7 a fire in the unit next to our warehouse in Tampa forced the fire marshal to close our building for eleven days. Our inventory was not damaged, but we could not enter the building. We had 312 open orders. We tried to ship from a second location but most of our stock was inside.

Our LSR for the period reached 14.2%.

ROOT CAUSE
We had one warehouse and no plan for losing access to it, and we did not raise handling time or pause listings when the building closed.

WHAT WE DID
We have since moved our 60 fastest-selling SKUs to FBA, so those orders no longer depend on our building. All 312 delayed orders were shipped by September 21, and every buyer got a message and a 15% refund.

GOING FORWARD
We keep FBA stock for our top SKUs at all times. If our warehouse is ever unavailable, the person on duty sets vacation mode within two hours; this step is written into our emergency checklist, which two employees are trained on.

Sincerely,
Ken Alvarez, Operations Manager""",
  violation="late-shipment", rc="ROOT CAUSE", co="WHAT WE DID", pr="GOING FORWARD", style="caps",
  policy=["LSR"], notes="a page of facts before the plan; strong words about facts (fire); metric only as LSR")

M("appeal-fraudbuyer-116", AA, "UK", "native",
  "A-to-z claims and negative feedback - account deactivation",
  """Dear Seller Performance,

We are writing about the deactivation of our account under the Order Defect Rate target. Most of the defects trace back to one fraudulent buyer and a batch of counterfeit units we received from a supplier who has since been dropped.

What we found
One buyer account opened nine A-to-z claims across nine orders in two weeks, each saying the parcel was empty; the weights on our Royal Mail labels show otherwise. Separately, 26 units of a phone charger from a new supplier turned out to be fake copies and were returned as faulty.

Fixes made
We reported the buyer account through the Report Abuse form. We have withdrawn all stock from that supplier, refunded every buyer of the charger and destroyed the remaining units. Parcels over £20 now go out with a signature.

Keeping it from coming back
New suppliers must send brand authorisation and a sample before any order, and we now do a weekly check of claims and feedback, flagging any buyer with more than two claims.

Kind regards,
Fiona Clarke
Clarke Electricals Ltd""",
  violation="odr", rc="What we found", co="Fixes made", pr="Keeping it from coming back", style="plain",
  policy=["Order Defect Rate"], notes="calm letter with strong factual words (fraudulent buyer, counterfeit units, fake)")

M("appeal-safety-nopol-117", LR, "US", "turkish",
  "Listing B0CX2KQ9ZR - please reinstate",
  """Hello Amazon Team,

Our listing B0CX2KQ9ZR (children's wooden puzzle) was removed. We have prepared our explanation.

Why our listing was removed
We did not upload the test report and certificate for the product, because we thought wooden toys don't need it.

What we have done
We sent the puzzle to Intertek in Istanbul and it passed all the tests. The report and the certificate are uploaded in Manage Your Compliance since 18 November.

What we will do next time
Before listing a toy, we will read the compliance requirements for the category and test first.

Thank you, we wait your good news.
Elif Yılmaz""",
  violation="product-safety", rc="Why our listing was removed", co="What we have done",
  pr="What we will do next time", style="plain",
  notes="complete POA that never names the policy, standard or violation, only that the listing was removed")


# ---- a second round: more missing parts, more non-appeals
M("appeal-patent-norc-118", LR, "US", "chinese",
  "Patent complaint - listing B0D6ZK2PQW reinstatement request",
  """Dear Amazon Team,

About the patent infringement complaint on our listing B0D6ZK2PQW (magnetic cable organizer), complaint ID 14472093318.

Immediate steps
1. We have stopped the sales and closed the listing on 2026-09-03.
2. All 640 units in FBA have been removed to our US warehouse, removal order ID 3WQK9ZN8TL.
3. We have contacted the complainant's lawyer and signed the agreement to not sell this design, the retraction letter is attached.

Never again
- Every new design will be searched in Google Patents and USPTO before production.
- For US market, our patent agent will give written opinion for each new product.

Thank you for your review.
Xiamen Orderly Home Products""",
  violation="ip-patent", co="Immediate steps", pr="Never again", style="plain",
  policy=["patent infringement complaint"],
  decoys=[("asin", "B0D6ZK2PQW"), ("complaint-id", "14472093318"), ("removal-order-id", "3WQK9ZN8TL")],
  notes="no explanation of why the design infringed")

M("appeal-dropship-nocorr-119", AA, "US", "native",
  "Drop shipping policy - Elm Street Goods",
  """Hello,

Our account was deactivated under the drop shipping policy after several customers received orders in packaging from another retailer.

What went wrong
When our supplier ran out of stock in July, one of our team members started ordering from a big-box retailer's website and shipping straight to our Amazon customers, with the retailer's invoice in the box. He thought it was a quick fix for a temporary stock problem and didn't tell anyone.

Going forward
Only products from our own inventory will ever be sold, and any out-of-stock SKU will be set to zero quantity rather than sourced elsewhere. Every team member will read and sign the drop shipping policy, and I'll personally review a weekly sample of outgoing packages.

Thanks for your time,
Jordan Ellis
Elm Street Goods""",
  violation="drop-shipping", rc="What went wrong", pr="Going forward", style="plain",
  policy=["drop shipping policy"], notes="cause and Going forward; nothing done for the affected orders")

M("appeal-condition-notdone-120", AA, "IN", "indian",
  "Plan of action - Condition complaints on refurbished laptops",
  """Dear Seller Performance Team,

Kindly find below our plan of action regarding the condition complaints received on our refurbished laptops listed under Amazon Renewed.

**Root cause**
Our refurbishing partner in Chennai did not replace the batteries of 25 units, so customers found battery health below 80% which is not matching the Renewed standard. Our QC check list did not include battery health.

**Corrective action plan**
- We will recall the remaining 42 units from FBA and replace the batteries.
- We will contact all 25 affected customers and offer free battery replacement or refund.
- We will update the listing to show the battery health guarantee.

**Preventive action plan**
- Battery health test will be added to the QC check list, minimum 85%.
- Every unit will have QC report inside the box signed by the technician.

Kindly consider our appeal.
Regards,
Venkatesh Rao
TechRenew Solutions""",
  violation="condition", rc="Root cause", co="Corrective action plan", pr="Preventive action plan",
  done=False, style="bold", policy=["condition complaints", "Renewed standard"],
  notes="corrective part all future")

M("appeal-tracking-notdone-norc-121", AA, "UK", "other-non-native",
  "Valid Tracking Rate - action plan",
  """Hello Seller Performance,

Our account was deactivated for the Valid Tracking Rate below 95%. We are Kraków Linen Studio.

Actions to fix the problem:
- We will move all orders to DPD with tracking from next week.
- We will upload tracking for all open orders when the new labels are ready.
- We will write to the buyers of the orders without tracking and give them the DPD number.

Prevention:
- In the future every order will be shipped only with a tracked service.
- I will check the VTR in Account Health each Monday.

Thank you,
Magdalena Zielińska""",
  violation="valid-tracking", co="Actions to fix the problem:", pr="Prevention:", done=False, style="colon",
  policy=["Valid Tracking Rate", "VTR"], notes="no root cause and corrective only future")

M("fba-return-latam-122", FBA, "US", "latam",
  "Customer return - wrong item returned to FBA",
  """Hello team,

For order 113-8802761-4419385 the buyer returned a different product (an old broken hair dryer, not our ionic dryer), and the return was accepted to our sellable inventory. I found it when we made a removal order for inspection (LPN LPNRR938271645).

Can you please reimburse the unit? The buyer got full refund $89.00. I attach the photos of what we received. For any question my phone is +1 305-555-0187.

Thank you very much,
Sofía Ramírez""",
  topic="customer-return",
  decoys=[("order-id", "113-8802761-4419385"), ("lpn", "LPNRR938271645"), ("phone", "+1 305-555-0187")],
  notes="wrong item returned")

M("fba-removal-chinese-123", FBA, "UK", "chinese",
  "Removal order received less units",
  """Hello,

We created removal order 5XKQ2W8PNT for 200 units of our bluetooth speakers to our UK warehouse in Manchester. We received only 158 units, delivered by DPD in 3 boxes on 14/10/2026 (tracking 15501938274615). Unfortunately 42 units are missing.

The removal order page shows 200 units shipped. Please investigate and reimburse the missing 42 units.

Thank you,
Shenzhen Hifi Audio""",
  topic="removal",
  decoys=[("removal-order-id", "5XKQ2W8PNT"), ("tracking-number", "15501938274615"), ("mild-word", "Unfortunately")],
  notes="calm with a mild word")

M("tech-report-vn-124", TECH, "US", "other-non-native",
  "Business report shows wrong sessions",
  """Hello Seller Support,

Since 1 November our Business Reports (Detail Page Sales and Traffic by Child Item) show 0 sessions for all ASINs, but the orders are still coming, 40 to 60 per day. It is a bit frustrating because we use this report to manage our ads budget.

We checked with different date ranges and in two browsers, same result. Could you please check if the report is broken for our account?

Thank you so much,
Tran Van Minh
Mekong Bamboo Co.""",
  topic="report-error", decoys=[("mild-word", "It is a bit frustrating")], notes="calm with a mild word")

M("tech-deposit-zh-125", TECH, "US", "chinese",
  "Deposit method - cannot add US bank account",
  """您好，

我们在添加收款方式时，系统一直提示“无法验证银行账户”。我们使用的是美国花旗银行的公司账户，信息如下，请帮忙核对：

开户行：Citibank N.A.
ABA路由号码：3222-7162-7
账号：4010 2298 7731
账户名：Evergreen Trading Inc.

我们的公司名称和卖家平台上的法定名称完全一致。现在我们的付款被暂停，请尽快帮忙处理，谢谢！

张敏
Evergreen Trading Inc.""",
  topic="deposit-method", lang="zh",
  secrets=[("routing-number", "3222-7162-7"), ("bank-account", "4010 2298 7731")],
  notes="Chinese on US with a dashed routing number and an account number")

M("tech-card-ja-126", TECH, "JP", "other-non-native",
  "クレジットカードの登録ができません",
  """セラーサポート御中

いつもお世話になっております。有限会社みどり屋の佐藤です。

月額登録料の支払い用にクレジットカードを登録しようとしていますが、「カード情報が無効です」というエラーが出て登録できません。カード会社に確認したところ、カードは問題なく使えるとのことでした。

念のため入力した内容を記載します。
カード番号：４８３６－４５０７－４９５２－８８３１
有効期限：０７／２９
セキュリティコード：３１８

どこが間違っているのか教えていただけますと幸いです。

よろしくお願いいたします。
佐藤 由美""",
  topic="payment-method", lang="ja",
  secrets=[("card", "４８３６－４５０７－４９５２－８８３１"), ("card-expiry", "０７／２９"), ("card-code", "３１８")],
  notes="Japanese on JP (not English-required); card, expiry and code in full-width digits and separators")

M("brand-contrib-latam-127", BRAND, "ES", "latam",
  "Cannot edit our own brand listing",
  """Hi Brand Registry,

We are the owners of the brand "Olivar de Jaén" (EUIPO 018774521), enrolled in Brand Registry since March. A reseller created the listing for our 500 ml olive oil before us with wrong size (they wrote 750 ml) and bad photos. Our edits are rejected every time, we tried 6 times.

It is frustrating because buyers complain the bottle is smaller. Please make our contribution the one that is shown, we attach the trademark certificate and real photos.

Gracias,
Manuel Ortiz""",
  topic="listing-contribution", decoys=[("trademark-number", "018774521"), ("mild-word", "It is frustrating")],
  notes="calm with mild word; Argentine seller on ES writing English")

M("cat-grocery-turkish-128", CAT, "AE", "turkish",
  "Grocery category approval - second request",
  """Dear Category Team,

We applied for the Grocery category approval for our Turkish coffee and delight products, and it was rejected because the invoice date was older than 180 days. Sorry for the trouble, this was our mistake.

Now we attach a new invoice from Kurukahveci distributor in Dubai dated 02.11.2026, with 120 units for each product, and our trade license number 1048827. Please review our application again.

Best regards,
Serkan Aksoy
Anatolian Taste Trading LLC""",
  topic="grocery", decoys=[("single-apology", "Sorry for the trouble, this was our mistake.")],
  notes="single apology in a calm follow-up")


# ---- a third round: one-paragraph plan, more angry and no-POA appeals, a card-ending decoy
M("appeal-paragraph-nopol-129", AA, "UK", "other-non-native",
  "Request for reinstatement - Lahore Leather Works",
  """Dear Seller Performance team, our account Lahore Leather Works was deactivated last week and we have looked into every order of the last three months to understand it, and the main thing we found is that our courier in the UK, a small company we started using in June, marked parcels as delivered when they were still in their depot, so buyers opened claims and left bad feedback because they never received the jackets, and we did not see this because we trusted the courier dashboard instead of checking the Amazon order pages; we have ended the contract with this courier and moved all orders to Royal Mail Tracked 48, we have refunded or reshipped the 37 affected orders and replied to every buyer, and we will also ask Amazon to review the feedback that is about the courier only; to make sure this cannot happen again we will check a random sample of ten deliveries every week with the buyers, we will only use couriers that integrate their tracking with Amazon, and our manager Bilal will look at the customer metrics page every morning before we start packing. Thank you for reading and we hope to continue serving Amazon customers. Regards, Usman Qureshi""",
  violation="odr", rc="the main thing we found is that", co="we have ended the contract with this courier",
  pr="to make sure this cannot happen again", style="none",
  notes="whole POA in one long paragraph, corrective mixes done and will; no policy or metric named")

M("appeal-nopoa-bsa-angry-130", AA, "US", "native",
  "Termination without notice - Section 3 of the BSA",
  """To Amazon Legal and Seller Performance,

You deactivated my account and are holding $18,240 of my money. Under Section 3 of the Business Solutions Agreement you are required to give notice and a reason. I got neither, just a form email.

I have done nothing wrong and I am not going to grovel with some "plan of action" for a violation you won't even name. This is outrageous and frankly illegal. Release my funds within 7 days or my attorney will file in King County court. I have already contacted two journalists who cover Amazon sellers.

Derek Holt
Holt Hardware Supply""",
  violation="seller-code-of-conduct", policy=["Section 3 of the Business Solutions Agreement"],
  emo=["This is outrageous and frankly illegal.", "Release my funds within 7 days or my attorney will file in King County court.",
       "I have already contacted two journalists who cover Amazon sellers."],
  notes="angry, legal threats, refuses a POA; cites the BSA section")

M("appeal-nopoa-short-131", AA, "US", "chinese",
  "Account status",
  """Hello,

Today I open Seller Central and see my account is deactivated, the Account Health page show red but I can not find which item have problem. All my listings are inactive now. We have 3 years selling home textiles and no warning before.

Please can you check my account and tell me what I need to do, and which document I should send? I will prepare it quickly.

Thank you
Lin Hao""",
  violation="listing-policy",
  notes="calm, short, no POA, no policy (seller does not know the violation)")

M("appeal-review-nocorr-132", AA, "ES", "latam",
  "Appeal - reviews violation",
  """Dear Seller Performance Team,

We received the deactivation of our account for violating the Community Guidelines about reviews, for our kitchen knife set.

Why it happened
In May we joined a "review club" recommended by a consultant in Buenos Aires. We sent them free products, and their members wrote reviews. The consultant said it is legal because we did not pay money, only products. Now we understand that any incentive for a review is not allowed.

What we will do from now
We will never give products in exchange for reviews. We will only use the Amazon Vine program. Our team will take the Seller University course about reviews and a person will check all our promotions before we start them.

Thank you for considering our appeal.
Martín Suárez""",
  violation="review-manipulation", rc="Why it happened", pr="What we will do from now", style="plain",
  policy=["Community Guidelines"],
  notes="no corrective part: the club, the reviews and the consultant are not dealt with")

M("appeal-identity-cardend-133", AA, "US", "native",
  "Identity verification appeal - credit card verification",
  """Hello,

Our account was deactivated because we could not complete identity verification; the credit card verification step failed.

Cause
The card on file (Visa ending in 4417) was a personal card in my wife's name. Amazon requires the card holder to match the primary contact person, and she is not listed on the account.

Actions completed
We replaced the card with a business card in my name, ending 0832, and uploaded my passport and a bank statement showing the same name and address. The primary contact information now matches the documents exactly.

Preventive steps
Any future payment change will use a card in the primary contact's name, and I will check Account Info once a quarter so the details stay consistent.

Thank you,
Brian Ochoa
Ochoa Fitness Co.""",
  violation="identity-verification", rc="Cause", co="Actions completed", pr="Preventive steps",
  style="plain", policy=["identity verification"],
  decoys=[("card-last-four", "ending in 4417"), ("card-last-four", "ending 0832")],
  notes="last four digits of cards only, not secrets")

M("tech-desperate-indian-134", TECH, "IN", "indian",
  "Disbursement on hold - please help urgently sir",
  """Respected Sir/Madam,

Please help me sir, my all payments are on hold from 45 days. The message shows "disbursement deactivated - verify your bank account" but I have verified the bank account 3 times, IFSC code is correct (SBIN0004521) and the name is same as PAN.

I am a small seller, I have taken loan to buy the stock, and now I am not able to pay the EMI. I am in very big trouble, I am not sleeping from many days. Kindly kindly help me, I am requesting with folded hands.

Thanks,
Manoj Yadav
Yadav Footwear, Agra""",
  topic="deposit-method",
  emo=["I am in very big trouble, I am not sleeping from many days.", "Kindly kindly help me, I am requesting with folded hands."],
  decoys=[("ifsc", "SBIN0004521")], notes="pleading and despair; IFSC is not a secret")


# ---------------------------------------------------------------- write
if __name__ == "__main__":
    write_messages(OUT, PREFIX, MSGS, dump)
