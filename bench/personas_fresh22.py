# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 18 (set W)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH22 = (
    Persona(
        "lisbon_icu_nurse_skip_level_long_messy_sensitive",
        "Inês",
        "ICU shift charge nurse at a public hospital in Lisbon",
        "get the icu clinical educator post when it opens in jan",
        "Fátima",
        "director of nursing, her manager Rui's boss",
        Role.SKIP,
        monthly(1, 1),
        time(14, 30),
        "Inês has a monthly skip-level with the director of nursing and wants the educator post opening in January. Her notes mix real wins with her mother's dementia care, money worries over unfinished master's fees, a rota conflict between her manager Rui and a colleague, and a bad week of distress after patient deaths; Rui already resents her going over his head.",
        logged=(
            Logged(
                A,
                "pedi à fátima p ser incluída no grupo de trabalho dos protocolos de sedação, disse q ia ver",
                88,
                DONE,
            ),
            Logged(W, "sedation protocol pilot live on bay 2, 0 incidents 1st 3 wks", 70),
            Logged(
                N,
                "rui annoyed i went to F directly abt the protocol grp. awkward handover after. careful",
                66,
            ),
            Logged(
                G,
                "covered F's slot at the nursing council mtg + wrote the minutes (she didnt ask, they were a mess)",
                61,
            ),
            Logged(P, "F: cut agency nurse spend, its her big thing this yr", 58),
            Logged(
                N,
                "mãe's neuro appt moved AGAIN, swapped 2 nights w joana. pls dont let this get out, rui already thinks im unreliable",
                52,
            ),
            Logged(
                A, "asked F if educator role internal only or open competition? 'not decided'", 45
            ),
            Logged(
                W,
                "trained 6 new grads on prone positioning checklist, 2 of them ex-agency now on contract",
                40,
            ),
            Logged(N, "F mentioned in passing pressure injury audit coming q1", 38),
            Logged(F, "send F the training matrix for the new grads", 34, DONE),
            Logged(
                N,
                "bad week. cried in the car after the 3rd death in bay 4. ok now prob. not for the 1:1",
                27,
            ),
            Logged(P, "pressure injuries audit q1 + agency £€ spend", 25),
            Logged(
                N,
                "joana & rui fighting abt the rota again, both want me to take sides. i'm the meat in the sandwich",
                20,
            ),
            Logged(A, "F pls: can i shadow marta (current educator) 2 shifts in dec?", 14),
            Logged(
                F,
                "1st draft of pressure injury prevention bundle for bay 4, promised F before christmas",
                9,
            ),
            Logged(W, "0 pressure injuries bay 4 in nov so far 🙏", 5),
            Logged(AG, "educator post timeline + does my masters count if not finished", 3),
            Logged(
                N,
                "masters 2nd instalment due jan, dont know if i can pay w mum's care home costs. 😣",
                2,
            ),
        ),
        first=False,
    ),
    Persona(
        "singapore_litigation_associate_sponsor_only_asks",
        "Marcus",
        "third-year associate in the disputes practice of a law firm in Singapore",
        "make senior associate in the april promotion round",
        "Helen",
        "equity partner, head of disputes, his sponsor",
        Role.SPONSOR,
        monthly(1, 4),
        time(8, 0),
        "Marcus meets his partner-sponsor monthly and is pushing hard for promotion in April. Every entry is something he asked of her; he has logged nothing he has given or done for her, and his billable hours are under target.",
        logged=(
            Logged(
                A,
                "asked helen to put me on the arbitration team for the shipping matter (greek owners one)",
                62,
                DONE,
            ),
            Logged(A, "asked her to mention me to KL at the partners retreat", 55),
            Logged(A, "can she review my SAL Gazette article draft, ~3k words", 41, DONE),
            Logged(A, "asked if i can 1st chair witness prep for the 2nd factual witness", 30),
            Logged(A, "pls intro me to david ho, GC on client side", 21),
            Logged(A, "asked H for feedback on my oral subs at the CMC. she said 'fine' ??", 12),
            Logged(A, "asked her to back me for april in the partners mtg", 6),
            Logged(
                AG,
                "what else do i need to show for april. is billables (1,640 vs 1,800 tgt) a problem",
                2,
            ),
        ),
        first=False,
    ),
    Persona(
        "rotterdam_vessel_planner_peer_gives_everything",
        "Joost",
        "vessel planner at a container terminal on the Maasvlakte, Rotterdam",
        "be seen more i guess, not just the guy who fixes stuff",
        "Samira",
        "vessel planner on the opposite shift",
        Role.PEER,
        biweekly(1),
        time(6, 45),
        "Joost has a fortnightly handover 1:1 with a peer planner and keeps rescuing her work, covering shifts and even taking blame for her; the ops manager Ruud sees none of it. His goal is vague visibility, and he has asked for almost nothing in return.",
        logged=(
            Logged(
                G,
                "redid samira's bay plan for the MSC call after crane 4 broke down, stayed 2h after shift",
                50,
            ),
            Logged(G, "sent S my excel macro for lashing checks", 44),
            Logged(G, "covered S's sunday so she could go to her sisters wedding", 38),
            Logged(G, "explained new reefer plug allocation in navis to S + her trainee", 33),
            Logged(A, "asked S to mention the macro to ruud (ops mgr). she forgot i think", 30),
            Logged(
                G, "took the blame w ruud for the hatch cover gedoe, was partly her call tbh", 24
            ),
            Logged(G, "fixed restow list for S again, 3rd time this month", 17),
            Logged(W, "zero restows on both CMA calls on my shift", 15),
            Logged(G, "made a DG segregation cheat sheet, S uses it every day", 10),
            Logged(G, "swapped xmas eve shift with her 🙄 nou ja", 4),
            Logged(
                N,
                "samira said 'you're a lifesaver' again. nice but ruud still doesnt know any of it",
                4,
            ),
            Logged(AG, "ask if she'd co-present the macro at jan ops meeting?", 1),
        ),
        first=False,
    ),
    Persona(
        "johannesburg_water_engineer_manager_owes_deadlines",
        "Thandeka",
        "candidate civil engineer at a municipal water utility in Johannesburg",
        "get my pr eng application submitted to ECSA before end of feb, need pieter to sign my training reports",
        "Pieter",
        "section head, bulk water infrastructure, her line manager",
        Role.MANAGER,
        weekly(0),
        time(9, 0),
        "Thandeka needs her manager's sign-off on training reports for professional registration, but she owes him several deliverables with deadlines in the coming days (one tomorrow) and one long-overdue item. The sign-off keeps slipping behind the capex submission.",
        logged=(
            Logged(A, "asked pieter to sign my training report for the 2024-25 period", 40),
            Logged(F, "return pieter's geotech report i borrowed 😬 still on my desk", 35),
            Logged(
                P,
                "pieter: non-revenue water down + capex submission on time. nothing else matters rn",
                29,
            ),
            Logged(W, "load shedding contingency plan approved by exco, my name on it", 22),
            Logged(
                G, "did the ward councillor briefing for pieter when he was sick, went ok-ish", 19
            ),
            Logged(F, "fix the scada alarm list he flagged", 17, DONE),
            Logged(
                N,
                "contractor on the pipe replacmnt (mabena civils) keeps skipping the safety mtgs. need to raise?",
                14,
            ),
            Logged(A, "reminded him abt the signoff. he said 'after capex'", 11),
            Logged(F, "condition assessmnt report for the 3 reservoirs, end of month", 10),
            Logged(F, "capex inputs 27/28 before the 10th", 6),
            Logged(F, "send pieter updated risk register for zuurbekom pump stn by fri", 3),
            Logged(F, "book site visit w contractor next week", 2),
            Logged(AG, "signoff timing vs capex deadline. can he do it over xmas??", 1),
        ),
        first=False,
    ),
    Persona(
        "kericho_agronomist_new_mentor_no_goal",
        "Wanjiru",
        "field agronomist on a tea estate near Kericho, Kenya",
        None,
        "Achieng",
        "soil scientist at a national research institute, her assigned programme mentor",
        Role.MENTOR,
        monthly(2, 3),
        time(16, 0),
        "Wanjiru was just matched with a mentor through a women-in-agriculture fellowship and has not set a goal; this is the first meeting and she has logged almost nothing.",
        logged=(
            Logged(
                N,
                "mentor from the fellowship, 1st call in dec. dont really know what to ask tbh",
                3,
            ),
            Logged(
                N,
                "she does soil acidity stuff. our kapkorech blocks are ph 4.1 maybe relevant??",
                3,
            ),
        ),
        first=True,
    ),
    Persona(
        "cdmx_sous_chef_manager_job_offer_money",
        "Diego",
        "sous chef at a hotel restaurant in Mexico City",
        "run the pass on saturday dinner service by feb",
        "Laura",
        "executive chef, his boss",
        Role.MANAGER,
        weekly(1),
        time(15, 30),
        "Diego wants to run the pass on Saturdays and needs a raise; he has a secret head-chef offer from another restaurant with a deadline on 4 Dec, is behind on his car loan, and is being shouted at by the pastry chef, who is his boss's friend. He owes her a food-cost sheet.",
        logged=(
            Logged(A, "le pedí a laura llevar el pase los sábados. 'ya veremos'", 45),
            Logged(
                W, "new tasting menu, mole negro course got called out in the timeout review", 38
            ),
            Logged(G, "trained the 2 new line cooks on the plancha, on my day off", 31),
            Logged(
                N,
                "offer from casa ora in polanco, head chef, +40%. no le he dicho a nadie. answer by 4 dec",
                26,
            ),
            Logged(
                N,
                "bruno (pastry) screamed at me again in front of everyone. HR useless. want to tell laura but hes her compa",
                20,
            ),
            Logged(P, "laura: food cost under 28% by Q1 + rumour michelin inspectors coming", 18),
            Logged(N, "préstamo del coche 2 meses atrasado, i need the raise tbh", 12),
            Logged(F, "send laura revised food cost sheet for brunch menu", 8),
            Logged(W, "sat she was at a wedding, i ran the pass, 212 covers 0 sendbacks 🔥", 5),
            Logged(AG, "saturdays again + raise?? dont mention casa ora???", 1),
        ),
        first=False,
    ),
)
