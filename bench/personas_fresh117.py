# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DP), rated in round 63 at this stop's start and end (`bench/reviews/round63_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH117 = (
    Persona(
        "DP_sofie_blade_quality_engineer_aalborg",
        "Sofie",
        "kvalitetsingeniør på en vingefabrik (vindmøllevinger)",
        "Blive Six Sigma Black Belt og på sigt have ansvaret for procesforbedring på hele fabrikken.",
        "Henrik",
        "kvalitetschef for fabrikken, my manager",
        Role.MANAGER,
        weekly(1),
        time(10, 0),
        "Sofie, 34, is a quality engineer at a wind-turbine blade factory outside Aalborg, Denmark, with two small children and a partner who works shifts. "
        "She meets her manager Henrik, the plant's quality manager, every Tuesday at 10:00 in his office; the next 1:1 is Tuesday 1 December. "
        "The delicate matter: on the night shift of Sunday 22 November she saw Ole, the night-shift team lead, sign off the Barcol hardness (cure) checks on blades 7731 and 7734 without measuring, and the log has no readings; "
        "Ole retires in March and has worked with Henrik for 25 years, so raising it feels like accusing Henrik's oldest friend, yet uncured laminate on a blade is a real safety and warranty risk, and a customer audit is on 10 December. "
        "She has told no one and wants to raise it without it becoming a witch hunt. "
        "Open threads: she asked on 21 October for a Black Belt course starting in February (answer: 'after New Year maybe, budget is tight'); "
        "on 11 November she asked to move to a four-day week from January and has had no answer, while the kindergarten needs notice by 15 December; "
        "she owes Henrik a root-cause report on leading-edge voids by Friday 4 December. "
        "Wins: rework on the root section is down 18% since September, and the two new inspectors she trained were approved for independent inspection this week. "
        "She covered Henrik's Monday stand-up when he was ill on 9 November. "
        "Henrik's priorities are passing the 10 December customer audit with no open deviations and bringing scrap cost down. "
        "From this 1:1 she needs a way to raise the night-shift sign-offs fairly and safely, and an answer on the four-day week.",
        logged=(
            Logged(
                A,
                "spurgt H om black belt kursus (start feb) → 'efter nytår måske, budget er stramt'",
                36,
            ),
            Logged(A, "licens til SPC-softwaren → fik den 👍", 28, DONE),
            Logged(F, "lave oplæringsplan til de 2 nye inspektører", 30, DONE),
            Logged(P, "H vil ha scrap-omkostningen ned, nævner det HVER uge", 22),
            Logged(G, "tog mandags-standup for H da han var syg", 17),
            Logged(A, "4-dages uge fra januar? har ikke fået svar endnu", 15),
            Logged(W, "rework på rodsektion ned 18% siden sep 🎉 H sagde 'godt' på standup", 9),
            Logged(P, "H: kundeaudit 10/12 er ALT. ingen åbne afvigelser inden da", 8),
            Logged(F, "RCA rapport luftlommer i forkant — deadline fre 4/12", 6),
            Logged(
                N,
                "nattevagt søn: så Ole kvittere barcol-test på vinge 7731 + 7734 uden at måle?? tjekket loggen, ingen målinger. har ikke sagt det til nogen",
                4,
            ),
            Logged(N, "Ole går på pension i marts. han og H har arbejdet sammen i 25 år 😬", 4),
            Logged(W, "de 2 nye inspektører godkendt til selvstændig inspektion!", 3),
            Logged(
                AG,
                "hvordan tager jeg nattevagten op uden at det bliver en heksejagt. og før audit??",
                2,
            ),
            Logged(AG, "svar på 4-dages uge — børnehaven skal ha besked inden 15/12", 1),
        ),
        tz="Europe/Copenhagen",
    ),
    Persona(
        "DP_daichi_localization_qa_lead_fukuoka",
        "Daichi",
        "ゲーム会社のローカライズQAリード",
        "海外向けローカライズのリードとして、自分のチームを大きくしたい。",
        "竹田さん",
        "head of production (制作本部長), my manager's manager",
        Role.SKIP,
        monthly(1, 3),
        time(16, 0),
        "Daichi, 29, leads a five-person localization QA team at a mid-size mobile-game studio in Fukuoka, Japan, checking the English, German, Korean and Chinese builds. "
        "He meets Takeda-san, the head of production and his manager's manager, on the first Thursday of each month at 16:00; the next skip-level is Thursday 3 December. "
        "The delicate matter: on 20 November a Singapore-based publisher offered him a localization lead role at roughly 40% more pay and the recruiter wants an answer by 11 December, "
        "while Takeda-san told him around 16 November that he had recommended Daichi for the lead promotion track; Daichi has not told his direct manager Noguchi-san anything, and feels disloyal either way. "
        "He would like to learn what the promotion track really means (timing, pay range) without revealing the offer too early or bluffing. "
        "Open threads: he asked on 13 October for one more EN-JP tester (answer: depends on budget) and on 16 October to attend GDC in March (still 'under consideration'); "
        "he promised a glossary-tool proposal by the end of November and must finish Korean and Simplified Chinese LQA for the winter update by 8 December. "
        "Wins: on 14 November his team caught a truncated purchase-confirmation string in the German build before release, which would have been a billing bug. "
        "He translated Takeda-san's keynote slides into English on a Saturday for a partner meeting in Taipei. "
        "Takeda-san's priorities are the 15 December winter-update release with no slip and cutting outsourcing costs, possibly by bringing LQA in-house. "
        "From this 1:1 he needs clarity on the promotion track and the headcount, and a steady head about the offer.",
        logged=(
            Logged(A, "EN-JP テスター1名増員のお願い → 「予算次第」", 44),
            Logged(A, "GDC 3月 行きたいって伝えた → 「検討する」のまま", 41),
            Logged(A, "有給 12/28-1/5 まとめて取りたい → OK出た", 33, DONE),
            Logged(F, "用語集ツールの提案書 — 竹田さんに月末までにって言っちゃった", 26),
            Logged(P, "竹田さん: 冬アプデ 12/15 リリース絶対。遅延NG", 20),
            Logged(P, "外注費削減したいって。LQA内製化の話もちらっと出た", 20),
            Logged(G, "竹田さんの台北パートナー向けkeynoteスライド英訳した (土曜つぶれた)", 19),
            Logged(
                W,
                "ドイツ語版の購入確認画面の文字切れ、リリース前に発見 🙌 課金バグになるとこだった",
                12,
            ),
            Logged(N, "竹田さん、リードの昇格トラックに推薦したって言ってた…", 10),
            Logged(
                N,
                "シンガポールのpublisherからオファー。年収+40%くらい。recruiterは12/11までに返事ほしいって",
                6,
            ),
            Logged(N, "野口さん(直属)にはまだ何も言ってない。言うべき？", 6),
            Logged(F, "韓国語・簡体字 LQA 12/8 までに完了", 5),
            Logged(
                AG,
                "昇格トラックって具体的に何？時期と給与レンジ聞きたい (offer のことは言う？言わない？)",
                3,
            ),
            Logged(AG, "増員の件もう一回。冬アプデ後は絶対人足りない", 2),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DP_rodrigo_maintenance_planner_antofagasta",
        "Rodrigo",
        "planificador de mantención en una mina de cobre",
        "Llegar a jefe de planificación antes de los 50.",
        "Patricio",
        "superintendente de mantención, mi jefe",
        Role.MANAGER,
        biweekly(4),
        time(7, 30),
        "Rodrigo, 47, is a maintenance planner at an open-pit copper mine near Antofagasta, Chile, working a 7x7 roster and planning the work of the haul-truck and plant workshops. "
        "He meets his boss Patricio ('Pato'), the maintenance superintendent, every other Friday at 07:30 in the workshop container before the shift meeting; the next one is tomorrow, Friday 27 November. "
        "The delicate matter: twice this month, most recently on 24 November, Lucho, a veteran mechanic with 22 years at the mine, arrived at the start of shift smelling of alcohol; "
        "Lucho is Rodrigo's compadre and godfather to his daughter, and a positive random test means dismissal, but he works around 300-tonne trucks and the SAG mill shutdown is coming. "
        "Rodrigo has said nothing to anyone and is torn between talking to Lucho first, raising it with Patricio without a name, or using the mine's support programme. "
        "Open threads: his request for advanced SAP PM training has been deferred since early October ('let's see in January'); on 6 November he asked for a junior planner to support the shutdown and Patricio said he'd check with HR, with no answer; "
        "he owes the SAG mill shutdown plan (14-18 December) by Thursday 3 December and a critical-spares report. "
        "Wins: the maintenance backlog dropped from 6 to 3.5 weeks, the first time this year, and this week the workshop changed a haul-truck tyre set in 5 hours, a record. "
        "He worked an extra night shift on 10 November to cover the general manager's plant visit. "
        "Patricio's priorities are 88% haul-truck availability and a zero-accident shutdown. "
        "From this 1:1 he needs an answer on the junior planner and a way to handle Lucho that protects both safety and his friend.",
        logged=(
            Logged(A, "notebook nuevo, el mio se cae con los excel grandes → llegó 👍", 55, DONE),
            Logged(A, "le pedí a Pato el curso SAP PM avanzado → 'veamos en enero' (otra vez)", 48),
            Logged(A, "planificador junior pa apoyar la parada. dijo q lo iba a ver con RRHH", 20),
            Logged(G, "me quedé turno noche extra pa la visita del gerente gral", 16),
            Logged(P, "Pato: disponibilidad CAEX 88% mínimo, lo repite en cada reunion", 14),
            Logged(W, "backlog bajó de 6 a 3,5 semanas 💪 primera vez en el año", 10),
            Logged(F, "plan parada molino SAG — entregar jueves 3 dic", 9),
            Logged(P, "parada SAG 14-18 dic: cero accidentes, 'nada más importa'", 7),
            Logged(F, "mandarle a Pato informe repuestos críticos", 5),
            Logged(W, "cambio neumáticos CAEX en 5h, récord del taller", 3),
            Logged(
                N, "el Lucho llegó con olor a trago otra vez. 2da vez este mes. no le dije nada", 2
            ),
            Logged(
                N,
                "el Lucho es mi compadre, padrino de la Javi. 22 años en la mina. si sale positivo en el test lo echan",
                2,
            ),
            Logged(
                AG, "como plantear lo del Lucho sin dar el nombre?? o hablar con él primero?", 1
            ),
            Logged(AG, "respuesta del junior pa la parada, ya no queda tiempo", 1),
        ),
        tz="America/Santiago",
    ),
    Persona(
        "DP_priya_payroll_lead_coimbatore",
        "Priya",
        "payroll & compensation lead at a textile mills group",
        "Move from payroll into a comp & ben head / HR business partner role within 2 years.",
        "Srini sir",
        "CFO, my sponsor (I report to the HR head)",
        Role.SPONSOR,
        monthly(-1, 0),
        time(17, 0),
        "Priya, 38, runs payroll and compensation for a spinning-mills group with three mills and about 2,400 workers around Coimbatore, India; she reports to Kavitha, the HR head. "
        "Mr Srinivasan ('Srini sir'), the CFO, has sponsored her since she rebuilt the payroll controls two years ago; they meet on the last Monday of each month at 17:00 in his cabin, and the next one is Monday 30 November. "
        "The delicate matter: while preparing the annual increment sheet around 15 November she found that women supervisors in Mill 2 earn about 15% less than men in the same grade, not explained by tenure; "
        "Kavitha told her on 18 November to 'leave it, it's a legacy issue', so taking it to the CFO means going around her own boss, who will know the data came from her. "
        "She wants to raise it with data and no names, and to ask Srini sir how to do it without betraying Kavitha. "
        "Open threads: on 14 October she asked him to nominate her for the company's LEAP leadership programme (he said he'd speak to the MD; applications close 15 December); "
        "on 5 November she asked for one more payroll executive for the HRMS go-live and was told to take it to HR first. "
        "She owes him a wage-code impact note for Mills 1-3 by Monday 30 November and the parallel-run results for the new HRMS by 7 December; go-live is 1 January. "
        "Wins: the provident-fund reconciliation closed with zero penalty for the first time in three years, and the Diwali bonus was credited two days early with no union complaints. "
        "She built the salary-cost model he used unchanged at the board meeting. "
        "His priorities are compliance with the new labour codes (especially the 50% wage definition) before Q4 close and an HRMS go-live with no slippage. "
        "From this 1:1 she needs his advice on the pay gap and a status on the LEAP nomination.",
        logged=(
            Logged(A, "sponsorship for CPP certification → approved, started Sept", 70, DONE),
            Logged(
                A,
                "asked Srini sir to nominate me for LEAP leadership prog → 'let me speak to MD' ... nothing since",
                43,
            ),
            Logged(
                A,
                "one more payroll exec for HRMS go-live period. he said talk to HR head first 🙄",
                21,
            ),
            Logged(W, "Diwali bonus credited 2 days early, no complaints from unions 🪔", 20),
            Logged(G, "made salary cost model for board mtg, Srini sir used it as is", 16),
            Logged(
                P,
                "Srini sir: new labour codes compliance before Q4 close. very worried abt 50% wage definition",
                16,
            ),
            Logged(W, "PF reconciliation closed, ZERO penalty!! first time in 3 yrs", 13),
            Logged(
                N,
                "increment sheet: women supervisors mill 2 avg ~15% below men same grade. checked twice. not tenure",
                11,
            ),
            Logged(P, "HRMS go live 1 Jan no slippage. 'payroll cannot fail even one month'", 9),
            Logged(
                N,
                "told Kavitha ma'am. she said 'leave it, legacy issue, don't open that box now'",
                8,
            ),
            Logged(F, "parallel run results (Oct+Nov) send by 7 Dec", 6),
            Logged(F, "wage code impact note mill 1-3 — promised by Monday", 4),
            Logged(
                N,
                "if I take it to Srini sir directly K ma'am will know it came from me. she is my boss only. romba tension",
                3,
            ),
            Logged(AG, "pay gap — how to raise? data only no names? how without going around K", 2),
            Logged(AG, "LEAP nomination status — applications close 15 Dec", 2),
        ),
        tz="Asia/Kolkata",
    ),
    Persona(
        "DP_genevieve_urban_forestry_technician_quebec_city",
        "Geneviève",
        "technicienne en foresterie urbaine à la Ville",
        "Devenir contremaître de l'équipe de foresterie urbaine.",
        "Marc-André",
        "technicien en foresterie urbaine dans l'arrondissement voisin, mon collègue (pair)",
        Role.PEER,
        biweekly(2),
        time(12, 0),
        "Geneviève, 52, is an urban forestry technician for the City of Québec, responsible for the trees of one borough: inspections, pruning contracts, emerald ash borer treatments and citizen complaints. "
        "Every other Wednesday at noon she has lunch with Marc-André, the technician of the neighbouring borough, to trade tools, crews and coverage; the next one is Wednesday 9 December. "
        "The delicate matter: her mother's Alzheimer's is getting worse (on 22 November a neighbour found her lost at the corner store in slippers) and Geneviève may need reduced hours and time off 14-18 December for a neurology appointment and a possible move to a care home (CHSLD); "
        "she has not told her boss Sylvie, and both she and Marc-André are likely to apply for the foreman post posted until 18 December, so confiding in him, or asking him to cover, could cost her the post. "
        "Open threads: on 14 November she asked him to cover her emergency calls 14-18 December ('probably, I'll get back to you'); on 30 October he promised her the name of a Hydro-Québec contact for pruning near power lines and has not sent it; "
        "she owes him her ash-treatment data by 4 December for their joint presentation to the neighbourhood council on 20 January. "
        "Wins: her ash campaign injected 640 trees before the frost, and a long-running complaint on rue Cartier ended with a thank-you e-mail to the director. "
        "She lent him her climbing crew for the clean-up after the 3 November storm and spent an hour showing him queries in the inventory tool. "
        "His priorities are clearing 200+ overdue stumps in Limoilou before the snow and his own foreman application. "
        "From this 1:1 she needs the coverage confirmed and to decide how much to tell him about her mother.",
        logged=(
            Logged(A, "demandé à MA son gabarit d'inventaire SIG → reçu 👍", 35, DONE),
            Logged(
                A,
                "MA devait me donner un contact chez Hydro pour l'élagage près des lignes. toujours rien",
                27,
            ),
            Logged(
                G, "prêté mon équipe de grimpeurs à MA pour le ménage après la tempête du 3 nov", 22
            ),
            Logged(W, "campagne frênes terminée: 640 arbres injectés avant le gel 🌳", 15),
            Logged(
                P,
                "MA: ses souches en retard, 200+ dans Limoilou, veut les sortir avant la neige",
                13,
            ),
            Logged(
                A, "MA peux-tu couvrir mes urgences 14-18 déc? → 'probablement, je te reviens'", 12
            ),
            Logged(G, "lui ai montré les requêtes dans l'outil d'inventaire, 1h au tel", 9),
            Logged(P, "MA va appliquer sur le poste de contremaître (affiché jusqu'au 18 déc)", 9),
            Logged(
                F,
                "envoyer à MA mes données de traitement frênes pour le conseil de quartier du 20 janv — avant le 4 déc",
                7,
            ),
            Logged(
                W,
                "plainte rue Cartier réglée, la citoyenne a écrit au directeur pour remercier 😊",
                6,
            ),
            Logged(
                N,
                "maman perdue encore hier, la voisine l'a retrouvée au dépanneur en pantoufles. ça empire",
                3,
            ),
            Logged(
                N,
                "j'ai pas parlé à Sylvie de réduire mes heures. peur que ça me coûte le poste de contremaître... que je veux aussi 😕",
                3,
            ),
            Logged(
                AG,
                "lui dire pour maman? il est discret mais on va peut-être appliquer sur le même poste",
                1,
            ),
            Logged(AG, "confirmer couverture 14-18 déc", 1),
            Logged(AG, "diapos 20 janv: qui présente quoi", 1),
        ),
        tz="America/Toronto",
    ),
    Persona(
        "DP_ama_radio_producer_kumasi",
        "Ama",
        "producer of the morning show at an FM station",
        "Become a proper investigative journalist, not just a morning show producer.",
        "Auntie Efua",
        "retired news editor, my mentor from the women in media programme",
        Role.MENTOR,
        biweekly(3),
        time(18, 0),
        "Ama, 27, produces the weekday morning show at a commercial FM station in Kumasi, Ghana, booking guests, cutting packages and running the phone-ins; she supports her younger brother Kofi's school fees. "
        "Her mentor is Auntie Efua, a retired national news editor she was paired with through a women-in-media programme; they talk by phone every other Thursday at 18:00, and the next call is today, Thursday 26 November. "
        "The delicate matter: on 19 November the station manager, Mr Boateng, told her the station's biggest advertiser, a herbal-medicine company, wants 'health talks' read in the news slot as news, with no paid tag; "
        "after that meeting the sponsor's representative gave her an envelope of GH₵500 'for transport' and she took it, which she is ashamed of. "
        "She fears that refusing the segment will see the show handed to a colleague, and wants Efua's view on what to do and whether she can still return the money. "
        "Open threads: on 17 October she asked Efua to connect her with a contact at DW Akademie (Efua said she'd e-mail him 'this week' and has not yet); "
        "on 18 November she asked whether Efua would be her referee for a journalism fellowship whose deadline is 10 December, and she promised to send her essay draft by Saturday 28 November. "
        "Wins: the Metropolitan Chief Executive came on the show live on 15 November and drew 2,300 comments on Facebook Live, and this week her market women episode was picked up by a national news website. "
        "She edited the pilot episode of Efua's new podcast and sent it on 15 November. "
        "Efua's priorities for her are one proper investigative piece before the end of Q1 and a talk at the women-in-media meetup in January. "
        "From this call she needs honest advice on the sponsor segment and the envelope, and a yes or no on the reference.",
        logged=(
            Logged(
                A,
                "asked Auntie Efua to link me to her DW Akademie contact → she said she'll email him 'this week'",
                40,
            ),
            Logged(
                A,
                "feedback on my demo reel → 'cut the first 40s, start with the market story'. done ✔",
                25,
                DONE,
            ),
            Logged(
                P,
                "Auntie E wants one proper investigative piece from me before end of Q1. 'stop doing only vox pops'",
                18,
            ),
            Logged(P, "she wants me to speak at the women in media meetup, Jan", 18),
            Logged(W, "MCE came on the show live, 2.3k comments on FB live 🔥", 11),
            Logged(G, "edited her podcast pilot ep, sent Sunday", 11),
            Logged(
                A,
                "would she be my referee for the fellowship? deadline 10 Dec. she said 'let me see the essay first'",
                8,
            ),
            Logged(
                N,
                "Mr Boateng says the herbal sponsor wants 'health talk' in the news slot, read as news. no tag that it's paid",
                7,
            ),
            Logged(
                N,
                "after the meeting sponsor's guy gave me envelope GH₵500 'for your transport'. I took it. aniwu paa 😞",
                7,
            ),
            Logged(F, "send her my fellowship essay draft by Sat", 6),
            Logged(
                N,
                "if I refuse the segment Boateng might give the show to Kojo. I need this job, Kofi's fees",
                5,
            ),
            Logged(W, "market women episode picked up by national news site!!", 3),
            Logged(
                AG,
                "the sponsor segment + the envelope. what would she do? can I still return it?",
                1,
            ),
            Logged(AG, "DW contact — remind her gently", 1),
            Logged(AG, "referee yes/no", 1),
        ),
        tz="Africa/Accra",
    ),
)
