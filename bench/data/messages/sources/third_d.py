#!/usr/bin/env python3
"""Third set, author D: message texts and labels. Writes messages/third-b/d-*.toml
(and removes only stale d-*.toml files there). Run from anywhere: python3 sources/third_d.py"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
sys.path.insert(0, BASE)
import validate  # noqa: E402  (expected_defects, ENGLISH_REQUIRED_MP, APPEALS)
from writing import write_messages  # noqa: E402

OUT = os.path.join(BASE, "messages", "third-b")
MSGS = []


def M(id, kind, viol, topic, mp, writer, lang, subject, text, *, poa=False, att=False,
      rc=None, co=None, pr=None, done=False, style="", pol=(), emo=(), sec=(), dec=(), notes=""):
    assert id.startswith("d-"), id
    text = text.strip("\n")
    labels = {
        "poa": poa, "poa_attached": att,
        "root_cause": rc is not None, "corrective": co is not None,
        "corrective_done": done, "preventive": pr is not None,
        "policy_cited": bool(pol), "policy_names": list(pol),
        "emotional": bool(emo), "emotional_phrases": list(emo),
        "secrets": [{"kind": k, "value": v} for k, v in sec],
        "decoys": [{"kind": k, "value": v} for k, v in dec],
        "heading_style": style,
        "english_required": mp in validate.ENGLISH_REQUIRED_MP,
        "notes": notes,
    }
    sections = {}
    for key, val in (("root_cause", rc), ("corrective", co), ("preventive", pr)):
        if val is not None:
            sections[key] = val
    m = {"id": id, "kind": kind, "violation": viol, "topic": topic, "marketplace": mp,
         "writer": writer, "language": lang, "subject": subject, "text": text}
    m["labels"] = labels
    d = validate.expected_defects(m)
    labels["defects"] = d
    labels["bad_on_purpose"] = bool(d)
    labels["sections"] = sections
    MSGS.append(m)


def q(s):
    return json.dumps(s, ensure_ascii=False)


def dump(m):
    L = m["labels"]
    out = []
    for k in ("id", "kind", "violation", "topic", "marketplace", "writer", "language", "subject", "text"):
        out.append(f"{k} = {q(m[k])}")
    out.append("\n[labels]")
    for k in ("poa", "poa_attached", "root_cause", "corrective", "corrective_done", "preventive",
              "policy_cited"):
        out.append(f"{k} = {'true' if L[k] else 'false'}")
    out.append(f"policy_names = [{', '.join(q(x) for x in L['policy_names'])}]")
    out.append(f"emotional = {'true' if L['emotional'] else 'false'}")
    out.append(f"emotional_phrases = [{', '.join(q(x) for x in L['emotional_phrases'])}]")
    out.append("secrets = [" + ", ".join("{ kind = %s, value = %s }" % (q(s["kind"]), q(s["value"]))
                                        for s in L["secrets"]) + "]")
    out.append("decoys = [" + ", ".join("{ kind = %s, value = %s }" % (q(s["kind"]), q(s["value"]))
                                       for s in L["decoys"]) + "]")
    out.append(f"heading_style = {q(L['heading_style'])}")
    out.append(f"english_required = {'true' if L['english_required'] else 'false'}")
    out.append(f"defects = [{', '.join(q(x) for x in L['defects'])}]")
    out.append(f"bad_on_purpose = {'true' if L['bad_on_purpose'] else 'false'}")
    out.append(f"notes = {q(L['notes'])}")
    out.append("\n[labels.sections]")
    for k, v in L["sections"].items():
        out.append(f"{k} = {q(v)}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- messages

M("d-appeal-odr-zh-001", "account-appeal", "odr", "", "US", "chinese", "en",
  "Appeal for account deactivation - Order Defect Rate - plan of action",
  r"""Dear Amazon Seller Performance Team，

We are the seller of store "Huaxin Home Direct". We received the notification that our selling privileges was removed because our Order Defect Rate is 2.4%, it is higher than the target of 1%. We are very sorry for this and we have made a careful investigation. Here is our plan of action：

1. The reason of the problem：
(1) From 2026.9.10 to 2026.10.05 we changed our logistic partner for the west coast orders, the new partner have many delay, so customers opened A-to-z claims.
(2) Our customer service staff only reply the buyer message in 48 hours, some buyers did not get answer and left negative feedback.
(3) One batch of the shower caddy (ASIN B0D7KX4M21) have the suction cup problem, buyer complain it fall down.

2. What we have did to solve the problem：
(1) We have stopped to use the new logistic partner and went back to the old partner since 2026.10.08.
(2) We have contacted all the 37 buyers who left negative feedback or open claims, and gave them full refund or replacement.
(3) We have removed the problem batch from FBA stock (removal order ID QX7Rm2kLp9) and checked all the rest stock.
(4) We hired 2 more customer service staff, now every buyer message is answered in 12 hours.

3. The measures to avoid this happen again：
(1) Every week our manager will check the Account Health page and the ODR, if it is more than 0.6% we will stop and find the reason.
(2) Before change any logistic partner we will test 50 orders first.
(3) Every new batch of product will have 100% inspection for the suction cup by our QC.
(4) We will train customer service staff every month on Amazon policy.

We promise to follow Amazon policy strictly. Kindly review our appeal and reinstate our account.

Thank you very much!
Huaxin Home Direct
深圳市华信家居用品有限公司""",
  poa=True, rc="1. The reason of the problem：", co="2. What we have did to solve the problem：",
  pr="3. The measures to avoid this happen again：", done=True, style="numbered",
  pol=["Order Defect Rate"], dec=[("asin", "B0D7KX4M21"), ("removal-order-id", "QX7Rm2kLp9"),
                               ("foreign-snippet", "深圳市华信家居用品有限公司")],
  notes="Chinese agency POA, numbered headings with full-width colons, 'what we have did'")

M("d-appeal-lsr-in-002", "account-appeal", "late-shipment", "", "US", "indian", "en",
  "Reinstatement request - Late Shipment Rate above target",
  r"""Respected Sir/Madam,

This is with reference to the deactivation of our seller account (Shree Ganesh Handicrafts) for Late Shipment Rate of 9.2% which is above the 4% target. Kindly find below our plan of action.

Why did this happen?
During Diwali week our orders became four times of normal. Our packing team is only 3 persons and the courier pickup was coming only once in a day. Many orders were confirmed shipped after the expected ship date. Also our handling time in template was set as 1 day which was not practical for handmade items.

What have we done to fix it?
We have increased handling time to 3 days for all handmade SKUs. We have hired 2 more packing staff on permanent basis. We have tied up with a second courier who is coming for pickup two times daily. All pending orders of last month were shipped and buyers were informed.

How will we make sure it does not happen again?
Our operations head will check the Late Shipment Rate in Account Health every morning. Before festival season we will plan extra staff 2 weeks in advance. If orders cross 150 per day we will put vacation mode for non-ready SKUs.

We assure you that such issue will not repeat. Kindly revert with your decision and do the needful at the earliest.

Thanks and Regards,
Rakesh Agarwal
Shree Ganesh Handicrafts, Jaipur
+91 98290 55412""",
  poa=True, rc="Why did this happen?", co="What have we done to fix it?",
  pr="How will we make sure it does not happen again?", done=True, style="plain",
  pol=["Late Shipment Rate"], dec=[("phone", "+91 98290 55412")],
  notes="headings as questions without colons, Indian English")

M("d-appeal-inauth-zh-003", "account-appeal", "inauthentic", "", "US", "chinese", "en",
  "Appeal - inauthentic item complaints - ASIN B0CQ2TR8VW",
  r"""Hello Amazon,

Our account was deactivated because we received customer complaints that our item Bluetooth earbuds (ASIN B0CQ2TR8VW) are inauthentic. After we check carefully, the problem happened because our purchase staff bought 200 pcs of the charging case from a trading company in Huaqiangbei which could not provide the invoice from the brand owner, and these cases were mixed with our own produced earbuds, so buyers feel the product is not same as the picture and they think it is fake. We have already removed all the inventory of this ASIN from the FBA warehouse and destroyed the 200 pcs cases, we have stopped cooperation with this trading company, we have refunded all the 14 customers who complained, and now we only buy the parts from our contracted factory with the authorization letter and the invoice which we attached to this appeal. To make sure this never happens again, our company made a new rule that every supplier must give the business license and invoice before the purchase, our QC will compare every batch with the golden sample, and the operation manager will check Voice of the Customer every week to find any complaint about authenticity in early time. We respect the Amazon policy and we will keep selling only genuine product.

Best regards
Li Wei
Shenzhen Yinuo Electronics Co., Ltd.""",
  poa=True, rc="the problem happened because our purchase staff", co="We have already removed all the inventory",
  pr="To make sure this never happens again", done=True, style="none",
  pol=["inauthentic"], dec=[("asin", "B0CQ2TR8VW")],
  notes="whole POA in one long paragraph, no headings")

M("d-appeal-iptm-tr-004", "account-appeal", "ip-trademark", "", "UK", "turkish", "en",
  "Appeal: trademark infringement complaint 1187345920",
  r"""Dear Seller Performance,

We are writing about the deactivation of our account Anatolia Textile Store because of a trademark infringement complaint (complaint ID 1187345920) from the owner of the brand "Lunaro".

## Root cause
We listed our bath towels using the word "Lunaro" in the title because our designer thought it is a general word for moon pattern. We did not check the UK trademark register before. This was our mistake, the word is registered trademark UK00003812274.

## Actions we have taken
- We have deleted the word from all 11 listings and changed the titles.
- We have contacted the rights owner by email and apologised, they sent us retraction of the complaint on 14 November.
- We have checked all our other 140 listings with the IPO trademark search, no other problem found.

## Preventive measures
- Before creating any new listing, our listing team will search the word in UK IPO and EUIPO databases.
- Only our general manager can approve new titles.
- We joined the Amazon Seller University trainings about intellectual property.

We kindly ask you to review our appeal. Thank you for your time.

Saygılarımızla,
Emre Yıldız
Anatolia Tekstil Ltd. Şti.""",
  poa=True, rc="Root cause", co="Actions we have taken", pr="Preventive measures", done=True,
  style="markdown", pol=["trademark infringement"],
  dec=[("complaint-id", "1187345920"), ("trademark-number", "UK00003812274"),
       ("foreign-snippet", "Saygılarımızla")],
  notes="Turkish seller, markdown headings, retraction received")

M("d-appeal-vtr-latam-005", "account-appeal", "valid-tracking", "", "US", "latam", "en",
  "Appeal Valid Tracking Rate",
  r"""Hello team of Seller Performance,

My name is Andrés Quintero from Quintero Outdoor Supplies. Our account was deactivated for the Valid Tracking Rate, it is 88% and the target is 95%.

**What happened**
In October we start to ship with a regional carrier from Florida that is not integrated with Amazon. When we confirmed shipment we wrote the carrier name in the "Other" field and the tracking number was not recognized by the system, so these orders count like no valid tracking. Also 22 orders were confirmed without tracking because our employee forgot to paste it.

**What we did**
We changed all shipping to USPS and UPS buying labels directly in Buy Shipping. We updated the tracking of the orders that were still in the window, for example order 113-4820193-5527311 with tracking 9405511899223197428310. We also wrote to the buyers of the 22 orders without tracking to confirm they received the package.

We hope this is enough to reactivate our account, we have 6 years selling in Amazon with good metrics. Thank you very much for your help.

Andrés Quintero
Quintero Outdoor Supplies LLC""",
  poa=True, rc="What happened", co="What we did", done=True, style="bold",
  pol=["Valid Tracking Rate"], dec=[("order-id", "113-4820193-5527311"), ("tracking-number", "9405511899223197428310")],
  notes="no preventive section; training is a done corrective action, nothing for the future")

M("d-appeal-review-zh-006", "account-appeal", "review-manipulation", "", "US", "chinese", "en",
  "POA for account deactivation - Customer Product Reviews policy",
  r"""Dear Amazon Seller Performance Team,

Thank you for giving us the chance to explain. Our account was deactivated for violating the Customer Product Reviews policy. We understand now that we did wrong and we want to explain our plan.

ROOT CAUSE
Our new operator sent insert cards in the package of the LED strip lights, the card said "Leave 5-star review and get a free remote control". He did not know that offering gift in exchange of review is not allowed. Our manager also did not check the insert card design before printing.

CORRECTIVE ACTIONS
1. We will remove all the insert cards from the FBA inventory by creating a removal order and re-packaging.
2. We will stop working with the operator who made this card.
3. We will contact the buyers who received the card and tell them the offer is cancelled.
4. We will ask Amazon to remove any review which was influenced by the card.

PREVENTIVE MEASURES
1. All package inserts will be reviewed by two managers before printing.
2. All staff will study the Customer Product Reviews policy and pass an exam every quarter.
3. We will only use Amazon Vine and Request a Review button to get reviews.

We sincerely hope you can reinstate our account. We will strictly follow Amazon rules.

Best regards,
Zhang Ming
Bright Shine Lighting Store""",
  poa=True, rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE MEASURES", done=False,
  style="caps", pol=["Customer Product Reviews policy"],
  notes="corrective actions all future tense (we will remove...), nothing done yet")

M("d-appeal-related-native-007", "account-appeal", "related-accounts", "", "US", "native", "en",
  "PLEASE reinstate my account",
  r"""To whoever reads this,

I got an email saying my account is deactivated because it is related to another account that was suspended. I don't even know what account you are talking about. I have ONE account. I have had it for four years. I have never done anything wrong.

I am begging you, please look at this again. This business is the only income for my family. My husband lost his job in the spring and we are living off what I make selling kitchen stuff on Amazon. I have $14,000 of inventory sitting in your warehouses right now and I can't sell any of it. I haven't slept in three days. I don't know what else to do.

Please, please, please just tell me what account it is so I can explain. Maybe it's my sister-in-law, she used my laptop once last year to check something? I honestly don't know. Whatever it is I will fix it but I can't fix something if nobody tells me what it is.

I have sent four appeals already and every time I get the same copy paste answer. Is there a real person there? I am desperate.

Thank you,
Dana Whitfield
Whitfield Kitchen Goods""",
  pol=["related to another account"],
  emo=["I am begging you, please look at this again", "I haven't slept in three days",
       "Please, please, please just tell me", "I am desperate"],
  notes="no POA, pleading and despair; names the related-account reason")

M("d-appeal-counterfeit-in-008", "account-appeal", "counterfeit", "", "IN", "indian", "en",
  "Appeal against deactivation - counterfeit complaint - ASIN B09XLT4P7Q",
  r"""Dear Seller Performance Team,

Greetings from Vardhman Retail. Our account has been deactivated due to a complaint that our product Stainless steel water bottle (ASIN B09XLT4P7Q) is counterfeit. We are submitting our plan of action below for your kind consideration.

A. Actions already taken
1) We have removed the listing and created removal order for all 340 units lying in FBA.
2) We have shared the purchase invoices from the authorised distributor M/s Kamdhenu Traders (GSTIN 27AAGFK3391M1ZT) with this appeal.
3) We have issued refund to the customer who raised the complaint.

B. Steps to prevent recurrence
1) Going forward we will purchase only from brand owner or its authorised distributor with a valid authorisation letter.
2) Every invoice will be verified by our accounts team before the stock is sent to FBA.
3) A monthly audit of all active listings will be done by our compliance executive.

We have been selling on Amazon.in since 2019 with good account health. Kindly review the same and reinstate our account at the earliest. Kindly do the needful.

Warm Regards,
Sandeep Jain
Vardhman Retail""",
  poa=True, co="A. Actions already taken", pr="B. Steps to prevent recurrence", done=True,
  style="lettered", pol=["counterfeit"],
  dec=[("asin", "B09XLT4P7Q"), ("gst-number", "27AAGFK3391M1ZT")],
  notes="lettered POA with no root cause: never says why the complaint happened")

M("d-appeal-cancel-zh-009", "account-appeal", "cancel-rate", "", "US", "chinese", "en",
  "Plan of action for high Cancellation Rate",
  r"""Dear Seller Performance team,

Our store "Kaitong Auto Parts" account was deactivated because the Cancellation Rate (CR) is 5.8%, more than 2.5%. We are so sorry. Please see our plan of action.

Root cause:
Our inventory is managed in two place, our own ERP and Seller Central. The ERP sync was broken from Oct 20 to Oct 27 because the software company update their system. During this time the stock in Seller Central did not decrease when we sold on other channel, so Amazon customers ordered items which we do not have, we had to cancel 61 orders.

Corrective actions:
- The ERP company fixed the sync problem on Oct 28, we confirmed the stock number is correct now.
- We have checked all 420 SKUs one by one and corrected the quantity.
- We sent apology messages to all the buyers of cancelled orders.

Preventive actions:
- Our warehouse staff compare the ERP stock and Seller Central stock every day at 10 am, any difference will be fixed in same day.
- We set the quantity in Seller Central to 80% of the real stock as buffer.
- If ERP sync stop more than 2 hours we will get email alert and put listings inactive.

Thank you for your consideration.
Kaitong Auto Parts""",
  poa=True, rc="Root cause:", co="Corrective actions:", pr="Preventive actions:", done=True,
  style="colon", pol=["Cancellation Rate"], dec=[("single-apology", "We are so sorry.")],
  notes="colon headings, one apology")

M("d-appeal-safety-native-010", "account-appeal", "product-safety", "", "US", "native", "en",
  "Appeal - product safety deactivation (children's pajamas)",
  r"""Hello,

We are writing to appeal the deactivation of Little Pine Apparel after a product safety complaint about our children's sleepwear (ASIN B0BN6RH2QK).

Root cause: The fabric supplier changed the cotton blend for our fall run without telling us, and the new fabric was never sent for flammability testing under 16 CFR Part 1616. Our QA checklist only asked for a test report "on file" and did not tie the report to a specific fabric lot, so the old report was accepted for new fabric.

