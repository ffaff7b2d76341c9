#!/usr/bin/env python3
"""Author M's messages for the eighth set (written blind to the rules): texts and labels live here; running this script
rewrites messages/eighth-a/m-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("m-", "eighth-a")
M = AUTHOR.message


# ---------------------------------------------------------------- chunk 1: account appeals
M("poa-inauth-cn-001", A, "inauthentic", "US", "chinese",
  "Appeal for account deactivation - inauthentic complaints - Lumiere Home Store",
  """
Dear Amazon Seller Performance Team,

Thank you for give us the opportunity to explain. Our account Lumiere Home Store was deactivated on 2026-03-11 because of inauthentic item complaints on ASIN B0D7QK4M2R (silicone kitchen spatula set). We are sorry for the trouble caused to the buyer. Below is our plan of action.

## Root Cause

After check our records, the reason of the problem is we bought 600 pieces from a new trading company in Yiwu in January 2026 when our factory was closed for Spring Festival. This trading company could not give us invoice from the manufacturer, only a receipt. The packaging was also little different from our own brand box, so buyer think the item is not genuine. One customer (order 113-4820917-3356021) reported the item is "fake".

## Corrective Actions

- We have removed all the 412 units from the trading company out of FBA by removal order and destroyed them.
- We have refunded the customer fully and contacted him to explain.
- We have stopped to work with this trading company from 2026-03-12.
- We uploaded the manufacturer invoices of our factory (Ningbo Yuxin Silicone Products Co., Ltd.) for the remaining stock.

## Preventive Measures

1. All goods will only come from authorized manufacturer with invoice and letter of authorization.
2. Our purchasing manager Mr. Zhao checks every new supplier invoice before payment, we keep the documents 3 years.
3. Every inbound shipment is checked against the brand packaging sample before sending to FBA.
4. We will do a monthly review of all customer feedback with word "fake" or "not original".

We hope Amazon can reinstate our selling privileges. Thank you very much.

Best regards,
Zhang Wei
Lumiere Home Store
""", style="markdown", rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
  pol=["inauthentic item complaints"],
  dec=[("asin", "B0D7QK4M2R"), ("order-id", "113-4820917-3356021"),
       ("single-apology", "We are sorry for the trouble caused to the buyer")],
  notes="Classic Chinese-seller markdown POA, complete; single apology only.")

M("poa-related-in-002", A, "related-accounts", "UK", "indian",
  "Reinstatement request - related account - Sharma Exports",
  """
Respected Seller Performance Team,

Greetings from Sharma Exports, Jaipur. This is with reference to your notification dated 04/02/2026 that our account has been deactivated as it is related to another account which is not in good standing. We have gone through the notice carefully and kindly find our plan of action below.

1. Actions already taken
- We have closed the old account "Rajasthan Handicraft Hub" of our cousin Mr. Vikram Sharma.
- We have changed the internet connection of our office and the laptop is formatted.
- We have removed the common phone number +91 98290 55314 from the other account.

2. Steps to prevent in future
- Only our own staff will access our Seller Central with their own devices.
- We will not share office, bank account, credit card or internet with any other seller.
- Our accounts manager Mrs. Neha will check every month the login history in User Permissions.

We request you to kindly do the needful and reinstate our account at the earliest. Kindly revert back if any other document is required.

Thanks and regards,
Anil Sharma
Proprietor, Sharma Exports
""", style="numbered", co="1. Actions already taken", pr="2. Steps to prevent in future",
  pol=["related to another account which is not in good standing"],
  dec=[("phone", "+91 98290 55314")],
  notes="Numbered POA without a root-cause part: the actions (closing the cousin's account, new internet, formatted laptop) hint at shared resources but no cause is ever stated or analysed; judgment call labels root cause absent. Policy named by paraphrasing the notice.")

M("poa-odr-native-003", A, "odr", "US", "native",
  "Plan of action - Order Defect Rate - Copper Creek Outfitters",
  """
Hello,

I own and run Copper Creek Outfitters, a small camping gear shop out of Bozeman, MT. Our account was deactivated on March 2, 2026 because our Order Defect Rate reached 2.4%, above the 1% target. I know how frustrating a late or broken order is for a customer, and I take this seriously. Here is what happened and what I have done.

**Root cause**
In January I switched from shipping everything myself to a regional 3PL to save time. The 3PL mis-packed our ceramic camp mugs with no padding, and 19 orders arrived broken. Those buyers left negative feedback and filed A-to-z claims before I realised the pattern, because I was only reading the reports weekly.

**What I have already done**
- Pulled all inventory back from the 3PL on February 20 and ended the contract.
- Refunded or replaced every one of the 19 affected orders and replied to each negative feedback.
- Re-packed the remaining mug stock in double-wall boxes with molded pulp inserts.

**How I will prevent this**
- I now read the Customer Satisfaction dashboard every morning; a second broken-item message in the same week stops shipping of that SKU until I find out why.
- Any future fulfilment partner gets a two-week trial with 20 test orders shipped to friends and family first.
- Fragile SKUs are drop-tested (3 ft, 6 sides) before any new packaging goes live.

Thank you for reviewing this.

Dan Whitaker
Copper Creek Outfitters
""", style="bold", rc="Root cause", co="What I have already done", pr="How I will prevent this",
  pol=["Order Defect Rate"], dec=[("mild-word", "frustrating")],
  notes="Native, calm, complete; 'frustrating' refers to the customer's experience.")

M("poa-late-tr-004", A, "late-shipment", "CA", "turkish",
  "Appeal - late shipment rate - account suspended",
  """
Dear Amazon,

We are Anatolia Textile Ltd. from Denizli, Turkey, we sell bath towels and bathrobes on amazon.ca. Our account is suspended because our late shipment rate is 9% for the last 30 days. Please find our plan of action.

ROOT CAUSE
Our cargo company in Istanbul had a strike in February 2026 and they did not pick up the packages for 6 days. Also we was shipping with a promise of 2 days handling time which was too short for international shipment to Canada. Our team did not check the dispatch every day.

CORRECTIVE ACTIONS
We will change our handling time to 4 days for all our listings. We will make a contract with a second cargo company (Aras Kargo) for backup. We will add one more person for packing in our warehouse.

PREVENTIVE ACTIONS
Every day at 16:00 our warehouse manager will check the unshipped orders report and confirm all orders are dispatched. If the cargo company is late more than one day, we will use the backup cargo firm. We will check the late shipment rate every Monday in Account Health.

We respect the Amazon policies and we want to continue serving Canadian customers.

Saygılarımızla,
Mehmet Yıldız
Anatolia Textile Ltd.
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", done=False, pr="PREVENTIVE ACTIONS",
  pol=["late shipment rate"], dec=[("foreign-snippet", "Saygılarımızla")],
  notes="Corrective part future-only ('We will change... We will make...').")

M("poa-counterfeit-hk-005", A, "counterfeit", "US", "chinese",
  "POA - counterfeit complaint - ASIN B0CZ8XH3TT",
  """
To Seller Performance,

We are writing on behalf of Golden Harbour Trading (HK) Limited. Our listing of the wireless earbuds ASIN B0CZ8XH3TT received a rights owner complaint for counterfeit goods (complaint ID 1849302716), and our account is now under review.

Root cause:
We sourced the earbuds from a distributor in Huaqiangbei, Shenzhen, who told us they were factory overstock of the brand. We did not ask for the brand authorization letter. The rights owner confirmed that this distributor is not authorized, so the goods we sold were not genuine.

Corrective actions:
We have deleted the listing and sent removal order for all 230 units in FBA for disposal. We have issued refund to the 14 customers who purchased. We have cut off the distributor and reported them to the brand.

Preventive measures:
Thank you for your understanding and support. We value our relationship with Amazon very much and look forward to your positive reply.

Kind regards,
Kelvin Lau
Golden Harbour Trading (HK) Limited
Room 1203, 12/F, Tower 2, Kwun Tong, Kowloon
""", style="colon", rc="Root cause:", co="Corrective actions:",
  pol=["counterfeit goods"], dec=[("asin", "B0CZ8XH3TT"), ("complaint-id", "1849302716")],
  notes="'Preventive measures:' heading is followed only by thanks: labeled preventive absent (hollow heading).")

M("poa-review-ph-006", A, "review-manipulation", "US", "other-non-native",
  "Appeal - Reviews policy violation - Isla Crafts PH",
  """
Hi Amazon Seller Performance Team,

Good day! I am Maricel Santos, owner of Isla Crafts PH. We received notice that our account was deactivated because of activity that violates the Community Guidelines and the policy on customer product reviews. I have reviewed everything and I would like to explain.

The problem happened because last December our part-time VA put a small card inside the package of our rattan coasters saying "Leave us a 5-star review and get a free coaster". She saw it on a Facebook group for sellers and she thought it is ok. I did not check the insert card before it was printed, that is my mistake as the owner.

We have already thrown away all the remaining 1,800 insert cards and removed the cards from the FBA inventory through a removal order (removal order ID 7Q2KMD9PLX). The VA is no longer handling any customer communication, and she attended a training with me on the Amazon review rules. I also emailed the buyers who received the card via Buyer-Seller Messaging to tell them the offer is cancelled, without asking for any change of their review.

To make sure this never happens again, every printed material for our packages will now be approved by me personally and checked against the Amazon policy page before printing. We will only use the Request a Review button and the Vine program for getting reviews. I will re-read the policy every quarter when Amazon updates it.

We hope you can give us a chance to sell again, we really love serving Amazon customers.

Salamat po,
Maricel Santos
""", style="none", rc="The problem happened because", co="We have already thrown away",
  pr="To make sure this never happens again",
  pol=["Community Guidelines", "policy on customer product reviews"],
  dec=[("mild-plea", "give us a chance to sell again"), ("removal-order-id", "7Q2KMD9PLX"),
       ("foreign-snippet", "Salamat po")],
  notes="Filipino seller, no headings, complete POA by content cues.")

M("appeal-nopoa-bd-007", A, "inauthentic", "US", "other-non-native",
  "PLEASE HELP my account deactivated",
  """
Dear Sir/Madam,

Assalamu alaikum. I am Md. Rafiqul Islam from Dhaka, Bangladesh. My seller account Bengal Leather House is deactivated since 3 days and all my money is on hold. Please please help us. I am a small seller, I have only 4 workers and all of them depend on this business. We are begging you, kindly reactivate my account today. If my account is not opened my family will be on the street, I have loan from bank for the leather stock.

I do not understand what I did wrong. I only sell my own leather wallet and belts that my workers make by hand in our workshop in Hazaribagh. I have always shipped on time and my feedback is 98% positive. Someone complaining my product is not real but how can it be not real, I am the maker. Maybe a competitor did it.

Sir I promise I will do whatever Amazon says. Please tell me what documents you need, I will send immediately. I am waiting for your reply every hour.

Md. Rafiqul Islam
Bengal Leather House
""", pol=[], emo=["Please please help us", "We are begging you", "my family will be on the street",
                  "I am waiting for your reply every hour"],
  notes="No POA, no policy, emotional pleading. 'someone complaining my product is not real' does not name the inauthentic policy.")

M("cover-gouging-mx-008", A, "price-gouging", "US", "latam",
  "Appeal with attached Plan of Action - Fair Pricing Policy",
  """
Dear Seller Performance Team,

My name is Alejandro Ruiz, I am the director of Distribuidora Ruiz Monterrey S.A. de C.V. Our account was deactivated on 2026-01-28 because of a violation of the Amazon Fair Pricing Policy on our listings of N95 respirators and hand sanitizer.

I attach to this case our complete Plan of Action in PDF (POA_DistribuidoraRuiz_2026.pdf). It explains the root cause (an automatic repricer rule that copied the highest competitor price during the stock shortage), the actions we already completed and the controls we are putting in place for the future. I also attach our purchase invoices from 3M Mexico and the repricer settings screenshots before and after the change.

We are available for any call or additional information you need. Our phone is +52 81 5550 2277.

Atentamente,
Alejandro Ruiz
Distribuidora Ruiz Monterrey
""", att=True, pol=["Fair Pricing Policy"],
  dec=[("file-name", "POA_DistribuidoraRuiz_2026.pdf"), ("phone", "+52 81 5550 2277"),
       ("foreign-snippet", "Atentamente")],
  notes="Cover letter; the POA is attached. It summarises the root cause in one clause but has no POA of its own in the text.")

M("poa-dropship-cn-009", A, "drop-shipping", "UK", "chinese",
  "Appeal of deactivation - drop shipping policy",
  """
Dear Amazon Team,

We received your email that our account Qingfeng Store violated the drop shipping policy because customers received packages with other retailer invoice. We have seriously investigate and here is our plan of action.

A. The reason of the problem
In December 2026 peak season our own warehouse in Dongguan was out of stock for the LED desk lamps. Our operator bought 37 lamps from another online store and asked them to ship direct to our Amazon customers. The packages had the other store's name and packing slip inside, so we was not the seller of record on the package. Our operator did not know this is not allowed. (运营人员不了解亚马逊代发货政策.)

B. What we have did
1. We stopped all the purchase from other online stores immediately, on 2026-12-19.
2. We contacted all 37 customers, apologized and offered a full refund or return.
3. We trained our 5 operators on the drop shipping policy, the training record is kept.

C. Measures to avoid the same problem
1. When stock is low, we will set the listing to inactive instead of buying from other retailers.
2. We set a safety stock alert in our ERP for 30 days of sales.
3. Every package must be packed in our own warehouse with our invoice and our store name.

Sorry for the inconvenient caused. We hope Amazon give us one more chance.

Best wishes,
Chen Jing
""", style="lettered", rc="A. The reason of the problem", co="B. What we have did",
  pr="C. Measures to avoid the same problem", pol=["drop shipping policy"],
  dec=[("foreign-snippet", "运营人员不了解亚马逊代发货政策"), ("single-apology", "Sorry for the inconvenient caused"),
       ("mild-plea", "We hope Amazon give us one more chance")],
  notes="Lettered POA with a Chinese note in brackets; calm. Date says December 2026 (made up).")

M("appeal-idv-in-010", A, "identity-verification", "IN", "indian",
  "Identity verification failed - kindly reinstate",
  """
Dear Team,

Good morning. Our account Ganesh Electricals (Pune) has been deactivated because identity verification was not completed. We had uploaded the documents 3 times. Kindly find our Plan of Action.

Our POA - Why verification failed:
The name on our PAN card was "Ganesh Electricals Pvt Ltd" while the bank statement showed "Ganesh Electrical Private Limited". Also the utility bill uploaded was older than 180 days. Due to this mismatch the verification was failing.

Our POA - Steps taken:
We have obtained a fresh bank statement from the bank with the correct registered name. We have uploaded a new electricity bill dated 05-02-2026. For your ready reference, the bank account number is 50100234567891, IFSC HDFC0001234, branch Kothrud. GSTIN 27AABCG1234F1Z5.

Our POA - Going forward:
Our accountant will verify that all documents carry the exact same name as in the MCA registration before any upload. We will keep all documents updated every 6 months.

Kindly do the needful and revert at the earliest.

Regards,
Suresh Kulkarni
Director
""", style="our-poa", rc="Our POA - Why verification failed:", co="Our POA - Steps taken:",
  pr="Our POA - Going forward:", pol=["identity verification"],
  sec=[("bank-account", "50100234567891")],
  dec=[("ifsc", "HDFC0001234"), ("gst-number", "27AABCG1234F1Z5")],
  notes="Bank account number pasted in the text (secret); IFSC and GSTIN are decoys.")


# ---------------------------------------------------------------- chunk 2
M("poa-safety-jp-011", A, "product-safety", "US", "other-non-native",
  "Plan of Action regarding product safety deactivation (Sakura Living)",
  """
To Amazon Seller Performance Team,

We deeply apologize for the concern caused to customers. Our company, Sakura Living Co., Ltd. (Osaka), received a deactivation notice on 2026-02-17 regarding a product safety complaint for our ceramic heater fan, ASIN B0B9WQ7T1N. Please kindly find below our plan of action.

Cause of the problem
One customer reported that the power cord became hot after 3 hours of use. We investigated with our manufacturer. The cord used in the lot produced in November 2025 was 18 AWG instead of the specified 16 AWG, because the factory changed the cord supplier without notice to us. Our incoming inspection checked only appearance and function, not the cord specification.

Actions we have taken
We stopped sales of the ASIN on 2026-02-17 and removed all 540 units in FBA (lot number SKL-2511-04). We contacted the 212 customers who purchased from this lot by Buyer-Seller Messaging and offered full refund and free return label. We submitted the incident report to the CPSC on 2026-02-20. The manufacturer has replaced the cord on the new production and provided a UL test report of the new lot.

Prevention of recurrence
From now, any change of component by the factory requires our written approval. Our QC staff will measure the cord gauge and do a 4-hour heat test on 5 samples of every lot before shipping to FBA. We will keep the UL certificate and test report of each lot and review the customer safety feedback weekly.

Thank you for your kind consideration.

Sincerely,
Kenji Watanabe
Quality Assurance Manager, Sakura Living Co., Ltd.
""", style="plain", rc="Cause of the problem", co="Actions we have taken", pr="Prevention of recurrence",
  pol=["product safety"],
  dec=[("asin", "B0B9WQ7T1N"), ("lot-number", "SKL-2511-04"),
       ("single-apology", "We deeply apologize for the concern caused to customers")],
  notes="Japanese writer: one formal apology, plain headings, complete.")

