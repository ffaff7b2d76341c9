#!/usr/bin/env python3
"""Author O's messages for the ninth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/ninth-a/o-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("o-", "ninth-a")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1

M("poa-inauth-cn-001", A, "inauthentic", "US", "chinese",
  "Appeal for account deactivation - Inauthentic item complaint ASIN B0D7KQ2M4X",
  """
Dear Seller Performance Team,

We are Shenzhen Hexin Trading, we receive your notice that our account is deactivated because Inauthentic item complaint on ASIN B0D7KQ2M4X (wireless car charger). We have check all the process carefully and below is our plan of action.

## Root Cause
Last March we change the supplier because old factory raise price. New supplier give us the products but we did not ask them for the brand authorization letter and the invoices. So when buyer receive the item, the logo printing is different from the picture, and buyer think it is not genuine.

## Actions we have taken
1. We have removed all the inventory of this ASIN from FBA (removal order already created).
2. We have stopped cooperate with the new supplier and go back to the original factory, which is the brand owner itself.
3. We have refunded the 4 buyers who complained.

## Preventive Measures
1. Every new supplier must give invoice and authorization before first order, our purchase manager Ms. Lin will check it.
2. We will keep all invoices 3 years and check the product photos vs. real product every batch.

Thank you for your time to review our appeal.
Hexin Trading
""", style="markdown", rc="Root Cause", co="Actions we have taken", pr="Preventive Measures",
  pol=["Inauthentic item complaint"], dec=[("asin", "B0D7KQ2M4X")],
  notes="complete markdown POA; heading 'Actions we have taken' for the corrective part")

M("poa-counterfeit-hk-002", A, "counterfeit", "UK", "chinese",
  "Appeal - suspended for counterfeit",
  """
Hello Amazon,

Our store "KowloonBay Gadgets" was suspended under the Anti-Counterfeiting Policy. We sincerely want to solve this and continue serve UK customers.

**Reason**
The reason is that Amazon received a complaint that our phone cases are counterfeit. Your team determined that the items were not authentic.

**Corrective actions**
- We have deleted the 3 listings that were reported.
- All 212 units at the fulfilment centre have been requested for disposal.
- We have sent the supplier invoices from Dongguan Yitong Plastic Co. to your team with this case.

**Prevention**
- Only sell our own brand cases from now on, no more brand name "compatible" designs.
- Our listing staff will do a trademark search on the UKIPO database before every new listing.
- Monthly internal audit of all active ASINs by our manager.

Best regards,
Kelvin Cheung
KowloonBay Gadgets Ltd.
""", style="bold", co="Corrective actions", pr="Prevention",
  pol=["Anti-Counterfeiting Policy"],
  notes="the 'Reason' section only restates the notice (complaint received, Amazon determined): labeled no root cause")

M("poa-odr-vn-003", A, "odr", "US", "other-non-native",
  "Reactivate account - Order Defect Rate above target",
  """
Dear Amazon Team,

My name is Nguyen Thi Hoa, I sell handmade bamboo kitchen items from Vietnam. My account is deactivated because the Order Defect Rate is 2.4%, higher than 1%. We are very sorry for the inconvenient to customers. Here is our plan.

1. Reason of the problem
In January our carrier to US had delay of 3 weeks because of the Tet holiday. Many customers did not receive on time and they open A-to-z claims and give negative feedback, for example order 113-4820193-5561027.

2. What we did already
- We contacted all 19 customers with defect and refunded them full.
- We moved all our inventory into FBA so Amazon ship the orders, no more self-ship from Vietnam.
- We requested feedback removal for 2 feedback that was about the product review, not the service.

3. How we avoid again
- Before Tet and other long holidays we will set holiday mode 10 days before.
- Check the Account Health page every morning, if ODR over 0.6% we stop and investigate.
- Reply every buyer message within 12 hours, also weekend.

Thank you very much,
Hoa
""", style="numbered", rc="1. Reason of the problem", co="2. What we did already", pr="3. How we avoid again",
  pol=["Order Defect Rate"], dec=[("order-id", "113-4820193-5561027"), ("single-apology", "We are very sorry for the inconvenient to customers.")],
  notes="complete numbered POA, single apology is a decoy")

M("poa-late-native-004", A, "late-shipment", "US", "native",
  "Plan of Action - Late Shipment Rate",
  """
To the Seller Performance team,

This is our plan of action regarding the deactivation of our account for a Late Shipment Rate of 9.1%, which exceeds the 4% target.

ROOT CAUSE
We fulfill our own orders from a small warehouse in Ohio. In late October our only full-time packer left and we tried to cover the holiday volume with two temps who had not been trained on our system. Orders were packed but not confirmed as shipped until one or two days after the expected ship date.

CORRECTIVE ACTIONS
We will hire a permanent replacement for the packer position. We will switch to ShipStation so that confirmation happens automatically when a label is printed. We will also extend our handling time on all SKUs from 1 day to 2 days.

PREVENTIVE MEASURES
Every Friday the operations manager will review the Late Shipment Rate for the trailing 30 days, and any day with more orders than we can ship triggers a vacation-mode pause for new listings.

Thank you for considering this plan.
Dan Whitaker, Cedar Post Supply
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", done=False, pr="PREVENTIVE MEASURES",
  pol=["Late Shipment Rate"],
  notes="corrective section is entirely 'we will' (nothing done yet): not-done")

M("cover-related-cn-005", A, "related-accounts", "US", "chinese",
  "Appeal related account deactivation - POA attached",
  """
Dear Seller Performance,

Our account was deactivated because Amazon believe it is related to another account which is not in good standing. We respect the policy about related accounts and we have prepare a detailed plan of action, including the explanation of the relationship, the evidence that the other company is independent (business license, lease contract of office, bank statement), and the steps we did to separate the network and devices.

Please find the POA and the supporting documents in the attachment (POA_Yuexin_0312.pdf and 4 supporting files).

If you need any more information please tell us, we will provide quickly.

Thank you,
Guangzhou Yuexin E-commerce Co., Ltd.
广州悦鑫电子商务有限公司
""", att=True, pol=["policy about related accounts"],
  dec=[("file-name", "POA_Yuexin_0312.pdf"), ("foreign-snippet", "广州悦鑫电子商务有限公司")],
  notes="cover letter, POA attached; Chinese company name as sign-off inside English text")

M("noPoa-review-id-006", A, "review-manipulation", "US", "other-non-native",
  "PLEASE HELP MY ACCOUNT",
  """
Hello Amazon

I am Budi from Surabaya. My account suddenly closed, I do not know why, I only sell phone holder and cable. Please I beg you, open my account again. I put all my savings into this stock, more than 4000 dollar, now it is all stuck in your warehouse and I cannot sell anything. My family will have nothing to eat this month if you not help me. I never did anything bad, I only ask my friends to buy and try the product, that is normal in Indonesia.

I am crying when I write this. Please please please reactivate, I promise I will do anything you say.

Budi Santoso
""", emo=["Please I beg you", "My family will have nothing to eat this month if you not help me", "I am crying when I write this", "Please please please reactivate"],
  notes="no POA, no policy named; pleading and despair; 'ask my friends to buy' hints at reviews but no policy name")

M("poa-zh-safety-007", A, "product-safety", "US", "chinese",
  "申诉：产品安全问题导致账户停用",
  """
尊敬的亚马逊卖家绩效团队：

您好！我们的账户因为产品安全投诉被停用，涉及的产品是儿童夜灯（ASIN B0C9PLM2R5）。我们非常重视这个问题，以下是我们的行动计划。

问题原因：
经过调查，我们发现这批夜灯使用的电池盖螺丝太短，儿童可以用手打开电池盒，存在吞咽纽扣电池的风险。工厂在去年十月更换了螺丝供应商，我们没有重新做测试。

已采取的措施：
一、我们已经下架了该产品，并且把亚马逊仓库里所有库存（共860件）创建了移除订单。
二、我们已经联系了所有购买过该产品的买家，提供全额退款。
三、我们已经把产品送到第三方实验室重新做ASTM F963和16 CFR 1263测试。

预防措施：
一、以后每次工厂更换零件，都必须重新送检，拿到报告以后才可以发货。
二、公司指定品质经理负责所有儿童产品的合规文件。
三、每季度抽查一次库存产品。

感谢您的审核！
""", lang="zh", style="colon", rc="问题原因：", co="已采取的措施：", pr="预防措施：",
  pol=["产品安全"], dec=[("asin", "B0C9PLM2R5")],
  notes="Chinese POA on US (non-English); complete, colon headings in Chinese")

M("poa-trademark-native-008", A, "ip-trademark", "UK", "native",
  "Appeal - trademark infringement notice",
  """
Hi,

We received a notice that our listing for a garden kneeler pad infringed the trademark "KneelEase" and our account has been placed under review for intellectual property violations.

Why it happened
Our product title used "kneel ease" as two words to describe the product. We did not realise this was a registered trademark in the UK, and we didn't run any check before publishing the listing.

What we changed
We have rewritten the title and bullet points to remove the phrase completely. The listing now reads "Garden Kneeler Pad, Thick Foam". We also went through our other 40 listings and found no other use of third-party brand names.

Going forward
We apologise for this and it will not happen again. We take intellectual property very seriously.

Regards,
Sophie Hartley
Hartley Home & Garden
""", style="plain", rc="Why it happened", co="What we changed",
  pol=["trademark", "intellectual property violations"],
  notes="'Going forward' is only a promise ('it will not happen again'): no preventive measure")

M("tech-login-cn-009", T, "", "US", "chinese",
  "Cannot login, two step verification not work",
  """
Hello support,

Since yesterday I cannot login Seller Central. Every time I enter email and password the page say "There was a problem, try again later". I tried Chrome and Edge, cleared cache, still same.

To help you check, my login email is sunrise.lamp@163-mail.cn and the password is Sunr1se#2026lamp. The 2SV code I got on my phone just now is 481937 but the page not accept it.

Our team is in Ningbo, we use same computer and same network as always. Please fix this quickly because we have 30 orders waiting to confirm shipment.

Thank you!
Zhao Wei
""", topic="login", sec=[("password", "Sunr1se#2026lamp"), ("one-time-code", "481937")],
  notes="seller pastes password and a 2SV code into the case")

