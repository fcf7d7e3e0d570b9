# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DR), rated in round 64 at this stop's start and after its language change (`bench/reviews/round64_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH119 = (
    Persona(
        "DR_Sipho_maintenance_planner_Durban",
        "Sipho",
        "Maintenance Planner, sugar mill",
        "Get my GCC (Factories) and move up to Maintenance Superintendent in the next 2-3 yrs",
        "Mr Naidoo",
        "Engineering Manager, my manager",
        Role.MANAGER,
        weekly(0),
        time(7, 30),
        "Sipho Mkhize, 31, is the maintenance planner at a sugar mill on the KwaZulu-Natal North Coast outside Durban; he reports to Vikash Naidoo, the Engineering Manager, and they meet weekly on Mondays at 07:30, so the next 1:1 is Mon 30 Nov. "
        "The crushing season ends mid-December and Naidoo's priorities are the off-crop maintenance plan signed by the GM by 11 Dec, contractor spend 10% below last off-crop, and zero LTIs (the mill is on 187 days). "
        "Delicate matter: on Fri 13 Nov Sipho saw the crew of Khumalo Boiler Services working on the boiler 3 ID fan without locks on the isolator (a lockout/tagout breach); the crew's site supervisor is his cousin Themba, who phoned him that evening begging him to keep quiet because of the off-crop contract, and contracts are awarded early December; he has told nobody. "
        "On 30 Oct he asked for SAP PM rights to release work orders himself; they came through on 12 Nov. "
        "On 2 Nov he asked Naidoo to sponsor a GCC Factories exam prep course (R18,500); Naidoo said to send the quote and maybe from the new budget year in March; Sipho sent the quote on 10 Nov and needs a decision before registration closes on 15 Jan. "
        "On 16 Nov he asked for a second scheduler or intern for the off-crop and was refused (HR freeze until January). "
        "Wins: overdue PM backlog down from 212 to 140 work orders (19 Nov) and a double-ordered R240k mill gearbox PO caught and cancelled (20 Nov). "
        "He gave: presented Naidoo's off-crop slides at the Monday production meeting on 9 Nov while Naidoo was in Johannesburg, and built the shutdown critical path in Excel that Naidoo took to the GM as is (23 Nov). "
        "He owes schedule v3 by Fri 27 Nov and two conveyor belt quotes by 4 Dec. "
        "From this 1:1 he needs a yes/no on the GCC course and a way to raise the LOTO breach before contracts are signed without burning his cousin.",
        logged=(
            Logged(
                P,
                "Naidoo: off-crop plan must be signed by GM 11 Dec latest. no excuses this year",
                57,
            ),
            Logged(
                A,
                "asked Naidoo for SAP PM release rights so I dont wait on him for every WO → 'let me speak to IT'",
                27,
                DONE,
            ),
            Logged(
                A,
                "asked Mr N to sponsor the GCC Factories prep course R18 500 → 'send me the quote, maybe new budget yr March'",
                24,
            ),
            Logged(
                G,
                "did the off-crop slides at Mon prod meeting for Naidoo (he was in Jhb). GM asked hard q's on the evap tubes, handled it",
                17,
            ),
            Logged(F, "send GCC course quote to Naidoo", 16, DONE),
            Logged(W, "SAP release rights came thru 🙌", 14),
            Logged(
                N,
                "Fri 13/11 boiler 3 ID fan — Khumalo crew working with no locks on the isolator. Themba saw me see them. he phoned tonight 'cuz please man, the contract'. eish",
                12.6,
            ),
            Logged(
                P,
                "N at toolbox talk: zero LTI, we on 187 days. contractor spend down 10% vs last off-crop",
                10.1,
            ),
            Logged(
                A,
                "asked for 2nd scheduler (even an intern) for off-crop → 'HR freeze till Jan, sorry boet'",
                10,
            ),
            Logged(W, "overdue PM backlog 212 → 140 WOs 💪", 7),
            Logged(
                W,
                "caught double order on #2 mill gearbox — R240k PO cancelled before it went out",
                6,
            ),
            Logged(
                G,
                "built the shutdown critical path in excel for N to take to GM — he used it as is",
                3,
            ),
            Logged(F, "off-crop schedule v3 to N by Fri", 2),
            Logged(F, "conveyor belt quotes x2 (Fenner + the other guys) by 4.12", 1.5),
            Logged(AG, "GCC course — need answer, registration closes 15 Jan", 1),
            Logged(
                AG,
                "Khumalo / LOTO thing. have to say something before contracts are signed. how do i say it w/o burning Themba",
                0.4,
            ),
        ),
        tz="Africa/Johannesburg",
    ),
    Persona(
        "DR_Misaki_hotel_front_desk_supervisor_Sapporo",
        "美咲",
        "ホテルのフロント主任",
        "3年以内に宿泊部門のマネージャーになる",
        "佐々木GM",
        "General Manager of the hotel (総支配人), my skip-level manager",
        Role.SKIP,
        monthly(2, 1),
        time(13, 30),
        "Misaki Kudo, 29, is front desk supervisor at a 240-room hotel in Sapporo; she reports to the rooms manager Ohno, who reports to the General Manager Sasaki. "
        "She has a monthly skip-level 1:1 with GM Sasaki on the second Tuesday at 13:30; the last was Tue 10 Nov and the next is Tue 8 Dec. "
        "Sasaki's priorities: inbound guests at 40% of room nights, review score 4.5+ with replies within 48 hours (owned by the front desk supervisor), and lower staff turnover, which he keeps repeating. "
        "Delicate matter: Ohno, who trained Misaki and recommended her for supervisor, repeatedly tells front staff to clock out and then keep working (unpaid overtime); Misaki has noted the dates (24 Oct, 31 Oct, 6, 7 and 14 Nov), the new hire Tanaka cried about it and on 24 Nov said she may quit because of it, and raising it with the GM means going over Ohno's head. "
        "Open threads: on 16 Oct she submitted a proposal for a self check-in kiosk pilot; the GM liked it but said the budget is next fiscal year. "
        "On 10 Nov she asked to lead the group-booking team for the Sapporo Snow Festival (February); the GM said he'd think and answer at the December meeting. "
        "Wins: on 3 Nov (Culture Day) she handled an 8-room overbooking by walking guests to the sister hotel with zero complaints, and the Rakuten front-desk review score rose from 4.3 to 4.6. "
        "She gave: an English/Chinese FAQ sheet for inbound guests that the GM is now rolling out chain-wide (23 Oct), and covered the night audit when the night clerk fell ill (21 Nov). "
        "She owes the GM the Snow Festival group-booking list by Fri 4 Dec and the revised trainee manual by end of November. "
        "From this 1:1 she needs the answer on the Snow Festival lead and a way to raise the overtime practice that protects Tanaka without simply denouncing Ohno.",
        logged=(
            Logged(
                P,
                "佐々木GM 全体朝礼：今期 インバウンド比率40%、口コミ4.5以上。あと離職率下げたいって何回も言ってた",
                55.3,
            ),
            Logged(
                A,
                "自動チェックイン機の試験導入、GMに提案書出した → 「いいね、でも予算は来期かな」",
                41,
            ),
            Logged(
                G, "インバウンド向けFAQシート（英語・中国語）作ってGMに渡した。全館で使うって😳", 34
            ),
            Logged(
                W,
                "11/3 文化の日 オーバーブッキング8室 → 姉妹館にご案内してクレーム0件！大野さんにも褒められた",
                22.9,
            ),
            Logged(
                N,
                "また大野さんに「打刻してから残って」って言われた。これで4回目（10月から）。田中さん泣いてた",
                19,
            ),
            Logged(
                A,
                "面談で雪まつり期間の団体予約チームのリーダーやりたいって言った → 「考えとく、12月の面談で返事する」",
                16.1,
            ),
            Logged(P, "GM：口コミ返信は48時間以内。フロント主任が責任持って", 16.05),
            Logged(F, "新人研修マニュアル改訂 → 月末までにGMへ", 15),
            Logged(
                N, "自分用メモ：サービス残業の日 10/24, 10/31, 11/6, 11/7, 11/14 …記録しとく", 12
            ),
            Logged(W, "楽天の口コミ（フロント対応）4.3 → 4.6 ✨", 8),
            Logged(G, "夜勤の佐藤さん体調不良 → ナイトオーディット代わりに入った（2連勤…）", 5),
            Logged(F, "雪まつり団体予約リスト 12/4(金)までにGMに", 3),
            Logged(N, "田中さん 辞めるかもって。理由聞いたら残業…", 1.6),
            Logged(AG, "雪まつりリーダーの返事もらう", 1),
            Logged(
                AG,
                "残業の件。大野さんを飛び越えることになる…でも田中さんのこと考えたら。言い方考える",
                0.3,
            ),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DR_Ines_cork_quality_technician_SantaMariaDaFeira",
        "Inês",
        "Técnica de controlo de qualidade (rolhas de cortiça)",
        "Chegar a responsável de qualidade antes dos 35",
        "Eng.ª Fernanda",
        "Former head of quality at my factory, now an independent consultant, my mentor",
        Role.MENTOR,
        monthly(1, 4),
        time(18, 30),
        "Inês Carvalho, 30, is a quality control technician in the lab of a cork stopper factory in Santa Maria da Feira, near Porto; her boss there is Eng. Rui, the quality manager. "
        "Her mentor is Eng.ª Fernanda, the factory's retired former head of quality, who recommended her for the job and still does consulting for the factory; they meet monthly on the first Friday at 18:30 (last on Fri 6 Nov), so the next session is Fri 4 Dec. "
        "Delicate matter: on 2 Nov a cork stopper maker in Palafrugell (Catalonia) approached her to be head of its lab at about +35% salary; the written offer arrived on 17 Nov, she must answer by 11 Dec and would start in February; she has told no one, and she fears Fernanda, who had lunch with Eng. Rui on 19 Nov, could let it slip. "
        "Fernanda's priorities for her: learn to talk to management, not just the lab; and present at the cork industry conference (Jornadas) in February, with the abstract due 15 Dec, which clashes with a February start in Spain. "
        "On 2 Oct she asked Fernanda to review her TCA poster (answer: send it by the 20th); she sent it on 19 Oct and got heavily marked-up comments back on 26 Oct, so that thread is closed. "
        "On 6 Nov she asked Fernanda to introduce her to someone at CTCOR (the cork technology centre) about a GC-MS course; Fernanda said she would talk to Dra. Luísa, and there is no news yet. "
        "Wins: TCA reject rate down from 3.1% to 1.8% after she changed the sampling plan (late Oct), and the French Champagne client's audit on 12 Nov closed with zero non-conformities. "
        "She gave: control charts for a training course Fernanda taught in Aveiro (12 Oct). "
        "She owes Fernanda an updated CV before Fri 4 Dec and the Jornadas abstract by 15 Dec. "
        "From this session she needs honest advice on the Spanish offer while asking Fernanda to keep it confidential from Eng. Rui, and news on the CTCOR introduction.",
        logged=(
            Logged(
                N,
                "sessão c/ a Eng.ª Fernanda correu mt bem. diz q tenho de aprender a falar c/ a administração e n só c/ o lab",
                54.6,
            ),
            Logged(
                A, "pedi à Fernanda p/ rever o meu poster do TCA → 'manda até dia 20'", 54.55, DONE
            ),
            Logged(G, "fiz os gráficos de controlo p/ a formação q ela vai dar em Aveiro", 45),
            Logged(F, "mandar poster à Fernanda", 38, DONE),
            Logged(
                N, "Fernanda devolveu o poster c/ comentários, tudo a vermelho 😅 mas mt útil", 31
            ),
            Logged(
                W, "taxa de rejeição TCA 3,1% → 1,8% desde q mudámos o plano de amostragem 🎉", 27
            ),
            Logged(
                N,
                "ligaram-me de uma rolheira em Palafrugell. querem-me p/ responsável de lab. +35%?!",
                24,
            ),
            Logged(
                A,
                "6/11 pedi à Fernanda p/ me apresentar a alguém no CTCOR por causa do curso de GC-MS → 'vou falar c/ a Dra. Luísa'",
                19.6,
            ),
            Logged(
                P, "Fernanda quer q eu apresente nas Jornadas de fevereiro. resumo até 15/12", 19.55
            ),
            Logged(W, "auditoria do cliente de Champagne 12/11 — zero não conformidades!!", 14),
            Logged(
                N,
                "proposta escrita chegou. resposta até 11/12, entrada em fevereiro. n disse nada a ninguém",
                9,
            ),
            Logged(
                N,
                "Fernanda almoçou c/ o Eng. Rui ontem (ela ainda faz consultoria cá). medo q ele saiba",
                6,
            ),
            Logged(F, "CV atualizado p/ Fernanda antes de sexta 4/12", 2),
            Logged(F, "resumo Jornadas 15/12", 1.5),
            Logged(
                AG,
                "Espanha. preciso da opinião dela mas ela é amiga do Rui... como dizer sem q chegue a ele",
                1,
            ),
            Logged(AG, "CTCOR / Dra. Luísa — novidades?", 0.5),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "DR_Dimas_container_ship_planner_Surabaya",
        "Dimas",
        "Ship planner, terminal peti kemas",
        "Naik jadi Supervisor Perencanaan tahun depan",
        "Mas Rizky",
        "Yard planner on the opposite shift, my peer",
        Role.PEER,
        weekly(3),
        time(19, 0),
        "Dimas Prasetyo, 30, is a ship planner at a container terminal in Tanjung Perak, Surabaya; his peer Rizky is the yard planner on the opposite shift, and both report to Pak Bambang, the planning manager. "
        "They hold a weekly peer sync at the Thursday 19:00 shift handover, so the next one is today, Thu 26 Nov. "
        "Rizky's priorities: yard occupancy (YOR) below 70% before the Christmas peak, the shortage of reefer plugs, and clearing block E for empties before 15 Dec. "
        "Delicate matter: a Supervisor Perencanaan vacancy opened on 2 Nov; Rizky told Dimas he applied and asked him to review his interview slides (before Sun 6 Dec), but Dimas has quietly applied too (interview 10 Dec) and has not told Rizky; on 24 Nov Pak Bambang also asked Dimas how Rizky is performing, which made him uneasy. "
        "Open threads: on 8 Oct he asked Rizky to stop stacking reefers in block C so loading plans go faster ('ok from Monday', done); on 22 Oct he asked for a weekly Thursday Excel export of yard data (done). "
        "On 19 Nov he asked to swap the Saturday 5 Dec shift for his wife's seven-month pregnancy ceremony (tujuh bulanan); Rizky said he would check with Pak Bambang first, and there is no answer yet. "
        "Wins: the Meratus vessel on 11 Nov was worked in 18 hours instead of the usual 22, and crane productivity went from 28 to 31 boxes per crane hour. "
        "He gave: two hours teaching Rizky shortcuts in the new terminal operating system (13 Oct), covered Rizky's night shift on 30 Oct when his child was sick, and sent him his crane split macro (done by 20 Nov). "
        "He owes Rizky the slide review before Sun 6 Dec. "
        "From today's sync he needs the answer on the 5 Dec swap and to decide whether to tell Rizky he applied too before reviewing his slides.",
        logged=(
            Logged(
                P,
                "Mas Rizky: target YOR di bawah 70% sblm peak Natal. reefer plug kurang, dia pusing",
                56.8,
            ),
            Logged(
                A,
                "minta Mas Rizky jgn numpuk reefer di blok C biar loading plan lbh cepet → 'oke rek mulai Senin'",
                49.8,
                DONE,
            ),
            Logged(G, "ajarin Mas Rizky shortcut TOS baru, 2 jam habis shift", 44),
            Logged(A, "minta export data yard tiap Kamis format excel → 'siap cak'", 35.8, DONE),
            Logged(G, "nanti malam gantiin shift malam Mas Rizky (30/10), anaknya sakit", 27),
            Logged(
                N,
                "lowongan Spv Perencanaan dibuka. Rizky cerita dia daftar, minta tolong aku review presentasinya",
                24,
            ),
            Logged(N, "aku jg daftar. blm bilang siapa2. interview 10/12 😬", 21),
            Logged(W, "kapal Meratus kelar 18 jam (biasanya 22). BCH 28 → 31 🔥", 15),
            Logged(P, "Rizky: blok E mau dikosongin buat MTY sblm 15/12", 13.8),
            Logged(
                A,
                "tanya Mas Rizky bisa tuker shift Sabtu 5/12 (7 bulanan istri) → 'tak cek Pak Bambang dulu'",
                6.8,
            ),
            Logged(F, "kirim macro crane split ke Rizky sblm Jumat", 6.7, DONE),
            Logged(F, "review slide presentasi Rizky — dia minta sblm Minggu 6/12", 4),
            Logged(
                N,
                "Pak Bambang nanya ke aku gimana kerjanya Rizky. jawab normatif ae. gak enak rek",
                2,
            ),
            Logged(AG, "tuker shift 5/12 — udah dicek Pak Bambang blm?", 1),
            Logged(
                AG,
                "bilang ke Rizky aku jg daftar? sblm aku review slidenya. harus jujur kyknya",
                0.3,
            ),
        ),
        tz="Asia/Jakarta",
    ),
    Persona(
        "DR_Valentina_veterinarian_Medellin",
        "Valentina",
        "Médica veterinaria, pequeñas especies",
        "Dirigir la nueva sede de Envigado",
        "Dr. Restrepo",
        "Regional medical director of the clinic chain, my sponsor",
        Role.SPONSOR,
        biweekly(2),
        time(7, 0),
        "Valentina Ospina, 33, is a small-animal vet at the Laureles branch of a six-clinic veterinary chain in Medellín; Dr. Andrés Restrepo, the regional medical director, is her sponsor and is putting her name forward to the board as director of the new Envigado clinic, which opens in March 2027. "
        "They meet every other Wednesday at 07:00 before clinic hours; the last meeting was Wed 25 Nov and the next is Wed 9 Dec. "
        "Restrepo's priorities: one standard anaesthesia protocol for all six clinics before January, profitability per clinic ('not just love for the animals'), and opening Envigado in March without delays. "
        "Delicate matter: Valentina is about 10 weeks pregnant (positive test around 30 Oct, due late June 2027, 18 weeks of maternity leave) and has told no one at work; she is quietly avoiding X-rays and anaesthetic gases, her colleague Camilo has noticed, and she does not know whether to tell Restrepo before or after the board presentation on 15 Dec. "
        "On 14 Oct she asked him to introduce her to Dra. Gómez in finance to learn a clinic's P&L; he did, and they met on 19 Nov (Envigado needs about 14 months to break even). "
        "On 28 Oct she asked for funding for an ultrasound course in Bogotá in February (COP 3.2 million); he said they would look at it in January, no budget now. "
        "On 11 Nov she asked to be in the 15 Dec board presentation; he agreed and asked her to prepare 10 minutes with numbers. "
        "Wins: the Health Secretariat inspection at Laureles on 26 Oct found nothing, and her feline wellness plan sold 42 memberships in its first month. "
        "She gave: ran the induction for four new vets on his behalf while he was in Cali (21 Oct), and reviewed his anaesthesia protocol draft adding a brachycephalic section (24 Nov). "
        "She owes the final protocol on Fri 27 Nov and the numbers for the board slides before 4 Dec. "
        "From the next 1:1 she needs to decide how and when to disclose the pregnancy without losing the nomination, and to re-ask about the ultrasound course.",
        logged=(
            Logged(
                P,
                "Dr. Restrepo: la junta quiere ver rentabilidad por sede, no solo 'amor por los peludos' jaja. Envigado abre en marzo sí o sí",
                57,
            ),
            Logged(
                A,
                "le pedí al Dr. R que me presente a la Dra. Gómez de finanzas p/ entender el P&L de una sede → 'de una, le escribo'",
                43,
                DONE,
            ),
            Logged(G, "di la inducción de los 4 vets nuevos x él (estaba en Cali)", 36),
            Logged(W, "visita de la Secretaría de Salud en Laureles: cero hallazgos 🙌", 31),
            Logged(
                A,
                "curso de ecografía en Bogotá feb (3.2 M) → 'lo miramos en enero, ahorita no hay presupuesto'",
                29,
            ),
            Logged(
                P,
                "prioridad #1 del Dr. R: protocolo de anestesia único p/ las 6 sedes antes de enero",
                28.9,
            ),
            Logged(N, "prueba positiva 🤰 ~6 sem. no le he dicho a nadie en el trabajo", 27),
            Logged(W, "plan bienestar felino: 42 membresías el primer mes!!", 20),
            Logged(
                A,
                "le pedí estar en la presentación a junta del 15/12 → 'sí, prepare 10 min con números'",
                15,
            ),
            Logged(
                N,
                "reunión con Dra. Gómez 19/11, me explicó el P&L. Envigado necesita ~14 meses p/ punto de equilibrio",
                7,
            ),
            Logged(
                N,
                "le estoy sacando el cuerpo a las radiografías y a los gases, Camilo ya notó 🙈",
                5,
            ),
            Logged(
                G,
                "revisé el borrador del protocolo de anestesia del Dr. R + le agregué lo de braquicefálicos",
                2,
            ),
            Logged(F, "mandar protocolo final el vie 27", 0.8),
            Logged(F, "números p/ diapositivas de junta al Dr. R antes del 4/12", 0.75),
            Logged(
                AG,
                "contarle del embarazo?? antes o después de la junta del 15. licencia 18 sem, parto ~finales de junio",
                0.5,
            ),
            Logged(AG, "curso ecografía, volver a pedir", 0.4),
        ),
        tz="America/Bogota",
    ),
    Persona(
        "DR_Ingrid_fish_farm_operator_Tromso",
        "Ingrid",
        "Røkter / fagarbeider på lakseoppdrett",
        "Bli nestleder på lokaliteten, på sikt driftsleder",
        "Stig",
        "Driftsleder (site operations manager), my manager",
        Role.MANAGER,
        biweekly(1),
        time(12, 30),
        "Ingrid Solberg, 34, is a certified aquaculture operator (røkter) at a salmon farm site outside Tromsø, working a 7-on/7-off rotation; she reports to Stig, the site operations manager (driftsleder). "
        "They meet every other Tuesday at 12:30 during her on-week; the last 1:1 was Tue 24 Nov and the next is Tue 8 Dec. "
        "Stig's priorities: sea lice under the limit all winter, zero personal injuries this winter (ice on deck, crampons for everyone), and the new feed barge running before Christmas. "
        "Delicate matter: her father in Finnsnes was diagnosed with dementia on 22 Oct, her mother cannot cope alone (on 20 Nov he walked out at night in his socks and Ingrid drove down), and from January she needs day shifts, shorter rotations or care leave; she fears asking now will hurt her chances for the deputy site manager (nestleder) post, and she did not manage to raise it on 24 Nov. "
        "On 29 Sep she asked to take the HSE-for-leaders course and Stig agreed the company would pay (done). "
        "On 27 Oct she asked for a new oxygen sensor for pen 6; it was ordered (done). "
        "On 10 Nov she asked about the nestleder post; Stig said the vacancy will be advertised in January and she should apply, but she has not yet asked what she lacks. "
        "Wins: on the night of 29 Oct she caught an oxygen drop in pen 4 and started aeration at 02:00 with no extra mortality, and the site had the region's lowest mortality in October, which Stig mentioned at the area meeting. "
        "She gave: did the lice count and the Mattilsynet report for Stig during his holiday week (mid-Oct), and trained the two new apprentices on the feeding system (14 Nov). "
        "She owes Stig a training plan for the apprentices by Fri 4 Dec and plans to call NAV about care benefits on Tue 1 Dec. "
        "From this 1:1 she needs to raise the January rotation change and get honest feedback on what she lacks for nestleder.",
        logged=(
            Logged(
                P,
                "Stig: lusa under grensa hele vinteren, ingen unnskyldninger. og ny fôrflåte i drift før jul",
                57.9,
            ),
            Logged(
                A,
                "spurte Stig om lederkurs (HMS for ledere) → 'ja meld dæ på, vi betaler'",
                57.85,
                DONE,
            ),
            Logged(
                G, "tok lusetellinga + Mattilsynet-rapporten for Stig, han har ferie denne uka", 40
            ),
            Logged(N, "pappa fikk demensdiagnose i dag. mamma klarer ikkje alt aleine 💔", 35),
            Logged(A, "ba om ny oksygensensor til merd 6 → 'bestilt'", 29.85, DONE),
            Logged(
                W,
                "natt til 29/10: O2-fall i merd 4, satte på lufting kl 02 – null ekstra dødelighet 🙏",
                28,
            ),
            Logged(
                P,
                "Stig: null personskader i vinter. is på dekk = folk i sjøen. brodder på alle",
                15.85,
            ),
            Logged(A, "spurte om nestlederstillinga → 'utlysning kommer i januar, søk du'", 15.8),
            Logged(G, "lærte opp de to nye lærlingene på fôringssystemet", 12),
            Logged(W, "oktober: lavest dødelighet i regionen 💪 Stig nevnte det på områdemøtet", 9),
            Logged(
                N,
                "mamma ringte kl 23 igjen, pappa hadde gått ut på sokkelesten. kjørte til Finnsnes, heldigvis friuke",
                6,
            ),
            Logged(F, "opplæringsplan lærlinger til Stig innen fre 4.12", 1.8),
            Logged(F, "ringe NAV om pleiepenger/permisjon – tirsdag", 1.5),
            Logged(
                AG,
                "turnus fra januar – trenger dagtid el. kortere hitt pga pappa. tør æ ta det nå før nestleder-utlysninga??",
                1,
            ),
            Logged(AG, "nestleder: ka mangler æ? be om ærlig svar", 0.5),
        ),
        tz="Europe/Oslo",
    ),
)
