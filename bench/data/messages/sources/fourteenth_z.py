#!/usr/bin/env python3
"""Author Z's messages for the fourteenth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/fourteenth-b/z-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("z-", "fourteenth-b")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1

M("poa-inauth-br-001", A, "inauthentic", "US", "latam",
  "Appeal - inauthentic complaints - Casa Verde Utilidades",
  """
Hello Seller Performance team,

We are Casa Verde Utilidades, a small store from Curitiba that sell kitchen items in the US store since 2023. We received the notification that our account is deactivated for inauthentic complaints on ASIN B0C9TRW4LM (silicone baking mat). We read the Amazon Anti-Counterfeiting Policy and we understand now where we failed.

## What went wrong
In March we ran out of stock from our usual distributor and we bought 300 units from a new wholesaler in São Paulo that we found on a fair. The price was good and the box looked the same. We did not ask for the invoice chain back to the brand owner. Two customers said the mat smelled different and the logo print was weak, and they were right, the lot was not from the brand.

## What we already did
- Removed the 112 remaining units from FBA (removal order 7Y3kLm2Q9) and destroyed them, photos attached.
- Stopped buying from that wholesaler and closed the account with them.
- Refunded all 27 orders from that lot, also the ones without complaint.
- Sent the invoices from the authorized distributor (Distribuidora Sul Ltda) for the units we still sell.

## How we keep it from happening
From now we only buy from the brand or from a distributor that gives us an authorization letter. Every new supplier goes to a checklist: company registration, invoice with brand name, and a call to the brand to confirm. My partner Rafael checks it, not the same person that does the purchase. We will keep all invoices for 5 years in a shared folder.

Thank you for your time,
Marcos Albuquerque
Casa Verde Utilidades
""", style="markdown", rc="What went wrong", co="What we already did", pr="How we keep it from happening",
  pol=("inauthentic complaints", "Amazon Anti-Counterfeiting Policy"),
  dec=(("asin", "B0C9TRW4LM"), ("removal-order-id", "7Y3kLm2Q9")),
  notes="Brazilian seller, markdown headings in own words; complete POA")

M("poa-inauth-pk-002", A, "inauthentic", "UK", "other-non-native",
  "Reactivation request - Inauthentic item complaints",
  """
Dear Sir/Madam,

With reference to your email dated 14 April 2026 regarding Inauthentic item complaints on our account Noor Traders UK, I am submitting plan of action as per your instruction.

1. Root cause
Our supplier in Sialkot supplied the leather gloves with brand tag but he was not authorised by the brand. We trusted him because we are working with him from 6 years for unbranded goods.

2. Corrective actions
- We will remove all the inventory of affected ASINs from FBA.
- We will get invoices from authorised distributor only.
- We will refund to the customers who complained.
- We are going to delete the listings which we cannot prove.

3. Preventive measures
We will make a supplier verification sheet and every supplier must give letter of authorisation before first order. Monthly we will audit 10 random invoices. Only the owner will approve new suppliers.

Kindly review our plan and reactivate the account at the earliest. We assure you this will not happen again.

Regards,
Imran Qureshi
Noor Traders UK
""", style="numbered", rc="1. Root cause", co="2. Corrective actions", done=False, pr="3. Preventive measures",
  pol=("Inauthentic item complaints",),
  notes="Pakistani seller; corrective list is all 'we will' / 'we are going to': not-done")

M("poa-cf-pl-003", A, "counterfeit", "DE", "other-non-native",
  "Odwołanie / Appeal - counterfeit notice - Bursztyn Home",
  """
Hello,

Our account Bursztyn Home was suspended after a notice that we sold counterfeit goods (ASIN B0BX4P7TQN, wool blanket). Below is our plan of action. I write the headings also in Polish because our team reads this document too.

PRZYCZYNA / WHY
Our warehouse worker put our own unbranded blankets in a box with labels from a famous brand that we also sell. 40 units were shipped in this way to FBA. The customer saw the label did not match the blanket and reported it as counterfeit. It was our mistake in packing, but we understand for the buyer it is the same as a fake.

DZIAŁANIA NAPRAWCZE / WHAT WE DID
We have removed the full shipment FBA15K8QZ2WD and we checked every unit by hand. We have contacted the buyer and refunded him. We have thrown away the old label rolls and the packing station now has only one brand at a time. The worker got a new training on 22 April.

ZAPOBIEGANIE / SO IT DOES NOT REPEAT
Every box gets photo before it is closed. A second person signs the packing list. We will do a quarterly audit with an external company from Gdańsk.

We have read the Anti-Counterfeiting Policy again with all staff.

Pozdrawiam,
Katarzyna Nowicka
""", style="caps", rc="PRZYCZYNA / WHY", co="DZIAŁANIA NAPRAWCZE / WHAT WE DID", pr="ZAPOBIEGANIE / SO IT DOES NOT REPEAT",
  pol=("counterfeit", "Anti-Counterfeiting Policy"),
  dec=(("asin", "B0BX4P7TQN"), ("shipment-id", "FBA15K8QZ2WD"), ("foreign-snippet", "DZIAŁANIA NAPRAWCZE")),
  notes="Polish seller, caps headings in Polish with English gloss above English text")

M("poa-odr-eg-004", A, "odr", "AE", "other-non-native",
  "URGENT account deactivated ODR",
  """
Dear Amazon,

My account was deactivated because the Order Defect Rate is 2.4%. Please I beg you to look at my case, we are a small family business in Cairo and this is killing us. All my money is stuck in the inventory.

**The reason**
In February the courier company we used for self-fulfilled orders in Dubai changed their driver and many parcels came late or damaged. Customers opened A-to-z claims and some gave negative feedback. We did not answer the messages fast because I was alone managing the account while my brother was sick.

**What we did**
We answered every buyer and refunded the claims, 14 claims total. We sent a written complaint to the courier company with the list of late and damaged parcels, and they paid us back part of the shipping fees.

Please please give me back my account, I have nothing else, my children depend on this shop. I will do anything you want.

Ahmed Fathy
Fathy Trading
""", style="bold", rc="The reason", co="What we did",
  pol=("Order Defect Rate",),
  emo=("Please I beg you to look at my case", "this is killing us", "Please please give me back my account, I have nothing else, my children depend on this shop", "I will do anything you want"),
  notes="Egyptian seller; emotional; no preventive part at all (letter ends after corrective)")

M("poa-late-uk-005", A, "late-shipment", "UK", "native",
  "Plan of action - Late Dispatch Rate - Hollowbrook Candles",
  """
Hi,

Thanks for the notice about our Late Dispatch Rate, which hit 6.1% over the last 30 days. It's frustrating to see it because we pride ourselves on being quick, but the number is what it is and here's our plan.

Why it happened
We make the candles ourselves in a unit near Shrewsbury. In mid-March our wax supplier delayed a delivery by nine days and we kept the listings live with a 1-day handling time, hoping it would arrive. It didn't, and 47 orders went out late.

What we've changed
We raised the handling time to 3 days on all hand-poured lines on 28 March. We now hold two weeks of wax stock at all times, and we've added a second supplier in Leeds. Any order not dispatched by 2pm is flagged on our whiteboard and I personally deal with it the same day.

Keeping it that way
Every Monday I check the Account Health page and the dispatch report. If stock of any raw material drops below ten days, the affected listings go on holiday mode or get a longer handling time before it becomes a problem. We'll review this in June.

Best,
Sophie Tennant
Hollowbrook Candles Ltd
""", style="plain", rc="Why it happened", co="What we've changed", pr="Keeping it that way",
  pol=("Late Dispatch Rate",),
  dec=(("mild-word", "frustrating"),),
  notes="UK native, plain headings; 'frustrating' is a mild word in a calm letter")

M("acct-rel-sa-006", A, "related-accounts", "AE", "other-non-native",
  "Reactivate my account - related account",
  """
Dear Seller Performance,

Peace be upon you. I received email that my account Al Qamar Perfumes is deactivated because it is related to another account that is not in good standing. I do not have any other account, only this one since 2024. Maybe my cousin used my laptop one time in Riyadh to open his seller account, I am not sure.

I request you to check again and reactivate my account. I have 35 perfumes in FBA Dubai warehouse and customers are waiting. I can send my ID, trade license and utility bill again if needed.

Thank you,
Faisal Al-Harbi
""", pol=("related to another account",),
  notes="Saudi seller; account appeal with no POA and nothing attached: only a request and a guess")

M("poa-review-jp-007", A, "review-manipulation", "US", "other-non-native",
  "Appeal for account deactivation (customer product reviews)",
  """
To Amazon Seller Performance Team

Thank you for your continuing support. We are Sakura Kitchenware Co., Ltd. from Osaka. We received the notice that our account was deactivated for violation of Customer Product Reviews Policy. We are very sorry for the inconvenience.

A) Cause
In December we put a small card inside the package. The card said "If you are satisfied, please leave 5 stars review and we send you a free gift." Our staff made this card by copying an idea from a Japanese shopping site, where it is common. We did not check that this is not allowed on Amazon.com.

B) Actions already taken
- All cards were removed from our stock on 3 January (about 1,800 cards), and disposed.
- The FBA inventory (shipment FBA17NQ4T8JX) was removed and repackaged without the card.
- We did not send any gift to any customer.
- The person in charge and all 4 staff took training about Amazon policies.

C) Prevention
Every package insert and every email template will be checked by our compliance manager, Ms. Tanaka, before use, and compared with the Amazon policy page. We make a check list in Japanese for the staff. We review the policy page each three months.

Sincerely,
Kenji Morimoto
Sakura Kitchenware Co., Ltd.
""", style="lettered", rc="A) Cause", co="B) Actions already taken", pr="C) Prevention",
  pol=("Customer Product Reviews Policy",),
  dec=(("single-apology", "We are very sorry for the inconvenience."), ("shipment-id", "FBA17NQ4T8JX")),
  notes="Japanese seller writing English; lettered headings; one polite apology")

M("lst-track-es-008", L, "valid-tracking", "ES", "other-non-native",
  "Reactivación de listados / VTR",
  """
Hello Amazon team,

Our listings were deactivated because the Valid Tracking Rate is 88% and the minimum is 95%. Here is our plan.

Causa:
Acciones:
We have changed all shipments to Correos Express with tracking from 2 May. Before we used ordinary letter post for small items like phone cases because it was cheaper, and it has no tracking. Now the cheaper option is removed from our shipping settings and all carrier names are in the list of Amazon.

Prevención:
Each Friday our employee Lucía compares the orders with tracking numbers in the Seller Central report. If some order has no valid tracking we upload it the same day. Also we activated the Buy Shipping for all orders under 2 kg.

Gracias,
Javier Ortega Ruiz
Tienda Ortega SL
""", style="colon", co="Acciones:", pr="Prevención:",
  pol=("Valid Tracking Rate",),
  dec=(("foreign-snippet", "Prevención:"),),
  notes="Spanish seller, Spanish colon headings over English text; 'Causa:' is an empty heading (no root cause under it; the 'Before we used letter post' line sits in the actions) - labeled root cause absent")

M("poa-cancel-pt-009", A, "cancel-rate", "ES", "other-non-native",
  "Plan of action - cancellation rate",
  """
Good morning,

I am writing about the deactivation of the account Lusitana Cerâmica for pre-fulfilment cancel rate above 2.5%.

Root cause: our inventory in Seller Central was synchronised every 24 hours with our shop in Porto, so when a piece sold in the shop it stayed available on Amazon until the next night. Ceramics are unique pieces, we often have only one of each, so 31 orders had to be cancelled by us in April.

Actions taken: on 19 April we connected the stock through the API with a sync every 15 minutes. We set the quantity of every one-of-a-kind piece to 0 on the website shop when it is listed on Amazon, so the same piece is not sold in two places. We cancelled nothing since 20 April.

Prevention: every day at 9h my daughter checks the cancellations report, and any cancellation must be explained in our notebook. If the sync fails, the software sends us an SMS and we pause the listings.

Obrigada pela atenção,
Helena Tavares
""", style="inline", rc="Root cause: our inventory", co="Actions taken: on 19 April", pr="Prevention: every day",
  pol=("pre-fulfilment cancel rate",),
  dec=(("foreign-snippet", "Obrigada pela atenção"),),
  notes="Portuguese seller; inline headings; complete")

M("cover-cf-ie-010", A, "counterfeit", "UK", "native",
  "Appeal - counterfeit complaint - POA attached",
  """
Hello,

Please find attached our plan of action regarding the counterfeit complaint received on 8 May against ASIN B0D2HHX71K (Claddagh sterling ring). The attachment sets out how the complaint arose, the steps we have already taken and the controls we now operate.

Also attached are the supplier invoices from our Dublin hallmarking partner and the Assay Office certificate for the batch in question. We have read the Anti-Counterfeiting Policy and believe the documents show the items are genuine, but we have tightened our process regardless.

If anything further is needed, please let me know and I will supply it the same day.

Kind regards,
Siobhán Keane
Keane & Daughter Jewellers
""", att=True, pol=("counterfeit complaint", "Anti-Counterfeiting Policy"),
  dec=(("asin", "B0D2HHX71K"),),
  notes="Irish native; cover letter, POA in the attachment")

M("poa-safety-br-011", A, "product-safety", "US", "latam",
  "Appeal - product safety - children's water bottles",
  """
Hi team,

We got the notice for product safety about our children's water bottle (ASIN B0CQ8RTZ5M) and the Children's Product Certificate that you asked for. We read the Product Safety and Compliance policy and I will explain what happened.

The problem started when we changed the factory in December. The new factory sent the bottles with the same design, but the CPSC lab test was made only for the old factory. So the certificate did not cover the new lot, and one customer said the lid was hard to open and the paint on the lid came off. We did not know that a new factory needs a new test.

We have already stopped selling the new lot, and all 640 units were removed from FBA on 11 May. We sent samples to a CPSC-accepted lab in Shenzhen and the new report (number RPT-26-04418) passed lead and phthalates. We have also issued a new Children's Product Certificate with the correct factory address. Customers who bought from the new lot received a full refund.

To make sure this never happens again, any change of factory, material or color will start a new test before we ship. Our quality manager Juliana keeps a table with each ASIN, the lab report and the date it expires. We will not send inventory to Amazon without the report in that table.

Atenciosamente,
Paulo Menezes
Menezes Kids Importadora
""", style="none", rc="The problem started when", co="We have already stopped selling", pr="To make sure this never happens again",
  pol=("Product Safety and Compliance policy",),
  dec=(("asin", "B0CQ8RTZ5M"), ("certificate-number", "RPT-26-04418")),
  notes="Brazilian seller; no headings, content cues only")

M("poa-idv-pk-012", A, "identity-verification", "US", "other-non-native",
  "Verification appeal - Section 3 BSA",
  """
Respected Seller Performance,

My account was suspended under Section 3 of the Business Solutions Agreement because the bank statement did not match. Plan of action is below.

1) What was the problem
I uploaded a statement of my personal Meezan Bank account but the seller account is under company name Zaidi Home Textiles (SMC-Pvt) Ltd. Names were different so verification failed.

2) What I did
I opened a business account in company name and added it as deposit method on 2 May. I uploaded new statement from the business account, dated April 2026. I also updated the legal name on the account to match the SECP certificate exactly.

3) So it won't happen again
All documents will be issued in company name only, and before uploading, my accountant will compare name and address letter by letter with the Seller Central information.

For your verification: the payout account is with JPMorgan Chase (via my US LLC partner), routing 021000021, account number 483920175512. Please check and approve fast.

Thanks,
Syed Hamza Zaidi
""", style="numbered", rc="1) What was the problem", co="2) What I did", pr="3) So it won't happen again",
  pol=("Section 3 of the Business Solutions Agreement",),
  sec=(("routing-number", "021000021"), ("bank-account", "483920175512")),
  notes="Pakistani seller; complete POA but pastes routing and account number in the text")

M("tech-login-eg-013", T, "", "EG", "other-non-native",
  "Cannot login - two step verification",
  """
Hello support,