What we have done: We pulled every unit of the affected lot from FBA (removal order 5KJ2MX8R1T), issued refunds to the 212 buyers of that lot and reported the issue to the CPSC. An accredited lab (report attached) has now tested the new fabric and it passes. We have also ended our contract with the supplier.

Going forward: every fabric lot needs its own test report before it is cut, the lot number has to be printed on the report and on the carton, and our QA manager signs off on each shipment to FBA. We also review product safety notices in Account Health weekly.

We take child safety seriously and hope you will reinstate our account.

Sincerely,
Megan Ortiz
Operations, Little Pine Apparel""",
  poa=True, rc="Root cause: The fabric supplier", co="What we have done: We pulled", pr="Going forward: every fabric lot",
  done=True, style="inline", pol=["product safety", "16 CFR Part 1616"],
  dec=[("asin", "B0BN6RH2QK"), ("removal-order-id", "5KJ2MX8R1T")],
  notes="inline headings at the start of paragraphs")

M("d-appeal-dropship-latam-011", "account-appeal", "drop-shipping", "", "US", "latam", "en",
  "Appeal - Drop Shipping Policy",
  r"""Dear Amazon team,

Our account MexiCraft Store was deactivated for breaking the Drop Shipping Policy because some buyers received packages with invoices and packing slips from another retailer. Here is our Plan of Action.

Our POA - cause of the problem:
When our stock of ceramic mugs finished in August, our assistant bought 48 units from another online store and asked them to ship directly to our customers. The packages arrived with the other store name and invoice. This is not permitted and we did not know it was considered drop shipping.

Our POA - actions taken:
We stopped immediately this practice on September 2. We contacted the 48 customers to apologize and offered a refund or a free mug. We now have 600 units of our own stock in our warehouse in Guadalajara and the listings have real quantity.

Our POA - to avoid it in future:
When we are low of stock we will put the listing in 0 quantity and never buy from other retailers. The owner (me) will personally approve all purchase orders. We read the policy with all the team and we will read it again every 6 months.

Muchas gracias for your time and consideration,
Lucía Hernández
MexiCraft Store""",
  poa=True, rc="Our POA - cause of the problem:", co="Our POA - actions taken:",
  pr="Our POA - to avoid it in future:", done=True, style="our-poa", pol=["Drop Shipping Policy"],
  dec=[("foreign-snippet", "Muchas gracias")], notes="our-poa headings, Mexican seller")

M("d-appeal-condition-other-012", "account-appeal", "condition", "", "UK", "other-non-native", "en",
  "Appeal - condition complaints (used sold as used - very good)",
  r"""Dear Seller Performance Team,

We are Polish seller of refurbished power tools, store name ReTool PL. Our account was deactivated because of many complaints about the condition of items, the customers said the item condition was worse than described in the listing condition "Used - Very Good".

Reason
Our technician in Wrocław was grading the items with our internal scale (A, B, C) and the staff who created offers converted B grade to "Very Good" while according to the Amazon Condition Guidelines it should be "Good" or "Acceptable" because there are visible scratches and missing original box. So the buyers expected better item.

Prevention
- From now we will use only the Amazon condition names in our warehouse system, no internal grades.
- Every item will have 4 photos before listing and second person will check the grade.
- Items with scratches will be always listed as "Used - Good" or lower, with clear note in condition field.
- We will check every week the returns reasons and customer comments about condition.

We hope you will give us possibility to continue selling. Thank you.

Z poważaniem,
Tomasz Nowak
ReTool PL sp. z o.o.""",
  poa=True, rc="Reason", pr="Prevention", style="plain", pol=["Amazon Condition Guidelines"],
  dec=[("foreign-snippet", "Z poważaniem")],
  notes="root cause and prevention only, nothing fixed for the current listings/buyers: missing corrective")

M("d-reinst-used-native-013", "listing-reinstatement", "used-sold-as-new", "", "US", "native", "en",
  "Listing reinstatement request - ASIN B08PZ3MQ6H (used sold as new)",
  r"""Hi,

Our listing for the Kestrel 12-cup coffee grinder (ASIN B08PZ3MQ6H) was deactivated after several customers reported receiving used items sold as new. We've looked into it and here is what we found and what we changed.

What went wrong
Customer returns from this ASIN were being sent back into sellable inventory without being inspected. Some of them had been used and repacked by the customer, and they went out again as New.

What we fixed
We removed all 86 units at the FBA center and inspected them ourselves. 9 were clearly used; those are now being sold as Used through a separate offer with an accurate condition note. We refunded the buyers who complained. We also switched the return setting so customer returns come back to us instead of being restocked automatically.

How we keep it from happening again
Every return now goes through a two-person inspection at our warehouse before it can be sent back to FBA. Anything that has been opened is listed as Used or liquidated, never as New. We'll check the return reports every Monday.

Please reinstate the listing. Thanks.

Jordan Blake
Blake Home Supply""",
  poa=True, rc="What went wrong", co="What we fixed", pr="How we keep it from happening again",
  done=True, style="plain", pol=["used items sold as new"], dec=[("asin", "B08PZ3MQ6H")],
  notes="native, plain headings without colon")

M("d-appeal-price-tr-014", "account-appeal", "price-gouging", "", "US", "turkish", "en",
  "Account deactivated - please review",
  r"""Dear Amazon,

We are a small company from Izmir selling personal care products. Last week we received a notification that our account is deactivated, it was about our listings of hand sanitizer gel and face masks.

We checked our prices. When the demand increased in October our repricing software automatically raised the price of the 500 ml hand gel from $7.99 to $29.99 because the competitors were out of stock. Nobody in our team noticed because the software was working in the night.

We have now turned off the repricing software for all products and returned the prices to the normal level. We also refunded the difference to 63 customers who paid the high price, the total was $1,388.

In future we will set a maximum price in the repricer for every product, not more than 10% above the normal price, and our sales manager will check the price report every morning.

We hope you can reactivate our account. Thank you for your understanding.

Best regards,
Mehmet Demir
Ege Care Kozmetik""",
  poa=True, rc="When the demand increased in October", co="We have now turned off the repricing software",
  pr="In future we will set a maximum price", done=True, style="none",
  notes="complete POA but never names the policy or violation (only 'deactivated', 'prices'): T007")

M("d-appeal-idv-zh-015", "account-appeal", "identity-verification", "", "US", "chinese", "en",
  "Re: Section 3 of the Business Solutions Agreement - verification documents",
  r"""Dear Amazon Seller Verification Team,

Our account was deactivated under Section 3 of the Business Solutions Agreement because we could not complete the identity verification in time. The reason is our legal representative was in hospital in September and could not do the video call.

Now she is recovered. Please find attached：
1. Plan of action (PDF, 2 pages) about why the verification was delay and what we changed
2. Business license of Ningbo Haoyu Trading Co., Ltd.
3. Passport of legal representative Chen Xiaoyu
4. Bank statement of the company account for last 3 months
5. Utility bill of the registered address

The address on the business license and the address in Seller Central are same now, we updated it on 2026.11.02. We are ready for the video call any time, please contact our phone 0574-8763 2219 or email.

Thank you for your kind help!

Best regards
Ningbo Haoyu Trading Co., Ltd.""",
  att=True, pol=["Section 3 of the Business Solutions Agreement"], dec=[("phone", "0574-8763 2219")],
  notes="cover letter, POA said to be attached as PDF; policy named as a BSA section")

M("d-appeal-restricted-in-016", "account-appeal", "restricted-products", "", "IN", "indian", "en",
  "Appeal for account reinstatement - Restricted Products policy",
  r"""Dear Team,

We have received the notification that our account is deactivated for violation of Restricted Products policy since we listed herbal supplement products which are claiming to cure diabetes. Please find our plan of action below.

1) Root cause of the issue
Our listing content was written by a freelancer who copied the claims from the manufacturer brochure. Our team did not review the claims before publishing. We were not aware that disease cure claims are not permitted.

2) Corrective action
a) We will remove all such claims from the titles, bullets and description of the 18 affected listings.
b) We will send the revised content to Amazon for review before reactivating the listings.
c) We are going to terminate the services of the freelancer.

3) Preventive action
a) All listing content will be checked by our in-house compliance person before upload.
b) Our team will complete the Seller University modules on restricted products.
c) We will maintain a list of banned words like cure, treat, prevent and check every listing against it.

We sincerely request you to kindly revert with positive reply and reinstate our selling privileges.

Regards,
Pooja Menon
AyurVeda Naturals""",
  poa=True, rc="1) Root cause of the issue", co="2) Corrective action", pr="3) Preventive action",
  done=False, style="numbered", pol=["Restricted Products policy"],
  notes="corrective part only future ('we will remove', 'we are going to'): not-done")

M("d-appeal-psa-native-017", "account-appeal", "prohibited-seller-activities", "", "US", "native", "en",
  "Appeal - Prohibited Seller Activities and Actions (off-Amazon contact)",
  r"""Seller Performance Team,

Our account was deactivated for a violation of the Prohibited Seller Activities and Actions policy. Specifically, our packing slips included our website address and a discount code for buyers to order directly from us next time. We understand that this diverts buyers away from Amazon and is not allowed.

## Investigation
The packing slip template was designed by a marketing contractor for our Shopify store and reused for Amazon orders without review. Nobody on our team compared it with the Amazon policy on contacting buyers and directing them off Amazon.

## Immediate actions
- We removed the insert from all inventory at our warehouse and stopped printing it the same day we got the notice.
- We deleted the code so it can no longer be redeemed.
- We audited our buyer-seller messages for the last 6 months. No messages asked buyers to leave Amazon.

## Long-term controls
- Separate packaging material for Amazon orders with no URLs, codes or social handles.
- Any printed insert must be approved by our compliance lead against the policy before use.
- A quarterly review of all Amazon-facing materials.

Please let us know if you need anything else.

Chris Hanley
Northfield Trail Co.""",
  poa=True, rc="Investigation", co="Immediate actions", pr="Long-term controls", done=True,
  style="markdown", pol=["Prohibited Seller Activities and Actions policy"],
  notes="markdown headings with unusual wording")

M("d-appeal-coc-latam-018", "account-appeal", "seller-code-of-conduct", "", "US", "latam", "en",
  "THIS IS UNFAIR - Seller Code of Conduct",
  r"""Amazon,

You deactivated my account for Seller Code of Conduct violation. WHAT VIOLATION??? I have been selling phone cases for 5 years and I NEVER did nothing wrong. You don't explain nothing, only send the same email again and again.

This is the fifth time I write. Every time a robot answer me. I have 9,000 dollars of my money retained and I need to pay my suppliers in Colombia. This is stealing. If you don't reactivate my account this week I will contact my lawyer and I will go to the news and tell everybody how Amazon treat the small sellers.

I want a REAL PERSON to call me. My phone is +57 310 555 0187.

I am very angry and very tired of this. FIX IT NOW.

Jhon Fredy Ramírez
CaseLand Store""",
  pol=["Seller Code of Conduct"],
  emo=["WHAT VIOLATION???", "This is stealing.", "I will contact my lawyer and I will go to the news",
       "I am very angry and very tired of this. FIX IT NOW."],
  dec=[("phone", "+57 310 555 0187")],
  notes="no POA, shouting and threats")

M("d-appeal-odr-zh-019", "account-appeal", "odr", "", "US", "chinese", "zh",
  "申诉 - 订单缺陷率超标",
  r"""尊敬的亚马逊卖家绩效团队：

您好！我们是店铺"宜家优品"的运营团队。我们的账户因为订单缺陷率（ODR）达到3.1%，超过1%的标准而被停用。我们对此非常重视，经过内部调查，现提交行动计划如下：

一、问题产生的原因
1. 10月份我们的一批保温杯（ASIN B0C9WQ3L5N）密封圈有质量问题，导致漏水，很多买家留下差评并申请了A-to-z索赔。
2. 客服人员春节后离职两人，买家消息回复不及时，超过24小时。

二、已经采取的措施
1. 已经将该批次所有库存从FBA仓库移除并销毁。
2. 已经联系所有受影响的买家，全额退款或免费补发新品。
3. 已经更换密封圈供应商，新批次经过100%漏水测试。
4. 已经新招聘三名客服人员，现在所有消息在12小时内回复。

三、预防措施
1. 每批货物发往FBA之前，质检部门抽检比例从5%提高到20%。
2. 运营主管每天查看账户状况页面，发现指标异常马上处理。
3. 每月对客服人员进行亚马逊政策培训。

我们承诺今后严格遵守亚马逊的政策，恳请贵团队审核我们的申诉，恢复我们的销售权限。谢谢！

宜家优品运营团队""",
  poa=True, rc="一、问题产生的原因", co="二、已经采取的措施", pr="三、预防措施", done=True,
  style="numbered", pol=["订单缺陷率", "ODR"], dec=[("asin", "B0C9WQ3L5N")],
  notes="POA written entirely in Chinese on the US marketplace")

M("d-reinst-ipcopy-other-020", "listing-reinstatement", "ip-copyright", "", "US", "other-non-native", "en",
  "Reinstate listing ASIN B0DF8YJ2TC - copyright complaint",
  r"""Dear Amazon,

Our listing of the phone wallpaper sticker pack (ASIN B0DF8YJ2TC) was removed because of a copyright infringement notice from the photographer. We are Vietnamese seller and this is first time we have this problem.

Actions we took:
- We deleted all the images in the listing and uploaded new photos which our own staff took in our studio in Ho Chi Minh City, photo files attached with original date.
- We wrote to the photographer to say sorry. He has not replied yet.
- We checked other 25 listings, all images are our own.

Actions we will take:
- Every image for new listing must come from our studio, no download from internet.
- We keep the original RAW files for every product photo in our Google Drive.
- The manager will review the images before upload.

Please reinstate the listing. Thank you very much.

Nguyễn Thị Lan
LanLan Decor""",
  poa=True, co="Actions we took:", pr="Actions we will take:", done=True, style="colon",
  pol=["copyright infringement"], dec=[("asin", "B0DF8YJ2TC")],
  notes="'Actions we took / Actions we will take', no root cause explaining why the images were used")

M("d-appeal-lsr-native-021", "account-appeal", "late-shipment", "", "CA", "native", "en",
  "Appeal - late shipment rate - POA attached",
  r"""Hello Seller Performance,

Please find our plan of action attached to this case as a PDF ("Maple Ridge POA Nov 2026.pdf"). It covers the root cause of our high late shipment rate during the November storm closures, the steps we have already taken (a second fulfilment location in Calgary, adjusted handling times) and the controls we are putting in place to monitor the metric daily.

We are sorry for the trouble this caused our customers. We have also attached our carrier's service disruption notice for November 14 to 19, which explains most of the late orders.

If anything in the attachment is unclear, please tell us and we will answer quickly.

Thanks for your time,
Aaron Mackenzie
Maple Ridge Outfitters""",
  att=True, pol=["late shipment rate"],
  dec=[("single-apology", "We are sorry for the trouble this caused our customers."), ("file-name", "Maple Ridge POA Nov 2026.pdf")],
  notes="cover letter, POA attached, calm single apology")

M("d-appeal-inauth-in-022", "account-appeal", "inauthentic", "", "US", "indian", "en",
  "Plan of action - inauthentic complaints on ASIN B0B2KHT9XN",
  r"""Dear Sir/Madam,

Our seller account has been deactivated because of customer complaints about inauthentic product for the ASIN B0B2KHT9XN (Herbal hair oil 200ml). Please find our plan of action for the same.

1. Root Cause Analysis
We found that in the month of August we had stock shortage from the brand's authorised distributor, and our purchase executive procured 150 bottles from a local wholesaler in Delhi without proper invoice. The packaging of this lot was slightly different in colour and buyers felt it is not genuine.

2. Corrective Actions
- We shall be raising a removal order for the remaining units in FBA.
- We shall contact the buyers who complained and process full refund.
- We are going to stop all purchase from the wholesaler.
- We will share the invoices of brand's authorised distributor with Amazon.

3. Preventive Actions
- Purchase will be done only from authorised distributor with invoice.
- Every lot will be matched with the brand packaging before dispatch to FBA.
- Monthly internal audit of supply chain documents.

Request you to kindly consider our appeal and revert back at the earliest.

Thanks & Regards,
Amit Khanna
Khanna Wellness Store""",
  poa=True, rc="1. Root Cause Analysis", co="2. Corrective Actions", pr="3. Preventive Actions", done=False,
  style="numbered", pol=["inauthentic"], dec=[("asin", "B0B2KHT9XN")],
  notes="'We shall be raising', 'we are going to': corrective only future")

M("d-appeal-vtr-zh-023", "account-appeal", "valid-tracking", "", "US", "chinese", "en",
  "VTR appeal - plan of action",
  r"""Dear Seller Performance Team,

Our account was deactivated because our VTR is 91.4%, lower than 95%. Here is our plan of action.

Root cause:
We used a cheap logistic line "YW-Economy" for small items in October. This carrier's tracking number cannot be scanned in USA after the package arrive, so Amazon cannot see the delivery scan. Details of the orders:

Carrier        | Orders | Valid tracking | Rate
YW-Economy     | 212    | 165            | 77.8%
USPS (via 4PX) | 405    | 399            | 98.5%
UPS            | 58     | 58             | 100%

Corrective actions:
1. We have stopped YW-Economy since 2026.11.01, all orders now ship by 4PX-USPS or UPS.
2. We have updated the tracking number for 19 orders which had wrong number input.
3. We have refunded the 8 buyers whose packages were not received.

Preventive actions:
1. We only use carriers in Amazon list of integrated carriers.
2. Our ERP will check the tracking number format before confirm shipment.
3. Weekly check of VTR in Account Health by our team leader.

Thanks for your time and hope to get your good news.

