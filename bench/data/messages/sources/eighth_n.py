#!/usr/bin/env python3
"""Author N's messages for the eighth set (written blind to the rules): texts and labels live here; running this script
rewrites messages/eighth-b/n-*.toml (and only those)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from writing import A, B, C, F, L, T, Author  # noqa: E402, F401

AUTHOR = Author("n-", "eighth-b")
M = AUTHOR.message


# MESSAGES-BEGIN

# ---------------------------------------------------------------- account appeals, chunk 1
M("001", A, "inauthentic", "US", "other-non-native", "Appeal - deactivation for inauthentic item complaints - Brennwerk GmbH", r"""
Dear Seller Performance Team,

we write regarding the deactivation of our account Brennwerk GmbH on 14 March 2026 because of inauthentic item complaints on ASIN B0D7K2MQ4T (stainless coffee grinder burr set). Unfortunately we reacted too slow to the first two complaints. Please find our plan of action below.

## Root Cause

We bought 300 units of the burr set in January 2026 from a trading company in Hamburg (Kessler Handelskontor) and not directly from the manufacturer. The invoice of this trader did not show the manufacturer name and the packaging of this lot was different from our previous lots (white box instead of brown box). Buyers noticed the different box and believed the item is not genuine. We did not check that the supplier is an authorised distributor.

## Corrective Actions

- We have removed all remaining 112 units of this lot from FBA (removal order 4PL-DE-88120) and they will be destroyed.
- We contacted all 9 buyers of the complaint orders and offered a full refund, 7 accepted already.
- We have closed the account with Kessler Handelskontor and now buy only from the manufacturer Molinari Precision S.r.l.; the invoices of the last 12 months from Molinari are attached.

## Preventive Measures

- Every new supplier must give a letter of authorisation from the brand before the first order.
- Our warehouse manager, Mr. Udo Franke, compares every incoming lot with a reference unit (box, label, serial format) before we send to FBA.
- Once per week we read all buyer messages and returns with "fake" or "not original" and investigate them within 24 hours.

We hope this plan is acceptable and we thank you for your review.

Mit freundlichen Grüßen
Katrin Vogel
Brennwerk GmbH, Leipzig
""", style="markdown", rc="Root Cause", co="Corrective Actions", pr="Preventive Measures",
  pol=["inauthentic item complaints"], dec=[("mild-word", "Unfortunately"), ("asin", "B0D7K2MQ4T"), ("removal-order-id", "4PL-DE-88120"), ("foreign-snippet", "Mit freundlichen Grüßen")],
  notes="German seller, complete markdown POA with one 'Unfortunately'; calm")

M("002", A, "counterfeit", "UK", "other-non-native", "Reactivation request - counterfeit claim - Maison Lunelle", r"""
Hello,

I am Amélie Roussel, manager of Maison Lunelle. Our selling privileges were removed for a counterfeit complaint under the Anti-Counterfeiting Policy for our silk scarves (ASIN B0CX91PLRA). I send you my plan of action.

**Root cause**
The scarves were produced by our workshop in Lyon, but for the winter collection we used a printer in Portugal who used a logo very close to the logo of a known fashion house (a knot with two letters). The rights owner thought it is a copy of their product. We did not do a trademark search for this design before printing.

**Corrective actions**
We have deleted the 6 listings with this print. The 240 scarves in FBA were recalled with removal order 9RT4KLMZQ and the print will be destroyed by the printer. We wrote to the rights owner and sent them our design files and they have retracted the complaint on 2 April (their email is joined).

**Preventive measures**
We thank you very much for your time and for your understanding, and we remain at your disposal for any other question.

Cordialement,
Amélie Roussel
Maison Lunelle SARL
""", style="bold", rc="Root cause", co="Corrective actions",
  pol=["Anti-Counterfeiting Policy"], dec=[("asin", "B0CX91PLRA"), ("removal-order-id", "9RT4KLMZQ"), ("foreign-snippet", "Cordialement")],
  notes="French seller; the 'Preventive measures' heading is followed only by thanks, so preventive is absent (judgment)")

M("003", A, "late-shipment", "UK", "other-non-native", "Plan of action - Late Dispatch Rate - Casa Fiorelli", r"""
Good morning,

our account Casa Fiorelli (merchant fulfilled ceramics) was deactivated because our Late Dispatch Rate was 9.8% in the period 1 February - 2 March 2026, over the target of 4%.

1. What caused the late dispatch
In February our only courier contract (with a small Italian carrier) ended without notice, and for eleven days we had no collection from our warehouse in Deruta. We continued to accept orders with the normal 1 day handling time. 63 orders were dispatched late.

2. What we did
- We signed a contract with Royal Mail International and DHL Parcel, so we have two carriers now. Collection is every day at 16:00.
- We increased the handling time in shipping settings to 3 days for all heavy ceramics.
- All orders pending were dispatched on 4 March, and we wrote to every customer with late order to apologise.

3. How we keep it under the target
- Every morning Giulia checks the Dispatch Now report and confirms shipment before 12:00.
- If a carrier does not collect one day, we put the listings on holiday mode that evening, not after.
- We look at the Late Dispatch Rate in the Account Health page each Monday and if it pass 2% we stop new orders of heavy items.

Thank you for considering our appeal.

Cordiali saluti,
Marco Fiorelli
""", style="numbered", rc="1. What caused the late dispatch", co="2. What we did", pr="3. How we keep it under the target",
  pol=["Late Dispatch Rate"], dec=[("foreign-snippet", "Cordiali saluti")],
  notes="Italian seller; corrective mixes past and present ('we have two carriers now'), done=true")

M("004", A, "related-accounts", "US", "other-non-native", "Appeal for deactivated account - related account", r"""
Dear Amazon team,

My name is Oleksandr Hrytsenko, I am owner of the store HrytsenkoHome. You deactivated my account because it is related to other account which is not in good standing. You wrote that I violate the policy on operating multiple selling accounts.

Root cause:
In 2025 I worked as freelance account manager for another seller, VarnaGoods. I logged in to their Seller Central from my own laptop and my home internet. Later their account was suspended, and because the same device and IP address were used, my account became related to their account. I did not know that this is a problem.

Corrective actions:
I will stop all work for other sellers. I will remove my laptop from the other account's login history by asking VarnaGoods owner to delete my user permission. I am going to buy a new laptop only for my own business and I will ask my internet provider for a static IP.

Preventive measures:
- Only I and my wife (she is registered as user in my account) will log in to HrytsenkoHome.
- I will never log in to any other seller account from my devices.
- If I take freelance work again, it will be only through the User Permissions of that seller on a different device.

I am ready to give any document you need (passport, utility bill, bank statement).

Best regards,
Oleksandr Hrytsenko
Kyiv, Ukraine
""", style="colon", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive measures:",
  pol=["policy on operating multiple selling accounts"],
  notes="Ukrainian seller; every corrective action is future ('I will', 'I am going to') -> not done")

M("005", A, "odr", "US", "other-non-native", "PLEASE REACTIVATE - ODR", r"""
Dear Sir or Madam,

I am writing to you from Alexandria. My account Nile Linen Co. was deactivated for Order Defect Rate above 1%. I beg you please, this account is the only income for me and eight workers, and my family will starve if you do not open it again.

The problem happened because in January we changed the supplier of our cotton bedsheets and the new fabric shrinks after washing. Many customers made negative feedback and four A-to-z claims. We did not notice the pattern until the rate was already 2.3%.

We have already stopped selling the new fabric and removed the 3 affected listings. We refunded all 27 buyers who complained, even those who did not ask for refund. We have returned to our old mill in El Mahalla with a signed quality contract.

To make sure this never happens again we will wash test one sheet from every new lot of fabric before sewing, and we will reply to every negative feedback within 24 hours to solve the problem before it becomes a claim.

I am begging you, please, please give me my account back. I swear on my children I will never make any mistake again.

Mahmoud Abdelrahman
Nile Linen Co.
""", style="none", rc="The problem happened because", co="We have already stopped", pr="To make sure this never happens again",
  pol=["Order Defect Rate"], emo=["I beg you please", "my family will starve if you do not open it again", "I am begging you, please, please give me my account back", "I swear on my children"],
  notes="Egyptian seller; complete POA without headings, wrapped in strong pleading")

M("006", A, "review-manipulation", "DE", "other-non-native", "Appeal: Customer Product Reviews policy - Papadakis Olive", r"""
Hello Seller Performance,

we are Papadakis Olive, a family business from Kalamata selling olive oil and soaps on amazon.de. Our account was deactivated for violation of the Customer Product Reviews policy. Here is our plan.

A) About the reason
We have checked everything and we really do not know what happened. We never paid for any review. Maybe a competitor did something to hurt us.

B) What we have done
- We deleted the insert card in our soap box that said "Love our soap? Tell the world!" because perhaps this is read as asking for positive review.
- We stopped all emails to buyers outside the Request a Review button.
- Our two employees read the policy page and signed that they understood it.

C) For the future
- We will use only the Request a Review button and the Vine programme.
- Every new package insert will be checked against the policy before printing.
- Once per month we will look at our reviews for strange activity and report it to Amazon.

Ευχαριστούμε πολύ,
Eleni Papadaki
""", style="lettered", co="B) What we have done", pr="C) For the future",
  pol=["Customer Product Reviews policy"], dec=[("foreign-snippet", "Ευχαριστούμε πολύ")],
  notes="Greek seller on DE; section A says they do not know the cause, so root cause absent (the insert card is named only as a guess inside corrective; judgment)")

M("007", A, "odr", "US", "other-non-native", "my account", r"""
Hello Amazon,

Why you do this to me? I am selling on Amazon four years, always good, always customers happy. Now I open Seller Central and everything is closed, my money is frozen, I cannot pay my rent this month. This is not fair, this is a catastrophe for me.

I did nothing wrong. I never cheated any customer. Please, I am asking you on my knees, open my account today. I do not understand your emails, they say only "review" and "appeal" and nothing else. I have 4 000 dollars in my balance and I need this money now.

If you do not open my account I will have to close my company and go to work in a factory. Please have mercy on a small seller.

Dmitri Volkov
VolkovTech Store
""", emo=["Why you do this to me?", "this is a catastrophe for me", "I am asking you on my knees", "Please have mercy on a small seller"],
  notes="Russian-speaking seller; no POA, no policy named, pure pleading")

M("008", A, "drop-shipping", "US", "native", "Appeal - Drop Shipping Policy - POA attached", r"""
Hello,

Please find attached our Plan of Action regarding the deactivation of Ridgeway Outfitters LLC (Merchant Token A2K9XQ7PLM3R) for a violation of the Drop Shipping Policy.

In short: between November 2025 and January 2026 we filled a number of orders by purchasing from another online retailer and having it ship directly to our customers, with that retailer's packing slip in the box. We understand now that this is not permitted. The attached document (Ridgeway_POA_2026-03-09.pdf) explains the root cause, the steps we have already completed, and the controls we put in place so it cannot recur. We have also attached our supplier agreement with Trailhead Wholesale and three recent invoices.

If anything in the attachment is unclear, I can be reached at (512) 555-0187.

Thank you for your time,
Dana Whitcomb
Operations Manager, Ridgeway Outfitters LLC
""", att=True, pol=["Drop Shipping Policy"], dec=[("merchant-token", "A2K9XQ7PLM3R"), ("file-name", "Ridgeway_POA_2026-03-09.pdf"), ("phone", "(512) 555-0187")],
  notes="US cover letter, POA attached; summary names the problem but the parts are in the PDF")

M("009", A, "drop-shipping", "US", "other-non-native", "POA - Drop Shipping - Levant Gear", r"""
To Seller Performance,

Store: Levant Gear
Issue: Drop Shipping Policy violation, account deactivated 22 Feb 2026

ROOT CAUSE
When one of our suppliers (a big distributor in New Jersey) was out of stock of camping lanterns, my employee bought them on another marketplace and sent them direct to our customers. The buyer received a box with the other marketplace packing slip and invoice. This happened on 14 orders, for example 111-1994935-1638819. The employee did this to keep shipping on time; he did not know the rule and I did not have a written process for out of stock.

CORRECTIVE ACTIONS TAKEN
1. Cancelled the purchase account on the other marketplace, it is closed since 24 Feb.
2. Contacted the 14 customers, explained, and offered refund or a replacement from our own stock.
3. Set our inventory feed to sync every 15 minutes, so an item out of stock at the distributor is at zero on Amazon.
4. Wrote a one page procedure "Out of stock = cancel or delay, never buy retail", signed by all 3 employees.

PREVENTIVE MEASURES
- We are the seller of record on every package; packing slips are printed only from Seller Central.
- I review a random 10 shipments each week for correct slip and return address.
- New employees read the Drop Shipping Policy in their first day.

Thank you,
Yoav Ben-Ami
Levant Gear, Haifa
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS TAKEN", pr="PREVENTIVE MEASURES",
  pol=["Drop Shipping Policy"], dec=[("order-id", "111-1994935-1638819")],
  notes="Israeli seller; corrective list uses verb-less past participles ('Cancelled', 'Contacted'), done")

M("010", A, "price-gouging", "US", "native", "Fair Pricing Policy appeal - Copperleaf Supply", r"""
Hi there,

Our account was deactivated under the Fair Pricing Policy after our price on a 5-gallon water filter cartridge (ASIN B0B4TQ8HZW) jumped from $34.99 to $119.99 during the late-January storm.

Root cause: we use a repricing tool set to follow the lowest competitor price with a ceiling of 4x our floor. When the two other sellers on the listing sold out, the tool had nothing to follow and jumped to the ceiling. Nobody on our team looked at the repricer that weekend, which is frustrating in hindsight because the alert emails were sitting in our inbox.

What we fixed: we lowered the ceiling on all 418 SKUs to 1.3x the 30-day average price, turned on the repricer's "no competitor" rule so it holds the last price, and refunded the difference to the 22 customers who paid more than $40. Those refunds went out on February 3.

Going forward: one of us checks the repricer alert inbox every day, including weekends, and any price change above 25% in a day now needs a manual approval.

Thanks for reviewing,
Kevin Alvarez
Copperleaf Supply
""", style="inline", rc="Root cause:", co="What we fixed:", pr="Going forward:",
  pol=["Fair Pricing Policy"], dec=[("asin", "B0B4TQ8HZW"), ("mild-word", "frustrating")],
  notes="native US; inline paragraph headings, calm 'frustrating'")

M("011", A, "product-safety", "UK", "chinese", "Appeal for product safety deactivation", r"""
Dear Amazon Seller Performance Team,

Thanks for your email. Our shop Hengyu Direct was deactivated because the children nightlight (ASIN B0C8WV2JKS) was reported as safety risk, the battery cover can open without tool. We are very sorry for the inconvenient.

Our POA - The reason of the problem:
Our factory change the mold of the battery cover in December 2025 to save cost, the screw was removed and replaced by a clip. We did not ask the factory to send the new version sample before mass production, so we do not know about this change. This is against the UK toy safety rules for products for children under 3 years.

Our POA - What we have did:
1. We stopped sell the nightlight on 6 March and removed all 830 units from FBA (removal order ID 6KQ2ZPTR8).
2. We contacted all 214 buyers by Buyer-Seller Messaging and told them stop to use it and give full refund.
3. The factory has restored the screw design, new test report from SGS (report no. GZHL2603015771) is attached.

Our POA - Measures to avoid:
1. Any change of mold, material or parts must be approved by us in writing, factory signed this in the new contract.
2. We will check pre-shipment samples with our QC staff for every batch, including the tool test for battery cover.
3. Products for children will be tested again every 12 months.

We will follow the Amazon product safety policy strictly. Please consider to reinstate our account.

Best regards
Hengyu Direct
深圳市恒宇电子有限公司
""", style="our-poa", rc="Our POA - The reason of the problem:", co="Our POA - What we have did:", pr="Our POA - Measures to avoid:",
  pol=["product safety policy"], dec=[("single-apology", "We are very sorry for the inconvenient"), ("asin", "B0C8WV2JKS"), ("removal-order-id", "6KQ2ZPTR8"), ("certificate-number", "GZHL2603015771"), ("foreign-snippet", "深圳市恒宇电子有限公司")],
  notes="Chinese seller; our-poa headings, single apology, complete")

