"""How many examples a property test draws.

The README's quick command is the one a developer runs after every change, so it draws a
quarter of each property test's examples (at least ten). `.ci/run` then runs every property test
again with all of them (ONEONONE_TEST_THOROUGH=1), so a landing run searches as hard as ever.
"""

from __future__ import annotations

import os

THOROUGH = os.environ.get("ONEONONE_TEST_THOROUGH") == "1"


def examples(thorough: int) -> int:
    """The examples to draw for a test that draws `thorough` in the thorough run."""
    return thorough if THOROUGH else max(10, thorough // 4)
