#!/usr/bin/env python3
"""Validate the casecheck evaluation messages in messages/<split>/<id>.toml and print counts.
Exit status 0 = PASS, 1 = problems found."""
import collections, glob, os, re, sys, tomllib

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"account-appeal", "listing-reinstatement", "fba-reimbursement", "technical-issue",
         "brand-dispute", "category-approval"}
APPEALS = {"account-appeal", "listing-reinstatement"}
WRITERS = {"native", "chinese", "turkish", "indian", "latam", "other-non-native"}
SECRET_KINDS = {"password", "card", "card-code", "card-expiry", "one-time-code", "iban",
                "bank-account", "routing-number"}
STYLES = {"markdown", "bold", "numbered", "lettered", "caps", "plain", "colon", "inline",
          "our-poa", "none", "mixed"}
ENGLISH_REQUIRED_MP = {"US", "UK", "CA", "AU", "IN", "SG", "AE"}
SECOND_LANGUAGE = {"CA": "fr", "AE": "ar"}
"""Where Seller Support also answers in a second language (casecheck's rules/marketplaces.toml,
SPEC T001 "or a language the marketplace accepts"), a letter in it is no non-English defect."""
CJK = {"zh", "ja", "ko"}
PARTS = ("root_cause", "corrective", "preventive")
REQUIRED_TOP = {"id": str, "kind": str, "violation": str, "topic": str, "marketplace": str,
                "writer": str, "language": str, "subject": str, "text": str}
REQUIRED_LABELS = {"poa": bool, "poa_attached": bool, "root_cause": bool, "corrective": bool,
                   "corrective_done": bool, "preventive": bool, "policy_cited": bool,
                   "policy_names": list, "emotional": bool, "emotional_phrases": list,
                   "secrets": list, "decoys": list, "heading_style": str,
                   "english_required": bool, "defects": list, "bad_on_purpose": bool, "notes": str}

errors = []


def err(mid, msg):
    errors.append(f"{mid}: {msg}")


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            x = x - 9 if x > 9 else x
        tot += x
    return len(d) >= 13 and tot % 10 == 0


def aba_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def not_accepted(m):
    """The letter is in a language its English-required marketplace does not take."""
    return (m["language"] != "en" and m["labels"]["english_required"]
            and m["language"] != SECOND_LANGUAGE.get(m["marketplace"]))


def expected_defects(m):
    L = m["labels"]
    d = []
    if m["kind"] in APPEALS:
        if not L["poa"] and not L["poa_attached"]:
            d.append("no-poa")
        if L["poa"]:
            if not L["root_cause"]:
                d.append("missing-root-cause")
            if not L["corrective"]:
                d.append("missing-corrective")
            elif not L["corrective_done"]:
                d.append("corrective-not-done")
            if not L["preventive"]:
                d.append("missing-preventive")
        if not L["policy_cited"]:
            d.append("no-policy")
    if L["emotional"]:
        d.append("emotional")
    if L["secrets"]:
        d.append("secret")
    if not_accepted(m):
        d.append("non-english")
    return d


def size_ok(m):
    text = m["text"]
    if m["language"] in CJK:
        n = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff]", text))
        return 80 <= n <= 1500, f"{n} CJK chars"
    n = len(text.split())
    return 60 <= n <= 600, f"{n} words"


