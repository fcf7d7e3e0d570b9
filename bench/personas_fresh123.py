# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DV), rated in round 66 before and after the delicate-matter reading (`bench/reviews/round66_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH123 = (
    Persona(
        "DV_darren_electrician_sheffield",
        "Darren",
        "Maintenance electrician, NHS hospital estates team",
        "Get my Authorised Person (LV) ticket and step up to estates supervisor in the next 18 months. Not be stuck on nights till I retire.",
        "Gill",
        "Head of Estates & Facilities (Gill Okafor), my manager's manager",
        Role.SKIP,
        monthly(1, 3),
        time(10, 0),
        "Darren Hollis, 52, has been a maintenance electrician on the estates team of a large Sheffield teaching hospital for 14 years; his line manager is "
        "estates supervisor Steve Barraclough, and since Gill Okafor became Head of Estates on 24 Aug he has a monthly skip-level with her on the first "
        "Thursday, so the next one is Thursday 3 December 2026 at 10:00. Delicate matter: contractors from Voltek, on the Block C refurb until 18 Dec, have "
        "twice worked on a live distribution board with no lock-off; Darren reported it to Steve on 2 Nov and chased on 16 Nov, got 'it's in hand', saw it "
        "again, and Steve is now off sick, so he feels stuck between a real safety risk and going over his own manager's head. Open threads: his written "
        "business case for the AP (LV) course (about £1.9k, sent 8 Oct) goes to the training panel on 10 Dec; his move to the days rota from 4 Jan was "
        "agreed in November. Wins: power back to theatre 4 in 38 minutes during the 31 Oct storm, and three years of emergency lighting test records "
        "scanned and linked in the CAFM system by 13 Nov, which Gill praised. Gill's priorities: CQC-ready by the inspection expected w/c 11 Jan, CAFM "
        "backlog under 200 jobs, contractors properly controlled. He needs a clear word on the AP course before the panel and a way to raise the lock-off "
        "issue that gets it fixed without dropping Steve in it.",
        logged=(
            Logged(
                N,
                "new head of estates started today, Gill Okafor, came from Leeds. walked the plant rooms with us on day 1 which is more than the last one did in 3 yrs 👍",
                94,
            ),
            Logged(
                P,
                "1st skip level w Gill. her big 3 = CQC ready for Jan, CAFM backlog under 200, contractors properly controlled. said her door's open",
                84,
            ),
            Logged(
                A,
                "asked Gill re AP LV course (£1.9k, 5 days Doncaster) → 'put it in writing with a business case and I'll take it to the training panel'",
                56,
            ),
            Logged(
                G,
                "sent Gill the AP case by email, cc Steve. 1 page + my quals + the night cover gap we've got",
                49,
            ),
            Logged(
                G,
                "offered to sort the emerg lighting test records before CQC, 3 yrs of paper logs in a box in the workshop 🙄 Gill said yes pls",
                40,
            ),
            Logged(
                W,
                "storm last night, theatre 4 lost supply, had it back via generator changeover in 38 min. theatre mgr emailed Gill 💪",
                25,
            ),
            Logged(
                N,
                "Block C refurb, Voltek lads working on DB-C3 with no lock off, just a sign hung on it. told them to stop. 2nd time in 2 wks",
                24,
            ),
            Logged(
                F,
                "told Steve about Voltek, he said leave it with me. chase if nothing by end of wk",
                24,
            ),
            Logged(
                P,
                "Nov skip 1:1: Gill says CQC now likely w/c 11 Jan. wants every estates record 'findable in 2 mins'. training panel 10 Dec, she'll put my AP case in",
                21,
            ),
            Logged(
                A,
                "asked if I can come off permanent nights from Jan → yes, days rota from 4 Jan ✅",
                21,
                DONE,
            ),
            Logged(
                W,
                "emerg lighting records DONE. 3 yrs scanned, on the shared drive + linked in CAFM, 412 fittings. Gill: 'this is exactly what I meant' 😀",
                13,
            ),
            Logged(
                F,
                "chased Steve on Voltek again. 'its in hand'. it isnt, saw them at it Fri on DB-C5",
                10,
            ),
            Logged(
                N,
                "Steve off sick till further notice apparently. Voltek on site till 18 Dec. nobody else knows about the lock off thing",
                6,
            ),
            Logged(
                F, "ask Gill if she needs anything else for the AP case before the 10 Dec panel", 3
            ),
            Logged(
                AG,
                "Thurs w Gill: AP course panel 10th - anything else needed? the Voltek lock off - how do I raise it w/o dropping Steve in it? thank her for days rota",
                1,
            ),
        ),
        tz="Europe/London",
    ),
    Persona(
        "DV_nomsa_retail_pietermaritzburg",
        "Nomsa",
        "Assistant store manager, supermarket",
        "Run my own store by 2027, then area manager. I want to be the first black woman area manager in the Midlands region.",
        "Ravi",
        "Regional Operations Manager KZN Midlands (Ravi Naidoo), my sponsor for the Store Manager Accelerate programme",
        Role.SPONSOR,
        biweekly(4),
        time(11, 0),
        "Nomsa Dlamini, 31, is assistant store manager at a supermarket in Pietermaritzburg, under store manager Mrs Pillay; Ravi Naidoo, the regional "
        "operations manager, is not her line manager but sponsors her and nominated her in October for the company's Store Manager Accelerate programme. "
        "They meet every second Friday, so the next 1:1 is Friday 27 November 2026 at 11:00, which is Black Friday, when Ravi will be visiting the store. "
        "The relationship is lopsided: she has asked a lot (nomination, essay feedback, referee for the panel, a shadowing week still pending, acting store "
        "manager in January answered 'we'll see') and given back mostly the Black Friday staffing plan she owed him. Delicate matter: on 21 Nov a competitor "
        "offered her a store manager post in Howick (R38k plus car allowance, start 1 Feb) and wants an answer by 4 Dec, before the programme panel "
        "interview on Tue 8 Dec and the intake announcement on 15 Dec; she has told nobody and feels it would betray Ravi. Wins: October shrinkage 1.38%, "
        "first time under 1.5% this year, and her team member Thabo passed his supervisor assessment after three months of her coaching. Ravi's priorities: "
        "shrinkage under 1.5%, no stock-outs on Black Friday promo lines, staff turnover in the Midlands stores. She needs to know honestly where she stands "
        "for the programme and acting role, and to decide whether and how to mention the Howick offer.",
        logged=(
            Logged(
                P,
                "1:1 w Ravi. his focus till Jan = shrinkage under 1.5%, Black Friday no stock outs on promo lines, staff turnover in Midlands stores",
                41,
            ),
            Logged(
                A,
                "asked Ravi to nominate me for Store Manager Accelerate → yes he put my name in ✅🙏",
                41,
                DONE,
            ),
            Logged(
                A,
                "whatsapp'd Ravi: can I shadow Thandi at Scottsville store for a week? → 'let me check with her area mgr'",
                34,
            ),
            Logged(
                A,
                "asked Ravi for feedback on my programme essay → sent back w comments same night. eish lots of red 😅",
                27,
                DONE,
            ),
            Logged(
                W,
                "Oct shrinkage 1.38% !! first time under 1.5 this yr. the cold room count thing worked",
                20,
            ),
            Logged(
                A,
                "asked Ravi to be my referee for the panel interview → yes. panel Tue 8 Dec in Durban",
                13,
                DONE,
            ),
            Logged(
                A,
                "asked about acting SM when Mrs Pillay goes on leave in Jan → 'we'll see, depends on the shortlist'",
                13,
            ),
            Logged(F, "send Ravi BF staffing plan by Fri 20th", 13, DONE),
            Logged(G, "sent Ravi BF staffing plan + promo stock cover per line ✔️", 7),
            Logged(
                N,
                "FreshCo HR called 😳 store mgr post in Howick, R38k + car allowance, start 1 Feb. want answer by 4 Dec",
                5,
            ),
            Logged(
                N,
                "haven't told anyone about Howick. not even mom. Ravi put his name on me for the programme, feels like betrayal even to go for coffee with them sho",
                4,
            ),
            Logged(
                N,
                "offer came in writing today. still 4 Dec deadline. intake for the programme only announced 15 Dec 😩",
                3,
            ),
            Logged(
                W,
                "Thabo passed his supervisor assessment!! coached him 3 months, first one from my team to get promoted 🙌",
                2,
            ),
            Logged(
                F,
                "BF Fri: 6am start, extra tills 7-9, security brief 5:45. Ravi coming to store at 11",
                1,
            ),
            Logged(
                AG,
                "Fri w Ravi: thank him for essay + referee, ask straight where I stand for the shortlist + acting SM Jan, Scottsville shadowing? Howick - tell him or not 🤔",
                0.5,
            ),
        ),
        tz="Africa/Johannesburg",
    ),
    Persona(
        "DV_svenja_schichtleiterin_heilbronn",
        "Svenja",
        "Schichtleiterin Spritzguss bei einem Automobilzulieferer",
        "Industriemeisterin Kunststoff (IHK) machen und in drei Jahren die Fertigungsleitung für eine Halle übernehmen.",
        "Herr Brandl",
        "Produktionsleiter (Dieter Brandl), mein direkter Vorgesetzter",
        Role.MANAGER,
        weekly(0),
        time(14, 30),
        "Svenja Krämer, 36, is a shift leader in the injection-moulding hall of an automotive supplier near Heilbronn, working rotating shifts including "
        "nights; her boss is production manager Dieter Brandl, with whom she has a 1:1 every Monday at 14:30 between shifts, the next on Monday 30 November "
        "2026. Delicate matter: she is pregnant (positive test 5 Nov, about week 9) and wanted to wait until after week 12, but her gynaecologist told her "
        "that once she informs the employer she may no longer work nights and a risk assessment (granulate, dryers) is required, while the January shift "
        "plan has her on nights for two weeks and must go to the works council by 4 Dec. Open threads: the IHK master-craftsman course (starts Sat 9 Jan "
        "2027, offer emailed on 21 Oct) waits on the 2027 budget decision 'by mid-December', while the funding application is due 15 Dec; the 8D report on "
        "the customer complaint about flash on clip 4471 is due 27 Nov; IATF audit on 8-9 Dec. Wins: scrap on machine 7 down from 4.1% to 2.3%, a 5S walk "
        "with zero findings; she covered a Saturday late shift for colleague Kaya. Brandl's priorities: audit without major non-conformities, all 8Ds "
        "closed, scrap down, documented 5S walks every shift, sick leave on the late shift. She needs a yes or a date for the course and must decide whether "
        "and how to raise the pregnancy now so the January plan works.",
        logged=(
            Logged(
                P,
                "Brandl: bis Audit (8./9.12.) alles auf Stand, alle 8D zu, Ausschuss M7 runter. Prio 1",
                38,
            ),
            Logged(
                A,
                "Meisterkurs IHK angesprochen → 'schicken Sie mir das Angebot, dann reden wir'",
                38,
            ),
            Logged(
                G,
                "Angebot IHK Heilbronn + Infos Aufstiegs-BAföG an Brandl gemailt. Start 9.1., Sa + 2 Abende/Wo, 2 Jahre",
                36,
            ),
            Logged(
                W,
                "Ausschuss M7 von 4,1 auf 2,3 % 🎉 Werkzeugtemp + Trocknerzeit warens. Brandl hats im SL-Meeting erwähnt",
                24,
            ),
            Logged(N, "Test positiv 🤰😳 niemandem sagen bis nach der 12. Woche", 21),
            Logged(
                A,
                "gefragt ob Azubi Leon in meiner Schicht bleiben kann → ja bis Sommer ✅",
                17,
                DONE,
            ),
            Logged(F, "8D Kundenrekla Gratbildung Clip 4471 bis 27.11. fertig!!", 17),
            Logged(
                P,
                "Brandl: ab sofort jede Schicht 5S-Rundgang dokumentiert. Und Krankenstand Spätschicht 'mal ansprechen'",
                10,
            ),
            Logged(
                A,
                "Meisterkurs nachgehakt → 'Budget 2027 noch nicht durch, Entscheidung bis Mitte Dez' 😕 Förderantrag muss aber bis 15.12. raus",
                10,
            ),
            Logged(
                N,
                "FÄ: sobald ich's dem AG sag keine Nachtschicht mehr (MuSchG), Gefährdungsbeurteilung Granulat/Trockner nötig. Schichtplan Jan hat mich 2 Wo Nacht drin 🙈",
                8,
            ),
            Logged(
                G, "Sa für Kaya eingesprungen (Spätschicht), Werkzeugwechsel M3 + M9 gemacht", 5
            ),
            Logged(W, "5S-Rundgang Frühschicht 0 Abweichungen, Fotodoku im Ordner + SharePoint", 3),
            Logged(
                F, "Schichtplan Jan bis 4.12. an BR → Nächte irgendwie tauschen?? mit Kaya reden", 3
            ),
            Logged(N, "8D fast fertig, fehlt nur noch Wirksamkeitsprüfung von QS", 2),
            Logged(
                AG,
                "Mo: Meisterkurs Entscheidung vor 15.12.? 8D Clip Status. Rollen im Audit. Schwangerschaft jetzt sagen oder nach Audit?? Nachtschichten Jan",
                1,
            ),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "DV_lupita_agronoma_zapotlan",
        "Lupita",
        "Ingeniera agrónoma, encargada de inocuidad en una agroexportadora de berries",
        "Llegar a gerente de inocuidad y certificaciones en una agroexportadora, y algún día tener mi propio despacho para asesorar a pequeños productores.",
        "Ing. Anaya",
        "Ingeniero agrónomo jubilado (Roberto Anaya), mi mentor en el programa de mentoría de la asociación de productores",
        Role.MENTOR,
        monthly(2, 2),
        time(18, 0),
        "Guadalupe 'Lupita' Cárdenas, 27, is an agronomist in charge of food safety records at a raspberry and blueberry export farm near Zapotlán el Grande, "
        "Jalisco; her boss is the farm manager Óscar. Since October she has had a monthly video call with Ing. Roberto Anaya, a retired agronomist, through "
        "the growers' association mentoring programme, on the second Wednesday at 18:00; the next is Wednesday 9 December 2026, and she only started using "
        "the bot on 10 Nov, so her log is short. Delicate matter: on 22 Nov the field supervisor Efraín, who is Óscar's compadre, asked her to change the date "
        "of a fungicide application on block 3 in the logbook so the pre-harvest interval fits the harvest planned for Friday 27 Nov, ahead of the PrimusGFS "
        "audit on 14 Dec; she has not done it, he is pressing, and she does not know whom to tell. That decision can't wait until 9 Dec. Open threads: Ing. "
        "Anaya agreed to write a recommendation letter for the food-safety diploma scholarship at UdeG (call closes 11 Dec), and she still owes him her "
        "statement of purpose; he introduced her to Ing. Sandoval in certifications at a large exporter. She gave him thrips counts and photos for his talk "
        "in Zamora; her win was a 100% internal mock audit on irrigation and fertilisation records. His priorities for her: write up her thrips management "
        "case for the growers' forum in February, and work on her English. She needs guidance on the logbook issue (confidential) and to get the letter in on time.",
        logged=(
            Logged(
                N,
                "primera vez usando esto 🙂 mentoría con el Ing. Anaya (programa de la asociación), nos vemos el 2do miércoles de cada mes",
                16,
            ),
            Logged(
                P,
                "Ing. Anaya: quiere q arme mi caso del manejo de trips en frambuesa p/ presentarlo en el foro de productores de feb. y q le eche ganas al inglés 🙄",
                15,
            ),
            Logged(
                A,
                "le pedí q me presente con alguien de certificaciones en una empresa grande → me pasó el contacto de la Ing. Sandoval ✅",
                15,
                DONE,
            ),
            Logged(
                A,
                "le pregunté si me escribe carta de recomendación p/ la beca del diplomado en inocuidad UdeG → 'sí, mándame lo q necesitas'",
                15,
            ),
            Logged(
                F,
                "mandarle al ing mi CV + carta de motivos p/ la recomendación, cierra la convocatoria el 11 dic",
                14,
            ),
            Logged(
                G,
                "le mandé fotos y conteos de trips de los 4 bloques p/ su plática en Zamora, le gustaron mucho",
                12,
            ),
            Logged(
                W,
                "auditoría interna simulada: bitácoras de riego y fertilización al 100%. Óscar me felicitó enfrente de todos 😊",
                9,
            ),
            Logged(
                N,
                "Efraín (sup. de campo) me pidió q le cambie la fecha a la aplicación de fungicida del bloque 3 en la bitácora, pa q cuadre el intervalo de seguridad con el corte del viernes 😶",
                4,
            ),
            Logged(N, "no lo hice. le dije q lo checo el lunes. auditoría Primus es el 14 dic", 4),
            Logged(N, "Efraín es compadre de Óscar. no sé con quién hablar de esto, neta 😣", 3),
            Logged(
                F, "CV listo, falta la carta de motivos → mandársela al ing antes del viernes 4", 2
            ),
            Logged(
                N,
                "Efraín otra vez: '¿ya quedó lo de la bitácora?' le dije q no he tenido chance 😬 el corte sigue pa el viernes",
                1.5,
            ),
            Logged(
                AG,
                "p/ el 9: cómo manejo lo de la bitácora (confidencial!!), carta de recomendación antes del 11, avance del caso trips p/ el foro",
                1,
            ),
        ),
        tz="America/Mexico_City",
    ),
    Persona(
        "DV_agnieszka_pielegniarka_tarnow",
        "Agnieszka",
        "Pielęgniarka odcinkowa, oddział chorób wewnętrznych",
        "Zostać pielęgniarką oddziałową na internie, a potem zrobić magisterkę z zarządzania w ochronie zdrowia.",
        "Marta",
        "Druga pielęgniarka odcinkowa na tym samym oddziale (Marta Zielińska), koleżanka z tego samego poziomu",
        Role.PEER,
        biweekly(1),
        time(13, 30),
        "Agnieszka Wójcik, 44, is a shift-lead nurse (pielęgniarka odcinkowa) on the internal medicine ward of a district hospital in Tarnów; Marta "
        "Zielińska is the other shift-lead nurse on the same ward, and every other Tuesday at 13:30 they have a 'coffee' to agree the rota, the training of "
        "the new trainee nurses and procedures; the next is Tuesday 8 December 2026. The relationship is lopsided: Agnieszka covered Marta's night shift "
        "18/19 Oct, did the whole November rota alone, reworked the Braden scale form and agreed to work Christmas Eve so Marta can be off, while her asks "
        "(take over catheterisation training for the trainees, help with the December rota) got 'when I find time' and 'I can't'. Delicate matter: the head "
        "nurse, Mrs Halina, retires on 1 January; the competition was announced on 2 Nov (applications by 4 Dec, interviews 15 Dec); Agnieszka is applying "
        "and has heard through gossip that Marta is too, and neither has told the other. Deadlines: December rota to Mrs Halina by 1 Dec, CMJ accreditation "
        "audit 19-21 January. Wins: trainee Ola placed a difficult IV line on her own, and Agnieszka completed her qualification course in internal-medicine "
        "nursing (20 Nov). Marta's priorities: Christmas Eve off (her son), the new Braden scale in the records before CMJ, trainees never alone on nights. "
        "Agnieszka needs an honest conversation about the competition without damaging their work together, and a fairer split of the work.",
        logged=(
            Logged(N, "p. Halina oficjalnie: emerytura od 1 stycznia 😮 kto po niej??", 45),
            Logged(
                P,
                "kawa z Martą: jej prio = wolna Wigilia (syn), nowa skala Bradena w dokumentacji przed CMJ, stażystki nie same na nockach",
                44,
            ),
            Logged(G, "wzięłam za Martę nockę 18/19.10, mały chory", 38),
            Logged(G, "zrobiłam cały grafik na listopad sama bo M. nie zdążyła", 31),
            Logged(
                A,
                "poprosiłam Martę żeby przejęła szkolenie stażystek z cewnikowania → 'jak znajdę czas' 🙄",
                30,
            ),
            Logged(
                N,
                "konkurs na oddziałową ogłoszony! wnioski do 4.12, rozmowy 15.12. dziś też przyszły 2 stażystki",
                24,
            ),
            Logged(
                G,
                "przerobiłam formularz Bradena na nową wersję, wysłałam Marcie do sprawdzenia",
                17,
            ),
            Logged(
                A,
                "kawa z M.: czy zamienimy się święta → tak, ja pracuję Wigilię, ona Sylwestra 🎄",
                16,
                DONE,
            ),
            Logged(
                W,
                "stażystka Ola sama założyła wkłucie u trudnego pacjenta na sali 5, moja szkoła 😊",
                12,
            ),
            Logged(
                N,
                "Gosia z zabiegowego mówi że Marta pytała p. Halinę o 'papiery do konkursu'. czyli też startuje 😬",
                9,
            ),
            Logged(
                W,
                "kurs kwalifikacyjny z internistycznego zaliczony, zaświadczenie jest ✅ do wniosku",
                6,
            ),
            Logged(
                A,
                "kawa z M. 24.11: prosiłam o pomoc przy grafiku grudniowym → 'nie dam rady, mam audyt leków'",
                2,
            ),
            Logged(N, "nie powiedziałam jej że składam. ona mi też nie. dziwnie 😐", 2),
            Logged(
                F,
                "grafik grudzień do p. Haliny do 1.12!! + wniosek konkursowy do 4.12 (mam wszystko, tylko CV poprawić)",
                2,
            ),
            Logged(
                AG,
                "8.12 z Martą: powiedzieć o konkursie?? szkolenie stażystek – niech weźmie cewnikowanie, Braden przed CMJ, podział grafiku na styczeń",
                1,
            ),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "DV_roman_sushef_kazan",
        "Роман",
        "Су-шеф ресторана при гостинице",
        "Через 2 года стать шеф-поваром: своя кухня, своё меню. Может в Казани, может в Москве.",
        "Андрей Викторович",
        "Шеф-повар ресторана (Андрей Викторович Соколов), мой непосредственный руководитель",
        Role.MANAGER,
        weekly(2),
        time(15, 0),
        "Roman Akhmetov, 29, is sous-chef of the restaurant in a business hotel in Kazan; his boss is executive chef Andrey Viktorovich Sokolov, with whom "
        "he has a weekly 1:1 on Wednesdays at 15:00 between lunch and dinner service, the next on Wednesday 2 December 2026. Delicate matter: his father had "
        "a stroke in Orenburg on 14 Nov; his mother is alone and asks him to come before 10 Dec for the first two weeks of rehab. He told only the chef, who "
        "on 18 Nov said no leave until after New Year because of the banquet season, and on 25 Nov announced no leave at all from 7 Dec (23 corporate "
        "banquets through 29 Dec). Roman wants to ask again for 7–20 Dec with a cover plan: he has trained cook Dilnoza for the cold station and may ask "
        "Ildar to cover the hot line. Open threads: New Year banquet menu and costing due 30 Nov for approval on 1 Dec; technical cards in iiko for the cold "
        "station and pastry still missing (deadline 1 Dec); his pay-rise request (now 85k roubles) was deferred in October to 'after New Year'. Wins: food "
        "cost down to 27.6%, 40 hot-station technical cards loaded, fermented pumpkin from his course accepted for the winter menu. The chef's priorities: "
        "food cost under 28%, all technical cards in iiko by 1 Dec, banquets without a single slip. He needs the leave settled with a workable plan, without "
        "looking like he is abandoning the team.",
        logged=(
            Logged(
                P,
                "АВ: до НГ три вещи — фудкост ниже 28%, все ТК в iiko до 1 дек, корпоративы без косяков",
                50,
            ),
            Logged(
                A,
                "спросил про повышение ЗП (сейчас 85к) → 'после Нового года вернёмся, покажи себя на корпах'",
                50,
            ),
            Logged(
                G, "сделал 40 ТК по горячему цеху, загрузил в iiko. осталось ХЦ и кондитерка", 43
            ),
            Logged(
                W,
                "фудкост за 3 нед октября 27,6% 🔥 новый поставщик говядины + заготовки по остаткам",
                36,
            ),
            Logged(
                A,
                "попросил отпустить на курс по ферментации (2 дня, Москва, за свой счёт) → ок, 12-13 нояб ✅",
                29,
                DONE,
            ),
            Logged(
                W,
                "вернулся с курса, АВ попробовал квашеную тыкву — сказал ставим в зимнее меню 👍",
                12.5,
            ),
            Logged(N, "мама позвонила — у папы инсульт. Оренбург, реанимация 😔", 12),
            Logged(
                N,
                "папа в отделении, говорит плохо, правая рука не работает. мама одна. надо ехать хотя бы на 2 недели",
                10,
            ),
            Logged(
                A,
                "сказал АВ про папу, только ему. попросил 2 нед отпуска в декабре → 'давай после НГ, сейчас никак, корпы' 😞",
                8,
            ),
            Logged(F, "кто закроет мои смены: Дилноза на ХЦ потянет? Ильдар на ГЦ?", 8),
            Logged(
                G,
                "провёл Дилнозе 3 тренинга по холодным закускам для банкетов, может сама вести ХЦ на корпах",
                6,
            ),
            Logged(
                F,
                "новогоднее банкетное меню + калькуляция к 30.11, АВ утверждает 1.12. ТК по ХЦ и кондитерке тоже до 1.12",
                3,
            ),
            Logged(
                N,
                "врач: реабилитация 3-4 нед, первые 2 недели лучше чтобы кто-то рядом. мама просит приехать до 10-го",
                2,
            ),
            Logged(
                P,
                "АВ на летучке: с 7 дек корпоративы каждый вечер, 23 банкета до 29-го, никаких отпусков",
                1,
            ),
            Logged(
                AG,
                "ср: отпуск 7-20 дек ещё раз — с планом замен (Дилноза ХЦ + Ильдар ГЦ), меню к 1.12, ТК статус. про ЗП сейчас не поднимать?",
                0.3,
            ),
        ),
        tz="Europe/Moscow",
    ),
)
