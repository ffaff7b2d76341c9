#!/usr/bin/env python3
"""Author Q's messages for the tenth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/tenth-a/q-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("q-", "tenth-a")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1

M("poa-inauth-cn-001", A, "inauthentic", "US", "chinese",
  "Appeal for account deactivation - inauthentic complaint ASIN B0CQ7N2K4D",
  """
Dear Seller Performance Team,

We are Shenzhen Huaxin Digital, selling USB-C hubs on Amazon since 2021. Our account was deactivated because of inauthentic item complaint on ASIN B0CQ7N2K4D. Here is our plan of action.

## Root Cause

After check all the orders, we find the reason. In October we bought 300 pcs of the hub housing from a new trading company, not from our usual factory. This batch has small difference in the logo print, customer think it is fake. We did not keep the purchase contract of this trading company, so we can not show the supply chain.

## Corrective Actions

1. We have removed all remaining 212 units of the batch from FBA (removal order created).
2. We have contacted the 9 buyers who complained and refunded them in full.
3. We have uploaded invoices from our own factory, Shenzhen Jiayu Electronics, for all other stock.

## Preventive Measures

- From now only buy from the factory with authorization letter, no trading company.
- Every new batch our QC staff compare logo and packing with a golden sample before shipping to FBA.
- All invoices are kept 3 years in a shared folder.

We understand the inauthentic policy is to protect customers. Thank you for review.

Huaxin Digital Team
""", style="markdown", rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
  pol=["inauthentic item complaint", "inauthentic policy"], dec=[("asin", "B0CQ7N2K4D")],
  notes="complete markdown POA, Shenzhen electronics seller; policy named as complaint type and as policy")

M("poa-odr-native-002", A, "odr", "US", "native",
  "Plan of Action - Order Defect Rate",
  """
Hello,

Thank you for the notice about our Order Defect Rate, which reached 1.6% over the last 60 days. We are sorry for the trouble this caused our buyers. Below is our plan.

**What went wrong**
Almost all of the defects (11 of 14) were A-to-z claims on our cast iron skillets. The carton we switched to in September was too thin, and pans arrived with cracked handles. Buyers who did not hear back from us within a day filed claims instead of messages.

**What we have already done**
We pulled the thin cartons and went back to double-wall boxes with corner inserts. Every affected buyer has been refunded or sent a replacement. We also set up a shared inbox so buyer messages are answered within 12 hours, seven days a week.

**How we keep it from coming back**
Our warehouse lead drop-tests one packed unit from every new box shipment before it is used. We review the Voice of the Customer dashboard every Monday and look at every negative feedback the same day it arrives.

Regards,
Dana Whitfield
Ironleaf Kitchen Supply
""", style="bold", rc="What went wrong", co="What we have already done", pr="How we keep it from coming back",
  pol=["Order Defect Rate"], dec=[("single-apology", "We are sorry for the trouble this caused our buyers.")],
  notes="complete bold POA, native, one calm apology is a decoy")

M("poa-late-kr-003", A, "late-shipment", "US", "other-non-native",
  "Late shipment rate - reactivate request",
  """
Dear Amazon Team,

Hello. We are Daon Living from Busan, Korea. Our Late Shipment Rate become 7.2% and account is deactivated. We explain this case.

1. Cause of the problem
In November our shipping agent in Incheon had holiday and did not pick up parcels for 5 days. Because we did not know, many orders are confirmed late.

2. Action we already took
We changed to new shipping agent which pick up every day including Saturday. All pending orders are shipped and we uploaded tracking number for each one. We also extended handling time to 3 days in template.

3. Prevention
We will be more careful from now. This kind of problem will not happen again, we promise.

We respectfully ask you to reactivate our selling privilege. Thank you very much.

Kim Jiwoo
Daon Living
""", style="numbered", rc="1. Cause of the problem", co="2. Action we already took", pr=None,
  pol=["Late Shipment Rate"],
  notes="Korean seller; the 'Prevention' heading holds only a promise, so preventive is labeled absent")

M("appeal-related-ph-004", A, "related-accounts", "US", "other-non-native",
  "PLEASE HELP my account is suspended",
  """
Hi Amazon,

Good day po. My account was suspended last week and I received email that it is connected to another account. I don't know what account they are talking about, I only have this one account since 2023 and it is my only source of income for my family.

Please please help us. We are begging you to look again at my account, I have three kids and I already can not pay the rent this month. I did nothing wrong, I swear. I sell phone cases and I always ship on time and my customers are happy. If this is not fixed I don't know what I will do anymore.

Kindly check again and open my account. I can send my ID and bills if you need. Thank you and God bless.

Maria Lourdes Santos
Cebu City
""", emo=["Please please help us.", "We are begging you to look again at my account",
          "If this is not fixed I don't know what I will do anymore."],
  notes="Filipino seller, no POA, no policy named ('connected to another account' is only a description), pleading and despair")

M("poa-counterfeit-ja-005", A, "counterfeit", "JP", "other-non-native",
  "出品停止に関する改善計画書（偽造品の申し立て）",
  """
Amazon出品者パフォーマンスチーム ご担当者様

いつも大変お世話になっております。株式会社ミナト雑貨の田中と申します。
先日、当社のアカウントが偽造品の申し立てにより停止されました。以下の通り改善計画書を提出いたします。

原因：
当社が販売していた腕時計用ベルトの一部は、卸業者から仕入れたものでした。この卸業者がブランドの正規代理店であるかどうかを確認しておりませんでした。

実施済みの対策：
該当商品の出品をすべて削除し、FBA在庫の返送を依頼いたしました。購入者全員に連絡し、返金を完了しております。

再発防止策：
今後はメーカーまたは正規代理店からのみ仕入れを行い、仕入れの前に必ず代理店証明書を確認いたします。社内で仕入れ担当者を二名体制とし、毎月チェックを行います。

お手数をおかけしますが、ご確認のほどよろしくお願い申し上げます。

株式会社ミナト雑貨　田中
""", lang="ja", style="colon", rc="原因：", co="実施済みの対策：", pr="再発防止策：",
  pol=["偽造品の申し立て"],
  notes="Japanese on JP (own marketplace, no non-english defect); complete POA with colon headings")

M("poa-review-native-006", A, "review-manipulation", "CA", "native",
  "Response to review manipulation warning",
  """
To the Seller Performance team,

We got your message that our account is at risk under the Customer Product Reviews policy. We looked into it and want to be straightforward.

Root cause: Our marketing contractor put a small card in our yoga mat boxes offering a $10 gift card for a 5-star review. We did not approve the wording, but it went out under our name, and that is on us.

Corrective actions: We will stop using the insert cards. We will end the contract with the agency and we will ask our co-packer to destroy the cards that are left. We also plan to send a note to buyers from those months.

Preventive measures: Any customer-facing printed material will need sign-off from the owner before it goes to print. Our two staff members will complete the Seller University training on reviews by the end of the month, and we will re-read the policy every quarter.

Thank you,
Owen Marchetti
Northbay Fitness Co.
""", style="colon", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive measures:",
  pol=["Customer Product Reviews policy"],
  notes="native CA; corrective part is all 'we will', so corrective_done=false")

M("cover-iptm-tw-007", A, "ip-trademark", "UK", "chinese",
  "Appeal - trademark infringement, Complaint ID 1738264905",
  """
Dear Seller Performance,

Our account Formosa Bright Ltd. was suspended because of a trademark infringement report, Complaint ID 1738264905, related to our LED desk lamps.

We have prepared a full Plan of Action explaining the cause, what we have done and how we will prevent it. It is attached to this case as PDF file "Formosa_POA_Dec2026.pdf", together with the retraction letter from the rights owner which we received on 28 November.

Summary: the rights owner confirmed that the listing used their brand word in the title by mistake of our listing staff, and they have withdrawn the complaint. We already edited the title.

Please kindly review the attached documents. If anything else is needed, we will reply soon.

Best regards,
Lin Yu-Ting 林雨婷
Formosa Bright Ltd., Taichung
""", att=True, pol=["trademark infringement"],
  dec=[("complaint-id", "1738264905"), ("file-name", "Formosa_POA_Dec2026.pdf"), ("foreign-snippet", "林雨婷")],
  notes="Taiwan seller, cover letter with POA attached (no A016), Chinese name in sign-off")

M("poa-safety-zh-008", A, "product-safety", "US", "chinese",
  "关于儿童玩具安全投诉的申诉",
  """
尊敬的亚马逊卖家绩效团队：

您好！我们是义乌市悦童玩具有限公司。我们的账户因为产品安全问题被暂停，涉及的商品是儿童磁力积木（ASIN B0D4HT81WQ）。以下是我们的行动计划。

一、问题原因
经过调查，我们发现这批积木的磁铁粘合胶水不够牢固，有几位顾客反馈磁铁脱落。我们当时没有为这批货做第三方检测，也没有提供CPC儿童产品证书。

二、已采取的措施
1. 已经下架全部相关商品，并申请移除FBA库存。
2. 已经给所有购买过该商品的顾客发邮件，提醒停止使用并全额退款。
3. 已经将样品送到SGS实验室，按照ASTM F963标准进行检测。

三、预防措施
以后所有儿童产品上架前必须取得CPC证书和检测报告；每批货到仓库前抽检磁铁拉力；指定专人负责学习亚马逊的产品安全政策。

感谢您的审核，希望能恢复我们的销售权限。

义乌市悦童玩具有限公司
""", lang="zh", style="numbered", rc="一、问题原因", co="二、已采取的措施", pr="三、预防措施",
  pol=["产品安全政策"], dec=[("asin", "B0D4HT81WQ")],
  notes="Chinese text on US (non-english defect); complete POA with Chinese numbered headings")

M("tech-login-cn-009", T, "", "US", "chinese", "Can not login - two step verification not received",
  """
Hello Seller Support,

I can not login to Seller Central from yesterday. Every time I input password, the system ask for two-step verification but the SMS never come to my phone +86 138 2651 7740.

To help you check, my login email is sales@kaituo-tech.cn and password is Kt@Shenzhen2026!, you can try it yourself. Also this morning one code arrived very late, the code was 583106, but when I put it the page says expired.

We have many orders need to confirm shipment today, please help to reset the 2SV to my new phone number or email.

Thank you very much.
Zhang Wei
Kaituo Technology
""", topic="login",
  sec=[("password", "Kt@Shenzhen2026!"), ("one-time-code", "583106")],
  dec=[("phone", "+86 138 2651 7740")],
  notes="Shenzhen seller pastes password and a (late) 2SV code into the case")

M("fba-lost-native-010", F, "", "US", "native", "Inbound shipment FBA17XK3PZ9Q short 48 units",
  """
Hi team,

Our shipment FBA17XK3PZ9Q was delivered to ONT8 on November 14 (UPS tracking 1Z8V6E470315582946) and shows as closed, but 48 units of SKU GRDN-HOSE-50 were never received. We sent 6 cartons of 40, all with the same item, and the carrier shows 6 of 6 delivered with signature.

Unfortunately the reconciliation tool will not let us open a claim because the shipment is past the window it shows, even though it closed only a week ago.

Attached are the packing list, the commercial invoice (INV-20461) and the proof of delivery. Please investigate and reimburse the missing units.

Thanks,
Caleb Ortiz
Greenmoor Garden Goods
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA17XK3PZ9Q"), ("tracking-number", "1Z8V6E470315582946"),
       ("invoice-number", "INV-20461"), ("mild-word", "Unfortunately")],
  notes="calm native FBA claim; 'Unfortunately' is a mild-word decoy")

M("poa-listing-ph-011", L, "listing-policy", "US", "other-non-native",
  "Reinstatement of listing B0BX9F3MLT",
  """
Hello Seller Performance,

Good day! We are writing for our listing B0BX9F3MLT (bamboo cutting board set) which was removed for violation of the product detail page rules.

Why it happened
Our listing was removed because it violated the product detail page rules, as written in your notification.

What we fixed
We have edited the title to remove the words "best seller" and "free shipping". We also replaced the main image with a plain white background image with no text, and deleted the extra keywords from the bullet points.

How we prevent it
Before we publish or edit any listing, our VA in Manila will check it against the style guide checklist we made, and the owner will approve every title change. We will review the style guide every 3 months.

Thank you po and hoping for your kind consideration.

Joy Villanueva
Kusina Craft PH
""", style="plain", rc=None, co="What we fixed", pr="How we prevent it",
  pol=["product detail page rules"], dec=[("asin", "B0BX9F3MLT")],
  notes="Filipino; 'Why it happened' only restates the notice, so root cause is labeled absent")

M("poa-cancel-jp-012", A, "cancel-rate", "US", "other-non-native",
  "Plan of action for Cancellation Rate",
  """
Dear Seller Performance Team,

Thank you for your always support. I am Sato from Hikari Tools, Osaka. Our Pre-fulfillment Cancel Rate exceeded 2.5% and our account was deactivated. We deeply apologize and submit our plan.

A. The cause
Our inventory in our own warehouse in Japan was not synchronized with Amazon. The stock file was updated only once per week, so when items sold out in our Rakuten shop, orders on Amazon still came and we had to cancel 23 orders.

B. Actions already taken
We have introduced inventory software that connects Amazon and Rakuten stock every 15 minutes. We have set the quantity of low stock items to zero manually, and we have shipped or refunded every open order.

C. Prevention for the future
Our staff checks the sync log every morning at 9:00. When an item has less than 3 units, it is automatically removed from Amazon. Also we keep 10% safety stock for top 20 products.

We will keep our performance high. Thank you for your consideration.

Sato Kenji
Hikari Tools Co., Ltd.
""", style="lettered", rc="A. The cause", co="B. Actions already taken", pr="C. Prevention for the future",
  pol=["Pre-fulfillment Cancel Rate"],
  notes="Japanese seller writing English; complete lettered POA; polite formula apology not emotional")