Best regards,
Oulang Digital Store""",
  poa=True, rc="Root cause:", co="Corrective actions:", pr="Preventive actions:", done=True, style="colon",
  pol=["VTR"], notes="metric abbreviation only (VTR), plain-text table in the root cause")

M("d-appeal-review-latam-024", "account-appeal", "review-manipulation", "", "US", "latam", "en",
  "Please help reactivate my account",
  r"""Hello,

I am writing because my account Sabores de Casa was deactivated yesterday. I received an email but I don't understand very well what I did wrong. I sell spices and coffee from Peru, all my products are original and with good quality.

Please, I beg you to help me. I invested all my savings in this business, more than 20 thousand dollars. I have two kids and this is our only income now. I am crying when I write this.

I always try to give good service to my clients and I answer all the messages. I never had problems before. If I did something wrong please tell me exactly what it was and I will change it immediately, I promise.

Please give me one more opportunity, I will do anything you ask.

God bless you,
Rosa Mamani
Sabores de Casa""",
  emo=["Please, I beg you to help me.", "I am crying when I write this.", "I will do anything you ask."],
  notes="no POA, no policy named, pleading and despair")

M("d-reinst-patent-tr-025", "listing-reinstatement", "ip-patent", "", "US", "turkish", "en",
  "Reinstatement - patent infringement complaint - ASIN B0CJ5NV3WD",
  r"""Dear Amazon Team,

Our ASIN B0CJ5NV3WD (foldable laptop stand) was removed for a patent infringement complaint by the rights owner, they claim it infringes US Patent No. 11,284,617.

ROOT CAUSE OF THE ISSUE
Our supplier in Istanbul told us the hinge design is their own design. We did not make any patent search in USA before starting to sell. After the complaint we made research and we see the hinge mechanism is very similar to the patent drawing.

CORRECTIVE ACTIONS TAKEN
We closed the listing and created a removal order for all 420 units in FBA. We contacted the rights owner and we signed an agreement on 20 November, they sent us the retraction letter which we attach. We also stopped buying the stand from the Istanbul supplier.

Thank you for reviewing our request.

Kind regards,
Burak Şahin
Deskmate Ofis Ürünleri""",
  poa=True, rc="ROOT CAUSE OF THE ISSUE", co="CORRECTIVE ACTIONS TAKEN", done=True, style="caps",
  pol=["patent infringement"], dec=[("asin", "B0CJ5NV3WD"), ("patent-number", "11,284,617")],
  notes="caps headings, no preventive section")

M("d-appeal-category-native-026", "account-appeal", "category-approval", "", "US", "native", "en",
  "Appeal: listings in a gated category without approval",
  r"""Dear Seller Performance,

Our account was deactivated because we listed products in the Jewelry category, which requires approval, without being approved to sell in it.

A. What caused it
Our catalogue manager created 30 listings for sterling silver pendants through a flat file using a browse node for Jewelry. The upload did not raise an error for most of them, so we assumed we were allowed to list there. We did not check the category approval requirements.

B. What we have already done
We closed all 30 listings the day we received the notice and sent the inventory back from FBA. We have submitted an application for Jewelry approval with invoices from our manufacturer and the required quality documentation. We refunded two open orders.

C. How we will prevent it
Before any new product type is added, our catalogue manager now checks the "Add a Product" tool for approval requirements, and a second person confirms. We will not relist anything in Jewelry until approval is granted.

Thank you,
Helen Moore
Silverleaf Goods""",
  poa=True, rc="A. What caused it", co="B. What we have already done", pr="C. How we will prevent it",
  done=True, style="lettered", pol=["requires approval"], notes="lettered headings")

M("d-appeal-listing-zh-027", "account-appeal", "listing-policy", "", "UK", "chinese", "en",
  "Appeal - violation of product detail page rules",
  r"""Dear Amazon team,

Our account was deactivated because we violated the product detail page rules. We created many duplicate detail pages for the same phone holder with different colour, instead of using variation.

The reason of problem:
Our new operator did not know the variation rule. He thought more listing can get more traffic, so he created 45 separate pages for the same product with small difference in title. Our manager did not check his work because she was on maternity leave.

How we will avoid in the future:
1、All new listing must be check by senior operator before publish.
2、We will do training about the product detail page rules for all the team every month.
3、We will use the Amazon listing tool to check duplicate before create new ASIN.

We are very sorry for the inconvenient. Please give us chance to sell again.

Best regards
Yunfeng Trading UK""",
  poa=True, rc="The reason of problem:", pr="How we will avoid in the future:", style="colon",
  pol=["product detail page rules"],
  dec=[("single-apology", "We are very sorry for the inconvenient."), ("mild-plea", "Please give us chance to sell again.")],
  notes="no corrective part: nothing said about merging or closing the 45 duplicate pages")

M("d-appeal-related-zh-028", "account-appeal", "related-accounts", "", "US", "chinese", "en",
  "Appeal - related account deactivation",
  r"""Dear Seller Performance Team,

We received the notice that our account "Fenglin Outdoor" is related to another account which was deactivated. We want to explain the relationship and our plan.

What is the relationship?
The other account "Sunpeak Gear" belongs to my cousin. In 2025 he asked me to help him to manage his account and I logged in his account from my office computer and same network. His account was deactivated for late shipment rate which was not fixed.

What will we do?
We will stop logging in any other seller account from our office computers. We will ask my cousin to close his account or to submit his own appeal. We are going to change our office network to a new IP address and clean all browser data.

How to prevent?
Only our 2 staff members can log in our account, each with their own user permission. We will never help other sellers with their accounts in future.

We hope you can understand and reinstate our account.

Thanks
Lin Feng
Fenglin Outdoor""",
  poa=True, rc="What is the relationship?", co="What will we do?", pr="How to prevent?", done=False,
  style="plain", pol=["related to another account"],
  notes="question headings; corrective part only future tense")

M("d-appeal-idv-native-029", "account-appeal", "identity-verification", "", "US", "native", "en",
  "Identity verification failed - card details for verification",
  r"""Hi,

My account was deactivated because the identity verification failed. I think this happened because the credit card on the account expired in October and I didn't update it, so the card charge you tried for verification didn't go through.

What I've done so far: I updated the deposit method and added a new card in Settings, and I've re-uploaded my driver's license and a bank statement with the same address as the account.

To save time, here's the new card so you can match it: 4916 0433 8127 7057, exp 03/29, CVV 418. It's a Visa in my name, Paul Renner.

From now on I've set a reminder a month before any card expires so the account information stays current, and I'll check the Account Health page every week.

Please let me know if you need anything else to finish the verification.

Paul Renner
Renner Fly Fishing""",
  poa=True, rc="I think this happened because", co="What I've done so far:", pr="From now on I've set a reminder",
  done=True, style="none", pol=["identity verification"],
  sec=[("card", "4916 0433 8127 7057"), ("card-expiry", "03/29"), ("card-code", "418")],
  notes="native seller pastes full card number, expiry and CVV into the appeal")

M("d-appeal-counterfeit-es-030", "account-appeal", "counterfeit", "", "US", "latam", "es",
  "Apelación - desactivación de cuenta por producto falsificado",
  r"""Estimado equipo de Desempeño del Vendedor:

Nuestra cuenta "Distribuidora Andina" fue desactivada por una queja de producto falsificado relacionada con los auriculares inalámbricos (ASIN B0CX7FQ2HM). A continuación presentamos nuestro plan de acción.

**Causa del problema**
En septiembre compramos un lote de 300 unidades a un nuevo proveedor en Miami que nos ofreció mejor precio. No verificamos que fuera distribuidor autorizado de la marca y no pedimos las facturas originales. Ese lote tenía diferencias en el empaque y el cliente lo reportó como falso.

**Acciones tomadas**
- Retiramos todo el inventario del ASIN de los centros de Amazon y lo destruimos.
- Reembolsamos a los 27 clientes que compraron de ese lote.
- Terminamos la relación con el proveedor de Miami.
- Adjuntamos las facturas de nuestro distribuidor autorizado en Bogotá.

**Medidas preventivas**
- Solo compraremos a fabricantes o distribuidores autorizados con carta de autorización.
- Cada factura será revisada por el gerente antes de enviar inventario a FBA.
- Revisaremos cada mes los comentarios de los clientes sobre autenticidad.

Agradecemos su atención y esperamos una respuesta positiva.

Atentamente,
Carolina Vélez
Distribuidora Andina S.A.S.""",
  poa=True, rc="Causa del problema", co="Acciones tomadas", pr="Medidas preventivas", done=True,
  style="bold", pol=["producto falsificado"], dec=[("asin", "B0CX7FQ2HM")],
  notes="complete POA in Spanish on the US marketplace")

M("d-appeal-safety-zh-031", "account-appeal", "product-safety", "", "US", "chinese", "en",
  "Appeal for product safety complaint - electric kettle",
  r"""Dear Amazon Seller Performance Team,

We are Cixi Yuanda Electric Appliance, our account was deactivated due to product safety complaints of our electric kettle (ASIN B0D1MZ7T4K), buyers said the base become very hot and smell burning. We are very sorry and we made a full investigation.

THE ROOT CAUSE
After checking the returned units, we find the thermostat in lot number YD-2609-11 is from a new component supplier, it cut off power at 118°C instead of 105°C. Our incoming inspection only check the appearance of the thermostat, not test the temperature, so this problem was not found before shipping.

THE ACTIONS WE HAVE TAKEN
1. We have stopped selling and made removal for all 1,260 units of lot YD-2609-11.
2. We have sent email to all buyers of this lot, to stop using the kettle and get full refund.
3. We have changed back to the original thermostat supplier with UL certificate.
4. We have made new UL 1082 test for the product, the report is attached.

THE PREVENTIVE MEASURES
1. Every batch of thermostat will be tested for cut-off temperature, 5 pcs per 500.
2. Any change of key component must be approved by our engineering manager and re-tested.
3. Our customer service will report every safety complaint to the manager in 24 hours.

Thank you for your time and we hope to continue to serve Amazon customers.

Sincerely,
Cixi Yuanda Electric Appliance Co., Ltd.""",
  poa=True, rc="THE ROOT CAUSE", co="THE ACTIONS WE HAVE TAKEN", pr="THE PREVENTIVE MEASURES", done=True,
  style="caps", pol=["product safety", "UL 1082"],
  dec=[("asin", "B0D1MZ7T4K"), ("lot-number", "YD-2609-11")], notes="caps headings, complete")

M("d-appeal-odr-in-032", "account-appeal", "odr", "", "IN", "indian", "en",
  "Appeal - ODR 1.9% - seller account deactivated",
  r"""Dear Seller Performance Team,

Our account Trendz Footwear has been deactivated as the Order Defect Rate (ODR) was 1.9% against the target of below 1%. We have analysed the orders and below is our plan of action.

## Root cause
Most of the defects (26 out of 31) were negative feedback about wrong size. Our size chart image was showing UK sizes but the listing variation was showing Indian sizes, so customers ordered one size smaller.

Corrective actions: We have corrected the size chart on all 64 shoe listings, we have contacted the 26 customers and arranged free exchange through our courier partner, and we have requested removal of feedback where the customer agreed the issue was resolved.

**Preventive actions**
1 - Size chart will be checked along with variation names by quality team before any listing is live.
2 - Every Monday our team will review the negative feedback and A-to-z claims report.
3 - Added a line in the bullet points "Please refer size chart in Indian size".

We request you to kindly reinstate our account. We assure full compliance going forward.

Thanks & Regards,
Vikas Sharma
Trendz Footwear, Agra""",
  poa=True, rc="Root cause", co="Corrective actions: We have corrected", pr="Preventive actions", done=True,
  style="mixed", pol=["Order Defect Rate", "ODR"], notes="one markdown, one inline, one bold heading")

M("d-appeal-inauth-tr-033", "account-appeal", "inauthentic", "", "UK", "turkish", "en",
  "Appeal regarding inauthentic item complaint",
  r"""Dear Seller Performance Team,

Our account Bosphorus Beauty was deactivated because of an inauthentic item complaint for a perfume (ASIN B07YTQ8M3R). We want to explain what happened and what we have done.

**Why it happened**
Our purchase department bought 60 bottles from a wholesaler in Istanbul who said they are official distributor. After the complaint we asked them for the authorization letter from the brand but they could not give it. So we cannot prove the supply chain of those 60 bottles, this was our mistake.

**What we have done**
- Removed all remaining 22 bottles from FBA and destroyed them (removal order ID 2PNd8Wq4Lx).
- Refunded all 38 buyers who bought from this batch, not only the one who complained.
- Opened an account with the brand's official UK distributor and attached their invoice.

**How we will prevent it**
- Only buy from suppliers who can show the authorization letter from the brand.
- Our manager checks every new supplier invoice before stock goes to FBA.
- We keep all invoices for 5 years in a shared folder.

We respect Amazon's rules and hope to sell again.

Best regards,
Ayşe Kaya
Bosphorus Beauty""",
  poa=True, rc="Why it happened", co="What we have done", pr="How we will prevent it", done=True,
  style="bold", pol=["inauthentic"], dec=[("asin", "B07YTQ8M3R"), ("removal-order-id", "2PNd8Wq4Lx")],
  notes="bold headings, complete")

M("d-reinst-iptm-native-034", "listing-reinstatement", "ip-trademark", "", "US", "native", "en",
  "Reinstate ASIN B0C4HN1YRP - trademark complaint withdrawn",
  r"""Hello,

Our listing for the "Trailhead" insulated tumbler (ASIN B0C4HN1YRP) was removed after a trademark complaint from a company that owns the "TrailHead" mark for bags.

Root cause: We chose the product name without running a trademark clearance search. The mark is registered in class 18 and 21, and our tumbler falls in class 21.

Corrective action: We rebranded the product as "Summit Sip", updated the title, images and packaging, and reached out to the rights owner. They confirmed in writing that they withdrew the complaint now that the name is gone (their email is attached).

Prevention: Every new product name now goes through a USPTO TESS search and a quick review by our IP attorney before we order packaging. We've added this as a required step in our product launch checklist.

Thanks for taking a look.

Sam Patel
Summit Sip Drinkware""",
  poa=True, rc="Root cause: We chose", co="Corrective action: We rebranded", pr="Prevention: Every new product",
  done=True, style="inline", pol=["trademark complaint"], dec=[("asin", "B0C4HN1YRP")],
  notes="inline headings, rights owner withdrew")

M("d-appeal-lsr-other-035", "account-appeal", "late-shipment", "", "UK", "other-non-native", "en",
  "Plan of action - Late Dispatch Rate",
  r"""Dear Sir or Madam,

We are Greek seller of olive oil and honey products (store Kalamata Gold). Our selling privileges were removed because the Late Dispatch Rate was 7.1%.

Our POA — Root cause
In October there was a strike at the port of Piraeus for 9 days and our courier could not collect parcels from our warehouse. We did not put the account in holiday mode and we continued to accept orders, so many orders were dispatched late.

Our POA — Immediate corrective actions
We have shipped all delayed orders and informed every buyer by message. We signed with a second courier (ACS) which collects from a different hub. We increased the handling time from 1 to 3 days in the shipping template.

Our POA — Measures for the future
When there is any strike or disruption announced, we will activate holiday mode the same day. The warehouse manager will check the dispatch report every day at 14:00. We will keep two couriers active always.

Thank you for your consideration.

Με εκτίμηση,
Nikos Papadopoulos
Kalamata Gold""",
  poa=True, rc="Our POA — Root cause", co="Our POA — Immediate corrective actions", pr="Our POA — Measures for the future",
  done=True, style="our-poa", pol=["Late Dispatch Rate"], dec=[("foreign-snippet", "Με εκτίμηση")],
  notes="our-poa headings with em dashes, Greek seller")

M("d-appeal-drop-zh-036", "account-appeal", "drop-shipping", "", "US", "chinese", "en",
  "Appeal for drop shipping violation",
  r"""Dear Amazon Seller Performance Team,

Our account "Shinetop Gifts" was deactivated because we violated the Amazon drop shipping policy. Some customer received package from Walmart with Walmart packing slip. We deeply sorry for this and below is our plan.

(a) Root cause
Our overseas warehouse in New Jersey run out of the stock of the photo frames in peak season. Our operation staff placed the orders on Walmart.com and used the buyer address to send, he want to keep our shipping time. We didn't know it is not allowed.

(b) Corrective actions
- We have canceled all 17 orders that were still pending on Walmart.
- We have sent 240 units of photo frame from our factory to our NJ warehouse by air, the stock is enough now.
- We have contacted 31 buyers who received the Walmart package to explain and offer them partial refund.
- The staff member has been given warning and retrained.

(c) Preventive measures
- Our system will set the quantity to 0 automatically when the warehouse stock is below 10.
- Purchases from any other retailer is forbidden in our company now.
- Every month we review the Drop Shipping Policy in team meeting.

Thank you and we hope you can give us the chance.

Best regards
Zhou Hui
Shinetop Gifts""",
  poa=True, rc="(a) Root cause", co="(b) Corrective actions", pr="(c) Preventive measures", done=True,
  style="lettered", pol=["drop shipping policy", "Drop Shipping Policy"],
  notes="lettered (a)/(b)/(c)")

M("d-appeal-cancel-latam-037", "account-appeal", "cancel-rate", "", "US", "latam", "en",
  "Appeal - pre-fulfillment cancel rate",
  r"""Hello Seller Performance,

We are Pampa Leather Goods from Argentina. Our account was deactivated because the pre-fulfillment cancel rate was 4.3%.

1. Root cause
Our inventory is in our warehouse in Miami, but the leather wallets are made in Buenos Aires. In October a customs problem delayed our container 3 weeks and we had listings showing stock that was still in the container. We had to cancel 39 orders.

2. Corrective actions
We have corrected the stock in all listings to show only what is physically in Miami. We have messaged all the buyers of cancelled orders with an apology and a coupon from our Amazon store promotion. And we will also open a second small warehouse stock with a 3PL in Texas next month so we have a buffer.

