#!/usr/bin/env python3
"""Author K's messages for the seventh set (written blind to the rules): texts and labels live here; running this script
rewrites messages/seventh-a/k-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("k-", "seventh-a")
M = AUTHOR.message


# ---------------- account appeals, part 1 ----------------
M("poa-inauth-zh-001", A, "inauthentic", "US", "chinese", "Appeal for account deactivation - inauthentic complaint ASIN B0CK7T2QRM",
"""Dear Amazon Seller Performance Team,

We are very sorry for the inconvenient. Our account was deactivated because of customer complaint of inauthentic item on ASIN B0CK7T2QRM (silicone kitchen spatula set). We have investigate carefully and write this plan of action.

## Root Cause
The reason of the problem is our warehouse staff mixed 60 pcs of spatula from a local wholesale market into our FBA shipment when our factory order was late. These units have no invoice from the manufacturer, so we can not prove they are authentic. The customer received one of these units and it was different color from listing.

## Corrective Actions
1. We have removed all the remaining inventory of this ASIN from FBA (removal order already created) and destroyed the units from the wholesale market.
2. We have sent to Amazon the invoice from our factory Ningbo Hengda Housewares for the 2,000 pcs we produced.
3. We have contacted the buyer and refunded full money.

## Preventive Measures
- From now every shipment must only use goods from factory with invoice, the warehouse manager sign before packing.
- We will keep all invoices 3 years and check them monthly.
- Staff training about Amazon Inauthentic policy was finished on 14 March 2026 and will repeat every quarter.

We hope Amazon can reinstate our selling privileges. Thank you.

Best regards,
Hangzhou Meichu Trading Co., Ltd
杭州美厨贸易有限公司""",
style="markdown", rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
pol=["Inauthentic policy"], dec=[("single-apology", "We are very sorry for the inconvenient"), ("asin", "B0CK7T2QRM"), ("foreign-snippet", "杭州美厨贸易有限公司")],
notes="complete POA, Chinese company name in signature; 'inauthentic complaint' in subject, policy named in text")

M("poa-counterfeit-in-002", A, "counterfeit", "US", "indian", "Plan of action - Counterfeit - kindly reinstate",
"""Respected Seller Performance Team,

Greetings of the day. This is with reference to your notification regarding Counterfeit claim on our listing of phone back covers. Please find our plan of action below.

1. Root cause of the issue
We were sourcing the covers from a distributor in Delhi (Sharma Mobile Accessories) who was not authorised by the brand owner. We did not verify the authorisation letter before listing under the brand name. This was our mistake.

2. Corrective action taken
a) We have deleted all 14 listings of the brand from our catalogue.
b) We have raised removal order for the FBA stock, 212 units, and these will be disposed.
c) We have stopped purchase from this distributor and asked them for the refund.

3. Preventive measures
We thank Amazon for giving us this opportunity and we value our relationship with Amazon very much. We are confident that Amazon will consider our case positively.

Kindly do the needful and revert back at the earliest.

Thanks and regards,
Rakesh Agarwal
Shree Balaji Enterprises, Jaipur""",
style="numbered", rc="1. Root cause of the issue", co="2. Corrective action taken",
pol=["Counterfeit"],
notes="judgment: '3. Preventive measures' heading is followed only by thanks, so the preventive part is absent")

M("poa-related-vi-003", A, "related-accounts", "US", "other-non-native", "Appeal related account deactivation",
"""Hello Amazon team,

My name is Nguyen Thi Thu Ha, owner of seller account HaLinh Home. Amazon inform that my account is related to other account which was deactivated before, so my account also is deactivated under the related accounts policy.

I checked very careful and I understand the reason. The other account "VietCraft Decor" belong to my cousin, Mr Tran Van Duc. In 2025 he come to my house and he use my laptop and my home wifi to login his seller account many times, because his computer was broken. So Amazon system see the same device and same IP address for two account.

I have already done these things: I ask my cousin to stop use my laptop and my internet from now. I reset my router so the IP is new, I changed my laptop and I remove all his browser data. I also ask him to send you a letter that his account is his business, not mine, we have separate bank, separate company license and separate warehouse. I attach his business license and my business license.

For the future, only me use the computer for my seller account, and I will not let any other seller use my devices or network. If any family member want to sell on Amazon, they must use their own device and internet, and I will check with Amazon Seller Support first.

Thank you for review my case.
Nguyen Thi Thu Ha
Cảm ơn rất nhiều!""",
style="none", rc="In 2025 he come to my house", co="I have already done these things", pr="For the future, only me use",
pol=["related accounts policy"], dec=[("foreign-snippet", "Cảm ơn rất nhiều!")],
notes="Vietnamese writer, POA with no headings, content cues only; Vietnamese thanks at the end")

M("poa-odr-pk-004", A, "odr", "UK", "other-non-native", "Re: Your Amazon.co.uk selling privileges have been removed - ODR",
"""Dear Sir/Madam,

Assalam o Alaikum. I am writing regarding my seller account Karachi Leather Works. My account was suspended because the Order Defect Rate was 2.4% which is above the target of 1%.

Root cause:
Most of the negative feedback and A-to-z claims came in January 2026. Our courier partner in UK changed and the new courier was delivering late, also some parcels of leather wallets arrived with damaged boxes. Customers left negative feedback and opened claims.

Corrective actions:
We will change the courier back to Royal Mail Tracked 48 for all the orders.
We will contact all the customers who gave negative feedback and offer them refund or replacement.
We will also improve the packaging with bubble wrap and a stronger box.

Preventive measures:
We will check the account health dashboard every day and reply to every buyer message within 12 hours. Any order which is late more than 2 days will be refunded before the customer opens a claim.

I request you to please restore my account. I am very thankful to you.

Regards,
Muhammad Bilal Qureshi""",
style="colon", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive measures:",
pol=["Order Defect Rate"],
notes="Pakistani writer; every corrective action is future only ('We will change...'): not-done")

M("poa-late-native-005", A, "late-shipment", "US", "native", "Appeal - late shipment rate",
"""Hi,

We received notice that our selling privileges were removed because our Late Shipment Rate climbed to 9.8% over the last 30 days. Unfortunately this happened during a staff shortage, and we take it seriously. Here is what went wrong and what we did about it.

Why it happened
Two of our three packers were out for most of February. We kept accepting orders at the normal handling time of 1 day, and about 70 orders were confirmed as shipped a day or two late. We also had no alert when orders sat unshipped past the deadline.

What we already fixed
We raised the handling time on all 312 SKUs to 3 days the same afternoon we saw the metric. We hired a part-time packer who started March 2. Every backlog order was shipped and confirmed by March 4, and we emailed each affected buyer.

How we keep it from happening again
The order management tool now emails me and my partner whenever an order is 12 hours from its ship-by date without a label. If we ever lose staff again, we switch the account to vacation mode for FBM listings instead of running late. We review Late Shipment Rate every Monday.

Thank you for your time,
Dana Whitfield
Pine Hollow Candle Co.""",
style="plain", rc="Why it happened", co="What we already fixed", pr="How we keep it from happening again",
pol=["Late Shipment Rate"], dec=[("mild-word", "Unfortunately")],
notes="native small seller, calm, plain headings; 'Unfortunately' is a mild word")

M("poa-review-zh-006", A, "review-manipulation", "US", "chinese", "URGENT!!! PLEASE REACTIVATE ACCOUNT - reviews",
"""Dear Amazon,

PLEASE PLEASE HELP US. Our account was deactivated for violate the Customer Product Reviews policy. This account is all of our company, 23 employees depend on it, if you do not reactivate we will be bankrupt in one month. I am begging you, please give us one more chance!!!

ROOT CAUSE
Our new operation staff put a small card in the package which say "5 star review get $10 gift card". He did not know this is not allowed by Amazon. We did not check the insert card design before production.

CORRECTIVE ACTIONS
- We have stopped to use the insert card and destroyed 3,000 cards in our warehouse.
- We have asked FBA to remove the units with the card (removal order created 2026-03-09).
- The staff who design the card was moved to other department.

PREVENTIVE MEASURES
- All insert card and package design must be approved by our compliance manager before printing.
- All staff must study Amazon review policy, we have exam every month.

Please, I really beg you, we have no other way to live. We will do anything Amazon ask.

Shenzhen Youpin Electronic Co.""",
style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE MEASURES",
pol=["Customer Product Reviews policy"], emo=["PLEASE PLEASE HELP US", "we will be bankrupt in one month", "I am begging you, please give us one more chance!!!", "Please, I really beg you, we have no other way to live"],
notes="complete POA but begging and pleading throughout")

M("appeal-nopoa-native-007", A, "inauthentic", "US", "native", "Account deactivated - why?",
"""Hello,

I got an email this morning that my account is deactivated and my funds are on hold. I've been selling on Amazon for six years with no problems. I sell vintage-style tin signs that I buy directly from the maker and I have every invoice.

I honestly don't know which product or which complaint this is about. The email didn't list an ASIN and my Account Health page just says "at risk". Can someone tell me what I'm supposed to have done? I'm happy to send invoices for anything you want.

Please reactivate my account or at least tell me what the problem is so I can fix it.

Thanks,
Greg Halvorsen
Rusty Route Signs""",
pol=[],
notes="account appeal with no POA and no policy named; calm, asks for information")

M("cover-safety-ko-008", A, "product-safety", "US", "other-non-native", "Appeal - Product Safety - plan of action attached",
"""Dear Seller Performance team,

Hello. We are Hanbit Living Co., Ltd. from Incheon, Korea. We received notification that our account is under review for product safety complaints regarding our electric hand warmer (ASIN B0D2PXW8HK).

We prepared Plan of Action document, please check attached file "Hanbit_POA_HandWarmer_2026.pdf". In the document we explain the root cause of overheating complaint, the actions we already done (recall of lot, new battery supplier) and our prevention process. We also attached UL 2056 test report and CPC certificate from testing lab.

We respect the Amazon Product Safety policy and customer safety is most important for us. If you need any more document, please let us know, we reply within 24 hours.

Thank you very much.

Best regards,
Kim Ji-hoon / 김지훈
Hanbit Living Co., Ltd.""",
att=True, pol=["Product Safety policy"], dec=[("asin", "B0D2PXW8HK"), ("file-name", "Hanbit_POA_HandWarmer_2026.pdf"), ("foreign-snippet", "김지훈")],
notes="Korean writer; cover letter, the POA is in the attachment; summary of contents is not itself a POA")

M("poa-safety-ko-009", A, "product-safety", "US", "other-non-native", "Plan of Action for Product Safety - baby bath thermometer",
"""Dear Amazon Seller Performance,

We are Daon Baby Korea. Our account received warning and then deactivation because of product safety issue about our bath thermometer. Amazon said it violate the product safety policy because the battery cover can open easily by child.

A. Actions we have completed
- We removed all the 1,480 units from FBA warehouses (removal order 8XK2QP91 created 2026-02-27).
- We contacted every customer who bought in last 6 months by Buyer-Seller Messaging and offered full refund.
- Our factory has changed the battery cover design to screw type, test report attached.

B. Prevention plan
- Every new product for babies will be tested by third-party lab (KTR) against ASTM and CPSIA standard before we send to Amazon.
- Our QC staff check the battery cover on 10% of units in each lot.
- We will review Amazon product safety notifications every week.

We will be very grateful if you can review our plan and restore our account.

Sincerely,
Park Seo-yeon
Daon Baby Korea""",
style="lettered", co="A. Actions we have completed", pr="B. Prevention plan",
pol=["product safety policy"], dec=[("removal-order-id", "8XK2QP91")],
notes="no root cause: the text repeats Amazon's finding but never says why the cover opened or why it was not caught")

M("poa-dropship-in-010", A, "drop-shipping", "IN", "indian", "Appeal against deactivation - Drop Shipping Policy",
"""Dear Team,

Our account SuvidhaMart was deactivated for violation of the Drop Shipping policy. We have done a thorough internal audit and below is our plan of action.

**Root cause**
Due to shortage of stock in our Surat warehouse during Diwali season, our operations executive placed orders on another online retailer and got them shipped directly to our customers. The packages went with the other retailer's invoice and packing slip, which identified them and not us as the seller. Total 37 orders were affected.

**Corrective actions**
- We have terminated this practice immediately and the executive has been given written warning.
- We have cancelled the pending 9 orders with full refund and informed the buyers.
- We have added 2,000 sq ft of additional storage and purchased 6 weeks of stock in advance.

**Preventive measures**
- Any order which cannot be fulfilled from our own stock will be cancelled, never purchased from another seller.
- The Stock Controller checks inventory daily and marks listings out of stock when below 5 units.
- All 11 staff have attended training on Amazon policies on 2 March 2026.

For any queries please contact on +91 98290 55512.

Warm regards,
Pooja Mehta
SuvidhaMart""",
style="bold", rc="Root cause", co="Corrective actions", pr="Preventive measures",
pol=["Drop Shipping policy"], dec=[("phone", "+91 98290 55512")],
notes="complete POA, Indian writer")

# ---------------- brand disputes ----------------
M("brand-hijack-zh-098", B, "", "US", "chinese", "Hijacker on our brand listing",
"""Dear Brand Registry Support,

We are the brand owner of "Lumiwave" (US trademark Reg. No. 6,902,117). From 2026-03-04, one seller "BestDeal2026" is selling on our ASIN B0CTQ7MZ4R with lower price. We made test buy, order 112-7734019-2285547, the product received is not our product, there is no logo and the packaging is different.

Please remove this seller from our listing. We attach the test buy photos and our trademark certificate.

Thank you,
Lumiwave Brand Team""",
topic="hijacker", dec=[("trademark-number", "6,902,117"), ("asin", "B0CTQ7MZ4R"), ("order-id", "112-7734019-2285547")],
notes="order ID decoy")

M("brand-contrib-native-099", B, "", "US", "native", "Listing contribution overwritten",
"""Hello,

