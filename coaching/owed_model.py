"""Whether a follow-up reads as the user's promise to this counterpart, by a small learned model.

Word rules decide first who a follow-up is for (`coaching.due.owed_to_them`); fitted to the lines
they were fixed on, they carried badly to lines written later by someone else: on the third blind
set they still handed the counterpart 62 of 130 lines that were not theirs ("reply to the
recruiter (Ana) by 4 dec" to a sponsor, a supplier's tandoor "here's what I promised" to a GM).
So the card hands a line over only when this model agrees (`coaching.due.handed_to_them`): a
`coaching.line_model` reading, trained on the two earlier blind sets (`python -m
coaching.line_train owed`).
"""

from __future__ import annotations

from collections.abc import Callable

from coaching.line_model import load

ARTIFACT = "owed_model.json"
#: Handed over from this probability up: low, so the model stops only lines it is fairly sure
#: are not theirs, for a real promise kept off the card is a miss too, and a bare task ("absence
#: numbers v2 - by fri") is rare in the training sets, which score it low. By 5-fold CV on them:
#: 137 of 140 promises kept, 80 of 260 other lines stopped (at 0.3: 128 and 193).
BAR = 0.08


def promise_probability(text: str, is_them: Callable[[str], bool]) -> float:
    """How likely the line is a promise the user owes the counterpart (`is_them`: whether a
    word names them)."""
    return load(ARTIFACT).probability(text, is_them)


def reads_as_theirs(text: str, is_them: Callable[[str], bool]) -> bool:
    return promise_probability(text, is_them) >= BAR
