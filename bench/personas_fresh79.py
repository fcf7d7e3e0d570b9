# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 46 (set CB)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH79 = (
    Persona(
        "CB_tomasz_electrician_gdansk",
        "Tomasz",
        "electrical foreman on a hull-outfitting crew at a shipyard in Gdańsk",
        "zrobić SEP D pow. 1kV i dostać mistrza po Heńku do końca 2027",
        "p. Zbyszek",
        "Zbigniew Kowalczyk, production director for outfitting and Tomasz's manager's manager; they meet monthly since Tomasz was put on the yard's foremen development list.",
        Role.SKIP,
        monthly(1, 2),
        time(6, 45),
        "Tomasz is 44 and has run an eight-person electrical crew at the yard for six years; his direct boss is Marek, the outfitting section supervisor. "
        "Since September he has had a monthly slot with Zbyszek, the production director, as part of a foremen development programme, and he hopes it leads to the section supervisor job when Heniek retires in June. "
        "In October he asked Zbyszek to fund the SEP D (above 1 kV) course, about 2,400 zł, and is still waiting; sign-ups close 15 December. "
        "He promised Zbyszek a lockout-tagout toolbox talk for all crews and has sent a draft. He also asked for two agency electricians for December cabling and got mixed messages. "
        "Hull 112, a ro-pax ferry due to the owner on 28 February, is behind, and Marek has twice told crews to energise panels before the LOTO sign-off. "
        "Tomasz is unsure how to raise this with Zbyszek without looking like he is going over Marek's head or informing on him.",
        logged=(
            Logged(
                A,
                "kurs SEP D pow 1kV - pytałem p. Zbyszka o dofinansowanie, 2400zł. powiedział 'zobaczymy po budżecie'",
                48,
            ),
            Logged(G, "wziąłem 3 nocki na 112 za brygadę Darka jak mieli covid", 41),
            Logged(P, "p.Z: oddanie 112 armatorowi 28.02, nic innego się teraz nie liczy", 35),
            Logged(
                F,
                "napisać toolbox talk o LOTO dla wszystkich brygad - obiecałem p.Z na grudzień",
                30,
            ),
            Logged(A, "prosiłem o 2 elektryków z agencji na grudzień, kablowanie pokł. 7", 26),
            Logged(P, "p.Zbyszek chce ściąć nadgodziny o 20% w Q1 - mówił na odprawie", 20),
            Logged(
                N, "Marek mówi że ludzi z agencji nie będzie, a p.Z niby się zgodził?? niejasne", 19
            ),
            Logged(
                W, "112 - rozdzielnica główna podpięta, testy za 1 razem 💪 zero uwag od DNV", 16
            ),
            Logged(
                N,
                "Marek znowu kazał załączać szafy na pokł 5 bez podpisu LOTO 'bo statek ma termin'. drugi raz w tym mies",
                12,
            ),
            Logged(
                N,
                "nie wiem jak to powiedzieć p.Z żeby nie wyszło że donoszę na Marka... ale jak ktoś dostanie 400V to będzie za późno",
                11,
            ),
            Logged(F, "przypomnieć o kursie SEP, zapisy do 15.12 !!", 9),
            Logged(
                AG,
                "czy ten program dla brygadzistów to realnie szansa na mistrza po Heńku (emerytura czerwiec)?",
                6,
            ),
            Logged(W, "Kuba (mój uczeń) zdał SEP E 🙂", 4),
            Logged(G, "wysłałem p.Z draft LOTO talka mailem, 6 str + checklista", 3),
            Logged(AG, "SEP D - decyzja? zapisy zamykają 15.12", 2),
            Logged(
                AG, "bezpieczeństwo przy załączaniu na 112 — jak ugryźć temat (bez nazwisk?)", 1.5
            ),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CB_aroha_sharemilker_matamata",
        "Aroha",
        "50:50 sharemilker running a 420-cow dairy herd near Matamata, Waikato",
        "get to an equity partnership on the farm within 3 seasons",
        "Graham",
        "Graham Whitcombe, the farm owner she sharemilks for; not her employer but the person whose land and decisions shape her business. They sit down once a month at his kitchen table.",
        Role.OTHER,
        monthly(1, 1),
        time(10, 30),
        "Aroha is 34 and runs the herd with her partner Rhys and two staff on Graham's farm, in the fourth season of a 50:50 sharemilking agreement. "
        "She wants to move to an equity partnership and raised it with Graham in October; he said he would talk to his accountant, Trev, and nothing has come back. "
        "She is waiting on his sign-off for an $86k effluent pond upgrade the regional council wants done by 31 March, and she needs the nitrogen figures from his Overseer file for the farm environment plan. "
        "She paid three vet callouts while Graham was in Queensland and has not been reimbursed. "
        "The season is going well: calving is done and the herd test is the best they have had. "
        "The delicate matter: Graham's son Sam has come home from Australia for good and is in the shed most mornings, and nobody has said what that means; she does not know how to ask whether Sam is meant to take over without sounding like she is threatening to leave.",
        logged=(
            Logged(A, "asked G about equity partnership - 'let me talk to Trev'. follow up", 52),
            Logged(P, "G big on getting effluent sorted before council audit, 31 Mar", 44),
            Logged(W, "calving wrapped 🙌 6wk calving rate 81%, stoked", 40),
            Logged(
                G,
                "paid vet callouts x3 while G & Jan in Queensland, $1,140 - receipts in blue folder",
                38,
            ),
            Logged(P, "G wants fert spend down 15% next season", 31),
            Logged(
                G,
                "fixed the race by the cowshed w Rhys, G said hes been meaning to for yrs lol",
                29,
            ),
            Logged(
                A,
                "sent G the effluent pond quote (Waikato Effluent, $86k) 2 Nov - need his ok before they book us in",
                24,
            ),
            Logged(W, "herd test back - SCC avg 118 🎉 best since we came here", 17),
            Logged(
                N,
                "Sam (G's son) back from Aus for good apparently. out in the shed most mornings. nobodys said anything to us",
                13,
            ),
            Logged(F, "chase G re vet $", 10),
            Logged(
                F,
                "need N loss numbers from G's Overseer file for FEP — promised consultant by 4 Dec",
                8,
            ),
            Logged(
                N,
                "Rhys reckons just ask straight out. me - not sure, dont want it to sound like im threatening to walk",
                5,
            ),
            Logged(AG, "effluent quote - yes/no? contractor wants answer b4 xmas", 3),
            Logged(AG, "equity - any word from Trev?", 3),
            Logged(AG, "Sam?? 😬 how to ask without making it weird", 1),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "CB_yuki_cook_osaka",
        "Yuki",
        "junior sous chef at a hotel kaiseki restaurant in Osaka",
        "35までに自分の小さいカウンターの店を持つ",
        "石田さん",
        "Ishida Masao, 63, owner-chef of a small kappo restaurant in Kyoto who took Yuki on as an informal mentee after she placed in a regional young chefs' competition; they meet monthly on his closed day.",
        Role.MENTOR,
        monthly(1, 0),
        time(15, 0),
        "Yuki is 28 and has cooked at the hotel's kaiseki restaurant for six years, the last year as the junior of two sous chefs. "
        "Ishida-san has mentored her for about a year; she helps in his kitchen on holidays and brings him things from her family in Kōchi. "
        "She has entered the national young chefs' competition (papers due 10 December, final in February) and he agreed to taste her menu at their December meeting; she also asked him to introduce her to a fishmonger at Kuromon market and has heard nothing. "
        "Her head chef has just given her the winter hassun, but also put her on every shift from 28 December to 3 January, which leaves little time to practise. "
        "The delicate matter: Nakamura, Ishida-san's former apprentice who runs a restaurant in Kitashinchi, has offered her a head chef job from April at 1.5 times her pay. "
        "Something went wrong between the two men years ago, and she does not know whether telling Ishida-san would hurt him or whether keeping quiet is dishonest.",
        logged=(
            Logged(P, "石田さん:「出汁は毎朝ひく、言い訳なし」 毎回言う", 58),
            Logged(A, "コンクールのメニュー、石田さんに試食お願いした→12月の回でOKとのこと", 45),
            Logged(G, "高知の実家から柚子胡椒2瓶 持っていった、喜んでた😊", 33),
            Logged(A, "黒門の魚屋さん(田中水産?)紹介してほしいとお願い", 33),
            Logged(G, "11/3 祝日 石田さんの店で仕込み手伝い", 23),
            Logged(W, "料理長に冬の八寸まかされた！初めて", 21),
            Logged(F, "コンクール書類 締切12/10", 16),
            Logged(F, "黒門の紹介の件、まだ連絡なし… 聞く", 14),
            Logged(N, "料理長から年末シフト12/28-1/3全部入ってと。コンクール練習いつやるの", 11),
            Logged(
                N,
                "中村さん(石田さんの元弟子、北新地の店)から4月から料理長で来ないかと。。。給料1.5倍",
                9,
            ),
            Logged(
                N,
                "石田さんと中村さん昔なにかあったらしい。話すべき？黙ってるのも不誠実な気がする",
                7,
            ),
            Logged(AG, "年末シフトと練習の両立 相談", 6),
            Logged(W, "試作3回目、椀物やっと納得いく味 🍲", 4),
            Logged(AG, "コンクール試食 — 椀物と焼物の順番どう思うか", 2),
            Logged(AG, "中村さんの話…するか? 最後に", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CB_lucia_biologist_valparaiso",
        "Lucía",
        "postdoctoral marine biologist at a research institute in Valparaíso",
        "ganar la plaza permanente en el concurso 2027 y armar mi propia línea en kelp + olas de calor",
        "Carmen",
        "Dra. Carmen Rojas, deputy director of the institute, who has championed Lucía's work and sits on the committee that will fill two permanent researcher posts in 2027; they meet every other week.",
        Role.SPONSOR,
        biweekly(4),
        time(9, 0),
        "Lucía is 36, a postdoc in a group studying kelp forests and marine heatwaves, on a contract that ends in August 2027. "
        "Carmen Rojas, the deputy director, has been her sponsor since Lucía's heatwave work drew attention, and they meet every other Friday. "
        "Lucía asked Carmen to nominate her for a national young researchers' award (closes 15 December) and owes her an updated CV and letter for it; she already delivered the two-page summary of her research line that Carmen wanted for the board. "
        "Carmen is pushing for an ANID Anillo proposal in March led by a young woman, and Lucía wants to know if that could be her. She has also asked for the institute boat for three January field trips. "
        "The delicate matter: her PI, Prof. Ibáñez, submitted an Ocean Sciences abstract with himself as first author on her Quintay data without asking her. Ibáñez and Carmen have been friends for twenty years, and Lucía fears being seen as difficult if she mentions it.",
        logged=(
            Logged(
                P,
                "C: el instituto quiere más proyectos con la industria salmonera (aunque no le guste a nadie jaja)",
                50,
            ),
            Logged(
                A,
                "le pedí a Carmen que me nomine al premio jóvenes investigadores, cierra 15/12",
                40,
            ),
            Logged(F, "resumen 2 págs de mi línea para el consejo - prometido a C.", 34, DONE),
            Logged(N, "contrato termina ago 2027. si no sale la plaza, qué hago", 30),
            Logged(W, "salió el paper en Global Change Biology!! 🥳 primera autora", 27),
            Logged(P, "C insiste en postular al Anillo en marzo, quiere una líder mujer joven", 22),
            Logged(
                G,
                "le mandé a Carmen el resumen (kelp + olas de calor), dijo q lo pasa al consejo",
                20,
            ),
            Logged(A, "pedí el barco del inst para 3 salidas en enero", 18),
            Logged(
                F, "C pidió CV actualizado + carta para la nominación → mandar antes del 1/12", 13
            ),
            Logged(
                N,
                "vi el abstract de Ocean Sciences: Ibáñez primer autor. son MIS datos de Quintay. ni me preguntó",
                10,
            ),
            Logged(
                N, "no sé si decirle a C. son amigos hace 20 años. me va a ver como conflictiva?", 9
            ),
            Logged(W, "muestreo nov en Quintay: huiro negro recuperándose, +30% vs 2024", 8),
            Logged(F, "confirmar fechas del barco con Óscar", 6),
            Logged(AG, "nominación premio: ¿necesita algo más de mí?", 2),
            Logged(AG, "Anillo - ¿me deja liderar o co-liderar?", 2),
            Logged(AG, "tema abstract/Ibáñez... ver cómo sale la conversa", 0.5),
        ),
        tz="America/Santiago",
    ),
    Persona(
        "CB_rajesh_warehouse_pune",
        "Rajesh",
        "day shift lead at an e-commerce fulfilment centre in Chakan, near Pune",
        None,
        "Sandy",
        "Sandeep Patil, the night shift lead at the same fulfilment centre; the ops manager set up a weekly handover sit-down for the two of them after last year's peak season went badly.",
        Role.PEER,
        weekly(0),
        time(14, 30),
        "Rajesh is 31 and leads the day shift, about 60 pickers and packers. He and Sandeep, who runs nights, meet every Monday to sort out handovers, a routine their ops manager Mrs Deshpande started. "
        "The recurring problem is unsorted returns pallets left blocking dock 4 at the 7 am handover; Rajesh has asked Sandeep more than once to sort them before handing over, and promised to send a joint handover checklist. "
        "He has asked Sandeep for two reach-truck drivers for the year-end sale week, 10 to 14 December. He covered two of Sandeep's night shifts in October when Sandeep's father was in hospital. "
        "His shift came through Diwali without a missed SLA. "
        "Both men are on the list for a site-lead post opening in January, and the delicate matter is that Mrs Deshpande recently spoke of 'day shift handover issues'; Rajesh suspects Sandeep has been presenting the dock backlog as his problem, but Sandeep has mostly been good to him and he does not want a fight.",
        logged=(
            Logged(
                A,
                "told Sandeep - returns pallets dock 4 ko sort karke hi handover karo. he said ok ok",
                55,
            ),
            Logged(G, "covered Sandy's night shift 14 & 15 Oct (his father in hospital)", 43),
            Logged(
                N,
                "again 11 pallets returns unsorted at 7am handover 😤 dock 4 blocked till 9.30",
                36,
            ),
            Logged(P, "Sandeep ka focus - night attrition, lost 9 pickers in Oct", 28),
            Logged(F, "give Sandeep WMS report access", 20, DONE),
            Logged(W, "Diwali peak - day shift 0 SLA miss 💪 1.18 lakh units", 16),
            Logged(
                A,
                "asked Sandy for 2 reach truck drivers for day shift, year end sale 10-14 dec",
                12,
            ),
            Logged(W, "new joinee Pooja - 140 picks/hr in week 2, trained her myself", 9),
            Logged(
                N,
                "Deshpande madam ne meeting me bola 'day shift handover issues' — kaunse issues?? dock 4 was HIS pallets",
                7,
            ),
            Logged(
                N,
                "site lead post Jan - dono list me hai. shayad isliye... dont know. dont want to fight with him, he's been good to me mostly",
                6,
            ),
            Logged(F, "send Sandy handover checklist draft v2 before mon", 4),
            Logged(AG, "dock 4 returns - fix handover once and for all, joint checklist?", 3),
            Logged(AG, "reach truck drivers 10-14 dec - yes or no", 3),
            Logged(F, "monday: bring numbers on dock backlog last 6 wks", 1),
            Logged(AG, "ask him straight what he told madam? or leave it...", 0.3),
        ),
        tz="Asia/Kolkata",
    ),
    Persona(
        "CB_hatice_caseworker_berlin",
        "Hatice",
        "case manager (Fallmanagerin) at a Jobcenter in Berlin-Neukölln",
        "gesund bis zur Rente durchhalten und die Einarbeitung neuer Kolleg:innen richtig aufbauen",
        "Fr. K.",
        "Julia Köhler, 39, Hatice's team lead at the Jobcenter since the spring; they have a Jour fixe every other week.",
        Role.MANAGER,
        biweekly(2),
        time(8, 15),
        "Hatice is 57 and has worked as a case manager at the Jobcenter for nineteen years; she grew up in Berlin and her family is Turkish. "
        "Her team lead, Julia Köhler, is much younger and relies on her heavily: Hatice is onboarding a new colleague, Mr Okafor, and promised Köhler a full onboarding plan by year end. "
        "Two posts on the team have been empty since September, sick leave is high, and Hatice carries 94 cases against a target of 75 by Q2. "
        "She asked in October to attend a motivational interviewing course in February and for a sound-absorbing screen in the open-plan office; neither has been answered. "
        "The delicate matter: she wants to apply for Altersteilzeit (phased retirement) starting July 2027, which has to be filed by 31 December, but Köhler just told the team that nothing works without Hatice, and she feels guilty leaving an understaffed team.",
        logged=(
            Logged(G, "Einarbeitung Hr. Okafor (neu seit 1.10.) übernommen, 2x/Woche", 50),
            Logged(
                A,
                "Fr. K. gefragt wg. Fortbildung Motivierende Gesprächsführung im Feb — Antwort steht aus",
                47,
            ),
            Logged(P, "Köhler: Fallzahl pro FM runter auf 75 bis Q2 — ich hab aktuell 94 😵", 42),
            Logged(N, "2 Stellen seit Sept unbesetzt, Krankenstand hoch. alle am Limit", 33),
            Logged(A, "Bitte um Schallschutz-Stellwand, Großraum unerträglich bei Beratungen", 30),
            Logged(W, "Frau S. (3 J. arbeitslos) hat Festvertrag in der Pflege!! endlich 🙏", 25),
            Logged(F, "Einarbeitungsplan Okafor bis Jahresende fertig (hab ich K versprochen)", 21),
            Logged(F, "Statistik Eingliederungsquote für Fr. K. bis Freitag", 19, DONE),
            Logged(
                G,
                "Leitfaden Erstgespräche ukrainische Kund:innen überarbeitet, an K. geschickt",
                14,
            ),
            Logged(
                N,
                "Altersteilzeit... Antrag müsste bis 31.12. rein für Start Juli 27. trau mich nicht, K. hat letzte Woche im Team gesagt 'ohne Hatice läuft hier nix'",
                8,
            ),
            Logged(N, "annem diyor ki sağlık önemli. ja ja, leicht gesagt", 7),
            Logged(W, "Okafor hat erste Beratung allein gemacht, lief gut", 3),
            Logged(AG, "Fortbildung Feb — Zusage?", 2),
            Logged(AG, "Fallzahl 94, wie soll das bis Q2 gehen", 2),
            Logged(AG, "Altersteilzeit ansprechen?? vllt am Ende", 0.7),
        ),
        tz="Europe/Berlin",
    ),
)
