# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 25 (set AL)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH37 = (
    Persona(
        "milan_theatre_deputy_production_mgr_sponsor",
        "Giulia",
        "vice direttrice di produzione (deputy production manager), teatro stabile (civic theatre), Milano",
        "diventare direttrice di produzione quando R. va in pensione (31 marzo)",
        "Ornella",
        "direttrice generale of the theatre, two levels up; she is backing me for R.'s job",
        Role.SPONSOR,
        monthly(-1, 4),
        time(17, 30),
        "Giulia, 38, is the deputy production manager at a Milan civic theatre and her sponsor, the general director, is backing her to replace the retiring production manager in March. This week she has a set-build overrun of 14k she hasn't disclosed, a fire-safety inspection on Wed 2 Dec, a season calendar she promised by end of November, and a private pregnancy she is unsure whether to reveal before the succession decision. Her mother's fall may pull her to Puglia over Christmas, right on top of a tech week.",
        logged=(
            Logged(
                P,
                "O. priorità 2027: ridurre straordinari del 10% — she said it twice, 'non è negoziabile'",
                118,
            ),
            Logged(
                A, "asked O if I can sit in on the CdA (board) in sept as observer → sì!!", 90, DONE
            ),
            Logged(W, "get-in Arlecchino revival done in 9h instead of 14, zero infortuni 🙌", 84),
            Logged(
                N,
                "R. told the crew I'm 'la cocca della direttrice'. ugh. non rispondo, non ne vale la pena",
                80,
            ),
            Logged(
                G,
                "sent O the LED retrofit numbers — risparmio ~22k/anno on energia, she wants it for the bilancio",
                75,
            ),
            Logged(W, "CdA went ok, after O said 'brava, hai parlato poco ma giusto' 😅", 62),
            Logged(
                A,
                "chiesto a O la timeline formale per la successione di R. — 'ne parliamo dopo il bilancio' (so... later)",
                62,
                DONE,
            ),
            Logged(
                P,
                "O: sicurezza first after the 2025 incident w/ the fly bar — wants a written risk assessment on EVERY show not just the big ones",
                61,
            ),
            Logged(
                F,
                "devo mandare a O la bozza calendario produzioni stagione 27/28 entro fine novembre!!",
                60,
            ),
            Logged(
                G,
                "covered the sunday matinee get-out myself bc S. was sick, O saw it (she was in the foyer)",
                55,
            ),
            Logged(
                N,
                "la mamma è caduta, polso rotto. papà non ce la fa da solo. might need to go to Lecce for xmas week which is... tech week for the capodanno show. cazzo",
                48,
            ),
            Logged(
                A,
                "asked for +2 macchinisti for the Canto di Natale build, O: 'not now, vediamo a gennaio'",
                26.5,
                DONE,
            ),
            Logged(
                N,
                "O said she'd introduce me to the Fondazione Cariplo guy (Benedetti?) for the touring grant — still waiting",
                26.5,
            ),
            Logged(
                P,
                "O wants more under-30 in sala, asked me to think about cheap late shows w/ the Accademia students",
                26.5,
            ),
            Logged(
                N,
                "CV + lettera for the PM role sent to O on 3 nov, she said she'd give feedback. niente finora",
                23,
            ),
            Logged(
                W,
                "FIRMATO co-produzione with Teatro Sociale Bellinzona!! touring 3 cities in spring 🎭",
                22,
            ),
            Logged(
                F,
                "promised Luca (LD) I'd chase his fattura from settembre, amministrazione is sitting on it. vergogna",
                20,
            ),
            Logged(
                N,
                "scenografia Canto di Natale is 14k over. carpenters say steel price went up. non l'ho ancora detto a O",
                16,
            ),
            Logged(
                F,
                "RSU wants the december overtime rota by 1 dic, I said yes no problem (problem)",
                12,
            ),
            Logged(
                N,
                "sono incinta. 9 settimane. nobody at work knows. ok writing it here bc I have to write it somewhere",
                10,
            ),
            Logged(
                AG,
                "should I tell O about the pregnancy before she decides on R's job?? due ~giugno = right in the middle of season launch. non lo so",
                9,
            ),
            Logged(
                N, "O's assistant confirmed fri 27 but pushed to 17:30, O is in Rome wed-thu", 6
            ),
            Logged(
                W,
                "pre-check commissione vigilanza ok, only 2 minor notes (segnaletica uscita stage left)",
                5,
            ),
            Logged(
                N, "official sopralluogo vigili del fuoco Wed 2 Dec 10:00 — must be there, O too", 3
            ),
            Logged(
                AG, "14k overrun — tell her tomorrow BEFORE she hears it from amministrazione", 1.4
            ),
            Logged(
                AG,
                "ask again re succession timeline? bilancio è approvato now so 'dopo il bilancio' is... now",
                1.2,
            ),
        ),
    ),
    Persona(
        "gdansk_container_terminal_planner_manager",
        "Kasia",
        "yard & vessel planner, container terminal, Gdańsk",
        "chcę być planning lead w 2027, albo chociaż same dzienne zmiany",
        "Rafał",
        "terminal operations manager, my direct boss",
        Role.MANAGER,
        weekly(0),
        time(14, 15),
        "Kasia is a shift-working yard and vessel planner at a Gdańsk container terminal with a young son who has asthma. A very large vessel arrives Thu 3 Dec and about 37 reefer plugs are still dead after her manager said he would get them fixed; she also owes him a dwell-time analysis by Fri 27 Nov. A rival terminal is courting her with day-only shifts and she's unsure whether to say so.",
        logged=(
            Logged(
                P,
                "R: priorytet na Q4 = truck turnaround < 45 min. he checks it every morning lol",
                40,
            ),
            Logged(
                A,
                "pytałam o kurs Navis N4 super-user (Hamburg, 3 dni) → TAK, approved, styczeń 2027",
                38,
                DONE,
            ),
            Logged(
                W,
                "rehandles down 18% since the new stacking rule for export boxes 💪 R. pokazał to na odprawie",
                33,
            ),
            Logged(
                A,
                "asked to go day shifts only bc Kuba's przedszkole — R: nie, nie teraz, maybe Q2 when new planner starts",
                31,
                DONE,
            ),
            Logged(
                N,
                "near miss w/ straddle carrier in block C, nikt nie ucierpiał. R very tense, BHP audit coming",
                26,
            ),
            Logged(
                P,
                "R wants BHP first, then moves/h. he literally said 'wolę wolniej niż trumnę'",
                26,
            ),
            Logged(G, "sent R the berth plan draft for the Maersk string a day early", 21, DONE),
            Logged(
                G,
                "did the reefer plug census on my own time w niedzielę, 412 plugs, 37 dead 😬 sent to R",
                19,
            ),
            Logged(
                N,
                "R said he'd push the technicy to fix dead reefer plugs before the MSC call. nic się nie dzieje",
                12,
            ),
            Logged(
                N,
                "Kuba znowu w szpitalu w nocy, astma. slept 2h. don't want to make it a thing at work",
                9,
            ),
            Logged(F, "obiecałam R. dwell time analysis (import, Oct-Nov) na pt 27.11", 7),
            Logged(
                F, "swap w/ Marek — I take his nocka 5/6 Dec, he does my sob 21st. NIE ZAPOMNIEĆ", 6
            ),
            Logged(N, "DCT recruiter called again. +20% i tylko dzienne zmiany. hmm.", 4),
            Logged(
                AG,
                "MSC ULCV ETA czw 3.12 06:00, ~5800 moves, ~410 reefers on board, we have 375 working plugs → raise w/ R!!",
                2,
            ),
            Logged(AG, "powiedzieć mu o DCT czy nie??", 1.5),
            Logged(
                N, "uprawnienia UDT wygasają 31.12 — need to book renewal, ask if firma pays", 1
            ),
        ),
    ),
    Persona(
        "makati_motor_claims_adjuster_skip_level",
        "Bea",
        "senior motor claims adjuster, non-life insurance company, Makati City",
        "makalipat sa SIU (fraud unit) by mid-2027 🙏",
        "Liza",
        "VP for Claims, my boss's boss (my TL Sir Ronnie reports to her)",
        Role.SKIP,
        biweekly(4),
        time(14, 0),
        "Bea is a senior motor claims adjuster in Makati who broke a ₱4.2M carnapping fraud ring and wants to move into the fraud unit; her skip-level VP has asked her to present at ManCom on Fri 4 Dec. She owes a regulator complaint reply by Tue 1 Dec, and she's torn about telling the VP that her team lead presented her fraud find as his own. Her father's dialysis costs are pushing her into a salary loan she doesn't want work to know about.",
        logged=(
            Logged(
                P,
                "Ms Liza's big 3 for the yr: TAT <10 days, zero IC complaints, fraud leakage. sabi nya 'yung IC complaints ang pinaka-ayaw ko'",
                70,
            ),
            Logged(
                A,
                "asked kung pwede ako sa CFE review class — 'next year na, wala nang budget' 😕",
                56,
                DONE,
            ),
            Logged(
                W,
                "yung 9 na carnap claims na iisang talyer lang lahat — CONFIRMED fraud! ₱4.2M saved. Ms L forwarded to the President 😭🙏",
                42,
            ),
            Logged(
                G,
                "gave her the 2-page summary ng talyer network, 2 pages lang gaya ng gusto nya",
                41,
            ),
            Logged(
                N,
                "Sir R presented the carnap thing sa team huddle as 'our team's' find... ok lang ba? hindi ko alam",
                35,
            ),
            Logged(
                N,
                "Ms L said she'll ask Atty. Cruz (SIU head) if may opening for me — wait ko lang",
                28,
            ),
            Logged(
                A,
                "asked for 2 contractual adjusters for the post-typhoon surge → approved agad, start Nov 16",
                14,
                DONE,
            ),
            Logged(
                N,
                "tatay dialysis now 3x a week 😞 nag-apply ako ng salary loan, HR said 2 weeks. di ko sasabihin sa kanila kung bakit",
                12,
            ),
            Logged(F, "send Atty Cruz the list ng repeat plate numbers — promised last week pa", 9),
            Logged(
                F,
                "IC complaint re: Mr. Dizon's Fortuner claim — reply due Tue Dec 1, draft nasa akin pa",
                8,
            ),
            Logged(
                P,
                "Ms L: ManCom Dec 4, gusto nya ako mag-present ng fraud patterns, 10 mins, 'no jargon, no 40 slides'",
                6,
            ),
            Logged(F, "promised the team I'd ask re OT meal allowance for the typhoon weekends", 5),
            Logged(W, "cleared 312 typhoon claims in 10 days, TAT avg 7.8 days!!", 3),
            Logged(
                AG,
                "sasabihin ko ba kay Ms L na si Sir R ang nag-present ng work ko? or wag na lang",
                2,
            ),
            Logged(AG, "ask for a 15-min dry run ng ManCom deck with her before Dec 4", 1),
        ),
    ),
    Persona(
        "dublin_associate_dentist_mentor_complaint",
        "Aoife",
        "associate dentist, 3 yrs qualified, busy mixed PRSI/private practice, Dublin",
        "get on the implant cert course next year & stop feeling like I'm on a conveyor belt",
        "Helen",
        "retired oral & maxillofacial surgeon, my mentor through the young dentists' mentoring scheme",
        Role.MENTOR,
        monthly(2, 1),
        time(19, 0),
        "Aoife is a young associate dentist in Dublin with a retired surgeon as mentor; her implant course application closes Tue 15 Dec and the mentor promised to put in a word with the course director but hasn't yet. A patient complaint about a separated endo file needs her written account by Mon 30 Nov, and she is wondering whether to share the complaint letter (with patient details) and her doubts about staying in dentistry. Evening wrist pain from long lists keeps creeping into her notes.",
        logged=(
            Logged(N, "first call w/ Helen! she's lovely, v direct. 40 yrs in max fax", 43.5),
            Logged(
                P,
                "H: record keeping + consent above everything. 'write notes like they'll be read out by a barrister'",
                43.5,
            ),
            Logged(
                A,
                "asked if she'd read my implant course application → yes, sent it next morning, came back covered in red pen 😅",
                43.5,
                DONE,
            ),
            Logged(
                W,
                "first surgical ext solo, LL8, no drama, 25 mins 🦷 didn't call the principal once",
                30,
            ),
            Logged(G, "sent H my notes from the endo study day she couldn't make", 25),
            Logged(
                N,
                "H said she'd email Prof Doyle (course director) to put in a word. not heard back",
                15.5,
            ),
            Logged(F, "send H 2-3 cases for my portfolio before next call (ANONYMISED!!)", 15.5),
            Logged(
                A,
                "asked about dropping to 4 days/wk — H: 'not until you've got the cert, they'll read it as less commitment'. hmm",
                15.5,
                DONE,
            ),
            Logged(
                N, "wrist is killing me every evening. brace + nurofen. 9hr lists 3 days a week", 7
            ),
            Logged(
                N,
                "complaint — pt w/ separated file in LR6, I told her straight away + referred to endodontist, but now she wants a full refund and says she'll go to the Dental Council. PM wants my written account by Mon 30th",
                3,
            ),
            Logged(F, "finish + submit application — closes Tue 15 Dec", 2),
            Logged(
                AG, "do I show H the complaint letter? it's got the pt's name & address on it", 1
            ),
            Logged(
                AG, "tbh half thinking of leaving dentistry. should i even say that to her", 0.4
            ),
        ),
    ),
    Persona(
        "birmingham_nhs_medicines_procurement_finance_bp",
        "Ada",
        "medicines procurement manager (band 7, pharmacy technician background), NHS acute trust, Birmingham",
        None,
        "Gareth",
        "finance business partner for pharmacy & medicines — not my line manager, we meet monthly on the drugs budget",
        Role.OTHER,
        monthly(1, 3),
        time(11, 0),
        "Ada runs medicines procurement at a Birmingham hospital trust and meets the finance business partner monthly; he has owed her a variance breakdown for three weeks. She has discovered that part of the month-7 overspend is her own duplicated £38k order and is debating whether to raise it first; the forecast he needs for the board pack is due Fri 4 Dec. Winter shortages and caring for her mother before work are wearing her down.",
        logged=(
            Logged(
                P,
                "G: trust CIP target for pharmacy £1.2m, drugs is 'the only lever left' his words",
                52,
            ),
            Logged(
                A,
                "asked G for read access to the finance Power BI (drugs spend by directorate) → done, got it same week",
                50,
                DONE,
            ),
            Logged(
                W,
                "adalimumab + ustekinumab biosimilar switches signed off by DTC — £310k FYE saving",
                44,
            ),
            Logged(
                A,
                "asked if some of the biosimilar saving could fund a 2nd buyer (band 5) — G: no, all of it goes to CIP. fair but annoying",
                30,
                DONE,
            ),
            Logged(
                G,
                "gave G the top 20 high-cost drugs list w/ framework price-change dates so he can phase the forecast",
                30,
            ),
            Logged(
                N,
                "G said he'd send the M7 variance breakdown by directorate 'by end of next week'. that was 3 wks ago",
                21,
            ),
            Logged(
                F,
                "promised Dr Mensah (rheum) I'd check if the new tender affects homecare pts before xmas — still on my list",
                15,
            ),
            Logged(
                N,
                "shortages bonkers this wk: 3 SSPs live, half my day on the phone to wholesalers",
                10,
            ),
            Logged(
                N,
                "found it — the £38k IVIg overspend in M7 is partly MINE. PO raised twice on 14 Oct, stores accepted both deliveries. credit note requested, supplier dragging feet",
                8,
            ),
            Logged(F, "M8 drugs forecast to G by Fri 4 Dec (board pack)", 7),
            Logged(F, "chase supplier credit note, told stores I'd update them by wed", 6),
            Logged(
                N, "mum's carer cancelled again, doing mornings in Walsall before work. so tired", 5
            ),
            Logged(W, "aflibercept biosimilar go-live confirmed for 1 Dec w/ ophthalmology ✅", 3),
            Logged(AG, "do I tell G about the double PO before he spots it in M8? 🙈", 2),
            Logged(AG, "ask for the M7 breakdown again. politely.", 1.5),
            Logged(
                AG,
                "regional tender award from 1 Jan — 4 lines going UP, approx +£90k/yr, he needs this before he builds Q4",
                1,
            ),
        ),
    ),
    Persona(
        "toronto_new_grade2_teacher_first_peer_checkin",
        "Mei",
        "Grade 2 teacher, public elementary school, Toronto",
        "figure out how the other grade 2 class does things + not drown before winter break",
        "Dave",
        "the other Grade 2 teacher, 15 yrs at this school; the VP paired us for weekly check-ins",
        Role.PEER,
        weekly(1),
        time(15, 45),
        "Mei moved to a new Toronto elementary school in September and is about to have her first weekly check-in with the experienced teacher of the parallel Grade 2 class. There is almost nothing logged yet, but her progress report comments are due to the VP on Mon 30 Nov, the day before the first check-in, and she has done 6 of 22.",
        logged=(
            Logged(
                N,
                "VP set me up w/ Dave for weekly check-ins, first one next tues after dismissal",
                1.3,
            ),
            Logged(G, "covered D's yard duty today so he could get to the dentist", 0.9),
            Logged(
                AG,
                "ask D how he writes progress report comments — mine are due to VP mon 30th and I've done 6/22 😬",
                0.6,
            ),
        ),
        first=True,
    ),
)
