# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 13 (set M)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH12 = (
    Persona(
        "electrician_testing_course",
        "Callum",
        "electrician at a small commercial electrical contractor",
        "get the 2391 inspection & testing course paid for before march",
        "Dave",
        "contracts manager, his line manager",
        Role.MANAGER,
        weekly(0),
        time(7, 15),
        "Qualified three years and wants the firm to fund his testing qualification, but still owes Dave the as-built drawings and test sheets from a school job nearly three weeks ago.",
        logged=(
            Logged(
                A,
                "asked dave re 2391 course, said 'after xmas maybe' - its £1,100ish at the college",
                41,
            ),
            Logged(
                G,
                "covered Mark's callout sat night at the care home, fire alarm fault, home 2am",
                33,
                DONE,
            ),
            Logged(F, "send dave as-built drawings + test sheets for st marys school job", 19),
            Logged(
                P,
                "dave - wants less snagging on the new builds, client moaned about 40+ snags on plot 6",
                12,
            ),
            Logged(N, "dave seemed stressed mon, van leases up for renewal + 2 lads off", 4),
            Logged(W, "plot 9 handover zero snags on electrics!! site mgr emailed dave direct", 3),
            Logged(
                AG,
                "course - can i do 2391 on evenings if firm pays, would sign to stay 12 months after",
                2,
            ),
        ),
        first=False,
    ),
    Persona(
        "senior_carer_nursing_apprenticeship",
        "Grace",
        "senior care assistant in a residential care home",
        "Start the nursing associate apprenticeship Sept 2027",
        "Bernadette",
        "retired matron from another home, her mentor through the local care skills scheme",
        Role.MENTOR,
        monthly(1, 1),
        time(14, 0),
        "Three months into a volunteer mentoring relationship that has been all asks so far; Grace has skipped the maths mock her mentor set and plans to open up about money and her husband's health.",
        logged=(
            Logged(
                N,
                "first meet w Bernadette at the costa by the hospital. lovely but v direct, calls me 'pet'",
                88,
            ),
            Logged(A, "can B look over my personal statement for the apprenticeship", 58, DONE),
            Logged(A, "ask B who she still knows at the trust re NA placements", 30),
            Logged(F, "do the maths functional skills L2 mock - B said before next time", 29),
            Logged(W, "did my first med round as lead on nights, 31 residents, no errors", 9),
            Logged(
                AG,
                "tell B honestly i cant afford the pay drop on the apprenticeship, Tony off work w his back since oct and we're behind on council tax",
                1,
            ),
            Logged(A, "would she be one of my referees?", 1),
        ),
        first=False,
    ),
    Persona(
        "discount_retail_deputy_first_skip",
        "Kasia",
        "deputy store manager at a discount supermarket",
        "Get my own store by end of next year",
        "Neil",
        "area manager, her store manager's boss",
        Role.SKIP,
        monthly(1, 3),
        time(11, 0),
        "Brand-new user preparing for her very first skip-level with an area manager who joined from another chain last month.",
        logged=(
            Logged(
                N,
                "neil new, came from another chain in oct. dont know him at all. Joanne (my SM) says he's 'numbers first'. nie wiem czego się spodziewać",
                0,
            ),
            Logged(
                AG,
                "ask neil what he looks for in SM candidates + is the store manager in training prog still running in 2027",
                0,
            ),
        ),
        first=True,
    ),
    Persona(
        "planning_officer_peer_restructure",
        "Femi",
        "planning officer at a district council",
        None,
        "Rhiannon",
        "fellow planning officer on the majors team",
        Role.PEER,
        biweekly(2),
        time(12, 30),
        "Femi has been quietly carrying a peer's workload for months without asking anything back, and now hears she may sit on the panel for the senior posts he wants to apply for.",
        logged=(
            Logged(G, "sent R my template for heritage impact conditions", 70, DONE),
            Logged(
                G,
                "covered R's site visit at Mill Lane (12 dwellings) when her little one was ill",
                44,
                DONE,
            ),
            Logged(
                G, "proofread R's committee report for the Brook St scheme, took 2 hrs", 26, DONE
            ),
            Logged(
                P,
                "R - wants her backlog cleared before the new case mgmt system goes live in jan",
                26,
            ),
            Logged(G, "walked R through the new CIL calculator", 11, DONE),
            Logged(
                N, "R's on the interview panel for SPO posts?? heard from Gareth, not confirmed", 6
            ),
            Logged(
                W,
                "Orchard Farm appeal dismissed - inspector backed my reasoning on all 3 main issues",
                2,
            ),
            Logged(
                AG,
                "restructure - SPO applications close 4 dec. ask R how she's pitching hers? awkward if she's on the panel",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "hotel_sous_chef_sponsor_offer",
        "Dean",
        "sous chef at a hotel restaurant",
        "head chef when Luc leaves in march (here or somewhere else)",
        "Helen",
        "operations director for the hotel group, who put him forward for the group's development programme",
        Role.SPONSOR,
        monthly(-1, 4),
        time(15, 0),
        "A sponsor who has opened doors for Dean has cooled since he missed a programme module; he still owes the catch-up work, has a fresh guide listing, and is tempted to mention an outside job offer.",
        logged=(
            Logged(
                N,
                "helen put me forward for the group's 'future leaders' thing - 8 of us from 14 hotels",
                210,
            ),
            Logged(
                A,
                "asked helen if i can shadow the head chef at the edinburgh property for a week",
                180,
                DONE,
            ),
            Logged(
                G,
                "did the tasting menu for helen's investors dinner, 22 covers, 1 days notice",
                150,
                DONE,
            ),
            Logged(W, "5 stars hygiene inspection again, first time without Luc on site", 120),
            Logged(F, "send helen costed winter menu proposal - GP target 72%", 95, DONE),
            Logged(P, "helen - food cost down across the group, board is hammering her on it", 95),
            Logged(A, "budget for a commis?? we're 2 down since aug", 64),
            Logged(
                N,
                "missed module 3 of future leaders (double shift, Jamal walked out). her EA emailed me, felt like a telling off",
                47,
            ),
            Logged(F, "catch up module 3 online + write the reflection thing", 46),
            Logged(
                N, "helen was short with me at the xmas menu launch. maybe the module thing?", 20
            ),
            Logged(
                W,
                "restaurant got into the regional good food guide and they named me not Luc 😅",
                6,
            ),
            Logged(
                A,
                "has the head chef job been decided? luc out in march and nobody's said a word to me",
                5,
            ),
            Logged(
                AG,
                "Ashby Arms offered me head chef £46k + tronc share. tell helen?? dont want it to look like a threat",
                2,
            ),
            Logged(AG, "jamal - tell helen he'd been drinking on shift before he walked?", 2),
        ),
        first=False,
    ),
    Persona(
        "trainee_solicitor_seat_deadline",
        "Hannah",
        "trainee solicitor at a regional law firm",
        "qualify into the employment team Sept 2027",
        "Simon",
        "supervising partner in her current seat (property litigation)",
        Role.MANAGER,
        weekly(3),
        time(16, 0),
        "Her weekly catch-up is this afternoon and her final-seat preference form is due tomorrow; she has a fresh court win, an unsigned mid-seat review and a research note still owed.",
        logged=(
            Logged(P, "simon - all draft defences to him 48h before deadline, no exceptions", 38),
            Logged(F, "redo the disrepair chronology for Patel v Harrow Homes", 22, DONE),
            Logged(
                G, "covered thurs duty desk so simon could go to his daughter's nativity", 15, DONE
            ),
            Logged(
                N, "simon's feedback v brief, 'fine' = good apparently (per Tom, last rotation)", 15
            ),
            Logged(A, "ask simon to sign off my mid-seat review form - HR chasing", 9),
            Logged(
                F,
                "research note on s.21 changes under the renters rights act for client bulletin",
                8,
            ),
            Logged(
                W,
                "won the set aside application on my own tues! DJ said submissions were clear and focused",
                2,
            ),
            Logged(
                AG,
                "seat pref form due FRI 27th - want employment for final seat. will he put a word in w Anjali?",
                1,
            ),
        ),
        first=False,
    ),
)
