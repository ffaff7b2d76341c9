#!/usr/bin/env python3
"""Author C's share of the third (blind, held-out) set: the texts and labels live here; running
this script rewrites messages/third-a/c-*.toml (and only files with the c- prefix)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from validate import ENGLISH_REQUIRED_MP, expected_defects  # noqa: E402  (the checker's own)
from writing import write_messages  # noqa: E402

OUT = os.path.join(HERE, "..", "messages", "third-a")
PREFIX = "c-"
MSGS = []


def M(id, kind, mp, writer, subject, text, *, violation="", topic="", lang="en", style="",
      rc=None, corr=None, prev=None, done=True, att=False, pol=(), emo=(), sec=(), dec=(), notes=""):
    """rc/corr/prev: the start of that POA part as written (None = part absent). style set = the
    text holds a POA. sec/dec: (kind, value) pairs."""
    assert id.startswith(PREFIX), id
    poa = bool(style)
    text = text.strip("\n")
    L = {
        "poa": poa, "poa_attached": att,
        "root_cause": rc is not None, "corrective": corr is not None,
        "corrective_done": corr is not None and done, "preventive": prev is not None,
        "policy_cited": bool(pol), "policy_names": list(pol),
        "emotional": bool(emo), "emotional_phrases": list(emo),
        "secrets": [{"kind": k, "value": v} for k, v in sec],
        "decoys": [{"kind": k, "value": v} for k, v in dec],
        "heading_style": style, "english_required": mp in ENGLISH_REQUIRED_MP,
    }
    if not poa:
        assert rc is None and corr is None and prev is None, id
    d = expected_defects({"kind": kind, "language": lang, "labels": L})
    L["defects"] = d
    L["bad_on_purpose"] = bool(d)
    L["notes"] = notes
    sections = {k: v for k, v in (("root_cause", rc), ("corrective", corr), ("preventive", prev)) if v is not None}
    for v in list(sections.values()) + list(pol) + list(emo) + [v for _, v in sec] + [v for _, v in dec]:
        assert v in text, (id, v)
    MSGS.append(dict(id=id, kind=kind, violation=violation, topic=topic, marketplace=mp, writer=writer,
                     language=lang, subject=subject, text=text, labels=L, sections=sections))


def s(v):
    return json.dumps(v, ensure_ascii=False)


def toml_of(m):
    out = []
    for k in ("id", "kind", "violation", "topic", "marketplace", "writer", "language", "subject", "text"):
        out.append(f"{k} = {s(m[k])}")
    out.append("\n[labels]")
    for k, v in m["labels"].items():
        if k in ("secrets", "decoys"):
            items = ", ".join("{kind = %s, value = %s}" % (s(x["kind"]), s(x["value"])) for x in v)
            out.append(f"{k} = [{items}]")
        elif isinstance(v, bool):
            out.append(f"{k} = {'true' if v else 'false'}")
        else:
            out.append(f"{k} = {s(v)}")
    out.append("\n[labels.sections]")
    for k, v in m["sections"].items():
        out.append(f"{k} = {s(v)}")
    return "\n".join(out) + "\n"


def write_all():
    write_messages(OUT, PREFIX, MSGS, toml_of)


AA, LR = "account-appeal", "listing-reinstatement"
FBA, TECH, BRAND, CAT = "fba-reimbursement", "technical-issue", "brand-dispute", "category-approval"

# ---------------------------------------------------------------- appeals without a POA (A016)

M("c-appeal-odr-en-001", AA, "US", "native", "Account deactivated - please reinstate",
"""Hello,

My account was deactivated this morning and I honestly don't understand why. I have been selling on Amazon for six years. I have never had a single problem until now. My Order Defect Rate went over 1% because of three A-to-z claims from the same week in October, and two of those buyers never even contacted me first.

I am begging you, please look at my account history. I have 4.9 stars from over 2,000 ratings. This is my only income. I have two kids and a mortgage and I cannot pay my suppliers if my funds stay frozen. Please, please give me my account back. I will do anything you ask.

I really need this resolved today. Please help me.

Dan Whitcombe
Whitcombe Outdoor Supply""",
violation="odr", pol=["Order Defect Rate"],
emo=["I am begging you", "Please, please give me my account back. I will do anything you ask."],
notes="pleading appeal with no plan of action at all; names the ODR")

M("c-appeal-related-zh-002", AA, "US", "chinese", "关于关联账户 appeal",
"""Dear Amazon Seller Performance Team,

We received the notice that our account is deactivated because it is related to another account which was suspended before. We are very confuse about this. Our company is Dongguan Heyu Trading Co., Ltd, we only have one account on Amazon and we never operate other account.

Maybe the reason is our office network. We share the office building with other companies and maybe use the same internet. But we are not sure. We are small company, only 6 people, we depend on Amazon business.

Please kindly check again and reactivate our account. We are willing to provide any document you need, like business license, utility bill, or bank statement.

Thank you very much.
Best regards
Heyu Trading / 东莞市和宇贸易有限公司""",
violation="related-accounts", pol=["related to another account"],
dec=[("foreign-snippet", "东莞市和宇贸易有限公司")],
notes="related-accounts appeal: guesses a cause but offers no actions or prevention; a reader finds no POA")

M("c-appeal-unknown-in-003", AA, "IN", "indian", "Request for reactivation of my seller account",
"""Respected Sir/Madam,

This is to inform you that my seller account (store name: Shree Balaji Home Decor) has been deactivated from 14th November. I have not received any clear reason in the mail, only that my account is under review and I should submit an appeal.

I am a genuine seller selling handicraft items from Jaipur since 2023. All the products are made by local artisans and I have all the invoices. Kindly check my account and reactivate it at the earliest. Kindly do the needful and revert back.

Thanks and Regards,
Mahesh Agarwal
+91 98290 41172""",
violation="unknown", dec=[("phone", "+91 98290 41172")],
notes="no policy named, no POA; Indian English; phone number decoy")

M("c-appeal-counterfeit-en-004", AA, "UK", "native", "URGENT!!! ACCOUNT SUSPENDED FOR NO REASON",
"""To whoever is reading this,

THIS IS COMPLETELY UNACCEPTABLE. You have suspended my account claiming my items are counterfeit. They are NOT counterfeit. I buy them directly from the distributor and I have been doing this for years.

I have now sent four appeals and every single time I get the same copy and paste response from someone who clearly has not read a word of what I wrote. Does anyone at Amazon actually read these??? I have £38,000 sitting in my account that you are holding hostage.

If this is not resolved within 48 hours I will be contacting my solicitor and I will be taking this to the press. I am not joking. I have already spoken to a journalist at the BBC consumer programme.

Reinstate my account immediately.

G. Fairbrother""",
violation="counterfeit", pol=["counterfeit"],
emo=["THIS IS COMPLETELY UNACCEPTABLE", "Does anyone at Amazon actually read these???", "holding hostage",
     "I will be contacting my solicitor and I will be taking this to the press"],
notes="shouting and threats, no POA")

M("c-appeal-section3-tr-005", AA, "UK", "turkish", "Account deactivated",
"""Hello Amazon Team,

Our account was deactivated last week and we see in account health page that we must upload some documents. We already uploaded our passport and company registration document two times but it still show deactivated. We don't understand what is missing.

Our company is registered in Istanbul, all documents are original and belong to our director Mr. Kemal Yıldız. We are ready to make video call if needed.

Can you please tell us which document is not accepted so we can send correct one?

Saygılarımızla,
Kemal Yıldız
Yıldız Tekstil Ltd. Şti.""",
violation="identity-verification", dec=[("foreign-snippet", "Saygılarımızla")],
notes="verification deactivation but the seller never names it (no 'Section 3', no 'verification policy'); no POA")

M("c-appeal-latetrack-latam-006", AA, "US", "latam", "Reactivate account please",
"""Hello,

my account is deactivated because the Valid Tracking Rate is lower than 95%. I am selling since 2024 from Mexico and we use a local carrier that is not always integrated with Amazon. I want to explain that the packages arrived to the customers, we did not have complains about not received.

We have a lot of inventory for the christmas season, please give us a opportunity to continue selling. we are a family business and we work very hard.

Thank you for your time,
Ricardo Méndez
Artesanías Méndez""",
violation="valid-tracking", pol=["Valid Tracking Rate"], dec=[("mild-plea", "please give us a opportunity to continue selling")],
notes="explains, calm plea (decoy), no plan of action")

M("c-appeal-price-other-007", AA, "US", "other-non-native", "Appeal",
"""Dear Sir or Madam,

We are writing about the deactivation of our selling privileges. We don't know exactly what we did wrong. Our prices change automatically with our repricing software and maybe it set some price that was too high for few hours, but we never wanted to cheat any customer.

We are a small shop from Poland selling home and garden items. We ask you kindly to reactivate the account. If you tell us the exact problem we will fix it at once.

Kind regards,
Tomasz Wiśniewski
TW Garden sp. z o.o.""",
violation="price-gouging",
notes="describes high prices from a repricer but names no policy (no 'fair pricing', no 'price gouging'); no POA")

M("c-appeal-inauth-zh-008", AA, "US", "chinese", "Appeal for account suspension",
"""Dear Sir/Madam,

I am so sorry. I am very very sorry for this mistake, we really did not know. Please forgive us, we beg you. Our account was suspended because of Inauthentic complaints on our phone cases. We really sorry, sorry, sorry for all the trouble to Amazon and the customers.

Our whole family depend on this store. If the account is not back we will lose everything, my father borrowed money to buy the inventory. Please have mercy and give us one more chance, we promise we will be the best seller.

Sincerely
Li Wei""",
violation="inauthentic", pol=["Inauthentic complaints"],
emo=["I am very very sorry for this mistake", "Please forgive us, we beg you", "We really sorry, sorry, sorry for all the trouble",
     "Please have mercy"],
notes="excessive apology and begging; no POA")

M("c-appeal-ahr-en-009", AA, "CA", "native", "Re: Your Amazon.ca selling account",
"""Hi there,

Got the email saying my selling privileges are removed and my Account Health Rating is at "At Risk" and then dropped to "Critical". I looked at the dashboard and I see 2 listing policy violations and 1 "Suspected intellectual property violation" from March that I thought was already resolved.

Can someone please just tell me what I need to send? The notification has a button that goes to a page that says there's nothing to appeal. I've attached screenshots of that page. I'm happy to do whatever is needed, I just can't figure out the process.

Thanks,
Mike Lavoie""",
violation="account-health-rating", pol=["Account Health Rating"],
notes="confused seller asking for the process; screenshots attached but no POA said attached")

M("c-appeal-review-in-010", AA, "IN", "indian", "Appeal against deactivation dated 02-Nov",
"""Dear Team,

Greetings of the day!!

We are in receipt of your mail regarding deactivation of our account. As per mail it is mentioned that we have manipulated reviews. We want to humbly submit that we have never asked any customer for positive review nor given any discount for the same. Some customers have given reviews on their own. It is not in our control what customer writes.

We request you to kindly investigate the matter once again and restore our account. Also kindly share which reviews are having the issue so that we can revert back with proper explanation.

Awaiting your positive response.

Regards
Team Urban Kitchenware
GSTIN 27AAPCU4471K1Z3""",
violation="review-manipulation", pol=["manipulated reviews"],
dec=[("gst-number", "27AAPCU4471K1Z3")],
notes="denial without a plan; GSTIN decoy")

# ---------------------------------------------------------------- cover letters, POA attached

M("c-appeal-usan-en-011", AA, "US", "native", "Plan of Action - Used Sold as New complaints",
"""Hello Seller Performance,

Please find attached our Plan of Action regarding the deactivation for Used Sold as New complaints on our refurbished-looking returns. The attached PDF ("POA_Kettleworth_Nov2026.pdf") covers what went wrong, what we have already fixed and the controls we put in place.

In short, returned units were being put back into sellable stock without inspection. The details, the list of affected orders and the new inspection checklist are all in the document.

Also attached: photos of the new returns bench and our updated SOP.

Thank you for reviewing,
Sarah Kettleworth
Kettleworth Kitchen Co.""",
violation="used-sold-as-new", att=True, pol=["Used Sold as New"],
dec=[("file-name", "POA_Kettleworth_Nov2026.pdf")],
notes="cover letter; POA in attached PDF; the short summary names a cause only, the plan itself is attached")

M("c-appeal-dropship-zh-012", AA, "UK", "chinese", "Appeal - drop shipping policy",
"""Dear Amazon Team,

Thanks for your email. About our account deactivation for violate the Drop Shipping Policy, we have prepared the detailed plan of action and upload it as attachment (file: POA-dropship.docx), include the root cause, the actions what we have did and the measures to avoid it again. Also we attached the supplier agreement and the invoices for last 3 months which show we are seller of record.

Please kindly review it. If any more information need, please let us know.

Best regards,
Zhang Min
Shenzhen Yuelong E-commerce Co., Ltd.""",
violation="drop-shipping", att=True, pol=["Drop Shipping Policy"], dec=[("file-name", "POA-dropship.docx")],
notes="cover letter, POA attached")

M("c-appeal-section3-other-013", AA, "DE", "other-non-native", "Section 3 of BSA – verification documents submitted",
"""Hello,

Our account was deactivated under Section 3 of the Business Solutions Agreement after the verification of our information failed. I attach here the plan of action and all documents: the new bank statement (the old one was older than 180 days, this was our mistake), the Handelsregister extract and the ID of our managing director.

Our explanation of what happened and what we have changed in our internal process you can find in the attached letter (POA_Section3_Nordlicht.pdf).

Thank you and best regards
Jan Verbeek
Nordlicht Handel GmbH""",
violation="identity-verification", att=True, pol=["Section 3 of the Business Solutions Agreement"],
dec=[("file-name", "POA_Section3_Nordlicht.pdf")],
notes="Dutch writer on DE in English; cover letter names BSA section; POA attached")


# ---------------------------------------------------------------- complete POAs, every heading style

M("c-appeal-odr-en-014", AA, "US", "native", "Plan of Action – Order Defect Rate",
"""Hello Seller Performance Team,

Thank you for the opportunity to address the Order Defect Rate on our account (Harbor & Pine Home, merchant token A2KQ7V9XH3LM0P). Our ODR reached 1.6% for the period Aug 12 – Oct 10, driven mainly by negative feedback and A-to-z claims on one ASIN (B0CX4J7PLM, a 3-piece ceramic canister set).

## Root Cause

We reviewed all 31 defective orders. 22 of them were for the canister set, and in 19 of those the buyer reported breakage on arrival. In July we switched to a cheaper packaging supplier to cut costs, and the new mailer boxes had no inner dividers. The lids were knocking against each other in transit. The remaining orders were late deliveries during a carrier slowdown in our region, where we did not proactively contact buyers.

## Corrective Actions Taken

- We stopped selling the canister set on Oct 11 and pulled the remaining 140 units from our warehouse for repacking.
- Every affected buyer has been refunded in full, including the buyers who did not file a claim.
- We went back to our original packaging vendor and now use double-wall boxes with molded pulp dividers. We drop-tested 20 repacked units from 1 meter; none broke.
- We contacted each buyer who left negative feedback to apologize and explain what we changed.

## Preventive Measures

- Any packaging change now requires a drop test and a 2-week pilot on 50 orders before it is rolled out.
- Our operations lead reviews the Account Health dashboard every morning, and any ASIN with more than 2 damage complaints in a week is paused automatically in our inventory system until we inspect it.
- For carrier delays we now send a proactive message to the buyer as soon as a package is stalled for more than 48 hours.

We take the metrics seriously and believe these changes will keep our ODR well below 1%.

Best regards,
Nathan Cole
Owner, Harbor & Pine Home""",
violation="odr", style="markdown", rc="Root Cause", corr="Corrective Actions Taken", prev="Preventive Measures",
pol=["Order Defect Rate", "ODR"], dec=[("merchant-token", "A2KQ7V9XH3LM0P"), ("asin", "B0CX4J7PLM")],
notes="complete markdown POA, native")

M("c-appeal-pesticide-zh-015", AA, "US", "chinese", "Appeal for restricted products - pesticide claim",
"""Dear Seller Performance team,

We have received your notice that our listing for the mosquito repellent bracelet (ASIN B0D2MQ8TRA) violate the Restricted Products policy, because the listing make pesticide claims and the product is not registered with EPA. We are deeply sorry for this. Below is our plan of action.

**The reason of the problem**

1. Our listing writer copied the words "kills mosquitoes" and "insect repellent 100% effective" from the factory catalogue. We did not know that in USA these words mean the product is a pesticide and need EPA registration or must meet the FIFRA 25(b) exemption.
2. Our team did not have training about the pesticide rules, we only checked the electrical and children product rules.

**What we have did to correct**

1. We have deleted the listing and removed all the claim words from our other 9 listings of outdoor products.
2. We have created removal order for the 860 units in FBA warehouse (removal order ID: RMV-7734219-K), they will not be sold in USA.
3. We have checked all our 214 active listings with a keyword list (kill, repel, insect, mosquito, bacteria, germ, virus), and we edited 6 more listings which had words like "antibacterial".

**Measures to avoid it happen again**

