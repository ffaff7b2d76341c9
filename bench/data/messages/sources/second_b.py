#!/usr/bin/env python3
"""Second held-out message set, author b (id prefix b-).

Written blind to the casecheck rules: only README.md (format, label meanings) and validate.py
were read. The texts and labels live here; running this script (re)writes
messages/second-b/b-*.toml (it removes only b-*.toml files first).
Run: python3 sources/second_b.py && python3 validate.py second
"""
import os, re, sys
import tomlkit

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "messages", "second-b")
sys.path.insert(0, ROOT)
from validate import ENGLISH_REQUIRED_MP as EN_REQ, expected_defects  # the checker's own definition
from writing import write_messages
APPEALS = {"account-appeal", "listing-reinstatement"}
MSGS = []


def M(id, kind, viol, topic, mp, writer, lang, subject, text, *, sec=None, style="", done=True,
      att=False, pol=(), emo=(), secrets=(), decoys=(), notes=""):
    """sec: {part: section start}; a POA is present iff sec is given. done: corrective part says
    some actions were already done. pol: policy names as written; emo: emotional phrases;
    secrets/decoys: (kind, value) pairs."""
    sec = dict(sec or {})
    text = text.strip("\n")
    poa = bool(sec)
    L = {
        "poa": poa,
        "poa_attached": att,
        "root_cause": "root_cause" in sec,
        "corrective": "corrective" in sec,
        "corrective_done": ("corrective" in sec) and done,
        "preventive": "preventive" in sec,
        "policy_cited": bool(pol),
        "policy_names": list(pol),
        "emotional": bool(emo),
        "emotional_phrases": list(emo),
        "secrets": [{"kind": k, "value": v} for k, v in secrets],
        "decoys": [{"kind": k, "value": v} for k, v in decoys],
        "heading_style": style if poa else "",
        "english_required": mp in EN_REQ,
    }
    L["defects"] = expected_defects({"kind": kind, "language": lang, "labels": L})
    L["bad_on_purpose"] = bool(L["defects"])
    L["notes"] = notes
    L["sections"] = sec
    for s in list(sec.values()) + list(pol) + list(emo) + [v for _, v in secrets] + [v for _, v in decoys]:
        assert s in text, (id, s)
    if poa:
        assert style, id
    MSGS.append({"id": "b-" + id, "kind": kind, "violation": viol if kind in APPEALS else "",
                 "topic": "" if kind in APPEALS else topic, "marketplace": mp, "writer": writer,
                 "language": lang, "subject": subject, "text": text, "labels": L})


def A(id, viol, mp, writer, subject, text, lang="en", **kw):
    M(id, "account-appeal", viol, "", mp, writer, lang, subject, text, **kw)


def R(id, viol, mp, writer, subject, text, lang="en", **kw):
    M(id, "listing-reinstatement", viol, "", mp, writer, lang, subject, text, **kw)


def O(id, kind, topic, mp, writer, subject, text, lang="en", **kw):
    M(id, kind, "", topic, mp, writer, lang, subject, text, **kw)


def _luhn(s):
    d = [int(c) for c in s if c.isdigit()]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        t += x
    return len(d) >= 13 and t % 10 == 0


