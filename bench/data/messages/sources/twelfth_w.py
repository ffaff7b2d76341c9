#!/usr/bin/env python3
"""Author W's messages for the twelfth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/twelfth-b/w-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("w-", "twelfth-b")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1 (001-020)

M("poa-inauth-in-001", A, "inauthentic", "IN", "indian",
  "Appeal for account reactivation - inauthentic complaints on ASIN B0CK7RT2MW",
  """Dear Seller Performance Team,

Greetings of the day. This is with reference to your notification dated 14 March 2026 regarding inauthentic item complaints received on our listing of the Himalayan Pink Salt Lamp (ASIN B0CK7RT2MW). We have gone through the complaints one by one and kindly find our plan of action below.

Reason of complaint:
We had purchased 300 units from a new wholesaler in Moradabad in January. The packing of these units was different from our earlier lots (plain brown box without our brand sticker) and customers felt the product is not genuine. On checking, the wholesaler had repacked the lamps himself and did not give a proper tax invoice, only a kacha bill. So we were not able to prove the source.

Steps already taken:
- All remaining 112 units from that lot were removed from the FBA warehouse (removal order placed and received back).
- We stopped purchasing from that wholesaler and have returned the balance stock to him.
- Refund has been issued to all 9 buyers who raised complaint.
- We have now tied up directly with the manufacturer, Shree Ganesh Handicrafts, and GST invoices are attached.

Future safeguards:
- Every new supplier will be verified with GST certificate and at least 2 past invoices before first order.
- Packaging will be checked on arrival and only branded boxes will be sent to FBA.
- One person in our team (Mr. Rakesh) is given responsibility to review buyer messages every morning.

We request you to kindly review and reinstate our selling privileges. Kindly do the needful.

Regards,
Ankit Sharma
Sharma Home Decor""",
  style="colon", rc="Reason of complaint:", co="Steps already taken:", pr="Future safeguards:",
  pol=["inauthentic item complaints"], dec=[("asin", "B0CK7RT2MW")],
  notes="clean colon-style POA, Indian English ('kacha bill', 'kindly do the needful')")

M("poa-odr-tr-002", A, "odr", "UK", "turkish",
  "Plan of action - Order Defect Rate above target",
  """Hello Amazon Seller Performance,

Our account is deactivated because our Order Defect Rate is 2.3% and target is under 1%. We read all negative feedbacks and A-to-z claims of last 60 days and we prepared this plan.

1) Why ODR went up
Most of the defects (14 of 19) came from one product, the copper coffee pot (cezve) 350ml. Our new production had a weak handle rivet and the handle became loose after few uses. Customers gave 1 star and opened A-to-z claim. Other 5 defects were late delivery in the Christmas week because our courier in Istanbul had a backlog.

2) What we corrected
- We closed the listing of 350ml cezve and removed the stock from FBA, 240 units.
- We contacted every customer with defect and offered full refund or replacement, 11 customers already accepted.
- The factory changed the rivet to a stronger double rivet, we tested 50 pieces with hot water 100 times each.
- We changed courier to a company with daily pickup.

3) How we keep it low
- Every new production batch: 20 pieces tested before shipment to UK.
- Our team checks the Account Health page every Monday and Thursday.
- If one product has more than 2 complaints in one week, we pause it immediately and investigate.

We believe these changes solve the problem. Thank you for your time.

Best regards,
Mehmet Yıldız
Anadolu Bakır Ltd. Şti.""",
  style="numbered", rc="1) Why ODR went up", co="2) What we corrected", pr="3) How we keep it low",
  pol=["Order Defect Rate"], notes="clean numbered POA, Turkish company sign-off")

M("poa-late-mx-003", A, "late-shipment", "US", "latam",
  "Appeal - late shipment rate",
  """Dear Amazon team,

We are writing about the deactivation of our account for the late shipment rate, which is 7.8% and the limit is 4%. We understand this is very important for the customers experience.

The problem happened because in February our warehouse in Guadalajara moved to a new building and for almost two weeks we did not have internet connection stable, so many orders were confirmed one or two days after the ship-by date. Also, our main employee for shipping was on medical leave during the same time.

To fix this we will hire one more person for the shipping area and we are going to buy a backup internet service with another provider. We will also change the handling time of all our products from 1 day to 2 days, so we have more margin. We plan to connect our inventory software with Seller Central so the confirmation is automatic.

To make sure this does not happen again, we will review the shipping metrics every day and if we are going to move or close the warehouse for any reason we will activate vacation mode before.

We hope you can reactivate our account. Thank you very much for your attention.

Atentamente,
Laura Méndez
Artesanías Méndez""",
  style="none", rc="The problem happened because", co="To fix this we will hire", done=False,
  pr="To make sure this does not happen again", pol=["late shipment rate"],
  notes="no headings; corrective is all future tense ('we will hire', 'we are going to buy', 'we plan') -> not-done")

M("appeal-rel-pk-004", A, "related-accounts", "US", "other-non-native",
  "please reactivate my account urgent!!!",
  """Respected Sir/Madam,

My seller account is deactivated since 3 days and I have no idea why this is happening to me. I have done nothing wrong, I sell only kitchen towels and aprons which I make in my own small unit in Faisalabad. I have never done any fraud in my life.

Please sir I am begging you, this account is the only income of my whole family. I have 40 workers who will lose their job and my family will be on the road. I have loan from bank for the stitching machines and I cannot pay it if this continues. I am crying while I write this. Kindly have mercy on us.

I have sent all documents again, CNIC, utility bill and bank statement. Please check them and open my account today. I promise I will do whatever Amazon wants.

Waiting for your kind reply.
Muhammad Imran
Imran Textiles""",
  emo=["I am begging you", "my family will be on the road", "I am crying while I write this",
       "Kindly have mercy on us"],
  notes="account appeal with no POA, no policy named, emotional pleading")

M("poa-cf-eg-005", A, "counterfeit", "AE", "other-non-native",
  "POA regarding counterfeit complaint - ASIN B09TQ4LMPZ",
  """Dear Amazon Seller Performance Team,

Thank you for giving us the opportunity to explain. We received a notice that our listing for Bluetooth earbuds (ASIN B09TQ4LMPZ) got a counterfeit complaint from the rights owner.

## What went wrong

As mentioned in your notice, there was a complaint about counterfeit. We take this very seriously.

## What we already did

- We deleted our offer on B09TQ4LMPZ the same day we got the email.
- All 64 units in our Dubai warehouse were quarantined and 30 units in FBA were sent for removal.
- We contacted the rights owner by email to understand the issue and we are waiting for answer.

## What we will do in future

- We will buy electronics only from authorized distributors listed on the brand website.
- We will keep all invoices for 5 years and check that the supplier name matches the brand distributor list.
- Before listing any branded product we will ask for a letter of authorization.

We hope this plan is acceptable and our account can be reactivated.

Kind regards,
Ahmed Hassan
Nile Star Trading FZE""",
  style="markdown", rc=None, co="What we already did", pr="What we will do in future",
  pol=["counterfeit complaint"], dec=[("asin", "B09TQ4LMPZ")],
  notes="root-cause heading is present but the section only restates the notice: labeled absent")

M("fba-lost-us-006", F, "", "US", "native", "Inbound shipment units missing - FBA15K9QZ3T7R",
  """Hi there,

I'm reaching out about inbound shipment FBA15K9QZ3T7R, which was shipped from our warehouse in Ohio on Feb 9 via UPS (tracking 1Z4X92E80317552981). The shipment was 4 cartons, 48 units each, for a total of 192 units of SKU OHB-CUTBRD-12.

Unfortunately, the shipment was closed at 168 units received. The carrier shows all 4 cartons delivered to CMH2 on Feb 12 with the right weight, so I don't think anything was lost in transit. My guess is that one carton was partially scanned or the contents were mixed with another shipment.

I've attached:
- the packing list and box content information we submitted
- the proof of delivery from UPS with the signature
- our invoice from the manufacturer showing we paid for 192 units

Could you please open an investigation and either locate the 24 missing units or reimburse them? Happy to provide anything else you need.

Thanks,
Dana Kowalski
Ohio Hardwood Boards""",
  topic="lost-inbound",
  dec=[("shipment-id", "FBA15K9QZ3T7R"), ("tracking-number", "1Z4X92E80317552981"),
       ("sku", "OHB-CUTBRD-12"), ("mild-word", "Unfortunately")],
  notes="calm native reimbursement request; 'Unfortunately' is a mild word")

M("tech-login-in-007", T, "", "IN", "indian", "Unable to login - OTP not coming on registered mobile",
  """Hello Team,

From yesterday evening I am not able to login into my Seller Central account. After entering email and password, the page asks for OTP but no OTP is coming on my registered mobile number. I have tried 6-7 times, also tried "Didn't receive the OTP?" option, still nothing.

My registered number is an Airtel number ending with 4471 and it is working fine, I am getting other bank SMS normally. I have also tried resetting the password but reset link also asks for the same verification code.

Kindly help me to change the two step verification to my email or to my new number, or please check why the SMS is not delivering. I have 35 pending orders to dispatch today and I cannot see them.

Please revert back at the earliest.

Thanks and regards,
Pooja Nair
Kerala Spice Basket
Contact: +91 98470 55123""",
  topic="login",
  dec=[("password-word", "password"), ("otp-word", "OTP"), ("verification-code-word", "verification code"),
       ("phone", "+91 98470 55123")],
  notes="password/OTP/verification code mentioned with no value; phone number decoy")

M("tech-deposit-tr-008", T, "", "DE", "turkish", "Deposit method not verified - please update",
  """Hello Seller Support,

We changed our bank because the old bank closed our business account. Now on the Deposit Methods page it says "verification pending" since 10 days and our disbursement is on hold, around 8.400 EUR.

The new account details are:
Account holder: Ege Tekstil Dış Ticaret A.Ş.
Bank: Garanti BBVA
IBAN: TR10 0006 2000 0011 2233 4455 66
SWIFT: TGBATRIS

We uploaded the bank letter with stamp two times but the system does not accept it. Can you please tell us which document you need exactly, or can you add this account manually from your side?

Thank you,
Zeynep Arslan
Finance, Ege Tekstil""",
  topic="deposit-method",
  sec=[("iban", "TR10 0006 2000 0011 2233 4455 66")], dec=[("swift-code", "TGBATRIS")],
  notes="full IBAN pasted into the case; SWIFT code is a decoy")

M("poa-review-us-009", A, "review-manipulation", "US", "native",
  "Appeal: account deactivation for review manipulation",
  """Hello,

Thank you for reviewing our appeal. Our account was deactivated for violating the Customer Product Reviews policy. We have looked hard at our own practices and here is what we found and what we have changed.

**What happened**
Starting in November, we included a small insert card in our yoga mat packages that said "Love your mat? Leave us a 5-star review and get 20% off your next order." We thought this was normal marketing and didn't realize that offering a discount in exchange for a review, and asking specifically for a positive one, is not allowed. That card went out in roughly 1,900 orders.

**What we've done**
- Stopped using the insert card as of March 3 and destroyed all remaining printed cards (about 4,000).
- Removed the same wording from our follow-up emails in our email marketing tool.
- Reviewed every review request we send; the only one we use now is the Request a Review button in Seller Central.
- Our two-person team read the Customer Product Reviews policy and the Seller Code of Conduct in full.

**Going forward**
- Any new packaging or insert will be checked against Amazon's review rules before it is printed.
- We will not offer any incentive tied to a review, of any kind.
- Once a quarter we'll re-read the policy pages for updates.

We're a small business and we want to do this right.

Best,
Jordan Ellis
Ellis Active Goods""",
  style="bold", rc="What happened", co="What we've done", pr="Going forward",
  pol=["Customer Product Reviews policy", "Seller Code of Conduct"],
  notes="clean bold-style POA, native writer")

M("poa-iptm-br-010", L, "ip-trademark", "US", "latam",
  "Reinstatement of ASIN B0D2HX8KLN - trademark complaint",
  """Dear Amazon,

We are Brazilian sellers of phone accessories and our listing ASIN B0D2HX8KLN was removed for trademark infringement after a complaint of the brand owner. We want to present our plan of action.

CAUSE OF THE COMPLAINT
In the title and in the bullet points we wrote "compatible with MagSafe" and we used the word in a bigger font in the main image. The owner of the trademark understood that we were saying our product is from their brand. It was our mistake, we did not know the rule about using other brand names in images.

ACTIONS DONE
- We changed the title to "Magnetic Wireless Charger for iPhone 15/16" and removed the brand name from all images.
- We reviewed the other 23 listings of our store and removed third party brand names from 6 of them.
- We sent an email to the rights owner explaining the changes and asking to retract the complaint.

PREVENTION
Same as above.

Obrigado pela atenção,
Rafael Costa
RC Acessórios""",
  style="caps", rc="CAUSE OF THE COMPLAINT", co="ACTIONS DONE", pr=None,
  pol=["trademark infringement"], dec=[("asin", "B0D2HX8KLN"), ("foreign-snippet", "Obrigado pela atenção")],
  notes="PREVENTION heading present but only 'Same as above.': preventive labeled absent")

M("cat-grocery-pk-011", C, "", "US", "other-non-native", "Request approval for Grocery & Gourmet category",
  """Dear Category Team,

We want to request approval to sell in the Grocery & Gourmet Food category. We are an exporter of basmati rice and Himalayan pink salt from Lahore, and we have registered our brand "Punjab Harvest" in the USA.

Please find attached:
1. Three invoices from our supplier Al-Rehman Rice Mills, invoice no. ARM-2026-0418, ARM-2026-0502 and ARM-2026-0533, total 4,200 kg.
2. FDA food facility registration certificate.
3. Lab test report for heavy metals and moisture from SGS Pakistan.
4. Product label images with ingredients, net weight and allergen statement.

All products are packed in sealed 2 lb and 5 lb bags with lot number and best before date printed. We will ship through FBA only.

Kindly review our application and let us know if any other document is required.

Best regards,
Usman Tariq
Punjab Harvest Foods (Pvt) Ltd.""",
  topic="grocery",
  dec=[("invoice-number", "ARM-2026-0418"), ("invoice-number", "ARM-2026-0502")],
  notes="calm category approval request, invoice numbers as decoys")

M("poa-safety-uk-012", A, "product-safety", "UK", "native",
  "Our POA - product safety deactivation (children's night light)",
  """Dear Seller Performance,

Please find our plan of action regarding the deactivation for a product safety concern on our children's silicone night light.

Our POA: root cause
Two customers reported that the charging base became very hot. We asked our factory for the charging circuit specification and found that the batch shipped in December used a different USB-C charging module than the one that passed UKCA testing in 2025. The factory substituted the part because of a shortage and did not tell us. We did not re-test because the product looked identical.

Our POA: actions taken
- Listing closed and all 410 units in FBA removed; 86 units at our warehouse quarantined.
- Every buyer from the December batch (312 orders) has been emailed with a recall notice and offered a full refund, regardless of whether they complained.
- We commissioned a new test at an accredited lab on the December batch; the report is attached and confirms overheating above the limit.
- The affected units are being recycled through a licensed WEEE handler.

Our POA: keeping it from happening again
- Our supplier contract now includes a clause that no component may be changed without written approval and a fresh test report.
- Each batch will be sampled on arrival (5 units) and tested for charging temperature before we send anything to FBA.
- We will keep a component list (bill of materials) per batch on file.

We are sorry for the risk this caused to families.

Kind regards,
Helen Marsh
Little Lantern Ltd""",
  style="our-poa", rc="Our POA: root cause", co="Our POA: actions taken", pr="Our POA: keeping it from happening again",
  pol=["product safety"], dec=[("single-apology", "We are sorry for the risk this caused to families.")],
  notes="clean our-poa style; one closing apology is a decoy")

M("poa-valid-co-013", A, "valid-tracking", "US", "latam",
  "Plan de acción / Plan of action - valid tracking rate",
  """Hello Seller Performance team,

Our account was suspended because our valid tracking rate is 88% and it must be more than 95%. Here is our plan of action.

