"""``casecheck new TYPE DIR``: a new case folder from the templates shipped in the package.

The manifest lists every field of the type (``{{ placeholders }}`` in text fields, dated and
numeric fields commented out with an example); the IDs and the attachments the type's rule
pack requires are filled in; ``message.md`` has the sections the type's message needs;
``attachments/README.md`` lists the evidence to collect.

A new case is a draft: every placeholder left in it is an I010 error, so that it cannot pass
before it is filled. ``casecheck new --template`` writes a template (``template = true``)
for a template repository instead, where placeholders are allowed.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import SimpleNamespace
from typing import get_args

from casecheck.case_types import case_types
from casecheck.models import ID_KINDS, Marketplace
from casecheck.packs import RulePacks, TypePack, condition_holds

_FIELD_EXAMPLES = {
    "date": "2026-11-24", "datetime": "2026-11-24T10:00:00-05:00", "integer": "0",
    "boolean": "false",
}

TEMPLATE_HEAD = """\
# A casecheck case template ({type}). Fill every {{{{ placeholder }}}}, uncomment and set the
# dated fields, put the files into attachments/, then remove `template = true`.
# Check it with `casecheck check --template` while it is a template, `casecheck check` after.
type = "{type}"
template = true
"""
DRAFT_HEAD = """\
# A casecheck case draft ({type}). Fill every {{{{ placeholder }}}} (each one left is an I010
# error), uncomment and set the dated fields, and put the files into attachments/.
# `casecheck check` says what is still missing.
type = "{type}"
# template = true                               # a template to copy, not a case to submit
"""
COMMON_HEAD = """\
# marketplace: {marketplaces}
marketplace = "US"
subject = "{{{{ subject }}}}"
message_file = "message.md"                     # or write the body inline in `message` instead
# message = \"\"\"...\"\"\"
status = "draft"                                # draft, submitted, open, answered, resolved, closed
# submit_at = 2026-11-24T10:00:00-05:00         # planned submission: the clock of the timing rules
# case_id = "12345678901"                       # the Seller Support case ID, once submitted
# submitted_at = 2026-11-24T10:05:00-05:00
# last_reply_at = 2026-11-25T14:00:00-05:00
prior_cases = []                                # earlier case IDs about the same problem
ignore = []                                     # rule codes switched off for this case
"""


def _slot(ids: str) -> str:
    """The placeholder of one ID of a kind: ``order_ids`` holds ``{{ order_id }}``s."""
    return ids.removesuffix("s")


class ScaffoldError(Exception):
    """The case folder cannot be created (it exists and is not empty, or the type is unknown)."""


def _templates() -> Traversable:
    return resources.files(__package__).joinpath("templates")


def _type_fields(name: str, pack: TypePack) -> str:
    """The type's own field lines: the shipped snippet, or lines made from a pack's fields."""
    shipped = _templates().joinpath(name, "fields.toml")
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    lines = ["contact_path = []                               # the Seller Central menu path"]
    for field, spec in pack.fields.items():
        comment = f"  # {spec.description}" if spec.description else ""
        if spec.type == "string":
            lines.append(f'{field} = "{{{{ {field} }}}}"{comment}')
        elif spec.type == "string-list":
            lines.append(f'{field} = ["{{{{ {field} }}}}"]{comment}')
        else:
            lines.append(f"# {field} = {_FIELD_EXAMPLES[spec.type]}{comment}")
    return "\n".join(lines) + "\n"


def _values(fields_text: str) -> SimpleNamespace:
    """The type's own field values as a requirement's ``when`` sees them."""
    return SimpleNamespace(**tomllib.loads(fields_text))


def manifest_text(name: str, pack: TypePack, *, template: bool = False) -> str:
    fields = _type_fields(name, pack)
    case = _values(fields)
    required_ids = {r.ids for r in pack.required_ids if condition_holds(r.when, case)}
    head = (TEMPLATE_HEAD if template else DRAFT_HEAD).format(type=name) + COMMON_HEAD.format(
        marketplaces=" ".join(get_args(Marketplace)))
    lines = [head, fields, "[ids]"]
    for ids in ID_KINDS:
        value = f'["{{{{ {_slot(ids)} }}}}"]' if ids in required_ids else "[]"
        lines.append(f"{ids} = {value}")
    lines.append('# merchant_token = "A1B2C3D4E5F6G7"            # the seller\'s merchant token')
    required = [r for r in pack.required_attachments if condition_holds(r.when, case)]
    if not required:
        lines += ["", "# [[attachments]]", '# path = "attachments/{{ evidence }}.pdf"',
                  '# kind = "other"', '# description = "{{ evidence_description }}"']
    for requirement in required:
        slot = requirement.kind.replace("-", "_")
        suffix = "png" if requirement.kind == "screenshot" else "pdf"
        lines += ["", "[[attachments]]", f'path = "attachments/{{{{ {slot} }}}}.{suffix}"',
                  f'kind = "{requirement.kind}"', f'description = "{{{{ {slot}_description }}}}"']
    return "\n".join(lines) + "\n"


def evidence_readme(name: str, pack: TypePack, packs: RulePacks) -> str:
    policy = packs.global_.attachments
    formats = ", ".join(f.label for f in policy.formats.types)
    lines = [
        f"# Evidence for the {name} case type", "",
        pack.description, "",
        "Put the files here and list each one under `[[attachments]]` in the manifest with its",
        f"`kind`. Seller Support takes {formats} files of at most "
        f"{policy.size_limit.value:,} bytes, {policy.max_per_message.value} per message.", "",
        "## Required", "",
    ]
    if not pack.required_attachments:
        lines.append("Nothing is required for this type; attach what proves your facts.")
    for requirement in pack.required_attachments:
        when = "; ".join(f"when {field} is {', '.join(values)}"
                         for field, values in requirement.when.items())
        lines.append(f"- `{requirement.kind}`" + (f" ({when})" if when else "")
                     + f": {requirement.source}")
    return "\n".join(lines) + "\n"


def message_text(name: str, pack: TypePack) -> str:
    """The type's message skeleton; a pack-defined type gets the generic one with its IDs."""
    own = _templates().joinpath(name, "message.md")
    if own.is_file():
        return own.read_text(encoding="utf-8")
    text = _templates().joinpath("message.md").read_text(encoding="utf-8")
    slots = [f"{{{{ {_slot(r.ids)} }}}}" for r in pack.required_ids if not r.when]
    if slots:
        text = text.replace("{{ facts }}", "{{ facts }}\nIDs concerned: " + ", ".join(slots), 1)
    return text


def new_case(name: str, folder: Path, packs: RulePacks, *, template: bool = False) -> list[Path]:
    """Write a new case folder of type ``name``, a draft or (``template``) a template;
    returns the files written."""
    types = case_types(packs)
    if name not in types:
        raise ScaffoldError(f"unknown case type {name!r}; known: {', '.join(types)}")
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ScaffoldError(f"{folder} exists and is not an empty folder; nothing was written")
    pack = packs.types.get(name, TypePack())
    files = {
        folder / "case.toml": manifest_text(name, pack, template=template),
        folder / "message.md": message_text(name, pack),
        folder / "attachments" / "README.md": evidence_readme(name, pack, packs),
    }
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