def check(m, split, path):
    mid = m.get("id", path)
    for k, t in REQUIRED_TOP.items():
        if not isinstance(m.get(k), t):
            err(mid, f"missing/invalid field {k}")
            return
    L = m.get("labels")
    if not isinstance(L, dict):
        err(mid, "missing [labels]")
        return
    for k, t in REQUIRED_LABELS.items():
        if not isinstance(L.get(k), t):
            err(mid, f"missing/invalid labels.{k}")
            return
    sections = L.get("sections", {})
    if os.path.basename(path) != mid + ".toml":
        err(mid, "file name does not match id")
    text = m["text"]
    if m["kind"] not in KINDS:
        err(mid, f"bad kind {m['kind']}")
    if m["writer"] not in WRITERS:
        err(mid, f"bad writer {m['writer']}")
    if m["kind"] in APPEALS and not m["violation"]:
        err(mid, "appeal without violation")
    if m["kind"] not in APPEALS and m["violation"]:
        err(mid, "non-appeal with violation")
    if L["english_required"] != (m["marketplace"] in ENGLISH_REQUIRED_MP):
        err(mid, "english_required inconsistent with marketplace")
    ok, size = size_ok(m)
    if not ok:
        err(mid, f"length out of range ({size})")
    # verbatim substrings
    for p in L["emotional_phrases"]:
        if p not in text:
            err(mid, f"emotional phrase not in text: {p!r}")
    for p in L["policy_names"]:
        if p not in text:
            err(mid, f"policy name not in text: {p!r}")
    for k, v in sections.items():
        if k not in PARTS:
            err(mid, f"unknown section key {k}")
        if v not in text:
            err(mid, f"section start not in text: {v!r}")
    for s in L["secrets"]:
        if s.get("kind") not in SECRET_KINDS:
            err(mid, f"bad secret kind {s.get('kind')}")
        v = s.get("value", "")
        if not v or v not in text:
            err(mid, f"secret value not in text: {v!r}")
        if s.get("kind") == "card" and not luhn_ok(v):
            err(mid, f"card number fails Luhn: {v}")
        if s.get("kind") == "routing-number" and not aba_ok(v):
            err(mid, f"routing number fails ABA check: {v}")
        if s.get("kind") == "iban" and not iban_ok(v):
            err(mid, f"IBAN fails mod-97: {v}")
        if s.get("kind") == "card-code" and not re.fullmatch(r"\d{3,4}", v):
            err(mid, f"card code not 3-4 digits: {v}")
    for dcy in L["decoys"]:
        v = dcy.get("value", "")
        if not dcy.get("kind") or not v or v not in text:
            err(mid, f"decoy not in text: {v!r}")
        if any(v == s["value"] for s in L["secrets"]):
            err(mid, f"decoy is also labeled secret: {v!r}")
    # consistency
    if L["emotional"] != bool(L["emotional_phrases"]):
        err(mid, "emotional flag disagrees with emotional_phrases")
    if L["policy_cited"] != bool(L["policy_names"]):
        err(mid, "policy_cited disagrees with policy_names")
    if L["poa"] and L["poa_attached"]:
        err(mid, "poa and poa_attached both true")
    if not L["poa"]:
        if any(L[p] for p in PARTS) or L["corrective_done"] or sections or L["heading_style"]:
            err(mid, "poa=false but POA parts/sections/style given")
    else:
        if L["heading_style"] not in STYLES:
            err(mid, f"bad heading_style {L['heading_style']!r}")
        for p in PARTS:
            if L[p] and p not in sections:
                err(mid, f"part {p} present but no section start")
            if not L[p] and p in sections:
                err(mid, f"part {p} absent but section start given")
    if L["corrective_done"] and not L["corrective"]:
        err(mid, "corrective_done without corrective")
    if m["kind"] not in APPEALS and (L["poa"] or L["poa_attached"]):
        err(mid, "non-appeal kind labeled with a POA")
    if sorted(L["defects"]) != sorted(expected_defects(m)):
        err(mid, f"defects {L['defects']} != expected {expected_defects(m)}")
    if L["bad_on_purpose"] != bool(L["defects"]):
        err(mid, "bad_on_purpose disagrees with defects")


