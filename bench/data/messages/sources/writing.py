"""What every author's source script shares: a message with its labels (``Author.message``), its
TOML text (``dump``) and the writing of one author's folder (``write_messages``)."""
import glob
import os
import sys
import tomllib

import tomlkit

MSGDIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, MSGDIR)  # validate.py, the labels' rules, is in the folder above
import validate  # noqa: E402


def write_messages(out, prefix, messages, dump):
    """Each message as ``out/<id>.toml`` (``dump`` makes its text); the author's other files
    (``prefix*.toml``) are removed first, so a message taken out of the script goes too."""
    ids = [m["id"] for m in messages]
    assert len(ids) == len(set(ids)), "duplicate id"
    os.makedirs(out, exist_ok=True)
    for path in glob.glob(os.path.join(out, prefix + "*.toml")):
        if os.path.basename(path)[:-len(".toml")] not in ids:
            os.remove(path)
    for m in messages:
        with open(os.path.join(out, m["id"] + ".toml"), "w", encoding="utf-8") as f:
            f.write(dump(m))
    print(f"wrote {len(messages)} messages to {os.path.normpath(out)}")


A, L = "account-appeal", "listing-reinstatement"
F, T, B, C = "fba-reimbursement", "technical-issue", "brand-dispute", "category-approval"
APPEALS = {A, L}


class Author:
    """One author's messages, written to ``messages/<split>/<prefix>*.toml``."""

    def __init__(self, prefix, split):
        self.prefix = prefix
        self.out = os.path.join(MSGDIR, "messages", split)
        self.messages = []

    def message(self, id, kind, viol, mp, writer, subject, text, lang="en", topic="", style="", rc=None, co=None,
                done=True, pr=None, att=False, pol=(), emo=(), sec=(), dec=(), notes=""):
        """One message. style != "" means the text holds a POA; rc/co/pr are the section starts of
        the parts a careful reader finds (None = absent)."""
        poa = bool(style)
        sections = {}
        for key, v in (("root_cause", rc), ("corrective", co), ("preventive", pr)):
            if poa and v:
                sections[key] = v
        labels = {
            "poa": poa, "poa_attached": att,
            "root_cause": poa and bool(rc), "corrective": poa and bool(co),
            "corrective_done": poa and bool(co) and done, "preventive": poa and bool(pr),
            "policy_cited": bool(pol), "policy_names": list(pol),
            "emotional": bool(emo), "emotional_phrases": list(emo),
            "secrets": [{"kind": k, "value": v} for k, v in sec],
            "decoys": [{"kind": k, "value": v} for k, v in dec],
            "heading_style": style, "english_required": mp in validate.ENGLISH_REQUIRED_MP,
            "defects": [], "bad_on_purpose": False, "notes": notes,
        }
        m = {"id": self.prefix + id, "kind": kind, "violation": viol, "topic": topic, "marketplace": mp,
             "writer": writer, "language": lang, "subject": subject, "text": text.strip("\n") + "\n",
             "labels": labels}
        labels["defects"] = validate.expected_defects(m)
        labels["bad_on_purpose"] = bool(labels["defects"])
        labels["sections"] = sections
        self.messages.append(m)

    def write(self):
        write_messages(self.out, self.prefix, self.messages, dump)


def dump(m):
    doc = tomlkit.document()
    for k in ("id", "kind", "violation", "topic", "marketplace", "writer", "language", "subject"):
        doc[k] = m[k]
    doc["text"] = tomlkit.string(m["text"], multiline=True)
    labels = tomlkit.table()
    for k, v in m["labels"].items():
        if k == "sections":
            continue
        if k in ("secrets", "decoys"):
            arr = tomlkit.array()
            for d in v:
                it = tomlkit.inline_table()
                it.update(d)
                arr.append(it)
            if v:
                arr.multiline(True)
            labels[k] = arr
        else:
            labels[k] = v
    sec = tomlkit.table()
    for k, v in m["labels"]["sections"].items():
        sec[k] = v
    labels["sections"] = sec
    doc["labels"] = labels
    out = tomlkit.dumps(doc)
    back = tomllib.loads(out)
    assert back["text"] == m["text"] and back["labels"]["sections"] == m["labels"]["sections"], m["id"]
    return out
