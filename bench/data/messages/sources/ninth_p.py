#!/usr/bin/env python3
"""Author P's messages for the ninth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/ninth-b/p-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("p-", "ninth-b")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1
M("poa-inauth-in-001", A, "inauthentic", "IN", "indian",
  "Appeal for reactivation of account - Inauthentic item complaints",
  """
Respected Seller Performance Team,

This is with reference to the deactivation of our seller account on account of customer complaints under the Inauthentic Item Policy. Kindly find below our Plan of Action.

## Root Cause
We were procuring the trimmers from a wholesaler in Karol Bagh who was not the authorised distributor of the brand. He was giving us invoices but on verification we found the GST number on those invoices belongs to a different firm. Our purchase team did not cross check the supply chain before placing the order, this is our mistake.

## Corrective Actions
- We have removed all 214 units of the affected ASIN B0C7KX2M4Q from sale and created removal order for FBA stock.
- We have stopped buying from that wholesaler with immediate effect.
- We have contacted the brand's authorised distributor in Delhi and opened an account with them, invoice copy attached.
- All remaining listings are checked one by one against purchase invoices.

## Preventive Measures
- Every new supplier will be verified with the brand owner or its distributor list before first order.
- Invoices will be kept for minimum 365 days and matched with the GST portal.
- One person from our team (Mr. Rakesh) is made responsible for the monthly invoice audit.

We request you to kindly review the above and reinstate our selling privileges. We assure full compliance going forward.

Thanks and regards,
Vivek Bansal
Bansal Grooming Traders, New Delhi
""", style="markdown", rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
  pol=["Inauthentic Item Policy"], dec=[("asin", "B0C7KX2M4Q")],
  notes="complete markdown POA, Indian formulas; GST mentioned with no number")

M("poa-odr-pk-002", A, "odr", "US", "other-non-native",
  "Request to reinstate - Order Defect Rate",
  """
Dear Amazon Team,

Assalam o Alaikum. My account was deactivated because my Order Defect Rate went to 2.4% in the last 60 days. I am writing this plan of action with full honesty.

1. Reason of the issue
Most of the negative feedbacks came from the order of cotton bedsheets. The carrier we were using from our Lahore warehouse took 14 to 19 days and customers opened A-to-z claims before delivery. Also the size chart on listing was in inches but the product was packed with cm label which confuse the buyers.

2. Actions already taken
We have switched to a faster courier with 6-8 days delivery. We refunded all open claims, total 23 orders. We fixed the size chart on all 11 bedsheet listings and added cm and inches both. We contacted every buyer with negative feedback and apologised.

3. Steps for future
We will check ODR every morning in Account Health. Any order without tracking scan in 48 hours will be escalated to courier. Every listing's size chart will be checked by two persons before going live.

Kindly consider our appeal. We have been selling since 2021 without any problem.

JazakAllah,
Usman Tariq
Tariq Home Textiles
""", style="numbered", rc="1. Reason of the issue", co="2. Actions already taken", pr="3. Steps for future",
  pol=["Order Defect Rate", "ODR"], dec=[("foreign-snippet", "Assalam o Alaikum"), ("foreign-snippet", "JazakAllah")],
  notes="Pakistani seller, complete numbered POA, Urdu greeting and sign-off as foreign snippets")

M("appeal-related-ng-003", A, "related-accounts", "UK", "other-non-native",
  "PLEASE HELP ME my account is deactivated for related account",
  """
Good day Amazon,

I am begging you please look into my matter. My account was closed and the email says it is related to another account which was deactivated. I don't know any other account. I am the only person using this account from Lagos and I have never opened another one. Please sir, I have put all my savings into this business, over 4 million naira worth of stock is sitting in your warehouse in the UK. If you do not reopen my account I am finished, my family depends on this.

I have done the identity check two times already. I sent my passport and utility bill. I don't know what else to do. Please tell me which account you are talking about so I can explain. May God bless you as you help me.

Yours faithfully,
Chinedu Okafor
""", pol=["related to another account"],
  emo=["I am begging you please look into my matter", "If you do not reopen my account I am finished, my family depends on this"],
  notes="Nigerian seller, no POA and none attached, pleading and despair; 'related to another account' counted loosely as naming the violation")

M("poa-late-us-004", A, "late-shipment", "US", "native",
  "Plan of Action - Late Shipment Rate",
  """
Hello,

Our seller account was deactivated because our Late Shipment Rate reached 9.1% over the last 30 days, above the 4% target. Below is our plan of action.

**What happened**
We moved to a new 3PL in Reno on February 2. Their integration with our order system pushed confirmations in a nightly batch instead of every hour, so orders placed after 3 pm were confirmed a day late. We did not catch this because our test orders were placed in the morning.

**What we have fixed**
We switched the 3PL connector to hourly sync on February 19 and confirmed every open order manually that week. We extended our handling time from 1 to 2 days on all 86 SKUs while the new process settles. We also refunded shipping on every late order.

**How we keep it from happening again**
Our operations lead now reviews the Late Shipment Rate on the Account Health page every Monday and Thursday. Any sync delay over two hours triggers an alert to two people. Before any future change of warehouse or software we will run test orders at different times of the day for one full week.

Thank you for reviewing our appeal.

Dana Whitfield
Operations, Copper Creek Outfitters
""", style="bold", rc="What happened", co="What we have fixed", pr="How we keep it from happening again",
  pol=["Late Shipment Rate"], notes="native, complete bold POA with plain-English headings")

M("poa-counterfeit-tr-005", A, "counterfeit", "UK", "turkish",
  "Appeal - counterfeit complaint on watches",
  """
Dear Seller Performance,

We received notification about our account deactivation due to counterfeit complaint for wrist watch listing. We respect Amazon's Anti-Counterfeiting Policy and we prepared below plan.

ROOT CAUSE
Honestly we are still investigating. We are not sure why customer thinks the product is fake, our products came from Istanbul supplier which we work since 3 years.

CORRECTIVE ACTIONS
We deleted the listing ASIN B08ZQ4LR7T. We sent the rest of stock back to our warehouse with removal order. We asked supplier to send us authorization letter.

PREVENTIVE MEASURES
We will only buy from brand authorized distributors and keep all invoices. Each new product will be checked by our quality team before sending FBA.

Saygılarımla,
Emre Yıldız
Yıldız Saat Ticaret Ltd. Şti.
""", style="caps", co="CORRECTIVE ACTIONS", pr="PREVENTIVE MEASURES",
  pol=["Anti-Counterfeiting Policy"], dec=[("asin", "B08ZQ4LR7T"), ("foreign-snippet", "Saygılarımla")],
  notes="root-cause heading present but says 'still investigating, not sure why': not a root cause")

M("poa-review-mx-006", A, "review-manipulation", "US", "latam",
  "Apelación - manipulación de reseñas",
  """
Estimado equipo de Amazon:

Nuestra cuenta fue desactivada por violar la política de reseñas de clientes. Queremos explicar lo que pasó y lo que hicimos.

Causa del problema: Una empresa de marketing en Guadalajara nos ofreció "aumentar la visibilidad" y nosotros no entendimos que ellos enviaban productos gratis a cambio de reseñas de cinco estrellas. Fue nuestro error no revisar bien el contrato.

Acciones tomadas: Cancelamos el contrato con esa agencia el 4 de marzo. Pedimos la lista de pedidos que ellos manejaron y la guardamos para su revisión. Eliminamos los insertos de tarjeta que decían "déjanos 5 estrellas" de todo nuestro inventario.

Medidas preventivas: Solo usaremos el programa Vine de Amazon para obtener reseñas. Nuestro gerente leerá las políticas de reseñas cada trimestre y capacitará al equipo.

Agradecemos su atención.

Atentamente,
Lucía Hernández
Cocina Viva MX
""", lang="es", style="inline", rc="Causa del problema:", co="Acciones tomadas:", pr="Medidas preventivas:",
  pol=["política de reseñas de clientes"], notes="Spanish on US marketplace; complete inline POA")

M("cover-ipcr-bd-007", A, "ip-copyright", "US", "other-non-native",
  "Appeal with Plan of Action attached - copyright complaint",
  """
Dear Sir/Madam,

We are submitting our appeal for the account deactivation caused by copyright infringement complaints on our printed cushion covers. Please find attached our detailed Plan of Action (POA_Dhaka_Prints.pdf) which explains the root cause, the actions we have taken and the measures for future.

In short, some artwork images were downloaded by our designer from a free wallpaper website without checking the license. We have removed all 17 listings with those designs and we now use only designs made in-house or bought with a commercial license.

We are also attaching the licence receipts for our current designs and the retraction from the rights owner for complaint ID 9283746510.

Thank you for your time and consideration.

Best regards,
Farhana Akter
Dhaka Prints & Crafts
""", att=True, pol=["copyright infringement"],
  dec=[("file-name", "POA_Dhaka_Prints.pdf"), ("complaint-id", "9283746510")],
  notes="Bangladeshi seller, cover letter with POA attached; short summary inside is not labeled as a POA")

M("poa-safety-ae-008", A, "product-safety", "AE", "other-non-native",
  "Appeal regarding product safety complaint - power banks",
  """
Dear Amazon Seller Performance Team,

Greetings from Dubai. We received your notice that our account is under review for product safety concerns on the 20000mAh power bank. Please find our plan.

Why it happened
Two customers reported that the power bank became very hot while charging. We checked and found that this batch came from a new factory that used a different battery cell without the UN38.3 test report.

What we did
We removed all listings of this model and stopped the sale. All buyers of this batch received a full refund and an email asking them to stop using the product. The remaining 340 units were taken out from FBA and sent for recycling with a licensed company in Jebel Ali.

How we prevent it
We will ask for UN38.3 and IEC 62133 reports for every battery batch, not only the first order. A sample from each shipment will be tested in a lab in Dubai before sending to Amazon.

We hope you accept our plan.

Best regards,
Khalid Al Mansouri
Gulf Gadget Trading LLC
""", style="plain", rc="Why it happened", co="What we did", pr="How we prevent it",
  dec=[("un-number", "UN38.3")],
  notes="Emirati seller, plain headings, complete; no policy named (only 'product safety concerns' loosely, from the notice - judged not a policy name)")

M("poa-condition-co-009", A, "condition", "US", "latam",
  "Appeal for condition complaints",
  """
Hello Amazon Team,

I am writing from Medellín about the deactivation of our account for Used Sold as New and item condition complaints. We want to explain our plan.

A) What caused the complaints
Some items returned by customers came back to our inventory and our worker did not open the boxes to inspect them. These returned items were sold again as new. We did not have a clear process for returns.

B) What we will do
We will create a separate area for returned items. We will train our worker to inspect every return. We will list damaged returns as used or remove them.

C) Prevention
Every week the manager will do a random check of 20 units in the new inventory shelf.

Muchas gracias por su tiempo,
Andrés Restrepo
""", style="lettered", rc="A) What caused the complaints", co="B) What we will do", done=False,
  pr="C) Prevention", pol=["Used Sold as New"], dec=[("foreign-snippet", "Muchas gracias por su tiempo")],
  notes="Colombian, corrective part only future tense: not done")

M("poa-drop-us-010", A, "drop-shipping", "US", "native",
  "Drop shipping policy appeal",
  """
To the Seller Performance team,

We were notified that our account was deactivated for violating the Drop Shipping Policy after customers received packages with another retailer's invoice inside.

Root cause: we were fulfilling some out-of-stock orders by buying directly from a large online retailer and having it shipped to our customers. We did not realize that this breaks Amazon's rules because we were still the seller of record on Amazon.

Corrective actions: we stopped this practice on March 3. Every open order is now shipped only from our own warehouse in Ohio. We set all listings without physical stock in our warehouse to zero quantity, 42 SKUs in total. We sent each affected customer a note explaining the packing slip.

Thank you for your consideration. We look forward to your response.

Mark Jensen
Lakeside Home Supply
""", style="inline", rc="Root cause:", co="Corrective actions:",
  pol=["Drop Shipping Policy"], notes="native, inline, no preventive part at all")

M("poa-price-eg-011", A, "price-gouging", "US", "other-non-native",
  "Appeal - Fair Pricing Policy violation",
  """
Dear Sir,

Kindly we request your review for our deactivated account. We received the notification about the Fair Pricing Policy for our hand sanitizer listing.

Root cause:
The price of our listing is made automatically by repricing software. When the competitors went out of stock, the software raised our price to 38 dollar for one bottle which is much more than our normal price 7.99. We did not put a maximum price limit in the tool.

Corrective action:
We have reduced the price to 7.99 and we have set the maximum price limit in the repricer for all our products. We have also refunded the difference to the 12 customers who paid the high price.

Preventive action:
The repricer rules are now checked every week by me personally. Any price change more than 20% will need my approval.

Thank you and best regards,
Mahmoud Fathy
Nile Care Supplies
""", style="colon", rc="Root cause:", co="Corrective action:", pr="Preventive action:",
  pol=["Fair Pricing Policy"], notes="Egyptian seller, complete colon POA")

M("appeal-idv-sa-012", A, "identity-verification", "AE", "other-non-native",
  "طلب إعادة تفعيل الحساب - التحقق من الهوية",
  """
السادة فريق أداء البائعين في أمازون،

السلام عليكم ورحمة الله وبركاته،

تم إيقاف حسابي بسبب عدم اكتمال التحقق من الهوية. لقد قمت برفع صورة جواز السفر وكشف الحساب البنكي، لكن النظام رفض المستند لأن العنوان في كشف الحساب لا يطابق العنوان المسجل في الحساب. لقد انتقلت إلى شقة جديدة في الشارقة الشهر الماضي.

أرفقت الآن كشف حساب جديد يحمل العنوان الصحيح، وأيضاً فاتورة الكهرباء باسمي. أرجو منكم مراجعة المستندات وإعادة تفعيل الحساب في أقرب وقت.

مع خالص الشكر والتقدير،
سالم الحربي
""", lang="ar", notes="Arabic on AE (English required); no POA; no policy named (only 'identity verification' as a process, judged not a policy name)")

M("fba-lost-in-013", F, "", "IN", "indian", "Reimbursement request for lost inbound units",
  """
