#!/usr/bin/env python3
"""Author R's messages for the tenth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/tenth-b/r-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("r-", "tenth-b")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1

M("poa-inauth-de-001", A, "inauthentic", "DE", "other-non-native",
  "Appeal of deactivation - inauthentic complaints ASIN B0CK7TQ2M1",
  """
Dear Seller Performance Team,

we refer to your notice regarding the inauthentic item complaints on ASIN B0CK7TQ2M1 (Thermobecher 500 ml). Please find below our plan of action.

## Cause of the complaints
We bought a part of the stock (around 300 pieces) in October from a wholesaler in Leipzig whose invoices do not show the manufacturer chain. When customers received cups with a different lid colour, they reported the product as not authentic. The wholesaler could not give us a letter of authorisation from the brand.

## Measures already taken
- We have removed all units from this wholesaler from our FBA stock (removal order confirmed).
- We have refunded the three customers who complained.
- We have started to buy only directly from the brand owner, invoice attached.

## How we prevent this in future
Every new supplier must now show a distribution agreement or authorisation letter before the first order. Our purchasing manager checks the invoices against the ASIN brand once a month, and we keep all invoices for 365 days.

Mit freundlichen Grüßen
Kessler Haushaltswaren GmbH
""", style="markdown", rc="Cause of the complaints", co="Measures already taken", pr="How we prevent this in future",
  pol=["inauthentic item complaints"], dec=[("asin", "B0CK7TQ2M1"), ("foreign-snippet", "Mit freundlichen Grüßen")],
  notes="complete POA in markdown; German sign-off inside English text")

M("poa-odr-pl-002", A, "odr", "UK", "other-non-native",
  "Reactivation request - Order Defect Rate",
  """
Hello Amazon Team,

Our account was deactivated because our Order Defect Rate went to 2.4%, over the target of 1%. Below we explain.

**What went wrong**
In November we changed courier to a cheaper company. They lost many parcels and customers opened A-to-z claims and left negative feedback. We did not check the tracking every day, so we did not answer to customers on time.

**What we did already**
We went back to Royal Mail Tracked 48 for all orders. We contacted every customer with an open claim and refunded 14 orders. We have asked buyers politely to remove feedback when problem was solved.

**Prevention**
One person in our team checks all undelivered parcels every morning at 9:00. Any message from buyer gets answer within 12 hours, also on weekend. We look on the Account Health page each Monday and write the ODR in a sheet.

Thank you for your time.
Pozdrawiam,
Marek Wiśniewski
""", style="bold", rc="What went wrong", co="What we did already", pr="Prevention",
  pol=["Order Defect Rate"], dec=[("foreign-snippet", "Pozdrawiam,")],
  notes="complete bold POA, Polish writer")

M("poa-late-tr-003", A, "late-shipment", "US", "turkish",
  "Appeal for late shipment rate",
  """
Dear Sir/Madam,

We are writing regarding deactivation of our account for Late Shipment Rate above 4%.

1. Root cause
Our warehouse in Bursa was closed 6 days for the national holiday and we forgot to put vacation mode. Orders came in and could not be shipped before the handling time.

2. Actions
We will put the holiday settings next time. We will also hire one more worker for the packing and we will talk with our cargo company for faster pick-up.

3. Preventive measures
We have made a calendar of all Turkish holidays for 2027 and the manager will activate vacation mode 2 days before each holiday. Handling time is increased from 1 day to 3 days.

We kindly request reinstatement of our selling privileges.

Saygılarımızla,
Anatolia Textile Export
""", style="numbered", rc="1. Root cause", co="2. Actions", done=False, pr="3. Preventive measures",
  pol=["Late Shipment Rate"], dec=[("foreign-snippet", "Saygılarımızla,")],
  notes="corrective part only in future tense (will put, will hire, will talk) -> not done; preventive has concrete calendar")

M("appeal-review-in-004", A, "review-manipulation", "IN", "indian",
  "Request to reactivate account kindly",
  """
Respected Sir/Madam,

This is with reference to our seller account which has been deactivated today morning. We are small business from Jaipur selling handmade block print bedsheets since 2021. We have never done anything wrong and we have always followed all the rules of Amazon.

We are not understanding why our account is suspended. Kindly check our account once again and restore it at the earliest as our whole family depends on this business. All our inventory is lying in FC and we have to pay salary to our karigars.

Kindly do the needful and revert back at the earliest.

Thanks and regards,
Rakesh Sharma
Jaipur Prints Collection
Mob: +91 98290 55512
""", pol=(), dec=[("phone", "+91 98290 55512"), ("mild-plea", "as our whole family depends on this business")],
  notes="no POA, no policy named; 'whole family depends' is a calm statement, not pleading -> not emotional (judgment call)")

M("poa-count-it-005", A, "counterfeit", "IT", "other-non-native",
  "Appeal counterfeit notice ASIN B09RZ4LM7X",
  """
Gentile Team Amazon,

we write for the counterfeit complaint received for ASIN B09RZ4LM7X (leather belt). We are really sorry, please please give us back our account, we beg you, without Amazon our company will close and 8 people lose the job. We are desperate, we did not sleep since one week.

We always buy from the official distributor and we attach the invoices. We have removed the listing and we have destroyed the 12 units that were remaining in our warehouse.

From now we check every product with the brand before to sell it and we keep all the documents.

Please, we are begging you, have mercy of us.

Cordiali saluti
Pelletteria Rinaldi srl
""", style="none", rc=None, co="We have removed the listing", pr="From now we check every product",
  pol=["counterfeit complaint"],
  emo=["please please give us back our account, we beg you", "We are desperate, we did not sleep since one week", "we are begging you, have mercy of us"],
  dec=[("asin", "B09RZ4LM7X"), ("foreign-snippet", "Cordiali saluti")],
  notes="emotional begging; root cause absent (only 'we always buy from the official distributor' = denial, not a cause)")

M("poa-valid-us-006", A, "valid-tracking", "US", "native",
  "Plan of Action - Valid Tracking Rate",
  """
Hi,

Please see our plan of action for the Valid Tracking Rate drop to 88% (target 95%).

ROOT CAUSE
We switched label software on March 2. The new software created labels with USPS but did not push the tracking numbers back to Seller Central, so about 140 orders were confirmed without tracking.

CORRECTIVE ACTIONS
We reverted to ShipStation the same week and manually uploaded tracking for all affected orders that were still in transit. We checked a sample of 30 orders in the Manage Orders page and all now show tracking like 9400111899223344556677.

PREVENTIVE ACTIONS
Any change to our shipping software is now tested on 10 orders first and checked in Seller Central before we roll it out. Our ops lead reviews the Valid Tracking Rate every Tuesday.

Thanks,
Dana Whitfield
Whitfield Outdoor Supply
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  pol=["Valid Tracking Rate"], dec=[("tracking-number", "9400111899223344556677")],
  notes="complete caps POA, tracking number decoy")

M("cover-related-ro-007", A, "related-accounts", "UK", "other-non-native",
  "Appeal - related account deactivation",
  """
Dear Seller Performance,

Our account was deactivated because Amazon believes it is related to another account that was suspended. The other account belonged to my brother-in-law, who used our office computer twice in 2025 when his laptop was broken.

We have prepared a full plan of action and it is attached to this case as a PDF document, together with the lease contract of our office, the utility bill and the company registration of both businesses. In the plan you will find the explanation of the connection and what we have changed (separate network, separate devices).

We are available for a phone call if you need more details.

Cu stimă,
Andrei Popescu
Popescu Home Decor SRL
""", att=True, pol=["related to another account"],
  dec=[("foreign-snippet", "Cu stimă,")],
  notes="cover letter, POA attached; policy named loosely ('related to another account') but it is the violation -> cited")

M("poa-safety-mx-008", A, "product-safety", "US", "latam",
  "Apelación - seguridad de producto",
  """
Estimado equipo de Amazon,

Nuestra cuenta fue desactivada por una queja de seguridad del producto en el ASIN B0D1XW8PQ3 (cargador USB para coche). Les explicamos lo que pasó.

Causa: el proveedor cambió un componente del cargador sin avisarnos y algunos clientes dijeron que el cargador se calentaba mucho.

Acciones: retiramos el producto de la venta, pedimos la remoción de todo el inventario FBA y reembolsamos a los clientes que se quejaron.

Prevención: ahora pedimos el certificado UL y un reporte de pruebas de cada lote antes de enviar a Amazon, y revisamos las opiniones de los clientes cada semana.

Gracias por su atención.
Atentamente,
Luis Fernández
Electrónica del Norte
""", lang="es", style="colon", rc="Causa:", co="Acciones:", pr="Prevención:",
  pol=["seguridad del producto"], dec=[("asin", "B0D1XW8PQ3")],
  notes="Spanish POA on US marketplace (non-english); complete")

M("appeal-drop-br-009", A, "drop-shipping", "US", "latam",
  "Appeal for my account deactivation",
  """
Hello dear Amazon team,

My name is Thiago and I sell phone accessories from São Paulo. I received the e-mail that my account is deactivated because of the drop shipping policy. I did not know that I could not ship from my supplier directly, I thought it was normal because many sellers do it.

I want to continue to sell on Amazon and I promise to follow all the rules. Please tell me what documents I need to send, I can send anything.

Muito obrigado pela atenção,
Thiago Carvalho
TC Acessórios
""", pol=["drop shipping policy"], dec=[("foreign-snippet", "Muito obrigado pela atenção,")],
  notes="no POA in text, none attached; policy named; 'I promise to follow all the rules' is not emotional")

M("poa-iptm-uk-010", A, "ip-trademark", "UK", "native",
  "Appeal: trademark infringement complaint 1188204561",
  """
Dear Seller Performance,

We received a trademark infringement notice (complaint ID 1188204561) for our listing of silicone baking mats, ASIN B07PQ8NN2F. The rights owner says we used their registered word mark in our title.

Why it happened
Our copywriter wrote "compatible with FlexiBake trays" in the title and bullet points. She did not know that using another brand's name in the title is not allowed even when it is true.

What we changed
We removed the brand name from the title, bullets and backend keywords on the same day. We reviewed all 46 of our other listings and found two more with a competitor name, which we also edited.

How we stop it happening again
New listings now go through a checklist that includes a trademark search on the IPO database, and a second person approves every title before it is published.

Kind regards,
Harriet Lowe
Lowe & Daughters Kitchenware
""", style="plain", rc="Why it happened", co="What we changed", pr="How we stop it happening again",
  pol=["trademark infringement"], dec=[("complaint-id", "1188204561"), ("asin", "B07PQ8NN2F")],
  notes="complete plain POA; complaint ID in subject and text")

M("poa-cancel-gr-011", A, "cancel-rate", "DE", "other-non-native",
  "Appeal for Cancellation Rate",
  """
Dear Amazon,

Our selling account is deactivated because the Pre-fulfilment Cancel Rate is 4.8%.

A) The reason
Our stock numbers in the Amazon listing were not synchronised with our shop in Thessaloniki. When we sold a product in the shop, it was still active on Amazon and we had to cancel the order.

B) What we have done
We installed a stock synchronisation tool (every 15 minutes) and we set all our quantities again by hand after counting the warehouse. We cancelled nothing since 10 days.

C) For the future
We will be more careful.

Ευχαριστούμε,
Nikos Papadakis
""", style="lettered", rc="A) The reason", co="B) What we have done", pr=None,
  pol=["Pre-fulfilment Cancel Rate"], dec=[("foreign-snippet", "Ευχαριστούμε,")],
  notes="preventive section only a promise ('We will be more careful') -> preventive absent")

M("poa-restr-in-012", A, "restricted-products", "IN", "indian",
  "Plan of action for restricted product policy violation",
  """
Dear Seller Performance Team,

Greetings of the day. This is regarding violation of Restricted Products policy for listing of ayurvedic herbal powder which contains ingredient not allowed.

Our POA:

Root Cause: We were not aware that the product containing ashwagandha blended with kratom leaf is restricted. Our cataloguing team uploaded it from supplier catalogue without checking.

Corrective Actions: We have deleted the listing on 14th November and raised removal order for 38 units. We have checked all our 210 SKUs with the restricted products help page.

Preventive Measures: Our team lead Mr. Anil has done training on Amazon restricted products pages. Every new SKU will be checked by two persons against the list before upload.

Kindly consider our POA and reinstate the account.

Regards,
Anil Kumar Verma
Vedic Roots Naturals
""", style="our-poa", rc="Root Cause:", co="Corrective Actions:", pr="Preventive Measures:",
  pol=["Restricted Products policy"],
  notes="'Our POA:' heading style, complete")

