#!/usr/bin/env python3
"""Author AA's messages for the fifteenth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/fifteenth-a/aa-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("aa-", "fifteenth-a")
M = AUTHOR.message

# ---------------------------------------------------------------------------------------------
# chunk 1: account appeals 001-015
# ---------------------------------------------------------------------------------------------

M("poa-inauth-cn-001", A, "inauthentic", "US", "chinese",
  "Appeal for deactivated account - Inauthentic item complaints - YUNFEI Home",
  """
Dear Seller Performance Team,

We are Hangzhou Yunfei Trading Co., Ltd, store name "YUNFEI Home". Our account was deactivated on 2026-03-11 because of Inauthentic item complaints on ASIN B0D7K2QX4M (stainless steel vacuum flask). We have carefully reviewed the complaints and our operation, below is our plan of action.

## Root Cause
1. The reason of the problem is that we purchased 300 units from a new supplier in Yiwu in January 2026 and this supplier could not provide a complete invoice chain back to the manufacturer.
2. Our staff did not check the supplier's authorization letter before listing, and two customers received flasks with a different logo printing, so they think the item is not authentic.

## Corrective Actions
1. We have removed all remaining 214 units of this batch from FBA inventory (removal order ID 7tQx9mRkPz).
2. We have refunded the two buyers of order 112-4418206-3371926 and 114-9035172-6608341 in full.
3. We have stopped cooperation with this supplier and now buy only direct from the factory, Ningbo Haoxin Metal Products, invoice HX-2026-0311 attached.

## Preventive Measures
1. Every new supplier must provide business license, invoices and authorization letter before first purchase. Our compliance staff Ms. Chen will check it.
2. We will inspect 5% of every inbound shipment and take photos of logo and packaging before send to FBA.
3. All staff has finished training on Amazon Anti-Counterfeiting Policy and the inauthentic complaint rules on 2026-03-15.

We sincerely hope you can reinstate our selling privileges. Thank you.

Best regards,
Li Wenjun
Hangzhou Yunfei Trading Co., Ltd
""",
  style="markdown", rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
  pol=("Inauthentic item complaints", "Anti-Counterfeiting Policy"),
  dec=(("asin", "B0D7K2QX4M"), ("order-id", "112-4418206-3371926"), ("order-id", "114-9035172-6608341"),
       ("removal-order-id", "7tQx9mRkPz"), ("invoice-number", "HX-2026-0311")),
  notes="Chinese agency POA with markdown headings, complete and done, two order IDs")

M("poa-inauth-cn-002", A, "inauthentic", "US", "chinese",
  "POA for 不真实商品投诉 ASIN B0CMN83TRW",
  """
Hello Amazon,

Our store BRIGHTLEAF-US get notice about 不真实商品投诉 (inauthentic complaint) for ASIN B0CMN83TRW phone case. We are sorry for the inconvenient. Here is our POA.

一、问题原因 Root cause
The buyer said the case has no brand logo on the back. The reason of the problem is our factory change the mold in February and the new batch missed the laser logo step, so the product looks different from the listing photos.

二、纠正措施 Corrective actions
We will contact all buyers who bought in February and March and offer full refund or replacement.
We will remove the February batch from FBA and destroy it.
We will ask factory to add the logo step again and send us samples for confirm.

三、预防措施 Preventive measures
We will check every new batch by photos before shipping to warehouse.
We will keep the invoice and production record for each batch at least 2 years.
Our operation manager will check the listing photos and real product every month.

Please give us chance to sell again. Thank you very much.

BRIGHTLEAF-US team
深圳市亮叶电子商务有限公司
""",
  style="numbered", rc="一、问题原因 Root cause", co="二、纠正措施 Corrective actions", done=False,
  pr="三、预防措施 Preventive measures",
  pol=("不真实商品投诉",),
  dec=(("asin", "B0CMN83TRW"), ("single-apology", "We are sorry for the inconvenient."),
       ("mild-plea", "Please give us chance to sell again."), ("foreign-snippet", "深圳市亮叶电子商务有限公司")),
  notes="Chinese-numbered headings with English body; corrective only 'We will', so not done")

M("poa-counterfeit-in-003", A, "counterfeit", "IN", "indian",
  "Reactivation request - Shree Balaji Enterprises - counterfeit complaint",
  """
Respected Sir/Madam,

This is regarding our seller account Shree Balaji Enterprises (Merchant ID A2KX9PLM4QZ7T1) which is deactivated due to complaint of counterfeit product on ASIN B09XRT6L2N (wireless earbuds, our own brand 'SoundVeda').

**Root Cause of the Issue**
We have sourced the earbuds casing from a local vendor in Nehru Place who supplied the casings with a logo that look similar to another famous brand. Our team did not notice this similarity while packing, so customer raised complaint that product is counterfeit.

**Corrective Actions Taken**
- We have immediately deleted the listing and created removal order for all 86 units lying in FBA.
- We have changed the casing vendor and new casings with our own SoundVeda logo are already received.
- Refund has been issued to the complaining customer on order 403-7716254-9908127.

Kindly find the tax invoice of new vendor (GSTIN 07AAKCS4521L1ZQ) and our trademark certificate attached with this mail.

We request you to kindly do the needful and reinstate our account at the earliest. We will revert back with any further document you require.

Thanks & Regards,
Rakesh Agarwal
Shree Balaji Enterprises, Delhi
""",
  style="bold", rc="Root Cause of the Issue", co="Corrective Actions Taken",
  pol=("counterfeit",),
  dec=(("merchant-token", "A2KX9PLM4QZ7T1"), ("asin", "B09XRT6L2N"), ("order-id", "403-7716254-9908127"),
       ("gst-number", "07AAKCS4521L1ZQ")),
  notes="Indian POA with bold headings and no preventive part; invoices attached are not a POA")

M("poa-related-cn-004", A, "related-accounts", "UK", "chinese",
  "Appeal - OAKRIVER LTD - related account",
  """
Dear Amazon UK Seller Performance,

Our account OAKRIVER LTD was suspended because it is related to another account, which was not permitted to sell. We answer your questions as below.

1. What caused the related account issue?
Our new warehouse manager Mr. Zhou Peng used to work for a company named Vastor Trading, whose seller account was closed in 2024. In January 2026 he logged in our Seller Central on the same laptop he used before in his old job, and the browser still saved the old account cookies. Also we used the same Wi-Fi router in the shared office building in Bao'an district.

2. What actions have you taken to fix it?
- We have formatted this laptop and gave Mr. Zhou a new computer only for our company.
- We have moved to our own office with an independent broadband line (contract attached).
- We have removed Mr. Zhou's user permissions in Seller Central on 2026-02-02 and only the owner and one operator have access now.

3. What steps will you take to prevent it in future?
- Every new employee must sign a declaration that he does not operate or have operated any other Amazon seller account.
- Each computer is registered with its MAC address and only used for OAKRIVER.
- Every quarter our director will check the User Permissions page and login history.

We confirm we have only one seller account in Europe and we understand the Seller Code of Conduct does not allow operating multiple accounts without a legitimate business need.

Kind regards,
Wang Lei, Director
OAKRIVER LTD
""",
  style="numbered", rc="1. What caused the related account issue?", co="2. What actions have you taken to fix it?",
  pr="3. What steps will you take to prevent it in future?",
  pol=("related account", "Seller Code of Conduct"),
  notes="answers to the appeal form's three questions, numbered; complete")

M("poa-odr-in-005", A, "odr", "IN", "indian",
  "Plan of action for high Order Defect Rate - Kerala Steelcraft",
  """
To,
The Seller Performance Team, Amazon.in

Subject: Plan of action for high Order Defect Rate

Dear Team,

Our ODR has reached 2.4% in last 60 days because of negative feedbacks and A-to-z claims. Please find our POA below.

ROOT CAUSE
Most of the defects came from orders of steel water bottles where the lid was leaking. Our packing staff did not check the silicone ring and courier handling was rough during Diwali sale. Also our customer service was slow, replies were taking 3-4 days so buyers opened A-to-z claims.

CORRECTIVE ACTION
1. We will contact each buyer with negative feedback and offer replacement or refund.
2. We will stop dispatch of the bottle SKU SB-750-BLU until new lids come from the supplier.
3. We will hire one more person for customer support so that every message is answered within 24 hours.

PREVENTIVE ACTION
1. Each bottle will be water tested before packing.
2. We will use bubble wrap and 5 ply box for all liquid containers.
3. Weekly review of Account Health dashboard by owner.

We assure you that such issue will not repeat. Kindly reinstate our account and revert back at the earliest.

Regards,
Pooja Nair
Kerala Steelcraft, Kochi
""",
  style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", done=False, pr="PREVENTIVE ACTION",
  pol=("Order Defect Rate", "ODR"),
  dec=(("sku", "SB-750-BLU"),),
  notes="caps headings; every corrective step is 'We will', nothing done yet")

M("poa-late-tr-006", A, "late-shipment", "UK", "turkish",
  "Plan of action - Late Dispatch Rate - Anatolia Textile Store",
  """
Hello Seller Performance,

Our account Anatolia Textile Store was deactivated because our Late Dispatch Rate was 9.8%, above the 4% target. We accept the problem and we prepared this plan.

Root cause:
In February 2026 our cargo partner in Istanbul changed the pick-up time from 17:00 to 14:00 and we did not update our handling time in Seller Central. Many orders were confirmed as shipped one or two days later than the expected date. Also our only warehouse worker was on sick leave for 10 days.

Actions we took:
- We changed the handling time from 1 day to 3 days for all 420 SKUs.
- We signed a second contract with UPS for daily pick-up at 17:30.
- We hired two part-time workers for packing, they started on 3 March.
- All pending orders are shipped and confirmed with tracking.

Prevention:
- Every morning at 10:00 our operations manager checks the "Orders to ship today" list.
- If a carrier is late, we use the backup carrier the same day.
- We follow Late Dispatch Rate and Valid Tracking Rate every week in Account Health.

Thank you for your time and consideration.

Saygılarımızla,
Mehmet Yıldız
Anatolia Textile Store
""",
  style="colon", rc="Root cause:", co="Actions we took:", pr="Prevention:",
  pol=("Late Dispatch Rate",),
  dec=(("foreign-snippet", "Saygılarımızla"),),
  notes="Turkish seller, colon headings, complete; Turkish sign-off")

M("poa-review-cn-007", A, "review-manipulation", "US", "chinese",
  "Appeal for review manipulation deactivation - ASIN B0BQ5VZ8HN",
  """
Dear Amazon Team,

We received your notification that our account was deactivated because we manipulated product reviews for ASIN B0BQ5VZ8HN. We respect Amazon's Community Guidelines and below is our plan.

Our POA: what we have did
1. We have stopped the product insert card that said 'Leave 5 star review and get a free gift'. All 1,200 cards in FBA warehouse are removed by removal order, and our packing team destroyed the rest in our own warehouse.
2. We have deleted the Facebook group where we sent free products to buyers.
3. We have terminated the contract with the promotion agency "FastStar Marketing".

Our POA: measures to avoid in future
1. Only use Amazon Vine and Request a Review button to get reviews.
2. The listing manager and boss must approve every insert card design and email to buyers before use.
3. Every staff member studied the Community Guidelines and passed a test on 2026-04-02.

We deeply apologize and we promise this will never happen again. Please reactivate our account.

Best regards,
Zhang Min
Suzhou Lanqiao Trading
""",
  style="our-poa", co="Our POA: what we have did", pr="Our POA: measures to avoid in future",
  pol=("manipulated product reviews", "Community Guidelines"),
  dec=(("asin", "B0BQ5VZ8HN"),),
  notes="'Our POA:' headings for actions and prevention only; never says why it happened")

M("poa-restricted-native-008", A, "restricted-products", "US", "native",
  "Appeal: Restricted Products deactivation, Redwood Pantry Supply",
  """
Hello,

I'm writing about the deactivation of my account (Redwood Pantry Supply) under the Restricted Products policy. The notice said my listing for a herbal powder blend contained a prohibited dietary supplement ingredient. Unfortunately I didn't realize the blend I bought from a wholesaler included kratom leaf. Here is what I've put together.

Why it happened
I added a new wholesaler in January and took their product sheet at face value. The ingredient panel on their sheet listed "botanical blend" and I never asked for the full breakdown. I also didn't check the item against Amazon's list of prohibited supplement ingredients before creating the listing.

What I fixed
I closed the listing the same day I got the notice and opened a removal order for the 40 units at PHX7. I've dropped that wholesaler entirely. I went through the other 63 active listings line by line against the Restricted Products pages and deleted two more herbal products where I couldn't get a full ingredient list.

How I'm preventing it
Every new product now needs a complete ingredient list from the manufacturer before I list it, and I check it against the Restricted Products help pages and the FDA's import alerts. I keep a spreadsheet with the date and the page I checked. If anything is unclear I'll open a case with Seller Support before listing.

Thanks for reading. I'm happy to send the wholesaler invoices or anything else you need.

Dan Whitaker
Redwood Pantry Supply
""",
  style="plain", rc="Why it happened", co="What I fixed", pr="How I'm preventing it",
  pol=("Restricted Products policy",),
  dec=(("mild-word", "Unfortunately"),),
  notes="native seller, plain headings, calm letter with one 'Unfortunately'")

M("poa-safety-cn-009", A, "product-safety", "US", "chinese",
  "Appeal - HOMEJOY DIRECT - product safety complaint heating pad",
  """
Dear Seller Performance Team,

Our account HOMEJOY DIRECT was deactivated for product safety complaints on the electric heating pad ASIN B0C4WN7JQ2. Customers reported the pad became very hot. Here is our plan of action.

A. The root cause
After investigation, the reason of the problem is the temperature controller from our supplier had a defect in batch 2025-11. The auto shut-off after 90 minutes did not work in some units. Our QC only tested 10 units per batch and did not find this problem.

B. The actions we have taken
Please see attachment.

C. The measures to avoid this problem in future
1. All heating products will have UL certification test report before listing.
2. We will increase QC sampling to 10% and test auto shut-off for every sample.
3. We will answer every safety complaint in 12 hours and report it to our factory.

Thank you for review our appeal. We hope to get your positive reply.

HOMEJOY DIRECT
Tel: +86 755 2391 4478
""",
  style="lettered", rc="A. The root cause", pr="C. The measures to avoid this problem in future",
  pol=("product safety",),
  dec=(("asin", "B0C4WN7JQ2"), ("phone", "+86 755 2391 4478")),
  notes="lettered POA whose corrective section is only 'Please see attachment' (hollow, absent)")

M("poa-dropship-vn-010", A, "drop-shipping", "US", "other-non-native",
  "Appeal for account deactivation - Saigon Craft House",
  """
Dear Amazon Seller Performance,

My name is Nguyen Thi Hoa, owner of store Saigon Craft House. Our account was deactivated because we violated the Drop shipping policy: some customers received packages with invoices and packing slips from another retailer.

Root cause: In December 2025 our own workshop could not make enough bamboo lamps for the holiday season, so my staff ordered 37 lamps from another online shop and asked them to ship directly to our Amazon buyers. The other shop put their own packing slip with their price inside. We did not understand this is not allowed.

Corrective actions: We stopped all orders from third party shops on 2026-01-05. We contacted the 37 buyers and sent them apology email and a 20% refund. We cancelled the remaining open orders that we could not fulfil from our own stock, and we changed the quantity of the lamp listings to the real stock.

Preventive actions: From now we are the seller of record on every package, and only our packing slip with our company name goes inside. When stock is low we will set the listing to zero instead of buying from other shops. I personally check the inventory sheet every Monday and Thursday.

Thank you and we hope to have chance to continue selling on Amazon.

Nguyen Thi Hoa
Saigon Craft House
""",
  style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=("Drop shipping policy",),
  dec=(("mild-plea", "we hope to have chance to continue selling on Amazon"),),
  notes="Vietnamese seller, inline 'Root cause: ...' paragraphs, complete")

M("poa-usedsold-pl-011", A, "used-sold-as-new", "DE", "other-non-native",
  "Appeal Bursztyn Electronics - complaints used sold as new",
  """
Hello,

we are Bursztyn Electronics from Gdańsk, we sell on amazon.de since 2021. Our account was deactivated after several complaints in the category "Used sold as new" for our coffee grinders.

The problem happened because in our warehouse the returned grinders and the new grinders were stored on the same shelf. When a customer returned a grinder, our worker checked it, cleaned it and put it back without marking. Later these units were shipped as new condition. We had 6 such cases in February.

We have already moved all returned items to a separate room with a red label, and the 14 returned grinders that were in stock are now listed only as "Used - Very good" with clear description. We sent an apology and full refund to the 6 customers. Also we checked our FBA stock and created a removal for 9 units that came from customer returns.

To make sure this never happens again, each return now gets a sticker with the return date and is scanned into a separate SKU in our system, so it cannot be sold as new. The warehouse manager, Pan Tomasz, checks the returns room every Friday. New workers get written instructions in Polish and English.

Best regards
Krzysztof Nowak
Bursztyn Electronics Sp. z o.o.
""",
  style="none", rc="The problem happened because", co="We have already moved", pr="To make sure this never happens again",
  pol=("Used sold as new",),
  notes="Polish seller on DE writing English prose POA without headings; complete")

M("poa-iptm-cn-012", A, "ip-trademark", "US", "chinese",
  "Appeal for ASIN B0DDF4S1KX account deactivated",
  """
Dear Sir or Madam,

Our account has been deactivated for the violation on ASIN B0DDF4S1KX (ice pack for lunch box). We are very sorry about this. Below is our plan.

### Root cause
Our listing staff copied some keywords from a best seller listing. The word "FROSTLINE" in our title and bullet points is the brand of another company. We did not check this word before use.

### Corrective actions
- We will delete the word from title, bullet points and search terms of all our listings.
- We will contact the brand owner and ask for retraction of the complaint.
- We will check all 58 listings one by one in next week.

### Preventive actions
- We will use only our own brand name "Kuulbox" and general words in listings.
- Before upload a new listing, our manager will search the USPTO website for every brand-like word.
- We will train our staff about the listing rules every month.

We hope Amazon can give us one chance. Thank you.

