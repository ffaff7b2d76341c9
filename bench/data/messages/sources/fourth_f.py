#!/usr/bin/env python3
"""Author F's messages of the fourth (blind, held-out) set: writes messages/fourth-b/f-*.toml.
Texts and labels live here; run from anywhere: python3 sources/fourth_f.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.dirname(HERE)
sys.path.insert(0, MSGDIR)
sys.path.insert(0, HERE)
import validate  # noqa: E402
from writing import write_messages  # noqa: E402

OUT = os.path.join(MSGDIR, "messages", "fourth-b")
PREFIX = "f-"
MSGS = []
APPEALS = {"account-appeal", "listing-reinstatement"}


def M(id, kind, viol, mp, writer, subject, text, lang="en", topic="", style="", rc=None, co=None,
      pr=None, done=True, att=False, pol=(), emo=(), sec=(), dec=(), notes=""):
    """One message. style != "" means the text holds a POA; rc/co/pr are the section starts of
    the parts present (None = part absent). sec: (kind, value) pairs; dec: (kind, value) pairs."""
    text = text.strip("\n")
    poa = bool(style)
    sections = {}
    if poa:
        for k, v in (("root_cause", rc), ("corrective", co), ("preventive", pr)):
            if v is not None:
                sections[k] = v
    L = {
        "poa": poa, "poa_attached": att,
        "root_cause": poa and rc is not None, "corrective": poa and co is not None,
        "corrective_done": poa and co is not None and done,
        "preventive": poa and pr is not None,
        "policy_cited": bool(pol), "policy_names": list(pol),
        "emotional": bool(emo), "emotional_phrases": list(emo),
        "secrets": [{"kind": k, "value": v} for k, v in sec],
        "decoys": [{"kind": k, "value": v} for k, v in dec],
        "heading_style": style,
        "english_required": mp in validate.ENGLISH_REQUIRED_MP,
        "notes": notes,
    }
    m = {"id": PREFIX + id, "kind": kind, "violation": viol if kind in APPEALS else "",
         "topic": "" if kind in APPEALS else topic, "marketplace": mp, "writer": writer,
         "language": lang, "subject": subject, "text": text, "labels": L}
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
    out.append("\n[labels]")
    L = m["labels"]
    for k, v in L.items():
        if k == "sections":
            continue
        if k in ("secrets", "decoys"):
            out.append(f"{k} = [" + ", ".join("{ kind = %s, value = %s }" % (s(d["kind"]), s(d["value"])) for d in v) + "]")
        elif isinstance(v, bool):
            out.append(f"{k} = {'true' if v else 'false'}")
        else:
            out.append(f"{k} = {s(v)}")
    out.append("\n[labels.sections]")
    for k, v in L["sections"].items():
        out.append(f"{k} = {s(v)}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- messages

# ---- complete POAs (hard negatives for T003), many heading styles

M("poa-inauth-zh-001", "account-appeal", "inauthentic", "US", "chinese",
  "Appeal for account deactivation - Inauthentic item complaints - Plan of Action",
  """
Dear Seller Performance Team,

We are Shenzhen Haoyue Trading Co., Ltd, selling phone accessories under our own brand. We received your notice that our account is deactivated because of Inauthentic item complaints on ASIN B0C7K2M9QX and B0C7K5TT21. We have read the policy carefully and below is our plan of action.

## Root Cause
1. The reason of the problem is we bought one batch of charging cable from a new factory in March without checking their authorization letter. The packaging was different from our brand standard, so buyer think it is not genuine.
2. Our listing title said "original", but the cable inside was from this new supplier.

## Corrective Actions
1. We have removed all the 1,260 units from FBA with removal order 8Q2LXVN3KD and destroyed them.
2. We have stopped cooperate with this factory and only buy from our two authorized manufacturers (invoices attached, dated 2026-02-14 and 2026-03-02).
3. We have contacted all 14 buyers who complained and refunded them fully.

## Preventive Measures
1. Every new supplier must give business license and authorization letter before first order.
2. Our QC staff will open 5% of each inbound carton and compare with golden sample.
3. Monthly we check Voice of the Customer and account health page every Monday.

We sincerely hope you can reinstate our account. Thank you.

Best regards,
Li Wei
深圳市浩悦贸易有限公司
""", style="markdown", rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
  pol=["Inauthentic item complaints"],
  dec=[("asin", "B0C7K2M9QX"), ("asin", "B0C7K5TT21"), ("removal-order-id", "8Q2LXVN3KD"), ("foreign-snippet", "深圳市浩悦贸易有限公司")],
  notes="markdown POA, Chinese seller, Chinese company name in sign-off")

M("poa-odr-tr-002", "account-appeal", "odr", "UK", "turkish",
  "Reactivation request - Order Defect Rate above target",
  """
Hello Amazon Seller Performance,

Our account Anatolia Home Textile was deactivated because our Order Defect Rate was 1.8% for the period 12 January to 11 March 2026. The target is under 1%. We understand this and we want to explain.

ROOT CAUSE
In February our courier in Bursa changed the pickup time and 31 orders left late. Some of these customers opened A-to-z claims and also left negative feedback about towels colour being different than the photo. Our photos were taken under strong light so the colour look lighter.

WHAT WE DID
- We have refunded all 23 A-to-z claims and answered every negative feedback with apology and solution.
- We have taken new photos in daylight for all 46 listings and updated the colour names.
- We have changed courier to a daily pickup at 16:00 and moved all UK orders to FBA.

PREVENTION
- Daily check of the Account Health dashboard by our operation manager Mehmet.
- Every buyer message will be answered in 12 hours, also at weekends.
- Before new product goes live, colour photo is compared with the real product by two persons.

We are thankful for your time.

Saygılarımızla,
Ayşe Demir
Anatolia Home Textile Ltd.
""", style="caps", rc="ROOT CAUSE", co="WHAT WE DID", pr="PREVENTION",
  pol=["Order Defect Rate"], dec=[("foreign-snippet", "Saygılarımızla")],
  notes="caps headings, Turkish seller, ODR")

M("poa-rel-in-003", "account-appeal", "related-accounts", "IN", "indian",
  "Appeal against deactivation for related account",
  """
Respected Sir/Madam,

This is regarding our seller account Sharma Kitchenware (Merchant token A2K9QZ7XW1LM3T) which has been deactivated stating it is related to another account which was previously suspended. Kindly find our plan of action below.

1. Root cause of the issue
Our accountant Mr. Rakesh was earlier working with another seller, Bright Steel Traders, and he logged in to our account from the same laptop which he used for the other company. Due to this the two accounts got linked. We were not knowing this is against the policy on operating multiple accounts.

2. Actions we took
a) Mr. Rakesh access has been removed from our User Permissions on 4 March 2026.
b) The laptop has been formatted and a new internet connection (Airtel broadband) has been taken in our office.
c) We have no ownership or business relation with Bright Steel Traders, and we have attached our GST certificate 27AAPCS4411K1Z5 and partnership deed.

3. Actions we will take
a) Only two partners will login to Seller Central and only from office computers.
b) Any new staff or accountant will sign a declaration that they do not work for other Amazon sellers.
c) Every quarter we will review the User Permissions page.

Kindly do the needful and reinstate our account.

Thanks and regards,
Vikram Sharma
+91 98201 44573
""", style="numbered", rc="1. Root cause of the issue", co="2. Actions we took", pr="3. Actions we will take",
  pol=["policy on operating multiple accounts"],
  dec=[("merchant-token", "A2K9QZ7XW1LM3T"), ("gst-number", "27AAPCS4411K1Z5"), ("phone", "+91 98201 44573")],
  notes="numbered headings 'Actions we took / Actions we will take', Indian seller")

M("poa-late-vn-004", "account-appeal", "late-shipment", "US", "other-non-native",
  "LSR 6.2% - request to reactivate selling privileges",
  """
Dear Amazon team,

My name is Nguyen Thi Lan, owner of Saigon Lacquer Craft. Our selling is stopped because LSR is 6.2% which is higher than 4%. I write here what happen and how we fix.

Where we went wrong
During Tet holiday (Lunar New Year) our workshop closed 9 days but we forget to turn on holiday mode in Seller Central. Orders keep coming and we ship them after the holiday, so 27 orders are late.

Our fix
We already set the handling time from 2 days to 5 days for all handmade items. We have contacted the late buyers and give them 20% refund. We have also hired one more packing staff from 1 March.

Never again
Going forward, holiday calendar of Vietnam is put in our shared calendar and one week before any holiday we will switch on vacation setting. Every morning my sister will check the Late Shipment Rate on Account Health and if it go over 2% she tell me same day.

Thank you for consider our appeal.
Lan
""", style="plain", rc="Where we went wrong", co="Our fix", pr="Never again",
  pol=["LSR", "Late Shipment Rate"],
  notes="plain headings in seller's own words, Vietnamese seller, metric abbreviation")

M("poa-cf-latam-005", "account-appeal", "counterfeit", "US", "latam",
  "Plan of action - counterfeit complaint ASIN B09XK3LMP4",
  """
Dear Seller Performance,

Thanks for the opportunity to send our plan. Our company Distribuidora Andina SAS sell sport bottles. Amazon informed that the rights owner reported the counterfeit units under ASIN B09XK3LMP4 and our account was deactivated for the Counterfeit policy.

**What happened (root cause)**
We bought 300 bottles from a wholesaler in Miami who said they were authorized distributor. After the complaint we ask for the chain of invoices and he could not give it. So, the counterfeit units came from that supplier. Our mistake was to trust the papers without verify with the brand.

**Actions already completed**
- All 182 remaining units were removed (removal order ID 5TR8KQ2WVA) and destroyed, we have the destruction certificate.
- We cancel the relationship with the wholesaler.
- Every buyer of this ASIN in the last 90 days received a full refund.
- Now we buy only direct from the brand's official distributor in Colombia, invoice No. FV-00918 attached.

**How we will prevent this**
- No new brand is listed until the brand or its official distributor confirm the seller in writing.
- We keep invoices of 365 days in a shared folder to show Amazon any time.
- Our manager Camila checks the Product Policy Compliance page every day.

Muchas gracias,
Andrés Restrepo
""", style="bold", rc="What happened (root cause)", co="Actions already completed", pr="How we will prevent this",
  pol=["Counterfeit policy"],
  dec=[("asin", "B09XK3LMP4"), ("removal-order-id", "5TR8KQ2WVA"), ("invoice-number", "FV-00918"), ("strong-fact-word", "the counterfeit units")],
  notes="bold headings; 'the counterfeit units' is a calm factual strong word")

M("poa-review-pk-006", "account-appeal", "review-manipulation", "UK", "other-non-native",
  "Appeal - deactivation for Customer Product Reviews policy",
  """
Dear Sir/Madam,

Assalam o Alaikum. We are Lahore Leather Works and we received a deactivation for violating the Customer Product Reviews policy. We have investigated and prepared below plan.

A) Reason
Our packing insert card said "Leave us 5 star review and get free wallet". This card was designed by a freelancer and we did not read the Amazon rules about incentivised reviews before printing 2,000 cards. This is our fault.

B) Corrections done
- The insert card has been stopped and all 1,400 remaining cards destroyed. New card only says "Thank you for your order, contact us if any problem."
- We have checked our FBA stock at warehouse and created removal for the 210 units with old card (removal order 7GK2PLX9QE), they are relabelled now.
- No free wallet was sent to anybody, we never did any review exchange.

C) Future prevention
- Every print material and email template will be checked against the Amazon reviews policy by me personally before use.
- Our team of 4 people has completed the Seller University training on reviews, and we repeat it every 6 months.

We request you to please review our appeal.

Regards,
Usman Tariq
Director, Lahore Leather Works
""", style="lettered", rc="A) Reason", co="B) Corrections done", pr="C) Future prevention",
  pol=["Customer Product Reviews policy"], dec=[("removal-order-id", "7GK2PLX9QE")],
  notes="lettered headings, Pakistani seller")

M("poa-safety-native-007", "listing-reinstatement", "product-safety", "US", "native",
  "Reinstate ASIN B0D1RM44ZT - space heater safety documentation",
  """
Hello,

We received the following notification on 3/18/2026:

"URGENT: Your listing B0D1RM44ZT has been removed because customers reported a safety issue. Amazon's Product Safety policy requires... Please submit a plan of action to reinstate."

Our response is below.

Root cause: Four customers reported the tip-over switch on our 1500W ceramic heater did not shut the unit off. We pulled returned units (LPN LPNRR8829143) and found that one production lot (lot 2601-B) had the switch spring installed backwards at the factory.

Corrective actions taken: We quarantined and removed all lot 2601-B inventory from FBA (shipment FBA15KXC93QR was the inbound). We issued a voluntary recall notice to every buyer of that lot and refunded them. The factory re-trained the line and we had Intertek re-test 20 units from the new lot; the UL 1278 report is attached.

Preventive measures: Every future lot gets a third-party tip-over test before it ships to us. We added a 100% functional test of the switch at the end of the line, and our QA lead signs off each lot. We review safety-related returns weekly.

Thanks,
Dana Kowalski
Operations, Brightside Home Goods LLC
(555) 201-8834
""", style="colon", rc="Root cause:", co="Corrective actions taken:", pr="Preventive measures:",
  pol=["Product Safety policy"],
  dec=[("asin", "B0D1RM44ZT"), ("lpn", "LPNRR8829143"), ("shipment-id", "FBA15KXC93QR"), ("phone", "(555) 201-8834"), ("lot-number", "2601-B"), ("quoted-notification", "URGENT: Your listing B0D1RM44ZT has been removed")],
  notes="quoted Amazon notification with URGENT inside a calm letter; colon headings")

M("poa-vtr-zh-008", "account-appeal", "valid-tracking", "US", "chinese",
  "Appeal: VTR below 95%",
  """
Dear Amazon,

Our store YIMU Outdoor selling privilege for seller-fulfilled is removed because our Valid Tracking Rate (VTR) was 89% last 30 days. Here is our plan.

Our POA - Root cause:
We used a small logistics company in Yiwu, their tracking number cannot be scanned by USPS until the package arrive in US. Also our ERP uploaded the tracking with wrong carrier name "Other" so Amazon system can not validate it, like 9400111899223847719352 was uploaded as "Other".

Our POA - What we have did:
1. We have stopped use this logistics company since 20 March, now we use Yanwen and 4PX which give USPS last mile tracking in 24 hours.
2. We have fixed our ERP mapping, carrier name now is chosen from Amazon list.
3. We have moved the 60 best selling SKUs to FBA.

Our POA - Measures to avoid:
1. Every day our staff check 10 random orders that tracking is valid.
2. If VTR go below 97% we stop self-ship and send all to FBA.

Sorry for the inconvenient and thank you.
YIMU Outdoor Team
""", style="our-poa", rc="Our POA - Root cause:", co="Our POA - What we have did:", pr="Our POA - Measures to avoid:",
  pol=["Valid Tracking Rate", "VTR"],
  dec=[("tracking-number", "9400111899223847719352"), ("single-apology", "Sorry for the inconvenient")],
  notes="our-poa headings, Chinese seller, USPS tracking number decoy")

M("poa-drop-in-009", "account-appeal", "drop-shipping", "US", "indian",
  "Appeal regarding drop shipping policy violation",
  """
Dear Team,

Greetings from Kaveri Home Decor. Our account is deactivated for violation of the drop shipping policy as some customers got package with another retailer's invoice inside.

Root cause: We were out of stock of brass diyas during Diwali week and our staff purchased 38 units from another online retailer and asked them to send directly to our customers. The packing slip and invoice of that retailer went to the buyer, which is not allowed as we are not the seller of record on that paperwork.

Corrective action: We have stopped this practice immediately and the staff has been given warning letter. We have written to all 38 customers with sorry and a 15% refund. Now we keep a safety stock of 200 units of every festival item in our Jaipur warehouse.

Preventive action: From now on, if stock is zero the listing quantity automatically becomes zero (we have set this in our inventory software). No order will ever be fulfilled from a third party, and this rule is written in our SOP which every staff has signed.

Please revert back with your decision. Thank you.

Warm regards,
Priya Nair
""", style="inline", rc="Root cause:", co="Corrective action:", pr="Preventive action:",
  pol=["drop shipping policy"],
  notes="inline 'Root cause:' paragraphs, Indian seller")

M("poa-cond-tr-010", "account-appeal", "condition", "DE", "turkish",
  "Appeal - condition complaints, Anadolu Elektronik",
  """
Dear Seller Performance team,

We are writing about the deactivation of our account for item condition complaints. Customers said our refurbished coffee machines arrive with scratches and missing water filter, but listing said "Renewed - like new".

After checking all 19 complaints with our technician we saw the problem happened because our refurbishment partner in Izmir had no checklist for cosmetic grade and accessories. Machines with scratches were graded same as perfect machines, and the filter was forgot in the box.

We have already recalled the remaining 64 units from the Amazon warehouse and inspected every one, 22 units were downgraded and listed under used condition with honest description and photos. All 19 customers got full refund and we paid return shipping. We also ended our contract with the partner and now we do the refurbishment in our own workshop.

