# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 47 (set CF)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH83 = (
    Persona(
        "CF_lucia_souschef_valencia",
        "Lucía",
        "sous-chef in the kitchen of a 200-room hotel in Valencia",
        "quiero ser jefa de cocina del restaurante de la terraza cuando abra en primavera",
        "Ramón",
        "Ramón Llopis, the hotel's executive chef and her direct boss for the last four years.",
        Role.MANAGER,
        weekly(1),
        time(16, 0),
        "Lucía is 34 and has been sous-chef under Ramón for four years; they meet on Tuesdays in the gap between lunch and dinner service. "
        "The hotel is opening a rooftop terrace restaurant in spring and she wants to run that kitchen, but has never said so to Ramón in plain words. "
        "She asked him about a pastry course in February at the Basque Culinary Center and for a technician for the broken combi oven, and is still waiting on both. "
        "Ramón's priority is getting food cost under 29% before year end, and the Christmas menus are coming. "
        "The delicate part: Dani, a line cook who is Ramón's nephew, keeps arriving late and the others are noticing, and she doesn't know how to bring it up with his uncle.",
        logged=(
            Logged(W, "cena empresa 140 pax y ni una devolucion a cocina", 44),
            Logged(
                A,
                "pedi a Ramón el curso de pasteleria en el Basque Culinary (feb) - dice q lo mira con RRHH",
                38,
            ),
            Logged(P, "R: food cost <29% antes de fin de año, lo repite cada martes", 30),
            Logged(
                G,
                "cubri el turno de Marta el domingo para q R pudiera ir a la boda de su prima",
                25,
                DONE,
            ),
            Logged(A, "horno combi roto OTRA VEZ, pedi tecnico. nada aun 🙄", 20),
            Logged(F, "cambio de turno 8 dic (puente) - confirmar con R", 15),
            Logged(
                G,
                "fichas tecnicas menu navidad hechas, todas con alergenos, mandadas a R",
                12,
                DONE,
            ),
            Logged(W, "inspeccion sanidad: 0 incidencias!!! 🎉", 9),
            Logged(
                N,
                "Dani llego tarde otra vez, tercera este mes. sobrino de R... no se como sacarlo",
                6,
            ),
            Logged(N, "proveedor pescado sube 8% en enero, avisar a R (afecta al food cost)", 5),
            Logged(F, "mandar a R borrador carta terraza (esta en el drive) antes del viernes", 3),
            Logged(AG, "terraza: quiero ser jefa de cocina ahi. decirselo CLARO esta vez", 2),
            Logged(AG, "lo de Dani ?? pensar como", 1),
        ),
        tz="Europe/Madrid",
    ),
    Persona(
        "CF_wiremu_dairy_waikato",
        "Wiremu",
        "2IC (second-in-command) on a 412-cow dairy farm near Matamata, Waikato",
        "get a 50/50 sharemilking job by next season",
        "Bev",
        "Bev Hollis, a retired sharemilker who mentors him through a young farmers' programme.",
        Role.MENTOR,
        monthly(1, 0),
        time(19, 30),
        "Wiremu is 27 and has been 2IC for Hamish on the same farm for three seasons; he talks to Bev by phone on the first Monday of each month after milking. "
        "He wants to go 50/50 sharemilking and has an interview for a job near Tirau on 9 December. "
        "He sent Bev his budget to check and asked whether she knows anyone in rural banking for a herd loan, and hasn't heard back on either. "
        "Hamish wants an answer by 15 December on whether he's staying another season. "
        "The delicate part: he'd like Bev as a referee, but Bev and Hamish are old friends and he hasn't told Hamish he's looking.",
        logged=(
            Logged(N, "calving done. 412 cows, lost 6 calves, not bad for how wet spring was", 50),
            Logged(P, "Bev on about pasture covers again - 'know ur numbers boy' lol", 40),
            Logged(A, "asked Bev to look over my budget for 50/50 - sent her the spreadsheet", 33),
            Logged(G, "took Bev's dog trailer back, fixed the hitch while I had it", 27, DONE),
            Logged(W, "passed staff mgmt course at Wintec", 22),
            Logged(A, "asked if she knows anyone at the bank (ANZ rural?) re herd loan", 19),
            Logged(
                N,
                "Hamish asked if im signing on for next season. told him I'd let him know by 15 Dec",
                10,
            ),
            Logged(F, "ring accountant re tax on the stock sale", 8),
            Logged(
                N,
                "Bev n Hamish go way back. if I ask her for a ref does it get back to him before I tell him?? 😬",
                6,
            ),
            Logged(W, "mating started 1 Nov, submission 91% first 3 wks 💪", 4),
            Logged(F, "Tirau interview 9 Dec - print herd records + my CV", 3),
            Logged(AG, "referee for Tirau job - can she? and how do I handle Hamish", 2),
            Logged(AG, "budget - is $400k equity enough for 350 cows or am I dreaming", 1),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "CF_agnieszka_nurse_krakow",
        "Agnieszka",
        "registered nurse on an internal medicine ward at a public hospital in Kraków",
        "dostac dofinansowanie na specjalizacje z pielegniarstwa paliatywnego",
        "dyr. Zając",
        "Pani Dyrektor Zając, the hospital's director of nursing and her ward head's boss.",
        Role.SKIP,
        monthly(3, 2),
        time(14, 0),
        "Agnieszka is 41 and has worked on the same internal medicine ward for twelve years; the director of nursing holds a monthly open slot that she has started using. "
        "She wants the hospital to fund her palliative care specialisation and give her leave for the weekend sessions; the application is due at the end of November. "
        "She also asked for a second patient hoist for the ward more than three weeks ago and has heard nothing. "
        "The director's priority this year is bringing down pressure ulcer rates, and Agnieszka has been helping with the data. "
        "The delicate part: the ward head keeps giving her far more night shifts than others, and she doesn't want to be seen going over her manager's head.",
        logged=(
            Logged(
                A,
                "pytalam dyr. Z o dofinansowanie specjalizacji (paliatywna) - 'prosze zlozyc wniosek do konca listopada'",
                45,
            ),
            Logged(P, "dyr: odlezyny - wskaznik ma spasc, to jej glowny temat na ten rok", 35),
            Logged(G, "szkolenie z pomp infuzyjnych dla nowych (4 os.) zrobione", 30, DONE),
            Logged(A, "prosilam o drugi podnosnik dla pacjentow, czekam", 24),
            Logged(W, "audyt dokumentacji - nasz oddzial najlepszy w szpitalu 🙂", 16),
            Logged(G, "dane o odlezynach z pazdziernika dla dyr, wyslane mailem", 11, DONE),
            Logged(F, "zapytac o dyzur wigilijny, w zeszlym roku tez ja...", 9),
            Logged(N, "grafik grudzien: znowu 9 nocek. Kasia 3. oddzialowa nic nie mowi", 7),
            Logged(F, "wniosek o specjalizacje - ZLOZYC!! do 30.11", 5),
            Logged(
                N, "nie wiem czy mowic dyr o grafiku... nie chce isc ponad glowa oddzialowej", 4
            ),
            Logged(AG, "specjalizacja - czy szpital pokryje i czy dostane wolne na zjazdy", 2),
            Logged(AG, "podnosnik?? juz miesiac prawie", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CF_kenta_warehouse_osaka",
        "Kenta",
        "night-shift lead at an e-commerce distribution centre in Osaka",
        None,
        "山田さん",
        "Yamada-san, the day-shift lead at the same distribution centre; they meet every other Friday at shift change.",
        Role.PEER,
        biweekly(4),
        time(6, 45),
        "Kenta is 38 and has led the night shift for two years; Yamada-san leads the day shift and they do a proper sit-down handover every other Friday morning. "
        "The day shift keeps handing over forklifts that haven't been charged, which costs his team time at the start of the night, and he wants to add a charging check to the handover sheet. "
        "He asked Yamada-san to swap the 30 December shift and is still waiting for an answer; Yamada-san also promised to push facilities about the dock 3 shutter. "
        "Yamada-san's priority is getting enough temporary staff for the peak season. "
        "The delicate part: at the centre meeting Yamada-san presented Kenta's picking-route change as if it were his own idea, and Kenta can't decide whether to say anything.",
        logged=(
            Logged(G, "Yamada-san のとこの荷受け遅れた日、うちで2時間残ってカバー", 40, DONE),
            Logged(P, "山田さん: 繁忙期の応援要員確保が最優先らしい", 33),
            Logged(G, "山田さんチームの新人2人にハンディ端末の使い方教えた", 26, DONE),
            Logged(A, "年末シフト、12/30 交代してもらえないか聞いた -> 考えとく、とのこと", 21),
            Logged(A, "ドック3のシャッター修理、山田さんから施設課に言ってもらう約束", 17),
            Logged(N, "フォークリフト充電してないまま引き継ぎ、今月3回目", 12),
            Logged(
                N,
                "センター会議でピッキング動線の改善、山田さんが自分の案みたいに発表してた... え?",
                9,
            ),
            Logged(N, "言うべき? やめとく? 関係悪くしたくない", 8),
            Logged(F, "充電チェック欄を引き継ぎシートに追加する案、作る", 6),
            Logged(W, "夜勤 出荷ミス0件 2週連続 🎉", 5),
            Logged(AG, "フォークの充電 - 引き継ぎシート案見せる", 1),
            Logged(AG, "12/30 シフトの件 返事もらう", 1),
            Logged(AG, "シャッターどうなった", 0.3),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CF_adaeze_engineer_lagos",
        "Adaeze",
        "senior structural engineer at an engineering consultancy in Lagos",
        "make Associate in the March 2027 promotion round",
        "Mr A",
        "Engr. Tunde Adebayo, a partner at the firm (not her line manager) who has taken it on himself to champion her for promotion.",
        Role.SPONSOR,
        monthly(2, 3),
        time(17, 30),
        "Adaeze is 32, a senior structural engineer with eight years at the firm; Mr Adebayo is a partner in another team who meets her monthly and has said he'll back her for Associate. "
        "She asked him to put her forward in the March round and to get her named lead engineer on the Eko Atlantic tower job, and is waiting to hear whether he has spoken to Bisi, the project director. "
        "She has been doing things he cares about, like reviewing his hospital slab calculations and helping with the firm's move to Eurocodes, which is his priority for Q1. "
        "A recruiter from a competitor keeps calling. "
        "The delicate part: she is 14 weeks pregnant, due in early June, just after the March panel, and doesn't know when or how to tell her sponsor.",
        logged=(
            Logged(
                A,
                "asked Mr A to put me forward for Associate in March round. he said 'let's build the case'",
                55,
            ),
            Logged(W, "passed IStructE CM mock paper (68%)", 40),
            Logged(P, "Mr A: Eurocode transition done by Q1 - training, templates, the lot", 37),
            Logged(
                A,
                "asked him to push for me as lead on Eko Atlantic tower - still waiting to hear if he spoke to Bisi",
                29,
            ),
            Logged(G, "did the EC2 changes lunch & learn (his idea), ~25 ppl came", 24, DONE),
            Logged(F, "COREN renewal - pay before 31 Dec", 20),
            Logged(
                G,
                "reviewed his slab calcs for Ikoyi hospital ext over the wknd, flagged 2 punching shear issues",
                18,
                DONE,
            ),
            Logged(W, "client signed off Lekki footbridge design, zero comments 🙌🏾", 13),
            Logged(N, "recruiter called again. not really interested but... leverage?", 10),
            Logged(F, "send Mr A 1-page promo case draft", 4),
            Logged(
                N,
                "14 wks. due ~early June. panel is March. when do I tell him?? does it change anything",
                3,
            ),
            Logged(AG, "Eko Atlantic lead - yes or no?", 1),
            Logged(AG, "promo case - who else is on the panel + what do they care about", 1),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "CF_mateo_muralist_cdmx",
        "Mateo",
        "muralist running a community mural project in Iztapalapa, Mexico City",
        "terminar los murales a tiempo y que me renueven la beca para 2027",
        "Fer",
        "Fernanda Sandoval, programme officer at the arts foundation that funds his community mural grant.",
        Role.OTHER,
        monthly(1, 1),
        time(11, 0),
        "Mateo is 29 and this is his first big foundation grant: two community murals in Iztapalapa with workshops for local kids, with Fernanda as his programme officer checking in monthly. "
        "The first wall is finished, but the building administration on Ermita withdrew permission for the second wall without explanation. "
        "He asked Fer for a one-month extension on the interim report and for an official letter from the foundation to the building, and is waiting on both; the report is due 4 December. "
        "Fer's focus is measurable community impact, and he wants to know when the 2027 renewal opens. "
        "The delicate part: he paid his two assistants about 8,000 pesos out of the materials budget without asking first, and isn't sure whether or how to tell her.",
        logged=(
            Logged(
                P,
                "Fer: quiere 'impacto comunitario medible' - encuestas, asistencia, fotos antes/despues",
                40,
            ),
            Logged(
                A,
                "le pedi a Fer prorroga de 1 mes p/ el informe parcial, dice q lo consulta con comite",
                36,
            ),
            Logged(
                N, "la admin del edificio de Ermita ya no quiere el 2o muro 😤 ni explicacion", 28
            ),
            Logged(A, "pedi carta de la fundacion p/ el edificio, a ver si asi", 26),
            Logged(W, "muro 1 terminado (lado oriente) 🎨", 21),
            Logged(G, "le mande a Fer fotos en alta + video del proceso para sus redes", 19, DONE),
            Logged(W, "taller con niños de la secu 47, vinieron 35!! 🙌", 14),
            Logged(
                N,
                "pague a Toño y Lupe con lo de materiales (8 mil)... no lo pregunte antes. se lo digo??",
                10,
            ),
            Logged(F, "informe parcial - entregar 4 dic (si no hay prorroga)", 6),
            Logged(F, "cotizar vinilica exterior Comex vs Sayer p/ muro 2", 3),
            Logged(AG, "2o muro: plan B? la barda del mercado de la colonia", 2),
            Logged(AG, "carta de la fundacion - ya??", 1),
            Logged(AG, "renovacion 2027: cuando abre convocatoria", 0.4),
        ),
        tz="America/Mexico_City",
    ),
)
