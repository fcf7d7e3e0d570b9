# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DC), rated before and after this stop's changes in round 59 (`bench/reviews/round59_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH106 = (
    Persona(
        "DC_marek_welder_gdansk",
        "Marek",
        "spawacz, brygadzista zmiany B, stocznia, Gdańsk",
        "chcę zrobić uprawnienia IWS w 2027 i żeby firma to sfinansowała",
        "Zbyszek",
        "kierownik produkcji, mój bezpośredni przełożony",
        Role.MANAGER,
        weekly(1),
        time(6, 45),
        "Marek is a welding shift foreman at a Gdańsk shipyard who wants the company to fund his welding-inspector (IWS) course; spring enrolment closes 15 Dec and his manager only said 'we'll see in the 2027 budget'. The delicate matter is safety: a welder on his shift, Darek, has twice entered a double-bottom tank without a gas measurement; Marek told Zbyszek verbally, who said he'd 'handle it', and nothing changed. Darek is under family strain (sick child, lots of overtime) and Marek doesn't want to hurt him, but it is dangerous, and only one of the two gas detectors he asked for arrived. Zbyszek's priority is the block 214 deadline (18 Dec). Marek owes him the December shift rota by Friday and owes a colleague a Saturday back. From this 1:1 he needs a clear answer on the gas-check issue (escalate to H&S or not) and a decision on the course funding.",
        logged=(
            Logged(
                A,
                "pytałem Zbyszka o dofinansowanie kursu IWS (ok 14 tys zł), powiedział ze 'zobaczymy w budzecie na 2027'",
                78,
            ),
            Logged(G, "wziąłem za Zbyszka 2 soboty na sekcji 14 bo mu ludzi brakowało", 64),
            Logged(
                W,
                "odbiór klienta (DNV) na bloku 212 - zero niezgodności na spoinach mojej zmiany 👍",
                50,
            ),
            Logged(
                N,
                "Darek znowu wszedł do zbiornika dnowego bez pomiaru gazu, mówiłem mu. drugi raz w miesiącu",
                33,
            ),
            Logged(
                A,
                "zgłosiłem Zbyszkowi ustnie temat Darka i pomiarów, powiedział 'ogarnę'. nic sie nie zmieniło",
                31,
            ),
            Logged(
                P, "Zbyszek: priorytet = blok 214 na 18.12, armator naciska, zadnych opóźnień", 24
            ),
            Logged(
                A, "prosiłem o 2 nowe detektory gazu na zmiane B bo jeden ciagle pokazuje blad", 20
            ),
            Logged(N, "detektor przyszedł tylko 1, drugi 'w zamówieniu'", 12),
            Logged(F, "obiecałem Tomkowi ze zmiany A ze oddam mu sobote 5.12 za 21.11", 9),
            Logged(F, "wysłać Zbyszkowi grafik zmiany B na grudzień + urlopy świąteczne do pt", 6),
            Logged(
                N,
                "Darek ma chore dziecko, robi duzo nadgodzin, nie chce mu zaszkodzić ale to jest niebezpieczne",
                5,
            ),
            Logged(
                AG,
                "pomiary gazu - zgłaszać oficjalnie do BHP czy Zbyszek to załatwi? chce jasnej odp",
                2,
            ),
            Logged(AG, "IWS - jest decyzja? zapisy na kurs wiosenny do 15.12", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "DC_thais_agronomist_sorriso",
        "Thaís",
        "engenheira agrônoma, coordenadora técnica de campo, cooperativa de grãos, Sorriso (MT)",
        "assumir a gerência regional de assistência técnica em 2027",
        "Regina",
        "diretora técnica da cooperativa, minha sponsor no programa de liderança",
        Role.SPONSOR,
        monthly(1, 2),
        time(7, 30),
        "Thaís is a field agronomist coordinating technical assistance at a grain cooperative in Mato Grosso. Her sponsor Regina (technical director) got her into a leadership programme and hinted that the regional manager role may open in March, but 'promises nothing'; the current manager, Fabrício, behaves as if the job is his by right. Twelve days ago Thaís received an offer from a multinational seed company (+35% and a car), answer due 4 Dec, two days after this 1:1; her husband prefers staying in Sorriso for the children's school. Delicate: how to mention the offer without it sounding like blackmail, and not to badmouth Fabrício. She owes Regina the smallholder technical-assistance pilot report by 30 Nov (Regina's own priority is reaching small, indebted members). She needs a more concrete read on the role, her gaps, and whether Regina has spoken to the board.",
        logged=(
            Logged(
                A,
                "pedi pra Regina me indicar pro programa de liderança da OCB, ela topou",
                85,
                DONE,
            ),
            Logged(
                W,
                "ensaio de milho safrinha: manejo novo deu 9 sc/ha a mais q a média dos cooperados 🎉",
                70,
            ),
            Logged(G, "montei a apresentação do dia de campo pra Regina levar pro conselho", 58),
            Logged(
                P,
                "Regina: prioridade é reduzir inadimplência dos cooperados pequenos e levar AT pra eles",
                52,
            ),
            Logged(
                A,
                "perguntei se a vaga de gerente regional abre mesmo, ela disse 'provavelmente março, mas nao prometo nada'",
                40,
            ),
            Logged(
                N, "o Fabrício anda falando q a vaga é dele de direito… clima estranho na sala", 33
            ),
            Logged(A, "pedi pra ela falar c o conselho sobre meu nome, disse q vai 'sondar'", 27),
            Logged(
                F,
                "mandar pra Regina o relatorio do piloto de AT pros pequenos (14 propriedades) até 30/11",
                15,
            ),
            Logged(
                N,
                "recebi proposta da multinacional: coord regional, +35% e carro. resposta até 4/12",
                12,
            ),
            Logged(
                N,
                "conversei c o Rafa, ele prefere ficar em Sorriso por causa das crianças na escola",
                9,
            ),
            Logged(F, "ligar pro seu Valdir sobre o laudo de solo q atrasou", 4),
            Logged(AG, "como falar da proposta sem parecer chantagem?", 2),
            Logged(AG, "pedir resposta mais concreta sobre a vaga + o q falta em mim pra ela", 1),
        ),
        tz="America/Cuiaba",
    ),
    Persona(
        "DC_haruka_frontdesk_kyoto",
        "Haruka",
        "ホテルのフロント主任（京都のシティホテル）",
        "来年度中にレベニューマネジメント部門へ異動したい",
        "森さん",
        "元総支配人・社内メンター制度のメンター",
        Role.MENTOR,
        monthly(-1, 4),
        time(18, 30),
        "Haruka is a front-desk supervisor at a Kyoto city hotel who wants to move into revenue management next fiscal year. Her mentor Mori-san, a former general manager, agreed in September to introduce her to the RM department head 'in October', but nothing has happened. She gave him data for a talk, built her own occupancy-forecast sheet that her section chief will trial, and still owes Mori-san her notes on the two books he recommended. Delicate: her father had a stroke a month ago and she spends weekends at the family home in Otsu; she may need fewer night shifts and fears this will hurt her transfer, and is unsure how much to tell her mentor. The 1:1 is tomorrow; she needs to re-ask for the introduction without nagging and get honest advice on combining caregiving with the move.",
        logged=(
            Logged(
                A,
                "森さんにRM部門の部長紹介してほしいってお願いした→快諾、10月中に席設けてくれるって",
                80,
            ),
            Logged(
                W,
                "インバウンド団体のダブルブッキング、朝4時に別ホテル手配して大クレームにならず。GMから一言もらえた🙏",
                60,
            ),
            Logged(N, "紹介の件、まだ連絡なし。森さん忙しそう", 45),
            Logged(G, "森さんの講演資料用にOTA手数料の比較データまとめて送った", 38),
            Logged(P, "森さん：若手がちゃんとデータで話せるようになってほしい、それが一番", 38),
            Logged(A, "RMで使う分析の勉強法きいた→おすすめの本2冊教えてもらった", 30, DONE),
            Logged(N, "父が脳梗塞で入院（大津）。しばらく週末は実家", 26),
            Logged(F, "森さんに本の感想まとめて送るって言ったのにまだ…", 20),
            Logged(N, "夜勤へらしてもらえるか課長に相談しないと。でも異動の話にひびきそう", 19),
            Logged(W, "稼働率予測のシート自作して課長に見せた、来月から試しに使うことに", 8),
            Logged(AG, "RM部長との面談の件、もう一度お願いしていいか", 2),
            Logged(AG, "介護と異動、両立できる？どこまで正直に話すか迷う", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DC_amina_dispatcher_mombasa",
        "Amina",
        "day-shift dispatcher, container freight station, Mombasa",
        None,
        "Otieno",
        "night-shift dispatcher, my opposite number",
        Role.PEER,
        weekly(3),
        time(14, 0),
        "Amina is a day-shift truck dispatcher at a container freight station in Mombasa; she has a weekly handover sync with Otieno, her night-shift counterpart. Mostly ordinary: she wants a proper written handover sheet instead of WhatsApp, and she owes him a new template. The delicate part: on 3 Nov three reefer containers were left unplugged overnight on his shift, and she has promised the supervisor, Mr Kariuki, a written incident report by Friday 27 Nov; meanwhile Otieno covered her Saturday shift when her mum was in hospital, so she feels she owes him. He wants day shifts in January for his kids' school and she could offer a two-week swap. Peak season and more KRA customs holds are coming in December. She needs to agree the template (reefers at the top), be straight with him about the report, and settle the favour.",
        logged=(
            Logged(
                G,
                "nilimfundisha Otieno ile module mpya ya gate-in kwa system, 2 hrs after shift",
                70,
            ),
            Logged(
                A, "nimemuomba Otieno aandike truck nos kwa handover sheet, sio kwa WhatsApp tu", 55
            ),
            Logged(N, "handover bado ni mess, reefers 3 hazikuwa plugged usiku wa 3/11 😤", 23),
            Logged(
                A, "nilimuuliza kama anaweza nishikia shift ya sat 14/11, mum ako hosi", 20, DONE
            ),
            Logged(P, "Otieno: anataka day shift Jan, watoto wanaanza shule", 15),
            Logged(N, "Otieno alinishikia sat, asante sana. nimemdai moja", 12),
            Logged(N, "KRA holds zimeongezeka, peak season inakuja dec", 10),
            Logged(F, "nimeahidi Mr Kariuki report ya reefer incident by fri 27", 7),
            Logged(W, "wiki iliyopita truck turnaround 38 min avg, best ya mwezi 💪", 6),
            Logged(F, "kumtumia Otieno template ya handover mpya kabla ya thurs", 5),
            Logged(AG, "agree on handover template - reefers lazima ziwe juu kabisa", 1),
            Logged(AG, "mwambie kuhusu report ya Kariuki before ajue from someone else", 0.8),
            Logged(AG, "day shift Jan - naweza swap 2 wks?", 0.5),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "DC_priya_planner_leeds",
        "Priya",
        "senior planning officer, city council, Leeds",
        "get my post re-evaluated to Grade 8 before the April budget",
        "Helen",
        "Head of Planning (my manager's manager)",
        Role.SKIP,
        monthly(1, 0),
        time(10, 0),
        "Priya is a senior planning officer at a city council who has been informally acting up as team leader since September while her line manager Steve is on long-term sickness absence (return now pushed to January). She asked Head of Planning Helen about an honorarium two months ago, got 'I'll look into it with HR', chased by email and heard nothing. Her job-evaluation form for regrading needs Helen's countersignature; Priya promised the final version by 30 Nov. Delicate: a ward councillor has twice phoned her directly pressing for a decision on a constituent's extension 'before Christmas'; she has not yet written it up for Helen and the Monitoring Officer, which she should, and wants Helen to hear it from her first. She should not speculate about Steve's health. Helen's priority is the 13-week major-applications figure (61% vs a 60% threshold). Team morale is low; a colleague may apply elsewhere. She needs a yes/no and a date on back-pay.",
        logged=(
            Logged(
                A,
                "asked Helen re honorarium for covering Steve's TL duties since Sept – she said she'd 'look into it with HR'",
                62,
            ),
            Logged(
                W,
                "Kirkstall Rd scheme through plans panel, no deferral, chair thanked the team",
                48,
            ),
            Logged(N, "Steve still off, phased return pushed to Jan apparently", 40),
            Logged(G, "did the briefing note on the NPPF changes for Helen's DMT slot", 35),
            Logged(
                P,
                "Helen: priority is majors within 13 wks – we're at 61%, govt threshold 60. no slippage",
                35,
            ),
            Logged(A, "chased honorarium by email, no reply", 21),
            Logged(N, "team morale low, Jas mentioned applying to Wakefield", 15),
            Logged(
                N,
                "Cllr B rang me directly AGAIN about the Moortown extension, 2nd time, wants it 'sorted before xmas'. not logged w MO yet",
                10,
            ),
            Logged(F, "write up Cllr B contact properly and send to Helen + MO", 9),
            Logged(
                F,
                "JE form for regrade – Helen to countersign, said I'd send final version by 30/11",
                8,
            ),
            Logged(W, "cleared 11 backlog householders in 2 wks", 4),
            Logged(AG, "honorarium / backpay – get a yes/no and a date", 2),
            Logged(AG, "Cllr B – make sure Helen hears it from me first", 1),
        ),
        tz="Europe/London",
    ),
    Persona(
        "DC_katrin_labtech_hamburg",
        "Katrin",
        "MTL in der Mikrobiologie, Uniklinik Hamburg",
        "Weiterbildung zur QMB 2027, Kostenübernahme durchs Labor",
        "Dr. Yilmaz",
        "QM-Beauftragte des Labors (nicht meine Vorgesetzte)",
        Role.OTHER,
        biweekly(2),
        time(13, 0),
        "Katrin is a medical lab technologist in a university hospital microbiology lab who wants to train as a quality-management officer; she meets the lab's QM officer, Dr. Yilmaz (not her line manager), every two weeks. She has shadowed an internal audit, revised the blood-culture SOP, and owes the centrifuge equipment files by Fri 4 Dec, ahead of the accreditation (DAkkS) visit on 9 Dec, Dr. Yilmaz's top priority. Delicate integrity issue: incubator temperature logs for weekends appear to have been filled in after the fact by a colleague, Jens, who shrugged it off; she wants to raise it without throwing him under the bus, but it can't be hidden before the audit. Private: she is 10 weeks pregnant and has told no one at work; it has implications for her TB-lab duties later, but this 1:1 is not the place, and it should not surface on the card. She also wants an update on whether the lab will fund the course.",
        logged=(
            Logged(
                A, "Dr Y gefragt ob ich beim internen Audit mitlaufen darf -> ja, 14.10", 75, DONE
            ),
            Logged(
                W,
                "internes Audit Serologie mitgemacht, 3 Abweichungen selbst gefunden, Dr Y war happy",
                42,
            ),
            Logged(G, "SOP Blutkulturen überarbeitet (v4), Dr Y hatte nur 2 Kommentare", 30),
            Logged(
                P,
                "Dr Y: DAkkS-Begehung am 9.12, alles muss sitzen, v.a. Temperaturdoku + Geräteakten",
                30,
            ),
            Logged(
                A,
                "Dr Y gefragt ob das Labor die QMB-Weiterbildung (TÜV, ca 2.800€) zahlt, sie fragt bei der Leitung nach",
                20,
            ),
            Logged(
                N,
                "Temp-protokolle Brutschrank 3: WE-Einträge alle gleiche Schrift/Kuli, von Jens am Montag nachgetragen?? nicht das 1. mal",
                16,
            ),
            Logged(
                N,
                "Jens drauf angesprochen, meinte 'machen doch alle so, der Alarm hätte ja gepiept'",
                14,
            ),
            Logged(F, "Geräteakte Zentrifugen bis Fr 4.12 vollständig machen (für Dr Y)", 10),
            Logged(F, "Dr Ys Kommentare in SOP v4 einarbeiten", 8, DONE),
            Logged(
                N,
                "test positiv 🙈 10. SSW, auf Arbeit weiß es noch niemand. TB-Labor?? muss ich irgendwann klären",
                6,
            ),
            Logged(
                AG, "wie spreche ich das mit den Temp-protokollen an ohne Jens reinzureiten?", 2
            ),
            Logged(AG, "Stand Weiterbildung / Kostenübernahme", 1),
        ),
        tz="Europe/Berlin",
    ),
)