M("poa-condition-au-012", A, "condition", "AU", "native",
  "Appeal - item condition complaints - Bluegum Books",
  """
Hi team,

Bluegum Books here (second-hand books, Ballarat VIC). We've been deactivated for too many "item not as described - condition" complaints in February 2026, against the used condition guidelines.

Root cause: honestly we're not 100% sure. It could be a few things. We get a lot of books in bulk lots and some of them slip through.

Corrective action: We've gone back through every listing graded "Used - Very Good" or better (about 2,300 books) and re-graded 310 of them down to "Good" or "Acceptable". We've refunded the 11 buyers who complained and told them to keep the book. We've also removed 48 books with water damage from sale completely.

Prevention: Every book now gets a second check by another person before it's listed, with a printed checklist (spine, pages, markings, dust jacket, smell). Anything borderline gets the lower grade. We'll re-read the condition guidelines with new staff on their first day.

Cheers,
Tash Murray
Bluegum Books
""", style="inline", co="Corrective action:", pr="Prevention:",
  pol=["used condition guidelines"],
  notes="Inline headings; the 'Root cause:' paragraph says they are not sure and gives no cause: labeled root cause absent (hollow).")

M("poa-restricted-my-013", A, "restricted-products", "UK", "other-non-native",
  "Appeal: Restricted Products violation - Harum Herbs",
  """
Dear Seller Performance,

Good day. We are Harum Herbs Sdn. Bhd. from Penang, Malaysia. Our account was deactivated on 2026-03-05 for listing a herbal slimming tea that contains senna leaf with claims that are not allowed under the Restricted Products policy (Drugs & drug paraphernalia). Below is our plan of action, lah we try to be complete.

## Why it happened
Our listing writer copied the product description from our Shopee page, which said "burns fat in 7 days" and "cures bloating". We did not know these are medical claims that cannot be used on Amazon UK. We also did not check the restricted ingredient list for senna.

## What we are going to do
- We will delete the 3 listings of the slimming tea.
- We will create a removal order for the 160 units at the FBA warehouse.
- We will rewrite all our other 22 listings to remove any health claim.

## How we will avoid it in future
- All new listings will be reviewed by our compliance officer, Ms. Tan, against the Restricted Products help pages before publish.
- We will not copy text from other marketplaces anymore.
- We will do a quarterly audit of all listings for claim words like "cure", "treat", "fat burn".

Thank you and hope to hear from you soon.

Regards,
Lim Wei Ling
Harum Herbs Sdn. Bhd.
""", style="markdown", rc="Why it happened", co="What we are going to do", done=False,
  pr="How we will avoid it in future", pol=["Restricted Products policy", "Drugs & drug paraphernalia"],
  notes="Malaysian English ('lah'); corrective section entirely future tense.")

M("poa-iptm-tr-014", A, "ip-trademark", "DE", "turkish",
  "Appeal - trademark infringement notice - Bosphorus Home",
  """
Dear Amazon Seller Performance,

Our account Bosphorus Home was deactivated on amazon.de because of a trademark infringement notice from the owner of the brand "Vellora" (complaint ID 7730184455). We sell Turkish cotton bed sheets. We write in English because our team does not speak German well.

1 - What caused the complaint
Our designer used the word "Vellora style" in the title and bullet points of 6 listings, because customers search this word for satin sheets. We did not know that using another registered brand name in our title is trademark infringement, even if the product is our own brand.

2 - What we already corrected
We removed the word "Vellora" from all titles, bullets, backend keywords and A+ content on 2026-03-09. We contacted the rights owner by email and apologized; they sent us a retraction on 2026-03-12 (attached). We checked all other 41 listings, no other brand name is used.

3 - How we prevent it
- Before every new listing, we will search the DPMA and EUIPO databases for every keyword that looks like a brand name.
- Our backend keywords will only contain generic words.
- Designer and listing team completed the Amazon Brand Registry and IP training videos.

Teşekkür ederiz for your time.

Best regards,
Elif Kaya
Bosphorus Home
""", style="numbered", rc="1 - What caused the complaint", co="2 - What we already corrected",
  pr="3 - How we prevent it", pol=["trademark infringement"],
  dec=[("complaint-id", "7730184455"), ("foreign-snippet", "Teşekkür ederiz")],
  notes="Numbered with dashes, Turkish seller on DE writing English; complete.")

M("poa-cancel-co-015", A, "cancel-rate", "US", "latam",
  "Plan de accion / Plan of action - cancellation rate",
  """
Hello Amazon Team,

My name is Camila Restrepo, I manage the store Café Andino Direct from Medellín, Colombia. Unfortunately our Pre-fulfillment Cancel Rate went to 6.8% in February and the account was suspended. I want to explain what happened and all that we did.

Root cause:
We sell coffee beans with Merchant Fulfilled from our warehouse in Miami. Our inventory is updated manually from an Excel file every 2 days. During the week of Valentine's, the sales were very high and the stock in Amazon stayed positive when our warehouse was already empty, so we had to cancel 41 orders.

Corrective actions:
We connected the warehouse system (Zoho Inventory) to Amazon with an automatic sync every 15 minutes, it is working since 2026-02-26. We corrected the quantity of all the 18 SKUs. We wrote to every customer that had a cancellation and gave a discount code for next purchase.

Preventive actions:
We will keep a buffer of 10 units per SKU, so Amazon shows out of stock before we are really at zero. Every Monday I will review the cancellation report and the sync log. Before holidays we will increase the stock in Miami by 50%.

Muchas gracias for reviewing our case.

Camila Restrepo
""", style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=["Pre-fulfillment Cancel Rate"],
  dec=[("mild-word", "Unfortunately"), ("foreign-snippet", "Muchas gracias")],
  notes="Calm; 'Unfortunately' is a mild word.")

M("poa-tracking-cn-016", A, "valid-tracking", "US", "chinese",
  "Appeal for VTR problem - store Mingda Outdoor",
  """
Dear Seller Performance Team,

Our store Mingda Outdoor was deactivated because the VTR is only 78%, lower than 95%. We are very regret. Here is our analysis and plan.

1. Root cause of the low VTR
Our logistic provider (Yunexpress special line) gave tracking numbers that are not scanned by the carrier in the first 3 days, because the packages are consolidated in Shenzhen and then handed to USPS in Los Angeles. Amazon can not see the tracking events for these packages, so they count as invalid. Example: tracking YT2602183366700012 was scanned only after 8 days. Also our staff typed the carrier name as "Other" for 60 orders.

2. How to prevent in future
- We will only use the carriers that are integrated with Amazon, like UPS, USPS, FedEx and the Amazon Buy Shipping.
- When we confirm shipment, we must choose the exact carrier name from the list, never "Other".
- Our team leader checks the VTR in Account Health every day, if lower than 97% she will report to manager immediately.

We sincerely hope Amazon reinstate our account. Thank you!

Mingda Outdoor Team
Hangzhou, China
""", style="numbered", rc="1. Root cause of the low VTR", pr="2. How to prevent in future",
  pol=["VTR"], dec=[("tracking-number", "YT2602183366700012")],
  notes="No corrective part at all (root cause then prevention). 'VTR' alone labeled as naming the Valid Tracking Rate policy (judgment call, like 'ODR').")

M("poa-scoc-native-017", A, "seller-code-of-conduct", "US", "native",
  "Appeal - Seller Code of Conduct - Northgate Supply (agency submission)",
  """
Seller Performance,

We represent Northgate Supply LLC (Columbus, OH). The account was deactivated on February 24, 2026 for violating the Seller Code of Conduct: the owner sent buyers messages through Buyer-Seller Messaging offering a partial refund if they "updated" their feedback, and asked two customers to contact him by personal email.

## Investigation
The owner personally handled messaging during a holiday staffing gap. He was not aware that offering compensation in exchange for feedback changes, or moving buyers off-platform, breaches the Code of Conduct and the communication guidelines. There was no written messaging procedure and no one reviewed outgoing messages.

## Immediate actions (completed)
- All 27 messages in question were identified from the messaging history; no further offers were made after February 20.
- The two buyers contacted off-platform were sent a note through Buyer-Seller Messaging saying they should disregard the request; no refunds were tied to feedback.
- Messaging permissions have been removed from the owner's user and restricted to one trained customer service employee.

## Long-term controls
- A written messaging SOP, with approved templates only, was adopted on March 1 and is reviewed quarterly.
- Every outgoing non-template message is reviewed by a second person before sending.
- All staff with Seller Central access complete the Amazon communication guidelines training each year.

Sincerely,
Rachel Okafor
Marketplace Compliance Partners, on behalf of Northgate Supply LLC
""", style="markdown", rc="Investigation", co="Immediate actions (completed)", pr="Long-term controls",
  pol=["Seller Code of Conduct", "Code of Conduct", "communication guidelines"],
  notes="Agency letter; unusual headings, complete.")

M("appeal-nopoa-cn-018", A, "related-accounts", "US", "chinese",
  "About my account deactivation, please review",
  """
Dear Amazon,

Our account Sunnyday Pet Supplies was deactivated on 2026-01-30. The email said our account is linked with another account. We are very confused, so we write this letter to explain our situation in detail.

Our company is Xiamen Sunnyday Pet Products Co., Ltd., registered in 2019. We have only one Amazon account, this one. Our products are pet beds and cat trees, all designed by our own team and produced in our own factory in Tong'an district. We have 5 years on Amazon with good performance, ODR always lower than 0.3% and no negative feedback in the last 12 months.

Last year we moved our office to a new building in Jimei. In the same building there are many other e-commerce companies, and the building provides one shared internet for all the offices. Maybe this is why Amazon thinks we are linked with other sellers, but we do not know them and we have no business with them. Also our former employee Ms. Huang left the company in October and we heard she opened her own store, but we never gave her our account or documents.

We have attached our business license, the lease contract of the new office, and the utility bill. We hope Amazon can check again and find that our account is independent.

We are sorry for the trouble, thank you for your time.

Best regards,
Lin Xiaoyu
Xiamen Sunnyday Pet Products Co., Ltd.
""",
  dec=[("single-apology", "We are sorry for the trouble"), ("unrelated-policy", "ODR")],
  notes="Long explanation with guesses at the cause but no plan of action (no fixes, no prevention) and no policy named: 'linked with another account' describes the problem only. 'ODR' appears as a metric, not as the policy the appeal answers (judgment call: not cited).")

M("poa-usednew-ie-019", A, "used-sold-as-new", "UK", "native",
  "Appeal - used sold as new complaints - Liffey Tech Deals",
  """
Hello,

I run Liffey Tech Deals from Dublin and sell refurbished and new phone accessories on amazon.co.uk. The account was deactivated on 10 March 2026 after several buyers reported that items listed as New arrived with signs of use, which breaks the condition policy for used items sold as new.

What went wrong:
Customer returns were going back into sellable stock without anyone opening them. Some of those returns had been used (scuffed chargers, opened earbuds) and were then shipped to the next buyer as New.

What I've done about it:
I have pulled every returned unit from the last 90 days (74 units) out of the New listings and moved them to Used - Good listings after inspection, or scrapped them. I have refunded the nine buyers who complained. I will also be contacting the supplier about better tamper seals on the packaging next week.

What changes from now:
Returns go into a separate bin and are never restocked as New, full stop. If the seal is broken it is Used, no debate. I'll spot check 10% of outgoing New orders every Friday.

Thanks for taking the time,
Ciarán Byrne
""", style="colon", rc="What went wrong:", co="What I've done about it:", pr="What changes from now:",
  pol=["condition policy for used items sold as new"],
  notes="Irish native seller; corrective part mixes done actions with one future action: corrective_done true.")

M("poa-copyright-in-020", A, "ip-copyright", "US", "indian",
  "POA for copyright infringement - Rangoli Prints",
  """
Dear Sir/Madam,

This is to inform you that we have received the notice regarding copyright infringement on our listings of printed cushion covers (ASIN B0DL4R8ZC2, B0DL4S1MQ9). The rights owner (an illustration studio) has stated that our designs are copied from their artwork. Our account has been deactivated. Please find the POA below.

ROOT CAUSE ANALYSIS
Our design team downloaded the floral artwork from a free wallpaper website which did not show any copyright details. We assumed the images were free for commercial use. No licence check was done before printing.

CORRECTIVE ACTION PLAN
We shall delete both listings. We shall dispose of the 95 units lying in FBA via removal order. We shall contact the rights owner and request them to withdraw the complaint after confirming the destruction of the stock.

PREVENTIVE ACTION PLAN
All artwork will be created in-house or purchased from licensed stock websites with proper invoice. Our design head will maintain a licence register for every design. Monthly audit of all listings will be done by the compliance executive.

We assure you that such a mistake will not be repeated. Kindly reinstate our account at the earliest.

Thanks & Regards,
Pradeep Nair
Rangoli Prints, Kochi
""", style="caps", rc="ROOT CAUSE ANALYSIS", co="CORRECTIVE ACTION PLAN", done=False,
  pr="PREVENTIVE ACTION PLAN", pol=["copyright infringement"],
  dec=[("asin", "B0DL4R8ZC2"), ("asin", "B0DL4S1MQ9")],
  notes="Indian formal English; corrective plan written with 'We shall' only: not done.")


# ---------------------------------------------------------------- chunk 3
M("appeal-nopoa-native-021", A, "odr", "US", "native",
  "Deactivated over ODR - unacceptable",
  """
To whoever reads these,

I have sold on Amazon for eleven years. Eleven. My store, Red Barn Hardware, was shut off yesterday because our Order Defect Rate supposedly hit 1.3% over a period when we shipped 2,900 orders. Fourteen A-to-z claims, and at least half of those were buyers who never even contacted us first.

This is absolutely ridiculous. I have six employees in a small town in Ohio who are now sitting around with nothing to pack. Nobody at Amazon has picked up a phone. I have opened four cases and every answer is a copy-paste.

If this isn't fixed by Friday I will be contacting my attorney and my congressman, and I will be telling every seller forum exactly how Amazon treats the people who built its marketplace.

Reinstate the account.

Gary Lindqvist
Red Barn Hardware
""", pol=["Order Defect Rate"],
  emo=["This is absolutely ridiculous", "If this isn't fixed by Friday I will be contacting my attorney and my congressman",
       "I will be telling every seller forum exactly how Amazon treats the people who built its marketplace"],
  notes="Angry native seller: threats, no POA at all. Policy named.")

M("poa-review-cn-022", A, "review-manipulation", "US", "chinese",
  "We beg Amazon give us last chance - review abuse appeal",
  """
Dear Amazon Seller Performance Team,

We are so so sorry, we are really very sorry. Our account FreshNest Kitchen was deactivated for review manipulation. We beg you please please give us last chance, our company has 30 workers and this is our only income. We will never never do again.

**The reason**
Our new operator joined in January. To improve ranking of our new product (garlic press, ASIN B0C3YHRW8P), he contacted a "review service" in a WeChat group and paid them to place 25 orders and leave 5-star reviews. The manager did not know this. This is against the Amazon Customer Product Reviews policy.

**What we have done**
- We have fired this operator on 2026-02-08.
- We stopped all contact with the review service and deleted the WeChat group.
- We have not given any refund or free product for review since.
- All our staff (12 people) learned the Amazon review policy and signed a commitment letter.

**How we avoid it in future**
- All promotions must be approved by the general manager.
- We only use Amazon Vine and Request a Review.
- Every month our manager checks the operator's payment records and chat records.

Please forgive us, we know our mistake, please Amazon. We are waiting your good news day and night.

FreshNest Kitchen
""", style="bold", rc="The reason", co="What we have done", pr="How we avoid it in future",
  pol=["review manipulation", "Customer Product Reviews policy"],
  emo=["We are so so sorry, we are really very sorry", "We beg you please please give us last chance",
       "We will never never do again", "Please forgive us, we know our mistake, please Amazon",
       "We are waiting your good news day and night"],
  dec=[("asin", "B0C3YHRW8P")],
  notes="Complete POA wrapped in heavy pleading and repeated apology: emotional.")

M("poa-listing-jp-023", A, "listing-policy", "JP", "other-non-native",
  "Appeal regarding detail page rules violation",
  """
Dear Amazon.co.jp Seller Performance Team,

Thank you for your continued support. We are Kitsune Goods, a seller of stationery. We write in English since our operations staff is based in Singapore. Our account was deactivated because of violations of the product detail page rules: we created new detail pages for products which already existed in the catalog (duplicate ASINs).

(a) Root cause
When we changed our packaging in January 2026, our staff thought a new package needs a new ASIN, so 14 duplicate detail pages were created for the same pens. Our staff did not confirm the catalog rules for packaging changes.

(b) Corrective actions
We have closed all 14 duplicate listings and requested merge of the detail pages through Catalog support (case 18392047562). We moved the inventory back to the original ASINs and corrected the FNSKU labels at our prep center.

(c) Preventive actions
We are grateful for the guidance from Amazon. We believe that our relationship with Amazon customers is most important for us.

Best regards,
Ayumi Takahashi
Kitsune Goods
""", style="lettered", rc="(a) Root cause", co="(b) Corrective actions",
  pol=["product detail page rules"], dec=[("case-id", "18392047562")],
  notes="Japanese writer; '(c) Preventive actions' holds only gratitude, no measure: preventive absent.")

