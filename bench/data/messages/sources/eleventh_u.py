#!/usr/bin/env python3
"""Author U's messages for the eleventh set (written blind to the rules): texts and labels live here;
running this script rewrites messages/eleventh-b/u-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("u-", "eleventh-b")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1

M("poa-inauth-tr-001", A, "inauthentic", "US", "turkish",
  "Appeal for deactivation - Inauthentic item complaints - Anatolia Home Textile",
  """
Dear Seller Performance Team,

We are writing about the deactivation of our account because of the inauthentic complaints on our towel listings. We have reviewed all orders carefully and we present our plan of action below.

## Root Cause

Our towels for ASIN B0CK7TR2M4 were bought from a wholesaler in Denizli who was not the authorized distributor of the brand. We accepted his paper without checking with the brand owner. Also two customers received towels from a different production lot which had a different label, so they thought the item is fake.

## Corrective Actions

- We have removed all units of this brand from our inventory and created a removal order for the FBA stock.
- We have stopped working with the Denizli wholesaler and we did refund to both customers in full.
- We have contacted the brand owner directly and received an authorization letter, which we attached to this case.

## Preventive Measures

- From now, we buy only from the manufacturer or an authorized distributor, and for every new brand our purchasing manager must see the authorization letter before the first order.
- Every invoice is checked against the brand list each month by our compliance person, Elif Yılmaz.
- We will keep invoices for 365 days and match every lot number with the invoice.

We respect the inauthentic item policy of Amazon and we ask you to review our plan.

Best regards,
Murat Kaya
Anatolia Home Textile Ltd.
""", style="markdown", rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
  pol=["inauthentic item policy"], dec=[("asin", "B0CK7TR2M4")],
  notes="complete markdown POA from a Turkish seller; policy named in the last line; 'inauthentic complaints' in the opening is not the policy name but the labeled one is")

M("poa-late-mx-002", A, "late-shipment", "US", "latam",
  "Plan de accion / Plan of action Late Shipment Rate - Casa Oaxaca Imports",
  """
Hello Amazon team,

Thank you for the opportunity to explain. Our Late Shipment Rate goes to 9.2% in the last 30 days and the target is under 4%. Here our plan.

1. The cause of the problem
In October our only warehouse worker was sick for two weeks and nobody else knew how to print the labels and confirm the shipment in Seller Central. Many orders was shipped on time but confirmed late, and other orders was really shipped late.

2. What we are going to do
We will hire a second person for the warehouse in the next month. We will train my brother to confirm the shipments. We will also change the handling time from 1 day to 3 days in all the listings.

3. To avoid in the future
- Every morning at 9 am one person will check the Manage Orders page.
- We will use the Buy Shipping so the confirmation is automatic.
- If we have more than 40 orders in one day we close the shop for one day with holiday settings.

We hope this plan is enough. Thank you very much.

Saludos,
Alejandro Méndez
Casa Oaxaca Imports
""", style="numbered", rc="1. The cause of the problem", co="2. What we are going to do", done=False,
  pr="3. To avoid in the future", pol=["Late Shipment Rate"], dec=[("foreign-snippet", "Saludos,")],
  notes="corrective part is only future ('We will hire', 'We will train'): not done; Spanish sign-off in an English letter")

M("appeal-related-pk-003", A, "related-accounts", "US", "other-non-native",
  "Please reactivate my account I am begging",
  """
Respected Sir/Madam,

My account was deactivated yesterday and I don't understand why. I have only one account, I never open another one. My cousin is also selling on Amazon from the same city Lahore but we are separate businesses with separate bank and separate address.

Sir please I am begging you, this account is the only income for my family of seven people. I have invested all my savings in the inventory which is now sitting in your warehouse. If you do not open my account I will be finished, I have nothing left.

Kindly check again and please please reactivate my account. I will do whatever you say. I am ready to give any document, CNIC, utility bill, bank statement, anything.

I am waiting for your kind reply.

Thanks and regards,
Muhammad Usman Tariq
Tariq Traders
""", emo=["I am begging you", "If you do not open my account I will be finished, I have nothing left", "please please reactivate my account"],
  notes="no POA, no policy named (only 'another one'/'one account'); strong begging and despair")

M("poa-odr-us-004", A, "odr", "US", "native",
  "Reinstatement request - Order Defect Rate",
  """
Hello,

Our selling privileges were removed because our Order Defect Rate rose above 1%. Below is our plan of action.

ROOT CAUSE
We switched our packaging supplier in August. The new mailers were thinner and a number of ceramic mugs arrived broken, which led to negative feedback and six A-to-z claims in three weeks.

ACTIONS TAKEN
We went back to the original box supplier on September 12 and added a layer of corrugated inserts to every mug shipment. Every customer with a damaged mug has been refunded or sent a replacement, and we replied to each piece of negative feedback.

GOING FORWARD
We are very sorry for the trouble this caused our customers. This will not happen again and we are committed to providing a great experience to every buyer.

Thank you for your time and consideration.

Dana Whitfield
Owner, Kiln & Cup
""", style="caps", rc="ROOT CAUSE", co="ACTIONS TAKEN", pr=None, pol=["Order Defect Rate"],
  dec=[("single-apology", "We are very sorry for the trouble this caused our customers.")],
  notes="'GOING FORWARD' holds only an apology and a promise ('will not happen again'): no preventive measure")

M("cover-cc-uk-005", A, "counterfeit", "UK", "native",
  "Appeal - counterfeit complaint - account deactivated - POA attached",
  """
Dear Seller Performance,

Please find attached our plan of action responding to the counterfeit complaint received on 14 November regarding ASIN B09XQ2L7PN (stainless water bottles).

The attached document sets out why the complaint arose, what we have already done and the controls we have put in place. We have also attached supplier invoices from Harrow Wholesale Ltd for the last twelve months, the letter of authorisation from the brand, and photographs of the units in our Leeds warehouse.

Our order reference for the disputed sale is 203-4471928-3310662. We have refunded this buyer in full.

We would be grateful if you could review the documents and reinstate our account. We understand how seriously Amazon takes the Anti-Counterfeiting Policy and we share that view.

Kind regards,
Oliver Pembridge
Director, Pembridge Outdoor Ltd
""", att=True, pol=["Anti-Counterfeiting Policy", "counterfeit complaint"],
  dec=[("asin", "B09XQ2L7PN"), ("order-id", "203-4471928-3310662")],
  notes="cover letter, POA attached; hard negative for A016")

M("poa-review-pl-006", A, "review-manipulation", "UK", "other-non-native",
  "Appeal - review manipulation - BalticBrew",
  """
Good morning,

I am writing about the suspension of our account for violation of Community Guidelines on customer reviews.

**Reason of suspension**
Amazon found that we manipulated reviews on our coffee grinder. We received the notification on 3rd of November that our account is deactivated because of review abuse.

**What we have done already**
- We deleted the insert card from the box which was saying "5 stars = free coffee sample". We understand now it is not allowed.
- We destroyed the rest of the 1,200 printed cards.
- We stopped all contact with the customers outside of the Buyer-Seller Messaging.

**How we will make sure it do not happen again**
- All packaging and inserts are now checked by me before printing, against the Amazon rules for reviews.
- We use only the Request a Review button in Seller Central, nothing else.
- Every employee (we are four) read the Community Guidelines and signed that he understood.

Thank you for your time.

Z poważaniem,
Tomasz Wiśniewski
BalticBrew Sp. z o.o.
""", style="bold", rc=None, co="What we have done already", pr="How we will make sure it do not happen again",
  pol=["Community Guidelines"], dec=[("foreign-snippet", "Z poważaniem,")],
  notes="the 'Reason of suspension' section only restates the notice; the real cause (insert card) appears only inside corrective: labeled no root cause")

M("list-safety-co-007", L, "product-safety", "US", "latam",
  "Reinstatement of ASIN B0D3FJ8W1Q - product safety",
  """
Dear Amazon Team,

Our listing for the baby bath thermometer ASIN B0D3FJ8W1Q was deactivated for a product safety concern. We are very sorry for the inconvenience. Please see our explanation.

Root cause: Three customers said the battery cover can open easily and the small battery may be dangerous for children. We checked and the screw on the cover was missing in one production batch (lot 2026-07B) because the factory changed the assembly line.

Corrective actions: We have removed all 340 units from lot 2026-07B from FBA with a removal order and we destroyed them. We contacted the three buyers and refunded them. The factory sent us new units with the screw and we tested 50 pieces ourselves.

Preventive actions: Before every shipment, our quality agent in Shenzhen opens 5% of the boxes and checks the battery cover screw with a checklist. We also sent the product to a lab for ASTM F963 test again and we attach the certificate.

Muchas gracias,
Valentina Ríos
Ríos Baby Care SAS, Medellín
""", style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=["product safety"], dec=[("asin", "B0D3FJ8W1Q"), ("lot-number", "2026-07B"), ("single-apology", "We are very sorry for the inconvenience.")],
  notes="complete colon POA; 'product safety concern' counted as naming the policy loosely")

M("fba-lost-ro-008", F, "", "US", "other-non-native",
  "Shipment FBA17Q9XK4LT received 0 of 120 units",
  """
Hello Seller Support,

Our shipment FBA17Q9XK4LT was delivered to the fulfillment center ONT8 on 18 October. UPS tracking 1Z9W47E80398214472 shows delivered and signed. But in the Shipping Queue the shipment still shows 0 units received of 120 units, it is now more than 30 days.

I attach the proof of delivery from UPS and the commercial invoice for the 120 units (phone cases, SKU RO-PC-114).

Please can you investigate and reimburse the missing units if they are not found. The value on the invoice is 4.10 USD per unit.

Thank you in advance,
Andrei Popescu
Carpathia Gadgets SRL
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA17Q9XK4LT"), ("tracking-number", "1Z9W47E80398214472"), ("sku", "RO-PC-114")],
  notes="calm lost-inbound request with shipment ID and UPS tracking as decoys")

M("tech-login-eg-009", T, "", "UK", "other-non-native",
  "Cannot login - two step verification not arriving",
  """
Dear Support,

Since 3 days I cannot enter my Seller Central account. After I write the email and password, the page ask for the two step verification code but the SMS never come to my phone +20 100 555 4821.

I changed phone last month and maybe the old number is still in the account. To make it faster for you, my login is nour.elsayed.store@gmail.com and the password is Cairo#Nile2026, you can check yourself. Also one code arrived late this morning, it was 448213, maybe it helps.

Please help me fast because I have 60 orders waiting to ship.

Best regards,
Nour El-Sayed
Delta Crafts Egypt
""", topic="login",
  sec=[("password", "Cairo#Nile2026"), ("one-time-code", "448213")],
  dec=[("phone", "+20 100 555 4821"), ("password-word", "the email and password")],
  notes="password and an OTP given to support; 'email and password' before is only the word")

M("brand-hijack-tr-010", B, "", "DE", "turkish",
  "Hijacker on our brand listing - LaleTile",
  """
Dear Brand Registry Team,

We are the registered owner of the brand LaleTile (trademark EUTM 018745223). Since last week one seller with the name "BestDealz24" is selling on our listing ASIN B0BZ5R3QWL. We never sold to this company and the product they send is not ours, two buyers wrote us that the color is different and the tiles are thinner.

We made a test buy, order 302-8841275-6619034, and we have the photos of the product. It is clearly not our product, there is no logo on the back.

Could you please remove this seller from our listing and investigate? We can send any document you need.

Saygılarımızla,
Ayşe Demir
LaleTile Seramik A.Ş.
""", topic="hijacker",
  dec=[("asin", "B0BZ5R3QWL"), ("order-id", "302-8841275-6619034"), ("trademark-number", "018745223"), ("foreign-snippet", "Saygılarımızla,")],
  notes="hijacker report in English on DE; Turkish sign-off")

M("cat-grocery-ca-011", C, "", "CA", "native",
  "Request for approval - Grocery & Gourmet Food",
  """
Hi there,

We are a small maple syrup producer in Quebec's Eastern Townships and would like to be approved to sell in the Grocery & Gourmet Food category on amazon.ca.

Our application was declined last week with the note that the invoice did not show our business address. We have now uploaded a new invoice from our glass bottle and label supplier which shows the same legal name and address as our seller account, together with our CFIA licence number and the nutrition facts label for the 500 ml bottle.

Could you let us know whether anything else is missing? We are happy to provide product photos showing the lot code and best-before date on every bottle.

Thanks very much,
Claire Beaulieu
Sucrerie Beaulieu Inc.
""", topic="grocery",
  notes="calm ungating follow-up from a native writer")

M("poa-cond-ru-012", A, "condition", "US", "other-non-native",
  "Appeal: used condition complaints, account Volga Books",
  """
Hello,

Unfortunately we had many complaints that books we sold as "Used - Very Good" came with writing inside and broken spines. We understand this is against the condition guidelines. Our plan of action is below.

A) Why it happened
We buy used books in big lots from libraries. One employee graded all books from one lot of 900 books only by the cover, without opening them, because he wanted to finish faster.

B) What we did
- We pulled all 412 remaining books of that lot from FBA and graded every book again by hand.
- 157 books are now listed as "Acceptable" and 61 are recycled.
- We refunded all 23 customers who complained and told them to keep the book.

C) How we prevent it
- Every book is now opened and 10 pages checked at random before listing, and the grader write his initials on the sticker.
- A second person checks 1 book from every 20 books.
- We printed the condition guidelines and put them on the wall near the grading table.

Thank you,
Dmitri Sokolov
Volga Books LLC
""", style="lettered", rc="A) Why it happened", co="B) What we did", pr="C) How we prevent it",
  pol=["condition guidelines"], dec=[("mild-word", "Unfortunately")],
  notes="complete lettered POA; 'Unfortunately' in a calm letter")

M("poa-drop-es-013", A, "drop-shipping", "US", "latam",
  "Apelación - política de dropshipping",
  """
Estimado equipo de Amazon,

Les escribo sobre la desactivación de mi cuenta por incumplir la política de dropshipping. Presento mi plan de acción.

Por qué pasó
Algunos pedidos fueron enviados directamente por otra tienda en línea cuando nosotros no teníamos stock. El paquete llegaba con la factura y el nombre de esa tienda, no con el nuestro.

Lo que ya corregimos
Cancelamos la relación con esa tienda el 2 de noviembre. Todo el inventario ahora está en nuestra bodega en Guadalajara y cada paquete sale con nuestra factura. Bajamos la cantidad de las ofertas sin stock a cero.

Cómo lo vamos a prevenir
Revisamos el inventario todos los lunes y si un producto baja de 10 unidades lo pausamos. Solo compramos a fabricantes que nos venden a nosotros y nosotros enviamos al cliente.

Gracias por su atención,
Fernando Castillo
Distribuidora Castillo
""", lang="es", style="plain", rc="Por qué pasó", co="Lo que ya corregimos", pr="Cómo lo vamos a prevenir",
  pol=["política de dropshipping"],
  notes="complete POA written in Spanish on US: non-English defect")