M("fba-lost-th-010", F, "", "US", "other-non-native",
  "Shipment received less units than we sent",
  """
Dear Seller Support,

We are Siam Silk House from Chiang Mai. Our shipment FBA17XK3P9QW was closed but the received quantity is 140 units, we sent 200 units (scarf, FNSKU X003HT9K2L). The carrier UPS delivered all 5 cartons, tracking number 1Z8W42E90312847765, and proof of delivery shows 5 cartons signed at the fulfillment center.

Please could you kindly investigate the missing 60 units and reimburse if cannot find. We attach the packing list and the invoice.

Thank you so much for your help ka.
Pimchanok
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA17XK3P9QW"), ("fnsku", "X003HT9K2L"), ("tracking-number", "1Z8W42E90312847765")],
  notes="inbound shortage claim; shipment id, FNSKU, UPS tracking are decoys")

M("brand-hijack-native-011", B, "", "US", "native",
  "Unauthorized sellers on our brand listing",
  """
Hello Brand Registry team,

We are the registered owner of the brand TrailNest (registration 7,104,553). Over the past two weeks three sellers have joined our listing B0BQ8H3T2Z and are offering what they claim is our tent footprint at $8 below our price. We don't sell wholesale and have no distributors, so these can't be genuine units.

We placed a test buy from one of them (order 112-7730412-9981234) and the item we received is a plain tarp without our logo or stitching. It's frustrating to watch the buy box go to them while customers get the wrong product.

Could you please review these offers and remove them? Photos of the test buy are attached.

Thanks,
Marcus Reed
TrailNest Outdoors
""", topic="hijacker",
  dec=[("asin", "B0BQ8H3T2Z"), ("order-id", "112-7730412-9981234"), ("mild-word", "It's frustrating"), ("trademark-number", "7,104,553")],
  notes="calm brand complaint; 'frustrating' is a mild word")

M("cat-grocery-vn-012", C, "", "US", "other-non-native",
  "Request approval for Grocery category - coffee",
  """
Dear Category Team,

We are Highland Bean Co., a coffee roaster in Da Lat, Vietnam. We would like to request approval to sell in Grocery & Gourmet Food for our roasted coffee beans and ground coffee.

We already have FDA food facility registration, and our products have English labels with nutrition facts, net weight and the importer name. We attach 3 invoices from our green bean supplier, the FDA registration and photos of the packaging.

The previous request was denied because the invoice did not show our address, so this time we provide invoices with full address matching our seller account.

Thank you for considering our request.
Tran Minh Quan
""", topic="grocery", notes="calm ungating request")

M("poa-valid-tracking-cn-013", A, "valid-tracking", "US", "chinese",
  "Appeal for Valid Tracking Rate - selling privileges removed",
  """
Dear Amazon,

We got notification that our Valid Tracking Rate is 88%, lower than 95% requirement, and our selling privileges in the category was removed. Below is our action plan.

A. Root cause
We ship by a small Chinese logistic company (Yunda Cross-border). Their tracking number is not recognized by Amazon system, because we choose "Other" as carrier and typed the name in Chinese pinyin, Amazon cannot connect it to the real carrier website.

B. What we have completed
- From 5th April we only use carriers that Amazon support: Yanwen and 4PX.
- We updated tracking for all orders in past 30 days with correct carrier name.
- Our shipping staff has been trained by the operation manager about how to choose carrier name.

C. Preventive plan
- Every order shipped will be checked by second person before confirm.
- We check the Valid Tracking Rate in the Account Health dashboard every Monday, anything under 97% we will find the reason same day.

Thank you for your consideration.
Best wishes
Jinhua Mingtai Trade
""", style="lettered", rc="A. Root cause", co="B. What we have completed", pr="C. Preventive plan",
  pol=["Valid Tracking Rate"], notes="complete lettered POA")

M("poa-cancel-au-014", A, "cancel-rate", "AU", "native",
  "Appeal - Pre-fulfilment Cancel Rate",
  """
Hi team,

Our account was deactivated for a Pre-fulfilment Cancel Rate of 4.8%. Please see our plan of action below.

Root cause: we run our inventory from a spreadsheet that syncs with our Shopify store and Amazon once a day. During the Boxing Day sale, stock sold on Shopify wasn't reflected on Amazon until the next sync, so we cancelled 31 Amazon orders that we couldn't fill.

What we've done: we've moved to a real-time inventory connector (Linnworks) so stock levels update within minutes across both channels. We've also reduced Amazon quantities by a 10% safety buffer on our top 20 SKUs, and we've messaged every affected customer.

Prevention: our stock lead checks the Cancel Rate daily in Account Health, and before any sale event we now pause the sale on one of the two channels if stock is below 50 units.

Cheers,
Kate Lawson
Southerly Swim Co.
""", style="inline", rc="Root cause:", co="What we've done:", pr="Prevention:",
  pol=["Pre-fulfilment Cancel Rate"], notes="complete inline POA, short")

M("lsr-listing-policy-cn-015", L, "listing-policy", "US", "chinese",
  "Reinstate ASIN B0CX4T7N1M - removed for listing policy",
  """
Dear Team,

Our ASIN B0CX4T7N1M (LED strip lights) was removed for violation of the product detail page rules. We have fix the problem, please reinstate.

Our POA - Reason:
Our title contain the words "Best Seller" and "No.1" and our main image had text "50% OFF". We did not know this is not allowed in Amazon detail page.

Our POA - Actions done:
We already edited the title to remove the promotional words, replaced the main image with pure white background image with no text. New image was uploaded on 12 May.

Our POA - Prevent:
All new listings will be checked against the Amazon style guide by our supervisor before submit. We made a checklist of forbidden words (best, No.1, sale, free shipping, etc.).

Thank you.
Anna Wu
""", style="our-poa", rc="Our POA - Reason:", co="Our POA - Actions done:", pr="Our POA - Prevent:",
  pol=["product detail page rules"], dec=[("asin", "B0CX4T7N1M")],
  notes="complete our-poa style listing POA")

M("poa-dropship-id-016", A, "drop-shipping", "US", "other-non-native",
  "Appeal for my account deactivation",
  """
Dear Seller Performance,

Thank you for the notice. I understand that my account was deactivated because I did not follow Amazon rules about dropshipping from other retailers.

The problem happened because I bought the products from another online store and ask them to send directly to my customers. The packages came with the other store's invoice and box, so customers were confused who is the seller.

We have already cancelled all the open orders that were not shipped and refunded the customers. We have also closed the buying account on the other store and now we are only buying stock in bulk to our own warehouse in Jakarta, and we ship with our own packing slip with our store name.

To make sure this never happens again, every package will be packed by our team in our warehouse, we will keep the purchase invoices of every product, and I will read the seller policies every quarter to be updated.

Best regards,
Rizky Pratama
""", style="none", rc="The problem happened because", co="We have already cancelled", pr="To make sure this never happens again",
  pol=["Amazon rules about dropshipping"],
  notes="policy named loosely ('Amazon rules about dropshipping') counted as cited; no headings")

M("tech-deposit-hk-017", T, "", "US", "chinese",
  "收款账户验证失败",
  """
您好，

我们在更新存款方式的时候，系统一直提示"无法验证银行账户"。我们已经试了三次，每次都失败，现在卖家后台显示付款暂停，已经有两笔款项没有到账。

我们的香港公司账户信息如下，麻烦帮我们人工核对一下：
户名：港通國際貿易有限公司
銀行账号：012-883-4410-2276
開户行：中國銀行（香港）有限公司 旺角分行

我们已经上传了最新的银行对账单。请尽快帮我们处理，谢谢！

港通國際 陳先生
""", lang="zh", topic="deposit-method", sec=[("bank-account", "012-883-4410-2276")],
  notes="Chinese text on US (non-English); bank account number in HK format with 開户行")

M("fba-damaged-native-018", F, "", "UK", "native",
  "Reimbursement query - units damaged in fulfilment centre",
  """
Hello,

Our inventory event report shows 12 units of FNSKU X002MK8D4F (ceramic planter, large) marked as "Damaged - warehouse" at LTN4 between 2 and 9 March. We can only see a reimbursement for 5 of them (reimbursement ID 4478120963).

Could you please check the remaining 7 units? The reimbursement for those 5 was also calculated at £6.20 per unit, while our average selling price over the last 90 days is £24.99, so I think the value is wrong too.

Many thanks,
Oliver Grant
Grant & Fell Ceramics
""", topic="warehouse-damaged",
  dec=[("fnsku", "X002MK8D4F"), ("reimbursement-id", "4478120963")],
  notes="warehouse-damaged reimbursement query, calm")

M("poa-used-new-cn-019", A, "used-sold-as-new", "US", "chinese",
  "Appeal: used sold as new complaint",
  """
Dear Sir or Madam,

We received buyers complaints that our bluetooth speakers were used, and our account is suspended for used sold as new. Sorry for that.

After check, the reason of the problem is our warehouse staff put the customer return items back into the sellable stock without check. Some return items were opened and tested by customers, then resold to other customer as new.

What we have did: we have separated all returned products in another shelf, and these items now are only sold as "Used - Like New" with correct condition note. We have checked the remaining 320 units in our warehouse one by one and removed 14 units that box was opened. All buyers who complained have got full refund.

Thank you and please give us a chance to sell again.
Ocean Audio Store
""", style="none", rc="the reason of the problem is", co="What we have did:",
  pol=["used sold as new"], dec=[("mild-plea", "please give us a chance to sell again"), ("single-apology", "Sorry for that.")],
  notes="no preventive part at all; polite plea and one short apology are decoys")

M("noPoa-idv-vn-020", A, "identity-verification", "US", "other-non-native",
  "Verification documents resubmitted",
  """
Dear Seller Performance Team,

Our account was deactivated because you could not verify the information we provided under Section 3 of the Business Solutions Agreement. We have now uploaded a new business registration certificate from the Ho Chi Minh City Department of Planning and Investment, together with a bank statement from Vietcombank issued in the last 90 days, and the passport of our legal representative.

The previous statement was older than 180 days, that was why it was rejected. The name and address on all documents now match the information in Seller Central.

Kindly review the new documents. We hope you can give us chance to continue our business.

Le Van Thanh
Saigon Craft Export JSC
""", pol=["Section 3 of the Business Solutions Agreement"],
  dec=[("mild-plea", "We hope you can give us chance to continue our business.")],
  notes="account appeal with no POA in text and none attached (document resubmission); mild plea decoy")

# ---------------------------------------------------------------- chunk 2

M("poa-restricted-cn-021", A, "restricted-products", "US", "chinese",
  "Appeal - account deactivated for restricted product",
  """
Dear Seller Performance Team,

We are writing about the deactivation of our account under the Restricted Products policy. The item is a "fish tank CO2 regulator" which Amazon consider as a pressurized gas device.

## Why this happened
Our product team copy the listing from our Alibaba store. They did not check the restricted products list for the US because in China this item have no special rule. We did not know that the regulator with gas cylinder need special approval.

## How we will prevent it
- Before any new product we will search the Restricted Products help pages and ask Seller Support if not sure.
- One person in our team will be responsible for compliance, she will join the Amazon seller training every month.
- We make an internal list of restricted keywords (gas, pressurized, aerosol, lithium, etc.) and the system warn us when a new listing contains these words.

We hope you can accept our appeal. Thank you!
Best regards,
Hangzhou Aquaworld Pet Supplies
""", style="markdown", rc="Why this happened", pr="How we will prevent it",
  pol=["Restricted Products policy"],
  notes="no corrective part: nothing about removing the listing or the stock, only cause and prevention")

M("poa-review-native-022", A, "review-manipulation", "US", "native",
  "Appeal regarding review manipulation deactivation",
  """
Hello,

We're writing to appeal the deactivation of our account for violating the Customer Product Reviews policy.

1) What went wrong
In February we added an insert card to our yoga mat packaging that offered a free carrying strap to customers who "shared their experience" on Amazon. We thought that as long as we didn't ask for a five-star review, it was fine. We now understand that offering anything in exchange for a review is prohibited, whatever the rating.

2) How we'll make sure it doesn't happen again
All packaging inserts and follow-up emails will be reviewed against the Amazon Communication Guidelines by our operations lead before printing. We will only use the Request a Review button for review requests. Our two staff members will complete the Seller University course on reviews by the end of the month.

We appreciate your time.
Jenna Moore
FlowForm Yoga
""", style="numbered", rc="1) What went wrong", pr="2) How we'll make sure it doesn't happen again",
  pol=["Customer Product Reviews policy"],
  notes="missing corrective: nothing about removing the insert cards or the affected reviews")

M("noPoa-odr-cn-023", A, "odr", "US", "chinese",
  "Sorry sorry sorry - ODR appeal",
  """
Dear Amazon,

We are so so sorry. We are deeply sorry, we apologize again and again for our mistake, we feel very ashamed and we have no face to see our customers. Our ODR become 3.1% and the account is deactivated. We know it is all our fault, we are sorry to Amazon, sorry to the buyers, sorry to your team for take your time.

We are a small factory in Yiwu and Amazon is our only way to sell overseas, 20 workers depend on this account. We will do better, we will ship faster and check products better.

Sorry again, thousand apologies.
Yiwu Starlight Crafts
""", pol=["ODR"],
  emo=["We are so so sorry", "We are deeply sorry, we apologize again and again for our mistake", "we feel very ashamed and we have no face to see our customers", "Sorry again, thousand apologies"],
  notes="excessive apology, no POA (only a vague promise), ODR named")

M("poa-zh-counterfeit-024", A, "counterfeit", "US", "chinese",
  "关于假冒商品投诉的申诉",
  """
亚马逊团队您好：

我们的店铺因为假冒商品投诉被暂停销售权限，涉及商品为蓝牙耳机保护套。现提交我们的整改计划。

1. 问题产生的原因
我们从义乌批发市场进货，供应商说是"通用款"，但产品上印有知名品牌的图案。我们没有仔细检查产品包装和外观设计，也没有要求供应商提供授权文件。

2. 整改措施
我们将立即删除所有相关的商品详情页面。
我们将把亚马逊仓库中剩余的库存全部申请弃置。
我们将与该供应商终止合作。

3. 预防措施
今后所有产品上架前，由运营主管核查商标和外观专利，不确定的产品一律不上架。我们只销售有正规发票和授权书的产品，并保存进货记录至少两年。

恳请贵团队审核我们的申诉，谢谢。
""", lang="zh", style="numbered", rc="1. 问题产生的原因", co="2. 整改措施", done=False, pr="3. 预防措施",
  pol=["假冒商品投诉"],
  notes="Chinese text on US; corrective part all 我们将 (future), nothing done yet: not-done")

M("poa-price-th-025", A, "price-gouging", "US", "other-non-native",
  "Appeal Fair Pricing Policy",
  """
Dear Sir/Madam,

We are Bangkok Health Mart. Our account got deactivated for the Fair Pricing Policy, about hand sanitizer gel 500ml.

ROOT CAUSE
We are not sure why this happened. Maybe the system think our price is too high compared to other sellers.

ACTIONS TAKEN
We have reduced the price of the hand sanitizer from $29.90 to $11.50, which is the same like the recent price in the last 90 days. We have also checked our other 25 items and lowered 3 items that was higher than the market.

PREVENTION
We switched off the automatic repricing tool which increased prices when competitors ran out of stock. Now prices can only be changed by our manager after compare to the 90-day history in the Pricing Health page.

Thank you for your kind consideration krub.
Somchai
""", style="caps", co="ACTIONS TAKEN", pr="PREVENTION",
  pol=["Fair Pricing Policy"],
  notes="'ROOT CAUSE' section says 'we are not sure why': labeled no root cause (the repricer cause appears only in prevention)")

M("lsr-safety-native-026", L, "product-safety", "US", "native",
  "Reinstatement request - ASIN B0D2WQ7H8J (infant sleep positioner)",
  """
Dear Product Safety team,

Our listing B0D2WQ7H8J was removed under the product safety policy for infant sleep products. We accept the decision and are not asking for this product to be reinstated as it is; instead we'd like to explain what we changed.

**What caused this**
Our product was described as a "sleep positioner", a category the CPSC warns against. The listing copy was written by a freelancer and we didn't review the wording against the CPSC guidance.

**What we have done**
We have discontinued the positioner, created a removal order for all 310 units (removal order ID 9H3KPLX2QA), and replaced it with a flat, firm crib mattress pad that has a CPSIA children's product certificate and a test report from an accredited lab.

**How we stop it happening again**
Every baby product now goes through a compliance checklist covering CPSC guidance and testing requirements before the listing is created, signed off by our owner.

Regards,
Alicia Gomez
LittleLeaf Baby
""", style="bold", rc="What caused this", co="What we have done", pr="How we stop it happening again",
  pol=["product safety policy"],
  dec=[("asin", "B0D2WQ7H8J"), ("removal-order-id", "9H3KPLX2QA")],
  notes="complete bold listing POA")

M("tech-payment-cn-027", T, "", "US", "chinese",
  "Credit card charge failed, account on hold",
  """
Hi Seller Support,

Our monthly subscription fee cannot be charged and the account shows "Update your charge method". We already added the new card 3 times but always failed. Please help to update manually, the card information is:

Card number: 5374 1900 2864 7135
Expire: 11/29
CVV: 318
Card holder: LI MING

This is a Mastercard from China Merchants Bank, it can pay USD. We also tried our Visa card but same problem. Please help us quickly, thank you very much.

Li Ming
Foshan Mingdu Furniture
""", topic="payment-method",
  sec=[("card", "5374 1900 2864 7135"), ("card-expiry", "11/29"), ("card-code", "318")],
  notes="full card details pasted into a case")

M("fba-removal-id-028", F, "", "US", "other-non-native",
  "Removal order not received",
  """
Hello Amazon Support,

I created a removal order (ID: RMV7Q2XK81) on 3 June for 85 units of our batik tote bags to return to our US prep center. The removal order shows "Completed" and the shipment was sent with tracking 9400111899562837461205, but the prep center only received 40 units in one box.

Please can you check where is the other 45 units? If they are lost, we ask for reimbursement according to the FBA lost and damaged inventory policy.

Thank you,
Dewi Lestari
Batik Nusantara Store
""", topic="removal", pol=["FBA lost and damaged inventory policy"],
  dec=[("removal-order-id", "RMV7Q2XK81"), ("tracking-number", "9400111899562837461205")],
  notes="removal shortfall; 22-digit USPS tracking is a decoy")

M("brand-contrib-hk-029", B, "", "UK", "chinese",
  "Other seller changed our product images",
  """
