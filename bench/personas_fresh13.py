# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 13 (set N)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH13 = (
    Persona(
        "scaffolder_chargehand_messy_history",
        "Dean",
        "scaffolding chargehand on a hospital extension site",
        "Get my CISRS advanced card paid for and done by March",
        "Lorraine",
        "contracts manager, his line manager",
        Role.MANAGER,
        weekly(0),
        time(7, 0),
        "Long, scrappy history with a blunt but fair manager; he owes her toolbox talk paperwork that is now late, and the course funding is still unanswered.",
        logged=(
            Logged(
                A, "asked L if firm will pay for CISRS advanced, she said 'put it in writing'", 71
            ),
            Logged(
                F, "email Lorraine the course quote + dates (Stirling or Leeds centre)", 70, DONE
            ),
            Logged(
                P,
                "L says near misses on level 4 are her no1 thing, client breathing down her neck",
                58,
            ),
            Logged(
                G,
                "covered the sat shift when Kyle's lads didnt show, got the loading bay adapted in time",
                51,
                DONE,
            ),
            Logged(
                N,
                "lorraine in a mood monday, the client QS picked holes in our inspection tags",
                44,
            ),
            Logged(W, "zero tag failures on the Nov 2 inspection, first time this job", 24),
            Logged(F, "toolbox talk sign sheets for Oct - scan and send to L by fri", 20),
            Logged(A, "need 2 more lads for the east elevation or we slip a week", 17, DONE),
            Logged(N, "she got us Marek and the new lad from the agency. lad is useless tbh", 15),
            Logged(
                G, "wrote the edge protection handover note L used for the client meeting", 10, DONE
            ),
            Logged(AG, "CISRS money - still no answer. courses filling up for Feb", 6),
            Logged(
                N,
                "back is playing up again, been on co-codamol most of the week dont want her knowing",
                3,
            ),
            Logged(AG, "toolbox sheets - she chased me yesterday, sorry, doing it tonight", 1),
        ),
        first=False,
    ),
    Persona(
        "senior_carer_nvq_mentor",
        "Precious",
        "senior care assistant in a residential dementia home",
        "Finish my Level 3 diploma portfolio by 18 December so I can apply for team leader",
        "Bernadette",
        "retired deputy manager from another home, her mentor through the care provider's scheme",
        Role.MENTOR,
        biweekly(2),
        time(14, 0),
        "Warm mentoring relationship, mostly one-way; a portfolio deadline is three weeks out and she has a fresh win from a family compliment.",
        logged=(
            Logged(A, "asked B to read my reflective account on end of life care", 40, DONE),
            Logged(
                N,
                "B said my writing is good but I undersell what i do. she always says that lol",
                39,
            ),
            Logged(
                A,
                "can she explain the medication competency unit, assessor keeps sending it back",
                26,
                DONE,
            ),
            Logged(
                W,
                "Mrs O's daughter wrote to the manager saying I was the reason her mum settled",
                5,
            ),
            Logged(F, "send B the unit 8 draft before wednesday session", 4),
            Logged(AG, "ask if she'd be a reference for team leader when it comes up", 2),
            Logged(
                AG,
                "my son's dad stopped paying again so I've been picking up nights, portfolio suffering",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "store_deputy_skip_level_offer",
        "Callum",
        "deputy store manager at a large supermarket",
        "Run my own store within 12 months",
        "Sandra",
        "regional operations manager, his store manager's manager",
        Role.SKIP,
        monthly(-1, 3),
        time(11, 0),
        "Quarterly-feel skip-level with a busy regional manager; he has an outside job offer he is tempted to mention, and Christmas trading is the counterpart's focus.",
        logged=(
            Logged(
                P,
                "Sandra: Xmas availability + shrink are the 2 things regional is judged on this year",
                35,
            ),
            Logged(
                G,
                "sent Sandra our waste-to-food-bank process, she wants it rolled to 6 stores",
                29,
                DONE,
            ),
            Logged(W, "shrink down 0.4% on last yr for Oct, best in region", 12),
            Logged(
                A, "is there an acting SM slot coming up anywhere in the region? Wythenshawe?", 28
            ),
            Logged(
                N,
                "heard Gav at Wythenshawe is off with stress and might not come back, keep that quiet",
                9,
            ),
            Logged(
                AG,
                "Aldi have offered me store manager at Stockport, 8k more. want to see what S says first",
                2,
            ),
            Logged(AG, "ask about the retail leadership programme intake for jan", 2),
        ),
        first=False,
    ),
    Persona(
        "planning_officer_peer_no_goal",
        "Ines",
        "planning officer at a district council",
        None,
        "Tom",
        "fellow planning officer in the same team, does the heritage cases",
        Role.PEER,
        biweekly(1),
        time(12, 30),
        "Informal peer catch-up with a colleague where she has been giving far more than receiving and feels slightly taken for granted.",
        logged=(
            Logged(G, "covered Tom's 3 householder apps while he was on leave", 45, DONE),
            Logged(
                G, "did his committee report for the barn conversion, he just signed it", 30, DONE
            ),
            Logged(N, "Tom is nice but never offers anything back. maybe i never ask", 29),
            Logged(G, "walked him through the new validation checklist", 16, DONE),
            Logged(P, "Tom wants to get his conservation accreditation (IHBC) next year", 14),
            Logged(
                A,
                "could he look at my listed building consent case on Mill Lane, out of my depth",
                3,
            ),
            Logged(AG, "no sé cómo pedirle ayuda sin que suene a reproche", 1),
        ),
        first=False,
    ),
    Persona(
        "sous_chef_first_mentor_meeting",
        "Kofi",
        "sous chef in a hotel restaurant kitchen",
        "Be head chef somewhere by the time I'm 30",
        "Marcus",
        "executive chef at a sister hotel, new mentor through the group's talent scheme",
        Role.MENTOR,
        monthly(1, 0),
        time(15, 0),
        "Very first meeting with a new mentor he barely knows; almost nothing logged yet.",
        logged=(Logged(N, "first meet with Marcus mon after lunch service, at his place", 1),),
        first=True,
    ),
    Persona(
        "paralegal_partner_sponsor_all_asks",
        "Harriet",
        "paralegal in the private client team of a regional law firm",
        "Get a training contract offer before the firm's intake decisions in February",
        "Mr Ashworth",
        "senior partner who agreed to sponsor her for a training contract",
        Role.SPONSOR,
        monthly(2, 4),
        time(16, 30),
        "Formal, slightly cool relationship with a senior partner; nearly everything logged is an ask, one ask is long unanswered, and she has a follow-up due this week.",
        logged=(
            Logged(A, "asked Mr A to put my name forward for the TC panel", 80, DONE),
            Logged(A, "could I sit in on the Whitfield probate meeting", 60, DONE),
            Logged(N, "he was short with me at the xmas party planning thing, not sure why", 47),
            Logged(A, "asked for a written reference for SQE2 funding", 33),
            Logged(P, "he said the team needs someone who can handle LPAs without supervision", 19),
            Logged(F, "draft the Whitfield estate accounts summary for him by Fri 27th", 6),
            Logged(A, "can I get feedback on the Roberts will file I did", 2),
            Logged(AG, "reference - 5 weeks now, how to chase without annoying him", 1),
        ),
        first=False,
    ),
)