M("poa-price-us-014", A, "price-gouging", "US", "native",
  "Appeal - Fair Pricing Policy - hand sanitizer listings",
  """
Hello Seller Performance team,

This is our response to the notice that our prices on hand sanitizer violated the Fair Pricing Policy.

Root cause: our repricing tool was set with a maximum price of zero, which it treats as "no ceiling". When competing offers went out of stock in early October, it raised our 8 oz bottle from $4.99 to $31.50.

What we've done: we switched off automated repricing on all 64 SKUs the same day we got the notice, set every sanitizer back to its prior price, and refunded the price difference to the 19 customers who ordered at the raised price.

Prevention: every SKU in the repricer now has a hard ceiling of 120% of its 90-day average price, and the tool emails me and my operations manager whenever a price moves more than 15% in a day. I review that report every morning before anything else.

Thank you,
Greg Lindqvist
Northstar Supply Co.
""", style="inline", rc="Root cause: our repricing tool", co="What we've done:", pr="Prevention:",
  pol=["Fair Pricing Policy"], notes="compact inline POA, complete")

M("poa-track-bg-015", A, "valid-tracking", "UK", "other-non-native",
  "Appeal for Valid Tracking Rate - Rila Outdoor",
  """
Dear Amazon,

Our POA: the root cause
Our Valid Tracking Rate dropped to 81% because we sent many parcels with Bulgarian Post standard service, which has tracking only until the border. After the parcel arrives in the UK, the tracking number is not scanned any more, so Amazon can not see it.

Our POA: the prevention
From 1 December all orders will go only with DPD or Royal Mail Tracked 48 from our partner warehouse in Coventry. We will check every Monday the Valid Tracking Rate in the Account Health page, and if one carrier is below 95% we stop using it.

We hope you accept our plan and give us chance to continue selling.

Regards,
Georgi Ivanov
Rila Outdoor EOOD
""", style="our-poa", rc="Our POA: the root cause", co=None, pr="Our POA: the prevention",
  pol=["Valid Tracking Rate"], dec=[("mild-plea", "give us chance to continue selling")],
  notes="no corrective part at all (nothing fixed for current orders); prevention is concrete; mild plea in calm letter")

M("fba-whdmg-pe-016", F, "", "US", "latam",
  "Units damaged in fulfillment center - request reimbursement",
  """
Good afternoon,

In my Inventory Adjustments report I see that 14 units of my alpaca scarves (FNSKU X002KQ7M1B) were marked as "Damaged at Amazon fulfillment center" on 4 and 5 November, but I did not receive any reimbursement until now.

The scarves are in a plastic bag each one, it is strange they are damaged, but ok. I only ask for the reimbursement according to the FBA policy for warehouse damage. The sales price is 39.90 USD.

Also I see 3 units in "Unfulfillable" with the reason "Warehouse damaged". Can you please confirm if these are included?

Thank you so much for your help,
Lucía Quispe
Andes Textiles Perú
""", topic="warehouse-damaged",
  dec=[("fnsku", "X002KQ7M1B")], notes="calm warehouse-damaged claim; policy named loosely ('FBA policy for warehouse damage')")

M("tech-deposit-tr-017", T, "", "UK", "turkish",
  "Deposit method cannot be verified",
  """
Hello,

We try to add our new company bank account as deposit method in Seller Central, but every time we get the error "We could not verify this bank account". Our bank is Garanti BBVA in Istanbul.

The details we enter are: IBAN TR240006200000129834567122, account holder Bosphorus Leather Ltd Şti, SWIFT TGBATRISXXX. The name is exactly the same like in our registration.

We are waiting the disbursement since 2 weeks because of this problem. Please check what is wrong and tell us what we must do.

Thank you,
Emre Aksoy
Bosphorus Leather
""", topic="deposit-method",
  sec=[("iban", "TR240006200000129834567122")], dec=[("swift-code", "TGBATRISXXX")],
  notes="full IBAN pasted into the case; SWIFT code is not a secret")

M("poa-restricted-uk-018", A, "restricted-products", "UK", "native",
  "Account appeal - restricted products (laser pointers)",
  """
Dear Seller Performance team,

Thank you for the chance to respond to the deactivation relating to our listings for Class 3B laser pointers, which are covered by the Restricted Products policy.

The problem happened because our product researcher copied listings from our US catalogue into the UK store in bulk during September. Nobody checked that the higher-power models were not permitted for sale in the UK. We had no internal step that compared new listings to Amazon's restricted categories.

We have already deleted all eleven laser listings from the UK store, created a removal order for the 230 units held at BHX4, and confirmed the remaining catalogue contains no other laser products above Class 2.

To make sure this never happens again, every listing copied from another marketplace now goes into a holding sheet first. Our compliance lead checks each item against the UK restricted products pages and signs it off before it goes live, and we re-check the whole catalogue each quarter.

Yours sincerely,
Hannah Corby
Brightwell Tools Ltd
""", style="none", rc="The problem happened because", co="We have already deleted", pr="To make sure this never happens again",
  pol=["Restricted Products policy"], notes="complete POA with no headings")

M("appeal-cancel-cl-019", A, "cancel-rate", "US", "latam",
  "Appeal about cancellation rate",
  """
Hello dear Amazon team,

I received the message that my account is deactivated because my Pre-fulfillment Cancel Rate is 6%. I think this is because of the earthquake warnings in Santiago in October, our courier stopped working for some days and I had to cancel some orders.

Now everything is normal again, the courier is working and I have the stock. I am a small seller with only 30 products, wooden toys made by hand by my family.

I would be very thankful if you can please give me the opportunity to sell again, I promise I will be more careful.

Muchas gracias y saludos cordiales,
Camila Fuentes
Juguetes Fuentes
""", pol=["Pre-fulfillment Cancel Rate"],
  dec=[("mild-plea", "please give me the opportunity to sell again"), ("foreign-snippet", "Muchas gracias y saludos cordiales,")],
  notes="explanation but no plan of action (no corrective steps, 'more careful' is a promise); polite plea, not emotional")

M("poa-iptm-eg-020", A, "ip-trademark", "US", "other-non-native",
  "Appeal - trademark infringement complaint ID 9918273645",
  """
Dear Sir or Madam,

Regarding the trademark infringement complaint (complaint ID 9918273645) from the owner of the brand "SunPeak" about our listing of phone holders, we present our plan of action.

1) Root cause of the complaint
We used the word "SunPeak" in our listing title and keywords because we thought it is a general word for car sun visor holders. We did not search the trademark database before creating the listing.

2) Immediate actions we took
- We deleted the word from the title, bullet points and backend keywords of ASIN B0CT3M8NHF on the same day.
- We wrote to the rights owner and apologised; we attach the email where he confirms he will retract the complaint.

3) Long-term actions
- Before any new listing, our listing employee must search the word in the USPTO trademark database and save a screenshot in our listing folder.
- Once a month I check all our titles with a brand list.

Thank you for your understanding.

Best regards,
Karim Hassan
Nile Mobile Accessories
""", style="numbered", rc="1) Root cause of the complaint", co="2) Immediate actions we took", pr="3) Long-term actions",
  pol=["trademark infringement"], dec=[("complaint-id", "9918273645"), ("asin", "B0CT3M8NHF")],
  notes="complete numbered POA; complaint ID is a 10-digit decoy")

# ---------------------------------------------------------------- chunk 2

M("poa-cf-tr-021", A, "counterfeit", "US", "turkish",
  "APPEAL - COUNTERFEIT - PLEASE FORGIVE US",
  """
Dear Amazon Seller Performance Team,

We are so so sorry. We apologize again and again, we are deeply ashamed and we apologize one thousand times for this mistake. Please forgive us, we never wanted to sell counterfeit products.

ROOT CAUSE
The sunglasses (ASIN B0C8LW2TQX) were bought from a trade fair in Istanbul. The seller showed us a catalogue of the brand and said he is distributor, but later we learned he is not. We did not ask him for an authorization letter.

CORRECTIVE ACTIONS
We removed all 85 units from FBA (removal order ID 7KX29QPLMB). We deleted the offer. We refunded the four customers who complained about counterfeit.

PREVENTIVE ACTIONS
We will buy brand products only with an authorization letter which we confirm by phone with the brand company. Every month the owner of the company checks the supplier list. We have also joined a training about the Anti-Counterfeiting Policy of Amazon.

Again, we are so sorry, sorry, sorry. We beg you to give us one more chance.

Saygılarımızla,
Hakan Öztürk
Öztürk Optik
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  pol=["Anti-Counterfeiting Policy"],
  emo=["We apologize again and again, we are deeply ashamed and we apologize one thousand times for this mistake", "we are so sorry, sorry, sorry", "We beg you to give us one more chance"],
  dec=[("asin", "B0C8LW2TQX"), ("removal-order-id", "7KX29QPLMB"), ("foreign-snippet", "Saygılarımızla,")],
  notes="complete POA but excessive apology and begging: emotional")

M("poa-inauth-us-022", A, "inauthentic", "US", "native",
  "Appeal - inauthentic item complaint - account suspended",
  """
Hello,

We are appealing the suspension of our account following customer complaints that our phone chargers were inauthentic.

## What went wrong
We honestly do not know why these customers reported the chargers as inauthentic. All of our stock comes from the same supplier we have used for three years and we have never had a complaint before.

## What we have done
- We pulled the remaining 410 units of ASIN B0B7TQ4ZHD from sale and opened a removal order.
- We contacted each of the customers and issued full refunds.
- We sent our supplier invoices and the letter of authorization to your team with this appeal.

## How we will prevent it
- Every new shipment from the supplier will be inspected on arrival and compared to a reference unit from the brand.
- We will keep supplier invoices and authorization letters in one folder so they can be supplied within 24 hours.

We respect Amazon's policy on inauthentic items and appreciate your review.

Regards,
Ben Ashford
Ashford Electronics LLC
""", style="markdown", rc=None, co="What we have done", pr="How we will prevent it",
  pol=["Amazon's policy on inauthentic items"], dec=[("asin", "B0B7TQ4ZHD")],
  notes="'What went wrong' says 'we do not know why': no root cause")

M("poa-odr-ro-023", A, "odr", "UK", "other-non-native",
  "Request to reactivate the account - Transilvania Home",
  """
Hello dear team,

Our account was deactivated because we had too many negative feedbacks and claims from buyers in October. We want to show how we will solve this.

Cause: our courier in Cluj lost 37 parcels in one week when they moved to new depot, and the buyers did not receive the lamps, so they opened claims and left bad feedback.

Actions: We will contact every buyer again and offer refund or new lamp. We will change the courier to a bigger one with better tracking, we are now talking with two companies. We will also pack the lamps in double boxes.

Prevention: Every week we will check the performance of the courier, if more than 1% of the parcels are late or lost we change it. One person will answer all buyer messages in less than 12 hours, also on weekend.

Thank you,
Ioana Mureșan
Transilvania Home SRL
""", style="colon", rc="Cause:", co="Actions:", done=False, pr="Prevention:",
  notes="no policy/metric named ('negative feedbacks and claims' only); corrective part is all 'We will': not done")

M("poa-inauth-tr-024", A, "inauthentic", "US", "turkish",
  "Hesap itirazı - orijinal olmayan ürün şikayeti",
  """
Sayın Amazon Satıcı Performans Ekibi,

Hesabımız orijinal olmayan ürün şikayeti nedeniyle kapatıldı. Aşağıda eylem planımızı sunuyoruz.

1. Sorunun nedeni
Parfüm ürünlerini İzmir'deki bir toptancıdan aldık. Toptancının markanın yetkili distribütörü olmadığını sonradan öğrendik. Faturalarda marka adı yoktu ve biz bunu kontrol etmedik.

2. Aldığımız önlemler
Bu toptancıdan alınan tüm ürünleri satıştan kaldırdık ve depo için kaldırma talebi oluşturduk. Şikayet eden üç müşteriye para iadesi yaptık. Markanın Türkiye distribütörü ile görüşerek yeni bir sözleşme imzaladık.

Bir daha böyle bir şey olmayacak, size söz veriyoruz.

Saygılarımızla,
Serkan Yıldız
Yıldız Kozmetik
""", lang="tr", style="numbered", rc="1. Sorunun nedeni", co="2. Aldığımız önlemler", pr=None,
  pol=["orijinal olmayan ürün şikayeti"],
  notes="Turkish on US; no preventive section, only a promise ('Bir daha böyle bir şey olmayacak'): missing preventive")

M("tech-card-us-025", T, "", "US", "native",
  "Card declined when updating charge method",
  """
Hi,

I'm trying to update the credit card on file for my monthly subscription fee and Seller Central keeps rejecting it with "There was a problem with your payment method." The card works everywhere else.

Here are the details so you can check on your end: Visa 4526 0181 5908 3012, expires 11/29, CVV 683. Name on card is Rachel Nunez, billing ZIP 78704.

I've tried Chrome and Safari and cleared my cache. My account is going to be charged on the 5th and I don't want my listings to go inactive because of a failed payment.

Thanks,
Rachel Nunez
Hill Country Candle Co.
""", topic="payment-method",
  sec=[("card", "4526 0181 5908 3012"), ("card-expiry", "11/29"), ("card-code", "683")],
  dec=[("postcode", "78704")], notes="full card, expiry and CVV pasted; ZIP is a decoy")

M("list-usn-pk-026", L, "used-sold-as-new", "US", "other-non-native",
  "Reinstate listing ASIN B0CJ4K2WPZ - used sold as new",
  """
Dear Amazon Team,

Kindly reinstate our listing of the bluetooth headphones ASIN B0CJ4K2WPZ which was removed for complaints of used sold as new.

a) Root cause
Some customer returns were put back in our stock in Karachi without checking, and these units were sent again to new customers as new. Two customers found the box was opened and there was makeup on the ear pads.

b) Preventive measures
- All returns now go to a separate shelf marked "RETURNS - DO NOT SELL AS NEW".
- Our warehouse supervisor check every returned unit and if the seal is broken, it is listed only as Used or sent back to supplier.
- Every month we will do audit of the stock.

We assure you that this issue is fully resolved. Thanks and regards,

Ahmed Raza
Raza Electronics
""", style="lettered", rc="a) Root cause", co=None, pr="b) Preventive measures",
  pol=["used sold as new"], dec=[("asin", "B0CJ4K2WPZ")],
  notes="nothing done about the affected units/customers: no corrective part; 'issue is fully resolved' is only an assertion")

M("fba-return-bg-027", F, "", "US", "other-non-native",
  "Customer return not received - refund given",
  """
Hello,

For order 113-7729104-5518236 the customer got a full refund on 2 October, but the item (a rose oil gift set, FNSKU X003BF91QA) was never returned to the fulfillment center. It is now more than 45 days.

Same problem for order 114-2280367-9915024, refund 12 October, no return.

According to the FBA customer returns policy we should be reimbursed when the item is not returned in time. Please check both orders and reimburse.

