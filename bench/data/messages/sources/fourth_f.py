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
  dec=[("asin", "B09XK3LMP4"), ("removal-order-id", "5TR8KQ2WVA"), ("invoice-number", "FV-00918")],
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
  dec=[("asin", "B0D1RM44ZT"), ("lpn", "LPNRR8829143"), ("shipment-id", "FBA15KXC93QR"), ("phone", "(555) 201-8834"), ("lot-number", "2601-B")],
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
  dec=[("tax-id", "GB 284 6617 39"), ("case-id", "11824053"), ("password-word", "password field")],
  notes="cover letter, policy as BSA S.3 abbreviation, 'password' with no value")

# END OF MESSAGES

if __name__ == "__main__":
    write_messages(OUT, PREFIX, MSGS, dump)
