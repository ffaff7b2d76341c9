# ruff: noqa: E501, RUF001 - sentence pools are data, one sentence a line
"""Build bench/data/language.jsonl: labeled case texts for the language benchmark.

Each text is one sentence (short) or three to six sentences (long) drawn with a fixed seed
from pools of case-style sentences written for this set, with real-looking IDs filled in.
The label is the language a reader would name; English texts with Chinese or Japanese
product or company names are labeled English. Run: python bench/data/make_language_set.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

POOLS: dict[str, list[str]] = {
    "en": [
        "Our inbound shipment {shipment} was delivered on October 2, but 12 units were never received.",
        "Please investigate the missing units and reimburse us for the lost inventory.",
        "We attach the proof of delivery signed by the fulfillment center and the box labels.",
        "Our account was deactivated on November 22 under the Restricted Products Policy.",
        "We removed the listing {asin} from sale on the same day and reviewed the rest of our catalog.",
        "The root cause was a supplier feed that we did not check against the restricted products list.",
        "Going forward, every new listing is reviewed by our compliance manager before it goes live.",
        "We kindly request that you review our plan of action and reinstate our selling privileges.",
        "The customer returned order {order} in a damaged condition, but no reimbursement was issued.",
        "The Inventory Health report has failed to download since Monday with an error message.",
        "We own the registered trademark and attach the certificate from the trademark office.",
        "Another seller changed the brand name on our listing {asin} without our permission.",
        "We request approval to sell in the Toys and Games category and attach our supplier invoices.",
        "The removal order was shipped with UPS, but the carrier shows it as delivered to the wrong address.",
        "Thank you for your help, and please let us know if you need any further documents.",
        "The units were counted twice at receiving, which is why the ledger shows a shortage.",
        "Our listing was removed for a suspected safety issue, although the product passed the CPSC test.",
        "We have updated the product detail page and added the required warning labels.",
        "The buyer opened a claim after the delivery window, and we refunded the full amount.",
        "Could you please confirm which documents are still missing from our application?",
        "We have been selling this product for three years without a single complaint.",
        "The invoice shows the purchase of 500 units from our authorized distributor.",
        "Please escalate this case to the team responsible for inbound investigations.",
        "Our shipment plan was created correctly, and the carrier picked up all 14 boxes.",
        "We noticed that the reimbursement amount is lower than the average selling price.",
    ],
    "de": [
        "Unsere Sendung {shipment} wurde am 2. Oktober zugestellt, aber 12 Einheiten fehlen.",
        "Bitte prüfen Sie die fehlenden Einheiten und erstatten Sie uns den Verlust.",
        "Im Anhang finden Sie den Zustellnachweis und die Kartonetiketten.",
        "Unser Verkäuferkonto wurde am 22. November wegen eines Verstoßes gegen die Richtlinien deaktiviert.",
        "Wir haben den Artikel {asin} noch am selben Tag aus dem Verkauf genommen.",
        "Die Ursache war ein Lieferantenfeed, den wir nicht ausreichend geprüft haben.",
        "In Zukunft prüft unsere Compliance-Abteilung jedes neue Angebot vor der Veröffentlichung.",
        "Wir bitten Sie höflich, unseren Maßnahmenplan zu prüfen und unser Konto wieder freizuschalten.",
        "Der Kunde hat die Bestellung {order} beschädigt zurückgeschickt, eine Erstattung erfolgte nicht.",
        "Der Bestandsbericht lässt sich seit Montag nicht mehr herunterladen.",
        "Wir sind Inhaber der eingetragenen Marke und fügen die Urkunde des Markenamts bei.",
        "Ein anderer Verkäufer hat ohne unsere Zustimmung den Markennamen geändert.",
        "Vielen Dank für Ihre Hilfe, bitte teilen Sie uns mit, ob weitere Unterlagen benötigt werden.",
        "Die Rechnung belegt den Kauf von 500 Einheiten bei unserem autorisierten Händler.",
        "Bitte leiten Sie diesen Fall an das zuständige Team für Wareneingänge weiter.",
        "Der Erstattungsbetrag liegt deutlich unter dem durchschnittlichen Verkaufspreis.",
        "Sehr geehrte Damen und Herren, wir wenden uns wegen einer verlorenen Lieferung an Sie.",
        "Die Ware wurde vom Spediteur vollständig abgeholt und im Logistikzentrum angenommen.",
    ],
    "es": [
        "Nuestro envío {shipment} fue entregado el 2 de octubre, pero faltan 12 unidades.",
        "Por favor, investiguen las unidades perdidas y reembolsen el inventario.",
        "Adjuntamos el comprobante de entrega y las etiquetas de las cajas.",
        "Nuestra cuenta fue desactivada el 22 de noviembre por un incumplimiento de la política.",
        "Retiramos el producto {asin} de la venta el mismo día y revisamos todo el catálogo.",
        "La causa principal fue un archivo del proveedor que no revisamos correctamente.",
        "A partir de ahora, cada anuncio nuevo será revisado por nuestro responsable de cumplimiento.",
        "Solicitamos amablemente que revisen nuestro plan de acción y reactiven nuestra cuenta.",
        "El cliente devolvió el pedido {order} dañado y no recibimos ningún reembolso.",
        "El informe de inventario no se puede descargar desde el lunes.",
        "Somos titulares de la marca registrada y adjuntamos el certificado de la oficina de marcas.",
        "Otro vendedor cambió el nombre de la marca en nuestro anuncio sin nuestro permiso.",
        "Muchas gracias por su ayuda; avísennos si necesitan más documentos.",
        "La factura demuestra la compra de 500 unidades a nuestro distribuidor autorizado.",
        "Por favor, envíen este caso al equipo responsable de las investigaciones de envíos.",
        "El importe del reembolso es muy inferior al precio medio de venta.",
        "Estimado equipo de soporte, les escribimos por un envío que no ha llegado completo.",
        "El transportista recogió las 14 cajas y el centro logístico confirmó la recepción.",
    ],
    "fr": [
        "Notre envoi {shipment} a été livré le 2 octobre, mais 12 unités manquent.",
        "Merci d'examiner les unités manquantes et de nous rembourser le stock perdu.",
        "Vous trouverez ci-joint la preuve de livraison et les étiquettes des cartons.",
        "Notre compte a été désactivé le 22 novembre pour une violation de la politique.",
        "Nous avons retiré le produit {asin} de la vente le jour même.",
        "Nous vous prions de bien vouloir examiner notre plan d'action et réactiver notre compte.",
        "Le client a retourné la commande {order} endommagée, sans remboursement.",
        "Merci pour votre aide, n'hésitez pas à nous demander d'autres documents.",
    ],
    "zh": [
        "您好，我们的货件 {shipment} 已于 10 月 2 日送达，但有 12 件商品未被接收。",
        "请调查丢失的商品并为我们赔偿库存损失。",
        "附件是运营中心签收的送货证明和箱子标签。",
        "我们的账户于 11 月 22 日因违反受限商品政策被停用。",
        "我们当天就下架了商品 {asin}，并检查了所有在售商品。",
        "根本原因是供应商提供的商品信息没有经过受限商品清单的核对。",
        "今后，每个新商品上架前都会由合规负责人审核。",
        "恳请您审核我们的行动计划并恢复我们的销售权限。",
        "买家退回的订单 {order} 已损坏，但我们没有收到任何赔偿。",
        "库存健康报告从周一开始就无法下载，一直显示错误。",
        "我们是注册商标的所有人，附上商标局颁发的注册证书。",
        "另一位卖家未经我们许可修改了商品页面上的品牌名称。",
        "感谢您的帮助，如需其他文件请告知我们。",
        "发票显示我们从授权经销商处购买了 500 件商品。",
        "请将此案例转交负责入库调查的团队处理。",
        "赔偿金额远低于平均售价，请重新核算。",
        "承运人已取走全部 14 箱货物，运营中心也确认已签收。",
        "我们申请销售玩具类目的审核，附上供应商发票和检测报告。",
    ],
    "ja": [
        "お世話になっております。納品プラン {shipment} は 10 月 2 日に配達されましたが、12 個が受領されていません。",
        "紛失した商品を調査し、在庫の補償をお願いいたします。",
        "フルフィルメントセンターの受領証明と箱ラベルを添付いたします。",
        "当社のアカウントは 11 月 22 日に制限対象商品ポリシー違反により停止されました。",
        "同日中に商品 {asin} の販売を停止し、すべての出品を確認いたしました。",
        "根本原因は、仕入先のデータを制限対象商品リストと照合していなかったことです。",
        "今後は、新しい出品をすべてコンプライアンス担当者が公開前に確認いたします。",
        "改善計画をご確認のうえ、出品権限を回復していただけますようお願い申し上げます。",
        "お客様から返品された注文 {order} が破損していましたが、補償を受けていません。",
        "在庫レポートが月曜日からダウンロードできない状態です。",
        "当社は登録商標の権利者であり、特許庁の登録証を添付いたします。",
        "他の出品者が当社の許可なくブランド名を変更しました。",
        "ご対応いただきありがとうございます。追加の書類が必要でしたらお知らせください。",
        "請求書には正規代理店から 500 個を購入したことが記載されています。",
        "本件を入荷調査の担当チームへおつなぎいただけますでしょうか。",
        "補償額が平均販売価格を大きく下回っております。",
    ],
}

CJK_NAMES = [
    "小米", "华为", "深圳市乐高玩具有限公司", "無印良品", "ユニクロ", "东莞市华强电子科技有限公司",
    "杭州", "資生堂", "美的", "安克创新", "宁波", "ソニー", "格力", "大疆",
]
ENGLISH_WITH_NAMES = [
    "Our supplier {name} shipped the 500 units listed on the attached invoice.",
    "The product is the {name} Mi Band strap sold under our own brand, listing {asin}.",
    "We buy directly from {name}, the manufacturer, and attach their authorization letter.",
    "The box labels printed by our warehouse in {name} match shipment {shipment}.",
    "The test report for the {name} charger was issued by an accredited laboratory.",
    "Our brand name is registered in China as {name} and in the United States as a word mark.",
    "The invoice from {name} lists the FNSKU of every unit in the shipment.",
]

HARD = [
    ("en", "Shipment FBA15C8KQ2ZP: 12 units missing"),
    ("en", "Please reinstate ASIN B0CXK12345"),
    ("en", "Reimbursement request for order 113-4839201-1234567"),
    ("en", "Listing removed, test report attached"),
    ("en", "Brand registry: 深圳市华强电子科技有限公司 trademark"),
    ("en", "We sell the 小米 Mi Band and 华为 Watch straps, ASIN B0CXK12345, under our own brand."),
    ("en", "Supplier: 东莞市华强电子科技有限公司, Dongguan, Guangdong. Invoice no. 2026-1184 attached."),
    ("en", "Hola team, the Spanish buyer returned the item damaged; please reimburse order 113-4839201-1234567."),
    ("en", "The product name on the Japanese label reads ワイヤレス充電器, which means wireless charger."),
    ("de", "Bitte um Erstattung der fehlenden Einheiten."),
    ("de", "Konto gesperrt, bitte prüfen"),
    ("de", "Unser Anker PowerCore Angebot B0CXK12345 wurde ohne Grund entfernt."),
    ("es", "Gracias por su ayuda con este caso."),
    ("es", "Envío perdido, solicitamos reembolso"),
    ("es", "Nuestro anuncio de Anker PowerCore B0CXK12345 fue eliminado."),
    ("zh", "货件丢失"),
    ("zh", "请帮忙"),
    ("zh", "我们的 Anker PowerCore 20000 充电宝 listing B0CXK12345 被下架了，请帮忙恢复。"),
    ("zh", "FBA15C8KQ2ZP 少了 12 件，POD 已附上，请赔偿。"),
    ("zh", "您好，ASIN B0CXK12345 的 Brand Registry 申请被拒绝了，请问需要补充什么材料？"),
    ("ja", "在庫が届いていません"),
    ("ja", "ASIN B0CXK12345 の出品が停止されました。Anker の請求書を添付します。"),
    ("ja", "FBA15C8KQ2ZP の 12 個が未受領です。POD を添付いたします。"),
    ("fr", "Merci de rembourser les unités manquantes."),
]
"""Hand-written edge cases: subjects, a few words, many Latin names inside CJK text."""


def _ids(rng: random.Random) -> dict[str, str]:
    digits = "0123456789"
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return {
        "shipment": "FBA" + "".join(rng.choice(alnum) for _ in range(9)),
        "asin": "B0" + "".join(rng.choice(alnum) for _ in range(8)),
        "order": "-".join("".join(rng.choice(digits) for _ in range(n)) for n in (3, 7, 7)),
        "name": rng.choice(CJK_NAMES),
    }


def build(seed: int = 20261127) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    plan = {"en": (20, 25), "de": (12, 14), "es": (12, 14), "fr": (5, 6), "zh": (14, 16), "ja": (12, 14)}
    for lang, (short, long) in plan.items():
        pool = POOLS[lang]
        for i in range(short + long):
            count = 1 if i < short else rng.randint(3, 6)
            text = " ".join(rng.sample(pool, count)).format(**_ids(rng))
            rows.append({"label": lang, "kind": "short" if count == 1 else "long", "text": text})
    for _ in range(40):
        sentences = [*rng.sample(POOLS["en"], rng.randint(0, 4)), rng.choice(ENGLISH_WITH_NAMES)]
        rng.shuffle(sentences)
        text = " ".join(s.format(**_ids(rng)) for s in sentences)
        rows.append({"label": "en", "kind": "en+cjk-names", "text": text})
    rows += [{"label": label, "kind": "hard", "text": text} for label, text in HARD]
    return rows


if __name__ == "__main__":
    target = Path(__file__).with_name("language.jsonl")
    rows = build()
    target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} texts -> {target.name}")
