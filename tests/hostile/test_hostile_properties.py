"""Property tests: whatever the manifest, IDs or message, the result is findings, not a crash."""

from __future__ import annotations

import datetime as dt
import string
from pathlib import Path
from typing import Any

from conftest import NOW, check
from hostile_support import GOOD_MANIFEST, no_crash
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casecheck import Config, validate
from casecheck.attachments import clear_memo

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

FIELDS = [
    "type", "marketplace", "subject", "message", "message_file", "contact_path", "submit_at",
    "status", "case_id", "submitted_at", "last_reply_at", "prior_cases", "template", "ignore",
    "ids", "attachments", "claim_kind", "shipped_at", "reported_at", "refunded_at",
    "units_expected", "units_received", "deactivated_at", "policy", "reason", "brand",
    "trademark_number", "trademark_office", "module", "occurred_at", "category", "removed_at",
]
TYPES = ["fba-reimbursement", "account-appeal", "category-approval", "listing-reinstatement",
         "brand-dispute", "technical-issue"]
ID_KEYS = ["order_ids", "asins", "shipment_ids", "gtins", "fnskus", "tracking_numbers",
           "merchant_token"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40),
    st.datetimes(timezones=st.just(dt.UTC)), st.dates(), st.sampled_from(TYPES),
    st.sampled_from(["US", "UK", "DE", "JP", "XX"]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.one_of(st.sampled_from([*ID_KEYS, "path", "kind"]), st.text(max_size=8)),
                        inner, max_size=4),
    ),
    max_leaves=12,
)
manifests = st.dictionaries(st.one_of(st.sampled_from(FIELDS), st.text(max_size=10)),
                            values, max_size=10)


@FAST
@given(manifests, st.sampled_from(TYPES), st.booleans())
def test_any_mapping_validates_to_findings(raw: dict[str, Any], kind: str, typed: bool) -> None:
    if typed:
        raw = {**raw, "type": kind, "marketplace": raw.get("marketplace", "US")}
    no_crash(validate(raw, now=NOW))


@FAST
@given(st.lists(st.text(alphabet=string.printable + "案件📦\u0000\ufeff", max_size=30), max_size=6),
       st.sampled_from(ID_KEYS[:-1]))
def test_any_id_text_is_a_finding_or_nothing(ids: list[str], key: str) -> None:
    raw = {"type": "fba-reimbursement", "marketplace": "US", "claim_kind": "inbound-lost",
           "ids": {key: ids}}
    no_crash(validate(raw, now=NOW))


TOML_PIECES = st.sampled_from([
    "type", "marketplace", "=", " ", "\n", '"', "'", "[", "]", "[[", "]]", "{", "}", ",", ".",
    "\"\"\"", "ids", "attachments", "order_ids", "path", "kind", "1979-05-27T07:32:00Z",
    "2026-11-24", "true", "nan", "inf", "0x1F", "#", "\\u0000", "\\", "\r\n", "\ufeff",
    '"technical-issue"', '"US"', "message", "案件", "😀",
])


@FAST
@given(st.lists(TOML_PIECES, max_size=40).map("".join))
def test_any_toml_ish_text_loads_to_findings(tmp_path: Path, text: str) -> None:
    folder = tmp_path / "case"
    folder.mkdir(exist_ok=True)
    (folder / "case.toml").write_text(text, encoding="utf-8")
    no_crash(check(folder))


@FAST
@given(st.binary(max_size=300), st.sampled_from(["case.toml", "case.json", "case.yaml"]))
def test_any_manifest_bytes_load_to_findings(tmp_path: Path, data: bytes, name: str) -> None:
    folder = tmp_path / "case"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / name).write_bytes(data)
    report = check(folder)
    no_crash(report)
    if report.findings:
        assert all(f.location.file in (name, None) or f.code[0] != "M" for f in report.findings)


@FAST
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(str.encode)))
def test_any_message_bytes_give_findings_not_a_crash(tmp_path: Path, data: bytes) -> None:
    folder = tmp_path / "case"
    folder.mkdir(exist_ok=True)
    (folder / "case.toml").write_text(GOOD_MANIFEST, encoding="utf-8")
    (folder / "message.md").write_bytes(data)
    no_crash(check(folder))


@FAST
@given(st.text(max_size=3000))
def test_any_inline_message_text_gives_findings(message: str) -> None:
    raw = {"type": "account-appeal", "marketplace": "US", "message": message,
           "deactivated_at": dt.datetime(2026, 11, 23, tzinfo=dt.UTC)}
    report = validate(raw, now=NOW, config=Config(ocr=False))
    no_crash(report)
    if "\0" in message:
        assert "M005" in {f.code for f in report.findings}



# --- file bytes: real PNGs and PDFs, mutated --------------------------------------------

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = {
    "png": sorted((DATA / "pngsuite").glob("*.png")),
    "pdf": [DATA / "pypdf" / name for name in
            ("issue-297.pdf", "imagemagick-lzw.pdf", "crazyones.pdf", "encrypted-file.pdf")],
}


@st.composite
def mutated(draw: st.DrawFn, kind: str) -> bytes:
    """A corpus file with a few bytes flipped, a slice cut, repeated or replaced."""
    data = bytearray(draw(st.sampled_from(SAMPLES[kind])).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        end = draw(st.integers(at, min(len(data), at + 64)))
        operation = draw(st.sampled_from(["flip", "cut", "repeat", "replace", "truncate"]))
        if operation == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif operation == "cut":
            del data[at:end]
        elif operation == "repeat":
            data[at:at] = data[at:end] * draw(st.integers(2, 50))
        elif operation == "replace":
            data[at:end] = draw(st.binary(max_size=32))
        else:
            del data[at:]
    return bytes(data)


@FAST
@given(st.sampled_from(["png", "pdf"]).flatmap(lambda kind: st.tuples(st.just(kind),
                                                                       mutated(kind))))
def test_mutated_corpus_files_end_as_findings(tmp_path: Path, sample: tuple[str, bytes]) -> None:
    kind, data = sample
    folder = tmp_path / "case"
    (folder / "attachments").mkdir(parents=True, exist_ok=True)
    (folder / "case.toml").write_text(
        GOOD_MANIFEST + f'[[attachments]]\npath = "attachments/file.{kind}"\nkind = "other"\n',
        encoding="utf-8")
    (folder / "attachments" / f"file.{kind}").write_bytes(data)
    # The file is rewritten faster than the clock ticks: forget what the last example was.
    clear_memo()
    no_crash(check(folder))
