#!/usr/bin/env python3
"""Author L's messages for the seventh set (written blind to the rules): texts and labels live here; running this script
rewrites messages/seventh-b/l-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("l-", "seventh-b")
M = AUTHOR.message


# ---------------------------------------------------------------- account appeals with a POA
M("aa-odr-tr-001", A, "odr", "UK", "turkish", "Appeal for account deactivation - Order Defect Rate",
"""Dear Seller Performance Team,

Our account Anadolu Ev Tekstil was deactivated because our Order Defect Rate is 2.4% and the target is under 1%. We have checked all the orders one by one and below is our plan of action.

Root cause:
Between 3 and 28 January 2026 we sent towels from our new warehouse in Bursa. The new packing staff used thin polybags and 11 parcels arrived wet and torn. Customers opened A-to-z claims and left negative feedback. Also our customer service answer was late, 48 hours and more, because only one person was reading the messages.

Corrective actions:
- We have refunded all 14 customers with defect, for example order 202-4418930-5512874, and we apologised to each one.
- We have changed to double-layer waterproof bags and carton box for every order.
- We have hired a second customer service person, now the answer time is under 12 hours.

Preventive measures:
- Every Monday our manager will check the Account Health page and the ODR of last 7 days.
- New packing staff will get one day training before start.
- If one parcel is reported damaged, we stop shipping from that station and check the packing.

We hope you can reinstate our selling privileges. Thank you for your time.

Saygılarımızla,
Mehmet Aydın
Anadolu Ev Tekstil""",
style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive measures:", pol=["Order Defect Rate", "ODR"],
dec=[("order-id", "202-4418930-5512874"), ("foreign-snippet", "Saygılarımızla")],
notes="Turkish seller, complete colon-headed POA with a Turkish sign-off.")

M("aa-late-latam-002", A, "late-shipment", "US", "latam", "Plan of action - Late Shipment Rate",
"""Hello Amazon team,

We are Casa Verde Imports from Guadalajara. We receive the notification that our Late Shipment Rate is 9% for the last 30 days, it must be under 4%. Here is our plan of action.

1. Why it happen
Our carrier in Mexico change the pick-up hour from 5 pm to 1 pm without telling us, so all the orders we pack in the afternoon stay one more day in our office and the confirmation of shipment was late. Also in the Holy Week the warehouse was closed two days and we forget to put the holiday settings.

2. What we have done already
- We have changed the handling time in the shipping template from 1 day to 2 days.
- We have signed with a second carrier (Estafeta) that collects at 6 pm.
- All pending orders are shipped and confirmed with tracking.

3. How we avoid this in the future
- We will use vacation mode for every holiday, the calendar is on the wall for the whole year.
- Every day at 12 pm the supervisor checks the orders that must ship today.

Thank you so much for your consideration, we hope to keep selling with you.

Atentamente,
Lucía Ramírez""",
style="numbered", rc="1. Why it happen", co="2. What we have done already", pr="3. How we avoid this in the future",
pol=["Late Shipment Rate"], dec=[("foreign-snippet", "Atentamente")],
notes="Mexican seller; numbered headings in the seller's own words; complete.")

M("aa-inauth-zh-003", A, "inauthentic", "US", "chinese", "Appeal: inauthentic item complaints ASIN B0CK7TQ2LM",
"""Dear Amazon Seller Performance,

We are Shenzhen Haoyue Trading Co., Ltd. Our account is suspend because of inauthentic item complaints on ASIN B0CK7TQ2LM (phone holder). We are very sorry for the inconvenient.

## Root cause
The reason of the problem is we buy the last batch of 500 pcs from a new factory in Dongguan because our old supplier have no stock. This factory give us products that look same but the material is different, and the logo on the box is not our registered logo. Customers think it is fake product.

## Corrective actions
1. We have removed all the inventory of this batch from FBA, removal order ID 9KDm4TZkRN.
2. We have stopped to work with this factory and went back to our old supplier, invoice attached.
3. We have refund to all the customers who complained.

## Preventive measures
Thank you very much for reading our appeal. We always respect Amazon policy and customers. We hope you can give us the chance to continue our business.

Best regards
Chen Wei
深圳市浩悦贸易有限公司""",
style="markdown", rc="Root cause", co="Corrective actions",
pol=["inauthentic item complaints"],
dec=[("asin", "B0CK7TQ2LM"), ("removal-order-id", "9KDm4TZkRN"), ("single-apology", "We are very sorry for the inconvenient"), ("foreign-snippet", "深圳市浩悦贸易有限公司"), ("mild-plea", "We hope you can give us the chance to continue our business")],
notes="Preventive heading is followed only by thanks and a plea: labeled missing preventive.")

M("aa-counterfeit-ng-004", A, "counterfeit", "US", "other-non-native", "RE: Counterfeit complaint - account deactivated",
"""Dear Sir/Madam,

I wish to use this medium to appeal the deactivation of my account (Lagos Gadget Hub) over the Counterfeit complaint on the wireless earbuds.

**The root cause**
I bought the earbuds from a distributor in Alaba market who told me they are original. I did not ask him for authorised distributor papers because I have bought from him before. The rights owner has said the units are not genuine, and I accept that I did not verify my source.

**Corrective action**
I will remove every unit of this item from my inventory. I will also contact the brand to confirm who are their authorised distributors, and I will request invoices from my supplier going forward. I will delete the listing from my catalogue.

**Preventive measure**
From now on I will buy only from authorised distributors with invoices that show their name and address, and I will keep the invoices for 365 days. Before listing any branded item I will check the brand website.

Kindly review my appeal. I remain grateful.

Yours faithfully,
Chukwuemeka Obi""",
style="bold", rc="The root cause", co="Corrective action", done=False, pr="Preventive measure",
pol=["Counterfeit"],
notes="Nigerian seller; every corrective action is in the future ('I will remove'): not-done.")

M("aa-review-pl-005", A, "review-manipulation", "DE", "other-non-native", "Appeal - Customer Product Reviews Policy",
"""Dear Seller Performance Team,

We received information that our account is deactivated for violation of Customer Product Reviews Policy. After internal investigation we found the problem and please find below our plan.

ROOT CAUSE
In box of our kitchen scales we put insert card with text "Leave 5 star review and get free batteries". Our marketing employee prepared this card in November and nobody from management checked it. We did not know that offering gift for review is not allowed.

ACTIONS TAKEN
- All 1,200 insert cards were destroyed in our warehouse in Poznań and in FBA we created removal order for 340 units with old card, units are now repacked.
- Marketing employee and whole team passed training about Amazon review rules on 12 March 2026.
- We stopped all contact with customers except Amazon Request a Review button.

PREVENTION
- Every packaging material and insert is now approved by me (owner) and by second person before printing.
- Once per quarter we read again Amazon policy pages and make short training.

With regards,
Tomasz Wiśniewski
Wiśniewski Home Sp. z o.o.""",
style="caps", rc="ROOT CAUSE", co="ACTIONS TAKEN", pr="PREVENTION",
pol=["Customer Product Reviews Policy"],
notes="Polish seller; caps headings with non-standard wording; complete.")

M("aa-related-ar-006", A, "related-accounts", "AE", "other-non-native", "Request to reactivate my seller account",
"""Dear Amazon team,

Peace be upon you. My account Al Noor Perfumes was deactivated and the message say that there is a link between my account and another account which was not in good standing.

After we checked carefully, we found what caused the link. My cousin Khalid used my laptop in our shop in Sharjah in December 2025 to login to his own seller account, which was later closed by Amazon. Because of this the two accounts appeared connected by the same device and the same internet.

We have already reset the laptop completely, changed our internet line to a new one from du, and Khalid has no more access to our office or to any of our devices. I have also changed all the passwords and removed him from any email that is shared.

To make sure this never happen again, only me and my employee Fatima will use the computers in the shop, and no relative or friend will be allowed to login any account from our devices. We will keep one device only for Amazon.

I am the only owner of my business and I have only one account. I kindly ask you to review and reactivate.

Best regards,
Yousef Al Mansoori""",
style="none", rc="After we checked carefully, we found what caused the link", co="We have already reset the laptop completely", pr="To make sure this never happen again",
dec=[("password-word", "passwords")],
notes="Arabic-speaking seller; complete POA with no headings; describes the link at length but never names a policy (judgment: 'a link between my account and another account' is a description, not a policy name).")

M("aa-cancel-id-007", A, "cancel-rate", "SG", "other-non-native", "Appeal Pre-fulfillment Cancel Rate",
"""Dear Amazon Seller Support,

We are PT Sinar Jaya Batik seller from Jakarta. Our account is under review because of Pre-fulfillment Cancel Rate is 6.1%. We want to explain what we already do.

A. Action we already do
- We already update stock quantity for all 86 SKU, the items which sold out now have quantity 0.
- We already connect our inventory software with Seller Central, so stock is update every 15 minutes.
- We already contact all buyers of cancelled orders and give them voucher in our shop website.

B. For make sure not happen again
- Every morning our staff Dewi will compare the real stock in warehouse with Seller Central.
- If stock is less than 3 pcs we will set quantity 0 until new batik come from the workshop.

Thank you for your attention and kindly help.

Regards,
Budi Santoso
PT Sinar Jaya Batik""",
style="lettered", co="A. Action we already do", pr="B. For make sure not happen again",
pol=["Pre-fulfillment Cancel Rate"],
notes="Indonesian seller; the letter never says why the cancellations happened (stock mismatch is only implied by the fixes): missing root cause.")

M("aa-vtr-th-008", A, "valid-tracking", "US", "other-non-native", "POA for Valid Tracking Rate",
"""Dear Seller Performance,

Our Valid Tracking Rate is 88% and it is below 95%. We are so sorry for this problem ka. Here is our plan.

Why it happened
We ship from Bangkok with Thailand Post for small packets. For 40 orders in February the tracking number was entered with the wrong carrier name ("Other" instead of Thailand Post) so the tracking was not valid on Amazon.

What we did
We corrected the carrier name for all orders which still can be edited. We changed all shipping to Thailand Post EMS and DHL eCommerce which are integrated carriers. We made a checklist for our staff to select carrier from the list, not type it.

How we prevent it
Every Friday I will download the shipping report and check that every order has a valid tracking from an integrated carrier. If any order has problem we fix it the same day.

Thank you very much ka.
Siriporn Chaiyaporn
Siam Craft Home""",
style="plain", rc="Why it happened", co="What we did", pr="How we prevent it",
pol=["Valid Tracking Rate"], dec=[("single-apology", "We are so sorry for this problem ka")],
notes="Thai seller with 'ka' particles; plain headings; complete.")

M("aa-drop-in-009", A, "drop-shipping", "IN", "indian", "Appeal against deactivation under Drop Shipping Policy",
"""Respected Sir/Madam,

Greetings from Shree Balaji Enterprises. This is regarding our account deactivation under Drop Shipping Policy. Kindly find our Plan of Action as below.

Our POA - Root Cause:
We were purchasing some items from other online retailer and getting them delivered directly to our customers. The package was having invoice and name of other retailer and not our name. We were not knowing this is not allowed.

Our POA - Corrective Actions:
We will stop purchasing from other retailers with immediate effect. We will cancel all the open orders which are fulfilled in this manner and we will refund the customers. We will remove the 37 listings for which we are not having our own stock.

Our POA - Preventive Measures:
We will keep our own stock in our godown in Jaipur and ship under our own name and invoice. We will do monthly audit of all listings.

Kindly do the needful and reinstate our account at the earliest. We shall be highly obliged.

Thanks and Regards,
Rakesh Agarwal
+91 98290 55512""",
style="our-poa", rc="Our POA - Root Cause:", co="Our POA - Corrective Actions:", done=False, pr="Our POA - Preventive Measures:",
pol=["Drop Shipping Policy"], dec=[("phone", "+91 98290 55512")],
notes="Indian seller; corrective section is future-only ('We will stop...'): not-done.")

M("aa-safety-us-010", A, "product-safety", "US", "native", "Appeal - Product Safety deactivation, Northpeak Outdoor LLC",
"""To the Seller Performance team,

We represent Northpeak Outdoor LLC, whose account was deactivated on March 4, 2026 after customer reports that the folding camp heater (ASIN B0D8FH22QX) overheated. We take this seriously. This letter sets out what we found and what we did under your Product Safety requirements.

## Background and investigation
We pulled every return, review and contact about this ASIN since launch (1,942 units sold). Eleven customers reported the housing getting hot near the switch. All eleven units came from production lot NP-2311, which our factory built with a substitute thermal cut-off switch rated 10 degrees higher than the specification. The factory did not tell us about the substitution, and our incoming inspection only checked the unit's function, not the component list.

## What we did
- Stopped sales of the ASIN on March 4 and opened a removal for all 612 FBA units; removal is complete.
- Filed a report with the CPSC and notified every buyer of lot NP-2311 by Buyer-Seller Messaging with a full refund offer.
- Commissioned a new UL 1278 test at a third-party lab on units from a corrected lot; report attached.
- Ended our agreement for component changes without written approval; the factory signed a new quality agreement.

## Going forward
- Any component change now requires our written approval and a new safety test before shipment.
- Each production lot gets a pre-shipment inspection that includes a bill-of-materials check.
- Our compliance lead reviews safety-related reviews and returns weekly, and any single overheating report triggers a stop-sell.

There was no threat we were aware of before the first report, and we have acted on every report since. We respectfully request reinstatement.

Dana Whitfield
Compliance Manager, Northpeak Outdoor LLC""",
style="markdown", rc="Background and investigation", co="What we did", pr="Going forward",
pol=["Product Safety"],
dec=[("asin", "B0D8FH22QX"), ("lot-number", "NP-2311"), ("mild-word", "There was no threat we were aware of")],
notes="Native agency; root cause sits under 'Background and investigation' heading; complete. 'threat' used in a calm sense.")

M("aa-condition-uk-011", A, "used-sold-as-new", "UK", "native", "Appeal - used sold as new complaints",
"""Hello,

I run a small shop selling refurbished and new audio kit. My account has been deactivated after several customers reported that items listed as new arrived used, which breaks your Condition Guidelines.

Root cause: I buy end-of-line stock from a distributor, and some of the boxes in the last pallet had been customer returns that were resealed. I listed the whole pallet as New without opening any box, so eleven used headphones went out as new.

Corrective action: I take this very seriously and I value every one of my customers. Customer satisfaction has always been at the heart of what I do, and I am fully committed to Amazon's standards.

Prevention: From now on every box from a pallet will be opened and inspected before it is listed, and anything that has been opened before will be listed as Used - Like New or not listed at all. I will also keep a log of the inspection with photos.

Kind regards,
Gareth Hughes
GH Audio""",
style="inline", rc="Root cause:", pr="Prevention:",
pol=["Condition Guidelines"],
notes="The 'Corrective action:' paragraph holds only commitment words and no action: labeled missing corrective.")

M("aa-gouging-latam-012", A, "price-gouging", "US", "latam", "Appeal Fair Pricing Policy - account deactivated",
"""Good day Amazon,

We are Distribuidora El Faro from Bogotá. Our account was deactivated for Fair Pricing Policy because the price of our hand sanitizer was too high in February.

Root cause: Our repricing software was set to follow the highest competitor price and not the lowest. When other sellers go out of stock, the software raised our price from $8.99 to $34.99. Nobody in our team checked the prices in those days because we were in the carnival holiday.

Corrective actions: We have stopped the repricing software completely. We have put all prices back to the normal price, and we refunded the difference to the 23 customers who paid the high price.

Prevention: We are a small family company, we always sell with honest prices, and this was the first time in 4 years of selling. We thank you for your understanding.