M("012", A, "identity-verification", "US", "turkish", "Verification documents - account suspended", r"""
Hello Dear Amazon Team,

Our account Anadolu Bakır Atölyesi is suspended because the verification is not completed. We received message that our documents do not match. I upload again today three documents:

- passport of the owner, Hakan Yıldırım, valid to 2031
- the electricity bill of our workshop address in Gaziantep, dated February 2026, on the company name
- the bank statement of our İş Bankası account with the same company name and address

The first time we uploaded the bill of the old address, because we moved the workshop in January. Now everything is the same address as in Seller Central.

Please check the new documents and open the account, we have 60 orders of copper pots waiting.

Saygılarımla,
Hakan Yıldırım
""", notes="Turkish seller; verification appeal with documents only, no POA and no policy named -> A016 and T007 positive (judgment: an explanation of the wrong bill is not a plan)",
  dec=[("foreign-snippet", "Saygılarımla")])

M("013", A, "inauthentic", "IT", "other-non-native", "Ricorso / appeal inauthentic - Bottega Rinaldi", r"""
Dear Team,

please find below the plan for our account Bottega Rinaldi, deactivated for complaints of inauthentic items on leather wallets.

Why it happened
We sold 40 wallets of a known Florentine brand that we bought from a liquidation of a shop in Prato. The shop had no invoice from the brand, only their own receipt. We trusted them because we worked together before.

What we changed
The 18 wallets not sold were removed from the FBA warehouse on 11 March and returned to the seller in Prato, who refunded us. All listings of branded products without brand invoice are closed, in total 27 ASIN. We gave refund to the 4 buyers who made complaint.

How we stop it for the future
We sell branded goods only with invoices from the brand or from an official distributor on their website list. Liquidation stock is not accepted anymore for any brand. I personally check invoices before a new ASIN is created.

Grazie mille,
Lorenzo Rinaldi
""", style="plain", rc="Why it happened", co="What we changed", pr="How we stop it for the future",
  pol=["inauthentic items"], dec=[("foreign-snippet", "Grazie mille")],
  notes="Italian seller on IT in English; plain headings, complete")

M("014", A, "valid-tracking", "US", "indian", "Valid Tracking Rate - Appeal for reinstatement", r"""
Respected Sir/Madam,

Greetings from Shree Balaji Handicrafts, Jaipur. Our account got deactivated as our Valid Tracking Rate is 88% which is below 95% target.

1) Root cause - Our shipping partner in India gives tracking number only after the parcel reaches Delhi hub, so we were confirming shipment without tracking or with wrong carrier name "Other". Total 41 orders affected.

2) Corrective action - We will shift all US orders to a carrier integrated with Amazon (we are in talks with two companies). We will update the tracking for all open orders. We will also train our dispatch staff to select correct carrier name from the dropdown.

3) Preventive action - Dispatch team will not confirm any shipment without valid tracking ID. Weekly our manager Mr. Rakesh Sharma will check the Valid Tracking Rate in Account Health.

Kindly do the needful and reactivate our account at the earliest. We assure full compliance.

Thanks & Regards,
Pooja Agarwal
Shree Balaji Handicrafts
+91 98290 55412
""", style="numbered", rc="1) Root cause -", co="2) Corrective action -", done=False, pr="3) Preventive action -",
  pol=["Valid Tracking Rate"], dec=[("phone", "+91 98290 55412")],
  notes="Indian seller; corrective only future ('We will shift', 'We will update') -> not done")

M("015", A, "cancel-rate", "CA", "native", "Reinstatement request - Pre-fulfillment Cancel Rate", r"""
Hello Seller Performance,

Northbay Hobby (amazon.ca) was deactivated for a Pre-fulfillment Cancel Rate of 6.1%. Here's what happened and what we've done.

## Why it happened
We list about 2,000 model kits from one distributor's feed. In February the distributor changed their file format and our import script kept the old quantities, so items they no longer had showed as in stock. We cancelled 48 orders over three weeks.

**What we've done**
- Rewrote the import so it fails loudly if the feed headers change, instead of silently keeping old data. This went live on March 2.
- Zeroed out 310 SKUs that we couldn't confirm with the distributor by phone.
- Emailed every customer whose order was cancelled with an apology and a 15% code.

Preventing it
1. The script now sends me a text if more than 5% of quantities change in one import.
2. Any SKU with fewer than 3 units at the distributor is listed at zero on Amazon.
3. Cancel rate is now on our Monday checklist, with a hard stop if it passes 1.5%.

Thanks,
Rachel Thibodeau
Northbay Hobby, Sudbury ON
""", style="mixed", rc="Why it happened", co="What we've done", pr="Preventing it",
  pol=["Pre-fulfillment Cancel Rate"],
  notes="native CA; three different heading forms (markdown, bold, plain) -> mixed")

M("016", A, "condition", "US", "other-non-native", "Appeal: Condition Guidelines complaints - Libros Albarrán", r"""
Hello,

we are Libros Albarrán, a second-hand bookshop in Sevilla that sells used books on amazon.com. Our account was deactivated because of many complaints that the condition of the books was not the same as described, against the Condition Guidelines.

Root cause:
We used the condition "Very Good" as default in our listing template for all books. Our staff did not change it when a book had notes, underlines or a damaged cover. About 30 buyers received books in worse condition than the listing said.

Corrective actions:
We apologise deeply to every buyer who was disappointed, we understand that the condition description is very important for a buyer who cannot see the book.

Preventive measures:
- The default condition in the template is now empty, so the staff must choose it for every book.
- Each book is checked by a second person for writing, stains and cover before it is listed.
- We add a short comment for every book: what is the real defect, for example "pencil notes on 10 pages".

Un saludo cordial,
Inés Albarrán
""", style="colon", rc="Root cause:", pr="Preventive measures:",
  pol=["Condition Guidelines"], dec=[("foreign-snippet", "Un saludo cordial")],
  notes="Spanish seller; the 'Corrective actions:' heading holds only an apology, nothing fixed -> corrective absent (judgment). One apology, not emotional")

M("017", A, "used-sold-as-new", "UK", "latam", "Appeal - used sold as new - Tropicália Audio", r"""
Hi Amazon team, good afternoon.

My name is Rafael Nogueira from Tropicália Audio. Our account was blocked for selling used items as new (headphones). We are sorry for this situation. Below our plan.

**What happened**
We received customer returns of headphones in FBA, and the returned units came back to our sellable stock automatically because the option for returns was set to "sellable if not damaged". Some of these had been opened and used by the first buyer, and the next buyer got them as new.

**What we did already**
- We changed the return setting, now all returns go to "unfulfillable" and come back to us with a removal order.
- We made a removal of all 96 units of the 3 headphone ASINs to check them one by one. 11 units were opened, they are now in our office to sell as "Used - Like New" in the correct listing.
- The 7 customers who complained received full refund and a message from me.

**For the future**
- Every return is inspected by our team in São Paulo before it is sold again, and opened units are never listed as new.
- We check the returns report every Friday.

Muito obrigado pela atenção,
Rafael Nogueira
""", style="bold", rc="What happened", co="What we did already", pr="For the future",
  pol=["selling used items as new"], dec=[("foreign-snippet", "Muito obrigado pela atenção")],
  notes="Brazilian seller on UK; complete; one apology sentence")

M("018", A, "restricted-products", "US", "other-non-native", "restricted product appeal - Delta Herbs", r"""
Dear Sir,

Our account Delta Herbs got deactivated because we listed a product that is under the Restricted Products policy (kratom leaf powder). We did not know that this plant is restricted on amazon.com, in our country it is sold in normal shops.

This happened because I made the listing myself from the supplier catalog and I did not check the list of restricted items in Seller Central before, I only checked the customs rules for export.

We have deleted the listing the same day we got your message, and the 40 units in FBA were removed for disposal (removal order DXH7720QPL). We also looked in all our other 65 listings and deleted two more herbal teas that contain a similar ingredient.

Thank you, and we are waiting for your answer.

Ahmed Saleh
Delta Herbs, Cairo
""", style="none", rc="This happened because", co="We have deleted the listing",
  pol=["Restricted Products policy"], dec=[("removal-order-id", "DXH7720QPL")],
  notes="Egyptian seller; root cause and done corrective, but nothing about how it will be prevented -> preventive absent")

M("019", A, "ip-trademark", "US", "chinese", "Appeal for intellectual property complaint - Luminex Home", r"""
Dear Seller Performance Team,

We received your notice that our account was deactivated for intellectual property complaint, trademark. Below is our plan of action.

## Root cause
We received an intellectual property complaint from the rights owner (complaint ID 1948830214) about the trademark of ASIN B0DJ4S7PQX. Amazon removed the listing and deactivated our account.

## Corrective actions
1. We have deleted the listing ASIN B0DJ4S7PQX and all its variations.
2. We have checked all 156 listings in our account and removed 4 other listings that use the word "Aerolux" in title, this word is a registered trademark of other company.
3. We have contacted the rights owner by email to apologize.

## Preventive actions
1. Before create any new listing, our operator will search the USPTO trademark database for every word in the title and bullet points.
2. Listing team manager will check all new listings before publish.
3. We will do training about intellectual property rules for all 6 staff every 3 months.

Thank you for your time.
Luminex Home
""", style="markdown", co="Corrective actions", pr="Preventive actions",
  pol=["intellectual property complaint", "trademark"], dec=[("complaint-id", "1948830214"), ("asin", "B0DJ4S7PQX")],
  notes="Chinese seller; the 'Root cause' section only repeats the notice (complaint received), it does not say why they used the mark -> root cause absent (judgment)")

M("020", A, "seller-code-of-conduct", "UK", "native", "Appeal - Seller Code of Conduct", r"""
Dear Seller Performance,

I am writing about the deactivation of Fenwick & Daughters (Bristol) under the Seller Code of Conduct, for messages sent to buyers.

What went wrong. After a run of returns on our wooden toys in January, I sent follow-up messages to five buyers asking them to reconsider their negative feedback and, in two cases, offering a partial refund if they did. I was annoyed and I acted in a hurry, and I now understand that offering money in exchange for changing feedback is exactly what the Code forbids. Nobody else on the team sends buyer messages, so this was my own error.

What I have done. I have stopped all buyer messaging except replies to questions buyers send us. I have written to the two buyers to withdraw the refund offer and make clear that their feedback is theirs to keep. I have completed the Seller University courses on buyer communication and feedback.

How it won't happen again. Messages to buyers will only be sent through the templates my colleague and I agreed in February, none of which mention feedback. If a review or feedback seems unfair, we report it to Amazon through the proper form and do nothing else.

Kind regards,
Judith Fenwick
""", style="inline", rc="What went wrong.", co="What I have done.", pr="How it won't happen again.",
  pol=["Seller Code of Conduct"], dec=[("mild-word", "I was annoyed")],
  notes="native UK; the writer admits she was 'annoyed' in the past, calm letter -> not emotional")

# ---------------------------------------------------------------- account appeals, chunk 2
M("021", A, "ip-copyright", "US", "indian", "URGENT: Appeal against copyright infringement deactivation", r"""
Dear Seller Performance Team,

This is regarding deactivation of our seller account Kavya Prints (Surat) due to copyright infringement complaint on our printed cushion covers. Please treat this as urgent as our Holi season stock is lying in FBA.

1. Reason for the complaint
Our designer downloaded 9 mandala artworks from a free wallpaper website and used them for cushion covers. The website said "free download" but the artworks belong to an illustrator in Pune who has registered copyright. We did not verify the licence of the images.

2. Actions already taken
a) All 9 designs are deleted from our catalogue, and 12 ASINs are closed.
b) Removal order raised for 540 units, order ID 3GHTK9LXQ, these will be recycled.
c) We have written to the illustrator, apologised, and she has confirmed by email dated 19 March 2026 that she will withdraw the complaint.

3. Steps to prevent recurrence
a) Only our in-house designs or designs purchased with written licence will be printed.
b) Licence copy is saved in shared folder against each SKU, audited every month by me.
c) Designer has been given a training on copyright basics.

Please revert at the earliest. We are thankful for your support.

Warm Regards,
Nikhil Desai
Kavya Prints
""", style="numbered", rc="1. Reason for the complaint", co="2. Actions already taken", pr="3. Steps to prevent recurrence",
  pol=["copyright infringement"], dec=[("removal-order-id", "3GHTK9LXQ"), ("mild-word", "Please treat this as urgent")],
  notes="Indian seller; 'URGENT' in subject and 'urgent' in text are not emotional; lettered items inside numbered sections -> numbered")

M("022", A, "inauthentic", "US", "other-non-native", "Our account Kalinka Toys - please review", r"""
Hello Seller Performance team,

We received your e-mail from 3 March that our account is deactivated. We read it many times. We think it is because some customers wrote that our nesting dolls are not the original hand-painted dolls, but printed ones. We want to explain and show what we did.

We buy the dolls from two workshops near Sergiev Posad. In December one workshop could not produce enough for Christmas, and they sent us 200 dolls where the face was hand-painted but the body was a printed decal. Our listing said "fully hand-painted". So the customers were right, the dolls were not as described. We did not open the boxes to check, because this workshop was always good before.

We have already pulled the rest of the lot (86 dolls) out of FBA, we refunded the 11 customers who wrote to us and we corrected the listing text: now we describe exactly what is hand-painted.

From now on, our team in Riga opens a sample of 10 dolls from every box before shipping to Amazon, and if there is any decal the whole box goes to our own shop, not to Amazon.

Thank you for reading.
Natalia Sokolova
Kalinka Toys
""", style="none", rc="We buy the dolls from two workshops", co="We have already pulled", pr="From now on,",
  notes="Russian-speaking seller; full POA without headings, talks at length about 'not the original' dolls but never names the policy or complaint type -> T007 positive (judgment)")

M("023", A, "ip-trademark", "DE", "other-non-native", "Widerspruch gegen Kontosperrung - Markenrechtsbeschwerde", r"""
Sehr geehrtes Seller-Performance-Team,

unser Verkäuferkonto Holzmanufaktur Brandl wurde wegen einer Markenrechtsbeschwerde gesperrt. Nachfolgend unser Maßnahmenplan.

Ursache:
Wir haben in den Titeln von sieben Schneidebrettern den Begriff "Nordholz" verwendet, weil wir dachten, es sei eine allgemeine Bezeichnung für Holz aus Skandinavien. Tatsächlich ist "Nordholz" eine eingetragene Marke eines Mitbewerbers. Eine Markenrecherche haben wir vor dem Einstellen nicht gemacht.

Sofortmaßnahmen:
- Der Begriff wurde am 2. März aus allen Titeln, Bullet Points und Suchbegriffen entfernt.
- Wir haben den Markeninhaber angeschrieben, uns entschuldigt und um Rücknahme der Beschwerde gebeten.
- Alle 214 Angebote wurden auf weitere fremde Marken geprüft; es wurden keine gefunden.

Vorbeugung:
- Vor jedem neuen Angebot prüft Frau Brandl die Begriffe im Register des DPMA und des EUIPO.
- Wir verwenden nur noch unsere eigene Marke und beschreibende Begriffe.

Mit freundlichen Grüßen
Josef Brandl
Holzmanufaktur Brandl, Rosenheim
""", lang="de", style="colon", rc="Ursache:", co="Sofortmaßnahmen:", pr="Vorbeugung:",
  pol=["Markenrechtsbeschwerde"],
  notes="German seller writing German on amazon.de, where German is normal; complete POA (T001 positive only if the rule ignores the marketplace)")

M("024", A, "late-shipment", "US", "latam", "Apelación de cuenta - Tasa de envíos con retraso", r"""
Estimado equipo de Amazon:

Les escribo en nombre de Artesanías Quetzal, nuestra cuenta fue desactivada porque la tasa de envíos con retraso llegó a 11% en enero.

Causa raíz: en diciembre nuestra bodega en Guadalajara se inundó por una tubería rota y perdimos cinco días de trabajo. No cambiamos el tiempo de preparación en la configuración de envío y seguimos recibiendo pedidos como si todo fuera normal.

Acciones correctivas: ya enviamos todos los pedidos pendientes, contratamos a una segunda persona para empaque y cambiamos el tiempo de preparación a 3 días para los productos de barro.

Medidas preventivas: si vuelve a pasar algo que detenga la bodega, activaremos el modo vacaciones el mismo día. Cada lunes revisaremos la métrica en Estado de la cuenta.

Gracias por su atención. Perdón por escribir en español, mi inglés no es bueno.

Atentamente,
Guadalupe Herrera
""", lang="es", style="inline", rc="Causa raíz:", co="Acciones correctivas:", pr="Medidas preventivas:",
  pol=["tasa de envíos con retraso"],
  notes="Mexican seller writing Spanish on amazon.com (English required) -> T001 non-english; complete POA")

