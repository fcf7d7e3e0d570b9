# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 43 (set BU)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH72 = (
    Persona(
        "BU_tevita_apprentice_electrician_auckland",
        "Tevita",
        "Second-year apprentice electrician at a six-person residential and light-commercial electrical contractor, South Auckland, New Zealand",
        "get fully qualified by end of next yr, one day run my own crew",
        "Gaz",
        "Gary 'Gaz' Whitcombe, owner of Whitcombe Electrical and Tevita's supervising registered electrician (his boss)",
        Role.MANAGER,
        weekly(4),
        time(7, 0),
        "Tevita Fifita, 22, Tongan-New Zealander, lives with his mum in Mangere and is in the second year of his apprenticeship. "
        "Gaz runs a small firm and meets him every Friday at 7am over smoko at the yard. Gaz rates him and is quietly giving him more "
        "responsibility (solo circuits, a Saturday callout), but is slow on admin: a pay rise he promised to look at 'by end of month' "
        "(October) never came, and 14 jobs in Tevita's logbook still need his sign-off before the polytech deadline on Friday 11 December. "
        "The delicate part: Dean ('Deano'), Gaz's long-time mate and other sparky, had Tevita swap a switchboard live on a Papatoetoe job "
        "so the customer kept power; Tevita got a shock off the neutral bar, was unhurt, and told nobody. Deano has since pushed him to "
        "work live again and mocked him for refusing. Apprentices must not do live work; Tevita half-knows this and is afraid of getting "
        "Deano in trouble or looking soft. His mum has been unwell but had good news this week. Day off on Friday 4 December for a "
        "cousin's wedding is already agreed.",
        logged=(
            Logged(
                N,
                "first fri catchup w gaz since block course. he said proud of my results 👍 wants me to sit in on the quote walkthroughs on tuesdays",
                41,
            ),
            Logged(
                P,
                "gaz: biggest thing rn = no callbacks on the Takanini subdivision jobs. 'do it once do it right uso'",
                41,
            ),
            Logged(
                A,
                "asked gaz re pay rise now i passed stage 2 units. he said 'leave it w me til end of month' 🙏",
                38,
            ),
            Logged(
                G,
                "stayed til 7 sorting van stock + labelled all the RCBO bins. gaz didnt ask just did it",
                31,
            ),
            Logged(
                W,
                "did the whole kitchen reno circuit at the Manurewa job by myself, Gaz tested n signed first go no fixes 💪💪",
                30,
            ),
            Logged(
                N,
                "deano on the papatoetoe job told me swap the board live bc customer didnt want power off. 'just be careful'. got a belt off the neutral bar. im ok. didnt tell anyone. feel sick thinking bout it tbh",
                24,
            ),
            Logged(
                F,
                "find out wat the rules actually are for live work as apprentice. pretty sure not allowed at all",
                23,
            ),
            Logged(
                N,
                "end of month came n went, no word on pay. dont wanna be pushy. mum says dont be fiu just ask again politely",
                20,
            ),
            Logged(
                A,
                "asked if i can take fri 4 dec off for my cousins wedding in mangere. gaz said shud be fine put it on the calendar",
                17,
            ),
            Logged(F, "put 4 dec on the yard calendar", 16, DONE),
            Logged(
                N,
                "logbook — gaz still needs to sign 14 jobs before MIT deadline 11 dec. he keeps saying next week next week",
                13,
            ),
            Logged(
                G,
                "covered the saturday callout so gaz cud go to his daughters netball final. fixed the tripping RCD at the takanini showhome",
                12,
            ),
            Logged(
                W,
                "gaz rang, the showhome lady called him to say thanks to 'the young fella' 😁",
                10,
            ),
            Logged(
                N,
                "deano again 'just pop the cover n check it' w power on. said no this time. he got grumpy called me soft in front of the plumbers lol. not lol",
                6,
            ),
            Logged(AG, "pay rise — ask again, calm. mention stage 2 + doing callouts now", 4),
            Logged(AG, "logbook sign off b4 11 dec!! bring the book to smoko", 3),
            Logged(
                AG,
                "the live work thing w deano. how do i say it without getting him in trouble. maybe just ask gaz 'wats the rule' first??",
                1.5,
            ),
            Logged(
                N,
                "ofa atu, mum had good news from the dr today 🙏 so early start fri no worries",
                0.4,
            ),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "BU_maricel_caregiver_osaka",
        "Maricel",
        "Caregiver (kaigo staff) on a Specified Skilled Worker visa at a private special nursing home, Osaka, Japan",
        "pass 介護福祉士 exam this January then bring my son here",
        "施設長",
        "Fujimoto Keiko, director (施設長) of the nursing home; above Maricel's floor leader, meets each foreign staff member monthly",
        Role.SKIP,
        monthly(4, 4),
        time(14, 0),
        "Maricel Dizon, 31, from Iloilo, in her third year at the home, her 8-year-old son lives with her mother in the Philippines. "
        "Director Fujimoto holds a monthly 1:1 with each foreign caregiver on the fourth Friday; she is warm, encourages Maricel to sit "
        "the national caregiver exam (late January), and cares above all about zero falls this winter. In October Fujimoto promised to "
        "arrange Sundays off from November so Maricel could attend an exam review class in Namba, but floor leader Kobayashi, who writes "
        "Maricel's evaluation, kept rostering her on Sundays citing short staff; Maricel messaged Fujimoto on 17 Nov and was left on read. "
        "Maricel also needs an employment certificate for her visa renewal (expires February). The delicate matter: she saw Kobayashi grab "
        "resident Tanaka-san's wrist hard to make her eat and later found a bruise there; she recorded the bruise but not the cause. An "
        "older Filipino colleague told her to keep quiet for the sake of her visa. She is torn and wants to raise it indirectly. Fujimoto "
        "also asked her to present Philippine Christmas at the December family meeting.",
        logged=(
            Logged(
                N,
                "1on1 w Fujimoto 施設長. sabi nya my kiroku sa japanese improving a lot 😊 she said try the 介護福祉士 exam this jan. kaya ko ba?? haha",
                62,
            ),
            Logged(P, "施設長 priority: 転倒ゼロ zero falls this winter. she said it 3 times", 62),
            Logged(
                A,
                "asked Kobayashi-san if i can have sundays off nov-jan for review class sa Namba. she said 'ask 施設長'",
                55,
            ),
            Logged(W, "exam application sent na, got the receipt 🙏", 50),
            Logged(
                N,
                "1on1: asked 施設長 re sunday off. she said she will talk to Kobayashi-san and arrange shift from Nov. salamat po!!",
                34,
            ),
            Logged(
                P,
                "施設長 wants me to present about Philippine christmas at the Dec family meeting 🎄 nakakakaba",
                34,
            ),
            Logged(
                G,
                "made parol w the residents for the lobby, 施設長 took photo for the newsletter",
                27,
            ),
            Logged(
                W,
                "taught new staff Ngoc and Hana-chan the slide sheet transfer, no more 2 person lift for Yoshida-san. Kobayashi-san even said いいね",
                24,
            ),
            Logged(
                N,
                "Tanaka-san (208) crying again at lunch. Kobayashi-san grabbed her wrist hard para kumain, 'もう!' loud. i said 大丈夫ですか and she told me go to other room 😟",
                20,
            ),
            Logged(
                N,
                "bath time saw violet bruise sa wrist ni Tanaka-san. wrote 内出血 in kiroku but not who/why. dunno if tama",
                18,
            ),
            Logged(F, "alamin ano process for 虐待 reporting dito. ask Ate Joy (5 yrs here)", 16),
            Logged(
                N,
                "Ate Joy said keep quiet, Kobayashi-san will make ur evaluation bad, ur visa depends... hay. pero si lola Tanaka 😢",
                14,
            ),
            Logged(A, "messaged 施設長 on LINE WORKS about the sunday shift. 既読 no reply yet", 9),
            Logged(W, "mock exam 78/125!! review sensei said keep going 💪", 7),
            Logged(
                F,
                "need 在職証明書 for visa renewal (expires Feb). ask 施設長 or 事務 Watanabe-san?",
                5,
            ),
            Logged(
                N,
                "worked sun 15 & 22, new roster sun 29 also. missed 2 classes na. 3 left dec/jan",
                3,
            ),
            Logged(
                AG, "sunday shift — politely. 3 classes left. offer to swap to sat night instead", 2
            ),
            Logged(
                AG,
                "Tanaka-san wrist. how to say... maybe ask first 'what should staff do if we see 内出血 we dont understand'. hmm. pray muna",
                1,
            ),
            Logged(
                AG, "christmas presentation for family meeting — what date, how long? 10 min?", 1
            ),
            Logged(AG, "在職証明書", 0.3),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "BU_wanjiru_tailor_nairobi",
        "Wanjiru",
        "Owner of a small tailoring shop (3 staff) in Kenyatta Market, Nairobi, Kenya",
        "Grow Shiru Designs to 6 machines n get a proper bank loan, not chama shylocks",
        "Mrs O",
        "Grace Otieno, retired bank branch manager, Wanjiru's volunteer mentor through a women entrepreneurs' programme",
        Role.MENTOR,
        biweekly(5),
        time(9, 0),
        "Wanjiru Kamau, 38, mother of two, runs Shiru Designs with two tailors (Brian and Mercy) and an apprentice. She was matched with "
        "Mrs Otieno in October; they meet every other Saturday morning at a café near Valley Arcade. Mrs O is blunt and practical: no "
        "loan talk until Wanjiru keeps a daily cash book, which she now does. With Mrs O's pricing help (quote raised from KES 1,200 to "
        "1,450 a set) Wanjiru won a contract for 420 uniform sets for St Bakhita Primary, delivery 5 January, 50% deposit only after signing, "
        "so she has a cash gap for fabric from her Eastleigh supplier and needs extra machines and a tailor for December. She asked Mrs O "
        "for a reference letter for an Equity business loan on 14 Nov and has not received it. Private and delicate: her M-Pesa statement "
        "shows her husband Kevin took about KES 38,000 from the business till in October without telling her; Mrs O has noticed the "
        "October numbers don't add up and Wanjiru is unsure whether to tell her. Brian keeps asking for salary advances.",
        logged=(
            Logged(
                N,
                "first meet w Mrs Otieno at Java Valley Arcade. very sharp lady, ex bank manager. told me stop mixing home pesa na biashara pesa 😬 ati every shilling on paper",
                40,
            ),
            Logged(P, "Mrs O: daily cash book 30 days then show her. no book no loan talk", 40),
            Logged(F, "buy cash book start tmrw", 40, DONE),
            Logged(W, "showed her 2 wks of cash book. she said 'now we are talking' 😂", 26),
            Logged(
                A,
                "asked her to look at my quotation for St Bakhita uniforms b4 I submit. she said send on whatsapp",
                26,
            ),
            Logged(G, "sent her the quote + photo of sample dress n sweater", 25),
            Logged(
                N,
                "Mrs O replied 11pm 'your price too low, you'll work for free. add transport & buttons'. revised 1,200 → 1,450/set",
                22,
            ),
            Logged(W, "St Bakhita bursar called!! shortlisted, sample fitting next wk 🙏🙏", 19),
            Logged(
                N,
                "session w Mrs O. loan — she says Equity biashara loan better than chama loan. need 6 months statements 😩 I only have M-Pesa",
                12,
            ),
            Logged(
                A,
                "asked if she can write reference letter for the loan application. she said yes send me details",
                12,
            ),
            Logged(
                F,
                "download M-Pesa statement 6 months + ask Equity requirements for business acc",
                11,
            ),
            Logged(
                N,
                "looked at M-Pesa statement. Kevin withdrew like 38k from the till in Oct alone. sijui. he says for the plot upcountry. never told me 😞",
                9,
            ),
            Logged(
                N,
                "dont know if to tell Mrs O about Kevin. ni mambo ya nyumbani. but she asked why my Oct numbers dont add up",
                8,
            ),
            Logged(
                W,
                "St Bakhita CONTRACT!!! 420 sets, delivery 5 Jan. 50% deposit after signing. Mungu ni mwema 🙌",
                6,
            ),
            Logged(
                N,
                "need 2 more machines + 1 more tailor for Dec. Brian asking salary advance AGAIN 3rd time",
                5,
            ),
            Logged(F, "Equity business acc — need business name cert + KRA PIN, go eCitizen", 3),
            Logged(
                A,
                "ask Mrs O if she knows someone who rents industrial machines for 2 months, not buy",
                2,
            ),
            Logged(AG, "reference letter — still waiting, remind her gently", 1),
            Logged(
                AG,
                "cash flow b4 deposit comes: how to pay Eastleigh fabric guy before school pays 50%",
                1,
            ),
            Logged(
                AG, "Kevin n the till 😔 maybe just ask how to separate accounts without drama", 0.5
            ),
            Logged(N, "Brian - ok gave 3k advance. WRITE IT IN THE BOOK this time!!", 0.2),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "BU_lucia_stage_manager_buenos_aires",
        "Lucía",
        "Freelance stage manager (regidora) for the season of a public cultural centre, Buenos Aires, Argentina",
        "quedar en planta como jefa de producción técnica",
        "Marta",
        "Marta Ibarra, artistic director of the cultural centre, who is backing Lucía for a new permanent technical production head post",
        Role.SPONSOR,
        monthly(1, 2),
        time(11, 0),
        "Lucía Ferreyra, 29, has worked contract to contract for years. Marta, who meets her on the first Wednesday of each month, told her "
        "in October the board will approve a permanent 'jefa de producción técnica' post in December and 'I see you there'; she promised "
        "the job profile 'this week' in early November and has not sent it, leaving Lucía's WhatsApp on read. Marta's priority is that the "
        "play 'La casa de los pájaros' opens on time on Thursday 3 December within a closed budget. A 3 m ladder in Sala B has a loose rung; "
        "the lighting tech nearly fell; Marta said 'January' for a new one and Lucía has now taken it out of use. The delicate part: lead actor "
        "Horacio Lanza, Marta's friend since the 90s, shouted at 20-year-old assistant Cami and touched her waist, and now sends her voice "
        "notes at midnight. Cami begged Lucía not to say anything because she needs the job. Lucía feels guilty for staying silent and fears "
        "that raising it with Marta could cost her the post. She also does unpaid late nights covering no-show technicians.",
        logged=(
            Logged(
                N,
                "charla c/ Marta en su ofi. dijo q el consejo aprueba el puesto de jefa de prod técnica en dic y 'te veo ahí' 😳 no le conté a nadie",
                50,
            ),
            Logged(
                P,
                "Marta: q La casa de los pájaros estrene en fecha, 3/12, sin pedir un peso más. presupuesto 'cerrado cerrado'",
                50,
            ),
            Logged(A, "le pedí el perfil/descripción del puesto p/ preparar cv", 50),
            Logged(
                G,
                "le armé a Marta el cronograma de montaje de las 3 salas p/ dic, planilla compartida",
                43,
            ),
            Logged(
                N,
                "escalera de 3m de la Sala B c/ un peldaño flojo. Tomi (luces) casi se cae. la até con precintos 🙄 temporario!!",
                36,
            ),
            Logged(A, "mail a Marta pidiendo escalera nueva, cotización ~310 lucas", 36),
            Logged(
                N,
                "reu mensual. escalera 'vemos en enero'. perfil 'te lo mando esta semana'. ok",
                22,
            ),
            Logged(
                W,
                "Marta me felicitó en la reu de equipo x la pasada técnica de títeres, 0 errores de cue 🙌",
                22,
            ),
            Logged(
                N,
                "ensayo: Horacio le gritó a Cami delante de todos x un utilero q no era culpa de ella. después 'vení linda no llores, sentate acá' y le agarró la cintura. Cami lloró en el baño. yo no dije nada y me siento una mierda",
                18,
            ),
            Logged(
                N,
                "hablé c/ Cami. no quiere q diga nada, necesita el laburo y Horacio es amigo de Marta desde los 90",
                17,
            ),
            Logged(
                F,
                "averiguar si el centro tiene protocolo de violencia/acoso. a quién se denuncia??",
                15,
            ),
            Logged(N, "el perfil sigue sin llegar. le escribí x whatsapp, visto ✓✓ azul, nada", 11),
            Logged(
                G,
                "me quedé hasta la 1am reprogramando la consola de sonido xq el técnico externo no vino. esas horas no las paga nadie obvio",
                9,
            ),
            Logged(
                N,
                "otra vez Horacio c/ Cami. ahora le manda audios a las 12 de la noche 'para repasar'. me los mostró",
                6,
            ),
            Logged(
                W,
                "general técnico: corrimos la obra entera sin parar, 1h40 🎭 el director me abrazó jaja",
                4,
            ),
            Logged(
                F,
                "escalera se volvió a aflojar. fuera de uso, cartel puesto, nadie la toca",
                3,
                DONE,
            ),
            Logged(
                AG,
                "escalera — no puede esperar a enero, alguien se va a romper la cabeza. pedir aunque sea alquiler x el montaje",
                2,
            ),
            Logged(AG, "puesto: cuándo decide el consejo? y el perfil??", 1),
            Logged(
                AG,
                "lo de Horacio y Cami. Cami no quiere... preguntar x el protocolo en general sin nombres?? no sé",
                0.6,
            ),
            Logged(N, "el 3/12 estreno. respirá.", 0.2),
        ),
        tz="America/Argentina/Buenos_Aires",
    ),
    Persona(
        "BU_dariusz_transport_planner_venlo",
        "Dariusz",
        "Day-shift transport planner at a cross-dock logistics company, Venlo, Netherlands",
        None,
        "Sanne",
        "Sanne de Groot, senior night-shift transport planner with 15 years at the company; same level as Dariusz but the one the ops manager told him to learn from",
        Role.PEER,
        weekly(0),
        time(6, 15),
        "Dariusz 'Darek' Nowak, 44, Polish, has planned trucks in Venlo for two years while his wife Kasia and two children live near Poznań. "
        "Since October he has a Monday coffee with Sanne at shift handover, at the suggestion of ops manager Ruud. Sanne is respected, "
        "hates empty kilometres, and keeps postponing the training on the new TMS route optimizer she promised him. She got his Christmas "
        "leave (23 Dec-3 Jan) approved; he covered a Saturday night for her and built her a peak-week slot overview. The delicate part: "
        "driver Marius told him night dispatch said 'if you're late, use the other card'; Darek checked the tachograph download and saw two "
        "driver cards on truck 47 on the night of 21 October while Marius drove alone. It has happened again. Darek doesn't know if Sanne, "
        "who plans nights, is involved or if Ruud is pushing it, and fears accusing her. Privately he interviewed for a lower-paid job near "
        "home in Swarzędz and must decide by 15 December; he does not want Sanne to know yet.",
        logged=(
            Logged(
                N,
                "1st monday coffee w Sanne after Ruud said 'learn from her'. she knows every klant by heart. ok respect",
                52,
            ),
            Logged(
                P,
                "Sanne: no empty km. 'een lege vrachtwagen is geld verbranden' she says every day lol",
                52,
            ),
            Logged(
                A, "asked her to show me the route optimizer in the new TMS. 'na de piek' 🙄", 45
            ),
            Logged(
                G,
                "doing her sat night shift tonight so she can go to her sons concert in Eindhoven",
                40,
            ),
            Logged(
                W,
                "Aldi Roermond slot chaos fixed myself, 6 trucks rebooked in 1 hr. Ruud: 'goed gedaan Darek'. first time ever",
                35,
            ),
            Logged(
                N,
                "Marius (driver) told me in kantine: night dispatch said 'if youre late just use the other card'. other card = his brother in law. kurde. not my shift but",
                28,
            ),
            Logged(
                N,
                "checked tacho download. truck 47, 21 okt night: 2 cards, Marius + other, but Marius alone in cab, i saw him leave. not good",
                25,
            ),
            Logged(
                N,
                "told Sanne nothing. she plans nights, maybe she knows? maybe its Ruud pushing. dont want to accuse her",
                21,
            ),
            Logged(
                A,
                "asked Sanne to push my leave 23 dec - 3 jan w Ruud, shes on the planning for holidays",
                17,
                DONE,
            ),
            Logged(
                N,
                "Kasia on phone crying, Zosia bad marks, 'papa nigdy nie ma'. 😞 video interview w the firm in Swarzędz fri",
                14,
            ),
            Logged(N, "interview ok. less money but home every night. decide by 15 dec", 11),
            Logged(W, "leave approved 23/12-3/1!! dank je Sanne", 10),
            Logged(
                N, "Marius again, this week same thing. hes scared to say no, has loan on car", 7
            ),
            Logged(
                G,
                "made Sanne excel for peak week slot plan, all DCs one view. 'handig!' shell use it for nights",
                5,
            ),
            Logged(F, "optimizer training b4 peak — she keeps postponing", 3),
            Logged(
                AG,
                "the 2 card thing. how to ask w/o accusing. 'have u heard drivers say...'? she will know if its Ruud",
                2,
            ),
            Logged(AG, "optimizer training — fixed date pls, even 1 hr", 1),
            Logged(
                AG, "tell her about Swarzędz?? nie. not yet. she tells Ruud everything. skip", 0.5
            ),
        ),
        tz="Europe/Amsterdam",
    ),
    Persona(
        "BU_lan_extension_technician_can_tho",
        "Lan",
        "Field technician at a public agricultural extension station (trạm khuyến nông), Mekong Delta, Cần Thơ, Vietnam",
        "được học thạc sĩ với thầy Phúc, có học bổng",
        "thầy Phúc",
        "Prof. Trần Văn Phúc, agronomy professor at Cần Thơ University leading the salt-tolerant rice trial Lan's station collaborates on; not her boss",
        Role.OTHER,
        monthly(1, 1),
        time(14, 0),
        "Nguyễn Thị Lan, 27, collects salinity readings and yield data on trial plots run with farmer households for Prof. Phúc's project. "
        "After she asked whether he would supervise a master's in 2027, he agreed to a monthly meeting at his office, the first on Tuesday "
        "1 December. His priority is clean, honest data. She needs two recommendation letters and IELTS 5.5 for a scholarship due 15 January "
        "(her mock just reached 5.5). The delicate part: at harvest, farmer chú Sáu on plot 3 claimed 7.2 t/ha while her sample cuts showed "
        "about 5.8; he asked her to write 7 so he would get seed support, and her station chief anh Hùng agreed. She kept the true figure and "
        "weigh slips and sent 5.8 to Prof. Phúc, but anh Hùng changed the district report to 7.0 himself. Two reports now disagree and she "
        "fears being blamed or harming anh Hùng. Privately her mother is pressing her to marry and stop studying. She recently translated a "
        "farmer questionnaire for the professor's Australian partners.",
        logged=(
            Logged(
                N,
                "gặp thầy Phúc lần đầu ở hội thảo lúa chịu mặn. thầy hỏi em đo EC ntn, em trả lời lắp bắp 😅 mà thầy nói 'em hỏi hay đó'",
                58,
            ),
            Logged(
                G,
                "gửi thầy file số liệu độ mặn 3 điểm đo (kênh + ruộng 1, 2) tháng 9, excel + ảnh máy đo",
                51,
            ),
            Logged(P, "thầy: số liệu phải SẠCH. 'sai một con số là hỏng cả vụ'. nhắc 2 lần", 50),
            Logged(W, "thầy nhắn zalo: 'số liệu em tốt, gọn' 🥹 chụp màn hình gửi mẹ", 44),
            Logged(
                A,
                "hỏi thầy có nhận hướng dẫn thạc sĩ 2027 ko. thầy bảo gặp nói chuyện đàng hoàng → hẹn gặp mỗi tháng 1 lần từ tháng 12!!",
                37,
            ),
            Logged(
                N,
                "thu hoạch ruộng 3 (nhà chú Sáu). chú báo 7.2 tấn/ha, em cắt mẫu 3 ô chỉ ra ~5.8. chú nói 'ghi 7 đi con cho đẹp, năm sau được hỗ trợ giống'. hic",
                30,
            ),
            Logged(
                N,
                "anh Hùng cũng bảo ghi theo số chú Sáu, báo cáo huyện cần số đẹp. em chưa ghi gì hết",
                29,
            ),
            Logged(F, "ghi số thật vào sổ gốc (5.8), chụp phiếu cân, giữ lại", 26, DONE),
            Logged(
                N,
                "mẹ gọi: 'con gái học chi nhiều, 27 tuổi rồi'. anh Tuấn bên xã hỏi cưới... em chưa muốn 😣",
                21,
            ),
            Logged(
                F,
                "học bổng: hạn nộp 15/1/2027. cần 2 thư giới thiệu + IELTS 5.5 (em mới 5.0 hic)",
                16,
            ),
            Logged(
                G,
                "dịch bảng hỏi nông hộ sang tiếng Anh cho nhóm đối tác Úc của thầy, 4 trang. thầy cảm ơn",
                14,
            ),
            Logged(
                N,
                "báo cáo gửi huyện: anh Hùng tự sửa ruộng 3 thành 7.0, ko hỏi em. file gửi thầy em để 5.8 thật. 2 số khác nhau trời ơi",
                10,
            ),
            Logged(N, "thầy chưa hỏi gì. nếu thầy so 2 báo cáo thì sao. em có bị liên lụy ko", 8),
            Logged(W, "IELTS mock 5.5!! reading lên nhiều", 5),
            Logged(
                AG,
                "buổi đầu: hỏi thẳng thầy về thư giới thiệu + hướng đề tài (xâm nhập mặn & giống lúa?)",
                3,
            ),
            Logged(
                AG,
                "chuyện số liệu ruộng 3. nói với thầy trước khi thầy tự phát hiện? nói sao cho ko hại anh Hùng",
                2,
            ),
            Logged(AG, "lịch đo mùa khô: thầy muốn đo EC mấy lần/tuần từ tháng 1", 1),
            Logged(N, "in sổ gốc + phiếu cân mang theo. just in case", 0.3),
        ),
        tz="Asia/Ho_Chi_Minh",
        first=True,
    ),
)
