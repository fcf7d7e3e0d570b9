# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six more personas written blind, for the rating after coaching round 7: nobody who changed the
card code had seen them when it was rated. Their cards are written to `bench/cards/fresh3/`."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

# Six fresh personas for blind prep-card testing.
# Names A, G, W, N, F, P, AG, DONE, Role, weekly, biweekly, monthly, time, Logged, Persona
# are provided by the importer.

FRESH3 = (
    # Promotion with a deadline; skip-level; recent wins; counterpart priority; one open ask.
    Persona(
        "priya_hotel_front_office",
        "Priya",
        "hotel front-office manager",
        "Get promoted to Rooms Division Manager in the June promotion round",
        "Marcus",
        "regional director of operations, her manager's manager",
        Role.SKIP,
        monthly(1, 1),
        time(9, 30),
        "Skip-level before the June round: three recent wins, Marcus's priority on direct bookings, "
        "an open shadowing ask, a follow-up due.",
        logged=(
            Logged(W, "zero walked guests over the Easter overbooking weekend", 16, DONE),
            Logged(
                W, "upsell at check-in up 18% on last quarter after I retrained the desk", 9, DONE
            ),
            Logged(W, "TripAdvisor back to 4.6, first time since the refurb", 4, DONE),
            Logged(P, "Marcus: direct bookings, wants OTA commission down across the region", 33),
            Logged(A, "asked Marcus if I can shadow the revenue manager for a week", 33),
            Logged(N, "he mentioned a Rooms Division job opening in Leeds in the summer", 33),
            Logged(F, "send Marcus the upsell numbers split by desk agent", 5),
            Logged(AG, "Would he back me for June, or should I go for Leeds?", 2),
        ),
        first=False,
    ),
    # Doing the current job better; mentor; brand new, nothing logged.
    Persona(
        "kofi_electrician_apprentice",
        "Kofi",
        "electrician apprentice (third year)",
        "Get quicker and neater on first and second fix so I'm trusted on jobs without a supervisor",
        "Bernadette",
        "retired master electrician, his mentor through the apprenticeship scheme",
        Role.MENTOR,
        monthly(-1, 3),
        time(17, 30),
        "Brand new: first mentor session, nothing logged yet.",
        logged=(),
        first=True,
    ),
    # Stretch project; sponsor; generous giver, barely asks; counterpart priority.
    Persona(
        "siobhan_charity_fundraiser",
        "Siobhan",
        "charity fundraiser (corporate partnerships)",
        "Lead our bid for the Halden Foods three-year partnership, our first ask over £1m",
        "Ruth",
        "director of fundraising, her sponsor (not her line manager)",
        Role.SPONSOR,
        biweekly(2),
        time(13, 0),
        "Generous giver: five things done for Ruth, one small ask; Ruth's priority is legacy income.",
        logged=(
            Logged(G, "covered Ruth's slot at the Rotary lunch talk", 70, DONE),
            Logged(G, "onboarded the new data officer on Raiser's Edge", 52, DONE),
            Logged(G, "pulled 5 yrs of corporate income for her board deck", 40, DONE),
            Logged(G, "ran the gala raffle when her events lead was off sick", 24, DONE),
            Logged(P, "Ruth: legacy income is the board's big worry this year", 24),
            Logged(A, "asked if I could sit in on the Halden intro call", 10),
            Logged(N, "she knows the Halden contact from her hospice days", 10),
            Logged(G, "wrote the corporate section of her trustee report", 6, DONE),
            Logged(AG, "Ask straight out to be named bid lead", 1),
        ),
        first=False,
    ),
    # Move to another function; "other" counterpart; old open ask (~4 months); overdue promise;
    # a personal talking point written in Polish.
    Persona(
        "tomasz_chain_pharmacist",
        "Tomasz",
        "pharmacist in a high-street chain pharmacy",
        "Move from store dispensing into the head-office clinical services team",
        "Helen",
        "head of clinical services at head office, no line relationship",
        Role.OTHER,
        monthly(2, 4),
        time(14, 30),
        "Old open ask (secondment, 128 days), an overdue write-up he promised, "
        "and a personal agenda item in Polish.",
        logged=(
            Logged(A, "asked Helen if there's a secondment slot in clinical services", 128),
            Logged(N, "Helen said they want pharmacists with audit experience", 128),
            Logged(G, "sent Helen our flu jab uptake figures for her pilot", 95, DONE),
            Logged(F, "finish the NMS audit write-up and send it to Helen", 60),
            Logged(W, "store hit 100% on the Pharmacy First consultations target", 30, DONE),
            Logged(
                AG,
                "Powiedzieć, że żona jest w ciąży i może będę potrzebował elastycznych godzin",
                3,
            ),
            Logged(AG, "chase the secondment, politely", 3),
        ),
        first=False,
    ),
    # Leadership; peer; meeting at 19:30 (shift handover); counterpart priority; indirect personal item.
    Persona(
        "dwayne_hospital_porters",
        "Dwayne",
        "hospital porter team lead (nights)",
        "Be the team lead my crew come to first, instead of going over my head to the duty manager",
        "Amara",
        "day-shift porter team lead, his peer",
        Role.PEER,
        weekly(3),
        time(19, 30),
        "Peer 1:1 at the 19:30 handover: give and take roughly even, Amara's priority on discharge "
        "times, an open follow-up, an indirect personal item.",
        logged=(
            Logged(P, "Amara: discharge transfers under 30 min, bed managers on her back", 14),
            Logged(A, "asked Amara how she handles Kev when he refuses jobs", 14, DONE),
            Logged(N, "her tip: agree the job list at start of shift, in front of everyone", 14),
            Logged(G, "took two of her late discharge runs so her lot got off on time", 8, DONE),
            Logged(F, "try the start-of-shift job list for a week, tell her how it went", 7),
            Logged(W, "no escalations to the duty manager from my crew the last 5 nights", 2, DONE),
            Logged(AG, "might need to come off nights for a bit, things at home aren't great", 1),
            Logged(AG, "would she swap a week so I can see how days run?", 1),
        ),
        first=False,
    ),
    # Goal unset; manager; long history lopsided towards asking, several still open; direct personal item.
    Persona(
        "gareth_bus_depot",
        "Gareth",
        "bus depot controller",
        None,
        "Sandra",
        "depot operations manager, his manager",
        Role.MANAGER,
        weekly(1),
        time(6, 15),
        "No goal set; ten entries, seven of them asks (four still open), one gave; "
        "plans to bring up his divorce.",
        logged=(
            Logged(A, "asked for earlies only in Feb", 75, DONE),
            Logged(
                A, "asked Sandra to raise the radio dead spot on the 42 with Ops Control", 60, DONE
            ),
            Logged(G, "covered the late desk when Phil was off", 50, DONE),
            Logged(A, "asked for a parking space near the gate", 45),
            Logged(A, "asked for overtime on the Christmas rota", 30, DONE),
            Logged(A, "asked to go on the new scheduling system training", 21),
            Logged(A, "asked for a new headset, mine keeps cutting out", 12),
            Logged(N, "Sandra seemed stressed about the driver shortage", 12),
            Logged(A, "asked for Sat 14th off, swapping with Dev", 3),
            Logged(AG, "tell her about the divorce so she gets why I keep asking for swaps", 2),
        ),
        first=False,
    ),
)