Ningbo Kuulbox Household Co., Ltd.
""",
  style="markdown", rc="Root cause", co="Corrective actions", done=False, pr="Preventive actions",
  dec=(("asin", "B0DDF4S1KX"), ("single-apology", "We are very sorry about this."),
       ("mild-plea", "We hope Amazon can give us one chance.")),
  notes="names only 'the violation' on an ASIN (no policy); corrective all future tense")

M("poa-sccoc-in-013", A, "seller-code-of-conduct", "IN", "indian",
  "URGENT - Mahalaxmi Handlooms account deactivated - please help",
  """
Dear Amazon Seller Performance Team,

PLEASE HELP US. Our account Mahalaxmi Handlooms was deactivated on 4 April 2026 for violation of the Seller Code of Conduct. We have 11 weavers families depending on this business and I have taken a loan of Rs. 18 lakhs from bank for the stock lying in FBA. If the account is not reactivated we will be completely finished. Kindly consider our humble request.

1) Reason for the violation
Our staff member sent messages to buyers through Buyer-Seller Messaging asking them to change their negative feedback, and in some messages offered partial refund for changing the feedback. He did this without my knowledge to improve our rating.

2) Actions already taken
- The staff member is removed from the job and his Seller Central user is deleted.
- I have personally apologized to the 7 buyers on the message thread.
- Only I and my son now have access to Buyer-Seller Messaging.

3) Steps for future
- All buyer messages will use only approved templates that we wrote after reading the Seller Code of Conduct.
- We will never ask buyers to remove or change feedback.
- Every Sunday I will read all sent messages of the week.

Sir, this is our only source of income. Please, please give us one last chance, we beg you. We will follow every rule.

Thanking you,
Suresh Patil
Mahalaxmi Handlooms, Solapur
""",
  style="numbered", rc="1) Reason for the violation", co="2) Actions already taken", pr="3) Steps for future",
  pol=("Seller Code of Conduct",),
  emo=("PLEASE HELP US", "We have 11 weavers families depending on this business",
       "we will be completely finished", "Please, please give us one last chance, we beg you"),
  notes="complete numbered POA wrapped in pleading about families, a bank loan and a last chance")

M("poa-identity-ar-014", A, "identity-verification", "AE", "other-non-native",
  "Reactivation - Nile Star General Trading LLC - verification",
  """
Dear Seller Verification Team,

Our account Nile Star General Trading LLC (Dubai) was deactivated under Section 3 of the Business Solutions Agreement because you could not verify our information. We explain below.

Reason:
Our trade license was renewed in January 2026 and the new license has a different number and the address moved from Deira to Al Quoz. We uploaded the old license during the verification, and the bank statement showed the new address, so the documents did not match.

What we did:
- We uploaded the renewed trade license and the Emirates ID of the owner.
- We changed the business address in Seller Central to the Al Quoz address, same as the license.
- We uploaded a new bank statement from Emirates NBD dated 2 March 2026.

For your checking, the bank account in the deposit method is:
Account name: Nile Star General Trading LLC
IBAN AE12 0330 0000 1981 2345 678
SWIFT EBILAEAD

Kindly review and reactivate the account.

Best regards,
Ahmed Mostafa
Nile Star General Trading LLC
""",
  style="colon", rc="Reason:", co="What we did:",
  pol=("Section 3 of the Business Solutions Agreement",),
  sec=(("iban", "AE12 0330 0000 1981 2345 678"),),
  dec=(("swift-code", "EBILAEAD"),),
  notes="Egyptian-run UAE company; identity POA without prevention; pastes its IBAN (SWIFT is a decoy)")

M("poa-pricegouge-native-015", A, "price-gouging", "US", "native",
  "Fair Pricing Policy deactivation - Lakeshore Outfitters",
  """
To the Seller Performance team,

My account, Lakeshore Outfitters, was deactivated for violating the Amazon Marketplace Fair Pricing Policy on our 12-pack of N95 respirators (ASIN B08RQ7LDM3) during the wildfire smoke alerts in late February. I understand why this looked bad to customers and I want to explain and fix it.

**What went wrong**
We use a repricing tool that follows the lowest competing offer. When other sellers ran out, the tool had no floor and no ceiling, and it pushed our price from $24.99 to $71.40 over two days. Nobody on my team was watching the repricer during that weekend.

**What we've done**
- Turned off automated repricing for every SKU in our catalog.
- Reset the respirator price to $24.99 and refunded the difference to all 19 buyers who paid more than that.
- Went through our other health and safety items for the same kind of jump and found none.

I can send the repricer logs and the refund report if that helps.

Sincerely,
Karen Holt
Lakeshore Outfitters
""",
  style="bold", rc="What went wrong", co="What we've done",
  pol=("Fair Pricing Policy",),
  dec=(("asin", "B08RQ7LDM3"),),
  notes="native seller; bold cause and fix, but nothing on preventing it again")

# ---------------------------------------------------------------------------------------------
# chunk 2: account appeals 016-030
# ---------------------------------------------------------------------------------------------

M("poa-vtr-latam-016", A, "valid-tracking", "US", "latam",
  "Appeal - Valid Tracking Rate - Artesanias Oaxaca Direct",
  """
Dear Amazon Seller Performance,

We are Artesanías Oaxaca Direct, we sell handmade clay kitchenware from Mexico. Our selling privileges were removed because our Valid Tracking Rate for the last 30 days was 88%, lower than the 95% requirement.

CORRECTIVE ACTIONS
- We updated the tracking numbers for all 41 orders that were missing it. For example order 113-5520841-7736214 now has Estafeta tracking 7761234509.
- We changed our shipping method in Seller Central from "Other" to the carrier name, Estafeta and DHL Express, so the tracking is validated automatically.
- We bought shipping labels with Amazon Buy Shipping for all orders since 20 March.

PREVENTIVE ACTIONS
- Only Buy Shipping for all US orders from now.
- Our assistant Lucía checks every evening that each confirmed order has a tracking number that scans in the carrier website.
- If the carrier does not give a tracking number we will not confirm the shipment until we get it.

We hope this is enough to restore our account, muchas gracias for your time.

Atentamente,
Javier Morales
Artesanías Oaxaca Direct
""",
  style="caps", co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  pol=("Valid Tracking Rate",),
  dec=(("order-id", "113-5520841-7736214"), ("tracking-number", "7761234509"),
       ("foreign-snippet", "muchas gracias"), ("foreign-snippet", "Atentamente")),
  notes="Mexican seller; caps headings for actions and prevention, no root cause at all")

M("poa-cancel-id-017", A, "cancel-rate", "SG", "other-non-native",
  "Plan of action - Pre-fulfillment Cancel Rate - Batik Lestari Store",
  """
Dear Amazon.sg Seller Performance Team,

Greetings from Jakarta. Our account Batik Lestari Store was deactivated because our Pre-fulfillment Cancel Rate is 6.1%, the target is under 2.5%. We have checked all cancelled orders and we make this plan of action.

The cause
Most cancellations (23 of 29) were batik shirts size L and XL. Our inventory in the spreadsheet was not connected to Seller Central, so when the shirts were sold in our Tokopedia shop the Amazon listing still showed stock. When the Amazon order came, we had no shirt and we had to cancel.

What we will do now
We will connect our inventory to one system so the stock number is the same in all shops.
We will reduce the quantity shown on Amazon for sizes L and XL to only the stock in our Singapore warehouse.
We will contact the buyers of cancelled orders with an apology.

How we keep it from happening again
Every morning our staff will compare stock in the warehouse with the listing quantity.
Items with less than 3 pieces will be set to 0 on Amazon until restocked.
We will check the cancel rate in Account Health every week.

Terima kasih and best regards,
Dewi Kartika
Batik Lestari Store
""",
  style="plain", rc="The cause", co="What we will do now", done=False, pr="How we keep it from happening again",
  pol=("Pre-fulfillment Cancel Rate",),
  dec=(("foreign-snippet", "Terima kasih"),),
  notes="Indonesian seller, plain headings; corrective is only planned")

M("poa-listing-cn-018", A, "listing-policy", "US", "chinese",
  "POA for SUNPEAK OUTDOOR account",
  """
Dear Amazon,

Our account SUNPEAK OUTDOOR is deactivated because of the problem with our listings. We have checked our store and we write this POA.

Our POA - the reason
Last year our old operator put camping lanterns, tents and sleeping bags into one parent ASIN B0B2QL7TXF so that the reviews are shared together. Also some child ASINs had the wrong pictures. We did not know this is wrong at that time.

Our POA - what we have done
TBD

Our POA - how we avoid it in future
1. Each parent ASIN will only include the same product with different size or color.
2. New operator must get training and manager must check every new listing before it goes live.
3. We will check all our listings every month by a checklist.

We are sorry for the trouble and we hope to reopen our account soon.

SUNPEAK OUTDOOR
Guangzhou Sunpeak Outdoor Products Co., Ltd.
""",
  style="our-poa", rc="Our POA - the reason", pr="Our POA - how we avoid it in future",
  dec=(("asin", "B0B2QL7TXF"), ("single-apology", "We are sorry for the trouble")),
  notes="'Our POA -' headings; corrective section says only 'TBD'; only 'the problem with our listings', no policy")

M("poa-inauth-in-019", A, "inauthentic", "IN", "indian",
  "Request for reactivation RK Cosmetics Hub - inauthentic complaint",
  """
Dear Sir/Madam,

With folded hands I am requesting you to reactivate our account RK Cosmetics Hub. Our account is deactivated due to inauthentic complaint for lipstick and kajal products. I am a small seller and this account is the only income for my mother's medical treatment. From last 12 days we are not sleeping. WHY AMAZON IS DOING THIS TO SMALL SELLERS???

(a) Root cause
We purchased the lipsticks from a distributor in Bhiwandi who gave only a kaccha bill, not the proper GST invoice from the authorised distributor. Customer felt the shade is different and complained the item is not genuine.

(b) Corrective action
We will remove all stock bought from this distributor.
We will get proper invoices from authorised distributor of the brand.
We will contact the buyers and give refund.

(c) Preventive action
Only buy from authorised distributors with GST invoice.
Keep all invoices for 365 days.
Check every batch code before sending to FBA.

Please sir, kindly do the needful, otherwise we will be on the road. Waiting for your kind reply.

Regards,
Ravi Kumar
RK Cosmetics Hub, Mumbai
""",
  style="lettered", rc="(a) Root cause", co="(b) Corrective action", done=False, pr="(c) Preventive action",
  pol=("inauthentic",),
  emo=("With folded hands I am requesting you", "this account is the only income for my mother's medical treatment",
       "From last 12 days we are not sleeping", "WHY AMAZON IS DOING THIS TO SMALL SELLERS???",
       "otherwise we will be on the road"),
  notes="Indian seller pleading (mother's treatment, capitals); lettered POA whose corrective is all 'We will'")

M("poa-counterfeit-cn-020", A, "counterfeit", "US", "chinese",
  "Appeal for counterfeit complaint - MEIYU Leather Goods",
  """
To: Seller Performance Team
From: Operation team of Dongguan Meiyu Leather Co., Ltd. (store: MEIYU Leather Goods)

Re: Appeal for counterfeit complaint under the Anti-Counterfeiting Policy

Dear Team,

Thank you for your notice. The rights owner "Corvella" reported our leather wallet ASIN B0CT6HX3PZ as counterfeit. We have investigated and here is our plan of action.

1 - Root cause of the complaint
Our wallet design used an embossed pattern of interlocking "C" letters which is very similar to the Corvella logo. Our designer bought a sample online as reference and did not change the pattern enough. This is our mistake and not an intentional copy.

2 - Actions we have already completed
- Closed ASIN B0CT6HX3PZ and 2 related child ASINs on 2026-02-18.
- Created removal order and destroyed 530 units in our Dongguan warehouse, destruction video available.
- Sent email to the rights owner to apologize and they confirmed receipt on 2026-02-22.

3 - Long-term controls
- Every new design is checked by our legal consultant against registered trademarks in USPTO and EUIPO before production.
- We removed all reference samples of other brands from our design room.
- Supplier contracts now say the factory must not copy any logo or pattern of other brands.

Supporting documents: invoices INV-MY-26-0087 and INV-MY-26-0102, and our own design drawings.

We respect the Anti-Counterfeiting Policy and we hope you can reinstate our account.

Sincerely,
Chen Hao, operation manager
""",
  style="numbered", rc="1 - Root cause of the complaint", co="2 - Actions we have already completed",
  pr="3 - Long-term controls",
  pol=("Anti-Counterfeiting Policy", "counterfeit"),
  dec=(("asin", "B0CT6HX3PZ"), ("invoice-number", "INV-MY-26-0087"), ("invoice-number", "INV-MY-26-0102")),
  notes="agency-written POA, '1 -' numbering, complete; invoices listed")

M("poa-psa-cn-021", A, "prohibited-seller-activities", "US", "chinese",
  "Appeal - Lumos Kitchenware - website card in package",
  """
Dear Seller Performance,

Our store Lumos Kitchenware has been deactivated for violation of Prohibited Seller Activities and Actions, because our package included a card with our own website address.

**Actions we have did**
1. We have removed all the cards from our FBA stock, 3 removal orders created (IDs X9kLm2Qp7a, Bv4Rt8Nw1c, Hq6Zs3Jd5e).
2. Our website www.lumoskitchen.shop was closed on 2026-03-08.
3. We have deleted the QR code from the user manual and reprinted 5,000 new manuals without any link outside Amazon.

**Attachments**
Photo of new manual, screenshot of closed website.

We sincerely apology for this violation and hope Amazon can reactivate our account.

Best regards
Lumos Kitchenware
""",
  style="bold", co="Actions we have did",
  pol=("Prohibited Seller Activities and Actions",),
  dec=(("removal-order-id", "X9kLm2Qp7a"), ("removal-order-id", "Bv4Rt8Nw1c"), ("removal-order-id", "Hq6Zs3Jd5e")),
  notes="short bold POA with only the actions: no root cause, no prevention")

M("poa-condition-in-022", A, "condition", "UK", "indian",
  "Reactivation of account - Jaipur Gems & Crafts",
  """
Dear Team,

Greetings from Jaipur Gems & Crafts. We have received your email that our account is deactivated because of customer complaints on ASIN B07HQL3M9K (brass diya set). We have checked all the 9 complaints from last 90 days.

The buyers received diyas which were scratched and some were bent, because our packing was only a thin poly bag and the parcels travel long distance from India to UK through our courier partner. Also two buyers got a set of 4 instead of set of 6 because our staff picked the wrong box.

We have already repacked all the remaining 120 sets in the warehouse with bubble wrap and a corrugated box, and we have checked each set count. Full refund is given to all the 9 buyers and we have sent replacement to 3 buyers who asked for it.

Kindly review our explanation and reactivate our account. We shall be highly obliged.

Warm regards,
Anil Sharma
Jaipur Gems & Crafts
""",
  style="none", rc="The buyers received diyas", co="We have already repacked",
  dec=(("asin", "B07HQL3M9K"),),
  notes="prose POA without headings: cause and fixes, nothing for the future; only 'customer complaints', no policy")

M("poa-odr-native-023", A, "odr", "US", "native",
  "Appeal - Order Defect Rate - Copper Creek Candles",
  """
Hi,

I run Copper Creek Candles and my account was deactivated because our Order Defect Rate hit 1.6% in the last 60-day window. I know that's over the 1% target and I've spent the past week going through every defect order.

Root cause: Almost all of the defects (14 of 17) were negative feedback and two A-to-z claims about melted or cracked candles in March shipments to Arizona, Texas and Nevada. We ship from a garage unit with no air conditioning, and ground shipping in that heat is long enough to soften soy wax. It's frustrating because the product itself is fine once it cools, but the customers got a damaged candle and that's on us.

What we've already changed: We moved shipping for southern states to two-day service starting April 2. We switched to insulated mailers with a gel pack for orders going where the forecast is above 85°F. Every buyer with a defect got a full refund and a replacement once the weather cooled.

Going forward: I check the 10-day forecast for destination states every Monday and pause ground shipping there when needed. I added a line in the listing about heat and storage. I review the Account Health page every Friday so I don't find out about a spike from a deactivation notice again.

Thanks,
Megan Ortiz
Copper Creek Candles
""",
  style="inline", rc="Root cause:", co="What we've already changed:", pr="Going forward:",
  pol=("Order Defect Rate",),
  dec=(("mild-word", "frustrating"),),
  notes="native seller, inline parts, complete and calm with one 'frustrating'")

M("poa-copyright-tr-024", A, "ip-copyright", "DE", "turkish",
  "Appeal - Ege Print Studio - copyright complaint",
  """
Dear Amazon Team,

Our account Ege Print Studio was deactivated because of copyright infringement complaints. The rights owner said our wall posters use their photographs of Cappadocia balloons.

# 1. Reason
We bought a design pack from a freelance designer on a marketplace website in 2024. He told us the photos were his own work, but after the complaint we learned that 6 of the photos belong to the photographer who complained. We did not ask the designer for a licence document.

# 2. What we have done
Same as above.

# 3. How we will prevent
- We will only use photos that we take ourselves or that we buy from stock sites with a written licence.
- Each design file will be saved with the licence PDF in our folder.
- Before a new poster goes online, my partner Elif checks the image with Google reverse image search.

We respect intellectual property and hope to continue. Thank you.

Saygılarımla,
Burak Demir
Ege Print Studio, İzmir
""",
  style="markdown", rc="1. Reason", pr="3. How we will prevent",
  pol=("copyright infringement",),
  dec=(("foreign-snippet", "Saygılarımla"),),
  notes="Turkish seller on DE; markdown numbered headings, corrective section is a hollow 'Same as above'")

M("poa-patent-cn-025", A, "ip-patent", "US", "chinese",
  "Appeal - JIAHUI TECH - patent infringement complaint",
  """
Dear Amazon Seller Performance Team,

Our account JIAHUI TECH was deactivated because of a patent infringement complaint (complaint ID 19283746501) about our foldable phone stand ASIN B0CXW2R8JM. The complainant said our stand infringes US Patent No. 11,284,569. Please see our plan of action.

ROOT CAUSE ANALYSIS
Our product was produced by an OEM factory in Dongguan who makes stands for many brands. The hinge structure of our stand is the same as the patented design. When we chose this model from the factory catalogue, we did not do a patent search, we only checked the appearance.

ACTIONS ALREADY TAKEN
1. We deleted the listing and removed all 1,860 units from FBA, they are now in our Shenzhen warehouse and will not be sold in the US.
2. We contacted the patent owner's lawyer, agreed not to sell this model and received a written retraction on 2026-04-09 (attached).
3. We changed our supplier for phone stands to a factory with its own design patent.

