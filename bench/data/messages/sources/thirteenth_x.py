#!/usr/bin/env python3
"""Author X's messages for the thirteenth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/thirteenth-a/x-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("x-", "thirteenth-a")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1

M("poa-inauth-cn-001", A, "inauthentic", "US", "chinese",
  "Appeal for account deactivation - inauthentic complaint - store LUMIGO",
  """Dear Seller Performance Team,

We received your notice that our selling privileges were removed because of customer complaints about inauthentic items under our Inauthentic Item Policy. Below is our plan of action.

1. Why the problem come
Our purchase staff bought 300 units of phone cases (ASIN B0CK7TQ2M1) from a new supplier in Huaqiangbei market who could not give us a brand authorization. The goods looked same as the brand items but the inside logo was different. We did not check the supplier documents before listing, this is the main reason.

2. What we already fixed
- We removed all 300 units from FBA with removal order 6Q2ZK81TXR on March 4.
- We refunded the 7 customers who complained, even orders without return.
- We stopped to work with this supplier and deleted the listing from our catalog.

3. How we make sure it will not happen again
- Every new supplier must provide business license, brand authorization and invoice before the first order.
- Our manager Mr. Zhou will check invoices every Monday and keep them 3 years.
- Staff training about Amazon authenticity rules once each month.

Attached you can find the invoices from our new authorized distributor.

Best regards,
Lumigo Trading Co., Ltd.
深圳市鹿米戈贸易有限公司""",
  style="numbered", rc="1. Why the problem come", co="2. What we already fixed",
  pr="3. How we make sure it will not happen again", pol=("Inauthentic Item Policy",),
  dec=(("asin", "B0CK7TQ2M1"), ("removal-order-id", "6Q2ZK81TXR"), ("foreign-snippet", "深圳市鹿米戈贸易有限公司")),
  notes="clean numbered POA from a Shenzhen agency, Chinese company sign-off")

M("poa-late-kr-002", A, "late-shipment", "US", "other-non-native",
  "Re: Your Amazon.com selling account - Late Shipment Rate",
  """Hello Amazon,

> Your Late Shipment Rate is 9.2%, which is above the 4% target. To reactivate your account, please send a plan of action.

Thank you for your message. We are Korean cosmetics seller and we ship from Incheon by ourselves.

Reason
During Seollal holiday our logistics partner closed 5 days, and we did not set holiday mode in Seller Central. So 41 orders shipped late.

Action taken
We have changed the handling time from 1 day to 3 days for all seller-fulfilled SKUs. We have contracted second logistics company (Hanjin) as backup. All pending orders have been shipped and tracking uploaded.

Prevention
We will put holiday calendar of Korea in our shared schedule and turn on vacation settings 2 days before every holiday. Also we will move best 20 SKUs to FBA before June.

Thank you for reviewing.
Kim Jiwoo / Seoul Beauty Lab""",
  style="plain", rc="Reason", co="Action taken", pr="Prevention", pol=("Late Shipment Rate",),
  notes="Korean seller, quotes the notice, plain headings")

M("poa-odr-th-003", A, "odr", "US", "other-non-native",
  "Plan of action for ODR",
  """Dear Seller Performance,

Our account is deactivate for Order Defect Rate over 1%. We are very sorry for this.

We have already refund all the A-to-z claims and contact each buyer who gave negative feedback. We have also removed the 2 products (the bamboo steamer and the rice basket) that got most complaints, and we checked the other 36 listings photos and description again to match the real product.

For future, we will answer all buyer messages inside 12 hours, including weekend, and we will check the ODR every morning in Account Health page.

Please reinstate our account.

Regards,
Siriporn K.
Bangkok Home Craft""",
  style="none", co="We have already refund all the A-to-z claims", pr="For future, we will answer all buyer messages",
  pol=("Order Defect Rate",), dec=(("single-apology", "We are very sorry for this."),),
  notes="Thai seller, no headings; says what was done and what will be done but never why the defects happened: root cause absent")

M("poa-iptm-bd-004", A, "ip-trademark", "US", "other-non-native",
  "Appeal - trademark complaint - kindly reconsider",
  """Respected Sir/Madam,

This is regarding the trademark infringement complaint (complaint ID 9182736455) on our listing of cotton lungi.

Root Cause:
Our listing writer used the word "Aarong" in the title and keywords because buyers search that word. We did not know that this is a registered trademark of another company. It was our mistake.

Corrective Action:
We will remove the word from title, bullet points and backend search terms. We will also check all other 54 listings for brand names.

Preventive Measures:
We will make a list of banned words and check before every new listing. The listing writer will do a training of Amazon Intellectual Property Policy.

Kindly consider our appeal and restore the account.

Thanks and regards,
Md. Rafiqul Islam
Dhaka Textile Export""",
  style="colon", rc="Root Cause:", co="Corrective Action:", pr="Preventive Measures:", done=False,
  pol=("Intellectual Property Policy",), dec=(("complaint-id", "9182736455"),),
  notes="Bangladeshi seller; corrective part only in future tense (not done)")

M("poa-related-cn-005", A, "related-accounts", "UK", "chinese",
  "关联账户申诉 related account appeal",
  """Dear Amazon Team,

Our account has been deactivated because it is related to another account that is not allowed to sell (related account policy).

I want to explain: our company is a service agency in Yiwu, we help several small factories to open Amazon stores. One of our staff logged in two stores from the same computer. That other store was suspended last year for late shipment.

Please help check again and give us chance to sell again. We have 2000 units inventory in FBA UK and it is our main business. The boss say we lose money every day.

Thank you very much.
Yiwu Hongda E-commerce Service""",
  pol=("related account policy",), dec=(("mild-plea", "give us chance to sell again"),),
  notes="account appeal with only an explanation of the link, no actions and no prevention, no attachment: no POA (A016). The explanation alone is not a plan of action")

M("poa-review-my-006", A, "review-manipulation", "US", "other-non-native",
  "Appeal: Customer Product Reviews policy violation",
  """Hi Seller Performance,

We understand our account was deactivated for violating the Customer Product Reviews policy.

**What went wrong**
We put a small card in the package saying "Leave 5 star review and get free gift". Our designer in Penang made it from a template she found online. We did not know it is not allowed to offer incentive for positive reviews.

**What we have done**
- Stopped using the insert card from 12 March, the remaining 4,000 cards were destroyed.
- Checked FBA inventory: about 600 units still have the card inside, we created removal order and will repack them.
- Designer and me both have read the full review policy.

**What we do going forward**
- All packaging and insert changes must be approved by me (owner) before printing.
- We will only use Amazon's Request a Review button, no other review request.

Thank you,
Tan Wei Ming
Orchid Lane Sdn Bhd""",
  style="bold", rc="What went wrong", co="What we have done", pr="What we do going forward",
  pol=("Customer Product Reviews policy",),
  notes="Malaysian Chinese seller, bold headings; corrective mixes done and 'will repack' = done")

M("poa-cancel-au-007", A, "cancel-rate", "AU", "native",
  "Pre-fulfilment cancel rate - reinstatement request",
  """Hi team,

I'm the owner of Coastline Outdoor. Our account was deactivated last week because our pre-fulfilment cancel rate went to 6.8%.

This is honestly devastating. I have poured everything into this business for four years and now it's all gone overnight. I'm begging you, please, I have two staff who rely on this and I can't sleep.

The cancellations happened because our stock feed from the warehouse stopped syncing and listings showed stock we didn't have.

Please, please give it back. I will do anything you ask.

Mick Harlow
Coastline Outdoor Pty Ltd""",
  pol=("pre-fulfilment cancel rate",),
  emo=("This is honestly devastating.", "I'm begging you, please", "I can't sleep", "Please, please give it back.", "I will do anything you ask."),
  notes="Australian native; emotional pleading, states a cause but no actions or prevention: no POA")

M("poa-counterfeit-cn-008", A, "counterfeit", "US", "chinese",
  "Appeal for suspected counterfeit - ASIN B0D1RJ8V4K",
  """Hello,

Regarding the counterfeit complaint on ASIN B0D1RJ8V4K (wireless earbuds), here is our plan of action under the Amazon Anti-Counterfeiting Policy.

Our POA - The reason:
We listed on an existing brand page instead of creating our own brand listing. Our earbuds are our own private label "Vonkee" but the operator choose the wrong ASIN when bulk uploading, so buyers received Vonkee earbuds on another brand page.

Our POA - The actions:
We have deleted our offer from the wrong ASIN. We created a new ASIN under our registered brand Vonkee (Brand Registry approved). All 12 buyers from that ASIN got full refund.

Our POA - Prevention:
Bulk upload files are now checked by a second operator before submit. We keep a list of our own ASINs and the operator can only add offers to ASIN in this list.

Thank you.
Vonkee Audio Store (Shenzhen)""",
  style="our-poa", rc="Our POA - The reason:", co="Our POA - The actions:", pr="Our POA - Prevention:",
  pol=("Anti-Counterfeiting Policy",), dec=(("asin", "B0D1RJ8V4K"),),
  notes="our-poa headings")

M("poa-safety-uk-009", L, "product-safety", "UK", "native",
  "Listing removed - product safety - UKCA marking on children's torch",
  """Hello,

Our listing for the kids' dinosaur torch (ASIN B0BXQ4N7PZ) was removed for a product safety concern. A customer reported that the battery cover came loose.

ROOT CAUSE
The battery compartment on batch 2311 used a clip instead of a screw. Small button cells could be reached by a child. This did not meet the toy safety regulations, and our supplier changed the design without telling us.

CORRECTIVE ACTIONS
We have quarantined all remaining units of batch 2311 (412 units) and raised a removal order. We have contacted every buyer of that batch and offered a refund. The supplier has reverted to the screwed cover and we have new test reports from an accredited lab, attached.

PREVENTIVE ACTIONS
Every new batch is now checked against the approved golden sample before shipping to FBA. Any design change requires written approval from us.

Kind regards,
Harriet Dunmore
Little Lantern Toys Ltd""",
  style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS", pr="PREVENTIVE ACTIONS",
  dec=(("asin", "B0BXQ4N7PZ"), ("policy-like", "toy safety regulations"), ("lot-number", "2311")),
  notes="UK native; 'product safety concern' and 'toy safety regulations' are general words, no Amazon policy named: no-policy")

M("poa-vtr-cn-010", A, "valid-tracking", "US", "chinese",
  "Valid Tracking Rate below 95% appeal",
  """Dear Amazon,

Our store Valid Tracking Rate is 88% and the account is under review now. Please see our action plan.

一、问题原因 Reason of problem
Our ERP system upload tracking number before the carrier scanning, so many tracking cannot be validated. Also some orders use Yanwen economy line which has no tracking in US.

二、已经采取的措施 What we have did
We have changed to carrier that provide full tracking (4PX and YunExpress). We have set ERP to upload tracking only after first scan.

三、预防措施 Measures to avoid
Every day the shipping staff will check the Valid Tracking Rate, if below 97% they report to manager immediately.

Thanks
Shenzhen Qianyi Technology""",
  style="mixed", rc="一、问题原因 Reason of problem", co="二、已经采取的措施 What we have did",
  pr="三、预防措施 Measures to avoid", pol=("Valid Tracking Rate",),
  dec=(("foreign-snippet", "一、问题原因"),),
  notes="bilingual Chinese/English headings, still an English letter")

M("poa-drop-th-011", A, "drop-shipping", "US", "other-non-native",
  "Drop shipping policy appeal",
  """To Seller Performance,

We violated the Amazon drop shipping policy because we bought from other retailer and ship to customer directly with their packing slip.

Corrective actions:
We will stop buying from other online retailers. We will buy stock only from wholesale factories in Thailand and keep it in our warehouse in Chonburi. We will make our own packing slip with our store name.

Preventive actions:
We will check every order before shipping to make sure no other seller name appear on box or invoice.

Best regards,
Nattapong S.
Siam Living Store""",
  style="colon", rc="We violated the Amazon drop shipping policy because", co="Corrective actions:",
  pr="Preventive actions:", done=False, pol=("drop shipping policy",),
  notes="Thai seller; root cause is one sentence without heading; corrective only future tense")

M("fba-lost-cn-012", F, "", "US", "chinese",
  "Lost inbound shipment FBA17XQ4ND2R - 120 units not received",
  """Hello Seller Support,

Our shipment FBA17XQ4ND2R was delivered to ONT8 on 2026-02-14 (UPS tracking 1Z8W41V20391827465), but Amazon only received 240 of 360 units of SKU LG-DESK-LAMP-BK.