M("poa-psa-tw-024", A, "prohibited-seller-activities", "US", "chinese",
  "Appeal - prohibited seller activities (incentivized offer link)",
  """
Hello Seller Performance,

We are Formosa Cycling Parts from Taichung, Taiwan. On 2026-03-03 our account was deactivated for "Prohibited seller activities and actions", because our listing image and product insert directed buyers to our own website for a 15% discount.

Root cause --
Our marketing team designed the insert card in 2025 for our Shopify store and the same card was also put into the Amazon packages. We did not realize that diverting Amazon customers to another sales channel is a prohibited activity.

WHAT WE FIXED
1) The insert card was removed from all packaging; 1,200 cards at our warehouse were recycled.
2) The image with the website URL was replaced on all 9 ASINs on 2026-03-04.
3) We created a removal order for the FBA stock with cards inside, and the units were re-packed at our prep partner.

Prevention (long term)
- All packaging and images for Amazon are a separate version, approved by our compliance lead, Ms. Wu.
- Every year before the new catalog, we will re-check against the Seller Central policy pages.
- Our Amazon team and Shopify team will not share design files without compliance approval.

Thank you for your consideration.
Formosa Cycling Parts Co., Ltd. / 福爾摩沙單車零件有限公司
""", style="mixed", rc="Root cause --", co="WHAT WE FIXED", pr="Prevention (long term)",
  pol=["Prohibited seller activities and actions", "prohibited activity"],
  dec=[("foreign-snippet", "福爾摩沙單車零件有限公司")],
  notes="Mixed heading styles (dash, caps, plain); traditional Chinese company name in signature.")

M("poa-related-ar-025", A, "related-accounts", "US", "latam",
  "Appeal - multiple selling accounts",
  """
Hi,

I am Martín Gómez from Córdoba, Argentina. My account Pampa Leather Goods was deactivated because Amazon found a relation with the account "MG Imports", which breaks the policy on operating multiple selling accounts.

Root cause: MG Imports was my first account, opened in 2021. I stopped using it in 2023 but I never closed it, and last year I forgot about it and opened Pampa Leather Goods with the same email domain and the same credit card. I did not know that I need a legitimate business need and approval to have two accounts.

Corrective actions: I have already requested the closure of MG Imports (case opened on 2026-02-14), I withdrew the remaining balance and removed all its listings. There is no inventory left in that account.

Preventive actions: I will operate only one account. If in the future I need a second account for a different brand, I will first request approval from Amazon. I keep a document with all my accounts and credit cards and check it every 6 months.

Gracias,
Martín Gómez
""", style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=["policy on operating multiple selling accounts"],
  dec=[("foreign-snippet", "Gracias")],
  notes="Argentine seller, inline headings at start of paragraph; 'credit card' mentioned with no number.")

M("poa-counterfeit-in-026", A, "counterfeit", "US", "indian",
  "Counterfeit complaint appeal - kindly review with card details for verification",
  """
Dear Amazon Seller Support,

We, Maruti Trading Company, Surat, have received your notice that our account is deactivated due to counterfeit complaint on the saree product sold under brand "Kalaniketan". Please find our plan of action as below.

1) Reason of complaint: We purchased 300 pieces from a wholesaler in Surat textile market who told us the goods were original Kalaniketan. We did not take any authorization letter or brand invoice.

2) Action taken: We have removed the listing, we have sent removal order for 180 units from FBA, and we have refunded all 6 buyers who complained.

3) Future prevention: We will purchase only from the brand directly or with distributor authorization letter. Every invoice will be checked by our partner Mr. Desai before any listing is created.

Also for verification of our account, our registered credit card is 4539 3562 3012 3836, expiry 07/28, CVV 482. Kindly verify and reinstate our account at the earliest.

Regards,
Hitesh Patel
Maruti Trading Company
""", style="numbered", rc="1) Reason of complaint:", co="2) Action taken:", pr="3) Future prevention:",
  pol=["counterfeit complaint"],
  sec=[("card", "4539 3562 3012 3836"), ("card-expiry", "07/28"), ("card-code", "482")],
  notes="Indian seller volunteers full card details 'for verification'; complete POA, numbered with 1) 2) 3).")

M("appeal-nopoa-tr-027", A, "identity-verification", "UK", "turkish",
  "Account deactivated - Section 3 of Business Solutions Agreement",
  """
Hello,

Our account Efes Ceramics was deactivated with reference to Section 3 of the Business Solutions Agreement, because Amazon could not verify our information. We have received the email on 2026-02-11 and we have already uploaded again our passport, our company registration (Ticaret Sicil Gazetesi) and a bank statement from Garanti BBVA.

Could you please tell us which document is not accepted? In the Seller Central page we only see "under review" since 10 days and there is no button to upload anything. We tried the video call verification but the link says "expired". Our phone number for a call: +90 232 555 41 07.

We are ready to send any additional document you need. We have 460 units in FBA warehouse in Dunstable and we would like to know what happens to them.

Best regards,
Burak Demir
Efes Ceramics Ltd. Şti.
""", pol=["Section 3 of the Business Solutions Agreement"],
  dec=[("phone", "+90 232 555 41 07"), ("foreign-snippet", "Ticaret Sicil Gazetesi")],
  notes="Account appeal with no plan of action (asks questions only); policy named; calm.")

M("poa-late-uk-028", A, "late-shipment", "UK", "native",
  "Late Dispatch Rate - plan of action - Thornfield Garden Supplies",
  """
Dear Seller Performance,

Thornfield Garden Supplies' selling privileges were removed on 18 February 2026 because our Late Dispatch Rate was 7.2% against the 4% target.

What we have changed
We moved from printing labels once a day at 3pm to two label runs, at 10am and 2pm, and we now use Click & Drop so every order is marked dispatched as soon as the label is printed. We also hired a part-time packer for Mondays, which is our busiest day. These changes have been running since 22 February and our LDR for the last 10 days is 0.4%.

Keeping it that way
Our warehouse lead checks the "Orders to dispatch today" view at 1pm every day. Any SKU that cannot ship within our handling time is switched to a 3-day handling time the same day. We review the Late Dispatch Rate every Monday morning with the whole team.

Kind regards,
Helen Marsh
Director, Thornfield Garden Supplies Ltd
""", style="plain", co="What we have changed", pr="Keeping it that way",
  pol=["Late Dispatch Rate", "LDR"],
  notes="UK native, plain headings; never says why dispatch was late: root cause absent.")

M("poa-inauth-cn-029", A, "inauthentic", "US", "chinese",
  "Appeal for our account - complaint of product not same as described",
  """
Dear Amazon,

We received complaints from buyers that our bluetooth speaker (ASIN B0BKX92LQD) is not genuine and our account is deactivated now.

After investigation we found that the problem is from our supplier. In the new batch of 2026 the supplier used a different logo printing on the speaker and a different box, they did not tell us. The buyers compared with the old pictures on the listing and thought it is fake product. We admit we did not check the new batch carefully before sending to Amazon warehouse.

We will remove all the new batch stock from FBA warehouse and we will update the listing pictures to match the real product. We will send the supplier invoice and the trademark certificate to Amazon. We will also contact every customer who left negative feedback to offer refund.

In future we will inspect every batch by ourselves in our warehouse before shipping, and compare with the listing photos. If supplier change anything they must tell us 30 days before.

Hope you can understand our situation and reinstate our account, thank you.

Shenzhen Haoyin Electronics
""", style="none", rc="After investigation we found that the problem is from our supplier",
  co="We will remove all the new batch stock", done=False,
  pr="In future we will inspect every batch",
  dec=[("asin", "B0BKX92LQD")],
  notes="No headings; corrective part future only; 'not genuine' / 'fake product' describe the complaint but no policy is named (judgment call).")

M("poa-odr-bd-030", A, "odr", "US", "other-non-native",
  "ODR appeal - Padma Home Textiles",
  """
Dear Seller Performance Team,

I am writing from Padma Home Textiles, Narayanganj, Bangladesh. Our account was deactivated because the ODR is above 1%. I am giving our plan of action.

1. Root Cause
We had many negative feedback in January 2026 because our cotton bedsheets were shipped by sea and the shipment was delayed 3 weeks at the port, so the FBA stock became out of stock and then we fulfilled some orders from Bangladesh by post. These orders arrived very late, after 25 days, and customers gave 1 star feedback and opened A-to-z claim.

2. Corrective Action
We understand the importance of customer satisfaction and we respect the Amazon customer metrics very much. Amazon is the best platform for customers and we are proud to be a seller here.

3. Preventive Action
- We will never fulfill orders from Bangladesh by post again; if FBA is out of stock the listing will be closed.
- We will send stock to FBA 60 days before it finishes, using air shipment when sea is delayed.
- Our manager Mr. Hossain will check the Account Health page every day.

Thank you Sir.

Best regards,
Kamrul Hasan
Padma Home Textiles
""", style="numbered", rc="1. Root Cause", pr="3. Preventive Action",
  pol=["ODR"],
  notes="'2. Corrective Action' heading holds only general statements, no action: corrective absent (hollow).")


# ---------------------------------------------------------------- chunk 4
M("poa-safety-br-031", A, "product-safety", "US", "latam",
  "Appeal - children's product certificate (CPSIA)",
  """
Dear Amazon team,

We are Brinquedos Alegria Ltda from Curitiba, Brazil. Our account was deactivated because our wooden baby rattles did not have a Children's Product Certificate as required by CPSIA.

## Root cause
We tested the rattles in Brazil with INMETRO certification and we thought this was valid for the USA. We did not know the US requires testing by a CPSC-accepted lab and a CPC document.

## Corrective actions
- We have removed the 3 rattle listings and the 420 units are now in a removal order (ID LMR82KQ0TZ).
- We have sent samples to an accepted laboratory in São Paulo, the test report is expected in April 2026.
- We have already written the CPC for our other wooden toys which were tested in 2025.

## Preventive actions
Obrigado pela compreensão. We hope to continue selling our toys to American families.

Atenciosamente,
Rafael Costa
""", style="markdown", rc="Root cause", co="Corrective actions",
  pol=["CPSIA", "Children's Product Certificate"],
  dec=[("removal-order-id", "LMR82KQ0TZ"), ("foreign-snippet", "Obrigado pela compreensão")],
  notes="Brazilian seller; 'Preventive actions' section holds only thanks in Portuguese: preventive absent.")

M("poa-gouging-native-032", A, "price-gouging", "US", "native",
  "Pricing appeal - Harbor Light Provisions",
  """
Seller Performance team,

Harbor Light Provisions (Portland, ME) was deactivated on January 9, 2026 after our listings for bottled water and batteries were priced far above recent prices during the winter storm emergency. We understand this falls under your fair-pricing rules, and we do not dispute it.

Cause. Our repricing tool was set with "match highest Buy Box competitor" and no ceiling. When other sellers ran out, the tool followed the one remaining outlier up to 4x our normal price. Nobody was watching the repricer over the holiday weekend.

Fix. We disabled the repricer on January 9, reset all 64 SKUs to their 90-day average price, and refunded the price difference to the 37 customers who bought at the inflated prices (total $1,184.20).

Prevention. Every SKU now has a hard maximum of 125% of its 90-day average in the repricer, and essentials (water, batteries, flashlights) are excluded from repricing altogether. An alert texts me when any price changes by more than 15% in a day.

Regards,
Owen Pelletier
""", style="inline", rc="Cause.", co="Fix.", pr="Prevention.",
  pol=["fair-pricing rules"],
  notes="Policy named in an unusual way ('your fair-pricing rules'). Refund total is a dollar amount, not a secret.")

M("appeal-nopoa-cn-033", A, "inauthentic", "US", "chinese",
  "账户被停用 - please check our account, login info inside",
  """
Dear Amazon Seller Performance,

Our store Mingyue Jewelry is deactivated for inauthentic complaint on sterling silver ring. We think it is mistake, all our rings are 925 silver made by our own workshop, we have the test report from NGTC.

To help you check our account fast, here is our login: email mingyue.jewelry2019@example.cn, 密码是 Sd#2026mingyue . You can login and see all our invoice and the inventory records. If there is verification code, please contact our manager Ms. Sun by WeChat.

We do not know what to do now, the funds of 38,000 USD are on hold. Please check and reinstate our account as soon as possible.

Thanks,
Sun Yue
Mingyue Jewelry
""", pol=["inauthentic complaint"],
  sec=[("password", "Sd#2026mingyue")],
  dec=[("verification-code-word", "verification code")],
  notes="No POA; Chinese seller pastes the Seller Central password after 密码是. 'verification code' is mentioned without a value.")