Dear Brand Registry Support,

We are the brand owner of "MoonHarbour" (UK trademark UK00003812245). Since last week another seller keeps changing the main image and the title of our listing B0C5R8N2TL. They changed the colour to "Black" while our product is grey, now we get returns saying "not as described".

We have submitted the correction 3 times with the "Report a violation" tool but the change come back after 1-2 days. Please lock the listing attributes to the brand owner's contribution.

Our contact: +852 5123 8890 (WhatsApp also ok).

Thank you,
Winnie Chan
月港貿易有限公司
""", topic="listing-contribution",
  dec=[("trademark-number", "UK00003812245"), ("asin", "B0C5R8N2TL"), ("phone", "+852 5123 8890"), ("foreign-snippet", "月港貿易有限公司")],
  notes="listing contribution dispute; HK phone and Chinese company name are decoys")

M("cat-toys-native-030", C, "", "US", "native",
  "Holiday toy selling requirements - request to sell during Q4",
  """
Hi,

We'd like to request permission to sell toys during the holiday period this year. Our account has been active since 2023, we've shipped over 3,000 orders with an Order Defect Rate of 0.2%, and our Late Shipment Rate is under 1%. We meet the performance requirements listed on the holiday selling guidelines page as far as we can tell.

Our products are wooden stacking toys for ages 3+, each with a Children's Product Certificate and CPSIA test reports, which I've attached.

Please let me know if anything else is needed.

Thanks,
Ben Carter
Maple & Pine Toys
""", topic="toys-holiday", pol=["Order Defect Rate", "Late Shipment Rate"],
  notes="category request; metrics named, not an appeal")

M("poa-related-vn-031", A, "related-accounts", "US", "other-non-native",
  "Appeal: Related Accounts deactivation",
  """
Dear Seller Performance Team,

We received a notification that our account was deactivated under the Related Accounts policy. Please find our explanation.

A) The cause
My sister-in-law opened a seller account in 2024 and used my laptop and our home Wi-Fi to register it. Her account was later suspended for late shipments. Because of the same device and IP address, Amazon linked the two accounts.

B) Actions taken
- My sister-in-law has her own laptop now and moved to her own apartment with different internet.
- I have changed all passwords of my account and removed her phone number from my account's notification settings.
- We have attached her ID, her business license and the lease contract to show we are two separate businesses.

C) Future
We promise that this will never happen again and we will always follow Amazon policies.

Sincerely,
Pham Quoc Bao
""", style="lettered", rc="A) The cause", co="B) Actions taken",
  pol=["Related Accounts policy"],
  dec=[("password-word", "changed all passwords")],
  notes="'C) Future' is only a promise: no preventive; 'changed all passwords' has no value")

M("noPoa-late-native-032", A, "late-shipment", "UK", "native",
  "Account deactivated - completely unacceptable",
  """
To whoever reads these,

This is absolutely disgraceful. You have deactivated an account that has traded on Amazon for eleven years because our Late Dispatch Rate went over 4% in ONE month, a month in which Royal Mail was on strike for nine days. Not a single customer complained. Not one.

I have sent three appeals and each time I get the same copy-and-paste reply from someone who clearly hasn't read a word. If this is not resolved by Friday I will be taking legal action and I will be contacting the BBC and the press about how Amazon treats small British businesses.

Reinstate the account now.

Graham Pike
Pike's Model Railways
""", pol=["Late Dispatch Rate"],
  emo=["This is absolutely disgraceful.", "I will be taking legal action and I will be contacting the BBC and the press"],
  notes="angry, threats; no POA; Late Dispatch Rate named")

M("poa-condition-id-033", A, "condition", "US", "other-non-native",
  "Appeal for my selling account",
  """
Dear Amazon team,

Thank you for your message. Our account was suspended because some customers said the item they received was damaged or missing parts.

Cause:
Our packing is only plastic bag, no box. The ceramic mugs sometimes broke during long shipping from Indonesia to the US, and some sets arrived with one mug missing because the bag tore open.

Corrective action:
We will change the packing to double-wall carton boxes with foam for every mug. We will also send the replacement mugs to the customers who complained, and start to use FBA for the mug sets.

Preventive action:
We will do a drop test of every new packaging before use, and we will check every week the customer feedback and return reasons in Seller Central.

Thank you very much.
Agus Wijaya
""", style="colon", rc="Cause:", co="Corrective action:", done=False, pr="Preventive action:",
  notes="no policy named (only 'damaged or missing parts' in complaint words); corrective all future: not-done")

M("poa-sca-cn-034", A, "seller-code-of-conduct", "US", "chinese",
  "Appeal: violation of Seller Code of Conduct",
  """
Dear Seller Performance,

We got your message that our account violated the Seller Code of Conduct, because we contacted buyers outside of Amazon messaging. Please find our POA below.

Our POA: root cause
Our customer service staff found the buyers' Facebook profiles using their names and sent them messages to ask them to change the negative feedback. She did this by herself because her bonus is linked to the feedback score. Our management did not know, and we had no written rules for customer contact.

Our POA: actions we already took
The staff has been removed from the customer service position. We stopped the bonus linked to feedback. We sent apology through Buyer-Seller Messaging to the 6 buyers involved, with no request about feedback.

Our POA: preventive steps
We wrote a customer service handbook: all contact only through Buyer-Seller Messaging, never ask to change feedback or review. Every staff sign it. The manager checks 20 random messages every week.

Thank you,
Xiamen Bluewave Home
""", style="our-poa", rc="Our POA: root cause", co="Our POA: actions we already took", pr="Our POA: preventive steps",
  pol=["Seller Code of Conduct"], notes="complete our-poa")

M("tech-api-native-035", T, "", "US", "native",
  "SP-API authorization failing for our app",
  """
Hello,

We're a small developer building an internal inventory tool for our own seller account (merchant token A1ZK8Q3R7TW0PX). Since Tuesday our calls to the Orders API return 403 Unauthorized, even though the app was authorized through the Seller Central "Develop Apps" page.

App ID: amzn1.sp.solution.4f2e9c10-7b3a-4d58-9e21-c8a6f0b7d312

We've already re-authorized the app and generated a new refresh token, and we've confirmed our IAM role ARN hasn't changed. I'm not going to paste any tokens or the app password here, but I can share logs with request IDs if that helps.

Thanks,
Priya Shah
Northfield Goods LLC
""", topic="api",
  dec=[("merchant-token", "A1ZK8Q3R7TW0PX"), ("app-id", "amzn1.sp.solution.4f2e9c10-7b3a-4d58-9e21-c8a6f0b7d312"), ("password-word", "app password")],
  notes="API issue; tokens mentioned but no value given")

M("fba-return-cn-036", F, "", "US", "chinese",
  "Customer return not received but refund issued",
  """
Hello,

Order 114-2938475-1029384 the customer was refunded on 2 May for a return of electric kettle, but after 45 days the item is still not returned to our inventory. In the FBA customer returns report there is no LPN record for this order.

According to the rule, if the return is not received within 45 days of refund, Amazon should reimburse or charge the customer. Could you please check and reimburse us for this unit? The selling price was $39.99.

Thank you!
Best regards,
Ningbo Joyhome Appliance
""", topic="customer-return",
  dec=[("order-id", "114-2938475-1029384")],
  notes="customer return reimbursement, short")

M("poa-ja-inauth-037", A, "inauthentic", "JP", "chinese",
  "真贋に関する出品停止への改善計画書",
  """
Amazon出品者パフォーマンスチーム御中

いつもお世話になっております。弊社アカウントは「真正性に関する苦情」によりアカウントが停止されました。以下の通り改善計画をご提出いたします。

【原因】
仕入れ先の変更時に、新しい仕入れ先から請求書と正規代理店の証明書を取り寄せておりませんでした。そのため、お客様に届いた商品の外箱が従来品と異なり、偽物と疑われました。

【実施済みの対応】
・該当商品の出品をすべて停止いたしました。
・FBA在庫の返送依頼を作成済みです。
・苦情をいただいたお客様3名に全額返金いたしました。

【再発防止策】
・新規の仕入れ先は必ず請求書と証明書を確認してから発注いたします。
・入荷時に旧品と外観を比較し、写真で記録いたします。

何卒よろしくお願い申し上げます。
深圳嘉瑞科技有限公司
""", lang="ja", style="bold", rc="【原因】", co="【実施済みの対応】", pr="【再発防止策】",
  pol=["真正性に関する苦情"],
  notes="Japanese on JP (own marketplace, not English-required); 【】 bracket headings labeled bold; Chinese company sign-off")

M("poa-patent-hk-038", A, "ip-patent", "US", "chinese",
  "Appeal for patent infringement complaint - complaint ID 11839204751",
  """
Dear Amazon,

We have received a patent infringement complaint (complaint ID 11839204751) from the owner of US 11,482,903 B2 against our foldable phone stand. Our response:

1. Root cause
Our design team made the hinge similar to a popular stand on the market. We did not do a freedom-to-operate search before production, because we thought a simple stand could not be patented.

**Corrective actions completed**
- All 4 listings of the stand have been closed by us.
- 1,150 FBA units are in removal to our US warehouse and will not be sold on any channel.
- We contacted the patent owner's lawyer and signed a written agreement to stop selling.

Prevention -
Before launching any new product we will pay a patent agent in Shenzhen to do an infringement search in the USPTO database, and keep the report in our product file.

Thank you.
Regards,
Tony Leung
""", style="mixed", rc="1. Root cause", co="Corrective actions completed", pr="Prevention -",
  pol=["patent infringement"],
  dec=[("complaint-id", "11839204751"), ("patent-number", "US 11,482,903 B2")],
  notes="mixed heading styles (numbered, bold, dash); complete")

M("poa-id-odr-039", A, "odr", "US", "other-non-native",
  "Banding akun - Tingkat Cacat Pesanan",
  """
Kepada Tim Kinerja Penjual Amazon,

Akun kami dinonaktifkan karena Tingkat Cacat Pesanan (Order Defect Rate) kami mencapai 2,2 persen. Kami ingin menjelaskan masalah ini dan langkah yang sudah kami lakukan.

Masalah ini terjadi karena kurir lokal kami mengirim paket ke alamat yang salah selama bulan Ramadan, ketika banyak staf gudang sedang cuti. Banyak pembeli tidak menerima pesanan dan membuka klaim A-to-z.

Kami sudah mengembalikan uang kepada semua pembeli yang terdampak. Kami juga sudah pindah ke pengiriman FBA untuk semua produk, sehingga gudang Amazon yang mengirim barang.

Untuk mencegah masalah ini lagi, kami akan memeriksa halaman Kesehatan Akun setiap hari dan mengaktifkan mode liburan sebelum hari libur panjang.

Terima kasih atas perhatiannya.
Hormat kami,
Toko Kopi Nusantara
""", lang="id", style="none", rc="Masalah ini terjadi karena", co="Kami sudah mengembalikan", pr="Untuk mencegah masalah ini lagi",
  pol=["Tingkat Cacat Pesanan", "Order Defect Rate"],
  notes="Indonesian text on US (non-English); complete POA without headings")

M("tech-deposit-cn-040", T, "", "DE", "chinese",
  "Deposit method verification failed - Germany",
  """
Hello Seller Support,

We sell on amazon.de and want to receive payment to our new German business account, but the deposit method page show "The bank account could not be verified". The bank confirm the account is active.

Account holder: Hangzhou Lüda Trading GmbH
IBAN: DE61370400440532013019
BIC: COBADEFFXXX

Our old account at Payoneer is still showing as default. We have 2 disbursements pending since 10 days. Could you please check what is wrong?

Thank you and best regards,
Zhou Lan
""", topic="deposit-method", sec=[("iban", "DE61370400440532013019")],
  dec=[("swift-code", "COBADEFFXXX")],
  notes="IBAN pasted into case on DE (English is fine on DE); BIC is a decoy")

# ---------------------------------------------------------------- chunk 3

M("lsr-counterfeit-cn-041", L, "counterfeit", "US", "chinese",
  "Please reinstate listing B0CK7M3P9D - counterfeit",
  """
Hello Amazon,

Our listing B0CK7M3P9D (silicone watch band for smart watch) was deactivated for suspected counterfeit. We want to appeal.

ROOT CAUSE
We don't know the reason. Our product is our own design, there is no brand logo on it. Maybe competitor report us.

WHAT WE DID
We checked the listing and removed the words "for Apple Watch" from the title and changed it to "compatible with 38/40/41mm smart watches". We also removed the image that showed the band on an Apple Watch.

HOW TO PREVENT
Our operator will not use other brand names in the title or images. We will register our own brand "Veyla" in Brand Registry, application already submitted to USPTO (serial 98/551,204).

Please check and reinstate, thank you.
Shenzhen Veyla Tech
""", style="caps", co="WHAT WE DID", pr="HOW TO PREVENT",
  pol=["counterfeit"], dec=[("asin", "B0CK7M3P9D"), ("trademark-number", "98/551,204")],
  notes="root cause section says 'we don't know': no root cause, even though the fix implies one")

M("lsr-iptm-native-042", L, "ip-trademark", "US", "native",
  "Listing reinstatement - trademark complaint 12940317758 retracted",
  """
Hello,

Our listing for a stainless steel tumbler (B0CZ6T2V4R) was removed after a trademark infringement complaint (complaint ID 12940317758). We have worked this out with the rights owner.

The cause
Our tumbler description said it "fits Yeti lids". The complainant owns the trademark and asked us to stop using it.

What's been done
We removed the brand name from the listing copy and backend search terms the same day. The rights owner has since sent a retraction to notice-dispute@amazon.com, and a copy is attached.

What changes for the future
We've added a step to our listing process where every new or edited listing is checked for third-party brand names, including search terms, using a short list we keep of brands in our category. Edits are reviewed by a second person before going live.

Thank you,
Megan Alvarez
Copper Canyon Drinkware
""", style="plain", rc="The cause", co="What's been done", pr="What changes for the future",
  pol=["trademark infringement"], dec=[("asin", "B0CZ6T2V4R"), ("complaint-id", "12940317758")],
  notes="complete plain-style listing POA with retraction")

M("lsr-restricted-vn-043", L, "restricted-products", "US", "other-non-native",
  "Request to reactivate my listing",
  """
Dear Amazon Seller Support,

My listing for natural kratom-free herbal tea (ASIN B0D1HJ5K8W) was removed. I want to explain and ask for reactivation.