We have checked our packing list and the carrier POD, the 6 cartons total weight 108 kg was signed by the warehouse. Please investigate and reimburse the 120 missing units.

Attached: commercial invoice, packing list, POD.

Thank you.
Lumigo Trading""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA17XQ4ND2R"), ("tracking-number", "1Z8W41V20391827465"), ("sku", "LG-DESK-LAMP-BK")),
  notes="plain lost inbound claim")

M("tech-login-kr-013", T, "", "US", "other-non-native",
  "Cannot login - two step verification phone number changed",
  """Hello,

I cannot login to Seller Central because the two-step verification code goes to my old phone number. I changed my phone in Korea and the old number is cancelled.

I tried the "Didn't receive the OTP?" link but it asks the same phone. The password is correct, I reset it yesterday, but still need the verification code.

Please help me to change the 2SV phone to my new number +82 10-5551-3370. I can send my passport and business registration for identity check.

Thank you,
Park Minseo
Hanbit Kitchenware""",
  topic="login",
  dec=(("otp-word", "OTP"), ("password-word", "The password is correct"), ("verification-code-word", "verification code"), ("phone", "+82 10-5551-3370")),
  notes="decoys: password, OTP, verification code mentioned with no value")

M("tech-payment-cn-014", T, "", "US", "chinese",
  "更新信用卡 charge method declined",
  """Hello support,

Our monthly subscription fee can not be charged, the system says card declined and the account will be limited if the payment is not success in 3 days. Our boss asked me to update the card, so I send the details here, please update for us:

Card number: 4243 2854 5749 4629
Expiry: 11/28
CVV: 316
Name on card: ZHANG LEI

老板留言：卡号就用这张，别用公司那张了。

Thanks a lot
Yiwu Jinyu Store""",
  topic="payment-method",
  sec=(("card", "4243 2854 5749 4629"), ("card-expiry", "11/28"), ("card-code", "316")),
  dec=(("foreign-snippet", "老板留言：卡号就用这张，别用公司那张了。"),),
  notes="agency staff pastes full card with expiry and CVV plus boss's Chinese note")

M("brand-hijack-au-015", B, "", "AU", "native",
  "Hijacker on our brand listing - Wattle & Co",
  """Hi Brand Registry team,

A seller called "FastDealsOz" has joined our listing ASIN B0C9LMW2QX for the Wattle & Co beeswax wraps. We are the brand owner (trademark 2187345 registered with IP Australia) and we have never sold to them.

We did a test buy, order 250-6619284-3351807, and the item we received is a plain plastic wrap with no branding. Photos attached.

Could you please remove their offer. Unfortunately this is the third time this year.

Thanks,
Jess Whitford
Wattle & Co""",
  topic="hijacker",
  dec=(("asin", "B0C9LMW2QX"), ("trademark-number", "2187345"), ("order-id", "250-6619284-3351807"), ("mild-word", "Unfortunately")),
  notes="calm brand complaint with a mild word")

M("cat-approval-bd-016", C, "", "US", "other-non-native",
  "Request approval for Grocery & Gourmet category",
  """Dear Category team,

We want to sell Bangladeshi tea (Sylhet black tea) in the Grocery & Gourmet Food category. We are the importer and we have FDA food facility registration number 18372649015.

I attached 3 invoices from the tea estate, the product label photo with ingredients and net weight, and our business license.

Please kindly review and approve. Any other document you need please tell me and I will revert back quickly.

Thanks and regards,
Sharmin Akter
Bengal Leaf Trading""",
  topic="grocery", dec=(("certificate-number", "18372649015"),),
  notes="category approval; 11-digit FDA registration as decoy")

M("poa-cond-cn-017", L, "condition", "US", "chinese",
  "Listing reinstatement - used sold as new complaints - ASIN B0B7NQ3ZK8",
  """Dear Amazon,

Our listing ASIN B0B7NQ3ZK8 (electric kettle) was deactivated due to customer complaints that the item is used, according to the Condition Guidelines.

Root cause:
Customer returns were sent back to sellable inventory by our 3PL warehouse without inspection. Some returned kettles with water stain were sent to new buyers.

Corrective action:
(blank - boss will add)

Preventive action:
All returns will be inspected and only unopened item go back as new. Opened items will be sold as Used - Like New or be liquidated.

Thank you
Qianyi Home""",
  style="colon", rc="Root cause:", pr="Preventive action:", pol=("Condition Guidelines",),
  dec=(("asin", "B0B7NQ3ZK8"),),
  notes="half-edited template: 'Corrective action:' heading with nothing real under it -> corrective absent")

M("poa-price-uk-018", A, "price-gouging", "UK", "native",
  "Fair Pricing Policy - account deactivation",
  """Dear Seller Performance,

I am writing about the deactivation of Pennine Supplies under the Fair Pricing Policy. I understand that the hand sanitiser gel listing showed a price of £39.99 against a usual price of £6.49.

Our repricer was set with a minimum of £5 and a maximum of £40. When the competition ran out of stock, it climbed to the maximum. Nobody reviewed it over the weekend.

We have paused the repricer on the sanitiser listing, manually set it back to £6.49, and refunded the difference to the 14 customers who paid the higher price.

Kind regards,
Tom Ashworth
Pennine Supplies""",
  style="none", rc="Our repricer was set with a minimum", co="We have paused the repricer on the sanitiser listing",
  pol=("Fair Pricing Policy",),
  notes="UK native, no headings; cause and actions done but nothing about preventing it again: preventive absent")

M("poa-restr-cn-019", A, "restricted-products", "US", "chinese",
  "申诉 - Restricted Products",
  """尊敬的亚马逊卖家绩效团队：

我们的账户因为销售受限商品（含CBD成分的护肤油）而被停用。违反了亚马逊受限商品政策。

问题原因：我们的运营人员不了解美国站对CBD产品的限制，以为有检测报告就可以销售。

已采取的措施：我们已经删除了全部3个相关商品链接，并且已经创建移除订单，把FBA仓库里的库存全部移除。

预防措施：以后每个新产品上架前，由主管核对亚马逊受限商品清单，并且每月对运营人员进行政策培训。

请审核我们的申诉，谢谢！

深圳市绿源电子商务有限公司""",
  lang="zh", style="colon", rc="问题原因：", co="已采取的措施：", pr="预防措施：", pol=("亚马逊受限商品政策",),
  notes="complete POA but written in Chinese on US: non-english")

M("fba-damaged-my-020", F, "", "US", "other-non-native",
  "Damaged in warehouse - reimbursement request",
  """Hi,

In the inventory adjustment report I see 18 units of FNSKU X003KQ7ZR1 marked as damaged in warehouse (reason code E) at PHX7 in January. But no reimbursement is showing in the reimbursement report after 45 days.

Please check and reimburse the 18 units at our selling price. Our bank details are already in the account, no change.

Thank you,
Tan Wei Ming""",
  topic="warehouse-damaged", dec=(("fnsku", "X003KQ7ZR1"),),
  notes="short damaged-in-warehouse claim; 'bank details' mentioned without values")

# ---------------------------------------------------------------- chunk 2

M("poa-inauth-cn-021", A, "inauthentic", "US", "chinese",
  "Re: Action required - your account is deactivated",
  """Hello Seller Performance,

> We received complaints that the items you sold are not authentic. Submit a plan of action that explains the root cause, the actions you took and the steps you will take to prevent it.

Dear team, this is our 4th appeal. Please read carefully, we are desperate, this is killing our family business. Why you don't answer us?? We already send invoice 3 times!!!

Root Cause
We bought LED strip lights from wholesaler and they have no authorization letter from the brand owner.

Corrective Action
We have removed the inventory and refund all customers.

Preventive Action
Buy only from brand owner or authorized distributor, keep invoices.

If you not reinstate, we will lose everything, 20 workers will lose job. Please have mercy on us.

Shenzhen Brightway""",
  style="plain", rc="Root Cause", co="Corrective Action", pr="Preventive Action",
  emo=("we are desperate", "this is killing our family business", "Why you don't answer us??", "We already send invoice 3 times!!!", "we will lose everything", "Please have mercy on us."),
  notes="complete but thin POA wrapped in emotional pleading; quoted notice asks for POA but does not name a policy: no-policy")

M("tech-2sv-cn-022", T, "", "UK", "chinese",
  "Account locked after too many login attempts",
  """Hi Seller Support,

My colleague is on holiday and I need to login the UK store to download settlement report. The account is locked after 5 wrong password attempts.

For you to verify, our login is ops.uk@hongdaes.com and the password is Hd@2026uk!88 (we changed it after the lock). The text message code now is 482913 but it expires fast, please use it quickly.

Please unlock the account today, we need the report for VAT filing.

Thanks
Hongda E-commerce""",
  topic="login",
  sec=(("password", "Hd@2026uk!88"), ("one-time-code", "482913")),
  dec=(("password-word", "wrong password attempts"),),
  notes="agency sends password and SMS code to Seller Support")

M("poa-odr-bd-023", A, "odr", "US", "other-non-native",
  "Appeal of Order Defect Rate deactivation",
  """Dear Sir,

Our account was deactivated due to high ODR (2.3%). We have checked the negative feedbacks and A-to-z claims.

The main cause was the courier we used from Dhaka (cheap economy service) took 25-35 days, and buyers opened claims because items did not arrive within the delivery date.

What we will do:
1) We will change to DHL eCommerce with 8-12 days delivery.
2) We will update the delivery template to show correct transit time.
3) We will contact buyers with delayed orders to offer refund.

Preventive steps
1) Weekly check of Account Health.
2) No more economy courier for US.

Kindly reinstate our selling privilege. We will do the needful.

Regards,
Anwar Hossain
Rupsha Leather Goods""",
  style="mixed", rc="The main cause was the courier", co="What we will do:", pr="Preventive steps",
  done=False, pol=("ODR",),
  notes="Bangladeshi; root cause is a sentence, numbered lists restart; corrective all future")

M("poa-iptm-jp-024", A, "ip-trademark", "JP", "other-non-native",
  "商標権侵害に関する申し立てについて",
  """Amazon セラーパフォーマンスチーム御中

いつもお世話になっております。弊社の出品（ASIN B0CR5TKM9Q）について、商標権侵害の申し立てがあり、アカウントが停止されました。

原因：商品タイトルに他社の登録商標「ピカクール」を使用していました。検索されやすい言葉だと思い、確認せずに使ってしまいました。

対応：該当商品のタイトル、説明文、検索キーワードから商標を全て削除しました。他の商品ページも全て確認済みです。

再発防止：新しい商品を出品する前に、特許庁のデータベースで商標を確認します。

なお、確認のためセラーセントラルのログイン情報をお送りします。パスワード：Kaze2026!tokyo

よろしくお願いいたします。
株式会社カゼトレード""",
  lang="ja", style="colon", rc="原因：", co="対応：", pr="再発防止：",
  sec=(("password", "Kaze2026!tokyo"),), dec=(("asin", "B0CR5TKM9Q"),),
  notes="Japanese on JP (not english-required); complete POA but pastes a password; '商標権侵害' describes the complaint, not an Amazon policy name: no-policy")

M("poa-review-cn-025", A, "review-manipulation", "US", "chinese",
  "Appeal: review manipulation",
  """Dear Amazon Seller Performance Team,

Thank you for the notice about our account violation of Amazon Community Guidelines on reviews. We take it very serious.

Investigation result
We found that our former operator joined a Facebook group and gave refund to buyers after they leave review. This was done without the approval of company management, and he left the company in February.

Immediate actions
We have closed all the social media accounts linked to our store. We have stopped any refund outside Amazon. All staff signed a document that they understand the rules.

Thank you for your time.

Sincerely,
Jiayu Electronics""",
  style="plain", rc="Investigation result", co="Immediate actions", pol=("Amazon Community Guidelines",),
  notes="'Immediate actions' only, no prevention section or content: preventive absent")

M("fba-inbound-kr-026", F, "", "US", "other-non-native",
  "Case for damaged inbound - shipment FBA18B2WXK9M",
  """Dear Support,

When our shipment FBA18B2WXK9M arrived to SBD1, 22 units of rice cookers were received as damaged by carrier (the report shows "damaged inbound"). We used Amazon partnered carrier, so I think Amazon should reimburse.

The boxes were double wall cartons and each unit had foam protection. Photos from our warehouse in Busan before pickup attached.

Reference: PRO number 438827150, BOL 7718203946.

Thank you,
Lee Hyunwoo""",
  topic="damaged-inbound",
  dec=(("shipment-id", "FBA18B2WXK9M"), ("pro-number", "438827150"), ("bol-number", "7718203946")),
  notes="9-digit PRO number decoy (fails ABA)")

