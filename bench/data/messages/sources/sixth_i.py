#!/usr/bin/env python3
"""Author I's messages for the sixth set (written blind to the rules): texts and labels live here; running this script
rewrites messages/sixth-a/i-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("i-", "sixth-a")
M = AUTHOR.message

# ---------------------------------------------------------------- complete POAs (hard negatives)
M("appeal-odr-zh-001", A, "odr", "US", "chinese", "Appeal for account deactivation - Order Defect Rate",
"""Dear Seller Performance Team,

We are SunLink Trading, our account is deactivated because the Order Defect Rate is 2.4%, above the 1% target. We have checked every order in the 60 days period and below is our plan of action.

## Why this happened
1. Our new supplier changed the battery of the BT-220 speaker and we did not test the new batch. 14 customers said the speaker stop working after few days.
2. Our customer service only answer message in China working time, so many buyer open A-to-z claim before we answer.

## What we have did
- Removed all BT-220 units from the FBA inventory (removal order 5XkP2qR9Tm) and stop to buy from that supplier.
- Refunded all the 14 buyers, also the buyers who did not ask refund yet.
- Hired two customer service staff in the US time zone, now we reply inside 12 hours.

## Measures to avoid it in future
- Every new batch will be tested 48 hours by our QC before shipping to FBA.
- We check Account Health and the Voice of the Customer page every morning.
- If ODR goes over 0.6% the manager must stop the ads of the ASIN.

Thank you for your time to review our appeal.
SunLink Trading""",
style="markdown", rc="Why this happened", co="What we have did", pr="Measures to avoid it in future",
pol=["Order Defect Rate"], dec=[("removal-order-id", "5XkP2qR9Tm")], notes="markdown headings in Chinese English")

M("appeal-inauthentic-in-002", A, "inauthentic", "IN", "indian", "Reactivation request - Inauthentic item complaints",
"""Respected Sir/Madam,

This is with reference to the deactivation of our account Shree Balaji Enterprises due to customer complaints of inauthentic items under the Amazon Anti-Counterfeiting Policy. Kindly find our plan of action below.

**Root Cause Analysis**
We were purchasing the Philips trimmers from a local wholesaler in Karol Bagh who was not an authorised distributor. The invoices given by him were not traceable to the brand. This was our mistake.

**Actions we took**
All 312 units of the trimmer ASIN B0C7TQ4L2M have been removed from inventory. The wholesaler account is closed and we have placed a fresh order directly with Philips India authorised distributor (invoice no. PHD/2026/0481 enclosed). Each complaining customer was given full refund.

**Actions we will take**
Going forward we will only purchase from brand owners or their authorised distributors and keep the letter of authorisation on file. Our purchase manager will verify every supplier invoice against the brand's distributor list before any listing is created, and we will do a monthly audit of all invoices.

Kindly do the needful and reinstate our selling privileges.

Regards,
Rakesh Agarwal""",
style="bold", rc="Root Cause Analysis", co="Actions we took", pr="Actions we will take",
pol=["Amazon Anti-Counterfeiting Policy"], dec=[("asin", "B0C7TQ4L2M"), ("invoice-number", "PHD/2026/0481")],
notes="'Actions we took / Actions we will take' headings")

M("appeal-late-tr-003", A, "late-shipment", "UK", "turkish", "Appeal - Late Dispatch Rate",
"""Hello Amazon Seller Performance,

Our account Anatolia Home Textiles was deactivated because our Late Dispatch Rate is 9%. We understand the target is under 4%. We prepared the plan below.

1) The reason of the problem
In March our cargo company in Istanbul had a strike for 6 days and we did not stop the orders. Also our handling time in the settings was 1 day but our real preparation time for the towels with embroidery is 2-3 days.

2) Things we already done
- Handling time is changed to 3 days for all embroidered SKUs.
- We signed contract with second carrier (DHL Express) as backup.
- We confirmed shipment of all open orders and contacted buyers of the late orders.

3) To make sure this never happens again
We will use holiday mode when there is any problem with the carrier. Every afternoon at 16:00 our warehouse chief checks the pending orders report, and no order can stay more than 24 hours without dispatch confirmation.

We are sorry for this situation and hope you will accept our plan.

Saygılarımızla,
Emre Yıldız""",
style="numbered", rc="1) The reason of the problem", co="2) Things we already done", pr="3) To make sure this never happens again",
pol=["Late Dispatch Rate"], dec=[("single-apology", "We are sorry for this situation"), ("foreign-snippet", "Saygılarımızla")],
notes="numbered headings with ')' ; Turkish sign-off")

M("appeal-vtr-native-004", A, "valid-tracking", "US", "native", "Valid Tracking Rate appeal - Ridgeback Outdoor",
"""Hi,

We're writing about the suspension of our selling privileges for a VTR of 88% in the last 30 days (the requirement is 95%).

A. What went wrong
We switched from Buy Shipping to a regional carrier, OnTrac, in February. Their tracking numbers were uploaded through our ShipStation integration, but the carrier code was mapped as "Other" and Amazon could not validate the scans. About 140 orders were affected.

B. What we fixed
- The carrier mapping in ShipStation was corrected on March 3 and every open order was re-confirmed with the right carrier name.
- We went back to Buy Shipping for all orders under 2 lb.
- Tracking for the 140 orders was re-entered manually where the edit window allowed.

C. Going forward
We have also set up a weekly audit: every Monday our ops lead pulls the Shipping Performance report and checks VTR by carrier. Any new carrier will be tested with ten orders first before it goes live for everything.

Thanks for taking a look.
Dana Whitfield
Ridgeback Outdoor LLC""",
style="lettered", rc="A. What went wrong", co="B. What we fixed", pr="C. Going forward",
pol=["VTR"], notes="metric abbreviation VTR only; weekly audit prevention")

M("appeal-iptm-zh-005", L, "ip-trademark", "US", "chinese", "Listing reinstatement ASIN B0DK83HZ2W trademark complaint",
"""Hello Amazon,

Our listing B0DK83HZ2W was removed for infringement of intellectual property – trademark (complaint ID 1587340092). We respect the IP policy and please see our plan.

ROOT CAUSE
Our listing title used the word "Stanley-style" to describe the tumbler shape. This word is registered trademark of other company and we can not use it. Our operator did not know the rule.

CORRECTIVE ACTIONS
The word is deleted from title, bullet points and search terms on 2026-03-11. We also checked other 46 listings and deleted 3 more brand words. The operator was retrained on trademark rules.

PREVENTIVE MEASURES
From now on every new listing must be checked by our team leader with the USPTO TESS search before publish. We made a forbidden words list that is inside our listing software, listing with these words can not be uploaded.

Thank you,
Hangzhou Yunqi E-commerce Co., Ltd.""",
style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE MEASURES",
pol=["intellectual property – trademark", "IP policy"], dec=[("asin", "B0DK83HZ2W"), ("complaint-id", "1587340092")],
notes="caps headings, 'was retrained' corrective")

M("appeal-related-native-006", A, "related-accounts", "UK", "native", "Appeal: account linked to deactivated account",
"""Dear Seller Performance,

Thank you for your notice that our account, Brightwater Goods Ltd, may be related to an account that is not permitted to sell, under the Amazon policy on related accounts.

Why this happened
Our director, Mark Ellison, was for eight months in 2024 a part-time bookkeeper for another company, Ellis & Harte Trading, which sold on Amazon and was later deactivated. He logged into that company's Seller Central from our office laptop to download settlement reports. That is how the accounts appear connected.

What we fixed
Mr Ellison has had no role at Ellis & Harte since November 2024 (resignation letter attached). The laptop has been wiped and we no longer share any device, network, bank account or address with that company. We have confirmed the other company's users have no access to anything of ours.

How we prevent it
Our staff now sign a policy that they may not access any other Amazon seller account from company devices or our office network. IT reviews the login list of our Seller Central user permissions every quarter.

We hope this explains the link and that you can reinstate our account.

Kind regards,
Sophie Grant, Managing Director""",
style="plain", rc="Why this happened", co="What we fixed", pr="How we prevent it",
pol=["policy on related accounts"], notes="plain headings without colons")

M("appeal-counterfeit-in-007", A, "counterfeit", "IN", "indian", "Appeal against deactivation - counterfeit complaint",
"""Dear Team,

Greetings from Vardhman Sports. We received the notification as below:

"Your Amazon selling account has been deactivated because you have listed products that violate our Anti-Counterfeiting Policy."

Please find below our Plan of Action.

Our POA – Root cause: We sourced Yonex shuttlecocks from a distributor in Jalandhar who claimed he was authorised. After the complaint we verified with Yonex India and they confirmed that he is not on their list.

Our POA – Corrective actions: The complete stock of 86 boxes has been removed and destroyed (removal order ID 8TgqL3mP). We have given refund to all 9 buyers. Our listings of Yonex are deleted and the supplier is blacklisted.

Our POA – Preventive actions: In the future we will buy only from the brand or the distributors listed on the brand's website. Before listing any brand product, our compliance executive will get the LOA and keep invoices for 7 years. Weekly check of customer feedback for words like fake, duplicate, not original.

Kindly reinstate our account. We will be highly obliged.

Thanks & Regards,
Sunil Mehta""",
style="our-poa", rc="Our POA – Root cause:", co="Our POA – Corrective actions:", pr="Our POA – Preventive actions:",
pol=["Anti-Counterfeiting Policy"], dec=[("removal-order-id", "8TgqL3mP")],
notes="policy named only in the quoted Amazon notification; our-poa headings")

M("appeal-review-tr-008", A, "review-manipulation", "DE", "turkish", "Appeal - customer product reviews policy",
"""Dear Amazon,

Our account was deactivated for violation of the Customer Product Reviews policy. We are understand the seriousness and we want explain.

Root cause: We were putting a small card inside the package of our coffee grinders. The card says "If you are happy, please leave 5 star review, if not please contact us". We did not know that asking only happy customers is not allowed. Also we offered a free filter for review.

Corrective actions: We have stopped the cards in all packages, the remaining 2,000 cards were thrown away. The inventory in FBA with the cards (FNSKU X002HT8K1L) has been removed for re-packing. We are now using only the Request a Review button in Seller Central.

Preventive measures: Our team read the full policy and signed it. Every new package insert will be checked by me personally before printing. In the future we will not contact buyers about reviews outside Amazon tools.

Thank you for consideration.
Kaan Demir
Demir Mutfak GmbH""",
style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive measures:",
pol=["Customer Product Reviews policy"], dec=[("fnsku", "X002HT8K1L")], notes="inline colon headings on DE")

M("appeal-safety-native-009", L, "product-safety", "US", "native", "ASIN B0BXW2K7P4 - request to reinstate",
"""Hello,

Our baby bath seat (ASIN B0BXW2K7P4) was removed under the children's products safety requirements because we could not show a Children's Product Certificate.

The issue was caused by a gap in our paperwork. The seat was tested by a CPSC-accepted lab (Intertek, report 190312-66) to ASTM F1967-19, but our CPC was issued for the previous model number and the lab report listed the new one. Nobody on our team checked that the two matched.

What we have done so far: a new CPC listing the correct model has been issued and is attached with the full lab report. Our listing now shows the correct model number and the warning statement. We also reviewed the other four children's products we sell and found their certificates correct.

To make sure this never happens again, compliance documents are now part of our product launch checklist, and a model number change cannot be approved until the CPC and test report are updated together. Our compliance manager reviews all certificates every six months.

Thanks,
Megan Cole
Little Harbor Baby Co.""",
style="none", rc="The issue was caused by", co="What we have done so far:", pr="To make sure this never happens again",
pol=["children's products safety requirements"], dec=[("asin", "B0BXW2K7P4")], notes="no headings, content cues")

M("appeal-cancel-zh-010", A, "cancel-rate", "US", "chinese", "Appeal for pre-fulfillment cancel rate",
"""Dear Seller Performance team,

Our store Qingmu Lighting account was deactivated because pre-fulfillment cancel rate is 6.1% (target under 2.5%). Here is our plan of action.

Cause:
Our inventory software did not sync with Amazon for 5 days after we change ERP system. Amazon still show stock for 3 LED desk lamps which we already sold out, so we had to cancel 58 orders.

Actions done:
✔ The ERP connection is fixed and stock syncs every 15 minutes now.
✔ The 3 ASINs quantity was set to 0 by hand until new stock arrive.
✔ We wrote to all 58 buyers to apologize and gave them link of similar product.

Prevention:
Every day at 10am our staff will compare the ERP stock with Manage Inventory report. If the difference is more than 5 units the listing will be closed first. When we change any software in the future we will first test it with 2 listings for one week.

Best regards,
Zhang Wei""",
style="colon", rc="Cause:", co="Actions done:", pr="Prevention:",
pol=["pre-fulfillment cancel rate"], notes="check-mark corrective bullets")

M("appeal-restricted-latam-011", L, "restricted-products", "MX", "latam", "Reinstatement of listing - restricted products",
"""Hello Seller Performance team,

Our listing for the "Kratom herbal tea blend" was deactivated because it violates the Restricted Products policy (Drugs and drug paraphernalia). We accept the decision and we want to explain what we did.

What caused the problem: our product team copied the ingredients from the supplier's sheet without checking the Amazon restricted ingredients list. Kratom is not permitted.

Corrective: we deleted the listing and created a removal for the 120 units. We have retrained the two persons who create listings. We also checked all our 35 tea ASINs and no other one contains restricted ingredients.

Preventive: a new step was added in our process, every ingredient is checked against the Amazon restricted list and the FDA database before creating the listing, and the manager signs the check sheet. Every quarter we will check the list again because it changes.

We ask you to reinstate our account to sell the other products. Thank you very much.

Saludos,
Mariana López
Tés del Valle S.A. de C.V.""",
style="inline", rc="What caused the problem:", co="Corrective:", pr="Preventive:",
pol=["Restricted Products policy"], dec=[("foreign-snippet", "Saludos")], notes="latam English, inline headings")

M("appeal-dropship-in-012", A, "drop-shipping", "IN", "indian", "Appeal for account reactivation - drop shipping policy violation",
"""Dear Seller Performance,

We are writing regarding the deactivation of our account Kiran Home Decor for violation of Amazon's drop shipping policy. After investigation we have prepared below action plan.

I. Reason for violation
We were purchasing wall clocks from another online retailer and asking them to ship directly to our customers. The packages had the other retailer's invoice and name, not ours. We did not understand this is not permitted.

II. Steps already taken
a) We have stopped ordering from the other retailer with immediate effect.
b) All 17 open orders were cancelled and customers refunded.
c) We have rented a small godown in Jaipur and now we keep our own stock and pack with our own invoice.

