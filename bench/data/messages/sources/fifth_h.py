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

   Going forward I will only buy from authorized distributors, and I'm going to keep a spreadsheet that links each FBA shipment to its invoice so I can answer right away if anything comes up again. I'll also check the Account Health page every morning.

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

   What we changed: we switched to a new inventory system on November 20. We zeroed out 210 SKUs that we no longer carry. We shipped every open order, 58 of them, within a day of getting your email, and there have been no cancellations since Nov 22.

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
# ---------------------------------------------------------------- defective POAs, batch 2

AP("appeal-odr-agency-zh-031", "odr", "US", "chinese",
   "Plan of Action - Order Defect Rate - Hangzhou Mulan Apparel",
   T("""
   Dear Seller Performance Team,

   We are writing on behalf of Hangzhou Mulan Apparel Co., Ltd. (store: MULAN-DRESS), whose account was deactivated on 17 November 2026 because its Order Defect Rate reached 4.6%, above the 1% target. After a full review of the 212 orders with defects in the last 60 days, the client submits the following plan of action.

   1. Root cause
   (a) Sizing. 71% of the negative feedback says the dresses run small. The client used Chinese sizes converted directly to US sizes; an Asian "L" was listed as US "L", which is closer to a US "M".
   (b) Colour difference. The main images were edited with a strong filter, so the "wine red" dress looked bright red online.
   (c) Slow replies. The customer service team works Beijing time and did not answer buyer messages on US weekends, so frustrated buyers opened A-to-z claims instead of waiting.

   2. Preventive measures
   - For every new style, the QC team will measure real garments and a size chart in inches and cm will be part of the listing before it is uploaded.
   - Photos of new styles will be taken in natural light without colour filters and compared with the physical sample before publishing.
   - A second customer service shift will cover US daytime, including weekends, with a response target of 12 hours.
   - The operations director will review the Customer Service Performance page every Monday.

   The client respectfully requests reinstatement of the account.

   Yours sincerely,
   Grace Li
   Compliance Department, Yunfan Cross-border Consulting (Hangzhou)
   """),
   poa=True, rc="1. Root cause", pr="2. Preventive measures", style="numbered",
   policy=["Order Defect Rate"],
   notes="agency letter, missing corrective: cause and future prevention only, nothing done for the defect orders")

AP("appeal-lsr-bd-032", "late-shipment", "US", "other-non-native",
   "Late shipment rate appeal - Sonargaon Jute",
   T("""
   Dear Amazon,

   My account Sonargaon Jute is deactivated because of late shipment rate 11%. I want to explain the reason honestly.

   Why it happened
   In November there was a hartal (strike) in Dhaka for 6 days and the roads to the airport were closed. Also the internet was very slow in our area, so I could not confirm the shipments on time even when the bags were ready. My handling time was 2 days, which is too short for shipping from Bangladesh in that situation.

   How I will prevent it
   In future I will set handling time 5 days for all products. I will follow the news and when there is strike announced I will put my account on holiday mode. I will also keep a mobile data backup to confirm shipments. I plan to send my best selling jute bags to FBA next year.

   I hope you will understand and give my account back.

   Thank you,
   Farhana Akter
   Sonargaon Jute
   """),
   poa=True, rc="Why it happened", pr="How I will prevent it", style="plain",
   policy=["late shipment rate"],
   notes="Bangladeshi seller, missing corrective: cause and prevention only")

LR("lr-safety-native-033", "product-safety", "US", "native",
   "Listing removed - missing safety documentation ASIN B0CN4TR7HW",
   T("""
   Hi there,

   Our listing for the 20,000 mAh power bank (ASIN B0CN4TR7HW) was deactivated under the product safety policy because we did not provide UL 2056 test documentation when it was requested in October.

   **What happened**
   The request went to an email address that belonged to a former employee, and nobody saw it until the listing was already down. The product has actually been tested; we just never sent the documents. Our notification preferences had never been updated after she left in the summer.

   **How we'll keep it from happening again**
   We will set the notification preferences so that all Account Health and listing compliance emails go to a shared inbox (compliance@ that three of us monitor), and we'll do a quarterly review of user permissions and contact emails. We'll also keep a folder with the current test reports for every battery product so we can respond to document requests within a day.

   Thanks,
   Jenna Park
   VoltTrail Outdoors
   """),
   poa=True, rc="What happened", pr="How we'll keep it from happening again", style="bold",
   policy=["product safety policy"],
   decoys=[("asin", "B0CN4TR7HW")],
   notes="missing corrective: never sends the test report or says what was done for this listing")

AP("appeal-gouging-zh-034", "price-gouging", "US", "chinese",
   "Appeal about price - account deactivated",
   T("""
   Dear Amazon team,

   We received the email that our account PURELIFE-US is deactivated for pricing which is much higher than recent prices, under Amazon Fair Pricing Policy. The product is hand sanitizer gel 500ml (ASIN B0BQ2ZK7T1).

   原因 Root cause:
   During the flu season in November our stock in FBA was only 60 units. Our operation staff thought the price should go up when stock is low, so he raised the price from $8.99 to $29.99 manually. He did not know Amazon does not allow this for essential products. The manager was on vacation and did not check.

   预防措施 Preventive measures:
   1. In the future, any price change more than 10% must be approved by the manager by email.
   2. We will train all operation staff about the Fair Pricing Policy every quarter.
   3. We will set maximum price in the Seller Central pricing tool for every SKU.

   Please reinstate our account, thank you very much.

   PURELIFE-US
   """),
   poa=True, rc="原因 Root cause:", pr="预防措施 Preventive measures:", style="colon",
   policy=["Fair Pricing Policy"],
   decoys=[("asin", "B0BQ2ZK7T1"), ("foreign-snippet", "预防措施")],
   notes="bilingual headings; missing corrective: price never said to be lowered, buyers not refunded")

AP("appeal-restricted-latam-035", "restricted-products", "US", "latam",
   "Apelacion - restricted products - account deactivated",
   T("""
   Dear Seller Performance Team,

   My name is Valentina Rojas, owner of Andes Natural Store. My account was deactivated because of restricted products, the notification says our product "Uña de Gato capsules" make disease claims (it said "cures arthritis" and "anti-cancer" in the bullets).

   Root cause: The text of the listing was translated from the Spanish label of the Peruvian manufacturer, where these claims are common and allowed. I copy-pasted without knowing that in the US a dietary supplement can not claim to cure or treat a disease. I did not read the restricted products rules for dietary supplements before listing.

   Prevention: From now I will write all texts myself and check them with the Amazon dietary supplement policy page. I will not use any words like cure, treat, prevent, cancer, diabetes, etc. Before a new listing I will pay a compliance consultant to review it. I also will take the FDA online course for supplement labeling.

   Thank you for the opportunity.

   Valentina Rojas
   Andes Natural Store (Lima, Perú)
   """),
   poa=True, rc="Root cause:", pr="Prevention:", style="inline",
   policy=["restricted products", "dietary supplement policy"],
   decoys=[("foreign-snippet", "Uña de Gato")],
   notes="missing corrective: the listing with disease claims is never said to be fixed")

AP("appeal-condition-vn-036", "condition", "US", "other-non-native",
   "Appeal for condition complaints",
   T("""
   Hello Seller Performance,

   We are Hanoi Books & Gifts. Our account was deactivated because many customers complained that the item condition was not as described (we sell used books).

   The reason: We were listing used books with condition "Used - Very Good" for all books by default in our inventory file, even when the books had writing inside or damaged cover. Our staff did not check each book, because we list about 200 books per day. The Amazon condition guidelines for books say writing and highlighting must be described, we did not follow.

   To make sure it does not happen again: Each book will be checked page by page by one staff before listing, we will grade it by the condition guidelines and write the real defects in the condition note, for example "name written on first page". We will list maximum 80 books per day so the checking is good quality. Every month we will count complaints and if more than 1% we will review the process.

   Please consider our appeal.

   Pham Quoc Bao
   """),
   poa=True, rc="The reason:", pr="To make sure it does not happen again:", style="inline",
   policy=["condition guidelines"],
   notes="Vietnamese seller; missing corrective: listings already live are not re-graded, buyers not contacted")

AP("appeal-prohibited-in-037", "prohibited-seller-activities", "IN", "indian",
   "Appeal - Prohibited seller activities - directing buyers off Amazon",
   T("""
   Dear Seller Performance,

   We have received the deactivation notice for our account Rudra Handlooms stating violation of Prohibited Seller Activities and Actions, as our team asked buyers to contact us on WhatsApp.

   Root cause analysis:
   Our customer care team was handling queries on Amazon and also on our own website. For convenience they started writing our WhatsApp number +91 99450 17382 in the Buyer-Seller messages so that the customer can send photos of the saree colour. They did not understand that taking the communication outside Amazon is not allowed. This was happening from August, around 35 messages.

   Preventive actions:
   a) All communication with Amazon buyers will be only through Buyer-Seller Messaging.
   b) Customer care staff will be given training on Amazon communication guidelines and one test every month.
   c) Team leader will randomly check 20 messages daily.
   d) Our own website and WhatsApp team will be a separate team.

   Kindly reactivate our account. We will be highly obliged.

   Warm regards,
   Nitin Sharma
   Rudra Handlooms, Varanasi
   """),
   poa=True, rc="Root cause analysis:", pr="Preventive actions:", style="colon",
   policy=["Prohibited Seller Activities and Actions"],
   decoys=[("phone", "+91 99450 17382")],
   notes="missing corrective: nothing says the practice was stopped or messages fixed; phone number decoy")

AP("appeal-iptm-zh-038", "ip-trademark", "US", "chinese",
   "Trademark infringement appeal - KOALAMAX",
   T("""
   Dear Amazon Seller Performance Team,

   We received the notification that our account KOALAMAX is deactivated for repeated trademark infringement complaints (3 complaints from the brand owner "Hydro Flask" on our water bottles). Here is our plan of action.

   Root cause analysis:
   1. Our listing title used the words "Hydro Flask style" to describe the bottle shape. We thought "style" means only similar, not the brand.
   2. Our product designer copied the shape of the lid and the colour names (like "Pacific") from the famous brand because the buyers like them.
   3. We did not have anyone in the company who knows trademark law. We are a factory and we are new in selling on Amazon, only 8 months.
   4. When the first complaint came we thought it was a mistake and did not answer it.

   We understand now that this is a big problem and we respect the intellectual property of other brands. We hope Amazon can give us a chance to reinstate our account.

   Sincerely,
   Wang Jun
   Yongkang Koala Drinkware Factory
   """),
   poa=True, rc="Root cause analysis:", style="colon",
   policy=["trademark infringement"],
   decoys=[("mild-plea", "We hope Amazon can give us a chance to reinstate our account")],
   notes="framed as a POA but only the root cause analysis is written")

AP("appeal-inauth-tr-039", "inauthentic", "UK", "turkish",
   "Appeal - inauthentic complaint",
   T("""
   Hello,

   Our account Kapadokya Cosmetics was deactivated because of inauthentic item complaints on ASIN B0CS1DT4VM (rose water toner). I want to explain what was the problem.

   The toner is produced by a real company in Isparta, the rose centre of Turkey. In September the producer changed the bottle from glass to plastic and changed the label design, but our listing still showed the old glass bottle. So when the customers received the plastic bottle with the new label they thought it is fake. Also the label on the new bottles is in Turkish only, because the producer sells mostly in Turkey, and a UK customer wrote "no English, must be counterfeit". Our invoices from the producer are real, we buy from them since 2022.

   So the product is authentic, only the packaging changed and we did not update the listing. We hope you can reactivate the account.

   Kind regards,
   Selin Arslan
   Kapadokya Cosmetics
   """),
   poa=True, rc="In September the producer changed the bottle", style="none",
   policy=["inauthentic"],
   decoys=[("asin", "B0CS1DT4VM")],
   notes="explanation of cause only, no actions and no prevention; 'counterfeit' appears only in a quoted buyer remark")

AP("appeal-lsr-native-040", "late-shipment", "US", "native",
   "Appeal - late shipment rate",
   T("""
   Seller Performance Team,

   Our account, Copper Creek Candle Co., was deactivated on November 24 because our late shipment rate hit 8.9% over the last 30 days.

   What went wrong: our candle pouring team is three people, and in November we took on a wholesale order for a gift shop chain at the same time as our usual Amazon holiday rush. The wholesale order took priority on the floor and Amazon orders sat for 3 to 5 days before they were packed. Our handling time in Seller Central was set to 1 day, which we could not meet.

   Actions we will take:
   - We will change the handling time on all 36 SKUs to 3 business days.
   - We will hire two seasonal packers from the local staffing agency for December.
   - We will ship all currently open orders by UPS Ground and upload tracking the same day.

   Going forward, we will not accept wholesale orders with deadlines in November or December, and we will review the late shipment rate on the Account Health page every Monday and Thursday. If it goes above 2% we'll extend handling time right away.

   Thank you,
   Laura Bennett
   Copper Creek Candle Co.
   Asheville, NC
   """),
   poa=True, rc="What went wrong:", co="Actions we will take:", pr="Going forward, we will not accept",
   style="mixed", done=False, policy=["late shipment rate"],
   notes="corrective 'Actions we will take' entirely future tense")

AP("appeal-review-zh-041", "review-manipulation", "US", "chinese",
   "Appeal - Customer reviews policy violation - store TOPSEEKER",
   T("""
   Dear Amazon,

   Thank you for the notification. Our account TOPSEEKER was deactivated because we violated the customer product reviews policy. We honestly admit our mistake.

   一、Root cause
   In September a "promotion agency" on WeChat contacted us and said they can help new products get reviews from "real buyers". They asked buyers to buy our LED desk lamp (ASIN B0D2WQ8TZL) and then we refund the money by PayPal after the buyer leave a review. About 40 reviews came from this. We did not know this is review manipulation.

   二、Corrective actions
   1. We will stop working with this agency and delete their WeChat.
   2. We will not refund any more buyers outside Amazon.
   3. We will ask Amazon to remove the reviews which came from this agency.

   三、Preventive measures
   1. We will only use Amazon Vine and the Request a Review button to get reviews.
   2. All staff will study the reviews policy and sign a commitment letter.
   3. Our boss will check all promotion cooperation before it starts.

   Best regards,
   TOPSEEKER team
   """),
   poa=True, rc="一、Root cause", co="二、Corrective actions", pr="三、Preventive measures",
   style="numbered", done=False, policy=["customer product reviews policy", "review manipulation"],
   decoys=[("asin", "B0D2WQ8TZL")],
   notes="Chinese numbering 一、二、三; corrective actions written only in future tense")

LR("lr-counterfeit-in-042", "counterfeit", "IN", "indian",
   "Reinstate listing - counterfeit complaint ASIN B0CT9PL2QX",
   T("""
   Dear Amazon Team,

   This is with reference to the counterfeit complaint received on our listing ASIN B0CT9PL2QX (Cricket bat English willow). The rights owner complaint ID is 1745520938.

   Reason: We purchased the last lot of 120 bats from a wholesaler in Meerut and not directly from the brand's authorised distributor. The wholesaler gave a lower price and we did not verify whether he was authorised. The complaint came from the brand that the stickers are not original.

   Action plan:
   - We shall raise a removal order for all the remaining units from the FC and get them back to our godown.
   - We shall ask the wholesaler for the purchase invoices and authorisation letter.
   - We shall buy future stock only from the authorised distributor of the brand.
   - We shall keep all invoices ready and check any new supplier with the brand before buying.

   Kindly reinstate our listing. Awaiting your positive reply.

   Regards,
   Manoj Tiwari
   Tiwari Sports, Meerut
   """),
   poa=True, rc="Reason:", co="Action plan:", pr="We shall buy future stock", style="colon",
   done=False, policy=["counterfeit complaint"],
   decoys=[("asin", "B0CT9PL2QX"), ("complaint-id", "1745520938")],
   notes="Indian 'We shall' action plan, all future; prevention in the same list")