1. All new listing will be checked by our compliance staff Ms. Chen before upload, using the keyword list and the EPA pesticide guidance.
2. Every quarter our team will take the Amazon Seller University training on restricted products.
3. For any product that may be pesticide, we will ask the factory for EPA registration number first; if none, we will not sell it in USA.

Thank you for your time. We hope to get the chance to continue serve the customers.

Best regards,
Wang Fang
Ningbo Lvyuan Outdoor Products Co., Ltd.""",
violation="pesticide-claims", style="bold", rc="The reason of the problem", corr="What we have did to correct",
prev="Measures to avoid it happen again", pol=["Restricted Products policy", "pesticide claims"],
dec=[("asin", "B0D2MQ8TRA"), ("removal-order-id", "RMV-7734219-K"), ("single-apology", "We are deeply sorry for this.")],
notes="bold headings with numbered items, Chinese English, pesticide claims")

M("c-appeal-latedispatch-other-016", AA, "UK", "other-non-native", "Late Dispatch Rate – Plan of Action",
"""Dear Seller Performance,

please find below our Plan of Action for the deactivation because of Late Dispatch Rate above 4%.

1. What caused the late dispatch
In the second half of September our only packer was ill for 9 days and we did not have a replacement trained. At the same time we had a promotion, so orders grow from 40 to 110 per day. The handling time in our template was still 1 day.

2. What we already changed
- We hired a second packer (started 3 October) and trained also the owner's son as backup.
- We changed the handling time to 2 days for the bulky items (garden furniture covers).
- We confirmed dispatch on all open orders and contacted every customer whose order was late.

3. How we will keep LDR under control
- Each Monday we compare the promotion plan with the staff plan. If the orders will be more than 80 per person per day we raise handling time before the promotion starts.
- We set an alert in our order software when an order is not marked dispatched 6 hours before the deadline.

Kind regards,
Marek Novák
Novák Garden Supplies Ltd""",
violation="late-shipment", style="numbered", rc="1. What caused the late dispatch", corr="2. What we already changed",
prev="3. How we will keep LDR under control", pol=["Late Dispatch Rate", "LDR"],
notes="Czech writer; numbered headings")

M("c-appeal-variation-latam-017", LR, "US", "latam", "Reinstatement of ASIN B0BT6WQZ2N - variation policy",
"""Hello team,

We write about the ASIN B0BT6WQZ2N that was removed because it did not comply with the variation policy (we added products that are not the same product in different color or size). Here is our plan.

A) Why this happened
When we created the family "Leather Wallet" we added as child products also a keychain and a belt, because they are the same leather and the same design. We thought this was good for the customers, but now we understand that variations must be the same product with only size, color or pattern different, and that mixing them combines reviews of different products which is variation abuse.

B) What we did
We already deleted the keychain and the belt from the family and created them as separate ASINs. Now the family has only the wallet in 4 colors. We also checked our other 3 families and they are correct.

C) To make sure it does not happen again
Before creating any new family our catalog person will check the variation rules in the Help page for the category and the second person (me) will approve it.

Thank you,
Valentina Rojas
Cueros del Sur""",
violation="variation-abuse", style="lettered", rc="A) Why this happened", corr="B) What we did",
prev="C) To make sure it does not happen again", pol=["variation policy", "variation abuse"],
dec=[("asin", "B0BT6WQZ2N")], notes="lettered; listing reinstatement; short")

M("c-appeal-expired-in-018", AA, "IN", "indian", "Plan of action for expired product complaints",
"""Dear Seller Performance Team,

Greetings. With reference to your notification regarding customer complaints that our products were received expired / near expiry, we are submitting our plan of action. The products are herbal tea and honey sold via FBA. We understand this is a violation of the FBA Product Expiration Date requirements.

ROOT CAUSE
On investigation we found that in our inbound shipment FBA15K9R3XPQ of August, two cartons of honey from an older lot (lot no. HN-2305) were packed by mistake together with the fresh lot. These units had expiry of Nov 2026, which is less than the 90 days required at time of sale. Also our listing did not mention that expiry dates must be labeled on each unit in MM-YYYY format, and some of our labels had only "Best before 6 months from packing".

CORRECTIVE ACTIONS
1. We have raised removal order for all remaining units of lot HN-2305 and they are disposed.
2. We have refunded all 17 customers who complained.
3. All units are now relabeled with expiry date in MM-YYYY in font minimum 36 point on the outer carton and on each unit.

PREVENTIVE MEASURES
1. Warehouse staff will scan lot number of each carton before packing and our system will block any lot with less than 180 days of shelf life.
2. A monthly check of FBA inventory age and expiry will be done by our inventory manager Mr. Suresh.
3. First-Expiry-First-Out will be followed strictly in our godown.

We request you to kindly review and reinstate our selling privileges.

Warm Regards,
Priya Nair
Kerala Naturals""",
violation="expired-products", style="caps", rc="ROOT CAUSE", corr="CORRECTIVE ACTIONS", prev="PREVENTIVE MEASURES",
pol=["FBA Product Expiration Date requirements"],
dec=[("shipment-id", "FBA15K9R3XPQ"), ("lot-number", "HN-2305")], notes="caps headings, expired products")

M("c-appeal-vtr-en-019", AA, "AU", "native", "VTR appeal",
"""Hi team,

Short version of what happened and what we've done about our VTR dropping to 91%.

Why it happened
We moved from Australia Post to a regional courier in September to save on bulky parcels. Their tracking numbers were being uploaded without the carrier name mapped correctly, so Amazon couldn't validate about one in ten of them.

What we fixed
All open orders have been re-confirmed with the right carrier code. We've also gone back to Australia Post for anything under 5 kg, and the courier is now set up as a named carrier in our shipping software instead of "Other".

How we keep it from happening again
Every Friday I pull the Valid Tracking report and check it against our dispatch log. If anything goes under 97% we look at it the same day.

Cheers,
Liam O'Connor
Bayside Camping Gear""",
violation="valid-tracking", style="plain", rc="Why it happened", corr="What we fixed", prev="How we keep it from happening again",
pol=["VTR", "Valid Tracking"], notes="plain headings, short native, metric abbreviation in subject and text")

M("c-appeal-counterfeit-tr-020", AA, "DE", "turkish", "Appeal - counterfeit complaint for ASIN B0C8HH2WQX",
"""Dear Amazon,

We received the counterfeit complaint from rights owner for our product, bluetooth speaker brand "Sonora" (ASIN B0C8HH2WQX). We accept our mistake and we want to explain.

Root cause: We bought 300 pieces from a wholesaler in Istanbul who said he is authorized distributor. We did not ask him for the authorization letter from the brand. After the complaint we asked, and he could not show it. So we can not prove the products are genuine.

Actions taken: We removed the listing, we created removal order for all 212 units in FBA (they are now in our warehouse and will be destroyed with a certificate). We refunded the 14 buyers. We stopped working with this wholesaler.

Prevention: From now on we buy only from manufacturer or from distributor who can give us authorization letter and invoices that we can verify with the brand. Every new supplier is checked by our purchasing manager and we keep all documents for 5 years.

Saygılarımla,
Emre Aksoy
Aksoy Elektronik""",
violation="counterfeit", style="inline", rc="Root cause:", corr="Actions taken:", prev="Prevention:",
pol=["counterfeit complaint"], dec=[("asin", "B0C8HH2WQX"), ("foreign-snippet", "Saygılarımla")],
notes="inline 'Root cause: ...' paragraphs; Turkish seller on DE in English")

M("c-appeal-review-en-021", AA, "US", "native", "Appeal: Reviews policy - product inserts",
"""Dear Seller Performance,

We're writing regarding the deactivation of our account for violating the Community Guidelines and the policy on Customer Product Reviews. Our product insert offered a free replacement scrub brush to buyers who "shared their experience" on Amazon. We understand now that this is an incentive tied to a review and is prohibited, regardless of whether we asked for a positive one.

Our POA — root cause: our marketing contractor designed the insert in May, and nobody on our team read it against Amazon's rules before 3,000 copies were printed. We did not have any review process for customer-facing materials.

Our POA — actions we have taken: we pulled every remaining insert from our prep center and FBA inventory (we paid for a relabel/rework service on 1,870 units), stopped the contractor engagement, and stopped sending free brushes. We have not contacted buyers about reviews since.

Our POA — steps to prevent recurrence: all inserts, emails and packaging text now go through a written checklist based on the Communication Guidelines and the reviews policy, signed by me before printing. We use only the Request a Review button for review requests. Both co-founders completed the Seller University module on reviews.

Thank you,
Rebecca Moss
Co-founder, Brightside Cleaning Co.""",
violation="review-manipulation", style="our-poa", rc="Our POA — root cause:", corr="Our POA — actions we have taken:",
prev="Our POA — steps to prevent recurrence:", pol=["Community Guidelines", "Customer Product Reviews"],
notes="our-poa headings with em dash")

M("c-appeal-related-other-022", AA, "US", "other-non-native", "Related account appeal",
"""Hello,

I am writing to appeal the deactivation of my account, which was deactivated for being related to another account that is not in good standing. After a long check I found that the related account is the one of my cousin, Andrii, who also sells on Amazon. Last spring he stayed in my apartment for two months and logged in to his Seller Central from my laptop and my home Wi-Fi. Our businesses are separate, we have different company, different bank and different products. I did not understand that sharing a computer and network can link accounts.

Since the notice I have done the following. My cousin does not use my devices or network anymore, and I reset my laptop to factory settings and changed my router. I changed the password of my Seller Central and removed every user except myself. I also requested from my internet provider a new IP address.

In the future I will not let any other person, also family, use my computer, phone or network for any Amazon account. If I ever want to open a second account I will first ask permission through Seller Support, as the Seller Code of Conduct requires.

I attach the company registration of my business and of my cousin's business, to show they are different entities.

Regards,
Oleksandr Hnatiuk
OH Home Goods""",
violation="related-accounts", style="none", rc="After a long check I found that", corr="Since the notice I have done the following.",
prev="In the future I will not let any other person", pol=["related to another account", "Seller Code of Conduct"],
dec=[("password-word", "changed the password of my Seller Central")],
notes="no headings; 'password' mentioned without a value; Ukrainian writer")

M("c-appeal-usan-zh-023", AA, "US", "chinese", "POA for Used Sold As New",
"""Dear Seller Performance Team,

Thank you for give us the chance to explain. Our account was deactivated because of customer complaints about "used sold as new" on our electric toothbrush (SKU: ETB-BLK-02). Here is our plan of action.

Root cause:
We checked the 11 complaints. We found that some customer returns were sent back to our US 3PL, and the 3PL staff put them back to the FBA shipment without check, because our instruction to 3PL was not clear. So some customer received product which was opened by other customer before.

Corrective actions:
- We already asked the 3PL to stop sending any returned units to FBA. All returned units are now kept separately.
- We have removed all FBA inventory of this SKU (1,032 units) and checked every unit. 27 units had broken seal, we destroyed them.
- We refunded and apologized to all customers who complained.

Preventive actions:
- We wrote a new SOP for the 3PL: returned items must be inspected and can only be sold as "Used - Like New" under a separate condition listing, never as New.
- Every new FBA shipment will be checked by a photo of random 5% units before ship.
- Our manager will check the Voice of the Customer dashboard every week.

Best regards,
Liu Yang""",
violation="used-sold-as-new", style="colon", rc="Root cause:", corr="Corrective actions:", prev="Preventive actions:",
pol=["used sold as new"], dec=[("sku", "ETB-BLK-02")], notes="colon headings")

M("c-appeal-gouging-en-024", AA, "US", "native", "Reinstatement request – Fair Pricing Policy",
"""To the Seller Performance team,

We are appealing the removal of our selling privileges under the Amazon Marketplace Fair Pricing Policy. During the first week of the winter storm in our state, the price of our 20-pack of hand warmers went from $14.99 to $39.99 and stayed there for five days. We understand that this is significantly higher than recent prices offered on Amazon and that it harmed customer trust at a moment when people needed the product.

The reason this happened is that our repricing tool was set to follow the lowest competing offer with no maximum. When the other sellers sold out, the only offers left were high-priced third-party offers, and our tool matched them upward. Unfortunately, nobody on our team was watching the prices over the weekend.

We have already set a hard price ceiling on every SKU (no more than 10% above our 90-day average), switched the repricer to alert-only mode during declared emergencies, and refunded the difference to all 412 buyers who paid more than $14.99 during that week. Going forward, one person on our team checks the pricing report every day, including weekends, and any price change above 10% needs my approval before it goes live. We also subscribed to the state emergency alerts so we know when price controls may apply.

Respectfully,
Carla Jennings
Jennings Outdoor Supply""",
violation="price-gouging", style="none", rc="The reason this happened is", corr="We have already set a hard price ceiling",
prev="Going forward, one person on our team", pol=["Amazon Marketplace Fair Pricing Policy"], dec=[("mild-word", "Unfortunately")],
notes="no headings; corrective and preventive inside paragraphs")

M("c-appeal-safety-other-025", AA, "US", "other-non-native", "Product safety – CPSC recall ASIN B0B9PK3XZL",
"""Dear Team,

Regarding the deactivation for product safety concerns on our baby bath seat (ASIN B0B9PK3XZL), which customers reported as tipping over. Please see our plan of action.

### What went wrong
Our factory changed the suction cups in the spring production without informing us. The new cups are smaller and do not hold on textured bathtubs. We did not have our own incoming inspection, we relied on the test report from 2024 (ASTM F1967), which was done on the old design.

### Steps already taken
We stopped sales of the item immediately, reported the issue to the CPSC through SaferProducts.gov, and offered full refunds to all 1,240 buyers through Buyer-Seller Messaging with a warning to stop using the seat. All FBA inventory is removed and will be destroyed. We ordered a new test at an accredited lab for a corrected design, and we will not sell it before we have the Children's Product Certificate.

### Long-term controls
Every production batch now needs a golden sample approval and a pre-shipment inspection by a third party (we signed with QIMA). Any change of component requires written approval from us and a new test. I am also personally reviewing all safety-related customer comments every week.

Sincerely,
Kim Ji-hoon
Haneul Baby Co.""",
violation="product-safety", style="markdown", rc="What went wrong", corr="Steps already taken", prev="Long-term controls",
pol=["product safety"], dec=[("asin", "B0B9PK3XZL")], notes="Korean writer; markdown ### headings 'What went wrong / Steps already taken'")

M("c-appeal-cancel-in-026", AA, "IN", "indian", "Plan of Action – Pre-fulfilment Cancel Rate",
"""Dear Seller Performance Team,

Thank you for giving us an opportunity to submit our Plan of Action regarding our Pre-fulfilment Cancel Rate which has gone above 2.5%.

**Root Cause Analysis**
Our inventory is managed in an Excel sheet that is updated manually once per day. During the Diwali sale the orders came faster than our updates, and items which were already sold on our own website were still live on Amazon. So we had to cancel 38 orders due to no stock.

**Actions we took**
a) We have integrated our inventory with Amazon using a multi-channel software (Unicommerce), and stock is now synced every 15 minutes.
b) We have kept a buffer of 3 units for fast-moving SKUs.
c) All cancelled customers were contacted and given a coupon on our website.

**Actions we will take**
a) Inventory manager will do daily reconciliation of physical stock against system stock.
b) During sale periods we will review the cancellation report twice a day.
c) If cancel rate goes above 1% in any week we will pause slow-moving listings till we check.

Kindly review and reactivate our account.

Regards,
Ankit Sharma
Sharma Traders, Surat""",
violation="cancel-rate", style="bold", rc="Root Cause Analysis", corr="Actions we took", prev="Actions we will take",
pol=["Pre-fulfilment Cancel Rate"], notes="bold 'Root Cause Analysis / Actions we took / Actions we will take'")

M("c-appeal-ip-tm-latam-027", AA, "ES", "latam", "Apelación - trademark complaint (in English)",
"""Hello Seller Performance,

We are writing in English as requested. Our account was deactivated after a trademark infringement complaint from the owner of the brand "Velaroma" (complaint ID 1187634552). We used the word Velaroma in the title of our own scented candles to say "compatible with Velaroma candle warmers". We understand now this is use of a registered trademark without permission.

WHY IT HAPPENED
We thought that saying "compatible with" was allowed. Nobody in our team knew the rules of Amazon Intellectual Property Policy well.

WHAT WE CORRECTED
We already removed the word Velaroma from the title, bullets, backend keywords and images in all 7 listings. We wrote to the rights owner to apologize and asked them to retract the complaint; we attach their reply.

HOW WE PREVENT IT
Before publishing a listing, we will search every brand name in the text in the trademark database (EUIPO and OEPM), and we will not use other brand names in titles. Our product manager did the IP training in Seller University.

Muchas gracias,
Lucía Fernández
Candelaria Hogar S.L.""",
violation="ip-trademark", style="caps", rc="WHY IT HAPPENED", corr="WHAT WE CORRECTED", prev="HOW WE PREVENT IT",
pol=["trademark infringement", "Intellectual Property Policy"], dec=[("complaint-id", "1187634552"), ("foreign-snippet", "Muchas gracias")],
notes="Latam writer on ES (not English-required), in English; caps headings")


M("c-appeal-meddevice-en-028", LR, "US", "native", "Listing removed – medical device claims (TENS unit)",
"""Hello,