Cordialmente,
Andrés Gómez""",
style="colon", rc="Root cause:", co="Corrective actions:",
pol=["Fair Pricing Policy"], dec=[("foreign-snippet", "Cordialmente")],
notes="Colombian seller; 'Prevention:' holds only reassurance about the company's history: missing preventive.")

M("aa-restricted-tr-013", A, "restricted-products", "US", "turkish", "Restricted products policy appeal",
"""Hello dear Amazon Team,

Our account is deactivated for restricted products policy, for the listing of "Herbal Slim Tea" which you say has a forbidden ingredient.

1) Root cause
We are not sure exactly which ingredient is the problem, the notification do not say. We are selling this tea for 2 years without problem.

2) Corrective actions
We have deleted the listing and created removal for all units in FBA (removal ID 7TrQpXa2Mk). We have sent the ingredient list to a laboratory in Istanbul to check every component.

3) Preventive actions
Before we list any food or supplement product we will check the list of restricted ingredients from Amazon help pages and FDA. If we are not sure, we will ask Seller Support before listing.

Thank you,
Ayşe Demir
Demir Doğal Ürünler""",
style="numbered", rc=None, co="2) Corrective actions", pr="3) Preventive actions",
pol=["restricted products policy"], dec=[("removal-order-id", "7TrQpXa2Mk")],
notes="Turkish seller; the '1) Root cause' section says the cause is unknown: labeled missing root cause (hollow section).")

M("aa-iptm-zh-014", A, "ip-trademark", "US", "chinese", "Appeal for trademark infringement 商标侵权",
"""Dear Amazon Team,

Our store "Yunfan Direct" receive the notice of trademark infringement (商标侵权) on ASIN B0BZ8KLW3R. We investigate this issue careful and here is our plan.

**原因 Root cause**
Our listing title used the word "ToughLoop" to describe the product, but "ToughLoop" is the registered trademark of another company (US Reg. No. 6,482,117). Our operation staff copy the keyword from a keyword tool and did not check if it is a brand name.

**已采取的措施 What we have did**
1. We have deleted "ToughLoop" from the title, bullet points and backend search terms of all 9 listings.
2. We have sent an apology email to the rights owner and they confirmed by email.
3. We have checked our whole catalog with the USPTO trademark search and removed 3 other brand words.

**预防措施 Measures to avoid**
1. Every new keyword must be checked in USPTO TESS before use.
2. Our listing manager Ms. Li will review each listing before publish.
3. Training for all operation staff every month.

Thank you for your time and support.

Zhang Lei
杭州云帆电子商务有限公司""",
style="bold", rc="原因 Root cause", co="已采取的措施 What we have did", pr="预防措施 Measures to avoid",
pol=["trademark infringement", "商标侵权"],
dec=[("asin", "B0BZ8KLW3R"), ("trademark-number", "6,482,117"), ("foreign-snippet", "杭州云帆电子商务有限公司")],
notes="Chinese seller; bilingual bold headings; complete.")

M("aa-listing-ca-015", A, "listing-policy", "CA", "native", "Appeal - variation policy deactivation",
"""Hi there,

My account was deactivated for listings that broke the variation policy. I've gone through everything and want to explain.

The problem happened because I grouped unrelated products under one parent listing. I sell maple syrup and maple candy, and I put gift boxes, single bottles and a maple leaf cookie cutter under one parent so they would share reviews. I didn't understand that variations have to be the same product in different sizes or flavours.

I have already broken up that parent, deleted the cookie cutter from the family, and relisted the gift boxes as their own standalone ASINs. I also checked my other four parent listings and they only contain real size variations of the same syrup.

Going forward, before I create any variation I'll check it against the size, colour and flavour rules in the style guide, and I'll never group products just to share reviews. Once a month I'll look at each parent on the storefront to make sure nothing was added to it by mistake.

Thanks for taking the time to look at this.

Claire Tremblay
Laurentian Maple Co.""",
style="none", rc="The problem happened because", co="I have already broken up that parent", pr="Going forward, before I create any variation",
pol=["variation policy"],
notes="Canadian small seller; complete POA with no headings at all.")

M("aa-odr-ng-016", A, "odr", "US", "other-non-native", "PLEASE HELP - Order Defect Rate deactivation",
"""Dear Amazon,

Please I am begging you, reactivate my account. This business is all my family has and since you deactivated it we cannot pay school fees.

1. Root cause: In January my courier lost a lot of parcels between Lagos and the US hub, and customers did not receive their orders. This made my Order Defect Rate go to 3%.

2. What I have done: I have refunded all the customers. I have changed to DHL Express for all orders. I have removed the products that take long time to ship.

3. Prevention: I will check every tracking every day and if any parcel stops moving for 3 days I will send a replacement.

I have been an honest seller for 3 years. Please have mercy on me, I am on my knees. I cannot sleep since this happened. God will bless you.

Adebayo Okafor""",
style="numbered", rc="1. Root cause:", co="2. What I have done:", pr="3. Prevention:",
pol=["Order Defect Rate"],
emo=["Please I am begging you", "Please have mercy on me, I am on my knees", "I cannot sleep since this happened"],
notes="Nigerian seller; complete POA but heavy pleading.")

M("aa-bsa-pl-017", A, "identity-verification", "DE", "other-non-native", "Verification - Section 3 of the Business Solutions Agreement",
"""Dear Seller Performance,

Our account was deactivated under Section 3 of the Business Solutions Agreement because you could not verify the bank account. Below our explanation.

Reason:
In March we changed bank from mBank to PKO Bank Polski, but the account name in the new bank is "Nowak Trading" and in Seller Central the business name is "Nowak Trading Sp. z o.o.". So the names do not match and verification failed.

Done:
We asked PKO to change the account holder name to full company name, they confirmed on 20 March. The new bank statement with full name is uploaded today. For your check, the account is IBAN PL31 1090 1014 0000 0712 3456 7890, holder Nowak Trading Sp. z o.o., NIP 7792034516.

Future:
When we change any bank or address we will first check that names are exactly same as KRS company register and only then update Seller Central.

Best regards,
Anna Nowak""",
style="colon", rc="Reason:", co="Done:", pr="Future:",
pol=["Section 3 of the Business Solutions Agreement"],
sec=[("iban", "PL31 1090 1014 0000 0712 3456 7890")], dec=[("tax-id", "7792034516")],
notes="Polish seller pastes the full IBAN in the appeal: secret. NIP tax number is a decoy.")

M("aa-copyright-us-018", A, "ip-copyright", "US", "native", "Appeal: copyright complaint, account at risk",
"""Hello Seller Performance,

We received several copyright complaints on our listings of art prints and our account was deactivated. Here is our plan of action.

## Root Cause
On February 12 we received notice of a copyright complaint from Hollis Gallery regarding five of our listings. Two more complaints followed on February 18 and February 25. The complaints state that the images are used without permission.

## Corrective Actions
- We have deleted all seven listings named in the complaints.
- We have contacted Hollis Gallery and confirmed in writing that the prints will not be sold again.
- We have removed 140 units of remaining inventory from FBA (shipment FBA18KQD2R7T returned to us).

## Preventive Actions
- We now only list prints of artwork we created ourselves or that we hold a written license for, and we keep the license on file.
- Every new image goes through a reverse image search before listing.

Thanks,
Marcus Bell
Bell & Birch Prints""",
style="markdown", rc=None, co="Corrective Actions", pr="Preventive Actions",
pol=["copyright"], dec=[("shipment-id", "FBA18KQD2R7T")],
notes="The 'Root Cause' section only restates the complaint dates, never why it happened: labeled missing root cause.")

M("aa-review-latam-019", A, "review-manipulation", "US", "latam", "Appeal - Community Guidelines violation",
"""Dear Amazon Seller Performance,

We are Tienda Luna from Lima, Perú. We receive your message that we break the Community Guidelines because some of our family members write reviews on our products.

**Root cause**
Yes, my sister and two cousins bought our alpaca scarves and wrote 5 star reviews. They did it to help us when we started, we did not know this is forbidden because they paid with their own money.

Corrective actions
- We are going to ask our family to delete the reviews.
- We will send a message to all our friends to not write reviews of our products.
- We will read all the Community Guidelines with our team.

**Prevention:**
Only real customers will write reviews. We will use only the Request a Review button in Seller Central. We will never ask anyone for review.

Muchas gracias por su ayuda,
Rosa Quispe""",
style="mixed", rc="Root cause", co="Corrective actions", done=False, pr="Prevention:",
pol=["Community Guidelines"], dec=[("foreign-snippet", "Muchas gracias por su ayuda")],
notes="Peruvian seller; mixed heading styles; corrective is 'going to'/'will' only: not-done.")

M("aa-sca-uk-020", A, "seller-code-of-conduct", "UK", "native", "Appeal - Seller Code of Conduct",
"""Dear Seller Performance,

Our account was deactivated for a breach of the Seller Code of Conduct after a customer reported that we contacted them outside Amazon.

WHAT HAPPENED
A customer left a one-star review on our garden kneeler. Our new assistant found the customer's name, looked them up on Facebook and messaged them asking to change the review. It was a frustrating review because the problem was a courier delay, but contacting a customer that way is wrong and we accept it completely.

WHAT WE HAVE DONE
The assistant no longer has any access to Seller Central or customer data. All staff users were reviewed and permissions reduced to what each job needs. We wrote to the customer through Buyer-Seller Messaging to apologise, with no request about the review.

WHAT WILL STOP IT HAPPENING AGAIN
Customer contact is now handled only by me, only through Buyer-Seller Messaging, and never about reviews. New staff read the Code of Conduct and sign a short policy sheet on their first day.

Regards,
Helen Marsh
Marsh Garden Goods Ltd""",
style="caps", rc="WHAT HAPPENED", co="WHAT WE HAVE DONE", pr="WHAT WILL STOP IT HAPPENING AGAIN",
pol=["Seller Code of Conduct", "Code of Conduct"], dec=[("mild-word", "It was a frustrating review")],
notes="UK seller; caps headings; calm letter with 'frustrating'; complete.")

M("aa-inauth-ar-021", A, "inauthentic", "AE", "other-non-native", "Appeal regarding Authenticity complaint",
"""Dear Amazon Team,

Greetings. We received complaint about Authenticity of our perfume products and our account is deactivated.

1. The reason
We bought 200 bottles from a trader in Deira because the price was good. We did not receive a proper tax invoice, only a handwritten receipt. Some customers said the smell is not the same as the original, so the bottles are probably not original.

2. Actions
We understand very much the importance of authentic products and we respect Amazon and its customers. We always want to give our customers the best experience and we are committed to the rules.

3. Future
We will buy only from the official distributors of the brands in UAE and keep their tax invoices with TRN number. We will not buy from small traders any more.

Thank you and best regards,
Omar Haddad
Haddad Fragrances""",
style="numbered", rc="1. The reason", pr="3. Future",
pol=["Authenticity"],
notes="Arabic-speaking seller; '2. Actions' holds only commitment phrases, no action: missing corrective.")

M("aa-late-th-022", A, "late-shipment", "US", "other-non-native", "Plan of action about late shipment rate",
"""Dear Amazon Seller Performance Team,

Thank you for your message about our late shipment rate 7.5%. I am Nattapong from Chiang Mai Silver Shop. I write our plan here.

The problem is because in Songkran festival (April) our shop closed 5 days and I forgot to change the handling time, so many orders shipped late. Also our packing table is small and only one staff, when many orders come at the same time we cannot finish in one day.

For fix the problem, we will change handling time to 3 days during festival. We will hire one more staff for packing in busy season. We will buy a bigger table and a label printer.

For the future, we will set the holiday calendar of Thailand in Seller Central at the start of the year and check the late shipment rate every week.

Thank you very much krub.
Nattapong Srisuk""",
style="none", rc="The problem is because", co="For fix the problem, we will change handling time", done=False, pr="For the future, we will set the holiday calendar",
pol=["late shipment rate"],
notes="Thai seller; no headings; corrective part is future only: not-done.")

M("aa-patent-in-023", A, "ip-patent", "US", "indian", "Appeal: patent infringement complaint on yoga wheel",
"""Dear Team,

Greetings of the day. This is with reference to the patent infringement complaint received against our yoga wheel (ASIN B0C9TY6PWQ) and the subsequent deactivation of our account. We apologise for the trouble caused. Please find our POA.

A) Reason for the issue
The complaint is based on US Patent 10,987,334 B2 which covers a wheel with a dual-density foam inner ring. Our manufacturer in Ludhiana changed our design in the last batch to add the same inner ring, without informing us. We did not check the new samples against existing patents.

B) Immediate actions taken
- We have closed the listing and created a removal order for all 410 units in FBA.
- We have stopped production of the new design and asked the manufacturer to go back to our original single-foam design, which does not use the patented feature.
- We have written to the complainant's counsel confirming that we will not sell the new design.

C) Steps to prevent recurrence
- Any change in design will need written approval from our side.
- We have engaged a patent attorney in Delhi to do a freedom-to-operate check on every new product before launch.

Kindly consider our appeal.

Warm regards,
Priya Sharma
Sharma Fitness Pvt. Ltd.""",
style="lettered", rc="A) Reason for the issue", co="B) Immediate actions taken", pr="C) Steps to prevent recurrence",
pol=["patent infringement"],
dec=[("asin", "B0C9TY6PWQ"), ("patent-number", "10,987,334 B2"), ("single-apology", "We apologise for the trouble caused.")],
notes="Indian seller; lettered headings; complete.")

M("aa-psa-id-024", A, "prohibited-seller-activities", "SG", "other-non-native", "Appeal for Prohibited seller activities",
"""Dear Seller Performance Team,

Our account deactivated for Prohibited seller activities, because in the packing slip we write our website and WhatsApp number for customer to buy direct next time.

Cause:
Our packing slip template is from our Shopee and Tokopedia shop, in there it is normal to write website. We use the same template for Amazon without think.

Correction:
We already print new packing slip without website and WhatsApp. The old slips (around 2,000 pcs) already thrown away. We also removed the URL from the product images of 12 listings.

Prevention:
We very respect Amazon and we are very thankful for the chance to sell in Singapore. We hope we can continue to serve Amazon customers with our good products.

Terima kasih,
Rina Wulandari
Toko Rumah Rina""",
style="colon", rc="Cause:", co="Correction:",
pol=["Prohibited seller activities"], dec=[("foreign-snippet", "Terima kasih")],
notes="Indonesian seller; 'Prevention:' is only thanks and hope: missing preventive.")

M("aa-counterfeit-tr-025", A, "counterfeit", "UK", "turkish", "URGENT - counterfeit complaint - we are destroyed",
"""Dear Amazon,

We are destroyed by this decision. Please, please, please reactivate our account, 12 families work in our workshop and they will lose their jobs. We are honest people and we never sell fake products.

Our POA: Why
A customer bought our leather wallet and said it is counterfeit of a famous brand because it has similar stitch pattern. Our product page photo also used the word "designer style" and the brand name in the description to compare.

Our POA: What we did
We have removed the brand name from all descriptions and search terms. We have changed the photos. We sent the rights owner proof that the wallets are made in our own workshop in Gaziantep with our own logo.

Our POA: Future
Before publishing, two people check every listing for brand names of other companies.

Allah rızası için, help us. We cannot live with this injustice.

Kemal Yıldız""",
style="our-poa", rc="Our POA: Why", co="Our POA: What we did", pr="Our POA: Future",
pol=["counterfeit"],
emo=["We are destroyed by this decision", "Please, please, please reactivate our account", "We cannot live with this injustice"],
dec=[("foreign-snippet", "Allah rızası için")],
notes="Turkish seller; complete our-poa POA but emotional.")

M("aa-drop-us-026", A, "drop-shipping", "US", "native", "Drop Shipping Policy appeal",
"""Hi,

We were deactivated under the Drop Shipping Policy. We've taken action:

What we changed
1. We cancelled our account with the supplier that was shipping in their own branded boxes, and all 19 open orders were refunded.
2. We have moved all inventory into FBA, so every unit now ships from Amazon under our name.
3. We deleted 54 listings we did not physically stock.

What we're doing to keep it fixed
1. We only list items we have in stock in FBA or our own warehouse in Ohio.
2. Any new supplier signs a white-label agreement that says they ship only to us, never to customers.
3. I'll review the listings against our inventory every two weeks.

Please let us know if you need the supplier termination email or FBA inbound records.

Jason Patel
Buckeye Home Supply""",
style="plain", co="What we changed", pr="What we're doing to keep it fixed",
pol=["Drop Shipping Policy"],
notes="Native seller; jumps straight to fixes and never says how the drop shipping came about: missing root cause.")

M("aa-odr-in-027", A, "odr", "IN", "indian", "Appeal - ODR above target",
"""Dear Seller Performance Team,

This is regarding our account Shivam Electronics which has been deactivated due to ODR of 2.9%.

ROOT CAUSE
We had shifted our warehouse from Noida to Gurugram in the month of January. During shifting, 60+ orders got delayed and customers have raised A-to-z claims and negative feedback. Also our phone support was not working for one week.

CORRECTIVE ACTIONS
1. We have issued full refund to all affected customers.
2. We have requested customers to remove negative feedback where the issue was resolved.
3. We have restored the phone support and added one more executive.

PREVENTIVE MEASURES
We are very sincere sellers and we have been selling on Amazon since 2019 with 4.8 rating. This was one time issue due to the warehouse shifting and will not repeat. Please revert back with positive reply.

Regards,
Ankit Verma""",
style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS",
pol=["ODR"],
notes="Indian seller; 'PREVENTIVE MEASURES' only claims it was a one-time issue: missing preventive.")

M("aa-vtr-ng-028", A, "valid-tracking", "US", "other-non-native", "VTR appeal - Abuja Naturals",
"""Good day,

I am writing to appeal my account suspension for low VTR (Valid Tracking Rate of 81%).

**Why it happened**
I was using a local courier that gives tracking numbers that do not work on the Amazon site. I did not know that Amazon only accepts some carriers.

**What I will do now**
I am going to move my shipping to UPS once my business account with them is approved. I will also upload the tracking for any order that is not yet delivered, and I plan to confirm shipment only when the courier has scanned the parcel.

**How it will not happen again**
I will check the VTR on my dashboard every day and use only carriers on the Amazon list.

Thank you for your kind consideration.

Ngozi Eze
Abuja Naturals""",
style="bold", rc="Why it happened", co="What I will do now", done=False, pr="How it will not happen again",
pol=["VTR", "Valid Tracking Rate"],
notes="Nigerian seller; corrective actions are all planned ('going to', 'will', 'plan to'): not-done.")

M("aa-gouging-pl-029", A, "price-gouging", "UK", "other-non-native", "Appeal - Amazon Marketplace Fair Pricing Policy",
"""Dear Seller Performance Team,

This is our appeal about deactivation for Amazon Marketplace Fair Pricing Policy. Our price of face masks was 5 times higher than before.

1. Root cause
Our supplier in Łódź increased purchase price 3 times in one week. Our staff calculated new selling price with formula from our ERP, but the formula multiplies by margin twice, so the price went to £29.90 instead of £9.90.

2. Corrective actions
- We have corrected formula in ERP and all prices on 140 listings were recalculated on 2 March.
- We refunded difference to 41 customers.

3. Preventive actions
- We have set up minimum and maximum price limits for every SKU in Seller Central, so the price can not go above 150% of reference price.
- We have added a daily report of price changes bigger than 20%, which I read every morning.

Thank you for review.

Piotr Kowalczyk""",
style="numbered", rc="1. Root cause", co="2. Corrective actions", pr="3. Preventive actions",
pol=["Amazon Marketplace Fair Pricing Policy"],
notes="Polish seller; preventive part is written in the past tense (already set up): still preventive, complete.")

M("aa-safety-zh-030", A, "product-safety", "US", "chinese", "Product safety appeal for children's toy",
"""Dear Seller Performance,

Our account was deactivated because of product safety complaint on magnetic building blocks (ASIN B0CX52ZQ8N). Customer said small magnet come out. We have did deep investigation.

一、Reason of the problem 问题原因
The glue supplier changed the glue formula in October 2025 and did not inform our factory. The new glue is weaker, so after some weeks of play the magnet can come out from the block. Our QC only test the new blocks, not the blocks after using.

二、What we have done 已完成
1. Stop selling and removal all 1,820 units in FBA, removal order HT8xQ9v2aP.
2. Contact all buyers by message and offer full refund.
3. Change back to old glue supplier, and every block now also has plastic cover over magnet.
4. New test report from SGS according ASTM F963 is attached.

三、Prevention 预防
1. Drop test and pull test on 20 samples of every batch, also after 72 hours aging.
2. Any raw material change need our written approve.

Thank you very much.
Liu Yang""",
style="mixed", rc="一、Reason of the problem 问题原因", co="二、What we have done 已完成", pr="三、Prevention 预防",
pol=["product safety"],
dec=[("asin", "B0CX52ZQ8N"), ("removal-order-id", "HT8xQ9v2aP")],
notes="Chinese seller; Chinese ordinal numbering with bilingual headings; complete.")

M("aa-cancel-latam-031", A, "cancel-rate", "US", "latam", "Appeal for high cancellation rate",
"""Hello,

My name is Martín Fernández from Buenos Aires. My account has a high cancellation rate (5.2%), over the limit of 2.5%, and it was deactivated.

Root cause: I sell vinyl records and I have the same stock listed on Amazon, MercadoLibre and my own store. When a record is sold in MercadoLibre, the stock on Amazon was not updated because the sync only runs at night. So the same record was sold two times and I had to cancel the Amazon order.

Prevention: From now on the stock will be updated in real time with a new connector, and rare records (one copy only) will be listed only on Amazon. I will check the cancellations every week on the dashboard.

Saludos,
Martín""",
style="inline", rc="Root cause:", pr="Prevention:",
pol=["cancellation rate"], dec=[("foreign-snippet", "Saludos")],
notes="Argentine seller; goes from cause straight to future prevention, with no corrective part at all: missing corrective. Not 'not-done' because no corrective part exists.")

M("aa-used-th-032", A, "used-sold-as-new", "US", "other-non-native", "Appeal used sold as new",
"""Dear Amazon,

We are Bangkok Camera Corner. Our account got deactivated for used sold as new complaints from 6 customers.

Action taken:
- We already check all our camera lens stock, 38 units. 9 units had small scratch on the box, we changed condition to "Used - Very Good".
- We already refund the 6 customers and paid the return shipping.
- We have put new seal sticker on every new item box.

We hope Amazon can reactivate our account soon. We sell with Amazon 5 years and have many good feedbacks from customers. Thank you ka.

Kanya Phongsri""",
style="colon", co="Action taken:",
pol=["used sold as new"],
notes="Thai seller; only an 'Action taken:' section; no cause and no prevention: missing root cause and missing preventive.")

M("aa-related-in-033", A, "related-accounts", "IN", "indian", "Appeal - multiple selling accounts policy",
"""Dear Sir/Madam,

Our account has been deactivated as it is linked to another account. We understand this comes under the multiple selling accounts policy.

1 - Root cause
My brother Sunil was operating a separate account (Sunil Traders) from the same office address in Surat and using the same office Wi-Fi. His account got deactivated for late shipment last year, and because of the same address our account has been linked.

2 - Corrective action
We will shift Sunil's business to a different office. We will close his account permanently and request Amazon for the same. We will change our Wi-Fi connection.

3 - Preventive action
No other business will be run from our office and we will maintain one account only.

Kindly revert with a favourable decision.

Thanks & Regards,
Mahesh Patel""",
style="numbered", rc="1 - Root cause", co="2 - Corrective action", done=False, pr="3 - Preventive action",
pol=["multiple selling accounts policy"],
notes="Indian seller; '1 -' numbering; every corrective step is future: not-done.")

M("aa-review-us-034", A, "review-manipulation", "US", "native", "Appeal - Customer Product Reviews policies, Oakline Pet",
"""To whom it may concern,

We're the team behind Oakline Pet. Our account was deactivated for violating the Customer Product Reviews policies. We were disappointed to find out how it happened, but the responsibility is ours.

**What went wrong**
We hired a marketing agency in January to "boost launch visibility" for our cat tree. Without our knowledge the agency ran a rebate program through a third-party site that refunded buyers who left a review. We didn't ask them what methods they used, and we didn't monitor the reviews coming in.

**What we changed**
- We terminated the agency on March 2 and asked the rebate site to delete our product.
- We reported the reviews we believe came from the program through the Report abuse link.
- We removed the agency's user access to our account and brand registry.

**What keeps it from happening again**
- No outside agency can run promotions for us; any promotion runs only through Amazon tools like Vine or coupons.
- The owner reviews all new reviews weekly and flags any unusual spike.

Sincerely,
Rachel Kim, Owner""",
style="bold", rc="What went wrong", co="What we changed", pr="What keeps it from happening again",
pol=["Customer Product Reviews policies"], dec=[("mild-word", "We were disappointed")],
notes="Native seller; plain-language bold headings; 'disappointed' in a calm letter; complete.")

M("aa-restricted-ar-035", A, "restricted-products", "AE", "other-non-native", "Please reactivate - Restricted Products",
"""Dear Amazon,

By God, we are begging you to look at our case. Our account was closed for Restricted Products because we listed a hair growth oil that has minoxidil.

What happened
We did not know minoxidil is not allowed without approval. The supplier gave us the oil and we listed it like our other oils.

What we did
We deleted the listing on the same day. The 60 bottles in our warehouse are returned to the supplier.

What next
We are a small family shop in Ajman, this account is our only income and my father is sick. Please have mercy on us, we cannot survive without this account. We promise we will be good sellers.

Thank you,
Hassan Al Zaabi""",
style="plain", rc="What happened", co="What we did",
pol=["Restricted Products"],
emo=["By God, we are begging you to look at our case", "Please have mercy on us, we cannot survive without this account"],
notes="Arabic-speaking seller; 'What next' is only pleading and a promise, no measure: missing preventive; emotional.")
# ---------------------------------------------------------------- listing reinstatements
M("lr-iptm-tr-036", L, "ip-trademark", "US", "turkish", "Listing removed - complaint ID 14628830571",
"""Hello,

Our listing for the copper coffee pot (ASIN B0D1KRM7XZ) was removed after a complaint from a brand owner, complaint ID 14628830571. We want to reinstate it.

Reason:
In our title we wrote "Turkish coffee pot like Karaca", because customers in Turkey know this brand and search it. The brand owner did not agree to use their name.

Done:
We changed the title to "Handmade Copper Turkish Coffee Pot 350 ml" and removed the brand name from the bullet points and the search terms. We wrote to the brand owner and they sent us the retraction email on 10 March, we attached it.

For future:
We will not write any other brand name in our listings, also not for comparison. Our cousin Emre checks all new titles before upload.

Teşekkürler,
Serkan Öztürk
Öztürk Bakır""",
style="colon", rc="Reason:", co="Done:", pr="For future:",
dec=[("asin", "B0D1KRM7XZ"), ("complaint-id", "14628830571"), ("foreign-snippet", "Teşekkürler")],
notes="Turkish seller; complete POA for a listing, but never names the policy (only 'a complaint from a brand owner'): no-policy.")

M("lr-safety-us-037", L, "product-safety", "US", "native", "Reinstatement request - Product Safety documents",
"""Hello,

Our listing for the Sprout Snack Cup (ASIN B0C2WW5JHN) was removed under Product Safety for missing documentation, and we'd like it reinstated.

## Root Cause
The listing was moved into a children's category by a catalog update, which added a requirement for a Children's Product Certificate. We had the CPC for the previous version of the cup but not for the new lid design.

## Corrective Action
We request that the listing be reactivated as soon as possible, as it is one of our best sellers and the holiday season is approaching. Please let us know if anything else is needed from our side.

## Preventive Action
We'll subscribe to category change notifications and keep a current CPC on file for every SKU in a children's category, renewed whenever a component changes.

Best,
Tara Lindqvist
Sprout Kitchen Co.""",
style="markdown", rc="Root Cause", pr="Preventive Action",
pol=["Product Safety"], dec=[("asin", "B0C2WW5JHN")],
notes="The 'Corrective Action' section only asks Amazon to reactivate; no action taken or planned by the seller: missing corrective (judgment).")

M("lr-condition-latam-038", L, "condition", "US", "latam", "Listing blocked - Condition Guidelines",
"""Dear Amazon,

Our offer for the blender Oster 6-speed (refurbished) was blocked, the notice say it was against the Condition Guidelines because we listed as "Renewed" but we are not in the Renewed program. We are Refaccionaria Del Valle, from Monterrey.

The problem was that our new employee chose the condition "Renewed" because the product is refurbished by us, and he did not know that this condition is only for approved sellers.

We are going to change the condition of the 34 offers to "Used - Like New", and we will write in the condition notes that the product was tested and repaired by our technician. Also we will apply to the Renewed program when we have the documents ready.

To avoid this again, the employee will have training, and our manager will check every new offer before it is published.

Gracias,
Javier Castillo""",
style="none", rc="The problem was that our new employee", co="We are going to change the condition", done=False, pr="To avoid this again",
pol=["Condition Guidelines"],
notes="Mexican seller; listing-level condition case; corrective is future only: not-done.")

M("lr-listing-in-039", L, "listing-policy", "IN", "indian", "Reinstatement of suppressed listings - Amazon detail page rules",
"""Dear Team,

Our 22 listings of cotton kurtis are suppressed for violating Amazon detail page rules (search terms). Kindly find below the corrective steps.

1) Actions already taken:
a) We have removed all words like "best", "cheapest", "like Fabindia", "like Biba" from the backend search terms and titles.
b) Search terms of all 22 listings are now within 200 bytes.
c) Re-uploaded the flat file, feed ID 50391827744, processed with no errors.

2) To avoid the same in future:
a) Our cataloguing executive will use a checklist based on the style guide before every upload.
b) Weekly check of the Suppressed Listings report.

Kindly reinstate the listings and do the needful at the earliest.

Regards,
Sneha Iyer
Iyer Ethnic Wear""",
style="numbered", co="1) Actions already taken:", pr="2) To avoid the same in future:",
pol=["Amazon detail page rules"], dec=[("feed-id", "50391827744")],
notes="Indian seller; lettered items inside numbered headings; no reason given for why the words were added: missing root cause.")

M("lr-restricted-zh-040", L, "restricted-products", "US", "chinese", "Appeal listing removed - Pesticides and Pesticide Devices policy",
"""Dear Amazon,

Our listing ASIN B0CFQ3N1VB (mosquito repellent bracelet) was removed for Pesticides and Pesticide Devices policy. We have found the problem.

ROOT CAUSE
In our product description we write "kills mosquitoes" and "100% protection from insect". This is pesticide claim and need EPA registration. Our copywriter translate from Chinese product sheet and did not know this rule in US.

CORRECTIVE ACTION
1. We have deleted all pest claims from title, bullets, description and A+ content.
2. The bracelet is only citronella scent, and we have the EPA 25(b) minimum risk exemption document from supplier, attached.
3. Images with the word "kill" are replaced.

PREVENTION
1. We made a list of forbidden words (kill, repel, protect, eliminate) and our listing tool will warn before upload.
2. Every listing for outdoor and pet products will be check by our compliance staff Ms. Wang.