A) Root of the problem
We ship from Bogotá to the United States with a local courier that gives us a tracking number, but this number is not recognized by Amazon because the courier is not in the list of carriers. When we confirmed shipment we selected "Other" and wrote the carrier name, so Amazon could not validate the scans.

B) Corrections made
- From March 1 we changed to DHL Express for all orders to the USA, which is an integrated carrier.
- We updated the tracking of the 37 open orders that were shipped with DHL after the change.
- Our staff received training on how to choose the correct carrier name in the confirm shipment page.

C) Prevention
- We will use only carriers from Amazon's list.
- Every week, our operations manager Andrés will download the valid tracking report and check every order without valid tracking.

We kindly ask you to review our plan and please give us chance to continue selling.

Thank you,
Camila Rojas
Café de Altura SAS""",
  style="lettered", rc="A) Root of the problem", co="B) Corrections made", pr="C) Prevention",
  pol=["valid tracking rate"], dec=[("mild-plea", "please give us chance to continue selling")],
  notes="lettered headings; polite 'give us chance' is a mild plea decoy")

M("brand-hijack-tr-014", B, "", "UK", "turkish", "Hijacker selling fake version on our brand listing",
  """Dear Brand Registry Support,

We are the owner of the brand "Lavanta Garden" registered in UKIPO (trademark number UK00003845127) and enrolled in Brand Registry. Since 5 days one seller called "BestDealz-UK" is selling on our listing ASIN B0BX3PQ7VN (lavender soap gift set).

We never sold to this seller and we have no distributor in the UK. We made a test buy, order 203-4418827-5520316, and the product we received is not our product: the box has no batch number and the soap smell is different, the label is printed with spelling mistake "Lavander".

Please remove this seller from our listing. We attach photos of the test buy, our original product, and the trademark certificate.

Thank you,
Elif Korkmaz
Lavanta Garden Kozmetik""",
  topic="hijacker",
  dec=[("trademark-number", "UK00003845127"), ("asin", "B0BX3PQ7VN"), ("order-id", "203-4418827-5520316")],
  notes="brand dispute with test buy; order ID / trademark number decoys")

M("poa-drop-in-015", A, "drop-shipping", "IN", "indian",
  "Reinstatement appeal - drop shipping policy violation",
  """To,
The Seller Performance Team,
Amazon.in

Subject: Plan of action for violation of drop shipping policy

Respected Team,

Root cause: We are a small reseller of home fitness products from Pune. To save warehouse cost, we placed orders on another online marketplace and got them delivered directly to our customers. The packing slip and invoice inside the box was showing the name of the other marketplace and not our business name, and customers complained that they received package from a different seller.

Corrective actions: We will stop all orders from other marketplaces with immediate effect. We are going to take a small godown on rent in Hadapsar and will keep stock there. We will also start using Easy Ship so that all invoices are generated in our name.

Preventive measures: Going forward, every package will go from our godown with our invoice and packing slip only. Our staff will check every box before handover to courier. We will never use any other retailer to fulfill Amazon orders.

We assure you that this will not happen again. Kindly reinstate our account.

Thanking you,
Vikram Deshpande
FitHome Solutions""",
  style="inline", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive measures:",
  pol=["drop shipping policy"],
  notes="inline headings; corrective section is only future tense -> not-done")

M("fba-whdmg-eg-016", F, "", "AE", "other-non-native", "Units damaged in fulfillment center - request reimbursement",
  """Hello,

I checked my inventory adjustments report and I found that 18 units of my product were marked as damaged in the warehouse DXB3 between 2 and 9 February. The product is a glass perfume bottle set, FNSKU X002KLM9QZ, SKU NILE-PERF-06.

I did not receive any reimbursement for these units until today. The reason code in the report is "E - Damaged at Amazon fulfillment center". My selling price is 149 AED and the cost per unit is 62 AED, the invoice is attached.

Please check and reimburse the 18 units. If some were already reimbursed, please send me the reimbursement ID so I can match it.

Thank you very much,
Mona Fathy
Fathy Scents""",
  topic="warehouse-damaged", dec=[("fnsku", "X002KLM9QZ"), ("sku", "NILE-PERF-06")],
  notes="calm reimbursement request, Egyptian seller")

M("poa-cancel-us-017", A, "cancel-rate", "US", "native",
  "Appeal - pre-fulfillment cancel rate",
  """Hello Seller Performance,

We're appealing the deactivation of our account for a Pre-fulfillment Cancel Rate of 6.1%.

How we got here
We sell vintage-style vinyl record storage crates and run a Shopify store alongside Amazon. Both channels pull from the same inventory, but the sync app we used only updated Amazon every 6 hours. During a big sale on our own site in late January, we sold out and Amazon kept showing stock for most of a day. We had to cancel 41 Amazon orders because there was nothing left to ship.

Keeping it from coming back
Going forward we'll keep a safety buffer of 10 units on Amazon for every SKU, so a sellout on one channel can't oversell the other. We'll check the cancellation rate every Friday and pause any SKU that runs below 15 units during promotions.

Thanks for taking a look.

Marcus Reed
Crate & Groove""",
  style="plain", rc="How we got here", co=None, pr="Keeping it from coming back",
  pol=["Pre-fulfillment Cancel Rate"],
  notes="root cause and prevention only: no corrective part (nothing says what was fixed)")

M("appeal-cond-tr-018", A, "condition", "UK", "turkish", "Appeal with POA attached - used sold as new/condition complaints",
  """Dear Seller Performance Team,

Our account was deactivated because of condition complaints, buyers said that they received items that looked used. We investigated all 12 complaints and prepared a detailed plan of action.

Please find our POA in the attached PDF file (POA_CondTR_March2026.pdf). It includes the root cause, the actions we already took, and the steps for prevention. We also attached photos of our new packing station and the supplier invoices.

If you need any additional information please let us know, we will answer in the same day.

Saygılarımızla,
Burak Demir
Demir Ev Gereçleri""",
  att=True, pol=["condition complaints"],
  dec=[("file-name", "POA_CondTR_March2026.pdf"), ("foreign-snippet", "Saygılarımızla")],
  notes="cover letter, POA in an attachment (poa_attached)")

M("poa-cf-in-019", L, "counterfeit", "US", "indian",
  "Listing reinstatement request - counterfeit complaint ASIN B0C5NRX2TY",
  """Hello Amazon Team,

We are writing for reinstatement of our listing ASIN B0C5NRX2TY (stainless steel insulated bottle) which was deactivated for suspected counterfeit.

1. Investigation
We found that 2 buyers complained that the logo on the bottle was peeling. We import these bottles from our manufacturer in Yongkang, China, and we sell them under our own brand "Aqualoop". The manufacturer changed the logo printing method from laser to silk print without informing us. Customers thought the peeling logo meant a fake product. Below is the note the factory sent to us after we asked:

"李先生您好，这批货因为激光机坏了，改用丝印，我们以为没有影响，非常抱歉。"
(Translation: the laser machine was broken so they used silk printing, they thought it was no problem.)

2. Immediate actions
- Removed 260 units of this batch from FBA.
- Factory has re-done 500 units with laser engraving, which we have received and checked.
- We have attached our brand registration, the manufacturer invoice and photos of old vs new logo.

3. Long-term controls
- Any change in material or process must be approved in writing by us.
- Pre-shipment inspection by a third party (QIMA) for each batch.

Please reinstate the listing.

Regards,
Suresh Iyer
Aqualoop Brands LLP""",
  style="numbered", rc="1. Investigation", co="2. Immediate actions", pr="3. Long-term controls",
  pol=["counterfeit"], dec=[("asin", "B0C5NRX2TY"),
                            ("foreign-snippet", "李先生您好，这批货因为激光机坏了，改用丝印，我们以为没有影响，非常抱歉。")],
  notes="pasted Chinese factory note inside an English letter")

M("tech-pay-mx-020", T, "", "MX", "latam", "No puedo actualizar mi tarjeta de cobro",
  """Hola, buenas tardes.

Desde hace una semana me aparece un aviso en Seller Central de que el método de cobro de mi cuenta fue rechazado y que si no lo actualizo van a suspender mis publicaciones. Ya intenté agregar mi tarjeta nueva tres veces y me sale el error "No pudimos verificar esta tarjeta".

Les paso los datos para que la puedan agregar ustedes directamente:
Tarjeta Visa BBVA: 4453 3314 7893 2885
Vence: 11/29
Código de seguridad: 418
Titular: Jorge Alberto Vázquez Ruiz

La dirección de facturación es la misma que tengo registrada en la cuenta. Por favor ayúdenme lo antes posible porque tengo muchas ventas en esta temporada y no quiero perder la cuenta.

Muchas gracias,
Jorge Vázquez
Papelería Vázquez""",
  lang="es", topic="payment-method",
  sec=[("card", "4453 3314 7893 2885"), ("card-expiry", "11/29"), ("card-code", "418")],
  notes="Spanish on MX (not English-required): card number, expiry and CVV pasted")

# ---------------------------------------------------------------- chunk 2 (021-040)

M("poa-relacc-in-021", A, "related-accounts", "IN", "indian",
  "Plan of Action - account deactivated as related to another account",
  """Dear Seller Performance Team,

We have received your message that our account "Gupta Brass Works" is deactivated because it is related to another account which is not in good standing. After checking internally we understood the reason and please find our plan of action.

1 - Relation with other account
My elder brother Mr. Naveen Gupta had a seller account "NG Handicrafts" which was suspended in 2024 for late dispatch. In 2025 he helped me to create my account and he logged in from his laptop 3-4 times to upload my listings. Both accounts also used the same office wifi in Jaipur. We were not aware that this creates a link between accounts.

2 - Actions done
- My brother has no access to my account now. We have changed the login, removed his user permission and removed his laptop from our office.
- We have taken a separate internet connection (BSNL fibre) only for my business.
- Our business is separate legal entity: GST 08AAKFG4471M1ZQ, separate bank account and separate warehouse, documents attached.

3 - Steps to avoid in future
- Only me and my one employee will access Seller Central, from our own devices.
- We will not share any device, network or credit card with any other seller.

We understand the related accounts policy now and request you to reinstate our account.

Warm regards,
Rohit Gupta
Gupta Brass Works""",
  style="numbered", rc="1 - Relation with other account", co="2 - Actions done", pr="3 - Steps to avoid in future",
  pol=["related accounts policy"], dec=[("gst-number", "08AAKFG4471M1ZQ")],
  notes="numbered with dash; GST number decoy")

M("poa-restr-tr-022", L, "restricted-products", "US", "turkish",
  "Reinstatement of olive oil soap listings - restricted products",
  """Hello,

Our 4 listings of olive oil soap (ASIN B0CQ2WZ7HD and variations) were removed under the Restricted Products policy, pesticide claims section. Please find below the actions and controls we have.

(a) Actions completed
- We removed the words "antibacterial", "kills 99.9% of germs" and "disinfects" from title, bullets, description and A+ content of all 4 listings.
- We changed the product images, the old box design with "antibacterial" text is replaced with new box.
- All the old-box units in FBA (520 units) were relabeled by removal and re-send; we have the removal order confirmation.

(b) Controls for the future
- Before publishing a listing our content team will use a checklist of forbidden claims that we prepared from the Amazon help pages.
- Our designer will send each package design to the compliance person before printing.

We hope to see the listings active again soon.

Best regards,
Serkan Öztürk
Ayvalık Natural""",
  style="lettered", rc=None, co="(a) Actions completed", pr="(b) Controls for the future",
  pol=["Restricted Products policy", "pesticide claims"], dec=[("asin", "B0CQ2WZ7HD")],
  notes="no root cause at all: the letter never says why the claims were there")

M("appeal-iv-eg-023", A, "identity-verification", "UK", "other-non-native",
  "Seller identity verification - documents uploaded again",
  """Dear Seller Support,

My account is under review for seller identity verification. I have uploaded my passport, my national ID and the electricity bill of my company in Alexandria two times. Your last message said the document is not clear, but I scanned it in colour with high quality.

I don't understand what is the problem exactly. The name on the passport is "Mostafa Ibrahim El-Sayed" and in the account I wrote "Mostafa Ibrahim", maybe this is the reason? If yes please tell me how to correct it.

My phone for video call verification is +20 100 555 8834, I am available every day from 10 am to 8 pm Cairo time.

Thank you,
Mostafa Ibrahim
Delta Linen Export""",
  pol=["seller identity verification"], dec=[("phone", "+20 100 555 8834")],
  notes="account appeal with no POA and no attachment (identity verification)")

M("poa-odr-pt-024", A, "odr", "US", "latam",
  "Plano de ação - taxa de defeitos em pedidos",
  """Prezada equipe de Performance de Vendedor,

Nossa conta foi desativada porque a taxa de defeitos em pedidos (ODR) ficou em 1,8%, acima do limite de 1%. Segue o nosso plano de ação.

Causa raiz
A maioria dos defeitos veio de reclamações de garantia de A a Z em pedidos de sandálias de couro enviadas para os Estados Unidos. Usamos uma transportadora nova em janeiro e 22 pacotes ficaram parados na alfândega por mais de três semanas. Os clientes abriram reclamação porque o pedido não chegou.

Ações já realizadas
- Reembolsamos todos os 22 clientes e enviamos um pedido de desculpas.
- Trocamos a transportadora por uma empresa integrada com a Amazon e com desembaraço aduaneiro incluído.
- Enviamos 600 pares para o FBA para que os pedidos dos EUA saiam do armazém da Amazon.

Medidas preventivas
- Vamos verificar o status de todos os pedidos internacionais a cada dois dias.
- Qualquer pacote parado por mais de 5 dias será reenviado ou reembolsado antes da reclamação.

Atenciosamente,
Fernanda Lima
Sandálias Lima Ltda.""",
  lang="pt", style="plain", rc="Causa raiz", co="Ações já realizadas", pr="Medidas preventivas",
  pol=["ODR"], notes="Portuguese POA on the US marketplace: complete, but non-English")

M("fba-return-in-025", F, "", "IN", "indian", "Customer return not received back - refund already given",
  """Hi Team,

Customer returned the order 405-8831942-2276314 (Bluetooth speaker) on 2 Feb and refund was issued to him on the same day. As per the returns report the return was never received in the fulfilment centre, it is showing "Customer return - not yet received" since more than 45 days.

As per my understanding the customer should be charged again or I should be reimbursed if item is not received within 30 days. I am not able to see any reimbursement in the reimbursement report for this order.

Kindly check and reimburse the amount of Rs 2,499 for this unit. FNSKU is X001ZQ8HTR.

Thanks & regards,
Aman Verma
SoundBox India""",
  topic="customer-return", dec=[("order-id", "405-8831942-2276314"), ("fnsku", "X001ZQ8HTR")],
  notes="short calm reimbursement request")

M("poa-price-us-026", A, "price-gouging", "US", "native",
  "Appeal of deactivation - fair pricing",
  """To whoever reads these,

This is absolutely ridiculous. My account was shut down under the Fair Pricing Policy because a repricer tool set one hand sanitizer bundle to $89.99 for about six hours. One. Bundle. I have been selling on Amazon for nine years with perfect metrics. You are destroying small businesses with these robot decisions and nobody even looks at the history. Fine, here is your plan of action.

ROOT CAUSE
I use a third-party repricer. The minimum and maximum price fields for the 3-pack bundle were left blank when I added it, so when competitors went out of stock the tool raised it as far as it could. No human was checking.

CORRECTIVE ACTIONS
I already set a maximum price on every SKU in the repricer (no more than 30% above my 90-day average). The bundle was corrected to $21.99 the same day. The two customers who bought at the high price were refunded the difference.

PREVENTIVE MEASURES
I will get a daily email from the repricer listing every price change over 15%, and I will review it every morning.

Please restore my account. I'm sick of this.

Dave Kaminski
DK Supply Co.""",
  style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE MEASURES",
  pol=["Fair Pricing Policy"],
  emo=["This is absolutely ridiculous.", "You are destroying small businesses with these robot decisions",
       "I'm sick of this."],
  notes="complete POA but angry native writer: emotional")

M("tech-upload-us-027", T, "", "US", "turkish", "Flat file upload keeps giving error 8541",
  """Hello,

