# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set CY), rated before and after this stop's changes in round 58 (`bench/reviews/round58_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH102 = (
    Persona(
        "CY_tomasz_electrician_gdansk",
        "Tomasz",
        "brygadzista elektryków, stocznia, Gdańsk",
        "zrobić uprawnienia SEP D i przejść na mistrza zmiany do lata",
        "Krzysiek",
        "kierownik wydziału elektrycznego, mój szef",
        Role.MANAGER,
        biweekly(1),
        time(7, 30),
        "Tomasz leads a crew of shipyard electricians in Gdańsk and wants his employer to fund the SEP D (supervision) certificate course so he can move up to shift foreman; registration for the January course closes 10 December and his manager keeps answering 'we'll see after the budget'. The delicate part: a crew member, Marek W., has twice worked inside a live-capable cabinet without lockout/tagout. Tomasz spoke to him privately both times but has not reported it, and the manager's top priorities are zero accidents before the December audit (the quarterly bonus depends on it) and delivering hull 118 for the 4 December inspection. Tomasz also owes the insulation-test protocols for hull 118 by Friday 27/11. He needs a concrete yes/no (or a co-funding option) on the course and a sensible, non-punitive way to raise the safety issue.",
        logged=(
            Logged(
                A,
                "pytałem K. o kurs SEP D w styczniu (Gdańsk, 1450 zł), powiedział ze 'zobaczymy po budżecie'",
                62,
            ),
            Logged(P, "K: kadłub 118 musi wyjść na czas, armator naciska, odbiór 4/12", 58),
            Logged(G, "wziąłem 2 soboty za Pawła bo K. nie miał kogo dać na 118", 45),
            Logged(
                N,
                "Marek W. w szafie zasilającej bez LOTO, myślał że rozłączone. pogadałem z nim na boku",
                41,
            ),
            Logged(
                W,
                "rozdzielnia główna na 118 odpalona za pierwszym razem, zero poprawek od inspektora DNV 👍",
                38,
            ),
            Logged(A, "prosiłem o nowe testery (Fluke) dla brygady, 2 się sypią", 33, DONE),
            Logged(
                P,
                "K. na odprawie: zero wypadków do audytu w grudniu, premia kwartalna od tego zależy",
                27,
            ),
            Logged(
                N,
                "Marek W. znowu robił przy szafie bez blokady i kłódki, drugi raz. zwrócilem mu uwage, obiecal ze wiecej nie. nic nie zgłaszałem na razie",
                20,
            ),
            Logged(N, "testery przyszły, K. załatwił w tydzień", 19),
            Logged(
                A,
                "znowu o SEP - K. mówi ze budżet szkoleń na 2027 zatwierdza dyrekcja w grudniu, nic konkretnego",
                12,
            ),
            Logged(F, "protokoły pomiarów izolacji kabli 118 oddać K. do pt 27/11", 9),
            Logged(F, "zapisy na kurs SEP zamykaja 10/12 - musze wiedziec wczesniej", 6),
            Logged(
                AG,
                "jak ugryźć temat Marka - nie chce go wkopac ale nie moge czekać az ktos oberwie",
                3,
            ),
            Logged(AG, "SEP D - konkretna odp. przed 10/12, moge dołożyć połowę sam?", 2),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CY_amani_agronomist_nakuru",
        "Amani",
        "agronomist, smallholder dairy & vegetable cooperative, Nakuru",
        "kupata MSc scholarship au kazi yenye mshahara bora by mid-2027",
        "Prof. Wanjiru",
        "retired soil scientist (ex-Egerton Univ.), my mentor",
        Role.MENTOR,
        monthly(1, 5),
        time(10, 0),
        "Amani is a cooperative agronomist in Nakuru, Kenya, mentored by a retired soil-science professor who wrote her DAAD MSc scholarship recommendation (results only in March). She has a job offer from an agrochemical/seed company (Agrivia) as a sales agronomist at almost double her pay (KES 180k vs 95k), and her mother's hospital bills are putting pressure on her. The company wants an answer by Friday 4 December, which is the day before her monthly mentoring session on Saturday 5 December, and the mentor has openly said extension officers should not 'sell their soul' to fertiliser companies. Amani also owes the mentor a draft results section for his paper by the end of November, and her own request for help with a research concept note was put off until 'after harvest'. She needs to get advice on the offer in time (probably before the regular session), without seeming ungrateful, and a firm date for the concept note.",
        logged=(
            Logged(
                A,
                "nilimuomba Prof W. recommendation letter ya DAAD scholarship, alikubali ✅",
                80,
                DONE,
            ),
            Logged(
                G, "nilimtumia Prof data ya soil pH kutoka farms 40 za Subukia kwa paper yake", 70
            ),
            Logged(
                P,
                "Prof: anataka wakulima wadogo wapunguze DAP, soil acidity ndo shida kubwa Nakuru",
                70,
            ),
            Logged(
                W,
                "demo plot ya lime + manure: maize yield up ~30% vs control, wakulima 60+ walikuja field day 🎉",
                50,
            ),
            Logged(N, "DAAD deadline ilikuwa 15/10, application submitted. results March", 42),
            Logged(
                A,
                "nilimuuliza kama atanisaidia kuandika concept note ya research, akasema 'tutaona after harvest'",
                35,
            ),
            Logged(
                P,
                "Prof anajali sana independence ya extension officers - hapendi company-sponsored advice. alisema 'usiuze roho yako kwa kampuni za mbolea'",
                35,
            ),
            Logged(
                N,
                "Agrivia (seed & agrochem) wamenipigia - sales agronomist, KES 180k vs 95k hapa coop. interview next wk",
                30,
            ),
            Logged(F, "kumtumia Prof draft ya paper, section ya results, before end of Nov", 21),
            Logged(N, "interview Agrivia ilienda poa. wanataka jibu by 4/12", 14),
            Logged(F, "kujibu Agrivia by Fri 4/12", 13),
            Logged(N, "mama hospital tena, bills 🙁 ndugu wote wananiangalia mimi", 10),
            Logged(
                AG,
                "Agrivia offer - nimwambie Prof vipi bila kuonekana namdharau advice yake? je DAAD ikitoka March naweza acha?",
                2,
            ),
            Logged(AG, "concept note - nimwombe tena tarehe maalum", 1),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CY_haruka_pharmacist_osaka",
        "Haruka",
        "病院薬剤師(急性期病院・大阪)",
        "抗菌薬適正使用支援チーム(AST)の専任薬剤師になる",
        "山本部長",
        "薬剤部長(直属の主任の上)",
        Role.SKIP,
        monthly(-1, 4),
        time(17, 30),
        "Haruka is a hospital pharmacist in Osaka meeting her department head (her boss's boss) for a monthly skip-level. She wants to become the dedicated pharmacist on the antimicrobial stewardship team; the head said it would be 'considered in the April personnel changes', and her request for the hospital to pay for the infection-control pharmacist training has gone unanswered. Delicate: she is 12 weeks pregnant and has told only her direct supervisor (who arranged for her to come off night shifts); she has not told the department head and is unsure whether disclosure would hurt her April chances. She is also worried about a second-year colleague (Kawaguchi) who has missed two prescriber queries and looks exhausted, and unsure whether to raise it here or with her supervisor first. She owes AUD/DOT antimicrobial data by 1 Dec for the 3 Dec infection-control committee. The head's priorities are the ward pharmacy add-on fee across all wards and cutting overtime.",
        logged=(
            Logged(P, "部長:来年度は病棟薬剤業務実施加算を全病棟で取りたい、と会議で", 85),
            Logged(A, "AST専任の件、部長に直接聞いた→「4月の人事で検討」とのこと", 60),
            Logged(W, "カルバペネム使用量 前年比-18%、ICTで報告したら院長から褒められた🙌", 48),
            Logged(G, "部長の学会発表スライド(TDM症例)作るの手伝った、土日つぶれた笑", 40),
            Logged(P, "部長:残業削減、月45h超えの人ゼロにしろと上から言われてる", 30),
            Logged(A, "感染制御専門薬剤師の研修費、病院で出るか聞いた。返事まだ", 26),
            Logged(N, "妊娠判明。12週。佐藤主任にだけ話した。部長にはまだ", 22),
            Logged(
                N,
                "つわりキツい。夜勤は主任が12月から外してくれることに。部長もOKらしい(主任経由)",
                18,
            ),
            Logged(N, "川口さん(2年目)最近ミス多い。疑義照会漏れ2件。本人かなり疲れてる感じ", 12),
            Logged(F, "12/3 感染対策委員会用 AUD/DOTデータまとめて部長に送る(12/1まで)", 8),
            Logged(F, "TDMの院内勉強会資料、12/10までに", 5),
            Logged(
                AG, "AST専任 — 4月の人事、産休のことはいつどう伝える?今回は言わない方がいい?", 3
            ),
            Logged(AG, "研修費の返事もらう", 2),
            Logged(AG, "川口さんのこと、部長に言うべき?主任が先?", 1.5),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CY_graham_transport_planner_leeds",
        "Graham",
        "transport planner, 3PL distribution depot, Leeds",
        "get the Hartley's on-time rate back above 97% through Christmas peak",
        "Shaz",
        "warehouse night shift manager (peer)",
        Role.PEER,
        weekly(3),
        time(14, 0),
        "Graham plans the trucks at a third-party logistics depot in Leeds and has a weekly catch-up with Shaz, who runs the night warehouse shift that loads his trailers. Fairly ordinary working relationship with a real deadline: three 05:00 departures ran late last week because loading wasn't finished, one driver ran out of legal driving hours and had to stay overnight, and the key customer has mentioned a penalty clause if more than three deliveries are late in December. Graham wants to move or split the 05:00 wave; Shaz isn't keen because of inbound clashes and wants two hours' notice on late changes. He owes her the peak schedule with extra Sunday runs by Friday, and she needs the wave plan before agency staff start on 30 November. He also owes her thanks for sorting out a pallet-wrap shortage earlier. He needs a workable compromise on the wave and to hand over the peak plan.",
        logged=(
            Logged(
                P,
                "<@U07SHAZ01|Shaz> wants at least 2hrs notice on late order changes, her lot are getting hammered",
                64,
            ),
            Logged(
                A,
                "asked Shaz if nights could pre-load the 04:30 Hartley's trailers by 3am. she said she'd try",
                50,
            ),
            Logged(
                G, "sorted her pallet wrap shortage by borrowing 40 rolls from Wakefield site", 40
            ),
            Logged(F, "owe Shaz a brew and a proper thanks for the wrap thing lol", 38),
            Logged(W, "Hartley's OTIF 98.1% for Oct, first time over 97 since June", 25),
            Logged(
                N,
                "3 late departures last wk, all 05:00 wave, loading not finished. Dave hit his 9hr drive limit on the return, had to overnight at Thurrock",
                9,
            ),
            Logged(
                A,
                "asked about moving the 05:00 wave back to 05:30 - she's not keen, says it clashes with inbound",
                8,
            ),
            Logged(F, "send Shaz the peak schedule w/ extra Sunday runs by fri", 6),
            Logged(
                P,
                "Shaz: agency staff start 30/11, she needs the wave plan before then to roster them",
                6,
            ),
            Logged(
                N,
                "Hartley's transport mgr rang, mentioned the penalty clause if we miss more than 3 in Dec",
                4,
            ),
            Logged(AG, "05:00 wave - compromise? split it, half at 5 half at 5:30?", 1),
            Logged(AG, "walk her through peak schedule", 1),
        ),
        tz="Europe/London",
        names={"U07SHAZ01": "Shaz"},
    ),
    Persona(
        "CY_camila_lawyer_sao_paulo",
        "Camila",
        "advogada associada junior, escritorio de direito trabalhista, Sao Paulo",
        "ser promovida a associada plena no ciclo de marco/2027",
        "Bia",
        "Dra. Beatriz, socia da area trabalhista (minha sponsor)",
        Role.SPONSOR,
        monthly(2, 1),
        time(18, 30),
        "Camila is a junior associate at a labour-law firm in São Paulo; her sponsor is a partner, Beatriz. She wants promotion to mid-level associate in March, but her question about it got only 'you're on the right track, keep going', so she wants objective criteria. She has given Beatriz research for a published article and won an injunction she drafted herself. Delicate and serious: a senior associate, Rodrigo (the partner's right-hand person), twice asked her to log hours she did not work on a client matter (the second time his own review hours under her name) 'to hit the monthly target'. She refused both times, kept a WhatsApp screenshot, and he has been cold since. The firm is pushing billable targets (140h/month). She is unsure whether to raise it with Beatriz. She owes Beatriz a talk draft by 4 Dec (event on 10 Dec) and has a court filing due 1 Dec.",
        logged=(
            Logged(
                A,
                "pedi pra Bia me colocar na equipe do caso da metalurgica (acao coletiva). ela disse q ia ver c o Rodrigo",
                75,
            ),
            Logged(N, "entrei no caso da metalurgica 🙌", 60),
            Logged(
                P,
                "Bia: quer q o escritorio cresca em compliance trabalhista p/ empresas medias, quer gente nossa falando em evento",
                52,
            ),
            Logged(
                W, "ganhamos a liminar no TRT-2 no caso Transportes Silva, eu q fiz a peca 💪", 44
            ),
            Logged(
                G,
                "fiz a pesquisa de jurisprudencia pro artigo dela no JOTA, ela citou meu nome",
                38,
            ),
            Logged(
                A,
                "perguntei da promocao p/ plena em marco, ela disse 'vc ta no caminho, continua assim'. ??",
                30,
            ),
            Logged(
                N,
                "Rodrigo pediu pra eu lancar 6h no timesheet da metalurgica q eu nao trabalhei, 'pra fechar a meta do mes'. falei q nao ficava confortavel. ele ficou seco comigo",
                24,
            ),
            Logged(
                P, "Bia comentou q o socio-gerente ta cobrando horas faturaveis, meta 140h/mes", 20
            ),
            Logged(
                F,
                "mandar pra Bia o rascunho da palestra do evento da FIESP (dia 10/12) ate 4/12",
                15,
            ),
            Logged(
                N,
                "de novo o R. - agora mandou lancar as horas de revisao dele no meu nome. nao lancei. to com print do whatsapp",
                11,
            ),
            Logged(F, "memoriais caso Transportes Silva - prazo 1/12", 7),
            Logged(AG, "promocao: o q exatamente falta? criterio objetivo, numeros", 3),
            Logged(AG, "falo ou nao falo do Rodrigo? ele eh o braco direito dela...", 2),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CY_mehmet_sous_chef_berlin",
        "Mehmet",
        "Sous-Chef, Hotelrestaurant, Berlin-Mitte",
        "ab März Küchenchef im neuen Bistro (2. Standort)",
        "Andreas",
        "Küchenchef / Executive Chef, mein Chef",
        Role.MANAGER,
        weekly(0),
        time(15, 0),
        "Mehmet is a Turkish-German sous chef at a Berlin hotel restaurant, meeting his executive chef on Monday afternoon between services. His father has just had a stroke in Izmir and Mehmet needs about ten days off in December, during a leave freeze (1 Dec to 6 Jan, 38 Christmas parties booked, hygiene audit on 15 Dec); he has messaged the chef, who said 'let's discuss Monday'. He has prepared a cover plan: a chef de partie, Jonas, who has trialled running the pass. Also open: his pay rise was promised 'after probation' and probation ended in September, and the head-chef role at the new bistro was deferred to 'January'. He has earned goodwill (ran the pass for five days, 220-cover banquet, strong autumn menu). He owes the December rota by Friday 27 Nov and the goose order confirmation by 30 Nov. He needs the leave agreed with a handover plan, without letting pay and the bistro slide again, and probably shouldn't push all three equally at this moment.",
        logged=(
            Logged(
                A,
                "Andreas'a yeni bistro head chef olayını sordum, 'lass uns im Januar reden' dedi",
                70,
            ),
            Logged(
                P,
                "Andreas: Weihnachtsgeschäft, 38 Feiern gebucht, keiner nimmt Urlaub 1.12–6.1",
                55,
            ),
            Logged(G, "Andreas hasta iken 5 gün pass yönettim, bankett 220 pax sorunsuz", 47),
            Logged(W, "neue Herbstkarte - Kürbis-Gericht bester Verkäufer, Food cost 26% 👌", 40),
            Logged(
                A,
                "Gehaltserhöhung gefragt (3.400 brutto → ?). 'nach der Probezeit schauen wir' — Probezeit war im Sept zu Ende!!",
                33,
            ),
            Logged(P, "Andreas: HACCP Audit 15.12, alles muss sitzen", 20),
            Logged(N, "babam inme geçirdi, İzmir'de hastanede. ablam yanında 😞", 9),
            Logged(
                N, "doktor: 2-3 hafta kritik, rehabilitasyon uzun. gitmem lazım, en az 10 gün", 7
            ),
            Logged(F, "Dienstplan Dezember fertig machen & Andreas schicken bis Fr 27.11", 5),
            Logged(F, "Metzger Krüger wegen Gänse bestätigen - bis 30.11", 4),
            Logged(
                A,
                "Andreas'a WhatsApp attım, acil izin lazım dedim, 'besprechen wir Montag' dedi",
                3,
            ),
            Logged(
                AG,
                "Sonderurlaub / unbezahlt ~10 Tage Dez — wer macht pass? Vorschlag Jonas als Vertretung",
                2,
            ),
            Logged(
                N,
                "Jonas (Chef de partie) traut sich den Pass zu, hab ihn 2x probelaufen lassen",
                1.5,
            ),
            Logged(AG, "Gehalt: konkrete Zahl + Datum, nicht wieder 'später'", 1),
        ),
        tz="Europe/Berlin",
    ),
)