III. Steps to prevent recurrence
Every order will be packed in our godown with Kiran Home Decor invoice and packing slip. We will do monthly check of packing slips with a random sample of 20 orders, and new staff will get training on the drop shipping policy on the first day.

Request you to kindly review and revert.

Warm regards,
Kiran Sharma""",
style="numbered", rc="I. Reason for violation", co="II. Steps already taken", pr="III. Steps to prevent recurrence",
pol=["drop shipping policy"], notes="roman numerals, 'Steps already taken'")

M("appeal-condition-native-013", A, "condition", "CA", "native", "Appeal - used sold as new / condition complaints",
"""To the Seller Performance Team,

Our account was deactivated because of buyer complaints that items sold as new were used or damaged, which goes against the Condition Guidelines. We take this seriously. Here's what we found and what we changed.

Root Cause
Customer returns at our own warehouse were put back on the shelf without inspection when they arrived in sealed-looking outer boxes. Several of them had been opened and resealed by buyers.

Actions Taken
Our entire returned stock (212 units) has been pulled and re-inspected. 41 units were moved to the Used - Very Good condition or liquidated. The staff member responsible for returns was retrained, and returns now go to a separate quarantine area.

Long-term
Every returned unit is inspected by a second person, photographed, and logged in our returns sheet before anything can be relisted, and only items with factory seals intact can be sold as new. Our warehouse lead reviews the condition complaint rate weekly.

Regards,
Jonah Pelletier
Northfield Supply Inc.""",
style="plain", rc="Root Cause", co="Actions Taken", pr="Long-term",
pol=["Condition Guidelines"], notes="plain headings, 'Long-term' prevention")

M("appeal-price-zh-014", A, "price-gouging", "US", "chinese", "Appeal - Fair Pricing Policy",
"""Hello Seller Performance,

We received that our account is deactivated for violating the Amazon Fair Pricing Policy. Our hand sanitizer gel listing price was $39.99 for 2 bottles, this is much higher than recent price.

**问题原因 / Reason**
Our repricer tool has a rule "when no competitor, price = max price". When other sellers went out of stock, the tool raised the price to our max price which was typed wrong as 39.99 instead of 13.99. Nobody check the tool for one weekend.

**Corrective actions (completed)**
- Repricer is turned off for all 28 SKUs and prices set manually back to normal.
- The wrong max price was corrected and we refunded the price difference to the 23 buyers who bought at high price.

**Preventive measures**
- New rule in repricer: the max price can not be higher than 1.3 times of the 90-day average price.
- The repricer report is checked by two people every day, include weekends.
- Long-term, we will review all min/max prices at the beginning of every month.

Thank you and we hope to get chance to sell again.
Shenzhen Aoxin Technology""",
style="bold", rc="问题原因 / Reason", co="Corrective actions (completed)", pr="Preventive measures",
pol=["Fair Pricing Policy"], dec=[("mild-plea", "we hope to get chance to sell again")],
notes="bilingual heading 问题原因 / Reason")

M("appeal-copyright-native-015", L, "ip-copyright", "UK", "native", "Reinstatement request - copyright notice on our product images",
"""Hello,

Our listing for a set of botanical art prints was removed after a copyright complaint from Fernleaf Studio, who said two of our main images were theirs.

## Background
Our freelance designer made the mock-up images. We've now learned that he used two of Fernleaf's lifestyle photos as backgrounds for the mock-ups without a licence. We did not check where the backgrounds came from.

## Done
- The two images were taken down the same day and replaced with photos we shot ourselves.
- We contacted Fernleaf Studio, apologised and they have confirmed by email that they will retract the complaint.
- We've stopped working with that designer.

## Going forward
Every image supplier now has to sign a statement that they own or have licensed all elements, and we keep the source files. Before a listing goes live one of us runs a reverse image search on each image.

We hope this is enough for the listing to come back. Our copyright mistake is fully corrected.

Best,
Harriet Moss
Moss & Fern Prints""",
style="markdown", rc="Background", co="Done", pr="Going forward",
pol=["copyright complaint"], notes="'Background'/'Done'/'Going forward'")

M("appeal-patent-tr-016", L, "ip-patent", "US", "turkish", "Listing removed - patent infringement - ASIN B0C9PLM3T8",
"""Dear Amazon Team,

Our listing ASIN B0C9PLM3T8 (foldable silicone kettle) is removed because of a patent infringement complaint under US Patent No. 10,987,321. We have reviewed the complaint.

A - Reason
Our factory produced the kettle with a folding mechanism very similar to the patent. We did not make a freedom-to-operate search before launch, only design registration in Turkey.

B - Done actions
The listing was closed by us and the 430 units in FBA were removed to our US 3PL. We contacted the patent owner and we signed a license agreement with them on 14 April 2026 (copy attached). The rights owner sent the retraction to notice-dispute@amazon.com.

C - Prevent again
From now on every new product design will be checked by our patent attorney in the USA before production. We keep a register of patents for our product categories and update it each 6 months.

Best regards,
Selin Aksoy
Aksoy Ev Gereçleri Ltd. Şti.""",
style="lettered", rc="A - Reason", co="B - Done actions", pr="C - Prevent again",
pol=["patent infringement"], dec=[("asin", "B0C9PLM3T8"), ("patent-number", "10,987,321")],
notes="lettered 'A -' headings")

M("appeal-identity-in-017", A, "identity-verification", "IN", "indian", "Account deactivated - Section 3 of the Business Solutions Agreement",
"""Dear Seller Performance Team,

Our account has been deactivated as we were not able to complete verification as per Section 3 of the Business Solutions Agreement. Please find our plan below.

What went wrong: The utility bill we uploaded was in the name of my father (the building owner) and not in the name of our firm, so the address could not be matched. Also the bank statement was older than 180 days.

What we have done: We have now obtained an electricity bill in the name of Mahalaxmi Traders dated March 2026 and a fresh bank statement from HDFC Bank with the same address. Both documents are uploaded in the verification page. The company PAN and GST certificate (GSTIN 27AABCM1234F1Z5) are also updated.

To avoid this in future: Our accountant will keep all registration documents updated in one folder and will check the Seller Central verification section every month. Whenever our address or bank changes we will update Amazon within 3 days.

Humbly request you to review the documents and reactivate.

Thanks and regards,
Prakash Kulkarni""",
style="inline", rc="What went wrong:", co="What we have done:", pr="To avoid this in future:",
pol=["Section 3 of the Business Solutions Agreement"], dec=[("gst-number", "27AABCM1234F1Z5")],
notes="BSA section in subject and text")

M("appeal-conduct-native-018", A, "seller-code-of-conduct", "US", "native", "Appeal of deactivation",
"""Seller Performance Team,

We are appealing the deactivation of Cedar & Pine Candle Co. for a violation of the Seller Code of Conduct: two of our employees contacted buyers through personal email to ask them to change negative feedback.

Our investigation found the following: after a bad batch of wicks, our two customer service reps were being measured on our feedback score. They took buyer emails from packing slips and wrote to them outside Buyer-Seller Messaging, offering refunds in exchange for removing feedback. Management did not know, but we should have.

Action | Date | Owner
Stopped all contact outside Buyer-Seller Messaging | Apr 2 | Ops manager
Removed the feedback score from staff bonus targets | Apr 3 | CEO
Retrained both reps on the Seller Code of Conduct; one has left the company | Apr 5 | HR
Full refunds to the 11 affected buyers | Apr 5 | CS lead

In the future all buyer contact goes through Buyer-Seller Messaging only, packing slips are shredded after shipping, and once a month the CS lead audits a sample of 30 conversations.

Sincerely,
Paul Hendricks, Owner""",
style="none", rc="Our investigation found", co="Action | Date | Owner", pr="In the future all buyer contact",
pol=["Seller Code of Conduct"], notes="table-like Action | Date | Owner corrective list")

M("appeal-usednew-zh-019", A, "used-sold-as-new", "UK", "chinese", "POA for used sold as new complaints",
"""Dear Amazon team,

We are Kaiyue Electronics. Our account was deactivated because customers complain the earphones sold as new is used. We sincerely apologize and this is our plan of action.

1. 原因 Root cause
Our FBA returns were sent back to our China warehouse and the workers repack them in new box, then we send them again to FBA as new. We did not realise this break the used sold as new rule.

2. 已经做的 Corrective actions
- Stop repacking of returned products immediately.
- 520 units repacked earphones in FBA was removed and sold on other channel as refurbished.
- The warehouse manager was retrained and signed the new returns process.

3. 预防措施 Preventive actions
All returned items will be listed only as Used condition or liquidated, never sent as new. Our QC staff put a red sticker on every returned box so it can not be mixed. We will check the customer complaints report each week.

Best regards,
Kaiyue Electronics Co., Ltd""",
style="numbered", rc="1. 原因 Root cause", co="2. 已经做的 Corrective actions", pr="3. 预防措施 Preventive actions",
pol=["used sold as new"], dec=[("single-apology", "We sincerely apologize")],
notes="bilingual numbered headings")

M("appeal-listing-tr-020", L, "listing-policy", "UK", "turkish", "Reactivate listing - detail page rules",
"""Hello,

Our ASIN B0D1HR6VZQ (Turkish copper coffee pot) listing is deactivated for violation of the product detail page rules. The title had promotional words and the main image had text on it.

WHY IT HAPPENED
Our designer added the text "BEST GIFT - FREE SHIPPING" on the main image and the same words to the title. We think it helps sales, we did not read the style guide careful.

WHAT WE CORRECTED
New main image is uploaded on pure white background, without any text or logo. Title is rewritten as "Handmade Copper Turkish Coffee Pot, 350 ml". We checked our other 22 listings, two had same problem, they are corrected too.

PREVENTION
Our team will check the category style guide before every new listing. Every month one person controls all titles and images with a checklist.

Thank you,
Burak Çelik""",
style="caps", rc="WHY IT HAPPENED", co="WHAT WE CORRECTED", pr="PREVENTION",
pol=["product detail page rules"], dec=[("asin", "B0D1HR6VZQ")], notes="caps headings")

M("appeal-odr-latam-021", A, "odr", "US", "latam", "Appeal ODR - Casa Lumbre",
"""Dear Seller Performance,

Our account Casa Lumbre was deactivated for the Order Defect Rate (ODR 1.8%). Please find our plan of action.

**Root causes**
1. Our handmade ceramic mugs broke in transit because we used thin bubble wrap. 
2. Negative feedback came also from a late delivery when our carrier in Laredo had delays.

**Corrective actions / preventive measures**
- We changed to double-wall boxes with molded pulp inserts, already in use since April 1.
- All buyers with broken mugs received full refund or replacement.
- We now send FBA only, so Amazon takes care of the delivery.
- From now on we will make a drop test of 5 packages every time we change packaging.
- Every Monday the account manager will review negative feedback and A-to-z claims.

We think these changes solve the problem. Thank you for reconsider our account.

Atentamente,
Luis Herrera""",
style="bold", rc="Root causes", co="Corrective actions / preventive measures", pr="From now on we will make a drop test",
pol=["Order Defect Rate", "ODR"], dec=[("foreign-snippet", "Atentamente")],
notes="prevention mixed into corrective bullets")

M("appeal-inauthentic-zh-022", A, "inauthentic", "CA", "chinese", "Appeal - inauthentic complaint ASIN B0CQ7V2MNL",
"""Dear Sir or Madam,

Our account was deactivated due to inauthentic complaints for ASIN B0CQ7V2MNL (phone case). We are the brand owner of "Lumora" (registered in Canada, TMA1234567) and we produce the case in our own factory.

# Our investigation
The buyers said "fake" because the box did not have brand logo. In January our packaging supplier sent plain white boxes by mistake and we used them for 300 units.

Corrective actions:
1) All 300 units without brand box are removed from FBA, shipment is back to our warehouse.
2) We have uploaded factory license, brand registry certificate and invoices for the packaging.
3) Customers who complained got refund.

PREVENTIVE
Going forward the QC staff check box logo before every shipment, and photo of packing is kept 1 year. We also set up a monthly review of Voice of Customer.

Thank you.
Dongguan Lumora Technology""",
style="mixed", rc="Our investigation", co="Corrective actions:", pr="PREVENTIVE",
pol=["inauthentic"], dec=[("asin", "B0CQ7V2MNL"), ("trademark-number", "TMA1234567")],
notes="mixed markdown/colon/caps headings")

M("appeal-vtr-in-023", A, "valid-tracking", "IN", "indian", "Reinstatement - VTR below 95%",
"""Dear Team,

Our account Shiv Shakti Handloom is deactivated for Valid Tracking Rate below 95%. Please check our action plan as below.

Our POA: Cause of issue
We were shipping through India Post but in Seller Central we selected carrier as "Other" and typed speed post number wrongly with spaces, so tracking was not validated.

Our POA: Corrections made
All pending orders are now shipped with Amazon Easy Ship which gives tracking automatically. Our staff has been trained on correct carrier selection. We re-updated tracking for the open orders.

Our POA: Future prevention
Going forward we will check VTR in Account Health twice a week and the dispatch clerk will copy-paste tracking IDs from courier portal only, never type them.

Please consider our appeal and revert.

Best regards,
Manoj Tiwari""",
style="our-poa", rc="Our POA: Cause of issue", co="Our POA: Corrections made", pr="Our POA: Future prevention",
pol=["Valid Tracking Rate"], notes="our-poa with colons")

M("appeal-counterfeit-native-024", L, "counterfeit", "AU", "native", "Listing reinstatement - counterfeit claim",
"""G'day Seller Performance,

Our listing for Koala Kraft beeswax wraps was taken down after a counterfeit complaint. For the record, Koala Kraft is our own registered brand (IP Australia TM 2198765) and we make every wrap in Geelong. A reseller appears to have filed the complaint by mistake.

Cause: A competing seller listed a cheaper copy on our detail page and buyers who received the copy complained to us and to Amazon. The complaints were attached to our listing.

What we did: We reported the copies through Brand Registry, the other seller's offer is gone, and we've added a holographic label on every wrap and in the images. Every complaint buyer has been refunded by us.

Prevention: we enrolled in Transparency and monitor our listing daily for new sellers, with reports filed the same day.

Cheers,
Tom Barker""",
style="colon", rc="Cause:", co="What we did:", pr="Prevention:",
pol=["counterfeit complaint"], dec=[("trademark-number", "TM 2198765")], notes="short colon POA, native AU")

M("appeal-late-zh-025", A, "late-shipment", "US", "chinese", "Appeal for LSR",
"""Dear Team,

Our account is deactivated because our LSR is 7.2%. Below is the plan of action.

Why this happened:
Our products ship from our US warehouse in California. In Chinese New Year our warehouse worker took holiday and only one person packed orders, so many orders shipped late.