M("025", A, "price-gouging", "US", "native", "This is ridiculous - Fair Pricing", r"""
To whoever reads these,

You shut down my store over a "Fair Pricing" violation on a generator I priced at what it cost me plus shipping. I have run Big Sky Surplus for nine years and this is how I get treated? Absolutely disgraceful. Your algorithm has no clue what freight costs out of Montana in a snowstorm.

I am not writing some plan of action for doing nothing wrong. I want my account back and my $11,400 released by Friday, or my attorney files suit and I take this to every news station and seller forum that will listen. I have already filed a complaint with the state attorney general.

Fix it.

Gary Lindqvist
Big Sky Surplus
""", pol=["Fair Pricing"], emo=["and this is how I get treated?", "Absolutely disgraceful", "or my attorney files suit and I take this to every news station and seller forum that will listen", "Fix it."],
  notes="native US; angry threats, explicitly refuses to write a POA -> A016; names the policy in quotes")

M("026", A, "odr", "TR", "turkish", "ODR itiraz - Appeal for Order Defect Rate", r"""
Dear Amazon,

Our store Ege Tekstil was deactivated on amazon.com.tr because Order Defect Rate is 1.8%. We explain the reason and what we made.

Root cause: We started to ship towels with a new cargo company in January. This cargo company delivered many packages to the wrong parcel lockers and customers opened A-to-z claims and negative feedbacks. 19 orders had a defect, 14 of them from this cargo.

Corrective actions: We ended the contract with the new cargo company on 5 February and returned to Yurtiçi Kargo. All 19 customers got their refund or a new towel set. We answered every negative feedback with a solution.

Preventive actions: Each new cargo company will be tested with 20 orders only before we use it for all orders. Our customer service checks delivery problems every day at 10:00. We check the ODR every week, if it is higher than 0.7% we make a meeting immediately.

We kindly ask you to give us one chance more to continue selling. 

Saygılarımızla,
Ege Tekstil Ltd. Şti.
Burak Demirtaş
""", style="inline", rc="Root cause:", co="Corrective actions:", pr="Preventive actions:",
  pol=["Order Defect Rate", "ODR"], dec=[("mild-plea", "We kindly ask you to give us one chance more to continue selling."), ("foreign-snippet", "Saygılarımızla")],
  notes="Turkish seller on TR in English; polite plea is a decoy; complete")

M("027", A, "review-manipulation", "US", "chinese", "Appeal for review manipulation - Sunova", r"""
Dear Amazon Seller Performance Team,

Our account Sunova Outdoor was deactivated for manipulating product reviews. We are very regret. Here is our Plan of Action.

1. Root cause
Our new operation staff joined a Facebook group in January, in this group sellers exchange free products for reviews. He sent 25 free solar lamps to group members and asked them to leave 5 star review. He did not know this is against the Amazon policy, and our manager did not supervise his work.

2. Corrective actions
- We will ask Amazon to remove the reviews that came from this group.
- We will fire this staff or move him to the warehouse work.
- We will exit all Facebook and WeChat review groups (退出所有测评群).

3. Preventive actions
- All the staff will learn the Amazon Community Guidelines and review policy, and sign a commitment letter.
- Only use Amazon Vine and Request a Review button to get reviews.
- Manager check all staff's promotion activity every week.

Thank you for your consideration, we hope can get the chance to continue selling on Amazon.

Sunova Outdoor
""", style="numbered", rc="1. Root cause", co="2. Corrective actions", done=False, pr="3. Preventive actions",
  pol=["manipulating product reviews", "Amazon Community Guidelines"], dec=[("foreign-snippet", "退出所有测评群"), ("mild-plea", "we hope can get the chance to continue selling on Amazon")],
  notes="Chinese seller; corrective all 'We will', even the group exit -> not done; Chinese fragment inside English")

M("028", A, "valid-tracking", "UK", "native", "VTR appeal", r"""
Hello,

Our Valid Tracking Rate fell to 91% because we ran out of tracked labels during the January sale and sent 37 parcels by untracked second class post. That was a bad call on my part. We have since bought a year's supply of Royal Mail Tracked 48 labels, uploaded tracking for every order that had it, and set our shipping template so that untracked services can no longer be selected. From now on every parcel goes out tracked, and I check the VTR figure on Account Health every Monday before we start packing.

Thanks,
Owen Pritchard
Pritchard Garden Tools
""", style="none", rc="because we ran out of tracked labels", co="We have since bought", pr="From now on every parcel",
  pol=["Valid Tracking Rate", "VTR"],
  notes="native UK; a whole POA in one short paragraph (90 words), no headings; root cause start is mid-sentence")

M("029", A, "counterfeit", "US", "other-non-native", "Counterfeit complaint is wrong - invoices attached", r"""
Good day,

My account StepUp Sport Kyiv was deactivated for a counterfeit complaint about running shoes of a famous brand. This complaint is false. All our shoes are 100% original. We buy them from the official distributor in Poland, Sportex Dystrybucja Sp. z o.o., and we have all invoices.

I attach three invoices: FV/2026/01/0457, FV/2026/02/0112 and FV/2026/02/0389, and a letter from the distributor that they are official partner of the brand for Eastern Europe. You can call the distributor to confirm, their phone is +48 22 555 01 73.

I think the complaint came from a competitor who sells the same shoes and wants to remove us from the listing. Please check the invoices and reactivate my account.

Regards,
Andriy Melnyk
""", pol=["counterfeit complaint"], dec=[("invoice-number", "FV/2026/01/0457"), ("invoice-number", "FV/2026/02/0112"), ("invoice-number", "FV/2026/02/0389"), ("phone", "+48 22 555 01 73")],
  notes="Ukrainian seller; disputes the complaint with invoices attached; the attachments are invoices, not a POA, so poa_attached=false -> A016 positive (judgment)")

M("030", A, "late-shipment", "US", "latam", "Appeal plan - Late Shipment Rate - Casa Bahia Decor", r"""
Hello Amazon,

please see our plan for the Late Shipment Rate of Casa Bahia Decor.

ROOT CAUSE
Our Late Shipment Rate was 7.2% in the last 30 days, this is higher than the 4% that Amazon asks.

ACTIONS DONE
- We confirmed shipment of all 23 pending orders, with tracking from UPS.
- We changed the handling time from 1 day to 2 days in all shipping templates.
- We hired one more person for packing in our warehouse in Miami, she started on 10 March.

PREVENTION
- Every day before 11 am the team checks the "Orders to ship today" and ships them first.
- When we have more than 80 orders a day, we add a second shift.
- The owner checks the Late Shipment Rate every Monday.

Obrigado,
Thiago Moreira
""", style="caps", co="ACTIONS DONE", pr="PREVENTION",
  pol=["Late Shipment Rate"], dec=[("foreign-snippet", "Obrigado")],
  notes="Brazilian seller; 'ROOT CAUSE' only restates the metric, no reason -> root cause absent (judgment)")

M("031", A, "cancel-rate", "UK", "other-non-native", "Cancellation rate - appeal - Aegean Bazaar", r"""
Dear Seller Performance,

our account Aegean Bazaar was deactivated for Pre-fulfilment Cancel Rate of 5.4%.

A. Why it happened
We sell handmade leather sandals from Crete and we keep the stock in the workshop, not in FBA. In January our stock spreadsheet and the Amazon quantities were updated only once per week. When sandals were sold in our own shop in Chania, Amazon still showed them available and we had to cancel 31 orders.

B. Corrective actions
We understand that every cancellation is a bad experience for the customer and this is not the way we want to work. We take this very seriously and we are committed to excellent service.

C. Preventive measures
- Stock for Amazon is now a separate shelf; the shop cannot sell from it.
- Quantities are updated every evening by Nikos.
- If a size has only 1 pair, it is listed as 0 on Amazon.

Thank you,
Nikos Manolakis
""", style="lettered", rc="A. Why it happened", pr="C. Preventive measures",
  pol=["Pre-fulfilment Cancel Rate"],
  notes="Greek seller; 'B. Corrective actions' is only a statement of values, no action for the cancelled orders -> corrective absent (judgment)")

M("032", A, "product-safety", "US", "other-non-native", "Product Safety deactivation - Carmel Baby", r"""
Hello,

Regarding the deactivation of Carmel Baby for a Product Safety issue with our baby bath seat (ASIN B0D2M8VKLH).

**The cause**
The suction cups on the bath seat lose grip on textured bathtubs. Two parents reported that the seat moved. Our product was tested on smooth tubs only, and the ASTM F1967 test report we gave Amazon did not include textured surfaces. We also did not write any warning about textured tubs.

**What we are going to do**
- We are going to recall all units sold since October 2025 and offer full refund.
- We will ask the manufacturer in Ningbo for a new design with a clamp instead of suction cups.
- We will remove the 300 units in FBA after your approval.

**Prevention**
- Every baby product will be tested by a CPSC-accepted lab on all surface types we can find.
- Customer complaints about safety go directly to me and are answered the same day.

Thank you,
Tamar Levi
Carmel Baby Ltd.
""", style="bold", rc="The cause", co="What we are going to do", done=False, pr="Prevention",
  pol=["Product Safety"], dec=[("asin", "B0D2M8VKLH")],
  notes="Israeli seller; corrective heading and content are future-only -> not done")

M("033", A, "prohibited-seller-activities", "IN", "indian", "Appeal - Prohibited Seller Activities - kindly reactivate", r"""
Dear Team,

Our account Rasoi Masala Co. is deactivated for Prohibited Seller Activities as we were directing buyers to our own website in the package insert. Please find below.

Our POA: Root Cause
Our packing team kept a leaflet with our website and WhatsApp number for "10% off on next order" in all parcels. This was made by our marketing intern and nobody checked it against Amazon rules.

Our POA: Actions Taken
All leaflets (approx 3,000) are destroyed on 28 Feb. Our website link has been removed from all product images also. Packing team has been briefed.

Our POA: Future Prevention
Any insert or printed material will be approved by me (proprietor) after reading the Prohibited Seller Activities and Actions page. Monthly audit of 20 random parcels by our manager.

For your verification team, our Seller Central login is rasoi.masala.co@gmail.com and password is Masala@Rasoi#2026, kindly check the account and reinstate at the earliest.

Regards,
Suresh Iyer
Rasoi Masala Co., Chennai
""", style="our-poa", rc="Our POA: Root Cause", co="Our POA: Actions Taken", pr="Our POA: Future Prevention",
  pol=["Prohibited Seller Activities"], sec=[("password", "Masala@Rasoi#2026")],
  notes="Indian seller on IN; complete POA, but gives the account password 'for verification'")

M("034", A, "listing-policy", "FR", "other-non-native", "Appel - règles des pages produits / detail page rules", r"""
Hello,

I write in English because the form said English is preferred. Our account Les Ateliers Garnier was deactivated for repeated violations of the detail page rules on our kitchen knives.

Origin of the problem -
We put "Best knife 2026" and "Free delivery" in the titles, and we added our company logo on the main image with a promotion price. Our freelance graphic designer made the images like this because it works on our own website. We did not compare with the image requirements of Amazon.

**Actions completed**
1) All 38 titles rewritten without promotional words (done on 6 March).
2) Main images replaced with white background pictures, no text, no logo.
3) The freelance designer has received the Amazon style guide for Kitchen.

Prevention:
• Before publication, a second person checks each title and image with a checklist made from the style guide.
• Every three months we do a check of all listings.

Merci,
Claire Garnier
""", style="mixed", rc="Origin of the problem -", co="Actions completed", pr="Prevention:",
  pol=["detail page rules"], dec=[("foreign-snippet", "Merci,")],
  notes="French seller on FR writing English; policy named in an informal way ('detail page rules'); three heading forms -> mixed")

M("035", A, "inauthentic", "US", "chinese", "申诉 - 不真实商品 - 请审核", r"""
尊敬的亚马逊卖家绩效团队：

您好！我们的店铺"拓远家居"因为收到不真实商品投诉，账户被停用。我们非常重视这个问题，下面是我们的行动计划。

一、问题原因
我们销售的一款空气净化器滤芯（ASIN B0CK5RZ8MN），原来从品牌授权的工厂采购。去年十二月工厂产能不足，我们的采购员为了不断货，从一家贸易公司进了三百个滤芯。这家贸易公司不能提供品牌授权书，部分滤芯的包装和正品不同，买家因此投诉。

二、已经采取的措施
1. 已将库存中剩余的一百二十个滤芯全部移除（移除订单号 T7QK2MZ9PL），并销毁。
2. 已联系全部投诉买家，全额退款。
3. 已终止与该贸易公司的合作，只从授权工厂采购，附上最近三张发票。

三、预防措施
1. 所有供应商必须先提供品牌授权书，才能下单。
2. 每批货入仓前，由质检人员和正品样品对比包装、标签。
3. 采购员和运营人员每季度学习一次亚马逊的商品真实性政策。

感谢您的审核，希望恢复我们的销售权限。

拓远家居
""", lang="zh", style="numbered", rc="一、问题原因", co="二、已经采取的措施", pr="三、预防措施",
  pol=["不真实商品投诉", "商品真实性政策"], dec=[("asin", "B0CK5RZ8MN"), ("removal-order-id", "T7QK2MZ9PL")],
  notes="Chinese seller writing Chinese on amazon.com -> T001 non-english; complete POA with Chinese numbering")

M("036", A, "condition", "US", "native", "Plan of Action - Used condition complaints - client: Harbor Book Traders", r"""
Dear Seller Performance,

Summit Seller Advisors submits this plan of action on behalf of our client, Harbor Book Traders, whose account was deactivated for buyer complaints about item condition.

## Root Cause
Harbor Book Traders bought a pallet of 1,900 library-discard textbooks in January and listed them in bulk as "Used - Good" using a spreadsheet upload. The library stamps, highlighting and missing access codes were not inspected or noted.

## Corrective Actions
- All 1,214 remaining units from the pallet were pulled from active inventory on February 27.
- Each of those units was re-graded by hand; 388 were relisted as "Used - Acceptable" with accurate notes, and 410 were recycled.
- The 46 buyers who filed complaints received full refunds without return.

## Preventive Measures
Harbor Book Traders remains fully committed to complying with all Amazon policies and to providing a great customer experience going forward.

Respectfully submitted,
Lauren Michaels
Summit Seller Advisors
""", style="markdown", rc="Root Cause", co="Corrective Actions",
  notes="native agency; 'Preventive Measures' holds only a boilerplate commitment -> preventive absent (judgment); 'buyer complaints about item condition' describes the problem but names no policy -> T007 positive (judgment)")

M("037", A, "used-sold-as-new", "US", "turkish", "Please forgive us - used item sold as new", r"""
Dear Amazon Team,

We are so so sorry. We apologize a thousand times for this mistake, we are ashamed and we cannot sleep since we received your message. Our account Bosphorus Kitchen was deactivated because a customer received a coffee machine which was used before and we sold it as new.

This customer is right and we are very very sorry to him and to Amazon. Please forgive us, please forgive us, we are a small family company and we never want to cheat anybody.

We promise it will never happen again. Please open our account, we are begging you.

Allah razı olsun,
Selin Aksoy
Bosphorus Kitchen
""", pol=["sold it as new"], emo=["We are so so sorry. We apologize a thousand times for this mistake", "we are ashamed and we cannot sleep since we received your message", "Please forgive us, please forgive us", "we are begging you"],
  dec=[("foreign-snippet", "Allah razı olsun")],
  notes="Turkish seller; excessive apology and begging, no POA -> A016; 'sold it as new' names the violation (judgment)")

