# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 53 (set CR)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH95 = (
    Persona(
        "CR_lucia_nurse_valencia",
        "Lucía",
        "enfermera de UCI, hospital público, Valencia",
        "quiero conseguir turno fijo de mañanas para poder hacer el máster de gestión y q Marisa me vea como futura supervisora",
        "Marisa",
        "supervisora de enfermería de la UCI, mi jefa directa",
        Role.MANAGER,
        biweekly(1),
        time(14, 45),
        "Lucía, 31, ICU nurse in a public hospital in Valencia, eight years in. She wants fixed morning shifts so she can start a part-time nursing-management master's, and she has quietly been building a case as a future supervisor (she wrote the night-shift catheter bundle checklist and compliance jumped). HR has said no fixed mornings until a vacancy is filled, maybe February. Delicate: morphine count discrepancies keep appearing on nights signed by a colleague, J., who also asked her to co-sign a count without counting. She refused but has no proof and is afraid of being seen as going after a colleague. This is a patient-safety and controlled-drugs matter that needs to reach the supervisor properly.",
        logged=(
            Logged(
                A, "pedí a Marisa turno fijo de mañanas desde enero, dice q lo mira con RRHH 🤞", 52
            ),
            Logged(P, "Marisa: prioridad = bajar bacteriemias x catéter, hay auditoría en dic", 48),
            Logged(
                G,
                "hice yo el checklist del bundle CVC para el turno de noche, se lo pasé a M x mail",
                41,
            ),
            Logged(
                W,
                "la familia de la cama 7 mandó carta de agradecimiento nombrándome 🥹 M la colgó en el tablón",
                33,
            ),
            Logged(
                A, "pedirle a M carta de apoyo para la beca del máster (plazo 15/12!!)", 30, DONE
            ),
            Logged(
                N,
                "M: lo del turno fijo, RRHH dice q no hasta q salga la plaza de Inma (feb??). vale, al menos no es un no",
                24,
            ),
            Logged(
                F,
                "le debo a M el registro de formación del bundle de todo el personal de noche, para el 4/12",
                20,
            ),
            Logged(
                N,
                "otra vez descuadre en el recuento de cloruro mórfico, noche del 12. firmaba J. tercera vez q coincide con sus turnos. no quiero acusar a nadie sin pruebas 😟",
                14,
            ),
            Logged(N, "M me dio la carta firmada 👍 solicitud de beca enviada", 11),
            Logged(
                N,
                "J me pidió q le firmara el recuento sin contarlo pq 'tenía prisa'. le dije q no. se mosqueó",
                9,
            ),
            Logged(W, "auditoría interna bundle: 96% cumplimiento en noches (antes 71%) 💪", 6),
            Logged(
                AG, "cómo saco lo de los descuadres de mórfico con M sin q parezca q voy a por J", 3
            ),
            Logged(
                AG,
                "preguntar fecha real de la plaza de Inma y si puedo tener al menos L-X de mañanas mientras",
                2,
            ),
        ),
        tz="Europe/Madrid",
    ),
    Persona(
        "CR_thiago_agronomist_sorriso",
        "Thiago",
        "agrônomo de campo, cooperativa agrícola de soja e milho, Sorriso (MT)",
        "decidir se aceito a proposta da trading sem queimar ponte com a coop, e entender se já dá pra ser coordenador técnico",
        "Seu Valdir",
        "mentor, agrônomo aposentado e ex-diretor técnico da cooperativa",
        Role.MENTOR,
        monthly(1, 5),
        time(7, 0),
        "Thiago, 29, field agronomist at a soy and corn co-op in Mato Grosso, Brazil. His mentor is a retired agronomist who used to run the co-op's technical side and cares a lot about the small farmers in the land-reform settlement Thiago supports. Thiago has a job offer from a grain trading company (better pay, car, profit share) in another city; he has to answer by 4 December, his wife wants to stay, and the co-op manager (an old acquaintance of the mentor) has heard about the interview and things are tense. He also owes the mentor a review of a chapter of his book by 30 November. The delicate part is the job offer and the office politics around it.",
        logged=(
            Logged(
                P,
                "Valdir: o q importa pra ele é eu n largar os pequenos do assentamento, falou isso 3x já",
                58,
            ),
            Logged(
                A,
                "pedi pro V me apresentar o pessoal da Embrapa Agrossilvipastoril p/ o ensaio de braquiária",
                55,
                DONE,
            ),
            Logged(G, "mandei pro V as planilhas de chuva 2015-2026 q ele pediu pro livro", 45),
            Logged(N, "V apresentou o Dr. Heitor, ensaio aprovado p/ safrinha 🙌", 40),
            Logged(W, "talhão do assentamento Sta Rita fechou 68 sc/ha, recorde deles", 36),
            Logged(
                A,
                "perguntei se ele acha q tô pronto pra coordenador técnico ou se tô pulando etapa. disse q ia pensar",
                29,
            ),
            Logged(F, "devo ao V a revisão do cap 3 do livro até 30/11", 21),
            Logged(
                N,
                "proposta da trading: 14k + carro + PLR, começa jan, em Rondonópolis. n contei pra ninguém ainda",
                17,
            ),
            Logged(F, "responder a trading até 4/12", 12),
            Logged(
                N,
                "o Marcão (gerente da coop) soube por alguém q fui na entrevista 😬 clima estranho na reunião de seg",
                10,
            ),
            Logged(N, "esposa quer ficar em Sorriso, a escola das crianças etc", 8),
            Logged(AG, "como falar c/ Marcão antes de decidir? V conhece ele há 20 anos", 2),
            Logged(AG, "se eu ficar, o q pedir pra coop — salário? título? os dois?", 1),
        ),
        tz="America/Cuiaba",
    ),
    Persona(
        "CR_aroha_apprentice_hamilton",
        "Aroha",
        "3rd year electrical apprentice, commercial electrical contractor, Hamilton NZ",
        "get my hours signed off, get on the hospital fitout in feb, and sort the live work thing without wrecking my apprenticeship",
        "Dave",
        "contracts manager, my lead hand's boss",
        Role.SKIP,
        monthly(2, 2),
        time(16, 30),
        "Aroha, 22, a third-year electrical apprentice at a commercial contractor in Hamilton, New Zealand. She meets the contracts manager (her lead hand's boss) monthly. She wants her logbook hours signed off and a spot on a big hospital fit-out in February. Delicate and safety-critical: her lead hand Rob pressured her to work on a live distribution board at a dairy factory to avoid a costly shutdown; she refused, he mocked her and then did it himself without lockout or a permit, and she has been stuck pulling cable since. Rob is Dave's mate, and Dave's bonus is tied to having no lost-time injuries. She may also need a week off in December for her sick grandfather up north.",
        logged=(
            Logged(
                A,
                "asked D if i can go on the Waikato hosp fitout in feb, he said depends on my logbook hrs",
                56,
            ),
            Logged(P, "D big on zero LTIs this yr, his bonus is tied to it apparently lol", 50),
            Logged(
                G,
                "stayed back sat to help D's crew finish the switchboard at the school job, didnt claim OT",
                39,
            ),
            Logged(
                A, "asked D for new insulated screwdrivers n pliers, mine are cracked", 35, DONE
            ),
            Logged(W, "passed my practical assessment 🎉 first go", 31),
            Logged(N, "tools arrived 👍 D sorted it on the Blackwoods acct", 27),
            Logged(
                N,
                "Rob told me to just cut in on the live DB at the dairy factory bc shutdown wld cost them heaps. i said no. he called me precious in front of the boys",
                22,
            ),
            Logged(
                N, "Rob did it himself. no LOTO no permit. 😡 took a pic of the board after", 21.9
            ),
            Logged(
                F,
                "logbook needs D's sign off for sept-oct hrs, owe him the timesheets by fri 27/11",
                18,
            ),
            Logged(N, "Rob's had me on pulling cable only since. feels like payback tbh", 12),
            Logged(N, "koro crook again, might need a wk off in dec to go up north to whānau", 7),
            Logged(
                AG,
                "how do i raise the live work thing w/o it being my word vs Rob's. hes Daves mate",
                3,
            ),
            Logged(AG, "hosp fitout - am i on it or not", 2),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "CR_misaki_hotel_kyoto",
        "美咲",
        "フロントオフィス アシスタントマネージャー、旅館スタイルのホテル、京都",
        "大阪の新規開業ホテルのFOM候補に推してもらいたい。でも母の介護のことも正直に相談したい",
        "山田さん",
        "総支配人(GM)。大阪プロジェクトに私を推してくれている人",
        Role.SPONSOR,
        monthly(3, 1),
        time(15, 0),
        "Misaki, 35, assistant front-office manager at a ryokan-style hotel in Kyoto. The general manager is sponsoring her as a candidate for Front Office Manager at a new property opening in Osaka; head office has her on a shortlist of three and she has an interview with the HR director on 3 December. Her mother's condition is worsening (another fall, care level likely to rise), so relocating is hard and she is weighing how much to disclose and whether a split arrangement is possible. Office politics: the deputy GM has been telling others she 'can't go to Osaka, she has family'. She owes the GM a year-end staffing plan by 1 December.",
        logged=(
            Logged(
                P, "山田さん:インバウンドの口コミ4.6以上キープが最優先。あと若手の離職止めたい", 57
            ),
            Logged(
                A, "大阪プロジェクトのFOM候補に名前入れてもらえるか聞いた→本社と話してみるって", 53
            ),
            Logged(G, "山田さんに頼まれて新人3人のOJTマニュアル作り直し(英・中対応版も)", 44),
            Logged(A, "本社の人事部長と面談セットしてもらえないか頼んだ", 38, DONE),
            Logged(W, "10月の口コミ 4.72!スタッフ名指しで褒められたの私が一番多かった🙌", 34),
            Logged(N, "母、また転倒。要介護2→3になるかも。京都離れるの現実的か…", 26),
            Logged(N, "人事部長の佐藤さんと面談 12/3 決定!", 19),
            Logged(F, "山田さんに年末年始の人員配置案 12/1までに出す", 16),
            Logged(N, "大阪の件、本社から「候補3名の1人」って連絡あったらしい。山田さん経由", 12),
            Logged(
                N,
                "副支配人の木村さんが「田中さんは大阪無理でしょ、家庭あるし」って他の人に言ってたらしい。私には何も聞いてないのに…",
                9,
            ),
            Logged(F, "佐藤さん面談の前に実績をA4一枚にまとめて山田さんに見てもらう", 6),
            Logged(AG, "母のこと、どこまで話す?大阪勤務+週2京都とかありえる?", 2),
            Logged(AG, "木村さんの件、言うべき?言わないべき?", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CR_wanjiru_logistics_nairobi",
        "Wanjiru",
        "logistics officer, humanitarian food-assistance NGO, Nairobi and Lodwar",
        None,
        "Otieno",
        "procurement officer, same level as me, we run the Turkana programme supply side together",
        Role.PEER,
        weekly(0),
        time(10, 0),
        "Wanjiru, 34, logistics officer at a food-assistance NGO, splitting time between Nairobi and field bases in Turkana. Her weekly check-in is with her peer in procurement, who has helped her (fast-tracked tyres) and whom she has covered for (warehouse count when he was sick). His priority is the Q4 fleet report before a donor visit on 9 December. Delicate, money and integrity: fuel receipts from one run look fabricated, and the driver is Otieno's cousin. When she mentioned it casually he went quiet and has avoided her since, and now Finance wants her to sign off the October fuel reconciliation by 30 November. She has not set a goal; she is not sure whether to raise it with him first or use the whistleblowing line.",
        logged=(
            Logged(
                P,
                "Otieno wants the Q4 fleet report before donor visit 9 Dec, ni muhimu sana kwake",
                45,
            ),
            Logged(
                A,
                "asked O to fast-track PO for 2 new tyres for the Land Cruiser KDA, been 3 wks",
                40,
                DONE,
            ),
            Logged(G, "covered O's warehouse count in Lodwar when he was sick, 2 days", 37),
            Logged(N, "tyres came thru, O pushed it personally 🙏", 30),
            Logged(W, "Turkana distribution round done 3 days early, zero loss 💪", 28),
            Logged(
                N,
                "fuel receipts from the Kakuma run don't add up - 3 receipts same station same hr, diff amounts. driver is O's cousin Brian",
                19,
            ),
            Logged(A, "asked O for the vendor list for the new cold chain boxes", 16),
            Logged(F, "owe O the fleet mileage data by fri 27/11", 11),
            Logged(
                N,
                "mentioned the receipts casually to O, he went quiet n said 'tuonane baadaye'. hajaongea na mimi since",
                8,
            ),
            Logged(
                N, "Finance (Grace) wants me to sign off Oct fuel reconciliation by 30/11 😬", 5
            ),
            Logged(
                AG,
                "how do i handle the fuel thing - O first or straight to the whistleblower line?",
                2,
            ),
            Logged(AG, "still need cold chain vendor list", 1),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CR_tomasz_backend_krakow",
        "Tomasz",
        "senior backend developer, logistics SaaS startup, Kraków",
        "chcę awans na staff w cyklu marcowym i mniej gaszenia pożarów na on-callu",
        "Ewa",
        "engineering manager, moja bezpośrednia szefowa",
        Role.MANAGER,
        biweekly(4),
        time(10, 0),
        "Tomasz, 38, senior backend developer at a logistics SaaS start-up in Kraków. He wants promotion to staff engineer in the March cycle; his manager's ladder doc says he lacks 'cross-team influence', and he hopes an RFC on alert ownership (due 2 December) will count. His recent win is a zero-incident migration of a core service to the new event bus, which is his manager's top Q4 priority. Delicate: he is exhausted by night pages caused largely by another team's flaky alerts, his doctor has told him to cut night work because of high blood pressure, and he has a competing offer (+30%) he has not answered. He has told no one at work about either.",
        logged=(
            Logged(
                P,
                "Ewa: priorytet Q4 = migracja z Kafki na nowy event bus bez downtime'u + obniżyć MTTR",
                54,
            ),
            Logged(A, "prosiłem E o jasne kryteria na staff eng, obiecała wysłać doc", 50, DONE),
            Logged(N, "E wysłała career ladder doc, wg niej brakuje mi 'cross-team influence'", 43),
            Logged(G, "zrobiłem za E prezkę o postmortemach dla całego działu bo była chora", 33),
            Logged(A, "pytałem o budżet na konfę (GOTO Amsterdam?) - 'zobaczymy w styczniu'", 27),
            Logged(
                N, "3 pagery w nocy w tym tyg, 2x flaky alert od zespołu Marka. spałem 4h 😵", 20
            ),
            Logged(F, "obiecałem E RFC o alert ownership do 2.12", 15),
            Logged(
                W, "migracja billing-service na nowy bus poszła w nocy 14/11, 0 incydentów 🚀", 12
            ),
            Logged(N, "dostałem ofertę z Allegro, +30%. jeszcze nie odpisałem", 9),
            Logged(N, "lekarz kazał ograniczyć nocki, ciśnienie 150/95. nikomu nie mówiłem", 6),
            Logged(AG, "cross-team influence - czy RFC o alertach się liczy?", 3),
            Logged(
                AG,
                "on-call - poprosić o wyjęcie mnie z rotacji na 2 msc? ile powiedzieć o zdrowiu?",
                2,
            ),
        ),
        tz="Europe/Warsaw",
    ),
)
