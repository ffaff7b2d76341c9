#!/usr/bin/env python3
"""Author H's messages for the fifth (blind, held-out) set: writes
bench/data/messages/messages/fifth-b/h-*.toml. Texts and labels live here; run it to rewrite
only this author's files."""
import os
import sys
import textwrap

import tomlkit

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.dirname(HERE)
sys.path.insert(0, MSGDIR)
sys.path.insert(0, HERE)
from validate import expected_defects, ENGLISH_REQUIRED_MP  # noqa: E402
from writing import write_messages  # noqa: E402

OUT = os.path.join(MSGDIR, "messages", "fifth-b")
PREFIX = "h-"
MESSAGES = []


def T(s):
    return textwrap.dedent(s).strip("\n")


def add(id, kind, violation, mp, writer, subject, text, *, lang="en", topic="", poa=False,
        attached=False, rc=None, co=None, pr=None, done=True, style="", policy=(), emo=(),
        secrets=(), decoys=(), notes=""):
    """rc/co/pr: where that POA part starts (None when the part is absent)."""
    sections = {}
    for key, start in (("root_cause", rc), ("corrective", co), ("preventive", pr)):
        if start is not None:
            sections[key] = start
    labels = {
        "poa": poa,
        "poa_attached": attached,
        "root_cause": rc is not None,
        "corrective": co is not None,
        "corrective_done": co is not None and done,
        "preventive": pr is not None,
        "policy_cited": bool(policy),
        "policy_names": list(policy),
        "emotional": bool(emo),
        "emotional_phrases": list(emo),
        "secrets": [{"kind": k, "value": v} for k, v in secrets],
        "decoys": [{"kind": k, "value": v} for k, v in decoys],
        "heading_style": style,
        "english_required": mp in ENGLISH_REQUIRED_MP,
    }
    m = {"id": PREFIX + id, "kind": kind, "violation": violation, "topic": topic,
         "marketplace": mp, "writer": writer, "language": lang, "subject": subject,
         "text": text, "labels": labels}
    d = expected_defects(m)
    labels["defects"] = d
    labels["bad_on_purpose"] = bool(d)
    labels["notes"] = notes
    labels["sections"] = sections
    for s in list(labels["emotional_phrases"]) + list(labels["policy_names"]) + list(sections.values()):
        assert s in text, (id, s)
    MESSAGES.append(m)


def AP(id, violation, mp, writer, subject, text, **kw):
    add(id, "account-appeal", violation, mp, writer, subject, text, **kw)


def LR(id, violation, mp, writer, subject, text, **kw):
    add(id, "listing-reinstatement", violation, mp, writer, subject, text, **kw)


def OT(id, kind, topic, mp, writer, subject, text, **kw):
    add(id, kind, "", mp, writer, subject, text, topic=topic, **kw)


def dump(m):
    doc = tomlkit.document()
    for k in ("id", "kind", "violation", "topic", "marketplace", "writer", "language", "subject"):
        doc.add(k, m[k])
    doc.add("text", tomlkit.string(m["text"], multiline=True))
    L = m["labels"]
    lab = tomlkit.table()
    for k, v in L.items():
        if k in ("sections", "secrets", "decoys"):
            continue
        lab.add(k, v)
    for k in ("secrets", "decoys"):
        arr = tomlkit.array()
        for item in L[k]:
            t = tomlkit.inline_table()
            t.update(item)
            arr.append(t)
        arr.multiline(len(L[k]) > 1)
        lab.add(k, arr)
    sec = tomlkit.table()
    for k, v in L["sections"].items():
        sec.add(k, v)
    lab.add("sections", sec)
    doc.add("labels", lab)
    return tomlkit.dumps(doc)


# ---------------------------------------------------------------- complete POAs, batch 1

AP("appeal-inauth-zh-001", "inauthentic", "US", "chinese",
   "Appeal for account deactivation - Inauthentic item complaints - Merchant Token A2KX9QZ7LM41PD",
   T("""
   Dear Amazon Seller Performance Team,

   Thank you for your time to review our appeal. We are Shenzhen Yuehai Trading Co., Ltd, our store name is YUEHAI-HOME, Merchant Token A2KX9QZ7LM41PD. On November 3, 2026 we received the notification "Your Amazon selling account has been deactivated" because of customer complaints that item ASIN B0CH7TQ2LM (silicone baking mat 2-pack) is inauthentic.

   We have carefully checked all orders and our supply chain. Below is our plan of action.

   ## Root causes

   1. We bought the last two batches (1,200 units) from a new trading company in Yiwu, not from the factory directly. This company could not give us a invoice with the factory name, only a receipt. We did not verify it at that time.
   2. The new batch used a different thickness of silicone and the logo print was lighter. Buyers compared it with the photos and thought it is a fake product. Order 113-4820175-9930466 and 114-0271846-3357219 were both about this.
   3. Our listing photos were from the old batch, so the item received did not match the detail page.
   4. We did not have a person responsible for checking incoming goods before sending to FBA.

   ## Actions taken

   - We removed all remaining inventory of the two batches from FBA (removal order placed on Nov 5, 412 units) and destroyed them.
   - We stopped working with the Yiwu trading company and signed a direct purchase contract with the factory Dongguan Huaxin Silicone Products Co., Ltd.
   - We refunded all buyers who complained, and contacted them to apologize.
   - Updated the listing photos and the description so that it match the product exactly.

   ## Actions we will take going forward

   - Buy only from the manufacturer or authorized distributor, and keep every invoice for 3 years.
   - Every new batch will be checked by our QC staff Mr. Lin before shipping; we take 5% samples and compare with the golden sample.
   - Check Voice of the Customer and buyer messages every day, any "fake" or "not authentic" word is reported to the manager the same day.

   We attached the factory invoices and the contract. We sincerely hope you can reinstate our selling privileges, we will keep following Amazon policies strictly.

   Best regards,
   Chen Yuhai (陈宇海)
   Operations Manager, Shenzhen Yuehai Trading Co., Ltd
   Room 1506, Block B, Xinghe Building, Longgang District, Shenzhen, China
   Tel: +86 755 8362 4417
   """),
   poa=True, rc="Root causes", co="Actions taken", pr="Actions we will take going forward",
   style="markdown", policy=["inauthentic"],
   decoys=[("merchant-token", "A2KX9QZ7LM41PD"), ("asin", "B0CH7TQ2LM"),
           ("order-id", "113-4820175-9930466"), ("order-id", "114-0271846-3357219"),
           ("phone", "+86 755 8362 4417"), ("foreign-snippet", "陈宇海")],
   notes="forum-style formal letter with numbered root causes, markdown headings, signature with phone")