To make sure this never happens again, every machine will be checked with a 20-point checklist (photos of all sides, accessories list) and signed by the technician before packing. Once a month our quality manager will read all return comments and change the checklist if needed.

Thank you for reading.
Kind regards,
Emre Yıldız
""", style="none", rc="the problem happened because", co="We have already recalled", pr="To make sure this never happens again",
  pol=["item condition complaints"],
  notes="no headings, content cues only; Turkish seller on DE writing English")

M("poa-iptm-agency-011", "account-appeal", "ip-trademark", "US", "native",
  "Plan of Action on behalf of Northwind Pet Supply LLC - Trademark infringement notices",
  """
To the Seller Performance Team,

We write as the appointed account management agency (Clearpath Marketplace Advisors) for Northwind Pet Supply LLC, Merchant Token A1XQ7N3RP0ZK2D, regarding the deactivation notice dated March 9, 2026 citing trademark infringement complaints (complaint IDs 14839201734 and 14839205561) filed by the owner of the PAWSOME mark.

Background. Northwind is a four-person business in Ohio that has sold pet grooming tools since 2019, with an ODR of 0.2% and no prior intellectual property complaints. In January it added twelve new listings created by a contractor. Two of them (ASINs B0CQ4Z8L1M and B0CQ4Z9K7T) used the word "Pawsome" in the title and bullet points as a descriptive adjective.

## 1. Root cause
The contractor wrote keyword-heavy titles and nobody at Northwind checked the terms against the USPTO register. Northwind did not know "Pawsome" was a registered word mark (Reg. No. 6,114,207).

## 2. Corrective actions (completed)
1. Both listings were edited on March 10 to remove the mark; the inventory was never branded and carries Northwind's own mark.
2. Northwind has written to the rights owner, apologised, and asked for a retraction; the correspondence is attached.
3. All 212 active listings were audited against the USPTO TESS database; no other third-party marks were found.

## 3. Preventive measures
1. Every new title and bullet will be checked against TESS and Brand Registry by the owner before publishing.
2. The contractor agreement now includes an IP warranty and a required checklist.
3. The agency will run a quarterly keyword audit and Northwind staff completed Amazon's IP training on March 14.

We appreciate your review and remain available for any further information.

Respectfully,
Jordan Hale, Senior Account Strategist
Clearpath Marketplace Advisors
""", style="mixed", rc="1. Root cause", co="2. Corrective actions (completed)", pr="3. Preventive measures",
  pol=["trademark infringement"],
  dec=[("merchant-token", "A1XQ7N3RP0ZK2D"), ("complaint-id", "14839201734"), ("complaint-id", "14839205561"), ("asin", "B0CQ4Z8L1M"), ("asin", "B0CQ4Z9K7T"), ("trademark-number", "6,114,207")],
  notes="agency letter, pages of background before plan; markdown headings with numbers (mixed)")

M("poa-price-latam-012", "account-appeal", "price-gouging", "US", "latam",
  "Fair Pricing Policy - appeal of Suministros Médicos Pacífico",
  """
Hello Seller Performance,

Our account was deactivated under the Fair Pricing Policy because the price of the N95 masks box (ASIN B08PQR7TZ2) went to $189.99 on 2 March. We never wanted to take advantage of customers. Here our analysis, written like a table so it is easy to read:

Issue - Price of 3 ASINs went 4x higher than normal during 6 hours.
Cause - Our repricer tool had the rule "match lowest price + 5%" but when all other sellers went out of stock, the tool used our maximum price field that was set by mistake to $199.99.
Fix - We have switched off the repricer on 3 March, set all max prices to no more than 20% above the 90-day average, and refunded the difference to the 7 buyers who paid the high price.
Never again - Any change in repricer rules will be approved by two people; every morning we will run the pricing report and compare with the reference price; for emergency products we will set fixed prices only.

Thank you for your time and consideration.

Atentamente,
Sofía Paredes
Suministros Médicos Pacífico
""", style="inline", rc="Cause -", co="Fix -", pr="Never again -",
  pol=["Fair Pricing Policy"], dec=[("asin", "B08PQR7TZ2")],
  notes="table-like 'Issue - Cause - Fix' list")

M("poa-cancel-zh-013", "account-appeal", "cancel-rate", "US", "chinese",
  "Pre-fulfillment Cancel Rate over 2.5% appeal",
  """
Dear Seller Performance team,

我们是广州卓越家居 (Guangzhou Zhuoyue Home). Our self-ship account was deactivate because Pre-fulfillment Cancel Rate is 7.4%.

REASON OF THE PROBLEM
Our warehouse system and Amazon inventory did not sync for 3 days (ERP API token expired on 6 Feb). So Amazon showed stock but actual was zero, we had to cancel 41 orders.

WHAT WE HAVE DONE
1) We renewed the API token and the sync is every 15 minutes now.
2) We did full stocktaking and corrected quantity for all 380 SKU.
3) All cancelled buyers received a message and coupon.

MEASURES TO AVOID IT
1) ERP will send email alarm to manager if sync fail more than 30 minutes.
2) We keep 3 units buffer, so listing show 0 when real stock is 3.
3) Weekly check of cancel rate by our account manager Ms. Chen.

Thanks for your kind help!
Zhuoyue Home
""", style="caps", rc="REASON OF THE PROBLEM", co="WHAT WE HAVE DONE", pr="MEASURES TO AVOID IT",
  pol=["Pre-fulfillment Cancel Rate"], dec=[("foreign-snippet", "我们是广州卓越家居")],
  notes="caps headings, Chinese seller, Chinese phrase in first line")

M("poa-restr-vn-014", "listing-reinstatement", "restricted-products", "US", "other-non-native",
  "Listing removed - Pesticides and pesticide devices - ASIN B0BZ7PL2QK",
  """
Dear Amazon Team,

Our listing of the citronella bracelet (ASIN B0BZ7PL2QK) was removed under the Pesticides and pesticide devices policy because the bullet points said "kills mosquitoes" and "repels insects 100%". We are Hanoi Green Living and we sell natural products.

1) Root Cause Analysis
Our old listing was copied from the supplier catalogue. The supplier wrote pesticide claims that we did not understand need EPA registration. Our team did not know that a word like "repel" make the product a pesticide device in US.

2) Steps already taken
- All claims "kill", "repel", "insect-proof" were deleted from title, bullets, A+ content and images.
- We changed the product packaging sticker for 540 units at the warehouse (removal order 3NQ7ZK1XLT, re-sent in FBA15HQ82MZN).
- We checked our other 27 listings and removed same words from 4 of them.

3) Going forward
We will keep a list of forbidden words from the restricted products help pages and our lister must check it before publish. Every 3 months I will read again the Pesticides policy page because rules are changing.

Thank you, we hope to have the listing back.
Tran Minh Duc
""", style="numbered", rc="1) Root Cause Analysis", co="2) Steps already taken", pr="3) Going forward",
  pol=["Pesticides and pesticide devices policy", "Pesticides policy"],
  dec=[("asin", "B0BZ7PL2QK"), ("removal-order-id", "3NQ7ZK1XLT"), ("shipment-id", "FBA15HQ82MZN")],
  notes="numbered: Root Cause Analysis / Steps already taken / Going forward")

M("poa-usednew-in-015", "account-appeal", "used-sold-as-new", "IN", "indian",
  "Appeal: Used sold as new complaints - Techverse Retail",
  """
Dear Seller Performance Team,

Greetings of the day. We are writing in reference to the deactivation of our seller account for complaints that used items are sold as new (Bluetooth earphones, ASIN B0C5MN8Q2R).

## Why did this happen?
Customer returns which came back to our warehouse in Noida were put back into the new stock without checking. Our warehouse boy did not know the returned units must be separate. Some boxes were opened and resealed, so next customer got used item.

## What have we done already?
- We have physically checked all 860 units and separated 47 opened units, these are now sold only as "Used - Very Good" with correct description.
- Returned items now go to a separate rack with red tag.
- All 12 customers who complained were refunded and the unit taken back.

## How will we stop it happening again?
- Two-step return inspection with a photo for every return, recorded in Excel sheet.
- Monthly training to warehouse staff on condition guidelines.
- The warehouse manager will do surprise audit of 20 boxes every Friday.

Request you to kindly consider our appeal. We are very grateful.

Regards,
Ankit Verma
""", style="markdown", rc="Why did this happen?", co="What have we done already?", pr="How will we stop it happening again?",
  pol=["used items are sold as new"], dec=[("asin", "B0C5MN8Q2R")],
  notes="markdown headings written as questions")

M("poa-listing-tr-016", "listing-reinstatement", "listing-policy", "US", "turkish",
  "ASIN B0CJ2XW7PN removed for detail page rules",
  """
Dear Amazon Catalog and Seller Performance,

Our ASIN B0CJ2XW7PN (copper Turkish coffee pot) was suppressed and then removed for violation of detail page rules. The main image had our logo and the text "Best Seller 2026" and the title had price information.

**Root cause and what we changed**
Our designer made the images for our own website and the same files were uploaded to Amazon without checking style guide. We have now replaced the main image with pure white background without logo or text, removed "Best Seller" and "only $24" from title, and checked 31 other ASINs of our brand. 3 more images have been fixed the same day.

**Long-term changes**
From now we keep two image folders, one for Amazon and one for website. Before upload our catalog person will compare with the category style guide checklist which we printed and put on the wall. We will review all listings every three months.

Kind regards,
Burak Aydın
Ottoman Copper Co.
""", style="bold", rc="Root cause and what we changed", co="Root cause and what we changed", pr="Long-term changes",
  pol=["detail page rules"], dec=[("asin", "B0CJ2XW7PN")],
  notes="merged heading 'Root cause and what we changed' covers two parts")

M("poa-copy-zh-017", "listing-reinstatement", "ip-copyright", "US", "chinese",
  "Copyright infringement complaint - request to reinstate listing",
  """
Hello,

Our listing ASIN B0D3GH7Q1L (wall sticker set) was removed for copyright infringement, complaint ID 15502938471. The rights owner said our product images used their photo.

Investigation
We checked and found our new designer downloaded a living room background picture from internet and put our sticker on it. He did not know this picture has copyright by the photographer. The stickers design itself is made by our company.

Immediate steps
We deleted all images which use that background and took new photos in our own studio on 22 March. We also sent email to the rights owner to apologise and asked them to retract the complaint, they replied yes and retraction is sent to notice-dispute@amazon.com.

Long-term changes
All images must be shot by our own photographer or bought from stock website with license, license file saved in our drive. Designer got training on copyright. Our team leader check every new image before uploading.

Thank you and best regards,
Zhang Min
宁波美居装饰
""", style="plain", rc="Investigation", co="Immediate steps", pr="Long-term changes",
  pol=["copyright infringement"],
  dec=[("asin", "B0D3GH7Q1L"), ("complaint-id", "15502938471"), ("foreign-snippet", "宁波美居装饰")],
  notes="plain headings Investigation / Immediate steps / Long-term changes")

M("poa-odr-native-018", "account-appeal", "odr", "US", "native",
  "ODR appeal",
  """
Hi team,

We're appealing the deactivation for our ODR (2.3%). Almost all of the defects came from one product, a folding wagon whose wheel bracket cracked, and customers left negative feedback and filed A-to-z claims when it broke in the first week. We traced it to a cheaper bracket our manufacturer substituted in the December run without telling us. We've already pulled the wagon from sale, refunded all 36 affected customers whether they complained or not, and shipped every buyer of the December run a free steel replacement bracket; the manufacturer has credited us for the lot. From now on any material change needs our written sign-off, we do a drop test on three units from every production run before it's shipped to FBA, and someone on our team reviews negative feedback and return reasons every morning so a pattern like this gets caught within days, not weeks.

Thanks for taking a look,
Marcus Webb
Trailhead Goods
""", style="none", rc="We traced it to", co="We've already pulled", pr="From now on",
  pol=["ODR"], notes="native, whole plan in one paragraph, no headings")

M("poa-idv-latam-019", "account-appeal", "identity-verification", "US", "latam",
  "Section 3 of the Business Solutions Agreement - verification appeal",
  """
Dear Seller Performance,

Our account was deactivated under Section 3 of the Business Solutions Agreement because the information we gave during verification did not match. We are Ferretería El Roble S.A. de C.V. from Monterrey.

Cause:
The address in the application was our old warehouse, but the utility bill we uploaded was from the new office. Also the name on the bank statement was "Ferreteria El Roble" without the "S.A. de C.V.". The person who filled the form was our intern and she used old information.

Actions done:
We updated the business address in Seller Central to match the official documents. We uploaded a new bank statement from BBVA México dated March 2026 where the legal name is complete, and the Constancia de Situación Fiscal (RFC FER150322KL9). The passport of the legal representative is valid until 2031.

Prevention:
Only the legal representative will change account information from now. We keep a document folder with the last documents and when we move office we will update Amazon first.

Gracias por su atención.
Roberto Garza
""", style="colon", rc="Cause:", co="Actions done:", pr="Prevention:",
  pol=["Section 3 of the Business Solutions Agreement"], dec=[("tax-id", "RFC FER150322KL9")],
  notes="identity verification, policy as BSA section; colon headings")

M("poa-patent-de-020", "listing-reinstatement", "ip-patent", "DE", "other-non-native",
  "Patent infringement complaint - garlic press ASIN B0B8LKQ2ZM",
  """
Dear Sir or Madam,

we received a notice that our listing B0B8LKQ2ZM was removed because of an alleged patent infringement (patent EP 3 412 887 B1). We take this serious and give here our plan of action.

a) Cause of the complaint
We bought the design of the garlic press from a trading company in Ningbo, which assured that the design is free. We did not do an own patent search before launch. After the complaint our patent attorney compared the product and confirmed that the rotating mechanism is covered by claim 1 of the patent.

b) Measures already implemented
- We stopped selling immediately and the 330 units in the FBA warehouse are removed for disposal (removal order 2KP9XQ4ZLR).
- We contacted the patent owner, Küchenwerk GmbH, and agreed not to sell this model again. The complaint was withdrawn on 19.03.2026.

c) Measures for the future
- Before any new product we do a patent search at DPMA and EPO via our attorney.
- Suppliers must sign a written warranty that the product does not infringe patents.

Mit freundlichen Grüßen
Jonas Becker
Becker Haushaltswaren e.K.
""", style="lettered", rc="a) Cause of the complaint", co="b) Measures already implemented", pr="c) Measures for the future",
  pol=["patent infringement"],
  dec=[("asin", "B0B8LKQ2ZM"), ("patent-number", "EP 3 412 887 B1"), ("removal-order-id", "2KP9XQ4ZLR"), ("foreign-snippet", "Mit freundlichen Grüßen")],
  notes="German seller writing English on DE, lettered headings")

M("poa-coc-in-021", "account-appeal", "seller-code-of-conduct", "IN", "indian",
  "Appeal - Seller Code of Conduct violation (buyer contact)",
  """
Dear Seller Performance,

We received notice that our account is deactivated for violating the Seller Code of Conduct, because our staff contacted buyers on WhatsApp asking them to change the negative feedback.

Our POA: Root cause
Our customer care executive took buyer phone numbers from the delivery labels and messaged 9 customers on WhatsApp. He did this by himself to improve his monthly target of seller feedback. Management was not aware, but we accept it is our responsibility.

Our POA: Corrective actions
The executive has been removed from our company on 11 March. All buyer data on office phones has been deleted. We have apologised to the customers via Buyer-Seller Messaging only. Feedback targets have been removed from staff KPI.

Our POA: Preventive measures
All buyer communication will be only through Buyer-Seller Messaging. Staff phones are not allowed in the packing area. Every new staff will be trained on the Code of Conduct on day one and sign it.

Kindly reinstate our account. We assure full compliance.

Thanks & Regards,
Meera Iyer
Shree Textiles, Surat
""", style="our-poa", rc="Our POA: Root cause", co="Our POA: Corrective actions", pr="Our POA: Preventive measures",
  pol=["Seller Code of Conduct", "Code of Conduct"],
  notes="our-poa headings; WhatsApp mentioned")

M("poa-inauth-agency-022", "account-appeal", "inauthentic", "US", "chinese",
  "Plan of Action for account AJ7K2M - Inauthentic (submitted by agent)",
  """
Dear Amazon Seller Performance Team,

We are Shenzhen Yunfan E-commerce Consulting, the agent authorized by Dongguan Meixin Electronics Co., Ltd (store name MEIXIN-US). Authorization letter attached. On behalf of our client we submit the plan of action for the deactivation about inauthentic complaints on bluetooth speaker ASIN B0C1ZP8RK4.

Facts of the case: the client manufactures this speaker in its own factory (business license 91441900MA5XXXXX and production photos attached). 8 complaints were received from 5 January to 20 February. After reading the buyer comments we found buyers received a speaker with a different logo on the box.

