#!/usr/bin/env python3
"""Author AB's messages for the fifteenth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/fifteenth-b/ab-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("ab-", "fifteenth-b")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1: 001-025

M("lst-iptm-tr-001", L, "ip-trademark", "UK", "turkish",
  "Reinstatement request - ASIN B0DK7RT2QX - trademark complaint",
  """Dear Amazon Seller Performance Team,

We are Anatolia Home Textiles Ltd. Our listing for ASIN B0DK7RT2QX (cotton bath towel set, 6 pieces) was removed because of a trademark infringement complaint from the rights owner "Lunara Living". We have investigated the situation and we want to explain it clearly.

1. Root cause of the problem
When we create the listing, our product team used the word "Lunara" in the title and in the bullet points, because in Turkey this word is common name for a soft weaving style. We did not check the UK trademark register before. This was our mistake, the word is registered trademark of the complainant in the UK.

2. Actions we have taken
- We removed the word "Lunara" from title, bullets, description and the search terms on the same day we received the notice.
- We have checked all our other 84 listings against the UK IPO database and found no other protected word.
- We wrote to the rights owner and explained the mistake. They answered us on 14 March 2026 that they have no objection any more.

3. Steps to prevent this in future
- Every new title will be checked on the UK IPO and EUIPO search by our listing manager before it goes live.
- We make a list of forbidden words and we update it every month.
- Our staff had a training about Amazon's Intellectual Property Policy.

We kindly ask you to reinstate the ASIN. Thank you for your time.

Saygılarımızla,
Mehmet Aydın
Anatolia Home Textiles Ltd.
""",
  style="numbered", rc="1. Root cause of the problem", co="2. Actions we have taken",
  pr="3. Steps to prevent this in future",
  pol=("trademark infringement", "Intellectual Property Policy"),
  dec=(("asin", "B0DK7RT2QX"), ("foreign-snippet", "Saygılarımızla")),
  notes="Turkish seller, numbered headings in own words, Turkish sign-off")

M("poa-odr-latam-002", A, "odr", "US", "latam",
  "Plan of Action - Order Defect Rate - Merchant Token A2QK7MNP03XZ",
  """Hello Seller Performance,

My name is Valeria Quintero, owner of Casa Quintero Imports (Guadalajara). Unfortunately our account was deactivated because our Order Defect Rate went to 2.4% in the period of January to March 2026, over the 1% target. We take this very serious and here is our plan of action.

## Why our ODR went up

- In January we changed the carrier for our east coast orders to a cheaper regional carrier. Many packages arrived broken or late and customers opened A-to-z claims.
- Our customer service was only one person and in the busy weeks she did not answer messages inside 24 hours, so customers left negative feedback.
- One product (ceramic salsa bowl, SKU CQ-BOWL-12) was packed only in a paper bag, and 19 of the 31 defective orders were this product.

## What we already did

- We returned to UPS Ground for all orders from February 20.
- We hired two more customer service agents, now we answer all buyer messages in less than 12 hours, also weekends.
- We contacted every customer with a negative feedback or claim, we refunded them and apologised.
- We changed the packaging of the ceramic bowls to a double box with foam.

## How we prevent it in the future

- Every Monday I review the Account Health page and the Customer Satisfaction tab myself.
- If ODR goes above 0.6% we stop the worst ASIN and investigate before it becomes a problem.
- A drop test is now part of the approval for every new product.

Thank you for reviewing our plan. We hope to continue serving Amazon customers.

Valeria Quintero
Merchant Token A2QK7MNP03XZ
""",
  style="markdown", rc="Why our ODR went up", co="What we already did", pr="How we prevent it in the future",
  pol=("Order Defect Rate", "ODR"),
  dec=(("mild-word", "Unfortunately"), ("merchant-token", "A2QK7MNP03XZ"), ("sku", "CQ-BOWL-12")),
  notes="Mexican seller, markdown headings, calm with one 'Unfortunately'")

M("app-inauth-native-003", A, "inauthentic", "US", "native",
  "PLEASE READ - account deactivated - inauthentic claims are WRONG",
  """To whoever reads this,

I have been selling on Amazon for NINE YEARS. Nine years! And now my account is gone overnight because of two "inauthentic" complaints on a pair of sneakers that I bought directly from a licensed distributor. I have the invoices. I have sent the invoices three times. Every time I get the same copy-paste answer.

Do you understand what this means for me? I have a mortgage, my wife is on medical leave, and I have two employees who have been with me since 2019 and I just had to tell them I cannot pay them this Friday. I took a business loan last fall to buy inventory for this season and all of that inventory is now sitting in your warehouses and I can't sell a single unit.

I am not a counterfeiter. I have never had a single IP complaint before this. My metrics were perfect. I don't know what else you want from me. I am begging you, please have a real person look at this case and not a bot.

If this is not fixed by the end of the month I will have no choice but to talk to a lawyer. I don't want to do that. I just want my business back.

Please, please help me.

Derek Holloway
Holloway Kicks LLC
""",
  pol=("inauthentic",),
  emo=("Nine years!", "Do you understand what this means for me?", "I am begging you",
       "I will have no choice but to talk to a lawyer", "Please, please help me."),
  notes="native seller, pleading appeal with no POA, family and loan, threat of lawyer")

M("lst-safety-ar-004", L, "product-safety", "AE", "other-non-native",
  "Appeal for removed listing - kids scooter - safety documents",
  """Dear Amazon Team,

Greetings. We are Al Noor Trading FZE from Dubai. Our listing of the kids kick scooter (ASIN B0CX4LM8PZ) was removed under the Product Safety and Compliance policy because the documents for the children product were not valid.

**What caused the problem**

The supplier in Ningbo gave us a test report from 2021 that was made for a different model number (KS-200 and our model is KS-210). Our team did not compare the model number in the report with the product we received. So the document we uploaded was not matching and Amazon was right to remove it.

**What we have done**

We asked the factory to send the scooter to an accredited laboratory in Dubai. The new test report for EN 71-1, EN 71-2 and EN 71-3 was issued on 2 April 2026 for model KS-210 and the result is pass. We also got the Emirates Conformity Assessment certificate, number ECAS-2026-55120. Both documents are attached to this case. We checked the other 12 toys in our catalog and all of them have reports with the correct model number.

Kindly review the documents and reactivate the listing. We are ready to send any more information you need.

Best regards,
Khalid Mansour
Compliance Officer, Al Noor Trading FZE
""",
  style="bold", rc="What caused the problem", co="What we have done",
  pol=("Product Safety and Compliance policy",),
  dec=(("asin", "B0CX4LM8PZ"), ("certificate-number", "ECAS-2026-55120")),
  notes="Arabic-speaking seller in English, bold headings, no preventive part")

M("tech-login-tr-005", T, "", "UK", "turkish",
  "Cannot login to Seller Central - two step verification problem",
  """Hello,

I can not login to my Seller Central account since 3 days. When I write my email and password it asks two step verification code, but the code comes to my old phone number which I don't use anymore (the line is closed).

I tried "Didn't receive the OTP?" and chose the backup method, but there is no backup method saved.

To make it faster for you, here is my login info so your team can check:
email: info@bosphorus-ceramics.co.uk
password: Kadikoy#2026bc
and the last code I received on my husband's phone (we tried to add it yesterday) was 583 014, maybe it still works.

My new number is +44 7700 900412. Please change the two step verification to this number. I have many orders waiting to ship and I can't see them.

Teşekkürler,
Elif Demirci
Bosphorus Ceramics
""",
  topic="login",
  sec=(("password", "Kadikoy#2026bc"), ("one-time-code", "583 014")),
  dec=(("phone", "+44 7700 900412"), ("otp-word", "Didn't receive the OTP?"), ("foreign-snippet", "Teşekkürler")),
  notes="Turkish seller pastes password and a code with a space; phone number decoy")

M("fba-lostin-native-006", F, "", "US", "native",
  "Reimbursement request - shipment FBA18QX7LMN2 - 40 units not received",
  """Hi team,

Our inbound shipment FBA18QX7LMN2 to TUS2 shows as closed, but 40 of the 240 units of SKU PT-MUG-16OZ (FNSKU X003K9P2LD) were never received. The carrier delivered all 6 cartons according to the proof of delivery, signed by the facility on 02/11/2026. UPS tracking numbers for the cartons are below:

1Z88X7W40312558841
1Z88X7W40312558850
1Z88X7W40312558869

We packed 40 units in each carton and the carton contents were entered in Send to Amazon before the labels were printed. The box weights on the BOL match six full cartons, so the missing units look like one carton was not scanned at receiving.

Per the FBA inventory reimbursement policy, we are asking that you either locate the units or reimburse us for the 40 missing units. I've attached the commercial invoice from our manufacturer, the packing list, and the signed POD.

Thanks for looking into this.

Jenna Park
Parkside Trading Co.
""",
  topic="lost-inbound", pol=("FBA inventory reimbursement policy",),
  dec=(("shipment-id", "FBA18QX7LMN2"), ("fnsku", "X003K9P2LD"), ("tracking-number", "1Z88X7W40312558841"),
       ("tracking-number", "1Z88X7W40312558850"), ("tracking-number", "1Z88X7W40312558869"), ("sku", "PT-MUG-16OZ")),
  notes="calm native claim with shipment ID and UPS tracking numbers")

M("poa-related-cn-007", A, "related-accounts", "US", "chinese",
  "申诉 Appeal for related account deactivation - Store: HUAXIN DIRECT",
  """Dear Seller Performance Team,

We are Shenzhen Huaxin E-commerce Co., Ltd. Our account HUAXIN DIRECT was deactivated because Amazon found it is related to another account which was suspended before. First we want to say we fully understand Amazon need to protect the marketplace and the buyers, and we respect this decision. After receive the notice, our general manager organised a meeting with the operation, finance and IT departments, and we have done a full checking inside our company for one week: we checked the login records of Seller Central, the devices in our office, the network, the payment methods, the bank accounts and the staff contracts. Below is our plan of action.

原因分析
After investigation we found the reason of the problem is: in 2024 our operation staff Mr. Liu worked part time for another company "Joyfeel Store" and he used the same office computer and the same Wi-Fi network to login both accounts. Joyfeel Store was suspended for their own problem, and because of the same device and IP, our account was linked to it. Our company has no shareholding or business relationship with Joyfeel Store.
We also found two other weak points in our management: (1) we did not have any rule about using company computers for personal work, and (2) the Wi-Fi password of our office was shared with visitors and the staff of the company next door, so we could not control which devices connect. The main reason is our management was not strict enough, we did not understand how important it is to keep our account environment separate.

已采取的措施
1. Mr. Liu has left our company on 10 March 2026, and we have changed all passwords and removed his user permission in Seller Central.
2. The old computer is formatted and we have bought new computers only for our own account.
3. We installed a separate broadband line with fixed IP address for our office.
4. We changed the Wi-Fi password and now only company devices registered by IT can connect.
5. We checked all payment methods and bank accounts in our Seller Central, all of them are under the name of our company only.
6. We have attached the business license, the lease contract of our office, the broadband contract and the resignation letter of Mr. Liu.

预防措施
1. Every staff must sign agreement not to login any other Amazon account with company device.
2. Our IT manager check the login history of Seller Central every week.
3. New staff will receive training about Amazon account policy in the first week, and pass a small test.
4. Every quarter the general manager will review this plan and update it if needed.
5. We will follow the related accounts rules in the Amazon Business Solutions Agreement strictly.

Thank you for your kind consideration, we hope Amazon can reinstate our account.

深圳市华信电子商务有限公司
Zhang Wei
""",
  style="plain", rc="原因分析", co="已采取的措施", pr="预防措施",
  pol=("related to another account", "related accounts rules"),
  dec=(("foreign-snippet", "深圳市华信电子商务有限公司"),),
  notes="Chinese agency, Chinese headings with English body, done actions")

M("lst-cond-latam-008", L, "condition", "US", "latam",
  "Listing reinstatement - condition complaints - blender refurbished",
  """Hi Amazon,

Our offer for the 1200W blender (ASIN B0BR6TQ1WN) was deactivated for condition complaints. Customers said the item arrived used while we listed it as "Used - Like New".

Root cause:
We buy returns from a liquidation company in Texas and our warehouse in Laredo grades them. The grading person was new and she graded some units that had scratches on the jar as Like New. Also two units had missing the recipe booklet, which is not allowed for Like New under the Condition Guidelines.

Corrective actions:
We will re-inspect all 63 units we have in stock. We will move the scratched units to "Used - Good" and we will add a photo of the real unit in the condition note. We are going to contact the 7 customers who complained and offer them a full refund.

Preventive actions:
A second person will check every unit before it is listed. We will make a checklist with photos of what is Like New, Very Good and Good, based on Amazon guidelines.

Please reactivate the offer, we are confident this will not happen again.

Saludos,
Andrés Pineda
Pineda Liquidations
""",
  style="colon", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive actions:",
  pol=("condition complaints", "Condition Guidelines"),
  dec=(("asin", "B0BR6TQ1WN"),),
  notes="Colombian seller, colon headings, corrective only planned (we will)")

M("poa-late-in-009", A, "late-shipment", "IN", "indian",
  "Plan of action for Late Dispatch Rate - reinstate selling privileges",
  """Respected Seller Performance Team,

Greetings from Shree Ganesh Handicrafts, Jaipur. We are very sorry for the inconvenience caused to customers. Our selling privileges were removed as our Late Dispatch Rate reached 9.2% which is above the 4% target. Please find our plan of action below.

ROOT CAUSE
During the wedding season in February we got nearly three times our normal orders. Our packing team is only 4 people and we had set the handling time as 1 day for all SKUs, even for hand-painted items which need 2-3 days for drying. Also on 18 and 19 February there was a local strike and courier pickup did not happen.

ACTIONS ALREADY TAKEN
1. We have increased handling time to 3 days for all hand-painted products in the shipping template.
2. We have hired 3 more packing staff and started a second shift.
3. All pending orders were dispatched and customers were informed with tracking details.
4. We have enrolled in Easy Ship so pickups are scheduled by Amazon.

PREVENTIVE MEASURES
1. Daily dispatch report will be checked by the owner at 5 pm every day.
2. Before festival season we will keep extra stock packed in advance.
3. In case of strike or holiday we will activate vacation mode or increase the handling time in advance.

Kindly review and do the needful to reinstate our account.

Thanks and regards,
Rakesh Sharma
Proprietor
""",
  style="caps", rc="ROOT CAUSE", co="ACTIONS ALREADY TAKEN", pr="PREVENTIVE MEASURES",
  pol=("Late Dispatch Rate",),
  dec=(("single-apology", "We are very sorry for the inconvenience caused to customers."),),
  notes="Indian seller, caps headings, single apology decoy")

M("cat-grocery-native-010", C, "", "US", "native",
  "Request for approval - Grocery & Gourmet Food",
  """Hello Category Approvals team,

We'd like to request approval to sell in Grocery & Gourmet Food. We are Maple Ridge Pantry, a small family business in Vermont that produces maple syrup, maple cream and maple candy in our own licensed sugarhouse.

A few details that should help with the review:

- Our facility is registered with the FDA (registration attached) and inspected by the Vermont Agency of Agriculture.
- All products carry lot numbers and a best-by date, and we can meet the requirement of at least 90 days of remaining shelf life on arrival at fulfillment centers.
- Labels include the nutrition facts panel, ingredients, allergen statement and net weight in both US and metric units.
- We plan to use FBA for everything except gift boxes in the holiday season.

I have attached three invoices from our packaging supplier and our product liability insurance certificate, and photos of the product labels. We have read the Grocery & Gourmet Food category requirements and the expiration-dated products guidelines.

Please let me know if anything else is needed.

Thanks,
Hannah Lindqvist
Maple Ridge Pantry
""",
  topic="grocery", pol=("Grocery & Gourmet Food category requirements", "expiration-dated products guidelines"),
  notes="native ungating request, calm")

M("poa-review-tr-011", A, "review-manipulation", "DE", "turkish",
  "Appeal - account deactivation - reviews",
  """Dear Seller Performance team,

Our account Istanbul Leather Goods was deactivated for violating Amazon's Customer Product Reviews policy. We want to give you our plan and ask for reinstatement.

Corrective actions: We have stopped immediately the "insert card" that we were putting in the box of our wallets. We understand this is not allowed. We have destroyed the remaining 2,000 cards in our warehouse in Hamburg and we removed the card file from our printer account. We also stopped working with the agency "StarBoost Marketing" who designed this card for us.

Preventive measures: From now on no insert, email or message to buyers will be sent without the approval of me as the owner. I will check every new packaging material against Amazon policy. We will only use the "Request a Review" button in Seller Central for asking reviews. All 5 staff attended an online training about Amazon's review rules on 20 March 2026.

We respect the rules of Amazon and we ask you to give us the opportunity to sell again.

Best regards,
Serkan Yıldız
""",
  style="inline", co="Corrective actions:", pr="Preventive measures:",
  pol=("Customer Product Reviews policy",),
  dec=(("mild-plea", "we ask you to give us the opportunity to sell again"),),
  notes="Turkish seller on DE, inline headings, no root-cause part (the cause is only implied in the actions)")

M("poa-related-ar-012", A, "related-accounts", "AE", "other-non-native",
  "خطة عمل - حساب مرتبط - متجر الواحة",
  """فريق أداء البائعين المحترم،

تحية طيبة وبعد،

نحن شركة الواحة للتجارة العامة ذ.م.م في الشارقة. تم إيقاف حسابنا بسبب ارتباطه بحساب آخر مخالف. قمنا بمراجعة كاملة وهذه خطة العمل الخاصة بنا.

السبب الجذري:
تبيّن لنا أن المحاسب السابق في شركتنا كان يدير أيضاً حساب بائع لقريبه من نفس جهاز الكمبيوتر في مكتبنا، ومن نفس شبكة الإنترنت. هذا الحساب الآخر تم إيقافه بسبب مشاكل في الأداء، ولذلك تم ربط حسابنا به. لا توجد بيننا وبين ذلك الحساب أي علاقة ملكية أو شراكة.

الإجراءات التي قمنا بها:
- أنهينا عقد المحاسب في 5 مارس 2026 وألغينا صلاحياته في سنترال البائع.
- قمنا بتغيير كلمات المرور لجميع المستخدمين وفعّلنا التحقق بخطوتين.
- خصصنا جهاز كمبيوتر واحد فقط لحسابنا ولا يُستخدم لأي غرض آخر.
- أرفقنا الرخصة التجارية وعقد إيجار المكتب وكشف حساب بنكي باسم الشركة.

