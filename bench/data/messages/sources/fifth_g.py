#!/usr/bin/env python3
"""Author G's messages for the fifth (blind, held-out) set: texts and labels live here.
Writes bench/data/messages/messages/fifth-a/g-*.toml (only files with the g- prefix)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
MSGDIR = os.path.dirname(HERE)
sys.path.insert(0, MSGDIR)
sys.path.insert(0, HERE)
import validate  # noqa: E402
from writing import write_messages  # noqa: E402

OUT = os.path.join(MSGDIR, "messages", "fifth-a")
PREFIX = "g-"
MSGS = []
APPEALS = {"account-appeal", "listing-reinstatement"}


def M(id, kind, mp, writer, subject, text, violation="", topic="", lang="en", poa=False,
      attached=False, rc=None, co=None, pr=None, done=True, style="", pol=(), emo=(), sec=(),
      dec=(), notes=""):
    """rc/co/pr: section start (exact substring) when that POA part is present, else None.
    sec: [(kind, value)], dec: [(kind, value)]."""
    sections = {}
    for k, v in (("root_cause", rc), ("corrective", co), ("preventive", pr)):
        if v is not None:
            sections[k] = v
    labels = {
        "poa": poa, "poa_attached": attached,
        "root_cause": rc is not None, "corrective": co is not None,
        "corrective_done": (co is not None) and done,
        "preventive": pr is not None,
        "policy_cited": bool(pol), "policy_names": list(pol),
        "emotional": bool(emo), "emotional_phrases": list(emo),
        "secrets": [{"kind": k, "value": v} for k, v in sec],
        "decoys": [{"kind": k, "value": v} for k, v in dec],
        "heading_style": style if poa else "",
        "english_required": mp in validate.ENGLISH_REQUIRED_MP,
        "notes": notes,
    }
    m = {"id": PREFIX + id, "kind": kind, "violation": violation, "topic": topic,
         "marketplace": mp, "writer": writer, "language": lang, "subject": subject,
         "text": text.strip("\n"), "labels": labels}
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
    for k in ("id", "kind", "violation", "topic", "marketplace", "writer", "language", "subject"):
        out.append(f"{k} = {q(m[k])}")
    out.append(f"text = {q(m['text'])}")
    out.append("")
    out.append("[labels]")
    for k in ("poa", "poa_attached", "root_cause", "corrective", "corrective_done", "preventive",
              "policy_cited"):
        out.append(f"{k} = {'true' if L[k] else 'false'}")
    out.append("policy_names = [" + ", ".join(q(x) for x in L["policy_names"]) + "]")
    out.append(f"emotional = {'true' if L['emotional'] else 'false'}")
    out.append("emotional_phrases = [" + ", ".join(q(x) for x in L["emotional_phrases"]) + "]")
    out.append("secrets = [" + ", ".join("{ kind = %s, value = %s }" % (q(s["kind"]), q(s["value"]))
                                          for s in L["secrets"]) + "]")
    out.append("decoys = [" + ", ".join("{ kind = %s, value = %s }" % (q(s["kind"]), q(s["value"]))
                                         for s in L["decoys"]) + "]")
    out.append(f"heading_style = {q(L['heading_style'])}")
    out.append(f"english_required = {'true' if L['english_required'] else 'false'}")
    out.append("defects = [" + ", ".join(q(x) for x in L["defects"]) + "]")
    out.append(f"bad_on_purpose = {'true' if L['bad_on_purpose'] else 'false'}")
    out.append(f"notes = {q(L['notes'])}")
    out.append("")
    out.append("[labels.sections]")
    for k, v in L["sections"].items():
        out.append(f"{k} = {q(v)}")
    return "\n".join(out) + "\n"

# ---------------- complete POAs (hard negatives) ----------------
M("appeal-inauth-zh-001", "account-appeal", "US", "chinese",
  "Appeal for account deactivation - inauthentic item complaints",
  """Dear Seller Performance Team,

Thank you for review our appeal. Our store name is Lumora Home Direct, merchant token A2KX7RM0QZ4B1. On March 11, 2026 we received the notification "Your Amazon selling account has been deactivated" because of customer complaints of inauthentic items on ASIN B0C7TQ2M8L (silicone baking mat set).

We have investigate all orders of this ASIN in the last 180 days and find below root causes.

Root causes of the problem
1. We bought 400 units from a new wholesaler in Yiwu in January because our normal factory was closed for Spring Festival. We did not check their authorization from the brand owner.
2. The packaging from this wholesaler has different logo color, so customers think it is fake when they compare with the picture on listing.
3. Our staff did not compare the new batch with the old samples before send to FBA (shipment FBA15K2J8WQZX).

Actions we have taken
- We removed all remaining 212 units from fulfillment center and destroyed them (removal order ID 7Q-RMV-30118).
- We stopped business with this wholesaler and only buy direct from the manufacturer Ningbo Kaiyue Silicone Co., which we attach the invoices.
- We refunded the 6 customers who complained, order 113-4471029-8835516 and others.

Actions we will take going forward
- Every new supplier must provide brand authorization letter and business license before we place the order.
- Quality manager will open 5 cartons of each batch and compare with golden sample, with photos saved for 2 years.
- We will check Voice of the Customer every Monday.

We understand the importance of Amazon authenticity policy and we will make sure buyers always receive genuine products. Please reinstate our selling privileges.

Best regards,
Chen Wei
Operations Manager, Lumora Home Direct
Room 1207, Tower B, Futian District, Shenzhen
Tel: +86 755 2398 4410""",
  violation="inauthentic", poa=True, style="plain",
  rc="Root causes of the problem", co="Actions we have taken", pr="Actions we will take going forward",
  pol=["inauthentic items", "authenticity policy"],
  dec=[("merchant-token", "A2KX7RM0QZ4B1"), ("asin", "B0C7TQ2M8L"), ("shipment-id", "FBA15K2J8WQZX"),
       ("removal-order-id", "7Q-RMV-30118"), ("order-id", "113-4471029-8835516"), ("phone", "+86 755 2398 4410")],
  notes="forum-style POA, plain headings without colon, numbered root causes, signature block")

M("appeal-late-native-002", "account-appeal", "US", "native",
  "Reinstatement request - Late Shipment Rate",
  """Hello Seller Performance,

Our account (Brightwater Outfitters) was deactivated on 02/18/2026 because our Late Shipment Rate reached 9.4% over the 30-day period, above the 4% target. We take this seriously and have spent the last week going through every late order.

## What went wrong

We moved our self-fulfilled inventory from our garage to a 3PL in Reno in late January. The 3PL's integration only pulled orders every 24 hours instead of every 2 hours like we'd agreed, and nobody on our side noticed until the late orders had already stacked up. On top of that, a snowstorm closed I-80 for two days and the carrier didn't pick up.

## What we already fixed

- The 3PL now pulls orders every 30 minutes, and I personally confirmed it against the order report for 5 straight days.
- We moved 80% of our SKUs to FBA (shipments FBA15HG72MNP and FBA15HG72MNQ are already received).
- We extended handling time to 2 days on the remaining merchant-fulfilled SKUs.

## How we keep it from happening again

Going forward, I check the Account Health dashboard every morning. If any order is not confirmed shipped 12 hours before its ship-by date, the 3PL is required to call me (our contract now says this). We also added a backup carrier pickup with UPS for weather events.

Thanks for considering our appeal.

Mark Delaney
Owner, Brightwater Outfitters LLC
(775) 555-0142""",
  violation="late-shipment", poa=True, style="markdown",
  rc="What went wrong", co="What we already fixed", pr="How we keep it from happening again",
  pol=["Late Shipment Rate"],
  dec=[("shipment-id", "FBA15HG72MNP"), ("shipment-id", "FBA15HG72MNQ"), ("phone", "(775) 555-0142")],
  notes="markdown headings in the seller's own words; 'Going forward' prevention")

M("appeal-odr-indian-003", "account-appeal", "IN", "indian",
  "Appeal against deactivation - ODR above 1%",
  """Respected Sir/Madam,

This is with reference to the deactivation of our seller account "Shree Ganesh Traders" (Seller ID A1Q9ZLV3E8N2K) dated 05-Feb-2026 due to Order Defect Rate of 2.3% which is above the target of 1%.

**Root Cause Analysis**
After doing detailed analysis of all 41 defective orders we found that 29 were negative feedback related to late delivery through our local courier, 8 were A-to-z claims where the buyer did not receive the parcel, and 4 were chargebacks. Main reason was our courier partner in Jaipur had staff shortage during wedding season and parcels were lying in their hub for 4-5 days.

**Corrective Actions Taken**
1. We have terminated the contract with the local courier and shifted all orders to Easy Ship from 10-Feb-2026.
2. We have contacted all 29 buyers, apologised and issued refund wherever required.
3. We have responded to all A-to-z claims and refunded the buyers.

**Preventive Measures**
1. One dedicated staff (Mr. Rakesh) will monitor Account Health daily and revert on any feedback within 24 hours.
2. Orders will be dispatched same day if received before 2 PM.
3. We will keep buffer stock of packing material so dispatch is never delayed.

Kindly consider our appeal and reactivate our account. We assure you such issue will not repeat.

Thanks and Regards,
Vikram Agarwal
Shree Ganesh Traders, Johari Bazar, Jaipur 302003
Mob: +91 98290 55614""",
  violation="odr", poa=True, style="bold",
  rc="Root Cause Analysis", co="Corrective Actions Taken", pr="Preventive Measures",
  pol=["Order Defect Rate"],
  dec=[("merchant-token", "A1Q9ZLV3E8N2K"), ("phone", "+91 98290 55614")],
  notes="bold headings, Indian English")

M("appeal-review-turkish-004", "account-appeal", "UK", "turkish",
  "Appeal - review manipulation",
  """Dear Amazon Team,

We are writing about the deactivation of our account Ege Tekstil Ltd on 14 January 2026. The notice said we violated the Customer Product Reviews policy by offering incentives for reviews.

1. Reason of the problem
Our new marketing employee put a small card into the package of our bath towels (ASIN B0BX4R7N2D) which said "leave 5 star review and get 10% discount on next order". He found this idea on a social media group and did not know it is against Amazon rules. Management did not approve this card, it was our control mistake.

2. What we have done
- We stopped using all package inserts on 16 January. Remaining 1.800 cards are destroyed.
- We removed 340 units from FBA and replaced the insert with a neutral thank you card without any review request.
- The employee and the whole team (5 people) took training about Amazon Communication Guidelines and review policy, and signed that they understood.

3. How we will prevent
- Every insert, email or message to buyers must be approved by our director, Mr. Kaan Yilmaz, before use.
- We will only use Amazon "Request a Review" button, nothing else.
- Every 3 months we read Seller University updates about reviews.

We are very sorry for this mistake. We are a family business since 1987 and Amazon is important for us. Please give us chance to sell again.

Saygılarımızla,
Kaan Yılmaz
Ege Tekstil Ltd, Denizli
+90 258 555 1930""",
  violation="review-manipulation", poa=True, style="numbered",
  rc="1. Reason of the problem", co="2. What we have done", pr="3. How we will prevent",
  pol=["Customer Product Reviews policy", "review policy"],
  dec=[("asin", "B0BX4R7N2D"), ("single-apology", "We are very sorry for this mistake."),
       ("mild-plea", "Please give us chance to sell again."), ("foreign-snippet", "Saygılarımızla"),
       ("phone", "+90 258 555 1930")],
  notes="numbered headings, single apology and mild plea are decoys")

M("appeal-related-native-005", "account-appeal", "US", "native",
  "Appeal: related account deactivation (Section 3 / related accounts)",
  """To the Seller Performance team,

RE: Account "Pinecrest Paper Co." deactivated 01/29/2026 - related to a previously deactivated account

I want to lay out the facts before the plan, because I think they explain the link.

In 2023 my brother-in-law, Daniel Ruiz, ran a store called Ruiz Goods. It was deactivated for late shipments and he closed the business. In November 2025 he moved in with us for a few months while he was looking for work. He used our home Wi-Fi and twice logged into his old Seller Central account from our laptop to download old tax documents. I did not know this until your notification arrived. He has never had any role in Pinecrest Paper Co. He is not an owner, employee, or user on my account and does not have my login.

Investigation
The link was the shared IP address and the shared device. There is no shared bank account, credit card, address of business, or product between the two stores.

Immediate steps
Daniel has moved out (he now lives in Tucson). The laptop he used has been wiped, and our router was replaced with a new one from our ISP, which gave us a new IP. I reviewed User Permissions and only my wife and I have access.

Long-term changes
Only company devices are used for Seller Central, nobody outside the business uses our network, and I turned on two-step verification for both users. If a family member needs internet, they use a separate guest network.

I have attached Daniel's signed statement, his lease in Tucson and our business license. I respect the related accounts policy and hope this explanation helps.

Sincerely,
Laura Ruiz-Whitman
Pinecrest Paper Co., Bend, OR
541-555-0188""",
  violation="related-accounts", poa=True, style="plain",
  rc="Investigation", co="Immediate steps", pr="Long-term changes",
  pol=["related accounts policy", "related to a previously deactivated account"],
  dec=[("phone", "541-555-0188"), ("password-word", "does not have my login")],
  notes="opens with a page of facts before the plan; headings Investigation / Immediate steps / Long-term changes")

M("appeal-safety-latam-006", "listing-reinstatement", "US", "latam",
  "ASIN B0D2KLM9PX removed - product safety",
  """Hello team Amazon,

We are writing for the ASIN B0D2KLM9PX (kids silicone teether) that was removed on 3 of March 2026 for product safety concern. The notification say: "We have received reports that this product may present a choking hazard." We took very serious this message.

ROOT CAUSE
The teether has a small ring decoration that can separate if the child bites very hard. Our supplier change the glue in the last production lot (lot 2026-01-B) without informing us. Two customers reported the ring came off.

CORRECTIVE ACTIONS
- We have stopped the sales and created removal for all 540 units in FBA.
- We have contacted both customers, refunded them and asked if the child was OK (both said yes, no injury).
- The product was redesigned as one single piece of food grade silicone with no decoration, and the new version was tested by SGS under ASTM F963 and CPSIA. Test report number SHEH2602114398 is attached.

PREVENTIVE ACTIONS
- Supplier must notify us of any change in material or glue, now it is in our contract.
- Every new lot will be tested by third party lab before shipping to FBA.
- We will review all customer returns comments weekly looking for safety words.

Thank you and we hope to reactivate the listing with the new safer design.

Atentamente,
Mariana Soto
Pequeño Mundo LLC, Miami FL""",
  violation="product-safety", poa=True, style="caps",
  rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  pol=["product safety", "ASTM F963", "CPSIA"],
  dec=[("asin", "B0D2KLM9PX"), ("lot-number", "2026-01-B"), ("certificate-number", "SHEH2602114398"),
       ("foreign-snippet", "Atentamente")],
  notes="caps headings, quoted notification")

M("appeal-valid-tracking-zh-007", "account-appeal", "UK", "chinese",
  "Appeal for VTR below 95%",
  """Dear Seller Performance team,

Our account Hengda Outdoor UK was deactivated because the VTR (valid tracking rate) was 88% which is below 95% target, from 1 Jan to 30 Jan 2026.

Root cause:
We use a new cheap logistic company "FastWing Express" for the orders from our UK warehouse. Their tracking numbers are not recognised by Amazon system, so the orders shows no valid tracking even the parcels were delivered. Also our staff sometimes typed the carrier name wrong as "Other" and left the carrier field empty.

Corrective actions:
We already stopped using FastWing Express from 2 Feb and change to Royal Mail Tracked 48 and DPD which are integrated carriers. We have updated tracking for all orders that we can, for example order 203-7719264-1187732 now shows Royal Mail tracking TT482019375GB. We also train the staff how to select the carrier in the drop down.

Preventive measures:
1. Only use carriers in Amazon's list of integrated carriers.
2. We use Buy Shipping for all new orders so tracking is uploaded automatically.
3. Team leader checks the VTR every day and the not-valid orders before 5pm.

We sorry for the inconvenient and thank you for your time.

Best regards
Zhang Hao
Hengda Outdoor UK Ltd""",
  violation="valid-tracking", poa=True, style="colon",
  rc="Root cause:", co="Corrective actions:", pr="Preventive measures:",
  pol=["VTR", "valid tracking rate"],
  dec=[("order-id", "203-7719264-1187732"), ("tracking-number", "TT482019375GB"),
       ("single-apology", "We sorry for the inconvenient")],
  notes="colon headings; metric abbreviation VTR names the policy")

M("appeal-ipcopy-native-008", "listing-reinstatement", "US", "native",
  "Listing removed - copyright complaint 1928374650",
  """Hi,

Our listing for ASIN B0CJ8WZ4QR (printable planner bundle) was removed after a copyright infringement complaint (complaint ID 1928374650) from Honeyleaf Studio.

Root cause: we hired a freelance designer on Fiverr in 2025 to make the cover art. We found out this week that she reused two illustrations from Honeyleaf Studio's Etsy shop without permission. We never checked where the artwork came from.

What we did: We pulled the product and replaced both images with art our in-house designer drew from scratch (source files and timestamps attached). We contacted Honeyleaf Studio, apologized and paid them a license fee for past sales; they sent us a retraction email on 3/14 which I forwarded to notice-dispute@amazon.com. We also ended the relationship with the freelancer.

Going forward: every asset we buy now comes with a signed original-work declaration, and before anything is listed we run a reverse image search (Google Lens and TinEye) and keep a screenshot in the product folder.

Please reinstate the listing once the retraction is processed. Thank you.

Jenna Cole
Cole & Quill Paper""",
  violation="ip-copyright", poa=True, style="inline",
  rc="Root cause: we hired", co="What we did: We pulled", pr="Going forward: every asset",
  pol=["copyright infringement complaint"],
  dec=[("asin", "B0CJ8WZ4QR"), ("complaint-id", "1928374650")],
  notes="inline headings at paragraph start; retraction mentioned")

M("appeal-restricted-other-009", "listing-reinstatement", "DE", "other-non-native",
  "Reinstatement ASIN B0B9TT4KMN - restricted product (pesticide claims)",
  """Dear Amazon Seller Performance,

We are Polish company Zielony Ogród Sp. z o.o., selling on amazon.de. Our ASIN B0B9TT4KMN (neem oil for plants) was deactivated because of the Restricted Products policy: pesticides and pesticide devices. The listing described the product as "kills aphids and spider mites", which is a pesticide claim.

