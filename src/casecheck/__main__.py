"""``python -m casecheck``: the same as the ``casecheck`` command. A ``check`` run over
unchanged inputs is answered before the command line module is even imported
(:mod:`casecheck.answers`)."""

import sys

from casecheck import answers

found = answers.find(sys.argv[1:], sys.stdout, sys.stderr)
if found is not None and found[0].output is None:
    sys.exit(answers.give(found[1], sys.stdout, sys.stderr))

from casecheck.cli import main  # noqa: E402 - only once there is no answer

sys.exit(main())