1. Why it was removed
In the description I wrote that the tea "helps reduce anxiety and treats insomnia". I understand now these are medical claims and a food product cannot make claims like this. I copied this sentence from our Vietnamese website, where it is normal to write like that.

2. How we prevent it
Before we publish any listing, my partner and I will both read it and remove any words about treating or curing illness. We will also follow the guidance about claims in the Seller Central help page.

Thank you for your time.
Vo Thi Lan
Lan's Herbal Garden
""", style="numbered", rc="1. Why it was removed", pr="2. How we prevent it",
  dec=[("asin", "B0D1HJ5K8W")],
  notes="no corrective (listing text not yet edited); no policy named ('guidance about claims' is not a policy name)")

M("lsr-zh-safety-044", L, "product-safety", "US", "chinese",
  "关于儿童餐椅商品被下架的申诉",
  """
您好，亚马逊产品安全团队：

我们的儿童餐椅（ASIN B0CP3N7Q2L）因为缺少儿童产品证书（CPC）被下架。以下是我们的说明。

## 原因分析
我们以为工厂提供的欧盟CE报告在美国也可以使用，所以没有另外按照美国的标准做测试，也没有出具CPC证书。

## 已经完成的整改
我们已经把产品送到深圳的CPSC认可实验室，按照ASTM F404标准测试，已经拿到合格报告，并且根据报告出具了CPC证书。证书和测试报告已经上传到“管理合规”页面。

希望贵团队可以尽快审核，恢复我们的商品。非常感谢！
宁波贝乐儿童用品有限公司
""", lang="zh", style="markdown", rc="原因分析", co="已经完成的整改",
  pol=["儿童产品证书（CPC）"], dec=[("asin", "B0CP3N7Q2L")],
  notes="Chinese on US; no preventive part")

M("noPoa-counterfeit-hk-045", A, "counterfeit", "US", "chinese",
  "Account suspended, we are finished",
  """
Dear Amazon,

We saw the email today and the whole team is in shock. All our listings are gone and the funds are on hold. We have been selling LED desk lamps on Amazon for 4 years with no problem, why now?

This is our last hope. If the account is not back we will go bankrupt and have to close the factory, 35 workers will lose their job before Chinese New Year. We have not slept for two days. We beg you, have mercy on a small company.

We can send any document you want, invoice, factory license, photos. Just tell us what to do.

Hong Kong Brightway Lighting Ltd.
""", emo=["This is our last hope", "we will go bankrupt and have to close the factory", "We have not slept for two days", "We beg you, have mercy on a small company"],
  notes="despair and begging; no POA; no policy or violation named in the text (only the subject hints nothing)")

M("poa-inauth-native-046", A, "inauthentic", "US", "native",
  "POA - inauthentic complaints on B0B9X4L2KQ",
  """
Hello Seller Performance,

Plan of action for the inauthentic complaints on B0B9X4L2KQ (replacement water filter).

Root cause: we bought 600 units from a liquidator in January instead of our usual authorized distributor. We had no invoice chain back to the manufacturer, and two customers said the filters didn't match the originals.

Corrective actions: we have removed and destroyed the remaining liquidator stock and refunded the two customers. All remaining inventory is from the authorized distributor, and the invoices are attached.

Preventive measures: we buy only from the manufacturer's published list of authorized distributors, and our buyer keeps invoices for every lot for at least a year.

Thanks,
Rob Keller
""", style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive measures:",
  pol=["inauthentic complaints"], dec=[("asin", "B0B9X4L2KQ")],
  notes="short complete colon POA")

M("poa-review-cn-047", A, "review-manipulation", "US", "chinese",
  "Appeal for review manipulation",
  """
Dear Seller Performance Team,

Our account was deactivated for review manipulation. We understand this is very serious violation of Amazon Community Guidelines.

**Root cause**
Our previous marketing agency used a "review club" on Facebook, they gave buyers full refund after they left review on our products. We paid the agency for "promotion service" and did not ask carefully how they do it.

**Corrective actions**
We will terminate the contract with the agency. We will ask Amazon to remove all the reviews that come from this promotion. We will also refund the agency fees back to... no, we will stop all payment to them.

**Preventive measures**
We will only use Amazon Vine and the Request a Review button. Any marketing service must be approved by our director with written description of the method.

Sincerely,
Dongguan Youpin Home
""", style="bold", rc="Root cause", co="Corrective actions", done=False, pr="Preventive measures",
  pol=["review manipulation", "Amazon Community Guidelines"],
  notes="corrective part only 'we will' (agency not yet terminated): not-done; messy self-correction left in")

M("poa-odr-th-048", A, "odr", "US", "other-non-native",
  "Appeal for ODR",
  """
Dear Seller Performance,

My name is Kittipong, owner of Thai Spice Kitchen store. Our ODR is over 1%, so the account is deactivated.

Why it happened
Our order defect rate was higher than Amazon target of 1%. It happened because we got negative feedback and A-to-z claims.

What we fixed
We have answered all negative feedback, and we have refunded 11 orders with claims. We have also changed our shipping for US buyers from Thailand Post to DHL eCommerce, which is faster and has better tracking.

How we prevent it
Every day our staff check new buyer messages and reply within 24 hours. When a parcel has no tracking update for 5 days, we send a replacement or refund before the customer opens a claim.

Thank you krub,
Kittipong
""", style="plain", rc=None, co="What we fixed", pr="How we prevent it",
  pol=["ODR", "order defect rate"],
  notes="'Why it happened' only restates the notice (defects caused the rate): labeled no root cause")

M("cover-inauth-native-049", A, "inauthentic", "UK", "native",
  "Appeal with plan of action attached",
  """
Dear Seller Performance Team,

Re: deactivation of our account following complaints of inauthentic items on two ASINs.

Please find attached our plan of action, together with supplier invoices for the last 365 days, a letter of authorisation from the brand owner, and a copy of our updated purchasing procedure. The plan sets out what caused the complaints, the steps we have already taken and the controls we have put in place.

I'm happy to provide anything else you need. Our accounts contact can be reached on 020 7946 0321 during UK office hours.

Kind regards,
Helen Marsh
Director, Marsh & Co Beauty Ltd
""", att=True, pol=["complaints of inauthentic items"],
  dec=[("phone", "020 7946 0321")],
  notes="cover letter, POA attached; UK phone number is a decoy")

M("cover-counterfeit-vn-050", A, "counterfeit", "US", "other-non-native",
  "Appeal counterfeit complaint - POA in attachment",
  """
Dear Amazon team,

We are Mekong Leather Goods. Our account was deactivated due to a counterfeit complaint from the brand owner of a wallet design.

We have prepared our Plan of Action in the attached file "MekongLeather_POA.docx". It includes the root cause, the actions we already completed, and the measures to avoid this problem in the future. We also attach the invoices from our leather supplier in Binh Duong and the photos of our own logo stamp.

We hope you can review and give us one more chance to serve customers.

Best regards,
Dang Minh Khoa
""", att=True, pol=["counterfeit complaint"],
  dec=[("file-name", "MekongLeather_POA.docx"), ("mild-plea", "give us one more chance to serve customers")],
  notes="cover letter with POA attached; polite plea decoy")

M("noPoa-related-cn-051", A, "related-accounts", "US", "chinese",
  "Why my account is deactivated?",
  """
Hello,

Today we receive email that our account is deactivated and we can not sell anymore. The email not say clear the reason, only say we can appeal. We only have one account and we never open other account. We did not do anything wrong.

Can you please tell us what is the problem, which account or which product? Then we can prepare the documents. Our company name is Qingdao Haiyue Outdoor Products Co., Ltd, and the account was opened in 2022.

Waiting for your reply.
Thanks
Sun Hao
""", notes="no POA, no policy named; seller asks for the reason. 'never open other account' hints at related accounts but names no policy")

M("tech-upload-th-052", T, "", "US", "other-non-native",
  "Flat file upload error 8541",
  """
Hello,

I try to upload inventory file for 48 new products (rattan baskets) but the processing report show error 8541 for 31 rows and error 90057 for the rest. The feed ID is 58214093771 and the file name is Rattan_Upload_v3.xlsm.

I check the UPC codes, they are from GS1 and registered for our company. For example UPC 885142770316 is shown as conflicting with another ASIN but that ASIN is a different product.

Can you please help to tell me what is wrong? I already tried to download new template.

Thank you ka,
Naree Boonmee
Chiang Rai Rattan
""", topic="listing-upload",
  dec=[("error-code", "error 8541"), ("feed-id", "58214093771"), ("file-name", "Rattan_Upload_v3.xlsm"), ("upc", "885142770316")],
  notes="listing upload error; feed ID and UPC are decoys")

M("tech-deposit-native-053", T, "", "US", "native",
  "Disbursement failed - please update bank details",
  """
Hi there,

Our last two disbursements were returned by the bank and Seller Central is asking me to update the deposit method. I've tried to add our new business checking account three times and the form keeps timing out.

Could someone add it for us? Details are:
Bank: JPMorgan Chase
Routing number: 021000021
Account number: 483029117562
Account type: business checking

The account is in the name of Blue Heron Candle Co LLC, same as the legal name on our seller account. Our EIN is 84-3920175 if you need it.

Thanks so much,
Lisa Tran
""", topic="deposit-method",
  sec=[("routing-number", "021000021"), ("bank-account", "483029117562")],
  dec=[("tax-id", "84-3920175")],
  notes="routing and account number pasted; EIN is a decoy")

M("fba-lost-cn-054", F, "", "US", "chinese",
  "AGAIN lost inventory!!! third time",
  """
Seller Support,

This is the THIRD time we open case about the lost units in fulfillment center, and every time we get a template answer. 86 units of FNSKU X004BN2M7T shows "Misplaced" since February and never found, never reimbursed.

You are stealing our goods and then telling us to wait. We are completely fed up with this joke of a support system. If you do not reimburse this week we will report Amazon to the FTC and post everything on every seller forum.

Inventory ledger screenshots attached again.
Guangzhou Keda Tools
""", topic="warehouse-lost",
  emo=["You are stealing our goods", "We are completely fed up with this joke of a support system", "we will report Amazon to the FTC and post everything on every seller forum"],
  dec=[("fnsku", "X004BN2M7T")],
  notes="emotional non-appeal: accusations and threats")

M("brand-ownership-native-055", B, "", "US", "native",
  "Brand Registry - another party registered our brand",
  """
Hello,

We have sold handmade leather dog collars under the name "Brindle & Bark" since 2019 and filed our US trademark application last year (serial number 97812446). When we tried to enroll in Brand Registry, we found the brand is already registered by an account we don't know, apparently using a trademark filed in another country after ours.

We have attached our USPTO filing receipt, invoices showing sales since 2019 and photos of our branded packaging. Could you please review who should be the brand owner and let us know the next steps?

Thank you,
Claire Donovan
""", topic="brand-ownership",
  dec=[("trademark-number", "97812446")],
  notes="calm brand ownership dispute")

M("cat-jewelry-hk-056", C, "", "US", "chinese",
  "Request approval for Fine Jewelry category",
  """
Dear Category Approval Team,

We are HK Lustre Jewellery Limited, a jewelry manufacturer in Hung Hom, Hong Kong. We want to apply for selling Fine Jewelry (925 sterling silver and 18K gold items) on Amazon.com.

We have our own workshop with hallmarking; all silver items are stamped "925" and the gold items stamped "18K". We have attached: business registration certificate, invoices for raw materials from our precious metal supplier, third-party assay reports from SGS and product photos with the stamps.

Please let us know if additional information is needed. Thank you for your kind review.

Best regards,
Jacky Ho
""", topic="jewelry", notes="category ungating request, calm")

M("poa-drop-cn-057", A, "drop-shipping", "US", "chinese",
  "Appeal for drop shipping violation",
  """
Dear Seller Performance,

Our account was suspended because of violation of Drop Shipping Policy. Here is our POA.

Our POA - Cause of problem:
We use a fulfillment partner in New Jersey. For 2 months, when our stock was out, the partner bought the products on Walmart and shipped to our customers directly, with Walmart packing slip inside. We did not know they did this.

Our POA - Actions completed:
We ended the contract with this partner on 20 June. We moved all inventory to FBA. We informed the affected customers and offered a refund if they want.

Our POA - Next step:
We will make sure this does not happen again.

Thank you very much for your help.
Yang Fei
""", style="our-poa", rc="Our POA - Cause of problem:", co="Our POA - Actions completed:",
  pol=["Drop Shipping Policy"],
  notes="'Next step' is an empty promise: no preventive")

M("poa-safety-native-058", A, "product-safety", "US", "native",
  "Appeal - product safety deactivation (space heaters)",
  """
Dear Seller Performance,

Our account was deactivated following product safety complaints about our 1500W ceramic space heater.

## Root cause
Customer reports of the unit shutting off and the cord getting hot led us to test returned units. The power cords on the March production batch (lot 2026-03-HT) were 18 AWG instead of the specified 16 AWG. Our factory substituted the part without telling us and our incoming inspection only checked function, not components.

## Corrective actions
We will issue a voluntary recall for the March batch in coordination with the CPSC. We will contact every customer who bought a unit from that lot and offer a full refund. Remaining stock from the lot will be removed from FBA and destroyed.

## Preventive actions
Component-level inspection on a sample of each lot, including cord gauge, will be added to incoming QC. The factory contract will require written approval of any part substitution.

Sincerely,
Mark Jensen
Northwind Home Comfort
""", style="markdown", rc="Root cause", co="Corrective actions", done=False, pr="Preventive actions",
  pol=["product safety complaints"], dec=[("lot-number", "2026-03-HT")],
  notes="good root cause, but every corrective step is future tense: not-done")

M("poa-cancel-vn-059", A, "cancel-rate", "US", "other-non-native",
  "Appeal - high cancellation rate",
  """
Dear Amazon Seller Performance,

Unfortunately our Cancellation Rate in May reached 3.9%, over the 2.5% target, and our account was deactivated. Please see our plan below.

(a) What caused it
We list products from our partner workshop in Hoi An. The workshop had a fire in their storage room on 4 May and lost most of the lanterns, but our inventory on Amazon still showed 150 units, so we had to cancel 27 orders.

(b) Steps already done
We have set all lantern listings to zero quantity until new stock is ready. We have messaged all buyers with cancelled orders and refunded them in full. We now keep a minimum of 50 units in our own warehouse and only list what is physically there.

