# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six more personas written blind, for the final rating of round 6: nobody who changed the card
code had seen them when it was rated. Their cards are written to `bench/cards/fresh2/`."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH2 = (
    Persona(
        "sous_chef_head_chef_deadline",
        "Kwame Asante",
        "sous chef at a city-centre brasserie",
        "Get made head chef of the new Leeds site before it opens in March.",
        "Helen Marsh",
        "executive chef, his manager",
        Role.MANAGER,
        weekly(1),
        time(15, 0),
        "Long, lopsided towards asking: seven asks (four still open), one favour given, a followup and a direct personal rota item.",
        logged=(
            Logged(A, "asked Helen to let me write the spring tasting menu", 3),
            Logged(A, "asked to come on the supplier visit to the fish market", 9),
            Logged(A, "asked Helen if I can sit in on the Leeds P&L review", 16),
            Logged(A, "asked for feedback on how I assessed the new commis", 24, DONE),
            Logged(A, "asked her to put me forward for Level 4 food safety", 33, DONE),
            Logged(A, "asked for Sundays off over school holidays", 41, DONE),
            Logged(A, "asked to run the pass on Saturday nights", 52),
            Logged(
                G, "did Helen's Monday stock count while she was at the Leeds fit-out", 20, DONE
            ),
            Logged(F, "send Helen the costed allergen matrix for spring menu", 5),
            Logged(AG, "need to sort Saturday childcare - can we talk about the rota?", 1),
        ),
        first=False,
    ),
    Persona(
        "response_sergeant_to_forensics",
        "Rhiannon Pryce",
        "police response sergeant",
        "Move from response policing into the digital forensics unit within the next year.",
        "Owen Okafor",
        "detective inspector in the digital forensics unit, her mentor on the force mentoring scheme",
        Role.MENTOR,
        monthly(-1, 3),
        time(19, 30),
        "Sparse; one ask for a shadow day left open for nearly five months; meets at 19:30 after early turn.",
        logged=(
            Logged(A, "asked Owen for a shadow day at the digital forensics lab", 147),
            Logged(
                N,
                "Owen: unit short of people who can give evidence in court, not just image phones",
                118,
            ),
            Logged(F, "look into Level 3 digital evidence course + who funds it", 90, DONE),
            Logged(AG, "still keen on the shadow day - any chance before Christmas?", 2),
        ),
        first=False,
    ),
    Persona(
        "ta_first_meeting_no_goal",
        "Shauna Doyle",
        "primary school teaching assistant (Year 2)",
        None,
        "Farida Haque",
        "deputy head teacher, her skip-level (she reports to the Year 2 class teacher)",
        Role.SKIP,
        biweekly(2),
        time(15, 30),
        "Brand new: first 1:1 of the series, no goal set and nothing logged yet.",
        logged=(),
        first=True,
    ),
    Persona(
        "first_officer_crm_stretch",
        "Ingrid Solberg",
        "airline first officer on the A320 fleet",
        "Lead the redesign of our base's annual crew resource management refresher day.",
        "Marcus Bell",
        "base chief pilot, her sponsor",
        Role.SPONSOR,
        monthly(1, 1),
        time(11, 0),
        "Three recent wins, a stated counterpart priority on fatigue reporting, one fresh open ask and a followup.",
        logged=(
            Logged(W, "upgrade-prep sim signed off by the training captain, no repeats", 4),
            Logged(W, "my report on the Bristol go-around went into the safety bulletin", 9),
            Logged(W, "ran the debrief workshop for the new cadets, good feedback", 13),
            Logged(
                P,
                "Marcus wants the CRM day to get people reporting fatigue honestly, not box-ticking",
                20,
            ),
            Logged(A, "asked Marcus to introduce me to the training manager re CRM day", 6),
            Logged(F, "one-page outline of the CRM refresher for Marcus", 6),
        ),
        first=False,
    ),
    Persona(
        "marine_postdoc_grant_writing",
        "Tomas Herrera",
        "postdoctoral researcher in marine ecology",
        "Get my grant writing good enough that my sections go in without heavy edits.",
        "Aoife Brennan",
        "senior research fellow in the same group, co-author and peer",
        Role.PEER,
        weekly(4),
        time(16, 0),
        "Balanced give-and-take, a counterpart priority on data management, and an indirect personal talking point.",
        logged=(
            Logged(N, "Aoife rewrote most of my pathways to impact - structure, not content", 15),
            Logged(
                P,
                "Aoife: data management plan has to be solid this round, panel flagged it last time",
                15,
            ),
            Logged(
                G, "cleaned + shared the 2022 mooring temperature data for Aoife's paper", 28, DONE
            ),
            Logged(A, "asked Aoife to review my case for support draft", 8, DONE),
            Logged(F, "redo impact section with her structure, send by Wed", 3),
            Logged(
                AG,
                "might need to go quieter on the cruise planning for a few weeks, a few things going on",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "night_shift_supervisor_leadership",
        "Agnieszka Wrobel",
        "night shift supervisor at a grocery distribution centre",
        "Be ready to run the whole night shift when Dev retires in the summer, with the team behind me.",
        "Marguerite Okonjo",
        "site HR business partner, not in her reporting line",
        Role.OTHER,
        biweekly(0),
        time(6, 30),
        "Generous giver (five favours done), one old ask done, a safety win, and a personal talking point in Polish; meets at 06:30 after nights.",
        logged=(
            Logged(
                G,
                "translated the fire drill briefing into Polish and Romanian for Marguerite",
                40,
                DONE,
            ),
            Logged(G, "ran the nights side of the engagement survey - 84% response", 26, DONE),
            Logged(G, "buddied the 3 new agency pickers through induction week", 19, DONE),
            Logged(G, "stayed on to help Marguerite with return-to-work interviews", 11, DONE),
            Logged(G, "pulled the overtime figures she needed for the pay review", 4, DONE),
            Logged(A, "asked about getting on the first-line manager course", 30, DONE),
            Logged(W, "zero lost-time injuries on nights this quarter", 7),
            Logged(AG, "Zapytać o urlop w listopadzie - ślub siostry w Krakowie", 2),
        ),
        first=False,
    ),
)