3. Preventive actions
The listing quantity will be updated only when the container is received and counted, never when it is shipped. The warehouse staff will check the inventory every Monday and Thursday. If a shipment is delayed we will set the affected products to inactive.

Thank you very much for your time.

Martín Gutiérrez
Pampa Leather Goods""",
  poa=True, rc="1. Root cause", co="2. Corrective actions", pr="3. Preventive actions", done=True,
  style="numbered", pol=["pre-fulfillment cancel rate"],
  notes="corrective mixes done ('we have corrected') with future ('we will also open'): done")

M("d-reinst-restricted-zh-038", "listing-reinstatement", "restricted-products", "", "US", "chinese", "en",
  "Listing reinstatement - pesticide claim - ASIN B0BWQ6R2JN",
  r"""Hello Amazon team,

Our listing ASIN B0BWQ6R2JN (ultrasonic mosquito repeller) was deactivated because the listing make pesticidal claims, which is against the Pesticides and Pesticide Devices policy. We have did the investigation and here is our plan of action.

## Root cause
Our listing description said "kill 99% mosquitoes" and "EPA safe", this words come from our factory's product brochure. We did not know that a device claiming to kill pests need EPA establishment number.

## What we have done
1. We have removed the words "kill", "EPA safe" and "pesticide" from title, bullet points, description and images.
2. We re-shot the main image and the 2nd image, the new images have no claim text.
3. We have changed the product packaging, new packaging has no pest claim.

## Prevention plan
1. We made a keyword list (kill, repel 100%, pesticide, EPA, bacteria, virus) and every listing will be checked against it.
2. Listing manager and compliance staff both need to approve before publish.

Thank you for consideration.

Best regards,
Sun Haitao
Cleanair Home""",
  poa=True, rc="Root cause", co="What we have done", pr="Prevention plan", done=True, style="markdown",
  pol=["Pesticides and Pesticide Devices policy"], dec=[("asin", "B0BWQ6R2JN")],
  notes="'We have did the investigation', markdown headings")

M("d-appeal-used-zh-039", "account-appeal", "used-sold-as-new", "", "US", "chinese", "en",
  "Appeal - used sold as new complaints",
  r"""Dear Seller Performance Team,

Our account was deactivated because buyers complained our vacuum cleaner (ASIN B0C5RPX8JD) is used sold as new. Please see our plan of action:

1. Corrective actions we have taken
1) We have created removal order for all the 143 units in FBA, and inspected them in our US warehouse.
2) 12 units were found with dust inside and scratches, these were removed from sale.
3) We have refunded all the buyers who complained, total 19 orders.
4) The good units was repackaged with new sealing sticker and sent back to FBA.

2. Preventive measures
1) Returned units will go to our own warehouse, not resell by FBA automatically.
2) We will add a tamper-evident seal to every new box.
3) Our QC will check every box before sending to FBA.

Thank you very much!

Best regards,
Dongguan Jierui Cleaning Technology""",
  poa=True, co="1. Corrective actions we have taken", pr="2. Preventive measures", done=True, style="numbered",
  pol=["used sold as new"], dec=[("asin", "B0C5RPX8JD")],
  notes="numbered, no root cause (why used units were sent as new is never said)")

M("d-appeal-price-in-040", "account-appeal", "price-gouging", "", "US", "indian", "en",
  "Appeal - Fair Pricing Policy violation",
  r"""Dear Amazon Seller Performance,

Greetings. We have received a deactivation notice for violation of the Fair Pricing Policy on our listings of N95 respirators and pulse oximeters.

Actions taken:
- We have reduced the prices of all 9 affected listings to the price level before the surge.
- We have issued partial refunds to the buyers who purchased at higher prices.
- We have deactivated the automated repricer on all medical supplies.

Preventive measures:
- Price of any item will not be raised more than 10% without approval of the director.
- We will monitor the price of every item daily using a price history report.
- Our team has gone through the Fair Pricing Policy in detail.

Kindly review our appeal and do the needful to reactivate the account. We look forward to your positive response.

Regards,
Nitin Bansal
MediCare Supplies India LLP""",
  poa=True, co="Actions taken:", pr="Preventive measures:", done=True, style="colon",
  pol=["Fair Pricing Policy"], notes="colon headings, no root cause")

M("d-appeal-review-tr-041", "account-appeal", "review-manipulation", "", "US", "turkish", "en",
  "Account deactivation appeal",
  r"""Dear Amazon Team,

We are Lotus Home Textiles from Denizli. Our account has been deactivated and we want to explain our actions.

We have removed the Facebook group that our marketing employee created for "product testers", we have asked all members of the group to not write any more reviews on our bath robes, and we have ended the contract with the marketing agency which managed the group. We also sent a list of the 41 reviews which came from this group to Amazon so they can be deleted.

To make sure this will not happen again, from now all marketing activities will be approved by the general manager, we will not give any free product or money to customers for reviews, and we will get reviews only through the Request a Review button and Amazon Vine.

We are ready to give more information if needed. Thank you.

Best regards,
Selin Arslan
Lotus Home Textiles""",
  poa=True, co="We have removed the Facebook group", pr="To make sure this will not happen again", done=True,
  style="none", notes="no headings, no root cause, and never names the policy (reviews implied only): T007")

M("d-reinst-safety-latam-042", "listing-reinstatement", "product-safety", "", "US", "latam", "en",
  "Listing reinstatement request - baby bath seat ASIN B0CK2LW9QT",
  r"""Dear Product Safety Team,

Our listing ASIN B0CK2LW9QT (baby bath seat) was removed because it did not have the required compliance documents for the safety standard ASTM F1967.

**Actions completed**
- We sent 10 units to an accredited laboratory (Intertek) and received the test report for ASTM F1967-19, attached.
- We prepared the Children's Product Certificate (CPC) and uploaded it in the Manage Your Compliance page.
- We added the warning label and tracking label required on the product and the packaging.

**Future prevention**
- No children's product will be listed before the test report and CPC are uploaded.
- Our compliance coordinator will check every new listing against the CPSC requirements.

Thank you, we hope the listing can be reinstated soon.

Kind regards,
Valentina Rojas
BebéFeliz Chile SpA""",
  poa=True, co="Actions completed", pr="Future prevention", done=True, style="bold",
  pol=["ASTM F1967"], dec=[("asin", "B0CK2LW9QT")],
  notes="bold headings, no root cause of why it was listed without documents")

M("d-appeal-lsr-zh-043", "account-appeal", "late-shipment", "", "US", "chinese", "en",
  "Late shipment rate appeal - account deactivated",
  r"""Dear Seller Performance Team，

Our account was deactivated for late shipment rate 6.5%. Below is our plan of action.

What we have already did:
1、We have changed the handling time from 1 day to 2 days in shipping settings.
2、We have added 3 warehouse workers in our Los Angeles warehouse.
3、We have changed the order confirmation process, now the system upload tracking automatically after label print.

What we will do in the future:
1、Check the late shipment rate every day.
2、Before Black Friday and Christmas, we will prepare more workers one month early.
3、If order more than the capacity, we will close some listings temporary.

We are sorry for the bad experience of the customers. Please reinstate our account.

Best regards
Yuxin Trading LLC""",
  poa=True, co="What we have already did:", pr="What we will do in the future:", done=True, style="colon",
  pol=["late shipment rate"],
  dec=[("single-apology", "We are sorry for the bad experience of the customers.")],
  notes="no root cause: never says why shipments were late")

M("d-appeal-related-in-044", "account-appeal", "related-accounts", "", "IN", "indian", "en",
  "Appeal - account related to deactivated account",
  r"""Dear Seller Performance Team,

This is regarding the deactivation of our account Om Sai Enterprises as it is related to another seller account which was previously deactivated.

Reason for the relation
The account "Sai Kripa Traders" was operated by my brother from the same office address in Surat. That account was deactivated in 2024 for not completing the identity verification. We were using the same office address and the same internet connection.

Going forward
Our business is a separate legal entity with different GST, different bank account and different management. Going forward only my employees will access our seller account, and we will not share our office internet or computers with any other seller. We will keep our seller account completely independent.

Kindly consider our request and revert at the earliest.

Thanks and regards,
Harish Patel
Om Sai Enterprises""",
  poa=True, rc="Reason for the relation", pr="Going forward", style="plain", pol=["related to another seller account"],
  notes="root cause and 'Going forward' prevention, no corrective action (nothing changed yet)")

M("d-appeal-inauth-other-045", "account-appeal", "inauthentic", "", "UK", "other-non-native", "en",
  "Appeal - inauthentic complaint - ASIN B0B8RJ4KZW",
  r"""Dear Amazon,

We are Romanian company Carpathia Sport SRL and our account was deactivated for inauthentic complaint on running shoes ASIN B0B8RJ4KZW.

## What caused the complaint
The customer received a pair with different box label than the one he bought in the store before. The shoes come from the official distributor in Romania, but this distributor gets the shoes from a factory in Vietnam, while the shoes in UK shops come from a factory in Indonesia. So the label and box colour is little different, but the shoes are original.

## How we prevent new complaints
- We will add a note in the listing description that the box may be different depending on factory.
- We will ask our distributor for a letter confirming the factory origin for every batch.
- Every complaint about authenticity will be answered by our manager within 24 hours with the invoice.

Invoices from the official distributor are attached. Thank you for reviewing.

Cu stimă,
Andrei Popescu
Carpathia Sport SRL""",
  poa=True, rc="What caused the complaint", pr="How we prevent new complaints", style="markdown",
  pol=["inauthentic"], dec=[("asin", "B0B8RJ4KZW"), ("foreign-snippet", "Cu stimă")],
  notes="markdown, root cause and prevention, no corrective action for the complaint itself")

M("d-reinst-counterfeit-native-046", "listing-reinstatement", "counterfeit", "", "US", "native", "en",
  "Reinstatement - counterfeit complaint on ASIN B0D3WKZ6PM",
  r"""Hi team,

The listing for our phone charger (ASIN B0D3WKZ6PM) was taken down following a counterfeit complaint.

Root cause: We bought this lot through a liquidation auction and did not ask the auction house for the original purchase invoices. We had no way to prove the chargers came from the manufacturer.

Prevention: From now on we only buy from distributors who appear on the manufacturer's authorized list, we keep invoices for every lot, and we no longer source electronics through liquidation auctions at all. Our sourcing manager signs off on every new supplier.

We would appreciate the listing being restored.

Thanks,
Kevin Lang
Lang Liquidation Co.""",
  poa=True, rc="Root cause: We bought", pr="Prevention: From now on", style="inline", pol=["counterfeit complaint"],
  dec=[("asin", "B0D3WKZ6PM")], notes="no corrective action: nothing done about the lot or the buyers")

M("d-appeal-odr-tr-047", "account-appeal", "odr", "", "US", "turkish", "en",
  "Appeal - Order Defect Rate",
  r"""Dear Seller Performance,

Our account Istanbul Bazaar Home was deactivated because Order Defect Rate was 1.7%.

ROOT CAUSE
Our rugs are shipped from Turkey with express courier. In September the courier changed their customs broker in USA and about 40 packages were held in customs for more than 3 weeks. Buyers did not receive the rugs on time and opened A-to-z claims and left negative feedback.

PREVENTIVE ACTIONS
1. We will send the rugs to FBA in bulk instead of shipping each order from Turkey.
2. We will follow the customs status every day and inform the buyers if there is any delay.
3. Our team will check the ODR twice in a week.

We are kindly asking to reactivate our account.

Best regards,
Hakan Öztürk
Istanbul Bazaar Home""",
  poa=True, rc="ROOT CAUSE", pr="PREVENTIVE ACTIONS", style="caps", pol=["Order Defect Rate"],
  notes="caps, no corrective part (claims and affected buyers not addressed)")

M("d-appeal-condition-zh-048", "account-appeal", "condition", "", "US", "chinese", "en",
  "Appeal for item condition complaints",
  r"""Dear Amazon,

Our store was deactivated because many customer complained the item condition not match the listing. We sell used cameras and lenses.

1. The reason:
Our grading person is new, she grade the lens with fungus and haze as "Used - Like New" because the outside look very good. She did not check the inside glass with flashlight. So customer received lens not as described.

2. Improvement in the future:
(1) Every lens will be checked inside with strong flashlight by two persons.
(2) We will write the detail defects in the condition note.
(3) We will make a grading guide with photos for our staff according to Amazon condition guidelines.
(4) Every month we will check the return reason report.

Hope to get your understanding and reinstate our account. Thank you!

Jing Camera Store""",
  poa=True, rc="1. The reason:", pr="2. Improvement in the future:", style="numbered",
  pol=["condition guidelines"], notes="numbered, no corrective actions for the misgraded stock")

M("d-appeal-cancel-in-049", "account-appeal", "cancel-rate", "", "IN", "indian", "en",
  "Appeal - high cancellation rate",
  r"""Respected Team,

Our account Laxmi Electronics has been deactivated due to high cancellation rate of 6.2%.

1. Root Cause
Our inventory file upload through the third party software failed for 4 days in the month of October. Because of this, out of stock items were showing as available and we had to cancel 88 orders.

2. Corrective Actions Taken
a) We have updated the inventory of all SKUs manually.
b) We have re-uploaded the inventory file and confirmed the quantities are correct.
c) All affected customers were informed and refunded.

We request you to kindly reinstate our account and do the needful.

Thanks & Regards
Ravi Kumar
Laxmi Electronics""",
  poa=True, rc="1. Root Cause", co="2. Corrective Actions Taken", done=True, style="numbered",
  pol=["cancellation rate"], notes="numbered, no preventive part")

M("d-appeal-drop-native-050", "account-appeal", "drop-shipping", "", "US", "native", "en",
  "Appeal - drop shipping violation",
  r"""Hello,

We're writing about the deactivation of Harbor Lane Decor for a drop shipping violation. A few buyers received orders in packaging from another retailer.

This happened because, during a stock-out on two of our best sellers in September, one of our team members ordered the items from another online retailer and had them shipped straight to our buyers. It was a well-meant shortcut to avoid cancellations, but we understand now that it breaks the drop shipping policy because we were not the seller of record on those packages.

We have since stopped the practice completely, cancelled the outstanding orders with that retailer, and written to every affected buyer to apologize and offer a refund. Both products are back in stock in our own warehouse and at FBA.

Please let us know if you need any more information to review our account.

Best,
Olivia Grant
Harbor Lane Decor""",
  poa=True, rc="This happened because", co="We have since stopped the practice completely", done=True,
  style="none", pol=["drop shipping violation", "drop shipping policy"],
  notes="no headings, no preventive measures")

M("d-reinst-listing-other-051", "listing-reinstatement", "listing-policy", "", "US", "other-non-native", "en",
  "Reinstate listings - variation policy",
  r"""Dear Amazon Catalog team,

Our 6 parent listings for skincare sets were suppressed because of variation policy violation. We are a Korean cosmetics brand, K-Glow Lab.

Cause:
We put different products (toner, serum and cream) as variations of one parent ASIN with "Style" theme. We thought it is like a set. But these are different products, not same product in different size or colour.

Fix:
We have deleted the variation relationship and made every product its own listing. We also created a real bundle listing for the 3-piece set with its own UPC 880912345670.

Thank you for review. 감사합니다.

Park Ji-won
K-Glow Lab""",
  poa=True, rc="Cause:", co="Fix:", done=True, style="colon", pol=["variation policy"],
  dec=[("upc", "880912345670"), ("foreign-snippet", "감사합니다")],
  notes="short, no preventive part")

M("d-appeal-review-zh-052", "account-appeal", "review-manipulation", "", "UK", "chinese", "en",
  "Appeal about reviews abuse",
  r"""Dear Sir/Madam,

Our account was deactivated for review abuse. We have found the problem and prepare the plan of action as follows.

Our POA for the root cause: Our sales team used a third party service to send emails to customers asking them to change their negative review to positive review and promised a partial refund of £5. This is violation of the Amazon Community Guidelines and we did not know it before.

Our POA for the corrective actions: We are going to stop the third party email service. We will send emails to those customers to cancel the refund offer. We will also ask Amazon to delete the reviews that were changed.

Please kindly check and reinstate our account.

Thanks
Guangzhou Meixin Trading Co., Ltd.""",
  poa=True, rc="Our POA for the root cause:", co="Our POA for the corrective actions:", done=False,
  style="our-poa", pol=["review abuse", "Amazon Community Guidelines"],
  notes="corrective only future, and no preventive part: two T003 defects")

M("d-appeal-vtr-in-053", "account-appeal", "valid-tracking", "", "US", "indian", "en",
  "Appeal - Valid Tracking Rate below target",
  r"""Dear Seller Performance Team,

We are writing with respect to deactivation of our account Chennai Silks Export for the Valid Tracking Rate of 89%.

A) Root Cause
We are shipping sarees from India via India Post international speed post. The tracking numbers of India Post are not updated after the parcel reaches USPS, so those orders were not counted as valid.

B) Corrective Actions
We have already shifted all shipments to DHL eCommerce with full end to end tracking from 5th November onwards. We have also sent FBA shipment of top 40 SKUs (Shipment ID FBA18XK7QZ2M) so that those orders are fulfilled by Amazon.

Kindly review and revert.

Regards,
Lakshmi Narayanan
Chennai Silks Export""",
  poa=True, rc="A) Root Cause", co="B) Corrective Actions", done=True, style="lettered",
  pol=["Valid Tracking Rate"], dec=[("shipment-id", "FBA18XK7QZ2M")], notes="lettered, no preventive part")

M("d-appeal-inauth-latam-054", "account-appeal", "inauthentic", "", "US", "latam", "en",
  "URGENT appeal inauthentic - please help",
  r"""Dear Seller Performance,

Our account Tienda Brasa was deactivated for inauthentic complaints on the grill thermometers. Please, we are desperate, we have 30 days without sales and we are going to lose the business.

**Root cause**
We bought 500 units from a supplier in China that said the product was the original brand. The brand owner says it is not and they are right, the supplier sent copies.