I'm the brand owner for Cobble Creek Soap (Brand Registry approved). Someone keeps changing the main image and title on ASIN B0BQ4PWJ7N to a different scent. I have submitted corrections three times this month and they revert within a day.

Could you lock the detail page attributes to the brand owner's contribution? This is frustrating, but I'd rather fix it calmly than keep resubmitting.

Thanks,
Hannah Voss""",
topic="listing-contribution", dec=[("asin", "B0BQ4PWJ7N"), ("mild-word", "This is frustrating")],
notes="mild word in a calm message")

M("brand-own-in-100", B, "", "IN", "indian", "Brand ownership - Brand Registry application rejected",
"""Dear Team,

Our Brand Registry application for the brand "Desi Tadka" was rejected saying that the trademark does not match. Our trademark application number is 5821436 in Class 30 with the Trade Marks Registry, India, and the status is "Registered".

Kindly re-check the application. We have the registration certificate and can share it. The brand name on the certificate and on our packaging is exactly the same.

Regards,
Manish Gupta""",
topic="brand-ownership", dec=[("trademark-number", "5821436")],
notes="7-digit trademark number decoy")

M("brand-transp-ko-101", B, "", "US", "other-non-native", "Transparency code problem",
"""Dear Brand support,

We are enrolled in Transparency for our brand "Mirae Skin". FBA receiving rejected our shipment because Transparency code not readable. We printed the codes with a new printer and maybe the quality was low. One example code on the label: AZ:7KX2QW9L4PRT.

Please tell us, can we relabel in the warehouse, or we need removal? Thank you.

Kang Min-seo""",
topic="brand-program", dec=[("transparency-code", "AZ:7KX2QW9L4PRT")],
notes="Transparency code is not a secret")

M("brand-hijack-pk-102", B, "", "UK", "other-non-native", "Counterfeit sellers on my brand",
"""Dear Amazon,

I am owner of brand "Noor Cricket" and my bats are made in Sialkot by hand. Three sellers are now on my listing with copy bats made of cheap wood. Customers are complaining and giving 1 star reviews to MY brand. I reported 5 times. Amazon is doing nothing, I am losing everything that I built in 10 years, this is destroying my life. I swear I will stop selling on Amazon and tell everyone how you treat small brands!

Imran Butt""",
topic="hijacker", emo=["I am losing everything that I built in 10 years, this is destroying my life", "I swear I will stop selling on Amazon and tell everyone how you treat small brands!"],
notes="emotional non-appeal")

M("brand-contrib-vi-103", B, "", "US", "other-non-native", "Wrong brand name on my listing",
"""Hello,

My listing for coconut bowls (ASIN B0C2KZ7QPL) now show brand "Generic" instead of my brand "Mekong Craft". I did not change it. I am brand owner in Brand Registry. Please change it back to "Mekong Craft". I attach my brand registry approval email and the photo of product with logo on the bowl.

Sorry for the trouble, and thank you for help.

Ngo Thi Mai""",
topic="listing-contribution", dec=[("asin", "B0C2KZ7QPL"), ("single-apology", "Sorry for the trouble")],
notes="short, calm")

# ---------------- category approvals ----------------
M("cat-grocery-zh-104", C, "", "US", "chinese", "Request approval for Grocery & Gourmet category",
"""Dear Category team,

We want to apply for Grocery & Gourmet Food category to sell our oolong tea. We have FDA food facility registration (No. 17204938562) and invoices from the tea farm in Anxi, Fujian. The application was rejected because invoice did not show our address.

We have new invoice now with our company name and address. Please review again. Thank you!

Quanzhou Mingxiang Tea""",
topic="grocery", dec=[("certificate-number", "17204938562")],
notes="11-digit FDA registration is not a secret")

M("cat-jewelry-in-105", C, "", "US", "indian", "Fine jewelry category approval",
"""Dear Sir/Madam,

We are a manufacturer of silver jewellery from Jaipur and wish to sell in the Fine Jewelry category. We have BIS hallmarking certificate, GST registration and an independent lab report for 925 sterling silver.

Kindly let us know if any further documents are required for approval. We can also send photos of our workshop and hallmark stamps. Thank you for your kind support.

Regards,
Aditi Sharma""",
topic="jewelry",
notes="calm ungating request")

M("cat-beauty-vi-106", C, "", "US", "other-non-native", "Beauty topical category - approval rejected again",
"""Dear Amazon,

I apply 3 times for topical beauty category and always rejected. I send invoice from supplier, MSDS and picture of product, but you say the documents not enough. Please tell me exactly which document is missing, because the template reply is the same every time. My product is shea butter cream, made by a factory with GMP.

Thank you,
Hoang Anh Tu""",
topic="beauty-topicals",
notes="follow-up; calm complaint")

M("cat-auto-native-107", C, "", "US", "native", "Automotive category - follow up",
"""Hi,

Following up on my application to sell in Automotive & Powersports. I submitted the distributor invoices for brake pads from Midwest Parts Distribution on February 28 and haven't heard back. The case number was 15829301447.

Let me know if anything else is needed. I can also send the distributor's contact details if your team wants to verify the invoices directly.

Thanks,
Luke Brandt""",
topic="automotive", dec=[("case-id", "15829301447")],
notes="case ID is not a secret")

M("cat-toys-tr-108", C, "", "US", "turkish", "Toys holiday selling approval",
"""Hello,

We are Anka Oyuncak from İzmir. We want to sell wooden toys in Q4 holiday season. We meet the performance requirements (ODR 0.2%, cancel rate 0.4%) and we have CPC from a CPSC accepted lab.

Our toys are sold in Turkey and Germany for 4 years already. Could you please approve us for holiday selling in Toys & Games? Thank you, iyi çalışmalar.

Okan Şahin""",
topic="toys-holiday", dec=[("foreign-snippet", "iyi çalışmalar")],
notes="ODR named in a non-appeal")

M("cat-supp-pk-109", C, "", "US", "other-non-native", "Dietary supplements approval + payment",
"""Dear Team,

We request approval for Dietary Supplements for our moringa capsules. We have GMP certificate and third-party lab COA from Eurofins, and the label follows FDA rules for supplements.

If there is any fee for the approval, please charge our card 5191806998339764 with security code 624, it is company card. We want to start selling before the summer season begins.

Regards,
Hassan Javed""",
topic="dietary-supplements", sec=[("card", "5191806998339764"), ("card-code", "624")],
notes="card and security code in an ungating request")

# ---------------- more appeals: hard cases ----------------
M("poa-odr-zh-110", A, "odr", "US", "chinese", "Plan of Action - ODR - table format",
"""Dear Seller Performance Team,

Our account was deactivated because Order Defect Rate is 1.8%. Please see our plan of action in the table.

| Item | Content |
|---|---|
| Root cause | Our thermos bottles leak because the silicone ring supplier changed material in Nov 2025, 22 buyers complained, 9 A-to-z claim and 13 negative feedback |
| Corrective actions (done) | Stopped selling on 2026-02-10; removed 1,300 units from FBA; refunded all 22 buyers; changed back to old ring supplier |
| Preventive measures | Every new lot leak-test 50 units before shipment; QC report must be signed by QC manager; check feedback daily |

We will keep high standard for Amazon customers. Thank you.
Zhejiang Rongda Cup Industry""",
style="mixed", rc="Root cause", co="Corrective actions (done)", pr="Preventive measures",
pol=["Order Defect Rate"],
notes="POA as a text table (rows as headings) - labeled mixed; complete")

M("poa-safety-in-111", A, "product-safety", "US", "indian", "Appeal - Product safety - hair dryer",
"""Dear Seller Performance Team,

We refer to the deactivation of our account under the product safety policy for our 1800W hair dryer after a customer reported it overheated.

Corrective actions:
1. We have recalled all units from FBA (removal order 4TQ9LPX2).
2. We have refunded all buyers from January and February 2026.
3. We have informed CPSC through SaferProducts.gov.

Preventive actions:
1. All electrical items will require UL or ETL certification before listing.
2. Quarterly supplier audits.

The overheating happened due to a customer complaint.

Regards,
Aman Chopra
Chopra Home Appliances""",
style="colon", co="Corrective actions:", pr="Preventive actions:",
pol=["product safety policy"], dec=[("removal-order-id", "4TQ9LPX2")],
notes="judgment: 'The overheating happened due to a customer complaint' is a hollow cause (circular), not a root cause: root cause absent")

M("poa-conduct-native-112", A, "seller-code-of-conduct", "US", "native", "Appeal - Seller Code of Conduct",
"""Seller Performance,

We understand our account was deactivated under the Seller Code of Conduct for creating a second account to list the same products.

Root cause: after our first account was put under review in December, our new operations manager believed a second account would let us keep selling. He opened it without my approval, using our company details. This was wrong, and it was my responsibility to make sure my staff knew the rules.

Corrective action: the second account was closed on February 26 and all its inventory transferred to the main account. The manager is no longer with us. I have written to Seller Support to confirm the closure.

Preventive measures: only I hold the credentials to create accounts, and any new marketplace registration requires my written approval. Our staff handbook now includes Amazon's policies on multiple accounts, and I go through it with every new hire.

We are not begging for special treatment; we are asking you to look at the facts above.

Regards,
Colin Ferris, Ferris Bros. Hardware""",
style="inline", rc="Root cause:", co="Corrective action:", pr="Preventive measures:",
pol=["Seller Code of Conduct"], dec=[("mild-word", "We are not begging for special treatment")],
notes="complete; 'not begging' is a calm denial, not a plea; 'credentials' mentioned with no value")

M("poa-copyright-zh-113", A, "ip-copyright", "US", "chinese", "Copyright complaint appeal - pictures",
"""Dear team,

Our account is deactivated for copyright complaint, the rights owner said we use their product pictures.

Our investigation: our designer downloaded 5 pictures from Pinterest and used them in our listing for wall sticker, we did not know who is the owner.

Our correction: Please give us 7 days, we will take new photos.

Our prevention: All pictures must be taken by our own photographer, no pictures from internet.

Thank you very much!
Wuhan Huacai Decor""",
style="inline", rc="Our investigation:", co="Our correction:", done=False, pr="Our prevention:",
pol=["copyright complaint"],
notes="corrective future only ('we will take new photos'): not-done")

M("poa-listing-vi-114", A, "listing-policy", "US", "other-non-native", "Appeal - listing policies",
"""Dear Amazon team,

My account Saigon Silk Scarves was deactivated for violation of the product detail page rules. I have reviewed all the warnings.

Cause: My listings had external website links and my Facebook page in the description, which is not allowed.

Corrective: Every warning is important for me and I respect the rules of the Amazon marketplace.

Preventive: I will check the description of every new listing against the product detail page rules before publishing.

Thank you,
Lam Thi Ngoc""",
style="inline", rc="Cause:", pr="Preventive:",
pol=["product detail page rules"],
notes="judgment: 'Corrective:' holds only respect for the rules; the links are never removed; corrective absent")

M("poa-usedasnew-latam-115", A, "used-sold-as-new", "US", "latam", "Appeal - used sold as new - Electrónica Andina",
"""Hello Amazon Seller Performance,

We are Electrónica Andina from Lima, Peru. Our account was deactivated for selling used items as new.

1) What we did immediately: we removed the 84 units of refurbished tablets that were listed as "New" and changed all refurbished products to the Amazon Renewed application process. We refunded the 6 customers.

2) What we do now: every product is checked for factory seal before listing as new. Products without seal are never listed as new.

Gracias por su tiempo.
Ricardo Quispe""",
style="numbered", co="1) What we did immediately:", pr="2) What we do now:",
pol=["selling used items as new"], dec=[("foreign-snippet", "Gracias por su tiempo.")],
notes="Peruvian writer; no root cause")

M("poa-cancel-ko-116", A, "cancel-rate", "US", "other-non-native", "Cancellation rate appeal",
"""Dear Seller Performance team,

This is Hanul Stationery. Our account was deactivated for a cancellation rate over 2.5%.

Root cause
We sold the same pens on our Korean website, and stock sync was only once per day.

Preventive action
We will check stock two times a day and set a safety stock of 5 units for every pen model, so Amazon orders are never sold out at the same time as website orders.

Thank you.
Seo Ji-woo""",
style="plain", rc="Root cause", pr="Preventive action",
pol=["cancellation rate"],
notes="no corrective part at all (only cause and prevention)")

M("poa-inauth-in-117", A, "inauthentic", "US", "indian", "Appeal - inauthentic - ASIN B0C8MZ4LQW",
"""Dear Team,

This is with reference to the inauthentic complaint on our cotton bedsheet.

Root Cause: The product was made in our own unit in Panipat, but the buyer compared it with another brand's sheet which uses similar packaging, and reported it as not genuine. Our invoice and packaging did not clearly show our brand name.

Actions Done: Updated packaging with our registered brand "Panipat Weaves" printed on every pack; updated images; shared manufacturing licence. Buyer refunded under order 114-4688936-3054722.

Preventive: Brand name and batch number will be printed on every unit and shown in listing images.

Kindly do the needful.

Regards,
Vijay Kumar""",
style="inline", rc="Root Cause:", co="Actions Done:", pr="Preventive:",
pol=["inauthentic complaint"], dec=[("order-id", "114-4688936-3054722")],
notes="complete; the order ID passes Luhn once dashes are removed but is not a card")

M("poa-review-pk-118", A, "review-manipulation", "US", "other-non-native", "Plan of action - reviews",
"""Dear Team,

Our account was deactivated under Amazon's Customer Product Reviews policy.

Why: Our relative posted 4 reviews on our products from his own account.

What is done: The relative deleted his reviews; we told all family members not to review our products.

Prevention: We will not ask anyone to review except through the Request a Review button.

A customer wrote that she was "devastated" when her order arrived late; we are sharing this only to explain one of the negative reviews.

Regards,
Bilal Ahmed
Lahore Craft Co.""",
style="inline", rc="Why:", co="What is done:", pr="Prevention:",
pol=["Customer Product Reviews policy"], dec=[("mild-word", "devastated")],
notes="complete; 'devastated' is quoted from a customer, not the seller's emotion")

M("lst-iptm-zh-119", L, "ip-trademark", "US", "chinese", "Listing reinstate - IP complaint",
"""Dear Sir,