Thank you for your review.
Guangzhou Lvyuan Trade Co., Ltd.""",
style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", pr="PREVENTION",
pol=["Pesticides and Pesticide Devices policy"],
dec=[("asin", "B0CFQ3N1VB"), ("mild-word", "kills mosquitoes")],
notes="Chinese seller; complete; 'kill' quoted from a product claim, not a threat.")

M("lr-copyright-pl-041", L, "ip-copyright", "PL", "other-non-native", "Listing removed for copyright - images",
"""Hello Amazon team,

Our listing of wooden puzzle (ASIN B0B7JX4HTP) was removed for Copyright complaint, because the photos belong to another shop.

A) Cause
We took the product photos from website of the producer, because our own photos were bad quality. But the photos were made by a photographer who works for another reseller and this reseller has copyright to them.

B) What we have done
- All photos are deleted and replaced with our own photos, made in our studio on 4 March.
- We sent email to the complainant with the new photos and asked to withdraw the complaint.

C) Prevention
We are sure that now the listing is correct and the problem is solved.

Pozdrawiam,
Katarzyna Zielińska""",
style="lettered", rc="A) Cause", co="B) What we have done",
pol=["Copyright"], dec=[("asin", "B0B7JX4HTP"), ("foreign-snippet", "Pozdrawiam")],
notes="Polish seller on PL in English; 'C) Prevention' only says the problem is solved: missing preventive.")

M("lr-inauth-id-042", L, "inauthentic", "SG", "other-non-native", "Request reinstatement listing sambal sauce",
"""Dear Amazon team,

Our listing for sambal sauce 250 ml is not active since 2 March. Customer said the bottle is different from the photo and it is fake. We want explain.

Our POA: The cause
The producer in Surabaya change the label design in January, new colour and new logo. Our photos on Amazon are still old label. So customer receive bottle with different label and think it is not original.

Our POA: What we already fix
We already take new photos with new label and upload them. We already ask the producer for letter that the new label is official, letter attached, also the invoice for 600 bottles.

Our POA: Next time
Every time the producer tell us about packaging change, we update photos before we send new stock to Amazon. We ask producer to inform us one month before.

Thank you for your help.
Dimas Prasetyo""",
style="our-poa", rc="Our POA: The cause", co="Our POA: What we already fix", pr="Our POA: Next time",
notes="Indonesian seller; complete our-poa POA; customer said 'fake' but no policy is named: no-policy.")

M("lr-gouging-ng-043", L, "price-gouging", "US", "other-non-native", "Listing inactive because of price",
"""Dear Team,

My listing for the shea butter 500g was made inactive because of the price I set. I want to explain what happened in detail so that you can reactivate it.

Cause: When I was updating my prices I mistakenly typed 189.00 instead of 18.90 for this item. It stayed for 2 days before the system made the listing inactive. Nobody bought at that price.

Correction: I will change the price back to 18.90 once the listing is active again, and I will double check all my other prices this weekend.

Prevention: I will use the bulk price upload with a maximum price column so a typing mistake cannot go live.

Thank you for your understanding.

Funmilayo Adeyemi""",
style="inline", rc="Cause:", co="Correction:", done=False, pr="Prevention:",
notes="Nigerian seller; explains the price problem at length but names no policy; corrective is future only: no-policy and not-done.")

M("lr-patent-us-044", L, "ip-patent", "US", "native", "Re: Your listing has been removed (Notice pasted)",
"""Hi team,

For reference, the notice we received:

> We removed some of your listings because we received a report from a rights owner that they infringe the rights owner's patent. ASIN: B0CM4P7SDL. Complaint ID: 15029384617. To learn more, see our Intellectual Property Policy.

Our response:

1. Cause: the complaint covers a cord-winding clip that came as a free accessory in our cable organizer kit. We sourced the clip from a generic supplier and did not check whether the design was patented.
2. Action taken: we have stopped including the clip, updated the listing images and bullets, and relabeled our 900 FBA units after removing the clips at our prep center. The rights owner confirmed by email that the kit without the clip does not infringe, and they have retracted the complaint.
3. Prevention: every component in a kit, including free extras, now goes through a patent search by our IP attorney before we source it.

Thanks,
Owen Carter
Tidy Desk Supply""",
style="numbered", rc="1. Cause:", co="2. Action taken:", pr="3. Prevention:",
pol=["Intellectual Property Policy"],
dec=[("asin", "B0CM4P7SDL"), ("complaint-id", "15029384617")],
notes="Native seller; policy is named only inside the pasted Amazon notice (still in the text, so cited); complete.")

M("lr-safety-th-045", L, "product-safety", "US", "other-non-native", "Reinstate listing baby carrier - Product Safety",
"""Dear Amazon Seller Support,

Our baby carrier listing is removed by Product Safety team, they ask for test report according ASTM F2236.

Reason: Our product is made by hand in Chiang Rai by local women group. We did not do lab test before because in Thailand it is not required for this product.

Action: We understand that safety of babies is very important, we are a good company and we care about every customer. We hope Amazon understand our small business situation ka.

Prevention: Before we sell any baby or kid product in US, we will check the CPSC requirement and do lab test before sending to FBA.

Khob khun ka,
Pimchanok Rattanakul""",
style="colon", rc="Reason:", pr="Prevention:",
pol=["Product Safety"],
notes="Thai seller; 'Action:' holds only caring words: missing corrective (no test ordered, no listing change).")

M("lr-used-tr-046", L, "used-sold-as-new", "US", "turkish", "Listing deactivated - used sold as new - PLEASE",
"""Hello Amazon,

I am very very upset and honestly I cannot understand. Why you do this to us??? Our listing for the espresso machine was deactivated for used sold as new. This is a disaster for us, we will go bankrupt if you do not open it today.

**Reason**
Two customers returned the machine and our warehouse staff put them back in stock as new because the box looked unopened. Then we sold them again and the next customers complained.

**What we did**
We removed both units from stock and now all returns go to a separate shelf. We refunded the two customers. We put a seal sticker on every new box.

**Prevention**
Returned items will never be sold as new again, only as Used after our technician tests them.

Hakan Çelik""",
style="bold", rc="Reason", co="What we did", pr="Prevention",
pol=["used sold as new"],
emo=["I am very very upset and honestly I cannot understand. Why you do this to us???", "This is a disaster for us, we will go bankrupt if you do not open it today"],
notes="Turkish seller; complete POA but angry and desperate tone.")

M("lr-listing-ca-047", L, "listing-policy", "CA", "native", "Duplicate listing removed - ASIN creation policy",
"""Hello,

We had an ASIN removed for breaking the ASIN creation policy. We created a second listing for our hockey stick tape because the original one had the wrong colour in the title.

Why it happened
We didn't know we could fix the title through a catalog request, so we created a new ASIN for the same product instead.

What we did
We merged our inventory into the original ASIN, deleted the duplicate, and filed a catalog update to correct the colour in the title, which was accepted on March 9.

What happens next
Thank you for your patience with a small Canadian business. We appreciate the help.

Mike Lavoie
Lavoie Sports, Winnipeg""",
style="plain", rc="Why it happened", co="What we did",
pol=["ASIN creation policy"],
notes="Native seller; 'What happens next' is only thanks: missing preventive.")

M("lr-iptm-latam-048", L, "ip-trademark", "US", "latam", "Reinstatement - Trademark complaint on phone cases",
"""Dear Amazon Team,

Our listings of phone cases were removed for Trademark complaint from the owner of a football club logo.

1. What we did
- We removed the 15 listings with the club logo.
- We destroyed the remaining 300 cases in our warehouse in Santiago (photo attached).
- We sent a message to the rights owner to confirm.

2. How we avoid it
- We will sell only our own designs.
- Our designer will sign a declaration that every design is original.

Many thanks,
Camila Rojas
Fundas Andinas""",
style="numbered", co="1. What we did", pr="2. How we avoid it",
pol=["Trademark"],
notes="Chilean seller; no root cause at all (why club logos were used is never explained): missing root cause.")

M("lr-restricted-ar-049", L, "restricted-products", "AE", "other-non-native", "Reinstatement of listing - medical claims",
"""Dear Amazon Team,

Our listing of the massage gun was removed under the Medical Devices and Accessories rules because the description said it "treats sciatica and arthritis".

We found that the description was copied from the manufacturer website in China, and our content writer did not know that words like "treats" and "cures" are medical claims that need approval in the UAE.

We have now rewritten the title, the bullets and the description. All medical words are removed and the product is described only for relaxation and sport recovery. We also checked our other 30 listings and changed 4 more.

From now on our content writer uses a list of forbidden medical words and I approve each listing before it goes live. We will also read the Amazon help page about medical devices every quarter.

Best regards,
Rami Khoury""",
style="none", rc="We found that the description was copied", co="We have now rewritten the title", pr="From now on our content writer",
pol=["Medical Devices and Accessories rules"],
notes="Arabic-speaking seller; complete POA with no headings; policy named in an unusual way ('rules').")

# ---------------------------------------------------------------- cover letters (POA attached)
M("aa-odr-tr-050", A, "odr", "UK", "turkish", "Appeal with attached plan of action - ODR",
"""Dear Seller Performance Team,

Our account Bosphorus Bags was deactivated on 3 March 2026 because our Order Defect Rate is higher than 1%. We have prepared a detailed plan of action with the root cause, the actions we have taken and the steps to prevent the same problem. Please find it in the attached PDF file (Bosphorus_Bags_POA.pdf), together with the refund records for the affected orders.

If you need any more document, please write us and we will send it on the same day.

Thank you for your time.

Saygılarımla,
Elif Kaya""",
att=True, pol=["Order Defect Rate"],
dec=[("file-name", "Bosphorus_Bags_POA.pdf"), ("foreign-snippet", "Saygılarımla")],
notes="Turkish cover letter; POA is in the attachment; mentions 'root cause' only as a description of the attachment.")

M("aa-inauth-zh-051", A, "inauthentic", "US", "chinese", "Appeal inauthentic - please see attached POA and invoices",
"""Dear Amazon Team,

We are Ningbo Starlight Houseware Co., Ltd., seller name StarHome. Our account is deactivate for authenticity complaint on ASIN B0C1Q7NRTA.

We have upload three files with this appeal:
1. Plan of action (POA_StarHome_0312.docx) - explain the reason, what we have did and measures to avoid.
2. Invoices from our supplier for 3,000 units.
3. Authorization letter from the brand owner.

Please review the files. If any information is missing, we will provide immediately.

Thank you and best regards,
Sun Mei
宁波星光家居用品有限公司""",
att=True, pol=["authenticity"],
dec=[("asin", "B0C1Q7NRTA"), ("file-name", "POA_StarHome_0312.docx"), ("foreign-snippet", "宁波星光家居用品有限公司")],
notes="Chinese cover letter; numbered list of attachments looks like a POA but is not one.")

M("aa-related-us-052", A, "related-accounts", "US", "native", "Appeal submission for Harbor & Pine LLC",
"""Hello,

I'm writing on behalf of Harbor & Pine LLC, whose account was deactivated on February 27. We've reviewed the notice carefully with the owner and put together a full plan of action that explains the connection Amazon identified, what has been done to remove it, and the controls now in place. It's attached as a PDF along with the owner's ID, a utility bill for the business address, and the lease agreement.

We'd appreciate a review at your earliest convenience. I can be reached at (312) 555-0184 if anything is unclear.

Thank you,
Laura Benson
Benson Compliance Partners""",
att=True, dec=[("phone", "(312) 555-0184")],
notes="Native agency cover letter with POA attached; no policy named anywhere ('the connection Amazon identified'): no-policy.")

M("aa-sca-in-053", A, "seller-code-of-conduct", "IN", "indian", "Appeal - Code of Conduct - POA attached",
"""Dear Seller Performance Team,

Greetings from Mahalaxmi Home Decor. With reference to the deactivation of our account for violation of Seller Code of Conduct, please find attached our detailed Plan of Action along with supporting documents.

The attached POA covers the root cause, corrective actions already implemented and preventive measures. We have also attached the undertaking signed by our directors.

Kindly go through the same and revert back at the earliest. We assure you of our full cooperation.

Thanks and regards,
Vikram Joshi
Director""",
att=True, pol=["Seller Code of Conduct"],
notes="Indian cover letter that lists POA parts in one sentence but holds no POA itself.")

M("aa-review-ng-054", A, "review-manipulation", "US", "other-non-native", "Appeal - review policy - attached",
"""Dear Amazon,

I have attached my plan of action for the review policy issue. I am honestly at the end of my rope. This is the third time I am sending appeal and every time I receive the same copy-paste answer. Is anybody even reading my documents?? I have bills to pay and you are killing my business.

The attached document has everything you asked for. Please, I beg you, let a real person look at it this time.

Tunde Bakare
TB Naturals""",
att=True, pol=["review policy"],
emo=["I am honestly at the end of my rope", "Is anybody even reading my documents??", "you are killing my business", "Please, I beg you, let a real person look at it this time"],
notes="Nigerian cover letter (POA attached) but emotional and accusing.")

M("aa-late-pl-055", A, "late-shipment", "DE", "other-non-native", "Appeal Late Shipment Rate - documents",
"""Dear Seller Performance,

Our account was deactivated because Late Shipment Rate is above 4%. In attachment you will find:

- POA_LateShipment_PL.pdf - our plan of action
- carrier_contract_DPD.pdf - new contract with pick-up at 17:00
- staff_schedule_march.xlsx - new packing schedule

Our tracking numbers are also in the file, for example 00340434161094032156.

Thank you and we wait for your answer.

Best regards,
Marek Lewandowski
Lewandowski Sport""",
att=True, pol=["Late Shipment Rate"],
dec=[("file-name", "POA_LateShipment_PL.pdf"), ("tracking-number", "00340434161094032156")],
notes="Polish cover letter; a 20-digit tracking number is a decoy.")

M("aa-drop-uk-056", A, "drop-shipping", "UK", "native", "Appeal - dropshipping policy",
"""Dear Seller Performance,

Please find attached our plan of action regarding the deactivation of our account under the dropshipping policy. The document sets out how orders came to be fulfilled by a third party, what we have changed, and how we will keep it that way. Supporting invoices and our new warehouse lease are included.

Unfortunately we could not fit the invoices into a single file, so they come as three separate PDFs.

Kind regards,
Oliver Grant
Grant & Sons Homeware""",
att=True, pol=["dropshipping policy"], dec=[("mild-word", "Unfortunately")],
notes="UK cover letter describing the attached POA in one sentence; 'Unfortunately' decoy.")

M("aa-cancel-id-057", A, "cancel-rate", "SG", "other-non-native", "Appeal cancel rate with POA file",
"""Dear Amazon Seller Performance,

We are CV Batik Mega Mendung. Our account is deactivate for high cancel rate. We already make POA and we attach in this case, also screenshot of our new inventory software and the stock report.

Please kindly check our POA. If there is something not clear please tell us, we will answer quick.

Thank you very much for your help.

Hormat kami,
Agus Hidayat""",
att=True, pol=["cancel rate"], dec=[("foreign-snippet", "Hormat kami")],
notes="Indonesian cover letter; short; POA attached.")

# ---------------------------------------------------------------- account appeals with no POA
M("aa-bsa-ng-058", A, "identity-verification", "US", "other-non-native", "Verification failed - please check my documents again",
"""Dear Seller Performance,

My account was deactivated because my identity could not be verified under Section 3 of the BSA. I have uploaded my international passport and my bank statement from Payoneer three times.

Please find the details again for your check: Payoneer receiving account number 8217449301, bank routing 026073150 (Community Federal Savings Bank). The name on my passport is Ifeanyi Nwosu, same as my account.

I also received a code on my phone this morning, 731592, please use it if you need to confirm my phone number.

Kindly check again and reactivate my account. Thank you.