Hello Team,

Greetings of the day. We had sent shipment FBA15HX7K29Q to BLR7 fulfilment centre on 12 February. Total 600 units of steel water bottles were sent, but the receiving shows only 540 units. 60 units are missing.

Our carrier's proof of delivery shows 12 cartons delivered and signed, each carton having 50 units. Tracking number is 1Z8A49W20392817465. We are attaching the POD, the packing list and the invoice.

Kindly do the needful and reimburse the 60 missing units at the earliest. Please revert back in case any other document is required.

Thanks & Regards,
Priya Nair
Kerala Steelware Pvt Ltd
""", topic="lost-inbound", dec=[("shipment-id", "FBA15HX7K29Q"), ("tracking-number", "1Z8A49W20392817465")],
  notes="Indian, calm, shipment ID and tracking as decoys")

M("tech-login-ng-014", T, "", "US", "other-non-native", "Cannot login - two step verification",
  """
Hello Seller Support,

I have not been able to log into Seller Central since Monday. The two-step verification code is sent to my old phone number which I no longer have, the SIM was stolen in Abuja. I tried the backup method but it asks for the authenticator app which I did not set up.

To help you verify me quickly, my account password is Ngozi#Abuja2026 and the code that came to my email this morning was 774215. My new number is +234 803 555 0192.

Please help me reset the two step verification so I can access my account. My shipments are waiting.

Thank you,
Ngozi Eze
""", topic="login", sec=[("password", "Ngozi#Abuja2026"), ("one-time-code", "774215")],
  dec=[("phone", "+234 803 555 0192")], notes="Nigerian, gives password and OTP in a login case; phone is decoy")

M("brand-hijack-us-015", B, "", "US", "native", "Unauthorized sellers on our brand listing",
  """
Hi Brand Registry team,

Three sellers have joined our listing for the Harbor & Pine beeswax candle set (ASIN B0D3TP8V1N) over the past two weeks. We are the brand owner, registered trademark number 97845123, and we do not sell through any distributor. Test buys from two of these sellers arrived with no branded packaging and a different wick.

We have filed a report through Report a Violation for each seller and attached photos of the test buys. Could you please review the reports and remove these offers? It is frustrating to see customers leave one-star reviews for candles we did not make.

Thanks,
Emily Carter
Harbor & Pine Candle Co.
""", topic="hijacker", dec=[("asin", "B0D3TP8V1N"), ("trademark-number", "97845123"), ("mild-word", "frustrating")],
  notes="native, calm brand complaint with a mild word")

M("cat-grocery-tr-016", C, "", "US", "turkish", "Grocery category approval request",
  """
Hello,

We are Anatolia Gourmet, a Turkish company producing dried apricots and hazelnuts in Malatya. We would like to sell in the Grocery & Gourmet category in US marketplace.

We have FDA facility registration and our products have English labels with nutrition facts and importer information. We attached three invoices from our packaging supplier and our lot-based quality report (lot number MLT-2603-118).

Could you please tell us if any more document is needed for the approval? We are ready to provide.

Best regards,
Selin Kaya
Anatolia Gourmet Gıda San.
""", topic="grocery", dec=[("lot-number", "MLT-2603-118")], notes="Turkish, calm ungating request")

M("poa-iptm-ar-017", A, "ip-trademark", "US", "latam",
  "Appeal - trademark infringement notice",
  """
Hi,

My name is Martín and I run a small shop from Buenos Aires selling phone cases. Our account has been deactivated because of trademark complaints. I am really sorry, I am really sorry, I am so so sorry for this, please forgive us, it was never our intention to hurt any brand. We are a tiny family business and without Amazon we have nothing left.

Our Plan of Action:
- Our POA cause: in the title of 9 listings we used the brand name of a famous phone maker to say "compatible with", but in a way that looked like we were the brand.
- Our POA actions: we have edited all 9 titles and removed the brand name from the images.
- Our POA prevention: we will check every new title with our lawyer before uploading.

Please, please give us one more chance, I beg you.

Martín Gómez
""", style="our-poa", rc="Our POA cause:", co="Our POA actions:", pr="Our POA prevention:",
  emo=["I am really sorry, I am really sorry, I am so so sorry for this, please forgive us", "without Amazon we have nothing left", "Please, please give us one more chance, I beg you."],
  notes="Argentine, our-poa style complete; excessive apology and begging; no policy named ('trademark complaints' only describes the notice)")

M("poa-valid-uk-018", A, "valid-tracking", "UK", "native",
  "Appeal: Valid Tracking Rate below target",
  """
Dear Seller Performance,

Our selling privileges were removed because our Valid Tracking Rate fell to 82% for the last 30 days. Below is our plan.

1) Cause
Royal Mail Tracked 48 labels were printed from our courier's website, not through Buy Shipping, and the tracking numbers were pasted into Seller Central by hand. Around one in six had a typo or was pasted into the wrong order.

2) What we have done
All labels are now bought through Amazon Buy Shipping, so the tracking uploads automatically. We corrected the tracking on 54 open orders the same day we found the problem.

3) Ongoing checks
Each afternoon before collection, the packer compares the day's dispatched orders against confirmed tracking in the Manage Orders page. Our manager checks the Valid Tracking Rate every Friday and writes it in our weekly log.

Kind regards,
Oliver Bennett
Bennett & Hale Stationery
""", style="numbered", rc="1) Cause", co="2) What we have done", pr="3) Ongoing checks",
  pol=["Valid Tracking Rate"], notes="UK native, complete, numbered with ) markers")

M("list-restricted-sa-019", L, "restricted-products", "SA", "other-non-native",
  "Listing removed - restricted product",
  """
Dear Amazon,

Our listing for the oud perfume oil 12ml was removed and flagged as a restricted product under the Dangerous Goods and Hazmat rules. This product is a perfume oil without alcohol and we believe it is not flammable.

What caused the issue: We did not upload the Safety Data Sheet when we created the listing, so the system could not classify it.

What we did: We have now uploaded the SDS from the manufacturer in Riyadh and the Exemption Sheet, showing the flash point above 93 degrees.

For the future: Every new fragrance product will be listed only after the SDS is uploaded and approved by the hazmat review.

Please reinstate the listing ASIN B0B6MW2PZR.

Thank you,
Faisal Al-Qahtani
""", style="colon", rc="What caused the issue:", co="What we did:", pr="For the future:",
  pol=["Dangerous Goods and Hazmat"], dec=[("asin", "B0B6MW2PZR")],
  notes="Saudi seller on SA marketplace writing English; complete colon-style POA")

M("poa-cancel-in-020", A, "cancel-rate", "IN", "indian",
  "Appeal for reinstatement - Pre-fulfillment Cancel Rate",
  """
Dear Sir/Madam,

With due respect, we would like to submit our appeal as our account is deactivated due to high Pre-fulfillment Cancel Rate of 6.8%.

We are very sorry for the inconvenience caused to customers.

Root Cause:
Our inventory was managed in an Excel sheet that was updated only once a day, so the stock on Amazon was showing more than actual. When we got orders for items not available, we had to cancel them.

Corrective Action:
We will move to inventory management software connected to Seller Central. We will also reduce quantity of all listings by 10% as a buffer.

Preventive Action:
Stock reconciliation will be done every evening by our store manager, and cancel rate will be monitored daily.

Kindly consider our request and reinstate our account. We shall be highly obliged.

Yours sincerely,
Anil Deshmukh
Shree Ganesh Electricals, Pune
""", style="colon", rc="Root Cause:", co="Corrective Action:", done=False, pr="Preventive Action:",
  pol=["Pre-fulfillment Cancel Rate"], dec=[("single-apology", "We are very sorry for the inconvenience caused to customers.")],
  notes="Indian, corrective only planned ('We will move...') -> not done; single apology decoy")

# ---------------------------------------------------------------- chunk 2
M("poa-restricted-pk-021", A, "restricted-products", "US", "other-non-native",
  "Appeal - Restricted Products Policy",
  """
Respected Team,

Our account was suspended for listing a product that falls under the Restricted Products Policy (a herbal supplement with kratom extract). Please read our plan.

Root cause
Our sourcing agent in Karachi described it as "herbal tea powder" and we created the listing from his description without reading the ingredient list on the pack. Kratom is not allowed on Amazon US and we did not know this.

Future prevention
From now every ingredient of every supplement will be checked against the Amazon restricted list before listing. Our compliance person Ms. Ayesha will sign off each new ASIN. We will also take the Seller University course on restricted products and keep the certificate.

We are deeply thankful for your consideration.

Regards,
Bilal Hussain
Indus Naturals
""", style="plain", rc="Root cause", pr="Future prevention",
  pol=["Restricted Products Policy"], notes="Pakistani, root cause and prevention only; nothing says the listing was removed or stock handled -> corrective missing")

M("poa-counterfeit-us-022", A, "counterfeit", "US", "native",
  "Appeal for account deactivation - counterfeit",
  """
Hello,

We are appealing the deactivation of our account after receiving counterfeit complaints on a pair of wireless earbuds. We take the Amazon Anti-Counterfeiting Policy seriously.

## Why this happened
We bought a closeout lot of 500 units from a liquidator in New Jersey in January. The liquidator told us the lot was retailer overstock, and the invoice listed the brand name, but it did not trace back to the manufacturer. We now believe part of that lot was not genuine.

## How we will make sure it never happens again
We will only purchase branded electronics directly from the manufacturer or an authorized distributor listed on the brand's website. Closeout or liquidation lots of branded products will no longer be bought at all. Every supplier invoice will be checked against the distributor list by a second employee before payment.

We appreciate your time.

Rachel Moore
Moore Tech Resale LLC
""", style="markdown", rc="Why this happened", pr="How we will make sure it never happens again",
  pol=["Anti-Counterfeiting Policy"], notes="native markdown, no corrective section (nothing about stock or listing)")

M("poa-odr-tr-023", A, "odr", "DE", "turkish",
  "Einspruch - Bestellmängelquote",
  """
Sehr geehrtes Amazon-Team,

unser Verkäuferkonto wurde wegen einer zu hohen Bestellmängelquote deaktiviert. Wir sind ein kleines Unternehmen aus Izmir und verkaufen Handtücher.

1. Ursache: Unser Lager hatte im Januar viele neue Mitarbeiter. Sie haben falsche Farben verschickt und viele Kunden haben negative Bewertungen gegeben.

2. Maßnahmen: Wir haben alle betroffenen Kunden kontaktiert und das Geld zurückgezahlt. Wir haben ein Barcode-System im Lager eingeführt, so dass jede Farbe gescannt wird.

3. Vorbeugung: Jede Woche prüfen wir die Kontogesundheit. Neue Mitarbeiter bekommen eine Schulung von zwei Tagen.

Mit freundlichen Grüßen,
Burak Demir
Ege Tekstil
""", lang="de", style="numbered", rc="1. Ursache:", co="2. Maßnahmen:", pr="3. Vorbeugung:",
  pol=["Bestellmängelquote"], notes="Turkish seller writing German on DE (own-language marketplace, not English-required); complete")

M("appeal-review-bd-024", A, "review-manipulation", "US", "other-non-native",
  "Request to reactivate my account",
  """
Dear Seller Performance Team,

I received an email that my account is deactivated. The email is saying we have violated the Community Guidelines about customer reviews. I am very confused because I never asked anyone for review.

I am a new seller since November and I sell handmade jute bags from Dhaka. Maybe some of my friends and relatives bought my bags and gave good reviews without telling me. I did not pay anyone.

Please can you review my account again. I want to follow all the rules and I will read all policy pages again. Please let me know what information you need from me.

Thank you very much,
Rumana Begum
Jute Bazaar BD
""", pol=["Community Guidelines"], dec=[("mild-plea", "Please can you review my account again.")],
  notes="Bangladeshi, no POA and none attached; calm, polite plea decoy")

M("tech-deposit-tr-025", T, "", "UK", "turkish", "Cannot add deposit method - bank account rejected",
  """
Hello,

We are trying to add our company bank account as deposit method but Seller Central gives error "The bank account information is invalid". Our bank is Garanti BBVA in Istanbul. Here are the details, maybe you can add it from your side:

Account holder: Bosphorus Home Ltd
IBAN: TR180006200119000006672315
SWIFT: TGBATRISXXX

We have tried three times with Chrome and Firefox. Our bank says the IBAN is correct. Could you check what is wrong please?

Teşekkürler,
Hakan Öztürk
""", topic="deposit-method", sec=[("iban", "TR180006200119000006672315")],
  dec=[("swift-code", "TGBATRISXXX"), ("foreign-snippet", "Teşekkürler")],
  notes="Turkish, full IBAN pasted into case; SWIFT is decoy")

M("fba-damaged-co-026", F, "", "US", "latam", "Damaged units in warehouse - reimbursement",
  """
Hi Amazon Support,

In my Inventory Adjustments report I see 18 units of ceramic coffee mugs marked as damaged in the warehouse (reason code E) on 2 March at the PHX6 fulfillment center, but I did not receive any reimbursement after 30 days. FNSKU is X003KD82LM and the ASIN is B0CJ4RN2X8.

Can you please check and reimburse these units? The cost per unit is 6.40 USD according to my invoice from the factory in Bogotá.

Muchas gracias,
Camila Rojas
Taza Andina
""", topic="warehouse-damaged", dec=[("fnsku", "X003KD82LM"), ("asin", "B0CJ4RN2X8"), ("foreign-snippet", "Muchas gracias")],
  notes="Colombian, calm warehouse-damaged claim")

M("poa-related-in-027", A, "related-accounts", "IN", "indian",
  "Appeal - Related account deactivation",
  """
Dear Seller Performance Team,

Our account has been deactivated as it is related to an account that is not permitted to sell, as per the notice. We wish to clarify with complete transparency.

Our POA - Root Cause:
Our accountant Mr. Suresh had logged in from the same office computer to the account of his cousin's business (Suresh Textiles), which was deactivated in 2024. We were not aware of this. Because of the shared device and internet connection both accounts got linked.