AP("appeal-vtr-latam-043", "valid-tracking", "MX", "latam",
   "Appeal - Valid Tracking Rate - Tienda Lupita",
   T("""
   Hello team,

   Our account Tienda Lupita (amazon.com.mx, but I write in English so it is faster) is deactivated because the Valid Tracking Rate was 79%.

   The cause of the problem was that we used Estafeta for the local deliveries in Guadalajara and we put the tracking number of the guide with spaces, like "8055 1234 6670", and the system did not recognize it. Also some orders were delivered by our own motorbike without tracking.

   Our plan is this: we are going to use only carriers that are integrated with Amazon (Estafeta and DHL) and write the numbers with no spaces. We are going to stop delivering by motorbike. We are going to teach our two employees how to confirm the shipment correctly. And in the future, every Friday, we will review the tracking report to make sure everything is valid.

   Thank you for your help.

   Guadalupe Herrera
   """),
   poa=True, rc="The cause of the problem was", co="Our plan is this:", pr="And in the future, every Friday",
   style="none", done=False, policy=["Valid Tracking Rate"],
   decoys=[("tracking-number", "8055 1234 6670")],
   notes="latam 'going to' future corrective actions in one paragraph")

AP("appeal-restricted-tr-044", "restricted-products", "US", "turkish",
   "Appeal: Restricted Products - Lokum & Spice",
   T("""
   Dear Seller Performance,

   Our account Lokum & Spice is deactivated because we listed products in a restricted category: "Turkish poppy seeds 1 kg" and "kratom-free relaxing tea" were flagged under the Restricted Products policy (drugs and drug paraphernalia).

   ROOT CAUSE
   We are a Turkish food shop and in Turkey poppy seeds are a normal baking ingredient. We did not know that unwashed poppy seeds in big quantity are restricted in US. The tea name "kratom-free" was chosen by our marketing person to show it has no kratom, but the word itself was the problem.

   CORRECTIVE ACTIONS
   - We will delete both listings permanently.
   - We will remove the 200 units of poppy seeds from FBA and donate them in Turkey.
   - We will rename the tea without any drug-related word.

   PREVENTIVE ACTIONS
   - Before listing any food product we will check the Restricted Products list of Amazon US.
   - We will not use the names of restricted substances in any title, even to say "free".

   Thank you for considering.

   Burak Şahin
   Lokum & Spice Ltd
   """),
   poa=True, rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS", style="caps",
   done=False, policy=["Restricted Products policy"],
   notes="caps headings; corrective actions future only")

AP("appeal-related-agency-045", "related-accounts", "UK", "chinese",
   "Appeal regarding related account deactivation - Ningbo Ruiqi Electrical",
   T("""
   Dear Seller Performance Team,

   Re: Account deactivation, store "RUIQI-UK", notice of 20 November 2026 (related accounts)

   We act for Ningbo Ruiqi Electrical Appliance Co., Ltd. The notice states that the account is related to an account that is not allowed to sell on Amazon. Our client wishes to address this as follows.

   1. Cause identified. Our client's account was opened in 2024 with the assistance of a local service company in Ningbo, which also opened accounts for other sellers. Our client's investigation shows the service company used the same computer and the same registration phone number (+86 574 8723 0061) for several clients, one of which was later suspended.

   2. Corrective steps. Our client will change the registered phone number and contact email to ones owned solely by the company. Our client will also replace all computers used to access Seller Central and will terminate the agreement with the service company.

   3. Measures for the future. Our client will not use third-party account services again. Only two in-house employees will access the account, each with their own user and two-step verification on their own mobile phone.

   We would be grateful if you would review the account and restore selling privileges.

   Yours faithfully,
   James Chen
   Harbourview Compliance Consulting Ltd, Manchester
   """),
   poa=True, rc="1. Cause identified.", co="2. Corrective steps.", pr="3. Measures for the future.",
   style="numbered", done=False, policy=["related accounts"],
   decoys=[("phone", "+86 574 8723 0061")],
   notes="agency letter, third person; 'Our client will...' corrective steps only future")
# ---------------------------------------------------------------- account appeals with no POA, and cover letters

AP("appeal-nopoa-native-046", "inauthentic", "US", "native",
   "REINSTATE MY ACCOUNT NOW",
   T("""
   I have been selling on Amazon for EIGHT YEARS with zero problems and you shut my account down over two complaints?? THIS IS RIDICULOUS.

   I sent you the invoices. I sent you the letter from the manufacturer. Your bots keep sending me the same copy-paste email asking for the same documents I ALREADY SENT. Does anyone there actually read these? I have $38,000 of inventory sitting in your warehouses and payroll due on Friday.

   I am not writing another essay for you. Give me a phone number of an actual human being or reinstate the account today. I'm done playing this game.

   Frank DeMarco
   DeMarco Tool & Supply
   """),
   emo=["THIS IS RIDICULOUS", "Does anyone there actually read these?",
        "I am not writing another essay for you", "I'm done playing this game",
        "I ALREADY SENT"],
   notes="shouting native seller, no POA, no policy named (only 'complaints')")

AP("appeal-nopoa-in-047", "odr", "IN", "indian",
   "Humble request to reactivate account - ODR",
   T("""
   Respected Sir/Madam,

   I am a small seller from Surat, selling ladies kurtis on Amazon since 2021. My account is deactivated due to high ODR. Sir, I humbly beg you with folded hands to please reactivate my account. My entire family is depending on this business, my father is not well and I have taken a loan of 6 lakhs for the stock. If the account is not restarted I will be completely finished.

   Please sir, I am requesting you again and again, give me one last chance. I promise I will never make any mistake in future. I am ready to do whatever Amazon says.

   Kindly consider my request on humanitarian grounds.

   Yours obediently,
   Hetal Patel
   Shree Krishna Fashion, Surat
   Mob. 97240 58163
   """),
   policy=["ODR"],
   emo=["I humbly beg you with folded hands", "If the account is not restarted I will be completely finished",
        "I am requesting you again and again, give me one last chance",
        "Kindly consider my request on humanitarian grounds"],
   decoys=[("phone", "97240 58163")],
   notes="pleading, no POA at all; ODR named")

AP("appeal-nopoa-zh-048", "inauthentic", "US", "chinese",
   "Sorry!!! appeal for inauthentic",
   T("""
   Dear Amazon,

   Sorry, sorry, very very sorry for our mistake!!! We are so sorry that the buyer received product they think is inauthentic. We apologize to Amazon and to the buyer a thousand times. We feel very ashamed and we know we are wrong.

   We are a small company in Shenzhen and Amazon is our only channel. We respect Amazon policy very much and we will follow every rule. Sorry again for all the trouble we make to you. Please forgive us and let us sell again, we beg you.

   Sorry and thank you!!
   Xiamen Huaxing Store
   """),
   policy=["inauthentic"],
   emo=["Sorry, sorry, very very sorry for our mistake!!!", "We apologize to Amazon and to the buyer a thousand times",
        "We feel very ashamed and we know we are wrong", "Please forgive us and let us sell again, we beg you"],
   notes="excessive apology, no POA")

AP("appeal-nopoa-latam-049", "odr", "US", "latam",
   "Final warning before legal action",
   T("""
   To whom it may concern,

   This is the third time I write. You deactivated my account without any real explanation and you are holding $12,450 of MY money. This is illegal. If my account and my funds are not released within 48 hours I will file a complaint with the Federal Trade Commission and my lawyer in Miami will take legal action against Amazon.

   I know my rights. I have screenshots of every email. You cannot keep money that belongs to a business for 90 days without a reason, and I will make this public on every seller forum and on YouTube so everyone knows how Amazon treats Latino sellers.

   Carlos Mendoza
   Mendoza Import Export LLC
   """),
   emo=["This is illegal.", "I will file a complaint with the Federal Trade Commission and my lawyer in Miami will take legal action against Amazon",
        "I will make this public on every seller forum and on YouTube"],
   notes="threats of legal action and publicity, no POA, no policy named (subject says only 'final warning')")

AP("appeal-nopoa-zh-050", "related-accounts", "US", "chinese",
   "Question about our account deactivation",
   T("""
   Hello Seller Performance Team,

   Unfortunately our account SEAMOON was deactivated on 2026-11-25. In the email it says we need to send information but it does not say clearly what we did wrong.

   We checked our account health page and all metrics are in good status, there is no complaint and no policy warning. We only have one account and our company is Fuzhou Haiyue Trading Co., Ltd. We sell kitchen storage products for 2 years with good feedback (4.8 stars).

   Could you please tell us the specific reason of the deactivation, so we can prepare the right documents and plan of action? We will cooperate fully.

   Thank you very much.
   Zheng Hai
   SEAMOON / Fuzhou Haiyue Trading Co., Ltd.
   """),
   decoys=[("mild-word", "Unfortunately")],
   notes="calm request for the reason, no POA, no policy named; 'Unfortunately' as the only mild word")

AP("appeal-nopoa-tr-051", "counterfeit", "DE", "turkish",
   "Appeal - counterfeit complaint is false",
   T("""
   Dear Seller Performance Team,

   Our account TurkuazHome was deactivated after a counterfeit complaint on our cotton bath towels (ASIN B0CLX4QG8P). We want to inform you that this complaint is not correct.

   We are the manufacturer of these towels. Our factory is in Uşak and the brand TURKUAZ is registered by us at EUIPO (registration no. 018734529). The complainant is a former distributor who sold our towels in Germany until 2025 and after our contract ended he started to send complaints against us. We have the production records, the trademark certificate and the old distribution contract.

   We kindly ask you to review the complaint again and reinstate our account. We can send any document you need.

   Best regards,
   Cem Öztürk
   TurkuazHome Tekstil A.Ş.
   """),
   policy=["counterfeit complaint"],
   decoys=[("asin", "B0CLX4QG8P"), ("trademark-number", "018734529")],
   notes="calm dispute of a false complaint; no plan of action and none attached")

AP("appeal-nopoa-native-052", "inauthentic", "US", "native",
   "re: inauthentic complaint - invoices sent twice",
   T("""
   Hi,

   This is getting a bit frustrating. I have now sent the invoices from Keystone Distributors for the inauthentic complaint on ASIN B09ZK7M2TR twice (case 17452093381 and case 17455120946). Both times I got back a generic message asking for "verifiable invoices."

   The invoices have the distributor's name, address, phone, my business name and the quantities. What exactly is missing? If you need a different format just tell me and I'll send it. Can you please look at the documents that are already on the case?

   Thanks,
   Beth Morrison
   Morrison Home Goods
   """),
   policy=["inauthentic complaint"],
   decoys=[("mild-word", "frustrating"), ("asin", "B09ZK7M2TR"), ("case-id", "17452093381"),
           ("case-id", "17455120946")],
   notes="short follow-up, no POA; 'a bit frustrating' is mild; case IDs not secrets")

AP("appeal-nopoa-vn-053", "late-shipment", "US", "other-non-native",
   "Request more time for Plan of Action - Late Shipment Rate",
   T("""
   Dear Seller Performance,

   We received the notice that our account Lotus Silk Vietnam is deactivated because the Late Shipment Rate is above 4%. We are now reviewing all our orders and talking with our shipping partner to understand what happened.

   Our team is small and our shipping partner is closed for the weekend, so we need a few more days to collect the information. We will send a full plan of action by December 5.

   Can you please keep our case open until then? We do not want to send a plan that is not complete.

   Thank you for your patience.
   Do Thu Trang
   Lotus Silk Vietnam
   """),
   policy=["Late Shipment Rate"],
   notes="asks for time, promises a POA later: no POA in the text and none attached")

AP("appeal-nopoa-zh-054", "related-accounts", "US", "chinese",
   "关于账户关联被停用的申诉",
   T("""
   尊敬的亚马逊卖家绩效团队：

   您好！我们的店铺“森林小屋家居”于2026年11月22日收到通知，账户因为“关联账户”被停用。我们对此感到非常困惑。

   我们公司只注册了这一个亚马逊账户，从来没有操作过其他店铺。我们的办公室在杭州余杭区，电脑和网络都是公司自己的。我们怀疑可能是之前合作的物流公司使用了我们的地址，但我们没有证据。

   请问能否告诉我们具体是和哪个账户关联？我们愿意提供营业执照、法人身份证和水电费账单来证明我们是独立经营的。

   谢谢！
   杭州森屿家居有限公司
   """),
   lang="zh", policy=["关联账户"],
   notes="Chinese-language appeal on US, no POA; asks which account it is related to")

AP("appeal-nopoa-bd-055", "review-manipulation", "US", "other-non-native",
   "my account",
   T("""
   Sir please, i am crying while writing this. My account is closed and i dont know why, i did nothing wrong. i worked 3 years day and night for this store, borrowed money from my uncle for the stock. now everything is gone in one email. I have nothing left.

   what do you want from me? tell me what to do and i will do it. i cant feed my children if this continue. please Allah help me. please amazon open my account

   Mizanur Rahman
   Chittagong
   """),
   emo=["i am crying while writing this", "now everything is gone in one email. I have nothing left.",
        "i cant feed my children if this continue", "please Allah help me. please amazon open my account"],
   notes="Bangladeshi, despair; no POA, no policy named")

AP("appeal-cover-agency-056", "ip-trademark", "US", "chinese",
   "Appeal with Plan of Action attached - IP complaint 1743302187",
   T("""
   Dear Seller Performance Team,

   We are submitting this appeal on behalf of Shenzhen Ruixiang Technology Co., Ltd. (store: RUIXIANG-AUDIO), whose account was deactivated on 19 November 2026 following a notice under Amazon's Intellectual Property Policy (trademark, complaint ID 1743302187, ASIN B0CYH3NQ2K).

   Please find attached:
   1. Plan of Action (POA_RUIXIANG_20261128.pdf), setting out the root cause, the actions already completed and the preventive measures;
   2. The retraction email from the rights owner dated 26 November 2026;
   3. The client's own trademark registration certificate (USPTO Reg. No. 7,214,556) and product photos.

   We confirm that the listing in question has been removed and that the client will not relist the product under the disputed mark.

   Kind regards,
   Mia Zhou
   Case Manager, Bluebridge Seller Services (Shenzhen)
   +86 755 2690 3318
   """),
   attached=True, policy=["Intellectual Property Policy"],
   decoys=[("complaint-id", "1743302187"), ("asin", "B0CYH3NQ2K"), ("trademark-number", "7,214,556"),
           ("file-name", "POA_RUIXIANG_20261128.pdf"), ("phone", "+86 755 2690 3318")],
   notes="agency cover letter, POA as attachment (summarised, not written out)")

AP("appeal-cover-in-057", "odr", "IN", "indian",
   "POA attached - Order Defect Rate - Ganga Home Decor",
   T("""
   Dear Seller Performance Team,

   Greetings of the day.

   With reference to your notification dated 21-Nov-2026 regarding deactivation of our account Ganga Home Decor due to Order Defect Rate above 1%, PFA our detailed Plan of Action in the attachment (Ganga_POA.docx) along with the supporting documents (courier agreement and QC checklist).

   Kindly go through the same and revert back with your decision at the earliest. For any clarification you can reach us at +91 80 4718 2290.

   Thanks and regards,
   Pooja Iyer
   Ganga Home Decor, Bengaluru
   """),
   attached=True, policy=["Order Defect Rate"],
   decoys=[("file-name", "Ganga_POA.docx"), ("phone", "+91 80 4718 2290")],
   notes="Indian 'PFA' cover letter; POA attached")

