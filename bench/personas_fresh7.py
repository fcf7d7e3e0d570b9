# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 9 (set H)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH7 = (
    Persona(
        "firefighter_first_skip",
        "Aisha",
        "crew manager at a two-pump fire station",
        "Get onto the next station manager development programme",
        "GM Hollis",
        "group manager over her station, her watch manager's boss",
        Role.SKIP,
        monthly(1, 1),
        time(10, 0),
        "Brand-new user: just set up the series with the group manager, nothing logged yet.",
        logged=(),
        first=True,
    ),
    Persona(
        "night_sub_always_covering",
        "Ciaran",
        "night sub-editor on a regional daily newspaper",
        "Get a shot at the courts beat by spring",
        "Moira",
        "news editor, his line manager",
        Role.MANAGER,
        weekly(3),
        time(15, 30),
        "Long history lopsided the other way: many gives, one old ask never answered.",
        logged=(
            Logged(A, "asked Moira about shadowing Declan on courts", 84),
            Logged(G, "covered Sat late for Moira again, 3rd time this month", 62, DONE),
            Logged(G, "rewrote the council budget splash at 11pm after legal flagged it", 48, DONE),
            Logged(G, "trained the 2 new trainees on CMS + house style", 40, DONE),
            Logged(G, "ran the by-election live blog til 4am", 33, DONE),
            Logged(
                N,
                "Moira said 'youre wasted on the desk' at Gerry's leaving do, never followed up",
                30,
            ),
            Logged(G, "moved my Aug week off so the desk was covered while Moira's away", 21, DONE),
            Logged(P, "Moira: group wants local news page views up 20% by Q3", 14),
            Logged(W, "my bin strike headline was top-read story of the month", 9),
            Logged(
                G, "subbed Declan's inquest copy, caught a contempt risk before it went", 5, DONE
            ),
            Logged(F, "send Moira 3 story ideas from this wks planning list", 3),
            Logged(
                AG, "can I have 1 day a wk on courts from Sept if someone else subs that night", 1
            ),
        ),
        first=False,
    ),
    Persona(
        "planning_officer_welsh_peer",
        "Gwenno",
        "planning officer in a county council planning office",
        None,
        "Rhys",
        "enforcement officer in the same planning service, a peer she trades favours with",
        Role.PEER,
        biweekly(4),
        time(12, 30),
        "Bilingual Welsh/English peer log, goal None; favours both ways, one open ask.",
        logged=(
            Logged(G, "gwneud y site visit yn Abersoch i Rhys tra oedd o ar gwrs", 45, DONE),
            Logged(A, "asked Rhys for his Article 4 appeal notes", 38, DONE),
            Logged(
                N, "Rhys wedi blino, 40+ enforcement cases ar agor, llwyth gwaith yn wirion", 20
            ),
            Logged(P, "Rhys: clear the holiday let complaints backlog before Easter", 16),
            Logged(A, "gofyn i Rhys ddod i'r pwyllgor efo fi ar gyfer cais Tŷ Gwyn", 12),
            Logged(G, "sent Rhys the GIS layer for the Llŷn boundary", 8, DONE),
            Logged(F, "anfon y lluniau o'r safle i Rhys", 2),
            Logged(AG, "sut da ni'n rhannu'r gwaith Article 4 rhwng DM a gorfodaeth?", 0),
        ),
        first=False,
    ),
    Persona(
        "physio_fcp_mentor",
        "Priya",
        "musculoskeletal physiotherapist (band 6) in an NHS outpatient clinic",
        "Qualify as a first contact practitioner in GP surgeries by next autumn",
        "Helen",
        "consultant physiotherapist at a neighbouring trust, her mentor through a professional mentoring scheme",
        Role.MENTOR,
        monthly(-1, 3),
        time(17, 30),
        "Steady mentoring history: recent wins, one open ask, a portfolio she owes, mentor's own priority.",
        logged=(
            Logged(A, "asked Helen to look at my MSc module choices", 75, DONE),
            Logged(W, "passed the MSK injection therapy course", 50),
            Logged(N, "Helen said FCP posts in our ICB frozen till April", 44),
            Logged(G, "sent Helen 3 anonymised case studies for her CSP talk", 30, DONE),
            Logged(
                P,
                "Helen: presenting FCP workforce plan to the ICB in June, wants band 6s on the roadmap",
                28,
            ),
            Logged(A, "asked Helen if I can shadow her FCP clinic at Ashfield surgery", 18),
            Logged(F, "finish stage 1 FCP roadmap portfolio + send to Helen", 10),
            Logged(W, "ran the low back pain class solo for 6 wks, 82% completion", 4),
            Logged(AG, "FCP portfolio before or after the MSc dissertation??", 2),
        ),
        first=False,
    ),
    Persona(
        "cellist_outreach_sponsor",
        "Joanna",
        "section cellist in a regional symphony orchestra",
        "Lead the orchestra's learning and outreach programme from next season",
        "Martin",
        "the orchestra's chief executive, who put her name forward for the outreach lead role",
        Role.SPONSOR,
        monthly(2, 1),
        time(13, 15),
        "Sponsor relationship with an open budget ask, a strong recent win, and one health overshare.",
        logged=(
            Logged(
                N, "Martin put my name to the board for outreach lead, told me after the Mahler", 60
            ),
            Logged(P, "Martin: Arts Council renewal next yr, wants schools reach doubled", 45),
            Logged(A, "asked Martin for a budget line for the outreach pilot", 40),
            Logged(G, "played the donors reception quartet at 2 days notice for Martin", 32, DONE),
            Logged(W, "ran the Year 5 workshop at St Anne's, 3 more schools asking for one", 25),
            Logged(F, "send Martin the pilot numbers for the board pack", 6),
            Logged(
                AG,
                "tell Martin why I missed the Elgar - tendonitis is back, physio might say stop playing for months",
                1,
            ),
            Logged(AG, "could outreach lead be 0.5 and I stay in the section the other half?", 1),
        ),
        first=False,
    ),
    Persona(
        "apprentice_mechanic_assessor",
        "Liam",
        "second-year apprentice vehicle technician in a car dealership workshop",
        "Pass my end-point assessment with a distinction and get kept on as a tech",
        "Bev",
        "his apprenticeship assessor from the training provider, visits the workshop monthly",
        Role.OTHER,
        monthly(3, 2),
        time(7, 45),
        "Assessor relationship: behind on portfolio, two follow-ups owed, one open ask, no gives.",
        logged=(
            Logged(P, "Bev: EPA gateway in March, need 12 signed job cards min", 55),
            Logged(
                A,
                "asked Bev to have a word w Gaz about getting me on diag jobs not just tyres n services",
                50,
            ),
            Logged(N, "Bev says portfolio behind, only 5 job cards on OneFile", 28),
            Logged(W, "passed hybrid/EV level 2 module first time", 20),
            Logged(F, "upload clutch job photos + Gaz sign off to OneFile", 12),
            Logged(F, "get Gaz to sign the timing belt job card", 4),
            Logged(AG, "what does distinction actually need? nobodys told me", 0),
        ),
        first=False,
    ),
)