M("appeal-price-native-013", A, "price-gouging", "US", "native",
  "This is ridiculous - reinstate my account NOW",
  """
I have sold on Amazon for eight years and I have never been treated like this. You shut down my entire account because of your so-called Fair Pricing Policy, over ONE listing of hand sanitizer that a repricer pushed up for a few hours on a Sunday.

I am not writing you another plan of action. I have written four of them and every time I get the same canned reply from someone who obviously did not read it. This is absolutely disgusting and you should be ashamed of how you treat the sellers who built this marketplace.

If my account is not back by Friday, I will be contacting my attorney and filing a complaint with the FTC and my state attorney general. I will also be posting every one of your form letters online.

Reinstate the account.

Greg Hollister
Hollister Supply LLC
""", pol=["Fair Pricing Policy"],
  emo=["This is absolutely disgusting and you should be ashamed of how you treat the sellers who built this marketplace.",
       "If my account is not back by Friday, I will be contacting my attorney"],
  notes="native, angry, threatens legal action, explicitly refuses a POA (A016 positive)")

M("poa-drop-kr-014", A, "drop-shipping", "US", "other-non-native",
  "Appeal for drop shipping policy violation",
  """
Dear Seller Performance Team,

Hello, this is Park Minseo from Seoul Hanbit Trading. We received notice that we violated the drop shipping policy, because some customers received packages with another retailer's invoice and box. We sincerely explain.

Our POA - the reason:
When our own stock of kitchen scales was out, our staff bought the items from a Korean online mall and made the mall send directly to customers. The mall put their own invoice inside. Our staff did not know this is not allowed on Amazon.

Our POA - how we make sure it not happen again:
Every staff will learn the drop shipping policy and sign that they understand. If stock is out, we will set the listing to zero quantity, and we never order from other retailer for the customer. Manager will check every week the purchase records.

Please consider our explanation. We want to continue selling with good service.

Park Minseo
""", style="our-poa", rc="Our POA - the reason:", co=None, pr="Our POA - how we make sure it not happen again:",
  pol=["drop shipping policy"],
  notes="Korean seller, 'Our POA' headings; no corrective part at all (nothing fixed for the past orders)")

M("brand-hijack-cn-015", B, "", "US", "chinese", "Hijacker on our brand listing, please help remove",
  """
Dear Brand Registry Team,

We are the owner of brand LUMIQO (registered trademark, US Reg. No. 6917352). From last week there is a seller "TOPDEAL-88" selling on our listing B0C8M1QX3R at a very low price. We made test buy, order 113-5520946-7781043, and received a different lamp with no logo, poor quality.

Our customers now leave bad reviews because of this fake item. We already reported through Report a Violation tool two times, but no answer.

Please remove this seller from our listing and review his account. Attached are the photos of the test buy item and our original product for comparison.

谢谢！
Chen Hao
Shenzhen Lumiqo Lighting Co., Ltd.
""", topic="hijacker",
  dec=[("trademark-number", "6917352"), ("asin", "B0C8M1QX3R"), ("order-id", "113-5520946-7781043"),
       ("foreign-snippet", "谢谢！")],
  notes="brand owner reports hijacker with test buy; Chinese thank-you inside English")

M("cat-grocery-native-016", C, "", "US", "native", "Grocery & Gourmet approval - invoices attached",
  """
Hello Category Team,

We are requesting approval to sell in Grocery & Gourmet Food. We are a small family business in Vermont that packs maple syrup and maple candy under our own brand, Sugarwood Hollow.

Attached are three invoices from our bottling supplier (the most recent is invoice 77-3019, dated October 2, 2026), our state food processing license, and photos of our labels showing the ingredient list, net weight and lot code. Our facility is registered with the FDA.

Please let us know if you need anything else, such as the nutrition panel artwork or our liability insurance certificate.

Thank you for your time,
Ruth Abernathy
Sugarwood Hollow Farm
""", topic="grocery", dec=[("invoice-number", "77-3019")],
  notes="calm native ungating request")

M("poa-restricted-yiwu-017", A, "restricted-products", "US", "chinese",
  "Appeal Restricted Products - laser pointer",
  """
Dear Amazon,

Hello, we are a Yiwu small goods seller. Our account is under review because we listed a green laser pointer, which is not allowed by the Restricted Products policy.

Root cause: We are not sure why this happened. Maybe the system think our item is high power, we don't know the exact reason, because our item is only a cat toy.

Actions we have done: We deleted the laser pointer listing and all similar listings the same day. We checked our whole catalog of 460 items and removed 3 more items that have laser inside.

Prevent measures: Before listing any new product, our staff will search in the Restricted Products help page, and if not sure we will open a case to ask seller support first. Every month we recheck the catalog.

Thank you for your support, we will follow the rules strictly.

Yiwu Meiduo Trading
""", style="inline", rc=None, co="Actions we have done:", pr="Prevent measures:",
  pol=["Restricted Products policy", "Restricted Products help page"],
  notes="Yiwu seller; 'Root cause' says 'we don't know', so root cause labeled absent")

M("fba-damaged-ph-018", F, "", "US", "other-non-native", "Reimbursement for damaged units - wrong amount and bank",
  """
Hello Seller Support,

Good day! We received reimbursement for 14 units damaged in warehouse (FNSKU X003KDP41T), but the amount is only $3.10 each, while our cost is $11.50. Please check the value again.

Also we did not receive the money in our bank. Maybe the deposit method is the old one. Our new account details are: BDO Unibank US correspondent, account number 004718293650, routing number 026009593. Please send the reimbursement there.

Reimbursement ID 4829170365 for your reference.

Thank you so much po!
Angelica Reyes
Manila Home Finds
""", topic="warehouse-damaged",
  sec=[("bank-account", "004718293650"), ("routing-number", "026009593")],
  dec=[("fnsku", "X003KDP41T"), ("reimbursement-id", "4829170365")],
  notes="Filipino seller pastes bank account and routing number into FBA case")

M("poa-vtr-native-019", A, "valid-tracking", "AU", "native",
  "Plan of action - Valid Tracking Rate below 95%",
  """
G'day Seller Performance,

Our Valid Tracking Rate dropped to 88% for the last 30 days and our selling privileges in the outdoor category have been restricted. Here's what happened and what we've done.

ROOT CAUSE
We moved from Australia Post to a local courier in October. Their tracking numbers were in a format that Amazon didn't recognise, and our shipping software was sending the courier name as "Other" with no link, so the tracking was never validated.

ACTIONS TAKEN
We went back to Australia Post for all Amazon orders on 3 November. We re-entered the correct carrier on every open order, and we've confirmed the last 200 shipments all show as valid in the report.

PREVENTION
Before we trial any new carrier, we'll check it's on Amazon's supported carrier list and test five orders first. Our ops manager checks the Valid Tracking Rate every Monday and we've set a flag at 97% so we act before it gets near the limit.

Cheers,
Liam Brennan
Ridgeback Outdoor Gear
""", style="caps", rc="ROOT CAUSE", co="ACTIONS TAKEN", pr="PREVENTION",
  pol=["Valid Tracking Rate"],
  notes="native AU, complete caps POA")

M("poa-condition-gz-020", A, "condition", "UK", "chinese",
  "Appeal about item condition complaints",
  """
Dear Sir or Madam,

Thank you for your email. We are Guangzhou Yishang Apparel. Our account received many complaints that the dresses arrived used or dirty, and the account is now deactivated for product condition complaints.

The problem happened because our returned items were sent back to sellable stock by our warehouse without checking. Some customers returned dresses that were worn, with makeup marks, and these dresses were shipped again to new buyers.

To solve this, we will ask the warehouse to separate all returned goods, and we will check the current stock one by one and dispose of any item which is not new. We are going to contact the affected customers to give them refund.

To make sure this never happens again, returned items will go to a special area and only our QC staff can decide if it is new condition. Damaged or worn items will be destroyed, not resold.

We are sorry for the inconvenient and hope to get back our account.

Best regards
Guangzhou Yishang Apparel
""", style="none", rc="The problem happened because", co="To solve this, we will", done=False,
  pr="To make sure this never happens again",
  pol=["product condition complaints"], dec=[("single-apology", "We are sorry for the inconvenient")],
  notes="Guangzhou apparel, no headings; corrective is future only (not done)")

# ---------------------------------------------------------------- chunk 2

M("poa-related-sz-021", A, "related-accounts", "US", "chinese",
  "Appeal - account linked with other account",
  """
Dear Seller Performance Team,

We received email that our account is linked with another seller account which was suspended before. We are Shenzhen Ruiqi Electronics.

## Reason of the problem
After investigation, we find our former employee used the same office computer and the same Wi-Fi network to login his own store "KOVO Direct". He left our company in August, but his store was suspended in September. Because we share the IP address, the system link us.

## What we have did
We have changed our office network and bought new computers only for our store. We removed all old browser data. We attached the lease contract of our office and his resignation letter.

## Measures to avoid
We promise we will never have any relation with other account again. It will not happen again.

Thank you for your time.
Ruiqi Electronics
""", style="markdown", rc="Reason of the problem", co="What we have did", pr=None,
  notes="'Measures to avoid' is only a promise, preventive absent; 'linked with another seller account' is a description, not a policy name")

M("appeal-odr-zh-022", A, "odr", "US", "chinese",
  "求求你们恢复我的账号",
  """
亚马逊您好：

我的店铺因为订单缺陷率超过1%被停用了，已经三个星期了，我真的快撑不下去了。工厂在催货款，仓库里还有几千个手机壳卖不出去，员工的工资也发不出来。

求求你们了，再给我一次机会吧！我一个人从零开始做这个店，做了四年，所有的积蓄都在里面。如果账号回不来，我们全家都完了。

那些差评都是因为物流慢，不是产品问题。我已经给每一位买家都退款了。拜托你们尽快恢复我的账号，我每天都睡不着觉。

深圳 陈先生
""", lang="zh", pol=["订单缺陷率"],
  emo=["我真的快撑不下去了", "求求你们了，再给我一次机会吧！", "如果账号回不来，我们全家都完了。", "我每天都睡不着觉"],
  notes="Chinese text on US; despair and begging; no POA (only a claim that refunds were made)")

M("poa-iptm-native-023", A, "ip-trademark", "US", "native",
  "Appeal: trademark complaint on phone stand listings",
  """
Hello,

Our account was flagged for a trademark complaint from the owner of the "GripLoop" mark. We take intellectual property seriously and have looked into it.

1. Why it happened
Our listing writer used "griploop style" in the titles and search terms of four phone stands because buyers search that word. We did not check that it was a registered trademark.

2. Preventing this going forward
Every new title and search term list will be checked against the USPTO database before going live. The listing writer and I completed Amazon's intellectual property training module, and we keep a list of protected words that our listing tool blocks.

Please let us know if you need more information.

Best,
Marcus Lee
Deskside Goods
""", style="numbered", rc="1. Why it happened", co=None, pr="2. Preventing this going forward",
  pol=["trademark complaint"],
  notes="native; never says the titles were fixed or anything done about the complaint: corrective absent")

M("tech-payment-kr-024", T, "", "US", "other-non-native", "Credit card charge failed - cannot update",
  """
Hello,

Our monthly subscription fee failed to charge and now there is red banner on account. I try to add the new card in Settings but the page shows error "We were unable to verify your card".

Here is the card information, please add it for us from your side:
Card number 5520 3188 4602 9177
Expiry 11/29
CVC 318
Name on card: LEE SOOJIN

It is Hana Card (Mastercard) from Korea. We used the same card before without problem. Please help fast because our listings are inactive now.

Thank you.
Lee Soojin
Blossom K-Beauty
""", topic="payment-method",
  sec=[("card", "5520 3188 4602 9177"), ("card-expiry", "11/29"), ("card-code", "318")],
  notes="Korean seller pastes full card, expiry and CVC")

M("poa-usnew-ph-025", A, "used-sold-as-new", "US", "other-non-native",
  "Appeal - used sold as new complaints",
  """
Dear Seller Performance,

Good day! We are Bayani Gadgets. Our account was deactivated for used sold as new complaints on our refurbished earbuds.

ROOT CAUSE
We bought a lot of earbuds from a liquidator in California. Some units were open box returns, but the liquidator labeled the whole pallet as new. We listed all of them as New without inspecting each box.

WHAT WE WILL DO
We will recall the remaining FBA stock and inspect every unit. The units that are open box will be relisted in the Used condition or sent back. We will also email the buyers who complained and offer full refund.

PREVENTION
We will only buy new stock from authorized distributors with invoice. Liquidation stock will always be listed as Used after inspection with photo record.

We hope you can give us one more chance to prove ourselves. Salamat po.

Ramon dela Cruz
""", style="caps", rc="ROOT CAUSE", co="WHAT WE WILL DO", done=False, pr="PREVENTION",
  pol=["used sold as new complaints"],
  dec=[("mild-plea", "We hope you can give us one more chance to prove ourselves."), ("foreign-snippet", "Salamat po.")],
  notes="Filipino; corrective only planned; a single polite plea is a decoy")

M("appeal-conduct-jp-026", A, "seller-code-of-conduct", "US", "other-non-native",
  "Question about suspension of our account",
  """
Dear Amazon Seller Performance Team,

I am writing from Kyoto Washi Studio. This morning we found our account suspended and the email does not explain enough for us to understand what we did. We are very sorry to trouble you.

We have sold handmade paper goods for two years with no problem. Last week, one customer asked us to send the item outside Amazon and pay by bank transfer, but we refused and answered only in buyer-seller messages.

Could you kindly tell us which activity was the problem, and which information you need from us? We will prepare the documents quickly. We will respond within 24 hours after your reply.

Best regards,
Nakamura Aoi
Kyoto Washi Studio
""", dec=[("single-apology", "We are very sorry to trouble you.")],
  notes="Japanese seller, calm question, no POA, no policy named; one polite apology is a decoy")