(c) Steps to prevent
Our stock quantity on Amazon is updated each evening from a physical count, and if a supplier has any problem we set the listing to inactive the same day.

Thank you,
Huynh Gia Han
""", style="lettered", rc="(a) What caused it", co="(b) Steps already done", pr="(c) Steps to prevent",
  pol=["Cancellation Rate"], dec=[("mild-word", "Unfortunately")],
  notes="complete lettered POA; 'Unfortunately' is a mild word in a calm letter")

M("noPoa-zh-related-060", A, "related-accounts", "US", "chinese",
  "关联账户申诉",
  """
亚马逊您好：

我们的账户被通知与另外一个账户存在关联而被停用。我们需要说明，另外那个账户是我们以前的员工注册的，他已经离职一年多了，和我们公司没有任何关系。

为了证明我们已经没有使用那个账户，我们把那个账户的登录信息也提供给你们，你们可以自己登录检查：
登录邮箱：hx_store2019@qq-mail.cn
密码是 Hx2019@store!

我们的营业执照、法人身份证都已经上传。请尽快恢复我们的账户，谢谢。

深圳海翔贸易有限公司
""", lang="zh", pol=["与另外一个账户存在关联"], sec=[("password", "Hx2019@store!")],
  notes="Chinese on US; no POA; password of the other account given inside Chinese text (密码是)")

# ---------------------------------------------------------------- chunk 4

M("lsr-cond-native-061", L, "condition", "US", "native",
  "Reinstate listing - condition complaints on refurbished drills",
  """
Hello,

Our offer on B0C1T9R6PW (cordless drill, Renewed) was suppressed after buyers reported items arriving in worse condition than described. This appeal addresses the condition guidelines issue.

Root cause: we listed the drills as "Renewed - Excellent" but a batch of 40 units came from a new refurbishing partner who didn't replace worn chucks. We had not spot-checked that partner's work before listing it.

Prevention: going forward every refurbished tool will be inspected by our own technician against a written checklist (chuck, battery health, casing) before it's graded, and any partner's first three batches will be checked unit by unit.

We would be grateful if the listing could be reinstated.

Best,
Tom Fischer
ReTool Depot
""", style="inline", rc="Root cause:", pr="Prevention:",
  pol=["condition guidelines"], dec=[("asin", "B0C1T9R6PW")],
  notes="missing corrective: nothing about the 40 units already sold or in stock")

M("lsr-used-new-cn-062", L, "used-sold-as-new", "US", "chinese",
  "Appeal to reactivate listing of hair dryer",
  """
Dear Amazon,

Our listing B0D4K8W2ZN hair dryer is inactive because some buyers said the product look like used. Below is our explanation and actions.

1. Reason
Our 3PL warehouse in California received customer returns and put them together with new products. When we sent replenishment to FBA, some returned units were in the shipment. The boxes were re-taped, so buyer think it is used.

2. Actions we have finished
- We opened removal order for all 230 units in FBA and inspected them, 17 units had re-taped boxes, we removed them from sale.
- The 3PL now keeps returns in a separate locked area.

3. Preventive measure
- All returned items go to our own repair staff, never back to new stock.
- Every FBA shipment is checked by seal sticker before sending. No seal, no send.

Thanks,
Suzhou Airwave Electric
""", style="numbered", rc="1. Reason", co="2. Actions we have finished", pr="3. Preventive measure",
  dec=[("asin", "B0D4K8W2ZN")],
  notes="complete POA but no policy or violation name in the text ('look like used' is a buyer's words)")

M("lsr-price-native-063", L, "price-gouging", "US", "native",
  "Reactivate pricing-error listings",
  """
Hi,

Several of our listings were deactivated under the Fair Pricing Policy after a repricing rule pushed the price of our N95-style respirator packs to $89.99.

The price spike came from a minimum-price setting in our repricer that was entered as 89.99 instead of 8.99 when we set up a new rule last week. Nobody caught it because the rule went live over a weekend.

To fix this, we are going to correct the minimum price in the repricer and set all affected listings back to their usual $12.49. We'll also refund the difference to the four customers who bought at the higher price.

After that, all new repricer rules will be reviewed by a second person before they go live, and we'll set an alert for any price change over 30% in a day.

Thanks,
Jordan Price
Safeguard Supply Co.
""", style="none", rc="The price spike came from", co="To fix this, we are going to", done=False, pr="After that, all new repricer rules",
  pol=["Fair Pricing Policy"],
  notes="corrective is planned only ('we are going to', 'We'll'): not-done")

M("lsr-copyright-id-064", L, "ip-copyright", "US", "other-non-native",
  "Appeal copyright complaint on our listing images",
  """
Dear Amazon,

Our listing for batik wall hanging was removed because of a copyright complaint about the images (complaint ID 13305928814).

Reason: our freelance designer used 2 lifestyle photos from a website of another company, he thought free images from Google can be used. We did not check where the photos came from.

Action done: we deleted the 2 photos and uploaded new photos that we shot ourselves in our studio in Yogyakarta. We also informed the rights owner by email and apologised.

Prevention: now we only use our own photos, each photo file is saved with the date and the photographer name, and freelancers must sign that they own the images.

Thank you,
Sari Handayani
""", style="colon", rc="Reason:", co="Action done:", pr="Prevention:",
  pol=["copyright complaint"], dec=[("complaint-id", "13305928814")],
  notes="complete colon POA, short")

M("poa-related-native-065", A, "related-accounts", "UK", "native",
  "Appeal - account linked to a deactivated account",
  """
Dear Seller Performance,

Our account has been deactivated because it was found to be related to another account that was not permitted to sell, under the Related Accounts policy.

Root cause: the linked account belongs to our former warehouse contractor, who also used our office broadband and a shared laptop to manage his own small store. We didn't know his account had been suspended, and we didn't control which devices staff used for Seller Central.

Actions completed: the contractor's contract ended in March; the shared laptop was wiped and is now used only by our staff; our broadband router was replaced and the account's user permissions were reviewed, removing two old users.

Prevention: only company-issued devices may log in to our Seller Central, each user has their own login, and any contractor who sells on Amazon must declare it in writing before starting work with us.

Regards,
Fiona Blake
Harbourside Crafts Ltd
""", style="inline", rc="Root cause:", co="Actions completed:", pr="Prevention:",
  pol=["Related Accounts policy"], notes="complete inline POA")

M("poa-inauth-vn-066", A, "inauthentic", "US", "other-non-native",
  "PLEASE review our appeal - inauthentic",
  """
Dear Seller Performance Team,

Please, we are begging you to read this appeal carefully. This account is everything for our family. My father is sick and this business pays for his hospital. We are so desperate, we do not know what else to do.

## Reason
The inauthentic complaint was for the sunscreen we bought from a distributor in Ho Chi Minh City. The distributor could not give the official invoice from the brand, so we cannot prove the products are genuine.

## What we did
We removed the sunscreen listing and asked Amazon to dispose the 96 units in FBA. We refunded the two buyers.

## Preventive action
We will only buy cosmetics directly from brand owners or their official importers in the US, with invoices that show the brand name and our company name.

Please, please give us back the account, we cannot live without it.

Tran Thi Mai
""", style="markdown", rc="Reason", co="What we did", pr="Preventive action",
  pol=["inauthentic complaint"],
  emo=["we are begging you to read this appeal carefully", "We are so desperate, we do not know what else to do", "Please, please give us back the account, we cannot live without it"],
  notes="complete POA wrapped in pleading and despair: emotional positive only")

M("poa-restricted-native-067", A, "restricted-products", "US", "native",
  "Appeal - restricted products (CBD)",
  """
Hello,

Our account was deactivated for listing products that contain CBD, which is covered by the restricted products policy for drugs and drug paraphernalia.

ROOT CAUSE
We acquired a small skincare brand in April and imported its 22 listings into our account in bulk. Two of the balms contained hemp extract with CBD. Our import process checked titles for banned words but not ingredient lists, and "hemp extract" wasn't on our word list.

PREVENTION
Going forward every product imported or created will have its full ingredient list checked against Amazon's restricted ingredient guidance by our compliance lead. We've added CBD, cannabidiol, hemp extract and full-spectrum to the blocked-term list in our listing tool, and any acquired catalog will be reviewed listing by listing before upload.

Thank you for your time.
Ellen Brooks
Fernwood Skin
""", style="caps", rc="ROOT CAUSE", pr="PREVENTION",
  pol=["restricted products policy"],
  notes="missing corrective: the two balms and their stock are never said to be removed")

M("poa-psa-cn-068", A, "prohibited-seller-activities", "US", "chinese",
  "Appeal for Prohibited Seller Activities",
  """
Dear Seller Performance Team,

We received notice that our account violated Prohibited Seller Activities and Actions. We sincerely apologize and here is our plan.

A. Root cause
Amazon told us that we had violated the policy. After we received the notice, we checked our account but we could not find which action is the problem.

B. Corrective actions
We have reviewed all 63 listings and removed 5 listings that had duplicate detail pages for the same product in different colours. We have deleted the email address from our product inserts so buyers are not directed outside Amazon.

C. Preventive actions
One product will have only one detail page with variations. Inserts will be checked by our manager before printing, no website, no email, no QR code.

Thank you!
Wuhan Greentop Garden Tools
""", style="lettered", co="B. Corrective actions", pr="C. Preventive actions",
  pol=["Prohibited Seller Activities and Actions"],
  dec=[("single-apology", "We sincerely apologize and here is our plan.")],
  notes="root cause section restates the notice and admits not knowing: no root cause")

M("poa-review-th-069", A, "review-manipulation", "US", "other-non-native",
  "Appeal to reactivate account",
  """
Hello Amazon team,

We received notification about our reviews. We accept our mistake and here is our plan.

1) Root cause
We sent free samples of our coconut oil to 15 Thai students in the US and asked them to write review after they used it. We did not know that giving free product for review is not allowed outside Vine.

2) What we did
We have stopped all free sample program. We contacted the 15 students and asked them to delete their reviews, 11 have already deleted. We reported the others to Amazon for removal.

3) Prevention
From now we only ask reviews by the Request a Review button in order page. Our staff read the rules of reviews every time before starting any promotion, and the owner must approve every promotion.

Thank you so much.
Ploy Srisuk
""", style="numbered", rc="1) Root cause", co="2) What we did", pr="3) Prevention",
  notes="complete POA; no policy named ('the rules of reviews' is too vague to count)")

M("poa-condition-hk-070", A, "condition", "UK", "chinese",
  "Appeal - item condition complaints",
  """
Dear Sir/Madam,

Our account was deactivated because of the high rate of item condition complaints on our rice cookers.

What went wrong
Our sea shipment in April was stored in a hot container for 5 weeks in Felixstowe because of port delay. The inner packaging foam melted a little and stuck on the product surface, so customers received dirty and scratched items.

How we will stop it from repeating
For every sea shipment we will use heat resistant EPE foam instead of EPS. We will buy cargo insurance that covers port delay, and ask the forwarder to move cargo to a bonded warehouse if delay is more than 10 days. Our QC team will open 5% of cartons when stock arrives in the UK.

Sincerely,
Cheung Wai Man
Harbour Home Appliances (HK) Ltd.
""", style="plain", rc="What went wrong", pr="How we will stop it from repeating",
  pol=["item condition complaints"],
  notes="missing corrective: no action on the damaged stock already in the FC or on complaining buyers")

M("tech-report-cn-071", T, "", "US", "chinese",
  "Payments report shows wrong amount",
  """
Hi,

In the Payments Date Range report for May (settlement ID 14820395511), the total shows $12,480.52 but the disbursement to our bank was only $9,112.30. There is a line "Subscription fee / Card ending 4417 charge failed" and then a big "Other" deduction without description.

Could you please explain what this deduction is for, and why the subscription fee is not charged to our card? We did not change our card.

The report file is attached (2026MayMonthlyTransaction.csv).

Thank you.
Chen Jing
""", topic="report-error",
  dec=[("settlement-id", "14820395511"), ("card-last4", "Card ending 4417"), ("file-name", "2026MayMonthlyTransaction.csv")],
  notes="report question; last four digits of a card are not a secret")

M("tech-login-native-072", T, "", "US", "native",
  "Locked out after phone change - 2SV",
  """
Hello,

I got a new phone and now can't pass two-step verification. The authenticator app was on my old phone, which I traded in. I was able to request a code by text to my backup number and the code was 604 218 but it said expired by the time the page loaded.

I know you'll never ask for my password and I'm not including it. Can you reset 2SV so I can set up the authenticator on the new phone? I can verify identity however you need.

My backup number is (555) 301-8824.

Thank you,
Derek Olsen
Olsen Outdoor Gear
""", topic="login", sec=[("one-time-code", "604 218")],
  dec=[("password-word", "never ask for my password"), ("phone", "(555) 301-8824")],
  notes="OTP with a space inside ('604 218'); 'password' mentioned with no value")

M("tech-zh-payment-073", T, "", "US", "chinese",
  "信用卡无法扣款",
  """
您好，

我们的卖家账户提示"无法从您的信用卡扣款"，月租一直扣不了，账户被限制了。我们换了一张银联卡，但是系统还是不接受。

请帮我们手动添加这张卡：
卡号：6225 8830 1947 2655 108
有效期：2029年6月
安全码 552
持卡人：王芳

这张卡是招商银行的双币卡，可以支付美元。麻烦你们尽快处理，我们的商品已经全部不可售了，谢谢！

杭州芳华服饰有限公司 王芳
""", lang="zh", topic="payment-method",
  sec=[("card", "6225 8830 1947 2655 108"), ("card-expiry", "2029年6月"), ("card-code", "552")],
  notes="Chinese on US; 19-digit UnionPay number, Chinese expiry format, 安全码")

M("fba-inbound-dmg-vn-074", F, "", "US", "other-non-native",
  "Inbound shipment damaged by carrier",
  """
Dear Seller Support,

Our LTL shipment FBA18M2QW7ZK arrived at the fulfillment center with 6 cartons crushed, the receiving shows 72 units damaged (ceramic vase). The carrier BOL number is 482019337 and PRO number 731604258.

We used the Amazon Partnered Carrier, so we think Amazon should reimburse according to the inbound policy. Photos from the carrier delivery and our packing photos before pickup are attached.

Kindly check and reimburse for the damaged units, the cost per unit is $14.20.