M("poa-safety-cn-027", L, "product-safety", "US", "chinese",
  "Reinstate listing - power bank - dangerous goods/safety",
  """Dear Amazon,

Our power bank listing ASIN B0D8WQ2LCN was removed due to product safety, customers said it became very hot when charging.

Our plan as below:

1. 原因 / Root cause: The factory used a cheaper battery cell for lot 2402 without telling us. The cell has no over-charge protection.
2. 处理 / Actions: We have recalled 1,180 units from FBA, and destroyed them by licensed recycler. Refunded all buyers of lot 2402.
3. 预防 / Prevention: Each lot will have UL 2056 test report before shipment and we keep a golden sample. We changed to a new factory with UL certified cells.

We attach UL report and recycler certificate.

Shenzhen Powerlink""",
  style="numbered", rc="1. 原因 / Root cause:", co="2. 处理 / Actions:", pr="3. 预防 / Prevention:",
  dec=(("asin", "B0D8WQ2LCN"), ("lot-number", "2402"), ("policy-like", "UL 2056")),
  notes="complete POA, no Amazon policy named (UL standard is not a policy): no-policy")

M("poa-late-uk-028", A, "late-shipment", "UK", "native",
  "Late Dispatch Rate - reinstatement",
  """Hello,

Our account was suspended because our Late Dispatch Rate was 7.4%. Sorry, we know that is well above target.

The problem was simple: our only warehouse packer was off sick for two weeks in January and orders stacked up.

From now on we will set the handling time to 3 days and we are going to hire a part-time packer.

Regards,
Sam Whitlock
Yorkshire Candle Co""",
  style="none", rc="The problem was simple", co="From now on we will set the handling time",
  done=False, pol=("Late Dispatch Rate",), dec=(("single-apology", "Sorry, we know that is well above target."),),
  notes="UK native, short, no headings; actions only future and nothing separately preventive: not-done + missing preventive (the future actions are labeled corrective)")

M("poa-cancel-cn-029", A, "cancel-rate", "US", "chinese",
  "Appeal - cancellation rate",
  """Dear Seller Performance Team,

The reason for our high number of cancelled orders is because of the cancellations. We had many cancellations in December because of the holiday season.

We have cancelled the orders we could not ship and refunded all buyers. We turned off the listings that had no stock.

To avoid this in future we will connect our ERP inventory to Amazon every hour so stock is always correct, and we will keep 2 weeks safety stock on top 10 SKUs.

Thank you.
Yiwu Starlight Trade""",
  style="none", co="We have cancelled the orders we could not ship", pr="To avoid this in future we will connect",
  dec=(("because-not-cause", "because of the cancellations"),),
  notes="the 'because' explains nothing (circular): root cause absent; 'cancellation rate' is not the policy name -> no-policy")

M("poa-copyright-uk-030", L, "ip-copyright", "UK", "native",
  "Copyright complaint - product images",
  """Hi,

We received a notice that our listing for the ceramic planter (ASIN B0BJ7RW3TZ) was removed following a copyright infringement report from Potterly Ltd, complaint 1049281736.

Looking into it, our freelancer had used two of Potterly's lifestyle photos as "placeholder" images and they never got swapped out. That's on us.

We've replaced every image with our own studio photos (shot last week, originals available), and I've gone through the other 80 listings and found no other third-party images. We've also contacted Potterly directly to apologise and they have agreed to withdraw the complaint; their email is attached.

Going forward, no listing goes live until I've signed off the image folder with the photographer's licence attached.

Thanks,
Ella Bright
Bright & Bloom Home""",
  style="none", rc="Looking into it, our freelancer", co="We've replaced every image", pr="Going forward, no listing goes live",
  pol=("copyright infringement",), dec=(("asin", "B0BJ7RW3TZ"), ("complaint-id", "1049281736")),
  notes="natural native letter, no headings, complete")

M("tech-deposit-bd-031", T, "", "US", "other-non-native",
  "Update deposit method - new bank account",
  """Dear Seller Support,

We changed our bank because old bank has high conversion charges. Please update our deposit method to the new US account we opened with a payment service.

Bank name: Evolve Bank & Trust
Account holder: Rupsha Leather Goods
Account number: 9187003452617
Routing number: 084106768
Account type: Checking

The Seller Central page gives error "We were unable to verify your bank account" so I am sending here. Please do the needful.

Regards,
Anwar Hossain""",
  topic="deposit-method",
  sec=(("bank-account", "9187003452617"), ("routing-number", "084106768")),
  notes="pastes account and routing number in case text")

M("poa-drop-my-032", A, "drop-shipping", "US", "other-non-native",
  "Reinstatement appeal - drop shipping",
  """Dear Amazon,

I refer to your email about our account being deactivated for drop shipping.

Honestly I am shocked and confused. We never did any drop shipping. We are a small family in Johor Bahru and we ship from our own home warehouse. Maybe the customer got a box with our supplier's label because our supplier ship some big items to US directly.

We hope you can check again. This store is everything for us. I am crying writing this letter.

Thank you for your understanding.
Lim Siew Ling""",
  emo=("Honestly I am shocked and confused.", "This store is everything for us.", "I am crying writing this letter."),
  notes="Malaysian; denies, emotional, no POA; 'drop shipping' names the violation it answers",
  pol=("drop shipping",))

M("poa-used-au-033", L, "used-sold-as-new", "AU", "native",
  "Listing blocked - used sold as new - Breville style toaster",
  """Hello team,

Please reinstate ASIN B0C1T5KZ3R. It was blocked for used sold as new complaints.

CAUSE
Returned units were restocked by our prep centre in Melbourne as new, without being checked.

ACTIONS
ACTIONS

PREVENTION
All customer returns now go to a separate bay and are graded by our own staff before anything is relisted. Opened units are relisted under Used - Very Good only.

Kind regards,
Priya Nair
Ozzie Appliance Direct""",
  style="caps", rc="CAUSE", pr="PREVENTION", pol=("used sold as new",),
  dec=(("asin", "B0C1T5KZ3R"),),
  notes="ACTIONS heading pasted twice with nothing under it: corrective absent")

M("poa-restr-kr-034", A, "restricted-products", "US", "other-non-native",
  "Appeal - restricted product (melatonin gummies)",
  """Dear Seller Performance,

Our account was deactivated for listing products that violate the Restricted Products policy (Drugs & drug paraphernalia).

A) Root cause
Our team in Seoul did not know that some supplement ingredients need extra approval. We listed melatonin gummies with a "sleep cure" claim, which is a disease claim.

B) Corrective actions
We have deleted the listing and all related variations. Inventory in FBA (300 units) removal order is created and confirmed.

C) Preventive actions
C) Preventive actions

Regards,
Choi Eunji
Daon Health Korea""",
  style="lettered", rc="A) Root cause", co="B) Corrective actions", pol=("Restricted Products policy",),
  notes="preventive heading repeated with nothing under it: preventive absent")

M("brand-contrib-th-035", B, "", "US", "other-non-native",
  "Wrong images on our brand listing - listing contribution",
  """Hello Brand Registry,

Someone changed the main image on our brand listing ASIN B0CZ2PRM6W (Lanna Silk scarf). Now the main picture is a different scarf with a white background which is not ours.

We are the brand owner. Our brand registry is approved for "Lanna Silk". Please revert the image and lock the listing contributions so only the brand owner can change.

Thank you,
Nattapong S.""",
  topic="listing-contribution", dec=(("asin", "B0CZ2PRM6W"),),
  notes="short brand listing-contribution complaint")

M("fba-return-uk-036", F, "", "UK", "native",
  "Customer return not received - refund issued 45 days ago",
  """Hello,

Order 203-5518274-9903162 was refunded to the customer on 12 January but the return never came back into our inventory. It's now well past the 45-day window.

Could you please check the return tracking and reimburse the unit (SKU YCC-LAV-300G)?

I appreciate this happens from time to time with returns, and I'm not chasing anyone, I just want it tidied up before our year-end stock count next week.

Thanks,
Sam Whitlock
Yorkshire Candle Co""",
  topic="customer-return",
  dec=(("order-id", "203-5518274-9903162"), ("sku", "YCC-LAV-300G")),
  notes="short customer-return claim")

M("poa-vtr-bd-037", A, "valid-tracking", "US", "other-non-native",
  "Valid tracking rate appeal",
  """Dear Seller Performance,

Our Valid Tracking Rate dropped to 81% in the last 30 days.

Reason: we used a local courier in Chattogram who gives tracking number but it is not integrated with Amazon, so tracking shows invalid.

Action done: We have already switched all US orders to Aramex with full integrated tracking from 1 March. We have also uploaded the correct carrier name for old orders where possible.

Prevention: We will use only carriers in Amazon's approved carrier list. Every Friday our manager checks the VTR in Account Health.

Thank you,
Kazi Mahmud
Padma Handicrafts""",
  style="inline", rc="Reason:", co="Action done:", pr="Prevention:",
  pol=("Valid Tracking Rate",), notes="inline headings, complete")

M("poa-counterfeit-cn-038", A, "counterfeit", "US", "chinese",
  "Counterfeit appeal - supply chain documents attached",
  """Dear Seller Performance Team,

Please find attached our Plan of Action regarding the counterfeit complaint on our account, together with the invoices from our supplier and the authorization letter from the brand owner.

The POA explains the root cause, the actions we have taken and the measures we have put in place under the Anti-Counterfeiting Policy.

Looking forward to your reply.

Best regards,
Jiayu Electronics""",
  att=True, pol=("Anti-Counterfeiting Policy",),
  notes="cover letter, POA attached: A016 must not fire")

M("poa-condition-cn-039", A, "condition", "UK", "chinese",
  "Appeal - item condition complaints",
  """Dear Amazon Team,

We have received your email regarding customer complaints about item condition. We have checked our inventory and found some items were sent in damaged packaging. Our warehouse staff is new and sometimes the boxes are reused from supplier.

Please reactivate our account, we have many orders waiting and the stock is ready in our warehouse in Shenzhen. We promise this will not happen again.

Best regards,
Hongda Home UK""",
  notes="short account appeal without POA or attachment; 'promise' is not a plan; 'item condition complaints' is the complaint, no policy: no-poa + no-policy")

M("poa-iptm-cn-040", A, "ip-trademark", "US", "chinese",
  "Trademark infringement complaint appeal",
  """Dear Amazon,

We received the trademark infringement complaint from rights owner for our listing of silicone baking mats.

1. Root cause analysis
1. Our operator used "Silpat" in the title as a generic word for baking mat.
1. We did not check the trademark database.

2. Corrective measures
1. Removed "Silpat" from all listings on 2026-03-02.
2. Contacted the rights owner by email; they confirmed the complaint will be retracted (email attached).

3. Preventive measures
1. Operators must check USPTO TESS before using any word in title.
2. Monthly check of all listings by team leader.

Thank you,
Yiwu Meichen Kitchen""",
  style="numbered", rc="1. Root cause analysis", co="2. Corrective measures", pr="3. Preventive measures",
  pol=("trademark infringement",), notes="numbering restarts and repeats '1.'; complete")

# ---------------------------------------------------------------- chunk 3

M("poa-inauth-cn-041", A, "inauthentic", "UK", "chinese",
  "不真实商品申诉 - 请审核",
  """您好，亚马逊卖家绩效团队：

我们的店铺因为收到“不真实商品投诉”而被停用。我们已经认真检查了整个供应链。

根本原因：我们从1688上的一个批发商采购了蓝牙音箱，该批发商无法提供品牌授权书，发票也不完整。

纠正措施：我们已经下架所有相关商品，创建了移除订单，并给所有投诉的买家全额退款。

预防措施：今后只从品牌方或授权经销商采购，每批货都保存正规发票，主管每周检查一次。

附件是我们新供应商的授权书和发票。谢谢！

义乌市宏达电子商务有限公司""",
  lang="zh", style="colon", rc="根本原因：", co="纠正措施：", pr="预防措施：", pol=("不真实商品投诉",),
  notes="full Chinese POA on UK: non-english")

M("poa-odr-cn-042", A, "odr", "US", "chinese",
  "ODR appeal - 订单缺陷率",
  """Dear Amazon Seller Performance,

Our account Order Defect Rate is 1.8% and the account is deactivated.

We have did the following things:
- Refund all A-to-z claim orders (23 orders).
- Contact all buyers with negative feedback and solve their problem.
- Remove the defective product (hair dryer ASIN B0CP8XWT3N) and check quality with the factory.

We will also:
- Answer buyer message in 24 hours.
- Check the product quality every batch before shipping to FBA.

Thank you very much, please reactivate our account.

Shenzhen Qianyi Technology""",
  style="none", co="We have did the following things:", pr="We will also:",
  pol=("Order Defect Rate",), dec=(("asin", "B0CP8XWT3N"),),
  notes="lists actions and prevention but never says why the hair dryer was defective: root cause absent")