FIRST = ("tuning", "heldout")
SECOND = ("second-a", "second-b")
THIRD = ("third-a", "third-b")
FOURTH = ("fourth-a", "fourth-b")
FIFTH = ("fifth-a", "fifth-b")
SIXTH = ("sixth-a", "sixth-b")
SEVENTH = ("seventh-a", "seventh-b")
EIGHTH = ("eighth-a", "eighth-b")
NINTH = ("ninth-a", "ninth-b")
TENTH = ("tenth-a", "tenth-b")
ELEVENTH = ("eleventh-a", "eleventh-b")
TWELFTH = ("twelfth-a", "twelfth-b")
THIRTEENTH = ("thirteenth-a", "thirteenth-b")
FOURTEENTH = ("fourteenth-a", "fourteenth-b")
FIFTEENTH = ("fifteenth-a", "fifteenth-b")
SIXTEENTH = ("sixteenth-a", "sixteenth-b")
"""The first set (one author, split in two halves), then fifteen sets of two other authors each,
each author in a folder of their own, written blind to the rules."""
LATER = {"second": SECOND, "third": THIRD, "fourth": FOURTH, "fifth": FIFTH, "sixth": SIXTH,
         "seventh": SEVENTH, "eighth": EIGHTH, "ninth": NINTH, "tenth": TENTH, "eleventh": ELEVENTH,
         "twelfth": TWELFTH, "thirteenth": THIRTEENTH,
         "fourteenth": FOURTEENTH, "fifteenth": FIFTEENTH, "sixteenth": SIXTEENTH}


