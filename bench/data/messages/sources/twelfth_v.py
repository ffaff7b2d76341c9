#!/usr/bin/env python3
"""Author V's messages for the twelfth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/twelfth-a/v-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("v-", "twelfth-a")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1

M("poa-inauth-cn-001", A, "inauthentic", "US", "chinese",
  "Appeal for account deactivation - Inauthentic item complaints",
  """Dear Seller Performance Team,

We received your notice that our account Sunvia Home Store is deactivated because of customer complaints for inauthentic items (Product Authenticity Customer Complaints) on ASIN B0CK7T2M9Q. Please find below our plan of action.

一、问题原因 / The reason of the problem
We buy the silicone lids from one trading company in Yiwu, and we did not ask them for the factory invoice. Two buyers said the logo printing is different from the picture. After check we find the supplier changed the factory in September without tell us, so the printing is not same with our listing photo.

二、已采取的措施 / What we have did
- We removed all 1,240 units of the old batch from FBA (removal order RM-58231) and destroyed them.
- We have sign new contract directly with the factory Ningbo Yuanjia Silicone Co. and got invoice and brand authorization letter.
- We have refunded the 2 buyers and wrote to them to say sorry.

三、防止再次发生的措施 / Measures to avoid
- Every new batch, our QC staff will compare 5 samples with the listing photo before shipping to FBA.
- We keep all invoices for 3 years and upload to a shared folder.
- Our operation manager will check Voice of the Customer every Monday.

Invoices and authorization letter are attached. Thank you for review our appeal.

Best regards,
Sunvia Home Store
深圳市森维家居有限公司""",
  style="numbered", rc="一、问题原因 / The reason of the problem", co="二、已采取的措施 / What we have did",
  pr="三、防止再次发生的措施 / Measures to avoid",
  pol=("Product Authenticity Customer Complaints",),
  dec=(("asin", "B0CK7T2M9Q"), ("removal-order-id", "RM-58231"), ("foreign-snippet", "深圳市森维家居有限公司")),
  notes="bilingual Chinese numbering 一、二、三 headings; complete POA")

M("poa-late-cn-002", A, "late-shipment", "US", "chinese",
  "POA - Late Shipment Rate over 4%",
  """Hello Amazon,

Our account is suspended because the Late Shipment Rate is 9.8%, over the 4% target. Below is our POA.

Root cause:
We use a new warehouse in Dongguan from October. The warehouse staff did not confirm shipment in Seller Central on time, some orders shipped but confirm 2 or 3 days later. Also the Singles Day holiday made the carrier pick up slowly.

Corrective actions:
We will change to a new warehouse with better ERP connection. We will train the staff how to confirm the shipment in same day. We will also add 2 days to our handling time in the shipping template.

Preventive measures:
Our manager will check the Account Health dashboard every day and if the late rate is more than 2% we stop the new orders.

Please reinstate our selling privilege. Thank you.
Leyo Trading""",
  style="colon", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive measures:",
  pol=("Late Shipment Rate",),
  notes="corrective part is future tense only ('We will change... We will train')")

M("poa-odr-vn-003", A, "odr", "UK", "other-non-native",
  "Appeal - Order Defect Rate",
  """Dear Team,

My name is Nguyen Thi Lan, owner of LanCraft Bamboo. Our selling is suspended because Order Defect Rate is 1.6%. I am writing the plan of action here.

Why it happened
Many customer give negative feedback because the bamboo trays crack in winter. The wood was not dried enough in the workshop in Binh Duong, and in cold UK homes it crack after few week. Also we answer the buyer messages slowly, more than 48 hours, so some of them open A-to-z claim.

What we fixed
We have stopped selling the 3 tray models, we have refund all 27 customer who complain, and we have bought a drying machine for the workshop. Now one staff answer all buyer messages in 12 hours, also on weekend.

How we stop it again
Every batch we measure the moisture of the wood, must be under 10%. We will check feedback every day and contact the unhappy buyer before they leave feedback.

Thank you very much for your time.
Nguyen Thi Lan""",
  style="plain", rc="Why it happened", co="What we fixed", pr="How we stop it again",
  pol=("Order Defect Rate",),
  notes="Vietnamese seller, plain headings with no colon")

M("poa-rel-cn-004", A, "related-accounts", "US", "chinese",
  "Re: Your Amazon selling account - related account",
  """Dear Amazon Seller Performance,

We are writing about our account which was deactivated, your email said the account is deactivated and we should contact you.

We are a small company and we do not know what account you mean. We never open second account. Maybe the computer of our agency was used for other clients too, but we are not sure. Please tell us which account is related so we can explain.

We always follow the rules of Amazon and we have good metrics, ODR 0%, no late shipment. We hope you can check again and reactivate our account.

Thank you
Hongda Outdoor""",
  pol=(),
  notes="account appeal with no POA, no attachment, no policy named; only 'second account' hinted")

M("poa-counterfeit-pl-005", L, "counterfeit", "UK", "other-non-native",
  "Listing removed - suspected counterfeit - ASIN B09X4LQ7TR",
  """Good morning,

This is Piotr Kowalczyk from Kowal-Tools Sp. z o.o. Our listing ASIN B09X4LQ7TR (torque wrench set) was removed for Counterfeit Products policy. We are the official distributor of the brand in Poland and I send you here the action plan.

A) Reason
The brand owner changed the packaging design in 2025 and we still had 40 pcs in old packaging. Customer compared with new box on brand website and reported it as fake.

B) Actions already done
We made a removal order of the 40 old packaging units (order 4Q7TR-RMV), and we have asked the brand to send a confirmation letter that the old box is also original. The letter, distribution agreement and invoices from 2025 and 2026 are attached.

C) Prevention
From now, when brand changes packaging we will update photos same week and sell old stock only with note "previous packaging".

Regards / Pozdrawiam
Piotr Kowalczyk""",
  style="lettered", rc="A) Reason", co="B) Actions already done", pr="C) Prevention",
  pol=("Counterfeit Products policy",),
  dec=(("asin", "B09X4LQ7TR"), ("removal-order-id", "4Q7TR-RMV"), ("foreign-snippet", "Pozdrawiam")),
  notes="Polish distributor, lettered A) B) C)")

M("poa-review-cn-006", A, "review-manipulation", "US", "chinese",
  "URGENT!!! please help our account",
  """Dear Amazon,

PLEASE PLEASE help us, our account is deactivated for review manipulation and this is our whole life. We have 15 staffs and their family depend on this store, if you not reactivate we will go bankrupt in one month. We are begging you.

The reason: one of our staff sent the postcard in the package to ask 5 star review and offer gift card. He is new and don't know it is not allowed under the Customer Product Reviews policy.

What we have done: we fired this staff, we have removed all postcard from the inventory in our warehouse and in FBA we create the removal order.

Prevention: every insert card will be approved by the manager, and all staff did the training about Amazon review policy.

We are so desperate, please give us one more chance, we will never do again. This is unfair for us because it was only one person mistake.

Crying for help,
Miaoke Store""",
  style="inline", rc="The reason:", co="What we have done:", pr="Prevention:",
  pol=("Customer Product Reviews policy",),
  emo=("PLEASE PLEASE help us", "this is our whole life", "we will go bankrupt in one month",
       "We are begging you", "We are so desperate", "This is unfair for us", "Crying for help"),
  notes="complete POA but heavy emotional pleading in caps")

M("fba-lost-cn-007", F, "", "US", "chinese",
  "Inbound shipment FBA18XK2LP9Q missing 120 units",
  """Hello Seller Support,

Our shipment FBA18XK2LP9Q was delivered to warehouse LGB8 on 3 March (UPS tracking 1Z9W47A80312845566, 6 cartons). The shipment is closed but only 360 of 480 units are received for SKU SV-LID-12 (FNSKU X003K9PLQ2).

We have checked the carton label and the packing list, all 6 boxes have 80 units. Proof of delivery from UPS show 6 packages signed by the warehouse. So we think one box and half is lost inside the fulfillment center.

Please investigate and reimburse the 120 missing units. Attached: POD, invoice, packing list with carton weights.

Thank you
Sunvia Home Store""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA18XK2LP9Q"), ("tracking-number", "1Z9W47A80312845566"), ("fnsku", "X003K9PLQ2"),
       ("sku", "SV-LID-12")),
  notes="clean FBA lost-inbound claim")

M("tech-login-cn-008", T, "", "US", "chinese",
  "Cannot login - two step verification not coming",
  """Hi support,

我们的卖家账户登录不了，两步验证的短信一直收不到。 Our seller account cannot log in, the 2SV text message never arrive to the phone +86 138 2651 4470.

For your checking, the login email is ops@qiyuetech-sz.com and the password is Qy@2026sz!88, you can try. Also the code that came one time yesterday was 584921 but it expired.

Please help us reset the phone number for two step verification to the new number +86 139 0277 3315.

Thank you
Qiyue Tech""",
  topic="login",
  sec=(("password", "Qy@2026sz!88"), ("one-time-code", "584921")),
  dec=(("phone", "+86 138 2651 4470"), ("phone", "+86 139 0277 3315"), ("foreign-snippet", "我们的卖家账户登录不了，两步验证的短信一直收不到。")),
  notes="password and a one-time code given to support")

M("poa-safety-uk-009", A, "product-safety", "UK", "native",
  "Appeal: account deactivated - product safety (electric heaters)",
  """To the Seller Performance team,

Our account was deactivated under the Product Safety and Compliance policy after complaints that two of our 2kW fan heaters overheated. We take this extremely seriously. Our plan of action follows.

**Investigation**
We sent three returned units to an independent lab (Intertek, Leatherhead). The thermal cut-out in batch HT-2510 was rated 10°C too high because the factory substituted a component without informing us. No injuries were reported.

**Immediate actions**
- Removed all remaining stock of batch HT-2510 from FBA and our own warehouse (312 units), and had them destroyed.
- Contacted every buyer of that batch by Buyer-Seller Messaging with a full refund offer; 188 accepted so far.
- Notified the OPSS and logged the issue on the Product Safety Database.

**Long-term controls**
- Every batch will now be tested by a UKCA-accredited lab before it ships, and reports kept for five years.
- Component substitutions are now a contract breach under our revised supplier agreement.

Test reports and the supplier's corrective action letter are attached.

Kind regards,
Harriet Dawes
Dawes Home Comfort Ltd""",
  style="bold", rc="Investigation", co="Immediate actions", pr="Long-term controls",
  pol=("Product Safety and Compliance policy",),
  dec=(("lot-number", "HT-2510"),),
  notes="native UK, bold headings with non-textbook wording")

M("poa-vt-id-010", A, "valid-tracking", "US", "other-non-native",
  "Plan of Action for Valid Tracking Rate",
  """Dear Amazon Team,

Our account is suspended because our Valid Tracking Rate is 88%, below the 95% target. We are seller from Surabaya, Indonesia, shipping with our own logistic partner.

1. Root Cause
Our logistic partner gives tracking number that is not integrated with Amazon, so many orders show "not valid". Also our staff sometimes type the tracking number wrong.

2. Corrective Action

3. Preventive Action
We will only use the carriers that is in Amazon list, like DHL eCommerce and SF Express. Staff will copy paste the number from the carrier system, no typing by hand anymore.

Terima kasih and best regards,
Budi Santoso
Santoso Craft Indonesia""",
  style="numbered", rc="1. Root Cause", co=None, pr="3. Preventive Action",
  pol=("Valid Tracking Rate",),
  dec=(("foreign-snippet", "Terima kasih"),),
  notes="'2. Corrective Action' is only a heading with nothing under it: corrective labeled absent")

M("poa-iptm-cn-011", L, "ip-trademark", "US", "chinese",
  "Reinstate ASIN B0D2HHR8WN - trademark complaint",
  """Dear Team,

Our ASIN B0D2HHR8WN is removed because of a complaint from brand "Kelvora" (complaint ID 14429087361). 

The reason is: our listing title wrote "compatible with Kelvora blender" and the photo show the Kelvora logo on the blender. We did not know using their logo in the photo is a problem.

We have already edited the title to remove the brand word and changed all the photos to show only our own jar. Also we contacted the rights owner by email to ask them retract.

Please reinstate our listing. Thank you very much.
Juntai Kitchen""",
  style="inline", rc="The reason is:", co="We have already edited", pr=None,
  pol=(),
  dec=(("asin", "B0D2HHR8WN"), ("complaint-id", "14429087361")),
  notes="no preventive part; no policy or violation named, only 'a complaint'")

M("fba-dmg-uk-012", F, "", "UK", "native",
  "Damaged units in warehouse - reimbursement request",
  """Hi,

Inventory Adjustments report shows 14 units of SKU GD-MUG-SET4 (FNSKU X002MQ7L4D) marked as damaged at the warehouse (reason code E) on 11 and 12 February. None has been reimbursed after 30 days.

These are boxed ceramic mug sets with poly bags and bubble wrap, packed to Amazon's standard, so the damage happened while handling in the fulfilment centre.

Please open an investigation and reimburse 14 units at our average sale price of £24.99.

Unfortunately this is the third time this quarter, so if you could also look into why it keeps happening at that site it would be appreciated.

Thanks,
Tom Whitfield
Greendale Gifts""",
  topic="warehouse-damaged",
  dec=(("fnsku", "X002MQ7L4D"), ("sku", "GD-MUG-SET4"), ("mild-word", "Unfortunately")),
  notes="calm claim with one mild word")

M("poa-cancel-cn-013", A, "cancel-rate", "US", "chinese",
  "取消率申诉",
  """尊敬的亚马逊卖家绩效团队：

您好！我们的店铺因为订单取消率超过2.5%被停用。以下是我们的行动计划。

一、问题原因
十一月份我们的ERP库存同步出现故障，导致有32个订单在没有库存的情况下被下单，我们只能取消这些订单。

二、已经采取的措施
1. 我们已经更换了ERP系统，改用每15分钟同步一次库存。
2. 我们已经把所有低库存的商品设置为安全库存5件。
3. 已经给所有被取消订单的买家发邮件道歉。

三、预防措施
以后每天早上由运营主管检查库存报告，如果发现库存异常会马上把商品下架。

希望能够恢复我们的销售权限，谢谢！

广州市禾川贸易有限公司""",
  lang="zh", style="numbered", rc="一、问题原因", co="二、已经采取的措施", pr="三、预防措施",
  pol=("订单取消率",),
  notes="Chinese-language POA on US: non-english defect; complete otherwise")