I. ROOT CAUSE
The packaging supplier delivered 1,000 boxes with the old logo (before brand renewal in December). The warehouse used old boxes for shipment FBA17MXQ2KPC, so buyers thought the product was fake.

II. CORRECTIVE ACTIONS ALREADY TAKEN
1. 412 units with old boxes were removed (removal ID 9LKQ2T7ZXM) and repacked in new brand boxes.
2. All old boxes destroyed, photos attached.
3. 8 buyers contacted and refunded.

III. PREVENTIVE MEASURES
1. Packaging will be approved by brand manager before printing and a sample sealed in warehouse.
2. Before every FBA shipment, QC will check box logo and take photo.
3. Our agency will audit the account health every week.

Thank you very much for your time.

Shenzhen Yunfan E-commerce Consulting
""", style="caps", rc="I. ROOT CAUSE", co="II. CORRECTIVE ACTIONS ALREADY TAKEN", pr="III. PREVENTIVE MEASURES",
  pol=["inauthentic complaints"],
  dec=[("asin", "B0C1ZP8RK4"), ("shipment-id", "FBA17MXQ2KPC"), ("removal-order-id", "9LKQ2T7ZXM")],
  notes="Chinese agency letter on behalf of a factory, roman-numbered caps headings")

M("poa-late-pk-023", "account-appeal", "late-shipment", "UK", "other-non-native",
  "LDR appeal - Karachi Crafts",
  """
Dear Amazon UK team,

Our Late Dispatch Rate (LDR) is 9% for the last 30 days and our account is deactivated. Please see our plan.

**Root Cause**
1. Our only courier pickup was 2 times per week from Karachi and orders waited 3-4 days.
2. Handling time in Seller Central was 1 day (default) but we need 3 days for handmade rugs.

**Corrective actions**
1. We have changed handling time to 4 days for all 58 SKUs.
2. We have signed with DHL Express for daily pickup, contract attached.
3. We have sent 200 best seller units to a UK prep centre in Manchester to ship in 1 day.

Going forward we will check the dispatch report every morning and confirm shipment same day, and when a big order volume come (like Black Friday) we will temporarily increase handling time before the sale starts.

Thank you,
Bilal Ahmed
""", style="mixed", rc="Root Cause", co="Corrective actions", pr="Going forward we will check",
  pol=["Late Dispatch Rate", "LDR"],
  notes="bold headings for two parts, prevention as a 'Going forward' paragraph (mixed)")

M("poa-review-zh-024", "account-appeal", "review-manipulation", "US", "chinese",
  "关于评论操纵的申诉 - 行动计划",
  """
尊敬的亚马逊卖家绩效团队：

我们的店铺 BESTLIFE-HOME 因违反《买家评论政策》被停用。我们已经认真调查，以下是我们的行动计划。

一、问题原因
我们的运营人员在一个微信群里认识了一家“测评服务商”，对方说可以提供“真实买家”帮我们增加评论。运营人员为三款产品付费购买了大约40条评论，管理层事先并不知情。这是我们严重的错误。

二、已经采取的措施
1. 已经立即停止与该服务商的一切合作，并退出所有相关微信群。
2. 负责该事项的运营人员已被解除劳动合同。
3. 我们已经检查所有listing，没有其他付费评论行为。

三、预防措施
1. 全体员工将参加亚马逊评论政策培训，并签署合规承诺书。
2. 以后所有推广活动只使用亚马逊官方工具，例如Vine计划。
3. 每月由合规经理检查一次评论情况和运营的推广记录。

恳请贵团队审阅我们的申诉，谢谢！

此致
敬礼
深圳百利家居有限公司
""", lang="zh", style="numbered", rc="一、问题原因", co="二、已经采取的措施", pr="三、预防措施",
  pol=["买家评论政策"], notes="complete POA written in Chinese on the US marketplace")

M("poa-gouge-tr-025", "account-appeal", "price-gouging", "US", "turkish",
  "Appeal - pricing policy deactivation",
  """
Dear Seller Performance,

Our account is deactivated because of the policy on pricing (Amazon Marketplace Fair Pricing Policy) for hand sanitizer listings. We prepared following points.

1 - Root cause
Our prices are set in Turkish lira and converted by our software. In March lira changed a lot and the software used wrong exchange rate for one day, so the price of sanitizer 500 ml became $64 instead of $6.40. It was a technical mistake, a comma problem.

2 - Corrective actions
We have corrected the prices the same day. 5 orders were placed with wrong price and we refunded the difference to all of them. We have changed the software to update exchange rate from Central Bank every hour and not manual.

3 - Preventive actions
We will set a minimum and maximum price in Seller Central for every SKU so Amazon blocks wrong prices. A daily price report will be checked by our finance person.

Teşekkürler,
Hakan Öztürk
""", style="numbered", rc="1 - Root cause", co="2 - Corrective actions", pr="3 - Preventive actions",
  pol=["Fair Pricing Policy"], dec=[("foreign-snippet", "Teşekkürler")],
  notes="numbered with dashes '1 -'")

M("poa-cond-vn-026", "listing-reinstatement", "condition", "US", "other-non-native",
  "Reinstate listing ASIN B0C8RT2LMN - condition complaints",
  """
Hello Amazon,

My listing ASIN B0C8RT2LMN (ceramic tea set) is blocked for condition complaints, buyers said the item arrive broken or chipped.

Root cause: our box only had one layer of bubble wrap and the cups moved inside the box during FBA transport. The packing was not enough for fragile ceramic.

What we did: We already removed the 180 units from warehouse and repacked each cup with foam and a divider, new box is double wall. We made drop test from 1.2 meter 10 times with no damage. All broken order buyers got refund.

How we prevent: Every new ceramic product we make drop test before send to Amazon. We will also read the return reports every week and if breakage happen again we stop shipment.

Thank you for your help, hope to sell again soon.
Pham Quoc Bao
""", style="inline", rc="Root cause:", co="What we did:", pr="How we prevent:",
  pol=["condition complaints"], dec=[("asin", "B0C8RT2LMN"), ("mild-plea", "hope to sell again soon")],
  notes="inline, Vietnamese seller, short")

M("poa-safety-zh-027", "listing-reinstatement", "product-safety", "UK", "chinese",
  "Listing deactivated for missing UKCA - request reinstate",
  """
Dear Amazon,

Our listing of kids electric toothbrush (ASIN B0D2LQ9X3M) was removed, the notification say "Product safety: missing compliance documents". We understand for UK toys and electric products need the UKCA marking and test report.

Root cause:
We sold this product first in US and we thought same documents are enough for UK. We did not apply the UKCA and did not show UK responsible person on package.

Corrective actions:
- We have done test at SGS Shenzhen, report No. SZEM2603001827 is attached, together with Declaration of Conformity.
- New labels with UKCA mark and UK importer address have been printed and applied to all 600 units in warehouse by our UK prep centre.

Preventive measures:
- Before launching any product in a new country our compliance staff make a list of required certificates.
- We will upload all documents to Manage Your Compliance before create listing.

Thank you and best regards,
Huang Jie
深圳市乐齿科技有限公司
""", style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive measures:",
  pol=["Product safety"],
  dec=[("asin", "B0D2LQ9X3M"), ("certificate-number", "SZEM2603001827"), ("foreign-snippet", "深圳市乐齿科技有限公司")],
  notes="policy named only inside the quoted notification")

# ---- cover letters with the POA attached

M("cover-inauth-in-028", "account-appeal", "inauthentic", "IN", "indian",
  "Appeal against deactivation - inauthentic complaint - POA attached",
  """
Dear Seller Performance Team,

With reference to your email dated 02-03-2026 regarding deactivation of our account Gupta Electronics for inauthentic item complaints on ASIN B0BK3LZ92P, please find attached our detailed Plan of Action (file name: Gupta_POA_March2026.pdf) along with the supporting documents:

1. Purchase invoices from Samsung authorised distributor Redington India Ltd (Invoice no. RIL/26/44871 and RIL/26/45102)
2. Letter of authorisation from the distributor
3. GST registration certificate

The invoices clearly show the products are genuine and purchased from the authorised supply chain. The POA explains the reason for the complaints and the steps we have taken.

Kindly go through the attached documents and do the needful at the earliest. We are ready to provide any further information required.

Thanks and Regards,
Sanjay Gupta
Gupta Electronics, Delhi
Mob: +91 99110 27364
""", att=True, pol=["inauthentic item complaints"],
  dec=[("asin", "B0BK3LZ92P"), ("file-name", "Gupta_POA_March2026.pdf"), ("invoice-number", "RIL/26/44871"), ("phone", "+91 99110 27364")],
  notes="cover letter, POA in attachment")

M("cover-rel-zh-029", "account-appeal", "related-accounts", "US", "chinese",
  "Related account appeal - please see attachment",
  """
Dear Sir or Madam,

Our account TOPVIEW Direct has been deactivated because Amazon think it is related to a deactivated account. We do not own any other account. The office where we rent before was shared with another company and maybe the same WiFi caused the relation.

We have written our plan of action in the attached Word document "TOPVIEW-POA-v2.docx", it includes the root cause, what we already did (new office rental contract, new network, new computer) and how we will prevent in future. We also attached the rental contract and the business license of both companies, which shows different legal person.

Please check the attachment. If you need anything more, please tell us and we will provide quickly.

Thank you!
TOPVIEW Direct
""", att=True, pol=["related to a deactivated account"],
  dec=[("file-name", "TOPVIEW-POA-v2.docx")],
  notes="cover letter summarising an attached POA")

M("cover-odr-es-030", "account-appeal", "odr", "US", "latam",
  "Apelación - Tasa de defectos en pedidos - plan adjunto",
  """
Estimado equipo de Rendimiento del Vendedor:

Les escribimos en relación con la desactivación de nuestra cuenta Casa Oaxaca Artesanías por tener una tasa de defectos en pedidos (ODR) superior al 1%.

Adjuntamos nuestro plan de acción completo en el archivo "Plan_de_accion_CasaOaxaca.pdf". En él explicamos la causa principal de las reclamaciones de la Garantía de la A a la Z, las medidas que ya tomamos y lo que haremos para evitar que vuelva a ocurrir. También adjuntamos las facturas del nuevo servicio de paquetería y capturas de pantalla de los reembolsos.

Quedamos atentos a cualquier información adicional que necesiten. Agradecemos mucho su tiempo y su comprensión.

Atentamente,
Guadalupe Hernández
Casa Oaxaca Artesanías
Tel. +52 951 555 0187
""", lang="es", att=True, pol=["tasa de defectos en pedidos", "ODR"],
  dec=[("file-name", "Plan_de_accion_CasaOaxaca.pdf"), ("phone", "+52 951 555 0187")],
  notes="Spanish cover letter on US, POA attached")

M("cover-idv-native-031", "account-appeal", "identity-verification", "UK", "native",
  "Verification documents and appeal (BSA S.3)",
  """
Hello,

Further to your message of 14 March, our account (Hollins & Reed Stationery Ltd, VAT GB 284 6617 39) was deactivated under BSA S.3 because you could not verify the information we provided.

I've attached a letter setting out our plan of action, together with the following:
- Certificate of incorporation from Companies House (company number 11824053)
- A bank statement dated 1 March 2026 showing the registered office address
- Passport of the director, Helen Reed

The plan explains why the address on file did not match (we moved registered office in January) and what we have done about it. Please let me know if you need the documents in a different format. The password field on the document upload page kept timing out, so I'm sending them with this case instead.

Kind regards,
Helen Reed
Director
""", att=True, pol=["BSA S.3"],
  dec=[("tax-id", "GB 284 6617 39"), ("company-number", "11824053"), ("password-word", "password field")],
  notes="cover letter, policy as BSA S.3 abbreviation, 'password' with no value")

# ---- POAs missing the root cause

M("poa-norc-in-032", "account-appeal", "counterfeit", "IN", "indian",
  "Appeal for reinstatement - counterfeit complaint",
  """
Dear Sir/Madam,

This is with reference to the deactivation of our account Raj Sports Mart due to a counterfeit complaint received for cricket bats (ASIN B0BT8NQ3KZ). We respect Amazon policy and submitting the below plan of action.

1. Corrective actions taken
a) All 96 units of the ASIN have been removed from the FBA warehouse vide removal order 6QWZ2KXP4M.
b) We have stopped purchasing from M/s Jalandhar Sports Agency.
c) Refund has been given to all the customers who have raised complaint.

2. Preventive measures
a) We will purchase only from brand authorised distributors and keep invoices.
b) Before listing any branded product, the authorisation letter will be verified by our manager.
c) Our team will monitor the Account Health daily.

We humbly request you to restore our account so we can continue selling.

Thanks and regards,
Rajesh Kumar
""", style="numbered", co="1. Corrective actions taken", pr="2. Preventive measures",
  pol=["counterfeit complaint"], dec=[("asin", "B0BT8NQ3KZ"), ("removal-order-id", "6QWZ2KXP4M")],
  notes="numbered POA with only actions and prevention: no root cause")

M("poa-norc-tr-033", "listing-reinstatement", "restricted-products", "US", "turkish",
  "Restricted product - ASIN B0C9WQ3MZR CBD-free hemp oil",
  """
Hello,

Our hemp seed oil listing (ASIN B0C9WQ3MZR) was removed as a restricted product under Drugs and drug paraphernalia. Our oil has no CBD, it is cold pressed seed oil for cooking.

Immediate steps
- We removed the word "hemp extract" and the leaf picture from the listing.
- We uploaded the lab analysis from Istanbul lab showing 0.0% CBD and THC, report no. IST-LAB-26-4471.
- We changed the title to "Cold Pressed Hemp Seed Cooking Oil, Food Grade".

Long-term changes
- Every food listing will be checked against restricted products pages by our export manager.
- Lab report for every batch will be uploaded to Manage Your Compliance before shipment.

Please reinstate the ASIN. Thank you very much.

Selin Kaya
Ege Natural Gıda
""", style="plain", co="Immediate steps", pr="Long-term changes",
  pol=["Drugs and drug paraphernalia"], dec=[("asin", "B0C9WQ3MZR"), ("certificate-number", "IST-LAB-26-4471")],
  notes="no root cause; plain headings")

M("poa-norc-native-034", "account-appeal", "related-accounts", "US", "native",
  "RE: deactivation - related accounts",
  """
This is ridiculous. Your email says we're deactivated for related accounts. We have been selling on Amazon for 7 years and WE HAVE NEVER OWNED ANOTHER ACCOUNT. You won't tell us which account we are supposedly linked to, so how are we supposed to explain anything?

What we've done anyway:
- Removed every user from our account except the two owners.
- Replaced our office router and got a new static IP from Spectrum.
- Stopped using the shared virtual assistant service we used for listing work.

Going forward only the owners will log in, from company laptops, and we'll review user permissions every month.

Our whole income depends on this account and you are destroying our business without even telling us why. Reinstate it.

Greg Hollister
Hollister Outdoor Supply
""", style="mixed", co="What we've done anyway:", pr="Going forward only the owners",
  pol=["related accounts"],
  emo=["This is ridiculous.", "WE HAVE NEVER OWNED ANOTHER ACCOUNT", "you are destroying our business"],
  notes="angry native seller, shouting, no root cause")

M("poa-norc-zh-035", "account-appeal", "valid-tracking", "US", "chinese",
  "Appeal for our account",
  """
Dear Amazon Seller Performance,

We get the email that our account is deactivated. We are very sorry for this. Below is our plan of action.

What we have did:
1. We have changed our carrier from a small forwarder to UPS and USPS for all self-fulfilled orders.
2. We have checked the last 200 orders and update the correct tracking number and carrier name for them.
3. We have moved most of our stock to FBA, only 12 SKU still ship by ourselves.

Measures to avoid:
1. Our staff will confirm every tracking number is scannable before confirm shipment.
2. We will check account health page every day.
3. Our manager will do training for new staff about confirm shipment.

Hope Amazon can give us one more chance. Thank you so much.

Best regards,
JOYHOME Store
""", style="colon", co="What we have did:", pr="Measures to avoid:",
  dec=[("single-apology", "We are very sorry for this."), ("mild-plea", "Hope Amazon can give us one more chance.")],
  notes="no root cause and names no policy or metric")

M("poa-norc-latam-036", "listing-reinstatement", "listing-policy", "US", "latam",
  "Reactivation of ASIN B0CKL7ZQ2P - variation policy",
  """
Hi Amazon team,

We are Café Montaña Verde from Guatemala. Our ASIN B0CKL7ZQ2P was deactivated for breaking the variation policy, because we put different coffee origins (Guatemala, Honduras, Colombia) as sizes of one parent.

**What we corrected**
We broke the family into 3 separate parent ASINs, each with the real size variations (250g, 500g, 1kg). All images and bullets were updated for each origin and the old child ASINs were deleted.

**What we will do in the future**
Before creating variations we will read the variation guidelines for Grocery, and if we are not sure we open a case with Seller Support before we publish.