Our listing for the "ReliefWave" TENS massager (ASIN B0CK2RT8VZ) was removed for making medical device claims without the required FDA clearance. Below is our plan of action.

1. Root cause
The bullet points said the device "treats sciatica, arthritis and fibromyalgia" and "FDA approved pain relief". The unit is sold under a 510(k) clearance held by the manufacturer, but that clearance covers temporary relief of muscle soreness only, not treatment of any disease. We wrote the copy from a competitor's listing and never compared it with the cleared indications for use.

2. Corrective actions
We have rewritten the title, bullets, description and A+ content so they only use the cleared indication ("temporary relief of pain associated with sore and aching muscles"). We removed the phrase "FDA approved" everywhere; we now write "FDA 510(k) cleared (K213377)". We also removed two lifestyle images that showed the device used on the lower back of a pregnant woman, which is a contraindication.

3. Preventive actions
Any health-related listing now gets checked line by line against the device's cleared indications by our regulatory consultant before it goes live, and we keep the 510(k) summary in our listing folder. We reviewed our other 4 health listings the same way and changed one word ("cures") on a heating pad.

Thank you,
Jordan Ellis
ReliefWave Wellness LLC""",
violation="medical-device-claims", style="numbered", rc="1. Root cause", corr="2. Corrective actions", prev="3. Preventive actions",
pol=["medical device claims"], dec=[("asin", "B0CK2RT8VZ"), ("certificate-number", "K213377")],
notes="numbered; medical device claims; 510(k) number decoy")

M("c-appeal-forged-zh-029", AA, "US", "chinese", "Appeal – invoice authenticity",
"""Dear Seller Performance Team,

Our account was deactivated because the invoice we submitted for the inauthentic complaint on ASIN B0C5LQ4M8N was considered not authentic / altered. We want to be completely honest with you about what happened, and we sincerely apologize.

一、问题原因 (Root cause)
The invoice was real, from our supplier Guangzhou Meiyan Cosmetics, but it showed the old company name of our store. Our staff used an editing software to change the buyer name to our new company name and changed the date so it looks like it covers the complaint period. This is our serious mistake. We did not understand that editing any part of a document is forgery, even if the purchase was real.

二、已经采取的措施 (Actions already taken)
1. The staff who edited the document no longer handles any compliance documents. Only our general manager can submit documents to Amazon now.
2. We asked the supplier to issue a new, original invoice with our current company name and the original purchase dates. We attach it together with the supplier's business license and contact, so you can verify directly by phone (+86 20 3892 6615).
3. We also attach the bank transfer records that match the invoice amount.

三、预防措施 (Prevention)
1. All documents sent to Amazon will be the original files from the issuer, never edited. If information is wrong, we will ask the issuer to correct it.
2. When we change company name, we will update the supplier contracts at the same time.
3. Our team has read the Amazon Seller Code of Conduct and the Inauthentic items policy; every new staff must read it.

We are very sorry for this and we hope you can give us the chance to continue.

Best regards,
Chen Jing
Hangzhou Qingyu Trading Co., Ltd.""",
violation="forged-documents", style="mixed", rc="一、问题原因 (Root cause)", corr="二、已经采取的措施 (Actions already taken)",
prev="三、预防措施 (Prevention)", pol=["Seller Code of Conduct", "Inauthentic items policy"],
dec=[("asin", "B0C5LQ4M8N"), ("phone", "+86 20 3892 6615"), ("foreign-snippet", "一、问题原因"), ("mild-plea", "we hope you can give us the chance to continue")],
notes="forged documents; bilingual Chinese numbered headings; English text")

M("c-appeal-kyc-latam-030", AA, "US", "latam", "Section 3 deactivation - identity verification",
"""Hello Amazon Seller Performance,

My account was deactivated under Section 3 of the BSA because I could not be verified. I want to explain and show what I corrected.

Root cause - the name on my ID (Argentine DNI) is "María José Ibarra Quiroga", but when I registered I used only "Maria Ibarra" and my credit card also says "M J IBARRA". The system could not match the names. Also my address proof was an electricity bill in the name of my husband.

Corrective actions - I have updated the legal name in the account to exactly the name in my DNI. I uploaded a new bank statement in my name from Banco Galicia, issued in October 2026, with the same address as in the account. I added a credit card with my full name.

Prevention - If any of my information changes (address, bank, card) I will update Seller Central the same week and keep the documents in the same format as the ID. I will check the account info page every month.

I am available for a video verification at any time.

Thank you very much,
María José Ibarra""",
violation="identity-verification", style="inline", rc="Root cause - the name on my ID", corr="Corrective actions - I have updated",
prev="Prevention - If any of my information changes", pol=["Section 3 of the BSA"],
notes="inline with dashes; KYC")

M("c-appeal-inauth-tr-031", AA, "US", "turkish", "Inauthentic item complaints – our action plan",
"""Dear Seller Performance,

Thank you for reviewing our appeal. Our account was deactivated because of Inauthentic item complaints on our leather bags. Below please see our plan.

Investigation
We read all 8 buyer messages and returns. The bags are our own private label "Kapadokya Deri", not a copy of any brand. But the buyers said "not genuine leather" because in 3 colors we used bonded leather and the listing said "100% genuine leather". So the customer received a product that was not as described and they chose the reason "inauthentic".

Immediate actions
Listings are changed: the 3 colors now say "bonded leather", and the material attribute is corrected. We have refunded all 8 customers. We removed the unsold bonded-leather units from FBA and they are now in our store in Izmir.

Long-term controls
Every material claim will be checked with the supplier's material certificate before we write the listing. We will not use "genuine" anywhere unless the certificate says full-grain or top-grain. Our quality person will take photos of the label of every new batch.

Best regards,
Ayşe Demir
Kapadokya Deri Ltd.""",
violation="inauthentic", style="plain", rc="Investigation", corr="Immediate actions", prev="Long-term controls",
pol=["Inauthentic item complaints"], notes="plain headings 'Investigation / Immediate actions / Long-term controls'")

M("c-appeal-copyright-en-032", LR, "UK", "native", "Copyright notice – product photos (ASINs B0D1KKQ3TS, B0D1KKR7WA)",
"""Dear Seller Performance team,

Two of our listings were removed after a copyright infringement notice from a photographer claiming we used her images. She was right. Here is what happened and what we have done.

A. Cause
A freelance designer we hired for our spring catalogue sourced "lifestyle" images from a stock site. Two of them were not licensed stock images at all; they had been scraped from the photographer's portfolio and uploaded to the stock site by someone else. We did not check the licence trail ourselves.

B. Action already taken
We removed the two images from both listings the same day and replaced them with photos we shot ourselves. We contacted the photographer, apologised and paid a licence fee for the period the images were used; she has sent a retraction to Amazon (copy attached).

C. Prevention
We now only use images we shoot in-house or buy directly from a photographer with a written licence, and we keep the licence on file for every image on every ASIN. The designer contract now includes a warranty that all assets are cleared.

Thank you,
Hannah Price
Price & Daughter Ceramics""",
violation="ip-copyright", style="lettered", rc="A. Cause", corr="B. Action already taken", prev="C. Prevention",
pol=["copyright infringement"], notes="lettered; copyright; the ASINs are only in the subject")

M("c-appeal-voc-in-033", LR, "IN", "indian", "Listing blocked due to Voice of the Customer – NCX",
"""Dear Team,

Our ASIN B0CN8XL2DR (steel water bottle 1L) is suppressed in the Voice of the Customer dashboard with "Poor listing quality" and NCX rate 9.4%. Please find our action plan as under.

Issue identified: Most complaints say "bottle is leaking" and "size smaller than shown". We found our lid supplier changed the silicone ring in August batch, which is thinner. Also main image was showing bottle next to a small cup, which made it look bigger.

Action done: Entire August batch lid is replaced with thicker ring (1,100 units in FBA sent for removal and refurbished at our end). New main image with dimension marking is uploaded. The title now mentions 1000 ml and 26 cm height.

Future prevention: Leak test of 2% units from every batch before dispatch to FBA. Monthly review of VOC dashboard by our listing executive. Any supplier change of component must be approved by us in writing.

Kindly reinstate the listing.

Regards,
Rohit Verma
Verma Steelware""",
violation="voice-of-customer", style="inline", rc="Issue identified:", corr="Action done:", prev="Future prevention:",
pol=["Voice of the Customer", "NCX"], dec=[("asin", "B0CN8XL2DR")], notes="VOC/NCX listing; inline")

M("c-appeal-ahr-other-034", AA, "IT", "other-non-native", "Account Health Rating fell below 200 – appeal with action plan",
"""Gentile team Amazon,

I'm writing for the deactivation of my account after my AHR went under 200. The issues in the dashboard were 4 listing policy violations (restricted product – supplement claims on 2 herbal teas) and 3 food safety complaints.

**Our root cause analysis**
My listings for the herbal teas used words like "detox", "lowers blood pressure" and "boosts immune system". These are health claims that are not allowed for food. The food safety complaints were about 2 boxes that arrived with the seal broken, because we used a soft envelope for shipping.

**What we have changed**
- I have edited the 2 tea listings and removed every health claim; the violations show now "resolved" in the dashboard.
- The tea is now shipped only in rigid boxes with a shrink seal.
- The 3 customers were refunded.

**For the future**
- Before I publish a food listing, I compare it with the EU list of authorised health claims and with Amazon's food and grocery rules.
- I look at the Account Health page every week, and I act on any warning in 48 hours.

Grazie mille,
Giulia Romano
Erboristeria Romano""",
violation="account-health-rating", style="bold", rc="Our root cause analysis", corr="What we have changed", prev="For the future",
pol=["AHR"], dec=[("foreign-snippet", "Gentile team Amazon")], notes="Italian writer; metric abbreviation AHR only")

M("c-appeal-dropship-en-035", AA, "US", "native", "Plan of Action: Drop shipping",
"""Plan of Action – Drop Shipping Policy

Root cause
We were fulfilling some orders by buying the item from another online retailer and having it shipped directly to our customer, with the other retailer's packing slip and invoice in the box. This happened on 63 orders between July and September, mostly when our own stock of water filters ran out. We knew we were the seller of record but we did not realise that a third party's packing slip and name on the package violates the policy.

Corrective actions
All 63 buyers have received an email from us apologising for the confusing packaging. We have stopped ordering from other retailers completely; if an item is out of stock we now set the quantity to zero instead. We have signed a direct purchase agreement with the filter manufacturer and have 1,500 units in our own warehouse.

Preventive measures
Our stock levels are synced every hour and a low-stock alert at 50 units triggers a reorder. Every package leaves our own warehouse with our packing slip. If we ever use a fulfilment partner again, they will ship with our name and branding only.

Thomas Reyes
Clearflow Home Goods""",
violation="drop-shipping", style="plain", rc="Root cause", corr="Corrective actions", prev="Preventive measures",
pol=["Drop Shipping Policy"], notes="plain headings without colons; the first line is a title, not a part")

M("c-appeal-condition-zh-036", AA, "JP", "chinese", "Condition complaints appeal",
"""Dear Amazon Japan Seller Performance Team,

Thank you for the notice about many complaints of item condition (商品状態) on our account. We are sorry for the inconvenient caused to customers. Please see our POA.

1) The reason of the problem
Our products are LED desk lamps. The complaints said the lamp arrived scratched and the box was dirty. We checked and found that our FBA shipments from Shenzhen used very thin inner box, and during the long shipping the lamps touched each other.

2) What we have done
- Changed to thick inner box with foam on every side (new shipment already arrived at NRT5).
- Removed 340 old units from FBA and checked each one, 56 with scratch are not sold as new anymore.
- Refunded all customers who complained.

3) How we avoid it
- Before shipping, our QC will do a carton drop test for every new packaging.
- Every month we will check the customer returns reason report, if condition complaints more than 0.5% we stop sending.

Best regards,
Guo Hao""",
violation="condition", style="numbered", rc="1) The reason of the problem", corr="2) What we have done", prev="3) How we avoid it",
pol=["complaints of item condition"], dec=[("single-apology", "We are sorry for the inconvenient caused to customers."), ("foreign-snippet", "商品状態")],
notes="Chinese writer on JP in English; numbered 1) headings")

M("c-appeal-restricted-other-037", AA, "US", "other-non-native", "Appeal for restricted product violation (CBD listing)",
"""Hello,

Our account is deactivated for listing restricted products. The listing was for a "hemp seed oil" face serum and the notice says it was flagged as containing CBD.

Our POA:
What caused it – In the ingredients we wrote "Cannabis Sativa Seed Oil" and in the bullets "with full spectrum hemp extract". The product does not contain CBD, but the words "full spectrum hemp extract" suggest CBD, and listing products with CBD is against the Drugs and drug paraphernalia policy.
What we did – We removed the words "full spectrum hemp extract" and the cannabis leaf picture. We uploaded the lab certificate showing 0.0% CBD and THC. We checked our other 12 listings for any similar words.
What we will do – Any new listing with hemp ingredients will have the lab report checked before listing, and we will use only the INCI name of the ingredient, without marketing words about hemp.

Regards,
Nguyen Thi Lan
Lotus Naturals""",
violation="restricted-products", style="our-poa", rc="What caused it –", corr="What we did –", prev="What we will do –",
pol=["restricted products", "Drugs and drug paraphernalia policy"], notes="'Our POA:' then dash-led parts; Vietnamese writer")

M("c-appeal-odr-zh-038", AA, "UK", "chinese", "Appeal ODR",
"""Dear Team,

Thanks for your email. Our account is deactivated because ODR is more than 1%. After check carefully, we summarize as below:

# Why the ODR is high
In October we changed to a new logistic company for the self-ship orders to UK. Their delivery time was 12-18 days, not the 7-10 days we promised. Many customers left negative feedback and opened A-to-z claim for late delivery.

# What we have finished
1. Stopped this logistic company at 25 Oct. All self-ship orders now go via Royal Mail Tracked 48 from our UK warehouse.
2. Moved our top 30 SKUs into FBA.
3. Contacted every customer who left negative feedback, refunded them and apologized.

# What we will do in the future
1. Test any new logistic company with 50 orders before using for all orders.
2. Set the delivery template according to the real time of the carrier.
3. Our customer service will answer every message within 12 hours, also on weekends.

Best wishes,
Zhou Lei
Shenzhen Meike Trading""",
violation="odr", style="markdown", rc="Why the ODR is high", corr="What we have finished", prev="What we will do in the future",
pol=["ODR"], notes="markdown # headings; ODR only")

M("c-appeal-latedispatch-en-039", AA, "UK", "native", "Appeal – late dispatch / account deactivated",
"""Hello,

I'm the owner of Thistle & Bramble, a small handmade soap business in Yorkshire. My account was deactivated last Tuesday for a Late Dispatch Rate of 7.8%, and I want to give you the full picture, because I think it matters for understanding why this won't happen again.

In late October I had surgery. I had arranged for my sister to cover dispatch for two weeks, but she was only able to come in three days a week, and I didn't change my handling time or switch on holiday mode. I assumed that if orders went out within a couple of days it would be fine. It wasn't; 41 orders were dispatched late over that period. None of them were cancelled, and most customers received their soap only a day or two later than promised, but I understand that the promise is what counts, and that customers planning gifts rely on it.

Since coming back I have worked through the backlog and every open order has been dispatched and confirmed. I messaged each customer whose order was late to apologise and I included a free bar with the delayed parcels. I've changed my handling time from 1 day to 3 days for the soap gift sets, which are wrapped by hand and take longer. I have also taken on a part-time helper, Ellie, who works Monday, Wednesday and Friday and knows how to pack and confirm dispatch on Seller Central. She has her own user login with limited permissions.

For the future, I've put a simple rule in place: if neither Ellie nor I can dispatch on a given day, I switch the account to holiday mode the evening before. I've also set a daily reminder at 2pm to check the "Orders to ship today" view, and I now check the Late Dispatch Rate on my Account Health page every Monday. Before Christmas, when orders triple, Ellie will work five days a week, which we agreed last week. If either of us is ill, my sister has agreed to come in on the same day rather than part-time, and I have written a one-page checklist for her so she can do it without me.

I'm sorry for the disruption this caused to my customers. Selling on Amazon is about 60% of my business and I have worked hard to build up my feedback (4.9 from 1,300 ratings). I'd be grateful for the chance to continue.

Kind regards,
Fiona Gallagher
Thistle & Bramble Soaps""",
violation="late-shipment", style="none", rc="In late October I had surgery.", corr="Since coming back I have worked through the backlog",
prev="For the future, I've put a simple rule in place", pol=["Late Dispatch Rate"],
dec=[("single-apology", "I'm sorry for the disruption this caused to my customers.")],
notes="long narrative POA with no headings; single apology decoy")


M("c-appeal-related-en-040", AA, "US", "native", "Appeal – Seller Code of Conduct (multiple accounts)",
"""Hello,