M("poa-copyright-native-027", L, "ip-copyright", "US", "native",
  "Reinstatement request - copyright notice on poster listing",
  """
Hello,

Our listing for the botanical wall poster set was removed after a copyright infringement notice. Here is our response.

Root cause: Two of the six images in the set were drawn by a freelance artist who, we have since learned, traced them from a published botanical book. We paid for the artwork but did not ask for proof that it was original.

What we did: We removed those two prints from the set, had our in-house designer draw replacements from scratch, and uploaded new images with the original sketches attached to this case. We also contacted the publisher, who has confirmed in writing that the remaining prints do not use their work.

Going forward: Every freelance contract now includes an originality warranty, and we run every new design through a reverse image search before printing.

Thanks for taking a look.
Jenna Park
Fernway Prints
""", style="inline", rc="Root cause:", co="What we did:", pr="Going forward:",
  pol=["copyright infringement notice"],
  notes="native, complete inline POA, listing-level")

M("fba-removal-cn-028", F, "", "US", "chinese", "Removal order lost - request reimbursement",
  """
Hello Seller Support,

We created removal order 7Q4LXN2B9K on October 20 for 120 units of bluetooth speaker. The order status is Completed, but we only received 1 carton with 40 units. The other 2 cartons never arrived at our warehouse in Los Angeles.

Carrier UPS, tracking numbers 1Z4F86W20392718465 and 1Z4F86W20392718474. The tracking shows only label created for the second and third carton.

Please help to investigate and reimburse the 80 missing units. Our cost price invoice is attached.

Thanks a lot,
Vivian
Guangdong Soundwave Tech
""", topic="removal",
  dec=[("removal-order-id", "7Q4LXN2B9K"), ("tracking-number", "1Z4F86W20392718465"),
       ("tracking-number", "1Z4F86W20392718474")],
  notes="calm Chinese FBA removal claim with tracking decoys")

M("poa-gouging-tw-029", A, "price-gouging", "US", "chinese",
  "Appeal for pricing violation on face masks",
  """
Dear Seller Performance Team,

Our listing of KN95 masks was flagged and the account is at risk because of the Fair Pricing Policy.

**Root cause**
The price of our item was considered higher than recent prices offered on or off Amazon, which violated the Fair Pricing Policy.

**Actions completed**
We have lowered the price from $39.99 to $14.99, which is the same price as in September. We turned off the automatic repricing rule "match buy box + 20%" for all items.

**Preventive plan**
Our manager sets a maximum price for every SKU in the repricer, not more than 10% above the 90-day average. We check a price report every day at 10am Taipei time.

Best regards,
Wang Chia-Hao
Taipei Everwell Co.
""", style="bold", rc=None, co="Actions completed", pr="Preventive plan",
  pol=["Fair Pricing Policy"],
  notes="Taiwan seller; the 'Root cause' heading only restates the notice (no actual cause), so root cause absent")

M("tech-tax-native-030", T, "", "CA", "native", "Tax interview keeps rejecting our business number",
  """
Hi,

I've tried the tax interview five times and it keeps saying our information does not match. We're a Canadian corporation and I'm entering our business number exactly as it appears on our CRA letter. For our US sales I also entered our EIN 84-2917365.

Before anyone asks, yes, I reset my password twice and cleared the cache, and I tried Chrome and Firefox. The error is "TIN mismatch - code TX-403".

Can someone tell me which field is wrong, or whether the interview has a problem with Canadian corporations right now?

Thanks,
Heather MacLeod
Maple Ridge Outfitters
""", topic="tax-interview",
  dec=[("tax-id", "84-2917365"), ("password-word", "I reset my password twice"), ("error-code", "TX-403")],
  notes="native CA; 'password' mentioned with no value is a decoy")

M("poa-inauth-tl-031", A, "inauthentic", "US", "other-non-native",
  "Apela para sa aking account - inauthentic complaint",
  """
Magandang araw po Amazon Seller Performance Team,

Ako po si Carlo Mendoza ng CM Beauty Hub. Na-deactivate po ang aming account dahil sa inauthentic complaint sa aming facial serum.

Ang naging dahilan po ay bumili kami ng 100 piraso mula sa isang reseller sa Divisoria na walang resibo mula sa brand. Hindi po namin nasuri kung orihinal ang mga ito.

Nagawa na po namin ang mga sumusunod: tinanggal na namin ang listing, ipinabalik na namin ang natitirang stock mula sa FBA, at ni-refund na namin ang lahat ng customer na nagreklamo.

Para hindi na po ito maulit, bibili na lamang kami sa authorized distributor na may invoice at sulat ng awtorisasyon, at susuriin namin ang bawat bagong supplier bago bumili.

Maraming salamat po sa inyong pag-unawa.

Carlo Mendoza
""", lang="tl", style="none", rc="Ang naging dahilan po ay", co="Nagawa na po namin", pr="Para hindi na po ito maulit",
  pol=["inauthentic complaint"],
  notes="Tagalog text on US (non-english defect); complete POA with content cues, no headings")

M("brand-contrib-native-032", B, "", "US", "native", "Someone keeps changing our product images",
  """
Hello Brand Registry,

For the third time this month, our main image and title on ASIN B0D1RW7KHP were replaced with another seller's contribution. The new main image shows a different color and the title now says "2-pack", which is wrong: our product is a single unit.

We are the registered brand owner (Brand: TALLPINE) and we created this listing in 2024. We've submitted the correct data through the Manage Your Catalog tool each time, but it gets overwritten within a day or two.

Could you lock the detail page attributes to the brand owner's contribution and look into who is submitting the changes?

Thank you,
Sam Whitaker
Tallpine Camping Co.
""", topic="listing-contribution", dec=[("asin", "B0D1RW7KHP")],
  notes="calm native brand message about listing contributions")

M("poa-late-native-033", A, "late-shipment", "CA", "native",
  "Late Shipment Rate appeal",
  """
Hello,

Our Late Shipment Rate hit 6.1% in the last 10 days. Here is our explanation.

A) Cause
Our only warehouse employee was out sick for a week in early November and we didn't have anyone trained to cover. Orders piled up and went out two or three days late.

B) What we did about it
We caught up on the backlog within three days, and two of us in the office learned the whole packing and label process so there is backup. We also raised our handling time to two days during the holiday season.

C) Going forward
We'll do better going forward and we're confident this was a one-time issue.

Thanks,
Priya Raman
Hearthstone Candle Co.
""", style="lettered", rc="A) Cause", co="B) What we did about it", pr=None,
  pol=["Late Shipment Rate"],
  notes="native CA; 'Going forward' only promises to do better, no measure: preventive absent")

M("poa-cond-yiwu-034", L, "condition", "US", "chinese",
  "Reinstate listing - condition complaint, so sorry",
  """
Dear Amazon Team,

We are so so sorry!! We apologize again and again, it is all our fault, please forgive us, we feel very very ashamed. Our listing of plastic storage boxes was deactivated for condition complaints, customers said the box arrived broken.

1. Root cause: the boxes were packed without bubble wrap, only one thin polybag, so the corners cracked during delivery.
2. What we have done: we have added bubble wrap and a carton box for every unit, and we repacked all 600 units in FBA through the repackaging service.
3. Prevention: every new batch we will do drop test of 1.2 meter before shipping, and monthly check the return reasons report.

Again sorry sorry sorry, we will never make you disappointed again. Please give our listing back.

Yiwu Haoyun Household
""", style="numbered", rc="1. Root cause:", co="2. What we have done:", pr="3. Prevention:",
  pol=["condition complaints"],
  emo=["We are so so sorry!! We apologize again and again, it is all our fault, please forgive us, we feel very very ashamed.",
       "Again sorry sorry sorry"],
  notes="Yiwu seller; complete POA but excessive apology (emotional)")

M("cat-jewelry-kr-035", C, "", "US", "other-non-native", "Request approval for Fine Jewelry category",
  """
Hello Amazon Category Team,

We are Seoul Silverline, a jewelry maker in Jongno, Seoul. We make 925 sterling silver rings and necklaces ourselves. We want to apply for Fine Jewelry approval.

We prepared the documents: business registration certificate, our workshop photos, assay test report from Korea Testing Laboratory for the silver purity, and our product catalog with 35 designs. Our annual revenue is above the requirement.

Please let us know if there is more information you need. We are very happy to sell our products to US customers.

Thank you very much.
Choi Hyunwoo
Seoul Silverline
""", topic="jewelry", notes="Korean jeweler ungating request, calm")

M("appeal-bsa-cn-036", A, "identity-verification", "US", "chinese",
  "身份验证申诉 - 银行账户信息",
  """
您好，卖家身份验证团队：

我们的账户因为卖家身份验证未通过而被暂停。系统说我们提供的银行对账单和注册信息不一致。我们已经重新上传了营业执照和法人身份证。

为了方便你们核对，我把银行信息写在这里：
户名：深圳市星途电子商务有限公司
银行账号：6217003810024598713
开户行：中国建设银行深圳南山支行

对账单上的地址是我们的旧地址，我们上个月搬到了新的办公室，新地址的租赁合同也已经上传。请帮忙重新审核，谢谢。

星途电商 刘女士
""", lang="zh", pol=["卖家身份验证"],
  sec=[("bank-account", "6217003810024598713")],
  notes="Chinese on US; bank account number pasted with 开户行; no POA (documents only) so A016 positive")

M("poa-review-kr-037", A, "review-manipulation", "US", "other-non-native",
  "POA - Community Guidelines violation",
  """
Dear Seller Performance Team,

This is Jung Hyejin of Mirae Skin. We received notice that our account violated the Community Guidelines because of reviews on our sheet mask listing.

Our POA 1 - Why: Our Korean marketing staff asked friends and family members in the US to buy our product and leave review. She thought it is normal marketing like in Korea. These reviews were not honest.

Our POA 2 - What we did: We stopped this activity immediately. We asked all those people to delete their reviews, and 14 reviews are deleted. The staff was removed from the marketing role.

Our POA 3 - How we prevent: We use only Amazon Vine for new product reviews. All marketing staff read the Community Guidelines and signed a confirmation. CEO checks the marketing plan every month.

Thank you for your review.
Jung Hyejin
""", style="our-poa", rc="Our POA 1 - Why:", co="Our POA 2 - What we did:", pr="Our POA 3 - How we prevent:",
  pol=["Community Guidelines"], notes="Korean; complete our-poa style")

M("tech-api-native-038", T, "", "US", "native", "SP-API returning 403 for Orders endpoint",
  """
Hi developer support,

Since yesterday afternoon our private app (App ID amzn1.sp.solution.4f2c9a61-7e3b-4d8a-b1f0-2c6e9a83d517) gets 403 Unauthorized on getOrders, although the same refresh token works for the Reports API. We re-authorized the app from Seller Central this morning and nothing changed.

Our merchant token is A2K9PQ7XR4LMN3, in case you need it for the logs. The request ID of one failing call is 8f3e2c1a-55d0-4b6e-9f27-0e1d2b3c4a5f.

Did the Orders role get removed from our developer profile? We restored PII access last month after the audit.

Thanks,
Nate Gallagher
Shelfwise Software (for Pinecrest Home)
""", topic="api",
  dec=[("app-id", "amzn1.sp.solution.4f2c9a61-7e3b-4d8a-b1f0-2c6e9a83d517"), ("merchant-token", "A2K9PQ7XR4LMN3"),
       ("request-id", "8f3e2c1a-55d0-4b6e-9f27-0e1d2b3c4a5f")],
  notes="native developer; long IDs are not secrets (no token value pasted)")

M("poa-drop-native-039", A, "drop-shipping", "UK", "native",
  "Drop Shipping Policy - plan of action",
  """
Dear Seller Performance,

We have received your notice that our account breached the Drop Shipping Policy. Please find our plan below.

## Why it happened
During a stock shortage in October we placed orders for our customers on another online retailer and had them delivered directly. The parcels arrived in that retailer's packaging with their paperwork.

## What we are going to do
We will cancel our business account with the other retailer. We are going to contact every affected buyer to apologise and offer a refund, and we will set all out-of-stock listings to zero.

## Stopping it happening again
Stock levels will be checked daily against our reorder points, and listings will be paused automatically at two units. Only our own warehouse will ever fulfil orders.

Kind regards,
Helen Pryce
Pryce & Daughters Homeware
""", style="markdown", rc="Why it happened", co="What we are going to do", done=False, pr="Stopping it happening again",
  pol=["Drop Shipping Policy"], notes="native UK; corrective heading and content are future only")

M("fba-return-jp-040", F, "", "US", "other-non-native", "Customer return not received - request reimbursement",
  """
Dear Seller Support,

We would like to request investigation about one customer return. Order 114-2038561-7720934 was refunded to the customer on October 2, but the item (ceramic tea set, FNSKU X002PLQ8VN) is not returned to our inventory after 60 days.

The return LPN is LPNRR493817265, and the tracking shows it delivered to the return center on October 9. However in Manage Inventory it is not added.

We kindly ask you to reimburse this unit or return it to our inventory. Thank you for your kind support.

Best regards,
Ito Haruka
Seto Craft Japan
""", topic="customer-return",
  dec=[("order-id", "114-2038561-7720934"), ("fnsku", "X002PLQ8VN"), ("lpn", "LPNRR493817265")],
  notes="Japanese seller writing English, calm FBA return claim")

# ---------------------------------------------------------------- chunk 3

