#!/usr/bin/env python3
"""Author Y's messages for the thirteenth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/thirteenth-b/y-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("y-", "thirteenth-b")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1

M("poa-inauth-tr-001", A, "inauthentic", "US", "turkish",
  "Appeal for deactivation - inauthentic complaint ASIN B0C7TR4K21",
  """Dear Seller Performance Team,

We are Anatolia Home Textile, selling cotton towels on Amazon.com since 2023. Our account is deactivated because of Inauthentic item complaint for ASIN B0C7TR4K21. We read the notice many times and we make this plan.

1) Why this happen
We buy the towels from two factories in Denizli. One of them sent us last lot in plain bags, without the brand label sewn, because their label machine was broken. We did not control this lot before send to FBA and customer receive towel without the label, so he think it is fake. Also our invoice from this factory was hand written, not the official e-fatura, so we could not prove the source quickly.

2) What we did already
- We removed all remaining units of this lot from FBA (removal order done 12 March).
- We stopped to work with the second factory, now we buy only from the manufacturer who is brand owner partner.
- We got official e-invoices for the last 365 days, they are attached.
- We refunded the customer fully.

3) How we will stop it for future
- Every lot is checked by our warehouse chief, 100% label control before shipping to FBA.
- We keep invoices in one folder per ASIN and check them every month.
- Only suppliers with official invoices and authorization letter.

Thank you for your time, we hope you can review our case.

Saygılarımızla,
Mehmet Yıldız
Anatolia Home Textile Ltd. Şti.""",
  style="numbered", rc="1) Why this happen", co="2) What we did already", pr="3) How we will stop it for future",
  pol=("Inauthentic item complaint",), dec=(("asin", "B0C7TR4K21"), ("foreign-snippet", "Saygılarımızla")),
  notes="Turkish seller, own heading wording, good POA")

M("poa-odr-mx-002", A, "odr", "US", "latam",
  "Reactivation request - Order Defect Rate over 1%",
  """Hello Amazon team, my name is Alejandro Ruiz from Casa Ruiz Imports, we sell kitchen items from Guadalajara. Our account was suspended because our Order Defect Rate went to 2.3% in the last 60 days, the target is under 1% and we understand we failed it. The problem happened because in January we changed to a new carrier for our self fulfilled orders and this carrier lost or delayed many packages, then the customers opened A-to-z claims and left negative feedback, and we did not answer the messages on time because only one person was reading the buyer messages and she was on vacation. We have already moved all our inventory of the top 40 SKUs to FBA, so now Amazon ships them, we have cancelled the contract with that carrier, we have answered all the open claims and refunded the 31 customers affected, and we hired a second person for customer service who works in the weekend too. To make sure this never happens again we will check the ODR in the Account Health page every morning, we will answer every buyer message in less than 12 hours, and if a carrier has more than 2% late deliveries in one week we stop using it. Thank you for reading, we hope to continue serving Amazon customers.

Alejandro Ruiz
Casa Ruiz Imports""",
  style="none", rc="The problem happened because", co="We have already moved", pr="To make sure this never happens again",
  pol=("Order Defect Rate", "ODR"), notes="one paragraph, no headings, content cues only")

M("poa-late-ng-003", A, "late-shipment", "UK", "other-non-native",
  "Plan of action - Late Dispatch Rate",
  """Good day Seller Performance,

I am writing in respect of the suspension of my selling privileges due to high Late Dispatch Rate (6.8%). Please find my plan of action below.

ROOT CAUSE
My business is small, I run it from Lagos with a fulfilment partner in Manchester. In February the partner moved to a new warehouse and for two weeks they could not pick orders on time. I was not aware until customers started complaining because I did not have access to their system to see the backlog.

CORRECTIVE ACTIONS
- I will request the partner to give me login access to their dashboard so I can see every order daily.
- I will be moving my best selling products to FBA in the coming weeks.
- I will also extend the handling time in my shipping template to 3 days.

PREVENTIVE MEASURES
- Weekly call with the fulfilment partner every Monday.
- I will check the Late Dispatch Rate every day in Account Health.
- If backlog is more than 20 orders, I will pause the listings until it is cleared.

I humbly request that you review my plan and reinstate my account.

Regards,
Chinedu Okafor
Okafor Global Ventures""",
  style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", done=False, pr="PREVENTIVE MEASURES",
  pol=("Late Dispatch Rate",), dec=(("mild-plea", "I humbly request that you review my plan"),),
  notes="Nigerian seller; corrective section only future tense (will request / will be moving / will extend)")

M("poa-related-ru-004", A, "related-accounts", "DE", "other-non-native",
  "Appeal - account related to another deactivated account",
  """Hello,

my account Volga Trade GmbH was deactivated, notice says our account is related to another account which was deactivated before. Below our plan of action.

## What caused the relation

I was co-founder of other company, Baltic Goods UG, together with my former partner. In 2024 I leave this company, but I still used the same laptop and the same home internet when I opened Volga Trade. Also the old company still had my phone number as contact. Baltic Goods UG was closed by Amazon for reasons I do not know, and this made the link to my new account.

## Steps taken

- I have changed the phone number on Baltic Goods UG account with help of my former partner, now it is his number.
- I have a new laptop only for Volga Trade, used by me only.
- I have notarized document that I leave Baltic Goods UG on 3 June 2024, it is attached, and the Handelsregister extract.

## Prevention

-

Please check and reactivate our account. We sell Russian tea and ceramics, all good reviews.

Best regards
Dmitri Sokolov
Volga Trade GmbH""",
  style="markdown", rc="What caused the relation", co="Steps taken",
  pol=("related to another account",), dec=(("foreign-snippet", "Handelsregister"),),
  notes="Prevention heading has only a dash under it: preventive labeled absent")

M("appeal-nopoa-eg-005", A, "counterfeit", "UK", "other-non-native",
  "PLEASE REACTIVATE MY ACCOUNT",
  """Dear Amazon,

My account is suspended since 9 days and I do not understand why. I never sold any fake item in my life, I am honest man and I buy my phone cases from the big market in Cairo from the same trader for years. Please I beg you to open my account, this is the only income for my family and my children school fees are due this month. I have five employees waiting for salary and I cannot pay them. I swear to God my products are original and good quality, the customers love them, look at my feedback 4.8 stars. Why you do this to small seller?? I am destroyed completely. Please, please reactivate my account today, I will do anything you ask.

Ahmed Mostafa
Nile Cases Store""",
  emo=("Please I beg you to open my account", "I swear to God my products are original", "Why you do this to small seller??",
       "I am destroyed completely", "Please, please reactivate my account today"),
  notes="Egyptian seller; no POA, no attachment, no policy named, pleading")

M("poa-iptm-de-006", A, "ip-trademark", "UK", "other-non-native",
  "Appeal: trademark infringement notice, complaint ID 1528834071",
  """Dear Seller Performance team,

we received a notice of Trademark infringement (complaint ID 1528834071) from the owner of the trademark "KLARWERK" (UK00003851220) regarding our listing for a stainless steel shower squeegee. Our account was deactivated on 2 April. Our analysis and measures:

**Ursache / Root cause**
Our product title used the words "Klarwerk style" because our product designer thought it describes a design type. This was wrong. KLARWERK is a registered trademark and we had no permission to use it. Nobody in our team checked the title against trademark databases before publishing.

**Sofortmaßnahmen (done)**
1. We deleted the word from title, bullet points and backend keywords of all 6 affected ASINs on 3 April.
2. We contacted the rights owner by email, apologised and confirmed the removal. Their reply is attached.
3. We checked our full catalogue of 214 listings for any other third-party brand names and found 2 more, which we also corrected.

**Vorbeugung / Prevention**
- Every new listing text is checked against the UKIPO and EUIPO databases before upload, by a second person.
- Our listing guideline now has a list of forbidden words.
- Training for both content editors done on 10 April, repeated every 6 months.

We are convinced that this was a one-time mistake and ask you to reinstate our selling privileges.

Mit freundlichen Grüßen
Katrin Bauer
Bauer Bad & Küche GmbH""",
  style="bold", rc="Ursache / Root cause", co="Sofortmaßnahmen (done)", pr="Vorbeugung / Prevention",
  pol=("Trademark infringement",), dec=(("complaint-id", "1528834071"), ("trademark-number", "UK00003851220"),
                                        ("foreign-snippet", "Mit freundlichen Grüßen")),
  notes="German seller, bilingual headings, good POA")

M("fba-lost-co-007", F, "", "US", "latam",
  "Units lost in inbound shipment FBA17XK4PL2Q",
  """Hi Seller Support,

we sent shipment FBA17XK4PL2Q to the warehouse ONT8 with 480 units of our coffee grinder, SKU CG-BLK-01. The carrier UPS delivered 12 boxes, tracking 1Z8V72W40398127745 and others, proof of delivery attached signed by the receiving dock. But in the shipment page only 432 units are received, 48 units missing, that is exactly one box. It is already 45 days after delivery and the shipment is closed, no reimbursement was made.

Please can you investigate and reimburse the 48 units. I attach the invoice from our factory in Pereira and the box content file.

Muchas gracias,
Valentina Gómez
Café Molino SAS""",
  topic="lost-inbound", dec=(("shipment-id", "FBA17XK4PL2Q"), ("tracking-number", "1Z8V72W40398127745"), ("sku", "CG-BLK-01")),
  notes="Colombian seller, plain inbound reimbursement request")

M("tech-login-us-008", T, "", "US", "native",
  "Can't sign in - two-step verification codes not arriving",
  """Hi,

Since yesterday I can't get into Seller Central. I enter my email and password fine, then it asks for the two-step verification code and the text message never arrives. I tried the "didn't receive the OTP" link about ten times and also tried the voice call option, nothing. My phone number on the account is the same as always (ending in 4417). I haven't changed my password recently and I'm not asking you to reset it, I just need the codes to come through or another way to verify, like the authenticator app.

I have orders to ship today so this is kind of urgent. Is there an outage with SMS codes in the US?

Thanks,
Greg Palmer
Palmer Outdoor Supply""",
  topic="login", dec=(("password-word", "password"), ("otp-word", "OTP"), ("verification-code-word", "verification code")),
  notes="password, OTP and verification code mentioned with no value")

M("poa-review-ua-009", A, "review-manipulation", "US", "other-non-native",
  "Appeal — Customer Product Reviews policy violation",
  """Dear Seller Performance,

our account was deactivated for violation of Customer Product Reviews policy. We take this serious.

Actions we have taken:
- We stopped the insert card in our packaging that offered a free phone stand for a review. All cards were destroyed, about 3,000 pieces, photo attached.
- We removed the Vine-like "testers group" on Facebook that we managed, and we have deleted all posts.
- We have contacted the agency which did our marketing and ended the contract on 20 March.

Measures for the future:
- Any packaging insert or email to customers will be checked by me personally against the Amazon rules before printing.
- We will use only Request a Review button and Amazon Vine program for reviews.
- I and my 2 colleagues completed the Seller University course about reviews.

Thank you,
Oksana Melnyk
Kyiv Smart Gadgets""",
  style="colon", co="Actions we have taken:", pr="Measures for the future:",
  pol=("Customer Product Reviews policy",),
  notes="Ukrainian seller; no root cause at all: actions and prevention only, never says why it happened")

M("poa-cancel-us-010", A, "cancel-rate", "US", "native",
  "Plan of Action – Pre-fulfillment Cancel Rate – Northline Goods LLC",
  """To the Seller Performance Team,

Northline Goods LLC respectfully submits this Plan of Action regarding the deactivation of our account for exceeding the Pre-fulfillment Cancel Rate target of 2.5% (our rate reached 7.1% for the period 1 February – 2 March 2026).

What went wrong
Our inventory for merchant-fulfilled listings is synced from our warehouse system to Amazon through a third-party connector. On 3 February the connector's scheduled job failed silently after an update. For nineteen days Amazon continued to show stock that we had sold on other channels, and we were forced to cancel 212 orders we could not fill.

What we have fixed
- We identified the failed job on 22 February and restored the sync the same day; quantities were reconciled manually across all 1,140 SKUs.
- We set all MFN listings with fewer than 5 units to zero available quantity.
- We contacted every affected buyer, issued full refunds and offered alternatives where we had them.

How we keep it from happening again
- The connector now sends an alert to two managers if a sync has not completed in 60 minutes.
- A daily report compares Amazon quantities to warehouse quantities; any difference over 2 units is reviewed before noon.
- We keep a safety buffer of 3 units on every MFN listing.
- Our operations manager reviews the Cancel Rate in Account Health every Monday.

We appreciate your consideration and remain available for any further information.

Sincerely,
Laura Chen, Operations Director
Northline Goods LLC""",
  style="plain", rc="What went wrong", co="What we have fixed", pr="How we keep it from happening again",
  pol=("Pre-fulfillment Cancel Rate", "Cancel Rate"),
  notes="polished consultant-like native POA, plain headings")

M("tech-deposit-tr-011", T, "", "UK", "turkish",
  "Deposit method cannot be verified - new bank account",
  """Hello,

We changed our bank from Garanti to Ziraat because of better exchange rate, and now Seller Central say the deposit method cannot be verified and disbursements are on hold. I add the new bank details again but still error "bank account could not be verified". Please check, here is the information exactly as in bank letter:

Account holder: Ege Deri Ürünleri Ltd. Şti.
IBAN: TR605677482818035474109351
SWIFT: TCZBTR2AXXX

The bank statement with this IBAN is in attachment. Our last disbursement was hold 14 days now and we need to pay the leather supplier. Can you tell us what document is missing?

Teşekkürler,
Burak Aydın""",
  topic="deposit-method", sec=(("iban", "TR605677482818035474109351"),), dec=(("swift-code", "TCZBTR2AXXX"),),
  notes="Turkish seller pastes full IBAN into the case; SWIFT is a decoy")

M("poa-safety-mx-012", L, "product-safety", "US", "latam",
  "Reinstatement of ASIN B0D2MX8QW4 - missing safety documents",
  """Hello Product Safety team,

Our listing for the baby bath thermometer (ASIN B0D2MX8QW4) was removed for a product safety concern: customers reported the display showing wrong temperature. We understand that for a children's product this is very serious.

A) Cause we found
We tested 50 units from the same batch in our office and 7 of them read 2 to 4 degrees lower than a reference thermometer. The factory changed the sensor supplier in the last batch and did not tell us. We did not do incoming testing of this batch because the previous 6 batches were perfect.

B) Actions completed
- All 1,260 units of this batch were removed from FBA and destroyed (removal order ID 4VkLPQxr2T).
- We sent a new sample to an accredited lab, the test report for ASTM F963 and the CPC is attached.
- We emailed all buyers of the batch with a full refund offer.

C) Prevention
- Each new batch: 5% sample tested against a reference thermometer before shipping.
- The factory signed an agreement not to change any component without written approval.

Thank you for your review.
Fernanda Torres
BebéSano MX""",
  style="lettered", rc="A) Cause we found", co="B) Actions completed", pr="C) Prevention",
  pol=("product safety concern",), dec=(("asin", "B0D2MX8QW4"), ("removal-order-id", "4VkLPQxr2T")),
  notes="Mexican seller, listing reinstatement, lettered headings")

M("poa-vtr-ng-013", A, "valid-tracking", "US", "other-non-native",
  "Please review my account",
  """Hello team,

Reason: my shop used a local courier for orders to Texas and Florida that does not give tracking numbers that Amazon can read, so many orders showed as without tracking. Fix: I already changed to USPS for all orders and I upload the tracking the same day, since 15 March every order has tracking that is scanned, you can check in my order report. I also removed 4 listings that were heavy items I could not ship with USPS. Prevention: I will check every Friday the shipping report and no carrier is used unless it is in the Amazon list. My account is very important to me, please review and help me to continue.

