# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 26 (set AN)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH39 = (
    Persona(
        "signalling_tech_derby_skip_level_long_log",
        "Kwame",
        "senior signalling maintenance technician (S&T), rail infrastructure owner, Derby",
        "get to S&T section manager in the next 18 months and get OFF permanent nights",
        "Deborah",
        "Route Asset Manager (S&T), his line manager's manager",
        Role.SKIP,
        monthly(-1, 4),
        time(13, 0),
        "Kwame is a strong mid-career signalling tech whose line manager has been off sick for months; he is quietly doing the acting section manager job without the title. He owes Deborah a one-pager by tomorrow, is tester in charge on a Saturday-night possession, has found missing test records before a big January audit, and his first baby is due the same week as the audit.",
        logged=(
            Logged(
                P,
                "DW priorities for the yr: cut delay mins on the Erewash line, points failures esp 'the Toton ones', and everyones competence (SMTH / IRSE / PTS) in date b4 the audit in Jan",
                180,
            ),
            Logged(
                A,
                "asked DW abt being put fwd for the section mgr dev programme. she said 'not this intake, next one (spring)' — so thats a later not a no",
                178,
                DONE,
            ),
            Logged(
                N,
                "mentioned my line mgr (Steve P) is off long term sick + i'm covering his rota stuff unofficially. DW didnt know?? weird",
                150,
            ),
            Logged(
                G,
                "sent DW my notes on the repeat failure on 2134B points (the heater thing), she fwd'd it to the track RAM lol",
                148,
            ),
            Logged(
                W,
                "2134B no failures since we swapped the heaters + detection rods 🎉 6 wks clean",
                120,
            ),
            Logged(
                A,
                "asked for funding for IRSE exam module (~£450) - DW: yes put it thru Steve's cost centre",
                118,
                DONE,
            ),
            Logged(F, "send DW the list of lads whose PTS expires b4 jan", 118, DONE),
            Logged(
                N,
                "Nights are killing me tbh. Missed Amaya's parents eve again. dont put this in anything formal",
                95,
            ),
            Logged(
                A,
                "asked to be acting section mgr while Steve off. DW 'let me talk to HR, def not saying no' — still nothing",
                90,
            ),
            Logged(
                G,
                "covered the Long Eaton level crossing fault call out on my rest day, 4am, DW thanked me on the group email",
                88,
            ),
            Logged(
                W,
                "Xmas possession planning pack signed off 1st time by the possession planner, zero comments!!",
                60,
            ),
            Logged(A, "asked if i can go on days from Jan. DW 'no promises, depends on Steve'", 58),
            Logged(
                F,
                "promised Jas (apprentice) i'd sign off his portfolio section 4 by end of nov",
                55,
            ),
            Logged(
                P,
                "DW: 'audit in Jan is the big one. no out of date comps, no missing test records. none.'",
                55,
            ),
            Logged(
                A,
                "sent DW my dev plan draft (2 Oct), she said she'd comment 'in a couple of weeks'. nothing yet",
                55,
            ),
            Logged(
                N,
                "found 3 missing test records from the Sept renewals at Trent Jn. not my work but my section. havent told anyone yet",
                30,
            ),
            Logged(
                F,
                "owe DW a 1 pager on how we'd cut points failure delay mins on Erewash by 10% - said i'd have it 'before the next one' ie by fri 27th",
                29,
            ),
            Logged(
                AG,
                "the test records thing - do I tell DW or sort it quietly first w Jas + Marek??",
                28,
            ),
            Logged(W, "passed the IRSE module!!! 🎉🎉", 25),
            Logged(
                G,
                "did the toolbox talk on wrong side failures for the whole depot, 40ish ppl, DW came for the 2nd half",
                21,
            ),
            Logged(N, "Sarah 34 wks now. due 8 jan. paternity leave clashes w the audit 🙃", 20),
            Logged(W, "Jas passed his track induction assessment, chuffed for him", 12),
            Logged(AG, "acting section mgr - ask again, it's been 3 months", 10),
            Logged(
                N,
                "Marek reckons HR told him the acting role is going external?? dont know if true",
                6,
            ),
            Logged(
                N,
                "possession sat 28th 23:00 - sun 06:00, Trent Jn resignalling stage 2, i'm tester in charge",
                4,
            ),
            Logged(
                F,
                "book the briefing room for sat 28th + send briefing pack to the COSS by thurs night",
                3,
            ),
            Logged(AG, "days from jan again + mention baby due 8 jan (or not??)", 2),
            Logged(F, "Jas portfolio sect 4 - still not done 😬", 1),
        ),
    ),
    Persona(
        "welsh_medium_nursery_deputy_weekly_manager",
        "Cerys",
        "deputy manager, private Welsh-medium day nursery (42 places), Caernarfon",
        "Cael fy Level 5 erbyn haf nesa a bod yn barod i redeg y feithrinfa pan fydd Mair yn ymddeol",
        "Mair",
        "owner and nursery manager, her direct boss",
        Role.MANAGER,
        weekly(1),
        time(13, 15),
        "Cerys runs the day-to-day of a small Welsh-language nursery while its owner, Mair, prepares for an inspection that could come any day. A staff DBS check expires next Friday, she owes a Christmas letter and the CIW self-evaluation, her mum is in and out of hospital, and the staff member she needs to pull up on phone use is Mair's nephew.",
        logged=(
            Logged(
                P,
                "Mair: CIW inspection 'unrhyw ddiwrnod rwan' - popeth yn barod, yn enwedig risk assessments a'r ffeiliau staff",
                40,
            ),
            Logged(
                A,
                "gofyn am gyllid i'r Level 5 (£1,8xx) - Mair: 'ar ôl Ebrill, pan fydd y budget newydd' so... later",
                33,
                DONE,
            ),
            Logged(
                G,
                "wedi ail-wneud y risk assessment ardal allanol i gyd ar fy mhen fy hun, took 2 evenings",
                27,
            ),
            Logged(
                W,
                "mam Osian sent a card thanking the whole Cywion room 🥹 Mair put it on the board",
                20,
            ),
            Logged(
                A,
                "asked about my pay (still £12.60) - she said she'd look 'after half term'. half term was Oct. dim byd.",
                18,
            ),
            Logged(P, "ratios over xmas - Mair wants NO agency staff, 'we cover ourselves'", 14),
            Logged(
                A,
                "asked if we can take a 2nd Welsh-speaking apprentice in Jan. na - dim pres",
                14,
                DONE,
            ),
            Logged(
                F,
                "Mair asked me to write the self-evaluation bit for CIW — said I'd do it by end of month",
                12,
            ),
            Logged(
                N,
                "Mam in Ysbyty Gwynedd again wed, more scans. might need afternoons off in Rhagfyr, haven't said anything",
                9,
            ),
            Logged(
                F,
                "chase the 2 DBS renewals (Lowri + Sion) - Sion's expires 4 Rhag (gwener nesa)!!",
                8,
            ),
            Logged(
                N,
                "Sion on his phone in the baby room AGAIN, 2nd time. Do I raise w Mair or talk to him myself first? he's her nephew 😬",
                5,
            ),
            Logged(F, "send the cyngerdd Nadolig letter to parents (dwyieithog) by Fri", 3),
            Logged(AG, "rota Rhagfyr + Mam's appts", 2),
            Logged(W, "DBS Lowri wedi cyrraedd ✅ just Sion's now", 1),
            Logged(AG, "Sion + phone??", 1),
        ),
    ),
    Persona(
        "assistant_buyer_madrid_promo_sponsor",
        "Lucía",
        "assistant buyer, knitwear, fast-fashion retail group HQ, Madrid",
        "pasar a buyer en la ronda de promociones de enero sin quemarme",
        "Beatriz",
        "Head of Buying Womenswear, two levels up, sponsoring her promotion case",
        Role.SPONSOR,
        biweekly(2),
        time(17, 30),
        "Lucía is a junior buyer with a genuine hit product and a senior sponsor who has agreed to put her forward, but only with hard evidence, due before the promotion panel closes on 4 Dec. Her own line manager has gone cold since finding out about the sponsorship, a competitor has approached her with a 20% raise while her rent has gone up, and she wants to present at Tuesday's range review.",
        logged=(
            Logged(
                P,
                "Bea: margen SS27 +1.5pts vs LY, menos markdown, y 'que se os oiga en el range review'",
                45,
            ),
            Logged(
                A,
                "le pedí que me propusiera para buyer en enero. Dijo que sí, pero necesita 'evidence' — 2 ejemplos de decisiones mías que movieron números",
                42,
                DONE,
            ),
            Logged(
                W,
                "el chaleco de punto trenzado (ref 4471) sell-through 78% en 3 semanas, best in category 🔥 fue MI pick, Marcos no lo quería",
                30,
            ),
            Logged(
                G,
                "le pasé a Bea el análisis de competencia de knit (Zara/Mango/COS) que hice un finde",
                28,
            ),
            Logged(
                W,
                "proveedor de Oporto aceptó bajar 0,40€/ud en 12k uds gracias a mi negociación (=4.8k€)",
                22,
            ),
            Logged(
                A,
                "Bea iba a hablar con RRHH sobre cambiar mi título de 'assistant' antes del panel. pendiente",
                20,
            ),
            Logged(
                A,
                "pedí ir al viaje de sourcing a Oporto en dic. Bea: 'no este año, presupuesto'",
                16,
                DONE,
            ),
            Logged(
                F,
                "mandar a Bea el one-pager con las 2 evidencias ANTES del 4 dic (cierra el panel de promos)",
                14,
            ),
            Logged(
                N,
                "Marcos (my line mgr) se ha enterado de que Bea me esponsoriza y está raro conmigo. ¿se lo digo a Bea o no?",
                10,
            ),
            Logged(
                N,
                "headhunter de Mango por LinkedIn. +20% salario. no he contestado. ¿se lo menciono a Bea?? probably not lol",
                6,
            ),
            Logged(
                N, "ando fatal de dinero con la subida del alquiler, la verdad el +20% tienta 😩", 6
            ),
            Logged(
                AG,
                "range review martes 1 dic — quiero presentar yo la parte de punto, preguntarle si puedo",
                3,
            ),
            Logged(
                F,
                "Bea me pidió el reorder del 4471 para las top 50 tiendas — prometido para el viernes 27",
                2,
            ),
        ),
    ),
    Persona(
        "wastewater_operator_adelaide_mentor",
        "Dimitra",
        "wastewater treatment plant operator (Cert III), state water utility, Adelaide",
        "get my Cert IV and move into a process controller role, eventually the control room",
        "Graham",
        "senior process engineer at another plant, her mentor through a women-in-water mentoring scheme",
        Role.MENTOR,
        monthly(2, 3),
        time(16, 0),
        "Dimitra is a shift operator who has a mentor already agreed to be her referee, and the process controller job she wants has just been advertised, closing 7 Dec. She knows about an unreported chlorine-dosing near miss and is unsure whether to tell her mentor, money is tight, and the Cert IV enrolment deadline is 11 Dec.",
        logged=(
            Logged(
                P,
                "G's big thing for me: 'learn the process not just the buttons'. wants me to shadow a process engineer for a day",
                62,
            ),
            Logged(
                A,
                "asked G if he'd be a referee for the process controller job when it comes up. 'yep, happy to' 👍",
                60,
                DONE,
            ),
            Logged(
                G,
                "sent G photos + notes of the foaming on the aeration basin, he reckoned filamentous bulking, spot on",
                55,
            ),
            Logged(
                F,
                "said I'd read the activated sludge chapter he sent (Metcalf & Eddy) — only halfway tbh",
                33,
            ),
            Logged(
                A,
                "G said he'd ask his old mate at Glenelg about a shadow day for me. still waiting",
                30,
            ),
            Logged(
                W,
                "picked up DO probe drift on tank 3 before it became a non-compliance, supervisor called it out at toolbox 🙌",
                30,
            ),
            Logged(
                N,
                "money v tight, mortgage rate up again, thinking about doing uber eats on days off. dont want that to look bad",
                12,
            ),
            Logged(
                N,
                "near miss on arvo shift 17/11, chlorine dosing left in manual overnight, shift lead (K) didnt log it. i wasnt on but i know. should i tell G?? he knows ppl at the EPA lol",
                9,
            ),
            Logged(AG, "Cert IV enrolment closes fri 11/12 — do it now or next yr ($$)?", 4),
            Logged(N, "process controller job finally posted tue 24/11, closes mon 7/12!!", 2),
            Logged(F, "update resume + give G a heads up he might get a call", 2),
        ),
    ),
    Persona(
        "new_court_clerk_montreal_peer_first",
        "Karim",
        "court clerk (greffier-audiencier), provincial courthouse, Montréal",
        "zéro erreur dans mes procès-verbaux d'ici janvier",
        "Nathalie",
        "senior court clerk (14 yrs) on the same criminal chamber team, assigned as his buddy",
        Role.PEER,
        weekly(3),
        time(12, 15),
        "Karim started in a fast criminal courtroom this week and is having his first lunch catch-up with the experienced clerk assigned to help him, today at 12:15. Almost nothing is logged yet. He is struggling to keep up when judges dictate release conditions, and he still has her annotated guide.",
        logged=(
            Logged(
                N,
                "1ère sem. en salle, les procès-verbaux c'est wayyy plus vite que dans la formation",
                3,
            ),
            Logged(F, "lui remettre son guide annoté (elle me l'a prêté lundi)", 3),
            Logged(
                AG,
                "demander à Nathalie comment elle fait pour suivre quand le juge dicte les conditions de remise en liberté so fast",
                1,
            ),
        ),
        first=True,
    ),
    Persona(
        "soil_scientist_kakamega_uk_copi",
        "Wanjiru",
        "research scientist (soil health / maize systems), national agricultural research institute, Kakamega, Kenya",
        "lead my own grant within 3 yrs and start a PhD, ideally with a scholarship",
        "Tom",
        "co-PI at the UK partner university on their joint grant; not her boss, they co-lead the Kenya work package",
        Role.OTHER,
        biweekly(1),
        time(11, 0),
        "Wanjiru runs the field side of a UK–Kenya research project and has good yield results, but she owes the cleaned dataset by the end of the month and has to tell Tom that two plots flooded. Tom owes her the budget letter her unpaid field enumerators are waiting for, plus a reference for a scholarship that closes Wednesday 2 Dec; first authorship is still unsettled.",
        logged=(
            Logged(
                P,
                "Tom: wants yr 2 data cleaned + uploaded to the repo before the funder's annual report (due 15 Jan)",
                50,
            ),
            Logged(
                A,
                "asked to be first author on the intercropping paper since i ran ALL the field trials. he said 'let's discuss when the draft is further along' 🙄",
                44,
            ),
            Logged(
                G,
                "shared our soil sampling protocol w Tom's PhD student (Ellie), walked her thru it on zoom ~2hrs",
                38,
            ),
            Logged(
                W,
                "long rains trial: intercrop plots +22% yield vs control 🌽🌽 pole pole but we're getting there",
                35,
            ),
            Logged(F, "send Tom the cleaned yr2 dataset — promised 'by end of Nov'", 30),
            Logged(
                N,
                "Kakamega site: 2 plots flooded, data gaps for Oct. need to tell Tom but dreading it",
                20,
            ),
            Logged(F, "send Ellie GPS coords for all 48 plots", 18, DONE),
            Logged(
                A,
                "Tom owes me the budget reallocation letter so i can pay the 3 casual enumerators (not paid since Oct!!)",
                16,
            ),
            Logged(
                A,
                "asked Tom for a ref letter for the Commonwealth PhD scholarship, deadline wed 2 dec. he said yes, will send by 30th",
                12,
                DONE,
            ),
            Logged(
                N,
                "daughter's school fees due jan + scholarship app + dataset, i can't do everything at once",
                10,
            ),
            Logged(
                N,
                "enumerators wananiuliza kuhusu malipo kila siku. Mzee Otieno alinipigia simu jana usiku 😓",
                8,
            ),
            Logged(W, "abstract accepted for the African crop science conf in March!", 5),
            Logged(AG, "flooded plots - how to frame in the report", 2),
            Logged(AG, "enumerator pay!!! cannot wait another 2 wks", 2),
        ),
    ),
)