AP("appeal-cover-zh-058", "counterfeit", "US", "chinese",
   "Counterfeit appeal - POA uploaded",
   T("""
   Hello Amazon Team,

   Our account BRIGHTOAK was deactivated for counterfeit complaint on ASIN B0D7KQ1XW3 (LED strip lights). 我们已经上传了行动计划 (we already uploaded the plan of action as PDF file) and the invoices from our factory, the factory business licence and the authorization letter.

   The POA file explains the reason, what we already did and how we prevent in future. Please check the attachment and reinstate our account.

   Thank you!
   BRIGHTOAK / 中山明橡照明
   """),
   attached=True, policy=["counterfeit complaint"],
   decoys=[("asin", "B0D7KQ1XW3"), ("foreign-snippet", "我们已经上传了行动计划")],
   notes="mixed Chinese/English cover letter; POA uploaded as a PDF")

LR("lr-cover-native-059", "ip-copyright", "UK", "native",
   "Listing reinstatement - copyright notice - POA attached",
   T("""
   Hello,

   Please find attached our plan of action for the removal of ASIN B0C8MZT3RK (printed tote bag, "Lake District" design) following the copyright notice of 14 November 2026.

   In short: the artwork was licensed, but the licence covered prints and cards only, not textiles. We've since agreed an extended licence with the artist, which is also attached along with her written confirmation. The attached POA goes through what happened, what we've done and the checks we now run on every licence.

   Many thanks,
   Oliver Grant
   Fellside Prints Ltd
   01539 555 804
   """),
   attached=True, policy=["copyright notice"],
   decoys=[("asin", "B0C8MZT3RK"), ("phone", "01539 555 804")],
   notes="cover letter with a short summary; POA attached")
# ---------------------------------------------------------------- complete POAs, batch 2

AP("appeal-usednew-zh-060", "used-sold-as-new", "US", "chinese",
   "Appeal: used sold as new - store AIRFLOWPRO",
   T("""
   Dear Seller Performance Team,

   Our account AIRFLOWPRO was deactivated on 2026-11-13 because of customer complaints that "used item sold as new" on our handheld vacuum ASIN B0CD3MW8LQ. We checked all the 14 complaint orders.

   ## Investigation

   All 14 orders were fulfilled by our overseas warehouse in California (not FBA). When a customer returned a vacuum, the warehouse staff put it back to the shelf if the box looked OK. They did not open the box. Some returned units had dust inside the filter and scratches, so the next customer got a used vacuum. Our contract with the warehouse did not say how to handle returns.

   ## Immediate steps

   - 2026-11-14: all 388 units in the overseas warehouse were opened and checked one by one, 27 used units were found and removed from sellable stock.
   - Refunded all 14 customers and sent each a new unit free.
   - Signed a new service agreement with the warehouse: returned items go to a "return zone" and can never be shipped as new.

   ## Long-term changes

   - Returned units will be sent back to our QC center in Shenzhen or sold only as "Used" through Amazon Warehouse, never as new.
   - Each new unit gets a seal sticker on the box; if the seal is broken it is not new.
   - Our after-sales supervisor checks the return report weekly and visits the warehouse by video call every month.

   Thank you for reviewing our plan.

   Best regards,
   Ma Xiaoyu
   Suzhou Airflow Appliances Co., Ltd.
   """),
   poa=True, rc="Investigation", co="Immediate steps", pr="Long-term changes", style="markdown",
   policy=["used item sold as new"],
   decoys=[("asin", "B0CD3MW8LQ")],
   notes="Investigation / Immediate steps / Long-term changes")

AP("appeal-idv-native-061", "identity-verification", "US", "native",
   "Appeal - verification failed",
   T("""
   Hello,

   We received this message on November 18:

   "We could not verify the information you provided. As a result, your selling privileges have been deactivated in accordance with Section 3 of the Business Solutions Agreement."

   **Where we went wrong**
   Our company moved from Tampa to Orlando in August. We updated the address on our state registration and bank account, but we never updated the business address in Seller Central, and the credit card on file was still billing to the old address. When verification was triggered, the documents we uploaded showed the new address, which didn't match.

   **Our fix**
   On November 19 we updated the business address in Seller Central to 4410 Lake Underhill Rd, Suite 210, Orlando, FL 32803, exactly as it appears on our Florida Division of Corporations record. We replaced the card on file with one billing to the same address, and we uploaded a new bank statement and the updated articles of organization.

   **Summary of changes**
   - Address in Seller Central, on the bank statement, on the card and on the state record now match.
   - Our office manager now owns a checklist for any address or ownership change: Seller Central is updated the same week, before anything else.
   - We'll review our account information page twice a year.

   Thank you,
   Andre Wilson
   Sunline Home Products LLC
   """),
   poa=True, rc="Where we went wrong", co="Our fix", pr="Summary of changes", style="bold",
   policy=["Section 3 of the Business Solutions Agreement"],
   decoys=[("postcode", "FL 32803")],
   notes="policy named only inside the quoted Amazon notice; prevention inside 'Summary of changes'")

AP("appeal-odr-zh-062", "odr", "US", "chinese",
   "账户申诉 - 订单缺陷率 ODR",
   T("""
   尊敬的亚马逊卖家绩效团队：

   您好！我们是深圳市星辰数码有限公司，店铺名 STARRYTECH。我们的账户于2026年11月16日因订单缺陷率（ODR）达到2.8%，超过1%的标准而被停用。我们认真分析了问题，现提交行动计划如下。

   一、问题原因
   1. 9月份我们的蓝牙耳机（ASIN B0CF8RT2NW）更换了电池供应商，新电池续航只有标称的一半，导致大量差评。
   2. 客服团队只有两个人，美国周末的买家消息没有及时回复，买家直接提出了A-to-z索赔。
   3. 自发货订单使用的物流时效不稳定，部分订单超过预计送达时间。

   二、已采取的措施
   1. 已经下架该款耳机，并将FBA仓库中剩余的730件全部移除。
   2. 已经联系所有给差评和提出索赔的买家，提供全额退款或免费换货。
   3. 已经换回原来的电池供应商，并重新做了续航测试。
   4. 自发货订单已全部改为FBA配送。

   三、预防措施
   1. 每批货物出厂前由质检部门抽检10%，测试电池续航。
   2. 增加一名客服，保证24小时内回复所有买家消息，包括周末。
   3. 运营经理每天查看账户状况页面，发现问题立即处理。

   恳请贵团队审核我们的申诉，恢复我们的销售权限。谢谢！

   深圳市星辰数码有限公司
   联系电话：+86 755 2381 6640
   """),
   lang="zh", poa=True, rc="一、问题原因", co="二、已采取的措施", pr="三、预防措施", style="numbered",
   policy=["订单缺陷率（ODR）"],
   decoys=[("asin", "B0CF8RT2NW"), ("phone", "+86 755 2381 6640")],
   notes="complete POA written in Chinese on the US marketplace (agency forgot to translate)")

LR("lr-iptm-tr-063", "ip-trademark", "UK", "turkish",
   "ASIN B0D3HK7PZM yeniden aktif edilmesi talebi",
   T("""
   Sayın Amazon Satıcı Performans Ekibi,

   B0D3HK7PZM numaralı ürünümüz (el yapımı bakır cezve) marka hakkı ihlali şikayeti nedeniyle kaldırıldı. Şikayet numarası: 1746630915. Durumu inceledik ve aşağıdaki planı hazırladık.

   Sorunun nedeni:
   Ürün başlığında ve açıklamada başka bir firmanın tescilli markası olan "Cezvecim" kelimesini kullandık. Bu kelimenin genel bir isim olduğunu düşünmüştük, ama Birleşik Krallık'ta tescilli bir marka olduğunu öğrendik.

   Yaptığımız düzeltmeler:
   Başlıktan, madde işaretlerinden ve arama terimlerinden bu kelimeyi 25 Kasım'da tamamen sildik. Ürün görsellerini de yeniledik. Marka sahibine e-posta ile özür diledik ve şikayeti geri çekmesini rica ettik.

   Önleyici tedbirler:
   Yeni bir ürün listelemeden önce kullandığımız her kelimeyi UKIPO marka veritabanında kontrol edeceğiz. Listeleri iki kişi kontrol edecek.

   Saygılarımızla,
   Hakan Çelik
   Bakırcı Dükkanı Ltd
   """),
   lang="tr", poa=True, rc="Sorunun nedeni:", co="Yaptığımız düzeltmeler:", pr="Önleyici tedbirler:",
   style="colon", policy=["marka hakkı ihlali şikayeti"],
   decoys=[("asin", "B0D3HK7PZM"), ("complaint-id", "1746630915")],
   notes="Turkish-language listing POA on the UK marketplace")

AP("appeal-lsr-in-064", "late-shipment", "IN", "indian",
   "Appeal for reactivation - LSR above threshold",
   T("""
   Dear Seller Performance Team,

   Our seller account Deccan Spices & Dry Fruits (Seller ID A2HQ8ZP0NV3K7L) was deactivated on 25-Nov-2026 as our LSR for the period 26-Oct to 24-Nov was 6.3% against the 4% threshold.

   Before giving our plan, we would like to give some background. We are a family business in Hyderabad, selling on Amazon.in since 2019, with 4.7 rating from more than 9,000 ratings. Our orders are self-ship from our own godown at Begum Bazaar. In the Diwali period our orders increased from an average of 140 per day to 610 per day. We had planned for 300. On 3 days (6, 7 and 8 November) the courier partner did not come for pickup due to their own backlog, and 188 orders were confirmed late. We also had a power cut of 14 hours on 11-Nov which stopped our label printing. Till October our LSR was always below 1%.

   ROOT CAUSE
   Our capacity planning was based on last year's numbers and we did not keep a backup courier. Our handling time of 1 day was too short for the festival volume.

   CORRECTIVE ACTIONS TAKEN
   - Handling time increased to 2 days on all 220 SKUs on 26-Nov.
   - Backup courier (Delhivery) onboarded through Easy Ship, pickups now twice daily.
   - Inverter and backup power installed for the packing area on 27-Nov.
   - 5 temporary packers hired.

   PREVENTIVE MEASURES
   - From next year, festival stock and staff planning will be done 45 days in advance, at 2.5x of last year's peak.
   - Our operations head will check LSR daily; if above 2%, we will pause lower priority SKUs.
   - Fast-moving SKUs (top 30) will be moved to FBA before the festive season.

   We request you to kindly reinstate our account.

   Regards,
   Syed Imran Ali
   Deccan Spices & Dry Fruits
   """),
   poa=True, rc="ROOT CAUSE", co="CORRECTIVE ACTIONS TAKEN", pr="PREVENTIVE MEASURES", style="caps",
   policy=["LSR"],
   decoys=[("merchant-token", "A2HQ8ZP0NV3K7L")],
   notes="long factual background before the plan; policy named only as the abbreviation LSR")

AP("appeal-safety-zh-065", "product-safety", "US", "chinese",
   "Appeal for account - store WARMNEST",
   T("""
   Dear Seller Performance Team,

   We received your email on 2026-11-21 that our account WARMNEST is deactivated, related to the customer complaints on our electric blanket (ASIN B0CJ7ZK3PX). Below is our plan.

   The reason: We checked the 6 complaints, the customers said the blanket became very hot in one area near the controller. We sent 20 units from the same batch to a test lab in Ningbo. The lab found the wire near the controller was bent too tight in production, so that point got hotter than the others. The factory changed the sewing worker in that month and the new worker did not follow the standard.

   What we have done: We stopped the sale and removed all 940 units in FBA. We contacted every buyer of this batch (about 1,300 orders) and offered a full refund, we told them to stop using it. We filed a report to CPSC on 2026-11-23 by ourselves. The factory reworked the production standard and the new batch passed the test.

   For the future: every batch will be tested by the third-party lab before shipping, the factory will train new workers with a written standard and a supervisor will check the first 50 units of every new worker. Our customer service will send any complaint about heat to the quality manager the same day.

   Thank you for considering.
   WARMNEST / Ningbo Nuanchao Electric Co., Ltd.
   """),
   poa=True, rc="The reason:", co="What we have done:", pr="For the future:", style="inline",
   decoys=[("asin", "B0CJ7ZK3PX")],
   notes="complete POA that never names the policy (only 'the customer complaints'); CPSC report mentioned")

AP("appeal-dropship-native-066", "drop-shipping", "CA", "native",
   "Appeal regarding deactivation of Northern Hearth Goods",
   T("""
   Hello,

   We're writing about the notice sent to Northern Hearth Goods on November 15. Several customers received our orders in boxes from another online store, with that store's invoice inside and their return address on the label.

   Here's what happened. In late October our supplier in Toronto ran out of cast-iron pans and we had 60 open orders. Rather than cancel, our operations lead bought the pans from another retailer's website and had them shipped straight to our customers. It seemed like a fix at the time. It wasn't, and we own that.

   What we've done: the practice stopped on November 2. Every affected customer was contacted and offered a refund or a return label. The remaining orders were either shipped from our own warehouse in Mississauga once stock arrived or cancelled. Our operations lead and I went through Amazon's rules for who must be the seller of record on shipments.

   What changes now: we will only ship from our own warehouse, with our own packing slip and return address. When a SKU is out of stock, quantity goes to zero that day. We've added a second supplier for our top 10 items so stockouts are less likely, and I review the shipping log every Friday.

   Thank you for reconsidering.

   Megan Choi
   Northern Hearth Goods Inc.
   """),
   poa=True, rc="Here's what happened.", co="What we've done:", pr="What changes now:", style="inline",
   notes="complete POA that describes the facts but never names the policy")

AP("appeal-gouging-tr-067", "price-gouging", "US", "turkish",
   "Appeal - price gouging - we are so so sorry",
   T("""
   Dear Amazon Seller Performance,

   First of all we are terribly sorry, we are ashamed, we apologize again and again to Amazon and to every customer. We never wanted to hurt anybody, please believe us, we are honest people. We are so so sorry, we cannot say it enough.

   Our account was deactivated for price gouging on the emergency water purification tablets (ASIN B0C1TQ8MNX) during the hurricane in Florida.

   A) Root cause
   Our automatic repricing software followed other sellers' prices up when the stock in the market finished. We did not set a maximum price. Price went from $12.90 to $44.00.

   B) Actions done
   - The price was reduced back to $12.90 on 14 November and the repricer was switched off.
   - All 86 buyers who paid a higher price received a refund of the difference.

   C) Prevention
   - Maximum price limits will be set on all SKUs, 15% above the normal price.
   - Essential products (water, medical, safety) will never use a repricer again.

   Please, please forgive us. We beg you to give our small family business one more chance.

   Elif Yılmaz
   Anka Outdoor Supply
   """),
   poa=True, rc="A) Root cause", co="B) Actions done", pr="C) Prevention", style="lettered",
   policy=["price gouging"],
   emo=["we are terribly sorry, we are ashamed, we apologize again and again",
        "please believe us, we are honest people", "We are so so sorry, we cannot say it enough",
        "Please, please forgive us. We beg you to give our small family business one more chance."],
   decoys=[("asin", "B0C1TQ8MNX")],
   notes="complete lettered POA wrapped in excessive apology and begging")