M("tech-upload-vn-014", T, "", "US", "other-non-native",
  "Flat file upload error 8541",
  """Dear Seller Support,

I try to upload new products with the flat file for category Home & Kitchen, but every row get error 8541, and the processing report say the product matches an existing ASIN but the data conflict. Batch ID of my upload is 50129384017.

My products are new and have own GTIN from GS1 Vietnam, so I don't understand why it match with other ASIN. Can you please check and tell me what I need to change in the file? File name is bamboo_home_v3.xlsm.

Thank you so much,
Tran Minh Duc""",
  topic="listing-upload",
  dec=(("error-code", "8541"), ("feed-id", "50129384017"), ("file-name", "bamboo_home_v3.xlsm")),
  notes="technical upload error, clean")

M("poa-used-new-us-015", A, "used-sold-as-new", "US", "native",
  "Appeal - used sold as new complaints",
  """Hello,

We got deactivated last night. I'm the owner of Ridgeline Resale LLC. We buy overstock and returns lots from big-box stores and resell the sealed units as new.

Honestly I think the complaints are from buyers who just wanted a free return. We've been selling for six years. We'll do better checking going forward, but I need my account back ASAP because I have payroll on Friday.

Thanks,
Greg Paulsen
Ridgeline Resale LLC""",
  pol=(),
  notes="no POA, no attachment, no policy; dismissive, mild urgency only (not labeled emotional)")

M("poa-drop-cn-016", A, "drop-shipping", "US", "chinese",
  "POA for drop shipping policy violation",
  """Dear Seller Performance team,

Thank you for your email. We understand our account is deactivated because we violate the Drop Shipping Policy. The attached file "POA_Huaxin_DropShipping.pdf" has our complete plan of action with root cause, actions we have taken and preventive measures, and also the supplier contract and the invoices.

In short: some orders were sent directly from the 1688 supplier with their packing slip and not with our name, because our warehouse was full in the peak season. We have stopped this and now every order is shipped from our own warehouse with our name as seller of record.

Please kindly review the attached POA.

Best regards,
Huaxin Store""",
  att=True, pol=("Drop Shipping Policy",),
  dec=(("file-name", "POA_Huaxin_DropShipping.pdf"),),
  notes="cover letter, POA attached; short summary in the text is not a full POA so poa=false")

M("brand-hijack-us-017", B, "", "US", "native",
  "Hijacker on our brand listing B0BTR4WQ6Z",
  """Hi Brand Registry team,

We own the registered trademark AUBERLY (USPTO Reg. No. 7104552) and are enrolled in Brand Registry. Since Monday a seller called "GoodDealz Outlet" has been selling on ASIN B0BTR4WQ6Z at $8 below our MAP. We ran test buy order 113-4490271-5538014 and the item that arrived has no logo on the pouch and different stitching.

Please remove this seller from our listing. The test buy photos and our product photos are attached for comparison.

Best,
Dana Ruiz
Auberly Goods Inc.""",
  topic="hijacker",
  dec=(("trademark-number", "7104552"), ("asin", "B0BTR4WQ6Z"), ("order-id", "113-4490271-5538014")),
  notes="brand hijacker report with a test buy")

M("cat-grocery-cn-018", C, "", "US", "chinese",
  "Request approval for Grocery & Gourmet Food",
  """Dear Category Team,

We want to apply to sell in Grocery & Gourmet Food category. Our product is dried goji berry from Ningxia. We have the FDA food facility registration number 17630925418 and the certificate of analysis from SGS for pesticide and heavy metal.

Our supplier is Ningxia Qiyuan Agriculture Co. and we have 3 invoices from them, total 2,400 kg in last 90 days. Expiry date is printed on each bag and we will use FBA with the expiration date tracking.

Please let us know if more documents needed.

Best regards,
Zhongning Foods US""",
  topic="grocery",
  dec=(("certificate-number", "17630925418"),),
  notes="ungating request; FDA registration number is a decoy; 'expiry date' is not a card expiry")

M("poa-restr-cn-019", L, "restricted-products", "US", "chinese",
  "Listing deactivated - restricted product (pesticide claim)",
  """Hello,

Our listing for the mosquito trap ASIN B0C9RLM2T8 is deactivated for Restricted Products policy, pesticide claims.

Root cause
The description said "kills 99% mosquitos" and "pesticide-free protection", and these are pesticide claims under EPA rules. The copywriter in our agency used the words from another listing.

Corrective action
Already removed the word "kills" and "pesticide" from title, bullet and A+ content. We have checked the other 46 listings in our account and fixed 5 more that had similar words.

Preventive action
All listing text will be checked against a word list (kill, repel, germ, virus, bacteria, pesticide) before publishing. Our compliance staff did the Seller University training on pesticides.

Thank you.""",
  style="plain", rc="Root cause", co="Corrective action", pr="Preventive action",
  pol=("Restricted Products policy",),
  dec=(("asin", "B0C9RLM2T8"),),
  notes="plain headings; no sign-off; 'EPA rules' not the policy name but policy is cited anyway")

M("fba-return-id-020", F, "", "US", "other-non-native",
  "Customer return not received back - refund given",
  """Hello,

For order 111-7730925-4418826 the customer got a full refund on 2 February but the item never come back to FBA inventory. It is more than 45 days now and the return status still show "in transit" with no tracking update. Please reimburse us for 1 unit of SKU RTN-BATIK-03.

We are very sorry for the inconvenient and thank you for help.

Best regards,
Dewi Lestari
Batik Nusantara Shop""",
  topic="customer-return",
  dec=(("order-id", "111-7730925-4418826"), ("sku", "RTN-BATIK-03"),
       ("single-apology", "We are very sorry for the inconvenient")),
  notes="short return claim with a single stock apology")

# ---------------------------------------------------------------- chunk 2

M("poa-iptm-cn-021", A, "ip-trademark", "US", "chinese",
  "POA - Intellectual Property policy violation (trademark)",
  """Dear Seller Performance,

We are writing to appeal the deactivation of our account Fenghe Direct for violating the Amazon Intellectual Property Policy (trademark). Complaint ID 15620394817 from the rights owner of "Nordvik".

ROOT CAUSE
We used the keyword "nordvik style" in the search terms of 8 listings because our operator saw it is a popular search word. He did not know a brand name can not be used in the search terms of a product from other brand.

ACTIONS TAKEN
1. We have deleted the word from the backend keywords of all 8 listings on 14 March.
2. We have reviewed all 213 listings of the store with a brand-name list and cleaned 11 more keywords.
3. We have sent an email to the rights owner to apologize and they replied they will retract the complaint.

PREVENTIVE MEASURES
1. New listings must be approved by the team leader before publish.
2. Monthly, we will check all keywords against the trademark database (USPTO TESS).
3. All operators finished the Brand Registry and IP training in Seller University.

Thank you for your consideration.
Fenghe Direct""",
  style="caps", rc="ROOT CAUSE", co="ACTIONS TAKEN", pr="PREVENTIVE MEASURES",
  pol=("Amazon Intellectual Property Policy",),
  dec=(("complaint-id", "15620394817"),),
  notes="caps headings, classic agency template")

M("poa-iptm-cn-022", A, "ip-trademark", "US", "chinese",
  "POA - Intellectual Property policy violation (trademark)",
  """Dear Seller Performance,

We are writing to appeal the deactivation of our account Ruibo Home for violating the Amazon Intellectual Property Policy (trademark).

ROOT CAUSE

ACTIONS TAKEN
1. We have deleted all the listings in the complaint.
2. We have reviewed all listings of the store and deleted the risky ones.
3. We have contacted the rights owner.

PREVENTIVE MEASURES
1. New listings must be approved by the team leader before publish.
2. Monthly, we will check all keywords against the trademark database.
3. All operators will finish the IP training in Seller University.

Thank you for your consideration.
Ruibo Home""",
  style="caps", rc=None, co="ACTIONS TAKEN", pr="PREVENTIVE MEASURES",
  pol=("Amazon Intellectual Property Policy",),
  notes="same agency template as 021, ROOT CAUSE heading left empty: root cause labeled absent")

M("poa-odr-us-023", A, "odr", "US", "native",
  "Order Defect Rate - appeal",
  """Hi there,

Our ODR hit 1.4% in the last 60 days and the account was deactivated. Here's what happened and what we did.

## What went wrong
We switched to a cheaper regional carrier in January to save on shipping. Their damage rate was far worse than we expected, and 19 buyers left negative feedback or opened A-to-z claims for crushed boxes.

## What we've done
- Moved every order back to UPS Ground on January 28.
- Refunded or replaced every affected order, including ones where the buyer never contacted us.
- Switched to double-wall cartons for the ceramic planters.

## Keeping it from happening again
We now review carrier damage reports weekly, and any new carrier gets a 50-order trial before we switch volume to them.

Thanks for reviewing,
Maya Chen
Terra & Twig""",
  style="markdown", rc="What went wrong", co="What we've done", pr="Keeping it from happening again",
  pol=("ODR",),
  notes="markdown headings, ODR alone names the policy")

M("tech-payment-us-024", T, "", "US", "native",
  "Credit card on file declined - can't update",
  """Hello,

Our seller fee charge failed and the account shows a payment issue banner. The card on file is our company Amex. I tried to update it in Settings > Charge Methods but it keeps saying "invalid card". To save time, here are the details so someone can add it on your end:

Card: 3782 822463 10005
Exp: 11/29
CID: 4127

Name on card: Robert K. Lyle, Lyle Outdoor Supply LLC. Billing ZIP 80302.

Please fix this today if possible, we don't want the listings to go inactive.

Thanks,
Rob""",
  topic="payment-method",
  sec=(("card", "3782 822463 10005"), ("card-expiry", "11/29"), ("card-code", "4127")),
  dec=(("postcode", "80302"),),
  notes="Amex 4-6-5 card number, expiry and 4-digit CID pasted into a case")

M("poa-condition-pl-025", A, "condition", "DE", "other-non-native",
  "Appeal - condition complaints (used/refurbished)",
  """Dear Amazon Team,

Our account Polrefurb is blocked because of condition complaints. We sell refurbished laptops on amazon.de.

Our POA:
Cause: The grading of "Refurbished - Excellent" was done by a new worker who did not check the battery health. 9 laptops had battery under 70%, and buyers complained the condition is not as described under the Condition Guidelines.

Our POA: Actions already done
All 9 buyers received a new battery free or a full refund. We have regraded all 140 laptops in stock, 22 were moved to "Good" grade. The new worker was re-trained.

Our POA: To prevent
Every laptop will have a battery report printed and put in the box. Second person will check the grading before listing.

Best regards,
Marek Nowak, Polrefurb s.c.""",
  style="our-poa", rc="Cause:", co="Our POA: Actions already done", pr="Our POA: To prevent",
  pol=("Condition Guidelines",),
  notes="Polish seller on DE writing English (allowed); our-poa headings")

M("poa-price-cn-026", A, "price-gouging", "US", "chinese",
  "Appeal for price gouging deactivation",
  """Dear Amazon,

Our account was deactivated for Fair Pricing Policy. We had a price of $89.99 for the N95 mask box of 20 when the normal price was $19.99.

This happened because our repricing tool followed the competitor price up when many sellers were out of stock during the wildfire. Nobody in our team watched the repricer that week.

We are very sorry for this. We hope Amazon can give us a chance to correct it. Thank you.

Best,
Jiale Health""",
  style="none", rc="This happened because our repricing tool", co=None, pr=None,
  pol=("Fair Pricing Policy",),
  dec=(("single-apology", "We are very sorry for this."), ("mild-plea", "We hope Amazon can give us a chance to correct it.")),
  notes="only a root cause; no corrective and no preventive; apology and mild plea are calm")

M("fba-removal-cn-027", F, "", "US", "chinese",
  "Removal order never delivered",
  """Hi team,

Our removal order RZ-4K8J2NQP created on 5 January shows "Completed" with 300 units shipped, tracking 9400111899223344556677 (USPS). The tracking stopped at "Label created" and our warehouse in Ontario, CA never received anything.

Please check the removal order and reimburse the 300 units of SKU HX-PAD-BLK, because Amazon's carrier lost it.

Also you can send the reimbursement to our bank account directly, account number 4471 0092 3816 at Chase, routing 021000021, if it is more fast than the disbursement.

Thank you,
Hexin Supplies""",
  topic="removal",
  sec=(("bank-account", "4471 0092 3816"), ("routing-number", "021000021")),
  dec=(("removal-order-id", "RZ-4K8J2NQP"), ("tracking-number", "9400111899223344556677"), ("sku", "HX-PAD-BLK")),
  notes="removal claim with bank account and routing number pasted")

M("poa-inauth-vn-028", A, "inauthentic", "US", "other-non-native",
  "Appeal inauthentic",
  """Hello,

Amazon deactivated my account for customer complaints on the coffee drippers. I am reseller, I sell kitchen items since 2024.

I will send you the invoice of the wholesaler. I will also ask the brand for letter of authorization. I will remove the item from my store and will not sell it until I have the letter. In future I will only buy from the brand or authorized distributor.

Please reactivate my account, I need it to support my family.

Thank you,
Pham Quoc Huy""",
  style="none", rc=None, co="I will send you the invoice", done=False, pr="In future I will only buy",
  pol=(),
  dec=(("mild-plea", "I need it to support my family."),),
  notes="no root cause; corrective only future tense; no policy or violation named; one mild plea")

M("tech-deposit-pl-029", T, "", "UK", "other-non-native",
  "Change deposit method - new IBAN",
  """Hello Seller Support,

We changed our bank for business and we need to update the deposit method for amazon.co.uk. The system asks for verification and then shows an error "We could not verify this bank account". 

New bank account:
Bank: mBank S.A.
IBAN: PL20102055581111123456789012
SWIFT: BREXPLPWXXX
Account holder: AMBERLINE SP. Z O.O.

Please help to add it or tell us what is wrong. The old account will be closed at end of month.

Kind regards,
Agnieszka Wiśniewska""",
  topic="deposit-method",
  sec=(("iban", "PL20102055581111123456789012"),),
  dec=(("swift-code", "BREXPLPWXXX"),),
  notes="IBAN pasted into a case; SWIFT is a decoy")