M("poa-counterfeit-sz-041", A, "counterfeit", "US", "chinese",
  "Appeal counterfeit complaint - earphone case",
  """
Dear Seller Performance Team,

Our account is suspended for counterfeit complaint on silicone earphone cases. We are Shenzhen Yuelin Trading.

## Root cause
1) Our case design has an apple shape logo hole which look like the brand logo. Rights owner think our product is counterfeit.
2) Our product title used "for AirPods" in the first words, which makes customer think it is original accessory.

## Prevent measures
1) Design team will check all new molds, no shape similar to any famous logo.
2) Title must write our brand first, and "compatible with" only after product name.
3) Every quarter we ask a lawyer to review our top 50 listings.

Hope you can accept our appeal. Thanks.
Yuelin Trading
""", style="mixed", rc="Root cause", co=None, pr="Prevent measures",
  pol=["counterfeit complaint"],
  notes="markdown headings with numbered items (mixed); nothing done about existing listings or stock: corrective absent")

M("appeal-related-native-042", A, "related-accounts", "US", "native",
  "Account deactivated - need details",
  """
Hello,

My account was deactivated yesterday with a message saying it may be connected to another account that is not permitted to sell. I have only ever had this one seller account. My husband has his own account for his woodworking business, but we file separate taxes and use separate bank accounts and cards.

It's frustrating not to know what the connection is. Can you tell me what information links the two accounts so I can respond properly? I'm happy to provide utility bills, bank statements, or anything else that would help.

Thank you,
Laura Jensen
Jensen Quilt Works
""", dec=[("mild-word", "It's frustrating")],
  notes="native, calm request for details; no POA, no policy named; 'frustrating' is a mild-word decoy")

M("poa-safety-jp-043", A, "product-safety", "US", "other-non-native",
  "About the suspension of our heating pad listings",
  """
Dear Seller Performance Team,

Thank you for your notice. We are Aozora Home Electric from Nagoya. We would like to submit our plan.

1. Cause
We are now investigating with our factory. At the moment we cannot say what is the cause, and we will report when the result is ready.

2. Actions done
We have stopped the sales of all 4 heating pad models and asked removal of the FBA stock (380 units). We have contacted each customer who reported overheating and refunded them.

3. Prevention
Before restarting sales, every model will be tested by a third party laboratory under UL 130 standard. Our QC team will check the thermostat of 5% of units in every lot.

We apologize for the concern. Best regards,
Yamamoto Ryo
Aozora Home Electric
""", style="numbered", rc=None, co="2. Actions done", pr="3. Prevention",
  notes="Japanese; cause section says 'still investigating' so root cause absent; no policy named (only 'your notice')")

M("tech-deposit-tw-044", T, "", "UK", "chinese", "Deposit method verification failed",
  """
Dear Seller Support,

Our deposit method in the UK store failed verification again. The bank is HSBC UK, account holder Formosa Bright Ltd.

IBAN: GB59HBUK40127668093152
SWIFT: HBUKGB4B

Please check why it is not verified, we already uploaded the bank statement two times. The disbursement is on hold now and we need it for paying our factory before Chinese New Year.

Thank you,
Lin Yu-Ting
""", topic="deposit-method",
  sec=[("iban", "GB59HBUK40127668093152")], dec=[("swift-code", "HBUKGB4B")],
  notes="Taiwan seller pastes IBAN; SWIFT code is a decoy")

M("poa-vtr-zh-045", A, "valid-tracking", "US", "chinese",
  "有效追踪率申诉",
  """
尊敬的亚马逊团队：

我们是广州快捷家居用品店。我们的有效追踪率低于95%，账户被限制。以下是我们的改进计划。

问题原因：我们使用的物流公司在系统里选择了"其他"，追踪号码没有被亚马逊识别，所以很多订单显示没有有效追踪。

已经完成的改正：我们已经更换为亚马逊支持的承运商（云途物流），并且已经为过去30天的所有订单重新上传了正确的追踪号码。

预防措施：以后每天由专人检查发货记录，确保每个订单都选择正确的承运商；每周检查一次有效追踪率报告，低于98%马上处理。

谢谢您的审核！
""", lang="zh", style="colon", rc="问题原因：", co="已经完成的改正：", pr="预防措施：",
  pol=["有效追踪率"], notes="Chinese on US (non-english); complete POA, colon-style headings")

M("poa-listing-native-046", L, "listing-policy", "US", "native",
  "Listing reinstatement - prohibited claims",
  """
Hi,

Our dog shampoo listing was removed for a prohibited claim under the pesticide claims policy.

What caused it
The bullet points said the shampoo "repels fleas and ticks". That is a pesticide claim, and our product is not EPA registered.

What we changed
We rewrote all five bullets and the description to remove every flea, tick and insect reference. The label artwork has been updated the same way and new stock with the new label is on its way to FBA.

What we do now
Every listing goes through a second reviewer with a banned-words list before publishing.

Thanks,
Tom Reyes
Muddy Paws Co.
""", style="plain", rc="What caused it", co="What we changed", pr="What we do now",
  pol=["pesticide claims policy"], notes="native, short complete plain-style POA")

M("appeal-cancel-ph-047", A, "cancel-rate", "US", "other-non-native",
  "Cancellation rate - my last hope",
  """
Dear Amazon,

I am writing again for the fifth time about my account that was deactivated for high cancellation rate. Nobody is answering me properly, only copy paste.

Honestly I am crying while writing this. This account is my last hope, I already sold my motorbike to buy the inventory. Please, I am on my knees, have mercy and open my account. I cannot feed my family if this continues.

The cancel happened because my supplier closed, it is not my fault. Now I have a new supplier already.

Please reply this time.
Jericho Bautista
""", pol=["cancellation rate"],
  emo=["Honestly I am crying while writing this.", "This account is my last hope",
       "Please, I am on my knees, have mercy and open my account.", "I cannot feed my family if this continues."],
  notes="Filipino, despair and begging; one-line cause and supplier change are not a POA")

M("poa-restricted-native-048", L, "restricted-products", "US", "native",
  "Restricted Products - CBD listing removed",
  """
Hello,

Our hemp seed oil listing was removed under the Restricted Products policy because the listing was flagged as containing CBD.

ROOT CAUSE
The product itself contains no CBD, but our backend search terms included "cbd oil" and "cannabidiol", copied from a competitor's keyword report by a new hire.

CORRECTIVE ACTION
We will remove the search terms and we will send the lab certificate of analysis showing 0% CBD. We also plan to re-check the other twelve hemp listings.

PREVENTIVE ACTION
All keyword lists will be reviewed against the restricted keyword list before upload, and new staff will get listing training in their first week.

Regards,
Alicia Grant
Golden Acre Naturals
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", done=False, pr="PREVENTIVE ACTION",
  pol=["Restricted Products policy"], notes="native; corrective is future only ('we will'), not done")

M("brand-own-ja-049", B, "", "JP", "other-non-native",
  "ブランド登録の所有者変更について",
  """
Amazonブランド登録サポート ご担当者様

お世話になっております。株式会社ミナト雑貨の田中です。
当社の商標「ミナトノート」のブランド登録が、以前の代理店のアカウントで登録されたままになっております。代理店との契約は今年3月に終了しており、商標権者は当社です。

ブランドの管理者を当社アカウントに変更していただけますでしょうか。商標登録証（登録第6612458号）の写しを添付いたします。

なお、代理店から共有されたブランド登録アカウントのログイン情報は、メール minato-brand@example.jp、パスワード Mnt#2025note です。必要であればご確認ください。

何卒よろしくお願いいたします。
""", lang="ja", topic="brand-ownership",
  sec=[("password", "Mnt#2025note")], dec=[("trademark-number", "6612458")],
  notes="Japanese on JP (own marketplace); password pasted inside Japanese text")

M("poa-iptm-kr-050", A, "ip-trademark", "US", "other-non-native",
  "Trademark infringement appeal - Seoul Hanbit Trading",
  """
Dear Seller Performance,

We respectfully submit our plan about the trademark infringement complaint on our phone strap listings.

**Root cause of the issue**
Our product photos showed a cartoon character from a famous brand, because our designer used it as a background decoration. We did not recognize it is a registered trademark.

**Corrective steps completed**
All 7 listings were edited with new photos without the character. We deleted the old photo files and printed packaging. We contacted the rights owner by email and they confirmed the complaint is withdrawn.

**Preventive steps**
Our designer and manager attended an IP education course from KIPO. Every new image must be checked by the manager with a checklist before upload.

If you need more information, please call us at +82 2-3471-5092 (Seoul office).

Park Minseo
""", style="bold", rc="Root cause of the issue", co="Corrective steps completed", pr="Preventive steps",
  pol=["trademark infringement complaint"], dec=[("phone", "+82 2-3471-5092")],
  notes="Korean; complete bold POA; phone number decoy")

M("fba-inbound-native-051", F, "", "US", "native", "Damaged pallet at receiving - BOL attached",
  """
Hello,

Our LTL shipment FBA18Q2MZ7WD arrived at TEB3 with one of four pallets crushed. The carrier's delivery receipt was signed clean, but the receiving notes in the shipment events show "damaged - 36 units". We were never reimbursed for those units.

BOL number: 482910375
PRO number: 0917-443-2286

We've attached the photos our freight broker took at pickup showing the pallet was intact and wrapped. Please review the damaged units and reimburse them at our cost.

Regards,
Kevin Doyle
Summit Shelf Supply
""", topic="damaged-inbound",
  dec=[("shipment-id", "FBA18Q2MZ7WD"), ("bol-number", "482910375"), ("pro-number", "0917-443-2286")],
  notes="native; 9-digit BOL (fails ABA check) and PRO number are decoys")

M("poa-odr-gz-052", A, "odr", "US", "chinese",
  "ODR appeal - Guangzhou apparel store",
  """
Dear Amazon Seller Performance Team,

Our ODR went to 2.3% and we lost the selling privileges. We are Guangzhou Meiyi Fashion and we want to explain.

A. Reason
Many customers receive the wrong size of jackets. Our size chart on the listing was in Asian size, but the customers choose by US size, so the jackets are too small and they leave negative feedback and A-to-z claims.

B. What we have done
We changed the size chart of all 18 jackets to US size, and added "please choose one size bigger" note. We have refunded all customers with A-to-z claims and apologized by message.

C. Future
We will try our best to give customers the best experience and satisfy them.

Thank you very much.
Meiyi Fashion
""", style="lettered", rc="A. Reason", co="B. What we have done", pr=None,
  pol=["ODR"], notes="Guangzhou apparel; 'Future' is only a general promise: preventive absent")

M("poa-patent-native-053", A, "ip-patent", "US", "native",
  "Patent infringement - plan of action",
  """
Hello Seller Performance,

Our account received a patent infringement complaint from the holder of US Patent No. 11,482,907 covering a collapsible pet bowl design.

1) Root cause
We sourced our collapsible bowl from a manufacturer who told us the hinge design was their own. We did not run a patent search before launching.

2) Actions completed
We closed the listing, removed all FBA inventory, and stopped the open purchase order with the factory. Our attorney reviewed the patent and we agree our bowl falls under claim 1, so we are not disputing it.

3) Preventive measures
Before launching any product with a mechanical feature, we now pay for a freedom-to-operate search. Our supplier agreement now includes an IP indemnity clause.

Sincerely,
Beth Connolly
Wagtail Goods
""", style="numbered", rc="1) Root cause", co="2) Actions completed", pr="3) Preventive measures",
  pol=["patent infringement complaint"], dec=[("patent-number", "11,482,907")],
  notes="native; complete numbered POA")

M("cat-toys-cn-054", C, "", "US", "chinese", "Apply for selling toys in holiday season",
  """
Dear Category Approval Team,

We are Shantou Lequ Toys, a toy manufacturer in Chenghai district. We want to apply to sell toys during the Q4 holiday season.

We have sold on Amazon for more than 2 years, our Order Defect Rate is 0.3% and Late Shipment Rate 0.8%, which meet the requirement. All our products have CPC certificate and ASTM F963 test report from Intertek, report number SHT-24-118372.

Please approve our request. If you need other document, please tell us.

Best regards,
Lequ Toys
""", topic="toys-holiday",
  pol=["Order Defect Rate", "Late Shipment Rate"], dec=[("certificate-number", "SHT-24-118372")],
  notes="Chinese toy maker, category request; metric names are named but T007 does not apply")

M("cover-listing-jp-055", A, "listing-policy", "US", "other-non-native",
  "Plan of action attached - listing policy violation",
  """
Dear Seller Performance Team,

Thank you for your continued support. This is Hikari Tools Co., Ltd.

Regarding the deactivation of our account for the violation of product detail page rules, we have written the plan of action with the root cause, corrective actions and preventive measures. Please find it in the attachment "HikariTools_PlanOfAction.pdf".

In addition, we attached a list of the 56 ASINs we have corrected, with before and after screenshots.

We apologize for the trouble and we appreciate your review.

Sincerely,
Sato Kenji
""", att=True, pol=["product detail page rules"], dec=[("file-name", "HikariTools_PlanOfAction.pdf")],
  notes="Japanese cover letter, POA attached: no A016")

M("tech-2sv-ph-056", T, "", "US", "other-non-native", "2-step verification problem, new phone",
  """
Hi Seller Support,

I changed my phone and now I can not pass the 2-step verification. The OTP is going to my old number which is already deactivated.

I tried the "Didn't receive the OTP" link, it send to my email but the email OTP also not working. Just now I received one in email: 902 517. It says invalid when I type it.

My new number is +63 917 824 5531. Please update it so I can login, I need to ship orders today.

Thank you,
Paolo Garcia
""", topic="login",
  sec=[("one-time-code", "902 517")], dec=[("phone", "+63 917 824 5531"), ("otp-word", "Didn't receive the OTP")],
  notes="Filipino; OTP pasted with a space in the middle; the OTP link name is a word-only decoy")

M("poa-usnew-native-057", A, "used-sold-as-new", "AU", "native",
  "Used sold as new - plan of action",
  """
Hi team,

Our account was suspended after several used sold as new complaints on our stand mixers.

Our POA - Root cause: Returned units that were repackaged by our 3PL went back into new stock. The 3PL's process let returns be resealed if the outer box looked undamaged.