Thank you,
Petar Dimitrov
Kazanlak Rose Naturals
""", topic="customer-return",
  dec=[("order-id", "113-7729104-5518236"), ("order-id", "114-2280367-9915024"), ("fnsku", "X003BF91QA")],
  notes="calm customer-return reimbursement request with two order IDs")

M("appeal-idv-mx-028", A, "identity-verification", "MX", "latam",
  "Solicitud de reactivación - verificación de identidad",
  """
Hola equipo de Amazon,

Mi cuenta de vendedor fue suspendida porque no pasé la verificación de identidad. El sistema dice que el documento no es legible, pero yo subí mi INE por los dos lados con buena luz.

Ya subí otra vez el documento hoy, también el comprobante de domicilio de CFE a nombre de mi negocio y el estado de cuenta bancario. Todos tienen la misma dirección en Puebla.

¿Me pueden decir qué más necesitan? Estoy disponible para la videollamada en cualquier horario.

Gracias,
Rosa María Hernández
Artesanías Talavera Hernández
""", lang="es", pol=["verificación de identidad"],
  notes="Spanish on its own marketplace (MX): no non-English defect; identity appeal with no POA (no-poa)")

M("poa-review-us-029", A, "review-manipulation", "US", "native",
  "Appeal - review manipulation",
  """
Hello,

This letter answers the deactivation notice citing our violation of Amazon's Customer Product Reviews policy.

Why it happened
Our marketing contractor ran a Facebook group where buyers were refunded after posting a review. We did not review what the contractor was doing day to day.

What we fixed
We ended the contract on November 2, had the group deleted, and removed every product page link it had shared. We reported the reviews tied to that group through the Brand Registry tools.

How we prevent it
No outside agency may contact customers for us. All review requests now go only through the Request a Review button. I personally sign off on any marketing activity, in writing, before it starts.

Sincerely,
Jordan Pike
Pike Fitness Gear
""", style="plain", rc="Why it happened", co="What we fixed", pr="How we prevent it",
  pol=["Customer Product Reviews policy"], notes="short complete plain-headed POA")

M("poa-restr-eg-030", A, "restricted-products", "AE", "other-non-native",
  "طلب إعادة تفعيل الحساب - منتجات مقيدة",
  """
فريق أداء البائعين المحترم،

تم إيقاف حسابنا بسبب بيع منتجات مقيدة وهي مكملات غذائية لإنقاص الوزن. نقدم لكم خطة العمل التالية.

سبب المشكلة
قام الموظف المسؤول عن رفع المنتجات بإضافة ثلاثة أنواع من المكملات دون أن يراجع قائمة المنتجات المقيدة في أمازون الإمارات، لأنه ظن أنها مسموحة مثل المنتجات في مصر.

الإجراءات التي اتخذناها
حذفنا جميع القوائم الثلاث فوراً، وطلبنا إزالة المخزون من مستودع دبي، وأوقفنا رفع أي منتج جديد حتى نراجع الكتالوج كاملاً.

كيف نمنع تكرار ذلك
كل منتج جديد يراجعه مدير الامتثال قبل النشر، ونراجع سياسة المنتجات المقيدة كل شهر، وقد دربنا الموظفين على القواعد.

مع خالص الشكر،
أحمد عبد الرحمن
شركة النيل للتجارة
""", lang="ar", style="plain", rc="سبب المشكلة", co="الإجراءات التي اتخذناها", pr="كيف نمنع تكرار ذلك",
  pol=["سياسة المنتجات المقيدة"],
  notes="Arabic on AE: accepted second language, no non-English defect; complete POA")

M("cat-jewelry-ru-031", C, "", "US", "other-non-native",
  "Approval for Fine Jewelry category",
  """
Hello,

We want to sell our silver and gold jewelry in the Fine Jewelry category. Our company make jewelry since 2011 in Yerevan and we sell already on our own web site and on Etsy.

We send you: the hallmark certificates from the assay office for 925 silver and 585 gold, our business license, invoices from the metal supplier, and photos of the products with the stamps.

Please tell us if there is anything more we need. We read that there is a fee for the category, we are ready to pay it.

Best wishes,
Armen Petrosyan
Ararat Gold Jewelry
""", topic="jewelry", notes="calm category approval request from a Russian-speaking seller")

M("brand-contrib-us-032", B, "", "US", "native",
  "Listing contribution rejected - brand owner cannot update images",
  """
Hi Brand Registry team,

We own the brand Ridgeline Packs (registered, US serial number 97563210). For the past two weeks every image update we submit for ASIN B0CQ9TZ3VD is rejected, while another seller's older images keep appearing on the detail page.

We submitted the new images through Manage Your Catalog and also through the brand's Listing Contribution form. Both show "Accepted" for a day and then revert. The case number from last time was 17390551862, which was closed without resolution.

Could you please set our contributions as the authoritative source for this ASIN? We are happy to provide the trademark registration certificate again.

Thanks,
Megan Holt
Ridgeline Packs
""", topic="listing-contribution",
  dec=[("trademark-number", "97563210"), ("asin", "B0CQ9TZ3VD"), ("case-id", "17390551862")],
  notes="calm brand contribution issue; serial and case numbers as decoys")

M("poa-relacc-co-033", A, "related-accounts", "US", "latam",
  "Appeal - related accounts - I am desperate",
  """
Dear Seller Performance,

I am desperate, I cannot sleep or eat since the account was closed. My whole life is in this business and I feel that everything is lost.

**What caused the link**
My ex-partner Andrés had an account that was closed in 2024. When we separated the company, I kept the same laptop and the same internet router in our office in Bogotá, so Amazon saw the link with his account.

**What we will correct**
I will buy a new computer only for my account and I will change the internet provider. I will also send you the document of the separation of the company from the Cámara de Comercio.

**Future prevention**
Nobody else will use my computer or my network. I will keep all devices separate and I will never again share any access with other sellers.

Please, this is my only hope.

Daniela Ortiz
Ortiz Home Decor
""", style="bold", rc="What caused the link", co="What we will correct", done=False, pr="Future prevention",
  emo=["I am desperate, I cannot sleep or eat since the account was closed", "I feel that everything is lost", "Please, this is my only hope."],
  notes="despair; corrective part only future ('I will buy', 'I will change'): not done; no policy named (related accounts only in the subject)")

M("poa-gouge-pl-034", A, "price-gouging", "DE", "other-non-native",
  "Appeal - price gouging - Fair Pricing",
  """
Dear Team,

We received the information that our prices of FFP2 masks were too high and this violates the Amazon Fair Pricing Policy. Please see our plan.

1 - Root cause
We had only 200 boxes left and our supplier in Łódź raised the price three times in October. We raised our price in the same percentage without thinking that the customer price is then much higher than the usual one.

2 - Corrective actions done
The prices were set back to 12.90 EUR per box on 28 October. We refunded the difference to 41 customers, the list is in the attachment.

3 - Prevention
We understand the rule now and we will be more careful with the prices. It will not happen again.

Best regards,
Katarzyna Nowak
PolMed Supplies
""", style="numbered", rc="1 - Root cause", co="2 - Corrective actions done", pr=None,
  pol=["Fair Pricing Policy"],
  notes="'Prevention' is only a promise ('more careful', 'will not happen again'): missing preventive")

M("tech-upload-tr-035", T, "", "US", "turkish",
  "Error 8560 when uploading inventory file",
  """
Hello Seller Support,

When we upload our flat file for home textiles we get for all 48 rows the error 8560 "SKU does not match any ASIN and contains invalid value(s) for attributes required for creation of a new ASIN". The feed ID is 51872039463.

We filled the product type, brand, item type keyword and the EAN codes. The same file worked last month. I also changed the password of the account last week after your security email, I don't know if this is related.

Please check the file (attached: towels_upload_v3.xlsm) and tell us which column is wrong.

Teşekkürler,
Burak Şahin
Ege Tekstil
""", topic="listing-upload",
  dec=[("error-code", "8560"), ("feed-id", "51872039463"), ("password-word", "changed the password"), ("file-name", "towels_upload_v3.xlsm"), ("foreign-snippet", "Teşekkürler,")],
  notes="listing upload error; 'changed the password' with no value")

M("cover-inauth-cl-036", A, "inauthentic", "US", "latam",
  "Appeal inauthentic - plan of action attached",
  """
Dear Seller Performance team,

Unfortunately our account was deactivated on November 9 for inauthentic item complaints on our wine accessories. We have prepared a complete plan of action that explains the root cause, the actions we already took and the measures to prevent it, and we attached it to this case as a PDF (POA_Valparaiso_Wines.pdf).

We also attached the invoices of our supplier in Santiago and the letter from the brand that we are authorized resellers.

If you need more information, we can answer in 24 hours. Thank you for your time.

Best regards,
Ignacio Vargas
Valparaíso Wine Gear SpA
""", att=True, pol=["inauthentic item complaints"],
  dec=[("mild-word", "Unfortunately"), ("file-name", "POA_Valparaiso_Wines.pdf")],
  notes="cover letter, POA attached; 'inauthentic item complaints' counted as naming the violation")

M("poa-safety-ru-037", A, "product-safety", "US", "other-non-native",
  "Appeal for account - product safety of space heaters",
  """
Hello,

Our account was suspended for product safety concerns about our space heaters (ASIN B0CR6WJ2KT). Here is our plan of action.

ROOT CAUSE
The heaters did not have the automatic shut-off when tipped over, and we did not know this is required. The factory made the model cheaper and removed this function without telling us.

**Corrective steps already taken**
1. We recalled all units: removal order for 640 units from FBA and we contacted 212 buyers with the offer of full refund.
2. We reported the issue through the product safety form and stopped all orders to this factory.

**Prevention**
1. Each new model is tested by a UL lab before the first shipment, and we keep the report.
2. We sign with the factory a contract that they cannot change any component without our written permission.
3. We check a random sample of each new container with a tip-over test.

With respect,
Sergei Volkov
Volkov Home Appliances Inc.
""", style="mixed", rc="ROOT CAUSE", co="Corrective steps already taken", pr="Prevention",
  pol=["product safety"], dec=[("asin", "B0CR6WJ2KT")],
  notes="mixed caps and bold headings; complete")

M("appeal-odr-uk-038", A, "odr", "UK", "native",
  "Absolutely unacceptable suspension",
  """
To whoever reads these,

Your system has suspended an account that has been trading for nine years because of six complaints, four of which were about Royal Mail losing parcels. Nobody at Amazon has bothered to look at the actual orders. This is a disgrace.

I have sent three emails already and received copy-paste replies each time. If this is not reversed by Friday I will be contacting my solicitor and taking legal action against Amazon for the lost sales, and I will be going to the press as well. I am sick of being treated like a criminal.

I expect a response from a human being.

Martin Greaves
Greaves Garden Supplies
""", emo=["This is a disgrace.", "I will be contacting my solicitor and taking legal action against Amazon", "I am sick of being treated like a criminal."],
  notes="angry threats; no POA; no policy named")

M("fba-inb-mx-039", F, "", "US", "latam",
  "Damaged boxes at inbound - please reimburse to my bank",
  """
Hello,

Our shipment FBA18D2VP7WQ arrived at the fulfillment center FTW1 on 21 October and the receiving says 26 units damaged (ceramic talavera plates). The boxes left our warehouse in perfect condition and the carrier BOL is 704518233.

Please reimburse the damaged units. Because I have a negative balance in the seller account, I prefer that you pay directly to my bank: Chase, routing 021000021, account number 483920177615, name Javier Moreno.

Thank you very much,
Javier Moreno
Talavera Moreno Imports
""", topic="damaged-inbound",
  sec=[("routing-number", "021000021"), ("bank-account", "483920177615")],
  dec=[("shipment-id", "FBA18D2VP7WQ"), ("bol-number", "704518233")],
  notes="routing and account number given; 9-digit BOL is a decoy (fails ABA)")

M("poa-cancel-pe-040", A, "cancel-rate", "US", "latam",
  "Plan of action - cancellation rate",
  """
Dear Amazon team,

Thank you for reading our plan of action for the Cancellation Rate that is 7.8%.

Our POA - Root cause:
We sell the same alpaca blankets on our web page and on Amazon, and the stock was not connected. When the web page sold the last units, Amazon still showed stock, and we had to cancel 19 orders.

Our POA - Actions completed:
We connected both stores with an inventory software (we use Sellbrite since 10 November). We reduced every Amazon offer by 2 units as a safety stock. All 19 buyers were refunded and received a message of explanation.

Our POA - Prevention:
The inventory is synchronized every 15 minutes. Every Friday we make a physical count and compare with the software. If a product goes below 5 units, it is automatically paused on Amazon.

Thank you for your consideration.

Diego Huamán
Inca Weaves
""", style="our-poa", rc="Our POA - Root cause:", co="Our POA - Actions completed:", pr="Our POA - Prevention:",
  pol=["Cancellation Rate"], notes="complete our-poa style")

# ---------------------------------------------------------------- chunk 3

M("poa-late-uk-041", A, "late-shipment", "UK", "native",
  "Late Dispatch Rate - plan of action",
  """
Dear Seller Performance,

Thank you for your message regarding our account's Late Dispatch Rate.

A. Summary of the issue
As stated in your notification, our Late Dispatch Rate for the 30 days to 15 November was 6.1%, above the 4% target, and our selling privileges have been suspended as a result.

B. Steps we have taken
- We moved our dispatch cut-off from 4pm to 1pm so that every order is packed the same day it arrives.
- We have set the handling time on our bulky items (garden furniture) to three days.
- We have confirmed dispatch on all open orders and contacted customers whose orders were delayed.

C. Preventing a repeat
- A dispatch report is checked at 12:30 every working day by our warehouse manager, and any order at risk is escalated.
- We now hold two weeks of packaging stock on site.

Kind regards,
Stephen Marlow
Marlow Garden Living
""", style="lettered", rc=None, co="B. Steps we have taken", pr="C. Preventing a repeat",
  pol=["Late Dispatch Rate"],
  notes="section A only restates the notice (metric and threshold): no root cause")

M("appeal-vtr-tr-042", A, "valid-tracking", "US", "turkish",
  "Request for reinstatement - Kapadokya Ceramics",
  """
Dear Sir/Madam,

We received a message that our selling privileges are removed. We are a small family company from Nevşehir and we sell handmade ceramic bowls since 2022.

We always ship our orders with a tracking number and we never had a problem with our customers. Unfortunately some of the carriers here do not update the tracking in the USA after the parcel leaves Türkiye, maybe this is the reason.

We kindly ask you to look again at our account and give us a chance to continue our business. We are ready to follow every instruction you give us.

Best regards,
Zeynep Arslan
Kapadokya Ceramics
""", dec=[("mild-word", "Unfortunately"), ("mild-plea", "give us a chance to continue our business")],
  notes="no POA, no policy/metric named ('tracking number' is not the Valid Tracking Rate policy); calm, mild plea")

M("poa-cond-mx-043", A, "condition", "US", "latam",
  "Plan de acción - quejas por condición del producto",
  """
Buenas tardes equipo de Amazon,

Recibimos la notificación sobre las quejas de condición de nuestros artículos de cocina reacondicionados.