We are appealing the deactivation of our account for operating a second selling account without a legitimate business need, in violation of the Seller Code of Conduct.

Root Cause:
In 2025 our former operations manager opened a second account (store name "BR Direct") with our company details to "test" a separate product line. It was never approved by Amazon and we, the owners, did not know it existed until your notice.

Corrective Actions:
We located the login for the second account, removed all its listings and closed it on November 3. The former manager's access to all of our systems was revoked; he left the company in August. We have reviewed every user on our main account and removed three old logins.

Preventive Measures:
Only the two owners can create or approve any marketplace account. We now keep a register of every account in the company's name, reviewed quarterly by our accountant. If we ever need a second account, we will apply through the official request process first.

Best,
Brian Russo and Dana Russo
Russo Pet Supply""",
violation="related-accounts", style="colon", rc="Root Cause:", corr="Corrective Actions:", prev="Preventive Measures:",
pol=["Seller Code of Conduct"], notes="colon headings; second account")

# ---------------------------------------------------------------- POAs with a part missing or corrective only planned

M("c-appeal-inauth-zh-041", AA, "US", "chinese", "Appeal for inauthentic complaint",
"""Dear Amazon Seller Performance Team,

We received your notification that our account was deactivated due to inauthentic complaints about our earphones (ASIN B0CR2XJ7TQ). We apologize for this issue.

Corrective actions we have taken:
1. We have removed all the listings that had complaint.
2. We have checked all the inventory in FBA and sent removal order for the 530 units.
3. We have refunded all the customers who returned the product.
4. We have provided the invoice from the factory, and the factory's business license.

Preventive measures:
1. We will only purchase from the factory with complete qualification.
2. Each batch of products will be inspected before sending to FBA.
3. We will keep all the invoices for at least 365 days.
4. We will train our staff about Amazon policy every month.

We hope you can reinstate our account. Thank you.

Best regards,
Sun Hao""",
violation="inauthentic", style="colon", corr="Corrective actions we have taken:", prev="Preventive measures:",
pol=["inauthentic complaints"], dec=[("asin", "B0CR2XJ7TQ")], notes="missing root cause: goes straight to actions")

M("c-appeal-odr-in-042", AA, "IN", "indian", "Reactivation request – ODR above target",
"""Dear Sir/Madam,

With reference to the deactivation of our account due to Order Defect Rate being more than 1%, we are submitting our plan of action for your kind consideration.

1. Actions taken
- All pending A-to-z claims have been refunded from our side without waiting for decision.
- We have called all the customers who gave negative feedback and resolved their concerns.
- Courier partner has been changed from local to Delhivery and Blue Dart.

2. Steps to avoid the issue in future
- Daily monitoring of account health by our executive.
- Quality check before dispatch of every order.
- Customer messages will be replied within 24 hours.

We assure you that such issues will not happen again. Kindly reinstate our account at the earliest.

Thanks and Regards,
Deepak Gupta
Gupta Electronics, Lucknow""",
violation="odr", style="numbered", corr="1. Actions taken", prev="2. Steps to avoid the issue in future",
pol=["Order Defect Rate"], notes="missing root cause; says nothing about why the defects happened")

M("c-appeal-gouging-latam-043", AA, "US", "latam", "Appeal pricing",
"""Hello Seller Performance,

Our account was deactivated because the price of our face masks was too high during the flu season. We want to show you our plan.

Corrective actions: We lowered all prices to the normal level. We deactivated the automatic repricer. We refunded 35 orders that were sold with the high price.

Preventive actions: We will check prices every day manually. We will not use automatic pricing for health products anymore. The maximum price in our system is now set at 15% above our average price.

Thanks for your help,
Jorge Castillo
Castillo Distribuciones""",
violation="price-gouging", style="inline", corr="Corrective actions:", prev="Preventive actions:",
notes="missing root cause; no policy named ('price was too high' is not the policy)")

M("c-appeal-review-tr-044", AA, "UK", "turkish", "Review manipulation appeal",
"""Dear Amazon,

We are writing about deactivation of our account for violation of the Anti-Manipulation Policy for Customer Reviews. We accept that the reviews on our products were not in line with the policy.

What we did:
We have stopped all communication with the groups. We deleted our Facebook page. We removed the insert card from our packages and we sent Amazon the list of orders connected.

How we make sure it won't happen again:
We will use only Amazon Vine and the Request a Review button. All our team members read the policy and signed that they understood it. Any marketing activity must be approved by the company owner.

Thank you,
Mehmet Kaya
Kaya Home""",
violation="review-manipulation", style="colon", corr="What we did:", prev="How we make sure it won't happen again:",
pol=["Anti-Manipulation Policy for Customer Reviews"],
notes="missing root cause: says reviews were not in line but never says how or why it happened")

M("c-appeal-dropship-other-045", AA, "US", "other-non-native", "Drop shipping violation appeal",
"""Dear Seller Performance,

Regarding the deactivation under the Drop Shipping Policy. We take it very seriously.

Actions we have already done
- Stopped all orders to our supplier in China for direct shipping to customers
- Moved all inventory to FBA (4 shipments are checked-in now)
- Sent apology message to the 22 customers who got a package with the supplier's invoice

Actions for the future
- Only FBA and our own warehouse in New Jersey will ship customer orders
- Monthly audit of fulfillment channels by the owner

Kind regards,
Andrzej Kowalczyk
AK Trading LLC""",
violation="drop-shipping", style="plain", corr="Actions we have already done", prev="Actions for the future",
pol=["Drop Shipping Policy"], notes="missing root cause; Polish writer; plain headings")

M("c-appeal-kyc-en-046", AA, "US", "native", "Please reactivate our account",
"""Hi,

We've gone ahead and uploaded a fresh set of documents for the review. Here's what we did:

- Uploaded a new utility bill dated October 2026 for our registered address.
- Updated the business address in Seller Central so it matches the address on the utility bill and on our Articles of Organization.
- Re-uploaded both sides of the owner's driver's license in color, uncropped.

Going forward we'll update Seller Central within a week of any change of address or bank, and we'll keep copies of the documents that Amazon accepted.

Thanks,
Alyssa Grant
Grant Family Toys LLC""",
violation="identity-verification", style="none", corr="Here's what we did:", prev="Going forward we'll update Seller Central",
notes="missing root cause (never says why verification failed), no policy named; bullets only")

M("c-appeal-counterfeit-zh-047", AA, "US", "chinese", "关于counterfeit appeal – please help",
"""Dear Sir,

Our account is deactivated for counterfeit. This is a big misunderstanding!! Our products are 100% genuine, we buy from authorized distributor, we have the invoice.

Root cause:
The rights owner "Kelvex" filed complaint against us because they want to control the price. They filed complaint to all sellers who sell lower than their MAP price. We are not the only seller who got this. It is not our fault, the products are real.

What we did:
We sent the invoice to Amazon 3 times already. We also sent email to the brand to ask them to retract, but they never reply.

Please, we are really desperate now. 2 months no sales, we have to pay salary to 15 staff and rent of warehouse. Our boss is very sick from stress. Please help us, we have no other way!!!

Sun Jian""",
violation="counterfeit", style="colon", rc="Root cause:", corr="What we did:",
pol=["counterfeit"], emo=["we are really desperate now", "Our boss is very sick from stress", "Please help us, we have no other way!!!"],
notes="root cause blames brand; corrective is only sending invoices; no prevention; desperate")

M("c-appeal-vtr-in-048", AA, "IN", "indian", "Valid Tracking Rate – POA",
"""Dear Seller Performance Team,

Kindly find below our Plan of Action for VTR below 95%.

Root Cause: Our courier partner Shree Maruti was giving tracking ID but their tracking was not integrated with Amazon. So 14% orders did not show valid tracking even though delivered.

Corrective Action: We have updated the tracking IDs of all the pending orders with the correct carrier name and confirmed them again. Also we have asked Shree Maruti to share their tracking with Amazon.

Thanking you,
Vikram Singh
Singh Sports Goods""",
violation="valid-tracking", style="inline", rc="Root Cause:", corr="Corrective Action:",
pol=["VTR"], notes="missing preventive; short")

M("c-appeal-safety-en-049", LR, "US", "native", "Listing reinstatement: space heater safety complaint",
"""Hello,

Our listing for the 1500W ceramic space heater (ASIN B0BZ8MNL4T) was deactivated after several customers reported that the unit overheated and the plug melted. This is a product safety issue and we're treating it as one.

What went wrong. Our supplier changed the power cord on the latest production run from a 16 AWG to an 18 AWG cord to reduce cost, without telling us. A thinner cord carrying 12.5 amps for hours will run hot, and at the plug that's exactly where you'd see melting. Our ETL certification was for the original design.

What we have done. We pulled all remaining stock from FBA (about 600 units) and from our warehouse, and we quarantined it. We filed a report with the CPSC on SaferProducts.gov. We contacted every buyer from that production run (we can identify them by date range) with a stop-use notice and a full refund, no return needed. The listing stays down until a corrected, re-certified unit is available; we are not asking to reactivate it with the old stock.

We're asking you to reinstate the ASIN once we send the new ETL report for the corrected cord, which our lab has scheduled for December 14.

Regards,
Michael Tran
Hearthside Appliances""",
violation="product-safety", style="inline", rc="What went wrong.", corr="What we have done.",
pol=["product safety"], dec=[("asin", "B0BZ8MNL4T")],
notes="missing preventive: root cause and actions only, nothing about stopping unannounced supplier changes")

M("c-appeal-late-tr-050", AA, "US", "turkish", "Appeal for late shipment rate",
"""Hello,

Our account was deactivated because Late Shipment Rate is over 4%. We are explaining.

1- Reason: Because of holidays in Turkey (Kurban Bayramı) our cargo company did not pick up the packages for 5 days. We did not put the vacation setting. So the orders were shipped late.

2- Action: All orders now shipped and customers informed with message. We sent sorry message and small gift to customers.

We ask to open our account again. Thanks.

İbrahim Çelik
Çelik Ev Tekstili""",
violation="late-shipment", style="numbered", rc="1- Reason:", corr="2- Action:",
pol=["Late Shipment Rate"], dec=[("foreign-snippet", "Kurban Bayramı")], notes="missing preventive; numbered with dash")

M("c-appeal-used-in-051", AA, "IN", "indian", "Plan of action: used sold as new complaints",
"""Dear Team,

This is regarding the complaints that we are selling used products as new (category: mobile accessories). Please find our POA.

Root cause of the issue:
On checking, it was found that our warehouse staff was repacking the customer return units which looked fine and sending them again as new. Staff was not aware that returned items cannot be resold as new.

Corrective action taken:
1) The staff member who repacked the returns was informed about the mistake.
2) Existing stock in FBA was checked via removal order and 47 opened units are now listed as Used - Good.
3) All 9 customers who complained have been refunded.

Kindly consider our appeal and restore the selling privileges. We assure full compliance.

Regards,
Sandeep Kumar
SK Mobile World""",
violation="used-sold-as-new", style="colon", rc="Root cause of the issue:", corr="Corrective action taken:",
pol=["used products as new"], notes="missing preventive ('We assure full compliance' is not a plan)")

M("c-appeal-cancel-other-052", AA, "CA", "other-non-native", "Cancellation rate - what happened",
"""Hello,

About the deactivation of my account for the Cancellation Rate above 2.5%.

Why it happened
My supplier in Ontario closed suddenly in September and I had 54 open orders for products I could not get anymore. I had to cancel them all in 2 days.

What I did
I set all listings from that supplier to quantity 0 the same day. I wrote to every customer with apology and recommended other sellers of the same products. I found a new supplier in Quebec and I received the first delivery on October 20.

Thank you for understanding,
Dimitrios Papadopoulos
DP Hardware""",
violation="cancel-rate", style="plain", rc="Why it happened", corr="What I did",
pol=["Cancellation Rate"], notes="missing preventive; Greek writer; plain headings")

M("c-appeal-iptm-en-053", AA, "UK", "native", "IP complaint – appeal",
"""Dear Seller Performance,

I've received your message about an intellectual property complaint on my listing of laptop sleeves and want to explain what went on.

The reason is that we used the phrase "for MacBook Air" in the product title and described the colour as "Apple Green". The brand owner's agents apparently read this as using their trademark. On top of that, one of our images showed the sleeve with a laptop inside that had the logo visible.

I've now changed the titles to "fits 13-inch laptops (see dimensions)" and replaced the image with a plain laptop without any logo. The colour is now called "Leaf".

Kind regards,
Owen Hughes
Hughes Leather Goods""",
violation="ip-trademark", style="none", rc="The reason is that", corr="I've now changed the titles",
pol=["intellectual property complaint"], notes="no headings; missing preventive")


M("c-appeal-odr-latam-054", AA, "US", "latam", "ODR plan of action",
"""Dear Seller Performance Team,

We are sending our plan of action for the Order Defect Rate (ODR) of 2.1% in our account.

Root cause
We analyzed the 27 orders with defects. 20 of them were negative feedback about the size of our running shoes: the customers say the shoes are one size smaller than normal. Our size chart was using the Colombian sizes converted to US with a wrong table, so a US 9 was in reality a US 8. The other 7 were A-to-z claims because the customers could not return the product easily.

Preventive measures
- For every new model, we will measure 3 pairs in each size and compare with the Brannock standard before listing.
- Our customer service will offer an exchange in the first message when the customer complains about size.
- We will review the return reasons in the Voice of the Customer page every week.

We hope this is enough for reactivation. Thank you.

Andrés Gómez
Zapatos Andinos SAS""",
violation="odr", style="plain", rc="Root cause", prev="Preventive measures",
pol=["Order Defect Rate", "ODR"],
notes="missing corrective: nothing done about the wrong size chart, the current stock or the buyers; only future prevention")

M("c-appeal-trademark-zh-055", AA, "US", "chinese", "Trademark complaint appeal",
"""Dear Amazon,

About the trademark infringement complaint (complaint ID 1290553817) on our LED strip lights, we explain as below.

一. Root cause
Our designer put the word "Philips Hue compatible" in title and a picture of Hue app. We did not know that use other brand name in title without permission is trademark infringement. Our staff have not enough knowledge of intellectual property.

二. Prevention
1. We will train all staff about Amazon Intellectual Property Policy.
2. Before any listing go online, the manager will check there is no other brand name.
3. We will register our own trademark "Lumixo" in USPTO.

Thank you for your support.
Best regards
Huang Xin""",
violation="ip-trademark", style="numbered", rc="一. Root cause", prev="二. Prevention",
pol=["trademark infringement", "Intellectual Property Policy"], dec=[("complaint-id", "1290553817")],
notes="missing corrective: the title with the brand name is never said to be fixed")

M("c-appeal-safety-other-056", AA, "UK", "other-non-native", "Appeal product safety – toy with small parts",
"""Dear Seller Performance,

The deactivation is about our wooden stacking toy, which you found to be a product safety risk (small parts for children under 3 years). This is our explanation and our plan.

The cause: the rings of the toy are 28 mm, but the top ball is only 25 mm and can come off. Our test report from the lab tested only the rings, not the ball, because the ball was added in the new version.

What we change for the future: all new versions will be tested complete at the lab according to EN 71-1 before we send to Amazon; we will add the age warning "Not suitable for children under 36 months" on the package and listing when there is any small part; our product developer will do a small parts cylinder test on each new sample.

Regards,
Radu Ionescu
Jucării Lemn SRL""",
violation="product-safety", style="inline", rc="The cause:", prev="What we change for the future:",
pol=["product safety"], notes="missing corrective: no recall, no removal of the unsafe stock; Romanian writer")

M("c-appeal-related-in-057", AA, "IN", "indian", "Appeal – related account",
"""Dear Team,

This is with regard to deactivation of my account as it is related to another account. Please find my explanation.

REASON
My brother-in-law was having one Amazon seller account which was deactivated last year. He had used my computer for uploading some listings for his account one or two times when his laptop was under repair. Due to this my account got linked.

PREVENTIVE STEPS
- Nobody except me will use my laptop and my mobile.
- I will use separate internet connection for my business.
- I will not help any other seller in their account work.

I am a genuine seller. Kindly reinstate.

Regards,
Rajesh Patel""",
violation="related-accounts", style="caps", rc="REASON", prev="PREVENTIVE STEPS",
pol=["related to another account"], notes="missing corrective; caps headings")

M("c-appeal-expired-en-058", AA, "US", "native", "Expired item complaints – deactivation",
"""Hello,

I'm writing about the deactivation of my account after customers complained about the dates printed on our protein bars.

What went wrong: My FBA shipment in June included two cases from an older production lot that I had forgotten in the back of my storage unit. I didn't check the dates on each case before packing, only on the first case I opened.

Going forward, I will check the expiration date on every single case before it goes into a shipment and write it on the outside of the box. I'll also only send product with at least 6 months left, and I'll set up a calendar reminder to review FBA inventory age every month.

Thanks,
Kevin Burke""",
violation="expired-products",
style="inline", rc="What went wrong:", prev="Going forward, I will check",
notes="missing corrective: no removal of the old stock or refunds; no policy or violation named")

M("c-appeal-review-zh-059", AA, "US", "chinese", "Reviews violation appeal",
"""Dear Seller Performance Team,