Our POA - Corrective actions: We've recalled our FBA stock and checked every unit against serial numbers from our supplier, and we've removed 22 repackaged units. The 3PL has been told in writing to quarantine every return.

Our POA - Prevention: Returns now go to our own premises, not the 3PL. Any opened unit is sold only as Used - Like New, and we audit the 3PL's stock monthly.

Thanks for reviewing,
Nick Tran
Bayside Appliances
""", style="our-poa", rc="Our POA - Root cause:", co="Our POA - Corrective actions:", pr="Our POA - Prevention:",
  pol=["used sold as new complaints"], notes="native AU; complete our-poa POA")

M("poa-inauth-tw-058", A, "inauthentic", "US", "chinese",
  "Appeal inauthentic item complaint",
  """
Dear Seller Performance Team,

We are Kaohsiung Ocean Gear, selling diving masks. Our account is deactivated due to inauthentic item complaints.

ROOT CAUSE
We received inauthentic item complaints from customers and our account was deactivated according to the policy.

CORRECTIVE ACTIONS
We have provided the invoices from the manufacturer for the past 365 days. We have removed the listing of the mask model which had the complaints, and sent back the FBA stock to Taiwan for inspection.

PREVENTIVE ACTIONS
We keep all supplier invoices and packing lists for 3 years. Every batch is compared with the manufacturer's sample by our QC staff, and we only buy direct from the factory.

Best regards,
Kaohsiung Ocean Gear
""", style="caps", rc=None, co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  pol=["inauthentic item complaints"],
  notes="Taiwan; ROOT CAUSE section only restates the notice: root cause absent")

M("fba-lost-kr-059", F, "", "US", "other-non-native", "Lost units in fulfillment center",
  """
Hello,

In our inventory ledger, 9 units of FNSKU X004DK2M8A were marked as "lost" at PHX7 on October 11, but there is no reimbursement until now, 50 days later.

It is a little bit frustrating because we already opened a case before and it was closed without result. Could you please check again and reimburse these units? The item is hair straightener, sale price $49.

Thank you for your help.
Oh Seungmin
Glow Lab Korea
""", topic="warehouse-lost",
  dec=[("fnsku", "X004DK2M8A"), ("mild-word", "It is a little bit frustrating")],
  notes="Korean, calm; mild frustration is a decoy")

M("poa-gouging-native-060", A, "price-gouging", "US", "native",
  "Account deactivation - pricing",
  """
Hello,

Our account was deactivated for a price on bottled water that broke Amazon's pricing rules during the storm last month.

What happened: Our repricer had no maximum price set for the 24-pack. When supply in our area dried up, it raised the price to $64.99 to stay below the only other offer. We weren't watching it over the weekend of the storm.

How we'll prevent it: Every SKU now has a hard maximum in the repricer of 15% above its 90-day average price, and an alert goes to my phone whenever any price changes more than 10% in a day. During declared emergencies we will turn the repricer off entirely.

Thank you,
Rick Dominguez
Lone Star Pantry
""", style="inline", rc="What happened:", co=None, pr="How we'll prevent it:",
  pol=["Amazon's pricing rules"],
  notes="native; no corrective part (price never said to be fixed, buyers not refunded); policy named loosely ('pricing rules') counted as cited")

# ---------------------------------------------------------------- chunk 4

M("poa-lsr-inauth-sz-061", L, "inauthentic", "US", "chinese",
  "Listing B0CZ4M7TQ2 removed, request reinstate",
  """
Hello Seller Performance Team,

Our listing B0CZ4M7TQ2 (wireless charger pad) was removed. We are Shenzhen Boyu Technology.

1. The reason of the problem
We bought 500 pcs of the charging coil module from a new supplier in Huaqiangbei market without invoice. The output power was lower than our listing said, so customers think the product is not genuine.

2. What we have done
We removed all 318 units from FBA and sent them back. We changed to our old supplier and received new stock with invoice and test report. We refunded all customers who complained.

Thank you for checking, hope the listing can be reinstated soon.

Boyu Technology
""", style="numbered", rc="1. The reason of the problem", co="2. What we have done", pr=None,
  dec=[("asin", "B0CZ4M7TQ2")],
  notes="Shenzhen; no preventive part; no policy named (only 'not genuine')")

M("poa-lsr-iptm-native-062", L, "ip-trademark", "US", "native",
  "Reinstate listing after trademark complaint was retracted",
  """
Hello,

Our listing for the insulated lunch tote (B0C3HV8R1N) was removed after a trademark complaint. The complaining party has now retracted it; their retraction email is attached.

Root cause:
A photo supplied by our manufacturer showed a competitor's logo on a water bottle next to our bag. We didn't notice it.

Corrective action:
We replaced the image with our own studio photo on November 20 and contacted the rights owner, who agreed to retract.

Prevention:
We shoot all product photos ourselves now and never use supplier images.

Thanks,
Claire Dubois
Brightside Bags
""", style="colon", rc="Root cause:", co="Corrective action:", pr="Prevention:",
  pol=["trademark complaint"], dec=[("asin", "B0C3HV8R1N")],
  notes="native; short but complete colon POA")

M("poa-lsr-safety-kr-063", L, "product-safety", "US", "other-non-native",
  "Product safety - listing of baby bath seat",
  """
Dear Amazon Team,

We are Hanul Baby from Incheon. Our baby bath seat listing was deactivated for product safety reason, it needs compliance with ASTM F1967.

## Cause
Our product was tested in Korea under KC standard only. We did not know that the US has a separate standard for bath seats and requires a Children's Product Certificate.

## Correction
We will send samples to a CPSC-accepted lab next week. When the report is ready, we will issue the CPC and upload to the compliance page. Until then we will keep the listing closed.

## Prevention
For every new baby product, our team will check the US CPSC requirements first before we prepare any shipment to FBA.

Thank you,
Yoon Seoyeon
""", style="markdown", rc="Cause", co="Correction", done=False, pr="Prevention",
  pol=["ASTM F1967"], notes="Korean; corrective all future ('will send', 'will issue'): not done; standard name counts as citing the rule")

M("poa-lsr-cond-jp-064", L, "condition", "US", "other-non-native",
  "Listing deactivated for condition complaint",
  """
Dear Seller Performance Team,

I am Mori from Kanazawa Lacquer. Our lacquer bowl listing was deactivated because of customer complaints about the item condition.

The problem happened because the bowls were wrapped only in paper and placed in a thin box. During international shipping, the surface was scratched by rubbing against each other.

From now, each bowl will be wrapped in a soft cloth bag and separated with cardboard dividers, and we will do a shipping test to the US with our logistics partner before each new shipment.

We are sorry for the trouble to customers.
Mori Takumi
""", style="none", rc="The problem happened because", co=None, pr="From now, each bowl will be wrapped",
  pol=["item condition"],
  notes="Japanese; only cause and future packing changes; nothing said about the damaged stock or buyers: corrective absent; 'item condition' taken as naming the complaint type")

M("appeal-lsr-price-ph-065", L, "price-gouging", "US", "other-non-native",
  "WHY my listing is blocked???",
  """
Hello Amazon,

My listing of alcohol spray is blocked AGAIN. This is the third time!! I am so tired of this, every week the same problem and nobody can explain to me.

My price is fair, I already lowered it 2 times. If you do not open my listing today I will close my store and tell all the sellers in our Facebook group of 40,000 members how Amazon treat small sellers. You are killing my business.

Fix it now.
Rodel Aquino
""", emo=["I am so tired of this", "If you do not open my listing today I will close my store",
          "You are killing my business."],
  notes="Filipino, angry threat; listing appeal with no POA and no policy named")

M("poa-lsr-restr-yiwu-066", L, "restricted-products", "US", "chinese",
  "Listing removed - restricted products, knife keychain",
  """
Dear Sir/Madam,

We are 义乌市晨光饰品有限公司 (Yiwu Chenguang Accessories). Our keychain listing was removed under the Restricted Products policy because it has a small folding blade.

Why this happened
Our product team thought a 3 cm blade is only a decoration and did not check the weapons rules for the blade.

What we did already
We deleted the listing and the 2 other listings with the same blade. We made a new design with no blade and took new photos.

How we stop it in the future
Our team now reads the restricted products list for every new item, and the manager approves items with any sharp part before listing.

Best regards,
Chenguang Accessories
""", style="plain", rc="Why this happened", co="What we did already", pr="How we stop it in the future",
  pol=["Restricted Products policy"], dec=[("foreign-snippet", "义乌市晨光饰品有限公司")],
  notes="Yiwu; complete plain POA; Chinese company name inside English")

M("poa-lsr-listing-native-067", L, "listing-policy", "AU", "native",
  "Listing suppressed - need reinstatement",
  """
Hi there,

Our listing for the merino beanie was removed for a listing policy violation.

A. What happened
We're honestly not sure what triggered this. Nothing on the listing has changed in months.

B. What we've done
To be safe, we have rewritten the title to the standard format, removed the "Made in Australia" claim until we upload the certificate, and replaced two lifestyle images with white background shots.

C. Going forward
We'll run our listings through the category style guide every quarter and keep a log of every change.

Cheers,
Sophie Walsh
Southerly Knits
""", style="lettered", rc=None, co="B. What we've done", pr="C. Going forward",
  pol=["listing policy violation"],
  notes="native AU; root cause section admits they do not know: root cause absent")

M("poa-lsr-copyr-ja-068", L, "ip-copyright", "US", "other-non-native",
  "著作権侵害による出品停止の改善計画",
  """
Amazon出品者パフォーマンス ご担当者様

いつもお世話になっております。さくら手芸店の鈴木でございます。
当店の刺繍キット（ASIN B0D7KQ3N5S）の出品が著作権侵害の申し立てにより停止されました。

１．原因
商品画像の一部に、他社の図案集の写真を参考資料として掲載しておりました。著作権者の許可を得ておりませんでした。

２．実施した対応
該当する画像をすべて削除し、当店オリジナルの図案の写真に差し替えました。権利者様にもお詫びのメールをお送りいたしました。

３．今後の防止策
今後は画像をすべて自社で撮影し、外部の資料は一切使用いたしません。掲載前に店長が確認いたします。

ご確認のほど、よろしくお願いいたします。
""", lang="ja", style="numbered", rc="１．原因", co="２．実施した対応", pr="３．今後の防止策",
  pol=["著作権侵害の申し立て"], dec=[("asin", "B0D7KQ3N5S")],
  notes="Japanese on US (non-english); complete numbered POA with full-width numbers")

M("appeal-odr-native-069", A, "odr", "US", "native",
  "Request to review our account status",
  """
Hello,

We received the deactivation email on Monday. Most of our negative feedback came from a single week in November when our carrier lost a trailer of packages, and every one of those buyers has since been refunded.

We'd like to have the account reviewed again. We have sold on Amazon since 2019 with very few problems, and we would appreciate any guidance on what specific information you need from us to move forward.

Thank you for your time,
Jordan Mills
Mills Outdoor Supply
""", notes="native; calm, no POA, no policy or metric named")

M("tech-upload-cn-070", T, "", "US", "chinese", "Flat file upload error 8560, feed not processed",
  """
Hi Seller Support,

When we upload the inventory file for 45 new SKUs (phone cases), every line returns error 8560 "SKU does not match any ASIN". We filled the UPC for each item and brand name.

Feed submission ID: 50118429173
Batch number printed on the products: 2026111804271953

We tried both the Excel template and text file. Could you check what is wrong? Attached is the processing report.

Thank you,
Gao Ming
Dongguan Ruifeng Case Factory
""", topic="listing-upload",
  dec=[("error-code", "8560"), ("feed-id", "50118429173"), ("batch-id", "2026111804271953")],
  notes="Dongguan seller; 16-digit batch number is a decoy")

M("tech-charge-native-071", T, "", "US", "native", "Double charge for subscription fee",
  """
Hi,

We were charged the $39.99 Professional selling plan fee twice this month, on November 1 and November 3. Both charges show on our company Amex ending in the number below.

Card: 3782 910455 73614

I've checked the Payments dashboard and the second charge isn't listed there, which makes me think it's a billing error rather than a real fee. Could you refund the duplicate or tell me what the second charge was for?

Thanks,
Megan Cho
Cho Stationery
""", topic="payment-method",
  sec=[("card", "3782 910455 73614")],
  notes="native pastes a full Amex number (4-6-5 format) while saying 'ending in'")

M("poa-conduct-gz-072", A, "seller-code-of-conduct", "US", "chinese",
  "Appeal - Seller Code of Conduct violation",
  """
Dear Seller Performance Team,

We are Guangzhou Lanting Garment. We received notice that we violated the Seller Code of Conduct because we sent messages to buyers asking them to change negative feedback.

**Reason of the issue**
Our customer service staff sent 19 messages offering a partial refund if the buyer removes the negative feedback. She did not know this is against the rules.

**Actions have completed**
We stopped this immediately and deleted the message template. The staff received warning and training. All 19 buyers were given the refund anyway, without any condition.

**Measures to prevent**
All buyer messages use templates approved by the manager. Every Friday the manager reviews all sent messages. New staff must study the Seller Code of Conduct and pass a small test.

Thank you for your kind review.
Lanting Garment
""", style="bold", rc="Reason of the issue", co="Actions have completed", pr="Measures to prevent",
  pol=["Seller Code of Conduct"], notes="Guangzhou apparel; complete bold POA")

M("poa-related-kr-073", A, "related-accounts", "US", "other-non-native",
  "Appeal for related account deactivation",
  """
Dear Seller Performance Team,

Our account was deactivated because it is related to a suspended account, under the policy on operating multiple selling accounts.

Root cause: My brother-in-law had an account "Nara Mart" that was suspended in 2025. He used our warehouse address in Gimpo for returns, so the two accounts share an address.