Our POA - Actions Taken:
We have formatted the office computer and changed the internet connection. Mr. Suresh no longer has access to our Seller Central. We have changed the user permissions and removed all secondary users except the owner.

Our POA - Preventive Steps:
Only company-owned devices will be used for Seller Central and no employee will log into any other seller account from office premises. Written declaration is taken from all staff.

Kindly reinstate the account. We are ready for any verification you wish.

Warm regards,
Deepak Jain
Jain Handloom Exports, Surat
""", style="our-poa", rc="Our POA - Root Cause:", co="Our POA - Actions Taken:", pr="Our POA - Preventive Steps:",
  pol=["related to an account that is not permitted to sell"], dec=[("password-word", "user permissions")],
  notes="Indian, our-poa complete; policy named only loosely from notice wording, counted")

M("list-iptm-ng-028", L, "ip-trademark", "US", "other-non-native",
  "Listing reinstatement - trademark complaint",
  """
Hello Team,

Our listing for shea butter body cream was removed due to a trademark complaint from a brand that says our product name is similar to theirs.

The main reason is that we called our cream "Pure Glow" which we did not know is a registered trademark in the US. We have changed the product name to "Ori Naija Shea Cream" on the listing and the packaging.

Please reinstate the listing. We have attached the new label pictures.

Thank you,
Adaeze Nwosu
Ori Naija Naturals
""", style="none", rc="The main reason is that", co="We have changed the product name",
  notes="Nigerian, short none-style POA with cause and action but no prevention; no policy named")

M("poa-condition-us-029", A, "condition", "US", "native",
  "Used Sold as New complaints - Plan of Action",
  """
To whom it may concern,

I am writing in response to the deactivation notice we received for Used Sold as New complaints.

ROOT CAUSE
After reviewing our returns and customer complaints, we have not been able to determine what caused these complaints. Every item we sell is purchased new from the manufacturer.

IMMEDIATE ACTIONS
We pulled the three ASINs with complaints and inspected 140 units by hand. We found no signs of use. We also replaced our shrink-wrap supplier.

LONG-TERM CONTROLS
Customer returns will be sent to a separate bin and will never be restocked as new. A quarterly audit of stock will be done.

Regards,
Steven Park
Park Avenue Electronics
""", style="caps", co="IMMEDIATE ACTIONS", pr="LONG-TERM CONTROLS", pol=["Used Sold as New"],
  notes="root cause section says 'have not been able to determine' -> not a root cause")

M("tech-upload-bd-030", T, "", "US", "other-non-native", "Flat file upload error 8560",
  """
Hi,

I am trying to upload a flat file for 35 new listings of leather wallets in the Clothing category, but the processing report shows error 8560 for all rows. I checked the UPC codes, they are from GS1 and registered to my company. One of the UPCs is 840312905617.

I have uploaded the file named wallets_batch3.xlsx two times and got the same error. Can you please tell me what is wrong? I do not know what more I need to fill in.

Regards,
Tanvir Ahmed
Bengal Leather Works
""", topic="listing-upload", dec=[("error-code", "8560"), ("upc", "840312905617"), ("file-name", "wallets_batch3.xlsx")],
  notes="Bangladeshi, calm technical with UPC and error code")

M("poa-latam-br-031", A, "late-shipment", "US", "latam",
  "Recurso - taxa de envio atrasado",
  """
Prezada equipe da Amazon,

Nossa conta foi desativada porque a Taxa de Envio Atrasado ficou acima de 4%. Somos uma pequena empresa de São Paulo que vende capas de celular.

Por que aconteceu: Nossa transportadora parou os coletas durante o Carnaval e não avisamos aos clientes. Muitos pedidos foram enviados depois do prazo.

O que fizemos: Aumentamos o tempo de manuseio para 3 dias em todos os produtos. Contratamos uma segunda transportadora para ter opção quando a primeira não puder coletar.

Como vamos evitar: Vamos verificar o calendário de feriados brasileiros todo mês e ajustar o prazo antes dos feriados.

Por favor, estamos desesperados, não sabemos mais o que fazer, é o único sustento da nossa família.

Atenciosamente,
Rafael Souza
""", lang="pt", style="inline", rc="Por que aconteceu:", co="O que fizemos:", pr="Como vamos evitar:",
  pol=["Taxa de Envio Atrasado"], emo=["estamos desesperados, não sabemos mais o que fazer, é o único sustento da nossa família"],
  notes="Brazilian, Portuguese on US; complete inline POA; despair at end")

M("brand-contrib-in-032", B, "", "IN", "indian", "Wrong images on our brand listing",
  """
Dear Brand Registry Support,

We are the registered brand owner of "Rangoli Homes" (trademark application 5523871 with IP India). Another seller has changed the main image of our cushion cover listing ASIN B0BW7ZKQ3F to a photo of a different product. Our contribution to correct it is getting rejected.

Please restore our original images and lock the listing so only brand owner can change the detail page. We have attached our trademark certificate and the original image files.

Kindly revert at the earliest.

Regards,
Kavita Sharma
Rangoli Homes, Jaipur
""", topic="listing-contribution", dec=[("trademark-number", "5523871"), ("asin", "B0BW7ZKQ3F")],
  notes="Indian, calm listing contribution dispute")

M("poa-safety-uk-033", A, "product-safety", "UK", "native",
  "Appeal - product safety, children's toy",
  """
Dear Seller Performance,

We are writing about the removal of our selling privileges after a customer reported that a wooden stacking toy had small parts that came loose.

Investigation:
We traced the toy to batch 2611 from our supplier. The glue on the top ring was not cured properly, so the small bead could come off.

Immediate actions:
We withdrew all listings of the toy the same day. We issued a recall notice to all 96 buyers through Buyer-Seller Messaging and refunded them in full. Remaining stock of 210 units was destroyed, and we have the disposal certificate.

Long-term controls:
Every batch will now be pull-tested on a sample of ten units by an independent lab in Leeds before we ship to Amazon, and we will keep the EN 71 test reports on file.

Thank you for your time.

Helen Marsh
Little Oak Toys Ltd
""", style="colon", rc="Investigation:", co="Immediate actions:", pr="Long-term controls:",
  dec=[("lot-number", "batch 2611")],
  notes="UK native, complete colon POA; no policy named (EN 71 is a standard, not the Amazon policy)")

M("poa-idv-eg-034", A, "identity-verification", "US", "other-non-native",
  "Appeal for account - Section 3 of the Business Solutions Agreement",
  """
Dear Seller Performance,

My account was deactivated under Section 3 of the Business Solutions Agreement because the verification of my identity documents was not complete. I write this with all respect.

The reason: the national ID card I uploaded was expired by two weeks, I did not notice the expiry date.

What I have done: I renewed my ID in Cairo and uploaded the new one together with a bank statement from Banque Misr dated this month.

For the future I will put a reminder in my calendar for all document expiry dates and update Seller Central one month before.

I am grateful for your help.

Omar Abdelrahman
""", style="inline", rc="The reason:", co="What I have done:", pr="For the future I will",
  pol=["Section 3 of the Business Solutions Agreement"],
  notes="Egyptian, short inline POA, complete")

M("fba-removal-us-035", F, "", "US", "native", "Removal order units never arrived",
  """
Hello,

Our removal order 8KQ2ZL4PXT was marked as completed on February 27, with 120 units shipped back to our warehouse in Tennessee. We received only one box of 40 units. The tracking number 9400111899223344556677 shows one package delivered, and the other two packages never moved after the label was created.

Could you please investigate and reimburse the 80 units that did not arrive? Our packing slip and photos of the box we received are attached.

Thanks for your help,
Laura Bishop
Bishop Kitchen Goods
""", topic="removal", dec=[("removal-order-id", "8KQ2ZL4PXT"), ("tracking-number", "9400111899223344556677")],
  notes="native, calm removal claim; 22-digit USPS tracking is a decoy")

M("appeal-odr-mx-036", A, "odr", "MX", "latam",
  "Apelación por la desactivación de mi cuenta",
  """
Hola equipo de Amazon,

Les escribo porque mi cuenta fue desactivada por la Tasa de defectos en pedidos. No entiendo bien qué pasó. Vendo artículos de cocina desde Puebla desde hace dos años y siempre tuve buenas calificaciones.

Por favor ayúdenme a entender qué pedidos causaron el problema para poder resolverlo. Estoy dispuesta a hacer lo que sea necesario. Adjunto mi identificación y el comprobante de domicilio por si lo necesitan.

Quedo atenta a su respuesta.

Saludos cordiales,
Gabriela Torres
""", lang="es", pol=["Tasa de defectos en pedidos"],
  notes="Spanish on MX (own marketplace, not English-required); no POA and none attached")

M("poa-iptm-sa-037", A, "ip-trademark", "UK", "other-non-native",
  "Appeal - Intellectual Property violation",
  """
Dear Amazon Team,

I am sending this appeal for my account which was deactivated for violation of the Intellectual Property Policy on 4 listings of prayer mats.

I am very very sorry, I apologize thousand times, I apologize from the bottom of my heart for this mistake. I swear to God I did not know. Please I beg you do not close my account forever, I will lose everything I built in five years.

Root cause - the design on the mats was copied by our factory from a famous brand design. Corrective - all 4 listings are deleted and the remaining stock is recalled from FBA. Preventive - we will only use our own designs.

Regards,
Abdullah Al-Shehri
""", style="inline", rc="Root cause - the design", co="Corrective - all 4 listings", pr="Preventive - we will only use",
  pol=["Intellectual Property Policy"],
  emo=["I am very very sorry, I apologize thousand times, I apologize from the bottom of my heart", "Please I beg you do not close my account forever, I will lose everything I built in five years."],
  notes="Saudi seller on UK, inline dash headings; excessive apology and begging; POA is brief but complete")

M("tech-payment-ng-038", T, "", "UK", "other-non-native", "Credit card charge failed - account on hold",
  """
Hello Seller Support,

My selling plan fee could not be charged and now my account shows payment hold. I tried to update the card but the page keeps loading and never finish. Please update it from your end, here are the card details:

Card number 4526 0181 5908 3012
Expiry 11/29
CVV 318
Name on card: Oluwaseun Adeyemi

The card is a Visa from GTBank and it works on other websites. Please let me know when it is done.

Thank you,
Oluwaseun Adeyemi
""", topic="payment-method", sec=[("card", "4526 0181 5908 3012"), ("card-expiry", "11/29"), ("card-code", "318")],
  notes="Nigerian, full card details pasted in a technical case")

M("cat-jewelry-in-039", C, "", "US", "indian", "Request for Fine Jewelry category approval",
  """
Dear Category Team,

We are a jewellery manufacturer from Jaipur with 15 years experience, and we would like to apply for selling fine jewellery in the Amazon US store. All our silver products are hallmarked 925 and our gold items are BIS hallmarked.

We have attached the independent lab appraisal certificates for 5 sample products, our business registration and the invoices for the raw materials. Our annual revenue is above the requirement mentioned in the application.

Kindly let us know if anything further is required from our side. We will be glad to provide it.

With regards,
Manish Soni
Soni Gems & Jewels
""", topic="jewelry", notes="Indian, calm category request")

M("list-listing-us-040", L, "listing-policy", "US", "native",
  "Reinstatement request for suppressed listing",
  """
Hi team,

Our listing for a set of stainless steel measuring spoons (ASIN B09PLK6R2D) was removed for a listing policy violation. Unfortunately the notice did not say which part of the listing was the problem, so we reviewed everything.

We found that the product title included the phrase "FDA approved", which is not accurate for kitchen utensils and is a claim Amazon does not allow. We have removed that phrase from the title and from the bullet points. We have also gone through our other 23 listings and removed any similar claims. From now on, our marketing lead will check every new listing against the product detail page rules before it goes live.

Please let us know if anything else needs to change.

Best,
Jordan Lee
Everyday Measure Co.
""", style="none", rc="We found that the product title", co="We have removed that phrase", pr="From now on, our marketing lead",
  dec=[("asin", "B09PLK6R2D"), ("mild-word", "Unfortunately")],
  notes="native, none-style complete POA in one paragraph; 'listing policy violation' lower-case generic, judged not a policy name")

# ---------------------------------------------------------------- chunk 3
M("poa-inauth-bd-041", A, "inauthentic", "US", "other-non-native",
  "Appeal for account reinstatement",
  """
Dear Sir,

Our account was deactivated for inauthentic complaints on baby lotion. We are sending our plan of action.

(a) Root cause: We bought the lotion from a local market wholesaler in Chittagong without proper invoice.

(b) Corrective action: We will remove the listing and we will contact the brand for authorised supplier. We will ask the wholesaler for invoice.

(c) Preventive action: We will buy only from authorised distributor and keep invoice for all items.

Please give us chance to continue our business. Thank you for your kind consideration.

Md. Shahidul Islam
Bengal Baby Care
""", style="lettered", rc="(a) Root cause:", co="(b) Corrective action:", done=False, pr="(c) Preventive action:",
  dec=[("mild-plea", "Please give us chance to continue our business.")],
  notes="Bangladeshi, corrective only 'we will'; no policy name ('inauthentic complaints' is the notice wording, lower case generic); mild plea decoy")

M("poa-cancel-us-042", A, "cancel-rate", "US", "native",
  "Cancellation Rate appeal",
  """
Hi Seller Performance,

We received notice that our account was deactivated because our Cancellation Rate is above 2.5%.

Cause / We list on three marketplaces from one warehouse. When an item sold out on another site, our software took up to six hours to update the Amazon quantity, and we had to cancel orders that came in during that gap.

Actions done / We replaced the software with a tool that syncs every five minutes, and we hold back two units of every SKU as a safety buffer so Amazon never shows the last unit.

Prevention / We will review the cancellation report every Monday. If any SKU has more than one cancellation in a week, it gets a larger buffer.