Muchas gracias por su ayuda,
Lucía Morales
""", style="bold", co="What we corrected", pr="What we will do in the future",
  pol=["variation policy"], dec=[("asin", "B0CKL7ZQ2P")],
  notes="no root cause section (only the violation restated)")

# ---- POAs missing the corrective actions

M("poa-noco-vn-037", "account-appeal", "late-shipment", "US", "other-non-native",
  "Late shipment rate appeal - Mekong Bamboo",
  """
Dear Seller Performance Team,

We are Mekong Bamboo from Can Tho. Our account is deactivated for Late Shipment Rate 7.9%.

Reason
In March a storm closed the road to the port for one week and our carrier could not pick up. Also our handling time was 1 day only, which is too short for bamboo furniture which we make after order.

Going forward
- Every new made to order product will be listed with at least 5 days handling time.
- We will keep a second carrier as backup, so if one cannot pick up the other can.
- Every morning our manager will look at the orders that must ship today.
- In storm season (August to November) we will turn on holiday mode if the road is closed.

We hope Amazon accept our plan. Thank you.
Vo Thanh Hai
""", style="plain", rc="Reason", pr="Going forward",
  pol=["Late Shipment Rate"],
  notes="root cause and prevention only; nothing done about the late orders or the account")

M("poa-noco-zh-038", "account-appeal", "inauthentic", "US", "chinese",
  "Please please help us - inauthentic appeal",
  """
Dear Amazon,

Please please help us. Our account is deactivated because of inauthentic complaint and all our money is hold. We are small company with 6 people, if you do not reactivate we will be bankrupt and our family will lose everything.

The reason of problem:
We are the brand owner of "LUMIKA" but last year we changed the logo and some old packaging still in the warehouse. Buyer see two different box and think we sell fake.

Measures to avoid:
1. We will use only one packaging design from now.
2. QC will check every box before FBA shipment.
3. We will register the new logo in Brand Registry.

We beg you, please give us a chance, we never sell fake product in our life. Please, we are crying every day.

LUMIKA Official Store
""", style="colon", rc="The reason of problem:", pr="Measures to avoid:",
  pol=["inauthentic complaint"],
  emo=["Please please help us.", "we will be bankrupt and our family will lose everything", "We beg you, please give us a chance", "we are crying every day"],
  notes="emotional Chinese seller; root cause and prevention, no corrective actions")

M("poa-noco-native-039", "account-appeal", "cancel-rate", "US", "native",
  "Cancellation rate appeal",
  """
Hello,

Our account was deactivated because our cancellation rate went above the 2.5% threshold for seller-fulfilled orders.

Root cause: We sell vintage vinyl records, and every record is a single unit. We list on Amazon, Discogs and our own site. When a record sold on two channels within the same hour, our spreadsheet-based inventory wasn't updated fast enough, and we had to cancel the Amazon order. This happened 19 times in the 7-day window.

Prevention: We will move to a multichannel inventory tool that updates all channels within five minutes of a sale, and records we've listed on other sites will be given a one-day handling time buffer. I'll personally review the cancellation rate on the Account Health page twice a week.

Thanks,
Rachel Dunn
Groove Vault Records
""", style="colon", rc="Root cause:", pr="Prevention:",
  pol=["cancellation rate"], notes="native, root cause and prevention only")

M("poa-noco-in-040", "listing-reinstatement", "product-safety", "IN", "indian",
  "Request to reactivate ASIN B0CRT4LM8Q",
  """
Dear Team,

Our ASIN B0CRT4LM8Q (baby bottle warmer) is deactivated and we are requesting you to kindly reactivate it.

1. Reason
Some customers have complained that the warmer became very hot and the plastic smelled of burning. After checking, we found the thermostat in one batch from our Chinese supplier was of lower temperature rating than specified.

2. Future plan
a) We will test every batch in an NABL accredited lab before dispatch.
b) We will ask the supplier for a component certificate for the thermostat.
c) Our QC person will do a 2 hour heating test on 5 samples from each lot.

Kindly revert back at the earliest as this is our best selling product.

Regards,
Nitin Deshpande
Mumbai
""", style="numbered", rc="1. Reason", pr="2. Future plan",
  dec=[("asin", "B0CRT4LM8Q")],
  notes="no corrective actions; names no policy (only 'deactivated')")

M("poa-noco-tr-041", "account-appeal", "drop-shipping", "UK", "turkish",
  "Drop shipping policy - account appeal",
  """
Dear Amazon UK Seller Performance,

We received the notification that we violated the drop shipping policy. Some orders were delivered with packing slips of another retailer.

ROOT CAUSE
When our stock in Istanbul finished, our partner company shipped to the customer from their warehouse in London, but they used their own packing slip and company name on the box. We did not tell them to use our name.

FUTURE STEPS
- Our partner will use only blank boxes and our packing slip with our company name, Bosphorus Ceramics Ltd.
- We will be the seller of record on every document.
- We will check 5 random parcels from the partner every week by test orders.

Thank you for your review.
Canan Şahin
""", style="caps", rc="ROOT CAUSE", pr="FUTURE STEPS",
  pol=["drop shipping policy"],
  notes="caps headings; future steps only, nothing corrected for the past orders")

M("poa-noco-pk-042", "listing-reinstatement", "ip-trademark", "US", "other-non-native",
  "Trademark complaint 15829930147 - kindly reinstate",
  """
Respected Amazon Team,

Our listing for cricket gloves (ASIN B0CFK9M2ZT) was removed after a trademark complaint number 15829930147 by the brand owner.

Root cause: In our title we wrote "compatible with Gray-Nicolls style" because our gloves are similar design, and we did not know that using the brand name in title is not allowed even for comparison.

Preventive measures: In future we will not use any other brand name in titles, bullets or keywords. Before adding a listing we will search the trademark database. Our listing staff Ali will attend the Amazon IP training course.

We will be thankful if you restore the listing.

Regards,
Imran Siddiqui
Sialkot Sports Industries
""", style="inline", rc="Root cause:", pr="Preventive measures:",
  pol=["trademark complaint"],
  dec=[("asin", "B0CFK9M2ZT"), ("complaint-id", "15829930147")],
  notes="inline; root cause and prevention only, the title is not said to be fixed")

# ---- POAs missing the preventive measures

M("poa-nopr-latam-043", "account-appeal", "condition", "US", "latam",
  "Condition complaints appeal - Electro Renovados MX",
  """
Dear Seller Performance,

Our account was deactivated for condition complaints about our renewed tablets.

## Root cause
Our supplier of the batteries changed in January and some batteries came with capacity 70% instead of 90%. The tablets looked perfect but battery died fast and customers said "not like new".

## Corrective actions
- We have tested all 240 tablets in stock, 58 had the bad batteries and were removed from FBA (removal 4XKZ9PQ2LM).
- All 58 got new original batteries and a capacity report.
- We refunded the 21 customers who complained and sent return labels.
- We stopped working with that battery supplier.

Thank you for considering our appeal.
Diego Fernández
Electro Renovados MX
""", style="markdown", rc="Root cause", co="Corrective actions", dec=[("removal-order-id", "4XKZ9PQ2LM")],
  pol=["condition complaints"], notes="markdown POA with no preventive part")

M("poa-nopr-in-044", "account-appeal", "review-manipulation", "IN", "indian",
  "Appeal - reviews policy violation",
  """
Dear Seller Performance Team,

We have received the notice that our account is deactivated for violation of the Amazon review policy. We have done a thorough investigation.

A. Root cause
Our relative who helps in the business asked his friends and family members to buy our pressure cooker and write reviews. He did this with good intention to help the new product, but we understand that reviews from family and friends are not allowed.

B. Actions taken
(i) He has been removed from the Seller Central account.
(ii) We have requested all these friends to remove their reviews, and 14 reviews have been removed.
(iii) We have informed Amazon of all the 17 reviews by sending the order IDs, for example 408-2291736-5540318.

We request you to consider our appeal kindly.

Regards,
Suresh Patel
Patel Home Appliances
""", style="lettered", rc="A. Root cause", co="B. Actions taken",
  pol=["Amazon review policy"], dec=[("order-id", "408-2291736-5540318")],
  notes="lettered, no preventive measures")

M("poa-nopr-zh-045", "account-appeal", "used-sold-as-new", "US", "chinese",
  "Appeal about customer complaints of used item",
  """
Dear Amazon team,

Thank you for the email. We checked all the complaints about our hair dryers.

We find the problem happened because our warehouse in California re-ship the returned items back to FBA with the new stock. These returned items were opened by customer and some have hair inside. The warehouse staff did not separate them because they don't know the rule.

We have already asked the warehouse to check all the stock, 35 returned units are found and they are sent to our US office and will not be sold as new anymore. We have refunded the 9 buyers who complained and send them a new sealed dryer for free.

Thank you for your time, waiting for your good news.
Chen Jing
""", style="none", rc="the problem happened because", co="We have already asked",
  notes="no headings; no preventive part; names no policy")

M("poa-nopr-native-046", "account-appeal", "price-gouging", "US", "native",
  "Appeal: pricing deactivation (emergency supplies)",
  """
Hi,

We were deactivated for pricing concerns on three water filter listings during the Houston flood emergency.

What went wrong
Our supplier raised our cost by 60% overnight and a team member increased our list price to keep the margin, without checking the Fair Pricing Policy. The new price was well above our recent prices.

What we fixed
We reverted all three prices to the pre-emergency level on March 12, refunded the price difference to the 44 customers who bought at the higher price (total $1,912.40), and donated 200 filters to a local shelter.

Thanks for reviewing,
Tom Alvarez
ClearFlow Supply Co.
""", style="plain", rc="What went wrong", co="What we fixed",
  pol=["Fair Pricing Policy"], notes="plain headings; no preventive part")

# ---- corrective part in future tense only (not done)

M("poa-nd-zh-047", "account-appeal", "counterfeit", "US", "chinese",
  "Counterfeit complaint appeal - POA",
  """
Dear Seller Performance Team,

Our account is deactivated for the counterfeit complaint on ASIN B0CM2QXK8P (car phone holder). Here is our plan of action.

ROOT CAUSE
Our purchase staff bought 500 holders from a 1688 supplier which said it is the original factory of the brand. Actually it is not authorized and the rights owner made test buy.

CORRECTIVE ACTIONS
1. We will remove all the inventory from FBA warehouse and destroy it.
2. We will stop working with this supplier.
3. We will refund the customers who bought this product.

PREVENTIVE MEASURES
1. Only buy from the brand owner or authorized distributor with authorization letter.
2. Keep all invoices for 1 year.
3. Training for purchase staff about Amazon policy.

Thanks for your consider.
Ruixiang Auto Parts
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE MEASURES", done=False,
  pol=["counterfeit complaint"], dec=[("asin", "B0CM2QXK8P")],
  notes="caps headings; corrective actions all 'We will'")

M("poa-nd-tr-048", "account-appeal", "odr", "DE", "turkish",
  "ODR appeal, I am begging you",
  """
Dear Amazon,

I am begging you to read this. Our account is closed because the Order Defect Rate is 2.1%. We have 12 workers in our workshop and their families depend on this, I cannot sleep since one week.

1. Why it happened
Our leather bags were shipped with a new cargo company and many arrived late or damaged, so customers opened A-to-z claims and gave negative feedback.

2. Actions we will take
- We will change back to our old cargo company UPS.
- We will contact every customer who gave negative feedback and offer refund.
- We will answer all A-to-z claims in 24 hours.

3. Prevention
- Bags will be packed in double box.
- Weekly control of the ODR by me.

Please, please, I am asking you from my heart, give back our account.
Mustafa Çelik
""", style="numbered", rc="1. Why it happened", co="2. Actions we will take", pr="3. Prevention", done=False,
  pol=["Order Defect Rate"],
  emo=["I am begging you to read this.", "I cannot sleep since one week", "Please, please, I am asking you from my heart"],
  notes="emotional Turkish seller; corrective actions only future tense")

M("poa-nd-in-049", "account-appeal", "related-accounts", "IN", "indian",
  "Related account deactivation - POA",
  """
Dear Seller Performance,

Kindly find our POA for the related account deactivation.

Our POA - Root cause: My brother's account Laxmi Fashions was suspended in 2024 for late shipment and we have used the same bank account for some months in our account Laxmi Ethnic Wear because my brother was helping me start the business.

Our POA - Corrective steps: We are going to close the old account of my brother permanently. We will change the bank account in our Seller Central to a new current account in my name with HDFC Bank. We shall also remove my brother's email from our user list.

Our POA - Prevention: No family member or any other person will have access. Each business will have its own bank account, address and devices.

Kindly consider and do the needful.

Regards,
Kavita Agarwal
""", style="our-poa", rc="Our POA - Root cause:", co="Our POA - Corrective steps:", pr="Our POA - Prevention:", done=False,
  pol=["related account"], notes="our-poa headings; 'going to' / 'will' / 'shall' corrective only")

M("poa-nd-native-050", "account-appeal", "valid-tracking", "CA", "native",
  "Valid Tracking Rate appeal - Maple Ridge Crafts",
  """
Hello Seller Performance,

Our account was deactivated because our Valid Tracking Rate dropped to 88%.

### Root cause
We shipped most small orders by Canada Post Lettermail, which has no tracking, to keep shipping costs down for buyers of our knitting patterns and needles.

### Corrective actions
- We will switch all orders to Canada Post Tracked Packet or Chit Chats with tracking.
- We will raise our shipping template prices to cover the cost.
- We're going to confirm every order with the tracking number and the correct carrier.

### Preventive measures
- A weekly check of the VTR on Account Health every Monday.
- Tracking will be mandatory in our shipping software so a label can't be printed without it.

Thank you,
Janet McLeod
""", style="markdown", rc="Root cause", co="Corrective actions", pr="Preventive measures", done=False,
  pol=["Valid Tracking Rate", "VTR"], notes="markdown; corrective section future only")

M("poa-nd-vn-051", "listing-reinstatement", "ip-copyright", "US", "other-non-native",
  "Copyright complaint - listing B0D4MK2LQW",
  """
Hello Amazon Team,

My listing B0D4MK2LQW (coloring book for kids) was removed for copyright infringement. The rights owner said 6 pages in our book copy their illustrations.

Root cause: I hired a freelance illustrator online and he gave me pictures that he took from another book. I trusted him and did not check.

Correction plan: I will remove the 6 pages and print a new edition with my own drawings. I will contact the rights owner and ask them to withdraw the complaint. The remaining books in FBA will be removed and recycled.

Prevention: New illustrators must sign contract that all work is original, and I will check every picture with Google reverse image search before printing.

Thank you,
Dang Thu Trang
""", style="inline", rc="Root cause:", co="Correction plan:", pr="Prevention:", done=False,
  pol=["copyright infringement"], dec=[("asin", "B0D4MK2LQW")],
  notes="inline; correction plan in future tense only")

# ---- two parts wrong at once

M("poa-norc-nd-latam-052", "account-appeal", "inauthentic", "US", "latam",
  "Plan de acción / Plan of action - account Tienda Sol",
  """
Hello dear Amazon team,

Good morning from Lima. We received your message about our account and we want to solve everything fast. We are a small family business with 3 years on Amazon and always good metrics.

Plan:
- We will send you the invoices of our supplier.
- We will remove the perfume listings from the store.
- We will refund the buyers who complained.

To avoid this in future:
- We will only sell perfumes bought from official distributors.
- We will ask for invoices before buying.

We hope you can give us the opportunity to continue selling. Thank you for your time.

Saludos cordiales,
Martín Quispe
Tienda Sol
""", style="colon", co="Plan:", pr="To avoid this in future:", done=False,
  dec=[("mild-plea", "We hope you can give us the opportunity to continue selling.")],
  notes="no root cause, corrective only future, names no policy")

M("poa-norc-nd-zh-053", "listing-reinstatement", "restricted-products", "US", "chinese",
  "申诉：ASIN B0CX7LP2QM 被列为限制商品",
  """
您好，亚马逊团队：

我们的商品 ASIN B0CX7LP2QM（激光笔）因违反“激光产品”限制商品政策被下架。我们非常重视这个问题，现提交以下行动计划。

纠正措施：
1. 我们将把仓库里的全部库存移除并销毁。
2. 我们将修改商品详情页，删除“高功率”“可点燃火柴”等描述。
3. 我们将向FDA提交激光产品报告，并把报告编号提供给亚马逊。

预防措施：
1. 以后上架新品之前，我们会先查看亚马逊限制商品的帮助页面。
2. 公司会安排专人负责产品合规，每个季度检查一次所有商品。

感谢您的审核，期待您的回复！
深圳光辉科技
""", lang="zh", style="colon", co="纠正措施：", pr="预防措施：", done=False,
  pol=["“激光产品”限制商品政策"], dec=[("asin", "B0CX7LP2QM")],
  notes="Chinese on US: no root cause, corrective only future (将)")