M("038", A, "valid-tracking", "ES", "other-non-native", "Appeal - Valid Tracking Rate - Cerámica Montalbán", r"""
Hello,

we are Cerámica Montalbán, amazon.es. We send here our plan of action about the Valid Tracking Rate.

First, what we did: since 2 March every order is sent with Correos Paquete Premium or SEUR, both with tracking integrated in Seller Central. We uploaded the tracking numbers for the 19 open orders. We deleted the "Correos carta ordinaria" option from our shipping template.

The reason of the low rate was that for small orders (one cup or one plate) we used ordinary letter post because it is cheaper, and this service has no tracking number. We did not know that the Valid Tracking Rate counts every order, also the small ones.

In the future, our shipping template has only tracked services, and each Monday Alba will check the Valid Tracking Rate; under 97% we will look at every order without tracking.

Un saludo,
Pilar Montalbán
""", style="none", rc="The reason of the low rate was", co="First, what we did:", pr="In the future,",
  pol=["Valid Tracking Rate"],
  notes="Spanish seller on ES in English; corrective comes first, root cause second, no headings -> complete (hard negative for missing root cause)")

M("039", A, "related-accounts", "US", "other-non-native", "Appeal - BSA section 3 - multiple account", r"""
Dear Seller Performance,

I received the notice that my account Marino Pelletteria violates the policy about multiple accounts, because it is related to the account "MPL Leather Trading". I want to explain: MPL Leather Trading was my first account, opened in 2022, and I forgot about it. I opened the second account in 2024 with the new company name because my accountant told me to separate the companies.

Root cause - I did not know that one person can have only one account unless Amazon approves a legitimate business need. I did not ask for approval.

Corrective action - On 12 March I closed the old account MPL Leather Trading through Seller Central and I have no balance there. I have attached the screenshot of the closure confirmation.

Preventive action - I will not open any new account without requesting approval first through Seller Support. Only one account: Marino Pelletteria.

Grazie,
Paolo Marino
Firenze
""", style="inline", rc="Root cause -", co="Corrective action -", pr="Preventive action -",
  pol=["policy about multiple accounts"],
  notes="Italian seller; policy named only in the subject line and in a loose form in the text ('policy about multiple accounts'); the subject 'BSA section 3' is not in the text so only the text phrase counts; the preventive part is thin but it does state a rule for the future (judgment)")

# ---------------------------------------------------------------- account appeals, chunk 3
M("040", A, "counterfeit", "US", "chinese", "Plan of Action for counterfeit complaint - Qiyun Store", r"""
Dear Seller Performance Team,

Thank you for the notice. Our account Qiyun Store was deactivated due to counterfeit complaint on phone case (ASIN B0CQ7M2WTD). We take it very serious and here is our Plan of Action.

## Root Cause
We are still investigating with our supplier to find out the root cause. When we have the result we will update you as soon as possible.

## Corrective Actions
1. We have deleted the listing and all the 5 child ASIN.
2. We have removed all inventory 640 pcs from FBA, removal order ID is LQ8Z3PKM2T.
3. We have refunded all the buyers who complained.

## Preventive Measures
1. All suppliers must provide the brand authorization letter and invoice before we list.
2. We will make a product checking list, every new product check trademark and design patent first.
3. Our team manager will double check every listing before upload.

Sorry for the inconvenient, we hope Amazon can give us the chance to continue selling.

Best regards,
Qiyun Store
""", style="markdown", co="Corrective Actions", pr="Preventive Measures",
  pol=["counterfeit complaint"], dec=[("asin", "B0CQ7M2WTD"), ("removal-order-id", "LQ8Z3PKM2T"), ("single-apology", "Sorry for the inconvenient"), ("mild-plea", "we hope Amazon can give us the chance to continue selling")],
  notes="Chinese seller; the Root Cause heading says the cause is still being investigated -> root cause absent")

M("041", A, "odr", "UK", "native", "ODR appeal - Hollins Pet Supplies", r"""
Hi team,

Hollins Pet Supplies was deactivated after our ODR went to 1.6% in February. I'll keep this brief.

1. Why our ODR went up
Our main dog bed listing was switched to a new foam supplier and the beds arrived compressed and smelling of chemicals. That drove 22 negative feedback ratings and 6 A-to-z claims in three weeks.

2. What we'll be doing
- We'll be pulling the remaining beds from the new supplier out of FBA and disposing of them.
- We plan to issue a full refund to every buyer of the affected batch, not only those who complained.
- We're going to switch back to our previous supplier as soon as they can restock, which they say is early April.

3. Keeping it from happening again
- Any supplier change will start with a 20-unit trial batch, sold only through our own website.
- I'll read every 1- and 2-star feedback on the day it arrives.

Cheers,
Tom Hollins
""", style="numbered", rc="1. Why our ODR went up", co="2. What we'll be doing", done=False, pr="3. Keeping it from happening again",
  pol=["ODR"],
  notes="native UK; corrective is all 'we'll be', 'we plan to', 'we're going to' -> not done")

M("042", A, "review-manipulation", "US", "latam", "Appeal review policy - pelo amor de Deus", r"""
Hello Amazon team,

I am writing with my heart broken. Our account Verde Vida Cosméticos was deactivated for violating the Customer Product Reviews policy. This store is everything for me, I put all my savings in it, and without it I lose my house. Please, for the love of God, help us.

**What happened**
A marketing agency that we hired in São Paulo in December offered our customers a free lip balm in exchange for a review, by WhatsApp. They did not tell us they were doing this, but it is our responsibility because they work for us.

**What we did**
- We cancelled the contract with the agency on 3 March.
- We asked the agency for the list of customers they contacted (212) and we reported all those reviews to Amazon.
- We removed the WhatsApp number from all our packaging.

**So it never happens again**
- No agency or freelancer can contact our Amazon customers. The contract says this now.
- We only use Request a Review.

I am crying while I write this. I beg you, give me one more chance, I will never forgive myself if I lose everything.

Fernanda Lima
""", style="bold", rc="What happened", co="What we did", pr="So it never happens again",
  pol=["Customer Product Reviews policy"], emo=["I am writing with my heart broken", "without it I lose my house", "Please, for the love of God, help us", "I am crying while I write this", "I beg you, give me one more chance", "I will never forgive myself if I lose everything"],
  notes="Brazilian seller; complete POA inside a very emotional letter")

M("043", A, "restricted-products", "AE", "other-non-native", "Appeal - restricted products - Al Waha Perfumes", r"""
Dear Amazon.ae Seller Performance,

Our account Al Waha Perfumes was deactivated because of restricted products listing.

Root cause: We listed 14 perfume oils that contain alcohol over 60% and we did not submit the hazmat documents (SDS) for them. We thought perfume oil is not dangerous goods because it is small bottle.

Corrective actions: Please tell us which listings are exactly restricted so that we know what to delete. We are waiting your reply to start.

Preventive measures: From now every new fragrance will have SDS from the factory in Dubai before listing, and our employee Mona will check the dangerous goods rules page every month.

Best regards,
Karim Fawzy
Al Waha Perfumes, Sharjah
""", style="colon", rc="Root cause:", pr="Preventive measures:",
  pol=["restricted products"],
  notes="Egyptian seller on AE; 'Corrective actions:' only asks Amazon what to remove and says nothing is done -> corrective absent (judgment)")

M("044", A, "drop-shipping", "UK", "other-non-native", "Re: Re: Your Amazon.co.uk selling account - drop shipping", r"""
Hello again,

Sorry, I forgot in my first message to write what we did. Here it is. We have stopped all orders from the retailer website, since 20 March every order is packed by us in our warehouse in Manchester with our own packing slip. We refunded 8 customers who got the parcel with the other shop's invoice.

Igor Petrenko
Baltic Home UK Ltd

-------- Original message --------
From: Igor Petrenko
Date: 21 March 2026
Subject: Re: Your Amazon.co.uk selling account - drop shipping

Dear team,

About the Drop Shipping Policy violation. The reason is that when we had no stock of kitchen scales, my colleague ordered them from a big online retailer with delivery directly to our customers. The retailer put their own invoice and name inside the box. We did not think it is a problem because the product is the same and original.

Igor

> From: Amazon.co.uk Seller Performance
> Your account has been deactivated. We found that you are using another retailer to fulfil orders...
""", style="none", rc="The reason is that", co="We have stopped all orders",
  pol=["Drop Shipping Policy"], dec=[("single-apology", "Sorry, I forgot in my first message")],
  notes="Russian-speaking seller; email thread, corrective in the newer reply above the root cause; nothing about prevention -> preventive absent")

M("045", A, "product-safety", "US", "other-non-native", "Product safety appeal - Heizwerk Lamps", r"""
Dear Seller Performance team,

our account Heizwerk Lamps (VAT ID DE318442917) was deactivated because of safety complaints about our heat lamp for reptiles, the lamp holder becomes too hot. We write our plan of action.

1. Cause
The lamp holder is made of plastic rated 120 °C. With the 150 W bulb that we sell in the bundle, it reaches 140 °C after 4 hours. Our supplier tested the holder with 100 W only and we did not test the bundle ourselves.

2. Corrective measures
2.1 All bundle listings with the 150 W bulb will be closed.
2.2 A recall will be organised for the 1,120 buyers, with a free ceramic holder shipped to each.
2.3 Remaining stock will be removed from FBA and returned to our warehouse in Bielefeld.

3. Prevention
3.1 Every bundle must be tested by TÜV as a complete set, not only the single parts.
3.2 Product safety complaints are sent to our quality engineer, Mr. Jonas Becker, who answers within 24 hours.

Mit freundlichen Grüßen,
Sabine Krüger
""", style="numbered", rc="1. Cause", co="2. Corrective measures", done=False, pr="3. Prevention",
  pol=["safety complaints"], dec=[("tax-id", "DE318442917"), ("foreign-snippet", "Mit freundlichen Grüßen")],
  notes="German seller; corrective is passive future ('will be closed', 'will be organised') -> not done; VAT ID decoy")

M("046", A, "related-accounts", "US", "other-non-native", "Which account? - Ionian Crafts", r"""
Dear Sir or Madam,

We received your message that our account Ionian Crafts is deactivated because we have a connection with another seller account. We do not understand. We have only one account, since 2021, and only two people use it: me and my brother Stavros.

Can you please tell us the name of the other account? Maybe it is the account of our old web designer, he had access to our computer in 2023. Or maybe it is because we use the same accountant office as other sellers in Corfu, and they uploaded our tax documents from their computer.

When we know which account it is, we can explain exactly. We have all the documents of our company (registration, tax, bank) and we can send everything.

Thank you very much,
Spyros Kalogeropoulos
Ionian Crafts
""", notes="Greek seller; asks which account is meant, guesses but proposes no plan -> A016; 'a connection with another seller account' describes the issue but names no policy -> T007 positive (judgment)")

M("047", A, "late-shipment", "US", "indian", "Humble request for reinstatement - Late Shipment Rate", r"""
Respected Amazon Team,

With folded hands I request you to please reactivate our account Ganga Brass Works. Our Late Shipment Rate became 6.3% in January.

Reason: In January there was a transporters strike in Moradabad for 9 days, and our couriers could not pick up. Orders were packed but could not be handed over.

Action taken: All 34 delayed orders shipped by 29 January with tracking. Handling time has been increased to 4 days. We have also tied up with a second courier company (Delhivery) so that if one is not available, other can pick up.

Prevention: In case of any strike or holiday, our team will immediately put vacation mode. Daily report of pending orders will be checked by me before 12 noon.

Sir, we are 14 families depending on this business, our karigars will lose their bread if account is not restored. Kindly have pity on us and do the needful, we will be grateful to you lifelong.

Yours faithfully,
Ramesh Gupta
Proprietor, Ganga Brass Works
""", style="colon", rc="Reason:", co="Action taken:", pr="Prevention:",
  pol=["Late Shipment Rate"], emo=["With folded hands I request you", "our karigars will lose their bread if account is not restored", "Kindly have pity on us"],
  notes="Indian seller; complete POA, emotional pleading at start and end")

M("048", A, "ip-patent", "US", "chinese", "Patent infringement appeal - Gaopeng Tools", r"""
Dear Team,

Our account Gaopeng Tools was deactivated because of patent infringement complaint from rights owner on our folding ladder (ASIN B0BX2K7QMP), the patent is US 11,284,593 B2.

ROOT CAUSE
Our factory design the hinge of the ladder by copying a popular ladder sold in US market. We didn't do patent search before production, because we think a ladder is a common product and no patent.

CORRECTIVE ACTIONS
The root cause is the patent search was not done and the factory copied the hinge design. This is our mistake.

PREVENTIVE MEASURES
1. Before develop any new product, we will hire a US patent attorney to do a freedom to operate search.
2. Our product team will attend patent knowledge training twice a year.
3. All factory designs need approval of our legal staff.

Best regards,
Gaopeng Tools
""", style="caps", rc="ROOT CAUSE", pr="PREVENTIVE MEASURES",
  pol=["patent infringement"], dec=[("asin", "B0BX2K7QMP"), ("patent-number", "US 11,284,593 B2")],
  notes="Chinese seller; 'CORRECTIVE ACTIONS' only repeats the root cause, no action on the listing or stock -> corrective absent")

M("049", A, "inauthentic", "US", "native", "Account appeal - POA attached", r"""
Hello,

Attached is our plan of action for the deactivation of Prairie Home Goods (merchant token A3LQ8VZ7K2NP) dated March 4, 2026, together with supplier invoices from Lakeview Distribution for the three ASINs in question (B0C1Q9ZLK4, B0C1QA2MRT and B0C3X8PLN6) and a letter from Lakeview confirming they are an authorized distributor.

The plan covers how the complaints came about, what we have already changed in our sourcing and inspection, and the checks we now run before inventory goes to FBA.

Please let me know if you need anything else.

Best,
Megan Sorensen
Prairie Home Goods
""", att=True, dec=[("merchant-token", "A3LQ8VZ7K2NP"), ("asin", "B0C1Q9ZLK4"), ("asin", "B0C1QA2MRT"), ("asin", "B0C3X8PLN6")],
  notes="native US cover letter with the POA attached (not A016) that never names the policy or complaint type -> T007 positive")

M("050", A, "cancel-rate", "DE", "other-non-native", "Appeal - cancel rate - Karpaty Wool", r"""
Hello,

our account Karpaty Wool (amazon.de) was deactivated because of the cancellation rate.

a) Reason
We checked our orders but we did not find one reason. Maybe there were problems with stock, maybe with the system.

b) Corrective actions
- We will check all our listings and correct the quantity.
- We will contact the customers of cancelled orders.
- We are going to install a stock software connected to Amazon.

c) Preventive actions
- We will check stock every day.
- We will not accept orders if we are not sure we have the product.

Дякую,
Taras Kovalchuk
""", style="lettered", co="b) Corrective actions", done=False, pr="c) Preventive actions",
  pol=["cancellation rate"], dec=[("foreign-snippet", "Дякую")],
  notes="Ukrainian seller; no real cause ('maybe stock, maybe system') -> root cause absent; corrective all future -> not done")

M("051", A, "listing-policy", "IT", "other-non-native", "Appeal - variation policy - Sartoria Bellini", r"""
Buongiorno,

Sartoria Bellini was deactivated on amazon.it for abuse of the Variation policy: we grouped different shirts (different fabric and different model) under one parent ASIN to keep the reviews together.

CAUSE
Our previous consultant told us in 2024 that putting all shirts under one parent is a good strategy for visibility. We did not read the variation rules ourselves and we trusted him. So the parent had 46 children, many of them not the same product in another size or colour.

WHAT IS ALREADY CORRECTED
The parent ASIN was split on 9 March. Now each shirt model has its own parent with only size and colour as variations. We opened a case to separate the reviews that belong to other models. We ended the contract with the consultant.

FUTURE CONTROL
Before we create any variation family, our e-commerce manager checks it against the Variation policy page. Every 3 months we export the variation report and check that each family is one product.

Cordiali saluti,
Giorgio Bellini
""", style="caps", rc="CAUSE", co="WHAT IS ALREADY CORRECTED", pr="FUTURE CONTROL",
  pol=["Variation policy"], dec=[("foreign-snippet", "Buongiorno")],
  notes="Italian seller on IT in English; complete POA, caps headings")

