# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 56 (set CW)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH100 = (
    Persona(
        "CW_wanjiru_dairyextension_nyeri",
        "Wanjiru",
        "field extension officer, dairy farmers' cooperative, Nyeri County, Kenya",
        "nataka kupandishwa cheo to senior extension officer by mid next yr, na nipate AI (insemination) cert",
        "Mr Kamau",
        "her line manager, field services manager at the co-op",
        Role.MANAGER,
        weekly(0),
        time(8, 0),
        "Wanjiru, 29, runs farmer training and visits collection centres on a co-op motorbike across "
        "several routes. She writes in a Swahili/English mix. Her manager's priority is cutting milk "
        "rejection before a December dairy-board audit; she owes him per-centre rejection stats by "
        "Fri 4 Dec and is behind. The board approved only half of her AI course fee. Delicate: at the "
        "Ruthaga centre the clerk Gichuki appears to be under-recording farmers' litres, and he is the "
        "chairman's nephew; a farmer is threatening to go to the chief and Wanjiru promised her a week. "
        "She needs to raise it with Mr Kamau without looking like she is attacking the chairman's family.",
        logged=(
            Logged(
                A,
                "Nimemuomba Mr K sponsorship ya AI course Naivasha (KES 38k) - alisema ataongea na board",
                52,
                DONE,
            ),
            Logged(
                G, "nilicover Othaya route wk nzima juu Njoroge alikua sick, centres 6 zote", 45
            ),
            Logged(
                W, "Mastitis clinic Karatina - farmers 64 walikuja!! CMT kits zote ziliisha 💪", 38
            ),
            Logged(
                P,
                "Mr K: priority yake ni milk rejection at the plant iwe below 2% kabla ya KDB audit mid Dec",
                33,
            ),
            Logged(
                N,
                "Ruthaga centre - weights za Gichuki hazi-add up. farmers 3 wamenionyesha receipts vs SMS, diff ya 2-3 L kila siku. sijamwambia mtu. G ni mpwa wa chairman 😬",
                24,
            ),
            Logged(F, "promised Mr K rejection % kwa kila centre by Fri 4/12", 20),
            Logged(
                A,
                "nimeuliza Mr K motorbike fuel allowance iongezwe, petrol imepanda 🙄 akasema 'tuone next budget'",
                17,
            ),
            Logged(
                N,
                "Mama Wairimu (Ruthaga) amenipigia tena kuhusu litres. anataka kuenda kwa chief. nimemwambia anipe wiki moja",
                12,
            ),
            Logged(
                N, "Board wameapprove AI course 50% tu!! nitalipa 19k mwenyewe 😩 intake ni Feb", 9
            ),
            Logged(
                W, "silage demo Mukurwe-ini imeenda poa, farmers 11 wamesign up for chopper hire", 8
            ),
            Logged(
                AG,
                "Ruthaga weights - niongee na Mr K how to raise bila kuonekana nashtaki familia ya chairman. kuna whistleblower procedure ya co-op??",
                3,
            ),
            Logged(
                AG,
                "confirm Feb dates za AI course + study leave, na kama 19k inaweza kuwa salary advance",
                2,
            ),
            Logged(F, "bado sijatuma rejection stats, data ya Ruthaga na Gatitu haijakamilika", 1),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CW_thiago_eletricista_recife",
        "Thiago",
        "eletricista de manutenção júnior, shopping center (empresa terceirizada), Recife, Brasil",
        "passar na NR-10 SEP e conseguir vaga de eletricista pleno até meio do ano que vem",
        "Seu Everaldo",
        "mentor voluntário, eletricista mestre aposentado e ex-instrutor do SENAI",
        Role.MENTOR,
        biweekly(2),
        time(18, 30),
        "Thiago, 23, is three months into his first maintenance-electrician job at a Recife shopping "
        "centre, still inside his 90-day probation contract, which ends in January. He writes in "
        "Portuguese. His mentor lost a colleague to an electrocution and cares above all about "
        "lockout/tagout. Delicate: his foreman had him change a breaker on a live panel without "
        "class-0 gloves and then filled in the risk analysis (APR) as if the panel had been isolated, "
        "and Thiago's signature is on it. He wants to know how to report this without losing the job. "
        "He also owes his mentor a chapter summary by 2 Dec and is weighing a better-paid opening that closes on 10 Dec.",
        logged=(
            Logged(
                A, "pedi pro seu Everaldo indicação de curso NR-10 SEP q nao seja caro", 55, DONE
            ),
            Logged(G, "levei o Fluke dele pra calibrar na loja do centro, ele ta sem carro", 48),
            Logged(N, "seu E indicou SENAI Areias, R$ 480, turma de jan. ja fiz inscrição ✅", 41),
            Logged(
                P,
                "seu E falou q o q mais importa pra ele é eu NUNCA pular bloqueio e etiquetagem. perdeu um colega assim em 98",
                34,
            ),
            Logged(
                W,
                "achei o defeito do gerador q ninguem achava — contato queimado no relé de transferencia. eng Paulo elogiou no grupo 👏",
                30,
            ),
            Logged(
                N,
                "hj o Marcão (encarregado) mandou trocar disjuntor do QD da praça de alimentação energizado pq 'loja nao pode parar'. fiz c medo. nao tinha luva classe 0 no almox",
                22,
            ),
            Logged(
                N,
                "vi q o Marcão preencheu a APR como se tivesse desligado. minha assinatura ta la tb 😰",
                19,
            ),
            Logged(
                A,
                "perguntei pro seu E por zap se falo c a Jaqueline do SESMT. ele so respondeu 'conversamos pessoalmente'",
                15,
            ),
            Logged(F, "devo pro seu E resumo do cap 4 da apostila NR-10 até dia 2/12", 12),
            Logged(W, "terminei curso de CLP online 🎉 certificado saiu", 9),
            Logged(
                N,
                "vaga eletricista pleno terceirizada da Neoenergia, fecha 10/12, 3.200. sera q to pronto?? experiencia aqui acaba em jan",
                6,
            ),
            Logged(AG, "falar da APR assinada e do Marcão — como reportar sem perder o emprego", 2),
            Logged(AG, "mostrar curriculo pra vaga Neoenergia, pedir opiniao", 1),
        ),
        tz="America/Recife",
    ),
    Persona(
        "CW_dennis_disponent_duisburg",
        "Dennis",
        "Disponent Nahverkehr, mittelständische Spedition, Duisburg",
        "Will die Teamleitung Nahverkehr wenn Kowalski in Rente geht – und Özdemir soll wissen was ich eigentlich mache",
        "Frau Özdemir",
        "Niederlassungsleiterin, Chefin seines Chefs (Schulte)",
        Role.SKIP,
        monthly(1, 1),
        time(7, 15),
        "Dennis, 34, dispatches local trucks for a freight forwarder and writes in German. He cut "
        "empty kilometres for a major customer from about 20% to 15%, which is exactly the branch head's "
        "priority, but his direct boss Schulte presented the work as 'our project' without naming him. "
        "The local-transport team lead Kowalski may retire earlier than expected (31 March), and Schulte "
        "is said to be pushing his brother-in-law for the role. Dennis owes Özdemir a costing for a new "
        "customer site by 4 Dec and is waiting on an answer about funding for a further-qualification "
        "course. Delicate: putting himself forward for the role and claiming his results without going "
        "over his boss's head in a way that backfires.",
        logged=(
            Logged(
                P,
                "Özdemir im Q-Meeting: Leerkilometer runter, Ziel <14% bis Q1. Und Krankenquote Fahrer",
                58,
            ),
            Logged(
                W,
                "Touren Haniel umgebaut -> Leer-km von 19,8 auf 15,1% in 4 Wo 💪 (Excel + PTV)",
                50,
            ),
            Logged(
                N,
                "Schulte hat meine Haniel-Auswertung in der Runde als 'unser Projekt' verkauft. Mein Name kam nich vor. hmm.",
                44,
            ),
            Logged(A, "Ö gefragt ob ich beim Kundentermin Thyssen mit darf", 40, DONE),
            Logged(
                N,
                "Thyssen Termin: sie hat mich mitgenommen, ich hab die Leer-km Folie gemacht. Kunde will Angebot für 2. Standort (Hamm)",
                33,
            ),
            Logged(
                G,
                "für Ö am Sa die Fahrerschulung Ladungssicherung organisiert, 23 Fahrer, Raum + Brötchen",
                27,
            ),
            Logged(A, "Ö gefragt: Budget für Fachwirt Güterverkehr IHK? -> 'kläre ich mit HR'", 21),
            Logged(F, "Kalkulation Thyssen Hamm bis 4.12. an Ö !!", 16),
            Logged(
                N,
                "Flurfunk: Kowalski geht schon zum 31.3., Schulte will seinen Schwager Mike (Fahrer) als Nachfolger 🙄",
                11,
            ),
            Logged(
                N,
                "Krankmeldungen Fahrer Nov 11,4%. Idee: feste Touren für Ü55 Fahrer, weniger Wechselschicht",
                7,
            ),
            Logged(
                AG,
                "TL Nahverkehr ansprechen – wie ohne Schulte schlecht zu machen?? Haniel Zahlen als MEINE zeigen",
                3,
            ),
            Logged(AG, "Fachwirt Budget nachhaken (HR schon gefragt?) + Ü55 Idee kurz pitchen", 2),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "CW_mei_marineecologist_hobart",
        "Mei",
        "postdoctoral research fellow in marine ecology, university marine institute, Hobart, Tasmania",
        "Get Ros to properly back my DECRA (due Feb) and keep a lead role on the March kelp voyage",
        "Ros",
        "Prof Rosalind Hart, deputy director of the institute and her sponsor for the fellowship bid",
        Role.SPONSOR,
        monthly(2, 3),
        time(14, 0),
        "Mei, 33, is a kelp-restoration ecologist on a fixed-term postdoc, applying for a three-year "
        "early-career fellowship with a senior sponsor's letter. Ros wants work tied to industry partners "
        "and more fellowships for the institute; Mei now has a salmon-company in-kind offer that fits. "
        "She owes Ros the budget and letter points by Fri 4 Dec. Delicate: Mei is about 15 weeks "
        "pregnant (due around 20 May) and has told no one at work. A March research voyage she expected "
        "to co-lead would fall at roughly 29-32 weeks. She is unsure whether to disclose now, how ship "
        "medical rules apply, and whether to claim a career interruption in the application.",
        logged=(
            Logged(
                P,
                "Ros: institute push is 'industry-linked' - wants kelp resto tied to salmon farm partners. also we got 2 DECRAs last round, she wants 3",
                57,
            ),
            Logged(A, "asked R to read my DECRA draft ROPE section", 53, DONE),
            Logged(
                W, "Frontiers paper accepted!! urchin barrens + kelp recovery, 1st author 🎉", 46
            ),
            Logged(
                G, "covered R's 2nd yr marine ecol lectures wk 7-8 while she was in Canberra", 40
            ),
            Logged(
                N,
                "R's comments back on ROPE - 'undersold', add Storm Bay dataset + the 2 hons students I co-supervise. brutal but fair",
                29,
            ),
            Logged(N, "12wk scan all good ❤️ not telling work till after xmas. due ~20 May", 21),
            Logged(
                A,
                "asked R if she'll write the sponsor letter - 'yes in principle' but wants to see the budget first",
                19,
            ),
            Logged(
                N,
                "voyage sched out: 8-29 Mar. I'd be 29-32 wks?? MNF medical rules... need to check quietly",
                16,
            ),
            Logged(F, "send R DECRA budget + dot points for letter by Fri 4 Dec", 14),
            Logged(
                N,
                "J Reid at the salmon co keen to cofund kelp trial, ~40k in kind (boat days + divers). R will love this",
                10,
            ),
            Logged(W, "talk at AMSA Tas branch went well, 2 industry ppl asked for slides", 6),
            Logged(
                AG,
                "voyage - tell R now?? or just ask to be shore-based lead w/o saying why. + career interruption claim in DECRA?",
                3,
            ),
            Logged(AG, "pitch the 40k in-kind as the industry link for the application", 1),
        ),
        tz="Australia/Hobart",
    ),
    Persona(
        "CW_ishaan_associate_mumbai",
        "Ishaan",
        "third-year associate, corporate M&A team, law firm, Lower Parel, Mumbai",
        None,
        "Rhea",
        "senior associate in the firm's arbitration team; fortnightly lunch, they trade help",
        Role.PEER,
        biweekly(4),
        time(13, 15),
        "Ishaan, 27, is a corporate lawyer who is curious about moving into arbitration; Rhea made that "
        "switch from corporate herself three years ago. Their lunches are a genuine two-way exchange: she "
        "sent him her templates, and he reviews her contract questions and introduced her to the pro bono "
        "committee she wanted to join. He owes her a stamp-duty note by Mon 30 Nov, and she has not yet "
        "answered whether her team takes internal transfers. Delicate: he has an informal in-house offer "
        "at roughly 40% more pay that he has not declined, and his mother has surgery on 14 Dec, so he "
        "needs about a week working from home that he has not yet asked his partner for. "
        "He has set no goal.",
        logged=(
            Logged(
                A,
                "asked Rhea for her SIAC emergency arbitrator appln template, want to learn the format",
                50,
                DONE,
            ),
            Logged(
                G, "went thru R's SPA clause qs for the Navkar matter, 2 hrs on a sunday lol", 44
            ),
            Logged(N, "R sent the template + her annotated notes. gold yaar", 43),
            Logged(
                P, "R wants onto the firm pro bono panel - asked if I know Neha from PB cmte", 37
            ),
            Logged(G, "intro'd R to Neha over email ✅", 30),
            Logged(W, "Kestrel SPA closed!! AM thanked me on the all-hands mail", 26),
            Logged(A, "asked R if arb team takes laterals from corp - 'let me check w VS'", 22),
            Logged(
                N,
                "call from fintech legal (Razorpay), senior counsel in-house, ~40% more. didnt say no 🤐",
                15,
            ),
            Logged(
                F,
                "promised R the stamp duty note for her Maharashtra lease dispute by Mon 30 Nov",
                12,
            ),
            Logged(N, "mom's knee surgery 14 Dec, need ~1 wk WFH. havent asked AM yet", 8),
            Logged(
                AG,
                "ask R honestly - switch to arb here vs in-house? she moved from corp 3 yrs back",
                4,
            ),
            Logged(AG, "chase the VS / lateral thing", 2),
        ),
        tz="Asia/Kolkata",
    ),
    Persona(
        "CW_gurpreet_ownerop_winnipeg",
        "Gurpreet",
        "owner-operator long-haul truck driver, leased onto a regional carrier, Winnipeg",
        "want steady wpg-yyc lanes so im home weekends, n get the fuel surcharge on my settlements fixed",
        "Dale",
        "driver manager at the carrier he is leased onto, not exactly his boss",
        Role.OTHER,
        biweekly(6),
        time(19, 0),
        "Gurpreet, 41, owns his own truck, leases it to a carrier and runs western Canada. He has two "
        "kids and wants to be home at weekends. Dale gives out his loads and cares most about on-time "
        "delivery for a big grocery customer, where Gurpreet's record is clean. He did Dale a large "
        "favour in October. Delicate, on two counts. On money, his fuel surcharge seems to have been "
        "calculated from the wrong table, leaving him about $640 short, and accounting has not replied. "
        "On safety, Dale pushed him to drive past his hours limit and has been cool with him since he "
        "refused. A cousin says another carrier is hiring owner-operators for dedicated routes. He owes "
        "Dale his inspection and insurance papers by 1 Dec.",
        logged=(
            Logged(A, "asked Dale for Marty's wpg-yyc dedicated when he retires", 56, DONE),
            Logged(
                P, "Dale's big thing rn: on time for Loblaw DC appts, they got dinged 3x in Oct", 49
            ),
            Logged(
                G,
                "took the hot load to Thunder Bay on my reset wknd bc Dale was stuck. he owes me one",
                45,
            ),
            Logged(W, "zero late appts Oct, 14 loads. clean inspection at Emerson scale 👍", 40),
            Logged(
                N,
                "settlement wk 41-44 FSC calc'd off the $1.52/L table but pump avg was 1.71. thats like $640 short over 4 wks",
                34,
            ),
            Logged(A, "sent Dale screenshots of the FSC thing, asked him to push accounting", 31),
            Logged(
                N,
                "Dale wanted me to run Kenora->Wpg after 13 hrs on duty, said the ELD 'wont catch it'. said no. he was cold on the phone after",
                24,
            ),
            Logged(F, "owe Dale updated annual inspection + insurance cert by Dec 1", 20),
            Logged(
                N,
                "Dale says Marty's lane going to a company driver not O/O 😡 he'll 'look at' the Regina dedicated instead",
                18,
            ),
            Logged(
                N,
                "Harjit bhaji says another carrier hiring O/O for dedicated, home every wknd. sochna painda",
                13,
            ),
            Logged(F, "still nothing from accounting on FSC. chase Dale", 9),
            Logged(W, "made it thru the storm on hwy 1, Loblaw Calgary 20 min early ❄️", 5),
            Logged(AG, "FSC shortfall ~$640 - want it in writing before next settlement", 3),
            Logged(
                AG,
                "the hours thing from Kenora - how to bring it up w/o burning the bridge. + Regina dedicated, when?",
                2,
            ),
        ),
        tz="America/Winnipeg",
    ),
)
