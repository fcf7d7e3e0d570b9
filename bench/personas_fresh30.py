# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 22 (set AE)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH30 = (
    Persona(
        "plant_shift_supervisor_audit_next_week_father_dementia_secret_retirement",
        "Lucía",
        "production shift supervisor (injection moulding, automotive parts), Zaragoza",
        "que me tengan en cuenta para jefa de producción cuando se jubile Ramón. or at least be in the running",
        "Ignacio",
        "plant manager, her direct boss",
        Role.MANAGER,
        weekly(4),
        time(13, 30),
        "Lucía runs the morning shift at a plastic parts plant supplying car makers; an IATF surveillance audit starts Tuesday 1 Dec, straight after Friday's 1:1, and she still has no cover for her shift. She logs in a Spanish-English mix from her phone on the line. Her father's dementia is getting worse and she has been swapping shifts quietly; she also knows, in confidence, that the production manager is retiring and that a maintenance colleague may be drinking.",
        logged=(
            Logged(
                A,
                "pedí a Ignacio un 2º operario para la línea 4 (the new Engel), we keep stopping when Marta goes on break. he said 'lo miramos en el presupuesto 2027'",
                110,
            ),
            Logged(
                P,
                "Ignacio: scrap rate is THE number this year. under 2.5% or corporate se le echa encima",
                105,
            ),
            Logged(
                G,
                "covered Sergio's night shift x2 porque su mujer tuvo el bebé. Ignacio didn't ask but I told him",
                98,
            ),
            Logged(
                N,
                "Ramón se jubila en junio (me lo dijo él en la máquina de café, not official yet, no decir nada!!)",
                90,
            ),
            Logged(
                A,
                "asked I. if I can do the Lean green belt course in Barcelona, 3 days in Feb. he said send me the cost",
                84,
            ),
            Logged(F, "mandar a Ignacio coste green belt — 1.450€ + hotel", 83, DONE),
            Logged(
                W, "line 2 changeover down from 48 min to 31 con lo del SMED que hicimos!!! 🎉", 70
            ),
            Logged(
                N,
                "papá se perdió otra vez, la vecina lo encontró en la plaza. tengo que hablar con mi hermano",
                62,
            ),
            Logged(
                A, "pregunté lo del green belt otra vez. 'esperamos a ver cómo cerramos el año'", 55
            ),
            Logged(
                G,
                "did the 8D for the Stellantis complaint (rechupes en los clips) over the weekend, sent to I. sunday night",
                47,
            ),
            Logged(
                P,
                "I. wants all shift leaders doing layered process audits daily not weekly, desde noviembre",
                40,
            ),
            Logged(
                N,
                "Dani de mantenimiento olía a alcohol otra vez a las 6. no se lo he dicho a nadie. no sé qué hacer",
                33,
            ),
            Logged(W, "scrap octubre 2,1% en mi turno, best of the 3 shifts", 26),
            Logged(
                N,
                "cambié 3 mañanas con Pilar para llevar a papá al neurólogo. didnt tell I. why",
                19,
            ),
            Logged(
                A,
                "asked I. to let me present the scrap results at the monthly w corporate myself instead of him presenting them. he said 'hmm, vamos a ver'",
                12,
            ),
            Logged(
                F,
                "LPA checklist línea 4 still not on the new rev — hacer ANTES de la auditoría!!",
                6,
            ),
            Logged(
                AG,
                "auditoría martes 1 dic: who covers my shift the 2 days I'm with the auditor?? need answer el viernes",
                2,
            ),
            Logged(
                AG,
                "quiero preguntar lo de la jefatura sin que se note que sé lo de Ramón... how??",
                1,
            ),
            Logged(
                N,
                "night shift left the line 3 mould sin limpiar OTRA VEZ. 40 min perdidos. tercera vez. turno de Jordi",
                0.8,
            ),
        ),
        first=False,
    ),
    Persona(
        "housing_officer_skip_owes_mileage_signoff_and_regrade_answer",
        "Darren",
        "housing officer (council tenancy management), Leeds",
        "get regraded to senior housing officer, or at least be told straight why not",
        "Bev",
        "Head of Housing Management, his manager's manager, covering as his line manager while his manager Kev is off sick",
        Role.SKIP,
        monthly(-1, 0),
        time(10, 0),
        "Darren manages a patch of about 600 council tenancies. His own manager has been off sick since September, so his skip-level Bev now approves his claims, and she owes him two things with dates: sign-off of £212.40 mileage before the payroll cut-off on Tuesday 1 Dec (the day after the 1:1), and the answer on his regrade she promised by 4 Dec. Money is tight at home after a car repair; he mostly asks and rarely logs anything he has done for Bev.",
        logged=(
            Logged(
                N,
                "kev signed off sick again, sounds like it could be a while. bev says shes covering my 1:1s and approvals 'for now'",
                80,
            ),
            Logged(
                P,
                "bev - damp and mould is priority number one after all the awaabs law stuff, every case visited inside timescales no excuses",
                78,
            ),
            Logged(
                A,
                "asked bev about the regrade, ive been doing the seniors job on the seacroft patch since jan. she said put it in writing with examples",
                75,
            ),
            Logged(
                F,
                "write up regrade case w examples (ASB panel chairing, holt park decant, training the 2 new starters)",
                74,
                DONE,
            ),
            Logged(N, "sent bev the regrade write up, 4 pages. took me 3 evenings lol", 60),
            Logged(
                W,
                "got the family in gipton rehoused before the kids went back to school. 7 weeks of chasing repairs + allocations",
                52,
            ),
            Logged(
                A,
                "chased bev on regrade. she said its with the HR job evaluation panel and shell 'chase it and come back to me by 4th december at the latest'. holding her to that",
                30,
            ),
            Logged(
                N, "on duty desk 2 wks while shazia on leave, on top of my own patch. knackered", 24
            ),
            Logged(N, "car failed MOT, £640. honestly need that mileage money this month", 16),
            Logged(
                A,
                "put sept + oct mileage in, £212.40. kev normally approves so its sat with bev now. payroll cut off is tues 1 dec. she said shell 'do them all in one go before cut off'",
                9,
            ),
            Logged(W, "all 14 damp + mould cases on my patch visited within 10 working days ✅", 5),
            Logged(
                AG,
                "mileage STILL saying awaiting approval this morning. if it misses 1 dec it goes in january pay",
                1,
            ),
            Logged(
                AG,
                "regrade - 4th dec. also ask who i actually report to now, kev's been off nearly 3 months",
                0.9,
            ),
        ),
        first=False,
    ),
    Persona(
        "supermarket_manager_peer_who_only_borrows_black_friday_tomorrow",
        "Thandi",
        "store manager, supermarket, Soweto (Johannesburg)",
        None,
        "Ruan",
        "store manager of the group's Roodepoort branch; same regional manager, they share staff",
        Role.PEER,
        biweekly(0),
        time(15, 0),
        "Thandi and Ruan started fortnightly peer catch-ups when the region told them to share staff over the festive season. She has lent him people, stock and her rota template; he has given back almost nothing and she is too polite to say so. Black Friday is tomorrow (27 Nov), the December rota is due to the regional manager on 1 Dec, and her mother is in hospital.",
        logged=(
            Logged(
                N, "first catch-up w Ruan. nice guy, talks a lot 😅 agreed every 2nd monday", 70
            ),
            Logged(
                G, "sent Ruan my festive rota template (the excel with the casuals formulas)", 68
            ),
            Logged(
                A,
                "asked Ruan how he got his shrinkage down in produce, he said he'll send me his SOP",
                66,
            ),
            Logged(G, "lent Ruan 2 cashiers sat + sun, his were off sick. Nomsa & Lerato", 55),
            Logged(
                G,
                "sent 3 pallets 2L cooldrink to Roodepoort, they ran out. i did the transfer, he must still receipt it on the system",
                41,
            ),
            Logged(A, "reminded Ruan about the produce SOP. 'ja ja sharp, this week'", 40),
            Logged(
                W,
                "my store top of the region for customer scores in Oct 🥳 Mpho gave us a shout out on the group",
                30,
            ),
            Logged(G, "lent Ruan Sipho (my best butchery guy) for 3 days for their stocktake", 21),
            Logged(
                N,
                "Lerato says Ruan's supervisor shouted at her in front of customers when she was there. she doesn't want to go back. 'please keep it between us' she said. eish",
                14,
            ),
            Logged(
                A,
                "asked Ruan for 2 of his casuals for Black Friday in return. he said he'll 'see what he can do'",
                9,
            ),
            Logged(
                N,
                "mama in hospital since sunday, sugar. sisi sits with her in the day, i go after close",
                4,
            ),
            Logged(
                AG,
                "Black Friday TOMORROW - still nothing on his casuals. and the cooldrink transfer still not receipted, it's sitting on MY stock figures",
                1,
            ),
            Logged(
                AG,
                "Dec rota due to Mpho 1 dec - need to know if Sipho is still going to him after the 15th or not",
                0.7,
            ),
        ),
        first=False,
    ),
    Persona(
        "assembly_foreman_sponsor_short_time_work_confidence_terse",
        "Jens",
        "Industriemeister, final assembly, machine-tool maker near Stuttgart",
        "Produktionsleiter Montage in 2 Jahren. Ehrlich: weiß nicht ob ich das Büro will.",
        "Sabine",
        "Werkleiterin (plant director), sponsoring him for the production-manager track",
        Role.SPONSOR,
        monthly(1, 2),
        time(16, 0),
        "Jens leads 40 fitters in final assembly. Sabine put him on the leadership programme and wants the board to see him; he writes little and undersells himself. Order intake is down and short-time work from February is being discussed: Sabine told him in confidence, his team does not know yet but rumours have started.",
        logged=(
            Logged(P, "Sabine: Durchlaufzeit Montage -15% bis Q2. Board schaut drauf.", 95),
            Logged(
                A,
                "Führungskräfteprogramm ab Jan? S.: 'ja, du bist drin.' HR-Bestätigung kam.",
                60,
                DONE,
            ),
            Logged(W, "Durchlaufzeit DMC-Reihe Okt: -9%.", 35),
            Logged(
                N,
                "Kurzarbeit ab Feb im Gespräch. S. hat's mir gesagt, Team weiß nix. Vertraulich.",
                22,
            ),
            Logged(G, "Kundenbesuch Korea, S. krank, hab Führung + Präsentation übernommen.", 18),
            Logged(
                A,
                "S. gefragt ob ich beim Board im Jan die Durchlaufzeit selbst vorstelle. 'Mal sehen.'",
                12,
            ),
            Logged(F, "Nov-Zahlen bis 1.12. an Controlling", 5),
            Logged(N, "Rücken wieder. Physio 2x/Woche.", 3),
            Logged(
                AG,
                "Kurzarbeit: was sag ich meinen Leuten wenn sie fragen? Gerüchte laufen schon",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "school_coordinator_first_mentor_meeting_vague_goal",
        "Mariana",
        "pedagogical coordinator, state public school, Belo Horizonte",
        "não sei direito... quero crescer. diretora um dia? talvez. sei lá",
        "Helena",
        "retired school principal, volunteer mentor from the state education department's mentoring programme",
        Role.MENTOR,
        monthly(1, 1),
        time(19, 0),
        "Mariana coordinates teaching for years 6 to 9 at a large public school and has just been paired with a mentor; the first video call is Tuesday 1 Dec at 19:00. She has logged almost nothing, her goal is vague, and one of her notes is about a conflict with the vice-principal.",
        logged=(
            Logged(
                N,
                "programa de mentoria: me colocaram com a Helena, ex-diretora, 30 anos de rede. first call dia 1/12 19h por vídeo. nervosa kkk",
                6,
            ),
            Logged(
                AG,
                "levar: a reunião de pais do 9º ano que deu errado + como lidar com a vice que passa por cima de mim com os professores",
                2,
            ),
            Logged(
                N,
                "resultados do Proeb saem em dezembro, a escola caiu ano passado e a diretora já tá falando em 'plano de ação' 😬",
                1,
            ),
        ),
        first=True,
    ),
    Persona(
        "ward_manager_clinical_supervision_venting_health_rota_due",
        "Aoife",
        "clinical nurse manager (CNM2), acute medical ward, Dublin",
        None,
        "Bernadette",
        "clinical supervisor from the nursing practice development unit, outside her line",
        Role.OTHER,
        biweekly(3),
        time(14, 0),
        "Aoife runs a 32-bed medical ward through winter surge with two vacant posts. Fortnightly restorative supervision with Bernadette is meant to be her own space; she has logged her iron deficiency and a staff nurse's marriage trouble, not all of which belongs in the meeting. Her January rota is due to the assistant director of nursing on Monday 30 Nov.",
        logged=(
            Logged(
                N,
                "first supervision with Bernadette. she said it's not performance management, it's for me. grand. we'll see",
                75,
            ),
            Logged(
                P,
                "B. big on reflective practice - wants me to bring one incident each time, written up Gibbs style",
                74,
            ),
            Logged(
                G,
                "brought the reflection on the fall in bay 3. B. asked can she use it (anonymised) for the new CNM1 programme, said yes",
                50,
            ),
            Logged(
                A,
                "asked B. could PDU run the IV cannulation refresher ON the ward not in the education centre, can't get staff released. she said she'd ask Niamh in PDU",
                46,
            ),
            Logged(
                N,
                "recruitment pause still on. 2 staff nurse posts vacant since Aug. agency again all week",
                38,
            ),
            Logged(
                W,
                "zero hospital acquired pressure ulcers on the ward in Oct 🙌 first time this year",
                28,
            ),
            Logged(
                N,
                "Ciara (SN) crying in the sluice again. told me a bit, it's the husband. not for repeating",
                20,
            ),
            Logged(
                A,
                "cannulation refresher - B. came back, Niamh will do 2 sessions on the ward in Jan, dates tbc",
                15,
                DONE,
            ),
            Logged(
                N,
                "bloods back, ferritin on the floor, GP wants an iron infusion. knackered all the time, thought it was just winter",
                9,
            ),
            Logged(
                F,
                "Jan off-duty to the ADON by mon 30 nov. 4 people want NYE off and I've 2 to give",
                4,
            ),
            Logged(
                AG,
                "how do I say no to the ADON when she moves my staff to ED every morning at 8. I always just give in",
                1,
            ),
        ),
        first=False,
    ),
)