AP("appeal-coc-native-068", "seller-code-of-conduct", "US", "native",
   "Appeal - section 4 of the Seller Code of Conduct",
   T("""
   Dear Seller Performance,

   Our account Maple & Thread was deactivated for conduct the notice describes as harassing a buyer, under section 4 of the Seller Code of Conduct ("act fairly and not misuse Amazon's features or services").

   1. What happened
   A buyer opened an A-to-z claim saying a quilt never arrived, although tracking showed delivery to her porch. My part-time assistant, who was frustrated, sent her four messages in two days asking her to withdraw the claim and saying we would "report her for fraud." That tone was unacceptable.

   2. What I did about it
   I refunded the buyer in full on November 10 and sent one short apology. I removed my assistant's messaging permissions and now answer all buyer messages myself. I deleted the saved reply she had been using.

   3. How it won't happen again
   No buyer will get more than one message from us about a claim, and every message will be polite and factual. If I believe a claim is wrong, I'll respond through the claim itself and let Amazon decide. I wrote these rules into a one-page guide for anyone who helps in the shop.

   Sincerely,
   Karen O'Neill
   Maple & Thread Quilting Co.
   """),
   poa=True, rc="1. What happened", co="2. What I did about it", pr="3. How it won't happen again",
   style="numbered", policy=["section 4 of the Seller Code of Conduct"],
   decoys=[("mild-word", "frustrated")],
   notes="policy named by its section number; calm letter; 'frustrated' describes the assistant")

AP("appeal-condition-latam-069", "condition", "US", "latam",
   "ACCOUNT APPEAL - CONDITION COMPLAINTS - PAMPA LEATHER",
   T("""
   Dear Seller Performance Team,

   Our account Pampa Leather Goods (Buenos Aires) was deactivated on November 12 because of complaints that items arrived in a different condition than described. We investigated every case.

   WHAT WE FOUND
   Of the 19 complaints, 12 came from one shipment of leather bags that was stored in our 3PL in Miami next to a leaking roof; the bags had water stains and mould marks but were shipped anyway because the 3PL did not inspect them. Five complaints came from a fraudulent buyer who opened five orders with different names at the same address and returned old bags, we have reported this to Amazon separately. Two were real mistakes of size.

   WHAT WE ALREADY DID
   We moved all inventory out of that 3PL on November 14, inspected 640 bags and destroyed 71 damaged units. We refunded the 14 real complaints. We changed to a new 3PL in Doral with climate control and inspection included in the contract.

   HOW WE PREVENT IT
   The new 3PL sends photos of a 10% sample of every pallet received. We will visit or video-audit the warehouse every quarter. Any item with a mark or stain will be sold as used or destroyed, never as new.

   Best regards,
   Martín Sosa
   Pampa Leather Goods S.R.L.
   """),
   poa=True, rc="WHAT WE FOUND", co="WHAT WE ALREADY DID", pr="HOW WE PREVENT IT", style="caps",
   policy=["different condition than described"],
   notes="calm letter in caps headings; strong words about facts ('a fraudulent buyer', 'leaking roof')")

LR("lr-safety-zh-070", "product-safety", "US", "chinese",
   "Listing reinstatement request - children's toy ASIN B0CP2WQ6TN - CPC",
   T("""
   Hello Amazon Product Safety Team,

   Our listing ASIN B0CP2WQ6TN (wooden stacking toy for kids 3+) was removed because we could not provide the Children's Product Certificate (CPC) when requested.

   Root cause: The CPC and CPSIA test report were stored on the computer of our office in Jinhua, and there was a fire in our warehouse building on October 30 (no people hurt, it was the next building). The computer was damaged and we lost the files, and we missed the 7-day deadline while we were cleaning up.

   Corrective actions: We asked the test lab (Intertek Ningbo) to re-issue the report, report no. NB26-081774. We made a new CPC with the importer info and lab info, and we uploaded both to the Manage Your Compliance page on November 26.

   Preventive actions: All compliance documents are now saved in a cloud drive with two backups, and our compliance staff will check the expiry date of every certificate each month. We will answer any document request within 48 hours.

   Thank you,
   Jinhua Mumu Toys Co., Ltd.
   """),
   poa=True, rc="Root cause:", co="Corrective actions:", pr="Preventive actions:", style="inline",
   policy=["Children's Product Certificate (CPC)"],
   decoys=[("asin", "B0CP2WQ6TN"), ("certificate-number", "NB26-081774")],
   notes="calm letter with strong fact words ('fire in our warehouse building')")

AP("appeal-inauth-agency-071", "inauthentic", "UK", "chinese",
   "Plan of Action - inauthentic item complaints - HOLLYBAY",
   T("""
   Dear Amazon Seller Performance Team,

   Re: Account deactivation, HOLLYBAY (Merchant Token A1QZ7XN0P4TB2K), notification of 10 November 2026

   We write on behalf of Guangzhou Hollybay Cosmetics Co., Ltd. The notification stated that the account was deactivated due to customer complaints that items sold were inauthentic, relating to ASIN B0D6PW3MZR (vitamin C serum, 30 ml).

   **Root causes**
   1. Packaging change. In August the client switched to a new bottle supplier. The new dropper bottle was frosted rather than clear, and the batch code was printed on the box instead of the bottle.
   2. Listing not updated. The detail page still showed the old clear bottle, so buyers compared and suspected a fake.
   3. Supplier documentation. The client's invoices were issued by its sister trading company, so the brand name and the invoice name differed.
   4. No escalation. Three early buyer messages mentioning "fake" were answered with a standard template and not escalated.

   **Actions taken**
   - Listing images and description updated on 12 November to show the frosted bottle, with a note on the packaging change.
   - Invoices re-issued directly by the manufacturing company, with its licence and the brand registration attached.
   - All 17 complaining buyers refunded and contacted personally.
   - Batch code now printed on the bottle and the box.

   **Actions we will take going forward**
   - Any packaging change will be photographed and the listing updated before the new batch ships to FBA.
   - Buyer messages containing "fake", "authentic" or "original" are escalated to the QA manager within 24 hours.
   - Quarterly review of invoices against the brand and entity names.

   **Summary**
   The complaints arose from an unannounced packaging change, an outdated detail page and invoices from the wrong entity. All three have been corrected, affected buyers have been refunded, and controls are now in place so packaging and listing changes move together.

   Yours faithfully,
   Sophie Lam
   Senior Consultant, Pearl River Marketplace Advisory Ltd
   Unit 12, 3 Harbour Road, Wan Chai, Hong Kong
   +852 3156 2274
   """),
   poa=True, rc="Root causes", co="Actions taken", pr="Actions we will take going forward", style="bold",
   policy=["inauthentic"],
   decoys=[("merchant-token", "A1QZ7XN0P4TB2K"), ("asin", "B0D6PW3MZR"), ("phone", "+852 3156 2274")],
   notes="long formal agency letter with numbered root causes, bullets and a closing summary that repeats the plan")

AP("appeal-odr-native-072", "odr", "US", "native",
   "ODR appeal",
   T("""
   Hi - quick appeal for Big Sky Jerky Co. Our ODR hit 1.6% because a heat wave in Sept/Oct made some jerky packs sweat and a few went bad in transit, and customers left negative feedback and a few claims (12 orders). We've already refunded all 12, pulled the 3 flavors with the thinnest packaging and switched every order to insulated mailers with an oxygen absorber, that started Oct 28. From now on we won't ship perishables to hot-weather states without 2-day shipping from May to October, and I check feedback every morning before we pack. Happy to send photos of the new packaging.

   - Travis
   Big Sky Jerky Co.
   """),
   poa=True, rc="Our ODR hit 1.6% because", co="We've already refunded all 12",
   pr="From now on we won't ship perishables", style="none", policy=["ODR"],
   notes="short messy native POA in one paragraph; all three parts present")
# ---------------------------------------------------------------- messages with secrets

OT("tech-login-native-073", "technical-issue", "login", "US", "native",
   "Locked out of Seller Central - 2-step verification loop",
   T("""
   Hi Seller Support,

   I've been locked out since this morning. Every time I sign in, it asks for the 2-step verification code, I enter it, and it sends me right back to the login page. I've tried Chrome and Safari and cleared cookies.

   To save time, here are my login details so your team can test it directly:
   email: orders@tidewaterpets.com
   password: Bluejay#2291!
   The code that just came to my phone is 604817 if that helps (I know they expire, I can get another).

   My store is Tidewater Pet Supply. I have 40+ orders waiting to ship and can't buy labels. Please call me at (757) 555-0193 if that's faster.

   Thanks,
   Nicole Barnes
   """),
   secrets=[("password", "Bluejay#2291!"), ("one-time-code", "604817")],
   decoys=[("phone", "(757) 555-0193")],
   notes="native seller pastes password and a one-time code for support to 'test'")

OT("tech-deposit-zh-074", "technical-issue", "deposit-method", "US", "chinese",
   "Deposit method verification failed - 收款账户",
   T("""
   Hello Seller Support,

   We want to change our deposit method to our company bank account in China but Seller Central always shows "The bank account information could not be verified". We tried 3 times.

   Our information as below, please help to check which part is wrong:

   开户名：义乌市佳禾日用品有限公司
   开户行：中国工商银行义乌分行
   银行账号：1208 0200 0920 0387 715
   SWIFT: ICBKCNBJZJP

   The name is the same as our business licence. Is it because Amazon does not support this bank? Please tell us what we should do, our disbursement is on hold.

   Thank you,
   Jiahe Home / 佳禾日用
   """),
   secrets=[("bank-account", "1208 0200 0920 0387 715")],
   decoys=[("swift-code", "ICBKCNBJZJP"), ("foreign-snippet", "中国工商银行义乌分行")],
   notes="Chinese bank account number with 开户行 in a mixed Chinese/English message; SWIFT code is a decoy")

OT("tech-payment-in-075", "technical-issue", "payment-method", "IN", "indian",
   "Charge method declined - subscription fee not paid",
   T("""
   Dear Seller Support,

   Our selling plan fee is showing unpaid and a banner says "Update your charge method". We have added our new card two times but it is showing declined. The bank says there is no block from their side.

   Card details for your verification:
   Card No: 4556 7302 8194 7368
   Expiry: 08/29
   CVV: 417
   Name on card: Rohit K Malhotra

   Kindly check from your end and update the same. Also please confirm whether any late fee will be charged. Please revert at the earliest.

   Regards,
   Rohit Malhotra
   Malhotra Auto Accessories, Ludhiana
   """),
   secrets=[("card", "4556 7302 8194 7368"), ("card-expiry", "08/29"), ("card-code", "417")],
   notes="Indian seller pastes full card details for support to 'update the same'")

OT("tech-deposit-latam-076", "technical-issue", "deposit-method", "US", "latam",
   "Disbursement failed - bank account",
   T("""
   Hello,

   My last two disbursements failed and Seller Central says "Your bank account was rejected by your bank". I opened a new account at Chase because I moved from Puerto Rico to Orlando and the old account is closed.

   Please update manually if the form does not work:
   Routing: 021000021
   Account: 483920175512
   Account holder: Isabel Torres Rivera (Torres Crafts LLC)

   The amount on hold is $3,215.80. I really need this payment for the Christmas inventory. Thank you for your help.

   Isabel Torres
   """),
   secrets=[("routing-number", "021000021"), ("bank-account", "483920175512")],
   decoys=[("mild-plea", "I really need this payment for the Christmas inventory")],
   notes="latam seller gives routing and account numbers in plain text")

OT("tech-deposit-tr-077", "technical-issue", "deposit-method", "UK", "turkish",
   "Cannot add Turkish bank account as deposit method",
   T("""
   Hello,

   We are trying to add our company bank account in Turkey to receive payments from amazon.co.uk. After we enter the IBAN the page gives error "Please enter a valid IBAN" but the IBAN is correct, we use it for all our export payments.

   Account name: Mavi Ege Tekstil San. ve Tic. Ltd. Şti.
   Bank: Garanti BBVA, Izmir Alsancak branch
   IBAN: TR18 0006 2001 1900 0006 6723 15

   Is there a problem with Turkish IBANs on the UK marketplace? Should we use a payment service instead? Please advise.

   Best regards,
   Okan Güneş
   Mavi Ege Tekstil
   """),
   secrets=[("iban", "TR18 0006 2001 1900 0006 6723 15")],
   decoys=[("foreign-snippet", "San. ve Tic. Ltd. Şti.")],
   notes="Turkish IBAN with spaces, passes mod-97")

OT("tech-login-ja-078", "technical-issue", "login", "JP", "other-non-native",
   "セラーセントラルにログインできません",
   T("""
   Amazonセラーサポート御中

   いつもお世話になっております。株式会社ひまわり雑貨の山田と申します。

   本日朝からセラーセントラルにログインできなくなりました。メールアドレスとパスワードを入力すると「問題が発生しました」と表示され、先に進めません。パスワードの再設定も試しましたが、確認メールが届きません。

   確認のため、ログイン情報をお送りします。
   メールアドレス：info@himawari-zakka.jp
   パスワード：Himawari_0612
   また、法人カードの暗証番号は 4721 です（支払い方法の確認に必要であれば）。

   年末の出荷が多い時期ですので、至急ご対応いただけますと幸いです。
   電話番号：03-5568-2417

   よろしくお願いいたします。
   山田 恵子
   """),
   lang="ja",
   secrets=[("password", "Himawari_0612"), ("password", "4721")],
   decoys=[("phone", "03-5568-2417")],
   notes="Japanese on JP (no non-English defect); パスワード and a card 暗証番号 (labeled password)")

OT("tech-login-zh-079", "technical-issue", "login", "US", "chinese",
   "账号登录不了，急！",
   T("""
   你好，

   我们的美国站账号从昨天开始一直登录不了，输入密码以后页面提示“出现问题，请稍后再试”。我们换了电脑和网络也不行。店铺名是 LINKSTAR-US。

   为了方便你们查看，账号信息如下：
   登录邮箱：linkstar_ops@163.com
   密码是 hz@Amz8812
   刚刚收到的验证码：385026

   我们现在有很多订单要发货，请尽快帮我们处理，谢谢！

   联系人：周先生
   电话：+86 571 8690 2245
   """),
   lang="zh",
   secrets=[("password", "hz@Amz8812"), ("one-time-code", "385026")],
   decoys=[("phone", "+86 571 8690 2245")],
   notes="Chinese-language message on US with 密码是 and 验证码")

AP("appeal-idv-card-vn-080", "identity-verification", "US", "other-non-native",
   "Appeal - credit card could not be verified",
   T("""
   Dear Seller Performance,

   Our account Mekong Home Decor was deactivated because the credit card on file could not be verified (seller identity verification). Here is our plan.

   Root cause: The Visa card we used when we registered expired in October and the bank sent a new card with a new number. We did not update it in Seller Central, so the monthly charge failed and the verification failed too.

   Corrective action: We already added our new company card yesterday, but the page still shows "pending". In case it did not save correctly, the new card is American Express 3782 941063 81521, valid thru 11/28, CID 2604, name Mekong Home Decor Co., Ltd. We also uploaded the bank statement which shows the same company name and address.

   Prevention: We created a reminder in our calendar two months before any card expiry, and the director will check the payment information page every quarter.

   Thank you,
   Vo Minh Khoa
   """),
   poa=True, rc="Root cause:", co="Corrective action:", pr="Prevention:", style="inline",
   policy=["seller identity verification"],
   secrets=[("card", "3782 941063 81521"), ("card-expiry", "11/28"), ("card-code", "2604")],
   notes="complete POA for identity verification that pastes an Amex card (4-6-5), expiry and CID")

