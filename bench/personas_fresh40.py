# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 27 (set AO)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH40 = (
    Persona(
        "dental_nurse_leeds_course_funding_before_cqc",
        "Shannon",
        "qualified dental nurse, mixed NHS/private dental practice (4 surgeries), Leeds",
        "get on the dental radiography cert in Jan and stop being the one who always ends up in decon lol",
        "Bev",
        "practice manager, my line manager",
        Role.MANAGER,
        weekly(4),
        time(8, 0),
        "Shannon is three years qualified and has logged every week for months. The college's enrolment for the January radiography course closes Mon 30 Nov and Bev has only ever said 'later' about paying for it, with a CQC inspection on Wed 2 Dec eating everyone's attention and Shannon's decon-room audit promised for Fri 27 Nov. Also in the log: unpaid overtime Bev was meant to chase, an associate dentist who keeps leaving her to finish instruments unpaid, her nan in hospital, money worries, and a Saturday she owes a colleague.",
        logged=(
            Logged(
                A,
                "asked if i could do the OHE (oral health educator) course next yr instead",
                48,
                DONE,
            ),
            Logged(
                N, "bev: OHE 'not a priority for the practice right now'. so thats a no then", 48
            ),
            Logged(
                P,
                "Bev: CQC ready by end of Nov, 'everything in the folder not in peoples heads'",
                48,
            ),
            Logged(
                A,
                "asked Bev if practice will pay for the radiography cert (£650ish, Jan intake, tues eves at the college)",
                41,
            ),
            Logged(N, "Bev said 'ask me again after the Q3 figures' 🙄 so basically later", 41),
            Logged(G, "covered Mel's surgery 3 days while she was off w covid", 34, DONE),
            Logged(
                W,
                "Mrs H (the v anxious one who cried last time) sat thru a full scale & polish, told Dr S I was the reason she came back 🥹",
                30,
            ),
            Logged(
                A, "sat emergency clinic 17/10 overtime - NOT on oct payslip. asked bev to sort", 27
            ),
            Logged(
                N,
                "decon - washer disinfector failed daily test AGAIN. logged it, told bev, engineer booked?? nobody knows",
                27,
            ),
            Logged(
                G,
                "made the laminated medical history prompt card for reception, bev loved it, using it in all 4 surgeries now",
                20,
                DONE,
            ),
            Logged(N, "bev: 'ill chase payroll' re the saturday", 20),
            Logged(P, "Bev wants every nurse to have safeguarding CPD logged by 31 Dec", 20),
            Logged(F, "send bev my CPD log for the yr", 20),
            Logged(F, "sharps log + fridge temp records tidy before CQC", 20),
            Logged(
                G, "showed Amir (new trainee) how we do the autoclave logs, he's actually good", 13
            ),
            Logged(W, "safeguarding lvl 2 done in one sitting 💪", 12),
            Logged(
                N,
                "CQC letter came!!! inspection WED 2 DEC. bev in full panic mode, practice meeting tmrw lunch",
                10,
            ),
            Logged(N, "nan in st james's again, chest infection. swapped tues w Jade", 9),
            Logged(F, "owe Jade a saturday (she covered tues 17th for me)", 8.5),
            Logged(
                N,
                "Dr K left at 5.50 again and i was doing his instruments till 6.40. thats the 4th time this month. unpaid. do i say something or am i being petty. he's the owners mate",
                7.5,
            ),
            Logged(A, "if i get on the course could i go to 4 days in Jan? would drop weds", 6),
            Logged(
                N,
                "tbh skint this month, xmas + nan's hospital parking £££. if they dont pay the 650 i cant do it, simple as",
                5,
            ),
            Logged(W, "washer disinfector FINALLY fixed + signed off by engineer", 4),
            Logged(F, "decon room audit - told bev done by fri 27th", 2),
            Logged(
                N,
                "college emailed - jan radiography enrolment closes MON 30 NOV. need bev's yes/no before then",
                1.5,
            ),
            Logged(G, "stayed til 7 last nite doing the COSHH folder w bev", 0.1),
            Logged(AG, "course funding - need answer by MON", 0.5),
            Logged(AG, "sat overtime still not paid (5 wks)", 0.5),
            Logged(AG, "Dr K thing?? maybe", 0.5),
        ),
    ),
    Persona(
        "welsh_quarry_manager_near_miss_dilemma",
        "Gethin",
        "quarry manager, granite aggregates quarry (national building-materials group), near Caernarfon, Gwynedd",
        "isho cael y regional ops job pan mae Dafydd yn ymddeol in spring — and stop being the site on the safety slide",
        "Rachel",
        "regional operations director (North Wales & Cheshire), my manager's manager",
        Role.SKIP,
        monthly(1, 1),
        time(10, 0),
        "Gethin runs a quarry and meets his skip-level Rachel on the first Tuesday of the month, next on Tue 1 Dec. His manager Dafydd told him to downgrade a dumper rollback near miss and log it after quarter end, and Gethin is unsure whether to raise that with Rachel. He also owes her a revised blast schedule before the meeting, owes the community council minutes that are already overdue, is waiting on her leadership-programme nomination (closes 11 Dec), and hasn't told work his partner is due mid-January.",
        logged=(
            Logged(
                P,
                "Rachel 2027: zero LTIs, diesel per tonne down 8%, 'no more neighbours ringing the council'",
                51,
            ),
            Logged(A, "gofyn am screen mesh newydd i'r secondary crusher (£18k capex)", 51, DONE),
            Logged(N, "R: yes i'r mesh 👍 PO through Dafydd, fit in xmas shutdown", 51),
            Logged(
                P,
                "R wants a fatigue plan for the night crushing shifts over winter, every site",
                51,
            ),
            Logged(F, "fatigue plan draft i Rachel", 51, DONE),
            Logged(A, "asked R to put me forward for the group Leadership Academy 2027", 23),
            Logged(N, "R: 'leave it with me, I'll put your name in'. nominations close 11 Dec", 23),
            Logged(
                N,
                "community liaison mtg at the village hall tonight. Mrs Pritchard Tŷ Newydd on about the dust + 8am blasts again. promised the clerk minutes 'within a fortnight'",
                21,
            ),
            Logged(F, "minutes liaison mtg -> clerk y cyngor cymuned", 21),
            Logged(W, "142 days no lost time. gorau yn y region", 19),
            Logged(
                N,
                "dumper 14 rolled back on the haul road ramp ddoe (Tue 10th). neb wedi brifo. driver hadnt set the park brake proper. Dafydd says log it as 'minor housekeeping' and do the report after quarter end so it doesnt hit the numbers. dwi ddim yn hapus efo hyn o gwbl",
                15,
            ),
            Logged(
                G,
                "lent R our drone lad Ifan for the stockpile survey at the Penmaenmawr site",
                12,
                DONE,
            ),
            Logged(
                N,
                "Lowri due 14 Jan. paternity 2 wks = right when we restart after shutdown. havent told anyone at work proper yet",
                9,
            ),
            Logged(
                F,
                "revised blast schedule i R — no blasts before 10am + text Tŷ Newydd 24h ahead. she wants it before the 1st",
                6,
            ),
            Logged(W, "diesel/tonne down 5.2% since Aug after the loader idle-time thing 🚜", 6),
            Logged(AG, "diesel — bring the graph", 1),
            Logged(AG, "leadership academy — did my name go in??", 1),
            Logged(AG, "sôn am dumper 14? or go back to Dafydd first. dunno", 0.5),
        ),
    ),
    Persona(
        "opera_inspizientin_hannover_referee_and_premiere",
        "Fritzi",
        "Inspizientin (deputy stage manager, calls the show), state opera house, Hannover",
        "PSM-Stelle in UK oder Kopenhagen bis 2028. und irgendwann mal ein freies Wochenende",
        "Margaret",
        "retired production stage manager (ex-London opera house), my mentor through an international opera mentoring scheme",
        Role.MENTOR,
        monthly(-1, 6),
        time(11, 0),
        "Fritzi calls shows at a German opera house and has a monthly video call with Margaret, next Sun 29 Nov, the day after her Hänsel und Gretel premiere. Margaret agreed to be a referee but wants the cover letter first, and the Stage Manager job Fritzi wants closes Fri 4 Dec. Fritzi also owes Margaret a one-pager by end of November, Margaret hasn't made the Copenhagen intro she promised, and Fritzi is wondering whether to admit she's also looking at event jobs because her partner is fed up with her hours.",
        logged=(
            Logged(
                P,
                "M: 'learn to run the room, not just the book' — sie will dass ich vor Weihnachten eine Produktionsbesprechung leite",
                60,
            ),
            Logged(A, "asked M if she'd be my referee for UK applications", 60, DONE),
            Logged(
                N,
                "she said YES 🥹🥹 but wants to see the cover letter before she writes anything",
                60,
            ),
            Logged(
                G,
                "fotos vom neuen cue-light system an M geschickt for her conference talk",
                40,
                DONE,
            ),
            Logged(A, "kann M mich mit jmd in Kopenhagen connecten? (Det Kongelige)", 32),
            Logged(N, "M: 'I'll drop Henrik a line this week' — noch nix gehört", 32),
            Logged(
                F,
                "1-pager für M: wie wir in deutschen Häusern callen vs UK (für ihre Studis). versprochen bis Ende Nov",
                32,
            ),
            Logged(F, "CV auf Englisch + cover letter an M", 30),
            Logged(
                W,
                "Technikprobe Akt 2 — Knusperhaus flog beim ersten Mal sauber rein, TD sagte 'gut gecallt' which from him is basically a medal",
                9,
            ),
            Logged(
                N,
                "SM job (scottish opera) closes FRI 4.12. M needs the letter before. letter ist halb fertig 😬",
                6,
            ),
            Logged(AG, "Produktionsbesprechung — Herr B lässt mich immer noch nicht, was tun", 5),
            Logged(
                AG,
                "should i tell M i've been looking at event mgmt jobs (Messe Hannover, better hours)?? feels like betrayal after she said yes to referee",
                4,
            ),
            Logged(
                N,
                "Tobi gestern: 'du bist nie da'. er hat ja recht. 14h Tage seit 2 Wochen. not for M probably",
                3,
            ),
            Logged(N, "GP heute abend, Premiere Sa 28.11. seit 6 wach. kaffee nr 3", 0.1),
        ),
    ),
    Persona(
        "dublin_tax_senior_first_sponsor_meeting",
        "Chidinma",
        "tax senior (private clients), mid-tier accountancy firm, Dublin",
        "be put up for assistant manager in the April round",
        "Declan",
        "tax partner, assigned as my sponsor on the firm's 'Rising' programme (not my line manager)",
        Role.SPONSOR,
        biweekly(3),
        time(12, 30),
        "Chidinma is a brand-new user with almost nothing logged. Her first meeting with a partner she barely knows, who was assigned as her sponsor, is today at 12:30. She has just got through the November tax-filing peak and doesn't know what to ask a sponsor for.",
        logged=(
            Logged(W, "ROS deadline yday, 61 returns out on my portfolio, zero late 😮‍💨", 7),
            Logged(
                N, "HR: Declan is my sponsor for Rising. first mtg thurs 26th 12.30 his office", 2
            ),
            Logged(AG, "what does he actually want from me?", 0.2),
        ),
        first=True,
    ),
    Persona(
        "atc_roster_admin_maastricht_peer_swap",
        "Lucía",
        "rostering & training-records administrator, upper-airspace air traffic control centre (international organisation), Maastricht",
        "move into the ops planning team y dejar de ser 'la de los rosters'",
        "Joost",
        "senior roster administrator in the other ops room; we set up a peer 1:1 every two weeks",
        Role.PEER,
        biweekly(0),
        time(14, 0),
        "Lucía, who is Spanish and works in the Netherlands, has a fortnightly peer 1:1 with Joost, next Mon 30 Nov, the day before the Christmas/New Year roster has to be published. She has spotted a controller whose medical expires on 3 Dec but who is rostered 4–6 Dec, and is unsure whose job it is to raise it. Joost still owes her a macro, has said 'not before January' to reading her application for a vacancy that closes 11 Dec, and she owes him an endorsements list. Her father has just had surgery in Valencia and she wants leave over Christmas.",
        logged=(
            Logged(G, "arreglé el pivot roto de J for the overtime report", 30, DONE),
            Logged(A, "would J read my cover letter for the ops planning vacancy?", 24, DONE),
            Logged(
                N, "J: 'not before Jan, sorry, hectic'. ok. pero la vacante cierra el 11 dic 😬", 24
            ),
            Logged(
                P,
                "J: both rooms on the same roster template by 15 Jan for the new tool migration in Feb. es SU proyecto, lo quiere limpio",
                24,
            ),
            Logged(G, "cubrí el callout del sábado 7 para J (cumple de su hija)", 18, DONE),
            Logged(
                A,
                "asked J for his leave-balance macro (the one that doesnt break with part-timers)",
                10,
            ),
            Logged(N, "J dijo 'vrijdag'", 10),
            Logged(
                F,
                "mandar a J la lista de unit endorsements que caducan antes del 31 Jan, his room",
                10,
            ),
            Logged(
                F,
                "take over the tuesday training-records report from J from Dec (dije que sí in a weak moment lol)",
                10,
            ),
            Logged(N, "viernes pasó. no macro. 🙃", 5),
            Logged(
                N,
                "publish Xmas/NY roster by TUES 1 DEC — union rep wants it a day early to check",
                5,
            ),
            Logged(W, "xmas roster draft: 0 unresolved leave conflicts, first time ever 🎄", 4),
            Logged(
                N,
                "papá operado hoy (rodilla), todo bien. want to fly to Valencia 18-28 dic. leave not approved yet + flights €€€ ahora",
                2.5,
            ),
            Logged(
                N,
                "OJO: K.V. medical expires 3 Dec y está en el roster 4,5,6 Dec. told sup? no todavía. is that my job or licensing's?? don't want to make a fuss about a colleague",
                2,
            ),
            Logged(AG, "macro!!", 1),
            Logged(AG, "ask J how he got his secondment to planning in 2023", 1),
        ),
    ),
    Persona(
        "glasgow_lettings_officer_phased_return",
        "Shona",
        "lettings officer (allocations & void lets), community-based housing association, Glasgow",
        "back to full hours by Feb without ending up back on the sick",
        "Priti",
        "HR business partner running my phased return to work (not my line manager)",
        Role.OTHER,
        weekly(2),
        time(10, 0),
        "Shona is in week 2 of a phased return after six weeks off with stress and meets HR (Priti) weekly, next Wed 2 Dec. Week 3 (four days) starts Mon 30 Nov and her fit note ends Sun 29 Nov, with a GP appointment on Fri 27. Her manager Gary gave her five viewings in one day when occupational health said two at most, she didn't mention it at yesterday's review, and the log mixes in her divorce, which she doesn't want on file. She still hasn't signed the return plan, Priti still hasn't got her an OH date, and she owes Gary figures from before she went off.",
        logged=(
            Logged(
                N,
                "first day back. plan is wk1 3 half days, wk2 3 days, wk3 4 days, wk4 full?? we'll see",
                10,
            ),
            Logged(
                F, "mind I still owe Gary the Sept void turnaround figs fae before I went off!!", 10
            ),
            Logged(
                G,
                "showed the 2 new housing assistants how we do the choice based lettings shortlist",
                9.7,
            ),
            Logged(
                P,
                "Priti 1st review: wants everything written doon, weekly check in, 'no surprises either way'",
                8,
            ),
            Logged(A, "can I WFH fridays for the paperwork side", 8, DONE),
            Logged(A, "when's my OH follow up?", 8),
            Logged(N, "P says she'll chase OH n get me a date 'by end of the week'", 8),
            Logged(F, "sign + send back the phased return plan", 8),
            Logged(
                N,
                "the divorce stuff is whats really doing me in tbh, no work. dont want that on my file",
                5,
            ),
            Logged(
                W,
                "got the Mc family oot the B&B and intae the 3 apt — wean's got her own room first time in 2 yrs. greeted in the car after (good greeting)",
                3,
            ),
            Logged(
                N,
                "OH said max 2 viewings a day for first 4 wks. Gary gave me 5 today 😐 did them. wrecked. do I tell Priti?? dont want to drop G in it, they're that short staffed",
                2.5,
            ),
            Logged(
                N,
                "2nd review: yes to WFH fridays till end of Jan 🙏. still nae OH date. didnae mention the viewings. bottled it",
                1,
            ),
            Logged(N, "STILL havnae signed the plan. dinnae know why im avoiding it", 1),
            Logged(N, "fit note runs oot sun 29th. GP fri 27th 9.10", 0.7),
            Logged(AG, "wk3 = 4 days fae Mon 30th, am I ready? honestly dunno", 0.5),
            Logged(AG, "the 5 viewings thing", 0.5),
        ),
    ),
)
