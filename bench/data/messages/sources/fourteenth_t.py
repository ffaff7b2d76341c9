#!/usr/bin/env python3
"""Author T's messages for the fourteenth set (written blind to the rules): texts and labels live here;
running this script rewrites messages/fourteenth-a/t-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("t-", "fourteenth-a")
M = AUTHOR.message

# ---------------------------------------------------------------- chunk 1

M("poa-inauth-cn-001", A, "inauthentic", "US", "chinese",
  "Appeal for Inauthentic item complaint - ASIN B0CX7K2M9P",
  """
Dear Seller Performance Team,

We are Guangzhou Hengfa Trading, agent operating the store "LumaNest Home". We received your notice that our account is deactivated because of Inauthentic item complaint on ASIN B0CX7K2M9P (bamboo drawer organizer). Below is our plan.

## Why the complaint happen

We checked the 3 buyer messages. Buyer of order 113-4829104-5532917 said the box have no brand logo and looks "not original". The reason is in March we changed packing factory, the new factory printed the outer box without our registered LumaNest logo, only plain brown carton. So customer think it is fake product. The product itself is same, but the package was not match the listing pictures.

## What we already did

- We stopped the selling of the ASIN on the same day and removed 312 units from FBA (removal order is created).
- We have sent the invoices from our own factory (Dongguan Yiwei Bamboo Products) and the trademark certificate to this case.
- All new cartons are reprinted with the logo, we checked 50 random boxes by photo.
- We refunded the 3 buyers in full and apologized to them.

## How we stop it next time

1. Any change of factory or packing must be approved by brand owner before shipping.
2. Before each FBA shipment our QC staff take photos of 5 boxes and compare with listing images.
3. We will review buyer messages each day, any word like "fake" or "not original" is escalate to manager same day.

We are sorry for the inconvenient caused. Please review our appeal.

Best regards,
Chen Li / 广州恒发贸易有限公司
""",
  style="markdown", rc="Why the complaint happen", co="What we already did", pr="How we stop it next time",
  pol=("Inauthentic item complaint",),
  dec=(("asin", "B0CX7K2M9P"), ("order-id", "113-4829104-5532917"), ("single-apology", "We are sorry for the inconvenient caused."),
       ("foreign-snippet", "广州恒发贸易有限公司")),
  notes="Guangzhou agency; markdown headings in own wording; single apology and company name in Chinese")

M("poa-odr-vn-002", A, "odr", "US", "other-non-native",
  "Plan of action - Order Defect Rate above 1%",
  """
Hello Amazon team,

My shop is Saigon Leaf Crafts. You informed our Order Defect Rate is 2.3% which is over the target 1%. I am owner and I write this plan myself, please forgive my English.

1) The reason
In January our carrier in Ho Chi Minh City was change to new partner. Many parcel for the lacquer trays arrive late and some arrive broken, so customers leave negative feedback and open A-to-z claims. Total 14 negative feedback and 6 claims in 60 days.

2) Things we fixed
- We stopped using that carrier from 2 February and moved all orders to FBA, 420 units already received in warehouse.
- We contacted all 14 customers, 9 of them got full refund and 5 got replacement.
- We added double foam layer to every tray, the packing cost more but is safe.

3) Keep it not happen again
- Every Monday I check the Account Health page and the feedback manager.
- If one product has 2 complaints in one week, we pause the listing and check the batch.
- My sister (she speak better English) will answer buyer messages inside 12 hours.

Ghi chú: anh Tuấn nhờ viết thư này giúp, đã gửi ảnh đóng gói mới.

Thank you for read my plan.
Nguyen Thi Hoa
""",
  style="numbered", rc="1) The reason", co="2) Things we fixed", pr="3) Keep it not happen again",
  pol=("Order Defect Rate",),
  dec=(("foreign-snippet", "Ghi chú: anh Tuấn nhờ viết thư này giúp, đã gửi ảnh đóng gói mới."),),
  notes="Vietnamese owner; numbered headings in own words; Vietnamese note pasted")

M("poa-late-id-003", A, "late-shipment", "US", "other-non-native",
  "Appeal - Late Shipment Rate",
  """
Dear Sir/Madam,

We are PT Batik Sari Nusantara from Yogyakarta. Our selling privileges were removed because Late Shipment Rate is 9% (target under 4%).

Root cause:
During Lebaran holiday our packing staff was on leave for 10 days and we did not set the holiday mode in Seller Central. Orders kept coming and we shipped them 3 to 6 days late.

Corrective actions:
We will hire two more packing staff before next month. We will turn on vacation setting for all future holidays. We will also change the handling time from 1 day to 3 days in the shipping template so the promise is realistic. We are going to contact buyers who got late parcel.

Preventive measures:
A calendar of Indonesian public holidays will be put in our office and in the Seller Central reminders. Our manager will check the "Orders to ship" page two times each day. If the orders are more than our staff can pack, we will pause the listings.

Terima kasih,
Dewi Lestari
PT Batik Sari Nusantara
""",
  style="colon", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive measures:",
  pol=("Late Shipment Rate",),
  dec=(("foreign-snippet", "Terima kasih"),),
  notes="Indonesian seller; corrective part is only 'we will' / 'we are going to' (not done)")

M("poa-review-ph-004", A, "review-manipulation", "US", "other-non-native",
  "URGENT - please reinstate Oak & Ember account (review abuse)",
  """
Hi Seller Performance,

I am writing on behalf of Mark Delaney, owner of Oak & Ember (US). I am his virtual assistant from Cebu. Our account was deactivated for violating the Customer Product Reviews policy.

**What happened**
Last November a freelancer we hired to "grow reviews" sent buyers a message offering a $10 gift card for a 5-star review. Mark did not know the details, and I did not check the message template he used. That is the cause.

**What we did**
We ended the contract with the freelancer the day we got your notice. We deleted the template from Buyer-Seller Messaging and we have not sent any review request since then except the standard Request a Review button.

**Going forward**
Only the Request a Review button will be used. I will personally read every outgoing message template before it is saved.

Please, I am begging you. This business is our whole life, Mark has two kids and a mortgage and we have 8,000 dollars of stock sitting in your warehouse. If you do not reinstate us we will lose everything. Please have mercy on a small family business, we did not mean any harm!!!

Thank you so much,
Joy Santos (VA for Oak & Ember)
""",
  style="bold", rc="What happened", co="What we did", pr="Going forward",
  pol=("Customer Product Reviews policy",),
  emo=("Please, I am begging you.", "This business is our whole life", "If you do not reinstate us we will lose everything.",
       "Please have mercy on a small family business"),
  notes="Filipino VA for US brand; complete POA but emotional pleading paragraph")

M("fba-lost-cn-005", F, "", "US", "chinese",
  "Inbound shipment FBA18ZQ4KP2X units missing - please investigate",
  """
Hello,

Our shipment FBA18ZQ4KP2X was delivered to ONT8 on 2026-03-04 (UPS tracking 1Z8V62W10391572844, 6 cartons). Shipment status is Closed but only 540 of 600 units were received for FNSKU X003KZ81LQ. 60 units are missing, that is one full carton (carton 6 of 6).

We have the signed POD from UPS showing 6 cartons, total weight 82 kg, and the packing list. Both files are attached.

Please investigate and reimburse the 60 units if they cannot be found. The unit cost is $7.40 per invoice INV-GZ-260211.

Thank you,
Ningbo Aoxiang Import & Export Co., Ltd.
Seller account: Aoxiang Outdoor
""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA18ZQ4KP2X"), ("tracking-number", "1Z8V62W10391572844"), ("fnsku", "X003KZ81LQ"),
       ("invoice-number", "INV-GZ-260211")),
  notes="Ningbo agency; calm inbound-loss claim with IDs as decoys")

M("tech-login-us-006", T, "", "US", "native",
  "Can't get past two-step verification after phone change",
  """
Hi,

I switched phones last weekend and now I'm stuck in a loop at two-step verification. The authenticator app on the new phone was never set up, and the backup SMS goes to my old number which is disconnected.

To save you time, the login is ops@ridgelineoutfitters.com and the password is Cedar!Falls2026. I tried the "didn't receive the code" link and it sent a code to my email once: 448120, but the page said it was expired by the time I typed it in.

Can you reset 2SV on the account or tell me what documents you need? I can send my driver's license and a utility bill. We have orders to ship today so I'd really appreciate a quick answer.

Thanks,
Greg Halvorsen
Ridgeline Outfitters LLC
""",
  topic="login",
  sec=(("password", "Cedar!Falls2026"), ("one-time-code", "448120")),
  notes="native seller pastes password and a one-time code into a login case")

M("poa-rel-in-007", A, "related-accounts", "IN", "indian",
  "Request to reactivate account - related account",
  """
Respected Sir/Madam,

This is regarding our seller account Shree Balaji Handlooms which is deactivated stating some link with another account which was closed earlier. We want to inform that we are a genuine seller since 2021 and we have always followed all the rules of Amazon.

We do not know which account you are talking about. Our GST number is 27AAPFB4821K1Z3 and all the documents are already uploaded. We have around 200 orders pending and our staff salary depends on this business.

Kindly reactivate our account at the earliest and do the needful. Please revert back with the status.

Thanks and Regards,
Rakesh Agarwal
Shree Balaji Handlooms, Surat
""",
  dec=(("gst-number", "27AAPFB4821K1Z3"),),
  notes="Indian seller; account appeal with no POA and no attachment, no policy named ('some link with another account' is too vague)")

M("poa-cf-nb-008", L, "counterfeit", "UK", "chinese",
  "Listing reinstatement - ASIN B0D4RT7W1N counterfeit complaint",
  """
Dear Amazon,

Our listing ASIN B0D4RT7W1N (silicone baby bib 2-pack) was removed for a Counterfeit complaint from the rights owner. We are Ningbo Haoyu Baby Products, we sell this product under our own brand "Puddlebee" registered in UK IPO.

After investigation we found that the complaint comes from a misunderstanding: a reseller bought our bibs from Alibaba and listed on the same ASIN, then the rights owner of a similar brand "Puddleby" saw the pictures and report us. The names are close, but our trademark UK00003812204 was registered earlier.

We have already sent the rights owner our trademark certificate and our factory invoice, and asked them to retract. We also removed the word "Puddle" from the bullet points to avoid the confusion, and changed the main image to show our logo clearly on the product.

Attached: trademark certificate, invoice from factory, photos of product and packing.

Hope you can reinstate the listing.

Kind regards,
Zhou Wei
""",
  style="none", rc="After investigation we found that the complaint comes from", co="We have already sent the rights owner",
  pol=("Counterfeit complaint",),
  dec=(("asin", "B0D4RT7W1N"), ("trademark-number", "UK00003812204")),
  notes="Ningbo seller; no headings; root cause and done corrective, but nothing about prevention (missing preventive)")

M("brand-hijack-us-009", B, "", "US", "native",
  "Unauthorized sellers on our brand listing (Brand Registry)",
  """
Hello Brand Registry team,

Three sellers have appeared on our listing B0BQ2N8VXS (FernCove Cotton Swaddle, 3-pack) in the past two weeks. We are the brand owner and the only manufacturer, and we do not sell wholesale, so none of these sellers can have genuine stock.

Seller names as shown on the offer listing: "QuickDeal Mart", "HappyBuy2026" and "Nordwind Store". All three are priced about 30% below us. We placed a test buy from QuickDeal Mart (order 112-7730418-2290563) and received a swaddle with no woven label and a different fabric weight.

It's frustrating to see this after we spent months building the listing, but we understand you need evidence. I've attached photos of the test buy next to our genuine product and our trademark registration.

Could you please review these offers and remove them if they're confirmed as not genuine?

Thanks,
Alicia Moreno
FernCove Baby Co.
""",
  topic="hijacker",
  dec=(("asin", "B0BQ2N8VXS"), ("order-id", "112-7730418-2290563"), ("mild-word", "It's frustrating")),
  notes="native brand owner; calm letter with one mild word")

M("cat-grocery-vn-010", C, "", "US", "other-non-native",
  "Request approval Grocery & Gourmet category - coffee",
  """
Dear Category Team,

We are Highland Bean Co. from Da Lat, Vietnam. We want to sell our roasted Arabica coffee beans (250g and 500g bags) in the Grocery & Gourmet Food category on Amazon.com.

We prepared the following documents:
- FDA Food Facility Registration number 17846230918
- Invoice INV-HB-0426 from our roasting factory with 3,000 bags
- Product label photos with English ingredients, net weight, and "Product of Vietnam"
- Food safety certificate (HACCP) from Vietnam authority

Our product is packed in sealed bags with one-way valve and has expiry date 12 months. We will ship all units to FBA with the expiry date printed on each bag in the format MM/DD/YYYY.

Please let us know if any other document is needed. Thank you very much for your time.

Best regards,
Pham Quoc Bao
Highland Bean Co.
""",
  topic="grocery",
  dec=(("invoice-number", "INV-HB-0426"),),
  notes="Vietnamese seller; calm ungating request with an FDA registration number")

M("poa-safety-cn-011", A, "product-safety", "US", "chinese",
  "POA for Product Safety policy - kids LED night light",
  """
Dear Seller Performance team,

Our account was deactivated under the Product Safety policy because ASIN B0C8MWQ3HF (kids LED night light) had customer reports of the battery cover getting hot.

ROOT CAUSE

(see attached investigation file)

CORRECTIVE ACTIONS TAKEN
1. All 860 units in FBA are removed and will be destroyed, removal order 7HQ2KD9PLX is already completed for 610 units.
2. We have sent 20 units to SGS Guangzhou for a new battery compartment test, the report number is GZIN2603118821.
3. All 37 buyers from the last 90 days have been contacted and offered a full refund.
4. The listing is closed and we have no plan to reopen it before the new test passes.

PREVENTIVE MEASURES
1. Every new electronic product for children will be tested to UL 4200A and the test report reviewed by our compliance manager before listing.
2. We switched to a supplier with a screw-fixed battery cover.
3. Customer complaints about heat, smell or smoke will trigger an immediate stop-sale.

We appreciate your review.

Guangzhou Mingda E-commerce
""",
  style="caps", rc=None, co="CORRECTIVE ACTIONS TAKEN", pr="PREVENTIVE MEASURES",
  pol=("Product Safety policy",),
  dec=(("asin", "B0C8MWQ3HF"), ("removal-order-id", "7HQ2KD9PLX"), ("certificate-number", "GZIN2603118821")),
  notes="ROOT CAUSE heading has only '(see attached investigation file)' under it: labeled root cause absent")

M("poa-ipc-in-012", A, "ip-copyright", "IN", "indian",
  "Appeal against copyright infringement - listing images",
  """
Dear Amazon Seller Performance Team,

Greetings from Kalakriti Prints, Jaipur. We have received notice of copyright infringement regarding the product images on 4 of our wall art listings. Please find our plan of action below.

A. Reason for the issue
Our cataloguing vendor downloaded lifestyle mockup photos from a free website to save time. One of these photos was actually owned by a photographer who had filed the complaint. We did not verify the licence of the image before uploading.

B. Actions already taken
- All 4 listings have been edited and the disputed images are deleted.
- New images are shot in-house by our own photographer, original RAW files are kept.
- We have written to the complainant with an apology and he has agreed to retract, his mail is attached.
- Contract with the cataloguing vendor has been terminated.

C. Steps to prevent recurrence
- Only in-house photographs or images with a written licence will be used.
- A licence register (Excel) is maintained with source of every image.
- Our catalogue manager will audit 10% of listings each month.

We request you to kindly review and reinstate our selling privileges.

Warm Regards,
Neha Sharma
Kalakriti Prints
""",
  style="lettered", rc="A. Reason for the issue", co="B. Actions already taken", pr="C. Steps to prevent recurrence",
  pol=("copyright infringement",),
  notes="Indian agency; lettered headings; complete POA")

M("fba-wdmg-id-013", F, "", "US", "other-non-native",
  "Reimbursement request - units damaged in fulfillment center",
  """
Hello Seller Support,

In Inventory Adjustments report I see 24 units of our rattan basket (FNSKU X0041PLM7C) were marked "Damaged in warehouse" at PHX7 between 10 and 18 March 2026. Only 9 units were reimbursed (reimbursement ID 5938274610), the other 15 units show no reimbursement and no return to sellable.

Could you please check and reimburse the remaining 15 units? Our cost per unit is USD 11.20, invoice attached.

Also I want to ask, is it possible to get the damaged units sent back to us instead? The basket is hand woven and often only the plastic bag is damaged, we can repack it.

Thank you and have a nice day.
Rina Wijaya
Kampung Rattan ID
""",
  topic="warehouse-damaged",
  dec=(("fnsku", "X0041PLM7C"), ("reimbursement-id", "5938274610")),
  notes="Indonesian seller; calm warehouse-damaged claim")

