# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 25 (set AK)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH36 = (
    Persona(
        "vet_nurse_cork_owner_manager_long_log",
        "Siobhán",
        "registered veterinary nurse (RVN), independent small-animal practice, Cork",
        "get the ECC cert + a proper pay bump, or I'll have to think about moving tbh",
        "Declan",
        "clinical director & practice owner, my line manager",
        Role.MANAGER,
        weekly(1),
        time(13, 15),
        "Experienced vet nurse in a small Irish practice whose owner-manager keeps deferring her pay review and course funding. The Christmas rota locks Fri 27 Nov and she hasn't formally asked for 14-18 Dec off for her mother's surgery; she's also sitting on a better-paid job offer from a referral hospital and wondering whether to mention it. She still owes Declan the euthanasia/aftercare leaflet and the November dental stats.",
        logged=(
            Logged(
                P,
                "DM: dental suite bookings up 20% by end of Q1. says it every single week lol",
                82,
            ),
            Logged(
                A,
                "asked DM re funding for the ECC cert (the €1,450 one) - he'll 'look at the budget'",
                75,
            ),
            Logged(G, "covered Aoife's wknds 3 in a row while she was out sick", 70),
            Logged(N, "DM on the ECC thing: 'not this year, revisit in Jan' 🙄", 61),
            Logged(
                W,
                "GDV lab came in Sat night, had him stabilised + fluids up before DM arrived, DM said 'textbook' 😊",
                52,
            ),
            Logged(F, "draft the euthanasia consent form + aftercare leaflet for DM", 45),
            Logged(
                A, "new sats monitor for theatre 2, old one keeps dropping out mid-GA", 40, DONE
            ),
            Logged(N, "monitor - DM said yes, ordered. finally", 36),
            Logged(
                G,
                "trained the 2 new ACAs on anaesthetic monitoring, made a checklist + laminated it",
                33,
            ),
            Logged(F, "send DM the Oct dental stats", 28, DONE),
            Logged(W, "3 google reviews this month mention me by name!!", 25),
            Logged(
                P, "DM wants fewer overtime hrs on the books, the accountant is on his back", 22
            ),
            Logged(
                N,
                "mam's hip op is 14 Dec in CUH, I'll be driving her + prob need that whole week off",
                20,
            ),
            Logged(A, "14-18 Dec off (mam)", 19),
            Logged(
                N,
                "DM v stressed lately, wife is expecting, he's short with everyone not just me",
                17,
            ),
            Logged(
                N,
                "pay review was meant to be Sept. nothing. landlord putting rent up €150 from Jan",
                15,
            ),
            Logged(A, "pay review - WHEN", 15),
            Logged(
                N,
                "Little Island referral hosp rang again about the ECC nurse post. ~€6k more + they'd pay the cert. haven't told anyone",
                12,
            ),
            Logged(
                G,
                "stayed til 9 with the parvo pup, didn't claim OT (bc of the accountant thing)",
                11,
            ),
            Logged(
                N,
                "leaflet half done, need cremation prices from the pet crem ppl before I can finish it",
                10,
            ),
            Logged(P, "DM: Christmas rota LOCKED Fri 27th, no swaps after that", 9),
            Logged(F, "told Aoife I'd swap her 24th for my 31st if DM ok's it", 8),
            Logged(W, "CD audit passed, zero discrepancies 🎉", 6),
            Logged(N, "cert - maybe ask if they'd pay half if I commit to stay 2 yrs?", 5),
            Logged(
                AG, "should I mention Little Island?? or is that shooting myself in the foot", 3
            ),
            Logged(F, "Nov dental stats for DM", 2),
            Logged(AG, "dental nos - Nov up ~14% on Oct I think, double check b4 tues", 1),
            Logged(AG, "xmas rota + my 14-18 Dec + Aoife swap", 1),
        ),
    ),
    Persona(
        "wind_tech_esbjerg_skip_level_today",
        "Kasper",
        "lead service technician, offshore wind O&M contractor, Esbjerg",
        "blive site lead inden 2028 uden at smadre familielivet",
        "Birgitte",
        "Head of Service Operations North Sea, my boss's boss",
        Role.SKIP,
        monthly(-1, 3),
        time(14, 0),
        "Senior offshore wind technician in Denmark meeting his skip-level this afternoon. He is torn about raising a near-miss that his own manager reworded in the report, has an unreported knee problem, a baby due 10 Jan that affects the winter rota, and still owes Birgitte the crew rotation proposal she asked for. Winter campaign starts 1 Dec.",
        logged=(
            Logged(
                P, "B: safety KPIs + færre unplanned CTV trips, cost pr MWh. same as always", 40
            ),
            Logged(G, "mentored 2 lærlinge fra Esbjerg tekniske skole, both passed GWO BST 💪", 35),
            Logged(A, "spurgte B om jeg kan komme på GWO advanced rescue instructor kurset", 29),
            Logged(F, "send B crew rotation forslag (2-on/2-off for winter) before next skip", 29),
            Logged(N, "instructor kursus: 'ja, men Q1 - budget' ok fair nok", 27),
            Logged(
                N, "Niels (min chef) vil helst ikke have at jeg går direkte til B med ting. hmm", 20
            ),
            Logged(
                N,
                "near miss WTG B07 - spanner dropped from nacelle hatch, nobody below heldigvis. but N 'omformulerede' rapporten til 'minor housekeeping'. føles forkert",
                16,
            ),
            Logged(
                W,
                "fixed pitch bearing fault on B12 in ONE weather window, no jack-up needed. saved ~2 mio kr?",
                12,
            ),
            Logged(P, "B: vinterkampagne fra 1 Dec, all hands offshore til 18 Dec", 10),
            Logged(
                N,
                "knæet driller igen. 3 ladder climbs a day at 80m... burde se lægen but dont want to be taken off rota",
                8,
            ),
            Logged(
                N,
                "Sofie termin 10 jan!! (nr 2) - need to say something about barsel before the winter rota is set",
                6,
            ),
            Logged(AG, "skal jeg nævne B07?? N bliver sur men hvis det sker igen...", 2),
            Logged(AG, "rotation proposal (not sent yet 😬) + barsel timing", 1),
        ),
    ),
    Persona(
        "library_assistant_auckland_new_mentee",
        "Mele",
        "library assistant, council branch library, South Auckland",
        "work out if the library qual is worth it + how to actually get to librarian level",
        "Grace",
        "senior librarian at Central Library, my mentor through the LIANZA mentoring scheme",
        Role.MENTOR,
        monthly(1, 3),
        time(12, 30),
        "Junior library assistant starting a formal mentoring relationship; first meeting is next Thursday. She has logged almost nothing yet beyond nerves, one win and one question about whether to do a postgrad library qualification she may not be able to afford.",
        logged=(
            Logged(W, "homework club numbers doubled since I started the tues minecraft thing", 5),
            Logged(N, "bit nervous lol first time doing mentoring. she's from Central", 2),
            Logged(AG, "ask about the MIS - worth it?? part time + $$$", 1),
        ),
        first=True,
    ),
    Persona(
        "cabin_purser_madrid_instructor_sponsor",
        "Lucía",
        "sobrecargo (purser), long-haul, Spanish airline, Madrid-Barajas base",
        "pasar a instructora TCP en 2027 ✈️",
        "Javier",
        "Jefe de Formación TCP (head of cabin crew training), sponsoring my instructor application",
        Role.SPONSOR,
        biweekly(2),
        time(16, 0),
        "Long-haul purser shortlisted for the cabin-crew instructor pool with Javier's backing. Her assessment day is Thu 3 Dec but she's rostered on a JFK trip 2-4 Dec, she owes Javier written feedback from a session he had her shadow, and he still hasn't sent the assessment criteria. A recent breakup, rent worries and fatigue reports are leaking into the log, and she's unsure whether instructor pay is even worth it.",
        logged=(
            Logged(
                P,
                "J: quiere más instructores con experiencia long-haul, y sacar el nuevo módulo CRM antes de marzo",
                50,
            ),
            Logged(A, "le pedí que me recomiende para el pool de instructores", 48, DONE),
            Logged(F, "mandarle CV actualizado + carta de motivación", 47, DONE),
            Logged(
                W,
                "passenger medical event on MAD-EZE, I led the cabin, comandante wrote a commendation 🙌",
                38,
            ),
            Logged(W, "J me metió en la shortlist!! 🎉✈️", 30),
            Logged(G, "cubrí el briefing de seguridad para 3 juniors nuevas en el BOG", 25),
            Logged(
                G, "translated the CRM case studies to spanish for J's team, ~6h on my days off", 22
            ),
            Logged(
                F,
                "J asked me to shadow a SEP recurrent session and write him feedback - todavía no lo he escrito 😬",
                20,
            ),
            Logged(
                P,
                "J: piloto del módulo CRM en feb, wants 2 instructors who can teach in EN + ES",
                18,
            ),
            Logged(N, "fatigue report after the LIM-MAD, 2nd one this month", 15),
            Logged(
                N,
                "Dani y yo lo hemos dejado. piso compartido, no sé qué hacer con el alquiler. duermo fatal",
                12,
            ),
            Logged(N, "J said he'd send me the assessment criteria... still nada", 10),
            Logged(
                N,
                "assessment day confirmado jue 3 dic 09:00 centro de formación - presentación 15 min + práctica evacuación",
                9,
            ),
            Logged(
                N,
                "wait instructor pay is LESS than purser + long-haul allowances?? need to check properly",
                7,
            ),
            Logged(
                N,
                "roster: me han puesto JFK 2-4 dic 🙃🙃 tengo que cambiarlo o me pierdo el assessment",
                6,
            ),
            Logged(A, "can he look at my slides before the 3rd?", 4),
            Logged(AG, "JFK swap - can J talk to scheduling? or is that abusing the favour", 2),
            Logged(AG, "preguntar honestamente por el sueldo/dietas de instructora", 1),
        ),
    ),
    Persona(
        "architect_mumbai_peer_partner_track",
        "Ishaan",
        "associate architect, mid-size architecture practice, Mumbai (Lower Parel)",
        "partner track by 35, and lead at least one public project",
        "Farah",
        "fellow associate (housing team), we do fortnightly peer 1:1s",
        Role.PEER,
        biweekly(4),
        time(18, 30),
        "Associate architect in a peer-mentoring swap with a same-level colleague. His competition boards are due Mon 30 Nov and he needs Farah's review by Saturday, he keeps forgetting to send her site photos, and he's discovered they may both be in the running for partner track and doesn't know whether to say so. His father had an angioplasty last week and he's been working nights.",
        logged=(
            Logged(
                P,
                "F: wants to push the firm toward retrofit / adaptive reuse, her pet topic. also wants help on revit standards",
                30,
            ),
            Logged(
                G, "shared my BMC approval checklist w F, she said it saved her ek poora din", 28
            ),
            Logged(
                A, "F said she'll intro me to her contact at the heritage conservation cell", 20
            ),
            Logged(G, "covered F's Worli site meeting when she was down with fever", 18),
            Logged(
                W,
                "client signed off the Bandra facade scheme in the FIRST meeting. never happened before lol",
                16,
            ),
            Logged(F, "F ko Dharavi site visit ke photos bhejne the... forgot again 🤦", 14),
            Logged(
                A,
                "asked F to review my Thane library competition boards before submission (due Mon 30 Nov)",
                10,
            ),
            Logged(
                N,
                "F mentioned a partner-track convo with Rao sir - she's also in the running?? awkward yaar",
                9,
            ),
            Logged(
                N,
                "Papa ka angioplasty on 18th, sab theek hai now but I'm at Nanavati every evening, doing drawings at 2am",
                6,
            ),
            Logged(F, "send F the facade detailing sketch for her Juhu project", 4),
            Logged(AG, "should I tell F I'm also talking to Rao sir abt partnership?", 3),
            Logged(AG, "Thane comp boards - need F's eyes by Sat latest", 1),
        ),
    ),
    Persona(
        "police_call_handler_manchester_wellbeing",
        "Jade",
        "999/101 call handler (police staff), Force Contact Centre, Manchester",
        None,
        "Bev",
        "wellbeing lead & TRiM practitioner for the contact centre, not in my line",
        Role.OTHER,
        monthly(-1, 0),
        time(10, 0),
        "Police staff call handler having monthly wellbeing check-ins after a traumatic call two months ago. An internal dispatcher job closes Mon 30 Nov (same day as the meeting) and Bev offered to read her draft if she sends it by Friday. Money is tight since she came off nights, her supervisor seems resentful, and she's half-considering telling Bev she's drinking most nights.",
        logged=(
            Logged(
                N,
                "TRiM after the RTC on the M60 (the kiddie one). Bev set up monthly check ins w me",
                62,
            ),
            Logged(
                P,
                "Bev: wants me to actually USE the EAP sessions not just say i will lol, and to flag if sleep goes bad again",
                60,
            ),
            Logged(F, "book EAP counselling (6 free sessions)", 60, DONE),
            Logged(
                A,
                "asked Bev if she can have a word with my sup (Gaz) about me being off the night desk for a bit",
                55,
                DONE,
            ),
            Logged(N, "Bev sorted it, off nights til Jan 👍", 50),
            Logged(
                N,
                "Gaz been proper off with me since. like he thinks im skiving. he said 'must be nice' in the brief in front of everyone",
                35,
            ),
            Logged(N, "had 2 EAP sessions now, helping a bit tbh", 30),
            Logged(
                G,
                "buddied the new starter Kerry, sat with her thru her first 999s, she was shaking bless her",
                20,
            ),
            Logged(W, "QA score 98% this month, top of the team", 14),
            Logged(
                N,
                "money's tight since losing the nights allowance, and the car failed its MOT, £480 😭 might have to do overtime which kind of defeats the point",
                10,
            ),
            Logged(F, "promised Kerry i'd send her my THRIVE crib sheet", 8),
            Logged(
                N,
                "dispatch (radio) job is advertised!! closes Mon 30 Nov. not sure if im ready or if itll look like im running away from the phones",
                5,
            ),
            Logged(A, "Bev offered to look over my application if I send it by Fri", 4),
            Logged(F, "send Bev dispatch application draft by Fri 27th", 4),
            Logged(
                N, "should i tell Bev about the drinking. its not loads. just most nights. idk", 4
            ),
            Logged(AG, "ask Bev straight - is applying for dispatch a daft idea right now", 2),
        ),
    ),
)