def _aba(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def write():
    for m in MSGS:
        # report decoys that a digit-only checker could confuse with a secret
        for d in m["labels"]["decoys"]:
            digits = re.sub(r"\D", "", d["value"])
            if 13 <= len(digits) <= 19 and _luhn(digits):
                print(f"note: {m['id']} decoy {d['value']} passes Luhn")
            if len(digits) == 9 and _aba(digits):
                print(f"note: {m['id']} decoy {d['value']} passes ABA")
    write_messages(OUT, "b-", MSGS, tomlkit.dumps)


# ---------------------------------------------------------------------------------------------
# messages
# ---------------------------------------------------------------------------------------------
# ---- complete POAs (hard negatives), every heading style -------------------------------------

A("poa-inauth-tr-001", "inauthentic", "UK", "turkish",
  "Appeal for account deactivation - inauthentic item complaints",
  """Dear Seller Performance Team,

We are Anatolia Home Textiles Ltd. Our account is deactivated because of Inauthentic item complaints on ASIN B0CK7TQ2M1 (Turkish cotton bath towel set). We have checked all and please find our plan below.

## Root Cause
Our bath towels are produced in our own factory in Denizli, but in last September we bought 400 pieces of extra stock from a wholesaler because of high demand. This wholesaler invoices was not matching the brand name on the listing, and some customers received towels with different label. This is why customers wrote "not authentic".

## Corrective Actions
- We have removed all remaining units from wholesaler (212 units) with removal order 7Q4KDM2LPX.
- We have contacted 37 buyers of these orders and offered full refund.
- We have uploaded our factory production invoices and the brand registration document.

## Preventive Measures
- From now we sell only our own production, no outside purchasing.
- Every inbound shipment is checked by our quality manager Mr. Emre Yıldız and label photos are kept.
- We keep supplier invoices for 3 years and match them to every ASIN.

We understand the importance of the authenticity policy and we kindly ask you to reinstate our selling privileges.

Saygılarımızla,
Emre Yıldız
Anatolia Home Textiles""",
  sec={"root_cause": "Root Cause", "corrective": "Corrective Actions", "preventive": "Preventive Measures"},
  style="markdown", pol=["Inauthentic item complaints", "authenticity policy"],
  decoys=[("asin", "B0CK7TQ2M1"), ("removal-order-id", "7Q4KDM2LPX"), ("foreign-snippet", "Saygılarımızla")],
  notes="Turkish seller, markdown headings, complete POA")

A("poa-odr-latam-002", "odr", "US", "latam",
  "Plan of Action - Order Defect Rate above target",
  """Hello Amazon team,

My name is Alejandro Ruiz from Ruiz Outdoor Supply (Guadalajara, Mexico). We received the notification that our ODR is 2.3% and the target is under 1%. Here is our plan of action.

**Why the defects happened**
Most of the defects (14 of 19) came from negative feedback about a camping lantern (SKU RZ-LNT-08) that arrives with the battery cover broken. The box we used was too thin and the lantern moved inside. Other 5 were A-to-z claims because the carrier delivered late during the holidays and we did not answer the buyers in time, our customer service person was on vacation.

**What we already did**
1. We stopped the lantern listing and we changed the packaging to a double wall box with foam inserts.
2. We have answered all open buyer messages and gave refunds to the 14 customers.
3. We hired a second person for customer service, so now messages are answered in less than 24 hours also on weekends.

**How we will keep it from happening again**
- Drop test of every new packaging before we send to customers.
- Weekly review of the Customer Satisfaction dashboard every Monday by me.
- Vacation calendar so there is always somebody covering the buyer messages.

Thank you for your time and consideration.
Alejandro Ruiz""",
  sec={"root_cause": "Why the defects happened", "corrective": "What we already did",
       "preventive": "How we will keep it from happening again"},
  style="bold", pol=["ODR"], decoys=[("sku", "RZ-LNT-08")],
  notes="Mexican seller; policy named only as the metric abbreviation ODR; bold question-like headings")

A("poa-lsr-pk-003", "late-shipment", "US", "other-non-native",
  "Reinstatement request - LSR exceeded 4% target",
  """Respected Seller Performance,

This is regarding deactivation of our account Karachi Leather Crafts due to LSR which reached 7.8% in the last 30 days. We accept the mistake and we are submitting our plan.

1. What went wrong
Our orders are shipped from our warehouse in Lahore. In the month of January there was the gas shortage and our packing unit was closed 6 days. Also our handling time in settings was 1 day which was not realistic for handmade leather wallets, they need 2-3 days for stitching and quality check.

2. Actions we took
- Handling time has been changed to 3 days for all 64 SKUs.
- We have moved 40% of fast selling stock to FBA (shipment FBA17XK3PQ9T) so these orders are not self shipped anymore.
- All pending orders were shipped and buyers were informed with tracking.

3. Actions we will take
- A backup packing location in our second workshop with generator is arranged.
- Daily report of unshipped orders at 4 pm Pakistan time, so any order near to ship-by date is escalated.
- We will keep the Late Shipment Rate under 2% and review it every week.

We request you kindly review our plan and reactivate our account.

Best regards,
Usman Tariq
Karachi Leather Crafts""",
  sec={"root_cause": "1. What went wrong", "corrective": "2. Actions we took", "preventive": "3. Actions we will take"},
  style="numbered", pol=["LSR", "Late Shipment Rate"], decoys=[("shipment-id", "FBA17XK3PQ9T")],
  notes="Pakistani seller; 'Actions we took / Actions we will take'; the preventive part is under 'Actions we will take'")

A("poa-related-native-004", "related-accounts", "US", "native",
  "Appeal: account deactivated as related to another account",
  """Hello,

We're writing about the deactivation of Birchwood Kitchen Co. under the policy on operating multiple selling accounts. Your notice says our account is related to an account that was previously deactivated. We looked into this carefully and found the link.

ROOT CAUSE
Our new bookkeeper, hired in March, had previously done part-time work for another seller (Harbor Goods LLC). She logged into our Seller Central from the same laptop and home network she had used for that client. We did not know that client's account had been deactivated. There is no common ownership, no shared bank account and no shared inventory between the two businesses.

ACTIONS TAKEN
- The bookkeeper's user permissions were removed on April 2 and she now works only from our office computer.
- We have reset all user logins and reviewed the User Permissions page; only three people have access now.
- We have attached our articles of organization, the owner's ID and bank statements that show Birchwood is independent.

PREVENTION
- Nobody will access our account from a personal or shared device again; we issue company laptops only.
- Before giving anyone account access we will ask in writing whether they have worked with other Amazon sellers.
- We will review user access at the start of every quarter.

Thank you for reviewing this.

Dana Whitfield
Owner, Birchwood Kitchen Co.""",
  sec={"root_cause": "ROOT CAUSE", "corrective": "ACTIONS TAKEN", "preventive": "PREVENTION"},
  style="caps", pol=["policy on operating multiple selling accounts"],
  notes="US native, caps headings")

A("poa-cancel-pl-005", "cancel-rate", "UK", "other-non-native",
  "Cancellation Rate - plan of action for account reactivation",
  """Dear Amazon,

I am writing on behalf of Nowak Auto Parts Sp. z o.o. Our account was deactivated because our Pre-fulfilment Cancel Rate was 6.1%, above the 2.5% target. Below is our plan.

A) Reason
We synchronise stock from our warehouse programme to Amazon each 12 hours. In February the synchronisation stopped working after a software update and nobody noticed it for 5 days. Amazon was showing stock which we did not have any more (sold in our shop in Poznań and on other sites), so we had to cancel 31 orders.

B) What we have done
- The synchronisation was repaired by our IT provider and now runs every 15 minutes.
- We set up an e-mail alert if synchronisation fails.
- We reduced the quantity on Amazon to 80% of real stock for all items with less than 10 pieces.
- We have apologised to all affected customers.

C) Plan for the future
- Every morning the warehouse manager compares stock in the programme with Amazon inventory report.
- Any software update will be tested first on a copy, not on live system.
- We will check the Account Health page two times a week.

We hope this is satisfying and we ask for reactivation.

Kind regards,
Paweł Nowak""",
  sec={"root_cause": "A) Reason", "corrective": "B) What we have done", "preventive": "C) Plan for the future"},
  style="lettered", pol=["Pre-fulfilment Cancel Rate"],
  notes="Polish seller, lettered A) B) C)")

A("poa-vtr-zh-006", "valid-tracking", "US", "chinese",
  "Appeal for Valid Tracking Rate",
  """Dear Seller Performance Team,

We are Shenzhen Yuxin Electronics Co., Ltd. Our selling privilege is removed because the VTR is 88%, lower than 95%. After investigation, we find the reason and make the plan as following.

Root cause:
We ship self-fulfilled orders by a freight forwarder in Shenzhen. The forwarder changed the last mile carrier to a small local carrier in January, and the tracking number of this carrier can not be recognized by Amazon, so when we confirm shipment the tracking is not valid. We did not check it because the forwarder did not tell us.

Corrective actions:
1. We have stopped cooperating with this forwarder.
2. We have changed to ship with USPS and UPS only, which are supported by Amazon.
3. For the 46 orders without valid tracking we have contacted buyers and confirmed they received.

Preventive measures:
1. Before confirm shipment, our staff will check if the carrier is in Amazon carrier list.
2. We will check the VTR in Account Health every day.
3. Any change of logistics must be approved by our operation manager.

Thank you for your kind review. We promise to follow Amazon policy strictly.

Best regards,
Lily Zhang
深圳市宇鑫电子有限公司""",
  sec={"root_cause": "Root cause:", "corrective": "Corrective actions:", "preventive": "Preventive measures:"},
  style="colon", pol=["VTR"], decoys=[("foreign-snippet", "深圳市宇鑫电子有限公司")],
  notes="Chinese seller, colon headings, policy named only as VTR")

A("poa-review-native-007", "review-manipulation", "AU", "native",
  "Appeal - review manipulation deactivation",
  """G'day,

Our account (Coastal Pet Supplies) was deactivated for violating the Customer Product Reviews policy. We've gone through everything we did in the last six months and this is what we found.

What happened
We used a third-party "review request" app that sent follow-up emails to buyers. In December the app added an option offering a $5 gift card for "sharing feedback" and our marketing contractor switched it on without checking with us. About 120 buyers got that email. That is an incentive for reviews and it is not allowed.

What we fixed
The app was disconnected from our account on 9 January and the contractor's access was removed. We have asked the app provider to delete our buyer data. We've stopped all outside buyer emails and now only use Amazon's Request a Review button.

How we stop it happening again
All marketing tools will be approved by me personally before they connect to Seller Central. I've done the Seller University course on reviews, and every staff member and contractor will read the reviews policy and sign that they understand it. We'll also do a monthly check of any buyer communication that goes out.

We're a small family business and we understand why this matters to customers. Thanks for looking at our appeal.

Mick Harlow""",
  sec={"root_cause": "What happened", "corrective": "What we fixed", "preventive": "How we stop it happening again"},
  style="plain", pol=["Customer Product Reviews policy"],
  notes="Australian native; plain headings with no colon")

R("poa-counterfeit-latam-008", "counterfeit", "US", "latam",
  "Listing reinstatement ASIN B0D1HX8RZQ - counterfeit claim",
  """Hello,

My listing for ASIN B0D1HX8RZQ (stainless steel thermal bottle 750ml) was removed for suspected counterfeit. I am the distributor in Brazil and USA for the brand and I want to explain.

Root cause: The rights owner notice came because another seller on the same listing was selling copies with the same photos. Our product is original but we did not have the letter of authorization uploaded, only invoices, and the invoices show the name of our old company (Silva Importadora) and not the current one (Silva Global LLC), so this was confusing.

Corrective actions: We have obtained a new letter of authorization from the brand dated March 2026, and the brand owner sent a retraction email to notice-dispute@amazon.com for our account. We have uploaded both documents plus the last three invoices. We also filed a report against the seller with the copies.

Preventive actions: We will keep all supply documents in the name of the company that sells on Amazon and renew the authorization every year. Before we join any listing we will check if other sellers are on it and report fakes quickly through Brand Registry of the brand owner.

Obrigado for your attention,
Rafael Silva""",
  sec={"root_cause": "Root cause:", "corrective": "Corrective actions:", "preventive": "Preventive actions:"},
  style="inline", pol=["counterfeit"], decoys=[("asin", "B0D1HX8RZQ"), ("foreign-snippet", "Obrigado")],
  notes="Brazilian seller; headings inline at start of paragraphs")

A("poa-safety-ua-009", "product-safety", "US", "other-non-native",
  "Plan of action - product safety complaint, children's wooden toy",
  """Dear Seller Performance team,

We are KyivWood Toys. Our account was deactivated after customer complaints about a product safety issue on our wooden stacking toy (ASIN B0BQ2LNF7W): two customers reported that small beads came off.

Our POA - Root cause
The beads were glued by a new supplier who used different glue in the November batch (lot 2611). We did not do pull tests on this batch because the supplier was approved before. Also the listing did not have the choking hazard warning for small parts.

Our POA - Actions already done
We removed all inventory of lot 2611 from FBA and destroyed it. We have contacted all buyers of this lot through Buyer-Seller Messaging with a refund. We sent the toy for testing to an accredited lab and got the new test report for ASTM F963 and CPSIA, and we uploaded the Children's Product Certificate. The beads are now fixed with a wooden peg and glue together.

Our POA - Prevention
Every new batch will have pull and torque tests on 20 samples before shipping. A supplier change must be approved and tested first. The listing now has the small parts warning, and we will review all children listings every 3 months against the Children's Products requirements.

Thank you,
Oksana Melnyk""",
  sec={"root_cause": "Our POA - Root cause", "corrective": "Our POA - Actions already done", "preventive": "Our POA - Prevention"},
  style="our-poa", pol=["product safety", "Children's Products requirements"],
  decoys=[("asin", "B0BQ2LNF7W"), ("lot-number", "lot 2611")],
  notes="Ukrainian seller; 'Our POA - ...' headings")

R("poa-cond-native-010", "condition", "UK", "native",
  "Reinstatement of used book listings - condition complaints",
  """Hi,

Several of our used book listings were removed after buyers complained the items were in worse condition than described. We run Cathedral Books, a small second-hand bookshop in Lincoln, and we take this seriously.

The complaints came from a single week in February when a temporary helper graded about 90 books. He graded books with loose spines and pencil notes as "Very Good", which is not right under the condition guidelines for books. We didn't spot-check his work before listing.

We have since pulled every listing he graded and regraded them ourselves; 34 were downgraded to "Acceptable" or "Good" and 6 were withdrawn entirely. Each of the buyers who complained has had a full refund without needing to send the book back, and we've written to them to apologise.

To make sure this doesn't happen again, only the two of us who have graded books for years will set the condition from now on, and we'll add a short written description of any flaws to every listing, not only the grade. Any new helper will be trained against Amazon's condition guidelines and we will check their first 50 books.

Best wishes,
Helen and Tom Price
Cathedral Books""",
  sec={"root_cause": "The complaints came from", "corrective": "We have since pulled", "preventive": "To make sure this doesn't happen again"},
  style="none", pol=["condition guidelines"],
  notes="UK native, no headings; POA parts in plain paragraphs")

A("poa-iptm-tr-011", "ip-trademark", "US", "turkish",
  "Appeal - trademark infringement notice",
  """Hello Seller Performance,

Our account Bosphorus Kitchenware was deactivated for trademark infringement (complaint ID 14982231) from the brand "Karaca". Please see our investigation.

1. Root cause of the complaint
We listed copper Turkish coffee pots and in the title and keywords we wrote "Karaca style" because customers search like this. We are not selling Karaca products, we are the manufacturer of our own pots. Using another brand name in our listing is trademark use and it was our mistake.

Corrective actions
We have now edited all 18 listings and removed the word "Karaca" from title, bullet points, description and backend keywords. We wrote to the rights owner and apologized, and we asked them to withdraw the complaint; their lawyer confirmed by email on 4 April. Screenshot and email are attached.

How we will prevent:
- Before a new listing goes live, our listing manager checks every word against the USPTO trademark search.
- We will not use any competitor brand in keywords, also not "style" or "compatible".
- Our team completed the Amazon IP policy training.

Thank you and best regards,
Mehmet Aydın""",
  sec={"root_cause": "1. Root cause of the complaint", "corrective": "Corrective actions", "preventive": "How we will prevent:"},
  style="mixed", pol=["trademark infringement", "Amazon IP policy"],
  decoys=[("complaint-id", "14982231")],
  notes="Turkish seller; mixed heading styles (numbered, plain, colon)")

A("poa-idv-ae-012", "identity-verification", "AE", "other-non-native",
  "Appeal - account deactivated under Section 3 of the Business Solutions Agreement",
  """Dear Seller Performance Team,

Our account Al Noor Perfumes Trading LLC was deactivated under Section 3 of the Business Solutions Agreement because we could not complete the verification. We respectfully submit the following.

## What caused the verification failure
Our trade license was renewed in January and the new license has a different license number. We uploaded the old one which was expired, and the address on the utility bill was of our previous office in Deira, while the address in Seller Central was the new office in Al Quoz. So the documents did not match.

## Steps already taken
- We have updated the business address in Seller Central to match the new trade license exactly.
- We have uploaded the valid trade license (expiry 2027), the passport and Emirates ID of the owner Mr. Khalid Mansour, and a DEWA bill for the Al Quoz office in the company name.
- Our bank statement with the same company name and address is uploaded too.

## Going forward
Whenever our license or address changes, we will update Seller Central on the same week and before uploading documents our accountant will check that name and address are identical on all papers. We keep a calendar reminder 60 days before license expiry.

Thank you for your consideration.
Khalid Mansour
+971 4 555 0192""",
  sec={"root_cause": "What caused the verification failure", "corrective": "Steps already taken", "preventive": "Going forward"},
  style="markdown", pol=["Section 3 of the Business Solutions Agreement"],
  decoys=[("phone", "+971 4 555 0192")],
  notes="UAE seller; BSA section named; 'Steps already taken' and 'Going forward' headings")

A("poa-dropship-zh-013", "drop-shipping", "US", "chinese",
  "Appeal for drop shipping policy violation",
  """Dear Amazon Seller Performance Team,

Thank you for giving us the chance to explain. Our store HappyNest was deactivated for violation of drop shipping policy, because customers received packages with another retailer's packing slip. We have did a full investigation.

1) The reason of the problem
During November our warehouse was out of stock for 3 kinds of storage boxes. Our operation staff bought the products from another online retailer and let them ship directly to our customers. The packages had the invoice and name of that retailer, which is not allowed. Our staff did not know the drop shipping policy well.

2) What we have done
- We immediately stopped purchasing from other retailers.
- The staff who did this is trained again, and we removed 3 ASINs which we have no stock.
- We contacted the 23 customers, apologized and offered partial refund.

3) Measures to avoid in the future
- All orders will be shipped only from our own warehouse in Dongguan or from FBA.
- If no stock, we set quantity to 0 and not buy from retail.
- Every month we will train the team on Amazon policies and check random orders packing slip.

Sorry for the inconvenient caused. We hope you can reinstate our account.

HappyNest Team""",
  sec={"root_cause": "1) The reason of the problem", "corrective": "2) What we have done", "preventive": "3) Measures to avoid in the future"},
  style="numbered", pol=["drop shipping policy"],
  decoys=[("single-apology", "Sorry for the inconvenient caused.")],
  notes="Chinese seller, numbered 1) headings, single apology")

A("poa-restricted-latam-014", "restricted-products", "US", "latam",
  "Plan de acción / Plan of action - restricted products",
  """Dear team,

Our account CafeAndino was deactivated because we listed products that contain kratom in a tea blend, which is under the Restricted Products policy (Drugs & drug paraphernalia). I am from Medellín, Colombia, and we sell coffee and herbal tea.

**Root cause of the violation**
One of our tea suppliers added a new "energy blend" and the ingredient list in Spanish said "mitragyna", our listing person did not recognize it as kratom. We did not check the ingredients against the restricted list before listing.

**Corrective actions implemented**
- We deleted the listing (ASIN B0C9VNQ4TS) and created a removal for all 96 units in FBA.
- We checked all our other 41 listings ingredient by ingredient, none has restricted ingredients.
- We stopped buying from this supplier the blend.

**Preventive measures**
- Every new product ingredient list will be translated to English and checked against Amazon restricted products pages before listing.
- Our product manager Camila will do the final approval of new listings, not the assistant.
- We will review the policy pages every quarter for changes.

Muchas gracias,
Andrés Gómez""",
  sec={"root_cause": "Root cause of the violation", "corrective": "Corrective actions implemented", "preventive": "Preventive measures"},
  style="bold", pol=["Restricted Products policy"],
  decoys=[("asin", "B0C9VNQ4TS"), ("foreign-snippet", "Muchas gracias")],
  notes="Colombian seller; bold headings; Spanish in subject and sign-off")

A("poa-price-native-015", "price-gouging", "US", "native",
  "Appeal: Fair Pricing Policy deactivation",
  """To the Seller Performance team,

Our account, Midwest Safety Depot, was deactivated for violating the Fair Pricing Policy on N95 respirator masks during the wildfire smoke alerts in June.

INVESTIGATION
We use a repricing tool that follows the lowest competing offer up and down within a min/max range. For the masks, the maximum price was left at the default of $199 instead of the $34.99 we intended. When the other offers sold out, the tool pushed our price to $149. No human reviewed that change, and we had 27 orders at that price.

WHAT WE HAVE DONE
Every one of those 27 buyers has been refunded the difference between what they paid and our normal price; we can provide the refund IDs. The repricer has been switched off for all health and safety items, and max prices on every other SKU have been set to no more than 20% above our regular price.

LONG-TERM CONTROLS
Price changes above 15% in a day now trigger an email to me and have to be approved. During declared emergencies we'll freeze prices on essentials. We review the repricing rules every month.

We understand that raising prices on essential goods during an emergency hurts customers, and we regret that it happened on our account.

Sincerely,
Greg Lindqvist""",
  sec={"root_cause": "INVESTIGATION", "corrective": "WHAT WE HAVE DONE", "preventive": "LONG-TERM CONTROLS"},
  style="caps", pol=["Fair Pricing Policy"],
  notes="US native, caps headings 'Investigation / What we have done / Long-term controls'")

A("poa-usednew-ro-016", "used-sold-as-new", "UK", "other-non-native",
  "Used sold as new - appeal for reactivation",
  """Dear Seller Performance,

We are Carpathia Electronics SRL from Cluj-Napoca. Our account was deactivated because customers complained that they received used items sold as new (mostly Bluetooth headphones). Please find our analysis.

(a) Why it happened
Customer returns were coming back to our warehouse and our packing team put the returned headphones with intact box back on the new stock shelf. Some of them were opened and used by customers, but the team did not open the box to check. So these items were sent again as new.

(b) What we changed already
Returned items now go to a separate shelf and are never mixed with new stock. All returns from the last 90 days (58 units) were inspected; 21 were used and these were moved to a "Used - Like New" offer or returned to the supplier. We refunded the 9 customers who complained.

(c) How we prevent in future
Each return is opened and checked by our quality person and logged in a spreadsheet with the order ID. Only sealed returns with factory seal can go back to new stock. We made a written instruction for the team in Romanian and English, and we will audit the returns shelf every Friday.

Thank you for your review.
Ioana Popescu
Carpathia Electronics SRL""",
  sec={"root_cause": "(a) Why it happened", "corrective": "(b) What we changed already", "preventive": "(c) How we prevent in future"},
  style="lettered", pol=["used items sold as new"],
  notes="Romanian seller, lettered (a) headings")

R("poa-listing-native-017", "listing-policy", "US", "native",
  "Reinstate ASIN B0BX4MTR2K - removed for listing policy violation",
  """Hello,

ASIN B0BX4MTR2K (bamboo cutting board set) was suppressed and then removed for a violation of the product detail page rules. We own this listing and the brand (Greenline Home). Here is what we found and fixed.

Cause:
The listing had the words "Best Seller" and "#1 rated" in the title and a discount claim in the main image ("40% OFF"). These were added by a freelancer we hired to optimize our listings in January. Promotional text and claims like this are not allowed in titles or images.

Fix:
We have replaced the main image with a plain product photo on a white background. The title now reads "Greenline Home Bamboo Cutting Board Set of 3 with Juice Groove" and contains no promotional claims. We also reviewed our other 12 ASINs and removed a "free shipping" phrase from two bullet points.

Prevention:
No outside contractor will have edit access to our listings anymore; they can send suggestions and one of us approves and uploads them. We keep a checklist based on the style guide for our category and go through it for every change.

Thanks,
Jordan Ames
Greenline Home""",
  sec={"root_cause": "Cause:", "corrective": "Fix:", "preventive": "Prevention:"},
  style="colon", pol=["product detail page rules"], decoys=[("asin", "B0BX4MTR2K")],
  notes="US native, short colon headings Cause/Fix/Prevention")

R("poa-copyright-zh-018", "ip-copyright", "US", "chinese",
  "Listing removed for copyright complaint - ASIN B0CR5WJ8YD",
  """Hello Amazon,

Our listing ASIN B0CR5WJ8YD (wall art canvas print, ocean wave) is removed because of a copyright infringement complaint from a photographer. We are Hangzhou Meiyi Art Co. and we want to explain and get the listing back.

What caused the complaint
Our designer used a picture from an image website for the product image and for the print design, she think it was free picture. But actually the picture belongs to the photographer and needs license. This was our mistake.

What we did to fix
We already stopped selling the print and removed the picture from listing. We contacted the photographer and bought the commercial license for this picture, the license number is LIC-20260318-7741 and the photographer sent retraction to Amazon. The license file is attached.

How we avoid it next time
All designs from now will be created by our own designer or bought from licensed stock website with invoice. Before upload, the manager will check the license of every picture. We keep a list of all licenses for each ASIN.

Thank you very much.
Best regards
Chen Jing""",
  sec={"root_cause": "What caused the complaint", "corrective": "What we did to fix", "preventive": "How we avoid it next time"},
  style="plain", pol=["copyright infringement"],
  decoys=[("asin", "B0CR5WJ8YD"), ("certificate-number", "LIC-20260318-7741")],
  notes="Chinese seller, plain headings")

A("poa-psa-native-019", "prohibited-seller-activities", "UK", "native",
  "Appeal - Prohibited Seller Activities and Actions",
  """Dear Seller Performance,

Our account (Thistle & Thorn Garden Supplies) was deactivated under the Prohibited Seller Activities and Actions policy because our order confirmation emails included a link to our own website.

Root cause. When we set up our e-commerce platform integration last autumn, the default email template was used for Amazon orders too. That template contained our website URL and a "10% off your next order at thistleandthorn.co.uk" banner. Directing Amazon customers to another sales channel is not permitted and we did not notice the template was being used for Amazon orders.

Corrective actions. The integration was changed on 12 March so that it sends no emails to Amazon buyers at all; customers now only receive Amazon's own confirmations. We checked the last 500 Buyer-Seller messages we sent and none contains a link or a discount code since that date.

Preventive measures. Any change to our integrations or templates is now checked by two people against the communication guidelines before it goes live, and we review a sample of outgoing buyer messages each month.

We have read the policy again in full and we are sorry this happened.

Kind regards,
Fiona Baird""",
  sec={"root_cause": "Root cause.", "corrective": "Corrective actions.", "preventive": "Preventive measures."},
  style="inline", pol=["Prohibited Seller Activities and Actions policy", "communication guidelines"],
  decoys=[("single-apology", "we are sorry this happened")],
  notes="UK native; inline headings ending with a full stop")

A("poa-scoc-latam-020", "seller-code-of-conduct", "US", "latam",
  "Appeal - Seller Code of Conduct",
  """Hi Seller Performance,

I am Martina Fernández from Buenos Aires, owner of Pampa Mate Store. My account was deactivated for violation of the Seller Code of Conduct, because I contacted buyers who left negative reviews and asked them to change the review.

Our POA - Root cause: I did not understand that asking a buyer to remove or change a review is not allowed even if we offer a solution. In Argentina in marketplaces this is a common practice and I thought it was good customer service. In February I sent 11 messages of this type.

Our POA - Corrective actions: I have stopped completely these messages. I wrote to the 11 buyers a short message only to say sorry, without any request about reviews. I read the Code of Conduct and the Communication Guidelines completely and did the Seller University module.

Our POA - Preventive measures: Any message to buyers will be only about the order (shipping, product question, return). I made templates for the typical questions and I will not write about reviews or feedback never. Every month I will read the policy updates.

Thank you for your time,
Martina Fernández""",
  sec={"root_cause": "Our POA - Root cause:", "corrective": "Our POA - Corrective actions:", "preventive": "Our POA - Preventive measures:"},
  style="our-poa", pol=["Seller Code of Conduct", "Code of Conduct"],
  notes="Argentinian seller; 'Our POA -' inline headings")

R("poa-inauth-zh-021", "inauthentic", "US", "chinese",
  "Appeal to reinstate ASIN B0D7PMX31C (authenticity complaint)",
  """Dear Amazon team,

Our ASIN B0D7PMX31C (USB-C charging cable 2 pack) was removed because of customer authenticity complaint. We are the brand owner of "Voltnest" and the manufacturer.

After we checked the complaints, the problem happened because our packaging for the 2-pack in January batch did not have the brand logo on the box, only a plain white box, because the printing factory delayed. Customers thought it is fake and not the brand product.

We have already printed the new boxes with Voltnest logo and the batch in FBA was relabeled by our forwarder with the new boxes; 640 units in warehouse were removed and replaced. Also we uploaded our trademark certificate (US Reg. No. 7,112,486) and the factory invoice to show we are the manufacturer.

To make sure this never happens again, we will not ship any product without branded packaging, even when the printing is delayed we will wait. Our QC team take photos of every carton before it leaves the factory and keep them for one year.

Please kindly review and reinstate the listing. Thank you.

Voltnest / 深圳伏特巢科技""",
  sec={"root_cause": "the problem happened because", "corrective": "We have already printed", "preventive": "To make sure this never happens again"},
  style="none", pol=["authenticity complaint"],
  decoys=[("asin", "B0D7PMX31C"), ("trademark-number", "7,112,486"), ("foreign-snippet", "深圳伏特巢科技")],
  notes="Chinese seller, no headings, content cues")

A("poa-odr-tr-022", "odr", "DE", "turkish",
  "Order Defect Rate - Plan of Action (English)",
  """Dear Seller Performance Team,

We are Ege Ceramics, selling handmade ceramic plates from Izmir on Amazon.de. Our Order Defect Rate increased to 1.9% and our account is deactivated. We write in English, I hope this is ok.

ROOT CAUSE ANALYSIS
1. Plates broke during transport because we used only bubble wrap without carton dividers (11 negative feedback).
2. Two A-to-z Guarantee claims because DHL lost parcels and we answered late.

Corrective Actions:
- All broken plate orders refunded or replaced, total 13 customers.
- New packaging with carton dividers and 5 cm padding is in use since 15 March.
- We opened claims with DHL and answered the buyers.

Preventive measures
We are testing each new packaging with a 1 metre drop test. We check buyer messages two times per day, also on Saturday. Every week we look at the Order Defect Rate and negative feedback and we discuss it in team meeting.

Best regards,
Selin Kaya
Ege Ceramics""",
  sec={"root_cause": "ROOT CAUSE ANALYSIS", "corrective": "Corrective Actions:", "preventive": "Preventive measures"},
  style="mixed", pol=["Order Defect Rate", "A-to-z Guarantee claims"],
  notes="Turkish seller on DE writing English; mixed caps/colon/plain headings; 'Root Cause Analysis' heading")

A("poa-lsr-native-023", "late-shipment", "UK", "native",
  "Appeal: Late Dispatch Rate deactivation",
  """Hello,

Our account (Fenland Tools Ltd) was deactivated because our Late Dispatch Rate went over 4% in the 30 days to 20 February. Our plan is below.

### Why orders were dispatched late
We moved warehouse on 1 February. The new unit's broadband wasn't connected until the 9th, so our order management system couldn't print labels for most of a week and we dispatched by hand with delays. We should have raised our handling time in advance and we didn't.

### What we've already done
- Every outstanding order was dispatched by 11 February and customers were emailed.
- Handling time was temporarily raised to 3 days while we caught up; it is now back to 1 day.
- A 4G backup router is installed in the new warehouse.

### What we'll do to prevent it
- Any planned disruption (moves, stocktakes, holidays) goes in the calendar with a handling time change a week before.
- Dispatch is confirmed by 3pm every working day and the warehouse lead checks the Late Dispatch Rate each Monday.

Regards,
Sam Oduya
Operations Manager""",
  sec={"root_cause": "Why orders were dispatched late", "corrective": "What we've already done", "preventive": "What we'll do to prevent it"},
  style="markdown", pol=["Late Dispatch Rate"],
  notes="UK native, markdown ### headings")

R("poa-safety-zh-024", "product-safety", "US", "chinese",
  "Listing reinstatement - Children's Product Certificate required (ASIN B0CW9ZQ6HN)",
  """Hello Seller Performance team,

Our kids bicycle helmet ASIN B0CW9ZQ6HN is removed because the listing did not meet the product safety requirement: CPSC helmet standard 16 CFR Part 1203 certificate and the Children's Product Certificate were missing.

**Reason**
We had the lab test report for the EU standard EN 1078, but not the test for the US standard. Our team thought the EU test is enough, this is our misunderstanding of the US requirement.

**Action done**
- We sent the helmet to a CPSC-accepted lab in Ningbo and passed the 16 CFR 1203 test. Report number is NB-2604-11823.
- We issued the Children's Product Certificate and uploaded it with the test report in Manage Your Compliance.
- The label inside the helmet now includes the tracking label information as required.

**Avoid it again**
- For every product for the US market, our compliance staff will list the US standards before production, not only EU.
- We will keep a compliance file for each ASIN and check every year if standards changed.

Thank you and best regards,
Wang Hao""",
  sec={"root_cause": "Reason", "corrective": "Action done", "preventive": "Avoid it again"},
  style="bold", pol=["16 CFR Part 1203", "Children's Product Certificate", "product safety requirement"],
  decoys=[("asin", "B0CW9ZQ6HN"), ("certificate-number", "NB-2604-11823")],
  notes="Chinese seller, short bold headings, regulation clause named")

A("poa-review-pk-025", "review-manipulation", "US", "other-non-native",
  "Appeal against deactivation - reviews",
  """Dear Seller Performance Team,

Assalam o Alaikum. I am Faisal Qureshi, owner of Sialkot Sports House. Our account is deactivated for review abuse under the Community Guidelines, because some reviews came from people related to us.

1 - Root cause
My cousin and two of my employees bought our cricket bats and football gloves with their own Amazon accounts and wrote 5 star reviews. They wanted to help the new business. I did not stop them because I did not know it is a serious violation.

2 - Corrective actions taken
- I asked them to delete all these reviews and all 9 reviews are deleted now.
- I have written instruction to all 14 employees that they must not buy or review our products.
- I have completed the Seller University training about customer reviews.

3 - Preventive measures
- New employees will sign a document that they will not review our products or any competitor product.
- We will get reviews only from the Amazon Vine program and the Request a Review button.
- Monthly I will check our reviews to see if any comes from known people.

I kindly request you to reactivate my account. Thank you.
Faisal Qureshi""",
  sec={"root_cause": "1 - Root cause", "corrective": "2 - Corrective actions taken", "preventive": "3 - Preventive measures"},
  style="numbered", pol=["Community Guidelines", "review abuse"],
  notes="Pakistani seller, numbered '1 -' headings")

# ---- POAs missing the root cause ------------------------------------------------------------

A("poa-counterfeit-tr-026", "counterfeit", "US", "turkish",
  "Appeal - counterfeit complaint deactivation",
  """Dear Seller Performance Team,

We received your notification that our account Istanbul Bazaar Goods is deactivated because of a counterfeit complaint on ASIN B0C2MRX7PD (evil eye bracelet). We respect Amazon policy about counterfeit products and we want to continue selling with good standard.

1. Corrective actions
- We have removed the listing and asked removal of 150 units from FBA (removal order ID 5KXPT2QWNM).
- We refunded all buyers of the last 60 days.
- We sent our supplier invoices and the certificate of the silversmith to your team.

2. Preventive actions
- From now we buy only from suppliers who can give brand authorization letter.
- Each product will be checked by our team before we send to FBA.
- We will follow Amazon's anti-counterfeiting policy and check Account Health every day.

We hope you accept our plan and reactivate our account. Thank you very much.

Best regards,
Burak Demir""",
  sec={"corrective": "1. Corrective actions", "preventive": "2. Preventive actions"},
  style="numbered", pol=["counterfeit complaint", "anti-counterfeiting policy"],
  decoys=[("asin", "B0C2MRX7PD"), ("removal-order-id", "5KXPT2QWNM")],
  notes="no root cause: goes straight to actions; never explains why the complaint came")

A("poa-odr-native-027", "odr", "US", "native",
  "Order Defect Rate appeal",
  """Hi team,

We got the notice that our Order Defect Rate is 1.6% and our account has been deactivated. We've put together the steps below.

**Immediate fixes**
- Every open A-to-z claim has been answered and refunded where the customer asked.
- We've reached out to all customers who left 1 or 2 star feedback in the last 60 days to offer a replacement or refund.
- We have paused the two SKUs that had the most negative feedback.

**Going forward**
- Customer messages will be answered within 12 hours, 7 days a week.
- We'll check the Customer Satisfaction tab every morning.
- Any SKU that gets more than two negative feedbacks in a month will be paused until we review it.

Our team is committed to meeting Amazon's performance targets and we'd really appreciate the chance to keep serving customers.

Thanks,
Rachel Kim
Summit Home Goods""",
  sec={"corrective": "Immediate fixes", "preventive": "Going forward"},
  style="bold", pol=["Order Defect Rate"],
  decoys=[("mild-plea", "we'd really appreciate the chance to keep serving customers")],
  notes="no root cause; 'Going forward' heading for prevention")

A("poa-cancel-zh-028", "cancel-rate", "US", "chinese",
  "Appeal for account deactivation",
  """Dear Amazon Seller Performance,

Our account GreenLeaf Direct was deactivated. We are very regret for this and we have made following plan. Please kindly check.

Corrective actions:
1. We have canceled all the unshipped orders that we cannot fulfill and refunded the customers.
2. We have updated the inventory quantity of all listings according to the real stock in our warehouse.
3. We have contacted the customers and apologized.

Preventive measures:
1. We will check inventory every day in the morning and in the afternoon.
2. Our staff will be trained about order management in Seller Central.
3. We will use FBA for best selling products so inventory is managed by Amazon.

We promise this will not happen again. Looking forward to your reply.

Best regards,
GreenLeaf Direct
Contact: Zhou Min""",
  sec={"corrective": "Corrective actions:", "preventive": "Preventive measures:"},
  style="colon",
  notes="no root cause and no policy named (cancellations are only implied by the actions)")

R("poa-restricted-br-029", "restricted-products", "US", "latam",
  "Reinstatement request - ASIN B0D3KWF2ZE",
  """Hello Amazon,

Our ASIN B0D3KWF2ZE (açaí powder supplement 200 g) was deactivated under the dietary supplements part of the Restricted Products policy. I am Beatriz Costa from Natural do Brasil Comércio.

We already did the following: the listing was edited and all health claims like "cures inflammation" and "burns fat" were removed from the title, bullets and images. We uploaded the Certificate of Analysis from an ISO 17025 lab and a photo of the label with the supplement facts panel. We also created a removal order for the 80 units of the old packaging that had "detox" written on the front.

For the future, every new supplement listing will be reviewed by our regulatory consultant before it goes live, and we will check the FDA and Amazon requirements every time we change the label. We also made a list of forbidden words for our team.

Thank you,
Beatriz Costa""",
  sec={"corrective": "We already did the following", "preventive": "For the future"},
  style="none", pol=["Restricted Products policy"],
  decoys=[("asin", "B0D3KWF2ZE")],
  notes="Brazilian seller; no headings; actions and prevention but no cause")

R("poa-iptm-ro-030", "ip-trademark", "UK", "other-non-native",
  "Listing removed - trademark complaint - request to reinstate",
  """Dear Sir/Madam,

Our listing for ASIN B0BT6CVD9P (phone case) was removed due to a trademark complaint (complaint ID 28817460). We are Danube Gadgets SRL from Bucharest.

CORRECTIVE ACTIONS
- The listing title and images were changed, all references to the other brand are deleted.
- We contacted the complainant by email and asked for retraction.

PREVENTIVE ACTIONS
- Our team will check each new listing for brand words before publishing.
- We will not use any registered brand name which is not ours.
- We will do a training about intellectual property for the two persons who create listings.

We respect the intellectual property rights and we ask kindly to reinstate the listing as soon as possible because it is our best product.

Best regards,
Andrei Ionescu""",
  sec={"corrective": "CORRECTIVE ACTIONS", "preventive": "PREVENTIVE ACTIONS"},
  style="caps", pol=["trademark complaint"],
  decoys=[("asin", "B0BT6CVD9P"), ("complaint-id", "28817460")],
  notes="Romanian seller; caps headings; no root cause")

# ---- POAs missing the preventive measures -----------------------------------------------------

A("poa-vtr-latam-031", "valid-tracking", "US", "latam",
  "Valid Tracking Rate - appeal",
  """Hello Seller Performance,

I am Diego Morales, Tijuana Crafts. Our Valid Tracking Rate dropped to 91% and we lost the selling privileges. Here is my explanation.

## Root cause
We send orders from Tijuana and cross the border to San Diego, where we give the packages to USPS. For cheaper shipping we used a Mexican carrier for some orders (Estafeta) and entered the tracking with carrier "Other", so Amazon could not validate the tracking.

## Actions already done
- We stopped using the Mexican carrier for US orders, all go by USPS now with Buy Shipping.
- For the orders with wrong carrier we updated the carrier name and tracking where possible.
- We answered all buyer questions about their packages.

Thank you for reviewing my case, I hope to be active soon.

Diego Morales""",
  sec={"root_cause": "Root cause", "corrective": "Actions already done"},
  style="markdown", pol=["Valid Tracking Rate"],
  notes="no preventive measures: cause and done actions only")

A("poa-related-pl-032", "related-accounts", "UK", "other-non-native",
  "Appeal - account related to a deactivated account",
  """Dear Seller Performance Team,

We received information that our account Wisła Sport is related to another account which was deactivated, according to the policy on multiple accounts. After checking we found the connection and please see below.

A. Root cause
The other account (Baltic Outlet) belongs to my brother-in-law. Two years ago, when he started, I helped him to register and I used my e-mail address as a backup contact and my credit card for his registration fee. We have separate companies, warehouses and bank accounts, but the card and e-mail connected us.

B. Corrective actions
- My e-mail has been removed from his account by him and he changed the card to his own company card (confirmation attached).
- We prepared documents: KRS extracts of both companies, showing different owners, and bank statements.

We are a separate business and we ask you to reinstate our account.

Best regards,
Tomasz Zieliński""",
  sec={"root_cause": "A. Root cause", "corrective": "B. Corrective actions"},
  style="lettered", pol=["policy on multiple accounts"],
  notes="Polish seller; lettered; no preventive part")

# ---- POAs missing the corrective actions ----------------------------------------------------

A("poa-inauth-zh-033", "inauthentic", "US", "chinese",
  "Appeal of inauthentic complaint",
  """Dear Seller Performance Team,

Our account MoonRiver Beauty is deactivated because of inauthentic complaints for our eyelash curler. We analyzed the complaints and here is our plan.

1. Root cause analysis
Our eyelash curler is sold under our own brand MoonRiver, but the product is very similar to a famous brand. The customers compare with the famous brand and think ours is a fake version of it. Also in our listing images we used the word "Professional Salon Quality", which made customers expect the other brand. The packaging is a simple box without brand info inside.

2. Preventive measures
- In future all our products will have the brand name printed on the product itself.
- For every new product we will design listing images that show clearly our brand and not look like other brands.
- Our team will study the Amazon authenticity policy and monitor Voice of the Customer every week.

Thank you for your review, we hope to get the account back soon.

MoonRiver Beauty
广州月河化妆品有限公司""",
  sec={"root_cause": "1. Root cause analysis", "preventive": "2. Preventive measures"},
  style="numbered", pol=["inauthentic complaints", "Amazon authenticity policy"],
  decoys=[("foreign-snippet", "广州月河化妆品有限公司")],
  notes="root cause and prevention, but nothing done or planned about the current listing/stock")

A("poa-lsr-native-034", "late-shipment", "AU", "native",
  "Request to reinstate selling privileges",
  """Hi there,

Our account Outback Brew Gear was deactivated last week. I wanted to explain what happened and how we'll stop it happening again.

Why it happened
Christmas was our busiest period ever. We had around three times the normal number of orders and only two of us packing. Australia Post pickups were also delayed in our area because of flooding in the Northern Rivers. We got behind and a lot of orders went out after the dispatch date.

How we'll prevent it
From now on we'll set a longer handling time from 1 November to 15 January. We'll book a casual packer for the peak season and use a second courier (Sendle) as a backup if Australia Post can't collect. I'll also check the dashboard every day in the peak.

Cheers,
Liam Gallagher""",
  sec={"root_cause": "Why it happened", "preventive": "How we'll prevent it"},
  style="plain",
  notes="no policy named (no metric or policy mentioned) and no corrective part")

A("poa-review-tr-035", "review-manipulation", "US", "turkish",
  "POA - Customer reviews policy violation",
  """Hello,

Our account Lale Organics was deactivated for violating the Customer Product Reviews policy. Please find our plan of action.

Our POA - Root cause:
We put a small card inside the package of our olive oil soap which said "Leave us a 5 star review and get a free soap on your next order". Our designer made this card from a template of another marketplace, and we did not check it against the Amazon rules. Asking for positive reviews in exchange of a gift is not allowed.

Our POA - Preventive measures:
In the future all package inserts will be neutral and only include product use instructions and our customer service contact. The owner will approve every insert before printing. We will read the reviews policy each quarter and we will use only the Request a Review button.

Thank you for your consideration,
Zeynep Arslan""",
  sec={"root_cause": "Our POA - Root cause:", "preventive": "Our POA - Preventive measures:"},
  style="our-poa", pol=["Customer Product Reviews policy"],
  notes="our-poa headings; no corrective part (the cards already sent/in stock are not dealt with)")

R("poa-cond-latam-036", "condition", "US", "latam",
  "Reinstatement - condition complaints on renewed items",
  """Hi Amazon,

Our offers for renewed tablets were removed for condition complaints. We are TecnoVida from Bogotá, we refurbish tablets and sell in the US.

Root cause: The complaints were about scratches on the screen and battery health. Our grading sheet only checked functions (wifi, camera, speakers) and not cosmetic condition nor battery capacity, so tablets with 70% battery were sold as "Renewed - Excellent". The condition guidelines for renewed products require more.

Prevention: In the future our technicians will use a new checklist that includes battery health above 80%, screen scratches and housing. Each tablet will get photos before shipping and a second technician will verify the grade. We will do monthly training on the Amazon Renewed requirements.

Thank you for your help.
Sebastián Torres""",
  sec={"root_cause": "Root cause:", "preventive": "Prevention:"},
  style="inline", pol=["condition guidelines for renewed products", "Amazon Renewed requirements"],
  notes="Colombian seller; inline; no corrective (nothing about the stock already graded or the buyers)")

A("poa-price-ae-037", "price-gouging", "US", "other-non-native",
  "Appeal for reinstatement of account",
  """Dear Amazon Team,

I am Youssef Hamdy, owner of NileStar Supplies (Cairo office, selling in the US). We received the message that our account is deactivated and we want to explain the situation clearly.

Root cause:
In the period of the hurricane in Florida our supplier in the USA increased the price of portable generators and water containers by 60%. Our prices are calculated automatically from supplier cost plus margin in our system, so our selling price became much higher than before. We did not pay attention that this is a sensitive situation for the customers in the affected area.

Prevention:
We will put a maximum limit in our pricing system so the price cannot go more than 10% over the average price of last 90 days. In any emergency declared by the government we will stop automatic price increases for essential products, and a person from our team will check prices daily.

Thank you and we wait for your answer.
Youssef Hamdy""",
  sec={"root_cause": "Root cause:", "preventive": "Prevention:"},
  style="colon",
  notes="Egyptian seller; the policy (fair pricing) is never named; no corrective part")

# ---- POAs with root cause only ---------------------------------------------------------------

R("poa-safety-native-038", "product-safety", "US", "native",
  "Please reinstate our space heater listing",
  """To whoever reviews this,

Our portable space heater listing was taken down for product safety concerns after a customer said the unit overheated and the plug melted. I honestly don't know what else to do at this point. This listing was 70% of our sales and I have no idea how we're going to make payroll next month.

Here is what I believe happened. The units in that shipment came from a new production run where the factory switched to a cheaper power cord to save costs. They didn't tell us. The cord is rated for a lower wattage than the heater's high setting, so on high it can get hot at the plug. Our older units used the heavier cord and we never had a complaint in three years.

We have the UL certificate for the original design and the factory has admitted the cord change in writing.

Please, we need this listing back.

Ron Mercer
Mercer Home Comfort""",
  sec={"root_cause": "Here is what I believe happened"},
  style="none", pol=["product safety"],
  emo=["I honestly don't know what else to do at this point", "I have no idea how we're going to make payroll next month", "Please, we need this listing back."],
  notes="root cause only: no corrective or preventive; despair and pleading")

A("poa-dropship-zh-039", "drop-shipping", "US", "chinese",
  "Appeal - drop shipping",
  """Dear Seller Performance,

We are writing about the deactivation of our account Sunway Trading for drop shipping policy violation. We are very sorry about it.

ROOT CAUSE
We are a small company and we do not have a warehouse in the US. When customer order, we asked our partner company in China to ship the order from their stock, and the package label and invoice showed the name of the partner company, not our company. The customers did not know who is the seller and complained. We did not know that the seller must be the seller of record and must be identified on the packing slip.

We hope you can understand our situation. We are waiting your reply.

Best regards,
Sunway Trading
Liu Yang""",
  sec={"root_cause": "ROOT CAUSE"},
  style="caps", pol=["drop shipping policy"],
  decoys=[("single-apology", "We are very sorry about it.")],
  notes="caps heading; root cause only")

A("poa-odr-pk-040", "odr", "US", "other-non-native",
  "Request for account reactivation - Lahore Linen",
  """Dear Team,

I hope this message finds you well. I am Ayesha Malik from Lahore Linen. Our account was deactivated and I want to explain what happened in last two months.

The problem started because our courier partner changed the service and many parcels of bedsheets were delivered in 15 to 20 days instead of 7 days. Customers left negative feedback and some opened claims. At the same time the colour of one product (olive green bedsheet) looked different in photo and real, the photo was edited too bright by photographer, so customers said item not as described. Both things together made many customers unhappy.

We have been selling on Amazon for 4 years with good reviews and this was the first time something like this happened.

Kindly review our account.

Regards,
Ayesha Malik""",
  sec={"root_cause": "The problem started because"},
  style="none",
  notes="Pakistani seller; root cause in prose only; no actions, no prevention; policy/metric never named")

R("poa-copyright-latam-041", "ip-copyright", "US", "latam",
  "Copyright complaint - listing ASIN B0CN8RTK4F",
  """Hola Amazon Team,

Our listing ASIN B0CN8RTK4F (kids coloring book "Animales de la Selva") was removed for copyright infringement. We are Ediciones Colibrí from Mexico City.

## What went wrong
The illustrator we hired for 12 pages copied 4 drawings from a book of another publisher. We did not know, we received the files and printed. The other publisher found the drawings on our listing preview pages ("Look inside") and sent the complaint. We have the contract with the illustrator that says all drawings are original, so we feel that we were also deceived.

We want to solve this with the other publisher and hope you can give us back the listing.

Saludos,
Lucía Herrera""",
  sec={"root_cause": "What went wrong"},
  style="markdown", pol=["copyright infringement"],
  decoys=[("asin", "B0CN8RTK4F"), ("foreign-snippet", "Saludos")],
  notes="markdown 'What went wrong' heading; root cause only")

# ---- POAs whose corrective part is only future tense (not-done) -----------------------------

A("poa-lsr-tr-042", "late-shipment", "UK", "turkish",
  "Late Dispatch Rate - plan of action",
  """Dear Seller Performance,

Our account Kapadokya Rugs was deactivated because the Late Dispatch Rate is 9%. Please find below our plan of action.

**Root cause**
Our rugs are shipped from Kayseri with a courier to the UK. In February the customs procedures became longer and the courier did not pick up on some days. Also we marked orders as dispatched only when the parcel left Turkey, which was sometimes 4-5 days after the order.

**Corrective actions**
- We will change the handling time for all rugs from 2 days to 5 days.
- We will open an FBA account for our 20 best selling rugs and send them to a UK fulfilment centre.
- We are going to contact the customers with late orders and offer them a discount.

**Preventive actions**
- Weekly review of Late Dispatch Rate by the manager.
- Working with two couriers instead of one.

Thank you,
Hakan Öztürk""",
  sec={"root_cause": "Root cause", "corrective": "Corrective actions", "preventive": "Preventive actions"},
  style="bold", done=False, pol=["Late Dispatch Rate"],
  notes="corrective part only future ('We will change', 'We are going to')")

A("poa-counterfeit-zh-043", "counterfeit", "US", "chinese",
  "Plan of action for counterfeit complaint",
  """Dear Seller Performance Team,

Thanks for your email. Our account Rongda Auto Accessories received counterfeit complaints for car phone holders, and the account is deactivated. After we checked, we find out the reason.

1. The root cause
We purchased a batch of 500 phone holders from a trading company in Yiwu, not directly from the factory. The trading company provided products that look same as the brand product but are not genuine. We trusted the trading company and did not ask for the authorization letter of the brand.

2. Corrective actions
(1) We will remove all the remaining inventory of this batch from FBA warehouse.
(2) We will contact the customers who bought this product and give full refund.
(3) We will delete the listing which may cause the confusion.

3. Preventive actions
(1) Only purchase from the brand owner or authorized distributor with invoices.
(2) Check the authorization documents before every purchase.
(3) Study the anti-counterfeiting policy of Amazon.

We sincerely hope you can give us a chance.
Rongda Auto Accessories""",
  sec={"root_cause": "1. The root cause", "corrective": "2. Corrective actions", "preventive": "3. Preventive actions"},
  style="numbered", done=False, pol=["counterfeit complaints", "anti-counterfeiting policy"],
  decoys=[("mild-plea", "We sincerely hope you can give us a chance.")],
  notes="all corrective items are 'We will ...'")

A("poa-vtr-native-044", "valid-tracking", "US", "native",
  "Appeal - account deactivation",
  """Hello,

We're appealing the deactivation of Lakeshore Fly Fishing. Below is our plan.

## What caused it
For about six weeks we shipped small orders (flies, leader material) in plain envelopes with postage stamps and no tracking, to save on shipping costs. We then confirmed the orders without a tracking number. We didn't realize how many orders that was until we got the notice.

## Our fix
Starting immediately we'll buy labels for every order through Amazon Buy Shipping, including the small ones, so each one gets a tracking number that uploads automatically. We'll also go back through the open orders and add tracking wherever we can.

## Keeping it fixed
We'll look at our Account Health page every Monday, and any shipping method without tracking will be removed from our options in ShipStation so nobody can pick it by mistake.

Thank you,
Chris Dalton""",
  sec={"root_cause": "What caused it", "corrective": "Our fix", "preventive": "Keeping it fixed"},
  style="markdown", done=False,
  notes="not-done ('Starting immediately we'll'); the policy or metric (valid tracking rate) is never named")

A("poa-usednew-ua-045", "used-sold-as-new", "UK", "other-non-native",
  "Used item sold as new - POA",
  """Dear Amazon Seller Performance,

Our account Lviv Photo Gear received complaints that we sold used camera lenses as new, and the account is deactivated under the condition policy. Here is our explanation and plan.

ROOT CAUSE
We buy overstock lenses from a distributor in Germany. Some lenses in the last lot were demo units from shops and had small marks and opened boxes. The distributor sold them to us as new and we did not open and check each box before sending to customers.

CORRECTIVE ACTION
We plan to open and inspect all 37 lenses remaining in our stock. The lenses that are not new will be listed as Used with correct grade. We will also ask the distributor for refund for the demo units and we will offer return to the customers who complained.

PREVENTIVE ACTION
Every box from any supplier will be inspected and we will only accept factory-sealed items as new.

Best regards,
Dmytro Kovalenko""",
  sec={"root_cause": "ROOT CAUSE", "corrective": "CORRECTIVE ACTION", "preventive": "PREVENTIVE ACTION"},
  style="caps", done=False, pol=["condition policy"],
  notes="Ukrainian seller; corrective only planned ('We plan to', 'will')")

# ---- POAs missing the root cause, corrective only future --------------------------------------

A("poa-review-latam-046", "review-manipulation", "US", "latam",
  "Appeal - reviews policy - please",
  """Dear Seller Performance Team,

I am so so sorry. I am truly, deeply sorry for any problem we caused to Amazon and to the customers, I apologize a thousand times. We never wanted to break any rule, please forgive us. Our account Mi Cocina Mexicana was deactivated for manipulation of product reviews.

Corrective actions:
We will delete every message template that talks about reviews. We will contact the buyers who got the messages. We will do the training of Seller University about the Customer Product Reviews policy.

Preventive actions:
We will only use the Request a Review button and nothing else. My wife and I will check every message before sending.

Again I am so sorry, I beg you to give us one more opportunity, this store is everything for my family.

Atentamente,
Jorge Ramírez""",
  sec={"corrective": "Corrective actions:", "preventive": "Preventive actions:"},
  style="colon", done=False, pol=["manipulation of product reviews", "Customer Product Reviews policy"],
  emo=["I am so so sorry. I am truly, deeply sorry", "I apologize a thousand times", "please forgive us",
       "I beg you to give us one more opportunity", "this store is everything for my family"],
  decoys=[("foreign-snippet", "Atentamente")],
  notes="excessive apology and begging; no root cause; corrective part only future")

R("poa-restricted-zh-047", "restricted-products", "US", "chinese",
  "Listing reinstatement request ASIN B0DA4TQ9WC",
  """Hello,

Our ASIN B0DA4TQ9WC (LED UV nail lamp) is removed for restricted products – pesticides. We are Xiamen Bright Beauty Co.

A. Corrective actions
1. We will remove the words "antibacterial" and "kills 99% germs" from title and bullet points.
2. We will update the images and delete the claim on the box picture.
3. After the update we will submit the listing again for review.

B. Preventive actions
1. All listings will be checked by our compliance staff for claims which need EPA registration.
2. We will train the listing team about the Pesticides and Pesticide Devices policy.

Please help to reinstate the listing. Thank you.

Best regards
Xiamen Bright Beauty""",
  sec={"corrective": "A. Corrective actions", "preventive": "B. Preventive actions"},
  style="lettered", done=False, pol=["restricted products – pesticides", "Pesticides and Pesticide Devices policy"],
  decoys=[("asin", "B0DA4TQ9WC")],
  notes="no root cause; corrective part only future")

R("poa-iptm-native-048", "ip-trademark", "UK", "native",
  "Reinstatement request for ASIN B0CF3LQW7N",
  """Hello,

Our listing B0CF3LQW7N was removed on 3 March. We've looked into it and want it back up as soon as possible, as it's our best seller going into spring.

We're going to rewrite the title and bullet points over the next few days and replace the images. Once that's done we'll also reach out to the company that complained and ask them to withdraw their complaint, and we'll send you the confirmation when we have it.

In future we'll run every new listing past our solicitor before it goes live, and we'll keep a record of who approved each one.

Many thanks,
Owen Pritchard
Pritchard & Sons Garden""",
  sec={"corrective": "We're going to rewrite", "preventive": "In future we'll run"},
  style="none", done=False,
  decoys=[("asin", "B0CF3LQW7N")],
  notes="no root cause, corrective only future, and the complaint type (trademark) is never named in the text")

# ---- POAs missing the preventive part, corrective only future -----------------------------

A("poa-cancel-ro-049", "cancel-rate", "UK", "other-non-native",
  "Appeal - cancellation rate",
  """Hello Seller Performance Team,

Our account Transilvania Wines Accessories was deactivated because our cancellation rate was over 2.5%. We explain here.

Root cause: Our stock was managed in an Excel file and updated manually on Amazon once per week. In December many products sold out in our physical shop in Sibiu, but the Amazon stock was still showing, so 19 orders had to be cancelled because we had nothing to send.

Corrective actions: This week we will correct the quantities of all 85 listings to the real stock in the shop, and we will write to the 19 customers whose orders were cancelled to apologise and give them a discount code for the next order.

We hope our explanation is clear and we ask for reactivation of the account.

Regards,
Mihai Stan""",
  sec={"root_cause": "Root cause:", "corrective": "Corrective actions:"},
  style="inline", done=False, pol=["cancellation rate"],
  notes="no preventive part; corrective only future")

A("poa-inauth-tr-050", "inauthentic", "US", "turkish",
  "Inauthentic complaint - Plan of action",
  """Dear Amazon Team,

We are Marmara Cosmetics. We received inauthentic item complaints for our rose water toner and the account was deactivated. Please see our plan of action.

Our POA part 1 - Why the complaints happened
Our rose water is made in Isparta in our family's distillery. In January we changed the bottle supplier and the new bottles had a different cap and no hologram sticker. Several customers who bought before compared and thought the new bottle is a copy. In the listing images we still showed the old bottle.

Our POA part 2 - Actions
We will update all images to show the new bottle. We will send our production invoices, the distillery license and the bottle supplier invoices to Amazon. We will put hologram stickers on the 300 bottles that are now in FBA, with a prep service.

Thank you, we are waiting for your good news.
Elif Şahin""",
  sec={"root_cause": "Our POA part 1 - Why the complaints happened", "corrective": "Our POA part 2 - Actions"},
  style="our-poa", done=False, pol=["inauthentic item complaints"],
  notes="our-poa headings; actions only future; no preventive part")

# ---- POAs with corrective actions only ------------------------------------------------------

R("poa-listing-zh-051", "listing-policy", "US", "chinese",
  "Please reactivate ASIN B0CYK2RP8M",
  """Dear Amazon,

Our ASIN B0CYK2RP8M was deactivated for the listing policy violation. We already corrected it as following:

1. Title is shortened to 118 characters: "Tovelo Silicone Baking Mat Set of 3, Non-Stick, Reusable, Food Grade, for Cookie Sheet".
2. We removed the special characters like ★ and ! from title and bullet points.
3. We deleted the keyword "Cheap" and "Hot Sale" from the search terms.
4. We uploaded the flat file again and the processing report has no error.

Please check and reactivate the listing. Thank you very much!

Tovelo Home""",
  sec={"corrective": "We already corrected it as following"},
  style="numbered", pol=["listing policy"],
  decoys=[("asin", "B0CYK2RP8M")],
  notes="numbered list with no headings; only corrective actions (done)")

A("poa-scoc-native-052", "seller-code-of-conduct", "US", "native",
  "RE: Account deactivation - THIS IS WRONG",
  """Seller Performance,

This is the THIRD time I am writing about this. Our account was deactivated for supposedly violating the Seller Code of Conduct and NOBODY has told me what we actually did wrong. I am SICK of getting copy-paste answers.

Here is what we have ALREADY done, again:
- Removed every product insert that mentioned our website.
- Deleted the Facebook link from our storefront.
- Stopped all emails to buyers except order updates.
- Sent you our business license, tax documents and utility bill twice.

We have done EVERYTHING you asked. If this isn't resolved by Friday I will be contacting my attorney and filing a complaint with the Better Business Bureau. Six years on this platform and THIS is how we get treated.

Brad Kowalczyk
Kowalczyk Hardware Supply""",
  sec={"corrective": "Here is what we have ALREADY done, again:"},
  style="none", pol=["Seller Code of Conduct"],
  emo=["This is the THIRD time I am writing about this", "NOBODY has told me what we actually did wrong",
       "I am SICK of getting copy-paste answers", "We have done EVERYTHING you asked",
       "If this isn't resolved by Friday I will be contacting my attorney", "THIS is how we get treated"],
  notes="shouting and a threat; only corrective (done) actions; no root cause, no prevention")

# ---- account appeals with no plan of action (and none attached) ------------------------------

A("nopoa-odr-latam-053", "odr", "US", "latam",
  "PLEASE reactivate my account",
  """Hello Amazon,

My account Rosario Leather Goods was deactivated because the ODR. Please, please I am begging you, reactivate my account. I have 3 employees and they have families, if the account does not come back I will have to close the business and they lose the job. I cannot sleep since the email arrived, I am desperate.

We always send the products with love and good quality, the customers that complained are only 6 of more than 400 orders. It is not fair to lose everything for 6 orders. I am Argentinian and I started this with all my savings.

Please help me, you are my only hope.

Thank you very much,
Valentina Acosta""",
  pol=["ODR"],
  emo=["Please, please I am begging you", "I cannot sleep since the email arrived, I am desperate",
       "It is not fair to lose everything", "Please help me, you are my only hope."],
  notes="no POA; begging and despair")

A("nopoa-related-zh-054", "related-accounts", "US", "chinese",
  "Account deactivated - we have only one account",
  """Dear Seller Performance Team,

We received your email that our account Fengyuan Outdoor is deactivated. We want to say that we only have this one account on Amazon, we never opened other account. Our company is registered in Ningbo in 2019 and the business license, legal person ID card and bank statement are all real.

Maybe the system made a mistake? Please kindly check again and reactivate our account. We have many inventory in FBA and the customers are waiting for the orders.

If you need any documents, please tell us and we will provide at once.

Thanks and best regards,
Fengyuan Outdoor
Tel: +86 574 5550 3318""",
  decoys=[("phone", "+86 574 5550 3318")],
  notes="no POA and no policy named (related accounts only hinted); calm")

A("nopoa-inauth-native-055", "inauthentic", "US", "native",
  "Why was my account deactivated?",
  """Hi,

I just got an email saying my account has been deactivated. I've been selling vintage sports memorabilia on Amazon for two years with no problems and a 100% feedback rating. Everything I sell is real, and I keep receipts for every item I buy from estate sales and auctions.

Could someone please tell me what triggered this and what I need to send to get reinstated? The email didn't say which item it was about. Unfortunately I can't respond properly without knowing that.

Thanks,
Dwayne Porter
Porter's Dugout Collectibles""",
  decoys=[("mild-word", "Unfortunately")],
  notes="no POA; no policy named; calm with a mild word")

A("nopoa-idv-pk-056", "identity-verification", "US", "other-non-native",
  "Seller verification failed - card details for verification",
  """Dear Amazon Team,

Our account Indus Spice Traders is deactivated because the seller identity verification failed. We are not understanding why it failed, all documents were uploaded: CNIC of owner, bank statement of Meezan Bank and the utility bill.

The system says the credit card could not be verified. Please check again with these details, this is the same card that is in the account:

Card holder: Muhammad Bilal
Card number 4556.7302.1188.9037
Expiry 11/28

Kindly verify the card and reactivate the account. We are waiting for your kind response and we will provide anything more you need.

Regards,
Muhammad Bilal
Indus Spice Traders, Karachi""",
  pol=["seller identity verification"],
  secrets=[("card", "4556.7302.1188.9037"), ("card-expiry", "11/28")],
  notes="no POA; card number with dots as separators and expiry pasted into the case")

A("nopoa-review-tr-057", "review-manipulation", "UK", "turkish",
  "my account",
  """Hello,

I don't know what to write anymore. This is my fifth message and every time I get the same answer. My whole life is in this business, I left my job in Istanbul and moved to Manchester for this, and now everything is finished in one day. I am destroyed. I did nothing wrong, I swear on my children.

You are killing small sellers. Big companies do whatever they want and nobody stops them, but you close a small family seller with no warning.

Please just look at my account one more time with a human eye.

Kerem Yılmaz""",
  emo=["I don't know what to write anymore", "My whole life is in this business",
       "now everything is finished in one day. I am destroyed", "I swear on my children",
       "You are killing small sellers"],
  notes="no POA, no policy, despair and accusation")

A("nopoa-counterfeit-eg-058", "counterfeit", "AE", "other-non-native",
  "Urgent - counterfeit complaint is false",
  """To Amazon Seller Performance,

The counterfeit complaint against our account Pharaoh Perfumes is completely false. We buy all our perfumes from the official distributor in Dubai and we have all the invoices. The complainant is a competitor who wants to remove us from the listing.

We demand that you reactivate our account IMMEDIATELY. Every day we lose more than 15,000 AED. If the account is not reactivated within 48 hours we will take legal action against Amazon and against the complainant, and we will hold you responsible for all our losses.

Omar Farouk
General Manager
Pharaoh Perfumes Trading LLC""",
  pol=["counterfeit complaint"],
  emo=["We demand that you reactivate our account IMMEDIATELY",
       "If the account is not reactivated within 48 hours we will take legal action against Amazon",
       "we will hold you responsible for all our losses"],
  notes="no POA; legal threat and demands")

A("nopoa-lsr-native-059", "late-shipment", "UK", "native",
  "Late dispatch - account suspended",
  """Hello,

Our account (Moorland Candles) was suspended this morning for our Late Dispatch Rate. We appreciate the metric is there for a reason.

Before we write a full plan of action, could you confirm which orders were counted as late? According to our records all but three orders in the period were dispatched within our handling time, and we think some may have been marked as dispatched late because our shipping software confirmed them a day after the parcels were collected. If you can send the list of order numbers we'll check each one against the courier collection records and come back to you with a proper plan.

Kind regards,
Jess Armitage""",
  pol=["Late Dispatch Rate"],
  notes="no POA: asks for the late orders before writing the plan (none attached)")

A("nopoa-price-tr-060", "price-gouging", "UK", "turkish",
  "Hesabımın kapatılması hakkında",
  """Merhaba Amazon Satıcı Performans Ekibi,

Hesabımız (Karadeniz Çay Evi) dün kapatıldı ve bize gönderilen e-postada ne yaptığımız açıkça yazmıyor. Biz Rize'den çay ve bal satıyoruz, beş yıldır Amazon'da satış yapıyoruz ve hiç sorun yaşamadık.

Lütfen hangi ürün veya hangi sipariş yüzünden hesabımızın kapatıldığını bize bildirin. Gerekli tüm belgeleri (fatura, vergi levhası, ürün sertifikaları) hemen gönderebiliriz. İngilizce yazmakta zorlandığımız için Türkçe yazıyoruz, kusura bakmayın.

Saygılarımızla,
Ahmet Çelik
Karadeniz Çay Evi""", lang="tr",
  notes="Turkish-language appeal on UK: no POA, no policy named")

A("nopoa-safety-ua-061", "product-safety", "US", "other-non-native",
  "What documents are needed for product safety appeal?",
  """Hello,

Our account Carpathian Crafts was deactivated for a product safety complaint about our wooden baby teether (ASIN B0C4NWT8XL). Before we answer we want to understand exactly what Amazon needs from us.

Which test reports are required for a teether in the US? We have EN 71 reports from Europe but we are not sure they are enough. Do we need a Children's Product Certificate also if we sell only 30 units per month? And can we send the documents in the appeal, or do we have to upload them in another place?

Thank you for explaining,
Nataliya Bondar""",
  pol=["product safety complaint"],
  decoys=[("asin", "B0C4NWT8XL")],
  notes="no POA; only questions")

# ---- cover letters: the POA is in an attachment --------------------------------------------

A("att-counterfeit-native-062", "counterfeit", "US", "native",
  "Appeal with attached Plan of Action - counterfeit complaint",
  """Hello Seller Performance team,

Please find attached our Plan of Action (POA_Counterfeit_Mar2026.pdf) regarding the deactivation of Ridgeline Audio for the counterfeit complaint on our headphone listings.

The attachment explains how the complaint came about, what we have done about the stock involved, and the changes we've made to how we source products. We've also attached our distributor agreement, the last six months of invoices and the brand's letter of authorization.

If anything in the attachment is unclear or you need additional documents, please let us know.

Best regards,
Allison Brooks
Ridgeline Audio LLC""",
  att=True, pol=["counterfeit complaint"],
  decoys=[("file-name", "POA_Counterfeit_Mar2026.pdf")],
  notes="cover letter; POA attached")

A("att-related-zh-063", "related-accounts", "US", "chinese",
  "Appeal - related account - POA in attachment",
  """Dear Seller Performance Team,

Regarding our account Qingfeng Home deactivated for related account policy, we have prepared the detailed plan of action and the supporting documents. Because the documents are many, we put all of them in the attachment:

1. Plan of action (PDF, 3 pages)
2. Business license of our company
3. Legal person ID card and bank statement
4. Lease contract of our office

Please kindly check the attachments. We confirm we will follow all Amazon policies.

Thank you!
Qingfeng Home""",
  att=True, pol=["related account policy"],
  notes="Chinese seller cover letter; the POA is the first item of the attachment list")

R("att-listing-tr-064", "listing-policy", "US", "turkish",
  "Listing reinstatement - ASIN B0CJ2VRD6T - POA attached",
  """Hello,

Our listing ASIN B0CJ2VRD6T (hand painted ceramic bowl) was removed for violation of the product detail page rules. We have prepared the plan of action in a Word document and attached it to this case (Action_Plan_B0CJ2VRD6T.docx), together with the new main image.

Shortly: the images are changed and the title is corrected, and the details are in the document.

Thank you very much for your help.
Cansu Korkmaz""",
  att=True, pol=["product detail page rules"],
  decoys=[("asin", "B0CJ2VRD6T"), ("file-name", "Action_Plan_B0CJ2VRD6T.docx")],
  notes="listing cover letter; POA attached, one-line summary in the text")

# ---- FBA reimbursement ---------------------------------------------------------------------

O("fba-lostinb-native-065", "fba-reimbursement", "lost-inbound", "US", "native",
  "Shipment FBA18Q4ZT7WX - 3 cartons never received",
  """Hello,

Our inbound shipment FBA18Q4ZT7WX was delivered to MDW2 on March 4 according to UPS (tracking 1Z8A7F290344817265 through 1Z8A7F290344817283, 10 cartons). The shipment was closed on March 29 and only 7 cartons were received. We are missing 144 units of SKU TB-BLU-12 (FNSKU X003KQ7R2L).

Unfortunately the shipment reconciliation tool won't let us open a claim because the shipment is "closed". I've attached the proof of delivery signed at the dock, the commercial invoice and the carton contents list.

Could you please investigate and either locate the missing cartons or reimburse the units?

Thank you,
Karen Liu
Tidal Bottle Co.""",
  decoys=[("shipment-id", "FBA18Q4ZT7WX"), ("tracking-number", "1Z8A7F290344817265"),
          ("tracking-number", "1Z8A7F290344817283"), ("sku", "TB-BLU-12"), ("fnsku", "X003KQ7R2L"),
          ("mild-word", "Unfortunately")],
  notes="calm lost-inbound case; UPS tracking numbers and FNSKU as decoys")

O("fba-lostinb-zh-066", "fba-reimbursement", "lost-inbound", "US", "chinese",
  "Shipment received quantity wrong - please investigate",
  """Dear Seller Support,

Our shipment FBA17WJ2RC4D (LTL, 6 pallets) was delivered to ONT8 warehouse on 12 Feb. The carrier is Estes, PRO number 482913307, the BOL is signed by the warehouse with no damage. But in Seller Central it shows received 1,650 units, we shipped 2,400 units. 750 units are missing.

We have checked our packing list many times and the quantity is correct. Please help us to check the warehouse received record and give us reimbursement for the missing units.

Attached: BOL, POD, packing list, invoice.

Thank you very much!
Best regards,
Kevin Huang
Ningbo Sunrise Household""",
  decoys=[("shipment-id", "FBA17WJ2RC4D"), ("pro-number", "482913307")],
  notes="9-digit PRO number that fails the ABA check")

O("fba-whlost-tr-067", "fba-reimbursement", "warehouse-lost", "UK", "turkish",
  "Lost inventory in fulfilment centre - reimbursement wrong",
  """Hello Seller Support,

In the Inventory Adjustments report, 38 units of our FNSKU X002TLM8QF (Turkish hammam towel, grey) were marked as "Lost" in LTN4 on 18 January. We received reimbursement ID 4839201176 for only 20 units and the amount per unit is £4.10, but our selling price is £24.99 and the cost is £9.50.

Please can you check:
1. Why only 20 units are reimbursed and not 38.
2. Why the value per unit is so low.

I attached our invoice from the factory to show the real cost. Thank you for your help.

İyi çalışmalar,
Gökhan Yurt""",
  decoys=[("fnsku", "X002TLM8QF"), ("reimbursement-id", "4839201176"), ("foreign-snippet", "İyi çalışmalar")],
  notes="Turkish seller; reimbursement ID is a 10-digit decoy")

O("fba-dmg-latam-068", "fba-reimbursement", "damaged-inbound", "US", "latam",
  "DAMAGED BY YOUR WAREHOUSE - 4th case!!!",
  """This is the FOURTH time I open this case. FOURTH!!! Your warehouse PHX7 destroyed 62 of my ceramic talavera pots (FNSKU X0041ZPK9B) when they received the shipment FBA16MZX8N2Q and every time somebody closes the case saying "no discrepancy". ARE YOU EVEN READING THE CASES???

I have photos of the boxes from the carrier, they were perfect when delivered. I lost more than $3,000 and nobody cares. This is robbery, there is no other word. If I do not get the reimbursement this week I will post everything on social media and I will report Amazon to the FTC.

Fernando Castillo
Talavera Puebla Imports""",
  emo=["This is the FOURTH time I open this case. FOURTH!!!", "ARE YOU EVEN READING THE CASES???",
       "nobody cares", "This is robbery, there is no other word",
       "I will post everything on social media and I will report Amazon to the FTC"],
  decoys=[("fnsku", "X0041ZPK9B"), ("shipment-id", "FBA16MZX8N2Q")],
  notes="Mexican seller; shouting and threats")

O("fba-return-native-069", "fba-reimbursement", "customer-return", "US", "native",
  "Refund issued but item never returned - order 113-7482095-3164023",
  """Hi,

On order 113-7482095-3164023 the customer was refunded $89.99 on February 2 for a return of our cast iron dutch oven (ASIN B08RXK4T2M). It's now been 52 days and the return hasn't arrived at a fulfillment center, and we haven't been reimbursed. The return tracking the customer used (9400111899223017665432) shows no movement since the label was created.

Per the FBA customer returns policy we should be reimbursed if the item isn't returned within 45 days. Please look into this and reimburse us for the item.

Thanks,
Megan Foster
Foster Hearth & Home""",
  pol=["FBA customer returns policy"],
  decoys=[("order-id", "113-7482095-3164023"), ("asin", "B08RXK4T2M"), ("tracking-number", "9400111899223017665432")],
  notes="the order ID passes Luhn once the dashes are removed (hard negative)")

O("fba-removal-pl-070", "fba-reimbursement", "removal", "UK", "other-non-native",
  "Removal order not delivered",
  """Dear Seller Support,

We created the removal order RZ7MKD3T8Q on 3 February for 96 units of our winter gloves to be returned to our warehouse in Wrocław via our UK address. Seller Central shows the removal as "Completed" with 96 units shipped, but we received only one box with 48 units. The second box never arrived, the carrier tracking (JJD0002249013318847) shows only "label created".

Please can you check where is the second box and reimburse the missing 48 units if it is lost.

Thank you in advance,
Agnieszka Wójcik
Wójcik Textiles""",
  decoys=[("removal-order-id", "RZ7MKD3T8Q"), ("tracking-number", "JJD0002249013318847")],
  notes="Polish seller, removal order")

O("fba-lostinb-pt-071", "fba-reimbursement", "lost-inbound", "US", "latam",
  "Remessa FBA15RTK2W9Z - unidades faltando",
  """Olá equipe de suporte,

Enviamos a remessa FBA15RTK2W9Z para o centro de distribuição SBD1 no dia 20 de janeiro, com 8 caixas e 320 unidades de capas de celular. A transportadora confirmou a entrega no dia 27 de janeiro, mas até agora só 240 unidades foram recebidas e a remessa já aparece como fechada.

Já verificamos a nossa lista de embalagem e as fotos das caixas antes do envio, e a quantidade está correta. Peço por favor que vocês investiguem as 80 unidades que faltam e façam o reembolso caso não sejam encontradas.

Desculpem escrever em português, meu inglês não é muito bom.

Obrigado,
Lucas Pereira
Pereira Acessórios""", lang="pt",
  decoys=[("shipment-id", "FBA15RTK2W9Z")],
  notes="Brazilian seller writing Portuguese on US")

O("fba-whdmg-pk-072", "fba-reimbursement", "warehouse-damaged", "US", "other-non-native",
  "Warehouse damaged units not reimbursed",
  """Dear Team,

As per the inventory ledger, 17 units of our SKU SPH-CB-22 (cricket bat English willow) were marked as "Warehouse damaged" at the fulfilment center TEB9 on 9 March. Till now no reimbursement is received and these units are also not showing as unfulfillable in our inventory, so we cannot create removal for them.

Kindly check this matter and reimburse the units as per the policy, or move them to unfulfillable so we can take them back. Invoice for the product cost is attached for your reference.

Looking forward to your positive response.

Regards,
Hamza Sheikh
Sialkot Pro Sports""",
  decoys=[("sku", "SPH-CB-22")],
  notes="Pakistani seller, calm")

O("fba-return-zh-073", "fba-reimbursement", "customer-return", "US", "chinese",
  "Customer returned wrong item - request reimbursement",
  """Hello,

We found that for order 112-4471093-8820561, the customer returned a different product. We sold a 4K action camera (ASIN B0C8LMQ2ZT), but the returned item in the warehouse is an old cheap camera of other brand, we checked the LPN LPNRR938104762 and the warehouse marked it as "customer damaged".

The customer already got the full refund. We are very sorry to trouble you, but this is a big loss for us. Could you please investigate this return and reimburse us?

Thank you!
Best regards,
Grace Lin""",
  decoys=[("order-id", "112-4471093-8820561"), ("asin", "B0C8LMQ2ZT"), ("lpn", "LPNRR938104762"),
          ("single-apology", "We are very sorry to trouble you")],
  notes="single polite apology; order ID and LPN decoys")

O("fba-whlost-iban-tr-074", "fba-reimbursement", "warehouse-lost", "UK", "turkish",
  "Reimbursement payment - our bank account",
  """Dear Seller Support,

You approved the reimbursement for 25 lost units of our copper cezve (case about FNSKU X0039HTW4K), thank you. But the payment was not in our last disbursement. Maybe there is a problem with our bank account in Seller Central, it was changed in December.

Please transfer the amount to our company account directly:

Bank: Ziraat Bankası
Account name: Mavi Bakır Ltd. Şti.
IBAN: TR95 0006 2000 1960 0000 6841 7293

If you need more information please write me. Thank you for your help.

Mustafa Eren""",
  secrets=[("iban", "TR95 0006 2000 1960 0000 6841 7293")],
  decoys=[("fnsku", "X0039HTW4K")],
  notes="IBAN pasted into a reimbursement case")

O("fba-lostinb-ae-075", "fba-reimbursement", "lost-inbound", "AE", "other-non-native",
  "Inbound shipment partly received - DXB3",
  """Hello Amazon Seller Support,

Our shipment FBA19KD2WQ8M was delivered to DXB3 on 5 March by Aramex, BOL number 731084662, 2 pallets. In the shipment summary only 1 pallet is received and the other is not shown. The POD is signed and stamped by the fulfilment centre for 2 pallets.

Please investigate the missing pallet (216 units of dates gift boxes) and update the received quantity or reimburse us.

Our warehouse contact is +971 50 555 8821 if the receiving team needs to call.

Best regards,
Rashid Al Mazrouei
Oasis Dates Trading""",
  decoys=[("shipment-id", "FBA19KD2WQ8M"), ("bol-number", "731084662"), ("phone", "+971 50 555 8821")],
  notes="UAE seller; 9-digit BOL number (fails ABA) and a phone number as decoys")

O("fba-whlost-native-076", "fba-reimbursement", "warehouse-lost", "AU", "native",
  "Lost stock - I give up",
  """I honestly don't know why I bother anymore. 230 units of our merino beanies went missing inside SYD8 and I've now spent three weeks going in circles with case after case. Every single reply tells me to "check the inventory ledger", which I have done, over and over.

This is a tiny business. Those beanies were my entire winter stock and I'm at the point where I'm ready to just walk away from selling on Amazon altogether. I feel completely helpless and nobody seems to care.

FNSKU X003ZPLQ7D, lost 14 February. Please, someone actually read this.

Sophie Turnbull
Highland Merino""",
  emo=["I honestly don't know why I bother anymore", "I'm at the point where I'm ready to just walk away",
       "I feel completely helpless and nobody seems to care", "Please, someone actually read this."],
  decoys=[("fnsku", "X003ZPLQ7D")],
  notes="despair; very little case detail")

O("fba-return-ro-077", "fba-reimbursement", "customer-return", "UK", "other-non-native",
  "Return not received after refund",
  """Hello,

For order 204-9918275-5530143 the customer received a refund on 10 January but the item (electric kettle, ASIN B0BKZ7RQ3L) was never returned to the warehouse. It is more than 60 days now. There was no reimbursement in the FBA Customer Returns report for this order, and the return reason "item defective" was never checked by anybody.

Please investigate and reimburse the item.

Many thanks,
Cristina Dumitru
Dumitru Home SRL""",
  decoys=[("order-id", "204-9918275-5530143"), ("asin", "B0BKZ7RQ3L")],
  notes="short Romanian seller return case")

O("fba-dmg-native-078", "fba-reimbursement", "warehouse-damaged", "UK", "native",
  "Units damaged at BHX4 - reimbursement value",
  """Hi Seller Support,

Nine units of our glass terrarium kit (FNSKU X002KW9RMN) were marked as damaged by the warehouse at BHX4 on 2 March. We were reimbursed, which is appreciated, but at £6.20 per unit against a manufacturing cost of £14.80. It's frustrating because we uploaded our cost invoice for a similar case last month and it was corrected then.

I've attached the invoice again. Could the reimbursement be recalculated using the cost shown?

Thanks very much,
Ben Hollis
Little Green Worlds""",
  decoys=[("fnsku", "X002KW9RMN"), ("mild-word", "frustrating")],
  notes="calm with a mild word")

# ---- technical issues ----------------------------------------------------------------------

O("tech-login-native-079", "technical-issue", "login", "US", "native",
  "Locked out of Seller Central after password reset",
  """Hi,

I've been locked out of my Seller Central account since yesterday. I reset my password through the "Forgot password" link, and the new one works on the Amazon shopping site but Seller Central keeps saying "There was a problem - your password is incorrect".

To save time, the new password I set is Bluebird#2291! and the two-step code I just got by text was 604817, in case you need them to check what's going on. I've tried Chrome, Firefox and my phone, cleared cookies, and it's the same everywhere.

I have about 40 orders waiting to ship, so I'd really appreciate a quick look.

Thanks,
Tom Becker
Becker Fly Rods""",
  secrets=[("password", "Bluebird#2291!"), ("one-time-code", "604817")],
  notes="native seller volunteers the new password and a 2SV code")

O("tech-login-zh-080", "technical-issue", "login", "US", "chinese",
  "无法登录卖家后台 - 两步验证收不到",
  """您好，

我们的卖家账户从上周五开始一直无法登录。输入邮箱和密码以后，系统要求两步验证，但是绑定的手机号已经停用了，收不到短信。我们尝试了"无法接收验证码"的选项，但是一直提示验证失败。

为了方便你们检查，我们的登录邮箱是 ops@hengtai-home.cn，密码是 Ht2026#home88 。刚才备用邮箱收到一个验证码：739204 ，但是输入后还是显示错误。

我们店铺有很多订单需要处理，麻烦尽快帮我们重置两步验证的手机号。谢谢！

恒泰家居 运营部
王磊""", lang="zh",
  secrets=[("password", "Ht2026#home88"), ("one-time-code", "739204")],
  notes="Chinese text on US: password and verification code values")

O("tech-payment-ja-081", "technical-issue", "payment-method", "JP", "other-non-native",
  "出品用アカウントのクレジットカードが登録できません",
  """お世話になっております。

セラーセントラルで月額登録料の支払い用クレジットカードを変更しようとしていますが、「カード情報を確認できませんでした」というエラーが表示され、登録できません。カードは有効で、他のサイトでは問題なく使えています。

確認のため、カード情報をお送りします。
カード番号：5424-1833-9027-7151
有効期限：08/29
セキュリティコード：318

また、セラーセントラルのログイン用パスワードは sakura0714 です。必要であれば、こちらでログインして確認していただいても構いません。

支払いが滞るとアカウントが停止されると聞いていますので、早めにご対応いただけますと幸いです。

よろしくお願いいたします。
株式会社ミナト雑貨
佐藤 健一""", lang="ja",
  secrets=[("card", "5424-1833-9027-7151"), ("card-expiry", "08/29"), ("card-code", "318"),
           ("password", "sakura0714")],
  notes="Japanese on JP (English not required): card, expiry, code and password")

O("tech-deposit-native-082", "technical-issue", "deposit-method", "US", "native",
  "Deposit method keeps failing verification",
  """Hello,

I'm trying to update our deposit method to our new business checking account and Seller Central rejects it every time with "The bank account information could not be verified." I've double-checked the numbers with the bank.

Here's exactly what I'm entering:
Bank: Wells Fargo
Routing number: 121000248
Account number: 412755930186
Account holder: Pinecrest Outfitters LLC

The account is a business checking account in the same name as our legal business name on file. Our next disbursement is scheduled for Friday and I don't want it to fail.

Thanks for your help,
Laura Jennings
Pinecrest Outfitters""",
  secrets=[("routing-number", "121000248"), ("bank-account", "412755930186")],
  notes="routing and account number pasted into the case")

O("tech-deposit-pl-083", "technical-issue", "deposit-method", "UK", "other-non-native",
  "Cannot add EUR bank account for disbursement",
  """Hello,

We want to receive the payments from Amazon.co.uk to our Polish company account, but when I add the account in Seller Central, the page shows error "Invalid IBAN format" and I cannot save.

The details are:
Account holder: Bursztyn Design Sp. z o.o.
IBAN: PL61 1090 1014 0000 0712 1981 2874
SWIFT/BIC: WBKPPLPP

I have checked with Santander Bank Polska and the IBAN is correct. Is it possible that the form does not accept Polish accounts? Please help.

Best regards,
Katarzyna Lewandowska""",
  secrets=[("iban", "PL61 1090 1014 0000 0712 1981 2874")],
  decoys=[("swift-code", "WBKPPLPP")],
  notes="Polish seller pastes an IBAN; the SWIFT code is a decoy")

O("tech-upload-es-084", "technical-issue", "listing-upload", "US", "latam",
  "Error 8541 al subir plantilla de inventario",
  """Hola equipo de soporte,

Estoy intentando subir una plantilla de inventario (archivo Sombreros_Marzo.xlsm) con 35 productos nuevos de sombreros de palma, y casi todos los productos me dan el error 8541 diciendo que los datos no coinciden con un producto existente en el catálogo.

Nuestros productos tienen códigos UPC propios comprados a GS1, y son productos de nuestra marca, no existen en Amazon todavía. No entiendo por qué el sistema dice que coinciden con otro producto. Ya revisé que los UPC estén correctos.

¿Me pueden ayudar a crear los listados o decirme qué tengo que cambiar en el archivo?

Muchas gracias,
Guadalupe Treviño
Sombreros del Bajío""", lang="es",
  decoys=[("error-code", "8541"), ("file-name", "Sombreros_Marzo.xlsm")],
  notes="Mexican seller writing Spanish on US")

O("tech-report-native-085", "technical-issue", "report-error", "US", "native",
  "Business Report shows zero sessions since March 10",
  """Hi,

Since March 10 the Detail Page Sales and Traffic report in Business Reports shows zero sessions and zero page views for all of our 60 ASINs, even though we've had sales every day (the Orders report shows 214 orders in that period). The Sales Dashboard numbers look normal.

I've tried downloading the report as CSV and viewing it in the browser, with different date ranges, and the traffic columns are always 0. Is this a known issue? We use these numbers to plan our ad budget, so it would help to know when they'll be fixed.

Thanks,
Priya Desai-Moore
Brightside Paper Co.""",
  notes="calm native report issue, no decoys")

O("tech-page-tr-086", "technical-issue", "page-error", "UK", "turkish",
  "Manage Inventory page not opening - error",
  """Hello Seller Support,

Since two days when I open Manage All Inventory page, I see only white screen and after 1 minute the message "We're sorry, something went wrong. Error code: 503-GTW-7". Other pages like Orders and Reports are working.

I tried with Chrome and Edge, also with the mobile app but there the inventory also does not load. Because of this I cannot change prices and quantities for our 120 products.

Can you please check this problem?

Teşekkürler,
Serkan Aksoy
Aksoy Leather Works""",
  decoys=[("error-code", "503-GTW-7"), ("foreign-snippet", "Teşekkürler")],
  notes="Turkish seller; error code decoy")

O("tech-login-latam-087", "technical-issue", "login", "US", "latam",
  "I dont receive the verification code",
  """Hello,

I changed my phone number last week because I moved from Mexico City to Monterrey, and now I cannot log in to Seller Central. When I enter my email and password, the page asks for the verification code sent to my old number, which I do not have anymore.

I already tried the option "Didn't receive the OTP?" but it only offers the old phone. I did not share my password with anybody and I did not change it. Can you please help me update the phone number for the two-step verification? I can send my ID and any document you need.

Thank you,
Ricardo Salinas
Artesanías Salinas""",
  decoys=[("password-word", "password"), ("verification-code-word", "verification code"), ("otp-word", "OTP")],
  notes="password / verification code / OTP mentioned with no value")

O("tech-payment-ae-088", "technical-issue", "payment-method", "AE", "other-non-native",
  "Charge method declined - American Express",
  """Dear Seller Support,

Our monthly subscription charge failed and Seller Central shows a banner "Update your charge method". We tried to add our company American Express card but it is declined with no reason.

Card: 3782 849105 31072
The 4 digit code on the front is 4417

Our bank (Emirates NBD) confirmed that there is no block on the card and there was no attempt from Amazon on their side. Could you please check from your side why it is declined, or charge the fee directly on this card?

Regards,
Hassan Al Shamsi
Gulf Home Essentials FZE""",
  secrets=[("card", "3782 849105 31072"), ("card-code", "4417")],
  notes="Amex number in 4-6-5 groups and the 4-digit front code")

O("tech-api-native-089", "technical-issue", "api", "US", "native",
  "SP-API getOrders returns 403 for our private app",
  """Hello,

Our private SP-API application (app ID amzn1.sp.solution.4f8c2e71-9b3a-4d6e-a1f0-7c5d2b9e8a14) started returning 403 Unauthorized on getOrders calls for our seller account (merchant token A2Q3Y263D00KWC) on March 18. The same app and credentials work for our Canadian account. Nothing changed in our code and the LWA token refresh still succeeds.

We've re-authorized the app in Seller Central under Develop Apps, and the Orders role is still granted. Could you check whether something changed on the account's side, for example a role that was removed after the data protection review?

Regards,
Nick Alvarez
Backend lead, Parkside Supply""",
  decoys=[("app-id", "amzn1.sp.solution.4f8c2e71-9b3a-4d6e-a1f0-7c5d2b9e8a14"), ("merchant-token", "A2Q3Y263D00KWC")],
  notes="API case with app ID and merchant token decoys")

O("tech-tax-zh-090", "technical-issue", "tax-interview", "US", "chinese",
  "Tax interview cannot submit - W-8BEN-E",
  """Dear Seller Support,

We are trying to complete the tax information interview for our company Shenzhen Kaida Technology Co., Ltd. We choose "Business" and form W-8BEN-E, but at the last step the page shows "The TIN format is not valid" and cannot submit.

We entered our Chinese Unified Social Credit Code 91440300MA5G7XQ21K as the foreign TIN. We do not have a US EIN. Our US subsidiary has EIN 88-4170293 but it is a different company and not the seller.

Please tell us which number we should fill in. Thank you very much.

Best regards,
Zhao Lin""",
  decoys=[("tax-id", "91440300MA5G7XQ21K"), ("tax-id", "88-4170293")],
  notes="tax IDs (credit code, EIN) as decoys")

O("tech-upload-ua-091", "technical-issue", "listing-upload", "US", "other-non-native",
  "Flat file processing report stuck 'In progress'",
  """Hello Support,

We uploaded a category listings report to update 220 prices and quantities. The upload batch ID is 8204716639025513 and the status is "In progress" since 36 hours. Usually these files finish in 10 minutes.

Because of this, our other uploads are also waiting in queue and we cannot update stock. We deleted nothing and the file is the same template we use every week.

Can you please cancel this batch or push it? Thank you.

Regards,
Andriy Shevchenko
Dnipro Home Tools""",
  decoys=[("batch-id", "8204716639025513")],
  notes="16-digit batch ID that fails Luhn")

O("tech-login-pk-092", "technical-issue", "login", "US", "other-non-native",
  "Please help - cannot access account for 2 weeks",
  """Dear Seller Support,

It has been two weeks I cannot login to my account, the OTP never comes to my mobile. I have opened 7 cases and every time I get an email to "follow the steps", which I did 100 times. I am really in tears writing this. My inventory is sitting in your warehouse and I am paying storage fees for nothing.

I am begging you, please give this case to a real person who can change my phone number. My family depends on this business and I am losing hope completely.

Zainab Hussain
Peshawar Handicrafts""",
  emo=["I am really in tears writing this", "I am begging you",
       "My family depends on this business and I am losing hope completely"],
  decoys=[("otp-word", "OTP")],
  notes="pleading and despair in a login case")

O("tech-shiplabel-native-093", "technical-issue", "shipping-label", "AU", "native",
  "BUY SHIPPING BROKEN AGAIN",
  """Once again Buy Shipping is throwing "Carrier service unavailable" for every single order. THIS IS THE THIRD TIME THIS MONTH. I have 63 orders to get out today and I can't print a single label.

Do you people actually test anything before you push updates?? Absolutely pathetic. Every hour this is down costs me money and puts my dispatch metrics at risk, and I'm sure I'll be the one penalised for it.

Fix it. Today.

Gary Whitmore
Whitmore Auto Parts""",
  emo=["THIS IS THE THIRD TIME THIS MONTH", "Do you people actually test anything before you push updates??",
       "Absolutely pathetic", "Fix it. Today."],
  notes="native shouting and insults")

O("tech-deposit-zh-094", "technical-issue", "deposit-method", "US", "chinese",
  "Disbursement failed - bank account",
  """Dear Amazon Seller Support,

Our last two disbursements failed and the status says "Payment failed - invalid bank account". We use a Chinese bank account to receive USD directly. Our finance colleague sent me the information in our chat, I copy it here so you can check:

[财务-陈姐 10:42] 开户名：深圳市澜海贸易有限公司 开户行：中国银行深圳分行 账号：6222 0213 0401 8876 543 ，SWIFT：BKCHCNBJ45A

The bank confirmed the account is normal and can receive USD. Please check why the payment failed and send the money again.

Thank you!
Lanhai Trading""",
  secrets=[("bank-account", "6222 0213 0401 8876 543")],
  decoys=[("swift-code", "BKCHCNBJ45A"), ("foreign-snippet", "开户行：中国银行深圳分行")],
  notes="English case with a pasted Chinese chat line carrying the bank account number")

# ---- brand disputes --------------------------------------------------------------------------

O("brand-hijacker-native-095", "brand-dispute", "hijacker", "US", "native",
  "Unauthorized seller on our brand listing B0CM4ZR8TQ",
  """Hello Brand Registry team,

We own the registered trademark Harbor & Pine (US Reg. No. 6,884,219) and we are the only manufacturer of the product on ASIN B0CM4ZR8TQ. Since March 2 a seller named "BestDealz Global" has been offering the item at $12.99, well below our cost.

We made a test buy (order 111-6620948-0173352). The item that arrived is not ours: the stitching is different, there's no woven label and the box has no brand name. Photos of our product next to the test buy are attached.

Please investigate this seller and remove the counterfeit offer. We have also filed a report through the Report a Violation tool (reference 7784120593).

Regards,
Caroline Hughes
Harbor & Pine Goods""",
  decoys=[("trademark-number", "6,884,219"), ("asin", "B0CM4ZR8TQ"), ("order-id", "111-6620948-0173352"),
          ("case-id", "7784120593")],
  notes="calm hijacker report with test-buy order ID")

O("brand-hijacker-de-096", "brand-dispute", "hijacker", "UK", "other-non-native",
  "Fremder Verkäufer auf unserem Markenangebot",
  """Sehr geehrtes Brand-Registry-Team,

wir sind Inhaber der eingetragenen Marke "Bergfeld" (UK00003891472) und verkaufen unsere Thermoskannen unter der ASIN B0D2QXJ7MR. Seit letzter Woche bietet ein anderer Verkäufer ("TopWare Trading") dasselbe Produkt zu einem deutlich niedrigeren Preis an. Wir haben diesem Verkäufer nie Ware geliefert und es gibt keine autorisierten Händler im Vereinigten Königreich.

Unser Testkauf (Bestellung 026-3381904-7712958) ist heute angekommen: Die Kanne hat kein Logo auf dem Boden und die Verpackung ist eine billige Kopie unserer Verpackung.

Bitte prüfen Sie diesen Verkäufer und entfernen Sie das Angebot. Fotos und unsere Markenurkunde sind beigefügt. Entschuldigen Sie, dass wir auf Deutsch schreiben.

Mit freundlichen Grüßen
Jonas Hartmann
Bergfeld Outdoor GmbH""", lang="de",
  decoys=[("trademark-number", "UK00003891472"), ("asin", "B0D2QXJ7MR"), ("order-id", "026-3381904-7712958")],
  notes="German brand owner writing German on UK")

O("brand-contribution-zh-097", "brand-dispute", "listing-contribution", "US", "chinese",
  "Listing title changed by other seller - brand owner",
  """Dear Brand Registry Support,

We are the brand owner of "Lumiqo" (registered trademark, Brand Registry approved). Our listing ASIN B0C6RVT3KN (LED desk lamp) title and images were changed by other contributor without our approval. The title now shows "Generic Desk Lamp" and the main image is a different lamp, so customers are confused and our sales dropped 60%.

We tried to edit back the listing in Manage Inventory but the change is not accepted, it shows "contribution not applied".

Please help to restore our title and main image and lock the listing contribution to brand owner. We attached our trademark certificate and the original images.

Thank you!
Lumiqo Brand Team""",
  decoys=[("asin", "B0C6RVT3KN")],
  notes="Chinese brand owner, detail page contribution")

O("brand-ownership-tr-098", "brand-dispute", "brand-ownership", "US", "turkish",
  "Another company registered our brand in Brand Registry",
  """Hello,

We are Nazar Ceramics from Kütahya, and we have sold our handmade ceramics under the brand "Nazar Atelier" on Amazon since 2021. Last month another company enrolled our brand name in Brand Registry with a trademark application which they filed after us, and now they are the brand owner of our listings.

Our trademark is registered at the Turkish Patent Office (registration 2021/087415) and we also have a US application serial 97/552,180 which was filed before theirs. We have production photos, invoices and our website since 2020.

We request that you review the brand ownership and give us back the control of our listings. I can provide any document in English.

Best regards,
Deniz Koç""",
  decoys=[("trademark-number", "2021/087415"), ("trademark-number", "97/552,180")],
  notes="Turkish brand ownership dispute; trademark numbers as decoys")

O("brand-transparency-latam-099", "brand-dispute", "brand-program", "US", "latam",
  "Transparency codes rejected for our own units",
  """Hi Brand Registry,

We enrolled our brand "Selva Viva" (organic coffee, ASIN B0BZ8KXR4W) in Transparency. The last inbound shipment of 500 bags was rejected at the fulfillment center because the codes could not be scanned. Example code from a bag: AZ:7QK2-XXW9-RT4M-81PD.

We printed the codes ourselves on our label printer in Bogotá and maybe the resolution was too low. Can you confirm what is the minimum print size and if we can relabel the units in the warehouse instead of sending them back to Colombia? The removal would cost more than the coffee.

Gracias,
Juliana Ortiz""",
  decoys=[("asin", "B0BZ8KXR4W"), ("transparency-code", "AZ:7QK2-XXW9-RT4M-81PD")],
  notes="Transparency code decoy")

O("brand-hijacker-native-100", "brand-dispute", "hijacker", "AU", "native",
  "FAKE sellers on my listing - 5th report",
  """I have reported these counterfeiters FIVE times now and they are still on my listing. Every time I get a template email saying "we've taken appropriate action" and the next morning they are back under a new name.

This is a joke. I pay for Brand Registry and it does absolutely nothing to protect my brand. I've spent years building this and I am watching scammers steal it while Amazon sits there doing nothing.

If you won't act I'll go to the ACCC and the media, and I'll pull my products off Amazon entirely. ASIN B0C9QWT2LM.

Jake Morrison
Coastline Surf Wax""",
  emo=["This is a joke", "it does absolutely nothing to protect my brand",
       "while Amazon sits there doing nothing", "If you won't act I'll go to the ACCC and the media"],
  decoys=[("asin", "B0C9QWT2LM")],
  notes="angry brand owner with threats")

O("brand-agency-pk-101", "brand-dispute", "hijacker", "US", "other-non-native",
  "Brand Registry - agency access and hijacker removal",
  """Dear Brand Registry Team,

We are Quetta Crafts, owner of the brand "Kohistan Wool". A hijacker is selling fake copies of our shawl on ASIN B0D5MPR9XC. Our Amazon agency will handle this case for us, so please discuss with them.

For your verification and so the agency can log in and upload the documents, the Brand Registry login is brand@quettacrafts.pk and the password is Kohistan@4471, the same as Seller Central. Our agency contact is Mr. Adeel, +92 300 5554 217.

The test buy photos and our trademark certificate are attached. Please remove the hijacker as soon as possible.

Regards,
Saima Khan""",
  secrets=[("password", "Kohistan@4471")],
  decoys=[("asin", "B0D5MPR9XC"), ("phone", "+92 300 5554 217")],
  notes="shares the account password in a brand case")

# ---- category approval ---------------------------------------------------------------------

O("cat-grocery-latam-102", "category-approval", "grocery", "US", "latam",
  "Request approval Grocery & Gourmet Food - mole sauces",
  """Hello Category Approval team,

We are Sabores de Oaxaca, a family company that produces mole paste in jars. We want to sell in Grocery & Gourmet Food and our application was rejected because "the invoice does not meet requirements".

Now I attach a new invoice from our packaging supplier and the FDA Food Facility Registration of our kitchen (registration number 18473920462), plus photos of the labels in English with the nutrition facts. The invoice shows our company name, address and 600 jars.

Please check again our application. If there is something missing, please tell me what exactly.

Muchas gracias,
Rosa Martínez""",
  decoys=[("certificate-number", "18473920462")],
  notes="Mexican seller, 11-digit FDA registration number as decoy")

O("cat-topicals-zh-103", "category-approval", "beauty-topicals", "US", "chinese",
  "Apply for Beauty Topicals category approval",
  """Dear Seller Support,

We want to sell our face serum (vitamin C, 30ml) in Beauty & Personal Care - Topicals. We submitted the application with the following documents:

1. Purchase invoice from the manufacturer Guangzhou Yanshi Biotechnology, 2,000 units
2. Certificate of Analysis from SGS lab
3. Safety Data Sheet
4. Product label photos with ingredient list in English

The application status is "Pending" for 10 days now. Could you please help to check the status? If other documents are needed, we will provide immediately.

Best regards,
Sunny Wu
Yanmei Beauty""",
  notes="Chinese seller follow-up, numbered list (not a POA)")

O("cat-automotive-native-104", "category-approval", "automotive", "US", "native",
  "Ungating request - Automotive & Powersports",
  """Hi,

I'm requesting approval to list in Automotive & Powersports. We're an authorized dealer for two aftermarket brands (Ridgeback Racks and TrailMaster Lighting) and have sold their products through our own site since 2019.

Attached are our dealer agreements, three invoices from the distributor dated within the last 180 days showing more than 10 units each, and our resale certificate. The invoices show our business name and address exactly as they appear in Seller Central.

Let me know if anything else is needed.

Thanks,
Marcus Reed
Reed Overland Supply""",
  notes="calm native ungating request")

O("cat-jewelry-tr-105", "category-approval", "jewelry", "UK", "turkish",
  "Fine jewellery category approval - silver rings",
  """Dear Amazon,

We are a silver jewellery workshop in the Grand Bazaar, Istanbul (Gümüş Atölye Ltd.). We applied for Fine Jewellery approval to sell 925 sterling silver rings. We paid the fee and sent the documents, but we received an email that our hallmarking is not accepted.

Our rings are hallmarked by the Istanbul Assay Office and we have the hallmark certificate for each lot. For UK, do we need UK hallmark (Assay Office London or Birmingham) for items over 7.78 grams? Most of our rings are 4-6 grams.

Please clarify which document is needed. Thank you.

Saygılarımla,
Murat Doğan""",
  decoys=[("foreign-snippet", "Saygılarımla")],
  notes="Turkish seller question about hallmarking")

O("cat-watches-ae-106", "category-approval", "watches", "AE", "other-non-native",
  "Category approval for Watches - reapplication",
  """Hello,

This is Al Zahra Time Trading LLC from Dubai. We applied to sell watches and our application was not approved. The reason given was that the invoices are not from a recognized distributor.

We are buying directly from the official regional distributor of the brands, and I now attach the distribution certificate from the brand owners, our trade license and two invoices (INV-AZT-2026-0318 and INV-AZT-2026-0402) with our company name and the serial numbers of the watches.

We kindly ask to review the reapplication. We are ready to provide more documents if needed.

Best regards,
Fatima Al Zahra""",
  decoys=[("invoice-number", "INV-AZT-2026-0318"), ("invoice-number", "INV-AZT-2026-0402")],
  notes="UAE seller; invoice numbers as decoys")

O("cat-toys-pl-107", "category-approval", "toys-holiday", "UK", "other-non-native",
  "Toys & Games holiday selling requirements",
  """Good morning,

We are Drewniane Zabawki (wooden toys from Zakopane). We have the professional account since August but we were not able to meet the holiday selling requirements for Toys & Games, because our first order was in September.

Our account health is good, the ODR is 0% and we have 180 orders without any problem. Is there any possibility to get an exception for this season, or at least to be allowed to sell the items that are already in FBA? We have UKCA marking and EN 71 tests for all toys.

Thank you for your answer,
Marta Kamińska""",
  pol=["holiday selling requirements", "ODR"],
  notes="Polish seller; names requirements (not an appeal, T007 does not apply)")

O("cat-supplements-es-108", "category-approval", "dietary-supplements", "MX", "latam",
  "Solicitud de aprobación - suplementos alimenticios",
  """Buenas tardes,

Somos Vida Natural MX y queremos vender suplementos de colágeno y magnesio en Amazon.com.mx. La solicitud para la categoría de suplementos fue rechazada porque, según el mensaje, falta el certificado de análisis de un laboratorio acreditado.

Ya tenemos el certificado de análisis del laboratorio, el aviso de funcionamiento ante COFEPRIS y las fotos de las etiquetas con la información nutrimental. Les pido por favor que me indiquen si debo subir todo otra vez en la misma solicitud o crear una nueva.

Gracias de antemano,
Alejandra Ríos""", lang="es",
  notes="Spanish on MX (not an English-required marketplace)")


# ---- more complete POAs: question headings, one long paragraph, mixed past/future ------------

A("poa-cancel-native-109", "cancel-rate", "UK", "native",
  "Appeal - cancellation rate over target",
  """Hello,

Our account (Northern Lights Lamps) was deactivated after our cancellation rate reached 4.2%. I've set out below what happened.

What went wrong?
We list the same lamps on our own website and on Amazon, and we share one stock pool. On Black Friday our website sold through most of the stock in a few hours, but the stock on Amazon is only updated from our spreadsheet twice a day. By the time it updated, we had 23 Amazon orders we couldn't fill.

What have we done about it?
We've connected our website and Amazon to the same inventory app (it syncs every five minutes) and it has been running since 2 December. All 23 customers were refunded on the day and emailed an apology. We have also kept back a 10% buffer of stock for Amazon.

How will we stop it happening again?
Before any big sale we'll set lower quantities on Amazon for the period, and I'll check the sync log every morning. If the sync fails, the app emails both of us.

Thank you,
Ellie Marsh""",
  sec={"root_cause": "What went wrong?", "corrective": "What have we done about it?",
       "preventive": "How will we stop it happening again?"},
  style="plain", pol=["cancellation rate"],
  notes="headings written as questions")

A("poa-related-tr-110", "related-accounts", "US", "turkish",
  "Appeal for related account deactivation",
  """Dear Seller Performance Team, our account Efes Home Decor was deactivated under the multiple account policy because it is linked to another account which was deactivated, and after a long check we found that the link was our old virtual office address in Istanbul, which was used by another company in the same building who also sells on Amazon, and we did not know this company at all and we had no business with them, so the address and maybe the shared office internet connected the accounts. We have moved to our own office in Bursa in February and we have updated the business address in Seller Central with the new rental contract, we have changed all passwords and we have also enabled two-step verification for every user, and we will also send you the new utility bill as soon as it comes next week. To make sure this never happens again we will not use any shared office or shared internet for our business, and only our two directors will log in to Seller Central from company devices. We kindly ask you to review our appeal. Saygılarımızla, Ozan Kılıç""",
  sec={"root_cause": "after a long check we found that the link", "corrective": "We have moved to our own office",
       "preventive": "To make sure this never happens again"},
  style="none", pol=["multiple account policy"],
  decoys=[("password-word", "passwords"), ("foreign-snippet", "Saygılarımızla")],
  notes="whole POA in one long paragraph; corrective mixes done ('We have moved') with 'we will also send'")

A("poa-iptm-zh-111", "ip-trademark", "US", "chinese",
  "Appeal - trademark complaint 商标侵权投诉",
  """Dear Seller Performance Team,

Our account Yuelu Tools is deactivated because of trademark infringement complaint (商标侵权投诉) from the rights owner of "ProGrip". Below is our plan of action.

## Root Cause Analysis
Our tool set had the words "ProGrip handle" in the listing title and bullet points to describe the handle material. We did not know that "ProGrip" is a registered trademark in the US. Our listing staff copied the description from the factory catalog.

## Steps already taken
- We have deleted "ProGrip" from all 9 listings (title, bullets, description, search terms) and the laser marking on new products is changed.
- We contacted the rights owner by email and apologized, they accepted to send the retraction.
- All listing staff have read the Amazon Intellectual Property Policy.

## Going forward
Every new listing text will be checked with the USPTO database (TESS) before upload. We will not copy any description from factory catalog anymore, and the manager will approve all listing before publish.

Best regards,
Yuelu Tools
长沙岳麓工具有限公司""",
  sec={"root_cause": "Root Cause Analysis", "corrective": "Steps already taken", "preventive": "Going forward"},
  style="markdown", pol=["trademark infringement complaint", "商标侵权投诉", "Amazon Intellectual Property Policy"],
  decoys=[("foreign-snippet", "长沙岳麓工具有限公司")],
  notes="'Root Cause Analysis / Steps already taken / Going forward' markdown headings")

R("poa-cond-latam-112", "condition", "US", "latam",
  "Reinstatement request - used condition (Condition Guidelines 'Used - Like New')",
  """Hello team,

Our used video game listings were removed because buyers said the items marked "Used - Like New" had scratched discs and no manuals. I am Matías López from Rosario, we sell used games from our shop.

(A) What went wrong
Our new employee did not know that "Like New" in the Condition Guidelines means the item looks new with all the original parts, including manuals and inserts. He graded only by whether the game works.

(B) Actions we took
(1) We have regraded all 140 used games in FBA: 52 were changed to "Used - Good" or "Used - Acceptable".
(2) We have refunded the 8 buyers who complained.
(3) We have written a grading guide with photos for the team.

(C) Actions we will take
(1) I will check every game graded "Like New" before it is sent to Amazon.
(2) Every month we will compare our returns reasons to find grading problems early.

Gracias por la revisión,
Matías López""",
  sec={"root_cause": "(A) What went wrong", "corrective": "(B) Actions we took", "preventive": "(C) Actions we will take"},
  style="lettered", pol=["Condition Guidelines"],
  notes="Argentinian seller; lettered (A) headings; 'Actions we took / Actions we will take'")

A("poa-lsr-ae-113", "late-shipment", "AE", "other-non-native",
  "LDR above 4% - POA",
  """Dear Team,

Our account Desert Rose Gifts was deactivated because our LDR was 6.3%.

WHY IT HAPPENED - During Ramadan our working hours were shorter and our courier collection moved from 2 pm to 9 pm, after the dispatch cutoff. Many orders were confirmed the next day and counted late.

WHAT WE HAVE DONE - We changed our handling time to 2 days and arranged a second daily pickup with the courier at 1 pm. All late orders were shipped and we have sent an apology message to the buyers.

WHAT WE WILL DO - Every year before Ramadan and Eid we will adjust the handling time and staff schedule in advance, and our supervisor will confirm shipments before 1 pm every day.

Thank you for your consideration,
Layla Haddad""",
  sec={"root_cause": "WHY IT HAPPENED", "corrective": "WHAT WE HAVE DONE", "preventive": "WHAT WE WILL DO"},
  style="caps", pol=["LDR"],
  notes="UAE seller; inline caps headings; policy only as the metric abbreviation LDR")


# ---- more non-appeals ----------------------------------------------------------------------

O("tech-login-tr-114", "technical-issue", "login", "UK", "turkish",
  "Two-step verification problem - new phone",
  """Hello,

I bought a new phone and now the authenticator app is empty, so I cannot enter Seller Central. The login page asks the code from the app and I do not have it anymore.

Our login is info@bursasilk.co.uk and şifre (password) is Ipek.Bursa_1968 , I changed it yesterday to be safe. I also got a code by e-mail now: 228 519. Can your team turn off the two-step verification for one day so I can connect the new phone?

We have Prime orders waiting so it is urgent for us. Thank you very much.

Nilay Güneş
Bursa Silk Scarves""",
  secrets=[("password", "Ipek.Bursa_1968"), ("one-time-code", "228 519")],
  notes="Turkish seller; password with a Turkish label (şifre) and a spaced e-mail code")

O("fba-removal-native-115", "fba-reimbursement", "removal", "US", "native",
  "Removal order shipped to wrong address",
  """Hi there,

Removal order 5MTRQ8WZKD (disposal changed to return, 212 units of yoga blocks) shows as delivered, but FedEx tracking 774218305962 shows it went to an address in Reno, NV. Our return address in Seller Central has been our warehouse in Boise, ID for two years. It's a bit frustrating because this is the second removal this year that went astray.

Could you confirm which address was used on the shipment and either recover the units or reimburse us? I've attached a screenshot of our return address settings.

Thanks,
Alyssa Grant
Ridgeway Yoga""",
  decoys=[("removal-order-id", "5MTRQ8WZKD"), ("tracking-number", "774218305962"), ("mild-word", "a bit frustrating")],
  notes="calm removal case with a 12-digit FedEx tracking number and a mild word")

O("tech-page-br-116", "technical-issue", "page-error", "US", "latam",
  "Account Info page shows 'business address verification required' in loop",
  """Hello Seller Support,

We are Casa Tropical Importados, from São Paulo. In Account Info there is a yellow banner saying that we need to verify our business address. I click on "Verify", enter the address and the postcard option, and the page goes back to the same banner with no message.

Our CNPJ is 12.345.678/0001-95 and the address is the same as in the CNPJ card. I tried the support phone +55 11 5555-0147 from our side but could not get through. Could you check if there is a stuck verification on the account?

Obrigada,
Fernanda Lima""",
  decoys=[("tax-id", "12.345.678/0001-95"), ("phone", "+55 11 5555-0147"), ("foreign-snippet", "Obrigada")],
  notes="Brazilian seller; CNPJ and phone as decoys")

O("brand-contribution-native-117", "brand-dispute", "listing-contribution", "UK", "native",
  "Brand Registry: images on B0CX2RWQ8T replaced by another seller",
  """Hello,

We're the registered brand owner for Fellside Ceramics (UK00003762915). On 8 March the main image on B0CX2RWQ8T was replaced with a photo of a different mug, apparently submitted by another seller. Our own image uploads since then show as "pending" and are overridden.

We've checked the Brand Registry dashboard and the contribution history shows the change but not who made it. Could you restore our images and prevent non-brand contributions to the image slots? We haven't shared our login or any codes with anyone, so we don't think it came from our side.

Many thanks,
Harriet Lowe""",
  decoys=[("trademark-number", "UK00003762915"), ("asin", "B0CX2RWQ8T")],
  notes="calm; mentions login/codes with no values")

O("cat-grocery-zh-118", "category-approval", "grocery", "US", "chinese",
  "申请食品类目审核 - 茶叶",
  """您好，

我们是杭州西湖茶业有限公司，想在美国站销售龙井绿茶和白茶，需要开通食品（Grocery & Gourmet Food）类目。我们上周提交了申请，但是被拒绝了，原因是"发票不符合要求"。

我们这次重新上传了以下资料：
1. 最近90天内从茶园合作社采购的发票，数量超过500盒；
2. FDA食品企业注册证明；
3. 英文产品标签照片，包含营养成分表和原产地信息。

请问还需要提供哪些文件？如果发票格式有要求，请告诉我们具体的要求，我们会马上修改。谢谢！

杭州西湖茶业 外贸部
李静""", lang="zh",
  notes="Chinese-language category request on US")

O("fba-dmg-tr-119", "fba-reimbursement", "damaged-inbound", "US", "turkish",
  "Again no reimbursement!! Unacceptable",
  """Hello,

I am very very angry. You destroyed 40 glass tea sets in your warehouse (shipment FBA18RW2KM7P) and you give me reimbursement for 6!! What kind of system is this? I am sending the same documents for one month and each time a different person answers something different. This is not acceptable, you are stealing from small sellers.

I want a manager to look at this case TODAY. I am not going to open one more case, if this is not solved I will stop all my shipments to Amazon and tell every Turkish seller I know what happened to me.

Volkan Er""",
  emo=["I am very very angry", "What kind of system is this?", "you are stealing from small sellers",
       "I want a manager to look at this case TODAY",
       "I will stop all my shipments to Amazon and tell every Turkish seller I know"],
  decoys=[("shipment-id", "FBA18RW2KM7P")],
  notes="anger and threats in a damaged-inbound case")

O("tech-deposit-ro-120", "technical-issue", "deposit-method", "UK", "other-non-native",
  "Disbursement returned by the bank",
  """Hello Seller Support,

Our last disbursement of £2,318.40 was returned and the deposit method is now marked "invalid". The bank (Banca Transilvania) says the payment was rejected because the beneficiary name was not the same as the account name.

Our account name is "Carpatica Naturals SRL" and the IBAN in Seller Central is RO24RNCB0082044719230001. Maybe the name in Seller Central is written "Carpatica Naturals S.R.L." with dots? I cannot edit the name field, it is grey.

Please advise how to fix it so the next payment will arrive.

Thank you,
Vlad Munteanu""",
  secrets=[("iban", "RO24RNCB0082044719230001")],
  notes="Romanian IBAN written without spaces")


if __name__ == "__main__":
    write()