Tunde Bakare
TB Naija Crafts""",
  style="inline", rc="Reason:", co="Fix:", pr="Prevention:",
  notes="Nigerian seller; inline parts but never names the policy or metric (valid tracking) he violated")

M("brand-hijack-ru-014", B, "", "US", "other-non-native",
  "Hijacker on our brand listing — Brand Registry brand SIBERKA",
  """Hello Brand Registry support,

We are owner of brand SIBERKA (registered, US serial 97418820), we sell wool socks. From last week another seller "Best Deals Shop 88" is selling on our listing ASIN B0BRU55KZ1 for $9.99, our price is $18.99. We made test buy, order 113-7720384-5519264, and the product we received is not our socks, it has no logo, different packaging, very bad quality. Photos of our original and their item are attached.

Please remove this seller from our listing. We already sent a report through Report a Violation tool but it was closed with no action.

Regards,
Irina Volkova
Siberka Textiles LLC""",
  topic="hijacker", dec=(("trademark-number", "97418820"), ("asin", "B0BRU55KZ1"), ("order-id", "113-7720384-5519264")),
  notes="Russian seller, hijacker with test buy")

M("cat-grocery-co-015", C, "", "US", "latam",
  "Request approval Grocery & Gourmet - Colombian coffee",
  """Good afternoon,

We want to sell our coffee beans from Huila in Grocery & Gourmet Food category. We are the producer, the farm and the roasting plant are ours. I upload two invoices from our packaging supplier (invoice FV-20931 and FV-21002) but the system rejected them because they are not from a distributor. We are the manufacturer, there is no distributor.

I attach now the INVIMA registration, the FDA food facility registration and photos of the packaging with lot number and best before date. Please tell us if you need more documents.

Thank you very much,
Camilo Restrepo
Finca La Esperanza Coffee""",
  topic="grocery", dec=(("invoice-number", "FV-20931"), ("invoice-number", "FV-21002")),
  notes="Colombian producer, ungating")

M("poa-counterfeit-eg-016", A, "counterfeit", "AE", "other-non-native",
  "Appeal for suspended account - counterfeit complaint",
  """To Amazon Seller Performance,

I received that my account is suspended for Counterfeit complaint on perfume listing. This is nightmare for me, I cannot sleep from 5 days.

Our POA - root cause:
We bought 200 bottles from a wholesaler in Dubai who showed us documents that looked genuine, but after the complaint we asked the brand and they said this wholesaler is not authorized. We trusted him without verify with the brand.

Our POA - what we did:
- Removed all remaining 86 bottles and asked for disposal.
- Cancelled all open orders.
- Now we buy only from the official distributor for GCC, agreement attached.

Our POA - future:
- We verify every supplier with the brand owner before first order.
- Keep all invoices 3 years.

Please have mercy on us, we are small family business and we will lose everything if you do not help us. I am begging you from my heart.

Youssef Hamdy
Hamdy Scents Trading""",
  style="our-poa", rc="Our POA - root cause:", co="Our POA - what we did:", pr="Our POA - future:",
  pol=("Counterfeit complaint",),
  emo=("This is nightmare for me, I cannot sleep from 5 days.", "Please have mercy on us",
       "we will lose everything if you do not help us", "I am begging you from my heart"),
  notes="Egyptian seller on AE; full POA but strong pleading before and after")

M("tech-payment-ng-017", T, "", "UK", "other-non-native",
  "Card declined for monthly subscription fee",
  """Dear Support,

My account show "payment method declined" for the Professional selling plan and I have tried 3 times. I am sure the card is working because I use it every day. Please charge it manually, the details are:

Card number 4221836285261949
Expiry 07/29
CVV 618
Name: Adaeze Nwosu

If there is problem please call me on +44 7700 900482. I do not want my listings to be inactive because of this fee.

Thanks and regards,
Adaeze Nwosu
Ada Hair & Beauty UK""",
  topic="payment-method", sec=(("card", "4221836285261949"), ("card-expiry", "07/29"), ("card-code", "618")),
  dec=(("phone", "+44 7700 900482"),),
  notes="Nigerian seller pastes full card, expiry and CVV")

M("poa-drop-de-018", A, "drop-shipping", "DE", "other-non-native",
  "Widerspruch / appeal - Drop Shipping Policy",
  """Dear Seller Performance,

our account was deactivated for a violation of the Drop Shipping Policy after customers received parcels with invoices from another online shop. Please find our plan below.

# Root cause analysis

In January our own warehouse in Leipzig ran out of garden lights during a sale. Our purchase manager, to keep orders on time, ordered 140 units directly from another retailer's web shop and let them ship straight to our Amazon customers. Their invoices and packing slips were in the parcels. He did not know this is forbidden, and we had no written rule that forbids it. Our internal sourcing policy only covered quality, not who ships.

# Corrective measures taken

- All 140 affected customers got an email and a 10 € voucher refund; 9 returns were accepted.
- The practice was stopped immediately, on 28 January.
- Out-of-stock SKUs are now set to zero automatically by our ERP.

# Long-term controls

- Every order is packed and shipped from our warehouse only, with our own invoice.
- The purchase manager and two colleagues were trained on the Amazon policy; training is part of onboarding now.
- Monthly audit of 30 random orders by the managing director.

Kind regards
Jonas Weber
Weber Gartenwelt GmbH""",
  style="markdown", rc="Root cause analysis", co="Corrective measures taken", pr="Long-term controls",
  pol=("Drop Shipping Policy",), dec=(("policy-like", "Our internal sourcing policy"),),
  notes="German seller; 'internal sourcing policy' is the seller's own policy, not a policy name")

M("appeal-attached-us-019", A, "related-accounts", "CA", "native",
  "Appeal for account deactivation - related account - POA attached",
  """Hello,

Please find attached our Plan of Action in response to the deactivation notice dated March 4, 2026, which states that our account is related to an account that is not permitted to sell. The attached PDF explains how the link occurred (a shared bookkeeper who logged into both accounts from her office) and the steps we have taken, together with a signed letter from the bookkeeper and the business registration of both companies showing different owners.

We are happy to provide anything else you need.

Thank you,
Marc Tremblay
Maple Ridge Pet Supplies Inc.""",
  att=True, pol=("related to an account that is not permitted to sell",),
  notes="native cover letter, POA in attachment; short summary of cause is not a full POA")

M("poa-restricted-tr-020", L, "restricted-products", "UK", "turkish",
  "Restricted products - listing removed herbal tea",
  """Hello,

Our listing for herbal slimming tea was removed under the Restricted Products policy because the description said "burns fat" and "cures bloating".

Why it was happened
Our copywriter took the sentences from the Turkish website of the producer and translated them. In Turkey these claims are common on packaging, we did not know that in UK this is a medical claim and not allowed.

What we corrected
We will correct it.

How we prevent
- All texts will be checked by our compliance consultant before upload.
- We made list of forbidden claim words (cure, treat, burn fat, detox disease).

Please reinstate the listing.

Saygılar,
Elif Demir
Demir Organik""",
  style="plain", rc="Why it was happened", pr="How we prevent",
  pol=("Restricted Products policy",), dec=(("foreign-snippet", "Saygılar"),),
  notes="corrective heading has only 'We will correct it.': nothing real under it, labeled absent")

# ---------------------------------------------------------------- chunk 2

M("poa-used-tr-021", A, "used-sold-as-new", "US", "turkish",
  "POA for Used Sold as New complaints",
  """Dear Amazon Seller Performance,

Our account is under review because of Used Sold as New complaints from 5 customers for our espresso machines. Here is our plan.

1- Root cause
When a customer return a machine to us (we ship MFN), our warehouse staff checked the box, if it looks OK they put it back to stock as new. Some of these machines were tested by the customer before and had coffee marks inside. Our staff did not open the machine to check.

2- Corrective actions
- We will take all returned units out of the new stock and check them one by one.
- We will contact the 5 customers and send them a new machine.
- We are going to create a separate SKU for used items with condition "Used - Very Good".

3- Preventive actions
- Returned items will never go back to new stock, always to the used SKU or to the outlet.
- Staff training each 3 months.

We hope you accept our plan.

Best regards,
Serkan Öztürk
Istanbul Kahve Makineleri""",
  style="numbered", rc="1- Root cause", co="2- Corrective actions", done=False, pr="3- Preventive actions",
  pol=("Used Sold as New",),
  notes="corrective section entirely future (will take / will contact / are going to create)")

M("appeal-nopoa-mx-022", A, "late-shipment", "US", "latam",
  "Solicitud de reactivación de cuenta",
  """Hola equipo de Amazon,

Mi cuenta fue desactivada por la tasa de envíos tardíos. Yo vendo artesanías de Oaxaca y los pedidos salen desde mi taller, y en diciembre la paquetería tuvo muchos retrasos por las fiestas. No fue mi culpa, yo entregué todos los paquetes a tiempo en la oficina de la paquetería, tengo los recibos. Por favor revisen mi caso y reactiven mi cuenta, tengo más de 300 reseñas positivas y nunca tuve problemas antes. Estoy disponible para cualquier información adicional.

Gracias,
Rosa Hernández
Artesanías Rosa""",
  lang="es", pol=("tasa de envíos tardíos",),
  notes="Spanish on US; no POA, no attachment; blames carrier; the metric named in Spanish counts as cited")

M("fba-whlost-tr-023", F, "", "UK", "turkish",
  "Warehouse lost units not reimbursed - FNSKU X002KQ7T9B",
  """Hello,

In the Inventory Ledger report I see that 22 units of our product FNSKU X002KQ7T9B (linen bed sheet set) were marked "lost" in warehouse LBA4 on 4 February. After 30 days they are not found and we received reimbursement only for 10 units, reimbursement ID 2918374650. The other 12 units are still not reimbursed and not found.

Can you please check and reimburse the remaining 12 units at the correct value? Our sale price is £39.90, the reimbursement for the 10 units was calculated at £11 per unit, this is also too low, our cost invoice is attached.

Thank you,
Hakan Çelik
Ege Linen Co.""",
  topic="warehouse-lost", dec=(("fnsku", "X002KQ7T9B"), ("reimbursement-id", "2918374650")),
  notes="Turkish seller, warehouse-lost")

M("poa-condition-co-024", A, "condition", "US", "latam",
  "Account at risk - product condition customer complaints",
  """Hello Seller Performance,

We received the deactivation for high number of customer complaints about product condition (items arrived scratched or in damaged box). We sell refurbished? No, we sell new small kitchen appliances.

ROOT CAUSE
We are still investigating with our team.

ACTIONS TAKEN
- We changed the packaging: every appliance now goes in a double wall box with air cushions, since 1 March.
- We inspected the 600 units in our Bogotá warehouse and took out 41 units with scratches, they are sold now in our physical outlet.
- We refunded all complaining customers.

PREVENTIVE
- Final inspection checklist with photo before every shipment.
- Drop test of the new packaging every month.

Thanks for your time,
Andrés Mejía
Hogar Andino SAS""",
  style="caps", co="ACTIONS TAKEN", pr="PREVENTIVE",
  pol=("product condition",),
  notes="ROOT CAUSE heading says only 'still investigating': root cause labeled absent")

M("poa-pricegouge-us-025", A, "price-gouging", "US", "native",
  "Appeal - Fair Pricing Policy deactivation",
  """Hello,

We are writing because we received a deactivation notice on April 2 for violating the Amazon Fair Pricing Policy on two listings of N95 respirators.

**Root cause**
Our repricing software had a maximum price rule of "no limit" on a group of 14 SKUs that had been set up by a former employee. When a competitor went out of stock, the tool raised our price on two SKUs from $24.99 to $89.99 within a few hours. No one reviewed price changes on that group.

**What we've done**
- Both SKUs were set back to $24.99 the same morning and we issued partial refunds to the 17 customers who bought at the higher price.
- Every SKU in the repricer now has a maximum price of 120% of our list price.
- The former employee's repricer login was removed.

**Going forward**
- A daily price-change report is emailed to the owner; any change over 15% in 24 hours is reviewed by hand.
- During declared emergencies we disable automatic repricing for health and safety items.

Thank you for reviewing our appeal.

Dan Mitchell
Mitchell Safety Supply""",
  style="bold", rc="Root cause", co="What we've done", pr="Going forward",
  pol=("Fair Pricing Policy",), dec=(("because-not-cause", "We are writing because we received a deactivation notice"),),
  notes="native, 'writing because we received' explains nothing: because-not-cause decoy")

M("tech-api-ua-026", T, "", "US", "other-non-native",
  "SP-API authorization fails for our developer app",
  """Hi support,

we build small internal tool with SP-API to download orders. After we register the app (App ID amzn1.sp.solution.7c2e81a4-55b0-4f0e-9d3e-b41f0a9d2e17) the self-authorization always ends with error "MD1000". We followed documentation step by step. To make it faster for you, you can log in to our developer Seller Central and check yourself:

email: dev@karpaty-goods.com.ua
password: Kv!rt2026sp

We are in Lviv, so please answer in email, our phone line is not stable now.

Thanks,
Taras Bondarenko
Karpaty Goods""",
  topic="api", sec=(("password", "Kv!rt2026sp"),),
  dec=(("app-id", "amzn1.sp.solution.7c2e81a4-55b0-4f0e-9d3e-b41f0a9d2e17"), ("error-code", "MD1000")),
  notes="Ukrainian seller shares login password for support to check")

M("poa-iden-eg-027", A, "identity-verification", "UK", "other-non-native",
  "Appeal - identity verification failed",
  """Dear Team,

My account was deactivated because I could not complete verification under Section 3 of the Business Solutions Agreement. I explain what happen and what I did.

Root cause: the utility bill I uploaded was in the name of my father, because the flat in Alexandria is registered in his name. Your team cannot accept this as proof of my address. Also the name on my passport is "Mohamed" but on my bank statement it is "Mohammed", this difference stopped the verification.

Corrective action: I have uploaded a new bank statement issued on 10 March with my name exactly as in passport, the bank corrected the spelling, and a lease contract in my own name for my office in Alexandria. I have booked a video call for verification on the next available date.

Preventive measure: all documents for the account will be in my own name and the same spelling, and I will update Amazon immediately if my address changes.

Thank you,
Mohamed Farouk
Farouk Trading""",
  style="inline", rc="Root cause:", co="Corrective action:", pr="Preventive measure:",
  pol=("Section 3 of the Business Solutions Agreement",),
  notes="Egyptian seller, BSA Section 3 POA")

M("poa-odr-ru-028", A, "odr", "US", "other-non-native",
  "Appeal of deactivation - Order Defect Rate",
  """Hello,

Three years I sell on Amazon without any problem and now in one week all is finished. I cannot believe you kill my business for 9 negative feedbacks. It is very unfair! Anyway, here our POA as you ask.

A. Reason
Our Order Defect Rate became 1.6% because of a batch of thermos bottles with leaking lid. Customers left negative feedback and 4 opened A-to-z claims. The factory changed the silicone ring material without telling us.

B. What was done
- All 340 thermos from this batch we removed from FBA and returned to the factory for replacement.
- All customers got full refund and we wrote to each one.
- We answered all A-to-z claims.

C. Future
- Leak test of 20 units from each batch in our office before FBA.
- Material specification in the contract with factory.

Please return my account, I have family and employees, you do not understand what you are doing to people.

Alexei Morozov
Morozov Home LLC""",
  style="lettered", rc="A. Reason", co="B. What was done", pr="C. Future",
  pol=("Order Defect Rate",),
  emo=("I cannot believe you kill my business for 9 negative feedbacks.", "It is very unfair!",
       "you do not understand what you are doing to people"),
  notes="Russian seller; complete POA wrapped in angry complaint")

M("brand-contrib-de-029", B, "", "DE", "other-non-native",
  "Listing contributions overwrite our brand images",
  """Hello Brand Registry,

we are the registered brand owner of "HOLZFREUND" (DPMA 302023118473) and we sell wooden toys. Since 3 weeks our main image and the bullet points of ASIN B0CDE7HF22 are changed again and again by another contributor. The new image is a photo of a similar toy from another producer. We corrected the listing 4 times through "Edit product detail" but after 1-2 days it changes back.

