# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DD), rated before and after this stop's changes in round 59 (`bench/reviews/round59_*`; at the stop's start one raised KeyError and made no card)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, monthly, weekly

from coaching.model import Role

FRESH107 = (
    Persona(
        "DD_tomasz_electrician_gdansk",
        "Tomasz",
        "elektryk, brygadzista na budowie biurowca, Gdańsk",
        "uprawnienia SEP D do marca + podwyżka",
        "Krzysiek",
        "kierownik budowy, bezpośredni szef",
        Role.MANAGER,
        weekly(4),
        time(13, 0),
        "Tomasz is an electrician and crew foreman on an office-building site in Gdańsk; his manager Krzysiek is the site manager. "
        "The stage-2 handover to the investor is Monday 30 November and Krzysiek wants zero slippage; Tomasz owes the insulation "
        "test reports for floors 3-5 by Friday morning, the day of the 1:1. Delicate: on 18 November a young electrician from "
        "Tomasz's crew (Kuba) got a mild shock at distribution board RP-3 because a subcontractor did not apply lockout; Tomasz "
        "reported it verbally, Krzysiek said he would 'handle it', and Tomasz has since seen the subcontractor working live twice more. "
        "He wants the safety issue put in writing without being seen as a snitch or as blocking the handover. Also open: a raise "
        "that Krzysiek vaguely deferred to 'after the handover', and funding for the SEP D course, pushed to next year's budget.",
        logged=(
            Logged(
                A, "pytalem K o podwyzke, mowi ze 'po odbiorze etapu pogadamy'. czyli kiedy??", 68
            ),
            Logged(W, "zdane SEP E 🎉 kwit w teczce", 52),
            Logged(A, "prosilem o dofinansowanie kursu SEP D (ok 900zl)", 45),
            Logged(A, "prosilem o 2 nowe mierniki, jeden padl na 2 pietrze", 35, DONE),
            Logged(
                N,
                "K: kurs ok ale 'z budzetu na przyszly rok'. nie wiem czy to styczen czy grudzien 2027 xd",
                30,
            ),
            Logged(
                G, "przejelismy z chlopakami sobote 8/11 zeby dogonic harmonogram, K prosil", 18
            ),
            Logged(P, "K: odbior etapu 2 w pon 30.11, zero poslizgu, inwestor patrzy na rece", 12),
            Logged(
                N,
                "18/11 Kube (mlody od nas) kopnelo na rozdzielni RP-3, podwykonawca (Elmont?) nie zalozyl blokady. nic mu nie jest ale mogl byc dramat. zglosilem ustnie K, powiedzial ze 'ogarnie'",
                8,
            ),
            Logged(F, "zapytac Kube czy byl u lekarza i czy wpisane do rejestru zdarzen", 7),
            Logged(F, "protokoly pomiarow izolacji pietro 3-5 do odbioru — na pt rano", 5),
            Logged(N, "dalej widze ze elmont robi pod napieciem, 2x w tym tyg. nikt nic", 3),
            Logged(
                AG, "sprawa RP-3 i blokad LOTO — chce zeby poszlo na pismie, nie tylko gadane", 2
            ),
            Logged(AG, "podwyzka — 'po odbiorze' czyli kiedy konkretnie", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "DD_amina_agronomist_nakuru",
        "Amina",
        "agronomist, dairy & horticulture farmers' cooperative, Nakuru",
        "kuamua kuhusu ofa ya NGO kabla ya 15 Dec",
        "Dr W",
        "Dr Wanjiru, retired KALRO soil scientist, mentor",
        Role.MENTOR,
        monthly(1, 5),
        time(10, 0),
        "Amina is a field agronomist at a farmers' cooperative near Nakuru, Kenya, mentored monthly by Dr Wanjiru, a retired soil "
        "scientist who wrote her a reference letter earlier this year. That reference helped her win a job offer from a Nairobi NGO "
        "(KES 185k/month plus housing) with an answer due 15 December. She has not told her co-op manager, Mr Kiprop, and is "
        "mid-way through a soil-testing trial on 12 farmers' plots that showed about 20% better maize yields. Delicate: the offer is "
        "confidential, she feels she owes Dr W (who cares about the Subukia women farmers' group and wants Amina to present at the "
        "10 December field day), and Dr W's earlier answer on leaving mid-season was non-committal. She owes Dr W the poster draft "
        "before the field day. She needs help thinking through the decision, how to tell Kiprop without burning bridges, and who "
        "would carry on the trial.",
        logged=(
            Logged(
                A,
                "nilimuomba Dr W reference letter kwa ile application ya soil health programme, alisema sawa",
                80,
                DONE,
            ),
            Logged(N, "Dr W ametuma reference 🙏 lazima nimshukuru vizuri", 71),
            Logged(
                W,
                "soil test trial ya plot 12 farmers – maize yield up ~20% vs control, data iko clean",
                60,
            ),
            Logged(
                G,
                "nilimsaidia Dr W kupata photos + data ya women group ya Subukia kwa report yake",
                40,
            ),
            Logged(
                P,
                "Dr W: anataka women farmers wa Subukia wapate organic certification mwaka ujao",
                40,
            ),
            Logged(N, "2nd round interview na NGO (Nairobi) done, ilienda poa nadhani", 30),
            Logged(P, "field day Dec 10 — Dr W anataka mimi ndio ni-present trial results", 20),
            Logged(
                N,
                "offer imekuja!! 185k/month + housing, wanataka jibu by 15 Dec. sijamwambia Mr Kiprop bado 😬",
                9,
            ),
            Logged(
                A,
                "nilimuuliza Dr W kama ni sawa niache coop mid-season... alisema 'depends what you want in 5 yrs' 🙄 not really an answer",
                8,
            ),
            Logged(
                F,
                "kutuma draft ya poster ya soil trial kwa Dr W kabla ya field day, ideally before tukutane",
                6,
            ),
            Logged(F, "reply NGO HR kuhusu start date — can I start Feb not Jan?", 3),
            Logged(
                AG, "offer ya NGO — pros/cons, na jinsi ya kumwambia Kiprop bila kuchoma bridges", 2
            ),
            Logged(AG, "nikihama, nani ata-continue trial ya plot 12? sitaki data ipotee", 1),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "DD_mariana_lawyer_sao_paulo",
        "Mariana",
        "advogada associada sênior, contencioso empresarial, escritório em São Paulo",
        "virar sócia no ciclo 2027",
        "Helena",
        "Dra. Helena, sócia de contencioso, sua sponsor",
        Role.SPONSOR,
        monthly(-1, 0),
        time(18, 30),
        "Mariana is a senior associate in commercial litigation at a São Paulo law firm; Helena, a litigation partner, is her sponsor "
        "for the 2027 partnership cycle. Helena said she would 'defend' the nomination but must clear it with managing partner Marcelo, "
        "and wants Mariana to bring in a new client before the committee; Mariana had a promising lunch with Agro Sertão but still owes "
        "them a fee proposal. Her business-case memo is due to Helena on 4 December, just after this 1:1. Delicate: while reviewing the "
        "November invoice for the Boa Vista case she found that Rafael, a fellow senior associate competing for the same partnership slot, "
        "billed 14 hours of research on days he was on holiday (confirmed by the secretary). Helena has said this invoice must go out clean "
        "because the client already complained about fees. Mariana needs to raise the hours without it looking like a rivalry move, and "
        "to learn where her nomination stands. Bonus for 2026 is still unquantified.",
        logged=(
            Logged(
                A,
                "pedi p/ Helena me indicar pro comite de socios 2027. disse q 'vai defender' mas q tem q ver c/ o Marcelo",
                75,
            ),
            Logged(W, "ganhamos a liminar no caso Transportes Boa Vista 🙌", 50),
            Logged(
                P, "Helena: quer q eu traga cliente novo ate o comite, originacao conta mto", 40
            ),
            Logged(A, "perguntei do meu bonus 2026, ela disse q sai em jan, sem numero", 35),
            Logged(G, "cobri a audiencia da Helena em Campinas dia 29/10, ela tava doente", 28),
            Logged(
                N,
                "almoco c/ diretor juridico da Agro Sertao, interesse em consultivo trabalhista, nada fechado",
                22,
            ),
            Logged(F, "mandar proposta de honorarios p/ Agro Sertao", 15),
            Logged(
                P, "Helena: fatura Boa Vista tem q sair limpa, cliente ja reclamou de valor", 12
            ),
            Logged(F, "memo do business case p/ comite — entregar p/ Helena ate 4/12", 10),
            Logged(
                N,
                "revisando horas do Boa Vista p/ fatura de nov: Rafael lancou 14h de 'pesquisa' em dias q ele tava de ferias (10-14/11?). nao sei se eh erro ou o q",
                6,
            ),
            Logged(
                N,
                "conferi de novo, a secretaria confirma ferias dele. nao falei c/ ninguem ainda",
                4,
            ),
            Logged(AG, "como levantar as horas do Rafael sem parecer q eh disputa pela vaga", 2),
            Logged(AG, "status da indicacao — o Marcelo ja deu sinal?", 2),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "DD_kenji_hotel_osaka",
        "Kenji",
        "ホテル フロントオフィスマネージャー（大阪・シティホテル）",
        "介護と両立できる勤務体制にしたい",
        "山本GM",
        "総支配人（直属の上司の上司）",
        Role.SKIP,
        monthly(-1, 4),
        time(14, 0),
        "Kenji is front office manager at a city hotel in Osaka; this is his monthly skip-level with the general manager, Yamamoto. "
        "His father had a stroke on 19 October in Hiroshima and his mother cannot cope alone. Kenji asked his direct boss, Sato "
        "(rooms division head), for two weekends off a month and was told to wait until after New Year, peak season. He has checked "
        "with HR that family-care leave can be taken up to 93 days in three blocks. Delicate: raising this with the GM feels like going "
        "over Sato's head, and he fears it will hurt his chances for promotion to rooms division head; the GM's own priorities are 95% "
        "year-end occupancy and stopping staff turnover. Also open: his request for one extra night-shift hire (GM promised an answer in "
        "December), a multilingual check-in proposal he owes the GM by 4 December, and the December rota due to Sato today. Wins: "
        "review scores up from 4.3 to 4.5 and a revised onboarding manual he did for the GM.",
        logged=(
            Logged(A, "山本GMに夜勤1名増員をお願いした→予算次第、12月に回答とのこと", 60),
            Logged(P, "山本GM：年末年始の稼働率95%目標、スタッフ離職を止めたい", 55),
            Logged(G, "GMに頼まれて新人研修マニュアル改訂版作成→提出済", 45),
            Logged(W, "10月のGoogle口コミ 4.3→4.5 フロント対応の評価↑", 40),
            Logged(N, "10/19 父が脳梗塞で倒れた。広島。母一人じゃ無理", 38),
            Logged(A, "佐藤部長に週末休み月2回を相談→「繁忙期だから年明けに」と。。", 30),
            Logged(N, "介護休業 調べた。93日まで3回に分割OK 人事の田中さんに確認済", 20),
            Logged(F, "インバウンド向け多言語チェックインの提案資料 GMに12/4までに", 14),
            Logged(N, "部長を飛ばしてGMに話すのは正直気まずい。でも年末まで待てない", 3),
            Logged(F, "12月シフト表 明日まで提出（部長へ）", 1),
            Logged(AG, "介護の件：休業か時短か、昇進への影響ないか率直に聞く", 2),
            Logged(AG, "夜勤増員の回答いつ頃か", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DD_sarah_plantpathologist_adelaide",
        "Sarah",
        "postdoctoral researcher, plant pathology (wheat rust), agricultural research institute, Adelaide",
        "get the wheat rust paper submitted before Christmas",
        "Priya",
        "fellow postdoc and co-author",
        Role.PEER,
        weekly(0),
        time(9, 30),
        "Sarah is a postdoc in plant pathology at an agricultural research institute in Adelaide; Priya is a fellow postdoc and co-author "
        "on their wheat stem rust paper, and they meet weekly. Priya wants the paper submitted before Christmas so it counts for her DECRA "
        "fellowship application, and wants the Roseworthy field data in the main figures. Their PI, Mark, told them to 'sort out' author "
        "order between themselves, and Priya's answer ('let's see who writes more') left it ambiguous; it needs settling this week. "
        "Sarah owes Priya the methods section by Friday 27 November and also feels she owes her a proper thank-you: Priya ran three qPCR "
        "plates for her while she was off sick. Sarah reviewed Priya's DECRA draft in return. Mildly sensitive: Sarah's own contract "
        "renewal depends on funding confirmation by February. Ordinary collegial relationship, no crisis.",
        logged=(
            Logged(
                A,
                "asked <@U07KQ2M9PR|priya> if she could run my qPCR plates while I was off sick — she did all 3 🙏",
                44,
                DONE,
            ),
            Logged(
                F,
                "owe Priya a lunch for the qPCR thing lol, and actually acknowledge her in the paper",
                40,
            ),
            Logged(
                G,
                "reviewed Priya's DECRA draft, sent tracked changes + comments on the ROPE section",
                30,
            ),
            Logged(
                W,
                "glasshouse trial 2 results in — Sr gene resistance holds at 25C, breaks down at 30C. actually interesting!!",
                25,
            ),
            Logged(N, "Mark re author order: 'you two sort it out'. great. thanks Mark", 21),
            Logged(
                A,
                "asked Priya whether she wants first or co-first. she said 'let's see who writes more' ??",
                18,
            ),
            Logged(P, "Priya wants the Roseworthy field data in main figs not supp", 15),
            Logged(
                P,
                "<@U07KQ2M9PR|priya>: wants to submit to Plant Pathology before Xmas so it counts for her DECRA",
                10,
            ),
            Logged(F, "send Priya methods section draft by fri 27th", 9),
            Logged(
                N, "HR: contract renewal needs funding confirmation by Feb. not panicking. yet", 7
            ),
            Logged(
                AG,
                "author order — co-first w/ me listed first? or her? need to settle this week",
                1,
            ),
            Logged(AG, "fig 3 layout, main vs supp", 1),
        ),
        tz="Australia/Adelaide",
        names={"U07KQ2M9PR": "Priya"},
    ),
    Persona(
        "DD_mehmet_warehouse_izmir",
        "Mehmet",
        "depo vardiya amiri, lojistik firması, Kemalpaşa / İzmir",
        "bel fıtığı sonrası hafif işte kalıp forklift eğitmeni sertifikası almak",
        "Selin hn",
        "İK iş ortağı (HR business partner)",
        Role.OTHER,
        monthly(1, 2),
        time(14, 0),
        "Mehmet is a warehouse shift supervisor at a logistics company's distribution centre near İzmir; Selin is his HR business partner, "
        "whom he meets monthly. After a herniated disc, his doctor's report bars lifting over 10 kg for six months; HR approved light duty "
        "in writing. Moving from nights to days cost him the night-shift allowance, and his question about it got only 'we'll look into it'. "
        "Delicate: his shift manager, Volkan, asked him last week to carry boxes on the loading ramp ('everyone does it'); Mehmet refused and "
        "things are tense. He wants the medical restriction respected without it turning into a formal complaint. He wants the company to pay "
        "for a two-week forklift-instructor course in Manisa; the registration deadline is 1 December, before this 1:1 on 2 December, so the "
        "ask may need to go earlier. He owes Selin the November near-miss forms and must bring his new doctor's report after a 4 December "
        "check-up. Selin's priorities: lower accident rates before the year-end OHS audit.",
        logged=(
            Logged(N, "doktor raporu: 6 ay 10 kg ustu kaldirma yok. IK'ya verdim", 62),
            Logged(A, "Selin hn'a hafif is talebi ilettim, yazili onay geldi 👍", 58, DONE),
            Logged(W, "ekim ayi sayim farki %0.2ye dustu, bolge rekoru 💪", 33),
            Logged(A, "gece vardiya primi kesildi gunduze gecince. sordum, 'bakariz' dedi", 30),
            Logged(G, "Selin hn'in istedigi yeni baslayan 6 kisinin oryantasyonunu ben yaptim", 24),
            Logged(P, "Selin hn: is kazasi oranini dusurmek, yil sonu ISG denetimi var", 20),
            Logged(
                A,
                "forklift egitmen sertifikasi kursu (2 hafta, Manisa) sirket odesin mi diye sordum, cevap yok",
                15,
            ),
            Logged(N, "kurs kaydi son gun 1 aralik!!", 15),
            Logged(
                N,
                "Volkan bey (vardiya muduru) gecen sali rampada koli tasimami istedi, 'herkes yapiyor' dedi. yapmadim ama gergin oldu",
                9,
            ),
            Logged(F, "4 aralik doktor kontrolu, yeni raporu IK'ya goturmek", 6),
            Logged(F, "Selin hn'a kasim ramak kala formlarini gonder", 4),
            Logged(AG, "Volkan bey meselesi — sikayet gibi olmasin ama raporuma uyulsun", 2),
            Logged(AG, "kurs parasi + prim: hangisi olur hangisi olmaz, net cevap lazim", 1),
        ),
        tz="Europe/Istanbul",
    ),
)
