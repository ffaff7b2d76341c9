#!/usr/bin/env python3
"""Author S's messages for the eleventh set (written blind to the rules): texts and labels live here;
running this script rewrites messages/eleventh-a/s-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("s-", "eleventh-a")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1
M("poa-inauth-cn-001", A, "inauthentic", "US", "chinese",
  "Appeal for account deactivation - inauthentic complaint ASIN B0CK7T2M9Q",
  """
Dear Seller Performance Team,

We are Shenzhen Yuanhang Trading Co., Ltd. Our account was deactivated because of inauthentic item complaints on ASIN B0CK7T2M9Q (bluetooth selfie stick). Below is our plan of action.

## Root Cause
1. In October we was out of stock, so we bought 300 pcs from a wholesaler in Huaqiangbei market to fill the gap. This wholesaler is not the manufacturer and we did not ask for invoice with factory stamp.
2. Some of these units have different packing than our normal goods, so customer think it is not authentic.
3. Our purchasing staff did not know the Amazon policy about supply chain documents.

## Corrective Actions
- We have removed all the 186 remaining units from FBA (removal order created on 11 Nov).
- We have contacted the 14 buyers who bought from that batch and offered full refund.
- We stopped cooperation with the wholesaler and now buy only from our own factory partner, Dongguan Lianxin Electronics, we attached their invoices and business license.

## Preventive Measures
- Every new supplier must give invoice, business license and authorization letter before we pay.
- Our operation manager check each inbound batch packaging against our sample photo.
- All staff finished training about Amazon Inauthentic Policy on 15 Nov and will repeat every 3 month.

Thank you for review our appeal.
Yuanhang Team
""", style="markdown", rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
  pol=["Inauthentic Policy"], dec=[("asin", "B0CK7T2M9Q")],
  notes="complete Chinese-English markdown POA; policy named in body; ASIN decoy")

M("poa-odr-in-002", A, "odr", "IN", "indian",
  "Request for reinstatement of selling privileges - ODR above target",
  """
Respected Sir/Madam,

Greetings of the day. This is with reference to the deactivation of our account SriVinayaka Home Decor due to Order Defect Rate going above 1% (it reached 2.4% in last 60 days). We humbly submit our plan of action as below.

1. Reason for the issue
Our courier partner in Jaipur was changed in August and the new partner delayed many shipments by 5-7 days, which led to A-to-z claims and negative feedbacks. Also our packing of glass items was not sufficient, due to which 11 orders reached in broken condition (for example order 403-7781204-5530716).

2. Actions already taken
We have already shifted all shipments to Easy Ship. We have refunded all 23 affected customers and replied to each negative feedback. Bubble wrap and 5-ply boxes are now used for all glass products.

3. Steps to prevent in future
Daily our operations head will check the Account Health dashboard. Any order not picked within 24 hours will be escalated to courier same day. Monthly we will audit damage complaints and change packaging if required.

Kindly consider our appeal and do the needful. We assure full compliance.

Warm regards,
Rakesh Agarwal
SriVinayaka Home Decor
""", style="numbered", rc="1. Reason for the issue", co="2. Actions already taken", pr="3. Steps to prevent in future",
  pol=["Order Defect Rate"], dec=[("order-id", "403-7781204-5530716")],
  notes="complete numbered Indian POA; 'humbly' formula is polite, not emotional")

M("appeal-nopoa-us-003", A, "related-accounts", "US", "native",
  "PLEASE reinstate my account",
  """
Hello,

I got an email today that my account is deactivated because it is related to another account that was suspended. I have no idea what account you are talking about. I have sold on Amazon for six years with a perfect record. This store is everything I have. I have two kids and a mortgage and this is my only income. Please, I am begging you, look at this again. I will lose my house if this is not fixed. I have not slept in three days and I can't think straight. I don't know what else to say. Just tell me what you need and I'll send it tonight.

Desperate,
Tom Hadley
Hadley Outdoor Supply
""", emo=["I am begging you", "I will lose my house if this is not fixed", "I have not slept in three days and I can't think straight", "Desperate,"],
  notes="no POA, no policy named ('related to another account' is the notice restated, not a policy name); begging and despair")

M("poa-lsr-vn-004", A, "late-shipment", "US", "other-non-native",
  "Plan of action for late shipment rate",
  """
Dear Amazon Team,

Our store Minh An Handicraft (Vietnam) receive notice that Late Shipment Rate is 9.8%, higher than 4% target. We write the plan of action here.

**Why it happen**
We ship from Ha Noi by merchant fulfillment. During Tet holiday preparation our workshop have only 3 workers instead of 8, and the carrier pick up only two times per week. Also handling time in our setting is 1 day but real production of bamboo lamp need 3 days.

**What we will do**
We will change handling time to 4 days for all handmade products. We will hire 2 more packing staff before next month. We will sign contract with a carrier that pick up every day.

**How we keep it from repeat**
Each morning the manager will compare orders with the ship-by date in the order report. If holiday is coming we will put vacation mode or increase handling time one week before.

We hope Amazon can give us chance to continue. Thank you very much.

Nguyen Thi Lan
""", style="bold", rc="Why it happen", co="What we will do", done=False, pr="How we keep it from repeat",
  pol=["Late Shipment Rate"], dec=[("mild-plea", "We hope Amazon can give us chance to continue")],
  notes="corrective part is future only (not done); mild plea decoy")

M("poa-review-uk-005", A, "review-manipulation", "UK", "native",
  "Appeal - customer product reviews",
  """
To the Seller Performance team,

Our account (Brightwell Kitchenware Ltd) was suspended for violating the Customer Product Reviews policy. We take this seriously and set out our response below.

ROOT CAUSE
A former marketing contractor sent follow-up emails through a third-party tool offering a £5 voucher to buyers who left a review. We did not approve this wording and only found out when we received your notice.

ACTIONS TAKEN
We terminated the contract on 3 March, cancelled the subscription to the email tool, and deleted every template that mentioned vouchers. We have asked the contractor for a full list of buyers contacted and we have not used that list for anything.

GOING FORWARD
We understand the seriousness of this and it will not happen again. We are committed to following Amazon's rules at all times.

Yours faithfully,
Helen Marsh
Director, Brightwell Kitchenware Ltd
""", style="caps", rc="ROOT CAUSE", co="ACTIONS TAKEN", pr=None,
  pol=["Customer Product Reviews policy"],
  notes="'GOING FORWARD' is only a promise (no control, no process), so the preventive part is absent")

M("cover-cf-cn-006", A, "counterfeit", "US", "chinese",
  "Appeal for counterfeit complaint - POA attached",
  """
Dear Seller Performance,

Thank you for your notice about the counterfeit complaint on our listing ASIN B09XQ4RL2T. We are very sorry for the inconvenient caused to the customer and Amazon.

We are the brand owner of "LUMIVO" and the product is made in our own factory in Xiamen. Please find in attachment our full Plan of Action (POA_Lumivo_Nov.pdf), the trademark registration certificate, and the factory invoices for the last 3 batches.

The attachment explain the reason of complaint, the actions we have done and the measures to avoid it in future, according to the Counterfeit Policy.

If any other document is needed, please let us know and we will provide immediately.

Best regards,
Chen Wei
Xiamen Lumivo Lighting Co., Ltd.
""", att=True, pol=["Counterfeit Policy"],
  dec=[("asin", "B09XQ4RL2T"), ("single-apology", "We are very sorry for the inconvenient caused to the customer and Amazon."), ("file-name", "POA_Lumivo_Nov.pdf")],
  notes="cover letter, POA attached; one apology only")

M("poa-inauth-zh-007", A, "inauthentic", "US", "chinese",
  "申诉：不真实商品投诉",
  """
尊敬的亚马逊卖家绩效团队：

您好！我们是杭州晨曦家居用品有限公司，店铺因为收到"不真实商品"投诉被停用。以下是我们的行动计划。

## 问题原因
去年十二月旺季期间，我们的仓库同事把一批从贸易商采购的保温杯和自己工厂生产的混在一起发了FBA。这批货没有正规发票，包装和我们正品也有一点区别，买家收到后认为不是正品。

## 已经采取的措施
一、我们已经把FBA里剩余的全部库存做了移除，共412件。
二、已经给所有相关订单的买家退款并发邮件说明。
三、已经停止和那家贸易商的合作，以后只卖自己工厂的产品。

## 预防措施
一、所有入库前的货物由质检主管核对批次号和包装。
二、采购必须保留工厂发票和合同，每个月整理一次。
三、全体运营人员学习亚马逊的《商品真实性政策》，每季度考试一次。

希望贵团队审核我们的申诉，谢谢！

杭州晨曦家居
""", lang="zh", style="markdown", rc="问题原因", co="已经采取的措施", pr="预防措施",
  pol=["不真实商品", "商品真实性政策"],
  notes="complete POA written in Chinese on US (non-English defect only)")

M("tech-login-cn-008", T, "", "US", "chinese", "Can not login seller central, two step verification problem",
  """
Hello Seller Support,

Since yesterday I can not login to my seller central. Every time after I put password it ask the two step verification but the SMS never arrive to my phone +86 138 0013 7742. I changed phone number last month.

To help you check, my login email is lily.zhao@ruifengtrade.cn and the password is Rf#2026summer, the backup code they gave me before is 448190 but it say invalid.

Please help me reset the two step verification to my new number. We have many orders waiting to ship and if cannot login we will have late shipment.

Thank you!
Zhao Li
瑞丰贸易
""", topic="login",
  sec=[("password", "Rf#2026summer"), ("one-time-code", "448190")],
  dec=[("phone", "+86 138 0013 7742"), ("foreign-snippet", "瑞丰贸易")],
  notes="password and backup code pasted into the case; Chinese company name sign-off")

M("fba-lost-in-009", F, "", "IN", "indian", "Shipment received short - request for reimbursement",
  """
Dear Team,

We had sent shipment FBA15K7WZQ4T to BOM7 fulfilment centre on 12th October containing 240 units of SKU BRS-TAWA-28. As per the shipment summary only 198 units are received and it is showing closed since 14 days.

The carrier (ATS) delivery is confirmed, the POD is attached and the tracking no. is 1Z9A40W26815537620. All 6 cartons were delivered sealed, carton weight matches the label.

Kindly investigate the shortage of 42 units and reimburse us at the earliest. Please revert back with the case findings.

Thanks and regards,
Priya Sharma
Bharat Steel Utensils
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA15K7WZQ4T"), ("tracking-number", "1Z9A40W26815537620"), ("sku", "BRS-TAWA-28")],
  notes="Indian lost-inbound claim; shipment ID and tracking as decoys")

M("poa-safety-au-010", A, "product-safety", "AU", "native",
  "Appeal: product safety deactivation",
  """
Hi team,

We're writing about the deactivation of our account Sunnyside Kids Co.

A) What happened
Amazon received complaints that our wooden stacking toy was unsafe and deactivated our account under the Product Safety policy. We understand the listing was flagged as a potential choking hazard.

B) What we have done
We pulled all listings for the toy the same day and raised a removal order for the 640 units at the Moorebank warehouse. We engaged an accredited lab in Melbourne, which tested the toy to AS/NZS ISO 8124 and we've attached the passing report. We also added the age warning 'Not suitable for children under 36 months' to the packaging.

C) What happens from now on
Every new toy goes through third-party testing before we send stock in, and the test reports are kept in a shared folder that two of us review each quarter.

Cheers,
Mark Jensen
""", style="lettered", rc=None, co="B) What we have done", pr="C) What happens from now on",
  pol=["Product Safety policy"],
  notes="section A only restates the notice; no cause given, so root cause absent")

# ---------------------------------------------------------------- chunk 2
M("poa-drop-my-011", A, "drop-shipping", "UK", "other-non-native",
  "Appeal for suspension - dropshipping",
  """
Dear Sir or Madam,

We are Kedai Harmoni Sdn Bhd from Penang, Malaysia. Our account has been suspended because orders were shipped with packing slips and invoices of another retailer, which is against the Drop Shipping Policy. Please see our appeal below.

Why this happened
Our warehouse was full in January so we asked our supplier in Shenzhen to send directly to customers. We did not check that the supplier put their own store invoice in the parcel. This was our mistake.

What we have done
We stopped all direct shipping from the supplier on 22 January. We moved all stock to our own warehouse in Bayan Lepas and now we pack every order ourselves with our own packing slip. We also contacted all 37 customers who received the wrong invoice to explain.

How we make sure it stays fixed
Supplier is now only allowed to ship to our warehouse, this is written in the new contract. Every week our supervisor opens 10 random parcels before dispatch to check packing slip and seller name.

We humbly request you to give us chance to sell again on Amazon UK.

Terima kasih,
Ahmad Faizal
""", style="plain", rc="Why this happened", co="What we have done", pr="How we make sure it stays fixed",
  pol=["Drop Shipping Policy"],
  dec=[("mild-plea", "give us chance to sell again on Amazon UK"), ("foreign-snippet", "Terima kasih")],
  notes="plain headings, complete; Malay sign-off; polite plea only")

M("appeal-nopoa-in-012", A, "odr", "IN", "indian",
  "Account deactivated - kindly reactivate urgently",
  """
Dear Seller Support,

Our seller account Shree Krishna Fashions has been deactivated from yesterday without any prior intimation. We are selling kurtis and sarees since 2021 and our customers are very happy with our products.

We request you to kindly reactivate our account at the earliest as our festival season stock of more than 3 lakh rupees is lying in the Amazon warehouse. Our GST number is 27AAPFS4412K1Z3 and all the documents are already uploaded.

Please let us know what is required from our side, we will do the needful immediately. Kindly revert back at the earliest.

Thanks & Regards,
Sunil Mehta
Mob: +91 98201 44317
""", dec=[("gst-number", "27AAPFS4412K1Z3"), ("phone", "+91 98201 44317")],
  notes="no POA, no policy named, not attached; urgent but calm, not emotional")

M("lst-iptm-us-013", L, "ip-trademark", "US", "native",
  "Listing removed - trademark complaint B0D1HN7VXK",
  """
Hello,

Our listing B0D1HN7VXK was removed after a trademark complaint (complaint ID 14478920551) from the owner of the mark "TRAILHAWK". Here is our plan of action.

Root cause:
Our listing title used the phrase "Trailhawk-style" to describe the shape of the hatchet. We thought a style comparison was fine, but it uses their registered mark (US Reg. No. 5,921,448) in a way that suggests a connection with their brand.

Corrective actions:
We removed the word from the title, bullet points and backend search terms on this and two other listings on 8 May. We also wrote to the rights owner to apologise and confirm the change.

Preventive measures:
Before a listing goes live, our content lead now runs every title and keyword list against the USPTO TESS database, and we keep a list of competitor marks that may never appear in our copy.

We respect intellectual property and ask that the listing be reinstated under the Amazon Intellectual Property Policy.

Regards,
Dana Whitfield
Ridgeline Tools LLC
""", style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive measures:",
  pol=["Amazon Intellectual Property Policy"],
  dec=[("asin", "B0D1HN7VXK"), ("complaint-id", "14478920551"), ("trademark-number", "5,921,448")],
  notes="complete colon POA for listing; complaint ID and trademark number decoys")