M("poa-safety-cn-030", L, "product-safety", "US", "chinese",
  "ASIN B0CQ2WZ81M removed - children product certificate",
  """Dear Amazon,

Our ASIN B0CQ2WZ81M (kids stacking cups) was removed because the Children's Product Certificate is missing.

1) What is the problem
When we created the listing we uploaded the CPSIA test report from the lab but we did not make a CPC document. We thought test report is enough.

2) What we have finished
- We have made the Children's Product Certificate (CPC) with the 8 fields required, with the lab report number attached.
- We uploaded the CPC and test report in Manage Your Compliance on 20 March.

3) For the future
Before any new kids product is listed, our compliance person will check the list: CPSIA test, CPC, tracking label on the product.

Please reinstate the ASIN.
Thanks
Lefeng Baby""",
  style="numbered", rc="1) What is the problem", co="2) What we have finished", pr="3) For the future",
  pol=("Children's Product Certificate",),
  dec=(("asin", "B0CQ2WZ81M"),),
  notes="CPC named as the requirement; numbered 1) 2) 3)")

M("poa-review-us-031", A, "review-manipulation", "US", "native",
  "Re: Suspension - reviews",
  """Hello,

I honestly cannot believe this is happening again. This is the THIRD time I've written and every time I get the same copy-paste response. It's absolutely ridiculous. We've done nothing wrong, and you're destroying a family business that took eight years to build.

Here is the plan one more time:

Root cause: A Facebook group we joined for "seller tips" offered free product in exchange for reviews. Our marketing assistant sent 12 units to members of that group in December without my knowledge.

Corrective actions: We left the group, the assistant no longer works with us, and we have asked Amazon to remove any reviews from those 12 orders.

Preventive: I will personally approve any marketing activity from now on.

Fix this.
Jim Hartley, Hartley Farmhouse Goods""",
  style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive:",
  pol=(),
  emo=("I honestly cannot believe this is happening again", "It's absolutely ridiculous",
       "you're destroying a family business that took eight years to build", "Fix this."),
  notes="angry native; complete POA; no policy named ('reviews' only)")

M("fba-inbound-dmg-vn-032", F, "", "US", "other-non-native",
  "Damaged inbound shipment FBA17M3PQXL2",
  """Dear Support,

Our shipment FBA17M3PQXL2 to ONT8 was received with 22 units damaged by the carrier (Amazon Partnered Carrier, PRO number 384019276). The boxes were crushed on the pallet, we have photos from the warehouse receiving.

The shipment was packed on a 4-way pallet with corner board and wrap, BOL 558201934 attached. Please reimburse the 22 units of SKU VNLAC-TRAY-L.

Best regards,
Le Van Thanh
Saigon Lacquer Co.""",
  topic="damaged-inbound",
  dec=(("shipment-id", "FBA17M3PQXL2"), ("pro-number", "384019276"), ("bol-number", "558201934"),
       ("sku", "VNLAC-TRAY-L")),
  notes="9-digit PRO and BOL numbers that fail the ABA check")

M("poa-rel-cn-033", A, "related-accounts", "UK", "chinese",
  "关联账户申诉 - POA",
  """Dear Seller Performance Team,

Our account Yunshang UK was deactivated, and your message mentioned another account, Tianyi Shop, which was suspended in 2024.

Reason: Tianyi Shop was registered by our former employee, Mr. Zhou, using the office network and one laptop of our company. He left our company in 2023 and opened that account for himself. So Amazon see the same IP and device.

What we did: We have changed the broadband line and the router of the office, all computers were reset, and all staff now use their own company laptops only. We have signed a declaration with all employees that they cannot operate other Amazon accounts on company devices.

To avoid: IT person checks the device list each month, and no personal account login is allowed in office.

Attached: Mr. Zhou's resignation record, the new broadband contract, and our business license.

Yunshang Trading Ltd""",
  style="inline", rc="Reason:", co="What we did:", pr="To avoid:",
  pol=(),
  notes="violation only hinted ('mentioned another account'); no policy name in the text (Chinese label only in subject)")

M("poa-lsr-cn-034", A, "late-shipment", "US", "chinese",
  "POA Late Shipment Rate",
  """Dear Amazon Seller Performance Team,

Thank you for giving us the chance to explain. Our Late Shipment Rate is 6.2% because of reasons below.

【原因 Root cause】
During the Chinese New Year our self-fulfilled warehouse staff were on holiday, and we forgot to turn on the vacation setting. Orders came in but nobody shipped them for 8 days.

【已采取措施 Corrective actions】
We have shipped all the pending orders with express and refund the shipping fee. We have converted 80% of our SKUs to FBA so the holiday will not affect shipping.

【预防措施 Preventive measures】
We have make a holiday calendar in the ERP. Two weeks before any holiday the manager turns on the holiday mode and extends handling time.

Best regards
Baiyun Trade""",
  style="mixed", rc="【原因 Root cause】", co="【已采取措施 Corrective actions】", pr="【预防措施 Preventive measures】",
  pol=("Late Shipment Rate",),
  notes="bracketed bilingual headings; mixed style")

M("poa-cc-us-035", A, "seller-code-of-conduct", "US", "native",
  "Appeal - Seller Code of Conduct",
  """Dear Seller Performance,

We received notice that our account was deactivated for a violation of the Seller Code of Conduct, specifically for contacting buyers outside of Buyer-Seller Messaging.

What happened: our customer service contractor emailed about 40 buyers at the addresses they had given on our own website, asking them to remove negative feedback left on Amazon. The contractor matched Amazon orders to our website customer list, which we never authorized.

What we've done: we ended the contract on March 2, deleted the merged customer list, and sent a brief note through Buyer-Seller Messaging to each buyer apologizing for the contact.

Going forward: customer service for Amazon orders is now handled in-house only, through Buyer-Seller Messaging, and any feedback request uses the Request a Review button and nothing else.

Regards,
Linda Okafor
Brightwater Kitchenware""",
  style="inline", rc="What happened:", co="What we've done:", pr="Going forward:",
  pol=("Seller Code of Conduct",),
  notes="native, inline headings")

M("brand-contrib-cn-036", B, "", "US", "chinese",
  "Other seller changed our brand listing images",
  """Hello Brand Registry Support,

We are brand owner of "LUMIOKA" (trademark serial 98234117). Someone changed the main image of ASIN B0CZ5KL3PP to a photo with other logo and changed the title. We did not do this change.

Unfortunately we already tried to edit back 3 times but the listing goes back to the wrong image after a few hours. Please lock our brand contribution as the brand owner and restore our image and title.

Thank you.
Lumioka Lighting Co., Ltd
中山市卢米奥卡照明有限公司""",
  topic="listing-contribution",
  dec=(("trademark-number", "98234117"), ("asin", "B0CZ5KL3PP"), ("mild-word", "Unfortunately"),
       ("foreign-snippet", "中山市卢米奥卡照明有限公司")),
  notes="calm brand contribution dispute with one mild word")

M("poa-drop-id-037", A, "drop-shipping", "US", "other-non-native",
  "Appeal for my account",
  """Dear Sir/Madam,

Saya mohon maaf. I am sorry, my English is not good. My account is deactivated and I do not understand why. I sell phone cases and I buy them from AliExpress and the seller ship to my customer. Is this not allowed? Many people on YouTube do this.

I have no money now, all my money is in the inventory and Amazon is holding my payment. Please I beg you, help me, I have two children and no other job. I will do anything you want.

Thank you,
Rina Wulandari""",
  pol=(),
  emo=("I have no money now", "Please I beg you, help me", "I have two children and no other job",
       "I will do anything you want"),
  dec=(("foreign-snippet", "Saya mohon maaf."),),
  notes="Indonesian first-time seller: no POA, no policy, emotional; describes drop shipping without knowing the name")

M("cat-topicals-vn-038", C, "", "US", "other-non-native",
  "Approval request - Beauty topicals (coconut oil)",
  """Dear Amazon Category Team,

We would like to sell our cold-pressed coconut oil for skin and hair in Beauty category. The system asks for approval. We are manufacturer in Ben Tre province, Vietnam.

Documents we can provide:
- Business registration and manufacturing license
- Safety Data Sheet and ingredient list (100% Cocos Nucifera oil)
- Product photos with label in English showing the ingredient and country of origin
- 3 invoices of raw coconut purchase from farmers cooperative

Please advise what else we need for approval. Thank you very much.

Best,
Vo Thi Mai
Ben Tre Coco Natural""",
  topic="beauty-topicals",
  notes="clean ungating request, bullet list")

M("tech-tax-cn-039", T, "", "US", "chinese",
  "Tax interview keeps failing - W-8BEN-E",
  """Hi,

We are a company in Shenzhen and we do the tax interview for W-8BEN-E many times but it always say "Information does not match IRS records". We are not US company so we do not have EIN. Should we leave the TIN blank or use our Chinese Unified Social Credit Code 91440300MA5G8KQ21X?

Also the interview ask for a "signature password" at the end, we don't have it, is it the login password? We did not type anything.

Please guide. Thanks
Shenzhen Weiyang Electronics Co., Ltd.""",
  topic="tax-interview",
  dec=(("tax-id", "91440300MA5G8KQ21X"), ("password-word", "login password")),
  notes="password mentioned with no value; Chinese tax ID decoy")

M("poa-cancel-uk-040", A, "cancel-rate", "UK", "native",
  "Re: Pre-fulfilment Cancel Rate appeal",
  """> From: Amazon Seller Performance
> Your account has been deactivated because your Pre-fulfilment Cancel Rate is above 2.5%. To reactivate, please submit a plan of action.

Hello,

Following the notice above, here's our plan.

Cause - we sell vintage vinyl records and each record is a single unit. We were listing on Amazon, eBay and Discogs at the same time and our stock sync only ran nightly. 31 records sold on two sites on the same day and we had to cancel the Amazon orders.

Actions done - we've moved to a sync tool that updates stock every 5 minutes across all three channels and we've removed 90 one-off items from Amazon that are also on Discogs.

Prevention - anything unique is now listed on one channel only until it sells. We'll review the cancel rate every Monday.

Cheers,
Sam Greaves
Groove Attic Records""",
  style="inline", rc="Cause -", co="Actions done -", pr="Prevention -",
  pol=("Pre-fulfilment Cancel Rate",),
  notes="email reply quoting the Amazon notice; dash-inline headings")

# ---------------------------------------------------------------- chunk 3

M("poa-inauth-cn-041", A, "inauthentic", "US", "chinese",
  "Appeal - Inauthentic (supply chain documents)",
  """Dear Seller Performance Team,

Regarding our account deactivation for inauthentic complaints under the Amazon Anti-Counterfeiting Policy, here is our Plan of Action.

Root cause of the issue:
We purchased the phone holders from a distributor that was not authorized by the brand. We trusted their price and did not verify the authorization chain.

The actions we will take:
1. We will remove all the inventory of this ASIN from FBA.
2. We will contact the brand to become authorized reseller.
3. We will provide the new invoices to Amazon after we get them.

The measures to prevent:
1. We will only buy from the manufacturer or brand owner.
2. We will verify the supplier with business license and authorization letter.
3. We will keep the invoices for 365 days.

We sincerely hope you can reinstate our account.

Best regards,
Chuangxin Mobile Accessories""",
  style="colon", rc="Root cause of the issue:", co="The actions we will take:", done=False,
  pr="The measures to prevent:",
  pol=("Amazon Anti-Counterfeiting Policy",),
  notes="agency template; corrective section entirely 'We will'")

M("poa-odr-cn-042", A, "odr", "US", "chinese",
  "ODR超标申诉 Order Defect Rate appeal",
  """Hi Amazon,

Our ODR is 2.1%, we know the target is under 1%. The bluetooth speakers of batch 2601 have a problem of the charging port, many customers return and leave 1 star and A-to-z claim.

Corrective: we stopped the sales of the speaker, refunded every buyer who complain (58 orders) and made a removal of all 900 units in FBA. The factory has fixed the port design and sent us new samples.

Prevention: 

Thank you for your reading and hope get the reply soon.

Xinrui Audio
（备注：预防措施下周补上 — 王经理）""",
  style="inline", rc="The bluetooth speakers of batch 2601 have a problem", co="Corrective:", pr=None,
  pol=("ODR",),
  dec=(("foreign-snippet", "（备注：预防措施下周补上 — 王经理）"),),
  notes="'Prevention:' with nothing under it (pasted internal note says it will be added next week): preventive absent")

M("poa-lp-us-043", L, "listing-policy", "US", "native",
  "Listing suppressed - variation policy",
  """Hello,

Our parent ASIN B0B7N1WX4C was suppressed for a variation policy issue. The notice says we combined products that are not true variations.

The tea gift sets (green, black, herbal) and the matching ceramic teapot were in the same variation family. The teapot is a different product, and the Variation Policy says only size, color or flavor of the same item can be variations.

Thanks for looking at it.
Ellen Marsh
Marsh & Leaf Tea Co.""",
  style="none", rc="The tea gift sets (green, black, herbal) and the matching ceramic teapot", co=None, pr=None,
  pol=("Variation Policy",),
  dec=(("asin", "B0B7N1WX4C"),),
  notes="explains the cause only; nothing done and nothing for the future")

M("poa-iptm-vi-044", A, "ip-trademark", "US", "other-non-native",
  "Khiếu nại tài khoản bị khóa",
  """Kính gửi đội ngũ Amazon,

Tài khoản của chúng tôi bị vô hiệu hóa vì khiếu nại nhãn hiệu (trademark) từ thương hiệu "Zentora". Nguyên nhân là nhân viên của chúng tôi đã dùng tên thương hiệu này trong tiêu đề sản phẩm vì nghĩ đó là tên chung của loại sản phẩm.

Chúng tôi đã xóa tên thương hiệu khỏi tất cả các tiêu đề và từ khóa, và đã gửi email xin lỗi đến chủ thương hiệu. Từ nay, mỗi sản phẩm mới sẽ được quản lý kiểm tra trước khi đăng để tránh vi phạm Chính sách Sở hữu Trí tuệ của Amazon.

Xin cảm ơn,
Hoàng Văn Nam""",
  lang="vi", style="none", rc="Nguyên nhân là nhân viên", co="Chúng tôi đã xóa tên thương hiệu",
  pr="Từ nay, mỗi sản phẩm mới",
  pol=("Chính sách Sở hữu Trí tuệ của Amazon",),
  notes="Vietnamese-language appeal on US: non-english; complete POA with content cues")