M("poa-valid-us-014", A, "valid-tracking", "US", "native",
  "Plan of action - Valid Tracking Rate below 95%",
  """
Hello,

Our Valid Tracking Rate dropped to 88% and our account was suspended. Here is our plan of action.

What went wrong
We started shipping small orders with a regional carrier (Pinecrest Parcel) in February. Their tracking numbers were not in a format Amazon recognized, and about 140 orders were confirmed with the carrier set to "Other" and a free-text name. Those orders counted as having no valid tracking.

What we changed
We moved every shipment back to USPS and UPS through Buy Shipping on March 2. We went through all open orders and re-entered tracking for the 31 that hadn't been delivered yet, for example 9400111899223847561230. We also deleted "Other" from our ShipStation carrier mapping so nobody can select it.

What keeps it from coming back
Before we test any new carrier, we'll confirm it appears in Amazon's carrier list. Our warehouse lead checks the Valid Tracking Rate every Monday, and if it falls below 97% she flags it to me the same day.

Thank you for reviewing this.

Dana Whitfield
Whitfield Pet Supply
""",
  style="plain", rc="What went wrong", co="What we changed", pr="What keeps it from coming back",
  pol=("Valid Tracking Rate",),
  dec=(("tracking-number", "9400111899223847561230"),),
  notes="native; plain short-line headings; USPS tracking number decoy")

M("poa-drop-cn-015", A, "drop-shipping", "US", "chinese",
  "Our POA for drop shipping policy violation",
  """
Dear Seller Performance,

We are agency for store "Vantoo Direct". Account deactivated for violate the Drop shipping policy. The owner notes are pasted below so you can see the real situation.

--- 老板备注 (owner note) ---
我们是从1688拿货直接发给客户，包裹上有供应商的名字。以后全部走FBA。
退款给我打到这个账户：6217 0012 4408 3391 726 开户行 中国建设银行 宁波分行
--- end ---

Our POA: why it happened
Owner bought goods from 1688 supplier and supplier shipped directly to US buyers. The packing slip and outer box show the supplier company name "Yiwu Jiaxin" and not our store name. This is against the policy.

Our POA: what we have done
- Stopped all self-fulfilled orders on 6 March, all 73 listings changed to FBA only.
- 1,200 units already shipped to our own FBA warehouse, received under FBA15KW9T3ZQ.
- Supplier agreement changed: supplier can not ship to any buyer directly.

Our POA: how we prevent
- Only our own staff in Ningbo pack the orders, with our store name on packing slip.
- Monthly check of shipping templates by agency manager.

Thank you.
Ningbo Vantoo Trading
""",
  style="our-poa", rc="Our POA: why it happened", co="Our POA: what we have done", pr="Our POA: how we prevent",
  pol=("Drop shipping policy",),
  sec=(("bank-account", "6217 0012 4408 3391 726"),),
  dec=(("shipment-id", "FBA15KW9T3ZQ"),),
  notes="Ningbo agency pastes owner's Chinese note with a bank account (开户行) into an appeal")

M("tech-deposit-ph-016", T, "", "US", "other-non-native",
  "Deposit method update failing - Bright Harbor Candles",
  """
Hello Seller Support,

I'm the virtual assistant for Bright Harbor Candles. The owner changed banks and we're trying to update the deposit method, but every time we submit it the page says "We were unable to verify your bank account" and nothing saves.

Here are the details we are entering so you can check what is wrong:
Bank: Bank of America
Account holder: Bright Harbor Candles LLC
Routing number: 026009593
Account number: 483920117645

Is it the account type? We selected Checking. The owner said the account is a business checking. Please advise, our next disbursement is on Friday and we don't want it to fail.

Thanks!
Maricel Reyes
VA, Bright Harbor Candles
""",
  topic="deposit-method",
  sec=(("routing-number", "026009593"), ("bank-account", "483920117645")),
  notes="Filipino VA for US brand types the full bank details into the case")

M("poa-cancel-vn-017", A, "cancel-rate", "US", "other-non-native",
  "Kế hoạch hành động - tỷ lệ hủy đơn",
  """
Kính gửi đội ngũ Amazon,

Tài khoản của chúng tôi bị tạm ngưng vì Pre-fulfillment Cancel Rate cao hơn 2,5%.

Nguyên nhân:
Trong tháng 2, phần mềm quản lý kho của chúng tôi không đồng bộ số lượng với Amazon. Sản phẩm hết hàng nhưng vẫn hiển thị còn hàng, nên chúng tôi phải hủy 27 đơn.

Biện pháp đã thực hiện:
Chúng tôi đã tắt đồng bộ tự động và cập nhật tồn kho bằng tay mỗi ngày. Chúng tôi đã kiểm tra lại toàn bộ 56 sản phẩm và điều chỉnh số lượng đúng.

Biện pháp phòng ngừa:
Mỗi sáng nhân viên sẽ so sánh tồn kho thực tế với Seller Central. Nếu một sản phẩm còn dưới 5 cái, chúng tôi sẽ đặt số lượng về 0.

Trân trọng,
Lê Văn Minh
""",
  lang="vi", style="colon", rc="Nguyên nhân:", co="Biện pháp đã thực hiện:", pr="Biện pháp phòng ngừa:",
  pol=("Pre-fulfillment Cancel Rate",),
  notes="whole POA in Vietnamese on the US marketplace (non-English); English metric name kept")

M("poa-cond-in-018", A, "condition", "IN", "indian",
  "Plan of Action - condition complaints on refurbished phones",
  """
Dear Team,

We are writing with respect to the deactivation of our account Digital Hub Retail for condition complaints (buyers reporting that items are not in the condition described).

Root cause - Our listing used the condition "Renewed - Excellent" for all phones, but our grading was done by a single technician who did not check battery health. 11 buyers received phones with battery health under 80% and raised complaints.

Actions taken - We have reviewed all 240 units in stock and re-graded them using a 25-point checklist. 63 units were moved to "Renewed - Good" and 18 units removed from sale. All 11 buyers have been refunded and were offered a free battery replacement.

Prevention - Two technicians will grade each phone independently and the battery health screenshot will be stored for every IMEI. Any unit with battery health below 85% will not be listed as Excellent. Our quality head will do a weekly audit of 20 random units.

We humbly request you to consider our plan and restore our account.

Regards,
Vikram Iyer
Digital Hub Retail, Bengaluru
""",
  style="inline", rc="Root cause - Our listing used", co="Actions taken - We have reviewed", pr="Prevention - Two technicians",
  pol=("condition complaints",),
  notes="Indian seller; inline paragraph headings; complete POA")

M("poa-price-us-019", A, "price-gouging", "US", "native",
  "Appeal - deactivation for pricing",
  """
Hi there,

We got deactivated last Thursday and I want to explain what happened and what we did about it. Our repricer was set with no maximum price, and when the winter storm hit Texas the demand for our 5-gallon water jugs spiked and the tool raised the price from $24.99 to $79.99 within two days, which is obviously not acceptable and not something we ever intended. As soon as we saw the notice we turned the repricer off, set every listing back to its list price, and refunded the difference to the 42 customers who paid more than $24.99, and we have confirmed with the repricer vendor that a hard ceiling of 10% above list price is now enforced on every SKU. Going forward our company pricing policy is that no price moves more than 10% in a week without the owner approving it, and I review a price-change report every Friday. I'm sorry this happened, and thank you for looking at our appeal.

Tom Becker
Lone Star Outdoor Supply
""",
  style="none", rc="Our repricer was set with no maximum price", co="As soon as we saw the notice we turned the repricer off",
  pr="Going forward our company pricing policy is",
  dec=(("policy-like", "our company pricing policy"),),
  notes="one-paragraph native POA; names no Amazon policy (only the company's own pricing policy, a decoy)")

M("poa-inauth-att-cn-020", A, "inauthentic", "US", "chinese",
  "Appeal with POA and invoices attached - store Kivana",
  """
Dear Seller Performance Team,

Please find attached our Plan of Action (file "Kivana_POA_March2026.pdf") for the deactivation of our store Kivana under the Authenticity policy, together with the supplier invoices and the authorization letter from the brand owner.

Summary: the complaints were for ASIN B0D1HG6T2V, stainless steel water bottle. We purchased from an authorized distributor in Shenzhen and can show the full supply chain. The POA explains the root cause, the actions we already took, and how we will prevent the problem in the future.

Invoice numbers in the attachment: SZ-INV-20251118 and SZ-INV-20260107. Supplier contact: Mr. Liu, +86 755 8612 3370.

We are very sorry for the inconvenient. Thank you for your time.

Best regards,
Kivana Store / 深圳市凯瓦娜科技有限公司
""",
  att=True, pol=("Authenticity policy",),
  dec=(("asin", "B0D1HG6T2V"), ("file-name", "Kivana_POA_March2026.pdf"), ("invoice-number", "SZ-INV-20251118"),
       ("phone", "+86 755 8612 3370"), ("single-apology", "We are very sorry for the inconvenient.")),
  notes="cover letter with the POA in an attachment (poa_attached)")

# ---------------------------------------------------------------- chunk 2

M("poa-iptm-cn-021", A, "ip-trademark", "US", "chinese",
  "Re: Your appeal was not accepted - trademark infringement (second POA)",
  """
Hello Seller Performance,

Thank you for your reply. Our first POA was not accepted, you asked us to answer 3 questions more clearly. We answer one by one below.

> 1. What caused the trademark infringement complaint?

1. Our listing title used the word "Hydroflow" because our bottle design is similar to this brand. We did not know it is a registered trademark in the US (Reg. No. 5928114). The listing was created by a new staff in our Guangzhou office who copied keywords from a competitor page.

> 2. What actions have you taken to resolve the issue?

2. We will delete the word "Hydroflow" from the title, bullet points and search terms of all 6 listings. We will also contact the rights owner and ask for a retraction. The staff who created the listing will be trained on trademark rules.

> 3. What steps will you take to prevent this from happening again?

3. Before any new listing goes live, our team leader will check every brand word on USPTO TESS. We will keep a list of forbidden words in our ERP system so the word can not be saved.

Please review again, thank you.

Guangzhou Yuelan Technology Co., Ltd.
""",
  style="numbered", rc="1. Our listing title used the word", co="2. We will delete the word", done=False,
  pr="3. Before any new listing goes live",
  pol=("trademark infringement",),
  dec=(("trademark-number", "5928114"),),
  notes="rewritten POA answering Amazon's follow-up questions one by one; the actions are all 'we will' (not done)")

M("tech-payment-ja-022", T, "", "JP", "chinese",
  "支払い方法の更新ができません",
  """
Amazonセラーサポート御中

いつもお世話になっております。広州のストア運営代行会社です。ストア「ミナト雑貨」の請求用クレジットカードを変更しようとしていますが、「カード情報を確認できませんでした」と表示されて保存できません。

入力した情報は以下の通りです。確認をお願いします。
カード番号：4556 7310 9284 5619
有効期限：2028年11月
セキュリティコード：382
名義：MINATO ZAKKA GK

前のカードは先月で期限が切れたため、月額登録料の支払いが失敗しています。アカウントが停止されないか心配です。

どうぞよろしくお願いいたします。
広州明湊電子商務有限公司　李
""",
  lang="ja", topic="payment-method",
  sec=(("card", "4556 7310 9284 5619"), ("card-expiry", "2028年11月"), ("card-code", "382")),
  notes="Guangzhou agency writes in Japanese on JP (accepted language) and pastes card number, expiry and security code")

M("poa-late-in-023", A, "late-shipment", "IN", "indian",
  "Plan of action for Late Dispatch - Kumar Kitchenware",
  """
Dear Seller Performance Team,

Our account was suspended due to Late Dispatch Rate of 7.8% in the last 30 days. We submit our plan of action as per the template shared by our account manager.

1. Root Cause of the Issue
Our warehouse in Faridabad was shifted to a new location in the first week of February. During the shifting, 3 days of orders were not packed and were dispatched late. In addition, the courier pickup was scheduled at 4 PM but our packing was completed after 6 PM on many days.

2. Corrective Action Taken
Same as point 1.

3. Preventive Measures
- Courier pickup time changed to 7 PM with Easy Ship.
- Any future shifting of warehouse will be planned with vacation mode ON.
- Dispatch report will be checked by the operations head daily at 5 PM.
- Handling time increased from 1 day to 2 days for heavy items.

Kindly consider our request and reinstate the account. We assure you of full compliance.

Thanks & Regards,
Suresh Kumar
Kumar Kitchenware Pvt. Ltd.
""",
  style="numbered", rc="1. Root Cause of the Issue", co=None, pr="3. Preventive Measures",
  pol=("Late Dispatch Rate",),
  notes="template half-filled: corrective heading has only 'Same as point 1.' under it, labeled absent")

M("poa-odr-us-024", A, "odr", "US", "native",
  "Appeal - ODR deactivation - Hollis Leather Goods",
  """
To whom it may concern,

Our account was deactivated for an Order Defect Rate of 1.6%. I've run this shop for eleven years and I'm honestly devastated. This is completely unfair after everything we've put into Amazon.

Cause
In January our long-time leather supplier shut down, and the replacement hides were thinner. Wallets started splitting at the fold within a few weeks, and we got 9 negative reviews and 5 A-to-z claims in one month.

What we've done
We pulled every wallet from the new batch (about 380 units) and stopped selling them. We found a new tannery in Pennsylvania and the first lot passed our bend test. Every customer who complained got a refund and a replacement wallet from the new lot.

Prevention
Every new lot of leather now gets a 500-bend test on 10 sample wallets before we cut the rest. I read every return comment myself each week.

I can't believe one bad supplier can wipe out a decade of work. I'm begging you to look at our history and give us our account back.

Ben Hollis
Hollis Leather Goods
""",
  style="plain", rc="Cause", co="What we've done", pr="Prevention",
  pol=("Order Defect Rate",),
  emo=("I'm honestly devastated", "This is completely unfair after everything we've put into Amazon.",
       "I can't believe one bad supplier can wipe out a decade of work.", "I'm begging you"),
  notes="native; full POA wrapped in emotional opening and closing")

M("fba-return-vn-025", F, "", "US", "other-non-native",
  "Customer refunded but item not returned after 45 days",
  """
Hello team,

For order 114-2093817-5520461 the customer got full refund on 28 January 2026 but the item (ceramic tea set, SKU VN-TEA-06) is not returned to warehouse until now, more than 45 days. In the FBA customer returns report there is no record, and no reimbursement was made.

Can you please check this order and reimburse us for the item? If the item was returned with different LPN please tell me the LPN number, I cannot find it.

One more question: is the 45 days from the refund date or from the order date? I read different information in the help pages.

Thank you,
Tran Bao Ngoc
Minh An Ceramics
""",
  topic="customer-return",
  dec=(("order-id", "114-2093817-5520461"), ("sku", "VN-TEA-06")),
  notes="Vietnamese seller; calm customer-return claim")

M("poa-rest-id-026", A, "restricted-products", "US", "other-non-native",
  "Appeal for account deactivation",
  """
Dear Amazon Team,

We are sorry. Our account Jamu Herbal Store is deactivated last week because of some products. Below is what we do.

Action we have taken:
- All 12 listings of herbal jamu drinks and capsules are deleted from our inventory.
- Stock in FBA (about 300 units) we created removal order to our US forwarder.
- We checked all other products, only tea and spices are left, no more capsules.

How to prevent:
- Before listing any new product, we will read the Amazon help page and ask Seller Support if the product is allowed.
- Our staff will join the Seller University training about product rules.

We hope Amazon can open our account again so we can sell the tea and spices.

Hormat kami,
Agus Santoso
""",
  style="colon", rc=None, co="Action we have taken:", pr="How to prevent:",
  dec=(("foreign-snippet", "Hormat kami"),),
  notes="Indonesian seller; no root cause at all and no policy named")

M("cat-beauty-in-027", C, "", "IN", "indian",
  "Request for approval in Beauty - Ayurvedic face oil",
  """
Dear Category Approval Team,

We are Vedanta Naturals, a manufacturer of Ayurvedic skin care products from Kochi, Kerala. We request approval to list our Kumkumadi face oil (30 ml) in the Beauty category.

Documents submitted with this request:
1. Manufacturing licence from the State Ayurveda Drug Licensing Authority, licence no. KL/AYUR/2214
2. Purchase invoice for raw materials and packaging
3. Product images showing MRP, batch number, manufacturing and expiry date
4. Certificate of Analysis from an NABL accredited lab

All our products are labelled with full ingredient list as per regulations. Kindly let us know if anything further is required from our side.

Thanks and Regards,
Anjali Menon
Vedanta Naturals
""",
  topic="beauty-topicals",
  notes="Indian seller; calm ungating request")