M("brand-hijack-cn-014", B, "", "US", "chinese", "Other seller selling fake of our brand on our listing",
  """
Hello Brand Registry team,

We are brand owner of OKAWEI (registered trademark, Brand Registry enrolled). From last week there is a seller "HappyDeal-Store99" join our listing ASIN B0BRT6M2XN and sell at $8.99, our price is $24.99. We did test buy, order 113-6620418-9937104, and the product received is not our product, no logo, very bad quality.

Please remove this seller from our listing. We attached the test buy photos and our trademark certificate. This hijacker is destroying our reviews, we already got 3 one star reviews this week.

Thank you for your support.
Wang Jie
深圳欧卡维科技有限公司
""", topic="hijacker",
  dec=[("asin", "B0BRT6M2XN"), ("order-id", "113-6620418-9937104"), ("foreign-snippet", "深圳欧卡维科技有限公司")],
  notes="hijacker report, calm; company name in Chinese")

M("cat-grocery-id-015", C, "", "US", "other-non-native", "Request approval for Grocery & Gourmet Food category",
  """
Dear Amazon,

We are PT Rempah Nusantara from Surabaya, Indonesia. We want to apply approval for Grocery and Gourmet Food category to sell our packaged spices (cinnamon stick, clove, and nutmeg powder).

Our factory has FDA food facility registration number 17293884510 and we have the certificate of analysis for each lot. We also attached 3 invoices from our raw material farmer cooperative and label pictures with English ingredient list and best before date.

Please let us know if you need any other document. We are happy to provide.

Best regards,
Dewi Kartika
Export Manager
""", topic="grocery", dec=[("certificate-number", "17293884510")],
  notes="Indonesian ungating request; FDA registration number decoy")

M("poa-cancel-hk-016", A, "cancel-rate", "US", "chinese",
  "Appeal - pre-fulfillment cancel rate",
  """
Dear Seller Performance Team,

We are Everbright Gadgets (Hong Kong) Limited. Our account was deactivated because the Pre-fulfillment Cancel Rate reached 6.1%. Please see our POA.

Root cause: Our inventory software stopped syncing with Amazon on 2 September after a version update. For 5 days the listings showed stock which was already sold on our other channels, so we had to cancel 58 orders.

Actions taken: We have rolled back the software update and confirmed the sync works every 15 minutes. All listings with less than 5 units are now set to manual quantity. We checked every active SKU against our warehouse count on 9 September.

Preventive measures: The IT team will test every update in a sandbox account before it goes live. An alert email is sent to the operations manager if sync fails more than 30 minutes. We keep 10% safety stock that is not shown on any channel.

Thank you for your consideration.
Kelvin Leung
""", style="inline", rc="Root cause:", co="Actions taken:", pr="Preventive measures:",
  pol=["Pre-fulfillment Cancel Rate"],
  notes="complete inline POA, HK trading company")

M("poa-verify-cn-017", A, "identity-verification", "US", "chinese",
  "Appeal for Section 3 verification suspension",
  """
Dear Amazon,

Our account is suspended under Section 3 of the Business Solutions Agreement because the information could not be verified. We write our POA as below.

Our POA: the reason
When we registered we used the address of our agent office in Futian, but the utility bill we uploaded later is of our new office in Longhua. The two addresses did not match, so the verification failed.

Our POA: what we will do to avoid it
From now, any change of address, bank or legal person will first be updated in Seller Central and only after we upload documents. Our finance manager is responsible to keep the business license, bill and bank statement with the same address.

We wait for your reply, thank you very much.

Shenzhen Jiahe Import & Export Co., Ltd.
""", style="our-poa", rc="Our POA: the reason", co=None, pr="Our POA: what we will do to avoid it",
  pol=["Section 3 of the Business Solutions Agreement"],
  notes="no corrective part: they never say they updated the address or re-submitted documents")

M("tech-deposit-us-018", T, "", "US", "native", "Deposit method keeps getting rejected",
  """
Hi,

I'm trying to update the deposit method on my account and it keeps failing with "We could not verify your bank account." I have double checked everything with my bank.

Here are the details so you can see the problem: Bank of America, routing 026009593, checking account 4830 2291 7756. The name on the account is Greenleaf Pet Supply LLC, which matches my legal name in Seller Central exactly.

My next disbursement is scheduled for Friday and I really don't want it held. Can someone look at why the verification fails? Error shown is "Invalid bank account (Code 5203)".

Thanks,
Jordan Pike
""", topic="deposit-method",
  sec=[("routing-number", "026009593"), ("bank-account", "4830 2291 7756")],
  dec=[("error-code", "Code 5203")],
  notes="full routing and account numbers pasted into case")

M("poa-used-in-019", A, "used-sold-as-new", "IN", "indian",
  "Appeal against suspension for used sold as new complaints",
  """
Dear Seller Performance Team,

This is regarding suspension of our account TechMart Solutions for customer complaints that items sold as new were used. We have gone through the Condition Guidelines and understood our mistake.

The problem happened because customer returns were being put back into saleable stock by our warehouse staff without checking. Some of these returned headphones had opened seals and scratches, and these were shipped again to new customers as brand new.

We have already separated all returned units into a different rack, checked 312 units in stock and removed 47 units which were not in new condition. The staff member responsible has been retrained, and we have refunded the 9 customers who complained.

To make sure this never happens again, every return will now be inspected by a QC person and logged in a register. Opened items will only be sold as Used with correct condition notes, never as New. Our manager will audit the register every Saturday.

Kindly review and reinstate our account.

Regards,
Vikram Nair
""", style="none", rc="The problem happened because", co="We have already separated", pr="To make sure this never happens again",
  pol=["Condition Guidelines"],
  notes="complete POA with no headings")

M("poa-restr-cn-020", A, "restricted-products", "US", "chinese",
  "很抱歉 - appeal for restricted product",
  """
Dear Amazon Team,

We are so so sorry. We are deeply sorry, we apologize again and again for our big mistake, please forgive us. We know we are wrong.

ROOT CAUSE
Our new listing staff uploaded laser pointer (Class IIIb) without knowing it is restricted product under the Amazon Restricted Products policy. She only copied the listing of other seller.

1) What we did
- We deleted all 6 laser pointer listings on 19 Jun.
- The 220 units in FBA we created removal order to our Shenzhen warehouse.
- We checked all other 140 listings and no other restricted item.

2) Prevention
- Before any new listing, the team leader check the restricted products page and help pages for the category.
- All staff training about restricted products every month.

Again we are very very sorry, please please give us one more chance, our whole company depend on this account, without it we cannot pay salary to our 20 workers.

Guangzhou Haoyu Trading
""", style="mixed", rc="ROOT CAUSE", co="1) What we did", pr="2) Prevention",
  pol=["Amazon Restricted Products policy"],
  emo=["We are so so sorry. We are deeply sorry, we apologize again and again for our big mistake, please forgive us.", "please please give us one more chance", "without it we cannot pay salary to our 20 workers"],
  notes="complete POA, mixed caps + numbered headings; excessive apology and pleading -> emotional")

# ---------------------------------------------------------------- chunk 3
M("poa-ipcopy-cn-021", A, "ip-copyright", "US", "chinese",
  "Appeal for copyright infringement notice",
  """
Dear Seller Performance Team,

We received notice that our account is under review because of copyright infringement complaints for product images on 3 listings. We respect the intellectual property rights and here is our plan.

1. Reason of the problem
We are not sure why the complaint happened. We think maybe the rights owner made mistake, or maybe some competitor report us. We are still checking with our designer.

2. What we have did
- We have deleted all the images on the 3 ASINs (B0C4LW8PZD, B0C4LWBN2R, B0C4LXJ1HT) and uploaded new photos taken by our own photographer on 6 Aug.
- We sent email to the complainant to ask what is the problem.

3. Measures to avoid
- All product photos will be taken by our own studio, no more picture from internet or from supplier.
- Our designer keep the original RAW file of each photo as proof.

Sincerely,
Ningbo Haitian Houseware
""", style="numbered", rc=None, co="2. What we have did", pr="3. Measures to avoid",
  dec=[("asin", "B0C4LW8PZD"), ("asin", "B0C4LWBN2R"), ("asin", "B0C4LXJ1HT")],
  notes="root-cause section says 'we are not sure', blames others: no root cause. 'copyright infringement complaints' is the notice, not a policy name -> no policy")

M("poa-related-uk-022", A, "related-accounts", "UK", "native",
  "Appeal - account linked to a previously deactivated account",
  """
Dear Seller Performance,

## Summary
Our account, Ashdown Garden Supplies, was deactivated on 4 February under the related accounts policy (Seller Code of Conduct). Unfortunately, the linked account belonged to my former business partner.

## Root cause
Between 2022 and 2024 my former partner, Peter Gale, ran his own store from our shared office and used the same broadband connection and, for a short time, the same laptop. His account was deactivated for late dispatch in 2024. We shared no inventory, bank account or tax details, but the shared IP address and device created the link.

## What we have done
- Peter moved out of the office in March 2025; I have attached the lease termination.
- The old laptop was wiped and disposed of; our team now uses company devices only.
- We have changed our broadband provider and the router, so no device connects from the old network.

## Keeping it this way
- Only three named staff log into Seller Central, each with their own user permissions.
- Our office manager reviews the user list and login devices on the first working day of every month.

Kind regards,
Sarah Ashdown
""", style="markdown", rc="Root cause", co="What we have done", pr="Keeping it this way",
  pol=["Seller Code of Conduct"], dec=[("mild-word", "Unfortunately")],
  notes="complete markdown POA with an extra Summary heading; 'related accounts policy' lower case also loosely named, the exact name used is Seller Code of Conduct")

M("appeal-nopoa-zh-023", A, "counterfeit", "US", "chinese",
  "求求你们恢复我的账号",
  """
亚马逊你们好：

我的店铺昨天突然被封了，说是卖假货。我们卖的手机壳全部是自己工厂生产的，怎么可能是假货？我真的不明白。

这个店铺是我和我老公借了二十万块钱做起来的，现在钱全部压在FBA仓库里，如果账号回不来我们全家真的就完了。我已经两天没有吃饭了，每天晚上都在哭。求求你们了，求求你们再看一下，给我们一条活路吧！

我们可以提供工厂的营业执照和所有的发票，你们要什么资料我们都给。请一定帮帮我们。

一个绝望的小卖家
厦门
""", lang="zh",
  emo=["如果账号回不来我们全家真的就完了", "我已经两天没有吃饭了，每天晚上都在哭", "求求你们了，求求你们再看一下，给我们一条活路吧！", "一个绝望的小卖家"],
  notes="Chinese, no POA, no policy name ('卖假货' is the notice in plain words), despair and begging; first-time seller")

M("fba-whdmg-vn-024", F, "", "US", "other-non-native", "Inventory damaged in warehouse not reimbursed",
  """
Hello Seller Support,

In my Inventory Adjustments report I see 18 units of FNSKU X002KQ7M3B marked as "damaged at Amazon fulfillment center" (reason code E) on 3 and 4 of March in warehouse TEB9. But until now I did not receive any reimbursement for them, and 30 days already passed.

The product is ceramic coffee cup set, sale price $32.00, my cost $11.40 per set. Please check and reimburse the correct amount for all 18 units.

Thank you very much for your help.
Tran Quoc Bao
Saigon Ceramic Studio
""", topic="warehouse-damaged", dec=[("fnsku", "X002KQ7M3B")],
  notes="Vietnamese warehouse-damaged claim")

M("poa-vtr-in-025", A, "valid-tracking", "US", "indian",
  "POA for Valid Tracking Rate below 95%",
  """
Dear Seller Performance Team,

We are writing in response to the notification that the Valid Tracking Rate of our store Ganesha Brass Art is 88%, below the target of 95%.

**Root Cause**
We ship from Moradabad with India Post international service. For 34 orders, the tracking number was uploaded but the carrier name was selected as "Other" and the India Post tracking is not integrated, so Amazon could not scan it.

**Corrective Action**
We will switch to DHL eCommerce and Aramex for all US orders starting next week. We will also ask our logistic agent to provide carrier names in correct format. The staff will be trained on confirm-shipment page.

**Preventive Action**
Before confirming shipment, the dispatch executive will check that carrier is from the Amazon list and tracking gets a first scan within 24 hours. Weekly the manager will review the VTR in Account Health.

We request you to kindly reinstate our selling privileges.

Regards,
Anil Gupta
""", style="bold", rc="Root Cause", co="Corrective Action", done=False, pr="Preventive Action",
  pol=["Valid Tracking Rate"],
  notes="corrective part is all 'we will' -> not done")

M("tech-payment-my-026", T, "", "US", "other-non-native", "Credit card charge failed, account on hold",
  """
Hi Amazon Support,

My monthly subscription fee cannot be charged and now my account show "payment information invalid". I already update the card 2 times but same error.

The card I want to use is Visa 4532 0188 7731 4022, exp 11/29, cvv 318, name KHOO MEI LING. The card is active, I just use it yesterday for other payment.

Please help to charge the card manually or tell me what is wrong. I am from Malaysia, maybe foreign card is problem?

Thanks lah,
Khoo Mei Ling
""", topic="payment-method",
  sec=[("card", "4532 0188 7731 4022"), ("card-expiry", "11/29"), ("card-code", "318")],
  notes="full card number, expiry, CVV pasted; Malaysian English")

M("poa-cond-us-027", A, "condition", "US", "native",
  "Appeal - condition complaints",
  """
Seller Performance,

Our account was deactivated for condition complaints under the Condition Guidelines. Our response:

WHAT WENT WRONG
We sell refurbished power tools. Our grading sheet had no step for battery health, so 12 drills listed as "Used - Very Good" shipped with batteries that held under half their charge.

WHAT WE FIXED
We pulled all 96 drill listings, retested every battery in stock, and relisted the 31 weak units as "Used - Acceptable" with the battery capacity stated. The 12 buyers were refunded in full.

WHAT STOPS A REPEAT
Battery capacity is now a required field on the grading sheet, and the listing tool will not let us publish a used tool without it. A second tech spot-checks one in ten units before listing.

Thank you,
Greg Olander
Olander Tool Exchange
""", style="caps", rc="WHAT WENT WRONG", co="WHAT WE FIXED", pr="WHAT STOPS A REPEAT",
  pol=["Condition Guidelines"], notes="short complete caps POA")

M("lst-safety-cn-028", L, "product-safety", "US", "chinese",
  "Reinstate listing - safety complaint for space heater",
  """
Hello Amazon,

Our listing ASIN B0CN3RF8TW (portable space heater) is deactivated due to potential product safety issue. Please see the below.

Root cause:
One customer reported the plug became hot. After our check, that batch used a power cord from a new supplier and the cord gauge was thinner than our specification (18AWG instead of 16AWG).

Corrective actions:
We have stopped selling and removed 530 units from FBA. We have replaced the cord supplier back to the old one which has UL certificate. The new batch was tested by Intertek, report number 250714-0182, attached.

Hope the listing can be reactivated soon. Thank you.
Foshan Nuanjia Electric Appliance Co., Ltd.
""", style="colon", rc="Root cause:", co="Corrective actions:", pr=None,
  dec=[("asin", "B0CN3RF8TW"), ("certificate-number", "250714-0182")],
  notes="no preventive part at all; 'potential product safety issue' is the notice's words, not a policy name -> no policy")

M("poa-price-au-029", A, "price-gouging", "AU", "native",
  "Appeal - Fair Pricing Policy",
  """
Hi,

We've been suspended under the Fair Pricing Policy for our listing of N95 masks. Here's our response.

Root cause: Honestly, we're not sure what triggered the review. Our prices went up in line with our supplier's prices, and we believe they were fair.

Actions taken: We lowered the price on the 20-pack from $64.95 to $29.95 on 2 July and reviewed the prices of every other PPE item in the store, cutting four of them.

Prevention: Any price change above 10% now needs sign-off from me, and we check the price against the 90-day average shown in the pricing dashboard before it goes live.

Thanks for looking at this,
Liam O'Connor
Coastal Safety Supplies
""", style="inline", rc=None, co="Actions taken:", pr="Prevention:",
  pol=["Fair Pricing Policy"],
  notes="root-cause paragraph says they don't know -> root cause absent; 'Root cause:' heading present but empty of cause")