We are trying to upload 45 new products with the home textile flat file template. The feed is processed but every row has error 8541, it says the product data conflicts with existing ASIN. But these are our own brand products, new, never listed before, they have our own GS1 barcodes.

Feed submission ID is 50218374629. Example SKU: KTN-TWL-70x140-GRY, UPC 860009451236.

We checked that the UPC codes are registered to our company in GS1 database. Can you please check why the system matches them to other ASINs and how we can create new listings?

Thanks,
Hakan Çelik
Pamukkale Home""",
  topic="listing-upload",
  dec=[("error-code", "8541"), ("feed-id", "50218374629"), ("upc", "860009451236"), ("sku", "KTN-TWL-70x140-GRY")],
  notes="technical request, feed ID / UPC decoys")

M("poa-inauth-pk-028", A, "inauthentic", "US", "other-non-native",
  "POA for inauthentic complaint",
  """Dear Amazon Seller Performance,

We received the notice of deactivation for inauthentic item complaints on our sports gloves ASIN B0B8LQZ3RK. We are manufacturer in Sialkot and we produce these gloves ourself.

**Root Cause**
The customers complained that the product is not authentic because the product received had no brand name on the glove, only a small tag. Our listing photos showed the logo printed on the wrist. This happened because for the last lot our printing vendor was late and we shipped without printing to avoid stock out.

**Corrective Action**
We will remove all unprinted gloves from FBA and we will print logo on all of them. We will also update the listing images to match exactly the product. We are going to contact the customers who complained.

**Preventive Action**
We will never ship a product that is different from the listing. Quality checker will match each carton with the listing photo before dispatch.

We request you to please reactivate our account.

Regards,
Bilal Ahmed
Sialkot Pro Sports""",
  style="bold", rc="Root Cause", co="Corrective Action", done=False, pr="Preventive Action",
  pol=["inauthentic item complaints"], dec=[("asin", "B0B8LQZ3RK")],
  notes="textbook bold headings; corrective all 'we will' -> not-done")

M("poa-usn-mx-029", A, "used-sold-as-new", "US", "latam",
  "Plan of action used sold as new",
  """Good morning Seller Performance,

We are a small seller from Monterrey and our account was deactivated for used sold as new complaints. We read all the customer comments and this is what we found.

Why this happened
We received customer returns of blenders and our warehouse person put them back in the sellable inventory without checking properly. Some of these had scratches or missing parts, and new customers received them. In total 9 complaints in 30 days.

What we changed
- We checked all our stock in the warehouse and separated 73 returned units, now they are not for sale.
- The worker responsible for returns was trained and we created a separate area with a red label for returns.
- We refunded the 9 customers with full amount.

Thanks for your time and consideration.

Saludos cordiales,
Diego Hernández
Hogar Norte MX""",
  style="plain", rc="Why this happened", co="What we changed", pr=None,
  pol=["used sold as new"], dec=[("foreign-snippet", "Saludos cordiales")],
  notes="root cause and corrective only: no preventive part")

M("cat-jewelry-uk-030", C, "", "UK", "native", "Fine jewellery category application - follow-up",
  """Hello,

I applied for approval in the Fine Jewellery category on 2 March and haven't heard back, so I wanted to follow up and add a couple of documents.

We are a small family jeweller in Birmingham's Jewellery Quarter, trading since 1988. All of our silver and gold pieces are hallmarked at the Birmingham Assay Office, and I've attached our sponsor's mark registration and a recent assay invoice. I've also attached the insurance certificate and our last two wholesale purchase invoices for gemstones.

Is there anything else you need from us? We'd like to list our first 30 pieces before Mother's Day if possible.

Many thanks,
Catherine Doyle
Doyle & Daughter Jewellers""",
  topic="jewelry", notes="calm native category follow-up")

M("appeal-cf-tr-031", A, "counterfeit", "UK", "turkish", "Question about counterfeit deactivation",
  """Hello,

Today our account was deactivated for counterfeit products complaint on a perfume listing. We are distributor of this brand in Turkey and we have the distribution contract.

Can you please tell us which documents you want? We can send the contract, the invoices from the brand company and the import declaration. Please tell us the exact list, because last time we sent documents and they were rejected without explanation.

We are waiting your answer.

Regards,
Cem Aydın
Aydın Parfüm""",
  pol=["counterfeit products complaint"],
  notes="account appeal with no POA: only asks which documents to send")

M("poa-safety-pk-032", A, "product-safety", "US", "other-non-native",
  "Product safety appeal - children's cricket helmet",
  """Dear Seller Performance Team,

We are writing about the deactivation of our account because of a product safety complaint on our kids cricket helmet.

Root Cause:
One parent reported that the grille of the helmet came loose after the ball hit it. We investigated with our factory and found that in the batch of November, the screws for fixing the grille were 2 mm shorter because the supplier of the screws sent wrong size.

Corrective Action:
- We have recalled all 180 helmets of that batch from FBA and from our US warehouse.
- All buyers of the batch were contacted and refunded.
- New screws of correct size are installed and each helmet was pull-tested.

Preventive Action:
- Incoming inspection of screws with caliper for each lot.
- Impact test of 5 helmets per batch before shipping.

For your verification of our quality records, you can login into our QC portal at qc.sialkotsafe.pk with user admin.amz and password Lhr@2026pk, all the test reports are there.

Regards,
Faisal Qureshi
SialkotSafe Sports""",
  style="colon", rc="Root Cause:", co="Corrective Action:", pr="Preventive Action:",
  pol=["product safety"], sec=[("password", "Lhr@2026pk")],
  notes="complete POA, but a portal password is pasted for the reviewer")

M("brand-contrib-in-033", B, "", "IN", "indian", "Unauthorised changes to our brand listing images",
  """Dear Brand Registry Team,

We are the registered brand owner of "Mitti Kraft" (terracotta cookware). From last week someone is changing the main image and the title of our ASIN B0CFT7WQ2L. The new image shows a different clay pot with a black colour which is not our product, and the title now says "pack of 3" while we sell single piece.

We have raised case 17482930561 before but the image changed again after 2 days. Customers are ordering and getting confused.

Kindly lock the listing so that only the brand owner can edit the contribution, and restore our original image and title. Attaching screenshots with date.

Thanks and regards,
Sneha Kulkarni
Mitti Kraft Pvt Ltd""",
  topic="listing-contribution", dec=[("asin", "B0CFT7WQ2L"), ("case-id", "17482930561")],
  notes="brand dispute, case ID decoy")

M("poa-late-eg-034", A, "late-shipment", "AE", "other-non-native",
  "Plan of Action - late shipment rate",
  """Dear Seller Performance,

This is our plan of action for the late shipment rate of 9% in the last 30 days.

ROOT CAUSE:
During Ramadan our shop worked with reduced hours and only one person was packing. We did not change the handling time in the listings, so many orders passed the ship date.

2) Actions already done
- We changed handling time to 3 days for all 140 SKUs.
- We hired a second packer, started on 3 March.
- Orders are now confirmed by the end of each day with a printed checklist.

3) Future prevention
- Before any holiday season we will plan staff two weeks in advance and update handling time.
- We will check the late shipment rate weekly on the Account Health dashboard.

Thank you,
Youssef Mansour
Mansour Home Store""",
  style="mixed", rc="ROOT CAUSE:", co="2) Actions already done", pr="3) Future prevention",
  pol=["late shipment rate"], notes="mixed heading styles (caps colon then numbered)")

M("fba-removal-us-035", F, "", "US", "native", "Removal order marked complete but nothing arrived",
  """Hello,