Our listing was removed for IP complaint from rights owner. We have done: deleted the other brand name in title.

We will be careful. The listing is our main product and we have 600 units in FBA waiting. The rights owner also knows we removed the name, we sent email to them yesterday. Thank you!

我们已经删除了标题中的品牌名称，请恢复。
Shenzhen Kaixin Trading""",
style="inline", co="We have done:",
pol=["IP complaint"], dec=[("foreign-snippet", "我们已经删除了标题中的品牌名称，请恢复。")],
notes="very short listing appeal: only corrective; no root cause, no preventive; Chinese line inside English")

M("appeal-nopoa-latam-120", A, "late-shipment", "US", "latam", "Reactivation of account",
"""Hello,

My name is Sofía Herrera, owner of Herrera Leather Goods in León, Guanajuato. My account was deactivated. I read the notification but I don't understand what is the problem, I think maybe the shipments from Mexico took more days than normal in February because of the customs.

Please tell me what I need to do. I have all the invoices and I can send anything you ask. Thank you for your help.

Sofía Herrera""",
pol=[],
notes="no POA; mentions shipments taking longer but names no policy or metric")

M("fba-whlost-tr-121", F, "", "UK", "turkish", "Kayıp envanter için geri ödeme talebi",
"""Merhaba Amazon Satıcı Destek Ekibi,

Envanter raporuna göre, 18 adet pamuklu bornoz (SKU: BRN-WHT-L) 20 Şubat 2026 tarihinde BHX4 deposunda kayıp olarak işaretlendi. Aradan 30 günden fazla geçti ama hâlâ herhangi bir geri ödeme almadık.

Lütfen durumu kontrol edip kayıp ürünlerin bedelini hesabımıza iade eder misiniz? Fatura ve ürün bilgilerini ekte gönderiyoruz. Daha önce açtığımız talepte de aynı bilgileri paylaşmıştık ama cevap alamadık.

Saygılarımızla,
Zeynep Koç
Koç Ev Tekstili""",
lang="tr", topic="warehouse-lost",
notes="Turkish text on UK: T001 positive")

M("cat-grocery-zh-122", C, "", "US", "chinese", "申请食品类目审核",
"""您好，

我们想申请杂货和美食类目，销售我们自己生产的枸杞和红枣。我们已经有美国食品药品监督管理局的食品企业注册号，也有宁夏工厂的生产许可证和最近三个月的进货发票。上次申请被拒绝，原因是发票上没有显示我们的公司地址，现在我们已经拿到了新的发票。

请帮我们再次审核，谢谢！

宁夏红宝枸杞有限公司""",
lang="zh", topic="grocery",
notes="Chinese text on US: T001 positive")

M("cover-odr-zh-123", A, "odr", "US", "chinese", "Appeal - ODR - POA attached",
"""Dear Seller Performance Team,

Our account was deactivated because Order Defect Rate higher than 1%. We wrote our plan of action and put it in the attachment (POA_Yongkang_ODR.pdf), because the text box is too small for all the details and photos.

Attachment also have: A-to-z claim list with our reply, new packaging photos, the contract with new logistic company.

Please review. 如果有问题请联系我们 (if any question please contact us).

Thank you!
Yongkang Tiancheng Hardware""",
att=True, pol=["Order Defect Rate"], dec=[("file-name", "POA_Yongkang_ODR.pdf"), ("foreign-snippet", "如果有问题请联系我们")],
notes="cover letter; POA attached; Chinese fragment with translation")

M("poa-restricted-native-124", A, "restricted-products", "US", "native", "Re: Appeal - restricted products (second submission)",
"""Hi again,

Thanks for the reply asking for more detail. Answering in order:

> Why did the violation occur?
We listed a CBD-infused muscle balm without realizing that CBD topicals are prohibited under Amazon's Drugs & drug paraphernalia restricted products page. A wholesaler pitched it as "hemp balm" and we listed it under that name.

> What have you done to resolve it?
Deleted the listing the day of the notice, had all 220 units removed and destroyed, and went through our other 160 SKUs for hemp, CBD or similar ingredients (none found).

> What will you do to prevent it?
Every new product's ingredient list goes through the restricted products pages before we order samples, and we no longer accept wholesaler descriptions without the full label.

Best,
Tara Quinn, Quinn Wellness Supply""",
style="mixed", rc="> Why did the violation occur?", co="> What have you done to resolve it?", pr="> What will you do to prevent it?",
pol=["Drugs & drug paraphernalia restricted products page"],
notes="native; answers Amazon's three questions quoted as headings with '>' - labeled mixed")

M("poa-drop-in-125", A, "drop-shipping", "US", "indian", "Appeal - drop shipping - Rajwada Home",
"""Dear Team,

Our account Rajwada Home was deactivated for dropshipping from another retailer.

Background and reason: During the December holiday rush our stock of brass lamps sold out, and our operations staff ordered 26 units from another Amazon seller to be shipped directly to our buyers. The packages showed that seller's name. Management was not aware.

Future process: No order will ever be fulfilled by purchasing from another seller; out-of-stock listings will be set to zero quantity automatically; the operations staff will be retrained on the policy.

Thank you for the consideration.

Regards,
Karan Bhatia""",
style="colon", rc="Background and reason:", pr="Future process:",
pol=["dropshipping"],
notes="no corrective part: nothing was done about the 26 orders or the staff; only a future process, labeled preventive")

M("poa-tracking-zh-011", A, "valid-tracking", "US", "chinese", "Our POA for Valid Tracking Rate",
"""Dear Seller Performance Team,

Thanks for your email. Our Valid Tracking Rate is 91.2%, lower than 95% target, so our account is deactivated. Here is our POA.

Our POA: the reason
We use a small logistic company in Yiwu for self-fulfilled orders. They gave us tracking number but the carrier name we choose in Seller Central was "Other" and we type the carrier wrong, so Amazon can not scan the tracking. Also some tracking number was uploaded after the order confirmed.

Our POA: what we will do
We will change to use Yanwen and 4PX which are integrated carrier with Amazon.
We will upload tracking number and right carrier name at the same time when confirm shipment.
We will train our staff about how to choose carrier in the drop list.

Our POA: how to avoid it again
Every day the team leader will download the shipping report and check every order has valid tracking. We will check the Valid Tracking Rate on account health every week, if lower than 97% we stop the self-fulfilled listing.

Sorry for the trouble we make. Please reinstate our account.
Yiwu Qiaoxin E-commerce""",
style="our-poa", rc="Our POA: the reason", co="Our POA: what we will do", done=False, pr="Our POA: how to avoid it again",
pol=["Valid Tracking Rate"],
notes="'Our POA:' headings; corrective part is future only")

M("appeal-idv-pk-012", A, "identity-verification", "US", "other-non-native", "Identity verification failed - request review",
"""Dear Amazon Seller Identity Verification Team,

My account Lahore Linen House has been deactivated because you were not able to verify my identity documents. I want to explain the situation in detail.

When I uploaded my CNIC the first time, the picture was not clear because of my mobile camera. The second time the system asked for a bank statement, and my bank (Meezan Bank) statement shows my name as "Muhammad Usman" but my CNIC shows "Muhammad Usman Tariq". I think this difference made the verification fail. I also missed the video call slot because it was at 3 am Pakistan time and I did not see the email, and when I tried to use the link the page said the verification code is expired.

I have now a new bank letter from Meezan Bank that confirms both names belong to the same person, and a clear scan of my CNIC front and back, and my utility bill for the address. I can join the video call any time, please send a new slot.

I am a genuine seller and I am waiting for your reply.

Regards,
Muhammad Usman Tariq
+92 321 5550148""",
pol=[], dec=[("verification-code-word", "verification code"), ("phone", "+92 321 5550148")],
notes="account appeal with no POA although it explains the problem at length; names no policy (only 'identity verification' as a team name); judgment: 'Seller Identity Verification Team' is a team, not a policy")

M("poa-iptm-native-013", A, "ip-trademark", "US", "native", "Appeal - trademark infringement - complaint 1928374651",
"""Seller Performance Team,

This appeal is submitted on behalf of our client, Larkspur Outdoor LLC (Merchant Token A2KXQ8R7ZL3M9T), by Bridgeway Seller Consulting.

## What caused the complaint
On February 11, 2026 Larkspur received a notice of trademark infringement (Complaint ID 1928374651) from the owner of U.S. Reg. No. 6,218,904 "TRAILHAWK". Larkspur's listing for a folding camp stool used "Trailhawk-style" in the title and bullet points. The listing was written by a freelancer who copied keywords from competitor pages, and Larkspur had no review step for listing copy.

## What has been done
- The word was removed from the title, bullets and backend search terms of ASIN B0BT4MVNQ6 on February 12.
- All 46 active listings were audited against the USPTO database; two more used third-party marks as keywords and were edited.
- Larkspur wrote to the rights owner's counsel and received a retraction, attached.

## What will keep it from recurring
- Listing copy is now written in-house and checked against a list of registered marks before publishing.
- Freelancers sign an agreement that forbids use of other brands' names.
- A quarterly audit of titles and search terms is on the calendar.

Regards,
Maya Castellanos
Bridgeway Seller Consulting""",
style="markdown", rc="What caused the complaint", co="What has been done", pr="What will keep it from recurring",
pol=["trademark infringement"], dec=[("complaint-id", "1928374651"), ("trademark-number", "6,218,904"), ("merchant-token", "A2KXQ8R7ZL3M9T"), ("asin", "B0BT4MVNQ6")],
notes="US agency; 10-digit complaint ID and a trademark registration number are not secrets")

M("poa-cancel-in-014", A, "cancel-rate", "IN", "indian", "Reinstatement request - Cancellation rate",
"""Dear Amazon Seller Performance Team,

We are writing with respect to the deactivation of our account KrishnaKart due to Pre-fulfillment Cancel Rate of 4.1% which is above the 2.5% target.

Root cause: Our inventory was maintained in an Excel sheet and was updated only once in two days. So during the Republic Day sale, many products were sold on Amazon which were already sold out at our shop counter. We were forced to cancel 58 orders.

Actions already taken: We have integrated our shop billing software with Seller Central using an inventory sync tool since 1 February 2026, so stock reduces on Amazon the moment it is sold at the counter. We have kept a buffer of 3 units on every SKU. All the cancelled customers have been contacted with apology.

Steps to prevent: Our manager Mr. Suresh will review the cancel rate daily in the Account Health page. During sale events we will keep separate stock only for Amazon. No staff is allowed to cancel an order without the approval of the owner.

We request you to kindly reinstate our selling privileges at the earliest.

Regards,
Anil Kumar Yadav
KrishnaKart, Lucknow
GSTIN 09AAKCK4721M1Z3""",
style="inline", rc="Root cause:", co="Actions already taken:", pr="Steps to prevent:",
pol=["Pre-fulfillment Cancel Rate"], dec=[("gst-number", "09AAKCK4721M1Z3")],
notes="inline headings at the start of paragraphs; GSTIN is a tax ID, not a secret")

M("poa-restricted-vi-015", A, "restricted-products", "US", "other-non-native", "Please help - restricted product - account deactivated",
"""Dear Amazon,

I am so desperate, please help me. My family is crying every day since our account deactivated. We sell Vietnamese coffee and we have no money now to pay the loan of bank. Please have mercy on us!!

Amazon said our "coffee slimming drink" is against the Restricted Products policy because it contain ingredient not allowed. 

Reason: Our supplier in Buon Ma Thuot added a herb powder into the slimming coffee and we did not know this herb is not allowed in USA. We did not ask for ingredient test.

What we have done: We deleted the listing of slimming coffee already. We created removal order for all 540 box in FBA and we will destroy them. We stopped buy from this supplier.

Preventive: ...

We will follow all Amazon rules, I promise with my life. Please, please reactivate, we have nothing left.

Le Van Hoang
Highland Bean Export""",
style="inline", rc="Reason:", co="What we have done:",
pol=["Restricted Products policy"], emo=["I am so desperate, please help me", "My family is crying every day", "Please have mercy on us!!", "I promise with my life", "Please, please reactivate, we have nothing left"],
notes="emotional; 'Preventive: ...' is a heading with nothing after it, so no preventive part")

M("poa-usedasnew-native-016", A, "used-sold-as-new", "UK", "native", "Appeal: used sold as new complaints",
"""Hello,

I'm writing about the suspension of my account, Second Spin Audio, for selling used items as new.

Looking back through the three complaints, the cause is clear enough. All three orders were headphones that had been returned by customers and put back on the shelf by me without being inspected, because the returns bin and the new stock shelf were next to each other. Two of the units had been opened and one had a scratch. That's on me.

Since the notice I've pulled every unit from the returns bin, 31 in all, inspected them and listed the ones that are fine as "Used - Like New" with photos. The rest went back to the supplier. The three buyers have been refunded and I apologised to each of them. I've also moved the returns bin to the other side of the unit, in a different colour crate.

Going forward returns are never restocked as new, full stop. Each return is logged in a spreadsheet with its condition and either listed as used or sent back. I'll do a monthly check of my Voice of the Customer page for any condition comments.

Thanks for considering my appeal.

Tom Beckett
Second Spin Audio, Leeds""",
style="none", rc="Looking back through the three complaints", co="Since the notice I've pulled", pr="Going forward returns are never restocked",
pol=["selling used items as new"],
notes="short informal POA with no headings; 'used sold as new' named as 'selling used items as new'; 'I apologised' is not emotional")

M("poa-price-zh-017", A, "price-gouging", "US", "chinese", "Appeal about Fair Pricing Policy violation",
"""Hello Amazon team,

Our account got deactivate due to the Fair Pricing Policy. The listing is KN95 mask 50 pcs, the price was $89.99 on 2026-01-18.