الإجراءات الوقائية:
- كل موظف جديد يوقّع تعهداً بعدم استخدام أجهزة الشركة لأي حساب بائع آخر.
- مدير الحساب يراجع سجل تسجيل الدخول كل أسبوع.
- سنلتزم بسياسة الحسابات المرتبطة وسياسات أمازون كاملة.

نرجو منكم إعادة تفعيل الحساب. شكراً لتعاونكم.

مع خالص التحية،
سالم الكعبي
المدير العام
""",
  lang="ar", style="colon", rc="السبب الجذري:", co="الإجراءات التي قمنا بها:", pr="الإجراءات الوقائية:",
  pol=("سياسة الحسابات المرتبطة",),
  notes="Arabic POA on AE, where Arabic is accepted: no non-english defect")

M("brand-hijack-latam-013", B, "", "US", "latam",
  "HIJACKER on my brand listing AGAIN - Pampa Mate",
  """Hello Brand Registry,

This is the THIRD time I write about this!!! A seller called "TopDeal Express 88" is again on our listing ASIN B09MQ7TK3H (Pampa Mate gourd set with bombilla). We are the brand owner, Pampa Mate is registered trademark in USPTO, registration 7012345, and we are enrolled in Brand Registry since 2023.

We made a test buy, order 113-4827719-0061528, and what arrived is a cheap plastic cup with no logo, nothing to do with our product. Customers are leaving 1 star reviews saying our product is fake. Our rating went from 4.7 to 4.1 in two weeks. THIS IS DESTROYING MY BRAND and nobody at Amazon does anything!!!

I already reported with the Report a Violation tool four times. Every time the answer is "we reviewed and took appropriate action" and the next day the seller is back with another name.

Please remove this seller permanently and protect our listing. I attach photos of the fake product, our trademark certificate and the test buy order.

Martín Echeverría
Founder, Pampa Mate LLC (Buenos Aires / Miami)
""",
  topic="hijacker",
  emo=("This is the THIRD time I write about this!!!", "THIS IS DESTROYING MY BRAND and nobody at Amazon does anything!!!"),
  dec=(("asin", "B09MQ7TK3H"), ("order-id", "113-4827719-0061528"), ("trademark-number", "7012345")),
  notes="Argentine brand owner, angry capitals and exclamation marks")

M("lst-inauth-cn-014", L, "inauthentic", "US", "chinese",
  "Appeal for ASIN B0C5TNW9JV 不真实商品投诉",
  """Dear Amazon,

Our listing ASIN B0C5TNW9JV (wireless earbuds, brand SONVIK) is removed because of 不真实商品投诉 (inauthentic item complaint). We are the brand owner of SONVIK and we produce this earbuds in our own factory in Dongguan. Here is our POA.

Our POA - the reason of the problem:
We check the buyer message and found the buyer received the product with a different color box. In December we changed the packaging from white box to black box, but the product photos on the listing still show the old white box. So the buyer think the product is not authentic.

Our POA - what we have did:
Please see the attachment.

Our POA - measures to avoid:
1. When we change packaging we will update the main image and the description at same time.
2. We will add a note in the listing "packaging may vary".
3. Our operation manager will check all listing images every month.

Sorry for the inconvenient, please reinstate our ASIN.

Best regards
Dongguan Sonvik Electronic Technology Co., Ltd.
Lily Chen
""",
  style="our-poa", rc="Our POA - the reason of the problem:", pr="Our POA - measures to avoid:",
  pol=("不真实商品投诉", "inauthentic item complaint"),
  dec=(("asin", "B0C5TNW9JV"), ("single-apology", "Sorry for the inconvenient")),
  notes="Chinese brand owner, 'Our POA' headings, corrective part is only 'see the attachment' (hollow)")

M("fba-return-in-015", F, "", "IN", "indian",
  "Customer return not received back - refund given - order 408-3316725-9920461",
  """Dear Seller Support,

This is regarding order 408-3316725-9920461. Customer has requested return for the Bluetooth speaker and Amazon has issued full refund of Rs 3,499 to the customer on 12-Feb-2026. But till date the item has not been returned to our inventory. It is already more than 45 days.

Details:
ASIN: B0B8ZK2Y4R
FNSKU: X0025LQ7TM
Return reason given by customer: "Item defective"

As per the FBA customer returns reimbursement policy, if the customer does not return the item within the time, seller should get reimbursement. We have not received any reimbursement or inventory.

Kindly check and revert back at the earliest. Request you to do the needful and reimburse the amount for this order.

Thanks & Regards,
Pradeep Nair
Kerala Audio World
""",
  topic="customer-return", pol=("FBA customer returns reimbursement policy",),
  dec=(("order-id", "408-3316725-9920461"), ("asin", "B0B8ZK2Y4R"), ("fnsku", "X0025LQ7TM")),
  notes="Indian seller, 'kindly do the needful', order ID decoy")

M("poa-safety-native-016", A, "product-safety", "US", "native",
  "Appeal: account deactivated over children's product certificate",
  """Hello,

I'm writing about the deactivation of Little Fern Toys. The notice said our wooden stacking toys were offered without a valid Children's Product Certificate, which is required under the CPSC rules Amazon enforces for toys sold to children under 12.

This happened because we switched to a new woodshop in November. The previous maker had third-party testing to ASTM F963 and we assumed, wrongly, that the new shop's items were covered by the same report. They weren't: the test was tied to the old shop's finishes and paint, and we never asked for a new one before listing the new batch. No one at our company owned this check, which is really the heart of the problem.

We have already pulled the remaining 310 units from sale and had them tested at a CPSC-accepted lab in Ohio. The report came back clean on March 19 and we issued a new Children's Product Certificate for the batch, which I've attached along with the lab report. We also made a list of all eight products we sell and confirmed each has a current certificate that matches the maker and the finish.

Going forward, my business partner Tom is responsible for compliance. No product goes live, and no new batch is sent to FBA, until he has the certificate for that exact batch in our shared folder. We have also set a yearly reminder to retest each product, and we will retest any time the maker, paint, or finish changes.

Thank you for taking the time to review this.

Rachel Moreno
Little Fern Toys
""",
  style="none", rc="This happened because we switched to a new woodshop", co="We have already pulled the remaining",
  pr="Going forward, my business partner Tom",
  pol=("Children's Product Certificate", "CPSC rules"),
  notes="native seller, POA in prose with no headings")

M("tech-pay-latam-017", T, "", "US", "latam",
  "No puedo actualizar mi método de pago - tarjeta rechazada",
  """Hola equipo de soporte,

Desde hace una semana no puedo actualizar el método de pago de mi cuenta de vendedor. Cada vez que intento agregar mi nueva tarjeta de crédito me sale el mensaje "No pudimos verificar su tarjeta" y la cuenta sigue mostrando un saldo pendiente de 39.99 USD por la suscripción mensual.

Ya hablé con mi banco en Lima y me dicen que no ven ningún intento de cobro rechazado, así que el problema parece ser de Amazon.

Para que puedan revisar, estos son los datos de la tarjeta:
Número: 4518 9795 6086 6453
Vence: 11/29
Código de seguridad: 482
Nombre: Lucía Ramírez Torres

Por favor agreguen la tarjeta ustedes mismos o díganme qué estoy haciendo mal. No quiero que me suspendan la cuenta por falta de pago.

Gracias,
Lucía Ramírez
Tienda Alpaca Andina
""",
  lang="es", topic="payment-method",
  sec=(("card", "4518 9795 6086 6453"), ("card-expiry", "11/29"), ("card-code", "482")),
  notes="Peruvian seller writes in Spanish on US, pastes full card details")

M("app-scoc-tr-018", A, "seller-code-of-conduct", "UK", "turkish",
  "Appeal - Seller Code of Conduct - POA attached",
  """Dear Seller Performance Team,

We received your notification that our account Ege Olive Co. has been deactivated for a violation of the Seller Code of Conduct, related to messages our staff sent to buyers asking them to change their feedback.

We have prepared a detailed Plan of Action which explains the root cause, the actions we have taken and the steps to prevent this in the future. The POA is attached to this case as a PDF file (EgeOlive_POA_April2026.pdf), together with the new internal rules for buyer communication signed by all our employees.

We would be grateful if you review our documents and let us know if you need more information.

Kind regards,
Ayşe Korkmaz
Director, Ege Olive Co. Ltd
""",
  att=True, pol=("Seller Code of Conduct",),
  dec=(("file-name", "EgeOlive_POA_April2026.pdf"),),
  notes="Turkish seller, short cover letter with the POA attached")

M("poa-drop-vn-019", A, "drop-shipping", "US", "other-non-native",
  "Appeal - drop shipping policy violation - Saigon Home Decor",
  """Hello Amazon Seller Performance,

Our store Saigon Home Decor received deactivation because of violation of drop shipping policy. Below we answer the questions from the appeal form.

1) What was the root cause of the issue?
We bought some lamps from another online retailer in US and we let them ship directly to the customers, because our own stock from Vietnam was delayed in the port. The packages had the packing slip and invoice of the other retailer, not our name. Customers were confused and some complained. We did not know this is not allowed by Amazon.

2) What actions have you taken to resolve the issue?
We will stop to buy from other retailers. We are going to ship all orders only from our own warehouse in California, and we will cancel orders if we have no stock. We plan to contact the customers who got the packages with the other retailer invoice.

3) What steps have you taken to prevent the issue from happening again?
We will keep safety stock of 30 days for every product. We will set the inventory to zero when our stock is under 5 units. Our team will read Amazon policies every 3 months.

Thank you, we hope to have our account back.

Nguyen Thi Mai
Saigon Home Decor
""",
  style="numbered", rc="1) What was the root cause of the issue?",
  co="2) What actions have you taken to resolve the issue?", done=False,
  pr="3) What steps have you taken to prevent the issue from happening again?",
  pol=("drop shipping policy",),
  notes="Vietnamese seller answers the appeal-form questions; actions are all future tense")

M("lst-price-native-020", L, "price-gouging", "US", "native",
  "Reinstate listing - Fair Pricing Policy - space heater",
  """Hi,

Our listing for the 1500W ceramic space heater (ASIN B0D1HXQ8NK) was deactivated under the Fair Pricing Policy during the January cold snap. I understand why it was flagged, and I know it's frustrating for buyers to see prices jump in an emergency, so I want to explain what happened and what we changed.

Root cause:
We use a repricing tool set to match the lowest competing offer with a ceiling of 2x our cost. When the other sellers sold out, the tool had no competitor to match and went straight to the ceiling, $119.99, which was well above our recent price of $54.99. Nobody on our team was watching the repricer over the weekend.

What we fixed:
The price was put back to $54.99 the same day. We refunded the difference to the 14 customers who paid the higher price. We lowered the repricer ceiling to 15% above our 90-day average for every product, not 2x cost.

Going forward:
The repricer now sends an alert to my phone if any price changes by more than 10% in a day. Seasonal and emergency products (heaters, fans, generators, water) are on a fixed price list that only I can change.

Thanks for considering the reinstatement.

Greg Tanaka
Northbound Supply
""",
  style="colon", rc="Root cause:", co="What we fixed:", pr="Going forward:",
  pol=("Fair Pricing Policy",),
  dec=(("mild-word", "frustrating"), ("asin", "B0D1HXQ8NK")),
  notes="native seller, calm, one 'frustrating' about buyers")

M("fba-whlost-tr-021", F, "", "UK", "turkish",
  "Depoda kaybolan ürünler için geri ödeme talebi",
  """Merhaba Amazon Satıcı Destek Ekibi,

Envanter raporuma göre BHX4 deposunda 18 adet ürünüm "kayıp" olarak görünüyor, ama aradan 30 günden fazla geçti ve hâlâ bir geri ödeme almadım. Ürün bilgileri şöyle:

SKU: IZN-CINI-BOWL-20
FNSKU: X004M2RT9Q
Kayıp adet: 18
Ürün birim maliyeti: 14,50 GBP

Envanter Mutabakatı raporunda bu ürünler 3 Mart 2026 tarihinde "M - kayıp" olarak işaretlenmiş, ama sonra "bulundu" kaydı yok. Politika gereği 30 gün içinde bulunamayan ürünler için otomatik geri ödeme yapılması gerekiyordu.

Lütfen bu ürünleri bulun ya da geri ödemeyi yapın. Fatura ve stok kayıtlarımızı ekte gönderiyorum.

Saygılarımla,
Burak Şahin
Iznik Art Ceramics Ltd
""",
  lang="tr", topic="warehouse-lost",
  dec=(("fnsku", "X004M2RT9Q"), ("sku", "IZN-CINI-BOWL-20")),
  notes="Turkish seller writes in Turkish on UK")

M("poa-cancel-pl-022", A, "cancel-rate", "DE", "other-non-native",
  "Plan of action - cancellation rate - Wisła Sport",
  """Dear Seller Performance Team,

This is the plan of action for our account Wisła Sport. Our Pre-fulfilment Cancel Rate was 6.1% in the last 7 days, and the target is below 2.5%.

A) Root cause
Our shop runs on three marketplaces at once (Amazon, Allegro and our own webshop) and the stock is synchronised by a plugin. On 2 March the plugin stopped working after an update, and for 9 days Amazon showed stock that was already sold on Allegro. When orders came in, we had no goods and had to cancel 41 orders.

B) What we already did
- We turned off the plugin and changed to a new inventory software (Baselinker) which updates stock every 15 minutes.
- We checked all 230 offers manually and corrected the quantity.
- All affected buyers received a message with apology and a discount code for the next purchase.
- The 41 cancelled orders were refunded in full on the same day.

We are sure that this problem is solved, because the new software is working since 12 March without any error. We ask for the reinstatement of our account.

Best regards,
Tomasz Wójcik
Wisła Sport Sp. z o.o.
""",
  style="lettered", rc="A) Root cause", co="B) What we already did",
  pol=("Pre-fulfilment Cancel Rate",),
  notes="Polish seller, lettered headings, no preventive part (a daily report is part of the fix)")

M("tech-deposit-ar-023", T, "", "AE", "other-non-native",
  "Deposit method not verified - disbursement on hold",
  """Hello Seller Support,

We updated the deposit method for our account Desert Rose Perfumes two weeks ago because we changed our bank. Since then the disbursement is on hold and the page says "Deposit method could not be verified". We have a balance of AED 28,400 waiting.

The new bank details are:
Bank: Emirates Islamic
Account name: Desert Rose Perfumes Trading LLC
IBAN: AE16 0337 1488 6723 1410 203
SWIFT: MEBLAEAD

We checked with the bank and they confirm the IBAN is correct and active and the name matches exactly our trade license. Can you please verify it manually or tell us which document you need? We already uploaded the bank letter with stamp.

Thank you,
Omar Haddad
Finance Manager
""",
  topic="deposit-method",
  sec=(("iban", "AE16 0337 1488 6723 1410 203"),),
  dec=(("swift-code", "MEBLAEAD"),),
  notes="Arabic-speaking seller pastes IBAN with spaces; SWIFT decoy")

M("app-counterfeit-latam-024", A, "counterfeit", "US", "latam",
  "Please review my account - deactivated",
  """Hello,

My name is Jorge Salazar and I have a small store called Andes Outdoor Gear. Two days ago I got an email that my account is deactivated and my listings are not active anymore. I don't understand very well what is the reason, the email was long and it says I can appeal here.

I sell backpacks and hiking poles that I buy from a wholesaler in Miami, and I have all the invoices. I never had problems with customers before, my feedback is 98% positive. I attach the invoices from the last 6 months and the contact of the wholesaler.

Please can you tell me what I need to do to have my account active again? I will do what you ask. Give us chance to continue selling, this business is important for us.

Thank you very much,
Jorge Salazar
Andes Outdoor Gear
""",
  dec=(("mild-plea", "Give us chance to continue selling, this business is important for us."),),
  notes="Peruvian seller, no POA and no policy named; a polite plea only")

M("poa-usednew-native-025", A, "used-sold-as-new", "CA", "native",
  "Appeal - used sold as new complaints",
  """Hello Seller Performance,

We're appealing the deactivation of Brightwater Electronics for used sold as new complaints on refurbished-looking headphones.

**What we changed right away**

- We removed all 22 units of the affected ASIN from FBA (removal order placed March 3) and inspected each one ourselves. Four had opened seals and were moved to a liquidation channel, not back to Amazon.
- We contacted the 9 buyers who complained, refunded them in full and told them to keep the item.
- We stopped buying from the distributor that supplied this lot.

**How we'll keep it from happening again**

- Every inbound lot is spot-checked (10% or at least five units) for seals, serial stickers and accessories before we create a shipment.
- We only buy from distributors that give us a written guarantee that goods are factory-new and sealed.
- Any unit that came back from a customer is listed as Used, never as New, even if it looks unopened.

We appreciate you reviewing this.

Liam O'Connor
Brightwater Electronics
""",
  style="bold", co="What we changed right away", pr="How we'll keep it from happening again",
  pol=("used sold as new",),
  notes="native seller, bold headings, skips the root cause entirely")

# ---------------------------------------------------------------- chunk 2: 026-050

M("lst-copy-native-026", L, "ip-copyright", "US", "native",
  "Listing removed - copyright notice on product images - ASIN B0CQ2WPV7M",
  """Hello,

Our listing for the Harbor & Pine linen apron (ASIN B0CQ2WPV7M) was taken down after a copyright notice about the product photos. We have since dealt with it and would like the listing reinstated.

Immediate actions
All six images on the listing were deleted on March 11, the day we got the notice. We hired a local photographer and shot new images of our own apron in our studio; the photographer's invoice and the signed release that assigns us the rights are attached. The new images are uploaded and waiting in the image manager. We also wrote to the photographer who filed the complaint, Sara Whitfield, apologized, and offered to pay a license fee for the weeks the images were up. She accepted and confirmed by email that she will withdraw the complaint.

Long-term controls
We keep a folder for every product with the source and license of every image and every piece of copy. Nothing goes on a listing unless it is in that folder. Any freelancer we use now signs a work-for-hire agreement up front, so we own everything they make for us.

Thanks for your help,
Owen Becker
Harbor & Pine Goods
""",
  style="plain", co="Immediate actions", pr="Long-term controls",
  pol=("copyright notice",),
  dec=(("asin", "B0CQ2WPV7M"),),
  notes="native seller, plain headings 'Immediate actions / Long-term controls', never says how the photos got onto the listing")

M("app-related-tr-027", A, "related-accounts", "UK", "turkish",
  "URGENT!!! Account deactivated related account - please help",
  """Dear Amazon,