AP("appeal-odr-in-002", "odr", "IN", "indian",
   "Request to reactivate account - Order Defect Rate above target",
   T("""
   Respected Seller Performance Team,

   This is regarding our seller account Shree Balaji Kitchenware (Seller ID A1VB7T9XK2QW3E) which was deactivated on 18-Nov-2026 as our Order Defect Rate went to 2.4% against the target of under 1%. We have gone through all the negative feedback and A-to-z claims of the last 60 days and kindly request you to consider our plan below.

   **Reason for the defects**
   Most of the negative feedbacks (19 out of 27) were about the pressure cooker gasket size. Our supplier in Rajkot changed the mould and the 5 litre gasket was coming 3 mm smaller, so it was not fitting the customers cooker. We did not notice because our packing staff only counted the boxes and did not check the product. Balance claims were late delivery from our self-ship courier in Diwali week.

   **What we have done already**
   - Stopped the sale of the 5 litre SKU PC-GSK-5L on 19-Nov and returned the full lot of 860 pieces to supplier.
   - Called each buyer who gave negative feedback, sent replacement or full refund, 14 buyers have confirmed.
   - Moved our self-ship orders to Easy Ship so pickup and tracking is handled by Amazon.

   **What we will do to stop it happening again**
   - Every lot will be sample tested on 3 cooker brands (Prestige, Hawkins, Pigeon) before dispatch.
   - One staff, Mr. Ramesh, is given duty to check feedback and A-to-z claims two times daily and revert to buyers within 12 hours.
   - We will keep ODR under 0.5% and check the Account Health page every morning.

   Kindly review and reinstate our account. We are ready to provide any more documents if needed.

   Thanks and regards,
   Vikas Agarwal
   Shree Balaji Kitchenware, Jaipur
   Mob: +91 98290 41736
   """),
   poa=True, rc="Reason for the defects", co="What we have done already",
   pr="What we will do to stop it happening again", style="bold",
   policy=["Order Defect Rate", "ODR"],
   decoys=[("merchant-token", "A1VB7T9XK2QW3E"), ("sku", "PC-GSK-5L"), ("phone", "+91 98290 41736")],
   notes="Indian seller, bold headings in own words, feedback root cause")

AP("appeal-lsr-tr-003", "late-shipment", "UK", "turkish",
   "Appeal - Late Dispatch Rate - store ANATOLIA TEXTILE LTD",
   T("""
   Dear Sir/Madam,

   Our account was deactivated on 21 November 2026 because our Late Dispatch Rate was 9.8% in the last 30 days. Target is under 4%. We accept this and we prepared the plan below.

   1. Root Cause Analysis
   Our products (bath towels, bathrobes) ship from our warehouse in Denizli, Turkey with express cargo. In November our cargo company changed the pick-up day from every day to 3 days in a week. We did not change the handling time in our shipping template, it stayed 1 day. So 61 orders were confirmed late. Also our staff was confirming shipment only when the parcel left Istanbul hub, not when it was collected.

   2. Steps already taken
   - Handling time is changed to 3 days for all SKUs on 22 November.
   - We signed with a second carrier (Aras Kargo international) that collects every day at 17:00.
   - 280 units of the best sellers are sent to a UK 3PL in Birmingham, so UK orders dispatch same day. Shipment reference UK3PL-77120.
   - Staff is trained to confirm dispatch the moment cargo collects the parcel.

   3. Going forward
   We will check the Account Health dashboard every day at 10:00 and if Late Dispatch Rate is more than 2% the manager stops new offers until it is fixed. At holiday seasons (Ramadan Bayram, Christmas) handling time will be raised one week before.

   We respectfully ask you reactivate our account. Thank you for your understanding.

   Saygılarımızla,
   Mehmet Yıldırım
   Anatolia Textile Ltd
   +90 258 371 62 04
   """),
   poa=True, rc="1. Root Cause Analysis", co="2. Steps already taken", pr="3. Going forward",
   style="numbered", policy=["Late Dispatch Rate"],
   decoys=[("phone", "+90 258 371 62 04"), ("foreign-snippet", "Saygılarımızla"),
           ("po-number", "UK3PL-77120")],
   notes="Turkish seller, numbered headings 'Root Cause Analysis' / 'Steps already taken' / 'Going forward'")

AP("appeal-related-agency-zh-004", "related-accounts", "US", "chinese",
   "Appeal: Related account deactivation - FUNLINK Toys",
   T("""
   To: Amazon Seller Performance
   Re: Deactivation notice dated 14 November 2026, related account policy
   Seller: FUNLINK Toys (Guangzhou Fanlian Technology Co., Ltd.)

   We write on behalf of our client, Guangzhou Fanlian Technology Co., Ltd., which operates the FUNLINK Toys store. The notice states that the account is related to another account that is not permitted to sell. Our client has reviewed its records together with us and sets out its plan of action below.

   ROOT CAUSE ANALYSIS
   Between March and June 2026 our client shared an office at Tianhe Software Park with Guangzhou Mingchuang Trading, whose account (store "MC-Direct") was deactivated earlier this year. The two companies used the same office Wi-Fi router and, on several days, the same laptop at the front desk to print shipping labels. A former employee, Ms. Zhao, worked part-time for both companies and logged into both Seller Central accounts from that laptop. Our client did not know that this created a relationship between the accounts.

   CORRECTIVE ACTIONS TAKEN
   1. On 16 November 2026 our client moved to a separate office (Room 803, Huaxin Plaza, Tianhe District) with its own broadband line.
   2. The shared laptop was wiped and retired; each operator now has a dedicated company computer.
   3. All Seller Central users were reviewed. Ms. Zhao's user permission was removed and all passwords were reset by the account owner.
   4. Our client has no ownership, shareholding or business relationship with Guangzhou Mingchuang Trading; the business licence and shareholder register are enclosed.

   PREVENTIVE MEASURES
   - Only named employees under written contract will access the account, each through their own user login with two-step verification.
   - Staff are prohibited from working for any other Amazon seller; this is now a clause in the employment contract.
   - The IT administrator will audit user access and login devices every month.

   We respectfully request that the account be reinstated.

   Yours faithfully,
   Linda Wu, Account Compliance Consultant
   on behalf of Guangzhou Fanlian Technology Co., Ltd.
   Tel +86 20 3898 1175
   """),
   poa=True, rc="ROOT CAUSE ANALYSIS", co="CORRECTIVE ACTIONS TAKEN", pr="PREVENTIVE MEASURES",
   style="caps", policy=["related account policy"],
   decoys=[("password-word", "passwords were reset"), ("phone", "+86 20 3898 1175")],
   notes="agency letter for a Chinese seller, caps headings, 'passwords' mentioned with no value")