M("poa-related-kr-043", A, "related-accounts", "US", "other-non-native",
  "Related account - we are different business",
  """Dear Seller Performance,

You said our account is related to another account which is deactivated. I think it is because my cousin used my laptop once in 2024 to check his own Amazon account.

Please, this is very unfair. I did nothing wrong and now I am punished for someone else. I am so stressed I cannot eat. You are destroying my life.

I have attached my business registration so you can see my business is separate from him.

Park Minseo""",
  emo=("this is very unfair", "I am so stressed I cannot eat.", "You are destroying my life."),
  notes="Korean; explanation with emotion, attachment is business registration (not a POA): no-poa; 'related to another account' is a description, no policy name -> no-policy")

M("tech-upload-cn-044", T, "", "US", "chinese",
  "Flat file upload error 8541",
  """Hello,

When I upload the inventory flat file for our new LED mirror, the processing report shows error 8541 for all 6 SKUs: the data we provided conflicts with an existing ASIN.

We are the brand owner and these are new products with our own GTIN (we bought GS1 barcodes, UPC 850034712265). The UPC is not used by any other product.

Batch ID 2791038465123456 and feed submission ID 50138290117. Please help to check.

Thank you
Lumigo Trading""",
  topic="listing-upload",
  dec=(("error-code", "8541"), ("upc", "850034712265"), ("batch-id", "2791038465123456"), ("feed-id", "50138290117")),
  notes="16-digit batch ID and feed ID decoys")

M("poa-safety-my-045", L, "product-safety", "SG", "other-non-native",
  "Reinstatement - baby teether listing removed",
  """Hi Amazon SG team,

Our silicone baby teether (ASIN B0CK3WQ8TP) was removed under the Product Safety and Compliance policy. Customer reported the ring split and small piece came off.

Root cause - we find the mould at the factory was worn out and the silicone wall became thinner for batch 24-11.

Fix done - All batch 24-11 stock pulled from FBA and destroyed, buyers refunded, factory replaced the mould and we got new test report (EN 71 and ASTM F963) for the new batch.

Going forward - every batch is pull-tested by third party lab before shipping, and we check wall thickness on 10 random pieces per carton.

Thanks lah,
Lim Siew Ling
Little Sprout Baby""",
  style="inline", rc="Root cause - we find", co="Fix done - All batch", pr="Going forward - every batch",
  pol=("Product Safety and Compliance policy",), dec=(("asin", "B0CK3WQ8TP"), ("policy-like", "ASTM F963")),
  notes="Malaysian Chinese seller on SG, inline dash headings")

M("poa-late-th-046", A, "late-shipment", "US", "other-non-native",
  "Late shipment - we are so sorry",
  """Dear Amazon team,

Our account is deactivated because late shipment rate is over 4%.

We are so sorry. We are so sorry. We really cannot lose this account, it is the only income of my mother and me. Please, I beg you, do not close us forever. I promise we will work harder. My mother make these baskets by hand in our village.

Thank you,
Siriporn K.""",
  pol=("late shipment rate",),
  emo=("We really cannot lose this account", "it is the only income of my mother and me", "Please, I beg you", "do not close us forever"),
  notes="Thai seller; pure plea, no POA; two repeated apologies are part of the pleading")

M("poa-review-uk-047", A, "review-manipulation", "UK", "native",
  "Appeal regarding review abuse notice",
  """Dear Seller Performance,

We've read the notice about suspected manipulation of customer reviews under the Community Guidelines.

Our investigation found that a marketing agency we hired in November (Boost Digital) had been sending free products to people in exchange for reviews. We didn't authorise this and didn't know until we asked them for their full activity report.

We have terminated the agency's contract and removed their user permissions from Seller Central. We have reported the reviews we believe came from their programme through the Report abuse link.

Any agency we use in future will sign our written brief, which forbids contacting reviewers, and only the owner will hold admin rights on the account.

Regards,
Oliver Penrose
Penrose Garden Tools""",
  style="none", rc="Our investigation found", co="We have terminated the agency's contract", pr="Any agency we use in future",
  pol=("Community Guidelines",), notes="native, no headings, complete")

M("poa-restr-bd-048", A, "restricted-products", "US", "other-non-native",
  "আপিল - সীমাবদ্ধ পণ্য",
  """প্রিয় অ্যামাজন সেলার পারফরম্যান্স টিম,

আমাদের অ্যাকাউন্টটি সীমাবদ্ধ পণ্য নীতি লঙ্ঘনের জন্য বন্ধ করা হয়েছে। আমরা ভেষজ চা বিক্রি করছিলাম যার লেবেলে রোগ নিরাময়ের দাবি ছিল।

কারণ: আমাদের কর্মী জানতেন না যে এই ধরনের দাবি করা নিষিদ্ধ। আমরা সরবরাহকারীর লেবেল সরাসরি কপি করেছি।

সংশোধন: আমরা সমস্ত তালিকা মুছে ফেলেছি এবং FBA থেকে সমস্ত পণ্য সরিয়ে নিয়েছি।

প্রতিরোধ: প্রতিটি নতুন পণ্য তালিকাভুক্ত করার আগে ম্যানেজার নীতিমালা যাচাই করবেন এবং লেবেল পরীক্ষা করবেন।

ধন্যবাদ,
পদ্মা হ্যান্ডিক্রাফটস""",
  lang="bn", style="colon", rc="কারণ:", co="সংশোধন:", pr="প্রতিরোধ:", pol=("সীমাবদ্ধ পণ্য নীতি",),
  notes="Bengali POA on US: non-english")

M("fba-warehouse-cn-049", F, "", "US", "chinese",
  "Warehouse lost - 55 units missing",
  """Hello Seller Support,

In our inventory ledger, 55 units of FNSKU X004BT9QLM (SKU QY-BT-SPK-RED) disappeared at TEB3 between 2026-01-10 and 2026-01-22 with reason "M - misplaced", and they never were found back. It is more than 30 days now and no reimbursement.

Please kindly investigate and reimburse. If you need the invoice, our unit cost is USD 11.40, invoice number QY-INV-20251108 is attached.

Thank you
Shenzhen Qianyi Technology""",
  topic="warehouse-lost",
  dec=(("fnsku", "X004BT9QLM"), ("sku", "QY-BT-SPK-RED"), ("invoice-number", "QY-INV-20251108")),
  notes="warehouse lost claim")

M("poa-iptm-au-050", L, "ip-trademark", "AU", "native",
  "Listing removed - trademark complaint",
  """Hi there,

Our listing for the kangaroo leather wallet was pulled after a trademark complaint by Outback Hides, referencing trademark 1984522.

Root cause:
Our title said "Outback Hides style" which we thought was describing the look, not the brand.

Actions:
We'll change the title and remove the phrase from the bullet points as soon as the listing is editable again. We're also going to go back through the other listings this weekend.

Prevention:
We'll keep a list of competitor brand names and check every new title against it.

Cheers,
Mick Harlow""",
  style="colon", rc="Root cause:", co="Actions:", pr="Prevention:", done=False,
  dec=(("trademark-number", "1984522"),),
  notes="AU native; actions all future ('We'll change'); 'trademark complaint' describes the notice but no policy named -> no-policy")

M("poa-cond-kr-051", A, "condition", "US", "other-non-native",
  "Appeal - condition complaints (used item)",
  """Dear Seller Performance team,

Regarding the notice about our account under the Condition Guidelines.

1 - Investigation
We checked the 9 complaints. All are for the Korean stone bowl and buyers said the box was opened and there were scratches.

2 - What we did
We removed all units from FBA for inspection. 40 units had scratches because they were returned items re-sold, they are now listed as Used - Good.

3 - Long term
We will inspect every customer return ourselves, Amazon will not put back returns directly as sellable (we changed the setting).

Regards,
Choi Eunji""",
  style="numbered", rc="1 - Investigation", co="2 - What we did", pr="3 - Long term",
  pol=("Condition Guidelines",), notes="complete, numbered with dashes")

M("poa-price-cn-052", A, "price-gouging", "US", "chinese",
  "Fair pricing appeal",
  """Dear Amazon,

Our account is deactivated for Fair Pricing Policy. The price for the N95 mask box was 89.99 for few hours.

A. Root cause: Our staff typed 89.99 instead of 8.99 when change price in the night.

B. Corrective action:

C. Preventive action: Price change more than 30% will need the manager approval in our ERP, and we set min/max price in Seller Central for every SKU.

Thank you.
Yiwu Starlight Trade""",
  style="lettered", rc="A. Root cause:", pr="C. Preventive action:", pol=("Fair Pricing Policy",),
  notes="'B. Corrective action:' heading left empty in template: corrective absent")

M("poa-drop-cn-053", A, "drop-shipping", "US", "chinese",
  "Re: drop shipping violation",
  """Hello,

Our root cause is that the account manager of our agency did not know the drop shipping policy and used a local supplier in US to ship orders directly with the supplier invoice inside.

Actions we have took: stopped all supplier direct shipping; sent all products to FBA; closed 2 SKUs that we can not stock.

Please reinstate.

Yiwu Hongda E-commerce Service""",
  style="inline", rc="Our root cause is that", co="Actions we have took:", pol=("drop shipping policy",),
  notes="no prevention: preventive absent")

M("tech-tax-my-054", T, "", "US", "other-non-native",
  "Tax interview - W-8BEN-E keeps rejected",
  """Hi Support,

I filled the tax interview 3 times for our company Orchid Lane Sdn Bhd (Malaysia), but each time the status becomes "invalid" after 2 days.

Our company registration number is 201901028374 (SSM). We don't have a US TIN, I chose "foreign TIN" and entered our Malaysian tax number C 2583019408.

Can you please tell what is wrong? I do not want our disbursements to be held.

Thanks,
Tan Wei Ming""",
  topic="tax-interview",
  dec=(("tax-id", "C 2583019408"), ("certificate-number", "201901028374")),
  notes="tax IDs as decoys")

M("poa-iptm-cn-055", A, "ip-trademark", "US", "chinese",
  "申诉 - trademark",
  """Dear Team,

We are writing about the account deactivation of our store. We are very serious about this and our team has checked everything. Please see our plan below, and thank you for your patience with our store.

Root cause: ____
Corrective actions: ____
Preventive measures: ____

[老板: 先把模板发过去，细节明天补]

We hope to get your understanding and reactivate our account as soon as possible.

Best regards,
Shenzhen Brightway""",
  dec=(("foreign-snippet", "老板: 先把模板发过去，细节明天补"),),
  notes="empty template with blank headings sent by mistake: no real POA -> poa=false (no-poa), no policy named")

M("poa-counterfeit-au-056", A, "counterfeit", "AU", "native",
  "Counterfeit claim - appeal with supplier invoices",
  """Hi Seller Performance,

I'm appealing the deactivation for alleged counterfeit sunglasses (ASIN B0BTC4MK2L) under the Anti-Counterfeiting Policy.

What happened: we bought stock through a clearance wholesaler in Sydney. On review, the invoices don't trace back to the brand, and we can't prove the goods are genuine, so we accept the complaint.

What we've done so far: all 86 remaining units removed and destroyed (destruction certificate attached), every buyer refunded, and the wholesaler has been dropped.

What changes: we now only buy branded eyewear from the brand's listed Australian distributor, and every invoice gets filed against the ASIN before the listing goes live.

Frustrating lesson, but a fair one.

Priya Nair
Ozzie Appliance Direct""",
  style="inline", rc="What happened:", co="What we've done so far:", pr="What changes:",
  pol=("Anti-Counterfeiting Policy",), dec=(("asin", "B0BTC4MK2L"), ("mild-word", "Frustrating lesson")),
  notes="calm native letter with one mild word")

M("cat-approval-cn-057", C, "", "US", "chinese",
  "Toys category approval for Q4 holiday",
  """Hello Category Approval team,

We want to sell toys during Q4 holiday season. Our store meets the performance requirement: ODR 0.2%, late shipment 0.8%, cancellation 0.3%.

We attached the CPC certificate for our magnetic building blocks and the ASTM F963 test report from SGS (report SZ-2026-0411872). Also the invoice from our factory.

Please kindly approve us.

Thank you,
Jiayu Electronics""",
  topic="toys-holiday",
  dec=(("certificate-number", "SZ-2026-0411872"),),
  notes="category approval with metrics")