What we have done
- Hired two temporary packers through agency, now all orders ship in 1 day.
- Handling time changed from 1 day to 2 days.
- Buy Shipping label is used for all orders so the ship date is confirmed right away.

What we will do to prevent
1. Before every Chinese holiday we will plan the staff 1 month ahead.
2. The warehouse will use vacation settings if staff is not enough.
3. Check late shipment rate in Account Health each day.

Thank you,
Li Na
Meiyou Home Store""",
style="mixed", rc="Why this happened:", co="What we have done", pr="What we will do to prevent",
pol=["LSR"], notes="metric abbreviation LSR; mixed colon/plain/numbered")

# ---------------------------------------------------------------- POAs missing the root cause
M("appeal-odr-zh-026", A, "odr", "US", "chinese", "Appeal - ODR too high",
"""Dear Seller Performance,

Our account is deactivated because of ODR is over 1%. We want to appeal.

Reason:
We do not know why the buyers give us negative feedback, our products are good quality and we always ship on time. Maybe some buyers want free product.

Corrective actions:
- We have contacted all buyers with negative feedback and offered refund.
- 6 A-to-z claims have been refunded by us already.
- We changed our customer service software to answer within 24 hours.

Preventive measures:
- We will check the feedback every day.
- New QC process: every product is checked before send to FBA.

Please reinstate our account, thank you.
Best regards,
Wenhao Trading""",
style="colon", co="Corrective actions:", pr="Preventive measures:", pol=["ODR"],
notes="'Reason' heading says 'we do not know why' and blames buyers: no root cause")

M("appeal-vtr-tr-027", A, "valid-tracking", "UK", "turkish", "Appeal for Valid Tracking Rate",
"""Dear Amazon,

Our account is suspended for Valid Tracking Rate. We are shipping all orders with tracking, the problem is Amazon system does not read the tracking of Turkish carrier Aras Kargo. This is not our fault.

What we did:
- All orders since 1 May are sent with UPS with tracking.
- Old orders tracking numbers are entered again (for example 1Z8A74W20412345678).
- We bought Buy Shipping labels for the UK orders.

What we will do:
We will control the VTR every week and if it goes down we will contact Seller Support immediately.

Thank you, please open our account.
Mehmet Kaya
Kaya Tekstil""",
style="colon", co="What we did:", pr="What we will do:", pol=["Valid Tracking Rate"],
dec=[("tracking-number", "1Z8A74W20412345678")],
notes="only blames Amazon's system: no root cause")

M("appeal-review-in-028", A, "review-manipulation", "IN", "indian", "Appeal against deactivation",
"""Dear Sir/Madam,

We have received notification that our account is deactivated for violating Amazon's policies regarding reviews. We request you to kindly reactivate.

Corrective Actions:
1. We have stopped all communication with buyers asking for reviews.
2. Our listing inserts have been changed and the old ones are destroyed.
3. Our staff has been made aware of the rules.

Preventive Actions:
1. All inserts will be approved by the senior manager before printing.
2. We will use only the Request a Review button.
3. Quarterly training of all team members.

We assure you that such violations will not happen in future. Kindly do the needful at the earliest.

Yours faithfully,
Deepak Joshi
Joshi Kitchenware""",
style="colon", co="Corrective Actions:", pr="Preventive Actions:",
notes="no root cause section; 'Amazon's policies regarding reviews' is generic -> no policy")

M("appeal-safety-native-029", L, "product-safety", "US", "native", "Reinstate ASIN B0C4RTN8WX",
"""Hi team,

Our space heater listing (B0C4RTN8WX) was pulled over product safety after some buyer complaints about the plug getting hot.

What we've done:
- Stopped sales and created a removal for all inventory in FBA.
- Sent 20 units to an independent lab (UL Solutions), and they passed UL 1278 testing. Report attached.
- Refunded the three customers who reported the issue.

What we'll do going forward:
- We'll add a second-stage QA check at the factory on every plug before packing.
- We'll review the customer comments on all heating products every week.

We believe the product is safe, the reports were isolated, and we'd like the listing back up.

Thanks,
Jeff Ramos
Hearthline Home""",
style="colon", co="What we've done:", pr="What we'll do going forward:", pol=["product safety"],
dec=[("asin", "B0C4RTN8WX")], notes="actions and prevention but no explanation of why the plugs got hot")

M("appeal-restricted-zh-030", L, "restricted-products", "US", "chinese", "Appeal for deactivated listing",
"""Hello,

Our listing of LED UV nail lamp has been deactivated for restricted products. We have already done the following correct actions:

1. We have deleted the words "kills 99.9% germs" from the title and description.
2. The product images with the germs picture were replaced.
3. We checked all other listings and edited 2 more listings.

In the future we will read the Restricted Products pesticide rules before listing and our manager will review every listing before it goes live.

We think now the listing is compliant, please reinstate it. Thank you very much!

Ningbo Starnail Beauty Co.""",
style="none", co="1. We have deleted the words", pr="In the future we will read", pol=["Restricted Products"],
notes="numbered actions with no heading and no root cause")

M("appeal-cancel-latam-031", A, "cancel-rate", "US", "latam", "Account deactivation - cancellation rate",
"""Hello Amazon,

I am writing for the deactivation of my account Electro Andes for cancellation rate over 2.5%.

Our investigation: we reviewed all the cancelled orders from the last 7 days period. There were 31 cancellations, most of them in the same week. It happened, and we are really sorry.

Actions: we have updated the stock of all listings and now the quantity is correct. Also all cancelled buyers received apology message. We hired a new person for inventory.

For the future we will do a weekly inventory count and compare with Amazon, and we will keep 5 units as safety stock that is not shown on Amazon.

Thanks for your understanding.
Andrés Quispe""",
style="inline", co="Actions:", pr="For the future we will do", pol=["cancellation rate"],
dec=[("single-apology", "we are really sorry")],
notes="'Our investigation' heading only restates the numbers; no cause found")

# ---------------------------------------------------------------- missing root cause AND corrective future only
M("appeal-iptm-in-032", L, "ip-trademark", "IN", "indian", "Request for reinstatement of ASIN B0B8KD3ZPQ",
"""Dear Team,

Our ASIN B0B8KD3ZPQ was removed due to trademark complaint from the brand owner. We respect intellectual property rights.

Action Plan:
1. We will remove the brand name from our title and description.
2. We will contact the rights owner and request them to retract the complaint.
3. We are going to take a trademark search training for our cataloguing team.

Going forward, every listing will be checked by our senior person before publishing and we shall maintain a list of registered brand names.

Kindly reinstate our listing at earliest.

Regards,
Nitin Bansal""",
style="none", co="Action Plan:", done=False, pr="Going forward, every listing", pol=["trademark complaint"],
dec=[("asin", "B0B8KD3ZPQ")], notes="no root cause; actions future only ('we will', 'are going to')")

M("appeal-drop-zh-033", A, "drop-shipping", "US", "chinese", "POA drop shipping",
"""Dear Seller Performance team,

We get notification our account is deactivated for Drop Shipping Policy. This is our POA.

Corrective actions
- We will removed all the products that is shipping from 1688 suppliers.
- We are remove the supplier name from packing list.
- Our company will rent a warehouse in Ontario California to keep our own inventory.

Preventive actions
- Every package will have our company name as seller of record.
- Monthly we check the packing slip of random orders.

Sorry for the trouble we made to Amazon and customers. Please give us one chance.

Guangzhou Yifan Trading Co.""",
style="plain", co="Corrective actions", done=False, pr="Preventive actions", pol=["Drop Shipping Policy"],
dec=[("single-apology", "Sorry for the trouble we made to Amazon and customers"), ("mild-plea", "Please give us one chance")],
notes="non-native future: 'we will removed', 'we are remove'; no root cause")

M("appeal-conduct-tr-034", A, "seller-code-of-conduct", "DE", "turkish", "Einspruch / appeal - seller code of conduct",
"""Dear Seller Performance,

Our account is deactivated because of the Seller Code of Conduct. We did not do anything wrong on purpose, the buyer lied in his complaint to Amazon that we threatened him.

Our plan:
- We are planning to make all buyer messages only in English and German with templates.
- We intend to give training to our customer service people about polite communication.
- A new customer service manager will be hired next month.

After that we will check all messages weekly.

Regards,
Okan Arslan
Arslan Handels GmbH""",
style="none", co="Our plan:", done=False, pr="After that we will check all messages weekly.",
pol=["Seller Code of Conduct"], notes="blames buyer only; 'planning to / intend to' future only")

# ---------------------------------------------------------------- POAs missing the corrective actions
M("appeal-odr-in-035", A, "odr", "IN", "indian", "Appeal - Order Defect Rate exceeded",
"""Dear Seller Performance Team,

Our account Laxmi Sarees was deactivated due to Order Defect Rate more than 1%.

Root Cause:
Our courier partner delivered many parcels late during Diwali period and some parcels were damaged due to rain. Also, our product images showed colour brighter than the actual saree, so customers felt the product was different and gave negative feedback.

Preventive Measures:
1. We will shift to Easy Ship during festival season.
2. We will do new photography in natural light so colours are accurate.
3. Our team will monitor feedback on daily basis and respond within 24 hours.

We humbly request you to restore our account.

Thanks & regards,
Anjali Verma""",
style="colon", rc="Root Cause:", pr="Preventive Measures:", pol=["Order Defect Rate"],
notes="root cause and preventive, nothing done or fixing the affected orders")

M("appeal-usednew-native-036", A, "used-sold-as-new", "US", "native", "Appeal: used sold as new",
"""Hello,

We're appealing the deactivation of Bayside Tech Resale for used-sold-as-new complaints.

Why it happened
Our receiving team listed open-box returns from a liquidation pallet as New because the items were still in their retail packaging. Some were missing accessories and had been used.

How we'll prevent it
From now on, anything we buy from liquidation lots will be listed as Used or Renewed only. We will train everyone who does receiving on the condition guidelines, and a supervisor will sign off on every New listing.

We value selling on Amazon and would appreciate the chance to continue.

Thank you,
Eric Lindqvist""",
style="plain", rc="Why it happened", pr="How we'll prevent it", pol=["used-sold-as-new"],
notes="future prevention, but nothing about the affected inventory or orders")

M("appeal-price-tr-037", A, "price-gouging", "AE", "turkish", "Appeal - Fair Pricing",
"""Hello Amazon team,

Our account is deactivated for Fair Pricing Policy violation on our N95 mask listing.

Root cause: Our supplier price increased 3 times in one month and we increase our price also, without compare to the market price. The price became 4 times higher than before.

Prevention: In the future we will not change price more than 10% in one week. Before every price change our manager will compare with other sellers prices and the 90 day history. If the supplier price goes too high we will stop selling the product temporarily.

Thanks for your understanding.
Hakan Öztürk
Öztürk Medikal""",
style="inline", rc="Root cause:", pr="Prevention:", pol=["Fair Pricing Policy"],
notes="no correction of the current price or affected buyers")

M("appeal-copyright-zh-038", L, "ip-copyright", "US", "chinese", "Listing appeal - copyright",
"""Dear Amazon,

Our listing of phone stand is removed because of copyright complaint.

Root cause:
Our designer downloaded some pictures from internet to make our product images, she thought the pictures are free. But the pictures belong to a photographer.

Our promise:
We are very sorry for this mistake. We will be more careful in the future and respect copyright of others. Thank you for your help and understanding.

Best wishes,
Xiamen Jiali Trade""",
style="colon", rc="Root cause:", pol=["copyright complaint"],
notes="no corrective actions; the only forward sentence is a vague promise -> no preventive either")

M("appeal-related-in-039", A, "related-accounts", "IN", "indian", "Account linked - appeal",
"""Dear Sir,

Our seller account Om Traders has been deactivated for violation of Amazon policies. As per our understanding it is because of my brother's old account. We wish to clarify.

Reason for linkage: My brother Rajesh had an account named RK Enterprises which was deactivated in 2025. We are staying in the same house and we were using the same Wi-Fi and the same laptop sometimes to check orders.

Measures for future: We will not use the same internet or devices. I will purchase separate laptop and separate broadband connection. No family member will access my Seller Central.

Kindly reinstate.

Regards,
Suresh Patel""",
style="inline", rc="Reason for linkage:", pr="Measures for future:",
notes="future-only prevention, nothing already done to separate the accounts; no policy named")

M("appeal-condition-latam-040", L, "condition", "ES", "latam", "Reinstatement of ASIN B0CMWRN7T3",
"""Dear team,

Our ASIN B0CMWRN7T3 (refurbished tablet) was deactivated under the condition guidelines for refurbished products.

What caused this: we listed the refurbished tablets under the New condition because the catalog page did not have the Renewed option and our assistant chose New. The buyers complained correctly.

To make sure this never happens again, each new listing will be reviewed by me before it is published, and our assistant will get training on the condition types.

Muchas gracias,
Carolina Méndez""",
style="none", rc="What caused this:", pr="To make sure this never happens again", pol=["condition guidelines"],
dec=[("asin", "B0CMWRN7T3"), ("foreign-snippet", "Muchas gracias")], notes="no corrective for listed units")

M("appeal-inauthentic-native-041", A, "inauthentic", "UK", "native", "Appeal - inauthentic",
"""Dear Seller Performance,

We received notice that our account was deactivated over inauthentic item complaints on three fragrance ASINs.

Root cause analysis: our sourcing team began buying from a new UK wholesaler in January whose invoices, on review, do not show a clear chain back to the brands. We cannot prove these units are genuine.

Prevention: going forward we will only buy from brand-approved distributors, keep full supply-chain invoices, and run a supplier check every quarter. New suppliers need the director's sign-off.

We apologise and hope you will accept this plan.

Regards,
Oliver Bates""",
style="inline", rc="Root cause analysis:", pr="Prevention:", pol=["inauthentic"],
dec=[("single-apology", "We apologise")], notes="nothing done about current stock from the wholesaler")

M("appeal-identity-zh-042", A, "identity-verification", "US", "chinese", "身份验证 appeal",
"""Dear Seller Performance Team,

Our account is deactivated because identity verification failed.

Root cause: our passport was expired 2 months ago and we did not upload the new passport. Also the company address on the business license is different from the address on the credit card statement because we moved office.

Preventive measures: We will update documents once they changed. Our admin will check the Seller Central notifications every day, and we will keep a calendar of all document expire dates.

Thank you so much.
Chen Yu""",
style="inline", rc="Root cause:", pr="Preventive measures:",
pol=["identity verification"], notes="no new documents submitted: missing corrective")

M("appeal-listing-in-043", L, "listing-policy", "IN", "indian", "Listing deactivated - duplicate detail page",
"""Dear Team,

Our listing was deactivated for creating a duplicate detail page for the same product.

