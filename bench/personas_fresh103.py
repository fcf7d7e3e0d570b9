# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set CZ), rated before and after this stop's changes in round 58 (`bench/reviews/round58_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH103 = (
    Persona(
        "CZ_tomasz_electrician_gdansk",
        "Tomasz",
        "elektryk, brygadzista zmiany, stocznia remontowa, Gdańsk",
        "uprawnienia SEP D do marca i awans na mistrza",
        "Krzysiek",
        "kierownik robót elektrycznych, mój bezpośredni szef",
        Role.MANAGER,
        weekly(0),
        time(7, 0),
        "Tomasz is a shift foreman electrician at a ship-repair yard in Gdańsk, reporting to Krzysiek, the electrical works manager. "
        "The yard must deliver a ferry on time (contract penalties) and a DNV/owner audit is coming in December where Krzysiek wants zero safety findings. "
        "The delicate matter: a colleague and friend, Darek, has twice worked on live switchgear without lockout-tagout, and a young apprentice, Kuba, got a minor electric shock on 5 Nov; "
        "Tomasz owes the safety officer a written incident description by Friday 27 Nov, before the Monday 1:1, and wants to raise Darek with Krzysiek without looking like an informer. "
        "Also open: his SEP D course funding was put off to 'after New Year' but course enrolment closes 15 Dec; his missing overtime was only partly paid (10 of 14 h); "
        "he asked to keep Kuba in his crew. He did two Saturdays for Krzysiek and his crew finished insulation tests early. He owes a December materials list by Wednesday.",
        logged=(
            Logged(
                A,
                "prosilem Krzyska o dofinansowanie kursu SEP D (ok 1200 zl). odp: 'po nowym roku wrocimy do tematu'",
                62,
            ),
            Logged(
                P,
                "K mowi ze na Q4 najwazniejsze oddac prom na czas, jak sie spoznimy sa kary umowne",
                55,
            ),
            Logged(
                G, "zostalem 2 soboty zeby dokonczyc trasy kablowe na pokladzie 5, K prosil", 48
            ),
            Logged(A, "brakuje 14h nadgodzin na pasku za wrzesien, K ma sprawdzic z kadrami", 41),
            Logged(
                N,
                "Darek znowu robil na rozdzielnicy bez blokady i zawieszki (LOTO), mlodego Kube postawil 'na czatach' zamiast wylaczyc. powiedzialem mu ze tak nie wolno, wkurzyl sie",
                30,
            ),
            Logged(
                N,
                "drugi raz Darek bez LOTO, szafa 400V w maszynowni. 5.11 Kuba kopniety pradem, lekko, bez L4. nie chce kablowac na kumpla ale to moja zmiana...",
                21,
            ),
            Logged(
                F, "obiecalem p. Ewie z BHP ze do pt 27.11 wysle opis zdarzenia z 5.11 (Kuba)", 20
            ),
            Logged(
                N,
                "nadgodziny przyszly z wyplata 10.11 ale tylko 10h z 14 ?? nie wiem czy to koniec czy jeszcze dojdzie",
                16,
            ),
            Logged(
                W,
                "moja brygada zamknela pomiary izolacji na promie 2 dni przed planem, armator podpisal protokol bez uwag 💪",
                14,
            ),
            Logged(
                A,
                "zapytalem K czy moge wziac Kube na stale do brygady zamiast rotacji - 'pogadamy w pon'",
                9,
            ),
            Logged(P, "K: w grudniu audyt armatora + DNV, chce zero uwag z BHP", 7),
            Logged(F, "wyslac K liste materialow na grudzien (kable, dlawnice) do srody 2.12", 5),
            Logged(
                AG,
                "powiedziec K o Darku i LOTO zanim audyt to wyciagnie - jak to zrobic zeby nie wyszlo ze donosze",
                3,
            ),
            Logged(
                AG,
                "SEP D - czy jest kasa w budzecie na styczen? zapisy na kurs marcowy do 15.12",
                2,
            ),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CZ_amani_agronomist_moshi",
        "Amani",
        "agronomist / extension officer, coffee cooperative, Kilimanjaro",
        "kupata scholarship ya MSc 2027",
        "Mama Wanjiru",
        "retired coffee researcher, my mentor (she recommended me for the co-op job)",
        Role.MENTOR,
        monthly(-1, 4),
        time(16, 0),
        "Amani is a young agronomist and extension officer at a smallholder coffee cooperative near Moshi, Tanzania, mentored monthly by Mama Wanjiru, a retired coffee researcher who recommended him for the job. "
        "He logs in a Swahili-English mix. She wrote his MSc scholarship recommendation (now shortlisted, interview 15 Jan) and he gave her cleaned rainfall/yield data for a paper she is writing from his variety trial. "
        "The delicate matter: he has a job offer from an NGO in Nairobi at about double pay, answer due 4 Dec, which he has told no one at work; he feels guilty towards the co-op chairman, who counts on him next season, and towards his mentor. "
        "When he asked if she knows the NGO she answered ambiguously. He owes her the methods section draft by 30 Nov (just after the 1:1) and wants to ask for an extension. "
        "He needs her honest advice on the offer versus staying plus the scholarship, and how to tell the chairman, while keeping the commitment on the paper.",
        logged=(
            Logged(
                A,
                "nimemwomba Mama W recommendation letter ya scholarship (Wageningen), alisema atatuma before deadline",
                80,
                DONE,
            ),
            Logged(
                P,
                "Mama W: anataka trial ya Ruiru 11 vs SL28 plots za Kilema iishe vizuri, data iwe safi, anataka kuiandikia paper",
                70,
            ),
            Logged(N, "Mama W ametuma barua ya recommendation, asante sana 🙏", 60),
            Logged(
                G,
                "nimemtumia data ya rainfall + yields 2023-2025 kwa paper yake, nimetumia wikendi nzima kusafisha",
                52,
            ),
            Logged(
                W,
                "farmer field day Uru - wakulima 140 walikuja, 30 wamejiandikisha pruning training 🎉",
                40,
            ),
            Logged(
                N,
                "CBD imeanza plots za juu Kibosho, mvua nyingi sana. nimemwambia chairman, tunahitaji fungicide haraka",
                33,
            ),
            Logged(F, "nilipromise kumpa Mama W draft ya methods section kabla ya 30/11", 25),
            Logged(
                N,
                "offer kutoka NGO Nairobi, program officer, mshahara karibu x2. wanataka jibu by 4/12. sijamwambia mtu yeyote kazini",
                18,
            ),
            Logged(
                N,
                "chairman alisema 'tunakutegemea season ijayo' -- najisikia guilty, na Mama W ndio alinipendekeza hapa",
                12,
            ),
            Logged(
                A,
                "nimemuuliza Mama W kama anamjua mtu wa hiyo NGO — alijibu tu 'tuongee tukikutana' 🤔",
                10,
            ),
            Logged(W, "scholarship shortlist!! interview 15 Jan", 6),
            Logged(
                AG,
                "offer ya Nairobi vs kubaki coop + scholarship — ushauri wake. na nimwambie vipi chairman?",
                2,
            ),
            Logged(AG, "methods draft — naomba extension hadi 7/12?", 1),
        ),
        tz="Africa/Dar_es_Salaam",
    ),
    Persona(
        "CZ_yuki_pastry_osaka",
        "Yuki",
        "ホテル製菓部門 スーシェフ(パティシエ)、大阪",
        "来年のジャパンケーキショーに出場して、いずれシェフパティシエになる",
        "佐藤シェフ",
        "総料理長(10月着任)、直属の小林シェフの上司",
        Role.SKIP,
        monthly(1, 1),
        time(14, 30),
        "Yuki is the pastry sous-chef at a large hotel in Osaka. This is her first skip-level 1:1 with Sato, the executive chef who arrived in October; her direct boss is pastry chef Kobayashi. "
        "Sato's priorities are cutting food waste by 30% and Christmas cake orders at 120% of last year; Yuki made gluten-free banquet cake trials for him and her matcha bûche drives orders now at 131%. "
        "She owes him a one-page food-waste proposal by 1 Dec, the day of the 1:1. She wants hotel support for a pastry competition next October (ingredients, kitchen practice time); Sato replied 'let's talk in the 1:1'. "
        "Delicate: she has wrist tendonitis getting worse before the December peak and has only told Kobayashi it 'hurts a little'; and a junior quit, telling only Yuki that Kobayashi's shouting was the reason, while HR recorded personal reasons. "
        "Raising that with her boss's boss in a first meeting is risky and must be phrased carefully.",
        logged=(
            Logged(
                P,
                "新総料理長 佐藤シェフ着任。全体会議で「フードロス3割減」「クリスマスケーキ予約 前年比120%」が目標とのこと",
                45,
            ),
            Logged(
                N,
                "右手首 腱鞘炎って診断(整形外科)。テーピングで様子見。小林シェフには「ちょっと痛い」とだけ言った",
                38,
            ),
            Logged(
                G,
                "佐藤シェフに頼まれて宴会用の米粉ケーキ(グルテンフリー)試作3種 出した。好評だった",
                30,
            ),
            Logged(
                W,
                "クリスマスケーキ予約 11/20時点で前年比131% 🎂 抹茶ブッシュ・ド・ノエルが一番人気!",
                24,
            ),
            Logged(
                N,
                "新人の山本さん退職。最後に私にだけ「小林さんの怒鳴り方がもう無理」って。人事には一身上の都合",
                20,
            ),
            Logged(
                A,
                "コンクール(ジャパンケーキショー 来年10月)の材料費をホテル負担にできるか佐藤シェフにメールで相談 → 「1on1で話そう」",
                15,
            ),
            Logged(
                F,
                "佐藤シェフにフードロス案(スポンジ端材・パン耳のリメイク)を12/1までに紙1枚で出す約束",
                12,
            ),
            Logged(
                N, "手首また悪化。12月の繁忙期 正直きつい…休んだら小林さんとチームに迷惑かかる", 8
            ),
            Logged(AG, "コンクール支援のお願い(材料費+営業後に厨房使わせてもらう時間)", 3),
            Logged(AG, "山本さんの件 言うべき?小林さんは直属の上司…言い方注意", 2),
            Logged(AG, "繁忙期のシフト、手首のこと少しだけ相談?", 1),
        ),
        tz="Asia/Tokyo",
        first=True,
    ),
    Persona(
        "CZ_fernanda_lawyer_saopaulo",
        "Fernanda",
        "advogada associada sênior, societário/agro, escritório em São Paulo",
        "virar sócia até 2028",
        "Regina",
        "sócia da área de agronegócio, minha sponsor (não é minha chefe direta)",
        Role.SPONSOR,
        biweekly(3),
        time(18, 30),
        "Fernanda is a senior associate at a São Paulo law firm; Regina, a partner in the agribusiness practice, sponsors her towards partnership. "
        "Regina's priorities are closing the Agro Cerrado due diligence by 15 Dec and bringing in new agribusiness clients; Fernanda introduced her to Coop Sul's CFO and Coop Sul just signed an engagement letter, which Regina said 'counts'. "
        "Fernanda wants to be named responsible for the Coop Sul account (Regina: 'no promises') and got a vague answer on how the 2027 partner list works. She owes Regina the labour-risk memo by Fri 4 Dec. "
        "Delicate: she saw associate Bruno, a favourite of the managing partner, bill 11 h/day to Agro Cerrado on days he was on holiday, and fears it becomes her word against his; "
        "and she is pregnant (about 14 weeks), has told no one at the firm, and is unsure whether to disclose before the partner list. "
        "She needs Regina's guidance on the billing issue and sponsorship for the account and partner track, without oversharing.",
        logged=(
            Logged(
                A,
                "pedi à Regina pra me indicar pro comitê de diversidade, ela topou na hora",
                85,
                DONE,
            ),
            Logged(
                P,
                "Regina: prioridade é fechar a DD da Agro Cerrado até 15/12 e trazer cliente novo de agro pro escritório",
                75,
            ),
            Logged(
                G, "apresentei a R pro CFO da Coop Sul (ex-colega de facul), almoço marcado", 60
            ),
            Logged(
                W,
                "ganhamos a liminar no caso Transportes Vale 🙌 a R citou meu nome na reunião de sócios",
                45,
            ),
            Logged(
                N,
                "tô grávida!! 10 sem. ngm no escritório sabe. medo de afetar a avaliação pra sócia",
                34,
            ),
            Logged(
                N,
                "revisando timesheet da DD vi o Bruno lançando 11h/dia na Agro Cerrado em dias q ele tava de férias em Floripa (fotos no insta) 😬",
                27,
            ),
            Logged(
                A,
                "perguntei à R como funciona a avaliação pra sócia em 2027 e qdo sai a lista — 'ainda não tá definido, depende do comitê'",
                22,
            ),
            Logged(
                F,
                "fiquei de mandar pra R o memorando de riscos trabalhistas da DD até sexta 4/12",
                18,
            ),
            Logged(
                N,
                "Bruno é o queridinho do Dr. Paulo (sócio-gestor). se eu falar vira minha palavra contra a dele",
                14,
            ),
            Logged(
                A,
                "pedi pra R se posso ficar como responsável pela conta da Coop Sul — 'vamos ver, não prometo'",
                9,
            ),
            Logged(
                W,
                "Coop Sul assinou a proposta de honorários!! R mandou no whats 'parabéns, isso conta'",
                5,
            ),
            Logged(AG, "como levantar o timesheet do Bruno sem parecer q tô atacando ele", 2),
            Logged(AG, "contar da gravidez agora ou só depois da lista de sócios?", 1),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CZ_gareth_planner_cardiff",
        "Gareth",
        "transport planner, parcel depot, Cardiff",
        "get the Christmas peak through without blowing the agency driver budget",
        "Priya",
        "shift planner at the Bristol hub (peer, other depot)",
        Role.PEER,
        weekly(4),
        time(11, 0),
        "Gareth plans transport at a parcel depot in Cardiff and has a weekly catch-up with Priya, his counterpart at the Bristol hub. An ordinary working relationship, no drama. "
        "Priya cares about trailer utilisation (Bristol is criticised for half-empty runs); their shared-trailer trial to Swansea raised fill from 58% to 81%. "
        "She lent him one driver (Kev) for Black Friday week instead of two; he must hand Kev back by Sunday 29 Nov and confirm his last shift, and he owes her the fuel figures from the trial before her review on 3 Dec. "
        "For this 1:1 he wants to propose making the shared trailer permanent from January and settle who owns the booking, and to move the departure time because of M5 night roadworks from 30 Nov.",
        logged=(
            Logged(
                P,
                "Priya says her big thing is trailer utilisation - Bristol getting stick for running half empty to Swansea",
                50,
            ),
            Logged(
                A,
                "asked <@U05KQ8PRY|priya> for her peak staffing template, sent it same day, v useful",
                44,
                DONE,
            ),
            Logged(G, "sent Priya our Valleys drop plan so she can combine loads tue/thu", 38),
            Logged(
                W,
                "shared trailer trial w Bristol to Swansea, 3 wks: fill up from 58% to 81% 👍",
                30,
            ),
            Logged(
                A,
                "asked if she can lend 2 drivers for Black Friday wk. prob yes but her ops mgr has to OK",
                21,
            ),
            Logged(N, "her ops mgr OK'd 1 driver (Kev) not 2. fine, agency for the other", 17),
            Logged(
                F,
                "owe Priya the fuel numbers from the shared trailer trial - she needs them for her review 3/12",
                12,
            ),
            Logged(N, "M5 roadworks nights from 30/11, adds ~25 min on the Bristol run", 8),
            Logged(F, "Kev back to Bristol by sun 29th - confirm his last shift w Priya", 4),
            Logged(AG, "shared trailer permanent from Jan? who owns the booking", 2),
            Logged(AG, "roadworks - move departure to 21:30?", 1),
        ),
        tz="Europe/London",
        names={"U05KQ8PRY": "Priya"},
    ),
    Persona(
        "CZ_claire_socialworker_lyon",
        "Claire",
        "assistante sociale de secteur, Maison de la Métropole, Lyon",
        "passer à 80% dès janvier pour m'occuper de mon père",
        "Nadia",
        "conseillère RH parcours et qualité de vie au travail",
        Role.OTHER,
        monthly(1, 3),
        time(10, 0),
        "Claire is a generalist social worker for the Lyon metropolitan authority; she meets Nadia, an HR adviser for careers and workplace wellbeing (not her line manager), monthly. "
        "Her father was diagnosed with Parkinson's and she travels to Grenoble every weekend; she applied in time for 80% part-time from January, and Nadia's latest answer is vague ('in committee, normally before Christmas'). "
        "Nadia's priority is reducing sick leave in the social division (2027 wellbeing plan); Claire ran a newcomers' workshop for her and owes her an honest wellbeing questionnaire by 4 Dec. "
        "Delicate: a service user, M. B., threatened her ('I know where you park') and she saw him again in the car park; her manager brushed it off, and she no longer dares leave alone at night. "
        "A colleague is off with burnout and Claire now carries 74 cases. She needs a fallback if 80% is refused or delayed, and to ask about protection (protection fonctionnelle) without being seen as the one who is cracking.",
        logged=(
            Logged(
                A,
                "demandé à Nadia les conditions pour un temps partiel (de droit / sur autorisation) — elle m'envoie la note de service",
                75,
                DONE,
            ),
            Logged(
                N,
                "recu la note: demande à faire 2 mois avant. papa diagnostiqué Parkinson, maman ne gère plus seule. AR Grenoble tous les we",
                68,
            ),
            Logged(F, "envoyer ma demande de 80% à Nadia + Mme Roux avant le 1er nov", 55, DONE),
            Logged(
                P,
                "Nadia: sa priorité c'est de faire baisser les arrets maladie au pôle social, plan QVT 2027",
                50,
            ),
            Logged(
                G,
                "j'ai animé l'atelier 'accueil des nouveaux arrivants' pour Nadia, 12 participants",
                40,
            ),
            Logged(
                N,
                "usager (M. B.) m'a menacée à l'accueil: 'je sais où vous garez votre voiture'. fiche incident faite. Mme Roux: 'ça arrive, faut pas le prendre perso'",
                31,
            ),
            Logged(
                A,
                "relancé Nadia pour la réponse 80% — 'c'est en commission, normalement avant Noël' 🙄",
                26,
            ),
            Logged(
                W,
                "dossier FSL famille K. enfin accepté apres 5 mois, ils gardent le logement 🙌",
                19,
            ),
            Logged(
                N,
                "Inès en arrêt depuis 2 sem (épuisement). ses dossiers répartis sur nous 3, je suis à 74 situations",
                13,
            ),
            Logged(
                F,
                "remplir le questionnaire QVT pour Nadia avant le 4/12 (elle veut des retours terrain honnêtes)",
                9,
            ),
            Logged(N, "recroisé M. B. sur le parking vendredi soir. j'ose plus partir seule", 6),
            Logged(
                AG,
                "80% : si refus ou report, quelles options ? (télétravail 1j, horaires décalés le vendredi ?)",
                2,
            ),
            Logged(
                AG,
                "parler de M. B. et du parking — protection fonctionnelle ? sans passer pour celle qui craque",
                1,
            ),
        ),
        tz="Europe/Paris",
    ),
)