Thanks,
Kevin O'Brien
Shoreline Sports Supply
""", style="inline", rc="Cause /", co="Actions done /", pr="Prevention /", pol=["Cancellation Rate"],
  notes="native, inline headings with slash separator, complete")

M("appeal-safety-in-043", A, "product-safety", "IN", "indian",
  "URGENT - account deactivated, kindly reactivate",
  """
Dear Sir/Madam,

Our account is deactivated since 8 days and our business has come to a complete standstill. We have 40 staff whose salaries are pending. I am pleading you with folded hands, please reactivate our account today itself, otherwise I have no option but to approach consumer court and media.

We have already submitted all documents asked for the electric kettle complaint. Nobody is replying to our cases. This is very unfair treatment to a genuine Indian seller.

Please do the needful immediately.

Rajesh Agarwal
Agarwal Appliances, Kanpur
""", emo=["I am pleading you with folded hands", "otherwise I have no option but to approach consumer court and media", "This is very unfair treatment to a genuine Indian seller."],
  notes="Indian, no POA, pleading and threat; no policy named")

M("poa-odr-ae-044", A, "odr", "AE", "other-non-native",
  "Plan of action - ODR",
  """
Dear Seller Performance Team,

Our account was deactivated for ODR above 1%. Please find the plan below.

Root Cause
Most defects came from negative feedback about late delivery during Ramadan, when our team worked reduced hours and orders waited 3 days before dispatch.

Corrective Actions
We have contacted all 31 customers with negative feedback, resolved their issues and requested feedback removal where appropriate. We have moved our stock to FBA in DXB3 so that delivery is handled by Amazon.

Preventive Measures
It will not happen again. We promise to be more careful in the future and we will follow all Amazon policies.

Best regards,
Ahmed Saeed
Desert Rose Trading
""", style="plain", rc="Root Cause", co="Corrective Actions", pr=None, pol=["ODR"],
  notes="Emirati; preventive heading present but only a promise ('It will not happen again') -> preventive missing")

M("poa-review-tr-045", A, "review-manipulation", "US", "turkish",
  "Appeal about customer reviews policy",
  """
Dear Amazon,

Our account was suspended due to violation of Customer Product Reviews Policy. We understand the seriousness.

**Root cause**
We put a small card inside the package offering 10% discount for next purchase if customer leave a review. We thought it is normal because many sellers in Turkey do this on other platforms.

**Corrective Actions**
We will remove all the cards from our inventory in FBA and we will change the packaging design. We will also send a message to our team about this.

**Preventive Measures**
Our marketing manager will read Amazon's review policies every three months. We will never offer any incentive for reviews again.

Best regards,
Mert Aydın
Kapadokya Ceramics
""", style="bold", rc="Root cause", co="Corrective Actions", done=False, pr="Preventive Measures",
  pol=["Customer Product Reviews Policy"], notes="Turkish, corrective only planned -> not done")

M("fba-return-pk-046", F, "", "US", "other-non-native", "Customer return not received - refund given",
  """
Dear Seller Support,

Customer returned order 112-7730461-9923850 was refunded on 3 February but the item never came back to the fulfillment center. It has been more than 60 days. The return tracking number is 1Z7W63E40391827364 and it shows no movement after label was created.

Kindly investigate and reimburse the amount for 1 unit of men's leather jacket, the sale price was 89 USD.

Thank you,
Hamza Qureshi
Sialkot Leather Co.
""", topic="customer-return", dec=[("order-id", "112-7730461-9923850"), ("tracking-number", "1Z7W63E40391827364")],
  notes="Pakistani, calm return reimbursement")

M("tech-bank-us-047", T, "", "US", "native", "Deposit failed - need to update bank account",
  """
Hello,

Our last two disbursements failed and Seller Central says the deposit method was rejected by the bank. We closed our old account at the end of January. I tried to add the new checking account but I keep getting an error after the verification step.

Here is the new account so you can update it directly:
Bank: JPMorgan Chase
Routing number: 021000021
Account number: 483920175566

We need the pending funds released as soon as possible. Please let me know if you need a voided check.

Thank you,
Brian Collins
Collins Outdoor Gear
""", topic="deposit-method", sec=[("routing-number", "021000021"), ("bank-account", "483920175566")],
  notes="native, routing and account number pasted")

M("poa-valid-latam-048", A, "valid-tracking", "US", "latam",
  "Appeal valid tracking rate",
  """
Hello,

My name is Diego from Monterrey, Mexico. We sell car accessories in the US store and our account was deactivated because the valid tracking rate was low.

The problem happened because we used a local carrier that sends packages to the US border and then hands to USPS. The tracking of the local carrier is not recognized by Amazon.

We have already changed to a carrier integrated with Amazon, and all the open orders were updated with the new tracking. We have also set the carrier name correctly in the ship confirmation.

Thank you for your help.

Diego Ramírez
Autopartes Norte
""", style="none", rc="The problem happened because", co="We have already changed",
  notes="Mexican, none-style; no preventive step; 'valid tracking rate' lower case in the text but still names the metric -> counted? judged yes",
  pol=["valid tracking rate"])

M("poa-pgs-ng-049", A, "prohibited-seller-activities", "US", "other-non-native",
  "Appeal - Prohibited Seller Activities",
  """
Dear Sir/Ma,

We got notice that our account was deactivated under the Prohibited Seller Activities and Actions policy because we asked buyers to contact us on WhatsApp.

1 - What went wrong: In the product insert we printed our WhatsApp number to help customers with setup of the solar lamp. We did not know that directing buyers off Amazon is not allowed.

2 - What we have done: We have reprinted the inserts without the number and replaced them in all 600 units at the FBA warehouse through a prep service. We have deleted any message in Buyer-Seller Messaging that had outside contact details.

3 - What we will do going forward: All customer communication will happen only through Buyer-Seller Messaging. Our staff signed a written instruction about this.

Thank you for your understanding.

Emeka Obi
Sunbright Solar Nigeria
""", style="numbered", rc="1 - What went wrong:", co="2 - What we have done:", pr="3 - What we will do going forward:",
  pol=["Prohibited Seller Activities and Actions"], notes="Nigerian, complete numbered with dash markers")

M("poa-secret-tr-050", A, "identity-verification", "UK", "turkish",
  "Appeal - verification of account, please check",
  """
Hello Seller Performance,

Our account was deactivated because the identity verification failed. We think it was because the credit card on the account is in the name of our director and the company documents show a different person.

We have updated the account: the new director Mrs. Elif Şahin is now the primary contact. To prove the card belongs to the company, here is the card: 5487 5749 1186 2527, valid thru 04/28.

From now on all company documents and the card will be in the same name. We attached the trade registry gazette.

Saygılarımızla,
Cem Arslan
Marmara Kozmetik A.Ş.
""", style="none", rc="We think it was because", co="We have updated the account", pr="From now on all company documents",
  sec=[("card", "5487 5749 1186 2527"), ("card-expiry", "04/28")], dec=[("foreign-snippet", "Saygılarımızla")],
  notes="Turkish, card number and expiry pasted inside an appeal; none-style POA; no policy named")

M("list-counterfeit-us-051", L, "counterfeit", "US", "native",
  "Listing reinstatement - suspected counterfeit",
  """
Hello,

Our listing for replacement water filters, ASIN B0CZ81QWMN, was deactivated for suspected counterfeit. We are the brand owner and manufacturer of these filters.

Our Plan of Action
Cause: The complaint came from a customer who compared our filter to a similar one sold by a large brand. Our filter is compatible with their fridge, but our listing photos showed their logo on the fridge in the background.
Actions: We replaced all images with new photos that show no other brand. We uploaded our manufacturing invoice and our trademark registration.
Prevention: All future photos will be taken in our studio with unbranded appliances, and reviewed by two people before upload.

Thank you,
Sarah Nguyen
ClearFlow Filters Inc.
""", style="our-poa", rc="Cause:", co="Actions:", pr="Prevention:", dec=[("asin", "B0CZ81QWMN")],
  notes="native, 'Our Plan of Action' heading then colon parts (labeled our-poa); no policy named")

M("appeal-latecn-in-052", A, "late-shipment", "IN", "indian",
  "Account deactivation - Late Dispatch",
  """
Dear Team,

This is to inform you that we have received the deactivation email regarding Late Dispatch Rate above 4%. We have attached our detailed plan of action in the file "LDR_POA_Sharma.docx" with all root cause, corrective and preventive steps along with supporting documents.

Request you to kindly go through the same and revert back at the earliest. We have been selling on Amazon.in since 2019 with good metrics.

Regards,
Neha Sharma
Sharma Home Needs, Lucknow
""", att=True, pol=["Late Dispatch Rate"], dec=[("file-name", "LDR_POA_Sharma.docx")],
  notes="Indian cover letter, POA attached")

M("poa-safety-mx-053", A, "product-safety", "US", "latam",
  "Apelación de seguridad de producto",
  """
Estimados señores,

Recibimos la notificación sobre quejas de seguridad en nuestras lámparas de mesa. Queremos presentar nuestro plan.

1. Causa raíz
2. Acciones correctivas
3. Medidas preventivas

Causa raíz: el cable de algunas lámparas no tenía la certificación UL porque el proveedor cambió de fábrica sin avisarnos.

Acciones correctivas: Retiramos las 180 unidades del inventario de FBA y reembolsamos a los 45 clientes. Solicitamos a nuestro proveedor el certificado UL del nuevo cable.

Medidas preventivas: Pediremos el certificado de cada lote antes del envío y haremos una inspección en Guadalajara.

Gracias,
Fernando Castillo
Iluminación Castillo S.A. de C.V.
""", lang="es", style="mixed", rc="Causa raíz: el cable", co="Acciones correctivas: Retiramos", pr="Medidas preventivas: Pediremos",
  notes="Spanish on US; numbered outline then inline parts -> mixed; no policy named")

M("brand-owner-ng-054", B, "", "UK", "other-non-native", "Brand Registry application rejected",
  """
Hello,

Our application to Brand Registry for the brand "Adire Lagos" was rejected with the reason that the trademark office record does not match. Our UK trademark number is UK00003917264 and the owner is Adire Lagos Ltd, the same name as our seller account.

I think the problem is that in the application we wrote "Adire-Lagos" with a hyphen. Can you please reopen the application or tell me how to correct it? I can send the certificate again.

Kind regards,
Folake Adebayo
""", topic="brand-ownership", dec=[("trademark-number", "UK00003917264")], notes="Nigerian, calm")

M("poa-condition-eg-055", A, "used-sold-as-new", "UK", "other-non-native",
  "Used sold as new complaint - appeal",
  """
Dear Seller Performance,

Please accept our appeal for Used Sold as New complaints on our kitchen blenders.

ROOT CAUSE ANALYSIS
The complaints are only a few, 4 orders. The customers said the product is used. We received the complaints and checked them.

ACTIONS TAKEN
We removed the returned units from the inventory and inspected all stock in our Alexandria office before shipping to FBA. Damaged boxes were repacked.

PREVENTIVE PLAN
All customer returns will be checked by our quality staff and sold only as used if the seal is opened.

Thank you,
Yasmine Hassan
""", style="caps", co="ACTIONS TAKEN", pr="PREVENTIVE PLAN", pol=["Used Sold as New"],
  notes="Egyptian; root-cause section only restates the complaints -> root cause missing")

M("tech-report-us-056", T, "", "US", "native", "Business report not loading",
  """
Hi,

For the past week the Detail Page Sales and Traffic by Child Item report in Business Reports shows a blank table for any date range after March 1. Earlier dates load fine. I have cleared my cache, tried Edge and Chrome, and another user on our account sees the same thing.

Our merchant token is A2KX9MF4QD7TZ1 in case that helps. We rely on this report for our weekly inventory planning, so any help would be appreciated.

Thanks,
Megan Ross
Ross & Finch Apparel
""", topic="report-error", dec=[("merchant-token", "A2KX9MF4QD7TZ1")], notes="native, calm report bug")

M("poa-sccoc-pk-057", A, "seller-code-of-conduct", "UK", "other-non-native",
  "Appeal - Seller Code of Conduct",
  """
Dear Amazon,

We are writing about our account deactivation for violation of the Seller Code of Conduct. The notice said we contacted a competitor's customers.

Root cause: Our employee used Buyer-Seller Messaging to send promotional messages to customers who had bought from us, comparing our product with another seller's. He did this without permission from management.

Actions completed: The employee's user access was removed on the same day. We deleted the message template. We sent an apology to each affected customer.

Future controls: Only the owner can now send proactive messages, and every message template needs owner approval.

Regards,
Imran Sheikh
Sheikh Brothers Sports, Sialkot
""", style="colon", rc="Root cause:", co="Actions completed:", pr="Future controls:", pol=["Seller Code of Conduct"],
  notes="Pakistani, complete")

M("cat-auto-tr-058", C, "", "US", "turkish", "Automotive category - approval follow up",
  """
Hello Amazon team,

This is a follow up about our request to sell in Automotive & Powersports for car floor mats. We sent the documents 10 days ago and no answer came. Our case ID is 17364829103.

We attached again the invoice from our manufacturer in Bursa for 500 units, and product photos with our brand. We hope this is enough. Please tell us if something is missing. Sorry for writing again about the same request.

Best regards,
Onur Çelik
Bursa Oto Aksesuar
""", topic="automotive", dec=[("case-id", "17364829103"), ("single-apology", "Sorry for writing again about the same request.")], notes="Turkish follow-up, case id decoy")

M("poa-drop-in-059", A, "drop-shipping", "IN", "indian",
  "Appeal against drop shipping violation",
  """
Dear Seller Performance Team,

Kindly find our plan of action for reinstatement of our account that was deactivated for Drop Shipping Policy violation.

A. Root cause:
We are sorry to say that due to shortage of stock in our Mumbai warehouse during festival season, our staff placed orders on another e-commerce website and delivered directly to buyers.

B. Immediate Corrective Steps:
All such orders are cancelled or fulfilled from own inventory. Our listing quantities have been reduced to actual stock. The staff member responsible has been counselled.

Kindly do the needful and restore our account.