Causa principal: las licuadoras reacondicionadas se publicaron como "Renewed" pero algunas venían con rayones y sin manual, y nuestro técnico no las revisaba todas porque teníamos mucho trabajo en temporada.

Acciones correctivas: vamos a revisar todas las unidades que están en el almacén de Amazon y vamos a retirar las que tengan rayones. También vamos a contactar a los clientes que se quejaron para ofrecer el reembolso.

Medidas preventivas: cada licuadora tendrá una lista de revisión firmada por el técnico, con fotos, antes de enviarla a FBA. Un supervisor revisará una de cada diez unidades.

Atentamente,
Gabriela Torres
Cocina Renovada MX
""", lang="es", style="inline", rc="Causa principal:", co="Acciones correctivas:", done=False, pr="Medidas preventivas:",
  notes="Spanish on US; corrective only future ('vamos a revisar'): not done; no policy named ('quejas de condición' is the complaint, not a policy)")

M("tech-2sv-pl-044", T, "", "UK", "other-non-native",
  "Locked out - please help to reset 2SV",
  """
Hello,

I am locked out from Seller Central since Monday. The Authenticator app was on my old phone which is broken, and the backup phone number is the number of my former employee.

I can give you everything to confirm it is me. The last code which the app showed before the phone broke was kod: 83 41 92, and my current password is Wisla_2026!krk if you need to log in and change the settings.

My company is Vistula Amber Sp. z o.o., I have the invoices and registration documents ready. Please tell me the fastest way.

Dziękuję,
Agnieszka Kowalczyk
""", topic="login",
  sec=[("one-time-code", "83 41 92"), ("password", "Wisla_2026!krk")],
  dec=[("foreign-snippet", "Dziękuję,")], notes="OTP in spaced format after Polish 'kod:'; password given")

M("poa-ipcopy-us-045", A, "ip-copyright", "US", "native",
  "Appeal - copyright infringement notice on product images",
  """
Hello,

This is our plan of action in response to the copyright infringement notice (complaint ID 8102947736) on our yoga mat listings.

Root cause:
A freelancer we hired to redo our listings used lifestyle photos from a competitor's website instead of our own product shoot. We did not ask where the images came from before we uploaded them.

Corrective actions:
We removed every image the freelancer supplied from all 14 ASINs on November 6 and replaced them with photos from our own shoot, which we own outright. We contacted the rights owner, apologized, and he has confirmed in writing that he is withdrawing the complaint.

Preventive actions:
Any image or text from an outside contractor now comes with a signed statement of origin, and we keep the raw files from every shoot on our drive. I review every image change before it is published.

Thank you for your time,
Alicia Moreno
Lotus Flow Yoga
""", style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=["copyright infringement"], dec=[("complaint-id", "8102947736")], notes="complete colon POA")

M("poa-drop-pk-046", A, "drop-shipping", "UK", "other-non-native",
  "Appeal - dropshipping policy - Please have mercy",
  """
Respected Amazon Team,

With folded hands I request you, please have mercy on me. I am a new seller and I did not know the rules, I swear to God I did not do it on purpose.

1. Reason of violation
I was buying products from another online store and they were sending to my customers with their invoice. I did not know this is against the dropshipping policy of Amazon.

2. How I will prevent in future
- I will not buy any product from retail websites.
- I will only sell products which are in my own stock or in FBA.
- I will read all the policies of Amazon before doing any business.

Please sir, my family depends on this, I will be ruined if my account is not restored.

Regards,
Bilal Ahmed Khan
BK Global Store
""", style="numbered", rc="1. Reason of violation", co=None, pr="2. How I will prevent in future",
  pol=["dropshipping policy"],
  emo=["With folded hands I request you, please have mercy on me", "I swear to God I did not do it on purpose", "I will be ruined if my account is not restored"],
  notes="no corrective part (open orders, customers not addressed); pleading and despair")

M("list-lp-ro-047", L, "listing-policy", "US", "other-non-native",
  "Reactivation of suppressed listing - prohibited keywords",
  """
Hello,

Our listing for the lavender essential oil (ASIN B0CW7K4PRD) was removed because the description had claims which are not allowed by the Amazon listing policy for health claims.

**Root cause**
In the description we wrote that the oil "treats insomnia and anxiety". Our copywriter took this from the supplier's brochure in Romania, where such text is common. We did not know it is a medical claim.

**Actions we have completed**
We rewrote the title, bullets and description on 12 November and removed all the words like "treats", "cures" and "heals". We checked our other 22 listings and corrected three more with similar words.

**Prevention for the future**
We made a list of forbidden words, and every new listing is checked with this list by a second person before publishing. We will also review all listings every 3 months.

Thank you,
Cristina Dumitrescu
Lavanda Carpați SRL
""", style="bold", rc="Root cause", co="Actions we have completed", pr="Prevention for the future",
  pol=["listing policy for health claims"], dec=[("asin", "B0CW7K4PRD")], notes="complete bold POA for a listing")

M("fba-whlost-tr-048", F, "", "US", "turkish",
  "Lost units in fulfillment center - reimbursement not received",
  """
Dear Seller Support,

In the inventory ledger for FNSKU X002ZP4H8N (Turkish coffee set) I see that 22 units were marked as "Lost" in the fulfillment center MDW2 on 29 September. After 30 days they were not found, but I received reimbursement only for 9 units (reimbursement ID 2849013375).

Could you please check the remaining 13 units? The value should be the same as the 9 units.

I attach the screenshot of the ledger.

Thank you and have a nice day,
Mehmet Çelik
Çelik Bakır
""", topic="warehouse-lost",
  dec=[("fnsku", "X002ZP4H8N"), ("reimbursement-id", "2849013375")], notes="calm partial reimbursement follow-up")

M("appeal-rel-ru-049", A, "related-accounts", "US", "other-non-native",
  "Апелляция - деактивация аккаунта",
  """
Здравствуйте, уважаемая команда Amazon,

Наш аккаунт был деактивирован из-за нарушения политики о связанных аккаунтах. Мы не понимаем, с каким аккаунтом нас связали. У нас только один аккаунт продавца, и мы никогда не открывали второй.

Возможно, проблема в том, что наш бухгалтер работает также с другой компанией и заходил в Seller Central со своего ноутбука. Мы готовы предоставить все документы: регистрацию компании, выписку из банка, договор аренды офиса.

Пожалуйста, сообщите нам, что именно нужно сделать, чтобы восстановить аккаунт.

С уважением,
Алексей Морозов
ООО «Северный Ветер»
""", lang="ru", pol=["политики о связанных аккаунтах"],
  notes="Russian on US: non-English; no POA (guesses at a cause but no actions)")

M("tech-api-us-050", T, "", "US", "native",
  "SP-API authorization failing for our private app",
  """
Hi,

Our private SP-API application (app ID amzn1.sp.solution.7c1e4b02-9a3f-4d21-8b6e-5f0a2c9d3e17) started returning "Unauthorized - Access to requested resource is denied" on the Orders API yesterday at about 3pm Eastern. Nothing on our side changed.

The refresh token still exchanges for an access token successfully, and the Reports API works fine, so it looks like the Orders role may have been dropped. Our developer profile shows the role as approved.

Our merchant token is A2HX8QZ51K0P3L. Could you check whether the role assignment was reset? We can rotate the LWA client secret if that helps, but we didn't want to do that without knowing it's the cause.

Thanks,
Priya Kaur
Lighthouse Commerce LLC
""", topic="api",
  dec=[("app-id", "amzn1.sp.solution.7c1e4b02-9a3f-4d21-8b6e-5f0a2c9d3e17"), ("merchant-token", "A2HX8QZ51K0P3L")],
  notes="API issue; app ID and merchant token are not secrets; 'client secret' named without value")

M("poa-scoc-eg-051", A, "seller-code-of-conduct", "UK", "other-non-native",
  "Appeal regarding Seller Code of Conduct",
  """
Dear Seller Performance Team,

We received your notification that our account was deactivated for violation of the Seller Code of Conduct.

Our POA: What happened
Amazon found that our account did not follow the Seller Code of Conduct and our selling privileges were removed on 10 November.

Our POA: Actions we took
- We stopped sending any messages to buyers asking them to change or remove their feedback.
- We deleted the message template which offered a partial refund in exchange for removing negative feedback.
- All staff attended a session about the code of conduct on 14 November.

Our POA: Keeping it from happening again
- Only the manager can send messages to buyers, using approved templates only.
- Every template is checked against the Seller Code of Conduct before use.

Thank you for your consideration.

Best regards,
Omar Farouk
Pyramids Home Goods
""", style="our-poa", rc=None, co="Our POA: Actions we took", pr="Our POA: Keeping it from happening again",
  pol=["Seller Code of Conduct"],
  notes="'What happened' only restates the notice; the cause (feedback template) shows only in actions: no root cause")

M("brand-own-cl-052", B, "", "US", "latam",
  "Brand ownership - another account enrolled our brand",
  """
Hello Brand Registry,

We are the owners of the trademark "Andes Spirit" registered in INAPI Chile and in the USPTO (registration 7214508). We tried to enroll in Brand Registry but the system says the brand is already enrolled by another account.

We never gave permission to anybody. We think it is our old distributor in Miami who had our products until 2025. Now he controls the listings and changes our images.

We attach the certificate of registration and our ID. Please help us to recover the brand.

Atentamente,
Sebastián Rojas
Andes Spirit SpA
""", topic="brand-ownership",
  dec=[("trademark-number", "7214508"), ("foreign-snippet", "Atentamente,")], notes="brand ownership dispute, calm")

M("cat-toys-tr-053", C, "", "US", "turkish",
  "Approval for Toys & Games during holiday season",
  """
Hello,

We are a wooden toy maker in Bursa and we would like to sell in Toys & Games during the holiday period. Our request was denied two times, which is a bit frustrating, because we sent the CPC certificate both times.

This time we attach: the Children's Product Certificate, test reports for ASTM F963 and CPSIA lead content from an accredited lab, invoices for 500 units, and photos of the packaging with the tracking label.

Please let us know what is missing if it is not enough.

Best regards,
Selin Koç
Koç Ahşap Oyuncak
""", topic="toys-holiday", dec=[("mild-word", "a bit frustrating")], notes="calm follow-up with mild word")

M("poa-odr-bg-054", A, "odr", "US", "other-non-native",
  "Plan of action for ODR",
  """
Dear Amazon Team,

Our ODR is 2.3% and the account is under review. Here our plan of action.

ROOT CAUSE OF THE DEFECTS
Our yoghurt makers had a defect in the power cable, after 2 weeks the cable was getting hot. 14 customers left negative feedback and 5 opened A-to-z claim.

CORRECTIVE PLAN
- We will send to all buyers of the last 60 days an email and offer a free new cable.
- We will remove the remaining stock from the fulfillment center and check every unit.
- We will ask the factory to change the cable supplier.

PREVENTIVE PLAN
- Every new batch will be tested 48 hours before we send it to Amazon.
- We will keep a list of all complaints and every week check if a problem repeats.

Thank you,
Nikolay Georgiev
Balkan Kitchen Ltd
""", style="caps", rc="ROOT CAUSE OF THE DEFECTS", co="CORRECTIVE PLAN", done=False, pr="PREVENTIVE PLAN",
  pol=["ODR"], notes="corrective part only future: not done; 'ODR' alone counts as naming the policy")

M("cover-rel-us-055", A, "related-accounts", "US", "native",
  "Related account deactivation - appeal and POA attached",
  """
Hello,

I'm writing to appeal the deactivation of my account under the related accounts policy. Unfortunately it seems my account was linked to my sister's account because she briefly used my home Wi-Fi while visiting over the summer.

I've attached a plan of action (Plan_of_Action_Harper.docx) that walks through the cause, the steps I've taken and the safeguards I've put in place, along with a utility bill, my business license and a letter from my sister confirming her account is a separate business.

Please let me know if anything further would help.

Best,
Lauren Harper
Harper & Hearth
""", att=True, pol=["related accounts policy"],
  dec=[("mild-word", "Unfortunately"), ("file-name", "Plan_of_Action_Harper.docx")],
  notes="cover letter with POA attached")

M("poa-usn-co-056", A, "used-sold-as-new", "US", "latam",
  "Appeal - used sold as new complaints",
  """
Good morning Seller Performance,

We have received complaints from customers that they received used products sold as new. We take this seriously and here is our plan.

The problem happened because our warehouse in Cali received returns from our own website, and one employee mixed them with the new stock before the shipment to FBA. The blenders had no seal, so the customers saw they were used.

We have already checked all 180 units in FBA with a removal order, 23 were used and we sold them as used on our website. The affected customers were refunded and we apologised to each one.

We are fully committed to Amazon's policies on product condition and we promise this will never happen again.

Atentamente,
Juan Pablo Restrepo
Restrepo Appliances
""", style="none", rc="The problem happened because", co="We have already checked", pr=None,
  pol=["Amazon's policies on product condition"],
  notes="no preventive measure: only a commitment and a promise")

M("fba-removal-ru-057", F, "", "US", "other-non-native",
  "Removal order shipped to wrong address",
  """
Hello,

Our removal order 8FJ2KQW71Z was shipped with UPS 1Z4A7R290368412255 but it was delivered to the old address of our prep center, not to the new one. The prep center is in Shenzhen now and the address in Seller Central is correct.

Our prep center manager wrote me in WeChat, I paste here so you can see the situation:
"货没收到，旧仓库已经关了。你可以登录我们的系统查一下，账号 volgaprep，密码是 Zx88prep!2026，能看到入库记录。"

Can you please investigate with UPS and reimburse if the units are lost?

Thank you,
Irina Kuznetsova
Volga Trade Group
""", topic="removal",
  sec=[("password", "Zx88prep!2026")],
  dec=[("removal-order-id", "8FJ2KQW71Z"), ("tracking-number", "1Z4A7R290368412255")],
  notes="password inside a pasted Chinese chat line (密码是); English message")

M("appeal-psa-pe-058", A, "prohibited-seller-activities", "US", "latam",
  "My account was closed",
  """
Hello,

My account was closed and I don't know what to do anymore. I feel like my world is collapsing. I worked three years to build this store and now in one day everything is gone.

The message says something about actions that are not allowed, but I always followed the rules. I never asked a customer to buy outside Amazon. Maybe my assistant put our Instagram in the package inserts, I don't know.

Please, I need my account back. I can't go on like this. Please help me, I have nobody else to ask.

Rodrigo Salazar
Tienda Inca Lima
""", emo=["I feel like my world is collapsing", "I can't go on like this", "Please help me, I have nobody else to ask"],
  notes="despair; no POA; no policy named ('actions that are not allowed' is too vague)")

M("poa-cf-ro-059", A, "counterfeit", "UK", "other-non-native",
  "Contestație - reclamație produse contrafăcute",
  """
Stimată echipă Amazon,

Contul nostru a fost suspendat din cauza unei reclamații pentru produse contrafăcute. Vă prezentăm planul nostru de acțiune.

## Cauza
Am cumpărat căștile de la un distribuitor din București care nu era autorizat de producător. Nu am verificat lista distribuitorilor oficiali.