M("poa-cond-fr-013", A, "condition", "CA", "other-non-native",
  "Appel - plaintes sur l'état des produits",
  """
Madame, Monsieur,

Nous contestons la désactivation de notre compte pour des plaintes concernant l'état des produits vendus (produits reçus comme usagés).

Nous vendons des produits neufs depuis 2019 et nous n'avons jamais eu de problème. Nous avons déjà remboursé tous les clients qui ont fait une réclamation et nous avons retiré les articles retournés de notre stock.

À l'avenir, chaque article retourné sera contrôlé par un employé avant d'être remis en vente, et nous ne remettrons plus en stock les emballages ouverts.

Nous vous remercions de bien vouloir réexaminer notre dossier.

Cordialement,
Sophie Marchand
Maison Marchand
""", lang="fr", style="none", rc=None, co="Nous avons déjà remboursé tous les clients", pr="À l'avenir, chaque article retourné",
  pol=["plaintes concernant l'état des produits"],
  notes="French (Quebec seller) on CA, which requires English; no root cause given, only 'we never had a problem'")

M("poa-review-us-014", A, "review-manipulation", "US", "native",
  "Appeal regarding review manipulation",
  """
Hello,

I am writing about the deactivation for review manipulation. I honestly do not understand how this happened and I am sick to my stomach. This store is everything I have. If you do not reinstate us I will lose my house, I am begging you to look at this again. I have cried every night this week.

We did include a small card in packages that said "Love it? Tell us!" and offered a free e-book for an honest review. We did not realize that this was against the rules.

We have stopped using the inserts and threw out the remaining 2,000 cards. Going forward every insert will be checked against the Community Guidelines before it goes into a box.

Please, please help me.
Megan Doyle
""", style="none", rc="We did include a small card", co="We have stopped using the inserts", pr="Going forward every insert",
  pol=["review manipulation", "Community Guidelines"],
  emo=["I am sick to my stomach", "If you do not reinstate us I will lose my house, I am begging you", "I have cried every night this week", "Please, please help me."],
  notes="emotional despair; but POA parts present in prose (the insert is the cause)")

M("poa-used-es-015", A, "used-sold-as-new", "ES", "other-non-native",
  "Recurso: productos usados vendidos como nuevos",
  """
Hola,

Explicamos nuestro plan de acción por las quejas de productos usados vendidos como nuevos.

1) Causa raíz: unos auriculares devueltos por clientes se volvieron a vender como nuevos porque el almacén no separaba las devoluciones.

2) Acciones correctivas: revisaremos todas las unidades y haremos la formación del personal del almacén el mes que viene.

3) Medidas preventivas: las devoluciones irán a una estantería distinta y sólo se venderán como "Usado - Como nuevo".

Un saludo,
Carlos Ruiz
Sonido Ibérico SL
""", lang="es", style="numbered", rc="1) Causa raíz:", co="2) Acciones correctivas:", done=False, pr="3) Medidas preventivas:",
  pol=["productos usados vendidos como nuevos"],
  notes="Spanish on ES (own marketplace); corrective only future (revisaremos, haremos) -> not done")

M("poa-pricegoug-ua-016", A, "price-gouging", "UK", "other-non-native",
  "Appeal about Fair Pricing Policy",
  """
Dear Team,

Our account got deactivated under the Fair Pricing Policy because the price of our hand warmers was much higher than the recent price.

Root cause: Our repricing tool had a maximum price of £999 by mistake instead of £29.99. When competitors went out of stock in the cold week, the tool raised our price to £89.

Corrective action: We switched off the repricer the same day, set the price back to £24.99 for all 5 SKUs and refunded the difference to the 7 buyers who paid the high price.

Prevention: The repricer now has a ceiling of 20% above our list price, and it sends an e-mail to me every time a price changes more than 10%.

Thank you,
Olena Kovalenko
Warm Hands Ltd
""", style="inline", rc="Root cause:", co="Corrective action:", pr="Prevention:",
  pol=["Fair Pricing Policy"],
  notes="inline style, complete; pound amounts are not secrets")

M("appeal-inauth-us-017", A, "inauthentic", "US", "native",
  "Deactivation - please review",
  """
To whom it may concern,

My account was deactivated this morning and I do not know why. The email only says there is a problem with some of my listings. I have sold on Amazon for six years with excellent metrics and never had a single complaint that I know of.

Unfortunately the notification does not tell me which ASIN is affected, so I am not able to write a proper plan. Could you tell me which products and which customer complaints are involved? Once I know, I will send invoices and a full explanation right away.

Thanks for your help,
Greg Patterson
Patterson Hobby & Games
""", pol=(), dec=[("mild-word", "Unfortunately")],
  notes="no POA and no policy named; asks for details; mild word in calm letter")

M("poa-iptm-de-018", A, "ip-trademark", "DE", "other-non-native",
  "Widerspruch Markenrechtsbeschwerde",
  """
Sehr geehrtes Amazon-Team,

wir beziehen uns auf die Beschwerde wegen Markenrechtsverletzung zum ASIN B0BXQ3N7LK.

**Ursache**
Wir haben beim Erstellen des Angebots den Markennamen eines anderen Herstellers in die Suchbegriffe geschrieben, weil Kunden oft danach suchen.

**Sofortmaßnahmen**
Wir haben die Suchbegriffe am 3. Februar gelöscht und alle unsere 80 Angebote überprüft.

**Vorbeugung**
Neue Angebote werden jetzt von zwei Mitarbeitern geprüft. Fremde Markennamen sind in unseren Vorlagen gesperrt.

Mit freundlichen Grüßen
Jonas Becker
Becker Werkzeuge GmbH
""", lang="de", style="bold", rc="Ursache", co="Sofortmaßnahmen", pr="Vorbeugung",
  pol=["Markenrechtsverletzung"], dec=[("asin", "B0BXQ3N7LK")],
  notes="German on DE (own marketplace); complete bold POA")

M("poa-odr-in-019", A, "odr", "IN", "indian",
  "POA for ODR reactivation",
  """
Dear Sir/Madam,

With due respect, we are submitting our plan of action for ODR which crossed 1% due to negative feedbacks.

ROOT CAUSE:-
We have gone through all the negative feedbacks and found that the issue is as per the notification from Amazon, the order defect rate is above the target.

CORRECTIVE ACTION:-
We have contacted all the customers and resolved their issues. We have given full refund in 9 orders like 408-7712093-4459120.

PREVENTIVE ACTION:-
We have appointed one executive only for customer service who will reply all buyer messages within 24 hours. Quality check of every package will be done before dispatch with photo proof.

Kindly reinstate our account, we assure you this will not happen again.

Thanks & Regards,
Suresh Patil
""", style="caps", rc=None, co="CORRECTIVE ACTION:-", pr="PREVENTIVE ACTION:-",
  pol=["ODR", "order defect rate"], dec=[("order-id", "408-7712093-4459120")],
  notes="root cause heading present but content only restates the notice -> root cause absent")

M("poa-listpol-tr-020", L, "listing-policy", "US", "turkish",
  "Listing removed - B0C9LQWT2R reactivate",
  """
Hello,

Our listing B0C9LQWT2R (cotton bath towel set) is removed for listing policy, because the title had a promotional phrase "Best Seller 2026".

Reason: our designer copied the title from our web shop, where we use this phrase.

What we did: we changed the title to "Cotton Bath Towel Set, 6 Pieces, 600 GSM, Grey". We controlled all other 23 listings and removed words like "best", "top", "free shipping".

For future: all titles are now checked with Amazon style guide for home category before upload, by me personally.

Please reactivate the listing.

Best regards,
Emre Yılmaz
""", style="inline", rc="Reason:", co="What we did:", pr="For future:",
  pol=["listing policy"], dec=[("asin", "B0C9LQWT2R")],
  notes="listing reinstatement, complete inline POA")

M("fba-lost-uk-021", F, "", "UK", "native",
  "Shipment FBA15K9X2RT4 - units missing",
  """
Hello,

Our inbound shipment FBA15K9X2RT4 was delivered to LBA4 on 12 January (carrier tracking 1Z999AA10123456784). We sent 240 units of SKU BLK-MUG-12 but only 216 were received. The shipment has been closed for more than 30 days.

I have attached the packing list, the proof of delivery signed by the warehouse and our commercial invoice. Please investigate the 24 missing units and reimburse us.

Thank you,
Simon Ashworth
Ashworth Ceramics
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA15K9X2RT4"), ("tracking-number", "1Z999AA10123456784"), ("sku", "BLK-MUG-12")],
  notes="calm reimbursement request with IDs as decoys")

M("tech-login-de-022", T, "", "US", "other-non-native",
  "Cannot login - two step verification",
  """
Hello Support,

I can not login to Seller Central since yesterday. I changed my mobile phone and the two-step verification code is still sent to my old number. I do not have access to the old SIM card anymore.

To make it faster for you: my login is info@hansa-outdoor.de and my password is Hansa!Wald2026 so you can check the account directly. The new phone number is +49 151 2345 6789.

Please change the number for the 2SV so I can work again. We have many orders open.

Best regards,
Stefan Hoffmann
Hansa Outdoor
""", topic="login", sec=[("password", "Hansa!Wald2026")],
  dec=[("phone", "+49 151 2345 6789"), ("verification-code-word", "two-step verification code")],
  notes="password shared in text; phone number is a decoy")

M("fba-damaged-mx-023", F, "", "US", "latam",
  "Reembolso por unidades dañadas en almacén",
  """
Hola equipo de Amazon,

Tenemos 11 unidades del FNSKU X002KQ7ZL1 marcadas como dañadas en el almacén según el reporte de inventario. Las unidades llegaron en buen estado, tenemos fotos de la salida de nuestra bodega.

Para el reembolso, les dejo los datos de nuestra cuenta bancaria: CLABE 012180001234567891, Banco BBVA México, a nombre de Importadora Solis SA de CV.

Por favor revisen y nos confirman el reembolso.

Saludos cordiales,
María José Solís
""", lang="es", topic="warehouse-damaged", sec=[("bank-account", "012180001234567891")],
  dec=[("fnsku", "X002KQ7ZL1")],
  notes="Spanish on US (Mexican seller); CLABE bank account shared")

M("brand-hijack-it-024", B, "", "IT", "other-non-native",
  "Hijacker on our brand listing",
  """
Buongiorno,

we are the brand owner of "Olivera Toscana" (EUTM 018456221, registered in Brand Registry). Since last week a seller called "BestPrice-EU" is selling on our listing B08TQZ1K4N with a much lower price. We never sold to this seller and our product is not available in wholesale, so we think the item is counterfeit.

We made a test buy, order 403-5590127-3381927, and the bottle we received has a different label and no lot number.

Please remove this seller from our listing.

Grazie mille,
Chiara Bellini
""", topic="hijacker", pol=["counterfeit"],
  dec=[("trademark-number", "018456221"), ("asin", "B08TQZ1K4N"), ("order-id", "403-5590127-3381927"), ("foreign-snippet", "Grazie mille,")],
  notes="brand dispute; test-buy order id (passes Luhn without dashes) and trademark number are decoys")

M("cat-grocery-in-025", C, "", "IN", "indian",
  "Request approval for Grocery category",
  """
Dear Category Team,

We request you to kindly approve our account for selling in Grocery & Gourmet Foods category. We are FSSAI licensed manufacturer of organic jaggery and spices from Kolhapur, license number 11523034000217.

We have attached the FSSAI license, GST certificate (GSTIN 27AAGCK4421L1Z6) and three purchase invoices of raw material. Our product labels are as per FSSAI labelling rules.

Kindly let us know if anything further is required from our end.

Warm regards,
Pooja Kulkarni
Kolhapur Organics Pvt Ltd
""", topic="grocery",
  dec=[("certificate-number", "11523034000217"), ("gst-number", "27AAGCK4421L1Z6")],
  notes="ungating request; 14-digit license number is a decoy")

# ---------------------------------------------------------------- chunk 2

M("poa-count-br-026", A, "counterfeit", "US", "latam",
  "POA counterfeit complaint",
  """
Dear Seller Performance,

We are sending the plan of action for the counterfeit complaint in ASIN B0CHM4R8ZT (sports water bottle).

Root cause:
We bought 500 bottles from a trading company in Ciudad del Este that presented itself as distributor of the brand. After the complaint we discovered that this company was not authorized by the brand and the bottles were not original.

Preventive measures:
- We only buy from suppliers listed on the brand website as authorized distributors.
- Before every purchase we ask the brand to confirm the distributor by e-mail.
- We keep invoices and the confirmation e-mails in a folder for every ASIN.

We are very sorry for this situation and we hope to sell again with you.

Atenciosamente,
Rafael Lima
Lima Sports Importação
""", style="colon", rc="Root cause:", co=None, pr="Preventive measures:",
  pol=["counterfeit complaint"], dec=[("asin", "B0CHM4R8ZT"), ("single-apology", "We are very sorry for this situation"), ("foreign-snippet", "Atenciosamente,")],
  notes="no corrective part: nothing said about the remaining units, listing or buyers; single apology is a decoy")

M("poa-odr-us-027", A, "odr", "US", "native",
  "Appeal - Order Defect Rate above target",
  """
Hello Seller Performance,

Our Order Defect Rate reached 1.6% in the last 60 days.

Root Cause: A batch of 400 phone cases from our factory had a weak clasp. Buyers reported broken cases on arrival and some filed A-to-z Guarantee claims.

Long-term Controls: We now require a drop test on 20 units per batch before anything ships to FBA. Our QC manager signs off each batch in writing, and we track negative feedback daily in a shared sheet so that any pattern is visible within a week.

We appreciate your time in reviewing this.

Best,
Jordan Ellis
Ellis Mobile Gear
""", style="inline", rc="Root Cause:", co=None, pr="Long-term Controls:",
  pol=["Order Defect Rate", "A-to-z Guarantee"],
  notes="no corrective part: the defective batch and affected buyers are never dealt with")

M("poa-related-tr-028", A, "related-accounts", "US", "turkish",
  "Related account appeal - please reconsider",
  """
Dear Amazon Seller Performance,

Our account was deactivated for related accounts policy. We want to explain.

ROOT CAUSE
My cousin had an account in 2023 which was closed for late shipment. He worked in our company 4 months as accountant and he logged to his old account from our office computer and our wi-fi.

PREVENTION
- From now only 2 persons (me and my wife) will know the password of our account, and we will use only company laptops.
- No visitor, worker or family member will use our office computers or our network for Amazon.

Thank you very much for your understanding, we are waiting for your positive answer.

Saygılarımla,
Mehmet Demir
""", style="caps", rc="ROOT CAUSE", co=None, pr="PREVENTION",
  pol=["related accounts policy"],
  dec=[("password-word", "password"), ("foreign-snippet", "Saygılarımla,")],
  notes="no corrective part (nothing done about the link itself); 'password' with no value is a decoy")

M("poa-restr-pl-029", A, "restricted-products", "UK", "other-non-native",
  "Odwołanie - produkty zastrzeżone",
  """
Szanowni Państwo,

nasze konto zostało dezaktywowane z powodu naruszenia zasad dotyczących produktów zastrzeżonych (suplement z melatoniną 10 mg).

Przyczyna: nie wiedzieliśmy, że w tej dawce produkt jest zastrzeżony. Pracownik dodał ofertę na podstawie katalogu hurtowni.

Działania: usunęliśmy ofertę, zleciliśmy zwrot 64 sztuk z magazynu FBA i sprawdziliśmy pozostałe oferty.

Zapobieganie: każdy nowy suplement jest sprawdzany z listą produktów zastrzeżonych przez kierownika.

Z poważaniem,
Katarzyna Nowak
NaturaVita sp. z o.o.
""", lang="pl", style="colon", rc="Przyczyna:", co="Działania:", pr="Zapobieganie:",
  pol=["zasad dotyczących produktów zastrzeżonych"],
  notes="Polish on UK (English required); complete")

M("poa-safety-uk-030", A, "product-safety", "UK", "native",
  "Appeal: product safety deactivation - children's toy",
  """
Hi team,

We are appealing the removal of our selling privileges following a product safety concern on our wooden stacking toy (ASIN B0B5XNQ9WD).

1) Investigation
We reviewed the three customer complaints and the photos. One small ring can come off the peg, and it fits in the small parts cylinder. The toy was marked 18m+ which is too young for this part.

