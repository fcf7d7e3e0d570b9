# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DQ), rated in round 64 at this stop's start and after its language change (`bench/reviews/round64_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH118 = (
    Persona(
        "DQ_Aigerim_mine_surveyor_Karaganda",
        "Aigerim",
        "участковый маркшейдер",
        "главный маркшейдер через 3-4 года, освоить лазерное сканирование",
        "Серик Болатович",
        "Chief engineer of the mine, my skip-level manager",
        Role.SKIP,
        monthly(1, 2),
        time(14, 0),
        "Aigerim, 27, is a section mine surveyor at an underground coal mine near Karaganda, Kazakhstan, four years in the job; she writes her notes in Russian with the odd Kazakh word. "
        "Her direct manager is Ержан Маратович, head of the survey department; Серик Болатович, the mine's chief engineer, is her skip-level and announced in late September that he would hold monthly 1:1s with young engineers from December, first Wednesday of the month at 14:00, so the first one is Wed 2 Dec 2026. "
        "Delicate matter: the October advance certificate from contractor ГорПроходка claims 412 m for conveyor drift 48К12, while her own survey (repeated twice with her colleague Даулет) gives 366-369 m; on 6 Nov Ержан told her to sign it as is ('everyone does it, we'll make it up in November'); she refused to sign and said she would re-measure, and since then Ержан has frozen her out and taken her off the 48К10 installation schedule. "
        "She does not know whether or how to raise the inflated volumes with Серик without looking like she is informing on her boss, and she is scared because her signature would be on the certificate. "
        "Open threads: on 12 Oct she asked Серик for the Leica laser-scanner course in Almaty (16-20 Nov) and he said there is no money this year, maybe in the 2027 budget; on 30 Oct she asked for the broken Sokkia total station to be repaired or a second one supplied, he told her to write a memo via Ержан (no memo or answer logged since). "
        "Wins: on 8 Oct she closed the breakthrough of the 48К10 conveyor and ventilation drifts with 4 cm plan / 2 cm height error and Серик praised her publicly; on 20 Nov she passed the industrial-safety attestation exam. "
        "She gave: at the end of October she prepared extracts of the mine workings plans and the fire-protection plan for Серик's industrial-safety inspection, on short notice. "
        "Серик's priorities: launch of longwall 48К10 with installation done by 20 Dec, and the industrial-safety committee inspection on 7-11 Dec with all documents ready by 4 Dec; she owes an updated workings plan for 48К10 by 4 Dec. "
        "From this 1:1 she needs: the Leica training put into the 2027 budget (budget closes around 15 Dec), a safe way to raise the certificate discrepancy with printouts of her survey, and her leave 4-18 Jan (brother's wedding in Shymkent) signed.",
        logged=(
            Logged(
                N,
                "Серик Болатович на планерке: с декабря раз в месяц 1:1 с молодыми ИТР, у меня первая среда месяца 14:00",
                59,
            ),
            Logged(P, "С.Б.: главное до НГ — запуск лавы 48К10, монтаж к 20.12 кровь из носу", 52),
            Logged(
                W,
                "СБОЙКА 48К10 конв. штрек с вент. штреком!! расхождение 4 см в плане, 2 см по высоте 🎉 С.Б. на наряде при всех сказал молодец",
                49,
            ),
            Logged(
                A,
                "просила у С.Б. обучение по лазерному сканеру Leica в Алматы (курс 16-20 ноя) → «в этом году денег нет, в бюджет 2027 посмотрим»",
                45,
            ),
            Logged(
                G,
                "сделала для С.Б. выкопировки горных выработок + план ППЗ к проверке промбеза, просил срочно к пн",
                31,
            ),
            Logged(
                A,
                "попросила у С.Б. отремонтировать тахеометр Sokkia (с сентября в ремонте) или дать второй → «напиши служебку через Ержана»",
                27,
            ),
            Logged(
                N,
                "замер проходки за окт: по моей съемке конв. штрек 48К12 = 368 м. в акте ГорПроходки 412",
                21,
            ),
            Logged(
                N,
                "Е.М. вызвал, сказал подписать акт как есть (412), «все так делают, в ноябре доберем». сказала перемеряю. не подписала",
                20,
            ),
            Logged(
                N,
                "перемерила с Даулетом 2 раза — 366 и 369. 412 там и близко нет. если подпишу это моя подпись, мне страшно",
                17,
            ),
            Logged(N, "Е.М. со мной не здоровается, убрал из графика на монтаж 48К10 😞", 13),
            Logged(
                P, "С.Б. на наряде: проверка комитета промбеза 7-11 дек, все документы к 4.12", 9
            ),
            Logged(
                W, "сдала промбез в аттестационной комиссии, удостоверение на руках. жарайды", 6
            ),
            Logged(F, "до 4.12 — обновить план горных выработок по 48К10 для проверки", 3),
            Logged(AG, "1:1 2.12: Leica на 2027 — можно вписать в бюджет до 15.12?", 1.4),
            Logged(
                AG,
                "акт за окт 412 vs 366-369 — говорить С.Б.?? как сказать чтобы и себя не подставить и Е.М. не «сдать». взять распечатки съемки",
                0.6,
            ),
            Logged(AG, "отпуск 4-18 янв (той у брата в Шымкенте) — заявление подписать", 0.3),
        ),
        tz="Asia/Almaty",
    ),
    Persona(
        "DQ_Nomvula_candidate_attorney_Durban",
        "Nomvula",
        "Candidate attorney",
        "Get retained as an associate in Banking & Finance and be admitted by March 2027",
        "Kavitha",
        "Director, Banking & Finance, my mentor",
        Role.MENTOR,
        biweekly(2),
        time(13, 0),
        "Nomvula Dlamini, 25, is a candidate attorney (articled clerk) at a large commercial law firm in Umhlanga, Durban; her articles end in January 2027 and she is articled to Mr Botha in Litigation, but she wants to go into Banking & Finance. "
        "Kavitha Naidoo, a director in Banking & Finance, is her mentor through the firm's mentorship programme; they meet every second Wednesday over lunch at 13:00, next on Wed 9 Dec 2026. "
        "Delicate matter: a rival firm, Mthembu Khan Inc, offered her in writing on 12 Nov an associate post in B&F from 1 Feb at R38k a month, with an answer due 11 Dec, while her own firm says retention decisions for her intake come only 'early January' — and Kavitha sits on the retention committee, so telling her feels like a threat or a betrayal; Mr Botha also seems to have heard something. "
        "Her mother does not understand why she would leave a big firm. "
        "Open threads: on 7 Oct she asked Kavitha to let her shadow on the Sibaya Precinct refinancing and was put onto the deal via Shireen (done, from 13 Oct); on 2 Nov she asked whether Kavitha would put her name forward for B&F retention and got 'I'll see, depends on headcount, don't get your hopes up too early'. "
        "Wins: added to the Sibaya deal doing the CP checklist; passed two of the four admission board exams (Practice Management, Wills & Estates) on 28 Oct, with one paper still to write in February. "
        "She gave: on Sat 24 Oct she covered Kavitha's slot at the KwaMashu legal advice clinic (6 consults) for the pro bono target; she sent Shireen the marked-up security cession and CP list by 19 Nov (done). "
        "Kavitha's priorities: B&F needs people who can run CP checklists and security documents without hand-holding; the firm's pro bono target of 20 hours per person by February; Sibaya must close by 15 Dec. "
        "From this 1:1 she needs an honest read on her retention chances before 11 Dec, to decide whether and how to mention the offer, and to stay on Sibaya through closing.",
        logged=(
            Logged(
                N,
                "Kavitha says retention decisions for our CA intake only in Jan 😬 committee meets 'early Jan'",
                57,
            ),
            Logged(
                A,
                "asked K if I can shadow on the Sibaya Precinct refinancing → 'ya, speak to Shireen, I'll cc you'",
                50,
            ),
            Logged(W, "Shireen added me to Sibaya!! doing the CP checklist 🙌", 44),
            Logged(
                P,
                "K: B&F needs ppl who can do CPs + security docs w/o hand-holding. also pushing pro bono, 20h pp by Feb",
                42,
            ),
            Logged(
                G,
                "covered K's slot at the KwaMashu advice clinic today, 6 consults, notes on the drive",
                33,
            ),
            Logged(W, "PASSED Practice Mgmt + Wills & Estates!!! yoh 😭🙏 one paper left, Feb", 29),
            Logged(
                A,
                "asked K if she'd put my name fwd for B&F retention → 'I'll see, depends on headcount, don't get your hopes up too early' hmm",
                24,
            ),
            Logged(N, "call from recruiter re Mthembu Khan Inc, associate B&F Durban office", 17),
            Logged(
                N,
                "MK offer in writing: associate from 1 Feb, R38k/m. answer by 11 Dec. here nobody has said a thing",
                14,
            ),
            Logged(F, "send Shireen the marked-up cession + CP list by Thu", 10, DONE),
            Logged(
                N,
                "Mr Botha asked if I'm 'still committed to lit' 🙄 think he heard smth? Durban is small eish",
                9,
            ),
            Logged(P, "K: Sibaya must close by 15 Dec, lender's counsel is sloooow", 6),
            Logged(
                N,
                "Ma asking why I'd leave 'a big firm'. she doesn't get it, it's about being retained AT ALL",
                4,
            ),
            Logged(
                AG,
                "9 Dec w/ K: do I tell her about the MK offer?? she's on the retention committee. deadline 11 Dec 😰",
                2,
            ),
            Logged(
                AG,
                "ask K straight: realistic chance of B&F retention? can I get an answer before the 11th",
                1,
            ),
            Logged(AG, "thank her for Sibaya + ask to stay on till closing", 0.2),
        ),
        tz="Africa/Johannesburg",
    ),
    Persona(
        "DQ_Linh_QC_supervisor_Hai_Phong",
        "Linh",
        "Tổ trưởng QC xưởng may",
        "Lên QA manager trong 2 năm",
        "chị Hằng",
        "Factory director, my manager",
        Role.MANAGER,
        weekly(0),
        time(8, 0),
        "Nguyễn Thị Mỹ Linh, 31, leads the QC team at a garment factory in An Dương, Hải Phòng, Vietnam, producing for foreign buyers; she writes in Vietnamese with English QC terms (PO, AQL, inline, final). "
        "Her manager is chị Hằng, the factory director; they have a 1:1 every Monday at 08:00, next on Mon 30 Nov 2026. "
        "Delicate matter: on 30 Oct anh Tuấn, leader of sewing line 7 and chị Hằng's brother-in-law, handed her an envelope of money to pass PO 4518, which had failed final inspection (stains, chest measurement out of tolerance, AQL 2.5); she gave it back, the lot was reworked and shipped late, and Tuấn has told people she is 'making trouble'; on 22 Nov he texted her again to 'go easy' on lot 4602 and she kept a screenshot. "
        "She does not know how to tell chị Hằng because of the family tie, and whether to do it before the buyer's third-party audit on 3 Dec. "
        "Open threads: on 2 Oct she asked for two more inline QC staff for lines 5-8 and was told to wait until after Tết; on 12 Oct she asked about the ISO 9001 internal auditor course and chị Hằng agreed the company pays 50%; she sent the registration form and quote by 23 Oct (done). "
        "Wins: final-inspection pass rate rose from 88% in September to 96% in October and chị Hằng praised it in the meeting; she earned the ISO 9001 internal auditor certificate on 18 Nov. "
        "She gave: on 22 Oct she built chị Hằng's Q3 quality review slides for the buyer, working until 1 a.m.; she sent the calibration list for tape measures and scales before 25 Nov (done). "
        "Chị Hằng's priorities: no more failed final inspections in Q4 (three POs failed in September) and passing the 3 Dec audit with QC records and calibration in order. "
        "From this 1:1 she needs: to re-ask for the two inline QCs with failure data by line, to offer an internal pre-audit before 3 Dec, and to find a way to raise the bribe attempt.",
        logged=(
            Logged(
                P,
                "c Hằng họp đầu tuần: Q4 ưu tiên số 1 là ko để fail final inspection nữa, t9 fail 3 PO rồi",
                59,
            ),
            Logged(
                A,
                "xin c Hằng thêm 2 bạn QC inline cho chuyền 5-8 → 'đợi sau Tết e ạ, giờ ko tuyển đc'",
                55,
            ),
            Logged(W, "t9→t10 tỉ lệ pass final lên 96% (từ 88%) 💪 c Hằng khen trong họp", 49),
            Logged(
                A,
                "hỏi c về khoá ISO 9001 internal auditor (3 ngày ở HN) → c ok, cty trả 50%, còn lại e tự lo",
                45,
            ),
            Logged(F, "gửi c Hằng form đăng ký khoá ISO + báo giá trước T6", 41, DONE),
            Logged(
                G, "làm giúp c Hằng slide báo cáo chất lượng Q3 cho buyer, thức tới 1h sáng 😅", 35
            ),
            Logged(
                N, "PO 4518 (chuyền 7) final: lỗi bẩn + sai thông số vòng ngực, AQL 2.5 ko đạt", 28
            ),
            Logged(
                N,
                "a Tuấn chuyền 7 đưa phong bì bảo 'cho qua lô này đi em', e trả lại luôn. ko biết có ai thấy ko",
                27,
            ),
            Logged(
                N,
                "lô 4518 rework 2 ngày, trễ ship. a Tuấn nói với mọi người là e 'làm khó'. a Tuấn là em rể c Hằng 😣",
                23,
            ),
            Logged(
                P,
                "c Hằng: audit bên thứ 3 của buyer ngày 3/12, chuẩn bị hồ sơ QC + hiệu chuẩn thước, cân",
                16,
            ),
            Logged(
                F, "check lịch hiệu chuẩn thước + cân, gửi list cho c Hằng trước 25/11", 14, DONE
            ),
            Logged(W, "đậu khoá ISO 9001 internal auditor, có chứng chỉ rồi 🎉", 8),
            Logged(N, "hôm qua a Tuấn lại nhắn 'lô 4602 nhẹ tay nha em'. đã chụp màn hình", 3),
            Logged(AG, "1:1 thứ 2: xin lại 2 QC inline, mang số liệu fail theo từng chuyền", 1),
            Logged(
                AG,
                "chuyện a Tuấn + phong bì — nói với c Hằng sao đây?? nói trước audit 3/12 hay sau",
                0.5,
            ),
            Logged(AG, "đề xuất e làm internal audit nội bộ trước 3/12", 0.2),
        ),
        tz="Asia/Ho_Chi_Minh",
    ),
    Persona(
        "DQ_Valentina_winemaker_Mendoza",
        "Valentina",
        "enóloga",
        "Ser jefa de enología cuando se jubile Ricardo",
        "Ing. Ferrari",
        "General manager of the winery, my sponsor",
        Role.SPONSOR,
        monthly(2, 4),
        time(9, 30),
        "Valentina Ruiz, 33, is assistant winemaker at a mid-sized winery in Luján de Cuyo, Mendoza, Argentina; her boss is Ricardo, head winemaker, who confirmed he retires after the 2027 harvest. "
        "Ing. Ferrari, the general manager, is her sponsor and is grooming her to succeed Ricardo; they meet on the second Friday of each month at 09:30, next on Fri 11 Dec 2026. "
        "Delicate matter: her father had a stroke on Sun 11 Oct and is in rehabilitation in San Juan for 3-6 months with daily physio; her mother is alone with him and her brother in Córdoba cannot help, so she drives to San Juan every weekend and may need flexibility during the Feb-Apr harvest; she has told Ricardo but not Ferrari, and fears it will cost her the promotion. "
        "Open threads: on 7 Oct she asked Ferrari to fund the UNCuyo winery-management diploma starting in March ('send me the programme, but don't disappear on me during harvest'); she sent the programme and cost by 30 Oct (done) and has no answer yet, while enrolment closes 18 Dec. "
        "On 2 Nov she asked to be in the interviews for the new assistant winemaker and Ferrari told her to choose the shortlist. "
        "Wins: her first blend, the Malbec Gran Reserva 2023, got 93 points in Descorchados (10 Oct); her barrel trial showed second-use barrels at 50/50 are indistinguishable in blind tasting on the Cabernet Franc, saving about 18%; the Curitiba importers asked for 6 cases of samples on 22 Nov. "
        "She gave: on Sat 24 Oct she hosted the Curitiba importers' visit (tasting and cellar) for Ferrari, who was in Buenos Aires. "
        "Ferrari's priorities: 2027 is about Brazil (three new importers), cutting barrel costs 15%, and the harvest 2027 plan to be presented to the board on 17 Dec under her name. "
        "From this 1:1 she needs: a yes or no on the diploma, credit for the barrel savings and Brazil samples, and a way to tell Ferrari about her father and propose some flexibility without undermining his confidence for harvest.",
        logged=(
            Logged(
                N,
                "Ricardo me confirmó que se jubila después de vendimia 27. Ferrari 'tiene ideas' jaja",
                59,
            ),
            Logged(
                P,
                "Ferrari: 2027 = Brasil. quiere 3 importadores nuevos y bajar costo de barricas 15%",
                54,
            ),
            Logged(
                A,
                "le pedí a Ferrari que me banque la Diplomatura en Gestión de Bodegas (UNCuyo, arranca marzo) → 'mandame el programa y lo vemos, pero en vendimia no me desaparezcas eh'",
                50,
            ),
            Logged(
                W, "Malbec Gran Reserva 2023 (mi primer corte!!) 93 pts en Descorchados 🍷🍷", 47
            ),
            Logged(
                N,
                "papá ACV el domingo. está en el Rawson en San Juan, estable. mamá sola con él",
                43,
            ),
            Logged(
                N,
                "le dije a Ricardo que me voy los viernes a la tarde a SJ estas semanas. a Ferrari no le dije nada todavía",
                38,
            ),
            Logged(
                G,
                "hoy hice la visita de los importadores de Curitiba x Ferrari (él en BsAs), degustación + cava. re bien",
                33,
            ),
            Logged(F, "mandarle a Ferrari el programa de la diplo + costo antes del vie", 30, DONE),
            Logged(
                A,
                "le pregunté a F si puedo estar en las entrevistas del nuevo asistente de enología → 'sí, vos armá la terna'",
                24,
            ),
            Logged(
                W,
                "terminamos ensayo barricas 2do uso vs nuevas: en el Cab Franc no se nota en cata ciega → ahorro ~18% si vamos 50/50",
                20,
            ),
            Logged(
                P,
                "F en la reunión: plan de vendimia 27 al directorio el 17/12, lo quiere con mi nombre 😳",
                15,
            ),
            Logged(
                N,
                "neuróloga: rehabilitación 3-6 meses, kinesio diaria. mi hermano en Córdoba no puede. ¿los traemos a Mza o voy y vengo?",
                10,
            ),
            Logged(W, "Curitiba pidió muestras, 6 cajas 🇧🇷", 4),
            Logged(
                AG,
                "11/12 con F: contarle lo de papá? cómo, sin que piense que no puedo con la vendimia. proponer viernes tarde libres en feb-mar?",
                2,
            ),
            Logged(AG, "diplo: ¿aprobada o no? inscripción cierra 18/12", 1),
            Logged(AG, "contarle ensayo barricas (ahorro 18%) + muestras Curitiba", 0.4),
        ),
        tz="America/Argentina/Mendoza",
    ),
    Persona(
        "DQ_Emre_electrical_foreman_Istanbul",
        "Emre",
        "Elektrik formeni (tersane)",
        "2 yıl içinde elektrik şefi olmak",
        "Hakan abi",
        "Piping foreman, my peer",
        Role.PEER,
        weekly(4),
        time(16, 30),
        "Emre Yıldız, 34, is the electrical foreman on newbuild NB-87, a chemical tanker, at a shipyard in Tuzla, Istanbul; Hakan is the piping foreman on the same hull, a peer, and years ago (2016) the man who got Emre his job at the yard. "
        "They sit down one to one every Friday at 16:30 over tea to coordinate the two crews; the next is Fri 27 Nov 2026. "
        "Delicate matter: on the night shift of 11 Nov Hakan's crew welded 30 cm from Emre's cable tray without a fire watch or hot-work permit and melted the sheathing of three cables (C-214/215/216, replaced, done); on 18 Nov Emre saw it again on the 2nd deck without even a spark blanket and took photos he has shown to no one. "
        "He has not reported it to the HSE (İSG) office out of loyalty to Hakan, who is being talked about for production chief and wants no 'incidents' this month; Emre wants to raise it face to face first and go to İSG only if it does not change. "
        "Open threads: on 5 Oct he asked Hakan to shift the pipe spools that blocked the cable route to the switchboard room ('we'll look Monday'), which was done; on 2 Nov they agreed crane time (Tue-Thu mornings electrical, Mon and Fri piping), but on Wed 25 Nov Hakan's crew took the crane again, the third time. "
        "Wins: on 26 Oct the main switchboard was energised and all megger tests passed first time, signed by the class surveyor. "
        "He gave: on 12-13 Oct he lent Hakan two electricians (Serkan and Oğuz) for two days of temporary lighting for the hydrotest. "
        "Hakan's priorities: the ballast line hydrotest on 4 Dec with no cable pulling in the area before it, and sea trials on 15 Jan with penalties if they slip. "
        "From this 1:1 Emre needs: a firm crane arrangement, a date after the 4 Dec hydrotest when his crew can pull cable, to show the revised cable-tray routing drawing, and to raise the hot-work issue without breaking the friendship.",
        logged=(
            Logged(N, "NB-87 takvim: deneme seyri 15 Ocak, kayarsa ceza var diyorlar", 58),
            Logged(
                A,
                "Hakan abiye sordum: mak. dairesi sancakta boru spool'ları pano odası kablo güzergahını kesiyor, kaydırılır mı → 'pazartesi bakarız'",
                52,
                DONE,
            ),
            Logged(
                G,
                "Hakan abiye 2 elektrikçi verdim (Serkan+Oğuz), hidrotest için geçici aydınlatma, 2 gün",
                44,
            ),
            Logged(
                P,
                "H abi: 4 Aralık balast hattı hidrotest, ondan önce o bölgede kimse kablo çekmesin istiyor",
                38,
            ),
            Logged(
                W,
                "ANA PANO enerjilendi 💪 megger testleri ilk seferde geçti, klas sörveyörü imzaladı",
                31,
            ),
            Logged(
                A,
                "Hakan abiyle vinç saatleri: Salı-Perşembe sabahları bizim, Pzt+Cuma onların → 'tamam kardeşim'",
                24,
            ),
            Logged(
                N,
                "11.11 gece vardiyası H abinin ekip kablo tavasının 30cm yanında kaynak yapmış, yangın gözcüsü yok, sıcak iş izni yok. 3 kablonun kılıfı erimiş",
                14,
            ),
            Logged(F, "eriyen 3 kabloyu değiştir (C-214/215/216), malzeme talebi aç", 13, DONE),
            Logged(
                N,
                "İSG'ye yazmadım. Hakan abi beni buraya o soktu 2016da. ama bu gidişle biri yanacak",
                12,
            ),
            Logged(
                N,
                "bugün yine gördüm, 2. güverte, kıvılcım battaniyesi bile yok. foto çektim, kimseye göstermedim",
                8,
            ),
            Logged(P, "H abi: üretim şefliği için adı geçiyor, bu ay hiç 'olay' istemiyor", 6),
            Logged(F, "kablo tavası güzergah revizyon çizimini Cuma'ya Hakan abiye göster", 3),
            Logged(
                AG,
                "cuma: bugün Çarşamba sabah vinci yine onların ekip aldı, 3. kez. net konuşalım",
                1,
            ),
            Logged(
                AG,
                "kaynak/gözcü meselesi — önce abiye yüz yüze söyle, düzelmezse İSG. nasıl açacağım bilmiyorum",
                0.5,
            ),
            Logged(
                AG,
                "4 Aralık hidrotestten sonra kablo çekimine ne zaman girebiliriz? net tarih al",
                0.2,
            ),
        ),
        tz="Europe/Istanbul",
    ),
    Persona(
        "DQ_Ingrid_air_traffic_controller_Bodo",
        "Ingrid",
        "flygeleder",
        "Bli supervisor innen 2028 – først OJTI-kurset",
        "Trond",
        "Section manager at the control centre, my manager",
        Role.MANAGER,
        biweekly(1),
        time(13, 0),
        "Ingrid Solberg, 38, is an air traffic controller at the area control centre in Bodø, Norway, working a rotating roster including night shifts; she writes in Norwegian bokmål with English ATC jargon. "
        "Trond, the section manager, is her manager; they have a 1:1 every other Tuesday at 13:00, next on Tue 8 Dec 2026. "
        "Delicate matter: since September she has had heart palpitations on night shifts (third time on 19 Oct) and told no one; her GP thinks it is probably harmless ectopic beats but referred her for a Holter monitor and a cardiologist on 3 Dec. "
        "Under the rules a controller must not exercise her licence if she knows of a decrease in medical fitness; the aviation medical examiner she called on 21 Nov said to inform her employer if she takes herself off shifts, otherwise await the Holter; she is unsure whether to tell Trond before or after the test and fears losing her OJTI place. "
        "Open threads: on 4 Oct she asked Trond for the OJTI (instructor) course in spring ('you're on the list, no promises until the budget is set in December'); on 28 Oct she asked to avoid night shifts over Christmas and sent her roster wishes by 1 Nov (done), no answer yet. "
        "Wins: passed her competence check with zero remarks (11 Oct); on 23 Oct she handled an air ambulance with engine trouble calmly and the captain phoned to thank her. "
        "She gave: three extra night shifts in mid-October when half the team had flu, which now count against Trond's overtime figures. "
        "Trond's priorities: overtime down 20% in Q4, and her trainee Mats checked out by February with a training plan from her, which she owes before 8 Dec. "
        "From this 1:1 she needs: the OJTI decision, the Christmas roster, to deliver Mats's plan, and a way to handle the health question honestly.",
        logged=(
            Logged(P, "Trond på vaktmøtet: overtid må ned 20% i Q4, budsjettet sprekker", 57),
            Logged(
                A,
                "spurte Trond om OJTI-kurs i vår → 'du står på lista, men ingen løfter før budsjettet er klart i des'",
                53,
            ),
            Logged(W, "kompetansesjekk bestått, null anmerkninger 👌", 46),
            Logged(G, "tok 3 ekstra nattevakter for Trond da halve gjengen lå med influensa", 42),
            Logged(N, "hjertebank igjen på natta, 3. gang siden sept. ikke sagt det til noen", 38),
            Logged(
                W,
                "ambulanseflyet med motortrøbbel i går kveld – vektorer + prioritet, landa fint på BOO. kapteinen ringte og takket 🙏",
                33,
            ),
            Logged(
                A,
                "spurte T om å slippe nattevakter i jula → 'send meg ønskene dine innen 1.11'",
                29,
            ),
            Logged(F, "sende juleturnus-ønsker til Trond innen 1.11", 28, DONE),
            Logged(
                N,
                "fastlegen: sannsynligvis ekstraslag, men henviser til Holter + kardiolog. time 3. des",
                21,
            ),
            Logged(
                N,
                "leste forskriften: skal ikke utøve rettighetene hvis jeg vet om nedsatt medisinsk skikkethet. ER jeg nedsatt?? ringe flylegen?",
                17,
            ),
            Logged(
                P, "T: Mats (traineen min) skal sjekkes ut innen feb, vil ha en plan fra meg", 14
            ),
            Logged(F, "lage treningsplan for Mats til T før tirsdag 8.12", 9),
            Logged(
                N,
                "ringte flylegen – meld fra til arbeidsgiver hvis jeg tar meg av vakt, ellers vent på Holter. fortsatt usikker",
                5,
            ),
            Logged(
                AG,
                "8.12: si det til Trond før eller etter Holter 3.12? vil ikke miste OJTI-plassen",
                2,
            ),
            Logged(AG, "OJTI-kurs – avklart i budsjettet? + juleturnus, hørt ingenting", 1),
            Logged(
                AG,
                "nevne at ekstravaktene mine i okt teller på overtidstallene hans – vil ikke bli 'problemet'",
                0.3,
            ),
        ),
        tz="Europe/Oslo",
    ),
)