Why this happened: While uploading our new catalogue by flat file our executive created new ASINs for 12 steel bottles which were already existing on Amazon, because our SKU numbers were different from the existing ones.

How we will avoid: Before creating any new ASIN we will search by UPC and model number. All flat file uploads will be reviewed by our catalogue head.

Kindly reinstate our listing.
Regards,
Vikas Gupta""",
style="inline", rc="Why this happened:", pr="How we will avoid:", pol=["duplicate detail page"], notes="duplicate ASINs not merged: no corrective")

# ---------------------------------------------------------------- POAs missing the preventive measures
M("appeal-late-in-044", A, "late-shipment", "IN", "indian", "Appeal for account reinstatement - late shipment rate",
"""Dear Seller Performance Team,

This is regarding deactivation of our account Ganesh Electricals due to late shipment rate of 8.3%.

Root cause: Our warehouse in Bhiwandi was flooded during heavy rains in July and we could not dispatch orders for 5 days. Our staff also could not reach the warehouse.

Corrective actions: We have cleaned the warehouse and checked the stock. All pending orders were dispatched once the water cleared and customers were informed. Handling time was increased to 4 days temporarily.

Preventive measures: We are extremely sorry for the inconvenience caused to Amazon and the customers. We thank you for your support.

Kindly reinstate our account.

Regards,
Ramesh Iyer""",
style="inline", rc="Root cause:", co="Corrective actions:", pol=["late shipment rate"],
dec=[("single-apology", "We are extremely sorry for the inconvenience caused")],
notes="'Preventive measures' heading holds only an apology and thanks")

M("appeal-review-zh-045", A, "review-manipulation", "US", "chinese", "Appeal for review manipulation",
"""Dear Amazon Seller Performance,

Our account is deactivated for manipulating product reviews. Please see our explain.

Root cause: Our marketing staff joined a Facebook group and sent free products to 30 people, asking them to leave reviews. This is against Amazon Community Guidelines and we did not know before.

Actions we have taken:
1. Stopped all contact with the Facebook group and deleted the group account.
2. The staff who did this has been dismissed.
3. We asked Amazon to remove all reviews from those 30 orders.

We will be more careful in the future. Thank you for your patience.

Best Regards,
Suzhou Hengtai Outdoor""",
style="inline", rc="Root cause:", co="Actions we have taken:", pol=["Community Guidelines"],
notes="only forward sentence is the vague promise 'we will be more careful'")

M("appeal-counterfeit-tr-046", A, "counterfeit", "UK", "turkish", "PLEASE REACTIVATE OUR ACCOUNT",
"""Dear Amazon,

PLEASE HELP US!!! Our account is closed because of counterfeit complaint for Nike socks. We are small family business in Bursa and this account is our only income. We are begging you, please give us a chance!!!

Why it happened: we bought the socks from a stock lot seller in Istanbul. He said they are original factory surplus but he has no invoice from Nike.

What we did: we deleted all Nike listings and the 200 pairs in FBA are removed (removal order AKT9LRQ2). Refund given to all buyers.

If you do not open our account we will go bankrupt and our 6 workers will lose their jobs. Please please reconsider, we never wanted to sell fake products!!!

Ahmet Şahin""",
style="inline", rc="Why it happened:", co="What we did:", pol=["counterfeit complaint"],
emo=["PLEASE HELP US!!!", "We are begging you, please give us a chance!!!", "we will go bankrupt and our 6 workers will lose their jobs", "Please please reconsider"],
dec=[("removal-order-id", "AKT9LRQ2")], notes="emotional; no prevention at all")

M("appeal-vtr-native-047", A, "valid-tracking", "US", "native", "VTR appeal",
"""Hello,

We've been suspended for our valid tracking rate, and honestly this is ridiculous. We have shipped every single order with tracking for six years.

Here's what actually happened: our shipping software (ShipRush) had an outage from April 8-10 and pushed tracking numbers to the wrong orders. About 60 orders got tracking that belonged to other packages.

We fixed it. Every one of those 60 orders has been corrected manually and we re-synced all open orders.

Your system is unfair to sellers who have been around this long and had one bad week. We expect this to be resolved quickly. If it isn't, we will be talking to our attorney about legal action.

Greg Hoffman
Hoffman Auto Parts""",
style="none", rc="Here's what actually happened:", co="We fixed it.", pol=["valid tracking rate"],
emo=["honestly this is ridiculous", "Your system is unfair", "we will be talking to our attorney about legal action"],
notes="emotional (blame, legal threat); no prevention")

M("appeal-safety-zh-048", L, "product-safety", "US", "chinese", "Appeal for listing of children toy",
"""Dear Amazon Team,

Our listing of magnetic building blocks is deactivated because we do not provide the test report of ASTM F963.

问题原因: our factory did the test but the report expired last year and we did not notice.

解决方法: we made a new test in SGS Shenzhen, the report number SZHG2604031287 is attached. We also updated the age warning on the package and the listing to "not suitable for children under 3 years, contains small magnets".

Thank you for reviewing, we are waiting for your good news.

Best regards,
Ningbo Kidsland Toys""",
style="inline", rc="问题原因:", co="解决方法:", pol=["ASTM F963"],
dec=[("certificate-number", "SZHG2604031287")], notes="Chinese labels on an English POA; no prevention")

M("appeal-related-latam-049", A, "related-accounts", "BR", "latam", "Appeal related account",
"""Hello Seller Performance,

My account was deactivated because it is related to another account. I want explain the situation.

Background: I used an accounting company in São Paulo (Contábil Rápida) that also made the registration of other sellers. They used the same email domain and the same phone number for several clients, including one client that was deactivated.

Actions taken: I changed the email of my account to my own domain, the phone number to my personal number, and I ended the contract with the accounting company. The new registration data was updated in Seller Central.

I hope you can review again. Obrigado.

Rodrigo Almeida""",
style="inline", rc="Background:", co="Actions taken:", pol=["related to another account"],
dec=[("foreign-snippet", "Obrigado")], notes="'Background' root cause; no prevention")

M("appeal-cancel-in-050", A, "cancel-rate", "IN", "indian", "URGENT!!! Account deactivated - cancel rate",
"""Respected Amazon Team,

Sir, our account is deactivated for cancellation rate and we are in very big trouble. Sir we have 30 lakh rupees stock lying in warehouse, kindly please help us, we are begging with folded hands!!!

The problem happened because our inventory sheet was not updated after a bulk order of 400 units went to an offline customer, and Amazon orders kept coming on zero stock.

We have now corrected the stock quantity of all listings by hand and cancelled orders customers have been informed.

Sir please reactivate today only, our family is depending on this business, otherwise we will be finished. Kindly kindly do the needful.

Regards,
Mahesh Chandra""",
style="none", rc="The problem happened because", co="We have now corrected", pol=["cancellation rate"],
emo=["kindly please help us, we are begging with folded hands!!!", "our family is depending on this business, otherwise we will be finished", "Kindly kindly do the needful"],
notes="emotional pleading; no prevention")

M("appeal-drop-native-051", A, "drop-shipping", "CA", "native", "Appeal: drop shipping",
"""Dear Seller Performance Team,

We were deactivated under the drop shipping policy after two buyers received packages with a Walmart packing slip.

What went wrong
When we ran out of stock over the holidays, one of our staff placed orders on Walmart.com and shipped them straight to our customers. We did not authorize this, but we're responsible for it.

Steps already taken
All 23 such orders were identified. Each buyer got an apology and a partial refund, and the staff member's purchasing access has been removed. Out-of-stock listings were set to zero.

Thank you for your time. We value our customers and our account, and we appreciate your consideration.

Regards,
Natalie Chu
Evergreen Home Goods""",
style="plain", rc="What went wrong", co="Steps already taken", pol=["drop shipping policy"],
notes="closing thanks only, no prevention")

# ---------------------------------------------------------------- corrective part future tense only
M("appeal-inauthentic-zh-052", A, "inauthentic", "US", "chinese", "Appeal - inauthentic complaint",
"""Dear Seller Performance Team,

Thank you for review our appeal. Our account was deactivated because buyers complained our bluetooth earbuds are not authentic.

一、Root cause
The earbuds are our private label "Sonivo", but our packaging looked like a famous brand and the buyers think it is a fake of that brand. Our design team used similar white box and logo position.

二、Corrective actions
1. The packaging will be redesigned with our own color and logo.
2. All inventory in FBA is going to be relabeled by our 3PL.
3. We shall send the brand registry documents to Amazon.

三、Preventive measures
Every new packaging design must be reviewed by our legal consultant before production. We will check complaints weekly.

Thanks again,
Shenzhen Sonivo Audio Co., Ltd.""",
style="numbered", rc="一、Root cause", co="二、Corrective actions", done=False, pr="三、Preventive measures",
pol=["not authentic"], notes="Chinese numerals; corrective 'will be', 'is going to be', 'shall'")

M("appeal-late-tr-053", A, "late-shipment", "US", "turkish", "Appeal: late shipment rate 11%",
"""Hi,

We are Marmara Ceramics and our account is deactivated for late shipment rate.

The issue was caused by the customs. From March our shipments from Turkey to US customers were waiting in customs 3-5 days, and we marked them shipped after the customs clearance, so they looked late.

We are planning to open a FBA account and send our stock to Amazon warehouses, so Amazon will ship. Until that we intend to increase handling time to 5 days for all products. We are going to take the US customs broker service also.

For the long term, we will watch the late shipment rate every week and never let it go over 4%.

Thank you.
Elif Yılmaz""",
style="none", rc="The issue was caused by the customs.", co="We are planning to open a FBA account", done=False,
pr="For the long term, we will watch", pol=["late shipment rate"], notes="'planning to', 'intend to', 'going to'")

M("appeal-ipp-native-054", L, "ip-patent", "US", "native", "Reinstatement request",
"""Hello Seller Performance,

Our listing for the "Swivel Pro" phone mount was removed after a patent complaint (complaint ID 1602239841).

**Root cause**
We bought the design from a contract manufacturer in Dongguan who told us it was an open design. It turns out the swivel joint is covered by a design patent held by Arkon Resources.

**Corrective action plan**
- We will reach out to Arkon to discuss a license or a retraction.
- The remaining inventory will be removed from FBA.
- We plan to work with our manufacturer on a new joint design that doesn't infringe.

**Preventive measures**
- All new products will get a patent search by outside counsel before we place a PO.
- Our contracts with manufacturers will include an IP warranty.

Thanks for considering,
Aaron Blake
Trailmount Gear""",
style="bold", rc="Root cause", co="Corrective action plan", done=False, pr="Preventive measures",
pol=["patent complaint"], dec=[("complaint-id", "1602239841")], notes="native; corrective all future")

M("appeal-odr-in-055", A, "odr", "IN", "indian", "Plan of Action - ODR",
"""Dear Amazon Seller Performance,

Greetings. We Sai Krupa Fashions would like to submit our plan of action regarding deactivation for Order Defect Rate.

(a) Root cause
The kurtis sizes in our size chart were not matching the actual garments, the tailoring unit made them one size smaller. Customers were leaving negative feedback and filing claims.

(b) Corrective actions
- Size chart will be updated with actual measurements.
- We will be checking all the stock and re-tagging the wrong sizes.
- Refund will be processed for affected customers.

(c) Preventive measures
Going forward, every batch from the tailoring unit will be measured by our QC with 5 random pieces before dispatch to FBA.

Kindly consider our appeal.

Thanks & Regards,
Pooja Nair""",
style="lettered", rc="(a) Root cause", co="(b) Corrective actions", done=False, pr="(c) Preventive measures",
pol=["Order Defect Rate"], notes="'will be updated', 'will be checking'")

M("appeal-price-latam-056", A, "price-gouging", "US", "latam", "Appeal price gouging",
"""Dear Amazon,

Our account was deactivated for pricing our water filters too high during the hurricane emergency in Florida. We never had the intention to take advantage of the situation. Unfortunately our automatic pricing moved the price during the emergency.

Root cause: The automatic repricer followed a competitor that had a very high price, and no one in our team was watching the prices during the weekend.

Action plan: we are going to disconnect the repricer, the prices of all filters will be returned to the normal price, and we will offer a refund of the difference to the affected buyers.

Prevention: we will set a maximum price limit for every product and check the prices every day, including weekends.

Thank you,
Fernando Ríos""",
style="inline", rc="Root cause:", co="Action plan:", done=False, pr="Prevention:",
dec=[("mild-word", "Unfortunately")], notes="no policy named (describes pricing during emergency); corrective future only; calm with 'Unfortunately'")

M("appeal-restricted-native-057", L, "restricted-products", "UK", "native", "Listing deactivated - CBD oil",
"""Hello,

Our listing for a hemp seed oil tincture was deactivated as a restricted product because the description mentioned CBD.

WHAT HAPPENED
Our copywriter described it as "CBD-rich", which it isn't. It's cold-pressed hemp seed oil with no cannabinoid content, and we have lab certificates to show it.

WHAT WE'RE DOING
The description and bullets will be rewritten to remove any mention of CBD. We'll upload the certificate of analysis to the listing's compliance section. The copywriter is going to be briefed on Amazon's restricted product terms.

HOW WE'LL PREVENT IT
A compliance check by our product manager will be required before any listing copy is published, using a banned-terms list.

Best regards,
Claire Whitmore""",
style="caps", rc="WHAT HAPPENED", co="WHAT WE'RE DOING", done=False, pr="HOW WE'LL PREVENT IT",
pol=["restricted product"], notes="'WHAT WE'RE DOING' heading but everything future")

# ---------------------------------------------------------------- account appeals with no POA (A016), cover letters
M("appeal-odr-zh-058", A, "odr", "US", "chinese", "Please reactivate our account",
"""Dear Amazon,

Our account is deactivated yesterday. We are a small company and have sold on Amazon for 4 years with good performance, more than 20,000 orders and 98% positive feedback.

We think it is a mistake, because our products are good and we always follow Amazon's policies. Please check again our account and reactivate it. We have many inventory in FBA warehouse and we need to pay salary to our workers.

If you need any document, please tell us, we will provide at once.

Thank you very much.
Best regards,
Foshan Meijia Furniture""",
notes="no POA, no specific policy ('Amazon's policies' generic)")

M("appeal-related-in-059", A, "related-accounts", "IN", "indian", "Request to reinstate account",
"""Dear Sir/Madam,

I am the proprietor of Balaji Mobile Accessories. I have received an email that my account is deactivated. I have not done anything wrong and I have only one account. I request you to kindly check and reactivate my account as soon as possible as my business is totally dependent on Amazon.

I have been selling since 2021 without any issue. Please tell me what is the problem so that I can correct it. I am ready to provide my PAN card, Aadhaar and GST documents for verification.

Kindly revert back at the earliest.