M("poa-condition-in-034", A, "condition", "IN", "indian",
  "Plan of Action - condition complaints - Shree Balaji Mobiles",
  """
Respected Team,

With reference to the deactivation of our account Shree Balaji Mobiles on 21-01-2026 for violating the condition guidelines (refurbished mobile phones received by customers with scratches while listed as "Renewed - Excellent"), we humbly submit our plan of action.

ROOT CAUSE
Our grading was done by a single technician, who was grading on function only and not on cosmetic condition. No written grading standard was present.

CORRECTIVE ACTIONS TAKEN
a) All 126 units in stock were re-inspected and 31 units were re-graded to "Good".
b) Full refund given to all 9 complaining customers.
c) Written grading chart with photos has been prepared and displayed at the grading table.

PREVENTIVE ACTIONS
a) Each phone will be graded by two technicians and photographed before dispatch.
b) Monthly random audit of 20 units by the owner.
c) Training of new technicians on Amazon Renewed guidelines before they start work.

Kindly consider our submission and reinstate the account. We shall be highly obliged.

Yours faithfully,
Ramesh Agarwal
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS TAKEN", pr="PREVENTIVE ACTIONS",
  pol=["condition guidelines", "Amazon Renewed guidelines"],
  dec=[("mild-plea", "We shall be highly obliged")],
  notes="Formal Indian English, 'humbly submit' and 'highly obliged' are politeness formulas, not pleading.")

M("appeal-nopoa-ph-035", A, "restricted-products", "US", "other-non-native",
  "Why my account is deactivated? insect spray",
  """
Hello po,

My name is Jerome Dela Cruz, owner of Luzon Home Essentials. My account got deactivated last week. The notice says about my citronella mosquito spray. I made this spray with my wife using citronella oil and lemongrass oil, it is all natural, no chemicals. We sell it on Lazada and Shopee for 2 years with good reviews and no problem.

In my listing I wrote that it "kills mosquitoes and repels dengue mosquitoes". I thought it is ok because it is true, many customers in the Philippines use it. I shipped 300 bottles to FBA in January and already sold about 120.

I do not understand why natural product is not allowed. Other sellers in the US have similar sprays. Can you please tell me what I should do to open my account again? I can change the listing or anything. Thank you and God bless.

Jerome Dela Cruz
""",
  dec=[("foreign-snippet", "Hello po")],
  notes="Talks at length about the product and the claim but names no policy and gives no plan (pesticide claims under restricted products, never named).")

M("poa-listing-cn-036", L, "listing-policy", "US", "chinese",
  "Listing reinstatement - ASIN B0CW2N7MFX removed for listing policy",
  """
Dear Catalog Team,

Our listing ASIN B0CW2N7MFX (car phone holder) was removed for violating the Amazon listing policy, because the main image had text "Best Seller 2026" and a logo of other brand.

Cause: our photographer used the image template of our Alibaba store where the text badge is normal. We did not know the main image must be pure white background without any text or badge.

For the future: all main images are checked by our listing manager with the product image requirements checklist before upload. We will check all our 35 listings every quarter.

Please reactivate the listing. Thank you!

Best regards,
Dongguan Zhixing Auto Accessories
""", style="inline", rc="Cause:", pr="For the future:",
  pol=["Amazon listing policy", "product image requirements"],
  dec=[("asin", "B0CW2N7MFX")],
  notes="Listing reinstatement with cause and prevention but never says the image was replaced: corrective absent.")

M("poa-patent-cn-037", L, "ip-patent", "US", "chinese",
  "Reinstatement request - patent complaint withdrawn",
  """
Dear Amazon Notice Dispute Team,

Our listings for the collapsible silicone water bottle (ASIN B0D1FZ4W2K and B0D1FZ6P8H) were removed because of a patent infringement notice (complaint ID 2026031840021), claiming our product infringes US Patent No. 11,482,906 B2.

Root cause: Our product design uses a folding ring structure that is similar to the patented design. Our R&D team only searched Chinese patents (CNIPA) before launch and did not search the USPTO database.

Actions done: We contacted the patent owner and reached a license agreement on 2026-03-14. The rights owner sent the retraction email to notice-dispute@amazon.com on 2026-03-15 (copy attached). We also changed the mold for the next production so the new version is different from the patent claims.

Prevention: Before any new product launch, we will do a freedom-to-operate search in USPTO and EPO with our patent attorney in Shenzhen. We keep the search report for every product.

Thank you.
Rita Wang, Shenzhen Ouke Home Products Co., Ltd.
""", style="inline", rc="Root cause:", co="Actions done:", pr="Prevention:",
  pol=["patent infringement"],
  dec=[("asin", "B0D1FZ4W2K"), ("asin", "B0D1FZ6P8H"), ("complaint-id", "2026031840021"),
       ("patent-number", "11,482,906 B2")],
  notes="Complaint ID is 13 digits; patent number with commas.")

M("poa-safety-in-038", L, "product-safety", "IN", "indian",
  "Listing deactivated - electric kettle - reinstatement request",
  """
Dear Team,

Our listing of 1.8L stainless steel electric kettle (ASIN B0CKJ37PQM) has been deactivated after customer complaints that the handle gets very hot and one customer got a small burn.

Root Cause: The handle was made of a cheaper plastic in the batch received in December 2025. Our vendor changed the material without informing us, and our inspection only checked that the kettle boils water.

Corrective Action: We have recalled the complete December batch, total 640 pieces, from the Amazon FC and from our Delhi godown. The affected customers have been refunded and the customer with the burn has been given compensation and medical expense support. The vendor has now supplied the handle with the original heat-resistant material and a BIS test report (R-41020117) for the new batch.

Kindly reinstate the listing. Kindly revert in case any further document is required.

Thanks & Regards,
Vivek Malhotra
Malhotra Home Appliances
""", style="colon", rc="Root Cause:", co="Corrective Action:",
  dec=[("asin", "B0CKJ37PQM"), ("certificate-number", "R-41020117")],
  notes="No preventive part; no policy named ('customer complaints' only).")

M("poa-cancel-tr-039", A, "cancel-rate", "DE", "turkish",
  "Plan of action - high cancellation rate",
  """
Dear Amazon Seller Performance,

We are Karadeniz Tea & Coffee from Rize, Turkey. Our selling rights were removed on amazon.de because the cancellation rate was 5.4%, over the 2.5% limit.

Root cause:
Customs clearance in Germany for our tea shipments took 3 weeks in January. Our FBA inventory ended, but our merchant-fulfilled offers from Turkey stayed active with wrong stock numbers. When orders came, we could not send them in time and had to cancel.

Corrective action:
We are going to set all merchant-fulfilled offers to zero stock. We are going to work with a German customs agent from next month. Our stock file will be connected to Seller Central with the API.

Preventive action:
We will keep 45 days of stock in FBA. Weekly, the operations manager checks the cancellation rate and the inventory planning page.

Saygılar,
Hasan Öztürk
""", style="colon", rc="Root cause:", co="Corrective action:", done=False, pr="Preventive action:",
  pol=["cancellation rate"],
  dec=[("foreign-snippet", "Saygılar")],
  notes="Turkish seller on DE in English; corrective part only 'going to' future.")

M("poa-review-au-040", A, "review-manipulation", "AU", "native",
  "Appeal - review policy - Saltbush Skincare",
  """
G'day Seller Performance,

I'm Kylie, owner of Saltbush Skincare. I'm not going to beg or make excuses: we broke the review rules and I want to set out exactly what happened and what's changed.

What happened
Our product inserts offered a free lip balm "for sharing your experience on Amazon". That's an incentive for a review, which the Customer Product Reviews policy prohibits, regardless of whether we asked for positive reviews.

What's been done
- Inserts removed from all stock at our warehouse and in FBA (we paid for the rework at the prep centre, finished 3 March 2026).
- No lip balms were sent to anyone after the notice; the offer page on our website is deleted.
- I've done the Seller University review policy module and so has my one staff member.

What happens from now
Nothing goes into a package unless I've checked it against the policy. Reviews come only from Request a Review and Vine. I'll review our inserts and emails every three months.

Thanks,
Kylie Anderson
""", style="plain", rc="What happened", co="What's been done", pr="What happens from now",
  pol=["Customer Product Reviews policy", "review rules"],
  dec=[("mild-word", "I'm not going to beg")],
  notes="Native AU; the word 'beg' appears in a refusal to beg: not emotional.")


# ---------------------------------------------------------------- chunk 5
M("poa-dropship-my-041", A, "drop-shipping", "SG", "other-non-native",
  "Appeal - dropshipping policy - KL Gadget Hub",
  """
Hi Seller Performance Team,

This is Ahmad Faizal from KL Gadget Hub, we sell on amazon.sg. Our account was deactivated for violating the dropshipping policy, customers received parcels from another retailer.

**Actions completed**
- Stopped all orders fulfilled by third-party online retailers on 2026-02-02. All 58 open orders were cancelled and refunded or shipped from our own stock in Shah Alam.
- Moved our top 40 SKUs into FBA Singapore so we hold the inventory ourselves.
- Informed each affected customer and apologised.

**Going forward**
- Every order will be packed by our own team, with KL Gadget Hub packing slip only.
- If we don't have stock, listing will be set to zero, no more buying from other sites.
- Our operations lead will audit 20 random shipments every week.

Terima kasih and hope to hear good news.

Ahmad Faizal bin Rahman
KL Gadget Hub Enterprise
""", style="bold", co="Actions completed", pr="Going forward",
  pol=["dropshipping policy"], dec=[("foreign-snippet", "Terima kasih")],
  notes="Malaysian seller; no root cause: never says why they used other retailers.")

M("appeal-nopoa-jp-042", A, "used-sold-as-new", "JP", "other-non-native",
  "Regarding account suspension (used items sold as new)",
  """
Dear Amazon Seller Performance Team,

Thank you very much for your support. We are Hoshino Camera Shop, Tokyo. We received the notification that our account was suspended because several customers reported that cameras listed as "New" were used. This relates to the policy on used items sold as new.

We take this matter very seriously. At present our staff is checking all inventory one by one, and we are also confirming the purchase route of each camera body. Because the investigation is not finished, we will submit our plan of action in a separate case within 7 days.

In the meantime, we have a question: may we continue to ship the orders which were already received before the suspension? There are 12 pending orders.

We apologize for the inconvenience, and thank you for your understanding.

Best regards,
Hiroshi Nakamura
Hoshino Camera Shop
""", pol=["policy on used items sold as new"],
  dec=[("single-apology", "We apologize for the inconvenience")],
  notes="Account appeal that promises a POA later and has none now (not attached): A016 positive. Careful reader does not count 'checking all inventory' as a corrective action plan.")

M("poa-odr-pe-043", A, "odr", "US", "latam",
  "URGENT!!! please reactivate - ODR plan of action",
  """
Dear Amazon,

I am Lucía Fernández, my store Inka Alpaca Knits is deactivated for ODR 1.9%. I am crying while I write this. We are desperate, please, por favor, this store is the only income of my family and 8 women weavers in Cusco. Please do not destroy us.

1. Why: the cargo from Lima to the FBA warehouse was lost for 2 weeks and I fulfilled the orders with DHL from Peru, many orders were late and customers opened A-to-z claims and negative feedback.
2. What I did: I refunded all the 23 customers with problems, I answered every negative feedback, I recovered the lost cargo and now it is in FBA.
3. What I will do: I will never ship from Peru again, only FBA. I will send inventory every month with a tracking and keep 2 months of stock.

Please, please, I beg you to give me back my account, I will do anything you ask.

Lucía Fernández
""", style="numbered", rc="1. Why:", co="2. What I did:", pr="3. What I will do:",
  pol=["ODR"],
  emo=["I am crying while I write this", "We are desperate, please, por favor",
       "Please do not destroy us", "Please, please, I beg you to give me back my account",
       "I will do anything you ask"],
  notes="Complete but short POA inside an emotional, pleading letter.")

M("poa-tracking-in-044", A, "valid-tracking", "US", "indian",
  "Plan of action - Valid Tracking Rate - Nandi Brass Works",
  """
Dear Seller Performance Team,

Our account has been deactivated as our Valid Tracking Rate dropped to 88% on self-fulfilled orders. We have analysed the issue and our plan of action is given below.

1. Issue identification: We were shipping from Moradabad with India Post EMS. India Post tracking numbers (e.g. EM482019375IN) were uploaded correctly, but the USPS hand-off scans did not show on Amazon for about 30% of packages, so they were counted as not valid. In addition, 14 orders were confirmed with the freight forwarder's internal reference 483920117 instead of the carrier tracking.

2. Actions taken: We have shifted all US shipments to DHL Express through Amazon Buy Shipping from 12-02-2026. All 14 orders with wrong numbers were corrected where possible. Staff who confirm shipments have been trained to enter only carrier tracking.

3. Preventive steps: Shipment confirmation is now done through the Buy Shipping screen only, so the carrier and tracking are filled automatically. The VTR is being monitored daily by our operations head, with escalation if it falls below 97%.

We request you to kindly review and reinstate our account.

Regards,
Deepak Gupta
Nandi Brass Works
""", style="numbered", rc="1. Issue identification:", co="2. Actions taken:", pr="3. Preventive steps:",
  pol=["Valid Tracking Rate", "VTR"],
  dec=[("tracking-number", "EM482019375IN"), ("bol-number", "483920117")],
  notes="Complete; a 9-digit forwarder reference that fails the ABA check is a decoy.")

M("poa-catappr-cn-045", A, "category-approval", "US", "chinese",
  "Appeal - selling in restricted category without approval",
  """
Dear Seller Performance,

Our account Greenleaf Beauty Co. was deactivated because we listed hair dye products in the Beauty topicals category without approval, against the category approval requirements.

A) Reason
Our operator created the listings under the parent ASIN of our shampoo, which is in an ungated category. The system accepted the hair dye as a variation, so she thought no approval is needed. We did not check the category requirements for topical products.

B) What we did
1. We deleted the 6 hair dye variations on 2026-02-19 and created removal order for the 300 units.
2. We applied for the category approval with our manufacturer invoice and MSDS, the application is under review.
3. We refunded the 4 orders of hair dye that were shipped.

C) Future
Thanks for your time and we are looking forward to your reply.

Best regards,
Zhou Min
""", style="lettered", rc="A) Reason", co="B) What we did",
  pol=["category approval requirements"],
  notes="'C) Future' heading with only thanks: preventive absent.")

M("poa-restricted-native-046", A, "restricted-products", "US", "native",
  "Appeal - Restricted Products (CBD claim) - code included",
  """
Hi,

My account (Blue Heron Wellness, Asheville NC) was deactivated for listing a hemp seed oil with "CBD" in the backend keywords, which is against the Restricted Products policy.

Root cause: I used a keyword tool that suggested "cbd oil" as a high-volume term and pasted its list into the search terms field without reading it. Our oil contains no CBD, but the keyword itself is not allowed.

What I've done: removed the term from all 9 listings on Feb 27, re-checked every backend field and bullet, and confirmed the oil's COA shows 0.0% CBD.

Prevention: I no longer paste keyword tool output directly; every term is read and checked against the restricted keyword list. I've set a calendar reminder to re-read the policy monthly.

Also, when I tried to log in to reply to your email, Amazon texted me the code 482913, I'm including it in case your team needs to verify it's really me.

Thanks,
Laura Bennett
""", style="colon", rc="Root cause:", co="What I've done:", pr="Prevention:",
  pol=["Restricted Products policy"],
  sec=[("one-time-code", "482913")],
  notes="Native seller pastes the SMS login code in the appeal; complete POA in colon headings.")

M("poa-condition-tr-047", L, "condition", "UK", "turkish",
  "Listing reactivation - ASIN B0B7PL4D9Y",
  """
Hello Amazon,

Our listing for the copper Turkish coffee pot (ASIN B0B7PL4D9Y) is deactivated after some customers said they received a pot with dents and scratches.

What we did:
- We have checked all 85 pots in FBA with a removal order, 12 pots had dents and we took them out.
- New pots are wrapped with bubble wrap and a carton box inside the retail box since 2026-03-01.
- Refund was done to the 5 customers.

What we do for future:
- Before shipping to FBA, each pot is checked by our packing team with a light to see the scratches.
- We use the stronger 5-layer cartons for the inbound shipments.

Please reactivate the listing. Thank you.

İyi çalışmalar,
Serkan Aydın, Kapadokya Bakır
""", style="colon", co="What we did:", pr="What we do for future:",
  dec=[("asin", "B0B7PL4D9Y"), ("foreign-snippet", "İyi çalışmalar")],
  notes="No root cause (never says why the pots were damaged); names no policy.")

M("poa-gouging-cn-048", A, "price-gouging", "US", "chinese",
  "Appeal for deactivation of our store because of high price",
  """
Dear Amazon Seller Performance Team,

Our store Joyful Baby Home was deactivated on 2026-02-05. The email said our prices were too high compared to the recent prices on and off Amazon. We explain as below.

The problem happened because our baby formula dispenser had a shipping cost increase in January, and our operator raised the price from $19.99 to $54.99 to cover the air freight, without calculating correctly. Also there was a mistake in the price file, one SKU was $549.90 because of a decimal error.

We have already changed the prices of all 12 SKUs back to the normal level, the highest now is $22.99. We refunded the difference to all the 43 customers who bought at the high price. We also corrected the price file and deleted the wrong row.

From now on, every price change must be approved by our manager and cannot be more than 20% above the price of the last 90 days. We set the Minimum and Maximum price in Seller Central for each SKU, so a decimal mistake cannot go live.

Thank you for your time, and we hope to continue selling on Amazon.

Best wishes,
Li Na
""", style="none", rc="The problem happened because", co="We have already changed the prices",
  pr="From now on, every price change",
  notes="Complete POA without headings. The pricing policy is only described ('prices were too high compared to the recent prices'), never named: no policy.")

M("poa-iptm-bd-049", A, "ip-trademark", "US", "other-non-native",
  "Our POA for trademark complaint - Sonar Bangla Crafts",
  """
Dear Sir,

Our account Sonar Bangla Crafts is deactivated because of trademark infringement complaint from the brand "JuteLux". We sell jute bags made in Bangladesh.

Our POA - Root cause:
In our listing title we wrote "JuteLux type tote bag" because many buyers search this name. We did not know that this is violation of trademark policy.

Our POA - Corrective action:
We respect the intellectual property of all brands. We are a honest company and we never sell copy product. Our bags are our own design.

Our POA - Preventive action:
- We will not use any other brand name in title, bullet points, description or search terms.
- Before making a listing we will search the brand name in the USPTO website.
- Our listing executive will get training on Amazon Intellectual Property Policy.

Kindly reinstate our account. Thank you Sir.

Abdul Karim
Sonar Bangla Crafts, Dhaka
""", style="our-poa", rc="Our POA - Root cause:", pr="Our POA - Preventive action:",
  pol=["trademark infringement", "trademark policy", "Amazon Intellectual Property Policy"],
  notes="'Our POA - Corrective action:' contains only statements of honesty, no action (the title is never said to be fixed): corrective absent.")

M("poa-inauth-native-050", A, "inauthentic", "US", "native",
  "Plan of Action - Anti-Counterfeiting Policy - Tidewater Toy Co.",
  """
To the Seller Performance Team,

We are submitting this plan of action on behalf of Tidewater Toy Co. (Norfolk, VA), whose account was deactivated on March 6, 2026 following inauthentic complaints on two LEGO-compatible building sets. We have read the Amazon Anti-Counterfeiting Policy and the notice carefully.

Our POA: Root cause
Tidewater bought a closeout lot of 1,100 building sets from a liquidator in New Jersey. The liquidator's invoice listed the items by description only, with no manufacturer name, and the sets were listed on the branded detail pages. Tidewater could not trace them back to the manufacturer or an authorized distributor.

Our POA: Corrective actions
- Both ASINs were closed the same day and all 640 remaining units were removed from FBA and destroyed (destruction certificate attached).
- The 22 buyers who received units were refunded in full.
- Every other liquidation purchase from the last 12 months (4 lots) was reviewed; none were on branded pages, and all have manufacturer invoices.

Our POA: Preventive measures
- No branded item is listed without an invoice from the manufacturer or an authorized distributor that names the brand and SKU.
- Liquidation lots are listed only as generic products with their own UPCs, or not at all.
- The owner signs off every new supplier, and invoices are kept for 7 years.

Respectfully,
Jordan Meyers, Ecom Appeals Group, for Tidewater Toy Co.
""", style="our-poa", rc="Our POA: Root cause", co="Our POA: Corrective actions",
  pr="Our POA: Preventive measures",
  pol=["Amazon Anti-Counterfeiting Policy", "inauthentic complaints"],
  notes="Agency POA in third person; complete.")


# ---------------------------------------------------------------- chunk 6: other languages + defects
M("poa-inauth-zh-051", A, "inauthentic", "US", "chinese",
  "申诉：不真实商品投诉 - 店铺 Brightway Tools",
  """
亚马逊卖家绩效团队您好：

我们的店铺 Brightway Tools 于2026年2月26日因不真实商品投诉被停用，涉及 ASIN B0C6TRM2Q7（电动螺丝刀套装）。以下是我们的行动计划。

一、问题原因
春节期间我们的工厂停产，运营人员从一家贸易公司临时采购了300套同款螺丝刀补货。该贸易公司无法提供品牌授权书和工厂发票，包装盒的印刷也和我们原装的不一样，所以买家认为是假货并投诉。

二、已采取的措施
1. 已于2月27日将剩余的186套全部移除并销毁。
2. 已给所有购买该批次的21位买家全额退款，并通过买家消息说明情况。
3. 已停止与该贸易公司的所有合作。

三、预防措施
1. 以后所有货物只从我们自己的工厂或有授权的供应商采购，每批货都保留发票。
2. 采购主管每月检查所有供应商的资质文件。
3. 每批货入仓前与品牌包装样品进行核对。

希望亚马逊能够恢复我们的销售权限，谢谢！

深圳市博锐工具有限公司
张丽
""", lang="zh", style="numbered", rc="一、问题原因", co="二、已采取的措施", pr="三、预防措施",
  pol=["不真实商品投诉"], dec=[("asin", "B0C6TRM2Q7")],
  notes="Whole appeal in Chinese on the US marketplace (T001); complete POA with Chinese numbered headings.")

M("poa-late-es-052", A, "late-shipment", "US", "latam",
  "Apelación - tasa de envíos tardíos - Artesanías Oaxaca",
  """
Estimado equipo de Amazon:

Somos Artesanías Oaxaca, vendemos textiles y cerámica hecha a mano. Nuestra cuenta fue desactivada porque la tasa de envíos tardíos llegó a 8,1% en febrero de 2026.

Causa raíz:
Durante las fiestas de fin de año nuestra paquetería local cerró 10 días y no pudimos enviar los pedidos a tiempo. Además, el tiempo de preparación configurado en Seller Central era de solo 1 día, lo cual es muy poco para productos hechos a mano.

Acciones correctivas:
Ya cambiamos el tiempo de preparación a 5 días para todos los productos. Contratamos una segunda paquetería (Estafeta) para tener respaldo. Contactamos a todos los clientes con pedidos tardíos y les ofrecimos un reembolso parcial.

Agradecemos mucho su atención y esperamos poder seguir vendiendo en Amazon.

Saludos cordiales,
Guadalupe Martínez
""", lang="es", style="colon", rc="Causa raíz:", co="Acciones correctivas:",
  pol=["tasa de envíos tardíos"],
  notes="Spanish appeal on the US marketplace (T001); no preventive part.")

M("poa-odr-de-053", A, "odr", "DE", "other-non-native",
  "Maßnahmenplan - Auftragsmängelquote - Schwarzwald Holzdesign",
  """
Sehr geehrtes Seller-Performance-Team,

unser Verkäuferkonto Schwarzwald Holzdesign wurde am 3. März 2026 deaktiviert, weil unsere Auftragsmängelquote bei 1,6 % lag.

Ursache
Im Januar haben wir einen neuen Versanddienstleister beauftragt. Dieser hat unsere Schneidebretter aus Eichenholz ohne Kantenschutz verpackt. Viele Bretter kamen mit Rissen an, was zu negativen Bewertungen und A-bis-z-Garantieanträgen führte.

Ergriffene Maßnahmen
Wir haben den Vertrag mit dem Versanddienstleister zum 15. Februar gekündigt und versenden wieder selbst. Alle 27 betroffenen Kunden haben eine Erstattung oder ein Ersatzprodukt erhalten. Die Verpackung wurde auf Wellpappe mit Kantenschutz umgestellt.

Vorbeugung
Jeder neue Versandpartner wird erst mit 20 Testsendungen geprüft. Wir kontrollieren täglich die Kundenzufriedenheit im Kontozustand und reagieren auf jede negative Bewertung innerhalb von 24 Stunden.

Mit freundlichen Grüßen
Thomas Keller
""", lang="de", style="plain", rc="Ursache", co="Ergriffene Maßnahmen", pr="Vorbeugung",
  pol=["Auftragsmängelquote"],
  notes="German seller writing German on amazon.de, where that is normal: non-English but not an English-required marketplace.")

M("appeal-nopoa-trlang-054", A, "related-accounts", "UK", "turkish",
  "Hesabımız hakkında - ilgili hesap",
  """
Merhaba,

Hesabımız Marmara Home Goods 10 Şubat 2026 tarihinde kapatıldı. E-postada başka bir hesapla ilişkili olduğumuz yazıyor. Biz sadece bir hesap kullanıyoruz ve başka bir satıcıyı tanımıyoruz.

Ofisimiz İstanbul'da bir iş merkezinde ve internet bağlantısı binadaki diğer şirketlerle ortak. Belki sorun bundan kaynaklanıyor. Vergi levhamızı, ticaret sicil belgemizi ve banka hesap özetimizi ekte gönderiyoruz.

Lütfen hesabımızı tekrar kontrol edin. İngilizce yazamadığımız için özür dileriz, gerekirse tercüman ile görüşebiliriz.

Saygılarımızla,
Ayşe Çelik
Marmara Home Goods
""", lang="tr",
  notes="Turkish-language account appeal on UK (T001); no POA, no policy named ('başka bir hesapla ilişkili' only describes the notice).")

M("poa-related-tr-055", A, "related-accounts", "US", "turkish",
  "PLEASE!!! RELATED ACCOUNT APPEAL - WE ARE FINISHED",
  """
Dear Amazon,

We are finished if you do not open our account. Please I beg you in the name of my children. We have 120.000 dollars of inventory in your warehouses and the bank is calling every day. Why you do this to us?? We are honest people!!!

ROOT CAUSE
My brother's account Ege Olive Store was suspended in 2024 and he used my laptop two times in 2025 to download his reports. This is why Amazon linked us under the Related Accounts policy.

CORRECTIVE ACTION
We will buy a new laptop only for our company. My brother will never use our devices or internet again. We will ask Amazon to close his old account completely.

PREVENTIVE ACTION
Only me and my accountant will login to Seller Central, each with own user and two-step verification. No family member will touch our computers.

Please please answer us today, I cannot sleep since one week.

Mustafa Arslan
Aegean Naturals
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", done=False, pr="PREVENTIVE ACTION",
  pol=["Related Accounts policy"],
  emo=["We are finished if you do not open our account", "Please I beg you in the name of my children",
       "Why you do this to us??", "Please please answer us today, I cannot sleep since one week"],
  notes="Emotional and not-done (corrective all 'We will').")

M("poa-safety-in-056", A, "product-safety", "US", "indian",
  "Request for mercy - account deactivated - product safety",
  """
Respected Sir/Madam,

With folded hands I request you to have mercy on us. We are totally ruined, sir, our whole family savings are in this business and we have no other source of income. Please have pity on a small seller from India.

Our account Kaveri Kitchenware has been deactivated for a product safety issue on our non-stick tawa (ASIN B0BX5N2QJR). Customers have reported that the coating is peeling off after a few uses.

Root cause: The coating supplier in Rajkot changed to a cheaper PTFE coating without informing us in the October 2025 lot. Our quality check only checked the weight and size of the tawa.

Actions taken: We have stopped the sale and removed all 450 pieces of that lot from the FBA. All buyers have been refunded. The supplier has been changed to a certified supplier who provides a food-grade test report with every lot.

Sir, we promise with full heart that this will never happen again. Kindly, kindly reinstate our account, we will be grateful to you for our whole life.

Yours obediently,
Sanjay Reddy
""", style="colon", rc="Root cause:", co="Actions taken:",
  pol=["product safety"],
  emo=["With folded hands I request you to have mercy on us", "We are totally ruined, sir",
       "Please have pity on a small seller from India", "Kindly, kindly reinstate our account, we will be grateful to you for our whole life"],
  dec=[("asin", "B0BX5N2QJR")],
  notes="Emotional; 'we promise this will never happen again' is not a preventive measure: preventive absent.")

M("poa-iptm-tr-057", A, "ip-trademark", "UK", "turkish",
  "Trademark appeal + please transfer our balance to IBAN",
  """
Dear Seller Performance,

Our account Anka Leather was deactivated after a trademark complaint from the brand "Montclaire" for our leather wallet listings.

Reason of the complaint:
Our supplier in Istanbul produced wallets with a small embossed logo very similar to the Montclaire logo. We did not compare the design with registered trademarks before we started to sell.

How we will prevent it:
- Every new design will be checked on the UKIPO and WIPO trademark databases.
- We will work only with suppliers that sign that the design is original.
- Our team will do the Amazon IP policy training.

If the account cannot be reactivated, please transfer our remaining balance of £4,860 to our company account, IBAN TR580006200119000006298145, Türkiye İş Bankası, SWIFT ISBKTRIS.

Saygılarımızla,
Ozan Şahin
Anka Deri Ltd. Şti.
""", style="colon", rc="Reason of the complaint:", pr="How we will prevent it:",
  pol=["trademark complaint", "Amazon IP policy"],
  sec=[("iban", "TR580006200119000006298145")],
  dec=[("swift-code", "ISBKTRIS")],
  notes="No corrective part (the listings and stock are never said to be fixed); IBAN is a secret, SWIFT code is a decoy.")

M("poa-odr-native-058", A, "odr", "US", "native",
  "ODR plan of action - Prairie Wind Candles (actions first)",
  """
Hello Seller Performance,

Our account, Prairie Wind Candles (Lincoln, NE), was deactivated on February 14, 2026 for an Order Defect Rate of 1.8%. I'm putting what we did first, because I think that matters most to you.

Done already:
- All 31 customers with melted or broken candles got a full refund and a replacement, whether or not they filed a claim.
- We switched to insulated mailers with a cold pack for every order shipped to states over 80°F.
- The old mailers (about 900) were recycled.

From here on:
- From April to September, candles ship only Monday to Wednesday so nothing sits in a hot warehouse over a weekend.
- I check the Voice of the Customer page every morning and call any buyer who reports damage.

Why this happened, for the record: a heat wave in Texas and Arizona in January (unusual, but it happened) plus our cheap poly mailers meant soy candles melted in transit. We had never shipped in hot weather before because we started selling in October.

Thanks for reading,
Megan Holt
""", style="plain", rc="Why this happened, for the record:", co="Done already:", pr="From here on:",
  pol=["Order Defect Rate"],
  notes="Complete POA with the root cause placed last, as an afterthought paragraph.")

M("poa-restricted-in-059", A, "restricted-products", "IN", "indian",
  "POA - restricted product (Ayurvedic medicine) - Dhanvantari Naturals",
  """
Dear Seller Performance Team,

Our account has been deactivated because of listing a Schedule H drug ingredient in our Ayurvedic churna, which is not permitted as per the Restricted Products policy for Drugs and Pharmaceuticals.

Root Cause: The churna formula supplied by our manufacturer included an ingredient which requires a prescription. Our listing team was not aware that such ingredients cannot be sold without a licence on Amazon.in.

Corrective Action: We will remove the churna listing. We will create a removal order for the 220 units in the FC, but this has been completed for the Bengaluru FC already (removal ID 9KDF2MXQ1P). We will also write to the manufacturer for a new formula.

Preventive Action: Our pharmacist consultant will review the ingredient list of each product against the restricted substances list before listing. Monthly review of all listings will be done.

Kindly do the needful.

Regards,
Arjun Iyer
Dhanvantari Naturals
""", style="colon", rc="Root Cause:", co="Corrective Action:", pr="Preventive Action:",
  pol=["Restricted Products policy for Drugs and Pharmaceuticals"],
  dec=[("removal-order-id", "9KDF2MXQ1P")],
  notes="Corrective part is mostly 'We will', but one removal 'has been completed': corrective_done true (judgment call).")

M("poa-review-hk-060", A, "review-manipulation", "US", "chinese",
  "RE: RE: Appeal - review manipulation - additional information (Lotus Bay Electronics)",
  """
Dear Seller Performance,

Thank you for your reply asking for more details on how we will prevent this in future. Please see our addition below, and our first message quoted under it.

Prevention (new):
- The marketing department no longer has access to any buyer contact information; Buyer-Seller Messaging is handled only by our customer service team in Hong Kong using approved templates.
- Any promotion or rebate program must be approved by our compliance officer in writing and checked against the Customer Product Reviews policy.
- Quarterly internal audit of all outgoing messages and marketing spend, report signed by the director.

---- Original message (2026-03-02) ----
Our account was deactivated for review manipulation. Investigation: our marketing assistant used a Facebook rebate group to offer full refunds to buyers who left 5-star reviews on our power bank (ASIN B0CN3Q8VZL). This happened on 47 orders in January 2026.
Actions completed: we terminated the agreement with the rebate group, dismissed the assistant, and requested Amazon to remove any review linked to the rebates. No rebates were paid after 2026-02-01.

Best regards,
Kelly Ng
Lotus Bay Electronics Ltd.
""", style="mixed", rc="Investigation:", co="Actions completed:", pr="Prevention (new):",
  pol=["review manipulation", "Customer Product Reviews policy"],
  dec=[("asin", "B0CN3Q8VZL")],
  notes="POA split over an email thread: the new message adds prevention, the quoted first message has the cause and actions. Complete.")


# ---------------------------------------------------------------- chunk 7
M("poa-copyright-jp-061", L, "ip-copyright", "US", "other-non-native",
  "Request for reinstatement of listings (copyright notice)",
  """
Dear Amazon Notice Dispute Team,

We are Tsubame Paper Works. Our 4 listings of origami paper sets were removed by a copyright notice from a design studio, because our product images used their pattern illustrations.

**Measures already implemented**
- All images in question were deleted from the 4 listings on 2026-03-08, and replaced with photographs of our own patterns taken by our staff.
- Our inventory at FBA (ASIN B0D3KQ9WMR, 310 units) was checked; the printed patterns are our own designs, and only the images were the problem.
- We sent an apology email to the studio and requested a retraction.

**Measures to prevent recurrence**
- All images will be produced in-house. We will not use any image from the internet, even if it says "free".
- Before uploading, our manager confirms the source of each image in our image register.

We respect copyright and we would be grateful if you could reinstate the listings.

Sincerely,
Yuki Morimoto
Tsubame Paper Works
""", style="bold", co="Measures already implemented", pr="Measures to prevent recurrence",
  pol=["copyright notice", "copyright"],
  dec=[("asin", "B0D3KQ9WMR")],
  notes="Japanese writer; no root cause section (never explains how the studio's images came to be used).")

M("poa-cancel-cl-062", A, "cancel-rate", "US", "latam",
  "Appeal - Cancellation Rate - Patagonia Outdoor Chile",
  """
Hello Amazon Seller Performance,

I am Felipe Soto, from Santiago de Chile. My store Patagonia Outdoor Chile was suspended because my Cancellation Rate was 4.2%, higher than the 2.5% target.

## Root cause
Our cancel rate in the last 30 days was 4.2%. This is more than Amazon's target of 2.5%. We had 19 cancelled orders of 452 orders.

## Corrective actions
- We have synchronized our stock with the Amazon inventory file every day since 2026-02-20.
- All 19 customers received an email with apologies and a full refund.

## Preventive actions
- Stock will be reviewed every morning before 9:00.
- We will keep 5 units of safety stock and mark the item as out of stock when we reach it.

Thank you very much.
Felipe Soto
""", style="markdown", co="Corrective actions", pr="Preventive actions",
  pol=["Cancellation Rate"],
  notes="'Root cause' heading only restates the metric (hollow): root cause absent.")

M("poa-iptm-cn-063", L, "ip-trademark", "UK", "chinese",
  "Listing reinstatement - trademark - ASIN B0CRT7M5KD",
  """
Dear Amazon,

Our listing ASIN B0CRT7M5KD (phone case) was deactivated for trademark infringement, the rights owner is "Cortexa".

What we have did:
1. We removed the word "Cortexa compatible" from the title and description, the listing now only say "for iPhone 15".
2. We checked all our 88 listings and deleted the same word from 9 other listings.
3. We contacted the rights owner and they agree to retract the complaint, we wait their email to Amazon.

Measures to avoid:
1. Operators can not use any brand name in the listing without approval by manager.
2. We make a forbidden words list and check it every week in all listings.

Thank you very much and sorry for the inconvenient.

Huang Jie
""", style="colon", co="What we have did:", pr="Measures to avoid:",
  pol=["trademark infringement"],
  dec=[("asin", "B0CRT7M5KD"), ("single-apology", "sorry for the inconvenient")],
  notes="No root cause (why the brand word was used is never said).")

M("poa-scoc-in-064", A, "seller-code-of-conduct", "US", "indian",
  "Appeal - Seller Code of Conduct violation - multiple cases",
  """
Dear Seller Performance Team,

Our account Sai Krishna Enterprises has been deactivated for violation of the Seller Code of Conduct. As per the notice, our staff had opened multiple Seller Support cases with misleading information to get a faster response.

1. Root cause
Our support executive, under pressure to resolve an FBA stranded inventory issue, opened 14 cases for the same problem with different titles and in 3 cases wrote that it was a "legal matter" to get priority. He did this without the knowledge of management.

2. Prevention steps
- Only the operations manager will open Seller Support cases, after checking that no open case exists on the same issue.
- All case texts will be factual; a checklist has been prepared.
- Quarterly training on the Seller Code of Conduct will be done for the whole team.

We regret the lapse and request you to kindly reinstate our account.

Thanks & Regards,
Manish Joshi
""", style="numbered", rc="1. Root cause", pr="2. Prevention steps",
  pol=["Seller Code of Conduct"],
  notes="No corrective part: the executive, the 14 cases and the misleading statements are never dealt with.")

M("poa-usednew-ph-065", A, "used-sold-as-new", "US", "other-non-native",
  "Appeal - used sold as new - Manila Baby Gear",
  """
Hello Seller Performance Team,

Good day po. I am Rowena Bautista of Manila Baby Gear. Our account got deactivated because customers said our baby strollers listed as new were used.

Reason:
When customers returned strollers, our warehouse staff in California put them back in the new inventory if the box looked okay. Some of these strollers were already used outside by the customer, with small marks on the wheels. We did not have a written process for returns.

Prevention:
From now, every returned stroller will be opened and checked by our QC person. If there is any sign of use it will be sold as Used - Like New or Used - Good with a clear condition note, never as new. We will also do training for the warehouse staff every 3 months and keep a returns log.

Thank you po and we hope for your kind consideration.

Rowena Bautista
""", style="colon", rc="Reason:", pr="Prevention:",
  pol=[],
  dec=[("foreign-snippet", "Good day po")],
  notes="Filipino seller; no corrective part (returned stock already in inventory and the complaining buyers are never addressed); names no policy ('listed as new were used' only describes the complaint).")