We are writing about our account deactivation for violation of the Customer Product Reviews policy. Sorry for the inconvenient.

The reason of the problem is: our operation staff joined a WeChat group where sellers "exchange" buying and reviewing each others products. He thought this is a normal way to get the first reviews for new product. In 2 months he arranged 18 orders with reviews through this group. The boss did not know this.

Thank you for your time, we hope to get your reply soon.

Best regards,
Wu Ting
Xiamen Haibo Trading""",
violation="review-manipulation", style="none", rc="The reason of the problem is:",
pol=["Customer Product Reviews policy"], dec=[("single-apology", "Sorry for the inconvenient.")],
notes="only a root cause: no corrective and no preventive part")

M("c-appeal-variation-tr-060", LR, "US", "turkish", "Listing removed - variation",
"""Hello,

Our carpet listings are removed for variation policy. The root cause is: we put different designs of carpet (with different patterns and materials) in one parent because they are same collection name "Anatolia". Some children were wool and some polyester, and the old reviews from wool carpet show also on polyester carpet.

We understand the problem now. Please reinstate our listings.

Best regards,
Hakan Öztürk""",
violation="variation-abuse", style="none", rc="The root cause is:",
pol=["variation policy"], notes="only root cause, very short; 80-ish words")

M("c-appeal-ahr-in-061", AA, "IN", "indian", "Account deactivated - AHR",
"""Dear Sir/Madam,

We are writing regarding our account which is deactivated since 3rd November. Why it happened:

1) Many customers complained that product (ladies kurtis) colour is different from photo. Our photographer used high saturation filter in the photos.
2) Some parcels were lost by the courier and the customers asked for refund.
3) We did not reply to buyer messages on time during the festival season, as our staff was on leave.

We are small business of 8 ladies from Jaipur, all of us depend on this. We have done everything as per Amazon rules.

Kindly restore the account.

Regards,
Sunita Meena
Meena Handloom""",
violation="account-health-rating", style="numbered", rc="Why it happened:",
notes="root causes listed only (numbered), a plea; no policy or metric named")

M("c-appeal-price-en-062", AA, "US", "native", "Fair pricing",
"""Hello Seller Performance,

Regarding the deactivation of our account under the fair pricing policy for the sale of bottled water during Hurricane Delia.

From here on, our prices for emergency supplies (water, batteries, flashlights, generators, first-aid) will be capped at our pre-emergency price plus documented cost increases. Our repricer will have a hard maximum on those categories. During any declared state of emergency, the owner will approve all price changes personally. We will also sign up for the FEMA and state alerts so we know when an emergency is declared in any state we ship to.

Sincerely,
Steve Albright
Albright Wholesale""",
violation="price-gouging", style="none", prev="From here on, our prices for emergency supplies",
pol=["fair pricing policy"], notes="only preventive measures: no root cause, no corrective")

M("c-appeal-cancel-zh-063", AA, "UK", "chinese", "Appeal for cancel rate",
"""Dear Team,

Our account is deactivated because cancel rate too high. We have finished below actions:

1. We cancelled all orders that we could not ship and refunded customers.
2. We updated the stock of all 180 listings, now the stock is the real stock.
3. We closed the listings of the products which are not available now.

Please check and reactivate our account. Thank you very much.

Best regards
Ma Lin""",
violation="cancel-rate", style="none", corr="We have finished below actions:",
pol=["cancel rate"], notes="only corrective actions (done): no root cause, no prevention")

M("c-appeal-listing-latam-064", LR, "MX", "latam", "Reactivar ASIN - in english - condition of the listing",
"""Hello,

Please reactivate our listing of the ceramic mug set (ASIN B0C3NRX8QK). Below what we did:

- Corrected the images, now the main image is white background as requested
- Removed the text "best price" and "free shipping" from title
- Deleted the duplicate listing
- Uploaded the new package dimensions
- Changed the bullet points so they describe only this set of 4 mugs

Thank you,
Fernanda Ruiz
Talavera Fina""",
violation="listing-policy", style="none", corr="Below what we did:",
dec=[("asin", "B0C3NRX8QK")], notes="listing fixes only: no root cause, no prevention, no policy named; MX marketplace")


M("c-appeal-inauth-en-065", AA, "US", "native", "Appeal – Inauthentic item complaints (supplement)",
"""Dear Seller Performance team,

Thank you for reviewing our appeal regarding the Inauthentic item complaints on our collagen powder listing.

What happened
We sourced 400 units of the product in September from a liquidation wholesaler rather than from the brand's distributor, because the distributor was out of stock. Customers reported that the tubs had a different lid and a different lot code format. We believe the wholesaler's stock was either old packaging or not genuine, and we cannot prove the chain of custody.

What we are going to do
- We will create a removal order for all remaining units from that purchase.
- We will refund every buyer who bought between September 15 and October 30.
- We will request a credit from the wholesaler and end our relationship with them.
- We will provide the distributor invoices for our earlier stock.

How we will prevent it
We will buy only from the brand or its authorized distributor, and keep invoices and letters of authorization on file for every ASIN. A new supplier will need approval from both owners.

Best regards,
Amanda Li
Peak Wellness Supply""",
violation="inauthentic", style="plain", rc="What happened", corr="What we are going to do", prev="How we will prevent it",
done=False, pol=["Inauthentic item complaints"], notes="not-done: corrective part only in future tense")

M("c-appeal-late-zh-066", AA, "US", "chinese", "Late Shipment Rate POA",
"""Dear Amazon Seller Performance Team,

Thanks for your notice. Our account was deactivated because our Late Shipment Rate is 9%. Here is our plan of action.

【Root cause】
Our self-fulfillment orders are shipped from our warehouse in Yiwu. In October there was a big typhoon, the logistic company stopped picking up for 6 days. Also we did not confirm shipment on time for the orders already shipped, our staff forgot to upload the tracking.

【Corrective actions】
1. We will upload all tracking numbers immediately after shipping.
2. We will change the handling time from 2 days to 4 days.
3. We will contact the customers who received late orders and give them refund.

【Preventive actions】
1. We will find a second logistic company as backup.
2. We will use the vacation mode when there is bad weather or holiday.
3. We will check the performance dashboard every day.

Best regards,
Xu Ming
Yiwu Jiale Trade Co., Ltd.""",
violation="late-shipment", style="plain", rc="【Root cause】", corr="【Corrective actions】", prev="【Preventive actions】",
done=False, pol=["Late Shipment Rate"], notes="not-done; 【】 bracket headings (labeled plain: short lines, no colon); every action is 'We will'")

M("c-appeal-odr-tr-067", AA, "DE", "turkish", "ODR appeal – plan of action",
"""Dear Seller Performance,

Our account was deactivated for Order Defect Rate over 1%. We want to explain and give our plan.

ROOT CAUSE
Our towels were shipped with a very thin plastic bag only, and some arrived wet and dirty because of rain. Also the color in the photos was brighter than the real product. This caused negative feedback and 6 A-to-z claims.

CORRECTIVE ACTIONS
- We are going to change packaging to carton boxes.
- We are going to take new photos with natural light.
- We are going to refund the customers with claims.

PREVENTIVE ACTIONS
- Monthly review of feedbacks.
- Quality check of each order before shipping.

Best regards,
Burak Şahin
Şahin Havlu""",
violation="odr", style="caps", rc="ROOT CAUSE", corr="CORRECTIVE ACTIONS", prev="PREVENTIVE ACTIONS",
done=False, pol=["Order Defect Rate"], notes="not-done with 'are going to'")

M("c-appeal-restricted-in-068", AA, "IN", "indian", "POA for restricted product",
"""Dear Seller Performance,

Please find our POA for the deactivation related to restricted products (weighing scales listed without legal metrology approval).

A) Root Cause: We were not aware that electronic weighing scales require Legal Metrology model approval certificate to be sold in India. Our supplier told us it is not required for kitchen scales.

B) Corrective Action: We shall remove all the scales listings within 2 days and we shall create removal order for the FBA stock. We shall also obtain the model approval certificate from the supplier before relisting.

C) Preventive Action: We shall check the restricted products help page before listing any new product category and consult a compliance consultant.

We sincerely apologise and request for reactivation.

Regards,
Manoj Reddy
Reddy Home Needs""",
violation="restricted-products", style="lettered", rc="A) Root Cause:", corr="B) Corrective Action:", prev="C) Preventive Action:",
done=False, pol=["restricted products"], dec=[("single-apology", "We sincerely apologise")], notes="not-done with 'we shall'")

M("c-appeal-copyright-latam-069", LR, "US", "latam", "Copyright complaint – book covers",
"""Hello,

Our listings of phone cases with art prints were removed for copyright. Please see our plan.

1. Why: We used illustrations of a famous anime in the designs. We did not know that fan art is not allowed without license from the owner.
2. What we will fix: We will delete the designs with the anime illustrations from our catalog. We will ask the copyright owner for a license, and if they say no, we will not sell them again.
3. Prevention: We will only sell our own designs or designs with written license.

Thanks a lot!!
Sebastián Torres
Cases Creativos""",
violation="ip-copyright", style="numbered", rc="1. Why:", corr="2. What we will fix:", prev="3. Prevention:",
done=False, pol=["copyright"], notes="not-done, short; listing reinstatement")

M("c-appeal-related-other-070", AA, "US", "other-non-native", "Appeal - fifth time",
"""Dear Amazon Team,

I am really scared. I do not know what to do anymore. This is my fifth appeal and every time it is refused. I have lost 3 months of income and I cannot sleep at night. Please, I am begging you, read this.

The problem is with my former business partner. We had a company together until 2024, and the old account was registered with the same address and bank account. The partnership ended and he kept the old account, which was later suspended.

I will close the old bank account and open a new one only in my name. I will change my registered address to my new office. I will send you the documents of the dissolution of the partnership.

In the future I will not share any information, device or bank account with any other seller.

Please, please, I have nothing else.
Petr Dvořák""",
violation="related-accounts", style="none", rc="The problem is with my former business partner.",
corr="I will close the old bank account", prev="In the future I will not share", done=False,
emo=["I am really scared. I do not know what to do anymore.", "I cannot sleep at night", "Please, I am begging you, read this.", "Please, please, I have nothing else."],
notes="despair; not-done; names no policy or violation anywhere (subject too)")

M("c-appeal-pesticide-en-071", LR, "US", "native", "Pesticide claim – listing reinstatement",
"""Hi,

This is about our "natural" ant bait station listing that was removed because it makes pesticide claims and needs EPA registration. The product uses boric acid, which is a registered pesticide active ingredient, so the product falls under FIFRA and cannot be sold without an EPA registration number on the label.

We plan to do the following: contact our manufacturer about getting the product registered, take the current listing down permanently until then, and remove the inventory from FBA. We also want to review the rest of our garden catalog for anything similar.

Once the product has an EPA Reg. No. we will create a new listing that shows the number in the images and the bullets, and every future garden or pest product will be checked against the EPA's pesticide rules before we buy any stock.

Thanks,
Greg Holloway
Holloway Garden Co.""",
violation="pesticide-claims", style="none", rc="The product uses boric acid", corr="We plan to do the following:",
prev="every future garden or pest product will be checked", done=False, pol=["pesticide claims"],
notes="not-done in one paragraph ('We plan to'), no headings")

M("c-appeal-gouging-zh-072", AA, "US", "chinese", "Pricing appeal",
"""Dear Sir/Madam,

The reason of the problem: During the snow storm, many sellers were out of stock of the portable power station. Our system raised the price automatically from $199 to $459.

Next we will do:
1. Lower the price back to $199.
2. Refund the difference to the customers who bought at high price.
3. Check our other listings for any too high price.

Thank you!
Zheng Yu""",
violation="price-gouging", style="inline", rc="The reason of the problem:", corr="Next we will do:", done=False,
notes="not-done and missing preventive; no policy named; short")

M("c-appeal-kyc-tr-073", AA, "UK", "turkish", "Identity verification failed",
"""Dear Seller Performance team,

Our account is deactivated because we did not pass the identity verification required by Section 3 of the Business Solutions Agreement.

Why: The address on our utility bill was "Atatürk Mah." but in the account we wrote "Ataturk District". The system did not match it.

What we will do: We will update the address in the account exactly like on the bill. We will upload the bill again and also the bank statement.

Kind regards,
Selin Arslan
Arslan Dış Ticaret""",
violation="identity-verification", style="inline", rc="Why:", corr="What we will do:", done=False,
pol=["Section 3 of the Business Solutions Agreement"], notes="not-done and missing preventive")

M("c-appeal-meddevice-zh-074", LR, "US", "chinese", "Listing removed - medical claim",
"""Dear Team,

We are writing for our listing of the infrared forehead thermometer (model IR-200). It was removed from the Health category under the medical device policy, for missing FDA clearance. We will provide the 510(k) document from the manufacturer and we will remove the claim "medical grade, 100% accurate". In the future all our medical devices will be checked with FDA database before listing.

Best regards,
Lin Qiang""",
violation="medical-device-claims",
style="none", corr="We will provide the 510(k) document", prev="In the future all our medical devices", done=False,
pol=["medical device policy"], notes="not-done, missing root cause, under 80 words")

M("c-appeal-condition-en-075", AA, "US", "native", "RE: condition complaints – second appeal, PLEASE READ",
"""Seller Performance,

I am beyond frustrated. I sent you a complete plan of action two weeks ago and got a form letter back. You are destroying a business that took me eight years to build. I have employees. I have a family. Nobody will even pick up the phone.

Fine. Here it is again.

Root cause: some of our refurbished vacuum parts were listed under "New" condition, against the condition guidelines, because our listing software defaulted to New when we uploaded the spreadsheet. That's it. It was a software setting.

What we will do: we will relist every refurbished item under the correct condition, we will email the affected buyers, and we will switch to a listing tool that requires a condition for each row.

That should be enough. It's a spreadsheet mistake, not fraud.

Dale Whitman
Whitman Vac & Sew""",
violation="condition", style="inline", rc="Root cause:", corr="What we will do:", done=False,
pol=["condition guidelines"], emo=["I am beyond frustrated.", "You are destroying a business that took me eight years to build.", "Nobody will even pick up the phone."],
notes="angry, not-done, missing preventive")


# ---------------------------------------------------------------- technical issues

M("c-tech-payment-en-076", TECH, "US", "native", "Charge method keeps getting declined",
"""Hi Seller Support,

For the last 3 days Seller Central keeps telling me my charge method is invalid and that my account will be restricted if I don't update it. I've re-entered the card twice. Same card I've used for two years, nothing has changed, and my bank says there are no declined attempts on their side.

To save time, here are the card details so someone can check it on your end:

Visa 4526 0181 5908 3012
exp 11/29
CVV 804
Name on card: Patricia A. Monroe
Billing ZIP 97214

Could you please tell me what's actually failing? The error in the Payment Information page just says "We were unable to verify your card" with no code.

Thanks,
Patty Monroe
Monroe Quilting Supply""",
topic="payment-method", sec=[("card", "4526 0181 5908 3012"), ("card-expiry", "11/29"), ("card-code", "804")],
dec=[("postcode", "97214")], notes="full card details pasted into a case")

M("c-tech-deposit-other-077", TECH, "DE", "other-non-native", "Deposit method cannot be verified",
"""Hello Seller Support,

I try since one week to change the deposit method to our new bank account, but always it shows "Bank account could not be verified". The bank account is a business account at Commerzbank and is in the name of the company, same as in the account.

The data I enter:
Account holder: Brandt & Söhne Werkzeuge GmbH
IBAN: DE44 5001 0517 5407 3249 31
BIC: COBADEFFXXX

I checked three times, there is no typo. Our disbursement is already on hold since 10 days. Can you please check what is the problem?

Mit freundlichen Grüßen
Klaus Brandt""",
topic="deposit-method", sec=[("iban", "DE44 5001 0517 5407 3249 31")],
dec=[("swift-code", "COBADEFFXXX"), ("foreign-snippet", "Mit freundlichen Grüßen")],
notes="IBAN with spaces; German writer writing English on DE")

M("c-tech-deposit-en-078", TECH, "US", "native", "Disbursement failed – bank info",
"""Hello,

Our last two disbursements failed and the payments page says "Deposit method invalid". We switched banks in September. The new account is a business checking account at Chase.

Routing: 021000021
Account: 4471093826

Both are copied straight from the bank's website. The account name is "Ridgeline Outfitters LLC", exactly as on our legal documents. Our EIN is 84-3917265 if that helps.

What do we need to do to get this verified? We have about $11,400 waiting.

Thank you,
Josh Whelan
Ridgeline Outfitters""",
topic="deposit-method", sec=[("routing-number", "021000021"), ("bank-account", "4471093826")],
dec=[("tax-id", "84-3917265")], notes="routing + account pasted; EIN decoy")

M("c-tech-login-in-079", TECH, "IN", "indian", "Unable to login – OTP not receiving",
"""Dear Seller Support,

I am unable to login to Seller Central from last 2 days. After entering email and password it asks for OTP but the OTP is not coming on my registered mobile number +91 70221 58843. I have tried 10-12 times.

