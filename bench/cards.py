"""Twelve prep cards for varied personas, as the user would read them in `oneonone shell`.

Each persona is a user (profession, goal), one counterpart (manager, skip-level, mentor, sponsor,
peer) with a cadence, and a history (new user, long history, lopsided balance, open asks, wins,
flagged points). The card goes through the real builder (`coaching.prep.build_prep`), the real
Block Kit view (`handlers.views.prep.prep_message`) and the shell's text renderer
(`bot.blocktext`), and is written to `bench/cards/NN_<persona>.txt` with a short header that tells
a reviewer who the card is for. The output is checked in and rated by someone who did not write
the catalogue; regenerate it after changing the catalogue or the logic:

    python bench/cards.py            # writes bench/cards/*.txt and prints one line per card
    python bench/cards.py --check    # exits 1 when the checked-in cards are out of date

Six more personas, written blind by someone who saw neither this code nor the twelve above, live
in `bench/personas_fresh.py`; their cards go to `bench/cards/fresh/`. Six more, written blind
for the final rating of round 6, are in `bench/personas_fresh2.py` → `bench/cards/fresh2/`, and six
for the rating after round 7 in `bench/personas_fresh3.py` → `bench/cards/fresh3/`, and six for
the rating after round 8 in `bench/personas_fresh4.py` → `bench/cards/fresh4/`, and six for the
rating after round 9 in `bench/personas_fresh5.py` → `bench/cards/fresh5/`, and twelve for the
rating after round 10 in `bench/personas_fresh6.py` and `bench/personas_fresh7.py` →
`bench/cards/fresh6/` and `bench/cards/fresh7/`, and twelve for the rating after round 11 in
`bench/personas_fresh8.py` and `bench/personas_fresh9.py` → `bench/cards/fresh8/`, `fresh9/`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import common  # noqa: F401  (puts the repository on sys.path)

from bot.blocktext import Renderer
from coaching.focus import derive_focus
from coaching.model import (
    Cadence,
    CadenceKind,
    CoachingContext,
    Entry,
    EntryKind,
    EntryStatus,
    Person,
    Relationship,
    Role,
    SeriesSpec,
)
from coaching.prep import PrepCard, build_prep, meeting_for
from coaching.recurrence import next_occurrence
from handlers.views.prep import prep_message

OUT = Path(__file__).resolve().parent / "cards"
#: A Thursday morning in late November, in the users' zone.
NOW = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
TZ = "Europe/London"


@dataclass(frozen=True)
class Logged:
    kind: EntryKind
    text: str
    days_ago: float
    status: EntryStatus = EntryStatus.OPEN
    #: A flagged talking point whose flag the user already saw in full when adding it.
    seen: bool = True


@dataclass(frozen=True)
class Persona:
    slug: str
    user: str
    profession: str
    goal: str | None
    counterpart: str
    counterpart_title: str
    role: Role
    cadence: Cadence
    at: time
    history: str
    logged: tuple[Logged, ...] = ()
    #: The series was set up after the last occurrence, so this is its first card.
    first: bool = False
    slack_id: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    #: The user's time zone, as their Slack profile gives it (where their week and hours are).
    tz: str = TZ


def weekly(day: int) -> Cadence:
    return Cadence(CadenceKind.WEEKLY, weekday=day)


def biweekly(day: int) -> Cadence:
    return Cadence(CadenceKind.BIWEEKLY, weekday=day)


def monthly(nth: int, day: int) -> Cadence:
    return Cadence(CadenceKind.MONTHLY, weekday=day, nth=nth)


A, G, W, N, F, P, AG = (
    EntryKind.ASK,
    EntryKind.GAVE,
    EntryKind.WIN,
    EntryKind.NOTE,
    EntryKind.FOLLOWUP,
    EntryKind.PRIORITY,
    EntryKind.AGENDA,
)
DONE = EntryStatus.DONE
PRIYA_GOAL = "Become a senior engineer owning the payments platform"

PERSONAS: tuple[Persona, ...] = (
    Persona(
        "priya_manager_new",
        "Priya",
        "junior backend engineer",
        PRIYA_GOAL,
        "Dana",
        "engineering manager",
        Role.MANAGER,
        weekly(1),
        time(10, 0),
        "New user: goal set today, first 1:1 of the series, nothing logged yet.",
        first=True,
    ),
    Persona(
        "priya_skip_win",
        "Priya",
        "junior backend engineer",
        PRIYA_GOAL,
        "Marcus",
        "director of engineering (Priya's skip-level)",
        Role.SKIP,
        monthly(1, 4),
        time(14, 0),
        "Three weeks in. A win logged 5 days ago; one earlier 1:1 with Marcus, notes only.",
        logged=(
            Logged(
                N, "Marcus talked about consolidating the payment providers next year", 26, DONE
            ),
            Logged(W, "shipped the retry dashboard to all EU customers", 5),
            Logged(AG, "How does the platform group decide what to build next year?", 1),
        ),
    ),
    Persona(
        "priya_mentor_open_ask",
        "Priya",
        "junior backend engineer",
        PRIYA_GOAL,
        "Sofia",
        "principal engineer in another org, Priya's mentor",
        Role.MENTOR,
        biweekly(2),
        time(16, 0),
        "An intro ask open for 12 days; an idea noted last week; gave Sofia help once.",
        logged=(
            Logged(
                A, "asked <@U0SOFIA|sofia> for an intro to someone on the data platform team", 12
            ),
            Logged(G, "reviewed Sofia's conference talk slides", 20, DONE),
            Logged(N, "idea: move the payment retries onto the shared job queue", 6),
            Logged(W, "shipped the retry dashboard to all EU customers", 5),
        ),
        names={"U0SOFIA": "Sofia"},
    ),
    Persona(
        "priya_sponsor_win",
        "Priya",
        "junior backend engineer",
        PRIYA_GOAL,
        "Elena",
        "VP of engineering, Priya's sponsor",
        Role.SPONSOR,
        monthly(-1, 3),
        time(11, 30),
        "Win logged 2 days ago; a talking point about the promotion cycle.",
        logged=(
            Logged(W, "cut checkout errors by 30% with the new retry logic", 2),
            Logged(AG, "What would you need to see from me before the next promotion round?", 1),
        ),
    ),
    Persona(
        "tomas_nurse_lopsided",
        "Tomás",
        "staff nurse, cardiac ward",
        "I want to become a charge nurse on the cardiac ward within two years",
        "Grace",
        "nurse manager",
        Role.MANAGER,
        weekly(0),
        time(13, 30),
        "Long history, lopsided: asked Grace 5 times in 90 days, helped her once; Grace "
        "mentioned a priority two weeks ago.",
        logged=(
            Logged(A, "asked for the advanced life support course", 80, DONE),
            Logged(A, "asked to swap my night shifts in December", 60, DONE),
            Logged(A, "asked Grace for a reference for the preceptor course", 41, DONE),
            Logged(A, "asked about leading the morning safety huddle", 20, DONE),
            Logged(A, "asked for study leave for the preceptor exam", 9, DONE),
            Logged(G, "covered the Friday late shift for Grace", 70, DONE),
            Logged(P, "cutting agency shifts on nights", 14),
            Logged(W, "ran the sepsis audit for the ward", 30),
            Logged(AG, "Could I shadow the charge nurse on a weekend shift?", 2),
        ),
    ),
    Persona(
        "aisha_peer_generous",
        "Aisha",
        "content marketer",
        "move into product marketing",
        "Ben",
        "product marketing manager on another team (a peer)",
        Role.PEER,
        biweekly(3),
        time(15, 0),
        "Aisha has helped Ben four times and never asked; a peer 1:1 she set up herself.",
        logged=(
            Logged(G, "edited Ben's launch blog post", 50, DONE),
            Logged(G, "pulled the webinar sign-up numbers for Ben", 35, DONE),
            Logged(G, "wrote three subject lines for the launch email", 21, DONE),
            Logged(G, "covered Ben's slot at the content review", 8, DONE),
            Logged(AG, "How do you write a positioning doc?", 3),
        ),
    ),
    Persona(
        "hannah_teacher_flagged",
        "Hannah",
        "secondary school physics teacher",
        "become head of the science department",
        "Margaret",
        "retired head teacher, Hannah's mentor",
        Role.MENTOR,
        monthly(2, 1),
        time(16, 30),
        "Two flagged talking points (one added before this version, so its flag has not been "
        "shown yet), two work points; a gift logged last month.",
        logged=(
            Logged(G, "shared my KS4 practical scheme with Margaret's old school", 33, DONE),
            Logged(
                AG,
                "I've been diagnosed with anxiety and I'm not sure I can handle more",
                6,
                seen=True,
            ),
            Logged(AG, "How did you handle your first year leading a department?", 4),
            Logged(AG, "My head of department is useless and everyone knows it", 2, seen=False),
            Logged(AG, "Should I apply for the second-in-department post in January?", 1),
        ),
    ),
    Persona(
        "kwame_accountant_personal",
        "Kwame",
        "accountant at a mid-size firm",
        "Get promoted to senior accountant this year",
        "Ruth",
        "finance manager",
        Role.MANAGER,
        weekly(4),
        time(9, 30),
        "Long history that has turned mostly personal (talk about family and the house move).",
        logged=(
            Logged(N, "Ruth and I talked about my wife's pregnancy", 60, DONE),
            Logged(N, "my son started nursery and is sick every week", 48, DONE),
            Logged(N, "told Ruth about the mortgage problems on the new house", 40, DONE),
            Logged(N, "closed the month-end two days early", 33, DONE),
            Logged(N, "my daughter's school play clashes with quarter-end", 27, DONE),
            Logged(N, "talked about my dad's hospital appointments", 20, DONE),
            Logged(N, "reviewed the VAT return process with Ruth", 14, DONE),
            Logged(N, "my wife and I are arguing about the move", 7, DONE),
            Logged(W, "automated the intercompany reconciliation", 10),
            Logged(AG, "the audit timeline for January", 1),
        ),
    ),
    Persona(
        "lucia_sales_after_hours",
        "Lucía",
        "enterprise account executive",
        "Sell more to enterprise customers",
        "Tom",
        "regional sales director",
        Role.MANAGER,
        biweekly(3),
        time(19, 30),
        "Goal gives no clear focus area; biweekly 1:1 on Thursday evenings; a feedback ask "
        "two weeks ago.",
        logged=(
            Logged(A, "asked Tom for feedback on my discovery calls", 15, DONE),
            Logged(W, "closed the Northwind renewal a quarter early", 24),
            Logged(G, "trained the two new SDRs on our demo script", 40, DONE),
        ),
    ),
    Persona(
        "jun_datasci_skip_pending",
        "Jun",
        "senior data scientist",
        "become a principal data scientist",
        "Anita",
        "head of data (Jun's skip-level)",
        Role.SKIP,
        monthly(3, 2),
        time(10, 0),
        "Two asks still open (introduction 40 days, visibility 15 days); an idea noted.",
        logged=(
            Logged(A, "asked Anita to introduce me to the pricing team lead", 40),
            Logged(A, "asked to present the churn model at the quarterly business review", 15),
            Logged(N, "idea: a shared feature store for the churn and pricing models", 9),
            Logged(G, "reviewed the data strategy doc for Anita", 30, DONE),
        ),
    ),
    Persona(
        "maya_designer_sponsor",
        "Maya",
        "product designer",
        "grow into a design lead for the mobile app",
        "Carlos",
        "head of design, Maya's sponsor",
        Role.SPONSOR,
        monthly(1, 0),
        time(12, 0),
        "Asked a lot lately (4 asks, 1 gift); Carlos mentioned a priority; no recent win.",
        logged=(
            Logged(A, "asked Carlos to put my name forward for the redesign lead", 70, DONE),
            Logged(A, "asked for feedback on my portfolio review", 45, DONE),
            Logged(A, "asked Carlos for a conference ticket", 30, DONE),
            Logged(A, "asked about joining the design systems guild", 12, DONE),
            Logged(G, "ran the accessibility workshop for Carlos's team", 55, DONE),
            Logged(P, "hiring two senior designers before March", 18),
        ),
    ),
    Persona(
        "sam_support_peer_new",
        "Sam",
        "customer support specialist",
        "move from support into QA automation",
        "Olu",
        "QA engineer (a colleague on another team)",
        Role.OTHER,
        biweekly(4),
        time(11, 0),
        "Second card: one ask to Olu open 8 days; an owed follow-up.",
        logged=(
            Logged(A, "asked Olu if I could pair on writing Playwright tests", 8),
            Logged(F, "send Olu the list of flaky checkout bugs", 8),
            Logged(AG, "Which QA course would you do first?", 1),
        ),
    ),
)


def _entries(persona: Persona, rid: int) -> tuple[Entry, ...]:
    rows = []
    for n, item in enumerate(persona.logged, start=1):
        created = NOW - timedelta(days=item.days_ago)
        rows.append(
            Entry(
                id=rid * 100 + n,
                kind=item.kind,
                text=item.text,
                status=item.status,
                created_at=created,
                relationship_id=rid,
                done_at=created + timedelta(days=2) if item.status is DONE else None,
                flag_noted_at=created if item.kind is AG and item.seen else None,
            )
        )
    return tuple(rows)


def card_for(persona: Persona, rid: int) -> PrepCard:
    """The persona's prep card, built as the bot builds it."""
    spec = SeriesSpec(
        persona.cadence, persona.at, tz=persona.tz, starts_on=(NOW - timedelta(days=60)).date()
    )
    relationship = Relationship(
        rid, Person(name=persona.counterpart), persona.role, title=persona.counterpart_title
    )
    ctx = CoachingContext(
        relationship=relationship,
        entries=_entries(persona, rid),
        goal=persona.goal,
        now=NOW,
        names=persona.names,
        series=(spec,),
    )
    start = next_occurrence(spec, after=NOW)
    assert start is not None
    meeting = meeting_for(rid, start, now=NOW, tz=persona.tz, first=persona.first)
    return build_prep(ctx, meeting=meeting)


