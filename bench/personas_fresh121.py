# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DT), rated in round 65 at this stop's start and after its language changes (`bench/reviews/round65_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH121 = (
    Persona(
        "DT_mwanaisha_rtg_operator_mombasa",
        "Mwanaisha",
        "RTG operator",
        "Become shift supervisor (yard) by end of 2027 🙏",
        "Mr. Otieno",
        "Yard Operations Supervisor, my manager",
        Role.MANAGER,
        weekly(1),
        time(14, 0),
        "Mwanaisha Salim, 29, has been a rubber-tyred gantry (RTG) crane operator at a container terminal in Mombasa for four years, one of the few women operators, on rotating day/night shifts. "
        "She meets her supervisor Mr. Otieno every Tuesday at 14:00 between shifts; the next 1:1 is Tuesday 1 December 2026. "
        "Delicate matter: Baraka, a night-shift operator who is Mr. Otieno's cousin (Otieno got him the job), has twice come to work smelling of alcohol and chewing miraa; on the night of 12 November his spreader hit the corner of stack C-14, nobody was hurt, and he asked her not to report it. She has not reported it and is torn between safety and fear of being seen as attacking the boss's family. "
        "Open threads: on 20 October she asked for three missing September night-shift allowances (9, 10 and 17 Sept) to be corrected; HR needs Otieno's signature, she handed him the form on 3 November and on 17 November he said 'nitasign wiki hii' (I'll sign this week) — still unsigned. "
        "On 15 October she asked to be nominated for the Bandari Maritime Academy supervisory course; he said 'January intake, tutaona' (we'll see); HR says nominations close 11 December. "
        "Her request to be moved off RTG 14 (broken cabin AC and seat) was handled via a maintenance ticket and is done. "
        "Wins: zero damage on her machine in October (Otieno praised it in briefing), 31 moves per hour on the MSC vessel on 5 November, best in block C, and she passed her annual crane medical on 23 November. "
        "She gave: trained two new trainees (Kevin and Faith) on the simulator in October, and covered Otieno's Sunday shift on 8 November while he attended a funeral in Kisumu. "
        "Otieno's priorities: zero incidents after the October safety audit, yard congestion down before the December peak, and less RTG idling because fuel is reported to management monthly. "
        "From this 1:1 she needs the allowance form signed, a firm Bandari nomination before 11 December, and a way to raise the night-shift safety problem without naming family in a way that blows up.",
        logged=(
            Logged(
                A,
                "Asked Mr. Otieno to nominate me for Bandari supervisory course → 'January intake, tutaona' 🙄",
                42,
            ),
            Logged(
                P,
                "Otieno at briefing: after the audit ZERO incidents, hakuna excuses. yard congestion must come down before Dec peak",
                41,
            ),
            Logged(
                A,
                "RTG 14 cabin AC dead + seat broken, asked to be moved to another machine → he said raise ticket with maintenance",
                38,
                DONE,
            ),
            Logged(
                A,
                "Sept payslip missing 3 night allowances (9/9, 10/9, 17/9). HR says form must be signed by Otieno. told him → 'bring it'",
                37,
            ),
            Logged(G, "trained the 2 new trainees (Kevin & Faith) on simulator, 3 sessions", 34),
            Logged(W, "October zero damage on my machine ✅ Otieno mentioned it at briefing", 27),
            Logged(F, "gave Otieno the allowance form today. follow up by Fri", 23),
            Logged(W, "MSC vessel: 31 moves/hr on RTG 9, best in block C 💪", 21),
            Logged(G, "covering Otieno's Sunday shift today 8/11, he went for funeral Kisumu", 18),
            Logged(
                N,
                "night 12/11 Baraka's spreader hit corner of stack C-14. no one hurt. he was smelling pombe + miraa again. akaniambia nisiripoti 😔 second time I see him like this",
                13,
            ),
            Logged(F, "allowance form still not signed. Otieno: 'nitasign wiki hii'", 9),
            Logged(N, "HR notice: Bandari Jan intake nominations close 11 Dec", 7),
            Logged(
                P,
                "Otieno wants RTG idling cut, fuel report goes to management every month. switch off engines during breaks",
                6,
            ),
            Logged(W, "passed annual crane medical (eyes ok 😅)", 3),
            Logged(
                AG,
                "Tue 1:1: allowance form sign!!, Bandari nomination before 11 Dec, idling plan... na ile issue ya night shift (B) — sijui nitaanzaje",
                1,
            ),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "DT_ngoc_anh_merchandiser_bien_hoa",
        "Ngọc Anh",
        "Merchandiser (ngành may mặc)",
        "Lên Senior Merchandiser trong năm 2027, sau đó làm trưởng nhóm",
        "chị Hạnh",
        "Factory Director, my skip-level manager",
        Role.SKIP,
        monthly(1, 2),
        time(15, 0),
        "Trần Ngọc Anh, 27, is a merchandiser at a Korean-owned knitwear factory in Biên Hòa (Đồng Nai) that produces for a US sportswear buyer. "
        "Her direct manager is anh Tuấn (Merchandising Manager), who hired her; her skip-level is chị Hạnh, the Vietnamese factory director who reports to the Korean HQ. "
        "Chị Hạnh holds a skip-level 1:1 with her on the first Wednesday of each month at 15:00; the next one is Wednesday 2 December 2026. "
        "Delicate matter: on 13 November anh Tuấn asked her to 'adjust' the overtime file she keeps for sewing lines 3 and 4 (September–October) so weekly hours show under 60 before the buyer's social compliance audit on 10 December; on 21 November he pressed again, calling it 'just fixing the format'. She has not done it, feels loyal to Tuấn, and is afraid either way. "
        "Open threads: at the 7 October 1:1 she asked for the Senior Merchandiser title; chị Hạnh said to wait for the January review and that she would talk to anh Tuấn — nothing since. "
        "Her request to attend ERP key-user training (19–20 November) was approved and is done; she owes chị Hạnh a short summary by Friday 27 November. "
        "She also owes the November OTD dashboard before 3 December. "
        "Wins: on PO 4512, when fabric was 10 days late, she negotiated a split shipment with the buyer so the second lot went by sea, avoiding about 12k USD of air freight (16 October); October OTD was 96%; the PP sample for style KN-2231 was approved first time (9 November). "
        "She gave: built the OTD dashboard chị Hạnh uses in her monthly HQ report (21 October), and interpreted English–Vietnamese for a whole afternoon for Mr. Park from HQ QC (16 November). "
        "Chị Hạnh's priorities: OTD at or above 95%, air freight 30% lower than last year, and a clean social audit on 10 December with no findings on working hours (stressed on 4 November). "
        "From this 1:1 she needs a real answer on the title and help deciding whether and how to raise the overtime-file request without betraying or being crushed by her manager.",
        logged=(
            Logged(
                A,
                "1:1 chị Hạnh: xin lên title Senior Mer → chị bảo đợi review tháng 1, chị sẽ nói với a Tuấn",
                50,
            ),
            Logged(
                P,
                "chị Hạnh: Q4 ưu tiên OTD ≥ 95%, air freight phải giảm 30% so với năm ngoái",
                49.9,
            ),
            Logged(
                A,
                "xin chị Hạnh cho đi training ERP key user 19-20/11 → chị ok, HR duyệt rồi",
                49,
                DONE,
            ),
            Logged(
                W,
                "PO 4512 vải về trễ 10 ngày → em deal với buyer chia 2 lô, lô 2 đi sea chứ ko air. tiết kiệm ~12k USD 🎉",
                41,
            ),
            Logged(
                G,
                "làm xong dashboard OTD cho chị Hạnh gửi report HQ Hàn. mỗi tháng gửi trước ngày 3",
                36,
            ),
            Logged(W, "OTD tháng 10: 96% ✅", 24),
            Logged(
                P,
                "1:1 4/11 chị Hạnh: audit social của khách ngày 10/12, phải sạch, ko được dính NC về giờ làm / OT",
                22,
            ),
            Logged(W, "PP sample style KN-2231 khách approve ngay lần đầu, ko phải sửa 👍", 17),
            Logged(
                N,
                "a Tuấn kêu em 'chỉnh lại' file OT chuyền 3, 4 (tháng 9-10) cho dưới 60h/tuần trước audit. em chưa làm. ko biết phải sao 😞",
                13,
            ),
            Logged(
                G,
                "phiên dịch Anh-Việt nguyên buổi chiều cho anh Park (QC bên HQ) họp với các tổ trưởng",
                10,
            ),
            Logged(F, "học xong ERP 19-20/11. gửi chị Hạnh bản tóm tắt trước thứ 6 tuần sau", 6),
            Logged(
                N,
                "a Tuấn hỏi file OT xong chưa, nói 'chỉ sửa lại format thôi mà em'. em nói để em xem lại",
                5,
            ),
            Logged(F, "gửi dashboard OTD T11 cho chị Hạnh trước 3/12", 2),
            Logged(
                AG,
                "1:1 chị Hạnh 2/12: hỏi lại vụ title Senior, air freight YTD giảm bn %... chuyện file OT có nên nói ko??",
                1,
            ),
        ),
        tz="Asia/Ho_Chi_Minh",
    ),
    Persona(
        "DT_catalina_geologa_de_exploracion_antofagasta",
        "Catalina",
        "Geóloga de exploración",
        "Ser geóloga senior en 2 años y después liderar un proyecto greenfield",
        "Patricio",
        "Superintendent of Resource Geology (another division), my mentor",
        Role.MENTOR,
        monthly(1, 1),
        time(19, 0),
        "Catalina Rojas, 31, is an exploration geologist at a large copper mining company, based in Antofagasta and working a 7x7 roster at an exploration camp in the Atacama. "
        "Through the company's women-in-mining mentoring programme her mentor is Patricio Araya, Superintendent of Resource Geology in another division; they have a video call on the first Tuesday of each month at 19:00, and the next one is Tuesday 1 December 2026. "
        "Delicate matter: on 12 November a junior explorer, Minera Altiplano, offered her a senior geologist role at about 35% more pay, answer due Friday 4 December; Patricio personally put her on the company's high-potential list and sits on the talent committee, so she fears looking ungrateful, and she has told nobody, including her own boss. "
        "Open threads: on 6 October she asked him to review her abstract for the Congreso Geológico Chileno; he returned comments and it is done, and the abstract was accepted for an oral talk on 7 November. "
        "On 3 November she asked for an introduction to Verónica ('la Vero') in resource modelling to shadow her for a week; he said he would write to her, she reminded him on WhatsApp on 10 November and got no reply. "
        "She owes him the Quebrada Seca geological cross-section before 1 December and has to read the NI 43-101 chapter he recommended. "
        "Wins: drill hole DDH-23, which she proposed, intercepted 120 m at 0.8% Cu (27 October); the abstract acceptance. "
        "She gave: presented her core-logging protocol at his team's seminar on 29 October and shared the template. "
        "Patricio's priorities for her: learn resource estimation rather than staying only in exploration, be visible outside the camp, write and present. "
        "She is on site from 24 to 30 November. "
        "From this call she needs honest advice on the offer without burning the bridge with him, and to unblock the shadowing week.",
        logged=(
            Logged(
                A,
                "le pedí a Patricio q me revise el abstract pal Congreso Geológico → 'sí po, te lo devuelvo la otra semana'",
                51,
                DONE,
            ),
            Logged(
                P,
                "Patricio: 'tení que aprender estimación de recursos si querí crecer, no te quedí pegada en exploración'",
                50.9,
            ),
            Logged(N, "abstract enviado con los comentarios de Patricio 👍", 43),
            Logged(W, "DDH-23 (el sondaje q yo propuse!!) 120 m @ 0,8% Cu 🔥🔥", 30),
            Logged(
                G,
                "presenté mi protocolo de logueo en el seminario del equipo de Patricio + les pasé el template",
                28,
            ),
            Logged(
                A,
                "llamada 3/11: le pedí contacto con la Vero de modelamiento pa hacer 1 semana de shadowing → 'le escribo a la Vero'",
                23,
            ),
            Logged(
                P,
                "Patricio: postula a charla en el Congreso, escribe más, 'que te conozcan fuera de la faena'",
                22.9,
            ),
            Logged(F, "leer el cap. de NI 43-101 q me recomendó antes de la próxima llamada", 22.8),
            Logged(W, "aceptaron el abstract, presentación oral!! 🙌", 19),
            Logged(F, "le recordé a Patricio lo de la Vero x WhatsApp. visto y nada", 16),
            Logged(
                N,
                "me llamaron de Minera Altiplano: oferta geóloga senior, +35% sueldo, respuesta al vie 4/12. no le he dicho a nadie. Patricio me metió en la lista de high potential... cómo le digo 😬",
                14,
            ),
            Logged(F, "mandarle a Patricio la sección de Quebrada Seca antes del mar 1/12", 9),
            Logged(
                N,
                "subo a faena mañana, bajo el lun 30. llamada con Patricio mar 1/12 a las 19, ojalá haya señal",
                3,
            ),
            Logged(
                AG,
                "pa la llamada: oferta Altiplano (cómo plantearlo sin quemarme), lo de la Vero, sección Q. Seca",
                1,
            ),
        ),
        tz="America/Santiago",
    ),
    Persona(
        "DT_zeynep_avukat_izmir",
        "Zeynep",
        "Avukat (kıdemli associate)",
        "2028'de ortaklığa (partner) terfi etmek",
        "Selin Hanım",
        "Senior Partner, my sponsor",
        Role.SPONSOR,
        biweekly(4),
        time(9, 30),
        "Zeynep Aksoy, 34, is a senior associate in M&A and arbitration at a 40-lawyer commercial law firm in İzmir. "
        "Selin Hanım, a senior partner, informally sponsors her for partnership; they have a coffee 1:1 every other Friday at 09:30, and the next one is Friday 27 November 2026 (tomorrow). "
        "Delicate matter: Zeynep is going through IVF treatment; egg retrieval is expected mid-January and she has 2–3 clinic visits a week through December and January; nobody at work knows and she does not want them to. "
        "On 13 November Selin Hanım asked her to lead the associate team on a major ICC arbitration with hearings in Geneva from late January into February, calling it her showcase — travel that clashes with the treatment. "
        "A rival, Emre, another senior associate on the partner track, reportedly wants the Geneva role too. "
        "Open threads: on 30 October she asked Selin Hanım to put her name forward for the partner track at the partners' meeting on 11 December ('I'll bring it up'); on 16 October she asked for origination credit for Kaya Zeytincilik, a client she brought in — Selin said she would talk to the managing partner about the split, and nothing has come back; on 30 October she also asked about one home-office day a week and got no clear answer. "
        "She owes Selin a one-page business-development summary (Kaya plus two new leads) before 4 December. "
        "Wins: closed the SPA for Kaya Zeytincilik's acquisition on 6 November; won an interim injunction for a logistics client on 18 November. "
        "She gave: took the Brenner GmbH client call while Selin was ill (12 October) and wrote Selin's speech for the İzmir Bar arbitration panel (13 November). "
        "Selin Hanım's priorities: 1,800 billable hours, new clients in the Aegean region ('a partner who brings no business can't be a partner'), and a ready team for Geneva. "
        "From this 1:1 she needs the partner-track nomination confirmed, the origination credit settled, and a way to shape her Geneva role and travel without disclosing the IVF or handing the showcase to Emre.",
        logged=(
            Logged(
                P,
                "Selin Hanım: bu yıl hedef 1.800 saat faturalanabilir + Ege'de yeni müvekkil. 'İş getirmeyen ortak olamaz'",
                55,
            ),
            Logged(
                G,
                "Selin Hanım rahatsızken Brenner GmbH call'unu ben aldım, notları kendisine attım",
                45,
            ),
            Logged(
                A,
                "Kaya Zeytincilik'i ben getirdim, origination credit istedim. S.H.: 'yönetici ortakla konuşurum, paylaşımı ayarlarız'",
                41,
            ),
            Logged(
                A,
                "kahvede: Aralık ortaklar toplantısında partner track için adımı önermesini istedim → 'gündeme getireceğim' 🤞",
                27,
            ),
            Logged(A, "haftada 1 gün evden çalışmayı sordum, net cevap yok", 26.9),
            Logged(W, "Kaya Zeytincilik SPA closing tamam ✅", 20),
            Logged(
                N,
                "klinik: OPU muhtemelen Ocak ortası, Aralık-Ocak haftada 2-3 kontrol. işte kimse bilmiyor, bilmeyecek de",
                17,
            ),
            Logged(
                G,
                "İzmir Barosu tahkim paneli için Selin Hanım'ın konuşma metnini ben yazdım, çok beğenmiş",
                13,
            ),
            Logged(
                P,
                "S.H.: Cenevre'deki ICC tahkimi, duruşmalar Ocak sonu–Şubat. associate ekibini benim yönetmemi istiyor, 'bu senin vitrinin' dedi",
                12.9,
            ),
            Logged(
                N,
                "Emre de partner track'te, Cenevre işini o da istiyormuş (koridor dedikodusu)",
                10,
            ),
            Logged(W, "Ege Lojistik dosyasında ihtiyati tedbir kararı çıktı 🎉", 8),
            Logged(F, "origination credit — hâlâ ses yok. Cuma sor", 6),
            Logged(
                F,
                "ortaklar toplantısı 11.12. S.H.'ye 1 sayfalık BD özeti gönder (Kaya + 2 yeni lead) 4.12'ye kadar",
                3,
            ),
            Logged(
                AG,
                "27.11 kahve: partner track teyit, origination credit, Cenevre rolü — seyahati nasıl konuşacağım?? (tüp bebeği söylemeden)",
                1,
            ),
        ),
        tz="Europe/Istanbul",
    ),
    Persona(
        "DT_genevieve_technicienne_entretien_aeronefs_montreal",
        "Geneviève",
        "Technicienne en entretien d'aéronefs (TEA), maintenance en ligne",
        "Devenir contremaître en maintenance en ligne d'ici 2027",
        "Steph",
        "Day-shift lead technician, my peer",
        Role.PEER,
        weekly(3),
        time(14, 30),
        "Geneviève Tremblay, 33, is a licensed aircraft maintenance engineer (TEA) doing line maintenance on A220s and Dash 8s at Montréal-Trudeau for an MRO contractor, and is the evening-shift lead. "
        "Steph (Stéphane Gagnon) is the day-shift lead, same level; they hold a 30-minute peer check-in every Thursday at 14:30 at shift change to hand over open defects and swap know-how; the next one is today, Thursday 26 November 2026. "
        "Delicate matter: on 12 November Steph told her in confidence that he is applying for the new line-maintenance supervisor (contremaître) job, interviews 8–9 December; on 16 November she applied for the same job and has not told him; on 22 November he sent her his interview-prep notes 'to help her become lead one day', and she feels awful. "
        "Open threads: on 8 October she asked him to teach her borescope inspection on the PW1500G engines ('when things calm down'); on 19 November he proposed Thursday 3 December at 13:00, still to confirm. "
        "Their swap of 24 December for 31 December was agreed on 5 November and is done. "
        "Recurring: he wants complete notes on deferred MEL items at handover. "
        "She owes: finding two torque wrenches from her shift not returned to the tool crib before the tool-crib audit on Friday 4 December. "
        "Wins: found a cracked bracket on a Dash 8 (FIN 512) during a walkaround, confirmed by engineering (30 October); zero maintenance-attributed delays on her shift in October. "
        "She gave: wrote a cheat sheet for the new electronic tech log for the day crew (22 October) and covered his Sunday 1 November shift when his kid was sick. "
        "Steph's priorities: clean MEL handovers and all torque wrenches returned and calibrated for the 4 December audit. "
        "From this check-in she needs the borescope date locked, a handover agreement before the audit, and to decide whether to tell Steph she applied for the same job.",
        logged=(
            Logged(
                A,
                "demandé à Steph de me montrer l'inspection borescope sur les PW1500G → 'oui quand ça va se calmer' 🙄",
                49,
            ),
            Logged(
                P,
                "Steph veut des notes complètes sur les items MEL différés au shift change, y'é tanné de se faire appeler sur son cell le matin",
                42,
            ),
            Logged(
                G,
                "fait le cheat sheet pour le nouveau tech log électronique pour l'équipe de jour, envoyé à Steph",
                35,
            ),
            Logged(
                W,
                "trouvé un bracket fissuré sur le Dash 8 FIN 512 au walkaround, l'ingénierie a confirmé. beau catch 💪",
                27,
            ),
            Logged(G, "pris le shift de Steph dim 1/11, son p'tit était malade", 25),
            Logged(
                A, "échange 24/12 contre 31/12 avec Steph → 'deal si tu prends mon 31' 👍", 21, DONE
            ),
            Logged(W, "oct: zéro retard attribué à la maintenance sur mon shift ✈️", 20),
            Logged(
                N,
                "Steph m'a dit (confidentiel!!) qu'il applique sur le poste de contremaître. entrevues 8-9 déc",
                14,
            ),
            Logged(
                N,
                "j'ai appliqué moi aussi sur le poste de contremaître. pas dit à Steph. malaise",
                10,
            ),
            Logged(
                P,
                "audit du tool crib ven 4/12 — Steph veut toutes les clés dynamo retournées pis calibrées, y'é stressé avec ça",
                7,
            ),
            Logged(A, "borescope: redemandé → 'viens jeudi 3/12 à 13h' à confirmer", 6.9),
            Logged(
                N,
                "Steph m'a envoyé ses notes de prep d'entrevue 'pour t'aider à devenir lead un jour' 😬 chu pas bien",
                4,
            ),
            Logged(
                F,
                "2 clés dynamo de mon shift pas retournées au crib, les retrouver avant l'audit",
                2,
            ),
            Logged(
                AG,
                "jeudi: confirmer borescope 3/12, handover MEL, clés dynamo avant l'audit... pis lui dire pour le poste??",
                0.9,
            ),
        ),
        tz="America/Toronto",
    ),
    Persona(
        "DT_kristine_team_lead_customer_support_cebu",
        "Kristine",
        "Team Lead, Customer Support (BPO)",
        "Ma-promote as OM within 2 years",
        "Ma'am Joy",
        "Operations Manager, my manager",
        Role.MANAGER,
        weekly(0),
        time(21, 30),
        "Kristine 'Tin' Villanueva, 28, leads a team of 16 agents on a US telecom support account at a BPO in Cebu IT Park, on the graveyard shift (22:00–07:00). "
        "She meets her Operations Manager, Ma'am Joy, every Monday at 21:30 before shift; the next 1:1 is Monday 30 November 2026. "
        "Delicate matter: around 10 November her agent Rhea confided that QA analyst Dennis sends her late-night personal messages and hinted her QA scores depend on 'pakikisama' (being nice to him); Rhea begged Tin not to report it for fear of retaliation. Tin knows harassment complaints should be escalated under company policy and the Safe Spaces Act, and Dennis is a close friend of Ma'am Joy. "
        "Open threads: on 12 October she asked for backfill for two agents who resigned (Carlo, Bea) → 'after budget approval, January probably'; on 2 November she asked for vacation leave 23–27 December to go home to Bohol → 'depends on the forecast, I'll get back to you', still no answer and she needs to book the ferry to Tagbilaran; on 23 November she asked to be nominated for the Leadership Accelerator (OM trainee) programme, nominations due 4 December → 'let me think about it'. "
        "Her retention plan, due end of October, was submitted (done). "
        "Wins: October CSAT 92% against an 88% target and AHT down 40 seconds; her agent Jomar was promoted to SME (9 November). "
        "She gave: her schedule-adherence tracker in Google Sheets, shared to all TLs at Joy's request (5 November), and the slides for Joy's client QBR deck (18 November). "
        "Ma'am Joy's priorities: attrition (9 resignations on the account this quarter), CSAT and the holiday staffing plan for the December client QBR, with no gaps on 24–25 December — which clashes with Tin's leave. "
        "From this 1:1 she needs a decision on her leave, a date for backfill, the nomination before 4 December, and to work out how to handle Rhea's disclosure given Joy's closeness to Dennis.",
        logged=(
            Logged(
                A,
                "1:1 w/ Ma'am Joy: asked backfill for 2 resigned agents (Carlo, Bea) → 'after budget approval pa, Jan na siguro'",
                45,
            ),
            Logged(
                P,
                "Ma'am Joy: attrition is #1 issue, 9 na nag-resign sa account this Q4. retention plan per TL by end of month",
                44.9,
            ),
            Logged(F, "submit retention plan to Ma'am Joy by Oct 30", 38, DONE),
            Logged(W, "October CSAT 92% (target 88) 🎉 AHT down 40 secs", 24.2),
            Logged(
                A,
                "asked VL Dec 23-27 para makauwi sa Bohol → 'depends sa forecast, balikan kita'",
                24,
            ),
            Logged(
                G,
                "shared my schedule adherence tracker (GSheets) sa lahat ng TLs, Ma'am Joy asked for it",
                21,
            ),
            Logged(W, "Jomar promoted to SME! proud mama TL 😭", 17),
            Logged(
                N,
                "Rhea told me na si Dennis (QA) nagme-message sa kanya late night, personal stuff, tapos 'depende sa pakikisama' daw yung QA scores nya. ayaw nya ipa-report, takot sya 😟",
                15.8,
            ),
            Logged(N, "si Dennis at Ma'am Joy magbarkada, sabay pa nag-la-lunch... ugh", 14),
            Logged(
                P,
                "Ma'am Joy: Dec QBR with client, CSAT + holiday staffing plan ang focus. walang dapat kulang sa Dec 24-25",
                10,
            ),
            Logged(G, "did the QBR deck slides for Ma'am Joy (CSAT trend + root causes)", 8),
            Logged(
                N,
                "HR email: Leadership Accelerator (OM trainee) nominations due Dec 4, OM must nominate",
                7,
            ),
            Logged(
                A,
                "asked Ma'am Joy to nominate me sa Leadership Accelerator → 'let me think about it' hmm",
                3,
            ),
            Logged(F, "VL Dec 23-27 — wala pa ring sagot. need to book ferry to Tagbilaran", 2),
            Logged(
                AG,
                "Mon 1:1: VL, backfill, nomination before Dec 4... and yung kay Rhea. how??",
                0.6,
            ),
        ),
        tz="Asia/Manila",
    ),
)