Thank you very much,
Do Thanh Tung
Bat Trang Ceramics
""", topic="damaged-inbound",
  dec=[("shipment-id", "FBA18M2QW7ZK"), ("bol-number", "482019337"), ("pro-number", "731604258")],
  notes="9-digit BOL and PRO numbers fail the ABA check: decoys")

M("fba-wh-lost-native-075", F, "", "CA", "native",
  "Lost units not reimbursed after 30 days",
  """
Hi Seller Support,

Eighteen units of our maple syrup gift sets (FNSKU X001QZP8VD) were marked as lost in the fulfilment centre YYZ4 on 8 April. The inventory ledger shows the adjustment but no found event and no reimbursement has been issued after more than 30 days.

Could you please open an investigation and reimburse at fair market value? Our average selling price for the last 90 days is CAD 34.95.

Thanks very much,
Nicole Tremblay
Sugar Shack Provisions
""", topic="warehouse-lost", dec=[("fnsku", "X001QZP8VD")],
  notes="calm warehouse-lost claim on CA")

M("brand-transparency-cn-076", B, "", "US", "chinese",
  "Transparency codes rejected for our units",
  """
Dear Brand Registry Team,

We enrolled our brand "Kuaile Kids" in Transparency last year. This month the fulfillment center rejected 400 units because the Transparency code cannot be scanned. One example code printed on the label: AZ:7QK4M9X2P8RT3W5N.

We printed the codes with our new thermal printer. Maybe the print quality is not good. Please could you tell us which units are rejected and if we can relabel them in the FC or we must remove them?

Thank you for your support.
Best regards,
Zhang Lei
""", topic="brand-program", dec=[("transparency-code", "AZ:7QK4M9X2P8RT3W5N")],
  notes="Transparency code is a decoy")

M("brand-hijack-id-077", B, "", "US", "other-non-native",
  "Seller selling fake of our brand",
  """
Dear Amazon,

We are the owner of brand "Rumah Wangi" for aromatherapy diffuser, registered in Brand Registry. There is a new seller "BestDealz2026" on our listing B0CW1L8F3S, they sell at $9.99, our price is $24.99. We are disappointed because customers leave 1 star review saying the diffuser leaks, but our product never leaks, so they receive the fake one.

We did a test buy, order 111-4039281-7720145, and the product is different (no logo, different plug). Please remove this seller from our listing.

Thank you very much,
Andi Kusuma
""", topic="hijacker",
  dec=[("asin", "B0CW1L8F3S"), ("order-id", "111-4039281-7720145"), ("mild-word", "We are disappointed")],
  notes="calm; 'disappointed' is a mild word")

M("cat-supplement-native-078", C, "", "US", "native",
  "Dietary supplements approval - follow-up",
  """
Hello,

Following up on our request to list two dietary supplements (magnesium glycinate capsules and a vitamin D3 gummy). Our first request was declined because the certificate of analysis didn't come from an ISO 17025 accredited lab.

We've now attached new COAs from an accredited lab, the label images with the full Supplement Facts panel, and our manufacturer's cGMP certificate. The product names and lot numbers on the COAs match the labels.

Please let me know if there's anything else you need to complete the review.

Thank you,
Rachel Kim
Evergreen Daily Wellness
""", topic="dietary-supplements", notes="category follow-up, calm")

M("cat-auto-th-079", C, "", "US", "other-non-native",
  "Request to sell in Automotive - motorcycle parts",
  """
Dear Category Team,

We are Bangkok Moto Parts Co., Ltd. We manufacture aftermarket brake pads and chain sprockets for motorcycles. We would like to ask approval to list our products in Automotive & Powersports.

Our factory has ISO 9001 certificate, and the brake pads are tested according to the US standard SAE J661. We attach the certificates, invoices of 3 recent export orders to US distributors, and photos of product labels with our brand and part numbers.

Thank you krub for your consideration.
Wichai Thongchai
Export Manager
""", topic="automotive", notes="category request; Thai politeness particle")

M("noPoa-price-native-080", A, "price-gouging", "US", "native",
  "Our prices are fair - please reinstate",
  """
Hello,

Our account was deactivated for violating the Fair Pricing Policy, which I believe is a mistake. We sell generator spare parts and our prices went up in May because our own supplier raised prices by 40% after the tariff change. I've attached the supplier's price notice and our invoices from before and after.

We haven't raised prices above our costs plus our usual margin, and we don't sell essential goods during an emergency. I'd ask you to look at the invoices and reconsider the decision.

Regards,
Steve Malone
Malone Power Parts
""", pol=["Fair Pricing Policy"],
  notes="argues the decision is wrong; no POA in text, none attached (only invoices): A016 positive")

# ---------------------------------------------------------------- chunk 5

M("poa-late-cn-081", A, "late-shipment", "US", "chinese",
  "Appeal: Late Shipment Rate over 4%",
  """
Dear Seller Performance Team,

Thank you for your email. Our Late Shipment Rate is 7.3% and our account was deactivated. We have made this plan of action.

1. The reason
Our late shipment rate was higher than 4% in the last 30 days, which is not meet Amazon's requirement, so Amazon deactivated our account.

**Corrective actions (done)**
- We changed the handling time of all self-fulfilled SKUs from 2 days to 4 days.
- We sent 80% of our stock to FBA, only bulky items remain self-fulfilled.
- Our warehouse now confirms shipment in Seller Central twice a day, 11am and 5pm.

Preventive measures:
- Warehouse leader checks "Orders to ship today" every morning.
- When orders more than 150 per day, we hire part-time packers from the agency.
- Weekly review of the Late Shipment Rate by our manager Mr. Xu.

Thank you for your time.
Jiangmen Hongda Kitchenware
""", style="mixed", co="Corrective actions (done)", pr="Preventive measures:",
  pol=["Late Shipment Rate"],
  notes="'1. The reason' only restates the metric: no root cause; mixed numbered/bold/colon headings")

M("poa-vt-native-082", A, "valid-tracking", "US", "native",
  "Valid Tracking Rate appeal",
  """
Hi,

Our Valid Tracking Rate dropped to 91% in the last 30 days and we lost the ability to sell in the Toys category.

**What happened**
We switched our regional shipments to a local courier in February to save on costs. The courier gives tracking numbers but isn't integrated with Amazon, so the numbers we uploaded never showed scans.

**What we've done**
We've moved all shipments back to USPS and UPS through Buy Shipping, and we re-uploaded tracking for the 140 orders from the past 30 days where we could get carrier scans.

**Going forward**
We're confident this won't happen again now that we're back on Buy Shipping.

Thanks,
Ashley Brown
Tiny Tinker Toys
""", style="bold", rc="What happened", co="What we've done",
  pol=["Valid Tracking Rate"],
  notes="'Going forward' is only a confident promise: no preventive measure")

M("poa-odr-native-083", A, "odr", "UK", "native",
  "Plan of action: Order Defect Rate",
  """
Dear Seller Performance,

Please see our plan of action for our Order Defect Rate, which reached 1.8%.

1. Root cause
Most of the defects came from one product, a 2-litre glass teapot. Our courier switched depots in January and the new depot was throwing parcels; 14 teapots arrived broken (e.g. orders 205-1183746-2209381 and 206-4471920-3318465), leading to negative feedback and A-to-z claims.

2. Actions already taken
We refunded or replaced every affected order. We moved the teapot to FBA on 3 February, and the remaining self-fulfilled glass items are now packed in double boxes with 5cm of padding.

3. Preventive measures
We review every negative feedback and claim within 24 hours and group them by product and carrier each week; any product or carrier linked to more than two defects in a week is paused until we've found the cause.

Kind regards,
Ian Porter
Porter's Tea Shop
""", style="numbered", rc="1. Root cause", co="2. Actions already taken", pr="3. Preventive measures",
  pol=["Order Defect Rate"],
  dec=[("order-id", "205-1183746-2209381"), ("order-id", "206-4471920-3318465")],
  notes="complete numbered POA; UK order ids are decoys")

M("poa-counterfeit-vn-084", A, "counterfeit", "US", "other-non-native",
  "Appeal for counterfeit complaint - plan of action",
  """
Dear Amazon Seller Performance,

We received the notice of counterfeit complaint from brand owner of the phone charger. Here is our plan of action.

ROOT CAUSES
We bought 500 chargers from a wholesaler in Shenzhen through a Vietnamese agent. The wholesaler said they are original products of the brand, and we trusted because the price was only a little cheaper. We did not ask for the invoice chain to the brand.

CORRECTIVE ACTIONS
We are going to remove all remaining 312 units from FBA. We are going to stop buying from this agent. We will provide full refund to all buyers who purchased this charger.

PREVENTIVE ACTIONS
We will only sell branded electronics if we have authorization from the brand owner or invoices from authorized distributor. All purchase documents will be stored in our Google Drive for 3 years.

Best regards,
Nguyen Van Hieu
""", style="caps", rc="ROOT CAUSES", co="CORRECTIVE ACTIONS", done=False, pr="PREVENTIVE ACTIONS",
  pol=["counterfeit complaint"],
  notes="corrective all 'are going to'/'will': not-done")

M("poa-catappr-cn-085", A, "category-approval", "US", "chinese",
  "Appeal - approval removed for Beauty category",
  """
Dear Team,

Our approval to sell in the Beauty category was removed and account is under review. Please see our POA.

Cause:
Amazon removed our approval for the Beauty category because our documents were not accepted.

Actions done:
We uploaded new invoices from our supplier Guangzhou Meili Cosmetics Co., with our company name and address, and the MSDS and ingredient list for each product. We removed 6 listings of nail polish which are classified as hazmat until the safety data sheets are approved.

Prevention:
Our compliance staff will update all documents every 12 months and check expiry dates of the safety data sheets. Before adding new beauty products we will check category requirements first.

Thank you.
Meiyan Trading
""", style="colon", co="Actions done:", pr="Prevention:",
  pol=["Beauty category"],
  notes="'Cause:' restates the notice: no root cause. 'Beauty category' named as what the appeal answers")

M("noPoa-safety-th-086", A, "product-safety", "US", "other-non-native",
  "Please release our money",
  """
Dear Amazon,

Our account is closed and there is $6,240 still in our account balance. We do not want to sell on Amazon anymore, we only want our money back. Please transfer the balance to our bank in Thailand:

Bank: Kasikorn Bank, Silom branch
Account name: Siam Bright Toys Co., Ltd.
Account no. 041-8-82379-6
SWIFT: KASITHBK

We have waited 90 days already. Please help us, it is a small company and we need to pay the workers.

Thank you ka,
Orathai
""", sec=[("bank-account", "041-8-82379-6")], dec=[("swift-code", "KASITHBK"), ("mild-plea", "Please help us, it is a small company and we need to pay the workers.")],
  notes="account appeal with no POA, no policy named; Thai bank account number with dashes; 'Please help us' in a calm letter is not labeled emotional")

M("poa-idv-cn-087", A, "identity-verification", "US", "chinese",
  "Appeal for account verification - Section 3",
  """
Dear Seller Performance Team,

Our account was deactivated because we did not pass verification under Section 3 of the BSA. We want to explain and provide the correct documents.

The problem happened because our company moved office from Futian to Nanshan district in February, and the address on our business license was updated, but the address in Seller Central and on the utility bill we uploaded was still the old one. So the documents did not match.

We have already updated the business address in Seller Central to the new address, and uploaded the new business license, a utility bill of the new office from March, and a bank statement showing the new address.

In the future, any change of company information will be updated in Seller Central within 3 days, and our admin staff will keep a checklist of all documents that need to match.

Thank you for your review.
Shenzhen Nanyue Digital Technology Co., Ltd.
""", style="none", rc="The problem happened because", co="We have already updated", pr="In the future, any change",
  pol=["Section 3 of the BSA"], notes="complete POA without headings")

M("poa-zh-inauth-088", A, "inauthentic", "US", "chinese",
  "不真实商品投诉申诉（求助）",
  """
尊敬的亚马逊团队：

求求你们帮帮我们！我们的店铺因为不真实商品投诉被停用了，我们真的走投无路了，全部资金都被冻结，工厂马上就要发不出工资了。

为什么会发生
我们的美容仪是从深圳一家贸易公司进货的，他们说是品牌授权的，但是我们没有拿到授权书原件，只有一张复印件，而且发票上的公司名称和授权书上的不一样。

我们做了什么
我们已经下架了所有美容仪商品，申请移除全部FBA库存，并给投诉的三位买家全额退款。我们也已经联系品牌方，正在申请正式的授权。

以后怎么避免
以后所有品牌商品必须有品牌方直接出具的授权书和正规发票才能上架，由老板本人审核。每个月检查一次账户状况页面。

再次恳求你们，给我们一条活路吧！
""", lang="zh", style="plain", rc="为什么会发生", co="我们做了什么", pr="以后怎么避免",
  pol=["不真实商品投诉"],
  emo=["求求你们帮帮我们！", "我们真的走投无路了", "再次恳求你们，给我们一条活路吧！"],
  notes="Chinese on US; complete plain POA; begging and despair in Chinese")

M("poa-used-native-089", A, "used-sold-as-new", "US", "native",
  "Appeal: used sold as new",
  """
Hello,

This is our appeal for the deactivation of our account for selling used items as new.

## Summary
We received several complaints from customers saying the headphones they received were used. Amazon reviewed these complaints and deactivated our account for used sold as new.

## Actions taken
We pulled all 188 units of the headphones from FBA with a removal order and inspected each one; 9 had signs of previous use and have been written off. Every customer who complained has been refunded.

## Controls to prevent recurrence
Returned units will never go back into new stock. Returns are now graded by a trained staff member and either listed as Used with an accurate condition note or liquidated. Every inbound shipment to FBA is sealed with tamper tape that our packers sign.

Thank you,
Chris Nolan
Soundwave Outlet
""", style="markdown", co="Actions taken", pr="Controls to prevent recurrence",
  pol=["used sold as new"],
  notes="'Summary' only restates the complaints and the decision: no root cause (how used units got in is never said)")

M("poa-iptm-th-090", A, "ip-trademark", "US", "other-non-native",
  "Appeal trademark complaint",
  """
Dear Amazon,

Our account got deactivated because of trademark complaint from the owner of brand "Lanna". Our POA is below.

Our POA - Why:
We use "Lanna" in our product names because it is the name of the northern Thai culture and region. We did not know somebody registered it as a trademark in the US for home decor.