Please lock the listing to our brand contribution and investigate who is changing it. Screenshots with dates are attached.

Mit freundlichen Grüßen
Stefan Hoffmann
Holzfreund Spielwaren GmbH""",
  topic="listing-contribution", dec=(("trademark-number", "302023118473"), ("asin", "B0CDE7HF22"), ("foreign-snippet", "Mit freundlichen Grüßen")),
  notes="German seller, listing contribution issue")

M("poa-inauth-us-030", A, "inauthentic", "US", "native",
  "Inauthentic complaint appeal",
  """Hi there,

Our account got suspended for an inauthentic item complaint on a pair of headphones. Here's what happened and what we did.

Cause - we bought a closeout lot of 120 headphones from a liquidator in Ohio. They gave us a bill of sale but it turned out the liquidator was not an authorized reseller for that brand, and we had no way to show a supply chain back to the manufacturer.

Fixes - we pulled all 64 units still in FBA and had them disposed of, we refunded the customer who complained, and we closed the listings for every item we got from that liquidator (5 ASINs). We are now only buying that brand from their authorized distributor, and we've attached the first invoice from them dated March 18.

Let us know if you need anything else.

Ryan Brooks
Brooks Audio Deals""",
  style="inline", rc="Cause -", co="Fixes -",
  pol=("inauthentic item complaint",),
  notes="short native appeal; no preventive part at all (only what was done)")

M("tech-tax-mx-031", T, "", "US", "latam",
  "Tax interview rejected and deposit account",
  """Hello support,

Our company is Mexican (RFC GUZ190523KL8) but we opened a US LLC for Amazon. The tax interview was rejected two times, the message says our W-8BEN-E information does not match. I think the problem is that the LLC is single member and maybe we need the W-9 instead? Please advise.

Also, the deposit method: I entered our US bank account at Chase but it shows "invalid". The information is:
Routing number: 021000021
Account number: 483920175562

Please confirm if these are correct or what is wrong. Our EIN is 88-4017732.

Gracias,
Luis Guzmán
Guzmán Trading LLC""",
  topic="tax-interview", sec=(("routing-number", "021000021"), ("bank-account", "483920175562")),
  dec=(("tax-id", "GUZ190523KL8"), ("tax-id", "88-4017732")),
  notes="Mexican seller pastes routing and account number; RFC and EIN are decoys")

M("poa-safety-ng-032", A, "product-safety", "US", "other-non-native",
  "Appeal - product safety - hair dryer",
  """Dear Sir/Madam,

I am writing to appeal the deactivation of my account due to a product safety complaint about a travel hair dryer that overheated.

## Cause

The hair dryers were bought from a new supplier in Guangzhou. They were sold with a UL mark on the box but after the complaint I checked the UL database and the certificate number does not exist. I did not verify it before listing.

## Actions

- I will remove the remaining units from the Amazon warehouse.
- I will send the buyers an email to stop using the product.
- I will get a new supplier with real certificates.

## Prevention

- Before any electrical product is listed I will check the certificate in the official database.
- I will keep copies of all certificates and test reports.

Thank you for your consideration.

Femi Adeyemi
Adeyemi Beauty Store""",
  style="markdown", rc="Cause", co="Actions", done=False, pr="Prevention",
  pol=("product safety complaint",),
  notes="Nigerian seller; every corrective action is 'I will' - not done")

M("cat-jewelry-tr-033", C, "", "US", "turkish",
  "Fine jewelry category approval - silver jewelry",
  """Hello,

We are manufacturer of 925 sterling silver jewelry in Istanbul Kapalıçarşı since 1998. We apply for Fine Jewelry category and the application asked for independent quality test. We attach:
- Test report from Istanbul Assay Office for 3 of our rings, report no. IAO-2026-08817
- Photos of the hallmark "925" on each item
- Our company registration (Ticaret Sicil)

Also we want to ask, do we need test for each design or is one report enough for all 120 designs? Please let us know.

Saygılarımızla,
Zeynep Kaya
Kaya Gümüş""",
  topic="jewelry", dec=(("certificate-number", "IAO-2026-08817"), ("foreign-snippet", "Saygılarımızla")),
  notes="Turkish manufacturer, category approval with question")

M("poa-review-mx-034", A, "review-manipulation", "MX", "latam",
  "Apelación - we write in English - reviews policy",
  """Dear Seller Performance, we write in English for faster answer. Amazon deactivated our account because we violated the Community Guidelines on reviews: we sent emails to buyers through a third party tool asking them to change their 3 star review to 5 stars in exchange of a discount code. We did this because our previous consultant told us this is normal, but that is not a reason, the real cause is that nobody in our company read the review rules and we trusted the tool without checking what messages it sends. We have already cancelled the subscription of that tool on 11 March, deleted all message templates, and we sent only the standard Amazon review request after that. We also removed the discount codes that were created for this. Our manager and our two employees completed the Seller University module about reviews and signed a document that they understand the rules. For the future, no communication with buyers will be sent outside of Buyer-Seller Messaging templates approved by the manager, and we will review every month the list of active tools connected to our account in the App Store settings. Thank you.

Jorge Salinas
Tienda Salinas""",
  style="none", rc="the real cause is that nobody in our company read the review rules",
  co="We have already cancelled the subscription", pr="For the future, no communication",
  pol=("Community Guidelines",),
  dec=(("because-not-cause", "We did this because our previous consultant told us this is normal"),),
  notes="one paragraph; the first 'because' is an excuse, the seller says so; real cause follows")

M("fba-removal-ua-035", F, "", "DE", "other-non-native",
  "Removal order completed but units not received",
  """Hello,

Removal order ID QpR7ZK2mWx was marked completed on 2 March with 150 units shipped to our address in Frankfurt (Oder). We received only one box with 60 units. DHL tracking 00340434161094027318 shows delivered 1 of 3 parcels, the other 2 tracking numbers have no information.

Please investigate and reimburse the 90 missing units, SKU LNG-PIL-02 (linen pillow covers). Our warehouse signed only for one box, the delivery note is attached.

Best regards,
Olena Kravchenko
Len Dim""",
  topic="removal", dec=(("removal-order-id", "QpR7ZK2mWx"), ("tracking-number", "00340434161094027318"), ("sku", "LNG-PIL-02")),
  notes="Ukrainian seller, removal order missing units")

M("appeal-nopoa-ru-036", A, "inauthentic", "US", "other-non-native",
  "Апелляция по деактивации аккаунта",
  """Здравствуйте,

мой аккаунт был деактивирован, я не понимаю причину. Я продаю матрешки и деревянные сувениры, которые делают мастера в нашей мастерской под Владимиром. Все товары ручной работы, ничего поддельного у нас нет и никогда не было. Прошу проверить мой аккаунт еще раз и восстановить его. Могу прислать фотографии мастерской, счета за материалы и документы на регистрацию компании. Мы работаем на Amazon уже два года. Спасибо.

Наталья Смирнова
Русский Сувенир""",
  lang="ru",
  notes="Russian on US; no POA, no attachment, no policy named")

M("poa-listing-co-037", L, "listing-policy", "US", "latam",
  "Reinstatement request - listing removed for variation policy",
  """Hello,

Our listing of phone cases was suppressed for violating the Variation policy: we had combined different phone models and also screen protectors under one parent ASIN B0CO4PH7X1.

Step 1 - What was the problem
Our employee created the parent to collect reviews in one page. He thought it is OK because all are phone accessories. Screen protectors are a different product and must not be a variation.

Step 2 - What we changed
We deleted the screen protectors from the family and created them as separate listings. The remaining variations are only the same case in different colors and phone models. The change was made on 12 March, flat file attached.

Step 3 - How we avoid it
Before creating any variation family, our catalog manager checks the Variation policy page and the category style guide. Monthly review of all parent ASINs.

Thank you,
Daniela Ospina
CaseMania Colombia""",
  style="numbered", rc="Step 1 - What was the problem", co="Step 2 - What we changed", pr="Step 3 - How we avoid it",
  pol=("Variation policy",), dec=(("asin", "B0CO4PH7X1"),),
  notes="Colombian seller, 'Step N' headings")

M("poa-late-us-038", A, "late-shipment", "US", "native",
  "Appeal - Late Shipment Rate",
  """Amazon,

You suspended our account for a Late Shipment Rate of 5.2%.

Root Cause:
During the week of February 9 a winter storm closed our warehouse in Buffalo for three days. We could not confirm shipment on about 90 orders.

Corrective Actions:
None needed. The storm was a one-time event outside our control, and the warehouse is running normally again.

Preventive Measures:
We will use the vacation setting if there is a storm warning and add one extra handling day in our shipping template in winter months.

Please reinstate.

Kevin O'Neill
Lakeshore Hardware""",
  style="colon", rc="Root Cause:", pr="Preventive Measures:",
  pol=("Late Shipment Rate",),
  notes="corrective heading present but says 'None needed': labeled absent; proud tone, not emotional")

M("tech-otp-tr-039", T, "", "UK", "turkish",
  "Verification code problem - cannot add new user",
  """Hello,

I want to add my accountant as new user in User Permissions. When he accept the invitation, Amazon send a verification code to my phone, not to him. Now the code is expired. I received this SMS 10 minutes ago: "Amazon doğrulama kodu: 482913". Can you use this code to activate his user from your side? Or send a new invitation please.

His email is muhasebe@kilimcim.com.tr.

Teşekkürler,
Ayşe Arslan
Kilimcim""",
  topic="login", sec=(("one-time-code", "482913"),),
  dec=(("verification-code-word", "verification code"),),
  notes="Turkish seller pastes SMS code (doğrulama kodu) into the case")

M("poa-cancel-eg-040", A, "cancel-rate", "AE", "other-non-native",
  "Appeal - Cancellation Rate above target",
  """Dear Seller Performance Team,

Unfortunately our Cancellation Rate reached 4.1% last month and our account was suspended. We are very sorry for the inconvenience caused to customers. Please find our plan.

Root cause:
We list perfumes that we buy in Dubai market. Our stock file was updated manually once per week, so when items sold out in our physical shop the Amazon stock stayed the same and we had to cancel orders.

What we did:
- Connected our shop POS to Seller Central through an inventory app, stock now updates every 15 minutes (since 1 March).
- Removed 23 slow-moving ASINs where we have only 1-2 units.
- Cancelled orders were refunded immediately.

Prevention:
- Daily check of the cancellation report by the store manager.
- Minimum 3 units in stock before a listing is active.

Regards,
Karim Saleh
Saleh Perfumes LLC""",
  style="colon", rc="Root cause:", co="What we did:", pr="Prevention:",
  pol=("Cancellation Rate",),
  dec=(("mild-word", "Unfortunately"), ("single-apology", "We are very sorry for the inconvenience caused to customers.")),
  notes="calm letter; one 'Unfortunately' and one apology are decoys")

M("brand-owner-mx-041", B, "", "MX", "latam",
  "Brand ownership - our trademark registered by another person",
  """Hello,

We found that a person in China has registered our brand name "TLAQUEPAQUE CRAFT" in Brand Registry with a US trademark application, but our brand is registered in Mexico with IMPI since 2019, registration number 1987432. Now we cannot edit our own listings and he reported our listings as infringing.

We attach the IMPI certificate, photos of our workshop and invoices since 2019. Please tell us what is the process to prove we are the original owner and recover the control.

Thank you,
Guadalupe Ramírez
Tlaquepaque Craft""",
  topic="brand-ownership", dec=(("trademark-number", "1987432"),),
  notes="Mexican seller, brand ownership dispute")

M("poa-vtr-ua-042", A, "valid-tracking", "UK", "other-non-native",
  "Valid Tracking Rate - plan of action",
  """Hello Seller Performance,

Our account was suspended for Valid Tracking Rate below 95%. Our plan of action:

WHY IT HAPPENED
We send from Poland warehouse with local post (Poczta Polska) to UK. The tracking number was uploaded, but this service is not integrated with Amazon, so tracking was not valid for many orders.

WHAT WE WILL DO NOW
- We plan to switch to Royal Mail Tracked via our partner in Dover.
- We will upload tracking the same day through the Buy Shipping tool.
- We are going to stop the Poczta Polska service for UK orders.

HOW WE PREVENT
- Weekly check of Valid Tracking Rate.
- Only carriers from the Amazon carrier list.

Regards,
Andriy Shevchenko
Shevchenko Home Goods""",
  style="caps", rc="WHY IT HAPPENED", co="WHAT WE WILL DO NOW", done=False, pr="HOW WE PREVENT",
  pol=("Valid Tracking Rate",),
  notes="Ukrainian seller; corrective is plans only (plan to / will / are going to)")

M("poa-counterfeit-tr-043", A, "counterfeit", "US", "turkish",
  "Counterfeit complaint appeal - supplier documents",
  """Dear Seller Performance,

Our account was deactivated for counterfeit complaint on wireless earbuds ASIN B0CTR99E1L. Below our plan of action.

Root cause: we bought the earbuds from a supplier in Shenzhen that said they are the OEM factory of the brand. We did not ask for authorization letter from the brand. Our sourcing agent in China checked only the factory, not the brand rights.

Corrective: all 210 units removed from FBA for disposal (done 5 March), open orders cancelled, listing closed, supplier stopped.

Preventive: we only sell our own brand now. Any third-party brand needs a letter from the brand owner first.

Our agent sent the supplier portal details so your team can verify the invoices directly. Here is his message (in Chinese):

"供应商后台登录账号：trkhome2026，密码是 Qz7#pL29，可以查看全部发票和出货记录。"

Please log in and check, all orders are there.

Regards,
Emre Koç
Koç Elektronik""",
  style="inline", rc="Root cause:", co="Corrective:", pr="Preventive:",
  pol=("counterfeit complaint",), sec=(("password", "Qz7#pL29"),), dec=(("asin", "B0CTR99E1L"),),
  notes="pasted Chinese note from sourcing agent with a supplier-portal password (密码是)")

M("fba-damaged-ng-044", F, "", "US", "other-non-native",
  "Damaged inbound units - shipment FBA18QW2M0ZD",
  """Hello Seller Support,

Our shipment FBA18QW2M0ZD arrived at PHX7 and 36 units of shea butter jars were marked as damaged at receiving. I understand damage can happen, but the photos from the carrier show the boxes were in good condition on delivery, so the damage happened inside the fulfillment center.

Please can you review and reimburse the 36 units. The invoice is attached, unit cost $6.40.

Thank you,
Ngozi Eze
Eze Naturals""",
  topic="damaged-inbound", dec=(("shipment-id", "FBA18QW2M0ZD"),),
  notes="Nigerian seller, short damaged-inbound request")

M("poa-sellercode-us-045", A, "seller-code-of-conduct", "US", "native",
  "Appeal - Seller Code of Conduct",
  """To whoever reads these,

This is absolutely ridiculous. I have been selling on Amazon for 11 years and have never been treated like this. You deactivated us under the Seller Code of Conduct because one customer said I was rude in a message. Fine. Here is your plan.

Why it happened
A buyer asked for a refund on a used tool after 70 days and threatened a 1-star review. I answered him in a sarcastic way and told him to read the return policy. That message was unprofessional.

What I did
I apologized to the buyer in writing and refunded him in full on March 3. I deleted my message templates that used "per our policy, no exceptions" wording. My daughter, who is calm, now answers all buyer messages.

So it doesn't happen again
Every message goes through the Buyer-Seller Messaging templates. If a buyer threatens me, I forward it to Amazon instead of replying.

I expect this to be fixed quickly.