M("poa-nopr-nd-in-054", "account-appeal", "late-shipment", "IN", "indian",
  "Late shipment rate - appeal for reinstatement",
  """
Dear Amazon Seller Performance Team,

Our Late Shipment Rate is showing 11% and our account has been deactivated. Kindly see our explanation.

Root cause of the issue: During the month of February our only packing staff was on leave for marriage for 15 days and the orders were not dispatched on time. Also our Easy Ship pickups were missed on 3 days because the courier boy did not come.

Corrective action plan: We will hire two more staff for packing. We will shift to Self Ship with Delhivery with daily pickup. We will also change the handling time to 2 days.

Please consider and reactivate our account at the earliest. Thank you.

Regards,
Deepak Singh
Singh Handicrafts, Moradabad
""", style="inline", rc="Root cause of the issue:", co="Corrective action plan:", done=False,
  pol=["Late Shipment Rate"], notes="corrective only future; no preventive part")

M("poa-nopr-nd-tr-055", "listing-reinstatement", "product-safety", "US", "turkish",
  "Product safety - ASIN B0CZ4QL7MK reinstatement",
  """
Dear Sir/Madam,

Our ASIN B0CZ4QL7MK (glass kettle) is deactivated because of customer safety complaints that the handle become loose.

Why it happened
The screws of the handle in one production batch were shorter than drawing. The factory used wrong screws from stock.

What we are going to do
- We are going to remove all units from the FBA warehouse.
- We will ask the factory to replace the screws and test each kettle.
- We will send a new handle kit to all buyers of this batch.

We are waiting your answer.
Best regards,
Oğuz Arslan
Arslan Mutfak A.Ş.
""", style="plain", rc="Why it happened", co="What we are going to do", done=False,
  pol=["customer safety complaints"], dec=[("asin", "B0CZ4QL7MK")],
  notes="plain headings; corrective future only; no preventive")

M("poa-norc-nopr-native-056", "account-appeal", "counterfeit", "US", "native",
  "REINSTATE MY ACCOUNT NOW",
  """
I have been an Amazon seller for NINE YEARS and you shut me down over one complaint from a competitor. This is absolutely unacceptable!!!

Here is what I've done, since apparently that's what you need to hear:
1. Deleted the listing.
2. Sent the remaining 40 units back to me.
3. Refunded the buyer.

Every unit I sell is bought from the manufacturer and I have the receipts to prove it. If this account isn't back up by Friday I am talking to my lawyer and filing a complaint with the FTC. I am sick of dealing with bots that don't read anything. REINSTATE MY ACCOUNT NOW.

Frank DeLuca
""", style="none", co="Here is what I've done",
  emo=["REINSTATE MY ACCOUNT NOW", "This is absolutely unacceptable!!!", "I am talking to my lawyer", "I am sick of dealing with bots"],
  notes="angry native seller; only corrective steps; no policy named (only 'one complaint')")

M("poa-norc-nopr-pk-057", "listing-reinstatement", "listing-policy", "UK", "other-non-native",
  "Listing B0CP2ZQ8LK - prohibited keywords - fixed",
  """
Dear Amazon,

We got the message that our ASIN B0CP2ZQ8LK (table lamp) is suppressed for violation of listing policy, search terms contain prohibited words.

Actions completed:
1. We have removed "best, cheapest, No.1, Philips alternative" from the search terms field.
2. We have re-uploaded the flat file with clean keywords (batch 1029384756 processed on 21/03/2026).
3. We have also checked the other 14 lamps of our store and cleaned the same words.

Please check and reinstate the listing. JazakAllah.

Regards,
Faisal Mahmood
Noor Lighting UK
""", style="colon", co="Actions completed:",
  pol=["listing policy"],
  dec=[("asin", "B0CP2ZQ8LK"), ("batch-id", "1029384756"), ("foreign-snippet", "JazakAllah")],
  notes="only actions completed: no root cause, no prevention")

M("poa-noco-nopr-zh-058", "account-appeal", "related-accounts", "US", "chinese",
  "Appeal for related account - root cause analysis",
  """
Dear Seller Performance Team,

Thank you for give us this opportunity to explain. Our account SUNRISE-TEC is deactivated because it is related to account "HAPPYDAY Store" which was deactivated before.

Plan of Action

Root cause analysis
After careful investigation, we found the reason. In 2025 our company rented an office in Longhua district, Shenzhen. The company of HAPPYDAY Store was in the same building and the property manager provide one WiFi for all tenants on the 5th floor. Also, our former operation staff Mr. Liu used to work for HAPPYDAY and he logged in our account with his old computer, which still saved the HAPPYDAY login. This is why Amazon system find the relation between the two accounts. Our company and HAPPYDAY have no same shareholder, legal person or bank account, please see our business license.

Hope you can understand our situation. Thank you very much.
SUNRISE-TEC
""", style="plain", rc="Root cause analysis",
  pol=["related to account"],
  notes="POA with only the root cause analysis")

M("poa-noco-nopr-latam-059", "account-appeal", "drop-shipping", "US", "latam",
  "Explanation about the orders shipped by Walmart",
  """
Hi team of Amazon,

I am Valentina from Bogotá, owner of ModaViva. I want to explain about the 11 orders that were shipped to customers in boxes of another store.

Root cause:
During December my supplier had no stock of the boots and I had many orders. To not cancel, I bought the boots in another big online store and put the customer address, so the box arrive with their invoice and their logo. I did not know this is a problem because the customer still got the product on time and nobody complain about quality.

I want to say that this was only in December, the rest of the year I always ship from my own stock in Miami, you can see in my tracking numbers like 1Z9A84W20398475612.

Thank you, I hope you understand me.
Valentina Ríos
""", style="colon", rc="Root cause:",
  dec=[("tracking-number", "1Z9A84W20398475612")],
  notes="only root cause, no corrective or preventive; names no policy")

M("poa-noco-nopr-in-060", "account-appeal", "cancel-rate", "IN", "indian",
  "Extremely sorry - cancellation rate - appeal",
  """
Respected Amazon Team,

We are extremely extremely sorry for the high cancellation rate. We apologise again and again to Amazon and to all the customers, we are very very sorry, please forgive us this one time, we will never forget this mistake.

Root Cause:
The Pre-fulfillment Cancel Rate became 6% because the stock of our stainless steel bottles in the Flipkart and Amazon was shared in one Excel sheet, and our staff forgot to update the Amazon quantity during the sale. 34 orders had to be cancelled as stock was already sold.

Once again sorry sorry from our whole team. Kindly kindly reactivate, we are begging, our family business is fully on Amazon.

Regards,
Mahesh Reddy
Reddy Steel House, Hyderabad
""", style="colon", rc="Root Cause:",
  pol=["cancellation rate", "Pre-fulfillment Cancel Rate"],
  emo=["We are extremely extremely sorry", "We apologise again and again", "please forgive us this one time", "Once again sorry sorry from our whole team", "Kindly kindly reactivate, we are begging"],
  notes="excessive apology and begging; only the root cause")

# ---- account appeals with no plan of action in the text (and none attached)

M("nopoa-zh-061", "account-appeal", "identity-verification", "US", "chinese",
  "Identity verification failed - please reactivate",
  """
Hello Amazon,

Our account is deactivated because identity verification failed. The system said the credit card can not be charged. We don't understand why, the card is working normal for other websites.

To make it fast, here is the card information so your team can check it directly:
Card number: 4716 9351 8190 9379
Exp 11/29
CVV: 508
Card holder: WANG XIAOYU

The card is issued by China Merchants Bank Visa. Our business license and passport are already uploaded on 6 March. Please check again and reactivate our account, we have 2,000 units in FBA warehouse waiting to sell.

Thank you!
Wang Xiaoyu
""", pol=["identity verification"],
  sec=[("card", "4716 9351 8190 9379"), ("card-expiry", "11/29"), ("card-code", "508")],
  notes="no POA; pastes card number, expiry and CVV")

M("nopoa-native-062", "account-appeal", "odr", "US", "native",
  "Why was my account shut down?????",
  """
Seriously?? I log in this morning and my account is deactivated with no warning. I've had maybe two complaints all year. I have 300 orders a month and NOW I CAN'T SELL ANYTHING. I've called support four times and every single person tells me something different.

I'm not writing some essay for you. Tell me what you want and turn my account back on. This is my only income and I am about to lose my apartment because of your stupid algorithm.

Kyle Brennan
""", emo=["Seriously??", "NOW I CAN'T SELL ANYTHING", "I am about to lose my apartment because of your stupid algorithm", "I'm not writing some essay for you."],
  notes="angry native note, no POA, names no policy")

M("nopoa-in-063", "account-appeal", "odr", "IN", "indian",
  "Request for reactivation of seller account",
  """
Dear Seller Support,

Our seller account Ganesh Enterprises (Mob. 080-4112 7793) has been deactivated from 2nd March 2026. We did not receive any clear reason in the email. We are sorry for any inconvenience caused.

We have been selling kitchen utensils on Amazon.in for 4 years. All our orders are shipped on time through Easy Ship, for example order 402-7781920-3365107 was delivered on the same week.

Kindly let us know the exact reason of deactivation and what documents are required from our side so that we can submit the same. We request you to reactivate the account at the earliest as our stock is lying idle.

Thanks and regards,
Prakash Hegde
Ganesh Enterprises, Bengaluru
""", dec=[("phone", "080-4112 7793"), ("order-id", "402-7781920-3365107"), ("single-apology", "We are sorry for any inconvenience caused.")],
  notes="calm request with no POA and no policy named")

M("nopoa-tr-064", "account-appeal", "inauthentic", "UK", "turkish",
  "Inauthentic complaint - please help",
  """
Dear Amazon,

My account is deactivated for inauthentic item complaint about perfume. I am selling only original perfumes which I buy from the official distributor in Istanbul, I have all invoices.

I am a single mother and this business is everything I have. If my account does not open I will lose my house, I have taken a loan for the stock. Please I am desperate, I don't know what to do anymore, every night I am crying. Please help me, I beg you.

I can send any document you want. Please tell me what I must do.

Zeynep Koç
""", pol=["inauthentic item complaint"],
  emo=["I will lose my house", "Please I am desperate, I don't know what to do anymore", "every night I am crying", "Please help me, I beg you."],
  notes="pleading, despair; no POA")

M("nopoa-latam-065", "account-appeal", "price-gouging", "US", "latam",
  "Account deactivated - very unfair",
  """
Hello,

I don't understand why my account is deactivated. I sell electric fans and my prices are normal, the same as other sellers on the market. Nobody complained.

This is very unfair. I have been a good seller for 2 years. If you don't reactivate my account in 48 hours I will publish everything on Facebook and TikTok and tell all the sellers in Latin America how Amazon treats small sellers, and I will go to PROFECO.

Please review again, you will see everything is correct. Order example 113-4478201-9931042 price $39.99 normal.

Jorge Castillo
""", emo=["I will publish everything on Facebook and TikTok", "tell all the sellers in Latin America how Amazon treats small sellers"],
  dec=[("order-id", "113-4478201-9931042")],
  notes="threat to go public; no POA, no policy named")

M("nopoa-vn-066", "account-appeal", "related-accounts", "US", "other-non-native",
  "Question about related account deactivation",
  """
Dear Seller Performance,

We received email that our account Lotus Silk House is related to another account which is not in good standing. We are confused because we only have one account. Our company was registered in Ho Chi Minh City in 2022 (tax code 0316684412).

Could you please let us know which information is linked: the address, bank account, phone or device? Then we can provide documents to show we are not related. We can provide business registration, utility bills, and bank statement from Vietcombank.

Thank you very much for your support.

Best regards,
Le Hoang Nam
Lotus Silk House
""", pol=["related to another account"],
  dec=[("tax-id", "0316684412")],
  notes="calm enquiry, no POA")

M("nopoa-zh-067", "account-appeal", "ip-trademark", "US", "chinese",
  "关于账户停用的申诉",
  """
亚马逊卖家绩效团队，您好：

我们的账户因为收到知识产权投诉（商标侵权）而被停用。投诉的ASIN是 B0CN7QZ2LK，投诉编号 15920384716。我们认为这个投诉是错误的，因为我们销售的是自己品牌的产品，商标注册号是 7102938，已经在品牌注册中登记。

投诉方是我们的竞争对手，他们的商标和我们的完全不同。我们已经联系投诉方，但是还没有收到回复。

请贵团队重新审核我们的账户，我们可以提供商标证书、产品图片和采购发票。谢谢！

此致
杭州星河贸易有限公司
""", lang="zh", pol=["知识产权投诉（商标侵权）"],
  dec=[("asin", "B0CN7QZ2LK"), ("complaint-id", "15920384716"), ("trademark-number", "7102938")],
  notes="Chinese on US; disputes the complaint, no POA")

M("nopoa-pk-068", "account-appeal", "identity-verification", "UK", "other-non-native",
  "Verification - my bank details",
  """
Dear Team,

My account got deactivated and the email says you could not verify my details. I think the problem is my bank account, because I changed bank last month.

My new bank details are:
Bank: Barclays
IBAN: GB16 BARC 2003 5347 6529 01
Account name: Hamza Textiles Ltd

Please update this and activate my account again. I have my company registration and my passport ready if you need. My phone is +44 7700 900412.

Thanks,
Hamza Qureshi
""", sec=[("iban", "GB16 BARC 2003 5347 6529 01")],
  dec=[("phone", "+44 7700 900412")],
  notes="no POA, no policy named; pastes IBAN with spaces")

M("nopoa-agency-069", "account-appeal", "restricted-products", "US", "native",
  "Appeal of deactivation - Restricted Products policy - Summit Nutrition LLC",
  """
To the Seller Performance Team,

Our agency, Ledger & Lane Seller Services, represents Summit Nutrition LLC (Merchant Token A3PZ81KQ0MX7TV). On March 16, 2026 the account was deactivated for an alleged violation of the Restricted Products policy, citing ASIN B0D6KQ2ZP1 ("Summit Pre-Workout, 30 servings").

We respectfully submit that the deactivation was issued in error. The ASIN in question was created by a third party and has never been offered by our client: Summit Nutrition's inventory ledger, its FBA shipment history (including FBA15RQ7W2MX and FBA15RQ8K1TZ) and its Manage All Inventory report show no offer on that ASIN at any time. Our client's own products do not contain DMAA or any other ingredient on the restricted list, and their certificates of analysis are on file.

We ask that the notice be reviewed against the account's actual catalog and that the account be reinstated. We are happy to supply the inventory reports on request.

Sincerely,
Claire Montgomery
Ledger & Lane Seller Services
""", pol=["Restricted Products policy"],
  dec=[("merchant-token", "A3PZ81KQ0MX7TV"), ("asin", "B0D6KQ2ZP1"), ("shipment-id", "FBA15RQ7W2MX"), ("shipment-id", "FBA15RQ8K1TZ")],
  notes="formal agency dispute letter with no POA")

# ---- FBA reimbursement