Ifeanyi Nwosu""",
pol=["Section 3 of the BSA"],
sec=[("bank-account", "8217449301"), ("routing-number", "026073150"), ("one-time-code", "731592")],
notes="Nigerian seller; no POA at all; pastes a bank account, routing number and a one-time code.")

M("aa-inauth-tr-059", A, "inauthentic", "US", "turkish", "Why our account is deactivated? inauthentic",
"""Hello Amazon,

Our account is deactivated for inauthentic complaint on the olive oil soap. We do not understand. This soap is produced in our own factory in Ayvalık since 1978, we are the brand owner, how can it be not authentic?

We already sent the invoices of raw materials, the factory license and the brand registration certificate from Türk Patent. Please check these documents again and tell us what is missing. We are ready to send any document you want.

Thank you,
Zeynep Arslan
Arslan Sabun""",
pol=["inauthentic"], dec=[("foreign-snippet", "Türk Patent")],
notes="Turkish brand owner; argues and asks, with no POA: A016 positive.")

M("aa-odr-latam-060", A, "odr", "US", "latam", "Por favor - account deactivated for ODR",
"""Hello Amazon,

Por favor, I need your help. My account was deactivated for ODR and I have 4,000 dollars of stock in your warehouse. If you do not reactivate I will lose everything, please I beg you. My family depends on this store and I don't know what to do anymore, I cry every night.

I always answer my customers and I always give refunds. The bad feedback came from a problem with the post office in December, it was not my fault.

Please, please give me back my account.

Alejandra Torres
Torres Artesanías""",
pol=["ODR"],
emo=["If you do not reactivate I will lose everything, please I beg you", "I don't know what to do anymore, I cry every night", "Please, please give me back my account"],
dec=[("foreign-snippet", "Por favor")],
notes="Latin American seller; pleading with no POA; a one-line excuse is not a plan of action.")

M("aa-related-pl-061", A, "related-accounts", "UK", "other-non-native", "We have only one account",
"""Dear Amazon,

We received email that our account is deactivated. This is a mistake. We have only one account on Amazon, we never opened a second one and we do not know any other seller.

Our company is Kowalski Tools Sp. z o.o., registered in Kraków since 2015. We have only one office, one bank account and one computer for Amazon. Please check again, maybe it is an error of the system.

We are waiting for your answer. Thank you.

Jan Kowalski""",
notes="Polish seller denies having a second account; no POA and no policy named: A016 and no-policy.")

M("aa-review-us-062", A, "review-manipulation", "US", "native", "This is ridiculous",
"""To whoever is reading this,

This is ridiculous. My account was deactivated for review manipulation when I have never paid for a review in my life. A competitor clearly bought fake 5-star reviews on my listing to get me shut down and you fell for it.

I have been selling on Amazon for six years. I will be contacting my attorney and filing a complaint with the FTC if this is not reversed within 48 hours. You are destroying a legitimate business because your system is broken.

Reinstate my account.

Greg Novak
Novak Outdoor""",
pol=["review manipulation"],
emo=["This is ridiculous", "I will be contacting my attorney and filing a complaint with the FTC if this is not reversed within 48 hours", "You are destroying a legitimate business because your system is broken"],
notes="Native seller; angry threats, no POA: emotional and A016.")

M("aa-counterfeit-in-063", A, "counterfeit", "IN", "indian", "Request to reactivate account - counterfeit complaint",
"""Dear Sir/Madam,

Our account has been deactivated due to counterfeit complaint on the Bluetooth speaker. We are authorised reseller of this brand and we have been purchasing from the authorised distributor in Mumbai only.

We have attached the GST invoices and the distributor authorisation letter. Our GSTIN is 27AAPFU0939F1ZV for your reference.

Kindly review the documents and give us one chance to continue our business. Kindly revert.

Thanks & Regards,
Deepak Mehta""",
pol=["counterfeit"],
dec=[("gst-number", "27AAPFU0939F1ZV"), ("mild-plea", "give us one chance to continue our business")],
notes="Indian seller; documents only, no POA: A016; polite one-chance request is a mild plea, not emotional.")

M("aa-late-ar-064", A, "late-shipment", "AE", "other-non-native", "Explanation for late dispatch",
"""Dear Seller Performance team,

Our account was deactivated for late dispatch. I want to explain the situation.

In February the port of Jebel Ali had big delays because of the weather and the new customs system. Our container with 3,000 phone covers arrived 9 days late, and all orders for these products were dispatched late. This was outside our control, all sellers in Dubai had the same problem.

Our performance before February was always very good, with late dispatch under 1%. We hope you consider the special situation and reactivate our account.

Best regards,
Tariq Aziz
Aziz Mobile Accessories""",
pol=["late dispatch"],
notes="Arabic-speaking seller; gives an explanation (a cause) but no actions and no prevention: judged not a POA at all, so A016 positive.")

M("aa-safety-id-065", A, "product-safety", "SG", "other-non-native", "What document we need for product safety",
"""Dear Amazon,

Our account has status deactivated because of product safety of our electric kettle. We are little bit worried because we do not understand what document Amazon want.

We have SNI certificate from Indonesia and CE certificate from the factory. Is it enough for Singapore? Or we need Safety Mark from Enterprise Singapore? Please tell us the name of the document and we will apply.

Thank you for your help,
Wahyu Nugroho""",
pol=["product safety"], dec=[("mild-word", "We are little bit worried")],
notes="Indonesian seller asks which document is needed; no POA: A016. 'worried' is mild.")

M("aa-gouging-th-066", A, "price-gouging", "US", "other-non-native", "Please help reactivate account",
"""Dear Amazon Seller Performance,

Our account Thai Herbal Balm Shop is deactivated. The email said our prices are too high compared to before. We think it is because the cost of the herbs increased a lot this year after the flood in the north of Thailand, so we increased the price.

We have now put the price back to normal price for all products. Please help us reactivate the account, we want to continue selling to customers in America.

Thank you very much krub,
Somchai Wongsa""",
notes="Thai seller; describes the price issue and one fix in passing, no POA structure (judged not a POA); no policy named: A016 and no-policy.")

M("aa-listing-zh-067", A, "listing-policy", "US", "chinese", "Why deactivate? 请帮忙",
"""Dear Amazon,

Today we receive the email that our account is deactivated, but the email do not say clearly what is the reason. We check our Account Health, it show 3 listings with problem but all are already fixed last week.

Below is message from our boss in WeChat, I translate: "我们所有的listing都已经改好了，请亚马逊重新审核" - all our listings are already corrected, please Amazon review again.

Please tell us what we need to do. We will cooperate.

Best regards
Huang Jun""",
dec=[("foreign-snippet", "我们所有的listing都已经改好了，请亚马逊重新审核")],
notes="Chinese seller with a pasted WeChat line; no POA and no policy named: A016 and no-policy.")

M("aa-vtr-uk-068", A, "valid-tracking", "UK", "native", "Valid Tracking Rate - please check carrier account",
"""Hi,

We've been deactivated for our Valid Tracking Rate. I honestly think the tracking was valid. We ship everything with Parcelforce and every parcel has a number.

If it helps, you can log into our Parcelforce business account and see every shipment yourself: username dispatch@kentcandleco.co.uk, password Wh1tstable#88. You'll see that all March orders were scanned on the day.

Please take another look.

Sam Fletcher
Kent Candle Co""",
pol=["Valid Tracking Rate"],
sec=[("password", "Wh1tstable#88")],
notes="UK seller; no POA; pastes the carrier account password: secret and A016.")
# ---------------------------------------------------------------- more account appeals with a POA
M("aa-condition-ng-069", A, "condition", "US", "other-non-native", "Appeal for my account - item condition complaints",
"""Dear Seller Performance,

My account was deactivated because some customers complained that the books I sent were not in the condition I described.

1. What caused it
I buy used textbooks in bulk from a university bookshop in Ibadan. My grader was marking books with highlighting and notes as "Very Good". Some books also had water marks that he did not see under the shop light.

2. What I have done
I am very sorry to all the customers. I understand that customers must get what they paid for and I respect that.

3. What I will do to prevent it
Every book will be checked page by page in daylight, and any book with writing or water marks will be listed as "Acceptable" with a clear note. I will also grade a sample of 10 books each week myself to check the grader.

Yours sincerely,
Oluwaseun Balogun""",
style="numbered", rc="1. What caused it", pr="3. What I will do to prevent it",
dec=[("single-apology", "I am very sorry to all the customers.")],
notes="Nigerian seller; '2. What I have done' holds only an apology: missing corrective; never names a policy: no-policy.")

M("aa-iptm-in-070", A, "ip-trademark", "IN", "indian", "Appeal against deactivation - IP policy violation",
"""Dear Team,

Greetings. Our account has been deactivated for violation of IP policy based on trademark complaints from a kitchenware brand.

## Root Cause
We were selling steel lunch boxes under the listing of the brand, thinking that generic products can be sold on any listing if they look same. The products were not of that brand.

## Corrective Actions
We request you to kindly reinstate our account and allow us to sell our remaining inventory. We are ready to cooperate with the brand owner in any manner required.

## Preventive Measures
- We will create our own listings under our own brand name "Annapurna Steel" which is registered.
- We will never sell on another brand's listing.
- Our team will undergo training on Amazon IP policy.

Kindly do the needful.

Regards,
Rohit Kulkarni""",
style="markdown", rc="Root Cause", pr="Preventive Measures",
pol=["IP policy"],
notes="Indian seller; 'Corrective Actions' only requests reinstatement and offers cooperation: missing corrective.")

M("aa-odr-latam-071", A, "odr", "US", "latam", "Plano de ação / plan of action ODR",
"""Hello Seller Performance,

We are Loja Brasil Beauty, from São Paulo. Our account was deactivated because the ODR is 1.8%.

**Cause of the problem**
We changed the supplier of the boxes for our perfumes in December. The new boxes were weaker and 22 bottles broke during transport to the customers. These customers opened A-to-z claims and left negative feedback.

**Prevention of new problems**
- All perfumes will be packed with bubble wrap and a double box.
- We will do a drop test with 5 boxes from every new lot of packaging.
- Our customer service will answer messages within 12 hours, also in the weekend.

Obrigada pela atenção,
Juliana Souza""",
style="bold", rc="Cause of the problem", pr="Prevention of new problems",
pol=["ODR"], dec=[("foreign-snippet", "Obrigada pela atenção")],
notes="Brazilian seller (latam); cause and prevention only, nothing about the broken orders already shipped: missing corrective.")

M("aa-inauth-us-072", A, "inauthentic", "US", "native", "Appeal: Inauthentic item complaints",
"""Hello,

We're appealing the deactivation of our account for Inauthentic item complaints on two skincare ASINs.

Actions taken:
- Removed all remaining inventory of both ASINs (removal order 3JxQm8Lw1P).
- Refunded the 7 customers who filed complaints.
- Submitted invoices from our distributor, Cascade Beauty Wholesale, for the 1,200 units sold.

Preventive steps:
- We now buy only from distributors listed on the brand's own authorized retailer page.
- Every inbound lot is checked against the brand's batch code format before we send it to FBA.

Please let us know if you need anything else.

Nina Alvarez
Glow Cart LLC""",
style="colon", co="Actions taken:", pr="Preventive steps:",
pol=["Inauthentic item complaints"], dec=[("removal-order-id", "3JxQm8Lw1P")],
notes="Native seller; no explanation of why customers received items they thought inauthentic: missing root cause.")

M("aa-late-tr-073", A, "late-shipment", "US", "turkish", "Geç gönderim - late shipment rate appeal - HELP",
"""Dear Amazon,

I am writing for the third time and nobody answers me properly. This is unacceptable! You closed my account for Late Shipment Rate and I am losing thousands of dollars every day. Shame on you for treating small sellers like this.

ROOT CAUSE
Our cargo company Aras Kargo had a strike in Istanbul for 6 days in February, so 47 orders were collected late.

CORRECTIVE ACTION
We will sign a contract with a second cargo company. We will also increase the handling time to 3 days.

PREVENTION
If the cargo company has any problem, we will send with the second company the same day. We will check the late orders every morning.

Tolga Şahin""",
style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", done=False, pr="PREVENTION",
pol=["Late Shipment Rate"],
emo=["This is unacceptable!", "Shame on you for treating small sellers like this"],
notes="Turkish seller; angry; corrective future-only: emotional and not-done.")

M("aa-restricted-pl-074", A, "restricted-products", "DE", "other-non-native", "Appeal Drugs & drug paraphernalia policy",
"""Dear Seller Performance,

Our account was deactivated for Drugs & drug paraphernalia policy, for listing of grinder for herbs.

We have removed the listing on 5 March and the 80 units in FBA are in removal. We also removed two other listings with the words "420" and "smoke" in the title, because we understand that these words can make the product look like drug accessory.

From now on we will sell only kitchen grinders for spices and in the listing we will use only photos with pepper and salt. Before publishing, every title and photo will be checked by our manager against the restricted products help pages.

With kind regards,
Agnieszka Dąbrowska
Kuchnia Plus""",
style="none", co="We have removed the listing on 5 March", pr="From now on we will sell only kitchen grinders",
pol=["Drugs & drug paraphernalia policy"],
notes="Polish seller; no headings; says what was removed and how to prevent, but not why the grinder was listed that way: missing root cause (judgment: 'we understand these words can make...' is an insight, not the cause).")

M("aa-review-id-075", A, "review-manipulation", "SG", "other-non-native", "Appeal for account deactivation - reviews",
"""Dear Seller Performance,

Our account is deactivated because of reviews problem. We want to give our explanation and plan.

1. Root cause
Our staff joined a Facebook group of sellers where members buy product from each other and give review. He thought it is a good way to get first reviews for our new coffee products. The management did not know about this group.

2. Corrective action
- We already left the Facebook group and deleted our posts.
- The staff already got warning letter and he does not handle marketing now.
- We already reported to Amazon the 14 reviews from the group members.

3. Preventive action
Thank you Amazon for giving us chance to explain. We love selling on Amazon and customers love our Kopi Luwak.

Salam,
Fajar Kurniawan""",
style="numbered", rc="1. Root cause", co="2. Corrective action",
dec=[("foreign-snippet", "Salam"), ("mild-plea", "Thank you Amazon for giving us chance to explain")],
notes="Indonesian seller; '3. Preventive action' holds only thanks: missing preventive; no policy named ('reviews problem'): no-policy.")

M("aa-sca-th-076", A, "seller-code-of-conduct", "US", "other-non-native", "Appeal my account",
"""Dear Amazon,

Our account was deactivated because we sent messages to customers to ask them to change their negative feedback and we offered a small gift.

Cause: Our customer service staff learned this from a seminar in Bangkok, the speaker said it is normal practice. Nobody in our company checked if this is allowed on Amazon.

Corrections done: We stopped all messages about feedback on 1 March. The staff and I read all the rules about communication with buyers. We sent an apology message to the 9 customers without asking anything.

Prevention: Only I (the owner) can send messages to customers now. We use only the templates from Amazon and never talk about feedback or reviews. Every month I check the Buyer-Seller Messages sent.

Thank you krub,
Wichai Thongchai
Lanna Tea House""",
style="colon", rc="Cause:", co="Corrections done:", pr="Prevention:",
notes="Thai seller; complete POA but no policy named ('the rules about communication with buyers' is a description): no-policy.")

M("aa-cat-latam-077", A, "category-approval", "US", "latam", "Appeal - gated category approval removed",
"""Dear Amazon team,

Our approval for the gated category Grocery & Gourmet was removed and our account is deactivated for selling in this category without the right documents. We are Café de Altura, coffee exporters from Medellín.

Root cause: our FDA food facility registration expired in December and we did not renew on time because the person responsible left the company.

Corrective actions: we are going to renew the FDA registration next week, and then we will upload the new certificate. We will also send the lab analysis of our coffee.

Preventive actions: we will put the renewal date in the company calendar 60 days before it expires, and the general manager will be responsible.