## Ce am făcut deja
Am scos toate cele 120 de bucăți din depozitul Amazon și am închis oferta. Am rambursat integral cei doi clienți și am încheiat colaborarea cu acel distribuitor.

## Cum prevenim
Cumpărăm numai de la distribuitori care apar pe site-ul oficial al mărcii și păstrăm toate facturile. Managerul nostru verifică fiecare furnizor nou înainte de prima comandă.

Cu stimă,
Mihai Stan
Electro Stan SRL
""", lang="ro", style="markdown", rc="Cauza", co="Ce am făcut deja", pr="Cum prevenim",
  pol=["reclamații pentru produse contrafăcute"],
  notes="complete POA in Romanian on UK: non-English")

M("tech-tax-mx-060", T, "", "US", "latam",
  "Tax interview keeps failing - W-8BEN-E",
  """
Hello,

I am completing the tax interview for my company in Monterrey and at the end the system says "Your tax information could not be validated". I chose W-8BEN-E because we are a Mexican company without US presence.

Our RFC is DIM190412KL7 and the name is exactly as in the SAT registration: Diseños Industriales Monterrey S.A. de C.V. I tried four times with the same result. I also saw a field for "US TIN", which we don't have, I left it empty.

Can you please tell me what I am doing wrong?

Thank you,
Luis Garza
""", topic="tax-interview",
  dec=[("tax-id", "DIM190412KL7")], notes="tax interview; Mexican RFC tax ID is a decoy")

# ---------------------------------------------------------------- chunk 4

M("list-iptm-tr-061", L, "ip-trademark", "US", "turkish",
  "Listing removed - trademark complaint - ASIN B0D1HV7XQM",
  """
Hello Amazon,

Our listing ASIN B0D1HV7XQM (copper cezve coffee pot) was removed because of a trademark complaint. Please find our plan.

Root cause: We are not sure why the complaint was made. Our brand name "Galata Bakır" is registered in Türkiye and we think the other company made a mistake.

Corrective action: We removed the word "Ottoman" from the title because we learned it is part of the complainant's brand name, and we sent a message to the rights owner with our registration papers. He did not answer yet.

Preventive action: For every new title we will search the USPTO database and the Brand Registry brand list, and our manager approves every title before it goes online.

Teşekkür ederiz,
Cem Aydın
Galata Bakır
""", style="colon", rc=None, co="Corrective action:", pr="Preventive action:",
  pol=["trademark complaint"], dec=[("asin", "B0D1HV7XQM"), ("foreign-snippet", "Teşekkür ederiz,")],
  notes="'Root cause' says 'we are not sure why': not a root cause")

M("list-safety-us-062", L, "product-safety", "US", "native",
  "Listing reinstatement - magnetic building set",
  """
Hello,

Please see our plan of action for the deactivated listing for our magnetic building tiles, ASIN B0CZ8N1TLW, which was removed under the Children's Products safety requirements.

## Investigation
Two reports described a tile cracking and exposing a small magnet. We traced both to a production run from June in which the factory used a thinner ABS shell to save material.

## Actions completed
- All remaining units from the June run (1,140) were removed from FBA and destroyed; the disposal confirmation is attached.
- Both customers were refunded and we followed up by phone.
- The factory has returned to the original shell spec, confirmed by a third-party lab test (ASTM F963-23, report attached).

## Long-term controls
- Each production run is drop- and torque-tested by our inspection agent before it leaves the factory.
- Any change to materials requires our written approval and a new lab report.

Thank you,
Sam Okafor
BrightBlock Toys Inc.
""", style="markdown", rc="Investigation", co="Actions completed", pr="Long-term controls",
  pol=["Children's Products safety requirements"], dec=[("asin", "B0CZ8N1TLW")], notes="complete markdown listing POA")

M("list-rest-mx-063", L, "restricted-products", "US", "latam",
  "Reactivate my listing please - CBD",
  """
Hi Amazon team,

My listing of hemp seed oil for skin was deactivated. I understand that the problem is the word "CBD" in the keywords and the picture with the cannabis leaf.

1) Why this happened
The designer made the picture and I did not check it. In Mexico the hemp products are sold with this kind of images, so I thought it is normal.

2) Correction
I will change the main image for a new one without the leaf. I will delete the word CBD from the keywords and the bullets. I will send the lab report that shows there is no CBD in the oil.

3) Prevention
Every image and every keyword will be checked by me before uploading, against a list of prohibited words that I made from the help pages.

Thanks a lot,
Mariana Aguilar
Natural Cáñamo MX
""", style="numbered", rc="1) Why this happened", co="2) Correction", done=False, pr="3) Prevention",
  notes="corrective steps all 'I will': not done; no policy named (the word 'CBD' is not a policy)")

M("list-cf-pk-064", L, "counterfeit", "US", "other-non-native",
  "URGENT!!! listing closed for no reason",
  """
Dear Team,

Why you are closing my listing again and again??? This is the third time in one month that my listing of leather wallets is closed for counterfeit. I am the manufacturer, I make these wallets in my own factory in Sialkot, how can they be counterfeit??

I am losing thousands of dollars every day and nobody is listening to me. I am totally fed up with this system. If this continues I will close my business and tell every seller in Pakistan to never trust Amazon.

Please reopen ASIN B0CMW2K7RS immediately.

Faisal Mehmood
Sialkot Leather Works
""", pol=["counterfeit"],
  emo=["Why you are closing my listing again and again???", "I am totally fed up with this system", "If this continues I will close my business and tell every seller in Pakistan to never trust Amazon."],
  dec=[("asin", "B0CMW2K7RS")], notes="angry listing appeal with no POA; names the counterfeit complaint")

M("list-price-ca-065", L, "price-gouging", "CA", "native",
  "Pricing error listing deactivation",
  """
Hi,

Our listing for the 20 L jerry can (ASIN B0BVK3TQ7Z) was deactivated under the Fair Pricing Policy after a storm warning in Nova Scotia.

What happened
We use a feed from our supplier that updates prices automatically. The supplier entered a price of $189.99 instead of $18.99 during their own system update and our feed picked it up on October 29.

What we fixed
The price was corrected to $18.99 within a few hours of your notice. The two customers who ordered at the wrong price were refunded the difference.

What comes next
We apologize for the mistake and appreciate your understanding. We value our customers and our relationship with Amazon.

Regards,
Tyler MacNeil
Maritime Outdoor Supply
""", style="plain", rc="What happened", co="What we fixed", pr=None, pol=["Fair Pricing Policy"],
  dec=[("asin", "B0BVK3TQ7Z"), ("single-apology", "We apologize for the mistake")],
  notes="'What comes next' has no preventive measure at all (apology and goodwill only)")

M("list-inauth-eg-066", L, "inauthentic", "UK", "other-non-native",
  "Reinstatement of listing - inauthentic claim",
  """
Dear Sir/Madam,

Root cause: The reason of the inauthentic claim on our argan oil listing is that the buyer received a bottle with a different label design, because the brand changed the label in September and we still had old stock mixed with new stock in the same FBA shipment.

Prevention: In the future we will ask the brand to tell us before any change of the packaging, and we will not mix old and new packaging in one shipment. We will add a note in the listing that the packaging may vary.

We kindly request you to reinstate the listing. We have the invoices from the official distributor in Cairo and we can send them.

Best regards,
Hany Mostafa
Sahara Beauty Trading
""", style="inline", rc="Root cause: The reason of the inauthentic claim", co=None, pr="Prevention:",
  pol=["inauthentic claim"],
  notes="no corrective action (no refund, no stock check, nothing done): missing corrective")

M("list-cond-pl-067", L, "condition", "UK", "other-non-native",
  "Listing reactivation - condition complaints on refurbished drill",
  """
Hello Seller Performance,

Unfortunately our listing for the refurbished cordless drill was removed after condition complaints. Please see our plan of action.

WHY CUSTOMERS COMPLAINED
The drills were listed as "Used - Like New", but many had visible scratches on the housing. Our refurbishing technician used the condition "Like New" for all units which worked perfectly, without looking at cosmetic state.

WHAT WE CHANGED ALREADY
We re-graded all 96 units still in stock: 30 are now "Used - Good" and 12 "Used - Acceptable". We refunded the seven buyers and let them keep the drill.

HOW WE KEEP IT RIGHT
Every unit is now photographed from 4 sides and graded with a written checklist based on Amazon's condition guidelines. A second person approves the grade.

Regards,
Paweł Zieliński
ToolRenew Sp. z o.o.
""", style="caps", rc="WHY CUSTOMERS COMPLAINED", co="WHAT WE CHANGED ALREADY", pr="HOW WE KEEP IT RIGHT",
  pol=["condition guidelines"], dec=[("mild-word", "Unfortunately")], notes="complete caps POA")

M("list-patent-us-068", L, "ip-patent", "US", "native",
  "Appeal - patent infringement complaint on pet water fountain",
  """
Hello,

We are writing about the removal of ASIN B0C4HMT8ZE following a patent infringement complaint citing US Patent No. 11,234,567.

**Cause**
Our fountain used a pump housing design licensed from a supplier who, we have since learned, did not hold the rights to it. We relied on the supplier's assurance and did not do our own freedom-to-operate review.

**Actions done**
We stopped selling the model on the day of the notice, removed all 820 units from FBA, and have replaced the pump housing with our own design, for which our patent attorney has provided a non-infringement opinion (attached). We notified the rights owner of these steps.

**Prevention**
New products now require a patent search by outside counsel before tooling, and supplier components must come with written IP warranties.

Best regards,
Nina Castellano
Purrfect Flow LLC
""", style="bold", rc="Cause", co="Actions done", pr="Prevention",
  pol=["patent infringement"], dec=[("asin", "B0C4HMT8ZE"), ("patent-number", "11,234,567")],
  notes="complete bold POA; patent number is a decoy")

M("list-lp-co-069", L, "listing-policy", "US", "latam",
  "Listing deactivated - variation policy",
  """
Dear Amazon,

Our listing of coffee beans was deactivated for breaking the variation policy. Below we explain.

A. What Amazon found
Amazon found that our listing has variations which are not allowed under the variation policy, and the listing was deactivated on 6 November.

B. Actions taken
- We separated the ground coffee and the coffee capsules into two different parent listings.
- We deleted the variation with the coffee mug, which was a different product.

C. How we will avoid this
- Before creating any variation we read the variation rules in the style guide for Grocery.
- Only our listing manager can create new parent-child relationships.

Gracias,
Andrés Gómez
Café Sierra Nevada
""", style="lettered", rc=None, co="B. Actions taken", pr="C. How we will avoid this",
  pol=["variation policy"], notes="section A only repeats the notice: no root cause")

M("list-safety-ru-070", L, "product-safety", "US", "other-non-native",
  "Listing reactivation request - electric kettle safety",
  """
Hello dear Team,

Our electric kettle listing was deactivated because of a product safety complaint: a customer wrote that the handle became very hot.

The reason is that the model we sold in October had a metal handle, while the previous model had plastic. The factory changed it and we did not test the new model.

We will ask the factory to return to the plastic handle. We will also contact the customer and offer a refund, and we will check the other 300 kettles that are in the warehouse.

To stop this from happening again, we will not accept any model change without a new safety test, and every new batch will get a heat test on 3 samples.

Best regards,
Olga Lebedeva
Samovar Home LLC
""", style="none", rc="The reason is that", co="We will ask the factory", done=False, pr="To stop this from happening again",
  pol=["product safety"], notes="no headings; corrective only planned ('We will ask', 'we will check'): not done")

M("poa-inauth-us-071", A, "inauthentic", "US", "native",
  "Inauthentic complaint appeal - Cascade Outfitters",
  """
Hello,

Below is our plan of action for the inauthentic item complaint on our trail running socks.

1. Cause: a customer received socks in plain polybags after our prep center repackaged damaged retail boxes without telling us, so the product looked inauthentic.
2. Done: we stopped the repackaging, removed the 64 repacked pairs from FBA, refunded the customer, and sent your team our invoices from the brand.
3. Prevention: our prep center agreement now forbids repackaging without written approval, and we spot-check 10% of every inbound shipment for original packaging.

Thank you,
Chris Yamada
Cascade Outfitters
""", style="numbered", rc="1. Cause:", co="2. Done:", pr="3. Prevention:",
  pol=["inauthentic item complaint"], notes="very short but complete numbered POA")

M("poa-late-tr-072", A, "late-shipment", "UK", "turkish",
  "Late dispatch - appeal",
  """
Dear Amazon Team,

We received the deactivation because of our high Late Dispatch Rate (7.4%).

## The reason
In October we moved our warehouse from Istanbul to Gebze and for 10 days the internet was not working in the new building. We could not confirm the orders in time.

## Prevention
- We will buy a 4G backup modem so the internet never stops.
- Two people will have the rights to confirm the dispatch, not only one.
- We will set the holiday mode 3 days before any move in the future.

We would be very glad if you give us the possibility to sell again.

Best regards,
Kerem Polat
Marmara Home Store
""", style="markdown", rc="The reason", co=None, pr="Prevention",
  pol=["Late Dispatch Rate"], dec=[("mild-plea", "give us the possibility to sell again")],
  notes="nothing done about the late orders or backlog, and all measures are future prevention: no corrective part")

M("poa-idv-bg-073", A, "identity-verification", "UK", "other-non-native",
  "Verification failed - appeal and documents",
  """
Hello Seller Performance,

Our account was deactivated because the identity verification failed. Here is what we found and what we did.

1. Root cause: the bank statement we uploaded was in the name of the old company (Rodopi Foods OOD), but the account is registered under the new name Rodopi Foods EOOD after the change of legal form in August.

2. Actions completed: we uploaded today a new bank statement from UniCredit Bulbank with the new name, and the certificate from the Commercial Register. For your check, the account is IBAN BG58UBBS80021087659341. We also updated the charge method; the credit card we added is 5661 3186 0913 9097, valid to 07/30.

3. Preventive measures: any change of company data will first be updated in Seller Central, and only after that we change the bank and documents.

Thank you,
Elena Todorova
Rodopi Foods EOOD
""", style="numbered", rc="1. Root cause:", co="2. Actions completed:", pr="3. Preventive measures:",
  pol=["identity verification"],
  sec=[("iban", "BG58UBBS80021087659341"), ("card", "5661 3186 0913 9097"), ("card-expiry", "07/30")],
  notes="complete POA but pastes IBAN, card number and expiry ('valid to 07/30')")

M("tech-login-ja-074", T, "", "JP", "other-non-native",
  "セラーセントラルにログインできません",
  """
Amazonセラーサポート御中

いつもお世話になっております。モスクワ出身で、東京で雑貨店を経営しているイワノワと申します。

昨日から、セラーセントラルにログインしようとすると「アカウントがロックされました」と表示されます。パスワードを三回間違えたためだと思います。

確認のため、情報をお送りします。ログインIDは ivanova.zakka@example.jp、パスワードは Matryoshka77tokyo です。また、銀行の暗証番号 4719 も登録時に使ったかもしれません。