Removal order 7RQ4KD2PLX was marked "Completed" on March 4 with 60 units shipped, but we only received one box with 24 units. The removal shipment detail report lists two tracking numbers: 1Z9W4V310342118896 (delivered, that's the one we got) and 1Z9W4V310342120215, which UPS says it has no record of.

This is a bit frustrating since it's the second removal this year with missing units. Can you look into the second package and reimburse us for the 36 units if it can't be found? The units are FNSKU X003BD71QM.

Thanks,
Priya Shah
Copperline Kitchen""",
  topic="removal",
  dec=[("removal-order-id", "7RQ4KD2PLX"), ("tracking-number", "1Z9W4V310342118896"),
       ("tracking-number", "1Z9W4V310342120215"), ("fnsku", "X003BD71QM"), ("mild-word", "frustrating")],
  notes="calm native removal complaint with one mild word")

M("poa-review-in-036", A, "review-manipulation", "IN", "indian",
  "Appeal against deactivation for customer reviews policy - PLEASE HELP",
  """Dear Sir/Madam,

Please don't kill our business. Our whole life savings is gone into this brand and now account is deactivated for violating the Customer Reviews policy. We are completely destroyed, we have not slept for 4 days. Please find our plan of action.

Cause: We had hired an agency from Delhi for marketing. They were offering free product to people on WhatsApp groups and asking them to write review. We did not know they are doing this, they only told us they are doing "influencer marketing".

Action taken: We have terminated the contract with the agency on 6 March, the termination letter is attached. We have asked them for the list of all people they contacted and reported this to Amazon. We have stopped all marketing except Amazon Sponsored Products.

Prevention: We will not hire any outside agency for reviews or marketing without checking their methods in writing. Only Amazon Vine and Request a Review will be used.

Please sir, we beg you with folded hands, give us one chance.

Regards,
Nitin Malhotra
Malhotra Naturals""",
  style="inline", rc="Cause:", co="Action taken:", pr="Prevention:",
  pol=["Customer Reviews policy"],
  emo=["Please don't kill our business.", "Our whole life savings is gone into this brand",
       "We are completely destroyed, we have not slept for 4 days.", "we beg you with folded hands"],
  notes="complete inline POA wrapped in emotional pleading")

M("tech-api-uk-037", T, "", "UK", "native", "SP-API authorisation failing for our private app",
  """Hi,

Since Tuesday our private SP-API application (app ID amzn1.sp.solution.7c41e2a9-5b0d-4f7e-9a63-2e1d8f04b6c1) fails to refresh the access token. The LWA endpoint returns "invalid_grant" for the refresh token that has worked for 14 months. Re-authorising from Seller Central > Apps and Services > Develop Apps gives a generic "Something went wrong" page.

We haven't changed the app's roles or rotated credentials. Our developer profile shows as approved. Could you check whether something changed on the account side, for example a role being revoked after the new Tax Invoicing role was added?

Happy to jump on a call. I won't paste any credentials here.

Regards,
Tom Whitfield
Whitfield Outdoor Ltd""",
  topic="api", dec=[("app-id", "amzn1.sp.solution.7c41e2a9-5b0d-4f7e-9a63-2e1d8f04b6c1")],
  notes="API app ID is a decoy; token mentioned with no value")

M("poa-listpol-co-038", L, "listing-policy", "US", "latam",
  "Please reactivate listing B0C9MZT4QS",
  """Hello Amazon,

Our listing B0C9MZT4QS (ceramic coffee mugs) was deactivated and the message says it was for a policy problem. We want to fix it and we send our plan.

### Cause
We grouped the mugs of different designs and also a travel tumbler in the same parent listing, as different "colors". The tumbler is a different product, not a color of the mug.

### What we did
- We removed the tumbler from the family and created it as separate listing.
- The child ASINs now only have differences in color, the size and material are the same.

### Prevention
- We will review the variation theme of every new parent listing before we create it.

Gracias,
Valentina Gómez
Taza Linda Colombia""",
  style="markdown", rc="Cause", co="What we did", pr="Prevention", dec=[("asin", "B0C9MZT4QS")],
  notes="complete POA but the letter never names the policy ('a policy problem' is not a policy name)")

M("appeal-odr-uk-039", A, "odr", "UK", "native", "ODR appeal",
  """Hello, we're appealing the suspension for our ODR going over 1%. The cause was a single batch of phone cases where the magnets were too weak and cases fell off the phones; that batch alone produced 11 negative reviews-turned-feedback and 4 A-to-z claims in two weeks. We've already pulled the batch from FBA (310 units removed), refunded every buyer from that batch whether or not they complained, and switched to N52 magnets after testing 30 samples on six phone models. From now on every new batch gets a drop-and-hold test on 10 units before it ships to Amazon, and I check the Customer Satisfaction tab every Monday morning. Thanks for your time. Sam Okafor, Clip & Case UK""",
  style="none", rc="The cause was a single batch", co="We've already pulled the batch", pr="From now on every new batch",
  pol=["ODR"], notes="one-paragraph POA, no headings")

M("poa-ipcopy-tr-040", L, "ip-copyright", "US", "turkish",
  "Listing removed for copyright - reinstatement request",
  """Dear Amazon,

Our listing of a Turkish coffee set (ASIN B0D1KQ8XVE) was removed for a copyright complaint about the product images.

1. Root Cause
We used 3 lifestyle photos that we found on Pinterest, we thought they are free to use. One of the photos belongs to a photography studio and they made the complaint.

2. Corrective Action
We understand the importance of intellectual property and respect the rights of owners.

3. Preventive Action
From now we will use only photos made by our own photographer or bought with licence, and we will keep the licence file for every image.

Please reinstate our listing.

Saygılar,
Oğuz Kaplan
Kaplan Bakırcılık""",
  style="numbered", rc="1. Root Cause", co=None, pr="3. Preventive Action",
  pol=["copyright complaint"], dec=[("asin", "B0D1KQ8XVE")],
  notes="corrective heading present but only a statement of respect, nothing done: labeled absent")

# ---------------------------------------------------------------- chunk 3 (041-060)

M("poa-cf-us-041", A, "counterfeit", "US", "native",
  "Plan of Action - Counterfeit Notice - Merchant Account Redwood Trail Supply",
  """PLAN OF ACTION
Account: Redwood Trail Supply
Notice: Deactivation for counterfeit complaints (Seller Code of Conduct / Anti-Counterfeiting Policy)
ASINs: B0BRK6T1WZ, B0BRK8PQ4C

## Executive Summary
Redwood Trail Supply takes full responsibility for the complaints received on two ASINs of branded camping headlamps. After a complete review of our supply chain we identified the source of the issue, removed all affected inventory and put new sourcing controls in place. Supporting documents are listed at the end of this plan.

## Root Cause Analysis
1. In Q4 2025 our regular authorized distributor (Pacific Outdoor Wholesale) was out of stock of both headlamp models. To avoid running out before the holidays, our purchasing lead bought 400 units from a liquidation vendor found through a trade forum.
2. That vendor could not provide a chain-of-custody invoice tracing the goods back to the brand. We did not require one at the time.
3. Two customers and the brand owner reported that the units had different battery compartments and packaging fonts. We have since confirmed these units were not genuine.

## Corrective Actions Implemented
1. All remaining units from the liquidation vendor (212 in FBA, 41 in our warehouse) were removed and destroyed; the destruction certificate is attached.
2. All 147 customers who bought from the affected lot have been contacted and refunded in full.
3. Our purchasing lead has been removed from sourcing decisions, and all purchases now require sign-off from the owner.
4. We contacted the brand owner directly, shared the vendor's details and invoices, and apologized.

## Preventive Measures
1. We will buy branded goods only from the brand itself or from distributors listed on the brand's authorized reseller page, and will confirm this in writing before each new brand.
2. Every invoice will be checked for the supplier's full address, phone number, and a product description that matches the ASIN. Invoices are stored for seven years.
3. A written sourcing policy is now part of onboarding for every team member.
4. Once a month we audit a random sample of 10 SKUs against supplier documents.

## Supporting Documents
- Invoices from Pacific Outdoor Wholesale (last 365 days)
- Letter of authorization from Pacific Outdoor Wholesale
- Destruction certificate for removed inventory
- Refund report for affected orders

We appreciate your review and hope to continue serving Amazon customers.

Respectfully,
Karen Whitley
Owner, Redwood Trail Supply LLC""",
  style="markdown", rc="Root Cause Analysis", co="Corrective Actions Implemented", pr="Preventive Measures",
  pol=["Seller Code of Conduct", "Anti-Counterfeiting Policy"],
  dec=[("asin", "B0BRK6T1WZ"), ("asin", "B0BRK8PQ4C")],
  notes="long consultant-style template with an executive summary; complete")

M("appeal-relacc-tr-042", A, "related-accounts", "UK", "turkish", "Hesabım neden kapatıldı?",
  """Merhaba,

Bugün Amazon'dan bir e-posta aldım, hesabımın devre dışı bırakıldığını yazıyor ama nedenini tam olarak anlamadım. Benim başka hiçbir hesabım yok. Sadece bir tane mağazam var ve onu da iki yıldır dürüstçe yönetiyorum.

Belki ofisi paylaştığımız kuzenimin de bir satıcı hesabı olduğu için bir sorun var, ama bizim işlerimiz tamamen ayrı, farklı şirketler, farklı banka hesapları ve farklı ürünler satıyoruz.

Lütfen hesabımı tekrar inceleyin ve hangi belgeleri göndermem gerektiğini söyleyin. Vergi levhası, şirket sicil gazetesi ve banka belgelerini hemen gönderebilirim.

Teşekkürler,
Volkan Şahin
Şahin Ev Tekstili""",
  lang="tr",
  notes="Turkish on the UK marketplace; account appeal with no POA; no policy named")

M("poa-valid-in-043", A, "valid-tracking", "IN", "indian",
  "POA for valid tracking rate below target",
  """Dear Team,

Please find our plan of action regarding the valid tracking rate below 95% on our self-ship orders.

## Reason
Our VTR went down because the valid tracking rate of our orders was low in the last 30 days. Due to this the metric crossed the target.

## Corrective actions
- All 52 orders that were shipped with local courier without tracking have been updated with correct AWB numbers wherever available.
- We have moved all self-ship orders to Easy Ship from 1 March, so tracking is automatically uploaded.
- Our dispatch executive is trained to enter the carrier name exactly as listed.

## Preventive actions
- Daily report of orders shipped vs tracking uploaded will be checked by our manager before 6 pm.
- No order will be handed to a courier that is not integrated with Amazon.

Kindly review and reinstate our selling privileges.

Thanks & Regards,
Harish Reddy
Deccan Electricals""",
  style="markdown", rc=None, co="Corrective actions", pr="Preventive actions",
  pol=["valid tracking rate"], dec=[("because-not-cause", "because the valid tracking rate of our orders was low")],
  notes="'Reason' section is circular (the rate was low because it was low): no root cause, labeled absent")

M("fba-dmg-tr-044", F, "", "UK", "turkish", "Inbound shipment damaged by carrier - partnered carrier",
  """Hello Seller Support,

Our inbound shipment FBA15M2RX8DQH arrived to LTN4 on 21 February with 6 cartons crushed. It was a pallet shipment with the Amazon partnered carrier, BOL number 482917305. The fulfillment center received only 143 of 200 units as sellable, 57 units were marked as damaged by carrier.

Because it is Amazon partnered carrier, we understand that Amazon should reimburse these units. We attach the photos from the pallet before pickup (it was wrapped and in perfect condition) and the packing list.

Please reimburse the 57 damaged units, the product is ceramic serving plates, cost price 9.40 GBP per unit.

Best regards,
Gökhan Aksoy
İznik Çini Art""",
  topic="damaged-inbound", dec=[("shipment-id", "FBA15M2RX8DQH"), ("bol-number", "482917305")],
  notes="9-digit BOL number that fails the ABA check is a decoy")

M("poa-cancel-in-045", A, "cancel-rate", "IN", "indian",
  "Request to reactivate account - plan of action",
  """Dear Seller Performance,

Our account was deactivated yesterday after our metrics went down. We have studied the issue and submitting our plan of action below.

Root cause:
Our inventory in Seller Central was not matching with our physical stock. We were updating stock manually once in a week in an Excel sheet, and in the Holi sale period many items got sold out in our shop but were still live on Amazon. We were forced to cancel 63 orders in 7 days.

Corrective action taken:
- We have done full physical stock count on 9 March and updated every SKU.
- We have purchased an inventory software (Unicommerce) which syncs stock every 15 minutes with Amazon and our shop billing.
- All out of stock SKUs (38) are set to zero quantity.

Preventive action:
- Weekly stock audit every Saturday by store manager.
- During sale periods we will keep 5 units buffer per SKU.

Kindly reinstate our account at the earliest.

Regards,
Manish Agarwal
Agarwal Crockery House""",
  style="colon", rc="Root cause:", co="Corrective action taken:", pr="Preventive action:",
  notes="complete POA for cancellations, but no policy or metric is named ('our metrics went down')")

M("tech-tax-us-046", T, "", "US", "latam", "Tax interview keeps rejecting our EIN",
  """Hello,

We are a Brazilian company with a US LLC in Florida. When we complete the tax interview (W-9) with the LLC name and EIN 88-4172093, the system shows "TIN and name combination does not match IRS records". We checked with our accountant, the EIN letter from the IRS (CP 575) shows exactly "Verde Mar Trading LLC".

We tried three times. Is there a waiting time after an EIN is issued? It was issued in January 2026. Or should we do the interview as a foreign entity with the W-8BEN-E instead?

Thank you for the help,
Ricardo Almeida
Verde Mar Trading LLC""",
  topic="tax-interview", dec=[("tax-id", "88-4172093")],
  notes="EIN is a decoy, not a secret")

M("poa-gouge-pk-047", A, "price-gouging", "US", "other-non-native",
  "Appeal - Amazon Fair Pricing policy",
  """Dear Sir,

Our account is deactivated under the Amazon Fair Pricing policy for the price of our surgical face masks box of 50.

REASON
We updated price in bulk file for 120 SKUs. By mistake our staff put the price of the 10-box carton ($149) on the single box listing. The price stayed for 2 days before we noticed.

SOLUTION
We will correct the price of this listing back to $14.99. We will also check all other prices in the file and correct them. Our staff will get training about how to use the bulk upload file.

PREVENTION
We will always have a second person check the price file before upload. We will set a minimum and maximum price in Seller Central for every SKU.

Please reactivate our account.

Thank you,
Kamran Shah
Shah Medical Supplies""",
  style="caps", rc="REASON", co="SOLUTION", done=False, pr="PREVENTION",
  pol=["Amazon Fair Pricing policy"],
  notes="corrective section ('SOLUTION') is future tense only, even the price fix -> not-done")

M("poa-cond-eg-048", A, "condition", "UK", "other-non-native",
  "POA - item condition complaints",
  """Dear Seller Performance Team,

Please find our plan of action for the condition complaints on our account.

A - What caused the complaints
We sell refurbished Nespresso-compatible coffee machines. Our listings were under "Used - Like New" but the photos and description were copied from the new model, so some buyers expected a sealed box. Also 3 units were shipped without the water tank cover because it was not on our refurbishing checklist.

B - What we have fixed
- All listings now use the condition "Used - Very Good" with a condition note describing the cosmetic marks.
- We added the water tank cover and all accessories to the checklist, and re-checked 95 units in stock.
- We contacted the 7 buyers and offered return with full refund or a partial refund.

C - What we will keep doing
- A second technician will sign the checklist for every unit before packing.
- We will photograph each unit before sealing and keep the photo for 90 days.

We are sorry for the inconvenience caused to the customers.

Kind regards,
Hany Soliman
Cairo Brew Refurb""",
  style="lettered", rc="A - What caused the complaints", co="B - What we have fixed", pr="C - What we will keep doing",
  pol=["condition complaints"], dec=[("single-apology", "We are sorry for the inconvenience caused to the customers.")],
  notes="lettered with dashes; one apology is a decoy")

M("brand-own-us-049", B, "", "US", "native", "Another party enrolled our brand in Brand Registry",
  """Hello Brand Registry team,

We make hand-poured soy candles under the name "Porch Light Candle Co." We filed for a US trademark in 2024 (serial number 97845120, registered January 2026) and went to enroll in Brand Registry this week, only to be told the brand is already enrolled.

We have never authorized anyone to enroll the brand. Since a week ago, the title and images on several of our ASINs have been changed to someone else's, which suggests whoever enrolled it is now controlling the listings.

Attached are our registration certificate, the USPTO record showing us as owner, and photos of our products and labels. Please transfer the brand to our account and remove the other enrollment.

Thank you,
Megan Torres
Porch Light Candle Co.""",
  topic="brand-ownership", dec=[("trademark-number", "97845120")],
  notes="brand ownership dispute, trademark serial decoy")

M("poa-drop-tr-050", A, "drop-shipping", "US", "turkish",
  "Plan of action - drop shipping",
  """Dear Amazon Seller Performance,

We received deactivation for violation of the drop shipping policy. Below is our plan of action.

Reason:
We had a partnership with a warehouse in New Jersey owned by another company. They shipped our orders with their own invoices and their company name on the packing slip, because their system prints it automatically. We did not check how the packages looked.

Actions taken:
- We ended the contract with this warehouse on 28 February.
- All our stock (1,450 units) is now sent to FBA, so all orders are fulfilled by Amazon.
- We checked the remaining FBM orders and they are shipped from our own warehouse in Izmir with our name.

Prevention:
- If we use a 3PL in the future, we will require that the packing slip shows only our business name.
- We will test-order our own products once per month and check the package.

Also, your colleague from Seller Support called me yesterday for verification and I could not read him the code on time. The SMS code I received was 739204, if you still need it.

Thank you,
Selin Koç
Koç Dekor""",
  style="colon", rc="Reason:", co="Actions taken:", pr="Prevention:",
  pol=["drop shipping policy"], sec=[("one-time-code", "739204")],
  notes="complete POA, but an SMS one-time code is pasted at the end")

M("cat-supp-in-051", C, "", "IN", "indian", "Approval request for Health - ayurvedic supplements",
  """Dear Team,

We want to sell our ayurvedic supplement "Ashwa Vitality Capsules" (60 capsules, 500 mg) in the Health & Personal Care category and the listing is asking for approval.

We are a licensed manufacturer, AYUSH license number attached along with the FSSAI license, certificate of analysis for heavy metals and microbial test from NABL lab, and label images as per FSSAI rules. The product contains only ashwagandha root extract and no other active ingredient.

Kindly approve us for the category. Please let us know if you need any other documents, we will share immediately.

Thanks & regards,
Dr. Meera Joshi
Joshi Ayurveda Pharmacy""",
  topic="dietary-supplements", notes="calm category approval request")

M("poa-iptm-uk-052", A, "ip-trademark", "UK", "native",
  "Our POA - trademark complaints from the rights owner",
  """Dear Seller Performance,

Further to your notice about repeated intellectual property complaints (trademark), please see our plan of action.

Our POA - root cause
We sell unbranded garden tools. Three listings used the phrase "Fiskars style" in the title and keywords because our supplier described the shears that way, and we didn't recognise that using a registered trademark to describe an unbranded item is not allowed.

Our POA - corrective steps
- The phrase has been removed from all three titles, bullets and backend search terms.
- We searched our whole catalogue (86 listings) for any other brand names and removed two more.
- We have written to the rights owner to confirm the changes.

Our POA - prevention
N/A - the listings are already fixed.

Kind regards,
Oliver Grant
Greenshed Tools Ltd""",
  style="our-poa", rc="Our POA - root cause", co="Our POA - corrective steps", pr=None,
  pol=["intellectual property complaints"],
  notes="prevention heading says 'N/A': preventive labeled absent")

M("poa-inauth-co-053", A, "inauthentic", "US", "latam",
  "Appeal inauthentic - Colombian coffee",
  """Hello Seller Performance Team,

Thank you for reading. Our account was deactivated for inauthentic complaints on our whole bean coffee "Sierra Nevada Reserve".

The complaints started after we changed the bag supplier in December. The new bags had a different colour (dark green instead of brown) and the valve was in another position, and we did not update the pictures on the listing, so three customers thought it was an imitation. The coffee is the same, from the same farm cooperative in Santa Marta, and we are the brand owner.

We already updated all the images and the description with the new bag, and we added a note that explains the packaging change. We sent a message to the three customers with the explanation and offered refund, and two of them answered they were happy. We also uploaded the trademark certificate from the SIC and the invoices of the cooperative.

In the future, every time we change anything in the packaging, we will first update the listing images and only then send the new stock to FBA.

Best regards,
Juliana Restrepo
Sierra Nevada Coffee SAS""",
  style="none", rc="The complaints started after we changed", co="We already updated all the images",
  pr="In the future, every time we change", pol=["inauthentic complaints"],
  notes="no headings; content cues only")

M("appeal-price-in-054", A, "price-gouging", "IN", "indian", "acc deactivated",
  """Hi team pls reactivate our acc it is deactivated since yesterday. the price of one item was wrong by mistake of our staff, we have corrected it now. we are selling on amazon from 2019 and never had any issue before. all our other listings are fine and price is also normal. we have 200+ orders pending in the festive sale and customers are waiting. pls check and do the needful asap. thanks, Rahul, RK Traders Surat""",
  notes="rushed phone message: no POA, no policy named (only 'the price of one item was wrong')")

M("fba-whlost-pk-055", F, "", "US", "other-non-native", "Lost inventory in warehouse - not reimbursed",
  """Dear Seller Support,

According to the Inventory Ledger report, 14 units of our leather wallets (FNSKU X002RPL4WB) were marked "Lost" (reason code M) in the fulfillment center SBD1 on 12 January. It has been more than 45 days and they are not found and also not reimbursed.

I saw that for another 3 units of the same product there was a reimbursement with ID 4827716390 on 20 January, but not for these 14.

Please investigate and reimburse the units at our selling price of $34.99 minus fees, or the cost price as per invoice attached.

Best regards,
Hamza Javed
Lahore Leather Craft""",
  topic="warehouse-lost", dec=[("fnsku", "X002RPL4WB"), ("reimbursement-id", "4827716390")],
  notes="calm reimbursement request, reimbursement ID decoy")

M("poa-restr-us-056", A, "restricted-products", "US", "native",
  "Appeal - restricted products (drug paraphernalia)",
  """Hi,

Unfortunately our account was deactivated for listing a product that falls under the Restricted Products policy (drug paraphernalia). We sell kitchen scales and related items, and here is our plan.

Step 1: What went wrong
We added a small "pocket digital scale" to our catalog using the manufacturer's description, which included keywords like "herb" and a product image showing a grinder next to it. We didn't review the images or backend keywords before listing.

Step 2: What we did right away
- Deleted the listing and closed the ASIN the same day we got the notice.
- Removed the 120 units from FBA; they will be sold on our own website as a jewelry scale with new photos.
- Checked the other 54 listings for restricted wording; none found.

Step 3: What changes for the future
- Every new listing gets reviewed against the Restricted Products pages by me before it goes live.
- We won't copy supplier descriptions or images without review.

Thanks,
Ben Foster
Foster Kitchen Supply""",
  style="numbered", rc="Step 1: What went wrong", co="Step 2: What we did right away", pr="Step 3: What changes for the future",
  pol=["Restricted Products policy"], dec=[("mild-word", "Unfortunately")],
  notes="calm complete POA opening with 'Unfortunately'")

M("poa-safety-es-057", L, "product-safety", "MX", "latam",
  "Reactivación de publicación - seguridad del producto",
  """Estimado equipo de Amazon,

Nuestra publicación de la lámpara infantil de dinosaurio (ASIN B0CW8HRN4E) fue desactivada por una queja de seguridad del producto. Presentamos nuestro plan de acción.

1. Causa
Un cliente reportó que el compartimento de las pilas se podía abrir sin herramienta y que su hijo de 3 años sacó una pila de botón. Revisamos el lote y confirmamos que el tornillo de seguridad no se instaló en 40 unidades del lote de enero.

2. Acciones realizadas
- Retiramos todas las unidades del inventario de FBA (95 unidades).
- Contactamos a todos los compradores del lote de enero y ofrecimos reembolso.
- El fabricante instaló el tornillo en todas las unidades y agregamos una advertencia visible sobre las pilas de botón.

3. Prevención
- Revisaremos el 10% de cada lote antes de enviarlo a FBA.
- Solicitaremos al fabricante un informe de pruebas por cada lote.

Saludos,
Mariana Torres
Luz Pequeña MX""",
  lang="es", style="numbered", rc="1. Causa", co="2. Acciones realizadas", pr="3. Prevención",
  pol=["seguridad del producto"], dec=[("asin", "B0CW8HRN4E")],
  notes="Spanish POA on MX (not English-required): complete, no defect")

M("tech-page-uk-058", T, "", "UK", "turkish", "Manage Inventory page shows blank",
  """Hi,

Since this morning the Manage All Inventory page shows only a white page with the text "We're sorry, an error occurred" and the reference number 8F2A-61C0. I tried Chrome and Edge, cleared cache, and used incognito mode. Other pages like Orders and Reports open normally.

It's quite annoying because we need to change prices for a promotion tomorrow. I attached a screenshot, file name manage_inventory_error.png.

Can you please check?

Regards,
Emre Polat
Polat Outdoor""",
  topic="page-error",
  dec=[("error-code", "8F2A-61C0"), ("file-name", "manage_inventory_error.png"), ("mild-word", "annoying")],
  notes="calm page error report with one mild word")

M("poa-relacc-eg-059", A, "related-accounts", "US", "other-non-native",
  "URGENT appeal related accounts - please read",
  """To the Seller Performance team,

I am destroyed. For the love of God please read this appeal with your heart. Amazon is my only hope and I have nowhere else to go. My account was deactivated under the related accounts policy.

Why Amazon linked us
My previous employer had an Amazon account that was suspended. When I left the company I opened my own account, and I used the same laptop the company gave me because I could not afford a new one at that time.

Our fix
I will buy a new laptop and I will create a new email. I will also change my internet provider and I am going to send the old laptop back to my previous employer.

Future
I will never use any device or network of another seller.

Please, I am on my knees, do not let my dream die.

Amr Khalil
Khalil Home Goods""",
  style="plain", rc="Why Amazon linked us", co="Our fix", done=False, pr="Future",
  pol=["related accounts policy"],
  emo=["I am destroyed.", "For the love of God please read this appeal with your heart",
       "Amazon is my only hope and I have nowhere else to go", "I am on my knees, do not let my dream die"],
  notes="emotional and the corrective part is future tense only (not-done)")

M("poa-iv-in-060", A, "identity-verification", "IN", "indian",
  "POA - account deactivated under Section 3 of the Business Solutions Agreement",
  """Dear Seller Performance Team,

Our account was deactivated under Section 3 of the Business Solutions Agreement as we could not complete the identity verification. Please find the details below.

1) Why verification failed
Our business address on the GST certificate is our new office in Noida, but the address in Seller Central and on my Aadhaar was still our old address in Ghaziabad. The utility bill we uploaded was for the new office. So none of the documents were matching with each other.