Our POA - why it happened: We translated the description from our Polish shop by automatic tool and did not check claims. The product is registered as a leaf shine / plant care product, not as a biocide, so the claim was not allowed.

Our POA - what we changed: We already edited title, bullet points and description, all words like "kills", "insecticide", "pest control" are removed. We checked all our other 37 listings with the same list of words and corrected 4 of them. A new flat file was uploaded (feed ID 51839274016).

Our POA - how we prevent it: Before any new listing goes live, our compliance person Agnieszka reads it against the Amazon list of restricted claims. Every half year we do the same check for all active listings.

Thank you for your understanding.

Tomasz Wiśniewski
Zielony Ogród Sp. z o.o., Kraków, VAT PL6793218745""",
  violation="restricted-products", poa=True, style="our-poa",
  rc="Our POA - why it happened:", co="Our POA - what we changed:", pr="Our POA - how we prevent it:",
  pol=["Restricted Products policy", "pesticides and pesticide devices"],
  dec=[("asin", "B0B9TT4KMN"), ("feed-id", "51839274016"), ("tax-id", "PL6793218745")],
  notes="'Our POA - ...:' headings; German marketplace but written in English")

M("appeal-condition-native-010", "account-appeal", "CA", "native",
  "Appeal - used sold as new / condition complaints",
  """Dear Seller Performance,

I'm writing about our account, Northshore Media Resale, which was deactivated on Feb 2, 2026 for multiple customer complaints that items sold as New were used (used sold as new).

We sell sealed video games and board games. After reading every complaint I found that all 11 orders were for board games from one estate-sale lot we bought in November. Some boxes had been re-shrink-wrapped by the previous owner, and my staff listed them as New because they looked sealed. That is the cause, and it's on us for not training the team to spot factory seals versus shop shrink wrap.

Since then we have pulled every unit from that lot (63 units total, removal order 4KD-RMV-88210), relisted the ones we kept as Used - Very Good with honest condition notes, refunded the 11 buyers in full and paid return shipping. My two employees went through a training I put together with photos of real factory seals for the five main publishers.

Going forward nothing from an estate sale, liquidation pallet or private seller gets listed as New, period. New condition is only for stock bought from distributors with an invoice. I also do a random spot check of 10 units every week.

Regards,
Owen MacLeod
Northshore Media Resale, Halifax NS""",
  violation="used-sold-as-new", poa=True, style="none",
  rc="After reading every complaint I found", co="Since then we have pulled", pr="Going forward nothing from",
  pol=["used sold as new"],
  dec=[("removal-order-id", "4KD-RMV-88210")],
  notes="no headings; plan in prose paragraphs")
M("appeal-counterfeit-zh-011", "account-appeal", "US", "chinese",
  "Plan of action - counterfeit complaint ASIN B0CQ5ZB7WM",
  """Dear Amazon Seller Performance Team,

We are SZ Yunfan Technology Co., Ltd, store name YUNFAN-US. On 2026-02-20 our account was deactivated because of a rights owner complaint that our product is counterfeit (ASIN B0CQ5ZB7WM, wireless earbuds case). We respect intellectual property and we have did a full investigation.

A. Root cause analysis
Our purchasing staff bought 300 earbuds cases from 1688 platform. The seller on 1688 told us they are OEM products, but the case has the rights owner logo printed inside the lid, which we did not notice because we only checked the outside. We did not ask for the authorization and invoice from the brand.

B. Corrective actions already done
1) All 187 units in FBA are removed and destroyed, removal order ID YF-9920311.
2) We have deleted the listing and all other listings that use products from the same 1688 store (3 ASINs).
3) Purchasing staff has been re-trained about IP and counterfeit, and we change the purchasing manager.

C. Measures to avoid this again
1) We only purchase from the factories that we visited and who can show the trademark certificate or authorization.
2) Every product sample is checked inside and outside by two staff for any logo before listing.
3) We will keep all invoices and supplier documents for at least 3 years.

We promise to follow the Amazon Anti-Counterfeiting Policy strictly. Thank you for your review.

Best regards,
Liu Yang / 刘洋
SZ Yunfan Technology Co., Ltd
深圳市云帆科技有限公司""",
  violation="counterfeit", poa=True, style="lettered",
  rc="A. Root cause analysis", co="B. Corrective actions already done", pr="C. Measures to avoid this again",
  pol=["counterfeit", "Anti-Counterfeiting Policy"],
  dec=[("asin", "B0CQ5ZB7WM"), ("removal-order-id", "YF-9920311"), ("foreign-snippet", "深圳市云帆科技有限公司")],
  notes="lettered headings, Chinese company name in sign-off")

M("appeal-dropship-native-012", "account-appeal", "US", "native",
  "Appeal - drop shipping policy violation",
  """Seller Performance Team,

Account: Copper Kettle Kitchen (merchant token A3VMN0P8Q2RT5K)
Notification date: January 8, 2026
Issue: "Your account has been deactivated for violating Amazon's drop shipping policy."

## Root cause

We were buying from a retailer's website and having them ship straight to our customers. Their packing slips and boxes had the retailer's name on them, not ours, and in some cases the invoice with their prices was in the box. I didn't understand that using another retailer as our supplier this way is exactly what the policy prohibits. That was my mistake.

**Corrective actions taken**

- Cancelled every open order we couldn't ship ourselves and refunded those buyers (14 orders).
- Closed our account with that retailer.
- Signed a wholesale agreement with the manufacturer, Harbor Copperworks, who ships to our own warehouse in Columbus. First PO #HC-2026-0041 arrived Jan 15.
- All orders are now packed by us with Copper Kettle Kitchen packing slips.

Prevention: We will only ever be the seller of record. No order leaves for a customer unless it comes from our own stock, and our packing slip and return address are on every box. I reread the drop shipping policy with both employees and we will review it again every quarter.

Thank you,
Rachel Ostrowski
Copper Kettle Kitchen LLC
614-555-0107""",
  violation="drop-shipping", poa=True, style="mixed",
  rc="Root cause", co="Corrective actions taken", pr="Prevention: We will only",
  pol=["drop shipping policy"],
  dec=[("merchant-token", "A3VMN0P8Q2RT5K"), ("po-number", "HC-2026-0041"), ("phone", "614-555-0107")],
  notes="mixed: markdown, bold and inline headings in one letter; quoted notification")

M("appeal-price-indian-013", "listing-reinstatement", "IN", "indian",
  "Listing deactivated for pricing - Fair Pricing Policy",
  """Dear Team,

Our 6 listings of N95 style masks and hand sanitizer were deactivated on 12-Jan-2026 as per the Amazon Fair Pricing Policy, as our price was significantly higher than recent prices offered on or off Amazon.

Please find our plan of action in below format (Issue - Cause - Fix):

1. Issue: Sanitizer 500ml price was Rs 899 while normal price is Rs 299.
   Cause: Our repricer tool had a minimum price rule and when competitor went out of stock the tool raised to maximum.
   Fix: We have removed the maximum price from repricer, price is corrected to Rs 289.
2. Issue: Mask pack of 20 price Rs 1,450.
   Cause: Staff typed price wrong during bulk upload (1450 instead of 450).
   Fix: Price is corrected to Rs 449 on 13-Jan and checked on live page.
3. Issue: 4 other ASINs had similar repricer jump.
   Cause: Same repricer rule.
   Fix: Rule deleted for entire catalogue.

Steps to ensure it does not happen again:
- Repricer maximum is now capped at 20% above our list price for all SKUs.
- Bulk upload files will be checked by second person before submitting.
- Weekly price report is reviewed by our owner Mr. Sandeep Jain.

Kindly do the needful and reinstate the listings. We shall be highly obliged.

Regards,
Sandeep Jain
Jain Medico Distributors, Indore""",
  violation="price-gouging", poa=True, style="numbered",
  rc="Cause: Our repricer tool had", co="Fix: We have removed", pr="Steps to ensure it does not happen again:",
  pol=["Fair Pricing Policy"],
  notes="table-like Issue - Cause - Fix rows in a numbered list")

M("appeal-idv-other-014", "account-appeal", "AE", "other-non-native",
  "Appeal - Section 3 of the Business Solutions Agreement",
  """Dear Seller Performance,

My name is Nguyen Thi Hoa, owner of Saigon Craft Trading FZE, selling on amazon.ae. On 9 February 2026 our account was deactivated under Section 3 of the Amazon Services Business Solutions Agreement because we could not verify the information we provided.

INVESTIGATION
The address on our Seller Central was our old office in Dubai Silicon Oasis. We moved to a new office in Ajman Free Zone in October 2025 but we did not update the address. So the utility bill we uploaded did not match the address in the account. Also the name on the trade licence is written "Saigon Craft Trading F.Z.E." with dots, and in Seller Central without dots.

IMMEDIATE STEPS
We updated the business address to the new Ajman office. We uploaded new trade licence (No. 4417829) and a DEWA-equivalent electricity bill from Ajman with the same address. The company name is now written exactly as on the licence.

NEVER AGAIN
Any change of address, bank or company documents will be updated in Seller Central within 3 days, and I keep a checklist on the office wall. Every 6 months I will compare all information in the account with the current documents.

Please let me know if any other document is needed, I can also do video call verification.

Kind regards,
Nguyen Thi Hoa
Saigon Craft Trading FZE
+971 6 555 2481""",
  violation="identity-verification", poa=True, style="caps",
  rc="INVESTIGATION", co="IMMEDIATE STEPS", pr="NEVER AGAIN",
  pol=["Section 3 of the Amazon Services Business Solutions Agreement"],
  dec=[("phone", "+971 6 555 2481")],
  notes="Vietnamese writer; policy named as a BSA section; caps headings in own words")

M("appeal-psa-native-015", "account-appeal", "US", "native",
  "Appeal of deactivation - G200386250",
  """Dear Seller Performance,

We are appealing the deactivation of Willow & Vine Candles (notice dated 03/02/2026), which cited help page G200386250 after we sent buyers messages asking them to contact us off Amazon.

Investigation. In late February our part-time customer service rep started replying to buyer questions with "text us at" and our personal cell number, and in a few cases offered a discount code for our own website. She thought she was being helpful. Going through Buyer-Seller Messaging we found 23 such messages between Feb 10 and Feb 27.

Immediate steps. We removed her access to Buyer-Seller Messaging the same day we found out, deleted our website discount codes, and I have personally answered every open buyer thread with Amazon-only contact. Our website link has been removed from the product inserts as well.

Long-term changes. All buyer messages are now drafted from a set of templates I wrote that have no phone numbers, links or off-platform offers, and I review every non-template reply before it's sent. New staff read the communication guidelines in their first week and sign off on them.

We're grateful for the chance to fix this.

Hannah Pruitt
Willow & Vine Candles, Asheville NC""",
  violation="prohibited-seller-activities", poa=True, style="inline",
  rc="Investigation. In late February", co="Immediate steps. We removed", pr="Long-term changes. All buyer",
  pol=["G200386250"],
  notes="policy named only by its help-page ID; inline headings ending with a period")

M("appeal-cancel-es-016", "account-appeal", "US", "latam", lang="es",
  subject="Apelación - tasa de cancelación",
  text="""Estimado equipo de Amazon,

Les escribimos por la desactivación de nuestra cuenta Tienda Sol y Mar el 21 de enero de 2026, debido a que nuestra tasa de cancelación antes del envío (Cancellation Rate) llegó a 6,8%, por encima del 2,5% permitido.

Causa del problema
Nuestro inventario está en dos bodegas, una en Texas y otra en Monterrey. El sistema que sincroniza el inventario dejó de funcionar el 2 de enero y las unidades vendidas en México seguían apareciendo disponibles en Amazon. Por eso tuvimos que cancelar 34 pedidos sin stock.

Acciones que ya tomamos
- Cambiamos el software de inventario a uno que actualiza cada 15 minutos.
- Hicimos un conteo físico completo en las dos bodegas y corregimos las cantidades de los 120 SKUs.
- Separamos el inventario: la bodega de Texas es solo para Amazon.

Cómo evitaremos que se repita
- Cada mañana revisamos el informe de inventario contra el conteo real.
- Si un SKU baja de 5 unidades, lo pausamos automáticamente.
- Revisaremos la salud de la cuenta todos los días.

Agradecemos su atención y quedamos atentos.

Saludos cordiales,
Javier Morales
Tienda Sol y Mar LLC, Laredo TX""",
  violation="cancel-rate", poa=True, style="plain",
  rc="Causa del problema", co="Acciones que ya tomamos", pr="Cómo evitaremos que se repita",
  pol=["tasa de cancelación antes del envío", "Cancellation Rate"],
  notes="Spanish POA on the US marketplace (non-english defect only)")

M("appeal-cancel-latam-017", "account-appeal", "MX", "latam",
  "Appeal cancel rate - Sonora Auto Parts",
  """Hello,

Our account Sonora Auto Parts is deactivated since 4 March 2026 because of the pre-fulfillment cancel rate (4.1%, target less than 2.5%).

Cause
We sell used and new auto parts. Many parts we list are in the shelf of our partner shop and when they sell in the shop, we dont know in time. 17 orders we cancel because part was not there.

Actions done
We have stop listing the parts of the partner shop, now only our own warehouse stock is listed. We removed 212 listings. Quantity of all listings is now updated every day at 9 am from our system, and we did full count of warehouse in March 6.

Prevention
If an item is the last unit we will check physically before we list it. The manager will see the cancel rate every week in Account Health and if it is more than 1% we stop new listings until we find the reason.

Thanks you very much,
Luis Hernández
Sonora Auto Parts, Hermosillo""",
  violation="cancel-rate", poa=True, style="plain",
  rc="Cause", co="Actions done", pr="Prevention",
  pol=["pre-fulfillment cancel rate", "cancel rate"],
  notes="short plain headings Cause / Actions done / Prevention")

M("appeal-iptm-agency-018", "listing-reinstatement", "UK", "native",
  "Reinstatement request - trademark infringement notice, ASINs B0C1LW8R7J and B0C1LW9Q2T",
  """Dear Seller Performance Team,

We write on behalf of our client, Ashford Garden Supplies Ltd (Seller ID A29FKQ0RW1M5EZ), regarding the removal of ASINs B0C1LW8R7J and B0C1LW9Q2T on 27 February 2026 following a notice of trademark infringement submitted by GreenThumb Brands plc (complaint reference 1547730091, UK trade mark UK00003456789).

Background

Our client sells garden tools under its own brand. The two listings in question included the phrase "GreenThumb compatible" in the title and the rights owner's registered word mark in the search terms. The products themselves are our client's own manufacture and do not bear the complainant's mark.

## Root cause

The titles were written by a former listing assistant who believed that "compatible with" wording was permitted in all cases. Search terms were copied from a competitor research tool without review. There was no check of titles or back-end keywords against third-party trade marks.

## Actions taken

1. Titles, bullet points and search terms of both ASINs have been edited to remove every reference to the GreenThumb mark (flat file submitted 1 March 2026).
2. A full audit of all 214 active listings found three further ASINs with third-party marks in search terms; these were corrected on the same day.
3. Our client wrote to the rights owner's solicitors acknowledging the issue; a copy of the correspondence is available on request.

## Preventive measures

1. A restricted-terms list of third-party trade marks is now applied automatically to every new flat file before upload.
2. All listing content is approved by the operations director before publication.
3. Listing staff have completed training on Amazon's Intellectual Property Policy and will repeat it annually.

## Summary of changes

In short: the infringing wording is gone from all listings, the catalogue has been audited, and no listing can go live without a trade mark check and director approval.

Yours faithfully,

Eleanor Hughes
Senior Account Manager, Marketplace Compliance Partners
On behalf of Ashford Garden Supplies Ltd
Unit 4, Brookfield Business Park, Leeds LS10 1QP
+44 113 496 0735""",
  violation="ip-trademark", poa=True, style="markdown",
  rc="Root cause", co="Actions taken", pr="Preventive measures",
  pol=["trademark infringement", "Intellectual Property Policy"],
  dec=[("merchant-token", "A29FKQ0RW1M5EZ"), ("asin", "B0C1LW8R7J"), ("asin", "B0C1LW9Q2T"),
       ("complaint-id", "1547730091"), ("trademark-number", "UK00003456789"), ("phone", "+44 113 496 0735")],
  notes="formal agency letter with background section first and a closing summary")
M("appeal-patent-zh-019", "listing-reinstatement", "US", "chinese",
  "Appeal for ASIN B0D7NRW2KC - patent infringement",
  """Hello Amazon,

We received notice that our ASIN B0D7NRW2KC (foldable phone stand) was removed because of a patent infringement complaint, US Patent No. 11,234,567, complaint ID 8812930456.

Our POA - Root cause:
Our factory designed this stand based on a product they saw in a trade fair, the hinge structure is very similar to the patent. We did not do any patent search before we start selling in US market, this is our fault.

Our POA - Corrective actions:
- We have stopped selling this ASIN and closed the listing at once.
- All 860 units in FBA were requested removal to our US warehouse, removal ID 0S-HNB5-22LK.
- We asked our patent attorney (Lin & Partners IP) to compare our design with the patent, he confirmed the hinge is infringing. So we will not sell this design again, and we have contacted the patent owner to settle.

Our POA - Preventive actions:
- Before launch any new product in US, we pay attorney for freedom-to-operate search.
- Product manager needs to keep the search report in product file.

Thank you for your review and your time.

Regards,
Wang Jing
Shenzhen Brightmount Electronics""",
  violation="ip-patent", poa=True, style="our-poa",
  rc="Our POA - Root cause:", co="Our POA - Corrective actions:", pr="Our POA - Preventive actions:",
  pol=["patent infringement"],
  dec=[("asin", "B0D7NRW2KC"), ("patent-number", "11,234,567"), ("complaint-id", "8812930456"),
       ("removal-order-id", "0S-HNB5-22LK")],
  notes="Our POA - headings")

M("appeal-coc-turkish-020", "account-appeal", "DE", "turkish",
  "Appeal - Seller Code of Conduct",
  """Dear Seller Performance team,

Our account Anatolia Home GmbH was deactivated on 2 February 2026 for violation of the Seller Code of Conduct. We understood it is because we contacted buyers who gave us negative feedback and asked them to remove it, and in two messages our employee offered a partial refund for removing the feedback.

**Where we went wrong**
Our customer service employee was under pressure because our feedback rating dropped to 4.1. She sent messages to 9 buyers with request to remove feedback and in 2 of them she offered 5 EUR refund. I did not control her messages. Also we had no written rules for customer service.

