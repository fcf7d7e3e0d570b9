"""What a card says in its own voice, apart from the user's words it quotes back to them."""

import re

_QUOTED = re.compile(r"“[^”]*”")


def outside_quotes(text: str) -> str:
    """`text` with every “…” the card quotes from the user's log taken out: a reason may show
    the user their own words so they know which line it means (round 20), but nothing outside
    the quotes may paste them."""
    return _QUOTED.sub("“”", text)