OT("fba-removal-de-081", "fba-reimbursement", "removal", "DE", "other-non-native",
   "Erstattung für verlorene Rücksendung - Removal Order",
   T("""
   Sehr geehrtes Seller-Support-Team,

   wir haben am 4. November eine Rücksendung (Removal Order ID: XyR7pQ2mK) über 140 Einheiten aus dem Lager LEJ1 beauftragt. Laut Bericht wurden nur 96 Einheiten zugestellt, 44 Einheiten fehlen. Die Sendungsnummer von DHL lautet 00340434161094021867.

   Bitte prüfen Sie den Fall und erstatten Sie uns die fehlenden 44 Einheiten (SKU BW-THERMO-750, Warenwert laut Rechnung 18,90 € pro Stück).

   Da unser Verkäuferkonto derzeit keine Auszahlungen erhält, überweisen Sie den Betrag bitte direkt auf unser Geschäftskonto:
   Kontoinhaber: Bergwald Outdoor GmbH
   IBAN: DE44 3704 0044 0532 0130 0099
   BIC: COBADEFFXXX

   Vielen Dank und freundliche Grüße
   Jonas Keller
   Bergwald Outdoor GmbH
   """),
   lang="de",
   secrets=[("iban", "DE44 3704 0044 0532 0130 0099")],
   decoys=[("removal-order-id", "XyR7pQ2mK"), ("tracking-number", "00340434161094021867"),
           ("sku", "BW-THERMO-750"), ("swift-code", "COBADEFFXXX")],
   notes="German reimbursement claim on DE that asks for payment to a pasted IBAN")

OT("brand-hijack-native-082", "brand-dispute", "hijacker", "US", "native",
   "Hijacker on our brand listing - Brand Registry",
   T("""
   Hello Brand Registry team,

   Another seller ("QuickDeal Outlet") has jumped on our listing for ASIN B0CA9RM4TS, our brand OAKHAVEN cutting boards, and is selling what look like cheap knockoffs at $9 under our price. We own the brand; trademark registration no. 6,902,117.

   I tried to submit a report through Report a Violation but the tool keeps erroring out when I attach photos. Our brand rep account is a separate login from the main seller account. If it helps your team investigate, you can log in with brand@oakhavenhome.com / Cedar!Board77 and see the test buy photos I uploaded in the draft report.

   We did a test buy (order 114-6602184-3381925); the board arrived without our logo burn mark and in a plain plastic bag.

   Thanks,
   Sam Whitaker
   Oakhaven Home
   """),
   secrets=[("password", "Cedar!Board77")],
   decoys=[("asin", "B0CA9RM4TS"), ("trademark-number", "6,902,117"), ("order-id", "114-6602184-3381925")],
   notes="brand owner pastes the brand-rep login as email / password; order ID and trademark number are decoys")

OT("cat-grocery-zh-083", "category-approval", "grocery", "US", "chinese",
   "Grocery category approval - invoice verification",
   T("""
   Dear Category Approval Team,

   We applied for the Grocery & Gourmet category approval for our green tea products (brand CHAXIANG). The request was rejected because "the invoice could not be verified".

   The invoice is from our distributor Fujian Chaxiang Tea Industry Co., Ltd., invoice no. FJCX-20261103-017, dated 2026-11-03, 600 boxes, with the address and phone +86 591 8776 3021. Maybe your team could not reach them by phone because of time difference.

   You can also check the order in the distributor's online portal directly:
   网址 portal.fjchaxiang.cn
   账号：CX-US-0088
   密码：Tea2026@fz
   (登录时如需短信动态码，请联系我们，最新的动态码是 552190)

   Please review again, thank you!

   Wu Meiling
   CHAXIANG Tea US
   """),
   secrets=[("password", "Tea2026@fz"), ("one-time-code", "552190")],
   decoys=[("invoice-number", "FJCX-20261103-017"), ("phone", "+86 591 8776 3021")],
   notes="category request with a distributor portal 密码 and an SMS 动态码 inside Chinese lines")

OT("tech-2sv-vn-084", "technical-issue", "login", "US", "other-non-native",
   "Two-step verification - phone number lost",
   T("""
   Hello support,

   I lost my phone in Da Nang last week and the new SIM card has the same number but I do not receive the two-step verification SMS anymore. I still have the backup codes that I saved when I set up 2SV, I tried them but it says "code is not valid":

   7 3 9 1 0 4
   2 8 6 6 5 0

   Can you reset the two-step verification to my new authenticator app, or to my email? My store is Hoa Sen Ceramics. I am the primary user.

   Thank you so much,
   Le Thi Hoa
   """),
   secrets=[("one-time-code", "7 3 9 1 0 4"), ("one-time-code", "2 8 6 6 5 0")],
   notes="backup codes pasted with spaces between digits")

OT("tech-deposit-bd-085", "technical-issue", "deposit-method", "US", "other-non-native",
   "Deposit method - Payoneer USD account not accepted",
   T("""
   Dear Seller Support,

   I am trying to add my Payoneer US receiving account as deposit method. It says "routing number is invalid". I copy it exactly from Payoneer:

   Bank name: Community Federal Savings Bank
   Routing (ABA): 026-073-150
   Account number: 8 3 2 0 0 4 1 9 7 6 5 2
   Account type: Checking
   Beneficiary: Tanvir Hossain

   Please check why it is not working. My store is Bengal Tea House, Sylhet. I have 2 disbursements waiting.

   Regards,
   Tanvir Hossain
   """),
   secrets=[("routing-number", "026-073-150"), ("bank-account", "8 3 2 0 0 4 1 9 7 6 5 2")],
   notes="routing number with dashes and an account number with spaces between digits")
# ---------------------------------------------------------------- reimbursements and technical issues

OT("fba-lostinb-zh-086", "fba-reimbursement", "lost-inbound", "US", "chinese",
   "Lost inbound units - shipment FBA15N8QT2KC - 入库丢件",
   T("""
   Hello Seller Support,

   Our inbound shipment FBA15N8QT2KC to ONT8 was delivered on 2026-10-28 (SPD, UPS, 12 cartons, 480 units of SKU MOON-LAMP-16). The shipment is closed now but only 432 units were received, 48 units are missing.

   Details:
   - Shipment ID: FBA15N8QT2KC
   - Carton 7 and carton 11 (40 pcs per carton) show 0 received, other cartons missing 8 pcs
   - UPS tracking for carton 7: 1Z8A42W10394827715, proof of delivery signed "ONT8 DOCK"
   - Unit cost: $6.20, commercial invoice attached

   我们已经提供了装箱单和POD，请帮我们调查并赔偿丢失的48件。We already waited 30 days after closing as required.

   Thank you!
   Lin Jing
   Moonlight Decor Co.
   """),
   decoys=[("shipment-id", "FBA15N8QT2KC"), ("tracking-number", "1Z8A42W10394827715"),
           ("sku", "MOON-LAMP-16"), ("foreign-snippet", "我们已经提供了装箱单和POD")],
   notes="lost inbound claim with shipment ID, carton details and a UPS tracking number")

OT("fba-damagedinb-in-087", "fba-reimbursement", "damaged-inbound", "IN", "indian",
   "Reimbursement request - units damaged at receiving - FBA15P3KD9WX",
   T("""
   Dear Seller Support Team,

   We have noticed that in our shipment FBA15P3KD9WX (sent to BLR7 on 02-Nov-2026), 36 units of our glass storage jars (FNSKU X0041KQ8ZB) are marked as "damaged at Amazon fulfillment centre" in the inventory adjustment report, reason code "E".

   Our cartons were packed with bubble wrap and 5-ply boxes as per the FBA packaging guidelines; photos of packing are attached. But we have received reimbursement only for 12 units (Reimbursement ID 2893014475). Balance 24 units are not yet reimbursed.

   Kindly check and process the reimbursement for the balance units at the earliest. Selling price is ₹649 per unit.

   Thanks & regards,
   Arjun Mehta
   Mehta Kitchen Store, Pune
   """),
   decoys=[("shipment-id", "FBA15P3KD9WX"), ("fnsku", "X0041KQ8ZB"), ("reimbursement-id", "2893014475")],
   notes="damaged inbound with FNSKU and reimbursement ID")

OT("fba-whlost-native-088", "fba-reimbursement", "warehouse-lost", "US", "native",
   "47 units LOST in your warehouse - this is theft",
   T("""
   Seller Support,

   For the THIRD time: 47 units of my espresso tamper (FNSKU X003PQ7WLM) disappeared from your warehouse between Oct 2 and Oct 19. The inventory ledger shows them as "Lost - Warehouse" and then nothing. No reimbursement, no found adjustment, nothing.

   Each one sells for $34.99. That's over $1,600 you are sitting on. At this point this is theft, plain and simple. Every case I open gets closed with a copy-paste answer that tells me to "wait 30 days" when it's been 45.

   If I don't see the reimbursement this week I am filing a complaint with the state Attorney General and disputing the fees with my bank. I'm sick of being treated like this.

   Previous cases: 17448201937, 17450338120.

   Derek Sloan
   Sloan Coffee Gear
   """),
   emo=["At this point this is theft, plain and simple.",
        "If I don't see the reimbursement this week I am filing a complaint with the state Attorney General",
        "I'm sick of being treated like this.", "For the THIRD time"],
   decoys=[("fnsku", "X003PQ7WLM"), ("case-id", "17448201937"), ("case-id", "17450338120")],
   notes="angry warehouse-lost claim with threats; case IDs are decoys")

OT("fba-return-es-089", "fba-reimbursement", "customer-return", "US", "latam",
   "Reembolso - cliente no devolvió el producto",
   T("""
   Hola equipo de Soporte,

   Les escribo porque en el pedido 113-5820467-9301401 el cliente recibió un reembolso completo el 14 de octubre, pero el producto nunca fue devuelto al centro de distribución. Ya pasaron más de 45 días.

   El producto es una cafetera de acero inoxidable (ASIN B0CGR2LK7V), precio de venta $58.00. En el informe de devoluciones de Logística de Amazon no aparece ninguna recepción para este pedido.

   Por favor revisen el caso y hagan el reembolso correspondiente a mi cuenta. Tengo otro pedido igual, 112-9930417-5528841, que está en la misma situación.

   Muchas gracias,
   Daniela Ortiz
   Café Bonito Store
   """),
   lang="es",
   decoys=[("order-id", "113-5820467-9301401"), ("order-id", "112-9930417-5528841"), ("asin", "B0CGR2LK7V")],
   notes="Spanish-language return claim on US; first order ID passes Luhn once dashes are removed")

OT("fba-whdamaged-tr-090", "fba-reimbursement", "warehouse-damaged", "UK", "turkish",
   "Warehouse damaged units - reimbursement amount too low",
   T("""
   Hello,

   In the inventory adjustments report for November we see 22 units of our copper Turkish coffee set (FNSKU X002TR8KQN and X002TR8KQP) marked as damaged in the warehouse (disposition "Warehouse damaged"). We received a reimbursement of £6.15 per unit.

   But our selling price is £39.90 and the manufacturing cost is £14.80 per set, the invoice is attached. The reimbursement is lower than the cost. Can you please check the valuation and correct the amount? Reimbursement IDs: 3017745823, 3017745901.

   Thank you in advance.

   Kind regards,
   Deniz Aydın
   Bakır Evi Ltd
   """),
   decoys=[("fnsku", "X002TR8KQN"), ("fnsku", "X002TR8KQP"), ("reimbursement-id", "3017745823"),
           ("reimbursement-id", "3017745901")],
   notes="disputes reimbursement valuation; FNSKUs and reimbursement IDs as decoys")

OT("fba-lostinb-vn-091", "fba-reimbursement", "lost-inbound", "US", "other-non-native",
   "LTL shipment FBA15R6ZM4TH - 2 pallets received, 1 pallet missing",
   T("""
   Dear Support,

   We sent LTL shipment FBA15R6ZM4TH to TEB9 with 3 pallets (total 1,260 units of rattan baskets). The carrier delivered all 3 pallets on Nov 6, the signed BOL shows "3 pallets received, no exceptions". But Seller Central shows only 840 units received, the third pallet (420 units) is missing.

   - BOL number: 102938475
   - PRO number: 480215937
   - Carrier: Estes Express
   - Appointment ID: 7714302956

   The signed BOL and the pallet photos are attached. Please investigate and reimburse the missing 420 units.

   Best regards,
   Nguyen Duc Anh
   Saigon Rattan Co.
   """),
   decoys=[("shipment-id", "FBA15R6ZM4TH"), ("bol-number", "102938475"), ("pro-number", "480215937"),
           ("phone-like", "7714302956")],
   notes="9-digit BOL and PRO numbers that fail the ABA check; appointment ID")

OT("fba-removal-zh-092", "fba-reimbursement", "removal", "US", "chinese",
   "Removal order not delivered - 移除订单未收到",
   T("""
   Hi team,

   Our removal order ID LmQ83xTz7 (created 2026-10-20, 210 units, disposition: return to address) shows "Completed" but our warehouse in Ontario, CA only received 2 boxes with 98 units. The other carrier tracking (UPS 1Z4F71X20396618804) shows "delivered" but our warehouse never signed for it.

   Please help to check where the other 112 units are, and reimburse if they are lost. 仓库地址和签收记录在附件里。

   Thanks,
   Gao Peng
   SUNRISE-TOOLS
   """),
   decoys=[("removal-order-id", "LmQ83xTz7"), ("tracking-number", "1Z4F71X20396618804"),
           ("foreign-snippet", "仓库地址和签收记录在附件里。")],
   notes="removal claim, mixed Chinese/English")

OT("fba-return-native-093", "fba-reimbursement", "customer-return", "UK", "native",
   "Returned item not as sent - reimbursement request",
   T("""
   Hello,

   Order 206-7718293-4402156 was refunded on 3 November and the return was marked "Customer damaged" and put back in my inventory as unsellable. When I removed it to check, the box contained a different, older pair of headphones, not the ones we sent (serial numbers don't match, ours start with HX26).

   Photos of the returned item and our dispatch record with the original serial number are attached. Can you please reimburse the unit (£79.99)? It's the only one like this so far, but I'd like it on record.

   Cheers,
   Rachel Hughes
   Quietwave Audio
   """),
   decoys=[("order-id", "206-7718293-4402156")],
   notes="calm return-swap claim on UK")

OT("tech-upload-zh-094", "technical-issue", "listing-upload", "US", "chinese",
   "Flat file upload error 8541 / 8572",
   T("""
   Hello Seller Support,

   We upload inventory file for 35 new variations (parent SKU BKT-STORAGE-P) but the processing report shows errors:

   Error 8541: "The SKU data provided is different from what's already in the Amazon catalog. The item_name data provided matches ASIN B0CX42TQ9R..."
   Error 8572: "You are using UPCs, EANs, ISBNs, ASINs, or JAN codes that do not match the products you are trying to list."

   Batch ID: 2648193027461855
   Our UPC codes are bought from GS1 US, company prefix 0860012, certificate is attached.

   We did not have any listing for this product before, why it matches another ASIN? Please help to fix. 谢谢！

   Chen Ling
   Beikete Home
   """),
   decoys=[("error-code", "8541"), ("error-code", "8572"), ("batch-id", "2648193027461855"),
           ("asin", "B0CX42TQ9R"), ("upc", "0860012")],
   notes="error codes copied from the processing report; 16-digit batch ID that fails Luhn")

OT("tech-report-in-095", "technical-issue", "report-error", "IN", "indian",
   "Settlement report not generating - Payments dashboard",
   T("""
   Dear Team,

   The date range settlement report for the period 01-Oct-2026 to 31-Oct-2026 is not generating. After clicking "Request report" it shows "In progress" since 4 days. Also the flat file V2 for settlement ID 18830427715 is showing blank.

   We need this report for our GST filing (GSTIN 27AAHCM4821K1Z9) which is due on 20th. Our CA is waiting for the same.

   Kindly look into the matter and revert at the earliest.

   Thanks and regards,
   Prakash Jain
   Jain Electricals, Mumbai
   """),
   decoys=[("settlement-id", "18830427715"), ("gst-number", "27AAHCM4821K1Z9")],
   notes="report error with settlement ID and GSTIN")

