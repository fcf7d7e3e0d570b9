# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 36 (set BH)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH59 = (
    Persona(
        "BH_wanjiru_charge_nurse_nairobi",
        "Wanjiru",
        "Charge nurse (senior nursing officer), 32-bed medical ward, private hospital, Nairobi, Kenya",
        "I want the hospital to sponsor me for the critical care course in January and stop being the one who always covers nights.",
        "Sister Achieng",
        "Nurse manager for the medical wards; Wanjiru's direct manager",
        Role.MANAGER,
        weekly(4),
        time(14, 0),
        "Wanjiru has been charge nurse on a busy medical ward for two years. Nights have been short-staffed since two nurses left for jobs in the UK, and she keeps covering extra shifts; she has asked twice for a third night nurse and for hospital sponsorship to the KMTC higher diploma in critical care (application closes 11 December), with no decision yet. The hospital accreditation audit is on 3 December and is Sister Achieng's top priority. Sister Achieng does not know about Wanjiru's back injury or about her worry that a night nurse, Kevin, has twice come to work smelling of alcohol; Wanjiru has not decided whether to raise it.",
        logged=(
            Logged(
                N,
                "started using this. Sister A wants us to log stuff before 1:1s so here goes 🙂",
                55,
            ),
            Logged(
                P,
                "Sister A priorities this quarter: pressure ulcer rates down, audit prep (audit is 3rd Dec), handover discipline",
                55,
            ),
            Logged(
                A,
                "asked if the hospital can sponsor me for KMTC higher dip critical care, Jan intake. She said 'let me see the budget' 🤞",
                48,
            ),
            Logged(
                G,
                "did the pressure area audit for the whole ward (32 beds) and sent her the excel",
                47,
            ),
            Logged(
                N,
                "3am. only 2 of us on nights AGAIN with 9 high dependency pts. Mama Otieno bed 14 desaturated, we managed but ni bahati tu. writing this down so I remember the date: 15 Oct",
                42.35,
            ),
            Logged(
                A,
                "asked Sister A for a 3rd nurse on nights, at least Tue-Thu when admissions are heavy. she said she'll escalate to the nursing director",
                39.75,
            ),
            Logged(G, "covered Faith's night shifts x3 (she's on compassionate leave)", 33),
            Logged(
                N,
                "Back is killing me after the double shifts. Went to staff clinic, physio says mild disc thing, avoid heavy lifting for now. Haven't told Sister A, don't want to look like I'm complaining",
                30,
            ),
            Logged(G, "trained the 4 new intern nurses on the handover checklist", 28),
            Logged(
                F,
                "promised Sister A a one-page SBAR handover template for the ward by end of Nov",
                26.75,
            ),
            Logged(
                W,
                "ZERO new pressure ulcers on the ward for the whole of October!! 🎉 first time this year",
                25,
            ),
            Logged(
                N,
                "Kevin (night nurse) came in last night (4/11) smelling of alcohol, 2nd time I've noticed. I did his meds round myself. Sijui kama nimwambie Sister A or talk to him first. He's going through a lot at home, wife left 😞",
                21,
            ),
            Logged(
                A,
                "asked about the critical care sponsorship again, she said director hasn't signed. Application deadline 11 Dec!!",
                20,
            ),
            Logged(
                P,
                "Sister A: audit on 3 Dec is top priority, everything else after. wants fridge temp logs and crash cart checks 100%",
                19,
            ),
            Logged(
                G, "fixed the crash cart checklist, every shift signing now. sent her photos", 14
            ),
            Logged(
                W,
                "Dr Mwangi thanked the ward in the morning meeting for catching the sepsis early in bed 7 - that was my team's NEWS2 escalation",
                13,
            ),
            Logged(
                F,
                "told Faith I'll swap my Sat 5 Dec shift with her so she can go to her daughter's graduation",
                12,
            ),
            Logged(F, "send Sister A the October incident summary", 10, DONE),
            Logged(
                N,
                "Linet from HR says the sponsorship committee meets 'early December'. so maybe AFTER the deadline?? 😩",
                8,
            ),
            Logged(
                F,
                "fridge temp logs for Sept missing 4 days - find them or write a deviation note before the audit",
                6,
            ),
            Logged(
                A,
                "asked Sister A (whatsapp) for 2 hrs protected time next week to finish the KMTC application essay. no reply yet",
                5,
            ),
            Logged(
                W, "Mock audit today: our ward scored 92%, highest in the medical block 💪", 2.6
            ),
            Logged(
                AG,
                "raise night staffing AGAIN + sponsorship before 11 Dec. Kevin?? still not sure",
                1.45,
            ),
            Logged(F, "SBAR template draft 80% done, print a copy for Fri", 0.8),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "BH_tanvir_site_engineer_dhaka",
        "Tanvir",
        "Assistant site engineer, residential high-rise developer, Dhaka, Bangladesh",
        None,
        "RS",
        "Rahman sir, Project Director (GM Projects); the boss of Tanvir's project manager Faruk, i.e. Tanvir's skip-level",
        Role.SKIP,
        biweekly(6),
        time(11, 30),
        "Tanvir is an assistant site engineer, three years out of university, on a 14-storey residential tower in Mirpur. The biweekly Sunday meeting with the project director was set up after monsoon delays; the director's priority is casting the 9th floor slab by 30 November. Tanvir has seen missing scaffold couplers and labourers working without harnesses on the east side; the labour contractor ignored him and his own manager Faruk told him not to bring it to the director. He asked the director about the site in-charge post on the next project and got no real answer. His father was recently hospitalised in Chittagong.",
        logged=(
            Logged(P, "RS: 9th flr slab casting by 30 Nov. no excuse", 38),
            Logged(A, "asked RS re site in-charge post, Purbachal proj. 'pore dekhbo'", 37),
            Logged(G, "rebar schedule 8-10 flr revised, sent RS + Faruk bhai", 30),
            Logged(
                N,
                "east side scaffold - 2 couplers missing, labour-ra harness chara kaj korche. told Mannan (contractor). nothing",
                24,
            ),
            Logged(N, "Faruk bhai: 'RS ke eisob bolar dorkar nai'. hmm", 23),
            Logged(W, "8th flr slab cast done 2 days early. cube test 28.5 MPa ok", 17),
            Logged(F, "28-day cube report to RS - lab pending", 16),
            Logged(N, "abba admitted CMCH (heart). going ctg thu night, back sat", 10),
            Logged(G, "night pour 9th flr columns, supervised 11pm-4am", 9),
            Logged(W, "site board: 100 days zero LTI", 4),
            Logged(F, "3-wk lookahead to RS before sunday", 3),
            Logged(AG, "scaffold/harness - bolbo? photos ache phone e", 1),
        ),
        tz="Asia/Dhaka",
    ),
    Persona(
        "BH_marisol_science_head_bogota",
        "Marisol",
        "Science teacher and new head of the science department, public secondary school (colegio distrital), Bogotá, Colombia",
        "Quiero aprender a liderar el área sin que los profes más antiguos me vean como la enemiga.",
        "Profe Hernán",
        "Retired rector of another district school; her assigned mentor in the education secretariat's programme for new school leaders, outside her chain of command",
        Role.MENTOR,
        monthly(1, 1),
        time(16, 30),
        "Marisol, 38, became head of the science department in August when the previous head retired. Two teachers with 25+ years in the school, Jairo and Gloria, resist her changes, especially a rota for the shared labs, and Jairo criticised her openly in a department meeting. The mentoring series with Hernán has just been set up and this is their first session; he knows only what was in a short introduction email. The school year is ending: teacher performance evaluations are due 4 December and the 2027 department plan is due 11 December.",
        logged=(
            Logged(
                N,
                "Primera vez usando esto. Contexto: soy jefa de área desde agosto y el profe Jairo y la profe Gloria no me aceptan mucho 😅 En la reunión de área del martes Jairo dijo delante de todos que 'eso de los laboratorios por turnos es un invento de la nueva'. Me dolió pero no dije nada, me quedé callada como boba.",
                5.27,
            ),
            Logged(
                A,
                "Le escribí al profe Hernán preguntándole si me puede ayudar a preparar las evaluaciones de desempeño de los profes (hay que entregarlas el 4 de diciembre y nunca he hecho una). Todavía no responde.",
                3.40,
            ),
            Logged(
                F,
                "Le prometí a la coordinadora Patricia mandarle el plan de área 2027 antes del 11 de dic",
                2.60,
            ),
            Logged(
                AG,
                "Para la primera reunión: 1) cómo manejar a Jairo y Gloria sin pelear 2) las evaluaciones del 4 dic 3) ¿vale la pena empezar la maestría el otro año o es mucho con la jefatura?",
                0.3,
            ),
        ),
        tz="America/Bogota",
        first=True,
    ),
    Persona(
        "BH_jo_audit_senior_makati",
        "Jo",
        "Audit senior (CPA), mid-size accounting firm in an international network, Makati, Philippines",
        "Ma-promote as supervisor this cycle, or decide by Dec 15 kung tatanggapin ko yung offer sa Singapore.",
        "Ma'am Lorna",
        "Audit partner who champions Jo for promotion to supervisor; not her line manager (that is Ralph, an audit manager)",
        Role.SPONSOR,
        monthly(4, 4),
        time(7, 30),
        "Jo is a CPA with four years at the firm and is audit senior on three listed clients; promotions to supervisor are decided in January and Lorna is her sponsor. Jo does a lot of the partner's review and pitch work, far more than she asks for in return, and Lorna's only guidance so far has been that she needs 'visibility to the other partners'. Jo has a written offer from a Singapore firm at about three times her pay, reply due 15 December, and Lorna does not know about it. Jo helps support her family, including her brother's tuition.",
        logged=(
            Logged(
                P,
                "Ma'am L priorities: all SEC-filing clients signed off by April, bring in 1 new client this year, develop the 'next batch of supervisors'",
                61,
            ),
            Logged(
                G, "drafted the engagement proposal for the cement co. pitch (her name on it)", 58
            ),
            Logged(
                G,
                "reviewed 3 working paper files for her over the weekend since Ralph was on leave",
                52,
            ),
            Logged(G, "ghostwrote her PICPA seminar slides on PFRS 18", 43),
            Logged(W, "Client CFO (Mr. Tan) emailed Ma'am L praising my fieldwork team 🙌", 41),
            Logged(
                A,
                "asked Ma'am L what I still need to make supervisor this cycle. sabi nya 'visibility to the other partners'. walang concrete list",
                34,
            ),
            Logged(G, "trained 2 new associates on sampling, 2 Saturdays", 29),
            Logged(
                N,
                "Got the offer from the SG firm. SGD 5,800/mo 😳 basically 3x. Reply by Dec 15. Hindi ko pa sinasabi kay Ma'am L.",
                22,
            ),
            Logged(
                N,
                "Tuition ni Migs due sa Jan, P68k. Kaya pa pero hirap. Mama keeps saying 'sige na anak, mag-abroad ka na'",
                20,
            ),
            Logged(
                G, "did first-pass review of her 2 biggest clients' Q3 so she could fly to Cebu", 15
            ),
            Logged(
                F, "promised <@U05B7KQ2R9T> I'd finish the inventory observation memo by Nov 30", 13
            ),
            Logged(
                G, "prepared Ma'am L's slides for the partners' meeting on new client pipeline", 8
            ),
            Logged(F, "Ma'am L asked for a list of my 'visibility' wins - send before Fri 1:1", 6),
            Logged(
                A,
                "asked her if she can put me on the partner panel presentation in Dec (visibility!) - seen, no reply",
                5,
            ),
            Logged(
                AG,
                "Do I tell her about SG? If I do baka mag counter-offer... or baka isipin disloyal ako. Ugh.",
                1,
            ),
        ),
        tz="Asia/Manila",
        names={"U05B7KQ2R9T": "Ralph Dizon"},
    ),
    Persona(
        "BH_rui_sous_chef_lisbon",
        "Rui",
        "Sous-chef, restaurant of a five-star hotel, Lisbon, Portugal",
        "Quero ser chef do novo restaurante do rooftop quando abrir em março.",
        "Inês",
        "Pastry chef (chefe pasteleira) at the same hotel; a peer who runs her own section, both report to executive chef Paulo",
        Role.PEER,
        biweekly(2),
        time(15, 30),
        "Rui and Inês started a biweekly coffee in September, between lunch and dinner service, to stop the friction between the hot kitchen and pastry over the shared blast chiller and oven slots. The hotel opens a rooftop restaurant in March and the job ad is expected mid-December; both might apply, and Rui floated pitching it together. Inês told Rui in confidence that she is separating from her husband and may need to leave early some days; the executive chef doesn't know. Rui had a second-degree burn in October.",
        logged=(
            Logged(
                P,
                "Inês - prioridade dela: blast chiller às 16h é DELA, para os entremets do banquete. ok justo",
                61,
            ),
            Logged(G, "changed our mise en place so the chiller is free 15h45-17h every day", 55),
            Logged(
                A,
                "pedi à Inês to do the petit fours for the Natal menu tasting, she said sim",
                48,
                DONE,
            ),
            Logged(
                N,
                "queimadura no antebraço (salamandra) - 2o grau, clinic says 10 days no direct heat. Filipe covered the pass",
                41,
            ),
            Logged(
                N,
                "Inês told me in confidence she's separating from the husband, may need to leave at 18h some days for the miúdo. NAO contar ao chef Paulo ainda",
                34,
            ),
            Logged(G, "took her 18h-close on 2 fridays so she could pick up the kid", 27),
            Logged(
                W,
                "Natal menu tasting w/ GM - my bacalhau com broa got 'keep as is' 🙌 (and her pastel de nata thing too)",
                26,
            ),
            Logged(
                A,
                "asked Inês if she'd pitch the rooftop together, me savoury her pastry - 'vou pensar'",
                21.7,
            ),
            Logged(P, "Inês: wants pastry to have own oven slot sunday brunch 7-9h", 21.68),
            Logged(F, "prometi ao chef Paulo o food cost do menu de Natal até 30/11", 12),
            Logged(
                F,
                "Inês pediu the allergen matrix for banquets updated - said I'd have it before next catch up",
                7.7,
            ),
            Logged(
                N,
                "Filipe says the rooftop job ad goes out 15 Dez. Inês might apply sozinha?? awkward",
                4,
            ),
            Logged(AG, "brunch oven - can give 7h-8h30 not 9h. + rooftop, falar honestamente", 1.3),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "BH_sione_production_planner_hamilton",
        "Sione",
        "Production planner, dairy co-operative processing plant, Hamilton, New Zealand",
        "Get the co-op to fund my CPIM certification next year.",
        "Aroha",
        "Planning & Scheduling Manager at the plant; Sione's direct manager",
        Role.MANAGER,
        weekly(0),
        time(9, 0),
        "Sione plans production for the milk powder dryers during the spring peak, when milk intake is highest and any diverted milk is costly. He cut Dryer 2 changeover times, which is one of Aroha's stated priorities. He asked Aroha whether the co-op would fund his CPIM certification (about NZD 3,500; the January intake closes 15 January) and she is still waiting on her own manager, Mark. His partner is due on 23 March and he would like parental leave then, but hasn't told anyone at work.",
        logged=(
            Logged(
                P,
                "Aroha's priorities for peak: (1) no milk diverted to other sites, (2) Dryer 2 changeovers under 45 min, (3) weekly plan out by Thursday 3pm.",
                24,
            ),
            Logged(
                G,
                "Built a changeover matrix for Dryer 2 (WMP / SMP / MPC) and shared it with Aroha and the shift managers.",
                17.2,
            ),
            Logged(
                W,
                "Dryer 2 average changeover this week: 41 min (was 58). First week under target.",
                13.25,
            ),
            Logged(
                A,
                "Asked Aroha whether the co-op will fund CPIM (approx. NZD 3,500 incl. exams). She'll check the training budget with Mark.",
                10.48,
            ),
            Logged(
                N,
                "Leilani is 22 weeks. Due 23 March. I'd like 4 weeks parental leave from late March but that's right on top of budget season. Haven't told work yet.",
                9,
            ),
            Logged(
                F,
                "Promised the Waitoa planning team our December tanker forecast by Friday 4 Dec.",
                6.25,
            ),
            Logged(F, "Send Aroha the week 49 plan (due Thu 3pm).", 2, DONE),
            Logged(
                AG,
                "CPIM funding: followed up on Monday, still waiting on Mark. Need an answer before intake closes 15 Jan. Parental leave: maybe mention?",
                1.06,
            ),
        ),
        tz="Pacific/Auckland",
    ),
)
