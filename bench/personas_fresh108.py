# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DE), rated before and after this stop's changes in round 60 (`bench/reviews/round60_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH108 = (
    Persona(
        "DE_marek_welding_foreman_gdansk",
        "Marek",
        "brygadzista spawaczy, stocznia remontowa, Gdańsk",
        "chcę zrobić uprawnienia inspektora spawalniczego (IWI) w 2027",
        "dyr. Zieliński",
        "dyrektor produkcji (szef mojego kierownika Kowalczyka)",
        Role.SKIP,
        monthly(-1, 4),
        time(7, 30),
        "Marek is a welding foreman at a ship-repair yard in Gdańsk, meeting his skip-level, the production director, "
        "at their monthly early-morning slot. The yard is under hard pressure: the Nordic Star must be delivered on 11 Dec "
        "with contractual penalties, and a DNV class audit follows in January. The delicate matter is safety: fume extraction "
        "in double-bottom tank 4P has not worked for a month, one of his welders (Darek) collapsed in the tank 12 days ago, and "
        "his direct manager Kowalczyk told him not to record it. Marek promised the health-and-safety officer a written account "
        "and has not sent it yet (overdue). He needs to raise the tank hazard with the director without it becoming a personal "
        "attack on Kowalczyk or sounding like he is hiding it, get the ventilator actually delivered before the deadline, and, "
        "separately and lower priority, get a real answer on funding for the IWI course (enrolment closes 15 Jan).",
        logged=(
            Logged(
                A,
                "pytałem dyr. Z o dofinansowanie kursu IWI (ok 9 tys zł) – 'wróćmy do tego po budżecie'",
                80,
            ),
            Logged(
                G,
                "wziąłem 2 weekendy pod rząd na Nordic Star żeby zdążyć z sekcją rufową, dyr. dziękował na odprawie",
                62,
            ),
            Logged(
                W, "RT na spoinach grodzi – 0 napraw, 100% przeszło, pierwszy raz od roku 💪", 48
            ),
            Logged(
                P, "Z. na odprawie: Nordic Star 11/12 nieprzesuwalny, armator ma kary umowne", 45
            ),
            Logged(
                N,
                "wentylacja w zbiorniku dna podw. 4P – wyciąg nie ciągnie, zgłosiłem Kowalczykowi ustnie",
                30,
            ),
            Logged(P, "Z. mówił ze audyt DNV w styczniu, chce zero niezgodności", 20),
            Logged(
                N,
                "Darek zasłabł w 4P, wyciągneliśmy go, doszedł do siebie po ok 20 min, nie chciał do szpitala. K.: 'nie rób afery, nie wpisuj nigdzie'",
                12,
            ),
            Logged(
                F,
                "opisać zdarzenie z Darkiem na piśmie dla BHP (p. Ania) – obiecałem do piątku",
                11,
            ),
            Logged(
                A,
                "prosiłem K. o nowy wentylator przenośny do 4P – 'zamówione'. nic nie przyszło",
                9,
            ),
            Logged(F, "lista spawaczy z kończącymi się uprawnieniami do kadr do 30/11", 6),
            Logged(A, "prosiłem o 2 spawaczy z kadłubowego na 2 tyg – dali 1 (Bartek)", 5, DONE),
            Logged(
                AG, "zbiornik 4P – jak powiedzieć Z. o Darku i wentylacji nie podkładając K.?", 2
            ),
            Logged(AG, "IWI – czy jest szansa w budżecie 2027? kurs od marca, zapisy do 15/01", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "DE_wanjiru_agronomist_nyeri",
        "Wanjiru",
        "field agronomist, coffee farmers' cooperative, Nyeri",
        "apply for the Sept 2027 MSc soil science at JKUAT with coop scholarship",
        "Dr O",
        "Dr. Otieno, retired KALRO research scientist, my mentor (women in agri programme)",
        Role.MENTOR,
        monthly(1, 2),
        time(18, 0),
        "Wanjiru is a field agronomist for a coffee cooperative near Nyeri, Kenya, with a monthly evening call with her mentor, "
        "a retired research scientist. Mostly a steady, positive relationship: her coffee berry disease trial shows a big drop in "
        "infection, and she hosted his students for a day. What she needs: his recommendation letter, promised ~70 days ago and "
        "still 'next week', because the coop board decides its scholarship on 10 Dec and the university deadline is 15 Jan; and "
        "help with the statistics, which he has not answered. She owes him a data summary before the call and a newsletter piece "
        "by end of December. Delicate: the coop chairman is pushing her to recommend a fungicide from one supplier at ~40% higher "
        "price, and the same chairman sits on the board that decides her scholarship; she wants advice on how to handle it "
        "without compromising her integrity or her application.",
        logged=(
            Logged(
                A,
                "nilimwomba Dr O aniandikie recommendation letter ya MSc, alisema yes lakini nimtumie draft ya SOP + CV kwanza",
                70,
            ),
            Logged(F, "kumtumia Dr O draft ya statement of purpose + CV", 68, DONE),
            Logged(
                W,
                "CBD trial plot B – infection imeshuka from 34% to 11% after pruning + copper schedule 🙌",
                55,
            ),
            Logged(
                P,
                "Dr O: data yangu lazima iwe na proper control plot, otherwise reviewers wataikataa",
                50,
            ),
            Logged(
                G, "nilihost students 6 wa Dr O kwa trial plots siku nzima, coop ikawapa lunch", 41
            ),
            Logged(
                N,
                "Mzee K (chairman) ananipressure nirecommend fungicide ya supplier mmoja – bei iko juu 40%. sijui kwa nini anasukuma sana 🤔",
                33,
            ),
            Logged(A, "nilimuuliza Dr O kama letter iko tayari – 'next week'", 30),
            Logged(
                N,
                "JKUAT deadline 15 Jan. coop board inaamua scholarship 10 Dec – na Mzee K yuko kwa board",
                21,
            ),
            Logged(F, "kutuma Dr O summary ya CBD data + graphs before our call", 14),
            Logged(
                A, "nilimuuliza kama atanisaidia na stats (ANOVA, split plot) – hajajibu bado", 10
            ),
            Logged(
                P,
                "Dr O wants a short article ya farmers' newsletter kuhusu trial, by end of Dec",
                8,
            ),
            Logged(AG, "letter – ni lini exactly? board ni 10/12", 3),
            Logged(AG, "Mzee K na supplier – how do I handle bila kupoteza support ya board", 2),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "DE_haruka_front_office_kyoto",
        "遥",
        "フロント副支配人、老舗ホテル、京都",
        "母の介護のため1月から時短勤務に切り替えたい",
        "森さん",
        "宿泊部 部長（直属の上司）",
        Role.MANAGER,
        weekly(4),
        time(10, 0),
        "Haruka is assistant front-office manager at a long-established hotel in Kyoto, with a weekly 1:1 with her direct manager, "
        "the head of rooms division. Year-end and New Year is the hotel's peak (95% occupancy target) and the holiday rota she asked "
        "for in September still has not come out. Delicate: her mother fell and was diagnosed with mild dementia; Haruka needs to "
        "move to shorter hours (9:00-15:00) from January, and the HR form is due 1 Dec, the working day after this 1:1. So far she has "
        "only told Mori-san there is 'a family matter'. She must ask for the reduced hours clearly while deciding how much of her "
        "mother's health to share. She also wants to raise that a junior colleague, Tanaka, is over 60 hours of overtime this month "
        "and looks unwell. She owes Mori-san a revised review-reply template.",
        logged=(
            Logged(A, "森さんに年末年始のシフト早めに出してほしいとお願い→「11月中には」", 60),
            Logged(
                W, "台湾の団体40名のダブルブッキング、系列ホテルに振替えて解決。クレームゼロ🙏", 52
            ),
            Logged(P, "森さん：年末年始 稼働率95%目標、口コミ4.5以上キープ", 47),
            Logged(G, "森さんの代わりに土曜の本社監査対応", 40),
            Logged(N, "母が転倒。骨折なし。でも物忘れひどくなってる…来週検査", 34),
            Logged(
                N,
                "母、軽度認知症との診断。ケアマネさんと相談中。平日の通院付き添い必要になりそう",
                20,
            ),
            Logged(
                A,
                "森さんに「家庭の事情でちょっと相談したい」とだけ伝えた。「いつでも」って言われたけどまだ話せてない",
                18,
            ),
            Logged(F, "口コミ返信テンプレ改訂版を森さんに送る（約束した）", 15),
            Logged(N, "田中くん今月残業もう60h超え。本人は大丈夫って言うけど顔色わるい", 12),
            Logged(F, "時短勤務の申請書、人事に12/1までに出す（じゃないと1月から間に合わない）", 7),
            Logged(A, "年末年始シフトまだ出てない。催促すべき？", 5),
            Logged(AG, "時短（9:00-15:00）の相談。母のことどこまで話す？", 2),
            Logged(AG, "田中くんの残業の件", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DE_priya_employment_associate_toronto",
        "Priya",
        "3rd-year associate, employment & labour group, mid-size law firm, Toronto",
        "get Elaine's backing for an early partnership-track review in 2027",
        "Elaine",
        "senior partner, chair of the employment group (my sponsor)",
        Role.SPONSOR,
        monthly(-1, 3),
        time(16, 0),
        "Priya is a third-year employment lawyer at a Toronto firm; Elaine, the group chair, is her sponsor and they meet on the last "
        "Thursday of the month (today). Priya has strong wins (a summary judgment, ghost-writing Elaine's CLE paper, the OBA panel "
        "Elaine got her onto) but her billables are tracking short of the group's target, and Elaine's answers on the early review and "
        "on comp timing have been vague ('you're on my list', 'don't quote me'). Delicate: she holds a written in-house offer from a bank "
        "(about 30% more pay, no billables) with a 4 Dec deadline and has told no one at the firm. She needs something concrete about her "
        "standing before 4 Dec and must decide whether and how to mention the offer without it reading as an ultimatum or burning a "
        "sponsor who has invested in her. She owes Elaine a pay-equity practice one-pager by end of November.",
        logged=(
            Logged(
                A,
                "asked Elaine if she'd support me for the early review — 'you're on my list, let's see how the year closes'",
                85,
            ),
            Logged(
                W,
                "won the SJ motion in Harlow v. Beacon Logistics. Elaine fwd'd it to the managing partner",
                70,
            ),
            Logged(
                P,
                "Elaine: group avg needs to hit 1,750 billables + she wants someone to own the new pay-equity practice",
                66,
            ),
            Logged(
                G,
                "drafted Elaine's CLE paper on pay transparency over 2 weekends, she presented it 11/3 (no mention of me but fine)",
                58,
            ),
            Logged(
                A, "asked to get on the OBA panel in Feb — she made the intro, confirmed", 50, DONE
            ),
            Logged(N, "billables YTD 1,520. on pace for ~1,690. short.", 38),
            Logged(
                N,
                "recruiter call: in-house senior counsel, employment, at a bank. ~30% more, no billables",
                21,
            ),
            Logged(N, "written offer in. deadline Dec 4. haven't told anyone here", 12),
            Logged(
                F,
                "send <@U04EHRTLN|elaine> the pay-equity practice one-pager, she asked for it by end of Nov",
                9,
            ),
            Logged(
                A, "asked whether comp review lands before Xmas — 'should be, don't quote me'", 7
            ),
            Logged(F, "reply to opposing counsel on Meridian doc production by Dec 1", 4),
            Logged(
                AG,
                "where do I actually stand for the early review? need something concrete before Dec 4",
                2,
            ),
            Logged(AG, "the offer — mention it? how?", 1),
        ),
        tz="America/Toronto",
        names={"U04EHRTLN": "Elaine"},
    ),
    Persona(
        "DE_rafael_supervisor_cd_guarulhos",
        "Rafael",
        "supervisor do turno da noite, CD de e-commerce, Guarulhos",
        "baixar avaria do turno da noite pra menos de 0,5% ate fevereiro",
        "Cida",
        "supervisora do turno da tarde (par, mesma gerencia)",
        Role.PEER,
        weekly(3),
        time(21, 30),
        "Rafael supervises the night shift at an e-commerce distribution centre near São Paulo; Cida runs the afternoon shift and they "
        "have a weekly handover 1:1. Tonight's is the eve of Black Friday (target 48k orders shipped in 24h), and he still needs the four "
        "extra temps for the early-morning shift confirmed. The relationship matters: he covered two Saturdays for her when her mother had "
        "surgery and she lent him two checkers for inventory. Tension: much of the damage his shift is blamed for (publicly, by the manager) "
        "comes from pallets her shift leaves unwrapped at dock 3; he raised it once, she said she'd look into it, nothing changed, and he has "
        "not sent the photos he promised. Delicate: 19 days ago a forklift from her shift was left with forks raised and his helper hit his "
        "head; nobody recorded it, and Cida is counting down an accident-free record for her shift. He needs to raise the dock-3 issues "
        "without attacking her or her record, while keeping her cooperation for Black Friday.",
        logged=(
            Logged(G, "cobri 2 sabados do turno da Cida qdo a mae dela operou", 75),
            Logged(
                A,
                "pedi pra Cida emprestar 2 conferentes na semana do inventario – mandou o Wesley e a Tati 👍",
                66,
                DONE,
            ),
            Logged(
                N,
                "avaria do turno 3,1% em outubro. Sr Paulo cobrou na reuniao na frente de todo mundo 😤",
                50,
            ),
            Logged(
                N,
                "boa parte das avarias vem de palete q fica na doca 3 sem strech, montado pela tarde",
                41,
            ),
            Logged(
                A, "falei c a Cida dos paletes da doca 3 – 'vou ver c o pessoal'. nada mudou", 35
            ),
            Logged(
                P,
                "Cida quer fechar o ano sem acidente no turno dela, ta contando os dias (218 sem acidente)",
                30,
            ),
            Logged(
                W,
                "implantei checklist de conferencia, avaria caiu pra 1,8% em novembro ate agora",
                24,
            ),
            Logged(
                N,
                "quase acidente: empilhadeira da tarde (Jeff?) deixada c garfo levantado na doca 3, meu auxiliar Nildo bateu a cabeca de leve. ngm registrou",
                19,
            ),
            Logged(
                F, "mandar pra Cida as fotos dos paletes sem strech (prometi, nao mandei ainda)", 14
            ),
            Logged(
                A,
                "pedi pra Cida mudar a escala da BF pra eu ter +4 temporarios na madrugada – 'depende do Sr Paulo'",
                10,
            ),
            Logged(P, "BF 27/11: meta 48 mil pedidos expedidos em 24h", 6),
            Logged(
                F,
                "mandar pro Sr Paulo plano de contingencia da madrugada BF ate qua 25/11",
                3,
                DONE,
            ),
            Logged(
                AG,
                "doca 3: falar do palete e da empilhadeira sem parecer q quero estragar o recorde dela",
                2,
            ),
            Logged(AG, "confirmar os 4 temporarios da madrugada BF", 0.5),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "DE_linh_lab_technician_hanoi",
        "Linh",
        "kỹ thuật viên xét nghiệm vi sinh, viện y tế công cộng, Hà Nội",
        "được đi học MALDI-TOF và tự làm định danh vi khuẩn năm 2027",
        "chị Mai",
        "cán bộ quản lý chất lượng (QA) của viện, gặp định kỳ về ISO 15189",
        Role.OTHER,
        biweekly(1),
        time(14, 0),
        "Linh is a microbiology lab technician at a public-health institute in Hanoi and meets the institute's quality officer, Mai, "
        "every two weeks about ISO 15189. The re-assessment is on 9 Dec and Mai wants no major nonconformities. Linh has been useful to "
        "her (rewrote four blood-culture SOPs, 100% on the external quality round), and wants training on MALDI-TOF; the institute will "
        "only pay 50% and the paperwork is due to finance by 30 Nov. Delicate integrity issue: specimen fridge no. 2 went to 12°C overnight "
        "and a senior colleague, Hùng, who trained Linh and has a seriously ill child, wrote 4°C in the log and later filled in weekend "
        "readings when nobody was in the lab. The datalogger has been broken since 20 Oct. Mai has said hiding is worse than the error. "
        "Linh wants to know how to report the fridge deviation properly, ideally without naming or ruining Hùng, and to get the datalogger "
        "repaired before the assessment.",
        logged=(
            Logged(
                A,
                "xin chị Mai cho đi học khóa MALDI-TOF ở Pasteur tháng 3 – chị bảo 'để chị hỏi trưởng khoa'",
                80,
            ),
            Logged(G, "soạn lại 4 SOP cấy máu theo form mới cho chị Mai, làm cả tối thứ 7", 64),
            Logged(P, "chị Mai: đánh giá lại ISO 15189 ngày 9/12, ko được có NC nặng nào", 60),
            Logged(W, "ngoại kiểm EQA đợt 3 đạt 100% (định danh + KSĐ) 🎉", 45),
            Logged(
                N,
                "tu lanh so 2 (mau benh pham) len 12 do qua dem, sang a Hung ghi vao so la 4 do",
                33,
            ),
            Logged(
                N,
                "lai thay a Hung ghi bu nhiet do 3 ngay cuoi tuan, ma cuoi tuan ko ai vao lab 😟",
                26,
            ),
            Logged(
                A,
                "hỏi lại chị Mai vụ khóa học – trưởng khoa ok nhưng viện chỉ trả 50% học phí",
                20,
                DONE,
            ),
            Logged(F, "nộp đơn + báo giá khóa MALDI-TOF cho phòng TC trước 30/11", 18),
            Logged(N, "a Hung huong dan minh tu ngay dau, con a dang om nang... ko muon hai a", 15),
            Logged(F, "gửi chị Mai bảng tổng hợp hiệu chuẩn pipet trước buổi gặp", 9),
            Logged(
                P, "chị Mai nhắc cả phòng: mọi sai lệch phải ghi sổ sự cố, 'giấu còn tệ hơn sai'", 8
            ),
            Logged(N, "datalogger tu lanh 2 van chua sua, phieu yeu cau gui tu 20/10", 5),
            Logged(AG, "hỏi chị Mai báo sự cố tủ lạnh 2 thế nào, có cần nêu tên ai ko", 2),
            Logged(AG, "datalogger – xin ưu tiên sửa trước 9/12", 1),
        ),
        tz="Asia/Ho_Chi_Minh",
    ),
)