M("cover-inauth-in-030", A, "inauthentic", "IN", "indian",
  "Appeal for inauthentic complaints - POA and invoices attached",
  """
Dear Seller Performance Team,

With reference to the deactivation of our account Ayurveda Naturals Pvt Ltd for complaints of inauthentic items, please find attached the Plan of Action along with the distributor invoices and the authorization letter from Himalaya Wellness for the last 12 months.

The attached POA covers the root cause of the complaints, the corrective steps we have already implemented, and the preventive measures to ensure compliance with the Amazon Product Authenticity Policy going forward.

We request you to kindly review the documents and reinstate our account at the earliest. In case any further document is required, please let us know.

Thanks and regards,
Neha Kulkarni
Compliance Head
""", att=True, pol=["Amazon Product Authenticity Policy"],
  notes="cover letter, POA attached")

# ---------------------------------------------------------------- chunk 4
M("brand-contrib-us-031", B, "", "US", "native", "Our brand's product detail page keeps being changed by another seller",
  """
Hi Brand Registry Support,

We own the brand Northfield Candle Co. (Brand Registry enrolled, trademark Reg. No. 6,804,112). Over the last two weeks someone has changed the title and main image on ASIN B0BY2WQ8LK three times. The title now says "soy wax candle set 4 pack" instead of our approved title, and the main image is a stock photo that isn't our product.

Each time we fix it through the Manage Your Brand tool it comes back within a day or two. Could you lock the attributes to our brand contributions and tell us which account is submitting the changes?

Thanks,
Rachel Osei
""", topic="listing-contribution",
  dec=[("trademark-number", "6,804,112"), ("asin", "B0BY2WQ8LK")], notes="native listing-contribution dispute")

M("poa-patent-cn-032", A, "ip-patent", "US", "chinese",
  "Appeal: patent infringement - POA",
  """
Dear Seller Performance,

Our account has been suspended because of a patent infringement complaint (US Patent No. 11,284,916) about our foldable phone stand. Please see our POA.

Our POA - Cause of the issue:
Our factory copied the hinge design from a popular stand on the market. We did not do a patent search before we listed it, because we thought small accessories do not have patent.

Our POA - Steps already completed:
- All 4 listings of the stand deleted on 12 Sep, and 1,140 units in FBA removed and disposed.
- We sent a retraction request to the patent holder; they accepted our written commitment on 20 Sep (email attached).
- We paid a patent agent in Shenzhen to check our other 22 products; no other problem found.

Our POA - Long term plan:
- Every new product design goes to the patent agent for a freedom-to-operate search on Google Patents and USPTO before sample production.
- Product manager keeps the search report in the product file.

Thank you.
Shenzhen Kaisheng Technology
""", style="our-poa", rc="Our POA - Cause of the issue:", co="Our POA - Steps already completed:", pr="Our POA - Long term plan:",
  dec=[("patent-number", "11,284,916")],
  notes="complete our-poa POA; 'patent infringement complaint' names the complaint only, no policy -> no policy")

M("poa-spa-vn-033", A, "prohibited-seller-activities", "US", "other-non-native",
  "Appeal - Prohibited seller activities and actions",
  """
Dear Amazon Seller Performance,

My account was deactivated for violation of Prohibited Seller Activities and Actions. I include my plan below.

A. Root cause
In our packaging insert we wrote "Contact us at zalo/whatsapp for discount on next order" with our phone number. This tries to move customers outside Amazon, which is not allowed. I did not read the policy carefully.

B. Corrective actions taken
- Printed new inserts without any contact outside Amazon, and destroyed 2,000 old inserts.
- Sent removal order for inventory at FBA to replace the inserts (removal order ID 7YQ2KD9TLM).
- Buyer-Seller Messaging now only used for order questions.

C. Preventive measures
- Any new insert, email template and packaging is checked by me personally with the policy before printing.
- I re-read the policy page every quarter and keep a checklist on the wall of our office.

Many thanks,
Pham Duc Anh
""", style="lettered", rc="A. Root cause", co="B. Corrective actions taken", pr="C. Preventive measures",
  pol=["Prohibited Seller Activities and Actions"], dec=[("removal-order-id", "7YQ2KD9TLM")],
  notes="complete lettered POA")

M("appeal-nopoa-uk-034", A, "late-shipment", "UK", "native",
  "This is completely unacceptable",
  """
To whom it may concern,

I have received your email telling me my account has been deactivated because my Late Dispatch Rate is 5.2%. This is absolutely ridiculous. Royal Mail were on strike for half of the period you are measuring and you know it.

I have been selling on Amazon for eleven years. If this account is not reinstated by Friday I will be taking legal action against Amazon and I will be contacting the BBC and every trade paper I know. You will be hearing from my solicitor. I have had enough of being treated like a criminal by a faceless algorithm.

Reinstate my account immediately.

Graham Whitlock
Whitlock Model Railways
""", pol=["Late Dispatch Rate"],
  emo=["This is absolutely ridiculous", "I will be taking legal action against Amazon", "You will be hearing from my solicitor", "I have had enough of being treated like a criminal by a faceless algorithm"],
  notes="no POA; threats and anger; policy metric named")

M("cat-jewelry-in-035", C, "", "IN", "indian", "Application for approval in Fine Jewellery category",
  """
Dear Category Team,

We are Rajlaxmi Jewellers, Surat, manufacturers of hallmarked 22K gold and silver jewellery since 1998. We wish to apply for approval to sell in the Fine Jewellery category on Amazon.in.

Please find attached BIS hallmark registration certificate, GST certificate, and the sample product images as per the style guide. All our items carry HUID numbers and we can provide purity certificates for each piece.

Kindly process our application and revert with the approval or any further requirement at the earliest.

Thanks & Regards,
Mahesh Soni
Director
""", topic="jewelry", notes="Indian ungating request, calm")

M("tech-upload-cn-036", T, "", "US", "chinese", "Flat file upload error 8572, cannot create listing",
  """
Dear Seller Support,

We try upload inventory file for 35 new SKUs in Home & Kitchen, the processing report always show error 8572 "The values you provided for the product identifier match multiple ASINs".

We have our own GS1 barcodes (UPC 810047352216 to 810047352250), and these products never sold on Amazon before. File name is HomeKitchen_Nov_v3.xlsm, batch ID 62850019473.

Please help us to check why the UPC match other ASINs. Attached the processing report.

Thank you!
Jenny Lin
Hangzhou Youjia Home Products
""", topic="listing-upload",
  dec=[("error-code", "error 8572"), ("upc", "810047352216"), ("file-name", "HomeKitchen_Nov_v3.xlsm"), ("feed-id", "62850019473")],
  notes="upload error; UPC and feed ID are decoys")

M("poa-coc-in-037", A, "seller-code-of-conduct", "IN", "indian",
  "Appeal - Seller Code of Conduct violation",
  """
Dear Seller Performance Team,

Our account Kaveri Kitchen Appliances has been deactivated for violation of the Seller Code of Conduct, as our staff contacted buyers asking them to change their negative feedback.

Reason for violation
Our customer care executive was given monthly target for feedback score. To meet the target, she called 8 buyers on phone and requested them to remove negative feedback in exchange of a partial refund.

Action plan
We will remove feedback-based targets from the staff KPIs. We will conduct a training session for all customer care staff on the Seller Code of Conduct. We will also stop sharing buyer phone numbers with the customer care team.

Prevention plan
Only the Buyer-Seller Messaging will be used to contact customers. The team lead will review a sample of all messages every week, and any request related to feedback will be escalated to the director.

Kindly consider our appeal.
Sanjay Iyer
""", style="plain", rc="Reason for violation", co="Action plan", done=False, pr="Prevention plan",
  pol=["Seller Code of Conduct"], notes="action plan is future only -> not done")

M("poa-odr-ja-038", A, "odr", "JP", "other-non-native",
  "注文不良率に関する改善計画書",
  """
Amazon出品者パフォーマンスチーム御中

いつも大変お世話になっております。株式会社サクラ雑貨の田中でございます。弊社アカウントの注文不良率が基準の1%を超えたため、出品権限が停止されました。以下のとおり改善計画をご提出いたします。

【原因】
十月に配送業者を変更した際、沖縄・北海道向けの配送日数を正しく設定しておらず、お届け予定日を過ぎた注文が多数発生しました。その結果、マーケットプレイス保証の申請と低評価が増えました。

【実施済みの対応】
・配送設定を見直し、遠隔地のお届け日数を三日延長しました。
・該当のお客様四十二名に連絡し、返金またはクーポンで対応いたしました。
・旧配送業者との契約を終了しました。

【再発防止策】
・毎朝、出荷担当者がアカウント健全性ページを確認し、結果を記録いたします。
・配送業者を変更する際は、必ず一週間のテスト出荷を行います。

何卒よろしくお願い申し上げます。
株式会社サクラ雑貨　田中一郎
""", lang="ja", style="plain", rc="【原因】", co="【実施済みの対応】", pr="【再発防止策】",
  pol=["注文不良率"],
  notes="Japanese on JP (own marketplace, no non-English defect); 何卒よろしく is a politeness formula, not a plea; brackets headings labeled plain")

M("fba-removal-us-039", F, "", "US", "native", "Removal order marked complete but nothing arrived",
  """
Hello,

Removal order KX8R2MTPQ4 (42 units, 3 SKUs) shows as "Completed" in the Removal Order Detail report since October 28, but only one carton of 14 units arrived at our warehouse. The carrier shows tracking 9400111202555842761904 delivered, and there was no second tracking number in the shipment details.

Please trace the other 28 units and reimburse us if they can't be found. For what it's worth, I reset my Seller Central password last week after a security prompt, in case that shows up in your logs; it has nothing to do with this.

Thank you,
Erin Caldwell
Caldwell Crafts
""", topic="removal",
  dec=[("removal-order-id", "KX8R2MTPQ4"), ("tracking-number", "9400111202555842761904"), ("password-word", "password")],
  notes="'password' mentioned with no value; USPS tracking decoy")

M("poa-lsr-cn-040", A, "late-shipment", "US", "chinese",
  "POA for late shipment rate deactivation",
  """
Dear Seller Performance Team,

Thank you for the notice. Our Late Shipment Rate is 7.3% in last 30 days. We have did the investigation and here is the plan.

1) The reason of the problem
Our self-fulfilled orders ship from our Yiwu warehouse. In Chinese New Year period, the logistic company stopped pick up for 9 days, but we did not change the handling time, so 61 orders confirmed late.

2) Corrective actions
- We will set the holiday mode before every Chinese holiday.
- We will add 2 days to the handling time for all MFN SKUs.
- We will find a second logistic company as backup.

3) Preventive measures
- We made a holiday calendar for 2026 and put reminders 15 days before each holiday.
- Shipping supervisor check the ship-by date every day at 10am and 4pm.

We hope to get the account back. Sorry for the inconvenient.

Best regards,
Yiwu Jinyuan Trading
""", style="numbered", rc="1) The reason of the problem", co="2) Corrective actions", done=False, pr="3) Preventive measures",
  pol=["Late Shipment Rate"], dec=[("single-apology", "Sorry for the inconvenient.")],
  notes="corrective all future ('we will'), not done; preventive has a past 'we made' which is preventive not corrective")

# ---------------------------------------------------------------- chunk 5
M("poa-cf-cn-041", A, "counterfeit", "US", "chinese",
  "Plan of action - counterfeit complaint",
  """
Dear Seller Performance Team,

We received your notification that our account is deactivated due to counterfeit complaint on ASIN B0D8MZ3KQW (wireless earbuds case) under the Amazon Anti-Counterfeiting Policy. We have checked carefully.

ROOT CAUSE
The case we sold has a logo shape that looks similar to a famous brand. Our designer used that shape because it is popular, but it make customer think we are selling fake brand product. Also the title said "compatible with" without clear that it is not original.

PREVENTIVE MEASURES
- All new design will be checked by our legal consultant to make sure there is no similar logo of other brand.
- Title must put our brand name "VOKIA" first, and "compatible with" only in bullet points.
- Every month we review the Voice of the Customer page for any complaint of authenticity.

We will strictly follow Amazon policy. Please help to review our appeal.

Thank you!
Shenzhen Vokia Electronic Co., Ltd
""", style="caps", rc="ROOT CAUSE", co=None, pr="PREVENTIVE MEASURES",
  pol=["Amazon Anti-Counterfeiting Policy"], dec=[("asin", "B0D8MZ3KQW")],
  notes="no corrective part: nothing done about the listing or the stock, goes from cause straight to prevention")

M("poa-inauth-my-042", A, "inauthentic", "US", "other-non-native",
  "Appeal for reinstatement - authenticity",
  """
Dear Seller Performance,

We are Sinar Beauty Enterprise from Kuala Lumpur. Our account was deactivated because of complaints that our skincare products are not authentic.

The problem happened because we bought 2 cartons of serum from a distributor in Singapore who offered a cheaper price. After checking, the distributor is not authorized by the brand and the batch codes on some bottles were scratched off.

We have already removed all remaining stock from FBA and destroyed it, and we refunded the 6 buyers who complained. We cancelled all orders with that distributor and only buy from the brand's official Malaysian distributor now (invoices attached).

We promise this kind of mistake will never happen again and we will be more careful in the future. We hope Amazon can trust us again.

Thank you and best regards,
Nurul Aisyah binti Rahman
""", style="none", rc="The problem happened because", co="We have already removed", pr=None,
  notes="'never happen again / more careful' is a promise, not a preventive measure -> preventive absent; no policy named")

M("lst-cf-us-043", L, "counterfeit", "US", "native",
  "Listing reinstatement request - B0CT5PJ7RH",
  """
Hello Seller Performance,

Our listing for the Alder & Pine leather wallet (B0CT5PJ7RH) was removed for suspected counterfeit under the Amazon Anti-Counterfeiting Policy. We are the brand owner and manufacturer, and here is what we found and did.

**What happened**
A buyer received a wallet from a different seller on our listing, order 111-4829305-7712638, and reported it as fake. The complaint was attached to our offer as well because we share the detail page.

**What we did**
We test-bought from the other seller, confirmed the item is not ours, and filed a Report a Violation case (ID 1193847562) with photos. We also enrolled the ASIN in Transparency and shipped our next inventory with codes.

**What keeps this from happening again**
Every week we review the sellers on our ASINs through the Brand Registry dashboard and report any unauthorized seller the same day.

Supply chain invoices for the last 365 days are attached.

Best,
Maya Chen
Alder & Pine Goods
""", style="bold", rc="What happened", co="What we did", pr="What keeps this from happening again",
  pol=["Amazon Anti-Counterfeiting Policy"],
  dec=[("asin", "B0CT5PJ7RH"), ("order-id", "111-4829305-7712638"), ("case-id", "1193847562")],
  notes="complete bold POA, native")

M("tech-login-ja-044", T, "", "US", "other-non-native", "セラーセントラルにログインできません",
  """
Amazonセラーサポートご担当者様

お世話になっております。米国アマゾンで出品している株式会社ミナト工芸の佐藤です。
昨日からセラーセントラルにログインできなくなりました。パスワードを入力すると「アカウント情報が確認できません」と表示されます。

確認のため、ログイン情報をお送りします。
メールアドレス：sato@minato-kogei.jp
パスワード：Minato_0715kg

二段階認証の電話番号は以前の番号のままで、現在は使えません。新しい番号に変更したいです。
急ぎの出荷がありますので、早めにご対応いただけますと幸いです。

よろしくお願いいたします。
佐藤花子
""", lang="ja", topic="login", sec=[("password", "Minato_0715kg")],
  notes="Japanese on US (English required): password pasted in Japanese text")