Warm regards,
Sunil Mehta
Mehta Kitchenware
""", style="lettered", rc="A. Root cause:", co="B. Immediate Corrective Steps:", pol=["Drop Shipping Policy"],
  notes="Indian; lettered A/B only, no preventive part")

M("fba-inbound-ar-060", F, "", "US", "latam", "Shipment closed with missing units",
  """
Hello,

Our shipment FBA15K3MZ8WQ was closed on 15 March with 35 units of yerba mate gourds missing out of 240. The carrier BOL number is 482019375 and the delivery was signed by the fulfillment center in TEB9 on 2 March. I am attaching the signed BOL and the packing list.

Could you please reconcile the shipment and reimburse the missing units? Thank you very much.

Saludos desde Rosario,
Valentina Sosa
Mate & Co Argentina
""", topic="lost-inbound", dec=[("shipment-id", "FBA15K3MZ8WQ"), ("bol-number", "482019375"), ("foreign-snippet", "Saludos desde Rosario")],
  notes="Argentine, 9-digit BOL (check if fails ABA) as decoy")

# ---------------------------------------------------------------- chunk 4
M("list-safety-us-061", L, "product-safety", "US", "native",
  "Please reinstate ASIN - safety documentation",
  """
Hello,

Our listing for a children's bike helmet (ASIN B0D1HM7TQP) was removed because it needs a Children's Product Certificate under the Children's Products policy.

We did not upload the CPC when we created the listing in January, because our previous helmets were adult sizes and did not need one. That was an oversight on our part.

We would appreciate it if you could reinstate the listing. We are a small company and this is our best-selling item.

Thanks,
Tom Reynolds
Ridgeway Cycles
""", style="none", rc="We did not upload the CPC",
  pol=["Children's Products policy"], dec=[("asin", "B0D1HM7TQP")],
  notes="native listing appeal with a cause only: no corrective (never says CPC now uploaded), no preventive")

M("poa-counterfeit-cn-snip-062", A, "counterfeit", "US", "indian",
  "Appeal - counterfeit complaint - supplier documents",
  """
Dear Seller Performance Team,

We are writing regarding deactivation of our account due to counterfeit complaint on USB-C cables. Please find our action plan.

Root cause - Our supplier in Shenzhen used a logo on the cable head that is very similar to a famous brand. We did not inspect the goods ourselves, the goods were shipped directly to FBA.

Corrective action - We have removed the listing and created removal order for 1,200 units, all will be destroyed. To prove the supplier relationship, below is the message from supplier with their account access so you can check the order history in their system:

"您好，后台登录账号是 bharat_imports，密码是 Sz@cable8821，有问题请联系我们。"

Preventive action - Pre-shipment inspection by third party agency for every order, and only unbranded or our own brand goods will be sourced.

Thanks & regards,
Arjun Reddy
Bharat Imports, Hyderabad
""", style="inline", rc="Root cause - Our supplier", co="Corrective action - We have removed", pr="Preventive action - Pre-shipment",
  sec=[("password", "Sz@cable8821")], dec=[("foreign-snippet", "有问题请联系我们")],
  notes="Indian seller pastes a Chinese supplier note with a login password (密码是); complete POA; no policy named")

M("poa-odr-us-063", A, "odr", "US", "native",
  "Account deactivated - Order Defect Rate appeal",
  """
Seller Performance,

This is the third appeal we have sent and we are honestly at the end of our rope. Every time we get a form reply. We are desperate. We have shipped over 40,000 orders without problems and one bad month has destroyed everything we built over eight years. If this is not resolved this week we will have to lay off our whole staff and I will be contacting my attorney.

Root cause: a packaging change on our glass candle jars caused breakage in transit, leading to negative feedback and A-to-z claims that pushed our Order Defect Rate to 1.6%.

What we did: we went back to the old double-wall boxes on February 10 and refunded every affected customer.

Going forward: we drop-test every packaging change before using it.

Tina Alvarez
Glow & Wick Co.
""", style="inline", rc="Root cause:", co="What we did:", pr="Going forward:",
  pol=["Order Defect Rate"],
  emo=["we are honestly at the end of our rope", "We are desperate.", "one bad month has destroyed everything we built over eight years", "I will be contacting my attorney"],
  notes="native, complete POA but despair and a legal threat")

M("poa-lp-pk-064", A, "listing-policy", "US", "other-non-native",
  "Appeal for listing policy violation - account",
  """
Dear Seller Performance,

Our account was deactivated because of violations of the Product Detail Page Rules. The notice says we created duplicate detail pages.

The root cause is that our VA created new ASINs for the same cricket bat in different colours instead of adding variations to the existing parent ASIN.

We will merge all duplicate pages into one parent listing with variations. We will also train our VA on the variation policy.

In future, every new listing will be checked by me before submission.

Respectfully,
Faraz Ahmed
Lahore Willow Sports
""", style="none", rc="The root cause is that", co="We will merge all duplicate pages", done=False, pr="In future, every new listing",
  pol=["Product Detail Page Rules"], notes="Pakistani, corrective only future tense -> not done")

M("appeal-iptm-us-065", A, "ip-trademark", "US", "native",
  "Request to reinstate selling privileges",
  """
Hello,

Our account was deactivated this morning and the notification refers to trademark infringement notices on two listings. We believe the complaints were filed in error: we sell genuine products we purchase directly from the brand's US distributor, and we have the invoices.

We have contacted the rights owner to ask for a retraction and will forward it as soon as we receive it. In the meantime, could you let us know what else we can provide to speed up the review?

Thank you,
Alan Brooks
Brooks Supply Company
""", pol=["trademark infringement"],
  notes="native, no POA and none attached (disputes the complaint, asks what to provide)")

M("tech-2sv-ja-snip-066", T, "", "UK", "native", "Locked out after 2-step verification change",
  """
Hi Seller Support,

We are a UK company and our Japan-based assistant normally manages the JP store login. She changed the 2-step verification phone last night and now none of us can log in. She left me this note before going on leave, which I am pasting as is:

"パスワードは Kaede-7731xy です。確認コードは 402918 でした。"

I am not sure if that helps you. Could you please reset the two-step verification to my mobile number, 07700 900 482? I am the primary account holder and can provide ID.

Many thanks,
James Whitaker
Whitaker Tea Merchants
""", topic="login", sec=[("password", "Kaede-7731xy"), ("one-time-code", "402918")],
  dec=[("phone", "07700 900 482")], notes="native UK, pasted Japanese note with password and verification code; UK phone decoy")

M("poa-inauth-mx-067", A, "inauthentic", "US", "latam",
  "Appeal inauthentic items",
  """
Dear Amazon,

Our account was deactivated for complaints of inauthentic items on perfume listings.

Root Cause
We bought perfumes from a distributor in Tijuana that said the bottles were gray-market originals. The customer said the smell was different.

Preventive Measures
We will only buy from the official distributors of each brand in Mexico or in the US and we will keep a copy of every invoice. We will ask the brand for a letter of authorization before listing.

Thank you,
Sofía Morales
Perfumería Morales
""", style="plain", rc="Root Cause", pr="Preventive Measures",
  notes="Mexican, no corrective part (nothing done about listings or stock); no policy named")

M("fba-warehouse-us-068", F, "", "US", "native", "Warehouse lost units - no reimbursement",
  """
Hi,

According to the Inventory Ledger, 12 units of FNSKU X002QV7BZ4 were marked as lost in the fulfillment center on February 14 (adjustment code M) and were not found within 30 days. No reimbursement has been issued.

Unfortunately this is the second time this quarter we have had to open a case like this. Please reimburse the 12 units.

Thanks,
Chris Walker
Walker Pet Supply
""", topic="warehouse-lost", dec=[("fnsku", "X002QV7BZ4"), ("mild-word", "Unfortunately")],
  notes="native calm claim with a mild word")

M("poa-late-tr-069", A, "late-shipment", "UK", "turkish",
  "Account deactivation - Late Dispatch Rate",
  """
Dear Seller Performance Team,

We are a textile company in Denizli and we sell bath robes on Amazon UK. Our account was deactivated because of the Late Dispatch Rate. I am very sorry, really we are very very sorry, we are ashamed, please forgive us, we are begging you please open our account, our 25 workers will lose their job.

Root Cause: Customs in Istanbul held our shipment for 6 days.

Corrective Actions: We will open a warehouse in the UK and keep stock there.

Preventive Actions: Our manager will check the Late Dispatch Rate in Account Health every morning, and the UK stock level every Friday.

Saygılarımızla,
Zeynep Koç
""", style="colon", rc="Root Cause:", co="Corrective Actions:", done=False, pr="Preventive Actions:",
  pol=["Late Dispatch Rate"],
  emo=["really we are very very sorry, we are ashamed, please forgive us, we are begging you please open our account"],
  dec=[("foreign-snippet", "Saygılarımızla")],
  notes="Turkish, excessive apology and begging; corrective only future (UK warehouse 'will open') -> not done; preventive concrete")

M("list-ipcr-in-070", L, "ip-copyright", "IN", "indian",
  "Listing removed for copyright - request reinstatement",
  """
Dear Team,

Our listing for printed cotton kurti (ASIN B0C9RT5LXW) was removed for copyright infringement, complaint ID 7462019385, for using an image owned by another seller.

Kindly find our POA:

1. Root cause: Our photographer was on leave and the junior staff used a picture from a competitor's listing as a placeholder.
2. Corrective action: The image has been deleted and replaced with our own photoshoot images taken on 18 March.
3. Preventive action: All images will be shot in-house and the photographer will keep original RAW files as proof.

We request you to kindly reinstate the listing.

Regards,
Pooja Iyer
Chennai Ethnic Wear
""", style="numbered", rc="1. Root cause:", co="2. Corrective action:", pr="3. Preventive action:",
  pol=["copyright infringement"], dec=[("asin", "B0C9RT5LXW"), ("complaint-id", "7462019385")],
  notes="Indian listing appeal, complete; 'copyright infringement' counted as naming the violation")

M("appeal-related-us-071", A, "related-accounts", "US", "native",
  "Appeal - account linked to another account",
  """
Hello,

We received a notice that our account has been deactivated because it is related to another account that was deactivated. After looking into it, the only connection we can think of is that our warehouse manager also does part-time bookkeeping for a small seller whose account was suspended last year, and he may have logged in to that account from our office network.

We would appreciate it if you could tell us which account our account is linked to so that we can provide a complete explanation and any documents needed. We are prepared to supply our business license, bank statements and utility bills.

Sincerely,
Patricia Young
Young & Daughters Home Decor
""", pol=["related to another account"],
  notes="native; gives a possible cause but no actions or plan -> not a POA; no POA attached (A016 positive)")

M("poa-review-ae-072", A, "review-manipulation", "AE", "other-non-native",
  "Appeal - review abuse",
  """
Dear Amazon Seller Performance,

Our account was deactivated for reviews manipulation on our date gift boxes.

Our POA:
What went wrong: we asked family members to buy and review our product in the first month.
Actions done: we asked them to delete the reviews; 14 reviews were deleted by them. We stopped any such request.
Prevention plan: we will use only Amazon Vine and the Request a Review button. Staff trained on Community Guidelines.

Thank you,
Mariam Al Suwaidi
Oasis Dates Boutique
""", style="our-poa", rc="What went wrong:", co="Actions done:", pr="Prevention plan:",
  pol=["Community Guidelines"], notes="Emirati, short our-poa, complete")

M("brand-transp-us-073", B, "", "US", "native", "Transparency codes rejected at fulfillment center",
  """
Hello,

Our shipment FBA17QXM2K8D was rejected at receiving because the Transparency codes could not be scanned. We are enrolled in Transparency for the brand TrailForge and printed the labels ourselves. I suspect our printer resolution was too low.

Could you tell us the minimum print quality the fulfillment centers need? One of the codes, for reference, is AZ:7GQ2K9XLM3PV8RT. We have ordered new labels from an approved print partner.

Thanks,
Nick Harmon
TrailForge Gear
""", topic="brand-program", dec=[("shipment-id", "FBA17QXM2K8D"), ("transparency-code", "AZ:7GQ2K9XLM3PV8RT")],
  notes="native, Transparency code decoy")

M("poa-restricted-ng-074", A, "restricted-products", "US", "other-non-native",
  "Restricted product appeal",
  """
Dear Seller Performance,

My account was deactivated for selling a skin lightening cream that contains mercury, listed under the Restricted Products rules.

ROOT CAUSE
I did not know the cream contains mercury because the label is in French and I did not translate it.

CORRECTIVE ACTION
Completed: the listing is deleted, all 85 units are removed from FBA and destroyed by disposal order.

PREVENTION
Before listing any cosmetic, I will get the full ingredient list in English and compare it with the FDA banned ingredient list and the Amazon restricted products pages.

Thank you,
Blessing Okonkwo
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", pr="PREVENTION", pol=["Restricted Products"],
  notes="Nigerian, caps complete")

M("cat-supp-us-075", C, "", "US", "native", "Dietary supplements approval - documents",
  """
Hi Category Approvals,

We'd like to list a magnesium glycinate supplement in the Dietary Supplements category. We have attached the Certificate of Analysis from an ISO 17025 accredited lab, our product label with the Supplement Facts panel, and our manufacturer's cGMP certificate.

Please let us know if you need anything else. We're happy to provide it.

Best,
Alicia Grant
Summit Wellness Labs
""", topic="dietary-supplements", notes="native, short calm")

M("poa-pgs-tr-076", A, "prohibited-seller-activities", "US", "turkish",
  "Appeal - Prohibited Seller Activities",
  """
Hello Amazon,

Our account deactivated due to Prohibited Seller Activities. Notice says we manipulated the search by keyword stuffing in the backend search terms.

What caused:
Our listing agency in Istanbul wrote the search terms with competitor brand names. We did not check.

What fixed:
We have removed all competitor brand names from search terms of 48 listings. We ended the contract with the agency.

How avoid in future:
Every month we will review the backend keywords for all listings with a checklist.

Kind regards,
Serkan Yılmaz
""", style="colon", rc="What caused:", co="What fixed:", pr="How avoid in future:",
  pol=["Prohibited Seller Activities"], notes="Turkish, short colon POA, complete")