M("poa-used-cn-028", A, "used-sold-as-new", "US", "chinese",
  "Plan of Action - used sold as new complaints",
  """
Dear Seller Performance Team,

We write this letter because we received your notice about used sold as new complaints for our Bluetooth speakers. Here is our plan.

(a) The reason of the problem
We found that some customer returns were put back into the sellable inventory in our own warehouse in Ningbo without full check. Returned speakers with small scratches and opened box were sent again to new customers as "New". This happened with 7 orders in February.

(b) What we have did
- All 52 returned units in our warehouse are checked one by one, 19 units are moved to "Used - Like New" or scrapped.
- We have refunded the 7 customers and sent them a new sealed unit.
- The warehouse worker who handled returns got retraining, returns now go to a separate shelf with red label.

(c) Measures to avoid
- Returned items will never go back to new stock, they are sold only as used with clear condition note.
- Every week the supervisor will count the return shelf against the return report.

Sorry for the inconvenient and thank you.
Ningbo Soundtide Electronics
""",
  style="lettered", rc="(a) The reason of the problem", co="(b) What we have did", pr="(c) Measures to avoid",
  pol=("used sold as new",),
  dec=(("because-not-cause", "We write this letter because we received your notice"),
       ("single-apology", "Sorry for the inconvenient and thank you.")),
  notes="Ningbo seller; (a)/(b)/(c) headings; the opening 'because' is not a root cause")

M("poa-rel-zh-029", A, "related-accounts", "US", "chinese",
  "关联账户申诉 - 行动计划",
  """
尊敬的亚马逊卖家绩效团队：

我们的店铺「悦途户外」因关联账户问题被停用。以下是我们的行动计划。

一、问题原因
我们公司的财务人员曾经用同一台电脑登录过另一家公司的店铺（该店铺属于她的亲戚，已经被停用）。因此两个账户使用了相同的IP地址和设备，被系统判定为关联。

二、已采取的措施
1. 该财务人员已不再负责店铺后台，电脑已经格式化。
2. 我们已经为店铺单独购买了新电脑和独立的宽带网络。
3. 所有员工的后台账号已经重新设置权限。

三、预防措施
1. 公司规定任何员工不得在公司设备上登录其他店铺。
2. 每月检查一次后台的用户权限和登录记录。

附件为营业执照、法人身份证和房屋租赁合同，请查收。

谢谢！
广州悦途户外用品有限公司
""",
  lang="zh", style="caps", rc="一、问题原因", co="二、已采取的措施", pr="三、预防措施",
  pol=("关联账户",),
  notes="Guangzhou agency sends the POA in Chinese on the US marketplace (non-English); 一、二、三 headings labeled caps-like")

M("brand-contrib-ph-030", B, "", "US", "other-non-native",
  "Our listing title and images were changed by someone else",
  """
Hi Brand Registry Support,

I manage the Seller Central account for Tidewell Goods (registered brand "Tidewell"). Yesterday our listing B0CJ5VT8QM was changed without our approval. The title now says "Generic Stainless Tumbler 30oz" and the main image was replaced with a picture that is not our product.

We are the brand owner and we have the trademark (attached). We didn't submit any change. Could you please:
1. Restore the title to "Tidewell 30 oz Insulated Tumbler with Lid and Straw"
2. Restore our original main image
3. Let us know who submitted the contribution, if possible, so we can report them

The brand dashboard shows no pending suggested change from our side. Thank you for your help, we appreciate it.

Kind regards,
Angela Cruz
Virtual Assistant, Tidewell Goods
""",
  topic="listing-contribution",
  dec=(("asin", "B0CJ5VT8QM"),),
  notes="Filipino VA for a US brand; calm listing-contribution dispute")

M("poa-psa-us-031", A, "prohibited-seller-activities", "US", "native",
  "Please reconsider - prohibited seller activities",
  """
Hello,

We got a notice that our account was deactivated for Prohibited seller activities and actions. We honestly don't know what we did. We are a two-person business selling handmade soap and we've never tried to game anything.

The only thing that changed recently is that my business partner started including a small thank-you card in each package. It says "Thanks for supporting a small business!" and has our Instagram handle on it. Is that the problem?

Please tell us what the specific issue is so we can fix it. We'd be grateful if you could give us a chance to correct whatever is wrong.

Thank you,
Lauren Pike
Pike & Pine Soapworks
""",
  pol=("Prohibited seller activities and actions",),
  dec=(("mild-plea", "We'd be grateful if you could give us a chance to correct whatever is wrong."),),
  notes="native account appeal with no plan of action and nothing attached; a polite plea only")

M("tech-upload-cn-032", T, "", "US", "chinese",
  "Flat file upload error 8560 for all new SKUs",
  """
Dear Seller Support,

We upload inventory flat file for 35 new SKUs of kitchen storage boxes, but the processing report shows error code 8560 for every row, "SKU does not match any ASIN and is missing required attributes". Feed submission ID is 50219384017.

We already filled product_type, brand_name, item_name, external_product_id (UPC) and the required images. We used the newest template downloaded on 10 March 2026 from the Home & Kitchen category.

Also one more information: last week our account manager changed the password of the Seller Central and added a new user, maybe this is related? We do not know.

Please check what attribute is missing. The processing report is attached.

Thank you very much,
Lin Xiaomei
Guangzhou Boxiang Home Goods
""",
  topic="listing-upload",
  dec=(("error-code", "error code 8560"), ("feed-id", "50219384017"), ("password-word", "changed the password of the Seller Central")),
  notes="Guangzhou agency; 'password' mentioned with no value")

M("poa-cf-in-033", A, "counterfeit", "IN", "indian",
  "Appeal - Counterfeit complaint on brass diyas",
  """
Dear Seller Performance Team,

We are writing regarding the deactivation of our account for a Counterfeit complaint on our brass diya listings.

## Root cause
A local trader supplied us 400 brass diyas in October with a stamped logo which resembled the "Deepam" brand. We did not check the stamping carefully and listed them as our own.

## Actions taken
- All listings have been deleted and 212 remaining units destroyed, video of destruction attached.
- We have stopped purchasing from this trader.
- Only our own unbranded designs are now listed, with invoices from our Moradabad workshop.

## Preventive steps
- Every new lot is inspected for logos or stamps by our purchase manager before it is entered in stock.
- We will buy only from manufacturers who provide GST invoices.

For your verification you may log in to our brand portal where all purchase invoices are uploaded:
User ID: accounts@deepjyotihandicrafts.in
Password: Moradabad#2026

Kindly review and do the needful.

Regards,
Pooja Gupta
Deepjyoti Handicrafts
""",
  style="markdown", rc="Root cause", co="Actions taken", pr="Preventive steps",
  pol=("Counterfeit complaint",),
  sec=(("password", "Moradabad#2026"),),
  notes="Indian agency; full POA but shares a portal password for 'verification'")

M("poa-safety-ph-034", L, "product-safety", "US", "other-non-native",
  "Reinstatement request - ASIN B0BZ8K4PRD (teething toy)",
  """
Hello Seller Performance,

I'm writing on behalf of Little Sprout Co. Our listing B0BZ8K4PRD (silicone teething ring) was removed under the Children's Products policy because it was missing a Children's Product Certificate.

**Root cause**
When we launched the product in 2025 our manufacturer gave us a CPSIA test report, but we didn't know we also needed to issue our own CPC. The owner assumed the lab report was enough.

**Actions taken**
- We had the product retested at a CPSC-accepted lab (report attached).
- We created the Children's Product Certificate and uploaded it through Manage Your Compliance on March 9.
- The product label now shows the tracking label information (batch LS-0326).

**Prevention**
TBD - will confirm with Mark

Please let me know if you need anything else.

Bea Villanueva
Virtual Assistant for Little Sprout Co.
""",
  style="bold", rc="Root cause", co="Actions taken", pr=None,
  pol=("Children's Products policy",),
  notes="Filipino VA; half-filled template: Prevention heading has only 'TBD' under it, labeled absent")

M("fba-removal-id-035", F, "", "US", "other-non-native",
  "Removal order completed but units not delivered",
  """
Good day Seller Support,

Our removal order XK4TQ92MLC was shown as Completed on 3 March 2026 with 80 units shipped. But our forwarder in California received only one box with 40 units. Carrier tracking is 1Z4A90E70327718209, it shows 1 of 2 packages delivered, the second one has no update since 27 February.

Can you please investigate where is the second package and reimburse the 40 units if it is lost? Our cost is USD 6.50 each for the coconut bowls.

Attached is the receiving photo from the forwarder.

Thank you,
Putu Ayu
Bali Coco Living
""",
  topic="removal",
  dec=(("removal-order-id", "XK4TQ92MLC"), ("tracking-number", "1Z4A90E70327718209")),
  notes="Indonesian seller; calm removal claim")

M("poa-scoc-vn-036", A, "seller-code-of-conduct", "US", "other-non-native",
  "POA - Seller Code of Conduct violation (buyer contact)",
  """
Dear Seller Performance,

We received a warning then deactivation under the Seller Code of Conduct because we contacted buyers outside of Amazon. We accept the mistake and send our plan.

WHAT CAUSED IT
Our customer service staff found phone numbers of some buyers on the shipping label and sent them SMS in Vietnamese-English to ask for review and to offer discount for next order on our website. She thought it is normal, because on local marketplace in Vietnam this is common.

WHAT WE HAVE DONE
- The staff has stopped all SMS immediately, we deleted the buyer phone list from her computer.
- We wrote to every buyer (23 persons) through Buyer-Seller Messaging to apologize.
- Our website discount code was cancelled.

HOW WE AVOID IT IN FUTURE
- All buyer contact only through Buyer-Seller Messaging, no SMS, no email, no phone.
- Shipping labels are printed and handled only by the packing team, customer service has no access.
- All staff read the Seller Code of Conduct and sign a paper every 6 months.

Thank you for consider.
Hoang Gia Lighting
""",
  style="caps", rc="WHAT CAUSED IT", co="WHAT WE HAVE DONE", pr="HOW WE AVOID IT IN FUTURE",
  pol=("Seller Code of Conduct",),
  notes="Vietnamese seller; caps headings in own wording")

M("poa-idv-cn-037", A, "identity-verification", "US", "chinese",
  "Appeal for account verification - Section 3 of the Business Solutions Agreement",
  """
Dear Seller Performance Team,

Our account is deactivated according to Section 3 of the Business Solutions Agreement because the verification of our documents was not successful. Please see our plan.

1. Reason
The business license we uploaded is old version, the company address was changed in 2025 to Panyu District, Guangzhou but the license still show old address in Baiyun District. The utility bill shows the new address, so the information did not match.

2. Solution
We are going to upload the updated business license after the government office finish the change, it will take around 10 working days. We will also upload a new bank statement with the same address and the legal representative ID card.

3. Prevent
After any change of company information (address, legal person, bank), we will update Seller Central within 3 days. Our admin will check the account information page each month.

Thank you for your understanding.

Guangzhou Ruixing Trading Co., Ltd.
""",
  style="numbered", rc="1. Reason", co="2. Solution", done=False, pr="3. Prevent",
  pol=("Section 3 of the Business Solutions Agreement",),
  notes="identity verification; corrective is 'we are going to' / 'we will' only (not done)")

M("tech-tax-us-038", T, "", "US", "native",
  "Tax interview keeps rejecting our EIN",
  """
Hi,

I'm trying to complete the tax interview for our LLC and it keeps rejecting the TIN. The IRS letter (CP 575) shows our EIN as 84-2917365 and the legal name exactly as "Copperline Goods LLC", which is what I'm typing.

The error is "The name and TIN combination does not match IRS records." I've tried with and without the comma, and with "LLC" spelled out. The EIN was issued in January, so maybe it's too new for the IRS match?

I'm not going to post my SSN here, but if you need it for the sole member, tell me the secure way to provide it. Our first disbursement is on hold until this is done.

Thanks,
Marcus Lee
Copperline Goods LLC
""",
  topic="tax-interview",
  dec=(("tax-id", "84-2917365"),),
  notes="native; EIN is a decoy, SSN mentioned but not given")

M("poa-list-cn-039", L, "listing-policy", "UK", "chinese",
  "Reinstate ASIN B0C2LWX6JE - listing policy (checklist)",
  """
Dear Amazon UK team,

ASIN B0C2LWX6JE (LED desk lamp) was deactivated for violating the Product detail page rules, the title had promotional words. Our agency follow the checklist of the store owner, here is the result:

[✔] Reason found: Title contained "Best Seller 2026" and "Free Gift", and one bullet had our WhatsApp number. Our new operator copied it from a Chinese marketplace listing.
[✔] Fixed: Title changed to "Lumora LED Desk Lamp, 5 Colour Modes, USB-C". WhatsApp number deleted. Checked the other 18 lamp listings, 3 more had "Best Seller" and we edited them all on 11 March.
[✔] Prevent: New operator had training on listing rules. Every new title is checked by team leader before publish. We made a list of banned words (best seller, free, hot sale, No.1, guarantee) in our template.
[ ] Waiting: Amazon review

老板说：标题改好了，以后新品都要先给组长看。

Thank you,
Ningbo Lumora Lighting
""",
  style="colon", rc="[✔] Reason found:", co="[✔] Fixed:", pr="[✔] Prevent:",
  pol=("Product detail page rules",),
  dec=(("asin", "B0C2LWX6JE"), ("foreign-snippet", "老板说：标题改好了，以后新品都要先给组长看。")),
  notes="Ningbo agency; checklist with ticks as headings; owner's Chinese line pasted")

M("poa-review-in-040", A, "review-manipulation", "IN", "indian",
  "Plan of Action for account deactivation - Saffron Spice Co.",
  """
Dear Seller Performance Team,

We are in receipt of your notification regarding the deactivation of our selling account. Please find below our plan of action.

1. Root Cause
Our marketing agency offered free samples of our masala packs to buyers in a WhatsApp group in exchange for reviews on our product page. Around 40 reviews were posted by these buyers. We were not aware that the agency conditioned the samples on a review.

2. Corrective Actions Implemented
- Our agreement with the marketing agency was terminated on 4 March.
- The WhatsApp group has been closed and all its posts deleted.
- We have requested Amazon to remove any review that came from this campaign.

3. Preventive Actions
- No third party will be allowed to contact buyers on our behalf.
- Our internal review policy now says that reviews can only be requested through the Request a Review button.
- The owner will sign off on every marketing campaign.

We assure you that this will not be repeated and request you to kindly reinstate our account.

Regards,
Arjun Nair
Saffron Spice Co., Kochi
""",
  style="numbered", rc="1. Root Cause", co="2. Corrective Actions Implemented", pr="3. Preventive Actions",
  dec=(("policy-like", "Our internal review policy"),),
  notes="Indian seller; complete POA but no Amazon policy named (only the seller's internal review policy)")

# ---------------------------------------------------------------- chunk 3

M("poa-inauth-cn-041", A, "inauthentic", "US", "chinese",
  "Please help!!! Inauthentic complaint - account deactivated",
  """
Dear Amazon Seller Performance,

We are very very sad, our account deactivated because of inauthentic complaint for ASIN B0CN3RZ8TQ (car phone holder). Please please help us, our company will bankrupt if the account is not reopen, 15 workers will lose their job.

## 1. Root cause
The buyer complaint the holder "is fake, not same as picture". We checked and the color of the clip is black but the listing picture is grey, because factory changed the plastic material in the new batch. The product is our own design, our own brand "Grippo".

**Actions taken**
- All listing pictures updated with the black clip on 8 March.
- 200 units of new batch checked by our QC, no other difference.
- Buyer refunded.

3) Prevention - any change from factory, our QC must compare with the listing pictures before shipping to FBA, and we update pictures first.

We cry every day since the account is closed. We beg you, this is our only income, give us one more chance!!!

Guangzhou Grippo Auto Accessories
""",
  style="mixed", rc="1. Root cause", co="Actions taken", pr="3) Prevention - any change from factory",
  pol=("inauthentic complaint",),
  emo=("We are very very sad", "Please please help us, our company will bankrupt", "We cry every day since the account is closed.",
       "We beg you, this is our only income"),
  dec=(("asin", "B0CN3RZ8TQ"),),
  notes="Guangzhou agency; three heading styles mixed; emotional opening and closing")

M("poa-ipp-cn-042", A, "ip-patent", "US", "chinese",
  "Appeal for patent infringement complaint - folding phone stand",
  """
Dear Seller Performance Team,

We are Ningbo Qiyue Industrial. Our account was deactivated after a patent infringement complaint (US Patent No. 11,284,602) against our folding aluminum phone stand, ASIN B0C7YJ4HWR.

Why this happened
Our product design was bought from a design studio in Shenzhen in 2024. The studio told us the design is original and free to use. We did not do a patent search in the US before we started selling. After the complaint, our lawyer compared the claims and the hinge structure is very similar to the patent claim 1.

How we will stop it in future
Every new product will have a freedom-to-operate search by a US patent attorney before we list it. We will keep the search report in our product file. Our product manager will also check Google Patents for every hinge or folding mechanism.

We hope you can review our account again.

Best regards,
Ningbo Qiyue Industrial Co., Ltd.
""",
  style="plain", rc="Why this happened", co=None, pr="How we will stop it in future",
  pol=("patent infringement",),
  dec=(("patent-number", "11,284,602"), ("asin", "B0C7YJ4HWR")),
  notes="Ningbo seller; explains cause and prevention but says nothing about what was done (missing corrective)")

