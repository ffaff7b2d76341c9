"""Use casecheck from your own code: check a folder, a model, or a plain mapping.

Run from the repository's top level:  python examples/embed.py
"""

import datetime as dt
from pathlib import Path

import casecheck

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

# 3. Only some rules, with findings in Chinese, and as JSON for another tool.
config = casecheck.Config(select=("I00",), lang="zh-CN")
run = casecheck.check_paths([HERE / "cases"], config=config)
print(run.summary())