Please I am writing you again, this is my 5th appeal!!! My account Kapadokya Rugs was deactivated because you say it is a related account with another account. I DON'T HAVE ANY OTHER ACCOUNT. I swear on my children I never opened second account.

I am selling handmade rugs from Cappadocia for 6 years. My whole family works in this business, my father, my brother, my wife. We have 11 weavers in the village who are waiting for their money. If Amazon does not open my account, they can not feed their families. The bank is calling me every day for the loan payment.

Maybe my cousin in Kayseri opened an account with my old laptop, I do not know. He is not my business, I have no control of him.

This is my last chance, I am begging you, please look at my case with a human eye and not the system. I send again my passport, my company documents and my utility bill.

Allah razı olsun,
Hüseyin Çelik
""",
  pol=("related account",),
  emo=("this is my 5th appeal!!!", "I DON'T HAVE ANY OTHER ACCOUNT", "I swear on my children",
       "they can not feed their families", "This is my last chance, I am begging you"),
  dec=(("foreign-snippet", "Allah razı olsun"),),
  notes="Turkish seller, desperate appeal with no POA; family, weavers and a loan")

M("tech-login-cn-028", T, "", "US", "chinese",
  "Account locked after login from new office - please unlock",
  """Hello Seller Support,

Our account "Mingyue Lighting" is locked since yesterday after our staff login from the new office in Hangzhou. System said "unusual activity" and asked us to reset password, but the reset email never come to our mailbox (we checked spam folder also).

Our operation manager send me the below message, I paste here so you can see what we tried:

"王经理，账号登录还是不行。新密码是 Mingyue@8826 ，刚才手机收到的验证码：447192 ，输入以后页面又跳回登录页。"

(Translation: Manager Wang, login still not working. New password is as above, the code received on phone was as above, after input the page jump back to login page.)

The phone number on the account is +86 138 0571 2290. Please unlock the account or tell us what to do, we have 60 orders waiting to ship today.

Thank you very much.
Wang Fang
Hangzhou Mingyue Lighting Co., Ltd.
""",
  topic="login",
  sec=(("password", "Mingyue@8826"), ("one-time-code", "447192")),
  dec=(("phone", "+86 138 0571 2290"), ("password-word", "reset password")),
  notes="Chinese seller pastes a Chinese chat line with 新密码是 and 验证码")

M("poa-counterfeit-in-029", A, "counterfeit", "IN", "indian",
  "Plan of Action - Counterfeit complaint - Account deactivation",
  """Dear Seller Performance Team,

Greetings of the day. Our seller account Vasudha Fashions was deactivated due to a complaint under the Anti-Counterfeiting Policy for branded sunglasses. Please find below our Plan of Action.

1. Root Cause Analysis
We had purchased a lot of 200 sunglasses from a trader in Delhi (Karol Bagh market) who told us they were genuine surplus stock from the brand. He provided only a cash bill without GST and no authorisation letter from the brand. Our team did not verify the supply chain properly before listing, and this is the main reason for the complaint.

2. Corrective Actions
a) We will remove all the sunglasses listings from our inventory.
b) We will raise a removal order for the remaining 143 units in the Amazon warehouse and destroy them.
c) We will stop purchasing from the said trader.
d) We will refund all the customers who have complained.

3. Preventive Measures
a) In future we will purchase branded products only from the brand or its authorised distributors with proper GST invoice.
b) One senior person will verify every supplier before first purchase.
c) We will keep all invoices for minimum 365 days.

We assure you this will not repeat. Kindly reinstate our account at the earliest.

Thanks & Regards,
Anil Kumar Gupta
Vasudha Fashions, Surat
GSTIN: 24AAKFV3812M1Z6
""",
  style="numbered", rc="1. Root Cause Analysis", co="2. Corrective Actions", done=False,
  pr="3. Preventive Measures",
  pol=("Anti-Counterfeiting Policy",),
  dec=(("gst-number", "24AAKFV3812M1Z6"),),
  notes="Indian seller, numbered headings with lettered items, corrective all 'We will'")

M("fba-dmgin-latam-030", F, "", "US", "latam",
  "Damaged units at inbound - FBA17WDRK3CQ",
  """Hello Seller Support,

Unfortunately 12 units from our shipment FBA17WDRK3CQ were marked as damaged at the fulfillment center (ONT8) during receiving. The shipment was sent with Amazon Partnered Carrier, tracking 1Z4F92X10395521174, and all boxes were in good condition when they left our warehouse in Santiago through our forwarder in Los Angeles.

The affected product is SKU VINO-RACK-6 (wooden wine rack). In the inventory adjustments report the reason code is "E - Damaged at Amazon fulfillment center" on 27/02/2026, but I don't see any reimbursement yet.

Could you please check and reimburse the 12 units? Our unit cost is 18.40 USD. The invoice is attached.

Best regards,
Camila Fuentes
Viña Woodcraft SpA
""",
  topic="damaged-inbound",
  dec=(("mild-word", "Unfortunately"), ("shipment-id", "FBA17WDRK3CQ"), ("tracking-number", "1Z4F92X10395521174"),
       ("sku", "VINO-RACK-6")),
  notes="Chilean seller, calm claim starting with 'Unfortunately'")

M("lst-restr-ar-031", L, "restricted-products", "US", "other-non-native",
  "Please reactivate my listing - black seed oil capsules",
  """Dear Sir/Madam,

My name is Yousef Al-Masri from Amman, Jordan. My store is Barakah Naturals. The listing of our black seed oil capsules 500mg (ASIN B0D9MK1R6S) was removed and it shows in the Account Health page. I want to give you the explanation.

Reason:
Our description said that the capsules "help to treat diabetes and high blood pressure". We copied this text from the website of our supplier in Egypt and nobody in our team checked these sentences before we published the listing.

What we did:
We removed all the sentences about treatment and disease from the title, bullets and description. Now the listing only says "supports general wellness" and the ingredients. We also changed the label picture to the new label which does not have the old sentences.

I hope this is enough for you to reactivate the listing. It is our best seller and we have 400 units in FBA.

Best regards,
Yousef Al-Masri
Barakah Naturals
""",
  style="colon", rc="Reason:", co="What we did:",
  dec=(("asin", "B0D9MK1R6S"),),
  notes="Jordanian seller, names only the product, no preventive part and no policy named")

M("cat-supp-in-032", C, "", "IN", "indian",
  "Request for approval in Health & Personal Care - Ayurvedic supplements",
  """Dear Category Team,

We are Dhanvantari Herbals Pvt Ltd, Pune, manufacturer of Ayurvedic supplements like ashwagandha, triphala and giloy tablets. We have applied for approval to sell dietary supplements but the application was rejected two times saying documents are not sufficient.

Please find the below details once again:
- FSSAI Licence No: 11522034000761 (Central licence, valid till 2028)
- AYUSH manufacturing licence: MH/AYU/2019/1187
- GSTIN: 27AAECD4471K1ZP
- Invoices from raw material supplier for last 3 months
- Lab test report (heavy metals and microbial) from NABL accredited lab

All products have FSSAI logo and licence number printed on the label as per requirement. Kindly check the documents and approve us at the earliest. Please let us know if any other document is needed, we will provide immediately.

Thanks and regards,
Sneha Kulkarni
Dhanvantari Herbals Pvt Ltd
""",
  topic="dietary-supplements",
  dec=(("gst-number", "27AAECD4471K1ZP"), ("certificate-number", "11522034000761")),
  notes="Indian manufacturer, 14-digit FSSAI licence number as a decoy")

M("poa-valid-tr-033", A, "valid-tracking", "US", "turkish",
  "Plan of Action for Valid Tracking Rate - Marmara Spice House",
  """Hello Amazon Seller Performance Team,

Our account Marmara Spice House was deactivated because our Valid Tracking Rate was 88%, below the 95% target. Please find our plan of action below.

### Root cause

We ship our orders from our warehouse in New Jersey. In January we started to use a small local courier for same-day delivery in NYC area. This courier gives tracking numbers in the format "NJX-" which Amazon does not recognise, so all these orders showed as "no valid tracking". We did not understand that the carrier must be integrated with Amazon. About 300 orders were shipped with this courier.

### Actions taken

- We stopped using the local courier on 10 February 2026.
- All orders are now shipped with USPS and UPS, and the tracking is uploaded automatically by ShipStation, for example 9400111899223847561043.
- We checked that the Valid Tracking Rate for the last 14 days is 99.6%.

### Preventive measures

- Before using any new carrier, we will check that it is on Amazon's list of supported carriers.
- Every week our shipping manager will download the Valid Tracking Rate report.
- If one order is without valid tracking, we will investigate the same day.

We hope for your positive answer.

Best regards,
Emre Aksoy
""",
  style="markdown", rc="Root cause", co="Actions taken", pr="Preventive measures",
  pol=("Valid Tracking Rate",),
  dec=(("tracking-number", "9400111899223847561043"),),
  notes="Turkish seller in US, markdown ### headings, USPS tracking number decoy")

M("brand-contrib-native-034", B, "", "US", "native",
  "Our brand's detail page keeps being changed - listing contribution",
  """Hi Brand Registry Support,

We own the brand Cedar & Smoke (Brand Registry, trademark serial 97554213) and we're the only seller of our grill seasoning line. Over the last two weeks the main image and the title of ASIN B0BW3RLX6D have been changed three times. The new title says "BBQ rub 12 pack" when we only sell a 3 pack, and the image is a stock photo that isn't ours. Buyers are ordering expecting 12 jars and we're getting returns.

Each time, I've fixed it through the Brand Dashboard, and a few days later it changes again. The contribution history doesn't show who made the change.

Could you please lock the title and main image to our brand's contribution and tell us which source keeps overwriting it? I've attached our trademark registration and photos of the actual packaging.

Thanks,
Marcus Reilly
Cedar & Smoke Provisions
""",
  topic="listing-contribution",
  dec=(("trademark-number", "97554213"), ("asin", "B0BW3RLX6D")),
  notes="native brand owner, calm")

M("app-identity-ar-035", A, "identity-verification", "UK", "other-non-native",
  "Identity verification failed - Section 3 - account deactivated",
  """Dear Seller Verification Team,

My account Nile Crafts UK was deactivated and the message says that we could not verify the information I provided, under Section 3 of the Business Solutions Agreement. I am the sole director of Nile Crafts Ltd, registered in England, company number 14302276.

I uploaded my passport and a bank statement, but you said the statement is not clear. Here again are my bank details so you can check them with the bank directly:

Bank: Barclays
Sort code: 20-45-77
Account number: 53198402
Account holder: Nile Crafts Ltd

My address on the statement is the same as in Seller Central: 14 Wellington Road, Croydon, CR0 2JT. I will upload a new statement from March 2026 in colour.

Please tell me what is wrong and reactivate my account, I really want to solve this quickly.

Regards,
Ahmed Fathy
Director, Nile Crafts Ltd
""",
  pol=("Section 3 of the Business Solutions Agreement",),
  sec=(("bank-account", "53198402"),),
  dec=(("postcode", "CR0 2JT"), ("tax-id", "14302276")),
  notes="Egyptian seller in UK, no POA, pastes UK account number with sort code")

M("poa-odr-native-036", A, "odr", "US", "native",
  "POA - ODR - Summit Pet Supply",
  """Seller Performance,

Please see our plan of action for the ODR deactivation on Summit Pet Supply below.

ROOT CAUSE
Our ODR hit 1.8% in February. Most of the defects were negative feedback and A-to-z claims on our automatic pet feeder (ASIN B0C7TL2QRX). A firmware bug in the batch we received in January caused the timer to reset after a power cut, so pets were not fed and owners were rightly upset. We didn't catch it because we only tested the feeder plugged in, never after a power interruption.

CORRECTIVE ACTIONS
Same as above.

PREVENTIVE MEASURES
Every new batch of any electronic product now goes through a 72-hour test that includes unplugging and restarting the device at least five times. The manufacturer has agreed to send us the firmware release notes before each shipment, and we will not send a batch to FBA until we've confirmed the version. I review the Voice of the Customer page every Monday and any product with more than three complaints on the same issue is pulled for review.

Thanks,
Dana Whitaker
Operations, Summit Pet Supply
""",
  style="caps", rc="ROOT CAUSE", pr="PREVENTIVE MEASURES",
  pol=("ODR",),
  dec=(("asin", "B0C7TL2QRX"),),
  notes="native seller, caps headings, corrective section is only 'Same as above.' (hollow)")

M("tech-report-latam-037", T, "", "MX", "latam",
  "Error al descargar el informe de liquidación",
  """Hola,

Desde el lunes no puedo descargar el informe de liquidación (Informe de transacciones por fecha) de Seller Central México. Cuando selecciono el rango de fechas del 1 al 31 de marzo de 2026 y presiono "Generar informe", la página se queda cargando y después aparece el error "Algo salió mal. Inténtelo de nuevo más tarde." (código de error 5665).

Ya probé con Chrome y con Firefox, borré las cookies y también lo intenté desde otra computadora, pero pasa lo mismo. Los informes de febrero sí se descargan sin problema.

Necesito este informe para mi contador porque tengo que presentar la declaración de impuestos este mes. ¿Me pueden ayudar a generarlo o enviármelo por correo?

Muchas gracias,
Fernando Guzmán
Artesanías Oaxaca Vivo
""",
  lang="es", topic="report-error",
  dec=(("error-code", "5665"),),
  notes="Mexican seller writes in Spanish on MX (not English-required)")

M("lst-cond-tr-038", L, "condition", "UK", "turkish",
  "Listing reactivation request - condition - espresso machine",
  """Hello Seller Performance,

Our offer for the espresso machine (ASIN B08XK4PNQ2) was suppressed for "item not as described - condition". This is our POA.

Our POA 1 - Why it happened:
We sell this machine as "Used - Very Good". The buyers said the steam wand is damaged and one unit had no water tank. Our technician in Manchester repairs the machines but he does not test the steam part, only the coffee part. Also the packing person did not check that all accessories are inside the box.

Our POA 2 - What we will do now:
We will test again all 17 machines in stock, including the steam wand and the pump pressure. We will add a checklist inside every box with the accessories. The units that are not perfect will be listed as "Used - Acceptable" with clear description.

Our POA 3 - Prevention:
Every machine will get a test report signed by the technician before packing. Every month I will check the return reasons in the report and speak with the team.

Thank you for your understanding.

Cem Öztürk
Öztürk Coffee Equipment Ltd
""",
  style="our-poa", rc="Our POA 1 - Why it happened:", co="Our POA 2 - What we will do now:", done=False,
  pr="Our POA 3 - Prevention:",
  pol=("item not as described - condition",),
  dec=(("asin", "B08XK4PNQ2"),),
  notes="Turkish seller, 'Our POA 1/2/3' headings, corrective part all future tense")

M("fba-removal-native-039", F, "", "US", "native",
  "Removal order marked complete but units never arrived",
  """Hello,

Removal order RMV-2026-0211-4478 for 65 units (FNSKU X002VN8Q1K, SKU OAK-COASTER-4) shows as Completed on 2/19/2026. We have received nothing. The carrier listed is UPS with tracking 1Z999AA10123456784, but that tracking number shows "label created" only and no movement since Feb 17.

Our warehouse receiving log (attached) shows no delivery from Amazon in February or March. Please investigate and either have the units shipped or reimburse them under the removal order reimbursement terms.

Thank you,
Nora Fitzgerald
Oak Hollow Home
""",
  topic="removal", pol=("removal order reimbursement terms",),
  dec=(("removal-order-id", "RMV-2026-0211-4478"), ("fnsku", "X002VN8Q1K"), ("tracking-number", "1Z999AA10123456784"),
       ("sku", "OAK-COASTER-4")),
  notes="short native removal claim")

M("poa-review-cn-040", A, "review-manipulation", "US", "chinese",
  "Appeal for account KOMOHOME - review manipulation - PLEASE HELP US",
  """Dear Seller Performance Team,

We are very very worried. Our account KOMOHOME was deactivated for review manipulation. This account is the only income for our company of 30 employees in Ningbo, if the account can not be reinstate, all of them will lose the job before Chinese New Year bonus is paid. Please please give us one more chance!!!

**The reason of the problem**
Our new operation staff joined a WeChat group of "review exchange" without telling the manager. In this group sellers buy each other's products and leave 5 star reviews, and she joined 6 times for our kitchen scale ASIN B0CJ8YH3VT. She think it is normal marketing method because other sellers in the group do it. Our manager did not check what she is doing every day.

**What we have did**
1. The staff is dismissed on 2 March 2026.
2. We have left all WeChat and Facebook groups about reviews.
3. We have reported the 6 reviews to Amazon with the Report abuse button and asked to remove them.
4. We have checked all other reviews of our products and found no other review from the group, as we know Amazon Community Guidelines do not allow this.

We know we made a big mistake. We are begging you, we cannot live without this account, our whole family savings is inside this company. We promise it will never happen again.

Kind regards,
Ningbo Komo Household Products Co., Ltd.
Sun Jie
""",
  style="bold", rc="The reason of the problem", co="What we have did",
  pol=("review manipulation", "Amazon Community Guidelines"),
  emo=("We are very very worried.", "Please please give us one more chance!!!", "We are begging you",
       "we cannot live without this account"),
  dec=(("asin", "B0CJ8YH3VT"),),
  notes="Chinese seller, bold headings, pleading about 30 employees; no preventive part (only a promise)")

M("poa-listing-br-041", A, "listing-policy", "US", "latam",
  "Plano de ação - conta desativada por violação das políticas de listagem",
  """Prezada equipe de Desempenho do Vendedor,

Somos a Loja Verde Brasil Comércio Ltda., de Curitiba. Nossa conta foi desativada por violação das políticas de criação de listagens, porque criamos páginas de produto duplicadas para os mesmos itens. Segue o nosso plano de ação.

1. Causa raiz
Nosso funcionário responsável pelo cadastro não sabia que não é permitido criar um novo ASIN para um produto que já existe no catálogo. Ele criou 27 listagens novas para garrafas térmicas que já tinham página, só mudando a cor no título, para aparecer mais vezes na busca.

2. Ações corretivas já realizadas
- Excluímos as 27 listagens duplicadas no dia 4 de março de 2026.
- Agora todas as nossas ofertas estão nas páginas originais dos produtos, usando variações de cor.
- O funcionário e toda a equipe fizeram um treinamento sobre as regras de cadastro da Amazon.

3. Medidas preventivas
- Antes de criar qualquer ASIN, vamos pesquisar no catálogo pelo código EAN e pelo nome do produto.
- Toda nova listagem será revisada pelo gerente antes da publicação.
- Vamos fazer uma auditoria mensal do nosso catálogo.

