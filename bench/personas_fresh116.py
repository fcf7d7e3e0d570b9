# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DO), rated in round 63 at this stop's start and end (`bench/reviews/round63_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH116 = (
    Persona(
        "DO_elif_quality_engineer_kutahya",
        "Elif",
        "seramik fabrikasında kalite mühendisiyim (sırlı porselen sofra eşyası)",
        "2 yıl içinde kalite şefi olmak — ama sadece veriyle değil, insan yöneterek",
        "Nevzat Hoca",
        "retired plant manager, my mentor in the Kütahya chamber of industry mentoring programme",
        Role.MENTOR,
        monthly(1, 3),
        time(18, 30),
        "Elif Yıldız, 31, is a quality engineer at a family-owned porcelain tableware factory in Kütahya, where she runs the defect lab for three glazing lines. "
        "Since March she has met Nevzat Hoca, a retired plant manager paired with her through the chamber of industry's mentoring programme, on the first Thursday of each month after work, at a tea garden or by video; the next session is Thursday 3 December at 18:30. "
        "The delicate matter: an İzmir tile exporter has offered her a quality lead role at about 35% more pay plus a car and wants an answer by 11 December, but Nevzat Hoca has been close friends with her factory's owner, Hüseyin Bey, for thirty years, so asking his advice could put him in an awkward spot or reach her boss before she has decided. "
        "It is complicated further by her husband Murat, whose permanent post at the local university was only just confirmed and who does not want to move. "
        "Open threads: on 1 October she asked Nevzat Hoca to introduce her to a professor at the university's ceramics research centre about a pinholing problem, and he said he would call 'after New Year'. "
        "On 5 November he agreed to read her Six Sigma Green Belt project report, which is due on 15 December; she promised him the draft by 30 November and has not sent it yet. "
        "She must also present the monthly defect review to Hüseyin Bey on 7 December and her slides are not ready. "
        "Wins: she cut glaze crawling on line 3 from 4.1% to 1.8% in eight weeks by adding a per-shift viscosity check, and two shift technicians now run that check without her. "
        "She has sent him a report on hydrogen-ready kilns he was curious about and edited his granddaughter's internship application. "
        "His priorities for her, as she heard them: 'talk with data, but work with people', stop doing the technicians' work for them, and learn to read a cost and budget sheet if she wants to be a quality chief. "
        "From this session she needs a way to get his honest counsel on the offer without making him choose between her and his old friend, plus a firm plan for the draft report and the professor introduction.",
        logged=(
            Logged(
                A,
                "Nevzat hocadan DPÜ seramik merkezindeki Prof. Aydın'a tanıştırma istedim, pinhole sorunu icin → 'yılbaşından sonra ararım' dedi",
                56,
            ),
            Logged(
                P,
                "hoca: 'veriyle konuş ama insanla çalış' — teknisyenlerin işini ben yapmayayım istiyor",
                56,
            ),
            Logged(
                A, "programın ara değerlendirme formunu imzalaması → imzaladı, gönderdim", 30, DONE
            ),
            Logged(
                G,
                "hocanın sorduğu hidrojen uyumlu fırın makalesini gönderdim (Sacmi raporu + 1 akademik makale)",
                24,
            ),
            Logged(
                A,
                "Green belt raporuma göz atar mısınız dedim → 'gönder bakarım ama 1 haftam olsun'",
                21,
            ),
            Logged(F, "GB rapor taslagini hocaya 30 Kasıma kadar gönder!! teslim 15 Aralık", 21),
            Logged(
                P,
                "kalite şefi olacaksan bütçe/maliyet tablosu okumayı öğren dedi, 'mühendis gibi değil müdür gibi bak'",
                21,
            ),
            Logged(G, "torunu Zeynep'in staj başvuru yazısını düzelttim", 13),
            Logged(
                W,
                "Hat 3 sır toplanması (crawling) %4.1 → %1.8 🎉 8 haftada, viskozite kontrolünü her vardiya başına aldık",
                9,
            ),
            Logged(
                N,
                "İzmir'deki karo firması kalite sorumlusu teklifi verdi, +%35 maaş + araba. Cevap 11 Aralık'a kadar. Kimseye söylemedim",
                6,
            ),
            Logged(
                N,
                "Hüseyin Bey ile hoca 30 yıllık arkadaş, geçen ay beraber ava gitmişler. teklifi hocaya anlatırsam??",
                5,
            ),
            Logged(
                N, "Murat İzmir'e gitmek istemiyor, üniversitedeki kadrosu yeni kesinleşti 😕", 4
            ),
            Logged(
                W,
                "Ramazan ve Gökhan artık viskozite ölçümünü kendileri yapıyor, bu hafta hiç karışmadım",
                3,
            ),
            Logged(F, "7 Aralık Hüseyin Bey'e aylık hata raporu sunumu, slaytlar hazır degil", 2),
            Logged(
                AG,
                "teklif meselesini hocaya nasıl açarım — isim vermeden mi sorsam? sır tutmasını istemek ayıp olur mu",
                1,
            ),
            Logged(
                AG,
                "maliyet tablosu okumayı nereden öğrenirim, hoca eski fabrikadan bir örnek gösterebilir mi",
                1,
            ),
        ),
        tz="Europe/Istanbul",
    ),
    Persona(
        "DO_maelle_sign_language_interpreter_lille",
        "Maëlle",
        "interprète LSF-français dans une coopérative d'interprètes",
        "Décrocher le CDI en janvier sans me bousiller les poignets",
        "Sandrine",
        "coordinatrice planning et équipe de la coopérative, ma responsable directe",
        Role.MANAGER,
        weekly(0),
        time(8, 45),
        "Maëlle, 27, is a French Sign Language interpreter at a small cooperative in Lille covering university lectures, hospital appointments, job interviews and court hearings across the Hauts-de-France; she has been there 14 months on a fixed-term contract that ends on 31 December. "
        "Sandrine, the coordinator and her manager, holds a 20-minute check-in with her every Monday at 8:45 in the office before the first assignments; the next one is Monday 30 November. "
        "The delicate matter is her health: since October her right wrist and forearm hurt after long sessions, and her physiotherapist diagnosed a tendinopathy and advised at most about four hours of active interpreting a day and always a co-interpreter for anything over an hour. "
        "She has not told Sandrine, because the decision on a permanent contract is due 'mid-December', the team is one interpreter short, and she keeps accepting solo two-hour law lectures at the university to cover a colleague on leave. "
        "Sandrine herself calls the pairing rule for sessions over an hour 'non-negotiable', yet it is not applied for lack of staff, which gives Maëlle a quality argument rather than a personal one. "
        "Open threads: on 19 October she asked for legal/court interpreting training and was told the training budget is voted in January; on 9 November she asked when the permanent-contract decision comes and got 'mid-December, I'll talk to management'. "
        "She owes her October–November expense and mileage claim by 30 November and promised an oncology glossary for the team working at the university hospital by 4 December. "
        "Wins: a Deaf candidate she interpreted for in a job interview got the job and wrote to thank her, and after a 3 a.m. emergency at the hospital the night nursing manager wrote to the cooperative to praise her. "
        "She took Sandrine's Friday on-call when Sandrine's daughter was ill and is tutoring the master's intern Inès. "
        "Sandrine's priorities: keeping the university contract, which has a quality survey in January, and cutting last-minute cancellations. "
        "From Monday's check-in she needs to raise pairing for long lectures, and ideally her wrist, without looking fragile weeks before the contract decision, and to pin down dates for the decision and the training.",
        logged=(
            Logged(
                A,
                "demandé formation interprétation juridique (tribunal) → 'budget formation voté en janvier, relance-moi'",
                38,
            ),
            Logged(A, "posé mes congés du 24 déc au 2 janv → ok validé", 31, DONE),
            Logged(
                P,
                "règle binôme >1h 'non négociable' disait Sandrine en réunion d'équipe... sauf qu'on l'applique jamais faute de monde",
                24,
            ),
            Logged(
                A, "CDI c'est quand la décision?? → 'mi-décembre, j'en parle avec la gérance'", 17
            ),
            Logged(
                P,
                "Sandrine : priorité n°1 garder le contrat fac, enquête qualité en janvier. et moins d'annulations de dernière minute",
                17,
            ),
            Logged(
                W,
                "M. Delattre (entretien d'embauche chez le transporteur) a eu le poste!! il m'a envoyé un mail de merci 🥹",
                15,
            ),
            Logged(
                G,
                "j'ai pris l'astreinte de vendredi soir à la place de Sandrine (sa fille malade)",
                12,
            ),
            Logged(
                N,
                "kiné : tendinopathie poignet droit, max ~4h d'interprétation active/jour, binôme obligatoire au-delà d'1h. j'ai rien dit à Sandrine",
                10,
            ),
            Logged(F, "glossaire onco pour l'équipe CHU — promis pour le 4 déc", 9),
            Logged(
                W,
                "urgence CHU samedi 3h du mat, tout s'est bien passé, la cadre de nuit a écrit à la coop pour remercier",
                8,
            ),
            Logged(G, "tutorat d'Inès (stagiaire master) : 3 séances de débrief cette sem", 5),
            Logged(F, "note de frais + kilométrage oct/nov à rendre le 30/11", 4),
            Logged(
                N,
                "encore 2h seule en amphi droit public mardi, poignet en feu le soir 😣 j'ai dit oui pour jeudi aussi...",
                2,
            ),
            Logged(
                AG,
                "parler binôme pour les cours > 1h à la fac (qualité ! enquête janvier) sans que ça sonne 'je suis fragile'",
                1,
            ),
            Logged(AG, "relancer date CDI + formation tribunal, même si budget janvier", 1),
        ),
        tz="Europe/Paris",
    ),
    Persona(
        "DO_thanh_sewing_line_supervisor_danang",
        "Thanh",
        "giám sát chuyền may, xưởng may đồ thể thao xuất khẩu",
        "Đưa chuyền 7 lên 85% hiệu suất trước Tết mà không ai phải tăng ca quá giờ",
        "anh Phong",
        "factory director, my manager's manager",
        Role.SKIP,
        biweekly(5),
        time(14, 0),
        "Nguyễn Thị Thanh, 38, supervises sewing lines 5, 6 and 7 (about 110 workers) at a garment factory in the Hoà Khánh industrial park in Da Nang that makes running shirts for a European sportswear brand. "
        "Her direct boss is chị Hạnh, the production manager; every second Saturday at 14:00, after the half-day shift, the factory director anh Phong sees each supervisor for thirty minutes in his office, and her next slot is Saturday 28 November. "
        "The delicate matter: two women on line 6 told her in confidence that line leader Vy collects 200,000–300,000 đồng from workers to put them on higher piece-rate operations and overtime; Vy is chị Hạnh's niece, Thanh has no proof, and the workers begged her not to name them for fear of losing overtime. "
        "The brand's social-compliance audit, with private worker interviews, is on 10 December, so the practice could become a serious finding, and raising it with anh Phong means going over her own boss's head. "
        "Adding to her unease, chị Hạnh has asked to see the list of workers chosen for the audit interviews before it is sent. "
        "Open threads: on 31 October she asked anh Phong for two extra flatlock machines for line 7 and was told to wait for the Q1 budget; on 14 November she proposed sending line leaders Tuấn and Mai to an industrial-engineering course in Ho Chi Minh City in January and he said he would think about it. "
        "She has promised the line-balancing plan for the February order by 5 December. "
        "Wins: line 7 efficiency rose from 72% to 81% in six weeks, there has been no needle injury since she introduced a needle-guard check at the start of each shift in September, and the brand's QC passed the last two shipments first time. "
        "She translated the brand's new code of conduct into plain Vietnamese for the notice board and is coaching 14 new workers during lunch breaks. "
        "Anh Phong's priorities: a clean audit with no findings on wages or hours, on-time delivery of the February order before the Tết break, and keeping workers from quitting after Tết. "
        "From Saturday she needs advice on how to surface the fee rumour while protecting the workers who spoke and without unfairly bypassing chị Hạnh, and answers on the machines and the course.",
        logged=(
            Logged(
                A,
                "xin anh Phong 2 máy kansai (flatlock) cho chuyền 7 → 'đợi ngân sách quý 1 nha em'",
                26,
            ),
            Logged(
                G,
                "dịch bộ quy tắc ứng xử mới của brand sang tiếng Việt dễ hiểu, dán bảng tin rồi",
                18,
            ),
            Logged(W, "2 lô hàng gần nhất QC brand pass ngay lần đầu 👍", 16),
            Logged(
                A, "đề xuất cho Tuấn + Mai đi học khóa IE ở HCM tháng 1, anh nói để anh xem", 12
            ),
            Logged(P, "anh Phong: audit phải sạch, ko finding nào về lương + giờ làm", 12),
            Logged(P, "anh lo sau Tết công nhân nghỉ việc nhiều, muốn giữ người", 12),
            Logged(N, "audit của brand ngày 10/12, có phỏng vấn công nhân riêng", 11),
            Logged(G, "kèm 14 công nhân mới giờ nghỉ trưa, tuần thứ 3 rồi", 9),
            Logged(W, "chuyen 7 hieu suat 72% -> 81% sau 6 tuan 💪", 7),
            Logged(F, "nộp kế hoạch cân bằng chuyền đơn tháng 2 trước 5/12", 6),
            Logged(
                N,
                "2 chị chuyền 6 nói riêng: Vy thu 200-300k của công nhân để được xếp công đoạn giá cao + tăng ca. năn nỉ mình đừng nói tên ra 😟",
                5,
            ),
            Logged(N, "Vy là cháu chị Hạnh. ko có bằng chứng gì, chỉ lời kể", 5),
            Logged(W, "0 tai nạn kim từ tháng 9 tới giờ, nhờ kiểm tra che kim đầu ca", 3),
            Logged(F, "danh sach cong nhan phong van audit — chị Hạnh muốn xem trước ?? hơi lo", 2),
            Logged(
                AG,
                "hỏi anh Phong: nếu nghe chuyện 'thu tiền' thì báo thế nào để giữ được người kể + ko qua mặt chị Hạnh",
                1,
            ),
            Logged(AG, "nhắc lại máy kansai + khóa IE", 1),
        ),
        tz="Asia/Ho_Chi_Minh",
    ),
    Persona(
        "DO_ignacio_maintenance_planner_antofagasta",
        "Ignacio",
        "planificador de mantenimiento de camiones de extracción en una minera de cobre, turno 7x7",
        "Pasar de planificar a liderar: llegar a superintendente antes de los 47",
        "Caro",
        "gerenta de mantenimiento mina, two levels above me, my sponsor in the Líderes 2027 programme",
        Role.SPONSOR,
        monthly(2, 2),
        time(17, 30),
        "Ignacio Rojas, 44, plans maintenance for a fleet of 62 haul trucks at an open-pit copper mine in the desert three hours from Antofagasta, where he lives with his wife and two daughters, working seven days on, seven off. "
        "Carolina ('la Caro'), the mine maintenance manager two levels above him, is his sponsor in the company's 'Líderes 2027' programme; they meet by Teams on the second Wednesday of each month at 17:30, at the end of his day shift, and the next call is Wednesday 9 December. "
        "The delicate matter: at the 11 November call Carolina urged him to apply for the new superintendent of maintenance planning role, applications closing 18 December, but on 22 November his own boss Marcelo, who hired him and backed him when his daughter Sofía was in hospital in 2023, told him in confidence that he is applying too. "
        "Ignacio does not know whether Carolina knows about Marcelo, does not want to compete behind his back, and cannot use what Marcelo confided. "
        "Open threads: on 14 October he asked her for a place on the reliability (RCM) diploma at Universidad Católica del Norte and she said she would check with HR; he reminded her on 11 November and still has no answer, and the March intake fills in December. "
        "She agreed he can present his tyre-life project to the operations committee in January, but no date is set. "
        "He owes her the 2027 backlog analysis by 4 December and must finish the programme's 360 review by 11 December. "
        "Wins: he raised physical availability of the 930E fleet from 84.2% to 87.5% in Q3 by re-sequencing preventive jobs into shovel-down windows, the October planned shutdown finished six hours early with zero incidents, and finance validated about US$1.9M a year in savings from his tyre project. "
        "He built the Power BI dashboard she now uses for her monthly board report and, at her request, coached two trainee planners through the crusher shutdown. "
        "Her priorities: availability above 88% in 2027, zero serious incidents, cost per tonne under pressure from head office in Santiago, and 'people who grow, I need successors'. "
        "From this call he needs help deciding how to apply honourably (whether to talk to Marcelo first, what to say to Carolina) and a real answer on the diploma.",
        logged=(
            Logged(
                W, "parada planificada de octubre terminó 6 horas antes, cero incidentes 🙌", 38
            ),
            Logged(
                A,
                "le pedí a la Caro el diplomado de confiabilidad (RCM) de la UCN → 'lo veo con RRHH'",
                43,
            ),
            Logged(
                W,
                "disponibilidad física flota 930E Q3: 84,2% → 87,5% 🚛 re-secuenciando preventivas en ventanas de pala",
                30,
            ),
            Logged(
                A,
                "presentar proyecto neumáticos en comité de operaciones → 'sí, en enero' (sin fecha aún)",
                15,
                DONE,
            ),
            Logged(
                N,
                "la Caro me dijo que postule a superintendente de planificación, cierran el 18/12. le recordé lo del diplomado, nada",
                15,
            ),
            Logged(
                P,
                "Caro: 2027 disponibilidad >88%, cero accidentes graves y 'que la gente crezca, necesito sucesores'",
                15,
            ),
            Logged(P, "el costo por tonelada la tienen apretada desde Santiago", 15),
            Logged(G, "le armé el dashboard en Power BI pa' su reporte mensual al directorio", 13),
            Logged(F, "terminar evaluación 360 del programa, plazo 11 dic", 12),
            Logged(
                G,
                "acompañé a los 2 planificadores trainee en la parada del chancador, como pidió",
                10,
            ),
            Logged(
                W,
                "proyecto neumáticos: +11% vida útil, ahorro estimado US$1,9M/año (validado por finanzas!!)",
                8,
            ),
            Logged(F, "análisis backlog 2027 pa' la Caro antes del 4/12", 6),
            Logged(
                N,
                "Marcelo me contó en confianza que él también va a postular... el que me contrató y me bancó cuando la Sofi estuvo hospitalizada el 2023 😔",
                4,
            ),
            Logged(N, "no sé si la Caro sabe lo de Marcelo. no quiero ir por la espalda cachai", 3),
            Logged(AG, "cómo postulo sin pasarle por encima a Marcelo? le digo a él primero?", 1),
            Logged(
                AG,
                "diplomado UCN: si no es ahora se pierde el cupo de marzo. pedir fecha comité enero",
                1,
            ),
        ),
        tz="America/Santiago",
    ),
    Persona(
        "DO_priya_actuarial_analyst_pune",
        "Priya",
        "actuarial analyst, health pricing team at a general insurer",
        "clear CP1 + CM2 by April and move up to senior analyst in product pricing",
        "Arjun",
        "senior actuarial analyst in reserving, a peer; we swap exam prep and career notes over lunch",
        Role.PEER,
        biweekly(1),
        time(13, 15),
        "Priya Kulkarni, 30, is an actuarial analyst in the health pricing team of a private general insurer's Pune office, three years in, with six actuarial exams cleared. "
        "Arjun Mehta, a senior analyst in the reserving team who joined a year before her, is a peer: since the summer they have lunch every other Tuesday at 13:15 in the office cafeteria to swap exam prep and career notes, and the next lunch is Tuesday 8 December. "
        "The delicate matter: on 14 November an HR increment sheet was accidentally left in a shared pricing folder, and before closing it she saw that Rohan, who joined the same month with two fewer exams, earns about ₹3.2 lakh a year more than she does. "
        "The file vanished the next day with no word from HR; she has told no one, is unsure whether she should report having seen it, and wants to argue for a raise in the December–January appraisal without revealing how she knows. "
        "It is delicate with Arjun too, because he and Rohan play cricket together every Sunday. "
        "Open threads: on 13 October she asked Arjun to review her OPD rider GLM before it goes to the Appointed Actuary for sign-off in January, and he said 'after the regulator filing', which is due 15 December. "
        "She promised to send him her updated R claims-triangle script for the new claims extract format, her appraisal self-assessment is due 11 December, and her CM2 result comes on 17 December. "
        "Wins: her OPD rider model cut the backtest loss-ratio projection error from 9% to 3.5%, her automation of the monthly experience report saves about two days a month, and the CFO asked for her pricing dashboard every month after she presented it. "
        "She fixed a tail-factor bug in Arjun's chain-ladder Python code and passed him a senior colleague's reading list for his next exam. "
        "Arjun's priorities: the regulatory filing on 15 December, his own fellowship exam in April, and a transfer to head office in Mumbai next year. "
        "From this lunch she needs a sounding board on what a normal appraisal ask looks like here and how to make it without naming Rohan or the file, and a firm date for the GLM review.",
        logged=(
            Logged(
                A,
                "asked Arjun to review my OPD rider GLM before it goes to AA → 'after IRDAI filing yaar, post 15th'",
                44,
            ),
            Logged(W, "automated the monthly experience report — saves ~2 days every month", 34),
            Logged(A, "his CP1 notes + past paper annotations → got them on pendrive 🙏", 30, DONE),
            Logged(
                G, "fixed Arjun's chain ladder python, the tail factor was off by one row lol", 30
            ),
            Logged(W, "OPD rider model backtest: proj loss ratio error 9% → 3.5% 🎯", 20),
            Logged(
                N,
                "increment sheet accidentally in shared pricing folder. closed it asap but saw Rohan's CTC ~3.2L more. same joining month, 2 exams less. feel sick tbh",
                12,
            ),
            Logged(
                N,
                "file gone from folder next day. no mail from HR. should I report that I saw it??",
                11,
            ),
            Logged(N, "CM2 result 17 Dec 🤞", 8),
            Logged(W, "presented pricing dashboard to CFO, now he wants it monthly!!", 6),
            Logged(N, "Arjun and Rohan play cricket every sunday... careful what I say", 4),
            Logged(F, "appraisal self-assessment due 11 Dec — need numbers + exam count", 3),
            Logged(
                P,
                "Arjun: IRDAI filing 15 Dec is all he thinks about rn, then SA exam april, wants HO Mumbai transfer next yr",
                2,
            ),
            Logged(G, "sent him the SA2 reading list from Sneha di", 2),
            Logged(
                F,
                "send Arjun updated R triangle script (new claims extract format) — said i'd do it this week",
                2,
            ),
            Logged(
                AG,
                "ask Arjun (NO names!!) how people here negotiate at appraisal, what's a normal % ask",
                1,
            ),
            Logged(AG, "pin him on a date for the GLM review, AA sign-off is in Jan", 1),
        ),
        tz="Asia/Kolkata",
    ),
    Persona(
        "DO_anja_train_conductor_kassel",
        "Anja",
        "Zugbegleiterin im Regionalverkehr, seit 24 Jahren",
        None,
        "Herr Demir",
        "Teamleiter Zugbegleitdienst Kassel, my direct manager",
        Role.MANAGER,
        monthly(1, 4),
        time(11, 0),
        "Anja Brückner, 52, has been a train conductor for 24 years and now works regional express routes out of Kassel towards Göttingen, Fulda and Warburg, often on the 4:50 early shift. "
        "Her team lead, Kemal Demir, who came from Frankfurt a year ago, sees each of his thirty conductors once a month for half an hour in the crew-room office, on the first Friday of the month; her next slot is Friday 4 December at 11:00, between two turns. "
        "The delicate matter: her colleague and old friend Uwe, in the middle of a divorce and sleeping at his brother's, has twice in three weeks come to the early shift smelling of alcohol, most recently on 23 November, and she covered for him by doing the ticket checks alone and keeping him in the rear cab. "
        "Conductors are safety staff (door closing, evacuations), so she is uneasy about staying silent, but she does not want to 'rat him out' and cost him his job; she has heard there is a confidential company social and addiction counselling service and wants to ask about it without naming him. "
        "Open threads: on 2 October she asked to be trained as a Praxisanleiterin (on-the-job trainer for new conductors); Demir said the next course is in Fulda in spring and he would nominate her 'if staffing allows'. "
        "In October, after two assaults on late trains, she asked for two conductors on the Warburg line after 22:00; Demir passed it to the region and there is still no answer. "
        "She must book her mandatory annual safety training by 15 December and still owes the incident report on the 12 November assault, which Demir asked for. "
        "Wins: on 7 November she calmed a group of drunk football fans without calling the federal police and the train left on time, and an elderly passenger wrote a letter praising her by name, which Demir pinned on the notice board. "
        "She spent three shifts teaching new colleague Jonas the ticket device and wrote Demir a bug list for the new ticket-check tablet. "
        "Demir's priorities: bringing the team's sick-leave rate down, a smooth tablet rollout in January, customer satisfaction and fare checks. "
        "From this meeting she needs a responsible way to deal with Uwe, and firm answers on the trainer course and the late-train staffing.",
        logged=(
            Logged(
                A,
                "Praxisanleiterin-Lehrgang gefragt → D.: 'nächster Kurs Frühjahr in Fulda, ich meld dich wenn's personell passt'",
                55,
            ),
            Logged(
                A,
                "Doppelbesetzung ab 22 Uhr auf der RE nach Warburg nach den 2 Übergriffen → hat's an die Region gegeben, warte",
                34,
            ),
            Logged(
                A,
                "Schichttausch 24.12. wegen Mama im Heim → geht klar, mit Sabine getauscht",
                30,
                DONE,
            ),
            Logged(
                P, "D.: Krankenstand im Team muss runter, das ist sein großes Ding dieses Jahr", 20
            ),
            Logged(
                P,
                "Tablet-Rollout im Januar soll glatt laufen. Und Kundenzufriedenheit + Kontrollquote",
                20,
            ),
            Logged(W, "KSV-Fans im RE am 7.11. beruhigt ohne Bupo, Zug pünktlich weiter 💪", 19),
            Logged(G, "Jonas (neu) 3 Schichten lang am Ticketgerät eingearbeitet", 14),
            Logged(F, "Ereignismeldung zum Übergriff 12.11. nachreichen, D. hat schon gefragt", 12),
            Logged(
                W,
                "Fahrgastbrief: ältere Dame lobt mich mit Namen, Demir hats ans schwarze Brett gehängt 😊",
                9,
            ),
            Logged(
                F, "Pflichtfortbildung (jährl. Unterricht) bis 15.12. — noch nicht angemeldet!", 8
            ),
            Logged(
                G,
                "Fehlerliste zum neuen Kontroll-Tablet für D. geschrieben (Absturz bei BahnCard-Scan usw.)",
                6,
            ),
            Logged(
                N,
                "Uwe heute Frühschicht 4:50 wieder Fahne. 2. Mal in 3 Wochen. Hab Kontrollen allein gemacht und ihn hinten sitzen lassen 😞",
                3,
            ),
            Logged(
                N,
                "Uwe mitten in der Scheidung, pennt bei seinem Bruder. Will ihn nicht verpfeifen aber Türen, Evakuierung... wenn was passiert?",
                3,
            ),
            Logged(
                N,
                "gibts bei uns nicht diese Sozialberatung / Suchtberatung, anonym? mal im Intranet nachlesen",
                2,
            ),
            Logged(AG, "Uwe: erstmal allgemein fragen wie man sowas macht, ohne Namen??", 0.5),
            Logged(
                AG,
                "Praxisanleiterin nochmal festnageln + Doppelbesetzung Warburg, was sagt die Region",
                1,
            ),
        ),
        tz="Europe/Berlin",
    ),
)