1) Reason of problem
We use a repricing software, we set minimum price and maximum price. The staff set maximum price to $99.99 by mistake (should be $19.99). When the competitor run out of stock, the software increase our price up to $89.99 automatic. We did not notice in 4 days.

2) What we have did
- Price is correct to $16.99 immediately on 2026-01-22.
- We refunded the difference to all 7 buyers who paid high price.
- We changed the software settings, maximum price can not be more than 20% above our normal price.

3) Measures to avoid
- Every price rule change need two people check.
- We set alert email if any price increase more than 15% in one day.
- We will read the Fair Pricing Policy with all operation staff.

Thank you and wish you a nice day!
Xiamen Haoyun Medical Supplies""",
style="numbered", rc="1) Reason of problem", co="2) What we have did", pr="3) Measures to avoid",
pol=["Fair Pricing Policy"],
notes="complete POA, typical Chinese-English headings")

M("appeal-conduct-tr-018", A, "seller-code-of-conduct", "US", "turkish", "Deactivation under Seller Code of Conduct - UNACCEPTABLE",
"""To Amazon Seller Performance,

We are Anatolia Textile Export, selling towels on Amazon since 2021. You have deactivated our account saying that we violated the Seller Code of Conduct by contacting buyers outside Amazon. This is completely wrong.

Our customer service person only replied to a customer who wrote his own email address in the message. We did not ask for it. We did not send any marketing. We have sold more than 40.000 towels with 4.7 star rating.

You have blocked 18.500 USD of our money. If our account is not reactivated in 3 days, we will take legal action against Amazon in Turkish and US courts, and we will tell every seller in Denizli about your behaviour. This is the last time we write politely.

Saygılarımızla,
Emre Kaya
Anatolia Textile Export Ltd. Şti.""",
pol=["Seller Code of Conduct"], emo=["we will take legal action against Amazon in Turkish and US courts", "we will tell every seller in Denizli about your behaviour", "This is the last time we write politely"],
dec=[("foreign-snippet", "Saygılarımızla")],
notes="no POA, threats; policy named")

M("poa-condition-latam-019", A, "condition", "US", "latam", "Appeal - condition complaints - Tienda Sol",
"""Dear Seller Performance,

Good morning. I write you about the deactivation of our account Tienda Sol MX for many complaints about the condition of products (Condition Guidelines).

Root cause: We buy products in outlet stores in Guadalajara and we list them as "New". Some of them had the box opened or tags removed because the outlet stores receive returns from other stores. Our employee did not open the box to check before sending to Amazon.

Corrective actions: We understand the importance of the Condition Guidelines and the satisfaction of the customer, and we are compromised to give the best experience to the buyers of Amazon. For us the customer is the first.

Preventive actions: From now on every product is opened and checked by two people before the shipment to the FBA warehouse. If the box is opened or damaged we list it as "Used - Very Good" or we don't sell it. Also we will buy only from distributors who give factura, not from outlet stores.

Thank you very much for your attention.
Atentamente,
Alejandro Ruiz Méndez""",
style="colon", rc="Root cause:", pr="Preventive actions:",
pol=["Condition Guidelines"], dec=[("foreign-snippet", "Atentamente")],
notes="judgment: 'Corrective actions:' section only states values and commitment, no action, so the corrective part is absent")

M("poa-inauth-zh-020", A, "inauthentic", "US", "chinese", "Re: Appeal inauthentic - additional information",
"""Dear Seller Performance Team,

Thanks for your reply. You ask for more information about the inauthentic complaint, so we write again.

1. Root cause: the complaint buyer received our USB-C hub, he said the logo is different from picture. The reason is our factory changed the logo printing from silk screen to laser in December 2025, but we did not update the listing pictures. So the buyer think it is fake.

2. Corrective actions done: we updated all 9 pictures of the listing on 2026-03-02. We sent the buyer a new unit and explained. We provide the factory invoice and brand registration certificate.

3. Preventive: any change of product appearance, the product manager must update listing pictures before shipment to FBA. Monthly check listing pictures with real product.

If you need check our order system, you can login our ERP with account amazon_review and password Hx#2026tq88, you can see all purchase invoice from factory.

Best regards,
Dongguan Linkway Electronics""",
style="numbered", rc="1. Root cause:", co="2. Corrective actions done:", pr="3. Preventive:",
pol=["inauthentic"], sec=[("password", "Hx#2026tq88")],
notes="complete POA; gives ERP password to Amazon inside the appeal")

M("cover-counterfeit-zh-021", A, "counterfeit", "DE", "chinese", "Appeal for counterfeit - POA in attachment",
"""Dear Amazon Seller Performance Team,

Regarding the deactivation of our account (Store name: BlueOcean Tools), Amazon said we sold counterfeit products of brand "Kraftwerk".

Please see our Plan of Action in the attachment "POA_BlueOcean_20260305.docx". We also attach:
- Invoice from authorized distributor Werkzeug Handel GmbH (Rechnung Nr. 2026-00417)
- Authorization letter from the brand
- Pictures of the products and packaging

Please kindly review. If anything not clear, please tell us. Thank you very much.

蓝海工具
BlueOcean Tools""",
att=True, pol=["counterfeit products"], dec=[("file-name", "POA_BlueOcean_20260305.docx"), ("invoice-number", "2026-00417"), ("foreign-snippet", "蓝海工具")],
notes="short cover letter, POA attached; German invoice word 'Rechnung' inside English")

M("appeal-copyright-in-022", A, "ip-copyright", "US", "indian", "Reinstatement - copyright complaint - we have license",
"""Dear Sir/Madam,

This is to bring to your kind notice that our account ArtVilla Prints was deactivated on receiving copyright infringement complaints for our wall posters of Indian mythology artwork.

We would like to inform you that the artworks are created by our in-house artist Mr. Ravi Verma Kulkarni and we own the full rights. The complainant is a print shop who had sold our same designs without permission, and now they have filed complaint against us. We have the original PSD files with creation date of 2023 and the copyright registration certificate from Copyright Office India (Registration L-118204/2024).

We request you to kindly verify the documents attached and restore our account. Kindly revert back at the earliest as our business is running in loss.

Thanks & Regards,
Sanjay Kulkarni
ArtVilla Prints, Pune""",
pol=["copyright infringement"], dec=[("certificate-number", "L-118204/2024")],
notes="appeal says the complaint is wrong and sends proof but has no POA (no cause/fix/prevention); 'running in loss' is calm")

M("poa-odr-native-023", A, "odr", "US", "native", "Appeal - ODR above target",
"""Hello Seller Performance,

Our account (Maple & Main Goods) was deactivated because our ODR hit 1.6%. Below is our plan.

## Root cause
Most of the defects came from one product, a ceramic planter shipped FBM. Our packaging used a thin mailer, and 19 of the 26 defects in the period were "arrived broken" negative feedback or A-to-z claims.

We fixed it by:
- pulling the planter listing the day we saw the pattern (Feb 20),
- refunding every affected buyer, including those who hadn't opened claims yet,
- switching to double-boxed shipping with molded pulp inserts for all ceramics.

Going forward I personally check negative feedback every morning, and any product that gets two "damaged" comments in a week goes on hold until packaging is tested with a drop test. We also added ceramics to the list of items that ship only via FBA, where prep is professional.

Thank you,
Jordan Pike""",
style="mixed", rc="Root cause", co="We fixed it by:", pr="Going forward I personally check",
pol=["ODR"],
notes="mixed: one Markdown heading, then a colon lead-in, then a paragraph cue; 'ODR' alone counts as policy")

M("poa-related-zh-024", A, "related-accounts", "US", "chinese", "Re: Re: related account appeal",
"""> From: Seller Performance <seller-performance@amazon.com>
> Your account is related to another account that may not be used to sell on Amazon. Your account will not be reinstated unless you can explain the relationship.

Dear team,

Thank you for your reply. We explain again the relationship.

The reason of the relation: our former employee Ms. Zhou worked for us from 2023 to 2025 in Shenzhen office. After she leave our company she opened her own store and she used the same office network and the same computer for 2 months because she rent one desk from us. Her account was suspended for her own product problem.

What we will do:
- We will end the desk rent contract with Ms. Zhou.
- We will change our router and broadband account.
- We will ask Ms. Zhou sign a statement that we have no business relationship.

In future we will not rent office space or equipment to any other seller, and every computer in the office only login our own account.

Thank you for your understanding.
深圳市瑞祥达科技有限公司
Shenzhen Ruixiangda Technology""",
style="colon", rc="The reason of the relation:", co="What we will do:", done=False, pr="In future we will not rent",
pol=["related to another account"], dec=[("foreign-snippet", "深圳市瑞祥达科技有限公司")],
notes="email thread with quoted Amazon notice; the relationship still exists, all fixes are future ('We will end the desk rent'): not-done; judgment: 'related to another account' appears only in the quoted Amazon notice, taken as naming the policy the appeal answers")

M("poa-listing-pk-025", A, "listing-policy", "US", "other-non-native", "Appeal - Listing policy violation - Sialkot Sports",
"""Respected Amazon Team,

Our account Sialkot Pro Sports has been deactivated for repeated violations of listing policies. I have prepared this plan of action after reviewing all warnings.

Problem cause -
We created separate detail pages for the same football in different sizes instead of using variation, and some titles had words like "Best Quality" and "Free Shipping". Our lister was not aware of the Amazon product detail page rules.

Action taken -
We have merged 22 duplicate pages into 3 parent-child variation families. We removed all promotional words from the titles. We fixed all the main images to white background.

Prevention -
Thank you for your cooperation. We believe in honest business.

Regards,
Hamza Iqbal
Sialkot Pro Sports""",
style="plain", rc="Problem cause -", co="Action taken -",
pol=["listing policies"],
notes="Pakistani writer; dash headings (plain-like); 'Prevention -' followed only by thanks: preventive absent")

M("poa-counterfeit-native-026", A, "counterfeit", "UK", "native", "Appeal - counterfeit complaint, ASIN B0C9RLKW2T",
"""Dear Seller Performance Team,

We received a counterfeit complaint against our listing for replacement vacuum filters. We have now looked into it and this is our plan of action.

Root cause: The filters were bought in 2025 from a UK wholesaler, Midlands Trade Supplies, who described them as genuine. On checking, the wholesaler is not on the brand's list of authorised distributors and cannot trace the units back to the manufacturer.

Corrective action: We have asked Amazon to remove and dispose of all 320 remaining units (removal order RMV-4471Q). We closed our account with the wholesaler and refunded the complaining buyer.

Preventive measures: Before we list any branded product we will now ask for the brand's authorised distributor list or a letter of authorisation, and keep a copy on file. We will not buy branded spare parts from general wholesalers again.

Thank you for reading. We are frustrated with ourselves for not checking this earlier, but we are confident the steps above fix it.

Kind regards,
Helen Marsh
Marsh Home Spares Ltd""",
style="inline", rc="Root cause:", co="Corrective action:", pr="Preventive measures:",
pol=["counterfeit"], dec=[("mild-word", "frustrated with ourselves"), ("removal-order-id", "RMV-4471Q")],
notes="calm complete POA; 'frustrated' mild word")

M("appeal-nopoa-in-027", A, "odr", "IN", "indian", "Request to reactivate - high Order Defect Rate",
"""Dear Team,

Good morning. Our account ShubhLabh Traders was deactivated due to high Order Defect Rate. We are a small family business selling kitchen steel utensils since 2019.

We kindly request you to please give us one chance. We will be very careful in future and we assure you that such mistakes will not be repeated. We have always followed Amazon policies and have good ratings.

Kindly reactivate our account at the earliest. Kindly do the needful.

Thanking you,
Vikram Singh Rathore
ShubhLabh Traders""",
pol=["Order Defect Rate"], dec=[("mild-plea", "please give us one chance")],
notes="no POA: only a promise, no cause or action; judgment: one polite 'give us one chance' is not emotional")

M("poa-review-ko-028", A, "review-manipulation", "US", "other-non-native", "Appeal for review manipulation",
"""Dear Amazon Seller Performance team,

We are Seoul Beauty Lab. We are writing about the deactivation of our account for review manipulation.

1) Root cause
We joined a "product tester community" on social media in December 2025, and gave free products to 40 people. We thought this is same as Vine program. But the community asked the testers to leave 5-star review, and we did not check what they say. This is violation of Amazon Community Guidelines.

2) Corrective actions
- We will stop work with the community.
- We will request Amazon to remove the reviews from these testers.
- We will use only Amazon Vine program for new product reviews.

3) Prevention
- We will read Amazon Community Guidelines with all marketing staff every 3 months.
- Marketing plan with any reviewer or influencer must be approved by our CEO.

We really apologize for this mistake. Thank you.

Lee Min-jun
Seoul Beauty Lab""",
style="numbered", rc="1) Root cause", co="2) Corrective actions", done=False, pr="3) Prevention",
pol=["Amazon Community Guidelines"],
notes="Korean writer; corrective is future only (even 'We will stop work with the community'): not-done")

M("poa-safety-native-029", A, "product-safety", "AU", "native", "Appeal - product safety - kids' bike helmets",
"""Hi team,

We're Barrow & Co, a small Melbourne business. Our account was deactivated after Amazon found our kids' bike helmets didn't have the AS/NZS 2063 compliance documents required for the product safety policy.

Corrective actions (completed)
All 410 helmets were removed from fulfilment centres on 3 March. We have sent every buyer from the past 12 months a notice and an offer of a full refund; 38 have taken it. The listing is closed.

Corrective actions (ongoing)
The helmets are with an accredited lab for testing; we expect the report on 28 March.

Preventive measures
Every product for children will be checked against the mandatory standards list on the ACCC website before we order. We won't list until we hold the test certificate. We've also joined the Product Safety Australia alerts list.

Cheers,
Nina Barrow""",
style="plain", co="Corrective actions (completed)", pr="Preventive measures",
pol=["product safety policy"],
notes="no root cause: never explains why they listed without documents; restates Amazon's finding only")

M("poa-inauth-vi-030", A, "inauthentic", "US", "other-non-native", "kháng nghị tài khoản - inauthentic",
"""Kính gửi đội ngũ Amazon Seller Performance,

