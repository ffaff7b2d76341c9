"""Writes one author's messages into their folder: the one step every source script shares."""
import glob
import os


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