2) What we have corrected
- We have updated the business address in Seller Central to the Noida office.
- My Aadhaar address is also updated, the new e-Aadhaar is attached.
- We have uploaded the electricity bill of February for the same address, name matching with GST.

3) To avoid this in future
- Whenever our address or bank changes, we will first update all government documents and then update Seller Central on the same day.

Kindly reinstate our account.

Thanks,
Sanjay Mittal
Mittal Electronics Pvt Ltd""",
  style="numbered", rc="1) Why verification failed", co="2) What we have corrected", pr="3) To avoid this in future",
  pol=["Section 3 of the Business Solutions Agreement"], notes="identity verification POA, complete")

# ---------------------------------------------------------------- chunk 4 (061-080)

M("poa-odr-in-061", A, "odr", "IN", "indian",
  "Plan of action - Order Defect Rate",
  """Respected Seller Performance Team,

This is regarding deactivation of our account due to Order Defect Rate of 1.9%. We have analysed all the negative feedbacks and A-to-z claims.

PROBLEM
Most of the negative feedback is for our cotton kurtis where the size was not matching with the size chart. We had taken the size chart from our old supplier but the new supplier stitches 1 inch smaller. Customers received small size and gave negative feedback and some raised A-to-z claim when the return pickup was delayed.

FUTURE PLAN
- We will measure 5 pieces of each size from every new lot and match with size chart before listing.
- We will add a note "If between sizes, order one size larger" in the listing.
- Customer messages will be replied within 12 hours, even on Sundays.

We request you to kindly consider our plan and reactivate our account.

Thanks & Regards,
Kavita Bansal
Bansal Ethnic Wear""",
  style="caps", rc="PROBLEM", co=None, pr="FUTURE PLAN", pol=["Order Defect Rate"],
  notes="cause and future plan only: nothing was fixed for the affected orders or stock (no corrective)")

M("tech-deposit-us-062", T, "", "US", "native", "Disbursements failing - need to update bank account",
  """Hello,

Our last two disbursements failed and the Payments dashboard says the deposit method is invalid. We recently switched banks because our old credit union merged with another one.

I tried to add the new account but the form errors out after I enter the numbers. Can you add it on your end or tell me what's wrong? Here's the info:

Bank: JPMorgan Chase
Routing number: 021000021
Account number: 4830019275
Account type: Business checking
Name on account: Blue Heron Paper Goods LLC

We have about $12,000 sitting unpaid, so I'd appreciate a quick look.

Thanks,
Rachel Lindqvist
Blue Heron Paper Goods""",
  topic="deposit-method",
  sec=[("routing-number", "021000021"), ("bank-account", "4830019275")],
  notes="US routing number and account number pasted into a case")

M("poa-cf-pk-063", L, "counterfeit", "US", "other-non-native",
  "Reinstate listing B0CJ4TXD8M - counterfeit complaint",
  """Dear Amazon Team,

Our listing B0CJ4TXD8M (mens leather belt) was removed because of a counterfeit complaint. We are the manufacturer and brand owner of "Ravi Leather".

## Actions we took
- We uploaded our trademark certificate from IPO Pakistan and the USPTO application receipt.
- We sent the production invoices of our tannery and stitching unit.
- We removed all 140 units from FBA for inspection, and all were found to be our own original belts.

## How we will avoid it
- We will add a brand tag and a hologram sticker to every belt so customers can identify original product.
- We will enroll in Brand Registry as soon as the US trademark is registered.

Please reinstate our listing.

Regards,
Adeel Raza
Ravi Leather Works""",
  style="markdown", rc=None, co="Actions we took", pr="How we will avoid it",
  pol=["counterfeit complaint"], dec=[("asin", "B0CJ4TXD8M")],
  notes="no root cause: the letter never says why buyers or the owner thought it was counterfeit")

M("fba-lost-es-064", F, "", "MX", "latam", "Unidades faltantes en envío a Amazon",
  """Hola equipo de Amazon,

Enviamos el envío FBA15P7WK2N4B al centro de distribución MEX2 el 3 de marzo con 10 cajas y 300 unidades de tazas de talavera. Según el reporte de recepción, solo se recibieron 270 unidades y el envío aparece como cerrado.

La guía de la paquetería Estafeta (número 7014893352) muestra que se entregaron las 10 cajas con el peso correcto de 142 kg. Adjuntamos la factura del proveedor y la prueba de entrega firmada.

Les pedimos investigar las 30 unidades faltantes y, si no se encuentran, hacer el reembolso correspondiente.

Gracias,
Alejandro Ramírez
Talavera Poblana""",
  lang="es", topic="lost-inbound",
  dec=[("shipment-id", "FBA15P7WK2N4B"), ("tracking-number", "7014893352")],
  notes="Spanish reimbursement request on MX (not English-required)")

M("poa-late-us-065", A, "late-shipment", "US", "native",
  "Late Shipment Rate appeal",
  """Hello,

We're asking for our selling privileges to be reinstated after our Late Shipment Rate reached 5.6%.

**Why it happened**
We ship custom-engraved cutting boards from our shop in Vermont. In January one of our two laser engravers broke and the replacement part took 12 days to arrive. We kept taking orders at our normal 2-day handling time, so a lot of orders went out late.

**What we'll do about it**
We are going to raise handling time on all engraved items to 5 business days. We'll also look into buying a backup engraver, and we plan to turn on vacation mode any time a machine is down for more than a day.

**How we'll stay on track**
I'll check the late shipment numbers every morning, and we'll cap daily orders at what one machine can handle if we're ever down to one.

Thanks,
Greg Donnelly
Green Mountain Engraving""",
  style="bold", rc="Why it happened", co="What we'll do about it", done=False, pr="How we'll stay on track",
  pol=["Late Shipment Rate"], notes="corrective part is future/plans only -> not-done")

M("appeal-sc-tr-066", A, "seller-code-of-conduct", "UK", "turkish",
  "Appeal about Seller Code of Conduct deactivation",
  """Hello,

Our account was deactivated for violation of the Seller Code of Conduct. The email says we contacted buyers outside of Amazon. We did not understand which messages this is about.

We only sent WhatsApp messages to 2 customers who wrote their phone numbers in the order notes and asked us to call them about the custom name on the necklace. We thought this is helpful for the customer.

Please tell us how we can get our account back.

Best regards,
Derya Uçar
Uçar Gümüş Takı""",
  pol=["Seller Code of Conduct"],
  notes="account appeal with no POA: explains and asks, but no plan")

M("poa-cond-in-067", A, "condition", "IN", "indian",
  "POA for condition complaints - table format",
  """Dear Seller Performance,

Our account was deactivated for item condition complaints (customers said the product was damaged / used). Please find our plan of action in table form for easy reading.

------------------------------------------------------------------------------
Part          | Details
------------------------------------------------------------------------------
Root cause    | Our packing was only a poly bag for glass spice jars. 11 orders
              | reached broken or with cracked lids, buyers reported "damaged /
              | looks used" as the boxes were re-taped by courier.
Action done   | - Shifted to 5-ply carton with bubble wrap and honeycomb divider.
              | - 11 customers refunded fully, 4 sent replacement.
              | - Old packing material (2000 bags) removed from packing table.
Prevention    | - Drop test of 1 packed box from 1 m every morning before dispatch.
              | - Weekly review of returns reasons by owner.
------------------------------------------------------------------------------

Kindly review and reactivate.

Regards,
Deepak Rao
Rao Kitchen Essentials""",
  style="plain", rc="Root cause    |", co="Action done   |", pr="Prevention    |",
  pol=["item condition complaints"], notes="POA laid out as a plain-text table")

M("cat-auto-tr-068", C, "", "DE", "turkish", "Approval for automotive parts - brake pads",
  """Hello,

We are a manufacturer of brake pads in Bursa and we want to sell in the Automotive category in Amazon.de. The system says that brake parts need approval.

Our products have ECE R90 certification, the certificate numbers are printed on every box, and we attach the certificates and our ISO/TS 16949 quality certificate. We also attach 3 invoices of sales to German distributors.

Please let us know what else is required for the approval.

Best regards,
Murat Güneş
Güneş Fren Sanayi""",
  topic="automotive", notes="calm category approval request (DE marketplace, English text)")

M("poa-review-br-069", A, "review-manipulation", "US", "latam",
  "Appeal review manipulation - please help us",
  """Dear Seller Performance,

We are desperate. This account is everything we have, we invested our house money and now everything is lost. Please, please, please reactivate our account, we are a family business and we cannot survive without it. We received the notice for violating the Community Guidelines about reviews, and here is our plan.

A) Cause
My nephew, who helped us with the listings, asked friends and family in Brazil and in the US to buy our bamboo cutting boards and write reviews. We did not know this is prohibited when the reviewers are family.

B) Correction
- My nephew no longer has access to the account (his user was removed on 2 March).
- We asked all friends and family to remove their reviews, 9 of 12 are already removed.
- We read the Community Guidelines and the policy of customer reviews with all the team.

C) Prevention
- We will only use the Request a Review button.
- No family member or friend will ever review our products.

Muito obrigado,
Paulo Souza
Bambu Brasil Home""",
  style="lettered", rc="A) Cause", co="B) Correction", pr="C) Prevention",
  pol=["Community Guidelines"],
  emo=["We are desperate.", "This account is everything we have, we invested our house money and now everything is lost.",
       "Please, please, please reactivate our account", "we cannot survive without it"],
  notes="complete lettered POA wrapped in pleading")

M("poa-iptm-ar-070", L, "ip-trademark", "AE", "other-non-native",
  "طلب إعادة تفعيل المنتج - شكوى علامة تجارية",
  """فريق أمازون المحترم،

تم إلغاء تفعيل منتجنا (ASIN B0D4RMK7TQ) بسبب شكوى انتهاك علامة تجارية. نرسل لكم خطة العمل التالية.

السبب الجذري:
استخدمنا اسم علامة تجارية مشهورة في عنوان المنتج للإشارة إلى أن الغطاء متوافق مع هاتفهم، ولم نكن نعلم أن هذا غير مسموح.

الإجراءات التي تم اتخاذها:
- حذفنا اسم العلامة التجارية من العنوان والصور والكلمات المفتاحية.
- راجعنا جميع منتجاتنا الأخرى (45 منتجاً) وعدلنا ثلاثة منها.
- تواصلنا مع صاحب العلامة التجارية وأبلغناه بالتعديلات.

الإجراءات الوقائية:
- سيراجع موظف مختص كل عنوان جديد قبل النشر.
- لن نستخدم أي علامة تجارية لا نملكها في بيانات المنتج.

مع الشكر والتقدير،
كريم عبد الله
متجر النيل للإكسسوارات""",
  lang="ar", style="colon", rc="السبب الجذري:", co="الإجراءات التي تم اتخاذها:", pr="الإجراءات الوقائية:",
  pol=["انتهاك علامة تجارية"], dec=[("asin", "B0D4RMK7TQ")],
  notes="Arabic POA on AE: Seller Support answers in Arabic there, so no non-english defect")

M("brand-transp-uk-071", B, "", "UK", "native", "Transparency codes rejected at fulfilment centre",
  """Hello,

We're enrolled in Transparency for our brand "Fell & Tarn" (waterproof walking socks). Our last inbound shipment, FBA15N4DQ8YL, had 120 units put into unfulfillable status with the reason "Transparency code missing or invalid".

Every unit has a Transparency label; we printed them from the codes we downloaded on 1 Feb. For example, one unit's label reads AZ:7QKD3F9X2MVPHT4W8RLC. The Transparency app scans it as valid on our phones.

Could you check whether the codes were activated correctly against the GTIN, and get the units moved back to sellable?

Cheers,
Anna Brightwell
Fell & Tarn Ltd""",
  topic="brand-program", dec=[("shipment-id", "FBA15N4DQ8YL"), ("transparency-code", "AZ:7QKD3F9X2MVPHT4W8RLC")],
  notes="Transparency code and shipment ID are decoys")

M("poa-usn-tr-072", A, "used-sold-as-new", "UK", "turkish",
  "POA used sold as new",
  """Dear Team,

We got the deactivation notice for used sold as new complaints. Our plan:

Root cause: When customers returned headphones, our FBM team put them back on the shelf if the box looked fine. We did not open and check them. 6 buyers got units with scratches or fingerprints on the ear cups.

What we did: All returned units (48 pcs) were taken out of stock and are now sold only as "Used - Good" after testing. The 6 buyers got full refund and we sent them a new unit. We put a seal sticker on every new box so it is clear if it was opened.

Thank you for your consideration.

Best regards,
Onur Yılmaz
Yılmaz Elektronik""",
  style="inline", rc="Root cause:", co="What we did:", pr=None,
  pol=["used sold as new"], notes="no preventive part")

M("poa-valid-pk-073", A, "valid-tracking", "US", "other-non-native",
  "Valid tracking rate appeal + request to release funds",
  """Dear Seller Performance,

Our account was deactivated for the valid tracking rate of 91%.

Root cause
We sent small orders from Karachi by Pakistan Post EMS. The tracking numbers were uploaded but the scans stop after leaving Pakistan, so Amazon considers them not valid.

Corrective action done
We moved all our US stock to FBA on 20 February (shipment received). No more self-shipped orders from Pakistan.

Preventive action
If we ever ship FBM again, we will use only UPS or DHL which are integrated with Amazon.

Also, our payments are on hold. Please send our balance to our new bank account: Meezan Bank, IBAN PK80 MEZN 0003 1101 0123 4567, title Indus Craft Exports.

Thanks,
Sara Memon
Indus Craft Exports""",
  style="plain", rc="Root cause", co="Corrective action done", pr="Preventive action",
  pol=["valid tracking rate"], sec=[("iban", "PK80 MEZN 0003 1101 0123 4567")],
  notes="complete POA with a Pakistani IBAN pasted at the end")

M("tech-login-ja-074", T, "", "JP", "other-non-native", "ログインできません（2段階認証）",
  """お世話になっております。

