"""Who the counterpart is, from their Slack title, as far as the asks need to know.

A product marketing manager asked to "introduce me to someone close to product marketing" is a
miss a human would never make: they *are* the field. Their title (Slack profile `title`, stored
with their name) says whether they work in the goal's field — then the asks reach for the job
itself (shadow them, have them review a draft) — and whether they decide who gets that work
("head of design"), when "who decides about design?" would be asked of the person who does.

Word overlap on stems, not a taxonomy: titles are free text, and a wrong "insider" only swaps an
intro ask for a shadowing one.
"""

from __future__ import annotations

import re

#: Words that say nothing about the field: "senior", "team", "manager" ...
_GENERIC = frozenset(
    """
    the a an of and or for on in at to with my our your their his her its another other new
    team role senior junior lead head chief principal staff associate assistant deputy
    retired former acting interim colleague peer mentor sponsor level skip
    """.split()  # noqa: SIM905 (a word list reads best as words)
)
_DECIDER = re.compile(
    r"(?i)\b(?:head of|director|vp|vice president|chief|cto|cfo|ceo|coo|cmo|cpo)\b"
)
_STEM = 5
_ARTICLES = frozenset(["the", "a", "an", "of"])


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {w[:_STEM] for w in words if w not in _GENERIC and len(w) > 1}


def works_in(title: str | None, focus: str | None) -> bool:
    """Whether someone with this title works in the focus area ("product marketing manager"
    and "product marketing"; "QA engineer" and "QA automation")."""
    if not title or not focus:
        return False
    return bool(_stems(title) & _stems(focus))


def works_as(title: str | None, step: str | None) -> bool:
    """Whether someone already holds the step the user is aiming for ("nurse practitioner" and
    "the nurse practitioner role"): every word of the step's title is in theirs, seniority
    included, so a principal engineer is not taken for the senior engineer the user wants to be."""
    if not title or not step:
        return False
    wanted = re.sub(r"(?i)^the | role$", "", step)
    words = {w[:_STEM] for w in re.findall(r"[a-z]+", wanted.lower()) if w not in _ARTICLES}
    held = {w[:_STEM] for w in re.findall(r"[a-z]+", title.lower())}
    return bool(words) and words <= held


def decides(title: str | None) -> bool:
    """A title that hands out work and roles in its field: head of, director, VP, chief."""
    return bool(title and _DECIDER.search(title))


#: Someone whose job is the user's practice and how they are carrying it: a professional or
#: clinical supervisor outside the line (round 48: a social worker's supervisor was "owed"
#: gives and told "you don't owe anyone the details" of an uplift that supervision is for). A
#: line "supervisor" is a manager, and "Head of Banking Supervision" a job, so only these words.
_SUPERVISION = re.compile(
    r"(?i)\b(?:professional|clinical|external|practice|reflective)\s+supervisor\b"
    r"|\bsupervision\s+(?:sessions?|with|for|of\s+my)\b|\b(?:monthly|reflective|clinical)\s+supervision\b"
)


def supervises_practice(title: str | None) -> bool:
    """A title that makes the 1:1 supervision of the user's practice (`_SUPERVISION`)."""
    return bool(title and _SUPERVISION.search(title))


__all__ = ["decides", "supervises_practice", "works_as", "works_in"]