M("poa-vtr-uk-058", A, "valid-tracking", "UK", "native",
  "Valid Tracking Rate - plan of action",
  """Dear Seller Performance,

## What caused the drop
Our Royal Mail Click & Drop integration failed in February after a password change, so tracking numbers for 214 orders were never pushed to Amazon.

## What we fixed
We reconnected the integration on 3 March and manually uploaded tracking for all the affected orders that were still in window. Our Valid Tracking Rate for the last 7 days is 99.1%.

## How we keep it fixed
The integration now sends us an alert if no tracking is pushed for 4 hours. Password changes on shipping accounts are done on a checklist that includes reconnecting integrations.

Kind regards,
Harriet Dunmore
Little Lantern Toys Ltd""",
  style="markdown", rc="What caused the drop", co="What we fixed", pr="How we keep it fixed",
  pol=("Valid Tracking Rate",), dec=(("password-word", "after a password change"),),
  notes="markdown headings; 'password change' with no value")

M("poa-review-bd-059", A, "review-manipulation", "US", "other-non-native",
  "Appeal - review violation",
  """Dear Sir/Madam,

Our account is deactivated for review manipulation.

We sincerely apologize. We have done a full check of our business and now we understand the policies of Amazon. Please give us one more chance, we are a small business from Bangladesh.

We assure you it will not happen again and we respect the Amazon rules.

Regards,
Md. Rafiqul Islam
Dhaka Textile Export""",
  dec=(("mild-plea", "Please give us one more chance"),),
  notes="no POA, no attachment; 'review manipulation' names the violation",
  pol=("review manipulation",))

M("fba-removal-kr-060", F, "", "US", "other-non-native",
  "Removal order not delivered",
  """Hello,

Our removal order R7K2PQ81ZC for 150 units was marked completed on 2026-02-05, but our 3PL in New Jersey received only 90 units. The carrier tracking 1Z9A83W60387261540 shows only 3 of 5 cartons delivered.

Please check and reimburse 60 units. I attached the receiving photos from our 3PL and their receiving report, it shows carton 2 and carton 4 are missing.

Thanks,
Lee Hyunwoo
Hanbit Kitchenware""",
  topic="removal",
  dec=(("removal-order-id", "R7K2PQ81ZC"), ("tracking-number", "1Z9A83W60387261540")),
  notes="removal order shortfall")

# ---------------------------------------------------------------- chunk 4

M("poa-late-cn-061", A, "late-shipment", "US", "chinese",
  "Late Shipment Rate appeal - store Meichen",
  """Dear Seller Performance,

Our Late Shipment Rate is 6.1% and our account is deactivated. Thank you for giving us chance to explain.

We will change the handling time from 1 day to 2 days on all self-shipped SKUs.
We will sign contract with a second warehouse in Dongguan so orders can ship when first warehouse is busy.
We will send the 15 best-selling SKUs to FBA.

In future we will check the Late Shipment Rate every day and if it is more than 2% the manager will stop new self-ship listings.

Best regards,
Yiwu Meichen Kitchen""",
  style="none", co="We will change the handling time", pr="In future we will check", done=False,
  pol=("Late Shipment Rate",),
  notes="no cause given; all actions future: missing root cause + not-done")

M("poa-inauth-bd-062", A, "inauthentic", "US", "other-non-native",
  "Inauthentic complaint - please reinstate",
  """Dear Seller Performance,

Our account was deactivated under the Inauthentic Item Policy because buyers said our perfume was not genuine.

After checking, we found the reason: our supplier in Dubai sold us the perfume as original, but he has no distributor letter, and the batch codes do not match the brand database.

That is all we found. Please, we have invested all our savings in this stock, if you do not reinstate we will be bankrupt. I am begging you to have kindness.

Regards,
Kazi Mahmud""",
  style="none", rc="After checking, we found the reason",
  pol=("Inauthentic Item Policy",),
  emo=("we have invested all our savings in this stock", "we will be bankrupt", "I am begging you to have kindness."),
  notes="only a root cause, then pleading: missing corrective + preventive, emotional")

M("poa-cancel-th-063", A, "cancel-rate", "US", "other-non-native",
  "Cancellation rate - action done",
  """Hello Seller Performance Team,

About our pre-fulfillment cancel rate of 3.9%:

- We have removed 28 listings that were out of stock in our Bangkok warehouse.
- We have updated the stock quantity for all remaining listings by hand.
- We have refunded and apologized to all buyers whose order we cancelled.
- We have answered all buyer messages about the cancelled orders.

Thank you and have a nice day.
Nattapong S.
Siam Living Store""",
  style="none", co="- We have removed 28 listings", pol=("pre-fulfillment cancel rate",),
  notes="bullet list of done actions only: no root cause, no prevention")

M("poa-related-cn-064", A, "related-accounts", "US", "chinese",
  "Related account appeal - agency managed stores",
  """Dear Amazon Seller Performance,

Regarding the notice under Section 3 of the Business Solutions Agreement about our account being related to a deactivated account.

1) Why the accounts were linked
Our agency (Shenzhen Brightway) manages 5 stores for different factories. One former employee used the same VPS and the same browser profile for our store and for a store of another client, which was later deactivated for inauthentic complaints.

2) How we will prevent this
1) Each store will get its own dedicated computer and network line.
2) Staff will only access the store they are assigned to.
3) We will keep a written log of every login.

Attached: business license of both companies showing different owners.

Thank you.
Shenzhen Brightway""",
  style="numbered", rc="1) Why the accounts were linked", pr="2) How we will prevent this",
  pol=("Section 3 of the Business Solutions Agreement",),
  notes="explains the link and prevention only, nothing fixed: corrective absent")

M("poa-odr-kr-065", A, "odr", "US", "other-non-native",
  "Order Defect Rate - POA",
  """Dear Seller Performance,

## Root cause
Our stainless steel tumbler leaked because the lid silicone ring was too thin in the February batch. Buyers left negative feedback and opened A-to-z claims, so the ODR went to 1.6%.

## Corrective action
We are going to refund all buyers who complain, and we will ask the factory to change the silicone ring. We plan to remove the February batch from FBA next week.

Thank you,
Kim Jiwoo""",
  style="markdown", rc="Root cause", co="Corrective action", pol=("ODR",),
  done=False, notes="corrective only future ('are going to', 'will', 'plan to'); no preventive section")

M("poa-counterfeit-kr-066", A, "counterfeit", "US", "other-non-native",
  "Appeal - counterfeit complaint on K-beauty cream",
  """Dear Amazon,

We received the counterfeit complaint under the Anti-Counterfeiting Policy for our snail cream.

**Actions completed**
- Removed all FBA units (removal order LQ8Z2TN1KD).
- Refunded 11 buyers.
- Requested and attached invoices from the brand's Korean distributor.

**Prevention plan**
- Only buy from the official distributor, with invoice for each batch.
- Keep batch number records for each shipment to FBA.

Best regards,
Daon Health Korea""",
  style="bold", co="Actions completed", pr="Prevention plan", pol=("Anti-Counterfeiting Policy",),
  dec=(("removal-order-id", "LQ8Z2TN1KD"),),
  notes="never says why the complaint happened: root cause absent")

M("poa-identity-my-067", A, "identity-verification", "UK", "other-non-native",
  "Identity verification failed - bank statement",
  """Dear Seller Performance,

Our account was deactivated because we could not complete identity verification (Section 3 of the BSA). The bank statement we uploaded was not accepted.

Our POA - what happened: The statement was downloaded as a screenshot from the mobile app, so the bank name and address were not visible, and the name was "TAN W M" not the full legal name.

Our POA - prevention: We will always upload the official PDF statement, and the name on the bank account will match our passport.

For your checking, our account is with HSBC UK, IBAN GB10MIDL40051562987431, account holder Tan Wei Ming.

Thank you,
Tan Wei Ming""",
  style="our-poa", rc="Our POA - what happened:", pr="Our POA - prevention:",
  pol=("Section 3 of the BSA",), sec=(("iban", "GB10MIDL40051562987431"),),
  notes="nothing done to fix (no new document uploaded): corrective absent; IBAN pasted")

M("poa-price-th-068", A, "price-gouging", "US", "other-non-native",
  "Why my account deactivated??",
  """Hello,

Today I open Seller Central and see our account is deactivated. Nobody tell us why. We did nothing wrong! We sell Thai dried mango for 3 years with good feedback.

This is so unfair and so cruel, we are honest people. You Amazon always punish small sellers and protect big companies. I am very angry and very sad at same time.

Please explain what happen and open our account now.

Siriporn K.
Bangkok Home Craft""",
  emo=("We did nothing wrong!", "This is so unfair and so cruel", "You Amazon always punish small sellers", "I am very angry and very sad at same time."),
  notes="angry no-POA letter, no policy named")

M("poa-used-cn-069", L, "used-sold-as-new", "US", "chinese",
  "Listing deactivated - used sold as new",
  """Dear Amazon,

Our listing ASIN B0CFM7RT2X (robot vacuum) was deactivated for used sold as new.

Prevention measures
- All returns will be sent to our own warehouse, not resell directly.
- QC staff checks seal sticker before every shipment to FBA.
- Monthly review of customer comments about "used" or "opened".

We hope Amazon can reinstate this listing.

Shenzhen Powerlink""",
  style="plain", pr="Prevention measures", pol=("used sold as new",), dec=(("asin", "B0CFM7RT2X"),),
  notes="only prevention: root cause and corrective absent")

M("poa-safety-cn-070", L, "product-safety", "US", "chinese",
  "URGENT!!! listing removed product safety",
  """Dear Amazon,

WHY YOU REMOVE OUR BEST SELLER WITHOUT WARNING?? This listing is 70% of our sales and we are losing thousands of dollars every day. It is a disaster for our company!!

ROOT CAUSE
Customer said the hand warmer became too hot. The temperature control chip from the supplier was set at 65 degrees instead of 55.

CORRECTIVE ACTION
We will ask the factory to reprogram the chip and we will send new test reports. We will refund the customer.

PREVENTIVE ACTION
Every batch will be tested for max temperature by our QC before shipping.

Please reinstate immediately.
Jiayu Electronics""",
  style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTION", pr="PREVENTIVE ACTION", done=False,
  emo=("WHY YOU REMOVE OUR BEST SELLER WITHOUT WARNING??", "we are losing thousands of dollars every day", "It is a disaster for our company!!"),
  notes="shouting + corrective future only; 'product safety' only in subject: no-policy")

M("poa-restr-uk-071", L, "restricted-products", "UK", "native",
  "Listing removed - restricted product (knife)",
  """Hello,

Our listing for a folding pocket knife was removed under the Restricted Products policy (weapons).

A. Why it happened
We listed the knife with a locking blade, which is not allowed to be sold without age verification on Amazon.co.uk. We misread the category guidance.

B. What we have done
We've deleted the listing and created a removal order for the 48 units at FBA. The two outstanding orders were cancelled and refunded.

Regards,
Oliver Penrose
Penrose Garden Tools""",
  style="lettered", rc="A. Why it happened", co="B. What we have done", pol=("Restricted Products policy",),
  notes="no prevention part")

M("poa-iptm-cn-072", A, "ip-trademark", "US", "chinese",
  "Trademark complaint appeal + login for checking",
  """Dear Seller Performance,

We received the Intellectual Property Policy complaint for our phone holder listing.

CORRECTIVE ACTIONS TAKEN
We removed the brand word "PopSocket" from title and bullet points on all 14 listings. We contacted the rights owner and got retraction, please see attached email.

PREVENTION
New listing need team leader approve. We buy a trademark checking tool.

If you want to check our listing history, you can login our store: user lumigo.ops@163.com password Lmg#20260315. 

Best regards,
Lumigo Trading""",
  style="caps", co="CORRECTIVE ACTIONS TAKEN", pr="PREVENTION",
  pol=("Intellectual Property Policy",), sec=(("password", "Lmg#20260315"),),
  notes="no root cause; pastes store login and password")

M("poa-condition-bd-073", A, "condition", "US", "other-non-native",
  "Appeal for condition complaint - leather bags",
  """Dear Sir,

With reference to your notice under the Condition Guidelines.

**Root cause** / কারণ
The leather bags were stored in our Dhaka warehouse during monsoon and some got mould spots. We shipped them without checking.

**Prevention** / প্রতিরোধ
- Dehumidifier in warehouse.
- Each bag checked under light before packing.
- Silica gel in every bag.

Kindly review.
Anwar Hossain""",
  style="mixed", rc="Root cause", pr="Prevention", pol=("Condition Guidelines",),
  dec=(("foreign-snippet", "প্রতিরোধ"),),
  notes="no corrective: the mouldy stock already shipped/in FBA is never dealt with")