M("poa-listing-cn-066", L, "listing-policy", "US", "chinese",
  "Reinstate listing - variation policy",
  """
Dear Amazon,

Our parent listing of yoga mats (ASIN B0C9LX2HRN) was suppressed for violating the variation policy, because we added yoga blocks and straps as variations of the yoga mat.

The reason is our new operator wanted to combine the reviews of different products in one listing, he did not know that all child products must be the same product with different size or color only.

To prevent in future: all variation relationships will be checked by our listing supervisor with the Amazon variation rules before creation. Operators will get training in the first week of join. We also will check all parent listings every month.

We hope the listing can be reinstated soon. Thank you!

Best regards,
Ningbo Flexfit Sports
""", style="none", rc="The reason is our new operator", pr="To prevent in future:",
  pol=["variation policy", "Amazon variation rules"],
  dec=[("asin", "B0C9LX2HRN")],
  notes="No headings; the blocks and straps are never said to be removed from the family: corrective absent.")

M("poa-dropship-co-067", A, "drop-shipping", "US", "latam",
  "Plan of action - dropshipping - TecnoHogar Bogotá",
  """
Dear Amazon Seller Performance Team,

Our account TecnoHogar Bogotá was deactivated for not following the drop shipping policy. Some customers received packages from Walmart with a Walmart invoice.

**Root cause**
We had many orders in January for the air fryer and our supplier in Miami ran out of stock. One employee bought the air fryers on Walmart.com and shipped them directly to our Amazon customers, this is retail arbitrage with another retailer as the shipper.

**Corrective actions**
We are going to cancel the agreement with this employee for order processing. We are going to contact the customers who received the Walmart package to apologize. We are going to close the air fryer listing until our own supplier has stock again.

**Preventive actions**
We will buy only from wholesale suppliers with invoices in our name, and all orders will be shipped from our own warehouse with our packing slip. The manager will review the purchases every week.

Gracias por su tiempo,
Andrés Herrera
""", style="bold", rc="Root cause", co="Corrective actions", done=False, pr="Preventive actions",
  pol=["drop shipping policy"],
  notes="Corrective actions all 'We are going to': not done.")

M("poa-safety-cn-068", L, "product-safety", "US", "chinese",
  "Listing reinstatement - space heater - safety complaint",
  """
Dear Product Safety Team,

Our listing ASIN B0D8PW3XQF (portable space heater) was removed because of a product safety complaint that the heater did not turn off when tipped over.

1. Root cause: The tip-over switch in the batch produced in 2025-12 was installed in the wrong direction by the factory worker, so it did not work when the heater fell to one side.

2. Corrective actions:
- We will recall all units of this batch from FBA and customers.
- We will ask the factory to re-inspect every heater before packing.
- We will send new test report from Intertek to Amazon.

3. Preventive actions:
- Every batch will have a 100% tip-over test at the end of the production line.
- Our QC engineer will visit the factory every month.

Please reinstate the listing under the product safety policy after you review our documents.

Best regards,
Foshan Warmtech Electric Appliance Co., Ltd.
""", style="numbered", rc="1. Root cause:", co="2. Corrective actions:", done=False,
  pr="3. Preventive actions:", pol=["product safety policy"],
  dec=[("asin", "B0D8PW3XQF")],
  notes="Corrective list entirely 'We will': not done.")

M("poa-inauth-cn-069", A, "inauthentic", "US", "chinese",
  "Final warning to Amazon - inauthentic complaint is false",
  """
To Amazon Seller Performance,

This is our fifth appeal. If Amazon does not reinstate our account in 48 hours, we will sue Amazon in court and we will complain to the media and the Chinese e-commerce association. You are destroying an honest brand owner!!!

Root cause: Our brand Vantoo is registered in USPTO (reg. no. 7,214,883). A competitor bought our power strip and filed an inauthentic complaint to attack us. The only difference customer saw is that our new packaging (from January 2026) has a different color.

Corrective actions: We have already sent the trademark certificate, factory invoices and packaging design files to Amazon three times. We updated the listing images to show the new packaging on 2026-02-10.

Preventive measures: We will put "new packaging" notice in the listing for 6 months whenever we change packaging, and we will register the packaging design in Brand Registry.

We demand a reply from a real person.

Vantoo Official Store
""", style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive measures:",
  pol=["inauthentic complaint"],
  emo=["If Amazon does not reinstate our account in 48 hours, we will sue Amazon in court and we will complain to the media",
       "You are destroying an honest brand owner!!!", "We demand a reply from a real person."],
  dec=[("trademark-number", "7,214,883")],
  notes="Threatening tone around a complete POA.")

M("appeal-nopoa-ph-070", A, "odr", "US", "other-non-native",
  "Begging for my account - single mom seller",
  """
Hi Amazon,

I am begging you, please give me back my account. I am a single mother with 3 kids here in Cebu and this small shop Coco Cebu Crafts is all we have. I did not sleep for 4 days since I got the email. I am so scared, I don't know how we will pay the rent next month.

I know my ODR became high because the last shipment of coconut bowls was broken when it arrived. It is not my fault, the courier threw the boxes. I refunded the buyers already when they asked me.

Please, I will do anything. Just tell me what to do. God bless you.

Jenny Villanueva
""", pol=["ODR"],
  emo=["I am begging you, please give me back my account", "I did not sleep for 4 days since I got the email",
       "I am so scared, I don't know how we will pay the rent next month", "Please, I will do anything"],
  notes="No POA (mentions a cause and a refund in passing, but no plan); emotional.")


# ---------------------------------------------------------------- chunk 8: FBA reimbursement
M("fba-lostin-cn-071", F, "", "US", "chinese",
  "Shipment FBA18XK3LQ7P missing 240 units - please investigate",
  """
Hello Seller Support,

Our inbound shipment FBA18XK3LQ7P to ONT8 was closed, but Amazon only received 360 units of 600 units for SKU LED-STRIP-5M-RGB (FNSKU X003KQ82LM). The carrier UPS shows all 12 cartons delivered on 2026-02-09, tracking 1Z8A7F240345219876, total weight 186 kg, same as our packing list.

We have checked the Shipment Reconciliation page, the status is "closed" and no reimbursement is made. We attached the Proof of Delivery from UPS, the commercial invoice and the box content file.

Please help to investigate the missing 240 units and reimburse us according to the FBA inventory reimbursement policy. Thank you very much.

Best regards,
Anna Liu
Shenzhen Guanghui Lighting
""", topic="lost-inbound", pol=["FBA inventory reimbursement policy"],
  dec=[("shipment-id", "FBA18XK3LQ7P"), ("fnsku", "X003KQ82LM"), ("tracking-number", "1Z8A7F240345219876"),
       ("sku", "LED-STRIP-5M-RGB")],
  notes="Standard lost-inbound claim; many IDs as T006 decoys.")

M("fba-dmgin-in-072", F, "", "IN", "indian",
  "Damaged inbound units - kindly reimburse - shipment FBA15Q2WZ8HM",
  """
Dear Seller Support,

This is with regard to our shipment FBA15Q2WZ8HM sent to BLR7 fulfilment centre on 28-01-2026. As per the inventory adjustment report, 46 units of our glass bottles (ASIN B0CH7M3LZP) have been marked as "damaged at Amazon fulfilment centre" on receipt.

Our cartons were packed with 5-ply boxes and dividers as per Amazon packaging guidelines, and the carrier (ATS) picked up the shipment in good condition. Photos of the packing are attached for your reference.

Kindly verify and reimburse the damaged units at the earliest. Kindly revert back in case of any query.

Regards,
Pooja Mehta
Aqua Pure Bottles
+91 22 5550 1874
""", topic="damaged-inbound", pol=["Amazon packaging guidelines"],
  dec=[("shipment-id", "FBA15Q2WZ8HM"), ("asin", "B0CH7M3LZP"), ("phone", "+91 22 5550 1874")],
  notes="Indian; calm.")

M("fba-whlost-native-073", F, "", "US", "native",
  "Units lost in warehouse - 3rd time asking",
  """
Hi there,

This is my third case about the same problem, which is getting frustrating, so I'll be brief and precise.

On January 18, 2026, 35 units of FNSKU X002MZ7KPQ (our 20 oz insulated tumbler, ASIN B09QF4DJ2T) were marked "misplaced" in the Inventory Ledger at PHX7. It has been more than 30 days. They have not been found and no reimbursement shows up in the Reimbursements report.

Case numbers from my previous attempts: 15829304716 and 15841177203. Both were closed with "the units may still be found".

Could you either locate them or reimburse per the Lost and damaged inventory policy? Nothing else needed from my side as far as I can tell.

Thanks,
Brian Costa
Sonoran Drinkware
""", topic="warehouse-lost", pol=["Lost and damaged inventory policy"],
  dec=[("mild-word", "getting frustrating"), ("fnsku", "X002MZ7KPQ"), ("asin", "B09QF4DJ2T"),
       ("case-id", "15829304716"), ("case-id", "15841177203")],
  notes="Third follow-up, mildly annoyed but calm: not emotional.")

M("fba-whdmg-tr-074", F, "", "UK", "turkish",
  "Warehouse damaged units - reimbursement request",
  """
Hello,

In our inventory ledger we see 18 units of our ceramic tea set (SKU ANK-TEASET-6) as "Damaged at Amazon fulfilment centre" in LTN4 between 2026-02-01 and 2026-02-15. We did not receive any reimbursement for these units yet.

Our sale price is £39.90 and the tea sets were perfectly packed in foam. Please check and reimburse these units, or if they are sellable please return them to sellable inventory.

Teşekkürler,
Emre Koç
Anadolu Seramik
""", topic="warehouse-damaged",
  dec=[("sku", "ANK-TEASET-6"), ("foreign-snippet", "Teşekkürler")],
  notes="Short Turkish request.")

M("fba-removal-mx-075", F, "", "US", "latam",
  "Removal order incomplete - missing 52 units",
  """
Hi Amazon Support,

We created the removal order RMVMX82KQ4 on 2026-01-20 for 200 units of our leather bags to be returned to our warehouse in Laredo, TX. The removal order is "completed", but we only received 148 units in 3 boxes. The tracking numbers are 1Z4W57E90311849265 and 1Z4W57E90311849274.

According to the removal order detail report, 200 units were shipped. We counted 2 times with video. Please investigate and reimburse the 52 missing units.

Muchas gracias,
Sofía Navarro
Cuero Fino MX
""", topic="removal",
  dec=[("removal-order-id", "RMVMX82KQ4"), ("tracking-number", "1Z4W57E90311849265"),
       ("tracking-number", "1Z4W57E90311849274"), ("foreign-snippet", "Muchas gracias")],
  notes="Mexican seller; tracking numbers as decoys.")

M("fba-return-native-076", F, "", "UK", "native",
  "Customer return not received - refund issued",
  """
Hello,

Order 114-3378876-2328601: the customer was refunded on 12 February 2026 for a return of our walnut chopping board, but the item never came back to the fulfilment centre. It's now 45 days since the refund and there's no return in the FBA customer returns report and no reimbursement.

Could you please reimburse the item or charge the customer back as per the FBA customer returns policy? The refund amount was £34.00.

Many thanks,
Siobhan Kelly
Oak & Ash Kitchenware
""", topic="customer-return", pol=["FBA customer returns policy"],
  dec=[("order-id", "114-3378876-2328601")],
  notes="Hard T006 negative: the order ID's 17 digits pass Luhn once the dashes are removed.")

M("fba-lostin-es-077", F, "", "US", "latam",
  "Envío FBA perdido - solicitud de reembolso",
  """
Hola equipo de soporte,

Nuestro envío FBA17MZQ3K8W con 8 cajas de café tostado fue entregado en el centro de distribución MIA1 el 3 de febrero de 2026, según el comprobante de entrega de FedEx (rastreo 775829104461). Sin embargo, el envío aparece como recibido con solo 5 cajas, faltan 144 unidades.

Ya revisamos la herramienta de conciliación de envíos y no aparece ningún reembolso. Adjuntamos la prueba de entrega y la lista de empaque.

Por favor investiguen y reembolsen las unidades faltantes. Gracias.

Atentamente,
Diego Ramírez
Café de Altura Colombia
""", lang="es", topic="lost-inbound",
  dec=[("shipment-id", "FBA17MZQ3K8W"), ("tracking-number", "775829104461")],
  notes="Spanish FBA claim on US (T001).")

M("fba-return-ph-078", F, "", "US", "other-non-native",
  "PLEASE HELP - returns are killing my small business",
  """
Hi Amazon,

Please I beg you, help me. This is killing my small business. Every week customers return my handmade abaca bags and Amazon refunds them but the bags never come back to the warehouse. I have lost almost $2,000 already and I cannot take it anymore. I cry every time I open the reimbursement report.

For example order 113-2901874-5562038 and order 111-7738210-4409127, both refunded in January 2026, no return received, no reimbursement.

Please reimburse me, I am only a small seller from Bicol and this is unfair.

Rosario Mendoza
Abaca Dreams PH
""", topic="customer-return",
  emo=["Please I beg you, help me", "This is killing my small business", "I cannot take it anymore",
       "I cry every time I open the reimbursement report"],
  dec=[("order-id", "113-2901874-5562038"), ("order-id", "111-7738210-4409127")],
  notes="Emotional non-appeal (T002 applies to all kinds).")

M("fba-whlost-jp-079", F, "", "JP", "other-non-native",
  "Reimbursement request for lost inventory (FNSKU X004LA93TD)",
  """
Dear Seller Support,

We would like to request an investigation for inventory that was lost in the fulfillment center NRT5. According to the Inventory Ledger, 24 units of FNSKU X004LA93TD (lacquer chopsticks gift set) were adjusted as "lost" on 2026-02-03, and no reimbursement has been issued after 30 days.

For your reference, the production batch number printed on the inner case is 2904047966697251.

We would be grateful if you could check and process the reimbursement. Thank you for your kind support.

Best regards,
Mai Fujita
Wajima Lacquer Studio
""", topic="warehouse-lost",
  dec=[("fnsku", "X004LA93TD"), ("batch-id", "2904047966697251")],
  notes="Japanese seller writing English on JP; 16-digit batch number that fails Luhn is a decoy.")