**Corrective actions**
- We will remove all the inventory from FBA.
- We will refund the customers.
- We will look for a new authorized supplier.

**Preventive actions**
- We will ask for authorization letters from all the suppliers.
- We will check the products before sending to Amazon.

Please I am asking you from my heart, reactivate our account, my family depends on this. We have learned the lesson.

Carlos Mendoza
Tienda Brasa""",
  poa=True, rc="Root cause", co="Corrective actions", pr="Preventive actions", done=False, style="bold",
  pol=["inauthentic"],
  emo=["Please, we are desperate, we have 30 days without sales and we are going to lose the business.",
       "Please I am asking you from my heart, reactivate our account, my family depends on this."],
  notes="emotional pleading and corrective only future tense")

M("d-appeal-iptm-zh-055", "account-appeal", "ip-trademark", "", "US", "chinese", "en",
  "Appeal for trademark infringement",
  r"""Dear Amazon Seller Performance Team,

We received the notice that our account deactivated due to trademark infringement complaint from brand "VelaCore" for our phone cases.

## The reason of the problem
Our designer used the word "VelaCore compatible" in the title and also put their logo in the product image to show which phone model the case is fit. We thought it is OK to say compatible, but we should not use their logo.

## Actions we will take
- We will delete all the logo from images of 28 listings.
- We will change the titles to use only the phone model, not the brand name.
- We will contact the brand to ask them withdraw the complaint.

## Measures to prevent
- All images will be checked by the manager to make sure no other brand logo.
- We will study the Amazon Intellectual Property Policy and do training for all staff.

Thank you very much and hope to get your positive reply.

Best regards
Hangzhou Youpin E-commerce""",
  poa=True, rc="The reason of the problem", co="Actions we will take", pr="Measures to prevent", done=False,
  style="markdown", pol=["trademark infringement", "Amazon Intellectual Property Policy"],
  notes="'Actions we will take': corrective only future")

M("d-appeal-coc-native-056", "account-appeal", "seller-code-of-conduct", "", "US", "native", "en",
  "Appeal - Seller Code of Conduct (buyer messaging)",
  r"""Hello,

Our account was deactivated under the Seller Code of Conduct after a buyer reported that our customer service messages were harassing. I've read the messages and I agree they were out of line.

Root cause: A part-time customer service rep, frustrated by a buyer who returned three items as "not as described", sent the buyer several messages questioning their honesty and asking them to remove their feedback. Nobody reviewed outgoing messages.

Corrective actions: I plan to remove this rep's access to Seller Central, and I'm going to write a personal apology to the buyer. I will also set up message templates for returns and feedback questions.

Prevention: Going forward, all non-template messages will be reviewed by me before sending, and the team will go through the Communication Guidelines once a quarter.

Thank you for considering our appeal.

Rachel Kim
Owner, Kim Kitchenworks""",
  poa=True, rc="Root cause: A part-time", co="Corrective actions: I plan to", pr="Prevention: Going forward",
  done=False, style="inline", pol=["Seller Code of Conduct"], dec=[("mild-word", "frustrated")],
  notes="corrective only future ('I plan to', 'I'm going to', 'I will'); 'frustrated' is about the rep, not emotional")

M("d-appeal-lsr-latam-057", "account-appeal", "late-shipment", "", "US", "latam", "en",
  "Request to reactivate account",
  r"""Hi, good morning,

My name is Gabriel Souza Lima and I sell hammocks and home decor from my warehouse in Orlando. My account was deactivated last week.

The problem was that in November our only employee in the warehouse was sick for two weeks and I was traveling in Brazil, so the orders were sent with 3 or 4 days of delay. I know this is bad for the customers.

What I will do now is hire a second person for the warehouse so there is always somebody to send the orders, and I will change the handling time to 2 days. I will also put the account on vacation mode when I travel.

In the future I will check every day that all orders are sent on time, even when I am not in the USA, with the app on my phone.

Thank you for your time.

Gabriel Souza Lima
Rede & Casa""",
  poa=True, rc="The problem was that", co="What I will do now is hire", pr="In the future I will check",
  done=False, style="none",
  notes="no headings, corrective only future, and no policy/metric named: T007")

M("d-appeal-odr-in-058", "account-appeal", "odr", "", "IN", "indian", "en",
  "Request for reinstatement of account - ODR",
  r"""Dear Sir/Madam,

Our seller account Balaji Home Needs has been deactivated due to ODR above 1%. We are a small seller from Coimbatore and we have been selling on Amazon for 3 years.

We humbly request you to kindly reinstate our account. We will follow all the policies of Amazon strictly from now onwards and we will make sure customers are happy. Our products are good quality kitchen items and we have many happy customers.

Please let us know what documents are required from our side and we will provide the same immediately. Kindly do the needful at the earliest as our business is stopped.

Thanks & Regards,
Murugan S
Balaji Home Needs
Mobile: 94430 12876""",
  pol=["ODR"], dec=[("phone", "94430 12876")],
  notes="no POA, only a promise to follow policies; calm")

M("d-appeal-inauth-zh-059", "account-appeal", "inauthentic", "", "US", "chinese", "en",
  "appeal",
  r"""Hello Amazon,

Our account is deactivated, we don't know why. We are factory, all our products are produced by ourselves, we have the patent and trademark, we are the brand owner of "Lumiso". Why you say we sell not genuine product? We don't understand.

We have attached the trademark certificate and the factory business license. Please check and reactivate our account as soon as possible. We have many stock in FBA and the storage fee is very high.

Waiting for your reply.

Lumiso Official Store""",
  pol=["not genuine product"],
  notes="no POA, no plan and none attached (only certificates); names the complaint as 'not genuine product'")

M("d-appeal-restricted-native-060", "account-appeal", "restricted-products", "", "US", "native", "en",
  "Question about restricted products deactivation",
  r"""Hi,

We received a notice that our account was deactivated for listing restricted products, specifically CBD gummies under the Drugs and drug paraphernalia policy. I'd like to understand the next step.

We had assumed hemp-derived products under 0.3% THC were allowed in the Health & Household category because other sellers list them. We have taken the listings down.

Could you tell us which documents you need from us, and whether a plan of action should go through this case or through the Account Health page? We want to do this correctly the first time.

Thank you,
Brian Foster
Evergreen Wellness""",
  pol=["restricted products", "Drugs and drug paraphernalia policy"],
  notes="no POA: asks about the process; the few facts given are not a plan")

M("d-appeal-related-tr-061", "account-appeal", "related-accounts", "", "UK", "turkish", "en",
  "sorry sorry please forgive us",
  r"""Dear Amazon,

We are so so sorry. We are very very sorry for everything. We apologize a thousand times, please forgive us. We never wanted to make any problem to Amazon, we love Amazon and our customers.

Our account is closed now and we don't understand the reason. Maybe we made a mistake with something, we are sorry for this mistake also. We are a small family business from Bursa and we are very sad and ashamed.

Please forgive our mistakes and open our account. We apologize again and again from our heart. We promise we will be the best seller.

Thank you thank you,
Ömer Çelik
Bursa Towel House""",
  emo=["We are so so sorry. We are very very sorry for everything.", "We apologize a thousand times, please forgive us.",
       "we are very sad and ashamed", "We apologize again and again from our heart."],
  notes="excessive apology, no POA, no policy named")

M("d-appeal-counterfeit-other-062", "account-appeal", "counterfeit", "", "AU", "other-non-native", "en",
  "Deactivation - counterfeit claim is FALSE",
  r"""Hello Amazon Australia,

My account was deactivated because of a counterfeit claim for LED torches. This claim is completely false and ridiculous. I am the importer and I have all documents from the factory in Ningbo.

The competitor who made this claim is doing this on purpose to remove me from the listing. You just believe them without any proof!! It is unbelievable how Amazon is treating honest sellers. You are destroying my business because of one lie.

I demand that you restore my account immediately and remove this fake complaint. I will not accept another automatic answer.

Dmitri Volkov
Outback Torch Supply""",
  pol=["counterfeit claim"],
  emo=["This claim is completely false and ridiculous.", "You just believe them without any proof!!",
       "You are destroying my business because of one lie.", "I demand that you restore my account immediately"],
  notes="angry, no POA; Russian-speaking seller in Australia")

M("d-appeal-related-tr-063", "account-appeal", "related-accounts", "", "UK", "turkish", "tr",
  "Hesap askıya alma itirazı",
  r"""Sayın Amazon Satıcı Performans Ekibi,

Hesabımız "Efes Home" başka bir hesapla ilişkili olduğu gerekçesiyle devre dışı bırakıldı. Bu konuda çok üzgünüz ve durumu anlamak istiyoruz.

Bizim sadece tek bir satıcı hesabımız var. Daha önce hiç başka bir hesap açmadık. Şirketimiz 2019 yılında İzmir'de kuruldu ve tüm belgelerimiz (vergi levhası, ticaret sicil gazetesi, banka hesap belgesi) ektedir.

Lütfen hangi hesapla ilişkilendirildiğimizi bize bildirin, böylece gerekli açıklamayı yapabiliriz. Hesabımızın tekrar açılmasını rica ediyoruz.

Saygılarımızla,
Kerem Aydın
Efes Home Tekstil""",
  pol=["başka bir hesapla ilişkili"],
  notes="Turkish text on the UK marketplace, no POA")

M("d-appeal-odr-other-064", "account-appeal", "odr", "", "UK", "other-non-native", "en",
  "Plan of action attached - Order Defect Rate",
  r"""Dear Seller Performance Team,

Unfortunately our Order Defect Rate went above 1% in October because of a damaged batch of glass storage jars. We have prepared a full plan of action and attached it to this case as "POA_JarsNest_ODR.pdf", together with photos of the new packaging and the supplier's QC report.

In short: the breakages came from thinner carton dividers, all affected buyers have been refunded, and we now drop-test a sample carton from every batch. The attachment explains each point in detail.

Thank you for reviewing it.

Met vriendelijke groet,
Sanne de Vries
JarsNest B.V.""",
  att=True, pol=["Order Defect Rate"],
  dec=[("mild-word", "Unfortunately"), ("file-name", "POA_JarsNest_ODR.pdf"), ("foreign-snippet", "Met vriendelijke groet")],
  notes="Dutch seller, cover letter with POA attached and a short summary; 'Unfortunately' decoy")

M("d-appeal-psa-zh-065", "account-appeal", "prohibited-seller-activities", "", "US", "chinese", "en",
  "Appeal - prohibited seller activities - POA in attachment",
  r"""Dear Seller Performance team,

Our account was deactivated for prohibited seller activities because we sent emails to buyers with our WeChat ID. We have wrote a detailed plan of action, include the root cause, the corrective actions already done and the preventive measures, and we uploaded it as attachment in this case (file name: POA-Greenleaf-1120.docx).

Please kindly review the attachment. If you need any more information, please tell us.

Thank you very much!
Greenleaf Household Store""",
  att=True, pol=["prohibited seller activities"], dec=[("file-name", "POA-Greenleaf-1120.docx")],
  notes="cover letter, POA attachment mentioned")

M("d-appeal-condition-native-066", "account-appeal", "condition", "", "US", "native", "en",
  "Appeal for reinstatement - Bookshelf Barn",
  r"""Hello,

We'd like our account reinstated. Here is what happened and what we have changed.

Where it went wrong
Over the summer we started buying book lots from estate sales. A volunteer helping us list them described a lot of books as "Very Good" that had water damage, highlighting or loose bindings. Buyers were right to complain.

What we've done
We pulled every estate-sale book that was still listed (about 1,100 titles) and re-graded them. Roughly a third were downgraded to "Acceptable" or removed. We've refunded everyone who complained in the last 90 days, no questions asked.

What we'll keep doing
Only the two owners grade books now. Each book is checked page by page for water damage and markings, and the condition note lists any defect. Once a month we read through every return comment.

Thanks for reading,
Tom and Jess Walker
Bookshelf Barn""",
  poa=True, rc="Where it went wrong", co="What we've done", pr="What we'll keep doing", done=True, style="plain",
  notes="complete POA but no policy or violation named at all (only 'complain'): T007")

M("d-appeal-idv-zh-067", "account-appeal", "identity-verification", "", "US", "chinese", "en",
  "Seller verification appeal - bank account information",
  r"""Dear Amazon Seller Identity Verification Team,

Our account was deactivated because the bank account information could not be verified (BSA Section 3). Below is our explanation and plan.

Root cause:
Our company changed the bank from Bank of China to China Merchants Bank in August, but our staff did not update the deposit method in Seller Central, so the name on the bank account statement did not match.

Actions done:
We updated the deposit method with the new account on 2026.11.05. The details are: 招商银行深圳分行 开户行：招商银行股份有限公司深圳科技园支行 银行账号：7559 2871 0331 806 户名：深圳市锐达贸易有限公司. The new bank statement is attached.

Preventive measures:
Any change of company information will be updated in Seller Central within 3 days by our finance manager, and we will check the account information page every month.

Thanks!
Shenzhen Ruida Trading Co., Ltd.""",
  poa=True, rc="Root cause:", co="Actions done:", pr="Preventive measures:", done=True, style="colon",
  pol=["BSA Section 3"], sec=[("bank-account", "7559 2871 0331 806")],
  dec=[("foreign-snippet", "招商银行深圳分行")],
  notes="full Chinese bank account number with 开户行 pasted into an English appeal")

M("d-appeal-related-de-068", "account-appeal", "related-accounts", "", "DE", "other-non-native", "de",
  "Einspruch gegen Deaktivierung - verbundenes Konto",
  r"""Sehr geehrtes Seller-Performance-Team,

unser Verkäuferkonto "Schwarzwald Holzwerk" wurde deaktiviert, weil es mit einem anderen, gesperrten Konto verbunden sein soll. Hier ist unser Maßnahmenplan.

Ursache:
Unser ehemaliger Mitarbeiter hat im Frühjahr 2026 von unserem Büro-Laptop aus auch das Konto seines eigenen Nebengewerbes verwaltet. Dieses Konto wurde wegen Nichtvorlage von Dokumenten gesperrt. Dadurch entstand die Verbindung über das gleiche Gerät und Netzwerk.

Bereits umgesetzte Maßnahmen:
Der Mitarbeiter hat das Unternehmen im Juli verlassen. Wir haben alle Benutzerberechtigungen überprüft, den Laptop neu aufgesetzt und einen neuen Internetanschluss eingerichtet.

Vorbeugende Maßnahmen:
Auf unseren Geräten darf nur noch unser eigenes Konto aufgerufen werden. Jeder Mitarbeiter unterschreibt eine entsprechende Richtlinie, und wir prüfen die Benutzerberechtigungen vierteljährlich.

Mit freundlichen Grüßen
Markus Brenner
Schwarzwald Holzwerk GmbH""",
  poa=True, rc="Ursache:", co="Bereits umgesetzte Maßnahmen:", pr="Vorbeugende Maßnahmen:", done=True,
  style="colon", pol=["mit einem anderen, gesperrten Konto verbunden"],
  notes="German POA on the German marketplace (not English-required)")

M("d-appeal-lsr-pt-069", "account-appeal", "late-shipment", "", "US", "latam", "pt",
  "Recurso - taxa de envio atrasado",
  r"""Prezada equipe de Desempenho do Vendedor,

Nossa conta "Brasil Café Direto" foi desativada porque a taxa de envio atrasado ficou em 8%, acima da meta de 4%.

Causa raiz: Em outubro nosso único funcionário do armazém em Miami saiu da empresa e demoramos três semanas para contratar outra pessoa. Nesse período os pedidos foram enviados com atraso de 2 a 5 dias.

Ações já realizadas: Contratamos dois funcionários novos, aumentamos o prazo de manuseio para 2 dias e enviamos 60% do estoque para o FBA, para que a Amazon faça o envio.

Prevenção: O gerente vai verificar todos os dias o relatório de pedidos pendentes e, se houver falta de pessoal, vamos ativar o modo férias imediatamente.

Agradecemos a atenção.

Atenciosamente,
Fernanda Oliveira
Brasil Café Direto""",
  poa=True, rc="Causa raiz: Em outubro", co="Ações já realizadas:", pr="Prevenção: O gerente", done=True,
  style="inline", pol=["taxa de envio atrasado"], notes="Portuguese POA on the US marketplace")

M("d-reinst-ipcopy-native-070", "listing-reinstatement", "ip-copyright", "", "US", "native", "en",
  "Listing removed - copyright (DMCA) notice - ASIN B0CR9MT5XF",
  r"""Hello,

Our print-on-demand poster (ASIN B0CR9MT5XF) was removed after a copyright notice from an illustrator who says the artwork is hers.

ROOT CAUSE
The artwork came from a freelance designer we hired on a gig site. He told us it was original work. It turns out he traced the illustrator's published piece. We had no contract clause requiring proof of originality.

WHAT WE DID
We removed the design from every channel we sell on, not just Amazon, and destroyed remaining stock. We contacted the illustrator directly, apologized and paid her a licensing fee for the units already sold; she has agreed to withdraw the notice. We ended the relationship with the designer.

PREVENTION
Every freelance contract now includes an originality warranty and requires working files. We run each new design through a reverse image search before listing it.

Thank you,
Ellie Navarro
Wallspace Prints""",
  poa=True, rc="ROOT CAUSE", co="WHAT WE DID", pr="PREVENTION", done=True, style="caps",
  pol=["copyright notice"], dec=[("asin", "B0CR9MT5XF")], notes="caps headings, complete")

# ---- non-appeals: FBA reimbursement
M("d-fba-lostin-zh-071", "fba-reimbursement", "", "lost-inbound", "US", "chinese", "en",
  "Shipment FBA17QXR9M3K received quantity less than shipped - please investigate",
  r"""Dear Seller Support,

Our shipment FBA17QXR9M3K was shipped to ONT8 with 12 cartons, total 480 units of SKU YH-MUG-350-BL. Now the shipment is closed and the received quantity only 432, 48 units are missing, that is one full carton.