2) Prevention plan
Every new toy will be tested to EN 71-1 by a UKAS lab before it is listed. Products with small parts will be graded 3+, and each design will go through a choking hazard review with our product designer.

Kind regards,
Fiona Marsh
Little Oak Toys
""", style="numbered", rc="1) Investigation", co=None, pr="2) Prevention plan",
  pol=["product safety"], dec=[("asin", "B0B5XNQ9WD")],
  notes="no corrective part: nothing done about units sold or in stock; a new test is prevention")

M("poa-late-in-031", A, "late-shipment", "IN", "indian",
  "Appeal for Late Dispatch Rate - POA",
  """
Dear Team,

Kindly find our POA for Late Dispatch Rate which is 6.2%.

(a) Root Cause - Our courier partner was not picking shipments for 5 days due to strike in Surat.

(b) Corrective Action - Sorry for this, it was not in our control. We request you to please consider this issue was from courier side only.

(c) Preventive Action - We have tied up with second courier partner Delhivery as backup. Handling time is changed to 2 days. Our dispatch executive will check pending orders two times daily.

Hoping for positive response.

Regards,
Imran Shaikh
Surat Silk House
""", style="lettered", rc="(a) Root Cause", co=None, pr="(c) Preventive Action",
  pol=["Late Dispatch Rate"],
  notes="corrective heading exists but holds only an excuse, no action -> corrective absent")

M("appeal-odr-ua-032", A, "odr", "DE", "other-non-native",
  "Account deactivated - ODR",
  """
Hello,

Please, I am begging you, help me. My account is blocked and I am refugee from Kharkiv, this is the only income for my family. I have nothing else. If you do not open it I do not know how we will live, my children are small. Please have pity, please, please, please.

The ODR was high because DHL did not deliver packages in December. It is not my fault. I always answered customers.

I beg you once more, open my account.

Дякую,
Iryna Melnyk
""", pol=["ODR"],
  emo=["Please, I am begging you, help me.", "If you do not open it I do not know how we will live", "Please have pity, please, please, please.", "I beg you once more, open my account."],
  dec=[("foreign-snippet", "Дякую,")],
  notes="no POA (only blame on DHL); strongly emotional; policy named (ODR)")

M("poa-iptm-mx-033", A, "ip-trademark", "US", "latam",
  "Appeal trademark complaint",
  """
Hello team,

Our account have a trademark complaint from the owner of "Piñata Fiesta" for ASIN B0CQ9PL3XR.

Root cause: we used the words "Piñata Fiesta style" in the title because a customer asked for similar item.

Corrective: We removed the words from the title and from the images the same day. We also sent a message to the rights owner to apologize, and he is considering to retract.

Preventive: unfortunately we can not promise more, we are small company, but we will try to be more careful with titles.

Gracias,
Alejandra Torres
Fiestas MX Import
""", style="inline", rc="Root cause:", co="Corrective:", pr=None,
  pol=["trademark complaint"], dec=[("asin", "B0CQ9PL3XR"), ("mild-word", "unfortunately"), ("foreign-snippet", "Gracias,")],
  notes="preventive part only 'will try to be more careful' = promise -> preventive absent; 'unfortunately' mild word")

M("poa-cancel-us-034", A, "cancel-rate", "US", "native",
  "Cancellation Rate Plan of Action",
  """
Hello,

Here is our plan for the Cancellation Rate deactivation.

**Root Cause**
We list inventory from two warehouses. The second warehouse sent its quantity feed once a day, so items that sold out in the morning stayed live until midnight and we cancelled 31 orders.

**Corrective Actions**
We will move the second warehouse to the hourly feed and we will contact the 31 buyers to apologize.

**Preventive Measures**
We plan to set a safety buffer of 2 units on every SKU and review the cancellation report weekly.

Regards,
Tom Reilly
""", style="bold", rc="Root Cause", co="Corrective Actions", done=False, pr="Preventive Measures",
  pol=["Cancellation Rate"],
  notes="corrective only future ('we will move', 'we will contact') -> not done; preventive in future is fine")

M("poa-inauth-tr-035", A, "inauthentic", "UK", "turkish",
  "Appeal inauthentic item - account deactivated",
  """
Dear Seller Performance Team,

We received notification about inauthentic item complaint for our perfume ASIN B0DK2ZTQ4M.

Our POA:

Why this happened: We purchased from a distributor in Istanbul. Invoices are correct but the brand says this distributor is not in their official chain anymore since 2025.

Actions taken: We will stop selling this ASIN, we will remove all the inventory from FBA and we are going to send the invoices to the brand for checking.

Steps to prevent: Every supplier will be checked on the brand official list before the first purchase. We will keep a supplier file with authorization letters.

Best regards,
Ayşe Kaya
Kaya Kozmetik Ltd
""", style="our-poa", rc="Why this happened:", co="Actions taken:", done=False, pr="Steps to prevent:",
  pol=["inauthentic item complaint"], dec=[("asin", "B0DK2ZTQ4M")],
  notes="heading says 'Actions taken' but content is all future -> not done")

M("tech-payment-us-036", T, "", "US", "native",
  "Credit card declined on seller account",
  """
Hi support,

The monthly subscription fee failed because the card on file expired. I tried to add a new card in Settings > Account Info > Charge Method but the page keeps showing "We were unable to verify your card".

Can you add it for me? The card is 4155 2172 2079 4551, exp 11/29, CVV 284, billing zip 78704.

I need this fixed before my listings get suspended.

Thanks,
Brian Castillo
Castillo BBQ Rubs
""", topic="payment-method",
  sec=[("card", "4155 2172 2079 4551"), ("card-expiry", "11/29"), ("card-code", "284")],
  dec=[("postcode", "78704")],
  notes="full card with expiry and CVV; zip code is a decoy")

M("fba-removal-gr-037", F, "", "DE", "other-non-native",
  "Removal order not received",
  """
Dear Seller Support,

We created removal order 7XKQ2PLMWN on 8 February for 60 units of our olive oil soap. The order shows completed, but we have received only 42 units. The carrier tracking DE8812345670 shows one package delivered, the second never arrived.

Could you please check the removal order and reimburse the 18 units missing? Our sell price is 8,90 EUR per unit.

Thank you in advance.

Best regards,
Eleni Georgiou
Kritiko Sapouni
""", topic="removal",
  dec=[("removal-order-id", "7XKQ2PLMWN"), ("tracking-number", "DE8812345670")],
  notes="calm removal reimbursement")

M("tech-deposit-pl-038", T, "", "UK", "other-non-native",
  "Problem with change of deposit method",
  """
Hello,

I am trying to change the bank account where Amazon sends the payments. I entered the new account but I get error "The bank account details could not be verified" (error code DM-0412).

The new account is with mBank: IBAN PL37134623250170995527467030, SWIFT BREXPLPW. The name is Tomasz Zieliński, the same as on the seller account.

Please help, the next payment is on Friday.

Dziękuję,
Tomasz Zieliński
""", topic="deposit-method", sec=[("iban", "PL37134623250170995527467030")],
  dec=[("error-code", "DM-0412"), ("swift-code", "BREXPLPW"), ("foreign-snippet", "Dziękuję,")],
  notes="IBAN shared; SWIFT is a decoy")

M("appeal-cond-tr-039", A, "condition", "DE", "turkish",
  "Reinstatement request",
  """
Hello Amazon,

Our account was closed yesterday. We sell kitchen textiles since four years with good reviews. We accept the decision but we think there was a mistake because our metrics are green.

Please can you check again our account and give us the chance to sell again? We are ready to send invoices, photos of our warehouse and any documents you want.

Thank you in advance.

İyi çalışmalar,
Hakan Öztürk
Öztürk Home Textiles
""", dec=[("mild-plea", "give us the chance to sell again"), ("foreign-snippet", "İyi çalışmalar,")],
  notes="no POA, no policy named; polite plea in calm letter is a decoy")

M("cover-inauth-us-040", A, "inauthentic", "US", "native",
  "Appeal with attached Plan of Action - inauthentic",
  """
Hello Seller Performance,

Thank you for the notice regarding the inauthentic complaints on our listing of Kessel brand garden hoses.

Our full Plan of Action is attached as "POA_Kessel_Nov2026.pdf". It covers the root cause (a supplier we did not vet enough), the actions we have already taken, and the supplier approval process we now use. We have also attached the invoices from Kessel North America and their letter of authorization, dated October 2026.

Please let us know if anything else is needed.

Sincerely,
Rachel Kim
Greenway Garden Co.
""", att=True, pol=["inauthentic complaints"], dec=[("file-name", "POA_Kessel_Nov2026.pdf")],
  notes="cover letter with POA attached; summary of POA in one sentence is not a POA in text")

M("list-safety-in-041", L, "product-safety", "IN", "indian",
  "Listing deactivated for safety - electric kettle",
  """
Dear Team,

Our listing for 1.5L electric kettle ASIN B0CL8NB3QW is deactivated for product safety. We humbly request to please please reactivate, we are small seller and we have already lost too much, we are totally broken by this. Kindly have some mercy on us sir.

We have BIS certificate for the product, registration number R-41098765, copy attached.

Waiting for your kind reply.

Regards,
Vikas Gupta
""", pol=["product safety"],
  emo=["please please reactivate", "we are totally broken by this", "Kindly have some mercy on us sir."],
  dec=[("asin", "B0CL8NB3QW"), ("certificate-number", "R-41098765")],
  notes="listing reinstatement with no POA (A016 does not apply to listings); emotional pleading")

M("poa-valid-it-042", A, "valid-tracking", "UK", "other-non-native",
  "POA Valid Tracking Rate",
  """