**Our fix**
- I myself answered all 9 buyers and apologised for the messages. The 5 EUR refunds were not conditional any more, buyers keep the money and the feedback.
- The employee is moved to warehouse job and does not have Seller Central access anymore.
- We wrote a customer service handbook (in Turkish and German) based on the Code of Conduct, every person read and signed it.

**Never again**
- Feedback removal requests will only be done through the Amazon tool, never by message to buyer.
- I check all outgoing buyer messages every Friday.
- We will improve our feedback with better product quality, not by asking buyers.

Thank you for reading.

Mit freundlichen Grüßen / Saygılarımla
Mehmet Arslan
Anatolia Home GmbH, Köln""",
  violation="seller-code-of-conduct", poa=True, style="bold",
  rc="Where we went wrong", co="Our fix", pr="Never again",
  pol=["Seller Code of Conduct", "Code of Conduct"],
  dec=[("foreign-snippet", "Mit freundlichen Grüßen / Saygılarımla")],
  notes="bold headings in own words: Where we went wrong / Our fix / Never again")

M("appeal-price-native-021", "listing-reinstatement", "US", "native",
  "ASIN B0BQ2T9XLC deactivated - pricing",
  """Hi team,

Our ASIN B0BQ2T9XLC (portable generator, 2200W) was deactivated on 1/27/2026 under the Fair Pricing Policy after a winter storm hit Texas. Our price jumped from $549 to $1,289 for about 14 hours.

1) Why it happened
We use an automated repricer with no ceiling. When the two other sellers on the listing sold out during the storm, the repricer raised our price to the highest value it had seen in the last year, which was a bundle listing from 2024. Nobody was watching it over the weekend.

2) What we did about it
We turned the repricer off for the whole catalog that Monday and put the generator back at $549. We also refunded the price difference to the 3 buyers who paid the high price (orders 111-2098341-5520917, 114-7730192-6641188 and 112-0017234-9938205).

3) Making sure it doesn't happen again
The repricer now has a hard max of 110% of our regular price on every SKU, and essential items like generators, water and batteries are excluded from automated repricing entirely. I also get an email alert for any price change over 15%.

Thanks,
Greg Tollefson
Lone Star Power Supply""",
  violation="price-gouging", poa=True, style="numbered",
  rc="1) Why it happened", co="2) What we did about it", pr="3) Making sure it doesn't happen again",
  pol=["Fair Pricing Policy"],
  dec=[("asin", "B0BQ2T9XLC"), ("order-id", "111-2098341-5520917"), ("order-id", "114-7730192-6641188"),
       ("order-id", "112-0017234-9938205")],
  notes="numbered 1) headings; storm mentioned as fact")

M("appeal-odr-zh-022", "account-appeal", "UK", "chinese",
  "Appeal letter - Order Defect Rate",
  """Dear Amazon team,

Store: KOVANO Direct
Deactivated on: 2026-01-17
Reason: Order Defect Rate 1.9% (target under 1%)

ROOT CAUSE AND WHAT WE CHANGED
Most of the defects came from one product, the USB-C hub B0CKD8V3ZR. In December the factory used a new chip, and about 6% of the hubs stop working after one week. Customers left negative feedback and opened A-to-z claims. We have removed this ASIN from sale and removed all 1,140 units from FBA. All buyers who complained got full refund and we sent a message to say sorry. We also asked the factory to change back to the old chip and every hub from new lot is tested 48 hours before packing.

PREVENTION
1. A new batch will only be sent to FBA after our QC team test 50 random units for 7 days.
2. We check negative feedback and return reasons every day, if one ASIN return rate is more than 3% we stop the sales and investigate.
3. The factory signed an agreement that they must not change any component without our written approval.

Thank you and hope you can reactivate our account.

KOVANO Direct team
Guangzhou Kovano Trading Co., Ltd""",
  violation="odr", poa=True, style="caps",
  rc="ROOT CAUSE AND WHAT WE CHANGED", co="We have removed this ASIN from sale", pr="PREVENTION",
  pol=["Order Defect Rate"],
  dec=[("asin", "B0CKD8V3ZR")],
  notes="root cause and corrective merged under one caps heading")

M("appeal-condition-indian-023", "account-appeal", "IN", "indian",
  "Appeal for condition complaints - account deactivated",
  """Dear Seller Performance Team,

Greetings from Maa Durga Electronics. Our account was deactivated on 22-Feb-2026 due to high number of product condition complaints (customers received items in damaged or used condition).

Root cause - We found that our packing boy was re-using the boxes from customer returns for new orders when original boxes were short. Some returned items were also put back into new stock without inspection. Because of this, 16 customers received item with used box or scratches.

Actions we took - We have separated returned stock in different rack and marked it "RETURN - DO NOT SHIP". All returned units are checked by supervisor and if not perfect, listed as used or sent back to distributor. We purchased 2000 new boxes, so no box shortage. All 16 customers were given replacement or full refund.

Actions we will take - Monthly training for packing staff about condition guidelines of Amazon. Supervisor will take photo of every packed order before handover to courier, and these photos are kept for 60 days.

We request you to kindly reinstate the account at the earliest.

Thanks & Regards
Amit Kumar
Maa Durga Electronics, Lajpat Rai Market, Delhi""",
  violation="condition", poa=True, style="inline",
  rc="Root cause - We found", co="Actions we took - We have", pr="Actions we will take - Monthly",
  pol=["product condition complaints", "condition guidelines"],
  notes="inline dash headings; Actions we took / Actions we will take")

M("appeal-listing-korean-024", "listing-reinstatement", "US", "other-non-native",
  "Reinstate listing - variation policy",
  """Dear Amazon,

Our parent ASIN B0CR7HH2MA was suppressed on February 11, 2026 with the reason: violation of the variation policy (product variations that are not the same product).

(a) What was the cause
We made one parent for our face mask sheets and put in it also hand cream and foot mask as children, because they are same brand. We thought variation can be any products from the brand. This was our wrong understanding of the policy.

(b) What we have corrected
We broke the variation family. Now hand cream (B0CR7JK1PQ) and foot mask (B0CR7JK3ZX) are separate listings, and the parent has only the sheet masks with scent as variation theme. The flat file was processed without error on Feb 13.

(c) What we do in future
Our team leader Ms. Park checks every new variation family against the category style guide before upload. We also review all our 8 parent ASINs this month once more.

Thank you very much for help.

Kim Ji-woo
Seoul Glow Cosmetics Inc.""",
  violation="listing-policy", poa=True, style="lettered",
  rc="(a) What was the cause", co="(b) What we have corrected", pr="(c) What we do in future",
  pol=["variation policy"],
  dec=[("asin", "B0CR7HH2MA"), ("asin", "B0CR7JK1PQ"), ("asin", "B0CR7JK3ZX")],
  notes="Korean writer, (a) (b) (c) headings")

M("appeal-counterfeit-agency-025", "account-appeal", "US", "native",
  "Appeal: deactivation for counterfeit complaints - Redfield Sports",
  """Dear Seller Performance Team,

We represent Redfield Sports Inc. (store name Redfield Sports Outlet), whose account was deactivated on January 30, 2026 after two rights-owner complaints alleging counterfeit goods on ASINs B08ZK4TQ1N and B08ZK51LMB (running socks, 6-pack). The notification read, in part: "We determined that you have sold counterfeit products. Sale of counterfeit products is strictly prohibited."

Redfield Sports has sold on Amazon since 2017 without a prior IP complaint. In the last three years it has bought the brand's socks from two authorized distributors. In October 2025, to cover a stock-out before the holiday season, the purchasing lead bought 900 packs from a liquidation broker in New Jersey who claimed the goods were retail overstock. Those were the counterfeit units. The broker's invoice listed only "assorted apparel", and nobody asked for the chain of custody back to the brand. When the complaints arrived, our client compared 20 packs from each source side by side: the broker packs have a different font on the toe seam label and a UPC that doesn't scan in the brand's system.

The root of the problem was therefore a purchasing exception made under time pressure with no documentation requirement. Our client has already removed and destroyed all remaining broker units (412 packs, destruction certificate from Stericycle dated 02/06/2026), refunded every buyer who received one (118 orders), and filed a police report and a complaint with the broker's state attorney general. The purchasing lead no longer has buying authority.

To make sure this cannot happen again, our client has adopted a written sourcing policy: only manufacturers or authorized distributors with a current letter of authorization, invoices that list brand, UPC and quantity, and no purchases from liquidators, brokers or retail arbitrage for branded goods. Every new supplier is approved by the CEO, and a quarterly audit matches FBA inventory to invoices.

Invoices from both authorized distributors for the last 365 days are attached.

Respectfully,
Daniel Kwon
Kwon Marketplace Advisory, on behalf of Redfield Sports Inc.
(312) 555-0166""",
  violation="counterfeit", poa=True, style="none",
  rc="The root of the problem was therefore", co="Our client has already removed", pr="To make sure this cannot happen again",
  pol=["counterfeit products", "counterfeit goods"],
  dec=[("asin", "B08ZK4TQ1N"), ("asin", "B08ZK51LMB"), ("phone", "(312) 555-0166")],
  notes="agency letter, facts first, no headings; 'the counterfeit units' as calm fact; quoted notification")
# ---------------- POAs missing parts ----------------
M("appeal-inauth-zh-026", "account-appeal", "US", "chinese",
  "Appeal - inauthentic complaint",
  """Dear Seller Performance Team,

Our account HOMEFUN Store was deactivated on 2026-03-05 for inauthentic complaints on ASIN B0C9LXN4TR.

What we have did:
1. We removed all the inventory of this ASIN from FBA warehouse, removal order ID HF-0305-7781.
2. We deleted the listing.
3. We refund all the customers who buy this product in last 90 days.
4. We attached the invoice from our supplier Dongguan Haoyue Plastic Products, with the quantity 2,000 pcs and our company name.

Please check the invoice and reinstate our account. Our account is very important for our company and 12 employees. Thank you.

Best regards
HOMEFUN Store
Sun Li""",
  violation="inauthentic", poa=True, style="colon",
  co="What we have did:",
  pol=["inauthentic complaints"],
  dec=[("asin", "B0C9LXN4TR"), ("removal-order-id", "HF-0305-7781")],
  notes="only corrective actions (done): no root cause, no prevention")

M("appeal-late-turkish-027", "account-appeal", "UK", "turkish",
  "Account deactivated - please reactivate",
  """Hello,

We are Bosphorus Leather and our account is deactivated last week. We did these actions:

- Shipped all pending orders, 43 orders, on 12 February
- Uploaded the tracking for every one of them
- Contacted buyers who waited and gave them 10% refund
- Cancelled and fully refunded 6 orders where the customer did not want to wait

Our account is 5 years old with good feedback 4.8. Please reactivate it, we have more than 300 orders waiting in the Ramadan season.

Thank you,
Emre Koç""",
  violation="late-shipment", poa=True, style="none",
  co="We did these actions:",
  notes="no policy named, no cause, no prevention; only done actions in a bullet list")

M("appeal-review-native-028", "account-appeal", "US", "native",
  "Re: Deactivation - reviews",
  """I'm writing for the third time and I still haven't gotten a real answer from anyone. Our account was shut down for supposedly manipulating reviews under the Customer Product Reviews policy, which we DID NOT DO ON PURPOSE.

Here is everything we've done:
- Stopped the Facebook group where we gave free products.
- Deleted all the posts.
- Refunded anyone who asked.
- Removed the insert card.

That's it. That's everything. We have done EVERYTHING YOU ASKED. I have been selling on Amazon for 9 years and I have two kids and this business is our only income. I am begging you, please just read this and turn the account back on. I don't know what else you want from us.

Tom Brandt
Brandt Family Goods""",
  violation="review-manipulation", poa=True, style="none",
  co="Here is everything we've done:",
  pol=["Customer Product Reviews policy"],
  emo=["We have done EVERYTHING YOU ASKED", "I am begging you", "I don't know what else you want from us", "which we DID NOT DO ON PURPOSE"],
  notes="angry, shouting, begging; only corrective list, no root cause, no prevention")

M("appeal-safety-native-029", "listing-reinstatement", "US", "native",
  "Listing reinstatement request: ASIN B0CW2N7PQD (product safety)",
  """Hello,

Our listing for the 12V heated seat cushion (ASIN B0CW2N7PQD) was removed on 2/9/2026 for a potential product safety issue after a customer reported the cushion overheated.

Root cause
We reviewed the return and our own testing. The thermal cut-off in units from the November production run was rated at 75°C instead of the 55°C in our spec. The factory substituted the part because of a shortage and didn't tell us. The customer's cushion reached a temperature that scorched the cover, though nobody was hurt.

Corrective actions
- We quarantined and removed all 318 November-run units from FBA (removal order ID 8J-RMV-55931) and are recycling them.
- We contacted every buyer of the November run (97 orders) and offered a full refund, with a prepaid return label.
- The new lot uses the correct 55°C cut-off, and we had it tested by Intertek to UL 130. Report attached.

We'd appreciate the listing being reinstated now that the affected units are off the market.

Thank you,
Priya Raman
Quality Lead, RoadReady Comfort""",
  violation="product-safety", poa=True, style="plain",
  rc="Root cause", co="Corrective actions",
  pol=["product safety"],
  dec=[("asin", "B0CW2N7PQD"), ("removal-order-id", "8J-RMV-55931")],
  notes="root cause and corrective done, no preventive measures at all")

M("appeal-related-zh-030", "account-appeal", "US", "chinese",
  "申诉 - Related account appeal",
  """Dear Amazon Team,

Our account Fengyuan Trading was deactivated on 2026-02-03 because it is related to another account which was deactivated.

Reason of the problem:
Our company hired an outsourcing operation agency (Shenzhen Yixun E-commerce Service) in 2025 to help list products. This agency also managed the account "BESTLY Home" which was deactivated before. They logged into our account with the same computer and the same network as BESTLY Home, so Amazon system find the connection. We have no ownership or business relationship with BESTLY Home.

What we have done:
- Ended the contract with the agency on 2026-02-05 and removed all their user permissions.
- Changed the password of Seller Central and email, and reset two-step verification to our own phone.
- Removed the agency's computer and router from our office, and our own 3 employees in Longgang took back the daily operation.

Attached: agency contract and termination letter, our business license, utility bill.

Please review and reinstate. Thank you very much.

Fengyuan Trading
Huang Mei""",
  violation="related-accounts", poa=True, style="colon",
  rc="Reason of the problem:", co="What we have done:",
  pol=["related to another account which was deactivated"],
  dec=[("password-word", "Changed the password of Seller Central")],
  notes="root cause and done corrective actions, nothing preventive; 'password' mentioned with no value")

M("appeal-vtr-latam-031", "account-appeal", "US", "latam",
  "Appeal VTR account Casa Ortega",
  """Hi Amazon team,

I am writing you about the deactivation of our account Casa Ortega Imports because the Valid Tracking Rate was 91%.

First the cause of the issue: We ship from Guadalajara with Estafeta and the tracking number goes to the US carrier after the border, so on Amazon only the first number was entered and after crossing it was not updated. Amazon could not see the scans after the border. Second cause, for 6 orders our assistant confirmed the shipment without tracking at all because the printer was broken that week.

What we did: we changed to DHL Express for all US orders, they are fully integrated and the tracking is one single number from Mexico to the customer. We also uploaded the correct tracking on all the orders of the last 30 days where it was possible (28 orders). The printer was replaced.

Thank you for your time and we wait for your answer.

Ricardo Ortega""",
  violation="valid-tracking", poa=True, style="inline",
  rc="First the cause of the issue:", co="What we did: we changed",
  pol=["Valid Tracking Rate"],
  notes="cause and done actions, no prevention")

M("appeal-related-indian-032", "account-appeal", "IN", "indian",
  "Reactivation request for our seller account",
  """Dear Sir/Madam,

We are Balaji Home Needs, our seller account got deactivated on 02-Mar-2026.

Root Cause:
1. Our team member created a second account in his wife's name to sell the same products at lower price, without our knowledge.
2. He used our GST documents and our warehouse address for the second account.
3. The second account also left positive reviews on our listings.

Corrective Action:
We have removed this team member from our company and we have informed the police about the misuse of our GST documents. The other account is now closed by him, he shared the screenshot with us.

Kindly look into the matter and revert back with positive response at the earliest.

Warm Regards,
Suresh Babu
Balaji Home Needs, Chennai
+91 44 4555 7120""",
  violation="related-accounts", poa=True, style="colon", rc="Root Cause:", co="Corrective Action:",
  dec=[("phone", "+91 44 4555 7120")],
  notes="no policy named (deactivation not named at all); root cause and done action; no prevention")

M("appeal-dropship-other-033", "account-appeal", "UK", "other-non-native",
  "Appeal - drop shipping",
  """Dear Seller Performance,

Our account Balkan Goods Ltd was deactivated on 20 January 2026 for breaking the drop shipping policy. I want to explain honestly why this happened.

Why it happened:
1. We started to sell kitchen products in 2025 and because we had small budget, we did not keep stock. When an order came, we ordered the same product from another online shop and put the customer address.
2. The other shop sent the parcel with their own invoice and their logo on the box, so the customers saw another company name.
3. I read the policy only after the deactivation. Before I thought drop shipping is allowed if the customer gets the product fast.
4. Three customers complained that they paid more on Amazon than the price on the invoice inside the box.

I now understand that Amazon does not allow buying from another retailer and shipping directly to the buyer. I am asking you to give me the possibility to explain the rest of my plan if you need more information.

Regards,
Dimitar Petrov
Balkan Goods Ltd, London""",
  violation="drop-shipping", poa=True, style="colon",
  rc="Why it happened:",
  pol=["drop shipping policy"],
  notes="Bulgarian writer; only root causes, no corrective or preventive actions")

M("appeal-price-zh-034", "listing-reinstatement", "CA", "chinese",
  "ASIN deactivated for price",
  """Hello team,

Our ASIN B0CZ8QW5VL (ice melt 10 kg bag) is deactivated from 2026-01-24.

The reason of the problem is that our staff in Toronto changed the price manually to CAD 149.99 when the snow storm come, because the stock was very little and our cost of shipping increased a lot. Normal price is CAD 39.99. Also our repricing software was turned off by mistake so the price stayed high for 3 days. We understand this is too high compare with the normal price.

We hope Amazon can reactivate this listing as soon as possible because it is winter season. Thank you.