注文が二十件ほど止まっているので、できるだけ早くロックを解除していただけますと幸いです。

よろしくお願いいたします。
イワノワ・アンナ
雑貨店マトリョーシカ
""", lang="ja", topic="login",
  sec=[("password", "Matryoshka77tokyo"), ("password", "4719")],
  notes="Japanese on its own marketplace JP (no non-English defect); パスワード and 暗証番号 (PIN, labeled password) inside Japanese text")

M("fba-inb-pe-075", F, "", "US", "latam",
  "Lost LTL shipment - FBA19KT3RW8B",
  """
Hello FBA team,

Our LTL shipment FBA19KT3RW8B with 8 pallets of quinoa snacks was delivered to the fulfillment center LGB8 on 2 October. The carrier PRO number is 218745093 and the appointment ID was 61833920. The shipment shows "Closed" but only 5 pallets were received.

We called the carrier at +1 (562) 555-0148 and they confirm all 8 pallets were signed. I attach the signed BOL.

Please open an investigation and reimburse the 3 missing pallets (1,152 units).

Thank you,
Martín Paredes
Andean Superfoods SAC
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA19KT3RW8B"), ("pro-number", "218745093"), ("phone", "+1 (562) 555-0148")],
  notes="LTL lost pallets; 9-digit PRO number is a decoy")

M("brand-transp-us-076", B, "", "US", "native",
  "Transparency codes rejected on legitimate units",
  """
Hi,

We enrolled our kitchen knife line in Transparency in September. Since then several of our own inbound units have been flagged as "missing or invalid Transparency code" even though every unit is labeled from our code file.

One example: unit labeled with code AZ:9X2KQ7LMN4RT8V was rejected at receiving in shipment FBA16WN9DK2C. I checked it in the Transparency app and it shows as valid and unused.

Could someone check whether the codes from our September batch were activated correctly? We're holding the next shipment until we know.

Thanks,
Derek Sullivan
Edgecraft Cutlery
""", topic="brand-program",
  dec=[("transparency-code", "AZ:9X2KQ7LMN4RT8V"), ("shipment-id", "FBA16WN9DK2C")],
  notes="Transparency issue; code is a decoy")

M("cat-supp-eg-077", C, "", "US", "other-non-native",
  "Approval request for Dietary Supplements",
  """
Dear Category Team,

We would like to get approval to sell our black seed oil capsules in the Dietary Supplements category. We are the manufacturer in Alexandria and we export to Europe since 2019.

We uploaded the GMP certificate of our factory, the certificate of analysis from an ISO 17025 lab in the USA for every batch, the product label in English with the Supplement Facts panel, and our FDA facility registration.

Please review our documents and inform us if anything is missing. We are ready to answer any question.

With best regards,
Mahmoud Shafik
Alexandria Natural Oils
""", topic="dietary-supplements", notes="calm category approval request")

M("tech-report-pl-078", T, "", "UK", "other-non-native",
  "Settlement report does not download",
  """
Hello,

For two weeks I cannot download the settlement report for the period 17-31 October (settlement ID 14820394571). The button "Download" is grey and when I use the date range report, it shows "No data available".

Our accountant needs this report to close the month. All other reports work normally.

I use Firefox and Chrome, also tried from a different computer. Please help.

Kind regards,
Marek Lewandowski
Amber Coast Trading
""", topic="report-error", dec=[("settlement-id", "14820394571")], notes="short calm report error")

M("appeal-odr-mx-079", A, "odr", "US", "latam",
  "Account deactivated - Order Defect Rate",
  """
Dear Seller Performance,

Our account was deactivated because the Order Defect Rate was 1.6%. We are sorry for the inconvenience this has caused to the customers.

Most of the defects came from one product, a silicone baking mat, where the color was different from the photo. We have many good reviews in the other products and we always answer the customers.

We have sent the information you asked for. Could you please review our account again? We are a serious company with 5 years on Amazon.

Thank you,
Patricia Lozano
Cocina Alegre
""", pol=["Order Defect Rate"],
  dec=[("single-apology", "We are sorry for the inconvenience this has caused to the customers.")],
  notes="explains a partial cause but no actions and no prevention: labeled no POA; single apology not emotional")

M("poa-review-tr-080", A, "review-manipulation", "US", "turkish",
  "Appeal for review abuse - please our life depends on this",
  """
Dear Amazon,

Our life depends on this account, please. We are destroyed since we got the message. Our 12 workers will lose their job because of us.

What caused the problem
Our sales agency offered free products to customers in a Telegram group if they write a review. We did not know they do this, but it is our responsibility.

What we will fix
We will stop working with this agency. We will ask Amazon to delete all reviews that came from this group. We will write a letter to all our customers.

How we prevent this again
We will use only Amazon Vine and the Request a Review button. No agency will work on our reviews anymore.

I beg you, please look at our case with mercy.

Ali Rıza Şimşek
Şimşek Home
""", style="plain", rc="What caused the problem", co="What we will fix", done=False, pr="How we prevent this again",
  emo=["Our life depends on this account, please.", "We are destroyed since we got the message", "I beg you, please look at our case with mercy."],
  notes="emotional; corrective only planned; no policy named (review abuse only in the subject)")

# ---------------------------------------------------------------- chunk 5

M("poa-vtr-us-081", A, "valid-tracking", "US", "native",
  "Appeal: Valid Tracking Rate below target",
  """
Hello Seller Performance,

Here is our plan of action regarding our Valid Tracking Rate, which fell to 88% for the 30 days ending November 10.

**1. What went wrong**
We started shipping lightweight orders with a regional carrier in October. Their tracking numbers were uploaded in a format Amazon did not recognize, and we selected "Other" as the carrier without entering the carrier name, so the numbers never validated.

**2. What we corrected**
We re-entered the carrier name on every open order we could still edit, and moved all new shipments back to USPS Ground Advantage through Buy Shipping on November 11.

**3. How we keep it from recurring**
We now ship only with carriers on Amazon's integrated list. Our order software blocks confirmation when the carrier field is "Other", and I check the Valid Tracking Rate every Monday.

Thank you,
Kelly Brandt
Brandt Paper Goods
""", style="mixed", rc="1. What went wrong", co="2. What we corrected", pr="3. How we keep it from recurring",
  pol=["Valid Tracking Rate"], notes="bold plus numbered headings (mixed); complete")

M("poa-cancel-us-082", A, "cancel-rate", "US", "native",
  "Cancel rate appeal",
  """
Hi,

This is our appeal regarding our pre-fulfillment cancel rate.

**Issue**
Our cancel rate is 4.3%, above Amazon's 2.5% target for the Pre-fulfillment Cancel Rate, and our account has been deactivated.

**Corrective actions**
We reconciled the inventory count for all 210 SKUs on November 8 and zeroed out 17 SKUs that showed stock we did not actually have. Affected buyers were refunded automatically and we messaged each one with an apology.

**Preventive actions**
Inventory is now synced between our warehouse system and Seller Central every 30 minutes instead of once a day, and any SKU with fewer than 3 units on hand is set to zero quantity automatically.

Thanks for reviewing,
Aaron Feld
Feld Hobby Supply
""", style="bold", rc=None, co="Corrective actions", pr="Preventive actions",
  pol=["Pre-fulfillment Cancel Rate"],
  notes="'Issue' only restates the metric and threshold; the cause (bad counts) is only implied by the actions: no root cause")

M("poa-ipcopy-uk-083", A, "ip-copyright", "UK", "native",
  "Copyright complaint - appeal",
  """
Dear Seller Performance,

We write regarding the copyright complaint that led to the removal of our selling privileges. We have reviewed the matter in detail.

ROOT CAUSE
Our printed tote bags used an illustration that our designer found on a stock image site. The licence on that site did not cover commercial merchandise, which we did not notice, and the artist has now filed a copyright complaint.

PREVENTION
All artwork will in future be commissioned directly from illustrators under a written contract assigning us the rights, or purchased with an extended commercial licence which we will keep on file. Our product manager will check the licence of every design before any product goes to print.

We respect the intellectual property of others and take this matter seriously.

Yours faithfully,
Imogen Slater
Slater & Thread
""", style="caps", rc="ROOT CAUSE", co=None, pr="PREVENTION",
  pol=["copyright complaint"],
  notes="no corrective part: nothing done about the listings, stock or the rights owner")

M("appeal-restr-us-084", A, "restricted-products", "US", "native",
  "Reinstate my account NOW",
  """
Seller Performance,

This is my fourth appeal. Four. Each time I get a canned response telling me to read the help pages, which I have read a dozen times. I sell fishing lures. FISHING LURES. There is nothing dangerous about a fishing lure.

I have spent eleven years building this business on your platform, and you have wiped it out with an automated email. I have had enough of this. If my account is not reinstated this week I am moving every product to Walmart and Shopify and filing a complaint with the FTC and my state attorney general.

I want a phone call from an actual person.

Ray Dunbar
Dunbar Tackle Co.
""", emo=["I have had enough of this", "If my account is not reinstated this week I am moving every product to Walmart and Shopify and filing a complaint with the FTC and my state attorney general"],
  notes="threats and anger; no POA; no policy named")

M("poa-safety-tr-085", A, "product-safety", "UK", "turkish",
  "Hesap itirazı - ürün güvenliği",
  """
Sayın Amazon ekibi,

Ürün güvenliği şikayetleri nedeniyle hesabımız askıya alındı. Eylem planımız aşağıdadır.

**Sorunun kaynağı**
Çocuk kıyafetlerindeki düğmeler yeterince sağlam dikilmemişti. Atölyemizde yeni işe başlayan iki çalışan doğru dikiş tekniğini bilmiyordu.

**Yaptığımız düzeltmeler**
Ekim ve Kasım aylarında üretilen 600 ürünü Amazon deposundan geri çektik. Tüm düğmeleri yeniden diktik ve çekme testinden geçirdik. Şikayet eden müşterilere tam iade yaptık.

**Önleyici tedbirler**
Her üretim partisinden rastgele 20 ürün seçip düğme çekme testi yapıyoruz. Yeni çalışanlar iki haftalık eğitim almadan üretimde çalışmıyor. Ürünlerimizi bağımsız bir laboratuvarda EN 71 testine gönderdik.

Saygılarımızla,
Gülay Erdem
Minik Adım Tekstil
""", lang="tr", style="bold", rc="Sorunun kaynağı", co="Yaptığımız düzeltmeler", pr="Önleyici tedbirler",
  pol=["Ürün güvenliği"], notes="complete POA in Turkish on UK: non-English defect only")

M("poa-pga-pl-086", A, "price-gouging", "US", "other-non-native",
  "Odwołanie - zawyżone ceny",
  """
Szanowni Państwo,

nasze konto zostało zawieszone z powodu naruszenia zasad uczciwych cen (Fair Pricing Policy). Przedstawiamy nasz plan działania.

Dlaczego to się stało
Nasz program do automatycznej zmiany cen podniósł cenę termometrów po tym, jak inni sprzedawcy skończyli zapasy. Cena wzrosła z 14 do 59 dolarów w ciągu dwóch dni.

Co już zrobiliśmy
Wyłączyliśmy program i przywróciliśmy poprzednie ceny dla wszystkich produktów. Zwróciliśmy różnicę w cenie 27 klientom.

Na przyszłość
Bardzo przepraszamy. Będziemy bardziej uważni i to się więcej nie powtórzy.

Z poważaniem,
Piotr Kamiński
Medi-Term Polska
""", lang="pl", style="plain", rc="Dlaczego to się stało", co="Co już zrobiliśmy", pr=None,
  pol=["Fair Pricing Policy"],
  notes="Polish on US; 'Na przyszłość' is only an apology and promise: missing preventive")

M("tech-pay-us-087", T, "", "US", "native",
  "Charge method declined - Amex",
  """
Hello,

My account shows a banner saying my charge method is invalid and my seller fees could not be collected. The card is a business American Express and it has plenty of room on it.

Card number 3796 030824 62817, valid thru 03/28, and the 4 digit code on the front is 5029. I've entered it three times with the same error. Could you try it from your side or tell me what's wrong with it?

I don't want my account to go on hold over this.

Thank you,
Stacy Brennan
Brennan Bath & Body
""", topic="payment-method",
  sec=[("card", "3796 030824 62817"), ("card-expiry", "03/28"), ("card-code", "5029")],
  notes="Amex in 4-6-5 format, 'valid thru', 4-digit front code")

M("fba-whlost-us-088", F, "", "US", "native",
  "Warehouse lost units - 60-day claim",
  """
Hi FBA team,

According to my Inventory Ledger, 31 units of SKU PF-BOWL-LG (FNSKU X0045TQ8PM) were marked "Misplaced" at fulfillment center AVP1 on September 16 and have not been found or reimbursed since.

I understand the automatic reimbursement policy for lost warehouse inventory should have kicked in by now. Could you look into this and issue the reimbursement for the units not found? The average sale price over the last 90 days was $27.95.

Appreciate the help,
Tom Reilly
Paws Forward Supply
""", topic="warehouse-lost",
  dec=[("sku", "PF-BOWL-LG"), ("fnsku", "X0045TQ8PM")], notes="short calm warehouse-lost claim")

M("poa-drop-us-089", A, "drop-shipping", "US", "native",
  "Drop shipping policy appeal",
  """
Hello,

We are appealing the suspension of our account under Amazon's Drop Shipping Policy.

Our POA, part 1 - Cause
To keep up with demand in the fall, we began ordering some items from a large online retailer and having them shipped directly to our customers. These packages arrived with the retailer's packing slip and branding, which violates the policy.

Our POA, part 2 - Corrections
We are going to end all retail-arbitrage fulfillment and will cancel the open orders that depend on it. We will also reach out to every customer who received a package with third-party branding.

Our POA, part 3 - Prevention
All orders will ship from our own Ohio warehouse or from FBA. Purchasing will be restricted to manufacturers and distributors with wholesale accounts, and our operations lead will audit packing slips weekly.

Thank you,
Jill Kowalski
Lakeshore Goods
""", style="our-poa", rc="Our POA, part 1 - Cause", co="Our POA, part 2 - Corrections", done=False,
  pr="Our POA, part 3 - Prevention", pol=["Drop Shipping Policy"],
  notes="corrective part only 'We are going to... We will': not done")

M("appeal-cond-uk-090", A, "condition", "UK", "native",
  "Account review request",
  """
Dear Team,

I received a notice this morning that my account has been deactivated following several customer complaints about the items I sent. I sell second-hand vinyl records and grade them myself.

I've been trading on Amazon for six years with very good feedback, and I believe these complaints relate to a small number of records which were warped in the post during the hot spell in August. I'd be very grateful if you would look at my account history again.

I can supply photographs of my grading set-up and my packaging if that would help.

Many thanks,
Graham Tull
Tull's Records
""", notes="calm; no POA; no policy named ('customer complaints about the items')")