Dear Amazon,

Our Valid Tracking Rate is 91%. Here our explanation.

Root cause: the tracking numbers of Poste Italiane were not recognized by Amazon because we selected "Other" as carrier and wrote the name wrong.

Corrective actions: all shipments now are sent with GLS, which is integrated. We have updated the tracking for the orders of last 30 days where possible.

Prevention: the warehouse team has a written instruction with the carrier list, and I check the Valid Tracking Rate every Friday.

Grazie per la comprensione,
Marco Galli
""", style="colon", rc="Root cause:", co="Corrective actions:", pr="Prevention:",
  pol=["Valid Tracking Rate"], dec=[("foreign-snippet", "Grazie per la comprensione,")],
  notes="complete colon POA")

M("poa-drop-us-043", A, "drop-shipping", "US", "native",
  "POA - Drop Shipping Policy",
  """
Dear Seller Performance,

Our Plan of Action regarding the Drop Shipping Policy violation:

What caused the violation
We fulfilled 18 orders through a retailer's website when we ran out of stock. Those packages arrived with the retailer's invoice and packing slip, which identified them as the seller instead of us.

Steps we have already taken
We closed our account with that retailer, deleted the automation that placed orders there, and contacted the 18 buyers with an apology and a 15% refund.

What we do now so it cannot repeat
All orders are shipped from our own warehouse in Ohio with our packing slip. When stock is low, the listing quantity goes to zero automatically instead of buying from a retailer.

Sincerely,
Kyle Bennett
""", style="plain", rc="What caused the violation", co="Steps we have already taken", pr="What we do now so it cannot repeat",
  pol=["Drop Shipping Policy"], notes="complete plain POA")

M("poa-used-in-044", A, "used-sold-as-new", "IN", "indian",
  "Plan of action used sold as new complaint",
  """
Dear Seller Performance Team,

Greetings! We are submitting the POA for "used sold as new" complaints on our bluetooth speakers.

1. Root cause:- As per our investigation, it is a customer misunderstanding, customers are writing used item because box was slightly damaged in transit by courier.

2. Corrective action:- We have replaced the 6 units to customers and we have changed to 5-ply carton box for all orders.

3. Preventive action:- Every box is inspected before packing and photos are taken of each shipment before dispatch. Team has been trained for same.

Kindly revert with positive response.

Regards,
Deepak Mehta
Sonic Wave India
""", style="numbered", rc="1. Root cause:-", co="2. Corrective action:-", pr="3. Preventive action:-",
  pol=["used sold as new"],
  notes="root cause blames transit damage, but it is a specific cause (damaged boxes) -> present (judgment call)")

M("fba-return-us-045", F, "", "US", "native",
  "Customer return not credited - refund issued",
  """
Hi,

Order 112-4477120-9981348 was refunded to the customer on Feb 3, but the return was never received at the fulfillment center. It has been more than 45 days. The FBA customer returns report shows no entry for this order and the LPN LPNRR8812345 was never scanned.

Per the FBA reimbursement policy, please reimburse us for one unit of ASIN B0CF3WQ7NB.

Thanks,
Amanda Price
""", topic="customer-return", pol=["FBA reimbursement policy"],
  dec=[("order-id", "112-4477120-9981348"), ("lpn", "LPNRR8812345"), ("asin", "B0CF3WQ7NB")],
  notes="calm return reimbursement; order ID passes Luhn once dashes are removed (hard T006 negative); policy named (not an appeal)")

M("list-iptm-es-046", L, "ip-trademark", "US", "other-non-native",
  "Reactivación del anuncio B0CR7KDL2P",
  """
Hola equipo,

Nuestro anuncio ASIN B0CR7KDL2P ha sido eliminado por una supuesta infracción de marca. Somos los fabricantes de estas zapatillas y la marca "Brisa Verde" está registrada a nuestro nombre en la EUIPO.

Adjuntamos el certificado de registro y las facturas de fabricación. Creemos que se trata de un error y pedimos que se reactive el anuncio lo antes posible.

Muchas gracias,
Lucía Moreno
Calzados Brisa Verde SL
""", lang="es", pol=["infracción de marca"], dec=[("asin", "B0CR7KDL2P")],
  notes="Spanish on US; listing appeal with no POA (owner claims error)")

M("poa-review-tr-047", A, "review-manipulation", "UK", "turkish",
  "Appeal - customer reviews policy",
  """
Hello,

We were deactivated for violating the Customer Product Reviews policy.

Our problem was: we sent e-mails to buyers from our own Gmail and offered 10% discount for 5 star review. We did not know this is forbidden.

What we have done: we deleted the customer e-mail list, stopped the discount campaign, and our marketing person who did this has left the company.

How we will prevent: we use only the "Request a Review" button in Seller Central. No other contact with buyers about reviews.

We are very sorry and we want to continue to sell on Amazon.

Best regards,
Burak Çelik
""", style="inline", rc="Our problem was:", co="What we have done:", pr="How we will prevent:",
  pol=["Customer Product Reviews policy"], dec=[("single-apology", "We are very sorry")],
  notes="complete inline POA; single apology decoy")

M("tech-otp-br-048", T, "", "US", "latam",
  "Não consigo entrar na conta",
  """
Olá suporte,

Não consigo entrar na Seller Central. O código de verificação chega no meu e-mail mas quando coloco aparece "código inválido". Eu recebi agora o código 482915, pode usar para verificar que sou eu.

Já limpei o cache do navegador e tentei no celular também. Preciso muito de acesso porque tenho pedidos para enviar hoje.

Obrigada,
Fernanda Souza
FS Moda Praia
""", lang="pt", topic="login", sec=[("one-time-code", "482915")],
  notes="Portuguese on US; OTP shared")

M("brand-contrib-uk-049", B, "", "UK", "native",
  "Listing contribution overwritten on our brand",
  """
Hello Brand Registry team,

We own the brand "Harbour & Fell" (UK00003912456). Over the past week someone has changed the main image and the title of our ASIN B0CW1QKP8M to show a different product. Our edits in Manage Inventory are being overwritten within hours.

Could you lock the detail page to the brand owner's contributions and restore our image? Screenshots with timestamps are attached.

Many thanks,
Oliver Grant
""", topic="listing-contribution",
  dec=[("trademark-number", "UK00003912456"), ("asin", "B0CW1QKP8M")], notes="calm brand dispute")

M("cat-jewelry-tr-050", C, "", "US", "turkish",
  "Fine jewelry category approval request",
  """
Hello Category Team,

We are manufacturer of 925 silver and 14K gold jewelry in Istanbul Kapalıçarşı since 1998. We want to sell in Fine Jewelry category and we applied via the form.

We attached our independent test lab certificate (Istanbul Assay Office), photos of our hallmark stamp and our product catalog. All our gold products are stamped with karat and our company mark.

Please let us know if you need more information.

Best regards,
Serkan Aydın
Aydın Kuyumculuk
""", topic="jewelry", notes="calm ungating request, no decoys")

# ---------------------------------------------------------------- chunk 3

M("poa-late-uk-051", A, "late-shipment", "UK", "native",
  "Late Dispatch Rate - plan of action",
  """
Dear Seller Performance,

Please find our plan of action regarding our Late Dispatch Rate of 7.1%.

## Investigation
We moved warehouse from Stockport to Bolton in the first week of March. During the move we kept listings active, and around 90 orders were dispatched a day or two late.

## Immediate actions
All backlogged orders have been dispatched and every affected buyer has received a message from us with the new delivery date. We switched 60% of our range to FBA in the meantime.

## What we learnt
Moves are disruptive and we underestimated it. We apologise to the customers affected.

Kind regards,
Paul Henderson
Henderson Garden Tools
""", style="markdown", rc="Investigation", co="Immediate actions", pr=None,
  pol=["Late Dispatch Rate"], dec=[("single-apology", "We apologise to the customers affected.")],
  notes="third section is reflection, not a preventive step -> preventive absent")

M("poa-cancel-br-052", A, "cancel-rate", "US", "latam",
  "Appeal - cancellation",
  """
Hello Amazon Team,

I am writing about my account, deactivated for the Cancellation Rate.

CAUSE: I sell on Amazon and on Mercado Livre with the same stock. Many times the product sold in both places at the same time and I had to cancel on Amazon.

WHAT I DID: I separated the stock. Now 70% of the stock is only for Amazon, in a different shelf, and the quantity in Amazon is updated by me every night.

FUTURE: I promise this problem will not happen again, I am very committed to Amazon customers.

Obrigado,
Gustavo Ribeiro
""", style="caps", rc="CAUSE:", co="WHAT I DID:", pr=None,
  pol=["Cancellation Rate"], dec=[("foreign-snippet", "Obrigado,")],
  notes="'FUTURE' holds only a promise -> preventive absent (the stock split is corrective)")

M("poa-safety-de-053", A, "product-safety", "DE", "other-non-native",
  "Appeal safety complaint - LED lamp",
  """
Dear Team,

Regarding the safety complaint for our LED desk lamp, ASIN B0CT4ZR9QW.

(a) Cause
The power adapter of batch 2611 came from a new supplier. Two customers reported that the adapter became very hot.

(b) Actions
We stopped sale, removed 212 units from FBA and informed all buyers of this batch by buyer message with an offer for a free replacement adapter.

(c) Further steps
Thank you for your patience. We are a serious company and quality is very important for us.

Freundliche Grüße,
Lena Vogt
Vogt Licht GmbH
""", style="lettered", rc="(a) Cause", co="(b) Actions", pr=None,
  pol=["safety complaint"], dec=[("asin", "B0CT4ZR9QW"), ("foreign-snippet", "Freundliche Grüße,")],
  notes="'Further steps' holds only politeness -> preventive absent")

M("poa-inauth-in-054", A, "inauthentic", "IN", "indian",
  "POA inauthentic complaints - B0CP7XR3LK",
  """
Dear Seller Performance Team,

We are writing with reference to the inauthentic item complaints on our listing for cotton kurtas.

Root Cause:
We have sourced the kurtas from the brand's authorized distributor in Tiruppur, invoices attached. After going through the customer complaints, we found that customers received kurtas with a different size label because the distributor packed two batches together.

Corrective Action Taken:
- Removed all 180 units of inventory from FBA, removal order 2LQ8ZPNHXT.
- Issued refunds to the four customers who complained.
- Received a fresh letter of authorization from the brand.

Kindly consider our appeal and restore the listing ASIN B0CP7XR3LK.

Thanks and regards,
Nitin Agarwal
""", style="colon", rc="Root Cause:", co="Corrective Action Taken:", pr=None,
  pol=["inauthentic item complaints"], dec=[("removal-order-id", "2LQ8ZPNHXT"), ("asin", "B0CP7XR3LK")],
  notes="no preventive part at all")

M("poa-odr-ro-055", A, "odr", "DE", "other-non-native",
  "Plan of Action - ODR",
  """
Hello,

Root cause: our ODR is 1.9% because of negative feedback about slow delivery from Romania to Germany.

Corrective actions: we have sent 300 units to FBA in Germany in January and now 80% of orders are FBA. All open negative feedback were answered.

Preventive measures: we will do our best so this will not repeat and we will respect all Amazon policies.

Multumesc,
Cristina Ionescu
""", style="inline", rc="Root cause:", co="Corrective actions:", pr=None,
  pol=["ODR"], dec=[("foreign-snippet", "Multumesc,")],
  notes="preventive heading with only a promise -> preventive absent")

M("poa-count-us-056", A, "counterfeit", "US", "native",
  "Counterfeit claim - appeal",
  """
Seller Performance,

This is our appeal for the counterfeit claim on our listing for replacement vacuum filters.

Cause / The filters were marketed as "for Dyson V8", and the product photos showed a Dyson logo on the housing. The rights owner treated this as a counterfeit claim because a customer thought the filter was a genuine Dyson part.

Actions done / We replaced the photos with images of our own unbranded filter. The title now reads "Replacement Filter Compatible with V8 Vacuums, Unbranded". Stock was relabelled at the FC.

Prevention / No third-party logo ever appears in our images. Our designer uses a checklist that requires us to mark every image as "own product only" before upload.

Thanks,
Nate Sullivan
""", style="mixed", rc="Cause /", co="Actions done /", pr="Prevention /",
  pol=["counterfeit claim"],
  notes="mixed: 'Heading / text' on one line, part of the paragraph; complete")

M("appeal-late-mx-057", A, "late-shipment", "US", "latam",
  "Reactivación de mi cuenta",
  """
Buenas tardes,

Mi cuenta fue desactivada y de verdad ya no sé qué hacer. Llevo tres semanas sin vender, tengo deudas con el proveedor y mis hijos dependen de esto. Les suplico que me ayuden, por favor, por favor, se los ruego. Estoy desesperado.

Siempre he trabajado honestamente. Si hubo algún problema con los envíos fue por la paquetería.