Tài khoản của chúng tôi (SaiGon Fashion Hub) đã bị vô hiệu hóa vì khiếu nại hàng không chính hãng (inauthentic) cho mã ASIN B0CZ7M4QTR, túi xách da.

Nguyên nhân: Chúng tôi mua một lô 200 túi từ một nhà cung cấp ở Quảng Châu nhưng không có hóa đơn từ nhà sản xuất. Khách hàng nói túi khác với hình ảnh.

Hành động đã thực hiện: Chúng tôi đã xóa danh sách sản phẩm, tạo đơn rút hàng khỏi kho FBA và hoàn tiền cho khách hàng.

Biện pháp phòng ngừa: Từ nay chúng tôi chỉ mua hàng từ nhà sản xuất có hóa đơn rõ ràng và kiểm tra chất lượng từng lô hàng trước khi gửi đến Amazon.

Xin cảm ơn và mong nhận được phản hồi sớm.
Phạm Minh Tuấn""",
lang="vi", style="inline", rc="Nguyên nhân:", co="Hành động đã thực hiện:", pr="Biện pháp phòng ngừa:",
pol=["inauthentic"], dec=[("asin", "B0CZ7M4QTR")],
notes="complete POA written in Vietnamese on US: T001 positive; 'inauthentic' in brackets names the policy")

M("poa-late-zh-031", A, "late-shipment", "US", "chinese", "POA - account deactivated",
"""Dear Seller Performance Team,

We received your email that our account is deactivated because many orders were shipped after the ship date. We have checked all the orders of the last 30 days.

一、Root cause
During Chinese New Year holiday (2026-02-14 to 2026-02-24) our warehouse was closed, but we forgot to turn on the holiday setting. 63 orders were shipped after the holiday, so they arrived late to customers.

二、Corrective actions
1. We have shipped all the 63 orders and contacted every buyer to say sorry.
2. We have set the handling time to 5 days for self-fulfilled listings.
3. We have converted our top 20 products to FBA since 2026-03-01.

三、Preventive measures
1. We made a holiday calendar, the operation manager must turn on vacation mode 3 days before every holiday.
2. We check the shipping performance every day.

We hope you can give us chance to continue selling. Thank you!

Best regards,
Suzhou Jiahe Home Furnishing""",
style="numbered", rc="一、Root cause", co="二、Corrective actions", pr="三、Preventive measures",
pol=[], dec=[("mild-plea", "give us chance to continue selling")],
notes="Chinese numerals as numbering; complete POA but names no policy or metric (only 'shipped after the ship date', a description)")

M("poa-cancel-native-032", A, "cancel-rate", "US", "native", "Appeal of deactivation",
"""To the Seller Performance team,

I'm the owner of Copper Kettle Crafts. My account was deactivated after too many orders were cancelled before shipping. I'd like to explain and show what I've changed.

Cause: I list handmade jewelry that I also sell at weekend craft fairs. When a piece sold at a fair, I didn't always remember to zero the quantity on Amazon, and later had to cancel the Amazon order. That happened 21 times in January.

What I did: Every one-of-a-kind piece is now listed on Amazon only; fair stock is a separate inventory that never goes online. I set quantity to 1 on every listing and deleted 40 listings for pieces I no longer have.

Prevention: Before each fair I export my Amazon inventory and pull those items from the fair box. I check for pending orders every evening.

Thanks,
Lauren Odell""",
style="inline", rc="Cause:", co="What I did:", pr="Prevention:",
pol=[],
notes="native; complete POA; describes cancellations at length but never names the cancel rate or any policy")

M("poa-drop-zh-033", A, "drop-shipping", "UK", "chinese", "appeal",
"""Hello,

We are sorry. Our account deactivate because drop shipping. Below is our action.

What we have did: We stopped to buy from Temu and AliExpress for our customer orders. We cancel the orders which not shipped yet. We will keep stock in our London warehouse.

How to avoid: We only sell what we have in stock, staff check stock every morning.

Thank you.
Li Wei""",
style="inline", co="What we have did:", pr="How to avoid:",
pol=["drop shipping"], dec=[("single-apology", "We are sorry.")],
notes="short; no root cause; judgment: bare lower-case 'drop shipping' names the violation it answers, so counted as policy cited")

M("appeal-nopoa-zh-034", A, "counterfeit", "US", "chinese", "Why deactivate my account???",
"""Amazon,

Why you deactivate my account??? We are real brand owner, we have trademark registration in US (Reg. No. 7,104,553), our factory produce every product. How can our product be counterfeit of our own brand? The complaint is from our competitor, they are lying!!!

We have 9 years on Amazon, never have any problem. Now you close the account without any investigation, it is so unfair. We lose $3,000 every day. You must reactivate our account immediately, otherwise we will report to the news media and the court.

Attached: trademark certificate, factory license.

Guangzhou Kaida Lighting""",
pol=["counterfeit"], emo=["You must reactivate our account immediately, otherwise we will report to the news media and the court", "it is so unfair"],
dec=[("trademark-number", "7,104,553")],
notes="angry, threatening, no POA; judgment: 'counterfeit' inside a rhetorical question still names the violation answered")

M("poa-restricted-in-035", A, "restricted-products", "IN", "indian", "Plan of action: restricted product (Ayurvedic medicine)",
"""Dear Amazon Team,

This is with regard to our account Vedanta Herbals which was deactivated for listing a restricted product under Amazon's Restricted Products policy (Drugs & drug paraphernalia).

(a) Root cause: We listed an Ayurvedic syrup which contains a Schedule H ingredient without the valid drug licence. Our listing team believed Ayurvedic products are exempt from licence.

(b) Corrective steps taken: The listing has been closed and the 180 units in FC have been removed. We have applied for the drug licence with the State Licensing Authority (application no. AYU/DL/2026/3381).

(c) Preventive steps: Our compliance officer will check every new product against the Restricted Products list. No medicine will be listed without licence copy uploaded.

Bank details for any refund: Account No. 50100482736519, IFSC HDFC0001234, HDFC Bank, Andheri East.

Kindly review and reactivate.

Regards,
Dr. Meenakshi Iyer
Vedanta Herbals""",
style="lettered", rc="(a) Root cause:", co="(b) Corrective steps taken:", pr="(c) Preventive steps:",
pol=["Restricted Products policy"], sec=[("bank-account", "50100482736519")], dec=[("ifsc", "HDFC0001234"), ("po-number", "AYU/DL/2026/3381")],
notes="complete POA; bank account number pasted in; IFSC is a decoy")

M("poa-odr-latam-036", A, "odr", "US", "latam", "Apelación - cuenta desactivada",
"""Hello Amazon,

I am Carolina from Bogotá Crafts. My account is deactivated because the defects in orders (ODR 1.9%). I am very sorry for all the problems.

Root cause
The mochilas wayuu were sent by Servientrega International and many arrive after 3 weeks, and customers opened claims A-to-z.

Corrective
We already refunded 14 buyers and we pause the FBM listings. We sent 300 mochilas to FBA warehouse, the shipment FBA15K2L7QXN is received.

Preventive
Only FBA from now, no more international shipping from Colombia for Amazon orders.

I am really desperate, this is the only income of the 20 artisan women of the community, please I beg you, without this we cannot feed our children. Please reactivate us, por favor, por favor.

Carolina Ortiz""",
style="plain", rc="Root cause", co="Corrective", pr="Preventive",
pol=["ODR"], emo=["I am really desperate", "please I beg you, without this we cannot feed our children", "por favor, por favor"],
dec=[("shipment-id", "FBA15K2L7QXN")],
notes="Colombian writer; complete POA, then desperate pleading; Spanish subject")

M("poa-price-native-037", A, "price-gouging", "US", "native", "Appeal - pricing",
"""Hello,

Our account was deactivated for pricing that Amazon considered well above recent prices during the ice storm in January.

The problem happened because our repricer was set to match the highest competitor price when supply was short, with no ceiling. When other sellers ran out of de-icing salt, the repricer took our 20 lb bag from $18.99 to $54.99 for three days.

Since then we have set hard ceilings on every SKU (no more than 10% above its 90-day average), turned off the "match highest" rule entirely, and refunded the difference to all 212 buyers who paid over $20.99.

Thank you for taking another look.

Ray Donnelly
Northline Supply""",
style="none", rc="The problem happened because", co="Since then we have set hard ceilings",
pol=[],
notes="no preventive part (only fixes already done); no policy named: 'pricing that Amazon considered well above recent prices' paraphrases the Fair Pricing Policy without naming it - judgment")

M("poa-tracking-pk-038", A, "valid-tracking", "US", "other-non-native", "Appeal for VTR",
"""Dear Team,

Our account Punjab Cotton Co. is deactivated because of VTR below 95%.

ROOT CAUSE - We used a local courier for orders in December, the courier did not give tracking for all parcels.

ACTIONS - We have moved all FBM orders to USPS with Buy Shipping from Amazon since 10 January, so all tracking is uploaded automatic.

FUTURE - Staff will confirm shipment only with Buy Shipping label, and manager check VTR every Monday.

For verification you can call me: +1 (347) 555-0172.

Thank you,
Asad Mahmood""",
style="caps", rc="ROOT CAUSE -", co="ACTIONS -", pr="FUTURE -",
pol=["VTR"], dec=[("phone", "+1 (347) 555-0172")],
notes="Pakistani seller in US; 'VTR' abbreviation names the Valid Tracking Rate - judgment: counted as a policy name")

M("poa-related-in-039", A, "related-accounts", "IN", "indian", "Appeal - account related",
"""Dear Seller Performance Team,

Our account was deactivated as Amazon found a link with another seller. We have investigated and found the connection.

Root cause: My brother-in-law used the same GST number of our partnership firm to register another account in 2024 without my knowledge. That account got suspended for late shipments.

We kindly request you to please consider that we are not involved in his business in any manner.

Hoping for a positive response.

Regards,
Deepak Malhotra
Malhotra Garments""",
style="inline", rc="Root cause:",
pol=[],
notes="only a root cause; no corrective and no preventive (the GST link is not resolved); judgment: 'a link with another seller' describes the finding, names no policy")

M("appeal-nopoa-vi-040", A, "review-manipulation", "US", "other-non-native", "request to reinstate my account",
"""Dear Amazon,

Em là Hoa, chủ shop Lotus Candle. Sorry for my English. My account is deactivated and the email say something about reviews. I don't understand because I never buy reviews, maybe my friend leave review for my candle and Amazon think it is fake.

Please check again my account. I sell candle 3 years and I have 1,204 review from real customers. Please tell me what I need to send you, I will send all.

Thank you so much, I hope you understand.
Trần Thị Hoa""",
pol=[], dec=[("foreign-snippet", "Em là Hoa, chủ shop Lotus Candle."), ("single-apology", "Sorry for my English.")],
notes="Vietnamese writer; no POA, no policy named; Vietnamese sentence inside English text")

M("poa-idv-zh-041", A, "identity-verification", "US", "chinese", "Appeal - Section 3 BSA - identity verification",
"""Dear Seller Performance team,

Our account was deactivated under Section 3 of the Business Solutions Agreement because we could not complete the verification.

Cause / 原因
The utility bill we uploaded was in the name of our landlord, not our company, so it did not match the business address. Also the legal representative passport was expired in January 2026.

Actions done / 已完成
- Legal representative Mr. Wang Jun renewed his passport (new one issued 2026-02-08) and we uploaded it.
- We uploaded the company electricity bill issued to Hefei Tongda Outdoor Co., Ltd. for the registered address.
- Company bank account statement (Bank of China) with the same company name is uploaded.

Prevention / 预防
- Our admin keeps a document calendar and renews all documents 3 months before expiry.
- Any change of address or legal person is updated in Seller Central within 7 days.

Thank you for your review.
合肥通达户外用品有限公司""",
style="mixed", rc="Cause / 原因", co="Actions done / 已完成", pr="Prevention / 预防",
pol=["Section 3 of the Business Solutions Agreement"], dec=[("foreign-snippet", "合肥通达户外用品有限公司")],
notes="bilingual headings (English / Chinese) - labeled mixed; BSA spelled out")

M("poa-prohibited-tr-042", A, "prohibited-seller-activities", "US", "turkish", "Plan of Action - Prohibited seller activities and actions",
"""Dear Amazon Seller Performance Team,

We are writing about deactivation of our account Bosphorus Home for violation of "Prohibited seller activities and actions", because we sent messages to buyers asking them to change their negative feedback.

Root Cause:
Our customer service employee sent 12 messages in February offering a partial refund if the buyer removes the negative feedback. He thought this is good customer service. We had no written rules for buyer messages.

Corrective Actions:
- All pending messages with this content have been deleted from our templates.
- The employee received a written warning and new training.
- We have written to the 12 buyers to say the refund is theirs with no condition.

Preventive Measures:
- A written customer service guide based on Amazon's communication guidelines is now in place and every template must be approved by the manager.
- We will audit 20 random buyer messages every week.

Saygılarımızla / Best regards,
Mert Yılmaz
Bosphorus Home Tekstil A.Ş.""",
style="colon", rc="Root Cause:", co="Corrective Actions:", pr="Preventive Measures:",
pol=["Prohibited seller activities and actions"], dec=[("foreign-snippet", "Saygılarımızla")],
notes="Turkish writer; complete POA, calm")

M("poa-condition-zh-043", A, "condition", "US", "chinese", "Appeal for product condition complaint",
"""Dear team,

We receive the notice about many buyer complaint our products arrive damaged or used. Our POA as below:

The reason: our FBA return units were sent back to sellable inventory by Amazon, we did not create removal order for customer returned units, so other buyers received returned units.

Solution: we will create removal order for all customer damaged units every week. We will open return units and check before send again.

Prevent: check return report every week.