M("052", A, "identity-verification", "US", "other-non-native", "Section 3 of the Business Solutions Agreement - verification appeal", r"""
Dear Seller Performance,

Our account Sinai Crafts was suspended under Section 3 of the Business Solutions Agreement because the information we provided could not be verified.

Root cause: The name on our bank statement is written "Sinai Handicrafts Trading" but in Seller Central we registered "Sinai Crafts", the short name we use for marketing. Also the address on the utility bill is the Arabic address and the Seller Central address was a transliteration with a different street number format.

Actions done: We updated the legal business name in Seller Central to "Sinai Handicrafts Trading" exactly as in the commercial register. We uploaded a new bank statement dated 2 March 2026 and an English-certified translation of the electricity bill with the address written the same way as in Seller Central.

Preventive: Any change to company name, bank or address will be made first in the official documents and then in Seller Central the same day, by the owner only. We keep a copy of the exact spelling of our legal data in a file so nobody writes it differently.

Thank you,
Youssef Mansour
""", style="colon", rc="Root cause:", co="Actions done:", pr="Preventive:",
  pol=["Section 3 of the Business Solutions Agreement"],
  notes="Egyptian seller; identity verification appeal with a full POA (hard negative for A016)")

M("053", A, "seller-code-of-conduct", "US", "chinese", "Appeal - we did not violate Seller Code of Conduct", r"""
Dear Amazon,

Our account Mingda Electronics was deactivated for violation of Seller Code of Conduct. We don't know what we did wrong. We never contact buyer outside Amazon, we never buy review, all our product is from our own factory in Dongguan.

Maybe the problem is our employee log in from a different city when he was on business trip. You can check our account yourself: the email is mingda_ele@163.com and the 2-step verification code that came to my phone just now is 482913, our operator is online and can forward you the new code if this one is expired.

Please reactivate our account soon, we have many stock in FBA and the storage fee is very high.

Thanks
Mingda Electronics
明达电子
""", pol=["Seller Code of Conduct"], sec=[("one-time-code", "482913")], dec=[("foreign-snippet", "明达电子")],
  notes="Chinese seller; no POA (denial) -> A016; gives a 2SV code")

M("054", A, "price-gouging", "IN", "indian", "Appeal for account deactivation under Fair Pricing policy", r"""
Dear Seller Performance Team,

Our account Sai Medico Supplies was deactivated under the Fair Pricing policy for high price on N95 masks (pack of 20) on amazon.in.

**Root Cause**
Our procurement cost increased from Rs 180 to Rs 410 per pack in February due to shortage, and our pricing executive updated the price to Rs 1,499 without checking the competitor prices or the Amazon guideline on reference prices.

Corrective Action:
- Price reduced to Rs 549 on 26 Feb for all 3 mask ASINs.
- Refund of price difference processed for all 61 orders of Feb month.
- Pricing executive was given written warning.

PREVENTIVE MEASURES - Same as above.

Please look into the matter and reinstate at the earliest. Thanks in advance.

Regards,
Anil Kumar
Sai Medico Supplies
""", style="mixed", rc="Root Cause", co="Corrective Action:",
  pol=["Fair Pricing policy"],
  notes="Indian seller; 'PREVENTIVE MEASURES - Same as above.' points back to the corrective items, which prevent nothing in the future -> preventive absent (judgment)")

M("055", A, "odr", "IT", "other-non-native", "Ricorso sospensione account - Tasso di difetti ordine", r"""
Gentile Team Performance Venditore,

il nostro account Oleificio Cantalupi è stato disattivato perché il Tasso di difetti dell'ordine ha superato l'1%. Di seguito il nostro piano d'azione.

Perché è successo
A gennaio abbiamo cambiato imballaggio per le bottiglie d'olio da 1 litro, passando a una scatola più leggera. Molte bottiglie sono arrivate rotte e i clienti hanno lasciato feedback negativi e aperto reclami dalla Garanzia dalla A alla Z.

Cosa abbiamo già fatto
Abbiamo rimborsato tutti i 26 clienti coinvolti. Dal 10 febbraio usiamo di nuovo la scatola doppia con separatori in cartone, e abbiamo ritirato le scatole leggere dal magazzino.

Come evitiamo che si ripeta
Ogni nuovo imballaggio sarà provato con un test di caduta da un metro prima dell'uso. Controlliamo i feedback ogni mattina e rispondiamo entro 12 ore.

Cordiali saluti,
Chiara Cantalupi
""", lang="it", style="plain", rc="Perché è successo", co="Cosa abbiamo già fatto", pr="Come evitiamo che si ripeta",
  pol=["Tasso di difetti dell'ordine"],
  notes="Italian seller writing Italian on amazon.it (normal there); complete POA")

# ---------------------------------------------------------------- listing reinstatements
M("056", L, "ip-trademark", "US", "chinese", "Listing reinstatement - trademark complaint - ASIN B0D5LR2KQT", r"""
Hello Amazon Team,

Our listing ASIN B0D5LR2KQT (silicone baking mat) was removed because of a trademark complaint from the brand "Bakeroo". Please see our appeal.

Root cause:
Our operator wrote "compatible with Bakeroo oven" in the title and search terms, he think it help customers to find the product. He did not know using other brand name in the title is not allowed even we say "compatible".

Preventive actions:
1. All operators will study the Amazon trademark policy and pass a test before they can edit listings.
2. We set a forbidden word list in our ERP system, any brand name of others cannot be saved in title or search terms.
3. Operation manager will review every listing change once a week.

We promise this will not happen again. Please reinstate the listing.

Thank you!
Yinuo Kitchenware
""", style="colon", rc="Root cause:", pr="Preventive actions:",
  pol=["trademark complaint", "trademark policy"], dec=[("asin", "B0D5LR2KQT")],
  notes="Chinese seller; root cause and prevention only, the title was never said to be fixed -> corrective absent")

M("057", L, "restricted-products", "US", "native", "Reinstatement - Pesticides policy - ASIN B0C9TJ4KMV", r"""
Hello,

Our cutting board listing (ASIN B0C9TJ4KMV) was deactivated under the Pesticides and Pesticide Devices policy because the bullet points said the bamboo was "naturally antibacterial."

**Cause.** That phrase came from the manufacturer's spec sheet and we pasted it in without realizing that any antimicrobial claim on a non-registered product counts as a pesticide claim under EPA rules.

**Fixed.** We removed "antibacterial," "germ-resistant" and "kills bacteria" from the title, bullets, description, A+ content and backend search terms of this ASIN and of the two sister ASINs that had the same text (B0C9TJ7NQA, B0C9TK1RZE). The updated versions went live March 11. Our packaging does not carry the claim.

**From now on.** Every listing we write runs through a list of banned claim words (antibacterial, antiviral, sanitizing, mold-proof and so on) before it is submitted, and supplier copy is never pasted in unreviewed.

Thank you,
Priya Natarajan
Oak & Ember Kitchen Co.
""", style="bold", rc="Cause.", co="Fixed.", pr="From now on.",
  pol=["Pesticides and Pesticide Devices policy"], dec=[("asin", "B0C9TJ4KMV"), ("asin", "B0C9TJ7NQA"), ("asin", "B0C9TK1RZE")],
  notes="native US; one-word bold headings; complete")

M("058", L, "product-safety", "UK", "other-non-native", "Listing deactivated - GPSR documents - ASIN B0DK3N7XQF", r"""
Dear Amazon,

our listing ASIN B0DK3N7XQF (LED desk lamp) was deactivated because information under the General Product Safety Regulation is missing.

1 - Root cause
Amazon requested the documents.

2 - Corrective action
We will upload the EU declaration of conformity and the safety instructions in English. We will add the name and address of our UK responsible person to the listing. We will also put the manufacturer label on the packaging of the next production.

3 - Preventive action
For every new product, we prepare the full GPSR document package before creating the listing, and Lena checks it with a checklist.

Best regards,
Matthias Hoffmann
Lichtform GmbH
""", style="numbered", co="2 - Corrective action", done=False, pr="3 - Preventive action",
  pol=["General Product Safety Regulation", "GPSR"], dec=[("asin", "B0DK3N7XQF")],
  notes="German seller; root cause is only 'Amazon requested the documents' -> absent; corrective all future -> not done")

M("059", L, "inauthentic", "US", "other-non-native", "Please reinstate ASIN B0CM8RTV2K", r"""
Hello,

my listing of the espresso tamper (ASIN B0CM8RTV2K) is not active since 8 March. In the account health page there is a red warning for this ASIN. We want to explain what happened and what we did.

Two customers wrote that the tamper they received had a different logo than on the pictures. This is true: in February the brand changed the logo and the new units have the new logo, but our pictures were still the old ones. The buyers thought they got a fake.

We have already changed the main image and the 5 secondary images to the new logo, and we have written to the two buyers with a photo of the brand letter about the new logo. Both said they are happy now.

For the future, when a brand changes its packaging or logo, we update the images before the new stock arrives at FBA. We also attach the brand invoice dated 14 January 2026 (No. 2026-0114-337).

Gracias,
Alejandro Ruiz
Café Útil, Valencia
""", style="none", rc="This is true:", co="We have already changed", pr="For the future,",
  dec=[("asin", "B0CM8RTV2K"), ("invoice-number", "2026-0114-337"), ("foreign-snippet", "Gracias")],
  notes="Spanish seller; complete POA with no headings; the listing problem is described ('red warning', 'thought they got a fake') but no policy or complaint type is named -> T007 positive (judgment)")

M("060", L, "ip-copyright", "US", "other-non-native", "Appeal - copyright complaint on images - ASIN B0D1WQ6ZRM", r"""
Hello,

The listing for our ceramic menorah (ASIN B0D1WQ6ZRM) was removed after a copyright complaint about the lifestyle photos.

ROOT CAUSE
Our designer took two lifestyle photos from a stock photo website with a free trial. The trial licence ended in January, so the use was no longer licensed, and the photographer filed a complaint.

CORRECTIVE ACTIONS
We removed both photos on 4 March and replaced them with photos we took ourselves in our studio in Jerusalem (we can send the raw files). We paid the photographer for the period we used the photos, his confirmation email is attached.

Thank you for the review,
Noa Friedman
Zaytun Judaica
""", style="caps", rc="ROOT CAUSE", co="CORRECTIVE ACTIONS",
  pol=["copyright complaint"], dec=[("asin", "B0D1WQ6ZRM")],
  notes="Israeli seller; no preventive part at all -> preventive absent")

M("061", L, "listing-policy", "UK", "native", "Listing taken down - ASIN B0CZ4HNW8L", r"""
Hi,

Our listing for a children's raincoat (ASIN B0CZ4HNW8L) was taken down on 2 March. Having looked at the listing again, I think I know why and have put it right.

What we think went wrong
When we refreshed the listing in February our freelancer added "best raincoat UK", "cheapest", "free returns" and the names of two competing brands to the backend search terms and the title. The title also grew to 260 characters.

What has been changed
The title is now 140 characters and describes the product only. All competitor names and promotional words are gone from title, bullets and search terms. The image with "SALE -30%" written on it has been replaced.

What we do differently now
Our freelancer now sends every listing change to me before it goes live, and I check it against the style guide for Clothing that Amazon publishes. I do a full review of all 60 listings every quarter.

Many thanks,
Helen Ashworth
Puddle & Co
""", style="plain", rc="What we think went wrong", co="What has been changed", pr="What we do differently now",
  dec=[("asin", "B0CZ4HNW8L")],
  notes="native UK; complete POA; the 'style guide for Clothing' is guidance, not the policy the takedown cites, and no policy or violation is named -> T007 positive (judgment)")

M("062", L, "counterfeit", "US", "turkish", "Counterfeit claim is lie - reinstate ASIN B0CT2W5MHK NOW", r"""
To Amazon,

This is the third time I write to you for the same listing and nobody reads!!! Our hand-made Turkish towel (ASIN B0CT2W5MHK) is removed for counterfeit. HOW can a towel made in our own workshop in Denizli be counterfeit of anybody?

Root cause: A competitor seller registered our design as his brand in Brand Registry and then he made the complaint against us. We made this design since 2019, we have photos and invoices of the weaving.

What we did: We filed a report through the Report a Violation tool about his brand registration, with our design archive. We removed the word "Sultan" from our title because he says this is his brand word.

In the future: We are applying for our own trademark at TÜRKPATENT (application 2026/018834) and then for Brand Registry.

If you do not reinstate this listing this week we will go to court in Turkey and in America, and we will tell every seller in Denizli never to trust Amazon.

Mehmet Kaya
Kaya Dokuma
""", style="inline", rc="Root cause:", co="What we did:", pr="In the future:",
  pol=["counterfeit"], emo=["This is the third time I write to you for the same listing and nobody reads!!!", "HOW can a towel made in our own workshop in Denizli be counterfeit of anybody?", "If you do not reinstate this listing this week we will go to court in Turkey and in America, and we will tell every seller in Denizli never to trust Amazon."],
  dec=[("asin", "B0CT2W5MHK"), ("trademark-number", "2026/018834")],
  notes="Turkish seller; angry, capitals and a threat, with a complete POA inside")

M("063", L, "used-sold-as-new", "US", "other-non-native", "Reinstatement of listing - used sold as new complaints", r"""
Dear Team,

Our listing for the robot vacuum (ASIN B0CJ5KD9WQ) was deactivated because buyers said they received used items sold as new. Plan:

1. All 64 units in FBA were removed on 6 March (removal order ZK4M8TQ2LP) and opened one by one in our warehouse in Lviv.
2. 9 units had dust inside and were repacked returns; these were moved to the Used - Very Good offer with a clear description.
3. Buyers of the 5 complaint orders received full refund and a return label.
4. The other 55 units were sealed again and are ready to send back after reinstatement.

Thank you for your attention,
Vasyl Bondarenko
RoboHome UA
""", style="numbered", co="1. All 64 units in FBA were removed",
  pol=["used items sold as new"], dec=[("asin", "B0CJ5KD9WQ"), ("removal-order-id", "ZK4M8TQ2LP")],
  notes="Ukrainian seller; only corrective steps, no cause and no prevention -> root cause and preventive absent")

M("064", L, "restricted-products", "UK", "other-non-native", "Appeal - CBD cosmetics listing - Restricted products", r"""
Dear Seller Performance Team,

Our listing ASIN B0D8XPQ4LN (hemp face cream) was removed because it is in the Restricted Products category "CBD products".

Root cause: the cream contains hemp seed oil but the label and our title said "CBD-enriched", which is not correct. The word came from the supplier marketing text, the product has 0% CBD (lab report attached).

Corrective actions: we are going to change the title and the bullets to "hemp seed oil" only. We shall also ask the factory to print new labels without "CBD" and we will relabel all units in FBA after the new labels arrive in April.

Preventive measures: all ingredient claims must match the INCI list on the lab report before a listing is created. Our compliance person, Dimitra, approves the text.

Kind regards,
Konstantinos Alexiou
Mastiha Skin
""", style="colon", rc="Root cause:", co="Corrective actions:", done=False, pr="Preventive measures:",
  pol=["Restricted Products"], dec=[("asin", "B0D8XPQ4LN")],
  notes="Greek seller; corrective 'we are going to', 'we shall', 'we will' -> not done")

M("065", L, "price-gouging", "US", "other-non-native", "Listing deactivated for price - ASIN B0C4ZN8RTQ", r"""
Hello team,

Regarding ASIN B0C4ZN8RTQ (portable gas stove) deactivated for pricing. Root cause: the stove price was updated by our automatic repricer to $89 because the other offers disappeared during the hurricane week, normally it is $39. Corrective: we set the price back to $39 on 11 March and we turned off the repricer for all emergency products (stoves, lanterns, water containers, generators). We refunded $50 to each of the 6 buyers who paid the high price.

We hope this is enough to reinstate the listing.

Thank you,
Hany Mostafa
Pharos Trading
""", style="inline", rc="Root cause:", co="Corrective:",
  dec=[("asin", "B0C4ZN8RTQ")],
  notes="Egyptian seller; root cause and done corrective, but nothing about the future (turning the repricer off is a fix of the present, no control is described) -> preventive absent; 'deactivated for pricing' names no policy -> T007 positive (judgment)")