M("tech-login-ja-045", T, "", "US", "other-non-native",
  "Login locked - second owner account",
  """Hello Seller Support,

Our company is in Osaka, our Japanese accountant wrote the note below, I paste it. We cannot login to the US account since yesterday, "account locked" message.

---
担当者様
セラーセントラルにログインできません。ログインID: kobayashi@tsukumo-trade.jp
パスワード: Tsukumo#7781
暗証番号は 4630 です。確認のためお使いください。
---

Please unlock the account and tell us if we need to send the ID documents and the utility bill again, like in the verification last year.

Best regards,
Tsukumo Trading K.K.""",
  topic="login",
  sec=(("password", "Tsukumo#7781"), ("password", "4630")),
  dec=(("foreign-snippet", "セラーセントラルにログインできません。"),),
  notes="English case with a pasted Japanese note holding パスワード and 暗証番号 (PIN labeled password)")

M("fba-wh-lost-cn-046", F, "", "US", "chinese",
  "仓库丢件索赔 / warehouse lost units",
  """Dear Seller Support,

According to the Inventory Ledger, 35 units of FNSKU X003ZT8K1M were "Lost" at the warehouse ABE8 on 2 February, and only 10 units were found after. Reimbursement ID 8820314579 paid for 12 units only. Still 13 units are neither found nor paid.

Please check again and reimburse the remaining 13 units.

下面是我们的收款信息，方便直接打款：
开户行：中国工商银行深圳福田支行
银行账号：6222 0240 0012 8837 561
户名：深圳市博纳贸易有限公司

Thanks,
Bona Trade""",
  topic="warehouse-lost",
  sec=(("bank-account", "6222 0240 0012 8837 561"),),
  dec=(("fnsku", "X003ZT8K1M"), ("reimbursement-id", "8820314579")),
  notes="Chinese bank account (银行账号 with 开户行) pasted in an FBA claim")

M("poa-safety-us-047", A, "product-safety", "US", "native",
  "Account deactivated - product safety",
  """Please reactivate my account. I sell handmade soy candles and I got a scary notice about them last week. I have never had a single complaint about a fire or anything like that in four years.

I can send pictures of the warning labels if that helps. I have a lot of Mother's Day orders waiting.

Carol Benson
Benson Wick & Wax""",
  pol=(),
  notes="no POA, no attachment; no policy named; 'scary notice' is mild")

M("poa-counter-cn-048", A, "counterfeit", "US", "chinese",
  "RE: RE: Counterfeit appeal - additional documents",
  """Hi,

As you request in last email, we attach again the invoices with the supplier contact information.

Our plan of action was submitted on 8 March, it is in the attached file "Plan_of_Action_Qianhai_0308.docx", with root cause, corrective actions and preventive measures for the Counterfeit Products policy violation. Invoices: INV-2026-0117, INV-2026-0209.

Please let us know if anything else is needed.

Thanks,
Qianhai Wholesale

-----Original Message-----
From: Seller Performance
Subject: RE: Counterfeit appeal
We reviewed your appeal but the documents you provided were insufficient. Please provide invoices that include supplier name, address, phone number and website.""",
  att=True, pol=("Counterfeit Products policy",),
  dec=(("file-name", "Plan_of_Action_Qianhai_0308.docx"), ("invoice-number", "INV-2026-0117"),
       ("invoice-number", "INV-2026-0209")),
  notes="forwarded thread, newest on top; POA in attachment")

M("poa-gate-pl-049", A, "restricted-products", "UK", "other-non-native",
  "Odwołanie - zawieszenie konta",
  """Szanowni Państwo,

Nasze konto zostało zawieszone z powodu naruszenia zasad dotyczących produktów objętych ograniczeniami. Sprzedawaliśmy suplementy z CBD, nie wiedzieliśmy, że nie są dozwolone w Wielkiej Brytanii.

Usunęliśmy już wszystkie oferty z CBD i wycofaliśmy zapasy z magazynu FBA. Od teraz każdy nowy produkt będzie sprawdzany przez naszego pracownika ds. zgodności przed wystawieniem.

Prosimy o przywrócenie konta.

Z poważaniem,
Katarzyna Zielińska
Zielnik Sp. z o.o.""",
  lang="pl", style="none", rc="Sprzedawaliśmy suplementy z CBD", co="Usunęliśmy już wszystkie oferty",
  pr="Od teraz każdy nowy produkt",
  pol=("zasad dotyczących produktów objętych ograniczeniami",),
  notes="Polish-language appeal on UK: non-english; restricted-products rules named in Polish")

M("poa-vt-cn-050", A, "valid-tracking", "US", "chinese",
  "VTR appeal",
  """Dear Amazon,

Our Valid Tracking Rate dropped to 91% and the account is on hold. 

The problem happened because we used "Yanwen" economy line and their tracking number only shows on their website, it is not scanned by USPS at last mile. Amazon can not see the delivery scan.

We already changed all orders to Yun Express with USPS last mile from 10 March, and for the last 200 orders the VTR is 99.5%. We also put the carrier name exactly as in the dropdown list.

Going forward we will check the VTR every week in Account Health, and if a carrier gives invalid tracking more than 2 times we stop to use it.

Yours sincerely
Ruida E-commerce""",
  style="none", rc="The problem happened because", co="We already changed all orders",
  pr="Going forward we will check",
  pol=("Valid Tracking Rate",),
  notes="no headings; content cues only")

M("tech-report-us-051", T, "", "US", "native",
  "Settlement report missing transactions",
  """Hi,

Our settlement report for the period ending March 14 (settlement ID 19283746501) is missing about 60 orders we can see in the Transaction View. The totals in the flat file don't match the deposit. I've attached both downloads.

I'm not sure if this is a report generation problem or if those orders were moved to the next settlement. Could someone look into it? Our bookkeeper needs to close the month.

Thanks,
Jordan Pike
Pike Peak Supply""",
  topic="report-error",
  dec=(("settlement-id", "19283746501"),),
  notes="clean technical report issue")

M("poa-review-cn-052", L, "review-manipulation", "US", "chinese",
  "ASIN reviews removed and listing suppressed",
  """Dear Team,

Our ASIN B0CM9PT6RX listing is suppressed and reviews are removed for review abuse. We want to explain.

We joined the Vine program and also at the same time we sent free samples to some Facebook influencers. The influencers left review without saying it is a free product. 

Now we will stop all influencer cooperation. We will only use Amazon Vine and Request a Review button in the future. We will also make a training for our team about the Community Guidelines.

Thank you, please restore the listing.
Meiya Beauty""",
  style="none", rc="We joined the Vine program", co="Now we will stop all influencer cooperation", done=False,
  pr="We will only use Amazon Vine",
  pol=("Community Guidelines",),
  dec=(("asin", "B0CM9PT6RX"),),
  notes="corrective is future only ('Now we will stop'); preventive also future (normal)")

M("brand-own-id-053", B, "", "US", "other-non-native",
  "Brand ownership - another seller registered our brand",
  """Hello,

We are "Tenun Asri", a weaving brand from Lombok, we have registered trademark in Indonesia (DJKI registration IDM000981245) and we applied to USPTO in 2025 (serial 99012476). Another account registered our brand name in Brand Registry and now they control our listings, we cannot edit our own product pages.

Please investigate this and give the brand back to the true owner. We attach our Indonesian certificate and the USPTO filing receipt.

Terima kasih,
Made Suarta""",
  topic="brand-ownership",
  dec=(("trademark-number", "IDM000981245"), ("trademark-number", "99012476"), ("foreign-snippet", "Terima kasih")),
  notes="brand ownership dispute")

M("poa-price-us-054", A, "price-gouging", "US", "native",
  "Fair pricing appeal",
  """To whom it may concern,

We were deactivated for prices that violated the Amazon Marketplace Fair Pricing Policy on three generator listings during the hurricane warning in Florida.

Root cause: Our repricer had no maximum price set for those three SKUs. When other sellers sold out, it raised our price to 2.4x our normal price.

Corrective: 

Preventive: We will set a max price on every SKU in the repricer, equal to 120% of our 30-day average, and we'll get an alert whenever a price changes more than 15% in a day.

Regards,
Tony Alvarez
Gulf Coast Power Supply""",
  style="inline", rc="Root cause:", co=None, pr="Preventive:",
  pol=("Amazon Marketplace Fair Pricing Policy",),
  notes="'Corrective:' left blank: corrective absent")