Since yesterday I cannot login to Seller Central. After I put the password it asks for two step verification code, and the SMS goes to my old phone number which I don't have any more (I changed from Vodafone to Orange). I tried the backup method but I never set it.

My login email is sales@nilegiftsco.com and the password is Nile#Gifts2026 so you can check the account is mine. The last code I received on the old phone before it stopped was 481906, maybe it helps.

Please change the phone number to +20 100 555 7312 so I can receive the code. I have many pending orders that need shipping confirmation.

Thank you,
Mahmoud Saleh
Nile Gifts Co.
""", topic="login",
  sec=(("password", "Nile#Gifts2026"), ("one-time-code", "481906")),
  dec=(("phone", "+20 100 555 7312"),),
  notes="Egyptian seller; technical login case that pastes the password and an old OTP")

M("fba-lost-pl-014", F, "", "DE", "other-non-native",
  "Missing units inbound shipment FBA15QJ8D3NL",
  """
Hello,

We sent shipment FBA15QJ8D3NL to warehouse LEJ1 with 12 boxes and 480 units of SKU BH-LIN-PILLOW-50. The DHL tracking shows all 12 boxes delivered on 4 April (tracking 00340434161234567890). The shipment is closed now but only 432 units are received, 48 units are missing, which is exactly one box.

Attached are: the proof of delivery signed by warehouse, our packing list, and the invoice for the goods. Box 7 of 12 contains the missing 48 units, the weight was 14.2 kg.

Please investigate and reimburse the missing units.

Best regards,
Tomasz Wiśniewski
Bursztyn Home
""", topic="lost-inbound",
  dec=(("shipment-id", "FBA15QJ8D3NL"), ("sku", "BH-LIN-PILLOW-50"), ("tracking-number", "00340434161234567890")),
  notes="Polish seller; plain FBA inbound claim with numbers")

M("poa-drop-uk-015", A, "drop-shipping", "UK", "native",
  "Appeal re drop shipping deactivation - absolutely ridiculous",
  """
To whoever reads these,

I've had my account deactivated for breaching the drop shipping policy and frankly it's a disgrace. Nine years I've sold on Amazon. Nine years, thousands of happy customers, and you kill the account over a handful of parcels.

What we've done: we've cancelled our arrangement with the fulfilment partner, every order since 1 May is packed in our own warehouse in Wolverhampton with our own packing slip and returns address. All third-party branded invoices have been removed from the process and we've checked every open order.

Going forward: I'll personally check every morning that no order has left with anyone else's name on it, and our new packing software will only print our business name on slips.

I shouldn't have to grovel to a bot to keep a business I built from nothing. Sort it out, please, you are ruining a perfectly good business for no reason.

Gary Pilling
Pilling Motor Spares
""", style="inline", co="What we've done:", pr="Going forward:",
  pol=("drop shipping policy",),
  emo=("frankly it's a disgrace", "Nine years, thousands of happy customers, and you kill the account over a handful of parcels", "I shouldn't have to grovel to a bot", "you are ruining a perfectly good business for no reason"),
  notes="UK native, angry; never says why the orders went out under another seller's name: root cause absent")

M("poa-cond-sa-016", A, "condition", "AE", "other-non-native",
  "Our POA - used condition complaints",
  """
Dear Seller Performance team,

Regarding the deactivation for item condition complaints (customers said they received used items) on our electronics accessories, please find our plan of action.

Our POA: Root cause
Some returned items from customers were put back in our stock in Sharjah as new, because the returns area and the new stock area were in the same room and the staff did not open the packages to check. 9 customers received items with scratches or opened seal.

Our POA: Immediate actions
- We separated the returns room on 6 April, with a lock.
- All returned items are now sold only as "Used - Very Good" or sent back to supplier.
- We checked all 1,240 units in stock, found 22 opened, and removed them.
- We contacted the 9 customers and refunded them fully.

Our POA: Long-term measures
Each returned package will be inspected by our supervisor and logged with a photo. Monthly the manager counts the returns log against the stock. New staff will receive training in the first week.

Best regards,
Abdullah Al-Otaibi
Dar Al Tech Accessories
""", style="our-poa", rc="Our POA: Root cause", co="Our POA: Immediate actions", pr="Our POA: Long-term measures",
  pol=("item condition complaints",),
  notes="Saudi seller; 'Our POA:' headings; complete")

M("brand-hij-jp-017", B, "", "JP", "other-non-native",
  "Unauthorized seller on our brand listing",
  """
Dear Brand Registry Support,

We are the brand owner of "KOMOREBI" (registered trademark in Japan, number 6712483). On our listing ASIN B0B7MKS2PD, another seller named "TopStar Global" started to sell from 20 April at a lower price. We never supplied to this seller. We made a test buy (order 503-2291847-6617023) and the item has no our hologram sticker and the wood finish is different.

Please remove this seller from our listing. Attached: trademark certificate, photos of the test buy and of genuine product.

Thank you very much for your support.
Yuki Hasegawa
Komorebi Woodcraft
""", topic="hijacker",
  dec=(("trademark-number", "6712483"), ("asin", "B0B7MKS2PD"), ("order-id", "503-2291847-6617023")),
  notes="Japanese seller writing English; brand hijacker report")

M("poa-price-eg-018", A, "price-gouging", "US", "other-non-native",
  "Appeal - Fair Pricing Policy - hand sanitizer listing",
  """
Dear team,

Our account was deactivated for violating the Fair Pricing Policy. Our ASIN B0CZ1HNT7W (hand sanitizer 5L) was shown at $89.99 during 3 days in March.

Root Cause:
We use a repricing tool that follows the lowest competitor. When all other sellers went out of stock, the tool followed a rule "if no competitor, use maximum price", and the maximum was set by mistake at $89.99 instead of $29.99 by our employee. Nobody checked the price because it was weekend.

Prevention Plan:
- Max price in the repricer must be approved by me before saving.
- The repricer will send us alert if any price moves more than 20% in one day.
- Every Monday we export the price list and compare with last month.
- Staff training on Fair Pricing Policy every 6 months.

Thank you and best regards,
Omar El-Sayed
Delta Supplies LLC
""", style="colon", rc="Root Cause:", pr="Prevention Plan:",
  pol=("Fair Pricing Policy",),
  dec=(("asin", "B0CZ1HNT7W"),),
  notes="Egyptian seller; root cause and prevention but nothing about what was already fixed (price, refunds): corrective absent")

M("cat-grocery-br-019", C, "", "US", "latam",
  "Approval request - Grocery & Gourmet - Brazilian coffee",
  """
Hello,

We request approval to sell in Grocery & Gourmet Food category. We are Café Serra Azul, a family coffee farm in Minas Gerais, and we want to sell our roasted coffee beans 250g and 1kg.

We attached:
- FDA Food Facility Registration (number 18294736550)
- Invoice from our importer in Miami, invoice INV-2026-0381, with 400 units
- Photos of packaging with English label, nutrition facts and expiration date
- Our lot control table

The coffee is roasted in Brazil and the importer does the FDA prior notice for each shipment. Please let us know if you need any other document.

Obrigado,
Luiza Ferraz
Café Serra Azul
""", topic="grocery",
  dec=(("invoice-number", "INV-2026-0381"),),
  notes="Brazilian seller; calm ungating request")

M("lst-iptm-pt-020", L, "ip-trademark", "UK", "other-non-native",
  "Recurso - listagem removida por marca registada",
  """
Bom dia,

A nossa listagem ASIN B0D4RPLX2C (cortiça - base para tachos) foi removida por uma queixa de violação de marca registada. Segue o nosso plano de ação.

Causa: no título do produto escrevemos "compatível com Le Creuset" e usámos a palavra da marca sem autorização do titular. Não sabíamos que isto era considerado violação da política de propriedade intelectual da Amazon.

Ações já feitas: retirámos o nome da marca do título, das palavras-chave e das imagens no dia 10 de maio. Revimos também as outras 46 listagens da loja e corrigimos mais duas.

Prevenção: antes de publicar uma listagem nova, o meu sócio verifica se existe alguma marca de terceiros no texto. Vamos fazer esta verificação todos os meses.

Obrigado,
Rui Carvalho
Cortiça & Companhia Lda
""", lang="pt", style="inline", rc="Causa: no título", co="Ações já feitas:", pr="Prevenção: antes de publicar",
  pol=("política de propriedade intelectual da Amazon",),
  dec=(("asin", "B0D4RPLX2C"),),
  notes="Portuguese seller writing Portuguese to the UK store: non-English; the POA itself is complete")

# ---------------------------------------------------------------- chunk 2

M("poa-ipcr-pl-021", L, "ip-copyright", "UK", "other-non-native",
  "Please reinstate listing B0C6WQ2LZR",
  """
Hello,

We got your message that our listing B0C6WQ2LZR (linen tablecloth 140x240) was removed after a notice from another company about the photos. Here is our explanation and plan.

## Why it happened
When we created the listing in January, our freelance designer used three lifestyle photos that she found on a Pinterest board, thinking they were free stock images. They were in fact taken by the company that filed the notice, a home textiles shop from Manchester.

## What is done
- All three photos were deleted from the listing on 12 May and replaced by our own photos, made in our studio in Łódź (we attach the raw files with date).
- We checked the other 58 listings. Two more had one photo from the same designer, these were also replaced.
- We ended cooperation with the designer.

## Future
Every image now must come from our own photo sessions or from a paid stock service with a licence number saved in our product sheet. Before upload, I check the licence column myself.

Regards,
Agnieszka Kowalczyk
LenHome Sp. z o.o.
""", style="markdown", rc="Why it happened", co="What is done", pr="Future",
  dec=(("asin", "B0C6WQ2LZR"),),
  notes="Polish seller; good POA but never names the policy or the kind of complaint (only 'a notice from another company about the photos'): no-policy")

M("poa-rel-br-022", A, "related-accounts", "US", "latam",
  "Appeal - related accounts - Moda Praia Bahia",
  """
Dear Seller Performance,

Our account Moda Praia Bahia was deactivated for being related to an account that was suspended before (Bikini Sol Store). We understand the related accounts policy and we want to explain.

**How the link happened**
Bikini Sol Store was the account of my ex-business partner, Thiago. We shared the same office in Salvador and used the same Wi-Fi and the same computer for one year. He still knew the password of the shared email because he created it. His account was suspended in 2025 for reasons I don't know, and since we used the same devices, Amazon linked the two accounts.

**What we changed**
- Thiago has no access to anything of our company since 2 May, we changed the email, the credentials and removed him as user.
- We moved to a new office with a new internet contract (letter attached).
- The old shared computer was formatted and sold.
- We signed a document that confirms the separation of the companies, attached with the CNPJ of both companies.

**Going forward**
Only the two owners of Moda Praia Bahia will access Seller Central, from company devices only. We will not share offices, devices or payment methods with any other seller.

Obrigada,
Fernanda Rocha
""", style="bold", rc="How the link happened", co="What we changed", pr="Going forward",
  pol=("related accounts policy",),
  dec=(("password-word", "He still knew the password of the shared email"),),
  notes="Brazilian seller; 'password' mentioned with no value")

M("poa-odr-jp-023", A, "odr", "JP", "other-non-native",
  "Reinstatement request - Order Defect Rate",
  """
Dear Amazon Seller Performance Team,

We are Hoshino Tea Garden, selling Japanese green tea on Amazon.co.jp and US. We received notice that our Order Defect Rate became 1.8% and the account is deactivated. We write in English because our English staff manage the account.

1. Reason of the defect
Our tea was shipped in paper bags and during the rainy season some bags became wet and the tea was damaged. 11 customers left negative feedback and 4 opened A-to-z claims.

2. Correction plan
2-1 We will change the package to aluminium bag with zipper.
2-2 We will contact all customers who had the problem and offer refund or new tea.
2-3 We will ask for the removal of feedback only where the customer agrees.

3. Prevention plan
We will check the weather forecast and use extra moisture protection in June and July. We will review the customer feedback every day.

Best regards,
Takeshi Hoshino
""", style="numbered", rc="1. Reason of the defect", co="2. Correction plan", done=False, pr="3. Prevention plan",
  pol=("Order Defect Rate",),
  notes="Japanese seller writing English on JP; correction plan is all 'We will': not-done")

M("acct-cf-pk-024", A, "counterfeit", "US", "other-non-native",
  "My account is blocked for NO reason - counterfeit claim is FALSE",
  """
Dear Amazon,

This is the third time I am writing and nobody is reading my emails. My account is deactivated for counterfeit complaint on phone chargers, but my chargers are 100% original, I buy from the authorised distributor in Dubai. The customer is lying to get free product, this is very clear.

I am begging you, please look at my invoices. I have invested all my savings in this business and you are destroying my life with one click. My family is depending on me. I have paid all the fees, I never had any problem in 3 years.

Reactivate my account immediately. I have 2,300 units in your warehouse.

Bilal Ahmed
Ahmed Electronics
""", pol=("counterfeit complaint",),
  emo=("nobody is reading my emails", "I am begging you, please look at my invoices", "you are destroying my life with one click", "My family is depending on me", "Reactivate my account immediately."),
  notes="Pakistani seller; account appeal with no POA and no attachment, emotional")

M("poa-restr-es-025", A, "restricted-products", "US", "other-non-native",
  "Appeal restricted products - CBD",
  """
Hello,

Our account was deactivated for listing a restricted product (the hemp oil face serum, ASIN B0CJF2NW8X). The Restricted Products policy says that products with CBD are not allowed, and the supplier description said "hemp extract" which we thought was only seed oil.

ROOT CAUSE
We did not read the full ingredient list from the laboratory in Valencia, which showed cannabidiol 0.3%. We trusted the marketing name of the product.

CORRECTIVE ACTIONS
We have deleted the listing and asked for removal of the 150 units. We have also reviewed the full ingredient lists of our other 22 cosmetics and all are clean. The laboratory confirmed in writing (attached) that the other products contain no cannabidiol.

PREVENTIVE ACTIONS
Same as above.

Saludos cordiales,
Marta Giménez
Giménez Natural Cosmetics SL
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS",
  pol=("Restricted Products policy",),
  dec=(("asin", "B0CJF2NW8X"),),
  notes="Spanish seller; PREVENTIVE ACTIONS is only a heading with 'Same as above.': preventive absent")

M("poa-uaan-pt-026", A, "used-sold-as-new", "UK", "other-non-native",
  "Appeal - used sold as new complaints",
  """
Hello Seller Performance,

Unfortunately our account received several used sold as new complaints for the Bluetooth speakers we sell. I am the owner of Atlântico Gadgets, based in Braga, and I write this plan myself.

How it happened
We buy overstock from a UK retailer. In one lot of 200 speakers, around 30 were customer returns that the retailer had repacked in new boxes. We did not open the boxes because the seals looked original, so we sent them to FBA as new.

Fixed already
We removed all the units of that lot from FBA (removal order 4GZ81PLC). Each box was opened and tested here; 31 were returns and are now sold as refurbished on our own website. We asked the retailer for a written statement and we stopped buying mixed lots.

From now on
We only buy sealed pallets with a declaration from the supplier that goods are new and never sold. One in every 10 units is opened and checked before shipping to FBA. Any sign of use means the whole box is blocked.

Thank you,
João Pedro Lima
Atlântico Gadgets Unipessoal Lda
""", style="plain", rc="How it happened", co="Fixed already", pr="From now on",
  pol=("used sold as new complaints",),
  dec=(("mild-word", "Unfortunately"), ("removal-order-id", "4GZ81PLC")),
  notes="Portuguese seller; plain headings; 'Unfortunately' is a mild word")

M("fba-whdmg-sa-027", F, "", "AE", "other-non-native",
  "Reimbursement for damaged units in warehouse DXB3",
  """
Dear Seller Support,

In the inventory adjustments report I see 14 units of our oud perfume 100ml (FNSKU X003KF7PQL) marked as "Damaged at Amazon fulfilment centre" on 22 and 23 April in DXB3. Until today I did not receive any reimbursement for these units, it is already more than 30 days.

Our selling price is 349 AED and the cost is 180 AED per unit. Please check and reimburse the 14 units. The invoice for the goods is attached.

Thank you for your help.
Khalid Al-Dosari
Oud Al Jazeera Trading
""", topic="warehouse-damaged",
  dec=(("fnsku", "X003KF7PQL"),),
  notes="Saudi seller; calm warehouse-damaged claim")