M("fba-inbound-zh-070", "fba-reimbursement", "", "US", "chinese",
  "Shipment FBA17XK2PQ9M received less units - request reimbursement",
  """
Hello Seller Support,

Our shipment FBA17XK2PQ9M was marked closed but only 1,150 units received, we sent 1,300 units (13 cartons x 100 units). 150 units missing, SKU: LX-LAMP-WH-02, FNSKU X003KQ7ZP1.

The shipment was delivered by UPS Freight, PRO number 428193756, BOL attached, signed by the FC (SBD2) on 2026-02-27 with 13 cartons and no damage note. We also attach the commercial invoice and packing list.

Please investigate and reimburse the 150 units. The unit cost is $8.60.

Thank you!
Lightx Store
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA17XK2PQ9M"), ("fnsku", "X003KQ7ZP1"), ("pro-number", "428193756"), ("sku", "LX-LAMP-WH-02")],
  notes="9-digit PRO number (not a routing number)")

M("fba-warehouse-native-071", "fba-reimbursement", "", "US", "native",
  "Lost in warehouse - 40 units not reimbursed",
  """
Hi,

According to our Inventory Ledger, 40 units of FNSKU X002R8LMQ4 (ASIN B07ZQK3M1P) were marked as "Lost" at FC LGB8 on March 4, 2026 (reference ID 8837261045). It's been more than 30 days and they were neither found nor reimbursed.

Unfortunately this isn't the first time, we filed a similar case in January that took three follow-ups. Could you please review and either reconcile or reimburse these units at the current average selling price ($27.99)?

Thanks,
Amanda Price
Kindred Kitchen Co.
""", topic="warehouse-lost",
  dec=[("fnsku", "X002R8LMQ4"), ("asin", "B07ZQK3M1P"), ("reimbursement-id", "8837261045"), ("mild-word", "Unfortunately")],
  notes="calm with a mild word")

M("fba-return-in-072", "fba-reimbursement", "", "IN", "indian",
  "Customer return not received - order 171-8820394-4416328",
  """
Dear Team,

For order ID 171-8820394-4416328 the customer was refunded on 12/02/2026 but the item has not been returned to the fulfilment centre even after 45 days. As per the policy, reimbursement should be given if the return is not received within 30 days of the refund.

Product: Philips air fryer, SKU PH-AF-4.1L, amount Rs. 8,499.

Kindly check and reimburse at the earliest. Please do the needful.

Regards,
Rohit Malhotra
""", topic="customer-return",
  dec=[("order-id", "171-8820394-4416328"), ("sku", "PH-AF-4.1L")], notes="Indian writer, customer return")

M("fba-damaged-tr-073", "fba-reimbursement", "", "UK", "turkish",
  "Depoda hasar gören ürünler için geri ödeme talebi",
  """
Merhaba Amazon Satıcı Destek Ekibi,

Envanter raporumuza göre, FNSKU X004LQ2MZK olan 25 adet seramik vazo depo tarafından "hasarlı" olarak işaretlendi (Depo: BHX4, tarih 9 Mart 2026). Ancak bu ürünler için henüz bir geri ödeme almadık.

Ürünlerimiz çift katlı kutularda ve köpük korumalı gönderildi, bu nedenle hasarın depo içinde oluştuğunu düşünüyoruz. Birim maliyeti 14,50 GBP'dir.

Lütfen durumu inceleyip geri ödemeyi yapabilir misiniz? Gerekirse faturaları da gönderebiliriz.

Teşekkür ederim,
Elif Aksoy
Kapadokya Seramik
""", lang="tr", topic="warehouse-damaged",
  dec=[("fnsku", "X004LQ2MZK")], notes="Turkish on UK")

M("fba-removal-latam-074", "fba-reimbursement", "", "US", "latam",
  "Removal order not delivered - 7MNQ2XKL4Z",
  """
Hello,

I created a removal order ID 7MNQ2XKL4Z on 5 February for 60 units of my backpacks, to be sent to my prep center in Doral, Florida. The status says "Completed" and the tracking is 1Z7W2E340312845590, but the carrier shows only 1 of 2 boxes delivered. The second box never arrive.

My prep center confirm they received only 30 units. Please investigate and reimburse the 30 units missing. I attach the receiving report of the prep center.

Thank you very much,
Camila Torres
Mochilas del Sur
""", topic="removal",
  dec=[("removal-order-id", "7MNQ2XKL4Z"), ("tracking-number", "1Z7W2E340312845590")],
  notes="removal order partly lost")

M("fba-inbound-vn-075", "fba-reimbursement", "", "US", "other-non-native",
  "Inbound damaged by carrier - FBA15LQ8XN2K",
  """
Dear Seller Support,

Our shipment FBA15LQ8XN2K (Amazon Partnered Carrier, LTL) arrived at ONT8 with 2 pallets damaged. The receiving shows 96 units damaged of SKU RATTAN-BSK-L. We used Amazon partnered carrier so we think Amazon should be responsible.

The BOL number is 702918367 and the delivery photos are attached. Our product cost is $12.30 per unit.

Please open investigation. Thank you for your help.
Nguyen Van Phuc
""", topic="damaged-inbound",
  dec=[("shipment-id", "FBA15LQ8XN2K"), ("bol-number", "702918367"), ("sku", "RATTAN-BSK-L")],
  notes="9-digit BOL number that fails the ABA check")

M("fba-warehouse-zh-076", "fba-reimbursement", "", "US", "chinese",
  "库存丢失索赔 / lost inventory claim FNSKU X003MZ8Q2L",
  """
Hi Amazon,

我们的货件有库存丢失，请帮忙查一下。Our 72 units of FNSKU X003MZ8Q2L disappeared from the inventory in ABE8 on 3/10. The ledger show "Adjustment - Lost" but no reimbursement after 5 weeks.

Also I want to tell: our payment information for the reimbursement, please transfer to our company bank account directly:
开户行：中国工商银行深圳福田支行
银行账号：4000 0231 0920 0518 776
户名：深圳市恒通贸易有限公司

Please help check, thank you very much!
恒通贸易 Hengtong Trade
""", topic="warehouse-lost",
  sec=[("bank-account", "4000 0231 0920 0518 776")],
  dec=[("fnsku", "X003MZ8Q2L"), ("foreign-snippet", "我们的货件有库存丢失，请帮忙查一下。")],
  notes="mixed Chinese/English; pastes a Chinese bank account number")

M("fba-return-native-077", "fba-reimbursement", "", "CA", "native",
  "Returned item was the wrong product - order 702-3319284-5526740",
  """
Hello,

Order 702-3319284-5526740 was refunded as a return, and the unit was put back into our sellable inventory. When we pulled it in a removal (LPN LPNRK4420917), the box contained a cheap knock-off headset, not our product. A fraudulent buyer swapped the item and kept ours.

Photos of the returned item, the LPN label and our original product are attached. Please reimburse the full price ($149.99 CAD) and check whether the buyer has done this before.

Thanks,
Ethan Park
Northstar Audio
""", topic="customer-return",
  dec=[("order-id", "702-3319284-5526740"), ("lpn", "LPNRK4420917"), ("strong-fact-word", "A fraudulent buyer")],
  notes="calm letter with strong factual words ('a fraudulent buyer')")

M("fba-inbound-angry-pk-078", "fba-reimbursement", "", "US", "other-non-native",
  "THIRD TIME ASKING - 500 units lost FBA15MZQ2X7P",
  """
This is the THIRD TIME I am opening this case!!! Every time I get a copy paste answer. 500 units of my cotton towels from shipment FBA15MZQ2X7P are missing and your team keeps asking for the same documents I ALREADY SENT.

POD, invoice, packing list, everything is attached AGAIN. Carrier delivered 20 cartons, you received 15 cartons. It is simple math.

Are you even reading my messages? I am losing thousands of dollars while you send templates. I want a supervisor to look at this, not another bot.

Asif Mehmood
Faisalabad Home Textiles
""", topic="lost-inbound",
  emo=["This is the THIRD TIME I am opening this case!!!", "I ALREADY SENT", "Are you even reading my messages?", "not another bot"],
  dec=[("shipment-id", "FBA15MZQ2X7P")], notes="angry, shouting in a reimbursement case")

M("fba-removal-in-079", "fba-reimbursement", "", "IN", "indian",
  "Removal order delivered to wrong address",
  """
Hello Team,

Our removal order 4KQ9ZL2XMP for 120 units of cotton kurtas was delivered to a different address. Our warehouse is in Tiruppur, Tamil Nadu 641604 but the tracking AWB 77281930465 shows delivery in Coimbatore.

Our address in Seller Central is correct (screenshot attached). Kindly investigate with the courier and reimburse the units if they cannot be recovered. Unit value Rs. 650.

Thank you,
Lakshmi Subramanian
""", topic="removal",
  dec=[("removal-order-id", "4KQ9ZL2XMP"), ("postcode", "641604"), ("tracking-number", "77281930465")],
  notes="removal delivered wrong; Indian postcode and AWB")

M("fba-damaged-native-080", "fba-reimbursement", "", "UK", "native",
  "Damaged in FC - reimbursement shortfall",
  """
Hello,

We received reimbursement 2918374650 for 18 units of our glass candle holders damaged at LCY2, but it was calculated at £3.20 per unit. Our manufacturing cost is £7.85 per unit, and our invoice from the glassworks (INV-2026-0211) is attached.

It's a little frustrating to have to chase this, but we'd be grateful if you could review the amount and pay the difference of £83.70.

Kind regards,
Sophie Turner
Wick & Willow Ltd
""", topic="warehouse-damaged",
  dec=[("reimbursement-id", "2918374650"), ("invoice-number", "INV-2026-0211"), ("mild-word", "a little frustrating")],
  notes="calm, a mild word")

M("fba-return-latam-081", "fba-reimbursement", "", "US", "latam",
  "Customer returned empty box - order 114-5520938-1107266",
  """
Hi Seller Support,

The customer of order 114-5520938-1107266 returned the package but inside the box there was only a brick and paper, no drone. The FC received and processed the return as "sellable", and now the next customer got the empty box too and gave us negative feedback.

Please reimburse the drone ($219.00) and remove the negative feedback because it is not our fault. I send the photos from the next customer.

Gracias,
Ricardo Mendoza
""", topic="customer-return",
  dec=[("order-id", "114-5520938-1107266")], notes="latam, empty box return")

M("fba-inbound-native-082", "fba-reimbursement", "", "US", "native",
  "Shortage on FBA15PX2QK8R - carton-level POD attached",
  """
Hello,

Shipment FBA15PX2QK8R shows 340 of 360 units received at MDW2. The 20 missing units are one full carton (box 7 of 18, label FBA15PX2QK8RU000007). FedEx Ground tracking 784920183746 confirms delivery of all 18 cartons on 3/3/2026.

Attached: proof of delivery, packing list and our invoice. Please reconcile the shipment and reimburse the missing carton if it can't be located.

Best,
Lauren Mitchell
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA15PX2QK8R"), ("tracking-number", "784920183746")],
  notes="numbers everywhere, calm")

M("fba-warehouse-tr-083", "fba-reimbursement", "", "DE", "turkish",
  "Lost units - please check transfer",
  """
Hello Seller Support,

We have 54 units of SKU TR-KILIM-120 which were in transfer from WRO5 to DTM2 since 15 February. Now the inventory shows 0 in transfer and 0 available, and no reimbursement in the report.

Can you please check where these units are? If they are lost, please reimburse with the average price €49.90. I have attached the inventory ledger export.

Thank you,
Ahmet Kurt
Anadolu Kilim
""", topic="warehouse-lost",
  dec=[("sku", "TR-KILIM-120")], notes="Turkish seller on DE, English")

# ---- technical issues

M("tech-login-native-084", "technical-issue", "", "US", "native",
  "Locked out after phone change - 2SV",
  """
Hi,

I got a new phone last week and now I can't get past two-step verification. The authenticator app was on the old phone, which was traded in. I tried the backup method but it goes to an old landline.

To save time, my login is mike@tidewaterbaits.com and the password is Bluebird!Harbor92 . The code it sent to my backup email this morning was 739104 but it expired before I could use it.

Can you reset my 2SV so I can register the new phone? My store is Tidewater Baits and I have orders that need to be confirmed today.

Thanks,
Mike Sorensen
(555) 318-0472
""", topic="login",
  sec=[("password", "Bluebird!Harbor92"), ("one-time-code", "739104")],
  dec=[("phone", "(555) 318-0472")], notes="pastes password and a one-time code")

M("tech-login-zh-085", "technical-issue", "", "US", "chinese",
  "Can not login Seller Central - 登录不了",
  """
Hello Seller Support,

我们登录不了卖家后台，please help. Since yesterday when we login, the page keep showing "There was a problem, your password is incorrect", but the password is correct, our colleague just used it.

账号：ops@szlingfeng.com
密码是 Lf#2026szSHOP
The verification code we receive by SMS: 验证码：582047 (received 10:32 Beijing time)

We tried Chrome and Edge, cleared cookie, still same. Our IP is in Shenzhen, same as always. Please check if our account is locked and help us to login, we have many orders to ship.

Thank you!
Lingfeng Tech
""", topic="login",
  sec=[("password", "Lf#2026szSHOP"), ("one-time-code", "582047")],
  dec=[("foreign-snippet", "我们登录不了卖家后台")],
  notes="mixed Chinese/English; password and SMS code pasted after Chinese labels")

M("tech-deposit-native-086", "technical-issue", "", "US", "native",
  "Deposit method verification keeps failing",
  """
Hello,

We're trying to update our deposit method to our new business checking account, and the form keeps rejecting it with "Bank account could not be verified". Details below so you can check what's wrong:

Bank: JPMorgan Chase
Routing number: 021000021
Account number: 483920175562
Account holder: Copperline Coffee Roasters LLC

The account is open and active; we've received ACH deposits from other marketplaces into it. Our next disbursement is scheduled for Friday. Can you tell us what's causing the failure?

Thanks,
Nina Alvarado
Copperline Coffee Roasters LLC
""", topic="deposit-method",
  sec=[("routing-number", "021000021"), ("bank-account", "483920175562")],
  notes="routing and account number pasted")

M("tech-deposit-latam-087", "technical-issue", "", "US", "latam",
  "Problem to add bank account for disbursement",
  """
Hi Amazon Support,

I am from Colombia and I have a US bank account in Bank of America, opened with my LLC in Wyoming. When I put it in Seller Central it says "invalid routing number". I copy from my bank app exactly:

Routing - 0260-0959-3
Acct # 7719-0024-8815
Name: Andes Outdoor Gear LLC

Is the problem that I use the routing for wires instead of ACH? The bank say this one is for both. Please tell me what number I need to put, I have 3 disbursements blocked.

Gracias!
Felipe Ospina
""", topic="deposit-method",
  sec=[("routing-number", "0260-0959-3"), ("bank-account", "7719-0024-8815")],
  notes="routing number written with dashes")

M("tech-payment-ja-088", "technical-issue", "", "JP", "other-non-native",
  "出品料金のクレジットカード決済ができません",
  """
Amazon出品サポートご担当者様

いつもお世話になっております。株式会社ミナト雑貨の佐藤です。

今月の月額登録料の請求でクレジットカードの決済が失敗したとの通知が届きました。カードは有効で、他のサービスでは問題なく使えております。念のためカード情報を記載しますので、ご確認いただけますでしょうか。

カード番号：5265 8657 9754 3233
有効期限：2028年9月
セキュリティコード：731
暗証番号：4827

カードの名義は会社名義です。お手数をおかけしますが、原因を調べていただけますと幸いです。

よろしくお願いいたします。
佐藤 健一
""", lang="ja", topic="payment-method",
  sec=[("card", "5265 8657 9754 3233"), ("card-expiry", "2028年9月"), ("card-code", "731"), ("password", "4827")],
  notes="Japanese on JP: card, expiry, security code and PIN pasted")

M("tech-payment-zh-089", "technical-issue", "", "US", "chinese",
  "信用卡扣款失败，无法支付月租",
  """
您好，

我们的卖家账户显示“付款方式无效”，月租39.99美元扣款失败，账户现在有被暂停的风险。我们使用的是银联信用卡，请帮我们检查一下问题在哪里。

卡号：6228082462819482195
有效期：2029年6月
安全码：316
持卡人：LIU YANG

我们已经在后台重新输入了三次，每次都提示“无法验证”。请问是否亚马逊不支持这种卡？如果不支持，我们应该使用哪种卡？

谢谢您的帮助！
刘洋
""", lang="zh", topic="payment-method",
  sec=[("card", "6228082462819482195"), ("card-expiry", "2029年6月"), ("card-code", "316")],
  notes="Chinese on US; 19-digit UnionPay card, expiry and security code")

M("tech-deposit-tr-090", "technical-issue", "", "UK", "turkish",
  "Deposit method - Turkish bank account is rejected",
  """
Hello,

We want to receive the payments to our company account in Türkiye (Garanti BBVA, EUR account). When we enter it, Seller Central says the bank is not supported for GBP.

Our IBAN is TR18 0006 2001 1900 0006 6723 15 and SWIFT TGBATRISXXX. Should we open an account in UK or can we use Amazon Currency Converter for Sellers with this IBAN?

Please advise, our first payment is waiting since 2 weeks.

Saygılarımla,
Serkan Aydemir
Ege Tekstil Ltd. Şti.
""", topic="deposit-method",
  sec=[("iban", "TR18 0006 2001 1900 0006 6723 15")],
  dec=[("swift-code", "TGBATRISXXX"), ("foreign-snippet", "Saygılarımla")],
  notes="Turkish IBAN with spaces; SWIFT as decoy")

M("tech-upload-in-091", "technical-issue", "", "IN", "indian",
  "Flat file upload error 8541 - please help",
  """
Dear Seller Support,

We are uploading inventory file for 120 new sarees but every time processing report shows error 8541 and 90 rows are rejected. Feed submission ID 50183927461.

We have checked the UPC codes (purchased from GS1 India) and they are correct, for example 8901234567894. I have also reset password of our user and logged in fresh, and cleared the cache, still same error.

Kindly check from your end what is the issue and revert back. Template and processing report both attached.

Thanks & regards,
Anjali Mehta
Mehta Silks, Varanasi
""", topic="listing-upload",
  dec=[("error-code", "8541"), ("feed-id", "50183927461"), ("upc", "8901234567894"), ("password-word", "reset password")],
  notes="upload error; 'reset password' with no value")

M("tech-report-vn-092", "technical-issue", "", "US", "other-non-native",
  "Business Report shows no data since March 1",
  """
Hello,

Unfortunately our Business Reports (Detail Page Sales and Traffic by Child Item) show zero sessions and zero sales for every day since 1 March, but we had 340 orders in this time, you can see in Order Reports.

We tried different date ranges and browsers. Other reports like Inventory Health are fine. Please check if there is a problem with our account data.

Thank you,
Hoang Minh Tuan
Saigon Coffee Tools
""", topic="report-error",
  dec=[("mild-word", "Unfortunately")], notes="calm, mild word, Vietnamese")

