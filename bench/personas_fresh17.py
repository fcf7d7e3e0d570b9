# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 15 (set R)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH17 = (
    Persona(
        "marine_electrician_boatyard_lithium_signoff",
        "Kwame",
        "marine electrician at a boatyard in Falmouth",
        "get signed off to do the lithium / electric drive installs without Tom checking everything",
        "Bev",
        "yard manager, his line manager",
        Role.MANAGER,
        weekly(0),
        time(7, 30),
        "Kwame has been asking for months to lead lithium battery installs; the budget for the course is frozen and the insurer now wants a named competent person. He keeps doing extra unpaid hours and his own checklist promise has slipped twice.",
        logged=(
            Logged(
                A, "asked bev about the BMEEA course? she said budget frozen till april", 84, DONE
            ),
            Logged(W, "finished halcyon shore power + inverter, 2 days under", 79),
            Logged(P, "bev - get the 3 charter cats out by easter, thats all she cares about", 70),
            Logged(A, "can i lead the lithium install on the Moody 45?", 63),
            Logged(N, "bev said 'lets see' re moody. not a no", 62),
            Logged(F, "write up the lithium BMS checklist like i said i would", 55),
            Logged(G, "stayed til 9 getting the travel hoist sensor fixed, bev knew", 49),
            Logged(
                N,
                "insurer wants a named competent person for li-ion installs now!! thats the real blocker",
                41,
            ),
            Logged(AG, "who is going to be the named person, can it be me after the course", 40),
            Logged(N, "no 1:1 - bev at the boat show", 34),
            Logged(F, "lithium checklist still!!", 27),
            Logged(W, "owner of Sea Pie emailed the office, thanked me by name", 20),
            Logged(A, "asked again abt course, she said 'after xmas'", 13),
            Logged(N, "tom retiring in spring?? heard from yard lads, not confirmed", 9),
            Logged(P, "bev: cat 2 survey fri, all nav lights done before", 6),
            Logged(G, "came in sat to finish cat 2 nav lights, didnt claim it", 4),
        ),
        first=False,
    ),
    Persona(
        "trainee_legal_exec_crime_dept_skip",
        "Agnieszka",
        "trainee legal executive in the crime department of a mid-size law firm in Leeds",
        "Get my CILEx portfolio signed off so I can qualify next year",
        "Richard",
        "head of the crime department, her supervisor's boss",
        Role.SKIP,
        monthly(-1, 3),
        time(16, 30),
        "Third monthly skip-level with the department head, today. Her supervisor Marcus is slow to sign off her portfolio, takes credit for her drafting and has made remarks about her accent; she has also privately logged a job offer from the CPS with a reply due next week.",
        logged=(
            Logged(N, "first skip w/ richard, v friendly, asked what i'd change in the dept", 63),
            Logged(N, "told him trainee duty rota is a mess, he wrote it down", 63),
            Logged(F, "send richard my portfolio outcomes list", 62, DONE),
            Logged(A, "asked R to co-sign my portfolio since M never gets to it", 28),
            Logged(N, "R said he'd 'have a word' w marcus abt portfolio. nothing since", 21),
            Logged(
                N, "M did the accent joke again in front of a client. nie wiem czy to zgłaszać", 16
            ),
            Logged(W, "got bail on Hussain, DJ commented on the skeleton argument", 12),
            Logged(
                N, "M presented the Hussain bail app at team mtg as his, i drafted all of it", 11
            ),
            Logged(N, "CPS offered me the paralegal officer job, 4k more, reply by 4 dec", 6),
            Logged(AG, "portfolio - 3 outcomes still need sign off before the feb window", 3),
            Logged(F, "bring examples for the 3 outcomes", 3),
        ),
        first=False,
    ),
    Persona(
        "hotel_sous_chef_foh_peer",
        "Dario",
        "sous chef in a 90-cover hotel restaurant in Harrogate",
        "Get FOH and the kitchen working off the same info before the Christmas bookings go mad",
        "Shona",
        "restaurant manager (front of house), his opposite number",
        Role.PEER,
        biweekly(1),
        time(15, 0),
        "Fortnightly catch-up between the kitchen and front of house, held between lunch and dinner service. Dario has done a lot of favours for Shona's team and has asked for very little back; the one thing he did ask for has not happened and December is about to triple their covers.",
        logged=(
            Logged(G, "did allergen refresher for shona's new servers, 40 mins", 82),
            Logged(G, "redid the menu cards for her when FOH printer died", 75),
            Logged(G, "held the pass 15 min for her 12-top birthday, chef not happy", 68),
            Logged(N, "shona stressed, 2 FOH quit in one week", 61),
            Logged(G, "lent her 2 KPs for the wedding clear down", 54),
            Logged(A, "asked shona to get servers to call mains when table is ready not after", 47),
            Logged(N, "still getting 'table 9 ready' 10 min late", 33),
            Logged(G, "added vegan option to staff meal cos her team asked", 26),
            Logged(G, "covered her sat brunch briefing when she was off sick", 19),
            Logged(P, "shona: NYE menu pricing signed off by GM asap", 12),
            Logged(G, "costed the NYE menu for her, sent spreadsheet", 10),
            Logged(AG, "86 board - FOH check it before selling specials", 5),
            Logged(N, "xmas party bookings 3x last yr, 140 covers on the 18th", 4),
        ),
        first=False,
    ),
    Persona(
        "chemistry_teacher_acting_aht_application",
        "Funmi",
        "chemistry teacher and KS4 science coordinator at a secondary school in Croydon",
        "Land the acting assistant head secondment from January",
        "Helen",
        "deputy headteacher, backing her application",
        Role.SPONSOR,
        monthly(1, 1),
        time(7, 45),
        "An acting assistant head (teaching and learning) post covers a maternity leave from January; applications close on the 10th and Helen, who is backing her, wants to see the draft a week before. Her head of department is lukewarm about losing her from KS4.",
        logged=(
            Logged(P, "helen: progress 8 in science is the trust's big thing this yr", 55),
            Logged(N, "claire's mat leave cover from jan, acting AHT T&L. H says go for it", 40),
            Logged(A, "asked H to be my referee + read my letter", 40, DONE),
            Logged(G, "ran the inset on retrieval practice for H's T&L group", 33),
            Logged(N, "apps close the 10th, H wants the draft a wk before so she can look", 26),
            Logged(F, "draft letter to helen - week before the 10th", 25),
            Logged(W, "y11 mocks up 0.4 of a grade on last yr", 18),
            Logged(N, "mark (HoD) not keen, said 'and who runs ks4 then'", 12),
            Logged(A, "can i sit in on an SLT meeting before apps close?", 11),
            Logged(AG, "how do i handle mark re ks4 cover if i get it", 5),
            Logged(F, "get the y11 data on one page for the letter", 5),
        ),
        first=False,
    ),
    Persona(
        "new_night_shift_team_leader_parcel_hub",
        "Ryan",
        "newly promoted night-shift team leader at a parcel sortation hub near Daventry",
        "figure out how to be the boss of lads i was on the belt with a month ago",
        "Sunita",
        "site operations manager at the Coventry hub, his assigned mentor",
        Role.MENTOR,
        biweekly(4),
        time(17, 0),
        "Ryan was promoted from the sort belt to team leader four weeks ago and has been paired with an ops manager from another site through a new-leaders scheme. This is their first call, just before he starts his night shift.",
        logged=(
            Logged(N, "HR sent mentoring intro, sunita from coventry hub, 1st call fri 5pm", 3),
            Logged(AG, "ask how she deals with lads ringing in sick 20 mins before shift", 2),
        ),
        first=True,
    ),
    Persona(
        "community_midwife_gwynedd_no_goal",
        "Siân",
        "community midwife in a rural team in Gwynedd",
        None,
        "Bethan",
        "community midwifery team leader, her line manager",
        Role.MANAGER,
        biweekly(2),
        time(13, 30),
        "Siân uses the fortnightly check-in with her team leader without any particular goal. The on-call rota keeps landing on her weekends, there is a caseload data audit due at month end, and she has privately noted that her father's memory is failing and she may need to cut her hours.",
        logged=(
            Logged(N, "on-call rota changed again w/o asking, 3 weekends in 5", 58),
            Logged(A, "asked B about mileage, sept claim still not paid", 44, DONE),
            Logged(
                W, "home birth at Llanbedr, all went well, first solo one since coming back", 37
            ),
            Logged(N, "sept mileage finally paid 👍", 30),
            Logged(G, "took Ffion (student) through her first booking visits", 22),
            Logged(
                P, "bethan: caseload audit, everyone's booking data up to date by end of month", 15
            ),
            Logged(F, "update my booking data on the system", 14),
            Logged(
                N, "dad's memory getting worse, mam not coping. might have to go down to 4 days", 8
            ),
            Logged(N, "Ffion yn gwneud yn dda iawn, deud wrth Bethan", 6),
            Logged(AG, "on-call weekends again", 2),
        ),
        first=False,
    ),
)
