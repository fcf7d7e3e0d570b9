# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 24 (set AI)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH34 = (
    Persona(
        "apprentice_sparky_glasgow_first_checkin",
        "Callum",
        "2nd year apprentice electrician, small domestic/commercial contractor, Glasgow",
        "get my SVQ portfolio units signed off before the feb assessment n stop getting stuck chasing cable all day",
        "Davie",
        "site supervisor, my gaffer on the job, signs off my work",
        Role.MANAGER,
        weekly(4),
        time(7, 15),
        "Callum, 19, is a second-year apprentice who only just started using the bot; his first proper sit-down with supervisor Davie is tomorrow (Friday) at the van before site. He has logged almost nothing: four college portfolio units need Davie's sign-off by 11 Dec, and he feels stuck on grunt work. A good coach turns this thin log into one or two concrete, low-pressure asks.",
        logged=(
            Logged(
                N,
                "first time using this. davie said we'd do a proper 10 min chat fridays before we start, mostly he just asks if im alright lol",
                0.5,
            ),
            Logged(
                F,
                "bring my portfolio book fri!! college tutor (mrs mcK) says 4 units still need supervisor sign off by 11 dec or i miss the feb AM2 prep slot",
                0.4,
            ),
            Logged(
                N,
                "also my provisional runs out in jan and i failed the test in oct. not work stuff really but dad cant keep driving me to the hamilton job for 6am",
                0.3,
            ),
        ),
        first=True,
    ),
    Persona(
        "icu_nurse_dublin_cnm1_mentoring",
        "Maricel",
        "staff nurse (ICU), public HSE hospital, Dublin",
        "be ready to apply for CNM1 when the ICU post is advertised (they say january) - need leadership examples + interview practise",
        "Bernadette",
        "CNM2 in cardiac theatre, my mentor on the hospital's nursing leadership mentoring scheme",
        Role.MENTOR,
        monthly(-1, 0),
        time(14, 0),
        "Maricel is a Filipino staff nurse three years into ICU work in a Dublin public hospital, meeting her assigned mentor Bernadette on the last Monday of each month (next: Mon 30 Nov). She owes Bernadette a CV draft from last month and owes her own unit a sepsis audit due Friday 27 Nov, only 9/20 done. Her mother's illness in the Philippines is creeping into the log and she is unsure whether to say she may go home for four weeks around the expected January interviews.",
        logged=(
            Logged(
                P,
                "B said interview panels care about QI projects and 'managing conflict on the floor' more than years of experience, wants me to have 1 concrete example of each",
                59,
            ),
            Logged(
                A,
                "asked B if she'd be my referee for CNM1 -> she said yes basta I send her the CV early 🙏",
                59,
                DONE,
            ),
            Logged(
                G,
                "sent B the link to the INMO leadership webinar recordings she was asking about",
                45,
            ),
            Logged(
                W,
                "led a safety pause on nights at the weekend, new reg was rushing the proning and I stopped it. Dr K thanked me after. thats my 'conflict' example maybe??",
                38,
            ),
            Logged(
                N,
                "mama had another fall sa Iloilo, ate Joy says nasa hospital na sya. sent 40k pesos. so tired, 3 nights in a row pa",
                31,
            ),
            Logged(
                A,
                "asked B to do a mock interview with me before christmas -> 'yes but after the 2nd wk of dec, audit season'",
                31,
            ),
            Logged(
                P,
                "B mentioned theatre is piloting the nurse-led discharge thing and she's looking for ICU people to help w/ the handover part. could be my QI project?",
                31,
            ),
            Logged(F, "send B draft CV + cover letter (she said 1 page MAX)", 31),
            Logged(
                G,
                "did the art line teaching session for B's 2 theatre new starters like she asked last month",
                10,
            ),
            Logged(
                F,
                "sepsis 6 bundle audit for the unit, 20 charts, CNM3 wants it by fri 27 nov. done 9/20 😬",
                6,
            ),
            Logged(
                N,
                "flights to MNL for xmas are €1,400 😭 if I go for 4 wks I might miss the CNM1 interview window. should I tell B im thinking of going home? dont want her to think I'm not serious",
                3,
            ),
            Logged(
                AG,
                "ask B: can the discharge pilot count as my QI project if I only start in dec?",
                2,
            ),
            Logged(
                AG,
                "tell B about the proning safety pause properly, forgot to mention it last time",
                2,
            ),
        ),
    ),
    Persona(
        "urban_planner_lyon_covering_for_sick_manager",
        "Théo",
        "chargé d'études urbanisme (planning officer), Métropole de Lyon",
        "passer chef de projet (catégorie A) d'ici fin 2027 — and not burn out before",
        "Sylvie",
        "directrice adjointe du service urbanisme, my N+2 (boss's boss)",
        Role.SKIP,
        monthly(1, 3),
        time(10, 0),
        "Théo is a planning officer at the Lyon metropolitan authority who meets his N+2 Sylvie on the first Thursday of the month (next: 3 Dec); his direct manager Karim has been on sick leave since mid-October and Théo is de facto covering. The Gerland public consultation he runs is Tuesday 1 Dec and Sylvie wants the slides by Friday 27; he also promised her a consultation report due today. His partner is due in February, he hasn't announced paternity leave, and he's torn about telling Sylvie the team is drowning without throwing Karim under the bus.",
        logged=(
            Logged(
                P,
                "Sylvie: priorité absolue = ZFE phase 2 acceptabilité + 'zéro polémique' en réunion publique. budget 2027 -8% donc no new posts",
                84,
            ),
            Logged(
                A,
                "demandé 3j de télétravail/semaine -> 'on en reparle en janvier quand l'équipe sera stabilisée'",
                56,
            ),
            Logged(
                N,
                "Karim en arrêt maladie depuis le 12/10, pas de date de retour. personne ne me l'a dit officiellement, je l'ai su par la RH 🙄",
                44,
            ),
            Logged(
                G,
                "repris le dossier Gerland de Karim + les 2 avis PC urgents, sent Sylvie the note de synthèse she wanted for the élu",
                35,
            ),
            Logged(
                A,
                "asked S for formal 'faisant fonction' recognition / NBI while K is out -> non, pas possible réglementairement, mais elle va 'valoriser' à l'entretien annuel",
                21,
                DONE,
            ),
            Logged(
                A,
                "S doit valider ma demande de formation CNFPT 'manager de proximité' — 'je signe avant le 20/11'",
                21,
            ),
            Logged(
                W,
                "réunion publique Croix-Rousse went ok!! ~80 personnes, 0 clash, l'adjoint au maire a dit 'bon boulot' devant S 🎉",
                14,
            ),
            Logged(
                F,
                "envoyer à S le CR Croix-Rousse + tableau des contributions, promis 'sous 15 jours' donc jeudi 26 max",
                14,
            ),
            Logged(
                N,
                "Léa enceinte, terme prévu 9 fév 🥹 congé paternité 28j, faut prévenir la RH 1 mois avant. haven't told S. say it now before Gerland phase 2 planning is locked, or wait until after the 1er déc??",
                5,
            ),
            Logged(
                F,
                "préparer diapos réunion publique Gerland mardi 1er déc, S veut les voir avant — vendredi 27 au plus tard",
                3,
            ),
            Logged(
                N,
                "honnêtement l'équipe coule: Inès a pleuré aux toilettes lundi, Bastien postule ailleurs. do I tell S or is that throwing Karim under the bus? il est malade, c'est pas sa faute",
                2,
            ),
            Logged(
                AG,
                "Gerland: besoin d'un arbitrage de S sur la question des parkings avant mardi",
                1,
            ),
            Logged(AG, "CNFPT toujours pas signé, clôture inscriptions 4/12", 1),
            Logged(AG, "paternité ?? / charge équipe ?? décider avant jeudi prochain", 0.8),
        ),
    ),
    Persona(
        "border_dispatch_monterrey_peer_sync",
        "Lupita",
        "cross-border dispatch coordinator, trucking/3PL company, Monterrey",
        "que el cruce por Colombia/Laredo deje de ser un caos y que me tomen en cuenta para la supervisión regional",
        "Rodrigo",
        "dispatch lead at our Laredo TX terminal, same level as me, we sync every tuesday on cross-border loads",
        Role.PEER,
        weekly(1),
        time(8, 0),
        "Lupita coordinates cross-border dispatch in Monterrey and has a weekly Tuesday sync with Rodrigo, her peer on the Laredo side (next: Tue 1 Dec). Peak season plus US Thanksgiving today means crossings will back up; Rodrigo has owed her an HOS report for weeks and she owes him a yard layout. She has applied for a regional supervisor job (closes 4 Dec) that she thinks Rodrigo also applied for, and her divorce hearing has moved to 3 Dec.",
        logged=(
            Logged(
                P,
                "R: lo que más le importa es que no le lleguen trailers sin carta porte completa, lo multaron 2 veces en oct",
                30,
            ),
            Logged(
                A,
                "le pedí a R el reporte HOS de los drivers del lado US para cuadrar turnos -> 'I'll send it by friday'",
                16,
            ),
            Logged(
                G,
                "le arreglé 14 cartas porte de la cuenta de autopartes (Saltillo) el domingo en la noche, sin que nadie me lo pidiera oficialmente",
                11,
            ),
            Logged(
                W,
                "cero rechazos en aduana la semana del Buen Fin!!! first time en todo el año 💪",
                9,
            ),
            Logged(
                F, "mandarle a R el layout nuevo del patio Colombia con los cajones asignados", 9
            ),
            Logged(
                N,
                "apliqué a la vacante de Supervisora Regional Frontera (cierra 4 dic). creo que R también aplicó?? should I tell him? nos llevamos bien y no quiero que se ponga raro",
                6,
            ),
            Logged(
                N,
                "audiencia del divorcio movida al jueves 3 de dic 10am, tengo que pedir el día. mi mamá cuida a los niños. no sé si decirle a alguien en el trabajo",
                4,
            ),
            Logged(N, "todavía no llega el HOS. 3er martes que lo pido", 2),
            Logged(
                P,
                "R dice que su jefe (Mr. Halvorsen) quiere ver 'on-time at border' arriba de 92% para enero or 'changes will be made'",
                2,
            ),
            Logged(
                A,
                "le pedí a R que me cubra el call de las 7am el jueves 3 dic -> sí, ya lo anotó",
                2,
                DONE,
            ),
            Logged(AG, "HOS report — ya en serio", 1),
            Logged(AG, "proponer ventana fija 6-9am para cargas de autopartes en diciembre", 1),
            Logged(
                F,
                "hoy es Thanksgiving = Laredo a medio gas hasta el lunes, avisar a los clientes de Saltillo y Apodaca que se van a atrasar los cruces",
                0.2,
            ),
        ),
    ),
    Persona(
        "arbitration_associate_singapore_promo_sponsor",
        "Priya",
        "3rd-year associate, international arbitration, international law firm, Singapore",
        "make senior associate in the March 2027 round and get real advocacy time, not just doc review",
        "Jonathan",
        "equity partner, international arbitration; sponsoring my senior associate promotion case",
        Role.SPONSOR,
        biweekly(4),
        time(17, 30),
        "Priya is a third-year arbitration associate in Singapore with six months of fortnightly notes on Jonathan, the partner sponsoring her promotion. First-draft skeleton submissions are due to him Monday 30 Nov at 9am, her hours are behind target, trainee feedback she owes HR is overdue, and the promotion answer was deferred to after the December hours review. She is starting IVF in January and hasn't decided whether to tell him she'll need flexibility; she also has a fresh client lead from her SIAC talk to raise.",
        logged=(
            Logged(
                N,
                "first proper sponsor mtg w/ J. he said 'I'll put my name on you but you need to be visible to the other 3 partners, not just me'",
                153,
            ),
            Logged(
                P,
                "J's big thing this yr: building the India-seated work (Mumbai/GIFT City), wants ppl who can handle Indian counsel",
                153,
            ),
            Logged(
                A,
                "asked abt London secondment Jan-Jun 27 -> 'not this cycle, they picked Marcus. revisit after promo'",
                139,
                DONE,
            ),
            Logged(
                G,
                "stayed till 3am redoing the quantum section of the Kalinga memorial bc the expert's numbers were off. J didn't ask, I just did it",
                132,
            ),
            Logged(
                W,
                "Kalinga: tribunal accepted our quantum framing in full in PO3. J forwarded it to the whole team w/ 'credit to Priya' 🥹",
                118,
            ),
            Logged(
                A,
                "asked J if I can do the oral on the doc production application in Kalinga -> yes!! first time on my feet in front of a tribunal",
                111,
                DONE,
            ),
            Logged(
                W,
                "did the doc production oral. nervous af but tribunal granted 4/6 categories. J: 'solid, slow down next time'",
                97,
            ),
            Logged(
                N,
                "hours check: 1,020 YTD vs 1,150 pro-rata target. billing partner flagged it. pro bono hrs don't count fully ugh",
                90,
            ),
            Logged(
                F,
                "promised J a 1-pager on the GIFT City IFSC arbitration rules for his Mumbai pitch",
                83,
                DONE,
            ),
            Logged(
                G,
                "sent J the GIFT City note + a list of 6 Indian senior counsel w/ who they've appeared against us",
                76,
            ),
            Logged(
                P,
                "J wants the team to 'originate not just execute' — associates expected to bring at least 1 lead/yr by SA level",
                69,
            ),
            Logged(
                A,
                "asked J to put me forward for the SIAC young practitioners panel in nov -> yes, he emailed the organiser same day",
                69,
                DONE,
            ),
            Logged(
                N,
                "Appa's angioplasty in Chennai fri 2 oct, flying out 1-4 oct, told J only 'family thing', he was fine abt it",
                62,
            ),
            Logged(
                A,
                "asked what the committee actually looks at for SA -> 'hours, partner feedback, and one partner who'll fight for you. that's me. but the hours have to be there'",
                41,
                DONE,
            ),
            Logged(
                F, "owe HR the trainee feedback forms for Jia Hui + Arjun — due 'end Oct' 😬", 41
            ),
            Logged(
                W,
                "SAL practitioner journal accepted my piece on emergency arbitrator enforcement!! out in the Jan issue",
                34,
            ),
            Logged(
                G,
                "took the client dinner w/ the Meridian GC when J got stuck in Jakarta, smoothed over the fee estimate thing",
                30,
            ),
            Logged(
                N,
                "IVF stims start ~4 Jan if this cycle goes ahead. lots of 7:30am clinic appts at KKH. need to fit hearing prep around it. should I tell J? he's decent but he's also the person deciding if I'm 'committed'",
                20,
            ),
            Logged(
                W,
                "spoke at SIAC YP panel — ~120 ppl, 2 GCs came up after, one (Mr Tan, shipping co) wants a coffee 👀 potential lead?",
                14,
            ),
            Logged(
                A,
                "asked J directly: am I on the list for the March SA round? -> 'after the Dec hours review. ask me again then'",
                13,
            ),
            Logged(
                P,
                "J mentioned he's up for management committee in Feb, v focused on 'no surprises' on his matters till then",
                13,
            ),
            Logged(
                F, "Halden hearing skeleton submissions — first draft to J by Mon 30 Nov 9am", 13
            ),
            Logged(N, "hours now 1,640 vs 1,790 pro-rata. Dec is always dead. ugh", 6),
            Logged(
                F,
                "follow up w/ Mr Tan for that coffee — said I'd email 'next week', that was the 12th",
                3,
            ),
            Logged(N, "skeleton at 60%. limitation section still a mess. slept 4h", 1),
            Logged(
                AG,
                "tell J about the Tan lead — does he want to come to the coffee or let me run it?",
                1,
            ),
            Logged(
                AG,
                "ask about being second chair at the Halden hearing in Feb (not just bundles)",
                0.9,
            ),
            Logged(AG, "IVF / Jan flexibility — maybe?? decide by tmrw", 0.5),
        ),
    ),
    Persona(
        "hardware_asm_perth_hr_partner_program",
        "Kylie",
        "assistant store manager, big-box hardware chain, Joondalup (Perth)",
        "get my own store in 2027. and get paid properly for the L5 work ive been doing since march",
        "Raj",
        "regional People & Culture business partner, runs the Future Store Managers program I'm in (not my line manager)",
        Role.OTHER,
        biweekly(2),
        time(15, 30),
        "Kylie is an assistant store manager at a hardware chain in Perth's northern suburbs, in a development program where her fortnightly contact is the regional HR partner Raj rather than her boss (next: Wed 2 Dec). An acting store manager EOI closes Monday 30 Nov 5pm, Raj has owed her an answer on L4-vs-L5 back pay since October (now stuck on her boss signing a duties statement), and she still owes Raj exit interview notes. She's torn about raising her store manager's roster favouritism, has an unreported back injury, and promised to be at her son's graduation on 3 Dec.",
        logged=(
            Logged(
                A,
                "asked Raj to look into my classification — been doing L5 duties (rosters, stocktake sign off, LP) since march but paid L4 -> 'leave it w me, I'll check w payroll'",
                50,
            ),
            Logged(
                P,
                "Raj's KPIs this yr = keeping casuals over xmas + 'psych safety' survey scores up. he mentioned the survey like 4 times lol",
                50,
            ),
            Logged(
                G,
                "got 31 of my 38 team to do the pulse survey, highest in the region apparently. Raj was stoked",
                36,
            ),
            Logged(
                N,
                "back's playing up again since the pallet thing in sept, physio says no lifting >10kg for 3 wks. havent lodged workers comp, dont want the fuss",
                29,
            ),
            Logged(
                F,
                "send Raj the exit interview notes from the 3 casuals who left — said I would by end of oct",
                29,
            ),
            Logged(
                N,
                "Darren rostered his mates on all the sat 6-2s AGAIN and the uni kids get every close. two of them have complained to me. do i say something to raj?? dazza's my boss and he'll know it came from me",
                15,
            ),
            Logged(
                A,
                "chased the L5 thing. raj: 'payroll says needs Darren to sign the duties statement'. great. 🙃",
                8,
            ),
            Logged(
                W,
                "xmas lighting bay reset done 2 days early + under labour budget, area mgr Sharon came thru and took photos for the other stores 🎄",
                6,
            ),
            Logged(
                N,
                "Acting SM at Midland, 6 wks from 7 dec. EOI closes mon 30 nov 5pm. want it but Jaxon's yr 12 graduation is thu 3 dec and I promised I'd be there no matter what",
                2,
            ),
            Logged(F, "ask Sharon for a referee line for the Midland EOI, havent yet", 2),
            Logged(
                AG, "midland EOI - will raj back me / does it help or hurt the L5 backpay thing", 1
            ),
            Logged(AG, "exit interview notes (finally)", 1),
        ),
    ),
)
