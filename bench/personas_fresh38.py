# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 26 (set AM)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH38 = (
    Persona(
        "mining_shift_boss_rustenburg_skip_level",
        "Marieke",
        "underground shift boss, platinum mine (large listed miner), Rustenburg",
        "wil mine overseer word by end 2027 - need Deon to see me as more than the safety stats girl",
        "Deon",
        "mine manager, my boss Kobus's boss",
        Role.SKIP,
        monthly(-1, 4),
        time(13, 30),
        "Marieke runs an underground shift on 11 level and meets her skip-level monthly; the next one is tomorrow (Fri 27 Nov). She owes him a handover checklist due end of November, needs to confirm whether she is acting for her boss over 7-18 Dec, and is torn about reporting that the fleet-management tablets he is staking his name on don't work below 900m. Money worries and her mother's hospital appointment are bleeding into the log.",
        logged=(
            Logged(
                N,
                "first skip 1:1 ever w Deon. nicer than expected, asked about my kids lol. told him straight I want the overseer path",
                90,
            ),
            Logged(A, "asked to shadow Sipho (overseer 14L) for a week", 90),
            Logged(
                P,
                "Deon's big 3 for FY: zero harm (esp FOG incidents), tonnes per blast +8%, new fleet mgmt system live on 11 level by Feb",
                88,
            ),
            Logged(
                G,
                "sent Deon the barring-down audit sheet I made for 11L, he's rolling it out on all levels now 🙌",
                70,
                DONE,
            ),
            Logged(
                A,
                "asked for a 2nd LHD operator for east section, guys are doing double tramming",
                62,
            ),
            Logged(A, "blasting cert refresher in Jhb - R14k - asked if mine will pay", 62, DONE),
            Logged(
                N,
                "Deon said NO to extra LHD op, 'not this FY'. fair enough I suppose, budget is budget",
                55,
            ),
            Logged(N, "course approved!! Kobus signed the form, starts 18 Jan", 40),
            Logged(G, "covered night shift 3x when Pieter was booked off sick", 35),
            Logged(
                N,
                "Deon re shadowing Sipho: 'ja maar na die Desember shutdown' so Jan. must remind him or it dies",
                27,
            ),
            Logged(
                P,
                "Deon said in Oct 1:1 his neck is on the line for the fleet system, group exec visiting 10 Dec",
                27,
            ),
            Logged(
                A,
                "can I present the FOG near-miss trend at the Dec safety indaba? he said he'd 'check the agenda'",
                27,
            ),
            Logged(F, "owe Deon the shift handover checklist v2 - promised by end Nov 😬", 27),
            Logged(W, "my crew won section housekeeping trophy for Oct 🏆 (eindelik!)", 22),
            Logged(
                F, "send Deon the photos from the housekeeping comp for the newsletter", 21, DONE
            ),
            Logged(W, "11L 0 LTIs for 120 days as of today", 20),
            Logged(G, "trained 2 new MOs on the new blasting SOP on my own time (sat morning)", 18),
            Logged(
                F,
                "promised Thabo (my miner) I'd ask about his learnership application, still haven't",
                16,
            ),
            Logged(W, "beat blast target 3 wks running, 94% of plan -> 103%", 12),
            Logged(
                P,
                "Deon wants everyone to send 'one idea to save 5% on consumables' before the exec visit",
                10,
            ),
            Logged(F, "my 5% idea = drill bit tracking per crew. send to Deon by Fri 4 Dec", 10),
            Logged(
                N,
                "hubby's contract at Impala ends Jan, money tight, really need the overseer bump but don't want to sound desperate",
                9,
            ),
            Logged(
                N,
                "ventilation on 11L again. 3rd time this month reported to vent officer, nothing",
                8,
            ),
            Logged(
                N,
                "should I tell Deon the fleet tablets dont work below 900m and the guys fill in paper and type it up after shift? makes Kobus look bad and Deon is pushing this hard",
                6,
            ),
            Logged(
                N,
                "Kobus on leave 7-18 Dec so I'm acting for him?? nobody's confirmed anything. vra vir Deon",
                5,
            ),
            Logged(
                N, "Ma se hospitaal afspraak Maandag 30 Nov, moet vroeg skof ruil met Willem", 2
            ),
            Logged(AG, "fleet tablets below 900m - raise or not??", 2),
            Logged(AG, "confirm acting for Kobus 7-18 Dec", 1),
            Logged(AG, "indaba slot again + checklist v2", 1),
        ),
    ),
    Persona(
        "hospice_nursing_apprentice_leeds_mentor",
        "Shauna",
        "healthcare assistant and 2nd-year nursing degree apprentice, independent hospice, Leeds",
        "qualify as an RN by 2028 and stay in palliative, not get shoved onto some surgical ward",
        "Bev",
        "clinical nurse specialist, my assigned practice mentor for the apprenticeship (not my line manager)",
        Role.MENTOR,
        monthly(1, 2),
        time(14, 30),
        "Shauna is a hospice HCA training to be a nurse; her monthly mentor session is Wed 2 Dec. She owes two reflections by Mon 30 Nov, wants a syringe-driver competency signed off, and witnessed an agency nurse giving oramorph early and charting it later on Sat 21 Nov - she's unsure whether to raise it. Her dad is in hospital again and she's short of money.",
        logged=(
            Logged(
                P,
                "Bev wants my reflective portfolio at proficiency standard before the Jan placement review. keeps saying 'quality not quantity' 🙄 fair tho",
                35,
            ),
            Logged(A, "asked Bev if I could sit in on a family meeting w the consultant", 35, DONE),
            Logged(
                N,
                "Bev's going to ask the education lead re funding for Sage & Thyme comms course. chase her",
                33,
            ),
            Logged(
                N,
                "did the family meeting on tues, Mr H's daughters. hardest thing ive ever watched. Bev debriefed me after x",
                20,
            ),
            Logged(
                G,
                "made the laminated mouth care crib sheet for bank staff, Bev asked if she can share it w the other unit",
                16,
            ),
            Logged(
                W,
                "Mrs P's husband wrote a card thanking 'the young nurse with the curly hair' 🥹 its on the staffroom board",
                12,
            ),
            Logged(A, "can Bev sign off my syringe driver competency before placement?", 8),
            Logged(
                F,
                "owe Bev 2 reflections (Mr H one + the night w the agency nurse) - said I'd send by Mon 30th",
                8,
            ),
            Logged(
                N,
                "dad back in St James's, chest again. been swapping onto nights so i can visit in the day. knackered",
                6,
            ),
            Logged(
                N,
                "agency nurse on sat 21st was giving oramorph early & writing it up later. do i tell Bev or go to the ward sister?? dont want to be a grass but it's not right",
                4,
            ),
            Logged(
                N,
                "car failed MOT £640 😩 might have to drop to 3 shifts a wk in uni weeks, cant afford it tbh",
                4,
            ),
            Logged(AG, "syringe driver sign off", 2),
            Logged(AG, "agency nurse thing??", 1),
        ),
    ),
    Persona(
        "film_post_assistant_editor_hcmc_sponsor",
        "Linh",
        "assistant editor / conform artist at a post-production house, Ho Chi Minh City",
        "get credited as associate editor on 'Mùa Nước Nổi' and get put forward for the Busan post lab",
        "Marcus",
        "head of post-production at the Singapore streamer co-producing the feature; pushed to get me on the project",
        Role.SPONSOR,
        biweekly(1),
        time(16, 0),
        "Linh is a young assistant editor whose sponsor sits at the co-producing streamer in Singapore. Picture lock is Fri 4 Dec and she owes him a VFX tracker by Mon 30 Nov; she wants his nomination for a Busan lab closing 15 Dec and an associate-editor credit he deferred until after lock. Her own boss resents Marcus messaging her directly, and she has a better-paid offer from Bangkok she hasn't mentioned.",
        logged=(
            Logged(
                P,
                "M cares a lot abt the deliverables spec - IMF packages etc, he said 'this is how we prove VN post houses can deliver'",
                40,
            ),
            Logged(A, "credit as associate editor? M said 'let's see after lock' 🙃 = later", 28),
            Logged(
                G, "rebuilt the whole EDL sau khi Avid project bị corrupt, 2 đêm không ngủ 😵", 20
            ),
            Logged(
                P,
                "Marcus: picture lock Fri 4/12 no matter what, distributor screening in SG 10/12",
                15,
            ),
            Logged(
                A,
                "asked M to nominate me for Busan Asian Film Academy post lab - deadline 15/12",
                14,
            ),
            Logged(N, "M owes me the contact of the SG sound house for the M&E question", 14),
            Logged(
                W,
                "conform reel 3-4 passed QC first time, anh Tuấn (colorist) nói chưa bao giờ thấy vậy 🎉",
                10,
            ),
            Logged(
                N,
                "anh Khoa (my boss ở công ty) ko thích Marcus nhắn trực tiếp cho em, said 'go through me'. awkward af",
                9,
            ),
            Logged(N, "mẹ bảo về quê ăn Tết, cần xin nghỉ 2 tuần in Feb - after lock chắc ok", 7),
            Logged(F, "hứa với chị Hà (producer) gửi subtitle timing file cho bản tiếng Anh", 6),
            Logged(N, "em có offer từ studio ở Bangkok, +40%. ko biết có nên nói với M ko...", 5),
            Logged(F, "owe M the VFX shot tracker w vendor ETAs - said by Mon 30/11", 3),
            Logged(AG, "how to handle anh Khoa / direct msgs", 2),
            Logged(AG, "Busan nomination - deadline 15/12 !!", 1),
        ),
    ),
    Persona(
        "customs_broker_mersin_peer",
        "Elif",
        "customs broker (gümrük müşaviri) at a mid-size brokerage, Mersin port",
        "NCTS projesini Burak'la düzgün bitirip kendi müşteri portföyümü almak",
        "Burak",
        "senior customs broker at our Istanbul office, co-lead with me on the NCTS transit rollout",
        Role.PEER,
        weekly(0),
        time(9, 30),
        "Elif co-leads a transit-system rollout with a senior peer in Istanbul; they talk Mondays. She's overdue on volume data she promised him, has a customs audit for a steel client on Thu 3 Dec, and wants him on a CBAM call she can't handle alone. He sent the phase-1 summary to the GM under his name only, and she's wondering whether to say something; her mother has surgery on 8 Dec.",
        logged=(
            Logged(A, "asked B to share the Istanbul transit beyanname checklist", 21, DONE),
            Logged(
                P,
                "Burak'ın önceliği: NCTS faz 2 canlıya geçiş 1 Ocak, no slippage, GM is watching",
                21,
            ),
            Logged(G, "covered B's Adana textile client bugün, he was sick", 16),
            Logged(
                W,
                "14-container reefer shipment cleared in 6 hrs during the system outage, client sent baklava 😂",
                11,
            ),
            Logged(
                A,
                "can B join the call w Çukurova Çelik re CBAM reporting? they keep asking me stuff I don't know",
                9,
            ),
            Logged(
                F,
                "Çukurova audit prep - gümrük denetimi 3 Aralık Perşembe, need all 2025 dahilde işleme files",
                5,
            ),
            Logged(
                F,
                "Mersin transit volumes Eylül-Ekim excel'i Burak'a - 20 Kasım Cuma'ya söz vermiştim, yapmadım 🙈",
                4,
            ),
            Logged(N, "annem ameliyat olacak 8 Aralık, 2-3 gün izin lazım", 4),
            Logged(
                N,
                "B sent the phase-1 summary to GM with only his name. again. bir şey desem mi?",
                3,
            ),
            Logged(AG, "CBAM call + who presents phase-1 to GM", 1),
        ),
    ),
    Persona(
        "university_exams_officer_glasgow_new_manager",
        "Nkechi",
        "exams and assessment officer, central registry, university in Glasgow",
        "figure out if i've got a future here under the new structure tbh",
        "Fraser",
        "newly appointed Head of Student Administration, my line manager since 16 Nov",
        Role.MANAGER,
        weekly(3),
        time(11, 0),
        "Nkechi is new to the tool and has a first proper 1:1 with a brand-new manager this morning. She knows of a timetable clash in the December exam diet that he should hear from her before the Dean tells him, and she's behind on a promise to another team. Little else is logged.",
        logged=(
            Logged(
                F,
                "still havent sent the resit stats to Claire in Quality that i promised in Oct",
                30,
            ),
            Logged(N, "new boss Fraser started mon 16th. first proper 1:1 thurs 26th", 9),
            Logged(
                AG,
                "exam timetable clash for Dec diet (starts Mon 7th) - tell him before he hears from the Dean",
                1,
            ),
        ),
        first=True,
    ),
    Persona(
        "bakery_chain_area_ops_manchester_production",
        "Tomasz",
        "area operations manager, 14-shop bakery chain, Greater Manchester",
        "stop last year's Christmas waste disaster happening again & get the central bakery to actually listen to shop data",
        "Sandra",
        "head of production at the central bakery - different function, not my line, we do a weekly planning 1:1",
        Role.OTHER,
        weekly(1),
        time(6, 45),
        "Tomasz runs shops, Sandra runs the bakery that supplies them; they meet early on Tuesdays. Christmas volumes lock on Fri 4 Dec and he still has 5 of 14 shop forecasts missing. He wants to raise late deliveries without burning the relationship, is sitting on a shop manager's confidential pregnancy news, and his wife wants him off 4am starts before their baby arrives in January.",
        logged=(
            Logged(A, "asked S for daily par levels per shop instead of per region", 21),
            Logged(
                P,
                "S wants shops to stop phoning the bakery direct at 5am w extra orders - everything through the app",
                21,
            ),
            Logged(
                N,
                "S said yes to per-shop pars but 'from January, not touching it before Xmas'. ok",
                14,
            ),
            Logged(G, "sent S last yr's xmas waste by shop (£11.2k binned 😬)", 13),
            Logged(
                N,
                "S promised the new allergen label spec before the xmas lines go out - not seen it yet",
                9,
            ),
            Logged(W, "Hyde +18% w/w after moving the sausage roll warmer to the window lol", 8),
            Logged(
                P,
                "Sandra: xmas range (mince pies, stollen bites) volumes locked Fri 4 Dec, after that no changes full stop",
                7,
            ),
            Logged(
                N,
                "moja żona wants me off the 4am starts in Dec, baby due Jan. need to sort cover",
                6,
            ),
            Logged(
                N,
                "Gosia (Bury mgr) told me she's pregnant, not told HR yet, asked me to keep quiet. worried about xmas rota",
                5,
            ),
            Logged(
                N,
                "bakery van 50 min late 4x this month, Stockport opened w empty shelves. raise w S or go to her boss? nie chcę palić mostów",
                3,
            ),
            Logged(
                F,
                "owe S the xmas forecast from all 14 shop mgrs - got 9/14, chase Stockport, Hyde, Bury x2, Oldham",
                2,
            ),
            Logged(AG, "van timings - bring data not blame", 1),
            Logged(AG, "forecast status + allergen spec", 1),
        ),
    ),
)