Walt Harris
Harris Tool Exchange""",
  style="plain", rc="Why it happened", co="What I did", pr="So it doesn't happen again",
  pol=("Seller Code of Conduct",),
  emo=("This is absolutely ridiculous.", "I have been selling on Amazon for 11 years and have never been treated like this."),
  notes="angry native seller, full POA; 'return policy' here is the seller's own policy wording")

# ---------------------------------------------------------------- chunk 3

M("poa-ipcopy-co-046", A, "ip-copyright", "US", "latam",
  "Appeal copyright infringement - product images",
  """Dear Seller Performance Team,

We received a notice of copyright infringement for using images owned by another company in 3 of our listings (yoga mats). Our account was deactivated. This is our plan of action.

## Why this happened

When we created the listings we did not have professional photos yet. Our freelancer designer downloaded lifestyle pictures from Pinterest and edited them with our logo. He did not know these photos belong to another brand, and we did not ask him where the photos came from.

## What we did to fix it

- Deleted all images from the 3 listings on 14 March and uploaded our own photos made by a photographer in Medellín (contract and raw files attached).
- Wrote to the rights owner, apologized, and they confirmed by email that they will not continue the complaint.
- Reviewed the other 27 listings, all images are now our own.

## How we make sure it does not repeat

- Only photos from our own photo sessions, with the contract saved in a shared folder.
- Freelancers sign a document that every image is original or licensed.

Thank you,
Sebastián Cárdenas
YogaVida Colombia""",
  style="markdown", rc="Why this happened", co="What we did to fix it", pr="How we make sure it does not repeat",
  pol=("copyright infringement",),
  notes="Colombian seller, copyright POA, good")

M("appeal-nopoa-tr-047", A, "related-accounts", "UK", "turkish",
  "Hesabımın yeniden açılması hakkında",
  """Merhaba Amazon ekibi,

Hesabım başka bir hesapla ilişkili olduğu için kapatıldı, ama benim başka bir hesabım yok. Kardeşim de Amazon'da satış yapıyor ve aynı adreste oturuyoruz, belki sebep budur. Onun şirketi ayrı, vergi numarası ayrı, banka hesabı ayrı. Lütfen hesabımı tekrar kontrol edin ve açın. Gerekirse kimlik ve şirket belgelerini gönderebilirim. Üç yıldır sorunsuz satış yapıyorum ve müşterilerim memnun.

Saygılarımla,
Cem Yılmaz
Yılmaz Ev Dekor""",
  lang="tr", pol=("başka bir hesapla ilişkili",),
  notes="Turkish on UK; no POA, no attachment; 'related to another account' named in Turkish counts as cited")

M("poa-drop-us-048", A, "drop-shipping", "US", "native",
  "Appeal of deactivation - Drop Shipping policy",
  """Hello Seller Performance,

We were deactivated for a Drop Shipping policy violation after a customer received our order in a box from a big retail store with their packing slip.

We have already stopped all orders from retail suppliers. Every open order was cancelled or fulfilled from our own stock in Dayton, Ohio, and we set 312 listings that we don't physically hold to inactive. We signed a wholesale account with two distributors who ship to our warehouse first, and the first purchase orders are attached. All packages now go out with our own packing slip that lists Dayton Direct as the seller.

Going forward, no listing goes live unless the item is on our shelf, our warehouse lead checks a random 20 orders a week for packing slips, and we will review the drop shipping rules with any new staff on day one.

Thanks,
Tom Reyes
Dayton Direct LLC""",
  style="none", co="We have already stopped all orders", pr="Going forward, no listing goes live",
  pol=("Drop Shipping policy",),
  notes="native; never explains why it happened: no root cause")

M("tech-jp-pw-049", T, "", "JP", "other-non-native",
  "セラーセントラルにログインできません",
  """お世話になっております。

昨日からセラーセントラルにログインできなくなりました。パスワードを入力すると「問題が発生しました」と表示されます。確認のため、現在のログイン情報をお送りします。

メールアドレス：shop@sakura-zakka.jp
パスワード：Sakura2026!zk
銀行口座の暗証番号：4821

二段階認証の電話番号は変更していません。至急ご確認いただけますでしょうか。本日中に出荷しなければならない注文が十件以上あります。

よろしくお願いいたします。
さくら雑貨 田中美咲""",
  lang="ja", topic="login", sec=(("password", "Sakura2026!zk"), ("password", "4821")),
  notes="Japanese seller on JP; パスワード and 暗証番号 values (PIN labeled password); Japanese accepted on JP")

M("poa-restricted-ng-050", A, "restricted-products", "US", "other-non-native",
  "Plan of Action - Restricted Products (skin lightening cream)",
  """Dear Seller Performance Team,

My account was deactivated for listing a product that violates the Restricted Products policy: a skin cream which contains hydroquinone. I am sending this plan because I understand I made a serious mistake.

1. Root cause
I imported the cream from a distributor in Lagos and listed it because it is sold openly in Nigeria. I did not read the ingredients list carefully and I did not know hydroquinone is not allowed for sale over the counter in the US. I also did not check the Amazon restricted list for cosmetics before listing.

2. Actions already completed
- The listing was deleted on 6 March and the 48 units in FBA were removed for disposal.
- I reviewed my other 19 products against the Drugs & drug paraphernalia and Cosmetics & Skin/Hair Care restriction pages. Two more products had unapproved claims, I removed the claims.
- I refunded the 11 customers who bought the cream.

3. Measures to avoid it
- Every new product: I will check the full ingredient list against FDA and Amazon restricted pages before listing.
- I will keep a spreadsheet of checked ingredients for each ASIN.

I am writing all this because I want to do things the right way.

Thank you,
Bola Adewale
Bola Beauty Hub""",
  style="numbered", rc="1. Root cause", co="2. Actions already completed", pr="3. Measures to avoid it",
  pol=("Restricted Products policy",),
  dec=(("because-not-cause", "I am sending this plan because I understand I made a serious mistake."),),
  notes="Nigerian seller, good POA; a 'because' that is not a root cause")

M("fba-return-us-051", F, "", "US", "native",
  "Customer return not received - refund issued 60+ days ago",
  """Hi team,

For order 111-4820391-7715620 the customer was refunded on January 19 but the item was never returned to our inventory. It's been more than 60 days. The return tracking shows it was never shipped back. I checked the FBA customer returns report and there's no LPN for this order.

The item is a $129 blender (FNSKU X003BL5NDR). Please reimburse or charge the customer.

Also the same happened with order 114-2209934-6003178, refunded February 2, no return.

Thanks,
Jenna Ward
Ward Kitchen Co.""",
  topic="customer-return", dec=(("order-id", "111-4820391-7715620"), ("order-id", "114-2209934-6003178"), ("fnsku", "X003BL5NDR")),
  notes="native, customer-return reimbursement")

M("poa-iptm-ua-052", A, "ip-trademark", "DE", "other-non-native",
  "Appeal - trademark complaint from brand owner",
  """Hello Amazon,

we got a trademark infringement complaint and our account is blocked. Here explanation.

**Cause of problem**
We sell phone holders for cars. In keywords we used the name of the famous brand "GRIPMAX" because customers search for it. We thought keywords are hidden so it is not a problem. We were wrong, also backend keywords must not have other brands.

**Prevention for future**
- We made list of competitor brand names which never must be used.
- Each month we will check all keywords with a tool.
- All new employees will learn Amazon intellectual property rules.

Thank you and best regards,
Vitalii Kovalenko
AutoHold UA""",
  style="bold", rc="Cause of problem", pr="Prevention for future",
  pol=("trademark infringement",),
  notes="Ukrainian seller; cause and prevention but never says the keywords were removed: corrective absent")

M("poa-pricegouge-mx-053", A, "price-gouging", "US", "latam",
  "Please help us - account deactivated for prices",
  """Hello, this is Gerardo from Distribuidora Monterrey.

Our account was deactivated because the price of our hand sanitizer was too high. Why so hard punishment?? We are not criminals!! Everybody was raising prices in this moment.

Reason: the supplier raised the price to us by 80% and we just passed the cost to the customers, we did not do it to abuse.
What we did: we lowered the price back to $8.99 and refunded the difference to the 42 customers of last week.
For the future: we will not change prices more than 10% in one week, and if the cost increases we will stop selling instead.

Please, we need the account to survive, we have 3 kids and a loan for the warehouse, do not leave us on the street.

Gerardo Treviño
Distribuidora Monterrey""",
  style="inline", rc="Reason:", co="What we did:", pr="For the future:",
  emo=("Why so hard punishment??", "We are not criminals!!", "do not leave us on the street"),
  notes="Mexican seller; emotional; policy never named (only 'price too high')")

M("cat-supp-eg-054", C, "", "AE", "other-non-native",
  "Approval request for Dietary Supplements",
  """Dear Category Team,

We are Nile Health Trading, importer of vitamins and herbal supplements in Dubai. We applied to sell in Health & Personal Care - Dietary Supplements and the application was not approved, the reason says the Certificate of Analysis is not from an ISO 17025 lab.

We now have new COAs from an accredited laboratory for all 6 products, plus the Dubai Municipality product registration certificates. All documents attached. Our products do not contain any banned ingredients.

Please review again.

Kind regards,
Omar Khalil
Nile Health Trading""",
  topic="dietary-supplements",
  notes="Egyptian seller on AE, supplements ungating")

M("poa-related-tr-055", A, "related-accounts", "US", "turkish",
  "Related account deactivation - Plan of Action",
  """Hello Seller Performance,

We are Bosphorus Leather. Our account was deactivated because it was related to another account that was closed. The other account is Kapadokya Crafts, owned by my cousin.

Our POA: what happened
My cousin worked in our office for 4 months in 2025 to help with listings. During this time he logged in to his own account (Kapadokya Crafts) from our office computer and our Wi-Fi. His account was closed later for late shipment, and this connected our accounts.

Our POA: actions completed
- My cousin no longer has access to our office or any of our devices.
- We changed all passwords and removed every user except me and my accountant.
- We got a new internet line and new computers on 2 February.
- Business documents of both companies, with different owners and tax numbers, are attached.

Our POA: preventive steps
- Only our employees can use our computers and network, with a written IT rule.
- We review the User Permissions page every month.

Sincerely,
Murat Şahin
Bosphorus Leather""",
  style="our-poa", rc="Our POA: what happened", co="Our POA: actions completed", pr="Our POA: preventive steps",
  pol=("related to another account",), dec=(("password-word", "passwords"),),
  notes="Turkish seller; 'changed all passwords' with no value")

M("appeal-nopoa-us-056", A, "odr", "US", "native",
  "Reinstatement request",
  """Hello,

We received notice that our account was deactivated for an Order Defect Rate above 1%. We have taken care of the issue and all the affected customers have been refunded. Our metrics should be back to normal now and we have made some changes to how we handle orders. We have been a seller in good standing since 2019 and we'd like to continue selling. Please reinstate our account at your earliest convenience.

Thank you,
Brian Kowalski
Great Lakes Goods""",
  pol=("Order Defect Rate",),
  notes="native; vague claims only, no cause and no real actions: no POA, no attachment")

M("tech-listing-de-057", T, "", "DE", "other-non-native",
  "Flat file upload error 8560 for all new products",
  """Hello Seller Support,

since Monday every upload of our inventory file fails. Feed ID 218493002017, processing report shows error 8560 for all 45 rows: "SKU does not match any ASIN and contains invalid value for attribute required to create new ASIN". We use the current template for category "Küche", downloaded last week. The EAN codes are our own GS1 codes, the GS1 certificate is attached.

Please tell us which attribute is invalid, the report does not say it.

Viele Grüße
Markus Schneider
Schneider Küchenwerk GmbH""",
  topic="listing-upload", dec=(("feed-id", "218493002017"), ("error-code", "8560"), ("foreign-snippet", "Viele Grüße")),
  notes="German seller, feed error")

M("poa-condition-ru-058", A, "condition", "UK", "other-non-native",
  "Plan of action: product condition complaints",
  """Dear Seller Performance,

We got the warning and then the suspension for product condition complaints (items arrived broken). We sell glass candle holders.

(a) Reason
Our packing was only bubble wrap in a thin box. On long transport to Scotland and Northern Ireland many items broke.

(b) Correction
- We are going to order new boxes with cardboard inserts for every item.
- We will send replacements to all customers who complained.
- We will make a drop test with the new box.

(c) Prevention
- Monthly review of customer returns reasons.
- Packing instruction with photos for all staff.

Thank you,
Pavel Ivanov
Light&Glass UK""",
  style="lettered", rc="(a) Reason", co="(b) Correction", done=False, pr="(c) Prevention",
  pol=("product condition complaints",),
  notes="Russian seller; correction all future (going to / will)")

M("poa-safety-co-059", L, "product-safety", "US", "latam",
  "ASIN removed - Safety complaint - children's scooter",
  """Hello Product Safety Team,

Our ASIN B0CSC00T3R (kids kick scooter) was removed after a safety complaint that the folding lock opened during use. We take it very seriously.

ROOT CAUSE -
We tested returned units: the lock spring in one production lot (lot 2025-11) is weaker than the specification, 3 of 20 units opened under load. The factory did not test springs from the new supplier.

**Corrective actions completed**
1) We stopped sales and removed 530 units from FBA.
2) The factory replaced all springs and re-tested the lot; third-party lab report (ASTM F2264, CPSIA) attached.
3) We sent a safety notice to all buyers of lot 2025-11 with a free replacement part.

Prevention:
- Load test of 10% of every lot at the factory with our inspector present.
- Any component change needs our written approval.

Thank you,
Mariana López
Ruedas Kids""",
  style="mixed", rc="ROOT CAUSE -", co="Corrective actions completed", pr="Prevention:",
  pol=("safety complaint",), dec=(("asin", "B0CSC00T3R"), ("lot-number", "2025-11")),
  notes="Colombian seller; three heading styles mixed")

M("brand-transparency-tr-060", B, "", "US", "turkish",
  "Transparency codes - units blocked at FBA",
  """Hello Brand Registry,

We enrolled our brand "LALEZAR" in Transparency program. Our shipment FBA15LZR82KQ was received at the warehouse but 300 units are in "unfulfillable - missing Transparency code". The labels are on every box, our printer printed them from the Transparency portal. Example code printed: AZ:3T7K-M9QX-2PLW.

Please check why the warehouse cannot scan them. Photos of the labels attached.

Saygılarımızla,
Deniz Aksoy
Lalezar Cosmetics""",
  topic="brand-program", dec=(("shipment-id", "FBA15LZR82KQ"), ("transparency-code", "AZ:3T7K-M9QX-2PLW"), ("foreign-snippet", "Saygılarımızla")),
  notes="Turkish seller, Transparency program problem")

M("poa-inauth-de-061", A, "inauthentic", "UK", "other-non-native",
  "Einspruch gegen Kontosperrung - Beschwerde wegen nicht authentischer Ware",
  """Sehr geehrtes Seller-Performance-Team,

unser Konto wurde wegen einer Beschwerde über nicht authentische Ware (Kaffeemaschinen-Entkalker) gesperrt. Hier unser Maßnahmenplan.

Ursache:
Wir haben 300 Flaschen über einen Großhändler in Hamburg gekauft, der kein autorisierter Händler der Marke ist. Die Rechnung enthielt keine Herstellerangaben, daher konnten wir die Lieferkette nicht nachweisen.

Bereits umgesetzte Maßnahmen:
- Alle restlichen 112 Flaschen wurden aus dem FBA-Lager entfernt.
- Wir kaufen die Marke nur noch direkt beim Hersteller; die neue Rechnung liegt bei.
- Der betroffene Kunde hat eine volle Erstattung erhalten.

Vorbeugung:
- Wir prüfen jeden neuen Lieferanten beim Markeninhaber, bevor wir bestellen.
- Alle Rechnungen werden 5 Jahre pro ASIN archiviert.