M("066", L, "inauthentic", "CA", "other-non-native", "Réactivation de l'annonce ASIN B0CL9WQ2ZT - plainte pour article non authentique", r"""
Bonjour,

Notre annonce pour le sirop d'érable biologique (ASIN B0CL9WQ2ZT) a été désactivée à la suite d'une plainte pour article non authentique.

Cause : en février, notre producteur à Saint-Hyacinthe a changé de bouteille (verre au lieu de plastique) et une nouvelle étiquette. Deux clients ont cru recevoir une contrefaçon parce que les photos montraient encore l'ancienne bouteille.

Mesures prises : nous avons remplacé toutes les photos le 7 mars, ajouté une mention sur le nouvel emballage dans la description et écrit aux deux clients avec la facture du producteur.

Prévention : chaque changement d'emballage chez le producteur doit nous être annoncé un mois d'avance, et nous mettons l'annonce à jour avant l'arrivée du nouveau stock chez Amazon.

Merci de votre attention,
Geneviève Tremblay
Érablière Tremblay inc.
""", lang="fr", style="colon", rc="Cause :", co="Mesures prises :", pr="Prévention :",
  pol=["plainte pour article non authentique"], dec=[("asin", "B0CL9WQ2ZT")],
  notes="Quebec seller writing French on amazon.ca (English required) -> T001 non-english; complete POA")

M("067", L, "ip-trademark", "US", "latam", "Reativação do anúncio - reclamação de marca", r"""
Olá equipe da Amazon,

Nosso anúncio da garrafa térmica (ASIN B0D3KTW9PX) foi removido por causa de uma reclamação de marca registrada. Eu não falo inglês bem, por isso escrevo em português.

O problema aconteceu porque usamos no título a palavra "ThermoPro", que achamos que era uma palavra comum, mas é uma marca registrada de outra empresa.

Já retiramos a palavra do título, dos tópicos e dos termos de pesquisa no dia 5 de março. Também escrevemos para o dono da marca pedindo desculpas.

Daqui para frente, antes de criar qualquer anúncio, vamos pesquisar todas as palavras do título no site do USPTO.

Obrigada,
Juliana Castro
Casa Paulista Utilidades
""", lang="pt", style="none", rc="O problema aconteceu porque", co="Já retiramos a palavra", pr="Daqui para frente,",
  pol=["reclamação de marca registrada"], dec=[("asin", "B0D3KTW9PX")],
  notes="Brazilian seller writing Portuguese on amazon.com -> T001 non-english; complete POA without headings")

M("068", L, "condition", "US", "indian", "Reinstatement of ASIN B0BZ7QK3LM - condition complaint", r"""
Dear Sir/Madam,

Our ASIN B0BZ7QK3LM (refurbished tablet) is deactivated for condition complaints as per the Condition Guidelines for Renewed products.

1. Root Cause: Human error.

2. Corrective Action: All 38 units in stock have been re-inspected by our technician on 2nd March. 6 units with scratches on screen are moved to "Used - Acceptable" offer. Complaint customers have been refunded.

3. Preventive Action: From now each tablet will be graded by two technicians with photo record, and grading sheet will be kept with serial number.

Kindly reinstate the listing at the earliest.

Regards,
Vikram Joshi
TechRevive India
""", style="numbered", co="2. Corrective Action:", pr="3. Preventive Action:",
  pol=["Condition Guidelines"], dec=[("asin", "B0BZ7QK3LM")],
  notes="Indian seller; root cause given as two words 'Human error.' with no explanation -> root cause absent (judgment)")

M("069", L, "product-safety", "US", "chinese", "Appeal for ASIN B0CV4MXZ8R - safety complaint", r"""
Dear Amazon Team,

Our space heater ASIN B0CV4MXZ8R was removed because of product safety complaints, customer said the power cord becomes hot.

Our POA-1: The root cause
The power cord we used is 18 AWG, it is too thin for 1500W heater. The factory change the cord supplier in November and we did not check the spec.

Our POA-2: Corrective
We will cooperate with Amazon to solve this problem and provide any document Amazon need.

Our POA-3: Prevent
1. Every batch we will check the cord gauge, must be 16 AWG or more.
2. We will do the ETL test again for every change of component.

Thanks for your support!
Warmhome Appliance
""", style="our-poa", rc="Our POA-1: The root cause", pr="Our POA-3: Prevent",
  pol=["product safety complaints"], dec=[("asin", "B0CV4MXZ8R")],
  notes="Chinese seller; 'Our POA-2: Corrective' only promises to cooperate, no action for the sold or stored heaters -> corrective absent (judgment)")

M("070", L, "listing-policy", "IN", "indian", "Kindly reinstate our best seller ASIN B0CPW2M7KT", r"""
Dear Team,

Greetings of the day!

This is to inform you that our ASIN B0CPW2M7KT (cotton kurta set, women) has been suppressed from 28th Feb and it is showing as inactive in Manage Inventory. This is our best selling product and we are getting daily queries from customers regarding availability.

We have checked the listing from our end and everything is fine. Images are as per requirement with white background, title is as per the format. We have done no changes in last 3 months.

Kindly check the same and reinstate the ASIN at the earliest. Please revert back with the reason if any changes are required from our side.

Thanks & Regards,
Megha Kapoor
Rangrez Ethnic Wear
Seller ID: A1Z7KQ3VPL8M
""", dec=[("asin", "B0CPW2M7KT"), ("merchant-token", "A1Z7KQ3VPL8M")],
  notes="Indian seller; listing reinstatement request with no POA and no policy named -> T007 positive (A016 does not apply to listings)")

M("071", L, "review-manipulation", "US", "other-non-native", "Listing reinstatement - review abuse - ASIN B0D6QZ2WRN", r"""
Dear Amazon,

The listing of our magnetic phone holder (ASIN B0D6QZ2WRN) was deactivated under the Anti-manipulation Policy for Customer Reviews, because reviews were merged from an unrelated product.

(a) How this happened
Last year we converted an old listing of a car charger into the phone holder listing, changing title and images but keeping the same ASIN, so the 430 reviews of the charger stayed on the holder. We wrongly believed that reusing our own ASIN is allowed.

(b) What we have done
We closed ASIN B0D6QZ2WRN and created the phone holder as a new ASIN; the charger reviews stay with the charger. We opened a case asking Amazon to detach the wrong reviews. We checked all 28 of our listings: no other listing was reused.

(c) What we do now
A new product always gets a new ASIN. Our listing manager, Sergei, signs a monthly report that no ASIN changed its product.

Thank you,
Elena Morozova
AutoGrip Store
""", style="lettered", rc="(a) How this happened", co="(b) What we have done", pr="(c) What we do now",
  pol=["Anti-manipulation Policy for Customer Reviews"], dec=[("asin", "B0D6QZ2WRN")],
  notes="Russian-speaking seller; complete POA; present-tense prevention")

M("072", L, "ip-patent", "US", "native", "Request to reinstate ASIN B0CR8TN4VD - no patent infringement", r"""
Hello,

Our garden hose nozzle (ASIN B0CR8TN4VD) was removed following a patent infringement complaint citing US Patent 10,874,216. We respectfully disagree that our product infringes.

Claim 1 of that patent requires "a rotating dial having at least seven spray patterns arranged radially." Our nozzle has a sliding selector with four patterns; there is no rotating dial. Our patent attorney, Mark Ellison of Ellison & Roe LLP, reviewed the claims and our product and prepared the attached non-infringement opinion letter dated March 6, 2026. We have also attached photos of the product and the selector mechanism.

We have written to the complainant's counsel asking them to withdraw, and we would ask Amazon to reinstate the listing or, if the complaint stands, to consider the Amazon Patent Evaluation Express process.

Thank you,
Cynthia Park
GreenSpray Tools LLC
(614) 555-0142
""", pol=["patent infringement"], dec=[("patent-number", "US Patent 10,874,216"), ("phone", "(614) 555-0142"), ("asin", "B0CR8TN4VD")],
  notes="native US; a non-infringement argument, no POA; listing kind so A016 does not apply; 'respectfully disagree' is calm")

M("073", L, "restricted-products", "UK", "other-non-native", "Reinstatement - knife listing - age restriction", r"""
Good morning,

our kitchen knife set (ASIN B0CY6PRZ3W) was removed because it was not set as an age-restricted product, under the Offensive Weapons Act rules for the UK marketplace.

The error came from our listing template: we copied the set from our amazon.it listing, where the age verification attribute does not exist, and so the field "is_age_restricted" was empty on amazon.co.uk.

To avoid this for the future, every product with a blade that we list on the UK will be created from a UK template with the age restriction filled, and our colleague Federica checks the attribute before publishing.

Grazie e buona giornata,
Alessandra Conti
Coltelleria Conti
""", style="none", rc="The error came from our listing template", pr="To avoid this for the future,",
  pol=["Offensive Weapons Act"], dec=[("asin", "B0CY6PRZ3W")],
  notes="Italian seller; cause and prevention, but the attribute on this listing is never said to be corrected -> corrective absent")

# ---------------------------------------------------------------- account appeals, chunk 4
M("074", A, "late-shipment", "US", "native", "Re: Late Shipment Rate deactivation", r"""
Hi,

We got the notice about our Late Shipment Rate. We've looked into it and fixed everything on our end, so everything should be good to go now. We've been selling on Amazon since 2019 with great metrics and this was a one-off.

Could you please reinstate Lakeshore Lures at your earliest convenience? Peak season for fishing tackle starts in April and we'd hate to miss it.

Thanks so much,
Brian Kowalski
Lakeshore Lures
""", pol=["Late Shipment Rate"], dec=[("mild-plea", "we'd hate to miss it")],
  notes="native US; 'fixed everything on our end' with no cause or action named is not a POA -> A016 (judgment)")

M("075", A, "related-accounts", "US", "chinese", "About account deactivation - BSA multiple account", r"""
Dear Seller Performance,

We received the email that our account Fengchi Trading is deactivated, reason is our account is related to another account, violate the BSA rule of multiple selling accounts.

We want to write the Plan of Action but we really don't know which account is related. We have only one company and only one account. Our office is in a business building in Shenzhen Bao'an, there are many e-commerce companies in the same building and we use the building wifi. Maybe this is the reason?

Could you please tell us the name of the related account, and what documents we need to provide? Then we will write the POA immediately.

Looking forward to your reply.
Fengchi Trading
丰驰贸易有限公司
""", pol=["BSA rule of multiple selling accounts"], dec=[("foreign-snippet", "丰驰贸易有限公司")],
  notes="Chinese seller; asks which account before writing a POA; the wifi guess is not a plan -> A016")

M("076", A, "inauthentic", "US", "latam", "Ayuda por favor - my account", r"""
Hello Amazon,

Por favor, ayúdenme. I am Luis Fernando Paredes from Bogotá, my store Café Sierra Nevada is closed since last week. I don't understand what is the problem, the email say something about customers complaints and documents.

We sell only our own coffee from our family farm, three generations. We have the export license and the FDA registration. How can our own coffee be a problem?

I have 2.000 bags of coffee in the Amazon warehouse and if they stay there I lose everything, my father's farm, everything. Please, I beg you with all my heart, tell me what I need to do. I will do anything.

Dios los bendiga,
Luis Fernando Paredes
""", emo=["Por favor, ayúdenme.", "I lose everything, my father's farm, everything", "Please, I beg you with all my heart", "I will do anything."],
  dec=[("foreign-snippet", "Dios los bendiga")],
  notes="Colombian seller; desperate plea, no POA, 'customers complaints and documents' names no policy -> A016, T007, T002")

M("077", A, "condition", "UK", "native", "Plan of Action - condition complaints - Karoo Outdoor Gear", r"""
Good day,

I'm writing on behalf of Karoo Outdoor Gear (Cape Town), deactivated on amazon.co.uk for buyer complaints under the Condition Guidelines on our used camping equipment.

## Root cause
We list used tents and sleeping bags that come back from our hire business in South Africa. Our grading was done by the hire staff, who judge "good" by whether the item still works for a weekend trip, not by the standard a buyer expects from "Used - Very Good". Small tears, stains and missing pegs were not mentioned in the listings.

## Preventive measures
- All grading is now done by one trained person in our Cape Town store using Amazon's condition definitions, with photos stored per unit.
- Anything with a repair, stain or missing part is listed as "Used - Acceptable" with the defect spelt out.
- Every month we read all returns and complaints for condition and adjust our grading notes.

Thank you for your consideration. Lekker day further.

Pieter van der Merwe
Karoo Outdoor Gear
""", style="markdown", rc="Root cause", pr="Preventive measures",
  pol=["Condition Guidelines"], dec=[("foreign-snippet", "Lekker day further")],
  notes="native South African seller; nothing said about the units already listed or the buyers -> corrective absent; the preventive items are written in the present ('is now done') but are controls for the future")

M("078", A, "ip-trademark", "UK", "native", "Appeal - trademark infringement - Fynbos & Co", r"""
Dear Seller Performance team,

Fynbos & Co's account was deactivated following trademark infringement complaints (complaint IDs 2031557864 and 2031557891) relating to our use of "Rooibos Gold" on six tea listings. "Rooibos Gold" is a registered trade mark of another company (UK00003614402). We used it as a descriptive term for our premium grade without checking the register.

Actions, with status:

Action                                            | Status    | Date
Remove "Rooibos Gold" from titles/bullets/keywords | Completed | 03 Mar 2026
Relabel 1,050 FBA units with new packaging          | Completed | 14 Mar 2026
Apology and retraction request to the rights owner  | Completed | 04 Mar 2026
Retraction received from rights owner               | Completed | 18 Mar 2026

Controls now in place: every product name or descriptive phrase is searched on the UK IPO and EUIPO registers before use, and the search result is saved with the SKU. New packaging artwork is signed off by our director only after that search.

Kind regards,
Thandi Nkosi
Director, Fynbos & Co (Pty) Ltd
""", style="none", rc="We used it as a descriptive term", co="Actions, with status:", pr="Controls now in place:",
  pol=["trademark infringement"], dec=[("complaint-id", "2031557864"), ("complaint-id", "2031557891"), ("trademark-number", "UK00003614402")],
  notes="native South African seller on UK; corrective is a text table with 'Completed' status (no verbs) -> done; root cause is one sentence inside the intro paragraph")

M("079", A, "counterfeit", "US", "chinese", "Sincerely apologize - counterfeit complaint - Haoyue", r"""
Dear Amazon Seller Performance Team,

We are deeply sorry, we are extremely sorry, we sincerely apologize again and again for the trouble we caused to Amazon and the customers. We feel very guilty and we know we are wrong, we deserve the punishment. Please accept our most sincere apology.

1. Root cause: We bought the earphone cases from a 1688 supplier, the logo on the case is very similar to a famous brand logo, and the rights owner complained counterfeit.

2. Corrective actions: We have deleted all 3 listings and removed 1,300 units from FBA for disposal. We have stopped cooperation with the supplier.

3. Preventive actions: All new products will be checked by our IP staff for logos and trademarks, and only buy from suppliers who can provide brand authorization.

Once again we are terribly sorry, sorry, sorry. We beg Amazon to forgive us this one time.

Haoyue Digital
""", style="numbered", rc="1. Root cause:", co="2. Corrective actions:", pr="3. Preventive actions:",
  pol=["counterfeit"], emo=["We are deeply sorry, we are extremely sorry, we sincerely apologize again and again", "We feel very guilty and we know we are wrong, we deserve the punishment", "Once again we are terribly sorry, sorry, sorry", "We beg Amazon to forgive us this one time"],
  notes="Chinese seller; complete short POA buried in excessive apology")

M("080", A, "related-accounts", "CA", "native", "Appeal - related account deactivation - Maple Ridge Apparel", r"""
Hello,

I was disappointed to learn that Maple Ridge Apparel was deactivated as a related account to "North Shore Basics," but having looked into it, I understand how the link arose.

What caused the link: North Shore Basics belongs to my former business partner, Chris Doyle. Until we split the business in 2024, we shared one office, one laptop and one credit card. After the split, I kept using that same laptop and the card was never cancelled; it is still attached as a backup payment method to both accounts.

What I have done: I cancelled the shared card on March 3 and replaced it with a card in Maple Ridge's name only. The old laptop has been wiped and retired. I removed Chris's email as a secondary contact on my account; he confirmed in writing (attached) that he has no access.

What I will keep doing: Maple Ridge's Seller Central is only used from our company devices, on our office network, by me and one employee. No shared cards, banks or devices with any other business. This is a devastating time of year to be closed, but I would rather get it right.

Regards,
Aaron Pelletier
Maple Ridge Apparel, Moncton NB
""", style="inline", rc="What caused the link:", co="What I have done:", pr="What I will keep doing:",
  pol=["related account"], dec=[("mild-word", "I was disappointed to learn"), ("mild-word", "This is a devastating time of year to be closed")],
  notes="native Canadian; calm letter with 'disappointed' and 'devastating' -> not emotional (judgment)")