M("poa-drop-kr-074", A, "drop-shipping", "US", "other-non-native",
  "Drop-shipping policy appeal",
  """Dear Seller Performance,

Corrective action: We are going to stop buying from Coupang and other retailers to ship to Amazon buyers. We will register as a seller of record and put our own packing slip.

Preventive action: From next month all orders will be fulfilled from our own stock or FBA. We will review the drop-shipping policy with all staff.

Thank you,
Park Minseo""",
  style="inline", co="Corrective action:", pr="Preventive action:", done=False,
  pol=("drop-shipping policy",),
  notes="no root cause; corrective future only")

M("poa-identity-cn-075", A, "identity-verification", "US", "chinese",
  "身份验证 appeal - please verify our credit card",
  """Dear Amazon,

Our account is under verification and we can not pass because the credit card is not verified. We are real company, please check our information below:

Company: Shenzhen Qianyi Technology Co., Ltd.
Legal representative: Chen Hao
信用卡卡号：5527 8887 3340 6822
有效期：2029年6月
安全码：804

Please help to verify and reactivate the account as soon as possible. Our products are waiting in the FBA warehouse and we can not sell now.

Thank you
陈浩""",
  sec=(("card", "5527 8887 3340 6822"), ("card-expiry", "2029年6月"), ("card-code", "804")),
  notes="identity verification appeal, no POA; card number, expiry and security code in Chinese labels; no policy named")

M("poa-late-au-076", A, "late-shipment", "AU", "native",
  "Late dispatch - what we've done",
  """Hi team,

Following the deactivation for late dispatch rate:

* Moved all orders over to a new courier pickup at 2pm daily
* Cleared the backlog, all 63 late orders are now shipped and tracked
* Updated handling time to 2 business days
* Given our casual packer extra shifts until end of month

Hopefully that covers it.

Mick Harlow
Coastline Outdoor Pty Ltd""",
  style="none", co="* Moved all orders over", pol=("late dispatch rate",),
  notes="AU native bullet list of actions done; no cause, no prevention")

M("poa-review-kr-077", A, "review-manipulation", "US", "other-non-native",
  "Customer Product Reviews policy - plan of action",
  """Dear Seller Performance,

We take the Customer Product Reviews policy seriously.

Why it happened
We used a Korean marketing service that offered "review-boosting" package. They bought our product with their accounts and wrote reviews. We paid them because our sales were low. This was our decision and it was wrong.

Steps completed
- Ended the contract with the marketing service on 2026-02-20.
- Asked the service to delete all reviews they wrote; 31 were deleted.
- Owner and staff completed Amazon Seller University review policy training.

Future controls
- No outside marketing service without checking Amazon policy first.
- Only Vine and Request a Review will be used.

Best regards,
Seoul Beauty Lab""",
  style="plain", rc="Why it happened", co="Steps completed", pr="Future controls",
  pol=("Customer Product Reviews policy",), dec=(("because-not-cause", "because our sales were low"),),
  notes="complete; 'because our sales were low' is a motive, labeled as because-not-cause decoy inside a real root cause")

M("poa-cancel-cn-078", A, "cancel-rate", "US", "chinese",
  "Appeal - 取消率",
  """Dear Sir/Madam,

原因 Cause:
Our inventory was sold out on other platform (Temu) at same time, and Amazon listings still showed stock, so we must cancel 47 orders.

改进 Improvement:
Use one inventory system (ERP 马帮) for all platforms, sync each 15 minutes. Safety stock 5 units for every SKU. Our operator will check the sync log every morning before 10am.

Thanks
Yiwu Jinyu Store""",
  style="colon", rc="原因 Cause:", pr="改进 Improvement:",
  dec=(("foreign-snippet", "马帮"),),
  notes="'Improvement' is prevention only; nothing done for the cancelled orders/buyers: corrective absent; no policy named")

M("poa-iptm-th-079", A, "ip-trademark", "US", "other-non-native",
  "Trademark infringement appeal",
  """Dear Amazon Seller Performance,

We received a notice for trademark infringement on our elephant pants listing.

1. Root cause
We used the words "Chang Beer" in the keyword because many buyers search the elephant logo of this brand. It is a registered trademark.

2. Corrective actions
2.1 We will delete the words from all keyword fields.
2.2 We will ask the rights owner for retraction.

3. Preventive actions
3.1 We will check all keywords every month.

(นี่คือร่างนะ ยังไม่ได้ทำจริง)

Regards,
Nattapong S.""",
  style="numbered", rc="1. Root cause", co="2. Corrective actions", pr="3. Preventive actions", done=False,
  pol=("trademark infringement",), dec=(("foreign-snippet", "นี่คือร่างนะ ยังไม่ได้ทำจริง"),),
  notes="corrective only future; a pasted Thai note says 'this is a draft, not done yet'")

M("poa-inauth-au-080", A, "inauthentic", "AU", "native",
  "Please reconsider - inauthentic",
  """To whoever reads this,

I have been selling genuine Australian-made skincare on Amazon for six years. I'm gutted. I feel like I am being treated as a criminal when I have done nothing but work hard.

I don't know what else to say. I've sent the invoices from the manufacturer twice. This is the worst week of my life and I'm at the end of my rope.

Please just look at it properly this time.

Jess Whitford
Wattle & Co""",
  emo=("I'm gutted.", "I feel like I am being treated as a criminal", "This is the worst week of my life", "I'm at the end of my rope."),
  notes="AU native; emotional, no POA, no policy")

M("poa-vtr-cn-081", A, "valid-tracking", "US", "chinese",
  "VTR appeal",
  """Dear Seller Performance,

I really don't understand, we always upload tracking!!! This is the third time our account is punished this year, we are so tired and hopeless.

What we have done:
- Changed all shipping to YunExpress which is integrated with Amazon.
- Re-uploaded tracking for 80 orders.

How to avoid:
- Check Valid Tracking Rate weekly.

Shenzhen Qianyi Technology""",
  style="plain", co="What we have done:", pr="How to avoid:", pol=("Valid Tracking Rate",),
  emo=("I really don't understand, we always upload tracking!!!", "we are so tired and hopeless"),
  notes="emotional; no root cause")

M("poa-odr-my-082", A, "odr", "SG", "other-non-native",
  "ODR appeal",
  """Dear Amazon SG,

Regarding our Order Defect Rate of 1.4%.

Cause
Most of the negative feedback was about late delivery to East Malaysia addresses, because our courier used sea freight for Sabah and Sarawak.

Fix
(to be updated after meeting with courier)

Prevention
We will set a separate shipping template for East Malaysia with longer delivery time, and use air freight.

Thanks,
Lim Siew Ling""",
  style="plain", rc="Cause", pr="Prevention", pol=("Order Defect Rate",),
  notes="'Fix' heading has only a placeholder: corrective absent")

M("poa-restr-cn-083", A, "restricted-products", "US", "chinese",
  "Restricted products appeal - laser pointer",
  """Dear Seller Performance Team,

Our account was deactivated under Restricted Products policy for a laser pointer over 5mW.

Root cause: the factory label says 5mW but the real power is 50mW. We did not test the product.

Actions: We will remove the listing, and we will contact all customers who bought the laser pointer to offer refund and return label.

Thank you
Shenzhen Powerlink""",
  style="inline", rc="Root cause:", co="Actions:", done=False, pol=("Restricted Products policy",),
  notes="corrective future only and no prevention")

M("poa-counterfeit-uk-084", A, "counterfeit", "UK", "native",
  "Counterfeit complaint - plan of action",
  """Dear Seller Performance,

Please find our plan of action regarding the counterfeit complaint on the Tidewell fishing reels, under the Anti-Counterfeiting Policy.

Cause
We bought 40 reels from a trade show contact who claimed to be a UK distributor. His paperwork was not checked against the brand's distributor list, which is against our own quality policy.

What we did
Removal order for all stock raised and completed. All 19 buyers refunded and contacted. Supplier reported to the brand.

What we will do differently
Any new branded stock must come with an invoice we can verify with the brand before we pay. Our quality policy has been updated to make this a hard stop.

Regards,
Tom Ashworth
Pennine Supplies""",
  style="plain", rc="Cause", co="What we did", pr="What we will do differently",
  pol=("Anti-Counterfeiting Policy",), dec=(("policy-like", "our own quality policy"),),
  notes="complete; 'quality policy' is the seller's own, a policy-like decoy")

M("poa-price-bd-085", A, "price-gouging", "US", "other-non-native",
  "Fair Pricing Policy appeal",
  """Dear Sir/Madam,

Our account is deactivated for pricing that violates the Fair Pricing Policy.

Plan of action:
1. We will check all prices.
2. We will follow the Amazon policy.
3. We will not do it again.

We are a small company and this is the first problem in our account in two years. Please reinstate our account.

Regards,
Md. Rafiqul Islam
Dhaka Textile Export""",
  style="numbered", co="1. We will check all prices.", done=False, pol=("Fair Pricing Policy",),
  notes="'plan of action' heading but only vague future promises: labeled corrective (future, not done); root cause and preventive absent")

# ---------------------------------------------------------------- chunk 5

M("poa-inauth-cn-086", A, "inauthentic", "US", "chinese",
  "Inauthentic Item Policy - plan of action",
  """Dear Seller Performance Team,

Thank you for your email about the Inauthentic Item Policy complaint on our kitchen scale (ASIN B0C4KZ7WQD).

【Root Cause】
After our investigation, the complained units came from a batch we bought from a trading company in Yiwu market in December, when our factory could not deliver on time. The trading company cannot provide proof that the goods come from the brand owner.

We understand that this is a serious issue and we apologize for our mistake.

Thank you for your consideration.

Best regards,
Yiwu Meichen Kitchen""",
  style="mixed", rc="【Root Cause】", pol=("Inauthentic Item Policy",), dec=(("asin", "B0C4KZ7WQD"),),
  notes="template cut after the root cause: corrective and preventive absent")

M("poa-odr-uk-087", A, "odr", "UK", "native",
  "ODR - plan of action",
  """Dear Seller Performance,

Our Order Defect Rate rose to 1.3% over the last 60 days.

**Why**
A run of A-to-z claims on our outdoor cushions: the listing said "waterproof" but the fabric is only water-resistant, so customers reasonably complained after the first rain.

**Preventing a repeat**
Product claims on every listing will be checked against the supplier's spec sheet before publishing, and any claim about water, fire or UV resistance needs a test certificate on file.

Regards,
Oliver Penrose
Penrose Garden Tools""",
  style="bold", rc="Why", pr="Preventing a repeat", pol=("Order Defect Rate",),
  notes="the wrong 'waterproof' listing is never corrected, no refunds: corrective absent")

M("poa-used-kr-088", L, "used-sold-as-new", "US", "other-non-native",
  "Used sold as new - listing appeal",
  """Dear Amazon,

Our listing of the Korean electric grill ASIN B0CJ2VXR8L was blocked because of used sold as new complaints.

Root cause - we will investigate with the 3PL.
Actions - we will check all inventory.
Prevention - we will make SOP.

We are waiting for the investigation result from our 3PL and will send more detail when we have it.

Thank you.
Hanbit Kitchenware""",
  style="inline", co="Actions - we will check all inventory.", pr="Prevention - we will make SOP.", done=False,
  pol=("used sold as new",), dec=(("asin", "B0CJ2VXR8L"),),
  notes="'Root cause - we will investigate' gives no cause: root cause absent; corrective future only")

M("poa-late-bd-089", A, "late-shipment", "US", "other-non-native",
  "Late shipment rate - appeal",
  """Dear Seller Performance,

Our account was deactivated because our Late Shipment Rate was 11%.

Root Cause:
Root Cause:
Corrective Actions: We will ship all orders within 24 hours from now. We will hire 2 more packers.
Preventive Actions: We will send all products to FBA in the next 3 months. Manager will check account health every week.

Regards,
Kazi Mahmud
Padma Handicrafts""",
  style="colon", co="Corrective Actions:", pr="Preventive Actions:", done=False,
  pol=("Late Shipment Rate",),
  notes="Root Cause heading twice with nothing: absent; corrective future only")

M("poa-restr-th-090", A, "restricted-products", "US", "other-non-native",
  "Restricted product appeal - kratom tea",
  """Dear Seller Performance,

We violated the Restricted Products policy because we listed herbal tea which contains kratom leaves. In Thailand it is legal now, so our staff did not know Amazon US does not allow it.

We will add kratom and other restricted herbs to our banned list, and before listing any new tea our staff will read the Amazon help page for the US marketplace.

Thank you,
Siriporn K.
Bangkok Home Craft""",
  style="none", rc="In Thailand it is legal now", pr="We will add kratom", pol=("Restricted Products policy",),
  notes="cause and a future prevention only; the listing and stock are never removed: corrective absent")