M("poa-review-in-045", A, "review-manipulation", "IN", "indian",
  "Appeal for account suspension - reviews",
  """
Dear Team,

We are in receipt of your mail regarding suspension of our account Zenith Mobile Accessories for violation of the Amazon Community Guidelines on product reviews.

1. Root Cause
As per your notification, our account was found to be involved in manipulation of product reviews. We understand that this is a serious violation.

2. Corrective Actions
We have stopped all promotional activities on the account. We have deleted the WhatsApp group which was created by our marketing intern for "review exchange" with other sellers and removed him from the team. All the products have been checked and we have requested Amazon to remove any suspicious reviews.

3. Preventive Actions
No employee or agency will be allowed to contact buyers for reviews. We will only use the Request a Review button. Our director will audit the marketing activities every month.

Kindly reinstate our account.
Regards,
Arjun Reddy
""", style="numbered", rc=None, co="2. Corrective Actions", pr="3. Preventive Actions",
  pol=["Amazon Community Guidelines"],
  notes="'Root Cause' section only restates the notice; the real cause (intern's group) appears only in the corrective part -> root cause absent (hard call)")

M("fba-return-au-046", F, "", "AU", "native", "Customer refunded but return never received",
  """
Hi there,

Order 250-8841927-3305118 was refunded to the customer on 14 August for "item defective", but the return has not been received back into our inventory and no reimbursement has appeared. It's now been 52 days.

The item is a Breville-compatible milk jug, SKU MJ-600-SS, and the refund was $49.00. I've checked the FBA Customer Returns report and the Reimbursements report and neither shows anything for this order.

Could you please investigate and reimburse the unit? Happy to provide anything else you need.

Cheers,
Bec Moran
Moran Home Goods
""", topic="customer-return",
  dec=[("order-id", "250-8841927-3305118"), ("sku", "MJ-600-SS")], notes="native customer-return claim")

M("appeal-nopoa-cn-047", A, "inauthentic", "US", "chinese",
  "Please reactivate our account",
  """
Dear Amazon,

Our account has been deactivated today. We are a small factory in Dongguan and we produce all the bags by ourself, we never sell fake product. We think it is some misunderstanding from the customer.

We already upload our business license, the factory photos and the invoices of raw material in the appeal page. Please check them and reactivate our account. We can provide more documents if you need.

Hope you can give us a chance to continue selling. Thank you very much and have a nice day.

Best regards,
Dongguan Meili Bags Factory
""", dec=[("mild-plea", "Hope you can give us a chance to continue selling.")],
  notes="no POA in text or attached (documents are not a POA), no policy named; polite plea only")

M("poa-restr-uk-048", A, "restricted-products", "UK", "native",
  "Appeal regarding restricted products",
  """
Dear Seller Performance Team,

We write in response to the suspension of our account, Fenwick Garden Direct, for listing a weedkiller containing glyphosate in a concentration that is not permitted for amateur use in Great Britain, contrary to the Amazon Restricted Products policy on pesticides.

This occurred because our buyer sourced a professional-grade product from a trade wholesaler and assumed that, as it was legal to sell to farmers, it could be sold to the public. The product page was created from the wholesaler's data sheet and nobody in the team checked the HSE authorisation for amateur use.

In future, any chemical product will be checked against the HSE pesticides register before listing, and our compliance officer will sign off every new garden chemical. We will also run a quarterly review of the whole category against the policy pages.

Yours sincerely,
Philip Fenwick
""", style="none", rc="This occurred because", co=None, pr="In future, any chemical product",
  pol=["Amazon Restricted Products policy"],
  notes="no corrective part: never says the listing was removed or stock dealt with")

M("brand-own-cn-049", B, "", "US", "chinese", "Brand Registry application rejected - we are the trademark owner",
  """
Hello Brand Registry Team,

Our application for brand "HOMRIX" was rejected, the reason is "we cannot verify you are the rights owner". But the trademark (US Serial No. 98214377) is registered to our company Xiamen Homrix Industrial Co., Ltd.

Our trademark agent told us:
"你们直接回复说商标已经注册下来了，附上注册证和USPTO截图就可以"
So we attach the registration certificate and the USPTO TSDR screenshot. The verification code email to the trademark correspondent, we did not receive it, maybe it went to our agent. Please resend the code to the correspondent email.

Thank you for help.
Lucy Huang
""", topic="brand-ownership",
  dec=[("trademark-number", "98214377"), ("foreign-snippet", "你们直接回复说商标已经注册下来了，附上注册证和USPTO截图就可以"), ("verification-code-word", "verification code")],
  notes="pasted Chinese chat line from the agent inside English; verification code mentioned with no value")

M("poa-drop-in-050", A, "drop-shipping", "US", "indian",
  "Plan of Action - Drop Shipping Policy violation",
  """
Dear Seller Performance Team,

This is with regard to deactivation of our account Nirvana Crafts for violation of the Drop Shipping Policy.

Root Cause: We were fulfilling orders through a US-based fulfilment agent who was purchasing some items from other online retailers and shipping to our customers with their packing slips. We were not aware that this is not permitted.

Corrective Action: We will terminate the agreement with the agent. We are going to set up our own inventory with FBA for all products. We will inform all the customers who received third-party packing slips.

Preventive Action: Going forward, all orders will be fulfilled only by FBA or from our own warehouse in Noida. The operations manager will check the fulfilment source for every new SKU.

Kindly consider our appeal and reinstate our account.

Thanks and regards,
Deepak Chauhan
""", style="inline", rc="Root Cause:", co="Corrective Action:", done=False, pr="Preventive Action:",
  pol=["Drop Shipping Policy"], notes="corrective part future only ('will terminate', 'are going to') -> not done")

# ---------------------------------------------------------------- chunk 6
M("lst-listpol-vn-051", L, "listing-policy", "US", "other-non-native",
  "Listing deactivated - detail page rules",
  """
Dear Amazon Seller Performance,

Our listing ASIN B0CQ9D4WEZ (rattan storage basket set) was deactivated for violating the Product Detail Page Rules. Please see our explanation and actions.

Root cause: Our staff put "Best seller 2026" and "Free shipping" in the product title, and the main image had a text banner with our shop name. We did not know these are not allowed in title and main image.

What we have corrected: On 10 April we edited the title to only brand, product name, size and color. We replaced the main image with pure white background photo without text. We also checked our other 27 listings and removed the same words from 9 titles.

How we prevent: We made a listing checklist from the style guide for our category. Every new listing or edit is checked by a second person before submit. Once a month we review all titles with the checklist.

Thank you for considering our request.
Le Hoang Nam
Mekong Rattan Co.
""", style="inline", rc="Root cause:", co="What we have corrected:", pr="How we prevent:",
  pol=["Product Detail Page Rules"], dec=[("asin", "B0CQ9D4WEZ")], notes="complete inline listing POA")

M("tech-deposit-de-052", T, "", "DE", "other-non-native", "Bankkonto für Auszahlungen kann nicht gespeichert werden",
  """
Hallo Verkäuferservice,

seit drei Tagen versuche ich, unser neues Bankkonto als Auszahlungsmethode zu hinterlegen. Nach dem Speichern erscheint immer die Meldung „Die Bankverbindung konnte nicht bestätigt werden".

Die Daten sind: Kontoinhaber Schneider Holzspielzeug GmbH, IBAN DE89 3704 0044 0532 0130 00, Commerzbank Köln, BIC COBADEFFXXX. Der Name stimmt genau mit dem Handelsregister überein.

Unsere nächste Auszahlung ist am Montag. Können Sie bitte prüfen, woran es liegt, oder das Konto manuell bestätigen?

Vielen Dank und freundliche Grüße
Katrin Schneider
""", lang="de", topic="deposit-method",
  sec=[("iban", "DE89 3704 0044 0532 0130 00")], dec=[("swift-code", "COBADEFFXXX")],
  notes="German on DE (own marketplace, no non-English defect); IBAN written in groups of four")

M("poa-safety-cn-053", A, "product-safety", "US", "chinese",
  "Appeal - product safety, kids bike helmet",
  """
Dear Seller Performance Team,

Our account has been deactivated under the Product Safety and Product Recalls policy because our kids bike helmet has no CPSC certificate (Children's Product Certificate).

A. The reason
When we launched the helmet, our factory only had CE EN1078 test report for Europe. We did not know the US needs CPSC 16 CFR 1203 testing and a Children's Product Certificate from a CPSC-accepted lab.

B. What we have done
- Closed the listings for 3 colors on 2 Oct.
- Sent all 860 units in FBA to removal.
- Sent samples to SGS Shenzhen for CPSC 1203 testing; the report passed on 27 Oct, and we issued the CPC. Both files attached.

Please review and reinstate. Thank you very much!
Zhejiang Qiyue Sports Goods
""", style="lettered", rc="A. The reason", co="B. What we have done", pr=None,
  pol=["Product Safety and Product Recalls policy"], notes="no preventive part")

M("poa-cancel-id-054", A, "cancel-rate", "US", "other-non-native",
  "Appeal: cancellation rate",
  """
Dear Seller Performance Team,

Thank you for your message. Our store Batik Indah Jogja was deactivated because our Cancellation Rate went above 2.5%. We have prepared our POA:

Our POA - Why orders were cancelled
Many of our batik shirts are made one by one by hand. During Ramadan two of our tailors went back to their village, and the stock quantity on Amazon was still showing the old number. We had to cancel 19 orders because the shirts were not finished.

Our POA - What we already changed
We have reduced all quantities on Amazon to the shirts that are finished and folded in our store room. We cancelled the automatic quantity from our spreadsheet. The 19 buyers got refund and an apology message.

Our POA - So it does not happen again
Every evening our admin counts finished shirts and updates the quantity. Before national holidays we will put the store on holiday mode for the days our tailors are away.

Terima kasih banyak,
Sri Wahyuni
""", style="our-poa", rc="Our POA - Why orders were cancelled", co="Our POA - What we already changed", pr="Our POA - So it does not happen again",
  pol=["Cancellation Rate"], dec=[("foreign-snippet", "Terima kasih banyak")],
  notes="complete our-poa POA, Indonesian seller, Indonesian sign-off")

M("fba-inbound-zh-055", F, "", "US", "chinese", "入库货物破损，申请赔偿",
  """
您好，亚马逊卖家支持：

我们的货件 FBA18GT5WR2M 在 ONT8 仓库签收以后，有 3 箱显示破损，一共 72 个陶瓷花瓶，库存里面显示"入库时已损坏"。我们的包装是按照亚马逊的要求做的，每个花瓶都有气泡膜和隔板，所以我们认为是物流运输过程中压坏的，不是我们的问题。

我们是第一次做亚马逊，不太懂怎么申请赔偿。如果可以直接赔款，请打到我们公司的银行账号：6222 0212 0800 3317 456，开户行：中国工商银行厦门湖里支行，户名：厦门青瓷工艺品有限公司。

请帮忙核实，谢谢！
林小姐
""", lang="zh", topic="damaged-inbound",
  sec=[("bank-account", "6222 0212 0800 3317 456")], dec=[("shipment-id", "FBA18GT5WR2M")],
  notes="first-time seller in Chinese on US; bank account with 开户行 inside Chinese text")

M("cover-iptm-uk-056", A, "ip-trademark", "UK", "native",
  "Appeal of deactivation - trademark complaints (POA attached)",
  """
Dear Seller Performance,

Please find attached our plan of action in response to the deactivation of Harbour Lane Prints for three trademark complaints made under the Amazon Intellectual Property Policy.

In summary, the POA explains how the complaints arose from a set of posters that used a football club's crest, what we have already done (all 14 designs removed, stock destroyed, and a written retraction agreed with the rights owner, also attached), and how our design review will prevent similar problems.

We would be grateful if you could review the attached documents. We are happy to answer any questions.

Kind regards,
Oliver Brennan
Harbour Lane Prints Ltd
""", att=True, pol=["Amazon Intellectual Property Policy"],
  notes="cover letter summarising an attached POA; the summary is not itself a POA (hard call: labeled attached, no POA in text)")

M("poa-gouge-in-057", A, "price-gouging", "IN", "indian",
  "Appeal under Fair Pricing Policy - hand sanitizer",
  """
Dear Seller Performance Team,

Our account Medicure Pharma Distributors was deactivated for violating the Fair Pricing Policy on our 500 ml hand sanitizer listing. Please find our plan of action.

ROOT CAUSE ANALYSIS
Our repricing tool was set to "match the highest offer" by mistake during an update by our vendor. For 4 days in July the price went up to Rs. 899 against MRP of Rs. 250.

Corrective actions done:
1. Repricing tool switched off on 21 July and price corrected to Rs. 199.
2. Refunded the price difference to all 63 buyers who paid the higher price.
3. Vendor has fixed the rule and given us a written report.

Preventive steps:
1. Maximum price for every SKU is now capped at MRP in the tool and in Seller Central.
2. Daily price report is checked by our accounts executive at 11 am.

Kindly revert with your decision.
Regards,
Harish Menon
""", style="mixed", rc="ROOT CAUSE ANALYSIS", co="Corrective actions done:", pr="Preventive steps:",
  pol=["Fair Pricing Policy"], notes="complete mixed caps/colon/numbered POA")

M("cat-toys-us-058", C, "", "US", "native", "Request to sell in Toys & Games during the holiday season",
  """
Hi Category Approvals team,

We'd like to request approval to sell in Toys & Games during the Q4 holiday period. Our account, Maple Street Puzzles, has been active since 2022 with a 0.2% order defect rate and no policy warnings, and we've shipped our first FBA inventory for the season already under other categories.

Our products are wooden jigsaw puzzles for ages 8 and up. We have ASTM F963 test reports from a CPSC-accepted lab for all six designs, which are attached along with supplier invoices.

Please let us know if anything else is needed.

Thanks,
Carla Nguyen
""", topic="toys-holiday", notes="native ungating; 'order defect rate' mention in non-appeal")

M("poa-vtr-cn-059", A, "valid-tracking", "US", "chinese",
  "Appeal for Valid Tracking Rate",
  """
Dear Seller Performance Team,

Our account was deactivated because Valid Tracking Rate is 81%. Thank you for give us opportunity to explain.

## Root cause analysis
We use a Chinese logistic line (special line to US). The tracking numbers we upload are from the line company, but after the parcel arrives US it is transferred to local carrier with a new tracking number. Amazon cannot track the first number after customs.

## Preventive measure
- In future we only use logistic company that provides the last-mile tracking number at time of shipping (USPS, UPS, FedEx, or Amazon Buy Shipping).
- Our shipping staff check the tracking status on carrier website 48 hours after confirmation.
- Each week the manager review VTR in Account Health page.

Please reactivate our account, thank you!
Fuzhou Tianyi E-commerce
""", style="markdown", rc="Root cause analysis", co=None, pr="Preventive measure",
  pol=["Valid Tracking Rate"], notes="no corrective part (nothing changed yet, only future prevention)")

M("appeal-nopoa-in-060", A, "related-accounts", "IN", "indian",
  "Request to reactivate account - linked account",
  """
Dear Sir/Madam,

Our account Royal Textiles has been deactivated stating that it is related to another account. Sir, we have only one account and we do not know any other seller. Sir I am the only earning member of my family and my father is in hospital. I have put all my savings and my wife's jewellery into this business. Please sir, I am requesting you with folded hands, please reactivate my account, otherwise I will have no option left. I beg you to please help me, I am totally broken.

Kindly do the needful.

Ramesh Yadav
""", emo=["I am requesting you with folded hands", "otherwise I will have no option left", "I beg you to please help me, I am totally broken"],
  notes="no POA, no policy, pleading and despair")