M("fba-lost-pl-055", F, "", "UK", "other-non-native",
  "Lost inbound - shipment received short",
  """Dear Seller Support,

Shipment FBA15D9KWQ7T (10 cartons, 200 units of amber necklaces) was delivered to BHX4 on 14 January by DPD, tracking 15501983277016. Only 170 units were received. We are sure about the quantity because every carton was weighed and photographed before closing.

We have opened the reconciliation in Shipping Queue but nothing changed after 2 weeks. Could you please investigate and reimburse 30 units?

Also, sorry to write again, but our last case 19877650314 was closed without an answer.

Best regards,
Tomasz Lewandowski
Baltic Amber House""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA15D9KWQ7T"), ("tracking-number", "15501983277016"), ("case-id", "19877650314")),
  notes="clean claim; 14-digit tracking number decoy")

M("poa-used-cn-056", A, "used-sold-as-new", "US", "chinese",
  "Used sold as new - appeal letter",
  """Dear Seller Performance,

We got your notification that we sold used item as new, which is against the Condition Guidelines. 

1. Root cause: Customer returns from FBA were sent back to our warehouse by removal order, and our worker put the returned units together with the new stock. Some returned items had been opened by the buyer, and they were sent again to FBA as new.

2. Corrective actions: we will inspect all the inventory in our warehouse and in FBA. We will sell all opened returned items as "Used - Like New" only. We will train the workers.

3. Preventive actions: returned items will be stored in a separate area with red label.

Thank you!
Tianyu Home Appliance""",
  style="numbered", rc="1. Root cause:", co="2. Corrective actions:", done=False, pr="3. Preventive actions:",
  pol=("Condition Guidelines",),
  notes="corrective future tense only")

M("poa-emo-cn-057", A, "counterfeit", "US", "chinese",
  "我们是冤枉的 - counterfeit complaint is wrong",
  """Dear Amazon,

We are completely innocent!!! We are the brand owner, how can we sell fake of our own product?? This is crazy. The complaint is from our competitor who want to destroy us. Amazon is helping the bad guy and kill the good seller, we are so angry and heart broken.

Root cause: competitor made false complaint against our ASIN B0D8FF3VCN.

What we did: we have submitted the trademark certificate and the factory invoice to Brand Registry.

Prevention: we enroll Transparency program, every unit will have the code.

Please check carefully and give back our account, otherwise we will lose everything.

Gaoming Pet Supplies""",
  style="inline", rc="Root cause:", co="What we did:", pr="Prevention:",
  pol=(),
  emo=("We are completely innocent!!!", "This is crazy.", "Amazon is helping the bad guy and kill the good seller",
       "we are so angry and heart broken", "otherwise we will lose everything"),
  dec=(("asin", "B0D8FF3VCN"),),
  notes="emotional; no policy or violation named ('fake'); Transparency program is not the violated policy")

M("cat-auto-us-058", C, "", "US", "native",
  "Automotive & Powersports - category approval follow-up",
  """Hi,

Following up on our application to sell in Automotive & Powersports (submitted March 3). We were asked for invoices from a manufacturer or distributor, which we uploaded: three invoices from Midwest Auto Parts Distribution, each covering 10+ units of brake pads, dated within the last 180 days, with our business name and address.

The status still shows "Under review". Could you let us know if anything is missing? Our password reset last week didn't affect the application, right? Just want to make sure nothing got lost.

Thanks,
Kevin Doyle
Doyle Garage Supply""",
  topic="automotive",
  dec=(("password-word", "password reset"),),
  notes="'password reset' mentioned with no value")

M("poa-cancel-vn-059", A, "cancel-rate", "US", "other-non-native",
  "Cancellation rate appeal",
  """Dear Seller Performance,

My account is deactivated because too many orders were cancelled. I cancelled 18 orders in February because my supplier did not have stock of the silk scarves after Tet holiday.

What I have done: I updated inventory to 0 for all items that the supplier cannot deliver, and I have refunded all 18 customers. I also wrote to each customer to apologize.

Thank you for reading,
Do Thu Trang
Trang Silk House""",
  style="inline", rc="I cancelled 18 orders in February because", co="What I have done:", pr=None,
  pol=(),
  notes="no preventive; metric not named ('too many orders were cancelled'): no policy")

M("poa-iprm-cn-060", A, "ip-copyright", "US", "chinese",
  "Copyright infringement appeal - product images",
  """Dear Amazon Team,

Our account is at risk / deactivated for copyright infringement complaint (Complaint ID 16033291785) about the images on 4 ASINs.

【问题原因】Our designer downloaded lifestyle photos from Pinterest and used them in the listing, not knowing they belong to a photographer.
【已完成】We have deleted all 4 images and replaced them with our own photos taken in our studio. We have also checked all other listings and replaced 9 more images of unknown source.
【预防】From now all images must be taken by our own photographer or bought from stock websites with a license, and the license file is saved with the SKU.

Thanks for your review.
Hengtai Decor""",
  style="mixed", rc="【问题原因】", co="【已完成】", pr="【预防】",
  pol=("copyright infringement",),
  dec=(("complaint-id", "16033291785"),),
  notes="Chinese bracket headings in an English letter; violation named as 'copyright infringement' (counts as citing)")

# ---------------------------------------------------------------- chunk 4

M("poa-patent-cn-061", L, "ip-patent", "US", "chinese",
  "Patent infringement - ASIN B0CVF52JQ8 removed",
  """Dear Amazon Team,

Our listing ASIN B0CVF52JQ8 (foldable phone stand) was removed after a patent infringement report citing US Patent No. 11,284,903 (complaint ID 15998213440). We want to reinstate the listing.

Actions we have taken:
- We asked a US patent attorney to compare our design with the patent claims. His opinion letter (attached) says our hinge uses a different mechanism and does not infringe claim 1 or claim 7.
- We have contacted the rights owner with the opinion letter and asked them to retract.
- We have stopped sending new inventory until this is solved.

Going forward, before we launch a new design we will do a freedom-to-operate search with the attorney.

Thank you,
Zhiyuan Mobile Gear""",
  style="colon", rc=None, co="Actions we have taken:", pr="Going forward, before we launch",
  pol=("patent infringement",),
  dec=(("asin", "B0CVF52JQ8"), ("patent-number", "11,284,903"), ("complaint-id", "15998213440")),
  notes="no root cause: it never says why the complaint happened, only the attorney's view that it does not infringe")

M("poa-bsa-cn-062", A, "identity-verification", "US", "chinese",
  "Appeal - Business Solutions Agreement Section 3 verification",
  """Hello Seller Performance,

Our account is deactivated because we could not verify the information under Section 3 of the Business Solutions Agreement.

The problem: the address on our utility bill was our old office in Longgang district, and the business license shows the new address in Nanshan after we moved in December. The documents did not match so the verification failed.

What we have done already: we updated the business address in Seller Central to the new one, we have got the new electricity bill in company name for the Nanshan office (attached) and the updated business license.

Future: whenever company information changes, our finance manager will update Seller Central within 7 days and keep a copy of all documents.

Thank you,
Shenzhen Kaimei Technology Co., Ltd.""",
  style="inline", rc="The problem:", co="What we have done already:", pr="Future:",
  pol=("Section 3 of the Business Solutions Agreement",),
  notes="identity verification, inline headings")

M("poa-psa-cn-063", A, "prohibited-seller-activities", "US", "chinese",
  "Appeal - misuse of search and browse",
  """Dear Team,

Our account is deactivated for Prohibited Seller Activities and Actions, because we put competitor brand names and unrelated words in our search terms.

Why:
Our listing agency used a keyword tool and pasted the top 250 keywords into the backend fields for 30 SKUs, including other brands' names. 

What we did:

How to prevent:

Please give us a chance to continue selling.
Yifan Outdoor""",
  style="colon", rc="Why:", co=None, pr=None,
  pol=("Prohibited Seller Activities and Actions",),
  dec=(("mild-plea", "Please give us a chance to continue selling."),),
  notes="'What we did:' and 'How to prevent:' are empty headings: both absent")

M("tech-page-vn-064", T, "", "US", "other-non-native",
  "Manage Inventory page error",
  """Hi Seller Support,

When I open Manage All Inventory it shows "We're sorry, an error occurred" and a blank page. I tried Chrome and Edge, cleared cache and cookies, and also tried the app on phone. Same problem for 3 days.

My merchant token is A2K9QW7LMP3XZ8. Other pages like Orders and Reports work normal. I can't change any price or quantity because of this.

Can you help fix it? Thanks very much.

Nguyen Hoang Long
Long An Furniture""",
  topic="page-error",
  dec=(("merchant-token", "A2K9QW7LMP3XZ8"),),
  notes="clean page error")

M("poa-odr-cn-065", A, "odr", "US", "chinese",
  "Appeal for account",
  """Dear Seller Performance,

Our store is deactivated. We have been selling on Amazon 5 years and our customers love our products. We have more than 3,000 positive feedback. Please check our history.

Recently we had some bad feedback because of shipping delay from the carrier, this is not our fault. We will try our best to make customers happy.

We hope to get your support, thank you very much.

Best regards,
Dingsheng Crafts""",
  pol=(),
  notes="no POA, no policy; 'bad feedback because of shipping delay' is a 'because' blaming the carrier, not a root cause; calm")

M("fba-lost-cn-066", F, "", "CA", "chinese",
  "Inbound shipment lost - FBA19ZRMC04K",
  """Dear Seller Support,

Our shipment FBA19ZRMC04K to YYZ4 was delivered on 20 January, Canada Post tracking 7023 8812 4470 9153. The status still shows "Delivered" and 0 units received after 60 days.

We have checked everything and we are very frustrated, this is the third shipment lost this year and nobody give us an answer. We feel Amazon don't care about small sellers at all. It is unacceptable!! If this continue we will have to close our business and our workers lose their job.

Please investigate and reimburse all 240 units.

Kangli Home""",
  topic="lost-inbound",
  emo=("we are very frustrated", "We feel Amazon don't care about small sellers at all", "It is unacceptable!!",
       "we will have to close our business and our workers lose their job"),
  dec=(("shipment-id", "FBA19ZRMC04K"), ("tracking-number", "7023 8812 4470 9153")),
  notes="emotional FBA claim; 'very frustrated' is part of the emotional tone here (not a lone mild word)")

M("poa-counter-vn-067", L, "counterfeit", "US", "other-non-native",
  "Listing B0C4XWY2TQ counterfeit - please help",
  """Dear Amazon,

My listing B0C4XWY2TQ is removed for Counterfeit. I am so sad and worried, I cannot sleep for three nights. I put all my savings into this product, if you don't reinstate I lose everything. Please, I am begging you, look at my documents.

The cause: I bought the earbuds from a wholesaler in Shenzhen who said they are original, but I did not check the brand authorization.

I have removed the stock from FBA (removal RM-B0C4-0211) and I sent the invoice to you.

From now I only buy from brand authorized distributor and I will ask for the letter first.

Thank you so much,
Bui Thanh Tam""",
  style="inline", rc="The cause:", co="I have removed the stock from FBA", pr="From now I only buy",
  pol=("Counterfeit",),
  emo=("I am so sad and worried, I cannot sleep for three nights", "if you don't reinstate I lose everything",
       "Please, I am begging you"),
  dec=(("asin", "B0C4XWY2TQ"), ("removal-order-id", "RM-B0C4-0211")),
  notes="emotional but complete POA")

M("poa-restr-us-068", L, "restricted-products", "US", "native",
  "Re: Listing removed - Restricted Products (CBD)",
  """Hello,

Our ASIN B0BQ6HZD1R was removed under the Restricted Products policy (Drugs & drug paraphernalia). The listing is a hemp seed oil for cooking, not CBD.

Root Cause
The product title said "Full Spectrum Hemp Oil", which matches wording used for CBD products, and one image showed a cannabis leaf.

Corrective Actions
We will rename the product "Cold-Pressed Hemp Seed Cooking Oil", remove the leaf image, and add the certificate of analysis showing 0 mg CBD/THC. We will submit these changes once the listing is editable again.

Preventive Actions
We will run every title past our compliance checklist before publishing.

Thank you,
Sarah Linwood
Prairie Pantry Foods""",
  style="plain", rc="Root Cause", co="Corrective Actions", done=False, pr="Preventive Actions",
  pol=("Restricted Products policy",),
  dec=(("asin", "B0BQ6HZD1R"),),
  notes="native; corrective entirely 'We will' (waiting for the listing to be editable)")

M("tech-deposit-cn-069", T, "", "US", "chinese",
  "收款账户验证失败 deposit method verification failed",
  """Hello,

We want to change the deposit method to our new Payoneer account but the verification always fail. 我们把信息贴在下面，请帮忙核对：

收款账户：Payoneer USD receiving account
银行名称：First Century Bank
账号：4019 2758 3301
Routing号码：061120084
户名：DONGGUAN HEYI TRADING CO LTD

We checked many times with Payoneer and the numbers are correct, the name is same as our business license. Is the problem from Amazon side? Our next disbursement is in 3 days.

Thanks
Heyi Trading""",
  topic="deposit-method",
  sec=(("bank-account", "4019 2758 3301"), ("routing-number", "061120084")),
  notes="bank account and a routing number (passes ABA) pasted in a mixed Chinese/English note")

M("poa-iptm-us-070", A, "ip-trademark", "US", "native",
  "Appeal - trademark infringement",
  """Hi,

We're appealing the deactivation for trademark infringement. We resell genuine "Harbor & Pine" candles bought at retail clearance. The rights owner filed four complaints.

We'll be honest, we weren't aware that using the brand's own photos on a listing we created could count as infringement.

We'll provide the retail receipts once we find them. We'll also reach out to the rights owner and ask for a retraction, and going forward we'll only sell on existing listings.

Best,
Amanda Kerr""",
  style="none", rc="We'll be honest, we weren't aware", co="We'll provide the retail receipts", done=False,
  pr="going forward we'll only sell on existing listings",
  pol=("trademark infringement",),
  notes="corrective only future ('We'll provide... We'll also reach out'); weak root cause still present")

M("brand-transp-cn-071", B, "", "US", "chinese",
  "Transparency codes rejected at FC",
  """Dear Brand Registry Team,

We enrolled brand "VELONTA" in Transparency in January. Our shipment FBA16QJ2WRT9 was received but 400 units are stranded, reason "Transparency code missing or invalid". But every unit has the label, example code in picture: 7XQ2-KR9P-M4TL-88JZ.

We printed the codes from the Transparency portal, the file name is VELONTA_TC_batch3.pdf. Please check why the FC cannot scan them.

Thanks
Velonta Sports Co., Ltd.""",
  topic="brand-program",
  dec=(("shipment-id", "FBA16QJ2WRT9"), ("transparency-code", "7XQ2-KR9P-M4TL-88JZ"),
       ("file-name", "VELONTA_TC_batch3.pdf")),
  notes="Transparency code as decoy")

M("poa-drop-cn-072", A, "drop-shipping", "UK", "chinese",
  "POA - Drop shipping",
  """Dear Amazon,

Our account is deactivated for violating the Drop Shipping Policy, because some buyers received packages with the name of another retailer.

1. What we have already done
- We cancelled the cooperation with the retailer "Dealsend UK" on 3 March.
- We have moved all self-fulfilled orders to our own warehouse in Birmingham.
- We have contacted the 14 buyers and apologized.

2. Preventive measures
- All packing slips and invoices will show only our company name.
- Every month we will audit 50 random orders.

Kind regards,
Jinpeng UK Ltd""",
  style="numbered", rc=None, co="1. What we have already done", pr="2. Preventive measures",
  pol=("Drop Shipping Policy",),
  notes="no root cause: 'because some buyers received packages with the name of another retailer' repeats the notice, does not say why we shipped that way")

M("poa-lsr-pl-073", A, "late-shipment", "DE", "other-non-native",
  "Late Dispatch Rate appeal",
  """Dear Seller Performance,

Our Late Dispatch Rate is 7.3%, we understand the target is under 4%.

Root cause - in January our courier InPost changed the pickup time from 17:00 to 14:00 and we did not change our internal cut-off. So orders after 14:00 were dispatched the next day, too late.

Corrective - changed handling time on all SKUs from 1 to 2 days (done 22 January), moved warehouse packing shift to start at 7:00.

Preventive -

Dziękuję,
Michał Wójcik, Woodline Poland""",
  style="inline", rc="Root cause -", co="Corrective -", pr=None,
  pol=("Late Dispatch Rate",),
  dec=(("foreign-snippet", "Dziękuję"),),
  notes="'Preventive -' with nothing after: preventive absent")

M("fba-ret-us-074", F, "", "US", "native",
  "Customer returns - wrong item returned",
  """Hello,

On three recent returns (orders 112-9480312-6650417, 114-2210938-7715236 and 113-8827104-3390528) the returned items were restocked to our sellable inventory, but the items are not ours. The buyers sent back cheaper knockoffs. Our LPNs were LPNMX82J4K1Q9, LPNMX82J9P0T3 and LPNMX83A1Z6B4.

Please reimburse these three units and remove the wrong items from our inventory so they are not sent to the next customer.

Thank you,
Priya Natarajan
Summit Trail Packs""",
  topic="customer-return",
  dec=(("order-id", "112-9480312-6650417"), ("order-id", "114-2210938-7715236"), ("order-id", "113-8827104-3390528"),
       ("lpn", "LPNMX82J4K1Q9")),
  notes="native writer of Indian heritage marked native; clean claim")

M("poa-inauth-cn-075", A, "inauthentic", "US", "chinese",
  "Appeal for inauthentic - POA",
  """Dear Amazon Seller Performance Team,

Thank you for your notification about Product Authenticity Customer Complaints. We have carefully reviewed our operation, our supplier documents and the buyer messages of the last 6 months, and prepared our plan of action in the format below.

【Root cause】
【Corrective actions】
【Preventive measures】
Please see the attached POA document "Weisheng_POA_0315.pdf" and the invoices for details. The invoices are from the brand distributor and show the supplier address and phone.

Best regards,
Weisheng Trading""",
  att=True, pol=("Product Authenticity Customer Complaints",),
  dec=(("file-name", "Weisheng_POA_0315.pdf"),),
  notes="bracket headings with nothing under any of them, pointing to an attached POA: labeled as cover letter (poa=false, poa_attached=true)")

M("cat-jewelry-cn-076", C, "", "US", "chinese",
  "Fine jewelry approval application",
  """Dear Category Team,

We would like to apply for the Jewelry category for our 925 sterling silver rings. We have the following:
- Independent lab test report for silver purity (report no. SGS-SH-26-03-1184)
- Business license of our factory in Panyu, Guangzhou
- Photos of the product and hallmark stamp

We understand the fine jewelry requires annual revenue above the threshold, could you please tell us if our account meets the requirement?

Thank you.
Panyu Yinxiang Jewelry""",
  topic="jewelry",
  dec=(("certificate-number", "SGS-SH-26-03-1184"),),
  notes="clean ungating request")

M("poa-cond-cn-077", L, "condition", "US", "chinese",
  "Listing blocked - condition complaints",
  """Hi,

The offer of our ASIN B0CGT3LWQH is blocked because of customer complaints that the product looks used. This is a violation of the Condition Guidelines.

We don't know why. Maybe it is because the buyers open the box, use it and then return it, we think some buyers are not honest.

We will change to a stronger box. We will also check every return before it goes back to sellable.

Please reinstate.
Liyuan Tools""",
  style="none", rc=None, co="We will change to a stronger box.", done=False, pr="We will also check every return",
  pol=("Condition Guidelines",),
  dec=(("asin", "B0CGT3LWQH"),),
  notes="'We don't know why. Maybe it is because the buyers...' blames buyers: a 'because' that is not a root cause, labeled absent; corrective future-only")

M("poa-rel-vn-078", A, "related-accounts", "US", "other-non-native",
  "Appeal for account deactivation",
  """Dear Seller Performance,

My account has been deactivated. I don't know what I did wrong. I always ship on time and customer are happy. 

Please tell me what is the reason, and I will send you any document you need, like invoices from my tannery supplier, my business registration or photos of my workshop. I really want to continue selling on Amazon.

Best regards,
Dang Van Khoa
Khoa Handmade Leather""",
  pol=(),
  notes="no POA, no attachment, no policy: seller does not know the reason; calm; short",
  )

M("tech-2sv-us-079", T, "", "US", "native",
  "2SV code not arriving after phone change",
  """Hi Seller Support,

I changed my phone and now I can't get the two-step verification code. The authenticator app was on the old phone, which I no longer have. I know you can't take my password over a case, so I'm not including it. I have my driver's license and the company's bank statement ready if you need to verify me.

Can you walk me through resetting 2SV? The account email is ops@fernhollowgoods.com.

Thanks,
Ben Ashworth
Fern Hollow Goods""",
  topic="login",
  dec=(("password-word", "password over a case"), ("verification-code-word", "two-step verification code")),
  notes="mentions password and verification code with no value")

M("poa-cc-cn-080", A, "seller-code-of-conduct", "US", "chinese",
  "Seller Code of Conduct violation - appeal",
  """尊敬的亚马逊团队：

我们的账户因为违反《卖家行为准则》被停用，原因是我们的客服在买家消息中引导买家修改差评。

原因：新来的客服不了解规则，看到差评后给买家发消息说如果删除差评就退一半的钱。

我们已经做的：这位客服已经重新培训并调离客服岗位；我们已经删除了所有相关的消息模板；已经给这几位买家发消息说明不需要修改评价，也已经全额退款。

以后的措施：所有客服消息模板需要主管审核，每周抽查20条买家消息。

请恢复我们的账户。谢谢！

义乌市晨光日用品有限公司""",
  lang="zh", style="inline", rc="原因：", co="我们已经做的：", pr="以后的措施：",
  pol=("《卖家行为准则》",),
  notes="Chinese-language appeal on US: non-english; complete")

# ---------------------------------------------------------------- chunk 5

M("poa-safety-cn-081", A, "product-safety", "US", "chinese",
  "Product safety appeal - power banks",
  """Dear Seller Performance Team,

We are writing to appeal the deactivation of our account under the Product Safety policy, related to the complaints that our 20000mAh power bank became hot.

## 1. Root Cause Analysis
The factory changed the battery cell supplier in batch PB-2512 to save cost. The new cells did not pass UL 2056 and the overheat protection did not work well.

## 2. Corrective Actions (completed)
- Stopped sales and created removal of all 1,650 units of batch PB-2512 on 2 March.
- All buyers of this batch have been contacted and offered refund.
- The factory is replaced; the new factory has UL 2056 and UN38.3 reports (attached).

## 3. Preventive Actions
- Every batch will have third-party UL testing before shipping.
- Our QC will do a random drop and heat test of 20 units per batch.

Thank you for your time.
Lingxin Power""",
  style="markdown", rc="1. Root Cause Analysis", co="2. Corrective Actions (completed)", pr="3. Preventive Actions",
  pol=("Product Safety policy",),
  dec=(("lot-number", "PB-2512"),),
  notes="markdown headings with numbers; UL 2056/UN38.3 standards are not secrets")

M("poa-safety-cn-082", A, "product-safety", "US", "chinese",
  "Product safety appeal - hair dryers",
  """Dear Seller Performance Team,

We are writing to appeal the deactivation of our account under the Product Safety policy.

## 1. Root Cause Analysis
The hair dryers were shipped without the UL certification because our supplier used the wrong model number on the test report.

## 2. Corrective Actions
- We will contact the lab to correct the test report.
- We will stop sending new inventory to FBA.
- We will offer refund to all customers who complain.

## 3. Preventive Actions

Thank you for your time.
Moxi Electric""",
  style="markdown", rc="1. Root Cause Analysis", co="2. Corrective Actions", done=False, pr=None,
  pol=("Product Safety policy",),
  notes="same template as 081: corrective all future and '3. Preventive Actions' empty (absent)")

M("tech-card-cn-083", T, "", "US", "chinese",
  "Update credit card for seller fees",
  """Hi Seller Support,

Our monthly subscription fee cannot be charged. We want to change the credit card but the page keep loading. 请帮忙直接更新，信用卡信息如下：

卡号：6217 0012 3456 7890 122
有效期：2029年6月
安全码：318
持卡人：LIU JIANHUA

The card is UnionPay, is it supported? If not, we can use Visa card of our director, please tell us which card types are accepted for the seller fee, because our bank say the card has no problem and other websites can charge it.

Thank you
Jianhua Electronics""",
  topic="payment-method",
  sec=(("card", "6217 0012 3456 7890 122"), ("card-expiry", "2029年6月"), ("card-code", "318")),
  notes="19-digit UnionPay number, expiry and security code in Chinese")

M("poa-gouge-vn-084", A, "price-gouging", "US", "other-non-native",
  "Appeal - pricing",
  """Dear Amazon,

My account has been deactivated because of high price of hand sanitizer. I am very shocked and scared, this is so unfair, I did not do anything wrong!! Everybody raised the price in that week, why only me punished? My family will be on the street if you keep my money. Please have mercy on us.

Thank you
Truong Gia Bao""",
  pol=(),
  emo=("I am very shocked and scared", "this is so unfair", "I did not do anything wrong!!",
       "why only me punished?", "My family will be on the street if you keep my money", "Please have mercy on us"),
  notes="no POA, no policy, emotional; 'because of high price' is the notice, not a root cause")

M("poa-iptm-cn-085", L, "ip-trademark", "UK", "chinese",
  "Reinstatement - trademark",
  """Dear Amazon,

Listing ASIN B0DK3RLT7W removed due to Intellectual Property (trademark) complaint from "Brellio".

Problem: we used the word "Brellio" as a description of the umbrella type in the title, we thought it was a common word.

Corrected: title and bullet points changed, keyword deleted. The complainant agreed to retract, their retraction email is attached (sent to notice-dispute@amazon.co.uk).

Future: use only generic words in titles, team leader checks each title with the UK IPO trademark search.

Thanks,
Ouya Umbrella""",
  style="inline", rc="Problem:", co="Corrected:", pr="Future:",
  pol=("Intellectual Property (trademark) complaint",),
  dec=(("asin", "B0DK3RLT7W"),),
  notes="terse inline template")

M("poa-lp-cn-086", L, "listing-policy", "US", "chinese",
  "Listing removed - duplicate detail page",
  """Hello Amazon,

Our new ASIN B0DP7XNR4Q was removed as a duplicate of our existing ASIN B0CS1VQM8J, under the policy against creating duplicate detail pages.

What caused it:
When we changed the packaging from 2-pack to 3-pack, our staff created a new listing instead of a new variation, and kept the same UPC on both.

Fixed already:
We merged the inventory into the original ASIN and closed the new one. The 3-pack is now a variation with its own UPC 850031672248.

Avoiding repeat:
Any new ASIN must first be searched by UPC and product name in the catalog by a second person.

Thank you.""",
  style="colon", rc="What caused it:", co="Fixed already:", pr="Avoiding repeat:",
  pol=(),
  dec=(("asin", "B0DP7XNR4Q"), ("asin", "B0CS1VQM8J"), ("upc", "850031672248")),
  notes="'the policy against creating duplicate detail pages' is a description, not a policy name: labeled no-policy (judgment call)")

M("poa-rev-id-087", A, "review-manipulation", "US", "other-non-native",
  "Permohonan banding / appeal",
  """Kepada Tim Amazon,

Akun kami dinonaktifkan karena pelanggaran kebijakan ulasan pelanggan (Customer Product Reviews Policy). Penyebabnya, staf kami memberi diskon kepada pembeli yang memberi ulasan bintang 5 melalui grup WhatsApp.

Kami sudah menutup grup WhatsApp tersebut, memberhentikan program diskon, dan meminta Amazon menghapus ulasan dari pesanan tersebut. Ke depan, semua promosi akan dicek oleh pemilik toko dan kami hanya memakai tombol Request a Review.

Terima kasih,
Siti Rahmawati
Toko Rempah Nusantara""",
  lang="id", style="none", rc="Penyebabnya, staf kami", co="Kami sudah menutup grup WhatsApp",
  pr="Ke depan, semua promosi",
  pol=("Customer Product Reviews Policy",),
  notes="Indonesian-language appeal on US: non-english; English policy name inside")

M("fba-wh-dmg-cn-088", F, "", "US", "chinese",
  "Warehouse damaged - reimbursement only 50%",
  """Hello,

12 units of FNSKU X003PWQ7ZL were damaged in the fulfillment center (reason code 6, "Damaged by Amazon") on 18 February. The reimbursement 8814402937 paid only $7.40 per unit but our sales price is $29.99 and the manufacturing cost is $11.20 per unit. Attached the factory invoice.

Could you please review the reimbursement amount according to our invoice? Thank you.

Meili Glassware""",
  topic="warehouse-damaged",
  dec=(("fnsku", "X003PWQ7ZL"), ("reimbursement-id", "8814402937")),
  notes="reimbursement amount dispute, calm")

M("poa-inauth-us-089", A, "inauthentic", "US", "native",
  "Inauthentic deactivation - appeal",
  """Hello Seller Performance,

Our account was deactivated for inauthentic item complaints on two ASINs of a brand-name skin care line.

**Why the complaints came in**
We sourced the product from a liquidator, Apex Surplus, who we later learned was not an authorized distributor. Two buyers said the batch codes did not match the brand's records.

**What we've done**

**What we'll keep doing**
We'll only buy from brands directly or from distributors on the brand's authorized list, and we'll ask for the letter of authorization before the first order.

Thanks,
Nicole Brandt
Brandt Beauty Supply""",
  style="bold", rc="Why the complaints came in", co=None, pr="What we'll keep doing",
  pol=("inauthentic item complaints",),
  notes="'What we've done' bold heading with nothing under it: corrective absent")

M("tech-api-pl-090", T, "", "UK", "other-non-native",
  "SP-API authorization error 403",
  """Hello,

Our integration with SP-API returns 403 Unauthorized for the Orders API since 10 March. The application ID is amzn1.sp.solution.3f8c21e7-5b44-4d9e-a0c1-7e92b6a1d5f0, self-authorized for our own seller account. Refresh token was regenerated twice but still same error on getOrders.

Roles assigned: Inventory and Order Tracking, Pricing. Do we need another role now? Our developer says nothing changed in our code.

Thank you,
Paweł Kamiński
CTO, Meblox Sp. z o.o.""",
  topic="api",
  dec=(("app-id", "amzn1.sp.solution.3f8c21e7-5b44-4d9e-a0c1-7e92b6a1d5f0"), ("error-code", "403"),
       ("password-word", "Refresh token")),
  notes="token mentioned but no value; app ID as decoy")

M("poa-counter-cn-091", A, "counterfeit", "US", "chinese",
  "Account deactivated - counterfeit. Need help urgently",
  """To Amazon Seller Performance,

We have the brand authorization and all the invoices, we don't know why Amazon say our product is counterfeit. We already send the documents 4 times. Each time the answer is the same template. Is there a real person reading our emails?

Attached again: brand authorization letter from Ruixiang Brand Management, 5 invoices, and the factory business license.

Please reply with the real reason.

Kaiyue Trade""",
  pol=("counterfeit",),
  notes="no POA in text, no POA attached (only documents); 'counterfeit' names the violation; frustrated but not labeled emotional (no pleading, one rhetorical question)")

M("poa-vt-us-092", A, "valid-tracking", "US", "native",
  "Valid Tracking Rate appeal",
  """Hi,

Our Valid Tracking Rate fell to 93% over the last 30 days.

ROOT CAUSE
Orders shipped with our local courier, Metro Same-Day, were marked with carrier "Other", so Amazon could not read the tracking.

CORRECTIVE ACTION
We will move local deliveries to a carrier Amazon integrates with. We will re-enter the carrier name on the open orders where possible.

PREVENTION
We'll check VTR every Friday and won't add any carrier that isn't in the dropdown list.

Thanks,
Ray Molina
Molina Home & Garden""",
  style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", done=False, pr="PREVENTION",
  pol=("Valid Tracking Rate",),
  notes="caps headings; corrective only future")

M("brand-hijack-cn-093", B, "", "US", "chinese",
  "跟卖 hijacker on our listing",
  """Dear Brand Registry,

Our brand "QINGMU" is registered (USPTO Reg. 7298815). Three sellers are selling on our ASIN B0CWT8MJ4L with very low price. We made test buy, order 114-6630918-2207731, and the product is a copy, the material is cheap plastic and no logo.

请尽快处理，我们已经损失了很多销量。 Please remove these sellers and check their accounts, they also sell on our other 2 ASINs. Our Brand Registry case number is 17740298315.

Thanks
Qingmu Home""",
  topic="hijacker",
  dec=(("trademark-number", "7298815"), ("asin", "B0CWT8MJ4L"), ("order-id", "114-6630918-2207731"),
       ("case-id", "17740298315"), ("foreign-snippet", "请尽快处理，我们已经损失了很多销量。")),
  notes="hijacker report with Chinese urgency line (not emotional pleading)")

M("poa-cancel-cn-094", A, "cancel-rate", "US", "chinese",
  "POA: Cancellation Rate",
  """Dear Seller Performance,

Our POA for the Cancellation Rate is below.

Our POA: The root cause
The listing quantity of 12 SKUs was updated by a wrong inventory file. It showed 500 units for each SKU, but we only had 50. We received more orders than stock and had to cancel 41 orders.

Our POA: Corrective actions

Our POA: Preventive actions
Inventory files will be checked by two people before upload, and we will keep a buffer of 10% in the quantity.

Thanks.
Huashan Supplies""",
  style="our-poa", rc="Our POA: The root cause", co=None, pr="Our POA: Preventive actions",
  pol=("Cancellation Rate",),
  notes="our-poa headings; corrective heading empty: absent")

M("fba-removal-us-095", F, "", "US", "native",
  "Removal order shipped but partial",
  """Hi there,

Removal order 7HJ2KQ9XPL was marked complete, 80 units shipped in 3 packages. We received 2 packages with 52 units total. Third package, UPS 1Z84F7E20399102841, shows delivered to an address in Reno that is not ours.

Can you open a lost-in-transit claim for the 28 units and reimburse us? Frankly this is frustrating since the shipping label was generated by Amazon, but I appreciate any help.

Thanks,
Melissa Grant
Grant Street Bakeware""",
  topic="removal",
  dec=(("removal-order-id", "7HJ2KQ9XPL"), ("tracking-number", "1Z84F7E20399102841"), ("mild-word", "frustrating")),
  notes="calm claim with one mild word")

M("poa-used-us-096", L, "used-sold-as-new", "US", "native",
  "Listing reinstatement - ASIN B0BXMC7D2K",
  """Hello,

Listing B0BXMC7D2K was deactivated after customers said the espresso machine arrived used. Please see the plan below.

A. Root cause: FBA customer returns that were still in the box were being restocked as sellable new by the fulfillment center, and we hadn't set our returns to be sent back to us for inspection.

B. What we've done: set all returns for this SKU to ship back to our facility; created a removal for the 34 "customer damaged" and "unsellable" units; issued refunds to the two buyers.

C. Going forward: every returned unit is inspected here, and only sealed, unopened units go back to FBA as new. Anything opened is listed as Used - Like New.

Thank you,
Owen Price
Crema Direct""",
  style="lettered", rc="A. Root cause:", co="B. What we've done:", pr="C. Going forward:",
  pol=(),
  dec=(("asin", "B0BXMC7D2K"),),
  notes="lettered; no policy named (only 'arrived used' described)")

M("poa-gate-ja-097", A, "restricted-products", "US", "other-non-native",
  "アカウント停止についての申し立て",
  """Amazonセラーパフォーマンスチーム御中

弊社のアカウントは、制限対象商品ポリシーに違反したとして停止されました。原因は、弊社が販売していたレーザーポインターの出力が米国の規制を超えていたことです。担当者が日本の基準だけを確認していました。

すでに該当商品の出品をすべて削除し、FBA在庫の返送を依頼しました。今後は、米国で販売する全商品についてFDAおよびCPSCの規制を出品前に確認します。

よろしくお願いいたします。
株式会社ミナト光学""",
  lang="ja", style="none", rc="原因は、弊社が販売していた", co="すでに該当商品の出品をすべて削除し",
  pr="今後は、米国で販売する全商品について",
  pol=("制限対象商品ポリシー",),
  notes="Japanese-language appeal on US: non-english; writer other-non-native")

M("poa-odr-cn-098", A, "odr", "AU", "chinese",
  "ODR appeal - Amazon.com.au",
  """Dear Team,

Our account on Amazon.com.au is deactivated because the Order Defect Rate is 1.9%.

(a) Reasons
1. Our suppliers packed the glass vases with thin foam, 23 arrived broken.
2. We did not reply buyer messages in weekends, so buyers opened A-to-z Guarantee claims.

(b) What we changed
1. All glass products now packed in double box with 5 cm foam, we already re-packed the FBA stock in Sydney through a prep center.
2. Hired one customer service in Australia time zone, works Saturday and Sunday.

(c) Prevention plan
Weekly checking of negative feedback and claims; if more than 3 for one SKU, stop the sales and investigate.

Regards,
Jiayuan Home Decor""",
  style="lettered", rc="(a) Reasons", co="(b) What we changed", pr="(c) Prevention plan",
  pol=("Order Defect Rate",),
  notes="lettered (a) (b) (c) on AU")

M("tech-otp-cn-099", T, "", "UK", "chinese",
  "Verification code for bank change not received",
  """Hello,

We want to update our deposit account, the system send a verification code to our email but it says code expired every time. This time the 动态码 was 731906, I enter it immediately but still error.

Please check if the email system has delay, or send the code by SMS to the phone on file instead. Our account email is finance@haoyun-uk.co.uk. We tried 5 times in two days.

Thank you
Haoyun Trading UK""",
  topic="deposit-method",
  sec=(("one-time-code", "731906"),),
  notes="one-time code labeled 动态码 inside English text")

M("poa-psa-us-100", A, "prohibited-seller-activities", "US", "native",
  "Appeal - Prohibited seller activities",
  """Hi,

We were deactivated under Prohibited Seller Activities and Actions for offering buyers an incentive to change their feedback. A former part-time employee sent messages offering partial refunds to 6 buyers in exchange for removing 1-star feedback.

Since then we have removed that employee's account permission in User Permissions, deleted the message templates, and contacted all 6 buyers through Buyer-Seller Messaging to tell them the refund has no conditions and they can keep their feedback as it is.

Thank you,
Daniel Ortiz""",
  style="none", rc="A former part-time employee sent messages", co="Since then we have removed", pr=None,
  pol=("Prohibited Seller Activities and Actions",),
  notes="no preventive part at all")

# ---------------------------------------------------------------- chunk 6

M("poa-counter-cn-101", A, "counterfeit", "US", "chinese",
  "POA - Counterfeit Products policy - Leixin Store",
  """Dear Amazon Seller Performance Team,

Thank you for the notification. We have read the Counterfeit Products policy carefully. Our plan of action is as below.

1. Root cause
Because we did not follow the Amazon policy, our account is deactivated. We are deeply sorry.

2. Corrective actions already taken
- All listings in the notice (5 ASINs) have been deleted on 12 March.
- All inventory of these ASINs in FBA has been removed and destroyed (removal order QX81-DESTROY).
- We have requested authorization letters from the brand owners for all other brand products.

3. Preventive measures
- We will only buy from authorized distributors and keep invoices.
- Monthly audit of all listings by the compliance manager.
- Staff training on the Amazon intellectual property policies every quarter.

Best regards,
Leixin Store""",
  style="numbered", rc=None, co="2. Corrective actions already taken", pr="3. Preventive measures",
  pol=("Counterfeit Products policy",),
  dec=(("removal-order-id", "QX81-DESTROY"),),
  notes="'1. Root cause' only says 'Because we did not follow the Amazon policy': a because that is not a root cause, labeled absent")

M("poa-iptm-cn-102", A, "ip-trademark", "CA", "chinese",
  "Appeal - trademark complaints (Amazon.ca)",
  """Hello,

Below our plan in a table, like your Seller University video shows.

Item            | Details
----------------|---------------------------------------------------------
Violation       | Trademark Policy, 3 complaints from "Arctiq Wear"
Root cause      | Our title used "Arctiq style parka" for our own brand jacket
Done            | Titles edited on 4 ASINs (10 Mar); rights owner emailed; 120 units with old hang tag relabeled
Prevention      | Banned-word list in ERP; 2-step title approval; monthly trademark check on CIPO database

Supporting documents attached: edited listing screenshots, retraction request email.

Thanks
Beiji Outdoor Apparel""",
  style="plain", rc="Root cause      |", co="Done            |", pr="Prevention      |",
  pol=("Trademark Policy",),
  notes="POA written as a plain-text table; labels at the start of each row (plain style)")

M("fba-lost-cn-103", F, "", "US", "chinese",
  "RE: RE: RE: lost inbound FBA15XQ8M2DW - still not solved",
  """Hi,

This is the 4th time we write. Your last answer said "the shipment is still being reconciled" but it is already 90 days. Please escalate.

Best regards
Ankang Fitness

---- On Mar 2, Seller Support wrote ----
Thank you for contacting Amazon. We have requested an investigation for shipment FBA15XQ8M2DW. Please allow up to 30 days.

---- On Feb 12, Ankang Fitness wrote ----
Dear Support, shipment FBA15XQ8M2DW to IND9, 16 cartons, 640 resistance bands. Carrier FedEx, tracking 781204596631, POD signed 16 pieces. Received 480. Missing 160 units. POD, invoice and packing list attached. Please reimburse.""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA15XQ8M2DW"), ("tracking-number", "781204596631")),
  notes="forwarded thread, newest reply on top; firm but not emotional")