Agradecemos a atenção e pedimos a reativação da nossa conta.

Atenciosamente,
Rafael Nogueira
Loja Verde Brasil
""",
  lang="pt", style="numbered", rc="1. Causa raiz", co="2. Ações corretivas já realizadas", pr="3. Medidas preventivas",
  pol=("políticas de criação de listagens",),
  notes="Brazilian seller writes the POA in Portuguese on US")

M("tech-upload-vn-042", T, "", "US", "other-non-native",
  "Flat file upload error 8541 - cannot create offers",
  """Dear Seller Support,

We try to upload our inventory file (category Home & Kitchen, bamboo cutting boards) and every row fail with error code 8541 saying the data we provide conflict with the values in Amazon catalog. Our products are new products with our own brand "Tre Xanh" and our own UPC codes, for example 850012347781 for the large board.

We are approved in Brand Registry since January 2026. The file name is TreXanh_upload_0318.xlsx and the batch ID is 58203114021. We checked the UPC in GS1 database and it is registered to our company.

Why the system say our product match with other ASIN? Please check and help us create the listings. We have 1,200 units ready to send to FBA.

Thank you,
Pham Quoc Bao
Tre Xanh Co., Ltd (Ho Chi Minh City)
""",
  topic="listing-upload",
  dec=(("error-code", "8541"), ("upc", "850012347781"), ("file-name", "TreXanh_upload_0318.xlsx"),
       ("feed-id", "58203114021")),
  notes="Vietnamese seller, error code, UPC and feed ID decoys")

M("app-late-native-043", A, "late-shipment", "US", "native",
  "Appeal for reinstatement - late shipment rate - plan attached",
  """Hello Seller Performance Team,

Thank you for the notice regarding our Late Shipment Rate on Frostline Outdoor. We have reviewed every late order from the affected period and put together a full plan of action covering what caused the delays, what we have already fixed, and the controls we've put in place.

The plan is attached as "Frostline_POA.pdf", along with our updated shipping SLA with our 3PL and screenshots of the new handling time settings.

Please let me know if you need anything further from us.

Best,
Alicia Grant
Frostline Outdoor Co.
""",
  att=True, pol=("Late Shipment Rate",),
  dec=(("file-name", "Frostline_POA.pdf"),),
  notes="short native cover letter, POA attached")

M("poa-safety-id-044", A, "product-safety", "SG", "other-non-native",
  "Appeal for account - Rumah Batik Store",
  """Dear Amazon Team,

We are Rumah Batik Store from Yogyakarta, Indonesia, selling on Amazon.sg since 2024. We received the notice that our account is deactivated because of the violation on our baby products. We are very sorry for this.

Reason: our baby sling carrier was made by a new tailor in our village. He used a different buckle than before, and a customer reported that the buckle opened when the baby was inside. Thanks God the baby was not hurt. We did not test the new buckle before selling.

Action: We will stop to sell the baby sling carrier until we find a better buckle. We will ask the customer who reported to send back the product and we will refund her. We are going to check all 40 units in our stock one by one.

Prevention: We will test every new material with 15 kg weight for 24 hours before we use it in production. Also we will buy the buckles only from one certified supplier in Jakarta.

Thank you and we hope you can give back our account.

Best regards,
Dewi Lestari
Rumah Batik Store
""",
  style="inline", rc="Reason:", co="Action:", done=False, pr="Prevention:",
  dec=(("single-apology", "We are very sorry for this."),),
  notes="Indonesian seller, inline headings, only 'the violation' named, actions all future tense")

M("brand-owner-tr-045", B, "", "UK", "turkish",
  "Brand Registry application rejected - we are the trademark owner",
  """Hello Brand Registry team,

We applied to enrol our brand "Kuzey Wool" in Brand Registry and the application was rejected with the reason "We could not verify that you are the trademark owner".

We are Kuzey Tekstil Ltd. Şti. from Bursa and the trademark is registered in UKIPO with number UK00003894512 in class 24 and 25, owner name "Kuzey Tekstil Limited Şirketi". I think the problem is that our company name in Seller Central is written in English "Kuzey Textile Ltd" and in the trademark it is Turkish. But it is the same company, same tax number.

I attach the UKIPO certificate, our Turkish trade registry document with certified English translation, and a photo of our products with the logo.

Please check again and approve the application.

Best regards,
Zeynep Arslan
Export Manager, Kuzey Tekstil
""",
  topic="brand-ownership",
  dec=(("trademark-number", "UK00003894512"), ("foreign-snippet", "Kuzey Tekstil Limited Şirketi")),
  notes="Turkish brand owner, name mismatch between Turkish and English company name")

M("cat-jewel-latam-046", C, "", "US", "latam",
  "Follow up - Fine Jewelry approval request",
  """Hello,

I am following up about my application to sell in Fine Jewelry, submitted on March 2. I have not received any answer in 3 weeks.

We are Plata Taxco Artesanal, a family workshop in Taxco, Guerrero, and we make sterling silver 925 jewelry by hand. Every piece is stamped with "925" and our maker mark. I uploaded the lab report from an independent assay office that confirms the silver purity, our invoices from the silver supplier, and photos of the stamps.

Please let me know if something is missing. We would appreciate the opportunity to show our work to Amazon customers.

Thank you,
Gabriela Ortiz
Plata Taxco Artesanal
""",
  topic="jewelry",
  dec=(("mild-plea", "We would appreciate the opportunity to show our work to Amazon customers."),),
  notes="Mexican artisan follow-up, polite and short")

M("lst-patent-native-047", L, "ip-patent", "US", "native",
  "Listing removed for patent infringement claim - we do not infringe",
  """To the Notice Dispute team,

Our listing for the FlexiDock laptop stand (ASIN B0C2KMW8TJ) was removed after a patent infringement claim citing US Patent No. 11,284,662. We believe this claim is mistaken and ask that the listing be restored.

Patent 11,284,662 covers a stand with a gas-spring hinge that locks at fixed angles. Our stand uses a friction hinge with no spring and no fixed stops; it is a design we've sold since 2021, and our own design patent (D978,415) was granted last year. We've attached a short non-infringement summary from our patent attorney, Laura Kim of Kim & Patel LLP, comparing the claims of the patent to our product, plus photos of the hinge.

We also contacted the complainant directly on March 20 and have not received a response. If they have a specific claim they believe we infringe, we're happy to discuss it with them.

Thank you,
Steven Alvarez
FlexiDock Inc.
""",
  pol=("patent infringement",),
  dec=(("asin", "B0C2KMW8TJ"), ("patent-number", "11,284,662"), ("patent-number", "D978,415")),
  notes="native seller disputes a patent claim; a listing appeal with no POA")

M("poa-price-in-048", A, "price-gouging", "IN", "indian",
  "POA for account deactivation under Fair Pricing Policy",
  """Dear Sir/Madam,

This is with reference to the deactivation of our account Shubh Labh Traders under the Fair Pricing Policy. Please find our plan of action.

(a) Corrective actions taken
- Prices of all 38 N95 masks and sanitiser listings have been reduced to the MRP or lower on 6th March 2026.
- We have refunded the price difference to all 112 customers who purchased at higher price.
- The automatic pricing rule in our software has been switched off.

(b) Preventive steps
- Our prices will never be above the MRP printed on the product.
- The accounts manager will check the business reports every day for any sudden change in price.
- Any price change of more than 5% will need approval from the owner.

We request you to kindly reinstate our account. We will strictly follow Amazon policies.

Regards,
Vikram Joshi
Shubh Labh Traders, Ahmedabad
""",
  style="lettered", co="(a) Corrective actions taken", pr="(b) Preventive steps",
  pol=("Fair Pricing Policy",),
  notes="Indian seller, lettered (a)/(b) headings, no root cause")

M("fba-whdmg-sa-049", F, "", "SA", "other-non-native",
  "طلب تعويض عن منتجات تالفة في مركز التوزيع",
  """مرحباً فريق دعم البائعين،

لاحظت في تقرير تعديلات المخزون أن 9 وحدات من منتجنا (مبخرة نحاسية، رمز SKU: DH-BAKHOOR-03) تم تسجيلها كتالفة داخل مركز التوزيع في الرياض بتاريخ 18 فبراير 2026، مع رمز السبب "تلف في المستودع". لم نستلم أي تعويض حتى الآن، ومرّ أكثر من 30 يوماً.

المنتج كان في حالة ممتازة عند وصوله، والشحنة استُلمت بالكامل بدون أي ملاحظات. تكلفة الوحدة الواحدة 85 ريالاً سعودياً، وأرفقت فاتورة الشراء من المورد.

أرجو مراجعة الحالة وتعويضنا عن الوحدات التالفة حسب سياسة تعويض مخزون FBA.

شكراً لكم،
فهد العتيبي
متجر دار البخور
""",
  lang="ar", topic="warehouse-damaged", pol=("سياسة تعويض مخزون FBA",),
  dec=(("sku", "DH-BAKHOOR-03"),),
  notes="Saudi seller writes in Arabic on SA (not English-required)")

M("poa-drop-native-050", A, "drop-shipping", "US", "native",
  "Appeal - dropshipping policy - I'm at the end of my rope",
  """Hi,

I'm honestly at the end of my rope here. This is the second time my account has been shut down in a month and I have put EVERYTHING I own into this business. My savings, my kids' college fund, all of it. I'm 58 years old and this was supposed to be my retirement plan. Please don't let it end like this.

## What I've done

- I cancelled my account with the supplier website I was ordering from and canceled every open order that would have shipped from them.
- I bought inventory outright (invoices attached) and all of it now ships from my own garage in Tucson, with my business name on the packing slip and on the return label.
- I refunded the four customers who got packages with another company's invoice in the box.

## So it never happens again

- I will only list items I physically have on the shelf. If the count is zero, the listing is zero.
- I read the dropshipping policy start to finish and printed it out, it's on my wall.
- I will check every outgoing box myself before the carrier picks it up.

Please, I am asking you as one human being to another, give me this one chance. I have nothing else.

Bill Kowalczyk
Desert Bloom Finds
""",
  style="markdown", co="What I've done", pr="So it never happens again",
  pol=("dropshipping policy",),
  emo=("I'm honestly at the end of my rope here.", "I have put EVERYTHING I own into this business",
       "this was supposed to be my retirement plan", "Please don't let it end like this.",
       "I am asking you as one human being to another", "I have nothing else."),
  notes="native seller, emotional plea around a POA with no root cause")

# ---------------------------------------------------------------- chunk 3: 051-075

M("lst-iptm-latam-051", L, "ip-trademark", "US", "latam",
  "Reinstatement - trademark complaint - phone cases",
  """Hello Amazon,

We received a notice that our listing for the silicone phone case (ASIN B0CN5RJ7WX) was removed for a trademark complaint by the owner of the brand "Glossy Grip". Below is our answer.

Root cause:
Our supplier in Shenzhen sent us product photos that had the "Glossy Grip" logo on the back of the case. Our designer in Medellín used these photos for the listing without noticing the logo, and also used "glossy grip" in the title as a description of the finish. We do not sell Glossy Grip products, our cases have no logo.

Corrective actions:
TBD - we are waiting for the new photos from our photographer, I will update this section next week.

Preventive actions:
All photos will come only from our own photo sessions, never from suppliers. Before publishing, our team will search every word of the title in the USPTO trademark database (TESS) to see if it is a registered brand. We will do a monthly review of all active listings.

Thank you,
Santiago Restrepo
Medellín Cases SAS
""",
  style="colon", rc="Root cause:", pr="Preventive actions:",
  pol=("trademark complaint",),
  dec=(("asin", "B0CN5RJ7WX"),),
  notes="Colombian seller, corrective section left as 'TBD' (hollow)")

M("app-inauth-ar-052", A, "inauthentic", "AE", "other-non-native",
  "Request to reactivate my seller account - Golden Oud",
  """Dear Amazon Seller Performance,

I am Mahmoud Saleh, owner of Golden Oud General Trading in Dubai. My seller account was deactivated last week and I received the notification about it. I read it many times but I am not sure what exactly I did wrong.

We sell perfumes and oud oil. All our perfumes are bought from the official distributors in UAE and we have the tax invoices for every purchase. I have uploaded the invoices of the last 12 months, the trade license and the distributor letters.

Please can you check my documents and tell me what is the problem, so I can fix it. We have been selling on Amazon.ae for 3 years with good rating and this is the first time we have an issue.

Kindly give us chance to continue our business.

Thank you and best regards,
Mahmoud Saleh
Golden Oud General Trading LLC
""",
  dec=(("mild-plea", "Kindly give us chance to continue our business."),),
  notes="Egyptian seller in UAE, no POA and no policy named, polite plea")

M("tech-deposit-native-053", T, "", "US", "native",
  "Deposit method change keeps failing - routing number rejected",
  """Hi Seller Support,

I've been trying to update my deposit method for three days. We moved our business checking from our old credit union to Chase, and every time I enter the new details I get "The routing number you entered is not valid."

Here's exactly what I'm entering:

Account holder: Blue Heron Paper Co LLC
Routing number: 021000021
Account number: 8830019472

I've double checked these with the bank and with our voided check, they are correct. My current disbursement of about $6,200 is scheduled for Friday and I don't want it to go to the old account, which we're closing at the end of the month.

Can someone look at this and either fix the form or add the account on your side?

Thanks,
Kelsey Brandt
Blue Heron Paper Co
""",
  topic="deposit-method",
  sec=(("routing-number", "021000021"), ("bank-account", "8830019472")),
  notes="native seller pastes a US routing number and account number")

M("poa-cancel-tr-054", A, "cancel-rate", "US", "turkish",
  "Appeal - cancellation rate - Efes Home",
  """Dear Seller Performance Team,

Our account Efes Home was deactivated because the cancellation rate before fulfilment was 4.8%, above the 2.5% limit of the Pre-fulfillment Cancel Rate metric.

The problem started when our main product, the copper coffee pot (cezve), was stuck at customs in Newark for 19 days. We are shipping merchant-fulfilled from our small warehouse in New Jersey and we had only 3 days of stock. We did not lower the quantity in Seller Central because we thought the goods will arrive every day, and when they did not arrive we had to cancel 36 orders.

We have already changed the quantity of all products to the real physical stock, and we added a safety margin of 5 units, so the listing shows 0 before we really run out. The delayed goods arrived on 14 March and all back orders were shipped with tracking. We sent a message of apology to the customers whose orders were cancelled.

To stop this from happening again, our customs broker will inform us 10 days before every container, and we will keep minimum 45 days of stock in the US. If a container is late, we will move the products to FBA or set a longer handling time, instead of accepting orders we can not ship.

Thank you for considering our appeal.

Best regards,
Deniz Koç
Efes Home LLC
""",
  style="none", rc="The problem started when our main product", co="We have already changed the quantity",
  pr="To stop this from happening again",
  pol=("Pre-fulfillment Cancel Rate",),
  notes="Turkish seller in the US, POA in paragraphs with no headings")

M("fba-lostin-cn-055", F, "", "US", "chinese",
  "Inbound shipment missing 2 pallets - reimburse to our bank",
  """Dear Amazon Seller Support,

Our shipment FBA15K9TQZ2P to LGB8 was delivered by LTL carrier on 2026-02-06 with 6 pallets, the BOL number is 702448913 and PRO number 448120936. But in the Shipment Events only 4 pallets were received, 2 pallets (96 cartons, 1,152 units of SKU HX-LAMP-W1) is missing.

We have the signed BOL with the stamp of the fulfillment center. Please investigate and reimburse us for the missing units.

Our finance colleague ask me to write the bank information so you can send the money directly:
收款公司：深圳市恒星照明有限公司
开户行：中国银行深圳南山支行
银行账号：7453 2210 9876 5512

Thank you!
Hengxing Lighting
Chen Jiaming
""",
  topic="lost-inbound",
  sec=(("bank-account", "7453 2210 9876 5512"),),
  dec=(("shipment-id", "FBA15K9TQZ2P"), ("bol-number", "702448913"), ("pro-number", "448120936"),
       ("sku", "HX-LAMP-W1")),
  notes="Chinese seller pastes 银行账号 with 开户行 in Chinese; BOL and PRO numbers as decoys")

M("lst-safety-native-056", L, "product-safety", "US", "native",
  "Appeal - listing suppressed - CPSC recall notice",
  """Hello,

Our listing for the Pebble Bright night light (ASIN B0BZ8RV4MQ) was removed with a note that the product may be subject to a product safety concern after a customer reported the plug getting hot.

**Root cause**
Our investigation found that one production lot, lot PB-2311, used a different capacitor from a second supplier that our manufacturer brought in during a shortage. That capacitor runs hotter than the spec when the room temperature is above about 85°F. The units in other lots use the original part and do not show the issue.

**Corrective action**
Please see the attached documents.

**Preventive action**
Our manufacturer has agreed in writing that no component substitution happens without our sign-off and a new UL test on the changed part. We'll also do our own thermal test on the first 20 units from every new lot before it ships to us, and we keep a record of component suppliers per lot.

Thank you,
Jordan Ellis
Pebble Bright Home
""",
  style="bold", rc="Root cause", pr="Preventive action",
  pol=("product safety concern",),
  dec=(("asin", "B0BZ8RV4MQ"), ("lot-number", "PB-2311")),
  notes="native seller, bold headings, corrective part is only 'see the attached documents'")

M("app-odr-latam-057", A, "odr", "US", "latam",
  "POR FAVOR - cuenta desactivada por Order Defect Rate",
  """Hello Amazon team,

My name is Luis Hernández, I am from Venezuela and I live in Doral, Florida. My account Caribe Deals was deactivated because of the Order Defect Rate. Por favor, I need help!!

I left my country with nothing, I started this business from ZERO with my wife, we work 14 hours every day. This account is how we pay the rent and the school of our 3 kids. Without the account we will be on the street, no tenemos nada más.

I know some customers were not happy, the problem was with the shipping company, not with me. But I am responsible, I accept it. I only ask you to PLEASE read my case and give me the opportunity. I don't know how to write a plan, I am not a lawyer, I am only a working man.

God bless you,
Luis Hernández
Caribe Deals
""",
  pol=("Order Defect Rate",),
  emo=("Por favor, I need help!!", "I left my country with nothing", "Without the account we will be on the street",
       "PLEASE read my case"),
  dec=(("foreign-snippet", "no tenemos nada más"),),
  notes="Venezuelan seller in Florida, no POA, emotional with Spanish phrases")

M("poa-iptm-pl-058", A, "ip-trademark", "UK", "other-non-native",
  "Plan of action - trademark infringement - Bałtyk Design",
  """Dear Sir or Madam,