Mit freundlichen Grüßen
Thomas Braun
Braun Haushaltswaren GmbH""",
  lang="de", style="colon", rc="Ursache:", co="Bereits umgesetzte Maßnahmen:", pr="Vorbeugung:",
  pol=("Beschwerde über nicht authentische Ware",),
  notes="German POA written in German on UK marketplace: non-English")

M("poa-odr-eg-062", A, "odr", "UK", "other-non-native",
  "Order Defect Rate - Appeal",
  """Dear Seller Performance,

Our ODR is 1.9% and the account was deactivated. Here the POA.

What was the reason
Most of the defects are negative feedback for late delivery of our dates and sweets, because we shipped from Egypt with a slow postal service, delivery took 3 weeks.

What we have done
- All stock is now in FBA UK since 20 February; no more shipping from Egypt.
- We contacted all customers with negative feedback and refunded them.
- We answered 6 A-to-z claims.

How we will prevent
Same as above.

Thank you,
Hany Abdelrahman
Sweet Cairo""",
  style="plain", rc="What was the reason", co="What we have done",
  pol=("ODR",),
  notes="Egyptian seller; prevention heading with only 'Same as above': preventive absent")

M("fba-whdamaged-co-063", F, "", "US", "latam",
  "Units damaged in warehouse without reimbursement",
  """Hello,

In the inventory adjustments report, 14 units of our ceramic mugs (FNSKU X0029MUGCO) were marked "warehouse damaged" in TPA2 between March 1 and March 10. We did not receive any reimbursement for these units. Please can you check and reimburse them at our selling price minus fees. The cost invoice is attached.

Thank you very much for the help.

Juliana Vargas
Cerámica del Café""",
  topic="warehouse-damaged", dec=(("fnsku", "X0029MUGCO"),),
  notes="Colombian seller, short")

M("poa-review-us-064", A, "review-manipulation", "US", "native",
  "Plan of Action: Customer Product Reviews Policy — Sunnyvale Home Brands",
  """Seller Performance Team,

Sunnyvale Home Brands submits this Plan of Action in response to the deactivation notice citing our violation of the Customer Product Reviews Policy. We have completed a full internal investigation.

## Root Cause

Between November 2025 and January 2026, our marketing contractor ran a "product tester" campaign in which customers who purchased our bamboo cutting boards received a refund through PayPal after leaving a review. The contractor presented it to us as a sampling program, and no one at the company reviewed the actual instructions sent to participants. We lacked any approval process for third-party marketing activities.

## Corrective Actions Taken

- We terminated the contractor agreement on February 3, 2026, and revoked all access to our brand accounts.
- We identified the 67 affected orders and provided the list to Amazon in the attached spreadsheet; we request that any reviews linked to them be removed.
- We closed the PayPal account used for the refunds and the Facebook group associated with the campaign.

## Preventive Measures

- Every marketing activity involving Amazon customers now requires written approval by our CEO and a compliance checklist based on Amazon's policies.
- Reviews are requested only through the Request a Review button and the Amazon Vine program.
- All staff and contractors completed review-policy training and will repeat it annually.

We appreciate the opportunity to correct this and continue serving our customers.

Respectfully,
Amanda Liu, CEO
Sunnyvale Home Brands""",
  style="markdown", rc="Root Cause", co="Corrective Actions Taken", pr="Preventive Measures",
  pol=("Customer Product Reviews Policy",),
  notes="polished consultant-style native POA")

M("tech-bank-cn-065", T, "", "US", "latam",
  "Disbursement failed - adding second deposit method",
  """Hello Seller Support,

Our disbursement failed twice this month. My business partner, who lives in Shenzhen and handles payments to the factory, wants to add his Chinese bank account as a second deposit method but the form does not accept it. He wrote the details for you below, can you add it manually?

"收款人：林建华
银行账号：6222021001115578391
开户行：中国工商银行深圳福田支行
SWIFT: ICBKCNBJSZN"

Also, why did the disbursement fail to our Banorte account? It worked for 2 years.

Thank you,
Ricardo Flores
Flores & Lin Importaciones""",
  topic="deposit-method", sec=(("bank-account", "6222021001115578391"),), dec=(("swift-code", "ICBKCNBJSZN"),),
  notes="Mexican seller pastes his Chinese partner's note with a bank account number (银行账号, 开户行)")

M("poa-late-tr-066", A, "late-shipment", "US", "turkish",
  "My account deactivated - late shipment - please read",
  """Dear Amazon Team, I am writing with tears in my eyes, I built this store in 4 years working every night after my day job and now it is closed because of Late Shipment Rate 7%. The reason is that our cargo company in Istanbul had strike for 10 days in February and the packages waited in their depot, I could not do anything. Now I will find a new cargo company and I will ship with express DHL for all US orders, and I am going to ask my brother to help me pack the orders so they go out the same day. In future I will check every day the shipment status and put longer handling time in holidays. Please, I am begging you, without this store I have nothing, my whole life is in it. Give me one more chance please.

Kerem Aslan
Aslan Handmade Ceramics""",
  style="none", rc="The reason is that our cargo company", co="Now I will find a new cargo company", done=False,
  pr="In future I will check every day",
  pol=("Late Shipment Rate",),
  emo=("I am writing with tears in my eyes", "Please, I am begging you, without this store I have nothing, my whole life is in it."),
  notes="one run-on paragraph; emotional; corrective only 'will / going to'")

M("poa-cancel-ng-067", A, "cancel-rate", "UK", "other-non-native",
  "Request for reinstatement of my seller account",
  """Dear Team,

Please see my explanation for the problem with my account health.

The problem:
Many orders were cancelled by me because my supplier in Birmingham ran out of the hair extensions and did not inform me. I had listed 40 colours, but only 25 were really in stock.

The solution done:
- I reduced the listings to the 25 colours that I hold myself, in my own storeroom, since 1 March.
- I now count the stock every evening and update the quantities in Seller Central.
- I refunded all cancelled orders the same day.

To avoid again:
- I will only list what I physically have.
- I will keep a minimum of 5 pieces per colour.

Thank you for your time.

Funmilayo Ojo
Fumi Hair Luxe""",
  style="colon", rc="The problem:", co="The solution done:", pr="To avoid again:",
  notes="Nigerian seller; good POA but only says 'account health', never the Cancel Rate or any policy")

M("cat-auto-us-068", C, "", "US", "native",
  "Automotive & Powersports approval - follow-up on case",
  """Hi,

Following up on my application to sell in Automotive & Powersports. I was asked for invoices covering at least 10 units from a manufacturer or distributor, and I uploaded three invoices from Midwest Parts Distributors dated within the last 90 days, totaling 180 units of brake pads. The application was denied again with the same generic message.

Can someone tell me what's wrong with the invoices? They show our business name and address exactly as in Seller Central, the distributor's contact info, and the products. Invoice numbers are MPD-55102, MPD-55871 and MPD-56230.

Thanks,
Scott Jensen
Jensen Auto Supply""",
  topic="automotive", dec=(("invoice-number", "MPD-55102"), ("invoice-number", "MPD-55871"), ("invoice-number", "MPD-56230")),
  notes="native follow-up on ungating")

M("poa-used-eg-069", A, "used-sold-as-new", "US", "other-non-native",
  "استئناف إيقاف الحساب",
  """فريق أداء البائعين المحترم،

تم إيقاف حسابي بسبب شكاوى من العملاء أن المنتجات مستعملة وتباع كجديدة (Used Sold as New). أقدم لكم خطة العمل التالية.

سبب المشكلة:
كنا نعيد المنتجات المرتجعة من العملاء إلى المخزون الجديد بعد فحص سريع للعلبة فقط، ولم نفتح العلبة للتأكد من حالة المنتج.

ما قمنا به:
- سحبنا كل المنتجات المرتجعة من المخزون الجديد وفحصناها واحدة واحدة.
- أنشأنا قائمة منفصلة للمنتجات المستعملة بحالة "مستعمل".
- أرسلنا منتجات جديدة للعملاء الذين اشتكوا.

كيف نمنع تكرار المشكلة:
- لن يعود أي منتج مرتجع إلى المخزون الجديد أبداً.
- تدريب الموظفين كل ثلاثة أشهر.

مع الشكر،
محمود عبد الله
متجر النيل للإلكترونيات""",
  lang="ar", style="colon", rc="سبب المشكلة:", co="ما قمنا به:", pr="كيف نمنع تكرار المشكلة:",
  pol=("Used Sold as New",),
  notes="Egyptian seller writes full POA in Arabic on US: non-English (Arabic only accepted on AE)")

M("poa-vtr-mx-070", A, "valid-tracking", "US", "latam",
  "Valid Tracking Rate plan of action",
  """Hello team,

Our account was deactivated for a Valid Tracking Rate of 88% in the last 30 days. It is frustrating because we always shipped on time, but we understand the metric and here is our plan.

A - The cause
We ship from Tijuana with a local courier to San Diego and then USPS. The tracking number we uploaded was the courier's internal number, which Amazon does not recognize, not the USPS number.

B - Already corrected
We changed to Amazon Buy Shipping for all orders on 18 March, so tracking is uploaded automatically. All orders since then have valid tracking.

C - To not happen again
The manager checks the Valid Tracking Rate every Monday and we will not use any carrier that is not integrated with Amazon.

Thanks,
Paola Jiménez
Baja Outdoor Gear""",
  style="lettered", rc="A - The cause", co="B - Already corrected", pr="C - To not happen again",
  pol=("Valid Tracking Rate",), dec=(("mild-word", "It is frustrating"),),
  notes="calm Mexican seller; 'frustrating' is a mild word decoy")

# ---------------------------------------------------------------- chunk 4

M("poa-ippatent-tr-071", L, "ip-patent", "US", "turkish",
  "Listing removed - patent infringement complaint - reinstatement",
  """Dear Seller Performance,

Our listing for foldable laundry basket ASIN B0CTRLB4S9 was removed after a patent infringement complaint from the owner of US Patent 11,204,887. We studied the complaint with a patent attorney.

1) What we found
Our first production had a hinge design very similar to the patented mechanism. Our factory copied the hinge from a sample which they had. We did not do a patent search before launch, we thought a basket is a simple product.

2) What is done
- We changed the hinge to a different design (clip system), our attorney's non-infringement opinion is attached.
- All old units (410) were removed from FBA on 9 March and recycled.
- We sent a letter to the patent owner and they withdrew the complaint, the withdrawal email is attached.

3) For the future
- For each new product we pay for a patent search before the mould is made.
- Factory may not change or copy any design without our approval.

Thank you,
Gökhan Erdem
Erdem Home Solutions""",
  style="numbered", rc="1) What we found", co="2) What is done", pr="3) For the future",
  pol=("patent infringement",), dec=(("asin", "B0CTRLB4S9"), ("patent-number", "11,204,887")),
  notes="Turkish seller, patent reinstatement with retraction")

M("tech-card-cn-072", T, "", "UK", "turkish",
  "Charge method - please update card",
  """Hello,

Our credit card for the seller fees was expired and now the account shows "charge method invalid". Our partner in Yiwu pays the fees for the UK account, he sent his company card to update. I copy his message exactly:

"卡号：5282 0288 7311 6668
有效期：2028年11月
安全码：405
持卡人：WANG LEI"

I tried to add it myself but the page gives error. Can you add it from your side please? We don't want the account suspended for unpaid fees.

Thank you,
Selin Polat
Polat & Wang Trading Ltd""",
  topic="payment-method", sec=(("card", "5282 0288 7311 6668"), ("card-expiry", "2028年11月"), ("card-code", "405")),
  notes="Turkish seller pastes the Chinese partner's card note: 卡号, 有效期, 安全码")

M("poa-counterfeit-mx-073", A, "counterfeit", "US", "latam",
  "Appeal: account deactivated - counterfeit claim sunglasses",
  """Dear Seller Performance,

Our account was deactivated for a counterfeit claim on sunglasses, ASIN B0CMXSUN77.

ACTIONS ALREADY TAKEN
- All 95 sunglasses of this model were removed from FBA and destroyed, disposal confirmation attached.
- We closed 7 listings of branded sunglasses and we now sell only our own brand "Sol de Mayo".
- We refunded the complaining customer and 12 more buyers of the same model.

PREVENTION PLAN
- We will not sell any branded product without an authorization letter or invoice from the brand or its authorized distributor.
- Our purchase manager checks the distributor list on the brand's website before any purchase.
- All invoices are saved for 3 years.

We hope to continue selling.

Atentamente,
Héctor Navarro
Sol de Mayo Accesorios""",
  style="caps", co="ACTIONS ALREADY TAKEN", pr="PREVENTION PLAN",
  pol=("counterfeit claim",), dec=(("asin", "B0CMXSUN77"),),
  notes="Mexican seller; never explains where the fakes came from: root cause absent")

M("appeal-nopoa-ng-074", A, "prohibited-seller-activities", "UK", "other-non-native",
  "URGENT!!! ACCOUNT DEACTIVATED WRONGLY",
  """Dear Amazon,

I am totally shocked and heartbroken. You said my account violated Prohibited Seller Activities and Actions, but I have done nothing wrong!!! I have never contacted any buyer outside Amazon, I have never asked anybody to remove a review. Someone must have reported me falsely out of jealousy. This account is my only source of livelihood, I have two children and my mother who is sick in Ibadan depends on me. Please in the name of God reactivate my account, I cannot survive another week like this.

Waiting for your positive response,
Oluwaseun Adebayo
Seun Fabrics & More""",
  pol=("Prohibited Seller Activities and Actions",),
  emo=("I am totally shocked and heartbroken.", "I have done nothing wrong!!!",
       "Please in the name of God reactivate my account, I cannot survive another week like this."),
  notes="Nigerian seller; no POA, no attachment, denial and pleading")

M("poa-listing-ru-075", L, "listing-policy", "US", "other-non-native",
  "Reinstatement of listing - detail page rules violation",
  """Hello,

Our listing of electric kettle ASIN B0CRUKT3L1 was deactivated for violation of the product detail page rules: the title and main image had a promotional text "BEST PRICE - 30% OFF".

### Why happened
Our designer added the discount badge to main image for Black Friday, and the manager wrote the same in title. Nobody checked it against the style guide. Our return policy is 60 days, this was also in the bullets, which is also not allowed.

### What is fixed
- Main image replaced with clean product photo on white background (done 7 March).
- Title changed, no price or promotion words.
- Bullets cleaned from return and shipping information.

### How to avoid
- Every change of title or images is checked by a second person with a checklist from the category style guide.
- Promotions only via Amazon coupons and deals tools, never in content.

Best regards,
Sergei Lebedev
Kettle & Co""",
  style="markdown", rc="Why happened", co="What is fixed", pr="How to avoid",
  pol=("product detail page rules",), dec=(("asin", "B0CRUKT3L1"), ("policy-like", "Our return policy")),
  notes="Russian seller; 'Our return policy' is not a policy name")

M("fba-inbound-eg-076", F, "", "US", "other-non-native",
  "LTL shipment received short - BOL and PRO attached",
  """Dear Seller Support,

Our LTL shipment FBA16EGYPT3Q with 8 pallets of cotton bath robes was delivered to ABE8 on 12 February. The carrier POD shows 8 pallets signed, BOL number 482019375 and PRO number 730166452. But the receiving shows only 6 pallets worth of units, 384 units are missing.

Please open an investigation and reimburse the missing units. Attached: POD, BOL, packing list and our commercial invoice.

Best regards,
Sara Mansour
Cairo Cotton Exports""",
  topic="lost-inbound", dec=(("shipment-id", "FBA16EGYPT3Q"), ("bol-number", "482019375"), ("pro-number", "730166452")),
  notes="Egyptian seller; 9-digit BOL and PRO numbers fail the ABA check (decoys)")

M("poa-pricegouge-de-077", L, "price-gouging", "DE", "other-non-native",
  "Listing deactivated for potential pricing error - please reactivate",
  """Hello Seller Support,

several of our listings were deactivated because of the Marketplace Fair Pricing Policy. We sell FFP2 masks and disinfectant.