M("poa-review-cn-104", A, "review-manipulation", "UK", "chinese",
  "Appeal - reviews",
  """Dear Seller Performance,

Root cause: We have never manipulated any review, we think a competitor bought reviews for us to make us suspended. So there is no root cause from our side.

What we did: we have reported to Amazon about the suspicious reviews and asked to remove them.

Prevention: We will monitor our reviews every day and report any suspicious review immediately.

Kind regards,
Xinghe Home UK""",
  style="inline", rc=None, co="What we did:", pr="Prevention:",
  pol=(),
  notes="'Root cause:' heading denies any cause and blames a competitor: root cause absent; no policy named")

M("cat-toys-us-105", C, "", "US", "native",
  "Toys & Games holiday selling requirements",
  """Hello,

We'd like to sell in Toys & Games during the Q4 holiday season. The requirements page says the account must have been selling before September 1 and meet performance targets. We opened our account in July and our metrics are all green (ODR 0.2%, late shipment 0.8%, cancel 0.1%).

Could you confirm whether we qualify this year, or whether there is a separate application we should submit? We have CPSIA test reports for all of our plush products.

Thanks,
Heather Lin
Little Pine Plush""",
  topic="toys-holiday",
  pol=(),
  notes="category question; metrics named but not an appeal")

M("tech-iban-de-106", T, "", "DE", "other-non-native",
  "Bankkonto ändern - Fehler",
  """Hello Seller Support,

We are Polish company selling on amazon.de. We tried to change our bank account for payments in EUR, but the system show "Bankverbindung konnte nicht überprüft werden" (could not be verified).

New account details for your check:
Bank: Deutsche Kreditbank
IBAN: DE44500105175407324931
BIC: INGDDEFFXXX
Holder: MEBLE-KRAK SP. Z O.O.

Is the problem because the company is Polish and the bank is German? Please advise.

Best regards,
Joanna Mazur""",
  topic="deposit-method",
  sec=(("iban", "DE44500105175407324931"),),
  dec=(("swift-code", "INGDDEFFXXX"), ("foreign-snippet", "Bankverbindung konnte nicht überprüft werden")),
  notes="English case on DE with German error text and an IBAN")