For your checking, my login email is kavya.textiles@gmail.com and password is Shree@2026#blr. Kindly login and check what is the issue and also change the mobile number to my new number +91 99001 27734.

Kindly resolve at the earliest as orders are pending for dispatch.

Regards,
Kavya Ramesh
Kavya Textiles, Bengaluru""",
topic="login", sec=[("password", "Shree@2026#blr")],
dec=[("phone", "+91 70221 58843"), ("phone", "+91 99001 27734"), ("otp-word", "it asks for OTP but the OTP is not coming")],
notes="password pasted; OTP mentioned without a value")

M("c-tech-login-zh-080", TECH, "US", "chinese", "无法登录卖家后台",
"""您好，

我们的卖家账号从昨天开始无法登录。输入邮箱和密码以后，页面一直提示"出现问题，请重试"，两步验证的短信也收不到。我们公司在深圳，用的是同一台电脑和同一个网络，没有做任何改变。

为了方便你们检查，账号信息如下：
登录邮箱：sales@hxbaby-store.com
密码是 Hx_8827qq
刚才收到的验证码：493817

请帮我们尽快检查，店铺还有很多订单需要发货，谢谢！

深圳市恒星母婴用品有限公司
刘女士""",
topic="login", lang="zh", sec=[("password", "Hx_8827qq"), ("one-time-code", "493817")],
notes="Chinese text on US: password and verification code pasted")

M("c-tech-payment-ja-081", TECH, "US", "other-non-native", "クレジットカードの登録エラーについて",
"""Seller Support ご担当者様

いつもお世話になっております。株式会社ミナト雑貨の佐藤です。

アメリカのセラーセントラルで請求用のクレジットカードを登録しようとしていますが、「カードを確認できませんでした」というエラーが何度も出ます。カード会社に確認したところ、カードには問題がないとのことでした。

念のため、登録しようとしている情報をお送りします。
カード番号：3548-7574-9118-6258
有効期限：2029年6月
セキュリティコード：271

また、セラーセントラルのパスワードは sakura-Tk93! です。必要であればログインして確認してください。

お手数ですが、原因を教えていただけますでしょうか。
よろしくお願いいたします。

佐藤 健一""",
topic="payment-method", lang="ja",
sec=[("card", "3548-7574-9118-6258"), ("card-expiry", "2029年6月"), ("card-code", "271"), ("password", "sakura-Tk93!")],
notes="Japanese on US (English-required): JCB card with dashes, expiry as 2029年6月, security code, password")

M("c-tech-2sv-en-082", TECH, "UK", "native", "Two-step verification locked",
"""Hi,

I got locked out after changing phones. The authenticator app on the new phone gives me codes but Seller Central says they're invalid. I then asked for a backup code by text and got one — 604 219 — but by the time I typed it in it said expired.

My old phone is wiped so I can't use that. Can you reset two-step verification on the account so I can set it up again? I can verify my identity however you need, I have my passport and the business bank statement ready.

Account email: hello@thornbury-candles.co.uk

Thanks,
Rosie Thornbury""",
topic="login", sec=[("one-time-code", "604 219")], notes="one-time code with a space in the middle")

M("c-tech-upload-zh-083", TECH, "US", "chinese", "Inventory file upload error 8560",
"""Dear Seller Support,

We upload the inventory file (flat file) for 45 new SKUs of bathroom accessories, but the processing report show error 8560 for all rows: "SKU does not match any ASIN and contains invalid UPC values". We bought the UPC from GS1 US, our company prefix is 0860012... and the barcodes are valid.

Example row: SKU BR-SHWR-CDY-01, UPC 086001234567, product type BATHROOM_ACCESSORIES.

Batch ID of upload: 50218836019
File name: bath_newSKU_1128.xlsm

Please check why the GS1 barcodes are not accepted. We have checked GS1 Data Hub and the products are registered in our name.

Thank you
Gao Yan""",
topic="listing-upload", dec=[("error-code", "error 8560"), ("upc", "086001234567"), ("batch-id", "50218836019"), ("file-name", "bath_newSKU_1128.xlsm"), ("sku", "BR-SHWR-CDY-01")],
notes="error code, UPC and batch ID decoys")

M("c-tech-report-en-084", TECH, "US", "native", "Settlement report won't download",
"""Hello,

The Date Range report for October (Payments > Reports Repository) has been stuck at "In Progress" for four days. I've requested it three times, which is a bit frustrating. I need it for my bookkeeper to close the month. The settlement ID for the period is 17493028561 if that helps.

The transaction view works, it's only the downloadable report. I've tried Chrome and Firefox and cleared cache.

Thanks,
Megan Shaw""",
topic="report-error", dec=[("settlement-id", "17493028561"), ("mild-word", "a bit frustrating")], notes="short, calm; settlement ID decoy")

M("c-tech-page-tr-085", TECH, "UK", "turkish", "Manage inventory page not open",
"""Hello,

Since yesterday when I click on Inventory > Manage All Inventory, page is white and nothing is loading. Other pages are working. I tried with different computer and phone, same. I am not able to change prices or stock and we have a Lightning Deal tomorrow (ASIN B0CQJ4V9XW).

Please urgent help, we need to change the deal price before it starts. Screenshot is attached.

Teşekkürler,
Oğuz Yılmaz""",
topic="page-error", dec=[("asin", "B0CQJ4V9XW"), ("foreign-snippet", "Teşekkürler")], notes="short tech issue")

M("c-tech-api-other-086", TECH, "US", "other-non-native", "SP-API 403 on Orders endpoint after role change",
"""Hi team,

We are a private developer app for our own seller account. Since the 18th we get 403 Unauthorized on GET /orders/v0/orders for all marketplaces. The Listings and Reports endpoints still work.

What we checked:
- The app is authorized, LWA refresh token is new (re-authorized on 19th).
- The roles in Developer Profile include Inventory and Order Tracking and Direct-to-Consumer Shipping (restricted role) was approved in 2025.
- App ID: amzn1.sp.solution.7f2e91c4-33b0-4d8a-9e1a-28c6f5b0d113

The error body: {"code":"Unauthorized","message":"Access to requested resource is denied."}

I think the restricted role was removed during the yearly review. Can you confirm and tell us how to request it again? We do not want to post client secret or token here, tell us if you need them through a secure way.

Thanks,
Maciej Zieliński""",
topic="api", dec=[("app-id", "amzn1.sp.solution.7f2e91c4-33b0-4d8a-9e1a-28c6f5b0d113")],
notes="developer writes about tokens without giving any; app ID decoy")

M("c-tech-tax-latam-087", TECH, "US", "latam", "Tax interview problem W-8BEN-E",
"""Hello,

I am trying to complete the tax interview for my company in Chile. When I select "Corporation" and put our RUT as foreign tax ID (76.451.209-3), the page gives me an error that the format is not valid and I can not continue. I tried without points and dash also.

Can you help me to finish the W-8BEN-E? Without this my account will be blocked for payments.

Gracias,
Camila Soto
Importadora Soto SpA""",
topic="tax-interview", dec=[("tax-id", "76.451.209-3")], notes="foreign tax ID decoy")

M("c-tech-label-in-088", TECH, "IN", "indian", "Easy Ship label not generating – very urgent!!!",
"""Dear Team,

WHAT IS GOING ON WITH YOUR SYSTEM??? From morning 9 am I am trying to generate the Easy Ship labels and every time error is coming. 63 orders are pending, if they are not shipped today my late dispatch will go up and then you will block my account. This is happening THIRD TIME this month. Every time you say it is resolved and again same thing.

Order ID example: 404-8817265-3390714

I have called the helpline twice, nobody is solving. I am very very disappointed with Amazon support. If it is not fixed today I will stop selling on Amazon and move to Flipkart completely.

Kindly escalate IMMEDIATELY.

Naveen Kumar
NK Electricals""",
topic="shipping-label",
emo=["WHAT IS GOING ON WITH YOUR SYSTEM???", "This is happening THIRD TIME this month.", "I am very very disappointed with Amazon support",
     "Kindly escalate IMMEDIATELY."],
dec=[("order-id", "404-8817265-3390714")], notes="shouting tech issue")

M("c-tech-payment-en-089", TECH, "US", "native", "Amex removed from account without notice",
"""Hello,

My American Express card was removed from the account and I was asked to re-add it, but it keeps failing. Card is 3796 030824 62817, security code on the front 7305. Expiry is April 2028. Nothing wrong with the card itself.

I don't want my account to go on hold over this, we have our busiest month coming. Please advise.

Raymond Okafor
Okafor Imports""",
topic="payment-method", sec=[("card", "3796 030824 62817"), ("card-code", "7305"), ("card-expiry", "April 2028")],
notes="Amex in 4-6-5 groups, 4-digit code, expiry written as a month name")

M("c-tech-deposit-tr-090", TECH, "AE", "turkish", "Deposit method change - Turkish bank",
"""Dear Seller Support,

We want to receive our payments to our bank in Turkey. When I add the IBAN the page says "This bank is not supported for your marketplace". Our IBAN is TR160001 0001587000 12345678 (Ziraat Bankası). Is it possible to get payment to Turkish bank on Amazon.ae, or we must use a payment service provider?

Please let me know which option is correct.

Best regards,
Zeynep Koç
Koç Seramik""",
topic="deposit-method", sec=[("iban", "TR160001 0001587000 12345678")],
notes="Turkish IBAN in odd space grouping, on AE")

M("c-tech-page-de-091", TECH, "UK", "other-non-native", "Fehler auf der Seite 'Versand durch Amazon' – Sendung erstellen",
"""Hallo Seller Support,

seit gestern können wir keine neue Sendung an Amazon erstellen. Wenn wir im Versand-Workflow auf "Bestätigen und fortfahren" klicken, erscheint nur die Meldung "Es ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut." Das passiert mit allen Browsern und auch auf einem anderen Computer.

Wir haben 14 Kartons mit Gartenwerkzeug fertig gepackt und die Spedition ist für Freitag gebucht. Die letzte Sendung, die funktioniert hat, war FBA15HK72MRD.

Können Sie bitte prüfen, ob es an unserem Konto liegt? Wir haben keine Warnung im Kontozustand.

Vielen Dank und viele Grüße
Stefanie Krüger
Krüger Gartenbedarf""",
topic="page-error", lang="de", dec=[("shipment-id", "FBA15HK72MRD")],
notes="German text on UK (English-required)")


# ---------------------------------------------------------------- FBA reimbursement

M("c-fba-lostinbound-zh-092", FBA, "US", "chinese", "Shipment FBA17QXW3MRT - 240 units missing",
"""Dear Seller Support,

Our shipment FBA17QXW3MRT was delivered to warehouse ONT8 on Oct 28 (proof of delivery signed, carrier UPS Freight, PRO number 582910347). We sent 12 cartons, 20 units each, total 240 units of FNSKU X003KQ7ZLB. But the shipment status show "Closed" with only 0 received.

We attach:
1. Proof of delivery with 12 cartons signed
2. Commercial invoice
3. Packing list and box labels

Please investigate and reimburse the 240 units. Thank you.

Best regards,
Yang Jie
Zhongshan Lanpu Lighting""",
topic="lost-inbound",
dec=[("shipment-id", "FBA17QXW3MRT"), ("pro-number", "582910347"), ("fnsku", "X003KQ7ZLB")],
notes="9-digit PRO number that fails the ABA check")

M("c-fba-lostinbound-en-093", FBA, "UK", "native", "Inbound shipment discrepancy – 3 cartons",
"""Hi,

Shipment FBA15LMN8QPX shows 96 of 144 units received. Three cartons (48 units) are missing. The carrier (DPD) tracking shows all six cartons delivered to BHX4 on 2 November, and we have a signed POD showing 6 parcels. Tracking numbers for the three cartons that appear not to have been received: 15502983344187, 15502983344188 and 15502983344189.

The reconciliation window is still open. Could you please research and either locate the units or reimburse them?

Many thanks,
Alex Morgan""",
topic="lost-inbound",
dec=[("shipment-id", "FBA15LMN8QPX"), ("tracking-number", "15502983344187"), ("tracking-number", "15502983344188"), ("tracking-number", "15502983344189")],
notes="three consecutive 14-digit tracking numbers (none passes Luhn)")

M("c-fba-warehouselost-latam-094", FBA, "US", "latam", "Lost inventory in warehouse - reimbursement",
"""Hello,

In my Inventory Ledger I see that 18 units of my coffee grinder (FNSKU X002P9LM4C) were marked as "Misplaced" in the warehouse PHX7 on September 14, and until now they were not found and not reimbursed. It is more than 60 days.

Please can you check and give the reimbursement. The cost of each unit is $42.

Also I want to say that this is the third time this year and I am a little frustrated, because I have to check manually every month.

Thank you,
Diego Herrera""",
topic="warehouse-lost", dec=[("fnsku", "X002P9LM4C"), ("mild-word", "I am a little frustrated")],
notes="calm with a mild word")

M("c-fba-damaged-in-095", FBA, "IN", "indian", "Reimbursement for warehouse damaged units",
"""Dear Seller Support,

As per the Inventory Adjustment report, 26 units of our glass jar set (SKU GJ-SET3-500) were damaged in the fulfilment centre BLR7 (reason code E - Damaged at Amazon fulfilment centre). However we have received reimbursement only for 11 units (reimbursement ID 3871026549). Remaining 15 units are not reimbursed.

Kindly check and do the needful for the remaining units. Kindly note the manufacturing cost is Rs. 640 per set.

For payment you may credit to our account directly:
Bank: HDFC Bank, Koramangala branch
A/c no: 50100238817746
IFSC: HDFC0001753

Thanks and Regards,
Arjun Menon
Menon Glassware""",
topic="warehouse-damaged",
sec=[("bank-account", "50100238817746")],
dec=[("sku", "GJ-SET3-500"), ("reimbursement-id", "3871026549"), ("ifsc", "HDFC0001753")],
notes="bank account number pasted; IFSC is a decoy")

M("c-fba-return-en-096", FBA, "US", "native", "Customer returns not received back – refund issued",
"""Hello,

We refunded the following customers more than 45 days ago, but the returns were never received at the fulfillment center and we were not reimbursed:

113-7284059-1638206 – refunded Sept 2
111-4603928-7155402 – refunded Sept 9
114-2290175-8832016 – refunded Sept 11

Each is for our 12-quart air fryer ($129.99). Can you please open an investigation and reimburse as per the FBA customer returns policy?

Thanks,
Carol Dunn
Dunn Kitchen Direct""",
topic="customer-return", pol=["FBA customer returns policy"],
dec=[("order-id", "113-7284059-1638206"), ("order-id", "111-4603928-7155402"), ("order-id", "114-2290175-8832016")],
notes="two order IDs pass Luhn once dashes are removed; hard T006 negatives")

M("c-fba-removal-tr-097", FBA, "UK", "turkish", "Removal order not delivered",
"""Hello Seller Support,

Our removal order DYK8Q2VZRA was created on 1 October for 65 units. The status shows "Completed" and the tracking shows delivered, but we received only 1 box with 20 units. The other 45 units are not arrived.

Tracking number: H00YTA0047812395

Can you please investigate and reimburse the missing 45 units? We checked with the carrier and they say only one parcel was in the consignment.

Thank you,
Serkan Aydın""",
topic="removal", dec=[("removal-order-id", "DYK8Q2VZRA"), ("tracking-number", "H00YTA0047812395")], notes="Evri tracking decoy")

M("c-fba-damagedinbound-zh-098", FBA, "US", "chinese", "入库货物破损赔偿 / damaged inbound",
"""Dear Seller Support,

Our shipment FBA18BVT6KJH has 30 units recorded as "damaged by carrier" after received in warehouse. We used Amazon Partnered Carrier, so the damage happened during the Amazon transport. Please reimburse these 30 units.

Also we want to change where the reimbursement money goes. Please send it to our company bank account:
户名：义乌市佳禾电子商务有限公司
开户行：中国工商银行义乌分行
银行账号：1208 0200 0920 0388 157

Thank you very much.
Chen Hua""",
topic="damaged-inbound", sec=[("bank-account", "1208 0200 0920 0388 157")],
dec=[("shipment-id", "FBA18BVT6KJH"), ("foreign-snippet", "户名：义乌市佳禾电子商务有限公司")],
notes="Chinese bank account pasted with 开户行")

M("c-fba-warehouselost-other-099", FBA, "CA", "other-non-native", "Lost units – please reimburse or this is theft",
"""Hello,

I am writing for the FOURTH time about the 140 units of my product (FNSKU X004BBR2QZ) that were lost at YYZ4. Each time I get the same answer "please wait 30 days". It is now 94 days.

This is not acceptable. You are keeping my product and my money. If a seller did this you would suspend them in one day. I am seriously thinking to report Amazon to the Competition Bureau. How can a company so big lose 140 units and nobody is responsible?

Please, for once, somebody read the case history (case 17823394051) and reimburse me.