**Was passiert ist**
Our price for the 50-pack masks was set by our new ERP to €79.90 instead of €7.99: the decimal point was lost during the import of our price list on 4 March. For 2 days the wrong price was online and 3 customers bought at this price.

**Was wir gemacht haben**
- We corrected all prices manually on 6 March and checked all 140 SKUs against the price list.
- The 3 customers got a refund of the difference.
- Our ERP supplier fixed the import format.

Thanks,
Julia Fischer
Fischer Hygiene GmbH""",
  style="bold", rc="Was passiert ist", co="Was wir gemacht haben",
  pol=("Marketplace Fair Pricing Policy",),
  notes="German seller, German headings over English text; no preventive part at all")

M("brand-hijack-us-078", B, "", "US", "native",
  "Counterfeit sellers on my brand AGAIN - 4th report",
  """This is the fourth time I'm writing about this and I'm sick of getting copy-paste answers. I am the brand owner of TrailNest (Brand Registry, reg. 6,712,904). Three sellers are selling fake versions of our hammock on ASIN B0TNHAM001 and every time I report it you close the case without doing anything. Do you people even read these?? I've lost $14,000 in sales this quarter while Amazon sits on its hands.

The sellers: "QuickShip Outdoor", "HomeNeeds Store 24", "BestBuyersHub". My test buys (orders 112-8834019-2201746 and 113-3309281-6650312) both arrived as cheap copies with no logo. Photos attached again. Remove them. Now.

Jake Morrison
TrailNest Outdoor Co.""",
  topic="hijacker",
  emo=("I'm sick of getting copy-paste answers", "Do you people even read these??",
       "while Amazon sits on its hands", "Remove them. Now."),
  dec=(("trademark-number", "6,712,904"), ("asin", "B0TNHAM001"), ("order-id", "112-8834019-2201746"), ("order-id", "113-3309281-6650312")),
  notes="angry native brand owner; emotional on a non-appeal")

M("poa-odr-co-079", A, "odr", "US", "latam",
  "Plan de acción / POA - Order Defect Rate",
  """Hello Amazon Seller Performance,

Our account was deactivated because the Order Defect Rate is 3.1%, we read the performance notification and these are our explanations.

Our POA — Cause:
Our handbags were shipped by us (MFN) from Cali with a cheap courier that lost many packages in customs, customers opened A-to-z Guarantee claims.

Our POA — Corrections:
- We are going to send all the inventory to FBA in the next weeks.
- We will answer the open claims and refund the customers.
- We will look for a new courier with better customs service.

Our POA — Prevention:
- Check the ODR every week in Account Health.
- Only FBA for US orders.

Thank you very much for your time and consideration.

Carolina Rojas
Bolsos Rojas""",
  style="our-poa", rc="Our POA — Cause:", co="Our POA — Corrections:", done=False, pr="Our POA — Prevention:",
  pol=("Order Defect Rate", "ODR", "A-to-z Guarantee claims"),
  notes="Colombian seller; corrections only future (are going to / will)")

M("tech-report-tr-080", T, "", "UK", "turkish",
  "Settlement report missing fees explanation",
  """Hello,

In the settlement report for period 1-14 March (settlement ID 14839201773) there is a line "Other - Adjustment" of -£1,248.60 with no explanation. In the previous reports we never had this. Our accountant cannot close the month without knowing what this is. Can you please tell us what this adjustment is for and which orders it is related?

The date range report also gives error "Report generation failed" when we select March. We tried in Chrome and Edge.

Thank you,
Onur Kurt
Kurt Tekstil UK""",
  topic="report-error", dec=(("settlement-id", "14839201773"),),
  notes="Turkish seller, report question")

M("appeal-nopoa-ua-081", A, "identity-verification", "UK", "other-non-native",
  "Account deactivated - documents",
  """Hello,

my account is deactivated and I do not understand what you want. I uploaded my passport three times and every time it is rejected. Now I upload again the passport, the ID card and bank statement from Monobank. Due to the war I live now in Poland, in Kraków, but my company is registered in Ukraine, maybe this is the problem? Please check the documents and open my account. Thank you.

Maksym Tkachenko
MaxTech Accessories""",
  notes="Ukrainian seller; no POA, no POA attachment (only ID documents), no policy named")

M("poa-safety-us-082", A, "product-safety", "US", "native",
  "Plan of Action - product safety deactivation - space heater",
  """Seller Performance Team,

Our account was deactivated following product safety complaints about our 1500W ceramic space heater (customers reported the plug getting hot).

1. Root Cause
Under review by our supplier. We expect their report next month.

2. Corrective Actions Taken
- We stopped sales on the same day we received the notice (March 2) and removed all 720 units from FBA.
- We issued a notice to all 1,840 buyers asking them to stop using the heater and offered a full refund, which 612 have accepted so far.
- We filed a report with the CPSC on March 4.

3. Preventive Measures
- Every electrical product will require a current UL or ETL certificate verified directly with the lab before listing.
- Third-party pre-shipment inspection, including a plug temperature test, on every production lot.

Respectfully,
Mike Donnelly
Comfort Zone Home Products""",
  style="numbered", rc=None, co="2. Corrective Actions Taken", pr="3. Preventive Measures",
  pol=("product safety complaints",),
  notes="root cause heading says 'Under review by our supplier': no cause given, labeled absent")

M("cat-toys-mx-083", C, "", "US", "latam",
  "Toys & Games holiday selling approval request",
  """Hello,

We want to sell toys in the holiday season (November-December) and we read that sellers need to meet the requirements for holiday selling. Our account is 14 months old, our ODR is 0.2%, late shipment 0.5% and we had first sale more than 90 days ago. But in the application page it says "not eligible".

Can you tell us which requirement we do not meet? We manufacture wooden toys in Michoacán, with CPC and ASTM F963 tests for all products.

Gracias,
Alberto Chávez
Juguetes Chávez""",
  topic="toys-holiday",
  notes="Mexican seller; metrics mentioned in a non-appeal")

M("poa-related-co-084", A, "related-accounts", "US", "latam",
  "Appeal - related accounts - Andes Imports",
  """Hello,

Our account was deactivated because Amazon found it is related to an account that was previously suspended. Please see our plan of action.

Root cause: our office in Bogotá is a shared co-working space. Another company in the same co-working, which we do not know, had an Amazon account that was suspended. We used the same Wi-Fi network and the same printer for shipping labels, and one of their employees once used our computer to print. This is the only connection.

Actions done: we moved to a private office with our own internet line on 1 March (lease contract attached), we bought new computers and a printer used only by our team, and we removed all browser data from the old devices. We also attach a letter from the co-working manager confirming the other company is not related to us. Our contact phone is +57 601 555 0142 if you need to call.

Prevention: we do not share devices or networks with any other company and we check the login activity in Seller Central each week.

Regards,
Natalia Pérez
Andes Imports SAS""",
  style="inline", rc="Root cause:", co="Actions done:", pr="Prevention:",
  pol=("related to an account",), dec=(("phone", "+57 601 555 0142"),),
  notes="Colombian seller, co-working link")

M("poa-review-eg-085", A, "review-manipulation", "US", "other-non-native",
  "Review manipulation - my plan - please",
  """Dear Amazon team,

Our account deactivated for review manipulation (Community Guidelines). This is a disaster for us, I cannot eat or sleep since the email came, my family is in shock.

CAUSE
My brother-in-law wrote 14 reviews for our argan oil from his account and from his friends accounts. He wanted to help and did not ask me. When I found out it was too late.

WHAT WE WILL DO
- We will ask him to delete all reviews.
- We will send Amazon the list of all orders from family and friends.
- We will stop any family from buying our products.

HOW NEVER AGAIN
- Only Request a Review button.
- I will read all the review rules.

I beg you, give us the mercy, we are honest people who made a mistake.

Rania Soliman
Argan Gold Egypt""",
  style="caps", rc="CAUSE", co="WHAT WE WILL DO", done=False, pr="HOW NEVER AGAIN",
  pol=("review manipulation", "Community Guidelines"),
  emo=("This is a disaster for us, I cannot eat or sleep since the email came, my family is in shock.",
       "I beg you, give us the mercy"),
  notes="Egyptian seller; emotional and corrective only future")

M("fba-whlost-us-086", F, "", "US", "native",
  "Reimbursement request - 31 units lost at fulfillment center",
  """Hello,

Our Inventory Ledger shows 31 units of FNSKU X002WLK4TX (stainless water bottle, 32 oz) adjusted as "Misplaced" (reason code M) at MDW2 on February 6. It has been more than 30 days and they have not been found or reimbursed. I checked the Reimbursements report and there is no entry for this FNSKU since January.

Please investigate and reimburse these 31 units. Our sales price has been $27.99 for the past 90 days.

Thank you,
Erin Walsh
Walsh Hydration Co.""",
  topic="warehouse-lost", dec=(("fnsku", "X002WLK4TX"),),
  notes="native, precise reimbursement request")

M("poa-drop-tr-087", A, "drop-shipping", "UK", "turkish",
  "Plan of action for Drop Shipping Policy violation",
  """Dear Seller Performance Team,

We received the notice that we violated the Drop Shipping Policy. Here is our plan of action.

A) What was the reason
When our stock of ceramic bowls was finished in January, our warehouse manager ordered from a UK online shop and asked them to send directly to our customers, to not lose the orders. Their packing slip with their name and prices was in the box. We did not have a rule that this is not allowed and I did not know it.

B) What we have corrected
- This was stopped on 27 January, and the manager received a written warning.
- All customers who received these parcels got an apology and a 15% refund.
- Listings without stock in our warehouse are now automatically set to zero.

C) How we prevent
- We ship only from our own warehouse in Manchester with our own invoice.
- Purchase from other retailers for customers is forbidden, written in our staff handbook.
- Monthly check of 20 random orders.

Kind regards,
Ali Güneş
Güneş Ceramics UK""",
  style="lettered", rc="A) What was the reason", co="B) What we have corrected", pr="C) How we prevent",
  pol=("Drop Shipping Policy",),
  notes="Turkish seller, good POA")

M("poa-inauth-ng-088", A, "inauthentic", "US", "other-non-native",
  "RE: Your Amazon.com selling account",
  """Hello,

> We have deactivated your selling account because we received customer complaints that you are selling inauthentic items. This violates our Amazon Anti-Counterfeiting Policy.

Thank you for your message. Please find my plan of action.

Root cause
I bought 60 sets of hair clippers from a trader in Houston who sold them at a good discount. The trader gave me only a receipt, not an invoice, and I did not verify that he is an authorized distributor. The customers complained because the clippers looked different from the ones in the brand store.

Corrective action
As explained above.

Preventive action
- I will buy only from brand-authorized distributors with full invoices.
- I will keep all invoices for at least one year and check the supplier on the brand website.

Regards,
Emeka Nwankwo
Nwankwo Grooming Supplies""",
  style="plain", rc="Root cause", pr="Preventive action",
  pol=("inauthentic items", "Amazon Anti-Counterfeiting Policy"),
  notes="email reply quoting the notice; policy names appear only in the quote but are in the text, labeled cited; corrective heading says only 'As explained above': absent")

M("tech-2sv-ru-089", T, "", "US", "other-non-native",
  "Two-Step Verification - lost phone",
  """Hello,

I lost my phone which was used for Two-Step Verification, and now I cannot enter Seller Central. I have new SIM card with same number. Amazon sent me code to new phone, I received "Ваш код Amazon: 771046" but then the page was timeout and I could not enter it. Please use this code or reset the 2SV so I can add my authenticator app.

I can confirm my identity with passport if needed.

Thank you,
Elena Kuznetsova
Matryoshka Gifts LLC""",
  topic="login", sec=(("one-time-code", "771046"),),
  notes="Russian seller pastes the SMS code in Russian ('Ваш код Amazon')")

M("poa-condition-tr-090", A, "condition", "US", "turkish",
  "Product condition complaints - plan of action",
  """Dear Seller Performance Team,

We are sorry for the problems our customers had. Our account received many product condition complaints for our copper coffee pots (cezve) arriving dented.

Our POA: the root cause
The pots were packed in thin paper and a soft plastic bag only. In the FBA warehouse and in transport they were pressed by other items and the thin copper was dented.

Our POA: done actions
- New packaging since 25 February: rigid carton box with cardboard insert, tested by dropping from 1 meter.
- We re-packed all 900 units in FBA using a prep service, invoice attached.
- Refund to all customers with dented pots.

Our POA: preventive actions
- Every new packaging is drop-tested before sending to FBA.
- We check customer feedback and return reasons every week.

Thank you,
Hülya Karaca
Karaca Bakır""",
  style="our-poa", rc="Our POA: the root cause", co="Our POA: done actions", pr="Our POA: preventive actions",
  pol=("product condition complaints",), dec=(("single-apology", "We are sorry for the problems our customers had."),),
  notes="calm Turkish letter with a single apology")

M("poa-late-mx-091", A, "late-shipment", "MX", "latam",
  "Plan de acción - Tasa de envíos con retraso",
  """Estimado equipo de Desempeño del Vendedor:

Nuestra cuenta fue suspendida porque la Tasa de envíos con retraso llegó a 9%. Presentamos nuestro plan de acción.

1. Causa
En la temporada de Buen Fin recibimos cuatro veces más pedidos de lo normal y solo teníamos dos personas empacando. No confirmamos los envíos a tiempo.

2. Acciones realizadas
- Contratamos a tres personas más para el almacén el 20 de noviembre.
- Enviamos los 15 productos más vendidos a Logística de Amazon (FBA).
- Aumentamos el tiempo de preparación a 3 días en la plantilla de envío.

3. Prevención
- Revisamos la tasa cada lunes en el panel de Estado de la cuenta.
- Antes de cada temporada alta contratamos personal temporal.

Saludos,
Verónica Méndez
Dulces Típicos Méndez""",
  lang="es", style="numbered", rc="1. Causa", co="2. Acciones realizadas", pr="3. Prevención",
  pol=("Tasa de envíos con retraso",),
  notes="Spanish POA on amazon.com.mx: Spanish accepted there, no non-English defect")

M("appeal-attached-de-092", A, "counterfeit", "DE", "other-non-native",
  "Appeal - counterfeit - POA and invoices attached",
  """Dear Seller Performance Team,

regarding the deactivation of our account for a counterfeit complaint on ASIN B0DEKNF882, please find attached:

1. Plan of Action (PDF, 2 pages) with root cause, measures already taken and preventive steps
2. Invoices from the authorized distributor for the last 12 months
3. Authorization letter from the brand owner

We kindly ask you to review the documents and reinstate our account.

Best regards
Anna Zimmermann
Zimmermann Messer & Co. KG""",
  att=True, pol=("counterfeit complaint",), dec=(("asin", "B0DEKNF882"),),
  notes="German cover letter; POA attached; the list of contents is not a POA")

M("poa-vtr-us-093", A, "valid-tracking", "US", "native",
  "Valid Tracking Rate appeal",
  """Hello,

Our selling privileges were removed because our Valid Tracking Rate fell to 91% for the 30 days ending March 10. Here is our plan.

What went wrong
We use a small regional carrier (Lone Star Overnight) for Texas orders. In February we stopped selecting it in the carrier drop-down and typed it into "Other" instead, because it had disappeared from our shipping software's list after an update. Amazon could not validate those tracking numbers.

What we fixed

  Action                                   Date     Status
  Re-mapped carrier in ShipStation         Mar 11   done
  Re-confirmed 118 orders with carrier     Mar 12   done
  Moved TX orders to UPS Ground            Mar 12   done

What we'll keep doing
Every Monday our shipping lead pulls the Valid Tracking Rate and any order confirmed with "Other" carrier is reviewed the same day.

Thanks,
Chris Lambert
Lambert Pet Supply""",
  style="plain", rc="What went wrong", co="What we fixed", pr="What we'll keep doing",
  pol=("Valid Tracking Rate",),
  notes="native; corrective actions in a plain-text table")

M("tech-routing-ng-094", T, "", "US", "other-non-native",
  "Deposit method - US bank account not accepted",
  """Dear Seller Support,