M("fba-damaged-in-077", F, "", "IN", "indian", "Units damaged by carrier - claim",
  """
Dear Seller Support,

Our inbound shipment FBA16ZQ4MK7R to DEL4 reached with 22 units of glass jars broken. The carrier was the Amazon partnered carrier. We are attaching the photos taken by the fulfilment centre and the invoice.

Kindly process reimbursement for the damaged units at the invoice value of Rs. 310 per jar. Our contact number is +91 98765 43210 for any clarification.

Thanks and regards,
Ramesh Kulkarni
""", topic="damaged-inbound", dec=[("shipment-id", "FBA16ZQ4MK7R"), ("phone", "+91 98765 43210")],
  notes="Indian calm claim, phone decoy")

M("poa-cancel-bd-078", A, "cancel-rate", "US", "other-non-native",
  "Appeal for Cancellation Rate",
  """
Dear Seller Performance,

We are writing to appeal our account deactivation for a Cancellation Rate of 4.1%.

Why this happened:
We got many more orders for our table lamps than we expected in December. We did not have the stock.

Our plan:
We will try to do better with our stock. We will keep close watch on cancellation in the future and we are committed to providing good service to customers.

Sincerely,
Nasrin Chowdhury
""", style="colon", rc="Why this happened:", pol=["Cancellation Rate"],
  notes="Bangladeshi; 'our plan' is only vague promises: no concrete corrective or preventive step -> both missing")

M("tech-tax-pk-079", T, "", "US", "other-non-native", "Tax interview keeps failing",
  """
Hello,

I am a sole proprietor from Faisalabad. When I do the tax interview in Seller Central it says my information does not match the IRS records and I have to select W-8BEN. I am not a US person so this is correct, but after I submit it says the form is invalid. My foreign tax ID (NTN) is 4217839-6.

Unfortunately the same message comes every time. Please guide me what I am doing wrong. I have tried three times in one week.

Regards,
Zubair Malik
""", topic="tax-interview", dec=[("tax-id", "4217839-6"), ("mild-word", "Unfortunately")], notes="Pakistani, NTN decoy")

M("list-condition-uk-080", L, "condition", "UK", "native",
  "Listing reinstatement - condition complaints",
  """
Dear Seller Performance,

Our listing for a refurbished hand blender (ASIN B07TQ9WZ3L) was deactivated following condition complaints.

Root cause: several units were listed as "Used - Like New" when the accessories bag was missing. Our grading checklist did not include accessories.

Actions taken: we relisted the remaining stock as "Used - Good" and refunded the eight affected customers.

Prevention: the grading checklist now includes a line for every accessory, and a second person signs off each graded unit.

Regards,
George Hill
Hill Refurb Ltd
""", style="colon", rc="Root cause:", co="Actions taken:", pr="Prevention:", dec=[("asin", "B07TQ9WZ3L")],
  notes="UK native listing appeal, complete; no policy named")

# ---------------------------------------------------------------- chunk 5
M("list-inauth-us-081", L, "inauthentic", "US", "native",
  "Reinstatement request - inauthentic complaint",
  """
Hello,

We are asking for the reinstatement of ASIN B0BQ2N7KXS (a stainless travel mug) that was removed after an inauthentic item complaint.

**Root cause**
We received an inauthentic complaint on this listing.

**Corrective actions**
We pulled the remaining 60 units from FBA and inspected them against a unit bought directly from the brand's website. We uploaded our invoices from the brand's authorized distributor to the case.

**Preventive measures**
We now keep every invoice in a shared folder indexed by ASIN, and we will buy this brand only from the same authorized distributor.

Thank you,
Ashley Turner
Turner Goods LLC
""", style="bold", co="Corrective actions", pr="Preventive measures", dec=[("asin", "B0BQ2N7KXS")],
  notes="native; the root-cause section only restates the notice -> root cause missing; no policy named")

M("list-lp-tr-082", L, "listing-policy", "UK", "turkish",
  "Listing deactivated - please check",
  """
Dear Amazon,

Our listing for a copper coffee pot (cezve) is deactivated because of a problem with product images. We understand the main image had text and a white border, this is not allowed.

We will change the main image to a clean photo with pure white background and no text. We will also check our other images and change if needed.

Thank you for helping us.

İyi çalışmalar,
Aylin Aksoy
Kapalıçarşı Bakır
""", style="none", rc="We understand the main image had text", co="We will change the main image", done=False,
  dec=[("foreign-snippet", "İyi çalışmalar")],
  notes="Turkish listing appeal: corrective future only, no prevention; no policy named")

M("poa-late-us-083", A, "late-shipment", "US", "native",
  "Late Shipment Rate - plan of action",
  """
Hello Seller Performance,

Our account was deactivated for a Late Shipment Rate of 6.2%. Here is what we found and what we changed.

## What went wrong
We ship from our garage warehouse in Tucson. In late January our only full-time packer was out sick for nine days and I did not adjust handling time, so orders were confirmed after the expected ship date.

## What we changed
We hired and trained a second packer, who started on February 12, and both now know the whole process. Handling time is set to two days on all listings, and we turned on vacation settings for the days we had no one available.

## How we will stay on track
Every morning we review the Orders to ship page, and if more than 30 orders are waiting at noon, one person stops other work to pack. We check the Late Shipment Rate weekly and note it on a whiteboard.

Thanks for reading.
Sam Ortega
Desert Bloom Soaps
""", style="markdown", rc="What went wrong", co="What we changed", pr="How we will stay on track",
  pol=["Late Shipment Rate"], notes="native markdown complete")

M("poa-inauth-eg-084", A, "inauthentic", "UK", "other-non-native",
  "Appeal inauthentic - urgent",
  """
Dear Team,

Our account was deactivated for Inauthentic complaints on shampoo. I am not understand why, all products are original. We don't know the reason, maybe the customer received a damaged bottle.

What we did: we sent the invoices from the distributor in Cairo and from the UK wholesaler. We removed the ASIN from sale.

Future: we will inspect every bottle before sending to FBA and keep all invoices for one year.

Regards,
Tarek Mostafa
""", style="inline", co="What we did:", pr="Future: we will inspect",
  notes="Egyptian; 'we don't know the reason, maybe...' -> no root cause; 'Inauthentic complaints' only describes the notice -> no policy named")

M("appeal-cancel-mx-085", A, "cancel-rate", "US", "latam",
  "Please help - account deactivated",
  """
Hello Amazon,

My account was deactivated today and I am very worried. I sell handmade leather sandals from Oaxaca. The email says something about cancellations. I had some problems with my stock because the artisan who makes the sandals was sick for two weeks.

The artisan is healthy now and I have new stock. Can you please activate my account? I will be very careful from now on. Please give me a chance, this is my first problem in three years.

Thank you so much,
Isabel Vargas
""", dec=[("mild-plea", "Please give me a chance, this is my first problem in three years."), ("mild-word", "I am very worried")],
  notes="Mexican, no POA (explanation only, no structure), none attached; no policy named ('something about cancellations'); polite plea in calm tone -> decoy")

M("poa-valid-in-086", A, "valid-tracking", "IN", "indian",
  "Appeal - Valid Tracking Rate",
  """
Respected Sir/Madam,

Our account got deactivated as the Valid Tracking Rate was 88%, below the target of 95%.

1) Root cause
2) Corrective action
3) Preventive action

1) Root cause: we were using a regional courier of Indore whose tracking numbers were not recognised by Amazon.
2) Corrective action: we have onboarded Easy Ship for all orders from 1 March and all tracking is automatically uploaded.
3) Preventive action: our dispatch in-charge will check Valid Tracking Rate every Monday and Thursday and report to owner.

Kindly reinstate our account at the earliest.

Regards,
Amit Joshi
Joshi Brass Handicrafts
""", style="mixed", rc="1) Root cause: we were", co="2) Corrective action: we have", pr="3) Preventive action: our dispatch",
  pol=["Valid Tracking Rate"], notes="Indian, numbered outline then repeated inline-numbered parts -> mixed; complete")

M("poa-safety-tr-087", A, "product-safety", "US", "turkish",
  "Ürün güvenliği itirazı",
  """
Sayın Amazon Satıcı Performans Ekibi,

Hesabımız, elektrikli ısıtıcı ürünümüz hakkında güvenlik şikayetleri nedeniyle devre dışı bırakıldı.

Kök neden: Yeni tedarikçimizin gönderdiği partide termostat arızalıydı ve ürün aşırı ısınıyordu.

Yapılan düzeltmeler: Tüm ürünleri satıştan kaldırdık, FBA stoğunu geri çektik ve müşterilere iade yaptık.

Önleyici tedbirler: Her parti için bağımsız laboratuvardan test raporu alacağız ve ilk gönderimden önce numune ürünleri kendi atölyemizde 48 saat boyunca çalıştırıp kontrol edeceğiz.

Saygılarımızla,
Kerem Güneş
Ankara Isı Sistemleri
""", lang="tr", style="inline", rc="Kök neden:", co="Yapılan düzeltmeler:", pr="Önleyici tedbirler:",
  notes="Turkish language on US marketplace; complete inline POA; no policy named")

M("appeal-odr-uk-088", A, "odr", "UK", "native",
  "Appeal - Order Defect Rate",
  """
Dear Seller Performance,

We have been notified that our account has been deactivated due to our Order Defect Rate. We are aware that several customers left negative feedback over the Christmas period.

We value our customers and our Amazon account highly. We have always tried to provide good service and we will continue to do so. We hope that you will take our long history into account when reviewing this appeal.

Yours sincerely,
Margaret Evans
Evans Woollens
""", pol=["Order Defect Rate"], notes="native, no POA (no cause, no actions), none attached")

M("list-ipcr-sa-089", L, "ip-copyright", "AE", "other-non-native",
  "Listing removed - copyright",
  """
Dear Team,

Our listing for Arabic calligraphy wall art was removed for copyright infringement.

ROOT CAUSE
The calligraphy design was bought from an online marketplace for designers, but the license was for personal use only, not for selling prints.

ACTIONS
We will buy a commercial license or remove the design.

PREVENTION
Our designer will save the license of each design in a folder and we will check it before listing.

Regards,
Noura Al Otaibi
""", style="caps", rc="ROOT CAUSE", co="ACTIONS", done=False, pr="PREVENTION", pol=["copyright infringement"],
  notes="Saudi seller on AE; corrective only 'We will buy or remove' -> not done")

M("tech-api-ng-090", T, "", "US", "other-non-native", "SP-API authorization error",
  """
Hello Developer Support,

Our app cannot get data from the Orders API since our LWA client secret was rotated. We get 403 Unauthorized on every call. The app ID is amzn1.sp.solution.7c2e19f4-88ab-4d61-b3a2-0f5d9e6c1a37.

Our developer says the refresh token may also be invalid. Please can you confirm if we need to re-authorize the app from Seller Central or if there is a problem on your side?

Thanks,
Tunde Bakare
Lagos Commerce Tools
""", topic="api", dec=[("app-id", "amzn1.sp.solution.7c2e19f4-88ab-4d61-b3a2-0f5d9e6c1a37"), ("error-code", "403 Unauthorized")],
  notes="Nigerian, API case; mentions client secret and refresh token with no value")

M("fba-reimb-cn-snip-091", F, "", "US", "native", "Reimbursement for lost inbound - supplier payment info included",
  """
Hi,

Shipment FBA15Q8ZN3KT from our factory in Ningbo arrived at ONT8 short by 48 units of silicone baking mats. The factory has confirmed they packed all 400 units and the carrier signed for 20 cartons.

For your records I am also forwarding the factory's invoice note, which they sent in Chinese:

"货款请汇至：开户行 中国银行宁波分行，银行账号 6217 8520 0031 4496 2710，户名 宁波市美厨家居用品有限公司。"

Please investigate and reimburse the missing 48 units at our cost of 3.20 USD each.

Thanks,
Rebecca Hughes
Hearth & Table Co.
""", topic="lost-inbound", sec=[("bank-account", "6217 8520 0031 4496 2710")],
  dec=[("shipment-id", "FBA15Q8ZN3KT"), ("foreign-snippet", "宁波市美厨家居用品有限公司")],
  notes="native seller pastes a Chinese supplier note with a bank account number (银行账号 with 开户行)")

M("brand-hijack-tr-092", B, "", "DE", "turkish", "Fremde Verkäufer auf unserem Markenangebot",
  """
Hallo Brand-Registry-Team,

wir sind die Inhaber der Marke "Lale Home" (EUIPO Markennummer 018734562) und verkaufen Teppiche aus Usak. Seit zwei Wochen verkaufen drei fremde Verkäufer auf unserem Angebot B0CX7LMR2Q zu einem sehr niedrigen Preis. Unsere Testkäufe haben gezeigt, dass die Teppiche nicht von uns sind.

Wir haben die Verstöße über das Tool "Verstoß melden" gemeldet. Bitte prüfen Sie die Meldungen und entfernen Sie die Angebote.

Vielen Dank,
Deniz Karaca
""", lang="de", topic="hijacker", dec=[("trademark-number", "018734562"), ("asin", "B0CX7LMR2Q")],
  notes="Turkish seller in German on DE (not English-required); calm")

M("poa-related-bd-093", A, "related-accounts", "UK", "other-non-native",
  "Appeal for related account",
  """
Dear Seller Performance Team,

Our account was deactivated because it is related to an account that was deactivated earlier. We found the reason.

Reason: My brother had an Amazon account in 2023 and it was closed. We both used the same home address in Dhaka as the business address.

Corrective Action: We will change our business address to our new office in Gulshan and update the utility bill.

We request you to kindly review.

Regards,
Sabbir Rahman
""", style="colon", rc="Reason:", co="Corrective Action:", done=False, pol=["related to an account"],
  notes="Bangladeshi; corrective future only and no preventive -> two defects")