M("poa-related-eg-091", A, "related-accounts", "US", "other-non-native",
  "Appeal - Related account",
  """
Dear Seller Performance Team,

We are sorry for any trouble. Please find our plan of action for the deactivation under the related accounts policy.

Root cause: Our company shares the office building in Nasr City with another seller, and the building manager gave both companies the same Wi-Fi network. Amazon saw the same IP address for both accounts. We have no ownership or management relation with this company.

Actions done: We installed our own internet line with a static IP on 9 November (contract from Telecom Egypt attached). We changed all passwords and removed every device that was used on the shared network from our account.

Prevention: Only our two employees use Seller Central, only from company laptops on our own line. We check the Login Settings every week for unknown devices.

Best regards,
Youssef Nabil
Cairo Home Essentials
""", style="inline", rc="Root cause: Our company shares", co="Actions done:", pr="Prevention:",
  pol=["related accounts policy"],
  dec=[("single-apology", "We are sorry for any trouble."), ("password-word", "We changed all passwords")],
  notes="complete inline POA; 'passwords' mentioned without values")

M("list-usn-us-092", L, "used-sold-as-new", "US", "native",
  "Listing reinstatement - used sold as new",
  """
Hello,

Please reinstate ASIN B0BNR4Q7JX (espresso grinder), which was deactivated following used-sold-as-new complaints.

Root cause:
Returned units that were marked "Sellable" by the fulfillment center were placed back into new inventory. Some of those had been used and lightly cleaned by the customer before return, which we did not catch.

Prevention:
From now on all customer returns will be sent back to us instead of being restocked automatically. Every return will be inspected in our shop and either resold through Amazon Renewed or as used.

Regards,
Hector Lin
Lin Coffee Tools
""", style="colon", rc="Root cause:", co=None, pr="Prevention:", pol=["used-sold-as-new"],
  dec=[("asin", "B0BNR4Q7JX")],
  notes="only future prevention; nothing done about units already in stock or the buyers: missing corrective")

M("brand-hijack-us-093", B, "", "US", "native",
  "Counterfeit sellers on our listing - third report",
  """
Hello,

This is the third time I'm reporting this and I'm honestly at my wits' end. Two sellers, "PrimeValueHub" and "ZenTrade Store", are selling knock-offs of our bamboo cutting boards on our listing (ASIN B0C1KXQ4VD). Customers receive cracked boards with no logo and leave one-star reviews on OUR brand.

This is killing my business. I have two employees and I am watching years of work fall apart while nobody at Amazon does anything. Please, I am begging you, remove these sellers.

Test buy order numbers: 111-6029381-7724519 and 111-3840017-2259634. Photos attached.

Lisa Tran
Grove & Grain
""", topic="hijacker",
  emo=["I'm honestly at my wits' end", "This is killing my business", "Please, I am begging you, remove these sellers."],
  dec=[("asin", "B0C1KXQ4VD"), ("order-id", "111-6029381-7724519"), ("order-id", "111-3840017-2259634")],
  notes="emotional brand complaint (despair and begging) in a non-appeal kind")

M("cat-auto-us-094", C, "", "US", "native",
  "Automotive & Powersports approval",
  """
Hello,

We'd like to request approval to list OEM replacement brake pads in Automotive & Powersports. We are an authorized distributor for two manufacturers and have been selling through our own site since 2019.

Attached are: our distributor agreements, three invoices from the past 90 days showing over 500 units, our business license, and product images showing the part numbers and packaging.

Please let me know if anything else is needed.

Thanks,
Ken Albrecht
Albrecht Auto Parts LLC
""", topic="automotive", notes="calm, short category request")

M("fba-return-mx-095", F, "", "US", "latam",
  "Refund without return - 5 orders",
  """
Hola Amazon,

I have 5 orders where the customer received the refund but the product never came back to the fulfillment center. The first is order 112-9038472-1165023, the others are in the attached file.

I read that the reimbursement is paid to the seller account, but my account is in Mexico and the transfers take many days. If possible please pay to my CLABE 012180001937465821 at BBVA, in the name of Hugo Navarro.

The product is a hand painted ceramic mug, the price is 24 USD.

Gracias,
Hugo Navarro
Barro y Color
""", topic="customer-return",
  sec=[("bank-account", "012180001937465821")],
  dec=[("order-id", "112-9038472-1165023"), ("foreign-snippet", "Hola Amazon,")],
  notes="Mexican CLABE (18-digit interbank account) labeled bank-account; Spanish greeting in English text")

M("fba-removal-tr-096", F, "", "UK", "turkish",
  "Removal order not arrived to the factory",
  """
Hello,

We created removal order KQ4T82ZX1M to send 300 units back to our factory in Ningbo for repair. The tracking shows delivered but the factory says nothing arrived.

The factory sent us this message, and also asked us to pay the repair cost first:
"我们没有收到货。请先付维修费 2400 元到我们公司账户：开户行 中国工商银行宁波分行，银行账号 6222 0213 4418 7765 092，收到后再安排维修。"

Can you please check with the carrier where the parcels are? If they are lost, please reimburse.

Best regards,
Oğuz Karaca
Karaca Elektronik
""", topic="removal",
  sec=[("bank-account", "6222 0213 4418 7765 092")],
  dec=[("removal-order-id", "KQ4T82ZX1M")],
  notes="bank account (银行账号 with 开户行) inside a pasted Chinese supplier message; English message")

M("poa-odr-us-097", A, "odr", "US", "native",
  "ODR appeal - negative feedback and A-to-z claims",
  """
Hello,

Thank you for the opportunity to respond regarding our Order Defect Rate of 1.9%.

The problem happened because our packing team switched to a new bubble mailer in September that was too small for our 16 oz candle jars. The lids popped off in transit, and wax damage led to nine negative feedback ratings and four A-to-z claims.

We have already gone back to rigid boxes with pulp inserts, and every customer who reported a problem received a full refund or a replacement. We responded to all negative feedback explaining what went wrong.

Going forward, any change in packaging materials will be tested with a 10-unit ship test to three addresses before it's used, and our customer service lead reviews the Voice of the Customer dashboard every morning.

Sincerely,
Paige Norris
Wick & Willow
""", style="none", rc="The problem happened because", co="We have already gone back", pr="Going forward, any change",
  pol=["Order Defect Rate"], notes="complete POA without headings")

M("appeal-inauth-co-098", A, "inauthentic", "US", "latam",
  "Please help me, my account is my life",
  """
Dear Amazon,

I write to you with tears in my eyes. My account was deactivated and I don't know what I will do now. I have two little daughters and this store is the only way I can pay for their school.

I sell only original perfumes that I buy from a big distributor in Barranquilla. I have all the invoices. I would never sell something fake, never.

Please, please, I am asking you from my heart, give me back my account. I will send any paper you want. I am begging you.

God bless you,
Carolina Mejía
Fragancias Carolina
""", emo=["I write to you with tears in my eyes", "Please, please, I am asking you from my heart, give me back my account", "I am begging you."],
  notes="pleading and despair; no POA; no policy named ('fake' only)")

M("poa-late-ca-099", A, "late-shipment", "CA", "native",
  "Late Shipment Rate - plan of action",
  """
Hello,

Below is our plan of action regarding our Late Shipment Rate of 5.8%.

(a) Cause
The Canada Post labour disruption in October meant that parcels we handed over were not scanned for up to four days. Because we had not switched carriers, confirmation scans came in late on 71 orders.

(b) Actions taken
We moved all shipments to Purolator and UPS through Buy Shipping on October 22 and contacted customers whose orders were delayed.

(c) Preventive measures
We now keep accounts with two carriers so we can switch the same day, and our shipping software alerts us when any parcel has not been scanned within 24 hours.

Merci,
Julie Tremblay
Maison Tremblay
""", style="lettered", rc="(a) Cause", co="(b) Actions taken", pr="(c) Preventive measures",
  pol=["Late Shipment Rate"], dec=[("foreign-snippet", "Merci,")], notes="complete lettered POA; French sign-off on CA")

M("poa-scoc-us-100", A, "seller-code-of-conduct", "US", "native",
  "Appeal - Seller Code of Conduct",
  """
Hello,

We are appealing the deactivation of our account for violating the Seller Code of Conduct.

## Root cause
A member of our customer service team sent follow-up emails to buyers from a personal Gmail address, using buyer email addresses copied from order reports, to offer discounts on future purchases outside of Amazon.

## Corrective action
We removed that employee's Seller Central access on November 4, deleted the exported order reports, and confirmed in writing that no buyer data remains on any personal device.

## Next steps
We understand the seriousness of this and will make sure it does not happen again.

Regards,
Nathan Cole
Cole Home Brewing
""", style="markdown", rc="Root cause", co="Corrective action", pr=None,
  pol=["Seller Code of Conduct"], notes="'Next steps' is only a promise: missing preventive")

# ---------------------------------------------------------------- chunk 6

M("list-cf-us-101", L, "counterfeit", "US", "native",
  "Listing appeal - counterfeit complaint on ASIN B0CFT2W9KM",
  """
Hello,

Please find below our plan of action for the listing removed after a counterfeit complaint from the rights owner.

1. Why the complaint was filed
We sold branded phone cases that we bought in a closeout lot from a liquidator. The liquidator's paperwork did not trace the goods to the brand, so when a buyer questioned the packaging we could not prove the units were genuine.

2. What we did immediately
We closed the offer, removed the remaining 212 cases from FBA for disposal, refunded every buyer of that lot, and stopped buying from liquidators.

3. What we do from now on
We only list branded goods bought directly from the brand or a distributor named on the brand's website, and each purchase order is filed with the distributor's authorization letter before the goods ship.

Thank you,
Evan Marsh
Marsh Mobile Outlet
""", style="numbered", rc="1. Why the complaint was filed", co="2. What we did immediately", pr="3. What we do from now on",
  pol=["counterfeit complaint"], notes="complete numbered listing POA; ASIN only in subject")

M("list-iptm-pe-102", L, "ip-trademark", "US", "latam",
  "Reactivation of listing - trademark",
  """
Dear Amazon team,

Our listing for chia seeds was deactivated because of a trademark complaint from the owner of the brand "Andina Gold".

**Reason**
In our title we wrote "like Andina Gold quality" because our product is from the same region. We did not understand this is using their trademark.

**What we did**
We changed the title and the description on 15 November and removed every mention of the other brand. We also sent an email to the brand owner to say sorry and to ask him to withdraw the complaint.

**Prevention**
We are very sorry and we will be more careful with the titles. This will not repeat.

Thank you very much,
Renzo Castañeda
Superalimentos del Perú SAC
""", style="bold", rc="Reason", co="What we did", pr=None, pol=["trademark complaint"],
  notes="'Prevention' heading holds only an apology and a promise: missing preventive")

M("list-gouge-tr-103", L, "price-gouging", "US", "turkish",
  "Listing deactivation - high price",
  """
Hello,

Our listing of the emergency radio was deactivated for pricing that violates the Fair Pricing Policy.

A - The reason
We do not know the exact reason. Our price was 49.99 USD, which is our normal price since one year. Maybe the system compared with a very low price of another seller.

B - Actions
We reduced the price to 44.99 USD and we sent you our purchase invoice which shows the cost is 31 USD.

C - Future
Before the hurricane season we will fix our prices and not change them, and we will check the price of the competitors every week with the Pricing Health page.

Best regards,
Deniz Aktaş
Aktaş Outdoor
""", style="lettered", rc=None, co="B - Actions", pr="C - Future", pol=["Fair Pricing Policy"],
  notes="'The reason' says 'we do not know' and guesses: no root cause")

M("list-lp-bg-104", L, "listing-policy", "UK", "other-non-native",
  "Listing removed - product detail page rules",
  """
Dear Seller Performance,

Our listing for the rose water toner was removed for breaking the product detail page rules.

Our POA: the reason
We put the words "Best Seller" and "Free Shipping" in the title and one image had our website address. We copied this style from another marketplace where it is normal.

Our POA: how we prevent this
Our employee who makes listings has now read the product detail page rules and the style guide for Beauty. Every new title will be checked by a second person before publishing, and we made a checklist of forbidden words like "best", "free", "sale" and website addresses.

Thank you for your help.

Best regards,
Vesela Petrova
Bulgarian Rose Cosmetics
""", style="our-poa", rc="Our POA: the reason", co=None, pr="Our POA: how we prevent this",
  pol=["product detail page rules"],
  notes="the title and image on the removed listing were never fixed: missing corrective")

M("cover-iptm-ro-105", A, "ip-trademark", "US", "other-non-native",
  "Appeal - trademark complaint - documents and POA attached",
  """
Dear Seller Performance Team,

Our account was deactivated after a trademark complaint concerning our listing of wooden spoon sets. Please find attached our detailed plan of action (POA_Carpathian_Woodcraft.pdf), together with the retraction email from the rights owner and our own trademark registration from EUIPO.

In short, the complaint was about a keyword which we removed immediately. The document explains the cause, the corrections we made and our new listing checks.

We would be very grateful if you can review our appeal and let us continue to sell.

Kind regards,
Radu Moldovan
Carpathian Woodcraft SRL
""", att=True, pol=["trademark complaint"],
  dec=[("file-name", "POA_Carpathian_Woodcraft.pdf"), ("mild-plea", "We would be very grateful if you can review our appeal and let us continue to sell.")],
  notes="cover letter; POA attached; short summary is not a POA in the text")

M("cover-odr-tr-106", A, "odr", "UK", "turkish",
  "ODR appeal - plan of action in attachment",
  """
Dear Amazon Seller Performance,

Regarding the deactivation of our account because of our Order Defect Rate of 2.1%, we have prepared a plan of action and attached it to this message as a Word document.

In the attached plan you will find the root cause (damaged glass items because of weak packaging), the corrective actions we have completed and the preventive measures for the future. We have also attached photos of our new packaging and the invoices from the new box supplier.

We remain at your disposal for any additional information.

Saygılarımla,
Nazlı Güneş
Cam Sanat Ltd.
""", att=True, pol=["Order Defect Rate"], dec=[("foreign-snippet", "Saygılarımla,")],
  notes="cover letter summarizing the attached POA in one sentence; labeled not a POA in the text")

M("poa-restr-pe-107", A, "restricted-products", "US", "latam",
  "Plan of action - restricted products (maca supplements)",
  """
Dear Team,

Our account was deactivated for listing a product that is in the Restricted Products list: our maca capsules had an ingredient (yohimbe) that is not allowed.

THE CAUSE
Our supplier changed the formula in the last batch and added yohimbe extract for "more energy". They did not inform us and we did not read the new label carefully.

CORRECTIONS
We will ask for the removal of all the units in FBA. We will delete the listing and we will change the supplier to one that can give us a certificate of analysis for every batch.

PREVENTION
Every new label will be compared with the previous one and with the list of restricted ingredients on the help pages. We will not send any batch to Amazon without a certificate of analysis from a US lab.

Thank you,
Carmen Villanueva
Maca Andina Export
""", style="caps", rc="THE CAUSE", co="CORRECTIONS", done=False, pr="PREVENTION",
  pol=["Restricted Products"], notes="corrective part is future only: not done")