Best regards,
Toronto Greenmaple Trading Ltd.""",
  violation="price-gouging", poa=True, style="none",
  rc="The reason of the problem is",
  notes="no policy named; explains the cause only, no corrective or preventive actions")
# D: root cause + preventive, no corrective
M("appeal-iptm-zh-035", "listing-reinstatement", "US", "chinese",
  "Appeal for trademark complaint ASIN B0D1PX6QHN",
  """Dear Amazon Seller Performance,

Our ASIN B0D1PX6QHN (car phone holder) was removed for trademark infringement, the complaint from brand "GRIPTEK", complaint ID 9021837745.

1. The reason of the problem
When we create the listing, our operator used the word "GRIPTEK style" in the title and in the search terms, because this brand is famous for phone holders and he want more traffic. He did not know that using other brand trademark in our listing is not allowed even our product is different and has our own logo.

2. Measures to avoid
- All new listing titles and keywords will be checked by our team leader with the USPTO trademark search before publish.
- We will do training for all 6 operators about Amazon Intellectual Property Policy in every month meeting.
- We make a list of famous brand words in our category that never can be used.

We hope you can reinstate our listing. Thank you!

Best regards,
Xiamen Huiche Auto Accessories Co., Ltd""",
  violation="ip-trademark", poa=True, style="numbered",
  rc="1. The reason of the problem", pr="2. Measures to avoid",
  pol=["trademark infringement", "Intellectual Property Policy"],
  dec=[("asin", "B0D1PX6QHN"), ("complaint-id", "9021837745")],
  notes="root cause and prevention only; the infringing title is never said to be fixed")

M("appeal-odr-native-036", "account-appeal", "US", "native",
  "Appeal - ODR",
  """Hello,

We got the deactivation notice for our store Sawtooth Supply on 3/10/2026. ODR was 1.6%.

WHAT HAPPENED
Almost all of the defects were A-to-z claims on orders that shipped with USPS First Class to rural addresses in January. Tracking stopped at the regional distribution center for a lot of them and buyers filed claims before the packages arrived. We also had three negative feedbacks about a slow reply, because I was out sick for a week and nobody was answering messages.

GOING FORWARD
- We will switch rural addresses to UPS Ground Advantage with signature for orders over $50.
- We'll hire a part-time assistant to cover buyer messages so replies go out within 12 hours even when I'm out.
- I plan to check the Account Health page at least three times a week and respond to every claim the same day.

Thanks for reviewing.
Jake Sorensen, Sawtooth Supply""",
  violation="odr", poa=True, style="caps",
  rc="WHAT HAPPENED", pr="GOING FORWARD",
  pol=["ODR"],
  notes="caps headings; cause and future prevention, nothing done about the current claims")

M("appeal-restricted-turkish-037", "listing-reinstatement", "US", "turkish",
  "Restricted product - CBD listing",
  """Dear Amazon,

Our listing ASIN B0C6VHL8ZT was removed because it is in restricted products, it is a hemp seed oil for skin and the listing had the word "CBD" in the bullet points.

Cause of the problem: the product itself has no CBD, it is only cold pressed hemp seed oil from Turkey. But our Istanbul office copied the bullet text from the label of the Turkish version where "CBD free" was written, and the translation removed the word "free". So the listing said "contains CBD". This was a translation mistake.

In the future:
- A native English speaker will read all listings before upload.
- We will not use the word CBD in any form, even "CBD free".
- Each quarter we will compare our listings with Amazon restricted products help pages.

Thank you for your understanding,
Burak Demir
Kapadokya Natural Ltd""",
  violation="restricted-products", poa=True, style="inline",
  rc="Cause of the problem: the product", pr="In the future:",
  pol=["restricted products"],
  dec=[("asin", "B0C6VHL8ZT")],
  notes="explains a translation mistake and future checks; the listing text is never corrected")

M("appeal-listing-latam-038", "listing-reinstatement", "ES", "latam",
  "Reactivar listado ASIN B0BZ5R1JKE - detail page",
  """Hello,

I am writing from Argentina, our store is Pampa Mate Co. The ASIN B0BZ5R1JKE was deactivated because the detail page does not follow the product detail page rules (the main image has text and a logo that are not on the product).

Why: Our designer made the main image like an advertisement with "100% ORGANIC" and our logo in big letters, because in Mercado Libre this is normal and it sells more. We did not read the image requirements of Amazon well.

For the future we are going to use a checklist of the Amazon image requirements (white background, no text, product 85% of the image) for every new image, and a second person will approve it before upload. Also we will read the style guide of the Grocery category.

Thank you for your help. Saludos,
Florencia Giménez""",
  violation="listing-policy", poa=True, style="inline",
  rc="Why: Our designer", pr="For the future we are going to use",
  pol=["product detail page rules", "image requirements"],
  dec=[("asin", "B0BZ5R1JKE"), ("foreign-snippet", "Saludos")],
  notes="cause and prevention; the image itself is never replaced")

M("appeal-cancel-indian-039", "account-appeal", "IN", "indian",
  "Appeal for account deactivation",
  """Dear Seller Support,

Our account Sai Krishna Enterprises is deactivated. Please find our explanation.

Reason for problem - Our stock was not updated on Amazon when we sold the same items on our offline shop during Diwali sale. Many orders came for items which were already sold in shop, so we had to cancel 48 orders. Our staff was new and did not know that inventory must be updated manually after offline sale.

Steps to prevent in future -
1. We will start using inventory software which will connect Amazon and our billing counter.
2. Separate stock will be kept only for Amazon orders.
3. Owner will check inventory every evening.

Kindly reinstate our account and oblige. We are doing business on Amazon since 2019.

Regards,
Ramesh Iyer
Sai Krishna Enterprises, Coimbatore""",
  violation="cancel-rate", poa=True, style="inline",
  rc="Reason for problem - Our stock", pr="Steps to prevent in future -",
  notes="no policy or metric named; cause and prevention only")

M("appeal-usedasnew-other-040", "account-appeal", "DE", "other-non-native",
  "Appeal - used items sold as new",
  """Dear Seller Performance Team,

We are Retro Spiel GmbH from Vienna. Our account was deactivated because customers reported that items sold in New condition were used. I want to explain the reason.

What went wrong: We buy returned goods pallets from a big German electronics retailer. The pallets are labeled "new, unopened customer returns". We trusted this label and listed the items as New. Now we understand that a customer return, even unopened, can not be sold as New on Amazon, and some boxes were opened and re-sealed by the customer.

How we will prevent this: From now every item from a returns pallet will be listed only as Used or Renewed, never New. Our warehouse manager will inspect each unit and write an honest condition note. We also plan to buy New stock only from authorized distributors with invoice.

With kind regards,
Stefan Huber
Retro Spiel GmbH""",
  violation="used-sold-as-new", poa=True, style="inline",
  rc="What went wrong: We buy", pr="How we will prevent this: From now",
  pol=["items sold in New condition were used"],
  notes="Austrian writer; cause and prevention, existing listings and buyers never addressed")

M("appeal-inauth-latam-041", "account-appeal", "US", "latam",
  "please help - account deactivated",
  """Hello Amazon,

Please, please help us. Our account Bella Casa Deals was deactivated and we have no more money coming in. I cannot sleep since this happen, my whole family depends on this store and we are desperate.

The reason I think is the hair dryer brushes we bought from a distributor in Florida last year. Some customers said the product is not original. The distributor gave us an invoice but now he does not answer the phone anymore, so maybe the products were not real from the brand.

In the future we will buy only from the brand directly or from authorized distributor and we will always ask for the authorization letter. We will also check the product when it arrive before sending to Amazon.

I beg you to give us one more chance. We are honest people.

Gabriela Reyes""",
  violation="inauthentic", poa=True, style="none",
  rc="The reason I think is", pr="In the future we will buy",
  emo=["Please, please help us.", "I cannot sleep since this happen", "we are desperate", "I beg you to give us one more chance."],
  notes="emotional pleading; no policy named ('not original' is a complaint, not the policy); cause and prevention, no corrective")

M("appeal-review-zh-042", "account-appeal", "UK", "chinese",
  "Appeal - review abuse",
  """Dear Seller Performance Team,

Our store Moonlit Crafts UK was deactivated on 2026-02-26 for manipulation of customer reviews (Community Guidelines / review abuse).

ROOT CAUSE
We used a "review service" from a Chinese agency that promised to get "early reviewers" for our new LED desk lamp (ASIN B0CXT5N8WK). They sent the product to their own buyers and asked them to leave reviews. We paid the agency 3,000 RMB. We did not think it is manipulation because buyers paid for the product by themselves.

PREVENTIVE MEASURES
1. We will never use any third party review services, and any new marketing company must be checked by our director.
2. For new products we will only use Amazon Vine program.
3. All staff will learn the Amazon review policy once every quarter, and we will keep the training record.

We hope Amazon can give us the opportunity to continue. Thank you.

Moonlit Crafts UK
Zhou Xin""",
  violation="review-manipulation", poa=True, style="caps",
  rc="ROOT CAUSE", pr="PREVENTIVE MEASURES",
  pol=["manipulation of customer reviews", "review abuse", "review policy"],
  dec=[("asin", "B0CXT5N8WK")],
  notes="caps headings, root cause and prevention; no corrective section (the agency and reviews never dealt with)")

# E: corrective (done) + preventive, no root cause
M("appeal-counterfeit-native-043", "account-appeal", "US", "native",
  "Plan of Action - counterfeit complaint on ASIN B09WQ3MZ7K",
  """Dear Seller Performance,

Account: Summit Trail Gear | Deactivated 02/25/2026 | Reason: received complaints that we sold counterfeit items (ASIN B09WQ3MZ7K, trekking poles).

Steps already taken
1. Removed the listing and created a removal order for all 76 units in FBA (order 2LP-RMV-19044); the units will be destroyed.
2. Refunded all buyers from the last 120 days who bought this ASIN.
3. Sent the brand's legal team our invoices and asked for their feedback on the complaint.
4. Suspended purchases from the supplier involved pending their proof of authorization.

Steps we will take
1. Buy branded products only from the brand or distributors listed on the brand's authorized dealer page.
2. Keep invoices for every purchase for at least 3 years, matched to each FBA shipment.
3. Check every new supplier against the brand's dealer list before the first PO.

Please let me know if you need additional documentation.

Ben Carver
Summit Trail Gear""",
  violation="counterfeit", poa=True, style="plain",
  co="Steps already taken", pr="Steps we will take",
  pol=["counterfeit items"],
  dec=[("asin", "B09WQ3MZ7K"), ("removal-order-id", "2LP-RMV-19044")],
  notes="'Steps already taken' / 'Steps we will take' without any root cause")
M("appeal-late-zh-044", "account-appeal", "US", "chinese",
  "Appeal for Late Shipment Rate",
  """Dear Seller Performance Team,

We are Aurora Lighting Direct. We got the notification that our account is deactivated because of Late Shipment Rate is 7.2%.

Actions we took:
1. We have shipped all the pending orders and uploaded the tracking numbers.
2. We have changed the handling time of all self-fulfilled SKUs from 1 day to 3 days.
3. We have sent 2,400 units of our top 15 SKUs to FBA, shipment ID FBA17ZQ3R8MWN, so most orders will be fulfilled by Amazon.

Actions we will take:
1. Warehouse staff will ship the orders every day before 4 pm, even on weekend.
2. We will check the Late Shipment Rate in Account Health every day and take action if it is higher than 2%.
3. We will keep at least 30 days stock in FBA for the best sellers.

Hope to get your approval. Thank you!

Aurora Lighting Direct
Contact: Tina Guo""",
  violation="late-shipment", poa=True, style="colon",
  co="Actions we took:", pr="Actions we will take:",
  pol=["Late Shipment Rate"],
  dec=[("shipment-id", "FBA17ZQ3R8MWN")],
  notes="Actions we took / Actions we will take, no reason for the late shipments")

M("appeal-condition-turkish-045", "account-appeal", "US", "turkish",
  "Reactivation - condition complaints",
  """Hello Seller Performance,

My company Marmara Ceramics LLC received deactivation on 7 March 2026 because of customer complaints about the condition of the products (broken or damaged items).

**Immediate steps**
- We refunded or replaced 100% of the 22 customers.
- We changed the packaging of all plates and bowls: now every piece is wrapped in bubble wrap and there is 5 cm foam around, box is double wall.
- We did a drop test of the new box from 1 meter, 10 times, and no item was broken.

**Long-term changes**
- New packaging standard is written and our warehouse team will follow it for every order.
- We will read all return reasons weekly.
- If one SKU has more than 2 damage complaints in a month, we will stop it and check.

We thank you for your consideration.

Serkan Aydın
Marmara Ceramics LLC, New Jersey""",
  violation="condition", poa=True, style="bold",
  co="Immediate steps", pr="Long-term changes",
  pol=["condition of the products"],
  notes="bold headings; done actions and long-term changes but never says why items arrived broken")

M("appeal-ipcopy-indian-046", "listing-reinstatement", "UK", "indian",
  "Request to reinstate ASIN B0C3XK2HLV",
  """Dear Team,

This is regarding our ASIN B0C3XK2HLV (cotton printed cushion covers) which was removed due to copyright complaint by "Jaipur Prints House".

We have done the following:
a) We have deleted all the images which were mentioned in the complaint.
b) We have uploaded new photographs shot in our own studio on 18-Feb-2026.
c) We have written to the complainant to request retraction.

In future we will ensure:
a) Only our own photos will be used for listings.
b) Photographer agreement will mention that all rights belong to us.

Kindly reinstate the listing at the earliest. Thanking you.

Regards,
Neha Sharma
Rangoli Home Furnishings""",
  violation="ip-copyright", poa=True, style="lettered",
  co="We have done the following:", pr="In future we will ensure:",
  pol=["copyright complaint"],
  dec=[("asin", "B0C3XK2HLV")],
  notes="lettered lists; no explanation of how the images were copied")

M("appeal-safety-zh-047", "listing-reinstatement", "US", "chinese",
  "申诉 ASIN B0CSM2QK7F safety",
  """Hello Amazon,

Our ASIN B0CSM2QK7F (magnetic building blocks for kids) was deactivated, the notification said:
"Products that contain small, powerful magnets that can be swallowed must meet ASTM F963-23. We require a test report to reinstate this listing."

What we have done:
- We have send the product to Bureau Veritas Shenzhen lab and got the ASTM F963-23 test report (report no. BV-260217-0419), the product passed all tests including magnet flux.
- We have updated the warning label on the package and in the listing: "WARNING: Contains small magnets. Not for children under 3 years."
- Uploaded the test report and Children's Product Certificate in Manage Your Compliance.

What we will do:
- Every year we will test again, and every new production batch will be checked by the lab.
- Our compliance staff will check CPSC recalls every month for similar products.

Please review and reactivate. Thank you.

Best regards
Hangzhou Joyblock Toys Co., Ltd.""",
  violation="product-safety", poa=True, style="colon",
  co="What we have done:", pr="What we will do:",
  pol=["ASTM F963-23"],
  dec=[("certificate-number", "BV-260217-0419")],
  notes="quoted notification names the standard; done actions and future checks, no root cause")

M("appeal-related-native-048", "account-appeal", "UK", "native",
  "Appeal - account linked to another seller",
  """Hello,

Account: Thistle & Thread (Edinburgh). Deactivated 11 Feb 2026 for being related to an account that was not allowed to sell.

Actions we took
We've removed every user except the two owners, changed all our shared logins, enabled 2-step verification on every user, and moved our broadband to a new provider with a new static IP. We have also stopped working with freelancers for now. A signed statement from both owners confirming we have no connection to any other selling account is attached.

Actions we will take going forward
Anyone doing freelance work for us will use their own equipment and network and will never be given Seller Central access. I'll review the user permissions page on the first of every month.

Kind regards,
Fiona McAllister
Thistle & Thread Ltd
0131 496 0821""",
  violation="related-accounts", poa=True, style="plain",
  co="Actions we took", pr="Actions we will take going forward",
  pol=["related to an account that was not allowed to sell"],
  dec=[("phone", "0131 496 0821")],
  notes="done actions and prevention; never says how the accounts came to be linked")
M("appeal-idv-latam-049", "account-appeal", "US", "latam",
  "Appeal - identity verification / BSA",
  """Dear Seller Performance team,

Our account Andes Natural Foods was deactivated on 15 February 2026 because we did not pass the identity verification required by the Business Solutions Agreement.

What we corrected:
- Uploaded a new color scan of my passport, all four corners visible.
- Uploaded a recent bank statement from Banco de Crédito for "ANDES NATURAL FOODS S.A.C."
- Confirmed the business address and the phone number in Seller Central.

What we do now so it does not happen again:
- All documents will be scanned in color, complete pages, PDF.
- When any information changes I will update Seller Central the same week.

I am available for a video call to verify, my number is +51 1 555 0193.

Saludos,
Carlos Quispe
Lima, Perú""",
  violation="identity-verification", poa=True, style="colon",
  co="What we corrected:", pr="What we do now so it does not happen again:",
  pol=["identity verification", "Business Solutions Agreement"],
  dec=[("phone", "+51 1 555 0193"), ("foreign-snippet", "Saludos")],
  notes="corrections and prevention without saying why verification failed")

# F: corrective only in the future tense (not done)
M("appeal-inauth-zh-050", "account-appeal", "US", "chinese",
  "POA for inauthentic complaints - ZENOVA",
  """Dear Amazon Seller Performance Team,

Thank you for giving us the opportunity to appeal. Our store ZENOVA was deactivated on 2026-03-01 because of inauthentic item complaints for ASIN B0CLP3Z7XW (stainless steel water bottle).

Root causes:
1. The bottles were purchased from a trading company, not from the manufacturer, and we could not get full supply chain documents.
2. The trading company changed the printing supplier, so the logo on the bottle looked different from the listing photos.
3. We did not inspect the goods before shipping to FBA.

Corrective actions:
1. We will remove all the inventory in FBA and dispose them.
2. We will contact the buyers who complained and offer a full refund.
3. We will find the manufacturer directly and sign a purchase contract.
4. We will provide the new invoices to Amazon when the first order arrive.

Preventive measures:
1. Each batch will be inspected by our QC team before shipping.
2. We will keep all invoices for 365 days.
3. We will train our staff on Amazon authenticity policy.

Thank you for your review. We look forward to your reply.