OT("tech-login-native-096", "technical-issue", "login", "UK", "native",
   "Can't reset password - verification code never arrives",
   T("""
   Hello,

   I'm trying to reset the password for our Seller Central account but the verification code never arrives. I've requested it about ten times over two days, checked spam, and tried both the email and the SMS option to the number ending in 4417. Unfortunately nothing comes through.

   I haven't shared my password or any codes with anyone, and the account owner email is still the same (admin@thornbury-tea.co.uk). Is there another way to verify that it's me, such as uploading ID?

   Many thanks,
   Helen Foster
   Thornbury Tea Co.
   """),
   decoys=[("password-word", "reset the password"), ("verification-code-word", "the verification code never arrives"),
           ("mild-word", "Unfortunately"), ("phone-like", "4417")],
   notes="'password' and 'verification code' mentioned without any value")

OT("tech-page-tr-097", "technical-issue", "page-error", "DE", "turkish",
   "Manage Inventory page error - cannot edit price",
   T("""
   Hello,

   Since 3 days when I open Manage All Inventory and try to change a price, the page shows this:

   "We're sorry. We were unable to process your request. Please try again later. (Request ID: 7KQ4M2T9XW1P0ZB8RJ3N)"

   I tried with Chrome, Firefox, cleared cache, and also from my phone with the Seller app. Same error. I can not change prices for Black Friday. Our store is Anadolu Kilim Haus, amazon.de.

   Could you please check and fix this problem?

   Thank you,
   Serkan Aydemir
   """),
   decoys=[("error-code", "7KQ4M2T9XW1P0ZB8RJ3N")],
   notes="page error text copied with a request ID")

OT("tech-api-native-098", "technical-issue", "api", "US", "native",
   "SP-API 403 Unauthorized on Orders API after re-authorization",
   T("""
   Hi Developer Support,

   Since Nov 25 all calls from our private app to getOrders return 403 "Access to requested resource is denied." We re-authorized the app in Seller Central and generated a new refresh token, same result. The Reports API calls with the same token still work.

   App ID: amzn1.sp.solution.7f3c2a91-4e6b-4d8a-9c12-58b0e7a3d604
   Seller ID: A2ZP4KX8QW7M1N
   Region: NA, endpoint sellingpartnerapi-na.amazon.com

   Our developer profile has the "Direct-to-Consumer Shipping" role approved as of 2024. I didn't include the client secret or refresh token here for obvious reasons, but I can share them through a secure channel if your team needs them.

   Thanks,
   Alex Moreno
   Lead developer, PrairieGrain Foods
   """),
   decoys=[("app-id", "amzn1.sp.solution.7f3c2a91-4e6b-4d8a-9c12-58b0e7a3d604"),
           ("merchant-token", "A2ZP4KX8QW7M1N"), ("password-word", "client secret or refresh token")],
   notes="API error; mentions client secret and refresh token without values")

OT("tech-tax-latam-099", "technical-issue", "tax-interview", "US", "latam",
   "TAX INTERVIEW NOT WORKING!!!",
   T("""
   HELLO??? IS ANYBODY THERE???

   I have done the tax interview FIVE TIMES. W-8BEN-E, company in Mexico, RFC TEL150318AB2. Every time it says "Your information could not be validated" and my account is on hold. WHY IS THIS SO DIFFICULT??? I lose sales every day because of your broken system!!!

   Nobody answers my cases, only robots. I am sick of this. Fix it NOW or tell me exactly what field is wrong.

   Luis Téllez
   Téllez Artesanías S.A. de C.V.
   """),
   emo=["HELLO??? IS ANYBODY THERE???", "WHY IS THIS SO DIFFICULT???",
        "I lose sales every day because of your broken system!!!", "I am sick of this. Fix it NOW"],
   decoys=[("tax-id", "TEL150318AB2")],
   notes="shouting latam seller; RFC tax ID is not a secret")

OT("tech-upload-native-100", "technical-issue", "listing-upload", "US", "native",
   "Listings suppressed for no reason - fix this",
   T("""
   Seller Support,

   Overnight 212 of my listings went to "Search suppressed" with the reason "missing required attribute: item_type_keyword". I didn't change anything. Your catalog update added this requirement and now I have to fix 212 listings by hand during the busiest week of the year?

   I'm beyond furious. This is the fourth time this year your "improvements" have wrecked my listings and cost me thousands. Do you people test anything before you push it out? Unbelievable.

   Either restore the listings or give me a bulk way to fix them today. Example SKU: HGT-BRS-0412.

   Paul Grady
   Grady Hardware Direct
   """),
   emo=["I'm beyond furious.", "Do you people test anything before you push it out? Unbelievable."],
   decoys=[("sku", "HGT-BRS-0412")],
   notes="angry native technical issue")
# ---------------------------------------------------------------- brand disputes, category approvals, last appeals

OT("brand-hijack-zh-101", "brand-dispute", "hijacker", "US", "chinese",
   "Brand Registry - unauthorized seller on our brand ASIN B0CV7NQ3LZ",
   T("""
   Dear Brand Registry Support,

   We are the brand owner of SILKORA (USPTO Reg. No. 7,088,341, registered 2025-06-17). Our brand is enrolled in Brand Registry. Since 2026-11-20 a seller named "BestChoice-Mall" is selling on our listing ASIN B0CV7NQ3LZ (mulberry silk pillowcase). We never sold to this seller and we have no distributor in the US.

   We made a test buy, order 111-3904772-6150338. The product we received is polyester, not silk, and there is no SILKORA label sewn on it. Photos and the burn test video are attached.

   我们已经通过 Report a Violation 提交过，但被拒绝了，说证据不足。Please help us remove this seller from our listing.

   Best regards,
   Xu Qian
   Hangzhou Silkora Textile Co., Ltd.
   """),
   decoys=[("trademark-number", "7,088,341"), ("asin", "B0CV7NQ3LZ"), ("order-id", "111-3904772-6150338"),
           ("foreign-snippet", "我们已经通过 Report a Violation 提交过")],
   notes="brand owner with trademark number and test-buy order; Chinese line inside")

OT("brand-contrib-in-102", "brand-dispute", "listing-contribution", "IN", "indian",
   "Our brand name changed on listing by other contributor",
   T("""
   Dear Brand Registry Team,

   Our registered brand is "VEDIKA ORGANICS" (Trade Mark No. 5218746, Class 3, registered with the Trade Marks Registry, Mumbai). On our ASIN B0D2KP8ZQ5 the brand field has been changed to "Vedika Herbals" and the main image replaced by somebody else. We did not make this change.

   The contribution history shows the change came from another seller on 19-Nov-2026. Kindly restore our brand name and images, and lock the listing so that only the brand owner can edit.

   We are attaching the trademark certificate and our original image files. Kindly do the needful on priority.

   Regards,
   Anjali Deshpande
   Brand Manager, Vedika Organics Pvt. Ltd.
   """),
   decoys=[("trademark-number", "5218746"), ("asin", "B0D2KP8ZQ5")],
   notes="listing contribution dispute, Indian trademark number")

OT("brand-ownership-native-103", "brand-dispute", "brand-ownership", "US", "native",
   "Someone registered MY brand in Brand Registry",
   T("""
   Hello,

   I honestly don't know what else to do. I created the brand Willow & Wren in 2019, I design every baby blanket myself, and last month someone in another country registered my brand name with a trademark they filed AFTER my products were already selling. Now they're listed as the brand owner and they're reporting ME as the infringer.

   I've lost my business. Five years of work, gone in three weeks. I've cried in my car outside my kids' school more than once this month. I feel completely helpless and nobody at Amazon seems to care.

   My evidence: first sale on Amazon March 2019 (order history attached), my state trademark, and my pending federal application, serial no. 97123456. Their filing date is August 2025.

   Please, someone look at this properly.

   Hannah Briggs
   Willow & Wren Baby
   """),
   emo=["I've lost my business. Five years of work, gone in three weeks.",
        "I've cried in my car outside my kids' school more than once this month",
        "I feel completely helpless and nobody at Amazon seems to care."],
   decoys=[("trademark-number", "97123456")],
   notes="brand ownership dispute written in despair")

OT("brand-transparency-tr-104", "brand-dispute", "brand-program", "US", "turkish",
   "Transparency codes rejected on our own units",
   T("""
   Hello Brand Support,

   We are enrolled in Transparency for our brand NARLI (pomegranate molasses). Our inbound shipment FBA15T4WQ8JN was rejected because "Transparency codes could not be verified". But we printed the codes from our own Transparency account.

   Examples of codes printed on the bottles:
   AZ:7QWJ4K2PD9XM3TBV
   AZ:7QWJ4K2PD9XM3TCA

   Our printer used the file from 18 November. Is it possible the codes were not activated? Please check and tell us what we must do, the pallets are waiting at the carrier.

   Thank you,
   Gökhan Er
   Narlı Gıda
   """),
   decoys=[("shipment-id", "FBA15T4WQ8JN"), ("transparency-code", "AZ:7QWJ4K2PD9XM3TBV"),
           ("transparency-code", "AZ:7QWJ4K2PD9XM3TCA")],
   notes="Transparency codes are serials, not secrets")

OT("brand-hijack-latam-105", "brand-dispute", "hijacker", "US", "latam",
   "Sellers using our brand on fake products - Brand Registry",
   T("""
   Hello,

   We are Artesanos Oaxaca, brand owner of the brand "BARRO NEGRO OAXACA" (USPTO Serial No. 98441207). In the last two weeks 3 sellers joined our listings and they send clay pots that are made in a factory, not the hand-made black clay from San Bartolo Coyotepec. Customers are giving us 1-star reviews for the fake pots, for example "cracked and smells like paint".

   The ASINs affected: B0CB5RT7KQ, B0CB5RWX2M, B0CB5S1P4D.

   We submitted reports in Report a Violation but only one seller was removed. Can you please help to remove the other two? We can send test buy photos.

   Gracias,
   Rosa Martínez
   """),
   decoys=[("trademark-number", "98441207"), ("asin", "B0CB5RT7KQ"), ("asin", "B0CB5RWX2M"),
           ("asin", "B0CB5S1P4D")],
   notes="calm hijacker report with 'fake pots' as a fact")

OT("brand-contrib-vn-106", "brand-dispute", "listing-contribution", "US", "other-non-native",
   "Wrong variation added to our brand listing",
   T("""
   Dear Brand Registry,

   Our brand is SEN VIET (registered trademark, USPTO Reg. No. 6,771,904). On our parent listing for lotus tea (ASIN B0C7MQ4LTX), somebody has added two children variations which are green tea from a different company. Now buyers buy the wrong product and leave complaints on our page.

   We never created these child ASINs (B0D9WQ2KJT and B0D9WQ2KJV). Please remove them from our variation family. Our team has already tried to do it with the "Fix a product page" tool but it says "You are not authorized to make this change".

   Thank you very much,
   Bui Thanh Huong
   Sen Viet Tea JSC
   """),
   decoys=[("trademark-number", "6,771,904"), ("asin", "B0C7MQ4LTX"), ("asin", "B0D9WQ2KJT"),
           ("asin", "B0D9WQ2KJV")],
   notes="variation family contribution dispute")

OT("cat-beauty-in-107", "category-approval", "beauty-topicals", "IN", "indian",
   "Approval request for Beauty - topicals",
   T("""
   Dear Category Team,

   We wish to apply for approval to sell in Beauty (topical products) for our ayurvedic face creams and hair oils. Please find details of the documents we have uploaded:

   1. Purchase invoice from our manufacturer Sanjeevani Herbal Pvt. Ltd., invoice no. SHP/2026-27/1184 dated 06-Nov-2026, 1,200 units across 4 SKUs, with GSTIN 09AAKCS7731P1ZV of the manufacturer.
   2. Cosmetic manufacturing licence of the manufacturer (Form 32, licence no. UP/COS-1457).
   3. MSDS and product labels showing ingredients and batch numbers.

   All products are in accordance with the Drugs and Cosmetics Act. Kindly approve our request. We are ready to provide any other document.

   Regards,
   Manish Gupta
   Prakriti Wellness, Lucknow
   """),
   decoys=[("invoice-number", "SHP/2026-27/1184"), ("gst-number", "09AAKCS7731P1ZV"),
           ("certificate-number", "UP/COS-1457")],
   notes="ungating with invoice described; GSTIN and licence number")

OT("cat-supplements-native-108", "category-approval", "dietary-supplements", "US", "native",
   "Dietary supplements approval - COA and invoice follow-up",
   T("""
   Hi,

   Following up on our application to sell dietary supplements (request ID 8830271). We were asked for a Certificate of Analysis from an ISO 17025 lab.

   We've uploaded:
   - COA from Eurofins for our magnesium glycinate capsules, lot MG-2611-04, dated Nov 12, 2026
   - Manufacturer invoice from Bluegrass Nutraceuticals, invoice #BN-55817, 5,000 bottles
   - Product label front/back, including the Supplement Facts panel and the FDA disclaimer

   The manufacturer is cGMP certified (NSF registration attached). Let me know if you need anything else.

   Thanks,
   Chris Lambert
   Elevate Naturals LLC
   """),
   decoys=[("case-id", "8830271"), ("lot-number", "MG-2611-04"), ("invoice-number", "BN-55817")],
   notes="calm category follow-up with lot and invoice numbers")

OT("cat-automotive-pt-109", "category-approval", "automotive", "US", "latam",
   "Pedido de aprovação - categoria Automotiva",
   T("""
   Olá equipe da Amazon,

   Somos a Peças Rápidas Importadora, do Brasil, e queremos vender peças automotivas (pastilhas de freio e filtros de óleo) na Amazon dos Estados Unidos. Enviamos o pedido de aprovação para a categoria Automotive & Powersports, mas foi recusado.

   Os documentos enviados foram: a nota fiscal do fabricante (NF-e nº 48.219, de 10/11/2026, com 800 unidades), o certificado de conformidade do fabricante e as fotos dos produtos com as marcações na embalagem.

   Por favor, poderiam nos informar qual documento está faltando? Se for necessário, enviamos a fatura traduzida para o inglês.

   Obrigado,
   Ricardo Alves
   Peças Rápidas Importadora Ltda.
   """),
   lang="pt",
   decoys=[("invoice-number", "48.219")],
   notes="Portuguese-language category request on US")

OT("cat-toys-zh-110", "category-approval", "toys-holiday", "US", "chinese",
   "Toys & Games holiday selling approval",
   T("""
   Dear Amazon Team,

   We want to apply for the holiday selling requirements for Toys & Games. Our store is HAPPYBLOCKS, we sell building blocks for kids 6+ since March 2026.

   Our performance in the last 60 days:
   - Order Defect Rate: 0.3%
   - Late shipment rate: 0.8%
   - Pre-fulfillment cancel rate: 0%
   - First sale date: 2026-03-14

   Our products have CPC and ASTM F963 test report from SGS (report no. SHTY2609118573). The request page says we are not eligible because we "did not have the first sale before September 1"? But our first sale is in March. Please help to check.

   Thank you!
   Liang Xiaodan
   Shantou Happyblocks Toys Co., Ltd.
   """),
   policy=["Order Defect Rate", "Late shipment rate", "Pre-fulfillment cancel rate"],
   decoys=[("certificate-number", "SHTY2609118573")],
   notes="holiday toy approval; policy names listed as metrics (not an appeal, so T007 does not apply)")