Our POA - Prevent:
Before we use any word in a product title, we will search it in the USPTO trademark database. Our product names will use our own brand "Doi Home" only.

We respect the intellectual property of others.
Thank you krub,
Anan
""", style="our-poa", rc="Our POA - Why:", pr="Our POA - Prevent:",
  pol=["trademark complaint"],
  notes="missing corrective: listings with 'Lanna' are never said to be changed")

M("lsr-listing-native-091", L, "listing-policy", "US", "native",
  "Suppressed listing - please reinstate",
  """
Hi,

Our listing for a kids' raincoat was taken down for not following the detail page rules because the main image showed the coat on a child with a cartoon background.

This happened because we reused a marketing image from our website without checking Amazon's main image requirements.

We've already replaced the main image with a photo of the coat alone on a pure white background, and checked our other 12 listings for the same problem (none found).

From now on every new listing image is checked against the image requirements page before it goes live.

Thanks,
Laura Pearson
""", style="none", rc="This happened because", co="We've already replaced", pr="From now on every new listing image",
  pol=["detail page rules"], notes="short complete POA without headings")

M("lsr-safety-cn-092", L, "product-safety", "US", "chinese",
  "Listing removed for product safety - power bank",
  """
Dear Product Safety Team,

Our listing of 20000mAh power bank was removed under product safety requirements because of customer reports of overheating.

(A) Root cause
The battery cells in the batch produced in January came from a new cell supplier. Our factory found the protection circuit board was not matched with the new cells, so when fast charging, temperature can go to 65 degrees.

(B) Corrective action
We will recall all units sold from the January batch. We will ask Amazon to remove all FBA inventory of this batch. We will change back to the original cell supplier and re-test with UL 2056.

(C) Preventive action
Every batch will have sample test of temperature under fast charging before shipping, and a UL certified lab test when supplier changes.

Sincerely,
Dongguan Powerlink Electronics
""", style="lettered", rc="(A) Root cause", co="(B) Corrective action", done=False, pr="(C) Preventive action",
  pol=["product safety requirements"], notes="corrective all future tense: not-done")

M("lsr-inauth-id-093", L, "inauthentic", "US", "other-non-native",
  "Invoices for listing B0CJ2H6M9R",
  """
Hello Amazon team,

Our listing B0CJ2H6M9R (original Kopiko coffee candy) was removed because of an inauthentic complaint. We attach the invoices from PT Mayora Indah, the official manufacturer, for the last 6 months, and the export documents.

The product is genuine, it is imported directly from the factory in Indonesia. Please check the invoices and reactivate the listing.

Thank you very much.
Putri Ayu
Jakarta Snack House
""", pol=["inauthentic complaint"], dec=[("asin", "B0CJ2H6M9R")],
  notes="listing appeal with only invoices: no POA (no-poa defect, not A016 since listing kind)")

M("lsr-iptm-cn-094", L, "ip-trademark", "US", "chinese",
  "Appeal listing B0D6Q1X9VL removed",
  """
Dear Sir or Madam,

Our listing B0D6Q1X9VL for camping lantern has been removed. We want to appeal.

ROOT CAUSE
Our title used the word "Coleman style" because the design is similar. The other company complained that this word belongs to them.

CORRECTIVE ACTION
We already modified the title, bullet points and search terms and removed "Coleman style". We checked all our 20 listings and did not find other brand names.

FUTURE
This will not happen again, we are sorry.

Best regards,
Ningbo Lumen Outdoor
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION",
  dec=[("asin", "B0D6Q1X9VL")],
  notes="'FUTURE' is a promise only: no preventive; no policy named ('this word belongs to them')")

M("tech-page-native-095", T, "", "US", "native",
  "Manage Inventory page won't load",
  """
Hello,

Since yesterday morning the Manage All Inventory page shows "We're sorry, something went wrong" after about 20 seconds. Other pages load fine. I've tried Chrome, Firefox and Safari, incognito mode, and a different network. When I try to log in again it asks for a verification code each time, which it didn't before.

We have about 4,200 SKUs, in case that's relevant. I need to update prices before a promotion starts on Friday.

Best number to reach me is 555-204-7781.

Thanks,
Grace Liu
Brightline Office Supply
""", topic="page-error",
  dec=[("verification-code-word", "asks for a verification code"), ("phone", "555-204-7781")],
  notes="page error; verification code mentioned without value")

M("fba-return-vn-096", F, "", "US", "other-non-native",
  "Customer returned wrong item",
  """
Dear Seller Support,

For order 112-6039184-2271058 the customer returned a different item. We received our removal shipment and the box has a cheap plastic lamp, but we sold a handmade brass lamp (SKU BRASS-LMP-02). The LPN is LPNRR4829107733.

Amazon gave full refund to the customer and the returned item was put as sellable. Could you please investigate and reimburse us for the brass lamp, the price is $68.00? Photos of the returned item are attached.

Thank you,
Le Thi Thu
""", topic="customer-return",
  dec=[("order-id", "112-6039184-2271058"), ("sku", "BRASS-LMP-02"), ("lpn", "LPNRR4829107733")],
  notes="wrong item returned; LPN and SKU decoys")

M("fba-removal-native-097", F, "", "UK", "native",
  "Removal order cancelled without reason",
  """
Hello,

Our removal order VX83KQ27LM for 240 units of winter gloves was cancelled by the system two days after we created it, with no reason given. The units are still showing as unfulfillable and we're now being charged long-term storage fees on them.

Could you confirm why it was cancelled, and refund the storage fees charged for these units since the removal date? We'd also like the removal reprocessed to our warehouse in Leeds, postcode LS11 5QT.

Thank you,
Hannah Scott
""", topic="removal",
  dec=[("removal-order-id", "VX83KQ27LM"), ("postcode", "LS11 5QT")],
  notes="calm removal issue")

M("brand-ownership-cn-098", B, "", "US", "chinese",
  "Brand Registry application rejected",
  """
Dear Brand Registry Team,

Our Brand Registry application for "Huayu" was rejected, the reason is "trademark owner not match". The trademark registration 6,902,117 is owned by our parent company Zhejiang Huayu Industrial Co., Ltd., and our seller account is under the subsidiary Huayu (Hong Kong) Limited.

We attach the authorization letter from the parent company and the company structure document. Below is the message from our legal colleague:
"商标持有人为母公司，子公司已获得授权，请审核。"

Please let us know how to add the subsidiary as authorized agent.

Thank you,
Liu Yang
""", topic="brand-ownership",
  dec=[("trademark-number", "6,902,117"), ("foreign-snippet", "商标持有人为母公司，子公司已获得授权，请审核。")],
  notes="English message with a pasted Chinese chat line")

M("cat-beauty-vn-099", C, "", "US", "other-non-native",
  "Request approval - topical skin care",
  """
Dear Amazon Category Team,

We are Lotus Essence from Hanoi. We would like to apply to sell our lotus seed face serum and aloe gel, which are in the topical beauty category that needs approval.

We have the FDA cosmetic registration, the product safety data sheets, and invoices from our manufacturer. Our labels are in English with full ingredient list (INCI names), net content and manufacturer address.

We hope our application will be approved. Thank you very much for your time.

Best regards,
Bui Thu Trang
""", topic="beauty-topicals", notes="calm category request")

M("tech-ja-login-100", T, "", "JP", "chinese",
  "セラーセントラルにログインできません",
  """
Amazonテクニカルサポート御中

お世話になっております。昨日からセラーセントラルにログインできなくなりました。メールアドレスとパスワードを入力すると「問題が発生しました」と表示されます。

確認のため、ログイン情報をお送りします。
メールアドレス：yamato.shop.cn@mail-box.jp
パスワード：Ymt!8830kyoto

二段階認証のコードも届きません。電話番号は変更しておりません。至急ご確認いただけますでしょうか。

よろしくお願いいたします。
上海大和商貿有限公司 劉
""", lang="ja", topic="login", sec=[("password", "Ymt!8830kyoto")],
  notes="Japanese on JP (own marketplace); password inside Japanese text (パスワード：)")

# ---------------------------------------------------------------- chunk 6

M("noPoa-odr-native-101", A, "odr", "US", "native",
  "I have nothing left",
  """
To anyone at Amazon who actually reads these,

I'm at my wits' end. Eight years of selling, thousands of happy customers, and my account is gone overnight because of a handful of claims from people who got their orders late over Christmas. I have lost everything I built. My savings are in inventory sitting in your warehouses and I can't even get it back.

I have a mortgage and two kids and I honestly don't know how we're going to get through next month. I've read the notice five times and I still don't understand what I'm supposed to say to you that I haven't already said.

Please just look at my history and give me my account back.

Karen Whitfield
Whitfield Home Linens
""", emo=["I'm at my wits' end", "I have lost everything I built", "I honestly don't know how we're going to get through next month"],
  notes="despair; no POA; no policy or metric named ('a handful of claims' only)")

M("poa-restricted-vn-102", A, "restricted-products", "US", "other-non-native",
  "Appeal for restricted products violation - pesticide claim",
  """
Dear Seller Performance Team,

Our account has been deactivated because our neem oil spray was considered a pesticide product under the Restricted Products policy, and we do not have EPA registration.

1 - Why this happened
Our listing said the neem oil "kills aphids and mites". We only wanted to explain how gardeners use it. We did not know that any claim of killing insects makes the product a pesticide under US law.

**Preventive measures**
- All product descriptions will be reviewed by our compliance advisor in California before publishing.
- Our team will avoid words like kill, repel, eliminate or insecticide for any product that is not EPA registered.
- We will review the pesticide guidance page every 6 months.

Best regards,
Vo Minh Tri
Green Saigon Garden
""", style="mixed", rc="1 - Why this happened", pr="Preventive measures",
  pol=["Restricted Products policy"],
  notes="mixed heading styles; no corrective: listing and stock not said to be changed or removed")

M("poa-sca-native-103", A, "seller-code-of-conduct", "US", "native",
  "Appeal - Seller Code of Conduct (buyer contact)",
  """
Hello Seller Performance,

Our account was deactivated for a Seller Code of Conduct violation after a customer reported that we emailed them directly asking them to update their review.

A. Root cause
A new customer-service hire found the buyer's email on the packing slip of a return and contacted them from our Gmail account. She hadn't been trained on Amazon's buyer communication rules; our onboarding was verbal and skipped this.

B. Corrective actions
We apologised to the customer through Buyer-Seller Messaging. The employee has been retrained, and the shared Gmail account has been deleted so nobody on the team can email buyers outside of Amazon.

C. Going forward
We deeply regret this and we will make sure it is never repeated.

Sincerely,
Paul Hernandez
Summit Kitchenware
""", style="lettered", rc="A. Root cause", co="B. Corrective actions",
  pol=["Seller Code of Conduct"],
  notes="'C. Going forward' is a promise only: no preventive measure")

M("poa-drop-hk-104", A, "drop-shipping", "UK", "chinese",
  "Appeal for account deactivation",
  """
Dear Seller Performance Team,

Thank you for your notice. We understand our account was deactivated because some customers received orders in packages from another retailer. Below is our explanation.

Root cause - When our UK stock of kitchen scales was out, our staff bought the same item on another website and entered the customer address as delivery address. The customer received a parcel with the other retailer's name and invoice, not ours.

Done - We have stopped this practice completely since 2 June. All 14 open orders that were going to be fulfilled this way were cancelled and refunded, and we have restocked 600 units to our own warehouse in Birmingham.

Prevention - If stock is below 30 units our ERP automatically sets the Amazon quantity to 0, so no order can be taken without our own stock. Staff have been told in writing that buying from other retailers for our customers is forbidden.

Best regards,
Raymond Lau
Lau's Kitchen Supplies
""", style="inline", rc="Root cause -", co="Done -", pr="Prevention -",
  notes="complete inline POA with dash separators; no policy named (describes drop shipping without naming it)")

M("noPoa-inauth-cn-105", A, "inauthentic", "US", "chinese",
  "Appeal inauthentic - we can pay",
  """
Dear Amazon,

Our account is deactivated for inauthentic item complaints. We are honest seller and all our hair clippers are from our own factory in Ningbo.

If Amazon needs any fee for the review or for the test buy, we are happy to pay. You can charge our American Express card directly:
3782 910465 73316
valid thru 08/28, the 4 digit code on the front is 4417

Please contact us by email if you need factory documents. We hope to get the account back soon.

Best regards,
Ningbo Sharpcut Electric Appliance
""", pol=["inauthentic item complaints"],
  sec=[("card", "3782 910465 73316"), ("card-expiry", "08/28"), ("card-code", "4417")],
  notes="no POA, offers to pay with Amex card details (4-6-5 format, 4-digit front code)")

M("cover-review-th-106", A, "review-manipulation", "US", "other-non-native",
  "Appeal - plan of action attached",
  """
Dear Seller Performance Team,

Thank you for reviewing our case. We have investigated what happened with the reviews on our herbal balm listings and we have written our full plan of action in the attached PDF (PlanOfAction_ThaiHerbal.pdf). It explains the reason, what we have already done, and the steps we put in place so it does not happen again.

We also attach the screenshots of our communication with the marketing company we used.

Thank you for your consideration ka.
Supaporn Chaiyasit
Thai Herbal Balm Co.
""", att=True, dec=[("file-name", "PlanOfAction_ThaiHerbal.pdf")],
  notes="cover letter, POA attached; no policy named (only 'what happened with the reviews')")

M("poa-copyright-native-107", A, "ip-copyright", "US", "native",
  "Appeal: copyright infringement on product images",
  """
Hello,

Our account was deactivated after repeated copyright infringement notices for images used on our wall art listings.

Our POA: Cause
We bought a "commercial use" image bundle from a stock website in 2024. Three of the illustrations in it turned out to be uploaded by someone who didn't own them, and the real artist filed the notices.

Our POA: Actions completed
We removed all 11 listings that used images from that bundle, deleted the bundle from our files, and contacted the artist, who confirmed by email that we are no longer using her work.

Our POA: Prevention
We now only license artwork directly from artists with a signed agreement, or from stock sites that indemnify buyers, and we keep proof of license for each listing in a shared folder.

Thank you,
Natalie Cruz
Paper Moon Prints
""", style="our-poa", rc="Our POA: Cause", co="Our POA: Actions completed", pr="Our POA: Prevention",
  pol=["copyright infringement"], notes="complete our-poa style")

