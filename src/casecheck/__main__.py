"""``python -m casecheck``: the same as the ``casecheck`` command."""

import sys

from casecheck.cli import main

sys.exit(main())