Thank you for your support!
Ningbo Sunrise Outdoor""",
style="colon", rc="The reason:", co="Solution:", done=False, pr="Prevent:",
pol=[],
notes="short; corrective future only ('we will create removal order'): not-done; no policy named (only 'buyer complaint our products arrive damaged or used')")

M("appeal-nopoa-native-044", A, "listing-policy", "US", "native", "Account deactivated - need answers",
"""To whom it may concern,

This is my fourth message about this. My account has been deactivated for three weeks and every reply I get is a copy-paste template. I've sent invoices, I've sent photos, I've answered every question. Nobody tells me what listing is the problem.

I run a two-person business selling replacement parts for espresso machines. I've got $11,400 stuck in my account and rent due. This is ridiculous and honestly it's making me physically sick. I'm at my wits' end. If I don't hear from an actual human being this week I'm going to contact my state's attorney general and every consumer news outlet I can find.

Sam Okafor
Crema Parts Direct""",
pol=[], emo=["This is ridiculous and honestly it's making me physically sick", "I'm at my wits' end", "I'm going to contact my state's attorney general and every consumer news outlet I can find"],
notes="native, angry, threatening; no POA, no policy")

M("poa-usedasnew-in-045", A, "used-sold-as-new", "US", "indian", "POA for used sold as new",
"""Dear Seller Performance,

Please find below our plan of action regarding complaints of used products sold as new on our account Gadget Bazaar.

ROOT CAUSE
We purchased refurbished Bluetooth speakers from a liquidation lot thinking they were new-in-box. The seller of the lot had repacked them in new boxes.

CORRECTIVE ACTION
Thank you for bringing this to our notice. We assure you we will take all necessary steps.

PREVENTIVE MEASURES
We will not purchase liquidation lots in future. All items will be inspected before sending to FBA. Staff training will be conducted every month.

Regards,
Farhan Sheikh
Gadget Bazaar""",
style="caps", rc="ROOT CAUSE", pr="PREVENTIVE MEASURES",
pol=["used products sold as new"],
notes="judgment: 'CORRECTIVE ACTION' heading followed only by thanks and a vague assurance: corrective part absent")

M("poa-ipt-patent-zh-046", A, "ip-patent", "US", "chinese", "Appeal for patent infringement complaint",
"""Dear Amazon Seller Performance Team,

We received a patent infringement complaint (Complaint ID: 9031847726) about our collapsible silicone water bottle, the complainant say we infringe US Patent No. 11,284,607.

Root cause analysis: Our design team compared with the design patent but did not check utility patents. The folding ring structure is covered by the patent claims 1-4.

Corrective actions:
1) We have closed the listing ASIN B0D4HNQ2LZ and removed 1,860 units from FBA, removal order ID 7JQ4MMD2.
2) We have reached agreement with the patent owner's attorney, the complaint is retracted (retraction email attached, dated 2026-03-11).
3) We stopped the production of this design.

Preventive actions:
1) From April 2026 every new product must have freedom-to-operate search by our IP lawyer before production.
2) We will do patent search on Google Patents and USPTO for every listing.

Thank you.
Jiangsu Hengtai Houseware""",
style="colon", rc="Root cause analysis:", co="Corrective actions:", pr="Preventive actions:",
pol=["patent infringement"], dec=[("complaint-id", "9031847726"), ("patent-number", "11,284,607"), ("asin", "B0D4HNQ2LZ"), ("removal-order-id", "7JQ4MMD2")],
notes="complete POA; ID numbers are decoys")

M("poa-odr-ko-047", A, "odr", "US", "other-non-native", "Appeal - Order Defect Rate - Jeju Tea House",
"""To Amazon Seller Performance team,

Hello, this is Jeju Tea House. Our account has been deactivated due to our Order Defect Rate over 1%. We apologize sincerely.

Actions we took first:
- Refund all 11 buyers who received broken tea sets.
- Stop selling glass tea sets until new packaging is ready.

Reason we found after:
Our glass tea sets were packed in thin paper box, and from Korea to US they pass 3 transit points. The damage rate was high but we did not check buyer feedback every day.

To not happen again:
- New packaging with foam insert and double box, tested with 1.2 m drop.
- Feedback and A-to-z claim check every morning by Ms. Choi.

Thank you for your time.
Choi Eun-ji, 제주티하우스""",
style="colon", rc="Reason we found after:", co="Actions we took first:", pr="To not happen again:",
pol=["Order Defect Rate"], dec=[("foreign-snippet", "제주티하우스")],
notes="Korean writer; corrective actions before root cause (unusual order); 'We apologize sincerely' is a single apology")

M("appeal-nopoa-pk-048", A, "inauthentic", "US", "other-non-native", "Appeal Inauthentic - Sialkot Gloves",
"""Dear Amazon,

My account is deactivated for inauthentic claim on goalkeeper gloves. Sir, these gloves are made in my own factory in Sialkot, we are manufacturer, not reseller. I am attaching the factory registration, export license and my brand registry certificate.

Kindly check and restore. I am waiting for your good news. Jazak Allah.

For login to Seller Central please use this code, it came on my mobile: 482915. My team in US is waiting for it, please share with Mr. Daniel if he contacts you.

Kamran Shahid
Sialkot Grip Sports""",
pol=["inauthentic claim"], sec=[("one-time-code", "482915")], dec=[("foreign-snippet", "Jazak Allah")],
notes="no POA (only says they are the manufacturer); pastes a one-time login code")

M("poa-tm-latam-049", A, "ip-trademark", "MX", "latam", "Apelación por infracción de marca",
"""Estimado equipo de Amazon:

Nuestra cuenta Distribuidora Ramírez fue desactivada por una queja de infracción de marca registrada sobre la marca "Fuego Azul".

Causa raíz: Usamos el nombre "Fuego Azul" en el título de nuestras parrillas porque es una marca muy conocida en México, pero nosotros no somos distribuidores autorizados.

Acciones correctivas: Ya eliminamos la marca de los títulos y de las palabras clave de las 8 publicaciones. Contactamos al titular de la marca y retiró la queja.

Medidas preventivas: Antes de publicar cualquier producto revisamos el registro del IMPI para no usar marcas de terceros.

Saludos cordiales,
Jorge Ramírez Torres""",
lang="es", style="colon", rc="Causa raíz:", co="Acciones correctivas:", pr="Medidas preventivas:",
pol=["infracción de marca registrada"],
notes="complete POA in Spanish on MX, where Spanish is normal (english_required false): T001 positive only if the rule ignores the marketplace")

M("poa-review-native-050", A, "review-manipulation", "US", "native", "Reinstatement request - reviews",
"""Hello,

Our account was deactivated in connection with reviews on our yoga mat listing.

What happened: we used a third-party "review follow-up" email service that sent buyers a message offering a free strap in exchange for "sharing your experience". We didn't read the template closely enough.

What we're going to do: we'll cancel the service, delete the template, and contact Amazon to have any incentivized reviews removed.

What we'll do going forward: all buyer communications will go through Amazon's Request a Review button only.

Thank you,
Priya Shah-Collins
Stillwater Yoga Goods""",
style="inline", rc="What happened:", co="What we're going to do:", done=False, pr="What we'll do going forward:",
pol=[],
notes="native; corrective future only; names no policy ('in connection with reviews' is not a policy)")

# ---------------- listing reinstatements ----------------
M("lst-safety-zh-051", L, "product-safety", "US", "chinese", "Reinstate ASIN B0CQ8FT3WN - safety",
"""Hello,

Our listing ASIN B0CQ8FT3WN (kids night light) was removed for product safety. We have done:

Corrective: We have replaced the adapter with UL listed adapter and got new test report from Intertek (report no. 260118-0073). We updated the listing with the new model number.

Preventive: All electric products must have UL certificate before listing.

Please reinstate the listing. Thank you.
Foshan Brightkid Lighting""",
style="colon", co="Corrective:", pr="Preventive:",
pol=["product safety"], dec=[("asin", "B0CQ8FT3WN")],
notes="listing appeal without root cause")

M("lst-cpsc-in-052", L, "product-safety", "US", "indian", "Listing reinstatement - CPC document",
"""Dear Team,

Our listing for baby teething ring was deactivated asking for Children's Product Certificate.

1. Reason - We were not aware that CPC is mandatory for children products in US.
2. Action - We will get the product tested in a CPSC accepted lab and upload the CPC.
3. Prevention - We will check the compliance requirements for every category before listing.

Kindly reactivate the listing after we upload. Thanks.
Neha Bansal, TinyToes India""",
style="numbered", rc="1. Reason -", co="2. Action -", done=False, pr="3. Prevention -",
pol=["Children's Product Certificate"],
notes="corrective future only (test not yet done): not-done; policy named as the CPC requirement")

M("lst-listing-vi-053", L, "listing-policy", "US", "other-non-native", "Please reactivate my listing",
"""Dear Amazon,

My listing of bamboo straws was removed. I don't know what is the problem. I changed the title and the pictures already, please check and reactivate. It is my best selling product and I have stock 2,000 pcs in FBA. The listing was live since 2024 with no problem, and I did not receive any warning email before.

Thank you very much,
Vo Thanh Long""",
pol=[],
notes="listing appeal, no POA, no policy (A016 applies only to account appeals)")

M("lst-iptm-ko-054", L, "ip-trademark", "US", "other-non-native", "Reinstate listing - trademark complaint retracted",
"""Dear Seller Performance,

Our listing (ASIN B0C6WPK9RE, stainless tumbler) was removed because of a trademark complaint from the brand "Oaklane". The rights owner has now retracted the complaint, please see the retraction email forwarded below.

Root cause: Our listing title said "compatible with Oaklane lids", which used their trademark.
What we did: We removed the word from title and description on 2026-03-03 and contacted the rights owner, who sent the retraction.
Prevention: Our listing staff use a checklist to not include any other brand name, even as "compatible with".

---------- Forwarded message ----------
From: legal@oaklane-example.com
We confirm we have retracted complaint 7781234509 against ASIN B0C6WPK9RE.

Best regards,
Yoon Da-eun""",
style="inline", rc="Root cause:", co="What we did:", pr="Prevention:",
pol=["trademark complaint"], dec=[("asin", "B0C6WPK9RE"), ("complaint-id", "7781234509")],
notes="Korean writer; forwarded retraction; complete")

M("lst-restricted-native-055", L, "restricted-products", "US", "native", "Listing removed - pesticide claims",
"""Hi,

Our cedar closet blocks listing was removed because the description said they "kill moths", which Amazon treats as a pesticide claim under the Restricted Products rules for pesticides.

We understand why: the copy was written by my late father years ago and nobody questioned it. We have rewritten the description to say the cedar scent "helps keep closets fresh" and removed the word "kill" from every listing we have.

Thanks,
Beth Carlisle""",
style="none", rc="We understand why: the copy", co="We have rewritten the description",
pol=["Restricted Products rules for pesticides"], dec=[("mild-word", "my late father")],
notes="no preventive part; 'my late father' is not an emotional plea")

M("lst-condition-tr-056", L, "condition", "UK", "turkish", "Listing condition complaint - please reinstate",
"""Hello Amazon,

Our listing for copper coffee pot (cezve) was deactivated because of condition complaints.

Sebep (Reason): The tin lining inside was scratched on some pots because they were packed without paper between them.
Yapılanlar (What we did): We checked all 95 pots in FBA with a removal order, 14 had scratches and were discarded. The rest are now individually wrapped.

Thank you,
Ayşe Demir, Istanbul Bakır""",
style="mixed", rc="Sebep (Reason):", co="Yapılanlar (What we did):",
pol=["condition complaints"], dec=[("foreign-snippet", "Yapılanlar")],
notes="Turkish/English headings; no preventive part")

M("lst-counterfeit-zh-057", L, "counterfeit", "US", "chinese", "申诉 listing reinstatement",
"""尊敬的亚马逊卖家绩效团队：

我们的商品 ASIN B0D1KXR7VM（无线充电器）因假冒商品投诉被下架。

根本原因：我们的运营人员在标题中使用了另一个品牌的名称，导致买家以为是该品牌的正品。

纠正措施：我们已经从标题、五点描述和关键词中删除了该品牌名称，并重新上传了带有我们自己品牌标志的图片。

预防措施：以后所有新产品上架前，由主管检查标题和图片，确保不使用其他品牌的名称。

谢谢！
深圳市优电科技有限公司""",
lang="zh", style="inline", rc="根本原因：", co="纠正措施：", pr="预防措施：",
pol=["假冒商品投诉"], dec=[("asin", "B0D1KXR7VM")],
notes="complete POA in Chinese on US: T001 positive")

M("lst-dangerous-pk-058", L, "restricted-products", "US", "other-non-native", "Listing deactivated - hazmat review",
"""Dear Team,

Our listing of rechargeable hair trimmer is blocked for dangerous goods review.

Why: We did not upload the Safety Data Sheet for the lithium battery when creating the listing.

Done: We have uploaded the SDS and the UN38.3 test summary (UN3481) today.

Going forward: For any product with battery we will upload SDS at the time of listing creation.

Regards,
Usman Ghani""",
style="plain", rc="Why:", co="Done:", pr="Going forward:",
pol=[], dec=[("un-number", "UN3481")],
notes="complete short POA; 'dangerous goods review' names no policy - judgment")

M("lst-tm-native-059", L, "ip-trademark", "US", "native", "Listing reinstatement",
"""Hello,

We have already removed the brand name from the listing as you requested, and the rights owner has been contacted. Going forward all titles are checked against a list of protected brand names before we publish, and I have added a second reviewer for every new listing.

The mistake came from our old listing template, which had a competitor's name in the search terms field that nobody noticed for two years.

Please reinstate ASIN B0BWQ2LRTX.

Mark Ellison""",
style="none", rc="The mistake came from our old listing template", co="We have already removed the brand name", pr="Going forward all titles are checked",
pol=[], dec=[("asin", "B0BWQ2LRTX")],
notes="complete POA in reverse order (actions, prevention, cause) with no headings; no policy named")

M("lst-review-in-060", L, "review-manipulation", "IN", "indian", "Listing suppressed - review abuse",
"""Dear Sir/Madam,