Our account Bałtyk Design was deactivated after receiving several notices for trademark infringement on amber jewellery listings. We present our plan of action.

A. Immediate actions completed
1. We deleted all 14 listings where the complaining brand name "Amberline" was used in the title or keywords.
2. We made a full audit of our 312 active listings with the help of a trademark attorney in Gdańsk, and changed 9 other titles with words that could be confused with registered brands.
3. We contacted the rights owner's solicitor and signed a declaration that we will not use their mark. A copy is attached.

B. Measures for the future
1. Every new listing will be checked by our attorney against the UKIPO and EUIPO registers before publication.
2. Keywords and backend search terms will be reviewed every quarter.
3. All our staff completed a training on Amazon Intellectual Property policies on 25 March 2026.

We kindly ask for reinstatement of our selling privileges.

Yours faithfully,
Katarzyna Nowak
Bałtyk Design Sp. z o.o.
""",
  style="lettered", co="A. Immediate actions completed", pr="B. Measures for the future",
  pol=("trademark infringement", "Amazon Intellectual Property policies"),
  notes="Polish seller, lettered headings, never explains how the mark got into the titles")

M("brand-hijack-in-059", B, "", "IN", "indian",
  "Unauthorised seller on our brand listing - Rangoli Crafts",
  """Dear Brand Registry Team,

We are the registered brand owner of "Rangoli Crafts" (Trademark Application No. 5128843, Class 20) and enrolled in Amazon Brand Registry. An unknown seller "SuperMart India 24" has started selling on our ASIN B0CF7LPZ3K (handmade wooden diya stand) at a very low price.

We are the only manufacturer of this product and we have never sold to any distributor. We did a test purchase, order number 171-6639204-5518307, and the product received is a poor-quality copy made of MDF, not sheesham wood.

Kindly take action against this seller and remove them from our listing. Photos of the test purchase product and our original product are attached for your reference.

Awaiting your positive response.

Regards,
Meera Agarwal
Rangoli Crafts, Saharanpur
""",
  topic="hijacker",
  dec=(("trademark-number", "5128843"), ("asin", "B0CF7LPZ3K"), ("order-id", "171-6639204-5518307")),
  notes="Indian brand owner reports a hijacker, calm")

M("poa-usednew-tr-060", A, "used-sold-as-new", "UK", "turkish",
  "Hesap askıya alma itirazı - kullanılmış ürün yeni olarak satıldı",
  """Sayın Amazon Satıcı Performans Ekibi,

Mağazamız Anadolu Elektronik, "kullanılmış ürünün yeni olarak satılması" şikayetleri nedeniyle askıya alındı. Aşağıda eylem planımızı sunuyoruz.

Sorunun nedeni
Müşterilerden iade gelen kulaklıkları depomuzda kontrol eden çalışanımız, ambalajı açılmamış gibi görünen ürünleri tekrar "Yeni" stoğuna koydu. Oysa bu ürünlerin bir kısmı kullanılmıştı. İade edilen ürünler için yazılı bir kontrol prosedürümüz yoktu.

Yaptıklarımız
- İade gelen bütün ürünleri "Yeni" stoğundan çıkardık ve ayrı bir rafa koyduk.
- Şikayet eden 11 müşterinin parasını tamamen iade ettik.
- Stokta bulunan 64 kulaklığı tek tek kontrol ettik; ambalajı açılmış 7 ürünü "İkinci El" olarak listeledik.

Alacağımız önlemler
- İade edilen hiçbir ürün bir daha "Yeni" olarak satılmayacak.
- Depo çalışanlarımız için yazılı bir iade kontrol listesi hazırladık ve eğitim verdik.
- Her ay iade ve şikayet raporlarını mağaza müdürü kontrol edecek.

Hesabımızın yeniden açılmasını saygılarımızla rica ederiz.

Hasan Yılmaz
Anadolu Elektronik Ltd
""",
  lang="tr", style="plain", rc="Sorunun nedeni", co="Yaptıklarımız", pr="Alacağımız önlemler",
  pol=("kullanılmış ürünün yeni olarak satılması",),
  notes="Turkish seller writes a full POA in Turkish on UK")

M("cat-auto-native-061", C, "", "US", "native",
  "Automotive & Powersports approval - status?",
  """Hi there,

Just checking on our request to sell in Automotive & Powersports. We submitted it on March 9 with our distributor invoices from Keystone Auto Supply and our fitment data file, and the status has said "Under review" for two weeks now.

We are a brick-and-mortar parts store in Dayton, Ohio, in business since 1998, and we'd like to list aftermarket brake pads and filters. Let me know if there's anything else you need from us.

Thanks,
Ray Dombrowski
Miami Valley Auto Parts
""",
  topic="automotive",
  notes="short native follow-up on a category request")

M("poa-restr-cn-062", A, "restricted-products", "US", "chinese",
  "POA - Restricted Products policy - lithium battery listings",
  """Dear Seller Performance Team,

Our account Voltking Power was deactivated for violation of the Restricted Products policy, because we sold lithium power banks which are hazmat (dangerous goods) without the safety data sheet and without UN38.3 test report. Here is our plan of action.

ROOT CAUSE
1. Our company is new on Amazon US, we only sold on AliExpress before, and on AliExpress the battery products do not need the same documents. Our operation staff did not read the US rules for lithium batteries.
2. The factory gave us the MSDS only in Chinese language and we thought it is enough.
3. We mark the product as "not dangerous goods" when create the listing because we did not understand the question about batteries (UN3481).
4. Our company has no compliance staff. The operation staff is responsible for listing, advertising and customer service at the same time, she has too much work and nobody check her listing before it is online.
5. When Amazon sent the first warning email in January asking for the safety data sheet, the email went to the mailbox of a staff who already left our company, so we did not see it and did not answer in time.
6. We did not read the Amazon seller help pages carefully, we only watched some videos on Chinese social media about how to sell on Amazon US, and these videos did not mention the battery rules.

PREVENTIVE MEASURE
1. All products with battery will be checked by our compliance manager before listing, he will confirm UN38.3 report, English SDS and the correct dangerous goods classification.
2. We will keep a document folder for each ASIN and update every year.
3. All staff will study Amazon's dangerous goods rules and pass a test.
4. The notification email of Seller Central is changed to a group mailbox, three managers receive every email from Amazon and must answer within 24 hours.
5. We will hire a third-party compliance consultant to check our catalog every half year.

Thank you for your review, we hope to get our account back.

Shenzhen Voltking Technology Co., Ltd.
Li Hao
""",
  style="caps", rc="ROOT CAUSE", pr="PREVENTIVE MEASURE",
  pol=("Restricted Products policy", "hazmat"),
  dec=(("un-number", "UN3481"),),
  notes="Chinese seller, caps headings, no corrective section at all (cause and prevention only)")

M("tech-api-native-063", T, "", "US", "native",
  "SP-API: 403 Unauthorized on Orders API after app re-authorization",
  """Hello Developer Support,

Since we re-authorized our private SP-API application on March 18, every call to getOrders returns 403 "Access to requested resource is denied", even though the Feeds and Reports endpoints still work with the same refresh token.

Details:
- Application ID: amzn1.sp.solution.4f7c2a90-1b3e-4d8a-9c61-7e2b5f0d8a34
- Selling partner: Tidewater Goods (US marketplace)
- Roles on the app: Inventory and Order Tracking, Product Listing, Pricing
- Region endpoint: sellingpartnerapi-na.amazon.com

We did not change roles, only rotated the LWA credentials as required. The request ID from the latest failure is 7d4b1e2a-55c0-4a8f-b3e9-0c6d2f91a7b2.

Is the Orders role tied to the old authorization in some way? Do we need to request a restricted data token for these calls now? Any guidance would be appreciated.

Thanks,
Chris Navarro
Tidewater Goods
""",
  topic="api",
  dec=(("app-id", "amzn1.sp.solution.4f7c2a90-1b3e-4d8a-9c61-7e2b5f0d8a34"),),
  notes="native developer, API error with app ID decoy")

M("lst-inauth-tr-064", L, "inauthentic", "DE", "turkish",
  "Reactivation of ASIN B0D3QW7YKL - Plan of action",
  """Dear Amazon Team,

We received the notification for our ASIN B0D3QW7YKL (men's leather belt) and the listing is now inactive. Please find our plan of action.

1. What is the reason
We think the customer was not happy because the belt came in a plain brown box without brand logo. Our brand boxes were finished in our factory in Denizli, and for 3 weeks we shipped in plain boxes. The customer maybe thought the belt is a copy.

2. What we will do
- We will send the brand boxes to the FBA warehouse and relabel all units.
- We will send our invoices from the leather supplier and our production records.
- We are going to write to the customer and explain.

3. How we avoid it again
- We will always keep 3 months stock of brand boxes.
- We will never ship a product without our branded packaging.

Thank you for your help.

Best regards,
Onur Kaya
Kaya Deri Ltd. Şti.
""",
  style="numbered", rc="1. What is the reason", co="2. What we will do", done=False, pr="3. How we avoid it again",
  dec=(("asin", "B0D3QW7YKL"),),
  notes="Turkish seller on DE, names only 'the notification', actions all planned")

M("fba-return-latam-065", F, "", "US", "latam",
  "Customer return received damaged - claim for reimbursement",
  """Hi,

Order 114-2098473-3317026 was returned by the customer and Amazon gave them a full refund. When the item came back to the fulfillment center, it was marked as "Customer damaged" and placed as unsellable. But the photos from the return inspection show the product was used and the box was destroyed, and the customer said "defective" which is not true.

I believe I should receive a reimbursement because the customer returned a different condition than they received, and Amazon accepted the return after the 30-day window (the order was delivered on 02/01 and the return was received on 03/12).

Product: hand-woven hammock, ASIN B0C1TXP9VR, LPN LPNRR884721035

Can you check and reimburse me? Thank you.

Mariana Castillo
Hamacas del Sol (Yucatán)
""",
  topic="customer-return",
  dec=(("order-id", "114-2098473-3317026"), ("asin", "B0C1TXP9VR"), ("lpn", "LPNRR884721035")),
  notes="Mexican seller, customer return claim with LPN decoy")

M("poa-related-native-066", A, "related-accounts", "US", "native",
  "Appeal - related account deactivation - Greenway Garden Supply",
  """Hello Seller Performance,

Greenway Garden Supply was deactivated because it was found to be related to an account that is not in good standing. We've looked into this carefully, because at first I honestly didn't know what account you could mean. I went through our Seller Central login history as far back as it goes, our payment settings, our bank records and my own memory of how the account was set up, and I believe I have found the connection. I want to lay it out fully rather than just deny it.

## What caused the link

My brother-in-law, Paul Greer, had a seller account (Greer Outdoor) that was suspended in 2024 for performance problems. In 2025 he helped me set up my account and, for about two months, logged into my Seller Central from his own laptop and home network to help me create listings. He also added his credit card as a temporary payment method while I waited for my business card. That is almost certainly how the two accounts were tied together. Paul has no ownership in my business and never had. He has never been paid by the company, has never had access to our bank account, and has not logged in since February 2025. The root of it is that I treated setting up the account like asking a relative to help with a spreadsheet. I didn't think about what it means for Amazon when a new account is opened from the same laptop, the same home network and with the same card as an account that was shut down. I should have, and that's on me.

## What we have done

- Paul's user permissions were removed and his card was taken off the account in February.
- Every password was changed, and two-step verification is on for every user, using only my phone.
- The business now uses only its own Amex and its own bank account, both in the LLC's name; statements are attached.
- I've attached my LLC formation documents and the operating agreement showing I'm the sole member.
- I've also attached a signed statement from Paul confirming he has no interest in Greenway Garden Supply and will not access the account again.
- I reviewed every listing, shipping template and FBA setting to make sure nothing on the account was copied from Greer Outdoor. Nothing was; our catalog is our own.

## How we'll keep it separate

- Only my employees, on company devices, will access Seller Central. No family members or outside helpers.
- No payment method or bank account that isn't in the company's name will be added.
- I check the user permissions page and the login activity on the first of every month, and I keep a note of what I checked.
- If I ever need outside help again, it will be a paid service provider under a written contract, using their own user login that I can remove at any time.

Thank you for your time.

Angela Ruiz
Greenway Garden Supply LLC
""",
  style="markdown", rc="What caused the link", co="What we have done", pr="How we'll keep it separate",
  pol=("related to an account that is not in good standing",),
  notes="native seller, markdown headings in own words, a family member's account")

M("app-restr-tr-067", A, "restricted-products", "UK", "turkish",
  "WHY MY ACCOUNT IS CLOSED??? No explanation!!!",
  """Hello,

My account Safran Bazaar is closed since 4 days and nobody tells me WHY!!! I received an email but it only says "your selling privileges have been removed" and some link. I sell Turkish delight, spices and tea since 2021, I never had any problem.

I paid for my inventory 14,000 pounds and it is in your warehouse. You are keeping my money and my goods!!! This is not fair, this is stealing. My accountant says I should go to court in London if you do not answer in 7 days.

I am a honest person, I pay my taxes in UK. Please tell me what is the problem and open my account. I attach again my company documents and the food registration from the council.

Mustafa Erdem
Safran Bazaar Ltd
""",
  emo=("nobody tells me WHY!!!", "You are keeping my money and my goods!!!", "this is stealing",
       "I should go to court in London"),
  notes="Turkish seller in the UK, angry, no POA and no policy named, threatens court")

M("tech-tax-latam-068", T, "", "US", "latam",
  "Tax interview keeps asking for W-8BEN-E again",
  """Hello Seller Support,

Our company is Pampero Leather SRL from Córdoba, Argentina. We completed the tax interview in January with the W-8BEN-E form, and it was accepted. Now Seller Central shows a banner again: "Your tax information is incomplete. Please complete the tax interview to avoid account restrictions."

When I open the interview, all fields are empty and it asks for the form again. Our US EIN is 98-1772340 (we got it for our US sales) and our Argentine CUIT is 30-71654321-9. We don't have any US office.

Did something change? Should we fill the form again or is this a system error? I don't want to submit it twice and have a mismatch.

Thank you,
Florencia Paz
Pampero Leather SRL
""",
  topic="tax-interview",
  dec=(("tax-id", "98-1772340"), ("tax-id", "30-71654321-9")),
  notes="Argentine seller, tax interview loop, EIN and CUIT decoys")

M("poa-late-ar-069", A, "late-shipment", "AE", "other-non-native",
  "Our POA for late shipment rate - Souq Al Fakhama",
  """Dear Seller Performance Team,

Kindly find below our POA regarding the late shipment rate on our account Souq Al Fakhama (merchant fulfilled orders from our warehouse in Al Quoz).

Our POA - Root cause:
In the last two weeks of Ramadan our orders increased by almost 200%. Most of our warehouse staff were on reduced working hours during the holy month, and our courier Aramex had pickup delays. We did not adjust the handling time, so many orders were confirmed shipped after the expected ship date.

Our POA - Actions we took:
- We changed the handling time for all products from 1 day to 3 days on 20 March 2026.
- We have shipped all pending orders and confirmed them with tracking.
- We hired 4 temporary packers until the end of Eid.
- We moved 60 of our best-selling ASINs to FBA, the first shipment was received on 28 March.

We believe these actions solve the issue and we request to restore our account.

Regards,
Rania Aziz
Operations Manager
""",
  style="our-poa", rc="Our POA - Root cause:", co="Our POA - Actions we took:",
  pol=("late shipment rate",),
  notes="Arabic-speaking seller in Dubai, 'Our POA' headings, no preventive part")

M("brand-transp-cn-070", B, "", "US", "chinese",
  "Transparency codes rejected at FBA - our brand is enrolled",
  """Dear Brand Registry Support,

Our brand AQUAZEN (water filter pitchers) is enrolled in Transparency program since 2025. Last week our shipment FBA16PX4WM9R was received but 480 units are marked as "Transparency code missing or invalid" and put in unfulfillable.

We printed the codes from the Transparency portal, for example the code on one unit is AZ:9F4K2-7TQWX-3LMP8 and we can scan it successfully with the Transparency app. We don't know why the fulfillment center can not read it. Maybe the label is too small? Our label size is 1 x 1 inch.

Please help us check the problem, and tell us if we need to relabel. It is very urgent for us because our stock on sale is only 5 days.

Best regards,
Xu Meiling
Hangzhou Aquazen Co., Ltd.
""",
  topic="transparency",
  dec=(("shipment-id", "FBA16PX4WM9R"), ("transparency-code", "AZ:9F4K2-7TQWX-3LMP8")),
  notes="Chinese brand owner, Transparency codes rejected; urgent but calm")

M("poa-condition-in-071", A, "condition", "IN", "indian",
  "POA for account deactivation - condition complaints on refurbished mobiles",
  """Respected Team,

Our account Mobile Bazaar Hyderabad has been deactivated due to high number of condition complaints on refurbished mobile phones listed as "Renewed". Please find our plan of action.

1) Root cause
We source refurbished phones from two vendors in Mumbai. One vendor changed his refurbishing technician in January and the phones from him had weak batteries (below 80% health) and some had scratches on the screen. We did not test battery health at our end, we only checked that the phone switches on.

2) Corrective action
Please refer attached document.

3) Preventive action
- Every phone will be tested for battery health, camera, speaker and touch with a 20-point checklist before listing.
- Only phones with more than 85% battery health will be sold as Renewed.
- We will stop buying from vendors whose return rate is above 3%.

Kindly review and revert.

Thanks & Regards,
Syed Imran
Mobile Bazaar
""",
  style="numbered", rc="1) Root cause", pr="3) Preventive action",
  pol=("condition complaints",),
  notes="Indian seller, corrective section only 'Please refer attached document'")

M("lst-price-latam-072", L, "price-gouging", "US", "latam",
  "Reinstatement - price policy - hand sanitizer gel",
  """Hello Amazon Team,

Our listing for the hand sanitizer gel 500ml (ASIN B0CYT3MR8D) was deactivated because the price was flagged by the Fair Pricing Policy during the flu season.

Root cause: we are a small business in Puerto Rico and we changed our supplier because the old one closed. The new supplier price was almost double, so our person in charge raised the price from $8.99 to $21.99 without checking the prices of other sellers. We did not know that a big price increase in a short time is considered unfair by Amazon.

Corrective action: we will lower the price back to $9.99, which covers our new cost with a small margin. We are going to contact the buyers who paid $21.99 and we will offer them a refund of the difference.

Prevention: the owner will approve every price increase over 10%, and we will look at the price history of the listing before any change.