M("poa-related-cn-107", A, "related-accounts", "US", "chinese",
  "Related account appeal - Zhongtai",
  """Dear Amazon,

We received the deactivation notice because our account is related to a deactivated account (Seller ID A3QWZ8K2L7MNPX). We admit this account was operated by our sister company, and we share the same warehouse address in Guangzhou.

We have closed the other account. The inventory of that account was sold out before, and the bank account linked to it was closed in February too.

We apologize, thank you for understanding.
Zhongtai Group""",
  style="none", rc="We admit this account was operated by our sister company", co="We have closed the other account.", pr=None,
  pol=(),
  dec=(("merchant-token", "A3QWZ8K2L7MNPX"), ("single-apology", "We apologize, thank you for understanding.")),
  notes="'related to a deactivated account' describes the violation without a policy name (judgment call: no-policy); no preventive")

M("brand-own-cn-108", B, "", "US", "chinese",
  "Brand Registry application rejected - trademark pending",
  """Hello Brand Registry Support,

Our application for brand "HUALIN" was rejected, the reason is "the trademark is not found". Our USPTO application serial number is 98771046, it is pending (not registered yet). We understand pending trademarks are accepted with IP Accelerator or with serial number.

Could you tell us what information was wrong? The brand name on our product and packaging is exactly "HUALIN", photos attached. Thanks.

Hualin Garden Tools""",
  topic="brand-ownership",
  dec=(("trademark-number", "98771046"),),
  notes="Brand Registry question; pending trademark")

M("poa-cond-us-109", A, "condition", "UK", "native",
  "Appeal - condition complaints (used books)",
  """Dear Seller Performance,

We were deactivated due to a high number of condition complaints on used books, which we understand breaches the Condition Guidelines.

We've gone through every complaint. In short, our graders were listing books as "Very Good" even with highlighting and marginal notes, because our grading sheet didn't mention writing in the book at all.

I want to be upfront that this is on us, and I'm sorry. It won't happen again.

Regards,
Alistair Fenwick
Fenwick Second-Hand Books""",
  style="none", rc="our graders were listing books", co=None, pr=None,
  pol=("Condition Guidelines",),
  dec=(("single-apology", "I'm sorry"),),
  notes="root cause only; 'It won't happen again' is a promise, not a preventive plan (labeled absent)")

M("tech-pass-us-110", T, "", "US", "native",
  "Employee locked out - user permissions",
  """Hi,

I added our new warehouse manager as a user in User Permissions but she never got the invitation email. To speed things up I gave her my own login for now, username is ops@cedarlinefurniture.com, password Cedar!Line2026, but obviously I'd rather she had her own access.

Can you resend the invite to jlopez@cedarlinefurniture.com or tell me what's blocking it?

Thanks,
Mark Whitaker
Cedarline Furniture""",
  topic="login",
  sec=(("password", "Cedar!Line2026"),),
  notes="native seller pastes own password in a case")

M("poa-safety-vn-111", L, "product-safety", "US", "other-non-native",
  "Reinstatement - ASIN B0D1KZP6VE (baby teether)",
  """Dear Amazon,

Our teether ASIN B0D1KZP6VE is removed. Amazon asks for CPSIA compliance documents for a children's product.

The teethers are made of natural wood and food-grade silicone. We tested with a lab in Ho Chi Minh City, but the lab is not CPSC-accepted, so the test report is not valid.

We are going to send samples to a CPSC-accepted lab (Bureau Veritas). After the result, we will make the Children's Product Certificate and upload it.

For all future kids products, we will test before listing.

Thank you,
Ngo Bich Ngoc
Little Lotus Baby""",
  style="none", rc="We tested with a lab in Ho Chi Minh City", co="We are going to send samples", done=False,
  pr="For all future kids products",
  pol=("CPSIA",),
  dec=(("asin", "B0D1KZP6VE"),),
  notes="'going to' and 'will' only in corrective: not-done; CPSIA named")

