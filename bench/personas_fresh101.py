# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 56 (set CX)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly

from coaching.model import Role

FRESH101 = (
    Persona(
        "CX_lucia_enfermera_valencia",
        "Lucía",
        "enfermera de planta (medicina interna), hospital público, Valencia",
        "quiero q me apoyen con el máster de paliativos (horas de formación) y pasar a turno fijo de mañanas en febrero sin quedar mal con el equipo",
        "Marisa",
        "supervisora de enfermería de la planta, su jefa directa desde hace 3 años",
        Role.MANAGER,
        biweekly(2),
        time(15, 15),
        "Lucía, 34, ward nurse on an internal-medicine floor in a public hospital in Valencia. She wants release hours for a palliative-care master's (enrolment closes 15 Dec, she still lacks the signed paper) and fixed morning shifts from February; Marisa's answer on mornings was a vague 'ya veremos'. Marisa's priority is patient falls and the December audit, where Lucía has helped a lot. Delicate: a colleague (J.) skipped the heparin double-check on 12 Nov, a near miss Lucía caught; it is the third time she has seen him skip it and she has not reported it in the incident system because she fears looking like she is going after him.",
        logged=(
            Logged(
                A,
                "pedido a Marisa q me firme lo del máster (liberación horas formación), dice q lo mira con dirección",
                55,
            ),
            Logged(
                N,
                "marisa comenta q en enero vienen 2 eventuales nuevas, quiere q alguien haga de referente",
                52,
            ),
            Logged(
                P,
                "Prioridad marisa: bajar las caídas de pacientes, la auditoría es en dic 😬 quiere registros al día",
                48,
            ),
            Logged(
                G,
                "hice yo el protocolo de caídas resumido en 1 folio plastificado para cada control, a marisa le encantó",
                44,
            ),
            Logged(A, "pedi cambiar la noche del 14/11 x la boda de mi prima", 40, DONE),
            Logged(N, "cambio del 14 ok ✅ me la cubre Rocío, le debo una", 33),
            Logged(
                W,
                "auditoría interna de registros: nuestra planta 96% 🎉 marisa lo dijo en la reunion de supervisoras",
                30,
            ),
            Logged(
                A,
                "le pregunté x turno fijo mañanas a partir de feb. dijo 'ya veremos, depende de las eventuales'",
                27,
            ),
            Logged(
                F,
                "le prometí pasarle antes del 1/12 la lista de lo q falta en el carro de paradas (pilas laringo, sondas aspiración 14)",
                22,
            ),
            Logged(
                N,
                "12/11 casi-incidente: J. no hizo doble chequeo heparina, la bomba iba mal programada, lo pillé yo en el cambio de turno. no lo he notificado todavia. no quiero q parezca q voy a x él pero es la 3a vez q lo veo",
                14,
            ),
            Logged(
                N,
                "lo del máster: marisa dice q dirección de enfermería acepta 50% de las horas presenciales 👍 falta q me lo den x escrito",
                9,
            ),
            Logged(F, "matrícula máster cierra 15 dic!! necesito el papel firmado antes", 6),
            Logged(
                AG,
                "lo de J. y la heparina — cómo lo planteo sin q sea personal. proponer formación doble chequeo para todo el equipo?",
                3,
            ),
            Logged(
                AG,
                "referente de las eventuales en enero: me ofrezco yo si me dan mañanas fijas?",
                2,
            ),
        ),
        tz="Europe/Madrid",
    ),
    Persona(
        "CX_thiago_agronomo_trespontas",
        "Thiago",
        "agrônomo (assistência técnica), cooperativa de café, Três Pontas – Sul de Minas",
        "decidir se aceito a proposta da exportadora de Santos ou se fico na coop e brigo pela vaga de coordenador técnico, sem queimar ponte com ninguém",
        "Seu Valdir",
        "agrônomo aposentado da EMATER, mentor informal há uns 2 anos, conhece todo mundo na região",
        Role.MENTOR,
        monthly(1, 5),
        time(7, 30),
        "Thiago, 29, field agronomist at a coffee cooperative in southern Minas Gerais. His mentor is a retired extension agronomist he meets for coffee at a bakery on the first Saturday of the month. He helped Seu Valdir with soil tests on his own small farm and ran a field day with 43 growers. Delicate: he has a written offer from a coffee exporter in Santos (about 40% more pay plus a car, answer due 10 Dec) and has told nobody at the co-op; the co-op president has hinted at 'restructuring the technical area in 2027'. Seu Valdir wanted to discuss it face to face, not over WhatsApp. Thiago also owes him a draft of a carbon-credit project by the end of November.",
        logged=(
            Logged(
                A,
                "pedi pro seu Valdir me apresentar pro pessoal da EPAMIG sobre o ensaio de bicho-mineiro",
                58,
            ),
            Logged(
                N,
                "seu valdir mandou zap: falou c/ dr. Hélio da EPAMIG, posso ligar semana q vem 👍",
                50,
            ),
            Logged(
                G,
                "levei as amostras de solo do sítio dele p/ análise no lab da coop, sem custo",
                47,
            ),
            Logged(
                P,
                "ele insiste: 'pequeno produtor não lê relatório, lê o vizinho'. quer q eu faça dia de campo nas propriedades modelo",
                45,
            ),
            Logged(
                W,
                "dia de campo em Santana da Vargem, 43 produtores!! 🙌 até o presidente da coop apareceu",
                38,
            ),
            Logged(
                N,
                "laudo solo do seu valdir: pH 4,8, precisa calagem. já mandei foto do laudo pra ele",
                31,
            ),
            Logged(
                N,
                "recebi proposta da exportadora (Santos) – especialista de sustentabilidade, uns 40% a mais + carro. resposta até 10/12. NÃO falei com ninguém da coop ainda",
                24,
            ),
            Logged(
                A,
                "perguntei o q ele acha de sair agora q to pegando os produtores na mão. disse q quer conversar pessoalmente, nao por zap",
                20,
            ),
            Logged(
                F,
                "fiquei de mandar pra ele o rascunho do projeto de crédito de carbono até fim de nov",
                16,
            ),
            Logged(
                N,
                "presidente da coop falou em 'reestruturar a área técnica em 2027' 🤔 será q é a vaga de coordenador?",
                12,
            ),
            Logged(F, "ligar pro dr Hélio de novo – ele não retornou sobre o ensaio", 8),
            Logged(
                AG,
                "proposta de Santos: prós/contras, e se dá pra usar pra negociar com a coop sem parecer chantagem",
                4,
            ),
            Logged(AG, "perguntar se ele conhece alguém q trabalhou nessa exportadora", 2),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CX_wanjiru_dispatch_mombasa",
        "Wanjiru",
        "dispatch & fleet supervisor, cold-chain logistics (pharma + fresh produce), Mombasa",
        "Get Otieno to back me for Fleet Manager when Brian moves to Nairobi in Q1, and close the reefer maintenance contract before Dec",
        "Otieno",
        "Regional Operations Director (Coast), her manager Brian's boss",
        Role.SKIP,
        monthly(1, 1),
        time(8, 0),
        "Wanjiru, 38, runs dispatch for a cold-chain trucking company in Mombasa. She meets her skip-level, the regional operations director, once a month. His priority is zero temperature excursions on pharma loads before a client audit in January; she got data loggers approved and hit four clean weeks. She wants the Fleet Manager job her boss Brian leaves in Q1 and owes Otieno a reefer-maintenance vendor comparison by 30 Nov. Delicate: two trucks on Brian's roster burn about 30% more fuel than comparable routes, and one driver seems to be Brian's relative. Brian told her to leave it to him and nothing has changed. Raising it with Otieno could look like she is undermining Brian to get his job.",
        logged=(
            Logged(
                P,
                "Otieno big thing this qtr = temp excursions on pharma loads. zero tolerance, client audit in Jan",
                57,
            ),
            Logged(
                A,
                "asked O for budget for 6 more data loggers (the bluetooth ones). he said send quote",
                54,
            ),
            Logged(F, "send O logger quote by fri", 53, DONE),
            Logged(N, "loggers approved!! 6 pcs, arriving wk of 23rd. asante boss 🙏", 41),
            Logged(
                W, "zero temp excursions on pharma runs 4 wks straight 💪 first time this yr", 36
            ),
            Logged(
                G,
                "covered night dispatch 3 nights when Hassan was off sick, O's office had the Kilifi hosp rush order",
                33,
            ),
            Logged(
                N,
                "fuel rpt: KCx 412 & KDA 077 using ~30% more than same routes. both on Brian's roster. one driver is his relative (cousin i think?) 🤐",
                29,
            ),
            Logged(
                A,
                "asked O (corridor chat) if Fleet Mgr role will be advertised internal first. 'HR will decide' – not a no",
                25,
            ),
            Logged(
                N,
                "Brian told me dont bother O with small fuel issues, he'll handle. nothing has changed since",
                19,
            ),
            Logged(
                F,
                "promised O reefer maintenance vendor comparison by 30 Nov – still need Coolserve quote",
                15,
            ),
            Logged(
                N,
                "Coolserve quote in. 18% cheaper than current guys but no 24hr callout on wkends 😕",
                11,
            ),
            Logged(
                AG,
                "fuel thing - how do i raise it w/o it looking like im going over Brian's head for his job",
                4,
            ),
            Logged(AG, "loggers: only 4 came, stores says 2 still pending. chase b4 audit", 3),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CX_yui_fukuryoricho_kanazawa",
        "Yui",
        "副料理長（sous-chef）、老舗旅館の調理場、金沢",
        "別館の料理長の話、受けたい。でも母の介護もあるから、休みとか条件をちゃんと相談したい",
        "女将さん",
        "旅館の女将（経営者）。春オープンの別館レストランの料理長にYuiを推してくれている",
        Role.SPONSOR,
        biweekly(0),
        time(14, 0),
        "Yui, 31, sous-chef at a long-established ryokan in Kanazawa. The proprietress (okami) is sponsoring her to be head chef of a new annex restaurant opening in spring 2027, built around local fish and local lacquer and porcelain makers. Yui owes her five trial dishes with photos and cost sheets by 7 Dec, but only three cost sheets are done and the price of yellowtail is pushing her food cost above 38%. Delicate: her mother in Toyama had a mild stroke and needs her more, including a care-manager meeting on Sat 12 Dec, which is a prep day. Also the head chef (大将), her direct boss, has stopped trusting her with prep since word of the annex got around, and she does not know whether to raise it with the okami.",
        logged=(
            Logged(
                P,
                "女将さん：別館のテーマは「地元の器と地元の魚」。九谷と輪島の作家さんと組みたいって",
                60,
            ),
            Logged(
                A,
                "別館の試作、大将通さずに出していいか聞いた→一回大将に見せてからにして、とのこと",
                56,
                DONE,
            ),
            Logged(G, "輪島の塗師の坂口さん紹介した（実家の近所）女将さんすごい喜んでた😊", 50),
            Logged(W, "秋の会席の香箱蟹のお椀、口コミで名指しで褒められた🦀", 43),
            Logged(N, "母が脳梗塞で入院（富山）。軽いけど右手しびれ残るかも。兄は東京だし…", 38),
            Logged(
                A,
                "隔週で日曜休み固定にできないか女将さんに相談→年末年始はムリ、1月から考えるって",
                34,
            ),
            Logged(N, "大将、最近わたしに仕込み任せてくれない。別館の話、耳に入ってる？😓", 27),
            Logged(F, "別館の試作5品、12/7までに写真＋原価表で女将さんに出す約束", 21),
            Logged(
                N, "母 退院。リハビリ週2。ケアマネさんとの面談 12/12（土）…仕込みの日じゃん", 16
            ),
            Logged(F, "原価表まだ3品だけ。ぶりの仕入れ上がってて原価率38%超えそう", 10),
            Logged(
                N, "女将さん「料理長になったら人も見てもらうからね」→ 若い子2人の面倒みれるかな", 6
            ),
            Logged(AG, "12/12休ませてもらえるか（ケアマネ面談）", 3),
            Logged(AG, "大将とのこと、女将さんに言うべき？言うならどう言う…", 2),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CX_aisha_dataeng_lagos",
        "Aisha",
        "data engineer (2 yrs in), fintech payments company, Lagos",
        None,
        "Tolu",
        "senior engineer on the payments/ledger team, fortnightly knowledge-swap partner",
        Role.PEER,
        biweekly(4),
        time(16, 0),
        "Aisha, 26, data engineer at a Lagos fintech, does a fortnightly knowledge swap with Tolu, a senior engineer on another team. She has not set a goal. Tolu cares about a no-downtime ledger cutover on 15 Dec and his promotion case to staff. She owes him data-quality checks for the ledger tables by 4 Dec but is blocked on a security access ticket. She has already helped him with a dbt macro, and her reconciliation job speed-up (47 to 11 minutes) got mentioned at all-hands. Shadowing his on-call was agreed for January. Nothing delicate, just a reciprocal peer relationship to keep healthy.",
        logged=(
            Logged(
                N,
                "first knowledge swap w Tolu. he's on the ledger migration, im on the airflow stuff",
                59,
            ),
            Logged(A, "asked T to review my PR for the reconciliation DAG (#482)", 55, DONE),
            Logged(N, "T reviewed 482, 14 comments 😅 mostly idempotency. merged after fixes", 51),
            Logged(
                G,
                "wrote T a quick dbt macro for the fx rates snapshot, saved his team like a day",
                46,
            ),
            Logged(
                P,
                "Tolu cares abt: ledger cutover 15 Dec w no downtime + getting his promo case to staff",
                42,
            ),
            Logged(
                W, "recon job now runs in 11 min vs 47 🔥 Kunle mentioned it at eng allhands", 35
            ),
            Logged(
                A, "asked if i can shadow his on-call wk in Dec to learn the payments runbook", 30
            ),
            Logged(
                F,
                "I owe him data quality checks for ledger tables before cutover — said by 4 Dec",
                24,
            ),
            Logged(
                N, "NEPA took light 2 days, worked from co-working in Yaba, missed our swap", 18
            ),
            Logged(N, "T said shadow on-call fine but after cutover, so Jan", 12),
            Logged(
                F,
                "still need read access to ledger_v2 schema for the checks, DATA-1193 pending w security",
                7,
            ),
            Logged(AG, "can he nudge security on DATA-1193? else 4 Dec slips", 3),
            Logged(
                AG,
                "offer to write up the recon perf thing for his promo doc? (cross-team impact)",
                1,
            ),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "CX_birgit_tafel_leipzig",
        "Birgit",
        "Koordinatorin (Teilzeit, 30h), Tafel / gemeinnütziger Verein, Leipzig",
        "Ich muss dem Vorstand klarmachen dass es so nicht weitergeht – entweder ne zweite Teilzeitkraft (20h) oder ich reduziere. Und das vor der Mitgliederversammlung.",
        "Klaus",
        "ehrenamtlicher Vorstandsvorsitzender des Trägervereins, formal ihr Arbeitgeber-Vertreter",
        Role.OTHER,
        monthly(1, 2),
        time(17, 30),
        "Birgit, 57, is the only paid coordinator of a food bank in Leipzig run by a non-profit association. Her counterpart is the volunteer board chair. The board wants digital donation receipts before a tax-office review in spring, and she promised him a concept by 1 Dec. She raised money for the cold-room repair herself after the board funded only half. She wants a second part-time post agreed before the members' meeting on 3 Dec, and has numbers ready (1,840 households a month, +22%). Delicate: she had a stress-related sudden hearing loss and was off sick for a week, and only Klaus knows. Also a long-standing volunteer, a friend of Klaus, keeps taking food for himself before distribution, and other volunteers have complained.",
        logged=(
            Logged(
                P,
                "Klaus: Vorstand will bis Jahresende Spendenquittungen digital, Prüfung Finanzamt im Frühjahr",
                58,
            ),
            Logged(
                A,
                "Kühlzelle wieder bei 11°, Angebot Kältetechnik Richter 4.300€ – Klaus gefragt ob Vorstand freigibt",
                54,
            ),
            Logged(N, "Klaus: Vorstand gibt nur 2.000 frei, Rest über Spendenaufruf 🙄", 47),
            Logged(
                G,
                "Spendenaufruf Kühlzelle geschrieben + bei der LVZ angerufen, Artikel kam am Sa",
                44,
            ),
            Logged(W, "3.150€ zusammen in 10 Tagen!! + Edeka Südvorstadt gibt 500 🎉", 37),
            Logged(
                N,
                "Hörsturz li. Ohr, 1 Wo krankgeschrieben. Ärztin sagt Stress. Habs nur Klaus gesagt, nicht dem Team",
                33,
            ),
            Logged(
                A,
                "Klaus gefragt wg zweiter Teilzeitstelle (20h) für Logistik/Abholungen. Antwort: 'nach der Mitgliederversammlung'",
                29,
            ),
            Logged(N, "MV ist am 3.12. 😬 also vorher klären sonst wieder ein Jahr", 23),
            Logged(
                N,
                "Herr D. packt wieder vor der Ausgabe Sachen für sich ein (Joghurt, Fleisch). 2 Ehrenamtliche haben sich bei mir beschwert. Er ist seit 12 J dabei + mit Klaus befreundet",
                19,
            ),
            Logged(
                F,
                "Klaus versprochen: Konzept digitale Quittungen bis 1.12. (welches Tool? bei Tafel Dtl nachfragen)",
                14,
            ),
            Logged(N, "Kühlzelle repariert ✅ läuft stabil bei 4°", 9),
            Logged(
                F,
                "Zahlen für MV: 1.840 Haushalte/Monat, +22% ggü Vorjahr, Ehrenamtsstunden noch zusammenzählen",
                5,
            ),
            Logged(
                AG,
                "20h-Stelle – VOR der MV festmachen, Zahlen mitbringen. Und ehrlich sagen wie's mir geht??",
                2,
            ),
            Logged(AG, "Herr D. – wie ansprech ich das wo Klaus ihn so gut kennt", 1),
        ),
        tz="Europe/Berlin",
    ),
)