M("poa-cond-cn-091", L, "condition", "US", "chinese",
  "Listing reinstatement - condition complaint",
  """Dear Amazon,

The listing ASIN B0D3PNK6WR was deactivated for condition complaints. Please find below.

Corrective action
Done 1: All 230 units in FBA were removed and inspected in our warehouse.
Done 2: 17 units with damaged box were repacked.

Preventive action
Each carton to FBA will have corner protectors and we will use 5-layer cartons. Our QC staff will take photo of every carton before pickup.

Thank you
Qianyi Home""",
  style="plain", co="Corrective action", pr="Preventive action", dec=(("asin", "B0D3PNK6WR"),),
  notes="no root cause stated; no policy named")

M("poa-related-my-092", A, "related-accounts", "SG", "other-non-native",
  "Related account notice - family member",
  """Hello Seller Performance,

You informed that our account is related to an account that was deactivated. That account belongs to my brother-in-law.

We used same home WiFi for a few months when he stayed with us in 2025.

Can you tell us what documents you need? We can send anything, like our company registration, utility bill or my identity card.

Thank you,
Lim Siew Ling
Little Sprout Baby""",
  notes="explanation only; no POA, no policy name; 'related to an account' is descriptive")

M("poa-iptm-uk-093", A, "ip-trademark", "UK", "native",
  "Trademark - appeal",
  """Hello,

I've been told our account is at risk because of a trademark complaint. We sell handmade candles and have never used anyone's brand. This has to be a mistake.

We'd be grateful if you could tell us which listing it refers to and who made the complaint, so that we can look into it properly and reply with the right information.

Thanks,
Sam Whitlock
Yorkshire Candle Co""",
  notes="native; asks which listing, no POA; 'trademark complaint' is descriptive, no policy")

M("poa-review-th-094", A, "review-manipulation", "US", "other-non-native",
  "Appeal for review manipulation notice",
  """Dear Seller Performance team,

Please see the attached plan of action for the review violation notice under the Customer Product Reviews policy. It includes root cause, corrective actions and preventive measures, and the screenshot that we removed the insert card.

Please reply if you need more information, we will answer within 24 hours. We are waiting for your kind review.

Thank you,
Nattapong S.
Siam Living Store""",
  att=True, pol=("Customer Product Reviews policy",),
  notes="cover letter with attached POA")

M("poa-counterfeit-cn-095", A, "counterfeit", "US", "chinese",
  "Counterfeit appeal - final",
  """Dear Amazon,

We have been suspended for counterfeit. We don't sell fake items. All our products are from our own factory. We have patent and brand registry. Someone is attacking us with fake complaint, our competitor.

Please investigate the complaint and remove it. Our patent number is ZL202130472815.1. We have sold this design for 3 years in US with more than 2000 good reviews, and we never had this problem before.

Shenzhen Brightway""",
  dec=(("patent-number", "ZL202130472815.1"),),
  notes="denial, no POA, no policy name")

M("poa-safety-kr-096", L, "product-safety", "US", "other-non-native",
  "Reinstatement - product safety documents",
  """Dear Amazon Product Safety team,

Our listing for the kids' ceramic mug was removed under Amazon's Product Safety policy because we had no CPSIA test report.

Cause
We did not know that children's tableware needs a Children's Product Certificate.

What we did
We had the mug tested for lead and cadmium at Intertek Korea. Report KR-26-03318 and CPC are uploaded in Manage Your Compliance.

Prevention
Before listing any product for children we will check the compliance requirements in Seller Central first.

Thank you,
Choi Eunji""",
  style="plain", rc="Cause", co="What we did", pr="Prevention", pol=("Product Safety policy",),
  dec=(("certificate-number", "KR-26-03318"),), notes="complete")

M("poa-cancel-uk-097", A, "cancel-rate", "UK", "native",
  "Cancellation Rate - plan",
  """Hi,

Our Cancellation Rate hit 3.1%.

Root cause: a supplier failed to deliver a restock of the enamel mugs, and we didn't pause the listing in time.

Corrective: we're going to pause the listing until stock lands, and we'll contact the buyers of the cancelled orders with a discount code.

Preventive: we'll set a minimum stock level of 20 units which automatically sets the listing to zero when reached.

Harriet Dunmore""",
  style="inline", rc="Root cause:", co="Corrective:", pr="Preventive:", done=False,
  pol=("Cancellation Rate",), notes="native; corrective future only")

M("poa-drop-bd-098", A, "drop-shipping", "US", "other-non-native",
  "Drop shipping appeal with bank details for verification",
  """Dear Seller Performance,

Our account was deactivated for violating the drop shipping policy.

Root cause
We shipped from supplier warehouse with supplier name on invoice.

Corrective actions
We have moved all stock to our own warehouse in Narayanganj and printed our own packing slips. We have cancelled the agreement with the supplier.

Preventive actions
We will do monthly audit.

To prove we are a real business please see our bank account: Dutch-Bangla Bank, A/C No. 1101570024816, Branch Motijheel.

Regards,
Anwar Hossain""",
  style="plain", rc="Root cause", co="Corrective actions", pr="Preventive actions",
  pol=("drop shipping policy",), sec=(("bank-account", "1101570024816"),),
  notes="complete POA, bank account number pasted")

M("poa-identity-kr-099", A, "identity-verification", "US", "other-non-native",
  "Verification - we cannot pass video call",
  """Dear team,

Our account is deactivated because we did not complete the video verification under Section 3 of the Business Solutions Agreement. The appointment time was 3am Korea time and I missed it.

I want to book a new video call at Korea daytime. I can join any day 9am-6pm KST.

Please help me, I have been waiting 3 weeks and nobody replies. My whole family is worried and I feel helpless.

Kim Jiwoo""",
  pol=("Section 3 of the Business Solutions Agreement",),
  emo=("My whole family is worried and I feel helpless.",),
  dec=(("mild-word", "nobody replies"),),
  notes="no POA for a missed verification call; one emotional sentence at the end")

M("poa-price-my-100", A, "price-gouging", "US", "other-non-native",
  "Fair Pricing Policy - plan of action",
  """Dear Seller Performance,

Regarding the Fair Pricing Policy violation on our face masks.

1. The reason
Our pricing rule in the repricer followed the highest competitor price, and during the haze season in March the competitor price jumped.

2. What we fixed
We have removed the rule "match highest price" and set a fixed maximum price for every SKU. All 31 orders at the high price were refunded the difference.

1. Going forward
We will review repricer settings every week and any price above 120% of our normal price is blocked.

Regards,
Tan Wei Ming""",
  style="numbered", rc="1. The reason", co="2. What we fixed", pr="1. Going forward",
  pol=("Fair Pricing Policy",), notes="numbering restarts at the third part; complete")

M("tech-report-cn-101", T, "", "US", "chinese",
  "报告无法下载 - report download error",
  """Hello Seller Support,

We can not download the Business Report for February. The page shows "Something went wrong on our end" each time and the download file is empty. We tried Chrome and Edge, and cleared the cache.

Our boss needs this report to calculate monthly sales of 6 stores. The other 5 stores are OK.

Merchant token A2Q7ZKL3M9XR4T. Screenshots attached.

Thank you
Yiwu Hongda E-commerce Service""",
  topic="report-error", dec=(("merchant-token", "A2Q7ZKL3M9XR4T"),),
  notes="report error")

M("brand-owner-kr-102", B, "", "US", "other-non-native",
  "Brand Registry - we are the real owner of Daon",
  """Hello Brand Registry,

Another company registered our brand "Daon" in Brand Registry with a US trademark application, but we own the Korean trademark since 2019 (KIPO 40-1523874) and the US registration 7204518.

Because of this, they control our product pages and changed our images. Please review the attached certificates and transfer the brand to us.

Best regards,
Choi Eunji
Daon Health Korea""",
  topic="brand-ownership",
  dec=(("trademark-number", "40-1523874"), ("trademark-number", "7204518")),
  notes="brand ownership dispute")

M("cat-approval-uk-103", C, "", "UK", "native",
  "Approval request - Jewellery category",
  """Hello,

We'd like approval to list in Fine Jewellery. We're a family jeweller in Birmingham's Jewellery Quarter, trading since 1988, and all our silver and gold is hallmarked by the Birmingham Assay Office.

Attached are: three supplier invoices from the last 90 days, our assay office registration (sponsor mark UK-3318), and product photos showing the hallmarks.

Thank you for your time.

Harriet Dunmore""",
  topic="jewelry", dec=(("certificate-number", "UK-3318"),),
  notes="native category approval")