M("081", A, "odr", "US", "other-non-native", "Appeal ODR - Olympus Nutrition", r"""
Hello Seller Performance,

1. Root cause: our whey protein tubs arrived with broken seals because the FBA prep we used (bubble wrap only) was not enough for 2 kg tubs in summer heat, 17 customers opened negative feedback and A-to-z claims, ODR 1.4%.

2. Corrective: we have reordered new tubs with induction seal and a screw cap with tamper band; first 500 units arrive in FBA next week. We have refunded the 17 orders.

3. Preventive: we will check feedback daily.

Efcharistó,
Giorgos Vlachos
""", style="numbered", rc="1. Root cause:", co="2. Corrective:", pr="3. Preventive:",
  pol=["ODR"], dec=[("foreign-snippet", "Efcharistó")],
  notes="Greek seller; very short POA; 'we have reordered' and 'we have refunded' -> done even though the new stock arrives next week; a one-line preventive is weak but real -> present (hard negative)")

# ---------------------------------------------------------------- FBA reimbursement
M("082", F, "", "US", "chinese", "Shipment FBA18Q4KZ7LM received less units - please investigate", r"""
Hello Seller Support,

Our inbound shipment FBA18Q4KZ7LM (ship to ONT8) shows status Closed, but only 1,640 units received of 2,000 units we sent. 360 units of FNSKU X004KQ7ZP1 (bamboo drawer organizer) are missing.

The shipment was 40 cartons, 50 units per carton, delivered by UPS on 9 February. All 40 cartons have the proof of delivery, tracking number of first carton is 1Z9X47A80398215561 and the POD signed by "ONT8 RECEIVING" is attached. The box content was submitted by 2D barcode, and the packing list from our factory is attached also.

The missing units are about 7 cartons. Please kindly investigate this shipment and reimburse for the lost units, or find the units in the warehouse.

Thank you very much!
Best regards,
Wenjing Zhao
Greenleaf Living Store
""", topic="lost-inbound", dec=[("shipment-id", "FBA18Q4KZ7LM"), ("fnsku", "X004KQ7ZP1"), ("tracking-number", "1Z9X47A80398215561")],
  notes="Chinese seller; standard lost-inbound claim with IDs")

M("083", F, "", "UK", "other-non-native", "Damaged inbound pallet - reimbursement request", r"""
Hello,

our LTL shipment FBA15KZ2QW9R to LBA4 arrived with 2 of 6 pallets damaged. The carrier's delivery note (PRO number 331289145) has the remark "pallet crushed, film torn" written by your receiving team. In Seller Central, 212 units of our glass olive oil bottles (FNSKU X003MZ8QLA) are now marked as damaged at the inbound.

Unfortunately this is the second time with the same carrier, so we have already changed to another carrier for the next shipments. For this shipment we ask reimbursement of the 212 units at our sale price of £14.90, less fees, as described in the FBA inbound policy.

Attached: the delivery note with the remark, the pallet photos taken before pickup in Verona, the commercial invoice.

Grazie,
Francesca Moretti
Frantoio Moretti
""", topic="damaged-inbound", pol=["FBA inbound policy"], dec=[("shipment-id", "FBA15KZ2QW9R"), ("pro-number", "331289145"), ("fnsku", "X003MZ8QLA"), ("mild-word", "Unfortunately")],
  notes="Italian seller; 9-digit PRO number fails the ABA check (not a routing number)")

M("084", F, "", "US", "native", "Reimbursement for unit lost in warehouse - order 113-9722003-3224538", r"""
Hi,

A customer return for order 113-9722003-3224538 was marked as received at FTW1 on February 18 (LPN LPNRR734019288), but the unit never came back into our sellable or unfulfillable inventory. It has been 45 days and the inventory adjustment report shows no reimbursement.

SKU: TRL-BOOT-11W, FNSKU X002LQ9K7P, sale price $129.00.

Could you trace the LPN and either return the unit to inventory or reimburse us? Thanks for your help.

Jenna Morales
Trailside Footwear
""", topic="warehouse-lost", dec=[("order-id", "113-9722003-3224538"), ("lpn", "LPNRR734019288"), ("sku", "TRL-BOOT-11W"), ("fnsku", "X002LQ9K7P")],
  notes="native US; the order ID passes the Luhn check once the dashes are removed (hard T006 negative)")

M("085", F, "", "DE", "other-non-native", "Warehouse damaged units - no reimbursement since 6 weeks", r"""
Hello,

in our inventory adjustments report, 18 units of our coffee machine descaler (FNSKU X004ZT3NQW) were marked "E - damaged at Amazon fulfillment center" in the warehouse DTM2 on 3 February. Until today we did not receive any reimbursement, and the 30 days are long over.

It is frustrating because we opened already two cases (case IDs 17384920561 and 17391177032) and both were closed with a copy-paste text without solution. We only want a clear answer: will these 18 units be reimbursed, yes or no, and when?

Price per unit: 12,99 EUR.

Viele Grüße,
Lukas Schmitt
Kalkfrei Haushaltswaren
""", topic="warehouse-damaged", dec=[("fnsku", "X004ZT3NQW"), ("case-id", "17384920561"), ("case-id", "17391177032"), ("mild-word", "It is frustrating"), ("foreign-snippet", "Viele Grüße")],
  notes="German seller; direct and annoyed but factual -> not emotional (judgment)")

M("086", F, "", "US", "other-non-native", "Removal order lost - please reimburse to my bank", r"""
Hello,

our removal order R7K2LMQ9ZT (disposal cancelled, return to address) was shipped from PHX7 on 28 January with 44 units of silicone baby spoons, but only 20 units arrived to our prep center in New Jersey. Carrier tracking shows "delivered", 1 box of 2.

Please reimburse the 24 missing units. Because our Amazon balance is negative after storage fees, please send the money directly to our company bank account:

Beneficiary: Sonechko Kids LLC
IBAN: UA568448974854366722322513244
Bank: PrivatBank, SWIFT PBANUA2X

Thank you,
Iryna Shevchenko
""", topic="removal", sec=[("iban", "UA568448974854366722322513244")], dec=[("removal-order-id", "R7K2LMQ9ZT"), ("swift-code", "PBANUA2X")],
  notes="Ukrainian seller; puts the full IBAN in the case; the SWIFT code alone is not a secret")

M("087", F, "", "IN", "indian", "Customer returned empty box - reimbursement rejected AGAIN", r"""
Dear Team,

This is regarding order 171-6648210-3359024. Customer has returned an empty box of our Bluetooth speaker and FC Bangalore (BLR8) accepted it as sellable, now it is shown as customer damaged and reimbursement is rejected.

This is total injustice with small sellers. Every time Amazon takes customer side and sellers are looted. I have lost more than Rs 80,000 this year due to such fraud returns and nobody from Amazon is bothered. If this is not reimbursed within 48 hours I will file a case in consumer court and post the whole thing on LinkedIn and Twitter with your case IDs.

Kindly check CCTV and weight of returned package and reimburse Rs 3,499 for the unit.

Rajiv Menon
SoundCraft Electronics
""", topic="customer-return", emo=["This is total injustice with small sellers", "Every time Amazon takes customer side and sellers are looted", "If this is not reimbursed within 48 hours I will file a case in consumer court and post the whole thing on LinkedIn and Twitter with your case IDs."],
  dec=[("order-id", "171-6648210-3359024")],
  notes="Indian seller; angry accusation and threats in a reimbursement case")

M("088", F, "", "ES", "other-non-native", "Unidades perdidas en envío FBA15RT8ZQ4M", r"""
Hola,

el envío FBA15RT8ZQ4M a MAD4 fue entregado por SEUR el 12 de febrero con 24 cajas, según el justificante de entrega firmado. En Seller Central solo aparecen 20 cajas recibidas: faltan 96 unidades del producto con FNSKU X004PL2KZQ (aceite de oliva virgen extra, 500 ml).

Adjuntamos el albarán de entrega firmado, la factura de compra y la lista de contenido de cada caja. Les pedimos que revisen el envío y que nos reembolsen las unidades que faltan, o que las localicen en el almacén.

Muchas gracias,
Rocío Navarro
Olivares del Sur S.L.
""", lang="es", topic="lost-inbound", dec=[("shipment-id", "FBA15RT8ZQ4M"), ("fnsku", "X004PL2KZQ")],
  notes="Spanish seller writing Spanish on amazon.es, where Spanish is normal (T001 positive only if the rule ignores the marketplace)")

M("089", F, "", "UK", "turkish", "Customer return not received - refund given", r"""
Hello,

For order 202-4471938-5520736, the customer was refunded on 14 February but the return was never delivered to us (merchant fulfilled, prepaid label). The Royal Mail tracking ZT 4418 2261 9GB shows it still in "Item in transit" since 3 February.

Amazon wants from me a verification code for the return label, but there is no field where I can enter it and the customer did not send anything. Please tell us how we can file the SAFE-T claim for this order.

Item: hand painted İznik ceramic plate, price £64.

Teşekkürler,
Elif Arslan
""", topic="customer-return", pol=["SAFE-T claim"], dec=[("order-id", "202-4471938-5520736"), ("tracking-number", "ZT 4418 2261 9GB"), ("verification-code-word", "verification code"), ("foreign-snippet", "Teşekkürler")],
  notes="Turkish seller; 'verification code' mentioned with no value; SAFE-T named (not an appeal)")

M("090", F, "", "US", "other-non-native", "Warehouse lost 30 units - reimbursement by bank transfer", r"""
Hi,

our inventory ledger shows that 30 units of our Dead Sea mud mask (FNSKU X003QW7ZRN) were "Lost" at LGB8 on 21 January and "Found" was never recorded. The automatic reimbursement paid only 12 units (reimbursement ID 3390172846).

Please pay the remaining 18 units. Our disbursement is on hold because of a deposit method check, so you can transfer to our US account:

Bank of America, routing 026009593, account 4471 0395 2286
Name: Yam Hamelach Cosmetics Inc.

Toda raba,
Shira Katz
""", topic="warehouse-lost", sec=[("routing-number", "026009593"), ("bank-account", "4471 0395 2286")], dec=[("fnsku", "X003QW7ZRN"), ("reimbursement-id", "3390172846")],
  notes="Israeli seller; routing and account number in the text; the reimbursement ID is 10 digits but not a secret")

M("091", F, "", "US", "latam", "Damaged inbound - carton crushed by carrier partner", r"""
Hello team,

Our shipment FBA17ML3KZ8T (Amazon Partnered Carrier, UPS) was received at MDW2 with 3 cartons damaged, 48 units of ceramic coffee mugs marked as damaged. Because the carrier is Amazon partnered, we understand the reimbursement is Amazon responsibility.

Tracking of the damaged cartons: 1Z7W3A960394472815, 1Z7W3A960394472824, 1Z7W3A960394472833.

Until now we received reimbursement for 16 units only. The other 32 are still not paid. Photos of the packing (double wall cartons, bubble wrap for each mug) are attached.

Obrigado pela ajuda,
Camila Rocha
Caneca Brasil
""", topic="damaged-inbound", dec=[("shipment-id", "FBA17ML3KZ8T"), ("tracking-number", "1Z7W3A960394472815"), ("tracking-number", "1Z7W3A960394472824"), ("tracking-number", "1Z7W3A960394472833")],
  notes="Brazilian seller; three tracking numbers")

M("092", F, "", "CA", "native", "Removal order shows complete but nothing arrived", r"""
Hello,

Removal order 5QZ8TLKW2M was marked Completed on February 26 with 62 units shipped to our address in Kelowna, but nothing has arrived. The Canada Post tracking number on the removal shipment detail report (7023 8821 4406 5519) comes up as "not found" on their website.

Can someone look into whether this removal actually left YVR3? If the units are lost, please reimburse them under the usual removal order process. I can send a photo of our receiving log if it helps.

Thanks,
Sarah MacLeod
Okanagan Candle Works
""", topic="removal", dec=[("removal-order-id", "5QZ8TLKW2M"), ("tracking-number", "7023 8821 4406 5519")],
  notes="native CA; 16-digit tracking number that a careless reader might take for a card number")

# ---------------------------------------------------------------- technical issues
M("093", T, "", "US", "native", "Locked out - 2SV not working", r"""
Hi there,

I have been locked out of Seller Central since Monday. I sign in with my email and then it asks for the two-step verification code, which goes to my old cell phone that I no longer have. I tried "didn't receive the code" and it sends it to the same number.

To save time, my login is mike@woodgrainworks.com and my password is Cedar!Shop2026, and the backup code I wrote down when I set up 2SV is 715204, though it says it's invalid. Please just reset the phone number to (406) 555-0133.

Thanks,
Mike Duffy
Woodgrain Works
""", topic="login", sec=[("password", "Cedar!Shop2026"), ("one-time-code", "715204")], dec=[("phone", "(406) 555-0133")],
  notes="native US; gives password and a backup code in the case")

M("094", T, "", "DE", "other-non-native", "Deposit method cannot be verified", r"""
Hello,

we changed our bank last month and since then our deposit method shows "verification failed". The new account is at Commerzbank. Please check that you have the correct data, here it is:

Kontoinhaber: Alpenglas Manufaktur GmbH
IBAN: DE65850593091189729936
BIC: COBADEFFXXX

We uploaded the bank statement two times (PDF, with company name, IBAN and bank logo visible). We have a disbursement of 8,400 EUR on hold. What is wrong with the document?

Freundliche Grüße
Markus Haller
""", topic="deposit-method", sec=[("iban", "DE65850593091189729936")], dec=[("swift-code", "COBADEFFXXX"), ("foreign-snippet", "Kontoinhaber")],
  notes="German seller; full IBAN in text; BIC is not a secret")

M("095", T, "", "AE", "other-non-native", "Charge method declined - please update card", r"""
Dear Seller Support,

Our subscription fee is not paid because the card is declined, and now we cannot list. We got a new card from the bank, but the page "Charge Methods" gives error every time we click save. Please update the card yourself:

Card number: 4574 2735 6738 2040
Expiry: 11/29
CVV: 318
Name on card: Tarek Nabil

Our old card ended in 4242 and was expired. Please confirm when it is updated.

Best regards,
Tarek Nabil
Nabil Spices Trading LLC, Dubai
""", topic="payment-method", sec=[("card", "4574 2735 6738 2040"), ("card-expiry", "11/29"), ("card-code", "318")], dec=[("card-last-four", "4242")],
  notes="Egyptian seller on AE; full card, expiry and CVV; the old card's last four digits are not a secret")

M("096", T, "", "US", "other-non-native", "Не могу войти в аккаунт продавца", r"""
Здравствуйте,

уже третий день я не могу войти в Seller Central. После ввода пароля страница просто обновляется и снова просит email. Я пробовал три разных браузера, очищал кэш и cookies, отключал VPN — ничего не помогает. Сброс пароля я тоже сделал, письмо пришло, новый пароль сохранился, но результат тот же.

Мой магазин называется Baikal Tea House, email аккаунта baikal.tea.house@gmail.com. Заказы продолжают приходить, и я боюсь, что не смогу их вовремя отправить.

Пожалуйста, помогите восстановить доступ или скажите, что ещё можно попробовать.

С уважением,
Андрей Кузнецов
""", lang="ru", topic="login", dec=[("password-word", "пароля")],
  notes="Russian-speaking seller writing Russian on amazon.com -> T001 non-english; the word for password appears with no value")

M("097", T, "", "UK", "chinese", "Flat file upload error 8541 - cannot create listings", r"""
Hi Seller Support,

We are trying to upload a flat file (Kitchen_UK_2026-03-10.xlsm) to create 35 new SKUs, but the processing report shows error 8541 for all rows, and the feed submission ID is 7234504323534951. The error says the data we provide conflicts with the Amazon catalog, but these are new products with our own brand and our own EAN codes from GS1.

We checked: the brand name is same as our Brand Registry, the EAN codes are not used by other products (we searched). Please help check why 8541 happen, and how to fix.

我们的品牌是 Lixiang Home，谢谢！

Best regards
Lixiang Home operation team
""", topic="listing-upload", dec=[("file-name", "Kitchen_UK_2026-03-10.xlsm"), ("error-code", "8541"), ("feed-id", "7234504323534951"), ("foreign-snippet", "我们的品牌是 Lixiang Home，谢谢！")],
  notes="Chinese seller; a 16-digit feed ID that fails the Luhn check; one Chinese line inside English")