# ---------------------------------------------------------------- chunk 7
M("poa-odr-us-061", A, "odr", "US", "native",
  "Appeal - Order Defect Rate",
  """
Hello,

I'm at my wit's end with this. I've rewritten this appeal four times and I'm honestly terrified I'll lose the business I spent nine years building. Here is my plan of action for the Order Defect Rate deactivation.

Root cause:
In June I switched from FBA to shipping our heavier cast-iron pans myself to save on fees. My packaging was not strong enough, 19 pans arrived with broken handles, and the buyers filed A-to-z claims and negative feedback.

What I've done:
I moved all cast-iron SKUs back into FBA on July 8. I refunded every affected buyer in full, and I replaced my box supplier with a double-wall box rated for 65 lb.

Prevention:
Any SKU over 10 lb now ships only through FBA. I check the Customer Service Performance page every Monday and look at every negative feedback the same day it comes in.

Please, please don't let this be the end. I can't start over at 58.

Walt Brewer
Brewer Iron Works
""", style="colon", rc="Root cause:", co="What I've done:", pr="Prevention:",
  pol=["Order Defect Rate"],
  emo=["I'm at my wit's end with this", "I'm honestly terrified I'll lose the business I spent nine years building", "Please, please don't let this be the end. I can't start over at 58."],
  notes="complete POA wrapped in despair: emotional only")

M("lst-cond-cn-062", L, "condition", "US", "chinese",
  "Listing reinstatement - condition complaint",
  """
Dear Seller Performance,

Our listing ASIN B0C2VKT6NP (stainless steel lunch box) was deactivated due to customer complaints of item condition, some customers received box with dent. Here is our plan.

1. Reason of the dent
The inner carton of this product is thin and during FBA transport some boxes were pressed. 7 customers received dented lunch box.

2. Actions we have done
- We checked FBA inventory by removal of 120 units, 13 units have dent and we disposed them.
- All new units are packed with 5 layer carton and foam corners, sent in shipment FBA17QZ8LT3K.
- We replied and refunded all 7 customers.

Kindly reactivate the listing. Thank you!
Ningbo Meijia Kitchenware
""", style="numbered", rc="1. Reason of the dent", co="2. Actions we have done", pr=None,
  dec=[("asin", "B0C2VKT6NP"), ("shipment-id", "FBA17QZ8LT3K")],
  notes="no preventive part; 'item condition' complaint is not a policy name -> no policy")

M("tech-api-in-063", T, "", "IN", "indian", "SP-API authorization failing for our private app",
  """
Hi Team,

We are a software company in Pune building an inventory tool for our own seller account. Our SP-API private application (App ID amzn1.sp.solution.4f2c81d7-9a3e-4b1c-8e2d-77a1c0b5d913) is returning "Unauthorized - access to requested resource is denied" on the getOrders call since 2nd March.

The refresh token was regenerated and the IAM role ARN is correct. We have not changed anything on our side. The same code works for the Reports API.

Please check if any role (Orders, Direct-to-Consumer Shipping) has been removed from our developer profile. Kindly revert at the earliest.

Regards,
Siddharth Joshi
""", topic="api",
  dec=[("app-id", "amzn1.sp.solution.4f2c81d7-9a3e-4b1c-8e2d-77a1c0b5d913")],
  notes="API issue; app ID looks like a key but is not a secret; refresh token mentioned with no value")

M("poa-listpol-cn-064", A, "listing-policy", "US", "chinese",
  "Appeal for account deactivation - listing policy",
  """
Dear Seller Performance Team,

Our account was deactivated for repeated violation of the Amazon listing policy (duplicate detail pages). Please see our explanation.

The issue happened because our team created new ASINs for the same phone case with only a different color name, instead of adding a color variation to the existing parent. We thought new ASIN can get more traffic. In total 46 duplicate ASINs were created.

To correct this, we will merge all duplicate ASINs into the correct parent-child family and we will close the extra listings. We plan to submit a case to Catalog team for the merging next week.

For the future, before creating any new ASIN, the operator must search the catalog with our brand name and the model number. The team leader will approve every new ASIN creation.

Thank you.
Shenzhen Yitong Digital
""", style="none", rc="The issue happened because", co="To correct this, we will merge", done=False, pr="For the future, before creating any new ASIN",
  pol=["Amazon listing policy"], notes="corrective part future only -> not done; no headings")

M("poa-relacc-hk-065", A, "related-accounts", "US", "chinese",
  "Appeal for related account deactivation",
  """
Dear Seller Performance,

This is Asia Bridge E-commerce Consulting (Hong Kong), writing on behalf of our client Taizhou Lianfa Auto Parts. The client account was deactivated under the Seller Code of Conduct for being related to another deactivated account.

ROOT CAUSE
Amazon has found that this account is related to an account that is not permitted to sell. We fully understand Amazon's concerns about related accounts.

CORRECTIVE ACTIONS
- The client closed all access for the former employee on 3 June.
- Seller Central user permissions were reset and only 2 users remain.
- The client changed the office network and uses new computers bought in June (receipts attached).

PREVENTIVE MEASURES
- Each staff member signs an agreement not to operate any other Amazon store.
- The client's IT manager checks every device before it is used for Seller Central.

Sincerely,
Asia Bridge Consulting Ltd.
""", style="caps", rc=None, co="CORRECTIVE ACTIONS", pr="PREVENTIVE MEASURES",
  pol=["Seller Code of Conduct"],
  notes="agency letter; ROOT CAUSE section only repeats the notice and never says how the link arose -> root cause absent")

M("fba-whlost-cn-066", F, "", "US", "chinese", "Inventory lost in warehouse, please reimburse",
  """
Hello Seller Support,

We found in Inventory Ledger report that 64 units of our FNSKU X003M7PL2R was marked as "Lost" (event type Adjustment, reason M) in warehouse MDW2 on 18 Jan, and after 30 days there is no "Found" and no reimbursement.

The product is 2-pack silicone baking mat, our selling price $19.99. We checked the Reimbursements report and there is no reimbursement ID for this.

Please help to investigate and reimburse us. Sorry for trouble.

Thank you,
Amy Xu
""", topic="warehouse-lost", dec=[("fnsku", "X003M7PL2R")],
  notes="warehouse-lost claim, Chinese English; 'Sorry for trouble' is a politeness formula")

M("lst-iptm-in-067", L, "ip-trademark", "IN", "indian",
  "Reinstatement of ASIN B0CJ8VN2KH - trademark complaint",
  """
Dear Team,

Our listing ASIN B0CJ8VN2KH (men's running shoes) has been removed due to a trademark complaint by the brand owner of "SPARX STRIDE".

**Root Cause**
Our listing executive used the keyword "Sparx" in the search terms and in the bullet points to compare the sole comfort, without realising that it is a registered trademark of another company.

**Prevention**
All listing content will be checked by our brand manager before upload. We have made a list of competitor trademarks which must not be used in any field of our listings. Training will be given to all executives.

Kindly reinstate our listing at the earliest, we assure you of full compliance with Amazon's Intellectual Property Policy.

Regards,
Kunal Bhatia
Stride Footwear Pvt Ltd
""", style="bold", rc="Root Cause", co=None, pr="Prevention",
  pol=["Intellectual Property Policy"], dec=[("asin", "B0CJ8VN2KH")],
  notes="no corrective part: never says the keyword was removed or the rights owner contacted")

M("appeal-nopoa-vi-068", A, "odr", "US", "other-non-native",
  "Xin mở lại tài khoản bán hàng",
  """
Kính gửi đội ngũ Amazon,

Tài khoản của cửa hàng chúng tôi, Gốm Sứ Bát Tràng Home, đã bị vô hiệu hóa vì tỷ lệ đơn hàng lỗi (Order Defect Rate) cao hơn 1%. Chúng tôi là một cơ sở gia đình nhỏ ở Hà Nội, làm gốm thủ công đã ba đời.

Chúng tôi không hiểu rõ tại sao lại bị khóa vì phần lớn khách hàng đều hài lòng với sản phẩm. Có một số đơn hàng bị vỡ khi vận chuyển nhưng chúng tôi đã hoàn tiền cho khách.

Xin Amazon xem xét lại và mở lại tài khoản cho chúng tôi. Chúng tôi sẵn sàng cung cấp thêm giấy tờ nếu cần.

Trân trọng,
Nguyễn Văn Hùng
""", lang="vi", pol=["Order Defect Rate"],
  notes="Vietnamese on US: no POA (refunds mentioned in passing but no cause/actions/prevention structure), not emotional")

M("poa-cf-id-069", A, "counterfeit", "SG", "other-non-native",
  "Banding akun - keluhan barang palsu",
  """
Kepada Tim Kinerja Penjual Amazon,

Akun kami, Toko Sepatu Bandung Jaya, dinonaktifkan karena keluhan barang palsu sesuai Kebijakan Anti-Pemalsuan Amazon. Berikut rencana tindakan kami.

A. Penyebab masalah
Kami menjual sepatu kanvas dengan logo yang mirip dengan merek terkenal. Desain ini dibuat oleh pemasok kami di Bandung dan kami tidak memeriksa apakah logonya melanggar merek dagang.

B. Tindakan yang sudah dilakukan
- Semua 12 listing sepatu tersebut sudah kami hapus pada 5 Mei.
- Stok sebanyak 380 pasang di gudang FBA sudah kami minta untuk dimusnahkan.
- Kami sudah berhenti bekerja sama dengan pemasok tersebut.

C. Pencegahan ke depan
- Setiap desain baru akan diperiksa di database merek dagang sebelum diproduksi.
- Manajer kami akan meninjau semua listing setiap bulan.

Terima kasih atas perhatiannya.
Budi Santoso
""", lang="id", style="lettered", rc="A. Penyebab masalah", co="B. Tindakan yang sudah dilakukan", pr="C. Pencegahan ke depan",
  pol=["Kebijakan Anti-Pemalsuan Amazon"],
  notes="complete lettered POA in Indonesian on SG (English required -> non-English defect)")

M("brand-transp-us-070", B, "", "US", "native", "Transparency codes rejected at the fulfillment center",
  """
Hi,

We enrolled our ASIN B0BN6XW4TC in Transparency in January. Our last two inbound shipments (FBA16W2HDN8R and FBA16W2HF3QK) were received with 212 units marked "Transparency code missing or invalid," even though every unit was labeled from the code file we downloaded.

One example code from a rejected unit is AZ:7F3KQ9R2VM4T8XPB. Can you confirm whether the codes were activated for this ASIN and why the FC scanner isn't recognizing them? We'd also like the units released from the unfulfillable bucket if the codes turn out to be valid.

Thanks,
Nick Fairbanks
Fairbanks Audio
""", topic="brand-program",
  dec=[("asin", "B0BN6XW4TC"), ("shipment-id", "FBA16W2HDN8R"), ("shipment-id", "FBA16W2HF3QK"), ("transparency-code", "AZ:7F3KQ9R2VM4T8XPB")],
  notes="Transparency program issue; codes are not secrets")

# ---------------------------------------------------------------- chunk 8
M("poa-inauth-uk-071", A, "inauthentic", "UK", "native",
  "Appeal - inauthentic item complaints",
  """
Dear Seller Performance,

We are appealing the deactivation of Kestrel Sports Ltd for customer complaints that our football boots were inauthentic.

Our POA: Root cause
We buy end-of-line stock from a UK sports retailer's clearance channel. One pallet in August came through a different clearance broker, and we accepted it without checking the broker's own invoices back to the brand. A handful of pairs in that pallet had stitching and insoles that did not match genuine stock.

Our POA: Going forward
Every clearance purchase must now come with a chain of invoices back to the brand or its authorised distributor, and our buyer keeps these on file for three years. We will photograph and inspect one pair from each carton before inbounding. Any broker we have not used before needs director sign-off.

We hope this addresses your concerns under the Amazon Anti-Counterfeiting Policy.

Yours sincerely,
James Whitcombe
""", style="our-poa", rc="Our POA: Root cause", co=None, pr="Our POA: Going forward",
  pol=["Amazon Anti-Counterfeiting Policy"],
  notes="no corrective part: the suspect pallet's stock and buyers are never addressed")

M("tech-2sv-us-072", T, "", "US", "native", "Locked out - two-step verification loop",
  """
Hi Seller Support,

I'm stuck in a loop with two-step verification. I enter my password, get the text, enter the code, and it takes me right back to the sign-in page. I've tried three browsers and cleared cookies.

The last code I got was 603 914 and it said it was accepted before bouncing me back, if that helps you find it in your logs. My phone on file is (555) 201-8847.

I have 30+ orders to confirm today. Could someone please reset the 2SV session or tell me what's going on?

Thanks,
Dan Kowalski
Kowalski Auto Parts
""", topic="login", sec=[("one-time-code", "603 914")],
  dec=[("phone", "(555) 201-8847"), ("password-word", "password")],
  notes="OTP with a space inside; 'password' word alone is a decoy")

M("poa-used-cn-073", A, "used-sold-as-new", "US", "chinese",
  "POA - used sold as new complaints",
  """
Dear Seller Performance Team,

Our account is deactivated because several customers said they received used item when order new, which is against the Amazon Condition Guidelines. Below is our POA.

THE REASON OF COMPLAINTS
Our warehouse in Ontario, CA receive FBM returns. The new staff put the returned robot vacuums back to the new shelf without check. 5 of them had dust in the brush and was sold again as new.

WHAT WE HAVE DID
- All returns in warehouse were checked again, 11 units moved to "used" area.
- We refunded the 5 customers and sent them new units.
- The new staff was re-trained by the warehouse manager on 14 Feb.

MEASURES TO AVOID
- Returned item must get a red sticker and go to a separate area, never to the new shelf.
- Only the warehouse manager can move returns to saleable stock after inspection.
- Items opened by customers will be sold as Used - Like New with clear description.

Thank you!
Shenzhen Roboclean Technology
""", style="caps", rc="THE REASON OF COMPLAINTS", co="WHAT WE HAVE DID", pr="MEASURES TO AVOID",
  pol=["Amazon Condition Guidelines"], notes="complete caps POA in Chinese-English")

M("lst-restr-in-074", L, "restricted-products", "IN", "indian",
  "Reinstatement of listing - restricted product (Ayurvedic medicine)",
  """
Dear Seller Performance Team,

Our listing for "Arjuna Heart Care Tablets" has been removed as it was found to be in violation of the Restricted Products policy for drugs and medical claims.

Cause of the removal
The product description mentioned "cures heart disease" and "reduces blockage", which are medical claims not permitted for Ayurvedic proprietary medicines on Amazon.in. The content was copied from the manufacturer's brochure.

Action we are taking
We will rewrite the description without any disease claims and will upload the AYUSH manufacturing licence in the compliance section. We will also remove the same claims from 6 other listings.

Steps to avoid recurrence
All product content will be reviewed against the Amazon guidelines for Ayurvedic products by our compliance executive before going live. A monthly review of all live listings will be done.

Kindly reinstate the listing.
Regards,
Pooja Deshpande
""", style="plain", rc="Cause of the removal", co="Action we are taking", done=False, pr="Steps to avoid recurrence",
  pol=["Restricted Products policy"], notes="corrective part future only -> not done")