PREVENTIVE MEASURES
1. Before buying any new model we pay a patent agency in Shenzhen to run a freedom-to-operate search in the USPTO database.
2. We keep a list of patents for each product category and update it every quarter.
3. Our product team had 2 days training on patent basics in April.

Thank you for your review.

Best regards,
Liu Jiahui
JIAHUI TECH
""",
  style="caps", rc="ROOT CAUSE ANALYSIS", co="ACTIONS ALREADY TAKEN", pr="PREVENTIVE MEASURES",
  pol=("patent infringement",),
  dec=(("complaint-id", "19283746501"), ("asin", "B0CXW2R8JM"), ("patent-number", "11,284,569")),
  notes="caps headings, complete, with complaint ID and patent number")

M("apl-inauth-latam-026", A, "inauthentic", "US", "latam",
  "Mi cuenta fue desactivada - Dulce Hogar MX",
  """
Estimado equipo de Amazon:

Les escribo desesperada. Mi cuenta Dulce Hogar MX fue desactivada por una queja de producto no auténtico en las cafeteras de acero que vendo desde hace tres años. ¡¡¡YO NO VENDO PRODUCTOS FALSOS!!! Tengo todas las facturas del distribuidor oficial en Guadalajara.

Tengo dos hijos y esta tienda es lo único que tenemos para pagar la renta. Llevo una semana sin dormir y ya no sé qué hacer. Les suplico que revisen mi caso, por favor, por favor, es mi última oportunidad.

Adjunto las facturas 4471 y 4489 del distribuidor y una foto de las cajas originales.

Quedo atenta a su respuesta.

Mariana Castillo
Dulce Hogar MX
""",
  lang="es",
  pol=("producto no auténtico",),
  emo=("Les escribo desesperada", "¡¡¡YO NO VENDO PRODUCTOS FALSOS!!!",
       "Tengo dos hijos y esta tienda es lo único que tenemos para pagar la renta",
       "Les suplico que revisen mi caso, por favor, por favor, es mi última oportunidad"),
  notes="Spanish appeal on US with no POA, pleading; invoices attached are not a POA")

M("apl-related-cn-027", A, "related-accounts", "US", "chinese",
  "WHY DEACTIVATE AGAIN",
  """
Hello Amazon!!!

WHY YOU DEACTIVATE OUR ACCOUNT AGAIN??? This is third time we submit appeal and every time we get the same copy paste email. WE DID NOTHING WRONG. We have only this store and we never did anything against the rules. Our company is real company with 26 employees in Shenzhen, they will lose job because of you.

We already send business license, bank statement, utility bill, everything you ask. Nobody read it. We have $86,000 inventory in your warehouse, we cannot sell and you charge us storage fee every month. This is not fair!!!!

If you do not reinstate our account in 7 days we will find lawyer and sue Amazon in court.

Please answer with a real person, not robot.

Yours,
Tony Huang
GREENBAY HOME INC
""",
  emo=("WHY YOU DEACTIVATE OUR ACCOUNT AGAIN???", "WE DID NOTHING WRONG", "they will lose job because of you",
       "This is not fair!!!!", "we will find lawyer and sue Amazon in court"),
  notes="angry third appeal: capitals, threat to sue; no POA and no policy named")

M("apl-odr-in-028", A, "odr", "IN", "indian",
  "Account deactivated - Ganesh Electricals - kindly reactivate",
  """
Dear Seller Support,

Our account Ganesh Electricals (Pune) is showing deactivated since 2 May 2026 and the Account Health page shows Order Defect Rate 1.3%. Most of the defects are A-to-z claims of buyers who did not receive the LED battens in time during the monsoon.

We have 340 units in FBA and our staff is waiting for the account to start. Kindly reactivate the account, we will take care going forward.

Please revert back what document is required from our side. Kindly do the needful at the earliest.

Thanks and regards,
Vinod Deshmukh
Ganesh Electricals
Mob: +91 98220 41763
""",
  pol=("Order Defect Rate",),
  dec=(("phone", "+91 98220 41763"),),
  notes="short Indian request with no plan of action; names the ODR metric")

M("apl-identity-native-029", A, "identity-verification", "US", "native",
  "Account deactivated - can't get verification to go through",
  """
Hello,

My account (Blue Heron Fly Shop) got deactivated last week and the notice says Amazon could not verify my identity. I've uploaded my driver's license twice and it keeps getting rejected. I'm not sure what else is needed.

To save time, you can log in and look at it yourselves:
email: tom@blueheronfly.com
password: Heron!Drift2026

It will send a code to my phone, the one I got this morning was 448130 if that helps, or just call me at (406) 555-0187 and I'll read you the new one.

I've been selling on Amazon for six years and I've never had an issue. I just need someone to look at the documents and turn the account back on.

Tom Sandoval
Blue Heron Fly Shop, Missoula MT
""",
  pol=("could not verify my identity",),
  sec=(("password", "Heron!Drift2026"), ("one-time-code", "448130")),
  dec=(("phone", "(406) 555-0187"),),
  notes="native seller with no POA who pastes his login password and a one-time code")

M("cov-inauth-cn-030", A, "inauthentic", "US", "chinese",
  "Appeal for account deactivation - AURORA LIGHTING - POA attached",
  """
Dear Seller Performance Team,

Re: Appeal for account deactivation, Inauthentic complaints, store name AURORA LIGHTING

Thank you for your email dated 2026-04-14. We have prepared a detailed Plan of Action which explains the root cause, the corrective actions we have taken and the preventive measures. Please find the POA in the attached PDF file "AURORA_POA_20260418.pdf".

We also attached:
1. Purchase invoices from our manufacturer Zhongshan Guangyao Lighting Factory for the last 365 days (INV-GY-2601 to INV-GY-2612).
2. The manufacturer's business license and authorization letter.
3. Photos of the product, packaging and brand label.

The supply chain is: Zhongshan Guangyao Lighting Factory, then our company Zhongshan Aurora Lighting Technology Co., Ltd., then Amazon FBA. Contact of the manufacturer: Mr. Huang, +86 760 8836 2210.

If you need any more information please let us know. Thank you for your time.

Best regards,
Zhou Ying
Zhongshan Aurora Lighting Technology Co., Ltd.
""",
  att=True,
  pol=("Inauthentic complaints",),
  dec=(("file-name", "AURORA_POA_20260418.pdf"), ("invoice-number", "INV-GY-2601"), ("phone", "+86 760 8836 2210")),
  notes="cover letter: the POA is in the attached PDF, the text only lists documents")

# ---------------------------------------------------------------------------------------------
# chunk 3: account appeals 031-045
# ---------------------------------------------------------------------------------------------

M("poa-inauth-latam-031", A, "inauthentic", "US", "latam",
  "Appeal Cafe Sierra Nevada - please review",
  """
Hello Amazon team,

I am Andrés Pineda from Bogotá, my store is Café Sierra Nevada and we sell Colombian coffee beans. Our account was deactivated for inauthentic item complaints. Please understand, this is coffee from my family's farm, my father and my uncles work in it, how can it be inauthentic?? I am desperate, we have 2 containers of coffee waiting and the bank is calling every day!!!

Why this happened
A customer wrote that the bag looked different from the photo. In January we changed the bag design to a new printing company in Medellín and the listing photos still showed the old bag. So the buyer thought it was not the original product.

What we did
All details are in the document attached to this case.

How we avoid it
We will update the photos every time we change the packaging.
We will put the farm registration number and lot number on every bag.
We will answer customer messages in less than 24 hours to explain packaging changes.

PLEASE, I am begging you, look at my case with your heart. Without Amazon we lose everything.

Andrés Pineda
Café Sierra Nevada SAS
""",
  style="plain", rc="Why this happened", pr="How we avoid it",
  pol=("inauthentic item complaints",),
  emo=("how can it be inauthentic??", "I am desperate, we have 2 containers of coffee waiting and the bank is calling every day!!!",
       "PLEASE, I am begging you, look at my case with your heart", "Without Amazon we lose everything"),
  notes="Colombian seller pleading; plain headings, the 'What we did' part only points to an attachment")

M("poa-condition-cn-032", A, "condition", "US", "chinese",
  "Appeal for QIANYUE Tools account",
  """
Dear Seller Performance Team,

We received the notification that our account was deactivated due to high number of "item not as described" and condition complaints. Our store name is QIANYUE Tools. We have take the below measures.

1. Measures we have taken
1.1 We have checked all 23 returned drills in our returns report and found 15 of them are with opened box.
1.2 We have created removal order for all returned units in FBA (1,042 units checked, 37 units removed as unsellable).
1.3 We have contacted every complained buyer and offered full refund, 21 buyers accept.
1.4 We have updated the product description to show 1 battery in the package.

2. Measures to avoid in future
2.1 Customer returns will be removed from FBA and inspected in our US warehouse before resell as used.
2.2 Our listing manager check the description and the real package every two weeks.
2.3 Weekly check Voice of the Customer dashboard and solve any problem in 48 hours.

We guarantee this kind of problem will not happen again. Please reinstate our account.

Best regards,
QIANYUE Tools
Zhejiang Qianyue Electric Tools Co., Ltd.
""",
  style="numbered", co="1. Measures we have taken", pr="2. Measures to avoid in future",
  pol=("item not as described", "condition complaints"),
  notes="Chinese '1.1 / 1.2' POA with measures taken and to avoid; no reason for the complaints given")

M("poa-restricted-in-033", A, "restricted-products", "IN", "indian",
  "Appeal for reactivation - Shubh Agro Care",
  """
Dear Amazon Team,

This is with reference to deactivation of our account Shubh Agro Care. As per your email our listing of a garden product is against your policy. We are small sellers from Nashik and we were not aware.

Root Cause: Our team listed the 'Neem Kill Pro' spray bottle which is a pesticide product. We did not know that a registration certificate is required for listing such items on Amazon, and we did not have the CIB&RC registration from the manufacturer.

Corrective Action: We will delete the listing of Neem Kill Pro and 2 other similar sprays. We will create removal order for 64 units at the fulfilment centre. We will ask the manufacturer to provide the registration certificate, and only after that we will think about listing again.

Preventive Action: Our team will read the help pages before listing any chemical, fertilizer or pest control product. Owner approval will be required for all new listings. We will do monthly audit of all listings.

Kindly consider our appeal and reactivate at the earliest. Please revert if anything more is needed.

Regards,
Manoj Kulkarni
Shubh Agro Care
""",
  style="inline", rc="Root Cause:", co="Corrective Action:", done=False, pr="Preventive Action:",
  notes="inline POA with corrective only planned; refers only to 'your policy' and the product")

M("poa-cancel-cn-034", A, "cancel-rate", "UK", "chinese",
  "Appeal - HOLLYWEN Home - cancellation rate",
  """
Dear Amazon UK team,

Our account HOLLYWEN Home was deactivated because the cancellation rate was over the target. We are very sorry for the inconvenient caused to the buyers.

We have already cancelled the listings of 12 SKUs which have no stock in our UK warehouse, and we set the quantity of other 80 SKUs to the real stock. All buyers of cancelled orders got full refund and an apology message on 2026-03-22. We also moved 600 units of our best-selling bath mats to FBA so Amazon ships them.

In future we will check the stock in our warehouse system and Seller Central every day at 9 am. If the stock of a SKU is less than 5, the operator will set it to zero. We will also use FBA for the top 20 products, so the problem will not happen again.

Please kindly reinstate our selling account. Thank you!

Best regards,
Sun Hui
HOLLYWEN Home
""",
  style="none", co="We have already cancelled", pr="In future we will check",
  pol=("cancellation rate",),
  dec=(("single-apology", "We are very sorry for the inconvenient caused to the buyers."),),
  notes="prose POA: what was done and what will be done, no explanation of why orders were cancelled")

M("poa-pricegouge-pl-035", A, "price-gouging", "UK", "other-non-native",
  "Fair Pricing - Wisla Home Goods - appeal",
  """
Good morning,

I write regarding the deactivation of Wisła Home Goods for violation of the Fair Pricing policy. The notice mentions our listing of a 5 litre hand sanitiser (ASIN B0CZP4M2WD) which had a price of £49.90 at the end of February.

What happened
Our supplier in Poland increased the price for us by 60% because of shortage, and our shipping cost to UK also went up. Our employee Marta just calculated new price with the same margin and did not compare with the price before or with other offers. The result was a price much higher than the recent prices on Amazon.

What we are going to do
We will lower the price to £18.50, which was our price in January.
We will refund the difference to customers who paid the high price.
We will stop selling the sanitiser if we cannot get a normal purchase price.

How we stop it next time
Any price increase above 10% will need approval from me as the owner.
We will compare with the reference price shown in Seller Central before changing any price.

Regards,
Paweł Zieliński
Wisła Home Goods
""",
  style="plain", rc="What happened", co="What we are going to do", done=False, pr="How we stop it next time",
  pol=("Fair Pricing policy",),
  dec=(("asin", "B0CZP4M2WD"),),
  notes="Polish seller; plain headings; fixes are all still to be done")

M("poa-iptm-in-036", A, "ip-trademark", "IN", "indian",
  "Appeal - TrendyKart Fashions - trademark complaint Zarvia",
  """
Dear Seller Performance,

Our account TrendyKart Fashions has been deactivated due to a trademark infringement complaint filed by the brand owner of 'Zarvia' for ASIN B0BK7TQ4ZN. We have understood our mistake and we submit the following.

## What was the Issue
We had listed ladies kurtis on the 'Zarvia' brand listing page because our design was similar and the listing was getting good traffic. We are not an authorised seller of Zarvia and our product is our own unbranded product. Our cataloguing executive did not understand that matching to another brand's page uses their trademark.

## Steps Taken
1. We have deleted our offer from all 4 Zarvia listings on 11 April 2026.
2. We have created new listings under our own brand 'TrendyKart' with our own photos.
3. We have written to the brand owner requesting retraction and apologised for the mistake. Email copy attached.
4. The cataloguing executive has been given a written warning.

We humbly request you to reinstate our account. We will revert back with any further information you need.

Thanks & Regards,
Nikhil Jain
TrendyKart Fashions, Surat
""",
  style="markdown", rc="What was the Issue", co="Steps Taken",
  pol=("trademark infringement",),
  dec=(("asin", "B0BK7TQ4ZN"),),
  notes="markdown POA, cause and steps taken, nothing about preventing a repeat")

M("poa-related-vn-037", A, "related-accounts", "US", "other-non-native",
  "Appeal - Lotus Mekong Trading - related account",
  """
Dear Seller Performance Team,

My company Lotus Mekong Trading Co. received the notice that our account is related to another account that was suspended, "HanoiHub Store". We want to explain.

**Root cause**
HanoiHub Store belongs to my cousin Tran Van Duc. In 2025 he helped me to set up my account and he used his laptop and his home internet. He also added his credit card as a backup payment method for one month because my card was not accepted. So Amazon system linked the two accounts.

**Actions taken**
Will update soon.

**Prevention**
- Only I will use my account, from my own office computer and my own internet.
- I will not share any payment method, address, phone or device with other sellers.
- I understand that related accounts are not allowed when one account is suspended, and I will read the policies every quarter.

Best regards,
Le Thi Mai
Lotus Mekong Trading Co.
""",
  style="bold", rc="Root cause", pr="Prevention",
  pol=("related to another account", "related accounts"),
  notes="Vietnamese seller; bold headings; 'Actions taken' only says 'Will update soon' (absent)")

M("poa-inauth-cn-038", A, "inauthentic", "US", "chinese",
  "Inauthentic complaint ASIN B0D1MPZ9QK - actions and supplier info",
  """
To Amazon Seller Performance,

Store: FANGYUAN Baby
Issue: Inauthentic complaint ASIN B0D1MPZ9QK, baby bottle warmer

Below are our actions and supply chain information.

CORRECTIVE ACTIONS
1. All units in FBA are checked by removal and re-inspection: 312 units, all with brand label and serial sticker.
2. The complained order 111-8042736-5519204 is refunded.
3. We have uploaded the invoices from our manufacturer.

PREVENTION PLAN
1. We will keep the purchase invoice and packing list for every shipment.
2. Product photos will be updated when packaging changes.
3. Staff will check brand label before each FBA shipment.

SUPPLIER INFORMATION (copied from invoice)
Supplier: Foshan Anbei Electric Appliance Co., Ltd.
Address: No. 18 Shunde Road, Foshan, Guangdong
Contact: Ms. Lin, +86 757 2280 6615
收款银行账号: 6217 0031 2000 4839 276
开户行: 中国建设银行佛山顺德支行

Thank you.
FANGYUAN Baby team
""",
  style="caps", co="CORRECTIVE ACTIONS", pr="PREVENTION PLAN",
  pol=("Inauthentic complaint",),
  sec=(("bank-account", "6217 0031 2000 4839 276"),),
  dec=(("asin", "B0D1MPZ9QK"), ("order-id", "111-8042736-5519204"), ("phone", "+86 757 2280 6615"),
       ("foreign-snippet", "中国建设银行佛山顺德支行")),
  notes="caps POA with no root cause; supplier's bank account pasted from an invoice in Chinese")

M("poa-vtr-in-039", A, "valid-tracking", "IN", "indian",
  "POA for Valid Tracking Rate - Kaveri Spices & Foods",
  """
Dear Team,

Subject: POA for Valid Tracking Rate below target - Seller: Kaveri Spices & Foods

Our self-ship orders in March had Valid Tracking Rate of 91%, below the target of 95%, and our account is deactivated. We have identified the problem and corrected it.

A. Root Cause
For self-ship orders we used a regional courier 'SwiftLine Couriers' whose tracking numbers are not integrated with Amazon. Our staff entered the AWB number with a space or with the prefix 'SL', for example SL 40021786553, so Amazon could not validate it. 58 orders were affected.

B. Corrective Actions
1. We have re-entered the correct tracking IDs for all orders which were still open.
2. We have stopped using SwiftLine and shifted all self-ship orders to Amazon Easy Ship from 1 April 2026.
3. For pending orders we have used Delhivery, tracking ID 1490327718265 entered without any prefix.

C. Preventive Actions
1. Only Easy Ship or integrated carriers will be used.
2. Before confirming shipment, the system checks that the tracking ID has only digits and the correct length.
3. Our operations head will check the Valid Tracking Rate every Monday.

Kindly reinstate our account.