OT("cat-jewelry-tr-111", "category-approval", "jewelry", "UK", "turkish",
   "Fine jewellery approval - hallmark documents",
   T("""
   Dear Category Approval Team,

   We are a family jewellery workshop from the Kapalıçarşı (Grand Bazaar) in Istanbul and we want to sell our 925 silver and 14k gold rings on amazon.co.uk. We uploaded:

   - Invoice from our gold supplier Altınbaş Kuyumculuk, invoice no. AKY2026-3391
   - Hallmark certificates from the Istanbul Assay Office for the 14k items
   - Photos of the products with the stamps (925, 585)

   The application was declined with the message "documents do not meet requirements". Could you please explain which requirement? We also can send UK hallmark (Birmingham Assay Office) if needed, we already sent some samples there.

   Thank you,
   Aylin Kuyumcu
   Kuyumcu Atelier
   """),
   decoys=[("invoice-number", "AKY2026-3391")],
   notes="fine jewellery ungating with hallmarks; '925' and '585' are not codes")

OT("cat-grocery-latam-112", "category-approval", "grocery", "CA", "latam",
   "Follow up - Grocery approval - hot sauces",
   T("""
   Hello,

   This is a follow up of my request for Grocery & Gourmet Food in amazon.ca. I sell hot sauces made in Jalisco. The first time you rejected because the invoice did not show my address. I got a new invoice from the producer Salsas La Tapatía with my business name and my address in Toronto, invoice 0004517, 48 cases (576 bottles), dated Nov 21, 2026.

   I also attached the CFIA import licence number 1000187563 and the bilingual labels (English/French) for the bottles.

   Please check again. Thank you for your time.

   Fernando Ibarra
   Ibarra Foods Inc.
   """),
   decoys=[("invoice-number", "0004517"), ("certificate-number", "1000187563")],
   notes="grocery follow-up with invoice and licence number, CA marketplace")

OT("cat-watches-zh-113", "category-approval", "watches", "US", "chinese",
   "Watches category application",
   T("""
   Hello Category team,

   Our company is Shenzhen Timeway Watch Co., Ltd., we are the manufacturer of mechanical watches under our own brand TIMEWAY (USPTO Reg. No. 6,554,019). We applied to sell in the Watches category but the request was declined with "We could not approve your request at this time".

   We uploaded our factory production licence, the brand registration, and the invoice for raw materials (movement supplier Seagull, invoice no. SG-26110842). Because we are the manufacturer, we do not have a purchase invoice from a distributor. What document should a manufacturer send?

   Thank you for your guidance.
   Tang Yi
   """),
   decoys=[("trademark-number", "6,554,019"), ("invoice-number", "SG-26110842")],
   notes="manufacturer asks which documents to send")

OT("tech-payment-zh-114", "technical-issue", "payment-method", "US", "chinese",
   "DISBURSEMENT ON HOLD 2 WEEKS!!! NOBODY HELP",
   T("""
   Seller Support,

   WE HAVE WAITED 2 WEEKS!!! NOBODY HELP US!!! Every day we open a case and every day you send the same answer "please wait 24-48 hours". Our disbursement of $18,640 is on hold because "charge method could not be verified", but our card ending 7368 is valid and the bank confirm no problem.

   我们真的受不了了！We need this money to pay the factory before Chinese New Year. If this is not solved this week our company will close and 20 workers lose job. Why Amazon treat sellers like this???

   Store: EVERBRIGHT-US
   Ma Jun
   """),
   emo=["WE HAVE WAITED 2 WEEKS!!! NOBODY HELP US!!!", "我们真的受不了了！",
        "If this is not solved this week our company will close and 20 workers lose job",
        "Why Amazon treat sellers like this???"],
   decoys=[("phone-like", "7368")],
   notes="angry Chinese seller in caps with a Chinese outburst; only the last four digits of a card")

LR("lr-listing-zh-115", "listing-policy", "US", "chinese",
   "Please reactivate ASIN B0D5QZ8MWK",
   T("""
   Dear Amazon Team,

   Our ASIN B0D5QZ8MWK (stainless steel water bottle 32oz) was deactivated on 2026-11-23. We checked the listing and found the problem.

   The reason: our main image had text "BEST SELLER 2026" and a "#1" badge on it, also a small picture of a gift box that is not included with the product. Our designer added these to get more clicks. The title also had "Free Shipping" at the end.

   What we did: We replaced the main image with a pure white background photo showing only the bottle and lid, removed "Free Shipping" from the title, and checked the other 6 images. The updated listing was submitted on 2026-11-24.

   To prevent: our operation manager will check every main image before uploading, it must be only the product on white background, no text, no badges, no accessories not included.

   Thank you for your help!
   Zhou Ping
   """),
   poa=True, rc="The reason:", co="What we did:", pr="To prevent:", style="inline",
   decoys=[("asin", "B0D5QZ8MWK")],
   notes="complete listing POA that never names the policy (image/title rules described only)")

LR("lr-nopolicy-in-116", "listing-policy", "IN", "indian",
   "ASIN B0CK3TW9RP inactive - please activate",
   T("""
   Hello Team,

   Our ASIN B0CK3TW9RP (steel lunch box 3 tier) is showing inactive since yesterday with no clear reason on the listing page. We have not received any email. Kindly check and activate the same at the earliest as this is our best selling product and we have 340 units in FBA.

   Please let us know if any document or change is needed from our side.

   Thanks,
   Deepa Krishnan
   Annapoorna Steel Wares, Coimbatore
   """),
   decoys=[("asin", "B0CK3TW9RP")],
   notes="listing reinstatement request with no POA and no policy named")
# ---------------------------------------------------------------- last batch: more styles and positives

AP("appeal-cancel-ourpoa-zh-117", "cancel-rate", "US", "chinese",
   "Appeal - Cancellation Rate - store DREAMPEAK",
   T("""
   Dear Seller Performance Team,

   Thank you for giving us the opportunity to appeal. Our store DREAMPEAK was deactivated on 2026-11-18 because our cancellation rate was 5.4%, over the 2.5% target. We made a careful investigation and this is our POA.

   Our POA - Root Cause
   We sell the same camping lights on Amazon and on our own Shopify store, and both use stock from our US overseas warehouse. The stock number between Shopify and Amazon was synchronized by a plugin, but the plugin stopped working on 2026-10-30 after an update and nobody noticed. For 12 days Amazon showed stock that was already sold on Shopify, so we cancelled 47 orders.

   Our POA - Corrective Actions
   1. On 2026-11-12 we stopped the plugin and now the stock for Amazon is separated: 600 units are reserved only for Amazon.
   2. We contacted all 47 buyers, apologized and gave them a link to buy the new stock with a coupon.
   3. We set all merchant-fulfilled quantities to the real number by manual check.

   Our POA - Preventive Measures
   1. Amazon and Shopify will never share the same stock again.
   2. Our warehouse staff will check the real stock with the Seller Central quantity every morning and send a report to the manager.
   3. If the cancel rate is more than 1% in any week, we will stop merchant fulfilled sales and use only FBA.

   We hope to get our account reinstated. Thank you!

   Best regards,
   DREAMPEAK team / 深圳梦峰户外用品有限公司
   """),
   poa=True, rc="Our POA - Root Cause", co="Our POA - Corrective Actions", pr="Our POA - Preventive Measures",
   style="our-poa", policy=["cancellation rate", "cancel rate"],
   decoys=[("foreign-snippet", "深圳梦峰户外用品有限公司")],
   notes="'Our POA - ...' headings with dashes")

AP("appeal-idv-unionpay-zh-118", "identity-verification", "US", "chinese",
   "Appeal - identity verification - credit card information",
   T("""
   Dear Amazon Seller Performance,

   Our account HUIMEI-HOME was deactivated because the seller identity verification failed, the email said the credit card information could not be verified. Below is our plan.

   A. Root cause
   When we registered, our staff used the personal credit card of our old manager, not the card of our legal representative. The old manager left the company in September and cancelled his card.

   B. Actions taken
   We have changed the credit card to the card of our legal representative Mrs. Huang Mei and uploaded her ID card again. 为了方便你们核对，新卡信息如下：
   卡号：6214 8390 2715 6438 229
   有效期：2029年6月
   安全码 552
   持卡人：黄梅

   C. Prevention
   All account information (card, bank, documents) will only use the name of the legal representative or the company. The finance manager will check the information every quarter and update before the card expires.

   Thank you for review!
   HUIMEI-HOME
   """),
   poa=True, rc="A. Root cause", co="B. Actions taken", pr="C. Prevention", style="lettered",
   policy=["seller identity verification"],
   secrets=[("card", "6214 8390 2715 6438 229"), ("card-expiry", "2029年6月"), ("card-code", "552")],
   decoys=[("foreign-snippet", "为了方便你们核对，新卡信息如下：")],
   notes="complete lettered POA; pastes a 19-digit UnionPay card, 有效期 and 安全码 in Chinese lines")

AP("appeal-restricted-native-119", "restricted-products", "US", "native",
   "Appeal - restricted products (CBD) - Golden Meadow Wellness",
   T("""
   Hello Seller Performance,

   Our account Golden Meadow Wellness was deactivated on November 21 for listing products that contain CBD, which is restricted under Amazon's Drugs & drug paraphernalia policy. Three of our hemp seed oil gummy listings were flagged (ASINs B0C6ZPR2KD, B0C6ZPQ8VN, B0C6ZPT1LW).

   The cause
   Our hemp gummies contain only cold-pressed hemp seed oil, no CBD. But a copywriter we hired in September added "full-spectrum" and "calming CBD alternative" to the bullets and put a cannabis leaf on the main image. Those terms make the product look like a CBD product, and one lot's lab COA listed "cannabinoids: not detected" in a way that still triggered review. We never checked her copy against the restricted products list.

   The fix
   All three listings were rewritten on November 22: no CBD, cannabinoid, full-spectrum or leaf imagery. We uploaded third-party lab results showing 0.0% CBD and THC for every current lot. The copywriter's contract has ended, and we reviewed our other 19 listings, two of which also had "full-spectrum" and were corrected.

   The guardrails
   Every new listing or copy change now goes through a checklist based on the restricted products pages for supplements and hemp, signed by me before publishing. We'll re-audit all listings every quarter and keep COAs for every lot in a shared folder.

   Thank you,
   Rachel Stein
   Golden Meadow Wellness LLC
   (512) 555-0176
   """),
   poa=True, rc="The cause", co="The fix", pr="The guardrails", style="plain",
   policy=["Drugs & drug paraphernalia policy", "restricted products list"],
   decoys=[("asin", "B0C6ZPR2KD"), ("asin", "B0C6ZPQ8VN"), ("asin", "B0C6ZPT1LW"), ("phone", "(512) 555-0176")],
   notes="plain headings The cause / The fix / The guardrails")

LR("lr-inauth-vn-120", "inauthentic", "US", "other-non-native",
   "Listing appeal - inauthentic - ASIN B0CR8KW2MZ",
   T("""
   Dear Amazon Team,

   My listing ASIN B0CR8KW2MZ (Trung Nguyen coffee G7 instant, 100 sachets) was removed after 2 customers said the item is inauthentic. Please see my plan of action.

   (a) Root cause
   I buy the coffee from a wholesaler in Buon Ma Thuot, he is not the official distributor of the brand. The packaging of his stock is for the Vietnam domestic market, only Vietnamese language, and the customers who know the export version thought it is fake.

   (b) What I will do now
   - I will contact the brand's official export distributor in Ho Chi Minh City to buy the export version with invoices.
   - I will remove the remaining 180 units from FBA.
   - I will send the new invoices to Amazon.

   (c) How I will prevent
   I will only buy from distributors authorized by the brand and keep letter of authorization for every brand I sell.

   Thank you,
   Huynh Tan Phat
   """),
   poa=True, rc="(a) Root cause", co="(b) What I will do now", pr="(c) How I will prevent", style="lettered",
   done=False, policy=["inauthentic"],
   decoys=[("asin", "B0CR8KW2MZ")],
   notes="lettered (a)/(b)/(c); corrective part only future")

AP("appeal-lsr-latam-121", "late-shipment", "US", "latam",
   "Late shipment - please I need my account",
   T("""
   Dear Seller Performance,

   My account Tejidos Andinos was deactivated for late shipment rate 12%. Please I need my account back, I am going crazy, this is my whole life and I have nobody to help me. I don't know how I will pay the rent this month.

   Why it happened
   I ship alpaca sweaters from Cusco, Peru. In November there were strikes and road blockades in Cusco for 9 days and the courier could not take the packages to Lima. I could not confirm the shipments because the packages did not leave my house.

   How I will prevent this
   In the future I will put the handling time to 7 days in the months with risk of strikes, and I will use the vacation mode when there is a blockade. I want to send part of my sweaters to FBA next year.

   Please, please, I am begging you.

   Rosa Quispe
   """),
   poa=True, rc="Why it happened", pr="How I will prevent this", style="plain",
   policy=["late shipment rate"],
   emo=["Please I need my account back, I am going crazy, this is my whole life and I have nobody to help me",
        "I don't know how I will pay the rent this month", "Please, please, I am begging you."],
   notes="missing corrective, with despair and begging")

AP("appeal-inauth-bd-122", "inauthentic", "US", "other-non-native",
   "Appeal for inauthentic claim - Padma Handloom",
   T("""
   Dear Amazon Seller Performance Team,

   My account Padma Handloom is deactivated for inauthentic item complaint on jamdani saree (ASIN B0CZT7M4QW). I submit my plan of action.

   Our POA: Actions we took
   - I removed the listing on Nov 16.
   - I sent to Amazon the invoice from the weavers cooperative in Narayanganj and the GI certificate of Jamdani.
   - I refunded the 3 customers who complained and sent message to explain.

   Our POA: Future
   - For each saree I will add a photo of the weaver tag and the GI logo to the listing.
   - I will keep invoices for all stock for 5 years.
   - I will check buyer messages every day.

   Thank you,
   Abdullah Al Mamun
   Padma Handloom, Dhaka
   """),
   poa=True, co="Our POA: Actions we took", pr="Our POA: Future", style="our-poa",
   policy=["inauthentic item complaint"],
   decoys=[("asin", "B0CZT7M4QW")],
   notes="'Our POA:' headings but no root cause")

AP("appeal-review-agency-123", "review-manipulation", "US", "chinese",
   "Plan of Action - Anti-Manipulation Policy for Customer Reviews - ZENLUX",
   T("""
   Dear Seller Performance Team,

   Store: ZENLUX (Xiamen Zenlux Smart Home Co., Ltd.)
   Notification date: 22 November 2026

   The notification reads, in part: "We have determined that you have engaged in activity that violates the Anti-Manipulation Policy for Customer Reviews. Urgent action is required: this account is deactivated." We have completed a full review of our client's review activity since January 2026 and present the plan below.

   ## What went wrong

   1. Our client's customer service team sent 214 buyers of ASIN B0D1RX7QMC a message offering a $5 gift card "for your honest feedback on Amazon".
   2. The team used a message template supplied by an outside training course and did not check it against Amazon policy.
   3. The client had no review of outgoing buyer messages by a second person.

   ## What has been done

   - The template was deleted on 23 November and no gift cards have been sent since.
   - The two staff members involved completed Amazon's own Seller University module on reviews, with a written test.
   - The client asked Amazon, through this appeal, to remove any review that may have been influenced.

   ## Long-term controls

   - Reviews will be requested only through the "Request a Review" button.
   - All buyer-message templates require approval by the compliance officer, Ms. Ye, and are reviewed every quarter.
   - No incentive of any kind will be connected to reviews or feedback.

   In summary: the messages were the cause, they have stopped, and controls are in place. We respectfully request reinstatement.

   Yours sincerely,
   Kevin Xu, Compliance Consultant
   Silverbay Cross-Border Services, Xiamen
   +86 592 5130 7742
   """),
   poa=True, rc="What went wrong", co="What has been done", pr="Long-term controls", style="markdown",
   policy=["Anti-Manipulation Policy for Customer Reviews"],
   decoys=[("asin", "B0D1RX7QMC"), ("phone", "+86 592 5130 7742")],
   notes="agency letter quoting the notice (with 'Urgent'); markdown headings in own words")