Our ASIN B0CLN5Q8TK has been suppressed for review abuse. Kindly reactivate.

We assure you that we have not done any review manipulation. Some customers are our known persons who bought the product by their own choice and paid full price. We have 4.3 rating from more than 300 reviews.

Action: We will request our known persons not to review our products.

Regards,
Rohit Jain""",
style="inline", co="Action:", done=False,
pol=["review abuse"], dec=[("asin", "B0CLN5Q8TK")],
notes="hollow POA: no root cause (denies the problem), future-only action, no preventive")

M("lst-listing-zh-061", L, "listing-policy", "US", "chinese", "Listing removed for variation abuse",
"""Dear team,

The parent ASIN B0CX9D2KPW was removed because of variation policy violation.

**Reason**
We put phone cases for different phone models and also screen protectors in one variation family, this is not allowed.

**Correct**
We have deleted the screen protectors from the family and created new listings for them.

**Prevent**
Only same product with different size or color can be in one variation family, we made SOP for listing staff.

Please reinstate, I am very very worried, our whole year plan is on this listing, if it not come back our boss will fire all our team, please please please help.

Ella Zhang""",
style="bold", rc="Reason", co="Correct", pr="Prevent",
pol=["variation policy"], emo=["I am very very worried", "our boss will fire all our team, please please please help"], dec=[("asin", "B0CX9D2KPW")],
notes="complete POA plus pleading")

M("lst-card-native-062", L, "listing-policy", "US", "native", "Listing blocked - reinstatement and fee question",
"""Hi,

Our listing for a leather journal was blocked for a missing product identifier. We have a GS1 barcode and just forgot to add it.

Root cause: listing created via spreadsheet with the UPC column blank.
Fix: UPC 850012447302 added on March 10, listing re-submitted.
Prevention: the spreadsheet template now has the UPC column marked required.

Also, our card on file for seller fees expired. Please update it to 4532197181478150, exp 11/29, CVV 318 so the account doesn't go negative.

Thanks,
Caleb Norris""",
style="inline", rc="Root cause:", co="Fix:", pr="Prevention:",
pol=[], sec=[("card", "4532197181478150"), ("card-expiry", "11/29"), ("card-code", "318")], dec=[("upc", "850012447302")],
notes="complete POA; full card, expiry and CVV pasted; no policy named ('missing product identifier' is a description) - judgment")

# ---------------- account appeals, part 3 ----------------
M("poa-counterfeit-zh-063", A, "counterfeit", "US", "chinese", "Plan of Action - Anti-Counterfeiting",
"""Dear Seller Performance Team,

We have received your notice about Amazon Anti-Counterfeiting Policy violation for our earphone listings.

Root cause:
Our purchase staff bought 500 units of earphone from a Huaqiangbei market trader because the price was low, he said they are original. We did not ask for brand authorization.

Corrective actions:
We are very sorry about this. We deeply regret and we know that the customer trust is the most important. We respect the Amazon rules and the rights of brand owners. We have learned a lesson.

Preventive measures:
1. Only buy from brand authorized distributors with authorization letter.
2. Finance will not pay any supplier without invoice and authorization.
3. Monthly audit of all suppliers by our compliance manager.

Shenzhen Audiowave Technology""",
style="colon", rc="Root cause:", pr="Preventive measures:",
pol=["Amazon Anti-Counterfeiting Policy"],
notes="judgment: 'Corrective actions:' holds only regret and respect, no action taken or planned: corrective absent; regret is mild, not emotional")

M("poa-late-in-064", A, "late-shipment", "IN", "indian", "Reinstatement - LSR",
"""Dear Team,

Our account has been deactivated due to Late Shipment Rate above 4%.

Corrective actions already taken:
- We have enrolled in Easy Ship so that Amazon pickup comes daily.
- Handling time increased from 1 day to 2 days for all listings.
- Backlog of 44 orders dispatched on 5th March.

Preventive actions:
- Daily dispatch report to be checked by the owner at 5 PM.
- Additional packer to be hired during sale events.

Kindly review and reinstate our account.

Regards,
Sunita Reddy
Reddy Handlooms, Hyderabad""",
style="colon", co="Corrective actions already taken:", pr="Preventive actions:",
pol=["Late Shipment Rate"],
notes="no root cause at all")

M("poa-tracking-native-065", A, "valid-tracking", "US", "native", "Appeal - valid tracking",
"""Seller Performance,

Our Valid Tracking Rate dropped to 89% because our warehouse software stopped syncing tracking numbers to Amazon after an update in February; labels were printed in ShipStation but the numbers never posted back. We found the broken connector on March 1.

We plan to reconnect the integration, upload the missing tracking for open orders, and contact the software vendor about the bug.

Going forward we will compare shipped orders with posted tracking every day and alert if any order has no tracking after 24 hours.

Thanks,
Kevin Marsh, Fulton Street Outfitters""",
style="none", rc="Our Valid Tracking Rate dropped to 89% because", co="We plan to reconnect the integration", done=False, pr="Going forward we will compare",
pol=["Valid Tracking Rate"],
notes="native; no headings; corrective plan only ('We plan to'): not-done")

M("poa-drop-latam-066", A, "drop-shipping", "US", "latam", "Appeal - dropshipping",
"""Hello Seller Performance,

My name is Lucas Ferreira from Brazil, my store is Casa Verde Imports. Amazon deactivated my account because violation of the Drop Shipping policy.

ROOT CAUSE: I used a supplier in Miami that ships directly to my customers, but the packing slip has the supplier name and not my store. I did not know this is a problem.

WHAT I CHANGED: I talked with the supplier. 

PREVENTION: All the products will have my packing slip and my store name, and I will check one order every week to see the package.

Thank you, obrigado,
Lucas Ferreira""",
style="caps", rc="ROOT CAUSE:", pr="PREVENTION:",
pol=["Drop Shipping policy"], dec=[("foreign-snippet", "obrigado")],
notes="Brazilian writer; judgment: 'WHAT I CHANGED: I talked with the supplier.' does not say any change was made - corrective absent")

M("poa-safety-zh-067", A, "product-safety", "US", "chinese", "申诉 account - product safety",
"""Dear Amazon,

Our account is deactivated because the space heater complaint of customer, the heater was burning.

What we have did:
1. Removed all units from FBA, 760 pcs.
2. Refunded all buyers in last 90 days.
3. Sent the product to SGS for UL 1278 test.

How to prevent:
1. Every heater model need UL certificate before sell.
2. Random test 5% units in each shipment.

Please reactivate us, we cannot sleep, we cannot eat, the company will die, we beg you, we beg you!!!

Ningbo Warmhome Appliance""",
style="colon", co="What we have did:", pr="How to prevent:",
pol=[], emo=["we cannot sleep, we cannot eat, the company will die", "we beg you, we beg you!!!"],
notes="no root cause; pleading; no policy named ('space heater complaint' is not a policy)")

M("appeal-nopoa-ko-068", A, "price-gouging", "US", "other-non-native", "Request account reactivation - pricing",
"""Dear Amazon Seller Performance,

This is Busan Marine Goods. Our account was deactivated for the Fair Pricing Policy. We think this is a system error. Our price for the life jacket was $49.00 for 2 years and we never changed it. Maybe other seller had the buy box with a high price, and the system thought it was our price.

Please check our price history in our account. We attach the screenshots of our pricing page from January to March 2026.

Thank you for checking.
Jung Hae-won""",
pol=["Fair Pricing Policy"],
notes="no POA: claims a system error; calm; policy named")

M("poa-inauth-tr-069", A, "inauthentic", "DE", "turkish", "Widerspruch / Appeal - inauthentic",
"""Dear Seller Performance team,

Our account Ege Olive Oil was deactivated because of inauthentic item complaints (Authenticity policy).

Root cause: Two buyers said the olive oil bottle label looked different. In January we received a new label design from our printing company and we started using it, but the listing images still showed the old label.

Corrective actions: We will update the images to the new label. We will send the buyers an explanation and refund. We will send our production invoices and the certificate of origin from the Aydın olive cooperative to Amazon.

Prevention: Any packaging change will first be updated on the listing.

Teşekkürler,
Burak Öztürk""",
style="inline", rc="Root cause:", co="Corrective actions:", done=False, pr="Prevention:",
pol=["Authenticity policy"], dec=[("foreign-snippet", "Teşekkürler")],
notes="Turkish seller on DE in English; corrective future only: not-done")

M("poa-related-native-070", A, "related-accounts", "UK", "native", "Related account appeal",
"""Dear Seller Performance,

Our account was deactivated because it is linked to another account. The other account is my ex-husband's; we shared a home office until our divorce in 2025. She still sells from her own account and we have had no business contact since the split. The shop has been running for eleven years without a performance problem.

We're sorry this wasn't dealt with sooner.

Kind regards,
Fiona Grant
Grant & Daughters Pottery""",
style="none", rc="The other account is my ex-husband's",
pol=[],
notes="very short; only a cause, no corrective, no preventive; names no policy")

M("poa-tracking-zh-071", A, "valid-tracking", "UK", "chinese", "POA Valid tracking + bank update",
"""Dear team,

Our account is deactivated because Valid Tracking Rate low. Our POA:

Root cause: our logistic company in Shenzhen upload tracking number late, some number can not be tracked in UK.
Action done: we changed to Royal Mail integrated service through Amazon Buy Shipping from 2026-02-20.
Prevention: daily check of the tracking upload.

Also, we changed our deposit bank. New account: IBAN GB04BARC60161331926819, name Shenzhen Longda Trading. Please update.

Thanks!""",
style="inline", rc="Root cause:", co="Action done:", pr="Prevention:",
pol=["Valid Tracking Rate"], sec=[("iban", "GB04BARC60161331926819")],
notes="complete short POA plus an IBAN pasted in")

M("poa-condition-pk-072", A, "condition", "US", "other-non-native", "Appeal condition complaint",
"""Dear Team,

Our account was deactivated for too many "item not as described - used/damaged" complaints under the Condition Guidelines.

Reason: Our leather jackets were stored in a humid warehouse in Karachi and some got a smell and mold spots. We did not inspect before shipping to FBA.

Action: We apologise for this.

Prevention: Jackets will now be stored in a dehumidified room and inspected one by one before shipment.

Regards,
Zeeshan Akhtar""",
style="inline", rc="Reason:", pr="Prevention:",
pol=["Condition Guidelines"],
notes="judgment: 'Action: We apologise for this.' is not a corrective action; corrective absent")

M("poa-idv-in-073", A, "identity-verification", "IN", "indian", "Appeal - Seller verification - BSA",
"""Dear Team,

Our account Shakti Electricals was deactivated as per Section 3 of the BSA for failing verification.

Steps completed:
1. Uploaded fresh PAN card and Aadhaar of proprietor.
2. Uploaded cancelled cheque of the current account with matching name.
3. Completed the video verification on 6 March 2026.

Steps to avoid recurrence:
1. Keep all KYC documents updated and ensure the name is identical in all documents.

Request you to kindly reinstate. IFSC of the bank is SBIN0004567 for your reference.

Thanks,
Ramesh Patil""",
style="numbered", co="Steps completed:", pr="Steps to avoid recurrence:",
pol=["Section 3 of the BSA"], dec=[("ifsc", "SBIN0004567")],
notes="no root cause: never says why verification failed")

M("poa-price-vi-074", A, "price-gouging", "US", "other-non-native", "Appeal Fair Pricing",
"""Dear Amazon team,

Our account is deactivated because of price, Amazon said it is not fair price (Fair Pricing Policy). The listing is hand sanitizer gel 500 ml.

Cause: During the shortage, our supplier increase price 3 times, so we also increase price to $29.99.

Fix: We will discuss with the team.

Future: We always follow the Fair Pricing Policy and we check competitor prices every week and keep our price not higher than 10% from the average.

Thank you,
Dang Quoc Bao""",
style="inline", rc="Cause:", pr="Future:",
pol=["Fair Pricing Policy"],
notes="judgment: 'Fix: We will discuss with the team.' is no corrective action; corrective absent")

M("cover-iptm-native-075", A, "ip-trademark", "US", "native", "Appeal - trademark - see attached plan of action",
"""Hello,

On behalf of Redwood Trail Gear, please find attached our plan of action (Redwood_POA_TM_March2026.pdf) regarding the trademark infringement complaint received on March 2, 2026, along with the rights owner's retraction and our supplier invoices.

The attached plan covers the cause, the actions completed and the controls we've put in place. We're happy to answer any follow-up questions.

Best,
Alicia Monroe
Compliance Lead, Redwood Trail Gear""",
att=True, pol=["trademark infringement"], dec=[("file-name", "Redwood_POA_TM_March2026.pdf")],
notes="native cover letter; POA attached")

M("cover-related-in-076", A, "related-accounts", "IN", "indian", "Appeal for related account - POA attached",
"""Dear Seller Performance Team,

Greetings! With reference to the deactivation of our account Anand Sarees for being related to a suspended account, we are attaching herewith our detailed Plan of Action along with the supporting documents (rental agreement, separate GST certificate and electricity bill).

Kindly go through the attached document and do the needful. For any clarification, please feel free to contact us at anand.sarees@example.in.

Regards,
Prakash Anand""",
att=True, pol=["related to a suspended account"],
notes="cover letter with POA attached; 'do the needful' is not emotional")

# ---------------- FBA reimbursement ----------------
M("fba-lostin-zh-077", F, "", "US", "chinese", "Shipment FBA18QW3ZK7P missing 120 units",
"""Hello Seller Support,

Our shipment FBA18QW3ZK7P was delivered to ONT8 on 2026-02-25, the carrier POD show 12 cartons, but Amazon only received 8 cartons, 120 units are missing.

SKU: HB-PILLOW-GRY, FNSKU X003KQ7L2M
Tracking (UPS): 1Z9W48E20341178826
BOL no.: 604718253

We attach the POD and the packing list. Please investigate and reimburse the missing units. The cartons were all same size and weight, 10 units in each carton.