M("appeal-idv-in-075", A, "identity-verification", "IN", "indian",
  "Account verification - credit card details",
  """
Dear Seller Support,

Our account is under verification and the page says the charge method could not be verified. I am providing the details of the credit card used at the time of registration so that the verification can be completed.

Card number: 5521 4809 3377 1605
Valid thru: 07/28
Name on card: ANKIT MALHOTRA

Our business address and PAN details are same as submitted earlier. Please complete the verification and reactivate the account as our products are ready for dispatch. Kindly revert at the earliest.

Regards,
Ankit Malhotra
Malhotra Electricals
""", sec=[("card", "5521 4809 3377 1605"), ("card-expiry", "07/28")],
  notes="no POA, no policy; card and expiry pasted ('Valid thru')")

M("fba-lost-my-076", F, "", "US", "other-non-native", "Shipment lost by Amazon partnered carrier",
  """
Hello,

My shipment FBA15R9XKPV2 was sent with Amazon Partnered Carrier (UPS) on 2 May from our prep center in New Jersey. Tracking 1Z8V62A40394018271 show delivered to the fulfillment center on 6 May, but the shipment status is still "In transit" after 5 weeks and 0 of 300 units are received.

I already open one case before but they tell me to wait. Now the reconciliation window almost finish. Please investigate and reimburse the 300 units of kopi luwak coffee gift box.

Thank you very much,
Tan Wei Ming
Kopi Warisan Trading, Johor Bahru
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA15R9XKPV2"), ("tracking-number", "1Z8V62A40394018271")],
  notes="Malaysian lost-inbound claim")

M("poa-review-cn-077", A, "review-manipulation", "US", "chinese",
  "Appeal - review manipulation",
  """
Dear Amazon Seller Performance,

We received notice that our account is deactivated for review manipulation, against the Amazon Customer Product Reviews Policy. We are sorry for this.

**Root cause**
Our new operation assistant joined a Facebook group and sent 15 free products to group members, asking them to leave 5 star review. He thought this is a normal promotion method. Our manager did not supervise the promotion plan.

**Corrective actions**
- We stopped the free product plan and the assistant left the group on 8 Apr.
- We asked Amazon to remove the 15 reviews.
- The assistant was dismissed.

We guarantee that such violation will not happen again.

Best regards,
Quanzhou Hengda Shoes
""", style="bold", rc="Root cause", co="Corrective actions", pr=None,
  pol=["Amazon Customer Product Reviews Policy"],
  dec=[("single-apology", "We are sorry for this.")],
  notes="no preventive part; the closing guarantee is a promise only")

M("cat-supp-vn-078", C, "", "US", "other-non-native", "Request approval Dietary Supplements - moringa capsules",
  """
Dear Category Approval Team,

We are Green Leaf Viet Co., Ltd in Da Lat. We ask to sell our moringa leaf capsules in Dietary Supplements category on Amazon US.

Our factory is FDA registered and GMP certified by a third party. We attach: certificate of analysis from Eurofins (lot ML2409), the product label with Supplement Facts panel, and invoice from our manufacturer. The label has no disease claim.

If need more information, please tell us. Thank you so much.

Best regards,
Vo Thi Mai
""", topic="dietary-supplements", dec=[("lot-number", "ML2409")], notes="Vietnamese ungating request")

M("poa-cancel-us-079", A, "cancel-rate", "US", "native",
  "Appeal - cancellation rate",
  """
Hello,

Our account, Tidewater Books, was deactivated for a Cancellation Rate of 4.8%.

What went wrong
We sell used and rare books through a shared inventory with our physical shop. During the holiday rush, books sold in the shop before the nightly sync ran, and we had to cancel 27 Amazon orders when we couldn't find the copies.

How we'll stop it happening again
Going forward, any book that sells in the shop will be scanned at the register and removed from Amazon immediately, not at night. Once a week we'll do a spot-check of 50 random listings against the shelves.

We hope this is enough and appreciate your time.

Best,
Ellen Park
""", style="plain", rc="What went wrong", co=None, pr="How we'll stop it happening again",
  pol=["Cancellation Rate"],
  notes="no corrective part (no fixing of the current listings or buyers); the fix is described only as future prevention")

M("lst-iptm-zh-080", L, "ip-trademark", "US", "chinese",
  "链接恢复申请 - 商标侵权",
  """
尊敬的亚马逊团队：

我们的商品链接 B0D3PJ9XQT（儿童水杯）因为商标侵权投诉被下架。投诉方是"Bluey"的权利人。现提交我们的整改计划。

1. 原因分析
我们的运营在产品标题和五点描述里写了"适合Bluey粉丝"，想要增加搜索流量，但是没有意识到这是别人的注册商标。

2. 整改措施
一、我们会删除标题、描述和后台搜索词里所有"Bluey"相关的词。
二、我们会联系投诉方，请求撤销投诉。
三、我们会检查店铺里其它所有链接。

3. 预防措施
以后所有新链接上架前，由主管在美国商标局网站查询所有关键词。每月组织一次知识产权培训。

请帮忙恢复链接，谢谢！
""", lang="zh", style="numbered", rc="1. 原因分析", co="2. 整改措施", done=False, pr="3. 预防措施",
  dec=[("asin", "B0D3PJ9XQT")],
  notes="Chinese on US; corrective all future (我们会) -> not done; '商标侵权投诉' names the complaint, not a policy -> no policy")

# ---------------------------------------------------------------- chunk 9
M("poa-odr-cn-081", A, "odr", "UK", "chinese",
  "Appeal for account deactivation - Order Defect Rate",
  """
Dear Seller Performance Team,

Our account Yoursun Outdoor UK was deactivated because the Order Defect Rate is 3.2%, higher than the 1% target. We have checked every defect order and prepared this plan of action.

Root cause:
80% of the negative feedback is about our camping lantern battery cannot charge. We found one production batch (lot 2501B) used a charging board from a new supplier and the board fails after a few weeks.

Actions we have taken:
1. Removed all lot 2501B units from FBA (LBA6 and BHX4), 414 units in total, and destroyed them.
2. Contacted all 58 customers of that lot, offered replacement or full refund.
3. Changed back to the original charging board supplier; the new lot passed 500-cycle charging test.

Preventive measures:
1. Each new component supplier must pass a 30-day sample test before mass production.
2. Our QC takes 20 samples from every lot for charging test before shipping to the UK.
3. The operation manager checks Account Health and the Voice of the Customer dashboard every Monday.

Thank you for your time.
Yoursun Team
""", style="colon", rc="Root cause:", co="Actions we have taken:", pr="Preventive measures:",
  pol=["Order Defect Rate"], dec=[("lot-number", "2501B")], notes="complete colon POA with numbered lists inside")

M("appeal-nopoa-us-082", A, "review-manipulation", "US", "native",
  "Question about my account deactivation",
  """
Hi,

My account was deactivated this morning, and the email mentions "reviews." I genuinely don't understand what we did. We have never paid for reviews, never offered free product, and we only use the Request a Review button in Seller Central.

This is frustrating, because we've been careful for five years. Could you tell me which reviews or which ASINs triggered this, so I can look into it properly and send a real plan of action? Right now I don't have enough information to write one.

Thanks for your help,
Maria Lopez
Sunbelt Garden Tools
""", dec=[("mild-word", "This is frustrating")],
  notes="no POA, asks for information first; 'reviews' is not a policy name -> no policy; one mild word, calm")

M("tech-payment-zh-083", T, "", "US", "chinese", "信用卡扣款失败",
  """
您好，

我们店铺的月租费扣款一直失败，系统提示"您的付款方式无效"，已经换了一张卡还是不行。

新卡的信息如下，麻烦帮我们手动绑定一下：
卡号：6217 0001 2345 6780 125
有效期：2029年6月
安全码：552
持卡人：刘洋

这是中国银行的银联卡，以前用的是Visa卡。请问亚马逊是不是不支持银联？如果不支持，请告诉我们可以用什么卡。

谢谢！
刘洋
杭州悦动户外用品有限公司
""", lang="zh", topic="payment-method",
  sec=[("card", "6217 0001 2345 6780 125"), ("card-expiry", "2029年6月"), ("card-code", "552")],
  notes="19-digit UnionPay card with 卡号/有效期/安全码 in Chinese on US")

M("poa-safety-in-084", A, "product-safety", "US", "indian",
  "Appeal - product safety deactivation (baby teether)",
  """
Dear Seller Performance Team,

This is with reference to the deactivation of our account Little Lotus Baby Care under the Children's Products policy for our silicone teether.

ROOT CAUSE
Our account has been deactivated as the product did not meet the safety requirements. We agree that children's product safety is very important.

CORRECTIVE ACTIONS
We have deactivated all 5 teether listings. We have arranged testing with a CPSC-accepted laboratory in Chennai and the Children's Product Certificate for ASTM F963 and 16 CFR 1501 is attached. The FBA stock of 1,200 units has been relabelled with tracking labels as required.

PREVENTIVE ACTIONS
No children's product will be listed without a CPC and lab report. Our compliance manager will maintain a register of all certificates with expiry dates and review it monthly.

Kindly consider our appeal.
Regards,
Lakshmi Venkatesh
""", style="caps", rc=None, co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  pol=["Children's Products policy"],
  notes="ROOT CAUSE section only restates the notice -> root cause absent")

M("lst-ipcopy-uk-085", L, "ip-copyright", "UK", "native",
  "Listing reinstatement - copyright notice on product images",
  """
Hello,

Our listing for a hand-drawn map print (B0CW8TRQ3N) was removed after a copyright notice about the main image.

## Cause
The image was a mock-up we bought from a stock site. The licence turned out to exclude use on marketplaces, and the rights holder reported it.

## Fix
We replaced all seven images with photos we took ourselves on 2 June and sent the rights holder proof that the old images are gone. They've withdrawn the notice (email attached).

## Prevention
We now only use our own photography, and our listing checklist has a licence-check box for any third-party asset.

Thanks,
Isla Turner
Turner & Finch Prints
""", style="markdown", rc="Cause", co="Fix", pr="Prevention",
  dec=[("asin", "B0CW8TRQ3N")],
  notes="short complete markdown POA; 'copyright notice' is the complaint, not a policy -> no policy")

M("poa-idv-cn-086", A, "identity-verification", "US", "chinese",
  "Appeal - account verification failed",
  """
Dear Amazon Seller Performance,

Our account was deactivated under Section 3 of the Business Solutions Agreement because the verification video call could not be completed. Below is our plan.

Why the verification failed
Our legal representative Mr. Zhou was on a business trip in Vietnam on the appointment day and the call was done by our manager instead, who is not the person on the business license.

What we have done
We booked a new video call appointment for 18 Nov with Mr. Zhou himself. We also updated his passport information because it was renewed in October. The SMS Amazon sent for the appointment: "【Amazon】验证码：739204，请勿泄露给他人" - we entered it and the appointment is confirmed.

How we avoid it next time
Only the legal representative will attend any verification. Our admin will keep his travel plan and book verification times only when he is in the office in Shenzhen.

Thank you.
Shenzhen Hongtai Supply Chain Co., Ltd.
""", style="plain", rc="Why the verification failed", co="What we have done", pr="How we avoid it next time",
  pol=["Section 3 of the Business Solutions Agreement"], sec=[("one-time-code", "739204")],
  notes="complete POA; SMS verification code pasted in Chinese")

M("appeal-nopoa-ms-087", A, "drop-shipping", "UK", "other-non-native",
  "Rayuan pengaktifan semula akaun",
  """
Kepada Pasukan Prestasi Penjual Amazon,

Akaun kedai kami, Rumah Rotan Melaka, telah digantung kerana pesanan dihantar terus oleh pembekal dengan slip pembungkusan syarikat lain. Kami tidak tahu bahawa perkara ini dilarang.

Kami mohon pihak Amazon menyemak semula akaun kami. Kami ialah perniagaan keluarga yang kecil dan kami sentiasa cuba memberikan perkhidmatan terbaik kepada pelanggan di United Kingdom. Kami sedia memberikan sebarang dokumen yang diperlukan.

Terima kasih atas masa dan pertimbangan pihak tuan.

Yang benar,
Siti Hajar binti Osman
""", lang="ms",
  notes="Malay on UK; no POA, no policy name (the practice is described, not named); calm")

M("brand-hijack-in-088", B, "", "IN", "indian", "URGENT - counterfeit sellers on our brand listing",
  """
Dear Brand Registry Team,

This is the FOURTH time we are writing about the same sellers selling duplicate copies of our "Kesari Gold" masala boxes on ASIN B0BX4TNQ7M. Every time you close the case without any action. This is killing our business. Our sales have dropped by 70% and we have had to lay off staff.

If these sellers are not removed within 48 hours, we will file a complaint in consumer court against Amazon and go to the media. We are fed up with your automated replies.

Test buy order numbers: 408-1193726-4408315 and 408-5520917-3361948. Photos of the fake boxes are attached.

Rajiv Khanna
Kesari Foods Pvt Ltd
""", topic="hijacker",
  emo=["This is killing our business", "we will file a complaint in consumer court against Amazon and go to the media", "We are fed up with your automated replies"],
  dec=[("asin", "B0BX4TNQ7M"), ("order-id", "408-1193726-4408315"), ("order-id", "408-5520917-3361948")],
  notes="non-appeal with threats -> emotional")

M("fba-return-cn-089", F, "", "US", "chinese", "Return not received after refund - 3 orders",
  """
Hello,

Below 3 orders, the customer got refund more than 45 days, but the item is not returned to our FBA inventory and we did not get reimbursement:

112-9047361-5528314 refund 12 Sep, $27.99
114-3385102-9917460 refund 15 Sep, $27.99
113-0726158-4490321 refund 19 Sep, $31.99

The product is electric milk frother. Please check these orders and reimburse. If the items are returned, please tell us the LPN so we can check.

Thank you,
Grace Zheng
Xiamen Baiwei Home Appliance
""", topic="customer-return",
  dec=[("order-id", "112-9047361-5528314"), ("order-id", "114-3385102-9917460"), ("order-id", "113-0726158-4490321")],
  notes="three order IDs as decoys")

M("poa-vtr-us-090", A, "valid-tracking", "US", "native",
  "Plan of action - Valid Tracking Rate",
  """
Hello Seller Performance,

We are responding to the deactivation of Prairie Soap Company for a Valid Tracking Rate of 91%.

1. Background
Our account was deactivated because our VTR fell below 95% over the last 30 days in the Home category. We understand tracking is important to customers.

2. Actions completed
We switched all orders to Amazon Buy Shipping on September 3, so every label now comes with a tracking number that's uploaded automatically. We also went back and added tracking to 22 open orders that were missing it.

3. Preventing a repeat
We no longer allow hand-written labels or drop-offs without a scan. Every afternoon, before the carrier pickup, our shipping lead runs the Unshipped report and checks that each order has a valid tracking ID.

Thank you,
Owen Fletcher
""", style="numbered", rc=None, co="2. Actions completed", pr="3. Preventing a repeat",
  pol=["Valid Tracking Rate"],
  notes="'Background' restates the notice; the real reason (why tracking was missing) is never given -> root cause absent")

# ---------------------------------------------------------------- chunk 10
M("lst-safety-us-091", L, "product-safety", "US", "native",
  "Request to reinstate ASIN B0CF2LMW8D",
  """
Hello,

Our ASIN B0CF2LMW8D, a magnetic building tile set, was suppressed under the Product Safety policy after a buyer reported a magnet coming loose.

The problem came from a single production run in March where the ultrasonic welding on the tile edges was set too low, so a few tiles could split under pressure and expose the magnet. We confirmed this by destructive testing on 40 tiles from that lot.

We've already removed and destroyed every unit from the March lot still in FBA (318 sets), refunded and contacted the 11 buyers of that lot, and had the factory recalibrate and re-verify the welder. A fresh ASTM F963 report on the new lot is attached.

Going forward, the factory pull-tests 20 tiles from every lot and sends us the results before we book freight, and we won't inbound a lot without that data.

Thank you,
Brian Sato
BrightBlocks Toys
""", style="none", rc="The problem came from", co="We've already removed", pr="Going forward, the factory pull-tests",
  pol=["Product Safety policy"], dec=[("asin", "B0CF2LMW8D")], notes="complete no-heading listing POA, native")

M("tech-deposit-uk-092", T, "", "UK", "native", "Disbursement failed - bank account rejected",
  """
Hello,

Our last two disbursements have failed and Seller Central now says our deposit method is invalid. Nothing has changed with our bank.

For reference the account is Barclays, account name Pennine Knitwear Ltd, IBAN GB93 BARC 2000 5571 8490 23. Could you check whether the account was flagged, and whether we need to re-enter it? I've already re-saved it twice.

Our VAT number is GB 284 5561 90 if you need to match the business name.

Many thanks,
Fiona Brady
""", topic="deposit-method", sec=[("iban", "GB93 BARC 2000 5571 8490 23")],
  dec=[("tax-id", "GB 284 5561 90")], notes="UK IBAN pasted; VAT number decoy")

M("lst-listpol-us-093", L, "listing-policy", "US", "native",
  "Reinstatement request - listing removed for variation abuse",
  """
Hi Seller Performance team,

Our listing family for Evergreen yoga mats was removed for variation misuse under the Variation policy. Here's our plan.

(a) Why it happened
When we launched a cork yoga block, our VA added it as a "color" variation of the mat so it would share the mat's reviews. That's not a true variation and we shouldn't have done it.

(b) What we've fixed
We removed the block from the family on May 12 and created it as a stand-alone ASIN with no reviews. We audited our other four parent listings and found no other mismatched children.

(c) What we'll do differently
Only the owner can approve a new child ASIN, and it must be the same product in a different size or color. We added this rule to our VA's written procedures.

Thanks,
Jess Morales
Evergreen Studio Goods
""", style="lettered", rc="(a) Why it happened", co="(b) What we've fixed", pr="(c) What we'll do differently",
  pol=["Variation policy"], notes="complete lettered (a)/(b)/(c) POA")

M("cat-auto-us-094", C, "", "US", "native", "Follow-up: Automotive category approval",
  """
Hi,

I submitted an application for the Automotive & Powersports category on the 3rd (case 18293746501) and haven't heard anything. We sell aftermarket LED headlight bulbs and have DOT-compliance statements and invoices from our manufacturer in Michigan attached to the original request.

Could you give me an update on where the application stands, or tell me if a document is missing? Our Q1 launch depends on it.

Thanks so much,
Kyle Bennett
Bennett Lighting Co.
""", topic="automotive", dec=[("case-id", "18293746501")], notes="category approval follow-up")

M("fba-dmg-us-095", F, "", "US", "native", "Inbound LTL shipment damaged - reimbursement request",
  """
Hello,

Our LTL shipment FBA17N3WQ8TX arrived at IND9 on August 19. The receiving summary shows 64 units of our oak side table as damaged and unsellable. The pallets left our warehouse shrink-wrapped and corner-boarded, and the BOL (482019375) was signed without exceptions at pickup. The PRO number from the carrier is 703118264.

Since this was an Amazon Partnered Carrier shipment, we'd like reimbursement for the 64 units at our cost of $58 each. Photos of the pallets at pickup are attached.

Thanks,
Amanda Rhodes
Rhodes Woodworks
""", topic="damaged-inbound",
  dec=[("shipment-id", "FBA17N3WQ8TX"), ("bol-number", "482019375"), ("pro-number", "703118264")],
  notes="9-digit BOL and PRO numbers that fail the ABA check")

M("lst-price-us-096", L, "price-gouging", "US", "native",
  "Listing deactivated for pricing - B0D5TKR2WJ",
  """
Hello,

Our listing for a 40-pack of AA batteries (B0D5TKR2WJ) was deactivated under the Fair Pricing Policy during the storm in Florida.

**Why**
Our repricer follows the lowest competing offer up and down. When most sellers ran out of stock, the only competing offer was a $79 listing, and our price followed it to $74.99, well above our usual $18.99.

**What we did**
We set the price back to $18.99 on October 10, refunded the difference to the 38 buyers who paid the higher price, and turned the repricer off for this SKU.

Please reinstate the listing.

Thanks,
Chris Dalton
""", style="bold", rc="Why", co="What we did", pr=None,
  pol=["Fair Pricing Policy"], dec=[("asin", "B0D5TKR2WJ")],
  notes="no preventive part (repricer off only for this SKU, nothing about the future)")

M("poa-cf-us-097", A, "counterfeit", "US", "native",
  "Appeal - counterfeit claim",
  """
Dear Seller Performance,

I am so sorry. I am truly, deeply sorry, and I cannot apologize enough for this. I feel sick about it. I never meant for any customer to get a fake item and I am so ashamed.

ROOT CAUSE
I bought a lot of 60 designer sunglasses at an estate liquidation auction and listed them as the brand. I did not get any invoice or authentication, which the Amazon Anti-Counterfeiting Policy requires.

Actions taken:
1. I closed all 9 sunglasses listings the day I got your email.
2. I requested disposal of the 41 pairs still in FBA.
3. I refunded all 19 buyers and told them they can keep the item.

Prevention:
1. I will only list branded items with an invoice from the brand or an authorized distributor.
2. Auction and liquidation lots go to eBay-style "unbranded" channels only, never to Amazon as a brand.

Again, I'm sorry.
Laura Kim
""", style="mixed", rc="ROOT CAUSE", co="Actions taken:", pr="Prevention:",
  pol=["Amazon Anti-Counterfeiting Policy"],
  emo=["I am truly, deeply sorry, and I cannot apologize enough for this. I feel sick about it.", "I am so ashamed"],
  notes="complete mixed POA; excessive apology and shame at the start -> emotional")

M("tech-payment-ja-098", T, "", "US", "other-non-native", "月額登録料の支払いエラーについて",
  """
Amazonセラーサポート御中

お世話になっております。有限会社ハルカ陶房の中村と申します。
今月の月額登録料の請求が失敗し、「お支払い方法を更新してください」という表示が出ております。

念のため、登録しているカード情報をお送りします。
カード番号：3762 810459 27383（アメリカン・エキスプレス）
有効期限：2028年3月
暗証番号：4821

カード会社に確認したところ、利用制限はかかっていないとのことでした。お手数ですが、原因をお調べいただけますでしょうか。

何卒よろしくお願いいたします。
中村春香
""", lang="ja", topic="payment-method",
  sec=[("card", "3762 810459 27383"), ("card-expiry", "2028年3月"), ("password", "4821")],
  notes="Japanese on US; Amex in 4-6-5 groups, 暗証番号 labeled password")

M("brand-contrib-uk-099", B, "", "UK", "native", "Incorrect brand name applied to our ASIN",
  """
Hi,

Our product, the Coldharbour Enamel Mug (B0C8HLT3RM), is now showing "Generic" as the brand on the detail page and our Brand Store link has disappeared. We're the registered brand owner (UK00003812745) and the brand field was correct until last Tuesday.

Could you tell us where the change came from and restore "Coldharbour" as the brand? I've submitted the correction through Manage Your Brand twice and it reverts each time.

Thanks,
Tom Aldridge
Coldharbour Home Ltd
""", topic="listing-contribution",
  dec=[("asin", "B0C8HLT3RM"), ("trademark-number", "UK00003812745")], notes="UK listing-contribution dispute")

M("poa-lsr-au-100", A, "late-shipment", "AU", "native",
  "Appeal - late dispatch",
  """
Hi Seller Performance,

Our account, Bluegum Outdoor, was deactivated because our Late Dispatch Rate hit 6.4% in November.

A - What happened
Our warehouse moved from Brunswick to Campbellfield over two weekends. During the move our pickers couldn't find a lot of the stock, and orders that were confirmed on the old handling time went out two or three days late.

B - Stopping it from happening again
For any future move or stocktake we'll switch the store to holiday mode for those days, and our ops lead now checks the orders-due-today report at 11am and 3pm each weekday so nothing sits past its dispatch date.

Thanks for considering this.
Sam Whitaker
""", style="lettered", rc="A - What happened", co=None, pr="B - Stopping it from happening again",
  pol=["Late Dispatch Rate"],
  notes="no corrective part: the move is over but nothing is said to be fixed now; only future prevention")

# ---------------------------------------------------------------- chunk 11
M("lst-cf-cn-101", L, "counterfeit", "US", "chinese",
  "Listing reinstatement request - ASIN B0CZ6QH4PL",
  """
Dear Seller Performance Team,

Our listing ASIN B0CZ6QH4PL (phone tripod) was removed for a suspected counterfeit complaint under the Anti-Counterfeiting Policy. We are the manufacturer and the brand owner of "TRIPEX".

## What caused the complaint
A customer bought from another seller who is selling a copy of our tripod with our logo on the bag. The customer thought our listing is selling fake. We checked the order number the customer mentioned in review and it is not our order.

## What we have done
- Made a test buy from that seller and got the copy product, photos attached.
- Reported the seller through Report a Violation on 3 Dec.
- Added a laser-engraved serial number on all our tripods from the new batch.

## How we prevent it
- Enrolled in Transparency; the application was submitted on 5 Dec.
- Our team checks sellers on our listings every day through Brand Registry.

Attached: trademark certificate, factory business license, production invoices.

Best regards,
Dongguan Tripex Photographic Equipment
""", style="markdown", rc="What caused the complaint", co="What we have done", pr="How we prevent it",
  pol=["Anti-Counterfeiting Policy"], dec=[("asin", "B0CZ6QH4PL")], notes="complete markdown listing POA")

M("cover-related-us-102", A, "related-accounts", "US", "native",
  "Appeal - related account deactivation, plan of action attached",
  """
Hello,

Please see the attached plan of action and supporting documents regarding the deactivation of Cedar Ridge Apparel for being related to another account under the Seller Code of Conduct.

The attached PDF explains how the link came about (a shared bookkeeper who logged into both accounts from her home computer), what has already changed, and the controls we've put in place. I have also attached the bookkeeper's signed statement and her contract termination.

I'd appreciate the chance to continue selling and would be glad to provide anything else you need.

Thank you,
Nora Jameson
Owner, Cedar Ridge Apparel
""", att=True, pol=["Seller Code of Conduct"],
  dec=[("mild-plea", "I'd appreciate the chance to continue selling")],
  notes="cover letter; the brief cause summary is not a POA in the text")

M("lst-cond-us-103", L, "condition", "US", "native",
  "Reinstate listing - condition complaints on refurbished laptop",
  """
Hello,

Our listing for a renewed ThinkPad T14 was deactivated after condition complaints under the Condition Guidelines.

Cause: Several customers said the laptop wasn't as described. We've reviewed the complaints and we're not sure why they came in, since every unit passes our 40-point check.

Actions taken: We have inspected all 26 units in FBA, re-photographed the listing with an actual unit, and updated the condition notes to mention light keyboard shine on some units. All complaining buyers have been refunded.

Going forward: We now note cosmetic wear on every unit in the condition notes and a second tech signs off the grading before inbound.

Thanks,
Paul Greene
Greene Tech Renewed
""", style="inline", rc=None, co="Actions taken:", pr="Going forward:",
  pol=["Condition Guidelines"],
  notes="'Cause' paragraph says they are not sure -> root cause absent")

M("lst-restr-vn-104", L, "restricted-products", "US", "other-non-native",
  "Appeal for listing removed - restricted product (wood vinegar)",
  """
Dear Amazon,

Our listing of wood vinegar liquid for garden was removed because it is considered a pesticide under the Restricted Products policy (pesticides and pesticide devices).

Reason:
In the bullet point we wrote "kills insects and repels pests naturally". This is pesticide claim and needs EPA registration which our product does not have. Our staff copied this from the Vietnamese product label.

Correction plan:
We will edit the title and bullet points to only describe use as soil conditioner. We will upload the new label design without insect claims and we will relabel the 400 units in FBA by removal and re-inbound.

Prevention:
All new listing text will be compared to the EPA pesticide claim guidance before publish, by our manager. We also keep a list of forbidden words like "kill", "repel", "insect".

Thank you for your review.
Dang Minh Chau
""", style="colon", rc="Reason:", co="Correction plan:", done=False, pr="Prevention:",
  pol=["Restricted Products policy"], notes="correction plan is future only -> not done")

M("poa-gouge-us-105", A, "price-gouging", "US", "native",
  "Appeal - pricing",
  """
Hi,

Our account was deactivated under the Fair Pricing Policy for our bottled water listing.

Our POA / cause: our repricer had no ceiling and followed a third-party offer up to $39.99 per case during the hurricane week.
Our POA / fix: price reset to $6.49 the same day; all 112 buyers refunded the difference; repricer cancelled.
Our POA / prevention: every SKU now has a hard maximum price in Seller Central set at 120% of our normal price, and I review the Pricing Health page every Monday.

Thanks,
Rob Hill
Hill Family Grocery
""", style="our-poa", rc="Our POA / cause:", co="Our POA / fix:", pr="Our POA / prevention:",
  pol=["Fair Pricing Policy"], notes="very short complete our-poa POA (under 100 words)")

M("poa-safety-uk-106", A, "product-safety", "UK", "native",
  "Appeal - product safety",
  """
Dear Seller Performance,

I am so sorry, I am so so sorry. I have let everyone down. I keep thinking about the child who could have been hurt and I can't forgive myself. Please don't close my account, I will do anything you ask.

1. What went wrong
Our children's hooded tops were sold with drawstrings in the hood, which are not allowed for young children's clothing under BS EN 14682. I did not know about this standard when I started the shop.

2. What I have done
I removed all 7 hoodie listings, asked Amazon to dispose of the 230 units in the warehouse, and I have written to every buyer to recommend removing the cord.

Please, I am begging you.
Claire Dunn
Little Wren Clothing
""", style="numbered", rc="1. What went wrong", co="2. What I have done", pr=None,
  emo=["I am so sorry, I am so so sorry. I have let everyone down.", "I can't forgive myself", "I will do anything you ask", "Please, I am begging you."],
  notes="emotional and missing preventive; 'BS EN 14682' is a standard, not an Amazon policy -> no policy (hard call)")

M("fba-whlost-us-107", F, "", "US", "native", "Reimbursement amount for lost units seems wrong",
  """
Hi,

We received reimbursement 4821739561 for 12 units of FNSKU X002TQ8LM4 that were lost at PHX7, but the amount paid was $7.10 per unit. Our average sale price over the last 90 days is $34.99 and our manufacturing cost is $14.20, so this is well below either.

Could you review the reimbursement and adjust it? I've attached our invoice from the manufacturer showing the unit cost.

Thanks,
Mike Donnelly
Donnelly Fly Fishing
""", topic="warehouse-lost",
  dec=[("reimbursement-id", "4821739561"), ("fnsku", "X002TQ8LM4")], notes="reimbursement amount dispute")

M("tech-report-hk-108", T, "", "US", "chinese", "Settlement report cannot download",
  """
Dear Seller Support,

For the past 2 weeks the Date Range Reports page show "Report generation failed" when we request the settlement report for settlement ID 19284736501. Other reports like Business Reports download normally.

We need this report to close our accounting for Q3, our auditor in Hong Kong is waiting. We tried Chrome and Edge, also another user account, same error.

Please help to check and send the report file if possible.

Many thanks,
Ivan Chow
Pacific Harbour Trading Ltd.
""", topic="report-error", dec=[("settlement-id", "19284736501")], notes="report error, HK seller")

M("cat-watch-uk-109", C, "", "UK", "native", "Application to sell in the Watches category",
  """
Hello,

We'd like to apply for approval to sell in Watches on Amazon.co.uk. Kingsway Time Ltd is an authorised retailer for two Swiss brands and one British brand, and we've traded from our shop in Birmingham since 2009.

I've attached our authorised dealer letters, three recent invoices from the brands' UK distributors, and photos of our premises. All watches we'd list are new, with manufacturer warranty cards.

Please let me know if you need further information.

Kind regards,
Andrew Patel
Kingsway Time Ltd
""", topic="watches", notes="UK ungating request")

M("cat-beauty-cn-110", C, "", "US", "chinese", "Apply for approval topical beauty products",
  """
Hello Category Team,

We want to sell our face cream and eye serum in Beauty, but it need approval for topical products. We are Guangzhou Yanmei Cosmetics Co., Ltd., a GMPC and ISO 22716 certified factory.

We attached:
1. Safety Data Sheet for each product
2. Certificate of Analysis from third-party lab (report no. CANEC2517394601)
3. Photos of the product label with full INCI ingredient list in English

Please check and approve our application. Any question please contact us.

Best wishes,
Cindy Liang
""", topic="beauty-topicals", dec=[("certificate-number", "CANEC2517394601")], notes="Chinese ungating request")

M("brand-hijack-vn-111", B, "", "US", "other-non-native", "Seller using our brand name on fake listing",
  """
Dear Brand Registry,

Our brand "LUA VIET" is registered in Brand Registry. Today we found a new listing ASIN B0DG7KM3RX with our brand name and our product photos, but it is not created by us and the seller is "ShopBestVN Global". They sell non-woven bag, not our silk bag.

Please remove this listing and stop the seller to use our brand name. Our trademark number is 97632418.

Thank you very much,
Hoang Thu Trang
""", topic="hijacker", dec=[("asin", "B0DG7KM3RX"), ("trademark-number", "97632418")],
  notes="Vietnamese brand owner report")

M("tech-login-zh-112", T, "", "US", "chinese", "账号登录不了，请帮忙",
  """
亚马逊客服您好：

我是新卖家，上个月刚注册店铺。今天换了电脑以后登录卖家后台，一直提示"需要验证身份"，但是我绑定的邮箱收不到邮件。

我的登录邮箱是 chenxiaomei2026@163.com，密码是 cxm@8899shop，麻烦你们帮我看一下是不是账号有问题。我的商品已经发到FBA仓库了，很着急。

还有一个问题，手机上的亚马逊卖家App可以登录吗？我还没有下载。

谢谢！
陈小梅
""", lang="zh", topic="login", sec=[("password", "cxm@8899shop")],
  notes="first-time seller writes 密码是 with the password in Chinese text on US")

M("lst-iptm-cn-113", L, "ip-trademark", "US", "chinese",
  "Listing reinstate - trademark infringement",
  """
Dear Seller Performance,

Our listing ASIN B0CH5RZ2VN (car phone holder) was removed because of trademark infringement complaint from the owner of "MagSafe".

Our POA - reason
We used the word "MagSafe" in the title to tell customer our holder work with iPhone magnetic charging. We know now this word is a registered trademark of Apple and cannot be used like this.

Our POA - correction
We are going to change the title to "Magnetic phone holder compatible with iPhone 15/16". We will remove the word from all bullet points and search terms after the listing is reactivated.

Our POA - prevention
Our listing staff will check every keyword in the USPTO database before use. Team leader will approve all titles.

Please reactivate our listing according to the Intellectual Property Policy, thank you!

Wenzhou Kaida Auto Accessories
""", style="our-poa", rc="Our POA - reason", co="Our POA - correction", done=False, pr="Our POA - prevention",
  pol=["Intellectual Property Policy"], dec=[("asin", "B0CH5RZ2VN")],
  notes="correction future only ('are going to', 'will') -> not done")

M("fba-lost-cn-114", F, "", "US", "chinese", "Lost inbound shipment - and how to receive reimbursement",
  """
Hello,

Our shipment FBA19KP2W7DM (2 cartons, 96 units) was delivered to SBD1 on 6 Aug according to the UPS tracking 1Z4E19V80318842205, but after 40 days the shipment still show 0 units received.

Please investigate and reimburse us. Also, our reimbursement should go to our US bank account, we opened it last month: Chase Bank, routing number 021000021, account number 7730 1948 2265. Please confirm you can pay to this account.

Thank you very much.
Sunny Guo
Shenzhen Lanbo Outdoor
""", topic="lost-inbound",
  sec=[("routing-number", "021000021"), ("bank-account", "7730 1948 2265")],
  dec=[("shipment-id", "FBA19KP2W7DM"), ("tracking-number", "1Z4E19V80318842205")],
  notes="lost-inbound claim with US routing and account number pasted")

M("poa-drop-cn-115", A, "drop-shipping", "US", "chinese",
  "Appeal for account - drop shipping",
  """
Dear Seller Performance Team,

Our account was deactivated because of violating the Drop Shipping Policy. Please see our POA.

Root cause: We had no US warehouse, so for some orders we bought the product from Walmart.com and ship to our customer directly. The customer received Walmart packing slip and complained.

Corrective actions: We stopped all the Walmart purchase on 20 Oct. We sent 1,500 units of our own inventory to FBA (shipment FBA18DQ4LN7Z, already received). All the MFN listings are closed.

We apologize for our mistake and we promise to follow all Amazon policies from now on.

Thank you.
Shenzhen Xinrui Trading Co., Ltd.
""", style="inline", rc="Root cause:", co="Corrective actions:", pr=None,
  pol=["Drop Shipping Policy"], dec=[("shipment-id", "FBA18DQ4LN7Z")],
  notes="preventive is only a promise -> absent")

M("lst-listpol-in-116", L, "listing-policy", "IN", "indian",
  "Request for reinstatement of listing - prohibited keywords",
  """
Dear Seller Performance Team,

Our listing of "Copper Water Bottle 1 Litre" was suppressed due to use of prohibited keywords as per the Amazon.in Product Listing Policy.

## Root Cause
The title contained the words "100% Pure Copper, No.1 Best Quality" and the generic keyword field had competitor brand names. Our listing was prepared by a freelancer and not reviewed by us.

## Corrective Action
We have updated the title as per the style guide and removed all brand names from the generic keywords on 7 Jan. The freelancer's access to our Seller Central has been removed.

## Preventive Action
All listings will now be created only by our in-house team and reviewed by the catalogue manager against the category style guide before submission.

Kindly reinstate the listing.
Regards,
Meera Pillai
""", style="markdown", rc="Root Cause", co="Corrective Action", pr="Preventive Action",
  pol=["Product Listing Policy"], notes="complete markdown listing POA")

M("poa-inauth-in-117", A, "inauthentic", "IN", "indian",
  "Appeal - inauthentic complaint - PLEASE HELP",
  """
Dear Sir/Madam,

Sir, this is my humble request with tears in my eyes. Our whole family is depending on this business and we are facing very bad situation, please have mercy on us.

ROOT CAUSE
Our account was deactivated due to inauthentic complaints on the Amazon Product Authenticity policy for branded perfumes. We purchased 50 bottles from a local trader in Crawford Market without a proper tax invoice.

CORRECTIVE ACTION
We will remove all the perfume stock from the FBA warehouse. We will get the authorised distributor invoices and submit them. We will refund the customers who have complained.

PREVENTIVE ACTION
Only purchase from authorised distributors with GST invoices. All invoices will be kept for 365 days.

Kindly reactivate.
Imran Shaikh
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", done=False, pr="PREVENTIVE ACTION",
  pol=["Amazon Product Authenticity policy"],
  emo=["this is my humble request with tears in my eyes", "please have mercy on us"],
  notes="emotional pleading plus corrective all future -> not done")

