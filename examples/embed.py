"""Use casecheck from your own code: check a folder, a model, or a plain mapping, load a case
without checking it, and add a rule of your own. It type-checks with ``mypy --strict``.

Run from the repository's top level:  python examples/embed.py
"""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import casecheck
from casecheck import Context, Finding, LoadedCase

HERE = Path(__file__).parent

# 1. A case folder on disk, as the command line checks it.
report = casecheck.validate(
    HERE / "cases" / "fba-reimbursement" / "bad-I003-shipment-id-without-prefix"
)
for finding in report.findings:
    print(finding.code, finding.severity, finding.message)

# 2. A manifest you built in memory (for example from your own order system).
draft = {
    "type": "fba-reimbursement",
    "marketplace": "US",
    "claim_kind": "customer-return",
    "submit_at": dt.datetime(2026, 11, 24, 10, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
    "ids": {"order_ids": ["113-4839201-1234567"]},
}
report = casecheck.validate(draft, config=casecheck.Config(select=("I",)))
print("in-memory draft:", "ok" if report.ok else report.codes)

# 3. Load a case without checking it, as a tool that edits cases does.
loaded = casecheck.load_case(HERE / "cases" / "technical-issue" / "ok-report-download-fails")
assert loaded.model is not None
print("loaded:", loaded.model.type, loaded.model.marketplace, len(loaded.message or ""), "chars")

# 4. A house rule of your own: a code, its texts (English and Chinese), and a checker.
HOUSE_RULES = casecheck.parse_catalog(
    """
[Z001]
name = "subject-without-marketplace"
severity = "warning"
source = "our agency's house style"
summary.en = "The subject does not name the marketplace."
summary.zh-CN = "标题没有写明站点。"
message.en = "The subject does not name the marketplace {marketplace}."
message.zh-CN = "标题没有写明站点 {marketplace}。"
hint.en = "Start the subject with [{marketplace}], as our clients' cases do."
hint.zh-CN = "标题以 [{marketplace}] 开头，和我们其他客户的 Case 一致。"
""",
    "embed.py",
)


@casecheck.checker("Z001")
def subject_names_marketplace(case: LoadedCase, ctx: Context) -> Iterator[Finding]:
    model = case.model
    if model is None or model.subject is None or model.marketplace in model.subject:
        return
    yield ctx.finding("Z001", location=case.field_location("subject"),
                      data={"marketplace": model.marketplace})


report = casecheck.validate(
    HERE / "cases" / "technical-issue" / "ok-report-download-fails",
    extra_checkers=[subject_names_marketplace], extra_rules=HOUSE_RULES,
)
print("house rule:", [f.message for f in report.findings if f.code == "Z001"])

# 5. Only some rules, with findings in Chinese, and as JSON for another tool.
config = casecheck.Config(select=("I00",), lang="zh-CN")
run = casecheck.check_paths([HERE / "cases"], config=config)
print(run.summary())
print(sorted(run.to_dict()))