M("fba-dmg-in-043", F, "", "IN", "indian",
  "Units damaged at inbound - shipment FBA15P2XWQKD",
  """
Dear Seller Support,

Our shipment FBA15P2XWQKD was received at the BOM7 fulfilment centre on 6 March 2026. As per the shipment summary, 18 units of our glass storage jars (FNSKU X0049TRB2M) were received as damaged, but the cartons were in perfect condition when handed over to the carrier. We have photos of every carton at the time of pickup.

We request you to please investigate and reimburse the 18 units. The carrier's proof of delivery shows no remark of damage. Invoice value per unit is INR 340.

Kindly revert with the case status at the earliest.

Thanks and regards,
Manoj Patil
Shubh Kitchen Essentials, Pune
""",
  topic="damaged-inbound",
  dec=(("shipment-id", "FBA15P2XWQKD"), ("fnsku", "X0049TRB2M")),
  notes="Indian seller; calm damaged-inbound claim")

M("poa-valid-id-044", A, "valid-tracking", "US", "other-non-native",
  "Why my account is deactivated? Valid Tracking Rate",
  """
Hello Amazon,

Today I got email that my account is deactivated because Valid Tracking Rate is 81%. I do not understand this, because I always send the parcel with tracking from POS Indonesia and I put the number in the order. The buyers received their parcels, nobody complained.

Example order 111-4820395-7732018 tracking RR812394056ID, it is delivered in California on 2 March.

Please check again my account and open it. I have 60 orders waiting and I want to ship them. If you need something from me, please say clearly what document I must send.

Salam,
Budi Hartono
Toko Kopi Luwak Asli
""",
  pol=("Valid Tracking Rate",),
  dec=(("order-id", "111-4820395-7732018"), ("tracking-number", "RR812394056ID"), ("foreign-snippet", "Salam")),
  notes="Indonesian seller; account appeal that only disputes, no POA and nothing attached")

M("tech-api-us-045", T, "", "US", "native",
  "SP-API authorization fails with InvalidGrant after app update",
  """
Hi Developer Support,

Since we published a new version of our private app yesterday, every token refresh fails with "invalid_grant: The request has an invalid grant parameter". Our app ID is amzn1.sp.solution.6b1c4e27-90aa-4f3e-8d12-5c7a0e9b3f41 and the merchant token for the store is A2K9QZ7T4XLM8P.

We re-authorized the app from Seller Central (Manage Your Apps) and got a new refresh token, but the same error came back within an hour. The LWA client secret was not rotated on our side.

Is there a known issue with private apps after a version update, or do we need to re-register the app? Logs with request IDs are attached.

Thanks,
Priya Raman
Engineering, Basalt Commerce Tools
""",
  topic="api",
  dec=(("app-id", "amzn1.sp.solution.6b1c4e27-90aa-4f3e-8d12-5c7a0e9b3f41"), ("merchant-token", "A2K9QZ7T4XLM8P")),
  notes="native developer; 'client secret' and 'refresh token' mentioned with no value")

M("poa-cancel-us-046", A, "cancel-rate", "US", "native",
  "Plan of action - Cancellation Rate",
  """
Hello Seller Performance,

We were notified that our Cancellation Rate is 6.1%, above the 2.5% target, and our account was suspended. Here is our plan of action.

Root cause:
We sell refurbished camera lenses and list them on Amazon, eBay and our own site. Our inventory sync runs only once every 24 hours, so a lens that sold on eBay in the morning was still available on Amazon until the next sync. We had to cancel 19 orders in 30 days for this reason.

Corrective actions:
We will move to a real-time inventory tool by the end of this month. Until then we will lower the quantity of every one-of-a-kind lens on Amazon to zero and reopen it manually. We will also contact the buyers whose orders were cancelled and offer them a coupon.

Preventive actions:
Each morning our operations manager will compare open orders with stock on hand. Any SKU with only one unit will be listed on one channel at a time.

Thank you,
Sarah Kim
Northlight Lens Exchange
""",
  style="colon", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive actions:",
  pol=("Cancellation Rate",),
  notes="native; corrective part describes only future steps (not done)")

M("poa-drop-vn-047", A, "drop-shipping", "US", "other-non-native",
  "Plan of action for drop shipping",
  """
Dear Seller Performance Team,

We received your notice that our account violated the Drop shipping policy. Please find our plan.

A) Root cause
We are not sure what is the root cause. We buy product from a company in Hanoi and they pack for us. Please tell us which order has the problem so we can check.

B) Actions done
- We asked the supplier to remove their invoice and their name from all packages from now.
- We created a packing slip with our store name "VietHome Decor" and sent it to the supplier on 5 March.
- 150 units were sent to FBA, shipment FBA17MN8D2KR is received.

C) Prevention
- All orders will ship from FBA from April.
- We will check 1 package every week by ordering to our friend's address in the US.

Thank you,
Do Thanh Tung
VietHome Decor
""",
  style="lettered", rc=None, co="B) Actions done", pr="C) Prevention",
  pol=("Drop shipping policy",),
  dec=(("shipment-id", "FBA17MN8D2KR"),),
  notes="the root-cause heading says the seller does not know the cause: labeled absent")

M("brand-own-cn-048", B, "", "US", "chinese",
  "Another company applied Brand Registry for our brand name",
  """
Dear Brand Registry Team,

We are owner of the trademark "AURELUX" (USPTO Reg. No. 7102846, registered 2025-06-17, class 11) for LED mirror lights. Yesterday we found that another company enrolled a brand called "Aurelux Home" in Brand Registry and now our listings B0D6PF2KXN and B0D6PF7LZA show their brand name, and we can not edit the images.

Our registration is older and the name is the same. We attached the USPTO certificate, our company business license and invoices from 2024.

Please check and return the brand control to us. If you need any other document, we can send quickly.

Thank you!
Guangzhou Aurelux Lighting Co., Ltd.
""",
  topic="brand-ownership",
  dec=(("trademark-number", "7102846"), ("asin", "B0D6PF2KXN")),
  notes="Guangzhou agency; calm brand-ownership dispute")

M("poa-rest-in-049", A, "restricted-products", "IN", "indian",
  "Plan of Action - Restricted Products policy (pesticide claims)",
  """
Dear Seller Performance Team,

This is with reference to the deactivation of our account under the Restricted Products policy for listing neem oil sprays with pesticide claims.

1) Root Cause
Our product description mentioned that the neem spray "kills aphids and mealybugs". We did not know that such claims make the product a pesticide which needs registration with the Central Insecticides Board. The content was written by our intern using competitor listings.

2) Corrective Action
- All 7 neem listings were edited on 2 March and the pest claims removed.
- The product is now described only as a leaf shine and plant care oil.
- We have checked the remaining 64 listings for any health or pest claim; 2 more were corrected.

3) Preventive Action
- A content checklist with prohibited claims is now part of our listing SOP.
- Every new listing will be approved by our compliance executive before it goes live.
- The team will attend the Seller University module on restricted products every quarter.

We humbly request you to review our plan and reinstate our account.

Thanking you,
Kavita Reddy
GreenLeaf Organics, Hyderabad
""",
  style="numbered", rc="1) Root Cause", co="2) Corrective Action", pr="3) Preventive Action",
  pol=("Restricted Products policy",),
  notes="Indian agency; numbered; complete POA")

M("cat-auto-us-050", C, "", "US", "native",
  "Category approval request - Automotive (brake pads)",
  """
Hello,

We'd like approval to list in Automotive & Powersports, specifically ceramic brake pads for late-model trucks. We're an authorized distributor for Stopline Brakes and have been selling their products on our own site since 2019.

Attached:
- Distributor agreement with Stopline Brakes, signed January 2026
- Two invoices from the last 90 days (PO-78113 and PO-78259), each over 200 units
- Product photos showing the packaging and fitment labels

The pads meet FMVSS 135 and carry the LKE edge code on the backing plate. Please let me know if you need anything else from us.

Thanks,
Jim Castellano
Castellano Auto Parts
""",
  topic="automotive",
  dec=(("po-number", "PO-78113"),),
  notes="native; calm ungating request")

M("poa-cond-ph-051", L, "condition", "US", "other-non-native",
  "Listing reinstatement - open box headphones",
  """
Hello Seller Performance,

I manage the Seller Central account of Soundwise Audio (US). Our listing for the Soundwise Pro ANC headphones was deactivated because of buyer complaints that the item condition was not as described.

We looked into it and the problem started when our 3PL in New Jersey began shipping customer returns as new stock. Buyers received headphones with opened seals and fingerprints on the ear cups, and several wrote "used" in the return reason.

To fix it, we will ask the 3PL to separate all returned units and we will send an inspector to the warehouse next week. We plan to relabel any returned unit as "Used - Like New" and we are going to offer refunds to the buyers who complained. We will also update the listing to say that the box is sealed.

To keep this from happening again, the 3PL contract will include a clause that returns can never be mixed with new stock, and I will audit the return log every Friday.

Thank you for reviewing.

Kristine Dela Cruz
VA for Soundwise Audio
""",
  style="none", rc="the problem started when our 3PL in New Jersey", co="To fix it, we will ask the 3PL", done=False,
  pr="To keep this from happening again",
  pol=("condition was not as described",),
  notes="Filipino VA; no headings; the fixes are all future ('we will', 'we plan to', 'we are going to')")

M("tech-login-id-052", T, "", "US", "other-non-native",
  "Cannot login - OTP not accepted",
  """
Hello Seller Support,

I cannot login to my Seller Central since yesterday. Every time I enter the OTP it say "invalid code". I tried many times. The last kode OTP I got by SMS is 582913, I enter it within 1 minute but still invalid.

My email login is arif.store88@gmail.com and password is Batik2026!! (I already reset it two times).

Please help me to login because I have orders to confirm shipping today. My phone number registered is +62 812 5550 1948.

Terima kasih banyak,
Arif Rahman
""",
  topic="login",
  sec=(("one-time-code", "582913"), ("password", "Batik2026!!")),
  dec=(("phone", "+62 812 5550 1948"),),
  notes="Indonesian seller pastes OTP and password into a login case")

M("poa-price-cn-053", A, "price-gouging", "US", "chinese",
  "POA - Fair Pricing Policy violation on N95 respirators",
  """
Dear Seller Performance Team,

Our account was deactivated for violating the Amazon Fair Pricing Policy on our respirator mask listings. We are Guangzhou Anxin Medical Supplies and here is our plan.

## The reason
In February there was a wildfire smoke warning in California and the demand suddenly increased. Our automatic repricing rule was "match the lowest price + 5%", but the lowest offer disappeared, so the system used the buy box price of a reseller, which was 3 times our normal price. Our staff did not check the prices during the weekend.

## What we have done
- On 24 February we turned off the repricing tool for all 28 listings.
- All prices are set back to our normal price $18.99 per box of 20.
- 57 orders which paid more than normal price were refunded the difference.

## Avoid it in future
- The repricer now has a maximum price of normal price + 10%, it can not go higher.
- Our operation staff check the price report every day, also weekend.
- For emergency products (masks, water, batteries) we will not use repricer at all.

Thank you for your review.
Guangzhou Anxin Medical Supplies Co., Ltd.
""",
  style="markdown", rc="The reason", co="What we have done", pr="Avoid it in future",
  pol=("Fair Pricing Policy",),
  notes="Guangzhou agency; markdown headings in own words; complete")

M("fba-lost-ph-054", F, "", "US", "other-non-native",
  "Warehouse lost units - Inventory Ledger shows M adjustments",
  """
Hi Seller Support,

I'm the VA for Cozy Cub Blankets (US). The Inventory Ledger shows 31 units of FNSKU X003PQ7V2L adjusted with reason "M - Misplaced" at IND9 between 1 and 20 February 2026. The 30-day window has passed and only 6 of them came back as "F - Found". There is no reimbursement for the remaining 25.

Could you please review and reimburse the 25 units? Owner's cost is $14.75 per unit per our invoice.

If you need to reach the owner directly, her number is (512) 555-0187, but she prefers email.

Thank you so much!
Carla Mendoza
VA, Cozy Cub Blankets
""",
  topic="warehouse-lost",
  dec=(("fnsku", "X003PQ7V2L"), ("phone", "(512) 555-0187")),
  notes="Filipino VA for a US brand; calm warehouse-lost claim")

M("poa-late-cn-055", A, "late-shipment", "UK", "chinese",
  "Appeal - Late Dispatch Rate over 4%",
  """
Dear Amazon UK Seller Performance,

Unfortunately our Late Dispatch Rate reached 6.2% and the account is suspended. We are Ningbo Greenhaus Garden Tools, we ship from our UK warehouse in Leicester.

The late dispatch happened because our warehouse system printed labels only once per day at 11:00. Orders coming after 11:00 with same-day handling were waiting until next day, and on Fridays until Monday. About 90 orders were confirmed late in February.

We have already changed the label printing to every 2 hours between 8:00 and 18:00, and we hired one more packer from 1 March. Our weekend orders now have 2 days handling time in the shipping template. Since 1 March all orders were dispatched on time.

To make sure the problem does not come back, the warehouse manager will check the "late dispatch" report every morning and the agency in Ningbo will review the rate every week. If the rate goes above 2% we will increase handling time immediately.

Thank you for your consideration.

Ningbo Greenhaus Garden Tools Co., Ltd.
""",
  style="none", rc="The late dispatch happened because", co="We have already changed the label printing",
  pr="To make sure the problem does not come back",
  pol=("Late Dispatch Rate",),
  dec=(("mild-word", "Unfortunately"),),
  notes="Ningbo seller; no headings, content cues only; calm with one mild word")

M("poa-iptm-id-056", L, "ip-trademark", "US", "other-non-native",
  "Banding pemulihan listing - keluhan merek dagang",
  """
Kepada Tim Amazon,

Listing kami ASIN B0CR6MT1ZK (tas anyaman pandan) dihapus karena keluhan pelanggaran merek dagang dari pemilik merek "Pandana".

Penyebab masalah:
Staf kami menulis kata "Pandana style" di judul produk karena kami pikir itu hanya nama gaya tas. Kami tidak tahu bahwa kata itu adalah merek terdaftar di Amerika.

Tindakan yang sudah dilakukan:
Kami sudah menghapus kata "Pandana" dari judul, deskripsi, dan kata kunci pencarian pada tanggal 7 Maret. Kami juga sudah mengirim email permintaan maaf kepada pemilik merek.

Pencegahan:
Sebelum membuat listing baru, kami akan memeriksa setiap nama di situs USPTO. Manajer kami akan memeriksa judul semua produk setiap bulan.

Mohon listing kami dapat diaktifkan kembali.

Hormat kami,
Siti Rahmawati
""",
  lang="id", style="colon", rc="Penyebab masalah:", co="Tindakan yang sudah dilakukan:", pr="Pencegahan:",
  pol=("pelanggaran merek dagang",),
  dec=(("asin", "B0CR6MT1ZK"),),
  notes="Indonesian seller writes the whole reinstatement in Indonesian on US (non-English)")

M("tech-report-in-057", T, "", "IN", "indian",
  "Settlement amount not credited to bank account",
  """
Dear Seller Support,

Our settlement for the period 1 March to 14 March 2026 (settlement ID 19284736501) shows as "Transfer initiated" but the amount of INR 1,84,520 has not been credited to our bank account even after 7 working days.

Our bank details registered in Seller Central are:
Bank: HDFC Bank, Andheri East branch
Account number: 50100238846172
IFSC: HDFC0001234

The bank says no incoming credit is pending. Kindly check with your payments team and share the UTR number so that we can trace it. Please revert back at the earliest as we have vendor payments due.

Regards,
Sandeep Joshi
Accounts, Mahalaxmi Textiles
""",
  topic="deposit-method",
  sec=(("bank-account", "50100238846172"),),
  dec=(("settlement-id", "19284736501"), ("ifsc", "HDFC0001234")),
  notes="Indian seller types the bank account number (secret) next to the IFSC (decoy)")

M("poa-review-cn-058", A, "review-manipulation", "US", "chinese",
  "Appeal - we did not manipulate reviews!!!",
  """
Dear Seller Performance,

Our account is deactivated for violation of the Customer Reviews policy. We are innocent, it is not fair!!! Our competitor post fake 5-star reviews on our listing to make us banned. Amazon is killing small sellers like us.

Our POA - root cause:
After checking, in January we sent free product to 6 people from a Facebook group to test our new yoga mat. We did not ask them to write review, but maybe they wrote one. We think this is why the system flag us.

Our POA - actions taken:
- We stopped giving any free product from 15 March.
- We left the Facebook group and deleted our posts.
- We asked Amazon (this case) to delete reviews from these 6 people if they are not following the rules.

Our POA - future prevention:
- We will use only Amazon Vine for new products.
- No contact with buyers outside Amazon.

We have worked so hard for 3 years, you destroy us in one day. Please open our account now.

Shenzhen Flowfit Sports
""",
  style="our-poa", rc="Our POA - root cause:", co="Our POA - actions taken:", pr="Our POA - future prevention:",
  pol=("Customer Reviews policy",),
  emo=("We are innocent, it is not fair!!!", "Amazon is killing small sellers like us.",
       "We have worked so hard for 3 years, you destroy us in one day."),
  notes="complete our-poa letter, but angry accusing lines around it")