M("cat-media-my-118", C, "", "US", "other-non-native", "Ungating request for Collectible Books",
  """
Hi Amazon team,

I am Lim Chee Keong from Ipoh, I run a small second-hand bookshop for 15 years. I want to sell collectible books (first editions, signed copies) on Amazon US and I see it need approval.

I attached invoices from an estate sale and from a book dealer in Singapore, and photos of 3 books with the condition described. Each collectible book I sell comes with a certificate of authenticity for signatures.

Please let me know if this is enough or what else I need to send.

Thank you and regards,
Lim Chee Keong
""", topic="collectibles", notes="Malaysian ungating request")

M("brand-own-in-119", B, "", "IN", "indian", "Brand Registry - trademark under objection",
  """
Dear Brand Registry Team,

We have applied for Brand Registry for our brand "Vedanta Organics" with Indian trademark application number 5812347. The application status on the IP India website is "Objected", and the Brand Registry application has been rejected stating that the trademark is not in pending or registered status.

Kindly note that an objected application is still a pending application as per the Trade Marks Act, and we have already filed our reply to the examination report. Request you to kindly reconsider our application. The TM-A and reply copy are attached.

Thanks and regards,
Karthik Subramanian
""", topic="brand-ownership", dec=[("trademark-number", "5812347")], notes="Indian brand-ownership dispute")