Espero su respuesta.
Ricardo Hernández
""", lang="es",
  emo=["Les suplico que me ayuden, por favor, por favor, se los ruego.", "Estoy desesperado."],
  notes="Spanish on US (Mexican seller); no POA, no policy named; emotional despair")

M("tech-deposit-us-058", T, "", "US", "native",
  "Deposit method update failing",
  """
Hello,

We changed banks and the new deposit method keeps failing verification. Seller Central says the account holder name does not match, but it is our LLC name exactly as it appears on the EIN letter (EIN 84-2917365).

Details of the new account so you can set it manually: Chase, routing 021000021, checking account 483029177552, name Blue Ridge Candle Co LLC.

Our next disbursement is scheduled for the 14th, so we would appreciate a fast resolution.

Thanks,
Jessica Moore
Blue Ridge Candle Co
""", topic="deposit-method",
  sec=[("routing-number", "021000021"), ("bank-account", "483029177552")],
  dec=[("tax-id", "84-2917365")],
  notes="routing + account number shared; EIN is a decoy")

M("tech-2sv-uk-059", T, "", "UK", "native",
  "2SV codes going to my sourcing agent",
  """
Hi,

My Seller Central 2-Step Verification is set up on a phone that my sourcing agent in Shenzhen uses. I would like to move it to my own mobile. This morning he forwarded me the code on WeChat, pasted below so you can see the problem:

"Hi Lee 你好，验证码：583016，请尽快登录，十分钟内有效。"

I logged in with that code, but I cannot change the 2SV number without another code from his phone. Can you reset it to my UK number +44 7700 900456?

Thanks,
Lee Carter
Carter Gadgets
""", topic="login", sec=[("one-time-code", "583016")],
  dec=[("phone", "+44 7700 900456")],
  notes="OTP inside pasted Chinese chat line; the Chinese line itself is a snippet in English text")

M("poa-drop-de-060", A, "drop-shipping", "DE", "other-non-native",
  "Appeal drop shipping",
  """
Dear Seller Performance,

Please see our plan of action for the drop shipping violation.

Root cause: Our supplier in Ningbo shipped 40 orders directly to customers with their own Chinese invoice inside. Here is the supplier data from the invoice so you can see that this is a real company:

供应商：宁波恒达家居用品有限公司
银行账号：6222 0212 3456 7890 123
开户行：中国工商银行宁波分行

Corrective actions: We stopped the direct shipping, all stock now comes to our warehouse in Hamburg first. We informed the 40 customers.

Prevention: Our packing slip and invoice is put in every parcel by our own staff, nothing ships from the supplier directly.

Mit freundlichen Grüßen,
Felix Wagner
""", style="inline", rc="Root cause:", co="Corrective actions:", pr="Prevention:",
  pol=["drop shipping"], sec=[("bank-account", "6222 0212 3456 7890 123")],
  dec=[("foreign-snippet", "宁波恒达家居用品有限公司")],
  notes="supplier bank account pasted in Chinese (银行账号 with 开户行); complete POA")

M("tech-fees-jp-061", T, "", "JP", "native",
  "Subscription charge - card details from our Tokyo office",
  """
Hello Seller Support,

Our JP account subscription failed. Our office manager in Tokyo sent me the company card details to update, but Seller Central rejects the card. Her note is pasted here:

「カード番号：3587 6749 8171 8791、有効期限：2028年3月、セキュリティコード：406 です。」

Could you check whether JCB cards are accepted for the monthly fee? If not, which card types can we use?

Kind regards,
Michael Turner
Turner Imports KK
""", topic="payment-method",
  sec=[("card", "3587 6749 8171 8791"), ("card-expiry", "2028年3月"), ("card-code", "406")],
  notes="JCB card, expiry and code inside pasted Japanese note")

M("poa-review-in-062", A, "review-manipulation", "IN", "indian",
  "Reinstatement request - seller account",
  """
Dear Sir/Madam,

We received an email that our account is deactivated. We have gone through our account and we understand the problem.

1) Reason: Our staff member had requested some of our relatives and friends to purchase our product and give review, to get initial sales for the new launch of steel water bottles.

2) Action taken: We have removed the staff member from the listing work. We have asked all relatives to delete their reviews, and 11 reviews are deleted.

3) Prevention: No relative or friend will purchase from our store. Only the "Request a Review" button will be used. All employees have signed a declaration that they will not ask any person for review.

Please restore our account.

Regards,
Harish Nair
""", style="numbered", rc="1) Reason:", co="2) Action taken:", pr="3) Prevention:",
  notes="complete POA but no policy or violation named anywhere in the text -> no-policy")

M("poa-listpol-uk-063", L, "listing-policy", "UK", "native",
  "Please reinstate ASIN B0D3KLM8WZ",
  """
Hello,

Our ASIN B0D3KLM8WZ was suppressed. Here is what happened and what we've done.

What caused it: the main image had a white border and a "NEW" badge added by our designer, which is not allowed on the main image.

What we fixed: new main image uploaded, pure white background, product only, 2000 px. The other six images on the listing were also checked.

How we prevent it: our design brief template now has a checklist for main images (white background, no text, no badges), and I check every main image before upload.

Thanks,
Sam Price
""", style="colon", rc="What caused it:", co="What we fixed:", pr="How we prevent it:",
  dec=[("asin", "B0D3KLM8WZ")],
  notes="complete POA; no policy name (only 'suppressed', 'not allowed') -> no-policy (judgment call)")

M("poa-restr-tr-064", A, "restricted-products", "US", "turkish",
  "Plan of action",
  """
Hello,

We are sending our plan of action.

Root cause: We listed Turkish delight with hemp seed oil. We did not check that products with hemp ingredients need approval.

Corrective actions: We deleted 4 listings with hemp. The FBA inventory will be removed next week, and we will check all other listings.

Preventive actions: Before every new listing our staff will read the help pages for the category and ingredient.

Teşekkürler,
Zeynep Arslan
Arslan Lokum
""", style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  dec=[("foreign-snippet", "Teşekkürler,")],
  notes="no policy named; corrective mixes done (deleted 4 listings) and future -> done")

M("appeal-related-it-065", A, "related-accounts", "IT", "other-non-native",
  "Our account is deactivated",
  """
Good morning,

our account was deactivated on 2 March. The message is very short and we do not understand the reason. We are a small family company in Bari with one seller account since 2020, no other account, and our customers are happy.

Maybe it is about the accountant who works also for other companies and used his computer for our reports? Please tell us what is the problem exactly so we can explain and send documents.

Best regards,
Giuseppe Lombardi
Lombardi Ceramiche
""", notes="no POA; seller only guesses at a cause (the accountant) and names no policy -> no-policy")

M("appeal-inauth-tr-066", A, "inauthentic", "US", "turkish",
  "URGENT - account deactivated",
  """
Dear Amazon,

We are shocked. Our account was deactivated after 5 years because of one inauthentic complaint. This is not fair!! We will sue Amazon if the account is not reactivated in 48 hours, our lawyer is already prepared. You destroyed our business for one customer who lies.

We have invoices from the manufacturer. We want our account back now.

Mustafa Koç
Koç Deri
""", pol=["inauthentic complaint"],
  emo=["This is not fair!!", "We will sue Amazon if the account is not reactivated in 48 hours, our lawyer is already prepared.", "You destroyed our business for one customer who lies."],
  notes="threat and anger; no POA")

M("fba-inbound-in-067", F, "", "IN", "indian",
  "Shipment received short - kindly reimburse",
  """
Dear Team,

Kindly check shipment FBA15M2QX7LK sent to BOM7 FC on 2nd Feb. We have shipped 500 units in 10 boxes but FC has received only 468 units. LR number of transport is 884512037 and POD is attached.

Please kindly do the needful and reimburse the 32 missing units at earliest. For any query you can call me on 022 4567 8912.

Thanks & regards,
Sandeep Joshi
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA15M2QX7LK"), ("bol-number", "884512037"), ("phone", "022 4567 8912")],
  notes="9-digit LR number (not routing: fails ABA)")

M("poa-iptm-ua-068", A, "ip-copyright", "UK", "other-non-native",
  "Copyright complaint - product images",
  """
Dear Seller Performance,

We got a copyright infringement complaint from a photographer about images on our listing of ceramic vases.

Why: our designer downloaded two lifestyle photos from Pinterest and used them for the listing. We did not have any licence.

What is done: The two images were deleted and replaced with our own photos on 21 January. We have written to the photographer to apologise and he confirmed he will withdraw the complaint.

How it will not repeat: Only photos made by our team or bought on a stock site with licence are used. I keep a file with the licence of every image.

Regards,
Dmytro Shevchenko
""", style="inline", rc="Why:", co="What is done:", pr="How it will not repeat:",
  pol=["copyright infringement"],
  notes="complete inline POA, short headings")

M("poa-valid-pl-069", A, "valid-tracking", "PL", "other-non-native",
  "Valid tracking rate - appeal",
  """
Dear Team,

our VTR fell to 89%.

1 - Cause: InPost tracking numbers were uploaded with a space inside, so Amazon did not validate them.

2 - Correction: we will change our template and upload again all the tracking numbers.

3 - Prevention: a script will remove spaces before upload, and the team leader will check a daily sample.

Best regards,
Paweł Kamiński
""", style="numbered", rc="1 - Cause:", co="2 - Correction:", done=False, pr="3 - Prevention:",
  pol=["VTR"],
  notes="correction only future -> not done; 'VTR' abbreviation counted as the policy name (judgment call)")

M("poa-condition-in-070", A, "condition", "IN", "indian",
  "Plan of Action: condition complaints",
  """
Dear Seller Performance Team,

Greetings. Please find our plan of action regarding the product condition complaints on our account.

A. Root Cause
We are not sure what happened. We checked our warehouse and everything is fine.

B. Corrective Actions
We have refunded all 12 customers and removed the unfulfillable units from FBA.

C. Preventive Measures
All products will be checked by quality team before dispatch. We have started a packing checklist with photos of each order.

Kindly reinstate.

Regards,
Meena Iyer
""", style="lettered", rc=None, co="B. Corrective Actions", pr="C. Preventive Measures",
  pol=["product condition complaints"],
  notes="root cause 'we are not sure' -> not a root cause")

M("list-restr-us-071", L, "restricted-products", "US", "native",
  "Listing removed - please reinstate",
  """
Hi there,

Our listing for a kitchen knife set was removed yesterday and I really need it back, it is 40% of our sales. I'm honestly so stressed I can't think straight. I don't know what we did wrong and nobody is answering my cases. This is a nightmare, I have been on the phone for six hours. PLEASE just tell me what to do.

Thanks,
Carly Jensen
""", emo=["I'm honestly so stressed I can't think straight.", "This is a nightmare, I have been on the phone for six hours.", "PLEASE just tell me what to do."],
  notes="listing appeal, no POA, no policy named; emotional despair")

M("fba-wh-lost-tr-072", F, "", "UK", "turkish",
  "Lost inventory in warehouse",
  """
Hello,

In the Inventory Adjustments report we see 14 units of FNSKU X003FQ9LMR marked as "lost" in warehouse in March. After 30 days we did not receive reimbursement and the units were not found.

Please investigate and reimburse us. Our units are hand-painted ceramic bowls, value £18 each. If you need the manufacturing invoice to confirm the value, I can upload it to this case.

Thank you for your help.
Elif Şahin
""", topic="warehouse-lost", dec=[("fnsku", "X003FQ9LMR")], notes="calm warehouse-lost")

M("brand-owner-gr-073", B, "", "DE", "other-non-native",
  "Brand ownership - request to change brand name on listings",
  """
Dear Brand Registry,

we are the owner of the trademark "Kalypso Naturals" (EUIPO 018723401). A former distributor created 6 listings with our brand and now is brand representative for it, so we cannot edit the listings. We ended the contract with him in 2025.

Please transfer the brand to our Brand Registry account. The trademark certificate and the termination letter are attached.

Many thanks,
Dimitra Alexiou
""", topic="brand-ownership", dec=[("trademark-number", "018723401")], notes="calm")

M("cat-grocery-mx-074", C, "", "US", "latam",
  "Solicitud de aprobación categoría Alimentos",
  """
Hola,

Queremos vender salsas picantes en la categoría de Alimentos y Gourmet. Tenemos registro de la FDA (Food Facility Registration 16782339014) y etiquetas en inglés según las reglas de la FDA.

Adjuntamos las facturas del fabricante, la ficha técnica de cada salsa y fotos de los productos. Por favor, nos dicen si falta algún documento.

Saludos,
Verónica Castro
Salsas La Abuela
""", lang="es", topic="grocery", dec=[("certificate-number", "16782339014")],
  notes="Spanish on US; category request")

