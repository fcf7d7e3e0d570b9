# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 30 (set AV)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH47 = (
    Persona(
        "av_sake_koji_niigata",
        "Haruka",
        "Kurabito (brewery worker), 4th season, first year as 麹屋 in charge of the koji room, small sake brewery in Nagaoka, Niigata, Japan",
        "いつか杜氏。今季は麹で結果出す",
        "Ōtsuka",
        "Retired Echigo tōji (45 seasons), her mentor through the prefecture brewers' association, not at her brewery",
        Role.MENTOR,
        monthly(-1, 6),
        time(20, 0),
        "Haruka, 29, is in her fourth brewing season and was just given the koji room for the first time; her mentor is a retired master brewer she calls once a month. The Niigata sake school application (needs a recommendation and the owner's stamp) is due 12/4, and she owes an English back label by 11/30. She has heard in confidence that her brewery's own tōji retires after this season and the owner may bring in an outsider.",
        logged=(
            Logged(P, "大塚さん: 記録つけろ、毎日。温度と手の感覚 両方。'記録は嘘つかない'", 118),
            Logged(N, "蔵入りまであと2ヶ月. 夏は酒屋バイト… money tight till Oct", 112),
            Logged(A, "asked 大塚さん if he can look at my 製麹 notes from last season", 104, DONE),
            Logged(
                G,
                "sent him ~40 pages of last yr's notes (photos, sorry for handwriting lol). he said 'send photos' so 👍",
                100,
            ),
            Logged(P, "he keeps saying 清酒学校 is the way. 'koji alone doesnt make a 杜氏'", 90),
            Logged(N, "蔵入り 10/1. 小林杜氏 gave me 麹屋!!! first time. 緊張やばい", 75),
            Logged(W, "1本目の麹 小林さん 'まあ、いいんじゃない' = basically a medal 🥹", 58),
            Logged(F, "send 大塚さん the 製麹 temp chart for batch 1-3 (promised him)", 56),
            Logged(N, "右手首 痛い. 腱鞘炎っぽい. 湿布でごまかしてる. dont tell anyone at 蔵", 49),
            Logged(A, "大塚さんに 清酒学校の推薦状 お願いした. waiting", 42),
            Logged(
                N,
                "山田さん redoes my 切り返し when I leave the room. 何も言わずに. 地味にきつい",
                35,
            ),
            Logged(
                F, "奥さん wants english text for 新酒 back label (台湾 importer) → by 11/30", 30
            ),
            Logged(
                W,
                "酒屋の試飲会 our 純米 sold out in 2h. I did the talk in EN for 2 tourists haha",
                27,
            ),
            Logged(P, "大塚さん worried abt 暖冬. 'this yr 麹室 too humid, watch it'", 21),
            Logged(F, "小林杜氏: get quote for new humidity sensor for 麹室 ('cheap one ok')", 20),
            Logged(
                N,
                "奥さん told me (secret!!) 小林さん retires after this season. 社長 talking to an outside 杜氏 from 広島?? nobody knows yet",
                14,
            ),
            Logged(N, "彼氏 asked again if I'll move to Tokyo next yr. 正直わからない", 10),
            Logged(
                W,
                "大吟醸の麹 引き込み done. 社長 came to watch, first time he talked to me abt koji directly",
                8,
            ),
            Logged(
                N, "清酒学校 application 12/4締切. need 社長のハンコ too, havent asked yet 😬", 6
            ),
            Logged(F, "LINE 母: 年末 帰れない (蔵 runs thru 正月)", 5),
            Logged(
                AG,
                "do I tell 大塚さん about 小林さん retiring?? he probably knows the 広島 guy. feels like gossip tho",
                3,
            ),
            Logged(AG, "ask: would he call 社長 to back me on the 杜氏 path? or too early", 2),
            Logged(AG, "wrist — ask how he dealt w it. he must have had it", 1),
        ),
    ),
    Persona(
        "av_avocado_export_uruapan",
        "Maribel",
        "Coordinadora de exportación, avocado packinghouse (empacadora) in Uruapan, Michoacán, Mexico",
        "que me den la gerencia de la planta de Zapotlán (o por lo menos que me tomen en serio p/ eso)",
        "Rodrigo",
        "Director de Operaciones, two levels up, pushing her name for the new Jalisco plant",
        Role.SPONSOR,
        biweekly(1),
        time(17, 30),
        "Maribel, 38, runs export paperwork and border logistics for about 40 trucks a week to Laredo and McAllen. A truck was just rejected at the border for seed weevil, she promised Rodrigo a per-orchard rejection analysis for Friday the 27th, and the Super Bowl program volumes must be confirmed by 4/12. She wants the manager job at the company's new plant in Zapotlán, Jalisco, has a quiet offer from a competitor, and is caring for her mother.",
        logged=(
            Logged(
                P,
                "Rodrigo: cero rechazos en frontera esta temporada. lo dijo 3 veces en la junta",
                117,
            ),
            Logged(N, "empezó la flor loca, volumen bajo y precios altísimos", 115),
            Logged(
                A,
                "le pedí a Rodrigo otra persona p/ docs de exportación, estoy sola con 40 camiones/semana",
                103,
                DONE,
            ),
            Logged(N, "respuesta: sí pero hasta enero 🙄 bueno, algo es", 96),
            Logged(W, "auditoría USDA sin observaciones en mi área!!", 88),
            Logged(
                P,
                "R habla mucho de la planta de Zapotlán. 'necesito gente que no le tenga miedo al caos'",
                80,
            ),
            Logged(
                G, "le armé el tablero de rechazos x huerta en excel, lo presentó al consejo", 74
            ),
            Logged(
                N, "sofi quiere XV años 'normales'. ya coticé salón: 85 mil 😵 no sé de dónde", 70
            ),
            Logged(
                A,
                "le pregunté directo si me consideraría p/ gerente en Zapotlán. dijo 'platícalo conmigo en dic'",
                62,
            ),
            Logged(
                N,
                "Chuy presentó lo de las etiquetas por lote como idea suya en la junta. ERA MÍA. no dije nada",
                55,
            ),
            Logged(W, "bajamos rechazos de 3.1% a 0.8% en oct 💪", 47),
            Logged(
                N, "mi mamá: el doctor dice que ya hay daño en riñón. cita con nefrólogo 1/dic", 40
            ),
            Logged(
                F,
                "mandarle a Lupita (calidad) los lotes de la huerta de Salvador Escalante p/ muestreo extra",
                33,
            ),
            Logged(
                N,
                "camión de Peribán se retrasó 6h en un retén. el chofer bien asustado. no lo puse en el reporte",
                22,
            ),
            Logged(A, "pedí ir a la visita de Zapotlán 8-9 dic. sin respuesta todavía", 15),
            Logged(
                F,
                "le prometí a R el análisis de rechazos x huerta + propuesta de 'huertas confiables' para el viernes 27",
                12,
            ),
            Logged(
                N,
                "Laredo rechazó 1 camión por barrenador de semilla. 22 pallets. R me habló a las 11pm",
                9,
            ),
            Logged(
                F,
                "confirmar volumen programa Super Bowl con el importador de McAllen antes del 4/12. R quiere verlo antes",
                6,
            ),
            Logged(
                N,
                "me ofrecieron coordinación general en otra empacadora (Tancítaro) +20%. no he contestado",
                4,
            ),
            Logged(
                F,
                "don Beto (agente aduanal Laredo) necesita el certificado fito corregido, mañana a primera hora sin falta",
                2,
            ),
            Logged(AG, "lo de Chuy: ¿lo menciono o me veo ardida?", 2),
            Logged(AG, "si me dan Zapotlán me llevo a mi mamá. ¿se lo digo ya o después?", 1),
            Logged(AG, "la oferta de Tancítaro ¿la uso o no? no quiero que suene a amenaza", 0.5),
        ),
    ),
    Persona(
        "av_trainee_advocate_poznan",
        "Zuza",
        "Aplikantka adwokacka (3rd-year trainee advocate), small litigation law firm, Poznań, Poland",
        "zdać egzamin w marcu + UoP. w tej kolejności albo odwrotnie lol",
        "Tomasz",
        "Partner and her patron (supervising advocate), her direct boss",
        Role.MANAGER,
        weekly(0),
        time(8, 15),
        "Zuza, 27, is in the last year of bar training and sits the bar exam in March; she is paid on a civil contract and asked seven weeks ago for a proper employment contract. The appeal in the Nowicki commercial case is due 2.12 and she promised Tomasz the draft by Friday, the same day a recruiter booked her an in-house interview. Her father had bypass surgery in Piła and she drives there every weekend.",
        logged=(
            Logged(
                P, "TW: 'klient ma usłyszeć od nas zanim zapyta'. obsessed with client updates", 119
            ),
            Logged(
                A, "asked TW czy mogę sama prowadzić rozprawę w Nowicki (substytucja)", 111, DONE
            ),
            Logged(N, "TW said yes!! pierwsza rozprawa sama 3.09 😱", 104),
            Logged(W, "rozprawa Nowicki ok — sędzia dopuściła naszego biegłego 🎉", 84),
            Logged(
                P,
                "TW: nowy system terminów, 'żadnych terminów w zeszycie' — wants everyone on it by end of yr",
                76,
            ),
            Logged(
                G,
                "zrobiłam mu checklistę terminów procesowych dla całej kancelarii (excel z alertami) until system works",
                70,
            ),
            Logged(N, "tata — zawał, szpital w Pile. jadę w weekend", 66),
            Logged(
                N,
                "mec. Krawczyk wrzeszczał na Kasię przy kliencie. nikt nic nie powiedział. ja też nie",
                58,
            ),
            Logged(A, "asked TW o umowę o pracę od stycznia zamiast zlecenia. 'pogadamy'", 49),
            Logged(
                W,
                "z urzędu — warunkowe umorzenie dla chłopaka od roweru. klient się popłakał. ja też trochę",
                41,
            ),
            Logged(
                N,
                "czynsz +300 zł od listopada. opłata za aplikację + książki. zlecenie = zero chorobowego",
                37,
            ),
            Logged(F, "oddać Kasi dyżur (wzięła mój jak byłam w Pile) — ona chce 5.12", 30),
            Logged(N, "tata po operacji (bypassy), ok. mama sama ogarnia, ja co weekend Piła", 24),
            Logged(
                N,
                "recruiter — in-house w firmie logistycznej w Komornikach, UoP + dużo więcej kasy. rozmowa 2.12 ?? 😬",
                19,
            ),
            Logged(F, "pan Nowicki — TW said call him about the wyrok + koszty, not email", 17),
            Logged(
                N,
                "Nowicki: przegraliśmy częściowo (odsetki). uzasadnienie doręczone wczoraj 18.11",
                7,
            ),
            Logged(F, "APELACJA Nowicki termin 2.12. draft do TW by pt 27 — obiecałam", 6),
            Logged(F, "sekretariat IX Wydz. Gosp. — zamówić nagranie z rozprawy, still nothing", 5),
            Logged(F, "kolokwium w ORA 12.12 — zapisy do 30.11!!", 4),
            Logged(N, "spałam 4h. kawa nr 5. fine", 3),
            Logged(AG, "UoP — przypomnieć? minęło 7 tyg", 2),
            Logged(AG, "egzamin w marcu: 2 tyg wolnego w lutym? ask now or w styczniu", 1),
            Logged(
                AG,
                "do I tell him about the in-house interview?? if UoP happens maybe I dont even go",
                1,
            ),
        ),
    ),
    Persona(
        "av_lab_branch_lead_ikeja",
        "Seun",
        "Medical laboratory scientist, branch lead of a private diagnostic lab chain's Ikeja branch, Lagos, Nigeria",
        "regional quality lead by mid 2027. or japa. whichever one comes first 😅",
        "Dr. Eze",
        "Regional Operations Director (Lagos & Ogun), his boss's boss",
        Role.SKIP,
        monthly(1, 3),
        time(16, 0),
        "Seun, 34, leads a 12-person branch and has cut turnaround times sharply; his skip-level cares above all about ISO 15189 and wants Ikeja to be the first accredited branch. The pre-assessment is on the 2nd, the day before their monthly 1:1, while an HbA1c reagent stockout he escalated to his own manager three weeks ago is still unresolved. His wife is due in January and he has quietly filed UK registration papers.",
        logged=(
            Logged(P, "Dr Eze: TAT TAT TAT. 'no routine result should leave after 24h'", 120),
            Logged(
                N, "first skip 1:1 with Dr Eze. she's sharp. asked abt my staff by name 😳", 116
            ),
            Logged(A, "asked for 2nd centrifuge for Ikeja", 110, DONE),
            Logged(N, "she said put it in Q4 capex. ok o", 108),
            Logged(W, "routine TAT down to 19h avg in Aug (from 31h) 🔥", 95),
            Logged(
                G, "sent her my TAT tracker template, she wan roll am out to Surulere & Yaba", 90
            ),
            Logged(P, "ISO 15189 is her baby. 'Ikeja go be the first branch'", 81),
            Logged(N, "Tolu don confirm, baby dey come Jan 🙏🏾 … money matter don double", 75),
            Logged(F, "promised Dr Eze: TAT report by 5th of every month", 64),
            Logged(
                W,
                "caught 2 swapped HbA1c samples b4 release. wrote CAPA. Dr Eze: 'this is exactly what ISO is for'",
                57,
            ),
            Logged(
                N,
                "diesel don reach ₦1,250/L. gen runs 14h/day. branch P&L go look terrible and na not our fault",
                48,
            ),
            Logged(A, "asked Dr Eze again abt centrifuge. she said 'after the audit'", 41),
            Logged(
                N,
                "HbA1c reagent finish. told Mr Adebayo 3 wks ago, he said 'I'm handling am'. we dey send samples to Yaba by dispatch bike 🤦🏾‍♂️",
                33,
            ),
            Logged(F, "Bisi (phlebotomy) leave for her wedding 12/12 — approve + find cover", 29),
            Logged(N, "submitted HCPC + IBMS docs for UK. just in case. nobody knows", 26),
            Logged(
                F,
                "Dr Okafor (GRA clinic) vexed nobody called him on a critical K+. call him back + fix callback log",
                21,
            ),
            Logged(W, "Dr Okafor calm down now. 100% critical calls logged this wk", 18),
            Logged(F, "Alhaji Musa — gen servicing b4 audit!!", 12),
            Logged(P, "Dr Eze memo: ISO pre-assessment for Ikeja on the 2nd", 10),
            Logged(F, "Nov TAT report — due 5th but she go want am at the 1:1 on 3rd", 8),
            Logged(
                N,
                "Adebayo still nothing on reagent. HbA1c IQC can't run = audit finding for sure",
                5,
            ),
            Logged(
                N,
                "mama for Abeokuta get malaria. sent 50k. Tolu vex small, say we dey save for baby",
                3,
            ),
            Logged(AG, "reagent — tell Dr Eze or not? Adebayo go feel I went over his head", 2),
            Logged(
                AG,
                "ask: wetin 'regional quality lead' go look like? is it even in the 2027 budget?",
                1,
            ),
            Logged(AG, "don't mention UK. or…?", 0.5),
        ),
    ),
    Persona(
        "av_new_foreman_edmonton",
        "Gord",
        "Pipefitter, newly made foreman for a mechanical subcontractor on a hospital tower expansion, Edmonton, Alberta, Canada",
        "get thru winter w/o the east tower falling behind",
        "Dave K",
        "General contractor's site superintendent (not his employer), runs the site",
        Role.OTHER,
        weekly(4),
        time(6, 30),
        "Gord, 41, was made foreman of a 14-person pipefitting crew two weeks ago and is using the bot for the first time. The GC's superintendent holds a Friday 6:30 one-on-one with each trade foreman; the med gas pressure test on level 3 has to pass before drywall starts Dec 7, and a cold snap is coming.",
        logged=(
            Logged(
                N,
                "ok trying this. foreman as of 2 wks ago on east tower, 14 guys. Dave K (GC super) does 1 on 1s fridays 630",
                6,
            ),
            Logged(
                P,
                "Dave: lvl 3 med gas pressure test done b4 drywall starts dec 7. non negotiable",
                5,
            ),
            Logged(
                A,
                "asked Dave to get heated hoarding up on lvl 3 early, -28 forecast next wk. he said he'd 'see'",
                4,
            ),
            Logged(
                F,
                "send Dave our revised 3 wk lookahead by thurs + get Amrit the torque specs for the chiller flanges",
                3,
            ),
            Logged(W, "lvl 2 test passed first try 👍 Dave actually said nice", 2),
            Logged(N, "back is cooked. dont want the guys seeing me ice it lol", 2),
            Logged(
                AG,
                "raise the electricians keep taking our rack space? or is that my PMs fight not mine",
                1,
            ),
        ),
        first=True,
    ),
    Persona(
        "av_hydrologist_wagga",
        "Bec",
        "Senior hydrologist, state water department regional office, Wagga Wagga, NSW, Australia",
        None,
        "Anand",
        "Principal hydrologist in the Sydney (Parramatta) office, co-owns the Murrumbidgee river model with her",
        Role.PEER,
        biweekly(2),
        time(14, 0),
        "Bec, 52, has 33 years' service and co-owns the valley's river model with a slightly more senior peer in Sydney whom she meets fortnightly. The 1 Dec allocation statement needs her model run signed off by Friday afternoon, irrigators are angry about general security stuck at 45%, and a voluntary redundancy offer with an 11 Dec deadline sits in her drawer. She hasn't told Anand, who would be left holding the model.",
        logged=(
            Logged(P, "Anand — one model not two. 'no more Wagga version vs Sydney version'", 117),
            Logged(A, "asked A to co-present at the irrigators forum in Griffith", 113, DONE),
            Logged(N, "he's in. good, he's better w the numbers crowd than me", 108),
            Logged(
                W,
                "Griffith forum went ok. nobody threw anything. Col M: 'first time you lot explained it properly'",
                99,
            ),
            Logged(
                G,
                "lent A my old Tumut gauge notes (paper, 1998-2010). ONLY copy. want them back",
                92,
            ),
            Logged(N, "VR offers coming w the restructure. 33 yrs... numbers actually look ok", 85),
            Logged(P, "A keen on external peer review of the model, wants it through by March", 71),
            Logged(
                N,
                "mum had another fall at the home in Albury. drove down after work, 2h each way",
                66,
            ),
            Logged(
                F, "send A the rating curve review for Gundagai gauge — said end Oct, late!!", 60
            ),
            Logged(
                W,
                "Gundagai fixed. flows reading ~12% high since the Aug flood shifted the control. found it w Priya",
                44,
            ),
            Logged(N, "rain finally. paddocks green, Steve happy for once 🐑", 40),
            Logged(
                A,
                "asked A if Sydney can run the Tumut calibration so I can focus on the 1 Dec statement. no reply",
                37,
            ),
            Logged(
                F,
                "Priya — feedback on her gauging report by fri. she's keen, dont leave her hanging",
                30,
            ),
            Logged(
                N,
                "Sydney changed the carryover assumption w/out telling us. again. pretty dirty about it",
                25,
            ),
            Logged(F, "ring Col M back re why GS allocation stuck at 45%", 18),
            Logged(N, "VR paperwork in my drawer. deadline 11 Dec", 12),
            Logged(
                N, "did Tumut calib myself on the wknd. 9 hrs. still nothing from A on the ask", 4
            ),
            Logged(F, "model run + sign off for 1 Dec statement — to exec by fri arvo", 3),
            Logged(N, "gave Priya her feedback finally. 3 wks late 😬", 3),
            Logged(AG, "raise the carryover thing w A? he didnt make the call but he knew", 2),
            Logged(
                AG,
                "tell A about VR or not. if I go he's got the model on his own. feel like I owe him a heads up",
                1,
            ),
            Logged(AG, "get the Tumut notes back lol", 1),
        ),
    ),
)