We have checked our side：
1. The carrier POD show 12 cartons delivered and signed on 2026.10.22 (tracking 1Z8V47A20391847562).
2. Every carton has the same weight 14.2kg in the BOL.
3. The carton labels were printed from Seller Central, no label duplicated.

Attached are the POD, the packing list and the commercial invoice. Kindly help us to investigate and reimburse the missing 48 units.

Thank you!
Yihang Home""",
  dec=[("shipment-id", "FBA17QXR9M3K"), ("tracking-number", "1Z8V47A20391847562"), ("sku", "YH-MUG-350-BL")],
  notes="calm lost-inbound claim, Chinese seller, full-width colon")

M("d-fba-lostin-in-072", "fba-reimbursement", "", "lost-inbound", "IN", "indian", "en",
  "Shipment received short - reimbursement required",
  r"""Dear Team,

This is regarding our FBA shipment FBA15DN8KW4Z sent to BLR7 fulfilment centre. As per our records we have sent 200 units of SKU PR-KURTI-M-RED in 5 boxes, but only 160 units are showing as received.

Courier: Delhivery, AWB 3198472610554. The delivery was done on 12th November and receiving was closed on 19th November.

We have attached the invoice copy and the proof of delivery. Kindly investigate the matter and reimburse the 40 units at the earliest. Kindly do the needful.

Regards,
Priya Raman
Raman Ethnic Wear""",
  dec=[("shipment-id", "FBA15DN8KW4Z"), ("tracking-number", "3198472610554"), ("sku", "PR-KURTI-M-RED")],
  notes="Indian English, calm")

M("d-fba-whlost-native-073", "fba-reimbursement", "", "warehouse-lost", "US", "native", "en",
  "Units lost in warehouse - reimbursement not issued",
  r"""Hi,

According to the Inventory Ledger, 14 units of FNSKU X00471KQ2P were marked as lost in the fulfillment center on October 3 (reference 8830192744). It's now been more than 30 days and neither a "found" adjustment nor a reimbursement has appeared.

Could you please open an investigation and reimburse these units at our average sale price of $34.99? I've attached the ledger export filtered to this FNSKU.

Thanks,
Natalie Brooks
Brooks Pet Supply""",
  dec=[("fnsku", "X00471KQ2P")],
  notes="native, calm, short")

M("d-fba-whdmg-tr-074", "fba-reimbursement", "", "warehouse-damaged", "UK", "turkish", "en",
  "Damaged in warehouse - wrong reimbursement amount",
  r"""Hello Seller Support,

We saw that 22 units of our copper coffee pots (FNSKU X003PLM8TQ) were damaged in the fulfilment centre LTN4 and you reimbursed us £3.10 per unit. But the sale price of this product is £29.90 and the manufacturing cost is more than £11. The reimbursement ID is 4418275093.

Unfortunately this amount is not correct. Can you please check again and reimburse based on the right value? We have attached the invoice from our factory in Gaziantep.

Thank you,
Cem Yılmaz
Anatolian Copper""",
  dec=[("fnsku", "X003PLM8TQ"), ("reimbursement-id", "4418275093"), ("mild-word", "Unfortunately")],
  notes="calm, one 'Unfortunately'")

M("d-fba-return-latam-075", "fba-reimbursement", "", "customer-return", "US", "latam", "en",
  "Customer refunded but item never returned",
  r"""Hello,

The buyer of order 111-7736201-4482915 was refunded on September 30 but the item was never returned to the warehouse. It has been more than 60 days. The tracking of the return label show no movement.

Please reimburse this unit, the product is a leather messenger bag, price $89.00. I attach the screenshot of the return tracking and the order details page so you can see there is no scan after the label was created.

Gracias,
Diego Paredes
Cuero Fino""",
  dec=[("order-id", "111-7736201-4482915"), ("foreign-snippet", "Gracias")],
  notes="short, Latin American")

M("d-fba-return-native-076", "fba-reimbursement", "", "customer-return", "US", "native", "en",
  "FOURTH TIME ASKING - refunds with no returns",
  r"""I am so sick of this.

This is the FOURTH case I have opened about the same 9 orders where the customer got a refund and NOTHING came back to the warehouse. Every time, someone closes the case saying "the item was returned" and every time I check the ledger and it is NOT THERE.

Orders: 114-2290384-7716530, 112-8841027-3390256, 113-5520917-8864412 and six more in the attached sheet.

Do your people even read these cases? I'm out almost $600 and I'm done being polite about it. If this gets closed without a real answer one more time I'm filing a complaint with the Better Business Bureau and posting the whole history in the seller forums.

Fix it.

Greg Thompson""",
  emo=["I am so sick of this.", "This is the FOURTH case I have opened", "Do your people even read these cases?",
       "I'm done being polite about it", "Fix it."],
  dec=[("order-id", "114-2290384-7716530"), ("order-id", "112-8841027-3390256"), ("order-id", "113-5520917-8864412")],
  notes="shouting and threats in a non-appeal")

M("d-fba-removal-zh-077", "fba-reimbursement", "", "removal", "US", "chinese", "en",
  "Removal order items not received",
  r"""Dear Seller Support,

We created removal order WVfN3Q7mK2 on 2026.09.18 for 150 units of SKU HB-LAMP-WH, the status showing "Completed" and 150 units shipped, but our warehouse only received 96 units. The carrier is UPS, tracking 1Z4X9Y820337196054 and 1Z4X9Y820337196063.

The second package never arrive. We asked UPS and they said the package was not picked up from the fulfillment center.

Please help to check and reimburse the 54 units. Thank you very much for your help!

Best regards
Hongbo Lighting""",
  dec=[("removal-order-id", "WVfN3Q7mK2"), ("tracking-number", "1Z4X9Y820337196054"),
       ("tracking-number", "1Z4X9Y820337196063"), ("sku", "HB-LAMP-WH")],
  notes="removal order partly lost")

M("d-fba-dmgin-other-078", "fba-reimbursement", "", "damaged-inbound", "CA", "other-non-native", "en",
  "Inbound shipment damaged by carrier (Amazon partnered)",
  r"""Hello,

Our shipment FBA16MZP4T8Q arrived at YYZ4 with 3 cartons crushed. The shipment was sent with the Amazon Partnered Carrier, so I believe Amazon is responsible. 30 units of glass vases were damaged and disposed.

BOL number is 507316286 and PRO 482019375. I have photos from before pickup showing the cartons in perfect state.

Please reimburse the 30 units.

Pozdrawiam,
Katarzyna Wiśniewska
Vaso Design""",
  dec=[("shipment-id", "FBA16MZP4T8Q"), ("bol-number", "507316286"), ("pro-number", "482019375"),
       ("foreign-snippet", "Pozdrawiam")],
  notes="9-digit BOL and PRO numbers that are not routing numbers")

M("d-fba-lostin-es-079", "fba-reimbursement", "", "lost-inbound", "US", "latam", "es",
  "Unidades faltantes en envío FBA15XW2L8PN",
  r"""Hola equipo de soporte,

Enviamos el envío FBA15XW2L8PN al centro de distribución MIA1 con 8 cajas y 320 unidades de la SKU ALP-GORRO-LANA. El transportista entregó las 8 cajas el 4 de noviembre, tenemos la prueba de entrega firmada.

Sin embargo, el envío se cerró con solo 280 unidades recibidas. Faltan 40 unidades, que corresponden a una caja completa.

Por favor revisen el caso y nos reembolsen las unidades faltantes. Adjuntamos la factura comercial y la lista de empaque.

Muchas gracias,
Julián Torres
Alpaca Andes Import""",
  dec=[("shipment-id", "FBA15XW2L8PN"), ("sku", "ALP-GORRO-LANA")],
  notes="Spanish FBA claim on the US marketplace")

M("d-fba-whlost-in-080", "fba-reimbursement", "", "warehouse-lost", "US", "indian", "en",
  "Lost inventory - reimbursement request and payment",
  r"""Dear Seller Support,

47 units of our SKU JT-BRASS-LAMP have been marked as lost in the fulfilment centre (FNSKU X004AB71RT). Kindly reimburse the same.

Also since our disbursements are failing, please send the reimbursement to our new bank account directly: account number 50100473829164, routing number 026009593, account name Jyoti Traders Inc. Kindly update the same and revert.

Thanks and regards,
Ankit Verma
Jyoti Traders Inc.""",
  sec=[("bank-account", "50100473829164"), ("routing-number", "026009593")],
  dec=[("fnsku", "X004AB71RT"), ("sku", "JT-BRASS-LAMP")],
  notes="bank account and routing number pasted into an FBA claim")

M("d-fba-whdmg-native-081", "fba-reimbursement", "", "warehouse-damaged", "UK", "native", "en",
  "Warehouse damaged units - query on reimbursement",
  r"""Hello,

I noticed in the Inventory Adjustments report that 6 units of our ceramic planters were marked as warehouse damaged at BHX4 on 2 November, but no reimbursement has been issued. The FNSKU is X002ZQ8NLK.

Could you check whether these units are due a reimbursement, or whether they have been moved to unfulfillable by mistake? If there is a password-protected report I need to download for this, please point me to it.

Many thanks,
Fiona Clarke
Clay & Leaf""",
  dec=[("fnsku", "X002ZQ8NLK"), ("password-word", "password-protected")],
  notes="'password' mentioned with no value")

M("d-fba-return-zh-082", "fba-reimbursement", "", "customer-return", "US", "chinese", "en",
  "Customer return wrong item - please reimburse",
  r"""Hello Amazon,

The customer of order 113-6620471-9983501 returned a different item to FBA, not our product. We sell the 20000mAh power bank, but the returned item is an old 5000mAh power bank of another brand, the LPN is LPNRR718203456.

The reason of the problem is the warehouse did not check the returned item carefully and put it back to our inventory. We request to reimburse this unit and remove the wrong item from our inventory.

Thank you very much!
Powerdays Store""",
  dec=[("order-id", "113-6620471-9983501"), ("lpn", "LPNRR718203456")],
  notes="'the reason of the problem' in a non-appeal")

M("d-fba-lostin-tr-083", "fba-reimbursement", "", "lost-inbound", "US", "turkish", "en",
  "Missing units - shipment FBA18KT3Q9WP - please help, we are losing money",
  r"""Dear Seller Support,

Our shipment FBA18KT3Q9WP (6 pallets, Turkish cotton towels) was delivered to AVP1 on October 9, but after 6 weeks it still shows 0 received for 2 of the pallets. I opened 3 cases before and every time I get a message to wait.

This is killing our small company. We paid the production, the shipping from Turkey and the customs, and now half of our stock is lost somewhere. We are completely hopeless, nobody helps us. Please, please, someone look at this seriously.

PO number is 3471092 and the freight BOL is 762510398.

Emre Koç
Pamuk Loom""",
  emo=["This is killing our small company.", "We are completely hopeless, nobody helps us.",
       "Please, please, someone look at this seriously."],
  dec=[("shipment-id", "FBA18KT3Q9WP"), ("po-number", "3471092"), ("bol-number", "762510398")],
  notes="despair in an FBA claim")

M("d-fba-removal-native-084", "fba-reimbursement", "", "removal", "US", "native", "en",
  "Removal order shipped to wrong address",
  r"""Hello,

Our removal order 7HJ4KQ2LPX shipped to the old warehouse address we used two years ago instead of the address we entered on the order. The tracking (9400111899561237485201) shows it delivered to Reno, NV; our ship-to was Sparks, NV.

We've called the old facility and they have no record of receiving it. Could you either recover the shipment or reimburse the 60 units? Order details and a screenshot of the address we entered are attached.

Thank you,
Lisa Tran
Sierra Basics""",
  dec=[("removal-order-id", "7HJ4KQ2LPX"), ("tracking-number", "9400111899561237485201")],
  notes="calm removal claim")

# ---- non-appeals: technical issues
M("d-tech-login-zh-085", "technical-issue", "", "login", "US", "chinese", "en",
  "Cannot login Seller Central - Two-Step Verification not receive code",
  r"""Dear Seller Support,

Our account manager changed her phone number and now we cannot receive the Two-Step Verification code, so nobody can login our Seller Central since 3 days.

For your checking, the login email is ops@kaiyuanhome.cn and the password is Kaiyuan#2026home. The verification code that come to the old number yesterday was 582 907, but it expired.

Please help us to reset the 2SV phone number to +86 138 2716 4409. Thanks a lot!

Kaiyuan Home""",
  sec=[("password", "Kaiyuan#2026home"), ("one-time-code", "582 907")],
  dec=[("phone", "+86 138 2716 4409")],
  notes="password and an OTP written with a space inside, Chinese seller")

M("d-tech-login-native-086", "technical-issue", "", "login", "US", "native", "en",
  "Locked out after password reset",
  r"""Hi,

I reset my password this morning and since then every login attempt ends with "We cannot verify your identity" and a loop back to the sign-in page. I've tried Chrome and Safari, cleared cookies, and tried from my phone. The verification code arrives by text each time, but after I enter it I'm sent back to the start.

I have not shared my password or codes with anyone, and I'd rather not put them here. Can someone look at the account on your side? The merchant token is A2KX7QW9RT3ZLM.

Thanks,
Mark Sullivan
Sullivan Tackle""",
  dec=[("password-word", "I reset my password"), ("verification-code-word", "The verification code arrives by text"),
       ("merchant-token", "A2KX7QW9RT3ZLM")],
  notes="mentions password and verification code, no values")

M("d-tech-login-ja-087", "technical-issue", "", "login", "JP", "other-non-native", "ja",
  "セラーセントラルにログインできません",
  r"""Amazonセラーサポート御中

いつもお世話になっております。株式会社ミナト雑貨の佐藤と申します。

昨日からセラーセントラルにログインできなくなりました。パスワードを入力すると「アカウントがロックされています」と表示されます。念のため、現在のパスワードはminato-Zakka88です。また、登録しているクレジットカードの暗証番号は4471です。

二段階認証の電話番号は以前の担当者のものなので、コードを受け取ることができません。担当者の変更手続きをお願いできますでしょうか。

お手数をおかけしますが、よろしくお願いいたします。

株式会社ミナト雑貨
佐藤 健一""",
  sec=[("password", "minato-Zakka88"), ("password", "4471")],
  notes="Japanese on JP (not English-required): パスワード and 暗証番号 given")

M("d-tech-payment-zh-088", "technical-issue", "", "payment-method", "US", "chinese", "zh",
  "无法更新收费方式",
  r"""您好，亚马逊卖家支持团队：

我们的店铺"乐途户外"最近收到通知，说我们的信用卡已经过期，需要更新收费方式。但是我们在卖家平台添加新卡的时候，一直提示"无法验证此卡"。

新卡信息如下，麻烦帮忙手动添加：
卡号：6225 8840 1937 2650 034
有效期：2029年6月
安全码：731
持卡人：王建国

我们已经试了三次，每次都失败。银行说卡是正常的，没有任何限制。请问是什么原因？是否需要提供其他资料？

谢谢！
乐途户外 王建国""",
  sec=[("card", "6225 8840 1937 2650 034"), ("card-expiry", "2029年6月"), ("card-code", "731")],
  notes="Chinese text on US with a 19-digit UnionPay number, expiry and security code")

M("d-tech-payment-in-089", "technical-issue", "", "payment-method", "IN", "indian", "en",
  "Unable to add credit card for subscription charges",
  r"""Dear Seller Support,

We are unable to add our company credit card as the charge method. The page is showing error "There was a problem processing your card". Card details for your reference: Amex 3782 840261 54314, valid thru 11/28, 4 digit code on the front is 7305.

Kindly check from your end and do the needful. Our selling account has a negative balance and we do not want it to be affected.

Regards,
Deepak Iyer
Iyer Spices Pvt Ltd""",
  sec=[("card", "3782 840261 54314"), ("card-expiry", "11/28"), ("card-code", "7305")],
  notes="Amex 4-6-5 grouping, 'valid thru', 4-digit code on the front")

M("d-tech-deposit-other-090", "technical-issue", "", "deposit-method", "UK", "other-non-native", "en",
  "Deposit method verification failing",
  r"""Hello,

We are trying to add our German business bank account as deposit method for Amazon.co.uk and it fails with "The bank account could not be verified". Our IBAN is DE44 5001 0517 5407 3249 31, BIC INGDDEFFXXX, account holder Bergmann Outdoor GmbH.

We have entered it exactly like on the bank statement. Could you tell us what is wrong?

Danke und viele Grüße,
Jonas Bergmann
Bergmann Outdoor GmbH""",
  sec=[("iban", "DE44 5001 0517 5407 3249 31")],
  dec=[("swift-code", "INGDDEFFXXX"), ("foreign-snippet", "Danke und viele Grüße")],
  notes="IBAN written in groups of four; BIC is a decoy")

M("d-tech-deposit-tr-091", "technical-issue", "", "deposit-method", "UK", "turkish", "en",
  "Disbursement failed - bank account",
  r"""Dear Seller Support,

Our last two disbursements failed and the money is back in our account balance. The deposit method is our Turkish bank in GBP. The IBAN is TR710001000653847261093847, it is correct, we checked with the bank.

The bank says they did not receive any transfer request. Can you check what is the problem? We need the payment for the supplier.

Teşekkürler,
Serkan Aksoy
Aksoy Home Ltd""",
  sec=[("iban", "TR710001000653847261093847")],
  dec=[("foreign-snippet", "Teşekkürler")],
  notes="IBAN written with no separators at all")

M("d-tech-deposit-native-092", "technical-issue", "", "deposit-method", "US", "native", "en",
  "Bank account change not saving",
  r"""Hi,

Every time I try to change my deposit method to our new business checking account, the form says "Information saved" and then the old account is still listed when I go back to the page.

It's a Chase business account. I didn't want to paste the numbers in here, but I can confirm the routing number ends in 021 and the account number ends in 4408. Our EIN is 84-3921057.