Thank you,
Isabel Rivera
Boricua Essentials
""",
  style="inline", rc="Root cause:", co="Corrective action:", done=False, pr="Prevention:",
  pol=("Fair Pricing Policy",),
  dec=(("asin", "B0CYT3MR8D"),),
  notes="Puerto Rican seller, inline headings, corrective only planned")

M("fba-whlost-ca-073", F, "", "CA", "other-non-native",
  "Demande de remboursement - unités perdues à l'entrepôt YYZ4",
  """Bonjour,

Selon le rapport de rapprochement de l'inventaire, 22 unités de notre produit (UGS : ERAB-SIROP-500, FNSKU : X003T7PJ2M) ont été déclarées perdues à l'entrepôt YYZ4 le 9 février 2026. Plus de 30 jours se sont écoulés et nous n'avons reçu ni remboursement ni avis indiquant que les unités ont été retrouvées.

Il s'agit de sirop d'érable en bouteille de verre de 500 ml. Le coût unitaire est de 11,75 $ CA, comme le montre la facture jointe.

Pourriez-vous vérifier et procéder au remboursement, conformément à la politique de remboursement des stocks Expédié par Amazon?

Merci beaucoup,
Geneviève Tremblay
Érablière Tremblay inc.
""",
  lang="fr", topic="warehouse-lost", pol=("politique de remboursement des stocks Expédié par Amazon",),
  dec=(("fnsku", "X003T7PJ2M"), ("sku", "ERAB-SIROP-500")),
  notes="Québec seller writes in French on CA, which Seller Support accepts (no non-english defect)")

M("app-review-in-074", A, "review-manipulation", "IN", "indian",
  "Request for reinstatement - account deactivated for reviews",
  """Dear Seller Performance Team,

We have received your email that our account Ayush Organics is deactivated for manipulation of customer reviews. We are shocked to see this because we have never asked any customer to give positive review or paid for reviews.

Our products are cold pressed oils and we have been selling on Amazon.in since 2022 with 4.4 rating. Some customers who are our relatives and friends may have bought our products and given reviews on their own, but we never told them to do so.

We request you to please share the details of which reviews are the problem, so that we can understand and take action. Kindly reinstate our account as early as possible, our inventory is stuck in FBA.

Thanks and Regards,
Pooja Reddy
Ayush Organics, Bengaluru
""",
  pol=("manipulation of customer reviews",),
  notes="Indian seller denies and asks for details; no POA")

M("poa-counterfeit-latam-075", A, "counterfeit", "US", "latam",
  "Appeal for my account - Tequila glassware",
  """Hi team,

My store Jalisco Glass Co. was suspended because of the complaint on our listing of tequila glasses. I want to explain what happened.

The problem happened because we printed a small agave logo on the glasses that is very similar to the logo of a famous tequila brand. Our designer found the image on Google and we thought it was a free image. Nobody in our company checked if the logo belongs to someone.

We have already removed the listing and sent a removal order for the 420 glasses in FBA (they will be destroyed). We made a new design with our own logo, made by a professional designer with a contract that gives us the rights. We also sent a letter to the brand to apologise, and they answered that they accept if we do not sell the old design anymore.

Thank you for reading and I hope to sell again soon.

Ricardo Morales
Jalisco Glass Co.
""",
  style="none", rc="The problem happened because", co="We have already removed the listing",
  notes="Mexican seller, prose POA with no headings, only 'the complaint' named, no preventive part")

# ---------------------------------------------------------------- chunk 4: 076-100

M("lst-copy-tr-076", L, "ip-copyright", "UK", "turkish",
  "Copyright complaint - listing removed - please reinstate",
  """Hello,

Our listing for the Iznik pattern ceramic plate (ASIN B0CL4RZ8NP) was removed because of a copyright complaint from an artist.

**Actions completed**
- We deleted the listing images and the description text on the same day.
- We took new photos of our own plates in our workshop in Kütahya and uploaded them.
- We wrote new description text ourselves.
- We sent a message to the artist to say sorry.

Please reinstate the listing. This is one of our best products and we have 150 units in the FBA warehouse.

Thank you,
Gülşen Aktaş
Kütahya Çini Atölyesi
""",
  style="bold", co="Actions completed",
  pol=("copyright complaint",),
  dec=(("asin", "B0CL4RZ8NP"),),
  notes="Turkish seller, one bold heading with actions only: no cause and no prevention")

M("poa-psa-latam-077", A, "prohibited-seller-activities", "US", "latam",
  "APPEAL - Prohibited Seller Activities - PLEASE I NEED MY ACCOUNT",
  """Dear Amazon,

I am desperate, please read my appeal. My account Quisqueya Beauty was deactivated for Prohibited Seller Activities and Actions because I put my WhatsApp number and my website on the packing slip and in the product inserts. I did not know!!! Nobody told me!!! I am a single mother with two kids and this account is our only income, I have no other job.

ROOT CAUSE
I copied the insert from my Instagram shop, where I always give my WhatsApp so customers can ask about the hair products. I did not read the Amazon rules about contacting buyers outside Amazon. This is my fault.

CORRECTIVE ACTION
I will print new inserts without the WhatsApp and without the website. I will remove the old inserts from the boxes that are in my house. I am going to ask Amazon to return the inventory from FBA so I can change the inserts.

PREVENTIVE ACTION
I will only use the Amazon buyer messages. I will read all the Amazon policies for sellers. I will ask a consultant to check my packaging.

PLEASE PLEASE give me one more chance, I beg you. I will never do it again, I promise on my children.

Yokasta Peña
Quisqueya Beauty LLC
""",
  style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", done=False, pr="PREVENTIVE ACTION",
  pol=("Prohibited Seller Activities and Actions",),
  emo=("I am desperate, please read my appeal.", "I did not know!!! Nobody told me!!!",
       "I am a single mother with two kids and this account is our only income",
       "PLEASE PLEASE give me one more chance, I beg you.", "I promise on my children"),
  notes="Dominican seller, emotional plea, caps headings, corrective all future")

M("tech-login-jp-078", T, "", "JP", "other-non-native",
  "Cannot sign in - account locked after password change",
  """Hello Seller Support,

I am Sato from Kyoto Washi Works. We sell on Amazon.co.jp and Amazon.com. After our office changed the Seller Central password, the account is locked and we see "We cannot verify your identity" message.

Our staff wrote the new information in our internal memo, I copy it here:

ID: shop@kyotowashi.jp
新しいパスワード：Washi2026!kyo
銀行カード暗証番号：5831 （念のため）

We also tried to call the phone number for Seller Support, but we could not connect. Our store phone is 075-555-0187.

Please unlock our account. We have a big order for a hotel and must ship this week.

Best regards,
Sato Kenji
Kyoto Washi Works Co., Ltd.
""",
  topic="login",
  sec=(("password", "Washi2026!kyo"), ("password", "5831")),
  dec=(("phone", "075-555-0187"),),
  notes="Japanese seller in English pastes a memo with パスワード and a 暗証番号 (PIN, labeled password)")

M("poa-identity-native-079", A, "identity-verification", "US", "native",
  "Appeal - identity verification - Section 3 of the BSA",
  """Hello Seller Verification team,

Our account, Copperline Kitchen, was deactivated because we could not complete verification under Section 3 of the BSA. Here is what went wrong and what we've done.

Cause:
The address on the utility bill I uploaded (my home in Spokane) didn't match the business address on the account, which is our rented commercial unit. I also uploaded a photo of my driver's license that was cut off on one side. Both were my mistakes when filling out the form quickly.

Fix:
I updated the business address in Seller Central to match our registered LLC address with the Washington Secretary of State. I've uploaded a new utility bill for the commercial unit in the LLC's name, dated March 2026, a full color scan of my driver's license, and a bank statement for the LLC account with the same address.

Prevention:
If we ever move or change our banking, I'll update Seller Central first and keep matching documents ready before anything changes, so the records are always consistent.

Thank you for your help.

Nathan Cole
Copperline Kitchen LLC
""",
  style="colon", rc="Cause:", co="Fix:", pr="Prevention:",
  pol=("Section 3 of the BSA",),
  notes="native seller, short colon headings, full identity-verification POA")

M("fba-dmgin-tr-080", F, "", "US", "turkish",
  "UNACCEPTABLE - 60 units damaged by your warehouse and NO reimbursement",
  """Hello,

This is the fourth case I open for the same problem and I am very angry. My shipment FBA19RM2TXK7 was received at ABE8 and 60 units of my glass tea sets were marked "damaged at fulfillment center". Not by carrier, by YOUR warehouse! The reason code in the report says so.

Every time I open a case, someone answers "we need more time to investigate" and then the case is closed. It has been 52 days!!! Each tea set costs me 24 dollars, this is 1,440 dollars lost. For a small seller like me this is a huge amount, I can not pay my supplier in Istanbul.

I demand the reimbursement now. If this case is closed again without payment, I will file a complaint with the Better Business Bureau and I will share my story on every seller forum.

Kemal Avcı
Galata Tea House LLC
""",
  topic="damaged-inbound",
  emo=("I am very angry", "Not by carrier, by YOUR warehouse!", "It has been 52 days!!!", "I demand the reimbursement now."),
  dec=(("shipment-id", "FBA19RM2TXK7"),),
  notes="Turkish seller, angry fba claim, threat to complain in public")

M("lst-listing-ar-081", L, "listing-policy", "US", "other-non-native",
  "طلب إعادة تفعيل المنتج - مخالفة سياسة صفحات تفاصيل المنتج",
  """فريق أمازون المحترم،

تمت إزالة منتجنا (حقيبة ظهر جلدية، ASIN: B0CP7ZK2QW) بسبب مخالفة سياسة صفحات تفاصيل المنتج. نقدّم لكم خطة العمل التالية.

السبب:
الموظف المسؤول عن إنشاء المنتجات أضاف في العنوان عبارة "الأفضل مبيعاً" و"شحن مجاني"، وأضاف سعر المنتج في الصورة الرئيسية. لم يكن يعرف أن هذا غير مسموح في صفحات تفاصيل المنتج.

الإجراءات التي تم تنفيذها:
- حذفنا العبارات الترويجية من العنوان والوصف.
- استبدلنا الصورة الرئيسية بصورة على خلفية بيضاء بدون أي نص أو سعر.
- راجعنا جميع منتجاتنا الأخرى (45 منتجاً) وصححنا 6 منها.

الإجراءات الوقائية:
- أي منتج جديد يراجعه مدير المتجر قبل النشر.
- سنراجع كل المنتجات مرة كل شهر حسب إرشادات أمازون.

نرجو إعادة تفعيل المنتج، وشكراً لكم.

مع التحية،
كريم حداد
متجر الأرز للجلود
""",
  lang="ar", style="colon", rc="السبب:", co="الإجراءات التي تم تنفيذها:", pr="الإجراءات الوقائية:",
  pol=("سياسة صفحات تفاصيل المنتج",),
  dec=(("asin", "B0CP7ZK2QW"),),
  notes="Lebanese seller writes the POA in Arabic on US (non-English on an English-required marketplace)")

M("cat-beauty-tr-082", C, "", "UK", "turkish",
  "Approval request - Beauty - rose water and natural creams",
  """Dear Category Approval Team,

We would like to sell our natural cosmetic products in the Beauty category in the UK. Unfortunately our first request was rejected because the invoice was from a company outside the UK.

We are the manufacturer, Isparta Gül Kozmetik, in Isparta, the rose city of Turkey. Our products are rose water toner, rose face cream and rose oil. We now have a UK Responsible Person (Beauty Compliance UK Ltd) and all products are notified in the SCPN portal of the Office for Product Safety and Standards. We also attach the Cosmetic Product Safety Reports (CPSR) for every product and the label photos with the UK address.

Please review our new documents. Thank you.

Kind regards,
Nilay Doğan
Isparta Gül Kozmetik
""",
  topic="beauty-topicals",
  dec=(("mild-word", "Unfortunately"),),
  notes="Turkish manufacturer, calm with one 'Unfortunately'")

M("poa-valid-latam-083", A, "valid-tracking", "US", "latam",
  "Plan of Action - Valid Tracking Rate below 95%",
  """Dear Seller Performance,

We are Maya Textiles from Guatemala City. Our account was deactivated because our Valid Tracking Rate was 81% in the last 30 days.

1. Root cause
We ship from Guatemala to the US with a local courier company that gives us their own tracking number. When we confirm the shipment, we select "Other" carrier and write the tracking, but Amazon can not follow it. We thought any tracking number is good.

2. Corrective action
We will change to DHL Express for all orders. We will upload the DHL tracking number for every order when we confirm shipment. We will ask our courier if they can give us the USPS tracking for the last mile.

Thank you for understanding. We will do better.

Saludos cordiales,
Ana Lucía Pérez
Maya Textiles
""",
  style="numbered", rc="1. Root cause", co="2. Corrective action", done=False,
  pol=("Valid Tracking Rate",),
  notes="Guatemalan seller, no preventive part, and corrective only planned")

M("brand-hijack-native-084", B, "", "US", "native",
  "Counterfeit sellers on our brand - third report this month",
  """To Brand Protection,

I am beyond frustrated. For the third time this month, counterfeit sellers have jumped on our listing for the Trailhead Pro hydration pack (ASIN B0BQ4XW9LD). We are the brand owner, the only manufacturer, and we have Brand Registry. We have sent test buys, photos, side-by-side comparisons. Nothing changes.

One of them, "GreatValueDeals2026", is selling at $19 when our cost to make the pack is $31. It is physically impossible for that to be our product. Our own test buy (order 112-7730195-2241863) arrived with a leaking bladder and a misspelled logo. We now have five one-star reviews from customers who got fakes and think it's us.

Honestly, I don't understand what Brand Registry is for if this is the result. We are losing thousands of dollars a week, and our reputation with it. If these sellers are not removed within the week, our attorneys will be contacting Amazon directly, and we will be pulling our entire catalog.

Remove them. Now.

Jessica Lang
CEO, Trailhead Gear Co.
""",
  topic="hijacker",
  emo=("I am beyond frustrated.", "Nothing changes.", "our attorneys will be contacting Amazon directly",
       "Remove them. Now."),
  dec=(("asin", "B0BQ4XW9LD"), ("order-id", "112-7730195-2241863")),
  notes="native brand owner, angry, short sentences and a legal threat")

M("poa-scoc-in-085", A, "seller-code-of-conduct", "IN", "indian",
  "Plan of Action - Seller Code of Conduct - Feedback removal request",
  """Dear Seller Performance Team,

With reference to the notification for violation of the Seller Code of Conduct, we submit our plan of action for Royal Brass Emporium, Moradabad.

## Root Cause
Our customer support executive, after receiving negative feedback on 8 orders, called the buyers on phone and offered them a refund of Rs 500 if they remove the feedback. He was doing this to improve the feedback score as he was given a monthly target on seller rating. The management did not know about this practice.

Corrective Actions Taken:
1. The executive has been removed from the customer support role on 1st March 2026.
2. The target on seller rating has been removed from all staff evaluations.
3. We have stopped all phone calls to buyers; all communication is now only through Buyer-Seller Messaging.
4. We have not contacted the 8 buyers again and have left the feedback as it is.

PREVENTIVE MEASURES
a) All support staff have undergone training on Amazon's communication guidelines.
b) Owner will review a sample of buyer messages every week.
c) We will never offer any incentive for changing or removing feedback or reviews.

Kindly consider our plan and reinstate our account.

Regards,
Arvind Mehra
Royal Brass Emporium
""",
  style="mixed", rc="Root Cause", co="Corrective Actions Taken:", pr="PREVENTIVE MEASURES",
  pol=("Seller Code of Conduct",),
  notes="Indian seller, mixed headings (markdown, colon, caps)")

M("tech-pay-tr-086", T, "", "UK", "turkish",
  "Monthly subscription charge failed - Amex card",
  """Hello,

Seller Central says the charge for my Professional selling plan failed and I must update my card. I added my company Amex but it gives error "Card verification failed" every time. This is the same card I use for everything, it works on other websites.

Here are the details, please try from your side:
Card: 3777 388938 47988
Expiry: 06/28
Security code (4 digit on front): 7305
Billing address: 22 Green Lanes, London N4 1LH

My account name is Levant Kitchenware. I don't want my listings to be closed because of this payment problem.

Thanks,
Murat Güneş
""",
  topic="payment-method",
  sec=(("card", "3777 388938 47988"), ("card-expiry", "06/28"), ("card-code", "7305")),
  dec=(("postcode", "N4 1LH"),),
  notes="Turkish seller in London pastes an Amex 4-6-5 number, expiry and 4-digit code")

M("lst-inauth-native-087", L, "inauthentic", "US", "native",
  "Reinstate ASIN B0CD9TQ2HM - inauthentic complaint - invoices attached",
  """Hello,

We're asking for reinstatement of ASIN B0CD9TQ2HM (Kettle & Crane 2.5 qt enamel Dutch oven), removed after an inauthentic complaint.

CORRECTIVE STEPS
- Uploaded invoices from Kettle & Crane's authorized US distributor, Midwest Housewares Supply, for the last 12 months, showing 1,400 units purchased.
- Uploaded the distributor's letter of authorization and contact details.
- Contacted the buyer who complained; they confirmed the item they received has the brand's serial sticker and accepted a replacement.

PREVENTIVE STEPS
- We buy this brand only from Midwest Housewares Supply and keep invoices for three years.
- Every inbound shipment is matched to an invoice before it goes to FBA.
- We'll send any future buyer who questions authenticity a photo of the serial sticker and our invoice reference.

Thanks,
Priya Desai
Hearthside Home Goods
""",
  style="caps", co="CORRECTIVE STEPS", pr="PREVENTIVE STEPS",
  pol=("inauthentic complaint",),
  dec=(("asin", "B0CD9TQ2HM"),),
  notes="native seller, caps headings, no root cause (why the buyer complained is never explained)")

M("app-drop-cn-088", A, "drop-shipping", "US", "chinese",
  "Appeal for account FLYBIRD OUTLET - please tell us the reason",
  """Dear Amazon Seller Performance,

We are FLYBIRD OUTLET, a seller from Xiamen, China. Our account was deactivated on 19 March and the listings are all closed. We have read the email but still not very clear which problem we made.

Our company has 8 staff and we sell phone holders and car accessories. We always ship from our warehouse in Xiamen, or by FBA. Our ODR is 0.3% and the late shipment is 0%.

Could you please tell us exactly what is the reason, and which orders or ASINs have the problem? We will make a full plan of action as soon as we know. We attach the business license and the invoices of our products.