昨日からセラーセントラルにログインできなくなりました。メールアドレスとパスワードを入力すると、2段階認証のコードを求められますが、登録している携帯電話番号が解約済みのため、コードを受け取ることができません。

本人確認のため、念のためログイン情報をお伝えします。
ログインメール：shop@hanazono-zakka.jp
パスワード：Hana2026zakka!

新しい電話番号に2段階認証の設定を変更していただけますでしょうか。必要であれば身分証明書のコピーをお送りします。

よろしくお願いいたします。
花園雑貨店　山本""",
  lang="ja", topic="login", sec=[("password", "Hana2026zakka!")],
  notes="Japanese login request on JP with the password pasted (パスワード)")

M("poa-inauth-in-075", A, "inauthentic", "US", "indian",
  "Plan of action - inauthentic complaints, with supplier proof",
  """Dear Seller Performance Team,

We are submitting our plan of action for the inauthentic item complaints on our phone tripods (ASIN B0C7WRN3FX).

Root cause of the complaints:
Buyers complained that the tripod received was "not the original" because the brand name on the box was "TriPro" but our listing showed "TriPro Max". The manufacturer in Yiwu sent the older box design in the last lot.

Corrective actions taken:
- Listing title and images updated to the exact box design.
- 300 units in FBA relabelled with correct outer box.
- Customers who complained were refunded.
- We obtained proof of purchase from the manufacturer. Below is the WeChat message of the supplier with payment details, as proof that we paid the factory directly:

"王经理：货款已收到，谢谢。我们的收款账户：银行账号 6222 0212 0001 8836 451，开户行：中国工商银行义乌分行，户名：义乌市明远影像器材有限公司。"

Preventive actions:
- Every new lot will be photographed on arrival and compared to the listing.
- Only direct factory purchase with invoice.

Kindly reinstate our account.

Regards,
Arjun Menon
Menon Gadgets""",
  style="colon", rc="Root cause of the complaints:", co="Corrective actions taken:", pr="Preventive actions:",
  pol=["inauthentic item complaints"], sec=[("bank-account", "6222 0212 0001 8836 451")],
  dec=[("asin", "B0C7WRN3FX")],
  notes="pasted Chinese supplier note with a bank account (银行账号 / 开户行)")

M("poa-price-co-076", A, "price-gouging", "US", "latam",
  "Appeal for account reactivation",
  """Dear Seller Performance team,

Our account was deactivated for the prices of some of our products. We want to present our plan of action.

Root cause
We sell imported Colombian snacks (arequipe, bocadillo). In February the shipping costs increased a lot and our employee raised the prices of 12 products by 60-80% at once, without checking the prices of other sellers or our own previous prices.

Corrective actions
- All 12 prices have been returned to the previous level or less (list attached).
- We refunded the difference to the 23 customers who bought at the higher price.

Preventive actions
- Only the owner can change prices now.
- No price will be increased more than 10% in one month.

Best regards,
Andrés Mejía
Dulces de Colombia USA""",
  style="plain", rc="Root cause", co="Corrective actions", pr="Preventive actions",
  notes="complete POA, but the letter never names the policy ('for the prices of some of our products')")

M("fba-return-us-077", F, "", "US", "native", "Customer returned a different item - request reimbursement",
  """Hi,

On order 113-9722003-3224538 the customer returned an item that isn't ours. We sell a stainless steel French press (FNSKU X002VHT6KD) and the unit that came back to us in the removal was a cheap plastic pour-over cone in our box. The return was graded sellable and restocked, then we pulled it in a removal because of a buyer complaint.

I've attached photos of what arrived, including the LPN sticker on the box (LPNRR481927365). We'd like to be reimbursed for the French press since the customer kept it.

Thank you,
Lisa Park
Park & Pour Coffee""",
  topic="customer-return",
  dec=[("order-id", "113-9722003-3224538"), ("fnsku", "X002VHT6KD"), ("lpn", "LPNRR481927365")],
  notes="order ID passes Luhn once the dashes are removed: hard T006 negative")

M("poa-drop-co-078", A, "drop-shipping", "US", "latam",
  "Plan of action for drop shipping policy violation",
  """Hello Amazon Seller Performance,

We received the deactivation of our account for violating the drop shipping policy. Here is our plan of action.

1. Root cause
We bought the products on another US retail website and had them delivered directly to the Amazon customers. The package came with the retailer's invoice and logo, so the customers saw that the product was not sent by us.

2. Corrective actions
We understand that drop shipping from other retailers is not allowed and we respect Amazon policies 100%.

3. Preventive actions
We will buy inventory in advance and keep it in our own warehouse in Medellín or in FBA. Every package will have our own packing slip.

Thank you for your time,
Natalia Vargas
Casa Vargas Store""",
  style="numbered", rc="1. Root cause", co=None, pr="3. Preventive actions",
  pol=["drop shipping policy"],
  notes="corrective heading holds only a statement of understanding: labeled absent")

M("poa-ippat-in-079", L, "ip-patent", "US", "indian",
  "Listing reinstatement - patent infringement complaint",
  """Dear Amazon,

Our listing ASIN B0CZ5KHQ1R (foldable laptop stand) was removed due to patent infringement complaint based on US Patent No. 11,284,563.

Root cause:
We bought the design from a factory catalogue and did not do a patent search. The complainant's patent covers the hinge locking mechanism, and our stand used a very similar hinge.

Corrective actions:
- We stopped selling the stand and removed 420 units from FBA.
- Our patent attorney compared our hinge with the claims; the opinion is attached.
- The factory has redesigned the hinge with a friction lock instead of the ratchet, new samples received.

Preventive measures:
- Freedom-to-operate search for every new product before first order.
- Factory must declare any known patents on the design.

We request reinstatement only for the redesigned version, which will be listed as a new ASIN after your confirmation.

Regards,
Prakash Nambiar
DeskEase India""",
  style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive measures:",
  pol=["patent infringement complaint"], dec=[("asin", "B0CZ5KHQ1R"), ("patent-number", "11,284,563")],
  notes="patent POA, patent number decoy")

M("appeal-cancel-uk-080", A, "cancel-rate", "UK", "native", "Cancellation rate appeal - POA attached",
  """Dear Seller Performance,

Please see the attached plan of action (CancelRate_POA_GoldenHare.docx) regarding the deactivation of our account for a cancellation rate above 2.5%.

In brief, the cancellations came from a stock sync failure between our warehouse system and Seller Central in the week of 9 February. The attached document explains the cause in full, what we have already done to fix the sync, and the checks we have added.

We'd be grateful if you could give us a chance to put things right.

Kind regards,
Simon Hale
Golden Hare Homeware""",
  att=True, pol=["cancellation rate"],
  dec=[("file-name", "CancelRate_POA_GoldenHare.docx"), ("mild-plea", "give us a chance to put things right")],
  notes="cover letter with the POA attached; polite plea decoy")

# ---------------------------------------------------------------- chunk 5 (081-100)

M("poa-psa-tr-081", A, "prohibited-seller-activities", "US", "turkish",
  "Appeal - Prohibited Seller Activities and Actions",
  """Dear Seller Performance Team,

Our account was deactivated because of a violation of the Prohibited Seller Activities and Actions policy. We prepared our plan of action.

Root Cause
We accept our mistake and we are very sorry.

Corrective Actions
- We deleted the inserts from our packages that asked buyers to contact us on our website for warranty registration.
- We removed our website address from the product manual and printed new manuals (3,000 pcs), which are now in all boxes in FBA after relabel service.
- All buyer communication is now only through Buyer-Seller Messaging.

Preventive Actions
- Our packaging designer will send every insert and manual to the owner for approval.
- We will read the Amazon communication guidelines every 6 months.

Best regards,
Kerem Aslan
Aslan Mutfak""",
  style="plain", rc=None, co="Corrective Actions", pr="Preventive Actions",
  pol=["Prohibited Seller Activities and Actions policy"],
  dec=[("single-apology", "we are very sorry")],
  notes="'Root Cause' heading holds only an apology, no cause: labeled absent")

M("tech-report-in-082", T, "", "IN", "indian", "Business report not downloading - showing zero sales",
  """Hello Seller Support,

From 3 days the Business Report (Detail Page Sales and Traffic by Child Item) is showing zero sessions and zero units for all our ASINs, but we have received more than 400 orders in the same dates as per the Orders page.

Also the download button gives a CSV file with only header row. We tried date range 1 March to 10 March and also single day. Same result.

Kindly check and revert. We need this data for our monthly GST reconciliation.

Regards,
Neha Chawla
Chawla Fabrics""",
  topic="report-error", notes="calm technical report")

M("fba-whlost-tr-083", F, "", "UK", "turkish", "WHERE ARE MY 90 UNITS? 3rd case!!",
  """This is my THIRD case about the same problem and nobody is helping.

90 units of my hammam towels (FNSKU X003KT2PWN) disappeared from the warehouse in January. The inventory ledger shows "Lost" and after that nothing. No reimbursement, no found, nothing. Every time I open a case I get a copy paste answer.

This is theft, there is no other word. Amazon is stealing from small sellers and thinks nobody will notice. I am so angry I cannot even write properly. If I lose 90 units in my own shop I go to police.

I want the money for these 90 units at the price of 18.50 GBP each, this week, not "within 30 days".

Tuncay Bal
Bal Hamam Tekstil""",
  topic="warehouse-lost", dec=[("fnsku", "X003KT2PWN")],
  emo=["This is theft, there is no other word.", "Amazon is stealing from small sellers",
       "I am so angry I cannot even write properly."],
  notes="angry reimbursement request: emotional in a non-appeal")

M("poa-safety-in-084", A, "product-safety", "IN", "indian",
  "Plan of action - product safety complaint on electric kettle",
  """Dear Team,

We received deactivation for the product safety complaint on our 1.8L electric kettle. Please find our plan.

ROOT CAUSE
Two customers reported that the kettle did not switch off automatically after boiling. Our investigation found the auto cut-off thermostat from a new vendor was rated at a higher temperature than the old one.

CORRECTIVE ACTION
We will recall all the kettles from the affected lot. We will replace the thermostat with the original vendor's part and we will get the product re-tested by BIS lab. We will also contact all the buyers and offer refund.

PREVENTIVE ACTION
All components will be bought only from approved vendors. Every lot will be tested for auto cut-off on 10 samples.

Kindly reinstate our account.

Regards,
Ramesh Pillai
Pillai Home Appliances""",
  style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", done=False, pr="PREVENTIVE ACTION",
  pol=["product safety complaint"], notes="corrective all future tense ('We will recall...') -> not-done")

M("poa-cf-uk-085", A, "counterfeit", "UK", "native", "Counterfeit complaint appeal",
  """Dear Seller Performance,

We're appealing the deactivation of our account following a counterfeit complaint on a branded phone charger.

Cause: We bought a mixed pallet of returned electronics from a liquidation auction in Manchester. The paperwork listed the charger as genuine, but the auction house's invoice doesn't identify the original manufacturer or distributor, so we can't show where the chargers came from. The brand's test buy found the unit wasn't genuine.

Actions: We closed the listing, removed all 58 remaining units from FBA and had them destroyed, and refunded all 23 buyers. We've also removed 14 other listings that came from the same pallet, even though there were no complaints about them.

Thanks for reviewing.

Liam Porter
Porter Trade Ltd""",
  style="inline", rc="Cause:", co="Actions:", pr=None,
  pol=["counterfeit complaint"], notes="cause and actions only: nothing about preventing it again")

M("cat-toys-us-086", C, "", "US", "latam", "Request for toys approval for the holiday season",
  """Hello,

We are a Mexican company that makes wooden educational toys (puzzles, balance games) and we want to sell in the Toys & Games category during the holiday season in the US.

We attach our Children's Product Certificate (CPC) for each product, the test reports from an accredited lab for ASTM F963 and CPSIA lead and phthalates, and our product liability insurance. All toys have tracking labels with batch number and date.

Please let us know if our application can be approved or if we need more documents.

Muchas gracias,
Sofía Castillo
Juguetes Madera Viva""",
  topic="toys-holiday", notes="calm category approval request")

M("appeal-iv-pk-087", A, "identity-verification", "US", "other-non-native",
  "Verification failed AGAIN - please help me",
  """Dear Amazon,

Again my verification is failed. This is the 5th time. I have uploaded my CNIC front and back, my bank statement with stamp and the utility bill, all in my name. Every time the same email comes "we were unable to verify the information you provided".

I am so tired, I feel like I am going crazy. I have spent all my savings on the stock and it is sitting in the warehouse. My wife is asking me every day what is happening and I have no answer for her. Please I am requesting with tears, just tell me what is wrong.

My seller ID is A2QK7ZP4M9XRB1.

Zeeshan Ali
Ali Traders""",
  emo=["I am so tired, I feel like I am going crazy.", "I have spent all my savings on the stock",
       "I am requesting with tears"],
  dec=[("merchant-token", "A2QK7ZP4M9XRB1")],
  notes="account appeal (verification) with no POA, no policy named, emotional")

M("poa-listpol-in-088", L, "listing-policy", "IN", "indian",
  "Reactivation of listing - product detail page rules",
  """Hello Team,

Our listing of stainless steel lunch box (ASIN B0CM2RWQ7Z) is suppressed for violation of the product detail page rules. Please find the reasons and our plan.

Reason:
In the title we had written "Best Lunch Box in India - 50% OFF - Free Delivery" and in the main image we added a red sticker "SALE". We did not know that promotional words and offers are not allowed in title and images.

Prevention:
- Every listing will be checked by our catalog executive with the style guide for Kitchen category before upload.
- No price, offer or promotional text in title or image in future.

Kindly reactivate our listing.

Regards,
Gaurav Saxena
Saxena Steel Crafts""",
  style="colon", rc="Reason:", co=None, pr="Prevention:",
  pol=["product detail page rules"], dec=[("asin", "B0CM2RWQ7Z")],
  notes="the title and image are never said to be fixed: no corrective part")

M("brand-hijack-eg-089", B, "", "AE", "other-non-native", "Seller using our brand name on their listing",
  """Hello Brand Registry,

We are the owner of "Siwa Oasis" brand of dates and date syrup, registered in UAE and Egypt, and we are in Brand Registry since 2025.

A seller named "Gulf Fresh Mart" created a new listing ASIN B0D6PXW3KA with our brand name and our photos, but they sell a different syrup in a plastic bottle. Our product is only in glass bottle. Customers are leaving bad reviews thinking it is our product.

We request to remove this listing or change the brand name, and to remove our images which they copied from our website. Screenshots attached.

Best regards,
Nourhan Adel
Siwa Oasis Foods""",
  topic="hijacker", dec=[("asin", "B0D6PXW3KA")], notes="calm brand dispute")

M("poa-odr-es-090", A, "odr", "US", "latam",
  "Plan de acción - cuenta desactivada por ODR",
  """Estimado equipo de Amazon,

Nuestra cuenta fue desactivada porque la tasa de defectos en pedidos (ODR) llegó a 1.6%. Aquí está nuestro plan de acción.

Causa del problema:
El 70% de los defectos fueron comentarios negativos por productos que llegaron rotos. Vendemos figuras de barro de Oaxaca y en enero cambiamos a una caja más delgada para reducir el costo del envío.

Acciones realizadas:
- Regresamos a la caja de doble pared con protección de espuma.
- Contactamos a los 17 clientes y les ofrecimos reembolso o reemplazo; 12 ya recibieron un nuevo producto.
- Enviamos el inventario de las figuras más frágiles a FBA con empaque reforzado.

Prevención:
- Haremos una prueba de caída con cada nuevo tipo de empaque.
- Revisaremos los comentarios de los clientes todos los días.

Gracias por su atención,
Gabriela Ortiz
Barro Negro Oaxaca""",
  lang="es", style="colon", rc="Causa del problema:", co="Acciones realizadas:", pr="Prevención:",
  pol=["ODR"], notes="complete Spanish POA on the US marketplace: non-English")

M("fba-whdmg-in-091", F, "", "IN", "indian", "Damaged in warehouse - reimbursement pending",
  """Dear Team,