Best regards,
ZENOVA Team
Yiwu Zenova Household Products Co., Ltd""",
  violation="inauthentic", poa=True, style="colon", done=False,
  rc="Root causes:", co="Corrective actions:", pr="Preventive measures:",
  pol=["inauthentic item complaints", "authenticity policy"],
  dec=[("asin", "B0CLP3Z7XW")],
  notes="forum-style POA where every corrective action is 'We will ...'")

M("appeal-late-indian-051", "account-appeal", "IN", "indian",
  "Appeal - Late Dispatch Rate",
  """Dear Seller Performance Team,

Our account "Om Sai Fashion Hub" was deactivated due to Late Dispatch Rate of 8.5% (target below 4%).

Root cause: During the festive season we received 4 times more orders than normal and we had only 3 packing staff. Many orders were dispatched after the dispatch date. Also the courier pickup was missed on 3 days.

Corrective action: We are going to hire 4 additional packing staff on temporary basis. We shall move our fast-moving SKUs to Amazon FBA warehouse in Bhiwandi. All pending orders are going to be dispatched on priority.

Preventive action: Before every sale event we will plan the manpower in advance. Dispatch will be done twice daily. Our manager will check the Late Dispatch Rate on daily basis.

Kindly reinstate our account. We assure this will not repeat again.

Regards,
Pooja Mehta
Om Sai Fashion Hub, Surat""",
  violation="late-shipment", poa=True, style="inline", done=False,
  rc="Root cause: During the festive season", co="Corrective action: We are going to hire", pr="Preventive action: Before every sale",
  pol=["Late Dispatch Rate"],
  notes="corrective written with 'are going to' / 'shall': not done")

M("appeal-review-native-052", "account-appeal", "US", "native",
  "Appeal - review manipulation",
  """Dear Seller Performance,

Our account Fernbrook Naturals was deactivated on March 4, 2026 for review manipulation. I've read the Customer Product Reviews policy carefully and I understand now what we did wrong.

## Root Cause

In January we ran a promotion with an outside marketing agency that recruited "product testers." The testers received a full refund through PayPal after leaving a review. We thought this was allowed because the testers were told to be honest, but any compensation tied to a review is a violation.

## Corrective Actions

- We will end our contract with the agency.
- We'll ask Amazon to remove any reviews connected to the promotion, and we'll give you the list of the 37 orders involved.
- We plan to stop all outside promotions until our new process is in place.

## Preventive Measures

- Only Amazon Vine and the Request a Review button will be used to get reviews.
- Every marketing partner will have to sign a statement that they comply with Amazon policies.
- I will do a monthly audit of buyer-seller messages and all promotions.

Sincerely,
Allison Greer
Fernbrook Naturals""",
  violation="review-manipulation", poa=True, style="markdown", done=False,
  rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
  pol=["review manipulation", "Customer Product Reviews policy"],
  notes="markdown POA whose corrective bullets are all future tense")

M("appeal-odr-turkish-053", "account-appeal", "DE", "turkish",
  "Appeal for ODR deactivation",
  """Dear Seller Performance Team,

Our account Yildiz Home Textile is deactivated because our Order Defect Rate is 2.1%.

ROOT CAUSE
Our bath robes have wrong size chart. The sizes in the chart are Turkish sizes and they are smaller than German sizes, so many customers received robe too small and gave negative feedback and A-to-z claims.

CORRECTIVE ACTIONS
- We will change the size chart to EU sizes on all 24 listings.
- We will add the measurements in cm to the bullet points.
- We will contact every customer with negative feedback and offer exchange.

PREVENTIVE ACTIONS
- Our designer will check the size charts for each new product.
- We will read the customer feedback every week.

Thank you very much for your consideration. We are waiting for your kind reply.

Hakan Yıldız""",
  violation="odr", poa=True, style="caps", done=False,
  rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  pol=["Order Defect Rate"],
  notes="caps headings; corrective actions are all 'We will'")

M("appeal-restricted-zh-054", "listing-reinstatement", "US", "chinese",
  "Appeal for restricted product ASIN B0CNQ8K4LE",
  """Dear Amazon,

Our ASIN B0CNQ8K4LE (laser pointer 5mW) was removed because it is a restricted product, the notification said "laser pointers with power above 5mW or without FDA accession number are prohibited".

The reason of problem: our listing title wrote "high power 10mW laser" for marketing, but actually the product is 5mW. Also we did not add the FDA accession number in the listing and the package.

The solutions we plan:
1. We will edit the title and description and remove "high power 10mW".
2. We will apply the FDA accession number with our factory and print it on the package label.
3. After we get the number, we will upload the FDA documents to Amazon.

To avoid in future: all product power and specs will be checked with the factory test report before writing the listing, and our listing manager will learn the restricted products rules of the laser category.

Thanks for your help!
Ningbo Brightray Optics""",
  violation="restricted-products", poa=True, style="inline", done=False,
  rc="The reason of problem:", co="The solutions we plan:", pr="To avoid in future:",
  pol=["restricted product", "restricted products rules"],
  dec=[("asin", "B0CNQ8K4LE")],
  notes="quoted notification; 'solutions we plan' all future")

M("appeal-cancel-native-055", "account-appeal", "UK", "native",
  "Urgent - cancellation rate appeal",
  """Hi,

Pre-fulfilment cancel rate went to 3.9% and the account was deactivated on 5 March. Cause is simple: our supplier in Manchester went into administration in February and 61 orders we'd taken for their products couldn't be filled.

What we're going to do: find two new suppliers for the affected lines, set all their products to zero stock until we have units physically in our warehouse, and contact the buyers whose orders were cancelled to apologise.

Preventive: we'll only list stock we physically hold, and we'll keep at least two suppliers for every product line so one failing can't do this again.

Please reinstate, we have a small team relying on this.

Chris Barlow
Barlow Home & Garden""",
  violation="cancel-rate", poa=True, style="inline", done=False,
  rc="Cause is simple:", co="What we're going to do:", pr="Preventive: we'll only list",
  pol=["Pre-fulfilment cancel rate"],
  dec=[("mild-plea", "Please reinstate, we have a small team relying on this.")],
  notes="short native note; 'Urgent' only in subject; corrective all future")

M("appeal-iptm-latam-056", "listing-reinstatement", "US", "latam",
  "Please reinstate my listing",
  """Hello, my name is Andrés and I am the owner of Café Tolima Imports. Our listing for the coffee grinder was removed, I think because of a complaint from another company. We are very confused and worried because it was our best product. Before the listing was removed our supplier told us they used the design from a famous brand, and maybe this is the reason. Our plan is: we will talk to the supplier and ask for a different design, we will change the photos and take out the name of the other brand from the description, and after that we will send a new listing. To not repeat this in the future we will always ask the supplier if the design is original and search the brands before we buy. Thank you for your patience and help.

Andrés Gutiérrez
Café Tolima Imports""",
  violation="ip-trademark", poa=True, style="none", done=False,
  rc="Before the listing was removed our supplier told us", co="Our plan is: we will talk", pr="To not repeat this in the future",
  dec=[("mild-word", "We are very confused and worried")],
  notes="plan inside one long paragraph; no policy named ('a complaint from another company'); corrective only future")

M("appeal-listing-other-057", "listing-reinstatement", "IT", "other-non-native",
  "Reinstatement ASIN B0D4GF8RWN - listing policy",
  """Good morning,

I write from Naples, our company is Limoni di Sorrento S.r.l. Our ASIN B0D4GF8RWN was deactivated because the listing violated the product title requirements: the title was 240 characters with promotional words like "BEST GIFT" and "TOP QUALITY".

1 - Cause: our agency in Milan wrote the title to rank better, they did not know the new rule of maximum 200 characters and no promotional words.
2 - Correction: tomorrow our agency will rewrite the title under 200 characters without promotional words, and next week they will check all the other 18 titles of our brand.
3 - Prevention: from now every title needs my approval, and we use the checker of the title rules before publishing.

Thank you and best regards,
Giuseppe Esposito""",
  violation="listing-policy", poa=True, style="numbered", done=False,
  rc="1 - Cause:", co="2 - Correction:", pr="3 - Prevention:",
  pol=["product title requirements"],
  dec=[("asin", "B0D4GF8RWN")],
  notes="Italian writer; '1 -' numbered headings; correction planned for tomorrow")

M("appeal-related-zh-058", "account-appeal", "UK", "chinese",
  "Appeal - related accounts",
  """Dear Seller Performance team,

Our account "Greenfield Living UK" has been deactivated because it is related to another account which was deactivated for policy violations.

After our investigation, the reason is: our company uses a logistics agency in Shenzhen for FBA shipments, and they used the same shipping address label template and the same phone number for another seller who was deactivated. Amazon find the same phone number +86 138 0013 4475 in both accounts.

Our plan of action for correct this:
- We will change the contact phone number in our account to our own number.
- We will stop working with this logistics agency after the current shipment FBA18B4KQ7ZT is received.
- We will provide you the agency contract to prove we are independent company.

I am very sorry and hope you can reactivate the account soon, thank you.

Greenfield Living UK
Ma Lin""",
  violation="related-accounts", poa=True, style="none", done=False,
  rc="After our investigation, the reason is:", co="Our plan of action for correct this:",
  pol=["related to another account"],
  dec=[("phone", "+86 138 0013 4475"), ("shipment-id", "FBA18B4KQ7ZT"), ("single-apology", "I am very sorry")],
  notes="corrective only in future tense and no preventive measures")
# ---------------- account appeals with no plan of action (A016) and cover letters ----------------
M("appeal-nopoa-native-059", "account-appeal", "US", "native",
  "WHY WAS MY ACCOUNT DEACTIVATED",
  """I just got an email that my account is deactivated and nobody can tell me why. I have sold on this site for 6 years with 99% positive feedback. I called Seller Support three times today and got three different answers. This is RIDICULOUS. I have $14,000 of inventory sitting in your warehouses and you are holding my money.

If this account is not turned back on by Friday I am contacting my attorney and the Better Business Bureau. You cannot just take someone's business away with no explanation.

Dale Hutchins
Hutchins Hardware Online""",
  violation="odr",
  emo=["This is RIDICULOUS.", "If this account is not turned back on by Friday I am contacting my attorney and the Better Business Bureau."],
  notes="angry short note with a threat; no policy, no plan (subject in caps is not part of the text)")

M("appeal-nopoa-zh-060", "account-appeal", "US", "chinese",
  "Appeal for account reactivation",
  """Dear Seller Performance Team,

Our account SUNNYWAY Direct was deactivated on 2026-02-14. We don't know the reason, the email only said we violated the Amazon policy. We are a real company in Shenzhen with factory, we sell only our own products with our own brand registered in USPTO (Reg. No. 7123456).

Our account has good metrics: ODR 0.2%, late shipment rate 0.5%, no IP complaints in 3 years. We think it maybe a mistake of the system.

Please check again and reactivate our account. If you need any document we can provide immediately: business license, invoices, trademark certificate.

Thank you very much!
SUNNYWAY Direct
Kevin Zhao""",
  violation="related-accounts",
  dec=[("trademark-number", "7123456")],
  notes="no POA and no policy named (metrics mentioned only as good results, 'the Amazon policy' generic)")

M("appeal-nopoa-indian-061", "account-appeal", "IN", "indian",
  "Account deactivated - bank details for verification",
  """Dear Amazon Team,

Our account Lakshmi Silks was deactivated stating that we failed the identity verification under Section 3 of the Business Solutions Agreement. This is not correct, all our documents are genuine.

For verification please find our bank details again:
Account holder: Lakshmi Silks
Bank: State Bank of India, Kanchipuram branch
Account no. 3910 2284 7751
IFSC: SBIN0000862
Net banking password Kanchi@2026 if you want to check the statement directly.

Kindly verify and reactivate our account immediately. We have stock of 4 lakh rupees lying in FBA.

Regards,
Meenakshi Sundaram
Lakshmi Silks, Kanchipuram""",
  violation="identity-verification",
  pol=["identity verification", "Section 3 of the Business Solutions Agreement"],
  sec=[("bank-account", "3910 2284 7751"), ("password", "Kanchi@2026")],
  dec=[("ifsc", "SBIN0000862")],
  notes="no POA; pastes bank account and net banking password; IFSC is a decoy")

M("appeal-nopoa-latam-062", "account-appeal", "US", "latam",
  "Reactivation of my account please",
  """Dear Sirs,

I am very sad and frustrated. My account Tejidos Andinos was deactivated because of a complaint that my alpaca sweaters are not authentic. This is impossible, I make them myself with my sister in Cusco, we have pictures of all the process and the invoices of the alpaca wool from Michell y Cía.

The customer who complained bought 3 sweaters and returned a different one, from a cheap brand. This is a fraudulent buyer and Amazon believed him and not me.

I am sending you the pictures and the invoices. Please look at them and reactivate my account. I trust in your justice.

María Elena Huamán
Tejidos Andinos""",
  violation="inauthentic",
  pol=["not authentic"],
  dec=[("mild-word", "I am very sad and frustrated."), ("strong-fact-word", "This is a fraudulent buyer")],
  notes="disputes the complaint with evidence, no plan; strong fact words ('fraudulent buyer') in a calm letter")

M("appeal-nopoa-turkish-063", "account-appeal", "UK", "turkish",
  "Account suspended - payment problem",
  """Hello,

My account Karadeniz Foods was deactivated, the message says there is unpaid balance of £212.40 and my card was declined. I do not understand this, the card has money.

Please try again with this card or change it for me because I cannot log in to the payment page:

Card: 5425 3016 6131 8608
Expiry 11/27
Name: Ayse Karadeniz

I am very very worried, all my customers are waiting for their orders, please please reactivate today I beg you, this is my only income and I have two children.

Ayşe Karadeniz""",
  violation="identity-verification",
  emo=["I am very very worried", "please please reactivate today I beg you", "this is my only income and I have two children"],
  sec=[("card", "5425 3016 6131 8608"), ("card-expiry", "11/27")],
  notes="no policy, no POA, emotional begging and a card number with expiry")

M("appeal-nopoa-native-064", "account-appeal", "CA", "native",
  "Appeal - account deactivated for inauthentic complaint (we believe in error)",
  """Hello,

Our account, Maple Ridge Outdoor, was deactivated on Feb 27, 2026 for a single inauthentic complaint on ASIN B07PZ9K2QW (stainless camping mug).

We are the brand owner. The mug is our own product, made for us by Everbright Metalware in Guangdong under a manufacturing agreement since 2019, and the brand is registered in Brand Registry (CIPO registration TMA1,098,765). We have never bought this product from anyone else, so it can't be inauthentic in the sense of the policy.

The buyer who complained (order 702-4418203-9917264) returned a mug that was not ours: it has a different handle and no laser engraving on the base. Photos of the returned item next to ours are attached, with our manufacturing agreement and the last three factory invoices.

We'd ask that you review the complaint again and reinstate the account. Thank you for your time.

Sarah Lindqvist
Maple Ridge Outdoor Inc.""",
  violation="inauthentic",
  pol=["inauthentic complaint", "inauthentic in the sense of the policy"],
  dec=[("asin", "B07PZ9K2QW"), ("trademark-number", "TMA1,098,765"), ("order-id", "702-4418203-9917264")],
  notes="calm brand-owner dispute with evidence; no plan of action and none said attached")

M("appeal-nopoa-other-065", "account-appeal", "UK", "other-non-native",
  "Second appeal - nobody answers",
  """Good day,

This is our second appeal. Our account Danube Trade s.r.o. was deactivated 3 weeks ago. We sent the documents (company registration, passport of director, bank statement) two times and every time we receive the same automatic answer that the documents could not be verified, without any explanation what is wrong.

The documents are all valid and in English translation by sworn translator. Please tell us exactly which document is the problem, so we can send the correct one. We can not improve anything if we don't know what to improve.

Kind regards,
Ondřej Novák
Danube Trade s.r.o., Bratislava""",
  violation="identity-verification",
  notes="Czech/Slovak writer; no policy named and no plan; asks what is wrong")

M("appeal-nopoa-zh-066", "account-appeal", "CA", "chinese",
  "求助 please help reactivate account",
  """Hello Amazon,

Help!!! Our account was deactivated yesterday and we have 6,000 units in Canadian FBA warehouse. We are so scared, the boss is very angry and maybe our company will close. We have 20 workers.

We did nothing wrong!!! We always follow the rules. PLEASE PLEASE REACTIVATE OUR ACCOUNT!!! Please tell us what to do, we will do anything.

Sorry sorry sorry for any trouble we make. Thank you thank you.

MapleStar Home
Wu Fang""",
  violation="late-shipment",
  emo=["Help!!!", "We are so scared", "maybe our company will close", "PLEASE PLEASE REACTIVATE OUR ACCOUNT!!!", "Sorry sorry sorry for any trouble we make."],
  notes="panic, shouting, excessive apology; no policy and no plan")

M("appeal-nopoa-native-067", "account-appeal", "US", "native",
  "Deactivation under the Seller Code of Conduct - request for review",
  """Dear Seller Performance,

We received a notice on March 9, 2026 that our account, Harbor Light Books, was deactivated for violating the Seller Code of Conduct, specifically for "misleading buyers." The notice does not say which listing or which buyer communication it refers to.

We sell used and rare books. Our condition notes are detailed and we photograph every book over $50. In the last 12 months we had 2,140 orders and 3 returns for "not as described." We have looked through our messages and cannot find anything that could be read as misleading.

Before we can respond properly, could you please tell us which order, listing or message the decision is based on? Once we know, we'll reply right away.

Thank you,
Martin Abernathy
Harbor Light Books, Portland ME""",
  violation="seller-code-of-conduct",
  pol=["Seller Code of Conduct"],
  notes="calm request for information; names the policy but contains no plan and no attachment")

M("appeal-nopoa-indian-068", "account-appeal", "IN", "indian",
  "Request for reactivation",
  """Respected Sir,

With due respect I want to inform you that my seller account Shubh Mobile Accessories was deactivated on 01-Mar-2026. I am a small seller from Lucknow and this account is the only source of income for my family of 5 members.

Sir I humbly request you to kindly restore my account. I will be very thankful to you for this kindness. Please consider my request on humanitarian ground and do the needful.

Thanking you in anticipation.

Yours faithfully,
Anil Verma""",
  violation="odr",
  dec=[("mild-plea", "Please consider my request on humanitarian ground and do the needful.")],
  notes="polite formal request, no policy, no POA; a mild plea only, not emotional")

M("appeal-attached-zh-069", "account-appeal", "US", "chinese",
  "Appeal - Plan of Action attached (inauthentic)",
  """Dear Seller Performance Team,

