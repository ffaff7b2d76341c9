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

# END OF MESSAGES

if __name__ == "__main__":
    write_messages(OUT, PREFIX, MSGS, dump)