M("fba-removal-id-120", F, "", "US", "other-non-native", "Removal order units missing",
  """
Dear Seller Support,

We created removal order ZQ7P3NRK2X on 4 September for 150 units to send to our prep center in California. The removal is "Completed" but our prep center only received 110 units in 2 boxes. The shipment tracking is 1Z0F77W40359206118 and the weight on UPS is 14 kg, which is correct only for 110 units.

Please check the missing 40 units and reimburse. Our prep center phone is +1 909-555-0143 if you need to confirm the receiving.

Terima kasih,
Andi Pratama
PT Kayu Manis Indonesia
""", topic="removal",
  dec=[("removal-order-id", "ZQ7P3NRK2X"), ("tracking-number", "1Z0F77W40359206118"), ("phone", "+1 909-555-0143"), ("foreign-snippet", "Terima kasih")],
  notes="Indonesian removal claim, Indonesian sign-off")

# ---------------------------------------------------------------- chunk 12
M("poa-related-cn-121", A, "related-accounts", "US", "chinese",
  "POA for related account deactivation - Hangzhou Qianshan",
  """
Dear Seller Performance Team,

We are writing for Hangzhou Qianshan Home Textile Co., Ltd. Unfortunately our account was deactivated because Amazon found it related to a deactivated account, which violates the Seller Code of Conduct. After investigation, here is our plan of action.

1 - How the relation happened
In 2024 we hired an agency to operate our store. The same agency also operated another store "SunnyBedding" that was deactivated for inauthentic complaints. The agency staff used one computer and one office network for both stores, so the accounts were linked.

2 - What we have finished
- Ended the contract with the agency on 2 March, and changed all passwords and removed their user permissions.
- Our own employees now operate the store from our factory office with a new broadband line and 2 new computers.
- We confirmed we have no business, bank, or tax connection with the owner of "SunnyBedding" (declaration attached).

3 - How we keep the account independent
- No outside agency will get access to Seller Central.
- Our IT staff check the user permission list and the devices every month.

Thank you for considering our appeal.
Qianshan Home Textile
""", style="numbered", rc="1 - How the relation happened", co="2 - What we have finished", pr="3 - How we keep the account independent",
  pol=["Seller Code of Conduct"], dec=[("mild-word", "Unfortunately"), ("password-word", "passwords")],
  notes="complete numbered POA with dash numbering; 'passwords' mentioned with no value")

M("appeal-nopoa-vn-122", A, "identity-verification", "US", "other-non-native",
  "My account is suspended for verification, I did not get OTP",
  """
Dear Amazon Seller Support,

My account is suspended and the page ask me to verify my identity again. I uploaded my passport and the bank statement two times, but the page say "we could not verify the information you provided".

When I try the phone verification, the OTP never come to my Vietnamese phone number. I waited 2 days and try again many times.

Please tell me what document is wrong, and how I can receive the code. I am individual seller and I want to continue selling my hand-painted lacquer boxes.

Thank you so much for your help,
Do Thanh Huong
""", dec=[("otp-word", "OTP")],
  notes="no POA, no policy name ('verify my identity' is a description); OTP mentioned with no value")

M("poa-odr-in-123", A, "odr", "IN", "indian",
  "Appeal for reactivation - Order Defect Rate",
  """
Dear Seller Performance Team,

We are writing regarding deactivation of our account Sai Ganesh Electronics due to Order Defect Rate of 1.9%, which is above Amazon's target of 1%.

A) Root Cause
On analysis of the 31 defective orders, we found that 22 were negative feedback about the mixer grinder jar leaking. The jar gasket in the August batch from our supplier in Rajkot was of lower thickness. The remaining 9 were A-to-z claims for delivery delays during floods in Chennai.

B) Preventive Measures
1. Every batch of gaskets will be checked with a thickness gauge at our warehouse before packing.
2. We will keep 2 courier partners active so that if one is affected by weather, orders can be shifted.
3. Our quality executive will check the Voice of the Customer dashboard daily and escalate any repeated complaint the same day.

We request you to kindly review our appeal and reactivate our account.

Regards,
Venkatesh Rao
""", style="lettered", rc="A) Root Cause", co=None, pr="B) Preventive Measures",
  pol=["Order Defect Rate"],
  notes="no corrective part: nothing said about the leaking batch in stock or the affected buyers")

M("fba-whdmg-in-124", F, "", "IN", "indian", "Units damaged in fulfilment centre - reimbursement not received",
  """
Dear Team,

Unfortunately, 26 units of our FNSKU X004HN2QTC (ceramic dinner set) have been marked as warehouse damaged at BLR8 between 5th and 12th June, as per the Inventory Ledger report. No reimbursement has been received till date.

The selling price is Rs. 2,499 per set. Our bank details for the disbursement are already updated in Seller Central (HDFC Bank, IFSC HDFC0001234), so kindly process the reimbursement as per the FBA reimbursement policy.

Kindly revert back with the status.

Regards,
Anjali Verma
Terracotta Tales
""", topic="warehouse-damaged",
  pol=["FBA reimbursement policy"],
  dec=[("mild-word", "Unfortunately"), ("fnsku", "X004HN2QTC"), ("ifsc", "HDFC0001234")],
  notes="IFSC code alone is not a secret; calm letter with a mild word")

M("poa-cond-my-125", A, "condition", "US", "other-non-native",
  "Appeal - item condition complaints (used sold as new not intended)",
  """
Dear Seller Performance Team,

Our account Bintang Camera Gear (Kuala Lumpur) has been deactivated under the Condition Guidelines because buyers received lenses with dust inside while listed as "Used - Like New".

Root cause: Our grading staff only checked the outside of the lens and the mount. We did not have a flashlight test for dust and haze inside, so 8 lenses with internal dust were graded too high.

What we already done: We regraded all 64 used lenses in FBA with the flashlight test and changed 17 listings to "Used - Good" with description of the dust. The 8 buyers have been refunded, and we paid the return shipping.

To prevent again: Every lens is now tested with a flashlight and a photo of the inside is saved with the serial number. The senior technician checks 1 of every 5 lenses before listing.

You can reach our office on +60 3-2145 7788 if needed.

Thank you,
Faridah Ismail
""", style="colon", rc="Root cause:", co="What we already done:", pr="To prevent again:",
  pol=["Condition Guidelines"], dec=[("phone", "+60 3-2145 7788")],
  notes="complete colon POA, Malaysian English; phone number decoy")
AUTHOR.write()