Our account JOYLINK Store (merchant token A1VZQ8M3NR6T0W) was deactivated on 2026-02-11 for inauthentic complaints.

Please find our Plan of Action in the attached file "JOYLINK_POA_20260215.pdf". We also attached the supplier invoices for the last 12 months, the authorization letter from the brand owner and our business license, so you can check the supply chain.

Thank you for your time and review.

Best regards,
JOYLINK Store
Deng Hui""",
  violation="inauthentic", attached=True,
  pol=["inauthentic complaints"],
  dec=[("merchant-token", "A1VZQ8M3NR6T0W"), ("file-name", "JOYLINK_POA_20260215.pdf")],
  notes="short cover letter, POA in the attachment")

M("appeal-attached-native-070", "account-appeal", "UK", "native",
  "Appeal: deactivation for Late Dispatch Rate",
  """Dear Seller Performance Team,

I am writing to appeal the deactivation of Wexford Tool Supply (notification dated 19 February 2026) for a Late Dispatch Rate above the 4% target.

I have attached a full plan of action covering what went wrong with our carrier collections in January, the changes we have already made to our dispatch process, and the checks we have put in place to keep the rate under 1%. I have also included the carrier's letter confirming the missed collections.

I would be grateful if you could review the attached plan. I'm happy to provide anything further.

Yours sincerely,
Patrick Doyle
Director, Wexford Tool Supply Ltd""",
  violation="late-shipment", attached=True,
  pol=["Late Dispatch Rate"],
  notes="cover letter describing the attached POA's contents without giving them")

M("appeal-attached-latam-071", "account-appeal", "US", "latam",
  "Apelación / Appeal - POA in attachment",
  """Hello Seller Performance,

We are Distribuidora Río Grande, account deactivated for drop shipping policy on 8 March 2026. We prepare our plan of action (root cause, corrective actions and preventive measures) in the document attached, also the new wholesale contract with the manufacturer and the invoices.

Thank you for read it and we are waiting for your answer.

Saludos,
Fernando Castillo""",
  violation="drop-shipping", attached=True,
  pol=["drop shipping policy"],
  dec=[("foreign-snippet", "Saludos")],
  notes="cover letter naming POA parts that live in the attachment")
# ---------------- technical issues ----------------
M("tech-login-zh-072", "technical-issue", "US", "chinese", lang="zh", topic="login",
  subject="无法登录卖家后台 - 两步验证一直失败",
  text="""您好，亚马逊卖家支持团队：

我们的店铺 HOMEWELL US 从3月2日开始无法登录卖家平台。每次输入账号和密码以后，系统要求输入两步验证码，但是输入后一直显示"您输入的验证码无效"。我们已经试过清除浏览器缓存、换电脑、换网络，都不行。

为了方便你们帮我们检查，登录信息如下：
登录邮箱：homewell.us.ops@163.com
密码是 Hw#2026spring!
刚才收到的验证码：604118

我们的手机号码是 +86 139 2277 4810，请帮我们重置两步验证，或者告诉我们还可以怎么操作。店铺每天有两百多个订单需要处理，请尽快回复，谢谢！

深圳市好维家居有限公司
李娜""",
  sec=[("password", "Hw#2026spring!"), ("one-time-code", "604118")],
  dec=[("phone", "+86 139 2277 4810")],
  notes="Chinese on the US marketplace; pastes the login password and a 2SV code")

M("tech-deposit-ja-073", "technical-issue", "US", "other-non-native", lang="ja", topic="deposit-method",
  subject="入金口座の認証エラーについて",
  text="""Amazon セラーサポート御中

いつもお世話になっております。株式会社サクラ雑貨の田中と申します。

米国マーケットプレイスの入金方法を変更しようとしたところ、「銀行口座情報を確認できませんでした」というエラーが表示され、登録ができません。三回試しましたが同じ結果でした。

念のため、登録しようとしている口座情報をお送りします。
銀行名：みずほ銀行 渋谷支店
口座種別：普通
口座番号：4417302
暗証番号：8352
名義：カ）サクラザッカ

前回の入金予定日が3月15日ですので、それまでに解決していただけると大変助かります。ご確認のほど、よろしくお願いいたします。

株式会社サクラ雑貨
田中 裕子
電話：03-5555-2187""",
  sec=[("bank-account", "4417302"), ("password", "8352")],
  dec=[("phone", "03-5555-2187")],
  notes="Japanese on the US marketplace; bank account and 暗証番号 (PIN, labeled password)")

M("tech-payment-native-074", "technical-issue", "US", "native", topic="payment-method",
  subject="Can't update charge method - card keeps getting rejected",
  text="""Hi there,

I've been trying to replace the credit card on file for our seller fees since Tuesday. Every time I hit save on the Charge Methods page it spins and then says "There was a problem adding your card. Please try again later." I've tried Chrome and Safari and two different cards.

Since it won't save through the website, can someone just put it on the account for me? Here's the card:

Visa 4539.5260.1815.9083
exp 08/29
cvv 417
billing zip 80302

Our subscription fee is due on the 15th and I don't want the account to go into a negative balance. Thanks!

Kelly Navarro
Front Range Pet Supply""",
  sec=[("card", "4539.5260.1815.9083"), ("card-expiry", "08/29"), ("card-code", "417")],
  dec=[("postcode", "80302")],
  notes="card number written with dots, expiry and CVV pasted into a case")

M("tech-deposit-native-075", "technical-issue", "US", "native", topic="deposit-method",
  subject="Disbursement failed - deposit method",
  text="""Hello,

Our last two disbursements (settlement 18840219371 and 18840633052) failed and the Payments dashboard shows "Your deposit method is invalid." Nothing changed on our side. The account is a business checking account at Chase.

Routing number: 021000021
Account number: 000123987456

The account is open and in good standing, I checked with the bank this morning. Could you tell us why the payments are failing and whether we need to re-enter the account? We have about $31,000 held right now.

Thanks,
Jordan Whitaker
Whitaker Outdoor Co.
(208) 555-0173""",
  sec=[("routing-number", "021000021"), ("bank-account", "000123987456")],
  dec=[("settlement-id", "18840219371"), ("settlement-id", "18840633052"), ("phone", "(208) 555-0173")],
  notes="routing and account number pasted; settlement IDs and phone are decoys")

M("tech-deposit-es-076", "technical-issue", "US", "other-non-native", lang="es", topic="deposit-method",
  subject="Error al agregar cuenta bancaria",
  text="""Hola equipo de soporte,

Somos una empresa de Valencia que vende en Amazon.com. Queremos agregar nuestra cuenta bancaria española como método de depósito, pero el sistema muestra el mensaje "El IBAN introducido no es válido para esta región".

Estos son los datos de la cuenta:
Titular: Cerámicas Turia S.L.
Banco: CaixaBank
IBAN: ES28 2100 0418 4502 0005 1399
BIC: CAIXESBBXXX

¿Es posible recibir pagos de Amazon.com en una cuenta en euros? Si no es posible, ¿qué opción nos recomiendan? Tenemos más de 8.000 USD pendientes de pago.

Muchas gracias,
Lucía Ferrer
Cerámicas Turia S.L.""",
  sec=[("iban", "ES28 2100 0418 4502 0005 1399")],
  dec=[("swift-code", "CAIXESBBXXX")],
  notes="Spanish seller from Spain writing in Spanish on the US marketplace; IBAN pasted, BIC is a decoy")
M("tech-payment-zh-077", "technical-issue", "US", "chinese", topic="payment-method",
  subject="Credit card verification failed for seller fees",
  text="""Hello Seller Support,

Our account BRIGHTOWN shows "Your credit card could not be verified" and the listings may be inactive soon. We tried to add our company UnionPay credit card but always fail. Below is the message our finance colleague sent me in WeChat, I copy here so you can check the card:

财务小王：卡号 6222 2199 3518 1909 373，有效期 2029年6月，安全码 552，持卡人 ZHOU MING

Is UnionPay card supported for the seller fees? If not, which card type should we use? Please help to check, thank you very much.

Best regards,
Zhou Ming
Brightown Trading (Shenzhen) Co., Ltd""",
  sec=[("card", "6222 2199 3518 1909 373"), ("card-expiry", "2029年6月"), ("card-code", "552")],
  dec=[("foreign-snippet", "财务小王")],
  notes="English message with a pasted Chinese chat line holding a 19-digit UnionPay number, expiry and code")

M("tech-login-other-078", "technical-issue", "UK", "other-non-native", topic="login",
  subject="Two-step verification code not accepted",
  text="""Hello,

I can not sign in to Seller Central since yesterday. After I enter my email and password the page asks for the verification code from the authenticator app. I type the code, for example the last one was 482913, and it says "The code you entered is not valid". The time on my phone is automatic.

I already tried to reset my password twice and the reset works, but the two-step verification still blocks me. My backup phone number was an old number which I do not have any more.

Can you please help me to remove the authenticator and add my new phone +44 7700 900412? I am the primary user of account Vistula Crafts Ltd.

Thank you,
Katarzyna Nowak""",
  sec=[("one-time-code", "482913")],
  dec=[("password-word", "After I enter my email and password"), ("verification-code-word", "asks for the verification code"), ("phone", "+44 7700 900412")],
  notes="Polish writer; one real OTP value among password / verification code words with no value")

M("tech-payment-native-079", "technical-issue", "UK", "native", topic="payment-method",
  subject="Amex not accepted as charge method",
  text="""Hi,

Trying to add our company Amex as the default charge method and it keeps failing with "Card type not supported for this marketplace", which I'm fairly sure isn't right because we used Amex on the account until last year.

Details in case you need to add it manually:
3782 913909 96030
The 4 digit code on the front is 7305
exp. 09/28

Could you check whether something's flagged on the account? Our monthly subscription failed on 1 March and I've had a warning email.

Cheers,
Tom Ellery
Ellery & Sons Furniture, Bristol""",
  sec=[("card", "3782 913909 96030"), ("card-code", "7305"), ("card-expiry", "09/28")],
  notes="Amex 4-6-5 number, the 4-digit front code and expiry")

M("tech-deposit-other-080", "technical-issue", "DE", "other-non-native", topic="deposit-method",
  subject="Deposit method change not saved",
  text="""Dear Seller Support,

We changed our bank last month and want to update the deposit method for amazon.de, amazon.fr and amazon.it. The new account is at Commerzbank. After I click "Set deposit method" I see the error "Wir konnten Ihre Anfrage nicht bearbeiten" and the old account stays.

New account details:
Account holder: Van Dijk Trading BV
IBAN DE82370400440532013999
BIC COBADEFFXXX

The old Dutch account NL64ABNA... will be closed on 31 March, so it is important that the payment on 25 March already goes to the new one. Please advise.

Met vriendelijke groet,
Joost van Dijk
Van Dijk Trading BV, Venlo""",
  sec=[("iban", "DE82370400440532013999")],
  dec=[("swift-code", "COBADEFFXXX"), ("iban-truncated", "NL64ABNA..."), ("foreign-snippet", "Wir konnten Ihre Anfrage nicht bearbeiten"), ("foreign-snippet", "Met vriendelijke groet")],
  notes="Dutch writer; IBAN without spaces; a truncated old IBAN is not a full value; German error text quoted")

M("tech-upload-zh-081", "technical-issue", "US", "chinese", topic="listing-upload",
  subject="Flat file upload error 8541 and 8572",
  text="""Hello,

When we upload the inventory file for our new products (outdoor solar lights), the processing report show errors for every row:

Error 8541: The SKU data provided conflicts with the Amazon catalog.
Error 8572: You are using UPCs, EANs, ISBNs, ASINs, or JAN codes that do not match the products you are trying to list.

Feed submission ID: 50317728841
Batch ID: 2026031415220917

Our UPC codes are bought from GS1 US, for example 850047291035, and the company prefix is registered to our brand. We checked the GS1 database, the codes are correct. Please help us check why the catalog says conflict. We have 40 SKUs waiting to list.

Thanks,
Sunlite Garden Tech""",
  dec=[("error-code", "8541"), ("error-code", "8572"), ("feed-id", "50317728841"), ("batch-id", "2026031415220917"), ("upc", "850047291035")],
  notes="copied Seller Central error texts; 16-digit batch ID and UPC are decoys")

M("tech-report-native-082", "technical-issue", "US", "native", topic="report-error",
  subject="Business report shows zero sessions for all ASINs",
  text="""Hello,

Since March 3 the Detail Page Sales and Traffic by Child Item report shows 0 sessions and 0 page views for every ASIN in our account, even though we are still getting orders (around 60 a day). Units ordered and sales look correct. Only sessions and page views are zero.

Things I've tried: different date ranges, downloading the CSV instead of viewing in the browser, and checking from another user login. Same result everywhere. Our ad console still shows clicks, so traffic is definitely there.

It's a bit frustrating because we rely on this report for our weekly planning. Is this a known issue?

Thanks,
Nate Brooks
Brooks Kitchenware""",
  dec=[("mild-word", "It's a bit frustrating")],
  notes="plain report-error case; one mild word in a calm message")

M("tech-page-native-083", "technical-issue", "US", "native", topic="page-error",
  subject="Manage All Inventory page will not load AT ALL",
  text="""This is the FOURTH case I am opening about this. The Manage All Inventory page gives me "Sorry! Something went wrong on our end" every single time, for nine days now. Every time someone closes the case saying it's fixed and it is NOT FIXED.

I cannot change prices, I cannot see my stock, I cannot do my job. Prime Day is coming and I'm losing sales every hour. I am so sick of copy-paste answers. I'm at the end of my rope here, honestly, and if this gets closed one more time without anyone actually looking at it I'm done with this platform.

Browser: Chrome 122, cache cleared, also tried Edge and Firefox, also tried my phone.

Rob Kincaid""",
  emo=["This is the FOURTH case I am opening about this.", "it is NOT FIXED", "I am so sick of copy-paste answers.", "I'm at the end of my rope here", "I'm done with this platform"],
  notes="shouting and despair in a technical case")

M("tech-api-indian-084", "technical-issue", "IN", "indian", topic="api",
  subject="SP-API authorization error for our app",
  text="""Dear Team,

We are a software vendor and our app "ShipKart Connect" (app ID amzn1.sp.solution.7f3e21c4-0b9a-4d55-9e0f-61a2b8c4d901) is getting error 403 "Unauthorized - Access to requested resource is denied" on getOrders since 10-Mar-2026 for all sellers in India marketplace.

We have not changed anything in our IAM role or the LWA credentials. The refresh token is generated fine but every call fails. Error response contains request ID 7c1e93b0-44aa-4e0b-b6d2.

Kindly check if there is any change in roles for Orders API and revert at the earliest. 140 sellers are using our app.

Regards,
Prakash Nair
Tech Lead, ShipKart Solutions Pvt Ltd""",
  dec=[("app-id", "amzn1.sp.solution.7f3e21c4-0b9a-4d55-9e0f-61a2b8c4d901"), ("error-code", "403"), ("password-word", "LWA credentials")],
  notes="API case mentioning credentials and tokens with no values")

M("tech-page-ja-085", "technical-issue", "JP", "other-non-native", lang="ja", topic="page-error",
  subject="在庫管理ページでエラーが発生します",
  text="""セラーサポートご担当者様

いつもお世話になっております。有限会社みどり工房の佐藤です。

三日前から、在庫管理ページで商品の価格を変更しようとすると「問題が発生しました。後でもう一度お試しください」と表示され、保存できません。対象の商品は約120件で、すべて同じエラーになります。ブラウザのキャッシュ削除、別のパソコン、別のユーザーでも試しましたが、結果は変わりませんでした。

エラーが出たときの画面のスクリーンショットを添付いたします。セール期間が近いため、早めにご確認いただけますと幸いです。

よろしくお願いいたします。
有限会社みどり工房
佐藤 健一""",
  notes="Japanese on the JP marketplace: non-English but not English-required")

M("tech-tax-indian-086", "technical-issue", "US", "indian", topic="tax-interview",
  subject="Tax interview stuck - W-8BEN-E",
  text="""Hello Seller Support,

We are an Indian private limited company selling on amazon.com. While completing the tax interview (W-8BEN-E), after entering our Foreign TIN which is our PAN number AAKCS4821M, the page shows "We are unable to validate your tax information" and does not go ahead.

We have also tried without the TIN and selecting "not legally required", but then it says information incomplete. Because of this our account shows "Tax information required" and disbursement is on hold.

Kindly guide us what we are doing wrong. We have attached a screenshot.

Thanks and regards,
Deepa Krishnan
Accounts, Sutradhar Crafts Pvt Ltd, Bengaluru""",
  dec=[("tax-id", "AAKCS4821M")],
  notes="tax ID (PAN) is not a secret")

M("tech-login-turkish-087", "technical-issue", "UK", "turkish", topic="login",
  subject="Cannot change 2SV phone number",
  text="""Hello,

My old phone number +90 532 555 1844 is not used any more, I changed my operator. Now Seller Central sends the OTP to the old number and I can not log in. I have the new number +90 541 555 2093.

I tried the option "Didn't receive the code?" but it only lets me choose voice call to same old number. I have no backup method.

Please help to change the number, I can send passport copy for verification. Our account name is Kapadokya Gifts UK.

Teşekkürler,
Selin Öztürk""",
  dec=[("phone", "+90 532 555 1844"), ("phone", "+90 541 555 2093"), ("otp-word", "sends the OTP to the old number"), ("foreign-snippet", "Teşekkürler")],
  notes="OTP mentioned with no value; phone numbers are decoys")

M("tech-shiplabel-latam-088", "technical-issue", "US", "latam", topic="shipping-label",
  subject="Buy Shipping label error",
  text="""Hello,

When I try to buy a shipping label for order 113-5528810-2047736 with Buy Shipping, it says "The ship from address could not be validated" and no carriers appear. My warehouse address is the same for 2 years: 4410 NW 72nd Ave, Miami FL 33166.

Other orders give the same message since yesterday. I printed some labels directly in the UPS website (tracking 1Z9X47E20398815526) but then the tracking does not protect me for A-to-z.

Could you verify my address in the system please? Thank you.

Martín Paredes
Paredes Distribution""",
  dec=[("order-id", "113-5528810-2047736"), ("tracking-number", "1Z9X47E20398815526"), ("postcode", "33166")],
  notes="Buy Shipping error; order ID, UPS tracking and address are decoys")
# ---------------- FBA reimbursements ----------------
M("fba-lostinbound-zh-089", "fba-reimbursement", "US", "chinese", topic="lost-inbound",
  subject="Reimbursement request - shipment FBA17HQW2X9C units missing",
  text="""Dear Seller Support,