M("tech-deposit-uk-028", T, "", "UK", "native",
  "Deposit method won't verify",
  """
Hi there,

I'm trying to update the deposit method on our account because we've moved banks from Barclays to Starling, and the form keeps returning "We were unable to verify this bank account". I've tried three times now, both in Chrome and Edge.

The details I'm entering are:
Account holder: Fernhill Outdoor Ltd
Sort code: 60-83-71
Account number: 28391046
IBAN: GB70SRLG60837128391046

Could someone tell me whether it's something on our side or yours? Disbursements are due on Friday and I'd rather they didn't bounce back to the old account, which we're closing at the end of the month.

Cheers,
Tom Fairweather
Fernhill Outdoor Ltd
""", topic="deposit-method",
  sec=(("bank-account", "28391046"), ("iban", "GB70SRLG60837128391046")),
  notes="UK native; pastes account number and IBAN into a deposit-method case")

M("poa-scoc-eg-029", A, "seller-code-of-conduct", "US", "other-non-native",
  "Appeal - Seller Code of Conduct - buyer messages",
  """
Dear Seller Performance Team,

We received the notification that our account violated the Seller Code of Conduct by contacting buyers outside of Amazon. We take this seriously.

A) What we have done
- We deleted all buyer phone numbers and emails that were saved in our Excel file.
- We stopped the WhatsApp business account we used for after-sale support.
- All communication with buyers is now only by the Buyer-Seller Messaging, since 15 April.
- The 3 employees of customer service signed a document that they read the Code of Conduct.

B) How we prevent it in future
Monthly, the manager reviews a sample of 50 messages. Any template must be approved before use. We will also make a short test for new employees about the communication rules.

We hope you accept our plan.

Best regards,
Youssef Hamdy
Pharaoh Home Decor
""", style="lettered", co="A) What we have done", pr="B) How we prevent it in future",
  pol=("Seller Code of Conduct",),
  notes="Egyptian seller; corrective and preventive only, never explains why they contacted buyers off Amazon: root cause absent")

M("poa-late-pk-030", A, "late-shipment", "US", "other-non-native",
  "Request for reinstatement - Karachi Craft House",
  """
Dear Team,

I got your email about my account performance and I would like to submit my plan.

The issue was that our courier pickup in Karachi happens only two times a week, and with the handling time of 2 days many orders were confirmed after the expected date. In Eid holidays the courier office was closed for 5 days also.

To resolve this, we will increase the handling time to 5 days on all listings. We will also open a contract with a second courier company that picks up daily. We will confirm shipment only after the courier scans the package.

In future, before any holiday we will put the account on vacation mode, and we will check the performance page every week.

Kindly do the needful and reactivate the account.

Regards,
Asif Rehman
Karachi Craft House
""", style="none", rc="The issue was that", co="To resolve this, we will", done=False, pr="In future, before any holiday",
  notes="Pakistani seller; no headings; corrective only future tense; names no policy or metric ('my account performance', 'after the expected date'): not-done + no-policy")

M("poa-inauth-sa-031", A, "inauthentic", "SA", "other-non-native",
  "طلب إعادة تفعيل الحساب - شكاوى منتجات غير أصلية",
  """
السلام عليكم ورحمة الله،

نحن مؤسسة نجمة الخليج للعطور، وقد تم إيقاف حسابنا بسبب شكاوى المنتجات غير الأصلية على عطر ASIN B0D1KX6RWA. نقدم لكم خطة العمل التالية:

سبب المشكلة:
اشترينا دفعة من موزع جديد في جدة بدون التأكد من أنه موزع معتمد من العلامة التجارية، وكانت بعض العبوات مختلفة عن الأصلية.

الإجراءات التي قمنا بها:
- سحبنا جميع الوحدات المتبقية من مستودع أمازون وأتلفناها.
- أعدنا المبالغ لجميع العملاء الذين اشتروا من هذه الدفعة.
- أوقفنا التعامل مع هذا الموزع نهائياً.

الإجراءات الوقائية:
لن نشتري إلا من الوكيل الرسمي أو من موزع لديه خطاب تفويض، وسيقوم مدير المشتريات بمراجعة كل فاتورة قبل إرسال البضاعة إلى أمازون.

مع الشكر،
سلطان العتيبي
""", lang="ar", style="colon", rc="سبب المشكلة:", co="الإجراءات التي قمنا بها:", pr="الإجراءات الوقائية:",
  pol=("شكاوى المنتجات غير الأصلية",),
  dec=(("asin", "B0D1KX6RWA"),),
  notes="Saudi seller writing Arabic on the SA store (English not required there): no non-English defect; complete POA")

M("poa-track-ie-032", A, "valid-tracking", "UK", "native",
  "VTR below target - our plan",
  """
Hello,

Quick one from us at Atlantic Wool Co in Galway. Our Valid Tracking Rate dropped to 91% and the account's been deactivated, so here's what happened and what we've sorted.

Cause:
We post a lot of small parcels with An Post to Northern Ireland and Great Britain. In April the An Post tracking numbers stopped being recognised in Seller Central because we'd been choosing "Other" as the carrier and typing the name by hand, with a spelling that didn't match. So the tracking was there, it just wasn't valid to Amazon.

Fixes:
We've gone back through every order from the last 30 days and re-entered the carrier properly. We've switched to Buy Shipping with Royal Mail Tracked 48 for anything going to Great Britain. The "Other" option is no longer used by anyone on the team.

Prevention:
I check the VTR every Friday with my coffee. Any order shipped without a recognised carrier gets fixed before the weekend.

Thanks a million,
Orla Brennan
Atlantic Wool Co
""", style="colon", rc="Cause:", co="Fixes:", pr="Prevention:",
  pol=("Valid Tracking Rate", "VTR"),
  notes="Irish native, chatty; colon headings")

M("lst-listpol-br-033", L, "listing-policy", "US", "latam",
  "Reativação do anúncio - política de listagem",
  """
Olá equipe da Amazon,

O nosso anúncio ASIN B0CKP4TZ9E (kit de pincéis de maquiagem) foi desativado por violar a política de listagem de produtos, porque o título tinha mais de 200 caracteres e as imagens tinham texto promocional.

O motivo foi que copiamos o título do nosso anúncio no Mercado Livre, que aceita títulos longos e imagens com "frete grátis".

Já corrigimos o título para 120 caracteres, trocamos a imagem principal por uma foto com fundo branco e tiramos o texto promocional de todas as imagens.

Para não acontecer de novo, a nossa funcionária Camila vai revisar cada anúncio novo com o guia de estilo da Amazon antes de publicar.

Obrigado,
Eduardo Pires
Beleza Brasil Cosméticos
""", lang="pt", style="none", rc="O motivo foi que", co="Já corrigimos o título", pr="Para não acontecer de novo",
  pol=("política de listagem de produtos",),
  dec=(("asin", "B0CKP4TZ9E"),),
  notes="Brazilian seller writing Portuguese to the US store: non-English; POA complete")

M("poa-drop-es-034", A, "drop-shipping", "ES", "other-non-native",
  "Our POA for the drop shipping deactivation",
  """
Dear Amazon,

Regarding the deactivation of our account for not following the drop shipping policy, we present our plan.

Our POA - the cause: For orders of garden furniture we asked a bigger distributor in Murcia to ship directly to the customer. The parcel arrived with the distributor's invoice and his company name, not ours. We did not know that this was against the rules, we thought it was normal in our sector. Our company has a strict quality policy, but it never covered how the orders are shipped.

Our POA - what we corrected: Since 20 April the distributor ships the furniture to our warehouse in Alicante and we send it to the customer with our packing slip. We also stopped the 9 open orders and shipped them ourselves. The distributor signed that he will not send any more parcels in our name.

Our POA - prevention: The warehouse manager checks every outgoing parcel. Our order system blocks any order that is not assigned to our own warehouse.

Best regards,
Alberto Navarro
Navarro Jardín SL
""", style="our-poa", rc="Our POA - the cause:", co="Our POA - what we corrected:", pr="Our POA - prevention:",
  pol=("drop shipping policy",),
  dec=(("policy-like", "strict quality policy"),),
  notes="Spanish seller; 'Our POA -' inline headings; 'quality policy' is not a policy name")

M("tech-card-pt-035", T, "", "DE", "other-non-native",
  "Credit card charge failed - monthly subscription",
  """
Hello,

My monthly selling plan payment failed and now I see a red banner in Seller Central. I updated the card but it still shows the error "Charge method declined". The bank says the card is working and there is no block.

Here are the card details so you can try again:
Card number: 5259 0112 0250 0041
Valid until: 11/29
CVC: 318
Holder: Ana Sofia Matos

Can you please charge again or tell me what is the problem? I do not want my listings to be closed.

Muito obrigada,
Ana Sofia Matos
Matos Bordados
""", topic="payment-method",
  sec=(("card", "5259 0112 0250 0041"), ("card-expiry", "11/29"), ("card-code", "318")),
  notes="Portuguese seller; pastes full card, expiry and CVC")

M("brand-contrib-pl-036", B, "", "PL", "other-non-native",
  "Incorrect changes on our brand listing",
  """
Hello Brand Registry,

Our brand "Leśna Chata" is registered in Brand Registry since 2025 (EUIPO trademark 018934721). Somebody changed the title and the main image of our listing ASIN B0D9LPQW3V (honey 400g). The title now says "Honey Set 3 pieces", but we only sell single jars. Customers are ordering and expecting 3 jars.

We tried to correct it using the edit page, but after one day the wrong title comes back. Please lock the listing to our brand contribution and restore our version.

Thank you,
Piotr Zieliński
Leśna Chata
""", topic="listing-contribution",
  dec=(("trademark-number", "018934721"), ("asin", "B0D9LPQW3V")),
  notes="Polish seller; listing contribution problem")

M("poa-review-br-037", A, "review-manipulation", "US", "latam",
  "Appeal - reviews",
  """
Hello team,

Our account was deactivated for a violation of the Community Guidelines about reviews. We want to present our plan.

A) Root cause
We have a Facebook group of our clients in Brazil and we posted the link of the Amazon product asking "who bought, leave a review please". Some people from the group bought the product with a discount code we gave in the group and then wrote reviews. We did not understand that a discount in exchange of review is incentivized.

B) Corrective actions
We understand the importance of following the policies and we respect the rules of Amazon.

C) Preventive actions
We will not post Amazon links in social groups anymore. All marketing will be approved by the owner. We will read the guidelines every quarter.

Thank you,
Renata Moura
Moura Fitness
""", style="lettered", rc="A) Root cause", pr="C) Preventive actions",
  pol=("Community Guidelines",),
  notes="Brazilian seller; 'B) Corrective actions' heading holds only a statement of respect, no action: corrective absent")

M("poa-safety-jp-038", A, "product-safety", "US", "other-non-native",
  "Appeal - product safety complaint - heated lunch box",
  """
Dear Seller Performance,

This is Shiroyama Trading. Our account was suspended because of product safety complaints about our electric lunch box (ASIN B0C3ZRM6QK). Two customers said the cable became very hot. We apologize to the customers.

## 1. Investigation result
We tested 50 units from the same lot in our Nagoya office. The power cable of lot 2312-B was made with thinner copper than the specification, because the factory changed the cable supplier without telling us. The cable is not UL certified.

Corrective action:
- All 410 units of lot 2312-B were recalled from FBA on 8 May and are being destroyed (certificate of destruction will follow).
- We refunded the 63 customers who bought from this lot and sent them a message to stop using it.
- New lot with UL listed cable was tested by Intertek (report attached).

Preventive action:
- The factory must inform us of any change of parts in writing, this is now in our contract.
- Every new lot is tested by third party before shipment.
- We keep the UL certificate number for every part on file.

We respect the Product Safety policy and the safety of customers comes first.

Sincerely,
Hiroshi Nakagawa
""", style="mixed", rc="1. Investigation result", co="Corrective action:", pr="Preventive action:",
  pol=("Product Safety policy", "product safety complaints"),
  dec=(("asin", "B0C3ZRM6QK"),),
  notes="Japanese seller; mixed headings (markdown numbered then colon); one apology to customers")

M("acct-idv-eg-039", A, "identity-verification", "AE", "other-non-native",
  "Seller verification failed",
  """
Dear Team,

I submitted my documents for seller identity verification three times and each time it is rejected. I uploaded my Egyptian passport, my UAE residence visa and a DEWA utility bill. The name on my passport is "Mohamed Abdelrahman Ibrahim" and on DEWA is "Mohamed A. Ibrahim", maybe this is the problem.

Can you tell me exactly which document is wrong? I want to start selling my home products in the UAE store. My video call appointment was cancelled also and I could not book a new one.

Best regards,
Mohamed Ibrahim
""", pol=("seller identity verification",),
  notes="Egyptian seller; verification appeal with no POA, nothing attached mentioned as a POA: A016")

M("poa-gouge-uk-040", A, "price-gouging", "UK", "native",
  "Face masks pricing - account deactivated",
  """
Dear Sir or Madam,

I am writing in response to your email about our prices on FFP2 face masks in February.

When the flu wave hit the news, our supplier tripled his price to us overnight, and our automatic repricing passed that straight through to the listing. We did not look at it for four days, by which point the masks were priced at £39.99 for a pack of ten, which I accept was far too high.

We have since cut the price back to £9.99, which is what it was before February, and refunded the difference to all 58 customers who paid the higher price. The repricer has been switched off for every medical and hygiene item we sell.

From now on, any price increase above 10% on those items has to be approved by me, and I will review the whole price list on the first of every month.

Yours faithfully,
Margaret Hughes
Hughes Pharmacy Supplies
""", style="none", rc="When the flu wave hit the news", co="We have since cut the price back", pr="From now on, any price increase",
  notes="UK native, formal; full POA in prose but no policy or violation named ('your email about our prices'): no-policy")

# ---------------------------------------------------------------- chunk 3

M("poa-cf-br-041", A, "counterfeit", "US", "latam",
  "Plan of action - Som Tropical Audio",
  """
Hello Amazon,

About the complaint on our wireless headphones (ASIN B0CP7XK2RD), here is our plan of action.

**Root cause**
We bought a lot of 500 headphones from a trading company in Ciudad del Este, they told us the product was from the official importer. The packaging had small differences that we did not notice: the font of the serial number and the color of the charging case.

**Corrective actions**
We will remove the inventory that is still in the fulfillment center.
We will refund all the buyers of this lot.
We will send to Amazon the invoice from the official importer for the next purchase.

**Preventive actions**
Buy only from the official importer in Brazil or the US distributor. Check each new lot against a genuine unit. Keep all the invoices.

Atenciosamente,
Ricardo Lopes
Som Tropical Audio
""", style="bold", rc="Root cause", co="Corrective actions", done=False, pr="Preventive actions",
  dec=(("asin", "B0CP7XK2RD"),),
  notes="Brazilian seller; corrective all 'We will'; never names the violation ('the complaint on our headphones'): not-done + no-policy")

M("poa-odr-pl-042", A, "odr", "UK", "other-non-native",
  "ODR deactivation - this is unacceptable",
  """
Hello,

My account was deactivated for ODR 1.3%. I am honestly shocked. We have 4,800 orders per month and you deactivate us for a few claims from customers who did not even contact us first. This is completely unfair and I think nobody in Amazon cares about small sellers.

1. Why the ODR went up
In March we changed the courier in Poland for shipments to UK. The new courier lost 23 parcels at the border after the customs change, and those buyers opened A-to-z claims.

2. What we did
- We went back to our old courier (DPD) on 1 April.
- All 23 buyers were refunded and we sent a new item to 15 of them.
- We answered every negative feedback with an apology and solution.

I expect an answer within 48 hours, not a copy-paste template again. You are destroying a company with 12 employees.

Marek Wójcik
MW Sport Sp. z o.o.
""", style="numbered", rc="1. Why the ODR went up", co="2. What we did",
  pol=("ODR",),
  emo=("I am honestly shocked", "This is completely unfair and I think nobody in Amazon cares about small sellers", "not a copy-paste template again", "You are destroying a company with 12 employees"),
  notes="Polish seller, angry; POA stops after corrective, no prevention: missing preventive + emotional")