Regards,
Lakshmi Iyer
Kaveri Spices & Foods, Chennai
""",
  style="lettered", rc="A. Root Cause", co="B. Corrective Actions", pr="C. Preventive Actions",
  pol=("Valid Tracking Rate",),
  dec=(("tracking-number", "SL 40021786553"), ("tracking-number", "1490327718265")),
  notes="Indian lettered POA, complete, with courier tracking numbers as decoys")

M("poa-sccoc-cn-040", A, "seller-code-of-conduct", "US", "chinese",
  "POA - LUCKYBIRD Pets",
  """
Dear Amazon,

We got your email that our account LUCKYBIRD Pets has been deactivated because of our staff's behavior when contacting customers. We accept it and here is our POA.

Our POA, part 1 – Why it happened
One of our customer service staff found the buyers' personal email addresses on gift notes and social media, and sent them emails outside Amazon to ask for 5-star reviews and offer coupons for our own website. The staff did this to reach his monthly target. Our company did not have a rule for customer contact.

Our POA, part 2 – What we will fix
We will stop all customer contact outside Buyer-Seller Messaging.
We will delete all buyer email addresses saved by the staff.
We will give this staff member a formal warning and move him to the warehouse team.

Our POA, part 3 – Prevention
All messages to buyers will only go through Seller Central.
Customer service targets will be about response time, not reviews.
Our manager will check the sent messages every week.

We hope Amazon can review our POA. Thank you!

LUCKYBIRD Pets
Xiamen Luckybird Pet Products Co., Ltd.
""",
  style="our-poa", rc="Our POA, part 1 – Why it happened", co="Our POA, part 2 – What we will fix", done=False,
  pr="Our POA, part 3 – Prevention",
  notes="'Our POA, part N' headings; fixes only planned; describes the conduct but names no policy")

M("poa-counterfeit-tr-041", A, "counterfeit", "US", "turkish",
  "Appeal - Bosphorus Leather Co. - counterfeit goods",
  """
Dear Sir/Madam,

We are Bosphorus Leather Co., we produce leather belts in our own workshop in Istanbul. Our account on amazon.com was deactivated for counterfeit goods, the complaint is about belt buckles.

1. What we did immediately
- We removed all belts with the "H" style buckle from our listings (7 ASINs) and closed them.
- We sent a removal order for 260 belts in FBA; they will be sent back to Turkey and the buckles will be changed.
- We sent an email to the brand's lawyer to tell we stopped selling.

2. What we will do to prevent
- We designed our own buckle with our logo "BLC" and registered it at the Turkish Patent and Trademark Office in March 2026.
- We do not buy ready buckles from the Kapalıçarşı market anymore.
- Before a new model is listed, our lawyer checks it.

We want to continue selling our handmade belts to American customers. We hope you accept our appeal.

Best regards,
Selin Aydın
Bosphorus Leather Co.
""",
  style="numbered", co="1. What we did immediately", pr="2. What we will do to prevent",
  pol=("counterfeit goods",),
  notes="Turkish workshop; numbered actions and prevention, never says how the copied buckles got in")

M("poa-odr-cn-042", A, "odr", "US", "chinese",
  "关于ODR过高的申诉 / Appeal for high ODR - TIANLU Kitchen",
  """
Dear Seller Performance Team,

关于ODR过高的申诉 / Appeal for high ODR

Store name: TIANLU Kitchen
Our Order Defect Rate in the 60 days to 2026-03-31 was 2.1%. Below is our analysis.

## 原因分析 Reason analysis
The 31 defects come from two problems: (1) 19 negative feedbacks about the non-stick pan coating peeling after a few uses, all from lot number LT-2511-08; (2) 12 A-to-z claims because our self-ship orders went with a slow carrier and arrived after the delivery date.

## 已经采取的措施 Actions we have taken
- Stopped selling the pans from lot LT-2511-08, removed 408 units from FBA and returned them to the factory.
- Full refund to the 19 buyers and replacement from a new lot that passed a 500-cycle abrasion test.
- Changed all self-ship orders to FBA since 2026-04-03.

## 预防措施 Preventive measures
- Each new lot must pass the abrasion test with report before shipping to Amazon.
- Weekly review of negative feedback and A-to-z claims by the operation manager.
- Keep only FBA for products over $30.

Thank you for your time.
TIANLU Kitchen / 天禄厨具
""",
  style="markdown", rc="原因分析 Reason analysis", co="已经采取的措施 Actions we have taken", pr="预防措施 Preventive measures",
  pol=("ODR", "Order Defect Rate"),
  dec=(("lot-number", "LT-2511-08"), ("foreign-snippet", "关于ODR过高的申诉")),
  notes="markdown headings in Chinese with English translations and body; complete")

M("poa-usedsold-in-043", A, "used-sold-as-new", "US", "indian",
  "Appeal - Pristine Gadgets LLC",
  """
Hello Seller Performance,

We are writing regarding our account Pristine Gadgets LLC which was deactivated due to complaints that used products were sold as new. We are an Indian-owned company in New Jersey and we sell refurbished and new headphones.

The reason was that our new warehouse helper mixed the refurbished stock and new stock during the shifting of our warehouse in February. Both were in similar brown cartons and the label of refurbished units was only a small sticker on the side. Some refurbished headphones were shipped for new condition orders.

Going forward we will store refurbished items in a separate area with clear 'REFURB' marking on all sides of the carton. We will list refurbished items only under Amazon Renewed after approval, or as used condition. We will also contact all the buyers from February and March and offer them a return with full refund and free shipping label, and we will check all remaining new stock by serial number against the supplier list.

Kindly review and do the needful.

Regards,
Sandeep Reddy
Pristine Gadgets LLC
""",
  style="none", rc="The reason was that", co="We will also contact all the buyers", done=False,
  pr="Going forward we will store",
  pol=("used products were sold as new",),
  notes="prose POA; the fixes for past buyers are folded into the future paragraph, all 'will'")

M("poa-identity-cn-044", A, "identity-verification", "US", "chinese",
  "Identity verification appeal - JINGHONG Trading",
  """
Dear Amazon Seller Identity Verification Team,

Our account JINGHONG Trading was deactivated because we did not pass the identity verification (Business Solutions Agreement Section 3). We explain and provide information below.

1. Why the verification failed
Our legal representative changed from Mr. Xu Jian to Ms. Xu Lan in December 2025, but we still uploaded the old ID card. Also the credit card in Seller Central belongs to Mr. Xu Jian, so the names did not match the business license.

2. What we have done
- Uploaded the new business license showing Ms. Xu Lan as legal representative, and her ID card front and back.
- Changed the charge method to a card in the name of Ms. Xu Lan.
- Requested the video call appointment for 2026-04-20.

3. Bank information for verification (our finance staff pasted from bank system):
账户名称：义乌市京鸿贸易有限公司
银行账号：3301 0158 8800 2471 9634
开户行：中国工商银行义乌分行

Please check and reactivate our account. Thank you very much.

Xu Lan
JINGHONG Trading
""",
  style="numbered", rc="1. Why the verification failed", co="2. What we have done",
  pol=("identity verification", "Business Solutions Agreement Section 3"),
  sec=(("bank-account", "3301 0158 8800 2471 9634"),),
  dec=(("foreign-snippet", "义乌市京鸿贸易有限公司"),),
  notes="identity POA with cause and fixes but no prevention; Chinese bank account block pasted in")

M("apl-sccoc-tr-045", A, "seller-code-of-conduct", "UK", "turkish",
  "FOURTH APPEAL - Kapadokya Ceramics",
  """
To Amazon Seller Performance,

This is my FOURTH appeal. My account Kapadokya Ceramics was deactivated for a violation of the Seller Code of Conduct and nobody explains me what I did wrong. I am selling handmade ceramics for 5 years with 4.9 star rating!!! You send me only automatic messages.

I have 3 workers and their families. Because of your decision I could not pay their salary this month. I am very angry and very tired. This is unacceptable!!!

I already contacted my lawyer in London. If my account is not reactivated in 10 days, we will open a case against Amazon at the court and also go to the newspapers.

I want a phone call from a real person. My phone: +90 532 418 2297.

Ahmet Koç
Kapadokya Ceramics
""",
  pol=("Seller Code of Conduct",),
  emo=("This is my FOURTH appeal", "I am selling handmade ceramics for 5 years with 4.9 star rating!!!",
       "Because of your decision I could not pay their salary this month", "I am very angry and very tired",
       "This is unacceptable!!!", "we will open a case against Amazon at the court and also go to the newspapers"),
  dec=(("phone", "+90 532 418 2297"),),
  notes="Turkish seller's angry fourth appeal with a lawsuit threat and no POA")

# ---------------------------------------------------------------------------------------------
# chunk 4: account appeals 046-058 (no POA, cover letters, a Chinese-language POA)
# ---------------------------------------------------------------------------------------------

M("apl-counterfeit-cn-046", A, "counterfeit", "US", "chinese",
  "LAST CHANCE - MOONRIVER Toys appeal",
  """
Dear Amazon Seller Performance,

This is our LAST CHANCE. Our account MOONRIVER Toys was deactivated for counterfeit complaint and we have submitted 5 appeals, all rejected. Our products are designed by ourselves and produced in our own factory in Shantou, we have design patent and trademark certificate!!!

Our boss borrowed money from relatives to open this store. 40 workers in our factory are waiting for orders. If the account cannot be reinstated, our factory will close and all workers lose their job. We really cannot accept this result.

Please, please help us! We beg you to send our case to a senior team member who can really check our documents. We attached trademark certificate No. 58823104, factory license and production photos again.

Waiting for your reply day and night.

MOONRIVER Toys
汕头市月河玩具有限公司
""",
  pol=("counterfeit complaint",),
  emo=("This is our LAST CHANCE", "we have design patent and trademark certificate!!!",
       "Our boss borrowed money from relatives to open this store",
       "our factory will close and all workers lose their job", "Please, please help us! We beg you",
       "Waiting for your reply day and night"),
  dec=(("trademark-number", "58823104"), ("foreign-snippet", "汕头市月河玩具有限公司")),
  notes="sixth appeal pleading for a last chance; documents attached but no POA")

M("apl-inauth-in-047", A, "inauthentic", "IN", "indian",
  "Reactivation of seller account Om Sai Traders - invoices attached",
  """
Dear Seller Support Team,

Greetings of the day.

This is to inform you that our seller account Om Sai Traders (Merchant Token A1QZ8PLX3KM2V9) has been deactivated. We have received the email regarding the complaint on ASIN B0C9TRV2KL (steam iron). We are attaching herewith the purchase invoices from our distributor Sharma Appliances, Delhi, along with the letter of authorisation and GST certificate.

The invoices are dated 12 January 2026 and 3 February 2026, and the quantity matches with the units sold on Amazon.

Kindly check the documents and reactivate our account at the earliest. For any query please revert back on this email or call us on +91 99110 27384.

Thanks & Regards,
Deepak Gupta
Om Sai Traders, Ghaziabad
""",
  dec=(("merchant-token", "A1QZ8PLX3KM2V9"), ("asin", "B0C9TRV2KL"), ("phone", "+91 99110 27384")),
  notes="invoices attached, no plan of action and no policy named (only 'the complaint on ASIN')")

M("apl-restricted-native-048", A, "restricted-products", "US", "native",
  "Account deactivated with no details - Northfork Garden Co.",
  """
Hi there,

I got an email this morning that my seller account, Northfork Garden Co., has been deactivated, and I have no idea why. The email only says that some of my listings are not compliant and that I need to submit an appeal. I sell seed starting trays, grow lights and a few organic fertilizers.

I'm happy to fix whatever is wrong, but I need to know which listing and what the issue is before I can write a plan. Unfortunately the Account Health page doesn't show any specific item, just the deactivated status. Can someone tell me which ASINs are affected?

Thank you,
Rachel Lindgren
Northfork Garden Co.
(541) 555-0143
""",
  dec=(("mild-word", "Unfortunately"), ("phone", "(541) 555-0143")),
  notes="calm native seller asking which listings are affected; no POA, no policy, one 'Unfortunately'")

M("apl-dropship-pl-049", A, "drop-shipping", "UK", "other-non-native",
  "We do not drop ship - Krakow Outdoor",
  """
Dear Sir or Madam,

We cannot agree with the deactivation of our account Kraków Outdoor. The notice says we violated the drop shipping policy, but we do not drop ship. All our goods are stored in our own warehouse in Wieliczka and shipped by us with DPD.

The problem is probably the order 026-4418273-1195402. This customer received the tent from our partner's warehouse because our stock was empty, but it was shipped with our own packing slip and our company name. It was one time only.

We attach the DPD invoices and photos of our warehouse. Please check again and reactivate the account.

With regards,
Tomasz Wiśniewski
Kraków Outdoor Sp. z o.o.
""",
  pol=("drop shipping policy",),
  dec=(("order-id", "026-4418273-1195402"),),
  notes="Polish seller disputing the finding; explains one order but gives no plan of action")

M("apl-late-id-050", A, "late-shipment", "SG", "other-non-native",
  "Request reactivation - Rattan Nusantara",
  """
Dear Amazon team,

Good day. My name is Budi Santoso from Surabaya and my store is Rattan Nusantara. My account was deactivated because the late shipment rate was high in March, during Lebaran holiday our courier office was closed for one week.

Now the courier is normal again and all orders are shipped. I understand the rules and I respect them. Please give us chance to sell again, we are a small family business and we will be more careful in holiday time.

Thank you very much for your understanding.

Budi Santoso
Rattan Nusantara
""",
  pol=("late shipment rate",),
  dec=(("mild-plea", "Please give us chance to sell again"),),
  notes="Indonesian seller, short calm request with one polite plea; no POA")

M("cov-related-in-051", A, "related-accounts", "IN", "indian",
  "Appeal against deactivation for related accounts - Aarav Home Decor",
  """
Dear Seller Performance Team,

Sub: Appeal against deactivation for related accounts – Aarav Home Decor

Please find attached our Plan of Action (file name: AaravHomeDecor_POA_Apr2026.docx) which explains why our account was linked with the account 'Decor Bazaar India' and what we have done about it. The POA and the supporting documents (rent agreement, GST certificate GSTIN 27AAFCA9921K1Z5, electricity bill) are attached.

Kindly go through the attachment and do the needful. We are available on +91 80 4716 2290 for any clarification.

Regards,
Priya Menon
Aarav Home Decor LLP
""",
  att=True,
  pol=("related accounts",),
  dec=(("file-name", "AaravHomeDecor_POA_Apr2026.docx"), ("gst-number", "27AAFCA9921K1Z5"),
       ("phone", "+91 80 4716 2290")),
  notes="Indian cover letter; the POA is the attached .docx")

M("cov-iptm-native-052", A, "ip-trademark", "US", "native",
  "Appeal - Summit Trail Supply - POA and retraction attached",
  """
To whom it may concern,

I'm submitting an appeal for my account, Summit Trail Supply, which was deactivated on April 2 after a trademark complaint from Ridgeway Outdoors LLC (complaint ID 8830012457). Our full plan of action is in the attached PDF. It covers how the keyword got into our listings, what we've removed, and the review process we've put in place.

Also attached is the retraction email Ridgeway's counsel sent us on April 9 confirming they've withdrawn the complaint. I'd appreciate it if you could take that into account.

Best,
Greg Anders
Summit Trail Supply
""",
  att=True,
  pol=("trademark complaint",),
  dec=(("complaint-id", "8830012457"),),
  notes="native cover letter pointing to the attached POA and a retraction")

M("cov-safety-vn-053", A, "product-safety", "US", "other-non-native",
  "Plan of action in attachment - Hanoi Silk Garden",
  """
Dear Seller Performance Team,

Regarding the deactivation of our account Hanoi Silk Garden, we send you the plan of action in attachment file (POA_HanoiSilkGarden.pdf), together with test reports from the laboratory for our children's silk sleepwear, and the CPC certificate.

We hope you review the attachment and reactivate our account. If you need other documents please tell us, we will send them quickly.

Thank you very much.
Pham Minh Chau
Hanoi Silk Garden
""",
  att=True,
  dec=(("file-name", "POA_HanoiSilkGarden.pdf"),),
  notes="short Vietnamese cover letter, POA attached; names no policy")

M("poa-safety-native-054", A, "product-safety", "CA", "native",
  "Product safety appeal - Maple & Finch Kids",
  """
Hello Seller Performance,

Our account, Maple & Finch Kids, was deactivated after a product safety complaint about our wooden teething rings (ASIN B0CPLK5W8T). A parent reported that a bead came loose. We take this seriously and have done the following.

Investigation
We pulled the order history and traced the complaint to a batch we received in November 2025. Our manufacturer had switched to a thinner cord to speed up stringing and didn't tell us. We tested 50 rings from that batch and 6 failed a 90 N pull test. Our previous batches all passed.

Immediate actions
We closed the listing, requested removal of all 212 FBA units and quarantined the 140 units at our own warehouse in Kelowna. We emailed every customer who bought from that batch with a recall notice and a full refund, and filed a consumer product incident report with Health Canada.

Long-term controls
Every incoming batch now gets a pull test on 5% of units by an independent lab before we send anything to Amazon, and the report is saved with the batch number. Our supply agreement now requires written notice of any change to materials, and we've added the batch number to each package so we can trace any future complaint.

Please let me know if you'd like the lab reports.

Regards,
Claire Dubois
Maple & Finch Kids
""",
  style="plain", rc="Investigation", co="Immediate actions", pr="Long-term controls",
  pol=("product safety",),
  dec=(("asin", "B0CPLK5W8T"),),
  notes="native seller on CA; 'Investigation / Immediate actions / Long-term controls', complete")

M("poa-review-in-055", A, "review-manipulation", "IN", "indian",
  "Appeal with folded hands - Veda Herbals",
  """
Respected Amazon Team,

I am writing this with lot of pain. Our account Veda Herbals was deactivated for review manipulation. This business I started after leaving my job and I put all my savings. My family is in deep stress and my father is heart patient, he is asking me every day about it. Please don't destroy our small business!!!

Actions taken:
- We have stopped giving free samples to our friends and relatives.
- We have removed the WhatsApp group where we were sharing product links.
- We have asked our known persons who gave reviews to not give any more reviews.

Future prevention:
- We will only use the 'Request a Review' button in Seller Central.
- No contact with buyers outside Amazon.
- Our team will read Amazon's Community Guidelines and the customer product reviews policy.