Corrective action: He has closed his account completely. We have sent you the closure confirmation, our separate business registration, and our warehouse lease showing only our company name. We have removed his return address from our building.

Preventive action: We do not allow any other seller to use our address, devices or bank. We will ask for approval from Amazon before opening any second account in the future.

Thank you for your time.
Kang Dohyun
""", style="colon", rc="Root cause:", co="Corrective action:", pr="Preventive action:",
  pol=["policy on operating multiple selling accounts"], notes="Korean; complete colon POA")

M("appeal-psa-cn-074", A, "prohibited-seller-activities", "US", "chinese",
  "Please help!!! Account deactivated, we have no way",
  """
Dear Amazon,

Please help us!!! Our account is deactivated and all funds are held, more than 80,000 USD. We have 30 workers in the factory waiting for salary, we really have no way to continue. Please have pity for us.

We do not know what we did wrong. We only sell bike lights, we never do anything bad. Please tell us the reason and we do everything you want.

We beg you please please release our account and money, this is life and death for our company.

Ningbo Guangsu Lighting
""", emo=["Please help us!!!", "we really have no way to continue. Please have pity for us.",
          "We beg you please please release our account and money, this is life and death for our company."],
  notes="Chinese seller; begging and despair, no POA, no policy named")

M("poa-cancel-native-075", A, "cancel-rate", "US", "native",
  "Plan of action: cancellation rate",
  """
Hello,

Below is our plan of action for the cancellation rate deactivation.

## Root Cause
Our cancellation rate went over the limit, which caused our account to be deactivated.

## Corrective Actions
We have matched the quantity in Seller Central to our physical stock for all 340 SKUs, closed 41 listings we no longer stock, and processed every pending order.

## Preventive Measures
Our inventory system now syncs with Amazon every 30 minutes, and any SKU under three units is set to zero automatically. I check the Account Health page every morning.

Regards,
Brian Kowalski
Great Lakes Hardware
""", style="markdown", rc=None, co="Corrective Actions", pr="Preventive Measures",
  pol=["cancellation rate"],
  notes="native; 'Root Cause' only restates the notice: root cause absent")

M("poa-safety-tw-076", A, "product-safety", "US", "chinese",
  "Appeal about power bank complaint",
  """
Dear Seller Performance Team,

We are Hsinchu Powerlink Co. Our account is at risk because customers reported our power bank became hot during charging.

ROOT CAUSE
After testing returned units, we found that one batch (lot 2026-08B) used a different battery cell supplier. The protection circuit did not match the cell, so the temperature rises over 60 degrees when fast charging.

ACTIONS DONE
We stopped selling the model, removed all FBA stock of lot 2026-08B (520 units), and sent a recall notice to all buyers of this lot with a free return label and full refund.

Please reinstate our account after your review. Thank you.
Hsinchu Powerlink Co.
""", style="caps", rc="ROOT CAUSE", co="ACTIONS DONE", pr=None,
  dec=[("lot-number", "2026-08B")],
  notes="Taiwan; no preventive part; no policy named")

M("brand-transp-kr-077", B, "", "US", "other-non-native", "Transparency codes not accepted by FBA",
  """
Hello Brand Registry Support,

We are enrolled in Transparency for our brand MOONDROP (skin care). Our last inbound shipment was stopped because the warehouse said the Transparency labels were not valid.

Example code on one unit: AZ:7HQ2KX9M4PNB3R
We printed the codes from the Transparency portal on November 2 for 2,000 units.

Could you check if the codes were activated correctly? We need the shipment to be received before Black Friday.

Thank you,
Seo Yerin
Moondrop Cosmetics
""", topic="brand-program", dec=[("transparency-code", "AZ:7HQ2KX9M4PNB3R")],
  notes="Korean; Transparency code is a decoy")

M("cat-beauty-ph-078", C, "", "US", "other-non-native", "Approval for topical beauty products",
  """
Hello po,

We are Isla Naturals from Davao. We would like to sell our coconut body scrub and lip balm in the Beauty category, but they need approval for topicals.

We attached the following: FDA Philippines license to operate, the safety data sheet of each product, the ingredient list and the label photos in English. Our manufacturer is also registered with the US FDA.

We hope for your kind approval. If other document is needed please let us know and we will provide immediately.

Thank you and have a nice day!
Grace Lim
Isla Naturals
""", topic="beauty-topicals", notes="Filipino, calm ungating request")

M("fba-inbound-cn-079", F, "", "US", "chinese", "Shipment received quantity less than sent",
  """
Dear Seller Support,

Shipment ID FBA16WPZ4T8H closed with 150 units received, but we sent 200 units (10 cartons x 20). The carrier DHL shows all 10 cartons delivered, tracking 4471 9203 8815.

We checked the carton labels and box content information, all correct. Please investigate and reimburse the 50 units. We attached the packing list and the signed POD.

Thank you very much.
Huang Li
Xiamen Bluewave Outdoor
""", topic="lost-inbound",
  dec=[("shipment-id", "FBA16WPZ4T8H"), ("tracking-number", "4471 9203 8815")],
  notes="calm Chinese FBA inbound claim")

M("poa-review-zh-080", A, "review-manipulation", "CA", "chinese",
  "关于买家评论政策违规的申诉",
  """
尊敬的亚马逊卖家绩效团队：

您好！我们是深圳市优品家居有限公司。我们的账户因违反买家评论政策被暂停，以下是我们的行动计划。

## 问题原因
我们在包裹里放了一张卡片，写着"留五星好评返现5美元"。我们的运营人员以为这是正常的售后服务，不知道这违反了亚马逊的政策。

## 纠正措施
我们将会立即停止放置这类卡片，并且将销毁仓库里剩下的所有卡片。我们也会对运营人员进行培训。

## 预防措施
以后所有放进包裹的资料都必须经过经理审核；每季度组织一次亚马逊政策的学习。

感谢您的审核！
""", lang="zh", style="markdown", rc="问题原因", co="纠正措施", done=False, pr="预防措施",
  pol=["买家评论政策"],
  notes="Chinese on CA (non-english); corrective only future (将会): not done")

# ---------------------------------------------------------------- chunk 5

M("appeal-bsa-ph-081", A, "identity-verification", "US", "other-non-native",
  "Identity verification - card statement problem",
  """
Good day Amazon Seller Identity team,

My account is on hold because the identity verification failed. The email said the credit card I added can not be charged and the statement does not match.

I already uploaded my passport and the BPI credit card statement two times. To make it easy for you, here is the card I registered: 4539 0127 6648 2035, valid thru 08/28, name JOSEFINA C. TAN.

Please verify again. I have been waiting 2 weeks and my listings are all inactive. Thank you po in advance.

Josefina Tan
JT Home Essentials
""", pol=["identity verification"],
  sec=[("card", "4539 0127 6648 2035"), ("card-expiry", "08/28")],
  notes="Filipino; BSA-type appeal with no POA, card and expiry pasted ('valid thru')")

M("poa-inauth-native-082", A, "inauthentic", "US", "native",
  "Appeal: inauthentic complaints on vitamin C serum",
  """
Hello,

We received three inauthentic complaints on our vitamin C serum and our account was deactivated.

1. Root cause
The complaints came after we changed the bottle supplier in August. The new dropper bottles are amber instead of clear, and the cap is different, so buyers who had bought the older version thought they received a fake.

2. Preventing recurrence
Any change to packaging will be announced on the detail page and in an insert card for at least 90 days. We will keep supplier invoices and packaging specs on file for every batch so we can show the chain of supply right away.

Our manufacturer's invoices for the last 12 months are attached.

Thanks,
Rachel Stone
Clearwell Skincare
""", style="numbered", rc="1. Root cause", co=None, pr="2. Preventing recurrence",
  pol=["inauthentic complaints"],
  notes="native; attaching invoices is evidence, not a fix: no corrective part")

M("poa-late-zh-083", A, "late-shipment", "UK", "chinese",
  "迟发率过高的申诉",
  """
亚马逊英国站卖家绩效团队您好：

我们的迟发率达到了6.5%，账户被暂停。我们是东莞市恒宇五金制品有限公司，以下是我们的说明。

一、原因分析
十一月份我们在东莞的仓库搬迁，有四天时间没有发货，系统里的订单没有及时确认发货，造成大量延迟。

二、已完成的整改
所有延迟订单已经全部发出并上传了物流单号；我们把备货时间从1天改为3天；给受影响的买家发了道歉信息。

我们保证以后一定会更加注意，不会再发生这样的问题。

恳请您恢复我们的账户，谢谢！
""", lang="zh", style="numbered", rc="一、原因分析", co="二、已完成的整改", pr=None,
  pol=["迟发率"],
  notes="Chinese on UK (non-english); only a promise after the corrective part: preventive absent")

M("tech-login-ja-084", T, "", "US", "other-non-native",
  "ログインできません（二段階認証）",
  """
セラーサポート ご担当者様

お世話になっております。北斗トレーディングの佐々木です。
昨日からセラーセントラルにログインできなくなりました。二段階認証のコードがメールで届きますが、入力するとエラーになります。

念のため、ログイン情報をお伝えします。
メールアドレス：hokuto-shop@example.jp
パスワード：Hokuto_0719!
本日届いた認証コード：447219

お手数ですが、至急確認していただけますでしょうか。出荷待ちの注文が30件ほどございます。

よろしくお願いいたします。
""", lang="ja", topic="login",
  sec=[("password", "Hokuto_0719!"), ("one-time-code", "447219")],
  notes="Japanese on US (non-english technical case); password and 2SV code inside Japanese text")

M("poa-counterfeit-kr-085", A, "counterfeit", "US", "other-non-native",
  "Counterfeit complaint appeal - Glow Lab Korea",
  """
Dear Seller Performance Team,

We are Glow Lab Korea. We got a counterfeit complaint for the cushion compact of a Korean cosmetics brand that we resell.

A - Why it happened
We bought this compact from a wholesaler in Namdaemun market. The wholesaler said it is genuine but could not give us the brand's invoice. Some units had a different hologram sticker.

B - Corrective actions
We will request removal of all remaining stock and we will send some units to the brand for verification. We plan to refund buyers who bought this item since September.

C - Preventive actions
We will only buy from the brand's official distributor in Korea, with a distribution agreement and invoices. Every new product's packaging will be compared with photos from the brand's official site.

Thank you.
Oh Seungmin
""", style="lettered", rc="A - Why it happened", co="B - Corrective actions", done=False, pr="C - Preventive actions",
  pol=["counterfeit complaint"], notes="Korean; corrective only planned (will/plan to): not done")

M("poa-odr-native-086", A, "odr", "CA", "native",
  "ODR plan of action",
  """
Hello Seller Performance,

Our order defect rate is 1.4% and our account was deactivated. Here is our plan.

ROOT CAUSE
Most of our negative feedback and claims were about late delivery during the Canada Post strike. Buyers received orders two to three weeks late and many filed A-to-z claims.

PREVENTION
We now have accounts with two carriers (Canada Post and Purolator) so we can switch right away if one has a disruption. When a service alert is posted, we'll extend handling time on all listings the same day and message buyers with open orders.

Thanks,
Erin Kowal
Prairie Pantry Goods
""", style="caps", rc="ROOT CAUSE", co=None, pr="PREVENTION",
  pol=["order defect rate"],
  notes="native CA; claims and feedback never addressed: no corrective part")

M("appeal-vtr-cn-087", A, "valid-tracking", "US", "chinese",
  "Valid tracking rate - what we need to do?",
  """
Hello Seller Performance,

We got the email that our selling privilege for the home category is removed because the valid tracking rate is lower than 95%. We are new seller from Quanzhou, only 3 months.

We are not clear how to fix this problem. Our logistics company gives tracking number for every order and we upload it. Is there a list of carriers which Amazon accept? After we know the problem we will write a plan of action.

Please guide us, thank you very much.

Quanzhou Mingfeng Trading
""", pol=["valid tracking rate"],
  notes="Chinese new seller asks for guidance, says a POA will follow: no POA now (A016 positive)")

M("cover-safety-native-088", A, "product-safety", "US", "native",
  "Plan of action and test reports attached",
  """
Hello,

We're writing about the deactivation for product safety concerns on our children's pajamas (flammability requirements under 16 CFR Part 1616).

Our full plan of action is attached as a PDF, covering the root cause, the corrective steps already completed, and the controls we've put in place. We've also attached the new test report from an accredited lab and our updated Children's Product Certificate.

We appreciate you taking the time to review our documents. Please let us know if anything else is needed.

Best regards,
Amanda Fuller
Little Fern Sleepwear
""", att=True, pol=["16 CFR Part 1616"],
  notes="native cover letter with POA attached; CFR citation counts as the policy")

M("poa-psa-jp-089", A, "prohibited-seller-activities", "US", "other-non-native",
  "Plan of action - prohibited seller activities",
  """
Dear Seller Performance Team,

We are Hikari Tools. Our account was deactivated for Prohibited seller activities and actions, because we included our website URL on the packing slip.

Our POA (1) Cause: Our shipping staff used the same packing slip template as our own web shop, which prints our website address and a discount coupon for the next order.

Our POA (2) Actions completed: We have made a new template for Amazon orders with no URL or coupon. All printed slips with the old template are discarded.

Our POA (3) Prevention: The manager checks the template monthly, and all shipping staff have read the Amazon policy on diverting sales.

Sincerely,
Sato Kenji
""", style="our-poa", rc="Our POA (1) Cause:", co="Our POA (2) Actions completed:", pr="Our POA (3) Prevention:",
  pol=["Prohibited seller activities and actions", "Amazon policy on diverting sales"],
  notes="Japanese; complete our-poa with numbers")

M("fba-wh-cn-090", F, "", "US", "chinese", "Items damaged in warehouse, reimbursement not correct",
  """
Dear Seller Support,