M("lsr-counterfeit-native-108", L, "counterfeit", "US", "native",
  "Listing appeal - counterfeit claim on guitar strings",
  """
Hello,

Our offer on B0B7N4K2JD (electric guitar strings, 10-46) was removed following a counterfeit claim.

ROOT CAUSE
We bought 300 packs from a music store closing down sale instead of from the manufacturer's distributor. We've since learned that a portion of that store's stock was grey-market and some packs had reprinted packaging.

PREVENTIVE STEPS
All string and accessory stock will now be bought only from the manufacturer's authorized US distributor, and every lot's invoice will be filed against the ASIN before the stock is sent to FBA.

Regards,
Sam Whitley
Fretboard Supply
""", style="caps", rc="ROOT CAUSE", pr="PREVENTIVE STEPS",
  pol=["counterfeit claim"], dec=[("asin", "B0B7N4K2JD")],
  notes="missing corrective: the grey-market stock is never said to be removed")

M("lsr-cond-native-109", L, "condition", "AU", "native",
  "Listing reinstatement - condition complaints (used books)",
  """
Hi team,

Our used textbook listings were suppressed after complaints that books marked "Very Good" arrived with highlighting and torn covers.

Why it happened
A casual staff member was grading books during our end-of-semester rush and wasn't familiar with Amazon's condition guidelines; she graded on how clean the cover looked rather than checking inside.

What we've fixed
We've re-graded all 640 books in stock against the guidelines, 85 were downgraded to "Acceptable" and their listings updated, and every customer who complained was refunded in full.

Next steps
We're sorry about this and we'll do better.

Cheers,
Liam O'Connor
Second Chapter Books
""", style="plain", rc="Why it happened", co="What we've fixed",
  pol=["condition guidelines"],
  notes="'Next steps' is a single apology and a promise: no preventive")

M("lsr-price-cn-110", L, "price-gouging", "US", "chinese",
  "Reactivate listing removed for pricing",
  """
Dear Amazon,

Our listing for the 20-pack KN95 masks was deactivated for the Fair Pricing Policy. Unfortunately our price tool made a mistake.

1) Root cause
We use a third-party repricer with a rule "match the highest competitor". When other sellers were out of stock, the only competitor left had a very high price, and our price followed it to $79.

2) Actions done
We deleted the "match highest" rule and set a maximum price of $15.99 for this ASIN. We refunded the price difference to 7 buyers who bought at the high price.

3) Prevention
Each ASIN now has a maximum price in the repricer equal to 120% of its 90-day average. Our manager gets an email alert when any price goes up more than 20% in one day.

Thank you.
Shaoxing Clean Air Products
""", style="numbered", rc="1) Root cause", co="2) Actions done", pr="3) Prevention",
  pol=["Fair Pricing Policy"], dec=[("mild-word", "Unfortunately")],
  notes="complete numbered listing POA; 'Unfortunately' is a mild word")

M("lsr-restricted-hk-111", L, "restricted-products", "SG", "chinese",
  "Appeal for listing removal - laser pointer",
  """
Dear Amazon Singapore Team,

Our listing of green laser pointer was removed for violating the restricted products rules for lasers.

**Reason**
The laser pointer we listed is 5mW class IIIa. In Singapore, this kind of laser pointer requires a licence from the NEA, and we did not apply it. Our team in Hong Kong assumed the rules are the same as Hong Kong.

**Steps completed**
We have closed the listing and removed all 120 units from the Singapore FC back to our Hong Kong warehouse. We have also checked our other listings, no other laser product.

**Future control**
Before we list any product in a new marketplace, our compliance staff will check the local regulations and Amazon's restricted products page for that marketplace, and keep a record.

Thank you,
Kenny Tsang
Victoria Harbour Electronics
""", style="bold", rc="Reason", co="Steps completed", pr="Future control",
  pol=["restricted products rules"], notes="complete bold listing POA on SG")

M("tech-deposit-cn-112", T, "", "UK", "chinese",
  "Cannot add UK bank account",
  """
Hello,

We opened a new business account with NatWest for our UK company and want to use it as deposit method for amazon.co.uk. The page always says "Invalid bank information".

Please help to check if the following information is correct:
Account name: Chengdu Panda Home UK Ltd
IBAN GB85 NWBK 4051 6287 3351 90
Sort code 40-51-62

Our VAT number is GB 318 4472 05. We already uploaded the bank letter.

Thanks a lot,
Tang Xiaoyu
""", topic="deposit-method", sec=[("iban", "GB85 NWBK 4051 6287 3351 90")],
  dec=[("vat-number", "GB 318 4472 05")],
  notes="IBAN in spaced groups; VAT number decoy")

M("fba-lost-inbound-cn-113", F, "", "US", "chinese",
  "Inbound shipment lost - 2 cartons missing",
  """
Hello Seller Support,

I am account manager of Shenzhen Kaiyue agency, writing for our client. Shipment FBA19P4TZQ8N was delivered by ocean freight to ONT8, 24 cartons on POD, but receiving only shows 22 cartons. 96 units of yoga pants are missing.

Sorry, below is the message from my boss that I forgot to delete, please ignore:
"后台验证码：739204，你登录以后把入库的截图发我"

We have the BOL and POD signed by the FC, attached. Please investigate and reimburse the missing units.

Thank you,
Kevin Zhou
""", topic="lost-inbound", sec=[("one-time-code", "739204")],
  dec=[("shipment-id", "FBA19P4TZQ8N")],
  notes="verification code inside a pasted Chinese chat line (验证码：) in an English message")

M("fba-wh-dmg-native-114", F, "", "US", "native",
  "Warehouse damaged - reimbursement at wrong value",
  """
Hello,

We were reimbursed for 22 units of FNSKU X003KD7P2Q (cast iron skillet) that were damaged in the fulfillment center, but the reimbursement was $8.11 per unit. Our average sale price over the past 90 days was $44.99 and our manufacturing cost alone is $14.50.

I've attached our invoice for this lot. Could you recalculate these reimbursements based on the correct value?

Thank you,
Jessica Morgan
Ironwood Cookware
""", topic="warehouse-damaged", dec=[("fnsku", "X003KD7P2Q")],
  notes="reimbursement value dispute, calm")

M("fba-return-th-115", F, "", "US", "other-non-native",
  "Return not back to inventory",
  """
Dear Seller Support,

Customer of order 113-7284019-5503926 returned our elephant pants, the refund was on 14 April, but until today the unit is not back to our inventory and we did not get reimbursement. It is more than 60 days now.

Please help to check the return status and reimburse us if Amazon did not receive the item. The price of the item is $19.90.

Thank you very much ka,
Jiraporn
Bangkok Comfy Wear
""", topic="customer-return", dec=[("order-id", "113-7284019-5503926")],
  notes="short customer-return claim")

M("brand-hijack-cn-116", B, "", "US", "chinese",
  "Hijacker on our listing, you must stop them",
  """
To Brand Registry,

This is the 5th time we report seller "QuickShopUSA" on our listing B0CT8Y2L6M. Every time you say "no violation found". They are selling fake copies of our patented garlic press and customers are sending us photos of broken handles.

Amazon is protecting thieves and punishing real brand owners. If Amazon does not remove them within 48 hours we will sue Amazon together with this seller in federal court, our lawyer is already preparing.

Test buy order 114-9920384-1176203, photos attached.

Hangzhou Chufang Homeware
""", topic="hijacker",
  emo=["Amazon is protecting thieves and punishing real brand owners", "we will sue Amazon together with this seller in federal court"],
  dec=[("asin", "B0CT8Y2L6M"), ("order-id", "114-9920384-1176203")],
  notes="angry brand complaint with threats: emotional non-appeal")

M("brand-contrib-native-117", B, "", "US", "native",
  "Incorrect product dimensions on our brand's listing",
  """
Hi,

We own the brand Alder Lane (Brand Registry) and the listing B0CR5W9F1H for our 6-drawer dresser now shows the dimensions as 12 x 10 x 8 inches. The real dimensions are 48 x 18 x 34 inches. We didn't make this change, and customers are asking whether it's a toy.

I've tried to correct it twice through the Manage Inventory page, but the old value comes back. Could you please restore our brand contribution and check where the other value is coming from?

Thanks,
Daniel Park
Alder Lane Furniture
""", topic="listing-contribution", dec=[("asin", "B0CR5W9F1H")],
  notes="calm listing contribution issue")

M("brand-ownership-th-118", B, "", "US", "other-non-native",
  "Brand Registry verification code not working",
  """
Hello,

We are applying Brand Registry for our brand "Chaba" (trademark registration 7,288,105). Amazon sent the verification code to our trademark attorney and he forwarded it to us: 55 81 20. When we enter it in the Brand Registry page it says "code is invalid".

The attorney email is the one on the USPTO record. Could you please send a new code or check what is the problem? Our application case is 18830472915.

Thank you krub,
Thanawat
Chaba Thai Silk
""", topic="brand-ownership",
  sec=[("one-time-code", "55 81 20")],
  dec=[("trademark-number", "7,288,105"), ("case-id", "18830472915")],
  notes="Brand Registry verification code written in pairs ('55 81 20') is a secret; case id is a decoy")

M("cat-watches-cn-119", C, "", "US", "chinese",
  "Apply for Watches category approval",
  """
Dear Category Team,

We are Shenzhen Timeport Watch Co., Ltd., manufacturer of stainless steel quartz watches under our own brand "Tempora". We want to request approval for the Watches category.

We attach our business license, 3 invoices for watch movements from Seiko Instruments (Miyota) and cases from our supplier, the water resistance test report and product photos showing the brand name on the dial and the caseback.

All watches have 1 year warranty card in English. Thank you for your review.

Best regards,
Alan Wu
""", topic="watches", notes="calm category request")

M("cat-grocery-native-120", C, "", "UK", "native",
  "Grocery approval - second request",
  """
Hello,

I'm requesting approval to list our hot sauces in Grocery. Our first request was declined because the invoice we supplied was from our own company rather than a supplier.

This time I've attached invoices from our chilli and bottle suppliers dated within the last 180 days, our food business registration from Bristol City Council, and photos of the labels showing ingredients, allergens, net quantity and our UK address.

Thanks for taking another look.

Best wishes,
Rory Hughes
Hughes Hot Sauce Co.
""", topic="grocery", notes="category follow-up, calm")

M("cat-fineart-id-121", C, "", "US", "other-non-native",
  "Request to sell in Fine Art",
  """
Dear Amazon Team,

We are Galeri Ubud Lestari from Bali. We would like to request approval to sell original paintings by Balinese artists in the Fine Art category.

We work directly with 12 artists in Ubud. Each painting comes with a certificate of authenticity signed by the artist, and we keep records of the artist, year and size. We attach our business license, artist agreements, examples of the certificates, and photos of the gallery.

Thank you for your kind consideration.
Made Wirawan
""", topic="fine-art", notes="calm category request")

# ---------------------------------------------------------------- chunk 7

M("cover-odr-cn-122", A, "odr", "US", "chinese",
  "ODR appeal - please see attached plan of action",
  """
Dear Seller Performance Team,

Our account was deactivated because the Order Defect Rate was above 1% (1.7%). We are sorry for the trouble to the buyers.

We have written the plan of action with root cause, the actions we already finished and the preventive measures, it is in the attachment "ODR_POA_Jinyuan.pdf". We also attach the list of the 23 defect orders and what we did for each buyer.

We did not receive any verification code request in the last days, so we think our account login is safe.

Thank you for your time.
Best regards,
Wenzhou Jinyuan Shoes Co., Ltd.
""", att=True, pol=["Order Defect Rate"],
  dec=[("single-apology", "We are sorry for the trouble to the buyers."), ("file-name", "ODR_POA_Jinyuan.pdf"), ("verification-code-word", "verification code request")],
  notes="cover letter, POA attached; single apology; 'verification code' with no value")

M("poa-inauth-hk-123", A, "inauthentic", "US", "chinese",
  "POA - inauthentic",
  """
Dear Team,

POA for the inauthentic claim on our USB hubs:

1) Cause: bought 200 units from a new trading company without brand invoice.
2) Done: all 200 units removed from FBA and destroyed; buyers refunded; trading company blacklisted.
3) Prevent: only buy from the brand's HK distributor (invoice attached), every purchase checked by our manager Ms. Ho before payment.

Thank you,
Tsim Sha Tsui Digital Ltd.
""", style="numbered", rc="1) Cause:", co="2) Done:", pr="3) Prevent:",
  pol=["inauthentic claim"],
  notes="very short but complete numbered POA (hard negative)")

M("poa-cancel-th-124", A, "cancel-rate", "US", "other-non-native",
  "Appeal - Cancellation Rate",
  """
Dear Amazon Seller Performance,

Our account was deactivated for Cancellation Rate 3.2%. Here is our plan of action.

## What caused the cancellations
Our supplier of coconut bowls in Chumphon stopped production for 3 weeks because of flooding. We had no backup supplier and our Amazon stock quantity was set manually, so we kept receiving orders we could not ship.

## Actions completed
We set all coconut bowl listings to 0 quantity on 12 May. We refunded all 19 cancelled orders and sent a message to each buyer. We signed a second supplier in Surat Thani and now hold 2 weeks of stock in our warehouse.

## Preventive controls
Our stock manager updates the quantity on Amazon every morning from the warehouse count. When a supplier reports any delay, the listing goes inactive on the same day.

Thank you for your consideration.
ขอบคุณค่ะ
Nattaya
""", style="markdown", rc="What caused the cancellations", co="Actions completed", pr="Preventive controls",
  pol=["Cancellation Rate"], dec=[("foreign-snippet", "ขอบคุณค่ะ")],
  notes="complete markdown POA; Thai sign-off inside English text")

M("fba-return-native-125", F, "", "US", "native",
  "Refunded return never received",
  """
Hello,

Order 111-8830427-6190250 was refunded to the customer on 2 March for a return of our stand mixer attachment set, but the unit never arrived back at the fulfillment center and no reimbursement appears in our account. It's been well over 45 days.

Could you please look into this and reimburse the unit, or charge the customer if the return was never shipped? The item sells for $59.99.

Thanks,
Megan Foley
Foley Kitchen Co.
""", topic="customer-return", dec=[("order-id", "111-8830427-6190250")],
  notes="order ID passes Luhn once dashes are removed: hard T006 negative")

AUTHOR.write()