M("cat-toys-us-094", C, "", "US", "native", "Toys & Games holiday selling requirements",
  """
Hello,

We would like to sell in Toys & Games during the upcoming holiday season. Our account has been active since 2022, and we meet the order volume requirement. Our ODR is 0.3% and our late shipment rate is 1.1%.

Could you please confirm whether anything else is needed to meet the holiday selling guidelines? Our phone is (555) 014-2287 if a call is easier.

Thank you,
Diane Foster
Foster Family Games
""", topic="toys-holiday", pol=["ODR"], dec=[("phone", "(555) 014-2287")],
  notes="native category question; ODR named but T007 does not apply")

M("list-restricted-us-095", L, "restricted-products", "US", "native",
  "Reinstatement - pesticide claim on listing",
  """
Hello,

Our listing for cedar blocks (ASIN B08MN4TZ7C) was removed because it was flagged as an unregistered pesticide under the Pesticides and Pesticide Devices policy. The listing said the blocks "kill moths", which is a pesticidal claim.

We have rewritten the title, bullets and description to describe the cedar scent only, with no claims about killing or repelling insects, and we removed the same wording from our product images.

To keep this from happening again, our copywriter now uses a list of banned words (kill, repel, insecticide, pest) that every new listing is checked against.

Thank you,
Megan Clark
Cedar & Sage Home
""", style="none", rc="The listing said the blocks", co="We have rewritten the title", pr="To keep this from happening again",
  pol=["Pesticides and Pesticide Devices policy"], dec=[("asin", "B08MN4TZ7C")],
  notes="native, none-style complete")

M("poa-sec-in-096", A, "identity-verification", "IN", "indian",
  "Account verification failed - bank statement",
  """
Dear Seller Performance,

Our account was deactivated due to failed verification. The bank statement we uploaded was rejected as the name did not match. Please find our explanation and the corrected details.

Root cause: The bank statement was of the proprietor's savings account instead of the current account in firm name.

Corrective action: We have uploaded the current account statement of Gupta Traders. For your quick verification the details are: HDFC Bank, account number 50200073918264, IFSC HDFC0001234.

Preventive action: All documents will be checked for name matching by our CA before upload.

Kindly do the needful.

Regards,
Sanjay Gupta
Gupta Traders, Indore
""", style="inline", rc="Root cause:", co="Corrective action:", pr="Preventive action:",
  sec=[("bank-account", "50200073918264")], dec=[("ifsc", "HDFC0001234")],
  notes="Indian, complete inline POA; bank account number pasted (secret), IFSC decoy; no policy named")

M("fba-return-ar-097", F, "", "US", "latam", "Customer returns damaged by warehouse",
  """
Hello Seller Support,

We received 14 customer returns of leather bags in the last month marked as "customer damaged", but the photos from the removal show they were damaged in the fulfillment center (stickers and tape on the leather). LPN LPNRR481920374 is one example.

We think these units should be reimbursed as warehouse damaged. We attach photos. Thank you for your help and time.

Saludos,
Martina Pereyra
Cueros del Sur
""", topic="customer-return", dec=[("lpn", "LPNRR481920374"), ("foreign-snippet", "Saludos")],
  notes="Argentine, calm")

M("brand-owner-us-098", B, "", "US", "native", "Brand Registry - wrong brand owner on listing",
  """
Hi,

A reseller has registered our brand name, "Northwind Kites", in Brand Registry using a pending trademark application that was filed after ours. Our trademark is registered with the USPTO, registration number 7123456, issued 2025. As a result we can no longer edit our own listings.

We've attached the registration certificate. Could you please review and transfer the brand to our account? This is really frustrating for a small family business.

Thanks,
Paul Anderson
Northwind Kites
""", topic="brand-ownership", dec=[("trademark-number", "7123456"), ("mild-word", "frustrating")],
  notes="native calm, mild word")

M("cat-beauty-ng-099", C, "", "UK", "other-non-native", "Approval for beauty topicals",
  """
Dear Amazon,

We make black soap and shea butter products in Ibadan and would like approval to sell in the Beauty topicals category in UK. We have a Cosmetic Product Safety Report from a UK safety assessor and our products are notified on SCPN. The Responsible Person is our UK importer.

Please find attached documents. Kindly let us know if more is needed.

Best regards,
Kemi Adeyemi
Ibadan Natural Beauty
""", topic="beauty-topicals", notes="Nigerian, calm")

M("tech-deposit-br-100", T, "", "US", "latam", "Conta bancária para depósito não aceita",
  """
Olá equipe de suporte,

Estou tentando cadastrar minha conta bancária brasileira como método de depósito, mas aparece a mensagem "Não foi possível verificar a conta". Minha empresa é de Curitiba e vendo na loja dos Estados Unidos.

Os dados são: IBAN BR9700360305000010009795493P1, titular Paraná Artesanato Ltda.

Já tentei três vezes, com o navegador Chrome e também pelo aplicativo. Vocês podem me ajudar?

Obrigado,
Thiago Lima
""", lang="pt", topic="deposit-method", sec=[("iban", "BR9700360305000010009795493P1")],
  notes="Brazilian, Portuguese technical case on US with a full IBAN (secret)")

# ---------------------------------------------------------------- chunk 6
M("list-safety-in-101", L, "product-safety", "IN", "indian",
  "Reinstatement of listing - product safety",
  """
Dear Seller Performance Team,

Our listing of room heater (ASIN B0CL2XQ8VN) is deactivated due to product safety complaint. Please find our POA.

Root Cause: As per your notice, customers have reported that the product is unsafe. We are unable to find any problem in the heater as all units are BIS certified.

Corrective Action: We have stopped sale of the listing and got 20 units tested again by the BIS lab in Noida, reports attached. All customers who complained have been refunded.

Preventive Action: We shall do a sample test of every new lot before dispatching to FBA.

Kindly reinstate the listing.

Regards,
Harish Patel
Patel Electric Works
""", style="colon", co="Corrective Action:", pr="Preventive Action:", dec=[("asin", "B0CL2XQ8VN")],
  notes="Indian; root cause part restates the notice and says 'unable to find any problem' -> root cause missing; no policy named")

M("list-lp-us-102", L, "listing-policy", "US", "native",
  "Listing deactivated - please review",
  """
Hi,

Our listing for a 3-pack of silicone spatulas (ASIN B0B3KQ7WLT) was deactivated with a note about a listing policy issue. We honestly aren't sure what triggered it. Nothing on the listing has changed in over a year.

Corrective actions:
We have reviewed the title, bullets, images and description against the style guide and made minor edits to the title length.

Preventive actions:
We'll audit all of our listings against the style guide twice a year.

Please let us know what specifically needs to be fixed.

Thanks,
Heather Lewis
Lewis Kitchen Co.
""", style="colon", co="Corrective actions:", pr="Preventive actions:", dec=[("asin", "B0B3KQ7WLT")],
  notes="native; 'aren't sure what triggered it' -> no root cause; no policy named")

M("poa-counterfeit-ae-103", A, "counterfeit", "AE", "other-non-native",
  "Appeal - counterfeit sunglasses",
  """
Dear Seller Performance,

Our account was deactivated for counterfeit complaints on sunglasses.

ROOT CAUSE
We have no idea. We trust our supplier and all products are original.

CORRECTIVE ACTIONS
All sunglasses listings are closed and stock removed from FBA. We sent invoices from the Dubai authorized distributor to your team on 11 March.

PREVENTIVE ACTIONS
We will buy only from the authorized distributor with invoice, and we will keep samples of every batch.

Regards,
Rashid Al Nuaimi
Al Nuaimi Optics
""", style="caps", co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  notes="Emirati; root cause 'We have no idea' -> missing; no policy named")

M("list-counterfeit-ng-104", L, "counterfeit", "UK", "other-non-native",
  "Request to reinstate my listing",
  """
Dear Sir/Madam,

My listing for hair extension was removed because of counterfeit complaint. I want to explain.

Why it happened: The product photos I used were from the manufacturer's website and the customer thought the product was a famous brand because the model in the picture wore that brand's cap.

What I will do in future: I will take my own photos with no brand items in them. Every listing will be checked by my sister before I publish.

Please reinstate my listing.

Thank you,
Funmilayo Ogunleye
""", style="colon", rc="Why it happened:", pr="What I will do in future:",
  notes="Nigerian; nothing done about the current photos -> corrective missing; no policy named")

M("poa-ipcr-tr-105", A, "ip-copyright", "US", "turkish",
  "Appeal - copyright infringement",
  """
Dear Amazon,

Our account was deactivated because of copyright infringement complaints for book covers in our listings.

Our POA
Root cause: Our designer used illustrations from a website that said "free to use", but this was not true for commercial use.
Prevention: We will use only original illustrations drawn by our team, and each image will have a record of who drew it and when.

Thank you,
Gökhan Tekin
""", style="our-poa", rc="Root cause:", pr="Prevention:", pol=["copyright infringement"],
  notes="Turkish; no corrective part (nothing about existing listings) -> missing corrective")

M("list-iptm-mx-106", L, "ip-trademark", "US", "latam",
  "Reinstate listing - trademark complaint",
  """
Hello team,

Our listing for a handmade tequila glass set was removed for trademark infringement because the title included the name of a tequila brand.

ROOT CAUSE
We wrote the brand name in the title because we thought it helps customers find glasses for that tequila.

PREVENTIVE MEASURES
We will never use other brands' names in titles or keywords, and we have read the Amazon Intellectual Property Policy.

Gracias,
Ricardo Flores
Vidrio Artesanal Jalisco
""", style="caps", rc="ROOT CAUSE", pr="PREVENTIVE MEASURES",
  pol=["trademark infringement", "Intellectual Property Policy"], dec=[("foreign-snippet", "Gracias")],
  notes="Mexican; title not said to be fixed -> corrective missing")

M("poa-odr-pk-107", A, "odr", "UK", "other-non-native",
  "Account deactivated - Order Defect Rate - please I beg",
  """
Dear Seller Performance,

Please, I am on my knees, I am begging you. This account is the only income for my family of seven. I cannot sleep since the deactivation, my mother is sick and I have no way to pay for her treatment. Please have mercy on us.

Our Order Defect Rate went to 1.9% because many customers received the wrong size of school uniform.

We have refunded all the customers and added a size chart in the images.

We will double check each order before dispatch.

Shahid Mahmood
""", style="none", rc="Our Order Defect Rate went to 1.9% because", co="We have refunded all the customers", pr="We will double check each order",
  pol=["Order Defect Rate"],
  emo=["Please, I am on my knees, I am begging you.", "I cannot sleep since the deactivation", "Please have mercy on us."],
  notes="Pakistani; pleading and despair; short none-style POA, complete")

M("appeal-safety-us-108", A, "product-safety", "US", "native",
  "Reinstatement request",
  """
To the Seller Performance team,

I'm writing about the deactivation of our account. The notice mentioned customer safety complaints about our electric heating pad. I would like to request that our account be reviewed again, as we have been a reliable seller for six years with excellent metrics.

I have gathered our UL certificate and test reports and I'm happy to share them. Please let me know the best way to send them, or what additional information you need to complete the review.

Best regards,
Carol Simmons
Simmons Wellness Supply
""", notes="native, no POA and none attached; no policy named")

M("appeal-ipt-ar-109", A, "ip-trademark", "US", "latam",
  "Appeal - trademark complaint - POA attached",
  """
Hello Seller Performance Team,

Our account was deactivated because of trademark complaints related to our football jerseys. We prepared a complete Plan of Action with root cause, corrective actions and preventive measures, and we attached it to this case as "POA_Futbol_Pampa.pdf", together with the supplier invoices and the retraction email from the rights owner.

We hope you can review it soon. Thank you for your time.

Saludos cordiales,
Nicolás Acosta
Fútbol Pampa
""", att=True, dec=[("file-name", "POA_Futbol_Pampa.pdf"), ("foreign-snippet", "Saludos cordiales")],
  notes="Argentine cover letter, POA attached; no policy named ('trademark complaints' as a description)")

M("tech-card-us-110", T, "", "US", "native", "Update credit card on account - charge declined",
  """
Hi Seller Support,

Our monthly subscription charge was declined and the page for updating the charge method shows an error. Our company card was replaced after a fraud alert. Please update it for us:

American Express 3796 030824 62817
Exp 07/2029
The 4 digit code on the front is 4471

Our billing address hasn't changed. I'd appreciate it if you could confirm once the card is added.

Thanks,
Linda Powell
Powell Crafts Supply
""", topic="payment-method", sec=[("card", "3796 030824 62817"), ("card-expiry", "07/2029"), ("card-code", "4471")],
  notes="native, Amex 4-6-5 format, 4-digit code on the front")

M("tech-login-ja-111", T, "", "JP", "native", "ログインできません（二段階認証）",
  """
Amazon出品者サポート御中

いつもお世話になっております。米国の会社ですが、日本のAmazonで出品しています。日本語は社内のスタッフに翻訳してもらいました。

昨日から二段階認証のコードが届かず、セラーセントラルにログインできません。登録している電話番号は古い番号で、現在使っておりません。

確認のため、アカウントのパスワードは Hikari!2026pdx です。また銀行口座の暗証番号は 4829 です。

電話番号の変更をお願いできますでしょうか。よろしくお願いいたします。

Jennifer Moore
Pacific Lantern Imports
""", lang="ja", topic="login", sec=[("password", "Hikari!2026pdx"), ("password", "4829")],
  notes="native US seller writing Japanese (via staff) on JP: own-marketplace language; password and 暗証番号 (PIN labeled password)")

M("fba-lost-uk-112", F, "", "UK", "native", "Lost units in fulfilment centre",
  """
Hello,

Our Inventory Ledger shows 30 units of FNSKU X003MN7QKP were marked as misplaced at the LTN4 fulfilment centre on 5 February and have not been found or reimbursed. The reimbursement report has nothing for this FNSKU.

Please could you look into it and reimburse the units at the average selling price? Our customer order 114-2529423-0337647 for the same item also could not be fulfilled because of this. Apologies for opening another case on this.

Kind regards,
Sophie Turner
Turner & Lane Homeware
""", topic="warehouse-lost", dec=[("fnsku", "X003MN7QKP"), ("order-id", "114-2529423-0337647"), ("single-apology", "Apologies for opening another case on this.")],
  notes="UK native; the order ID passes Luhn when the dashes are removed - a hard negative")