Thanks and regards,
Venkatesh Rao
+91 98450 12763""",
dec=[("phone", "+91 98450 12763")], notes="no POA; no policy; phone number decoy")

M("appeal-review-native-060", A, "review-manipulation", "US", "native", "Appeal - Anti-manipulation policy for customer reviews",
"""To whom it may concern,

We strongly disagree with the decision to deactivate our account for review abuse. We have never paid for reviews, given free products for reviews, or asked anyone to review our products. Every review on our listings is from a real buyer.

We believe a competitor may have posted fake positive reviews on our listings to get us suspended. We have seen this happen to other sellers in our category. We request that you investigate these reviews and reinstate our account, since we did nothing wrong.

Please let us know what information you need.

Best regards,
Laura Simmons
Simmons Pet Supply""",
pol=["review abuse"], notes="no POA; policy named in subject and as 'review abuse' in text")

M("appeal-inauthentic-tr-061", A, "inauthentic", "UK", "turkish", "Hesabım kapatıldı - appeal",
"""Hello,

My account is deactivated for inauthentic complaint. I sell original Turkish cotton towels which I produce myself in Denizli. How can my product be inauthentic when I am the producer? This decision is not correct.

I attached nothing because I don't know what document you need. I have factory registration and my own invoices. Please write me which document and I will send.

I wait your answer.
Mustafa Koç""",
pol=["inauthentic complaint"], notes="says nothing is attached; no POA")

M("appeal-drop-latam-062", A, "drop-shipping", "US", "latam", "Appeal",
"""Hello,

I received the email that my account was deactivated. I don't understand the reason, the email does not say clearly what I did wrong. I always send my products fast and the clients are happy.

Could you please tell me the exact reason? I want to solve the problem as soon as possible. My business is new and I invested all my savings.

Thank you for your help.
Sebastián Torres""",
notes="no POA; asks for reason; no policy")

M("appeal-safety-native-063", A, "product-safety", "AU", "native", "Account deactivation - urgent review",
"""Hi,

Our account was deactivated this morning. We sell kitchen knives and cutting boards and have never had a safety complaint. We believe this is an automated error.

Could someone please look at our account manually? We have 1,400 units in FBA in Sydney and Melbourne, and the deactivation has stopped all our sales just before our busiest period.

Unfortunately we cannot find any detail in Account Health beyond the deactivation banner.

Thanks,
Ben Kowalski
Kowalski Kitchen Co.""",
dec=[("mild-word", "Unfortunately")], notes="no POA, no policy; calm with 'Unfortunately'")

M("appeal-cancel-zh-064", A, "cancel-rate", "UK", "chinese", "ACCOUNT DEACTIVATED WHY",
"""Hello Amazon!!!

WHY YOU DEACTIVATE OUR ACCOUNT??? We only cancel some orders because the stock was not enough, this is normal for every seller!!! Other sellers cancel much more than us and their account is still open.

This is very unfair, we have 3 years good record. We need our account back NOW, our funds are held and we cannot pay our factory. If you do not reactivate, we will complain to the media and our lawyer will contact Amazon.

Dongguan Hengda Electronics""",
emo=["WHY YOU DEACTIVATE OUR ACCOUNT???", "This is very unfair", "We need our account back NOW", "we will complain to the media and our lawyer will contact Amazon"],
notes="shouting, threats, no POA, no policy")

M("appeal-condition-in-065", A, "condition", "IN", "indian", "Request for account review",
"""Dear Team,

We have got the message that our account is deactivated for violation of Amazon policy. We are surprised as we are selling only brand new products purchased from authorised distributors.

Kindly let us know the orders which had the complaint so that we can check from our side and send the proper explanation. We are a genuine seller and we have always followed all rules.

Hoping for a positive response.

Regards,
Arvind Menon
Menon Home Appliances""",
notes="no POA; 'Amazon policy' generic")

M("appeal-iptm-native-066", A, "ip-trademark", "US", "native", "Re: IP complaints - deactivated",
"""Seller Performance,

Our account was deactivated over trademark complaints on a handful of listings. The complainant, "Orbix Co.", registered the mark in March 2026, while we have been selling under that name since 2019. We have our own invoices, domain registration and earlier sales records showing prior use.

We are disputing the complaints with the rights owner and through our lawyer. We ask that you reinstate the account while this is resolved, because the complaints are not valid.

Thank you,
Kevin O'Brien
Orbix Outfitters""",
pol=["trademark complaints"], notes="disputes validity, no POA, nothing attached")

M("appeal-counterfeit-zh-067", A, "counterfeit", "US", "chinese", "Appeal with POA attached",
"""Dear Seller Performance Team,

Our account Yuxing Bags was deactivated for the Anti-Counterfeiting policy. We have checked all the complaints carefully.

Please find attached our Plan of Action (POA_Yuxing_20260412.pdf) with the root cause, the corrective actions and the preventive measures, and also the invoices from the brand-authorised distributor and the letter of authorization.

Thank you for your time.
Best regards,
Wang Lei""",
att=True, pol=["Anti-Counterfeiting policy"], dec=[("file-name", "POA_Yuxing_20260412.pdf")],
notes="cover letter, POA attached")

M("appeal-odr-tr-068", A, "odr", "AE", "turkish", "Plan of Action attached - Order Defect Rate",
"""Dear Amazon Team,

Our account Bosphorus Lighting was deactivated because of Order Defect Rate. We prepared a detailed plan of action and attached as PDF to this case. Also attached the screenshots of the customer messages and the carrier report.

The plan explains the carrier problem in Dubai and the changes we made to packaging. We are ready to answer any question. Thank you for your time.

Best regards,
Cem Aydın
Bosphorus Lighting FZE""",
att=True, pol=["Order Defect Rate"], notes="short cover letter; POA attached")

M("appeal-iptm-in-069", A, "ip-trademark", "IN", "indian", "Appeal - Intellectual Property Policy - POA enclosed",
"""Dear Seller Performance Team,

With reference to the deactivation of our account under the Amazon Intellectual Property Policy, we have enclosed our detailed plan of action along with the retraction email from the rights owner (Mr. Harish of Nirmala Agencies) and our updated invoices.

Kindly go through the enclosed documents and reinstate our account.

Thanking you,
Neha Saxena
Saxena Brothers""",
att=True, pol=["Amazon Intellectual Property Policy"], notes="POA 'enclosed'")

# ---------------------------------------------------------------- other languages
M("appeal-conduct-zh-070", A, "seller-code-of-conduct", "US", "chinese", "申诉：违反亚马逊卖家行为准则",
"""尊敬的亚马逊卖家绩效团队：

您好！我们的店铺"悦家生活"因违反《亚马逊卖家行为准则》被停用。我们认真学习了相关政策，现提交以下行动计划。

一、问题原因
我们的运营人员为了提高排名，用员工的私人买家账号购买了自己的产品，并在商品页面上给竞争对手留下了差评。公司管理层之前没有发现这个问题，没有对员工进行政策培训。

二、已经采取的措施
1. 涉事的两名员工已被辞退。
2. 所有员工的私人买家账号已从公司电脑和网络中删除。
3. 我们已联系亚马逊，要求删除这些不真实的评论。

三、预防措施
今后所有运营人员入职时必须学习亚马逊政策并签字确认。公司每月进行一次内部检查，禁止在办公网络登录任何与店铺有关的买家账号。

感谢您的审核！
深圳市悦家生活科技有限公司""",
lang="zh", style="numbered", rc="一、问题原因", co="二、已经采取的措施", pr="三、预防措施",
pol=["亚马逊卖家行为准则"], notes="Chinese POA on US (T001); policy named in Chinese")

M("appeal-iptm-zh-071", L, "ip-trademark", "UK", "chinese", "Listing 申诉",
"""您好，

我们的商品 B0CZ9M4KQT 因为侵犯知识产权政策被下架。投诉编号：1611073452。

我们已经删除了标题里的品牌词，并且联系了权利人，但是对方一直没有回复。我们会在一周内再次联系他们，请求撤回投诉。以后我们上架新产品之前会先查商标。

我们真的不知道这个词是别人的商标，希望亚马逊理解，尽快恢复我们的商品。谢谢！

杭州品优贸易""",
lang="zh", style="none", co="我们已经删除了标题里的品牌词", pr="以后我们上架新产品之前会先查商标", pol=["知识产权政策"],
dec=[("asin", "B0CZ9M4KQT"), ("complaint-id", "1611073452")], notes="Chinese on UK; no root cause ('we didn't know' is not a cause)")

M("appeal-odr-latam-072", A, "odr", "US", "latam", "Apelación - Tasa de defectos en pedidos",
"""Estimado equipo de Desempeño del Vendedor:

Nuestra cuenta fue desactivada porque la tasa de defectos en pedidos (ODR) superó el 1 %. Presentamos nuestro plan de acción.

Causa raíz: nuestro proveedor de paquetería en Texas perdió varios paquetes en febrero y los compradores abrieron reclamaciones de la Garantía de la A a la Z. Además, la descripción de las tallas de nuestras botas no era clara.

Acciones correctivas: reembolsamos a todos los clientes afectados, cambiamos a Compra de Envío de Amazon y actualizamos la tabla de tallas con medidas en pulgadas y centímetros.

Medidas preventivas: de ahora en adelante revisaremos la salud de la cuenta cada lunes y responderemos a los mensajes de los compradores en menos de 12 horas.

Atentamente,
Javier Castillo
Botas del Norte LLC""",
lang="es", style="inline", rc="Causa raíz:", co="Acciones correctivas:", pr="Medidas preventivas:",
pol=["tasa de defectos en pedidos (ODR)"], notes="Spanish POA on US")

M("fba-lost-tr-073", F, "", "UK", "turkish", "Kayıp envanter - FBA15K7D2QX9",
"""Merhaba Amazon Satıcı Destek,

FBA15K7D2QX9 numaralı gönderimizde 240 adet bornoz gönderdik, ancak sadece 214 adet teslim alındı olarak görünüyor. 26 adet eksik. Kargo şirketi UPS, takip numarası 1Z9W3E680398127744, teslimat 3 Mart 2026 tarihinde imzalı olarak yapıldı.

Taşıma belgesi ve paket listesi ektedir. Lütfen eksik ürünleri araştırın ve bulunamazsa geri ödeme yapın. SKU: BRNZ-WHT-L ve BRNZ-GRY-M.

Teşekkürler,
Zeynep Karaca
Karaca Tekstil""",
lang="tr", topic="lost-inbound", dec=[("shipment-id", "FBA15K7D2QX9"), ("tracking-number", "1Z9W3E680398127744"), ("sku", "BRNZ-WHT-L")],
notes="Turkish reimbursement on UK")

M("tech-deposit-de-074", T, "", "UK", "other-non-native", "Bankverbindung kann nicht gespeichert werden",
"""Hallo Seller Support,

seit gestern versuche ich, unser neues Bankkonto als Auszahlungsmethode für den UK-Marktplatz hinzuzufügen. Nach dem Speichern erscheint immer die Meldung "Wir konnten Ihre Bankdaten nicht überprüfen. Bitte versuchen Sie es später erneut."

Die Daten sind korrekt, ich habe sie dreimal geprüft:
Kontoinhaber: Berger Outdoor GmbH
IBAN: DE44 5001 0517 5407 3249 31
BIC: INGDDEFFXXX

Unsere USt-IdNr. ist DE298765431. Können Sie bitte prüfen, woran es liegt? Die nächste Auszahlung ist am Freitag fällig.

Viele Grüße
Thomas Berger""",
lang="de", topic="deposit-method", sec=[("iban", "DE44 5001 0517 5407 3249 31")],
dec=[("swift-code", "INGDDEFFXXX"), ("tax-id", "DE298765431")], notes="German on UK; IBAN with spaces, BIC and VAT decoys")

M("tech-payment-ja-075", T, "", "JP", "other-non-native", "クレジットカードの登録エラーについて",
"""Amazon出品サポート御中

いつもお世話になっております。株式会社ミナト商会の佐藤です。

出品用アカウントの請求方法としてクレジットカードを登録しようとしていますが、「カード情報を確認できませんでした」というエラーが表示されて登録できません。カード会社に問い合わせたところ、カード自体には問題がないとのことでした。

念のため登録しようとしたカード情報を記載します。
カード番号：5200 8261 4439 9073
有効期限：2028年11月
セキュリティコード：774

お手数ですが、原因を調べていただけますでしょうか。月額登録料の支払期限が近いため、早めのご対応をお願いいたします。

よろしくお願いいたします。
佐藤 健一""",
lang="ja", topic="payment-method", sec=[("card", "5200 8261 4439 9073"), ("card-expiry", "2028年11月"), ("card-code", "774")],
notes="Japanese on JP (not English-required); card with full-width colons")

M("tech-login-zh-076", T, "", "US", "chinese", "无法登录卖家后台",
"""您好，

我们的卖家账号从昨天开始无法登录，输入密码后一直提示"出现问题，请重试"。两步验证的短信也收不到。我们已经换了电脑和浏览器，还是一样的问题。

为了方便你们测试，账号信息如下：
登录邮箱：ops@hengyuan-trade.com
登录密码：Hy@2026shop88
刚才收到的动态码 558204，不知道还有没有用。

我们有很多订单需要发货，请尽快帮我们处理。谢谢！

恒远贸易 客服部""",
lang="zh", topic="login", sec=[("password", "Hy@2026shop88"), ("one-time-code", "558204")],
notes="Chinese on US (T001); password after 登录密码：, dynamic code in a sentence")

# ---------------------------------------------------------------- FBA reimbursements
M("fba-lost-zh-077", F, "", "US", "chinese", "Reimbursement request for lost inbound shipment FBA18XQ4T7KP",
"""Hello Seller Support,

Our shipment FBA18XQ4T7KP was delivered to ONT8 on 2026-03-02 by our forwarder (SPD, PRO number 742018365), 12 cartons with 600 units of SKU YT-MUG-350. But receiving is closed and only 540 units were received, 60 units missing.

We attach the BOL signed by the warehouse, the carton list and the commercial invoice (INV-20260214-07). The carton weight also match the 12 cartons.

Please investigate and reimburse the missing 60 units. Thank you!

Best regards,
Ningbo Yuetao Homeware""",
topic="lost-inbound", dec=[("shipment-id", "FBA18XQ4T7KP"), ("pro-number", "742018365"), ("invoice-number", "INV-20260214-07"), ("sku", "YT-MUG-350")],
notes="9-digit PRO number decoy (fails ABA)")

M("fba-damaged-in-078", F, "", "IN", "indian", "Claim for damaged units in fulfillment centre",
"""Dear Seller Support,

As per the Inventory Adjustments report, 18 units of our FNSKU X0029PL3QZ (glass water bottle 1L) were marked as damaged in warehouse BLR7 on 11th March, reason code E (damaged at Amazon fulfilment centre). However we have not received any reimbursement till date.