M("poa-rel-us-059", A, "related-accounts", "US", "native",
  "Plan of action - related account deactivation",
  """
Hello Seller Performance,

Our account (Harbor & Vine) was deactivated under the Seller Code of Conduct because it is related to another account that was deactivated. Below is our plan of action.

ROOT CAUSE
Our former operations manager, who left in December, also ran a small account of her own called "BrightNest Deals" from our office Wi-Fi and her work laptop. That account was deactivated in January for performance problems. Because both accounts used the same network and device, they were linked.

ACTIONS TAKEN
- We confirmed that nobody at Harbor & Vine has any ownership or access to BrightNest Deals. A signed statement from the former employee is attached.
- The laptop was wiped and reassigned, and we removed her user permission from our Seller Central on her last day.
- We changed our office router and ISP account.

PREVENTION
- Company devices and networks may only be used for our own seller account, which is now in our employee handbook.
- Every quarter the owner reviews User Permissions and removes anyone who no longer works here.

Thank you,
Rachel Thornton
Owner, Harbor & Vine LLC
""",
  style="caps", rc="ROOT CAUSE", co="ACTIONS TAKEN", pr="PREVENTION",
  pol=("Seller Code of Conduct",),
  notes="native; caps headings; complete related-account POA")

M("poa-inauth-in-060", A, "inauthentic", "IN", "indian",
  "Supplier invoices attached - inauthentic complaint",
  """
Dear Team,

With reference to the deactivation of our account for an inauthentic item complaint on our Bluetooth earphones, we are attaching the following documents for your kind verification:

1. Tax invoices from our supplier Sai Electronics, New Delhi (invoice no. SE/2025-26/1187 and SE/2025-26/1342)
2. Authorization letter from the brand distributor
3. GST registration certificate of our firm

Our products are 100% genuine and purchased from the authorised channel. The buyer may have received a damaged piece due to courier mishandling.

Kindly verify the documents and reactivate our account at the earliest. We shall be highly obliged.

Thanks & Regards,
Ramesh Chawla
Chawla Mobile World
""",
  pol=("inauthentic item complaint",),
  dec=(("invoice-number", "SE/2025-26/1187"),),
  notes="attaches invoices but no POA, neither in the text nor attached: account appeal with no POA")

M("poa-safety-us-061", A, "product-safety", "US", "native",
  "Appeal - space heater listings",
  """
Hi,

Our account was deactivated after complaints about one of our space heaters.

## What happened
Two customers reported that the power cord on our 1500W ceramic heater got very hot at the plug after a few hours. We traced it to a batch of cords from a new supplier that used thinner gauge wire than the spec we approved.

## What we did about it
- Stopped sales on the heater immediately and created removal orders for all 430 units in FBA.
- Contacted all 212 buyers from that batch and offered a full refund, and 167 have already been refunded.
- Sent the cords to an independent lab, which confirmed they did not meet the 16 AWG spec.
- Reported the incident to the CPSC through SaferProducts.gov.

We'd appreciate your review of our account.

Greg Novak
Novak Home Comfort
""",
  style="markdown", rc="What happened", co="What we did about it", pr=None,
  notes="native; solid cause and done corrective, but nothing about prevention and no policy named")