Our shipment FBA17HQW2X9C was delivered to ONT8 on 2026-02-06 (carrier UPS, 24 cartons, tracking 1Z8V31W90344718205 to 1Z8V31W90344718428). Shipment status is "Closed" but only 1,032 units received, we shipped 1,200 units of SKU LED-STRIP-5M-RGB (FNSKU X003QJ7KL1). 168 units are missing.

The POD from UPS shows 24 cartons delivered and signed by "ONT8 RECEIVING". Each carton has 50 units, we attached the packing list, carton photos with weight, and the commercial invoice (unit cost USD 6.20).

Please investigate and reimburse the 168 missing units. Thank you!

Best regards,
Ray Lin
Shenzhen Lumiglow Technology""",
  dec=[("shipment-id", "FBA17HQW2X9C"), ("tracking-number", "1Z8V31W90344718205"), ("tracking-number", "1Z8V31W90344718428"), ("fnsku", "X003QJ7KL1"), ("sku", "LED-STRIP-5M-RGB")],
  notes="lost-inbound claim with POD, units and cost")

M("fba-warehouselost-native-090", "fba-reimbursement", "US", "native", topic="warehouse-lost",
  subject="Units lost in fulfillment center - not reimbursed after 30 days",
  text="""Hello,

The Inventory Adjustments report shows 14 units of FNSKU X002WR9N4H (ASIN B08L7KZQ2T, cast iron skillet) marked as "Misplaced" (reason code M) at PHX7 on January 22. It's been over 30 days, there's no matching "Found" (F) adjustment and no reimbursement in the Reimbursements report.

Could you please either locate the units or reimburse them? Our sale price is $39.99 and the last invoice cost was $17.40 per unit.

Thanks,
Amy Solberg
Ironwood Kitchen Co.""",
  dec=[("fnsku", "X002WR9N4H"), ("asin", "B08L7KZQ2T")],
  notes="calm warehouse-lost claim")

M("fba-damaged-de-091", "fba-reimbursement", "UK", "other-non-native", lang="de", topic="warehouse-damaged",
  subject="Erstattung für beschädigte Einheiten im Lager",
  text="""Sehr geehrtes Seller-Support-Team,

laut dem Bericht "Bestandsanpassungen" wurden am 12. Februar 2026 im Logistikzentrum LTN4 insgesamt 27 Einheiten unseres Artikels (ASIN B0BK3M7RQA, FNSKU X003B8LQ9Z, Keramik-Teekanne) als "Beschädigt im Lager" (Code E) gebucht. Eine Erstattung haben wir bisher nur für 9 Einheiten erhalten (Erstattungs-ID 3928817440).

Wir bitten Sie, die restlichen 18 Einheiten zu prüfen und zu erstatten. Unser Einkaufspreis beträgt 11,80 GBP pro Stück; die Rechnung unseres Herstellers haben wir angehängt.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Katrin Bauer
Bauer Haushaltswaren GmbH""",
  dec=[("asin", "B0BK3M7RQA"), ("fnsku", "X003B8LQ9Z"), ("reimbursement-id", "3928817440")],
  notes="German on the UK marketplace (non-english defect)")

M("fba-return-native-092", "fba-reimbursement", "US", "native", topic="customer-return",
  subject="RIDICULOUS - refunded customers never returned the items",
  text="""I am DONE being patient. I have 23 orders where the customer was refunded and the item NEVER came back. Not one of them has a return in the FBA Customer Returns report, and it's been way past 45 days on every one of them.

Examples:
111-7740028-3391526 - refunded Jan 4
112-0093317-8827541 - refunded Jan 9
114-3382906-5510372 - refunded Jan 11

Full list of 23 attached. That is over $1,800 you owe me. Every time I open a case I get a form letter telling me to wait. I have waited. Your own policy says you reimburse after 45 days. Stop stealing from small sellers and PAY WHAT YOU OWE.

Craig Lutz""",
  emo=["I am DONE being patient.", "Stop stealing from small sellers and PAY WHAT YOU OWE."],
  dec=[("order-id", "111-7740028-3391526"), ("order-id", "112-0093317-8827541"), ("order-id", "114-3382906-5510372")],
  notes="angry shouting return claim with order IDs")

M("fba-removal-indian-093", "fba-reimbursement", "IN", "indian", topic="removal",
  subject="Removal order not received - request for reimbursement",
  text="""Dear Team,

We had created removal order ID RMV-IN-2026-44718 on 05-Jan-2026 for 60 units of SKU KURTI-BLU-XL from BLR7 fulfilment centre. As per the removal order detail report, status is "Completed" and shipped with tracking ATS 371120845692, but we have received only 1 box with 22 units at our Bangalore warehouse.

38 units are short. We have attached the photos of the received box and the weight slip. Kindly investigate and reimburse for the missing 38 units at the earliest.

Regards,
Srinivas Rao
Vastra Ethnic Wear""",
  dec=[("removal-order-id", "RMV-IN-2026-44718"), ("sku", "KURTI-BLU-XL"), ("tracking-number", "ATS 371120845692")],
  notes="removal shortage claim")

M("fba-damagedinbound-turkish-094", "fba-reimbursement", "UK", "turkish", topic="damaged-inbound",
  subject="Inbound shipment FBA15D8T2KQWN - damaged by carrier",
  text="""Hello,

Our shipment FBA15D8T2KQWN (Amazon partnered carrier, UPS) arrived to BHX4 with 3 cartons damaged. In the shipment events it says "Carton damaged in transit - units disposed", 36 units of glass tea cups set, FNSKU X0031PZ8TN.

Because it is Amazon partnered carrier and the boxes were packed with double wall and foam, we request reimbursement for the 36 units. Our cost is 8,40 GBP per set. Packing photos are attached before the pickup.

Thank you for your help,
Zeynep Kaya
Istanbul Glassworks Ltd""",
  dec=[("shipment-id", "FBA15D8T2KQWN"), ("fnsku", "X0031PZ8TN")],
  notes="damaged inbound claim, partnered carrier")

M("fba-lostinbound-latam-095", "fba-reimbursement", "US", "latam", topic="lost-inbound",
  subject="LTL shipment received short",
  text="""Hello Seller Support,

Our LTL shipment FBA16CZ2MW8Q was delivered to FTW1 on February 19, 2026, 4 pallets, BOL 478213906, PRO number 213559087. The receiving shows only 3 pallets checked in: 1,440 units received of 1,920 shipped, so 480 units of SKU TORT-PRESS-8IN missing.

The carrier (Estes) delivery receipt is signed for 4 pallets without exceptions, it is attached with the BOL and pallet photos. Please open an investigation for the missing pallet.

We really need this stock because it is our best seller and we are already out of stock since March 1, so unfortunately we are losing sales every day.

Gracias,
Valeria Núñez
Comal Kitchen Imports""",
  dec=[("shipment-id", "FBA16CZ2MW8Q"), ("bol-number", "478213906"), ("pro-number", "213559087"), ("sku", "TORT-PRESS-8IN"), ("mild-word", "unfortunately we are losing sales every day")],
  notes="LTL pallet missing; 9-digit BOL and PRO numbers are decoys")

M("fba-warehousedamaged-zh-096", "fba-reimbursement", "CA", "chinese", topic="warehouse-damaged",
  subject="Reimbursement for damaged units - wrong amount",
  text="""Hello,

We received reimbursement ID 4410293817 for 12 units of ASIN B0C5RT8WQK damaged in warehouse YYZ4, but the amount is CAD 3.12 per unit. Our product sell price is CAD 49.99 and our cost is CAD 18.50, so the amount is too low.

We think the system used a wrong price, maybe the price of a lightning deal from last year. Please check and adjust the reimbursement to the correct value. The invoice is attached.

Sorry for the trouble and thank you very much.

Best regards,
Vivian Cheng
Northpeak Home Canada""",
  dec=[("reimbursement-id", "4410293817"), ("asin", "B0C5RT8WQK"), ("single-apology", "Sorry for the trouble")],
  notes="reimbursement amount dispute")

M("fba-return-other-097", "fba-reimbursement", "DE", "other-non-native", topic="customer-return",
  subject="Customer returned wrong item - please reimburse",
  text="""Dear Support,

For order 302-5518842-7720613 the customer returned a product, and in the FBA returns report the item was put back to sellable stock (LPN LPNRR884203391). But when we did a removal of our stock, we found inside the box an old cheap mouse, not our gaming mouse. Photos are attached.

The customer got full refund of 89,99 EUR. Please reimburse us for the unit, it was swapped by the customer.

Thank you and best regards,
Andrei Popescu
Carpathian Gaming SRL""",
  dec=[("order-id", "302-5518842-7720613"), ("lpn", "LPNRR884203391")],
  notes="Romanian writer, swapped item return claim")

M("fba-warehouselost-indian-098", "fba-reimbursement", "US", "indian", topic="warehouse-lost",
  subject="Request for reimbursement - lost units and bank details",
  text="""Dear Seller Support,

As per Inventory Ledger 57 units of our SKU BRASS-DIYA-SET (FNSKU X0036L2KPA) are showing lost in warehouse SBD1 from 15-Jan-2026. We have not received any reimbursement till date.

Our disbursements are on hold since a month, so kindly transfer the reimbursement amount directly to our US bank account:
Bank: Wells Fargo
Routing 122105278 / A/c 7730019922

Kindly do the needful at the earliest.

Regards,
Harish Patel
Diya Crafts International""",
  sec=[("routing-number", "122105278"), ("bank-account", "7730019922")],
  dec=[("sku", "BRASS-DIYA-SET"), ("fnsku", "X0036L2KPA")],
  notes="routing and account number pasted with a slash separator")

M("fba-lostinbound-native-099", "fba-reimbursement", "UK", "native", topic="lost-inbound",
  subject="Please help - shipment lost, we can't cover this",
  text="""Hello,

Shipment FBA15F3P9LXK was delivered to LBA4 on 9 February according to the carrier, but it's still showing as "Delivered" with 0 units received, more than three weeks later. It was 600 units of our wool blankets, nearly our entire stock for spring.

I honestly don't know what we'll do if this isn't found. We put everything we had into this order and we're a two-person business. I've been crying over this all week, I'm not sleeping. Please, I'm begging you, find our blankets or reimburse us.

The delivery confirmation and packing list are attached.

Isla Fraser
Highland Loom""",
  emo=["I honestly don't know what we'll do if this isn't found.", "I've been crying over this all week, I'm not sleeping.", "Please, I'm begging you"],
  dec=[("shipment-id", "FBA15F3P9LXK")],
  notes="despair and begging in a reimbursement case")

M("fba-removal-zh-100", "fba-reimbursement", "US", "chinese", topic="removal",
  subject="Disposal order done by mistake",
  text="""Dear Seller Support,

We created a removal order to return 300 units to our warehouse, order ID DSP-0228-3371, but the system processed it as disposal, not return. All 300 units were disposed on 2026-03-02. In the removal order we selected "Return to address" and the address is in Ontario CA, screenshot attached.

We think this is a system error. Please check and reimburse the 300 units, unit cost USD 4.60.

Thanks a lot!
Summer Wang
Kingsbridge Supplies""",
  dec=[("removal-order-id", "DSP-0228-3371")],
  notes="removal processed as disposal")
# ---------------- brand disputes ----------------
M("brand-hijacker-native-101", "brand-dispute", "US", "native", topic="hijacker",
  subject="Counterfeit seller on our brand-registered ASIN B0BT6ZK3MR",
  text="""Hello Brand Registry team,

We own the TRAILWICK brand (USPTO Reg. No. 6,845,213) and we're the only manufacturer of the product on ASIN B0BT6ZK3MR (insulated dog bowl). Since March 8 a seller called "QuickDeal Global" has been on the listing at $12.99, about half our price.

We made a test buy (order 113-9904721-3317580). The unit that arrived is not ours: it has no TRAILWICK logo on the base, the lid is a different plastic and the box has no UPC. Photos side by side with our product are attached.

We've already filed a report through Report a Violation (complaint ID 8823019477). Please remove this seller from the listing. These are counterfeit units and customers will blame us for them.

Thank you,
Megan Hart
Brand Manager, Trailwick Pet Co.""",
  dec=[("trademark-number", "6,845,213"), ("asin", "B0BT6ZK3MR"), ("order-id", "113-9904721-3317580"), ("complaint-id", "8823019477")],
  notes="calm brand owner; 'counterfeit units' is a fact, not emotion")

M("brand-contribution-zh-102", "brand-dispute", "US", "chinese", topic="listing-contribution",
  subject="Other sellers changed our brand listing title and images",
  text="""Dear Brand Registry Support,

We are the brand owner of "AVELORA" (trademark registration No. 7,214,558, brand registry approved in 2024). Our ASIN B0CH2V8NQP (hair straightener) title and main image were changed yesterday by someone, now the title is "Hair Straightener Flat Iron Compatible with Avelora" and the main image is a different product.

We did not make these changes. We tried to edit back in Manage Your Inventory, but the contribution is not accepted, the error said "Your contribution was not applied because another contribution has higher priority".

Please restore our title and images and lock the detail page. The correct title and images are attached in our flat file. Thank you!

AVELORA Official Store
Emma Xu""",
  dec=[("trademark-number", "7,214,558"), ("asin", "B0CH2V8NQP")],
  notes="listing contribution dispute, copied error text")

M("brand-ownership-tr-103", "brand-dispute", "UK", "turkish", lang="tr", topic="brand-ownership",
  subject="Marka sahipliği - başka bir şirket markamızı kaydetmiş",
  text="""Merhaba Amazon Marka Kaydı Ekibi,

Biz Lavanta Doğal Kozmetik Ltd. olarak 2019'dan beri "LAVANTA BAHÇE" markasıyla sabun ve kozmetik ürünleri satıyoruz. Markamız Türkiye'de TÜRKPATENT (tescil no. 2019/48217) ve Birleşik Krallık'ta (UK00003712094) tescillidir.

Bugün fark ettik ki başka bir satıcı, markamızı Amazon.co.uk Marka Kaydı'na kendi adına kaydettirmiş ve artık ürün sayfalarımızı değiştiremiyoruz. Bu şirketin markamızla hiçbir ilgisi yoktur.

Tescil belgelerimizi ve faturalarımızı ekte gönderiyoruz. Lütfen marka kaydını inceleyip hak sahibi olarak bize devredin.

Saygılarımızla,
Elif Şahin
Lavanta Doğal Kozmetik Ltd., Isparta""",
  dec=[("trademark-number", "2019/48217"), ("trademark-number", "UK00003712094")],
  notes="Turkish on the UK marketplace (non-english defect)")

M("brand-hijacker-latam-104", "brand-dispute", "US", "latam", topic="hijacker",
  subject="LAST WARNING - counterfeiters on my listing",
  text="""This is the fifth time I report the same sellers on my brand ASIN B0C8MQ4L7T and NOTHING happens!!! Amazon is protecting the criminals and not the brand owners. Three sellers are selling fake copies of my leather wallets with my brand name ARTESANO VIVO, my trademark is registered USPTO 6,992,104.

If you do not remove them in 48 hours I will go to the press and I will sue Amazon together with these thieves. I am tired of your robot answers!!!

Fix this NOW.

Rodrigo Salazar
Artesano Vivo LLC""",
  emo=["NOTHING happens!!!", "Amazon is protecting the criminals", "If you do not remove them in 48 hours I will go to the press and I will sue Amazon", "I am tired of your robot answers!!!", "Fix this NOW."],
  dec=[("asin", "B0C8MQ4L7T"), ("trademark-number", "6,992,104")],
  notes="shouting and threats in a brand dispute")

M("brand-transparency-native-105", "brand-dispute", "US", "native", topic="brand-program",
  subject="Transparency codes rejected on inbound units",
  text="""Hi,

We enrolled ASIN B0B2KT7LQW in Transparency last year. Since March 4 the fulfillment center has been rejecting our inbound units with "Transparency code missing or invalid", even though every unit has a label. One example of a code on a rejected unit is AZ:8KQ4ZP2RTM7XW0 and it scans correctly in the Transparency app.

Shipment FBA15TQ8R2MZN had 480 units and 212 were flagged. Could you check whether the codes we generated on Feb 20 were activated?

Thanks,
Owen Pratt
Pratt Audio Gear""",
  dec=[("asin", "B0B2KT7LQW"), ("transparency-code", "AZ:8KQ4ZP2RTM7XW0"), ("shipment-id", "FBA15TQ8R2MZN")],
  notes="Transparency code is a decoy, not a secret")

M("brand-ownership-indian-106", "brand-dispute", "IN", "indian", topic="brand-ownership",
  subject="Brand Registry application rejected - trademark under objection",
  text="""Dear Brand Registry Team,

Our Brand Registry application for the brand "VEDIKAA" was rejected with the reason "trademark status is not eligible". Our trademark application no. 5823190 in Class 3 is in status "Objected" at IP India, we have already filed our reply on 10-Jan-2026.

As per our knowledge, Amazon IP Accelerator and pending applications are accepted. Kindly let us know if an objected status is also acceptable, or we have to wait for "Accepted and Advertised" status. Meanwhile another seller is copying our images.

Please guide. Thanks in advance.

Regards,
Kavita Reddy
Vedikaa Herbals, Hyderabad""",
  dec=[("trademark-number", "5823190")],
  notes="brand registry eligibility question")

# ---------------- category approvals ----------------
M("ungate-grocery-zh-107", "category-approval", "US", "chinese", topic="grocery",
  subject="Grocery & Gourmet category approval request",
  text="""Hello,

We apply for approval in Grocery & Gourmet Food category to sell our own brand green tea "JADEMIST". We submitted the documents on 2026-02-28:

- Invoice from Fujian Anxi Tieguanyin Tea Co., Ltd, invoice no. FJAX-20260115-082, 3,000 boxes, dated 15 Jan 2026, shows our company name and address.
- FDA Food Facility Registration number of the factory: 18274930562.
- Product labels with English ingredients and nutrition facts.

But the application was rejected with "The invoice does not meet requirements". Could you tell us which part is not correct? The invoice has the supplier contact and quantity. Thank you.

Best regards,
Jademist Tea Co.""",
  dec=[("invoice-number", "FJAX-20260115-082"), ("fda-registration", "18274930562")],
  notes="ungating request, invoice described")

M("ungate-jewelry-native-108", "category-approval", "US", "native", topic="jewelry",
  subject="Fine Jewelry approval - follow up",
  text="""Hello,