M("fba-lostin-bd-080", F, "", "US", "other-non-native",
  "LTL shipment short received - BOL and PRO attached",
  """
Dear Seller Support,

Our LTL shipment FBA16WN4RZ2C (4 pallets of jute rugs) was delivered to ABE8 on 2026-02-21 by Estes Express. BOL number 702615384, PRO number 560391228. The warehouse received only 3 pallets, 96 units are missing of SKU JR-4X6-NAT.

The carrier delivery receipt is signed by the FC without any exception note, so all 4 pallets were delivered. Please investigate and reimburse the missing units.

Regards,
Tanvir Ahmed
Dhaka Jute Exports
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA16WN4RZ2C"), ("bol-number", "702615384"), ("pro-number", "560391228"),
       ("sku", "JR-4X6-NAT")],
  notes="Bangladeshi exporter; 9-digit BOL and PRO numbers fail the ABA check (decoys).")

M("fba-removal-my-081", F, "", "UK", "other-non-native",
  "Removal order shipped to wrong address",
  """
Hi Seller Support,

Our removal order XR7K2Q9MDL for 60 units of batik scarves was shipped to an old address in Leicester that we no longer use, although we updated the return address on 2026-01-05. The tracking (Royal Mail QH482019375GB) shows it was delivered on 2026-02-12 but we cannot collect it.

Can Amazon please check why the old address was used and reimburse the 60 units, or ask the carrier to return the parcel? Our current address is in the removal settings.

Thanks ya,
Nurul Huda
Batik Nusantara UK
""", topic="removal",
  dec=[("removal-order-id", "XR7K2Q9MDL"), ("tracking-number", "QH482019375GB")],
  notes="Malaysian seller in the UK.")

M("fba-whdmg-cn-082", F, "", "US", "chinese",
  "Warehouse damaged - please reimburse to our bank account",
  """
Dear Seller Support,

We see 64 units of our ceramic vases (FNSKU X003PQ7M2A) were damaged in warehouse MDW2 in February 2026, but we only got reimbursement for 20 units. Please check the other 44 units.

Because our Amazon account balance is on hold now, please send the reimbursement to our company bank account: 中国工商银行深圳福田支行, 银行账号 6222021304005871234, account name 深圳市雅瓷家居有限公司.

Thank you!
Ya Ci Home
""", topic="warehouse-damaged",
  sec=[("bank-account", "6222021304005871234")],
  dec=[("fnsku", "X003PQ7M2A"), ("foreign-snippet", "深圳市雅瓷家居有限公司")],
  notes="Chinese bank account number after 银行账号 (19 digits, fails Luhn: a bank account, not a card).")


# ---------------------------------------------------------------- chunk 9: technical issues
M("tech-login-native-083", T, "", "US", "native",
  "Locked out after 2-Step Verification phone change",
  """
Hi,

I changed my phone number last week and now I can't get into Seller Central. The 2-Step Verification texts go to my old number, which is disconnected. I've tried "Didn't receive the code?" and the backup option, but I never set up an authenticator app.

Account email: mark@pinecrestgoods.example. Password I've been using: Maple!Leaf2026 (I know I shouldn't send that, but I want you to be able to confirm it's my account).

I'm the primary user and I have ID ready for a video verification if that helps. Pinecrest Goods has orders waiting to ship, so I'd appreciate a quick path back in.

Thanks,
Mark Sullivan
""", topic="login", sec=[("password", "Maple!Leaf2026")],
  notes="Native seller pastes the password after a label; 'the code' is mentioned without a value.")

M("tech-login-zh-084", T, "", "US", "chinese",
  "无法登录卖家后台 - 验证码问题",
  """
您好，

我们的账号 Hengtai Tools 从昨天开始无法登录卖家平台。每次输入密码后，系统要求输入两步验证的验证码，但我们输入后一直显示“验证码无效”。

我们刚才收到的短信是 验证码：735921 ，请帮我们查一下为什么这个验证码不能用。我们已经试过清除浏览器缓存、换电脑、换网络，都不行。

我们有很多订单需要今天发货，请尽快帮忙处理，谢谢！

杭州恒泰工具有限公司
王强
""", lang="zh", topic="login", sec=[("one-time-code", "735921")],
  notes="Chinese-language technical case on US (T001) with a one-time code after 验证码：.")

M("tech-page-ja-085", T, "", "JP", "other-non-native",
  "セラーセントラルの在庫ページが表示されません",
  """
お世話になっております。

株式会社ミナモ雑貨の佐藤と申します。2026年3月2日から、セラーセントラルの「在庫管理」ページを開くと「エラーが発生しました。しばらくしてからもう一度お試しください。」と表示され、在庫の確認や価格の変更ができません。

ブラウザはChromeとEdgeの両方で試し、キャッシュの削除も行いましたが改善しません。他のページ（注文管理、レポート）は正常に表示されます。

出品数は約1,200件です。お手数ですが、原因の確認と対応をお願いいたします。

よろしくお願いいたします。
佐藤 美咲
""", lang="ja", topic="page-error",
  notes="Japanese on amazon.co.jp, where Japanese is normal (no non-english defect).")

M("tech-deposit-native-086", T, "", "US", "native",
  "Deposit method keeps getting rejected",
  """
Hello,

I'm trying to update the deposit method for Lakeside Paper Co. and Seller Central keeps saying "We couldn't verify your bank account. Please check the information and try again."

Here's what I'm entering, copied straight from my checks:
Routing number: 026009593
Account number: 4830192765
Account holder: Lakeside Paper Co LLC

The account is a business checking account at Bank of America and it's been open for five years. I've double-checked the name matches our W-9. Is there something wrong on your end, or does the account holder name need to match something else?

Thanks,
Emily Rhodes
""", topic="deposit-method",
  sec=[("routing-number", "026009593"), ("bank-account", "4830192765")],
  notes="Routing and account numbers pasted in a support case.")

M("tech-payment-in-087", T, "", "IN", "indian",
  "Charge method declined - subscription fee not paid",
  """
Dear Seller Support,

Our monthly selling plan fee could not be charged and we are getting a notification that our account will be restricted. Kindly check why our card is being declined.

Card details as registered: 5412 6077 7679 3617, valid thru 11/27, name on card RAVI SHANKAR TRADERS. The card is active and the bank confirms no decline from their side.

Kindly do the needful and update at the earliest.

Regards,
Ravi Shankar
Ravi Shankar Traders, Chennai
""", topic="payment-method",
  sec=[("card", "5412 6077 7679 3617"), ("card-expiry", "11/27")],
  notes="Indian seller pastes card number and expiry.")

M("tech-upload-cn-088", T, "", "US", "chinese",
  "Flat file upload error 8541 - cannot create listing",
  """
Dear Seller Support,

When we upload the inventory file for our new product (bamboo cutting board), the processing report shows error code 8541: "The data you provided conflicts with the Amazon catalog". The feed submission ID is 50283917642.

We are the brand owner (Brand Registry approved), UPC is 810042173958, we bought it from GS1. We do not understand why it conflicts, because this product is new and no ASIN exists.

Please help to check and let us create the listing. Attached the GS1 certificate and the processing report.

Thanks,
Chen Hao
Hangzhou Bamboo Life
""", topic="listing-upload",
  dec=[("error-code", "8541"), ("feed-id", "50283917642"), ("upc", "810042173958")],
  notes="Error code, feed ID and UPC as decoys.")

M("tech-report-tr-089", T, "", "DE", "turkish",
  "Payments report download fails",
  """
Hello,

Since 2026-02-25 we cannot download the Date Range report for payments (Zahlungen > Berichte). The page shows "Report request failed" after 10 minutes. We need the January report for our accountant in Istanbul for the VAT declaration.

We tried different date ranges and browsers, same problem. Our merchant token is A2KQ7X9VN3L8PB if you need it.

Can you please send the report or fix the problem?

Kind regards,
Cem Yılmaz
Lale Home Textiles
""", topic="report-error",
  dec=[("merchant-token", "A2KQ7X9VN3L8PB"), ("foreign-snippet", "Zahlungen > Berichte")],
  notes="Turkish seller on DE writing English; German menu path as a foreign snippet.")

M("tech-api-native-090", T, "", "US", "native",
  "SP-API: 403 Unauthorized on Orders API after re-authorization",
  """
Hi Developer Support,

Our private application (app ID amzn1.sp.solution.4f7c2a91-33be-4e0d-9a51-7d2c6e8b1f02) started returning 403 Unauthorized on GET /orders/v0/orders at 02:00 UTC on March 4, 2026. We re-authorized the app from Seller Central and rotated the LWA client secret through the Developer Console; the token exchange succeeds, but every Orders call still fails. Reports and Listings calls work fine.

Our developer profile was approved for the Direct-to-Consumer Shipping role in 2024. Did something change with the restricted role or the Restricted Data Token requirement?

Request ID from the last failed call: 7c9e2f14-5b3a-4d8e-a1f6-0b9d2c7e4a35.

Thanks,
Priya Raman (developer, Fieldstone Outfitters)
""", topic="api",
  dec=[("app-id", "amzn1.sp.solution.4f7c2a91-33be-4e0d-9a51-7d2c6e8b1f02"),
       ("request-id", "7c9e2f14-5b3a-4d8e-a1f6-0b9d2c7e4a35")],
  notes="Mentions a client secret being rotated but gives no value; IDs are decoys.")

M("tech-tax-ar-091", T, "", "US", "latam",
  "Tax interview stuck - W-8BEN-E",
  """
Hello,

I am completing the tax interview for my company Yerba Sur S.R.L. (Argentina). After I enter our foreign TIN (CUIT 30-71482935-6) and click "Save and preview", the page shows an error and goes back to the first question. I have done it 5 times.

The system also asked me to change my password before continuing, I did that, but it did not help.

We do not have an EIN. Is it mandatory for the W-8BEN-E? Can you help me to finish the interview?

Saludos,
Valentina Morales
""", topic="tax-interview",
  dec=[("tax-id", "30-71482935-6"), ("password-word", "change my password")],
  notes="Argentine CUIT is a tax ID, not a secret; 'password' with no value.")

M("tech-deposit-my-092", T, "", "SG", "other-non-native",
  "Cannot add Maybank account as deposit method",
  """
Hi Seller Support,

We want to change our deposit method to our Maybank Singapore account, but Seller Central says "Bank account not supported". Details: Maybank Singapore, account no. 514012345678, account name Orchid Home Pte Ltd.

Is Maybank not supported for SGD payouts? Or must we use Amazon Currency Converter? Please advise, we have 2 disbursements pending already.

Thank you,
Siti Aisyah
Orchid Home Pte Ltd
""", topic="deposit-method", sec=[("bank-account", "514012345678")],
  notes="Malaysian-run SG seller pastes account number.")

M("tech-login-bd-093", T, "", "US", "other-non-native",
  "OTP not coming to my phone - cannot login",
  """
Dear Sir,

I cannot login to my seller account since 2 days. After password the system sends OTP to my mobile number +880 1711 555 482 but the OTP is not coming. I waited 1 hour, I tried 10 times. My mobile operator is Grameenphone.

Please can you send the OTP to my email instead, or give me another way to login? I have 35 orders pending to ship.

Thanks,
Shakil Rahman
Rahman Handloom
""", topic="login",
  dec=[("otp-word", "the OTP is not coming"), ("phone", "+880 1711 555 482")],
  notes="'OTP' and 'password' mentioned with no values: hard T006 negative.")

M("tech-page-in-094", T, "", "IN", "indian",
  "Seller Central not loading for 5 days - this is harassment",
  """
Dear Amazon,

For FIVE days now the Manage Inventory page is blank for our account Lakshmi Silks. I have raised 6 cases and every time I get the same copy-paste reply to clear cache. This is pure harassment of small sellers and I am losing lakhs every day. Are you even reading my emails???

If this is not solved by tomorrow I will escalate to the Consumer Court and to the media. Fix it NOW.

Browser: Chrome 131, Windows 11. Screenshot attached.

Venkatesh Rao
""", topic="page-error",
  emo=["This is pure harassment of small sellers and I am losing lakhs every day",
       "Are you even reading my emails???", "If this is not solved by tomorrow I will escalate to the Consumer Court and to the media",
       "Fix it NOW."],
  notes="Angry technical issue with a threat: emotional.")


# ---------------------------------------------------------------- chunk 10: brand + category
M("brand-hijack-cn-095", B, "", "US", "chinese",
  "Hijacker selling fake products on our brand listing",
  """
Dear Brand Registry Support,

We are the owner of brand "Lumivo" (USPTO reg. no. 6,903,214, Brand Registry approved). Since 2026-02-18 a seller named "QQ Best Shop" (seller ID A3HZ8K2LQ9XW4M) is selling on our listing ASIN B0CJ4V8RTN with a lower price. We did a test buy, order 112-6620184-9931507, the product we received has no logo and the packaging is different, it is not our product.

Please remove this seller from our listing. Photos of the test buy are attached. 谢谢！

Lumivo Brand Team
""", topic="hijacker",
  dec=[("trademark-number", "6,903,214"), ("merchant-token", "A3HZ8K2LQ9XW4M"), ("asin", "B0CJ4V8RTN"),
       ("order-id", "112-6620184-9931507"), ("foreign-snippet", "谢谢")],
  notes="Standard hijacker report.")

M("brand-contrib-native-096", B, "", "US", "native",
  "Our brand's detail page keeps getting edited by another seller",
  """
Hello,

We own the brand Wren & Willow (Brand Registry, trademark serial 98214473). For the past three weeks, someone keeps changing the title of our linen apron listing (ASIN B0BWQ7K3NP) to add "2-pack", which is wrong. It's a single apron. Customers are ordering expecting two and returning it, which is frustrating for them and for us.

We've submitted corrections through the "Edit product" page three times. Each time our change is accepted and then reverted within a day or two.

Could you lock the title to our Brand Registry contribution and tell us who is submitting the change?

Thanks,
Claire Donnelly
""", topic="listing-contribution",
  dec=[("mild-word", "frustrating"), ("trademark-number", "98214473"), ("asin", "B0BWQ7K3NP")],
  notes="Native small brand; self-correction mid-sentence; calm.")

M("brand-own-in-097", B, "", "IN", "indian",
  "Brand ownership dispute - our registered brand taken by another seller",
  """
Dear Brand Registry Team,

We are the registered owners of trademark "SHUDDHA GHEE HOUSE" in class 29 (TM application no. 5418832, status Registered) with the Trade Marks Registry, Mumbai. Another seller has enrolled our brand in Brand Registry using a pending application filed after ours, and now we are not able to edit our own listings.

Kindly verify the registration certificate attached and transfer the Brand Registry ownership to us. Kindly revert if any further document is required.

Thanks & Regards,
Kiran Desai
Shuddha Ghee House Pvt Ltd, Ahmedabad
""", topic="brand-ownership",
  dec=[("trademark-number", "5418832")],
  notes="Indian brand-ownership dispute.")

M("brand-transp-jp-098", B, "", "US", "other-non-native",
  "Question about Transparency codes (label rejected at FC)",
  """
Dear Amazon Transparency Support,

We are Kuroda Knives, enrolled in Transparency since 2025. Our inbound shipment was rejected at the FC because the Transparency code on some units could not be scanned. One example code printed on the unit is AZ:7R4K2M9QX8VB1N3T.

We printed the labels with our thermal printer at 203 dpi. Is 300 dpi required? Please advise the correct printing specification, so we can reprint quickly.

Thank you very much for your help.

Best regards,
Daichi Kuroda
""", topic="transparency",
  dec=[("transparency-code", "AZ:7R4K2M9QX8VB1N3T")],
  notes="Transparency code looks like a secret token but is a serialized label code: decoy.")

M("brand-hijack-pt-099", B, "", "US", "latam",
  "Vendedor não autorizado na nossa listagem",
  """
Olá equipe do Brand Registry,

Somos a marca Cafuné Cosméticos, registrada no USPTO e aprovada no Brand Registry desde 2024. Desde o dia 5 de março de 2026, um vendedor não autorizado está oferecendo nosso óleo capilar (ASIN B0D2RK7QMV) por um preço muito abaixo do nosso.

Fizemos uma compra teste e o produto recebido tem o rótulo diferente e o lacre violado. Acreditamos que é falsificado. Anexamos as fotos e a nota fiscal dos nossos produtos originais.

Pedimos que este vendedor seja removido da listagem o mais rápido possível.

Atenciosamente,
Juliana Ribeiro
Cafuné Cosméticos
""", lang="pt", topic="hijacker", dec=[("asin", "B0D2RK7QMV")],
  notes="Brazilian brand writes in Portuguese on US (T001).")

M("brand-program-tr-100", B, "", "UK", "turkish",
  "Brand Registry application rejected - trademark is registered in Türkiye",
  """
Hello Brand Registry,

Our application for the brand "Nazar Home" was rejected with the message "trademark office not supported". Our trademark is registered at TÜRKPATENT (registration no. 2023 118742) and we also have a WIPO Madrid registration designating the United Kingdom (IR 1764210).

Which number should we use in the application? Is the Madrid registration enough for amazon.co.uk?

Thank you,
Zeynep Aksoy
""", topic="brand-program",
  dec=[("trademark-number", "2023 118742"), ("trademark-number", "IR 1764210")],
  notes="Turkish brand; trademark numbers as decoys.")

M("brand-hijack-tw-101", B, "", "US", "chinese",
  "跟賣投訴 - 品牌 Aurorin 商品被未授權賣家跟賣",
  """
您好，

我們是台灣品牌 Aurorin（已完成品牌註冊），主要銷售保溫杯。近兩週有三個未經授權的賣家在我們的商品頁面 ASIN B0C5MT9RKQ 跟賣，價格比我們低百分之三十。

我們已經做了測試購買，收到的商品沒有雷射雕刻的品牌標誌，外盒的條碼也和我們的不同，顯然不是我們生產的商品。測試購買的照片和我們的商標證書已附上。

請協助移除這些賣家，並告知我們是否可以申請加入 Transparency 計畫以防止再次發生。

謝謝！
極光生活有限公司
陳怡君
""", lang="zh", topic="hijacker", dec=[("asin", "B0C5MT9RKQ")],
  notes="Traditional Chinese (Taiwan) brand dispute on US (T001).")

M("brand-contrib-my-102", B, "", "AU", "other-non-native",
  "Wrong images uploaded on our brand listing",
  """
Hi Amazon team,

Our brand Rimba Organics (Brand Registry approved) sells coconut sugar on amazon.com.au. Someone has uploaded 3 images of a different product (palm sugar with another brand logo) to our listing ASIN B0CQ2W7XLH. Our customers are confused and asking us.

We tried to remove the images from Manage Images but the option is greyed out. Please remove these images and restore our images from 2026-02-01. Thank you so much ya.

Regards,
Farah Ismail
Rimba Organics Sdn Bhd
""", topic="listing-contribution", dec=[("asin", "B0CQ2W7XLH")],
  notes="Malaysian brand on AU.")

M("cat-grocery-in-103", C, "", "IN", "indian",
  "Request for approval in Grocery & Gourmet Foods category",
  """
Dear Category Team,

We, Annapurna Spices, Kerala, want to sell whole spices and masala blends in the Grocery & Gourmet Foods category on Amazon.in. We have attached the FSSAI licence (no. 11326007000417), our GST certificate and 3 purchase invoices from registered spice farmers' cooperatives.

Kindly approve our application at the earliest. Kindly revert if any other document is required.

Regards,
Thomas Varghese
Annapurna Spices
""", topic="grocery",
  dec=[("certificate-number", "11326007000417")],
  notes="14-digit FSSAI licence number: decoy (fails Luhn; not a card).")

M("cat-supp-cn-104", C, "", "US", "chinese",
  "Follow-up: dietary supplements approval - documents re-submitted",
  """
Dear Category Approval Team,

This is our follow-up for the approval request of Dietary Supplements category (previous case 16204837195). Our application was rejected because the Certificate of Analysis was not from a third-party lab.

We have now tested our vitamin D3 gummies at Eurofins US (report no. EUUS-2026-0412877) and attached the new COA, the GMP certificate of our manufacturer in New Jersey and the label photos with the Supplement Facts panel.

Please review again. Thank you.

Best regards,
Wu Ting
Sunrise Vitality Inc.
""", topic="dietary-supplements",
  dec=[("case-id", "16204837195"), ("certificate-number", "EUUS-2026-0412877")],
  notes="Chinese-run US company, follow-up.")

M("cat-jewelry-mx-105", C, "", "US", "latam",
  "Approval request - Fine Jewelry (silver from Taxco)",
  """
Hello,

I am Ricardo Flores, from Plata de Taxco Artesanal. We want to sell 925 sterling silver jewelry made by our family workshop in Taxco, Guerrero. We applied for Fine Jewelry approval and were asked for a quality assurance certification.

We have the certification of the Cámara de la Plata de Taxco and each piece has the 925 and "MX" stamp. Is this accepted, or do we need a US lab certificate? Our annual sales in Mexico are around 2 million pesos.

Gracias,
Ricardo Flores
""", topic="jewelry",
  dec=[("foreign-snippet", "Cámara de la Plata de Taxco")],
  notes="Mexican artisan; calm question.")

M("cat-toys-native-106", C, "", "US", "native",
  "Holiday toy selling requirements - are we eligible this year?",
  """
Hi,

We're Little Acorn Toys (Burlington, VT), a small wooden toy maker. We'd like to sell during Q4 2026 and I read that there are extra requirements for selling toys during the holiday season: first sale date, number of orders, and ODR.

Our first sale was on June 3, 2026 and we have 48 orders so far. Will we meet the requirement by the cutoff, or should we plan to use FBA only? Our ODR is 0%.

Thanks for any guidance,
Hannah Price
""", topic="toys-holiday", pol=["ODR"],
  notes="Category question with 'ODR' named as a metric (T007 does not apply to category messages).")

M("cat-auto-tr-107", C, "", "DE", "turkish",
  "Automotive category approval - brake pads",
  """
Hello,

We are Öztürk Otomotiv, a manufacturer of brake pads in Bursa, Turkey. We want to sell on amazon.de in the Automotive & Powersports category. Our products have the ECE R90 approval (E11 90R-02A1234/5678) and ISO/TS 16949 certificate.

Please tell us which documents are needed for the approval and whether the ECE R90 certificate is enough. We already sell to two German distributors, so we can also send their invoices.

Saygılarımızla,
Okan Öztürk
""", topic="automotive",
  dec=[("certificate-number", "E11 90R-02A1234/5678"), ("foreign-snippet", "Saygılarımızla")],
  notes="Turkish manufacturer on DE.")

M("cat-beauty-ph-108", C, "", "US", "other-non-native",
  "Topicals approval - second request",
  """
Hi Amazon po,

This is my second request for approval to sell in the Beauty topicals category. I sell calamansi whitening soap and coconut oil lotion made in Laguna. My first request was denied because the invoice is from my own small business.

Now I attached the invoices from my manufacturer (FDA Philippines licensed, LTO no. CFRR-RIV-A-2025-04321), the ingredient list and the product photos.

I hope you can approve this time, thank you po and God bless.

Marites Reyes
""", topic="beauty-topicals",
  dec=[("certificate-number", "CFRR-RIV-A-2025-04321"), ("mild-plea", "I hope you can approve this time")],
  notes="Filipino seller; polite hope, not pleading.")

M("cat-watches-hk-109", C, "", "US", "chinese",
  "Watches category ungating - need clarification",
  """
Dear Seller Support,

We are Kowloon Time Ltd. We want to sell our own brand automatic watches (brand "Harbour Tide"). The approval page asks for invoices of 5 units from a manufacturer or distributor, but we are the manufacturer ourselves (factory in Dongguan).

Can we submit our production records and the factory business license instead? Please advise. Thank you.

Best regards,
Tony Cheung
""", topic="watches",
  notes="Short HK request.")

M("cat-grocery-zh-110", C, "", "US", "chinese",
  "申请食品类目审核",
  """
您好，

我们是福建安溪的茶叶生产商，想在美国站销售自有品牌的铁观音茶叶，需要申请食品杂货类目的审核。我们已经准备了营业执照、食品生产许可证、美国FDA注册证明以及最近三批茶叶的第三方检测报告（农残检测合格）。

请问还需要提供哪些资料？我们的产品包装上已经有英文标签和营养成分表。希望可以尽快审核，谢谢！

安溪天香茶业有限公司
林建华
""", lang="zh", topic="grocery",
  notes="Chinese-language category request on US (T001).")


# ---------------------------------------------------------------- chunk 11: more hard cases
M("poa-inauth-native-111", L, "inauthentic", "US", "native",
  "Listing reinstatement - inauthentic claim - ASIN B0BT6QW2ZK",
  """
Hello,

We're requesting reinstatement of ASIN B0BT6QW2ZK (Hartwell & Finch leather dog collar), which was removed after an inauthentic item complaint. We are an authorized reseller of Hartwell & Finch.

Root cause
The complaint came from a buyer who received a collar with the older 2024 buckle design after the brand changed to a new buckle in 2025. We were selling down older authorized stock, and our listing photos showed the new buckle, so the buyer reasonably thought the item was not genuine.

Corrective actions
- We removed the 38 older-design units from FBA on March 3, 2026.
- We refunded the buyer and sent a photo of the brand's own 2024 catalog.
- We attached our distributor invoices (Hartwell & Finch Wholesale, Jan 2025 and Dec 2025) and the brand's authorization letter.

Preventive measures
- We removed the 38 older-design units from FBA.
- We refunded the buyer in full.
- We sent the invoices to Amazon with this appeal.

Thank you,
Dana Kowalski
Trailhead Pet Supply
""", style="plain", rc="Root cause", co="Corrective actions",
  pol=["inauthentic item complaint"], dec=[("asin", "B0BT6QW2ZK")],
  notes="'Preventive measures' only repeats the corrective actions, with no future control: preventive absent (hollow, copy-paste).")

M("poa-related-cn-112", A, "related-accounts", "US", "chinese",
  "Related account appeal - Yuanfang Home",
  """
Dear Seller Performance Team,

Our account Yuanfang Home is deactivated because Amazon thinks it is related to the account "Skyline Deco" which was suspended.

## Reason of the link
Our company hired an operator, Mr. Liu, in October 2025. Before joining us he managed the account Skyline Deco in another company. He used his old personal laptop to log into our Seller Central for 2 weeks, the same laptop he used for Skyline Deco. This is why Amazon connected the 2 accounts. We have no business relation with Skyline Deco.

## Actions already taken
- Mr. Liu's laptop is removed from our office since 2026-01-15 and he now uses a company computer.
- We removed his old user permissions and created a new user with two-step verification.
- We prepared the labor contract and his resignation letter from the other company as evidence (attached).

We are sincerely sorry for the trouble and hope Amazon can reinstate our account under the related accounts policy review.

Best regards,
Xu Fang
""", style="markdown", rc="Reason of the link", co="Actions already taken",
  pol=["related accounts policy"],
  dec=[("single-apology", "We are sincerely sorry for the trouble")],
  notes="No preventive part (nothing about future hires or devices).")

M("poa-odr-hk-113", A, "odr", "UK", "chinese",
  "Plan of Action (table) - Order Defect Rate - Pearl River Audio",
  """
Dear Seller Performance Team,

Pearl River Audio Ltd (Hong Kong) was deactivated on 2026-02-27 for an Order Defect Rate of 1.7% on amazon.co.uk. Our plan of action is summarised in the table below, as requested by our account manager.

| Item | Detail |
|---|---|
| Root cause | 41 Bluetooth speakers from lot PR-2512 had a faulty charging port (supplier changed the USB-C module). Buyers left negative feedback and opened A-to-z claims for "not charging". |
| Corrective actions (done) | Lot PR-2512 removed from FBA on 2026-02-28 (312 units). All 41 buyers refunded or replaced. Supplier issued a credit note and a new module spec. |
| Preventive measures | 100% charging test on every unit before packing; component change needs our written approval; weekly review of negative feedback with the QC manager. |
| Owner | Ms. Karen Ho, Operations Director |

We can provide the test records for each lot on request.

Best regards,
Karen Ho
""", style="plain", rc="Root cause", co="Corrective actions (done)", pr="Preventive measures",
  pol=["Order Defect Rate"],
  dec=[("lot-number", "PR-2512")],
  notes="POA written as a Markdown-style table in text; the row labels act as headings (labeled plain). Complete.")

M("cover-review-ph-114", A, "review-manipulation", "US", "other-non-native",
  "Appeal - please see attached Plan of Action",
  """
Hello Seller Performance Team,

Good day! This is Carlo Ramos from Visayas Coco Products. I am submitting our appeal for the deactivation of our account on 2026-02-22.

Please find attached our Plan of Action (file: VisayasCoco_POA_Feb2026.pdf), which explains what happened with the product inserts, the steps we already completed and the controls we have put in place. I also attached the photos of the new packaging without any inserts and the training attendance sheet of our staff.

If anything is missing, please let me know and I will send it right away. Thank you very much po for reviewing our case.

Best regards,
Carlo Ramos
Visayas Coco Products
""", att=True,
  dec=[("file-name", "VisayasCoco_POA_Feb2026.pdf")],
  notes="Cover letter with the POA attached (not A016); names no policy ('what happened with the product inserts' only).")

M("poa-odr-tr-115", A, "odr", "US", "turkish",
  "ODR plan of action - Kapadokya Rugs",
  """
Dear Seller Performance Team,

Our account Kapadokya Rugs was deactivated on 2026-03-01 because the Order Defect Rate was 1.4%. We are worried about our 9 weavers, but we understand the reason and we want to show that we corrected the problem.

1) Reason
Our hand-woven rugs were photographed in strong daylight, so the colors on the listing looked brighter than the real rugs. 16 customers left negative feedback "color not as shown" and 5 opened A-to-z claims.