LR("lr-iptm-latam-005", "ip-trademark", "US", "latam",
   "Reinstatement request ASIN B0D4RM8XKT - trademark complaint",
   T("""
   Hello Amazon team,

   My listing ASIN B0D4RM8XKT (reusable coffee filter for Moka pot) was removed on Nov 12 for a trademark complaint from the owner of the brand "Bialetti". Complaint ID 1728304456. I want to explain and fix this.

   What went wrong
   In my title I wrote "compatible with Bialetti Moka Express" and in the main image there was a photo with a real Bialetti pot. I thought this was OK because my filter is made for that pot, but I understand now the brand name in the title and the image can make buyers think it is their product. That was my mistake, I did not read the trademark rules enough.

   Our fix
   I edited the listing already: the title is now "Reusable Stainless Steel Filter for 3-Cup Stovetop Espresso Maker", I took out the brand name from title, bullets and backend keywords, and I changed the images for new ones with only my product, no other brand. I also wrote to the rights owner to explain and to say sorry.

   Never again
   Before I publish any new listing I will check the title and images with the Amazon trademark guide and look for any brand names that are not mine. My sister who helps me with the store will do a second check. If I need to say compatibility I will do it only in the bullet points in the way Amazon allows.

   Please reinstate my listing. Thank you very much.

   Alejandro Ruiz
   Cafetería Artesanal MX
   """),
   poa=True, rc="What went wrong", co="Our fix", pr="Never again", style="plain",
   policy=["trademark complaint", "trademark rules"],
   decoys=[("asin", "B0D4RM8XKT"), ("complaint-id", "1728304456")],
   notes="plain headings in seller's own words: What went wrong / Our fix / Never again")

AP("appeal-vtr-vn-006", "valid-tracking", "US", "other-non-native",
   "VTR below 95% - appeal",
   T("""
   Dear Seller Performance,

   We are Minh Phat Handicraft from Ho Chi Minh City. Our account is deactivated because VTR is 88% for the last 30 days, the target is 95%. We have check every order without valid tracking.

   Root cause: We ship bamboo lamps by Vietnam Post EMS. For 23 orders our staff entered the EMS number without the "VN" at the end, for example EE482019374 instead of EE482019374VN, so Amazon could not read it. Also 7 orders we chose carrier "Other" and typed the name with wrong spelling.

   Corrective actions: We corrected the tracking for all orders that can still be edited. We changed to ship with DHL eCommerce which is integrated with Amazon (tracking like 6318402275 upload automatic). We made a short checklist in Vietnamese and English for our packing staff, and the staff has been trained on Nov 20.

   Preventive actions: Every evening the manager will check the "Unshipped" and "Shipped" orders and compare tracking with the carrier website. We do not use "Other" carrier anymore. If VTR go down under 97% we will stop and check.

   Please give us the chance to continue selling. Thank you.

   Nguyen Thi Lan
   Minh Phat Handicraft
   """),
   poa=True, rc="Root cause:", co="Corrective actions:", pr="Preventive actions:", style="colon",
   policy=["VTR"],
   decoys=[("tracking-number", "EE482019374VN"), ("tracking-number", "6318402275"),
           ("mild-plea", "Please give us the chance to continue selling")],
   notes="Vietnamese seller; policy named only by the abbreviation VTR; colon headings")

AP("appeal-review-native-007", "review-manipulation", "US", "native",
   "Appeal of deactivation - customer product reviews",
   T("""
   Hello,

   I'm writing about the deactivation of our account, Harbor Pine Goods, on November 9, 2026, under the Customer Product Reviews Policy. The notice said we attempted to manipulate reviews on ASIN B0BX81PQ5N.

   I went back through every message and insert we sent this year. The problem happened because of a product insert we added in August. It offered a free replacement cutting board "for customers who share their experience on Amazon." We meant it as a warranty card, but the wording tied a free gift to leaving a review, and that is exactly what the policy forbids. Around 2,300 units went out with that card before the notice.

   We have already pulled every remaining card from our inventory at our prep center and destroyed them, and we filed a removal for the 418 FBA units that still had the insert so they can be repackaged. The insert has been reprinted with warranty info only and no mention of reviews. We also turned off the follow-up email sequence in our third-party email tool, since one of its templates said "a 5-star review helps small businesses like ours."

   To make sure this never happens again, every insert, email template and packaging text will now be reviewed against the reviews policy by me before it is printed or sent, and we'll only ask for reviews through Amazon's own Request a Review button. I've also put a note in our onboarding doc for the VA who handles customer emails.

   Thanks for reviewing this.

   Dana Whitfield
   Owner, Harbor Pine Goods
   """),
   poa=True, rc="The problem happened because", co="We have already pulled",
   pr="To make sure this never happens again", style="none",
   policy=["Customer Product Reviews Policy"],
   decoys=[("asin", "B0BX81PQ5N")],
   notes="native, no headings, content cues only")