M("poa-usn-ro-108", A, "used-sold-as-new", "US", "other-non-native",
  "Appeal - used item sold as new",
  """
Hello,

Our account was deactivated after several customer complaints about our espresso machines. Here is our plan of action.

## Why this happened
Our warehouse in Timișoara had one shelf for returned espresso machines and one for new stock. During a busy week in October a new employee put 14 returned machines on the new shelf and they were shipped to FBA as new.

## What we did to fix it
- We found the 14 serial numbers in our records and checked the customers who received them; 9 already complained and were refunded, the other 5 we contacted and offered a refund or a new machine.
- We removed all returned units from the warehouse shelves and sent them to a refurbishing partner.

## How we stop it from happening again
- Returned items are now stored in a locked cage in another room, with a red label.
- Each machine's serial number is scanned before shipping to FBA and the system blocks any serial that was returned before.
- The warehouse team got training; if you need to call us, our phone is +40 256 555 318. We do not share the verification code of our account with anyone.

Best regards,
Adrian Popa
Caffè Banat SRL
""", style="markdown", rc="Why this happened", co="What we did to fix it", pr="How we stop it from happening again",
  dec=[("phone", "+40 256 555 318"), ("verification-code-word", "verification code")],
  notes="complete POA; no policy named in the text (only in the subject); phone and 'verification code' word are decoys")

M("poa-patent-tr-109", A, "ip-patent", "US", "turkish",
  "Appeal for patent infringement",
  """
Dear Amazon,

Our account was deactivated because of a patent infringement complaint about our folding laundry basket.

Reason: The design of the folding hinge is very similar to a patented design in the USA. We bought the product ready from a factory in Yiwu and we did not check if there is a patent.

Measures for the future: We will not buy any ready product without asking the factory for a patent search. For new products we will make a search on Google Patents before ordering samples. We will also ask a patent attorney for products with a special mechanism.

We hope you will accept our appeal.

Best regards,
Tuncay Er
Er Ev Ürünleri
""", style="colon", rc="Reason:", co=None, pr="Measures for the future:", pol=["patent infringement"],
  notes="nothing done about the infringing listing or stock: missing corrective")

M("poa-inauth-uk-110", A, "inauthentic", "UK", "native",
  "Inauthentic complaint - appeal",
  """
Dear Seller Performance,

We are writing to appeal the deactivation of our account following inauthentic item complaints on our hair straighteners.

Root cause: the complaints followed a batch we bought from a new wholesaler in Birmingham in August whose invoices, we now realise, do not show a traceable chain back to the brand.

Corrective action: we have quarantined the remaining 76 units from that batch, created a removal order, and refunded all eight customers who bought from it. We have also requested the brand's list of UK authorised distributors.

We are confident that this was an isolated incident and that it will not be repeated.

Kind regards,
Sophie Langford
Langford Beauty Ltd
""", style="inline", rc="Root cause: the complaints followed", co="Corrective action:", pr=None,
  pol=["inauthentic item complaints"],
  notes="no preventive measure; the closing is only confidence and a promise")

M("poa-cf-eg-111", A, "counterfeit", "US", "other-non-native",
  "Plan of action - counterfeit complaint",
  """
Dear Seller Performance,

Please see our plan of action regarding the counterfeit complaint on our cotton bed sheets.

ROOT CAUSE:
The rights owner says our sheets are counterfeit because we used their brand name "NileSoft" in the listing. In fact our sheets are our own product from our factory in El-Mahalla, but our listing agency created the listing on their ASIN instead of creating a new one.

**Corrective actions completed:**
1. We deleted our offer from their ASIN on 4 November.
2. We created a new listing under our own registered brand "Mahalla Threads".
3. We sent to the rights owner our apology and the proof of our own production.

**Preventive measures:**
1. Our agency is not allowed any more to create listings; only my manager creates them.
2. Before adding an offer to an existing ASIN we check the brand and compare the product with our product.

Best regards,
Tarek Saleh
Mahalla Threads Co.
""", style="mixed", rc="ROOT CAUSE:", co="Corrective actions completed:", pr="Preventive measures:",
  pol=["counterfeit complaint"], notes="caps heading then bold headings: mixed; complete")

M("poa-lp-pe-112", A, "listing-policy", "US", "latam",
  "Appeal - listing policy violations",
  """
Hello,

This is our plan for the violations of the listing policy on our account (image and title rules).

What caused it
We used a white background with our logo in a watermark on all main images, and some titles were longer than 200 characters.

What is fixed
All 38 main images were replaced on 10 November with pure white backgrounds without logo. All titles are now below 150 characters.

What we do now
Before any upload, we check the image and title rules in the style guide. We use a template that does not allow titles over 150 characters.

Thank you,
Alonso Rivas
Rivas Handcraft Peru
""", style="plain", rc="What caused it", co="What is fixed", pr="What we do now",
  pol=["listing policy"], notes="short complete plain POA")

M("tech-deposit-us-113", T, "", "US", "native",
  "Disbursement failed - bank account verification",
  """
Hi,

My last two disbursements failed with "Invalid bank account". I haven't changed anything. Can you confirm what you have on file? It should be Wells Fargo, routing number 121000248, account 8842 0193 5576, business checking under Ferris Woodworks LLC.

If those numbers don't match what you have, that would explain it. I can be reached at (541) 555-0192 during business hours.

Thanks,
Dale Ferris
Ferris Woodworks LLC
""", topic="deposit-method",
  sec=[("routing-number", "121000248"), ("bank-account", "8842 0193 5576")],
  dec=[("phone", "(541) 555-0192")], notes="routing and account number in a deposit question; phone is a decoy")

M("tech-2sv-tr-114", T, "", "US", "turkish",
  "Two-step verification code problem",
  """
Hello,

When I login with my phone the Amazon Seller app ask for the two step verification. The SMS comes, but when I enter the code it says "invalid code". Today the SMS said: 7 3 9 2 0 4. I entered it in 10 seconds and still invalid.

Maybe the time on my phone is wrong? I am in Antalya, the time zone is Istanbul.

I need to confirm my orders today, please help.

Teşekkürler,
Hüseyin Kılıç
Akdeniz Deri
""", topic="login",
  sec=[("one-time-code", "7 3 9 2 0 4")],
  dec=[("verification-code-word", "two step verification"), ("foreign-snippet", "Teşekkürler,")],
  notes="OTP with spaces between digits")

M("tech-pay-pk-115", T, "", "JP", "other-non-native",
  "Unable to add credit card on amazon.co.jp seller account",
  """
Dear Seller Support,

We are a Pakistani company selling surgical instruments on amazon.co.jp. Our Japanese accountant tried to add our company credit card and the page shows an error. She wrote the details for me in Japanese, I paste them here:

「カード番号：4865 7975 4323 1945、有効期限：2029年6月、セキュリティコード：318、名義人 ZAHID SURGICAL CO。何回入力してもエラーになります。」

Please tell us if this card type is accepted, or what we should do.

Regards,
Zahid Iqbal
Zahid Surgical Co., Sialkot
""", topic="payment-method",
  sec=[("card", "4865 7975 4323 1945"), ("card-expiry", "2029年6月"), ("card-code", "318")],
  notes="card, expiry (2029年6月) and security code inside pasted Japanese text; message in English on JP")

M("fba-inb-co-116", F, "", "US", "latam",
  "Inbound shipment received with damaged units",
  """
Good morning,

Unfortunately our shipment FBA15X7NQ3KD arrived with 18 damaged units of hand-painted ceramic vases. The carrier was Amazon Partnered Carrier, so the boxes were in Amazon's responsibility from pickup in Miami.

The Shipment Reconciliation shows "Damaged by carrier" for these 18 units. We ask for reimbursement as described in the FBA inbound policy. The unit price on our invoice is 18.50 USD.

I attach the photos from the pickup showing the boxes were in good condition.

Thank you,
Isabela Cárdenas
Cerámica Cárdenas
""", topic="damaged-inbound",
  dec=[("shipment-id", "FBA15X7NQ3KD"), ("mild-word", "Unfortunately")], notes="calm damaged-inbound claim")

M("fba-whdmg-us-117", F, "", "US", "native",
  "Units damaged by warehouse - not reimbursed",
  """
Hi,

A customer's replacement for order 113-0466109-9069584 was damaged in the fulfillment center during picking, according to the adjustment note. The inventory was removed from my sellable count, but there's no reimbursement for that unit or for five others damaged the same week (all FNSKU X0038HK2WQ).

Could you please review and reimburse the six units? Item is a ceramic pour-over set, average sale price $42.

Thanks,
Mark Heffernan
Heffernan Coffee Co.
""", topic="warehouse-damaged",
  dec=[("order-id", "113-0466109-9069584"), ("fnsku", "X0038HK2WQ")],
  notes="order ID passes Luhn when the dashes are removed: hard T006 negative")

M("brand-contrib-pl-118", B, "", "PL", "other-non-native",
  "Zgłoszenie - nie możemy zmienić zdjęć naszej marki",
  """
Dzień dobry,

jesteśmy właścicielem marki Bursztynowa Przystań zarejestrowanej w Urzędzie Patentowym RP oraz w Brand Registry. Od dwóch tygodni nie możemy zmienić zdjęć i opisu na naszej stronie produktu (ASIN B0D2QW7LNP). Nasze zmiany są akceptowane, a po jednym dniu wracają stare zdjęcia dodane przez innego sprzedawcę.

Prosimy o sprawdzenie, dlaczego nasze zmiany nie są zachowywane, i o ustawienie naszej marki jako głównego źródła informacji o produkcie.

Z poważaniem,
Joanna Wójcik
Bursztynowa Przystań Sp. z o.o.
""", lang="pl", topic="listing-contribution", dec=[("asin", "B0D2QW7LNP")],
  notes="Polish on its own marketplace (PL): not English-required, no non-English defect")

M("cat-beauty-ru-119", C, "", "US", "other-non-native",
  "Request approval - Beauty topicals",
  """
Hello Category Team,

We produce natural face creams with sea buckthorn oil in our laboratory in Riga and we want approval to sell them in Beauty (topical products).

We attached: the safety assessment for each product, the full ingredient list in INCI format, the product labels in English, the invoices from our ingredient suppliers, and the certificate of our GMP for cosmetics (ISO 22716).

Please write us if any document is not correct. Thank you for your time.

Sincerely,
Natalia Orlova
Baltic Buckthorn Cosmetics
""", topic="beauty-topicals", notes="calm category approval request")

M("cat-coll-us-120", C, "", "US", "native",
  "Collectible coins - category approval follow-up",
  """
Hello,

I applied for approval in Collectible Coins two weeks ago and haven't heard anything back, which is a little frustrating since the application page says 3-5 business days.

For reference, I am a member of the Professional Numismatists Guild and all coins I intend to list are graded by PCGS or NGC. I uploaded my PNG membership certificate, a sample invoice from my supplier, and images of ten graded slabs with their certification numbers visible.

Could you let me know where the application stands?

Thanks,
Walter Greer
Greer Numismatics
""", topic="collectibles", dec=[("mild-word", "a little frustrating")], notes="calm follow-up with a mild word")

# ---------------------------------------------------------------- chunk 7

M("poa-cancel-ru-121", A, "cancel-rate", "US", "other-non-native",
  "Cancellation rate appeal - Siberian Wool",
  """
Hello,

Our Cancellation Rate became 5.1% in October. The problem happened because we list our felt boots in many sizes, and our warehouse software counted sizes 41 and 42 as one SKU, so when one size was finished, the other size was still shown available and we had to cancel 26 orders. We have already separated the SKUs, made a full stock count on 3 November and refunded every cancelled buyer with a note of apology. To make sure this does not repeat, every new size is created as its own SKU and the stock file is compared with Seller Central every evening by our manager Svetlana.

Thank you for considering our appeal, we hope to receive a positive answer.

Regards,
Pavel Smirnov
Siberian Wool Boots
""", style="none", rc="The problem happened because", co="We have already separated", pr="To make sure this does not repeat",
  pol=["Cancellation Rate"], notes="complete POA in one paragraph with no headings")

M("poa-rev-us-122", A, "review-manipulation", "US", "native",
  "Appeal - review policy violation",
  """
Hello,

We are appealing the deactivation of our account for violating the Customer Product Reviews policy.

WHAT HAPPENED
Amazon's notice says reviews on our account were manipulated. We're not sure how this happened; we have never paid for a review and we don't know who posted the reviews that were flagged.

ACTIONS
We've audited every insert, email template and social post from the past year and removed the one product insert that mentioned reviews at all. We've also reported the suspicious reviews we could identify through Brand Registry.

SAFEGUARDS
All customer communications now go through Buyer-Seller Messaging using Amazon's templates. Any third-party marketing vendor must agree in writing not to solicit reviews, and we review their activity monthly.

Thank you,
Ashley Grant
Grant Home & Garden
""", style="caps", rc=None, co="ACTIONS", pr="SAFEGUARDS", pol=["Customer Product Reviews policy"],
  notes="'What happened' restates the notice and says 'we're not sure how': no root cause")

M("list-safety-tr-123", L, "product-safety", "US", "turkish",
  "Listing reinstatement - hookah charcoal burner safety",
  """
Dear Team,

Our listing for the electric charcoal burner was deactivated because of a product safety complaint.

Root cause: the product has a power cord with a European plug, and we sold it in the US with a plug adapter in the box. A customer reported that the adapter became hot. We did not know that adapters are not accepted instead of a proper US plug.

Corrective actions: we removed the 150 units from FBA on 8 November and refunded the customer. Our factory in Istanbul changed the production to a UL-listed US plug, and the new units were tested by Intertek (report number IT-2026-448120, attached).

Preventive actions: each product for a new country is checked for the local electrical standard before the first shipment, and our engineer signs the checklist. You can call our engineer on +90 212 555 4478 for any question.

Best regards,
Levent Aydoğan
Istanbul Nargile Co.
""", style="inline", rc="Root cause: the product has", co="Corrective actions:", pr="Preventive actions:",
  pol=["product safety"], dec=[("certificate-number", "IT-2026-448120"), ("phone", "+90 212 555 4478")],
  notes="complete inline listing POA; test report number and phone as decoys")

M("poa-idv-uk-124", A, "identity-verification", "UK", "native",
  "Identity verification appeal - documents resubmitted",
  """
Hello,

Our account was deactivated after identity verification, because the address on my driving licence did not match our registered business address.

This happened because I moved house in July and updated the company address at Companies House, but my licence still showed the old address. We have now uploaded a new licence issued by the DVLA in October, a council tax bill and a bank statement, all with the current address, and I have completed the video call booking. To stop this recurring, any change of address will be made in Seller Central first and every supporting document checked against it before upload. Our bank sort code and account number are already on file, so I haven't repeated them here.

Kind regards,
Fiona Marsh
Marsh Stationery Ltd
""", style="none", rc="This happened because", co="We have now uploaded", pr="To stop this recurring",
  pol=["identity verification"], dec=[("account-number-word", "sort code and account number")],
  notes="complete short POA without headings; 'sort code and account number' mentioned without values")

AUTHOR.write()