M("poa-pricegoug-us-075", A, "price-gouging", "US", "native",
  "Fair Pricing appeal",
  """
Hello,

This is regarding our Fair Pricing Policy deactivation for N95 masks.

Our POA:

Cause: we relisted masks from old stock with a manual price of $64.99 for a 10-pack. I typed the price from a 50-pack listing by mistake.

Fix: we corrected all mask listings to $12.99 and refunded the price difference to the 4 customers who bought at the wrong price.

Ongoing: any price change above 25% now needs approval from me, and our listing software blocks prices higher than 2x our cost.

Regards,
Elaine Brooks
""", style="our-poa", rc="Cause:", co="Fix:", pr="Ongoing:",
  pol=["Fair Pricing Policy"], notes="our-poa, complete, short headings")

# ---------------------------------------------------------------- chunk 4

M("appeal-conduct-us-076", A, "seller-code-of-conduct", "US", "native",
  "Why was my account shut down??",
  """
I have been selling vintage vinyl records for nine years and woke up to find my account deactivated with a one-paragraph email. Nine years. No warning, no phone call, nothing. I am absolutely furious and honestly heartbroken. Whoever made this decision should be ashamed of themselves.

I answer every customer message myself. I pack every record myself. I have done nothing wrong and I will not beg a robot for my own business back. If this isn't fixed by Friday I am contacting my attorney and the Better Business Bureau.

Reinstate my account.

Walter Simmons
Spin Again Records
""", emo=["I am absolutely furious and honestly heartbroken.", "Whoever made this decision should be ashamed of themselves.", "If this isn't fixed by Friday I am contacting my attorney and the Better Business Bureau."],
  notes="no POA, no policy named, angry with threat")

M("appeal-idv-de-077", A, "identity-verification", "DE", "other-non-native",
  "Verification of identity - Section 3 of Business Solutions Agreement",
  """
Dear Seller Performance Team,

our account was deactivated under Section 3 of the Business Solutions Agreement because our bank statement could not be verified.

We uploaded again the bank statement of Sparkasse Köln from March 2026. The account holder name is exactly our company name "Rheinblick Handel UG". The account is IBAN DE27701640911220826926, the same as in our deposit method. The address on the statement is the same as in the Handelsregister extract (HRB 104512).

Please check the documents again and let us know if the quality of the scan is not good enough.

Mit freundlichen Grüßen
Sabine Krause
""", pol=["Section 3 of the Business Solutions Agreement"], sec=[("iban", "DE27701640911220826926")],
  dec=[("foreign-snippet", "Mit freundlichen Grüßen")],
  notes="identity verification appeal with no POA; full IBAN typed in text")

M("appeal-odr-gr-078", A, "odr", "UK", "other-non-native",
  "Second appeal - still no answer",
  """
Dear Amazon,

This is the fourth time that I write. I sent invoices, photos and explanation and every time I get the same answer that my appeal was not accepted, with no reason. I do not know what more I can do.

Please, if something is missing, tell me exactly what. A human person, please read my case. Our Order Defect Rate today is 0.4%, under the target.

Kind regards,
Yannis Christodoulou
""", pol=["Order Defect Rate"],
  notes="frustrated but calm follow-up; no POA; 'A human person, please read my case' read as a polite request, not emotional (judgment call)")

M("poa-patent-it-079", A, "ip-patent", "IT", "other-non-native",
  "Appeal for patent infringement complaint",
  """
Dear Seller Performance,

about the patent infringement complaint for our espresso tamper (patent EP3456789 cited by the complainant).

## Situation
We received the notice from Amazon on 4 March about the patent complaint.

## Actions
We will ask a patent lawyer to compare our tamper with the patent and we will remove the listing if he says that there is an infringement.

## Prevention
Before launching a new product we will do a patent search on Espacenet with the help of the lawyer.

Distinti saluti,
Alessandro Ferri
Caffè Strumenti srl
""", style="markdown", rc=None, co="Actions", done=False, pr="Prevention",
  pol=["patent infringement"], dec=[("patent-number", "EP3456789"), ("foreign-snippet", "Distinti saluti,")],
  notes="'Situation' restates the notice -> no root cause; actions only future -> not done")

M("poa-conduct-uk-080", A, "seller-code-of-conduct", "UK", "native",
  "Appeal - Seller Code of Conduct",
  """
Dear Seller Performance,

Thank you for reviewing our appeal under the Seller Code of Conduct.

1. What happened: Amazon found that we contacted buyers outside of Amazon.

**Actions completed**
- Deleted the customer e-mail list we had exported into Mailchimp.
- Closed the Mailchimp account entirely.
- Removed our website address from the packing inserts.

**Controls going forward**
- All buyer contact happens only through Buyer-Seller Messaging.
- Inserts are reviewed by two of us against the communication guidelines before printing.

Best regards,
Gemma Walsh
Walsh Stationery
""", style="mixed", rc=None, co="Actions completed", pr="Controls going forward",
  pol=["Seller Code of Conduct"],
  notes="mixed style (numbered + bold); 'What happened' only restates the finding -> no root cause")

M("poa-prohib-ie-081", A, "prohibited-seller-activities", "UK", "native",
  "Appeal: prohibited seller activities",
  """
Hello,

Our account was deactivated for prohibited seller activities: our packing slips asked buyers to contact us by email before leaving feedback.

Why it happened
We copied the wording from our Etsy shop template, where that request is normal. Nobody checked it against Amazon's rules.

What we fixed
The slips were reprinted the same day without the email request or our email address. Old stock of slips, about 1,500, was recycled.

How we make sure
The slip text is now saved in our listing handbook and cannot be changed without my sign-off. I read the prohibited seller activities page every quarter.

Go raibh maith agat,
Siobhán Byrne
Byrne Woollens, Galway
""", style="plain", rc="Why it happened", co="What we fixed", pr="How we make sure",
  pol=["prohibited seller activities"], dec=[("foreign-snippet", "Go raibh maith agat,")],
  notes="Irish seller; complete plain POA; Irish sign-off snippet")

M("poa-used-us-082", A, "used-sold-as-new", "US", "native",
  "Used sold as new - plan of action",
  """
Seller Performance Team,

Root cause: our warehouse put customer returns of headphones back on the "new" shelf when the outer box looked undamaged. Some units had been opened and used.

Prevention: every return now goes to a separate returns bay. A staff member inspects it with a checklist and it can only be listed as Used or sent back to the manufacturer. No return is ever re-sold as new.

We take the used sold as new complaints very seriously.

Thank you,
Chris Donovan
""", style="inline", rc="Root cause:", co=None, pr="Prevention:",
  pol=["used sold as new"],
  notes="nothing about units already sold or in stock -> corrective absent")

M("poa-related-ro-083", A, "related-accounts", "DE", "other-non-native",
  "Related accounts - plan of action",
  """
Dear Team,

CAUSE OF THE RELATION
Our company and the account of "BoxMax Trading" used the same accountant, who logged into both accounts from his office to download tax reports.

Actions:
1) We will change the accountant and remove his user permission.
2) We will ask him to delete our login from his browser.

Prevention:
- Only the two owners will have access, from our own office network.
- Reports for the accountant will be sent by e-mail as PDF, no login.

We hope you can see that we are not connected with the other company and that we follow the related accounts policy.

Mulțumim,
Bogdan Stan
""", style="mixed", rc="CAUSE OF THE RELATION", co="Actions:", done=False, pr="Prevention:",
  pol=["related accounts policy"], dec=[("foreign-snippet", "Mulțumim,")],
  notes="mixed caps + colon headings; actions only 'will' -> not done")

M("cover-odr-br-084", A, "odr", "US", "latam",
  "Appeal - ODR - POA attached",
  """
Hello Seller Performance team,

Thank you for your attention. We are sending attached our plan of action about the ODR of our account. In the document "Plano_de_Acao_ODR.pdf" we explain the root cause, what we have done, and the steps to prevent it.

We also attached the invoices of our supplier and the proof of delivery for the orders with claims.

We are at disposal for any question.

Atenciosamente,
Juliana Pereira
JP Utilidades
""", att=True, pol=["ODR"], dec=[("file-name", "Plano_de_Acao_ODR.pdf"), ("foreign-snippet", "Atenciosamente,")],
  notes="cover letter, POA attached")

M("list-count-tr-085", L, "counterfeit", "US", "turkish",
  "Listing B0D7XRM2QK removed - counterfeit",
  """
Hello,

Our listing B0D7XRM2QK (cotton socks 6-pack) was removed because of counterfeit claim.

What we did: we removed the inventory from FBA, and we sent the manufacturer invoices. We also changed the photos. The customer who complained received a full refund.

How we prevent: we will buy only from the brand owner and we keep all the documents.

Please reactivate our listing.

Thank you,
Cem Yıldız
""", style="inline", rc=None, co="What we did:", pr="How we prevent:",
  pol=["counterfeit claim"], dec=[("asin", "B0D7XRM2QK")],
  notes="no root cause at all")

M("list-safety-us-086", L, "product-safety", "US", "native",
  "Reinstatement request - ASIN B0C4NQWL7T",
  """
Hi team,

Our ASIN B0C4NQWL7T (kids' bike helmet) was deactivated pending safety documentation.

Corrective actions: We have uploaded the CPSC certificate (Children's Product Certificate) and the CPSIA test report from our lab. We updated the listing with the compliance statement.

Preventive actions: We keep a compliance folder for every children's product, and every new kids' item needs a CPC in hand before it is listed.

Please let me know if anything else is required.

Thanks,
Heather Collins
""", style="inline", rc=None, co="Corrective actions:", pr="Preventive actions:",
  pol=["CPSIA", "Children's Product Certificate"], dec=[("asin", "B0C4NQWL7T")],
  notes="no explanation of why the documents were missing -> no root cause")

M("list-listpol-in-087", L, "listing-policy", "IN", "indian",
  "Request to reinstate listing - POA",
  """
Dear Team,

Kindly find the POA for reinstatement of our listing B0CZ8LP4MN (brass diya set).

I. Root Cause: Listing was removed due to violation of listing policy as per the notification received.

II. Corrective Action: We have updated the title and removed the word "Free" from the bullet points.

III. Preventive Action: All listings will be reviewed by senior cataloguer before publishing. Training for the listing team has been done on 10th March.

Kindly revert.

Regards,
Rohit Bansal
""", style="numbered", rc=None, co="II. Corrective Action:", pr="III. Preventive Action:",
  pol=["listing policy"], dec=[("asin", "B0CZ8LP4MN")],
  notes="roman-numeral headings; root cause only restates the notification -> absent")

M("list-iptm-br-088", L, "ip-trademark", "US", "latam",
  "Reactivation of listing - trademark",
  """
Hello,

Our listing for havaianas-style flip flops was removed for trademark infringement.

ROOT CAUSE: We wrote "Havaianas style" in the title to describe the model. The brand owner complained.

PREVENTION: We will not use any brand name of other companies in our titles and keywords. Our team is now using a list of forbidden words in the listing tool.

Thank you and we wait for your answer.

Abraços,
Leonardo Martins
""", style="caps", rc="ROOT CAUSE:", co=None, pr="PREVENTION:",
  pol=["trademark infringement"], dec=[("foreign-snippet", "Abraços,")],
  notes="no corrective: the title is never said to be changed")

M("list-restr-gr-089", L, "restricted-products", "UK", "other-non-native",
  "Please reinstate our CBD-free hemp cream listing",
  """
Dear Amazon,

Our listing for hemp seed hand cream was removed as restricted product.

Root cause: The title said "Hemp Cream with Cannabis Sativa Seed Oil" and an image showed a cannabis leaf. This makes the system think it contains CBD, but our cream contains only cold pressed seed oil without CBD or THC.

Prevention: We have a lab certificate for 0% CBD and will attach it to every future hemp listing. We will not use the leaf in images.

Best regards,
Maria Antoniou
""", style="colon", rc="Root cause:", co=None, pr="Prevention:",
  pol=["restricted product"],
  notes="no corrective: title and image of this listing are not said to be changed")

M("list-cond-pl-090", L, "condition", "UK", "other-non-native",
  "Listing reinstatement - condition complaints",
  """
Dear Team,

Our listing B0CV3NWQ8R is blocked due to condition complaints (items received damaged).

Our POA:

The cause: the glass jars were packed without bubble wrap after our packaging supplier changed the box size.

What we are doing: we will add bubble wrap to all the units in FBA, and we will send a new shipment with better boxes next month.

Prevention: A drop test of 1 m is made for every new packaging before shipping to Amazon.

Regards,
Agnieszka Wójcik
""", style="our-poa", rc="The cause:", co="What we are doing:", done=False, pr="Prevention:",
  pol=["condition complaints"], dec=[("asin", "B0CV3NWQ8R")],
  notes="corrective only future -> not done")