As per our inventory adjustment report, 22 units of our brass diyas (FNSKU X002MQ7LZC) were damaged in the BLR7 fulfilment centre on 14 and 15 February. Till date no reimbursement has been received in our account.

Please reimburse as per FBA policy. For your reference our registered bank is HDFC Bank, branch Koramangala, IFSC HDFC0000523, already linked in Seller Central. No change in bank is needed.

Thanks and regards,
Lakshmi Prasad
Deepam Crafts""",
  topic="warehouse-damaged", dec=[("fnsku", "X002MQ7LZC"), ("ifsc", "HDFC0000523")],
  notes="IFSC code with no account number is a decoy")

M("poa-late-tr-092", A, "late-shipment", "TR", "turkish",
  "Eylem planı - geç kargo oranı",
  """Merhaba Amazon Satıcı Performans Ekibi,

Hesabımız geç kargo oranı %6,2 olduğu için devre dışı bırakıldı. Eylem planımızı aşağıda paylaşıyoruz.

Sorunun nedeni:
Ocak ayında anlaşmalı kargo firmamız depomuzdan günlük alım yapmayı bıraktı ve paketler iki üç gün bekledi. Bu yüzden birçok sipariş gönderim tarihinden sonra kargoya verildi.

Yaptıklarımız:
- Amazon ile entegre yeni bir kargo firmasıyla anlaştık, her gün saat 16:00'da alım yapılıyor.
- Tüm ürünlerin hazırlık süresini 1 günden 2 güne çıkardık.
- Bekleyen tüm siparişler gönderildi ve müşterilere bilgi verildi.

Önlemler:
- Her sabah gönderilmeyi bekleyen siparişleri kontrol edeceğiz.
- Kargo firması alım yapmazsa aynı gün ikinci bir firmayı arayacağız.

Saygılarımızla,
Ayşe Kurt
Kurt Ev Dekorasyon""",
  lang="tr", style="colon", rc="Sorunun nedeni:", co="Yaptıklarımız:", pr="Önlemler:",
  pol=["geç kargo oranı"], notes="Turkish POA on the TR marketplace (not English-required): no defect")

M("tech-pay-eg-093", T, "", "UK", "other-non-native", "Charge method declined - cannot pay monthly fee",
  """Hello,

My monthly subscription fee could not be charged and now there is a red banner that my listings will be deactivated. My Mastercard is valid and has balance, the bank says they see no attempt from Amazon.

Please try again with these details:
Card number: 5432 3640 5622 4154
Expiry: 08/28
CVV: 317
Name: Tarek Mahmoud

Or tell me if there is another way to pay the fee. I don't want my account to be closed.

Regards,
Tarek Mahmoud
Pyramid Gifts UK""",
  topic="payment-method",
  sec=[("card", "5432 3640 5622 4154"), ("card-expiry", "08/28"), ("card-code", "317")],
  notes="card number, expiry and CVV pasted into a technical case")

M("poa-relacc-co-094", A, "related-accounts", "US", "latam",
  "Related accounts - plan of action",
  """Hello,

Our account was deactivated because it is related to another account that was closed. We investigated and this is the result.

What is the relation: Our accountant, Mr. Luis Peña, also manages the account of another seller (a client of his). He used the same computer and the same credit card of his firm to pay some fees for both accounts. The other seller was closed for policy violations that are not connected to us.

What we already did: Our accountant has no more access to our Seller Central. We changed all user permissions and we added our own company credit card for the fees. We attached the contract with the accountant and proof that our companies have different owners.

Thank you for your review.

Carlos Peña
Andes Outdoor Gear""",
  style="inline", rc="What is the relation:", co="What we already did:", pr=None,
  pol=["related to another account"], notes="no preventive part")

M("poa-review-uk-095", A, "review-manipulation", "UK", "native",
  "Appeal - review abuse",
  """Hello,

Our account was deactivated for review abuse. I want to set out what we've done.

What we've done
- We've stopped all contact with the third-party "review club" service and cancelled our subscription.
- We've asked the service to remove any reviews they organised and reported the reviews we're aware of through the Report abuse link.
- We've removed the QR code inserts from our packaging.

What happens next
- Only the Request a Review button will be used from now on.
- Any marketing service we use will be checked against Amazon's rules first, and I'll sign off on it personally.

Thank you,
Richard Ashworth
Ashworth Pet Supplies""",
  style="plain", rc=None, co="What we've done", pr="What happens next",
  pol=["review abuse"],
  notes="no root cause: never says why or how the review club was used")

M("tech-upload-pk-096", T, "", "US", "other-non-native", "Images not updating on listing",
  """Hi Team,

I uploaded new main images for 8 of my ASINs 10 days ago through Manage Images. The status shows "Live" but on the product page the old images are still showing. Example ASIN B0CR9VNX2T.

The images are 2000x2000 px, white background, JPG. I also tried to upload through the flat file with image URL and the processing report shows no error.

Your support agent on chat asked me for my login password to check, but I know I should not share it, so please check from your side.

Thanks,
Omar Farooq
Farooq Bedding""",
  topic="listing-upload", dec=[("asin", "B0CR9VNX2T"), ("password-word", "password")],
  notes="'password' mentioned with no value")

M("poa-cond-br-097", A, "condition", "US", "latam",
  "Appeal for condition complaints",
  """Hello Seller Performance Team,

We are sending the plan of action for the item condition complaints on our account.

**Root cause:** Our supplier in São Paulo sent us a lot of backpacks that stayed in a humid warehouse for months. Some had a bad smell and small stains, and we did not open the boxes before sending to FBA.

**Corrective action:** We are going to create a removal order for all backpacks from that lot and we will inspect them one by one. The ones with problems will be donated. We also will contact the customers who complained to offer a refund.

**Preventive action:** Every new lot will be opened and checked by sampling 10% of the units before we send to Amazon.

Thanks,
Thiago Martins
Mochila Brasil Imports""",
  style="bold", rc="Root cause:", co="Corrective action:", done=False, pr="Preventive action:",
  pol=["item condition complaints"], notes="corrective part is future tense only -> not-done")

M("appeal-drop-in-098", A, "drop-shipping", "IN", "indian", "Account deactivated wrongly - reinstate",
  """Dear Sir,

Our account is deactivated from 2 days and we have not done any mistake. We are genuine seller since 2021 with good rating. All products are shipped by us only.

Please reinstate the account, we have already given all the invoices in the earlier case. Our business is suffering daily and 30 orders are pending. Please tell us what is the problem, nobody has explained it.

Regards,
Ajay Thakur
Thakur Enterprises, Ludhiana""",
  notes="short account appeal: no POA, no policy named")

M("fba-removal-pk-099", F, "", "UK", "other-non-native", "Removal order units not received - disposal instead?",
  """Dear Support,

I created removal order RZ8KQ3V1TM on 10 February to return 120 units of cushion covers to my UK address. Today the removal is "Completed" but the report shows 120 units "Disposed" instead of "Shipped". I never asked for disposal.

Could you please check what happened and reimburse the units if they were disposed by mistake? The cost per unit is 4.20 GBP as per the attached invoice.

Thank you,
Ayesha Siddiqui
Karachi Home Linen""",
  topic="removal", dec=[("removal-order-id", "RZ8KQ3V1TM")], notes="calm removal dispute")

M("poa-restr-eg-100", A, "restricted-products", "AE", "other-non-native",
  "Plan of action - restricted products (medical claims)",
  """Dear Seller Performance Team,

Our account was deactivated for listing products with medical claims, which is against the Restricted Products policy.

1. Root cause
We sell black seed oil and in the description we wrote that it "cures diabetes" and "treats high blood pressure". This text was translated from our Arabic website without checking the Amazon rules about disease claims.

2. Corrective action
Corrective action will be decided after we receive your feedback on this plan.

3. Preventive action
All product descriptions will be checked against the Amazon list of prohibited claims before we publish them. We will not translate text from our website directly.

Kind regards,
Omar Galal
Baraka Herbal Oils""",
  style="numbered", rc="1. Root cause", co=None, pr="3. Preventive action",
  pol=["Restricted Products policy"],
  notes="corrective heading defers everything to later: labeled absent")

# ---------------------------------------------------------------- chunk 6 (101-125)

M("poa-cf-tr-101", A, "counterfeit", "UK", "turkish",
  "RE: Your Amazon.co.uk selling account has been deactivated",
  """Hello,

> We have received reports that you are selling counterfeit products, which violates our Anti-Counterfeiting Policy.
> ASIN: B0BZ6TQM3H
> To reactivate your account, please submit a plan of action.

Thank you for your message. Please see our answer below.

Corrective actions
- We removed our offer on B0BZ6TQM3H (silk scarves of a designer brand) immediately.
- All 75 units in FBA were sent for disposal, the disposal order is completed.
- All customers who bought in the last 90 days received full refund.
- We gave the brand owner the name and address of the wholesaler.

Preventive actions
- We stopped selling other brands completely; from now we only sell our own scarves brand "İpek Yolu".
- For any future brand, we will buy only with a letter of authorization from the brand owner.

Best regards,
Nilay Erdem
İpek Yolu Tekstil""",
  style="plain", rc=None, co="Corrective actions", pr="Preventive actions",
  pol=["Anti-Counterfeiting Policy"], dec=[("asin", "B0BZ6TQM3H")],
  notes="email reply quoting Amazon's notice; the policy is named only in the quoted notice; no root cause given")

M("tech-login-uk-102", T, "", "UK", "native", "Two-step verification code rejected every time",
  """Hi,

I can't get into Seller Central. After entering my password I get the two-step verification prompt, the text arrives straight away, but the code is rejected every time with "The code you entered is not valid".

The latest one I got was 582941, sent at 09:14 and entered within a minute. I've tried about ten codes this morning, same result. My phone's clock is set automatically so I don't think it's a time issue.

Could you reset two-step verification for the account, or let me know what else to try? I'm locked out with orders to ship.

Thanks,
Chris Bennett
Bennett Bike Parts""",
  topic="login", sec=[("one-time-code", "582941")], dec=[("password-word", "password")],
  notes="a one-time verification code pasted into the case; 'password' with no value is a decoy")

M("poa-valid-eg-103", A, "valid-tracking", "AE", "other-non-native",
  "POA - valid tracking rate",
  """Dear Seller Performance,

Thank you for the chance to explain the drop in our valid tracking rate.

1) Cause
We used a local delivery company in Cairo for cross-border orders to the UAE. Their tracking numbers start with a letter prefix that Amazon does not recognize, so the tracking was uploaded but not validated.

2) Correction
We are aware of the issue and we are now discussing with the delivery company about the format of the numbers.

3) Prevention
- We will select only carriers that are available in the Amazon carrier list.
- We will check the valid tracking rate on the dashboard every week.

Regards,
Hossam Fawzy
Fawzy Leather Goods""",
  style="numbered", rc="1) Cause", co=None, pr="3) Prevention",
  pol=["valid tracking rate"],
  notes="'Correction' section only says they are discussing the issue: no action, labeled absent")

M("fba-inbound-us-104", F, "", "US", "native", "LTL shipment received short - PRO 731482056",
  """Hello,

Shipment FBA15R6HJ2WXK was delivered to ONT8 on February 26 by our own LTL carrier (Estes, PRO 731482056). The delivery receipt was signed for 2 pallets, 40 cartons, no exceptions noted. The shipment closed with 36 cartons' worth of units received: we're short 96 units of a 24-unit-per-carton item.

Attached are the signed delivery receipt, the bill of lading, and our carton content labels. Please investigate and reimburse any units that can't be found.

Thank you,
Steve Molina
Sunline Patio Co.""",
  topic="lost-inbound", dec=[("shipment-id", "FBA15R6HJ2WXK"), ("pro-number", "731482056")],
  notes="9-digit PRO number that fails the ABA check is a decoy")

M("poa-odr-pk-105", A, "odr", "UK", "other-non-native",
  "Order defect rate appeal - please sir",
  """Respected Sir,

Please sir, my children's school fees depend on this account. I am in deep depression since the account is closed and I cannot eat or sleep. Our account was deactivated because the order defect rate is 2.1%.

Root cause:
Many of our bedsheets were sent with wrong size because the size labels were swapped in packing. Double size was in king size packet. Customers gave negative feedback and opened A-to-z claims.

Actions taken:
- We opened all packets in our stock (600) and checked the size with measuring tape, 48 packets were wrong and corrected.
- All complaining customers got refund and we sent them the right size free.

Please sir, I beg you, I will never make any mistake again.

Imtiaz Hussain
Hussain Bedding UK""",
  style="colon", rc="Root cause:", co="Actions taken:", pr=None,
  pol=["order defect rate"],
  emo=["my children's school fees depend on this account", "I am in deep depression since the account is closed and I cannot eat or sleep",
       "I beg you"],
  notes="emotional; no preventive part ('I will never make any mistake again' is a promise, not a measure)")

M("cat-beauty-eg-106", C, "", "AE", "other-non-native", "Approval for beauty topicals - argan oil and creams",
  """Hello,

We would like to request approval to sell skin care topicals in the Beauty category on Amazon.ae. Our products are argan oil, shea body butter and a rose water face toner, made in our licensed factory in 6th of October City.

Attached documents: Dubai Municipality product registration for all 3 products, ingredients list (INCI), safety data sheets, and purchase invoices for the raw materials.

Thank you for your review.

Rania Mostafa
Rose Valley Naturals""",
  topic="beauty-topicals", notes="calm category approval request")

M("poa-iptm-mx-107", L, "ip-trademark", "US", "latam",
  "Reinstatement request - trademark complaint ASIN B0CT3NWP8V",
  """Dear Amazon team,

Our listing B0CT3NWP8V (decorative skulls for Día de Muertos) was removed for a trademark complaint. Please see our explanation.

Root of the problem:
Our title used the name of a famous animated movie because many customers search for that name in October. The movie studio owns this trademark and they filed the complaint.

Corrective measures:
To be honest we didn't know it was a problem. We are a small family business from Puebla and we always try to follow the rules.

Prevention:
From now on we will not use names of movies, characters or other brands in our titles, bullets or keywords, and we will check every new listing with a trademark search on the USPTO website.

Thank you,
Rosa Jiménez
Calaveras Puebla""",
  style="colon", rc="Root of the problem:", co=None, pr="Prevention:",
  pol=["trademark complaint"], dec=[("asin", "B0CT3NWP8V")],
  notes="'Corrective measures' holds only an excuse; the title is never said to be fixed: labeled absent")

M("tech-deposit-in-108", T, "", "IN", "indian", "Bank account verification failed - disbursement on hold",
  """Dear Seller Support,

Our disbursement is on hold as the bank account verification is failed. The penny drop test amount was not received in our account. Kindly find the correct details below and update:

Account holder name: Sai Krishna Textiles
Bank: HDFC Bank, Tirupur branch
Account number: 50200061834927
IFSC: HDFC0001785
Account type: Current

Kindly do the needful and release the payment of Rs 3,84,200 at the earliest. We have to pay salary to our workers on 7th.

Thanks and regards,
Srinivasan K
Sai Krishna Textiles""",
  topic="deposit-method", sec=[("bank-account", "50200061834927")], dec=[("ifsc", "HDFC0001785")],
  notes="Indian bank account number pasted; the IFSC code alone is a decoy")

M("poa-usn-pk-109", A, "used-sold-as-new", "US", "other-non-native",
  "POA - used sold as new complaints",
  """Dear Seller Performance Team,

Our account was deactivated for used sold as new complaints on our leather jackets. Please review our plan.

1. Root cause
We accepted returns directly at our US prep center. The prep center staff repacked returned jackets in new poly bags and sent them back to FBA as new. Some jackets had wear marks and one had a smell of perfume.

2. Corrective actions completed
- We stopped the prep center from handling returns, all returns now go to our own facility in New Jersey.
- We pulled 64 units from FBA that came from the prep center after 1 January and inspected them; 17 were used and removed from sale.
- The 8 customers who complained got full refund and a free new jacket.

3. Preventive actions
- Returned items will never be resold as New; they will be graded and listed as Used only after inspection.
- The prep center agreement now says they cannot repack returns.