Kindly, kindly give us one more chance. We will never repeat. I request you from the bottom of my heart.

Yours faithfully,
Arjun Mehta
Veda Herbals, Jaipur
""",
  style="colon", co="Actions taken:", pr="Future prevention:",
  pol=("review manipulation", "Community Guidelines"),
  emo=("I am writing this with lot of pain", "I put all my savings",
       "My family is in deep stress and my father is heart patient", "Please don't destroy our small business!!!",
       "Kindly, kindly give us one more chance", "I request you from the bottom of my heart"),
  notes="pleading Indian seller; colon headings for actions and prevention, never explains the cause")

M("poa-late-cn-056", A, "late-shipment", "UK", "chinese",
  "Second appeal - ORIENT BLOOM - late dispatch",
  """
Dear Amazon UK Seller Performance Team,

Our account ORIENT BLOOM was deactivated because of high late dispatch rate (8.6%). This is our second appeal, with more detail about the reason.

A) Root cause of late dispatch
Our orders are shipped from our warehouse in Yiwu by Royal Mail Tracked via a freight forwarder. In February during Chinese New Year our warehouse staff were on holiday for 12 days, but we did not set holiday mode or extend the handling time. Orders stayed in the system and were confirmed after the expected dispatch date.

B) Corrective actions
Please refer to our previous appeal.

C) Preventive actions
a. We will set holiday settings 7 days before every Chinese holiday.
b. We will move our top 30 SKUs to FBA so that dispatch does not depend on our warehouse.
c. We will keep 2 staff on duty during every holiday.

Thank you for your consideration.

ORIENT BLOOM
Yiwu Orient Bloom Crafts Co., Ltd.
""",
  style="lettered", rc="A) Root cause of late dispatch", pr="C) Preventive actions",
  pol=("late dispatch rate",),
  notes="lettered second appeal; corrective part only refers to the previous appeal (absent here)")

M("poa-dropship-cn-057", A, "drop-shipping", "US", "chinese",
  "Appeal - VIVIHOME account",
  """
Dear Seller Performance Team,

Our account VIVIHOME was deactivated. We understand it's because of the orders for the bamboo storage boxes, some buyers received box from another seller. Below is our explanation.

The reason:
Our stock for the bamboo boxes was sold out in January, but the listing was still active. Our operator bought the boxes on another platform and used the buyers' address to ship directly from that seller, and the package had that seller's invoice inside.

What we have done:
1. The listings for the bamboo boxes are closed.
2. The operator who did this has been dismissed.
3. All 43 buyers got full refund and an apology letter.
4. We cancelled the account on the other platform.

Please reactivate our account, thank you.

VIVIHOME
Shenzhen Vivi Home Products Co., Ltd.
""",
  style="colon", rc="The reason:", co="What we have done:",
  notes="colon headings; cause and fixes, no prevention; only the product is named, no policy")

M("poa-inauth-zh-058", A, "inauthentic", "US", "chinese",
  "关于不真实商品投诉的申诉 - HENGYUAN Digital",
  """
尊敬的亚马逊卖家绩效团队：

您好！我们是深圳市恒远数码科技有限公司，店铺名称 HENGYUAN Digital。我们的账户因为“不真实商品投诉”被停用，涉及的商品是 ASIN B0CQ8RZ2LM 的无线充电器。以下是我们的行动计划。

一、问题的根本原因
我们在2026年1月从一家新的供应商采购了500个充电器，该供应商不是品牌授权的经销商，只能提供收据，无法提供完整的发票链。买家收到的商品外包装和页面图片不一致，因此认为是假货。

二、已经采取的纠正措施
1. 已经将FBA仓库中剩余的 286 件商品全部移除并销毁。
2. 已经对投诉的买家全额退款并道歉。
3. 已经停止和这家供应商合作，现在只从品牌工厂直接采购，并上传了工厂发票。

三、预防措施
1. 所有新供应商必须提供营业执照、授权书和增值税发票。
2. 每批货入仓前抽检10%，拍照存档。
3. 运营人员每月学习一次亚马逊的防伪政策。

恳请贵团队审核并恢复我们的销售权限。谢谢！

深圳市恒远数码科技有限公司
2026年4月16日
""",
  lang="zh",
  style="numbered", rc="一、问题的根本原因", co="二、已经采取的纠正措施", pr="三、预防措施",
  pol=("不真实商品投诉", "防伪政策"),
  dec=(("asin", "B0CQ8RZ2LM"),),
  notes="complete POA written wholly in Chinese on the US marketplace")

# ---------------------------------------------------------------------------------------------
# chunk 5: listing reinstatements 059-072
# ---------------------------------------------------------------------------------------------

M("lst-iptm-cn-059", L, "ip-trademark", "US", "chinese",
  "Reinstate ASIN B0CK2WQ7RM - trademark",
  """
Hello Amazon,

Our listing ASIN B0CK2WQ7RM (silicone baking mat) was removed for trademark infringement. The complaint is from brand "Silpura" because our title had the words "Silpura style". We want to reinstate this listing.

**Reason**
Our new operator wrote "Silpura style" in title and search terms, because many customers search this word. He did not know it is a registered trademark and using it in our listing is not allowed.

**Correction**
N/A

**Prevention**
1. We made a list of banned brand words, operators must check it before upload.
2. Listings written by new operators must be checked by the team leader.
3. All operators studied the Amazon Intellectual Property Policy on 2026-04-11.

Please reinstate the ASIN. Thank you!

Best regards,
Wu Fang
KITCHBRO Store
""",
  style="bold", rc="Reason", pr="Prevention",
  pol=("trademark infringement", "Intellectual Property Policy"),
  dec=(("asin", "B0CK2WQ7RM"),),
  notes="bold listing POA whose 'Correction' section is just 'N/A'")

M("lst-safety-in-060", L, "product-safety", "IN", "indian",
  "Reinstatement of baby walker listing - BIS documents",
  """
Dear Team,

Our listing for the baby walker (ASIN B0B6NQ2XLT) has been deactivated because of safety documents requirement. As per the notification, the product requires compliance documents under the Product Safety policy and the BIS certification under the Toys (Quality Control) Order.

1. Why the listing was removed
We had not uploaded the BIS certificate and the test report for the walker. Our manufacturer had the certificate but we did not ask for it while listing. So Amazon could not verify the product is safe.

2. What we will do
- We will collect the BIS certificate (licence CM/L-7710038465) and the lab test report from the manufacturer.
- We will upload the documents in the Manage Your Compliance page.
- We will add the safety warning and age grading in the product images.

3. Prevention
- No toy or baby product will be listed without the BIS licence and test report in our system.
- Our compliance executive will check the Manage Your Compliance page weekly.

Kindly reinstate the listing once documents are verified.

Regards,
Sneha Rao
Little Steps Baby Store, Bengaluru
""",
  style="numbered", rc="1. Why the listing was removed", co="2. What we will do", done=False, pr="3. Prevention",
  pol=("Product Safety policy", "Toys (Quality Control) Order"),
  dec=(("asin", "B0B6NQ2XLT"), ("certificate-number", "CM/L-7710038465")),
  notes="Indian listing POA; documents not yet collected, corrective all future")

M("lst-condition-native-061", L, "condition", "US", "native",
  "Reinstatement request - ASIN B09TX4HQ6P",
  """
Hi,

Our ASIN B09TX4HQ6P (cast iron skillet, 12 inch) was deactivated because of condition complaints from customers. I'd like to get it back up.

We've already pulled the remaining 88 units out of FBA and inspected all of them by hand. 11 had rust spots on the underside, and those have been re-seasoned or written off. We refunded every customer who filed a complaint in the last 60 days and sent a replacement to the four who asked for one.

From here on, every skillet is coated with a food-safe oil and wrapped in VCI paper before it goes into the box, and we've added a silica gel pack. We'll also open and check five units from each inbound shipment before sending it to Amazon.

Thanks,
Jason Pruitt
Ironwood Kitchen Goods
""",
  style="none", co="We've already pulled", pr="From here on",
  pol=("condition complaints",),
  dec=(("asin", "B09TX4HQ6P"),),
  notes="native prose listing appeal: fixes and prevention, no reason why the skillets rusted")

M("lst-restricted-cn-062", L, "restricted-products", "US", "chinese",
  "ASIN B0DL9XK3PA deactivated - please reinstate",
  """
Dear Amazon,

Our listing ASIN B0DL9XK3PA (copper water bottle) was deactivated. The message said we need to correct the listing, but we do not understand which part is wrong, so we checked everything and write this plan.

ROOT CAUSE
In the bullet points we wrote "kills 99.9% of bacteria" and "antibacterial copper protects your family". Our operator copied these words from the supplier's product sheet. We now understand these claims cannot be used without registration.

CORRECTIVE ACTIONS
见附件 (please see attachment)

PREVENTIVE ACTIONS
1. We will not use words like antibacterial, antimicrobial, kills germs, or sterilize in any listing.
2. Team leader checks all bullet points before submit.
3. Monthly listing audit with keyword list.

Thank you for your help.

COPPERLY Home
""",
  style="caps", rc="ROOT CAUSE", pr="PREVENTIVE ACTIONS",
  dec=(("asin", "B0DL9XK3PA"), ("foreign-snippet", "见附件")),
  notes="caps POA, corrective only '见附件 (please see attachment)'; no policy named")

M("lst-listing-in-063", L, "listing-policy", "IN", "indian",
  "Listing suppressed - bedsheet ASIN B0C3LHV8RT",
  """
Dear Seller Support,

Our listing for the cotton bedsheet set (ASIN B0C3LHV8RT) has been suppressed and deactivated for violation of the product detail page rules.

A) Corrective steps
1) We have replaced the main image with a pure white background image without any text, logo or watermark.
2) We have changed the title from "BEST QUALITY Cotton Bedsheet King Size 100% Original Sale Offer" to "Cotton Double Bedsheet with 2 Pillow Covers, King Size, 144 TC, Floral Blue".
3) We have removed "Free gift" and "Sale" from the bullet points.

B) Preventive steps
1) All images will be checked against the product image requirements before upload.
2) Title will follow the style guide for the Home category.
3) One senior person will review all listing changes.

Kindly reinstate the listing and do the needful.

Thanks and regards,
Harpreet Singh
Punjab Home Linen, Ludhiana
""",
  style="lettered", co="A) Corrective steps", pr="B) Preventive steps",
  pol=("product detail page rules",),
  dec=(("asin", "B0C3LHV8RT"),),
  notes="lettered listing POA with steps and prevention only; never explains how the listing went wrong")

M("lst-pricegouge-cn-064", L, "price-gouging", "US", "chinese",
  "Reactivate ASIN B0BVC8M2TW - pricing",
  """
Dear Amazon Team,

Our ASIN B0BVC8M2TW (portable power station 500W) was deactivated for a Fair Pricing Policy violation. Please check our explanation.

Reason:
During the winter storm in January, our stock was low, and our operator changed the price from $299 to $549 to slow down the sales, because the next shipment was still on the sea. He did not know this is against the policy.

Actions:
1. The price was changed back to $299 on 2026-02-02.
2. We refunded $250 to each of the 7 buyers who paid $549.
3. The operator has been warned.

Please help to reactivate the listing. Thank you.

Best regards,
Yang Lu
POWERBEE Official
""",
  style="colon", rc="Reason:", co="Actions:",
  pol=("Fair Pricing Policy",),
  dec=(("asin", "B0BVC8M2TW"),),
  notes="short colon POA with reason and actions; no prevention")

M("lst-counterfeit-latam-065", L, "counterfeit", "US", "latam",
  "Listing reinstatement - Pampa Mate Co.",
  """
Hello Amazon Seller Performance,

My name is Lucas Benítez, from Buenos Aires, store Pampa Mate Co. Our listing of the leather mate cup set (ASIN B0CSW1ZK8N) was removed for a counterfeit complaint. Our mates are handmade by artisans in Córdoba, but I understand why the complaint happened.

## What happened
We used the photos from our supplier's website and those photos show a brand stamp "Gaucho Real" on the leather, which is another company's brand. Our real product has no stamp, so the customer thought we are selling a fake of that brand.

## What we fixed
See attached file with the new photos and the invoices.

## How we make sure it doesn't happen again
- We will take our own photos of every product in our studio.
- We will never use supplier photos without checking for logos.
- Every month I will review all listings personally.

Muchas gracias for your time, I hope we can sell again soon.

Lucas Benítez
Pampa Mate Co.
""",
  style="markdown", rc="What happened", pr="How we make sure it doesn't happen again",
  pol=("counterfeit complaint",),
  dec=(("asin", "B0CSW1ZK8N"), ("foreign-snippet", "Muchas gracias")),
  notes="Argentine seller; markdown POA whose fix section only says 'See attached file'")

M("lst-inauth-vi-066", L, "inauthentic", "SG", "other-non-native",
  "Yêu cầu khôi phục sản phẩm ASIN B0CW7TP3XH",
  """
Kính gửi đội ngũ Amazon,

Tôi là Trần Quốc Bảo, chủ cửa hàng Mekong Leaf Tea trên Amazon.sg. Sản phẩm trà ô long của chúng tôi (ASIN B0CW7TP3XH) bị gỡ xuống vì khiếu nại hàng không chính hãng. Dưới đây là kế hoạch hành động của chúng tôi.

Nguyên nhân
Vào tháng 2 năm 2026, chúng tôi đổi nhà in bao bì mới ở Bảo Lộc. Bao bì mới có màu khác và logo nhỏ hơn so với hình ảnh trên trang sản phẩm, vì vậy khách hàng nghĩ rằng sản phẩm không phải hàng thật.

Những việc đã làm
Chúng tôi đã cập nhật tất cả hình ảnh sản phẩm theo bao bì mới. Chúng tôi đã hoàn tiền cho khách hàng khiếu nại và gửi hóa đơn của nhà máy chè cho Amazon.

Biện pháp phòng ngừa
Mỗi khi thay đổi bao bì, chúng tôi sẽ cập nhật hình ảnh trước khi gửi hàng vào kho. Chúng tôi sẽ lưu hóa đơn và giấy chứng nhận nguồn gốc cho mỗi lô hàng.

Xin cảm ơn.
Trần Quốc Bảo
""",
  lang="vi",
  style="plain", rc="Nguyên nhân", co="Những việc đã làm", pr="Biện pháp phòng ngừa",
  pol=("khiếu nại hàng không chính hãng",),
  dec=(("asin", "B0CW7TP3XH"),),
  notes="complete listing POA written in Vietnamese on Amazon.sg")

M("lst-usedsold-cn-067", L, "used-sold-as-new", "UK", "chinese",
  "PLEASE HELP - robot vacuum listing blocked",
  """
Dear Amazon UK,

PLEASE HELP!!! Our best-selling listing, the robot vacuum ASIN B0C8ZQ5N1V, was blocked because of used sold as new complaints. This single listing is 80% of our sales, and since it was blocked we have no income for 3 weeks. We have 14 staff and we cannot pay the rent of the office this month. We are really desperate!!!

Our POA 1: Root cause
Customer returns were sent back to our UK third-party warehouse, and the warehouse put the returned vacuums back to the sellable stock without checking, because our instruction to them was not clear. Then these units were sent to FBA again as new.

Our POA 2: What we have done
- All 96 returned units in the third-party warehouse are now separated and marked as "returned".
- We removed 430 units from FBA and checked every unit; 22 used units were found and taken out.
- We gave full refund to the 9 complained buyers.

Our POA 3: Prevention
- Returns will never go back to sellable stock; they will be sold as Used on a separate condition listing, or liquidated.
- Written SOP signed with the warehouse on 2026-03-30.
- Random check of 20 units from each FBA shipment by our UK staff.

We beg you to reactivate this listing as soon as possible, otherwise our company will not survive.

SMARTKLEEN UK
Ningbo Smartkleen Appliances Co., Ltd.
""",
  style="our-poa", rc="Our POA 1: Root cause", co="Our POA 2: What we have done", pr="Our POA 3: Prevention",
  pol=("used sold as new",),
  emo=("PLEASE HELP!!!", "since it was blocked we have no income for 3 weeks",
       "we cannot pay the rent of the office this month", "We are really desperate!!!",
       "We beg you to reactivate this listing as soon as possible, otherwise our company will not survive"),
  dec=(("asin", "B0C8ZQ5N1V"),),
  notes="complete 'Our POA N:' listing POA wrapped in desperate pleading")

M("lst-copyright-in-068", L, "ip-copyright", "IN", "indian",
  "Reinstatement request - Class 10 Maths Question Bank",
  """
Dear Sir/Madam,

Our listing of the 'Class 10 Maths Question Bank' (ASIN 9390821457) has been removed. We are requesting reinstatement.

Root cause: The book cover image and some sample page images in our listing were taken from the publisher's website. Our staff uploaded them thinking there is no problem because we are selling the same book.

Corrective action: We will remove all the images copied from the publisher's website. We will take fresh photos of the physical book that we have in stock. We will also request the publisher for a letter allowing us to use their cover image.

Preventive action: We will use only our own photos for all books. Before any listing goes live, our supervisor will check that no image is taken from other websites.

Kindly reinstate the listing and revert back.

Regards,
Imran Shaikh
Shaikh Book Depot, Pune
""",
  style="inline", rc="Root cause:", co="Corrective action:", done=False, pr="Preventive action:",
  dec=(("asin", "9390821457"),),
  notes="inline listing POA, corrective only planned; says only 'has been removed', no policy")

M("lst-patent-native-069", L, "ip-patent", "US", "native",
  "Reinstatement - ASIN B0D3RHQ9VW - patent complaint retracted",
  """
Hello,

We're requesting reinstatement of ASIN B0D3RHQ9VW (collapsible dish drying rack), which was removed after a patent infringement complaint from Holloway Home Products. We reached an agreement with Holloway and the complaint has been retracted.

### Cause
Unfortunately our first production run used a hinge design that the manufacturer offered as a stock part. It turned out to match a claim in Holloway's utility patent, US 11,902,347. We didn't run a patent search on the stock parts, only on the overall design.

### Actions taken
- Stopped sales and removed the 300 FBA units with the old hinge.
- Worked with our manufacturer on a new hinge with a different locking mechanism; our patent attorney reviewed it and issued a written non-infringement opinion on March 27.
- Holloway reviewed the new design and sent a retraction to Amazon on April 3 (copy attached).

### Going forward
Every component on a new product, including stock parts, goes through a patent search by our attorney before we approve the production sample.