I formed a Delaware LLC for my Amazon business and I opened a bank account with Bank of America. When I add it as deposit method, it says the bank account information is not valid. I have checked with the bank many times. These are the details:

Bank: Bank of America
Account type: Business checking
ABA routing: 026009593
Account no: 4371 0092 8815

Please confirm what is wrong or add it for me. My disbursement has been on hold for 3 weeks.

Thanks,
Ifeoma Chukwu
Ife Naturals LLC""",
  topic="deposit-method", sec=(("routing-number", "026009593"), ("bank-account", "4371 0092 8815")),
  notes="Nigerian seller pastes routing and account number")

M("poa-cancel-ua-095", A, "cancel-rate", "PL", "other-non-native",
  "Appeal - high Cancellation Rate",
  """Hello,

our account on amazon.pl is suspended because the Cancellation Rate is 5.4%. We explain.

**Root cause**
We listed 300 products from our supplier's feed, but the supplier's stock numbers were not updated in real time. Many products were out of stock when customers ordered, so we cancelled.

**Corrective actions**
- Removed all products which we do not have in our own warehouse in Rzeszów, 180 listings closed on 2 March.
- The remaining listings are synchronized every hour with our warehouse program.

**Preventive actions**
We will be more careful.

Regards,
Bohdan Lysenko
Lysenko Trade sp. z o.o.""",
  style="bold", rc="Root cause", co="Corrective actions",
  pol=("Cancellation Rate",),
  notes="Ukrainian seller on PL; preventive section is only 'We will be more careful.': no real measure, labeled absent")

# ---------------------------------------------------------------- chunk 5

M("poa-iptm-mx-096", L, "ip-trademark", "US", "latam",
  "Listing removed - trademark complaint - reinstatement request",
  """Hello,

Our listing for piñata party set ASIN B0CPIN4TA8 was removed after a trademark complaint from the owner of a cartoon character brand. The title said "Compatible with [brand] party".

## Why it happened

We thought that writing "compatible with" is allowed like for phone cases. But our piñata had a character that looks like their character, and the brand name in the title made it look like an official product. Nobody in our company knew the rules of trademark in the US.

## Our prevention

- We will not use any brand or character name in titles, bullets or keywords.
- Designs of new piñatas will be original, our designer signs that it is not a copy.
- We will check the USPTO database before using any word in a product name.

Gracias,
Manuel Ortega
Fiesta Ortega""",
  style="markdown", rc="Why it happened", pr="Our prevention",
  pol=("trademark complaint",), dec=(("asin", "B0CPIN4TA8"),),
  notes="Mexican seller; cause and prevention, but never says the title or design was changed: corrective absent")

M("tech-iban-de-097", T, "", "DE", "other-non-native",
  "Disbursement returned by bank - please update",
  """Hello Seller Support,

our last disbursement of €8,412.55 was returned by our bank with the reason "account closed". We changed banks in February and I updated the deposit method, but it seems the old account is still used. New account:

Kontoinhaber: Lindner Outdoor GmbH
IBAN: DE03963954488552273144
BIC: COBADEFFXXX

Please make sure the next disbursement goes to this account and tell me when the returned amount will be paid again.

Viele Grüße
Sabine Lindner""",
  topic="deposit-method", sec=(("iban", "DE03963954488552273144"),),
  dec=(("swift-code", "COBADEFFXXX"), ("foreign-snippet", "Kontoinhaber")),
  notes="German seller pastes IBAN; BIC is a decoy")

M("poa-restricted-us-098", L, "restricted-products", "US", "native",
  "Listing removal - Restricted Products - pet calming chews",
  """Hi Seller Performance,

Our listing for hemp calming chews for dogs was removed for violating the Restricted Products policy on CBD. I want to explain and ask for reinstatement. The issue came from our supplier's label: the product itself contains hemp seed oil only, no CBD or THC, but the old front label said "Hemp Extract" and the bullet points used the word "cannabidiol-free" which triggered the review. We have already had the packaging redesigned to read "Hemp Seed Oil" only, replaced the images and rewritten the title and bullets, and we've attached a certificate of analysis from an ISO 17025 lab showing 0.0% CBD and THC. We also pulled the 300 units with the old label from FBA for relabeling at a prep center. From now on any ingredient word that appears on Amazon's restricted list gets a second review by me before a listing or image is changed, and we keep a COA for every lot on file.

Thanks,
Nicole Harper
Happy Paws Naturals""",
  style="none", rc="The issue came from our supplier's label", co="We have already had the packaging redesigned",
  pr="From now on any ingredient word",
  pol=("Restricted Products policy",),
  notes="native one-paragraph listing appeal, no headings")

M("appeal-nopoa-co-099", A, "condition", "US", "latam",
  "Request to review my account - product condition",
  """Hello Amazon,

Our account was suspended for product condition complaints. We sell handmade leather wallets from Bucaramanga and we always check every wallet before sending. Maybe some customers did not like the smell of natural leather, that is normal for real leather. We have good feedback in general, 4.7 stars. We would be very grateful if you give us chance to continue selling, we will be more careful with every order.

Thank you,
Jhon Fredy Castillo
Cueros Castillo""",
  pol=("product condition complaints",), dec=(("mild-plea", "give us chance to continue selling"),),
  notes="Colombian seller; no POA, no attachment; polite plea is a decoy, not emotional")

M("fba-return-tr-100", F, "", "US", "turkish",
  "Customer returned wrong item - please reimburse",
  """Hello,

Customer of order 112-6620193-4405718 returned a product to FBA and the return was added back to our sellable stock, LPN LPNRR8827361. But when we did a removal of this unit, we found inside the box an old cheap blanket, not our Turkish cotton throw. The customer kept our product and sent other item.

Please investigate and reimburse us. Photos of the returned item and the removal package attached.

Thanks,
Yasemin Koçak
Pamukkale Home""",
  topic="customer-return", dec=(("order-id", "112-6620193-4405718"), ("lpn", "LPNRR8827361")),
  notes="Turkish seller, swapped return")

M("poa-used-us-101", A, "used-sold-as-new", "US", "native",
  "Appeal - used sold as new complaints",
  """Hello,

We are appealing the deactivation of our account due to used sold as new complaints on our upright vacuum cleaners.

Corrective actions:
- We removed all 96 units of the affected model from FBA and had them inspected at our facility. 11 units showed signs of prior use and were moved to a separate "Used - Good" SKU.
- We contacted the 6 customers who complained and sent brand-new replacements with prepaid return labels for the units they received.

Preventive actions:
- Returned units are never restocked as new. They are inspected and listed as used or liquidated.
- All FBA inbound shipments are sealed with tamper-evident tape at our facility.

Thank you,
Paul Henderson
Henderson Home Appliances""",
  style="colon", co="Corrective actions:", pr="Preventive actions:",
  pol=("used sold as new",),
  notes="native; actions and prevention only, never explains how used units ended up as new")

M("poa-odr-ua-102", A, "odr", "US", "other-non-native",
  "Апеляція щодо деактивації акаунта",
  """Шановна команда Seller Performance,

наш акаунт деактивовано через високий показник ODR (2,4%). Ось наш план дій.

Причина: ми відправляли замовлення з України поштою, доставка тривала до 30 днів, і покупці залишали негативні відгуки та відкривали претензії A-to-z.

Що вже зроблено: усі товари відправлено на склад FBA у США, на всі претензії ми відповіли, покупцям повернули гроші.

Як запобігти: щотижня перевіряємо показник ODR і продаємо тільки через FBA.

З повагою,
Ірина Бойко
Boiko Linen""",
  lang="uk", style="inline", rc="Причина:", co="Що вже зроблено:", pr="Як запобігти:",
  pol=("ODR",),
  notes="complete short POA in Ukrainian on US: non-English")

M("cat-beauty-eg-103", C, "", "AE", "other-non-native",
  "Beauty topicals approval - documents",
  """Hello,

We are manufacturer of natural black seed oil and rose water cosmetics in Cairo. We request approval to sell topical beauty products on amazon.ae. We attach the product labels with full ingredient list in English and Arabic, the safety data sheets, and the Egyptian Drug Authority registration for each product, plus the Dubai Municipality cosmetics registration (numbers DM-COS-55812 and DM-COS-55813).

Please tell us if anything else is required.

Regards,
Mona Fathy
Nefertiti Naturals""",
  topic="beauty-topicals", dec=(("certificate-number", "DM-COS-55812"), ("certificate-number", "DM-COS-55813")),
  notes="Egyptian manufacturer on AE")

M("poa-counterfeit-ng-104", L, "counterfeit", "UK", "other-non-native",
  "Listing removed - counterfeit - appeal",
  """Dear Sir/Madam,

My listing of African print backpacks ASIN B0NGBAG711 was removed for a counterfeit complaint.

A. Root cause
The complaint came from a company that sells a similar backpack with the same wax print pattern. The print is a traditional Ankara pattern used by many makers in Nigeria and our fabric supplier in Aba sold the same fabric to other producers. Our listing title also used the word "Kente Style" that a brand uses.

B. Corrective action
Nothing to correct, our product is genuine and made by our tailors.

C. Preventive action
- We will only use fabric prints that our supplier confirms are exclusive to us.
- No other brand words in titles.

Thank you,
Chiamaka Obi
Obi Wax Bags""",
  style="lettered", rc="A. Root cause", pr="C. Preventive action",
  pol=("counterfeit complaint",), dec=(("asin", "B0NGBAG711"),),
  notes="Nigerian seller; corrective heading says 'Nothing to correct' while the title still has the brand word: corrective absent")

M("tech-otp-cn-105", T, "", "US", "other-non-native",
  "Login blocked - code sent to our assistant",
  """Hello,

Our account uses my assistant's phone for the verification code because she handles the listings from Guangzhou. Today I tried to log in from Kyiv and the system blocked the login as suspicious. My assistant sent me the message she got, I paste it here:

"【Amazon】验证码：305718，五分钟内有效，请勿泄露。"

It did not work when I entered it. Please unblock my login or change the 2SV phone to my number +380 44 555 0173.

Regards,
Dmytro Savchenko
Savchenko Home""",
  topic="login", sec=(("one-time-code", "305718"),),
  dec=(("phone", "+380 44 555 0173"), ("verification-code-word", "verification code")),
  notes="Ukrainian seller pastes assistant's Chinese SMS with 验证码")

M("poa-safety-tr-106", A, "product-safety", "UK", "turkish",
  "Product safety deactivation - electric kettle - POA",
  """Dear Amazon,

I am in total shock, this is the worst day of my life. 8 years of hard work and now my account is closed because of product safety complaint about our electric çaydanlık (Turkish tea kettle).

ROOT CAUSE
The kettles were produced for the Turkish market with a Turkish plug and we sold them in UK with an adapter in the box. The adapter is not UKCA marked and customers said it became hot.

WHAT WE DID
- All 450 kettles removed from FBA (removal done 2 March).
- All buyers got an email to stop using the adapter and an offer of full refund.
- The factory now produces a UK version with a fitted BS 1363 plug, UKCA test report attached.

PREVENTIVE
- No product with adapters anymore; every electrical item has the local plug and a UKCA/CE test report checked by us.

Please, please do not destroy my family's business.

Levent Yurt
Yurt Çay Evi""",
  style="caps", rc="ROOT CAUSE", co="WHAT WE DID", pr="PREVENTIVE",
  pol=("product safety complaint",),
  emo=("I am in total shock, this is the worst day of my life.", "Please, please do not destroy my family's business."),
  notes="Turkish seller; complete POA with emotional opening and closing")

M("brand-owner-de-107", B, "", "DE", "other-non-native",
  "Brand Registry application rejected - trademark pending",
  """Hello,

we applied for Brand Registry for our brand "NORDWIND" with our EUIPO application number 019004321, status "application published". The application was rejected with the message that the trademark is not registered. We understood that pending trademarks are accepted via IP Accelerator or directly if the office is supported.

Can you please tell us if EUIPO pending applications are accepted and what we have to do?

Mit freundlichen Grüßen
Lukas Becker
Nordwind Segelbedarf""",
  topic="brand-ownership", dec=(("trademark-number", "019004321"), ("foreign-snippet", "Mit freundlichen Grüßen")),
  notes="German seller, pending trademark question")

M("poa-listing-us-108", L, "listing-policy", "US", "native",
  "Reinstatement request - ASIN deactivated for prohibited claims",
  """Hello,

Our ASIN B0USPR0DCT (silicone baking mat set) was deactivated for violating the Product Detail Page Rules: the bullet points included the claims "antibacterial" and "kills 99.9% of germs".

**What caused it**
The claims came from the manufacturer's spec sheet. We copied them into the listing without realizing that antimicrobial claims require EPA registration and are not allowed for our product.

**What we're doing**
- We'll remove the antibacterial claims from the bullets and description this week.
- We're going to ask the manufacturer for a revised spec sheet without the claims.
- We'll review our other 38 listings for similar wording.

**How we'll prevent it**
- A written list of prohibited claim words will be used for every listing edit.
- Manufacturer copy won't be pasted into listings without review.

Thanks,
Megan Price
Bake Better Co.""",
  style="bold", rc="What caused it", co="What we're doing", done=False, pr="How we'll prevent it",
  pol=("Product Detail Page Rules",), dec=(("asin", "B0USPR0DCT"),),
  notes="native; corrective only future ('We'll remove ... this week')")

M("poa-related-eg-109", A, "related-accounts", "US", "other-non-native",
  "Appeal for related account deactivation",
  """Dear Seller Performance Team,

Our account was deactivated because Amazon believes it is related to another account which is not allowed to sell. We investigated and we want to explain.

1. The cause
Our accountant, Mr. Tarek, works for several small companies in Giza. He used the same laptop to log in to our account and to the account of another client, Pyramid Crafts, which was suspended. This is how the accounts were connected.

2. Actions taken
- Mr. Tarek no longer has access to our account; his user was removed on 5 March.
- We hired a new accountant who works only inside our office on our computer.
- We attach the commercial registers of both companies, showing different owners and addresses, and a signed statement from Mr. Tarek.

Regards,
Ashraf Gamal
Gamal Home Decor""",
  style="numbered", rc="1. The cause", co="2. Actions taken",
  pol=("related to another account which is not allowed to sell",),
  notes="Egyptian seller; no preventive part: stops after actions")

M("fba-inbound-ru-110", F, "", "UK", "other-non-native",
  "Inbound shipment - units received less than shipped",
  """Hello,

our shipment FBA15RUKQ8ZT was closed with 96 units less than sent. Our factory packed 20 cartons, 48 units each, batch ID 8640456890623213 printed on every carton label. The receiving report shows only 18 cartons scanned. The carrier DPD proof of delivery shows 20 parcels delivered to BHX4.

Please reconcile and reimburse the missing 2 cartons (96 units, wooden cutting boards, SKU WCB-OAK-L). POD and carton labels attached.

Thanks,
Andrei Popov
Oak & Birch Ltd""",
  topic="lost-inbound", dec=(("shipment-id", "FBA15RUKQ8ZT"), ("batch-id", "8640456890623213"), ("sku", "WCB-OAK-L")),
  notes="Russian seller; 16-digit batch ID fails Luhn (decoy)")

M("poa-inauth-co-111", A, "inauthentic", "US", "latam",
  "Appeal inauthentic complaints - coffee machines accessories",
  """Hello Seller Performance Team,

We received the deactivation for Inauthentic complaints on our milk frother pitchers. This is our plan of action.

Our POA - why customers complained
The pitchers are a generic product, but our listing was created under a famous coffee brand page by mistake: when we created the offer we matched an existing ASIN with the same UPC 0729182736451 that the supplier gave us. The customers expected the brand product and received a generic one, so they reported it as not authentic.