Regards,
Waqas Anwar
Anwar Leather Co.""",
  style="numbered", rc="1. Root cause", co="2. Corrective actions completed", pr="3. Preventive actions",
  pol=["used sold as new"], notes="clean numbered POA, Pakistani seller")

M("poa-review-hi-110", A, "review-manipulation", "IN", "indian",
  "खाता पुनः सक्रिय करने हेतु अपील - ग्राहक समीक्षा नीति",
  """आदरणीय सेलर परफॉर्मेंस टीम,

हमारा खाता ग्राहक समीक्षा नीति के उल्लंघन के कारण निष्क्रिय किया गया है। कृपया हमारी कार्य योजना देखें।

समस्या का कारण:
हमने अपने ग्राहकों को व्हाट्सएप पर संदेश भेजकर पाँच स्टार रिव्यू देने के बदले अगले ऑर्डर पर छूट का ऑफर दिया था। हमें यह नहीं पता था कि यह नियमों के विरुद्ध है।

हमने क्या सुधार किया:
- व्हाट्सएप पर सभी ऐसे संदेश बंद कर दिए हैं और ग्राहकों की सूची हटा दी है।
- पैकेट के अंदर रखे गए छूट वाले कार्ड हटा दिए गए हैं।
- हमारी पूरी टीम ने समीक्षा नीति को पढ़ा है।

भविष्य में रोकथाम:
- हम केवल सेलर सेंट्रल के "रिक्वेस्ट ए रिव्यू" बटन का उपयोग करेंगे।
- किसी भी रिव्यू के बदले कोई छूट या उपहार नहीं दिया जाएगा।

धन्यवाद,
सुनील यादव
यादव हर्बल्स""",
  lang="hi", style="colon", rc="समस्या का कारण:", co="हमने क्या सुधार किया:", pr="भविष्य में रोकथाम:",
  pol=["ग्राहक समीक्षा नीति"], notes="complete POA in Hindi on the IN marketplace: non-English")

M("poa-safety-co-111", A, "product-safety", "US", "latam",
  "Product safety appeal - space heater",
  """Dear Seller Performance,

Our account was deactivated after a product safety complaint about our small ceramic space heater: a customer reported that the plug became hot and melted a little.

About the cause: we are still investigating with the factory and they have not answered yet. We don't know what happened.

What we did:
- We closed the listing and removed all 230 units from FBA.
- We sent a recall message to all 410 buyers, with instructions to stop using the heater and a full refund.
- We sent 10 units to a UL-accredited lab for testing.

How we will prevent:
- We will not relist the heater until the lab report is clean and we understand the cause.
- All electrical products will require a UL or ETL certificate for the exact model before we buy.

Atentamente,
Felipe Castaño
Calor Hogar Colombia""",
  style="mixed", rc=None, co="What we did:", pr="How we will prevent:",
  pol=["product safety complaint"],
  notes="the letter says the cause is still unknown: root cause labeled absent")

M("brand-own-in-112", B, "", "IN", "indian", "Brand registry application rejected - trademark is ours",
  """Hello Brand Registry Team,

Our application to enroll the brand "Kesar Kitchen" was rejected with the reason that the trademark applicant name does not match. Our trademark (application no. 5738204, class 30) is registered in the name of our proprietor Mr. Anil Bhatt, and the seller account is in the name of our firm, Bhatt Foods.

We have attached the authorisation letter from Mr. Anil Bhatt on the firm's letterhead and the partnership deed. Kindly review the application again with these documents.

Thanks & regards,
Pallavi Bhatt
Bhatt Foods""",
  topic="brand-ownership", dec=[("trademark-number", "5738204")], notes="calm brand registry request")

M("poa-cancel-pt-113", A, "cancel-rate", "US", "latam",
  "Plano de ação - taxa de cancelamento",
  """Olá, equipe da Amazon,

Nossa conta foi desativada porque a taxa de cancelamento antes do envio ficou em 5,4%. Segue nosso plano.

O que causou:
Vendemos capinhas de celular personalizadas e usamos um software para controlar o estoque do nosso site e da Amazon. Em fevereiro o software parou de sincronizar por uma semana e vendemos modelos que já estavam esgotados. Tivemos que cancelar 38 pedidos.

O que já corrigimos:
- Trocamos o software de sincronização por outro que atualiza a cada 10 minutos.
- Zeramos o estoque de todos os modelos esgotados.
- Mandamos mensagem para os 38 clientes pedindo desculpas.

Obrigado,
Lucas Ferreira
Capinhas Ferreira""",
  lang="pt", style="colon", rc="O que causou:", co="O que já corrigimos:", pr=None,
  pol=["taxa de cancelamento antes do envio"],
  notes="Portuguese on the US marketplace; no preventive part")

M("fba-return-tr-114", F, "", "UK", "turkish", "Return not received after 60 days",
  """Hello,

Unfortunately one more customer return is missing. Order 026-5584190-3317746, the customer was refunded on 4 January for a copper tray. The return tracking shows "Delivered to Amazon" on 10 January, but the item never appeared in our inventory and there is no reimbursement.

This is the second case like this in two months. Can you please check and reimburse? FNSKU X001WRT8JN.

Thank you,
Melis Arı
Arı Bakır Sanat""",
  topic="customer-return", dec=[("order-id", "026-5584190-3317746"), ("fnsku", "X001WRT8JN"), ("mild-word", "Unfortunately")],
  notes="short calm reimbursement request with one mild word")

M("poa-relacc-uk-115", A, "related-accounts", "UK", "native",
  "Our POA - related account deactivation",
  """Dear Seller Performance,

Our account was deactivated because Amazon identified it as related to an account that was previously deactivated. Please find our plan of action.

Our POA - the link
I previously co-owned a company, Harbour Gifts Ltd, whose seller account was suspended in 2023 for late dispatch. When I started my new business in 2025 I used my same personal email address for both accounts' notification settings and the same home address as the registered office.

Our POA - putting it right
I will close the old email address and create a new one for this business. I am going to move the registered office to our new unit in Falmouth and update it on Companies House and in Seller Central. I will also get a letter from my former business partner confirming I have no role in Harbour Gifts Ltd any more.

Our POA - stopping it happening again
Only employees of this company will have access to the account, using company devices, and I will not be involved in any other Amazon seller business.

Kind regards,
Jonathan Pryce
Pryce & Sons Coastal Gifts""",
  style="our-poa", rc="Our POA - the link", co="Our POA - putting it right", done=False,
  pr="Our POA - stopping it happening again", pol=["related to an account that was previously deactivated"],
  notes="corrective part is all future tense ('I will close', 'I am going to move') -> not-done")

M("tech-report-mx-116", T, "", "US", "latam", "Settlement report missing deposit",
  """Hello,

In the Payments > All Statements page, the settlement period from February 15 to March 1 shows a total of $4,312.77 and status "Successful", but the money never arrived to our bank account. Our bank confirms no deposit from Amazon on that date. The settlement ID is 19384402715.

Can you please send us the trace number for this transfer, so the bank can search for it?

Thanks a lot,
Eduardo Salinas
Salinas Leather Goods""",
  topic="report-error", dec=[("settlement-id", "19384402715")], notes="settlement ID decoy")

M("poa-drop-eg-117", A, "drop-shipping", "UK", "other-non-native",
  "Appeal - drop shipping",
  """Dear Sir/Madam,

I am writing with a broken heart. Please, I have three children and this is our only income, I am begging for your mercy. My account was deactivated for violating the drop shipping policy.

Root cause:
I ordered the products from another online store and shipped them directly to my customers, with the other store's packing slip inside.

Corrective actions:
- I stopped buying from the other store on the same day I got your message.
- I cancelled 12 open orders that I could not fulfil myself and refunded the customers.
- I rented a small storage unit in Croydon and bought the first stock of 300 units, invoice attached.

Preventive actions:
- Every order will be packed by me from my own stock with my own invoice.

Please, I swear on my children, I will never do this again.

Mahmoud Saleh
Saleh Home UK""",
  style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=["drop shipping policy"],
  emo=["I am writing with a broken heart.", "I am begging for your mercy", "I swear on my children"],
  notes="complete POA with emotional pleading")

M("poa-gouge-in-118", A, "price-gouging", "IN", "indian",
  "Fair pricing policy violation - plan of action",
  """Dear Seller Performance Team,

Our account is deactivated for violation of the Amazon Fair Pricing Policy on our N95 masks during the pollution season in Delhi.

Root cause: We use an automatic repricer that matches the highest price in the buy box when stock is low. We did not set a maximum price. When other sellers ran out, the price went to Rs 1,499 for a pack of 5.

Corrective action: We have set a maximum price for all 210 SKUs in the repricer, and the mask price is back to Rs 349. We refunded the difference to all 31 customers who paid the higher price.

Preventive action: The repricer is now set to send an alert for any price change above 20%, and our accounts head checks the prices daily.

Regards,
Nikhil Arora
Arora Health Store""",
  style="inline", rc="Root cause:", co="Corrective action:", pr="Preventive action:",
  pol=["Amazon Fair Pricing Policy"], notes="clean inline POA")

M("appeal-cf-co-119", A, "counterfeit", "US", "latam", "Account deactivated - we sell originals, invoices attached",
  """Hello,

Our account was deactivated today for counterfeit complaints on a perfume listing. We buy all our perfumes from the official distributor in Colombia, Perfumería Central S.A., and all the bottles have the original batch codes.

We attach the invoices of the last 12 months, the distribution certificate and photos of the bottles and batch codes. With these documents you can see that our products are 100% authentic.

Please review and reactivate our account.

Thank you,
Daniela Ospina
Esencias Bogotá""",
  pol=["counterfeit complaints"],
  notes="account appeal with no POA; the attachments are invoices, not a POA, so not poa_attached")

M("cat-collect-us-120", C, "", "US", "native", "Collectible coins approval request",
  """Hi,

We're applying to sell in Collectible Coins. We're a coin shop in Denver that has been a member of the ANA and the PNG-affiliated dealer network for 15 years. Most of what we'd list are PCGS- and NGC-graded US coins, and each listing would show the grading company's certification number on the slab.

Attached: our dealer license, ANA membership certificate, three recent supplier invoices from the US Mint and a wholesaler, and sample photos with certification numbers visible.

Let me know if you need anything else.

Thanks,
Paul Hernandez
Mile High Coin & Currency""",
  topic="collectibles", notes="calm native category request")

M("poa-iv-tr-121", A, "identity-verification", "UK", "turkish",
  "POA - identity verification failed",
  """Dear Seller Performance,

Our account was deactivated because we could not pass the identity verification. Here is what happened and what we did.

## Why our documents were rejected
The name of our company on the bank statement was written in short form "Marmara Dış Tic. Ltd." but on the company registration document it is the full name "Marmara Dış Ticaret Limited Şirketi". Also the bank statement was older than 180 days.

## What we did
- We got a new bank statement dated March 2026 with the full company name, from the bank branch with stamp.
- We uploaded the notarised English translation of the trade registry gazette.
- We updated the legal name in Seller Central to the exact full name.

## So it does not happen again
- We will keep one folder with updated documents (max 3 months old) for any new verification request.

Best regards,
Hülya Aksu
Marmara Dış Ticaret Ltd. Şti.""",
  style="markdown", rc="Why our documents were rejected", co="What we did", pr="So it does not happen again",
  pol=["identity verification"], notes="complete markdown POA; no policy section number but the violation is named")

M("poa-inauth-uk-122", A, "inauthentic", "UK", "native",
  "Inauthentic complaint appeal with proof of purchase",
  """Dear Seller Performance,

Please see below our plan of action for the inauthentic item complaint on ASIN B0CG7VXM2P (branded kitchen knives).

Root cause
We bought this lot from a UK wholesaler we hadn't used before. The invoice they gave us has their name and address but doesn't show a link back to the brand, which is why we couldn't satisfy your authenticity check.

Actions taken
- The remaining 44 units were removed from FBA and are quarantined in our unit.
- We have asked the wholesaler for their own purchase invoices from the brand's UK distributor.
- We paid the wholesaler by company card, and to prove the purchase I've included the payment details: card 4580 6998 3397 6268, paid 12 January, £2,140.00.

Prevention
- From now on we'll only buy this brand from the distributor listed on the brand's own website.
- We'll ask for the chain of invoices before paying any new supplier.

Many thanks,
Fiona Clarke
Clarke Cookware Ltd""",
  style="plain", rc="Root cause", co="Actions taken", pr="Prevention",
  pol=["inauthentic item complaint"], sec=[("card", "4580 6998 3397 6268")], dec=[("asin", "B0CG7VXM2P")],
  notes="complete POA, but a full card number is pasted as 'proof of purchase'")

M("brand-contrib-es-123", B, "", "MX", "latam", "Cambios no autorizados en nuestra página de producto",
  """Hola equipo de Registro de Marcas,

Somos los dueños de la marca "Cacao Maya" (registro IMPI 2284517) y estamos inscritos en el Registro de Marcas de Amazon. Desde hace una semana alguien cambió la descripción de nuestro chocolate de mesa (ASIN B0CN4KRW6S) y ahora dice que contiene leche, lo cual es falso y puede ser peligroso para clientes con alergias.

Ya intentamos corregirlo desde Seller Central, pero el cambio vuelve a aparecer después de un día. Les pedimos que restauren la información original y que bloqueen los cambios de otros vendedores.

Adjuntamos capturas de pantalla y la ficha técnica del producto.

Gracias,
Verónica Pech
Cacao Maya Artesanal""",
  lang="es", topic="listing-contribution",
  dec=[("trademark-number", "2284517"), ("asin", "B0CN4KRW6S")],
  notes="Spanish brand dispute on MX (not English-required)")

M("poa-listpol-tr-124", L, "listing-policy", "UK", "turkish",
  "Reinstatement - main image suppressed",
  """Hello,

Our listing for a handmade ceramic vase (ASIN B0D3XQT5NP) was suppressed for not meeting the product image requirements.

Cause:
Our main image had a grey marble background and a small logo in the corner. In our company we have our own "photo quality policy", but it was written for our website, not for Amazon.

What is done:
- New main image uploaded on pure white background, no logo, product fills 85% of the frame.
- We also checked the main images of our other 31 listings and replaced 5.

For the future:
- Our photographer now has a separate Amazon checklist next to our internal quality policy.

Thank you,
Berk Tunç
Tunç Seramik Atölyesi""",
  style="colon", rc="Cause:", co="What is done:", pr="For the future:",
  pol=["product image requirements"], dec=[("asin", "B0D3XQT5NP"),
                                           ("policy-like", "photo quality policy"), ("policy-like", "internal quality policy")],
  notes="the seller's own 'photo quality policy' is not an Amazon policy name: decoy")

M("poa-cf-in-125", A, "counterfeit", "IN", "indian",
  "Plan of Action - counterfeit complaint - branded earphones",
  """Dear Seller Performance Team,

With reference to the deactivation of our account for the counterfeit complaint on branded earphones, please find our detailed plan of action below. We have taken this matter very seriously.

A. Root cause
We purchased 150 units of the earphones from a trader in Gaffar Market, Delhi because the rate was 20% lower than the authorised distributor. The trader gave only a handwritten bill. The brand owner did a test buy and found the product was a copy. We accept that the product was not genuine because we did not verify the trader.

B. Corrective actions
- All remaining 61 units were removed from FBA and destroyed, the destruction video and certificate are attached.
- All 89 buyers have been refunded without return.
- We have also blacklisted the trader, and we will share his details with the brand owner's legal team this week.

C. Preventive actions
- Branded electronics will be purchased only from the brand's authorised distributor, with a GST invoice.
- Before listing any branded product, we will take the letter of authorisation.
- Our purchase manager and owner will both approve each new supplier.

We request you to kindly reinstate our account.

Thanks & regards,
Rajesh Khanna
Khanna Mobile World""",
  style="lettered", rc="A. Root cause", co="B. Corrective actions", pr="C. Preventive actions",
  pol=["counterfeit complaint"],
  notes="corrective mixes done actions with one 'we will share' item: labeled done (corrective_done = true)")

if __name__ == "__main__":
    AUTHOR.write()