Andrei Popescu""",
topic="warehouse-lost",
emo=["I am writing for the FOURTH time", "You are keeping my product and my money.", "I am seriously thinking to report Amazon to the Competition Bureau.",
     "Please, for once, somebody read the case history"],
dec=[("fnsku", "X004BBR2QZ"), ("case-id", "17823394051")], notes="angry with a threat; no secrets")

M("c-fba-return-in-100", FBA, "IN", "indian", "Wrong item returned by customer - reimbursement",
"""Dear Team,

Order 408-3319472-5507826: customer returned a different product (old local brand mixer grinder) instead of our Prestige mixer grinder, and FC has added it to our sellable inventory as our product. Then we received it through removal order and found it is not our item. Photos attached.

Kindly raise an investigation and reimburse us for the original item as per the SAFE-T claim process.

Regards,
Pooja Iyer""",
topic="customer-return", pol=["SAFE-T claim"], dec=[("order-id", "408-3319472-5507826")],
notes="wrong item returned; SAFE-T; the order ID passes Luhn without dashes")

M("c-fba-lostinbound-other-101", FBA, "US", "other-non-native", "LTL shipment – BOL 482915637 – not received",
"""Hi,

Our LTL shipment with 4 pallets (shipment FBA16TQR9WWZ) was delivered to IND9 on 11/03. BOL number 482915637, carrier Estes. The status still shows "Delivered" and no units are received after 3 weeks.

I attached the BOL signed by the warehouse with stamp and 4 pallets. Can you please push the receiving or open investigation?

Thank you,
Hoang Minh Tuan""",
topic="lost-inbound", dec=[("bol-number", "482915637"), ("shipment-id", "FBA16TQR9WWZ")],
notes="9-digit BOL failing ABA; Vietnamese writer")

M("c-fba-removal-en-102", FBA, "US", "native", "Removal order – units disposed instead of returned",
"""Hello,

I created removal order 9KRT2MZW4P as "Return to address", but the ledger shows 80 units as "Disposed". I never requested disposal. These were good units of a seasonal item that I wanted to resell next year.

I'd like a reimbursement for the 80 units at the FBA reimbursement value. Please let me know if you need my purchase invoices.

Thanks,
Jenna Fowler""",
topic="removal", dec=[("removal-order-id", "9KRT2MZW4P")], notes="short, calm")

M("c-fba-lost-zh-103", FBA, "UK", "chinese", "Please help!!! Lost inventory",
"""Dear Amazon,

Please please help us!!! Our 500 units inventory in LBA4 disappeared from the system in one night, now the inventory show 0 and no reimbursement. This is all our money, we borrowed from bank for this shipment. If we can not get the reimbursement our small company will close and 5 staff will lose job. We are so worried that we can not eat and sleep.

Shipment ID: FBA15ZPK3MMQ
FNSKU: X003ZZT8VN

We beg you please check it for us as soon as possible.

Thank you very much,
Tang Li""",
topic="warehouse-lost",
emo=["Please please help us!!!", "we can not eat and sleep", "We beg you please check it for us"],
dec=[("shipment-id", "FBA15ZPK3MMQ"), ("fnsku", "X003ZZT8VN")], notes="begging FBA case")

M("c-fba-return-latam-104", FBA, "US", "latam", "Customer returned empty box",
"""Hello,

The customer of order 112-6639014-4471852 returned the box empty (no headphones inside). The FC marked it as "Customer damaged" and put it as unsellable, but there is nothing to sell. The value is $89.

I request the reimbursement. I have the photos of the empty box from the removal order, and the weight on the label shows it was light when the customer sent it.

Thanks,
Martín Acosta""",
topic="customer-return", dec=[("order-id", "112-6639014-4471852")], notes="short; the order ID passes Luhn without dashes")

M("c-fba-damagedinbound-en-105", FBA, "AU", "native", "Carrier damaged units – partnered carrier",
"""Hi team,

Shipment FBA15WQ7CNRS went through the partnered carrier and 14 units arrived with crushed cartons (the receiving photos on the shipment page show it). Unfortunately the units are listed as "Carrier damaged" but the status is "No reimbursement". Since it was the partnered carrier, my understanding is Amazon covers this.

Can you please review and reimburse the 14 units? Unit cost is AUD 31.50.

Cheers,
Nick Patterson""",
topic="damaged-inbound", dec=[("shipment-id", "FBA15WQ7CNRS"), ("mild-word", "Unfortunately")], notes="calm native")

M("c-fba-reimb-ja-106", FBA, "JP", "other-non-native", "返品された商品の払い戻しについて",
"""Amazon出品者サポート ご担当者様

お世話になっております。有限会社ハルカ工房の田中です。

注文番号 503-2281937-6610458 について、お客様に返金を行いましたが、返品期限から60日以上経過しても商品が返送されておりません。在庫レポートでも返品の記録は確認できませんでした。

つきましては、FBAの返品ポリシーに基づき、該当商品の補填をお願いできますでしょうか。必要な資料があればお知らせください。

よろしくお願いいたします。

田中 由美""",
topic="customer-return", lang="ja", pol=["FBAの返品ポリシー"], dec=[("order-id", "503-2281937-6610458")],
notes="Japanese on JP (not English-required)")


# ---------------------------------------------------------------- brand disputes

M("c-brand-hijacker-en-107", BRAND, "US", "native", "Hijacker selling counterfeits on our brand's listing",
"""Hello Brand Registry team,

We are the registered brand owner of TRAILMARK (USPTO Reg. No. 6,734,215). For the last ten days a seller called "QuickDealz Store" has been offering our insulated bottle (ASIN B0CT9W3LQK) at $11.99, well under our cost. We made a test buy (order 113-5820947-2219083) and the item we received is not ours: no laser-etched logo on the base, a different lid gasket, and the box has a misspelled "Trailmak" on one side.

We have filed a report through Report a Violation, but the offer is still live and customers are leaving 1-star reviews on our listing because of the fake bottles. Could you please escalate? Photos of the test buy next to a genuine unit are attached.

Thank you,
Erin Caldwell
Brand Manager, Trailmark Outdoors""",
topic="hijacker", dec=[("trademark-number", "6,734,215"), ("asin", "B0CT9W3LQK"), ("order-id", "113-5820947-2219083")],
notes="test buy; trademark and order number decoys")

M("c-brand-hijacker-es-108", BRAND, "US", "latam", "Vendedor no autorizado en nuestra marca",
"""Hola equipo de Amazon,

Somos los dueños de la marca "Sabor Casero" registrada en Brand Registry. Desde hace dos semanas hay un vendedor que está vendiendo nuestras salsas en el listado B0D4KTW2PM, pero nosotros no vendemos a ningún distribuidor en Estados Unidos. Compramos un producto de prueba y llegó con la fecha de vencimiento borrada y la etiqueta despegada.

Ya enviamos el reporte en la herramienta de Report a Violation hace 8 días y no recibimos respuesta. Por favor, ¿pueden revisar este caso? Esto está afectando nuestras calificaciones y la confianza de los clientes.

Muchas gracias,
Alejandra Vega
Sabor Casero LLC""",
topic="hijacker", lang="es", dec=[("asin", "B0D4KTW2PM")],
notes="Spanish on US (English-required)")

M("c-brand-contribution-zh-109", BRAND, "US", "chinese", "Listing details changed by other seller",
"""Dear Brand Registry Support,

We are the brand owner of "Movaly" (our brand is registered in Brand Registry). Somebody changed our listing title and main image of ASIN B0C7RQP2WN. Now the title say "For Samsung/iPhone" and the main image is a picture with other phone, which is not our product. We did not make this change.

We tried to edit back the listing 3 times, but after 1-2 days it changed again. Please lock our listing details and restore our original contribution. We attach our original title and images.

Also, for checking our brand, you can login our Brand Registry with account movaly.brand@outlook.com, 密码：Mv#20260915ly, and see the settings.

Thank you!
Wu Qian""",
topic="listing-contribution", sec=[("password", "Mv#20260915ly")], dec=[("asin", "B0C7RQP2WN")],
notes="password given after Chinese label 密码 inside English text")

M("c-brand-ownership-other-110", BRAND, "UK", "other-non-native", "Brand Registry – another company registered our brand",
"""Dear Brand Registry,

We are the owner of the trademark "KLARVIK" at the UKIPO (UK00003891176) and EUIPO since 2022. Today we found that another company has enrolled the brand KLARVIK in Brand Registry with a trademark application in another country that was filed after ours. Now they can change our listings and we cannot.

We attach our trademark certificate, our product photos with the brand on the product, and our website. We ask you to review the enrolment and give the brand rights to the real owner.

With kind regards,
Lars Eriksson
Klarvik Design AB""",
topic="brand-ownership", dec=[("trademark-number", "UK00003891176")], notes="Swedish writer")

M("c-brand-transparency-en-111", BRAND, "US", "native", "Transparency codes rejected at FC",
"""Hi,

We enrolled our ASIN B0BWQ8NNVL in Transparency in August and have been applying codes to every unit since. Our last inbound shipment (FBA15DDS3KT4) had 600 units and the FC flagged 212 of them as "Transparency code missing or invalid". We checked a sample of units from our warehouse and the codes scan fine in the Transparency app (example: AZ:9QXKF7T2M4WP0H). 

Could the labels be getting scuffed in transit, or is there an issue with the batch of codes we downloaded on Oct 2? We'd like to know before we send the next shipment.

Thanks,
Ben Holt
Holt Audio""",
topic="transparency", dec=[("asin", "B0BWQ8NNVL"), ("shipment-id", "FBA15DDS3KT4"), ("transparency-code", "AZ:9QXKF7T2M4WP0H")],
notes="Transparency code decoy")

M("c-brand-hijacker-in-112", BRAND, "IN", "indian", "Unauthorised sellers on our brand – please remove",
"""Dear Team,

We are the brand owner of "Desi Tadka Masala" (Brand Registry approved, TM application no. 5512893). Multiple sellers are selling on our listing at lower price and shipping some local masala in plain pouch. Customers are complaining that product is fake.

We have already reported through Report a Violation 5 times but no action is taken. This is affecting our brand image which we built over 10 years. Kindly take immediate action and remove these sellers.

Thanks and regards,
Harish Joshi""",
topic="hijacker", dec=[("trademark-number", "5512893")],
notes="calm brand complaint, Indian English")

M("c-brand-agency-latam-113", BRAND, "MX", "latam", "Access to Brand Registry for our agency",
"""Hello,

We are the brand owner of "Tierra Mía" and we hired an agency to manage our Brand Registry. The agency cannot accept the invitation, the link says expired. I resent it two times.

To make it easier, I gave them our main user login: the email is admin@tierramia.mx and the password is Tierra.Mia_2026 — but Amazon blocked the login because of a new location. Can you please unlock it, or tell me how to add the agency correctly as a user with Brand Representative role?

Gracias,
Rodrigo Navarro""",
topic="brand-program", sec=[("password", "Tierra.Mia_2026")], notes="password shared with agency")

M("c-brand-hijacker-other-114", BRAND, "DE", "other-non-native", "Someone is selling fake copies of my product and nobody helps",
"""Hello,

I don't know what to do anymore. I invented this product, I paid for the design patent and the moulds with all my savings, and now there are 7 sellers selling cheap copies on my own listing. My sales went from 30 a day to 2. Every day I wake up and there is a new one.

I have reported them 11 times. Every time: "we have reviewed and found no violation". How is this possible??? Please, I am asking you as a human being, look at the photos I attached. My family business will not survive December like this.

Design registration EUIPO 015002873-0001.

Pavel Horák""",
topic="hijacker",
emo=["I don't know what to do anymore.", "How is this possible???", "Please, I am asking you as a human being", "My family business will not survive December like this."],
dec=[("patent-number", "015002873-0001")], notes="despair in a brand dispute")

M("c-brand-contribution-tr-115", BRAND, "US", "turkish", "Wrong category on our listing",
"""Hello,

Our bath robe listing (ASIN B0CMV7JJ4R) was moved from "Bathrobes" to "Costumes" category by someone, and now it does not show when customers search "bathrobe". We are the brand owner (Brand Registry: Ege Pamuk). Please correct the browse node back to Women's Bathrobes and prevent other contributors from changing it. We already tried the Report a Brand Abuse form but it sent us to Seller Support.

Thank you,
Cem Erdoğan""",
topic="listing-contribution", dec=[("asin", "B0CMV7JJ4R")], notes="short")

# ---------------------------------------------------------------- category approvals

M("c-cat-grocery-in-116", CAT, "IN", "indian", "Request for approval – Grocery & Gourmet Foods",
"""Dear Category Team,

We request you to kindly approve our account for selling in Grocery & Gourmet Foods category. We are manufacturers of organic jaggery and millet products in Maharashtra. Please find attached:

1. FSSAI license (central) no. 10024022000831
2. Lab test reports from NABL accredited laboratory
3. Product images showing FSSAI logo, MRP and best before on pack
4. Purchase invoices for packaging material

Kindly review the documents and approve at the earliest.

Regards,
Sachin Patil
Krushi Organics""",
topic="grocery", dec=[("certificate-number", "10024022000831")], notes="FSSAI licence number decoy (14 digits)")

M("c-cat-supplements-en-117", CAT, "US", "native", "Dietary supplements – application rejected, need clarification",
"""Hello,

Our application to sell in Dietary Supplements was rejected with "documents do not meet requirements", but there was no detail about which document. We submitted a Certificate of Analysis from an ISO 17025 lab, the manufacturer's cGMP certificate (NSF), and product label images showing the Supplement Facts panel.

Could you tell us what exactly is missing? Is it the lab's accreditation certificate, or does the CoA need to list heavy metals and microbiology separately?

Unfortunately this is our second rejection. We've been selling our magnesium glycinate on our own website for three years and want to make sure the next submission is right.

Thanks,
Melissa Grant
Calm Harbor Nutrition""",
topic="dietary-supplements", dec=[("mild-word", "Unfortunately")], notes="calm; asks which document is missing")

M("c-cat-jewelry-zh-118", CAT, "US", "chinese", "Fine jewelry category approval",
"""Dear Amazon Team,

We want to apply for fine jewelry category. We are manufacturer in Guangzhou with 15 years experience. We have prepared the following documents: business license, the 925 sterling silver test report from SGS (report no. GZMR2410028713), and invoices of raw material. Also our products have the 925 stamp on every item.

Please tell us what else we need, and if the fee must be paid first. Thank you.

Best regards,
Liang Mei""",
topic="jewelry", dec=[("certificate-number", "GZMR2410028713")], notes="short Chinese English")

M("c-cat-automotive-other-119", CAT, "US", "other-non-native", "Ungating automotive parts – third request",
"""Hello,

This is my third application to sell in Automotive & Powersports (brake pads and rotors). I sent invoices from my distributor each time, with 10+ units, less than 180 days old, and with my name and address exactly as in Seller Central. Still rejected.

Unfortunately the rejection email does not explain the reason. I would like to know if the problem is the invoice or something else, because I do not want to waste another application.

Thank you,
Ivan Petrov
Petrov Auto Parts LLC""",
topic="automotive", dec=[("mild-word", "Unfortunately")], notes="calm letter with 'Unfortunately'")

M("c-cat-toys-latam-120", CAT, "US", "latam", "Toys holiday selling requirements",
"""Hello,

We sell educational wooden toys and we want to sell during the holiday season. We read the toys & games holiday selling guidelines and we think we meet the requirements: first sale more than 90 days ago, more than 25 orders, and our Order Defect Rate is 0.3%. But the system says we are not eligible.

Could you please check our account? Our Pre-fulfillment cancel rate is also low (0.4%).

Thanks,
Gabriela Pineda
Juguetes Pineda""",
topic="toys-holiday", pol=["toys & games holiday selling guidelines", "Order Defect Rate"],
notes="non-appeal naming policies and metrics")

M("c-cat-beauty-pt-121", CAT, "US", "other-non-native", "Aprovação para vender produtos de beleza",
"""Olá equipe da Amazon,

Somos uma empresa brasileira que fabrica cosméticos naturais (óleos capilares e hidratantes). Queremos vender na categoria de Beleza nos Estados Unidos, mas a solicitação pede faturas e documentos de segurança que não entendemos bem.

Já temos a notificação da ANVISA para todos os produtos e as fichas de segurança (SDS) em inglês. Isso é suficiente, ou precisamos de outro documento dos Estados Unidos, como registro na FDA?

Agradecemos a ajuda.
Atenciosamente,
Rafael Almeida
Natura Viva Cosméticos Ltda.""",
topic="beauty-topicals", lang="pt", notes="Portuguese on US (English-required); Brazilian writer")

M("c-cat-grocery-tr-122", CAT, "UK", "turkish", "Please approve grocery – we are waiting 3 weeks",
"""Dear Amazon,

We applied for Grocery category 3 weeks ago for our Turkish delight and baklava products and still no answer. We have all certificates (food business registration with local council, HACCP, lab tests). All our products have English labels with ingredients and allergens. We have a big stock for Christmas. Please give us a chance, we are good producer since 1985.

Thank you,
Murat Güneş
Güneş Lokum""",
topic="grocery", dec=[("mild-plea", "Please give us a chance, we are good producer since 1985.")],
notes="calm plea labeled not emotional")

M("c-cat-art-en-123", CAT, "UK", "native", "Fine Art – application",
"""Hello,