Is there a waiting period I'm not aware of, or is something broken on the page?

Thanks,
Carla Jensen
Jensen Garden Tools""",
  dec=[("tax-id", "84-3921057")],
  notes="only the last digits of the routing/account numbers: no secret")

M("d-tech-upload-zh-093", "technical-issue", "", "listing-upload", "US", "chinese", "en",
  "Flat file upload error 8541 - please help",
  r"""Dear Seller Support,

When we upload the inventory file for our new products (14 SKUs of garden hose), we always get error 8541 and error 8572. The batch ID is 50218374609. We have checked the UPC is correct and we have the GS1 certificate.

The reason of the problem maybe the system match our UPC with another ASIN B0B7Q2XK4M which is not our product.

Please help us to check and fix it. The file name is "hose_upload_1118.xlsm".

Thanks
Greenflow Garden""",
  dec=[("error-code", "8541"), ("error-code", "8572"), ("feed-id", "50218374609"), ("asin", "B0B7Q2XK4M"),
       ("file-name", "hose_upload_1118.xlsm")],
  notes="listing upload errors")

M("d-tech-upload-latam-094", "technical-issue", "", "listing-upload", "US", "latam", "en",
  "Cannot create variations - error",
  r"""Hello,

I'm trying to create a parent-child variation for my ponchos (sizes S, M, L, XL and 4 colors) but the upload says the variation theme "SizeColor" is not valid for this product type. I used the template from Seller Central downloaded this week.

Can you tell me which theme I should use? I tried "Size-Color" and "SizeName-ColorName" also and nothing works.

Thanks a lot,
Ximena Castro
Ponchos del Sur""",
  notes="simple technical question, no sensitive data")

M("d-tech-report-in-095", "technical-issue", "", "report-error", "US", "indian", "en",
  "Settlement report not downloading",
  r"""Dear Team,

We are unable to download the settlement report for the period 1st October to 15th October. The settlement ID is 18839204711. The page is showing "Report is not available" since one week.

Our accounts team needs this for GST filing. Kindly look into the matter and revert at the earliest. If you need our login details kindly inform, we can share the OTP when you call.

Regards,
Sunita Rao
Rao Brassware""",
  dec=[("settlement-id", "18839204711"), ("otp-word", "we can share the OTP when you call")],
  notes="OTP mentioned, no value")

M("d-tech-page-native-096", "technical-issue", "", "page-error", "US", "native", "en",
  "Manage Inventory page won't load - this is beyond frustrating",
  r"""Hello,

For three days now the Manage Inventory page has been stuck on a spinning wheel. It loads fine for my assistant on her laptop but not for me, even after clearing cache, using a private window, and trying a different computer.

It's frustrating because I can't update prices ahead of the holiday weekend. Is there a known issue with accounts that have more than 10,000 SKUs, or something tied to my user permissions?

Thanks,
Janet Cole
Cole Craft Supply""",
  dec=[("mild-word", "It's frustrating")],
  notes="calm, 'frustrating' twice is a mild word only")

M("d-tech-api-other-097", "technical-issue", "", "api", "US", "other-non-native", "en",
  "SP-API error 403 on Orders API",
  r"""Hello,

Since 25 November our application (app ID amzn1.sp.solution.7c2e91a4-55b0-4f3e-9d1a-3a8e0c6b2f10) gets 403 Unauthorized when calling getOrders. Token refresh works, only the Orders API fails. We have the Direct-to-Consumer Shipping role approved.

We have not changed anything. Is there a problem with the role or some new restriction? Our developer can send you the request ID from the response headers.

Thank you,
Petr Dvořák
ShopLink s.r.o.""",
  dec=[("app-id", "amzn1.sp.solution.7c2e91a4-55b0-4f3e-9d1a-3a8e0c6b2f10")],
  notes="Czech developer, API app ID is not a secret")

M("d-tech-login-latam-098", "technical-issue", "", "login", "US", "latam", "en",
  "No puedo entrar - cannot access account",
  r"""Hello support,

I can not enter to my seller account. It ask for a code by SMS and I receive it, I put it and it says the code is incorrect. The last one was 30 47 19, I put it exactly in less than one minute.

My user is ventas@artesaniasoaxaca.mx and the pasword is Oaxaca_Barro2026! if you need to check.

Please help me urgent, I have orders to ship.

Gracias,
Fernando Ruiz
Artesanías Oaxaca""",
  sec=[("one-time-code", "30 47 19"), ("password", "Oaxaca_Barro2026!")],
  dec=[("mild-plea", "Please help me urgent")],
  notes="OTP with spaces, misspelled 'pasword' label")

M("d-tech-tax-zh-099", "technical-issue", "", "tax-interview", "US", "chinese", "en",
  "Tax interview W-8BEN-E cannot submit",
  r"""Hello,

We are trying to complete the tax interview (W-8BEN-E) for our Hong Kong company, but at the last step the page shows error "Something went wrong" and cannot submit. We have tried 5 times in 2 days.

Company name: Everbright Trading (HK) Limited, business registration number 71829465. We don't have a US TIN, we checked "not required".

Please kindly help to check. Thank you!
Everbright Trading""",
  dec=[("tax-id", "71829465")],
  notes="tax interview page error")

M("d-tech-label-tr-100", "technical-issue", "", "shipping-label", "US", "turkish", "en",
  "Buy Shipping label charged twice",
  r"""Hello,

We bought a shipping label for order 112-4091736-5528409 with Buy Shipping, the page froze and we clicked again. Now we are charged two times ($18.42 each) but we have only one tracking number 9400136208571938472615.

Could you please refund the second label? We did not print it and we did not use it, there is only one package. I attach the screenshot of the two charges from the transaction view. Thank you.

Saygılar,
Deniz Eren""",
  dec=[("order-id", "112-4091736-5528409"), ("tracking-number", "9400136208571938472615"), ("foreign-snippet", "Saygılar")],
  notes="short, calm")

# ---- non-appeals: brand disputes
M("d-brand-hijack-zh-101", "brand-dispute", "", "hijacker", "US", "chinese", "en",
  "Hijacker selling fake product on our brand listing",
  r"""Dear Brand Registry Team,

We are the brand owner of "Aurevo" (US trademark registration No. 7123984). Since 2026.11.10 there is a seller "QuickDeal Mart" selling on our ASIN B0CTQ8N4YK with lower price. We made a test buy (order 114-8820374-1196523) and the product received is fake, without our logo and the packaging is different.

Evidence：
1. Photos of the test buy product and our genuine product.
2. Our trademark certificate.
3. The order invoice.

Please remove this seller from our listing as soon as possible. Thank you!

Aurevo Brand Team""",
  pol=["trademark"],
  dec=[("trademark-number", "7123984"), ("asin", "B0CTQ8N4YK"), ("order-id", "114-8820374-1196523")],
  notes="calm hijacker report with test buy")

M("d-brand-hijack-native-102", "brand-dispute", "", "hijacker", "US", "native", "en",
  "Counterfeit sellers on my listing AGAIN",
  r"""This is ridiculous. I have reported the same counterfeit seller on my listing (ASIN B0B9LM2QTX) SIX times. Six! Every time they get removed for a day and come back under a new name. Meanwhile they're selling junk under my brand and my reviews are tanking because customers think the garbage they received is mine.

I pay for Brand Registry. I did the test buys. I sent you the photos. What more do you people want from me??

If this isn't handled properly this time, I'm going to sue the seller AND talk to a lawyer about Amazon's role in this. I am sick to death of doing your job for you.

Jason Wells
Owner, WellsGrip""",
  emo=["This is ridiculous.", "Six!", "What more do you people want from me??",
       "I'm going to sue the seller AND talk to a lawyer", "I am sick to death of doing your job for you."],
  dec=[("asin", "B0B9LM2QTX")],
  notes="angry brand owner, threats")

M("d-brand-contrib-in-103", "brand-dispute", "", "listing-contribution", "IN", "indian", "en",
  "Wrong details updated on our brand listing by other seller",
  r"""Dear Team,

We are the registered brand owner of "Shringar Jewels" and our listing ASIN B0C2TK7WQP detail page has been changed. Somebody has changed the title and main image to a different product. As brand owner our contribution should have priority.

Kindly restore our original title, bullet points and images as per our last flat file submission. Kindly revert with the update.

Regards,
Neha Agarwal
Shringar Jewels""",
  dec=[("asin", "B0C2TK7WQP")], notes="listing contribution dispute")

M("d-brand-owner-latam-104", "brand-dispute", "", "brand-ownership", "US", "latam", "en",
  "Brand Registry application rejected - we are the owner",
  r"""Hello,

Our Brand Registry application for the brand "Tierra Viva" was rejected. The message says the trademark owner does not match. Our trademark is registered with USPTO serial number 98234761 in the name of Tierra Viva Organics LLC, which is our company.

I think the problem is the name in the application was written as "Tierra Viva Organics, LLC" with comma. Can you please review again or tell us how to correct it?

Thank you,
Mariana López""",
  pol=["Brand Registry"], dec=[("trademark-number", "98234761")],
  notes="brand ownership mismatch, calm")

M("d-brand-program-zh-105", "brand-dispute", "", "transparency", "US", "chinese", "en",
  "Transparency code problem - units rejected",
  r"""Dear Amazon Transparency Team,

Our brand "Lumora" is enrolled in Transparency. Our last shipment FBA19RN2K7TZ was put on hold because the fulfillment center said the Transparency codes cannot be scanned. One example code on the label is AZ:7F3K9QX2M8P4L6W1.

We printed the labels with the Transparency app and the printer is 300 dpi. Please help to check the reason of the problem and release the shipment.

Thank you very much!
Lumora Official""",
  pol=["Transparency"], dec=[("shipment-id", "FBA19RN2K7TZ"), ("transparency-code", "AZ:7F3K9QX2M8P4L6W1")],
  notes="Transparency code is not a secret")

M("d-brand-hijack-tr-106", "brand-dispute", "", "hijacker", "UK", "turkish", "en",
  "Unauthorized seller using our brand",
  r"""Dear Brand Registry Support,

We own the brand "Nazar Craft", UK trademark UK00003790118. A seller named "BestPriceUK22" is selling on our listing ASIN B0D5KPW3XT, but we never sold to any distributor in UK, all our products are sold only by us.

We believe they are selling copy products. We have did a test purchase (order 202-3847261-7718352), the product is coming next week. Can you please take action already now?

Best regards,
Yusuf Kara
Nazar Craft""",
  pol=["trademark"],
  dec=[("trademark-number", "UK00003790118"), ("asin", "B0D5KPW3XT"), ("order-id", "202-3847261-7718352")],
  notes="'We have did a test purchase'")

# ---- non-appeals: category approval
M("d-cat-grocery-zh-107", "category-approval", "", "grocery", "US", "chinese", "en",
  "Apply for Grocery category approval - documents",
  r"""Dear Category Approval Team,

We want to apply the approval for Grocery & Gourmet Food category to sell our green tea products. Attached please find：
1. Invoice from the manufacturer Fujian Mingyuan Tea Co., Ltd. (3 invoices, total 1,500 units)
2. FDA food facility registration of the manufacturer, registration number 17592036488
3. Product label photos with English ingredient list and best before date

Please kindly review and approve our application. Thank you!

Mingyuan Tea US""",
  dec=[("certificate-number", "17592036488")],
  notes="grocery ungating, Chinese seller")

M("d-cat-topicals-in-108", "category-approval", "", "beauty-topicals", "IN", "indian", "en",
  "Approval request for beauty category",
  r"""Dear Team,

We have applied for the approval to sell in Beauty (topicals) category for our Ayurvedic face creams. The application was rejected stating the invoice is not valid.

We are attaching once again the invoice from the manufacturer along with their drug licence number and the GMP certificate. The invoice is dated within last 180 days and has our company name and address as per Seller Central.

Kindly review the same and approve at the earliest. Kindly do the needful.

Regards,
Manoj Pillai
Kerala Herbals""",
  notes="beauty ungating follow-up")

M("d-cat-automotive-native-109", "category-approval", "", "automotive", "US", "native", "en",
  "Follow-up: Automotive & Powersports approval",
  r"""Hi,

I applied for Automotive & Powersports approval two weeks ago (we sell replacement truck mirrors) and haven't heard anything. The application status just says "Under review".

I included the distributor invoices for 400 units and our business license. Is there anything else I should send? If you need a product photo with the packaging, I can provide that.

Thanks,
Eric Dawson
Dawson Truck Parts""",
  notes="follow-up on ungating")

M("d-cat-collect-other-110", "category-approval", "", "collectibles", "US", "other-non-native", "en",
  "Request for Collectible Coins approval",
  r"""Hello,

We are a coin dealer from Italy (Numismatica Ferraro) and we would like to sell collectible coins on Amazon.com. We are members of the Italian numismatic association and all our coins are graded by PCGS or NGC.

Can you please tell us what documents are required for the approval? We can send the grading certificates, our company registration and the last 3 purchase invoices.

Grazie mille,
Luca Ferraro""",
  dec=[("foreign-snippet", "Grazie mille")],
  notes="question about requirements")

M("d-cat-jewelry-zh-111", "category-approval", "", "jewelry", "US", "chinese", "en",
  "Jewelry category approval rejected 3 times - please help!!!",
  r"""Dear Amazon,

We applied the fine jewelry approval 3 times and every time rejected, we don't understand why!!! We paid the fee, we send the invoice, the XRF test report, everything you ask. Why always reject??? This is so unfair for us, we waste a lot of money and time.

Please tell us the real reason, we are going crazy with this. Our jewelry is real 925 silver, we are factory since 15 years.

Shenzhen Jinyao Jewelry""",
  emo=["we don't understand why!!!", "Why always reject???", "This is so unfair for us",
       "we are going crazy with this"],
  notes="frustrated ungating request with repeated punctuation")

M("d-cat-supplement-latam-112", "category-approval", "", "dietary-supplements", "US", "latam", "en",
  "Dietary supplements approval - COA and GMP",
  r"""Hello team,

We want to sell our maca root capsules in the Dietary Supplements category. We attached the Certificate of Analysis from an ISO 17025 lab, the cGMP certificate of our manufacturer in Lima and the product label. For your information, the lot on the label is ML-2611-04.

Please let us know if anything is missing.

Saludos,
Renzo Vargas
Andes Superfoods""",
  dec=[("lot-number", "ML-2611-04"), ("foreign-snippet", "Saludos")],
  notes="supplements ungating")

M("d-cat-grocery-native-113", "category-approval", "", "grocery", "US", "native", "en",
  "Grocery approval - card on file for fee?",
  r"""Hi,

I'm applying for Grocery approval for our small-batch hot sauces. The application asked whether there is a fee, and I wasn't sure if it would be charged to the card on file. Just in case, the card we want to use is 5524-3301-9847-2612, expiration 07/27.

Also, do you need the kitchen's state food license or only the FDA registration?

Thanks,
Amy Ross
Blaze & Honey Sauce Co.""",
  sec=[("card", "5524-3301-9847-2612"), ("card-expiry", "07/27")],
  notes="card number and expiry pasted into an ungating question")

M("d-tech-deposit-in-114", "technical-issue", "", "deposit-method", "IN", "indian", "en",
  "Bank account verification pending",
  r"""Dear Team,

Our deposit method verification is pending since 10 days. The bank account details entered are as follows: HDFC Bank, IFSC HDFC0001234, account holder Sri Lakshmi Textiles.

Kindly verify the account and update the status. We are not able to receive our disbursement and our suppliers payment is due this week. The cancelled cheque and bank letter were uploaded on 18th November. Kindly do the needful.

Regards,
Ramesh Babu
Sri Lakshmi Textiles
+91 80 4112 7788""",
  dec=[("ifsc", "HDFC0001234"), ("phone", "+91 80 4112 7788")],
  notes="IFSC and phone only, no account number")

M("d-tech-payment-native-115", "technical-issue", "", "payment-method", "US", "native", "en",
  "Charge method keeps reverting to old card",
  r"""Hello,

I updated our charge method to a new Visa last week, but this month's subscription fee was still charged to the old card, which is now closed. The new card's number is 4532 0187 4465 9138 with the security code 552 on the back, in case you need to confirm.

Can you make sure the new card is set as the default and re-attempt the charge? I'd like to avoid any negative balance issues.

Thanks,
Derek Hoffman
Hoffman Office Supply""",
  sec=[("card", "4532 0187 4465 9138"), ("card-code", "552")],
  notes="card number and CVV in a payment-method question")

M("d-appeal-inauth-zh-116", "account-appeal", "inauthentic", "", "US", "chinese", "en",
  "Appeal for our account - Fanxing Digital",
  r"""Dear Seller Performance Team,

We received the email that our account is deactivated. We are very worry and we have made many actions, please check as follows.

一、Actions we have taken
1、We have removed all the inventory of the USB-C hubs from FBA, total 862 units, removal order ID Bk9TmQ2xR7.
2、We have uploaded the invoices and the authorization letter from the manufacturer Shenzhen Tongda Technology.
3、We have refunded the 6 customers who complained and sent them apology message.
4、We have closed the listing until Amazon confirm.

二、Preventive actions
1、We will only buy from the manufacturer directly and keep all invoices for 365 days.
2、Every shipment to FBA will be checked by QC with the sample from manufacturer.
3、We will check the customer feedback and return reasons every day.

Please kindly check and reactivate our account, thank you very much!

Fanxing Digital""",
  poa=True, co="一、Actions we have taken", pr="二、Preventive actions", done=True, style="numbered",
  dec=[("removal-order-id", "Bk9TmQ2xR7")],
  notes="Chinese numbering 一、二、; no root cause and no policy named (customers 'complained' only)")

M("d-appeal-odr-latam-117", "account-appeal", "odr", "", "US", "latam", "en",
  "Appeal - Order Defect Rate 2.2%",
  r"""Dear Amazon Seller Performance,