OT("tech-payment-ja-124", "technical-issue", "payment-method", "JP", "other-non-native",
   "Credit card registration error on amazon.co.jp",
   T("""
   Dear Seller Support,

   I am Japanese seller and my English is not so good, sorry. When I register my company credit card as charge method, the page shows error "カード情報を確認できませんでした" (card information could not be confirmed).

   I write the card here, please check it:
   Card: 6011.6284.9305.1272
   有効期限 2028年3月
   Name: KENTA SUZUKI

   The card is new, from our bank in Osaka. Is this card brand not accepted? Please tell me which card I can use.

   Thank you very much,
   Suzuki Kenta
   Suzuki Kogei Co., Ltd.
   """),
   secrets=[("card", "6011.6284.9305.1272"), ("card-expiry", "2028年3月")],
   decoys=[("foreign-snippet", "カード情報を確認できませんでした")],
   notes="English from a Japanese seller; card number with dots and a Japanese-format expiry")
# ---------------------------------------------------------------- extra hard negatives

AP("appeal-ldr-tr-125", "late-shipment", "UK", "turkish",
   "Appeal - LDR 7.4% - KonyaCarpetHouse",
   T("""
   Dear Seller Performance Team,

   Our account KonyaCarpetHouse was deactivated on 26 November 2026 because our LDR was 7.4% for the last 30 days.

   **Why did it go over 4%?**
   We moved our stock from our old warehouse in Konya to a new one in Istanbul in the first two weeks of November. During the move, the orders were packed in the new warehouse, but our staff there did not yet have access to Seller Central, so the dispatch was confirmed one or two days later by the office in Konya. 52 orders were confirmed late, even if many parcels left on time.

   **What did we change?**
   We have given the Istanbul warehouse manager his own Seller Central user with shipping permission, and he has confirmed all orders the same day since 20 November. We have also increased the handling time to 2 days for the big carpets. We will also add a second user in the warehouse for when the manager is on holiday.

   **How do we make sure it does not happen again?**
   Before any warehouse move or staff change, the user access will be ready one week before. We will look at the Account Health page every morning and react if the rate is over 2%.

   Saygılarımla,
   Murat Koç
   Konya Carpet House Ltd
   """),
   poa=True, rc="Why did it go over 4%?", co="What did we change?",
   pr="How do we make sure it does not happen again?", style="bold", policy=["LDR"],
   decoys=[("foreign-snippet", "Saygılarımla")],
   notes="bold question headings; corrective mixes present perfect with one 'we will also' (done); policy only as LDR")

AP("appeal-counterfeit-in-126", "counterfeit", "IN", "indian",
   "Plan of action - counterfeit complaint - ASIN B0CM2TK9WQ",
   T("""
   Dear Seller Performance Team,

   Our account Om Sai Traders was deactivated for a counterfeit complaint raised by the brand owner on ASIN B0CM2TK9WQ (stainless steel water bottle 1L). Please see our plan of action in the table below.

   Problem | Reason | Action taken
   Brand logo on bottle not matching | Stock of 300 units purchased from a local dealer in Sadar Bazaar, Delhi without brand authorisation | Removal order raised for all 212 units left at FC, units handed back to dealer
   Invoice not accepted | Dealer invoice did not have brand name or GST of the brand distributor | New stock only from authorised distributor, invoice with brand name received
   Customer complaints | 4 buyers received the wrong logo | Full refund given to all 4 buyers on 24-Nov

   Steps to stop repeat of this issue:
   - We will purchase only from the brand or its authorised distributors and take the authorisation letter before listing.
   - Invoices will be checked by our accounts team for brand name, GSTIN and quantity before any FBA shipment.
   - Any buyer message with "duplicate" or "fake" will be escalated to the owner the same day.

   Kindly reinstate our account.

   Regards,
   Sanjay Verma
   Om Sai Traders, Delhi
   """),
   poa=True, rc="Problem | Reason | Action taken", co="Problem | Reason | Action taken",
   pr="Steps to stop repeat of this issue:", style="mixed", policy=["counterfeit complaint"],
   decoys=[("asin", "B0CM2TK9WQ")],
   notes="plan written as a pipe table (Problem | Reason | Action taken) then a colon heading for prevention")

AP("appeal-vtr-agency-zh-127", "valid-tracking", "US", "chinese",
   "Appeal - Valid Tracking Rate below 95% - Shenzhen Haoyun Trading",
   T("""
   Dear Seller Performance Team,

   We are writing on behalf of Shenzhen Haoyun Trading Co., Ltd. (store: HAOYUN-GARDEN), deactivated on 21 November 2026 because its Valid Tracking Rate for self-fulfilled orders was 86%.

   Background. The client sells garden hose nozzles and sprinklers, about 1,900 self-fulfilled orders per month, shipped from its US overseas warehouse in Rancho Cucamonga, CA. Until September the warehouse shipped all orders with USPS through its own label software and uploaded tracking automatically. On 1 October the warehouse changed its software provider. From 1 October to 12 November, 268 orders were uploaded with the warehouse's internal reference (for example HYW-1026-55813) instead of the USPS tracking number (for example 9400 1118 9956 2871 4403 56). The client's staff in Shenzhen reviewed the shipped orders only by count and did not open the tracking details.

   Root cause and what we changed
   The cause was a field mapping error in the new warehouse software, and the lack of any check of tracking numbers by the client. On 22 November the warehouse corrected the mapping; the client re-uploaded the correct USPS numbers for all 268 orders where Seller Central still allowed it, and messaged the buyers of the rest with the tracking link. Since 22 November every uploaded number has validated.

   Never again
   The client will check 20 random shipped orders every day on the carrier website, any change of warehouse software will be tested on 10 orders before going live, and the Valid Tracking Rate will be reviewed every Monday by the operations manager.

   Yours faithfully,
   Helen Tang
   Northgate Seller Consulting (Shenzhen)
   +86 755 8610 4392
   """),
   poa=True, rc="Root cause and what we changed", co="Root cause and what we changed", pr="Never again",
   style="plain", policy=["Valid Tracking Rate"],
   decoys=[("tracking-number", "9400 1118 9956 2871 4403 56"), ("po-number", "HYW-1026-55813"),
           ("phone", "+86 755 8610 4392")],
   notes="agency letter: a long background paragraph first, then a merged 'Root cause and what we changed' heading and 'Never again'")

AP("appeal-cancel-zh-128", "cancel-rate", "US", "chinese",
   "cancel rate appeal",
   T("""
   Hello,

   our shop FORESTLIGHT got deactivated for high cancel rate (3.8%). the problem is our ERP system sold the same stock on Walmart and Amazon, when one sold out the other did not update, so we cancel 29 orders in one week. we already shut down the ERP link to Walmart on Nov 19 and now Amazon stock is only for Amazon, we also called the 29 buyers and refund them. next time we will not share stock between platforms anymore and every day 10am our staff will compare real stock and amazon quantity, if different we set to 0 first. thank you, 希望尽快恢复账户。

   FORESTLIGHT
   """),
   poa=True, rc="the problem is our ERP system", co="we already shut down the ERP link",
   pr="next time we will not share stock", style="none", policy=["cancel rate"],
   decoys=[("foreign-snippet", "希望尽快恢复账户。")],
   notes="short messy lowercase POA in one paragraph, Chinese line at the end")
# ---------------------------------------------------------------- more non-appeal cases

OT("fba-lostinb-in-129", "fba-reimbursement", "lost-inbound", "IN", "indian",
   "Units short received - FBA15S2QN7PD - request for investigation",
   T("""
   Dear Seller Support,

   We had sent shipment FBA15S2QN7PD to DEL4 through Amazon Transportation (ATS) on 29-Oct-2026 with 8 boxes and 640 units of cotton bedsheets (SKU SHB-KING-BLU). Delivery is confirmed on 01-Nov-2026 and the shipment is now closed with 560 units received. 80 units are short.

   We have the following proof:
   - Box content information submitted through the web form, 80 units per box
   - Weight slip from ATS pickup: 8 boxes, 112 kg total
   - AWB no. 39281746305

   The reconciliation window is open, so kindly investigate and reimburse the 80 units. Our unit cost is ₹415 as per the attached invoice.

   Thanks & Regards,
   Neha Bansal
   Bansal Home Textiles, Panipat
   """),
   decoys=[("shipment-id", "FBA15S2QN7PD"), ("sku", "SHB-KING-BLU"), ("tracking-number", "39281746305")],
   notes="Indian lost-inbound claim with AWB number")

OT("fba-whlost-zh-130", "fba-reimbursement", "warehouse-lost", "US", "chinese",
   "Warehouse lost inventory not reimbursed - FNSKU X004HN2LQT",
   T("""
   Dear Seller Support,

   According to the Inventory Ledger, 63 units of our FNSKU X004HN2LQT (ceramic knife set) were marked as "Lost" (event type: Adjustments, reason M) at fulfillment center SBD1 between 2026-09-12 and 2026-10-03. Only 18 units were later found (reason F). The balance 45 units have not been reimbursed after more than 60 days.

   Ledger screenshot and the adjustment transaction IDs are attached. 请帮我们核实并赔偿剩余的45件，谢谢。

   Unit selling price $29.99, cost $9.40.

   Best regards,
   Zhao Min
   KEENEDGE Kitchen
   """),
   decoys=[("fnsku", "X004HN2LQT"), ("foreign-snippet", "请帮我们核实并赔偿剩余的45件，谢谢。")],
   notes="warehouse-lost claim with ledger reason codes")

OT("fba-return-tr-131", "fba-reimbursement", "customer-return", "DE", "turkish",
   "Customer returned wrong item - order 302-4418720-9915637",
   T("""
   Hello,

   Order 302-4418720-9915637: the customer returned the item and got a full refund, but in the box there was not our hand-painted İznik ceramic plate, there was a cheap plastic plate. We checked it after a removal order (ID: Vt9KpW2qR). Photos attached, also the photo of our original item with the serial sticker.

   Can you please reimburse the item value (€64,00) and charge the customer as the return is not the same product?

   Thank you,
   Selim Karaca
   Iznik Art Haus
   """),
   decoys=[("order-id", "302-4418720-9915637"), ("removal-order-id", "Vt9KpW2qR")],
   notes="return swap claim on DE, written in English")

OT("fba-damagedinb-latam-132", "fba-reimbursement", "damaged-inbound", "US", "latam",
   "Damaged units from Amazon partnered carrier - FBA15W7KD3RN",
   T("""
   Hello Seller Support,

   Unfortunately our shipment FBA15W7KD3RN (talavera pottery, 6 boxes, 144 units) arrived at PHX7 with 31 units broken. We used the Amazon partnered carrier (UPS), so the carrier was chosen by Amazon, and every piece was wrapped in foam and double boxed. The UPS tracking for the worst box is 1Z9W8E370394471286 and it shows "damage reported" at the Phoenix hub.

   The inventory report shows the 31 units as "Carrier damaged" but we did not receive any reimbursement. Please check and reimburse, invoice and packing photos are attached.

   Gracias,
   Mónica Salazar
   Talavera Puebla Direct
   """),
   decoys=[("mild-word", "Unfortunately"), ("shipment-id", "FBA15W7KD3RN"),
           ("tracking-number", "1Z9W8E370394471286")],
   notes="calm damaged-inbound claim with 'Unfortunately' as the only mild word")

OT("fba-whdamaged-bd-133", "fba-reimbursement", "warehouse-damaged", "US", "other-non-native",
   "Reimbursement for warehouse damaged jute rugs",
   T("""
   Dear Sir/Madam,

   In my inventory adjustment report I see 12 jute rugs (FNSKU X0039KT4MB) became "Warehouse damaged" at fulfillment center AVP1 on 8 November. The rugs were in good condition when I sent them, each rug in a poly bag with carton.

   I did not receive any reimbursement yet for these units. The price of each rug is $49, and my cost is $17.50 (invoice from my factory in Narayanganj attached).

   Please kindly check and reimburse. Thank you for your kind support.

   Regards,
   Shafiqul Islam
   Golden Fiber BD
   """),
   decoys=[("fnsku", "X0039KT4MB")],
   notes="calm Bangladeshi warehouse-damaged claim")

OT("tech-label-native-134", "technical-issue", "shipping-label", "US", "native",
   "Buy Shipping error - 'Rate not available' on every UPS label",
   T("""
   Hi,

   Since yesterday afternoon, every time I try to buy a UPS label through Buy Shipping I get: "The rate you selected is no longer available. Please select another shipping service." It happens on every order, every service level, and different package sizes. USPS labels work fine.

   Example order: 112-4471093-2286517, 3 lb, 12x10x6. I was able to buy a label for the same box on Monday (tracking 1Z0V7318A294037712).

   It's a bit frustrating because some customers paid for UPS 2nd Day. Is this a known issue on your end? Any workaround?

   Thanks,
   Joe Marino
   Marino Fly Fishing
   """),
   decoys=[("order-id", "112-4471093-2286517"), ("tracking-number", "1Z0V7318A294037712"),
           ("mild-word", "a bit frustrating")],
   notes="Buy Shipping error text copied; calm with a mild word")

OT("tech-inventory-vn-135", "technical-issue", "inventory", "US", "other-non-native",
   "Stranded inventory cannot be relisted - error 'listing is incomplete'",
   T("""
   Dear Seller Support,

   We have 260 units of bamboo cutting boards stranded (SKU HC-BMB-L-02, ASIN B0CT3MX8QW). When I click "Relist" in the Fix Stranded Inventory page, it shows: "This listing is missing required information. Add the missing information and try again." But when I open the edit page there are no red fields, all are complete.

   I also tried to upload an inventory loader file with the same SKU, the processing report says "0 records successful, 1 record with errors, error code 99001: A value is required for the "item_type_name" field".

   Please help, the storage fee is charging every month.

   Thank you,
   Dang Quoc Viet
   Viet Bamboo Home
   """),
   decoys=[("sku", "HC-BMB-L-02"), ("asin", "B0CT3MX8QW"), ("error-code", "99001")],
   notes="stranded inventory with copied error texts and error code")

OT("brand-ownership-zh-136", "brand-dispute", "brand-ownership", "US", "chinese",
   "Our brand was taken by another company - please help us!!!",
   T("""
   Dear Brand Registry Team,

   We are the real owner of brand LUMIVO, our company Zhongshan Lumivo Lighting Co., Ltd. has sold LUMIVO desk lamps on Amazon since 2023. Last month a company we never heard of registered "LUMIVO" in Brand Registry with a new US trademark (Reg. No. 7,301,882), and now they changed all our listings and reported us.

   We are desperate, we don't know what to do anymore. 我们快要崩溃了，三年的心血全没了。 All our 14 ASINs are blocked, 5,000 lamps in FBA cannot sell, our workers have no salary this month. Why nobody from Amazon helps us?? We sent 6 cases and nobody answer!!!

   Our evidence: sales records since 2023, our Chinese trademark certificate (No. 58412736), the design files with dates. Please please help us get back our brand.

   Chen Xiaoli
   Zhongshan Lumivo Lighting Co., Ltd.
   """),
   emo=["We are desperate, we don't know what to do anymore.", "我们快要崩溃了，三年的心血全没了。",
        "Why nobody from Amazon helps us?? We sent 6 cases and nobody answer!!!",
        "Please please help us get back our brand."],
   decoys=[("trademark-number", "7,301,882"), ("trademark-number", "58412736")],
   notes="brand ownership dispute in despair, with a Chinese outburst")


if __name__ == "__main__":
    write_messages(OUT, PREFIX, MESSAGES, dump)
