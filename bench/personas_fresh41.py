# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 27 (set AP)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH41 = (
    Persona(
        "cruise_assistant_housekeeper_greek_skip_level",
        "Eleni",
        "Assistant Executive Housekeeper on a mid-size cruise ship, currently on Caribbean deployment out of Miami (home port of heart: Thessaloniki)",
        "Exec Housekeeper on my own ship by next contract. not another 2 yrs as assistant pls",
        "Marco",
        "Hotel Director on the ship, her boss's boss (her manager R. is the Executive Housekeeper)",
        Role.SKIP,
        monthly(-1, 0),
        time(14, 0),
        "Eleni runs day-to-day housekeeping for ~900 cabins and signs off her contract on 14 Dec; she needs to know before then whether the next contract is a promotion, and Marco still hasn't submitted the appraisal he promised. She also knows her own boss is interviewing elsewhere and is unsure whether to say so, and her log mixes in her father's surgery and a new onboard relationship.",
        logged=(
            Logged(
                P,
                "Marco's big 3 for Q4: USPH score 95+, cabin cleanliness NPS back above 8.5, crew attrition in HK dept (we lost 11 stewards since Aug 😬)",
                31,
            ),
            Logged(
                A,
                "asked M if i can do the Leadership Academy course in Miami — he said yes but only after this contract, HR will slot me Feb/Mar",
                31,
                DONE,
            ),
            Logged(
                A,
                "asked for 4 extra cabin stewards for the xmas/NY sailings — no, budget fixed, 'borrow from laundry' 🙄 ti na kanoume",
                30,
                DONE,
            ),
            Logged(
                G,
                "sent Marco the linen par-level analysis, we're overstocked on bath towels by like 18% — could save ~$40k/yr if fleet copies it",
                24,
            ),
            Logged(
                W,
                "Code Red (noro) on the 9 Nov sailing: 23 guests ill, whole sanitation done in 6h, USPH guy onboard said 'textbook'. ΕΠΙΤΕΛΟΥΣ 🙌",
                16,
            ),
            Logged(
                F,
                "promised Marco a written SOP from the Code Red so other ships can use it — not started yet 😬",
                15,
            ),
            Logged(
                F,
                "told Ahmed (laundry master) i'd redo the night shift rota so his guys get 1 full day off per 10 days — by 1 Dec",
                9,
            ),
            Logged(
                N,
                "R. (my boss) told me in the crew bar he's interviewing w/ another line. 'keep it between us'. ela... should I mention it to Marco?? if R goes i'm the obvious replacement but i don't want to look like a snake",
                6,
            ),
            Logged(
                N,
                "baba's surgery in Thessaloniki moved to 18 Dec. i sign off 14 Dec so ok, but if they extend me i can't stay. do i tell M about baba or just say 'family reasons'",
                4,
            ),
            Logged(
                A,
                "need to ask M straight: next contract as Exec HK or assistant again? Miami crewing needs an answer before i sign off 14 Dec",
                3,
            ),
            Logged(W, "guest comment cards decks 8-10 avg 9.1 this cruise!! best on the ship", 2),
            Logged(
                N,
                "also Nikos (2nd officer) and i are... a thing now 🙈 nobody knows. doesn't matter for work right?",
                2,
            ),
            Logged(
                AG,
                "appraisal — M said on 26 Oct he'd submit it to Miami HR 'this week'. system still says PENDING",
                1,
            ),
            Logged(AG, "USPH window opens ~7 Dec, show him my pre-inspection checklist", 1),
        ),
    ),
    Persona(
        "czech_forest_ranger_mentor_deputy_post",
        "Tomáš",
        "revírník (forest district ranger), state forest enterprise, Vysočina region near Jihlava, Czechia",
        "chci být lesní správce do 3 let — move up to deputy first, stop just firefighting kůrovec",
        "Jiřina",
        "retired lesmistr (former head of the forest administration), informal mentor he meets over beer or phone",
        Role.MENTOR,
        monthly(1, 4),
        time(16, 30),
        "Tomáš manages a bark-beetle-hit forest district and the deputy head post he wants was just advertised, deadline Mon 7 Dec; his mentor agreed to be a reference and should read his motivation letter first. He also has a better-paid private offer he hasn't told her about, a promised walk with an angry village mayor, a baby due in January and a back injury he's hiding from his boss.",
        logged=(
            Logged(
                P,
                "J. always says: 'přestaň hasit, začni plánovat' — stop firefighting, learn the money side (hospodářský plán), make friends with the obce before they become enemies",
                55,
            ),
            Logged(
                A,
                "asked J if I should do the kombinované studium at MENDELU (Ing., 3 yrs) — she said not now, baby coming + deputy job first, maybe 2028",
                55,
                DONE,
            ),
            Logged(
                W,
                "finished kůrovec salvage on Kalich section 2 wks early, 4 200 m³, harvester crew from Pelhřimov were great",
                34,
            ),
            Logged(
                N,
                "timber price down again, smrk V. třída under 1 000 Kč/m³ lol. boss wants the volumes anyway",
                30,
            ),
            Logged(
                A,
                "asked J to be reference for zástupce lesního správce when it's advertised — ano, gladly 🙂",
                20,
                DONE,
            ),
            Logged(
                A,
                "asked J to introduce me to Ing. Král (regional director) — she said she'd 'sort it at the vánoční večírek'",
                20,
            ),
            Logged(
                G,
                "gave J photos + data from our mixed planting plots (buk, jedle, dub) for her talk at the ČLS branch meeting",
                20,
            ),
            Logged(F, "send J my motivation letter draft before next schůzka", 20),
            Logged(
                N,
                "myslivci again refusing to raise the srnčí quota, half the oak planting browsed. J knows their chairman from the old days",
                13,
            ),
            Logged(
                F,
                "promised starosta of Dolní Vilémovice a walk on the holina by the cycle trail, people angry on FB about the clearcut. said 'early December'. nothing scheduled",
                10,
            ),
            Logged(
                N,
                "Markéta due 14 Jan. if I get the deputy job start is Feb. paternity leave?? no idea how that looks in interview",
                5,
            ),
            Logged(
                N, "POSTING IS OUT: zástupce lesního správce, LS Jihlava, deadline Mon 7 Dec!!!", 3
            ),
            Logged(
                N,
                "back is killing me again, physio says no chainsaw 6 weeks. haven't told boss, just sending the guys",
                2,
            ),
            Logged(
                N,
                "dilemma: Sylvan Consult (private) offered me +20% as project forester. do I tell J? she's been so good to me, feels like zrada. or use it as leverage?",
                1,
            ),
            Logged(AG, "motivation letter — want her eyes on it before 7 Dec", 1),
        ),
    ),
    Persona(
        "durban_parks_supervisor_acting_area_manager",
        "Nomvula",
        "Parks Supervisor (acting Area Manager since Aug), eThekwini Municipality Parks, Recreation & Culture, Durban",
        "get the Area Manager post permanent when they advertise it, not acting forever with no allowance",
        "Kevin",
        "Deputy Head: Parks Operations North, her line manager",
        Role.MANAGER,
        weekly(4),
        time(7, 30),
        "Nomvula has been acting Area Manager for months without the allowance, juggling broken equipment, a councillor's PA pressuring her for favours, and her mother's illness in Pietermaritzburg. The injury incident report from 15 Nov is overdue, the festive season plan draft is due to Kevin Tue 1 Dec, November overtime is 31% over after a storm, and her December leave form is still unsigned.",
        logged=(
            Logged(
                P,
                "Kevin's priorities for the yr: cut overtime by 20%, clear the councillor hotline backlog (140 open complaints eish), zero injuries on play equipment after the Umlazi thing",
                88,
            ),
            Logged(
                A,
                "asked K for 2 more EPWP workers for the Northern beachfront parks — no, not until new FY July 2027",
                84,
                DONE,
            ),
            Logged(
                G, "covered Durban North depot 2 wks while Thabo on leave, no overtime claimed", 77
            ),
            Logged(
                W,
                "Ward 35 cllr thanked us in the ward cttee meeting for the Sea Cow Lake park cleanup!! first time ever lol",
                70,
            ),
            Logged(
                F,
                "K wants the monthly overtime report by the 5th of every month - set reminder",
                66,
            ),
            Logged(
                N,
                "tractor TR-114 broken AGAIN, workshop says 6 wks for parts. cutting cycle now 5 wks not 3",
                63,
            ),
            Logged(
                A,
                "asked about acting allowance for Area Mgr role i've been doing since Aug — K says 'later', HR needs the acting letter signed by the Head first",
                56,
            ),
            Logged(
                N,
                "umama in hospital in PMB again, sugar. driving up every weekend, ngikhathele kakhulu",
                49,
            ),
            Logged(
                G,
                "helped K write the park safety section for the Exco report, used my inspection data on 46 play parks",
                45,
            ),
            Logged(
                F, "Sea Cow Lake: send before/after photos to the ward cttee WhatsApp grp", 35, DONE
            ),
            Logged(W, "zero injury incidents Sept + Oct 🙌", 28),
            Logged(
                N,
                "Cllr M's PA phoned me DIRECT again, wants us to cut the verge on his relatives' street in Phoenix - not on schedule, not even a park. 3rd time. Should I tell Kevin? don't want enemies w/ politicians",
                24,
            ),
            Logged(
                A,
                "asked to go to the IERM parks conference Cape Town in Feb — yebo, K approved, he'll sign travel form",
                21,
                DONE,
            ),
            Logged(
                F,
                "promised Reservoir Hills ward committee a meeting about the broken swings — told them 'before December' 😬",
                20,
            ),
            Logged(
                N,
                "mower tender still stuck at Supply Chain. K said he'd phone the SCM manager himself",
                17,
            ),
            Logged(G, "trained 12 new general workers on brushcutter safety (PPE + SOP)", 14),
            Logged(
                N,
                "Burman Bush jungle gym — kid fell this afternoon, broken arm. parent talking about suing. 1st injury since Aug",
                11,
            ),
            Logged(F, "incident report Burman Bush to K + Risk Mgmt — within 7 days!!", 10),
            Logged(
                N,
                "Nov overtime looking bad — 31% over bcos of storm clean-up 10-11 Nov. not my fault but K will see the number",
                8,
            ),
            Logged(
                P,
                "K in 1:1 (20 Nov): Exco wants festive season plan for beachfront parks by 4 Dec, he wants my draft by Tue 1 Dec",
                6,
            ),
            Logged(
                A,
                "asked K to sign my leave 21-31 Dec (to be with umama) — 'i'll look at it', not signed yet",
                6,
            ),
            Logged(N, "heard from HR lady Area Mgr post will be advertised Jan. not official", 4),
            Logged(
                N,
                "cousin Sbu wants me to get him in as general worker. ai no. but the family pressure is heavy hey",
                3,
            ),
            Logged(W, "festive plan draft 60% done, ngiyabonga Thabo for the staffing numbers", 2),
            Logged(AG, "Cllr M's PA thing — mention or not???", 1),
            Logged(AG, "leave form 21-31 Dec", 1),
            Logged(AG, "explain Nov overtime (storm) BEFORE he sees the report", 1),
        ),
    ),
    Persona(
        "toronto_clinical_research_coordinator_sponsor",
        "Marisol",
        "Senior Clinical Research Coordinator, oncology clinical trials unit, teaching hospital, Toronto",
        "get the Clinical Trials Manager job (posting closes Dec 4) and stop being everyone's backup",
        "Helen",
        "Dr. Okafor, Head of Medical Oncology and PI on her main trials, who is backing her for the new Clinical Trials Manager role",
        Role.SPONSOR,
        biweekly(2),
        time(12, 15),
        "Marisol coordinates several oncology trials and Helen has offered a support letter for the manager posting that closes Fri 4 Dec; Marisol sent the bullet points on Monday and heard nothing. A sponsor monitoring visit is Tue 1 Dec, and she has found a consent deviation caused by Helen's own fellow, who asked her to alter the log — she is torn about raising it. She is also exhausted and working weekends.",
        logged=(
            Logged(
                P,
                "H's priorities: hit accrual for PRISM-3 ph III (15 pts by Dec 31), REB renewals NEVER lapsing again, CIHR grant renewal in Feb",
                50,
            ),
            Logged(
                A,
                "asked H if dept covers my SOCRA cert exam fee (~$450) — yes! dept admin approved",
                43,
                DONE,
            ),
            Logged(
                G, "covered H's consent discussions in clinic for 2 wks while she was at ESMO", 40
            ),
            Logged(
                A,
                "asked for a salary bump since i've been covering Jen's studies since she left — no, union grid. 'the way up is the manager role'",
                36,
                DONE,
            ),
            Logged(
                W, "internal audit on LUNA: 0 major findings, 2 minor (both fixed same day)", 29
            ),
            Logged(
                G, "built the enrollment tracker dashboard H now shows at the division meeting", 22
            ),
            Logged(
                A,
                "asked to present the tracker at Research Day — 'later, the spring one is a better fit'",
                22,
                DONE,
            ),
            Logged(
                N, "REB renewal for LUNA due Jan 15 — submission ready, just need H's signature", 10
            ),
            Logged(
                N,
                "H said she'd write me a support letter for the CTM posting — 'send me bullet points'",
                8,
            ),
            Logged(F, "send H the bullet points for the letter", 8, DONE),
            Logged(N, "CTM posting closes Fri Dec 4 !!", 7),
            Logged(
                F,
                "promised Priya (new CRC) i'd walk her through the EDC queries before the monitoring visit",
                6,
            ),
            Logged(W, "PRISM-3 at 12/15 enrolled 🎉 2 more in screening", 5),
            Logged(
                N,
                "worked Sat+Sun again. ex had Mateo this weekend so at least that. therapist says i need to stop saying yes to everything lol",
                4,
            ),
            Logged(
                N,
                "found it: Dr. K (H's fellow) consented pt 1047 on the v3 ICF, v4 was approved Oct 2. he re-consented yesterday but it's still a deviation for REB + sponsor. he asked me to 'just fix the date on the log'. hay naku. do I tell H?? it's her fellow and she's my sponsor for the job 😣",
                3,
            ),
            Logged(
                N,
                "CRA monitoring visit Tue Dec 1 9am, PRISM-3 — source docs for all 12 pts need to be ready",
                2,
            ),
            Logged(AG, "support letter — sent bullets Mon 23 Nov, no reply yet", 1),
            Logged(AG, "the 1047 consent thing", 1),
        ),
    ),
    Persona(
        "bradford_bus_depot_engineer_first_peer_chat",
        "Shabnam",
        "Depot Engineering Manager, regional bus operator, Bradford depot, UK",
        None,
        "Gareth",
        "Engineering Manager at the group's Sheffield depot, already through an electric bus rollout; peer at the same level",
        Role.PEER,
        biweekly(1),
        time(10, 0),
        "Shabnam has just been paired with a peer at a sister depot who has already electrified; her first chat is next Tuesday and she has logged almost nothing. She is planning for 40 e-buses by 2028 on a constrained grid connection.",
        logged=(
            Logged(
                N,
                "HR said pair up w someone who's done an EV depot. G is apparently the guy. never met him",
                2,
            ),
            Logged(
                AG,
                "how did they do charger load mgmt w the DNO?? we're capped at 1.2MVA and want 40 e-buses by 2028",
                0.2,
            ),
        ),
        first=True,
    ),
    Persona(
        "melbourne_roaster_gayo_coop_supplier",
        "Dewi",
        "Head Roaster & green coffee buyer, small specialty roastery, Brunswick, Melbourne",
        "jadi buyer yg dipercaya koperasi — lock in 2 containers for 2027 without Liam freaking out about cash",
        "Hendra",
        "Pak Hendra, export manager at a Gayo smallholder coffee cooperative in Takengon, Aceh (their main supplier)",
        Role.OTHER,
        monthly(2, 1),
        time(13, 0),
        "Dewi buys green coffee directly from a cooperative in Aceh and talks to its export manager monthly. She promised a 30% deposit on the 2027 contract by 1 Dec that her owner hasn't approved, a delayed container needs paperwork Hendra still owes her, and she's unsure whether to mention they've started buying from a cheaper co-op.",
        logged=(
            Logged(
                P,
                "Pak H: koperasi priorities = pre-finance for petani before main harvest, multi-year contract (min 2 containers/yr), funding the new washing station in Bener Meriah",
                45,
            ),
            Logged(
                A,
                "asked if we can get separate lots per desa instead of blended — iya bisa, from next harvest, min 1 ton per lot",
                45,
                DONE,
            ),
            Logged(
                A,
                "asked for lower FOB, USD 6.80 → 6.40/kg — nope. 'harga petani sudah paling bawah, mbak'. fair tbh",
                16,
                DONE,
            ),
            Logged(
                G,
                "sent cupping scores + notes for the 5 pre-shipment samples (86.25 top lot!!)",
                16,
            ),
            Logged(
                W,
                "our Gayo wine process got silver at Golden Bean 🥈 sent pics to Pak H, he shared to the petani WA group",
                12,
            ),
            Logged(F, "send Pak H roast photos + customer tasting notes for the farmers", 12, DONE),
            Logged(
                N,
                "container stuck at Belawan, ETA Melb now ~20 Dec not 5 Dec. xmas blend needs it. panik dikit",
                9,
            ),
            Logged(
                F,
                "promised 30% deposit for the 2027 contract by 1 Dec. Liam hasn't approved, cash tight after the new roaster loan. aduh",
                7,
            ),
            Logged(
                N,
                "Pak H still owes me phyto cert copy + organic cert renewal — AU customs will hold the container without them",
                6,
            ),
            Logged(
                N,
                "dilemma: we started buying a bit from a Kerinci co-op too (cheaper). tell Pak H? he'll see our menu on IG anyway",
                4,
            ),
            Logged(
                N,
                "mama in Bandung wants me home for Lebaran next yr. if i go i could visit Takengon + meet the farmers? or weird to bring up",
                3,
            ),
            Logged(AG, "deposit — need honest convo if Liam says no", 1),
            Logged(AG, "phyto cert!!", 1),
        ),
    ),
)