Our 24 units of ceramic vase (FNSKU X003ZT7W2P) were damaged in warehouse AVP1 according to the Inventory Ledger, but only 10 units are reimbursed.

For check our cost, you can login our ERP supplier portal: user name jinghua_ops, password jh88998899vase. Inside you can see all the purchase price.

Please reimburse the other 14 units. Thank you.
Jinghua Ceramic, Jingdezhen
""", topic="warehouse-damaged",
  sec=[("password", "jh88998899vase")], dec=[("fnsku", "X003ZT7W2P")],
  notes="Chinese seller shares an ERP portal password in an FBA case")

M("tech-deposit-native-091", T, "", "US", "native", "Disbursement failed - updating bank account",
  """
Hi,

Our last two disbursements failed and the Payments page says the deposit method is invalid. We switched banks in October. I tried to add the new account but the page keeps timing out at the last step.

New account details:
Bank: JPMorgan Chase
Routing: 021000021
Account: 739104285566

Can you add this for us or tell me why the form is failing? We'd like the held funds released as soon as possible.

Thanks,
Derek Simmons
Simmons Pet Supply
""", topic="deposit-method",
  sec=[("routing-number", "021000021"), ("bank-account", "739104285566")],
  notes="native pastes routing and account number")

M("poa-gouging-ph-092", A, "price-gouging", "US", "other-non-native",
  "Appeal for fair pricing violation",
  """
Dear Seller Performance,

Good day! Our account was deactivated for violating the Amazon Fair Pricing Policy on our rubbing alcohol listing during the typhoon season.

This happened because our pricing tool follows the lowest competitor plus a margin, and when all other sellers went out of stock, the tool used its default maximum, which was set at triple our normal price. We did not see it until buyers complained.

We have already set the price back to our normal $8.99, refunded the difference to all 37 buyers who paid the high price, and deleted the default maximum in the pricing tool.

To prevent this, each product now has a fixed ceiling price close to its normal price, and our team checks a daily price report every morning.

Thank you po for reviewing.
Liza Santos
""", style="none", rc="This happened because", co="We have already set the price back", pr="To prevent this,",
  pol=["Amazon Fair Pricing Policy"], notes="Filipino; complete POA with no headings")

M("poa-drop-yiwu-093", A, "drop-shipping", "US", "chinese",
  "Appeal - drop shipping",
  """
Dear Amazon,

We are Yiwu Jiale Gifts. Our account is deactivated because of drop shipping policy violation.

Root cause: We have checked but we cannot find the reason. All our orders are shipped by us from Yiwu. Maybe one order was sent by our partner factory.

Corrective actions: We have checked all the orders of last 90 days and confirmed all were sent with our company name on the package. We told our partner factory not to ship any order for us.

Preventive actions: Only our warehouse can ship Amazon orders. The packing slip always has our store name.

Thank you.
""", style="inline", rc=None, co="Corrective actions:", pr="Preventive actions:",
  pol=["drop shipping policy"],
  notes="Yiwu; root cause says they cannot find the reason ('maybe...'): root cause absent")

M("poa-restr-kr-094", A, "restricted-products", "US", "other-non-native",
  "Restricted products violation - supplements",
  """
Dear Seller Performance Team,

Our account received a warning for Restricted Products, for our diet supplement with an ingredient not allowed in the US.

Why this happened
The supplement is legal in Korea and we did not check the US FDA list. One ingredient, which is popular in Korea, is on the list of banned ingredients for Amazon US.

What we did
We removed the listing right away and asked Amazon to dispose the FBA stock. We also checked our other 6 supplement products and found no banned ingredient.

Thank you and sorry for the trouble.
Lee Jihoon
Hangang Health
""", style="plain", rc="Why this happened", co="What we did", pr=None,
  pol=["Restricted Products"], dec=[("single-apology", "sorry for the trouble")],
  notes="Korean; no preventive part")

M("appeal-conduct-native-095", A, "seller-code-of-conduct", "US", "native",
  "Appeal of suspension under the Seller Code of Conduct",
  """
Hello,

We received notice that our account was suspended for a Seller Code of Conduct violation, and we honestly don't know what it refers to. Our buyer messages are all handled through Seller Central, and we have never contacted a buyer outside of Amazon.

We would appreciate it if you could point us to the specific order or message that caused the concern. Once we understand what happened, we'll respond with a full explanation and plan. We would be grateful for the chance to fix whatever went wrong.

Sincerely,
Paul Ferraro
Ferraro Family Olive Oil
""", pol=["Seller Code of Conduct"],
  dec=[("mild-plea", "We would be grateful for the chance to fix whatever went wrong.")],
  notes="native; calm request for detail, no POA (A016 positive); polite plea decoy")

M("tech-page-tw-096", T, "", "US", "chinese", "Manage Inventory page blank",
  """
Hello Support,

Since this morning the Manage Inventory page shows only a blank white screen for our account. Other pages are fine.

We tried: logout and login again, change password, clear cache, use other computer. When we login it ask the verification code from the authenticator app, we input it and still the same blank page.

Browser Chrome 131 on Windows 11. The console shows error "ERR_ABORTED 504".

Please fix it, we need to change prices for Black Friday.
Taipei Everwell Co.
""", topic="page-error",
  dec=[("password-word", "change password"), ("verification-code-word", "it ask the verification code from the authenticator app"),
       ("error-code", "ERR_ABORTED 504")],
  notes="Taiwan; password and verification code mentioned with no value")

M("poa-cond-native-097", A, "condition", "US", "native",
  "Plan of action - condition complaints",
  """
Hello,

**Cause**
Condition complaints on our refurbished blenders came from units whose jars had hairline cracks our bench test missed, since we tested the motor base only.

**Fixed**
We pulled all 140 units at FBA, inspected every jar under light, and scrapped 19. Affected buyers were refunded.

**Prevention**
Our checklist now includes a jar water test and a photo of each unit before packing. Our lead tech signs off on each batch.

Thanks,
Dave Norris
Second Spin Appliances
""", style="bold", rc="Cause", co="Fixed", pr="Prevention",
  pol=["Condition complaints"], notes="native; very short but complete bold POA")

M("poa-iptm-gz-098", A, "ip-trademark", "US", "chinese",
  "Trademark complaint appeal",
  """
Dear Seller Performance Team,

We are Guangzhou Xinyue Apparel. Our account got a trademark complaint about our women's sweaters.

1 - Root cause: our designer used a pattern with the letters of a famous brand because she saw it is popular on social media. We didn't know it is a registered trademark.

2 - Prevent: we will set up a trademark check step. Every new design will be checked on the USPTO website and the Chinese trademark website before production. Our team will take IP training every half year.

We hope to get your understanding.
Xinyue Apparel
""", style="numbered", rc="1 - Root cause:", co=None, pr="2 - Prevent:",
  pol=["trademark complaint"],
  notes="Guangzhou; sweaters still listed, nothing fixed: corrective absent")

M("appeal-related-ja-099", A, "related-accounts", "US", "other-non-native",
  "アカウント停止についてのお問い合わせ",
  """
Amazon出品者パフォーマンスチーム 御中

お世話になっております。合同会社ユキノ商店の雪野と申します。
本日、当社のアカウントが「他のアカウントとの関連性」を理由に停止されたとの通知を受け取りました。

当社はこのアカウント以外に出品用のアカウントを持っておりません。以前、家族が同じ住所でアカウントを作成したことがありますが、すでに閉鎖しております。

どのアカウントと関連していると判断されたのか、教えていただけないでしょうか。必要な書類はすぐにご用意いたします。

よろしくお願い申し上げます。
雪野
""", lang="ja",
  notes="Japanese on US (non-english); calm question, no POA, no policy named (the quoted reason is a description)")

M("poa-usnew-tw-100", A, "used-sold-as-new", "US", "chinese",
  "Used sold as new - please we are desperate",
  """
Dear Seller Performance Team,

We are Taichung Smart Home. Our account was deactivated for used sold as new complaints. We are really desperate, our whole team is in panic and we can not sleep, please save our account.

Root cause: Our FBA returns of smart plugs were automatically put back as sellable by our removal and relisting service. Some returned units had been opened and used.

Corrective actions: We have removed all sellable stock from FBA and checked each unit, 31 opened units were separated and will be sold only as used. We refunded the 6 buyers who complained.

Preventive actions: We stopped the auto relist service. All returns now go to our own warehouse for inspection, and every unit that was opened is listed as Used.

Please, we beg you, this account is everything for us.
Taichung Smart Home
""", style="colon", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=["used sold as new complaints"],
  emo=["We are really desperate, our whole team is in panic and we can not sleep, please save our account.",
       "Please, we beg you, this account is everything for us."],
  notes="Taiwan; complete colon-style POA but panicked begging at start and end; policy named in subject and text")

# ---------------------------------------------------------------- chunk 6

M("poa-lsr-gouging-native-101", L, "price-gouging", "US", "native",
  "Reinstatement - generator listing (pricing)",
  """
Hello,

Our portable generator listing was deactivated under the Fair Pricing Policy after the hurricane warning in Florida.

Our POA: What caused it
Our repricer raised the price 38% in six hours when two competitors went out of stock. There was no ceiling on that SKU because it was added to the tool after our last audit.

Our POA: What we did
We reset the price to $649, the same as our 60-day average, and refunded the difference to the 12 buyers who paid more. Every SKU in the repricer now has a ceiling.

Our POA: What stops it next time
The repricer pauses automatically when a state of emergency is declared in any state we ship to, and new SKUs cannot be added to the tool without a ceiling.

Thanks,
Frank Ellison
Gulf Coast Power Tools
""", style="our-poa", rc="Our POA: What caused it", co="Our POA: What we did", pr="Our POA: What stops it next time",
  pol=["Fair Pricing Policy"], notes="native; complete our-poa POA at listing level")

M("poa-lsr-usnew-ph-102", L, "used-sold-as-new", "US", "other-non-native",
  "Listing reinstatement - used sold as new (PLEASE)",
  """
Dear Seller Performance,

I'm begging you, please reinstate my listing, I have no other income and this is killing me. Our bluetooth speaker listing was deactivated for used sold as new complaints.

## Root Cause
Returned speakers were checked only by looking at the box. Some buyers opened, used and resealed the box, and we resold them as new.

## Actions Taken
We removed all 64 units from FBA and tested each one. 9 were used and are now listed as Used - Good. The 4 buyers who complained got full refunds.

## Preventive Actions
Every return is opened and checked against the accessory list and the seal. Any opened unit is sold as Used only.

Please please I am really desperate.
Noel Castillo
""", style="markdown", rc="Root Cause", co="Actions Taken", pr="Preventive Actions",
  pol=["used sold as new complaints"],
  emo=["I'm begging you, please reinstate my listing, I have no other income and this is killing me.",
       "Please please I am really desperate."],
  notes="Filipino; complete POA but begging and despair")

M("poa-lsr-iptm-sz-103", L, "ip-trademark", "US", "chinese",
  "Listing B0DF2K8W7M reinstate - trademark",
  """
Dear Seller Performance Team,

Our listing B0DF2K8W7M (magnetic phone mount) was removed for trademark infringement because the title used another brand name.

**A. Root cause**
Our new listing staff copied the title keywords from a best-selling competitor, which contained their registered brand name "MAGSNAP".

**B. Corrections done**
- Title, bullets and search terms are rewritten with only our brand name TEKOZ.
- We sent apology email to the brand owner and received their confirmation that they accept our correction.

**C. Prevention**
- All listing staff received training about trademark rules.
- Team leader checks each new title with the USPTO search before publish.

Best regards,
Shenzhen Tekoz Technology
""", style="mixed", rc="A. Root cause", co="B. Corrections done", pr="C. Prevention",
  pol=["trademark infringement"], dec=[("asin", "B0DF2K8W7M")],
  notes="Shenzhen; bold lettered headings with bullet lists (mixed), complete")

M("poa-lsr-safety-jp-104", L, "product-safety", "US", "other-non-native",
  "Request to reinstate rice cooker listing",
  """
Dear Seller Performance Team,

Our rice cooker listing was removed because the product safety documents were missing. We are Shiraume Kitchen from Osaka.

Cause: Our product has PSE mark for Japan, but we did not know a UL or ETL certification is needed for electrical products sold in the US.

Actions done: We obtained ETL certification for the model (report attached) and uploaded it in the Manage Your Compliance page. We also changed the plug label and the manual to US format.

Future prevention: Before exporting any electrical product, we will check the US requirements with our certification agency and upload the documents before the listing is created.

Best regards,
Kimura Saki
""", style="inline", rc="Cause:", co="Actions done:", pr="Future prevention:",
  pol=["product safety documents"], notes="Japanese; complete inline POA")

M("cover-lsr-kr-105", L, "counterfeit", "US", "other-non-native",
  "Appeal documents for counterfeit complaint",
  """
Dear Seller Performance,

This is Blossom K-Beauty. Our toner listing was removed for a counterfeit complaint. We have submitted our plan of action in the attached Word file (Blossom_POA.docx) and the invoices from the brand's official distributor in Seoul.

The distributor agreement and the letter of authorization are also attached. Please check the documents and reinstate our listing.

Thank you very much.
Lee Soojin
""", att=True, pol=["counterfeit complaint"], dec=[("file-name", "Blossom_POA.docx")],
  notes="Korean cover letter with POA attached")

M("fba-wh-lost-native-106", F, "", "US", "native", "Units lost in transfer between fulfillment centers",
  """
Hi,

Twelve units of SKU CB-DUTCH-7QT (FNSKU X002WQ9RLM) were transferred from CLT2 to RDU1 in September and never showed up at the receiving site. The Inventory Ledger shows them as "in transit" for 74 days now.

These are enameled Dutch ovens that sell for $89.95. Please locate them or reimburse us at the current sale price.

