# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 32 (set AY)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH50 = (
    Persona(
        "AY_douro_adega_tank14",
        "Rui",
        "Enólogo adjunto (assistant winemaker), family-owned quinta near Pinhão, Douro, Portugal",
        "ficar com os tintos DOC em 2027 e deixar de ser só o gajo das análises",
        "Teresa",
        "Enóloga-chefe e diretora de produção, his direct boss",
        Role.MANAGER,
        weekly(0),
        time(8, 0),
        "Rui is 31 and has been assistant winemaker at the quinta for three years; harvest ended mid-October and he is now running the tawny 10-year blend trials. The samples for the IVDP tasting panel must go out by Friday 4 December and his protocol still needs Teresa's signature. He also suspects the cellar foreman has been topping up an estate-grapes reserve tank with bought-in wine, and doesn't know how to raise it without it looking like an accusation.",
        logged=(
            Logged(
                P,
                "Teresa: prioridade nº1 este ano é a certificação de sustentabilidade do setor vitivinícola. quer auditoria passada até março, diz q é o q os importadores UK pedem agora",
                118,
            ),
            Logged(A, "pedi p/ ir c/ ela à prova dos portos em Gaia em setembro", 112, DONE),
            Logged(N, "disse q sim, vou c/ ela dia 18/9 👍", 109),
            Logged(
                W,
                "vindima: cuba de touriga da parcela do Vale sem 1 problema de fermentação. ela disse 'bom trabalho' à frente do sr. Albano 😅",
                96,
            ),
            Logged(
                N,
                "pai ligou, quer vender a vinha de Favaios, 2ha. nao sei se quero q venda. nao falar disto no trabalho",
                88,
            ),
            Logged(
                G,
                "passei os registos de vindima todos p/ excel p/ a auditoria de sustentabilidade, ela nem tinha pedido",
                80,
            ),
            Logged(
                A,
                "perguntei se posso ficar responsável pelos tintos DOC 2027 (lotes + provas). resposta: 'depois da vindima falamos'",
                74,
            ),
            Logged(
                N,
                "vindima acabou 12/10. 19 dias sem folga. costas destruídas, marquei fisio p/ 3ª",
                45,
            ),
            Logged(
                N,
                "cuba 14 (reserva DOC, só uvas da quinta) subiu ~600L de um dia p/ o outro sem registo de trasfega. Albano diz q foi 'acerto de leitura'. não bate. o único vinho disponível era o lote comprado à cooperativa. se isto vai p/ rótulo como uvas próprias é problema a sério",
                41,
            ),
            Logged(
                F,
                "prometi à Teresa: protocolo das provas de lote do tawny 10 anos pronto p/ ela rever antes das amostras irem p/ o IVDP",
                38,
            ),
            Logged(W, "tawny 10: acidez volátil ok finalmente, 0,52 g/L. alívio", 30),
            Logged(
                F,
                "mandar à Marta (lab externo) as amostras de SO2 livre repetidas, ela pediu até sexta",
                27,
            ),
            Logged(
                G,
                "fiz a visita dos importadores suecos no lugar da Teresa pq o filho dela estava c/ febre. compraram 40 caixas",
                21,
            ),
            Logged(
                P,
                "custos de energia do frio (estabilização tartárica) - ela quer números e alternativas antes da reunião de orçamento 2027 c/ a administração, dia 9/12",
                16,
            ),
            Logged(A, "pedi WSET 3 pago pela quinta (~900€). ela: 'vou ver c/ o Dr. Guedes'", 12),
            Logged(
                N,
                "Sofia recebeu proposta em Lisboa. se ela for... não sei. não misturar c/ trabalho mas pesa",
                9,
            ),
            Logged(
                F,
                "responder ao Paulo da cooperativa de Favaios sobre preço da uva 2027, devo-lhe resposta desde a semana passada",
                7,
            ),
            Logged(W, "prova do lote tawny c/ Teresa e Dr. Guedes: ficou o meu blend B 🍷", 5),
            Logged(
                N,
                "Albano mexeu outra vez na cuba 14 ontem à noite, nenhum registo. tirei foto ao nível. não sei se falo c/ a Teresa ou se fico eu como o bufo",
                3,
            ),
            Logged(
                AG,
                "amostras IVDP têm de sair até sexta dia 4. protocolo ainda sem assinatura dela",
                2,
            ),
            Logged(
                AG, "cuba 14 - levanto ou não? e como, sem parecer q estou a acusar o Albano", 1
            ),
            Logged(
                AG,
                "tintos DOC 2027 - voltar a perguntar agora q a vindima acabou. + números do frio p/ dia 9",
                1,
            ),
        ),
    ),
    Persona(
        "AY_tanger_harness_pulltest",
        "Salma",
        "Ingénieure qualité client (customer quality engineer), automotive wiring-harness plant, Tanger Automotive City, Morocco",
        "passer Quality Manager site d'ici fin 2027 inchallah",
        "Hicham",
        "Directeur d'usine (plant manager), her N+2",
        Role.SKIP,
        monthly(1, 2),
        time(15, 0),
        "Salma, 28, has been customer quality engineer at the plant for two years and has a monthly skip-level with the plant manager, which her own boss Karim tolerates. A German OEM's process audit lands on Thursday 3 December, the day after her 1:1. She has twice seen night-shift pull-test sheets on line 7 filled in before the tests were done, Karim told her not to make waves before the audit, and a QM job at the Kénitra site just opened with Hicham on the panel.",
        logged=(
            Logged(
                P,
                "Hicham: PPM client < 50 avant fin d'année, c'est son KPI n°1 devant le groupe",
                119,
            ),
            Logged(N, "1:1 mensuel avec Hicham lancé. Karim ok avec ça. bizarre mais ok", 115),
            Logged(A, "demandé la formation auditeur VDA 6.3 (Casa, 5j)", 108, DONE),
            Logged(N, "validée pour octobre hamdullah 🙏", 100),
            Logged(
                W,
                "8D connecteur mal verrouillé clôturé en 12j au lieu de 30. le client a écrit merci avec Hicham en copie",
                84,
            ),
            Logged(
                G,
                "fait le Pareto défauts par ligne pour sa réunion groupe, en anglais. il l'a présenté tel quel",
                77,
            ),
            Logged(
                N,
                "maman hospitalisée 3j à Tétouan (glycémie). aller-retour tous les soirs. crevée. personne au boulot ne sait",
                70,
            ),
            Logged(W, "certif VDA 6.3 obtenue ✅", 52),
            Logged(
                F,
                "promis à Hicham: plan de préparation audit client avec un responsable par chapitre",
                47,
            ),
            Logged(
                N,
                "ligne 7, poste sertissage: fiches pull test du poste de nuit déjà remplies à 22h pour toute la nuit. toutes les valeurs à 68N pile. Youssef (chef de ligne) dit 'c'est la routine, on teste après'. non. si le client voit ça on perd le programme",
                40,
            ),
            Logged(
                F,
                "envoyer à Nadia (RH) la liste des opérateurs ligne 7 à re-former sur le pull test + planning",
                36,
            ),
            Logged(
                A,
                "demandé à Hicham un 2ème technicien labo pour les micrographies, on est 1 seul pour 3 lignes. il a dit 'après l'audit'",
                33,
            ),
            Logged(
                N,
                "Karim m'a dit de 'pas faire de vagues' sur la ligne 7 avant l'audit. wakha... mais non",
                28,
            ),
            Logged(
                G,
                "restée samedi pour refaire les gammes de contrôle ligne 3 avec la maintenance",
                24,
            ),
            Logged(W, "PPM octobre: 41 🎉 premier mois sous 50", 19),
            Logged(
                F,
                "relancer Mr Weber (SQE client) pour l'agenda final de l'audit du 3/12, he still hasn't sent it",
                14,
            ),
            Logged(
                N,
                "annonce interne: poste QM Kénitra ouvert en janvier, Hicham dans le jury. je postule? trop tôt après 2 ans?",
                11,
            ),
            Logged(N, "crédit voiture 3 200 dh/mois + loyer à Kénitra... khassni n7seb mzyan", 8),
            Logged(
                F,
                "envoyer à Karim la version finale du plan d'audit avant lundi, il veut relire",
                6,
            ),
            Logged(
                N,
                "repassée ligne 7 mardi soir: fiches encore pré-remplies. j'ai pris des photos. didn't tell Karim yet",
                4,
            ),
            Logged(
                AG,
                "audit client jeudi 3 déc: points faibles = traçabilité ligne 7 + labo surchargé (le technicien!)",
                2,
            ),
            Logged(AG, "ligne 7 - je lui montre les photos directement, sans passer par Karim?", 1),
            Logged(AG, "poste Kénitra: lui demander franchement s'il me voit dedans", 0.5),
        ),
    ),
    Persona(
        "AY_bkk_pos_android_mentee",
        "Kwan",
        "Android developer (mid-level), POS app for small shops and street vendors, Bangkok, Thailand",
        "อยากเป็น tech lead ใน 2 ปี but not sure I even want to manage ppl 555",
        "Pim",
        "Engineering Director at a bank, her mentor through a Women in Tech mentoring programme",
        Role.MENTOR,
        biweekly(1),
        time(19, 30),
        "Kwan, 29, builds the Android POS app at a mid-sized Bangkok company; she shipped an offline-sync fix and a printer SDK migration this year. She was matched with an outside mentor, K.Pim, in late October and the first real mentoring call is next Tuesday evening. Her Senior promo packet is due 10 December, she just learned a new junior hire earns more than her, and her widowed mother wants her back in Chiang Mai.",
        logged=(
            Logged(
                N,
                "sprint review: P'Nok (PM) blamed Android for release delay again, tho it was backend API. ไม่ได้พูดอะไร 😶",
                117,
            ),
            Logged(W, "offline sync fix shipped → crash rate 1.8% → 0.4% 🎉", 103),
            Logged(
                N,
                "แม่ wants me back in Chiang Mai for good. ไม่อยาก but she's alone since พ่อ passed",
                95,
            ),
            Logged(A, "asked P'Ton (my lead) if I can lead the printer SDK migration", 80, DONE),
            Logged(N, "P'Ton: yes but 'shadow me first' ok ค่ะ", 78),
            Logged(
                W, "printer SDK migration done, 0 P1 bugs. P'Ton gave me credit at all-hands 🥹", 60
            ),
            Logged(
                N,
                "found out new junior Android hire gets 5k/month more than me 🙃 applied to WiT mentoring programme same night lol",
                45,
            ),
            Logged(
                N,
                "matched w/ K.Pim, Eng Director at a bank, 20y exp. intro call only 15 min, she's super direct",
                30,
            ),
            Logged(
                P,
                "K.Pim: wants mentees to come w/ specific asks, not 'general advice'. also big on accessibility, she started the a11y guild at her bank",
                28,
            ),
            Logged(
                A,
                "asked K.Pim to review my promo packet draft before submission. she said 'send it, no promises on timing'",
                27,
            ),
            Logged(
                G,
                "sent K.Pim our 1-page on TalkBack fixes for low-vision vendors, she asked if she can reuse it for her guild 😊",
                25,
            ),
            Logged(
                F,
                "promised K.Pim: bring 3 concrete questions + promo draft to our first real session",
                22,
            ),
            Logged(
                F, "owe P'Ton the design doc for Bluetooth printer reconnect, said end of month", 18
            ),
            Logged(
                F, "reply to the recruiter (the Singapore one) - ghosting him 2 wks already 😬", 15
            ),
            Logged(
                N,
                "P'Nok again in retro: 'Android always late'. I have Jira data, backend blocked us 4 of 6 sprints. push back or let it go??",
                12,
            ),
            Logged(W, "accepted to speak at Android BKK meetup in Jan, 10 min on offline sync", 10),
            Logged(N, "3am again นอนไม่หลับ. doc said cut caffeine. ok 555 no", 7),
            Logged(F, "send Mint (QA) the test matrix for the new Sunmi devices ศุกร์นี้", 5),
            Logged(A, "asked K.Joy (HR) for the salary band for Senior Android, no reply yet", 4),
            Logged(
                AG,
                "promo packet due 10 ธ.ค. - ask K.Pim to look at the 'impact' section at least",
                2,
            ),
            Logged(
                AG,
                "salary gap w/ the new junior: raise w/ P'Ton or not? how would she handle it",
                1,
            ),
            Logged(AG, "Chiang Mai + remote: career suicide or not?", 1),
        ),
        first=True,
    ),
    Persona(
        "AY_oregon_coop_line_foreman",
        "Travis",
        "Line crew foreman, rural electric cooperative, eastern Oregon, USA",
        "get the super job when rick retires. and new grounds for my crew",
        "Linda",
        "Operations Manager, his boss's boss",
        Role.SKIP,
        monthly(1, 1),
        time(6, 30),
        "Travis, 44, runs a four-man line crew covering the co-op's eastern districts and has a monthly early-morning sit-down with the operations manager. He is on storm standby over Thanksgiving with his kids staying, owes Linda the last 40 poles of the Ironside inspection data by Friday and his apprentice's six-month evaluation by the 3rd. Twice he has seen his boss Rick push people past basic safety rules, and Rick's job opens in 2028 with Linda choosing.",
        logged=(
            Logged(
                P,
                "linda - wildfire mitigation plan is her baby. state wants it tight this yr after Durkee fire",
                120,
            ),
            Logged(A, "asked for 2nd apprentice on my crew", 112, DONE),
            Logged(N, "linda ok'd it. Kayden starts monday", 105),
            Logged(W, "rebuilt 3 mi on hwy 26 line 2 days early no injuries", 98),
            Logged(
                G,
                "took linda + board member out to see the fiberglass crossarms on the Unity line, answered all there q's",
                90,
            ),
            Logged(
                N,
                "knee acting up again. ortho says scope in jan. dont want rick to know yet hell bench me",
                82,
            ),
            Logged(
                F,
                "told linda id get her the ironside pole inspection data in the new GIS format",
                75,
            ),
            Logged(W, "Kayden passed climbing eval first try", 66),
            Logged(N, "custody - I got the kids thanksgiving this yr. pray no outage", 58),
            Logged(
                N,
                "rick told Kayden to go up on the Brogan tap w/o grounds set bc 'its been dead since noon'. I stopped it. rick pissed. this is how guys die",
                47,
            ),
            Logged(
                A,
                "asked linda for $ for 2 more sets of personal protective grounds + a hot stick, ours are shot. she said put it in 2027 ask",
                40,
            ),
            Logged(F, "send Dave at Asplundh the list of spans to clear b4 snow", 35),
            Logged(G, "covered 4 nights storm call for Mike's crew, his wife had the baby", 29),
            Logged(
                N,
                "tree contractor working inside 10ft of energized 12kv, no observer. rick was right there, said nothing. I said something to their foreman, not to rick",
                22,
            ),
            Logged(W, "crew hit 1000 days no lost time 👍", 17),
            Logged(F, "Kayden 6 mo eval due to the JATC by the 3rd", 14),
            Logged(N, "OT check was big. paid off the truck finally", 10),
            Logged(F, "pole data 80% done. linda wants it fri. last 40 poles in ironside", 6),
            Logged(N, "rick retiring 2028 announced at safety mtg. linda picks", 3),
            Logged(N, "standby all thanksgiving. wind advisory tmrw nite. kids here", 0.5),
            Logged(AG, "grounds/hot stick cant wait til 2027. push again", 2),
            Logged(
                AG,
                "rick + brogan tap + tree crew - tell linda or go thru safety committee? dont want to look like im gunning for his job",
                1,
            ),
            Logged(AG, "super job - what would she need to see from me", 0.5),
        ),
    ),
    Persona(
        "AY_brisbane_insolvency_prebill",
        "Mei",
        "Lawyer (3rd year), restructuring & insolvency group, mid-tier law firm, Brisbane, Australia",
        "SA at the July '27 review. and not burn out before then",
        "Graham",
        "Equity partner in her practice group, her sponsor for promotion",
        Role.SPONSOR,
        biweekly(3),
        time(7, 30),
        "Mei, 27, is a third-year lawyer whose partner, Graham, has been openly backing her for senior associate. She is drafting a defence due 4 December with Brett, a senior associate who is Graham's long-time protégé and who asked her to shift capped fixed-fee hours onto another file. She refused, but the month-end pre-bill now shows 22 hours she never worked under her name, and she has to decide whether to bring it to Graham at their fortnightly coffee.",
        logged=(
            Logged(
                P,
                "Graham wants the group to crack mining services insolvency work (Bowen Basin contractors). keeps saying 'relationships not pitches'",
                118,
            ),
            Logged(A, "asked G if I can come to the ARITA conference in Sydney", 110, DONE),
            Logged(N, "he said yes + firm pays 🙌", 104),
            Logged(
                W,
                "won the security for costs app in the Supreme Court - my submissions, G on his feet, but he said so in the client email",
                92,
            ),
            Logged(
                G,
                "wrote the client alert on the new safe harbour decision, G sent it under his name w/ me as co-author",
                85,
            ),
            Logged(
                N,
                "dad's restaurant in Sunnybank struggling, lent him 8k. not telling anyone at work obviously",
                77,
            ),
            Logged(
                F,
                "promised G: list of 15 Bowen Basin contractors showing ASIC / ATO red flags, for his lunch w/ the KPMG restructuring guys",
                70,
            ),
            Logged(W, "1,650 billable hrs YTD, ahead of target", 63),
            Logged(
                N,
                "Brett asked me to move 22 hrs from the Dalby matter (fixed fee, already capped) to Coral Sea Freight (hourly, same client group). 'everyone does it, it's the same client'. I didn't. felt sick",
                55,
            ),
            Logged(
                A,
                "asked G if I can run Harlow Mining day-to-day w/ him supervising instead of Brett. he said 'let's see how Q1 looks'",
                48,
            ),
            Logged(F, "send Priya (grad) feedback on her research memo, promised last wk", 40),
            Logged(
                N,
                "Brett: 'did you sort those hours?' me: no. he's been frosty since. he runs half my matters",
                33,
            ),
            Logged(G, "organised the client CPD breakfast, 34 RSVPs, G brought 2 new contacts", 26),
            Logged(
                W,
                "Harlow mediation settled, client thrilled, G forwarded the thank you to the managing partner",
                20,
            ),
            Logged(
                N,
                "60hr weeks, not sleeping. GP said talk to someone, gave me the EAP number. haven't called",
                15,
            ),
            Logged(
                F,
                "Coral Sea Freight defence due 4/12 - sent draft to Brett Mon, no comments back",
                12,
            ),
            Logged(F, "reply to Sam at QLS re being a mentor in the 2027 program - overdue", 8),
            Logged(
                N,
                "saw the Coral Sea pre-bill. 22 extra hrs on there under MY name. I did not record those",
                6,
            ),
            Logged(A, "asked G for 20 min before our coffee re 'a billing question' - no reply", 4),
            Logged(
                AG,
                "pre-bill w/ my name on hours I didn't work - how do I raise it w/o it blowing up with Brett (his guy)",
                2,
            ),
            Logged(
                AG,
                "SA in July - what does he need to see, and will he actually go in to bat for me",
                1,
            ),
            Logged(
                AG,
                "xmas party 11/12 - he wants me to meet the KPMG people, confirm + Bowen list",
                0.5,
            ),
        ),
    ),
    Persona(
        "AY_kisumu_ams_pharmacist",
        "Otieno",
        "Senior pharmacist, county referral hospital, Kisumu, Kenya",
        "head of pharmacy when Dr Were retires + finish MSc clinical pharm bila kuchoka",
        "Akinyi",
        "Nursing Officer in charge of the medical wards, co-chair with him of the antimicrobial stewardship committee",
        Role.PEER,
        weekly(4),
        time(14, 0),
        "Otieno, 36, co-chairs the hospital's antimicrobial stewardship committee with Akinyi, the nursing officer in charge of the medical wards, and they meet weekly on Friday afternoons. Their IV-to-oral switch pilot on Ward 4 cut ceftriaxone use, the November dashboard is due by the 5th, and he needs her co-signature on a county scale-up proposal before the 11 December budget deadline. Stock counts show ceftriaxone and tramadol going missing from Ward 6, where he thinks a nurse is Akinyi's relative, and his verbal report to the head of pharmacy went nowhere.",
        logged=(
            Logged(
                P,
                "Akinyi's big thing: cutting ceftriaxone overuse on the wards. she wants data not lectures",
                116,
            ),
            Logged(
                A,
                "asked her to let her ward nurses pilot the IV-to-oral switch checklist",
                109,
                DONE,
            ),
            Logged(N, "she agreed, Ward 4 only to start. poa 👍", 101),
            Logged(W, "Ward 4 pilot month 1: ceftriaxone DDDs down 23%", 88),
            Logged(G, "trained her night nurses on the checklist myself, came in at 9pm twice", 82),
            Logged(N, "MSc fees 2nd installment 95k due jan. HELB or sacco loan? si rahisi", 74),
            Logged(
                F,
                "promised Akinyi the AMS dashboard by the 5th every month. so far 2 of 3 on time",
                66,
            ),
            Logged(
                N,
                "KEMSA late again, amoxicillin stockout 9 days. wards angry at pharmacy not KEMSA",
                57,
            ),
            Logged(
                A,
                "asked her to co-sign the proposal to county health to scale the pilot to all med wards + paeds. she said 'let me talk to matron first'",
                50,
            ),
            Logged(W, "our pilot abstract accepted as a poster at the PSK conference!", 43),
            Logged(
                N,
                "stock count: 40 vials ceftriaxone + 6 boxes tramadol short in Ward 6 store vs dispensing records. Ward 6 not even in the pilot. someone is moving stock. told Dr Were verbally, he said 'we'll look into it'. nothing since",
                36,
            ),
            Logged(
                F,
                "send Dr Were the discrepancy report in writing (he asked for it 'informally' lol)",
                30,
            ),
            Logged(
                G,
                "covered Akinyi's slot at the sepsis CME when she was at her sister's wedding in Siaya",
                24,
            ),
            Logged(N, "wife due in Feb 🙏 need to sort the thesis timeline before", 19),
            Logged(
                F,
                "remind Brian (pharm tech) to finish the expiry list for the December stock-take, he keeps saying kesho",
                15,
            ),
            Logged(
                W,
                "county Health CEC mentioned our pilot on the radio!! Akinyi shared the clip on the group",
                12,
            ),
            Logged(
                N,
                "Ward 6 again, tramadol 3 boxes short. one of the nurses there is Akinyi's cousin i think. nimekwama",
                9,
            ),
            Logged(
                F,
                "Nov AMS dashboard due by the 5th - half done, waiting for culture data from Mercy at micro",
                5,
            ),
            Logged(
                A,
                "asked Mercy (micro lab) for Oct-Nov culture & sensitivity data, still nothing",
                3,
            ),
            Logged(
                AG,
                "county proposal - submission for the 2027/28 budget closes 11th Dec. need her signature this wk or next",
                2,
            ),
            Logged(
                AG,
                "Ward 6 stock - do I tell her? she's in charge, she has to know... but the cousin thing",
                1,
            ),
            Logged(
                AG,
                "ask her to present the poster with me at PSK - but baby due around the same time",
                0.5,
            ),
        ),
    ),
)