Thanks for taking a look.

Erin Maddox
Maddox & Pike Home
""",
  style="markdown", rc="Cause", co="Actions taken", pr="Going forward",
  pol=("patent infringement",),
  dec=(("asin", "B0D3RHQ9VW"), ("patent-number", "11,902,347"), ("mild-word", "Unfortunately")),
  notes="calm native listing POA, complete, one 'Unfortunately'")

M("lst-restricted-ar-070", L, "restricted-products", "AE", "other-non-native",
  "Reinstate oud gift set listing - Oud Al Sharq Perfumes",
  """
Dear Amazon.ae Team,

Greetings. I am Khalid Al-Hashimi, manager of Oud Al Sharq Perfumes. Our listing for the oud oil gift set (ASIN B0CJ6KR4PL) has been deactivated and we kindly request to reinstate it.

Reason:
The gift set includes a small bottle of 30 ml alcohol-based perfume spray. We listed it as normal perfume but did not provide the safety data sheet for the spray. So the listing was blocked.

Actions done:
- We uploaded the SDS document from the manufacturer in Sharjah, and the exemption sheet.
- We edited the listing and removed the word "medical" from the description.
- We contacted the FBA team about the 55 units at the fulfilment centre.

Please review and reactivate. Shukran.

Best regards,
Khalid Al-Hashimi
Oud Al Sharq Perfumes LLC
""",
  style="colon", rc="Reason:", co="Actions done:",
  dec=(("asin", "B0CJ6KR4PL"), ("foreign-snippet", "Shukran")),
  notes="Emirati perfume seller; colon POA with no prevention and no policy named")

M("lst-iptm-in-071", L, "ip-trademark", "IN", "indian",
  "WHY MY LISTING IS REMOVED AGAIN - Rajwadi",
  """
Hello Amazon Team,

WHY MY LISTING IS REMOVED AGAIN??? This is the 3rd time my listing for the 'Rajwadi' brass pooja thali (ASIN B0C5MTK2WJ) is removed for trademark complaint. 'Rajwadi' is MY OWN BRAND, I have applied for the trademark in 2024 and application number is 6184302. Some other seller is filing false complaints to kill my business!!!

I have given my everything to this business. Every time I send documents and every time you remove it again after one week. I am losing lakhs of rupees every month. I cannot take this harassment anymore.

Kindly reinstate my listing immediately and take action against the fake complainer.

Vikram Choudhary
Rajwadi Crafts, Moradabad
""",
  pol=("trademark complaint",),
  emo=("WHY MY LISTING IS REMOVED AGAIN???", "Some other seller is filing false complaints to kill my business!!!",
       "I have given my everything to this business", "I am losing lakhs of rupees every month",
       "I cannot take this harassment anymore"),
  dec=(("asin", "B0C5MTK2WJ"), ("trademark-number", "6184302")),
  notes="angry listing appeal with no POA (not an account appeal, so no A016)")

M("lst-safety-cn-072", L, "product-safety", "US", "chinese",
  "POA for listing reinstatement - children's bike helmet",
  """
Dear Product Safety Team,

Our listing of the children's bike helmet ASIN B0CYNM7Q3F was removed because we did not provide the CPSC certificate. Here is our POA for the listing reinstatement.

1) The reason
The helmet was tested according to CPSC 16 CFR 1203 in our factory lab, but we did not have a Children's Product Certificate (CPC) issued from a CPSC-accepted third party lab. We did not know this was required for children's helmets.

2) The corrective actions
Same as the first appeal.

3) The preventive actions
- For all children's products we will get CPC from a CPSC-accepted lab before listing.
- We will upload all compliance documents to Manage Your Compliance before sending inventory to FBA.
- Our compliance staff will follow the CPSC news every month.

Thank you.
SAFERIDE Kids
Hangzhou Saferide Sports Goods Co., Ltd.
""",
  style="numbered", rc="1) The reason", pr="3) The preventive actions",
  pol=("CPSC 16 CFR 1203", "Children's Product Certificate (CPC)"),
  dec=(("asin", "B0CYNM7Q3F"),),
  notes="numbered listing POA whose corrective part is only 'Same as the first appeal.'")

# ---------------------------------------------------------------------------------------------
# chunk 6: FBA reimbursement claims 073-087
# ---------------------------------------------------------------------------------------------

M("fba-lostinb-cn-073", F, "", "US", "chinese",
  "Missing units in inbound shipment FBA18QZKM4TD",
  """
Hello Seller Support,

We shipped FBA shipment FBA18QZKM4TD to ONT8 on 2026-02-10 with 12 cartons, total 960 units of SKU LS-MUG-350-WHT (FNSKU X004QK7ZL2). The shipment was closed on 2026-03-06 but only 912 units were received, 48 units are missing.

We have checked our packing list and the carrier proof of delivery: all 12 cartons were delivered and signed by the warehouse, UPS tracking 1Z9X72E40398451276 to 1Z9X72E40398451287. Each carton had 80 units, and the box content information was submitted before shipping.

According to the FBA inbound shipment reimbursement policy, please investigate the missing 48 units and reimburse us if the units cannot be found. We attached the commercial invoice and the POD.

Thank you for your help.

Best regards,
Gao Yan
Hangzhou Lanse Home Co., Ltd.
""",
  topic="lost-inbound",
  pol=("FBA inbound shipment reimbursement policy",),
  dec=(("shipment-id", "FBA18QZKM4TD"), ("sku", "LS-MUG-350-WHT"), ("fnsku", "X004QK7ZL2"),
       ("tracking-number", "1Z9X72E40398451276"), ("tracking-number", "1Z9X72E40398451287")),
  notes="calm Chinese inbound claim with shipment, FNSKU and UPS tracking numbers")

M("fba-lostinb-native-074", F, "", "US", "native",
  "SIX PALLETS LOST - FBA17VXN3LRC - 4th case",
  """