Following up on our Fine Jewelry application (submitted Feb 10). We're a family-owned jeweler in Providence, RI, in business since 1994, with a storefront and our own bench jewelers. We included the $5,000 fee receipt, our Jewelers Board of Trade number, and photos of our inventory for the 10 sample ASINs.

We haven't heard anything in three weeks. Is there anything else you need from us, like a business license or a quality assurance statement?

Thanks very much,
Diane Castellano
Castellano Jewelers""",
  notes="calm follow-up")

M("ungate-automotive-latam-109", "category-approval", "US", "latam", topic="automotive",
  subject="Request approval for Automotive Parts",
  text="""Dear Amazon,

I am sorry, I am very very sorry to write again, I know I sent many cases. I apologize for all the trouble and for my bad English, sorry, sorry. I only want to ask one more time about the approval for Automotive & Powersports. I attached the invoices from our distributor in Texas, AutoMax Distributors, invoice number AMX-55102, 500 brake pads, but it was rejected and I don't know why. I am so sorry to bother you again, please forgive me.

Thank you very much for your patience with me.

Jorge Medina""",
  emo=["I am sorry, I am very very sorry to write again", "I apologize for all the trouble and for my bad English, sorry, sorry.", "I am so sorry to bother you again, please forgive me."],
  dec=[("invoice-number", "AMX-55102")],
  notes="excessive apology is the emotional signal")

M("ungate-beauty-indian-110", "category-approval", "IN", "indian", topic="beauty-topicals",
  subject="Approval for Beauty - topical products",
  text="""Dear Team,

We request approval for selling in Beauty category (topical products) for our Ayurvedic face oils. We have attached:

1. Drug licence / cosmetic manufacturing licence No. KA-COS-2023-1187
2. Purchase invoices from our contract manufacturer, last 180 days
3. Product images with ingredient list and MRP label
4. Test report from NABL accredited lab for heavy metals

Kindly review and approve the same. Please let us know if any additional document is required.

Thanks & Regards,
Lakshmi Narayan
Prakriti Ayurveda LLP""",
  dec=[("licence-number", "KA-COS-2023-1187")],
  notes="ungating request listing documents")

M("ungate-toys-other-111", "category-approval", "UK", "other-non-native", topic="toys-holiday",
  subject="Toys & Games holiday selling requirements",
  text="""Hello,

We are Greek toy company Paichnidi Toys IKE, selling wooden toys on amazon.co.uk from 2024. We received the message that to sell in Toys & Games during the holiday season we must meet the performance requirements, but our account shows that we are not eligible because the first sale date is after 1 September.

Our first sale on Amazon UK was 14 March 2024 (order 205-3378102-6641937), so maybe the system sees a different date. Could you please check? Our ODR is 0.3% and late dispatch 0.8%.

Thank you,
Nikos Papadopoulos""",
  dec=[("order-id", "205-3378102-6641937")],
  notes="Greek writer; metrics named as fine results")

M("ungate-supplement-turkish-112", "category-approval", "US", "turkish", topic="dietary-supplements",
  subject="Dietary supplements approval - COA and invoices",
  text="""Hello,

We want to sell our propolis drops in Dietary Supplements category. We prepared these documents:

- Certificate of Analysis from third party lab (Eurofins, report no. AR-26-QD-004817) for the lot 240915.
- GMP certificate of the manufacturer in Bursa.
- Invoice for 2,400 bottles.
- Label photos with Supplement Facts panel in English.

Last time the application was rejected because the COA did not show the lab accreditation. Now we added the ISO 17025 certificate of the lab. Please review again.

Best regards,
Oğuzhan Çelik
Anadolu Arı Ürünleri""",
  dec=[("certificate-number", "AR-26-QD-004817"), ("lot-number", "240915")],
  notes="supplement ungating with COA")

M("ungate-collectibles-native-113", "category-approval", "US", "native", topic="collectibles",
  subject="Collectible coins approval",
  text="""Hi,

I'd like to request approval to sell in Collectible Coins. I'm a member of the ANA and PNG-affiliated dealer network, and I've been selling graded coins on eBay for 11 years (store name Liberty Mint Finds, 14,000+ feedback at 99.9%).

All coins I'd list are graded by PCGS or NGC. I've attached my dealer certification, my business license from the state of Ohio, and three recent purchase invoices from a wholesale dealer.

Let me know if you need anything else.

Best,
Walt Kozlowski""",
  notes="calm ungating request")
# ---------------- more appeals ----------------
M("appeal-safety-other-114", "listing-reinstatement", "US", "other-non-native",
  "Reinstatement of ASIN B0CYH4R2MZ - product safety complaint",
  """Dear Seller Performance Team,

Good day! I am Maricel Santos from Manila Bay Home Essentials. Our ASIN B0CYH4R2MZ (bamboo cutting board with juice groove) was deactivated on February 26, 2026 due to a product safety complaint: one customer reported that the board cracked and a small splinter went in the food.

Why did this happen?
We checked the returned board and 20 boards from the same lot. The boards from lot MB-2511 were dried only 5 days instead of 10 days because our supplier had many orders in December. Boards that are not dry enough can crack after washing.

What have we done so far?
We have removed all 240 units from FBA and we have refunded the customer and asked her to throw the board. Also we have requested our supplier to return to the 10 days drying, and we will also add a food-safe mineral oil coating to every board from the next lot.

How will we prevent it from happening again?
Every lot will have moisture test (below 10%) with photo of the meter before we ship to Amazon. We will also do a wash test on 5 boards per lot. Any crack complaint will make us stop selling until we check.

Thank you for reviewing our appeal. We hope to continue serving Amazon customers safely.

Respectfully,
Maricel Santos
Manila Bay Home Essentials""",
  violation="product-safety", poa=True, style="plain",
  rc="Why did this happen?", co="What have we done so far?", pr="How will we prevent it from happening again?",
  pol=["product safety complaint"],
  dec=[("asin", "B0CYH4R2MZ"), ("lot-number", "MB-2511")],
  notes="Filipino writer; headings as questions; corrective mixes have-done with will-also (done)")

M("appeal-restricted-agency-115", "account-appeal", "UK", "other-non-native",
  "Appeal for account deactivation - medical device claims (Restricted Products)",
  """Dear Seller Performance Team,

Account name: Zenith Wellness UK
Merchant token: A3J8QW2ZPX7R4C
Notification date: 6 March 2026
Notification title: "Your Amazon.co.uk selling account has been deactivated"
Policy: Restricted Products - Medical devices and accessories

We are submitting this plan of action on behalf of our client. After a complete review of all 86 active listings and the listing history, we identified the following root causes.

Root causes
1. Six listings of TENS massagers described the products as "treats arthritis" and "cures back pain". These are medical claims which need UKCA medical device registration that the products do not have.
2. The listing content was written by a freelance copywriter who copied bullet points from competitor listings without checking if claims were allowed.
3. Our client had no internal review step between content creation and upload.
4. The staff did not know that the Restricted Products policy applies to the claims in the listing and not only to the product itself.

Actions taken
- All medical claims were removed from the six listings on 7 March 2026 and the edits were confirmed live.
- The full catalogue (86 listings) was reviewed against the Amazon list of prohibited claims and 3 more listings with the word "therapeutic" were corrected.
- The freelance copywriter is no longer working with our client.
- Two employees completed the Seller University modules on restricted products.

Actions we will take going forward
- Every new or edited listing is approved by the compliance officer, using a written list of forbidden medical words.
- A monthly audit of 20% of listings, so the whole catalogue is checked every 5 months.
- Copywriters will sign a content agreement that includes Amazon policies.

Summary
The wrong claims came from copied content and no review; the claims are removed, the catalogue is clean, and a compliance approval is now mandatory before anything is published.

Sincerely,
Ahmed Raza
Compliance Consultant, Indus Marketplace Solutions
On behalf of Zenith Wellness UK Ltd, 27 Carver Street, Sheffield S1 4FS
+44 114 496 0388""",
  violation="restricted-products", poa=True, style="plain",
  rc="Root causes", co="Actions taken", pr="Actions we will take going forward",
  pol=["Restricted Products - Medical devices and accessories", "Restricted Products policy"],
  dec=[("merchant-token", "A3J8QW2ZPX7R4C"), ("phone", "+44 114 496 0388")],
  notes="Pakistani agency writer; forum-style POA with header block, numbered root causes, bullets and summary")

M("appeal-condition-zh-116", "account-appeal", "US", "chinese",
  "Plan of Action - customer complaints about item condition",
  """Dear Amazon Seller Performance Team,

Thank you for your notification on 2026-03-08 about our account PEAKFORM Fitness. Our account was deactivated because of many customer complaints that the products arrived damaged or in used condition (product condition policy). We have carefully read every complaint and return comment.

Root causes:
1. The yoga mats were packed only in a thin plastic bag, and FBA warehouse used them as filler in bigger boxes, so many mats were bent and dirty.
2. Some customer returns were put back into sellable inventory without checking, because we chose the setting to let Amazon decide.
3. We did not read the return reasons for 2 months because our customer service staff left the company.

Corrective actions:
- We will create removal orders for all inventory that is packed in thin bags.
- We will change the setting so that all returns are sent to us for inspection.
- We will repack every mat with a strong box and a protective sleeve.
- We will hire a new customer service staff next month.

Preventive measures:
- Every week our manager will read all return reasons and customer feedback.
- New packaging will pass a drop test before shipping to FBA.

Summary: the problems came from weak packaging and unchecked returns, we will fix the packaging and the returns setting, and check feedback every week.

Best regards,
Gao Peng
PEAKFORM Fitness""",
  violation="condition", poa=True, style="colon", done=False,
  rc="Root causes:", co="Corrective actions:", pr="Preventive measures:",
  pol=["product condition policy"],
  notes="forum-style POA with closing summary; corrective actions all 'We will'")

M("appeal-valid-native-117", "account-appeal", "AU", "native",
  "Appeal - Valid Tracking Rate below 95%",
  """G'day Seller Performance,

Unfortunately our account (Coastline Surf Supply) was deactivated on 12 March for a Valid Tracking Rate of 89%.

Looking into it, the cause was our switch from Australia Post to a regional courier, Bluey Freight, in February. Their tracking numbers aren't recognised by Amazon, so every order we sent with them counted as untracked even though they were all delivered. That's on us for not checking the carrier list before we changed.

We've gone back to Australia Post for every order from 13 March, and we've entered the correct carrier for the 41 orders where it was possible. Our packer has been shown how to choose the carrier from the drop-down rather than typing it in.

From here on, any carrier change gets checked against Amazon's supported list first, and I'll look at the Valid Tracking Rate every Monday.

Cheers,
Liam O'Connell
Coastline Surf Supply, Byron Bay""",
  violation="valid-tracking", poa=True, style="none",
  rc="Looking into it, the cause was", co="We've gone back to Australia Post", pr="From here on, any carrier change",
  pol=["Valid Tracking Rate"],
  dec=[("mild-word", "Unfortunately")],
  notes="calm native letter, no headings; 'Unfortunately' is a mild-word decoy")
M("appeal-inauth-native-118", "account-appeal", "US", "native",
  "Plan of Action - Authenticity complaints, ASIN B0BNW4Q8ZT",
  """Dear Seller Performance Team,

We received the following message on February 17, 2026:

"URGENT: Your Amazon selling account has been deactivated. We received customer complaints about the authenticity of items you listed. Amazon policy requires that all products sold on Amazon are authentic."

Our store is Clearwater Beauty Supply. The complaints concern ASIN B0BNW4Q8ZT (argan oil hair serum, 100 ml).

### Root Cause Analysis

1. **Unverified secondary source.** In December we bought 600 units from a regional beauty wholesaler who was not on the brand's authorized distributor list, because our usual distributor was back-ordered.
2. **Lot mismatch.** The wholesaler's units carried lot codes the brand does not recognize; we did not compare lot codes against the brand's records.
3. **No receiving inspection.** Units went directly from the wholesaler to FBA (FBA15ZL8Q3RKM) without passing through our warehouse.

### Actions Taken

- Removed and destroyed all 344 remaining wholesaler units (removal order 9WX-RMV-60214).
- Refunded all 27 buyers who received wholesaler units, whether or not they complained.
- Ended the relationship with the wholesaler and provided their details to the brand.
- Confirmed with our authorized distributor, Pacific Salon Distributors, that regular supply has resumed; invoices for the last 12 months are attached.

### Preventive Measures

- Purchases are made only from distributors on the brand's published authorized list, verified at every PO.
- All inbound stock is received at our warehouse first; lot codes are checked against the brand's lot registry before anything ships to FBA.
- A quarterly reconciliation of invoices to FBA inventory by SKU.

We appreciate your time in reviewing this plan.

Sincerely,
Nicole Baptiste
Owner, Clearwater Beauty Supply LLC
1180 Harbor Blvd, Oxnard, CA 93035
(805) 555-0129""",
  violation="inauthentic", poa=True, style="markdown",
  rc="Root Cause Analysis", co="Actions Taken", pr="Preventive Measures",
  pol=["authenticity of items", "Amazon policy requires that all products sold on Amazon are authentic"],
  dec=[("asin", "B0BNW4Q8ZT"), ("shipment-id", "FBA15ZL8Q3RKM"), ("removal-order-id", "9WX-RMV-60214"),
       ("phone", "(805) 555-0129"), ("quoted-urgent", "URGENT: Your Amazon selling account has been deactivated.")],
  notes="quoted notification with URGENT in a calm letter; markdown ### headings with bold numbered causes")

M("appeal-late-latam-119", "account-appeal", "US", "latam",
  "account deactivated late shipment",
  """hi amazon, we are Electro Bogotá, account was deactivated for late shipment rate 11%. what happen is that in december the customs in Miami hold our container 2 weeks and we had orders but no product, we did not put the vacation mode. we already shipped all the orders that was possible and refund the others, and we put 5 days of handling time on all products from now. next time we will use vacation mode if there is any problem with the container and we will keep 1 month of stock in the Miami warehouse before we sell. thank you and sorry for the inconvenience

Diego Cárdenas""",
  violation="late-shipment", poa=True, style="none",
  rc="what happen is that in december", co="we already shipped all the orders", pr="next time we will use vacation mode",
  pol=["late shipment rate"],
  dec=[("single-apology", "sorry for the inconvenience")],
  notes="short messy lower-case note that still has every POA part")

M("appeal-category-korean-120", "listing-reinstatement", "US", "other-non-native",
  "Listings removed - category approval required",
  """Dear Seller Performance Team,

Our 5 listings of collagen supplements were removed on March 3, 2026 with the message that this category requires approval (Dietary Supplements) and our account is not approved.

**Reason**
We listed the products under Beauty because they are "beauty drinks" in Korea. The listings were moved by Amazon to Dietary Supplements, and we did not have approval for that category.

**What we will do now**
- We will apply for Dietary Supplements approval with our COA and GMP documents.
- We will not relist until the approval is granted.
- We will check the correct category for the other 12 Korean beauty drink products before listing.

**Prevention**
Before any new product, we will look at the Amazon category approval list and ask Seller Support if we are not sure.

Thank you.
Lee Min-jun
K-Beauty Lab Inc.""",
  violation="category-approval", poa=True, style="bold", done=False,
  rc="Reason", co="What we will do now", pr="Prevention",
  pol=["this category requires approval"],
  notes="bold headings; corrective section is future tense only")

M("appeal-review-vietnamese-121", "account-appeal", "CA", "other-non-native",
  "Appeal - incentivized reviews (Community Guidelines)",
  """Dear Amazon Seller Performance,

We are Hanoi Silk House, selling silk scarves on amazon.ca. Our account was deactivated on 10 February 2026 because our product inserts offered a free scarf for a review, which is against the Community Guidelines on incentivized reviews.

**What went wrong**
We copied the insert idea from our Etsy shop, where we give a gift to returning customers. On Amazon we added the sentence "share your review and receive a free scarf", which is an incentive. Nobody in our team checked this against Amazon rules.

**What we have changed**
We have removed all inserts from our 420 units in FBA by a removal and re-labelling order, and new inserts only say thank you with care instructions. We have not sent any free scarf to buyers who left a review.

**How we keep it right**
Our manager reviews any printed material before it is used, and we only ask for reviews with the Request a Review button. We will read the Community Guidelines again every 6 months.

**Summary of changes**
Inserts removed, wording checked by manager, reviews only through Amazon's own tool.

Best regards,
Tran Minh Duc
Hanoi Silk House""",
  violation="review-manipulation", poa=True, style="bold",
  rc="What went wrong", co="What we have changed", pr="How we keep it right",
  pol=["Community Guidelines", "incentivized reviews"],
  notes="Vietnamese writer; bold headings plus a short 'Summary of changes'")

M("appeal-related-zh-122", "account-appeal", "US", "chinese",
  "Related account appeal - second account of same owner",
  """尊敬的亚马逊卖家绩效团队 / Dear Seller Performance Team,

Our account BLOSSOM Garden US was deactivated on 2026-03-11. The notification said it is related to account "Blossom Home Decor" which was closed before.

Our POA:

1) Root cause - Both accounts are owned by our boss Mr. Chen. The first account was opened in 2021 and suspended for late shipment in 2023; our boss did not know that opening a new account is not allowed without Amazon's approval. We thought because the first account is closed, it is OK to start again.

2) Actions taken - We have stopped all sales and we did not create any other account. We have uploaded the approval request form for operating more than one account, with explanation of the business need. All inventory in FBA of the new account was kept, not moved to any other account.

3) Prevention - Our boss and all staff now understand the rules about multiple accounts. Any new account in future will be opened only after we get approval from Amazon. We will keep all our account information in one file so nothing is hidden.

We are sorry we did not read the policy carefully. Thank you.

BLOSSOM Garden US
Chen Jiaqi""",
  violation="related-accounts", poa=True, style="numbered",
  rc="1) Root cause - Both accounts", co="2) Actions taken - We have stopped", pr="3) Prevention - Our boss",
  pol=["related to account"],
  dec=[("foreign-snippet", "尊敬的亚马逊卖家绩效团队"), ("single-apology", "We are sorry we did not read the policy carefully.")],
  notes="bilingual greeting; 'Our POA:' lead-in, then numbered 1) dash headings")


if __name__ == "__main__":
    write_messages(OUT, PREFIX, MSGS, dump)
