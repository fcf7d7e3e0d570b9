# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 34 (set BD)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH55 = (
    Persona(
        "BD_charge_nurse_quezon_city",
        "Maricel",
        "Charge nurse, medical-surgical ward of a private tertiary hospital, Quezon City, Philippines",
        "I want Ma'am Joy to endorse me for the Clinical Instructor track before the Dec 11 deadline.",
        "Ma'am Joy",
        "Nurse Manager of the 4th-floor medical-surgical ward, Maricel's direct supervisor",
        Role.MANAGER,
        weekly(1),
        time(14, 0),
        "Maricel has been charge nurse on a 28-bed med-surg ward for two years and is carrying a lot because nights are short-staffed (often 1 nurse to 10 patients). She wants Joy to endorse her for the hospital's Clinical Instructor track, but Joy keeps deferring until after the December mock accreditation survey, which together with overtime costs is Joy's main concern. Maricel also has a conditional offer from a UK NHS trust that she has told no one at work about, knows a colleague's unannounced pregnancy, and is unsure how to handle a resident doctor who keeps shouting at a new nurse.",
        logged=(
            Logged(
                A,
                "asked Ma'am Joy if she can endorse me for the Clinical Instructor track, endorsement deadline Dec 11",
                30.1,
            ),
            Logged(
                N, "she said 'let's see after accreditation' 🙄 so ako na naman mag-follow up", 30.0
            ),
            Logged(
                G,
                "did fall-risk reassessment audit for all 28 beds para kay Joy, submitted today 11/5",
                21,
            ),
            Logged(
                P,
                "Joy: priority is the mock survey Dec 8-9, all charts complete + med reconciliation documented",
                23.1,
            ),
            Logged(P, "OT costs daw too high, HR is watching 4th flr. wants less OT in Dec", 16.1),
            Logged(
                A, "asked for 1 more staff nurse for night shift, ratio 1:10 the last 2 wks", 16.1
            ),
            Logged(G, "covered Rhea's night shift Nov 12, 16 hrs straight. pagod na pagod", 13.4),
            Logged(W, "60 days no patient falls sa ward!! 🎉 Joy posted it sa bulletin board", 12),
            Logged(A, "asked Joy to approve my leave Dec 24-26", 9.1, DONE),
            Logged(F, "submit Dec roster to Joy by Sat Nov 28", 9.0),
            Logged(
                F, "finish med rec checklist training for the 3 new hires before mock survey", 8
            ),
            Logged(G, "updated IV pump SOP + laminated copies for each nurse station", 7),
            Logged(
                N,
                "Rhea told me she's 10 wks pregnant, not announcing yet. wag i-assign sa isolation rooms, quietly lang",
                6,
            ),
            Logged(
                N,
                "Dr. R (IM resident) shouted at Kyla in front of the pt's family again, 2nd time this month. Kyla cried sa pantry. File IR or tell Joy first?",
                5,
            ),
            Logged(F, "promised Kyla I'd help her write the incident report", 4.5),
            Logged(W, "3 new hires (Kyla, Paolo, Jen) all passed competency check na ✅", 4),
            Logged(
                N,
                "got conditional offer from NHS trust in UK (Band 5) via agency, IELTS ok na. sign by Dec 15. haven't told anyone at work",
                3,
            ),
            Logged(AG, "Clinical Instructor endorsement - Dec 11 na deadline, need her answer", 1),
            Logged(AG, "night shift staffing, same ratio pa rin. pls", 1),
            Logged(AG, "how to handle Dr. R issue - report thru channel?", 0.8),
            Logged(F, "roster: ask Paolo if he can swap Dec 31 shift", 0.5),
        ),
        tz="Asia/Manila",
    ),
    Persona(
        "BD_agronomo_cooperativa_huila",
        "Julián",
        "Agrónomo, coordinador de asistencia técnica en una cooperativa de caficultores, Pitalito (Huila), Colombia",
        "Quiero que Patricia me tenga en cuenta para coordinar el programa de cafés especiales en 2027.",
        "Dra. Patricia",
        "Gerente regional de la cooperativa, jefa de su jefe directo (Hernán)",
        Role.SKIP,
        monthly(1, 2),
        time(9, 0),
        "Julián leads field technical assistance for about 340 smallholder coffee growers and meets the regional manager once a month. He wants to be picked to coordinate the specialty-coffee programme the cooperative launches in 2027; Patricia's priorities are the March 2027 certification renewal and growers selling outside the cooperative. He has seen that his boss Hernán signed internal inspections for 14 farms nobody visited and hasn't decided whether to tell Patricia. Privately he also has a better-paid offer from an exporter and a father in hospital.",
        logged=(
            Logged(
                A,
                "le pedí a Patricia presupuesto para una segunda moto para visitas en la zona alta (Bruselas, Palestina). dijo q lo miraba",
                49.8,
            ),
            Logged(
                P,
                "Patricia: prioridad #1 renovación de la certificación en marzo 2027, cero no conformidades",
                20.8,
            ),
            Logged(
                P, "le preocupa la venta por fuera a intermediarios, quiere datos por vereda", 20.8
            ),
            Logged(
                A,
                "pregunté si la coop me paga la mitad del curso Q-grader en 2027. nada todavía",
                20.8,
            ),
            Logged(
                G,
                "le mandé hoy 13/nov el informe de venta por fuera por vereda, encuesta a 112 productores",
                12.6,
            ),
            Logged(
                W,
                "el lote de don Efraín sacó 87.5 en la Taza de la Excelencia regional 🏆 lo acompañamos desde 2024",
                8.7,
            ),
            Logged(
                F,
                "prometí a la asociación de mujeres de La Laguna llevarles los resultados de análisis de suelo antes del 5 dic",
                6.6,
            ),
            Logged(
                N,
                "Hernán firmó inspecciones internas de 14 fincas que NO se visitaron, vi las planillas. no sé si decirle a Patricia. si sale en la auditoría nos cae a todos",
                5.6,
            ),
            Logged(
                N,
                "exportadora en Neiva me ofreció jefe de calidad, +40% salario. tengo q responder antes del 10 dic",
                2.6,
            ),
            Logged(
                N,
                "mi papá otra vez hospitalizado en Popayán. voy a necesitar unos días la semana del 14 dic",
                1.7,
            ),
            Logged(
                AG, "programa cafés especiales 2027 - proponerme, llevar propuesta de 1 página", 1.5
            ),
            Logged(AG, "lo de las inspecciones (pensar bien cómo decirlo)", 1.2),
            Logged(AG, "la moto otra vez", 0.9),
        ),
        tz="America/Bogota",
    ),
    Persona(
        "BD_maths_hod_nakuru",
        "Wanjiru",
        "Head of Mathematics department, public girls' secondary school, Nakuru, Kenya",
        "I want to be shortlisted for deputy principal when TSC advertises next year.",
        "Mr. Otieno",
        "Retired secondary school principal, her mentor through the county women-in-school-leadership programme (not her employer)",
        Role.MENTOR,
        monthly(1, 5),
        time(10, 0),
        "Wanjiru was just paired with a retired principal as mentor and has set up monthly Saturday meetings; this is her first prep card. She has led the maths department for three years and wants to move into a deputy principal post. Mr. Otieno knows her only from one informal tea; he asked to see her CV.",
        logged=(
            Logged(
                N,
                "had tea with Mr. Otieno after the programme launch, he said I should start writing down everything I lead. so here I am 😅",
                9,
            ),
            Logged(
                W,
                "Form 3 maths mean went from 4.2 to 5.9 (C-) in end-term. Principal mentioned it at staff meeting, kumbe people noticed",
                6,
            ),
            Logged(F, "send him my CV before we meet (he asked)", 1.8),
            Logged(
                AG,
                "ask how he prepared for TSC deputy interview + is the county leadership diploma worth the 45k",
                1,
            ),
        ),
        tz="Africa/Nairobi",
        first=True,
    ),
    Persona(
        "BD_senior_merchandiser_gazipur",
        "Tanvir",
        "Senior merchandiser, knitwear export factory group, Gazipur, Bangladesh",
        "I want apa to back me for Merchandising Manager in the January review.",
        "Farhana apa",
        "Director of Operations at the factory group; she put Tanvir forward to run the new European buyer account",
        Role.SPONSOR,
        biweekly(6),
        time(11, 0),
        "Tanvir's sponsor Farhana got him the factory's most important European buyer account and meets him every other Sunday (the working week is Sunday to Thursday). Lately he has done a lot for her and asked for almost nothing; he wants her to support his promotion in the January cycle but hasn't said so directly. Her focus is the buyer's social-compliance audit on Dec 9 and on-time delivery. He has seen a fire exit on the 3rd-floor sewing section blocked by cartons again and the floor manager is brushing it off.",
        logged=(
            Logged(
                P,
                "apa: priority is passing social compliance audit Dec 9, no repeat findings from last yr (OT records, fire safety)",
                18.1,
            ),
            Logged(
                G, "made the compliance audit deck for Farhana apa (42 slides), sent tonight", 13.7
            ),
            Logged(
                G,
                "covered the Sat call with buyer QA team (Stockholm) since apa was in Chattogram",
                12,
            ),
            Logged(
                G,
                "went to Narayanganj dyeing unit myself to push lab dips, got them 2 days early",
                11,
            ),
            Logged(
                G, "translated new wage structure notice into Bangla for the floor, she asked", 8
            ),
            Logged(
                G, "stayed till 1am last night fixing PP sample size set issue, shipment ok", 7.5
            ),
            Logged(P, "wants on-time delivery above 95% for Q4", 4.1),
            Logged(
                A,
                "asked apa if I can join buyer's sustainability training in Dhaka Dec 16-17. ekhono reply nai",
                4.1,
            ),
            Logged(W, "ex-factory on-time 96.8% for Oct-Nov on my 3 accounts ✅", 3),
            Logged(
                F,
                "promised junior merch Sumaiya I'd check her costing sheet before she sends to buyer",
                2.5,
            ),
            Logged(
                N,
                "3rd floor sewing sec B - fire exit blocked by cartons AGAIN. told floor mgr Rakib bhai twice, he said 'after shipment'. audit Dec 9 but this is about people not audit",
                2,
            ),
            Logged(F, "send apa updated TNA for spring order by Sunday morning", 1),
            Logged(AG, "fire exit issue - how to raise without burning Rakib bhai", 0.6),
            Logged(AG, "ask her directly if she'll support my promotion in Jan review", 0.5),
        ),
        tz="Asia/Dhaka",
    ),
    Persona(
        "BD_sous_chef_lisbon",
        "Tomás",
        "Sous-chef, hotel restaurant, Lisbon, Portugal",
        "Want Marta and me to agree a fair holiday rota before Chef decides it for us.",
        "Marta",
        "The other sous-chef; they split the week and run the kitchen together under executive chef Rui",
        Role.PEER,
        weekly(0),
        time(15, 30),
        "Tomás and Marta are the two sous-chefs of a hotel restaurant and meet every Monday between lunch and dinner service to hand over and plan. December banquet season is starting; last year Tomás worked three of the four holiday services and wants a fairer split. He owes Marta an allergen matrix and is worried about a broken splash guard on a fryer that has already burned a commis twice.",
        logged=(
            Logged(
                P,
                "Marta: wants less waste on staff meal + stop running out of mise en place on Fridays",
                9.7,
            ),
            Logged(
                A,
                "asked Marta to take my Sat Dec 12 dinner, my sister's wedding no Porto",
                9.7,
                DONE,
            ),
            Logged(W, "tasting para o banquete de Natal, client chose 4 of my 5 dishes 🙌", 4.8),
            Logged(
                G,
                "fiz o inventário da câmara frigorífica sozinho on Sunday so Marta could leave early (filha doente)",
                3.6,
            ),
            Logged(F, "send Chef Rui the Natal banquet costings, he wants food cost < 28%", 3),
            Logged(
                A,
                "can she handle the fish order with Peixaria Silva from now on? they always call me on my day off",
                2.7,
            ),
            Logged(F, "finish new allergen matrix for banquet menu, promised Marta by Fri 27", 2.7),
            Logged(
                N,
                "Diogo (commis) burned his arm on fritadeira 2 again, splash guard broken since Oct. told Chef, nada. se alguém se magoa a sério antes do Natal...",
                1.5,
            ),
            Logged(
                AG, "holiday rota: 24, 25, 31 Dec, 1 Jan - who takes what. last yr I did 3 of 4", 1
            ),
            Logged(AG, "fryer 2 - write it up together to Chef Rui?", 0.7),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "BD_sre_payments_toronto",
        "Noor",
        "Site reliability engineer II, payments processing company, Toronto, Canada",
        None,
        "Dave",
        "Engineering manager of the platform reliability team, Noor's direct manager",
        Role.MANAGER,
        weekly(3),
        time(13, 0),
        "Noor is in her second year on the reliability team and on the primary on-call rotation for card authorisation. After a month of heavy paging she cut alert noise noticeably, and she wants an answer on leading the Terraform migration, which Dave has left open. She recently got an ADHD diagnosis and is considering asking for accommodations but has not told Dave. Her 1:1 is today.",
        logged=(
            Logged(
                W,
                "led the postmortem for the Nov 9 card-auth latency incident, 'best PM this quarter' per <@U02HX81RT>",
                14.6,
            ),
            Logged(
                P, "Dave: Q4 = auth p99 under 250ms + kill pager noise (target <15 pages/wk)", 13.6
            ),
            Logged(
                A,
                "asked Dave about leading the Terraform migration - 'let me think about it'",
                13.6,
            ),
            Logged(
                N, "paged 9 times in one night last wk, 4 were the flaky disk alert. I'm fried", 9.8
            ),
            Logged(
                N,
                "got the ADHD dx from Dr. Chen yesterday. thinking about asking for accommodations (async standups?). not sure I want Dave to know yet",
                7.7,
            ),
            Logged(
                A,
                "asked to swap off primary on-call Dec 21-27, family visiting from Lahore",
                6.6,
                DONE,
            ),
            Logged(F, "promised Dave on-call load numbers for the Dec planning doc by Fri", 6.6),
            Logged(G, "shipped alert dedupe rules, pages down ~40% wk over wk", 2.7),
            Logged(F, "review <@U07B3LQ9X>'s Kafka failover runbook before Monday", 1.6),
            Logged(AG, "Terraform migration lead - push for an answer", 0.3),
            Logged(AG, "show the page count drop", 0.3),
        ),
        tz="America/Toronto",
        names={"U02HX81RT": "Marcus Bell", "U07B3LQ9X": "Priya Raman"},
    ),
)