Kindly check and reimburse the same as per FBA policy. Our selling price is Rs. 649 per unit.

Also please note we are not able to find the reimbursement in the Reimbursements report. Kindly revert with the status.

Thanks & regards,
Ritu Kapoor
Kapoor Glassware
Mob: 98110 45672""",
topic="warehouse-damaged", pol=["FBA policy"], dec=[("fnsku", "X0029PL3QZ"), ("phone", "98110 45672")],
notes="Indian English; phone decoy")

M("fba-return-native-079", F, "", "US", "native", "Customer return not received - order 113-4827719-3306152",
"""Hi,

The buyer on order 113-4827719-3306152 was refunded $84.99 on March 18 for a return, but the item never came back to our inventory. It has been 52 days since the refund. The return tracking (1Z999AA10123456784) shows "label created" only.

Per the FBA customer returns reimbursement policy, we should either get the unit back or be reimbursed. Could you please look into this and reimburse us for the unit?

Thanks,
Rachel Kim
Pinewood Kitchen""",
topic="customer-return", pol=["FBA customer returns reimbursement policy"],
dec=[("order-id", "113-4827719-3306152"), ("tracking-number", "1Z999AA10123456784")], notes="calm native reimbursement")

M("fba-removal-tr-080", F, "", "UK", "turkish", "Removal order lost - not delivered",
"""Hello,

We created removal order 7pLkR2mWqz for 95 units of our ceramic plates in February. The status shows "Completed" but we received only 1 box with 31 units. The other 64 units never arrived to our warehouse in Birmingham.

Royal Mail tracking for the delivered box: JD014600006281450123. There is no tracking for the other boxes.

Please investigate where are the 64 units and reimburse if they are lost. This is already the third time we write about this and every time we get automatic answer, it is really frustrating.

Best regards,
Ayşe Polat""",
topic="removal", dec=[("removal-order-id", "7pLkR2mWqz"), ("tracking-number", "JD014600006281450123"), ("mild-word", "it is really frustrating")],
notes="calm but annoyed: mild word decoy")

M("fba-lost-native-081", F, "", "US", "native", "FIFTH TIME ASKING - WAREHOUSE LOST 300 UNITS",
"""THIS IS THE FIFTH CASE I HAVE OPENED ABOUT THIS!!!

Your warehouse lost 300 units of our best seller (FNSKU X003KD92LM) between January and March. The inventory ledger shows them as "misplaced" and then they just disappear. Nobody has reimbursed a single unit. Every reply I get is a copy-paste that doesn't even answer the question.

This is absolutely unacceptable. You are stealing from small sellers and you know it. We are a three person business and you are holding $9,000 of our money. If this is not fixed this week I will file a claim in small claims court and I will post every one of these case replies on social media.

Fix it.

Dave Morrison""",
topic="warehouse-lost",
emo=["THIS IS THE FIFTH CASE I HAVE OPENED ABOUT THIS!!!", "This is absolutely unacceptable.", "You are stealing from small sellers and you know it.", "I will file a claim in small claims court and I will post every one of these case replies on social media"],
dec=[("fnsku", "X003KD92LM")], notes="shouting, accusation, legal and social-media threats")

M("fba-inbound-zh-082", F, "", "CA", "chinese", "Inbound shipment damaged - FBA17LN3VD8C",
"""Dear Amazon team,

Our shipment FBA17LN3VD8C arrived to YYZ4 and 48 units of the ceramic vase were marked damaged at receiving. Our packing was very good with foam, we have photos before pickup. We think the boxes were damaged by the carrier partner of Amazon (Amazon Partnered Carrier, tracking 1Z6F12W80366720913).

Please check and give reimbursement for 48 units. The unit cost is CAD 22.50 according to our invoice.

Thanks a lot,
Jiangxi Taoyuan Ceramics""",
topic="damaged-inbound", dec=[("shipment-id", "FBA17LN3VD8C"), ("tracking-number", "1Z6F12W80366720913")], notes="Chinese English, calm")

M("fba-return-in-083", F, "", "IN", "indian", "Wrong item returned by customer - kindly reimburse",
"""Dear Team,

For order ID 408-3391746-2215563 customer has returned a cheap local mixer instead of our Bajaj mixer grinder. The returned item is now in our inventory as sellable, but it is not our product. Photos and the return LPN LPNRR832716054 are attached.

Kindly remove the wrong item and reimburse us for the original unit as per the return policy.

Request you to do the needful at the earliest.

Thanks,
Sanjay Kulkarni""",
topic="customer-return", pol=["return policy"], dec=[("order-id", "408-3391746-2215563"), ("lpn", "LPNRR832716054")],
notes="order ID and LPN decoys")

M("fba-lost-latam-084", F, "", "MX", "latam", "Reimbursement - units lost in transfer",
"""Hello,

In the inventory ledger I see that 35 units of SKU MX-TQL-09 (talavera plates) were in transfer from MEX1 to MEX2 since February 2 and they never arrived. It is more than 45 days. Unfortunately the automatic reimbursement did not happen.

Please open an investigation and reimburse the 35 units. I attach the screenshot of the ledger with the transfer lines and the dates.

Thank you very much,
Gabriela Ortiz""",
topic="warehouse-lost", dec=[("sku", "MX-TQL-09"), ("mild-word", "Unfortunately")], notes="calm; one 'Unfortunately'")

M("fba-reimb-in-085", F, "", "IN", "indian", "Reimbursement not credited to bank - please check",
"""Dear Seller Support,

Amazon has approved reimbursement of Rs. 18,450 (reimbursement ID 2837461950) for lost units on 2nd April but the amount is not shown in our settlement. Our bank account details are as below for your verification:

Account Name: Sri Venkateswara Traders
A/c No: 50100238746512
IFSC: HDFC0001234
Branch: Koramangala, Bengaluru

Kindly check whether amount is credited to the correct account and revert back.

Regards,
Lakshmi Narayanan""",
topic="warehouse-lost", sec=[("bank-account", "50100238746512")],
dec=[("reimbursement-id", "2837461950"), ("ifsc", "HDFC0001234")], notes="bank account pasted with IFSC decoy")

M("fba-damaged-native-086", F, "", "UK", "native", "Warehouse damage reimbursement query",
"""Hello,

We're writing about 12 units of our walnut chopping boards that were recorded as damaged in the warehouse (LTN4) on 3 April. The reimbursement we received was £4.10 per unit, which appears to be based on an old, discounted price rather than our current selling price of £34.00.

I'm sorry to raise this again, I know it's a small amount, but it adds up for a business our size. Could you please review the valuation and adjust it?

Many thanks,
Fiona Marsh
Marsh Woodcraft""",
topic="warehouse-damaged", dec=[("single-apology", "I'm sorry to raise this again")], notes="single apology decoy")

M("fba-fire-native-087", F, "", "US", "native", "Removal shipment destroyed - fire at our warehouse",
"""Hello,

I want to let you know about a situation and ask how to handle it. There was a fire at our third-party warehouse in Reno on April 9. No one was hurt, but the removal shipment that Amazon delivered on April 7 (removal order id 3hGQ8LmK2x, 210 units) was destroyed before we could inspect it.

We believe about 40 of those units were already damaged when they left the fulfillment center, based on the photos our warehouse took at intake. Can we still open a claim for those 40 units, and what documentation would you need given that the goods no longer exist? We have the intake photos and the fire department report.

Thank you,
Maria Gonzalez
High Desert Supply""",
topic="removal", dec=[("removal-order-id", "3hGQ8LmK2x")], notes="calm letter about a serious event (fire)")

# ---------------------------------------------------------------- technical issues
M("tech-login-native-088", T, "", "CA", "native", "Locked out after 2-step verification change",
"""Hi Seller Support,

I changed my phone last week and now I can't get past Two-Step Verification. The codes go to my old number, which I no longer have. I've already reset the password twice, but that doesn't help with the 2SV step.

If it helps you verify it's me, my pass is Maple!Ridge2026 if you need it, and the business is registered to the same address as always.

Please let me know how to move the 2SV to my new phone number (604-555-0182).

Thanks,
Caroline Dubois
Dubois Maple Products""",
topic="login", sec=[("password", "Maple!Ridge2026")],
dec=[("password-word", "reset the password"), ("phone", "604-555-0182")], notes="password inside a sentence, plus a password-word decoy")

M("tech-payment-in-089", T, "", "IN", "indian", "Unable to update credit card for subscription fee",
"""Dear Team,

Our monthly subscription fee payment is failing and we are unable to add the new card. The error displayed is: "There was a problem processing your card. Please verify the details and try again."

Card details as follows for your reference:
Card No: 4532-0188-7465-0212
Expiry: 09/29
CVV: 318
Name on card: RAJESH KHANNA

We have confirmed with the bank that international transactions are enabled. Kindly check from your end and do the needful.

Regards,
Rajesh Khanna""",
topic="payment-method", sec=[("card", "4532-0188-7465-0212"), ("card-expiry", "09/29"), ("card-code", "318")],
notes="full card details with dashes")

M("tech-deposit-native-090", T, "", "US", "native", "Deposit method verification failing",
"""Hello,

Our deposit method keeps showing "Verification failed - please update your bank information." We moved our business account to Chase in March. Here's what we entered, in the same format as the form:

Field | Value
Account holder | Lakeside Candle Company LLC
Routing number | 021000021
Account number | 7738 2019 4561
Account type | Checking

Our EIN is 84-2917365 and it matches the account. Our old card ending 4242 is still on file for charges and that's fine. Could you tell us what's wrong with the bank details?

Thanks,
Jessica Morales""",
topic="deposit-method", sec=[("routing-number", "021000021"), ("bank-account", "7738 2019 4561")],
dec=[("tax-id", "84-2917365"), ("masked-card", "card ending 4242")], notes="secrets in a table row; EIN and masked card decoys")

M("tech-deposit-tr-091", T, "", "AE", "turkish", "Payment account not accepted",
"""Hello Seller Support,

I want to change our deposit account to our Turkish bank account but the page says "Invalid IBAN". I am sure it is correct. Our IBAN is TR33 0006 1005 1978 6457 8413 26 in Türkiye İş Bankası, in USD currency.

Maybe the system does not accept the spaces? When I write it without spaces, or with dashes, it also does not work. Please check.

Thank you,
Murat Güneş
Güneş Halı Export
Tel: +90 212 555 47 80""",
topic="deposit-method", sec=[("iban", "TR33 0006 1005 1978 6457 8413 26")], dec=[("phone", "+90 212 555 47 80")],
notes="IBAN with spaces in a Turkish-English message")

M("tech-upload-zh-092", T, "", "US", "chinese", "Flat file upload error 8541",
"""Dear Seller Support,

When we upload our flat file for new variation listings, the processing report shows error for all 24 SKUs:

"Error 8541: The data you submitted conflicts with the existing catalog data for the ASIN B0D7XKR2TQ. The following attributes are in conflict: item_package_quantity (Merchant: '1' / Amazon: '2')."

Our product is single pack, the catalog data is wrong. Feed ID 228937016541. We want to correct the catalog package quantity to 1. Please help us to fix.

Best regards,
Xu Ming
Yiwu Mingda Crafts""",
topic="listing-upload", dec=[("error-code", "Error 8541"), ("asin", "B0D7XKR2TQ"), ("feed-id", "228937016541")],
notes="error text copied from Seller Central")

M("tech-report-in-093", T, "", "IN", "indian", "Settlement report download failing",
"""Dear Seller Support,

Since last week we are unable to download the date range settlement report. When we click on "Request Report" it shows "We're sorry, an error occurred. Please try again later. (Error: RPT-5XX)".

We have tried in Chrome and Firefox and also cleared cache. Our CA needs this for GST filing before 20th of this month.

Settlement ID for reference: 21874366021. Kindly look into this on priority basis.

Thanks & regards,
Amit Srivastava""",
topic="report-error", dec=[("error-code", "RPT-5XX"), ("settlement-id", "21874366021")], notes="calm Indian tech issue")

M("tech-page-native-094", T, "", "UK", "native", "Manage Inventory page not loading",
"""Hi,

For the past three days the Manage All Inventory page just shows a spinner and then "Sorry, something went wrong on our end." Every other page in Seller Central loads fine. We have around 3,400 SKUs.

We've tried different browsers, incognito, and a different network. A colleague on a different user login sees the same thing.

This is stopping us from updating prices before the bank holiday weekend. Can someone escalate to the technical team?

Cheers,
Sam Fletcher""",
topic="page-error", notes="plain tech issue, no decoys")

M("tech-api-zh-095", T, "", "US", "chinese", "SP-API authorization error",
"""Hello,

Our ERP can not connect to SP-API anymore. The response is:

