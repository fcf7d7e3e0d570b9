# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DX), rated in round 67 at this stop's start and end (`bench/reviews/round67_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH125 = (
    Persona(
        "DX_kayla_electrician_winnipeg",
        "Kayla",
        "Construction electrician apprentice (4th year)",
        "Get my Red Seal by next summer, then run my own crew as a foreman before I'm 30. Maybe estimating down the road.",
        "Donna",
        "Retired Red Seal electrician, my mentor through the women-in-trades program",
        Role.MENTOR,
        monthly(1, 3),
        time(17, 30),
        "Kayla, 24, is a fourth-year construction electrician apprentice with a mid-size contractor in Winnipeg, "
        "currently on a hospital expansion job under foreman Rick. Donna, a retired Red Seal electrician, has mentored "
        "her since September through a women-in-trades program; they meet the first Thursday of the month after work, "
        "next on Thursday 3 December at 17:30. Delicate: on Tuesday 24 November Rick had her and another apprentice, "
        "Jordan, swap ballasts on a live 347 V lighting circuit without lockout so the floor would not be shut down; she "
        "did it, regrets it and has told no one, and Jordan says to drop it because Rick signs off their hours. Open "
        "threads: her hours confirmation and release form for Level 4 technical training (intake 11 January) must reach "
        "Apprenticeship Manitoba by 11 December, and the office (Sharon) now says end of next week (4 Dec); on 5 November "
        "Donna agreed to write a reference for a women-in-trades bursary due 15 December and wants Kayla's bullet points "
        "by 1 December (not sent yet); the same day Kayla asked for an IBEW contact and Donna said it was touchy with her "
        "shop. Wins: fall-arrest and first-aid recert (7 Oct), the GC's super praising her terminations (13 Nov), laying "
        "out the third-floor panel room alone (17 Nov). She gave: spoke at the program's girls-in-trades night (10 Nov) "
        "and sent Donna three names for the spring cohort, which Donna is trying to fill; Donna's other line is 'learn "
        "to find things in the code, don't memorize it'. From this 1:1 Kayla needs a safe way to raise the live-work "
        "incident without wrecking her hours sign-off, and the bursary letter moving.",
        logged=(
            Logged(
                A,
                "asked Donna for practice qs on sec 26 + bonding/grounding. she's lending me her old Red Seal binder 🙌",
                55.35,
                DONE,
            ),
            Logged(
                P,
                "D: 'don't memorize the code, learn to FIND stuff in it.' tab the book by section",
                55.3,
            ),
            Logged(
                W,
                "passed fall arrest + first aid recert today. also thru ch 1-4 of D's binder",
                49.35,
            ),
            Logged(
                A,
                "asked D if she knows anyone at IBEW 2085, thinking union after my ticket → 'let me think, it's touchy w your shop'",
                20.35,
            ),
            Logged(
                A,
                "asked D for a ref letter for the women in trades bursary (due Dec 15) → yes!! wants my bullet pts by Dec 1",
                20.3,
            ),
            Logged(
                P,
                "D's spring mentee cohort still short, she's asking all of us to spread the word",
                20.25,
            ),
            Logged(
                G,
                "did girls in trades night at Kildonan-East for D's program. ~40 kids, 2 wanted to try bending conduit lol",
                15.35,
            ),
            Logged(
                W,
                "GC super said my terminations in the MCC room were the cleanest on site 😎",
                12.35,
            ),
            Logged(
                N,
                "Level 4 intake Jan 11. office has to send hrs confirmation + release form to Apprenticeship MB by Dec 11",
                9.35,
            ),
            Logged(W, "Rick let me lay out the 3rd fl panel room on my own", 8.35),
            Logged(
                G, "sent D 3 names for spring cohort (my cousin + 2 girls from my old school)", 6.35
            ),
            Logged(
                F, "chased Sharon re hrs form → 'end of next wk' 🙄 cutting it close w Dec 11", 2.7
            ),
            Logged(F, "send D bursary bullet pts by Mon 30th LATEST", 2.35),
            Logged(
                N,
                "today Rick had me + Jordan swap ballasts on a live 347 circuit on 4, no LOTO. said killing the floor would piss off the GC. i did it. shouldn't have",
                1.35,
            ),
            Logged(N, "Jordan says drop it, Rick's the one who signs off our hrs", 0.35),
            Logged(
                AG,
                "for D next thurs: how do i raise the live work thing w/o wrecking my hrs sign off? anon option? + bursary letter",
                0.3,
            ),
        ),
        tz="America/Winnipeg",
    ),
    Persona(
        "DX_joy_nurse_cebu",
        "Joy",
        "Charge nurse, night shift, medical-surgical ward",
        "Be a Nurse Supervisor here within 2 years, then teach (CI or nurse educator). I'd rather grow here than go abroad if there's a real path.",
        "Ma'am Cora",
        "Chief Nurse, my head nurse's boss",
        Role.SKIP,
        monthly(1, 1),
        time(10, 0),
        "Joy (Jhoanna), 29, is the night-shift charge nurse of medical-surgical Ward 4B at a private tertiary hospital in "
        "Cebu City, seven years in. Ma'am Cora, the Chief Nurse, is the boss of her head nurse Ma'am Liza and holds monthly "
        "1:1s with staff in the hospital's nurse-leaders pipeline, first Tuesday of the month at 10:00; the next is Tuesday "
        "1 December. Delicate: on 17 November Joy got a conditional Band 5 offer from a UK NHS trust that she must confirm "
        "by 7 December for a January OSCE slot; nobody at work knows, and the certificate of employment she needs from HR "
        "could tip off Liza. She would rather stay if she has a real shot at the Nurse Supervisor post that opens when "
        "Ma'am Thelma retires in January; on 6 October Cora said 'we'll see, the posting comes out in December'. Cora's "
        "priorities: the accreditation survey on 9-10 December, zero patient falls, and the ISBAR endorsement checklist "
        "in all wards by 1 December. Joy has given a lot: 4 extra night duties in the flu surge (Sept), drafted the ISBAR "
        "checklist (13 Oct), oriented 3 new grads (2 Nov), demoed ISBAR to the other charge nurses (20 Nov). Wins: 60 days "
        "without falls on 4B (27 Oct), IV therapy renewal passed (15 Nov, hospital-sponsored after Cora asked HR), a "
        "family's commendation letter naming her (24 Nov). Open: care-plan audit forms due to Liza Monday 30 November. "
        "From this 1:1 she needs a clear read on the supervisor post and its timing before her 7 December deadline, and "
        "to decide how much to say about the offer.",
        logged=(
            Logged(
                P,
                "Ma'am Cora: accreditation survey Dec 9-10, all wards ready by end Nov. + zero patient falls target",
                86,
            ),
            Logged(
                A,
                "asked Ma'am C if hosp can sponsor my IV therapy renewal (ANSAP, Nov 14-15) → 'I'll ask HR'",
                86,
                DONE,
            ),
            Logged(G, "covered 4 extra night duties sa Ward 5 flu surge. kapoy kaayo 😮‍💨", 63.375),
            Logged(
                A,
                "asked Ma'am C to consider me for Nurse Supervisor when Ma'am Thelma retires in Jan → 'we'll see, posting comes out December'",
                51,
            ),
            Logged(
                G,
                "drafted ISBAR endorsement checklist for nights, sent to Ma'am C for the accreditation binder",
                44,
            ),
            Logged(W, "4B — 60 days no patient falls 🎉", 30.375),
            Logged(G, "oriented 3 new grads on nights (Kyla, Ram, Bea)", 24),
            Logged(
                P,
                "Ma'am C wants ISBAR checklist in ALL wards by Dec 1 para sa survey. asked me to demo to the other charge nurses",
                23,
            ),
            Logged(W, "passed IV therapy renewal 💉 thank u hospital", 11),
            Logged(
                N,
                "got the conditional offer from the NHS trust, Band 5 😳 need to confirm by Dec 7 for Jan OSCE slot. wala pa koy gisultihan sa work",
                9.3,
            ),
            Logged(
                N,
                "need COE from HR for the visa pero if mo request ko basin mahibal-an ni Ma'am Liza 😬",
                8,
            ),
            Logged(G, "did ISBAR demo for charge nurses of Wards 3, 5, 6 ✅", 6),
            Logged(F, "submit 4B care plan audit forms to Ma'am Liza by Mon 30", 3.6),
            Logged(W, "family of bed 12 wrote a commendation letter, named me 🥹", 2),
            Logged(
                AG,
                "for Ma'am C Tues: when's the supervisor posting + do i have a real chance? UK deadline Dec 7. tell her or not??",
                0.6,
            ),
        ),
        tz="Asia/Manila",
    ),
    Persona(
        "DX_yessenia_harvest_supervisor_viru",
        "Yessenia",
        "Harvest supervisor (supervisora de cosecha), export blueberry farm",
        "Ser jefa de módulo la próxima campaña y algún día jefa de fundo. Y terminar mi tesis de agronomía.",
        "Ing. Salazar",
        "Gerente de Operaciones Agrícolas, mi sponsor en el programa de talento",
        Role.SPONSOR,
        monthly(1, 4),
        time(16, 0),
        "Yessenia, 31, is a harvest supervisor on an export blueberry farm in Virú, La Libertad, in the last weeks of the "
        "2026 campaign, which closes mid-December. Ing. Marco Salazar, Agricultural Operations Manager, picked her for the "
        "company's talent programme and is sponsoring her for a module-head (jefa de módulo) post next campaign; they meet "
        "the first Friday of the month at 16:00, next on Friday 4 December. The give and take is lopsided: she built him a "
        "reject-rate tracker per crew (9 Oct), trained 40 new pickers, covered colleague Wilmer's Sunday shift (25 Oct) and "
        "readied her four lots for the audit, while she has asked little: a two-week rotation to quality control, which he "
        "put off until after the campaign (2 Oct), and on 25 Nov whether the module-head decision falls in January, which "
        "he left for the meeting. His priorities: export kilos and rejects under 8%, the SMETA social audit on 2-3 December "
        "(new water drums must arrive before then), and the talent-programme improvement projects presented to management "
        "on 11 December (hers: QR-coded crates for traceability per picker; she wants 15 minutes to rehearse). Wins: her "
        "module held 6.5% rejects three weeks running, lowest on the farm, and he praised her in front of the other heads "
        "on Monday 23 Nov. Delicate: the tally cards of Wilmer's crew show about 15% more crates than the packhouse weighs, "
        "three days running (17-19 Nov); Wilmer is also going for module head, and she fears raising it will look like "
        "undermining a rival. From this 1:1 she needs to know what she still lacks for the promotion, a rehearsal slot, "
        "and a way to raise the tallies without it sounding personal.",
        logged=(
            Logged(
                A,
                "le pedí al Ing. rotar 2 semanas a calidad p/ aprender → 'después de campaña' 🤷‍♀️",
                54.25,
            ),
            Logged(
                P,
                "Ing. Salazar: prioridad kilos exportables y bajar descarte x blandos, meta <8%",
                54.2,
            ),
            Logged(G, "armé el excel de descarte x cuadrilla y se lo mandé al Ing.", 47.25),
            Logged(
                G,
                "capacité a 40 cosechadores nuevos: cuidar la pruina, no llenar las jabas de más",
                40.9,
            ),
            Logged(G, "hoy domingo cubrí a Wilmer, su cuadrilla + la mía 😮‍💨", 31.25),
            Logged(
                W,
                "mi módulo 3 semanas seguidas con 6.5% de descarte 💪 el más bajo del fundo",
                26.25,
            ),
            Logged(
                P,
                "Ing: auditoría SMETA 2 y 3 de dic, todo en regla (baños, agua, EPP, planillas). los proyectos de mejora del programa se presentan a gerencia el 11/12",
                19.25,
            ),
            Logged(
                G,
                "revisé con Jhon de SSOMA botiquines y señalización de mis 4 lotes p/ la auditoría",
                9.9,
            ),
            Logged(
                N,
                "las tarjas de la cuadrilla de Wilmer no cuadran con lo que pesa packing, como 15% más jabas en papel. 3 días seguidos",
                6.25,
            ),
            Logged(
                N,
                "no sé si decirle al Ing. Wilmer también postula a jefe de módulo, va a parecer que le estoy serruchando el piso 😣",
                5.25,
            ),
            Logged(
                W,
                "en la reunión del lunes el Ing. me felicitó delante de todos los jefes x el descarte 🥹",
                2.6,
            ),
            Logged(
                G,
                "le mandé al Ing. el avance del proyecto: jabas con QR p/ trazabilidad x cosechador",
                2.25,
            ),
            Logged(F, "terminar diapos p/ el 11/12 y pedirle al Ing. 15 min p/ ensayar", 1.25),
            Logged(
                F, "confirmar con Jhon que lleguen los bidones de agua nuevos antes del 2/12", 0.9
            ),
            Logged(
                A,
                "le pregunté al Ing. x wsp si lo de jefe de módulo se decide en enero o antes → 'lo vemos el viernes'",
                0.6,
            ),
            Logged(
                AG,
                "p/ el viernes: 1) jefatura de módulo, qué me falta 2) ensayo del proyecto 3) lo de las tarjas?? cómo decirlo sin que suene personal",
                0.25,
            ),
        ),
        tz="America/Lima",
    ),
    Persona(
        "DX_thao_qc_binhduong",
        "Thảo",
        "QC team leader (tổ trưởng QC), export furniture factory",
        "Lên giám sát QC trong 2 năm, và giỏi tiếng Anh để tự làm việc với khách và auditor không cần phiên dịch.",
        "anh Phong",
        "Trưởng phòng QA/QC, sếp trực tiếp của em",
        Role.MANAGER,
        weekly(0),
        time(16, 30),
        "Thảo, 27, is a QC team leader at a solid-wood furniture export factory in Bình Dương, five years there. Anh Phong, "
        "head of QA/QC, is her direct manager; they meet weekly on Mondays at 16:30, next Monday 30 November. Delicate: on "
        "14 November she learned she is about 8 weeks pregnant and has told no one at work; her doctor told her to avoid "
        "solvent fumes, and since 11 November the new PU lacquer smells much stronger at the QC bench next to the spray "
        "booth. She wants to move to incoming-wood or packing inspection and get time off for prenatal check-ups, but fears "
        "it will cost her the QC supervisor nomination, and is unsure whether to say she is pregnant or only cite health. "
        "Phong's priorities: final-inspection rejects below 3% for the US customer, and a third-party social and quality "
        "audit on 8 December for which she prepares the QC file (draft due to him Friday 27 Nov). Open: on 23 Nov he said "
        "the supervisor nomination will be settled in the year-end review; her self-assessment form is due by 10 December. "
        "Wins: rejects down from 5.1% to 3.4% (late October), and the US customer's QA praised her team's inspection "
        "reports (18 Nov). She gave: a redone wood-moisture checklist (23 Oct), stayed until 9 pm to re-inspect two "
        "containers (5 Nov), coached two new QC staff; he got HR to fund half her evening English course. From this 1:1 "
        "she needs a move away from the paint area and the check-up days, while keeping the nomination alive.",
        logged=(
            Logged(
                P,
                "a Phong: ưu tiên Q4 là reject final inspection dưới 3%, khách Mỹ đang căng lắm",
                37.9,
            ),
            Logged(
                A,
                "xin a Phong cho học lớp tiếng Anh buổi tối, cty hỗ trợ học phí → a nói để a hỏi HR",
                37.9,
                DONE,
            ),
            Logged(
                G, "làm lại checklist đo độ ẩm gỗ (moisture) cho xưởng sấy, gửi a Phong rồi", 33
            ),
            Logged(W, "tuần này reject final còn 3.4%, tuần trước 5.1% 🎉", 27.9),
            Logged(N, "HR duyệt hỗ trợ 50% học phí tiếng Anh, học từ 2/11 🙏", 27),
            Logged(G, "ở lại tới 9h tối kiểm lại 2 cont bàn ăn cho kịp xuất", 20.8),
            Logged(
                P,
                "a Phong: 8/12 có audit bên thứ 3 của khách Mỹ (social + quality), e lo hồ sơ QC",
                16.9,
            ),
            Logged(N, "xưởng đổi sang sơn PU mới, mùi nồng hơn hẳn, bàn QC sát buồng phun", 14.8),
            Logged(N, "đi khám, bs nói e có em bé 8 tuần rồi 🥹 chưa nói ai ở cty", 12.3),
            Logged(
                N,
                "bs dặn tránh hít mùi dung môi sơn. ko biết nói vs a Phong sao, sợ mất suất lên giám sát",
                11.8,
            ),
            Logged(
                W,
                "chị Jen bên QA khách Mỹ email khen báo cáo inspection của tổ e rõ ràng, a Phong fw cho cả phòng 😊",
                8,
            ),
            Logged(G, "kèm 2 bạn QC mới đọc bản vẽ + AQL", 5),
            Logged(
                A,
                "hỏi a Phong vụ đề cử giám sát QC năm sau → 'đợt đánh giá cuối năm rồi tính'",
                2.9,
            ),
            Logged(F, "nộp form tự đánh giá cuối năm trước 10/12", 2.9),
            Logged(F, "gửi a Phong bản nháp hồ sơ QC cho audit trước t6 27/11", 1.9),
            Logged(
                AG,
                "t2 nói vs a Phong: xin chuyển qua kiểm gỗ đầu vào hoặc đóng gói, tránh khu sơn + xin nghỉ đi khám thai. nói thẳng là có bầu hay chỉ nói lý do sức khỏe??",
                0.3,
            ),
        ),
        tz="Asia/Ho_Chi_Minh",
    ),
    Persona(
        "DX_ruud_caseworker_apeldoorn",
        "Ruud",
        "Benefits caseworker (consulent Werk & Inkomen), municipality",
        "Binnen een jaar de complexe dossiers zelfstandig draaien zonder dat er iemand mee hoeft te kijken. Daarna misschien kwaliteitsmedewerker.",
        "Fatima",
        "Senior consulent Werk & Inkomen, collega en mijn buddy sinds ik begon",
        Role.PEER,
        biweekly(3),
        time(13, 0),
        "Ruud, 52, moved from 25 years in logistics planning to the municipality of Apeldoorn in February 2026 as a benefits "
        "caseworker; his one-year contract ends 31 January and team lead Anouk decides on a permanent contract at a talk on "
        "10 December. Fatima, a senior caseworker and his informal buddy since he started, is a peer: they have a walking "
        "lunch 1:1 every other Thursday at 13:00, the next being today, Thursday 26 November. Delicate: on 19 November he "
        "found he had missed that Mrs D.'s adult son (22) lives with her, so the cost-sharing norm was not applied since "
        "September and she was overpaid about €1,200; he has told no one, a random audit of his files is due before 4 "
        "December, and recovery would hit a fragile client. Open: on 12 Nov he asked Fatima to put in a good word with "
        "Anouk (yes, but ask Anouk yourself what she needs); enrolment for the 8 December debt-signalling training closes "
        "Friday 27 Nov; he has to call Mrs D. The give and take runs both ways: she took him on home visits and read his "
        "garnishment report; he built her re-assessment spreadsheet, took over her 31 files when she was ill (week of 19 "
        "Oct) and summarised the new work instructions for the team (10 Nov). Her priorities: call before you write, and "
        "the team sharing the load of the new instructions from 1 January. Wins: first home visit alone (8 Oct), Anouk "
        "called his files tidy (3 Nov). From today's 1:1 he needs how and to whom to report the error, and what it means "
        "for 10 December.",
        logged=(
            Logged(
                P, "F.: 'eerst bellen, dan pas een brief.' scheelt een hoop bezwaarschriften", 83.55
            ),
            Logged(
                A,
                "F. gevraagd of ik mee mag op huisbezoek bij haar multiproblem-dossiers → ja, 2x in sept",
                83.55,
                DONE,
            ),
            Logged(
                G,
                "excel voor F. gemaakt met haar herbeoordelingen per maand (deed ze op papier 😅)",
                76.8,
            ),
            Logged(
                A,
                "F. gevraagd mee te lezen met mijn rapportage over de beslagzaak → deed ze dezelfde middag",
                55.8,
                DONE,
            ),
            Logged(
                W,
                "eerste huisbezoek alleen gedaan (mw. K.). F. achteraf: 'goed, je liet haar uitpraten'",
                48.8,
            ),
            Logged(
                P,
                "F. maakt zich zorgen over de nieuwe werkinstructies per 1 jan, niemand heeft er tijd voor. wil dat we het als team verdelen",
                41.55,
            ),
            Logged(G, "deze week F.'s dossiers overgenomen, ze is ziek. 31 stuks", 36),
            Logged(W, "tussentijds gesprek met Anouk: mijn dossiers 'netjes op orde' 👍", 23),
            Logged(
                N, "gesprek vast contract met Anouk op 10 dec. jaarcontract loopt 31 jan af", 23
            ),
            Logged(
                G, "samenvatting nieuwe werkinstructies gemaakt (2 A4) voor F. en het team", 15.55
            ),
            Logged(
                A,
                "F. gevraagd of ze bij Anouk een goed woordje wil doen → 'natuurlijk, maar vraag Anouk ook zelf wat ze nodig heeft'",
                13.55,
            ),
            Logged(
                N,
                "shit. bij mw. D. de inwonende zoon (22) gemist → geen kostendelersnorm sinds sept. ~€1.200 te veel betaald. nog niemand iets gezegd",
                6.55,
            ),
            Logged(
                N,
                "dossiercontrole steekproef van mijn zaken vóór 4 dec. als ze mw. D. trekken...",
                5,
            ),
            Logged(F, "inschrijven training signaleren schulden (8 dec) vóór vrijdag", 2.8),
            Logged(F, "mw. D. bellen, afspraak maken. maar eerst weten hoe ik dit meld", 1.55),
            Logged(
                AG,
                "vandaag 13u F.: hoe meld ik de fout bij mw. D. (eerst Anouk? eerst herstellen?) en wat betekent dit voor 10 dec. + werkinstructies verdelen",
                0.1,
            ),
        ),
        tz="Europe/Amsterdam",
    ),
    Persona(
        "DX_conceicao_housekeeper_albufeira",
        "Conceição",
        "Housekeeping supervisor (governanta), hotel",
        "Um dia ser diretora de alojamento. Para já quero tirar o curso de gestão de alojamento na escola de hotelaria de Faro.",
        "Dra. Helena",
        "Diretora de Alojamento, a minha chefe direta",
        Role.MANAGER,
        weekly(2),
        time(11, 0),
        "Conceição, 47, is the housekeeping supervisor (governanta) of a 180-room four-star hotel in Albufeira, twelve "
        "years there on a permanent contract. Dra. Helena, the Rooms Division Director, is her direct manager; they meet "
        "weekly on Wednesdays at 11:00, next Wednesday 2 December. She is a new user who started logging on 17 November. "
        "The hotel closes on 13 December for renovation until March; Helena's priorities are the deep clean of all 180 "
        "rooms and the linen inventory by 11 December, and the list of chambermaids to rehire in March, due to HR by 4 "
        "December, on which she wants Conceição's view (promised by Monday 30 November). Delicate: chambermaid Ana hurt "
        "her back turning mattresses on Sunday 22 November and asked Conceição to say nothing, because her fixed-term "
        "contract ends 31 December and she wants to come back in March; Conceição quietly moved her to the linen room, "
        "but Ana still needs a doctor. Open asks: to work through the closure following the works instead of forced leave "
        "('we'll see, depends on the budget', 18 Nov), and whether the hotel pays for a rooms-management course at the "
        "Faro hotel school starting in February (enrolment by 15 Dec; 'send me the information', 25 Nov). Helena granted "
        "two agency temps for the mattresses (23-27 Nov). She gave an inventory spreadsheet by floor (20 Nov); win: floors "
        "1 and 2, 60 rooms, deep-cleaned two days ahead of plan (24 Nov). From this 1:1 she needs an answer on the closure, "
        "and a way to speak for Ana on the rehire list without harming her or hiding an injury at work.",
        logged=(
            Logged(
                N, "comecei a usar isto p/ preparar as reuniões c/ a Dra. Helena (4ªs às 11h)", 9
            ),
            Logged(
                P,
                "Dra. H.: prioridade é a limpeza de fundo dos 180 quartos + inventário da roupa até 11/12. hotel fecha 13/12 p/ obras",
                7.85,
            ),
            Logged(
                A,
                "pedi p/ ficar a trabalhar no fecho a acompanhar as obras em vez de férias forçadas → 'vamos ver, depende do orçamento'",
                7.85,
            ),
            Logged(
                A,
                "pedi 2 pessoas da empresa de trabalho temporário p/ virar os colchões → sim, de 2ª a 6ª da próxima semana",
                7.85,
                DONE,
            ),
            Logged(
                G,
                "fiz o excel do inventário por piso e mandei à Dra. H. (o meu filho ajudou 😅)",
                5.5,
            ),
            Logged(
                N,
                "a Ana (camareira) magoou-se nas costas ontem a virar colchões. pediu-me p/ não dizer nada, o contrato dela acaba a 31/12 e quer voltar em março",
                2.5,
            ),
            Logged(
                N,
                "pus a Ana na rouparia esta semana sem dizer porquê. anda toda torta, tem de ir ao médico",
                1.85,
            ),
            Logged(W, "pisos 1 e 2 feitos, 60 quartos, 2 dias antes do plano 💪", 1.5),
            Logged(
                P,
                "Dra. H.: lista das camareiras p/ readmitir em março tem de ir p/ os RH até 4/12. quer a minha opinião",
                0.85,
            ),
            Logged(
                A,
                "perguntei se o hotel paga o curso de gestão de alojamento na escola de hotelaria de Faro (começa em fev) → 'manda-me a informação'",
                0.85,
            ),
            Logged(F, "dar à Dra. H. a minha lista de readmissões até 2ª 30/11", 0.85),
            Logged(F, "mandar info do curso à Dra. H. (inscrições até 15/12)", 0.5),
            Logged(F, "confirmar c/ a lavandaria a última recolha a 12/12", 0.5),
            Logged(
                AG,
                "p/ 4ª: 1) fico no fecho ou não? 2) readmissões: como falar da Ana sem a prejudicar 3) curso Faro",
                0.1,
            ),
        ),
        tz="Europe/Lisbon",
    ),
)