M("098", T, "", "IN", "indian", "OTP not received for login - urgent", r"""
Dear Team,

Since yesterday evening I am not receiving the OTP on my registered mobile number for login to Seller Central. I have tried 10 times, "resend OTP" also not working. Other SMS are coming fine on the same number. My DND is off.

Kindly check from your end and do the needful. We have 45 orders pending for dispatch today and easy ship pickup is at 4 pm.

Account: Shubh Laxmi Sarees
Registered mobile: +91 98765 55021

Please revert urgently.

Thanks,
Deepak Bansal
""", topic="login", dec=[("otp-word", "OTP"), ("phone", "+91 98765 55021")],
  notes="Indian seller; 'OTP' mentioned with no code")

M("099", T, "", "AE", "other-non-native", "مشكلة في صفحة إدارة المخزون", r"""
مرحباً فريق دعم البائعين،

منذ يوم الأحد لا تفتح صفحة إدارة المخزون في حسابنا، وتظهر رسالة "حدث خطأ ما، يرجى المحاولة لاحقاً". جربنا متصفح كروم وفايرفوكس، ومسحنا ذاكرة التخزين المؤقت، وجربنا من جهاز آخر ومن شبكة أخرى، والمشكلة نفسها.

لدينا أكثر من ٣٠٠ منتج ونحتاج إلى تحديث الأسعار والكميات قبل رمضان. هل يمكنكم فحص المشكلة من جهتكم وإخبارنا بالحل؟

اسم المتجر: بيت العود للعطور
شكراً لكم،
سارة عبد الله
""", lang="ar", topic="page-error",
  notes="Arabic-speaking seller writing Arabic on amazon.ae (English required by the set's rules) -> T001 non-english")

M("100", T, "", "US", "other-non-native", "Tax interview - W-8BEN-E rejected", r"""
Hello,

I completed the tax interview for our company Thalassa Sponges IKE three times, and each time the W-8BEN-E is "invalid". We are a Greek company, no US presence. In the field "Foreign TIN" I enter our Greek tax number (ΑΦΜ) 094512378 and the country Greece. The interview then says the TIN format is wrong.

Should I write it with the "EL" prefix as in our VAT number, or without? Our accountant says the AFM has 9 digits and this is correct. Please advise, because our disbursements are stopped until the tax information is valid.

Thank you,
Dimitris Georgiou
Kalymnos, Greece
""", topic="tax-interview", dec=[("tax-id", "094512378"), ("foreign-snippet", "ΑΦΜ")],
  notes="Greek seller; 9-digit tax number that fails the ABA check")

M("101", T, "", "UK", "other-non-native", "Cannot add UK bank account as deposit method", r"""
Dear Support,

We opened a UK business account at Barclays for our company Dnipro Crafts Ltd, but Seller Central refuses it with "The bank account could not be verified". Details I entered:

Account holder: Dnipro Crafts Ltd
Sort code: 20-45-77
Account number: 41926837

The bank statement I uploaded is the first statement from March 2026. Is it a problem that the account is new? We sell only on amazon.co.uk and we really need GBP deposits.

Kind regards,
Olena Tkachenko
""", topic="deposit-method", sec=[("bank-account", "41926837")],
  notes="Ukrainian seller; UK account number and sort code in full; the account number is the secret (the sort code is a public bank branch code and has no ABA check, so it is not labeled; judgment)")

M("102", T, "", "US", "other-non-native", "SP-API app - authorization fails with invalid_client", r"""
Hi,

We are developers of a small inventory tool for our own store (Negev Outdoor). Our private SP-API application (app ID amzn1.sp.solution.7c3e19a4-2b5d-4f80-9a61-0de4b7c2f318) worked until 1 March. Since then every token refresh returns "invalid_client".

We checked: the LWA client secret was rotated automatically, as in the email you sent, and we saved the new client secret in our configuration. The refresh token is the one from self-authorization. The IAM role ARN did not change.

Is there anything else that changed on 1 March for private applications? Logs with request IDs can be sent if you need them.

Thanks,
Amit Shalev
""", topic="api", dec=[("app-id", "amzn1.sp.solution.7c3e19a4-2b5d-4f80-9a61-0de4b7c2f318"), ("password-word", "client secret")],
  notes="Israeli seller; API credentials mentioned by name only, no values; app ID is not a secret")

M("103", T, "", "US", "chinese", "Credit card cannot be added - 信用卡无法添加", r"""
Hello,

Our company credit card cannot be added in Seller Central, always show "Your card could not be verified". Card is UnionPay. My colleague wrote the card information below in Chinese, please help to add it for us:

卡号：6857 7497 2095 6237，有效期：2029年6月，持卡人：LIU YANG

We tried also a Visa card, same problem. Is UnionPay supported for the charge method? If not, which card we should use?

Thank you!
Liu Yang
Yuelan Garden Tools
""", topic="payment-method", sec=[("card", "6857 7497 2095 6237"), ("card-expiry", "2029年6月")],
  notes="Chinese seller; card number and expiry inside a Chinese line within an English message")

M("104", T, "", "US", "native", "FIFTH TIME asking - account health page blank", r"""
Seller Support,

This is the FIFTH case I have opened about the same thing and I am done being polite. My Account Health page has been blank for two weeks. Every case gets closed with "clear your cache." I HAVE CLEARED MY CACHE. I have used four browsers on three computers.

Are you people even reading these? Do you have any idea what it's like to run a business blind because your own dashboard doesn't load? This is pathetic. If somebody with an actual brain doesn't call me within 24 hours, I'm going straight to my congressman and the Better Business Bureau.

Case IDs: 17402211983, 17405518720, 17409934412, 17413302071.

Dave Hendricks
Hendricks Hardware Supply
""", topic="page-error", emo=["I am done being polite", "I HAVE CLEARED MY CACHE.", "Are you people even reading these?", "This is pathetic.", "If somebody with an actual brain doesn't call me within 24 hours, I'm going straight to my congressman and the Better Business Bureau."],
  dec=[("case-id", "17402211983"), ("case-id", "17405518720"), ("case-id", "17409934412"), ("case-id", "17413302071")],
  notes="native US; angry, insulting and threatening in a technical case")

# ---------------------------------------------------------------- brand disputes
M("105", B, "", "US", "turkish", "Hijacker on our brand listing - Lale Home", r"""
Hello Brand Registry Team,

We are the brand owner of "Lale Home" (US trademark registration 7,214,908, Brand Registry approved). On our listing ASIN B0D4TNM6QZ (Turkish cotton bath robe) two sellers started to sell since 1 March: "BestDealz4U" and "Happy Garden Shop". We never sold to them and we have no distributors in the US, so their products cannot be our robes.

We made a test buy from both sellers (order 114-5529301-8837165 and 114-5530087-2291046). The robes arrived in plastic bags without our box, the label is different and the fabric is polyester, not cotton. Photos are attached.

Please remove these offers from our listing. We filed also the Report a Violation form, but no answer since 10 days.

Saygılarımızla,
Zeynep Çelik
Lale Home Tekstil
""", topic="hijacker", dec=[("trademark-number", "7,214,908"), ("asin", "B0D4TNM6QZ"), ("order-id", "114-5529301-8837165"), ("order-id", "114-5530087-2291046"), ("foreign-snippet", "Saygılarımızla")],
  notes="Turkish brand owner; test buys, calm")

M("106", B, "", "UK", "other-non-native", "Wrong images on our brand page - listing contribution rejected", r"""
Hello,

We are Savonnerie Duval, owner of the brand "Duval Marseille" in Brand Registry. On our ASIN B0CS7QZ2LM (olive oil soap 300 g), another seller changed the main image to a photo of a different soap with a green label, and the title now says "pack of 3" while our product is a single bar.

We tried to correct it with the listing contribution tool (Edit product detail), but the change was rejected with the message "a higher priority contributor". We are the brand owner, who can be higher priority than us?

Please restore our image and title. The correct data is in our flat file from January, attached.

Bien à vous,
Hélène Duval
""", topic="listing-contribution", dec=[("asin", "B0CS7QZ2LM"), ("foreign-snippet", "Bien à vous")],
  notes="French seller; listing contribution rejected")

M("107", B, "", "US", "native", "Brand Registry - brand ownership transferred after acquisition", r"""
Hello,

Our client, Blue Heron Paddle Co., acquired the "Stillwater Oars" brand and its US trademark (Reg. No. 6,338,127) from Stillwater Outdoor Inc. on January 31, 2026. The USPTO assignment was recorded on February 20 (reel/frame 008412/0233). The brand is still enrolled in Brand Registry under the seller's old account, which has since been closed.

We would like the Brand Registry enrollment moved to Blue Heron's account and the previous rights owner removed. Attached are the assignment agreement, the USPTO recordation notice and a letter from Stillwater's former CEO confirming the transfer.

Who is the right team for this, and is there anything else you need?

Thanks,
Jason Whitfield
Harborline Brand Services, on behalf of Blue Heron Paddle Co.
""", topic="brand-ownership", dec=[("trademark-number", "6,338,127"), ("reel-frame", "008412/0233")],
  notes="native US agency; trademark assignment, a reel/frame number")

M("108", B, "", "DE", "other-non-native", "Report: seller uses our brand name in his listings", r"""
Dear Brand Protection,

since February the seller "TopKauf24" creates new listings with our brand name "Wolkenfeld" in the title (for example ASIN B0DH8K2LQW and B0DH8K5MRT), but the products are cheap pillows from another producer. Customers buy them, think it is our brand, and leave 1-star reviews on these listings with our name. Unfortunately some of these customers also write to us.

Our EU trademark is 018745236 and the brand is registered in Brand Registry. We ask you to remove the brand name from these listings or remove the listings.

I have to say it is disappointing that we need to report this for the third time, but I am sure you will find a solution.

Mit freundlichen Grüßen
Johanna Weber
Wolkenfeld Schlafsysteme GmbH
""", topic="hijacker", dec=[("asin", "B0DH8K2LQW"), ("asin", "B0DH8K5MRT"), ("trademark-number", "018745236"), ("mild-word", "Unfortunately"), ("mild-word", "it is disappointing that we need to report this for the third time")],
  notes="German seller; 'disappointing' and 'third time' but calm -> not emotional (judgment)")

M("109", B, "", "US", "chinese", "Transparency codes not accepted by FC", r"""
Dear Transparency Team,

Our brand "Ankora" is enrolled in Transparency, ASIN B0CW2ZK7QN. Our inbound shipment FBA18XPL4N2K is stuck at receiving, the FC says the Transparency code on the units is not valid. Example code printed on the unit: AZ:8QXWT7ZKPM3N4R. We generated 5,000 codes on 12 February through the portal and our factory printed them with the "T" logo.

Please check if these codes are activated. If the codes are wrong, please tell us how to fix without relabel all 5,000 units.

Thank you!
Ankora Brand Team
安科拉品牌部
""", topic="brand-program", dec=[("asin", "B0CW2ZK7QN"), ("shipment-id", "FBA18XPL4N2K"), ("transparency-code", "AZ:8QXWT7ZKPM3N4R"), ("foreign-snippet", "安科拉品牌部")],
  notes="Chinese seller; Transparency code is not a secret")

M("110", B, "", "IT", "other-non-native", "Hijacker on brand Ceramiche Vietri Lucia - please check our account", r"""
Buongiorno,

we are the brand owner of "Vietri Lucia" hand-painted plates. A seller called "Mega Outlet EU" sells on our ASIN B0CN4LZ8WR at half price, and we believe they sell copies from China.

I could not upload the photos of the test buy in the Report a Violation tool, it gives error. So I created a user for your team to look at the photos directly in our account: user lucia.support.amz@vietrilucia.it, password Vietri#Piatti88. You can see the photos in the case history.

Grazie mille for the help,
Lucia Esposito
""", topic="hijacker", sec=[("password", "Vietri#Piatti88")], dec=[("asin", "B0CN4LZ8WR"), ("foreign-snippet", "Grazie mille")],
  notes="Italian seller; creates a login for 'your team' and gives the password")

# ---------------------------------------------------------------- category approval
M("111", C, "", "US", "other-non-native", "Grocery ungating - Medjool dates", r"""
Hello,

We applied for approval in Grocery & Gourmet Food to sell our Medjool dates (own farm in Siwa Oasis, packed in our facility). The application was rejected with "the invoice does not meet requirements".

We sent the invoice of the packaging company because we do not buy the dates, we grow them. What document should a producer send? We have: FDA Food Facility Registration (number 17948203616), the export certificate from the Egyptian ministry, the lab analysis and the commercial register of our company.

Please tell us which of these is accepted, or if we can apply as manufacturer.

Best regards,
Omar Hassan
Siwa Gold Dates
""", topic="grocery", dec=[("certificate-number", "17948203616")],
  notes="Egyptian seller; an 11-digit FDA registration number, not a secret")

M("112", C, "", "IN", "indian", "Request for approval - Dietary Supplements category", r"""
Dear Category Team,

We want to list our Ashwagandha capsules (own brand "VedaRoot") in Health & Personal Care, dietary supplements. Our application was rejected saying the documents are incomplete.

We have uploaded:
1) FSSAI licence no. 10023011002589
2) GST certificate, GSTIN 27AAKCV4418M1ZQ
3) Certificate of Analysis from an NABL accredited lab, batch VR-2602
4) Invoice from our contract manufacturer dated 05.02.2026

Kindly let us know which document is missing and do the needful for approval at the earliest.

Thanks & Regards,
Sunita Rao
VedaRoot Herbals Pvt. Ltd., Pune
""", topic="dietary-supplements", dec=[("certificate-number", "10023011002589"), ("gst-number", "27AAKCV4418M1ZQ"), ("lot-number", "VR-2602")],
  notes="Indian seller; 14-digit FSSAI number that a careless reader might take for a card number")

M("113", C, "", "UK", "other-non-native", "Collectible coins category approval - follow-up", r"""
Dear Seller Support,

this is a follow-up of our application for Collectible Coins (case 17398822041). We are a numismatic shop in Thessaloniki, member of the International Association of Professional Numismatists, and we sell ancient Greek and Byzantine coins with certificates of authenticity.

Your answer asked for "proof of 3 years of coin sales". We sent our shop's invoices from 2023-2025 and the IAPN membership letter, but the case was closed automatically after 5 days. Could you please tell us if the documents were reviewed? We are happy to send the export licences from the Greek Ministry of Culture for each coin if needed.

With kind regards,
Anastasia Nikolaidou
Nomisma Antiques
""", topic="collectibles", dec=[("case-id", "17398822041")],
  notes="Greek seller; category follow-up")

M("114", C, "", "US", "latam", "Automotive and Powersports approval - brake pads", r"""
Hello Amazon team,

We are AutoPeças Ribeiro, distributor of brake pads in Brazil and since 2025 in Florida. We requested approval for Automotive & Powersports to sell our brake pads with our own brand "Freio Forte". The approval page asks for a test buy or invoices from a manufacturer.

Our brake pads are produced by a factory in Joinville that has the INMETRO certificate and they are tested to SAE J2430. We can send the factory invoice, the certification and photos of the packaging with the part numbers (for example FF-4471-C).

Can you confirm if we need to do the test buy, or if invoices are enough for a private brand?

Muito obrigado,
Eduardo Ribeiro
""", topic="automotive", dec=[("sku", "FF-4471-C")],
  notes="Brazilian seller; automotive ungating question")

M("115", C, "", "US", "other-non-native", "Fine jewelry approval - certified diamonds", r"""
Hello,

We have a diamond business in Ramat Gan (Israel Diamond Exchange member) and we want to sell certified diamond stud earrings on amazon.com. We applied for Jewelry approval; the answer said we must pay the fee and send a quality assurance statement.

Can you explain what the quality assurance statement must include? All our diamonds have GIA reports (for example report number 2487310592) and our gold is stamped 14K with our maker's mark. We also have the Kimberley Process declaration on every invoice.

Thanks in advance,
Avi Rosenberg
Rosenberg Fine Jewels Ltd.
""", topic="jewelry", dec=[("certificate-number", "2487310592")],
  notes="Israeli seller; a GIA report number that is not a secret; 'Kimberley Process' is not a policy of the marketplace")


if __name__ == "__main__":
    AUTHOR.write()