Gracias por su tiempo,
Santiago Restrepo""",
style="inline", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive actions:",
pol=["gated category"],
notes="Colombian seller; inline headings; FDA renewal is only planned: not-done.")

M("aa-safety-ng-078", A, "product-safety", "US", "other-non-native", "Product Safety - my account",
"""Dear Amazon,

I don't know what else you want from me. I have sent you 4 appeals for Product Safety and every time you reject. I am frustrated and heartbroken, my whole life savings is in this business. You people don't care about small sellers from Africa!

**Root cause**
Customers said the hair dryer gets too hot. The factory used a cheaper heating element in the last batch without telling me.

**Corrective**
I am a good seller and I always care about my customers. I respect Amazon rules.

**Preventive**
I will ask the factory for a test certificate before each new batch and check 5 units myself before sending to FBA.

Chidinma Okonkwo""",
style="bold", rc="Root cause", pr="Preventive",
pol=["Product Safety"],
emo=["I am frustrated and heartbroken, my whole life savings is in this business", "You people don't care about small sellers from Africa!"],
notes="Nigerian seller; '**Corrective**' holds only self-praise: missing corrective; emotional.")

M("aa-drop-ar-079", A, "drop-shipping", "AE", "other-non-native", "Appeal Drop Shipping violation",
"""Dear Seller Performance Team,

We received the deactivation for Drop Shipping because customers received our orders in boxes from another online store.

1. Root cause
We are a new seller and we did not have warehouse yet. We ordered the products from Noon and asked them to deliver to our customers directly, with their invoice inside the box.

2. Corrective actions
We will rent a small warehouse in Al Quoz next month. We will buy stock directly from the distributors and we will ship with our own invoice. Also we will send all stock to FBA when possible.

3. Preventive actions
We will never order from other retailers to send to Amazon customers. Every order will be packed by our team.

Best regards,
Mohammed Saeed""",
style="numbered", rc="1. Root cause", co="2. Corrective actions", done=False, pr="3. Preventive actions",
pol=["Drop Shipping"],
notes="Arabic-speaking seller; corrective all in future tense: not-done.")

M("aa-counterfeit-us-080", A, "counterfeit", "US", "native", "Appeal - counterfeit complaint, Ridgeway Tools",
"""Dear Seller Performance team,

Unfortunately our account was deactivated following a counterfeit complaint on a set of torque wrenches. We're sorry for the concern this caused customers. We know the complaint process can be frustrating for everyone involved, so we've tried to make this plan as clear as possible.

## Why this happened
The complaint concerned 40 units we bought from a liquidation lot in Texas. The lot was sold as "brand new retail returns", and we didn't ask for a chain of custody back to the manufacturer. The rights owner tested a unit and found it was not theirs.

## What we have done
- Pulled all 40 units from sale the day the complaint arrived; 26 unsold units are at our warehouse and will be destroyed on the brand's instruction.
- Contacted all 14 buyers and refunded them in full.
- Stopped buying from liquidation lots entirely.

## How we will prevent it
- Branded tools are bought only from the manufacturer or a distributor on their authorized list, with invoices kept for 3 years.
- Every new supplier is verified by phone with the brand before the first order.

Regards,
Bill Jensen
Ridgeway Tools LLC""",
style="markdown", rc="Why this happened", co="What we have done", pr="How we will prevent it",
pol=["counterfeit"],
dec=[("mild-word", "Unfortunately"), ("mild-word", "frustrating"), ("single-apology", "We're sorry for the concern this caused customers.")],
notes="Native seller; calm letter with 'Unfortunately', 'frustrating' and one apology; the corrective part mixes done and will: done=true.")

M("aa-related-tr-081", A, "related-accounts", "UK", "turkish", "Related Accounts appeal - Ege Kitchen",
"""Dear Seller Performance,

Our account Ege Kitchen is deactivated for Related Accounts, with an account that was suspended in 2024.

Why this happened
Our accountant office in İzmir also worked for another seller. The accountant used the same computer and the same IP address to open both accounts' VAT pages in Seller Central. That other seller's account was suspended, so our account was linked.

What we did
We changed our accountant office. The old accountant's user permission is deleted from our Seller Central. We changed all passwords and enabled Two-Step Verification with a new phone number only for the owner.

What we will keep doing
Amazon is very important for us and we will always follow the policies. We are thankful to Amazon.

Saygılar,
Burak Koç""",
style="plain", rc="Why this happened", co="What we did", pr=None,
pol=["Related Accounts"],
dec=[("password-word", "passwords"), ("foreign-snippet", "Saygılar")],
notes="Turkish seller; 'What we will keep doing' is only thanks: missing preventive.")

M("aa-iptm-zh-082", A, "ip-trademark", "US", "chinese", "Appeal for IP complaint - trademark",
"""Dear Seller Performance,

We are writing for the trademark complaint on our garden hose nozzle. Please give us chance to sell again, we have corrected everything.

The reason of the problem is: our designer put a logo on the nozzle handle that looks like a famous brand logo, a green leaf in a circle. He did not know this logo is registered in US.

What we have did: we changed the mould and the new nozzles have no logo, only our brand name "Hoseway" in text. The 2,000 old nozzles in FBA are removed and destroyed, we attached the destroy certificate. All images on the listing are changed.

Measures to avoid: every new design with any logo will be checked with USPTO database, and the designer must show the check result to the manager before production.

Thank you,
Wu Hao
Ningbo Hoseway Garden Tools""",
style="inline", rc="The reason of the problem is:", co="What we have did:", pr="Measures to avoid:",
pol=["trademark"],
dec=[("mild-plea", "Please give us chance to sell again")],
notes="Chinese seller; inline cues in Chinese-English habits; complete; polite 'give us chance' is not emotional.")

M("aa-listing-us-129", A, "listing-policy", "US", "native", "RE: RE: Account deactivated - Product detail page rules",
"""Hi, replying again with the plan you asked for.

-----
On Mar 10, 2026, Seller Performance wrote:
> Your appeal does not contain enough information. Please explain the cause, the steps taken, and how you will prevent recurrence.
-----

OK. The cause: our VA uploaded 300 listings from a supplier spreadsheet that had promotional text in the titles ("FREE SHIPPING", "BEST DEAL"), which breaks your product detail page rules. I didn't review the file before it went live.

To stop it happening again: the VA can no longer upload files directly. I review every flat file myself, and our upload template now has a formula that flags any title with words on a banned list. I'll also run the Listing Quality dashboard every Monday.

Thanks,
Jordan Reyes
Reyes Supply Co""",
style="inline", rc="The cause:", pr="To stop it happening again:",
pol=["product detail page rules"],
notes="Native seller replying in an email thread; explains cause and prevention, but never says the 300 titles were fixed: missing corrective.")
# ---------------------------------------------------------------- technical issues
M("tech-login-tr-083", T, "", "UK", "turkish", "Cannot login - Two-Step Verification problem", topic="login",
text="""Hello Seller Support,

I cannot enter Seller Central since yesterday. After I write my password the page asks for Two-Step Verification code, but the SMS comes to my old phone number which I do not use anymore.

To make it fast, my login is info@ozkanhome.com.tr and password Kadikoy!2026. The last code which came to my wife's phone was 482913, maybe you can use it to confirm.

Please change the phone number to +44 7700 900418 (my UK number) so I can work again. We have 60 orders waiting.

Thank you,
Murat Özkan""",
sec=[("password", "Kadikoy!2026"), ("one-time-code", "482913")], dec=[("phone", "+44 7700 900418")],
notes="Turkish seller pastes password and 2SV code; the phone number is a decoy.")

M("tech-deposit-latam-084", T, "", "MX", "latam", "Deposit method not accepted - CLABE", topic="deposit-method",
text="""Hello,

I am trying to add my bank account in Mexico as the deposit method, but the page always says "the account information is not valid". My bank is BBVA México.

The CLABE number is 012180001534729961 and the holder is Comercializadora Ríos SA de CV, RFC CRI190312KD4. I checked with the bank two times and they say the number is correct.

Can you please check what is wrong? We cannot receive our payments since February.

Saludos,
Fernanda Ríos""",
sec=[("bank-account", "012180001534729961")], dec=[("tax-id", "CRI190312KD4")],
notes="Mexican seller writing English on MX; full CLABE (bank account) pasted: secret; RFC tax ID is a decoy.")

M("tech-payment-ng-085", T, "", "US", "other-non-native", "Card declined for seller subscription", topic="payment-method",
text="""Dear Seller Support,

My monthly subscription payment was declined and now there is a red banner on my account. My card is working fine everywhere else.

Here are the card details so you can try again: Visa 4716 0392 8845 7018, expiry 09/28, CVV 318, name on card Emeka Nwachukwu. The billing address is 14 Adeola Odeku Street, Victoria Island, Lagos.

Kindly charge it and remove the banner. Thank you.

Emeka Nwachukwu""",
sec=[("card", "4716 0392 8845 7018"), ("card-expiry", "09/28"), ("card-code", "318")],
notes="Nigerian seller pastes full card, expiry and CVV.")

M("tech-upload-zh-086", T, "", "US", "chinese", "Flat file upload error 8560 - batch 2026041700183395", topic="listing-upload",
text="""Dear Seller Support,

We upload inventory file for 48 new SKUs but the processing report show error 8560 for all rows. Our batch ID is 2026041700183395 and the file name is HomeDecor_Upload_0417.xlsm.

Error message: "SKU HD-LAMP-0031 does not match any ASIN. Contribution of the following attributes is required: item_type_keyword".

We already fill the item_type_keyword column. Please check what is the problem. We have did this upload many times before without problem.

Thank you,
Zhou Min
厦门明辉家居""",
dec=[("batch-id", "2026041700183395"), ("error-code", "8560"), ("file-name", "HomeDecor_Upload_0417.xlsm"), ("sku", "HD-LAMP-0031"), ("foreign-snippet", "厦门明辉家居")],
notes="Chinese seller; the 16-digit batch ID passes the Luhn check but is not a card (hard T006 negative).")

M("tech-report-us-087", T, "", "US", "native", "Settlement report missing orders", topic="report-error",
text="""Hi,

Our settlement report for the period ending April 8 (settlement ID 21984736501) doesn't include two orders that shipped and were delivered: 112-3094803-0023757 and 114-2839104-5527360. Both show as "Shipped" in Manage Orders and the customers have their items.

The totals in the Payments dashboard also don't match the flat file by $84.17. I've attached screenshots of both. Can someone look into whether these orders were moved to the next settlement or dropped?

Thanks,
Erin Walsh
Walsh & Co Candles""",
dec=[("settlement-id", "21984736501"), ("order-id", "112-3094803-0023757"), ("order-id", "114-2839104-5527360")],
notes="Native seller; order 112-3094803-0023757 passes Luhn once dashes are removed but is an order ID.")

M("tech-deposit-pl-088", T, "", "DE", "other-non-native", "Change of deposit account - verification stuck", topic="deposit-method",
text="""Dear Seller Support,

Two weeks ago we changed the deposit method to our new bank account in Millennium Bank. The status is still "verification in progress" and we did not receive disbursement since then.

New account: PL28 1160 2202 0000 0002 2277 3410 (EUR account), SWIFT BIGBPLPW, holder Zieliński Meble Sp. z o.o. The bank statement was uploaded on 2 April.

Please tell us how long it will take or what document is missing.

Best regards,
Paweł Zieliński""",
sec=[("iban", "PL28 1160 2202 0000 0002 2277 3410")], dec=[("swift-code", "BIGBPLPW")],
notes="Polish seller pastes a full IBAN; SWIFT code is a decoy.")

M("tech-login-in-089", T, "", "IN", "indian", "OTP not received for login", topic="login",
text="""Dear Team,

Since morning we are not receiving the OTP on our registered mobile number while logging in to Seller Central. We have tried 6 times. The verification code comes neither on SMS nor on the email.

Our registered mobile is +91 99870 24410 and the merchant token is A2K7XQ9PL4M3BV. We have not changed any password or phone number recently.

Kindly look into the issue and revert at the earliest as we are unable to process our orders.

Regards,
Suresh Nair
Nair Spices Exports""",
dec=[("otp-word", "OTP"), ("verification-code-word", "verification code"), ("password-word", "password"), ("phone", "+91 99870 24410"), ("merchant-token", "A2K7XQ9PL4M3BV")],
notes="Indian seller; mentions OTP, verification code and password with no value: hard T006 negative.")

M("tech-api-id-090", T, "", "SG", "other-non-native", "SP-API error 403 Unauthorized", topic="api",
text="""Hello Seller Support,

Our developer connect our inventory system with SP-API but every call return error 403 "Unauthorized - Access to requested resource is denied".

Our app ID is amzn1.sp.solution.4f7a92c1-7e3b-4d0a-9b41-2c8e6f1a0d55 and the app is in draft status. We already authorise the app in Seller Central and we already regenerate the client secret two times. The refresh token is saved in our server, we do not share it here.

Can you please check if the app need some role to be approved?

Thank you,
Andi Saputra
Nusantara Coffee Supply""",
dec=[("app-id", "amzn1.sp.solution.4f7a92c1-7e3b-4d0a-9b41-2c8e6f1a0d55"), ("error-code", "403")],
notes="Indonesian seller; talks about client secret and refresh token without giving them: hard T006 negative.")

M("tech-tax-th-091", T, "", "US", "other-non-native", "Tax interview - W-8BEN-E rejected", topic="tax-interview",
text="""Dear Seller Support,

We are a Thai company and we fill the tax interview for W-8BEN-E three times, but every time the status shows "invalid". Our Thai tax ID is 0105562098141 and we do not have US TIN.

In the form we choose "Corporation" and country Thailand, and we claim the treaty benefit. Is the problem because we write the tax ID with no dash? Or because the company name in Thai and English is different?

Please help us, we cannot receive payment until the interview is complete.

Thank you ka,
Arisa Boonmee
Siam Organic Rice Co., Ltd.""",
dec=[("tax-id", "0105562098141")],
notes="Thai seller; 13-digit tax ID is not a card number (hard T006 negative).")

M("tech-deposit-us-092", T, "", "US", "native", "Disbursement failed - bank details", topic="deposit-method",
text="""Hello,

Our last two disbursements failed and bounced back. The bank says nothing is wrong on their end. Here are the details that are on file, please confirm they match:

Bank: Chase
Routing number: 021000021
Account number: 483920117654
Account type: Business checking
Name: Pinewood Crafts LLC

Our EIN is 84-3920175 if you need it to match the account. Please let me know what I need to fix.

Thanks,
Kelly Ramirez""",
sec=[("routing-number", "021000021"), ("bank-account", "483920117654")], dec=[("tax-id", "84-3920175")],
notes="Native seller pastes routing and account numbers; EIN is a decoy.")

M("tech-page-ar-093", T, "", "AE", "other-non-native", "Inventory page does not load", topic="page-error",
text="""Dear Seller Support,

Unfortunately since two days the Manage Inventory page shows only a white screen with the message "We're sorry, something went wrong on our end". We tried Chrome and Edge, cleared the cache and used another computer, the problem is the same.

Other pages like Orders and Payments work normally. We have around 1,400 SKUs. The problem started after we uploaded a price file on Tuesday.

Please check and advise.

Regards,
Layla Hamdan
Hamdan Home Goods""",
dec=[("mild-word", "Unfortunately"), ("single-apology", "We're sorry, something went wrong on our end")],
notes="Arabic-speaking seller; calm; 'We're sorry' is quoted from Amazon's error page.")

M("tech-payment-uk-094", T, "", "UK", "native", "Charge method shows as expired", topic="payment-method",
text="""Hi,

Seller Central keeps telling me my charge method has expired and to update it, but it's the same card I've always used, ending in 4417 (shown as **** **** **** 4417). The card was renewed by the bank last month with a new expiry date, but the number didn't change.