2) Completed actions
- All 34 listing photos were re-taken in a studio with color calibration on 2026-03-03.
- Each listing now has a note about natural dyes and small color differences.
- All 21 customers were refunded or offered a free return.

3) Future controls
- Every new rug will be photographed in the same studio setup.
- We will reply to every negative feedback within 24 hours and review the ODR every Monday.

Saygılarımızla,
Hülya Yavuz
""", style="numbered", rc="1) Reason", co="2) Completed actions", pr="3) Future controls",
  pol=["Order Defect Rate"],
  dec=[("mild-word", "We are worried about our 9 weavers"), ("foreign-snippet", "Saygılarımızla")],
  notes="One calm sentence of concern ('We are worried') in an otherwise factual letter: not emotional (judgment call).")

M("poa-late-jp-116", A, "late-shipment", "JP", "other-non-native",
  "Plan of action regarding 出荷遅延率 (Late Shipment Rate)",
  """
Dear Amazon Seller Performance Team,

Thank you for your continued support. Our account, Yamabuki Tea Garden, was suspended because our 出荷遅延率 (Late Shipment Rate) exceeded 4% in February 2026.

1. Root cause
Our packing staff was reduced from 3 persons to 1 person during the winter, while the number of orders increased because of a TV program about Uji tea. Orders were shipped 2-3 days after the promised date.

2. Corrective actions
We hired 2 part-time packers from 2026-02-20, and we changed the handling time of all 58 listings from 1 day to 2 days. All delayed orders have been shipped and the customers were contacted.

3. Preventive measures
Our manager checks the order volume every morning. When daily orders exceed 40, we will use FBA Multi-Channel Fulfillment for overflow. We will review the Late Shipment Rate every week in Account Health.

We apologize for the inconvenience to customers.

Sincerely,
Takeshi Ono
""", style="numbered", rc="1. Root cause", co="2. Corrective actions", pr="3. Preventive measures",
  pol=["出荷遅延率", "Late Shipment Rate"],
  dec=[("single-apology", "We apologize for the inconvenience to customers")],
  notes="Japanese metric name inside English text (not T001); policy named in Japanese and English.")

M("appeal-nopoa-au-117", A, "valid-tracking", "AU", "native",
  "Valid Tracking Rate - fixed, please reinstate",
  """
Hi,

Got the notice that Wattle & Co has been deactivated for our Valid Tracking Rate dropping below 95%. We've fixed the problem on our end and everything should be good now.

We're a two-person business selling beeswax wraps and we've been on Amazon for three years with no issues until this. Could you please reinstate the account so we can get the March orders out? Happy to answer any questions.

Thanks heaps,
Jess Nguyen
Wattle & Co
""", pol=["Valid Tracking Rate"],
  notes="'We've fixed the problem' with no cause, no actions and no prevention: no POA (A016).")


# ---------------------------------------------------------------- chunk 12: cover letters + one long POA
M("cover-counterfeit-in-118", A, "counterfeit", "IN", "indian",
  "Appeal against deactivation - POA attached - Surya Sports",
  """
Dear Seller Performance Team,

Greetings from Surya Sports, Jalandhar. This has reference to the deactivation of our account on 14-02-2026 on account of counterfeit complaints received on cricket bats listed under the brand "Kingsgrove".

We have prepared a detailed Plan of Action which is attached herewith as "Surya_Sports_POA.docx", along with the authorization letter from Kingsgrove India Pvt Ltd, the purchase invoices for the last 12 months and the stock statement. Kindly go through the attachments.

We request you to kindly consider our appeal. Kindly revert in case any additional information is required.

Thanks & Regards,
Gurpreet Singh
Surya Sports
""", att=True, pol=["counterfeit complaints"],
  dec=[("file-name", "Surya_Sports_POA.docx")],
  notes="Indian cover letter; POA attached, not in the text.")

M("cover-related-cn-119", A, "related-accounts", "US", "chinese",
  "Appeal - related accounts - POA in attachment",
  """
Dear Amazon Seller Performance Team,

Our account Evergreen Garden Tools was deactivated on 2026-03-04 for related accounts. We have written the plan of action in the attached file (POA_Evergreen_0304.pdf), it includes the reason, what we have did and the measures to avoid the same problem.

Also attached: business license, the office lease contract, and the resignation letter of the employee who used the same computer. 请查收附件。

Thank you for your review, we wait for your good news.

Best regards,
Evergreen Garden Tools
""", att=True,
  dec=[("file-name", "POA_Evergreen_0304.pdf"), ("foreign-snippet", "请查收附件")],
  notes="Cover letter naming the parts of the attached POA by their headings only; 'for related accounts' describes the reason but does not name a policy (judgment call: no policy).")

M("cover-safety-native-120", A, "product-safety", "UK", "native",
  "Appeal - product safety - plan of action attached",
  """
Dear Seller Performance,

Please find attached our plan of action for the deactivation of Fenwick & Daughters on 20 February 2026 following safety complaints about our children's bunting (small parts detaching).

Attached:
1. Plan of action (PDF, 3 pages)
2. EN 71-1 test report for the replacement product, dated 9 March 2026
3. Photos of the redesigned stitching

I'd be grateful if you would review them together. I can be reached on 0161 496 0734 during office hours if a call is easier.

Kind regards,
Rosalind Fenwick
Fenwick & Daughters Ltd
""", att=True, pol=["EN 71-1"],
  dec=[("phone", "0161 496 0734")],
  notes="Cover letter; the numbered list is a list of attachments, not a POA. Safety standard EN 71-1 counted as the policy named (judgment call).")

M("poa-restricted-cn-121", A, "restricted-products", "US", "chinese",
  "Detailed Plan of Action - Restricted Products - laser pointers - Starlight Optics",
  """
Dear Amazon Seller Performance Team,

We are Starlight Optics (Xi'an Xingguang Photoelectric Technology Co., Ltd.). Our account was deactivated on 2026-02-12 because our green laser pointers were found to exceed the 5 mW power limit for consumer laser products, which is not allowed under the Restricted Products policy (Laser pointers and related products) and FDA regulations. We fully accept the decision and we have done a careful investigation. Please find our detailed plan of action.

I. Root cause analysis
1. Our product was designed for 4.5 mW output. In November 2025 our factory changed the laser diode supplier because the old supplier stopped production. The new diode had higher efficiency, so the same circuit produced 12-18 mW.
2. Our QC only tested whether the laser turned on and the beam shape, we did not measure the output power of every batch with a power meter.
3. Our listing said "up to 5 mW, Class IIIa", which was correct for the old batch but wrong for the new one. Nobody re-checked the listing after the component change.
4. We did not have the FDA accession number for the new model variation, because we thought the change was too small to report.

II. Corrective actions already completed
1. On 2026-02-12 we closed all 7 laser pointer listings and created removal orders for all 1,346 units in FBA (removal order IDs K7QZ2M4PDR and K7QZ2M4PDS). The units were destroyed in Shenzhen on 2026-03-01, destruction video available.
2. We contacted the 289 customers who bought the new batch through Buyer-Seller Messaging, asked them to stop using the product and offered full refund without return. 243 customers have been refunded so far.
3. We stopped the sales of the same product on all other channels.
4. We bought two calibrated laser power meters (Thorlabs PM100D) for our QC room.

III. Preventive measures
1. Any component change needs approval by our engineering manager and a full re-test, including output power, before production.
2. Every batch: 100% output power test, results recorded with the batch number and kept for 5 years.
3. Every laser product must have a valid FDA accession number and a Class label that matches the measured output before listing.
4. Our compliance staff will review the Amazon restricted products pages for lasers every quarter and before any new listing.
5. We will not sell any laser product on Amazon US in the future unless all of the above are complete and checked by a third-party lab.

We understand the safety risk of high-power lasers to eyes, especially for children. We are sorry for this serious mistake and we hope Amazon will consider our appeal.

Best regards,
Ma Jun
Compliance Manager, Starlight Optics
""", style="numbered", rc="I. Root cause analysis", co="II. Corrective actions already completed",
  pr="III. Preventive measures",
  pol=["Restricted Products policy", "Laser pointers and related products", "FDA regulations"],
  dec=[("removal-order-id", "K7QZ2M4PDR"), ("removal-order-id", "K7QZ2M4PDS"),
       ("single-apology", "We are sorry for this serious mistake")],
  notes="Long, very complete POA with Roman-numeral headings (labeled numbered); sub-items numbered too.")


# ... your M(...) calls ...


if __name__ == "__main__":
    AUTHOR.write()