M("tech-page-pt-093", "technical-issue", "", "BR", "latam",
  "Página de estoque não carrega",
  """
Olá, equipe de suporte,

Desde ontem à tarde a página "Gerenciar estoque" não carrega para a nossa conta. Aparece apenas uma tela branca e depois a mensagem "Desculpe, ocorreu um erro". Já testamos no Chrome, Firefox e no aplicativo do celular, com o mesmo resultado.

Precisamos atualizar preços e quantidades de 85 produtos antes da campanha de amanhã. Conseguem verificar o que está acontecendo?

Obrigado,
Thiago Carvalho
Casa Verde Utilidades
""", lang="pt", topic="page-error", notes="Portuguese on BR (not an English-required marketplace)")

M("tech-api-native-094", "technical-issue", "", "US", "native",
  "SP-API: 403 Unauthorized on Orders API after app re-authorization",
  """
Hi,

Our private SP-API application (app ID amzn1.sp.solution.4f2a9c1e-77b3-4d0a-9e21-5c8f3b6a0d12) started returning 403 Unauthorized on getOrders at 14:05 UTC on March 20. We re-authorized the app from Seller Central, rotated the client secret as the developer console requested, and confirmed the IAM role ARN is unchanged. The Reports API calls with the same token work fine.

Request ID from the failing call: 8f3a1c2e-0b7d-4a8e-b5f1-2d9c6e4a7b30. Could you check whether the Orders role (with PII) was dropped during the developer profile review?

Thanks,
Sam Okafor
Engineering, Parcelwise
""", topic="api",
  dec=[("app-id", "amzn1.sp.solution.4f2a9c1e-77b3-4d0a-9e21-5c8f3b6a0d12")],
  notes="technical native letter, no secret values")

M("tech-tax-latam-095", "technical-issue", "", "US", "latam",
  "Tax interview W-8BEN-E error",
  """
Hello,

I am trying to complete the tax interview for our company Textiles Huichol S.A. de C.V. (RFC THU180514AB2) and at the end the system shows "We could not validate your information, please try again later". I have tried 6 times in 3 days.

We choose W-8BEN-E, country Mexico, and we put the RFC as foreign tax ID. Is it correct or we need a US EIN? We don't have one.

Thank you for your guidance,
Alejandra Ruiz
""", topic="tax-interview",
  dec=[("tax-id", "RFC THU180514AB2")], notes="tax interview; RFC is not a secret")

M("tech-login-in-096", "technical-issue", "", "IN", "indian",
  "OTP not coming - cannot login - URGENT HELP",
  """
Sir/Madam,

Since 3 days I am not able to login to Seller Central because the OTP is not coming on my mobile. I have tried more than 50 times. I am totally helpless, my whole family is depending on this business and orders are getting cancelled automatically. Please I beg you, help me, I am not able to sleep or eat, I am completely broken.

My registered mobile is +91 97310 55820 and email is arora.handloom@gmail.com. Please change the 2-step verification to my email or call me.

Please please help me urgently.
Harpreet Arora
""", topic="login",
  emo=["I am totally helpless", "Please I beg you, help me", "I am not able to sleep or eat, I am completely broken", "Please please help me urgently."],
  dec=[("otp-word", "OTP"), ("phone", "+91 97310 55820")],
  notes="despair; OTP mentioned with no value")

M("tech-upload-zh-097", "technical-issue", "", "US", "chinese",
  "Listing upload error - category approval required?",
  """
Dear Seller Support,

We try to create new listing for our silicone baby bibs but the system shows error 5665 "You are not approved to list in this category". We think baby bibs are not in restricted category. Screenshot show the message in Chinese because our browser language: “您需要获得批准才能在此分类中发布商品”.

Also when we open the approval page, it asks a verification code which we have entered, then page refresh and nothing happen.

SKU: BB-SIL-BLUE-01, UPC 6971234560015. Please help check, thank you.

Best regards,
Ningbo Babycare
""", topic="listing-upload",
  dec=[("error-code", "5665"), ("foreign-snippet", "您需要获得批准才能在此分类中发布商品"), ("verification-code-word", "verification code"), ("sku", "BB-SIL-BLUE-01"), ("upc", "6971234560015")],
  notes="Chinese snippet quoted; 'verification code' with no value")

M("tech-deposit-pk-098", "technical-issue", "", "UK", "other-non-native",
  "Payoneer account not accepted for disbursement",
  """
Dear Support,

We are a company in Lahore and we use Payoneer receiving account in GBP to get our Amazon UK payments. After updating the deposit method the disbursement failed with "bank rejected". Payoneer support say the account is active.

Our local bank for withdraw is Habib Bank, SWIFT HABBPKKA, but we entered only the Payoneer UK details in Seller Central. Can you tell us the reason of the rejection from your side?

Regards,
Usama Javed
Crescent Sports Pvt Ltd
Tel +92 42 3578 1200
""", topic="deposit-method",
  dec=[("swift-code", "HABBPKKA"), ("phone", "+92 42 3578 1200")],
  notes="deposit problem described without pasting any account number")

M("tech-deposit-in-099", "technical-issue", "", "IN", "indian",
  "Change of bank account - disbursement on hold",
  """
Dear Team,

Our disbursement is on hold since we changed our bank account. We have uploaded the cancelled cheque twice but verification is still pending.

New bank details for your verification:
Bank: HDFC Bank, Andheri East branch
A/c No: 50100234567812
IFSC: HDFC0000542
A/c name: Shivam Enterprises

Kindly verify at the earliest and release the payment of Rs. 2,84,310. Please do the needful.

Regards,
Amit Joshi
Shivam Enterprises
""", topic="deposit-method",
  sec=[("bank-account", "50100234567812")],
  dec=[("ifsc", "HDFC0000542")], notes="Indian bank account pasted; IFSC is a decoy")

# ---- brand disputes

M("brand-hijacker-zh-100", "brand-dispute", "", "US", "chinese",
  "Hijacker selling fake product on our brand listing ASIN B0CT2MQ8ZL",
  """
Dear Brand Registry Support,

We are the brand owner of "KOVOLA" (US trademark Reg. No. 7045512, Brand Registry enrolled). From 8 March a seller named "ZHENGDA-US" is selling on our listing ASIN B0CT2MQ8ZL with lower price.

We made a test buy, order number 113-2093847-5561029, and the item we received is not our product: the logo is printed wrong, no serial number, and the charger is different. These are the counterfeit units, the photos comparing with our genuine product are attached.

We already reported through the Report a Violation tool, case 1672839405, but the seller is still there. Please remove this seller from our listing and investigate. Thank you.

KOVOLA Brand Team
深圳市科沃拉电子有限公司
""", topic="hijacker",
  dec=[("trademark-number", "7045512"), ("asin", "B0CT2MQ8ZL"), ("order-id", "113-2093847-5561029"), ("case-id", "1672839405"), ("foreign-snippet", "深圳市科沃拉电子有限公司"), ("strong-fact-word", "These are the counterfeit units")],
  notes="calm brand owner using the word 'counterfeit' about facts")

M("brand-contrib-native-101", "brand-dispute", "", "US", "native",
  "Detail page contribution overwritten - ASIN B09MQK7Z2T",
  """
Hello,

We're the brand owner for Fieldstone Pottery (Brand Registry). Someone keeps changing the title and main image of our ASIN B09MQK7Z2T. The title now says "Set of 4" when our product is a set of 2, and the image is a stock photo that isn't ours. We've corrected it three times through the Brand Dashboard and it reverts within a day.

Could you lock the title and main image to our contributions and tell us which account is submitting the changes?

Thanks,
Olivia Grant
Fieldstone Pottery
""", topic="listing-contribution", dec=[("asin", "B09MQK7Z2T")],
  notes="native, listing contribution")

M("brand-ownership-de-102", "brand-dispute", "", "DE", "other-non-native",
  "Markeninhaberschaft - falscher Markeninhaber in der Markenregistrierung",
  """
Sehr geehrtes Brand-Registry-Team,

wir sind Inhaber der Wortmarke „HOLZWERK BERGMANN" (DPMA-Registernummer 30 2019 104 771). Wir haben festgestellt, dass ein anderer Verkäufer unsere Marke in der Markenregistrierung angemeldet hat und nun als Markeninhaber für unsere ASINs eingetragen ist, zum Beispiel B08ZKQ4L2M.

Der Verkäufer hat keinerlei Rechte an der Marke. Die Urkunde des DPMA und eine Vollmacht unseres Geschäftsführers fügen wir bei. Wir bitten Sie, die Registrierung zu prüfen und uns als rechtmäßigen Markeninhaber einzutragen.

Mit freundlichen Grüßen
Katrin Bergmann
Holzwerk Bergmann GmbH
""", lang="de", topic="brand-ownership",
  dec=[("trademark-number", "30 2019 104 771"), ("asin", "B08ZKQ4L2M")],
  notes="German on DE (not an English-required marketplace)")

M("brand-hijacker-tr-103", "brand-dispute", "", "UK", "turkish",
  "THIEVES ON MY LISTING AGAIN",
  """
Amazon, WHY YOU DO NOTHING??? For the fourth time the same thieves are selling on my brand listing B0C3LQ9ZKX with my photos and my brand name. I reported 4 times, I sent test buy, I sent trademark, and still they are there!!!

Every day they steal my sales and customers get bad quality and write bad reviews on MY product. You are protecting thieves and killing my small company. I am paying you every month for what? I am so angry I can not even write properly.

Remove them TODAY.

Kemal Yavuz
Yavuz Bakır
""", topic="hijacker",
  emo=["WHY YOU DO NOTHING???", "the same thieves are selling", "You are protecting thieves and killing my small company", "I am so angry I can not even write properly", "Remove them TODAY."],
  dec=[("asin", "B0C3LQ9ZKX")], notes="angry shouting brand owner")

M("brand-transparency-in-104", "brand-dispute", "", "IN", "indian",
  "Transparency code issue - units rejected at FC",
  """
Dear Brand Registry Team,

We are enrolled in Transparency for our brand AYURVEDA ROOTS. Our inbound shipment FBA15QK2ZX8M was rejected at the FC because "Transparency codes not valid". We have printed the codes from the Transparency portal, sample code on the label is AZ:7KQ2MX9PLT4R8.

Kindly check if the codes were activated for the correct GTIN. We have 1,200 units waiting and request you to resolve at the earliest.

Thanks and regards,
Divya Menon
Ayurveda Roots Pvt Ltd, Kochi
""", topic="brand-program",
  dec=[("shipment-id", "FBA15QK2ZX8M"), ("transparency-code", "AZ:7KQ2MX9PLT4R8")],
  notes="Transparency code as decoy")

M("brand-registry-latam-105", "brand-dispute", "", "US", "latam",
  "Brand Registry verification code - please complete enrollment",
  """
Hello Brand Registry,

We applied for Brand Registry for our brand "TIERRA VIVA" (USPTO serial 98123456). Amazon sent the verification code to our trademark attorney, and he forwarded it to us. The code is 604218 but when I enter it the page says "code expired", and I cannot find where to ask for a new one.

Can you please complete the verification with this code or send a new code to the attorney? His email is in the USPTO record. We are a cooperative of 40 coffee farmers in Chiapas and this is our first brand.

Muchas gracias,
Mariana López
""", topic="brand-ownership",
  sec=[("one-time-code", "604218")], dec=[("trademark-number", "98123456")],
  notes="pastes a Brand Registry verification code")

M("brand-hijacker-agency-106", "brand-dispute", "", "US", "native",
  "Repeated unauthorized sellers on Harbor & Pine listings - request for escalation",
  """
To the Brand Protection Team,

We write on behalf of our client Harbor & Pine Candle Co. (Brand Registry, USPTO Reg. No. 6,802,331). Over the past five weeks three sellers have joined the client's listings. Amazon's reply to our last report read:

"We reviewed your report and could not find a violation. If you believe this is urgent, please provide an order ID from a test buy."

We have since completed two test buys, orders 114-7720193-4452018 and 114-7720193-6650274. Both units arrived without the client's lot sticker and with a different wax colour. Side-by-side photos and the client's manufacturing records are attached. We ask that the report be re-reviewed and escalated.

Regards,
Priya Raman
Brand Protection Lead, Meridian Commerce Partners
""", topic="hijacker",
  dec=[("trademark-number", "6,802,331"), ("order-id", "114-7720193-4452018"), ("order-id", "114-7720193-6650274"), ("quoted-notification", "If you believe this is urgent")],
  notes="agency letter quoting an Amazon reply that says 'urgent'")

# ---- category approval

M("cat-grocery-vn-107", "category-approval", "", "US", "other-non-native",
  "Request approval Grocery & Gourmet - Vietnamese coffee",
  """
Dear Category Approval team,

We are Highland Bean Export Co., Ltd from Da Lat, Vietnam. We want to sell our roasted coffee beans and drip filter coffee in Grocery & Gourmet category.

We attached:
- FDA Food Facility Registration number 17203948561
- Invoice from our roastery (we are the manufacturer)
- Product label photos with ingredient and nutrition facts in English
- Food safety certificate HACCP

Please review our application. If any more document is needed, please tell us.

Thank you,
Pham Thi Hoa
""", topic="grocery",
  dec=[("certificate-number", "17203948561")], notes="grocery ungating")

M("cat-supplements-in-108", "category-approval", "", "IN", "indian",
  "Approval for Health & Personal Care - dietary supplements",
  """
Dear Team,

We are requesting approval to sell our ashwagandha capsules in the dietary supplements category on Amazon.in. Our FSSAI licence number is 10019022004518 and the manufacturing unit is in Haridwar.

Please find attached the FSSAI licence, lab test report for heavy metals and microbiology, and the product label. Kindly review and approve at the earliest. Please let us know if anything else is required.

Thanks & regards,
Ravi Shankar
Himalaya Herbal Naturals
""", topic="dietary-supplements",
  dec=[("certificate-number", "10019022004518")],
  notes="14-digit FSSAI licence number (not a card)")

M("cat-toys-zh-109", "category-approval", "", "US", "chinese",
  "Toys holiday selling requirements - request approval",
  """
Hello Amazon,

我们是玩具工厂 (Shantou Happy Toys Factory). We want to sell our building blocks during Q4 holiday season. Our account has 14 months history and ODR 0.3%, we think we meet the performance requirements.

CPC certificate and ASTM F963 test report from Intertek (report No. 260312048GZU) are attached. We also have 3 listings already in Toys which are selling fine.

Please approve us for holiday selling. Thank you very much!
Happy Toys
""", topic="toys-holiday",
  dec=[("foreign-snippet", "我们是玩具工厂"), ("certificate-number", "260312048GZU")],
  notes="mixed Chinese/English; mentions ODR but this is not an appeal")

M("cat-jewelry-tr-110", "category-approval", "", "US", "turkish",
  "Fine jewelry category approval - Grand Bazaar Gold",
  """
Dear Category Team,

We are a family jewellery workshop in Istanbul Grand Bazaar since 1978, now we want to sell our 14K gold and 925 silver jewellery on Amazon.com.

Attached documents: the assay certificates from Istanbul Assay Office for our gold items, company registration, and invoices for gold purchase from Borsa Istanbul members. Each piece has hallmark stamp.

We would be very happy if you can approve our application, please let us know if more information needed.

Best regards,
Levent Güneş
""", topic="jewelry", notes="fine jewelry ungating, Turkish seller")

M("cat-automotive-native-111", "category-approval", "", "US", "native",
  "Follow-up: Automotive & Powersports approval (2nd request)",
  """
Hi,

Following up on our Automotive approval request from February 20. It was denied with "insufficient documentation", but we'd sent three invoices from our distributor (Keystone Automotive) dated within the last 180 days with 10+ units each, plus our resale certificate.

It's frustrating not to get a specific reason. Could you tell us exactly which requirement the invoices didn't meet? We'd be glad to resubmit.

Thanks,
Derek Olsen
Olsen Truck Parts
""", topic="automotive",
  dec=[("mild-word", "It's frustrating")], notes="calm follow-up with a mild word")

M("cat-beauty-latam-112", "category-approval", "", "US", "latam",
  "Beauty topicals approval - invoices in our distributor portal",
  """
Hello,

We applied for approval in Beauty (topicals) for skin care products of the brand we distribute in US. The reviewer asked for invoices, but our distributor gives invoices only in their online portal.

To make it easy you can log in and see all our invoices:
portal.bellezaprime-dist.com
user: compras@solysal.co
password: Cosmeticos*2026

There you can see invoices from January to March with more than 500 units. Please approve our account Sol y Sal Beauty. Thank you!

Daniela Vargas
""", topic="beauty-topicals",
  sec=[("password", "Cosmeticos*2026")],
  notes="pastes the login of a supplier portal")

M("cat-collectibles-pk-113", "category-approval", "", "UK", "other-non-native",
  "Request for collectible coins category approval",
  """
Dear Amazon UK,

We are Sterling Heritage Coins, a small dealer from Birmingham (owner originally from Rawalpindi). We would like to sell graded collectible coins. All our coins are graded by NGC or PCGS and we can provide the certification numbers for each listing, for example NGC 6574821-003.

We have attached our invoices from the Royal Mint and two UK auction houses. Please give us chance to sell in this category, we have 10 years experience in coin trade.

Kind regards,
Tariq Hussain
""", topic="collectibles",
  dec=[("certificate-number", "NGC 6574821-003"), ("mild-plea", "Please give us chance to sell in this category")],
  notes="calm request with a polite plea")