AP("appeal-safety-zh-008", "product-safety", "US", "chinese",
   "Appeal - product safety - ASIN B0C9LKT3W7 space heater",
   T("""
   Dear Amazon Team,

   We received below notification on 2026-11-15:

   > "URGENT: We have received reports that ASIN B0C9LKT3W7 may present a safety risk (overheating). Your listing has been removed and your account is at risk of deactivation. To reinstate, please provide a plan of action under our Product Safety policy..."

   Our store is Warmly Direct. Here is our plan of action for this product safety issue.

   A. Root cause
   After checking with the factory, the thermal cut-off switch in batch 2026-08 was from a new component supplier and its rated temperature was 125℃ instead of 95℃. When buyers used the heater on a carpet with the rear vent blocked, the housing became very hot. Two customers reported a melted smell (orders 112-7730184-2251938, 111-9402361-8870725). No one was injured.

   B. Corrective actions already taken
   1. Stopped selling and removed all 1,036 units in FBA (removal order ID 7JQxC1pLm).
   2. The factory replaced the component supplier and changed back to the 95℃ switch; new UL test report from the lab is attached (report no. E503817-20261120).
   3. We contacted all 2,150 buyers of batch 2026-08 by buyer-seller messaging with a free replacement or full refund.

   C. Preventive measures
   1. Each batch will have a third-party inspection (SGS) before shipping, including the overheat test.
   2. Any change of key components needs written approval from our quality manager and a new test.
   3. Customer service will escalate any message with "hot", "smell", "smoke" within 24 hours.

   工厂已经签署了质量承诺书。We are very sorry for the inconvenient and hope to get the listing back.

   Best regards
   Zhang Wei
   Warmly Direct / 深圳暖点电器有限公司
   """),
   poa=True, rc="A. Root cause", co="B. Corrective actions already taken", pr="C. Preventive measures",
   style="lettered", policy=["Product Safety policy", "product safety"],
   decoys=[("asin", "B0C9LKT3W7"), ("order-id", "112-7730184-2251938"), ("order-id", "111-9402361-8870725"),
           ("removal-order-id", "7JQxC1pLm"), ("certificate-number", "E503817-20261120"),
           ("single-apology", "We are very sorry for the inconvenient"),
           ("foreign-snippet", "工厂已经签署了质量承诺书。")],
   notes="quoted Amazon notice containing URGENT; Chinese line inside English; single apology decoy")

AP("appeal-cancel-bd-009", "cancel-rate", "US", "other-non-native",
   "Appeal for cancellation rate deactivation",
   T("""
   Dear Sir,

   Assalamu alaikum. I am Rashedul Karim, owner of Dhaka Leather Crafts (brand KARIGOR). My account is deactivated for pre-fulfillment cancel rate 6.1%, which is more than 2.5% allowed. Please see my plan.

   Our POA: Reason of cancellation
   In October and November I had stock in two places, my Dhaka workshop and a friend's garage in New Jersey. The inventory file was not updated when my friend sold items at a local market, so Amazon showed stock which was already gone. I had to cancel 34 orders for wallets and belts.

   Our POA: What I have done
   I closed the New Jersey stock fully and sent all 310 pieces to FBA (shipment FBA15K7T2Q9M). Now merchant fulfilled listings are only from Dhaka and I updated the quantity by hand every day. I also deleted 12 old listings which I cannot make anymore.

   Our POA: How I will stop this
   I will use the inventory template in Seller Central and update two times per day, morning and night (Dhaka time). Stock will only be in one place, no more selling outside from the same stock. If a item is less than 3 pieces I will set it to 0 to be safe.

   Thank you for read my appeal. I hope to work with Amazon again.

   Rashedul Karim
   +880 1711 483 926
   """),
   poa=True, rc="Our POA: Reason of cancellation", co="Our POA: What I have done",
   pr="Our POA: How I will stop this", style="our-poa", policy=["pre-fulfillment cancel rate"],
   decoys=[("shipment-id", "FBA15K7T2Q9M"), ("phone", "+880 1711 483 926")],
   notes="Bangladeshi seller, 'Our POA:' headings")

AP("appeal-dropship-native-010", "drop-shipping", "US", "native",
   "Deactivation appeal - Drop Shipping Policy",
   T("""
   Seller Performance,

   Our account (Summit Outfitters Co., seller ID A3PLM92XQWE81Z) was deactivated on November 20 for violating the Drop Shipping Policy. Customers received packages with another retailer's packing slips and return address.

   Root cause: During a stockout in October we placed 47 customer orders directly on a big-box retailer's website and had them shipped to our buyers. We did not realize that this made the other retailer the seller of record on the packages, and that it is not allowed. It was a shortcut to avoid cancelling orders and it was the wrong call.

   What we did: We stopped all retail-arbitrage fulfillment on October 29. We emailed every affected buyer, offered a full refund, and 31 accepted. We now purchase only from our distributor (Pinecrest Wholesale, account #PW-20931) and every order ships from our own Denver warehouse with our packing slip and our return address. Unfulfillable orders are cancelled within 24 hours instead.

   Going forward: Our shipping manager signs off on a weekly report that every shipped order came from our own stock. If we are ever out of stock we will set quantity to zero, not order from another store. We also added a low-stock alert at 15 units so we reorder from the distributor earlier.

   We take full responsibility and ask that you reinstate the account.

   Greg Hollis
   Summit Outfitters Co.
   (720) 555-0148
   """),
   poa=True, rc="Root cause:", co="What we did:", pr="Going forward:", style="inline",
   policy=["Drop Shipping Policy"],
   decoys=[("merchant-token", "A3PLM92XQWE81Z"), ("phone", "(720) 555-0148")],
   notes="native, inline paragraph headings, prevention as 'Going forward'")

LR("lr-condition-in-011", "condition", "IN", "indian",
   "Listing reinstatement - used condition complaints - ASIN B0CQ4ZT81R",
   T("""
   Dear Team,

   Greetings from Anand Electronics. Our listing for ASIN B0CQ4ZT81R (Bluetooth neckband) is deactivated due to customer complaints that they received used item. We have done full investigation and please find below.

   1) Root cause -
   We checked the 9 complaint orders. All were FBA returns that were sent back to sellable by our team after we did a removal order. The units were opened and tested by customers, but our staff only checked the outer box and repacked. So the next customers got the unit with scratches and missing ear tips.

   2) Corrective action -
   * All 146 units at FC were checked by removal order and 38 opened units are now listed as "Used - Good" under a separate SKU.
   * Staff Deepak and Sunita have been given training on condition guidelines.
   * We have refunded all 9 customers.

   Preventive steps
   Going forward no returned unit will be resold as New. Every returned unit will go to a separate bin and only the manager will decide the condition. Every Monday we will see the return reports and customer messages to catch issues early.

   Kindly reinstate our listing. Do the needful.

   Regards,
   Suresh Anand
   """),
   poa=True, rc="1) Root cause -", co="2) Corrective action -", pr="Preventive steps", style="mixed",
   policy=["condition guidelines"],
   decoys=[("asin", "B0CQ4ZT81R")],
   notes="mixed: two numbered headings then a plain one")