M("acct-iptm-jp-043", A, "ip-trademark", "US", "other-non-native",
  "About trademark infringement notice",
  """
Dear Seller Performance Team,

We received the notice of trademark infringement, and our account is now under review. The complaint is about our "Zen Garden Kit" listing. The complainant is a US company, but we do not know their contact.

Could you please give us the email address of the rights owner? We want to talk to them and ask for retraction, because we think our product does not use their trademark. We have sold this product for 4 years without problem.

We are waiting for your reply.

Best regards,
Aiko Fujimura
Fujimura Crafts
""", pol=("trademark infringement",),
  notes="Japanese seller; asks for the rights owner's contact, no POA and nothing attached: A016")

M("poa-cancel-sa-044", A, "cancel-rate", "AE", "other-non-native",
  "Cancellation Rate - plan of action",
  """
Dear Amazon team,

Our account was deactivated because the Cancellation Rate is 4.2% in the last 7 days. Please find our plan.

ROOT CAUSE
We sell phone cases merchant-fulfilled. Our stock program and Amazon were not connected. The staff updated the quantity by hand each evening, but in the Ramadan period the shop in Riyadh had big sales and the quantity on Amazon was wrong. We cancelled 38 orders, for example order 402-8813920-4471563.

CORRECTIVE ACTIONS TAKEN
1. On 2 April we moved the best 40 products to FBA, so stock is counted by Amazon.
2. For the rest we installed an inventory app that syncs every 10 minutes.
3. All cancelled buyers got a message and a 10% voucher for the shop.

PREVENTIVE MEASURES
The store manager checks the cancellations every morning. If a product has less than 3 units we set it to 0 on Amazon. We review the results after one month.

Thank you,
Nasser Al-Shammari
Jawwal Accessories
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS TAKEN", pr="PREVENTIVE MEASURES",
  pol=("Cancellation Rate",),
  dec=(("order-id", "402-8813920-4471563"),),
  notes="Saudi seller selling in AE; caps; complete")

M("lst-pat-es-045", L, "ip-patent", "US", "other-non-native",
  "Reinstatement - patent complaint - folding phone stand",
  """
Hello,

Our listing ASIN B0D3MVQ8KS (folding phone stand) was removed after a patent infringement complaint, US patent 11,482,907.

Root cause: we don't know, the complaint is not clear.

Corrective actions: we have removed the listing ourselves and we have stopped the production of this model in our factory partner. We have asked a patent lawyer in Madrid to compare the product with the patent claims. Our remaining 300 units are stored in our warehouse, not sold.

Preventive actions: for every new product we will do a patent search on Google Patents and the USPTO site before ordering the first lot, and we will keep the search result in the product file.

If the lawyer confirms there is no infringement, we will send his opinion.

Thank you,
Sergio Blanco
Blanco Gadgets SL
""", style="inline", co="Corrective actions: we have removed", pr="Preventive actions: for every new product",
  pol=("patent infringement complaint",),
  dec=(("asin", "B0D3MVQ8KS"), ("patent-number", "11,482,907")),
  notes="Spanish seller; 'Root cause: we don't know, the complaint is not clear' explains nothing: root cause absent")

M("fba-return-uk-046", F, "", "UK", "native",
  "Customer return not received - refund issued",
  """
Hello,

I'm chasing a reimbursement for order 206-4418273-9920146. The customer was refunded £64.99 on 2 April for a return, but the item never came back to the fulfilment centre. It's now been well over the 45 days, which is a bit annoying, but I assume it just slipped through.

The product is a cast iron skillet, FNSKU X002YT9MHB. The return tracking uploaded by the customer shows no movement after the label was created.

Could you either reimburse the unit or charge the customer as per the returns process?

Many thanks,
David Ashworth
Ashworth Cookware
""", topic="customer-return",
  dec=(("order-id", "206-4418273-9920146"), ("fnsku", "X002YT9MHB"), ("mild-word", "a bit annoying")),
  notes="UK native; calm customer-return claim with one mild word")

M("tech-2sv-jp-047", T, "", "JP", "other-non-native",
  "2段階認証ができません",
  """
セラーサポート御中

いつもお世話になっております。株式会社ミドリ工房の佐藤です。
昨日から2段階認証のコードが届かず、セラーセントラルにログインできません。登録している電話番号は変更していません。

確認のため、ログイン情報をお送りします。
メールアドレス：info@midori-koubou.jp
パスワード：Midori!2026kb
最後に届いた認証コード：730258

至急、ログインできるようにしていただけますでしょうか。出荷通知ができず、お客様に迷惑をかけております。
よろしくお願いいたします。

佐藤 恵子
""", lang="ja", topic="login",
  sec=(("password", "Midori!2026kb"), ("one-time-code", "730258")),
  notes="Japanese on JP (no language defect); pastes パスワード and 認証コード")

M("poa-prohib-pk-048", A, "prohibited-seller-activities", "UK", "other-non-native",
  "Appeal - prohibited seller activities - order diversion",
  """
Dear Seller Performance Team,

We received notice that our account engaged in prohibited seller activities because we put a leaflet in packages inviting customers to order from our website with 15% discount.

(a) Cause of the violation
The leaflet was designed by our marketing intern, who was not aware of the Prohibited Seller Activities and Actions policy. I approved the design without reading it carefully, because I was travelling to Lahore at that time.

(b) Actions completed
- Printing of the leaflet stopped and the 2,000 remaining copies destroyed on 29 April.
- FBA inventory with leaflets (FBA16P9CXW3T) removed and repacked.
- The discount code on our website has been disabled, so no customer could use it.

(c) Ongoing controls
Any material going into a package will be approved by two people, me and our operations manager. We made a one-page summary of the policy for every new employee and intern.

Regards,
Usman Tariq
Tariq Homeware Ltd
""", style="lettered", rc="(a) Cause of the violation", co="(b) Actions completed", pr="(c) Ongoing controls",
  pol=("Prohibited Seller Activities and Actions policy", "prohibited seller activities"),
  dec=(("shipment-id", "FBA16P9CXW3T"),),
  notes="Pakistani seller; lettered (a)/(b)/(c); complete")

M("poa-inauth-eg-049", A, "inauthentic", "US", "other-non-native",
  "PLEASE HELP - inauthentic complaint - account deactivated",
  """
Dear Amazon team,

Please, I am begging you to help me. My account was deactivated for inauthentic complaint on a cosmetic cream. I am a single mother and this account is my only income. I cannot sleep since the email came.

## Why
I bought the cream from a pharmacy wholesaler in Cairo and the box had Arabic label on top of the original label. The customer thought it was fake.

## What I will do
- I will remove all the units from the warehouse.
- I will bring invoices from the official distributor.
- I will sell only products with the original English label.

## In the future
I will not buy from any wholesaler that has no authorization letter from the brand. I will check every box before sending.

I swear to God I am honest. Please give me one more chance, I will lose everything.

Nour Hassan
""", style="markdown", rc="Why", co="What I will do", done=False, pr="In the future",
  pol=("inauthentic complaint",),
  emo=("Please, I am begging you to help me", "I am a single mother and this account is my only income", "I cannot sleep since the email came", "I swear to God I am honest", "Please give me one more chance, I will lose everything"),
  notes="Egyptian seller; emotional pleading; 'What I will do' only future: not-done")

M("lst-cond-pt-050", L, "condition", "ES", "other-non-native",
  "Listing deactivated - B0BZQ4NC7H",
  """
Hello,

Our listing B0BZQ4NC7H (refurbished coffee grinder) was deactivated. I explain what happened.

Reason: we listed the grinders as "New" because they were new old stock from a closed shop in Coimbra, never used but with damaged boxes. Some customers received them with yellow boxes and thought they were used.

Done so far: the offer condition was changed to "Used - Like New" with a note about the box. Customers who complained were refunded without return. We have checked the other 12 listings and they are all correct.

Next steps: every item with damaged or old packaging will be listed as used, and I will write the box condition in the condition note.

Cumprimentos,
Duarte Sousa
Sousa Vintage Store
""", style="inline", rc="Reason: we listed", co="Done so far:", pr="Next steps:",
  dec=(("asin", "B0BZQ4NC7H"),),
  notes="Portuguese seller; complete inline POA but names no policy or complaint type: no-policy")

M("cat-jewel-sa-051", C, "", "AE", "other-non-native",
  "Request to sell in Fine Jewelry",
  """
Hello Category Team,

We are Lulu Al Sahra Jewellers, a jewellery shop in Jeddah with a branch in Dubai Gold Souk. We want to sell 18k gold rings and pendants in the UAE store and request approval for the Fine Jewelry category.

Documents attached: trade license, hallmarking certificates from Dubai Central Laboratory, invoices from our supplier, and photos of the products on white background. All our pieces are stamped with the karat and the hallmark.

Please let us know if more documents are needed.

Best regards,
Hussain Al-Ghamdi
""", topic="jewelry",
  notes="Saudi seller; calm ungating request")

M("poa-review-uk-052", A, "review-manipulation", "UK", "native",
  "Customer Product Reviews policy - plan of action",
  """
Dear Seller Performance,

Thank you for your notice regarding the Customer Product Reviews policy. We have investigated fully, because we want to be thorough, and set out our findings below.

**What caused it**
Our follow-up email template, set up in a third-party tool in 2024, included the line "if you loved it, a 5-star review helps small businesses like ours". That asks for a positive review specifically, which is not allowed. Nobody had reviewed the template since it was written.

**What we've already done**
We switched off the third-party email tool on 7 May. We now only use the Request a Review button in Seller Central, which sends Amazon's own neutral wording. We checked all other inserts and emails; there were no other issues.

**How we'll stop it happening again**
Any customer-facing wording now goes through our operations director before it's used, with the Amazon policy page open. We'll re-check every template each quarter, and staff have done a short session on the rules.

Kind regards,
Eleanor Pryce
Pryce & Co Haberdashery
""", style="bold", rc="What caused it", co="What we've already done", pr="How we'll stop it happening again",
  pol=("Customer Product Reviews policy",),
  dec=(("because-not-cause", "because we want to be thorough"),),
  notes="UK native; a 'because' that is not the root cause before the real cause section")

M("acct-drop-br-053", A, "drop-shipping", "US", "latam",
  "Account deactivated - please reactivate",
  """
Hello,

Today I received an email that my account was deactivated and all my listings are inactive. I do not understand why, I always shipped all orders on time and my metrics are green. I sell kitchen utensils and I have 4.8 stars feedback.

Please reactivate my account. I have orders waiting and I need to pay my suppliers this month. If there is any problem, tell me what it is and I will correct it fast.

Obrigado,
Leonardo Batista
Batista Cozinha
""",
  notes="Brazilian seller; no POA, nothing attached, and no policy named (the violation was drop shipping, never mentioned): A016 + no-policy")

M("poa-restr-jp-054", A, "restricted-products", "JP", "other-non-native",
  "制限対象商品に関するアカウント停止の改善計画",
  """
Amazonセラーパフォーマンスチーム御中

いつもお世話になっております。株式会社ひかり薬粧の山田です。
制限対象商品ポリシー違反によりアカウントが停止された件について、改善計画をお送りします。

【原因】
医薬品成分を含む育毛剤を、化粧品として出品してしまいました。担当者が成分表を確認せず、メーカーの商品説明をそのまま使用したことが原因です。

【実施済みの対応】
・該当商品3点の出品を5月10日に削除しました。
・FBA在庫120個の返送手続きを完了しました。
・他の全商品(85点)の成分表を薬剤師が確認しました。

【再発防止策】
・新規出品前に、薬剤師による成分確認を必須とします。
・毎月一回、出品中の商品をポリシーと照合します。

何卒よろしくお願い申し上げます。
山田 隆
""", lang="ja", style="plain", rc="【原因】", co="【実施済みの対応】", pr="【再発防止策】",
  pol=("制限対象商品ポリシー",),
  notes="Japanese on JP store (no language defect); bracket headings; complete")

M("fba-dmg-eg-055", F, "", "US", "other-non-native",
  "Inbound shipment damaged by carrier - FBA17W2KM9RT",
  """
Hello,

Our shipment FBA17W2KM9RT arrived at warehouse ONT8 with 3 cartons crushed. The receiving shows 96 units received of 120, and 24 units of glass tea cups (FNSKU X004B8QK2L) are missing or damaged. The shipment was sent with the Amazon Partnered Carrier, so the damage happened in transit.

We ask for reimbursement of the 24 units. Attached: our packing photos before shipping, the bill of lading BOL 482019375, and the supplier invoice.

Thanks,
Amr Mostafa
Cleopatra Glassware
""", topic="damaged-inbound",
  dec=(("shipment-id", "FBA17W2KM9RT"), ("fnsku", "X004B8QK2L"), ("bol-number", "482019375")),
  notes="Egyptian seller; damaged inbound; 9-digit BOL number that fails the ABA check")

M("poa-late-es-056", A, "late-shipment", "ES", "other-non-native",
  "Plan de acción - tasa de envíos tardíos",
  """
Dear Amazon,

Our Late Shipment Rate is 7.3% and the account is deactivated. Here is the plan of action.

Why it happened
In March our warehouse in Zaragoza moved to a new building. During 10 days the printers for labels were not connected and the orders were packed but not confirmed. Also the new building is 20 km far from the Correos office, so the pickup time changed from 17h to 13h and we did not update our cut-off.

What we changed
(our logistics manager will complete this part)

How we prevent it
We will review the Account Health dashboard every morning. Any change of warehouse or carrier will be planned one month before, with handling time increased during the move.

Un saludo,
Cristina Morales
Morales Hogar SL
""", style="plain", rc="Why it happened", pr="How we prevent it",
  pol=("Late Shipment Rate",),
  notes="Spanish seller; 'What we changed' has only a placeholder: corrective absent")

M("poa-rel-pl-057", A, "related-accounts", "DE", "other-non-native",
  "Our POA - related account Sklep Bałtyk",
  """
Hello Seller Performance,

Our account was deactivated because it is related to the account "Sklep Bałtyk", which is suspended. Please see our plan.

Our POA 1 - why the accounts are linked
Sklep Bałtyk belonged to my brother. Two years ago he used our company bank account for a few months to receive payouts, before he opened his own. Amazon saw the same bank account on both accounts.

Our POA 2 - what we did
My brother closed his account and removed our bank details in 2025. We have now also opened a new business account only for our company and changed the deposit method to it on 3 May. The new account is IBAN PL19114020040000310275684933 at mBank, you can compare with the statement attached. We have no other shared data with him.

Our POA 3 - prevention
We will never share bank accounts, cards, addresses or devices with any other seller, also family. Only I and my wife have access to our Seller Central.

Best regards,
Paweł Kamiński
Amber Coast Trading
""", style="our-poa", rc="Our POA 1 - why the accounts are linked", co="Our POA 2 - what we did", pr="Our POA 3 - prevention",
  pol=("related to the account",),
  sec=(("iban", "PL19114020040000310275684933"),),
  notes="Polish seller; complete POA but pastes the new IBAN in the text")

M("brand-own-pk-058", B, "", "US", "other-non-native",
  "Brand owner verification - Rehman Leather",
  """
Dear Brand Registry team,

We applied to enroll our brand "Rehman Leather" in Brand Registry with our USPTO registration 7,214,558. The application was rejected with the message that the brand name on the product images does not match. The product photo shows the logo "RL Rehman Leather" embossed on the wallet, which is the same as in the trademark drawing.

Please check again. I attach a close-up photo of the embossed logo and of the packaging with the brand name.

Kindly revert with the status.

Regards,
Abdul Rehman
Rehman Leather Works
""", topic="brand-ownership",
  dec=(("trademark-number", "7,214,558"),),
  notes="Pakistani seller; calm Brand Registry enrollment case")

M("poa-track-br-059", A, "valid-tracking", "US", "latam",
  "Plan of action VTR - Arte Mineira",
  """
Dear team,

Regarding the Valid Tracking Rate below 95% that deactivated our account, see our plan below.

1 - Cause
We ship handmade pieces from Belo Horizonte to the US with Correios. Correios tracking is not always recognized by Amazon, and in some orders we did not upload the tracking because the international number came two days after the shipment.

2 - Corrective measures
We are going to change to DHL eCommerce for all orders to the US.
We are going to upload the tracking the same day for every order.
We are going to contact the customers of the orders without tracking to give them the number.

3 - Preventive measures
Weekly check of the tracking report. Training of the new employee. Carrier list reviewed each month.

Thank you,
Gabriela Nunes
Arte Mineira
""", style="numbered", rc="1 - Cause", co="2 - Corrective measures", done=False, pr="3 - Preventive measures",
  pol=("Valid Tracking Rate",),
  notes="Brazilian seller; numbered '1 -' headings; corrective all 'We are going to': not-done")

M("tech-upload-ie-060", T, "", "UK", "native",
  "Flat file upload keeps failing - error 8560",
  """
Hi,

We're trying to upload a flat file with 212 new SKUs for our tweed range and the processing report comes back with error 8560 on every row. The feed ID is 52839104771. I've checked the template version (it's the current one for Clothing) and the brand name matches our Brand Registry entry exactly.

It worked fine a month ago with the same template. Is there a problem with the category or do we need a new GTIN exemption for the new styles?

Processing report attached.

Thanks,
Niamh Doherty
Donegal Tweed House
""", topic="listing-upload",
  dec=(("error-code", "8560"), ("feed-id", "52839104771")),
  notes="Irish native; listing upload error")

M("poa-uaan-sa-061", A, "used-sold-as-new", "SA", "other-non-native",
  "Appeal for my account",
  """
Dear Seller Performance,

I am writing about the notification on my account for the baby strollers. The problem happened because our warehouse staff in Dammam repacked strollers returned by customers in the shop and put them again in the new stock. The customers who bought them on Amazon found marks on the wheels and opened the box with the seal broken.

We have already checked all strollers in stock and removed 7 returned ones, they are now in the outlet section of our shop and not on Amazon. We have given a full refund to the 5 customers and collected the strollers.

Please reactivate my account, we are a known shop in the Eastern Province for 15 years.

Saad Al-Qahtani
Qahtani Baby World
""", style="none", rc="The problem happened because", co="We have already checked all strollers",
  notes="Saudi seller; no headings; no prevention part, and no policy or complaint type named ('the notification on my account'): missing preventive + no-policy")

M("poa-ipcr-uk-062", L, "ip-copyright", "UK", "native",
  "Copyright takedown - this is a stitch-up",
  """
I'll be blunt: this copyright complaint is a stitch-up by a competitor and Amazon just rubber-stamps it without looking. It's a joke. But since I have no choice, here's your plan of action.

## What happened
Our listing for the "Hebridean Lighthouse" print (ASIN B0C4TMNX8P) used a description paragraph that our former copywriter lifted, word for word, from the artist's own website. We licensed the image itself properly (licence attached), but not the text.

## What's been done
I rewrote the description myself on 14 May. The old text is gone from this listing and from the two other prints that used the same paragraph. The copywriter no longer works for us.

## Making sure it doesn't recur
All copy is written in-house now and checked with a plagiarism tool before it goes live. I keep a record of the check for each listing.

Now please put the listing back. I've spent three days on this nonsense instead of running my business.

Callum Fraser
Fraser Prints
""", style="markdown", rc="What happened", co="What's been done", pr="Making sure it doesn't recur",
  pol=("copyright complaint",),
  emo=("this copyright complaint is a stitch-up by a competitor and Amazon just rubber-stamps it without looking", "It's a joke.", "I've spent three days on this nonsense instead of running my business"),
  dec=(("asin", "B0C4TMNX8P"),),
  notes="UK native, angry listing appeal with an otherwise complete POA: emotional only")

# ---------------------------------------------------------------- chunk 4

M("poa-cf-eg-063", A, "counterfeit", "AE", "other-non-native",
  "Appeal for counterfeit deactivation - Sphinx Sport",
  """
Dear Seller Performance,

We were informed that our account is deactivated for selling counterfeit sport shoes under the brand of another company. Please see our plan of action.

1. Root cause
We received a mixed shipment from our supplier in Guangzhou. We ordered unbranded running shoes, but 60 pairs had a logo of a famous brand printed on the side. Our team in Dubai did not open all the cartons and sent them directly to FBA.

2. Corrective actions
We are committed to comply with all Amazon policies and we respect intellectual property of all brands.

3. Preventive actions
- Every carton from China will be opened and checked in our warehouse before any shipment to Amazon.
- We will use a second supplier that sends a photo of each carton before loading.
- We will train our warehouse team every quarter on branded products.

Regards,
Hany Abdelaziz
Sphinx Sport Trading
""", style="numbered", rc="1. Root cause", pr="3. Preventive actions",
  pol=("counterfeit",),
  notes="Egyptian seller; '2. Corrective actions' holds only a commitment, no action taken or planned: corrective absent")

M("poa-odr-pt-064", A, "odr", "UK", "other-non-native",
  "Plano de ação / Plan of action - Order Defect Rate",
  """
Dear Seller Performance Team,

We are a small bakery supplies shop from Aveiro and we received the deactivation for Order Defect Rate above 1%. I use Portuguese headings because I prepared the plan with my accountant, the text is in English.

Causa:
In January our cake boxes were shipped without protection, and 18 arrived crushed. Customers left negative feedback and 6 opened A-to-z Guarantee claims. We also answered late because our email notifications were going to spam.

Correção:
We have changed to a double-wall carton with corner protection since 1 February. We have refunded all 18 customers and replied to each of them. The notifications are now sent to two email addresses and to the mobile app.

Prevenção:
Every day at 10h and 16h someone answers the buyer messages. Each month we test a parcel with a courier to see if the box survives. We check the ODR each Monday.

Obrigado,
Inês Ferreira
Doce Aveiro Lda
""", style="colon", rc="Causa:", co="Correção:", pr="Prevenção:",
  pol=("Order Defect Rate", "ODR"),
  dec=(("foreign-snippet", "Correção:"),),
  notes="Portuguese seller; Portuguese colon headings above English text; complete")

M("acct-review-eg-065", A, "review-manipulation", "US", "other-non-native",
  "WHY you deactivate my account??",
  """
Hello Amazon,

You deactivated my account for review manipulation but I never paid anyone for reviews! This is a huge injustice. My competitors are the ones who buy fake reviews and you do nothing to them, and me, an honest seller, you close after 5 years. Shame on you.

I have 3,000 units in your warehouse and I have loans from the bank to pay. If you don't reactivate my account I will go bankrupt, do you understand?? Please have mercy on me.

I am waiting for your answer TODAY.

Karim Mansour
Mansour Home Store
""", pol=("review manipulation",),
  emo=("This is a huge injustice", "Shame on you.", "If you don't reactivate my account I will go bankrupt, do you understand??", "Please have mercy on me.", "I am waiting for your answer TODAY."),
  notes="Egyptian seller; angry, no POA, nothing attached: A016 + emotional")

M("fba-removal-br-066", F, "", "US", "latam",
  "Removal order not delivered - reimbursement",
  """
Hello,

Our removal order K7X2MQ91PL was created on 3 March for 85 units of yoga mats (SKU YM-VERDE-6MM). The status shows "Completed" since 20 March, but we received only 52 units at our prep center in Miami. The carrier tracking 1Z9W42E80394817265 shows one package of three, and the other two packages were never shipped.

Please investigate and reimburse the 33 missing units.

Best regards,
Felipe Cardoso
Verde Yoga Brasil
""", topic="removal",
  dec=(("removal-order-id", "K7X2MQ91PL"), ("sku", "YM-VERDE-6MM"), ("tracking-number", "1Z9W42E80394817265")),
  notes="Brazilian seller; removal claim")

M("tech-bank-sa-067", T, "", "SA", "other-non-native",
  "Problem adding Saudi bank account for disbursement",
  """
Dear Seller Support,

I want to add my bank account in Al Rajhi Bank as the deposit method, but the system says "IBAN not valid for this marketplace". I am sure the IBAN is correct because I copied it from the bank app:

IBAN: SA2510000001234567891011
Account name: Mu'assasat Al Waha Lil Tijara
Account no: 608010167519

Please tell me what is wrong or add it from your side. My first disbursement is waiting.

Thank you,
Turki Al-Mutairi
""", topic="deposit-method",
  sec=(("iban", "SA2510000001234567891011"), ("bank-account", "608010167519")),
  notes="Saudi seller; deposit-method case with IBAN and account number")

M("lst-safety-pl-068", L, "product-safety", "DE", "other-non-native",
  "Listing reinstatement - product safety - LED night lamp",
  """
Hello,

Our ASIN B0CVR8LQ2N (children LED night lamp) was removed because of a product safety review. Please find our plan.

## Root cause
Under investigation.

## Corrective actions
- We have stopped sales and sent all 220 units from FBA back to our warehouse in Poznań.
- We have sent 10 units to TÜV Rheinland for testing against EN 62471 and EN 60598, results in 3 weeks.
- We have contacted every buyer from the last 90 days and offered a refund.

## Preventive actions
- No children's product will be listed without a valid test report and CE declaration in our file.
- Reports will be renewed when the factory or the materials change.

Best regards,
Michał Lewandowski
Lumina Kids Sp. z o.o.
""", style="markdown", co="Corrective actions", pr="Preventive actions",
  pol=("product safety review",),
  dec=(("asin", "B0CVR8LQ2N"),),
  notes="Polish seller; '## Root cause' heading with only 'Under investigation.': root cause absent")

M("poa-inauth-jp-069", A, "inauthentic", "US", "other-non-native",
  "Request for reinstatement - Kyoto Knife Works",
  """
Dear Sir or Madam,

We would like to submit our plan of action regarding the deactivation of our seller account. Customers complained about the handle and the package of our santoku knife.

Cause: in February we ordered 200 knives from a new workshop in Seki city, because our main maker was closed for repair. The workshop used a different handle wood and a plain box. We did not tell the customers, and they thought the knife was not from our brand.

Actions taken: the 140 remaining knives were removed from FBA on 2 March. We refunded the 31 buyers and explained the difference. Our main maker is open again and all current stock comes from him, with the original box and our certificate card.

Prevention: we will not change the maker without updating the listing and images first. Each new lot is compared with our reference knife by our president.

Sincerely,
Haruto Ishikawa
Kyoto Knife Works
""", style="inline", rc="Cause: in February", co="Actions taken:", pr="Prevention: we will not change",
  notes="Japanese seller writing English; complete POA, but the violation (inauthentic complaints) is never named: no-policy")

M("lst-listpol-es-070", L, "listing-policy", "US", "other-non-native",
  "Solicitud de reactivación de listado",
  """
Estimado equipo de Amazon:

Nuestro listado ASIN B0D6TQK3WV (aceite de oliva virgen extra 1 litro) fue desactivado por incumplir la política de estilo de listados, porque la imagen principal incluía un logotipo de "Premio 2025" y fondo de color.

Causa: nuestra agencia de diseño usó las mismas imágenes que en nuestra web, donde se permiten fondos y sellos.

Acciones realizadas: hemos cambiado la imagen principal por una foto con fondo blanco puro y hemos quitado el sello. Hemos revisado las otras 9 imágenes y el título.

Prevención: a partir de ahora, antes de subir cualquier imagen, la responsable de marketing la compara con la guía de estilo de Amazon para la categoría de alimentación.

Un saludo cordial,
Isabel Romero
Olivar de Jaén SL
""", lang="es", style="inline", rc="Causa: nuestra agencia", co="Acciones realizadas:", pr="Prevención: a partir de ahora",
  pol=("política de estilo de listados",),
  dec=(("asin", "B0D6TQK3WV"),),
  notes="Spanish seller writing Spanish to the US store: non-English; POA complete")

M("poa-rel-pk-071", A, "related-accounts", "US", "other-non-native",
  "Plan of Action - Related Account - Lahore Linen Co",
  """
Respected Seller Performance Team,

Our account has been deactivated due to relation with another seller account which was deactivated. As per the related accounts policy, please find the plan below.

A. Root Cause
Our company used the services of an account management agency in Lahore. The same agency was managing another client whose account was suspended. They logged in to both accounts from the same computers and the same IP address.

B. Corrective Action
- We will terminate the contract with the agency.
- We will change all login credentials and remove the agency users.
- We will manage the account only from our own office.

C. Preventive Action
- We will never give access to any third party that handles other sellers.
- We will use only company devices and our own internet line.
- We will review the user permissions every month.

Kindly review the plan and reinstate our account.

Thanks and regards,
Faisal Mahmood
Lahore Linen Co
""", style="lettered", rc="A. Root Cause", co="B. Corrective Action", done=False, pr="C. Preventive Action",
  pol=("related accounts policy",),
  notes="Pakistani seller; corrective only 'We will' (the agency still has access): not-done")

M("poa-drop-jp-072", A, "drop-shipping", "US", "other-non-native",
  "Appeal - Drop Shipping Policy",
  """
Dear Amazon Seller Performance,

We received notice that our account violated Amazon's Drop Shipping Policy. This is our plan.

CAUSE
We sell Japanese stationery. When an item was out of stock in our Tokyo warehouse, we bought it from another online store in Japan and asked them to ship directly to the buyer. The package arrived with their invoice and their shop name.

CORRECTION
Since 25 April we stopped this practice completely. All items not in our own stock are set to quantity 0. We sent 5 pending orders from our own warehouse with our packing slip. We cancelled our account with the other store.

PREVENTION

Best regards,
Rina Matsumoto
Tokyo Bungu Shop
""", style="caps", rc="CAUSE", co="CORRECTION",
  pol=("Drop Shipping Policy",),
  notes="Japanese seller; 'PREVENTION' heading left empty: preventive absent")

M("brand-transp-uk-073", B, "", "UK", "native",
  "Transparency codes not being scanned at inbound",
  """
Hello Brand Registry team,

We're enrolled in Transparency for our brand Thornfield Leathercraft. Our last inbound shipment (FBA15R7HX2QK) was received but the units are showing as stranded with "Transparency code missing". Every unit has a code label applied on the back of the box; for example, unit 1 carries T:7QW4-XK2P-93LM-RB8D.

Could you check whether the codes were activated on our side correctly? We generated them on 28 April through the Transparency portal. Happy to send photos of the labelled units.

Thanks,
Rebecca Lowe
Thornfield Leathercraft Ltd
""", topic="brand-program",
  dec=(("shipment-id", "FBA15R7HX2QK"), ("transparency-code", "T:7QW4-XK2P-93LM-RB8D")),
  notes="UK native; Transparency program case with a code that is not a secret")

M("poa-cond-ie-074", A, "condition", "UK", "native",
  "Condition complaints - we've done everything right!",
  """
Hi,

Honestly I'm at my wits' end. We got deactivated for condition complaints on secondhand books, when every single one of those books was described accurately. People buy a "Good" book and then complain it isn't new. It's absolutely maddening and I can't believe Amazon takes their side every single time.

Anyway, here's what you asked for.

Where it went wrong
Our condition notes were too short ("Good - some wear"). Buyers didn't know what "some wear" meant, so 14 of them complained about pencil marks and a loose spine.

What we've done
Every listed book (about 1,900) now has a detailed condition note: markings, spine, dust jacket, smell. We've downgraded 120 books by one grade. All 14 buyers got a full refund.

Going forward
Two of us grade each book, and if we disagree it goes down a grade. I read new feedback daily.

Please sort this out quickly. I've been doing this for eleven years and I'm exhausted.

Declan Murphy
Murphy's Second Chapter Books
""", style="plain", rc="Where it went wrong", co="What we've done", pr="Going forward",
  pol=("condition complaints",),
  emo=("Honestly I'm at my wits' end.", "It's absolutely maddening and I can't believe Amazon takes their side every single time.", "I've been doing this for eleven years and I'm exhausted."),
  notes="Irish native; complete POA wrapped in frustrated venting: emotional")

M("cat-toys-pk-075", C, "", "US", "other-non-native",
  "Approval request - Toys & Games holiday selling",
  """
Dear Category Approval Team,

We are a wooden toys manufacturer from Sialkot and we want to sell in Toys & Games during the holiday season. Our account is 14 months old, ODR 0.2%, late shipment 0.5% and we have 220 positive feedback.

We attached our CPSC test reports for ASTM F963, the Children's Product Certificate for each product and photos of the tracking labels on the toys. Kindly review and please give us chance to sell in holiday period.

Best regards,
Hassan Javed
Javed Wooden Toys
""", topic="toys-holiday",
  pol=("ODR",),
  dec=(("mild-plea", "please give us chance to sell in holiday period"),),
  notes="Pakistani seller; calm ungating request with a polite plea")

M("poa-gouge-br-076", A, "price-gouging", "US", "latam",
  "Appeal - Praia Sun Care",
  """
Hello Amazon team,

We received the deactivation for our sunscreen prices last week. Our plan of action:

**What happened**
A heat wave increased the demand and our supplier raised the cost by 60%. Our employee changed the prices by hand to $49 for a 200ml bottle without asking me.

**What we are going to fix**
We are going to lower the price to the normal $18.
We are going to refund the difference to the customers who paid more.
We are going to block the employee from changing prices.

**Prevention**
Only the owner changes prices. Monthly price review. Alert if price goes up more than 15%.

Thanks,
Beatriz Almeida
Praia Sun Care
""", style="bold", rc="What happened", co="What we are going to fix", done=False, pr="Prevention",
  notes="Brazilian seller; corrective all future; policy never named ('the deactivation for our sunscreen prices'): not-done + no-policy")

M("cover-scoc-ie-077", A, "seller-code-of-conduct", "UK", "native",
  "Seller Code of Conduct appeal - plan of action attached",
  """
Dear Seller Performance,

Further to your notice of 11 May regarding the Seller Code of Conduct, I attach our plan of action as a PDF. It covers the cause of the issue (a member of staff contacting a buyer through a social media account), the steps we took that same week, and the monitoring we now have in place.

I also attach the staff training log and a screenshot showing that the social media page in question has been deleted. If it would help to have this on a call, I'm available most mornings.

Regards,
Aoife Gallagher
Director, Gallagher Homeware Ltd
""", att=True, pol=("Seller Code of Conduct",),
  notes="Irish native; cover letter with the POA attached")

M("tech-report-eg-078", T, "", "EG", "other-non-native",
  "Settlement report is empty",
  """
Hello,

When I download the settlement report for the period 1-15 May (settlement ID 18273645091), the file has only the header line and no transactions. The payment summary page shows 14,380 EGP was paid, so the data is there. I tried the flat file V2 and the XML, both empty.

I need the report for my accountant before the end of the month. Please check.

Thank you,
Rania Mahmoud
Sinai Naturals
""", topic="report-error",
  dec=(("settlement-id", "18273645091"),),
  notes="Egyptian seller; empty settlement report")

M("poa-iptm-sa-079", A, "ip-trademark", "AE", "other-non-native",
  "Trademark complaint - plan of action",
  """
Dear Seller Performance Team,

We received a trademark complaint from the owner of "DesertRose" about our perfume listing, and our account is now at risk. Please see our plan.

## Corrective actions
- The listing was closed on 9 May and the word "DesertRose" was removed from all our titles and search terms.
- We contacted the rights owner by email and apologized. We asked for retraction and sent him our new listing text.
- The 90 units in FBA were relabelled with our own brand "Wardat Al Sahra".

## Preventive actions
- Before we use any name, we search the UAE trademark database and the Amazon brand list.
- Our listing writer uses a list of forbidden brand words, updated monthly.

Best regards,
Majed Al-Zahrani
Wardat Al Sahra Perfumes
""", style="markdown", co="Corrective actions", pr="Preventive actions",
  pol=("trademark complaint",),
  notes="Saudi seller; no explanation anywhere of why the brand word was used: root cause absent")

M("poa-inauth-br-080", A, "inauthentic", "US", "latam",
  "Appeal - inauthentic - supplier documents",
  """
Hello,

Our account was deactivated for inauthentic item complaints on the massage gun (ASIN B0CT2WX8LH). Below is our plan of action and the supplier information.

1. Cause: we bought from a trading company in Yiwu that said it was the factory. The invoice did not show the brand name. Customers said the device was different from the photos.

2. Done: all 78 units removed from FBA (removal order 9QKL2XW7). Refunds sent to all 19 buyers. We now buy directly from the brand's official store in Shenzhen and we uploaded their invoice and authorization letter.

3. Prevention: every supplier must show business license and brand authorization before the first order. I compare one unit with the brand's reference unit before each FBA shipment.

Below is the message from the new supplier with their details, so you can verify them (I copy as they sent):

深圳市康力健科技有限公司
银行账号：6222 0210 0108 3746 512
开户行：中国工商银行深圳福田支行
联系人：陈经理

Thank you,
Bruno Teixeira
Teixeira Wellness
""", style="numbered", rc="1. Cause:", co="2. Done:", pr="3. Prevention:",
  pol=("inauthentic item complaints",),
  sec=(("bank-account", "6222 0210 0108 3746 512"),),
  dec=(("asin", "B0CT2WX8LH"), ("removal-order-id", "9QKL2XW7"), ("foreign-snippet", "深圳市康力健科技有限公司")),
  notes="Brazilian seller; complete POA, then pastes the Chinese supplier's 银行账号 with 开户行")

M("tech-card-jp-081", T, "", "JP", "other-non-native",
  "Credit card for seller fees is rejected",
  """
Hello Seller Support,

We tried to change the credit card for the monthly fees, but the page says "the card could not be verified". Our accountant sent me this memo with the card info, I paste it here so you can check:

法人カード（経理部）
カード番号：4734 9249 3129 9453
有効期限：2029年6月
セキュリティコード：552
名義：KOBAYASHI SHOTEN KK

We use the same card for other services without problem. Please tell us why it is rejected.

Best regards,
Daisuke Kobayashi
Kobayashi Shoten
""", topic="payment-method",
  sec=(("card", "4734 9249 3129 9453"), ("card-expiry", "2029年6月"), ("card-code", "552")),
  dec=(("foreign-snippet", "法人カード（経理部）"),),
  notes="Japanese seller writing English, pastes a Japanese memo with card number, 有効期限 and セキュリティコード")

M("poa-late-sa-082", A, "late-shipment", "AE", "other-non-native",
  "Reactivation request",
  """
Dear Amazon,

This is about the email we received regarding our store Bayt Al Oud.

The root cause is that we ship from Riyadh to customers in the UAE, and the customs clearance at the border takes between 2 and 5 days. Our handling time was 1 day, so when the customs was slow, many orders were marked as shipped after the date Amazon expected.

To prevent this in the future, our operations team will review the shipping times each week, we will keep a stock in a Dubai warehouse before the holidays, and we will not promise fast delivery on products that come from Riyadh.

We hope to continue selling with you.

Best regards,
Abdulaziz Al-Subaie
Bayt Al Oud
""", style="none", rc="The root cause is that", pr="To prevent this in the future",
  notes="Saudi seller; cause and prevention only, nothing fixed; names neither policy nor metric ('the email we received'): missing corrective + no-policy")

M("acct-odr-pt-083", A, "odr", "ES", "other-non-native",
  "Request to review our account",
  """
Good afternoon,

We are Vinhos do Douro Online and our account was deactivated because the Order Defect Rate passed 1%. We have only 70 orders per month, so 2 negative feedbacks from customers who received broken bottles were enough to go above the limit.

We have a very good history and we want to keep selling wine accessories in Spain. We kindly ask you to review the account and give us a chance to continue.

Best regards,
Rita Monteiro
Vinhos do Douro Online
""", pol=("Order Defect Rate",),
  dec=(("mild-plea", "give us a chance to continue"),),
  notes="Portuguese seller; explains the cause briefly but no POA and nothing attached: A016; polite plea is not emotional")

M("poa-restr-uk-084", A, "restricted-products", "UK", "native",
  "Restricted products - plan of action - Brightwater Aquatics",
  """
Dear Seller Performance,

Unfortunately we listed a product that falls under the Restricted Products rules for pesticides: a pond algae treatment that requires HSE authorisation for sale to the public.

1. Root cause
The product came from a new wholesaler whose catalogue listed it as a "water conditioner". Our buyer added it without checking the active ingredient, which is a registered biocide.

2. Actions completed
We deleted the listing on 6 May, sold no further units, and sent the 40 remaining units back to the wholesaler. We reviewed all 310 of our listings for biocides and pesticides and found nothing else.

3. Prevention
Any product containing an active chemical ingredient now requires sign-off from me after checking it against the HSE and Amazon lists. The catalogue description alone is never enough.

Yours sincerely,
Martin Greaves
Brightwater Aquatics Ltd
""", style="numbered", rc="1. Root cause", co="2. Actions completed", pr="3. Prevention",
  pol=("Restricted Products",),
  dec=(("mild-word", "Unfortunately"),),
  notes="UK native, formal; complete; one mild word")

# ---------------------------------------------------------------- chunk 5

M("poa-cf-pk-085", A, "counterfeit", "US", "other-non-native",
  "Plan of action - counterfeit complaint - ASIN B0CL6QW2ZT",
  """
Dear Seller Performance Team,

With reference to the counterfeit complaint on ASIN B0CL6QW2ZT (cricket batting gloves), our plan of action is as under.

## Root Cause
We have received a complaint from a customer that the product is counterfeit. Due to this complaint our account has been deactivated. We understand that this is a serious matter.

## Corrective Actions
- All remaining 210 units were removed from the FBA warehouse on 5 May.
- Full refund has been given to the complaining customer and 12 other buyers of the same batch.
- Listing has been closed until the matter is resolved.

## Preventive Actions
- We will only buy branded items with invoices from the brand's authorised distributor.
- Each new batch will be matched with a genuine sample before dispatch.
- Our purchase officer will attend online training on the Anti-Counterfeiting Policy.

Kindly do the needful.

Regards,
Waqas Butt
Butt Sports International
""", style="markdown", co="Corrective Actions", pr="Preventive Actions",
  pol=("counterfeit complaint", "Anti-Counterfeiting Policy"),
  dec=(("asin", "B0CL6QW2ZT"),),
  notes="Pakistani seller; '## Root Cause' only restates the complaint, never says why it happened: root cause absent")

M("poa-review-pt-086", A, "review-manipulation", "DE", "other-non-native",
  "Appeal - Community Guidelines - I am desperate",
  """
Hello,

My account Azulejo Art was deactivated for breaking the Community Guidelines about reviews. I am desperate, this is the worst week of my life. I have worked six years to build this shop and now everything is gone.

Root cause: my nephew wanted to help and he asked his friends in Lisbon to buy our tile coasters and write reviews. He gave them the money back by MB Way. I did not know about it until your email.

What I will change: I understand now that this was wrong. I respect all the Amazon rules and I want to be a good seller.

Prevention: nobody except me will talk about our products with friends or family for reviews. I will read the guidelines again every few months and I will not accept reviews from people I know.

Please, please, I cannot lose this shop, it is everything I have. Help me.

Teresa Vieira
Azulejo Art
""", style="inline", rc="Root cause: my nephew", pr="Prevention: nobody except me",
  pol=("Community Guidelines",),
  emo=("I am desperate, this is the worst week of my life", "now everything is gone", "Please, please, I cannot lose this shop, it is everything I have. Help me."),
  notes="Portuguese seller; emotional; 'What I will change' holds only an admission and a statement of respect, no action: corrective absent")

M("poa-idv-br-087", A, "identity-verification", "US", "latam",
  "Account verification - Section 3 - Brasil Pet Shop LLC",
  """
Dear Seller Performance,

Our account was suspended under Section 3 of the Amazon Business Solutions Agreement for failed verification. Please see our explanation.

Why verification failed:
The proof of address we sent was an electricity bill in the name of my wife, because the house in Florianópolis is in her name. The name was different from the primary contact on the account.

What we corrected:
We uploaded a bank statement of the company Brasil Pet Shop LLC with the same address, issued on 30 April. We also changed the primary contact to my wife, who is also a director of the company, and uploaded her passport. The information on the account now matches the documents exactly.

Obrigado pela compreensão,
Rodrigo Azevedo
Brasil Pet Shop LLC
""", style="colon", rc="Why verification failed:", co="What we corrected:",
  pol=("Section 3 of the Amazon Business Solutions Agreement",),
  notes="Brazilian seller; cause and correction only, no preventive part: missing preventive")

M("acct-safety-pl-088", A, "product-safety", "UK", "other-non-native",
  "Product safety - documents for our account",
  """
Dear Sir or Madam,

Our account was deactivated after the product safety review of our electric heated blankets. I send you the UKCA Declaration of Conformity, the test report from the laboratory in Kraków (EN 60335-2-17) and the photo of the rating label.

The blankets are safe and all certificates are valid until 2028. I do not understand what more you need from us. Please check the documents and reactivate our account.

With regards,
Bartosz Mazur
Ciepły Dom Sp. z o.o.
""", pol=("product safety review",),
  notes="Polish seller; attaches certificates but no POA in the text and none attached: A016")

M("poa-cancel-jp-089", A, "cancel-rate", "US", "other-non-native",
  "Appeal - Cancellation rate",
  """
Dear Seller Performance Team,

We received the notice that our pre-fulfillment cancel rate is 3.8%. We are very sorry.

Reason
We sell anime figures that we buy in Akihabara shops. Many figures are limited, and when the shop sold out before we arrived, we had to cancel the orders.

Plan to correct
We will refund the 27 buyers whose orders we cancelled, also the shipping. We will delete the 40 listings of figures that we do not have now. We will set the quantity of the other listings to the real stock number.

Best regards,
Sho Yamamoto
Akiba Figure Direct
""", style="plain", rc="Reason", co="Plan to correct", done=False,
  pol=("pre-fulfillment cancel rate",),
  dec=(("single-apology", "We are very sorry."),),
  notes="Japanese seller; short POA: corrective only future ('We will'), no prevention part: not-done + missing preventive")

M("poa-odr-sa-090", A, "odr", "SA", "other-non-native",
  "Plan of action for Order Defect Rate",
  """
Dear Seller Performance,

Regarding our Order Defect Rate of 1.6%, please find our plan.

**Root cause**
We sell dates and sweets. In the summer months our courier in Riyadh did not use cooled vehicles, and the chocolate-covered dates arrived melted. Customers gave negative feedback and some opened claims.

**Corrective actions**
As mentioned above.

**Preventive actions**
- From June to September we will ship only with a courier that has cooled vehicles.
- We will add ice packs and a thermal bag to every chocolate order.
- We will check the feedback page every day and reply within 24 hours.

Best regards,
Ibrahim Al-Sudairi
Tumoor Al Najd
""", style="bold", rc="Root cause", pr="Preventive actions",
  pol=("Order Defect Rate",),
  notes="Saudi seller on SA; 'Corrective actions: As mentioned above.' points at nothing done: corrective absent")

M("poa-track-pk-091", A, "valid-tracking", "UK", "other-non-native",
  "Valid Tracking Rate - reinstatement request",
  """
Dear Seller Performance Team,

We would like to submit our plan regarding the Valid Tracking Rate of 89%.

1. Root Cause: We ship from Faisalabad with Pakistan Post Registered Mail, which gives a tracking number but Amazon does not recognise it for UK deliveries. We were entering it under "Other" carrier.

2. Corrective Action: We have moved all orders to Royal Mail via our UK fulfilment partner in Bradford since 1 May. All orders shipped after that date have Royal Mail tracking uploaded. We have also re-uploaded carrier details for 40 older orders where possible.

Kindly reinstate our selling privileges. We assure our full compliance.

Regards,
Naveed Anjum
Anjum Textile Mills
""", style="numbered", rc="1. Root Cause:", co="2. Corrective Action:",
  pol=("Valid Tracking Rate",),
  notes="Pakistani seller; numbered inline headings; letter ends after corrective: missing preventive")

M("acct-price-es-092", A, "price-gouging", "ES", "other-non-native",
  "Account suspended for prices - REALLY??",
  """
Hello,

You have suspended my account because of my prices on umbrellas during the storm week. Are you serious? Every shop in Sevilla raised the price that week, and you punish only me. This is absurd and abusive. I am an honest seller and you treat me like a criminal.

I have 400 umbrellas in your warehouse and my money is blocked. I demand that you reactivate my account right now. If not, I will go to the consumer office and to the newspapers.

Antonio Delgado
Paraguas Delgado
""",
  emo=("Are you serious?", "This is absurd and abusive", "you treat me like a criminal", "I demand that you reactivate my account right now", "I will go to the consumer office and to the newspapers"),
  notes="Spanish seller; angry, no POA, nothing attached, and no policy named ('high prices' is the seller's words): A016 + no-policy + emotional")

M("lst-ipcr-br-093", L, "ip-copyright", "US", "latam",
  "Our POA - copyright - listing B0D8WRK4MT",
  """
Hello Amazon,

The listing B0D8WRK4MT (printed t-shirt "Carnaval") was removed for a copyright infringement notice from an illustrator.

Our POA - corrective actions: the t-shirt design was removed from the listing and from production on 4 May. The 75 units in FBA are being removed (removal order 2MNX8KQ4). We wrote to the illustrator and offered to pay a licence if she agrees.

Our POA - preventive actions: from now all designs are made by our own designer Larissa, with her original files saved. If we buy a design from outside, we keep the licence contract. Before printing, we search the design on Google Images.

Thank you,
Vinícius Martins
Carioca Tees
""", style="our-poa", co="Our POA - corrective actions:", pr="Our POA - preventive actions:",
  pol=("copyright infringement notice",),
  dec=(("asin", "B0D8WRK4MT"), ("removal-order-id", "2MNX8KQ4")),
  notes="Brazilian seller; 'Our POA' headings for actions only, never says how the illustrator's design got on the shirt: root cause absent")

M("lst-listpol-pl-094", L, "listing-policy", "UK", "other-non-native",
  "Odwołanie - usunięta oferta B0C2PMX6HK",
  """
Dzień dobry,

Nasza oferta ASIN B0C2PMX6HK (świeca sojowa) została usunięta za naruszenie zasad dotyczących treści ofert, ponieważ w tytule było słowo "bestseller" i "najtańsza".

Przyczyna: tytuł przygotował nowy pracownik, który skopiował go z naszej oferty na Allegro, gdzie takie słowa są dozwolone.

Co zrobiliśmy: usunęliśmy słowa promocyjne z tytułu i z punktów, sprawdziliśmy wszystkie 37 ofert w sklepie i poprawiliśmy jeszcze cztery.

Zapobieganie: każda nowa oferta jest sprawdzana przeze mnie według wytycznych Amazon przed publikacją, a pracownicy przeszli szkolenie 12 maja.

Z poważaniem,
Joanna Dąbrowska
Świecownia Mazury
""", lang="pl", style="inline", rc="Przyczyna:", co="Co zrobiliśmy:", pr="Zapobieganie:",
  pol=("zasad dotyczących treści ofert",),
  dec=(("asin", "B0C2PMX6HK"),),
  notes="Polish seller writing Polish to the UK store: non-English; POA complete")

M("fba-whlost-eg-095", F, "", "US", "other-non-native",
  "Lost units - third time asking!!!",
  """
Hello,

This is the THIRD case I open for the same problem and every time I get a robot answer. 62 units of our cotton bath towels (FNSKU X0039MKT7B) were marked lost in the warehouse on 12 March, and no reimbursement until now. You lost my goods and you don't even care. It is a shame for a company like Amazon.

The inventory ledger shows the units as "Lost" with reference number 7719203348. I want my money for all 62 units at the full price of $34.99, not some low value you decide.

Stop sending me copy-paste answers and solve it.

Hossam Gaber
Egypt Cotton House
""", topic="warehouse-lost",
  emo=("every time I get a robot answer", "You lost my goods and you don't even care", "It is a shame for a company like Amazon", "Stop sending me copy-paste answers and solve it"),
  dec=(("fnsku", "X0039MKT7B"), ("reimbursement-id", "7719203348")),
  notes="Egyptian seller; angry FBA lost-units claim: emotional")

M("tech-api-ie-096", T, "", "UK", "native",
  "SP-API authorisation failing after app update",
  """
Hello Developer Support,

Since we published a new version of our private SP-API app on Monday, every call to the Orders API returns 403 Unauthorized. The app ID is amzn1.sp.solution.7f31c2a9-4b6e-4d12-9e88-0c5a1b2f7d44 and our merchant token is A3KXQ9P2L7VN1E.

I've already rotated the client secret and re-authorised the app from Seller Central, and the refresh token is new as of yesterday. The same code works in the sandbox. Is there a role we need to re-request after an update?

Regards,
Ciarán Walsh
Lead Developer, Walsh Retail Systems
""", topic="api",
  dec=(("app-id", "amzn1.sp.solution.7f31c2a9-4b6e-4d12-9e88-0c5a1b2f7d44"), ("merchant-token", "A3KXQ9P2L7VN1E"), ("password-word", "I've already rotated the client secret")),
  notes="Irish native; API case; client secret mentioned with no value")

M("tech-login-pl-097", T, "", "UK", "other-non-native",
  "Nie mogę się zalogować do Seller Central",
  """
Dzień dobry,

od wczoraj nie mogę zalogować się do konta sprzedawcy na Amazon.co.uk. Po wpisaniu hasła strona pokazuje błąd "Wystąpił problem" i wraca do logowania. Próbowałem w innej przeglądarce i na telefonie.

Dane do logowania: e-mail biuro@drewnianezabawki.pl, hasło: Sosna#Las2026. Proszę sprawdzić, czy konto nie jest zablokowane.

Mamy zamówienia do wysłania i nie mogę potwierdzić wysyłki. Proszę o szybką pomoc.

Pozdrawiam,
Krzysztof Jankowski
Drewniane Zabawki
""", lang="pl", topic="login",
  sec=(("password", "Sosna#Las2026"),),
  notes="Polish seller writing Polish to the UK store, with the password in the text: non-English + secret")

M("fba-inb-sa-098", F, "", "AE", "other-non-native",
  "Shipment received short - FBA16T3LM8QC",
  """
Dear Seller Support,

Our shipment FBA16T3LM8QC to DXB5 was delivered complete on 17 April (carrier Aramex, AWB 34827719052). The receiving summary shows 280 units received of 300. The missing 20 units are from SKU DATE-AJWA-1KG.

Our purchase order PO-77102 and the packing list show 300 units in 10 cartons of 30. If you need anything, our warehouse phone is +971 4 555 2381.

Please reconcile and reimburse the missing units.

Thank you,
Waleed Al-Anazi
Madinah Dates Co.
""", topic="lost-inbound",
  dec=(("shipment-id", "FBA16T3LM8QC"), ("tracking-number", "34827719052"), ("sku", "DATE-AJWA-1KG"), ("po-number", "PO-77102"), ("phone", "+971 4 555 2381")),
  notes="Saudi seller; calm inbound shortage claim")

M("brand-hij-br-099", B, "", "US", "latam",
  "HIJACKERS again on my brand - do something!",
  """
Hello Brand Registry,

For the fourth time this month hijackers are selling fake copies on my listing ASIN B0CR5HMQ2X (Capivara plush toy). My brand Capivara Feliz is registered (USPTO 7,388,142). I report, you remove them, and the next day there is a new one. I am so tired of this, it feels like Amazon protects the thieves and not the brand owners.

The new sellers are "FastShopUS88" and "Best Deals Hub". I did test buys, orders 113-6602184-3395021 and 113-8827105-2014456, and the toys are bad copies with no tag.

Please remove them and block new sellers on my listing. I pay for Brand Registry and it does not work. This is ridiculous.

Camila Souza
Capivara Feliz
""", topic="hijacker",
  emo=("I am so tired of this, it feels like Amazon protects the thieves and not the brand owners", "I pay for Brand Registry and it does not work. This is ridiculous."),
  dec=(("asin", "B0CR5HMQ2X"), ("trademark-number", "7,388,142"), ("order-id", "113-6602184-3395021"), ("order-id", "113-8827105-2014456")),
  notes="Brazilian seller; frustrated hijacker report: emotional")

M("cat-beauty-eg-100", C, "", "US", "other-non-native",
  "Ungating request - Beauty topicals (argan oil)",
  """
Hello,

We apply for approval to sell topical beauty products. Our product is pure argan oil 50ml, produced in Morocco and packed in our facility in Alexandria.

When we submitted the application, the page asked for a verification code sent to our email, and after we entered it the application was closed with no message. We submit again with this case.

Documents: invoice from the Moroccan cooperative, certificate of analysis, ingredient list and label photos. The label has the batch number and expiry date.

Thank you,
Salma Farouk
Nefertiti Naturals
""", topic="beauty-topicals",
  dec=(("verification-code-word", "the page asked for a verification code sent to our email"),),
  notes="Egyptian seller; ungating request; 'verification code' mentioned with no value")

M("tech-tax-uk-101", T, "", "UK", "native",
  "Tax interview keeps rejecting our VAT number",
  """
Hi,

I'm completing the tax information interview again after we changed our company name, and it won't accept our VAT number: GB294773158. HMRC's online checker shows it as valid under the new name, Redbrick Pantry Ltd, and our company number is 14829361.

Is there a delay between HMRC and Amazon's records? I don't want our account flagged for missing tax info at the end of the month.

Thanks in advance,
Jenny Sutcliffe
Redbrick Pantry Ltd
""", topic="tax-interview",
  dec=(("tax-id", "GB294773158"),),
  notes="UK native; tax interview problem; VAT number is a decoy")

M("poa-inauth-es-102", A, "inauthentic", "US", "other-non-native",
  "Appeal - inauthentic item complaints - Iberia Perfumes",
  """
To the Seller Performance Team,

This is our plan of action regarding the inauthentic item complaints on three perfume ASINs.

INVESTIGATION
We compared the complaints with our purchase records. All three complaints were on units from one invoice of a parallel importer in Madrid that we used only once in February, when our usual distributor was out of stock. The importer cannot show the chain of supply to the brand.

ACTIONS TAKEN
- Removed 96 remaining units from that invoice from FBA and returned them to the importer.
- Refunded all 41 buyers from that lot.
- Uploaded to the account invoices from our authorised distributor, Perfumería Distribución Central SA, for all current stock.

CONTROLS GOING FORWARD
- No purchase outside authorised distributors, even in stock-outs; listings will go out of stock instead.
- Every invoice is checked by our finance manager before goods are sent to FBA.
- If you need to contact us, our office phone is +34 955 55 0193.

Atentamente,
Lorena Castillo
Iberia Perfumes SL
""", style="caps", rc="INVESTIGATION", co="ACTIONS TAKEN", pr="CONTROLS GOING FORWARD",
  pol=("inauthentic item complaints",),
  dec=(("phone", "+34 955 55 0193"),),
  notes="Spanish seller; caps headings in own words; complete")

M("lst-cond-br-103", L, "condition", "US", "latam",
  "Listing reinstatement - condition complaints - B0C8NQ2TRF",
  """
Hello,

Our listing B0C8NQ2TRF (used Nikon lens) was deactivated for condition complaints. Here is our plan.

Root cause:
We graded the lens as "Used - Very Good" but we did not test the autofocus motor. The customer received it and the autofocus made noise.

Corrective actions:
We will refund the customer when the lens is returned.
We will test all lenses in stock with a camera body.
We will update the condition note of the listing.

Preventive actions:
From now, each lens is tested with a checklist (autofocus, aperture, fungus, scratches) and the result is written in the condition note.

Obrigado,
Gustavo Ribeiro
Foto Usada Brasil
""", style="colon", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive actions:",
  pol=("condition complaints",),
  dec=(("asin", "B0C8NQ2TRF"),),
  notes="Brazilian seller; corrective all 'We will': not-done")

M("fba-return-pk-104", F, "", "UK", "other-non-native",
  "Return reimbursement - wrong item returned",
  """
Dear Seller Support,

For order 204-7865797-5432319 the customer returned a different product. We sold a pashmina shawl (FNSKU X003TQ7LMN) and the returned package, which Amazon sent back to us as unsellable, contained an old acrylic scarf. The refund was given to the customer in full.

We have photos of the package on arrival and of the item inside. We request reimbursement for the shawl as per the FBA customer returns policy.

Sorry for the trouble, and thank you.
Kamran Akhtar
Kashmir Weaves UK
""", topic="customer-return",
  pol=("FBA customer returns policy",),
  dec=(("order-id", "204-7865797-5432319"), ("fnsku", "X003TQ7LMN"), ("single-apology", "Sorry for the trouble")),
  notes="Pakistani seller; order ID whose digits pass Luhn once the dashes go: hard negative")

# ---------------------------------------------------------------- chunk 6

M("poa-rel-eg-105", A, "related-accounts", "US", "other-non-native",
  "Related account deactivation - Alexandria Home Linen",
  """
Dear Seller Performance team,

Our account was deactivated because Amazon found it related to another account that was deactivated. I explain the history of our business first, so you understand.

My father started Alexandria Home Linen in 1998 as a small shop near the Corniche. In 2021 I opened the Amazon account, and in 2023 my cousin opened his own account "Delta Bedding" for towels. He used our warehouse address for receiving his returns, and one time he logged in from our office computer to print his labels. In January his account was deactivated for late shipments.

## What caused the relation
The same warehouse address, and one login from the same computer and IP.

Prevention:
- My cousin will never use our address or computers again. I will ask him to sign a paper about this.
- We will use only our own internet line and devices.
- Each month I will review the login history in Seller Central.

I have been honest all my life and I feel very hurt to be treated like a fraud. Please believe me.

Mostafa Kamel
Alexandria Home Linen
""", style="mixed", rc="What caused the relation", pr="Prevention:",
  pol=("related to another account",),
  emo=("I feel very hurt to be treated like a fraud", "Please believe me."),
  notes="Egyptian seller; long business history; goes from cause straight to prevention (the cousin 'will never' use the address, nothing changed yet): missing corrective; emotional close")

M("poa-scoc-br-106", A, "seller-code-of-conduct", "US", "latam",
  "Plan of action - Brisa Eletrônicos",
  """
Hello,

About the warning and deactivation of our account for our messages to buyers, here is our plan of action.

## Why it happened
When a buyer left a negative feedback, our attendant sent a message offering a $20 refund if the buyer removed the feedback. She did this in 6 cases in April. She thought this was good customer service. She had no training, she was hired in March.

## What we did
- We stopped the practice on the day we received your email, 28 April.
- All messages from April were reviewed by me, the owner.
- The attendant was trained and now only sends messages from approved templates.
- We did not contact the 6 buyers again.

## Prevention
All templates are approved by the owner. Each week I read 20 random messages. Any offer of money to a buyer must be related to a real problem with the order, never to feedback.

Atenciosamente,
Marcelo Dias
Brisa Eletrônicos
""", style="markdown", rc="Why it happened", co="What we did", pr="Prevention",
  notes="Brazilian seller; good POA but never names the policy ('the warning ... for our messages to buyers'): no-policy")

M("acct-iptm-pk-107", A, "ip-trademark", "UK", "other-non-native",
  "Trademark complaint - please check my account yourself",
  """
Dear Team,

My account is deactivated for trademark complaint on the phone cover listings. I don't know which listing is the problem because I have more than 300 listings. Please you login and check yourself which listing is problem and delete it.

Login email: rizwan.covers@gmail.com
Password: Rizwan@7861

After you check, kindly reactivate the account. I will delete any listing which you say.

Thanks,
Rizwan Ali
RA Mobile Covers
""", pol=("trademark complaint",),
  sec=(("password", "Rizwan@7861"),),
  notes="Pakistani seller; no POA, nothing attached, gives the login password so Amazon can 'check': A016 + secret")

M("poa-late-jp-108", A, "late-shipment", "US", "other-non-native",
  "Late Shipment Rate - plan of action",
  """
To the Seller Performance Team,

We are Nishida Tools, selling Japanese carpentry tools from Hiroshima to the US. Our Late Shipment Rate became 5.6%, and we submit the following plan.

(A) Cause
In April one of our two staff was on sick leave, and the remaining staff could not pack all orders in the 2-day handling time. We also had a problem where the staff could not log in to Seller Central because the OTP went to the phone of the sick staff, so shipments were confirmed late.

(B) Measures already implemented
- Handling time changed to 4 days for all products on 20 April.
- Each staff member has their own user account with their own two-step login.
- We contracted a part-time packer for busy periods.

(C) Measures to prevent recurrence
- If any staff is absent, the handling time is increased the same day.
- We check the Late Shipment Rate every Monday.
- Two people can always confirm shipments.

Sincerely,
Takashi Nishida
Nishida Tools
""", style="lettered", rc="(A) Cause", co="(B) Measures already implemented", pr="(C) Measures to prevent recurrence",
  pol=("Late Shipment Rate",),
  dec=(("otp-word", "the OTP went to the phone of the sick staff"),),
  notes="Japanese seller; (A)/(B)/(C) headings; 'OTP' mentioned with no value")

M("poa-drop-sa-109", A, "drop-shipping", "AE", "other-non-native",
  "Drop shipping policy - our plan",
  """
Dear Seller Performance,

We received the deactivation for the drop shipping policy. Please find our plan.

Root cause:
Our account received orders that were sent to customers by another retailer.

Corrective actions:
We will stop all orders that are not shipped from our warehouse.
We will change the packing slip to our company name.
We will contact the retailer to end the agreement.

Preventive actions:
Our warehouse manager will sign each shipment. We will audit our orders every month.

Best regards,
Rashed Al-Malki
Nakhla Home Store
""", style="colon", co="Corrective actions:", done=False, pr="Preventive actions:",
  pol=("drop shipping policy",),
  notes="Saudi seller; 'Root cause:' only restates the violation (why the retailer shipped is never said): root cause absent; corrective all future: not-done")

M("poa-safety-uk-110", A, "product-safety", "UK", "native",
  "Product safety suspension - toy magnets",
  """
Hello Seller Performance,

We've been suspended under the product safety policy after a complaint about our magnetic building tiles, where a customer reported a small magnet coming loose from a tile.

ROOT CAUSE
The tiles are ultrasonically welded. Our factory changed the welding settings in February to speed up production, and on batch 0224 some of the welds were weak. The weak weld let a magnet work loose after a few weeks of play, which for under-threes is a serious hazard.

ACTIONS TAKEN
- All 1,060 units of batch 0224 were recalled from FBA and our own warehouse on 9 May.
- We notified the Office for Product Safety and Standards and all 212 buyers, offering a full refund.
- Batches 0325 and 0426 were drop-tested and tension-tested at an accredited lab, both passed (reports attached).

That should cover everything you need. We'd be grateful for a quick review as we have school orders pending.

Best wishes,
Hannah Whitcombe
Tilebright Toys Ltd
""", style="caps", rc="ROOT CAUSE", co="ACTIONS TAKEN",
  pol=("product safety policy",),
  notes="UK native; strong cause and corrective, then stops: nothing on how factory changes are controlled in future: missing preventive")

M("lst-iptm-br-111", L, "ip-trademark", "US", "latam",
  "Reinstatement - trademark complaint - retracted",
  """
Hello team,

It was disappointing to see our listing for the Havaiana-style beach bag (ASIN B0D5LQW8NT) removed for a trademark complaint, but we understand why.

**What caused it**
Our title said "Havaianas style beach bag" to describe the design. Using the brand name of another company in the title is not allowed, even only to compare.

**What we fixed**
We removed the brand word from the title, bullets and backend keywords on 2 May. We contacted the rights owner and they sent a retraction on 9 May (attached, complaint ID 1438827561).

**How we avoid it**
We made a list of brand names that cannot appear in our listings. Before publishing, a second person reviews the text against this list.

Thank you,
Aline Castro
Bolsa Bonita Brasil
""", style="bold", rc="What caused it", co="What we fixed", pr="How we avoid it",
  pol=("trademark complaint",),
  dec=(("mild-word", "disappointing"), ("asin", "B0D5LQW8NT"), ("complaint-id", "1438827561")),
  notes="Brazilian seller; complete with retraction; 'disappointing' is a mild word")

M("poa-odr-es-112", A, "odr", "US", "other-non-native",
  "Order Defect Rate appeal - Cuero Sevillano",
  """
Dear Seller Performance Team,

Our Order Defect Rate reached 1.9% and our account was deactivated. We sell leather bags made in our workshop in Ubrique.

The defects came from one model, the "Triana" crossbody, where the strap buckle broke after a few days. 9 customers left negative feedback and 5 filed A-to-z claims. The buckle was from a new supplier and was made of zinc alloy instead of brass.

We are going to replace the buckle on all bags in stock with the brass buckle from our old supplier. We are going to contact the 14 customers and send them a new strap for free. We are also going to ask the new supplier for a refund.

To avoid this, every new component will be tested for 500 open-close cycles before we use it in production, and we will review the feedback every day.

Atentamente,
Francisco Ruiz
Cuero Sevillano SL
""", style="none", rc="The defects came from one model", co="We are going to replace the buckle", done=False, pr="To avoid this, every new component",
  pol=("Order Defect Rate",),
  notes="Spanish seller; no headings; corrective all 'We are going to': not-done")

M("poa-gouge-pl-113", A, "price-gouging", "DE", "other-non-native",
  "Plan of action - Fair Pricing Policy",
  """
Hello,

Our account was deactivated for violating the Fair Pricing Policy on our water filter cartridges.

1. Root cause
We set a fixed shipping fee of 14.99 EUR for merchant-fulfilled orders, because our cartridges are heavy when sent in a box of 12. But the single cartridges used the same shipping template by mistake, so a 6 EUR cartridge cost 21 EUR with shipping, which is much higher than on other offers.

2. Prevention
- Shipping templates are now checked for each new product before it goes live.
- Once a month our accountant compares our total price (item + shipping) with other offers.
- We will read the Fair Pricing Policy with our staff.

Best regards,
Grzegorz Pawlak
AquaCzysta Sp. z o.o.
""", style="numbered", rc="1. Root cause", pr="2. Prevention",
  pol=("Fair Pricing Policy",),
  notes="Polish seller; root cause then prevention; never says the shipping template was fixed or buyers refunded: missing corrective")

M("poa-review-sa-114", A, "review-manipulation", "AE", "other-non-native",
  "Customer reviews policy - plan of action",
  """
Dear Seller Performance,

Regarding the violation of the Customer Product Reviews policy on our account, please see what we did.

What we did right away
All the product inserts were removed from our stock in the Dubai warehouse on 4 May and from the FBA inventory by a removal order. The Facebook page posts about reviews were deleted. We refunded nothing because no gift was sent.

What we will keep doing
Only Amazon's Request a Review button is used. Any insert or message is checked by me before printing. We do a check of all listings every three months.

Thank you,
Hamad Al-Rashid
Gulf Kids Toys
""", style="plain", co="What we did right away", pr="What we will keep doing",
  pol=("Customer Product Reviews policy",),
  notes="Saudi seller; plain headings for actions only; the letter never says what the inserts said or why they were used: root cause absent")

M("acct-cancel-uk-115", A, "cancel-rate", "UK", "native",
  "Cancellation rate query",
  """
Hello,

We've received your notice that our account is deactivated for a cancellation rate over 2.5%. We cancelled 11 orders out of 390 in the period because a supplier let us down on a batch of garden chairs.

Before we put together anything formal, can you confirm which orders were counted and whether cancellations requested by buyers are included? Several of those 11 were buyer requests.

Thanks,
Rob Kettering
Kettering Garden Furniture
""", pol=("cancellation rate",),
  notes="UK native; asks a question first, no POA and nothing attached: A016")

M("tech-deposit-pk-116", T, "", "US", "other-non-native",
  "Disbursement failed to my US receiving account",
  """
Dear Seller Support,

My last two disbursements failed with the reason "bank account information is not correct". I use a US receiving account from Payoneer for my account Indus Crafts. The details in Seller Central are:

Bank name: Community Federal Savings Bank
Routing (ABA): 026073150
Account number: 9600012784503
Account type: Checking

Payoneer support told me the account is active. Kindly check why the payment is failing and revert back to me soon.

Regards,
Zeeshan Haider
Indus Crafts
""", topic="deposit-method",
  sec=(("routing-number", "026073150"), ("bank-account", "9600012784503")),
  notes="Pakistani seller; pastes the routing number and account number")

M("tech-page-br-117", T, "", "US", "latam",
  "Manage Inventory page not loading",
  """
Hello,

Since Monday the Manage Inventory page does not load for our account. It shows a spinning wheel and then "We're sorry, something went wrong" with error code MYI-5003. Other pages like Orders and Reports work normally.

We tried Chrome, Firefox, cleared the cache and used another computer in our office in Recife. We have 1,200 SKUs and we need to update prices for a promotion.

Thank you,
André Carvalho
Nordeste Decor
""", topic="page-error",
  dec=(("error-code", "MYI-5003"),),
  notes="Brazilian seller; page error")

M("fba-whdmg-es-118", F, "", "ES", "other-non-native",
  "Damaged units in warehouse MAD4 - reimbursement",
  """
Hello,

In the inventory ledger 8 units of our ceramic vases (FNSKU X002QM8KLW) appear as "Warehouse damaged" on 6 May in MAD4, with the license plate number LPNRR827349120. The reimbursement we received was only 4.10 EUR per unit, but the manufacturing cost is 12.50 EUR per unit (invoice attached).

Could you please review the value of the reimbursement?

Thank you,
Pilar Sánchez
Cerámica Talavera Hogar
""", topic="warehouse-damaged",
  dec=(("fnsku", "X002QM8KLW"), ("lpn", "LPNRR827349120")),
  notes="Spanish seller; disputes reimbursement value")

M("brand-contrib-sa-119", B, "", "SA", "other-non-native",
  "Wrong image uploaded on our brand listing",
  """
Dear Brand Registry Support,

We own the brand "Safa Incense" and it is registered in Brand Registry. Someone uploaded a picture of a different incense burner as the main image of our listing ASIN B0C1XW7PQR. The new picture shows a metal burner, but our product is ceramic. We received 3 returns this week because of this.

We tried to upload our original image, but the contribution was not accepted. Please restore the original image and check who made the change.

Regards,
Anas Al-Jaber
Safa Incense
""", topic="listing-contribution",
  dec=(("asin", "B0C1XW7PQR"),),
  notes="Saudi seller on SA in English; listing contribution problem")

M("cat-auto-pl-120", C, "", "UK", "other-non-native",
  "Automotive category approval - brake pads",
  """
Hello,

We would like to sell brake pads and brake discs in the Automotive & Powersports category on Amazon.co.uk. Our company Motoczęści Kraków is an authorised distributor of two European brake brands.

Attached: distributor agreements, ECE R90 certificates for every part number, invoices from the manufacturers, and product photos with the approval marking visible. We have sold on Amazon.de for 3 years without any policy problem.

Kind regards,
Łukasz Sikora
Motoczęści Kraków
""", topic="automotive",
  notes="Polish seller; automotive ungating")

M("tech-card-ie-121", T, "", "UK", "native",
  "Amex keeps getting declined for seller fees",
  """
Hi,

Our company Amex is being declined every time I try to add it as the charge method. The card works everywhere else and Amex say they can't see any attempts on their side, so I think it's failing before it gets to them.

Card: 3752 760189 55594
Valid thru 08/28
The 4 digit code on the front is 7305

If you could try it from your end, or tell me what the error actually means, I'd appreciate it. The old card expires this week.

Thanks,
Gráinne O'Sullivan
Wild Atlantic Soap Co
""", topic="payment-method",
  sec=(("card", "3752 760189 55594"), ("card-expiry", "08/28"), ("card-code", "7305")),
  notes="Irish native; Amex in 4-6-5 groups, 'Valid thru' expiry and the 4-digit front code")

M("fba-lost-jp-122", F, "", "JP", "other-non-native",
  "納品した商品の受領数が足りません",
  """
セラーサポート御中

お世話になっております。有限会社たけうち茶舗の竹内です。
納品プラン FBA15X2MKQ9T について、10箱・300個を発送しましたが、受領数が270個となっています。ヤマト運輸の配達記録では10箱すべて納品済みです。

不足している30個について調査と補填をお願いいたします。
なお、補填金の振込先は以下の口座でお願いいたします。

銀行名：三菱UFJ銀行 京都支店
口座種別：普通
口座番号：4817265
口座名義：ユ）タケウチチャホ

よろしくお願いいたします。
竹内 誠
""", lang="ja", topic="lost-inbound",
  sec=(("bank-account", "4817265"),),
  dec=(("shipment-id", "FBA15X2MKQ9T"),),
  notes="Japanese on JP (no language defect); inbound shortage claim that pastes 口座番号 for the payout")

M("tech-otp-eg-123", T, "", "AE", "other-non-native",
  "لا أستطيع تسجيل الدخول",
  """
مرحباً،

أنا صاحب متجر "هدايا النيل" على أمازون الإمارات. منذ يومين لا أستطيع الدخول إلى حساب البائع، لأن رمز التحقق يصل متأخراً جداً وينتهي قبل أن أستخدمه.

آخر رمز التحقق وصلني هو 592817، أرجو أن تتأكدوا من أن رقم هاتفي صحيح: +971 50 555 4172.

جربت متصفحاً آخر وهاتفاً آخر وأعدت تشغيل الجهاز، لكن المشكلة ما زالت موجودة. عندي طلبات يجب شحنها اليوم وتأكيد الشحن قبل نهاية اليوم، أرجو المساعدة بسرعة.

شكراً،
وائل حسني
""", lang="ar", topic="login",
  sec=(("one-time-code", "592817"),),
  dec=(("phone", "+971 50 555 4172"),),
  notes="Egyptian seller writing Arabic on AE (accepted there, no language defect); pastes the OTP")

M("brand-own-ie-124", B, "", "UK", "native",
  "Brand Registry application rejected - packaging photos",
  """
Hello,

Our Brand Registry application for "Burren Botanicals" (UKIPO UK00003928471) was rejected because the product photos "do not show the brand permanently affixed". The brand name is screen-printed on every bottle and embossed on the lid. I think the issue may be that one photo showed the outer shipping carton with a printed batch number, 2026487574911862, rather than the bottle.

I've now taken new photos of each product with the brand clearly visible. Could you reopen the application or tell me whether I need to apply again?

Many thanks,
Eimear Quinn
Burren Botanicals Ltd
""", topic="brand-ownership",
  dec=(("trademark-number", "UK00003928471"), ("batch-id", "2026487574911862")),
  notes="Irish native; 16-digit batch number that fails Luhn: decoy")

M("cat-supp-pt-125", C, "", "UK", "other-non-native",
  "Dietary supplements approval - follow-up",
  """
Hello,

This is a follow-up of our request to sell dietary supplements (case from 2 May). We sell a cod liver oil capsule produced in Portugal by a GMP certified factory.

As requested, we now attach the certificate of analysis from an ISO 17025 laboratory for lot L-2604-17, the label in English with all the mandatory information, and the notification to the UK food authority. The product contains no ingredient on the restricted list.

Thank you for your review.

Com os melhores cumprimentos,
Nuno Gonçalves
Saúde Atlântica Lda
""", topic="dietary-supplements",
  dec=(("lot-number", "L-2604-17"),),
  notes="Portuguese seller; follow-up ungating request")

if __name__ == "__main__":
    AUTHOR.write()