M("list-listpol-us-091", L, "listing-policy", "US", "native",
  "Suppressed listing - missing information",
  """
Hello,

Our listing for a stainless steel cocktail shaker set was suppressed for missing required attributes.

1. Root Cause - When we created the listing through a flat file, the template we used was from 2024 and did not include the new material and capacity fields.

2. Corrective Action - We are going to download the new category template and re-upload the listing with all required fields this week.

3. Preventive Action - We will download a fresh template every quarter.

Thanks,
Ben Harper
""", style="numbered", rc="1. Root Cause -", co="2. Corrective Action -", done=False, pr="3. Preventive Action -",
  notes="no policy named ('suppressed for missing required attributes' is not a policy name); corrective future only")

M("list-pricegoug-tr-092", L, "price-gouging", "US", "turkish",
  "Listing deactivated for pricing",
  """
Hello Amazon,

Our listing for Turkish coffee pot was deactivated for Fair Pricing.

a) Reason: We set the price 89 USD for test and forgot to change it back to 29 USD.

b) Correction: We will change the price after the listing is reactivated.

c) Prevention: Prices will be checked by two persons before saving, and a test price is never used on live listings.

Thank you,
Oğuz Polat
""", style="lettered", rc="a) Reason:", co="b) Correction:", done=False, pr="c) Prevention:",
  pol=["Fair Pricing"], notes="correction conditional and future -> not done")

M("list-valid-mx-093", L, "listing-policy", "US", "latam",
  "Our listing is inactive, please help",
  """
Hello,

Our listing of "Talavera ceramic plate set" is inactive since 10 days. We sent 3 cases and no answer, it is very frustrating.

Reason: The listing had the wrong product type, "kitchen" instead of "home decor", and some required attributes were empty.

We already changed the product type and filled all attributes, but it is still inactive.

To prevent this we now use the Amazon category listing report to check every new item.

Thank you for your help,
Daniela Ortiz
""", style="none", rc="Reason:", co="We already changed the product type", pr="To prevent this",
  dec=[("mild-word", "it is very frustrating")],
  notes="no policy named; 'very frustrating' is a mild word in a calm letter; complete POA in prose")

M("list-inauth-uk-094", L, "inauthentic", "UK", "native",
  "ASIN B0D2MKX7QL reinstatement - inauthentic",
  """
Dear Seller Performance,

Please consider this plan of action for our ASIN B0D2MKX7QL, removed after an inauthentic complaint.

WHY
Our branded beard oil uses a new bottle since January, and one buyer who had bought the old design believed he received a fake.

WHAT WE DID
Uploaded the new packaging photos to the listing, added a line in the description about the new bottle, contacted the buyer, who accepted our explanation, and attached the manufacturing invoice.

NEXT TIME
Packaging changes will be announced on the listing one month before the new stock arrives, and images updated on day one.

Cheers,
Alfie Morgan
""", style="caps", rc="WHY", co="WHAT WE DID", pr="NEXT TIME",
  pol=["inauthentic complaint"], dec=[("asin", "B0D2MKX7QL")], notes="complete caps, one-word headings")

M("list-safety-ua-095", L, "product-safety", "DE", "other-non-native",
  "Listing power bank deactivated",
  """
Hello,

We have problem with our listing of power bank 20000 mAh. Amazon asked for UN38.3 test summary and safety data sheet, and we uploaded them but listing is still not active.

Plan: the root cause is that our old test summary was in the name of the factory and not with our brand name. We got a new UN38.3 summary with our brand on 2 April and uploaded it again with the SDS. In future every battery product will have documents with our brand before the first shipment to Amazon.

Дякую за допомогу,
Oleksandr Bondarenko
""", style="none", rc="the root cause is that", co="We got a new UN38.3 summary", pr="In future every battery product",
  dec=[("un-number", "UN38.3"), ("foreign-snippet", "Дякую за допомогу,")],
  notes="compact POA in one paragraph; no policy named (document request only) -> no-policy (judgment call)")

M("list-iptm-in-096", L, "ip-copyright", "IN", "indian",
  "Listing removed due to copyright - appeal",
  """
Respected Team,

Our listing of printed cotton cushion covers was removed due to copyright complaint from a design studio. Sir, we are so sorry, we are extremely sorry, we apologize from bottom of our heart, we are very very sorry for this mistake, please forgive us.

Root Cause: The print design was bought from a freelance designer who copied it from the studio.

Corrective Action: We have stopped production of this design and asked for removal of all 90 units.

Preventive Action: We will only use designs made by our in-house team.

Regards,
Pradeep Singh
""", style="colon", rc="Root Cause:", co="Corrective Action:", pr="Preventive Action:",
  pol=["copyright complaint"],
  emo=["we are extremely sorry, we apologize from bottom of our heart, we are very very sorry for this mistake, please forgive us"],
  notes="excessive apology -> emotional; POA complete")

M("list-drop-de-097", L, "drop-shipping", "UK", "other-non-native",
  "Angebot deaktiviert - Dropshipping",
  """
Hallo Amazon-Team,

unser Angebot für Gartenstühle wurde wegen Verstoß gegen die Dropshipping-Richtlinie deaktiviert.

Ursache: Der Hersteller hat drei Bestellungen direkt mit seinem eigenen Lieferschein verschickt, weil unser Lager voll war.

Maßnahmen: Wir haben die Zusammenarbeit für den Direktversand beendet und die Kunden informiert.

Vorbeugung: Alle Sendungen gehen ab jetzt aus unserem Lager mit unserem Lieferschein. Wenn das Lager voll ist, setzen wir den Bestand auf null.

Viele Grüße,
Markus Schulz
""", lang="de", style="colon", rc="Ursache:", co="Maßnahmen:", pr="Vorbeugung:",
  pol=["Dropshipping-Richtlinie"],
  notes="German on UK (German seller selling to UK); complete")

# ---------------------------------------------------------------- chunk 5

M("list-cond-us-098", L, "condition", "US", "native",
  "ASIN B0CX5RLT2N - condition complaints, plan of action",
  """
Hello,

Our listing for a ceramic pour-over coffee set, ASIN B0CX5RLT2N, was deactivated after condition complaints.

**Root cause**
Our 3PL changed from double boxing to a single mailer in February to save costs, without telling us. Eleven buyers received chipped or cracked carafes.

**What we've done**
We moved the product back to double boxing, replaced the eleven sets at no cost and checked 40 units at the 3PL, all intact.

We appreciate your review and hope to have the listing reactivated soon.

Best,
Laura Chen
""", style="bold", rc="Root cause", co="What we've done", pr=None,
  pol=["condition complaints"], dec=[("asin", "B0CX5RLT2N")],
  notes="no preventive part (nothing to stop the 3PL changing packing again)")

M("list-review-tr-099", L, "review-manipulation", "UK", "turkish",
  "Listing removed for reviews",
  """
Hello Amazon,

Our listing of linen tablecloth was removed because of review abuse. We found the reason.

Reason: A marketing agency we paid for "promotion" created fake reviews on our listing. We did not ask them to do this, but we are responsible.

Done: we ended the contract with the agency on 5 May, and reported all reviews that we think are from them via Report Abuse.

We understand the reviews policy now and we are sorry for the trouble.

Best regards,
Selin Aksoy
""", style="inline", rc="Reason:", co="Done:", pr=None,
  pol=["review abuse", "reviews policy"], dec=[("single-apology", "we are sorry for the trouble")],
  notes="'We understand the reviews policy now' is not a preventive measure -> preventive absent")

M("fba-inbound-us-100", F, "", "US", "native",
  "Inbound shipment damaged by carrier - FBA16RTQ8XWM",
  """
Hello FBA team,

Shipment FBA16RTQ8XWM arrived at ONT8 with 3 of 12 cartons crushed (partnered carrier, UPS, PRO number 347125896). Seller Central shows 36 units received as damaged.

This is the third reimbursement case I've opened for this shipment and each one gets closed with a template reply. I'm not sure what else I can send: the BOL, photos from our dock and the carrier's delivery scan are all attached.

Please reimburse the 36 damaged units.

Thanks,
Nicole Foster
""", topic="damaged-inbound",
  dec=[("shipment-id", "FBA16RTQ8XWM"), ("pro-number", "347125896")],
  notes="irritated but calm; 9-digit PRO number fails ABA check")

M("fba-wh-damaged-br-101", F, "", "US", "latam",
  "Reimbursement for warehouse damage",
  """
Hello,

In the Reimbursements report I see that Amazon reimbursed only 4 of the 9 units damaged in the warehouse (reimbursement ID 6281734590). The other 5 units are still shown as "Warehouse damaged" in the Inventory Ledger for FNSKU X004BRQ2KD.

Please check and reimburse the other 5 units. If you need, I can send the invoice.

For the payment, the account is Banco Itaú, agência 0341, conta 45872-3, in the name of Moda Rio Comércio Ltda.

Muito obrigado,
Bruno Almeida
""", topic="warehouse-damaged", sec=[("bank-account", "45872-3")],
  dec=[("reimbursement-id", "6281734590"), ("fnsku", "X004BRQ2KD")],
  notes="Brazilian bank account (agência/conta) shared; the branch number alone is not labeled")

M("fba-removal-us-102", F, "", "US", "native",
  "Removal order shipped to wrong address",
  """
Hi,

Removal order RMVL9QKT3L was shipped to our old warehouse address in Reno instead of our new one in Sparks, even though I updated the ship-from and return address on May 2. The carrier tracking is 1Z4E72W80312345678 and it shows delivered to the old address, which is now leased to another company.

Could you investigate and either recover the 120 units or reimburse them? Our contact number is (775) 555-0182.

Thank you,
Derek Lawson
""", topic="removal",
  dec=[("removal-order-id", "RMVL9QKT3L"), ("tracking-number", "1Z4E72W80312345678"), ("phone", "(775) 555-0182")],
  notes="calm removal issue")

M("fba-return-in-103", F, "", "IN", "indian",
  "Customer return - wrong item returned",
  """
Dear Seller Support,

For order 171-5523908-6627145 the customer has returned a different product (an old mixer grinder of another brand) instead of our new juicer. Return was accepted in FC and our item is lost. I am fed up now sir, every week same thing happens and nobody from Amazon is helping, we are losing lakhs of rupees, this is harassment only, I will close my business and go to court.

Kindly reimburse the juicer value as per FBA customer return policy.

Regards,
Rajesh Khanna
""", topic="customer-return", pol=["FBA customer return policy"],
  emo=["I am fed up now sir", "this is harassment only, I will close my business and go to court."],
  dec=[("order-id", "171-5523908-6627145")],
  notes="emotional anger and threat in reimbursement case")

M("fba-wh-lost-es-104", F, "", "UK", "other-non-native",
  "Unidades perdidas en el almacén",
  """
Hola,

En el informe de ajustes de inventario aparecen 22 unidades de nuestras sandalias (SKU SAND-38-BEIGE) como perdidas en el centro logístico MAD4 en abril. Ha pasado más de un mes y no hemos recibido ningún reembolso ni respuesta a nuestro caso anterior.

Por favor, revisen el caso. Para el pago pueden usar nuestra cuenta ES0947611292810984568870 (Banco Sabadell).

Gracias,
Pilar Domínguez
Alpargatas del Sur
""", lang="es", topic="warehouse-lost", sec=[("iban", "ES0947611292810984568870")],
  dec=[("sku", "SAND-38-BEIGE")],
  notes="Spanish on UK (Spanish seller, Pan-EU stock); IBAN with no label 'IBAN'")

M("tech-upload-de-105", T, "", "UK", "other-non-native",
  "Flat file upload error 8541",
  """
Hello Seller Support,

When I upload our inventory flat file (feed ID 51234019876) I get error 8541 for 34 SKUs. The message says the data conflicts with the existing ASIN, but these are our own brand products and the UPCs are ours (for example 840012345678).

I attached the processing report. Could you tell me which attribute is in conflict?

Vielen Dank,
Thomas Braun
Braun Outdoor
""", topic="listing-upload",
  dec=[("feed-id", "51234019876"), ("error-code", "8541"), ("upc", "840012345678"), ("foreign-snippet", "Vielen Dank,")],
  notes="calm technical; feed id and UPC are decoys")

M("tech-login-cn-106", T, "", "US", "native",
  "Locked out - sharing access details from our Shenzhen partner",
  """
Hello,

We are locked out of Seller Central after too many login attempts by our partner in Shenzhen. He has written down what he was using, in Chinese, in our shared document:

账号：ops@northstarlamps.com
密码是 NsL#88shenzhen

Can you unlock the account and send the reset link to my e-mail instead? I'm the primary user and the account owner.

Thanks,
Aaron Mitchell
Northstar Lamps
""", topic="login", sec=[("password", "NsL#88shenzhen")],
  notes="password after 密码是 in Chinese lines inside English text")