We are Café Montaña Colombia. Our account was deactivated for an Order Defect Rate of 2.2%.

Immediate actions: We contacted all 19 buyers with negative feedback and A-to-z claims in the last 60 days, we refunded 14 of them and sent replacement to the other 5. We also answered every pending message in the Buyer-Seller Messaging.

Long-term plan: We will hire a customer service person in Bogotá who works in US hours. We will check the feedback manager and the claims every day. We will send the coffee with a better valve bag to keep it fresh.

We hope to continue selling our coffee to Amazon customers. Thank you.

Atentamente,
Juan Pablo Restrepo""",
  poa=True, co="Immediate actions: We contacted", pr="Long-term plan: We will hire", done=True, style="inline",
  pol=["Order Defect Rate"], dec=[("foreign-snippet", "Atentamente")],
  notes="inline headings, no root cause (why buyers were unhappy is only hinted)")

M("d-appeal-safety-in-118", "account-appeal", "product-safety", "", "US", "indian", "en",
  "Appeal - product safety concern - hair dryer",
  r"""Dear Seller Performance Team,

Our account was deactivated due to product safety complaints received for our hair dryer (ASIN B0C8TR2WQM). Customers have mentioned that the plug became hot while using.

(a) Root Cause
After our investigation with the manufacturer in Mumbai, the root cause is identified as a batch of power cords with thinner copper wire (0.5 sq mm in place of 0.75 sq mm). The supplier of cords had changed without informing us.

(b) Preventive Measures
i. Every batch of cords will be tested by an NABL lab for current rating before assembly.
ii. The manufacturer has to inform us in writing before any change of component supplier.
iii. Our QC team will do a heat test on 10 units of each batch.

We request you to kindly review and reinstate our account.

Warm regards,
Sachin Deshmukh
StyleAir Appliances""",
  poa=True, rc="(a) Root Cause", pr="(b) Preventive Measures", style="lettered", pol=["product safety"],
  dec=[("asin", "B0C8TR2WQM")],
  notes="lettered, no corrective action: nothing done about the units already sold or in stock")

M("d-reinst-restricted-tr-119", "listing-reinstatement", "restricted-products", "", "US", "turkish", "en",
  "Please reactivate my listing B0D2NX7KPV",
  r"""Hello,

My listing of the Turkish evil eye bracelet with natural stone (ASIN B0D2NX7KPV) was deactivated last week. I checked and I see the problem: in the description I wrote that the stones help with headache and high blood pressure. This sentence came from the website of the stone supplier and I copied it without thinking, because in Turkey people say this about these stones.

From now on I will not write any health sentence in my product descriptions. I will write only the material, the size and the design. Before I publish a new listing my sister who speaks better English will read it also, and I will check the Amazon help pages about what is allowed to write.

Thank you for your help,
Zeynep Aydın
Nazar Boncuk Shop""",
  poa=True, rc="I checked and I see the problem", pr="From now on I will not write", style="none",
  dec=[("asin", "B0D2NX7KPV")],
  notes="no headings; no corrective (the description is not said to be fixed); no policy named: T007")

M("d-appeal-cancel-zh-120", "account-appeal", "cancel-rate", "", "US", "chinese", "en",
  "Cancellation Rate appeal",
  r"""Dear Seller Performance team,

Our account "Hengtai Tools" deactivated because our Cancellation Rate is 4.9%. Please see our analysis and actions.

Reason:
Our warehouse staff used the wrong stock sheet in November. Details of cancelled orders:

SKU            cancelled   reason
HT-DRILL-20V   31          stock sheet showed 120, real 0
HT-SAW-7IN     12          stock sheet showed 45, real 3
HT-BIT-SET     6           damaged in warehouse

What we have done:
- We have counted all inventory by hand and corrected the quantity in Seller Central on 2026.11.24.
- We have apologized to all buyers and given them a coupon of $5.
- We have deleted the old stock sheet from the shared folder.

Sincerely hope you can reinstate our account. Thanks!

Hengtai Tools""",
  poa=True, rc="Reason:", co="What we have done:", done=True, style="colon", pol=["Cancellation Rate"],
  dec=[("sku", "HT-DRILL-20V")],
  notes="plain-text table in the root cause; no preventive measures")

M("d-appeal-vtr-native-121", "account-appeal", "valid-tracking", "", "US", "native", "en",
  "VTR deactivation appeal - Pine & Stone",
  r"""Hello,

We're appealing the deactivation of Pine & Stone Candles for a valid tracking rate (VTR) below 95%.

## What happened
In September we started printing labels through a new shipping app, and the integration was only sending the tracking number to Amazon for the first package in multi-box orders. For single-box orders, a bug also dropped the carrier code, so tracking that was perfectly valid showed up as "Carrier: Other".

## What we did about it
We disconnected the app and went back to buying labels through Buy Shipping on October 6. We manually corrected tracking for every order still within the edit window (about 140 orders), and the developer fixed the carrier code mapping.

Thanks for your review.

Hannah Price
Pine & Stone Candles""",
  poa=True, rc="What happened", co="What we did about it", done=True, style="markdown",
  pol=["valid tracking rate (VTR)", "VTR"], notes="markdown, no preventive section")

M("d-appeal-drop-in-122", "account-appeal", "drop-shipping", "", "IN", "indian", "en",
  "Appeal - violation of drop shipping policy",
  r"""Dear Team,

Our account Royal Kitchen Store has been deactivated for violation of the drop shipping policy as customers received the products with invoices of another seller.

**Root Cause**
Our vendor in Ludhiana was directly dispatching the orders to the customers with their own invoice and branding since we did not have our own warehouse.

2. Corrective Action
We are planning to take a small warehouse in Ludhiana by next month. We shall be shipping all orders ourselves with our invoice. We will also request the vendor to stop sending their invoice.

Preventive action: Each and every order will be packed by our own staff and our invoice will be put in the box. We will do monthly check of packaging.

Kindly consider our appeal and do the needful.

Thanks,
Gurpreet Singh
Royal Kitchen Store""",
  poa=True, rc="Root Cause", co="2. Corrective Action", pr="Preventive action: Each and every order", done=False,
  style="mixed", pol=["drop shipping policy"],
  notes="mixed bold / numbered / inline headings; corrective only future ('planning to', 'shall be')")

M("d-appeal-review-native-123", "account-appeal", "review-manipulation", "", "US", "native", "en",
  "Appeal for Greenway Garden Co.",
  r"""Hello,

Our account was deactivated and, after going through everything, we believe it is because of a thank-you card we started putting in our packages in August. The card offered a free pack of seeds to buyers who emailed us a screenshot of their comments on the product page.

Why it happened
Our part-time marketing assistant designed the card after seeing a similar one from another brand. Nobody checked it against Amazon's rules before it went to the printer.

What we're going to do
We will pull the remaining cards from our warehouse and ask Amazon to remove them from the units at FBA. We'll also stop sending seeds to anyone who emails a screenshot, and I'll personally review all packaging inserts.

Keeping it from happening again
Any insert or email to buyers will need sign-off from me, and the assistant will take the Seller University training.

Thanks,
Pete Alvarez
Greenway Garden Co.""",
  poa=True, rc="Why it happened", co="What we're going to do", pr="Keeping it from happening again", done=False,
  style="plain", notes="corrective only future; the policy is never named (only 'Amazon's rules'): T007")

M("d-appeal-related-zh-124", "account-appeal", "related-accounts", "", "US", "chinese", "en",
  "please reactivate our account",
  r"""Dear Amazon,

Our account was deactivated yesterday. We are a new seller, only start to sell in September, we have only few products (bamboo cutting boards) and we did not do anything wrong, every order we ship on time and no negative feedback.

Please kindly check again our account, maybe it is a system mistake. We have upload all the documents when we register, the business license and the passport of our boss.

Please give us chance to sell again, we will follow all the rules.

Thank you very much!
Best regards
Zhuyu Home""",
  dec=[("mild-plea", "Please give us chance to sell again")],
  notes="no POA, no policy named, a polite plea only (not emotional)")

M("d-appeal-iptm-other-125", "account-appeal", "ip-trademark", "", "UK", "other-non-native", "en",
  "Trademark complaint - we will send POA",
  r"""Hello,

We got the notification that our account is deactivated because of a trademark complaint from "Nordvik AB" about our wool socks. We are a small Ukrainian company and we don't use their brand name anywhere, so we need some time to understand the complaint.

We will prepare a plan of action and send it to you in the next days, after we talk with the rights owner. Meanwhile please keep our account and do not close it.

Could you also tell us which exact listings are affected?

Thank you,
Oksana Kovalenko
Karpaty Wool""",
  pol=["trademark complaint"],
  notes="no POA in the text and none attached: only promised later (A016)")

M("d-appeal-listing-in-126", "account-appeal", "listing-policy", "", "IN", "indian", "en",
  "Reinstatement request - Ganga Brass Works",
  r"""Dear Sir/Madam,

This is regarding the deactivation of our account. We have checked all our listings and we found the issues in our product pages.

Issue identified: Our catalogue executive had added watermarks with our shop phone number on the main images, and the titles of 35 listings were more than 250 characters with words like "best quality" and "free shipping".

Steps taken: We have replaced all main images with pure white background images without any text or watermark. We have shortened the titles as per the style guide of the category, and removed the promotional words.

Steps for future: Every new listing will be checked with a checklist before publishing, and our manager will audit 10 random listings every week.

Kindly reinstate our account.

Regards,
Vinod Gupta
Ganga Brass Works""",
  poa=True, rc="Issue identified: Our catalogue executive", co="Steps taken: We have replaced",
  pr="Steps for future: Every new listing", done=True, style="inline",
  notes="complete inline POA, but never names the policy it answers ('style guide' is only a reference): T007")

M("d-appeal-counterfeit-zh-127", "account-appeal", "counterfeit", "", "US", "chinese", "en",
  "About our account deactivation - HDMI cables",
  r"""Dear Sir or Madam,

We got a notification about our stock of HDMI cables and our account is deactivated now. We think the problem is the cables we bought from a trading company in Yiwu in August, they put a famous brand name on the connector without telling us. We didn't notice because our staff only checked the quantity, not the product.

We have already destroyed all 1,200 pcs of these cables in our warehouse and closed the listing. We also refunded every buyer who bought the cable from this lot, 57 orders.

We hope you can consider our situation. Our other products are all from our own factory.

Thanks and best regards,
Yiwu Xinrui Electronics""",
  poa=True, rc="We think the problem is the cables", co="We have already destroyed", done=True, style="none",
  notes="no headings, no preventive measures, and the violation/policy is never named: T007")

M("d-reinst-used-latam-128", "listing-reinstatement", "used-sold-as-new", "", "US", "latam", "en",
  "Reinstate listing - used sold as new complaint",
  r"""Hello Amazon,

Our listing of the espresso machine (ASIN B0BR4TZ7MK) was closed because of customer complaints of used sold as new.

ROOT CAUSE
Our 3PL warehouse in Miami was sending customer returns back to stock as new items without checking. Two customers received machines with coffee residue inside.

PREVENTION
All returns will be opened and inspected by our own team, not the 3PL. Any open box will be sold as used with a condition note. We will also change the 3PL contract to include the inspection rule.

Thank you,
Sofía Ramírez
Cafetera Store""",
  poa=True, rc="ROOT CAUSE", pr="PREVENTION", style="caps", pol=["used sold as new"],
  dec=[("asin", "B0BR4TZ7MK")], notes="caps, no corrective: affected stock and buyers not addressed")

M("d-appeal-psa-in-129", "account-appeal", "prohibited-seller-activities", "", "US", "indian", "en",
  "Appeal - Prohibited Seller Activities - contacting buyers",
  r"""Dear Seller Performance Team,

Our account has been deactivated under the Prohibited Seller Activities and Actions policy because our team sent emails to buyers asking them to contact us on WhatsApp for faster support.

Root cause: Our support executive was used to WhatsApp for our domestic customers and thought it will help US buyers also. He was not trained on Amazon communication rules.

Corrective actions: We will be removing the WhatsApp number from all our templates. The executive is going to be re-trained. We will also be reviewing all messages of the last 3 months.

Preventive actions: All buyer messages will be only through Buyer-Seller Messaging. Manager will review templates monthly.

Kindly revert.

Regards,
Arjun Nair
Nair Spices Export""",
  poa=True, rc="Root cause: Our support executive", co="Corrective actions: We will be removing",
  pr="Preventive actions: All buyer messages", done=False, style="inline",
  pol=["Prohibited Seller Activities and Actions policy"],
  notes="future continuous ('we will be removing'): not-done")

M("d-appeal-safety-zh-130", "account-appeal", "product-safety", "", "UK", "chinese", "en",
  "Appeal for space heater listings",
  r"""Dear Seller Performance Team,

We received customer complaints that our oil filled radiator (ASIN B0D4QW8LNZ) became very hot on the outside and one customer said the switch melted. Our account was deactivated after this.

The reason of the problem:
The switch supplier changed the plastic material to a cheaper one without inform us. The new plastic cannot stand the high temperature.

Corrective actions:
1. We will recall all the radiators sold from batch 2609.
2. We will send all buyers an email to stop using the product.
3. We will change back to the old switch supplier.

Preventive actions:
1. We will test every batch of switches at 120°C for 8 hours.
2. We will sign a contract with suppliers that any material change must be approved by us.

Thank you for your review.

Ningbo Warmhome Electric""",
  poa=True, rc="The reason of the problem:", co="Corrective actions:", pr="Preventive actions:", done=False,
  style="colon", dec=[("asin", "B0D4QW8LNZ")],
  notes="corrective all 'we will'; the policy is never named (only 'complaints'): T007")

M("d-appeal-coc-zh-131", "account-appeal", "seller-code-of-conduct", "", "US", "chinese", "zh",
  "求求你们恢复我们的账户",
  r"""亚马逊你好：

我们的账户因为违反卖家行为准则被停用了，我们真的不知道做错了什么！！！我们已经申诉了五次，每次都是同样的回复，根本没有人认真看我们的申诉！

求求你们了，我们是小公司，全部的钱都压在亚马逊的库存里，员工工资已经两个月发不出来了。我们真的快撑不下去了，老板每天都睡不着觉。

如果再不给我们恢复，我们只能去投诉了。请你们给我们一个明确的答复，到底是哪里违规了？

深圳市佳诚贸易有限公司""",
  pol=["卖家行为准则"],
  emo=["我们真的不知道做错了什么！！！", "求求你们了", "我们真的快撑不下去了", "如果再不给我们恢复，我们只能去投诉了"],
  notes="Chinese on US, no POA, pleading, despair and a threat")

M("d-reinst-condition-native-132", "listing-reinstatement", "condition", "", "UK", "native", "en",
  "Listing reinstatement - condition complaints on refurbished headphones",
  r"""Hello,

Unfortunately our listing for refurbished over-ear headphones (ASIN B0B6PK3NWT) was deactivated after buyers said the condition didn't match the description. We've looked into it properly.

**Cause**
Our refurbishment partner started replacing ear pads with a cheaper aftermarket version, which looked and felt different from what the listing photos showed. Our condition note said "original parts".

**Actions already taken**
We stopped shipping from that partner's stock, inspected the 74 units at FBA, and relabelled them with an accurate condition note. Every buyer who complained has been refunded.

**Going forward**
The condition note now lists any non-original part. We spot-check 10% of every refurb batch against the listing photos before it ships to FBA.

Thanks for reviewing.

Oliver Reid
Second Sound Audio""",
  poa=True, rc="Cause", co="Actions already taken", pr="Going forward", done=True, style="bold",
  pol=["condition didn't match the description"],
  dec=[("mild-word", "Unfortunately"), ("asin", "B0B6PK3NWT")],
  notes="complete bold POA, calm 'Unfortunately'")

M("d-appeal-lsr-other-133", "account-appeal", "late-shipment", "", "SG", "other-non-native", "en",
  "Appeal LDR above target",
  r"""Dear Seller Performance,

Good day! Our LDR for the last 30 days was 5.6% so our account was deactivated. We are a Filipino-owned store selling dried mango and snacks in Singapore.

1 Root cause
Our courier changed their pickup schedule in October from daily to 3 times a week without proper notice, so orders waited 1 to 2 days before pickup.

2 What we did already
We changed courier to Ninja Van with daily pickup, we confirmed all pending orders and we updated our handling time from 1 to 2 days.

3 How we will avoid it
We will check the dispatch status every afternoon, and if the courier does not arrive by 4pm we will bring the parcels to the drop-off point ourselves.

Salamat po and thank you for considering.

Maria Santos
Manila Treats SG""",
  poa=True, rc="1 Root cause", co="2 What we did already", pr="3 How we will avoid it", done=True,
  style="numbered", pol=["LDR"], dec=[("foreign-snippet", "Salamat po")],
  notes="metric abbreviation only (LDR); numbered headings without dot or colon")

M("d-appeal-restricted-latam-134", "account-appeal", "restricted-products", "", "US", "latam", "en",
  "Appeal - restricted products - knives",
  r"""Hello team,

Our account was deactivated under policy RP-WPN-04, the notification says it is for the automatic knives (switchblades) in our outdoor store.

Actions done:
We have deleted the 7 listings of automatic knives and created a removal order for all 95 units in FBA. We have reviewed all our other 210 listings and only manual folding knives remain.

Actions for the future:
We will read the Weapons help page in Seller Central before adding any new item. Our purchasing manager will check with the team before ordering any knife or tool.

Thank you,
Ricardo Fuentes
Patagonia Outdoor Gear""",
  poa=True, co="Actions done:", pr="Actions for the future:", done=True, style="colon",
  pol=["RP-WPN-04"],
  notes="colon headings, no root cause; the policy is named only by a clause-style ID")

# --- END OF MESSAGES ---


def main():
    write_messages(OUT, "d-", MSGS, dump)


if __name__ == "__main__":
    main()