When I try to update the expiry the page just reloads without saving. I've tried three times. I don't want to add a new card as this one is our company card.

Could someone take a look?

Cheers,
Lucy Barnes
Barnes Bakeware""",
dec=[("card-masked", "**** **** **** 4417")],
notes="Native seller; masked card with only the last four digits: not a secret.")

M("tech-login-latam-095", T, "", "US", "latam", "Account locked after password reset", topic="login",
text="""Hola Seller Support,

My account was locked after I tried to reset the password. Now it says "Your account is temporarily locked". My assistant in Argentina wrote me this note so you can check that the account is really mine: "usuario: ventas@pampaleather.com.ar / contraseña: Pampa2026!cuero".

Please unlock it, we have orders to confirm today and I cannot see the Manage Orders page at all. I am the only owner and nobody else uses this account.

Gracias,
Diego Morales
Pampa Leather""",
sec=[("password", "Pampa2026!cuero")], dec=[("password-word", "password")],
notes="Argentine seller; password pasted inside a Spanish note ('contraseña').")

M("tech-upload-ng-096", T, "", "US", "other-non-native", "Listings not uploading for 3 weeks", topic="listing-upload",
text="""Seller Support,

This is my fifth case about the same problem and I am tired. I am tired of copy-paste answers. For 3 weeks my listings for African print dresses are not uploading, error 90057, and every agent tells me something different. Nobody is helping me and my business is dying because of your incompetence.

I have followed every instruction: new template, new category, clear cache. Please escalate this to someone who actually knows what they are doing.

Amara Chukwu""",
emo=["I am tired of copy-paste answers", "my business is dying because of your incompetence"],
dec=[("error-code", "90057")],
notes="Nigerian seller; technical case with angry, insulting tone.")

# ---------------------------------------------------------------- FBA reimbursement
M("fba-lost-inbound-tr-097", F, "", "US", "turkish", "Reimbursement for lost units - shipment FBA17XK9L2MQ", topic="lost-inbound",
text="""Hello,

We sent shipment FBA17XK9L2MQ with 12 cartons of towels (480 units) to ONT8. UPS tracking shows all 12 cartons delivered on 6 March (tracking 1Z8A92E40312457810 and others), but Amazon received only 10 cartons, 400 units.

We have the proof of delivery signed by the warehouse and the invoice for the goods, unit cost $6.40. Please investigate and reimburse the 80 missing units.

Thank you,
Fatma Güneş
Güneş Tekstil""",
dec=[("shipment-id", "FBA17XK9L2MQ"), ("tracking-number", "1Z8A92E40312457810")],
notes="Turkish seller; routine lost inbound case.")

M("fba-damaged-zh-098", F, "", "US", "chinese", "Inbound units damaged by warehouse", topic="damaged-inbound",
text="""Dear Seller Support,

Our shipment FBA18BQW7N3C was received with 36 units marked "damaged at FC". The FNSKU is X003KQ8L2D (ceramic mug set). We check the photos from our forwarder before pickup, all cartons were in good condition with corner protection.

Please check and reimburse the damaged units, or tell us what document you need. We attached the packing photos and the commercial invoice.

Thank you very much.
Lin Xiaoyan
景德镇瓷语陶瓷""",
dec=[("shipment-id", "FBA18BQW7N3C"), ("fnsku", "X003KQ8L2D"), ("foreign-snippet", "景德镇瓷语陶瓷")],
notes="Chinese seller; damaged inbound.")

M("fba-warehouse-lost-us-099", F, "", "US", "native", "Units lost in fulfillment center - reimbursement short", topic="warehouse-lost",
text="""Hi,

Our Inventory Ledger shows 22 units of FNSKU X002PL9RT4 marked lost at PHX7 on February 19. We received reimbursement 4820917736 for only 14 of them, and the per-unit amount ($11.20) is well below our average sale price of $24.99.

It's frustrating to keep tracking these down, but I'd like the remaining 8 units reimbursed and the amount reviewed. I've attached the ledger export and our manufacturing invoice.

Thanks,
Beth Collins
Lakeshore Linens""",
dec=[("fnsku", "X002PL9RT4"), ("reimbursement-id", "4820917736"), ("mild-word", "It's frustrating")],
notes="Native seller; calm case with 'frustrating'.")

M("fba-removal-pl-100", F, "", "DE", "other-non-native", "Removal order not delivered", topic="removal",
text="""Dear Seller Support,

We created removal order 8QxTz4Lm2W on 10 February for 150 units of garden lamps from the warehouse in Poznań. The status is "Completed" since 20 February, but we received nothing. The carrier DHL tracking 00340434520918736215 shows only "label created".

Please check where are the units and reimburse if they are lost. We attach the screenshot of removal order.

Best regards,
Magdalena Wójcik""",
dec=[("removal-order-id", "8QxTz4Lm2W"), ("tracking-number", "00340434520918736215")],
notes="Polish seller; removal order not delivered.")

M("fba-return-in-101", F, "", "IN", "indian", "Customer return not received - reimbursement", topic="customer-return",
text="""Dear Team,

For order 405-7720108-0063352 the customer was refunded on 2 March but the item (brass diya set) has not been returned to our inventory till date. It has been more than 45 days.

Similarly for order 171-5520384-9021476 the return was received but the LPN LPNRR8319274410 shows the item as "customer damaged", whereas the photos from the customer show it is in good condition.

Kindly investigate both and process the reimbursement at the earliest.

Regards,
Kavita Rao""",
dec=[("order-id", "405-7720108-0063352"), ("order-id", "171-5520384-9021476"), ("lpn", "LPNRR8319274410")],
notes="Indian seller; two order IDs and an LPN as decoys.")

M("fba-lost-inbound-ng-102", F, "", "US", "other-non-native", "Where are my 200 units???", topic="lost-inbound",
text="""Seller Support,

Where are my 200 units??? I sent shipment FBA16RN8W3KD two months ago and it still shows "receiving". I have opened 3 cases and all you do is tell me to wait. This is pure wickedness. You people are thieves, you have stolen my goods and you think I will keep quiet.

I want my reimbursement now or I will report Amazon to every authority I can find.

Obinna Nnamdi""",
emo=["Where are my 200 units???", "This is pure wickedness. You people are thieves", "I will report Amazon to every authority I can find"],
dec=[("shipment-id", "FBA16RN8W3KD")],
notes="Nigerian seller; accusing and threatening FBA case.")

M("fba-warehouse-damaged-id-103", F, "", "SG", "other-non-native", "Units damaged in warehouse", topic="warehouse-damaged",
text="""Dear Seller Support,

In our Inventory Ledger there are 18 units of rattan basket (FNSKU X003MN7QP1) with status "Warehouse damaged" on 15 March, but we did not receive any reimbursement until now.

The value of one basket is SGD 21.50 according to our invoice. Please kindly check and reimburse us for these 18 units.

Thank you for your help,
Sari Lestari
Kerajinan Lestari""",
dec=[("fnsku", "X003MN7QP1")],
notes="Indonesian seller; warehouse damaged.")

M("fba-lost-inbound-ca-104", F, "", "CA", "native", "LTL shipment short-received", topic="lost-inbound",
text="""Hi Seller Support,

Our LTL shipment FBA19TC4ZP8W to YYZ4 was delivered on March 3 with 4 pallets, signed for by the dock. Only 3 pallets were received into inventory, so 288 units of snow brushes are missing.

BOL number: 482019375
PRO number: 700412553
Carrier: Day & Ross

I've attached the signed BOL and POD. Please open an investigation and reimburse the missing pallet.

Thanks,
Ryan MacDonald
North Shore Auto Care""",
dec=[("shipment-id", "FBA19TC4ZP8W"), ("bol-number", "482019375"), ("pro-number", "700412553")],
notes="Canadian seller; 9-digit BOL and PRO numbers fail the ABA check: not routing numbers.")

M("fba-warehouse-lost-ar-105", F, "", "AE", "other-non-native", "Lost inventory - this is the last time I ask", topic="warehouse-lost",
text="""Dear Amazon,

This is the last time I ask politely. 65 units of my oud perfume (FNSKU X002ZR4KT8) are lost in your warehouse in Dubai since January. I am sick and tired of your excuses. Every week a new excuse. If I do not receive reimbursement this week, I swear I will take you to court.

Please pay for the lost units at the full price, 180 AED each.

Khalid Al Amiri""",
emo=["I am sick and tired of your excuses", "I swear I will take you to court"],
dec=[("fnsku", "X002ZR4KT8")],
notes="Arabic-speaking seller; angry and threatening reimbursement case.")

M("fba-removal-th-106", F, "", "US", "other-non-native", "Removal order received wrong items", topic="removal",
text="""Dear Seller Support,

We received our removal order 5RpNk2Wq7Z at our prep center in California, but the box contains 40 units of other seller's product, not our silk scarves. Our 40 scarves (FNSKU X003TH5SLK) are missing.

We attached photos of the box and the labels. Please check and return our items or reimburse, the value is $19 per unit.

Thank you ka,
Pornthip Saetang""",
dec=[("removal-order-id", "5RpNk2Wq7Z"), ("fnsku", "X003TH5SLK")],
notes="Thai seller; removal with wrong items.")

# ---------------------------------------------------------------- brand disputes
M("brand-hijacker-tr-107", B, "", "US", "turkish", "Hijacker on our brand listing", topic="hijacker",
text="""Hello Brand Registry team,

We are the owner of the brand "Derin Hamam" (US trademark Reg. No. 7,104,552). Since 1 April another seller "BestDealz2026" is selling on our listing ASIN B0CTR8HMM2 with a lower price. We made a test buy, order 113-2094471-5518820, and the towel we received is low quality polyester, not our cotton product.

Please remove this seller from our listing. We attached photos of the test buy.

Thank you,
Cem Aksoy""",
dec=[("trademark-number", "7,104,552"), ("asin", "B0CTR8HMM2"), ("order-id", "113-2094471-5518820")],
notes="Turkish brand owner; hijacker with test buy.")

M("brand-contribution-latam-108", B, "", "US", "latam", "Wrong information on our brand listing", topic="listing-contribution",
text="""Hello,

Someone changed the title and the images of our listing ASIN B0D4LK2MXA (Mate gourd set). Now the title says "Ceramic" but our product is made of calabash gourd and leather. Customers are returning because of this.

We are the brand owner of "Yerba Sur" in Brand Registry. We tried to correct the title but our contribution is not accepted, it says another contributor has priority.

Please restore our original information.

Saludos cordiales,
Valentina Paz""",
pol=["Brand Registry"], dec=[("asin", "B0D4LK2MXA"), ("foreign-snippet", "Saludos cordiales")],
notes="Argentine brand owner; listing contribution dispute.")

M("brand-ownership-us-109", B, "", "US", "native", "Brand Registry - brand ownership dispute", topic="brand-ownership",
text="""Hello Brand Registry Support,

We represent Cedar & Sage Candle Co. Our client's trademark (Reg. No. 6,990,418) was registered in 2023, but a reseller enrolled the brand name in Brand Registry before our client did, using a pending application that was later abandoned.

Under Brand Registry rules the rights owner should control the brand. We've attached the registration certificate, the USPTO status page showing the reseller's abandoned application, and a letter of authorization from our client. Please transfer brand ownership to our client's account.

Best,
Melissa Grant
Grant IP Services""",
pol=["Brand Registry"], dec=[("trademark-number", "6,990,418")],
notes="Native agency; brand ownership dispute.")

M("brand-transparency-zh-110", B, "", "US", "chinese", "Transparency codes not accepted at warehouse", topic="brand-program",
text="""Dear Brand Support,

Our brand "Qinglan" is enrolled in Transparency. Our shipment FBA18ZX3Q9MT was rejected at the warehouse because Transparency codes cannot be scanned.

Example of code on label: AZ:8XQ2-7KLM-93PQ-T4RW. We printed with our new printer, maybe the resolution is not enough. Can you check if the codes are valid in your system? We have 2,400 units waiting.

Thank you,
Xu Jing
青岚户外用品""",
pol=["Transparency"],
dec=[("shipment-id", "FBA18ZX3Q9MT"), ("transparency-code", "AZ:8XQ2-7KLM-93PQ-T4RW"), ("foreign-snippet", "青岚户外用品")],
notes="Chinese brand owner; Transparency code is a decoy.")

M("brand-hijacker-ng-111", B, "", "US", "other-non-native", "THESE CRIMINALS ARE STEALING MY BRAND", topic="hijacker",
text="""Amazon,

THESE CRIMINALS ARE STEALING MY BRAND and you are doing nothing!!! I have reported the same 3 sellers 6 times. My brand "Nkem Beauty" is registered and you can see the trademark in Brand Registry.

They are selling fake copies of my shea butter on my listing ASIN B0C8NK2BTY. I am losing money every single day while you sit there. I am begging you, do your job and remove them.

Nkem Obi""",
pol=["Brand Registry"],
emo=["THESE CRIMINALS ARE STEALING MY BRAND and you are doing nothing!!!", "I am begging you, do your job and remove them"],
dec=[("asin", "B0C8NK2BTY")],
notes="Nigerian brand owner; shouting and pleading.")

M("brand-hijacker-in-112", B, "", "IN", "indian", "Unauthorised seller on brand listing", topic="hijacker",
text="""Dear Brand Registry Team,

We are the registered brand owner of "Kesar Vatika" (Trademark No. 4587213 under Class 3). An unauthorised seller is selling on our listing ASIN B0BKV7XR2N. We have not authorised any reseller.

Kindly take necessary action against the seller and remove him from our listing. Test buy order details and the photos are attached for your reference.

Thanks and regards,
Arjun Menon""",
dec=[("trademark-number", "4587213"), ("asin", "B0BKV7XR2N")],
notes="Indian brand owner; calm hijacker report.")

M("brand-ownership-pl-113", B, "", "DE", "other-non-native", "Brand name changed on our products", topic="brand-ownership",
text="""Dear Brand Registry Support,

Our brand "Drewniak" is registered in EUIPO (number 018723456) and enrolled in Brand Registry. Last week we saw that on 14 of our ASINs the brand field was changed to "Drewniak-Home", which is not our brand, and we lost the brand tools on these listings.

Please change the brand field back and tell us who made the change. We attach the EUIPO certificate.

Best regards,
Łukasz Mazur""",
pol=["Brand Registry"], dec=[("trademark-number", "018723456")],
notes="Polish brand owner; brand field hijacked.")

# ---------------------------------------------------------------- category approval
M("cat-grocery-id-114", C, "", "SG", "other-non-native", "Request approval for Grocery category", topic="grocery",
text="""Dear Category Approval team,

We are PT Rempah Nusantara, we want to sell our spices (turmeric, ginger, cinnamon) in Grocery & Gourmet category in Amazon SG.

We attached: 3 invoices from our supplier in the last 180 days, the food license from BPOM Indonesia, and the SFA import license of our importer in Singapore. Our company NPWP is 01.234.567.8-901.000.

Please approve our application. Thank you.

Hormat kami,
Dewi Anggraini""",
dec=[("tax-id", "01.234.567.8-901.000"), ("foreign-snippet", "Hormat kami")],
notes="Indonesian seller; ungating request; NPWP tax number is a decoy.")

M("cat-jewelry-th-115", C, "", "US", "other-non-native", "Approval for Fine Jewelry", topic="jewelry",
text="""Dear Amazon,

We are silver jewelry maker in Chiang Mai and we want to apply for the Fine Jewelry category. Our products are 925 sterling silver with hallmark.

We have attached the test report from the Gem and Jewelry Institute of Thailand, our company registration, and photos of the hallmark on 5 products. Our annual sales are more than the requirement.