I am DONE being polite about this. Shipment FBA17VXN3LRC was delivered to SBD1 on January 22 (I have the signed BOL and the carrier's POD) and two months later it still shows 0 of 6 pallets received. SIX PALLETS. That's $14,200 of inventory that you have lost.

I have opened four cases (the last one was 19482736105) and every single time I get a canned reply telling me to "wait for the shipment to be received". It has been 58 days!!! The reimbursement policy says I can ask for an investigation once the shipment is delivered, and I've attached the BOL number 738204915 and PRO number 4418207736 every time.

This is absolutely unacceptable. I am a small business and I cannot afford to float $14k while you lose my pallets. I want this escalated to someone who can actually look at the dock receipt, or I will be filing a claim with my attorney.

Marcus Bell
Bell & Sons Hardware
""",
  topic="lost-inbound",
  emo=("I am DONE being polite about this", "SIX PALLETS", "It has been 58 days!!!",
       "This is absolutely unacceptable", "or I will be filing a claim with my attorney"),
  dec=(("shipment-id", "FBA17VXN3LRC"), ("case-id", "19482736105"), ("bol-number", "738204915"),
       ("pro-number", "4418207736")),
  notes="angry native claim for lost pallets; 9-digit BOL fails the ABA check")

M("fba-lostinb-in-075", F, "", "IN", "indian",
  "Missing units in shipment FBA15K7PLQ9W - kindly reimburse",
  """
Dear Seller Support,

Greetings from Sai Textiles, Tiruppur.

Our inbound shipment FBA15K7PLQ9W to fulfilment centre BLR7 was delivered on 14 March 2026 by Amazon Transportation Services (ATS) but only 410 out of 500 cotton T-shirts were received. The 90 missing units are of SKU SAI-TS-BLK-L. Kindly investigate and reimburse.

For quick settlement, kindly transfer the reimbursement directly to our current account:
Account name: Sai Textiles
Bank account no: 50200061447823
IFSC: HDFC0001287
Branch: Avinashi Road, Tiruppur

Kindly do the needful and revert back with the case status.

Thanks & Regards,
K. Murugan
Sai Textiles
""",
  topic="lost-inbound",
  sec=(("bank-account", "50200061447823"),),
  dec=(("shipment-id", "FBA15K7PLQ9W"), ("sku", "SAI-TS-BLK-L"), ("ifsc", "HDFC0001287")),
  notes="Indian seller pastes the full bank account number (IFSC is a decoy)")

M("fba-dmginb-tr-076", F, "", "UK", "turkish",
  "Units damaged at receiving - FBA16PL2WX8N",
  """
Dear Seller Support,

Our shipment FBA16PL2WX8N arrived at the LBA2 fulfilment centre on 4 March 2026. In the Shipment events we see that 36 units of our glass tea set (SKU ANK-CAY-6, FNSKU X002MN8TR4) were marked as damaged at receiving.

We packed each tea set in double wall boxes with foam, and we have photos before pickup. The carrier DHL did not report any damage, and the pallet was delivered wrapped and intact. We believe the damage happened during the unloading or receiving process at the warehouse.

Please check and reimburse these 36 units according to the FBA inventory reimbursement policy. Photos and the DHL proof of delivery are attached.

Saygılarımla,
Elif Şahin
Ankara Glass House
""",
  topic="damaged-inbound",
  pol=("FBA inventory reimbursement policy",),
  dec=(("shipment-id", "FBA16PL2WX8N"), ("sku", "ANK-CAY-6"), ("fnsku", "X002MN8TR4"),
       ("foreign-snippet", "Saygılarımla")),
  notes="Turkish seller, calm damaged-at-receiving claim")

M("fba-dmginb-pt-077", F, "", "US", "latam",
  "Reembolso - unidades danificadas no recebimento FBA19RTM6ZQB",
  """
Olá equipe de suporte,

Somos a loja Brasil Café Gourmet. Nosso envio FBA19RTM6ZQB chegou ao centro de distribuição MDW2 no dia 18 de março de 2026, mas 52 pacotes de café em grãos foram registrados como danificados no recebimento.

Todas as caixas foram embaladas com plástico bolha e a transportadora entregou tudo sem avarias, temos as fotos e o comprovante de entrega. Acreditamos que o dano aconteceu dentro do armazém.

Por favor, verifiquem o caso e façam o reembolso das 52 unidades conforme a política de reembolso do FBA. Anexamos as fotos e a nota fiscal.

Obrigado,
Rafael Souza
Brasil Café Gourmet
""",
  lang="pt", topic="damaged-inbound",
  pol=("política de reembolso do FBA",),
  dec=(("shipment-id", "FBA19RTM6ZQB"),),
  notes="Brazilian seller writes the whole claim in Portuguese on the US marketplace")

M("fba-whlost-cn-078", F, "", "UK", "chinese",
  "Lost inventory in EMA1 - FNSKU X003ZK9QPL",
  """
Dear Amazon Seller Support,

We found that some of our inventory was lost in the fulfilment centre. According to the Inventory Ledger report, 27 units of FNSKU X003ZK9QPL (SKU: LX-LAMP-DESK-GRY) were marked as "lost" (reason code M) at the EMA1 warehouse on 2026-02-19, but after 30 days there is no reimbursement and no "found" record.

Please help to check and reimburse the lost units. The detail is:
- FNSKU: X003ZK9QPL
- Quantity lost: 27
- Date: 2026-02-19
- Reference ID in Inventory Ledger: 8830467125

Thank you very much for your support.

LUXIN Lighting UK
""",
  topic="warehouse-lost",
  dec=(("fnsku", "X003ZK9QPL"), ("sku", "LX-LAMP-DESK-GRY"), ("reference-id", "8830467125")),
  notes="short Chinese warehouse-lost claim in list form")

M("fba-whlost-pl-079", F, "", "DE", "other-non-native",
  "Misplaced units not reimbursed - amber necklaces",
  """
Hello,

I would like to ask about 14 units of our amber necklaces (FNSKU X001TQ4MRW) that disappeared in the warehouse. Unfortunately the Inventory Ledger shows them as "Misplaced" at LEJ1 since 3 February 2026, and they were never found or reimbursed.

It is now more than 60 days, so I think the automatic reimbursement should have happened already. The value of one necklace is 45 EUR according to our invoice.

Could you please check and reimburse these units? I attach the invoice and the screenshot from the ledger.

Thank you and best regards,
Agnieszka Kowalczyk
Bałtycki Bursztyn
""",
  topic="warehouse-lost",
  dec=(("fnsku", "X001TQ4MRW"), ("mild-word", "Unfortunately")),
  notes="calm Polish claim on DE with one 'Unfortunately'")

M("fba-whdmg-native-080", F, "", "US", "native",
  "Warehouse damaged units not reimbursed - CLT2",
  """
Hi team,

According to my Inventory Adjustments report, 9 units of our ceramic planters (FNSKU X0028HZKQ1) were marked "Damaged at Amazon fulfillment center" at CLT2 between March 3 and March 10, 2026. The disposition shows them as warehouse damaged, but I don't see a matching reimbursement in the Reimbursements report and it's been over 30 days.

Could you look into this and reimburse the 9 units at the current average sale price of $38.00? I believe this falls under the FBA Lost and Damaged Inventory Reimbursement Policy.

Thanks for your help,
Nora Klein
Terra & Twig
""",
  topic="warehouse-damaged",
  pol=("FBA Lost and Damaged Inventory Reimbursement Policy",),
  dec=(("fnsku", "X0028HZKQ1"),),
  notes="short native warehouse-damaged claim naming the reimbursement policy")

M("fba-removal-in-081", F, "", "US", "indian",
  "Removal order R7KQ2MZX9P - 200 units not received",
  """
Dear Support,

We created removal order ID R7KQ2MZX9P on 2 February 2026 for 240 units of our yoga mats (SKU YM-6MM-PURPLE) to be returned to our US warehouse address in Edison, NJ. The removal order shows "Completed" with 240 units shipped, but we received only one carton of 40 units, tracking 1Z6W81F20317748562.

The other 200 units are not received and there is no second tracking number in the removal order details. Kindly investigate where the remaining 200 units have gone and reimburse us if they are lost.

Kindly do the needful and revert back at the earliest.

Regards,
Kavita Joshi
ZenFlex India LLC
""",
  topic="removal",
  dec=(("removal-order-id", "R7KQ2MZX9P"), ("sku", "YM-6MM-PURPLE"), ("tracking-number", "1Z6W81F20317748562")),
  notes="Indian-run US company; removal order partly received")

M("fba-removal-vn-082", F, "", "US", "other-non-native",
  "Removal shipment arrived almost empty - PQ83LZ6XT1",
  """
Dear Amazon Seller Support,

We are Hoi An Lantern Co. We made a removal order (Order ID: PQ83LZ6XT1) for 120 silk lanterns to our prep center in California. The carrier tracking TBA314782095601 shows delivered on 2026-03-12, but the prep center says they received a damaged box with only 8 lanterns inside. The prep center took photos when they opened it.

Please help us to open an investigation for the 112 lanterns missing from the removal shipment and reimburse them. Photos and the prep center receiving report are attached.

Thank you very much.
Vo Thanh Tam
Hoi An Lantern Co.
""",
  topic="removal",
  dec=(("removal-order-id", "PQ83LZ6XT1"), ("tracking-number", "TBA314782095601")),
  notes="Vietnamese seller; removal box arrived with most units missing")

M("fba-return-native-083", F, "", "US", "native",
  "Refunded return never received - order 113-6620418-3394517",
  """
Hello,

I'm writing about order 113-6620418-3394517. The customer requested a return on February 14 and was refunded $64.99 on February 16, but the item never made it back to the fulfillment center. It's now been more than 60 days since the refund and nothing shows up in my Returns report or my Reimbursements report for this order.

My understanding is that when a customer is refunded and the item isn't returned within 60 days, the seller is reimbursed. It's a little frustrating to have to chase these one at a time, but I'd appreciate it if you could check this one and issue the reimbursement.

Thanks,
Paul Brennan
Brennan Brewing Supplies
""",
  topic="customer-return",
  dec=(("order-id", "113-6620418-3394517"), ("mild-word", "frustrating")),
  notes="calm native return claim with one 'frustrating'")

M("fba-return-cn-084", F, "", "US", "chinese",
  "Refund without return - 3 orders",
  """
Dear Seller Support,

For the orders below, the buyers were refunded but the returns were not received in the warehouse after 45 days. Please check and reimburse us.

1. Order 114-2230981-5561027, refunded 2026-02-03, amount $29.99, not returned
2. Order 112-8871450-2039618, refunded 2026-02-07, amount $29.99, returned item is different product (a cheap plastic bottle instead of our stainless bottle)
3. Order 111-4409276-8812305, refunded 2026-02-11, amount $35.99, not returned

For order 2, the buyer returned a wrong item. We request the return to be investigated, and the buyer's refund to be reviewed.

We are sorry for the inconvenient and thanks for your help.

Best regards,
HAPPYCUP Store
""",
  topic="customer-return",
  dec=(("order-id", "114-2230981-5561027"), ("order-id", "112-8871450-2039618"), ("order-id", "111-4409276-8812305"),
       ("single-apology", "We are sorry for the inconvenient")),
  notes="Chinese list of three refunded-not-returned orders, one wrong-item return")

M("fba-return-latam-085", F, "", "US", "latam",
  "Damaged customer return added to sellable - order 111-9038271-4471650",
  """
Hello Seller Support,

My name is Camila Rojas, owner of Andes Wool Co. from Santiago, Chile. I have a problem with the customer return of order 111-9038271-4471650. The buyer returned the alpaca blanket and it was added back to my sellable inventory, but when I did a removal to check, the blanket had a big stain of red wine and a cut. The LPN is LPNRR284719302.

This return should not be sellable, and the buyer got a full refund. I think this case needs a reimbursement under the customer return policy because the item was returned damaged by the customer.

I attach photos. Gracias por su ayuda.

Camila Rojas
Andes Wool Co.
""",
  topic="customer-return",
  pol=("customer return policy",),
  dec=(("order-id", "111-9038271-4471650"), ("lpn", "LPNRR284719302"), ("foreign-snippet", "Gracias por su ayuda")),
  notes="Chilean seller; damaged return put back into sellable stock")

M("fba-return-id-086", F, "", "SG", "other-non-native",
  "Customer returns not received after 60 days",
  """
Hi Amazon team,

I want to ask about reimbursement for 6 customer returns that were never received back. All orders were refunded in January 2026 and now it is more than 60 days. The orders:

503-2284710-6613925
503-7719043-2281736
503-4402817-9932618

and 3 others in the attached spreadsheet. The item is our coconut shell bowl set, FNSKU X00BK2T7QW.

I already checked the FBA customer returns report, there is no return record for these orders. Please help to reimburse. Thank you, terima kasih banyak.

Regards,
Rina Wijaya
Kelapa Craft Studio
""",
  topic="customer-return",
  dec=(("order-id", "503-2284710-6613925"), ("order-id", "503-7719043-2281736"), ("order-id", "503-4402817-9932618"),
       ("fnsku", "X00BK2T7QW"), ("foreign-snippet", "terima kasih banyak")),
  notes="Indonesian seller on SG; order IDs one per line")

M("fba-whdmg-ar-087", F, "", "AE", "other-non-native",
  "Damaged units at DXB3 - no reimbursement",
  """
Dear Seller Support,

Peace be upon you. We are Al Noor Home Trading. In the Inventory Adjustments report we see 18 units of our brass coffee pots (dallah), FNSKU X009QW4KZM, marked as "Damaged at Amazon fulfilment centre" in DXB3 on 20 February 2026. We have not received reimbursement until now.

Kindly process the reimbursement. For reference, our deposit account is with Emirates Islamic, SWIFT code MEBLAEAD. I do not put the full account number here for security, it is already in Seller Central.

Jazakum Allahu khairan.
Yousef Haddad
Al Noor Home Trading
""",
  topic="warehouse-damaged",
  dec=(("fnsku", "X009QW4KZM"), ("swift-code", "MEBLAEAD"), ("foreign-snippet", "Jazakum Allahu khairan")),
  notes="Arabic-speaking seller on AE; gives only the bank's SWIFT code, no account number")

# ---------------------------------------------------------------------------------------------
# chunk 7: technical issues 088-104
# ---------------------------------------------------------------------------------------------

M("tech-login-cn-088", T, "", "US", "chinese",
  "Cannot login Seller Central - SUNWAY Trade",
  """
Hello Seller Support,

We cannot login to Seller Central since yesterday. After entering the email and password, the page shows "There was a problem. Your password is incorrect" but we did not change the password. Then we tried "Forgot password", but the reset email did not arrive to our mailbox.

Our login information as below, please help to check what is wrong:
Login email: ops@sunwaytrade.cn
Password:
Sunway#8826cn
The phone for 2-Step Verification is +86 138 2741 6630, and the code we got this morning is
739512

Our store name is SUNWAY Trade. We have many orders waiting to ship, please help us as soon as possible.

Thank you!
Zheng Hao
""",
  topic="login",
  sec=(("password", "Sunway#8826cn"), ("one-time-code", "739512")),
  dec=(("phone", "+86 138 2741 6630"), ("password-word", "Forgot password")),
  notes="password and 2SV code each on the line after its label")

M("tech-login-zh-089", T, "", "US", "chinese",
  "无法登录卖家后台，请帮忙更换两步验证手机号",
  """
您好，亚马逊卖家支持团队：

我们的卖家账户（店铺名：青禾家居 QINGHE HOME）从昨天开始无法登录。每次输入密码以后，系统要求两步验证，但是绑定的手机号码已经停用了，收不到短信。

为了方便你们核实，我们把登录信息写在下面：
登录邮箱：qinghe.home@163.com
密码是 Qh2026home!
刚才另一个手机收到的验证码：582046

请帮我们把两步验证的手机号码更换为新的号码 +86 139 0571 2284。我们有很多订单需要处理，麻烦尽快回复，谢谢！

青禾家居运营部
2026年3月9日
""",
  lang="zh", topic="login",
  sec=(("password", "Qh2026home!"), ("one-time-code", "582046")),
  dec=(("phone", "+86 139 0571 2284"),),
  notes="Chinese-language login case on US with 密码是 and 验证码 values pasted")

M("tech-login-native-090", T, "", "US", "native",
  "Locked out - 2SV texts not arriving after carrier change",
  """
Hi,

I'm locked out of Seller Central. I changed carriers last week and kept my number, (312) 555-0196, but since then the one-time password text never arrives when I try to sign in. I've tried the "Didn't receive the OTP?" link and the voice call option, and neither works. I don't have an authenticator app set up as a backup.

I can still get into the email account on file. Is there a way to reset two-step verification through email, or a form I can fill out with my ID? I have orders to confirm today.

Thanks,
Lisa Moreno
Windy City Paper Co.
""",
  topic="login",
  dec=(("phone", "(312) 555-0196"), ("otp-word", "Didn't receive the OTP?"),
       ("password-word", "one-time password text never arrives")),
  notes="OTP that never arrived: no code in the text, only the words")

M("tech-login-ja-091", T, "", "JP", "other-non-native",
  "セラーセントラルにログインできません",
  """
Amazonセラーサポート御中

いつもお世話になっております。株式会社さくら雑貨の山田と申します。

昨日からセラーセントラルにログインできなくなりました。パスワードを入力すると「パスワードが正しくありません」と表示されます。念のため、現在使用しているログイン情報をお送りします。

ログインID：yamada@sakura-zakka.jp
パスワード：Sakura2026zk
また、銀行口座の変更時に使用した暗証番号は 4718 です。

お手数ですが、アカウントの状況をご確認いただけますでしょうか。出荷待ちの注文がありますので、至急ご対応をお願いいたします。

山田 花子
株式会社さくら雑貨
""",
  lang="ja", topic="login",
  sec=(("password", "Sakura2026zk"), ("password", "4718")),
  notes="Japanese on JP (no language defect); パスワード and a 暗証番号 PIN pasted")

M("tech-payment-in-092", T, "", "IN", "indian",
  "Charge method invalid - please add card from your end",
  """
Dear Seller Support,

Our monthly subscription fee is failing from last 2 months and now the account shows 'Charge method invalid'. We have tried to add our company credit card many times but every time it shows error 'We are unable to verify this card'.

Please add the card from your end. Details are:
Card no. 4532 0188 4726 1139
Expiry 08/29
CVV 614
Name on card: RAJESH KUMAR SINGH

The card is active and has enough limit, we have checked with the bank. Kindly do the needful at the earliest as our account is at risk.

Regards,
Rajesh Kumar Singh
Singh Auto Spares, Ludhiana
""",
  topic="payment-method",
  sec=(("card", "4532 0188 4726 1139"), ("card-expiry", "08/29"), ("card-code", "614")),
  notes="Indian seller pastes full card number, expiry and CVV")

M("tech-payment-cn-093", T, "", "US", "chinese",
  "Charge method declined - UnionPay card not supported",
  """
Dear Seller Support,

Our charge method is declined, so our seller fees cannot be paid and the account has a warning. We want to use our company UnionPay credit card. When we add it in Seller Central, it says the card is not supported.

Our finance colleague sent me the card information, please help to add it:
卡号：6214 8300 9174 5263 810
有效期：2029年6月
安全码：305
持卡人：LIN XIAOFENG

If UnionPay is not supported, please tell us which card we can use. Thank you very much!

Best regards,
Lin Xiaofeng
DAWN Electronics
""",
  topic="payment-method",
  sec=(("card", "6214 8300 9174 5263 810"), ("card-expiry", "2029年6月"), ("card-code", "305")),
  notes="English case with a pasted Chinese block: 19-digit UnionPay 卡号, 有效期, 安全码")

M("tech-deposit-native-094", T, "", "US", "native",
  "Disbursements failing - deposit method could not be verified",
  """
Hi,

My disbursements have been failing since March 2. The Payments dashboard says "Your deposit method could not be verified", but it's the same business checking account we've used for three years. The bank says nothing has changed on their end.

Here's what's on file, so you can check it against your records:
Bank: Chase
Routing number: 021000021
Account number: 483920175561
Account type: Business checking

Can you tell me what's failing? I have about $8,400 waiting to be disbursed.

Thanks,
Derek Fong
Fong Family Provisions
""",
  topic="deposit-method",
  sec=(("routing-number", "021000021"), ("bank-account", "483920175561")),
  notes="native seller pastes routing and account number")

M("tech-deposit-tr-095", T, "", "UK", "turkish",
  "Invalid IBAN error when changing deposit method",
  """
Hello,

We are Marmara Home Textiles. We want to change our deposit method to our new bank account in Turkey, but when we enter the IBAN the page gives an error "Invalid IBAN" and does not save.

The new account details:
Bank: Yapı Kredi Bankası
IBAN: TR42 0006 7100 0000 7814 5293 30
SWIFT: YAPITRIS

Could you please check why the IBAN is not accepted? We checked it with our bank and it is correct.

İyi çalışmalar,
Can Öztürk
Marmara Home Textiles
""",
  topic="deposit-method",
  sec=(("iban", "TR42 0006 7100 0000 7814 5293 30"),),
  dec=(("swift-code", "YAPITRIS"), ("foreign-snippet", "İyi çalışmalar")),
  notes="Turkish seller pastes a TR IBAN; SWIFT is a decoy")

M("tech-deposit-in-096", T, "", "IN", "indian",
  "Deposit method verification pending - payment on hold",
  """
Dear Team,

We have updated our bank account in Seller Central on 3 April because our old ICICI account is closed. Now the deposit method shows 'Verification pending' for more than 10 days and our payment of Rs. 2,36,450 is on hold.

The new account is with Axis Bank, account ending with 4471, IFSC UTIB0000612, in the name of Meera Handicrafts. The cancelled cheque and bank letter are already uploaded.

Kindly verify the account and release the payment. Please revert back if any other document is needed.

Regards,
Meera Iyer
Meera Handicrafts, Mysuru
""",
  topic="deposit-method",
  dec=(("ifsc", "UTIB0000612"), ("account-last-digits", "account ending with 4471")),
  notes="only the last 4 digits and the IFSC: no secret")

M("tech-upload-cn-097", T, "", "US", "chinese",
  "Flat file error 8541 for new AQUAVINE listings",
  """
Dear Seller Support,

We uploaded an inventory flat file for 35 new garden hose SKUs, but the processing report shows error 8541 for all rows: "The SKU data provided conflicts with the Amazon catalog". The batch ID is 2841907736551092 and the feed was submitted on 2026-03-15.

We are the brand owner of "AQUAVINE" and all the products are new, there is no existing ASIN with our UPC codes. For example UPC 850031742219 for SKU AQV-HOSE-50FT.

Please help to check why the upload fails and how to create these listings.

Thank you.
AQUAVINE Garden
Ningbo Aquavine Garden Tools Co., Ltd.
""",
  topic="listing-upload",
  dec=(("error-code", "8541"), ("batch-id", "2841907736551092"), ("upc", "850031742219"), ("sku", "AQV-HOSE-50FT")),
  notes="16-digit feed batch ID (fails Luhn) and a UPC as decoys")

M("tech-upload-latam-098", T, "", "US", "latam",
  "Main image upload error 90057",
  """
Hi Seller Support,

I'm trying to add images to my new listing of talavera plates, SKU TAL-PLT-AZUL-10, but every time I upload the main image it says "Image does not meet requirements, error code 90057". The image is 2000 x 2000 pixels, white background, JPG, 1.2 MB. I already tried with PNG and a different size.

The ASIN is B0DK4HTZ7W. The other 6 images uploaded without problem, only the main one fails.

Can you help me? Thank you very much, saludos desde Puebla.

Fernando Ruiz
Talavera Poblana Shop
""",
  topic="listing-upload",
  dec=(("sku", "TAL-PLT-AZUL-10"), ("error-code", "90057"), ("asin", "B0DK4HTZ7W"),
       ("foreign-snippet", "saludos desde Puebla")),
  notes="Mexican seller, image upload error")

M("tech-report-in-099", T, "", "IN", "indian",
  "Settlement report not matching bank deposit",
  """
Dear Seller Support,

The settlement report for the period 1 March to 15 March 2026 (settlement ID 14928374651) is not matching with the amount deposited in our bank. The report shows a net payout of Rs. 1,84,220 but we received only Rs. 1,62,905 in our account. The difference is Rs. 21,315.

We have downloaded the flat file V2 report and there is no line for this deduction. Kindly check and explain what is this deduction or correct the report.

Kindly revert at the earliest.

Regards,
Accounts Team
Gupta Home Appliances, Indore
""",
  topic="report-error",
  dec=(("settlement-id", "14928374651"),),
  notes="Indian settlement mismatch")

M("tech-report-native-100", T, "", "US", "native",
  "Business Reports child item report empty after March 18",
  """
Hello,

Since about March 20, the Detail Page Sales and Traffic by Child Item report in Business Reports comes back empty for any date range after March 18. Earlier ranges load normally. I've tried Chrome and Firefox, cleared the cache and tried downloading as CSV; the CSV has headers only.

Unfortunately I use this report every week to decide on ad spend, so it'd be great to know whether this is a known issue or something on my account.

Thanks,
Beth Carrington
Carrington Quilt Co.
""",
  topic="report-error",
  dec=(("mild-word", "Unfortunately"),),
  notes="calm native report issue with one 'Unfortunately'")

M("tech-page-cn-101", T, "", "US", "chinese",
  "HELP!!! Manage Inventory page error 3 days",
  """
HELP!!! The Manage Inventory page of our store shows "Sorry, something went wrong" since 3 days!!! We cannot edit price or quantity of any listing. We already tried 4 computers and 3 browsers, same problem.

We lost more than $5,000 sales already because we cannot change the stock, and Prime Day coming soon. Our boss is very angry to us every day. WHY NOBODY FIX THIS??? We opened 2 cases before (case 17720394851 and 17720466203) and nobody reply!!!!!

Please fix it today, we are very very anxious.

OUTLOOK Smart Home
""",
  topic="page-error",
  emo=("HELP!!!", "since 3 days!!!", "Our boss is very angry to us every day", "WHY NOBODY FIX THIS???",
       "nobody reply!!!!!", "we are very very anxious"),
  dec=(("case-id", "17720394851"), ("case-id", "17720466203")),
  notes="panicked Chinese page-error case with capitals and many exclamation marks")

M("tech-page-pl-102", T, "", "UK", "other-non-native",
  "Shipping settings page blank - HTTP 500",
  """
Hello,

When I open the "Shipping settings" page in Seller Central UK, I get a blank white page after 10 seconds. The error in the browser console says "HTTP 500". I need to change the handling time for our Easter holiday (we close from 2 to 7 April), so I need this page working before Wednesday.

I tried with Chrome, Edge, in incognito mode and from my phone, always the same.

Could you please check it or change the handling time to 4 days for all SKUs from your side?

Best regards,
Marek Lewandowski
Polski Len Store
""",
  topic="page-error",
  dec=(("error-code", "HTTP 500"),),
  notes="calm Polish page-error case")

M("tech-api-native-103", T, "", "US", "native",
  "SP-API Orders endpoint returning 403 since April 8",
  """
Hi,

Our developer app (App ID amzn1.sp.solution.4f7c2a91-8d3e-4b6a-9c15-2e7f0d8b3a64) started getting 403 Unauthorized errors on the Orders API at about 02:00 UTC on April 8. Nothing changed on our side: same refresh token, same IAM role, and the Reports API calls with the same token still work.

We rotated the client secret in the Developer Console as a test, which didn't help. I'm not pasting any credentials here, but I can share request IDs, e.g. 7f3b9c21-5a4e-4d8f-b2a6-91c0e3d7f845.

Could someone check whether the Orders role got dropped from our app's authorization?

Thanks,
Sam Whitfield
Integrations lead, Harborline Goods
""",
  topic="api",
  dec=(("app-id", "amzn1.sp.solution.4f7c2a91-8d3e-4b6a-9c15-2e7f0d8b3a64"),
       ("request-id", "7f3b9c21-5a4e-4d8f-b2a6-91c0e3d7f845"), ("password-word", "client secret")),
  notes="API case that mentions a client secret and refresh token but pastes none")

M("tech-tax-in-104", T, "", "US", "indian",
  "Tax interview - name and TIN do not match",
  """
Dear Seller Support,

We are an Indian company selling on Amazon.com through our US subsidiary, Kaveri Foods Inc., registered in Delaware. When we complete the tax interview and enter our EIN 84-2917365, the system says "The name and TIN do not match IRS records" and asks for W-8BEN-E instead of W-9.

Our IRS letter (CP 575) shows the name exactly as "KAVERI FOODS INC". Kindly advise how to complete the tax interview correctly so that our account is not put on hold.

Regards,
Suresh Venkataraman
Director, Kaveri Foods Inc.
""",
  topic="tax-interview",
  dec=(("tax-id", "84-2917365"),),
  notes="EIN is a decoy, not a secret")

# ---------------------------------------------------------------------------------------------
# chunk 8: brand disputes 105-115, category approvals 116-125
# ---------------------------------------------------------------------------------------------

M("brand-hijacker-cn-105", B, "", "US", "chinese",
  "Hijackers AGAIN on LUMIVA listing B0C7VR2KXM",
  """
Dear Brand Registry Support,

Our brand LUMIVA (trademark registration No. 6712043) listing ASIN B0C7VR2KXM is attacked by hijackers AGAIN!!! 3 sellers (seller names "Best Deal 2026", "huangdaxian" and "TopUSAstore") are selling fake copies of our LED desk lamp at $12.99, our price is $39.99. They take our Buy Box and customers receive fake lamps and leave 1-star reviews on OUR listing!!!

We have reported 6 times with Report a Violation tool, nothing happened. Our sales drop 70% this month. We spent 3 years to build this brand and now it is destroyed in 2 weeks. We are so angry and helpless!!!

We did test buy, order 114-7730291-4458826, and the lamp has no LUMIVA logo, photos attached. Please remove these sellers immediately!!!

LUMIVA Official
Shenzhen Lumiva Lighting Co., Ltd.
""",
  topic="hijacker",
  emo=("attacked by hijackers AGAIN!!!", "leave 1-star reviews on OUR listing!!!",
       "We spent 3 years to build this brand and now it is destroyed in 2 weeks", "We are so angry and helpless!!!",
       "Please remove these sellers immediately!!!"),
  dec=(("trademark-number", "6712043"), ("asin", "B0C7VR2KXM"), ("order-id", "114-7730291-4458826")),
  notes="angry Chinese brand owner about hijackers, test-buy order ID")

M("brand-hijacker-in-106", B, "", "IN", "indian",
  "Hijacker on Khadi Roots listing - kindly remove",
  """
Dear Brand Registry Team,

We are the registered brand owner of 'Khadi Roots' (Trademark Application No. 5529174, Class 3) and enrolled in Brand Registry. From last week one seller 'Shiv Enterprises' is selling on our listing ASIN B0BX3NQ7LM (herbal soap pack of 4) with a different product, a pack of 3 soaps of another brand.

We did a test purchase (order 402-6628105-7731942) and received the other brand's product in a plain pouch. This is misleading the customers. Photos of the received product and our original packaging are attached.

Kindly remove this seller from our listing and take suitable action. Please do the needful.

Regards,
Ananya Krishnan
Khadi Roots Naturals, Coimbatore
""",
  topic="hijacker",
  dec=(("trademark-number", "5529174"), ("asin", "B0BX3NQ7LM"), ("order-id", "402-6628105-7731942")),
  notes="calm Indian hijacker report")

M("brand-hijacker-native-107", B, "", "US", "native",
  "Counterfeit offer on ASIN B0CF8WMZ2T - test buy results",
  """
Hello,

We're the brand owner for Trailside Co. (Brand Registry, USPTO Reg. No. 7,118,542). Since April 2 a seller named "PrimeValueHub" has been listed on our ASIN B0CF8WMZ2T, the 40 oz insulated bottle, at $14.50. We don't sell through any distributors, so every legitimate unit comes from us.

We did a test buy (order 112-0937462-5580193). The bottle that arrived has a screen-printed logo instead of our laser engraving and no serial number on the base. Photos and our original product spec sheet are attached.

I filed through Report a Violation on April 5 (complaint ID 9901247365) and haven't heard back. Can someone take a look and remove the offer?

Thanks,
Jordan Ellis
Trailside Co.
""",
  topic="hijacker",
  dec=(("trademark-number", "7,118,542"), ("asin", "B0CF8WMZ2T"), ("order-id", "112-0937462-5580193"),
       ("complaint-id", "9901247365")),
  notes="calm native hijacker report with test buy and complaint ID")

M("brand-contrib-cn-108", B, "", "US", "chinese",
  "Brand owner cannot fix title and main image - HOMFINE",
  """
Dear Brand Registry Support,

We are the brand owner of "HOMFINE" (Brand Registry approved 2025-09). Our listing ASIN B0D2KLQ8ZN title was changed by someone to "Wall Shelf Floating 3 Pack Rustic Wood ..." and our brand name HOMFINE was removed from the title. Also the main image was replaced by a picture with another logo.

We tried to edit the title back in Seller Central, but the update is not applied, the detail page still shows the wrong title. The contribution status shows "Your contribution was not accepted".

As brand owner we should have the highest priority for listing contribution. Please help to restore the title and main image to our version. Our correct title is: "HOMFINE Floating Shelves 3 Pack, Rustic Wood Wall Shelf for Bedroom, Walnut".

Thank you very much.
HOMFINE Brand Team
""",
  topic="listing-contribution",
  dec=(("asin", "B0D2KLQ8ZN"),),
  notes="brand owner's contribution not accepted")

M("brand-contrib-latam-109", B, "", "US", "latam",
  "Wrong bullet point on Tierra Viva cacao - please correct",
  """
Hello Brand Registry team,

I'm María José Gómez, owner of the brand Tierra Viva Organics (registered in Brand Registry). For our ASIN B0C6TWP9RL, organic cacao powder, the bullet points now say "contains 30% sugar" which is not true, our product has no sugar at all. I think another seller or a customer suggested this change.

I already submitted the correct bullet points with the nutrition label photo twice, but the page did not change. This wrong information is a risk for diabetic customers and we are receiving questions about it.

Please can you correct the bullet points and block other contributions to this attribute? Muchas gracias.

María José Gómez
Tierra Viva Organics
""",
  topic="listing-contribution",
  dec=(("asin", "B0C6TWP9RL"), ("foreign-snippet", "Muchas gracias")),
  notes="Colombian brand owner, wrong attribute contributed by someone else")

M("brand-ownership-in-110", B, "", "IN", "indian",
  "Brand 'Sutradhar' registered by unknown account - ownership",
  """
Dear Brand Registry Team,

Our brand 'Sutradhar' was registered by our company in India (Trademark No. 4873016, Class 25) in 2021. Recently we tried to enroll in Brand Registry but the system says the brand is already registered by another account. We do not know this account and we never gave permission to anyone.

We suspect a previous reseller of our garments registered our brand name in Brand Registry using a pending application. We have attached our trademark certificate, our GST certificate and photos of our products with the brand label.

Kindly investigate and transfer the brand ownership rights to our account. Revert back if any document is required.

Thanks and regards,
Rohit Bansal
Sutradhar Apparel Pvt. Ltd., Jaipur
""",
  topic="brand-ownership",
  dec=(("trademark-number", "4873016"),),
  notes="Indian brand owner locked out by another account's Brand Registry enrolment")

M("brand-ownership-native-111", B, "", "US", "native",
  "Transferring Brand Registry from a former employee's account",
  """
Hi,

I'm the founder of Copperleaf Soap Company and we hold the USPTO registration for COPPERLEAF (Reg. No. 6,902,118). A former employee enrolled our brand in Brand Registry under her own Amazon account in 2024 while she was managing our marketplace listings. She left the company in January and we no longer have access to that account.

I'd like to move the brand to our company's Seller Central account. I can provide the registration certificate, our articles of incorporation showing me as owner, and the employment separation agreement. What's the process for transferring the Brand Registry ownership?

Thanks,
Hannah Price
Copperleaf Soap Company
""",
  topic="brand-ownership",
  dec=(("trademark-number", "6,902,118"),),
  notes="native brand ownership transfer question")

M("brand-transparency-cn-112", B, "", "US", "chinese",
  "Transparency code invalid at receiving - FBA19KW3PMLD",
  """
Dear Transparency Support,

We are enrolled in Transparency for our brand "ZENCOOK" since 2025-11. Our FBA shipment FBA19KW3PMLD was stopped at receiving because "Transparency code invalid". But we applied the codes exactly as you provided, for example code AZ:7KQ2MX9RT4WB3NPL.

We checked and found the label printer printed the codes in 80% size, maybe this is why the scanner cannot read. Can you please tell us if we need to relabel all 600 units, or if the warehouse can scan the code manually?

Thank you for your help.
ZENCOOK Kitchen
Foshan Zencook Kitchenware Co., Ltd.
""",
  topic="transparency",
  dec=(("shipment-id", "FBA19KW3PMLD"), ("transparency-code", "AZ:7KQ2MX9RT4WB3NPL")),
  notes="Transparency code quoted as a decoy")

M("brand-program-vn-113", B, "", "US", "other-non-native",
  "Brand Registry application TREVIA - action required",
  """
Dear Amazon Brand Registry,

My company Saigon Bamboo Works is applying for Brand Registry for our brand "TREVIA". Our trademark is pending at USPTO, serial number 98441276. We used an agency in Ho Chi Minh City to submit the application, but the application status shows "Action required" and the agency is not responding.

I want to continue the application myself. The agency created a Brand Registry login with our email; the details they gave me are:
User: trevia.brand@saigonbamboo.vn
Pass: Trevia@BR2026

Can you please tell me what action is required and how I can change the login to my own? Thank you very much.

Nguyen Van Long
Saigon Bamboo Works
""",
  topic="brand-program",
  sec=(("password", "Trevia@BR2026"),),
  dec=(("trademark-number", "98441276"),),
  notes="Vietnamese seller pastes the agency-made Brand Registry login ('Pass:')")

M("brand-hijacker-ar-114", B, "", "AE", "other-non-native",
  "Seller sending fake product on Bayt Al Bakhoor listing",
  """
Dear Brand Registry Team,

Good day. We are the owner of the brand "Bayt Al Bakhoor" registered with the UAE Ministry of Economy (Trademark No. 312874) and in Amazon Brand Registry. We noticed that a seller named "Gulf Fragrance Outlet" is selling on our ASIN B0CMX4L7QT (bakhoor gift box) but the product they send is not our product, it is cheap incense in a box copied from our photos.

We did a test purchase, order 402-3381920-6674513, and received a product without our seal and without the Arabic label. Photos are attached. Please remove this seller from our listing.

Shukran jazeelan,
Omar Al Mansouri
Bayt Al Bakhoor Trading LLC
""",
  topic="hijacker",
  dec=(("trademark-number", "312874"), ("asin", "B0CMX4L7QT"), ("order-id", "402-3381920-6674513"),
       ("foreign-snippet", "Shukran jazeelan")),
  notes="Emirati brand owner, hijacker with test purchase")

M("brand-hijacker-tr-115", B, "", "UK", "turkish",
  "Wrong product sold on EFESIA listing B0B9TQL4NC",
  """
Hello,

We are Efes Olive Oil Company, brand owner of "EFESIA" in Brand Registry (UK trademark UK00003871246). Unfortunately a new seller "Best Price UK 24" joined our listing ASIN B0B9TQL4NC last week. They sell 500 ml bottles but on the listing it is 750 ml, and their price is lower.

We made a test order, 205-9917263-4402781, and the bottle we received is a different oil with a sticker of our brand on top. We attached photos and our bottle design registration.

Please remove this seller and protect our listing.

Teşekkürler,
Zeynep Arslan
Efes Olive Oil Company
""",
  topic="hijacker",
  dec=(("trademark-number", "UK00003871246"), ("asin", "B0B9TQL4NC"), ("order-id", "205-9917263-4402781"),
       ("mild-word", "Unfortunately"), ("foreign-snippet", "Teşekkürler")),
  notes="calm Turkish hijacker report with one 'Unfortunately'")

M("cat-grocery-in-116", C, "", "IN", "indian",
  "Approval request - Grocery & Gourmet Foods - Gramya Naturals",
  """
Dear Category Approval Team,

We wish to apply for approval to sell in the Grocery & Gourmet Foods category. We are manufacturers of cold-pressed groundnut oil and jaggery powder under the brand 'Gramya Naturals' in Erode, Tamil Nadu.

Our FSSAI licence number is 12421018000872 and valid till 2028. We have attached the FSSAI licence, our GST certificate, product label images showing FSSAI logo, MRP, best before date and veg symbol, and 3 purchase invoices of raw material.

Kindly approve our application at the earliest. Please revert if any other document is required.

Thanks & Regards,
Senthil Kumar
Gramya Naturals
""",
  topic="grocery",
  dec=(("fssai-number", "12421018000872"),),
  notes="14-digit FSSAI licence number (fails Luhn) as a decoy")

M("cat-jewelry-native-117", C, "", "US", "native",
  "Fine jewelry category application - Larkspur & Stone",
  """
Hello,

I'm applying to sell fine jewelry on Amazon. My shop, Larkspur & Stone, makes sterling silver and 14k gold pieces in our studio in Asheville, NC. We've been selling on our own site and at craft fairs for six years.

I've uploaded invoices from our metal supplier, a sample assay report for our 14k gold findings, and photos of our hallmark stamps (925 and 14K plus our maker's mark). I understand there's a fee for the fine jewelry category review, and I'm fine with that.