{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":"The access token you provided is revoked, malformed or invalid."}]}

We already did re-authorization in Seller Central > Apps and Services > Manage Your Apps, and generated new refresh token. App ID amzn1.sp.solution.7f3e2a10-4c5b-4d8e-9a1f-2b6c8d0e4f13. Our developer account is in good status. Please help check.

By the way our seller central password is changed recently, could this be related?

Thanks,
Guo Jun""",
topic="api", dec=[("app-id", "amzn1.sp.solution.7f3e2a10-4c5b-4d8e-9a1f-2b6c8d0e4f13"), ("password-word", "password is changed")],
notes="API error JSON; password mentioned without value")

M("tech-login-in-096", T, "", "IN", "indian", "OTP not working - cannot login",
"""Dear Sir/Madam,

I am not able to login to my seller account. After entering the password it asks for OTP and when I enter the OTP it shows "The code you entered is not valid". I tried 5 times. Last OTP I got was 730 412 and it also failed.

Please help as I have 40 orders pending for dispatch. My registered mobile is 9876543210.

Regards,
Pradeep Yadav
Yadav Agro Products""",
topic="login", sec=[("one-time-code", "730 412")], dec=[("otp-word", "it asks for OTP"), ("phone-like", "9876543210")],
notes="OTP value with a space; OTP word decoy")

M("tech-tax-tr-097", T, "", "US", "turkish", "Tax interview keeps failing",
"""Hello,

We are a Turkish company and we try to complete the tax interview with W-8BEN-E form. At the end it says "Your tax information could not be validated. Please review and resubmit." We tried 4 times.

Our company name is exactly as in the Turkish tax certificate: Demirtaş Deri Sanayi ve Ticaret A.Ş., tax number 2930481726. We don't have US TIN, we selected the treaty with Türkiye.

Also my manager asked me to write our login details here so you can check faster: username info@demirtasderi.com.tr, şifre: Deri*2026*Ist

Please help.
Canan Demirtaş""",
topic="tax-interview", sec=[("password", "Deri*2026*Ist")], dec=[("tax-id", "2930481726")],
notes="password after Turkish label 'şifre:'")

M("tech-signature-in-098", T, "", "IN", "indian", "Unable to create shipping plan - error",
"""Dear Team,

While creating a new shipment plan for our FBA inventory we get the error "We are unable to create an inbound plan at this time. Please try again later." This is happening for all SKUs since Monday.

Kindly look into it.

Thanks & Regards,
Harish Menon
Operations Head - Menon Spices Pvt Ltd
Seller Central login: harish@menonspices.in / pwd: Spice#Kochi77
Phone: 0484 2356718""",
topic="inventory", sec=[("password", "Spice#Kochi77")], dec=[("phone", "0484 2356718")],
notes="password in an email signature")

M("tech-bank-zh-099", T, "", "US", "chinese", "Payment not received to our bank account",
"""Dear Seller Support,

Our last two disbursements are not received by our bank. The amount is USD 12,388.40, the status in Payments is "Successful". Our bank says they did not receive.

Bank information in Seller Central:
开户行：中国工商银行深圳福田支行
银行卡号：6228 4801 9374 6552 184
开户行账号 4000 0231 0920 0188 561

Can you please give us the trace number of the transfer so our bank can find the money? Thank you.

Shenzhen Lianfa Technology""",
topic="deposit-method", sec=[("card", "6228 4801 9374 6552 184"), ("bank-account", "4000 0231 0920 0188 561")],
notes="19-digit UnionPay card and bank account after Chinese labels (no colon on the second)")

M("tech-despair-latam-100", T, "", "US", "latam", "PLEASE HELP - listings suppressed for 3 weeks",
"""Please, I need help!!! For 3 weeks all my listings are "Search Suppressed" and I don't know why. I opened 6 cases and nobody answers me correctly!!!

The message says "Missing required attribute" but all the attributes are filled. I have no sales for 21 days. I have invested all my money in this inventory and I am going to lose everything, I can't pay my rent. Please, please, I am desperate, somebody help me!!!

My ASINs: B0CN4WQ8ZS, B0CN4WT2XH.

Valentina Rojas""",
topic="listing-upload", emo=["Please, I need help!!!", "nobody answers me correctly!!!", "I am going to lose everything, I can't pay my rent", "Please, please, I am desperate, somebody help me!!!"],
dec=[("asin", "B0CN4WQ8ZS")], notes="despair in a technical issue")

# ---------------------------------------------------------------- brand disputes
M("brand-hijack-zh-101", B, "", "US", "chinese", "Hijacker on our brand listing - trademark 6543210",
"""Dear Brand Registry Team,

We are the owner of the brand "Vonleaf" (USPTO Reg. No. 6543210). Since 3 days one seller "BestDeal-US-Store" (merchant token A2KQ8P1ZV9XW3M) is selling on our ASIN B0CRV8N2LK with lower price. We made a test buy (order 112-8830462-9715528) and the product is a fake copy, without our logo and with different material.

Please remove this seller from our listing. We attach the test buy photos and our trademark certificate.

Thank you!
Vonleaf Official""",
topic="hijacker", dec=[("trademark-number", "6543210"), ("merchant-token", "A2KQ8P1ZV9XW3M"), ("asin", "B0CRV8N2LK"), ("order-id", "112-8830462-9715528")],
notes="merchant token, trademark number and order id decoys")

M("brand-contrib-native-102", B, "", "US", "native", "Unauthorized changes to our detail page",
"""Hello,

Someone keeps changing the main image and title on our brand's detail page (ASIN B0BQ7TNM4D). We're the registered brand owner in Brand Registry, but our contributions keep getting overwritten within a day or two by another seller's data.

We've submitted the correct title and image through the Brand Registry "Report a brand violation" tool three times. Each time it gets reverted.

Can you lock the listing's key attributes to the brand's contribution and tell us which contributor keeps changing it?

Thanks,
Alicia Turner
Brightside Kitchen""",
topic="listing-contribution", dec=[("asin", "B0BQ7TNM4D")], notes="calm native brand dispute")

M("brand-owner-in-103", B, "", "IN", "indian", "Brand name dispute - we are the original brand owner",
"""Dear Brand Registry Support,

We are the original owner of the brand "Aarohi" (Indian trademark application no. 5123987, class 25). Another party has enrolled the same brand name in Brand Registry using a US registration and now they have reported our listings as infringing.

We have been selling Aarohi kurtas on Amazon.in since 2019 and we have GST invoices, trademark filing receipts and our website since 2018 as evidence. Kindly review the enrollment and restore our brand access.

Awaiting your kind response.

Regards,
Nandini Rao""",
topic="brand-ownership", dec=[("trademark-number", "5123987")], notes="trademark application number decoy")

M("brand-threat-tr-104", B, "", "UK", "turkish", "STOP THE COPY SELLERS OR WE WILL SUE",
"""Hello Amazon,

For 2 MONTHS we report the same sellers who sell copies of our registered brand "Lykia Olive" (UK00003891234) and NOTHING HAPPENS!!! Every week a new seller comes with fake products on our listing and you do not do anything!!!

This is ridiculous. We pay you fees every month and you protect the thieves. If these sellers are not removed until Friday we will sue Amazon for the damages and we will go to the media in Türkiye and UK.

Bülent Erdem
Lykia Olive Ltd""",
topic="hijacker", emo=["NOTHING HAPPENS!!!", "you do not do anything!!!", "This is ridiculous.", "you protect the thieves", "we will sue Amazon for the damages and we will go to the media"],
dec=[("trademark-number", "UK00003891234")], notes="shouting and threats")

M("brand-transparency-zh-105", B, "", "US", "chinese", "Transparency codes - units rejected",
"""Hello Brand Registry,

We enrolled our brand in Transparency. Our shipment FBA16MQ9W3LC was received but 320 units were marked unfulfillable with reason "Transparency code missing or invalid". But we put the code on every unit, an example code is AZ:9KX4TQ2M7PR8WD3VL5.

Our label printing company used the codes from the file we downloaded on 2026-02-20. Please check if the codes were activated. We attach the photo of labels.

Thanks,
Hangzhou Qiyue Tech""",
topic="brand-program", dec=[("shipment-id", "FBA16MQ9W3LC"), ("transparency-code", "AZ:9KX4TQ2M7PR8WD3VL5")],
notes="Transparency code decoy")

M("brand-quote-native-106", B, "", "AU", "native", "Counterfeit copies reaching our customers",
"""Hello,

We want to flag a seller offering counterfeit versions of our brand, Saltbush Skincare, on ASIN B0C2WHL9KM. We know this because our customers contact us directly. One wrote to us last week:

"THIS IS A DISGRACE. The cream burned my face and smells like plastic. You people are scammers and I'm reporting you!!!"

The product she received was not made by us (the batch number on her jar, L2025-0917, doesn't exist in our records). Could the Brand Registry team investigate the offer from "OzBeautyDeals" and run a test buy?

Kind regards,
Priya Sandhu, Brand Manager""",
topic="hijacker", dec=[("asin", "B0C2WHL9KM"), ("quoted-buyer-anger", "THIS IS A DISGRACE. The cream burned my face and smells like plastic. You people are scammers and I'm reporting you!!!"), ("lot-number", "L2025-0917")],
notes="calm seller quoting a buyer's angry message: not emotional")

# ---------------------------------------------------------------- category approvals
M("cat-grocery-in-107", C, "", "IN", "indian", "Request for approval in Grocery & Gourmet category",
"""Dear Category Team,

We request approval to sell in Grocery & Gourmet Foods category. We are a registered manufacturer of spice blends in Kochi with FSSAI licence no. 11324008000512.

As required we have uploaded three invoices from our raw material suppliers dated within last 180 days, showing purchase of more than 10 units each. Also attached is FSSAI licence, lab test report from NABL accredited lab, and product label images with ingredient list and veg symbol.

Kindly approve our application at the earliest.

Thanks & Regards,
Joseph Mathew
Malabar Spice Works""",
topic="grocery", dec=[("certificate-number", "11324008000512")], notes="invoices described; FSSAI licence number decoy")

M("cat-beauty-zh-108", C, "", "US", "chinese", "Category approval for Beauty topicals - rejected 2 times",
"""Hello,

We applied for Beauty topical products approval two times but it is rejected. The reason says "The invoice does not meet the requirements." Our invoice is from the manufacturer Guangzhou Meiyan Cosmetics, invoice number MY2026-0311, 500 units of face serum, and it has our company name and address.

Could you please tell what is wrong with the invoice? Is it because the invoice is in Chinese and English? We also have the COA and the FDA cosmetic registration number.

Thank you,
Lin Xiaomei""",
topic="beauty-topicals", dec=[("invoice-number", "MY2026-0311")], notes="calm; invoice described")

M("cat-plea-tr-109", C, "", "UK", "turkish", "Approval for Jewellery category please",
"""Dear Amazon,

We are a family jewellery workshop in Kapalıçarşı, Istanbul for 3 generations. We applied for the Fine Jewellery category 4 times and every time rejected!!! We don't understand why!!!

We sent the hallmark certificate, invoices of gold purchase, photos of our workshop. What more can we do??? Please, please, we beg you, give us this approval, we have put all our savings to open this store and my father is waiting every day for this news.

Thank you, thank you very much.
Serkan Altın""",
topic="jewelry", emo=["every time rejected!!! We don't understand why!!!", "What more can we do???", "Please, please, we beg you, give us this approval", "we have put all our savings to open this store"],
notes="pleading and exclamation marks in a category request")

M("cat-auto-native-110", C, "", "US", "native", "Automotive category ungating - invoices attached",
"""Hello,

We're requesting approval to list in Automotive & Powersports. We're an authorized dealer for two brake component manufacturers.

Attached are: two invoices from Dorman Products and one from our distributor, each dated within 90 days and showing 50+ units; our dealer agreement; and our state business license. Our business name and address on the invoices match our Seller Central account exactly. The invoice numbers are 4418273 and 4418902 and the distributor PO is PO-77182.

Please let us know if anything else is needed.

Thanks,
Marcus Lee
Lee Auto Supply""",
topic="automotive", dec=[("invoice-number", "4418273"), ("po-number", "PO-77182")], notes="invoices described")

M("cat-supplement-in-111", C, "", "IN", "indian", "Dietary supplement category approval - documents",
"""Dear Team,

Our request for dietary supplements approval is pending since 15 days. We had uploaded FSSAI licence, the COA from third party lab and the invoices from the contract manufacturer. Unfortunately no response is received and the status still shows "Under review".

Kindly update the status and let us know if any additional document is needed.

Regards,
Dr. Kavita Shetty
Ayurshakti Naturals""",
topic="dietary-supplements", dec=[("mild-word", "Unfortunately")], notes="calm with one 'Unfortunately'")

M("cat-toys-zh-112", C, "", "US", "chinese", "Toys holiday selling approval",
"""Dear Seller Support,

We want to sell in Toys & Games during the holiday season. Our account meet the requirements: the first sale was more than 90 days ago, ODR is 0.3%, late shipment rate is 1.2%, pre-fulfillment cancel rate is 0.4%.

But the approval page says "You are not eligible at this time". Can you check why? Our merchant token is A1X7HQ3NZ0P5LV.

Thank you very much.
Shantou Happy Kids Toys""",
topic="toys-holiday", pol=["ODR"], dec=[("merchant-token", "A1X7HQ3NZ0P5LV")], notes="metrics named in a non-appeal")

# ---------------------------------------------------------------- more appeals: unusual policy names, secrets, emotion, decoys
M("appeal-identity-native-113", A, "identity-verification", "UK", "native", "Verification appeal - BSA S-3",
"""Dear Seller Performance,

Our account was deactivated under clause S-3 of the Amazon Services Business Solutions Agreement because our bank account could not be verified.

Why this happened: we switched banks in January and the new account, held in our trading name, didn't match the legal name on our Companies House record.

What we've done: our bank has re-issued the account in the company's legal name, Harbour & Vine Ltd, and I've uploaded the new statement. For your convenience, the account is GB29 NWBK 6016 1331 9268 19, sort code 60-16-13.

Going forward, any change to our bank, address or directors will be updated in Seller Central within a week, and our accountant checks the verification page at each quarter end.

Kind regards,
James Whitaker, Director""",
style="inline", rc="Why this happened:", co="What we've done:", pr="Going forward, any change",
pol=["clause S-3 of the Amazon Services Business Solutions Agreement"], sec=[("iban", "GB29 NWBK 6016 1331 9268 19")], dec=[("sort-code", "60-16-13")],
notes="complete POA citing a BSA clause ID, with an IBAN pasted: secret")

M("appeal-usednew-other-114", A, "used-sold-as-new", "US", "other-non-native", "Appeal - used sold as new complaints",
"""Dear Seller Performance team,

We are Sakura Audio from Osaka. We are deeply sorry. Our account was deactivated for used sold as new complaints and we are so sorry for the trouble.

We are very very sorry. The cause was that returned headphones from our Japanese store were mixed into our FBA shipments. We apologize deeply to Amazon and to the customers, it is our fault.

We apologize again. We have removed all 180 units from FBA and checked each unit, 22 were returned items and are now sold as used in Japan. Again, we are so sorry.

We will separate returned goods in a different room and will check serial numbers before each FBA shipment. Once more, please accept our sincere apologies, we are truly ashamed.

Hiroshi Tanaka""",
style="none", rc="The cause was that", co="We have removed all 180 units", pr="We will separate returned goods",
pol=["used sold as new"],
emo=["We are deeply sorry.", "We are very very sorry.", "We apologize deeply to Amazon and to the customers", "We apologize again.", "Again, we are so sorry.", "please accept our sincere apologies, we are truly ashamed"],
notes="excessive apology in every paragraph; POA complete")

M("appeal-price-native-115", A, "price-gouging", "US", "native", "Fair Pricing Policy deactivation - firm request for review",
"""Seller Performance,

We respectfully disagree with part of this decision, but we've reviewed it carefully and accept that our price was outside the Fair Pricing Policy.

The cause was a supplier delay: our distributor shipped 200 cases of bottled water late, and our listing showed a price of $59 per case for four days while we waited, set by a colleague to slow sales. That was a mistake.

We have corrected all prices to $18.99, issued refunds of the difference to all 37 buyers, and removed the colleague's pricing permissions. From now on, price changes of more than 15% require my approval, and we've added a price alert in our repricer.

We expect a prompt review. We have complied fully and have sold on Amazon without a pricing issue for nine years.

Regards,
Linda Parker, CEO
Parker Provisions""",
style="none", rc="The cause was a supplier delay", co="We have corrected all prices", pr="From now on, price changes",
pol=["Fair Pricing Policy"], notes="firm but polite tone; not emotional")

M("appeal-condition-zh-116", A, "condition", "US", "chinese", "Appeal for account !!!",
"""Dear Amazon!!!

Please please help us!!! Our account is deactivated for product condition complaints!!! We are very worry!!!

The reason: our warehouse send the returned items to FBA again without check!!! We did not know!!!

We have did: all returned items are checked now one by one and the bad ones are destroyed, our staff is trained!!!

Future: every returned item will have QC and photo before sell again, weekly review of complaints!!!

Please give us a chance!!! We have 50 employees and they will lose their jobs!!! Please please please!!!

Shenzhen Dali Digital""",
style="inline", rc="The reason:", co="We have did:", pr="Future:", pol=["product condition complaints"],
emo=["Please please help us!!!", "We are very worry!!!", "Please give us a chance!!!", "We have 50 employees and they will lose their jobs!!!", "Please please please!!!"],
notes="exclamation marks everywhere; POA complete")

M("appeal-subject-native-117", A, "late-shipment", "US", "native", "Appeal - Late Shipment Rate policy deactivation",
"""Hello,

Please reconsider the deactivation of our account, Copper Creek Goods.

What went wrong: our only warehouse employee was out on medical leave for two weeks in March and orders went out three to five days late.

What we've done: we've hired a second packer, cleared the backlog, and switched our handling time to two days.

How we'll keep it from happening again: we've cross-trained our office manager so there's always a backup, and we'll turn on vacation settings if we can't ship on time.

Thank you,
Rob Ingram""",
style="inline", rc="What went wrong:", co="What we've done:", pr="How we'll keep it from happening again:",
notes="policy named only in the subject: the text names no policy (T007 positive by the labels)")

M("appeal-odr-other-118", A, "odr", "US", "other-non-native", "Appeal ODR - Nakamura Trading",
"""Dear Seller Performance,

This is Nakamura Trading (Japan). Our account is deactivated by ODR 1.6%.

Root cause: our shipments to US buyers used Japan Post small packet, delivery took 3-4 weeks and buyers opened A-to-z claims.
Corrective actions: we moved all stock to FBA in March (shipments FBA15PL2XR7M and FBA15PL2ZT9Q), and refunded all open claims.
Preventive actions: we check Account Health daily. Only FBA will be used for US.

For your checking, our Seller Central login is below, my staff wrote it in Japanese:
ユーザー：nakamura@nkm-trading.jp
パスワード：Nkm_Osaka_0412
振込先 口座番号 3920147

Thank you for your consideration.
Nakamura Kenji""",
style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:", pol=["ODR"],
sec=[("password", "Nkm_Osaka_0412"), ("bank-account", "3920147")],
dec=[("shipment-id", "FBA15PL2XR7M")], notes="Japanese labels パスワード and 口座番号 in an English appeal")

M("appeal-review-in-119", A, "review-manipulation", "IN", "indian", "Appeal against deactivation - your guidelines",
"""Dear Team,

Our account is deactivated for not following your guidelines. We accept our mistake.

Reason: Our digital marketing agency was running a "review for refund" scheme on Telegram without our knowledge. They were refunding buyers via UPI after 5 star review.

Action taken: Agency contract is terminated on 5th April. We have reported the Telegram group. We have requested removal of the affected reviews.

Prevention: Going forward all marketing will be handled in-house and our director will approve every campaign. We shall conduct quarterly training on Amazon rules.

Kindly reactivate our account.

Regards,
Farhan Qureshi""",
style="inline", rc="Reason:", co="Action taken:", pr="Prevention:",
notes="complete POA but only 'your guidelines' / 'Amazon rules': no specific policy")

M("appeal-counterfeit-in-120", L, "counterfeit", "IN", "indian", "ASIN reinstatement - counterfeit complaint - payment details",
"""Dear Team,

Our ASIN B0C1MZT7QR (Milton steel flask) is deactivated due to counterfeit complaint. We have attached the invoices from Milton authorised distributor.

Root cause: the buyer received a damaged flask with scratches and thought it is duplicate.
Corrective action: we have replaced the flask and customer confirmed it is original. Invoices uploaded.
Preventive action: bubble wrap packing for every flask and QC photo before dispatch.

Also please note, Amazon charged our card for advertising but payment failed. Card used: Amex 3714 496353 98431, valid thru 07/28. Please check this also.

Regards,
Gaurav Malhotra""",
style="inline", rc="Root cause:", co="Corrective action:", pr="Preventive action:", pol=["counterfeit complaint"],
sec=[("card", "3714 496353 98431"), ("card-expiry", "07/28")], dec=[("asin", "B0C1MZT7QR")],
notes="Amex 4-6-5 card in a listing appeal")

# ---------------------------------------------------------------- more non-appeals
M("fba-overage-zh-121", F, "", "UK", "chinese", "Shipment received less units - FBA15R8KD3MW",
"""Hello,

Shipment FBA15R8KD3MW to LBA4: we sent 1,000 units of SKU KX-LAMP-WH in 20 cartons, but 937 units received. The shipment status is "Closed" since 25 days.

Carrier: DPD UK, consignment 15976453012846. The POD signed "20 cartons" is attached, also our packing list with carton weights.

Please reconcile and reimburse 63 units. Our VAT number is GB 293 8471 56 if needed for the invoice.

Thank you,
Suzhou Kexin Lighting""",
topic="lost-inbound", dec=[("shipment-id", "FBA15R8KD3MW"), ("tracking-number", "15976453012846"), ("vat-number", "GB 293 8471 56")],
notes="VAT number and consignment number decoys")

M("fba-return-tr-122", F, "", "US", "turkish", "Customer returned empty box",
"""Hello Seller Support,

For the order 111-6204938-5527310 customer returned an empty box instead of our leather wallet, and Amazon refunded him. Our return is now in the unfulfillable inventory with note "empty box".

We want reimbursement for this unit, the price is $45.00. We also attach the photo from the fulfillment center that shows empty box. Thank you very much for help.

Best regards,
Onur Kılıç
Kılıç Deri""",
topic="customer-return", dec=[("order-id", "111-6204938-5527310")], notes="calm Turkish English")

M("fba-batch-in-123", F, "", "IN", "indian", "Reimbursement for destroyed units - wrong disposal",
"""Dear Seller Support,

Our 44 units of ASIN B09XK4T2MN were disposed by the fulfilment centre without our removal request. Our settings were set to "return to seller". Disposal reference in the inventory ledger is 4471 2093 8856 1027 (batch number).

Kindly investigate and reimburse the 44 units as the disposal was not authorised by us. We have not received any email about the disposal.

Thanks,
Sunita Desai
Desai Handicrafts""",
topic="removal", dec=[("asin", "B09XK4T2MN"), ("batch-id", "4471 2093 8856 1027")], notes="16-digit batch id that is not a card")

M("fba-plea-zh-124", F, "", "US", "chinese", "Please help reimbursement, we are very difficult",
"""Dear Amazon Seller Support,

Please help us!!! 500 units of our inventory is lost in warehouse PHX7 since January, we opened 4 cases but no result. We are a small company, this money is very important for us, without this money we can not pay the factory and our company will close.

Please, we really beg you, check our case again and give the reimbursement. FNSKU X004BQ7TNA, 500 units.

We are so sorry to write again, thank you thank you!

Zhejiang Longwei Trade""",
topic="warehouse-lost", emo=["Please help us!!!", "without this money we can not pay the factory and our company will close", "Please, we really beg you"],
dec=[("fnsku", "X004BQ7TNA")], notes="pleading reimbursement claim")

M("tech-2sv-native-125", T, "", "US", "native", "Not receiving verification codes",
"""Hi there,

Our account owner isn't receiving the verification code by text or by the authenticator app since we reset our phones. We have the backup codes printed but they were used up last month.

We don't want to share any login details here, of course. What's the process to reset Two-Step Verification for the primary user? We can verify identity by video call or by uploading ID if needed.

Thanks,
Nora Quinn
Quinn & Co. Stationery""",
topic="login", dec=[("verification-code-word", "verification code")], notes="verification code mentioned, no value")

M("tech-label-in-126", T, "", "IN", "indian", "Easy Ship label not generating",
"""Dear Team,

For Easy Ship orders the "Print Shipping Label" button gives the error "Label could not be generated. Pincode 682030 is not serviceable". But this pincode is Kochi city and was serviceable till last week.

Order IDs: 403-7719264-5028331 and 404-2217730-8841906. Kindly check and resolve as orders will become late.

Also our card ending ****1234 was charged twice for Easy Ship fees, kindly check.

Regards,
Thomas Varghese""",
topic="shipping-label", dec=[("postcode", "682030"), ("order-id", "403-7719264-5028331"), ("masked-card", "****1234")],
notes="masked card and order ID decoys")

M("tech-otp-zh-127", T, "", "CA", "chinese", "Two-step verification problem",
"""Hello Seller Support,

Our boss is in China and the verification code SMS can not be received in China. He asked me to write here. The code he forward to me in WeChat was:

验证码：391 827（5分钟内有效）

But when I typed it the page already expired. Can you change the 2SV to the authenticator app? Thank you.

Amy Zhou
Vancouver office, Mingtai Trading""",
topic="login", sec=[("one-time-code", "391 827")], notes="one-time code after Chinese label with full-width colon, in an English message")

M("brand-ownership-native-128", B, "", "CA", "native", "Brand Registry application rejected",
"""Hello,

Our Brand Registry application for "Northloom" was rejected with "The trademark information provided does not match the records of the trademark office." Our Canadian trademark is registered as TMA1187654 under the exact name NORTHLOOM in word mark form, owned by Northloom Textiles Inc.

Could you tell us which field didn't match? The applicant name on our Seller Central account is the same legal entity.

Thank you,
Ethan MacLeod""",
topic="brand-ownership", dec=[("trademark-number", "TMA1187654")], notes="calm brand registry issue")

M("brand-hijack-in-129", B, "", "IN", "indian", "Unauthorised sellers on our brand - kindly take action",
"""Dear Brand Registry Team,

We are brand owners of "Kalakriti Brass" (TM No. 4876231). 3 unauthorised sellers are selling on our ASINs with duplicate products of poor quality. We have done test buys, order ID 171-5520847-3361928 and the product was not ours.

Kindly remove these sellers. We have already reported via Report a Violation tool but no action taken.

Thanks,
Ravi Shankar""",
topic="hijacker", dec=[("trademark-number", "4876231"), ("order-id", "171-5520847-3361928")], notes="Indian brand dispute, calm")

M("cat-collectibles-tr-130", C, "", "US", "turkish", "Collectible coins category approval",
"""Hello,

We would like to sell Ottoman and Byzantine collectible coins in the Collectible Coins category. We are a licensed numismatic dealer in Istanbul with 15 years experience. All our coins are graded by NGC and we have the certificates (for example NGC cert 6184372-004).

Attached: our dealer license, 3 supplier invoices from auctions in the last 6 months, and photos of the graded coins. Please tell us if something else is required.

Best regards,
Levent Koçak""",
topic="collectibles", dec=[("certificate-number", "6184372-004")], notes="certificate number decoy")

M("cat-media-zh-131", C, "", "US", "chinese", "Video DVD category approval - more documents?",
"""Dear Seller Support,

We applied to sell DVD in Video, DVD & Blu-ray category and we got email to provide more information. We have uploaded the invoice from our distributor Ingram (invoice 8820145573, 120 units, dated 2026-03-05) and the distribution agreement.

Please let us know which other document is needed. We are sorry for the inconvenient if the documents are not complete.

Thank you,
Fuzhou Yingshi Media""",
topic="media", dec=[("invoice-number", "8820145573"), ("single-apology", "We are sorry for the inconvenient")], notes="single apology decoy")

# ---------------------------------------------------------------- a few more appeals with defects
M("appeal-restricted-tr-132", A, "restricted-products", "UK", "turkish", "Account deactivated - need your help",
"""Hello Seller Performance,

We got email that our account Ege Naturel is deactivated. We sell olive oil soap and natural cosmetics from Ayvalık for 5 years, we never had any problem before.

We read the email many times but we do not understand which product is the problem. Please can you send us the list of ASINs and the reason? When we know it, we will prepare explanation immediately and send all documents, lab reports and invoices.

Our customers are waiting their orders. Thank you for your help.

Best regards,
Deniz Yalçın""",
notes="no POA, nothing attached, no policy")

M("appeal-valid-in-133", A, "valid-tracking", "IN", "indian", "Plan of action for Valid Tracking Rate",
"""Dear Sir/Madam,

Please find the plan of action for our account Surya Crafts which got deactivated for Valid Tracking Rate.

Root cause: our local courier DTDC tracking numbers were entered in the wrong format (with the prefix missing), so Amazon could not validate them.

Corrective actions: We will be do the correction of tracking IDs for all open orders. Our dispatch staff will be given training about correct format. We will be shift to Easy Ship from next month.

Preventive actions: The supervisor will check 10 random tracking entries daily and we will review VTR in Account Health every week.

Kindly accept our POA and reactivate.

Regards,
Anil Kumar""",
style="inline", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive actions:", pol=["Valid Tracking Rate"],
notes="non-native future 'will be do', 'will be shift': corrective not done")

M("appeal-safety-tr-134", L, "product-safety", "US", "turkish", "Reinstatement - baby blanket safety",
"""Dear Amazon,

Our listing for baby muslin blanket is deactivated because of product safety. Amazon wants CPSIA compliance documents.

Reason: We are new in USA market, in Turkey this certificate is not necessary for textile, so we did not know we need Children's Product Certificate and testing.

In future: before we list any product for babies and children we will learn the rules of the country and make the tests in an accredited lab. Our export manager will be responsible for all certificates.

Thank you for understanding.
Gökhan Uçar
Uçar Bebe Tekstil""",
style="inline", rc="Reason:", pr="In future:", pol=["CPSIA"],
notes="no test made, no certificate provided: no corrective")

M("appeal-iptm-zh-135", A, "ip-trademark", "CA", "chinese", "Appeal for IP complaint deactivation",
"""Dear Seller Performance,

Our account is deactivated because we received 3 trademark complaints from brand "Kaspo".

Root cause: we used "for Kaspo" in our listing titles for compatible vacuum filters, but we did not write it in the correct way, and our images show the Kaspo logo.

Corrective actions: All 3 listings titles are changed to "compatible with Kaspo models" and the logo images are removed. We contact the rights owner and they agreed to retract.

Preventive measures: Thank you very much for your patience and support. We value the Amazon platform and our customers very much.

Best regards,
Wuhan Jingrui Trading""",
style="colon", rc="Root cause:", co="Corrective actions:", pol=["trademark complaints"],
notes="'Preventive measures' heading holds only thanks")


if __name__ == "__main__":
    AUTHOR.write()
