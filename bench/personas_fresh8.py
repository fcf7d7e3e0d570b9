# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 10 (set I)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH8 = (
    Persona(
        "sous_chef_lopsided",
        "Tomasz",
        "sous chef in a busy 70-cover bistro",
        "Be trusted to run the pass on my own when the Leith site opens in spring",
        "Marco",
        "head chef and co-owner of the bistro, his manager",
        Role.MANAGER,
        weekly(1),
        time(15, 0),
        "Long, lopsided history: seven asks (one answered), one give, a bruising note, a fresh win.",
        logged=(
            Logged(A, "asked Marco for sat off for my sister's wedding 14th", 84, DONE),
            Logged(A, "asked for a proper knife budget for the commis", 70),
            Logged(A, "asked to write the autumn specials myself", 58),
            Logged(A, "asked if I can do food safety level 4, its £400", 45),
            Logged(G, "covered Marco's Sat double when his kid was sick", 40, DONE),
            Logged(A, "asked for a 2nd KP on Fri/Sat", 33),
            Logged(
                N,
                "Marco snapped at me in front of the brigade re the short rib, said sorry-ish after",
                27,
            ),
            Logged(A, "asked about the Leith sous role - he said 'later'", 21),
            Logged(P, "Marco: GP under 68% or the owners start asking questions", 15),
            Logged(A, "asked for rota out 2 wks ahead not 4 days", 12),
            Logged(W, "EHO inspection 5 stars, my allergen matrix got a mention", 9),
            Logged(AG, "the Leith thing again?? need a real answer", 2),
        ),
        first=False,
    ),
    Persona(
        "pharmacy_tech_new_mentor",
        "Aisha",
        "hospital pharmacy technician on the aseptic unit",
        "Get onto the pharmacist degree apprenticeship next September",
        "Gwen",
        "lead antimicrobial pharmacist at a neighbouring hospital trust, assigned through the regional mentoring scheme",
        Role.MENTOR,
        monthly(1, 2),
        time(12, 30),
        "Brand-new series set up today; nothing logged yet.",
        logged=(),
        first=True,
    ),
    Persona(
        "teacher_skip_overshare",
        "Rhiannon",
        "secondary school geography teacher in her second year",
        None,
        "Mrs Adebayo",
        "deputy head (pastoral), line manager of Rhiannon's head of department Mark",
        Role.SKIP,
        monthly(-1, 3),
        time(15, 45),
        "No stated goal; balanced history, a win on the skip's priority, one gossip-about-boss talking point.",
        logged=(
            Logged(N, "first 1:1 w Mrs Adebayo, she's set these up for all ECT+1s", 60),
            Logged(A, "asked about getting on the DofE staff team", 60, DONE),
            Logged(G, "ran the yr 9 parents eve geog table when Mark was off", 38, DONE),
            Logged(F, "send her the Y10 fieldwork risk assesment", 30, DONE),
            Logged(
                P,
                "Mrs A: yr 8 attendance is her big thing this term, wants tutors calling home by day 2",
                30,
            ),
            Logged(W, "8R attendance up from 91% to 95% since Jan", 7),
            Logged(F, "still owe her the coursework moderation sample", 5),
            Logged(
                AG,
                "Mark keeps cancelling dept meetings - think its bc his marriage is falling apart, his wife was in the car park shouting last wk",
                1,
            ),
            Logged(AG, "can I lead the Y10 Snowdonia trip next yr?", 0),
        ),
        first=False,
    ),
    Persona(
        "port_planner_sponsor_dutch",
        "Sanne",
        "vessel planner at a container terminal in Rotterdam",
        "Move up to quay shift manager within two years",
        "Erik",
        "operations director of the terminal, her sponsor in the company's women-in-operations programme",
        Role.SPONSOR,
        biweekly(3),
        time(7, 30),
        "Sponsor relationship, mixed Dutch/English notes; open ask for a shadow rotation and a 1-pager owed.",
        logged=(
            Logged(
                N,
                "Erik heeft me voorgedragen voor het sponsorprogramma, eerste gesprek ging goed",
                80,
            ),
            Logged(A, "vroeg of ik mee mag naar de klantmeeting met Maersk", 52, DONE),
            Logged(W, "stowage plan MSC Anna turned round 3h faster, 0 restows", 44),
            Logged(
                G, "sent Erik my analysis of berth window slippage for his board deck", 30, DONE
            ),
            Logged(P, "Erik: automatisering kranen fase 2 moet voor Q3 live, dat is zijn prio", 23),
            Logged(A, "asked him to put my name fwd for the shift mgr shadow rotation", 18),
            Logged(
                N, "he mentioned me in the ops meeting re MSC Anna, Dirk (ops mgr) was there", 16
            ),
            Logged(
                F,
                "Erik wil een 1-pager van mij over crane automation en wat het betekent voor planners, vrijdag",
                4,
            ),
            Logged(AG, "shadow rotatie - is mijn naam al ingediend?", 1),
        ),
        first=False,
    ),
    Persona(
        "hotel_front_office_peer",
        "Kwame",
        "front office manager at a 200-room city-centre hotel",
        "Get Friday evening check-in waits under ten minutes",
        "Lucia",
        "executive housekeeper, his peer on the hotel's leadership team",
        Role.PEER,
        weekly(2),
        time(9, 15),
        "Cross-department peer with friction; gives and asks both ways, her staffing worry, a recent win.",
        logged=(
            Logged(
                N,
                "agreed w Lucia on a weekly 15 min catch-up, both sick of arguing on the radio",
                42,
            ),
            Logged(A, "asked Lucia for 20 rooms ready by 1pm on Fridays", 35),
            Logged(G, "made late checkouts request-only like she wanted", 28, DONE),
            Logged(P, "Lucia: 2 room attendants leaving end of month, agency cover is awful", 21),
            Logged(
                N,
                "hair in bath complaint rm 412 - I fwded it to her with no note, she was not happy",
                17,
            ),
            Logged(W, "Fri queue 14 min avg, down from 22", 10),
            Logged(F, "send Lucia the arrivals forecast by 9 every morning", 6),
            Logged(A, "asked her to let my team see HK room status in Opera real time", 3),
            Logged(
                AG, "can we trial one of her supervisors doing a walkthrough at 12:30 on Fri?", 0
            ),
        ),
        first=False,
    ),
    Persona(
        "physio_room_renter",
        "Joanna",
        "self-employed physiotherapist renting a treatment room in a sports injury clinic",
        "Fill my Tuesday and Thursday evenings with regular clients",
        "Dev",
        "owner of the clinic she rents a room from; not her employer",
        Role.OTHER,
        monthly(1, 0),
        time(19, 30),
        "Short, business-like history with a landlord-style counterpart: one open ask, a rent review looming.",
        logged=(
            Logged(A, "asked Dev if he can send me overflow post-op knee referrals", 25),
            Logged(N, "Dev mentioned rent review in June", 25),
            Logged(G, "covered his Sat clinic while he was at the conference", 11, DONE),
            Logged(P, "Dev wants the clinic open Sundays by summer", 11),
            Logged(F, "send Dev my insurance cert for the file", 2),
        ),
        first=False,
    ),
)