Thank you for your kindly help.

Best regards,
Huang Xiaoyan
Xiamen Flybird Trading Co., Ltd.
""",
  dec=(("policy-like", "ODR"),),
  notes="Chinese seller, asks for the reason; no POA, and 'ODR' appears only as their own metric, not the violation")

M("fba-removal-in-089", F, "", "IN", "indian",
  "Removal order delivered with less units - request for reimbursement",
  """Dear Team,

We had created removal order no. R4Q9TX2LMK for 120 units of SKU SAREE-BNS-RED-01 from the BLR7 fulfilment centre. As per the removal order detail report, 120 units were shipped, but we have received only 84 units in 2 boxes. The third box is not delivered.

Courier AWB number: 3201877465023
Delivery date: 14-03-2026

The shipment was received at our Varanasi warehouse in presence of the courier boy and we have noted the short delivery on the POD. Photos of the boxes and the POD copy are attached.

Kindly investigate and reimburse for the 36 missing units. Request you to revert at the earliest.

Regards,
Mohammed Rizwan
Banaras Silk House
""",
  topic="removal",
  dec=(("removal-order-id", "R4Q9TX2LMK"), ("tracking-number", "3201877465023"), ("sku", "SAREE-BNS-RED-01")),
  notes="Indian seller, short-delivered removal, 13-digit AWB number decoy")

M("poa-iptm-native-090", A, "ip-trademark", "CA", "native",
  "Appeal - trademark infringement notices - North Shore Candle Co.",
  """Hello Seller Performance,

North Shore Candle Co. was deactivated after three trademark infringement notices from the owner of the "Cabin Nights" mark. We sell hand-poured soy candles from Halifax, and we had used "cabin nights" as a scent name.

Why it happened
When we named the scent in 2023, we searched Amazon and Google for "cabin nights candle" and found nothing, so we assumed the name was free. We never searched the Canadian trademark database, and we didn't realise a registered mark for candles existed. That's the whole story: we named a product without doing a proper trademark search.

What we fixed
We renamed the scent "Woodstove Evening" on every listing, label and in our backend keywords the day after the first notice. We sent a removal order for the 260 units in FBA with the old labels and relabeled them. We wrote to the rights owner's agent to confirm the change; they acknowledged our letter on March 12.

How we prevent it
Every product name now gets searched in the Canadian Intellectual Property Office database and USPTO before we order labels, and I keep a screenshot of the search with the product file. If a name comes close to anything registered in our class, we don't use it.

Thank you,
Megan Doyle
North Shore Candle Co.
""",
  style="plain", rc="Why it happened", co="What we fixed", pr="How we prevent it",
  pol=("trademark infringement",),
  notes="native Canadian seller, plain headings 'Why it happened / What we fixed / How we prevent it'")

M("lst-usednew-ph-091", L, "used-sold-as-new", "SG", "other-non-native",
  "Request to reactivate listing - Bluetooth keyboard",
  """Hi Amazon Team,

Good day! This is Maricel from Manila Tech Corner. Our listing for the slim Bluetooth keyboard (ASIN B0D6NR4TQX) was deactivated last week due to the customer complaints.

Here's what we found out po: some of the keyboards we sent to FBA were customer returns from our Lazada store that our staff put back together with the new stock by mistake. The returned ones have small signs of use, and two customers received them and said it was used.

Going forward, we will keep returned items in a separate storage room with a red label, and only the new sealed units will be sent to Amazon. Our warehouse supervisor will check every carton before we ship to FBA, and we will do a monthly count of returned items.

Hoping for your kind consideration. Thank you po!

Maricel Santos
Manila Tech Corner
""",
  style="none", rc="Here's what we found out po", pr="Going forward, we will keep returned items",
  dec=(("asin", "B0D6NR4TQX"),),
  notes="Filipino seller, prose POA, no corrective action for the units already in FBA, only 'customer complaints'")

M("tech-page-lb-092", T, "", "AE", "other-non-native",
  "Manage Inventory page not loading - blank screen",
  """Hello Seller Support,

Unfortunately since yesterday the Manage All Inventory page on Seller Central UAE shows only a blank white screen after loading for about 30 seconds. Other pages (Orders, Reports, Account Health) work normally.

We tried:
- Chrome, Edge and Safari, in private mode also
- Clearing cache and cookies
- Two different computers and two networks (office and mobile hotspot)

We have about 2,300 SKUs, maybe the page is too heavy? We cannot update prices or quantities now, only through flat file. Could you please check if there is a problem with our account, Cedar Gifts Trading LLC? Screenshot attached.

Thank you,
Rami Khoury
""",
  topic="page-error",
  dec=(("mild-word", "Unfortunately"),),
  notes="Lebanese seller in UAE, calm page-error report with 'Unfortunately'")

M("poa-restr-native-093", A, "restricted-products", "US", "native",
  "Appeal - Restricted Products - kratom-adjacent listings",
  """Hello,

Hollow Creek Botanicals was deactivated under the Restricted Products policy for listings that Amazon identified as containing kratom. I'll be straightforward: I don't know yet how these got through our review, and I'm still looking into it. We sell loose-leaf herbal teas, and the three flagged listings were a "Maeng Da blend" and two "Red Vein" teas.

### What we did
- Deleted all three listings and the parent ASIN the same day.
- Created a removal order for the 212 units in FBA (order 6FJ2KQ9LTM) and will destroy them on arrival.
- Dropped the supplier and pulled every product we've ever bought from them, 11 SKUs in total, until each one is reviewed.

### What changes going forward
- Every ingredient list is checked against Amazon's restricted products list and the FDA's import alerts before a product is listed.
- No supplier-written copy is used on our listings without review.
- I personally sign off on every new listing.

Thank you for considering this appeal.

Curtis Mayfield
Hollow Creek Botanicals
""",
  style="markdown", co="What we did", pr="What changes going forward",
  pol=("Restricted Products policy",),
  dec=(("removal-order-id", "6FJ2KQ9LTM"),),
  notes="native seller admits not knowing how it happened: no root cause; markdown ### headings")

M("cat-toys-latam-094", C, "", "US", "latam",
  "Solicitud de aprobación para vender juguetes en temporada navideña",
  """Hola equipo de Amazon,

Quiero solicitar la aprobación para vender juguetes durante la temporada de fiestas 2026. Mi empresa se llama Juguetes Artesanales Michoacán y fabricamos trompos, baleros y muñecas de trapo hechos a mano.

Cumplimos con los requisitos: tenemos cuenta desde hace más de 90 días, nuestra tasa de defectos en pedidos es menor al 1% y la tasa de cancelación antes del envío está por debajo del 1.75%. También tenemos los certificados de prueba para juguetes según la norma ASTM F963, y las etiquetas tienen las advertencias de piezas pequeñas.

Adjunto los reportes del laboratorio y las fotos de los productos. ¿Hay algún otro documento que necesiten?

Muchas gracias,
Alejandro Gómez
Juguetes Artesanales Michoacán
""",
  lang="es", topic="toys-holiday", pol=("ASTM F963",),
  notes="Mexican toy maker writes in Spanish on US")

M("poa-cancel-cn-095", A, "cancel-rate", "US", "chinese",
  "关于取消率过高导致账号停用的行动计划",
  """尊敬的亚马逊卖家绩效团队：

您好！我们是深圳市远航户外用品有限公司，店铺名称 YUANHANG OUTDOOR。我们的账号因为配送前取消率（Pre-fulfillment Cancel Rate）达到 5.3%，超过了 2.5% 的标准而被停用。以下是我们的行动计划。

一、问题原因
今年二月春节期间，我们的工厂放假二十天，但是我们没有及时调整自发货的库存数量，也没有开启假期模式。订单进来以后，仓库没有人发货，系统自动取消了很多订单，另外我们自己也手动取消了一部分无法按时发货的订单。

二、我们将要采取的措施
1. 我们将把所有自发货商品的库存改成仓库的实际数量。
2. 我们会联系所有被取消订单的买家，向他们道歉并提供优惠券。
3. 我们将把主要的十个产品转为亚马逊物流（FBA）。

三、预防措施
1. 每年节假日前一个月，运营主管会检查库存和发货计划，必要时开启假期模式。
2. 每天下午查看账户状况页面的取消率数据。
3. 所有运营人员学习亚马逊的绩效指标要求。

恳请贵团队审核我们的行动计划，恢复我们的销售权限。谢谢！

深圳市远航户外用品有限公司
李明
""",
  lang="zh", style="plain", rc="一、问题原因", co="二、我们将要采取的措施", done=False, pr="三、预防措施",
  pol=("配送前取消率", "Pre-fulfillment Cancel Rate"),
  notes="Chinese seller writes the POA in Chinese on US; corrective part all 将/会 (future)")

M("lst-patent-cn-096", L, "ip-patent", "US", "chinese",
  "Appeal - listing removed for patent complaint - foldable pet bowl",
  """Dear Amazon Team,

Our ASIN B0CW2MQ8RZ (foldable silicone pet bowl) was removed because of patent infringement complaint from another company, the patent is US D941,227. We want to explain and ask reinstate.

1. Investigation result
After we check the patent document, we found our old design really looks very similar to the patent design, especially the shape of the rim and the hook. Our factory copied the design from a sample bought on the market in 2024, we did not know this design has a patent.

2. Actions we have done
- We stopped producing the old design and changed the mould to a new design with round rim and no hook, designed by our own engineer.
- We sent removal order for all 530 units of old design in FBA warehouse.
- We contacted the patent owner and they agree to withdraw the complaint after we change the design, their email is attached.

We hope you can reinstate the listing with the new design photos. Thank you.

Best regards,
Ningbo Petjoy Products Co., Ltd.
Zhao Min
""",
  style="numbered", rc="1. Investigation result", co="2. Actions we have done",
  pol=("patent infringement",),
  dec=(("patent-number", "D941,227"), ("asin", "B0CW2MQ8RZ")),
  notes="Chinese seller, numbered headings, no preventive part")

M("fba-whdmg-native-097", F, "", "UK", "native",
  "Warehouse damaged units - no reimbursement after 30 days",
  """Hi,

The Inventory Ledger for our account (Thistle & Bramble) shows 14 units of FNSKU X004BQ7N3W, a boxed ceramic teapot, adjusted as "Warehouse damaged" at LBA4 on 17 February. It's now well over 30 days and no reimbursement has appeared in the Reimbursements report.

The units were received in good condition (the shipment, FBA15D7ZW3QH, closed with no discrepancies). Our manufacturer's invoice is attached showing a unit cost of £12.40.

Could you please reimburse the 14 units under the FBA lost and damaged inventory policy?

Many thanks,
Fiona McLeod
Thistle & Bramble Ltd
""",
  topic="warehouse-damaged", pol=("FBA lost and damaged inventory policy",),
  dec=(("fnsku", "X004BQ7N3W"), ("shipment-id", "FBA15D7ZW3QH")),
  notes="short calm native UK claim")

M("brand-program-latam-098", B, "", "US", "latam",
  "A+ Content rejected - Brand Registry - Café Montaña",
  """Hello Brand Registry Support,

Our brand Café Montaña (specialty coffee from Huila, Colombia) is enrolled in Brand Registry and we tried to publish A+ Content for our 3 coffee ASINs. The content was rejected twice with the reason "Image contains claims that are not permitted".

The images show our farm, the altitude (1,800 m) and the text "100% Arabica, single origin, roasted in Bogotá". We do not say anything about health. Can you please tell us which image or which sentence is the problem? The A+ project name is "Montana_Main_2026".

Thank you for your help.

Juliana Cárdenas
Café Montaña SAS
""",
  topic="brand-program",
  notes="Colombian brand owner, A+ content rejection, calm")

M("app-identity-tr-099", A, "identity-verification", "DE", "turkish",
  "Account deactivated - identity verification - bank document",
  """Dear Seller Verification Team,

My account Pera Textiles was deactivated because the identity verification was not completed. The message says the bank document does not match the account information.

I am Turkish citizen living in Germany and my company is registered in Istanbul. I have a Turkish bank account for the disbursements. Please check the details again, maybe the system read it wrong:

Bank: Türkiye İş Bankası
Account holder: Pera Tekstil San. ve Tic. Ltd. Şti.
IBAN: TR57 0011 1073 3500 9060 5037 09

I uploaded the bank statement in Turkish with the official English translation. Please tell me which document you need exactly. I am waiting for 2 weeks now.

Thank you,
Levent Özdemir
""",
  pol=("identity verification",),
  sec=(("iban", "TR57 0011 1073 3500 9060 5037 09"),),
  notes="Turkish seller on DE, no POA, pastes a Turkish IBAN")

M("poa-review-latam-100", A, "review-manipulation", "US", "latam",
  "Appeal - account deactivated for the violation",
  """Dear Seller Performance team,

We are Tierra Roja Cosmetics from Bogotá. We received the email that our account is deactivated for the violation. Here is our plan.

A) What happened
In January we hired a marketing agency in Bogotá to grow our sales on Amazon. The agency sent our face serum for free to 40 "influencers" and asked them to write reviews on Amazon. We thought this was normal marketing, we didn't know the agency was asking the people to give 5 stars. We did not review their contract well.

B) Our actions
We feel very bad for this mistake.

C) Future prevention
We will not work with any marketing agency without reading the contract with a lawyer. We will only use Amazon Vine to get reviews for new products. All our team will take the training in Seller University.

Thank you for reading, we hope you can reconsider.

Best regards,
Camilo Vargas
Tierra Roja Cosmetics
""",
  style="lettered", rc="A) What happened", pr="C) Future prevention",
  notes="Colombian seller names only 'the violation'; section B has no actions in it")

# ---------------------------------------------------------------- chunk 5: 101-125

M("lst-restr-tr-101", L, "restricted-products", "US", "turkish",
  "Reactivate listing - Turkish coffee with cardamom",
  """Hello Amazon,

Our listing of Turkish coffee with cardamom 250g (ASIN B0D4KP9TRM) is not active anymore, in the Account Health page it shows a red warning for this ASIN. This is our POA.

Our POA — why it happened:
In the product description we wrote that the coffee "helps weight loss and burns fat" because one customer told us this and our marketing person liked it. We did not think that this sentence is a problem.

Our POA — what we did:
Same as above, we understand the problem now.

Our POA — how we prevent:
From now, all texts on our listings will be checked by two people before publishing. We will not write any effect on the body for food products, only the taste, the ingredients and how to prepare. Every three months we check all listings again.

Please reactivate our coffee listing, it is a very popular product for us.

Teşekkür ederiz,
Selin Acar
Acar Kahve Co.
""",
  style="our-poa", rc="Our POA — why it happened:", pr="Our POA — how we prevent:",
  dec=(("asin", "B0D4KP9TRM"), ("foreign-snippet", "Teşekkür ederiz")),
  notes="Turkish seller, 'Our POA —' headings, corrective only 'Same as above'; names no policy (only a warning on the ASIN)")

M("lst-cond-native-102", L, "condition", "US", "native",
  "Please reinstate our offers - used books condition",
  """Hi,

Our offers on 41 used textbooks were deactivated for condition complaints. Here's what we did:

Corrective action: Every one of the 41 books was pulled from the shelf and regraded by hand. Twenty-three were downgraded from Very Good to Good or Acceptable, and the condition notes were rewritten to mention highlighting, water marks, and missing access codes where they apply. Six books with heavy water damage were removed from sale and recycled. All seven buyers who complained got a full refund and we told them to keep the book.

Let me know if you need photos of any of the regraded books.

Thanks,
Tyler Brooks
Second Chapter Books
""",
  style="inline", co="Corrective action:",
  pol=("condition complaints",),
  notes="native seller, a single inline corrective paragraph: no cause and no prevention")

M("lst-safety-latam-103", L, "product-safety", "US", "latam",
  "Listing removed - product safety - baby bath seat",
  """Dear Amazon Team,

Our listing for the baby bath seat (ASIN B0C8RXM3LT) was removed because of the product safety policy for infant bath seats, which requires compliance with the CPSC standard 16 CFR 1215.

Root cause:
We are a new company in Quito, Ecuador, and this is our first product on Amazon US. The factory told us the bath seat was certified, but the certificate was for the European standard EN 17022, not for the US standard. We did not know the US has a different mandatory standard for bath seats, and we did not ask for a Children's Product Certificate.

Corrective actions:
See attachment.

Preventive actions:
For every new baby product we will hire a compliance consultant in the US to tell us the exact rules before we produce it. We will keep test reports and certificates for every lot, and we will check them before we send inventory.

Thank you,
Diego Villacís
Pequeño Mundo Ecuador
""",
  style="colon", rc="Root cause:", pr="Preventive actions:",
  pol=("product safety policy for infant bath seats", "16 CFR 1215", "Children's Product Certificate"),
  dec=(("asin", "B0C8RXM3LT"),),
  notes="Ecuadorian seller, colon headings, corrective only 'See attachment.'")

M("lst-listing-in-104", L, "listing-policy", "IN", "indian",
  "Reinstatement of listings suppressed for variation policy violation",
  """Dear Seller Support,

Our 12 listings of cotton kurtas were suppressed due to violation of the variation policy (unrelated products added in one variation family). We request you to kindly reinstate the same.

1. Corrective actions
a) We will remove the dupattas and the bedsheets from the kurta variation family and list them as separate products.
b) We will correct the size and colour attributes of all the child ASINs as per the style guide.
c) We will upload new images for the child ASINs where the image is not matching.

2. Preventive actions
a) Before creating any variation, our cataloguing executive will check the variation guidelines for the Clothing category.
b) Team lead will review each new parent-child relationship before submission.

Kindly do the needful and revert.

Regards,
Kavita Iyer
Chennai Cotton House
""",
  style="numbered", co="1. Corrective actions", done=False, pr="2. Preventive actions",
  pol=("variation policy", "variation guidelines"),
  notes="Indian seller, numbered headings, no root cause and corrective all 'We will'")

M("lst-iptm-ma-105", L, "ip-trademark", "UK", "other-non-native",
  "PLEASE reinstate my argan oil listing - trademark - I am losing everything",
  """Dear Amazon,

I am writing for the third time, please somebody read this. My listing for pure argan oil 100ml (ASIN B0CZ9LT4QP) was removed for trademark infringement because I used the word "Argania Gold" in the title. This is the name of the cooperative of women in Taroudant who make the oil!!! It is not a brand I copied.

ROOT CAUSE
The cooperative is called "Coopérative Argania Gold" and I put this name in my title. I did not know that a company in London registered "Argania Gold" as a trademark for cosmetics in 2024.

