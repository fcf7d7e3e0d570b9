# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 51 (set CN)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH91 = (
    Persona(
        "CN_tomasz_electrical_wroclaw",
        "Tomasz",
        "electrical site manager (kierownik robót elektrycznych) at a mid-size installation contractor, office-building project in Wrocław",
        "Za 2-3 lata chcę prowadzić cały kontrakt jako kierownik projektu, nie tylko branżę elektryczną.",
        "Nowak",
        "Grzegorz Nowak, the contractor's director of installations and Tomasz's direct boss, who runs a short site review with him every Monday morning.",
        Role.MANAGER,
        weekly(0),
        time(7, 30),
        "Tomasz, 41, runs the electrical package on a Wrocław office building. Final acceptance with the general contractor is 15 December and the team is short-handed; in early October he asked Nowak for two electricians from the Legnica site, and the answer has shrunk to 'maybe one from 7 Dec'. He promised the as-built documentation by 4 December and is about 60% done. Nowak's overriding concern is avoiding contractual penalties with the general contractor. Tomasz's win: the fire-alarm system passed the fire brigade's acceptance first time. Delicate: he twice saw a subcontractor's foreman, Kuba, working on a live switchboard without lockout; he shouted at him but never reported it to health & safety, and feels exposed. Also a competitor offered him a project-manager job at +25% with a car, answer due mid-December; he doesn't know whether to tell Nowak or use it to ask for a raise.",
        logged=(
            Logged(
                A,
                "poprosilem N. o 2 elektrykow z Legnicy na grudzien, mowi ze 'zobaczymy po naradzie'... czekam",
                52.2,
            ),
            Logged(
                P,
                "Nowak na naradzie: ZERO kar umownych na tym kontrakcie, GW juz straszy pismami. to jest teraz jego nr 1",
                45.3,
            ),
            Logged(W, "SSP odebrane za pierwszym razem!! straz bez uwag 💪", 38.4),
            Logged(
                N,
                "Kuba (podwyk.) znowu robil na rozdzielnicy RG-2 bez blokady, drugi raz. opierdzielilem na miejscu ale nic na pismie... nie wiem czy zglaszac do BHP, jak cos sie stanie to na mnie",
                30.3,
            ),
            Logged(
                G,
                "zrobilem N. zestawienie robot dodatkowych do GW - 14 pozycji, ok 86 tys netto, wyslane",
                27.4,
                DONE,
            ),
            Logged(
                F,
                "dok. powykonawcza do 4.12 - obiecalem Nowakowi. mam moze 60%, pomiary jeszcze nie wszystkie",
                24.2,
            ),
            Logged(
                N,
                "tel z konkurencji - kierownik projektu, +25% i auto sluzbowe. odp do polowy grudnia. mowic N. czy nie?? 🤔",
                16.6,
            ),
            Logged(
                A,
                "znowu pytalem o ludzi z Legnicy -> 'moze jednego od 7.12'. za malo i za pozno",
                10.2,
            ),
            Logged(
                AG,
                "harmonogram na odbior 15.12 - realnie? rozruch wentylacji czeka na nasze zasilanie, nie chce zeby potem bylo na elektrykow",
                3.3,
            ),
            Logged(F, "N. chce do piatku liste usterek z obchodu z inwestorem", 2.4),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CN_tin_nurse_leicester",
        "Tin",
        "Band 5 staff nurse on an acute medical ward, NHS hospital in Leicester",
        "Get my Band 6 this year, tapos ward manager someday 🙏",
        "Ate Joy",
        "Joy Mendoza, a Filipino-born matron in another directorate who mentors Tin through the trust's scheme for internationally educated nurses.",
        Role.MENTOR,
        monthly(1, 2),
        time(16, 0),
        "Maria Cristina 'Tin' Dela Cruz, 34, came from the Philippines five years ago and wants the Band 6 post on her ward, which closes on 11 December. Joy agreed to review her supporting statement if Tin sends it by 30 November; the draft is only about 70% done because of night shifts. Joy's current priority is her retention project for international nurses, which she presents to the board in January; Tin ran a focus group and sent her the notes. Win: IV and cannulation competencies signed off; she supervises two new nurses. Delicate: a near-miss duplicate enoxaparin dose (prescribed twice electronically); she caught it and filed a Datix, but fears it will count against her. Her father in Batangas had a stroke; she may need three weeks' unpaid leave in January, which could clash with a new role, and she hasn't told anyone at work.",
        logged=(
            Logged(
                P,
                "Ate Joy said her big thing now is the retention project for IENs, she needs real stories para sa presentation niya sa board sa Jan",
                58,
            ),
            Logged(
                G,
                "ran the focus group w/ 6 IENs for Ate Joy's project, sent her the notes na 😊",
                47.6,
                DONE,
            ),
            Logged(
                A,
                "asked Ate Joy kung pwede niya i-review yung supporting statement ko for the B6 post — she said yes, just send by 30/11",
                40.4,
            ),
            Logged(
                W,
                "signed off na yung IV & cannulation comps ko!! finally 🙌 + 2 new nurses from the OSCE cohort under me",
                33.5,
            ),
            Logged(
                N,
                "near miss sa bay 3 😰 almost gave 2nd dose of enox, naka-prescribe twice sa EPMA. nahuli ko sa double check. Datix done. kinakabahan ako baka makaapekto sa B6",
                27.3,
            ),
            Logged(
                F,
                "B6 closes 11/12. finish supporting statement + send kay Ate Joy by 30/11!!",
                20.2,
            ),
            Logged(
                N,
                "Tatay had a stroke sa Batangas 😢 stable na daw. baka kailangan ko umuwi Jan, 3 wks unpaid... di ko pa alam, wala pa akong sinasabihan sa ward",
                12.7,
            ),
            Logged(
                AG,
                "ask Ate Joy: ok lang ba i-mention yung near miss sa interview as learning? or wag na",
                6.4,
            ),
            Logged(N, "draft 70% pa lang, 3 nights pa this wk huhu", 3.8),
            Logged(
                AG,
                "paano kung ma-offer yung B6 tapos kailangan ko umuwi sa Jan? sabihin ko ba kay Ate Joy now?",
                1.9,
            ),
        ),
        tz="Europe/London",
    ),
    Persona(
        "CN_valentina_teacher_medellin",
        "Valentina",
        "secondary maths teacher at a public school (institución educativa) in Medellín",
        "Pasar el concurso docente y en unos años ser coordinadora académica, o hacer la maestría en educación matemática.",
        "Rectora Gloria",
        "Gloria Restrepo, the school's principal (rectora), Valentina's boss's boss, who meets her every other Friday after the morning session about her maths projects.",
        Role.SKIP,
        biweekly(4),
        time(12, 30),
        "Valentina, 28, teaches maths. The rectora's top priority is the Saber 11 national exam: the school dropped from category A to B. Valentina ran a mock exam for grade 11 and sent an analysis; she owes a final report with an improvement plan by 4 December. Her win: three students reached the regional final of the maths olympiad. Since October she has asked for a room and COP 3.5 million for an after-school club; the answer has drifted to 'the 2027 budget, in December'. Delicate: her direct boss, the academic coordinator Luz Marina, changed her timetable unannounced and said publicly she 'doesn't plan'; raising this with the rectora could look like going over her head. She is also worried about Sebastián, a 10th-grader absent for weeks, rumoured to be with a local gang; she told the counsellor on 3 November and nothing happened.",
        logged=(
            Logged(
                A,
                "le pedí a la rectora salón + plata pa los kits del semillero (3.5 millones aprox). dijo q lo mira con el FSE 🤞",
                55.2,
            ),
            Logged(
                P,
                "rectora en consejo académico: prioridad #1 es Saber 11, bajamos de A a B 😬",
                49.3,
            ),
            Logged(
                G,
                "hice el simulacro Saber a 11°A y 11°B y le mandé a la rectora el análisis x competencias",
                41.4,
                DONE,
            ),
            Logged(
                N,
                "Luz Marina me cambió el horario de 10° sin avisarme, me enteré x el tablero. y en reunión de área dijo delante de todos q yo 'no planeo' 😤",
                34.3,
            ),
            Logged(
                W,
                "3 pelados clasificaron a la final regional de las olimpiadas!! Mariana, Juan José y Samuel 🥳🥳",
                28.4,
            ),
            Logged(
                N,
                "Sebastián de 10°B ya va casi 3 semanas sin venir, los compas dicen q anda con los del combo. lo reporté a orientación el 3/11 y nada",
                20.3,
            ),
            Logged(
                A,
                "volví a preguntar x lo del semillero -> 'en diciembre miramos presupuesto 2027'. o sea no 🙃",
                13.5,
            ),
            Logged(
                F,
                "informe final del simulacro + plan de mejoramiento pa la rectora antes del 4/12",
                10.2,
            ),
            Logged(
                AG,
                "lo de Sebastián: ¿se lo digo directo a la rectora? orientación no ha hecho nada",
                4.1,
            ),
            Logged(
                AG, "¿menciono lo de Luz Marina? no quiero q parezca q me la estoy saltando...", 1.9
            ),
        ),
        tz="America/Bogota",
    ),
    Persona(
        "CN_wanjiru_ngo_nairobi",
        "Wanjiru",
        "programme manager for a girls' education programme at a Kenyan NGO, Nairobi office",
        "Head of Programmes within 2 yrs, then lead at national level.",
        "Dr Otieno",
        "Dr Peter Otieno, the NGO's deputy executive director, who has put Wanjiru forward to lead the donor renewal and champions her for the future Head of Programmes role.",
        Role.SPONSOR,
        biweekly(1),
        time(8, 30),
        "Wanjiru, 36, manages a girls' education programme. Dr Otieno chose her to lead the renewal proposal to the European donor that funds about 40% of the organisation; it is due 11 December and she owes him the draft logframe and budget narrative by 1 December. He also wants the board to see internal successors. In early October she asked him to introduce her to the donor's programme officer, Katrin; he agreed but hasn't done it. Her win: the midline survey shows girls' attendance up 18%. She prepared his board-retreat slides. Delicate: she found the Q2 report sent under her sign-off double-counted about 1,200 girls in two wards; it must be corrected before the renewal and she wants his view on how to tell the donor. She also has an 11-month UNICEF consultancy offer with much better pay, answer due 7 December, and feels disloyal even considering it.",
        logged=(
            Logged(
                P,
                "Dr O at SMT: the renewal is make-or-break, ~40% of our budget. also wants the board to see 'bench strength' 👀",
                59.6,
            ),
            Logged(
                A,
                "asked Dr O for intro to Katrin (PO in Brussels) before we submit. he said sawa, will do after his trip",
                51.3,
            ),
            Logged(
                W,
                "midline results in!! attendance up 18% in the Kajiado schools vs baseline 🎉",
                42.5,
            ),
            Logged(
                G,
                "did Dr O's talking points + 2 slides for board retreat, he used them as is",
                35.4,
                DONE,
            ),
            Logged(
                N,
                "reconciling data for renewal... Q2 report double counted ~1,200 girls in Loitokitok & Isinya 😞 our report, MY sign-off. must fix before 11/12",
                24.6,
            ),
            Logged(
                F, "owe Dr O draft logframe + budget narrative by 1/12. proposal due 11/12", 23.3
            ),
            Logged(
                N,
                "UNICEF called back - consultancy 11 months, Nairobi, way better pay. want answer by 7/12 🤯",
                11.7,
            ),
            Logged(A, "reminded Dr O about Katrin intro - 'this week'. still nothing", 9.3),
            Logged(
                AG,
                "Q2 numbers - how do we tell the donor? want his view before I write to them",
                3.4,
            ),
            Logged(
                AG,
                "UNICEF - do I even mention it? he's been pushing me for HoP. feels like betrayal ngl",
                1.2,
            ),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CN_ciaran_dairy_cork",
        "Ciarán",
        "dairy farmer, 110 cows on the family farm near Macroom, Co. Cork",
        "Get the farm to 130 cows, properly set up, without killing myself doing it.",
        "Mairéad",
        "Mairéad Kelleher, the farm's Teagasc dairy advisor, who also runs his local discussion group and visits on the first Thursday of the month.",
        Role.OTHER,
        monthly(1, 3),
        time(10, 30),
        "Ciarán, 29, took over running the family dairy farm two years ago. He wants to expand to 130 cows and extend the parlour with a TAMS grant; the application window closes 18 December and needs engineer's plans plus Mairéad's input on the nutrient side. He asked her to work out his stocking rate under the lower nitrates derogation; she has promised it for the next visit. He owes her the profit-monitor figures but his accountant hasn't sent the accounts; her priority is getting every client's profit monitor in before Christmas. Wins: cell count under 150k and a co-op quality bonus; he hosted her discussion-group walk. Delicate: his father opposes the expansion, the farm has no partnership or succession agreement, and they keep rowing. Since his dad's knee injury he does every milking and is exhausted, with calving from late January. He isn't sure it's her place to hear that.",
        logged=(
            Logged(
                A,
                "asked Mairead to run the numbers on stocking rate if we go to 130 cows w derogation at 220. said shed have it for next visit",
                56.1,
            ),
            Logged(
                P,
                "M says her big push is getting all the profit monitors in before xmas, her boss is on at her",
                56,
            ),
            Logged(
                W,
                "SCC 138k this month!! first time under 150, quality bonus from the co-op 👌",
                37.3,
            ),
            Logged(
                F,
                "owe M the profit monitor figures - accountant STILL hasnt sent the accounts ffs",
                30.4,
            ),
            Logged(
                N,
                "another row w dad about the parlour. 'we managed grand for 30 yrs'. mam caught in the middle again",
                25.8,
            ),
            Logged(
                G,
                "hosted the discussion group walk for M, 23 lads turned up, she was delighted",
                21.2,
                DONE,
            ),
            Logged(
                N,
                "wrecked. doing every milking since dads knee and havent slept right in a week. calving starts end of jan 😩",
                13.9,
            ),
            Logged(
                F,
                "TAMS closes 18/12 - need plans from the engineer + M to look at the nutrient side before then",
                9.5,
            ),
            Logged(
                A,
                "texted M about the stocking rate numbers - 'on it, will bring them Thurs week'",
                6.4,
            ),
            Logged(
                AG,
                "partnership / succession - ask M how to bring it up w dad?? dont want him thinking im pushing him out",
                2.1,
            ),
        ),
        tz="Europe/Dublin",
    ),
    Persona(
        "CN_yui_drugstore_osaka",
        "Yui",
        "store manager (店長) of a drugstore chain branch in Osaka",
        "エリアマネージャーを目指したい。でも家庭とも両立したい。",
        "森田さん",
        "Morita, a veteran manager of the chain's larger Namba store whom the area manager paired with Yui as a peer adviser; they meet every other Wednesday.",
        Role.PEER,
        biweekly(2),
        time(14, 30),
        "Yui Sato, 38, became store manager eight months ago. Her store hit 108% of its October budget, top of the area in cosmetics; Morita adopted her LINE-coupon idea. Morita is preparing for the area-manager selection in the new year and cares about raising average spend across the area. In early October Yui asked him to lend a part-timer for her 15 December stocktake; he now says his own store's stocktake may clash. She promised him point-of-sale display ideas for the year-end campaign by 30 November and hasn't sent them. Delicate: the till was short three times this month, each on the closing shift of Tanaka, a long-serving part-timer from Morita's old store, so naming her is awkward. Yui is also 12 weeks pregnant and hasn't told the area manager; she is unsure whether to ask Morita about timing and whether it will hurt her evaluation.",
        logged=(
            Logged(
                A,
                "森田さんに棚卸(12/15)の応援、パート1人貸してもらえないか相談。「シフト見てみる」とのこと",
                50.3,
            ),
            Logged(
                G,
                "うちのLINEクーポンのやり方を森田さんに共有。難波店でも来月からやるって👍",
                43.5,
                DONE,
            ),
            Logged(
                P,
                "森田さん、年明けのエリアMgr選考受けるらしい。今の関心はエリア全体の客単価UP",
                36.3,
            ),
            Logged(W, "10月 予算比108%達成!化粧品はエリア1位🎉", 31.2),
            Logged(
                N,
                "またレジ違算 -3,000円。今月3回目で全部田中さんの締めの日…。田中さん前は森田さんの店にいた人だから言いづらい",
                22.6,
            ),
            Logged(
                F, "年末キャンペーンのPOP案、森田さんに送るって言ったのにまだ😓 11/30までに!", 22.3
            ),
            Logged(
                N,
                "12週。まだエリアMgrに言えてない。評価とか年末の繁忙期考えると言い出しにくい…",
                12.8,
            ),
            Logged(A, "棚卸の応援、再確認→「12/15は難波も棚卸と被るかも」微妙…", 8.3),
            Logged(AG, "違算の件どう相談するか。田中さんの名前出す?", 3.6),
            Logged(AG, "妊娠のこと、先に森田さんに相談してもいいかな。言うタイミングとか", 1.1),
        ),
        tz="Asia/Tokyo",
    ),
)