# ---- more appeals: a policy clause ID, a Japanese POA, a POA with pasted bank details

M("poa-psa-zh-114", "account-appeal", "prohibited-seller-activities", "US", "chinese",
  "Appeal for SP-PSA-0407 deactivation",
  """
Dear Seller Performance,

We received the notice with "Policy reference: SP-PSA-0407" for our store GREENPEAK Garden. After investigation we understand it is about the coupons we offered to buyers in exchange to remove feedback. We accept SP-PSA-0407 violation and give our plan.

(a) Why it happened
Our customer service staff sent messages to 11 buyers with negative feedback: "we will give you $10 coupon if you remove the feedback". She copied this method from a seller forum and she did not know it is prohibited activity.

(b) What we have corrected
- We stopped all such messages on 15 March and deleted this template from our system.
- We sent a message to the 11 buyers to say sorry and that they do not need to change anything, the coupons were cancelled.
- The staff was moved to the warehouse team and no longer has access to Buyer-Seller Messaging.

(c) How we prevent
- Every message template must be approved by the manager before use.
- All customer service staff will take the Seller University course about feedback and reviews every half year.
- The manager will check 20 sent messages every week.

Thank you for your time.
GREENPEAK Garden
""", style="lettered", rc="(a) Why it happened", co="(b) What we have corrected", pr="(c) How we prevent",
  pol=["SP-PSA-0407"], notes="policy cited only by a clause/reference ID")

M("poa-listing-ja-115", "listing-reinstatement", "listing-policy", "JP", "other-non-native",
  "ASIN B0CQ8ZL2KM 出品停止に関する改善計画書",
  """
Amazon出品者パフォーマンスチーム御中

いつも大変お世話になっております。有限会社みどり園芸の山田でございます。
弊社商品（ASIN B0CQ8ZL2KM、園芸用ハサミ）が「商品詳細ページのルール」違反により出品停止となりました。以下のとおり改善計画をご提出いたします。

【原因】
商品名に「最安値」「送料無料」などの宣伝文句を入れておりました。担当者がガイドラインを十分に確認しないまま登録したことが原因です。

【実施済みの対策】
・商品名、商品説明から宣伝文句をすべて削除いたしました。
・同様の表現がないか全38商品を確認し、3商品を修正いたしました。

【再発防止策】
・新規登録の際は、担当者と責任者の2名でガイドラインに沿って確認いたします。
・3か月ごとに全商品の商品名を点検いたします。

お手数をおかけいたしますが、ご確認のほどよろしくお願い申し上げます。
山田 花子
""", lang="ja", style="plain", rc="【原因】", co="【実施済みの対策】", pr="【再発防止策】",
  pol=["「商品詳細ページのルール」"], dec=[("asin", "B0CQ8ZL2KM")],
  notes="complete POA in Japanese on JP, bracket headings")

M("poa-idv-native-116", "account-appeal", "identity-verification", "US", "native",
  "Appeal - verification failure under Section 3 of the Business Solutions Agreement",
  """
Hello Seller Performance,

Our account (Ridgeback Tools LLC) was deactivated under Section 3 of the Business Solutions Agreement because the bank account on file could not be verified.

What went wrong: When we changed banks in February, the bookkeeper entered the new account with our old bank's routing number. The deposit test failed and the bank statement we uploaded didn't match the details on file.

What we've done: We corrected the deposit method. To save you a step, the correct details are routing 121000358 and account 6620018843, Bank of America, held by Ridgeback Tools LLC. We uploaded the March statement from that account on the 12th, and the name and address match our Secretary of State filing exactly.

Going forward, only the owner can change payment or legal information in Seller Central, and any bank change will be checked against a statement before it's submitted.

Thanks,
Will Harmon
Owner, Ridgeback Tools LLC
""", style="inline", rc="What went wrong:", co="What we've done:", pr="Going forward, only the owner",
  pol=["Section 3 of the Business Solutions Agreement"],
  sec=[("routing-number", "121000358"), ("bank-account", "6620018843")],
  notes="complete POA that pastes routing and account numbers")

# ---- more non-appeals

M("tech-payment-vn-117", "technical-issue", "", "US", "other-non-native",
  "Charge method declined - subscription fee",
  """
Hello Support,

Our selling plan fee is declined 3 times and we receive warning email. I updated the card but it still fail. Here the card we want to use, please try to charge:

card 4024.1948.7574.9116
exp 03-30
cvc 902
name DO MINH KHOA

It is Visa card from Techcombank, international payment is turned on. Please help us, we don't want the account to be suspended for not paying.

Thank you,
Khoa
""", topic="payment-method",
  sec=[("card", "4024.1948.7574.9116"), ("card-expiry", "03-30"), ("card-code", "902")],
  notes="card written with dots, expiry with a dash")

M("fba-inbound-zh-118", "fba-reimbursement", "", "US", "chinese",
  "入库货件少收 FBA18QX2MZ7K 申请赔偿",
  """
您好，

我们的货件 FBA18QX2MZ7K 已经显示“已关闭”，但是亚马逊只接收了 860 件，我们实际发货 1,000 件（共 20 箱，每箱 50 件）。货件由马士基海运到美国后，通过 UPS 卡车派送到 ONT8 仓库，签收单上显示 20 箱全部签收，没有破损备注。

附件是装箱单、商业发票和签收单（POD）。产品 SKU：HD-KTL-BLK，单个成本 11.20 美元。

请帮我们调查并赔偿缺少的 140 件。非常感谢！

深圳市恒达家居用品有限公司
""", lang="zh", topic="lost-inbound",
  dec=[("shipment-id", "FBA18QX2MZ7K"), ("sku", "HD-KTL-BLK")],
  notes="Chinese on US, inbound shortage")

M("fba-return-es-119", "fba-reimbursement", "", "US", "latam",
  "Reembolso por devolución no recibida - pedido 111-6620391-8874520",
  """
Hola equipo de soporte,

El cliente del pedido 111-6620391-8874520 recibió el reembolso completo el 10 de febrero, pero según el informe de devoluciones el producto nunca llegó al centro logístico. Ya pasaron más de 45 días.

Producto: licuadora portátil, SKU MX-BLND-01, precio 34.99 USD.

¿Pueden revisar el caso y hacer el reembolso correspondiente? Gracias por su ayuda.

Saludos,
Fernanda Aguilar
""", lang="es", topic="customer-return",
  dec=[("order-id", "111-6620391-8874520"), ("sku", "MX-BLND-01")], notes="Spanish on US")

M("tech-label-in-120", "technical-issue", "", "IN", "indian",
  "Unable to generate shipping label - Easy Ship",
  """
Dear Seller Support,

From today morning we are not able to generate the shipping labels for Easy Ship orders. The page shows "Something went wrong, please try again" for all 23 pending orders, for example 405-3319827-6672014 and 405-8821039-1109472.

Pickup is scheduled for 4 pm today and if labels are not printed the orders will become late. Kindly check urgently and revert. We have already tried logging out and on a different laptop.

Regards,
Neha Kapoor
Kapoor Gifts, Jaipur
""", topic="shipping-label",
  dec=[("order-id", "405-3319827-6672014"), ("order-id", "405-8821039-1109472"), ("mild-word", "Kindly check urgently")],
  notes="calm Indian letter with 'urgently'")

M("tech-inventory-native-121", "technical-issue", "", "US", "native",
  "Stranded inventory won't relist - batch 7302918463015528",
  """
Hi,

About 60 ASINs in our account show as stranded with the reason "listing inactive", even though the listings are active with price and quantity. Unfortunately the "Relist" button does nothing, and the Fix Stranded Inventory page times out.

Our inventory file upload (batch 7302918463015528) processed with zero errors but the items are still stranded two days later. Could someone look at this from the back end?

Thanks,
Brian Keller
Lakeshore Supply Co.
""", topic="inventory",
  dec=[("batch-id", "7302918463015528"), ("mild-word", "Unfortunately")],
  notes="16-digit batch ID that fails Luhn")

M("brand-contrib-zh-122", "brand-dispute", "", "UK", "chinese",
  "Brand Registry - our images replaced by other seller",
  """
Dear Brand Registry team,

Our brand "ORVINA" is registered (UKIPO trademark UK00003829104). Another seller changed the main image of our ASIN B0C4ZQ8MLP to a picture of a different color, and now customers complain they receive wrong color.

我们已经在品牌面板提交了三次修改，但都被其他卖家覆盖了。We submitted correct image 3 times in Brand Dashboard, but each time it is replaced after one or two days.

Please protect our listing and restore our images. Thank you!
ORVINA Official
""", topic="listing-contribution",
  dec=[("trademark-number", "UK00003829104"), ("asin", "B0C4ZQ8MLP"), ("foreign-snippet", "我们已经在品牌面板提交了三次修改，但都被其他卖家覆盖了。")],
  notes="mixed Chinese/English brand owner")

M("cat-grocery-zh-123", "category-approval", "", "US", "chinese",
  "Follow-up: Grocery approval denied",
  """
Hello,

We applied for Grocery & Gourmet approval for our Chinese tea (Longjing green tea) two times, both were denied with no clear reason. We have FDA registration, prior notice for import, invoices from the tea farm cooperative in Hangzhou, and English labels with nutrition facts.

Could you please tell us which document is missing? We will prepare it quickly. Sorry for asking again.

Best regards,
Hangzhou Mingcha Trading
""", topic="grocery",
  dec=[("single-apology", "Sorry for asking again.")], notes="calm follow-up")

# ---- a few more flawed appeals

M("poa-nd-latam-124", "account-appeal", "late-shipment", "US", "latam",
  "Plan of action - Late Shipment Rate",
  """
Dear Seller Performance Team,

We are Artesanías Maya from Mérida. Our account was deactivated because the Late Shipment Rate was 8.3%.

Root Cause Analysis
In January we moved our workshop to a new place and during two weeks the internet was not working, so we could not confirm shipments on time. The packages left on time but the confirmation was late.

Corrective Actions
- We will install a second internet connection with another company.
- We will confirm the shipments from the mobile app as backup.
- We will contact the buyers of the late orders to explain.

Preventive Measures
- Confirm shipment the same day the package leaves.
- Review the Account Health page every Monday and Thursday.

Thank you for your understanding.
Ana Cetina
""", style="plain", rc="Root Cause Analysis", co="Corrective Actions", pr="Preventive Measures", done=False,
  pol=["Late Shipment Rate"], notes="plain headings; corrective section only future")

M("poa-nd-zh-125", "listing-reinstatement", "ip-trademark", "US", "chinese",
  "Trademark complaint - ASIN B0CV2QM8LZ - plan of action",
  """
Dear Amazon,

Our listing ASIN B0CV2QM8LZ is removed because of trademark complaint from brand "AQUAFLOW".

1. The reason of the problem is: our title used "for Aquaflow water bottle" because our silicone lid can fit their bottle. We did not know that this is trademark infringement.

2. The measures we will do: we will change the title and delete the brand word from keywords, we will contact the brand owner to say sorry and ask them to withdraw the complaint.

3. Measures to avoid it again: our listing team will study Amazon intellectual property policy, every new listing will be checked by team leader before upload.

Thanks for your help.
Best regards,
Yongkang Homeware
""", style="numbered", rc="1. The reason of the problem is:", co="2. The measures we will do:", pr="3. Measures to avoid it again:", done=False,
  pol=["trademark complaint", "trademark infringement"], dec=[("asin", "B0CV2QM8LZ")],
  notes="numbered; the measures are all future tense")

M("poa-norc-in-126", "account-appeal", "product-safety", "IN", "indian",
  "Appeal for account reinstatement - product safety",
  """
Dear Sir/Madam,

Our account was deactivated due to product safety complaints on our electric kettles. Please see the steps we have already taken.

Steps already taken:
- All kettles of the complained model have been removed from sale and 310 units are recalled from the FC.
- Every customer who bought the model in the last 6 months has been refunded and informed.
- BIS certificate R-41012937 for the new model has been uploaded in Manage Your Compliance.

Steps we will take going forward:
- Each batch will be tested by an independent lab before sending to Amazon.
- Customer complaints about heating or smell will be escalated to the owner within 24 hours.

Kindly consider our appeal and restore our account. Thank you.

Regards,
Venkatesh Rao
""", style="colon", co="Steps already taken:", pr="Steps we will take going forward:",
  pol=["product safety complaints"], dec=[("certificate-number", "R-41012937")],
  notes="actions and prevention, no explanation of why the kettles failed")

M("poa-norc-zh-127", "account-appeal", "restricted-products", "US", "chinese",
  "Restricted products appeal - 我们的行动计划",
  """
Dear Seller Performance,

Our account is deactivated because we listed a lithium battery power bank which is hazmat and needs approval. 以下是我们的行动计划 (below is our plan):

Actions we took
1) Deleted the 6 power bank listings.
2) Created removal order 2LQX7ZK9MP for all 400 units.
3) Submitted the SDS and UN38.3 test report (UN3480) to dangerous goods review.

Actions we will take
1) Any battery product will be checked with the dangerous goods team before we send inventory.
2) Our staff will read the restricted products list every quarter.

Thank you!
Shenzhen Powerlink Electronics
""", style="plain", co="Actions we took", pr="Actions we will take",
  pol=["restricted products"],
  dec=[("removal-order-id", "2LQX7ZK9MP"), ("un-number", "UN3480"), ("foreign-snippet", "以下是我们的行动计划")],
  notes="'Actions we took / Actions we will take' with no root cause; Chinese line inside")

M("poa-noco-tr-128", "listing-reinstatement", "used-sold-as-new", "UK", "turkish",
  "Reinstatement request - used sold as new - ASIN B0CHQ2ZM7L",
  """
Dear Amazon,

Our ASIN B0CHQ2ZM7L (espresso machine) is deactivated because some customers said they received used item.

Investigation: we found that our 3PL warehouse in Coventry re-sent returned machines as new to FBA. They did not have instruction to separate returns.

Never again: from now every return will go to a separate shelf and will be inspected by our technician. Returned items will only be listed as "Used" or "Renewed" with correct condition notes. Our 3PL contract will include a return handling procedure.

Thank you for reviewing.
Berk Eren
""", style="inline", rc="Investigation:", pr="Never again:",
  pol=["used item"], dec=[("asin", "B0CHQ2ZM7L")],
  notes="cause and prevention only; nothing said about the machines already sold or in stock")

M("poa-noco-native-129", "account-appeal", "review-manipulation", "US", "native",
  "Reviews policy appeal",
  """
Hello,

We were deactivated for a violation of the Community Guidelines on reviews.

Here's what happened. Our marketing contractor ran a Facebook group promotion offering a full refund through PayPal to anyone who bought our phone case and left a review. We didn't know the contractor was doing this; we'd hired them for ad management only.

To keep this from happening again, every outside contractor will sign an agreement that prohibits any review-related promotion, all promotions will go through Amazon's own tools (Vine, coupons), and I'll review every campaign before it launches.

Thanks,
Chris Nolan
CaseCraft
""", style="none", rc="Here's what happened.", pr="To keep this from happening again",
  pol=["Community Guidelines"], notes="native, no headings; cause and prevention only")

M("nopoa-in-130", "account-appeal", "cancel-rate", "IN", "indian",
  "Account deactivated - request to reconsider",
  """
Dear Seller Performance Team,

Greetings. Our account Sai Krishna Traders got deactivated yesterday. We are a genuine seller selling steel utensils since 2021 with good ratings of 4.7 from customers.

We request you to kindly reconsider the decision and give us one more opportunity. We are ready to follow all the rules of Amazon. Our GST number 36ABCFS2291L1Z8 and all documents are available.

Please let us know the next steps. Looking forward to your positive response.

Thanks and regards,
Srinivas Rao
""", dec=[("gst-number", "36ABCFS2291L1Z8"), ("mild-plea", "give us one more opportunity")],
  notes="polite request with no POA and no policy named")

M("nopoa-zh-131", "account-appeal", "condition", "US", "chinese",
  "Appeal - condition complaint is from competitor",
  """
Dear Amazon Seller Performance,

Our account is deactivated because of item condition complaints. We think these complaints are not true. All our products are brand new and sealed, we send directly from factory to FBA warehouse.

We found that 5 of the complaints came in 2 days, from buyers in the same city, and they all used same words "used item, box opened". We believe this is attack from competitor.

Please check these orders again: 111-2938475-6610293, 111-2938475-7720184. We can provide photos of the factory packing.

Thank you.
Best regards,
TOPMAX Home
""", pol=["item condition complaints"],
  dec=[("order-id", "111-2938475-6610293"), ("order-id", "111-2938475-7720184")],
  notes="disputes the complaints; no POA")

# END OF MESSAGES

if __name__ == "__main__":
    write_messages(OUT, PREFIX, MSGS, dump)