Thank you!
Qingdao Haibei Textile""",
topic="lost-inbound", dec=[("shipment-id", "FBA18QW3ZK7P"), ("fnsku", "X003KQ7L2M"), ("tracking-number", "1Z9W48E20341178826"), ("bol-number", "604718253")],
notes="9-digit BOL number (fails ABA) is a decoy")

M("fba-whlost-in-078", F, "", "IN", "indian", "Reimbursement for lost inventory at FC",
"""Dear Seller Support,

As per the inventory ledger, 32 units of SKU STEEL-BTL-1L were marked as lost in BLR7 on 14 Feb 2026 and we have not yet received any reimbursement even after 30 days.

Kindly check and reimburse. Also please credit the amount to our new bank account as the old one is closed: A/c No. 918020047733152, Axis Bank, IFSC UTIB0000245.

Regards,
Arvind Nair""",
topic="warehouse-lost", sec=[("bank-account", "918020047733152")], dec=[("ifsc", "UTIB0000245")],
notes="bank account number in a reimbursement request")

M("fba-dmg-vi-079", F, "", "US", "other-non-native", "damaged inbound - ceramic bowls",
"""Hello,

My shipment FBA17PLK2W9D was received with 46 units damaged by Amazon warehouse. The cartons were good when the carrier pick up, I have photos of every carton. Please reimburse for the damaged units.

Unfortunately this is the second time this month. I am not upset, I only want to understand how the units are handled, maybe I need better packing.

Thank you,
Bui Thi Lan""",
topic="damaged-inbound", dec=[("shipment-id", "FBA17PLK2W9D"), ("mild-word", "Unfortunately"), ("mild-word", "I am not upset")],
notes="calm with mild words")

M("fba-return-native-080", F, "", "US", "native", "Customer return not received - refund issued",
"""Hi,

Order 113-4829104-7731620 was refunded to the buyer on Feb 3, 2026, but the item (a $140 cast iron griddle) was never returned to our inventory. It's now been 45 days. The return tracking shows nothing after label creation, and the buyer never answered our message.

Can you please either locate the return or reimburse us under the FBA customer returns policy?

Thanks,
Jenna Fox""",
topic="customer-return", pol=["FBA customer returns policy"], dec=[("order-id", "113-4829104-7731620")],
notes="policy named in a non-appeal (T007 does not apply)")

M("fba-removal-ko-081", F, "", "US", "other-non-native", "Removal order units missing",
"""Dear Seller Support,

Our removal order LK29QX7M was shipped to our 3PL warehouse in New Jersey, but the 3PL received only 310 of 400 units. The carrier is UPS, tracking 1Z4F76A10398811201.

Please check the removal shipment and reimburse 90 missing units. Our 3PL receiving report is attached, it shows 31 cartons received from 40 cartons on the removal.

Thank you,
Han So-ra
Gangnam Kitchenware""",
topic="removal", dec=[("removal-order-id", "LK29QX7M"), ("tracking-number", "1Z4F76A10398811201")],
notes="plain removal claim")

M("fba-lostin-de-082", F, "", "DE", "other-non-native", "Fehlende Einheiten in Sendung FBA15R7HQ2WK",
"""Sehr geehrtes Seller-Support-Team,

unsere Sendung FBA15R7HQ2WK wurde am 3. März 2026 im Logistikzentrum LEJ1 zugestellt. Laut Zustellnachweis waren es 6 Kartons mit insgesamt 240 Einheiten, eingebucht wurden aber nur 180 Einheiten. Es fehlen also 60 Einheiten des Artikels mit der SKU HW-THERMO-500.

Im Anhang finden Sie den Zustellnachweis von DHL, die Packliste und die Rechnung. Wir bitten um Prüfung und Erstattung der fehlenden Einheiten.

Mit freundlichen Grüßen
Stefan Krüger
Krüger Haushaltswaren GmbH""",
lang="de", topic="lost-inbound", dec=[("shipment-id", "FBA15R7HQ2WK")],
notes="German seller writing German on DE, where it is normal: T001 only if the rule ignores marketplace")

M("fba-whdmg-zh-083", F, "", "UK", "chinese", "仓库损坏赔偿",
"""您好，

我们的库存在亚马逊仓库 LTN4 被损坏了，一共 25 件，SKU 是 LED-DESK-WHT。库存报告显示损坏原因是仓库操作，但是到现在还没有收到赔偿，已经超过 30 天了。

我们之前已经开过一次案例，客服说会转给相关部门处理，但是没有任何回复。请帮忙检查并尽快赔偿。谢谢！

深圳光之源照明有限公司""",
lang="zh", topic="warehouse-damaged",
notes="Chinese text on UK: T001 positive")

M("fba-lostin-tr-084", F, "", "US", "turkish", "Lost inbound - urgent",
"""Hello,

Our shipment FBA16TK3MRQ9 with 500 bath towels was delivered to PHX7 on 12 February. Only 300 were received. We opened two cases already and every time we get the same template. This is killing our business, we are losing our minds with this support system! Nobody reads what we write! Three cases, 40 days, no answer, it's a nightmare!!!

Please, just reimburse the 200 units.

Mehmet Arslan""",
topic="lost-inbound", emo=["This is killing our business, we are losing our minds with this support system!", "it's a nightmare!!!"], dec=[("shipment-id", "FBA16TK3MRQ9")],
notes="emotional non-appeal")

M("fba-return-latam-085", F, "", "MX", "latam", "Reembolso por devolución no recibida",
"""Hola equipo de Amazon,

El pedido 701-2298471-5563018 fue reembolsado al cliente el 2 de febrero de 2026, pero el producto (una licuadora de 1,200 pesos) nunca regresó a nuestro inventario. Ya pasaron más de 45 días y el rastreo de la guía de devolución no muestra ningún movimiento desde que se creó la etiqueta.

Por favor revisen la devolución y hagan el reembolso correspondiente. Gracias.

Saludos,
Mariana López Cruz
Cocina Viva MX""",
lang="es", topic="customer-return", dec=[("order-id", "701-2298471-5563018")],
notes="Spanish on MX, where it is normal")

# ---------------- technical issues ----------------
M("tech-login-zh-086", T, "", "US", "chinese", "Can not login Seller Central - two step verification",
"""Hello Seller Support,

Our boss changed his phone and now we can not receive the Two-Step Verification code. We try many times but the page always say "the code you entered is not valid".

Please help us reset the 2SV. Our login email is ops@hengyuan-example.cn and the password is Hengyuan@8826. Also the code which come to the old phone last time is 730164, maybe it can help.

Thank you very much!
Hengyuan Trading""",
topic="login", sec=[("password", "Hengyuan@8826"), ("one-time-code", "730164")], dec=[("verification-code-word", "Two-Step Verification code")],
notes="password and a code given to support")

M("tech-deposit-native-087", T, "", "US", "native", "Deposit method rejected",
"""Hi,

I'm trying to update my deposit method and Seller Central keeps rejecting it with "The bank account information could not be verified".

Routing: 121000358
Account: 4418820937

The account is a business checking account in the name of Blue Heron Paper LLC, same as my legal name on the account. Could you tell me why it's failing?

Thanks,
Owen Tate""",
topic="deposit-method", sec=[("routing-number", "121000358"), ("bank-account", "4418820937")],
notes="routing and account number pasted")

M("tech-upload-in-088", T, "", "IN", "indian", "Flat file upload error 8560",
"""Dear Team,

While uploading the inventory flat file (file name Kurta_Upload_Mar26.xlsm), we are receiving error code 8560 for 46 SKUs. The batch ID is 58129034771 and the processing report says "SKU does not match any ASIN".

We have verified that all EANs are from GS1 India. Kindly check and advise at the earliest, as the festival season orders are starting.

Regards,
Kavita Joshi""",
topic="listing-upload", dec=[("file-name", "Kurta_Upload_Mar26.xlsm"), ("error-code", "8560"), ("batch-id", "58129034771")],
notes="IDs and error codes are decoys")

M("tech-page-ja-089", T, "", "JP", "other-non-native", "セラーセントラルの在庫ページが表示されません",
"""セラーサポートご担当者様

いつもお世話になっております。株式会社ミナトクラフトの佐藤です。

三月十日から、セラーセントラルの「在庫管理」ページを開くとエラーが表示され、商品の一覧が見られない状態が続いております。ブラウザのキャッシュを削除し、別のパソコンとブラウザでも試しましたが、同じエラーが出ます。

お手数ですが、原因の確認と対応をお願いいたします。

よろしくお願いいたします。
佐藤 健一""",
lang="ja", topic="page-error",
notes="Japanese on JP, where it is normal")

M("tech-report-es-090", T, "", "US", "latam", "Error en reporte de pagos",
"""Hola,

El reporte de transacciones de febrero 2026 no se puede descargar, siempre aparece el mensaje "Algo salió mal". Ya intenté con Chrome y con Firefox, y también desde otra computadora, y el resultado es el mismo. Necesito el reporte para mi contador esta semana, porque tengo que presentar la declaración de impuestos.

¿Me pueden ayudar por favor?

Gracias,
Diego Herrera
Herrera Imports LLC""",
lang="es", topic="report-error",
notes="Spanish on US: T001 positive")

M("tech-payment-ko-091", T, "", "US", "other-non-native", "Credit card charge method update error",
"""Dear Seller Support,

When I try to update the credit card for the monthly subscription fee, the page shows "Unable to process". I already tried 3 times.

The card is Visa ending 8931, issued by Shinhan Bank. The 16 numbers is 4716453331478931 and expiry 2029년 7월, please update manually if possible. I don't want the account to be suspended for not paying the fee.

Thank you,
Oh Sung-min""",
topic="payment-method", sec=[("card", "4716453331478931"), ("card-expiry", "2029년 7월")],
notes="Korean writer; card number and Korean-format expiry; 'ending 8931' alone would be safe")

M("tech-api-native-092", T, "", "US", "native", "SP-API app authorization failing",
"""Hello,

Our developer app (App ID amzn1.sp.solution.7d2e1b44-91c3-4a6f-b8f0-2c5e7d1a9f30) is returning an "invalid_grant" error when we refresh the LWA token since March 9. We haven't changed the client secret or the refresh token. Other sellers using the same app are not affected, and the app still shows as authorized on our Manage Your Apps page.

Can you check whether the authorization for our merchant token A3QZ8LK2W7M0RN was revoked?

Thanks,
Priyanka Desai, Lumen Commerce Tools""",
topic="api", dec=[("app-id", "amzn1.sp.solution.7d2e1b44-91c3-4a6f-b8f0-2c5e7d1a9f30"), ("merchant-token", "A3QZ8LK2W7M0RN"), ("password-word", "client secret")],
notes="'client secret' and 'refresh token' mentioned with no value")

M("tech-tax-pk-093", T, "", "US", "other-non-native", "Tax interview W-8BEN problem",
"""Dear Team,

I completed the tax interview for W-8BEN as a non-US individual from Pakistan. The system shows "Tax identity validation failed". My NTN number is 4210153-7, it is correct.

Please guide me what is wrong. I also uploaded my passport, and the name is written exactly the same as on the passport. I tried two times on different days.

Regards,
Faisal Raza""",
topic="tax-interview", dec=[("tax-id", "4210153-7")],
notes="tax ID is not a secret")

M("tech-login-native-094", T, "", "UK", "native", "Locked out after password reset",
"""Hi,

I reset my password this morning because I thought my account had been accessed from an unknown location. Now I'm stuck in a loop: I enter the OTP from my authenticator app, it accepts it, and then it sends me back to the sign-in page.

I've cleared cookies and tried two browsers. I haven't shared my password or any code with anyone. Could you look at the account session on your side?

Thanks,
Rachel Dunn""",
topic="login", dec=[("password-word", "password"), ("otp-word", "OTP")],
notes="password and OTP mentioned, no values")

M("tech-upload-vi-095", T, "", "US", "other-non-native", "Listing upload stuck - processing",
"""Hello team,

My new listing for rattan basket is still "processing" for 5 days, SKU RB-NATURAL-L. I upload with the Add a Product tool, I put UPC 196852447013, all information is complete.

Unfortunately I cannot sell before the listing is live, and Tet holiday is coming. Please help check. I also tried to delete and create again, but the SKU is still the same status.

Cảm ơn,
Nguyen Van Minh""",
topic="listing-upload", dec=[("upc", "196852447013"), ("mild-word", "Unfortunately"), ("foreign-snippet", "Cảm ơn")],
notes="calm with mild word and Vietnamese sign-off")

M("tech-deposit-tr-096", T, "", "DE", "turkish", "Deposit method - bank account verification",
"""Hello,

We want to add our Turkish bank account as deposit method for Amazon.de payouts. The form says IBAN is invalid.

Our IBAN: TR490006200011900006298133
Bank: Garanti BBVA, SWIFT TGBATRISXXX

The account is in the name of our company, Aydın Tekstil Ltd., which is the same as the legal name in Seller Central. Is Turkish IBAN supported for EUR payouts, or do we need a currency converter account? Thank you.

Selin Aydın""",
topic="deposit-method", sec=[("iban", "TR490006200011900006298133")], dec=[("swift-code", "TGBATRISXXX")],
notes="IBAN is a secret, SWIFT a decoy")

M("tech-report-zh-097", T, "", "US", "chinese", "Business report data wrong",
"""Dear Seller Support,

Our Business Report show sessions 0 for ASIN B0CR3TJ9XW from 2026-03-01 to 2026-03-10, but we have 214 orders in the same time. The report must be wrong. Our merchant ID is A1W9Z2XQ7K3PLM.

Our advertising console show clicks for the same ASIN, so traffic was not zero. Please fix the data, we need it for our advertising decision. Thanks!
Tianjin Greenleaf""",
topic="report-error", dec=[("asin", "B0CR3TJ9XW"), ("merchant-token", "A1W9Z2XQ7K3PLM")],
notes="plain technical issue")



if __name__ == "__main__":
    AUTHOR.write()
