# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 29 (set AS)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH44 = (
    Persona(
        "as_waikato_herd_manager_mentor",
        "Hemi",
        "Herd manager on a 620-cow dairy farm near Matamata, Waikato, New Zealand",
        "land a 50/50 or lower order sharemilking job by june 1. stop workin for someone elses dream",
        "Graeme",
        "Retired sharemilker, his mentor through the regional dairy pathways scheme",
        Role.MENTOR,
        monthly(-1, 0),
        time(20, 30),
        "Hemi, 31, runs the herd day to day for an owner who is rarely on farm. He is applying for a lower-order "
        "sharemilking position on a 380-cow farm near Te Aroha; applications close Friday 4 December and he needs a "
        "cashflow budget the bank will accept. It's mating season, his farm assistant is leaving, and the owner (also his "
        "current-employer referee) told him to run the effluent irrigator on saturated paddocks.",
        logged=(
            Logged(
                N,
                "first call w graeme. good bugger. sharemilked 22yrs out morrinsville way, knows everyone",
                118,
            ),
            Logged(
                P,
                "graeme big on people skills not just cow skills. says owners hire the person not the budget",
                118,
            ),
            Logged(A, "asked graeme if hed be a referee for my sharemilking apps", 88, DONE),
            Logged(
                N, "G said yes to referee 👍 wants to talk to me b4 he talks to any owner tho", 86
            ),
            Logged(
                W,
                "6wk in-calf rate from last mating came back 74%. district avg is like 66. stoked",
                80,
            ),
            Logged(
                N,
                "shoulder playin up again from the rotary. physio $85 a pop. kiri says get it done properly",
                72,
            ),
            Logged(G, "sent graeme the herd test summary + my calving notes like he asked", 70),
            Logged(
                P,
                "G reckons i need to know my numbers cold — cost per kg MS, not just the cow stuff",
                65,
            ),
            Logged(F, "ring sarah (vet) re the 3 cows w metritis + book preg testing for jan", 40),
            Logged(
                N,
                "bruce told me run the effluent irrigator on the back paddocks even tho theyre saturated. pretty sure thats outside consent. council been out twice in the district this yr",
                38,
            ),
            Logged(
                N,
                "tama (farm asst) quitting end of nov, goin to the mines in oz. so were short thru mating. great",
                22,
            ),
            Logged(F, "tama's final pay + holiday pay calc — chase bruce, tama asked me twice", 21),
            Logged(W, "3wk submission rate 91% 🙌 best weve had", 14),
            Logged(
                N,
                "dad rang, theyre selling the gisborne block. gutted but we cant afford to take it on. dont wanna talk bout it",
                12,
            ),
            Logged(
                A, "asked G to go thru my cashflow budget line by line b4 the 4th. no reply yet", 9
            ),
            Logged(
                N,
                "kiri n me went thru savings. 62k + 40 heifers. thats everything we've got. bit scared tbh",
                7,
            ),
            Logged(
                G, "told G ill email him the full budget + cv by sat so he has it for the wkend", 4
            ),
            Logged(
                N,
                "bruce said he'll 'give me a good ref if i stay thru to june'. felt like a threat ngl",
                4,
            ),
            Logged(F, "email anna @ rabo the draft budget + herd numbers by tues 1st", 3),
            Logged(
                AG,
                "do i tell graeme about the effluent thing? dont wanna drop bruce in it, hes my other referee. but if council fines us its my name on the roster",
                2,
            ),
            Logged(AG, "bulls go out mon. how do i cover tama's milkings w/o burnin out", 1.5),
            Logged(
                AG, "apps close fri 4th — what do te aroha owners actually ask in the interview", 1
            ),
        ),
    ),
    Persona(
        "as_cdmx_energy_associate_sponsor",
        "Valeria",
        "Senior associate, energy & regulatory practice, law firm in Mexico City, Mexico",
        "socia en 2027. no quiero ser 'la que hace todo el trabajo' otro año más",
        "Ernesto",
        "Partner leading the energy practice, her sponsor for the partnership track",
        Role.SPONSOR,
        monthly(1, 3),
        time(18, 0),
        "Valeria, 36, has been a senior associate for four years. The partners' committee decides the partnership track on "
        "4 December and her business-case memo is due to Ernesto first thing Monday 30 November. She brought in her first "
        "client mandate this autumn, a fellow associate is competing for the one slot, she has an unmentioned offer from "
        "another firm, and her mother started dialysis.",
        logged=(
            Logged(
                N,
                "primera junta de sponsor con E. dice que me va a nominar pero que 'yo tengo que hacer ruido'. ok??",
                115,
            ),
            Logged(
                P,
                "Ernesto: lo que le importa al comité es originación. 'las horas no te hacen socia, los clientes sí'",
                115,
            ),
            Logged(
                A,
                "le pedí a E. que me lleve a la comida con el GC de Solaria (cliente eólico)",
                100,
                DONE,
            ),
            Logged(W, "fui a la comida con Solaria. el GC me pidió mi cel directo 🙌", 92),
            Logged(
                G,
                "le hice a E. el resumen del arbitraje CFE para su panel en el foro de energía. 2am pero quedó",
                84,
            ),
            Logged(
                N,
                "mi mamá empezó hemodiálisis 3x semana. mi hermano no pone nada, todo sale de mi sueldo ~28k/mes",
                70,
            ),
            Logged(
                W,
                "Solaria nos mandó mandato nuevo (permisos CRE) y pidieron que YO lo lleve. first origination 100% mía",
                55,
            ),
            Logged(
                N,
                "Rodrigo (sr assoc tmb) dijo en la junta de práctica que Solaria fue 'trabajo de equipo'. lol no",
                50,
            ),
            Logged(
                P,
                "E. preocupado x la reforma eléctrica, quiere que la práctica tenga 'cara pública'. le late que yo escriba artículos",
                45,
            ),
            Logged(
                N,
                "headhunter de otra firma (no digo cuál aquí) me ofreció entrar como socia. +40% sueldo. no le he dicho a nadie",
                25,
            ),
            Logged(
                F,
                "contestarle a Paty (paralegal) lo de sus vacaciones de dic, lleva 2 semanas esperando 😬",
                20,
            ),
            Logged(
                A,
                "le pregunté a E. si él presenta mi caso en el comité o lo presento yo. no ha contestado",
                16,
            ),
            Logged(N, "dormí 4 hrs. gastritis otra vez", 10),
            Logged(G, "le prometí a E. el memo de business case el lunes 30 a primera hora", 8),
            Logged(
                F, "mandar a Lic. Torres (Solaria) el draft de la opinión de permisos by fri 27", 6
            ),
            Logged(
                F,
                "pasarle a Rodrigo mis comentarios a su draft del amparo, se los prometí desde el miércoles",
                4,
            ),
            Logged(
                AG,
                "¿le digo a E. de la oferta? could be leverage o se ve como deslealtad justo antes del comité",
                2,
            ),
            Logged(
                AG, "pedirle que presente Solaria como MI originación en el comité, not 'team'", 1
            ),
            Logged(
                AG,
                "¿hay solo 1 lugar este año? Rodrigo vs yo? quiero saber dónde estoy parada antes del 4/12",
                1,
            ),
            Logged(
                N,
                "E. me escribió x whatsapp: 'el 3 hablamos con calma, tráeme números'. números = originación, ok",
                0.5,
            ),
        ),
    ),
    Persona(
        "as_dundee_retrofit_supervisor_peer",
        "Callum",
        "Site supervisor, social-housing retrofit (wall insulation + heat pumps), Dundee, Scotland",
        "contracts manager if stuart moves on. or at least get off the worst site",
        "Fiona",
        "Site supervisor on the Kirkton retrofit, same grade; they swap notes every other week",
        Role.PEER,
        biweekly(2),
        time(16, 30),
        "Callum, 44, an ex-plumber, runs a 48-flat insulation and air-source heat pump retrofit for a housing association. "
        "Block 3 must be handed over Friday 27 November and the clerk of works inspects the Tuesday after. The contracts "
        "manager job closes 11 December; he has just heard Fiona, his peer and the person he swaps notes with, is applying too.",
        logged=(
            Logged(
                N,
                "had a pint w fiona after the toolbox talk, agreed to catch up every 2nd wed. she's sound",
                112,
            ),
            Logged(
                P,
                "fiona big on tenant liason, says thats wot the HA actually scores us on not the programme",
                112,
            ),
            Logged(
                G,
                "gave fi my ASHP commissioning sheet, she's been doin it off the manufacturers one",
                98,
            ),
            Logged(
                W,
                "block 1 handed over 2 days early, zero snags from clerk of works. first time ever lol",
                85,
            ),
            Logged(
                N,
                "backs gone again liftin the cylinder w davie. doc says disc, no lifting 2 wks. aye right",
                74,
            ),
            Logged(
                P,
                "fi wants the heat pump noise complaints sorted b4 winter, she's had 4 at kirkton",
                50,
            ),
            Logged(
                N,
                "stuart's moved my scaffold crew to kirkton AGAIN. 3rd time. is he favourin fi's site or am i paranoid",
                40,
            ),
            Logged(
                A,
                "askd fi if i can borrow dean (her sparky) 2 days for block 3 first fix",
                30,
                DONE,
            ),
            Logged(N, "fi says yes to dean tues+wed next wk 👍 owe her one", 27),
            Logged(F, "deans timesheet to fi for the recharge — STILL not sent", 20),
            Logged(W, "EPCs back for block 2, all C or above 💪 HA happy", 18),
            Logged(
                N,
                "wee man's ADHD assessment finally thru, 14 month wait. jan 8th. jen's takin the day but i want to go too",
                15,
            ),
            Logged(N, "overtimes cut from dec. thats like 400 a month. jen not happy", 12),
            Logged(N, "contracts mgr job up internal, closes 11th dec. heard fi's applyin", 10),
            Logged(
                A,
                "asked fi how stuart runs interviews, she sat one w him last yr. she went quiet, said she'd tell me later",
                8,
            ),
            Logged(G, "told fi i'd send her my handover pack template b4 our next catch up", 6),
            Logged(
                F,
                "mrs duffy flat 3/2 — back bedroom rad still cold. said id be round thurs. DO NOT FORGET she's 84",
                5,
            ),
            Logged(
                F,
                "gary (QS) needs the variation for the extra scaffold lift by mon or we dont get paid for it",
                3,
            ),
            Logged(F, "snag list for block 4 to stuart b4 xmas", 3),
            Logged(
                AG,
                "do i tell fi im goin for contracts mgr too. feels sleekit not to but its a competition",
                2,
            ),
            Logged(
                AG,
                "raise the scaffold thing w her or no — if stuarts givin her my crew thats not her fault",
                1.5,
            ),
            Logged(AG, "block 3 handover fri 27th + CoW tues. need dean back 1 more day?", 1),
        ),
    ),
    Persona(
        "as_venlo_returns_nightlead_skip",
        "Kasia",
        "Night-shift team leader, e-commerce returns warehouse, Venlo, Netherlands",
        "stały kontrakt z firmą nie przez agencję + shift manager w 2027",
        "Maarten",
        "Site director, her manager's manager (skip-level)",
        Role.SKIP,
        monthly(1, 2),
        time(14, 0),
        "Kasia, 29, from Opole, leads 38 mostly agency workers on the returns night shift; she is still employed through the "
        "agency herself. Peak starts with Black Friday (27 November), and the agency will move her two best temps to another "
        "site on 1 December unless the company hires them. Her direct manager Ruud has been telling the team to skip their "
        "second break, and she hasn't decided whether to tell Maarten.",
        logged=(
            Logged(
                N,
                "1st skip 1:1 w Maarten. nice guy, asked about my family in PL. english ok, not too fast",
                119,
            ),
            Logged(
                P,
                "Maarten - safety first, mówi to za każdym razem. LTI-free days on the board",
                119,
            ),
            Logged(A, "asked M about path from agency to vast contract (stały)", 105, DONE),
            Logged(
                N,
                "M: after 12 months on site we can talk vast contract. ja mam już 14 mies... he said he will check w HR",
                103,
            ),
            Logged(W, "night shift 112% of target 3 weeks in a row, best of all shifts 💪", 80),
            Logged(
                G,
                "made for M the returns training matrix in excel, he shows it to other sites now",
                72,
            ),
            Logged(
                N,
                "tęsknię za Zosią. ona u mamy w Opolu, widzę ją co 6 tyg. facetime to nie to samo",
                66,
            ),
            Logged(P, "M wants less temp turnover, every new person costs like €2k", 60),
            Logged(W, "0 accidents on nights since july. got the pizza lol", 45),
            Logged(
                N,
                "Ruud (my mgr) told team 'no 2nd break this week, volume'. i think not legal (arbeidstijdenwet). ludzie są wściekli",
                30,
            ),
            Logged(
                A,
                "asked M again about my vast contract, he said 'after peak'. peak ends jan. hmm",
                25,
                DONE,
            ),
            Logged(
                N,
                "agency housing rent +€15/week again. 4 ppl in one room. nie na to się pisałam",
                18,
            ),
            Logged(F, "HR (Sanne) needs copy of my BHV certificate — still not sent", 15),
            Logged(
                A,
                "asked M to make Bogdan i Ana vast (not agency) - my best pickers. agency decides 1/12",
                12,
            ),
            Logged(F, "tell Bogdan i Ana what M says, they ask me every night", 10),
            Logged(G, "promised M i will train 6 new temps on RF scanners before black friday", 9),
            Logged(N, "plecy bolą od 10h nocek, ibuprofen every shift. nie mów nikomu", 7),
            Logged(F, "send Ruud the peak rota with 2 extra ppl on returns scanning by fri", 4),
            Logged(W, "6 new temps trained on scanners ✅ done", 3),
            Logged(AG, "black friday pt 27.11 - staffing ok? expecting 2 no-shows", 2),
            Logged(
                AG,
                "czy powiedzieć M o Ruud i przerwach? he is Ruud's boss. if Ruud finds out my nights will be hell",
                1,
            ),
            Logged(AG, "my vast contract — ask again or just wait 'after peak'?", 1),
            Logged(
                AG, "Bogdan + Ana — need answer before 1/12 or agency sends them to Tilburg", 0.8
            ),
        ),
    ),
    Persona(
        "as_toronto_onc_nurse_manager",
        "Tin",
        "RN, acting night charge nurse, inpatient oncology unit, hospital in Toronto, Canada",
        "clinical educator someday. for now: charge pay when i'm charge 😤",
        "Deb",
        "Nurse Manager of the unit, her direct manager",
        Role.MANAGER,
        weekly(1),
        time(7, 45),
        "Tin, 33, trained in Manila and has been on the unit six years. She keeps covering night charge without the "
        "differential, the Clinical Nurse Educator posting closes Sunday 29 November and she is waiting on Deb for a reference, "
        "and holiday requests are due Friday. She caught a chemo dosing near-miss made by a day-shift colleague, and her father "
        "needs bypass surgery in Batangas.",
        logged=(
            Logged(
                P, "Deb's focus this qtr: falls + chemo double-check compliance. audit in jan", 117
            ),
            Logged(
                A,
                "asked Deb re charge differential for the nights i'm in charge (since aug)",
                100,
                DONE,
            ),
            Logged(
                N,
                "Deb: payroll will back-pay Oct lang, Aug-Sep 'not documented'. grabe. at least may oct",
                80,
            ),
            Logged(W, "no falls on nights for 60 days 🙏 Deb mentioned it sa huddle", 70),
            Logged(
                G,
                "made the chemo double-check pocket card for nights, Deb laminated it for the whole unit",
                62,
            ),
            Logged(
                N, "Papa needs triple bypass sa Batangas. 250k pesos daw. kami ni Ate maghahati", 45
            ),
            Logged(
                N,
                "Brenda (days) keeps leaving her 1800 meds undone for handoff. 3rd time this month. pagod na ko",
                35,
            ),
            Logged(
                N,
                "near miss last night: carboplatin dose calc, caught on double check. brenda's hang. safety report? not yet filed",
                20,
            ),
            Logged(
                F,
                "email Anil (onc pharmacist) re the carboplatin near-miss, he asked for details",
                19,
            ),
            Logged(W, "Jomar ran his first code w/o me stepping in. proud ate moment 🥹", 14),
            Logged(F, "send Ate my half (~125k php) by payday the 4th", 12),
            Logged(
                A,
                "asked Deb to be my reference for the Clinical Nurse Educator posting. she said 'let me think' ??",
                9,
            ),
            Logged(
                G,
                "told Deb i'd draft the new-grad orientation checklist for nights by our next 1:1",
                8,
            ),
            Logged(
                P, "Deb stressed abt holiday sched, 4 ppl want xmas off. requests by fri 27th", 6
            ),
            Logged(
                N,
                "insomnia again. 3 nights in a row tapos 2hrs lang tulog. melatonin not working",
                5,
            ),
            Logged(N, "educator posting closes sun 29th. cover letter half done", 4),
            Logged(F, "Jomar (new grad, my preceptee) — finish his wk 8 eval, due fri", 3),
            Logged(
                AG,
                "xmas: want xmas eve off (noche buena w the titas in Mississauga), can work new yrs",
                2,
            ),
            Logged(
                AG,
                "do i bring up Brenda? near-miss was hers pero ayoko maging 'that nurse'. report is anonymous-ish naman",
                1,
            ),
            Logged(AG, "reference for educator job — need answer b4 sunday", 1),
            Logged(
                AG, "charge pay Aug-Sep, push again? i kept the assignment sheets as proof", 0.5
            ),
        ),
    ),
    Persona(
        "as_tromso_ocean_engineer_cruise",
        "Ingrid",
        "Senior engineer (ocean instrumentation), marine research institute, Tromsø, Norway",
        "Get the mooring array recovered and redeployed on the January cruise without drama. Long term: be named co-I, not 'technical support'.",
        "Paul",
        "Chief scientist of the January Arctic cruise (French partner lab), not her line manager",
        Role.OTHER,
        weekly(4),
        time(9, 0),
        "Ingrid, 47, has run the institute's moorings for fifteen years and now has weekly calls with Paul, the visiting chief "
        "scientist for a five-week cruise starting 5 January; this is the first prep card for that series. The packing list "
        "and dangerous-goods declaration are due 3 December and ship loading is 8 December. Her separation means Christmas "
        "and January custody is unresolved, and she hasn't told Paul.",
        logged=(
            Logged(
                N,
                "Cruise planning kickoff with Paul (Brest). Weekly calls from now, Fridays 9. Sharp, talks fast.",
                100,
            ),
            Logged(
                P,
                "Paul: priority #1 is the under-ice ADCP data from the 2-year moorings. Everything else is bonus.",
                100,
            ),
            Logged(A, "Asked P whether Jonas (PhD) gets a berth as second mooring tech", 85, DONE),
            Logged(
                N,
                "Berth for Jonas confirmed 👍 but he has never done a recovery in ice. Needs training.",
                78,
            ),
            Logged(
                F, "Jonas: winch + release training before 10 Dec, book Tor in the verksted", 76
            ),
            Logged(G, "Sent Paul the full mooring recovery plan v1 + risk assessment", 60),
            Logged(W, "Release test in the fjord: 6/6 acoustic releases answered. Takk gud.", 55),
            Logged(
                N,
                "Separation with Espen is final. He wants the kids for jul AND first weeks of Jan. Cruise is 5 Jan–9 Feb. Uff.",
                50,
            ),
            Logged(
                P,
                "Paul keeps coming back to co-authorship rules for the mooring data. Cares a lot about who 'owns' it.",
                40,
            ),
            Logged(
                A,
                "Asked Paul if his lab can pay for a 2nd CTD technician (~9 days at sea). Budget line is his.",
                20,
            ),
            Logged(
                N,
                "Seasickness patch (scopolamine) — GP says not with my current meds. Need alternative before Jan. Don't want this to be a topic on board.",
                18,
            ),
            Logged(N, "Knee MRI: meniscus, no surgery for now. Ladders on deck will be fun.", 14),
            Logged(
                F,
                "Sigrid (logistics) needs my list for customs + DG declaration for the lithium battery packs",
                12,
            ),
            Logged(W, "Got 2 spare releases on loan from the Bergen group, saves us ~180k NOK", 9),
            Logged(
                N,
                "Heard from the director that Paul's postdoc skipped the HSE course last cruise. Not my business? It is if he's on my deck.",
                7,
            ),
            Logged(
                G,
                "Promised Paul final packing list + DG declaration by the 3rd so he can check the French gear is on it",
                6,
            ),
            Logged(
                F,
                "Reply to Kari at UiT about borrowing the ice-tethered buoy frame, she's waited a week",
                4,
            ),
            Logged(
                AG,
                "co-I on the data paper — raise it now or after the cruise when I've 'proven' myself?",
                2,
            ),
            Logged(
                AG,
                "2nd CTD tech — need yes/no, nobody free over Christmas if we ask after ~10 Dec",
                1,
            ),
            Logged(
                AG, "Loading 8 des, containers packed by the 3rd. French crates not arrived yet?", 1
            ),
            Logged(
                AG,
                "Do I tell him I might have to skip the first leg (kids)? Or sort it with Espen first.",
                0.6,
            ),
        ),
        first=True,
    ),
)
