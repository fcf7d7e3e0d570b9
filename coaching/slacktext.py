"""Reading text as Slack sends it (`should_escape: true`).

Slack escapes `&`, `<` and `>` and wraps mentions, channel links and URLs in angle brackets:
`<@U123|dana>`, `<#C42|general>`, `<https://example.com|example.com>`. The grammar has to see
each of those as one token, and free text has to be turned back into what the user typed before
it is stored, so that a later render does not show `&amp;` or a raw link target.
"""

from __future__ import annotations

import re

from coaching.model import Person

#: A Slack user mention: `<@U123>` or `<@U123|name>` (`W…` ids belong to Enterprise Grid users).
USER_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^<>]*))?>")

#: Any angle-bracketed Slack token; `[^<>]` keeps one broken token from swallowing the rest.
_ANGLE_TOKEN = re.compile(r"<([^<>]*)>")

#: One token of a command: an angle-bracketed Slack token (which may hold spaces) or a word.
_TOKEN = re.compile(r"\s*(<[^<>]*>|\S+)")

#: A free-text `@name` (not the middle of an e-mail address).
FREE_MENTION = re.compile(r"(?<!\S)@([^\s<>@]+)")


def escape(text: str) -> str:
    """Text shown exactly as written inside Slack mrkdwn: the one escaping function for every
    piece of user- or colleague-written text the bot puts in a message or view (design §7).

    `&`, `<` and `>` are escaped, so no `<!here>`, `<https://evil|https://intranet>` or
    `<#C1>` written by someone else can become a live ping or a spoofed link; a user mention
    (`<@U123>`, `<@U123|dana>`) stays a live mention, without its label. Linear in the text.
    """
    parts: list[str] = []
    last = 0
    for match in USER_MENTION.finditer(text):
        parts += [_escape_all(text[last : match.start()]), f"<@{match.group(1)}>"]
        last = match.end()
    parts.append(_escape_all(text[last:]))
    return "".join(parts)


def _escape_all(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Undo Slack's three HTML escapes; `&amp;` last so `&amp;lt;` stays the literal `&lt;`."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def next_token(text: str) -> tuple[str, str]:
    """Split off the first token; returns ("", "") when nothing but whitespace is left."""
    match = _TOKEN.match(text)
    if not match:
        return "", ""
    return match.group(1), text[match.end() :]


def tokens(text: str) -> list[str]:
    """All tokens of `text`, with Slack's bracketed tokens kept whole."""
    return _TOKEN.findall(text)


def mention_person(token: str) -> Person | None:
    """The Slack user a `<@U…>` token names, keeping the `|name` label when Slack sent one."""
    match = USER_MENTION.fullmatch(token)
    if not match:
        return None
    label = unescape(match.group(2) or "").strip()
    return Person(user_id=match.group(1), name=label or None)


def is_slack_token(token: str) -> bool:
    """True for anything Slack wrapped in angle brackets (mention, channel, link, @here)."""
    return token.startswith("<") and token.endswith(">")


def _render_token(match: re.Match[str]) -> str:
    """How one bracketed token reads as plain text.

    User mentions stay as they are so they still render as a mention later; channel links,
    URLs and special mentions become the label the user saw when they typed them.
    """
    inner = match.group(1)
    if USER_MENTION.fullmatch(match.group(0)):
        return match.group(0)
    target, _, label = inner.partition("|")
    if label and target.startswith("#"):
        return f"#{label}"
    if label:
        return label
    if target.startswith("!"):
        keyword = target[1:].split("^", 1)[0]
        return f"@{keyword}" if keyword in {"here", "channel", "everyone"} else match.group(0)
    if target.startswith("#"):
        return match.group(0)
    return target


def clean_text(raw: str) -> str:
    """Free text as the user typed it: links and channels shown by label, escapes undone.

    Callers that render this back into Slack mrkdwn must escape `&`, `<` and `>` again.
    """
    return unescape(_ANGLE_TOKEN.sub(_render_token, raw)).strip()


def mentioned_user_ids(raw: str) -> list[str]:
    """The Slack users a message mentions, in order, each once."""
    return list(dict.fromkeys(match.group(1) for match in USER_MENTION.finditer(raw)))


def first_person_in(raw: str) -> Person | None:
    """The first person mentioned in `raw`: a Slack mention or a free-text `@name`, whichever
    comes first (the DM rule: "win: shipped it with <@U1>" is about U1)."""
    found: list[tuple[int, Person]] = []
    slack = USER_MENTION.search(raw)
    if slack:
        person = mention_person(slack.group(0))
        if person:
            found.append((slack.start(), person))
    for free in FREE_MENTION.finditer(raw):
        name = unescape(free.group(1)).strip(".,;:!?()'\"")
        if name:
            found.append((free.start(), Person(name=name)))
            break
    return min(found, key=lambda item: item[0])[1] if found else None