M("fba-lost-cn-062", F, "", "US", "chinese",
  "LTL shipment FBA16TX3ZR9K received short 3 pallets",
  """
Hello Seller Support,

Our LTL shipment FBA16TX3ZR9K to SBD1 was delivered on 26 February 2026 with 8 pallets, but the shipment shows only 5 pallets received (1,150 of 1,840 units). The BOL number is 300145712 and the carrier PRO number is 517283904. The delivery receipt was signed by the FC for 8 pallets with no exceptions.

We attached the signed BOL, delivery receipt and pallet photos. Please open an investigation for the 690 missing units and reimburse if they are not found.

Thank you,
Ningbo Hanxin Furniture Co., Ltd.
""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA16TX3ZR9K"), ("bol-number", "300145712"), ("pro-number", "517283904")),
  notes="Ningbo agency; 9-digit BOL and PRO numbers that fail the ABA check are decoys")

M("poa-odr-cn-063", A, "odr", "UK", "chinese",
  "POA for Order Defect Rate - store Kelvara UK",
  """
Dear Seller Performance,

Our UK account is deactivated because the Order Defect Rate is 1.9%. Please see our plan of action.

1. Reason
Our kettle product (ASIN B0CW2QJ5NM) had many negative feedback because the UK plug was loose in the new batch from the factory. 11 customers left 1-star feedback and 4 opened A-to-z claims.

2. Done actions
- Stopped sale of the kettle on 1 March and removed all 260 units from FBA.
- The factory changed the plug supplier, new samples passed test at our Ningbo office.
- All 15 customers were refunded.

3. Prevent actions
- Every new batch, we test 20 units plug strength before shipping.
- Daily check of feedback and claims by customer service.

For the refund of removal fees, please use our company account: IBAN GB93BARC20417353928104, account name Kelvara Trading Ltd.

Kind regards,
Kelvara Trading Ltd / 宁波凯瓦拉贸易有限公司
""",
  style="numbered", rc="1. Reason", co="2. Done actions", pr="3. Prevent actions",
  pol=("Order Defect Rate",),
  sec=(("iban", "GB93BARC20417353928104"),),
  dec=(("asin", "B0CW2QJ5NM"), ("foreign-snippet", "宁波凯瓦拉贸易有限公司")),
  notes="Ningbo seller; complete POA but pastes the company IBAN for a fee refund")

M("cat-toys-vn-064", C, "", "US", "other-non-native",
  "Request to sell in Toys & Games during holiday season",
  """
Dear Amazon Team,

We are Lotus Wood Toys from Hoi An. We make wooden puzzles and stacking toys for children 3+. We want to apply to sell in Toys & Games during the holiday season 2026.

Our store information:
- Account opened in 2024, Order Defect Rate 0.3%, Late Shipment Rate 0.8%
- More than 900 orders in the last 12 months
- All toys have CPSIA test report from a CPSC-accepted laboratory and a Children's Product Certificate

We attach the test reports and the CPC for 6 products. Please advise if anything else is needed. Thank you very much for your time and support.

Best regards,
Vo Thi Lan
Lotus Wood Toys
""",
  topic="toys-holiday",
  dec=(),
  notes="Vietnamese seller; calm holiday-toys approval request; metric names are not an appeal here")

M("poa-cf-cn-065", A, "counterfeit", "US", "chinese",
  "Counterfeit complaint appeal - Ravelle hair clips (with owner note)",
  """
Dear Seller Performance Team,

We are the agency that operates the store "Ravelle Beauty". The account was deactivated for a Counterfeit complaint from the brand "Revelle Paris". Please see our plan and the note from store owner below.

A. Cause of the complaint
Our product name "Ravelle" is very close to "Revelle Paris", and our claw clip shape looks similar to their famous model. The brand owner made a test buy and reported it as counterfeit. Our product is made by our own factory in Yiwu and has our own logo.

B. What we corrected
- We changed the clip shape mold, new design photos are attached.
- The brand name on packaging is now printed "RAVELLE by Yiwu Lanhua" to be different.
- We contacted the brand owner's lawyer and sent our factory documents.

C. Prevention plan
- New designs are checked by our designer against the top 50 sellers in the category.
- We will register our trademark in the US this year.

--- 店主留言 ---
合同和发票都在后台了，后台账号 ravelle.beauty@163.com 密码是 Ravelle@2026yw 你们可以登录看。
---

Thank you!
Yiwu Lanhua Trading
""",
  style="lettered", rc="A. Cause of the complaint", co="B. What we corrected", pr="C. Prevention plan",
  pol=("Counterfeit complaint",),
  sec=(("password", "Ravelle@2026yw"),),
  notes="agency pastes the owner's Chinese note with a Seller Central password (密码是) into the appeal")

M("poa-used-us-066", L, "used-sold-as-new", "US", "native",
  "Reinstatement request - KitchenPro stand mixer listing",
  """
Hello,

Our offer on the KitchenPro 5-qt stand mixer (ASIN B0BX4HTW9E) was removed after three buyers said they received a used mixer sold as new.

**What we've done**
- Pulled all 46 mixers from our shelves and opened each box. Eight had signs of prior use and have been moved to our used inventory with "Used - Good" condition notes.
- Refunded the three buyers and sent each a prepaid return label.
- Retrained both warehouse staff on how to handle returns.

**What we'll do going forward**
- Every returned mixer goes to a separate, marked returns area and is never restocked as new.
- Any box with a broken factory seal is automatically listed as used.
- I'll personally audit the returns area every Monday.

Let me know if you need photos or anything else.

Chris Dalton
Dalton Home Goods
""",
  style="bold", rc=None, co="What we've done", pr="What we'll do going forward",
  pol=("used mixer sold as new",),
  dec=(("asin", "B0BX4HTW9E"),),
  notes="native; actions and prevention only, never says how the used units got into new stock (missing root cause)")

# ---------------------------------------------------------------- chunk 5

M("tech-page-vn-067", T, "", "US", "other-non-native",
  "Manage Inventory page shows error every time",
  """
Hello Seller Support,

Since 12 March when I open Manage All Inventory, the page loads for long time and then shows "Something went wrong on our end. Please try again later. (Error ID: 7F3A-29QX)". I tried Chrome and Edge, cleared the cache and used another computer, still same error. Other pages like Orders and Reports work normal.

I have 140 listings and I need to change prices for a promotion this weekend. Is there another way to edit the price while the page is broken? Can I use the flat file for price only?

Screenshot attached. Thank you for help.

Nguyen Van Khoa
Saigon Basket House
""",
  topic="page-error",
  dec=(("error-code", "7F3A-29QX"),),
  notes="Vietnamese seller; calm page-error case")

M("poa-list-in-068", L, "listing-policy", "IN", "indian",
  "Reinstatement of suppressed listings - cotton kurtas",
  """
Dear Team,

We are writing for reinstatement of 14 listings of our cotton kurtas which were removed on 9 March.

Root cause - our catalogue executive created separate listings for each colour and size instead of using a variation family, so the same kurta appeared 14 times in search results. He was new and had not been trained on the variation template.

Action taken - we have closed the 14 duplicate listings and created one parent listing with colour and size variations, all the inventory has been moved to the child ASINs. The reviews of the old listings have not been merged manually, we left it to Amazon.

Preventive action - every new product is created only through the variation template, and our catalogue manager checks all new listings before they are published. The executive has completed training on the Seller Central help pages.

Request you to kindly reinstate the listings.

Warm regards,
Deepak Singh
Rangrez Ethnic Wear, Jaipur
""",
  style="inline", rc="Root cause - our catalogue executive", co="Action taken - we have closed", pr="Preventive action - every new product",
  notes="Indian seller; complete inline POA, but the letter never names the listing policy it broke (no policy)")

M("poa-cancel-cn-069", A, "cancel-rate", "US", "chinese",
  "Cancel rate appeal - template filled",
  """
Dear Seller Performance Team,

Our account has been suspended because our cancel rate is 4.8%, which is higher than the Cancellation Rate target of 2.5%.

Root Cause:
Our stock in the overseas warehouse in New Jersey was not updated in Seller Central after a big wholesale order took 600 units of our desk fans. The listing still showed 600 units available, and we had to cancel 33 orders in one week because there was no stock.

Corrective Action:
Please see attachment.

Preventive Action:
1. The overseas warehouse stock will be synchronized to Seller Central every 2 hours by our ERP.
2. Wholesale orders must be approved by the Amazon operator before shipping from the same stock.
3. Safety stock of 30 units will be kept and not shown on Amazon.

Thank you!
Guangzhou Fengyu Electric Appliance Co., Ltd.
""",
  style="colon", rc="Root Cause:", co=None, pr="Preventive Action:",
  pol=("Cancellation Rate",),
  notes="corrective heading only points to an attachment ('Please see attachment.'), nothing real under it: labeled absent")

M("poa-idv-vn-070", A, "identity-verification", "US", "other-non-native",
  "Re-submit documents for account verification",
  """
Dear Amazon,

My account was deactivated because of Section 3 of the Business Solutions Agreement, you said my identity document could not be verified. I uploaded my passport again today, this time the full color scan, not the photo from my phone. I also uploaded the bank statement from Vietcombank with my full name and address in Ho Chi Minh City.

Before, the photo was blurry and the passport number could not be read. Now it is clear.

Please check my new documents and activate my account. I have not sold anything yet, I just want to start my business.

Thank you,
Pham Minh Duc
""",
  pol=("Section 3 of the Business Solutions Agreement",),
  notes="Vietnamese seller; a short identity appeal with documents re-uploaded, no POA and none attached (the blurry-photo remark is not a plan)")

M("poa-rest-cn-071", A, "restricted-products", "US", "chinese",
  "Appeal for Restricted Products - please give back our account",
  """
Dear Seller Performance,

Please please help us. Our account was deactivated under the Restricted Products policy because of our "fat burning" slimming patch. We are so scared, all our money is in the FBA inventory and our boss is very angry, maybe our team will lose job.

Why it happened:
The patch listing said "burn fat fast" and "lose 10 pounds in 1 week". These are medical claims. Our copywriter copied the text from the 1688 supplier page without checking the Amazon rules.

What we will do:
We will delete all the medical claims from the listing. We will send the product ingredient list to Amazon for review. We will remove the patches from FBA if Amazon says they are not allowed.

How we prevent:
All new listings will be checked by our team leader with the restricted product help pages. We will not sell any weight-loss product again.

We have no other choice, Amazon is our only hope. Please give us back our account as soon as possible!!!

Guangzhou Meixin Health Technology
""",
  style="colon", rc="Why it happened:", co="What we will do:", done=False, pr="How we prevent:",
  pol=("Restricted Products policy",),
  emo=("Please please help us.", "We are so scared, all our money is in the FBA inventory",
       "We have no other choice, Amazon is our only hope."),
  notes="emotional pleading and a corrective part in the future tense only")

M("fba-return-in-072", F, "", "IN", "indian",
  "Wrong item returned by customer - reimbursement request",
  """
Dear Seller Support,

For order 405-8830172-6619248 the customer returned the product and the refund was issued. However, when the returned unit was removed to our warehouse (removal order 8KD2QW4PXT), we found a cheap plastic toy inside the box instead of our stainless steel water bottle.

Photos of the box, the label and the item received are attached. The LPN on the returned package is LPNRR729381046.

We kindly request you to investigate and reimburse us for the product as per the FBA customer returns policy. The selling price was INR 799.

Regards,
Harish Menon
SteelSip India
""",
  topic="customer-return",
  pol=("FBA customer returns policy",),
  dec=(("order-id", "405-8830172-6619248"), ("removal-order-id", "8KD2QW4PXT"), ("lpn", "LPNRR729381046")),
  notes="Indian seller; a non-appeal that names a policy (T007 does not apply)")

M("poa-cond-vn-073", A, "condition", "US", "other-non-native",
  "POA condition complaints - table",
  """
Dear Seller Performance team,

Our account got deactivated because of many condition complaints (item arrived damaged / not like description) for our ceramic vases. We put our plan in a table so it is easy to read:

| Part   | Detail |
|--------|--------|
| Cause  | Vases were packed with only 1 layer of bubble wrap. During FBA transfer between warehouses many were cracked. Buyers received broken vases and some vases had small chips that our QC missed. |
| Fixed  | Changed to double wall carton + molded pulp insert for all vases (done 4 March). 180 units in FBA were inspected by removal to our US partner, 22 damaged units destroyed. All 16 buyers got refund. |
| Next   |  |

Thank you very much. Attached: photos of new packing.

Tran Quoc Huy
Bat Trang Ceramics
""",
  style="inline", rc="Cause  |", co="Fixed  |", pr=None,
  pol=("condition complaints",),
  notes="plain-text table; the prevention row ('Next') is empty: labeled preventive absent")

M("brand-transp-us-074", B, "", "US", "native",
  "Transparency codes rejected at FC for our units",
  """
Hi Brand Support,

We enrolled our brand Summit Trail in Transparency last fall. This month, two inbound shipments had units rejected at the FC with "missing or invalid Transparency code", even though every unit has a label. Example code from a rejected unit: AZ:7KQ2MW9XRT4VPL8N3D.

We printed the labels with the file downloaded from the Transparency portal and applied them over the UPC as instructed. Is there a known issue with the label size or with codes generated before January?

We can send the physical labels or photos if that helps. We'd rather not lose more inventory in this loop.

Thanks,
Erin Walsh
Summit Trail Gear
""",
  topic="brand-program",
  dec=(("transparency-code", "AZ:7KQ2MW9XRT4VPL8N3D"),),
  notes="native; Transparency code decoy (not a secret)")

M("poa-scoc-cn-075", A, "seller-code-of-conduct", "US", "chinese",
  "Plan of action - Seller Code of Conduct",
  """
Dear Seller Performance Team,

We received the notice that our store violated the Seller Code of Conduct because we asked buyers to change or remove negative feedback in exchange for a partial refund.

Reason of the problem:
Our customer service girl was new and she saw other sellers do this in a Chinese seller WeChat group. When a buyer left 2-star feedback for our LED strip, she offered a $5 refund if the buyer removed the feedback. She sent this message to 9 buyers. Our manager did not review her messages.

Measures to prevent:
1. All customer service messages will be reviewed by the manager for the first 3 months of any new staff.
2. We will prepare standard message templates in English, our staff can only use these templates.
3. Every staff will study the Seller Code of Conduct and take a test.
4. We will never offer money or refund for changing feedback.

We sincerely apologize and hope you give us the chance to continue selling.

Guangzhou Lightway Technology
""",
  style="colon", rc="Reason of the problem:", co=None, pr="Measures to prevent:",
  pol=("Seller Code of Conduct",),
  dec=(("mild-plea", "hope you give us the chance to continue selling"),),
  notes="root cause and prevention only, nothing done about the 9 messages or the staff (missing corrective)")

M("poa-odr-ph-076", A, "odr", "US", "other-non-native",
  "Plan of action - ODR - Bloom & Burrow",
  """
Hello Seller Performance,

I'm writing for Bloom & Burrow (owner: Jenna Holt). We received the deactivation for ODR above 1%. Pasting the owner's notes first and then the plan.

Owner's note (forwarded to me in Tagalog by our ops lead): "Sabihin mo na na-refund na lahat at hindi na natin gagamitin yung lumang supplier."

**Here's what we did**
- All 18 customers with A-to-z claims or negative feedback were refunded in full.
- We stopped buying planters from the old supplier and cancelled the open PO.
- The 120 remaining planters in FBA were removed and inspected.

**How we'll keep the ODR down**
- Every new batch is inspected at our Austin warehouse before we send it to FBA.
- I check the Customer Satisfaction tab daily and message any unhappy buyer within 24 hours.
- Negative feedback over 1% in any 7 days triggers a stop-sale on that SKU.

Thank you for reviewing this.

Liza Manalo
VA, Bloom & Burrow
""",
  style="bold", rc=None, co="Here's what we did", pr="How we'll keep the ODR down",
  pol=("ODR",),
  dec=(("foreign-snippet", "Sabihin mo na na-refund na lahat at hindi na natin gagamitin yung lumang supplier."),),
  notes="Filipino VA; Tagalog owner note pasted; the letter never says what went wrong with the planters (missing root cause)")

M("tech-card-cn-077", T, "", "US", "chinese",
  "Charge method failed - please update card (owner info below)",
  """
Hello Seller Support,

Our monthly subscription fee failed and Seller Central asks us to update the charge method. When we add the new UnionPay card, it shows "card not supported". Can you tell us if UnionPay is accepted for the subscription?

Owner sent the card information in WeChat, pasted here:
卡号 6214 8309 9271 1045 604
有效期 2029年6月
安全码 417
持卡人 WANG JIANHUA

If UnionPay is not supported, which card type can we use? We have a Visa card from Bank of China also.

Thank you,
Ningbo Jiahe Trading Co., Ltd.
""",
  topic="payment-method",
  sec=(("card", "6214 8309 9271 1045 604"), ("card-expiry", "2029年6月"), ("card-code", "417")),
  notes="Ningbo agency pastes owner's Chinese WeChat note with a 19-digit UnionPay card, expiry (有效期) and security code (安全码)")

M("poa-late-vn-078", A, "late-shipment", "US", "other-non-native",
  "Late shipment appeal - please help my small family shop",
  """
Dear Amazon,

I am owner of Mekong Silk House, a small family shop. My account is suspended because Late Shipment Rate is 11%. I feel terrible and I cannot sleep since I got the email. My whole family depends on this shop, my mother sews every scarf by hand.

1. Why late
In February my mother was in hospital for 2 weeks. I stayed with her and nobody packed the orders. I did not know I can turn on vacation mode.

2. What I did already
- I turned on vacation mode the same day I read your email.
- I shipped all 38 late orders with express DHL and sent message to every buyer.
- My cousin now helps me pack, she has the login as a secondary user.

3. Next time
- If I cannot ship, I will turn on vacation mode at once.
- Handling time is now 3 days, not 1 day.
- My cousin checks orders every evening.

Please, I beg you, do not close my shop forever.

Vu Thi Mai
Mekong Silk House
""",
  style="numbered", rc="1. Why late", co="2. What I did already", pr="3. Next time",
  pol=("Late Shipment Rate",),
  emo=("I feel terrible and I cannot sleep since I got the email.", "My whole family depends on this shop",
       "Please, I beg you, do not close my shop forever."),
  notes="Vietnamese owner; complete numbered POA with emotional pleading")

# ---------------------------------------------------------------- chunk 6

M("cat-jewelry-in-079", C, "", "IN", "indian",
  "Application for Fine Jewellery category approval",
  """
Dear Category Team,

We are Sona Kalash Jewellers, a BIS-registered jewellery manufacturer in Thrissur, Kerala, with 22 years in business. We request approval to list our 22 karat gold and 925 sterling silver jewellery in the Jewellery category.

Enclosed with this application:
- BIS hallmarking registration certificate
- GST registration (32AABCS7719M1Z8)
- Sample hallmark certificates for 5 products
- Product photographs on white background as per the style guide

All our gold items carry the BIS hallmark with HUID. Kindly let us know the next steps or if any further document is required.

With regards,
Sreeja Varma
Sona Kalash Jewellers
""",
  topic="jewelry",
  dec=(("gst-number", "32AABCS7719M1Z8"),),
  notes="Indian seller; calm jewellery ungating request")

M("poa-inauth-nb-080", L, "inauthentic", "US", "chinese",
  "Listing reinstatement ASIN B0CP7DX3MW - inauthentic",
  """
Dear Seller Performance,

Our ASIN B0CP7DX3MW (ceramic non-stick frying pan) was removed for an Inauthentic item complaint. Please find our investigation and actions.

INVESTIGATION
Buyer said the pan "looks fake" because there was no brand name on the pan bottom. We found our factory in Yongkang skipped the laser logo step for one batch of 300 pieces to meet the delivery date. The rest of the pan is same material and same design.

ACTIONS COMPLETED
1. The 180 remaining pans from that batch were removed from FBA and our factory laser-printed the logo.
2. The listing images now show the pan bottom with logo clearly.
3. Factory invoices and the brand authorization letter were uploaded.

PREVENTION
(to be added after meeting with factory)

Thank you,
Ningbo Chefmate Cookware
""",
  style="caps", rc="INVESTIGATION", co="ACTIONS COMPLETED", pr=None,
  pol=("Inauthentic item complaint",),
  dec=(("asin", "B0CP7DX3MW"),),
  notes="Ningbo seller; PREVENTION heading holds only a placeholder: labeled preventive absent")

M("poa-ipc-us-081", A, "ip-copyright", "US", "native",
  "Counter-notice filed - copyright complaint on our photos",
  """
Hi,

Our account was deactivated after a copyright infringement complaint about the images on our cutting board listings. Those photos are ours. I took them myself in our shop in Asheville in 2023 and I have the original camera files with the EXIF data.

I've filed a counter-notice with the complainant's details and attached the RAW files and a screenshot of our Instagram post from May 2023 showing the same photos. I think the complainant is a competitor who copied our images and then reported us.

Please restore our account. We haven't done anything wrong here.

Thanks,
Dave Hurley
Blue Ridge Boardworks
""",
  pol=("copyright infringement",),
  notes="native seller disputes the complaint with evidence; account appeal with no POA and no POA attached")

M("poa-valid-cn-082", A, "valid-tracking", "US", "chinese",
  "Our POA - tracking number problem",
  """
Dear Seller Performance Team,

Our account was suspended because many of our orders had tracking numbers that could not be scanned. Please see our POA.

Our POA 1 - Root cause
We used a cheap Chinese logistics company "SpeedEX" for small packets. They gave us tracking numbers before the parcels were picked up, but many parcels stayed in their warehouse 5 to 7 days and the tracking showed no scan. Some tracking numbers were wrong format.

Our POA 2 - Actions already done
- Stopped working with SpeedEX from 1 March.
- All self-fulfilled orders are shipped with YunExpress, which is integrated with Amazon.
- 46 open orders were re-shipped with new tracking numbers and the buyers informed.

Our POA 3 - Prevention
- Tracking is uploaded only after the first carrier scan.
- Weekly we check a sample of 20 tracking numbers on the carrier website.

Thank you.
Guangzhou Qianmu Trading
""",
  style="our-poa", rc="Our POA 1 - Root cause", co="Our POA 2 - Actions already done", pr="Our POA 3 - Prevention",
  notes="complete POA but the letter never names the Valid Tracking Rate or any policy (no policy)")

M("fba-whdmg-vn-083", F, "", "US", "other-non-native",
  "Damaged units disposed without reimbursement",
  """
Dear Seller Support,

I check the Reimbursements report and the Inventory Ledger. 12 units of FNSKU X0038HWQ9Z (bamboo lamp shade) are marked "E - Damaged at Amazon fulfillment center" at TEB9 on 19 February 2026 and then disposed. No reimbursement was made for these 12 units.

Please review and reimburse. The cost is USD 9.80 per unit. I attach the invoice from our workshop.

Thank you and best regards,
Dang Minh Chau
Hue Bamboo Light
""",
  topic="warehouse-damaged",
  dec=(("fnsku", "X0038HWQ9Z"),),
  notes="Vietnamese seller; short calm claim")

M("poa-drop-in-084", A, "drop-shipping", "IN", "indian",
  "Plan of Action - Drop Shipping Policy violation",
  """
Dear Seller Performance Team,

Our account was deactivated for violating the Drop Shipping Policy. Please find below our plan of action.

(A) Root Cause
We listed products of a Delhi-based wholesaler on our store and the wholesaler shipped them directly to buyers in his own packaging with his invoice inside. Buyers received invoices with another company's name, which is not allowed.

(B) Corrective Actions
- We shall discontinue the arrangement with the wholesaler with immediate effect.
- We are planning to purchase inventory in bulk and store it in our own warehouse in Gurugram.
- All future orders will be packed by our staff with our invoice.

(C) Preventive Measures
- We will enrol in Easy Ship and FBA for all products.
- Our operations head will check 5 outgoing packages daily.

We request you to kindly consider our plan and restore the account.

Thanks & Regards,
Nitin Bansal
Bansal Home Decor
""",
  style="lettered", rc="(A) Root Cause", co="(B) Corrective Actions", done=False, pr="(C) Preventive Measures",
  pol=("Drop Shipping Policy",),
  notes="Indian seller; corrective actions are only 'we shall' / 'we are planning to' / 'will' (not done)")

M("tech-deposit-us-085", T, "", "US", "native",
  "Disbursement returned - please check bank details",
  """
Hi,

Our last disbursement of $4,382.17 was returned, and Seller Central now says our deposit method is invalid. Nothing changed on our end as far as I know. Here's what's on file so you can compare:

Bank of America, business checking
Routing: 121000358
Account: 3250 7781 9042
Account name: Tall Pines Candle Co

Our bank says they don't see any rejected deposit. Can you tell me the return reason code from the ACH file? I'd like to know if it's a name mismatch or something else before I re-enter everything.

Thanks,
Holly Brandt
Tall Pines Candle Co
""",
  topic="deposit-method",
  sec=(("routing-number", "121000358"), ("bank-account", "3250 7781 9042")),
  notes="native seller types routing and account numbers into a deposit case")

M("poa-rel-cn-086", A, "related-accounts", "US", "chinese",
  "Appeal - related accounts (second try with more evidence)",
  """
Dear Seller Performance,

This is our second appeal for the related accounts deactivation. Your reply asked us to explain the relationship with the account "Dawnlit Home". We explain below because we want to be clear.

## The link
Dawnlit Home belongs to our former partner Mr. Zhang. In 2024 we shared one office in Panyu, Guangzhou, and both companies used the same Wi-Fi and the same VAT agent. In 2025 Mr. Zhang moved out, but the VAT agent still uses our office address on some of his documents. This is how the two accounts were linked.

## What we already changed
- We signed a new rental contract with a different office (Tianhe District), contract attached.
- We changed the VAT agent and the tax documents show only our company.
- Our Seller Central users and the devices were reviewed, nobody from Dawnlit Home has access.

## Keeping the accounts separate
- We do not share office, network, agent or bank with any other seller.
- Every 6 months our legal person will check the company registration information.

Thank you for your time.
Guangzhou Jinhe Home Furnishing Co., Ltd.
""",
  style="markdown", rc="The link", co="What we already changed", pr="Keeping the accounts separate",
  pol=("related accounts",),
  dec=(("because-not-cause", "We explain below because we want to be clear."),),
  notes="rewritten after Amazon's follow-up; the opening 'because' is not the cause; the root cause is under 'The link'")

M("poa-iptm-ja-087", A, "ip-trademark", "US", "chinese",
  "商標権侵害に関する改善計画書",
  """
Amazonセラーパフォーマンスチーム御中

弊社ストアは商標権侵害の申し立てによりアカウントが停止されました。以下に改善計画をご報告いたします。

【原因】
商品タイトルに他社の登録商標「SKYLINE」を使用していました。担当者が類似商品の検索キーワードをそのまま使用したことが原因です。

【実施済みの対応】
該当する8件の出品から商標名を削除しました。権利者に謝罪のメールを送りました。

【再発防止策】
新規出品の前に、責任者がUSPTOで商標を確認します。禁止ワードの一覧を作成し、全スタッフに共有しました。

ご確認のほど、よろしくお願いいたします。
広州天際電子有限公司
""",
  lang="ja", style="markdown", rc="【原因】", co="【実施済みの対応】", pr="【再発防止策】",
  pol=("商標権侵害",),
  notes="Guangzhou agency sends a Japanese POA (its JP template) to the US marketplace (non-English); 【】 headings")

M("poa-price-ph-088", A, "price-gouging", "US", "other-non-native",
  "Appeal - Fair Pricing Policy - hand sanitizer listings",
  """
Hello Seller Performance,

I'm the virtual assistant for CleanLeaf Naturals. Our account was deactivated under the Fair Pricing Policy for the price of our 1-gallon hand sanitizer.

What happened
During the flu outbreak in January the owner raised the price from $21.99 to $54.99 because our supplier had doubled our cost. We didn't realize that the new price was much higher than our recent prices on Amazon, and the listing had no explanation.

How we'll prevent it
- No price change above 10% without checking our 90-day price history first.
- The owner and I will both approve every price change on essential items.
- We will look at the Pricing Health page every week.

Thank you for taking the time to review.

Ana Ramos
VA, CleanLeaf Naturals
""",
  style="plain", rc="What happened", co=None, pr="How we'll prevent it",
  pol=("Fair Pricing Policy",),
  notes="Filipino VA; cause and prevention, but the price was never said to be lowered or buyers refunded (missing corrective)")

M("poa-cf-vn-089", A, "counterfeit", "US", "other-non-native",
  "My account closed for counterfeit - this is wrong!!!",
  """
Hello Amazon,

Why you close my account for counterfeit??? I make all my lacquer jewelry boxes by hand in my workshop in Binh Duong, I have no brand to copy. This is so unfair, I am crying while writing this letter. Five years of my work is gone in one email.

I send you photos of my workshop and my workers, and the video of how we make the boxes. Please look at them. Nobody can say my product is fake.

Please, please, please open my account. I do not know what to do anymore, I have loan from bank for the materials.

Nguyen Thi Thu
Thu Lacquer Art
""",
  pol=("counterfeit",),
  emo=("This is so unfair, I am crying while writing this letter.", "Five years of my work is gone in one email.",
       "Please, please, please open my account.", "I do not know what to do anymore"),
  notes="Vietnamese seller; emotional appeal with no POA and nothing attached but photos")

M("brand-hijack-cn-090", B, "", "US", "chinese",
  "Hijackers stealing our brand listing - urgent!!!",
  """
Dear Brand Registry,

Our brand "Nuvora" (US TM Reg. 6845392) listing B0CF9ZJ2LP has 4 hijackers now selling fake copies. These thieves are destroying us, every day we lose money and customers leave 1-star reviews for their fake products. We are so angry and desperate, Amazon does nothing!!!

We did test buy from seller "TopMall-US" (order 113-6629184-0073520) and the product is different color and no logo. Photos attached.

Please remove them today.

Guangzhou Nuvora Technology
""",
  topic="hijacker",
  emo=("These thieves are destroying us", "We are so angry and desperate, Amazon does nothing!!!"),
  dec=(("trademark-number", "6845392"), ("asin", "B0CF9ZJ2LP"), ("order-id", "113-6629184-0073520")),
  notes="brand dispute (non-appeal) that is emotional")

M("poa-safety-in-091", L, "product-safety", "IN", "indian",
  "Reinstatement of listing - electric kettle (product safety)",
  """
Dear Team,

Our listing for the 1.5 L electric kettle (ASIN B0CK3VRM6T) has been deactivated due to a product safety concern raised by customers. We submit the following for your consideration.

1. Corrective Measures Taken
- Sales of the kettle were stopped on 28 February.
- 96 units in stock were sent back to the manufacturer for inspection.
- All buyers of the last 60 days were contacted and offered a refund or replacement.
- A fresh BIS test report (IS 302) has been obtained from an accredited lab and attached.

2. Preventive Measures
- Every batch will undergo thermal cut-off testing before dispatch.
- Monthly review of customer complaints related to heating, sparking or burning smell.

Kindly reinstate the listing at the earliest.

Regards,
Amit Khanna
Khanna Appliances
""",
  style="numbered", rc=None, co="1. Corrective Measures Taken", pr="2. Preventive Measures",
  pol=("product safety",),
  dec=(("asin", "B0CK3VRM6T"),),
  notes="Indian seller; starts at corrective measures, never explains what was unsafe or why (missing root cause)")

M("poa-odr-in-092", A, "odr", "IN", "indian",
  "POA - Order Defect Rate",
  """
Dear Seller Performance Team,

Our account was deactivated because the Order Defect Rate was 2.1% over the last 60 days. Our plan of action is given below.

Root Cause: Our courier partner for North-East states was delivering late and many parcels were returned to origin. Buyers raised A-to-z claims and gave negative feedback because they did not receive the orders.

Corrective Action: We will stop using the courier partner for North-East pin codes and move these orders to Easy Ship. We will contact the affected buyers and process refunds wherever pending. We will also request feedback removal where the issue was caused by the courier.

We request you to please review our plan and reinstate our account. We assure you that we will maintain the performance metrics as per Amazon's standards.

Regards,
Gaurav Mehta
Mehta Electronics, Lucknow
""",
  style="inline", rc="Root Cause: Our courier partner", co="Corrective Action: We will stop using", done=False,
  pr=None,
  pol=("Order Defect Rate",),
  notes="two T003 problems: corrective part only 'we will', and no preventive part (the closing assurance is not a plan)")

M("tech-login-ph-093", T, "", "US", "other-non-native",
  "Secondary user cannot receive verification code",
  """
Hi Seller Support,

I was added as a secondary user on the Pacific Bloom Tea account. When I log in, Amazon asks for a verification code, but the code goes to the owner's phone and not mine. The owner is in a different timezone and it is hard to get the code from her each time.

I already reset my password twice and it did not help. I know not to share the OTP or the password with anyone, so I would like to set up my own two-step verification on my own phone.

Could you tell me the right steps to register my own authenticator app as a secondary user?

Thank you,
Joanna Bautista
VA, Pacific Bloom Tea
""",
  topic="login",
  dec=(("verification-code-word", "verification code"), ("password-word", "reset my password twice"),
       ("otp-word", "share the OTP or the password")),
  notes="Filipino VA; 'verification code', 'password' and 'OTP' mentioned with no values (decoys)")

M("poa-review-us-094", A, "review-manipulation", "US", "native",
  "Appeal - deactivation - Greenway Garden Co.",
  """
Hello,

Here is our plan of action for the deactivation of Greenway Garden Co.

WHY IT HAPPENED
We used an insert card in our seed starter kits that said "Love your kit? Leave us a 5-star review and email us for a free seed pack!" We designed it ourselves in 2025 without checking whether it was allowed. Offering something in return for a positive review was wrong.

WHAT WE DID
We stopped using the insert on March 3 and destroyed the remaining 2,000 cards. We removed all kits from FBA that still had the old insert inside (about 600 units) and repacked them with a plain thank-you card that doesn't mention reviews. We have not honored any free seed pack requests since then.

PREVENTING IT
Any packaging, insert or email that mentions reviews now has to be approved by me personally, and I check it against Amazon's guidelines before printing. We only ask for reviews through the Request a Review button.

Thank you,
Paul Greenway
""",
  style="caps", rc="WHY IT HAPPENED", co="WHAT WE DID", pr="PREVENTING IT",
  notes="native; complete POA, but only 'Amazon's guidelines' - no policy named (no policy)")

# ---------------------------------------------------------------- chunk 7

M("poa-cond-cn-095", A, "condition", "US", "chinese",
  "POA for condition complaints - wireless chargers",
  """
Dear Seller Performance Team,

Our account was deactivated for too many condition complaints: buyers said our wireless charger arrived with scratches and the box was open. Our plan:

Where the problem came from
We ship from our own warehouse in Guangzhou to the US by air in bulk, then our US partner relabels the boxes. In January the partner reused outer cartons that were crushed, and they opened some retail boxes to put the FNSKU label inside. The production batch 2026011408317265 was affected, about 400 units.

What we fixed already
- All 400 units from the batch were checked at the partner warehouse, 71 units were replaced with new retail boxes.
- We have stopped the partner from opening any retail box. Labels are now printed at our factory before shipping.
- 13 buyers were refunded and got a new unit.

How we keep it from happening again
- Every carton will be photographed at our factory and at the US partner, photos kept 90 days.
- Our QC will inspect 5% of the units in every batch before shipping.

Thank you for reviewing.
Guangzhou Lianchuang Electronics
""",
  style="plain", rc="Where the problem came from", co="What we fixed already", pr="How we keep it from happening again",
  pol=("condition complaints",),
  dec=(("batch-id", "2026011408317265"),),
  notes="Guangzhou agency; plain headings; a 16-digit batch number that fails Luhn is a decoy")

M("fba-lost-us-096", F, "", "US", "native",
  "Inbound shipment closed with 2 cartons missing",
  """
Hi,

Our shipment FBA15HZ2M8QT (12 cartons, SPD carrier UPS) was delivered to LGB8 on February 18 and closed on March 10 with 2 cartons, 96 units, never received. UPS shows all 12 cartons delivered under tracking numbers 1Z7W3E150392814477 through 1Z7W3E150392814488.

It's a bit frustrating because this is the second time this year, but I know it happens. I've attached the carton labels, the UPS proof of delivery and our packing list.

Please investigate and reimburse the 96 units if they can't be located.

Thanks,
Kevin O'Brien
Trailhead Coffee Supply
""",
  topic="lost-inbound",
  dec=(("shipment-id", "FBA15HZ2M8QT"), ("tracking-number", "1Z7W3E150392814477"), ("mild-word", "It's a bit frustrating")),
  notes="native; calm claim with one mild word")

M("poa-list-cn-097", L, "listing-policy", "US", "chinese",
  "Please reactivate our listing - variation problem",
  """
Dear Amazon team,

Our listing for phone cases (parent ASIN B0CM8NPQ2Z) was deactivated. We think it is because we added different phone models and also a screen protector under the same parent.

Reason:
Our operator wanted to collect all reviews in one page, so he added the screen protector as a child of the phone case parent. It is a different product, so it should not be in the same variation.

Solution:
We will remove the screen protector from the variation and create a new listing for it. We will check other 6 parent listings and fix them if they have the same problem.

Prevention:
Operator will get training. Manager will check every new variation before creating.

Thanks!
Guangzhou Kaisheng Digital
""",
  style="colon", rc="Reason:", co="Solution:", done=False, pr="Prevention:",
  dec=(("asin", "B0CM8NPQ2Z"),),
  notes="no policy named ('variation problem' is a description) and the solution is future only")

M("cat-supp-us-098", C, "", "US", "native",
  "Dietary supplements approval - magnesium glycinate",
  """
Hello,

We're requesting approval to sell dietary supplements, starting with our magnesium glycinate capsules (120 count). We're a small brand based in Boise and we work with a contract manufacturer that is FDA-registered and cGMP certified.

I've attached:
- Certificate of Analysis from an ISO 17025 lab for lot MG-2602
- The manufacturer's cGMP certificate
- Front and back label images with the Supplement Facts panel
- An invoice for 2,400 bottles

Our label has no disease claims. Let me know if you need anything else.

Thanks,
Megan Carter
Peakroot Wellness
""",
  topic="dietary-supplements",
  dec=(("lot-number", "MG-2602"),),
  notes="native; calm supplements ungating request")

M("poa-used-in-099", A, "used-sold-as-new", "IN", "indian",
  "Request to restore account - wrong complaint",
  """
Dear Sir/Madam,

This is to inform you that our account was suspended due to complaints from a few customers. We would like to state that we always sell brand new sealed mixer grinders purchased directly from the company distributor. The customers have wrongly complained to get a refund.

We have attached the purchase bills for your reference. We have been selling on Amazon for 4 years with good ratings.

Kindly restore the account and do the needful at the earliest. Please revert back if anything else is needed.

Thanks and regards,
Prakash Jain
Jain Appliances, Indore
""",
  notes="Indian seller; blames customers, only purchase bills attached (not a POA): no POA, no policy named")

M("poa-psa-cn-100", A, "prohibited-seller-activities", "US", "chinese",
  "Re: Appeal not accepted - Prohibited seller activities (rewritten POA)",
  """
Dear Seller Performance Team,

Thank you for the reply. You said our first plan did not explain how the problem happened. We rewrote the full plan for the violation of Prohibited seller activities and actions (creating a duplicate detail page to get a new review count).

Root cause:
Our old listing of the hair dryer had a 3.6 star rating. Our operator created a new ASIN with the same product and a new brand name to "restart" the reviews. He did not know this is not allowed, and our manager approved it without checking the rules.

Corrective actions already taken:
- The duplicate ASIN B0D3GKW7PV was closed on 2 March and the inventory was merged back to the old ASIN.
- The operator and the manager received written warning and training on listing rules.
- We checked all 42 ASINs, no other duplicates exist.

Preventive measures:
- New ASIN creation now needs approval from our director with a reason in writing.
- A monthly duplicate check is done with our ERP by UPC and product weight.

Thank you.
Guangzhou Zhiyuan E-commerce
""",
  style="colon", rc="Root cause:", co="Corrective actions already taken:", pr="Preventive measures:",
  pol=("Prohibited seller activities and actions",),
  dec=(("asin", "B0D3GKW7PV"),),
  notes="plan rewritten after Amazon rejected the first one; complete")

M("poa-inauth-vn-101", A, "inauthentic", "US", "other-non-native",
  "Plan of action - inauthentic item",
  """
Dear Seller Performance,

Our account was deactivated for an Inauthentic item complaint on our rattan handbag. Here is our plan.

1 - Cause
Our supplier in Tay Ninh sent us a batch with a leather tag that has a logo similar to a famous brand. We did not notice because we only checked the rattan, not the tag. The buyer saw the logo and reported the bag as fake.

2 - Actions
We are checking now.

3 - Prevention
- Every batch will be checked for logos on tags, zippers and buttons.
- We will only buy from suppliers who sign a paper that they do not use any brand logo.
- Photos of every new batch will be compared with our listing photos.

Thank you very much.
Le Thi Ngoc Anh
Tay Ninh Rattan
""",
  style="numbered", rc="1 - Cause", co=None, pr="3 - Prevention",
  pol=("Inauthentic item complaint",),
  notes="the Actions heading has only 'We are checking now.' under it: labeled corrective absent")

M("tech-card-us-102", T, "", "US", "native",
  "Seller fee charge keeps declining on Amex",
  """
Hello,

Seller Central keeps saying our card was declined for the monthly subscription. The card is fine, I used it this morning. Here are the details so you can try charging it manually:

American Express 3782 822463 10005
Exp: 09/28
CVV 5527 (it's the 4 digit code on the front)
Billing ZIP 30309

If there is some fraud flag on your side please remove it. I don't want the account suspended over a $39.99 fee.

Thanks,
Brandon Tate
Peachtree Pet Treats
""",
  topic="payment-method",
  sec=(("card", "3782 822463 10005"), ("card-expiry", "09/28"), ("card-code", "5527")),
  dec=(("postcode", "30309"),),
  notes="native seller types an Amex number (4-6-5), expiry and 4-digit code into a case")

M("poa-ipp-in-103", A, "ip-patent", "US", "indian",
  "Plan of Action - patent infringement complaint (client: Brewline Co.)",
  """
Dear Seller Performance Team,

We are an account management agency from Ahmedabad writing on behalf of our client Brewline Co., a US-registered company. The account was deactivated following a patent infringement complaint regarding US Patent No. 10,912,447 on their pour-over coffee stand.

A) Root Cause
Brewline sourced the stand from a manufacturer that had copied the patented adjustable arm design. Brewline did not conduct a patent clearance before launching the product in 2025.

B) Actions Taken
- All 3 listings of the stand were deleted on 27 February.
- 540 units in FBA were removed and are being held at the client's warehouse; they will not be sold in the US.
- The client has reached a written settlement with the patent owner, and the retraction request has been sent (copy attached).

