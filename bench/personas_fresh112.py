# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DI), rated in round 62 at this stop's end (`bench/reviews/round62_*`); none of their cards differed from the stop's start."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, monthly, weekly

from coaching.model import Role

FRESH112 = (
    Persona(
        "DI_catalina_geologist_antofagasta",
        "Catalina",
        "geóloga de producción, mina de cobre rajo abierto",
        "pasar a geóloga senior y sacar la Persona Competente antes del 2028",
        "Rodrigo",
        "jefe de geología mina, mi jefe directo",
        Role.MANAGER,
        weekly(1),
        time(8, 0),
        "Catalina Rojas, 31, is a production geologist at an open-pit copper mine in the Antofagasta "
        "region of Chile; she lives in Antofagasta and buses up to site on a 7x7 roster. Rodrigo, the "
        "mine geology chief, is her line manager; they have a weekly 1:1 on Tuesdays at 08:00 (in person "
        "on site, or on Teams when she is off-roster). The next one is Tuesday 1 December at 08:00. She "
        "writes her notes in Chilean Spanish. Things are going well for her overall: the phase-5 drilling "
        "campaign was logged a week early, and her Python reconciliation sheet cut the model-vs-plant grade "
        "gap from 8% to about 3% for Q3. Rodrigo presented the sheet to the superintendent. The delicate "
        "matter is safety. On 14 November she saw tension cracks at the crest of bench 2790 on the north "
        "wall of phase 4 while mapping, and radioed Fran in geotechnics. Fran says the radar shows about "
        "2 mm/day and rising but still below the alert threshold. The operations superintendent (Muñoz) "
        "won't close the ramp before month-end because of tonnage. At their 1:1 on 24 November Rodrigo "
        "asked her to take the cracks out of the weekly report 'so as not to alarm anyone, geotech is on "
        "it'. She is uneasy, doesn't want to burn her boss, and doesn't know whether or how to escalate "
        "(a joint inspection, putting it in writing, the formal hazard-report channel). Open threads: the "
        "advanced Leapfrog course in Santiago in January (she asked on 27 Oct, he's checking the 2027 "
        "budget, and enrolment closes 15 Dec). She owes him the October reconciliation by Friday 27 Nov. "
        "She also owes her review of the bench 2840 dilution report, which she promised for Monday 23 Nov "
        "and is now late. Her performance review still has no date. His priorities are reconciliation, "
        "keeping shovel 3 running, and hitting the committed tonnage for the year. From this 1:1 she needs "
        "a way to raise the wall firmly but without a fight, a decision on the course, and a review date.",
        logged=(
            Logged(
                A,
                "le pedí a Rodrigo q me saque del turno noche mientras dure el logueo de F5 — ok ✅",
                85,
                DONE,
            ),
            Logged(
                W,
                "campaña sondajes F5 logueada completa, 1 semana antes de lo planificado 💪 Rodrigo lo dijo en la reunión de área",
                74,
            ),
            Logged(
                P,
                "Rodrigo: este trimestre lo único q importa es la reconciliación modelo-planta y q no pare la pala 3",
                64.6,
            ),
            Logged(
                G,
                "armé la planilla de reconciliación en python pa todo el equipo, Rodrigo la presentó al super",
                40,
            ),
            Logged(W, "reconciliación Q3: dif ley modelo vs planta bajó de 8% a 3,1% 🎉", 36),
            Logged(
                A,
                "pedí el curso Leapfrog avanzado en Stgo (enero). dijo q lo ve con presupuesto 2027",
                29.6,
            ),
            Logged(
                G, "le cubrí el turno a Pablo (hija enferma) pa q no se atrasara el mapeo de F4", 19
            ),
            Logged(
                N,
                "grietas de tracción en la cresta banco 2790, talud norte F4. las vi hoy en el mapeo, avisé x radio a Fran (geotecnia)",
                11.6,
            ),
            Logged(
                F,
                "revisar informe de dilución banco 2840 q me pasó Rodrigo, le dije q pal lunes",
                8.6,
            ),
            Logged(
                N,
                "Fran dice q el radar marca ~2 mm/día y acelerando pero 'todavía bajo umbral'. Muñoz no quiere cerrar la rampa hasta fin de mes x el tonelaje 😬",
                7.5,
            ),
            Logged(
                N,
                "en la 1:1 Rodrigo me pidió sacar lo de las grietas del informe semanal 'pa no alarmar, geotecnia ya está en eso'. no me gustó nada",
                1.6,
            ),
            Logged(
                P,
                "Rodrigo: cerrar el año con el tonelaje comprometido sí o sí, el gerente está encima",
                1.6,
            ),
            Logged(F, "mandarle la reconciliación de octubre antes del viernes", 1.6),
            Logged(AG, "eval de desempeño — todavía no tengo fecha", 1),
            Logged(
                AG,
                "talud F4: pedir inspección conjunta con geotecnia y q quede x escrito. si no, ¿a quién escalo?",
                0.5,
            ),
            Logged(AG, "Leapfrog: necesito sí o no antes del 15 dic (cierran inscripciones)", 0.4),
        ),
        tz="America/Santiago",
    ),
    Persona(
        "DI_thu_qc_haiphong",
        "Thu",
        "trưởng nhóm QC, nhà máy giày xuất khẩu",
        "lên trưởng phòng QA trong 2-3 năm",
        "chị Hạnh",
        "giám đốc nhà máy, sếp của sếp em",
        Role.SKIP,
        monthly(1, 2),
        time(14, 0),
        "Nguyễn Thị Thu, 29, leads a QC team of eight at a footwear factory near Hải Phòng, Vietnam, that "
        "makes shoes for a European sports brand. Her direct boss is anh Quang, the QA manager. Chị Hạnh, "
        "the plant director, is her skip-level; they meet monthly on the first Wednesday at 14:00, so the "
        "next one is Wednesday 2 December at 14:00. She writes her notes in Vietnamese, the way she texts "
        "(c/a/e, ko, sx, ng). The relationship is good: Hạnh approved a second bond tester for the QC lab "
        "in September, and used Thu's defect Pareto slides word for word in a customer meeting. Line 5's "
        "defect rate went from 4.2% to 2.1%, and October shipped with zero claims. Hạnh's priorities are "
        "no customer claims this year and passing the customer's social/quality audit on 9 December. The "
        "delicate matter is how workers on line 3 are treated. On the evening of 13 Nov Thu found about "
        "40 people still working at 19:00 although their cards were swiped out at 17:00, which is "
        "unrecorded overtime right before the audit. On 18 Nov the line leader, anh Tuấn, shouted at Linh, "
        "a worker five months pregnant, in front of the whole line, and she later fainted. When Thu told "
        "Quang, he said production is not her business. Tuấn is Quang's brother-in-law. Raising it with "
        "Hạnh means going over her own boss's head, and if auditors interview line-3 workers it may come "
        "out anyway. Open threads: she asked on 7 Oct to attend an ISO 9001 internal-auditor course in "
        "January, and Hạnh is still checking the budget. She owes Hạnh the 8D report on the sole-separation "
        "lot by Friday 27 Nov, and she owes the audit checklist draft (promised on 4 Nov, not yet logged "
        "as sent). She needs help raising line 3 safely and constructively, plus answers on the course.",
        logged=(
            Logged(
                A,
                "xin c Hạnh mua thêm 1 máy test độ bám dính đế cho phòng QC — c duyệt rồi ✅",
                84.9,
                DONE,
            ),
            Logged(
                P,
                "c Hạnh: năm nay số 1 là ko để khách claim, số 2 là qua audit khách tháng 12",
                84.9,
            ),
            Logged(
                W, "tỉ lệ lỗi chuyền 5 giảm từ 4,2% xuống 2,1% sau khi đổi cách quét keo 🎉", 58
            ),
            Logged(G, "làm bảng Pareto lỗi cho c Hạnh họp vs khách, c dùng nguyên slide của e", 52),
            Logged(
                A,
                "xin đi khóa đánh giá viên nội bộ ISO 9001 (tháng 1/2027), c bảo để c xem ngân sách",
                49.8,
            ),
            Logged(W, "đơn tháng 10 xuất đủ, 0 claim 👍", 27),
            Logged(P, "c Hạnh: audit khách chốt ngày 9/12, muốn phòng QC lo checklist", 21.9),
            Logged(F, "gửi c Hạnh bản nháp checklist audit 9/12", 21.9),
            Logged(
                N,
                "tối nay 19h đi kiểm hàng chuyền 3 vẫn còn ~40 ng làm, mà thẻ quẹt ra hết lúc 17h. hỏi thì bảo 'a Tuấn dặn'",
                12.75,
            ),
            Logged(G, "ở lại tối CN soạn lại hướng dẫn kiểm tra cho 3 bạn QC mới", 11),
            Logged(
                N,
                "a Tuấn quát e Linh (bầu tháng thứ 5) trước cả chuyền vì chậm, lát sau e ấy xỉu 😢 phải đưa lên phòng y tế",
                7.75,
            ),
            Logged(
                N,
                "nói vs a Quang thì a bảo 'chuyện sx e đừng xen vào'. a Tuấn là em vợ a Quang...",
                6,
            ),
            Logged(F, "báo cáo 8D lô bong keo PO 2611 gửi c Hạnh trước thứ 6", 3),
            Logged(AG, "khóa ISO tháng 1 — c duyệt chưa?", 2),
            Logged(
                AG,
                "chuyền 3: tăng ca ko chấm công + chuyện e Linh. nói sao để ko bị coi là vượt mặt a Quang?",
                1,
            ),
            Logged(AG, "audit 9/12 — nếu auditor pv công nhân chuyền 3 thì sao??", 0.2),
        ),
        tz="Asia/Ho_Chi_Minh",
    ),
    Persona(
        "DI_gareth_wateroperator_winnipeg",
        "Gareth",
        "water treatment plant operator (Class II), City of Winnipeg",
        "Class III ticket then shift supervisor",
        "Lorraine",
        "mentor, retired chief operator (MWWA mentorship program)",
        Role.MENTOR,
        monthly(-1, 0),
        time(17, 30),
        "Gareth Flett, 34, is a Class II operator at Winnipeg's water treatment plant on a rotating "
        "day/night schedule. Lorraine is a retired chief operator who mentors him through the provincial "
        "water association's mentorship program. She also teaches an evening course at Red River College. "
        "They meet monthly on the last Monday at 17:30, usually over coffee, so the next one is Monday 30 "
        "November at 17:30. Notes are in English, often typed at 2-3 a.m. on night shift. Wins: in "
        "September he caught a turbidity spike on filter 4 and took it offline before breakthrough, and "
        "his supervisor Dale said he'd mention it at the safety meeting. His Class II renewal CEUs are done. He gave "
        "a guest talk on the UV system to Lorraine's class. Lorraine's asks of him: stop collecting tickets "
        "and learn to talk to the people who sign budgets. She now mentors two others and wants him to "
        "bring one real question each time, not a status update. The delicate matter is health. On the "
        "night of 26 September he had a first seizure at home. On 6 October a neurologist said 'likely "
        "epilepsy' and started him on Keppra, and he can't drive until about 26 December. He told Dale it "
        "was car trouble, and a co-worker, Priya, drives him in. The January rota, posted around 21 Nov, "
        "puts him on nights in weeks 2 and 4, and sleep deprivation is his main trigger. He works around "
        "chlorine systems and fears that disclosure will hurt his shot at the shift-supervisor posting, "
        "which opened on 17 Nov and closes on 11 Dec. Lorraine agreed on 28 Sep to be a reference but wants "
        "his resume first, and he still hasn't sent it. His Class III exam is on 17 February. He wants "
        "advice on whether, when and how to tell Dale and HR, whether to ask for fixed days as an "
        "accommodation, whether to postpone the exam, and how to get the reference done in time.",
        logged=(
            Logged(
                A,
                "asked Lorraine for her old Class III study binder — she dropped it off 👍",
                86.35,
                DONE,
            ),
            Logged(
                P,
                "L: stop collecting tickets, learn to talk to the ppl who sign budgets (council, mgmt)",
                86.35,
            ),
            Logged(
                W,
                "caught turbidity spike on filter 4 ~3am, pulled it offline before breakthrough. Dale says he'll mention it at safety mtg",
                75,
            ),
            Logged(
                N,
                "had a seizure last night at home. ER, CT clear. first one ever. scared tbh",
                59.7,
            ),
            Logged(
                A,
                "asked L if she'd be a reference for the shift supervisor posting when it opens — yes but wants to see my resume first",
                58.35,
            ),
            Logged(
                N,
                "neuro: 'likely epilepsy', keppra 500 2x/day. no driving 3 months from the seizure so til ~Dec 26",
                50.4,
            ),
            Logged(
                N, "told Dale it's car trouble 🙄 Priya driving me in for now, owe her gas $", 49.4
            ),
            Logged(
                G,
                "did the guest talk on our UV system for Lorraine's evening class at RRC. went ok, 2 students asked about co-op",
                37.3,
            ),
            Logged(
                P,
                "L is mentoring 2 others now, wants me to come w/ ONE real question each time not a status update",
                30.35,
            ),
            Logged(F, "send L updated resume before the supervisor posting closes", 30.35),
            Logged(W, "Class II renewal CEUs all in ✅", 20),
            Logged(N, "supervisor posting is up, closes Dec 11", 8.3),
            Logged(
                N,
                "Jan rota posted - me on nights wks 2 and 4. neuro said lack of sleep = #1 trigger. crap",
                4.3,
            ),
            Logged(
                AG,
                "how/when do I tell Dale + HR about the epilepsy? ask for fixed days as accommodation? will it kill my supervisor app?",
                1.3,
            ),
            Logged(AG, "Class III exam Feb 17 — postpone or push through?", 1.3),
            Logged(AG, "reference + resume (still haven't sent it 😬)", 0.3),
        ),
        tz="America/Winnipeg",
    ),
    Persona(
        "DI_salma_creditanalyst_casablanca",
        "Salma",
        "analyste crédit senior, marché des entreprises (banque)",
        "devenir chef de pôle PME d'ici 2027",
        "M. Bennani",
        "directeur régional entreprises Grand Casablanca, mon sponsor",
        Role.SPONSOR,
        monthly(1, 3),
        time(10, 0),
        "Salma Idrissi, 33, is a senior credit analyst in the corporate/SME division of a Moroccan bank in "
        "Casablanca. Her line manager is Karim, head of the SME desk (chef de pôle). Hicham Bennani, the "
        "regional corporate director two levels up, is her sponsor; they meet monthly on the first "
        "Thursday at 10:00, so the next one is Thursday 3 December at 10:00. She writes in French with bits "
        "of Darija. Bennani has backed her openly: he approved a structured-finance course, praised her in "
        "committee when the Amal Textile restructuring went through with no provision, and told her the DG "
        "quoted her construction-sector note (which she wrote for his presentation) at the executive "
        "committee. His priorities for 2027 are SME export growth and cutting non-performing loans, and he "
        "wants people who talk to clients, 'not just Excel'. On 1 Oct she asked to present files over 20 "
        "MDH at the credit committee as rapporteur. His answer was 'we'll see in January'. The delicate "
        "matter: on 5 Nov Bennani told her 'the desk will move next year, be ready'. Then on 10 Nov Karim, "
        "who trained her and whom she likes, told her over coffee that he is leaving for another bank at "
        "the end of January and asked her to keep it to herself. She doesn't know whether Bennani knows, "
        "and she must not betray Karim while still positioning herself for the desk. Her peer Yassine is "
        "also after the job and lunches with Bennani most weeks. She also wants to know what pay to ask for "
        "if she gets it. She owes Bennani the SME watchlist (at-risk files) by Tuesday 1 Dec and two intern "
        "candidates for February. From this 1:1 she needs a way to talk about 'what's next' that is honest "
        "without breaking a confidence, a push on the rapporteur role, and a sense of how to handle Yassine.",
        logged=(
            Logged(
                A,
                "demandé à M. Bennani la formation financement structuré / restructuration — validé ✅",
                83.8,
                DONE,
            ),
            Logged(
                P,
                "Bennani: 2027 = PME export + faire baisser les créances en souffrance. 'je veux des gens qui parlent aux clients, pas que des Excel'",
                83.8,
            ),
            Logged(
                G,
                "lui ai préparé la note sectorielle BTP pour sa présentation au DG, 3 nuits dessus 😅",
                62,
            ),
            Logged(
                A,
                "demandé à être rapporteur au comité de crédit pour les dossiers > 20 MDH. réponse: 'on verra en janvier'",
                55.8,
            ),
            Logged(W, "note BTP citée par le DG en CODIR (dixit Bennani) 🙏", 55.8),
            Logged(
                W,
                "dossier restructuration Amal Textile validé en comité sans provision 🙌 Bennani m'a félicitée devant tout le monde",
                45,
            ),
            Logged(G, "repris 4 dossiers de Karim pendant son congé, zéro retard", 31),
            Logged(
                P, "Bennani à la fin: 'le pôle va bouger l'an prochain, tiens-toi prête' 🤔", 20.8
            ),
            Logged(
                F, "envoyer à Bennani la watchlist PME (dossiers à risque) avant le 1er déc", 20.8
            ),
            Logged(F, "lui proposer 2 profils pour les stagiaires de février", 20.8),
            Logged(
                N,
                "Karim m'a dit au café qu'il part fin janvier dans une autre banque. il m'a demandé de garder ça pour moi. wallah je sais pas quoi faire",
                16,
            ),
            Logged(N, "donc Bennani sait?? ou pas? si je dis un mot je grille Karim", 15),
            Logged(
                N,
                "Yassine vise le poste aussi, il déjeune avec Bennani presque chaque semaine. bon.",
                9,
            ),
            Logged(AG, "rapporteur comité de crédit — relancer, janvier c'est demain", 2),
            Logged(AG, "comment parler de 'la suite' sans trahir Karim", 1),
            Logged(
                AG, "salaire: si je prends le pôle je demande combien? checker la grille avant", 0.5
            ),
        ),
        tz="Africa/Casablanca",
    ),
    Persona(
        "DI_aroha_ferrymaster_auckland",
        "Aroha",
        "ferry master, Auckland harbour ferries",
        "Master <3000GT ticket and my own boat on the Waiheke cats",
        "Dave",
        "marine ops manager, my boss",
        Role.MANAGER,
        weekly(0),
        time(13, 30),
        "Aroha Ngata, 38, is a ferry master on Auckland's inner-harbour runs (Devonport and similar) for a "
        "commuter ferry operator. She is working toward her Master <3000GT and wants command of the larger "
        "Waiheke catamarans. Dave, the marine operations manager, is her line manager; they have a weekly "
        "1:1 on Mondays at 13:30 between runs, so the next one is Monday 30 November at 13:30. Notes are in "
        "Kiwi English with some te reo. She is reliable and well regarded. Her boat had zero findings on a "
        "Maritime NZ spot check. She trained two new deckhands so Dave didn't have to pull a senior master, "
        "covered a 6 a.m. Sunday run for a sick colleague, and passed her ECDIS refresher. Dave's "
        "priorities: the summer timetable starts 13 December with zero crewing cancellations, and he has "
        "lost four deckhands this year. The key open ask: on 19 Oct she asked Dave to sign off her sea time "
        "on the big cats, and he said he'd 'talk to Hemi' but it is still unsigned. She owes him a scan of "
        "her sea-time log and a near-miss report (a kayaker at Queens Wharf) by Friday 27 Nov. The delicate "
        "matter: on 13 Nov a Wellington operator offered her a mate's job on the Cook Strait, about $18k "
        "more and a better roster, and wants an answer by 11 December. She hasn't told Dave and doesn't "
        "want to look like she's holding a gun to his head. On 23 Nov Dave mentioned that Hemi might retire "
        "mid-2027, so there 'could be' a master slot on the Waiheke cats, no promises. Her family is split: "
        "mum says go, nan says stay, and her son Tama would change schools. She already has 24-26 Dec off "
        "to go home to Rotorua. She needs a clear answer on the sea-time sign-off, a fair summer roster, and "
        "help deciding whether and how to raise the offer before 11 December.",
        logged=(
            Logged(
                A,
                "asked Dave for Xmas 24-26 off to get home to Rotorua for whānau — sweet, approved ✅",
                66,
                DONE,
            ),
            Logged(
                W, "Maritime NZ spot check on my boat, MOB drill, zero findings. ka pai team 💪", 52
            ),
            Logged(
                G,
                "trained the 2 new deckies on MOB + mooring lines so Dave didn't have to pull Hemi off the Waiheke run",
                45,
            ),
            Logged(
                A,
                "asked Dave to sign off my sea time on the big cats for the Master <3000 — 'leave it with me, need to talk to Hemi'",
                38,
            ),
            Logged(W, "ECDIS refresher passed ✅", 29),
            Logged(
                P,
                "Dave: summer timetable starts 13 Dec, wants zero cancellations from crewing. we've lost 4 deckies this yr",
                24,
            ),
            Logged(G, "covered the 6am Devonport Sun, Mike was crook", 18),
            Logged(
                N,
                "Welly ferry crowd rang back — mate on the Cook Strait run, ~18k more + proper roster. want an answer by 11 Dec 😳",
                13,
            ),
            Logged(
                N,
                "haven't told Dave. don't wanna look like I'm holding a gun to his head. if he'd just sign my sea time tho...",
                10,
            ),
            Logged(F, "scan + send Dave my sea time log", 10),
            Logged(N, "Mum says go, Nan says stay lol. Tama would have to change kura", 6),
            Logged(
                P,
                "Dave: Hemi might retire mid-2027, 'could be a master slot on the Waiheke cats, no promises'",
                3,
            ),
            Logged(F, "near-miss report for the kayaker at Queens Wharf — owe Dave by Fri", 3),
            Logged(AG, "summer roster — not doing 6 days straight again", 2),
            Logged(AG, "sea time sign-off — need an actual yes/no this time", 1),
            Logged(AG, "the Welly offer. tell him or not?? if yes, before 11 Dec", 0.4),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "DI_lukas_labtech_leipzig",
        "Lukas",
        "MTL in der Mikrobiologie, Uniklinik",
        "Fachweiterbildung Hygiene, später QM-Beauftragter",
        "Steffi",
        "Schichtleitung Spätschicht, Kollegin auf gleicher Ebene",
        Role.PEER,
        weekly(4),
        time(13, 30),
        "Lukas Brandt, 36, is a medical lab technologist (MTL) who leads the early shift in the "
        "microbiology lab of a university hospital in Leipzig. Steffi leads the late shift; they are peers "
        "under the same lab manager and hold a weekly handover jour fixe on Fridays at 13:30. The next one "
        "is tomorrow, Friday 27 November at 13:30. He writes in German. They work well together. At his "
        "request her shift now cleans the MALDI target in the evening. He wrote the SOP for the new "
        "blood-culture analyser for both shifts, and covered two of her late shifts in October when her "
        "child was ill. The lab passed the INSTAND proficiency test 8/8, and Gram-stain turnaround on blood "
        "cultures is down to 52 minutes. Steffi's priorities: the DAkkS accreditation visit in February "
        "(documentation gaps), having both shifts' documentation done by mid-January, and less overtime on "
        "her shift. Open: on 20 Nov he asked her to swap Saturday duty on 19 Dec, and she has to check with "
        "her partner Ben. He owes her the onboarding plan for the new trainee Marie by this Friday and the "
        "January rota as Excel (promised 13 Nov). The delicate matter is pay grade. In early November a "
        "colleague, Jana, told him unofficially that Steffi has been on TV-L E9b since 2024 after applying "
        "for regrading, while he is on E9a doing the same work. The staff council told him regrading depends "
        "on the share of 'difficult tasks', and back pay is only possible for six months (Ausschlussfrist). "
        "He'd need Steffi's help to describe his duties, but doesn't want to seem envious, expose Jana, or "
        "strain a good working relationship. From this jour fixe he needs the swap, the trainee plan agreed, "
        "and a tactful way to ask about the regrading, or advice on not raising it with her at all.",
        logged=(
            Logged(
                A,
                "Steffi gebeten, dass ihre Spätschicht abends den MALDI-Target reinigt — klappt inzwischen ✅",
                80,
                DONE,
            ),
            Logged(
                G,
                "SOP für den neuen Blutkulturautomaten geschrieben, an ihre Schicht mitgegeben",
                63,
            ),
            Logged(
                P,
                "Steffi: DAkkS-Begehung im Feb, ihr Thema sind Doku-Lücken. und weniger Überstunden in der Spätschicht",
                54.8,
            ),
            Logged(G, "2 Spätdienste für Steffi übernommen (Kind krank)", 44),
            Logged(W, "INSTAND Ringversuch Bakteriologie 8/8 richtig 🎉", 31),
            Logged(
                N,
                "von Jana gehört: Steffi ist seit 2024 in E9b, hat wohl nen Antrag gestellt. gleiche Aufgaben wie ich... 🙈 nicht offiziell",
                19,
            ),
            Logged(
                N,
                "Personalrat-Sprechstunde: 9a vs 9b hängt am Anteil 'schwierige Tätigkeiten'. rückwirkend nur 6 Monate (Ausschlussfrist)",
                15,
            ),
            Logged(F, "Dienstplan Jan als Excel an Steffi", 12.8),
            Logged(
                P,
                "Steffi: will dass wir beide die Doku für die Begehung bis Mitte Jan durch haben",
                12.8,
            ),
            Logged(W, "Gramfärbung Blutkulturen: TAT jetzt im Schnitt 52 min (Ziel <60) 💪", 12),
            Logged(
                A, "Steffi gefragt ob sie mit mir den Sa 19.12. tauscht — 'muss mit Ben reden'", 5.8
            ),
            Logged(F, "Einarbeitungsplan für Azubi Marie an Steffi bis nächsten Fr", 5.8),
            Logged(
                N,
                "will nicht neidisch rüberkommen. Steffi ist echt ok. bräuchte sie aber für die Tätigkeitsdarstellung, sie kennt meine Aufgaben",
                4,
            ),
            Logged(AG, "Tausch Sa 19.12. — was sagt Ben?", 1),
            Logged(AG, "Marie Einarbeitung: wer macht Woche 1?", 0.5),
            Logged(AG, "Eingruppierung ansprechen?? wenn ja wie, ohne Jana reinzuziehen", 0.3),
        ),
        tz="Europe/Berlin",
    ),
)
