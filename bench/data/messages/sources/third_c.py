#!/usr/bin/env python3
"""Author C's share of the third (blind, held-out) set: the texts and labels live here; running
this script rewrites messages/third-a/c-*.toml (and only files with the c- prefix)."""
import glob, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "messages", "third-a")
PREFIX = "c-"
ENGLISH_REQUIRED_MP = {"US", "UK", "CA", "AU", "IN", "SG", "AE"}
APPEALS = {"account-appeal", "listing-reinstatement"}
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
    d = []
    if kind in APPEALS:
        if not poa and not att:
            d.append("no-poa")
        if poa:
            if not L["root_cause"]:
                d.append("missing-root-cause")
            if not L["corrective"]:
                d.append("missing-corrective")
            elif not L["corrective_done"]:
                d.append("corrective-not-done")
            if not L["preventive"]:
                d.append("missing-preventive")
        if not L["policy_cited"]:
            d.append("no-policy")
    if L["emotional"]:
        d.append("emotional")
    if L["secrets"]:
        d.append("secret")
    if lang != "en" and L["english_required"]:
        d.append("non-english")
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
    os.makedirs(OUT, exist_ok=True)
    for p in glob.glob(os.path.join(OUT, PREFIX + "*.toml")):
        os.remove(p)
    ids = set()
    for m in MSGS:
        assert m["id"] not in ids, m["id"]
        ids.add(m["id"])
        with open(os.path.join(OUT, m["id"] + ".toml"), "w", encoding="utf-8") as f:
            f.write(toml_of(m))
    print(f"wrote {len(MSGS)} messages to {os.path.normpath(OUT)}")


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

Our account was deactivated last week and we see in account health page that we must verify some information. We already uploaded our passport and company registration document two times but it still show deactivated. We don't understand what is missing.

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

I am really worried because we have a lot of inventory for the christmas season, please give us a opportunity to continue selling. we are a family business and we work very hard.

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

The reason this happened is that our repricing tool was set to follow the lowest competing offer with no maximum. When the other sellers sold out, the only offers left were high-priced third-party offers, and our tool matched them upward. Nobody on our team was watching the prices over the weekend.

We have already set a hard price ceiling on every SKU (no more than 10% above our 90-day average), switched the repricer to alert-only mode during declared emergencies, and refunded the difference to all 412 buyers who paid more than $14.99 during that week. Going forward, one person on our team checks the pricing report every day, including weekends, and any price change above 10% needs my approval before it goes live. We also subscribed to the state emergency alerts so we know when price controls may apply.

Respectfully,
Carla Jennings
Jennings Outdoor Supply""",
violation="price-gouging", style="none", rc="The reason this happened is", corr="We have already set a hard price ceiling",
prev="Going forward, one person on our team", pol=["Amazon Marketplace Fair Pricing Policy"],
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


if __name__ == "__main__":
    write_all()