If you need more document, please tell us ka.

Thank you,
Malee Jaidee""",
notes="Thai seller; category approval request.")

M("cat-supplements-us-116", C, "", "US", "native", "Dietary supplements approval - follow-up", topic="dietary-supplements",
text="""Hi,

Following up on our category approval request for Dietary Supplements (case 17284930165). We submitted the Certificate of Analysis from an ISO 17025 lab for our magnesium glycinate, along with a GMP certificate from our manufacturer, on March 12.

The request was declined with a note that "the document does not meet the requirements", but it doesn't say which one. Could you tell us which document failed so we can fix it?

Thanks,
Brian Foster
Summit Wellness""",
dec=[("case-id", "17284930165")],
notes="Native seller; ungating follow-up.")

M("cat-toys-tr-117", C, "", "US", "turkish", "Holiday toys selling approval", topic="toys-holiday",
text="""Hello,

We are a wooden toy producer from Eskişehir and we want to sell in Toys & Games during the holiday season. The system says we need to meet the performance requirements by 1 September.

Our account is open since March 2025 and our ODR is 0.3%, cancellation rate 0.5%, late shipment 1.2%. We also have the CPC and the ASTM F963 test report for all products.

Can you please confirm we are approved for the holiday period?

Teşekkür ederiz,
Selin Aktaş""",
pol=["ODR"], dec=[("foreign-snippet", "Teşekkür ederiz")],
notes="Turkish seller; mentions ODR numbers in a category request (T007 does not apply).")

M("cat-automotive-latam-118", C, "", "US", "latam", "Approval for automotive parts category", topic="automotive",
text="""Hello Amazon team,

We are Autopartes Zaragoza from Puebla and we want to sell brake pads and filters in the Automotive & Powersports category. We are authorized distributor of two brands.

We attached the distributor agreement, 3 invoices from the manufacturer and the product photos with part numbers. For example the part number BP-4471-CER for ceramic brake pads.

Please let us know if you need something else.

Gracias,
Héctor Zaragoza""",
dec=[("sku", "BP-4471-CER")],
notes="Mexican seller; automotive ungating.")

M("cat-beauty-ar-119", C, "", "AE", "other-non-native", "Beauty category approval - invoices", topic="beauty-topicals",
text="""Dear Amazon,

Our request for Beauty category was declined two times. We sell argan oil and rose water from Morocco.

This time we attached the invoice INV-2026-00431 from our manufacturer in Casablanca with their full address and phone, and the product certificate from the Dubai Municipality. Unfortunately the first invoice was in French only, so now we also attached English translation.

We hope this time it is accepted. Thank you.

Best regards,
Nadia Benali""",
dec=[("invoice-number", "INV-2026-00431"), ("mild-word", "Unfortunately")],
notes="Arabic-speaking (Moroccan) seller in AE; ungating resubmission.")

M("cat-watches-in-120", C, "", "IN", "indian", "Follow up - watches category approval", topic="watches",
text="""Dear Team,

This is with reference to our application for approval in the Watches category submitted on 5 March. We have not received any update till date.

We are authorised dealers of three watch brands and have uploaded the dealership certificates and purchase invoices. Kindly check the status and revert at the earliest so that we can list our products before the festive season.

Thanks and regards,
Nitin Bansal
Bansal Time House""",
notes="Indian seller; follow-up on ungating.")
# ---------------------------------------------------------------- messages in another language
M("aa-odr-es-121", A, "odr", "US", "latam", "Apelación - Tasa de pedidos defectuosos (ODR)",
"""Estimado equipo de Amazon:

Somos Artesanías Oaxaca Vivo y nuestra cuenta fue desactivada porque la Tasa de pedidos defectuosos (ODR) llegó a 2.1%. A continuación nuestro plan de acción.

Causa raíz:
En enero cambiamos de paquetería y la nueva empresa perdió 17 paquetes de cerámica entre Oaxaca y Laredo. Los clientes no recibieron sus pedidos y abrieron reclamaciones de la Garantía de la A a la Z.

Acciones correctivas:
- Ya reembolsamos a los 17 clientes y les escribimos para disculparnos.
- Ya regresamos a nuestra paquetería anterior, que tiene rastreo completo.
- Ya contratamos a una persona para atender mensajes en menos de 24 horas.

Medidas preventivas:
- Cada semana revisaremos el estado de cuenta y los pedidos sin movimiento de rastreo por más de 3 días.
- Cualquier cambio de paquetería se probará primero con 20 envíos.

Gracias por su atención.
Guadalupe Hernández""",
lang="es", style="colon", rc="Causa raíz:", co="Acciones correctivas:", pr="Medidas preventivas:",
pol=["Tasa de pedidos defectuosos", "ODR"],
notes="Complete POA written entirely in Spanish on the US marketplace: T001 positive.")

M("tech-login-es-122", T, "", "MX", "latam", "No puedo entrar a Seller Central", topic="login", lang="es",
text="""Hola, buenas tardes:

Desde ayer no puedo entrar a mi cuenta de Seller Central. Pongo mi correo y contraseña y después me pide el código de verificación, pero cuando lo escribo dice que es incorrecto. Ya lo intenté cinco veces.

El último código que me llegó por SMS es 590274, se los paso por si les sirve para revisar. Mi número registrado es +52 55 5123 4870.

Por favor ayúdenme, tengo pedidos pendientes de confirmar.

Saludos,
Rocío Medina
Dulces Típicos Medina""",
sec=[("one-time-code", "590274")],
dec=[("verification-code-word", "código de verificación"), ("password-word", "contraseña"), ("phone", "+52 55 5123 4870")],
notes="Spanish on MX (normal there, no non-english defect); pastes a one-time code.")

M("fba-lost-tr-123", F, "", "UK", "turkish", "Kayıp ürünler için geri ödeme talebi", topic="warehouse-lost", lang="tr",
text="""Merhaba,

Envanter raporumuzda 30 adet bornozun (FNSKU X003BR9TKZ) 12 Şubat tarihinde depoda kaybolduğu görünüyor, ancak hâlâ herhangi bir geri ödeme almadık. Bu ürünlerin birim maliyeti 14,50 sterlin, faturayı ekte gönderiyoruz.

Lütfen bu konuyu incelemek için bir vaka açın ve kaybolan ürünler için geri ödeme yapın. Daha önce iki kez yazdık ama cevap gelmedi.

Şimdiden teşekkür ederiz.

Saygılarımızla,
Emine Yılmaz
Yılmaz Ev Tekstili""",
dec=[("fnsku", "X003BR9TKZ")],
notes="Reimbursement written entirely in Turkish on the UK marketplace: T001 positive.")

M("cat-tr-124", C, "", "TR", "turkish", "Kozmetik kategorisi onay başvurusu", topic="beauty-topicals", lang="tr",
text="""Merhabalar,

Amazon.com.tr mağazamızda doğal zeytinyağlı sabun ve şampuan satmak istiyoruz, ancak Kozmetik kategorisi için onay gerekiyor.

Başvurumuza şu belgeleri ekledik: Sağlık Bakanlığı ÜTS kaydı, üretici firmanın son 90 gündeki üç faturası ve ürün güvenlik değerlendirme raporu. Tüm ürünlerimiz kendi atölyemizde Edremit'te üretiliyor.

Eksik bir belge varsa lütfen bize bildirin, hemen tamamlarız. Ayrıca başvurunun ne kadar sürede sonuçlanacağını öğrenmek isteriz, çünkü yeni sezon ürünlerimiz hazır.

İyi çalışmalar,
Hülya Karaca
Edremit Doğal""",
notes="Turkish on the TR marketplace: non-English but normal there (no non-english defect).")

M("aa-inauth-ar-125", A, "inauthentic", "AE", "other-non-native", "استئناف بخصوص شكوى منتجات غير أصلية",
"""السادة فريق أداء البائعين في أمازون المحترمين،

تم إيقاف حسابنا بسبب شكاوى منتجات غير أصلية على ساعات اليد. نرسل لكم خطة العمل التالية.

السبب الرئيسي:
اشترينا دفعة من 150 ساعة من تاجر في سوق الذهب في دبي بسعر منخفض، ولم نطلب منه فاتورة ضريبية رسمية أو شهادة من الوكيل المعتمد. بعض العملاء لاحظوا أن الساعات ليست أصلية.

الإجراءات التي قمنا بها:
- قمنا بإزالة جميع الساعات المتبقية من مخزون أمازون وإتلافها.
- قمنا باسترداد المبلغ كاملاً لجميع العملاء الذين اشتكوا.
- أوقفنا التعامل مع هذا التاجر نهائياً.

الإجراءات الوقائية:
- سنشتري فقط من الوكلاء المعتمدين للعلامات التجارية في الإمارات مع فاتورة ضريبية تحمل الرقم الضريبي.
- سيقوم مدير المشتريات بمراجعة كل مورد جديد قبل أول طلب.

شكراً لكم،
سالم الكعبي""",
lang="ar", style="colon", rc="السبب الرئيسي:", co="الإجراءات التي قمنا بها:", pr="الإجراءات الوقائية:",
pol=["منتجات غير أصلية"],
notes="Complete POA written in Arabic on the AE marketplace (English required per the set): T001 positive.")

M("tech-pl-126", T, "", "PL", "other-non-native", "Błąd przy dodawaniu ofert", topic="listing-upload", lang="pl",
text="""Dzień dobry,

od trzech dni nie możemy dodać nowych ofert w kategorii Dom i Kuchnia. Po przesłaniu pliku pojawia się błąd 5461 i informacja, że marka nie jest zatwierdzona, chociaż nasza marka "Leśny Dom" jest zarejestrowana w Rejestrze Marek od zeszłego roku.

Próbowaliśmy dodać ofertę również ręcznie, ale wynik jest ten sam. Prosimy o sprawdzenie, czy coś zmieniło się w ustawieniach naszego konta.

Z poważaniem,
Krzysztof Wróbel""",
dec=[("error-code", "5461")],
notes="Polish on the PL marketplace: normal there (no non-english defect).")

M("lr-iptm-id-127", L, "ip-trademark", "SG", "other-non-native", "Permohonan aktifkan kembali listing - pelanggaran merek dagang",
"""Kepada Tim Amazon yang terhormat,

Listing kami untuk tas anyaman (ASIN B0CWD4RT7Y) dinonaktifkan karena pelanggaran merek dagang. Kami ingin menjelaskan langkah-langkah yang sudah kami lakukan.

Tindakan yang sudah dilakukan:
1. Kami sudah menghapus nama merek lain dari judul dan deskripsi produk.
2. Kami sudah mengganti semua foto produk dengan foto buatan kami sendiri.
3. Kami sudah mengirim email kepada pemilik merek dan meminta mereka mencabut keluhan.

Pencegahan ke depan:
1. Setiap listing baru akan diperiksa oleh manajer sebelum diunggah.
2. Kami tidak akan menggunakan nama merek lain dalam listing kami.

Terima kasih atas perhatiannya.

Hormat kami,
Rudi Hartono""",
lang="id", style="colon", co="Tindakan yang sudah dilakukan:", pr="Pencegahan ke depan:",
pol=["pelanggaran merek dagang"], dec=[("asin", "B0CWD4RT7Y")],
notes="Indonesian on SG (English required): T001 positive; no cause given: missing root cause.")

M("tech-zh-128", T, "", "US", "chinese", "无法更新付款方式，请帮忙", topic="payment-method", lang="zh",
text="""您好，亚马逊卖家支持团队：

我们的店铺最近一直提示扣款方式无效，订阅费扣不了，账户页面上方有红色提示。我们已经试了好几次更新信用卡信息，但是每次点保存都显示错误。

为了方便你们核对，下面是我们的信息：
卖家中心登录邮箱：sales@mingyuetrade.cn，密码是 Mingyue@2026sz
银联卡号：6225 8801 2345 6789 041，有效期 2029年6月

请帮我们检查一下是什么问题，尽快恢复正常。我们下周有大促活动，非常着急。

谢谢！
深圳市明月贸易有限公司 王芳""",
sec=[("password", "Mingyue@2026sz"), ("card", "6225 8801 2345 6789 041"), ("card-expiry", "2029年6月")],
notes="Chinese on the US marketplace: T001 positive; password and 19-digit UnionPay card with expiry pasted inside Chinese text.")


M("aa-late-in-130", A, "late-shipment", "IN", "indian", "Plan of Action - LSR and VTR above threshold - Kaveri Home Essentials",
"""Dear Seller Performance Team,

Greetings from Kaveri Home Essentials, Bengaluru. We write with reference to your notification dated 2nd March 2026 regarding deactivation of our selling privileges, as our LSR (Late Shipment Rate) had crossed 4% and our VTR was below 95% for the 30-day period. We have gone through each and every order in that period and we are submitting our detailed Plan of Action for your kind consideration.

Summary of the affected period (1 Feb - 2 Mar 2026)

| Metric            | Our value | Target  | Orders affected |
|-------------------|-----------|---------|-----------------|
| Late shipment     | 6.8%      | < 4%    | 57 of 838       |
| Valid tracking    | 91.2%     | > 95%   | 74 of 838       |
| Cancellation      | 0.6%      | < 2.5%  | 5 of 838        |

Section I - Root Cause Analysis
a) On 3rd February our logistics partner changed the daily pickup slot from 6 pm to 2 pm due to a route change. Orders received after 11 am were packed the same day but picked up only the next day, so the ship confirmation was late for 57 orders.
b) Our packing executive was confirming shipment with the carrier name typed manually as "Delhivery Express" instead of selecting "Delhivery" from the dropdown. Because of this, 74 tracking IDs were not recognised by Amazon.
c) We did not have any daily check of the Account Health dashboard; the owner was looking at it only once a month.

Section II - Corrective Actions Implemented
a) We have signed an agreement with a second logistics partner (Blue Dart) with a fixed 7 pm pickup, effective from 10th February. Copy of the agreement is attached.
b) We have corrected the carrier name wherever Seller Central allowed editing, and re-trained the packing team on 8th February on selecting carriers from the dropdown only.
c) We have updated the handling time from 1 day to 2 days for all 212 SKUs till the new pickup schedule is stable.
d) All late and untracked orders were reviewed and customers were contacted proactively; no A-to-z claim is pending.

Section III - Preventive Measures
a) A daily 10 am review of the Account Health, Late Shipment and Valid Tracking Rate by our operations manager, Mr. Raghav Iyer, with a written log.
b) Shipment confirmation is now done only through our shipping software integrated with the carrier API, so no manual typing of carrier names or tracking IDs is possible.
c) If any metric moves within 1% of the threshold, handling time is increased immediately and the owner is informed the same day.
d) Any change of pickup timing by a carrier must be informed to us 7 days in advance as per our new agreement, and we will adjust the order cut-off accordingly.
e) Quarterly refresher training for the whole dispatch team on Amazon shipping performance requirements.

We sincerely regret the inconvenience caused to the customers and to Amazon. We have been selling on Amazon.in since 2018 and we value this platform a lot. We request you to kindly review our Plan of Action and reinstate our account.

Thanks and Regards,
Lakshmi Narayan
Proprietor, Kaveri Home Essentials
GSTIN 29ABCPN4821K1Z3""",
style="lettered", rc="Section I - Root Cause Analysis", co="Section II - Corrective Actions Implemented", pr="Section III - Preventive Measures",
pol=["LSR", "Late Shipment Rate", "Valid Tracking Rate"],
dec=[("gst-number", "29ABCPN4821K1Z3"), ("single-apology", "We sincerely regret the inconvenience caused to the customers and to Amazon.")],
notes="Long Indian POA with a metrics table in text, 'Section I/II/III' headings and lettered items; complete; style labeled lettered (judgment: roman section headings with lettered items).")


if __name__ == "__main__":
    AUTHOR.write()