I'm a painter based in Cornwall and I'd like to apply to sell original works in Fine Art. I've sold through two galleries (St Ives and Falmouth) since 2019 and have invoices and consignment agreements from both, plus a portfolio site. Each work comes with a signed certificate of authenticity.

Please could you tell me what documents you'd like, and whether prints need a separate approval from originals?

Many thanks,
Tamsin Rowe""",
topic="fine-art", notes="short native")


# ---------------------------------------------------------------- more

M("c-appeal-usan-zh-124", AA, "US", "chinese", "申诉：二手商品冒充新品",
"""尊敬的亚马逊卖家绩效团队：

您好！我们的店铺因为"二手商品冒充新品"（Used Sold as New）投诉被停用。我们非常重视这个问题，以下是我们的行动计划。

一、问题原因
经过调查，我们发现美国海外仓把客户退回的蓝牙耳机重新贴标后发到了FBA仓库。这些耳机的包装已经被打开过，但是仓库人员没有检查就当作新品重新入库。我们给海外仓的操作说明里没有写清楚退货必须单独处理。

二、已经采取的措施
1. 已经通知海外仓停止把任何退货发往FBA，所有退货单独存放。
2. 已经对FBA库存做了移除，共检查了860件，其中41件包装有拆封痕迹，已全部销毁。
3. 已经给投诉的客户全额退款并道歉。

三、预防措施
1. 制定新的退货处理流程：退货必须经过检查，只能以二手状态单独上架，绝不作为新品销售。
2. 每批发往FBA的货物，质检人员抽查5%并拍照留档。
3. 运营主管每周检查买家之声（Voice of the Customer）和退货原因报告。

感谢您的审核，希望能恢复我们的销售权限。

深圳市博远电子有限公司
王磊""",
violation="used-sold-as-new", lang="zh", style="numbered", rc="一、问题原因", corr="二、已经采取的措施", prev="三、预防措施",
pol=["二手商品冒充新品", "Used Sold as New"], notes="complete POA written in Chinese on US (English-required)")

M("c-appeal-listing-other-125", LR, "UK", "other-non-native", "Appeal – S-1.2",
"""Dear Seller Performance,

Our 6 listings of garden lights were removed, and the notification says the listings were not in line with S-1.2 (the information and materials we provide for our products). We found that the problem was in the dimensions and the battery information.

Root Cause Analysis: our product data came from the manufacturer's Chinese catalogue and was converted to UK units by a translation tool. The tool converted "cm" to "inches" only in the number, not in the unit, so a 30 cm lamp was listed as 30 inches. Also we wrote "solar powered, no battery" but the lamps have a built-in lithium cell.

Actions we took: all 6 listings are corrected with measured dimensions and the battery is now declared (1 x 18650 Li-ion, 3.7V, 2200 mAh, contained in equipment). We also uploaded the safety data sheet for the battery.

Going forward: we measure every new product ourselves, and a second person checks the battery and dangerous goods fields before the listing is published.

Regards,
Sofia Marinova
Marinova Garden EOOD""",
violation="listing-policy", style="inline", rc="Root Cause Analysis:", corr="Actions we took:", prev="Going forward:",
pol=["S-1.2"], notes="policy named only by the Service Terms clause ID; Bulgarian writer")

M("c-appeal-odr-en-126", AA, "US", "native", "ODR – root cause analysis and going forward",
"""Hello,

Following the deactivation for our Order Defect Rate, this is our analysis.

Root Cause Analysis
Almost all of the 19 defects were "item not as described" on our bamboo cutting boards. In August our supplier started finishing the boards with a different mineral oil, which left a strong smell. Buyers described it as "chemical" and several said the board warped after the first wash, which we think is because the new batch was dried for a shorter time.

Going forward
Every new batch will be sampled (5 boards washed and dried 3 times) before it is shipped to us. We will require the supplier to tell us in writing about any change to materials, finishing or drying. Our listing will say clearly which oil is used, and we will check the negative feedback report every week.

Regards,
Stephanie Walsh
Walsh Home & Kitchen""",
violation="odr", style="plain", rc="Root Cause Analysis", prev="Going forward",
pol=["Order Defect Rate"], notes="missing corrective: nothing about the current bad batch or the buyers")

M("c-tech-payment-zh-127", TECH, "US", "chinese", "Charge method update failed",
"""Dear Seller Support,

Our account shows "Update your charge method" and our listings will be closed in 3 days. We tried to add our UnionPay credit card but the system say "card type not supported". Our finance colleague sent me the card information as below (copy from WeChat):

卡号：6294 8219 9351 8190 935
有效期 08/28

Is UnionPay 19-digit card not supported in US marketplace? If not, which card we can use? We also have a Visa from Bank of China. Please reply soon.

Thank you,
Jiang Rui
Hefei Runbo Trading""",
topic="payment-method", sec=[("card", "6294 8219 9351 8190 935"), ("card-expiry", "08/28")],
notes="19-digit UnionPay card pasted after a Chinese label")


M("c-appeal-inauth-en-128", AA, "US", "native", "Plan of Action – Inauthentic Item Complaints – Lumeway Beauty (Merchant Token A3PL0Q8RZKW4TN)",
"""Dear Seller Performance Team,

We are writing on behalf of our client, Lumeway Beauty LLC, whose selling privileges were deactivated on November 12 following a series of inauthentic item complaints on three ASINs in the Beauty category (B0C1VVP8ML, B0C1VW2QRT and B0C9HXN4KD). Our client has worked with us over the past week to investigate every complaint in detail, and this Plan of Action summarizes what was found, what has been done so far and what controls are now in place. Supporting documents (supplier invoices, a letter of authorization from the brand, and the client's new SOP) are attached to this case.

## 1. Root Cause

Our client has sold these three serums since 2023, buying directly from the brand's U.S. distributor. In August 2026 the distributor had a four-week stock-out. To avoid going out of stock during a promotion, our client's purchasing coordinator placed one order of 600 units with a secondary wholesaler that had approached them at a trade show. The wholesaler provided an invoice, but the invoice did not list the brand as the origin, and nobody checked whether the wholesaler was authorized.

Of the 14 complaints received between September 20 and November 8, 12 relate to orders fulfilled from that batch. The buyers described a thinner consistency, a different pump and a lot code printed in a different format. When our client compared retained units from both sources side by side, the differences were visible. Our client cannot confirm that the wholesaler's units were genuine and accepts that they should never have been sold.

## 2. Corrective Actions

- On November 13 our client created removal orders for all remaining units from the wholesaler batch (211 units), which are now quarantined at the client's warehouse and will be destroyed once Amazon confirms it does not need them for review.
- All 412 buyers who received units from that batch (identified by ship date and FC lot tracking) have been refunded in full, with a message explaining that the product did not meet our client's sourcing standards.
- The relationship with the wholesaler has been ended, and our client has filed a claim with them for the purchase price.
- Our client has obtained a current letter of authorization from the brand and will also ask the brand to confirm in writing the lot codes it manufactured in 2026.

## 3. Preventive Measures

- **Approved supplier list.** Only suppliers on a written approved list may be used. Adding a supplier requires a letter of authorization from the brand or a verifiable invoice chain back to the brand, reviewed by the owner.
- **Stock-out rule.** If the authorized distributor is out of stock, the listing is set to zero quantity. The purchasing coordinator does not have authority to buy from a new source.
- **Lot traceability.** Every inbound shipment to FBA records the supplier, invoice number and lot codes, so any complaint can be traced to its source in minutes.
- **Complaint review.** The owner reviews the Account Health dashboard and buyer messages every Monday and Thursday; any complaint that mentions authenticity triggers a same-day check of the lot.
- **Training.** All three members of the client's team have completed the Seller University modules on the Anti-Counterfeiting Policy and on supply chain documentation.

Thank you for your time in reviewing this Plan of Action. We are happy to provide any further information.

Sincerely,
Caroline Webb
Senior Account Manager, Northgate Marketplace Consulting
on behalf of Lumeway Beauty LLC""",
violation="inauthentic", style="markdown", rc="1. Root Cause", corr="2. Corrective Actions", prev="3. Preventive Measures",
pol=["inauthentic item complaints", "Anti-Counterfeiting Policy"],
dec=[("asin", "B0C1VVP8ML"), ("asin", "B0C1VW2QRT"), ("asin", "B0C9HXN4KD")],
notes="long agency POA (about 590 words), markdown with numbered headings and bold bullets; corrective mixes done and 'will also'")

M("c-appeal-kyc-other-129", AA, "US", "other-non-native", "Appeal – Section 3 Business Solutions Agreement – bank verification",
"""Dear Seller Performance,

My account was deactivated because Amazon could not verify the bank account and the credit card I provided, as required by Section 3 of the Business Solutions Agreement. I explain what was wrong and what I have changed.

A. What was the reason
When I opened the account I added a personal debit card and the bank account of my previous company, which I closed in June. So the card name and bank account name did not match the business name in the account (Horvat Trade LLC), and the bank statement I uploaded was not accepted.

B. What I have done
I opened a business account for Horvat Trade LLC in the US and updated the deposit method and the charge method in Seller Central. To make sure you can check it easily, here are the new details:

Bank: Wells Fargo
Routing number: 121000358
Account number: 7319 0044 2817
Credit card (business Mastercard): 5661.3186.0913.9097, valid thru 08/28

I also uploaded a new bank statement from November 2026 with the company name and address.

C. What I will do to avoid this
I will keep only business cards and business bank accounts on the Amazon account, and I will update Seller Central the same day if anything changes with my bank or my company documents.

Thank you for your review,
Ana Horvat
Horvat Trade LLC""",
violation="identity-verification", style="lettered", rc="A. What was the reason", corr="B. What I have done", prev="C. What I will do to avoid this",
pol=["Section 3 of the Business Solutions Agreement"],
sec=[("routing-number", "121000358"), ("bank-account", "7319 0044 2817"), ("card", "5661.3186.0913.9097"), ("card-expiry", "08/28")],
notes="complete KYC POA that pastes bank and card details; card with dots; Croatian writer")

M("c-appeal-review-latam-130", AA, "US", "latam", "Appeal – customer reviews",
"""Hello Seller Performance Team,

We are writing about the deactivation of our account for violating the Customer Product Reviews policy. We accept our responsibility. We organized our answer in three questions.

Why did this happen?
We offered a refund of the product price to customers who left a 5 star review, through a message in a Facebook group in Argentina. Our marketing assistant thought this was allowed because the customers paid first. Now we understand that giving any compensation for a review is prohibited.

What have we done?
We deleted the Facebook posts and left the group on November 4. We have not paid any refund for reviews since then. We sent a list of the 23 orders connected to this to Amazon, so you can remove those reviews. The marketing assistant no longer manages our promotions.

How will we prevent it from happening again?
Only the owners can approve promotions now. We will use only Amazon tools (Vine, Request a Review) to get reviews. Every person in our team read the policy and we will review it every six months.

Thank you,
Lucas Benítez
Benítez Mates""",
violation="review-manipulation", style="plain", rc="Why did this happen?", corr="What have we done?", prev="How will we prevent it from happening again?",
pol=["Customer Product Reviews policy"], notes="headings written as questions")

M("c-appeal-dropship-in-131", AA, "IN", "indian", "Appeal for deactivation – drop shipping",
"""Dear Seller Performance,

Sub: Reinstatement of account – violation of drop shipping policy

1. We found that for 31 orders in October our staff purchased the product from another online marketplace and got it delivered directly to the customer, because our stock was finished. The packages went with the other marketplace's invoice and branding.
2. We have stopped this practice completely from 2nd November, and the staff responsible has been given a written warning. All 31 customers were contacted and offered refund.
3. We have restocked our warehouse in Noida with 3 months of stock for our top 20 SKUs.
4. In future, when stock finishes, the listing quantity will be made zero automatically by our software, and no order will be fulfilled from any other retailer.
5. Every invoice and packing slip will carry only our company name, Noida Home Essentials Pvt Ltd.

Kindly consider our appeal.

Regards,
Amit Chauhan""",
violation="drop-shipping", style="numbered", rc="1. We found that", corr="2. We have stopped this practice", prev="4. In future, when stock finishes",
pol=["drop shipping policy"], notes="numbered list with no headings: cause, actions and prevention as items")

M("c-appeal-counterfeit-other-132", AA, "AU", "other-non-native", "Counterfeit claim – Ashwood Audio earbuds",
"""Hello team, our account was deactivated after a counterfeit claim from the rights owner of the Ashwood brand, and I want to be transparent about everything in one message: we bought 150 units of Ashwood earbuds from a seller on a B2B platform in 2026 without asking for proof that they were authorized, which was the real mistake, because we assumed that the price (about 30% below retail) was a bulk discount, and when the claim arrived we asked the seller for documents and he stopped answering, so we have since removed all our Ashwood offers, sent the 96 remaining units in FBA for removal and disposal, refunded every buyer who purchased them and written to the rights owner to apologise and to give them the name of the B2B seller, and from now on we only buy branded products from the brand itself or a distributor listed on the brand's website, we keep the invoices for every unit we sell, and my business partner has to approve any new supplier before we pay, so a single person can no longer make this decision alone.

Best regards,
Rizwan Malik
Malik Electronics Pty Ltd""",
violation="counterfeit", style="none", rc="we bought 150 units of Ashwood earbuds", corr="so we have since removed all our Ashwood offers",
prev="from now on we only buy branded products", pol=["counterfeit claim"],
notes="whole POA in one long sentence-paragraph; Pakistani writer in AU")


M("c-tech-login-en-133", TECH, "US", "native", "Not receiving verification code emails",
"""Hello,

Since Monday I haven't been able to get into Seller Central from my office computer. Every time I log in, it says a verification code was sent to my email, but nothing arrives — not in the inbox, not in spam. I've checked that the address is right, and I can receive emails from Amazon's buyer side without problems.

I can still log in from my phone because the app remembers me, but I can't download reports or create shipments from the phone.

I have NOT shared my password with anyone and I don't use any third-party tools that log in for me. Could you check whether emails to my domain are being blocked, or switch my account to receive the code by text to (503) 555-0147?

Thanks,
Laura Kim
Cedar & Fern Apothecary""",
topic="login", dec=[("verification-code-word", "a verification code was sent to my email"), ("password-word", "I have NOT shared my password"), ("phone", "(503) 555-0147")],
notes="'verification code' and 'password' mentioned with no value; capitals for emphasis only, not emotional")

M("c-fba-removal-other-134", FBA, "US", "other-non-native", "Removal shipment went to wrong address",
"""Hello Seller Support,

My removal order LX7RDPQ2M9 (150 units of yoga mats) was shipped to my old warehouse address in Newark instead of the new one in Edison. I changed the address in the removal order settings on 2 October, and the order was created on 9 October, so it should have used the new address.

The old warehouse is closed and the landlord says the pallets were refused. UPS tracking 1Z9W4E870359182746 shows "Returned to shipper". Our internal batch reference for this stock is 4030118725590164.

Can you please find where the units are now and either deliver them to the correct address or reimburse?

My phone for the carrier: +1 732 555 0193

Thank you,
Nikos Georgiou
Zen Mats LLC""",
topic="removal", dec=[("removal-order-id", "LX7RDPQ2M9"), ("tracking-number", "1Z9W4E870359182746"), ("batch-id", "4030118725590164"), ("phone", "+1 732 555 0193")],
notes="16-digit batch ID that fails Luhn; UPS tracking; Greek writer")

M("c-cat-collectibles-in-135", CAT, "IN", "indian", "Approval for Collectible Coins category",
"""Dear Category Approval Team,

We are a registered dealer of antique and commemorative coins in Mumbai since 2011. We wish to sell in the Collectible Coins category on Amazon.in. We have attached our shop establishment certificate, GST registration, purchase invoices from auctions and photographs of our graded coins (NGC and PCGS slabs).

Kindly let us know if there is any additional requirement for selling coins older than 100 years, as we understand that export/sale of antiquities may be restricted.

Thanks and regards,
Farhan Qureshi
Qureshi Numismatics""",
topic="collectibles", notes="calm; asks about restrictions")

M("c-tech-bank-ja-136", TECH, "JP", "other-non-native", "売上金の振込先口座の変更ができません",
"""出品者サポート ご担当者様

いつもお世話になっております。合同会社カエデ商店の山本です。

売上金の振込先を新しい銀行口座に変更しようとしていますが、「口座情報を確認できません」と表示されて登録できません。入力した内容は以下の通りです。

銀行名：みずほ銀行　渋谷支店
口座種別：普通
口座番号：3081527
口座名義：ゴウドウガイシャカエデショウテン

また、銀行のアプリの暗証番号は 4419 です。確認のために必要であれば、お使いください。

次回の振込日が近いため、早めにご対応いただけますと助かります。
よろしくお願いいたします。

山本 拓也""",
topic="deposit-method", lang="ja", sec=[("bank-account", "3081527"), ("password", "4419")],
notes="Japanese on JP (not English-required): bank account number and a 暗証番号 (PIN, labeled password)")


if __name__ == "__main__":
    write_all()