M("fba-inbound-th-104", F, "", "US", "other-non-native",
  "Inbound shipment received less",
  """Hello,

Shipment FBA18QK7ZW3L was closed with 96 units received, but we sent 120 units of SKU SLS-BAMBOO-TRAY (4 cartons x 30). Carrier is Amazon partnered UPS, all 4 cartons delivered to MDW2 per tracking 1Z7R22W90355881042.

Unfortunately we cannot open case from Shipment Reconciliation because the button is grey. Please investigate and reimburse 24 units. Our packing list and the carton photos with weight are attached.

Thank you
Nattapong S.""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA18QK7ZW3L"), ("sku", "SLS-BAMBOO-TRAY"), ("tracking-number", "1Z7R22W90355881042"), ("mild-word", "Unfortunately")),
  notes="calm inbound claim with a mild word")

M("tech-listing-uk-105", T, "", "UK", "native",
  "Listing stuck in 'Inactive - search suppressed'",
  """Hi,

Our candle gift set (ASIN B0C5TR2WQP) has been search suppressed for four days, apparently for a missing "item weight" attribute. I've added the weight three times through Edit Listing and it saves, but the suppression doesn't clear.

Rather frustrating in the run-up to Mother's Day, so any help would be appreciated. Screenshots of the attribute page and the suppression notice are attached.

Thanks,
Sam Whitlock""",
  topic="listing-upload",
  dec=(("asin", "B0C5TR2WQP"), ("mild-word", "Rather frustrating")),
  notes="native, calm with mild word")

# ---------------------------------------------------------------- chunk 6

M("poa-iptm-my-106", A, "ip-trademark", "US", "other-non-native",
  "Trademark complaint - our explanation",
  """Dear Seller Performance,

We are writing regarding the trademark infringement notice on our batik phone cases.

Root cause
Our designer in Kuala Lumpur put the word "Batik Air" in the product description because the pattern looked like the airline's uniform. It is a registered trademark of the airline and we did not have permission.

We understand now that even describing a pattern using another company's mark is a problem.

Regards,
Tan Wei Ming
Orchid Lane Sdn Bhd""",
  style="plain", rc="Root cause", pol=("trademark infringement",),
  notes="root cause only; nothing fixed, nothing planned: corrective + preventive absent")

M("poa-odr-cn-107", A, "odr", "US", "chinese",
  "订单缺陷率申诉",
  """亚马逊卖家绩效团队您好：

我们的账户因为订单缺陷率（ODR）超过1%被停用。

一、原因分析：我们在1月份更换了包装材料，新的泡沫太薄，导致很多玻璃杯在运输途中破损，买家留下差评并提出A-to-z索赔。

二、已采取的措施：我们已经给所有受影响的买家全额退款，并从FBA仓库移除了剩余的库存，重新包装。

谢谢！
义乌市美辰厨具有限公司""",
  lang="zh", style="colon", rc="一、原因分析：", co="二、已采取的措施：", pol=("ODR",),
  notes="Chinese on US (non-english); no preventive part")

M("poa-vtr-au-108", A, "valid-tracking", "AU", "native",
  "VTR - plan of action",
  """Hi Seller Performance,

Valid Tracking Rate dropped to 90% last month.

ROOT CAUSE: we used Australia Post's untracked Large Letter service for small orders to save money, and those orders count against VTR.

PREVENTION: going forward every order will ship with a tracked service, even the small ones, and we'll review the shipping templates so untracked services can't be selected.

Cheers,
Jess Whitford""",
  style="caps", rc="ROOT CAUSE:", pr="PREVENTION:", pol=("Valid Tracking Rate",),
  notes="native; only a cause and a forward-looking prevention, nothing fixed: corrective absent")

M("tech-deposit-cn-109", T, "", "US", "chinese",
  "Deposit method verify failed - 收款账户",
  """Hello,

We want to add a new deposit method for the US store, but the verification failed two times with message "bank information could not be verified". Our next disbursement is on Friday and the boss is worried it will fail again. Please help add it manually:

Bank: Bank of America
Account holder: Shenzhen Powerlink Technology Co Ltd
Account number: 483019276554
ABA routing: 026009593

老板：这个是美国公司的账户，下周一之前一定要弄好。

Thanks
Shenzhen Powerlink""",
  topic="deposit-method",
  sec=(("bank-account", "483019276554"), ("routing-number", "026009593")),
  dec=(("foreign-snippet", "老板：这个是美国公司的账户，下周一之前一定要弄好。"),),
  notes="bank account and routing number pasted with a boss's note")

M("tech-login-ja-110", T, "", "US", "other-non-native",
  "ログインできません",
  """セラーサポート御中

アメリカのセラーセントラルにログインできなくなりました。2段階認証のコードが届きません。

確認のため、ログイン情報をお伝えします。
メールアドレス：info@kazetrade.jp
パスワード：Kaze#Us2026
クレジットカードの暗証番号：4417

至急、アカウントのロックを解除していただけますでしょうか。売上が止まってしまい困っております。

株式会社カゼトレード
山田""",
  lang="ja", topic="login",
  sec=(("password", "Kaze#Us2026"), ("password", "4417")),
  notes="Japanese on US (non-english); password and a card PIN (暗証番号, labeled password)")

M("fba-lost-cn-111", F, "", "US", "chinese",
  "AGAIN lost inventory!!! 3rd case",
  """Seller Support,

This is the THIRD case for the same problem. Case 15839204711 and case 15840018823 were closed without any answer. Are you even reading our cases??? 

150 units of FNSKU X002ZQ8MRT are missing at LGB8 since January. Every time you say "please wait 30 days". We waited 70 days! This is ridiculous and completely unacceptable, you are stealing from sellers.

Reimburse now.

Lumigo Trading""",
  topic="warehouse-lost",
  emo=("Are you even reading our cases???", "This is ridiculous and completely unacceptable", "you are stealing from sellers"),
  dec=(("case-id", "15839204711"), ("case-id", "15840018823"), ("fnsku", "X002ZQ8MRT")),
  notes="angry FBA claim; 11-digit case IDs as decoys")

M("tech-payment-au-112", T, "", "AU", "native",
  "Card update for seller fees",
  """Hi,

Our seller fees card expired last week and the new one won't save in Settings - it just spins, on both Chrome and Safari. To save time, here are the new card details so you can update it on your side:

Amex 3741 177910 98627
valid thru 08/29
security code 1193 (the 4 digit code on the front)

Cardholder: Michael Harlow

Thanks,
Mick
Coastline Outdoor""",
  topic="payment-method",
  sec=(("card", "3741 177910 98627"), ("card-expiry", "08/29"), ("card-code", "1193")),
  notes="native pastes Amex 4-6-5 card with expiry and 4-digit code")

M("brand-hijack-zh-113", B, "", "UK", "chinese",
  "跟卖投诉",
  """您好，品牌注册团队：

我们是品牌“Vonkee”的所有者，商标已在英国知识产权局注册（注册号 UK00003829145）。

最近有一个卖家“BestBuyUK2026”跟卖我们的耳机链接 ASIN B0D1RJ8V4K，我们做了测试购买，订单号 206-4418290-7731508，收到的是没有品牌标志的仿冒产品。

请尽快移除该卖家的报价。测试购买的照片和我们的商标证书已附上。

谢谢！
深圳市万科音频科技有限公司""",
  lang="zh", topic="hijacker",
  dec=(("trademark-number", "UK00003829145"), ("asin", "B0D1RJ8V4K"), ("order-id", "206-4418290-7731508")),
  notes="Chinese brand complaint on UK: non-english")

M("tech-otp-cn-114", T, "", "US", "chinese",
  "Two step verification problem - agency",
  """Hi,

We are agency, we manage this account for our client. The client is in factory and gets the verification SMS. He sent us the code by WeChat:

客户发来的验证码：739406

But when we input the code, system says invalid. Please help us to login, or can we add our phone as a second 2SV device? We tried 3 times already and now it says try later.

Thanks
Shenzhen Brightway""",
  topic="login", sec=(("one-time-code", "739406"),),
  notes="OTP pasted with Chinese label 验证码")

M("fba-damaged-bd-115", F, "", "US", "other-non-native",
  "Warehouse damaged units - no reimbursement",
  """Dear Seller Support,

As per inventory adjustment report, 12 units of our jute bags (FNSKU X003RJ7PLQ) were damaged in Amazon warehouse CLT2 on 2026-01-28 but we have not received reimbursement till date.

I am very disappointed and hurt, we are a small business and every unit matters for us. It feels like Amazon does not care about small sellers at all.

Kindly reimburse at earliest.

Regards,
Kazi Mahmud
Padma Handicrafts""",
  topic="warehouse-damaged",
  emo=("I am very disappointed and hurt", "It feels like Amazon does not care about small sellers at all."),
  dec=(("fnsku", "X003RJ7PLQ"),),
  notes="emotional FBA claim")

M("cat-approval-ms-116", C, "", "SG", "other-non-native",
  "Permohonan kelulusan kategori - Makanan",
  """Kepada Pasukan Kelulusan Kategori Amazon,

Kami ingin memohon kelulusan untuk menjual produk makanan dalam kategori Grocery di Amazon Singapura. Produk kami ialah kuih tradisional dan sambal dalam balang yang dibuat di kilang kami di Johor Bahru.

Kilang kami mempunyai sijil halal JAKIM dan sijil keselamatan makanan MeSTI. Kami juga telah mendaftar dengan Singapore Food Agency sebagai pengimport.

Bersama ini kami lampirkan tiga invois pembekal, gambar label produk dengan senarai bahan, dan sijil-sijil berkenaan.

Terima kasih atas pertimbangan anda.

Lim Siew Ling
Little Sprout Food Trading""",
  lang="ms", topic="grocery",
  notes="Malay category request on SG: non-english")

M("fba-return-ja-117", F, "", "US", "other-non-native",
  "返品された商品の補填について",
  """セラーサポートご担当者様

注文番号 112-7730185-4429318 の商品について、お客様に返金されてから60日以上経ちましたが、返品がまだ在庫に戻っておりません。

FBA返品レポートでも、この注文の返品は確認できませんでした。ポリシーに従い、商品代金の補填をお願いできますでしょうか。

商品：和紙のランプシェード（SKU KZ-WASHI-LMP-01）

お手数をおかけしますが、よろしくお願いいたします。

株式会社カゼトレード""",
  lang="ja", topic="customer-return",
  dec=(("order-id", "112-7730185-4429318"), ("sku", "KZ-WASHI-LMP-01")),
  notes="Japanese FBA claim on US: non-english")

M("tech-bank-cn-118", T, "", "UK", "chinese",
  "更换收款银行 - bank change for UK store",
  """Hello Seller Support,

Our UK disbursement failed because the bank account is closed, and the money is on hold now for 2 weeks. Please change to our new account. Our finance colleague wrote the details in Chinese, sorry:

收款人：深圳市鹿米戈贸易有限公司
银行账号：6217 0080 2291 4465
开户行：中国建设银行深圳华强北支行
SWIFT: PCBCCNBJSZX

Also the EU store please use the German account IBAN DE32 3704 0044 0532 8194 6600.

Thank you
Lumigo Trading""",
  topic="deposit-method",
  sec=(("bank-account", "6217 0080 2291 4465"), ("iban", "DE32 3704 0044 0532 8194 6600")),
  dec=(("swift-code", "PCBCCNBJSZX"),),
  notes="bank account with 开户行 and a spaced IBAN; SWIFT is a decoy")

M("brand-transparency-kr-119", B, "", "US", "other-non-native",
  "Transparency codes - wrong codes on our units",
  """Hello,

We enrolled our brand in Transparency and applied codes to our rice cooker units. But some customers report that the Transparency app shows "code not valid". Example code on a unit: AZ:7QK2M9TXP4RW.

We think our printing partner mixed up two code batches. Can you check if codes from order TP-2026-00318 are active? We don't want buyers to think our product is fake.

Thank you,
Lee Hyunwoo
Hanbit Kitchenware""",
  topic="brand-program",
  dec=(("transparency-code", "AZ:7QK2M9TXP4RW"), ("po-number", "TP-2026-00318")),
  notes="Transparency code as decoy")

M("tech-api-uk-120", T, "", "UK", "native",
  "SP-API app authorisation keeps failing",
  """Hello,

We're a small developer building an order export tool for our own store. When we self-authorise the app in Developer Central, we get "MD1000 - unauthorized" on every Orders API call.

The app ID is amzn1.sp.solution.4c8e2f71-9b3a-4d55-a210-6e7f0c19d8ab. We've regenerated the refresh token twice and double-checked the client secret is the one shown in the app settings (I won't paste it here for obvious reasons).

Is there a role missing on the developer profile?

Thanks,
Oliver Penrose""",
  topic="api",
  dec=(("app-id", "amzn1.sp.solution.4c8e2f71-9b3a-4d55-a210-6e7f0c19d8ab"), ("error-code", "MD1000")),
  notes="client secret mentioned, no value: decoys only")

M("fba-inbound-cn-121", F, "", "AU", "chinese",
  "入库丢失 FBA shipment",
  """您好，

我们的货件 FBA15HQ9XR2M 已经在2月20日送达 SYD1 仓库，承运人签收单显示共8箱，但是亚马逊只接收了6箱，少了2箱共60件商品（SKU BW-USB-FAN-WH）。

我们已经提供了装箱单、发票和签收证明，请帮忙调查并赔偿丢失的60件商品。

谢谢！
深圳市光之道科技有限公司""",
  lang="zh", topic="lost-inbound",
  dec=(("shipment-id", "FBA15HQ9XR2M"), ("sku", "BW-USB-FAN-WH")),
  notes="Chinese FBA claim on AU: non-english")

M("tech-page-th-122", T, "", "US", "other-non-native",
  "Cannot open Manage Inventory page",
  """Hello Seller Support,

Since 3 days, when I click Manage All Inventory, the page is white and loading forever. I tried on 2 computers and also phone app, same problem. Other pages are OK.

I am so stressed, I cannot update prices and I have a promotion tomorrow. Why is this always happening to me?? I feel like giving up.

Please fix it fast.
Siriporn K.""",
  topic="page-error",
  emo=("I am so stressed", "Why is this always happening to me??", "I feel like giving up."),
  notes="emotional technical issue")

M("cat-approval-kr-123", C, "", "US", "other-non-native",
  "Beauty category ungating - follow up",
  """Hello,

This is a follow up to case 16002874193. We applied for approval to sell in Beauty (topicals) and got rejection because the invoice "does not show our address".

Now I attach a new invoice from the manufacturer (Cosmax Korea) with our full business name and address in Seoul, purchase of 500 units, dated within 180 days. Also the MoCRA facility registration and product listing number.

Please review again.

Kim Jiwoo
Seoul Beauty Lab""",
  topic="beauty-topicals", dec=(("case-id", "16002874193"),),
  notes="category approval follow-up")

M("fba-removal-uk-124", F, "", "UK", "native",
  "Removal order - wrong items received",
  """Hi,

We received removal order RZ4K8Q2WMN at our unit in Leeds yesterday. Of the 40 units, 12 were not ours: they were someone else's phone cases, not our tealight holders.

Please could you reimburse the 12 missing units of SKU PST-TEA-HOLD-6 and tell us what to do with the other seller's items? I'm happy to send them back.

Not the end of the world, but it would be good to get this sorted.

Tom Ashworth
Pennine Supplies""",
  topic="removal",
  dec=(("removal-order-id", "RZ4K8Q2WMN"), ("sku", "PST-TEA-HOLD-6")),
  notes="calm native removal claim")

M("tech-payment-kr-125", T, "", "US", "other-non-native",
  "Payment charge failed - please use this card",
  """Dear Support,

Our subscription payment failed because our Korean card does not allow foreign transactions. Please charge this new card instead:

Card: 4539 0863 8015 2752
Exp: 07/28
CVC 552

The old card ending 6822 please delete from the account. We will check the charge tomorrow in our bank statement.

If any problem please call +82 2-555-0184 during Korean office hours.

Thank you,
Park Minseo
Hanbit Kitchenware""",
  topic="payment-method",
  sec=(("card", "4539 0863 8015 2752"), ("card-expiry", "07/28"), ("card-code", "552")),
  dec=(("phone", "+82 2-555-0184"),),
  notes="card details pasted")

if __name__ == "__main__":
    AUTHOR.write()