M("fba-return-cn-112", F, "", "US", "chinese",
  "Refund without return - 15 orders",
  """Hello Seller Support,

From the Returns report, 15 orders were refunded to the customer but the items were not returned in 45 days. We list them in the attached file refund_no_return_mar.xlsx. Example orders: 113-5512067-8843319, 111-0049371-2265830.

According to the FBA Customer Returns policy, Amazon should charge the customer or reimburse us when the item is not returned. Please check and reimburse.

Thank you!
Taihe Household""",
  topic="customer-return",
  pol=("FBA Customer Returns policy",),
  dec=(("file-name", "refund_no_return_mar.xlsx"), ("order-id", "113-5512067-8843319"),
       ("order-id", "111-0049371-2265830")),
  notes="non-appeal that names a policy")

M("poa-inauth-cn-113", A, "inauthentic", "US", "chinese",
  "Appeal - account deactivated - authenticity",
  """Dear Seller Performance Team,

We are writing regarding our deactivated account. We know it is about the authenticity complaints.

Honestly we have tried everything, 6 appeals in 2 months, every time rejected, and our funds of $48,000 are held. Our boss is sick in the hospital because of the stress. We are on the edge of collapse, please, we beg you to have a heart and look at us as human. We cannot survive anymore.

We attach again the invoices and the supplier license. Please tell us what is still missing.

Xuanwu Trading""",
  pol=("authenticity complaints",),
  emo=("Honestly we have tried everything", "Our boss is sick in the hospital because of the stress",
       "We are on the edge of collapse", "we beg you to have a heart and look at us as human", "We cannot survive anymore"),
  notes="emotional, no POA; invoices are attached but no POA is, so poa_attached=false")

M("cat-dietary-pl-114", C, "", "UK", "other-non-native",
  "Approval for dietary supplements",
  """Hello,

We are a Polish manufacturer of vitamin D3 drops and we want approval to sell in Health & Personal Care (dietary supplements) on amazon.co.uk.

Attached:
- Certificate of analysis from an ISO 17025 lab
- GMP certificate of our factory in Łódź
- Label in English with full ingredient list, dose and warnings
- Proof of notification to the UK Food Standards Agency

Is there anything else required? We read the Dietary Supplements policy and believe we meet all points.

Kind regards,
Ewa Dąbrowska
Vitapol""",
  topic="dietary-supplements",
  pol=("Dietary Supplements policy",),
  notes="clean ungating request")

M("poa-late-fr-115", A, "late-shipment", "CA", "other-non-native",
  "Appel - taux d'expédition en retard",
  """Bonjour,

Notre compte Amazon.ca a été désactivé parce que notre taux d'expédition en retard est de 8 %.

Cause : notre transporteur a changé son heure de ramassage pendant la tempête de janvier et nos commandes ont été expédiées un ou deux jours plus tard.

Actions déjà prises : nous avons augmenté le délai de traitement à 3 jours et nous avons ajouté Postes Canada comme deuxième transporteur.

Prévention : chaque lundi, notre gestionnaire vérifie l'état du compte et, si le taux dépasse 2 %, nous suspendons les nouvelles offres.

Merci,
Marie-Ève Gagnon
Boutique Érable Doux""",
  lang="fr", style="inline", rc="Cause :", co="Actions déjà prises :", pr="Prévention :",
  pol=("taux d'expédition en retard",),
  notes="French on CA: not a non-english defect (accepted there) but a T001 positive if the rule ignores the marketplace; writer other-non-native by the README's rule for non-English writers")

M("poa-drop-us-116", A, "drop-shipping", "US", "native",
  "Appeal",
  """Hello,

Our account was suspended and I have attached everything your team asked for. Please review.

Thanks,
Scott Delaney
Delaney Direct

(sent from my iPhone)

On Mar 9, Amazon Seller Performance wrote:
> Your Amazon seller account has been deactivated. We took this action because you violated our Drop Shipping Policy. Why did this happen? Packages were sent with packing slips or invoices that identified a third party seller other than you. How do I reactivate my account? Submit a plan of action.""",
  pol=("Drop Shipping Policy",),
  notes="no POA: 'I have attached everything your team asked for' does not say a POA is attached (judgment call); policy named only in the quoted notice")

M("tech-listing-cn-117", T, "", "US", "chinese",
  "Listing stuck - 'Inactive: missing information'",
  """Dear Support,

Our 23 listings are "Inactive" with the reason "missing information", but when we open the edit page, all the required fields are filled. We already tried to update with the template and Listings Loader, processing report says 0 errors.

Example SKUs: JH-LAMP-WH01, JH-LAMP-BK02, ASIN B0CY8MR2LD.

Is this a system bug? We have lost sales for 10 days. Thank you.

Jinghong Lighting""",
  topic="listing-upload",
  dec=(("sku", "JH-LAMP-WH01"), ("asin", "B0CY8MR2LD")),
  notes="technical listing error")

M("poa-lp-cn-118", L, "listing-policy", "US", "chinese",
  "Listing removed - prohibited keyword in title (listing policy)",
  """Hello Amazon,

Our listing for the pet hair remover is removed for violation of Product Detail Page Rules, because the title had "Best Seller #1" and "FDA approved".

Root cause: our agency copied the title style from a Chinese marketplace, where these words are normal. They did not check the Amazon style guide.

Corrective actions:
- Title rewritten without the claims (done 15 March).
- All 60 listings checked and 7 titles with "best", "#1" or "approved" were edited the same day.

Preventive actions:
- We now use a title template with only brand + product type + key feature + size.

Best,
Kuaile Pet""",
  style="mixed", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=("Product Detail Page Rules",),
  notes="inline root cause + colon headings with bullets: mixed")

M("fba-inbound-uk-119", F, "", "UK", "native",
  "Inbound shipment FBA15FLQ0TZ2 - shortage",
  """Hi,

Shipment FBA15FLQ0TZ2 was delivered to LBA4 on 6 February: 4 pallets, 96 cartons, 1,152 units of SKU WL-FLASK-750. The receiving shows 1,104 units, 48 short.

We packed 12 units per carton and each carton was weighed (attached: packing list with weights, signed POD). The carrier delivered all 4 pallets intact with no damage noted.

Please investigate and reimburse the 48 units.

Thanks,
Laura Bennett
Wildland Outdoor Ltd
Tel: 0161 555 0148""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA15FLQ0TZ2"), ("sku", "WL-FLASK-750"), ("phone", "0161 555 0148")),
  notes="clean claim; phone as decoy")

M("poa-cancel-cn-120", A, "cancel-rate", "US", "chinese",
  "Re: Cancellation Rate deactivation - 2nd appeal",
  """Dear Seller Performance,

This is our second appeal for the Pre-fulfillment Cancel Rate deactivation. Our first POA was rejected because it was not specific. Here it is with more details.

I. Why orders were cancelled
We checked all 46 cancelled orders one by one (list attached). 38 of them were a single SKU, the LED desk lamp HW-DL08, whose stock in our Yiwu warehouse was counted twice after moving shelves in January. The system showed 310 units, but we had 72.

II. What we fixed
- Stock count of the whole warehouse done again on 2 February, by barcode scanning, not by hand.
- ERP inventory corrected on the same day.
- HW-DL08 changed to FBA only, so Amazon's inventory is the one shown.
- 46 buyers contacted with apology and a $5 coupon for another order.

III. How we prevent
- Every shelf move needs a barcode recount before the ERP is updated.
- Daily comparison between ERP stock and a 5% random sample count.
- Cancel rate is in our weekly KPI report; above 1% the operation manager stops new listings for that warehouse.

We hope this more detailed POA is acceptable. Thank you for your patience.

Best regards,
Hongwei Lighting
义乌市弘炜照明有限公司""",
  style="numbered", rc="I. Why orders were cancelled", co="II. What we fixed", pr="III. How we prevent",
  pol=("Pre-fulfillment Cancel Rate",),
  dec=(("sku", "HW-DL08"), ("foreign-snippet", "义乌市弘炜照明有限公司")),
  notes="roman numeral headings (numbered); second appeal with detail")

M("tech-card-vn-121", T, "", "US", "other-non-native",
  "Charge method - card expired",
  """Hello,

My card for the seller subscription is expired and the system ask me to add a new one. I tried but it says "There was a problem". New card is Visa 4532 0188 7345 6124, valid thru 08/30, the 3 digit at the back is 552.

Please add this card to my account because I cannot do it. I don't want my account to be suspended for not paying.

Thank you,
Le Thi Hong""",
  topic="payment-method",
  sec=(("card", "4532 0188 7345 6124"), ("card-expiry", "08/30"), ("card-code", "552")),
  notes="card, 'valid thru' expiry and back-of-card code")

M("poa-rev-us-122", A, "review-manipulation", "US", "native",
  "Appeal: account deactivation - Community Guidelines (reviews)",
  """To the Seller Performance team,

We were deactivated for violating the Community Guidelines on customer reviews. Here is what happened and what we have done about it.

What happened
In December we launched a new product and used a third-party "launch service" that promised early reviews through "verified testers." We did not look closely enough at how they worked. We now know they reimbursed buyers in exchange for 5-star reviews, which is review manipulation.

What we did about it
- Ended the contract and asked the service for a list of every order they placed (they sent 64).
- Sent that list to Amazon so the reviews can be removed.
- Removed the product from sale while the appeal is open.

What changes from now on
- No third-party review, launch or ranking services, ever. This is written into our marketing policy.
- New products get reviews only through Amazon Vine and Request a Review.
- I review every marketing invoice monthly.

Unfortunately we learned this the hard way, but we understand why the rules exist.

Sincerely,
Patricia Hollis
Hollis & Hound Pet Co.""",
  style="plain", rc="What happened", co="What we did about it", pr="What changes from now on",
  pol=("Community Guidelines",),
  dec=(("mild-word", "Unfortunately"),),
  notes="calm native letter with one mild word")

M("poa-odr-cn-123", A, "odr", "US", "chinese",
  "ODR POA",
  """Hello,

ODR is 1.3%. Please see our actions:

- We have refunded all buyers who had a problem.
- We have removed the poor quality products (charging cables, 3 SKUs) from sale.
- We have changed the supplier.

Prevention:
- QC inspection of each batch before FBA.
- Weekly feedback check.
- Customer service replies in 24 hours.

Thank you for review our appeal and hope to get reply soon.""",
  style="mixed", rc=None, co="We have refunded all buyers", pr="Prevention:",
  pol=("ODR",),
  notes="bullets only, no root cause given ('poor quality' names the product, not why)")

M("cat-collect-us-124", C, "", "US", "native",
  "Collectible Coins - approval request",
  """Hello,

I'm applying to sell in Collectible Coins. I've been a coin dealer for 14 years and am a member of the American Numismatic Association. Inventory is primarily PCGS and NGC certified US silver dollars.

Per the requirements, I've attached a sample of three invoices from my wholesale supplier, my ANA membership card, and photos of five certified coins with their cert numbers visible (e.g. PCGS 44817239).

Let me know if you need anything else.

Best,
Walter Briggs
Briggs Coin & Currency""",
  topic="collectibles",
  dec=(("certificate-number", "PCGS 44817239"),),
  notes="clean ungating request; cert number decoy")

M("poa-safety-cn-125", A, "product-safety", "UK", "chinese",
  "UKCA / product safety appeal",
  """Dear Amazon UK,

Our account is deactivated for missing UKCA marking and safety documents on electric kettles, under the Product Safety and Compliance policy.

The actions: we will prepare the UKCA declaration of conformity, we will ask the factory to print the UKCA mark on the rating label, and we will upload the test reports.

The prevention: before each new electrical product is listed, our compliance officer will check UKCA, UK Responsible Person and plug type BS 1363.

Best regards,
Rongsheng Appliances Ltd""",
  style="inline", rc=None, co="The actions:", done=False, pr="The prevention:",
  pol=("Product Safety and Compliance policy",),
  notes="no root cause at all; corrective only future")

# ---------------------------------------------------------------- chunk 7

M("poa-counter-cn-126", L, "counterfeit", "US", "chinese",
  "Reinstate ASIN B0CHQ4NW7S - Counterfeit Products policy",
  """Dear Seller Performance,

Our ASIN B0CHQ4NW7S (silicone watch band) was removed under the Counterfeit Products policy after a test buy by the brand.

Root cause:
The band was listed on the brand's ASIN, but our band is our own design that only fits the brand's watch. It is not the brand's product, so selling it on their detail page made it look like a fake.

Corrective actions:
Waiting for Amazon's decision first.

Preventive actions:
We will create our own ASIN under our brand with "compatible with" wording, and never list on another brand's detail page again.

Thank you,
Dongrui Wearables""",
  style="colon", rc="Root cause:", co=None, pr="Preventive actions:",
  pol=("Counterfeit Products policy",),
  dec=(("asin", "B0CHQ4NW7S"),),
  notes="'Corrective actions: Waiting for Amazon's decision first.' names no action: corrective absent")

M("poa-late-us-127", A, "late-shipment", "US", "native",
  "Late shipment rate appeal - Blue Heron Tackle",
  """Hello,

Our account was deactivated because our Late Shipment Rate reached 5.6% over the last 30 days.

Root cause: our only full-time packer was out for three weeks after surgery in February, and we didn't adjust handling time or pause self-fulfilled listings. Orders piled up and went out two to four days late.

Preventive measures: we will cross-train a second employee on packing and shipping, set a rule that handling time goes to 3 days whenever we're short-staffed, and check the Account Health page every Monday and Thursday.

We value selling on Amazon and hope you'll reconsider.

Thank you,
Greg Halvorsen
Blue Heron Tackle""",
  style="inline", rc="Root cause:", co=None, pr="Preventive measures:",
  pol=("Late Shipment Rate",),
  dec=(("mild-plea", "We value selling on Amazon and hope you'll reconsider."),),
  notes="no corrective part at all: nothing done about the late orders, only future prevention")

if __name__ == "__main__":
    AUTHOR.write()