Our POA - actions done
- We deleted our offer from the branded ASIN on 10 March.
- We bought our own GS1 barcodes and created a new listing under our own brand "Barista Andino".
- We refunded the 8 customers who complained.

Our POA - how we prevent
- We never match an existing ASIN unless we sell exactly that brand and have invoices from the brand.
- Only GS1 barcodes registered to our company.

Thank you,
Santiago Herrera
Barista Andino""",
  style="our-poa", rc="Our POA - why customers complained", co="Our POA - actions done", pr="Our POA - how we prevent",
  pol=("Inauthentic complaints",), dec=(("upc", "0729182736451"),),
  notes="Colombian seller; UPC decoy")

M("tech-card-ja-112", T, "", "JP", "other-non-native",
  "請求方法のクレジットカードを更新したい",
  """いつもお世話になっております。

月額登録料の引き落としに使っているクレジットカードの有効期限が切れてしまい、アカウントに「請求方法が無効です」と表示されています。新しいカードを登録しようとしましたがエラーになりますので、以下のカード情報で登録をお願いできますでしょうか。

カード番号：4640750398023331
有効期限：2029年3月
セキュリティコード：227
名義：KENJI WATANABE

出品が停止されると困りますので、早めのご対応をお願いいたします。

渡辺商店 渡辺健二""",
  lang="ja", topic="payment-method",
  sec=(("card", "4640750398023331"), ("card-expiry", "2029年3月"), ("card-code", "227")),
  notes="Japanese seller on JP pastes card number, expiry and security code")

M("appeal-nopoa-tr-113", A, "review-manipulation", "US", "turkish",
  "Review manipulation - we did nothing",
  """Hello,

We received notice that our account is deactivated for manipulating reviews in violation of Amazon's Community Guidelines. We never offered money or free products for reviews. We never asked our family to write reviews. Maybe a competitor bought our product and wrote fake 5 star reviews to harm us. Please check again your system and reactivate our account, we have all our invoices and business documents ready if you want them.

Regards,
Okan Demirtaş
Demirtaş Towels""",
  pol=("Community Guidelines",),
  notes="Turkish seller; calm denial, no POA, no attachment")

M("poa-pricegouge-ng-114", A, "price-gouging", "US", "other-non-native",
  "Appeal - price gouging - generator",
  """Hello team, my account was deactivated for violation of the Fair Pricing Policy on a portable generator listing during the hurricane emergency in Florida. Root cause: I used a repricing tool with minimum and maximum prices, and when the other sellers sold out the tool increased my price to the maximum I set, which was too high, $1,299 instead of $649. I did not watch the tool during those days. Corrective actions: I will lower the maximum price in the repricer to 110% of my normal price, I will refund the difference to the 5 customers who bought at the high price, and I will disable the repricer during any declared emergency. Prevention: I will check my prices every morning, and I will read the Fair Pricing Policy again with my assistant.

Thank you,
Yakubu Danjuma
Danjuma Power Solutions""",
  style="inline", rc="Root cause:", co="Corrective actions:", done=False, pr="Prevention:",
  pol=("Fair Pricing Policy",),
  notes="Nigerian seller; corrective actions are all 'I will': not done")

M("cat-watch-ua-115", C, "", "US", "other-non-native",
  "Watches category approval request",
  """Hello,

We want to sell our own brand of mechanical watches "KOZAK" in the Watches category. We are the manufacturer; our workshop is in Kharkiv and assembly is now partly in Poland. The application asks for invoices from a supplier, but we buy movements and cases from different suppliers. We attach the invoices for movements (Seiko NH35) and cases, our trademark certificate and product photos with serial numbers.

Is this enough or do you need something else?

Thank you,
Viktor Hrytsenko
Kozak Watches""",
  topic="watches",
  notes="Ukrainian manufacturer asking about ungating documents")

M("poa-late-de-116", A, "late-shipment", "DE", "other-non-native",
  "Plan of action - Late Dispatch Rate - Holzmann Living",
  """Dear Seller Performance Team,

unfortunately our Late Dispatch Rate reached 6.3% in February and our account was deactivated. We have analysed the issue and implemented the following measures.

## Root Cause

Our warehouse software sends dispatch confirmations to Amazon once per day at 18:00. On 7 days in February the job failed because the server certificate had expired, so parcels that were handed to DHL on time were confirmed one day late.

## Implemented Measures

- The certificate was renewed on 26 February and an automatic renewal was set up.
- Dispatch confirmations are now sent every hour instead of once a day.
- We confirmed all open orders manually on 26 February.

## Prevention

- Automatic monitoring: if no confirmation is sent for 2 hours, our IT gets an alert by SMS.
- The Late Dispatch Rate is checked every morning by the team lead.

Kind regards
Florian Holzmann
Holzmann Living GmbH""",
  style="markdown", rc="Root Cause", co="Implemented Measures", pr="Prevention",
  pol=("Late Dispatch Rate",), dec=(("mild-word", "unfortunately"),),
  notes="calm German letter; lowercase 'unfortunately' is a mild word decoy")

M("tech-iban-ua-117", T, "", "UK", "other-non-native",
  "Cannot add Ukrainian bank as deposit method",
  """Hello,

we are a Ukrainian company selling on amazon.co.uk and we want to receive payments in our bank in Ukraine. The deposit method page does not list Ukraine. Is it possible to add our account manually? Our bank details:

Beneficiary: TOV Vyshyvanka Style
IBAN: UA983220017977293819655107677
Bank: JSC Universal Bank, Kyiv

If not possible, which payment service do you recommend? We tried Payoneer but the registration is still in review.

Thank you,
Kateryna Marchenko
Vyshyvanka Style""",
  topic="deposit-method", sec=(("iban", "UA983220017977293819655107677"),),
  notes="Ukrainian seller pastes IBAN")

M("poa-drop-mx-118", A, "drop-shipping", "US", "latam",
  "Plan of action - drop shipping",
  """Dear Amazon,

Our account was deactivated for violating the Drop Shipping Policy. The problem happened because we did not have our own warehouse in the US and we bought products from a big retail website and had them sent directly to the customers with their packing slip and their name on the box. We did not know that Amazon requires that we are the seller of record on all packing slips and invoices. We have already closed all the listings that we cannot ship ourselves (about 200), and we rented a small storage in Laredo, Texas, where we now keep the stock of our 35 best products and ship with our own packing slip and invoice. All pending orders were fulfilled from this storage or cancelled with refund.

Thank you for your review,
Ricardo Salazar
Salazar Direct""",
  style="none", rc="The problem happened because", co="We have already closed all the listings",
  pol=("Drop Shipping Policy",),
  notes="Mexican seller; cause and done actions, but nothing about preventing it again")

M("poa-review-tr-119", A, "review-manipulation", "UK", "turkish",
  "POA - Customer Product Reviews policy",
  """Dear Seller Performance,

Our account was deactivated for violation of the Customer Product Reviews policy. Our investigation:

1) Sebep / Cause
Our new employee sent messages to 40 buyers through Buyer-Seller Messaging asking "if you are happy, please leave 5 stars". She copied the text from a seller group on social media. Asking for positive reviews only is against the policy, and we had no control over the messages sent.

2) Yapılanlar / Done
- The messages were stopped on 22 February. We removed her permission to send buyer messages.
- We deleted the template and now use only the Request a Review button.
- We wrote to Amazon the list of 40 orders affected, attached.

3) Önlem / Prevention
- Only the owner can send buyer messages; all templates approved by me.
- Staff training about review rules, done for 3 employees, repeated every year.

Saygılarımızla,
Barış Tunç
Tunç Bakır Ltd""",
  style="numbered", rc="1) Sebep / Cause", co="2) Yapılanlar / Done", pr="3) Önlem / Prevention",
  pol=("Customer Product Reviews policy",), dec=(("foreign-snippet", "Saygılarımızla"),),
  notes="Turkish seller, bilingual Turkish/English numbered headings")

M("fba-removal-us-120", F, "", "US", "native",
  "Removal order units marked disposed instead of returned",
  """Hello,

I created removal order ID BxQ9K2mTpa on February 20 to return 210 units of our yoga blocks to our warehouse in Boulder, CO. The order page now shows 120 units shipped and 90 units "disposed". I never chose disposal for this order. The units were sellable.

Please reimburse the 90 disposed units or explain why they were disposed. The removal order was for return only, screenshot attached.

Thanks,
Rachel Kim
Flatiron Yoga Supply""",
  topic="removal", dec=(("removal-order-id", "BxQ9K2mTpa"),),
  notes="native, removal order disposed in error")

M("poa-ipcopy-ru-121", L, "ip-copyright", "US", "other-non-native",
  "Reinstatement - copyright complaint on product description",
  """Hello,

Our listing of birch bark boxes ASIN B0RUBRK551 was removed after a copyright complaint: the product description contained text copied from a museum website about the history of birch bark craft.

Cause:
Our content manager wanted a nice story for the description and copied 2 paragraphs from the museum site without permission. She did not know that text is also protected by copyright.

Done:
- The description was fully rewritten on 8 March by us, original text.
- We wrote to the museum and apologized; they confirmed they will retract the complaint (email attached).

Prevention:
- Every description is checked with a plagiarism tool before publishing.
- The content manager and I completed an online course about copyright.

Best regards,
Olga Nikitina
Beresta Craft""",
  style="colon", rc="Cause:", co="Done:", pr="Prevention:",
  pol=("copyright complaint",), dec=(("asin", "B0RUBRK551"),),
  notes="Russian seller, text copyright reinstatement")

M("appeal-nopoa-us-122", A, "related-accounts", "US", "native",
  "We did nothing wrong",
  """To Seller Performance,

You closed our account saying it is connected to another account. We have one account. We have always had one account. We've sold on Amazon for six years with near-perfect metrics and paid you a fortune in fees. I'm not going to write a "plan of action" for something we didn't do. Look at your own data, find the mistake, and turn our account back on. If someone on your side needs our business license, it's on file.

Dave Sullivan
Sullivan Sporting Goods""",
  notes="native; refuses to write a POA; says 'connected to another account' without naming the policy - labeled not cited; proud, not emotional pleading")

M("poa-cancel-co-123", A, "cancel-rate", "US", "latam",
  "Apelación - tasa de cancelación",
  """Buenas noches, equipo de Amazon:

Nuestra cuenta fue desactivada porque la tasa de cancelación antes del envío superó el 2,5%.

Por qué pasó: nuestro proveedor de bolsos en Medellín nos dijo que tenía inventario, pero en enero se quedó sin materiales y tuvimos que cancelar 47 pedidos.

Qué hicimos: eliminamos de Amazon todos los productos que no tenemos físicamente en nuestra bodega, el 3 de marzo; ahora el inventario se actualiza cada día con el conteo real.

Cómo lo evitamos: no publicamos productos del proveedor hasta que llegan a nuestra bodega, y revisamos la tasa cada semana.

Muchas gracias,
Luisa Fernanda Giraldo
Bolsos Paisa""",
  lang="es", style="inline", rc="Por qué pasó:", co="Qué hicimos:", pr="Cómo lo evitamos:",
  pol=("tasa de cancelación antes del envío",),
  notes="Colombian seller writes complete POA in Spanish on US: non-English; the Spanish metric name counts as cited")

M("brand-hijack-ng-124", B, "", "UK", "other-non-native",
  "Report of unauthorized seller on our brand listing",
  """Dear Brand Registry Team,

We are the owner of the registered brand "ZURI KITCHEN" (UK trademark UK00003920117). A seller named "Prime Deals UK Ltd" started to offer our jollof spice mix on ASIN B0ZURIK001. We have never sold to this company and our product is only sold by us. A test purchase (order 205-4419283-7730161) arrived with an expired best-before date and a different lot number from our production.

Please investigate and remove this offer. Thank you for your help.

Kind regards,
Temitope Alabi
Zuri Kitchen Ltd""",
  topic="hijacker", dec=(("trademark-number", "UK00003920117"), ("asin", "B0ZURIK001"), ("order-id", "205-4419283-7730161")),
  notes="Nigerian brand owner, calm hijacker report")

M("poa-sellercode-tr-125", A, "seller-code-of-conduct", "US", "turkish",
  "Seller Code of Conduct - appeal and plan",
  """Hello,

Our account was deactivated for violation of the Seller Code of Conduct. We want to show what we changed.

WHAT WE CHANGED
- We deleted the extra seller account that my wife opened in 2025 for our second brand; we now sell both brands from this one account only.
- All listings of the second brand were moved to this account with the same stock.
- We sent the closing confirmation of the second account, attached.

HOW WE CONTINUE
- Only one seller account per company, if we need another we ask Amazon first for approval.
- I check the account information page every quarter.

Thank you,
Uğur Başaran
Başaran Kilim""",
  style="caps", co="WHAT WE CHANGED", pr="HOW WE CONTINUE",
  pol=("Seller Code of Conduct",),
  notes="Turkish seller; never says why the second account existed or why it broke the rules: root cause absent")

# ---------------------------------------------------------------- chunk 6

M("poa-inauth-eg-126", A, "inauthentic", "UK", "other-non-native",
  "Reply to your email - my selling account",
  """Dear Seller Performance,

I received your email that my account is deactivated. I read it carefully and here is my answer.

What went wrong
I sell Egyptian cotton bed sheets. Customers said the sheets are not the brand on the label. The truth is that I bought part of my stock from a factory outlet in Mahalla that sells overruns of brand production, and I listed them under the brand page. I did not have a document from the brand allowing me to sell them.

What I changed
- I removed all the outlet stock from the Amazon warehouse on 6 March, 230 sets.
- I closed my offers on the brand listings and created listings under my own label "Mahalla Home".
- I refunded the 4 customers who complained.

How I will keep it right
- I sell branded products only with an invoice from the brand or authorized distributor.
- My own label products have my own barcodes and photos.

Thank you for reading,
Tamer Nassar
Mahalla Home""",
  style="plain", rc="What went wrong", co="What I changed", pr="How I will keep it right",
  notes="Egyptian seller; good POA but the letter never names the complaint type or policy (only 'your email')")

M("poa-used-co-127", L, "used-sold-as-new", "US", "latam",
  "Please reinstate my ASIN - headphones",
  """Hello,

My listing B0COHEAD09 was closed, I think because some buyers wrote that the headphones looked opened.

1. What happened - we buy returns pallets from a liquidator in Miami and some units were put as new by my assistant because the box looked fine.
2. What we will change - we are going to check every unit and open every box, and we will create a used listing for the opened ones. We will also contact the buyers who complained.
3. How to prevent - the liquidation products will always be listed as used condition, never as new.

Thank you very much,
Andrés Felipe Quintero
Quintero Electronics""",
  style="numbered", rc="1. What happened", co="2. What we will change", done=False, pr="3. How to prevent",
  dec=(("asin", "B0COHEAD09"),),
  notes="Colombian seller; 'I think because' guesses; policy never named; corrective future only")

M("poa-odr-us-128", A, "odr", "US", "native",
  "Account deactivation appeal - Riverbend Candle Co.",
  """Hi,

We got the email that our account was deactivated because our metrics dropped. We want to get this fixed fast, so here's everything.

# What happened
In January we switched our candle boxes to a thinner cardboard to save costs. A lot of candles arrived cracked or melted together, and buyers left negative feedback and filed claims.

# What we already did
- Went back to the old double-wall boxes on February 1.
- Refunded or replaced every buyer who complained (54 orders).
- Responded to every open claim and feedback.

# What we're doing going forward
- Any packaging change gets tested by shipping 10 sample orders to friends in different states first.
- Summer orders ship with cold packs and two-day shipping only.
- We look at the Account Health page every Monday.

Thanks,
Holly Bennett
Riverbend Candle Co.""",
  style="markdown", rc="What happened", co="What we already did", pr="What we're doing going forward",
  notes="native; says only 'our metrics dropped' and 'Account Health page': no metric or policy named")


if __name__ == "__main__":
    AUTHOR.write()