def main():
    splits = LATER[sys.argv[1]] if sys.argv[1:] and sys.argv[1] in LATER else FIRST
    msgs = []
    seen = {}
    for split in splits:
        for path in sorted(glob.glob(os.path.join(ROOT, "messages", split, "*.toml"))):
            try:
                with open(path, "rb") as f:
                    m = tomllib.load(f)
            except Exception as e:  # noqa
                err(path, f"TOML parse error: {e}")
                continue
            mid = m.get("id", path)
            if mid in seen:
                err(mid, f"duplicate id (also in {seen[mid]})")
            seen[mid] = split
            m["_split"] = split
            check(m, split, path)
            msgs.append(m)
    stray = set(glob.glob(os.path.join(ROOT, "messages", "**", "*"), recursive=True)) - set(
        glob.glob(os.path.join(ROOT, "messages", "*", "*.toml"))) - {
        os.path.join(ROOT, "messages", s) for s in FIRST + sum(LATER.values(), ())}
    for s in stray:
        err(s, "unexpected file or folder")

    C = collections.Counter
    n = len(msgs)
    by_split = C(m["_split"] for m in msgs)
    print(f"messages: {n}   " + "   ".join(f"{s}: {by_split[s]}" for s in splits))

    def counts(title, pairs):
        c = C(pairs)
        keys = sorted({k for k, _ in c}, key=lambda k: (-sum(c[(k, s)] for s in splits), str(k)))
        width = max(9, *(len(s) + 2 for s in splits))  # "eleventh-a" is wider than a count
        print(f"\n{title:<34}" + "".join(f"{s:>{width}}" for s in splits) + f"{'total':>7}")
        for k in keys:
            print(f"  {str(k):<32}" + "".join(f"{c[(k, s)]:>{width}}" for s in splits)
                  + f"{sum(c[(k, s)] for s in splits):>7}")

    def table(title, keyf):
        counts(title, ((keyf(m), m["_split"]) for m in msgs))

    table("kind", lambda m: m["kind"])
    table("writer", lambda m: m["writer"])
    table("language", lambda m: m["language"])
    table("violation (appeals)", lambda m: m["violation"] if m["kind"] in APPEALS else "(non-appeal)")
    table("topic (non-appeals)", lambda m: m["topic"] if m["kind"] not in APPEALS else "(appeal)")
    table("heading_style (POAs)", lambda m: m["labels"]["heading_style"] or "(no POA in text)")
    table("bad_on_purpose", lambda m: m["labels"]["bad_on_purpose"])
    counts("defect", ((d, m["_split"]) for m in msgs for d in m["labels"]["defects"]))
    counts("secret kind (values)", ((s["kind"], m["_split"]) for m in msgs for s in m["labels"]["secrets"]))
    counts("decoy kind (values)", ((d["kind"], m["_split"]) for m in msgs for d in m["labels"]["decoys"]))

    # expected positives per rule, derived from the labels (see README "How labels map to rules")
    def expected(m):
        L = m["labels"]
        ap = m["kind"] in APPEALS
        out = []
        if m["language"] != "en":
            out.append("T001 message-not-english")
        if L["emotional"]:
            out.append("T002 message-emotional")
        for p in PARTS:
            if ap and L["poa"] and not L[p]:
                out.append(f"T003 appeal-structure (missing {p})")
        if ap and L["poa"] and L["corrective"] and not L["corrective_done"]:
            out.append("T003 appeal-structure (not-done)")
        if L["secrets"]:
            out.append("T006 sensitive-data")
        if ap and not L["policy_cited"]:
            out.append("T007 policy-not-cited")
        if m["kind"] == "account-appeal" and not L["poa"] and not L["poa_attached"]:
            out.append("A016 account appeal without POA")
        return out
    counts("expected rule positives", ((r, m["_split"]) for m in msgs for r in expected(m)))
    positives = C(r for m in msgs for r in expected(m))

    nn_en = sum(1 for m in msgs if m["writer"] != "native" and m["language"] == "en")
    bad = sum(1 for m in msgs if m["labels"]["bad_on_purpose"])
    appeal_viol = {m["violation"] for m in msgs if m["kind"] in APPEALS and m["labels"]["poa"]}
    styles = {m["labels"]["heading_style"] for m in msgs if m["labels"]["poa"]}
    mild = sum(1 for m in msgs if any(d["kind"] == "mild-word" for d in m["labels"]["decoys"])
               and not m["labels"]["emotional"])
    t001 = sum(1 for m in msgs if not_accepted(m))
    print(f"\nnon-native English messages: {nn_en} ({nn_en / max(n, 1):.1%})")
    print(f"bad-on-purpose: {bad}   T001 positives (non-English, English-required marketplace): {t001}")
    print(f"violation types with a POA: {len(appeal_viol)}   heading styles: {len(styles)}")
    print(f"calm messages with a mild word decoy: {mild}")

    # dataset-level requirements
    req = [
        (n >= (200 if splits != FIRST else 260), f"enough messages (have {n})"),
        (nn_en * 3 >= n, "at least one third non-native English"),
        (bad >= 45, "at least 45 bad-on-purpose"),
        (len(appeal_viol) >= 10, "POAs for at least 10 violation types"),
        (STYLES - {"mixed"} <= styles, f"all heading styles used (missing {sorted(STYLES - {'mixed'} - styles)})"),
        ({s['kind'] for m in msgs for s in m['labels']['secrets']} == SECRET_KINDS, "every secret kind present"),
        (t001 >= 8, "some T001 positives"),
        (mild >= 3, "some calm letters with a mild word"),
    ]
    if splits != FIRST:
        # a later set is measured whole: each rule needs enough positives for its precision
        # and recall to move in steps smaller than the targets' margins
        for rule in ("T002 message-emotional", "T006 sensitive-data", "T007 policy-not-cited",
                     "A016 account appeal without POA", "T003 appeal-structure (not-done)",
                     *(f"T003 appeal-structure (missing {p})" for p in PARTS)):
            req.append((positives[rule] >= 15, f"at least 15 positives for {rule} (have {positives[rule]})"))
    for k in sorted(KINDS):
        req.append((any(m["kind"] == k for m in msgs), f"kind {k} present"))
    for ok, what in req:
        if not ok:
            errors.append("dataset: " + what)
    if splits == FIRST:
        # split balance per category and bad flag
        cat = C((m["violation"] if m["kind"] in APPEALS else m["kind"], m["labels"]["bad_on_purpose"], m["_split"])
                for m in msgs)
        for (c, b) in {(c, b) for c, b, _ in cat}:
            if abs(cat[(c, b, "tuning")] - cat[(c, b, "heldout")]) > 1:
                errors.append(f"dataset: split imbalance in stratum {c}/bad={b}")

    if errors:
        print(f"\nFAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("\nPASS")


if __name__ == "__main__":
    main()
