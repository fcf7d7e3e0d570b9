# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 17 (set V)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH21 = (
    Persona(
        "nhs_staff_nurse_band6_with_private_strain",
        "Aoife",
        "staff nurse (band 5) on the acute medical unit at a Leeds teaching hospital",
        "band 6 somehow. secondment or whatever gets me there",
        "Sandra",
        "ward manager (band 7), her line manager",
        Role.MANAGER,
        biweekly(1),
        time(14, 0),
        "Band 5 nurse pushing for band 6 with a stressed ward manager ahead of a rumoured CQC visit. Her notes mix real work (falls audit, sign-offs) with her dad's chemo, a panic attack at work, an overdraft, friction with Sandra's friend Dee and an agency job offer — most of which should not be walked into the 1:1.",
        logged=(
            Logged(
                A,
                "asked sandra abt the band 6 secondment on ward 22, she said wait til the restructure's announced",
                52,
            ),
            Logged(W, "passed my IV/cannulation sign off finally!!", 48),
            Logged(N, "dad's started chemo at jimmy's, tues + thurs. might need to swap lates", 45),
            Logged(A, "asked S for no lates on thursdays for a bit - ok'd til xmas", 44, DONE),
            Logged(P, "S: falls numbers. CQC rumoured for jan, she's v stressed abt it", 40),
            Logged(G, "did the falls audit for bays 1-3 on my day off (!!) sent to S", 35),
            Logged(
                N,
                "panic attack in the sluice after the arrest on bay 3 😞 told S. she mentioned occ health, dont want that on my file tbh",
                27,
            ),
            Logged(
                N,
                "dee again. comments abt me 'always swapping'. she's S's mate from training so idk what to do",
                21,
            ),
            Logged(F, "falls audit bays 4-6 data, S wants it by end of month", 16),
            Logged(N, "overdraft again. thinking bank shifts weekends", 12),
            Logged(N, "agency rang — £34/hr in A&E at the LGI. tempting tbh", 6),
            Logged(F, "send S the HCA teaching session slides before the 10th", 4),
            Logged(AG, "band 6 - ask straight what im missing. dee?? not sure if i bring it up", 2),
        ),
        first=False,
    ),
    Persona(
        "rotterdam_site_engineer_skip_level_messy",
        "Joost",
        "site engineer (werkvoorbereider/uitvoerder) on a quay wall renovation for a marine contractor in Rotterdam",
        "work out if i go the PM route or stay technical... idk",
        "Marieke",
        "projectdirecteur, his manager Ruud's boss",
        Role.SKIP,
        monthly(1, 2),
        time(7, 45),
        "Mid-level site engineer with five months of scrappy Dutch/English notes on his skip-level: repeated unanswered asks (PMP budget), an overdue promise of a cost overview, a fresh one-pager due, tension with his own manager for going around him, and a rumour about the director moving that he probably should not raise.",
        logged=(
            Logged(
                N,
                "first skip w/ marieke, she's sharp. asked what i want in 3 yrs, i mumbled smth abt PM",
                140,
            ),
            Logged(A, "asked M if i can shadow ruud on the client mtgs w/ havenbedrijf", 140, DONE),
            Logged(
                P,
                "M: safety after the crane incident kade 7, wants zero LTIs tot eind van het jaar",
                138,
            ),
            Logged(W, "damwand planning kade 8 fixed, 4 days back on schedule", 120),
            Logged(G, "sent M the lessons learned doc kade 7 (she asked in the MT)", 115),
            Logged(A, "vroeg om budget voor PMP cursus — 'na de begroting'", 112),
            Logged(
                N,
                "ruud pissed i went to M directly about the shadowing?? awkward. next time via ruud first",
                105,
            ),
            Logged(W, "ILT inspectie: zero findings 🎉", 88),
            Logged(
                F,
                "send M cost overview for the extra monitoring (zakbaken + inclinometers), told her 'next week'",
                60,
            ),
            Logged(P, "M pushing digital hard — BIM on site, wants a pilot by Q1", 58),
            Logged(
                A,
                "asked if i could lead the BIM pilot. she said 'interesting, put smth on paper'",
                58,
            ),
            Logged(N, "heard via wouter M might move to the antwerpen bid. wie weet", 41),
            Logged(
                W, "trained 3 uitvoerders on the tablet checklist app, now used on kade 8+9", 33
            ),
            Logged(F, "1-pager BIM pilot scope for M, end of month", 20),
            Logged(A, "pmp budget again?? ruud says ask M. zucht", 15),
            Logged(N, "rough week, not sleeping, kleine is teething. whatever", 9),
            Logged(
                AG,
                "PM vs technical — ask her honestly what she sees in me. antwerp rumour?? (maybe not)",
                4,
            ),
            Logged(
                AG,
                "kade 9 start slipped 2 wks bc vergunning, she'll hear it from the client anyway",
                2,
            ),
        ),
        first=False,
    ),
    Persona(
        "joburg_payroll_officer_gives_everything",
        "Thandiwe",
        "payroll officer at a mining services company in Johannesburg",
        "be named co-lead on the SAP payroll cutover (go-live 1 March)",
        "Sipho",
        "payroll officer at the Rustenburg site, same level",
        Role.PEER,
        weekly(4),
        time(10, 0),
        "Payroll officer who has quietly carried her peer for months (his payroll runs, recons, his new clerk, his half of the cutover data cleanup) and asked for nothing back. He just presented her macro as 'our' tool, and cutover leads are being picked next week.",
        logged=(
            Logged(G, "ran sipho's rustenburg payroll for the 25th while he was on leave", 70),
            Logged(G, "fixed his EMP201 recon, was out by R14 300 — duplicate UIF line", 63),
            Logged(
                G, "built the overtime calc macro, gave him a copy + showed him how it works", 55
            ),
            Logged(W, "my site: 0 payroll queries escalated to HR since june", 50),
            Logged(
                G, "covered his call w/ the NUM rep re shift allowance, he was stuck on the N4", 41
            ),
            Logged(G, "trained his new clerk zanele on VIP basics, 2 afternoons", 34),
            Logged(
                P, "sipho wants the SAP cutover data cleanup off his plate before dec shutdown", 28
            ),
            Logged(
                G,
                "did his half of the employee master data cleanup for cutover. 312 records 😮‍💨",
                20,
            ),
            Logged(
                N,
                "sipho showed the macro at the finance mtg as 'the tool we built'. eish. no mention of me",
                13,
            ),
            Logged(G, "sent him my IRP5 year end checklist", 7),
            Logged(N, "pieter (fin mgr) picking cutover leads next week", 5),
            Logged(AG, "ask sipho to back me for co-lead?? or at least say who built the macro", 1),
        ),
        first=False,
    ),
    Persona(
        "mumbai_junior_architect_only_asks",
        "Rohan",
        "junior architect (3 yrs) at a mid-size architecture practice in Mumbai",
        "get put forward for the associate track at the march partners review",
        "Farida",
        "founding partner, sits on the partners committee",
        Role.SPONSOR,
        monthly(2, 4),
        time(18, 30),
        "Junior architect whose log with his sponsor is nothing but asks — teams, introductions, reviews, a raise, leave — with nothing given or won on record, ahead of the partners review he wants her to nominate him for.",
        logged=(
            Logged(A, "asked farida to put me on the BKC tower competition team", 95, DONE),
            Logged(A, "asked F if she'd mention me to vikram for the design studio move", 88),
            Logged(A, "asked for feedback on my lonavala villa sections — she said 'later'", 74),
            Logged(A, "asked F for 2 days leave for IGBC AP exam, approved", 60, DONE),
            Logged(
                A,
                "asked if i cn present the facade option to the client thurs, she said ok but she'll lead",
                47,
                DONE,
            ),
            Logged(
                A, "asked F ki alibaug site visits mujhe mil sakte hain? she said dekhte hain", 40
            ),
            Logged(A, "asked abt increment — after march cycle she said", 33),
            Logged(A, "asked if she'd review my portfolio before the review, no reply yet", 19),
            Logged(A, "asked her to cc me on the pune hospital RFP mails", 8),
            Logged(AG, "associate track. need her to actually put my name fwd in march", 2),
        ),
        first=False,
    ),
    Persona(
        "campinas_warehouse_supervisor_mentor_open_promises",
        "Mateus",
        "night shift supervisor at a cold-chain distribution centre near Campinas, Brazil",
        "get the coordenador de operações job when lucas leaves in feb",
        "Renata",
        "operations director at another logistics company, his external mentor via an industry mentoring programme",
        Role.MENTOR,
        monthly(1, 3),
        time(18, 0),
        "Shift supervisor with an external mentor who owes her several things due in the coming days (a dashboard by Friday, a course module, book chapters, an org chart). Some of what he promised would leak client names or unannounced internal news (his boss leaving) to someone outside the company.",
        logged=(
            Logged(N, "1a conversa c renata pelo programa de mentoria. ela é direta, gostei", 65),
            Logged(
                A,
                "asked renata how she went from supervisor to coord — 'numbers + visibility'",
                65,
                DONE,
            ),
            Logged(P, "renata: wants me to stop firefighting, build 1 KPI i own", 65),
            Logged(W, "OTIF turno noite 91→96% em 5 semanas", 40),
            Logged(A, "asked if she'd look at my CV", 31, DONE),
            Logged(
                G, "sent her the article on temp excursions in pharma cold chain she wanted", 30
            ),
            Logged(F, "finish yellow belt modulo 3 before the 10th, she asked me to", 12),
            Logged(F, "send her our org chart? she asked who lucas reports to. end of month", 10),
            Logged(N, "lucas sai em fevereiro, confirmado (NOT public yet!!)", 8),
            Logged(F, "ler cap 4-6 do livro q ela emprestou (the goal) next week", 6),
            Logged(
                F, "mandar pra ela o dashboard OTIF by fri (versão limpa, sem nome de cliente!!)", 3
            ),
            Logged(
                AG, "como me posicionar pra vaga do lucas sem parecer q to torcendo pra ele sair", 2
            ),
        ),
        first=False,
    ),
    Persona(
        "krakow_call_centre_tl_new_boss_no_goal",
        "Kasia",
        "team lead at an airline customer service centre in Kraków",
        None,
        "Hélène",
        "head of customer operations CEE, based in Paris, her new manager",
        Role.MANAGER,
        weekly(0),
        time(9, 0),
        "Brand-new user meeting a new manager for the first time, no goal set and almost nothing logged; she has heard worrying gossip about the manager and has a Christmas staffing gap to raise.",
        logged=(
            Logged(
                N, "new boss helene starts mon. ex-ryanair ops, ppl say she cut 2 teams there 😬", 3
            ),
            Logged(
                AG,
                "jak się przedstawić?? what she wants from TLs + xmas roster (still 4 ppl short)",
                1,
            ),
        ),
        first=True,
    ),
)