AP("appeal-counterfeit-zh-012", "counterfeit", "US", "chinese",
   "Counterfeit complaint appeal - store LUMINA-CASE",
   T("""
   Hello Seller Performance Team,

   Our account LUMINA-CASE was deactivated on 2026-11-08 for selling counterfeit goods on ASIN B0DJ2PX7YQ (phone case). The rights owner said our phone case has their logo. We investigated and write our plan as a table for clear:

   Issue - Cause - Fix
   1. Logo on back of case - our designer used a stock image with the logo inside, we did not check the copyright of the image - we destroyed 620 printed cases and changed the design to our own brand LUMINA on Nov 10
   2. Listing image shows logo - same stock image used in main picture - all 7 images replaced with our own photos shot in our studio
   3. No brand check before production - no process for this - now the design manager checks every artwork on the USPTO and CNIPA databases before printing

   To avoid this happen again, we will train all designers on intellectual property every quarter, only use images we shot ourselves or bought with a commercial license, and keep the license file for every listing. We also registered our own trademark LUMINA (US Serial No. 98765432) so we have our own brand.

   We are deeply regret about this mistake, we never want to sell fake product. Please review our appeal.

   Sincerely,
   Huang Lei
   Dongguan Lumina Electronics Co., Ltd.
   """),
   poa=True, rc="Issue - Cause - Fix", co="Issue - Cause - Fix", pr="To avoid this happen again",
   style="mixed", policy=["counterfeit"],
   decoys=[("asin", "B0DJ2PX7YQ"), ("trademark-number", "98765432")],
   notes="plan written as an Issue - Cause - Fix table; causes and fixes share the table")

AP("appeal-idv-tr-013", "identity-verification", "UK", "turkish",
   "Appeal - account suspended under Section 3 of the Business Solutions Agreement",
   T("""
   Hello,

   Our account Ege Olive House was suspended on 12 November 2026 under Section 3 of the Business Solutions Agreement, because you could not verify the information we gave. I explain what happened and what we did:

   1. The utility bill we uploaded was in the name of my father, Hasan Demir, because the electricity at our olive oil shop in Ayvalık is registered to him. The business registration is in my name, so the names did not match.
   2. Also the address on the bill has "Altınova Mah." and in Seller Central we wrote "Altinova District", written differently.
   3. We transferred the electricity account to the company name Ege Olive House Gıda Ltd. Şti. on 19 November and uploaded the new bill dated 20 November.
   4. We corrected the business address in Seller Central to be exactly the same as on the tax certificate and the bill, letter by letter.
   5. We also uploaded a bank statement from İş Bankası in the company name as second document.
   6. From now, whenever we move or change any document, I will update Seller Central first and keep all company documents in one name. My accountant will check the documents every 6 months before they expire.

   Thank you for your help.

   Ayşe Demir
   Ege Olive House
   """),
   poa=True, rc="1. The utility bill we uploaded", co="3. We transferred the electricity account",
   pr="6. From now, whenever we move", style="numbered",
   policy=["Section 3 of the Business Solutions Agreement"],
   decoys=[("foreign-snippet", "Gıda Ltd. Şti.")],
   notes="numbered list with no headings; policy cited as Section 3 of the BSA")

AP("appeal-gouging-native-014", "price-gouging", "US", "native",
   "Appeal: Fair Pricing Policy deactivation",
   T("""
   Hi team,

   Our account BrightWell Supply was deactivated on Nov 26, 2026 for pricing that violates the Fair Pricing Policy. The ASINs were our N95 respirator 20-packs (B0B6TX2KQ1, B0B6TWZ9MP) during the wildfire smoke alerts on the West Coast.

   ## Why did it happen?

   We use a repricing tool set to follow the lowest FBA price with a minimum and *no maximum*. When most competitors went out of stock the tool jumped our price from $24.99 to $71.50 in about six hours. Nobody on our team was watching it over the weekend.

   ## What have we done?

   - Both ASINs were set back to $24.99 on Nov 26 and locked.
   - We refunded the difference to all 143 customers who paid more than $24.99, a total of $5,912.
   - The repricer now has a hard maximum of 110% of our normal price on every SKU.

   ## How will we prevent it?

   We turned off automated repricing for all health and safety products. Any price increase over 10% now needs sign-off from me personally. We also set up an email alert from the repricer for any change over 15%, and we review the price report every Monday and during any declared emergency.

   Please let me know if you need the refund report.

   Tom Reyes
   BrightWell Supply LLC
   """),
   poa=True, rc="Why did it happen?", co="What have we done?", pr="How will we prevent it?",
   style="markdown", policy=["Fair Pricing Policy"],
   decoys=[("asin", "B0B6TX2KQ1"), ("asin", "B0B6TWZ9MP")],
   notes="markdown headings written as questions")

LR("lr-patent-zh-015", "ip-patent", "US", "chinese",
   "申诉 Listing reinstatement - patent infringement - ASIN B0CZ5M1HRT",
   T("""
   Dear Amazon,

   Our listing ASIN B0CZ5M1HRT (foldable laptop stand) was removed because of patent infringement complaint from Brookline Design LLC, they said our stand infringe their US Patent No. 11,482,907. Complaint ID 1739950214.

   Reason of the problem:
   Our factory design the hinge like a popular product on the market, we did not make patent search before we start to sell. After receive the complaint we asked a patent lawyer, he confirm our hinge is very similar to claim 1 of the patent.

   What we have did:
   1) We stopped to sell this model and removed 530 units from FBA warehouse, they will not sell in US again.
   2) We contacted the rights owner by email and they accepted our promise, they sent retraction to Amazon on 2026-11-24 (copy attached).
   3) Our factory changed the hinge design to a different structure, lawyer checked it has no conflict.

   Measures to avoid:
   Before any new product we will do a patent search on USPTO and Google Patents, and for products with special structure we pay lawyer to give a FTO report. We keep the record for every ASIN.

   Thank you and best regards,
   Sun Ming / 孙明
   Ningbo Zhiyou Office Products
   """),
   poa=True, rc="Reason of the problem:", co="What we have did:", pr="Measures to avoid:", style="colon",
   policy=["patent infringement"],
   decoys=[("asin", "B0CZ5M1HRT"), ("patent-number", "11,482,907"), ("complaint-id", "1739950214")],
   notes="Chinese seller, classic Chinglish colon headings, Chinese in subject and signature")
