# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 33 (set BB)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH53 = (
    Persona(
        "BB_wanjiru_maternity_nakuru",
        "Wanjiru",
        "Nursing Officer in charge of night shift, maternity unit, county referral hospital, Nakuru, Kenya",
        "finish the BSc nursing upgrade and be in-charge of the whole maternity unit by 2028",
        "Achieng",
        "Matron / Deputy Chief Nurse, her line manager",
        Role.MANAGER,
        biweekly(1),
        time(7, 30),
        "Wanjiru leads the maternity night shift (six nurses plus a rotating clinical officer) at a busy county hospital. "
        "A locum clinical officer, Kiprono, has twice arrived on duty apparently under the influence and was slow to attend a postpartum haemorrhage on 21 Nov; she has notes but has not reported it formally and is unsure of the channel. "
        "The county quality audit is on 10 Dec and the matron wants partograph completion above 90%; the December night roster is due 30 Nov with two nurses on leave 18 Dec-2 Jan. "
        "She has an open request for study leave and fee support for her BSc bridging exams; exam registration closes 12 Dec and KES 68,500 in fees is due 15 Jan.",
        logged=(
            Logged(
                P,
                "Achieng: partograph completion >90% b4 the county quality audit 10th dec. she said it twice",
                68,
            ),
            Logged(A, "asked for a 2nd nurse on nights when labour ward >8 mothers", 95, DONE),
            Logged(
                A,
                "asked for 2 wks study leave in jan for BSc bridging exams + can hospital cover part of fees",
                55,
            ),
            Logged(
                G,
                "covered Achieng's slot presenting the unit to the CEC health visit, she was at KMTC graduation",
                47,
            ),
            Logged(
                P,
                "matron wants zero unreported incidents this qtr - 'if it's not in the book it didnt happen'",
                40,
            ),
            Logged(
                W,
                "twins 3am, mum had PPH, we managed it on the ward no transfer. Achieng said pongezi in the whatsapp grp",
                33,
            ),
            Logged(W, "partograph compliance nights 64% -> 86% in Oct after the sticker thing", 24),
            Logged(N, "BSc 2nd sem fees KES 68,500 due 15 jan. sacco loan if hosp says no", 20),
            Logged(
                N, "Otieno asked again to swap to days, his wife due in Jan. told him i'd try", 15
            ),
            Logged(F, "ask Achieng if Otieno can move to days from mid jan", 15),
            Logged(
                N,
                "Kiprono (locum CO) came 40 min late on 14/11, smelled of alcohol i think. Nafula noticed too. nobody said anything that night",
                12,
            ),
            Logged(
                F,
                "dec night roster to Achieng by 30th - Chebet + Otieno on leave 18th to 2nd jan",
                9,
            ),
            Logged(F, "show Nafula the new CTG machine on wed night like i promised", 6, DONE),
            Logged(
                N,
                "again sat night 21st - slow to come for mama in bed 4 bleeding, had to call Dr Mwangi on call. mama n baby ok thank God",
                5,
            ),
            Logged(
                F,
                "write it up properly (dates, times, who was there) b4 i talk to Achieng. ask Nafula if she will sign",
                4,
            ),
            Logged(F, "send partograph numbers for Nov by fri", 3),
            Logged(
                AG,
                "Kiprono - how to report without it being my word vs his. incident form or straight to MS/HR?",
                2,
            ),
            Logged(AG, "study leave + fees - need answer b4 exam registration closes 12 dec", 2),
            Logged(AG, "dec roster gap nights 24-26th", 1),
        ),
    ),
    Persona(
        "BB_rafiq_knitwear_gazipur",
        "Rafiq",
        "Quality Assurance Manager, knitwear export factory (~2,400 workers), Gazipur, Bangladesh",
        "move up to factory compliance head, maybe group level, in 3 yrs",
        "Shahana",
        "General Manager (Operations), his skip-level; his direct boss is Kamal, the Production Manager",
        Role.SKIP,
        monthly(-1, 5),
        time(11, 0),
        "Rafiq runs QA for a knitwear factory in the middle of its biggest winter order (84,000 pieces for a Scandinavian buyer, Nordlys). "
        "Final inspection is 3 Dec with the buyer's QA, Ingrid, and the vessel cut-off at Chattogram is 8 Dec; a failed inspection means costly air freight. "
        "He wants Shahana to back a 12-tablet inline QC pilot (about 3.2 lakh taka), but his own boss Kamal is lukewarm and Rafiq does not want to go around him. "
        "He also promised a QC inspector, Mitu, he would push her for senior QC in the January increment review, and a social audit is due in early January.",
        logged=(
            Logged(A, "asked for 2 more QC inspectors for Nordlys peak", 80, DONE),
            Logged(
                P,
                "Shahana apa: Nordlys order 84k pcs must pass final insp first time. no re-insp, no air shipment this yr",
                75,
            ),
            Logged(
                G,
                "made the DHU dashboard excel for her MD meeting, she uses it every sunday now",
                58,
            ),
            Logged(P, "apa wants DHU below 3% all lines by dec, she reports it to MD weekly", 50),
            Logged(F, "told Mitu i'd recommend her for senior QC in Jan increment review", 35),
            Logged(
                W,
                "line 7 DHU 6.8% -> 3.1% in 3 wks after operator re-training with Kamal bhai's supervisors",
                30,
            ),
            Logged(
                A,
                "asked budget for 12 tablets for inline QC pilot (~3.2 lakh tk) - she said send proposal",
                26,
            ),
            Logged(
                N,
                "Kamal bhai not happy about tablet idea, thinks it slows the lines. need to bring him in, not go around him",
                22,
            ),
            Logged(
                F, "fix needle-detector log gaps line 3 (2 days missing in Oct) b4 social audit", 18
            ),
            Logged(
                N,
                "Sumon (line 3 QC) resigned, going to EPZ factory for 2k more. no replacement yet",
                16,
            ),
            Logged(F, "ask HR to post Sumon replacement this week", 16, DONE),
            Logged(F, "send tablet pilot proposal to apa with Kamal bhai's name on it too", 14),
            Logged(
                N,
                "buyer QA Ingrid coming for final 3 dec, wants measurement sheets in their template not ours",
                10,
            ),
            Logged(
                N,
                "ami nije 2 weekend kaj korlam, wife not happy. after shipment taking 2 days off",
                9,
            ),
            Logged(W, "Nordlys pre-final passed 19/11, only 2 minor (label position)", 7),
            Logged(
                F,
                "Mitu converting measurement sheets to Nordlys template - check her work b4 2nd dec",
                6,
            ),
            Logged(
                AG, "tablet pilot - can she back it in MD meeting, and how to handle Kamal bhai", 2
            ),
            Logged(AG, "Mitu promotion - raise early so it's in jan review", 2),
            Logged(AG, "final insp 3/12 plan, who is on floor that day", 1),
        ),
    ),
    Persona(
        "BB_yeny_mina_arequipa",
        "Yeny",
        "Night-shift mechanical maintenance supervisor, open-pit copper mine, Arequipa region, Peru",
        "salir del turno noche y llegar a planner de mantenimiento, después reliability engineer",
        "Hernán",
        "retired reliability engineer and ex-superintendent at another mine, her mentor through a women-in-mining programme",
        Role.MENTOR,
        monthly(-1, 0),
        time(19, 0),
        "Yeny supervises an 11-person night maintenance crew on the mine's haul trucks on a 14x7 roster; she goes on 7 days off in Juliaca from 29 Nov and will take the mentor call by video. "
        "She is finishing a root-cause analysis of repeated final-drive failures that she must present to superintendent Ruiz and the planning team on 15 Dec, her first presentation to management. "
        "An internal maintenance planner posting closes 4 Dec and asks for intermediate SAP PM, which she lacks; she has asked Hernán to review her CV and cover letter. "
        "She is also managing a technician, Wilber, who skips a lock-out verification step when rushed.",
        logged=(
            Logged(
                A,
                "le pedí contacto en el equipo de confiabilidad de otra mina para benchmark de análisis de aceite",
                70,
                DONE,
            ),
            Logged(
                P,
                "Hernán: quiere que termine el RCA de los mandos finales con datos, no opiniones. 'muéstrame el Weibull'",
                85,
            ),
            Logged(P, "he keeps saying aprende SAP PM bien, los planners viven ahí", 56),
            Logged(
                G,
                "le mandé los datos limpios de horas/fallas de los 797 para su charla en la UNSA",
                40,
            ),
            Logged(
                W,
                "camión 14 back in 9 hrs instead of 20 - cambio de mando final con el procedimiento nuevo",
                28,
            ),
            Logged(
                W,
                "0 incidentes en mi guardia 3 meses seguidos. Ruiz lo mencionó en la reunión de seguridad",
                19,
            ),
            Logged(
                N,
                "Ruiz wants the RCA presented 15/12 to him + planning. nervous, nunca he presentado a gerencia",
                17,
            ),
            Logged(
                N,
                "Wilber se salta la verificación LOTO cuando está apurado, ya hablé con él 2 veces",
                13,
            ),
            Logged(
                F,
                "prometí a Wilber recomendarlo para curso de hidráulica si cumple 1 mes sin observaciones",
                13,
            ),
            Logged(
                N,
                "convocatoria planner pide SAP PM intermedio, yo solo básico. curso online 6 semanas S/ 890",
                11,
            ),
            Logged(
                A,
                "le pedí que revise mi CV + carta para la convocatoria planner (cierra 4 dic)",
                10,
            ),
            Logged(F, "terminar Weibull con datos 2024-26 antes del 5 dic", 8),
            Logged(F, "inscribirme al curso SAP PM antes del 30/11", 5),
            Logged(
                N, "bajada de guardia 29/11, 7 días libres en Juliaca con mamá. call desde allá", 4
            ),
            Logged(F, "send Hernán the draft slides b4 our call", 3),
            Logged(AG, "CV y carta - ¿pongo el RCA aunque no esté terminado?", 1),
            Logged(AG, "how to present to Ruiz without it sounding like i blame the operators", 1),
        ),
    ),
    Persona(
        "BB_ioana_finance_iasi",
        "Ioana",
        "Senior Accountant (group reporting), regional logistics company, Iași, Romania",
        "financial controller by 2027, ideally still in Iași",
        "Mihai",
        "Group CFO, her sponsor in the company's high-potential programme (her line manager is Corina, the chief accountant)",
        Role.SPONSOR,
        monthly(1, 3),
        time(16, 0),
        "Ioana is preparing the group's move to a new ERP with cutover on 1 Jan 2027, plus year-end close; Mihai has hinted the financial controller role opens when Radu retires in March. "
        "A bank in Bucharest has offered her an FP&A lead role at about 35% more net pay, answer due 4 Dec, the day after this meeting; her mortgage rate resets upward in January. "
        "She and her partner Andrei do not want to leave Iași, and she has told neither Corina nor Mihai about the offer. "
        "She owes Mihai a cutover readiness checklist by Fri 27 Nov.",
        logged=(
            Logged(A, "asked for budget for ACCA exams", 110, DONE),
            Logged(P, "Mihai: ERP cutover 1 ian fara amanare. 'no parallel run past January'", 100),
            Logged(
                G,
                "built the intercompany reconciliation template for MD + BG entities, Mihai showed it at the board",
                75,
            ),
            Logged(
                G,
                "covered statutory reporting for Corina while she was on medical leave in sept",
                70,
            ),
            Logged(P, "he wants month-end close in 5 working days by Q2 2027 (now 9)", 62),
            Logged(
                A,
                "asked him if controller role will be opened internally first when Radu retires (martie)",
                34,
            ),
            Logged(W, "Oct close in 7 days, first time under 8", 24),
            Logged(
                F, "promised Corina i'd train Bianca on the VAT returns b4 dec so she can cover", 20
            ),
            Logged(
                F, "finish chart of accounts mapping old->new, remaining 140 accounts", 16, DONE
            ),
            Logged(W, "auditors interim review: zero adjustments pe zonele mele", 15),
            Logged(
                N,
                "rata la credit creste din ian (IRCC reset) ~ +600 lei/luna. honestly we need the money",
                12,
            ),
            Logged(
                N,
                "offer from a bank in Bucuresti - FP&A lead, +35% net, hybrid 2 days/wk in Buc. raspuns pana pe 4 dec",
                9,
            ),
            Logged(N, "Andrei nu vrea sa ne mutam, his job is here. nici eu nu vreau really", 8),
            Logged(F, "reply to the recruiter (Ana) by 4 dec", 7),
            Logged(N, "Corina doesn't know about the offer. if I tell Mihai does it go to her?", 6),
            Logged(
                F,
                "send Mihai cutover readiness checklist (master data, opening balances) by fri 27",
                5,
            ),
            Logged(AG, "cutover readiness - risk on opening balances for Bulgaria", 3),
            Logged(AG, "controller role - timing + what would make me the obvious candidate", 2),
            Logged(
                AG, "should I tell him about the offer? how, without it sounding like a threat", 1
            ),
        ),
    ),
    Persona(
        "BB_thao_kitchen_danang",
        "Thảo",
        "Sous chef, five-star beach resort, Da Nang, Vietnam",
        "executive chef of a smaller hotel in 3-4 yrs, maybe my own bánh xèo place later",
        "Marco",
        "Events & Banqueting Manager, a peer; they meet weekly to plan banquets",
        Role.PEER,
        weekly(0),
        time(14, 30),
        "It is high season at the resort: a 320-guest three-day Indian wedding (Sharma-Patel, 10-12 Dec) with vegetarian and Jain menus, and a corporate Christmas gala on 19 Dec whose headcount Marco puts at 450 or maybe 500. "
        "The executive chef, Laurent, is in France 5-20 Dec, so Thảo runs the kitchen through both events. "
        "Marco's team keeps changing guest counts and table plans late, which tires her cooks and hurts food cost; turkey for the gala needs 10 days' lead from Saigon. "
        "One of her chefs de partie, Hùng, has been late because his father is ill, and she promised him morning shifts in December.",
        logged=(
            Logged(
                P,
                "Marco: wedding Sharma-Patel 10-12/12 must be perfect, đây là client lớn, they may book 2 more next yr",
                45,
            ),
            Logged(A, "asked Marco for Jain cook contact from his Mumbai agency", 38, DONE),
            Logged(
                G,
                "did the tasting for the Sharma family on 2 hrs notice when their flight changed",
                33,
            ),
            Logged(W, "Jain tasting passed, mẹ cô dâu asked for the paneer recipe haha", 32),
            Logged(
                A,
                "asked Marco to lock guest counts 72h before each event, no more +40 on the day",
                30,
            ),
            Logged(F, "train Lan on wedding sweets (gulab jamun, kaju katli)", 25, DONE),
            Logged(W, "food cost Oct 31.5% (target 32) first time this year", 22),
            Logged(P, "he wants final menus signed by client by 1/12 so he can print", 20),
            Logged(N, "Chef Laurent đi Pháp 5-20/12, I run everything. hơi run", 18),
            Logged(
                N, "Hùng (CDP) late 3 times, bố ảnh bệnh ở Quảng Ngãi. need to cover not punish", 11
            ),
            Logged(
                F, "promised Hùng i'd swap him to mornings in Dec so he can go home weekends", 10
            ),
            Logged(
                N,
                "gala 19/12 - 450 pax, Marco says maybe 500. cần biết sớm để đặt hàng, turkey from Sài Gòn 10 days lead",
                9,
            ),
            Logged(F, "confirm extra tandoor with Minh Phát by 28/11", 6),
            Logged(
                F, "send Marco the Jain/veg/non-veg station layout + allergen cards by thứ 6", 4
            ),
            Logged(
                N,
                "Marco's team changed gala table plan 3 times already, my cooks tired. need to say it nicely",
                3,
            ),
            Logged(AG, "guest count lock 72h - can he put it in the client contract?", 1),
            Logged(AG, "gala 450 or 500 - need by 1/12 for turkey order", 1),
        ),
    ),
    Persona(
        "BB_rawan_ngo_amman",
        "Rawan",
        "Programme Officer (education), international NGO, Amman, Jordan",
        "get a scholarship for an MA in education policy, then come back and lead a programme",
        "Stefan",
        "Education Programme Manager, her line manager (Swedish, in Amman about a year)",
        Role.MANAGER,
        weekly(6),
        time(9, 30),
        "Rawan, two years into her first NGO job, runs remedial learning centres for Syrian refugee and Jordanian children in Mafraq. "
        "The donor's monitoring visit is 8 Dec and the final report draft is due 15 Dec; two children at centre 2 have stopped attending and she suspects child labour. "
        "Her father had a stroke on 14 Oct and she drives him to physio in Irbid three afternoons a week; Stefan agreed flexible hours only until the end of November. "
        "She needs Stefan's reference for a scholarship (deadline 10 Dec) but winning it would mean leaving her father for a year from Sept 2027.",
        logged=(
            Logged(
                P, "Stefan: donor visit 8/12 in Mafraq - show attendance data clean, no gaps", 52
            ),
            Logged(
                G,
                "translated his talking points for the Ministry of Education meeting + sat in as interpreter",
                41,
            ),
            Logged(
                W,
                "Ministry focal point Dr. Haddad agreed to a joint monitoring visit - Stefan said 'great work'",
                40,
            ),
            Logged(
                A,
                "asked for flexible hrs sun/tue/thu afternoons for baba's physio in Irbid - ok till end of nov",
                35,
                DONE,
            ),
            Logged(
                N,
                "baba had stroke 14/10, alhamdulillah stable. physio 3x a week, my brother in Dubai can't come",
                43,
            ),
            Logged(P, "he wants final report draft by 15 dec, 'no last-minute numbers'", 30),
            Logged(
                W,
                "attendance Mafraq centres 71% -> 84% since the whatsapp reminders to parents",
                27,
            ),
            Logged(
                F,
                "promised Yousef we'd replace broken projector at centre 2 - procurement request",
                20,
                DONE,
            ),
            Logged(
                N,
                "centre 2 - Yousef (facilitator) says 2 kids stopped coming, family moving? or working. check",
                14,
            ),
            Logged(F, "call the 2 families with Yousef b4 donor visit", 12),
            Logged(N, "flex hrs only agreed till end of nov. w ba3d heik?", 10),
            Logged(A, "asked Stefan for reference for scholarship app (deadline 10 dec)", 9),
            Logged(F, "clean attendance database sept-nov, fix duplicate IDs", 7),
            Logged(N, "scholarship = leave Sept 2027 for a year. mama says go. ana mish 3arfeh", 6),
            Logged(F, "send Stefan visit agenda + transport plan by thurs", 2),
            Logged(AG, "flex hours after november - can it continue till march?", 1),
            Logged(AG, "reference letter - can he do it by 5 dec", 1),
            Logged(
                AG,
                "2 kids dropping out centre 2 - protection referral? not sure if it's child labour",
                0.5,
            ),
        ),
    ),
)
