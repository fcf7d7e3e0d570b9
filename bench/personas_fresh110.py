# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DG), rated before and after this stop's changes in round 61 (`bench/reviews/round61_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH110 = (
    Persona(
        "DG_joao_eletricista_porto",
        "João",
        "eletricista de manutenção, fábrica de embalagens plásticas, Maia (Porto)",
        "tirar o curso de TRT alta tensão até março",
        "Rui",
        "encarregado de manutenção, chefe direto",
        Role.MANAGER,
        weekly(0),
        time(7, 45),
        "João is a maintenance electrician at a plastics packaging plant near Porto; Rui, the maintenance foreman, is his direct boss and they meet every Monday before the shift. "
        "Rui's answer on funding the high-voltage course (about 1200 EUR) was 'we'll see in the 2027 budget', which João can't read as yes or no, and he needs a real answer by 15 December for the January intake. "
        "The delicate matter is safety: João has twice seen a colleague (P.) work inside the extruder panel without lockout, and last week an intern switched the breaker on while P. was inside; nobody was hurt and nothing was recorded. "
        "João doesn't want to be seen as a snitch but thinks someone will get hurt; he also asked for more lockout padlocks and still owes Rui a quote for them. "
        "He owes the compressor-2 failure report by Friday 27/11 (before the 1:1), recently covered a weekend for a colleague at Rui's request, and his Christmas leave (wife's surgery on the 18th) was already approved.",
        logged=(
            Logged(
                A,
                "pedi ao Rui p pagar o curso TRT alta tensao (1200€ +-). disse q 've no orçamento de 2027'... nao sei se é sim ou nao",
                62,
            ),
            Logged(
                P,
                "Rui: prioridade é zero paragens na linha 3 ate ao fim do ano, o cliente (Sonae) anda a apertar",
                48,
            ),
            Logged(
                A,
                "pedi p trocar ferias p 21-31/12, a minha mulher é operada dia 18. Rui disse q sim, ja ta no mapa",
                30,
                DONE,
            ),
            Logged(
                A, "pedi mais cadeados de consignação + etiquetas, so temos 3 p 6 eletricistas", 25
            ),
            Logged(F, "mandar ao Rui orçamento dos cadeados (Wurth ou RS)", 20),
            Logged(
                G,
                "fiz o fds 7-8/11 no lugar do Ze pq ele tinha o batizado do filho, o Rui pediu-me",
                19,
            ),
            Logged(
                W,
                "descobri o problema do compressor 2 - sensor de pressao a dar leituras falsas. linha 3 parada so 40min em vez de 1 turno 💪",
                15,
            ),
            Logged(
                N,
                "vi o P. outra vez a mexer no quadro da extrusora sem consignar. 2a vez este mes. nao disse nada na hora",
                9,
            ),
            Logged(
                N,
                "quase acidente: o estagiario ligou o disjuntor c o P. la dentro do quadro. ninguem se magoou. ninguem registou nada",
                6,
            ),
            Logged(F, "relatorio da avaria do compressor 2 p o Rui ate sexta 27/11", 5),
            Logged(
                AG,
                "consignação na extrusora - falar sem nomear ninguem?? ou nomear? nao quero ser bufo mas alguem se vai magoar",
                2,
            ),
            Logged(
                AG, "curso TRT: preciso de resposta ate 15/12 p inscrição na turma de janeiro", 2
            ),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "DG_agnieszka_technolog_lomza",
        "Agnieszka",
        "technolożka produkcji, spółdzielnia mleczarska, Łomża",
        "awans na kierownika jakości w 2027",
        "dyr. Wiśniewski",
        "dyrektor zakładu (szef mojego szefa)",
        Role.SKIP,
        monthly(1, 1),
        time(9, 0),
        "Agnieszka is a production technologist at a dairy cooperative in north-east Poland; this is her monthly skip-level with the plant director, Wiśniewski, on Tuesday 1 December. "
        "The director's priorities are IFS Higher Level certification and getting their yoghurts into Lidl in 2027, and her department came out of the pre-audit with zero critical findings. "
        "Several delicate things overlap: her manager Marek presented her whey-loss analysis to the supervisory board as his own; a competitor has offered her a quality-manager job at +30% with a company car and wants an answer by 4 December; her pay-rise request got only 'after Q4 results, we'll see'. "
        "She also feels she owes the director, who gave her two weeks off without fuss when her father had surgery in October. "
        "She wants to ask about succeeding the quality manager Jola, who retires in March, without it sounding like blackmail and without badmouthing Marek. "
        "She owes the director the HACCP rollout plan for the new skyr line by 30 November, and a pasteurizer validation report to Kasia in the lab, which she promised for Tuesday.",
        logged=(
            Logged(
                P,
                "dyr W. na zebraniu: priorytet na 2027 to IFS Higher Level i wejscie do Lidla z jogurtami",
                80,
            ),
            Logged(
                A, "poprosilam dyr. o szkolenie IFS v8 w Poznaniu, zgodzil sie od reki", 78, DONE
            ),
            Logged(
                N, "tata po operacji, dyr. dal mi 2 tyg wolnego bez gadania. jestem mu winna", 58
            ),
            Logged(W, "audyt wstepny IFS: 0 niezgodnosci krytycznych w moim dziale 🎉", 50),
            Logged(
                G,
                "zrobilam dla dyr. prezentacje o stratach serwatki na rade nadzorcza (caly weekend)",
                43,
            ),
            Logged(
                N,
                "Marek pokazal moja analize serwatki na radzie jako swoja. dyr chyba nie wie kto to robil",
                40,
            ),
            Logged(
                A,
                "pytalam o podwyzke przy ocenie rocznej - 'po wynikach za Q4, zobaczymy'. czyli co??",
                35,
            ),
            Logged(
                N,
                "dzwonili z konkurencji (Wysokie Maz.) - kierownik jakosci, +30%, auto sluzbowe. odpowiedz do 4.12",
                12,
            ),
            Logged(F, "wyslac dyr. harmonogram wdrozenia HACCP na nowa linie skyru do 30.11", 8),
            Logged(
                F, "oddac Kasi z labu raport z walidacji pasteryzatora - obiecalam na wtorek", 3
            ),
            Logged(AG, "powiedziec o ofercie czy nie?? nie chce zeby to wygladalo na szantaz", 1),
            Logged(AG, "Jola idzie na emeryture w marcu - kto po niej? czy moge sie zglosic", 1),
            Logged(AG, "serwatka - jak dac znac ze to moja analiza, bez obgadywania Marka", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "DG_wanjiru_dispatch_nairobi",
        "Wanjiru",
        "dispatch supervisor, cold-chain logistics (JKIA exports & pharma), Nairobi",
        "kumaliza CILT diploma na kuwa ops manager by 2027",
        "Akinyi",
        "mentor - retired cargo ops director, WiLAT mentorship program",
        Role.MENTOR,
        monthly(-1, 5),
        time(10, 0),
        "Wanjiru supervises dispatch at a cold-chain logistics company in Nairobi (flower exports and pharmaceuticals); Akinyi is her mentor from a women-in-logistics programme and they meet on the last Saturday of the month (28 November). "
        "Akinyi already wrote her CILT reference letter, and Wanjiru gave back by running a session for the programme's new cohort, which matters a lot to Akinyi. She still owes Akinyi an updated CV for a panel Akinyi mentioned, and Akinyi's 'let me see' about contacts who are hiring in Nairobi is still open. "
        "Two delicate matters: her boss Mr Otieno has offered her a promotion to run the Mombasa depot from January (answer due 4 December), but her mother in Nyeri is on dialysis three times a week; "
        "and she found temperature-logger data on a truck edited so that a 14°C excursion on an insulin shipment for a hospital reads as 2-8°C. She does not know who did it, has told nobody, and is afraid of being seen as a snitch. "
        "She wants advice on whether to go to QA directly or to Otieno first, and on how to decline Mombasa without hurting her career.",
        logged=(
            Logged(
                A,
                "nimeomba <@U04AKNY9Q|Akinyi> anisaidie na reference letter ya CILT application, alisema 'sure, nitumie draft'",
                70,
                DONE,
            ),
            Logged(F, "kutuma draft ya reference letter kwa Akinyi", 68, DONE),
            Logged(
                N, "Akinyi alituma letter, ameongeza vitu poa sana 👍🏾 application imeenda", 52
            ),
            Logged(
                P,
                "Akinyi anataka nisaidie na mentees wa cohort 3, anasema program isikufe baada yake ndio kitu muhimu kwake saa hii",
                55,
            ),
            Logged(
                A,
                "nilimuuliza Akinyi kama anajua mtu KPA ama Bollore ana-hire Nairobi... alisema 'let me see'",
                30,
            ),
            Logged(F, "kutuma Akinyi CV yangu updated for the KPA panel alitaja", 30),
            Logged(
                W,
                "late deliveries za JKIA flower exports zimeshuka from 9% to 3% mwezi huu. Otieno alisema asante kwa email 🙌🏾",
                20,
            ),
            Logged(
                G,
                "nilifanya session ya 'cold chain basics' kwa cohort 3 jmos 14/11, wasichana 12 walikuja",
                12,
            ),
            Logged(
                N,
                "Otieno ameniofferia promo - depot manager Mombasa from Jan. pesa poa lakini mum yuko Nyeri na dialysis mara 3 kwa wiki",
                9,
            ),
            Logged(F, "kumjibu Otieno kuhusu Mombasa by 4/12", 9),
            Logged(
                N,
                "data loggers za truck KDK zimeeditiwa - temp ilipanda 14°C for 3hrs, report inaonyesha 2-8. shipment ilikuwa insulin ya hospital 😟",
                6,
            ),
            Logged(N, "sijui kama ni dispatcher mwenzangu (B.) ama driver. sijamwambia mtu", 5),
            Logged(
                AG,
                "temp logs - niende QA direct ama kwa Otieno kwanza? naogopa kuonekana snitch",
                1,
            ),
            Logged(AG, "Mombasa vs mum - how do I say no bila kuharibu career", 1),
        ),
        tz="Africa/Nairobi",
        names={"U04AKNY9Q": "Akinyi"},
    ),
    Persona(
        "DG_kenji_sous_chef_osaka",
        "健二",
        "ホテル和食レストランのスーシェフ（大阪）",
        "京都新店の料理長になる",
        "山下さん",
        "グループ総料理長（京都新店の推薦者）",
        Role.SPONSOR,
        monthly(-1, 0),
        time(15, 0),
        "Kenji is sous-chef of a Japanese restaurant in an Osaka hotel; Yamashita, the group's executive chef, is his sponsor for the head-chef job at the new Kyoto outlet opening in April, and they meet on the last Monday of the month (30 November), between lunch and dinner service. "
        "Yamashita said he is positive but it depends on the tasting on 12/10; Kenji owes him the tasting menu and cost sheet by 12/4, and Yamashita has left unanswered (read, no reply) the question of whether head office pays for the tasting ingredients. "
        "Kenji did Yamashita a big favour (writing the group's Japanese-cuisine recipe standardisation manual on two days off) and cut his course food cost from 32% to 28%, which fits Yamashita's focus on local vegetables and waste reduction. "
        "The delicate matter: his own head chef Kondo keeps shouting at junior cook Mori and threw a plate; Mori wants to quit and asked Kenji to tell no one. Kondo and Yamashita joined the company together and are close, and Kenji fears raising it will hurt his candidacy. "
        "He also has a worsening back (near-hernia diagnosis), which matters for a standing job he may or may not mention.",
        logged=(
            Logged(
                P, "山下さん：京都の新店は「地元の野菜」と「ロス削減」が軸。オープンは4月予定", 75
            ),
            Logged(
                A,
                "京都の料理長ポジション、推薦してもらえないか相談。「前向きに考えてる、試食会次第やな」とのこと",
                74,
            ),
            Logged(W, "秋の会席コース、原価率32%→28%に改善。支配人にほめられた", 45),
            Logged(
                G,
                "山下さんに頼まれた本社のレシピ標準化マニュアル（和食部門）完成。休み2日つぶした",
                38,
            ),
            Logged(A, "試食会の日程決めてほしいとお願い→12/10に決定", 30, DONE),
            Logged(N, "近藤さんがまた森くんに怒鳴ってた。皿投げた。森くん裏で泣いてた…", 21),
            Logged(N, "森くん辞めたいって。LINEで相談された。誰にも言わんといてって", 16),
            Logged(F, "試食会のコース案と原価表を山下さんに送る 12/4まで", 14),
            Logged(N, "腰痛ひどい。整形外科でヘルニア気味と言われた。立ち仕事きつい", 11),
            Logged(A, "試食会の食材費、本社持ちでいいか聞いた。既読スルー", 10),
            Logged(F, "亀岡の竹内さん（農家）に冬野菜のサンプルお願いの返事する、今週中", 7),
            Logged(
                AG,
                "近藤さんの件、山下さんに言うべき？二人は同期で仲いい。森くんの名前は出したくない",
                1,
            ),
            Logged(AG, "試食会の予算、誰が持つか確認", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DG_siobhan_lab_tech_melbourne",
        "Siobhan",
        "senior research technician, cereal rust lab, agricultural research institute (Melbourne)",
        "get the stem rust poster accepted at ASPP and move towards a lab manager role",
        "Dev",
        "research technician at the Perth site (peer catch-up)",
        Role.PEER,
        biweekly(2),
        time(13, 0),
        "Siobhan is a senior research technician in a wheat rust lab in Melbourne; Dev is her counterpart at the Perth site and they have a fortnightly peer catch-up (next one Wednesday 2 December, 13:00 Melbourne / 10:00 Perth). "
        "It is mostly an ordinary, friendly working relationship: he shared his sequencing pipeline config, she ran 96 of his samples when his machine was down, and she owes him a seed stock shipment that is stuck on a WA quarantine permit that needs a letter from her boss Ravi. "
        "Dev's priority is validating the Perth glasshouse rust screen before harvest in January. "
        "The open points: when she asked whether he'd be co-author on her poster he said 'whatever's easiest', which is not clearly yes, and the abstract with the final author list is due Monday 30 November, before the catch-up, so she may need to settle it by message. "
        "Mildly awkward: she heard that Dev has applied for the same lab manager role in Canberra that she applied for, and isn't sure whether to mention it.",
        logged=(
            Logged(
                P,
                "Dev: his big thing is getting the Perth glasshouse rust screen validated before harvest (Jan)",
                60,
            ),
            Logged(
                A,
                "asked Dev for his Nextflow config for the amplicon pipeline - he sent it same arvo",
                58,
                DONE,
            ),
            Logged(
                G, "ran 96 of Dev's samples on our MiSeq run when theirs was down for service", 40
            ),
            Logged(
                W,
                "stem rust panel results in - 3 new resistant lines confirmed. Ravi v pleased",
                33,
            ),
            Logged(
                F,
                "ship Dev the Sr26 seed stock - need WA quarantine import permit first, form half done",
                28,
            ),
            Logged(
                N, "WA permit needs a letter from Ravi. chasing him, he's at GRDC thing til fri", 21
            ),
            Logged(
                A,
                "asked Dev if he's ok being co-author on my ASPP poster since it's his pipeline. he said 'whatever's easiest' ?? not sure if that's a yes",
                14,
            ),
            Logged(
                N,
                "Bec mentioned Dev also applied for the lab manager role (the Canberra one). I applied too. awkward 😬",
                8,
            ),
            Logged(F, "poster abstract due Mon 30/11 - need final author list + affiliations", 4),
            Logged(
                AG, "authorship - get a proper yes/no + how he wants his affiliation written", 1
            ),
            Logged(
                AG,
                "seed shipment - is mid Dec realistic for the permit? does he need it before harvest",
                1,
            ),
            Logged(AG, "lab manager role - say something or leave it?", 1),
        ),
        tz="Australia/Melbourne",
    ),
    Persona(
        "DG_guadalupe_ferreteria_cdmx",
        "Guadalupe",
        "gerente de tienda, cadena de ferreterías, Iztapalapa CDMX",
        "que me autoricen 2 vacantes antes de diciembre",
        "Héctor",
        "gerente regional (nuevo, entró en noviembre)",
        Role.MANAGER,
        weekly(4),
        time(9, 30),
        "Guadalupe manages a hardware store in Iztapalapa, Mexico City; Héctor is her new regional manager (replacing 'don Chucho'), and Friday 27 November is their first weekly 1:1. She doesn't know him yet. "
        "His stated priority is shrinkage and cycle counts (region at 2.8%, target 1.5%), and she owes him the paint and plumbing cycle count before Friday. "
        "She has a strong Buen Fin result (118% of target, second in the region) but her team's Buen Fin commissions haven't been paid because payroll says they need the regional's authorisation, and staff are upset. "
        "She runs with 14 of 18 positions filled and wants two vacancies approved. Delicate: repeated petty theft of power drills, she suspects someone on the afternoon shift but has no proof, and the aisle-7 cameras have been broken since August despite a ticket under the previous manager. "
        "Also personal: from January her son starts speech therapy Tuesdays and Thursdays at 4 pm and she needs to leave at 3:30 those days; she is unsure whether to raise that in a first meeting. She also promised her assistant manager Ulises an answer on his December vacation before Monday.",
        logged=(
            Logged(
                N,
                "le pedi a don Chucho en agosto q arreglaran las camaras del pasillo 7, dijo q ya estaba el ticket. nunca vinieron",
                95,
            ),
            Logged(
                N,
                "anunciaron q Héctor entra de regional en lugar de don Chucho. no lo conozco, dicen q viene de Coppel",
                24,
            ),
            Logged(
                N,
                "mi hijo empieza terapia de lenguaje martes y jueves 4pm desde enero 🙏 necesito salir 3:30 esos dias",
                15,
            ),
            Logged(
                N,
                "robo hormiga en herramienta electrica, 3 taladros en 2 semanas. sospecho de alguien del turno tarde pero no tengo pruebas",
                12,
            ),
            Logged(
                P,
                "Héctor en la junta de gerentes: su prioridad es merma e inventario ciclico, la region esta en 2.8% y quiere 1.5",
                10,
            ),
            Logged(W, "Buen Fin: 118% de la meta, 2do lugar de la region 🔥🔥", 6),
            Logged(
                F,
                "mandarle a Héctor el inventario ciclico de pinturas y plomeria antes del viernes",
                5,
            ),
            Logged(
                N,
                "las comisiones del buen fin todavia no salen, los chavos ya me preguntaron 3 veces. nomina dice q falta autorizacion del regional",
                4,
            ),
            Logged(
                F,
                "Ulises (subgerente) - le prometi contestarle lo de sus vacaciones de dic antes del lunes",
                3,
            ),
            Logged(
                AG,
                "presentarme, contarle como esta la tienda, pedir las 2 vacantes (somos 14 de 18)",
                1,
            ),
            Logged(AG, "comisiones buen fin - q las autorice ya, los chavos estan molestos", 1),
            Logged(AG, "camaras pasillo 7 + los taladros", 1),
            Logged(
                AG, "horario mar/jue por la terapia - lo digo en la primera junta o espero??", 1
            ),
        ),
        tz="America/Mexico_City",
        first=True,
    ),
)