# ---------------------------------------------------------------- defective POAs, batch 1

AP("appeal-lsr-zh-016", "late-shipment", "US", "chinese",
   "Appeal late shipment rate - store QIAOMU LIFE",
   T("""
   Dear Seller Performance Team,

   Our account QIAOMU LIFE was deactivated on 2026-11-19 because the late shipment rate is 7.2%, higher than the 4% target. We have read the policy and we make the plan of action as below.

   Actions already taken:
   1. All unshipped orders (26 orders) were shipped on Nov 20 with UPS, and the shipment confirmed with valid tracking the same day.
   2. We changed the handling time of all seller-fulfilled SKUs from 1 day to 2 days.
   3. We sent 1,800 units of our top 5 products into FBA, shipment FBA15M2XQ8RT and FBA15M2XQ93V, so these will be fulfilled by Amazon.
   4. Our warehouse added two more packing staff for the peak season.

   Going forward:
   1. Our operation manager will check the late shipment rate every day on Account Health.
   2. Orders will be shipped within 24 hours, and confirmed immediately after the carrier scans the package.
   3. Before holidays we will increase the handling time in advance.

   We are sincerely hope you can reinstate our account. Thank you!

   Best regards,
   Liu Fang
   QIAOMU LIFE
   """),
   poa=True, co="Actions already taken:", pr="Going forward:", style="colon",
   policy=["late shipment rate"],
   decoys=[("shipment-id", "FBA15M2XQ8RT"), ("shipment-id", "FBA15M2XQ93V")],
   notes="missing root cause: goes straight to actions, never says why orders shipped late")

LR("lr-restricted-in-017", "restricted-products", "IN", "indian",
   "Reinstate ASIN B0D1KH7WQZ - restricted product",
   T("""
   Dear Seller Support,

   Our ASIN B0D1KH7WQZ (Neem Herbal Mosquito Repellent Spray) was removed under the Restricted Products policy for pesticide claims. We request to reinstate the listing after the changes below.

   **Corrective actions done**
   - Title edited, the words "kills mosquitoes 100%" and "anti-dengue" are removed.
   - Bullet points rewritten, only natural fragrance and ingredients are described now.
   - Images with "insect killer" text banner are replaced.
   - Backend search terms cleaned, word "pesticide" and "insecticide" removed.

   **Preventive actions**
   - Our catalogue executive will read the restricted products help pages before creating any new listing in Health and Household.
   - Monthly audit of all 64 listings by Mr. Praveen for any claims words.
   - In case of doubt we will open a case with Seller Support before publish.

   Please reinstate at the earliest. Thanks in advance.

   Regards,
   Kavita Nair
   Greenleaf Naturals, Kochi
   """),
   poa=True, co="Corrective actions done", pr="Preventive actions", style="bold",
   policy=["Restricted Products policy"],
   decoys=[("asin", "B0D1KH7WQZ")],
   notes="missing root cause: lists edits but never explains why the claims were there")

AP("appeal-odr-latam-018", "odr", "US", "latam",
   "Appeal ODR account deactivation",
   T("""
   Hello Seller Performance,

   We are Casa Maya Imports, seller of hand woven hammocks from Yucatán. Our account was deactivated because our order defect rate (ODR) was 3.1%. Please find the steps we did:

   1. We answered every one of the 11 A-to-z Guarantee claims and refunded the buyers, also the ones that were already closed.
   2. We contacted the 14 buyers with negative feedback, sent a replacement hammock or refund, and 6 of them removed the feedback.
   3. We added a size chart image and the real weight capacity (150 kg) to the listing.
   4. We changed the packaging to a double bag with a cardboard insert.
   5. Going forward our customer service (Mariana) will answer buyer messages in less than 12 hours, including weekends.
   6. Every week we will review feedback manager and return reasons and correct the listing if something repeats.

   We hope to have our account back. Muchas gracias.

   Jorge Canul
   Casa Maya Imports
   """),
   poa=True, co="1. We answered every one", pr="5. Going forward our customer service", style="numbered",
   policy=["order defect rate (ODR)"],
   decoys=[("foreign-snippet", "Muchas gracias")],
   notes="missing root cause: numbered steps only, no reason for the defects given")

AP("appeal-review-tr-019", "review-manipulation", "DE", "turkish",
   "Appeal - review abuse - IstanbulHomeStore",
   T("""
   Dear Amazon Seller Performance,

   Our account IstanbulHomeStore on amazon.de was deactivated for review manipulation (Community Guidelines, product reviews). We want to continue selling and we did the following.

   ACTIONS WE TOOK
   - We stopped all contact with the Facebook group "Amazon Deals Deutschland" where we gave product codes.
   - We deleted the message template which asked buyers for 5 star.
   - We removed the insert card from 900 units in our warehouse in Köln.
   - We fired the marketing agency that managed our reviews.

   ACTIONS WE WILL TAKE
   - We will only use Request a Review button from Amazon.
   - Every new employee will read the Amazon review rules and sign it.
   - The owner will control all messages to customers every week.

   Thank you for your time.

   Kind regards,
   Emre Aksoy
   IstanbulHomeStore GmbH
   """),
   poa=True, co="ACTIONS WE TOOK", pr="ACTIONS WE WILL TAKE", style="caps",
   policy=["review manipulation", "Community Guidelines"],
   notes="missing root cause: 'Actions we took' / 'Actions we will take', no why")

AP("appeal-inauth-native-020", "inauthentic", "US", "native",
   "Please reinstate my account",
   T("""
   Hi,

   I got the email yesterday saying my account was deactivated and that I need to send a plan. I sell refurbished and new KitchenAid attachments and parts, about 40 SKUs.

   Here's what I've done since the email: I pulled every listing that had a complaint in the last 90 days (6 ASINs) and removed the inventory from FBA. I sent you the purchase invoices from my distributor for all six, with my name and address and the quantities matching what I sold. I refunded every buyer who opened a return.

   Going forward I will only buy from the distributor, not from liquidation pallets, and I'm going to keep a spreadsheet that links each FBA shipment to its invoice so I can answer right away if anything comes up again. I'll also check the Account Health page every morning.

   Thanks,
   Rick Lawson
   Lawson Kitchen Parts
   """),
   poa=True, co="Here's what I've done since the email", pr="Going forward I will only buy",
   style="none",
   notes="missing root cause and no policy named: 'the email' only, no cause for the complaints")

