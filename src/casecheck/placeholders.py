"""Template placeholders: the canonical ``{{ name }}`` slot of a case template."""

from __future__ import annotations

import re

CANONICAL = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def is_placeholder(value: str) -> bool:
    """True when ``value`` holds a template slot such as ``{{ order_id }}``."""
    return CANONICAL.search(value) is not None
