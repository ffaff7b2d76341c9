"""Write the small binary attachments of the example cases under examples/cases/.

    python examples/make_attachments.py [--force]

The manifests and messages are committed as text; this script makes the PDFs, PNGs and
JPEGs they list, each a few kilobytes, each broken in exactly the way its folder's name
says. Existing files are kept unless --force is given, because encrypted PDFs get new
random salts on every run.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path

CASES = Path(__file__).resolve().parent / "cases"


def text_pdf(*lines: str) -> bytes:
    """A one-page PDF showing ``lines``, written by hand so that it is byte-for-byte stable."""
    text = "BT /F1 14 Tf 72 720 Td 18 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for line in lines
    ) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode("latin-1")),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def locked_pdf(*lines: str) -> bytes:
    """The same page, encrypted with a user password: it does not open without it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(text_pdf(*lines))))
    writer.encrypt(user_password="lab-2026", owner_password="lab-owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def picture(fmt: str, *lines: str, size: tuple[int, int] = (480, 160)) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for row, line in enumerate(lines):
        draw.text((12, 12 + 18 * row), line, fill="black")
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def cut(data: bytes, keep: float) -> bytes:
    return data[: int(len(data) * keep)]


BOX_LABELS = ("FBA box content labels", "Shipment FBA15C8KQ2ZP, boxes 1-3 of 3")
SUPPLIER_INVOICE = ("INVOICE 2026-0931", "Shenzhen Lumo Trading Co., Ltd.",
                    "240 x Wooden Train Set, FNSKU X001234567", "Date of purchase: 2026-10-12")
"""The proof of inventory ownership an inbound claim attaches: an invoice from the supplier."""

FILES: dict[str, Callable[[], bytes]] = {
    "category-approval/bad-A001-jpeg-invoice/attachments/invoice.jpg":
        lambda: picture("JPEG", "INVOICE 2026-1187", "Toyland Wholesale Ltd.",
                        "200 x Wooden Train Set, UPC 036000291452"),
    "category-approval/bad-A001-jpeg-invoice/attachments/ul-certificate.pdf":
        lambda: text_pdf("Certificate of Compliance", "ASTM F963-23, CPSIA: passed"),
    "fba-reimbursement/bad-A016-no-carrier-proof/attachments/box-labels.pdf":
        lambda: text_pdf(*BOX_LABELS),
    "technical-issue/bad-A007-truncated-screenshot/attachments/inventory-error.png":
        lambda: cut(picture("PNG", "https://sellercentral.amazon.com/inventory",
                            "Error 503: We are unable to load your inventory. 2026-11-23 09:12",
                            size=(640, 200)), 0.6),
    "listing-reinstatement/bad-A006-password-test-report/attachments/remediation-statement.pdf":
        lambda: text_pdf("Remediation statement", "Labels corrected on all units in stock"),
    "listing-reinstatement/bad-A006-password-test-report/attachments/test-report.pdf":
        lambda: locked_pdf("Test report 26-4410", "EN 71-3: passed"),
    "brand-dispute/bad-A002-A012-png-named-pdf/attachments/trademark-certificate.pdf":
        lambda: picture("PNG", "United States Patent and Trademark Office",
                        "Reg. No. 6,123,456  NORTHWIND"),
    "brand-dispute/bad-A002-A012-png-named-pdf/attachments/old-certificate.png":
        lambda: picture("PNG", "Application Serial No. 97/123,456 (superseded)"),
    "account-appeal/bad-A005-truncated-poa/attachments/plan-of-action.pdf":
        lambda: cut(text_pdf("Plan of Action", "Root cause", "Corrective actions",
                             "Preventive measures"), 0.7),
    "fba-reimbursement/bad-A010-A015-missing-and-duplicate/attachments/box-labels.pdf":
        lambda: text_pdf(*BOX_LABELS),
    "fba-reimbursement/bad-A010-A015-missing-and-duplicate/attachments/carrier-pod.pdf":
        lambda: text_pdf(*BOX_LABELS),
    **{f"fba-reimbursement/{case}/attachments/supplier-invoice.pdf":
       lambda: text_pdf(*SUPPLIER_INVOICE)
       for case in ("ok-inbound-units-missing", "bad-A019-pod-with-script",
                    "bad-T006-I010-card-and-placeholder", "bad-A010-A015-missing-and-duplicate",
                    "bad-A016-no-carrier-proof", "bad-D002-ae-inbound-estimated-from-shipping",
                    "bad-D001-expired-claim", "bad-I003-shipment-id-without-prefix")},
    "fba-reimbursement/bad-D002-ae-inbound-estimated-from-shipping/attachments/box-labels.pdf":
        lambda: text_pdf("FBA box content labels", "Shipment FBA19AE4KD2M, boxes 1-8 of 8"),
    "fba-reimbursement/bad-D002-ae-inbound-estimated-from-shipping/attachments/carrier-pod.pdf":
        lambda: text_pdf("Proof of delivery", "Shipment FBA19AE4KD2M: 8 boxes delivered to DXB3"),
    "brand-dispute/bad-I013-wipo-number-only/attachments/wipo-certificate.pdf":
        lambda: text_pdf("WIPO Madrid System", "International registration 1712345  NORDWIND",
                         "Designation: European Union"),
    "category-approval/bad-I008-A016-no-brand-no-sales-history/attachments/distributor-invoice.pdf":
        lambda: text_pdf("INVOICE 2026-1102", "300 x Wooden Train Set, UPC 712345678911"),
    "category-approval/bad-I008-A016-no-brand-no-sales-history/attachments/cpc-certificate.pdf":
        lambda: text_pdf("Children's Product Certificate", "ASTM F963-23: passed"),

    # The evidence each example needs besides the one thing it gets wrong, so that it shows
    # only its own code.
    "brand-dispute/bad-I011-uspto-number-too-short/attachments/trademark-certificate.pdf":
        lambda: text_pdf("United States Patent and Trademark Office", "LUMO BLOCKS"),
    "category-approval/bad-I004-upc-check-digit/attachments/supplier-invoice.pdf":
        lambda: text_pdf("INVOICE 2026-2204", "Lumo Blocks building sets, 300 units"),
    "category-approval/bad-I004-upc-check-digit/attachments/cpc-certificate.pdf":
        lambda: text_pdf("Children's Product Certificate", "ASTM F963-23, CPSIA: passed"),
    "fba-reimbursement/bad-D001-expired-claim/attachments/box-labels.pdf":
        lambda: text_pdf("FBA box content labels", "Shipment FBA18DK3PQ7T, boxes 1-12 of 12"),
    "fba-reimbursement/bad-D001-expired-claim/attachments/carrier-pod.pdf":
        lambda: text_pdf("Proof of delivery", "Shipment FBA18DK3PQ7T, 12 boxes, 2026-07-05"),
    "fba-reimbursement/bad-I003-shipment-id-without-prefix/attachments/box-labels.pdf":
        lambda: text_pdf("FBA box content labels", "Shipment FBA15C8KQ2ZP, boxes 1-4 of 4"),
    "fba-reimbursement/bad-I003-shipment-id-without-prefix/attachments/carrier-pod.pdf":
        lambda: text_pdf("Proof of delivery", "Shipment FBA15C8KQ2ZP, 4 boxes, 2026-10-06"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rewrite files that exist")
    args = parser.parse_args()
    for relative, make in FILES.items():
        target = CASES / relative
        if target.exists() and not args.force:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(make())
        print(f"wrote {target.relative_to(CASES.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