M("fba-removal-tr-113", F, "", "US", "turkish", "Removal order - wrong items received",
  """
Hello,

We created removal order JX72KQ9B4L for 60 units of towels, but the box we received in our US 3PL contains 60 units of a different seller's product (plastic toys). Our items are not in the box. Tracking 1Z2V8Y460318874590.

Please investigate where our towels are and reimburse if they are lost. The 3PL contact phone is 555-0148, extension 3.

Thank you,
Ece Polat
""", topic="removal", dec=[("removal-order-id", "JX72KQ9B4L"), ("tracking-number", "1Z2V8Y460318874590"), ("phone-like", "555-0148")],
  notes="Turkish, calm removal case")

M("brand-contrib-pk-114", B, "", "US", "other-non-native", "Brand listing changed by other seller",
  """
Dear Brand Registry Team,

We are the brand owner of "Sialkot Pro" footballs (USPTO registration 6654321). Someone has changed our listing title to include "Official Match Ball of World Cup", which is false, and we are getting complaints.

We tried to correct the title from our brand dashboard but the change is not applied. Kindly correct the title and block unauthorised edits.

Also, I got an email asking me to confirm my password by clicking a link. I did not click it. I think it is phishing, please check.

Regards,
Asad Butt
""", topic="listing-contribution", dec=[("trademark-number", "6654321"), ("password-word", "confirm my password")],
  notes="Pakistani; password mentioned with no value")

M("poa-used-ng-115", A, "used-sold-as-new", "US", "other-non-native",
  "Appeal for used sold as new",
  """
Dear Amazon Seller Performance Team,

We got deactivation for Used Sold as New complaints on phone chargers. Please find our plan.

**Root Cause**
Our returned units were not separated from new stock in our Lagos packing centre, and some were resent to FBA.

**Actions Completed**
We removed all inventory from FBA for inspection. 36 opened units were found and are now listed as Used - Good. All new stock is resealed by the manufacturer.

**Prevention**
Returns go to a separate locked cage, and a tag is put on every return. Only sealed units go to FBA.

Thank you,
Ikenna Chukwu
""", style="bold", rc="Root Cause", co="Actions Completed", pr="Prevention", pol=["Used Sold as New"],
  notes="Nigerian, complete bold")

M("list-drop-us-116", L, "drop-shipping", "US", "native",
  "Listing reinstatement - drop shipping",
  """
Hello,

Several of our garden hose listings were deactivated under the Drop Shipping Policy. Customers received packages with the packing slip of our wholesaler.

What caused it
Our wholesaler ships on our behalf, but it used its own packing slips instead of blank ones with our business name.

What we did
We called the wholesaler and it confirmed it now uses our packing slips only. We sent photos of the new slip.

What we'll do from now on
We will place a test order each month to check the packing slip.

Regards,
Greg Davis
Davis Garden Direct
""", style="plain", rc="What caused it", co="What we did", pr="What we'll do from now on",
  pol=["Drop Shipping Policy"], notes="native, plain headings, complete")

M("tech-otp-in-117", T, "", "IN", "indian", "OTP not received for bank account verification",
  """
Dear Support Team,

While updating our deposit method, Seller Central sends an OTP to the registered mobile but we are not receiving it. Our mobile is +91 99887 76655. We have tried 5 times since morning and also checked that DND is not active on the number.

Kindly check and resend the OTP or provide another method of verification. Our GSTIN is 27AAPFU0939F1ZV for your reference.

Regards,
Vikram Rao
""", topic="deposit-method", dec=[("otp-word", "OTP"), ("phone", "+91 99887 76655"), ("gst-number", "27AAPFU0939F1ZV")],
  notes="Indian; OTP mentioned with no value; GSTIN decoy")

M("poa-secret-pk-118", A, "related-accounts", "US", "other-non-native",
  "Related accounts appeal - bank account proof",
  """
Dear Seller Performance,

Our account is deactivated as related to another deactivated account. The link was a shared bank account.

Root cause: My previous business partner used the same Meezan Bank account for his own Amazon account which was deactivated in 2025.

Corrective actions: I have opened a new company bank account only for my business and updated it in Seller Central. New IBAN PK52MEZN0001230104567891 in the name of Karachi Craft House. The partner has no access to anything now.

Preventive actions: No bank account, card, or device will be shared with any other person or business.

Regards,
Naveed Siddiqui
Karachi Craft House
""", style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=["related to another deactivated account"], sec=[("iban", "PK52MEZN0001230104567891")],
  notes="Pakistani, complete POA with IBAN pasted")

M("cat-fineart-us-119", C, "", "US", "native", "Fine Art category application",
  """
Hello,

I'm a painter in Santa Fe and I'd like to sell original oil paintings in the Fine Art category. I have sold through two galleries for five years and I've attached their letters of reference, my exhibition list and invoices for ten recent sales.

Please let me know if there is anything else needed for the application. Thank you for considering it.

Warmly,
Rosa Delgado
Delgado Studio
""", topic="fine-art", notes="native, calm category request")

M("poa-late-eg-120", A, "late-shipment", "AE", "other-non-native",
  "Appeal - late shipment, OTP for verification",
  """
Dear Team,

Our account was deactivated due to Late Shipment Rate above 4%. We present our plan.

A - Root cause: our courier in Abu Dhabi had vehicle problems for one week and most orders were collected late.
B - Corrective actions: we have switched our stock to FBA and signed with a second courier as backup.
C - Preventive actions: the shipping report is checked daily by our operations manager.

Your colleague on the phone asked me to write the verification code here: 8 4 1 2 7 6.

Best regards,
Hossam Elsayed
Emirates Trade Hub
""", style="lettered", rc="A - Root cause:", co="B - Corrective actions:", pr="C - Preventive actions:",
  pol=["Late Shipment Rate"], sec=[("one-time-code", "8 4 1 2 7 6")],
  notes="Egyptian in UAE, complete lettered POA; spaced-digit verification code is a secret")

M("list-lp-sa-121", L, "listing-policy", "SA", "other-non-native",
  "طلب إعادة تفعيل المنتج",
  """
فريق أمازون المحترم،

تمت إزالة منتج البخور من المتجر بسبب مخالفة سياسة صور المنتجات، حيث أن الصورة الرئيسية فيها نص وشعار.

السبب: المصمم وضع اسم المتجر على الصورة الرئيسية.

ما قمنا به: قمنا بتغيير الصورة الرئيسية إلى صورة بخلفية بيضاء بدون نص.

للمستقبل: سنراجع كل الصور قبل رفعها حسب إرشادات أمازون.

نرجو إعادة تفعيل المنتج في أقرب وقت ممكن لأن موسم رمضان قريب. شكراً لكم.

عبدالرحمن القحطاني
""", lang="ar", style="colon", rc="السبب:", co="ما قمنا به:", pr="للمستقبل:", pol=["سياسة صور المنتجات"],
  notes="Arabic on SA (own marketplace, not English-required); complete colon POA")

M("list-valid-co-122", L, "valid-tracking", "US", "latam",
  "Reactivate listings - I am desperate",
  """
Hello Amazon,

All my listings are inactive because of the Valid Tracking Rate. I am desperate, I have been crying for three days, I have lost everything, nobody answers me. This is so unfair, I have done everything you asked and you keep ignoring me!!!

1. Cause: the Colombian postal service tracking numbers are not recognized in Amazon.
2. Fix: I have already changed to DHL Express for all orders since 10 March.
3. Prevention: I check the tracking of each order the same day.

Please answer me.
Juliana Cárdenas
""", style="numbered", rc="1. Cause:", co="2. Fix:", pr="3. Prevention:", pol=["Valid Tracking Rate"],
  emo=["I am desperate, I have been crying for three days, I have lost everything", "This is so unfair, I have done everything you asked and you keep ignoring me!!!"],
  notes="Colombian listing appeal; despair and anger; complete numbered POA")

# ---------------------------------------------------------------- chunk 7
M("poa-valid-us-123", A, "valid-tracking", "US", "native",
  "Valid Tracking Rate appeal",
  """
Hello,

We are appealing the deactivation of our account for a Valid Tracking Rate below 95%.

ROOT CAUSE
Our Valid Tracking Rate dropped below the required 95% threshold in the last 30 days, which caused the deactivation.

ACTIONS TAKEN
We now buy all shipping labels through Buy Shipping in Seller Central, so tracking is attached automatically. We re-entered tracking on the 19 open orders that had typos.

PREVENTIVE MEASURES
A weekly check of the Valid Tracking Rate by our office manager, and a same-day review of any order confirmed without tracking.

Thank you,
Jason Reed
Reed Hardware Outlet
""", style="caps", co="ACTIONS TAKEN", pr="PREVENTIVE MEASURES", pol=["Valid Tracking Rate"],
  notes="native; root-cause section restates the notice (rate dropped below threshold) -> root cause missing")

M("poa-odr-in-124", A, "odr", "IN", "indian",
  "Humble request - ODR appeal - kindly help",
  """
Respected Sir/Madam,

I am a small seller from Moradabad selling brass items. I am requesting you with tears in my eyes, I have taken loan of 12 lakh rupees for this stock and if the account is not activated I will be ruined, my children's school fees are pending. Please sir please, I am literally begging.

Cause of problem: Our ODR became 1.4% because brass items were getting dented in transit due to thin packaging.

Correction plan: We will shift to 5-ply boxes with thermocol sheets. We will also contact all customers who gave negative feedback.

Future prevention: Every packed box will be drop-tested from 1 metre before dispatch on sample basis, 5 boxes per day.

Kindly do the needful.

Mohd. Irfan
Moradabad Brass Emporium
""", style="colon", rc="Cause of problem:", co="Correction plan:", done=False, pr="Future prevention:",
  pol=["ODR"],
  emo=["I am requesting you with tears in my eyes", "if the account is not activated I will be ruined, my children's school fees are pending", "Please sir please, I am literally begging."],
  notes="Indian; pleading and despair; corrective part is only future ('We will shift') -> not done")

M("poa-drop-ar-125", A, "drop-shipping", "US", "latam",
  "Appeal - drop shipping policy",
  """
Dear Seller Performance,

We are writing from Córdoba about the deactivation for the Drop Shipping Policy.

## Cause
We sent some orders directly from our supplier's store in Miami, which put their own invoice in the box.

## Prevention
From now on all stock will be shipped from our own warehouse or from FBA. We will do a monthly check of packages with a test order. The staff will receive a written procedure about packing slips.

Thank you very much,
Lucas Benítez
""", style="markdown", rc="Cause", pr="Prevention", pol=["Drop Shipping Policy"],
  notes="Argentine; markdown cause and prevention only; nothing done about current orders or supplier -> corrective missing")

M("tech-card-cn-snip-126", T, "", "US", "native", "Charge method update - our bookkeeper's note",
  """
Hello,

Our account fees could not be charged and the account is on hold. Our bookkeeper in Shanghai manages payments, and she left me the new company card details in Chinese. I'm pasting her note below so you can add it, since the form on our side keeps timing out:

"新卡号 6293 7865 7975 4323 192，有效期 2029年6月，安全码 905。持卡人：Blue Heron Trading LLC。"

Please let me know when the charge method is updated and the hold is removed.

Thanks,
Michael Grant
Blue Heron Trading LLC
""", topic="payment-method",
  sec=[("card", "6293 7865 7975 4323 192"), ("card-expiry", "2029年6月"), ("card-code", "905")],
  notes="native seller pastes a Chinese note with a 19-digit UnionPay card, 有效期 and 安全码")

# ---------------------------------------------------------------- chunk 8
M("cover-review-us-127", A, "review-manipulation", "US", "native",
  "Appeal - Plan of Action attached",
  """
Hello Seller Performance team,

Thank you for the notice regarding our account and the Customer Product Reviews Policy. We have completed a full review of our review requests and product inserts over the past year.

Our Plan of Action is attached to this message as a PDF. It covers what led to the violation, every step we have already completed, and the controls we have put in place to prevent it from happening again. We have also attached a copy of our revised product insert and our internal review-request procedure.

We're available to answer any questions.

Kind regards,
Nathan Price
Price Point Kitchenware
""", att=True, pol=["Customer Product Reviews Policy"], notes="native cover letter, POA attached as PDF")

M("cover-counterfeit-tr-128", A, "counterfeit", "UK", "turkish",
  "Appeal - please see attached plan of action",
  """
Dear Seller Performance Team,

Regarding the deactivation of our account under the Anti-Counterfeiting Policy, we prepared our plan of action and attached it in the file "Eylem_Plani_POA.pdf". In the document you will find root cause, corrective actions we already did and preventive measures.

Also attached: invoices from the authorised distributor in Istanbul, the letter of authorisation from the brand and photos of the products.

Thank you for your review. We are waiting your answer.

Saygılarımızla,
Ozan Kılıç
Kılıç Spor Malzemeleri
""", att=True, pol=["Anti-Counterfeiting Policy"],
  dec=[("file-name", "Eylem_Plani_POA.pdf"), ("foreign-snippet", "Saygılarımızla")],
  notes="Turkish cover letter, POA attached")

M("cover-odr-ng-129", A, "odr", "US", "other-non-native",
  "Appeal for ODR - POA in attachment",
  """
Good day Seller Performance,

My account was deactivated because the Order Defect Rate is above 1%. I am very sorry for the bad experience of the customers. I have written a full plan of action explaining what happened and what I have done about it, and I have attached it to this case as a Word document.

I also attached screenshots of the refunds I made to the customers with A-to-z claims. Kindly review and let me know if you need any other thing from me.

Thank you and God bless,
Yetunde Balogun
Balogun Fabrics
""", att=True, pol=["Order Defect Rate"],
  dec=[("single-apology", "I am very sorry for the bad experience of the customers.")],
  notes="Nigerian cover letter with a single apology; POA attached")

AUTHOR.write()