AP("appeal-counterfeit-zh-021", "counterfeit", "US", "chinese",
   "Please help!! counterfeit appeal store HAPPYBEAR",
   T("""
   Dear Sir or Madam,

   Our shop HAPPYBEAR is deactivated because of counterfeit complaint on plush toy ASIN B0CKT2R9ZM. Please please give us one more chance, our whole family depend on this store, we have no other income. We are so sorry, so sorry, we will never do this again.

   What we have done:
   1. We removed all the plush toy listings (8 ASINs) on the same day.
   2. All 2,340 units in FBA are created removal order and will be destroyed.
   3. We refunded all the buyers of this toy in last 3 months.
   4. We deleted the photos that have the cartoon character.

   我们真的知道错了，求求你们。Please reinstate our account, we beg you, without this account we will lose everything.

   HAPPYBEAR team
   Yiwu Kaixin Toys
   """),
   poa=True, co="What we have done:", style="colon", policy=["counterfeit"],
   emo=["Please please give us one more chance, our whole family depend on this store",
        "We are so sorry, so sorry, we will never do this again",
        "我们真的知道错了，求求你们。", "we beg you, without this account we will lose everything"],
   decoys=[("asin", "B0CKT2R9ZM")],
   notes="only corrective actions (no cause, no prevention), begging and repeated apology incl. Chinese plea")

LR("lr-copyright-vn-022", "ip-copyright", "US", "other-non-native",
   "Listing reinstatement - copyright - ASIN B0DB7WN4QX",
   T("""
   Dear Amazon team,

   My listing B0DB7WN4QX (wall art canvas, koi fish) was removed for copyright infringement, the complaint came from a photographer. Complaint ID 1741208873.

   Immediate steps
   - I have deleted the image from all my listings (3 ASINs use the same picture).
   - I removed 75 canvases of this design from FBA, removal order ID Qm4TzRw8b, they will be destroyed, not sold.
   - I wrote to the photographer to apologise and he agreed to withdraw the complaint if I do not sell again.
   - I replaced the artwork with a painting from my cousin, she is the artist and she signed a license for me (attached).

   Please check and reinstate the listing. Thank you so much.

   Tran Van Hoang
   Saigon Art Corner
   """),
   poa=True, co="Immediate steps", style="plain", policy=["copyright infringement"],
   decoys=[("asin", "B0DB7WN4QX"), ("complaint-id", "1741208873"), ("removal-order-id", "Qm4TzRw8b")],
   notes="only 'Immediate steps': no root cause, no prevention")

AP("appeal-cancel-native-023", "cancel-rate", "US", "native",
   "Account deactivated - appeal",
   T("""
   Hello,

   We got your notice that our selling account is deactivated and we want to get it back up as fast as possible. We sell replacement vacuum filters and belts, mostly seller-fulfilled from our shop in Ohio.

   What we changed: we disconnected the old inventory plugin that was pushing stock numbers every 6 hours and replaced it with a direct feed from our warehouse system every 15 minutes. We zeroed out 210 SKUs that we no longer carry. We shipped every open order, 58 of them, within a day of getting your email, and there have been no cancellations since Nov 22.

   Let us know if you need anything else from us.

   Thanks,
   Pam Kowalski
   FilterFix Supply
   """),
   poa=True, co="What we changed:", style="inline",
   notes="only corrective actions, no root cause, no prevention, no policy named")

AP("appeal-safety-latam-024", "product-safety", "US", "latam",
   "URGENT appeal - my account deactivated for product safety",
   T("""
   Hello Amazon,

   I am desperate. My account was deactivated for product safety complaints on the children's bike helmet (ASIN B0CW8ZQ1LP). I have lost everything, all my savings are in this inventory, 1,500 helmets in your warehouse, and I don't know what to do anymore. I can't sleep since ten days.

   This is what I will do:
   - I will ask the factory in Ningbo for the CPSC certificate and the lab test.
   - I will remove the helmets that do not have the certificate.
   - I will contact the customers that complained.

   In the future I will only buy children's products with CPC certificate and test report before production, and I will check the product safety requirements for each category.

   Please, I am begging you, help me. I am a small seller from Colombia, this is my only business.

   Andrés Felipe Gómez
   """),
   poa=True, co="This is what I will do:", pr="In the future I will only buy", style="mixed",
   done=False, policy=["product safety", "product safety requirements"],
   emo=["I am desperate.", "I have lost everything, all my savings are in this inventory",
        "I can't sleep since ten days", "Please, I am begging you, help me."],
   decoys=[("asin", "B0CW8ZQ1LP")],
   notes="despair and begging; corrective future only; no root cause")

AP("appeal-related-zh-025", "related-accounts", "US", "chinese",
   "关联账户申诉 Related account appeal - store NOVAHOME",
   T("""
   Dear Seller Performance Team,

   Our account NOVAHOME was deactivated because Amazon thinks it is related to the account "SUNNYDAY STORE" which was suspended. We investigated and find the reason.

   ## Root cause

   Our company and SUNNYDAY STORE used the same payment service account (the same Payoneer receiving account) in 2025, because our boss's brother owns SUNNYDAY and he helped us to open the account at the beginning. We did not know that using the same deposit account will make the accounts related. Also the two accounts used the same warehouse return address in Shenzhen Bao'an.

   ## Actions taken

   1. We opened our own bank account in the company name at China Merchants Bank and changed the deposit method on 2026-11-21.
   2. We changed the return address to our own warehouse in Dongguan (No. 18 Keji Road, Chang'an Town).
   3. We have no share or management relation with SUNNYDAY STORE, business licence of both companies are attached to show different legal person.

   We hope Amazon can reinstate our account. Thank you very much!

   NOVAHOME / 东莞诺瓦家居有限公司
   """),
   poa=True, rc="Root cause", co="Actions taken", style="markdown",
   policy=["related"],
   decoys=[("foreign-snippet", "东莞诺瓦家居有限公司")],
   notes="missing preventive: cause and done actions only; policy named as 'related'")