Please let me know if you need anything else.

Best,
Ava Thornton
Larkspur & Stone
""",
  topic="jewelry",
  notes="plain native ungating request")

M("cat-watches-cn-118", C, "", "US", "chinese",
  "Apply for Watches category - MONTAR",
  """
Dear Category Approval Team,

We want to apply to sell in the Watches category for our own brand "MONTAR". We are a watch factory in Shenzhen with 12 years of OEM experience. We have prepared the following documents:
1. Business license of Shenzhen Montar Watch Co., Ltd.
2. Purchase invoices for watch movements from our movement supplier, invoice numbers SII-26-00381 and SII-26-00412.
3. Product photos showing the brand on the dial and the case back.
4. Water resistance test report for 5 ATM.

Please review our application. Thank you very much.

MONTAR Watch
Shenzhen Montar Watch Co., Ltd.
""",
  topic="watches",
  dec=(("invoice-number", "SII-26-00381"), ("invoice-number", "SII-26-00412")),
  notes="Chinese factory's numbered document list")

M("cat-supplements-hi-119", C, "", "IN", "indian",
  "डायटरी सप्लीमेंट्स श्रेणी की अनुमति",
  """
नमस्ते अमेज़न टीम,

हम 'आयुर्वेदा हर्ब्स' नाम से इंदौर में आयुर्वेदिक सप्लीमेंट बनाते हैं। हम डायटरी सप्लीमेंट्स श्रेणी में बेचने की अनुमति चाहते हैं। हमने अपना FSSAI न्यूट्रास्यूटिकल लाइसेंस, आयुष लाइसेंस, लैब टेस्ट रिपोर्ट और उत्पाद के लेबल की फोटो अपलोड कर दी हैं।

पिछले दो हफ्तों से आवेदन की स्थिति 'समीक्षा में' दिखा रही है। कृपया बताएं कि और कौन से दस्तावेज़ चाहिए, ताकि हम जल्दी से अपने अश्वगंधा और त्रिफला कैप्सूल लिस्ट कर सकें। हमारे पास सभी बैच की टेस्ट रिपोर्ट भी उपलब्ध हैं।

धन्यवाद,
अमित वर्मा
आयुर्वेदा हर्ब्स, इंदौर
""",
  lang="hi", topic="dietary-supplements",
  notes="Indian manufacturer writes the whole request in Hindi on Amazon.in")

M("cat-beauty-cn-120", C, "", "US", "chinese",
  "Beauty topicals approval - LUNAGLOW - please charge the fee",
  """
Dear Category Approval Team,

We want to apply for selling in Beauty topicals, for our brand "LUNAGLOW" facial serum. We have uploaded the ingredient list (INCI), the MSDS, the FDA cosmetic product listing and the test report from the lab.

If this category needs an approval fee, please charge it to our company American Express card, our boss agreed:
Card number: 3782 910456 17833
Security code: 7305 (4 digits on the front)
Name: GUO MEILING

Please help to approve soon, because our first FBA shipment is ready in Ningbo port. Thank you!

LUNAGLOW Beauty
Ningbo Lunaglow Cosmetics Co., Ltd.
""",
  topic="beauty-topicals",
  sec=(("card", "3782 910456 17833"), ("card-code", "7305")),
  notes="Amex number in 4-6-5 groups and its 4-digit front security code pasted to 'pay a fee'")

M("cat-automotive-tr-121", C, "", "UK", "turkish",
  "Approval for brake parts - Bursa Auto Parts",
  """
Hello Category Team,

We are Bursa Auto Parts, a manufacturer of brake pads and brake discs in Bursa, Turkey. We would like to get approval to sell in the Automotive and Powersports category on Amazon UK, especially for brake parts which need approval.

We have ECE R90 certificates for all our brake pads (certificate number E11-90R-02A1234), ISO 9001 certificate and invoices from our steel supplier. All documents are uploaded in the application.

Could you please tell us how long the review takes? We are ready to send our first shipment.

Saygılarımızla,
Hakan Çelik
Bursa Auto Parts
""",
  topic="automotive",
  dec=(("certificate-number", "E11-90R-02A1234"), ("foreign-snippet", "Saygılarımızla")),
  notes="Turkish manufacturer's ungating request")

M("cat-toys-native-122", C, "", "US", "native",
  "Follow-up: holiday toy selling application",
  """
Hi,

Following up on my application to sell toys during the holiday period (case 18273640519). I applied on October 2 and submitted the CPC and third-party test reports for our wooden stacking toys on October 6, as requested. It's now October 24 and the status still shows "Under review."

I know the team is busy this time of year, and I don't want to be a pest. It's a bit frustrating only because our holiday inventory needs to be checked in by November 1 to make the cutoff. Is there anything else I should send?

Thanks so much,
Molly Sanders
Little Acorn Toys
""",
  topic="toys-holiday",
  dec=(("case-id", "18273640519"), ("mild-word", "frustrating")),
  notes="polite native follow-up with one 'frustrating'")

M("cat-collectibles-latam-123", C, "", "US", "latam",
  "Application for Collectible Coins - Monedas del Plata",
  """
Hello,

My name is Diego Fernández and I have a numismatic shop in Buenos Aires, Monedas del Plata. I want to apply for the Collectible Coins category on Amazon.com.

I have been a member of the Centro Numismático Buenos Aires for 15 years, and I have attached my membership certificate, 3 invoices from purchases of graded coins, photos of our inventory and the grading certificates for 10 coins (for example PCGS cert 48271936).

I understand the requirements for coins and I will only sell graded coins with their certificates. Please let me know if I need to send anything more.

Muchas gracias,
Diego Fernández
""",
  topic="collectibles",
  dec=(("certificate-number", "48271936"), ("foreign-snippet", "Muchas gracias")),
  notes="Argentine coin dealer's ungating request")

M("cat-fineart-pl-124", C, "", "UK", "other-non-native",
  "Fine Art category - Galeria Wawel Art",
  """
Dear Amazon team,

I am a painter from Kraków and together with my wife we run a small gallery, Galeria Wawel Art. I would like to sell my original oil paintings in the Fine Art category on Amazon UK.

I have attached my portfolio with 25 paintings, the certificate of my membership in the Association of Polish Artists, and two invoices from sales to galleries in Germany. Each painting has a certificate of authenticity signed by me.

Please let me know if my application is complete. Thank you very much.

Kind regards,
Piotr Mazur
Galeria Wawel Art
""",
  topic="fine-art",
  notes="Polish painter's category request")

M("cat-dg-in-125", C, "", "IN", "indian",
  "5th request - Dangerous Goods review stuck 45 days",
  """
Dear Team,

This is 5th time I am writing for hazmat review of our products! Our car perfume sprays and air freshener cans (12 ASINs) are stuck in 'Dangerous Goods review' from last 45 days. We have uploaded the SDS three times, each time you ask again for the same SDS!!!

Our entire Diwali stock is lying in the godown and I have paid advance to the manufacturer with borrowed money. If this is not approved this week, I will be totally ruined. Is anybody even reading the documents??? I am really fed up and mentally exhausted.

Please, I beg you, approve the ASINs or at least tell me what is wrong with the SDS.

Regards,
Karan Malhotra
Malhotra Auto Care, Ludhiana
""",
  topic="dangerous-goods",
  pol=("Dangerous Goods review",),
  emo=("This is 5th time I am writing for hazmat review of our products!", "each time you ask again for the same SDS!!!",
       "I have paid advance to the manufacturer with borrowed money", "I will be totally ruined",
       "Is anybody even reading the documents???", "I am really fed up and mentally exhausted", "Please, I beg you"),
  notes="distressed Indian seller chasing a hazmat review")


if __name__ == "__main__":
    AUTHOR.write()