C) Preventive Measures
- A US patent attorney has been retained to clear every new product before purchase.
- Supplier contracts now include an IP warranty and indemnity clause.

Kindly review the plan and reinstate the account.

Regards,
Hetal Desai
Account Manager, Saral Ecom Services
""",
  style="lettered", rc="A) Root Cause", co="B) Actions Taken", pr="C) Preventive Measures",
  pol=("patent infringement",),
  dec=(("patent-number", "10,912,447"),),
  notes="Indian agency writing for a US client; complete lettered POA")

M("poa-rest-ph-104", L, "restricted-products", "US", "other-non-native",
  "Listing reinstatement - CBD-free hemp balm",
  """
Hi Seller Performance,

I'm the VA for Driftwood Botanicals. Our listing for the Hemp Seed Muscle Balm (ASIN B0C5LPQ8RE) was removed under the Drugs and drug paraphernalia policy.

**Changes already made**
- The words "CBD" and "pain relief" were removed from the title, bullets and backend keywords on March 6.
- We uploaded a Certificate of Analysis that shows 0.0% CBD and 0.0% THC.
- The product label was redesigned to say "Hemp Seed Oil" only, and new photos were uploaded.

**Going forward**
- Every new topical is reviewed against the restricted products help pages before we create the listing.
- The owner and I both sign off on all listing text.

Please let me know if you need the lab report again.

Jessa Navarro
VA, Driftwood Botanicals
""",
  style="bold", rc=None, co="Changes already made", pr="Going forward",
  pol=("Drugs and drug paraphernalia policy",),
  dec=(("asin", "B0C5LPQ8RE"),),
  notes="Filipino VA; fixes and prevention only, never says why the listing used CBD wording (missing root cause)")

M("poa-cancel-id-105", A, "cancel-rate", "US", "other-non-native",
  "POA - Pre-fulfillment Cancel Rate",
  """
Dear Seller Performance Team,

Unfortunately our Pre-fulfillment Cancel Rate went to 3.4% and our account is suspended. We are sorry for this problem. Below is our plan.

1. Root cause
Our coffee bean listings used the quantity from our Jakarta warehouse, but the stock was already sold to a local café. The system did not know, so 21 orders were cancelled because we had no beans.

2. Corrective actions
- On 5 March we set all bean listings to manual quantity.
- We sent 300 bags to FBA so Amazon orders do not share stock with local customers.
- All affected buyers received a message and full refund.

3. Preventive actions
- Local wholesale and Amazon will use separate stock from now.
- Every morning our admin compares stock with Seller Central quantity.

Terima kasih atas perhatiannya.
Hendra Wijaya
Kopi Nusantara Store
""",
  style="numbered", rc="1. Root cause", co="2. Corrective actions", pr="3. Preventive actions",
  pol=("Pre-fulfillment Cancel Rate",),
  dec=(("mild-word", "Unfortunately"), ("single-apology", "We are sorry for this problem."),
       ("foreign-snippet", "Terima kasih atas perhatiannya.")),
  notes="Indonesian seller; calm, one mild word and one apology")

M("brand-own-in-106", B, "", "IN", "indian",
  "Brand Registry - unable to edit our own brand listings",
  """
Dear Brand Registry Support,

We are the registered owner of the trademark "Kesar Kanya" (Indian TM application no. 5821937, class 25) and we enrolled the brand in Brand Registry in January 2026. However, we are still unable to edit the titles and images of our 12 listings. The edits are rejected with "you do not have permission to edit this brand".

It seems another seller had created some of these listings earlier under our brand name. Kindly grant us brand ownership of these ASINs so that we can maintain the content. A list of ASINs and the trademark certificate are attached.

Kindly do the needful and revert.

Regards,
Meera Iyer
Kesar Kanya Fashions
""",
  topic="brand-ownership",
  dec=(("trademark-number", "5821937"),),
  notes="Indian seller; calm brand-ownership request")

M("poa-late-us-107", A, "late-shipment", "US", "native",
  "Late shipment suspension - we need our account back",
  """
To the Seller Performance team,

I'm writing about the suspension for our Late Shipment Rate. I'm furious that an algorithm can shut down a company with 4,000 five-star reviews over one bad month. This is ridiculous and you should be ashamed.

What happened: our only warehouse lost power for six days during the ice storm in late January. We couldn't print labels or pack anything, and 212 orders shipped late.

What we did: we rented a generator, worked through the backlog over a weekend, and every late order went out with upgraded 2-day shipping at our cost. We also emailed each buyer to let them know.

Give us our account back. We have payroll on Friday and twelve people who depend on it.