def render(persona: Persona, rid: int) -> str:
    card = card_for(persona, rid)
    body = Renderer(lambda user_id: persona.names.get(user_id)).message(prep_message(card))
    focus = derive_focus(persona.goal)
    head = [
        f"Persona: {persona.user}, {persona.profession}.",
        f"Goal: {persona.goal!r} → focus area: {focus or '(none derived)'}.",
        f"Counterpart: {persona.counterpart}, {persona.counterpart_title} "
        f"(role: {persona.role.value}).",
        f"History: {persona.history}",
        "─" * 96,
    ]
    return "\n".join(head) + "\n" + body + "\n"


def _fresh_sets(out: Path) -> list[tuple[Path, tuple[Persona, ...]]]:
    """Every blind set beside this script, in the order it was written: `personas_freshN.py`
    holds `FRESHN` and renders to `cards/freshN/` (the first, `personas_fresh.py`, to
    `cards/fresh/`). Imported here, not at the top: each set imports this module's kit."""
    here = Path(__file__).resolve().parent

    def number(path: Path) -> int:
        return int(path.stem.removeprefix("personas_fresh") or 1)

    sets = []
    for path in sorted(here.glob("personas_fresh*.py"), key=number):
        name = path.stem.removeprefix("personas_")
        module = importlib.import_module(path.stem)
        sets.append((out / name, getattr(module, name.upper())))
    return sets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the files are stale")
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (a preview)")
    args = parser.parse_args()
    stale = 0
    for folder, personas in ((args.out, PERSONAS), *_fresh_sets(args.out)):
        folder.mkdir(parents=True, exist_ok=True)
        for number, persona in enumerate(personas, start=1):
            path = folder / f"{number:02d}_{persona.slug}.txt"
            text = render(persona, number)
            if args.check:
                stale += not path.exists() or path.read_text(encoding="utf-8") != text
            else:
                path.write_text(text, encoding="utf-8")
            print(f"{path.relative_to(args.out)!s:<46} {len(text.splitlines()):>3} lines")
    if stale:
        print(f"{stale} card(s) out of date: run python bench/cards.py", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