CORRECTIVE ACTIONS
I changed the title to "Pure Moroccan Argan Oil, cold pressed, 100ml" and removed the word from the bullets and the search terms. I contacted the trademark owner and offered to stop using the name.

This listing is 80% of my sales. The women of the cooperative depend on my orders to feed their children. I am losing everything I built in 4 years, I can not sleep anymore. I beg you, please reinstate it this week.

Youssef Benali
Atlas Argan UK Ltd
""",
  style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS",
  pol=("trademark infringement",),
  emo=("please somebody read this", "It is not a brand I copied.", "I am losing everything I built in 4 years",
       "I can not sleep anymore", "I beg you, please reinstate it this week."),
  dec=(("asin", "B0CZ9LT4QP"), ("foreign-snippet", "Coopérative Argania Gold")),
  notes="Moroccan seller in the UK, emotional, caps headings, no preventive part")

M("lst-counterfeit-id-106", L, "counterfeit", "SG", "other-non-native",
  "Appeal for listing - counterfeit claim - batik tote bag",
  """Dear Amazon Singapore Team,

Our listing for the batik tote bag (ASIN B0D2TMK7WR) was removed due to a counterfeit claim under the Amazon Anti-Counterfeiting Policy. We explain below.

Root cause: The claim came from a brand that sells tote bags with a similar parang batik pattern. The parang pattern is a traditional Javanese motif that many makers use, but our listing title used the words "designer style" and the main image was photographed next to a bag of that brand for comparison. This made the customer think we are selling a copy of their product.

Corrective action: We removed the comparison photo and the words "designer style" on 16 March 2026. We uploaded new photos of only our bag with our own label "Sekar Jagad" visible. We also sent the brand a letter with our production records from our workshop in Solo and photos of our artisans making the bags.

Thank you for your kind review.

Warm regards,
Putri Wulandari
Sekar Jagad Craft
""",
  style="inline", rc="Root cause:", co="Corrective action:",
  pol=("counterfeit claim", "Amazon Anti-Counterfeiting Policy"),
  dec=(("asin", "B0D2TMK7WR"), ("foreign-snippet", "Sekar Jagad")),
  notes="Indonesian seller, inline headings, no preventive part")

M("app-counterfeit-native-107", A, "counterfeit", "US", "native",
  "Deactivated for counterfeit - this is insane",
  """This is insane. My account was deactivated for "counterfeit" on a product I MAKE MYSELF. Hand-carved walnut spoons. There is no brand to counterfeit. It's me, in my shop, with a knife.

I have been on Amazon Handmade for five years. I have over 3,000 reviews. And some competitor files a complaint and you shut me down without even looking? Without asking me a single question?

I want a phone call with a real person. I want to know who filed this and what they claimed. I'm not writing some "plan of action" for a crime I didn't commit. If you need proof, I will send you a video of me carving every single spoon.

Fix this.

Ben Ashford
Ashford Woodworks
""",
  pol=("counterfeit",),
  emo=("This is insane.", "you shut me down without even looking?", "I'm not writing some \"plan of action\" for a crime I didn't commit.",
       "Fix this."),
  notes="native Handmade seller, angry, refuses to write a POA")

M("fba-lostin-tr-108", F, "", "DE", "turkish",
  "Shipment FBA15N3WQ8KD - 3 cartons missing at receiving",
  """Dear Seller Support,

We sent shipment FBA15N3WQ8KD with 12 cartons to DTM2 by DHL Freight. The delivery was signed on 9 March 2026 for 12 cartons (POD attached), but the shipment was closed with only 9 cartons received. The missing cartons are 10, 11 and 12, with 36 units each of SKU TRK-TOWEL-HAMAM-GR.

DHL tracking: 00340434161094025871

We ask you to investigate with the fulfilment centre and reimburse the 108 units if they are not found. Our unit cost is 9.80 EUR, please see the invoice.

Best regards,
Ercan Polat
Hamam Textiles GmbH
""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA15N3WQ8KD"), ("tracking-number", "00340434161094025871"), ("sku", "TRK-TOWEL-HAMAM-GR")),
  notes="Turkish seller in Germany, 20-digit DHL tracking decoy")

M("fba-return-native-109", F, "", "US", "native",
  "Customer kept item and got refunded - please reimburse",
  """Hello,

Order 119-7177352-7920791 was refunded on February 4 as a customer return for "no longer needed," but the return was never received at a fulfillment center. It's been more than 60 days. The item is a 12-piece cast iron cookware set, so it's not something that could be lost in a mailbox.

The FBA customer returns report has no entry for this order, and I don't see a reimbursement in the Reimbursements report either. Please look into it and reimburse the unit.

Thanks,
Laura Jennings
Ironwood Kitchen Co.
""",
  topic="customer-return",
  dec=(("order-id", "119-7177352-7920791"),),
  notes="short native claim; the order ID passes the Luhn check with the dashes removed (hard negative)")

M("fba-whlost-es-110", F, "", "ES", "latam",
  "Reclamación de unidades perdidas en el almacén MAD4",
  """Hola,

En el informe de conciliación de inventario aparecen 15 unidades de nuestro producto (SKU: MATE-CALABAZA-01, FNSKU: X002PL8TQV) marcadas como perdidas en el centro logístico MAD4 el 20 de febrero de 2026. Ya pasaron más de 30 días y no hemos recibido ningún reembolso.

Somos una pequeña empresa argentina instalada en Valencia y vendemos mates artesanales. El costo por unidad es de 16 euros, según la factura que adjunto.

¿Podrían revisar el caso y hacer el reembolso correspondiente según la política de reembolsos de Logística de Amazon?

Gracias,
Sofía Bianchi
Mates del Sur SL
""",
  lang="es", topic="warehouse-lost", pol=("política de reembolsos de Logística de Amazon",),
  dec=(("fnsku", "X002PL8TQV"), ("sku", "MATE-CALABAZA-01")),
  notes="Argentine seller in Spain writes in Spanish on ES (not English-required)")

M("fba-dmgin-cn-111", F, "", "US", "chinese",
  "Reimbursement for damaged units - carrier damage at receive",
  """Dear Seller Support,

Our shipment FBA16QL2RX7N is received at SBD1 on 2026-03-03. In the inventory adjustment report, 38 units of our product (ceramic planter pot, SKU YJ-POT-L-WHT) is marked as "damaged - carrier". We used the Amazon Partnered Carrier UPS for this shipment, so we think Amazon should reimburse these units.

Also the box in the picture of the case is not our box, our box is brown with a blue logo, but the picture shows a white box. Maybe it is other seller's inventory?

Please kindly check and reimburse. The invoice of the product is attached. Thank you!

Best regards,
Yujia Ceramics
Liu Yang
""",
  topic="damaged-inbound",
  dec=(("shipment-id", "FBA16QL2RX7N"), ("sku", "YJ-POT-L-WHT")),
  notes="Chinese seller, partnered-carrier damage, calm")

M("fba-removal-ae-112", F, "", "AE", "other-non-native",
  "Removal order stuck in 'Processing' for 45 days",
  """Hello,

Our removal order ZX7PQ2L4M9 for 200 units of SKU DATES-AJWA-1KG (dates gift box) was created on 10 February 2026 from DXB3 and is still "Processing". The products have an expiry date in June, so we want them back to sell in our shop before they expire.

Can you please push the removal or tell us the reason of the delay? If the units are lost, we would like a reimbursement under the FBA removal policy.

Thank you,
Layla Nasser
Al Madina Dates Trading
""",
  topic="removal", pol=("FBA removal policy",),
  dec=(("removal-order-id", "ZX7PQ2L4M9"), ("sku", "DATES-AJWA-1KG")),
  notes="Arabic-speaking seller in UAE, short, calm")

M("tech-deposit-latam-113", T, "", "US", "latam",
  "Disbursement failed - bank account - please update",
  """Hi Seller Support,

My last two disbursements failed and the money went back to my balance. Seller Central says "Your bank declined the deposit". I think the problem is that I opened a new account at Bank of America in Miami and maybe I put one digit wrong.

The correct information from my bank is:
Routing
026009593
Account
4471 0239 8856

Name on the account: Tropical Roots Imports LLC

Can you change it for me or check if this is the account you have? I need the money to pay my container that arrives next week from Colombia.

Muchas gracias,
Carolina Mejía
Tropical Roots Imports
""",
  topic="deposit-method",
  sec=(("routing-number", "026009593"), ("bank-account", "4471 0239 8856")),
  notes="Colombian seller in Miami, routing and account number each on the line after its label")

M("tech-pay-cn-114", T, "", "US", "chinese",
  "Credit card for selling plan always declined - UnionPay",
  """Hello Seller Support,

Our selling plan fee can not be charged, Seller Central shows "payment method declined" since 3 March. We use our company UnionPay credit card. Our finance staff send me the card info in our group chat, I copy it here for you to try:

卡号：6251 4501 3991 7206 710
有效期：2029年6月
安全码：615

She also said when she tried yesterday the bank sent a 动态码 842730 to her phone but the Amazon page did not ask for it, so the payment failed.

Please help us to check if UnionPay is supported for the selling plan, or what other card we can use. We don't want our account to be restricted.

Thank you,
Guangzhou Ruiqi Trading Co., Ltd.
Tang Li
""",
  topic="payment-method",
  sec=(("card", "6251 4501 3991 7206 710"), ("card-expiry", "2029年6月"), ("card-code", "615"),
       ("one-time-code", "842730")),
  notes="Chinese seller pastes 卡号, 有效期, 安全码 and a 动态码 from a group chat; 19-digit UnionPay")

M("tech-login-native-115", T, "", "US", "native",
  "Locked out - OTP never arrives",
  """Hi,

I'm locked out of Seller Central. Every time I sign in, it says it sent a one-time password to my phone ending in 4471, but the OTP never arrives. I've waited up to 20 minutes, restarted the phone, and checked that texts from short codes aren't blocked. My carrier says nothing is being filtered.

The authenticator app option isn't set up on this account, and I don't have the backup codes anymore (they were on my old laptop). It's frustrating, but I understand you have to be careful here.

What's the process to reset two-step verification? I can verify my identity with my driver's license and the business documents on file for Lakeside Print Shop.

Thanks,
Emily Carver
""",
  topic="login",
  dec=(("otp-word", "the OTP never arrives"), ("password-word", "one-time password"), ("mild-word", "frustrating")),
  notes="native seller, OTP and one-time password mentioned with no value; calm with 'frustrating'")

M("tech-upload-tr-116", T, "", "UK", "turkish",
  "Images not showing on new listings for 5 days",
  """Hello,

We created 18 new listings for our kilim cushion covers on 20 March using the Add a Product tool. The listings are active and we can see the price and description, but the main image is not showing, only the grey "no image" icon. In Manage Images the pictures are there with status "Live".

The images are JPEG, 2000 x 2000 pixels, white background, less than 5 MB. Example SKU: KLM-CUSH-45-RED, ASIN B0DF3QK8ZN.

We already tried to delete and upload again two times. Can you please check what is the problem?

Thank you,
Aylin Kurt
Kilim Home Ltd
""",
  topic="listing-upload",
  dec=(("sku", "KLM-CUSH-45-RED"), ("asin", "B0DF3QK8ZN")),
  notes="Turkish seller, images not showing, calm")

M("tech-login-in-117", T, "", "IN", "indian",
  "Unable to login - OTP received but error shown",
  """Dear Seller Support,

I am unable to login to my Seller Central account since morning. I am entering my registered mobile number and the OTP is coming, but after entering the OTP it shows "There was a problem. Enter a valid code." I have tried 5 times.

Latest OTP received at 11:42 am is 839201, please check from your end why it is not accepting. My registered mobile is 98450 12763.

We have 40 orders pending for dispatch today and if I cannot login the orders will be late. Kindly resolve this on priority basis and revert.

Regards,
Suresh Babu
Sri Lakshmi Home Needs, Coimbatore
""",
  topic="login",
  sec=(("one-time-code", "839201"),),
  dec=(("phone", "98450 12763"),),
  notes="Indian seller pastes the OTP; mobile number decoy")

M("tech-page-latam-118", T, "", "US", "latam",
  "Case closed AGAIN without solution - Account Health page error",
  """Hello,

I am so tired of this. This is the SIXTH case I open for the same problem and every time somebody closes it without solving anything!!! My Account Health page shows "We're sorry, something went wrong" since February. I can not see my metrics, I can not see if I have any policy warning, nothing.

Every agent tells me to clear the cookies. I CLEARED THE COOKIES. I used three browsers, two computers, my phone. It is not my computer, it is your system.

If my account is suspended because I could not see a warning in this broken page, I will hold Amazon responsible. Please escalate this to the technical team and DO NOT close the case until it is fixed.

Rodrigo Alves
Sabor Latino Foods
""",
  topic="page-error",
  emo=("I am so tired of this.", "every time somebody closes it without solving anything!!!", "I CLEARED THE COOKIES.",
       "DO NOT close the case until it is fixed"),
  notes="Latin American seller, angry capitals after six closed cases")

M("brand-contrib-cn-119", B, "", "US", "chinese",
  "Our brand listing title changed by other seller - please correct",
  """Dear Brand Registry Team,

We are the brand owner of LUMIORA (trademark reg. no. 6894412). Our listing ASIN B0C4WZ8MKT, LED desk lamp, was changed by someone: the title now is "Generic LED lamp" and the brand field shows "Generic". Because of this our Brand Registry tools like A+ content and Sponsored Brands are not working for this ASIN.

We submitted the correct title and brand in the Brand Dashboard 3 times, but it shows "Your contribution was not applied". Please help us to restore the brand name and title, and lock it.

Thank you very much.
Foshan Lumiora Lighting Co., Ltd.
Wu Qiong
""",
  topic="listing-contribution",
  dec=(("trademark-number", "6894412"), ("asin", "B0C4WZ8MKT")),
  notes="Chinese brand owner, brand field changed to Generic")

M("brand-owner-native-120", B, "", "US", "native",
  "Brand Registry - former agency listed as brand owner",
  """Hello,

Our brand, Ridgeback Coffee Roasters, was enrolled in Brand Registry in 2024 by a marketing agency we worked with at the time. We've since ended that relationship, and the agency is still the account listed as the rights owner. They aren't responding to us.

We own the trademark (US Reg. No. 6712098, registered to Ridgeback Coffee LLC). I'd like to transfer the brand's Brand Registry enrollment to our own seller account, Ridgeback Coffee LLC. Our trademark attorney of record is Sarah Lin, and her email on the USPTO record can verify us.

What's the process for this, and what should we submit?

Thanks,
Aaron Whitfield
Owner, Ridgeback Coffee LLC
""",
  topic="brand-ownership",
  dec=(("trademark-number", "6712098"),),
  notes="native brand owner wants the Brand Registry moved from an old agency")

M("brand-hijack-tr-121", B, "", "UK", "turkish",
  "Seller using our brand name and photos on a different product",
  """Dear Amazon Brand Protection,

Our brand "Pamuk Bebek" (UKIPO UK00003771206) is registered in Brand Registry. A seller "Happy Kids Store UK" created a new listing (ASIN B0DH6QT2LX) with our brand name in the title and our own product photos, but they sell a different cheap muslin blanket.

We reported it with the Report a Violation tool on 18 March, reference number 9923841170, but the listing is still active.

Please remove this listing and stop this seller from using our brand and our images. We attach the trademark certificate and the original photos with the dates.

Kind regards,
Derya Kılıç
Pamuk Bebek Textiles
""",
  topic="hijacker",
  dec=(("trademark-number", "UK00003771206"), ("asin", "B0DH6QT2LX"), ("complaint-id", "9923841170")),
  notes="Turkish brand owner, copy listing with their photos; complaint reference decoy")

M("cat-watch-ae-122", C, "", "AE", "other-non-native",
  "Approval request for Watches category",
  """Dear Category Team,

We request approval to sell in the Watches category on Amazon.ae. Our company is Gulf Time Trading LLC in Deira, Dubai, and we are an authorised retailer for three Swiss and Japanese watch brands in the UAE.

We uploaded:
- Authorised dealer certificates from the brand distributors
- Purchase invoices from the last 90 days with our company name and address
- Our trade license
- Photos of our showroom in Gold Souq

All our watches come with the international warranty card and serial number. Please let us know if you need anything else.

Best regards,
Hamza Qureshi
Gulf Time Trading LLC
""",
  topic="watches",
  notes="seller in Dubai, calm watches ungating request")

M("cat-collect-native-123", C, "", "US", "native",
  "Collectible Coins - approval request",
  """Hello,

I'd like to apply to sell in Collectible Coins. I've been a coin dealer for 22 years and run Liberty Coin Exchange in Richmond, Virginia. I'm a member of the American Numismatic Association and the Professional Numismatists Guild, and I can provide membership numbers on request.

I plan to list only graded coins (PCGS and NGC slabs), each with its certification number in the listing and photos of both sides of the slab. I've attached three recent supplier invoices and a sample of our inventory list.

Thanks for your consideration,
Walter Hughes
Liberty Coin Exchange
""",
  topic="collectibles",
  notes="short native request")

M("cat-art-latam-124", C, "", "US", "latam",
  "Fine Art application - second request",
  """Hello Amazon,

This is my second request to sell in the Fine Art category. The first one was rejected but the email did not say the reason. Unfortunately I cannot see what was missing.

I am a painter from Cusco, Peru. I paint original oil paintings of Andean landscapes and people. I sell in two galleries in Lima and in one gallery in Santa Fe, New Mexico. I send the letters from the galleries, my CV with exhibitions, and photos of 10 paintings with the certificate of authenticity that I sign for every work.

Please tell me if I need another document.

Thank you,
Rosa Huamán
Huamán Arte Andino
""",
  topic="fine-art",
  dec=(("mild-word", "Unfortunately"),),
  notes="Peruvian painter, calm second request with 'Unfortunately'")

M("cat-media-pl-125", C, "", "UK", "other-non-native",
  "Request to sell Music (vinyl) - media category",
  """Dear Amazon,

We are Winyl Kraków, a record shop from Poland selling new and used vinyl records. We want to sell in the Music category on Amazon.co.uk, but when we add a product it says we need approval for the media category during the holiday period.

We have sold on Amazon.de and Amazon.pl since 2022 with 99% positive feedback. Our supplier invoices from the distributor in Berlin are attached, together with a list of 500 titles we plan to sell.

Could you please tell us if we need to apply or if this restriction will end after the holiday?

Kind regards,
Paweł Zieliński
Winyl Kraków
""",
  topic="media",
  notes="Polish record shop, calm question about media restriction")

if __name__ == "__main__":
    AUTHOR.write()