M("tech-payment-in-107", T, "", "IN", "indian",
  "Unable to add credit card for advertising",
  """
Dear Team,

We are trying to add our company Amex card for sponsored products payment but it is showing "invalid card". Kindly check from your end.

Card details: 3741 005761 87393, valid till 07/2030, the 4 digit code on the front is 8214. Card holder name: Shree Ganesh Traders.

Our IFSC for net banking is HDFC0001234 if required. Kindly resolve urgently as our campaigns are paused.

Thanks & Regards,
Vinod Reddy
""", topic="payment-method",
  sec=[("card", "3741 005761 87393"), ("card-expiry", "07/2030"), ("card-code", "8214")],
  dec=[("ifsc", "HDFC0001234")],
  notes="Amex 4-6-5 format with front 4-digit code; IFSC is a decoy")

M("tech-api-pl-108", T, "", "DE", "other-non-native",
  "SP-API authorization error for our app",
  """
Dear Developer Support,

Our private app (app ID amzn1.sp.solution.4c2f8e91-7a3b) gets error 403 "Unauthorized" when calling the Orders API since the update on 12 May. The refresh token was renewed yesterday and the IAM role is the same.

We have not shared any secret keys in this case on purpose. Can you tell us if the role ARN must be registered again after the update?

Best regards,
Piotr Mazur
""", topic="api",
  dec=[("app-id", "amzn1.sp.solution.4c2f8e91-7a3b"), ("error-code", "403")],
  notes="API issue; mentions secret keys without any value")

M("tech-report-tr-109", T, "", "US", "turkish",
  "Settlement report not downloading",
  """
Hello,

We cannot download the settlement report for the period 1-14 June (settlement ID 18562347091). The page shows "Report is being generated" for 5 days now.

Our accountant needs this report for the VAT declaration. Also the payment for this period did not arrive in our bank. Could you send the report by e-mail or check the problem?

Teşekkürler,
Gökhan Erdem
""", topic="report-error", dec=[("settlement-id", "18562347091"), ("foreign-snippet", "Teşekkürler,")],
  notes="calm report error")

M("tech-tax-ie-110", T, "", "UK", "native",
  "Tax interview keeps failing",
  """
Hi,

I'm an Irish sole trader selling on amazon.co.uk and the tax interview keeps rejecting my details. It asks for a US TIN even though I ticked "not a US person". I have tried three times and now it says I must wait 24 hours.

My PPS number is not something I want to type here, so can you tell me which form I should be getting, W-8BEN or something else?

Thanks a million,
Ciara Kavanagh
""", topic="tax-interview",
  notes="calm; 'PPS number' mentioned with no value")

M("brand-hijack-us-111", B, "", "US", "native",
  "Unauthorized sellers on our brand - Transparency",
  """
Hello,

We enrolled our brand "Ridgeline Knives" in Transparency in 2025. Three new sellers appeared on ASIN B0BQ7XWN4L last week with prices 40% below our MAP. Their units cannot have valid Transparency codes because we only issue them to our own production runs.

We ordered from one of them (order 113-8842097-3310456). The label on the box was a photocopy, code 7R2K9XQ4PL3N was already scanned 212 times.

Please investigate and remove these sellers.

Regards,
Jake Turner
Ridgeline Knives Inc.
""", topic="hijacker",
  dec=[("asin", "B0BQ7XWN4L"), ("order-id", "113-8842097-3310456"), ("transparency-code", "7R2K9XQ4PL3N")],
  notes="brand dispute with transparency code decoy")

M("brand-contrib-tr-112", B, "", "DE", "turkish",
  "Wrong brand name on our product page",
  """
Hello Brand Registry Team,

Our brand is "Ege Havlu", registered in Brand Registry. On 4 of our ASINs the brand name was changed to "EGE-HOME" by another contributor, and now our listing is not in our brand store anymore.

We tried to change it back but the system says "your contribution is under review" for 10 days. Please correct the brand field to "Ege Havlu" on all four ASINs; the list is attached.

Thank you very much,
Canan Kurt
""", topic="listing-contribution", notes="calm, no decoys")

M("brand-owner-in-113", B, "", "IN", "indian",
  "Brand Registry application rejected",
  """
Dear Brand Registry Team,

Our application for brand "VastraVeda" was rejected saying trademark is not matching. Our trademark is registered in India with application number 5123876 under class 25 and status is "Registered".

I am sharing the login of the trademark attorney portal so you can check yourself: user vastraveda_tm, password Veda@2026tm.

Kindly approve the application at the earliest.

Regards,
Kavita Desai
""", topic="brand-ownership", sec=[("password", "Veda@2026tm")],
  dec=[("trademark-number", "5123876")],
  notes="third-party portal password shared")

M("brand-patent-it-114", B, "", "IT", "other-non-native",
  "Patent evaluation request - competitor copy",
  """
Dear Amazon,

we hold European patent EP3901234 for our folding drying rack. A seller is selling a copy of our product on ASIN B0CN2LMQ7T and we would like to use the Amazon Patent Evaluation Express (APEX) procedure.

Please send us the agreement form. We agree to pay the evaluation fee with bank transfer.

Cordiali saluti,
Federica Conti
Stendi Facile srl
""", topic="brand-program", pol=["Amazon Patent Evaluation Express"],
  dec=[("patent-number", "EP3901234"), ("asin", "B0CN2LMQ7T"), ("foreign-snippet", "Cordiali saluti,")],
  notes="calm brand program request")

M("brand-hijack-uk-115", B, "", "UK", "native",
  "Hijacker again on our listing - this is killing us",
  """
Hello,

Another seller has jumped on our private label listing again (B0D1KPQ8ZR). This is the fourth time this month. We are honestly at breaking point. We have put everything we own into this brand and we are watching it be destroyed while nobody at Amazon lifts a finger. I cannot keep doing this, I'm not sleeping.

The seller is "QuickBuy Deals UK" and their product is a cheap copy. Our test buy order is 206-4471930-5528317.

Please remove them.
Rob Fletcher
""", topic="hijacker",
  emo=["We are honestly at breaking point.", "we are watching it be destroyed while nobody at Amazon lifts a finger", "I cannot keep doing this, I'm not sleeping."],
  dec=[("asin", "B0D1KPQ8ZR"), ("order-id", "206-4471930-5528317")],
  notes="despair in brand dispute")

M("cat-toys-uk-116", C, "", "UK", "native",
  "Toys & Games holiday selling - approval request",
  """
Hello,

We would like approval to sell in Toys & Games during the holiday period. Our account meets the performance requirements: ODR 0.2%, late dispatch 0.8%, pre-fulfilment cancel 0.1%, and our first sale was in March 2025.

We sell wooden puzzles made in our workshop in Devon, all CE/UKCA marked and tested to EN 71-1, 2 and 3. Test reports are attached.

Thank you,
Amy Holt
Holt & Hare Toys
""", topic="toys-holiday", pol=["ODR"], notes="calm category request; metrics named")

M("cat-auto-mx-117", C, "", "US", "latam",
  "Approval for Automotive category",
  """
Hello Category team,

We want to sell brake pads in the Automotive and Powersports category. We are distributor of a Mexican manufacturer with ISO 9001 certificate, and all products have part numbers like BP-4471-CER.

We send the invoices and the distribution letter. Please give us a chance, we are ready to send any other document you ask.

Saludos,
Arturo Gómez
Refacciones Gómez
""", topic="automotive", dec=[("mild-plea", "Please give us a chance"), ("foreign-snippet", "Saludos,")],
  notes="polite plea decoy in calm request")

M("cat-suppl-ro-118", C, "", "DE", "other-non-native",
  "Dietary supplements - category request follow-up",
  """
Hello,

Our request for dietary supplements was denied twice. We sell vitamin D3 drops made in EU by GMP certified factory. We sent the certificate of analysis, the GMP certificate and the label.

The answer says "documents are not sufficient" without explanation. Unfortunately we do not know what is wrong. Could you tell us which document is missing, please?

Thank you,
Ioana Dumitrescu
Vita Carpați SRL
""", topic="dietary-supplements", dec=[("mild-word", "Unfortunately")],
  notes="calm follow-up with mild word")

M("cat-watches-gr-119", C, "", "UK", "other-non-native",
  "Watches category approval",
  """
Dear Category Team,

We are an authorised retailer of two Swiss watch brands in Athens and want to sell watches on amazon.co.uk. We attach the retailer agreements, invoices for the last 90 days and photos of our shop.

Our bank reference letter is also attached. I did not write our bank account number here because I think it is not needed, but if you need it please tell me.

Με εκτίμηση,
Konstantinos Vlachos
""", topic="watches", dec=[("foreign-snippet", "Με εκτίμηση,")],
  notes="mentions account number with no value")

M("cat-fineart-us-120", C, "", "US", "native",
  "Fine Art application - additional documents",
  """
Hello,

Following up on our Fine Art category application. You asked for proof that we are an established gallery: we have attached our Santa Fe gallery lease, three exhibition catalogues, sample invoices from two artists we represent, and our resale certificate.

We handle certificates of authenticity for every piece we sell. Please let me know if anything else is needed.

Best regards,
Teresa Alvarez
Alvarez Contemporary
""", topic="fine-art", notes="calm category follow-up")

M("poa-odr-tr-121", A, "odr", "US", "turkish",
  "Account reactivation - ODR - POA inside",
  """
Dear Seller Performance,

Our Order Defect Rate is 1.3%. Our plan of action:

1) Root cause: 9 negative feedbacks came from customers who received rugs with a strong smell, because the rugs were packed before they dried after washing.

2) Actions taken: we refunded all 9 customers, we opened every box in our warehouse and aired 300 rugs, and we removed 40 rugs from FBA for checking.

3) Preventive steps: rugs now dry 48 hours in a ventilated room before packing, and the packer signs a form for each batch.

We sincerely ask you to give us chance to continue.

Saygılarımızla,
Hüseyin Güneş
""", style="numbered", rc="1) Root cause:", co="2) Actions taken:", pr="3) Preventive steps:",
  pol=["Order Defect Rate"], dec=[("mild-plea", "give us chance to continue"), ("foreign-snippet", "Saygılarımızla,")],
  notes="complete; polite plea decoy")

M("poa-iptm-in-122", A, "ip-trademark", "IN", "indian",
  "POA for IP complaint",
  """
Dear Team,

Please find below our POA regarding the complaint received on our listing of phone covers.

Root Cause: Our listing used the word "Apple" in the title to say compatible with iPhone 15.

Corrective Action: We have removed the word from title and bullet points of all 18 listings on 3rd July.

Kindly reactivate our account.

Regards,
Manish Chawla
""", style="colon", rc="Root Cause:", co="Corrective Action:", pr=None,
  notes="no preventive; 'the complaint received' / 'IP complaint' only in subject -> no policy in text")

# ---------------------------------------------------------------- chunk 6

M("poa-safety-us-123", A, "product-safety", "US", "native",
  "Appeal - product safety, space heater",
  """
Hello Seller Performance,

Below is our response to the product safety deactivation concerning our 1500W ceramic space heater.

Root cause
Our factory switched thermostat suppliers in Q2 without notifying us. The new thermostat cut off at a higher temperature than specified, which led to two customer reports of the housing getting too hot to touch.

Going forward
Any component change at the factory now requires our written approval. We have added a third-party inspection (pre-shipment, AQL 1.0) on every production run, and we will keep the ETL listing file updated with each change.

Thank you for your consideration.
Mark Reynolds
Reynolds Home Comfort
""", style="plain", rc="Root cause", co=None, pr="Going forward",
  pol=["product safety"],
  notes="no corrective part: nothing about the heaters in stock or already sold")

M("poa-late-it-124", A, "late-shipment", "IT", "other-non-native",
  "Appeal Late Shipment Rate",
  """
Dear Amazon,

our Late Shipment Rate was 5.3% in April.

CAUSE - the courier BRT did not collect the parcels for 4 days because of a strike, and we confirmed the shipment only when they came.

PREVENTION - we signed a contract also with GLS as second courier, so if one courier has a problem the other one collects. The warehouse confirms shipment in Seller Central only with the tracking from the courier scan.

We hope you can accept our explanation.

Cordiali saluti,
Stefania Greco
""", style="caps", rc="CAUSE -", co=None, pr="PREVENTION -",
  pol=["Late Shipment Rate"], dec=[("foreign-snippet", "Cordiali saluti,")],
  notes="no corrective: the late orders and buyers are never addressed (second courier is prevention)")

M("appeal-restr-br-125", A, "restricted-products", "US", "latam",
  "Account deactivated - I need help",
  """
Hello,

I received the message that my account is deactivated. I sell Brazilian coffee and açaí powder. I do not understand what is wrong with my products, they are natural and have all the documents from Brazil.

Can you please explain which product is the problem and what I need to do? I will do everything to fix it. I attach the certificate from the Ministério da Agricultura for the açaí.

Obrigada,
Camila Rocha
Sabor do Brasil Imports
""", dec=[("foreign-snippet", "Ministério da Agricultura")],
  notes="no POA, no policy named; calm request for details")

AUTHOR.write()