Ray Kowalski
Kowalski Hardware Supply
""",
  style="inline", rc="What happened: our only warehouse lost power", co="What we did: we rented a generator", pr=None,
  pol=("Late Shipment Rate",),
  emo=("I'm furious that an algorithm can shut down a company", "This is ridiculous and you should be ashamed.",
       "We have payroll on Friday and twelve people who depend on it."),
  notes="native; angry, and nothing about preventing the next outage (missing preventive)")

M("poa-safety-zh-108", L, "product-safety", "UK", "chinese",
  "产品安全 - 充电宝 listing 恢复申请",
  """
亚马逊英国站卖家绩效团队：

我们的充电宝商品（ASIN B0CT4WRN8X）因为产品安全问题被下架。以下是我们的说明。

问题原因：
新一批货的电池供应商更换了，电芯没有做UN38.3测试报告的更新，所以文件和实际产品不一致。

已经完成的整改：
1. 已经从FBA移除全部340件库存。
2. 新电芯已经送到SGS做UN38.3和UKCA测试，报告已上传。
3. 已联系过去三个月的全部买家，提供退款。

以后的预防：
每次更换供应商或者电芯型号，必须先拿到新的测试报告才可以发货到FBA。由质量经理签字确认。

请帮忙恢复listing，谢谢！
宁波闪能电子科技有限公司
""",
  lang="zh", style="colon", rc="问题原因：", co="已经完成的整改：", pr="以后的预防：",
  pol=("产品安全",),
  dec=(("asin", "B0CT4WRN8X"),),
  notes="Ningbo seller writes the reinstatement in Chinese on UK (non-English)")

M("fba-removal-cn-109", F, "", "US", "chinese",
  "Removal order units shipped to wrong address",
  """
Hello,

Our removal order LQ7ZT3KM2W (120 units, silicone kitchen utensils) shows "Completed" but our US warehouse never received it. The tracking shows delivered to an address in Reno, NV, but our address in the removal order is in Ontario, CA. Tracking: 1Z0X88R10398271655.

We think the label was printed with a wrong address. Please check and reimburse the 120 units, or help us recover them from the carrier.

Thank you,
Ningbo Yichu Household Co., Ltd.
""",
  topic="removal",
  dec=(("removal-order-id", "LQ7ZT3KM2W"), ("tracking-number", "1Z0X88R10398271655")),
  notes="Ningbo agency; calm removal claim")

M("poa-odr-cn-110", A, "odr", "US", "chinese",
  "Our POA - Order Defect Rate 1.8%",
  """
Dear Seller Performance,

Our account was deactivated for Order Defect Rate 1.8%. Here is our POA.

Our POA (reason): our electric toothbrush model T7 has a charging base that stops working after 2-3 weeks. Many buyers left negative feedback and opened A-to-z claims, 17 orders in total. The factory used a cheaper charging coil in the December batch without telling us.

Our POA (prevention): we will not accept any material change from the factory without a sample test and our written approval. Each new batch, we use 10 units for 30 days before shipping to FBA. Customer service will check feedback every day and report to manager.

Sorry for the inconvenient.
Guangzhou Brightsmile Electric
""",
  style="our-poa", rc="Our POA (reason):", co=None, pr="Our POA (prevention):",
  pol=("Order Defect Rate",),
  dec=(("single-apology", "Sorry for the inconvenient."),),
  notes="our-poa headings; cause and prevention only, no corrective part (bad units and buyers not handled)")

# ---------------------------------------------------------------- chunk 8

M("poa-cf-us-111", A, "counterfeit", "US", "native",
  "Appeal - counterfeit complaint - POA and documents attached",
  """
Hello Seller Performance,

Attached is our plan of action for the counterfeit complaint that led to the deactivation of Blackwater Fly Supply, along with supporting documents:

1. Blackwater_POA.pdf - root cause, actions taken and preventive steps
2. Invoices from our authorized distributor, Rio Grande Outfitters (INV-44810, INV-45127)
3. Letter of authorization from the brand, dated January 2026

In short, the complaint was about fly reels we bought from the brand's authorized distributor. The POA walks through how the complaint arose and what we changed in our sourcing records.

Please let me know if you need anything else to complete the review.

Thank you,
Luke Sandoval
Blackwater Fly Supply
""",
  att=True, pol=("counterfeit complaint",),
  dec=(("file-name", "Blackwater_POA.pdf"), ("invoice-number", "INV-44810")),
  notes="native cover letter; POA in an attachment (poa_attached)")

M("poa-drop-ph-112", A, "drop-shipping", "US", "other-non-native",
  "Question about drop shipping deactivation",
  """
Hi Seller Performance,

I'm the virtual assistant for Sunny Paws Co. The account was deactivated yesterday for a violation of the Drop shipping policy. The owner, Mike, asked me to find out what exactly we need to send you.

We use a US supplier who ships orders for us, and Mike thought that was fine since the supplier puts our logo on the box. Is it allowed if the supplier uses our packing slip? And do we need to switch everything to FBA before you review the account?

Please let us know the next steps. We want to fix this the right way.

Thank you!
Rose Aquino
VA, Sunny Paws Co.
""",
  pol=("Drop shipping policy",),
  notes="Filipino VA asks questions instead of appealing: account appeal with no POA and nothing attached")

M("tech-upload-in-113", T, "", "IN", "indian",
  "Images not updating on listings after upload",
  """
Dear Seller Support,

We have uploaded new main images for 25 ASINs of our steel cookware range through the image manager on 8 March 2026. The status shows "Live" but the product detail pages are still showing the old images even after 96 hours. Example ASIN: B0CQ7MD2TX.

The images are 2000 x 2000 pixels, pure white background, JPEG format and under 5 MB as per the guidelines.

Kindly check and update at the earliest as our sale event starts next week. Please revert with the status.

Regards,
Rohit Saxena
Saxena Steelware
""",
  topic="listing-upload",
  dec=(("asin", "B0CQ7MD2TX"),),
  notes="Indian seller; calm listing-upload issue")

M("poa-valid-vn-114", A, "valid-tracking", "US", "other-non-native",
  "POA - Valid Tracking Rate",
  """
Dear Seller Performance Team,

My account was suspended because the Valid Tracking Rate is 89%. I am sorry and here is my plan of action.

Reason:
I used Vietnam Post for small orders. Their tracking number works on their website, but after the parcel leaves Vietnam, the US carrier uses a different number. Amazon could not see the scans for 43 orders.

What I have done:
I changed all self-fulfilled orders to a forwarder that gives a USPS tracking number from the start. I have entered the correct tracking for 12 orders that were still in transit. Since 20 February all orders have valid tracking.

Prevention:
Every week I will check the Valid Tracking Rate in Account Health. Before I use any new carrier, I will check that it is in the carrier list of Amazon.

I hope you can give me the chance to continue selling.

Nguyen Hoang Nam
Nam Handicraft
""",
  style="colon", rc="Reason:", co="What I have done:", pr="Prevention:",
  pol=("Valid Tracking Rate",),
  dec=(("mild-plea", "I hope you can give me the chance to continue selling."),),
  notes="Vietnamese owner; calm complete POA with a polite plea (decoy)")

M("poa-idv-in-115", A, "identity-verification", "IN", "indian",
  "Appeal for verification - credit card mismatch",
  """
Dear Team,

Our account was deactivated as per Section 3 of the BSA because the credit card details did not match the business information. Our plan of action is as follows.

Cause: The credit card used during registration was the personal card of our director, Mr. Anil Gupta, while the business name on the account is Gupta Fabrics LLP. The names did not match.

Actions taken: We have obtained a corporate credit card in the name of Gupta Fabrics LLP and updated it in Seller Central on 10 March. The details for your verification are card number 4532 0177 6409 1321, valid thru 08/28. The old personal card has been removed.

Prevention: Any change to company documents, bank or card will be updated in Seller Central by our compliance officer within 48 hours, and all details will be in the name of the LLP only.

Kindly verify and reactivate the account.

Regards,
Anil Gupta
Gupta Fabrics LLP, Ludhiana
""",
  style="inline", rc="Cause: The credit card used during registration", co="Actions taken: We have obtained",
  pr="Prevention: Any change to company documents",
  pol=("Section 3 of the BSA",),
  sec=(("card", "4532 0177 6409 1321"), ("card-expiry", "08/28")),
  notes="complete POA but the full card number and 'valid thru' expiry are typed in for verification")

M("cat-watch-cn-116", C, "", "US", "chinese",
  "Apply for Watches category approval",
  """
Dear Amazon Category Team,

We are Guangzhou Tianshi Watch Co., Ltd., manufacturer of our own brand "Tessaro" mechanical watches since 2016. We want to apply for approval to sell in the Watches category on Amazon.com.

We attached:
1. US trademark registration of "Tessaro"
2. Our factory business license and ISO 9001 certificate
3. Invoice for 1,500 watches from our movement supplier
4. Product photos with serial numbers on the case back

All watches have 2 years warranty and the warranty card is inside the box. Please let us know if you need anything else.

Thank you very much!
Guangzhou Tianshi Watch Co., Ltd.
""",
  topic="watches",
  notes="Guangzhou agency; calm watches ungating request")

M("poa-iptm-us-117", L, "ip-trademark", "US", "native",
  "Listing removed for trademark complaint - reinstatement request",
  """
Hi,

Our listing for the "Trail Pro" hiking socks (ASIN B0CV2KMR7J) was removed after a trademark complaint from the owner of the TRAILPRO mark.

How it happened
We picked "Trail Pro" as a product name in 2024 and never ran a trademark search because we thought it was a generic phrase. The complainant registered TRAILPRO for socks and apparel in 2022.

How we'll avoid this
Every product name will go through a USPTO search and a quick review by our attorney before we order packaging. We've also built a list of names we can't use for the team.

We'd like the listing back once you've reviewed this.

Thanks,
Nicole Baker
Switchback Socks
""",
  style="plain", rc="How it happened", co=None, pr="How we'll avoid this",
  pol=("trademark complaint",),
  dec=(("asin", "B0CV2KMR7J"),),
  notes="native; cause and prevention only, still selling under the name (missing corrective)")

M("poa-scoc-in-118", A, "seller-code-of-conduct", "IN", "indian",
  "Plan of Action - violation of Seller Code of Conduct",
  """
Dear Seller Performance Team,

We acknowledge the deactivation of our account for violating the Seller Code of Conduct. We regret the lapse and submit our plan below.

Corrective Steps Taken:
1. The employee responsible for buyer communication has been removed from the role.
2. All buyer messages sent in the last 90 days have been audited by our manager.
3. We have written apology messages to the 6 buyers concerned through Buyer-Seller Messaging.

Preventive Steps:
1. Only approved message templates will be used for buyer communication.
2. Monthly training on Amazon policies for all staff.
3. The proprietor will review a sample of 20 messages every week.

Kindly consider our plan and reinstate our selling privileges.

Thanks & Regards,
Ankit Verma
Verma Sports Goods, Meerut
""",
  style="colon", rc=None, co="Corrective Steps Taken:", pr="Preventive Steps:",
  pol=("Seller Code of Conduct",),
  notes="Indian seller; never says what the employee did or why (missing root cause)")

M("tech-report-vn-119", T, "", "US", "other-non-native",
  "Business report shows 0 sessions for 3 days",
  """
Hello Seller Support,

In the Business Reports (Detail Page Sales and Traffic by Child Item), my sessions and page views are 0 for 9, 10 and 11 March 2026, but I had 27 orders on those days. I think the report has an error.

I need the correct data because I am testing new main images and I compare the conversion rate. Can you please refresh the report or tell me when it will be fixed?

Thank you so much,
Bui Thanh Hai
Hai Phong Wood Decor
""",
  topic="report-error",
  notes="Vietnamese seller; short calm report-error case")

M("fba-return-cn-120", F, "", "US", "chinese",
  "Customer return not received - order 112-8847301-5590126",
  """
Dear Seller Support,

Order 112-8847301-5590126 (massage gun) was refunded to the buyer on 15 January 2026. The return tracking 1Z9R47W40390017726 shows the return was never shipped, the label was created only. More than 60 days passed and there is no reimbursement.

Please reimburse us for this unit. Our product code on the box is 8613-5572-0931 (this is the factory model number, not a phone).

Thank you,
Guangzhou Relaxa Health Technology
""",
  topic="customer-return",
  dec=(("order-id", "112-8847301-5590126"), ("tracking-number", "1Z9R47W40390017726"), ("phone-like", "8613-5572-0931")),
  notes="Guangzhou agency; a model number that looks like a phone number is a decoy")

M("fba-lost-in-121", F, "", "IN", "indian",
  "Units lost in fulfilment centre - reimbursement pending",
  """
Dear Seller Support,

As per the inventory ledger, 40 units of our FNSKU X0046MQTB7 (cotton bedsheet set) were marked as lost at the DEL4 fulfilment centre on 2 February 2026. More than 30 days have passed, the units have not been found, and no reimbursement has been received.

We request you to kindly reimburse the 40 units at the applicable value. The manufacturing cost per unit as per our invoice is INR 650.

Looking forward to your early response.

Regards,
Sunita Rao
Rao Home Linen, Panipat
""",
  topic="warehouse-lost",
  dec=(("fnsku", "X0046MQTB7"),),
  notes="Indian seller; calm warehouse-lost claim")

M("tech-report-us-122", T, "", "US", "native",
  "Fee Preview report shows wrong size tier",
  """
Hi,

Our Fee Preview report lists SKU WG-LANTERN-02 as "Large Bulky" with a fulfillment fee of $19.42, but the item is 14 x 8 x 8 inches and 3.1 lb, which should be Large Standard. We measured 10 units from our own stock and they're all the same.

Could you remeasure the item at the FC or update the dimensions in the catalog? We've been overcharged on about 300 units since January, so we'd also like to know how to request a refund of the fee difference.

Thanks,
Jordan Ellis
Wildgrove Outdoor
""",
  topic="report-error",
  dec=(("sku", "WG-LANTERN-02"),),
  notes="native; calm fee report question")

M("poa-rel-vn-123", A, "related-accounts", "US", "other-non-native",
  "Appeal - account related to another account",
  """
Dear Seller Performance,

My account Saigon Spice Kitchen was deactivated because it is related to another account that was not in good standing. I want to explain the relationship.

What is the relation:
The other account "HN Home Goods" belongs to my brother. Last year he visited me for 2 months and he logged in his account from my laptop and my home internet. I did not know this can make our accounts linked. We are two separate businesses with separate bank accounts and separate products.

What I have done:
- My brother went back to Hanoi on 20 February and logged out of his account on my laptop.
- I changed my Wi-Fi password and my Seller Central password.
- I attached my business registration and bank statement, and his, to show we are separate.

Please review my account.

Tran Thi Bich
Saigon Spice Kitchen
""",
  style="colon", rc="What is the relation:", co="What I have done:", pr=None,
  pol=("related to another account",),
  dec=(("password-word", "I changed my Wi-Fi password and my Seller Central password."),),
  notes="Vietnamese owner; cause and done actions, but nothing for the future (missing preventive); 'password' with no value")

M("poa-cf-de-124", A, "counterfeit", "DE", "chinese",
  "Plan of action - counterfeit complaint (Amazon.de)",
  """
Dear Seller Performance Team,

We are Ningbo Koda Tools Co., Ltd. Our Amazon.de account was deactivated after a Counterfeit complaint from the brand "Wolfkraft" about our cordless screwdriver bits.

1. Root cause
Our bit set case was grey and orange, very similar to the Wolfkraft case design. On the main image the logo on our case was not visible, so the buyer and the brand thought it was a copy.

2. Actions completed
- The case color was changed to blue for all new production, 2,000 cases already made.
- All 410 orange cases in FBA (warehouses in Germany and Poland) were removed and the bits repacked.
- Listing images now show our "KODA" logo clearly.
- We sent our design patent and factory documents to the brand's lawyer.

3. Preventive measures
- New packaging designs are compared with the top 30 brands in the category before production.
- Our design team received training about trade dress.

For the reimbursement of removal fees please transfer to our EU account: IBAN DE11500105173926718204.

Best regards,
Ningbo Koda Tools Co., Ltd.
""",
  style="numbered", rc="1. Root cause", co="2. Actions completed", pr="3. Preventive measures",
  pol=("Counterfeit complaint",),
  sec=(("iban", "DE11500105173926718204"),),
  notes="English POA on DE by a Ningbo seller; pastes a German IBAN")

M("brand-hijack-id-125", B, "", "US", "other-non-native",
  "Report other sellers on our brand listing",
  """
Hello Brand Registry Team,

We are the owner of brand "Rempah Ibu" (registered in Brand Registry). On our listing B0CZ9PLM3K (Indonesian spice paste, 6 pack) there are 2 new sellers offering the product. We never sell to other sellers or distributors, so we do not know where they got the product. Maybe it is expired stock or fake.

The sellers are "Global Pantry Hub" and "BestPrice4U". Could you please check these offers? We can do a test buy if needed.

Thank you for your help.

Salam hangat,
Rina Kusuma
Rempah Ibu Foods
""",
  topic="hijacker",
  dec=(("asin", "B0CZ9PLM3K"), ("foreign-snippet", "Salam hangat")),
  notes="Indonesian brand owner; calm hijacker report")

if __name__ == "__main__":
    AUTHOR.write()