AP("appeal-vtr-in-026", "valid-tracking", "IN", "indian",
   "Appeal against deactivation - Valid Tracking Rate",
   T("""
   Dear Sir/Madam,

   With reference to your mail dated 23-11-2026 our account Kaveri Silks was deactivated as the Valid Tracking Rate is 82% which is below the 95% target. Please find our root cause and corrective action.

   Root Cause
   We were shipping our sarees through a local courier in Bengaluru (Shree Maruti) for self-ship orders. This courier is not in the Amazon carrier list, so we were selecting "Other" and the tracking numbers were not validating. 41 orders were affected. Example tracking MAR7730190234.

   Corrective Action
   We have updated the tracking for the old orders wherever the option was available and we have informed the 41 buyers by message with the courier tracking link. The 9 pending orders were shipped on 24-11-2026 through Blue Dart and the tracking is uploaded and showing valid.

   Kindly consider our request and reinstate the account at the earliest. We assure you of our full cooperation.

   Thanks & Regards,
   Lakshmi Narayan
   Kaveri Silks, Bengaluru
   Ph: 080-4127 3365
   """),
   poa=True, rc="Root Cause", co="Corrective Action", style="plain",
   policy=["Valid Tracking Rate"],
   decoys=[("tracking-number", "MAR7730190234"), ("phone", "080-4127 3365")],
   notes="missing preventive: 'Root Cause' / 'Corrective Action' only")

LR("lr-listingpolicy-native-027", "listing-policy", "US", "native",
   "Reinstatement - variation policy - parent ASIN B0C3MMT8KD",
   T("""
   Hello Catalog team,

   Our parent listing B0C3MMT8KD (yoga mats) was suppressed for a variation policy violation. Here's our response.

   Investigation
   We found that an employee had added two unrelated products, a foam roller and a set of resistance bands, as "color" children under the yoga mat parent in September. The intent was to put them in front of more shoppers, but those items are not the same product and don't belong in the family. It also merged the reviews of all three products, which is misleading.

   Immediate steps
   On Nov 27 we deleted the two child ASINs from the family through a flat file (feed ID 518824019661) and relisted the foam roller and bands as standalone listings. The remaining children are only the yoga mat in its 6 colors and 2 thicknesses. The employee who made the change no longer has catalog permissions.

   Please reinstate the parent.

   Mike Donnelly
   Zenfield Fitness
   """),
   poa=True, rc="Investigation", co="Immediate steps", style="plain",
   policy=["variation policy"],
   decoys=[("asin", "B0C3MMT8KD"), ("feed-id", "518824019661")],
   notes="missing preventive: Investigation / Immediate steps, nothing long-term")

AP("appeal-coc-tr-028", "seller-code-of-conduct", "UK", "turkish",
   "Appeal - Seller Code of Conduct - BosphorusCraft",
   T("""
   Dear Seller Performance Team,

   Our account BosphorusCraft was deactivated for a violation of the Seller Code of Conduct. The notice says we tried to influence a buyer to change their feedback by offering money.

   Root cause and what we changed
   In October a buyer gave us 1 star feedback because the ceramic bowl arrived broken. Our customer service employee, a new person in his first week, wrote to the buyer: "we refund you and give extra £10 if you remove the feedback". This was his own idea and we did not check his messages. This is against the Code of Conduct and we understand it is serious. We ended his contract on 15 November. We wrote to the buyer to apologize, and refunded the bowl without any condition. We also removed his user access to Seller Central the same day.

   We are sorry about this and we ask you to reinstate our account.

   Best regards,
   Zeynep Kaya
   Bosphorus Craft Ltd, London
   """),
   poa=True, rc="Root cause and what we changed", co="Root cause and what we changed", style="plain",
   policy=["Seller Code of Conduct", "Code of Conduct"],
   notes="merged 'Root cause and what we changed' heading; missing preventive")

AP("appeal-dropship-zh-029", "drop-shipping", "US", "chinese",
   "Appeal for drop shipping violation",
   T("""
   Hello Amazon Seller Performance Team,

   We are the seller SKYWAVE-TECH. We received the notice that our account violate the drop shipping policy because the buyers got packages from AliExpress seller.

   The reason of the problem:
   Our own stock of Bluetooth speakers was sold out in September, our supplier can not produce on time. To not cancel the orders, our operator ordered 96 speakers from AliExpress and sent to buyers directly. The parcels had the AliExpress seller name and Chinese invoice inside, the buyers complained. We did not know this is not allowed on Amazon.

   Our corrective actions:
   1. We will cancel the 12 AliExpress orders which are not shipped yet.
   2. We will contact the buyers who got these packages and offer them refund.
   3. We will close the speaker listings until our own stock arrives from the factory.

   Thank you for reviewing. We hope to get back our account soon.

   Best regards,
   SKYWAVE-TECH
   """),
   poa=True, rc="The reason of the problem:", co="Our corrective actions:", style="colon",
   done=False, policy=["drop shipping policy"],
   notes="corrective actions all future tense; missing preventive")

AP("appeal-usedasnew-in-030", "used-sold-as-new", "IN", "indian",
   "Appeal - used sold as new complaint - account deactivated",
   T("""
   Dear Team,

   Our account Mahalaxmi Mobiles was deactivated due to multiple complaints of used item sold as new (mobile covers and chargers). Please find our explanation.

   Why this happened: the returned items from customers were coming back to our Hyderabad warehouse and our packing boy was keeping them in the same rack with new stock. Some of these units were opened and had scratches, and they were dispatched again as new on self-ship orders. This happened in 17 orders in October.

   What we will do: we will make one separate rack for returns with a red label. We will train the staff on the condition guidelines of Amazon. We will inspect every returned unit and only manager will decide if it can be sold. We will refund the 17 customers if they contact us.

   Please consider our appeal and do the needful.

   Thanking you,
   Ravi Teja
   Mahalaxmi Mobiles
   """),
   poa=True, rc="Why this happened:", co="What we will do:", pr="What we will do:", style="inline",
   done=False, policy=["used item sold as new", "condition guidelines"],
   notes="corrective and preventive merged in one future-only 'What we will do' paragraph")


if __name__ == "__main__":
    write_messages(OUT, PREFIX, MESSAGES, dump)
