# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 16 (set T)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH19 = (
    Persona(
        "icu_curious_ward_nurse_porto_first_mentor_session",
        "Ana",
        "staff nurse on a cardiothoracic ward at a public hospital in Porto",
        "work out if the ICU specialisation is actually worth it for me",
        "Graça",
        "specialist nurse in the ICU, her mentor in the hospital's new mentoring pilot",
        Role.MENTOR,
        monthly(1, 2),
        time(14, 30),
        "Ana has just joined the hospital's mentoring pilot and her first session with Graça is next week; she has logged almost nothing. She is unsure about the two-year ICU specialisation because of the fees and night shifts, and Graça was once her preceptor, so it is half-familiar and half-formal.",
        logged=(
            Logged(
                N, "graça was my preceptor in 2019 on the 4th floor, gd vibes but shes v direct", 5
            ),
            Logged(
                AG,
                "perguntar: can u do the especialidade part time + still do noites?? also propinas $$ 😬",
                1,
            ),
        ),
        first=True,
    ),
    Persona(
        "sous_chef_edinburgh_messy_weekly_with_volatile_head_chef",
        "Tomasz",
        "sous chef at a four-star hotel restaurant in Edinburgh",
        "run the pass on fri + sat on my own by march, then go for head chef at the glasgow sister hotel",
        "Marco",
        "executive head chef, his line manager",
        Role.MANAGER,
        weekly(1),
        time(15, 0),
        "Tomasz has three months of scrappy notes from weekly between-service catch-ups with Marco, who is talented but volatile. Several asks (a course, running the pass, a weekend off) are still hanging, notes repeat and contradict each other, and he owes Marco supplier numbers that are overdue. He wants to raise the Glasgow head chef job just before Christmas, and his notes include a colleague's confidential resignation and Marco shouting at staff.",
        logged=(
            Logged(A, "asked marco for the level 4 food safety course, he said 'after xmas'", 89),
            Logged(P, "GP margin!!! he wants 72% by jan, owners on his back", 86),
            Logged(W, "EHO visit - 5 again, inspector liked the new labelling on the walk in", 82),
            Logged(G, "covered his sat double when his kid was sick", 75),
            Logged(A, "can i run the pass tues/weds to start? m: 'we'll see'", 68),
            Logged(
                N,
                "m shouted at kasia in front of the whole brigade again. not ok. i didnt say anything",
                61,
            ),
            Logged(F, "allergen matrix for the autumn menu - said id redo it", 58, DONE),
            Logged(W, "ran pass wed night alone, 94 covers, zero send backs", 47),
            Logged(A, "pass again? + rota, i want 1 wkend off a month pls", 47),
            Logged(N, "heard glasgow HC (fraser) leaving in spring?? not official", 40),
            Logged(G, "did all the costings for the xmas menu, took my whole day off", 33),
            Logged(
                F,
                "fish supplier comparison brakes vs the local guy (dougie), owe him the numbers",
                30,
            ),
            Logged(P, "xmas party bookings + new menu launch 1 dec", 26),
            Logged(A, "asked about level 4 again. 'january'. ok", 19),
            Logged(N, "kasia handed in her notice, told me first, m doesnt know yet i think", 12),
            Logged(W, "GP 70.8% for oct, up from 67", 9),
            Logged(F, "fish numbers still not sent 🙈 promised by end of week", 9),
            Logged(
                AG, "glasgow?? how do i bring it up w/o sounding like im leaving him at xmas", 1
            ),
            Logged(AG, "xmas/ny rota - czy mam wolne 31st?", 1),
        ),
        first=False,
    ),
    Persona(
        "ngo_grants_officer_nairobi_overgives_to_peer",
        "Wanjiru",
        "grants officer at a maternal health NGO in Nairobi",
        "be seen as someone who leads bids, not just the one who fixes everyone's reports",
        "Otieno",
        "M&E officer on the maternal health programme, a peer",
        Role.PEER,
        biweekly(4),
        time(10, 0),
        "Wanjiru and Otieno meet every other week to keep grants and M&E aligned. Over two months she has rewritten his logframe, covered donor calls, fixed his data and done his admin, while her single ask (county data for her own bid, due 11 Dec) is still outstanding; he got public credit for work she did. She likes him and doesn't want to seem petty.",
        logged=(
            Logged(
                G,
                "redid otieno's logframe for the gates report, he'd mixed up outputs/outcomes",
                62,
            ),
            Logged(G, "covered the 7am donor call bc he was in kisumu", 55),
            Logged(G, "proofread his quarterly narrative (again). 11 pages", 48),
            Logged(
                A, "asked O for ANC visit numbers by county for my bid, he said sawa next wk", 41
            ),
            Logged(G, "sent him my budget template + showed him how indirects work", 34),
            Logged(
                N, "director thanked otieno in all-staff for the gates report. my logframe lol", 30
            ),
            Logged(G, "translated the community feedback forms to swahili for his survey", 22),
            Logged(G, "stayed till 8 fixing his data tables before the board pack", 13),
            Logged(P, "O needs the midline survey out before dec 15, v stressed", 13),
            Logged(W, "my concept note for the wellcome call got shortlisted!!", 8),
            Logged(
                G,
                "lent him my charger + did his expense claim on the portal, he cant work it 😅",
                4,
            ),
            Logged(AG, "ANC numbers?? full proposal due 11 dec", 1),
        ),
        first=False,
    ),
    Persona(
        "frankfurt_ma_associate_only_asks_sponsor",
        "Lena",
        "senior associate in the M&A team of a law firm in Frankfurt",
        "get onto the partner nomination shortlist for 2027 (committee decides in february)",
        "Katrin",
        "equity partner and head of the corporate practice, her sponsor",
        Role.SPONSOR,
        monthly(-1, 4),
        time(8, 0),
        "Lena has an early coffee with her sponsor Katrin on the last Friday of each month (the next is tomorrow). Every entry she has logged is something she asked Katrin for; she has never noted doing anything for Katrin and has no idea what Katrin's own priorities are. Partner nominations are decided in February and one ask is about her bonus.",
        logged=(
            Logged(A, "asked K to put me on the Sternfeld deal team", 118, DONE),
            Logged(A, "intro to the GC at Brenner AG? K said she'd think abt it", 90),
            Logged(A, "feedback on my SPA markup for sternfeld", 90, DONE),
            Logged(A, "can she mention me to the mgmt committee before the autumn review", 62),
            Logged(A, "emailed: can i lead the Voss Logistik pitch instead of M.?", 60),
            Logged(A, "bitte reference letter for my Fachanwalt application", 39, DONE),
            Logged(A, "asked K to push HR on my bonus, 12% is a joke after sternfeld", 27),
            Logged(A, "speaking slot at the firm's M&A forum in jan?", 11),
            Logged(
                A,
                "need her to actively sponsor me for the nomination. straight ask this time, no hints",
                3,
            ),
        ),
        first=False,
    ),
    Persona(
        "venlo_dc_team_lead_owes_skip_level_deadlines",
        "Sanne",
        "inbound team leader at a distribution centre near Venlo",
        "be the obvious pick for ops manager when Ruud moves to the new Tilburg site in feb",
        "Pieter",
        "site director, her manager's manager",
        Role.SKIP,
        monthly(1, 0),
        time(9, 0),
        "Sanne has a monthly skip-level with Pieter, next on Monday 7 Dec. She has promised him several things that are due now or within days (a near-miss RCA, absence figures, a peak staffing plan, an overtime reconciliation, a dock walk-through). Her manager Ruud told her in confidence that he is moving to Tilburg in February, which is not public, and that is exactly the job she wants.",
        logged=(
            Logged(
                P, "pieter: peak readiness + cut agency spend 15%, hes getting grilled by HQ", 52
            ),
            Logged(F, "send verzuim/absence numbers q3 per shift", 52, DONE),
            Logged(W, "inbound dock-to-stock down to 3.1h from 4.5, best on site", 45),
            Logged(N, "ruud told me (vertrouwelijk!!) hes going to tilburg in feb. NOT public", 38),
            Logged(G, "did the HQ auditors' tour when P was off sick, he txted thx", 30),
            Logged(
                A, "asked P if i can sit in on the tilburg steering mtg. 'let me check w ruud'", 24
            ),
            Logged(F, "overtime reconciliation agency vs own staff, end of month", 24),
            Logged(W, "200 days no lost time injuries on inbound 🎉", 14),
            Logged(F, "P pinged: peak staffing plan still coming? said yes before the 10th", 10),
            Logged(N, "forklift near miss dock 2, reported it, P wants the RCA", 6),
            Logged(F, "RCA for the near miss - P wants it b4 the safety cttee thurs", 6),
            Logged(F, "absence numbers for oct too, by fri 🙃", 3),
            Logged(F, "walk P thru the dock 4 re-layout idea on the floor, said next week", 3),
            Logged(AG, "tilburg?? careful how", 1),
        ),
        first=False,
    ),
    Persona(
        "credit_union_branch_manager_sensitive_notes_no_goal",
        "Marisol",
        "branch manager at a credit union in San Antonio, Texas",
        None,
        "Greg",
        "regional VP of retail, her line manager",
        Role.MANAGER,
        biweekly(0),
        time(9, 30),
        "Marisol has a biweekly 1:1 with Greg and no goal set. Her notes mix branch work (a closed audit finding, loan targets, a staffing ask she owes a model for, a head teller undermining her) with things she has not told Greg: IVF treatment needing December mornings off, driving her father to dialysis, credit card debt, a competing job offer due 4 Dec, and signs of distress.",
        logged=(
            Logged(
                P, "greg: consumer loan growth +8% Q4, and get the BSA audit finding closed", 40
            ),
            Logged(W, "closed the CTR filing audit finding, examiner signed off", 33),
            Logged(N, "dad started dialysis, tue/thu 6am, i drive him. late those days 😞", 30),
            Logged(A, "asked G for a 2nd loan officer, he said put it in the budget ask", 27),
            Logged(
                N,
                "denise (head teller) rolling eyes in huddles, told 2 tellers i 'dont know retail'. wrote it up",
                22,
            ),
            Logged(
                N, "ivf round 2 starts ~dec 8, mornings for monitoring. NOT telling greg yet", 15
            ),
            Logged(W, "branch at 109% of loan goal for oct", 15),
            Logged(F, "send G the staffing model for the 2nd LO by end of month", 13),
            Logged(
                N, "frost bank recruiter - offer 94k + bonus, need to answer by dec 4. im at 78", 9
            ),
            Logged(N, "card at 11k w/ the ivf meds. ya no puedo más", 7),
            Logged(N, "cried in the car before opening. just tired", 2),
            Logged(AG, "denise - HR or handle it myself?", 1),
            Logged(AG, "flex mornings in dec w/o saying why??", 1),
        ),
        first=False,
    ),
)