Thanks,
Laura Bennett
Bennett Cookware
""", topic="warehouse-lost", dec=[("fnsku", "X002WQ9RLM"), ("sku", "CB-DUTCH-7QT")],
  notes="native, short calm FBA claim")

M("fba-return-ph-107", F, "", "US", "other-non-native", "Return not received, no reimbursement AGAIN",
  """
Hello Seller Support,

This is the fourth case I open about the same return. Order 111-8406273-5529140 was refunded 2 months ago but the item never came back to inventory.

I am so stressed, I cannot sleep thinking about all the money I am losing every month. Every time you close my case without answer I feel like giving up on everything. Please just help me this time.

The item is a stainless tumbler, $24.99. Please reimburse.
Mylene Cruz
""", topic="customer-return",
  emo=["I am so stressed, I cannot sleep thinking about all the money I am losing every month.",
       "I feel like giving up on everything."],
  dec=[("order-id", "111-8406273-5529140")],
  notes="Filipino; emotional despair in an FBA case")

M("fba-removal-jp-108", F, "", "JP", "other-non-native", "Removal order shipped to wrong address",
  """
Dear Seller Support,

Our removal order R8K2DM4QX7 was delivered to our old warehouse address in Saitama, not to our new warehouse in Chiba. We updated the address on October 1, before creating the order on October 15.

Yamato tracking number: 4829-3371-0562. The old warehouse is closed, and the carrier returned the package to the sender.

Could you please confirm where the 35 units are now, and reimburse them if they cannot be found? Thank you for your kind support.

Best regards,
Fujita Ken
Sora Outdoor Japan
""", topic="removal", dec=[("removal-order-id", "R8K2DM4QX7"), ("tracking-number", "4829-3371-0562")],
  notes="Japanese seller, English on JP; calm")

M("brand-hijack-native-109", B, "", "US", "native", "Unauthorized seller on our brand listing",
  """
Hello Brand Registry,

An unauthorized seller, "Value Deals Hub", has been on our listing for the Cedarline bird feeder (ASIN B0CN5TW2JH) for two weeks. We have never sold to them and our distribution is direct only. Unfortunately our test buy (order 112-7739014-2286351) arrived as a used unit with a missing perch.

We have filed through Report a Violation twice. Could you review the seller and the condition of their offer?

Thank you,
Greg Marsh
Cedarline Backyard
""", topic="hijacker",
  dec=[("asin", "B0CN5TW2JH"), ("order-id", "112-7739014-2286351"), ("mild-word", "Unfortunately")],
  notes="native, calm hijacker report; mild word decoy")

M("brand-own-cn-110", B, "", "US", "chinese", "Brand registry application rejected",
  """
Dear Brand Registry Team,

Our application for brand HOMVIA was rejected with reason "the trademark owner information does not match". Our trademark is registered at USPTO, serial number 98341276, owner is our parent company 杭州宏维家居有限公司 (Hangzhou Hongwei Home Co.), and our seller account is the subsidiary.

We attached the authorization letter from the parent company and the business licenses of both companies. Please review again.

Thank you.
Xu Jing
""", topic="brand-ownership",
  dec=[("trademark-number", "98341276"), ("foreign-snippet", "杭州宏维家居有限公司")],
  notes="Chinese; calm brand ownership case with Chinese company name")

M("brand-contrib-jp-111", B, "", "US", "other-non-native", "Our brand name changed by someone",
  """
Dear Amazon Brand Registry,

The brand name on our listing ASIN B0D2GX6PLE was changed from "Sumika" to "Generic". We are the brand owner (Sumika Towel Co., Imabari). We did not make this change.

We tried to correct it by the brand dashboard, but the change is rejected with message "contribution not accepted". Please kindly restore the brand name and protect the listing from future changes.

Thank you for your support.
Ono Mei
""", topic="listing-contribution", dec=[("asin", "B0D2GX6PLE")],
  notes="Japanese brand owner, calm")

M("brand-hijack-kr-112", B, "", "US", "other-non-native", "FAKE SELLER ON MY LISTING - last warning",
  """
To Amazon,

For one month I report the fake seller on my lip tint listing and you do nothing!!! The fake product is hurting customers, one customer got allergy.

I am done being patient. If this seller is not removed in 48 hours, I will report Amazon to the Korea Consumer Agency and the news, and I will sue both the seller and Amazon. This is unbelievable.

Brand: ROSEBELL, ASIN B0CJ8RQ4VT.
Han Jiyeon
""", topic="hijacker",
  emo=["I am done being patient.", "I will sue both the seller and Amazon. This is unbelievable."],
  dec=[("asin", "B0CJ8RQ4VT")],
  notes="Korean brand owner threatens legal and media action")

M("cat-auto-native-113", C, "", "US", "native", "Automotive & Powersports approval",
  """
Hello,

We're requesting approval to list in Automotive & Powersports. We are an established parts distributor in Ohio with a retail store and an eBay store, and we'd like to list brake pads and rotors from the manufacturers we already carry.

Attached are two supplier invoices from the last 90 days, our Ohio vendor's license, and our product liability insurance certificate. All our parts have fitment data in ACES format that we can upload.

Thanks,
Ray Kaminski
Buckeye Brake & Parts
""", topic="automotive", notes="native category request")

M("cat-supp-cn-114", C, "", "US", "chinese", "Dietary supplements approval - follow up",
  """
Hello Category Team,

This is our second request for Dietary Supplements approval. The first request was denied because the COA was older than 12 months.

Now we attached the new certificate of analysis from Eurofins (dated 2026-10-18), the cGMP certificate of our manufacturer in New Jersey, and the label images with the Supplement Facts panel.

We sell vitamin gummies under brand NUVELLA. Please review again, thank you very much.

Ms. Zhou
Hangzhou Nuvella Health
""", topic="dietary-supplements", notes="Chinese follow-up ungating request")

M("cat-watch-tw-115", C, "", "US", "chinese", "Apply for Watches category",
  """
Dear Amazon Category Approval Team,

We are Taipei Chronos Ltd., a watch brand designing our own mechanical watches in Taiwan. We would like to apply for approval in the Watches category.

Documents attached: business registration, invoice from our movement supplier, our product catalog, and water resistance test report for each model. Our watches have serial numbers engraved on the case back.

Looking forward to your reply.

Best regards,
Huang Wen-Chieh
""", topic="watches", notes="Taiwan category request, calm")

M("cat-collect-ph-116", C, "", "US", "other-non-native", "Collectible coins category - request",
  """
Hello po Amazon Team,

We would like to apply to sell collectible coins. We are a coin dealer in Quezon City for 15 years and a member of the Philippine Numismatic Association.

Attached are our business permit, DTI registration, and photos of our coin stock with certificates from PCGS grading. We will only sell graded coins.

Hoping for your approval, thank you!
Benjie Ocampo
Ocampo Numismatics
""", topic="collectibles", notes="Filipino category request")

M("tech-payment-cn-117", T, "", "US", "chinese", "Seller fee charge failed, please use this card",
  """
Hello Seller Support,

Our seller fee charge failed and account shows payment problem. We want to change to our UnionPay card but the page cannot accept it. Our finance staff wrote the card info below, please help to update:

卡号：6228 4801 9375 5602 144
有效期：2029年6月
安全码：552

Card holder is our company legal person WU JIANGUO. If UnionPay is not accepted, please tell us which card type we can use.

Thank you,
Wu Lei
Ningbo Haitong Trading
""", topic="payment-method",
  sec=[("card", "6228 4801 9375 5602 144"), ("card-expiry", "2029年6月"), ("card-code", "552")],
  notes="English message with a pasted Chinese block holding a 19-digit UnionPay card, expiry and security code")

M("tech-deposit-kr-118", T, "", "UK", "other-non-native", "EU deposit method - please verify",
  """
Hello,

We opened a German bank account for our EU sales and want to use it for the UK and Europe stores. The deposit method shows "verification pending" for 10 days.

Account holder: Hanul Baby GmbH
IBAN DE78 5001 0517 5419 8327 60

Could you check the status? Our first disbursement is waiting, and we already uploaded the bank letter with the company stamp two times.

Thank you,
Yoon Seoyeon
""", topic="deposit-method",
  sec=[("iban", "DE78 5001 0517 5419 8327 60")],
  notes="Korean seller pastes a German IBAN in groups of four")

M("poa-late-ph-119", A, "late-shipment", "US", "other-non-native",
  "Late Shipment Rate appeal - Manila Home Finds",
  """
Dear Seller Performance Team,

Good day! Our account was deactivated because our Late Shipment Rate became 5.8%.

1) What caused the late shipments
Our courier's pickup was cancelled for almost a week because of the typhoon, and we did not update our handling time, so orders were confirmed late.

2) What we did already
All orders are shipped and confirmed. We added a second courier with its own hub in our area, and we set our handling time to 3 days during the rainy season.

3) How we prevent it
When there is a typhoon warning, we set vacation mode or add handling days the same day. Our team lead checks the Late Shipment Rate every morning.

Thank you po for your time.
Angelica Reyes
""", style="numbered", rc="1) What caused the late shipments", co="2) What we did already", pr="3) How we prevent it",
  pol=["Late Shipment Rate"], notes="Filipino; complete numbered POA")

M("poa-cancel-cn-120", A, "cancel-rate", "US", "chinese",
  "Cancel rate appeal",
  """
Dear Seller Performance Team,

We are Yiwu Jiale Gifts. Our cancellation rate is over 2.5%, and we lost the selling permission.

What is the reason
Our ERP did not stop the listings when stock was zero, because the stock number of Christmas items was entered wrong by our new staff (she typed 1000 instead of 100).

What we have corrected
We fixed the stock numbers of all 86 items. We cancelled nothing more, and all remaining orders are shipped. The new staff was retrained.

How we avoid in future
Two people check every stock entry. The ERP sends an alarm when an item sells more than its real stock.

Thank you.
""", style="plain", rc="What is the reason", co="What we have corrected", pr="How we avoid in future",
  pol=["cancellation rate"], notes="Yiwu; complete plain POA")


# ---------------------------------------------------------------- chunk 7

M("tech-report-kr-121", T, "", "US", "other-non-native", "Business report shows wrong sales data",
  """
Hello Seller Support,

In the Business Reports, Detail Page Sales and Traffic by Child Item, the units ordered for November 20 to 26 show zero for all our ASINs, but we had more than 400 orders in this period (for example order 113-9027461-3358102).

We downloaded the report three times, also in other browser, the same. Our advertising team needs this data for the monthly report. Could you please check and fix the report?

Thank you.
Kwon Taeyang
Daon Living
""", topic="report-error", dec=[("order-id", "113-9027461-3358102")],
  notes="Korean, calm report error")

M("poa-inauth-gz-122", A, "inauthentic", "US", "chinese",
  "Appeal - customer complaints on sports bra",
  """
Dear Seller Performance Team,

Sorry for the inconvenient we caused. We are Guangzhou Yundong Sportswear, and here is our plan for the complaints about our sports bras.

Reason of the problem: we changed fabric supplier in September, and the new fabric has a different touch and a thinner logo print. Customers who bought before thought the new item is not original.

What we have did: we removed the 400 units of the new fabric from FBA, went back to our original fabric supplier, and sent an explanation with refund to the 12 customers who complained.

Measures to avoid: any change of material must be approved by our brand manager and shown on the detail page with a note for 3 months; we keep every fabric invoice.

Thank you for your time.
""", style="inline", rc="Reason of the problem:", co="What we have did:", pr="Measures to avoid:",
  dec=[("single-apology", "Sorry for the inconvenient we caused.")],
  notes="Guangzhou; complete POA, but the text never names the policy or complaint type ('complaints' only): no-policy; single apology decoy")

M("poa-vtr-kr-123", A, "valid-tracking", "US", "other-non-native",
  "Valid Tracking Rate plan of action",
  """
Dear Seller Performance Team,

Our Valid Tracking Rate was 91% and our account lost the selling privilege in some categories.

CAUSE OF PROBLEM
We shipped small orders by Korea Post registered small packet, and we chose "K-Packet" in the carrier name field, which is not in Amazon's list. So the tracking was not recognized.

ACTIONS ALREADY DONE
We changed the carrier name to "Korea Post" for all open orders and uploaded the tracking again. From November 15 every order uses the correct carrier name.

PREVENTIVE ACTIONS
Our shipping software now has a fixed carrier mapping, so staff cannot type a custom name. We check the Valid Tracking Rate each Monday.

Thank you.
Kim Jiwoo
""", style="caps", rc="CAUSE OF PROBLEM", co="ACTIONS ALREADY DONE", pr="PREVENTIVE ACTIONS",
  pol=["Valid Tracking Rate"], notes="Korean; complete caps POA")

M("poa-listing-ja-124", A, "listing-policy", "JP", "other-non-native",
  "商品詳細ページのルール違反に関する改善計画",
  """
Amazon出品者パフォーマンスチーム ご担当者様

いつも大変お世話になっております。北斗トレーディングの佐々木でございます。

当社のアカウントは、商品詳細ページのルールに違反したため停止されました。商品タイトルに「送料無料」「最安値」などの表現を入れていたことが原因です。担当者がルールを十分に理解しておりませんでした。

すでに全142商品のタイトルと商品説明を修正し、禁止されている表現をすべて削除いたしました。

今後は新しい商品を登録する前に、責任者がチェックリストに基づいて確認いたします。また、半年に一度、社員全員でルールの勉強会を行います。

何卒ご確認のほど、よろしくお願い申し上げます。
""", lang="ja", style="none", rc="商品タイトルに「送料無料」「最安値」などの表現を入れていたことが原因です。",
  co="すでに全142商品のタイトルと商品説明を修正し", pr="今後は新しい商品を登録する前に",
  pol=["商品詳細ページのルール"],
  notes="Japanese on JP (own marketplace); complete POA, no headings, content cues only")

AUTHOR.write()
