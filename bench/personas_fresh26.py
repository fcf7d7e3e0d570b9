# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 20 (set AA)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH26 = (
    Persona(
        "icu_charge_nurse_secondment_messy_private",
        "Ngozi",
        "band 6 charge nurse in adult ICU at an NHS teaching hospital in Leeds",
        "get the band 7 outreach secondment in jan, or at least not get passed over again",
        "Helen",
        "ICU matron, her line manager",
        Role.MANAGER,
        biweekly(1),
        time(13, 30),
        "Three months of messy notes: Ngozi wants the outreach secondment, but her log mixes work with her dad's dialysis in Lagos, an unreported back injury, a heated row with colleague Dean, agency shifts at another trust for money (while Helen's priority is cutting agency spend) and an undisclosed offer from a private hospital. She owes an overdue audit by Friday and December rota requests before the 10th.",
        logged=(
            Logged(
                A,
                "asked helen abt outreach secondment EOI - she said 'put it in writing' so did",
                86,
                DONE,
            ),
            Logged(
                G,
                "covered nights wk of the 31st when 3 off sick, helen said thx on the ward whatsapp",
                80,
            ),
            Logged(
                N,
                "dad dialysis now 3x wk in lagos, mum cant cope. might need to fly out dec?? havent told anyone at work",
                74,
            ),
            Logged(W, "passed ALS recert 🙌", 70),
            Logged(P, "helen - CQC prep + cutting agency spend is her whole life this qtr", 66),
            Logged(A, "asked for study day for the outreach competencies. 'after CQC'", 58),
            Logged(
                N,
                "dean swapped my sat on the rota w/o asking AGAIN. told him straight in the staff room, bit heated, HCA saw. ugh",
                52,
            ),
            Logged(F, "send helen the pressure ulcer audit bay 2", 49),
            Logged(N, "back bad since proning mr K. incident form? no. co-codamol n crack on", 45),
            Logged(
                G,
                "did induction for the 2 new intl nurses, made them a cheat sheet for vent settings",
                40,
            ),
            Logged(W, "bed 7 family wrote to PALS naming me, matron fwd it 💛", 35),
            Logged(
                N,
                "spire rang. band 7 equiv, ~4k more, days only. tempted tbh. helen doesnt know",
                29,
            ),
            Logged(A, "asked if i can lead the CQC mock walkround - yes!!", 24, DONE),
            Logged(
                N,
                "doing 2 agency shifts/wk at st james for dads money, knackered. abeg make dec come fast",
                19,
            ),
            Logged(F, "pressure ulcer audit - helen chased, promised by fri 🙈", 9),
            Logged(F, "dec rota swap reqs (incl leave for lagos?) must go in before the 10th", 6),
            Logged(
                P, "helen says trust wants 'retention conversations' w all band 6s this month", 4
            ),
            Logged(AG, "secondment decision date?? + do i mention spire or not", 2),
            Logged(AG, "dean thing. raise it or leave it", 1),
        ),
        first=False,
    ),
    Persona(
        "audit_trainee_first_mentor_no_goal",
        "Tiago",
        "first-year audit trainee at a Big Four firm in São Paulo",
        None,
        "Renata",
        "senior manager in advisory, his assigned mentor in the firm's mentoring programme",
        Role.MENTOR,
        monthly(1, 2),
        time(9, 0),
        "Brand-new user before his very first session with an assigned mentor from a different practice; no goal set, almost nothing logged (in Portuguese), and he doesn't know what to bring.",
        logged=(
            Logged(N, "email do RH: 'venha com 2-3 temas'. temas?? 😅", 3),
            Logged(
                N,
                "mentora nova renata (advisory). nao sei o q falar kkk. busy season comeca jan",
                1,
            ),
        ),
        first=True,
    ),
    Persona(
        "primary_teacher_gives_everything_to_peer",
        "Priya",
        "Year 4 class teacher at a primary school in Leicester",
        "get the english lead role when jen goes on mat leave in spring",
        "Jen",
        "Year 4 parallel-class teacher and current English lead",
        Role.PEER,
        weekly(4),
        time(13, 15),
        "Priya does a huge amount for her year-group partner Jen (planning, cover, risk assessments, even buying books with her own money) and has never asked for anything; she wants Jen's English lead role while Jen is on maternity leave but hasn't said so directly, and Jen has presented Priya's work as shared. Jen's pregnancy details appear in the notes.",
        logged=(
            Logged(
                G, "did all the wk 3 maths slides for both classes so jen cd do her SLT stuff", 45
            ),
            Logged(G, "covered jen's yard duty tues + weds", 41),
            Logged(G, "did the vikings trip risk assessment for both classes, sent to office", 38),
            Logged(G, "marked jens writing assessments when she was off for the scan", 33),
            Logged(W, "lesson obs 'good w outstanding features' from mr hussain 👏", 30),
            Logged(
                G, "sorted reading corner for jens class too, ordered books w my own £ (£38) 🙃", 26
            ),
            Logged(
                N, "jen said she'll 'put a word in' w head re english lead. not mentioned since", 21
            ),
            Logged(
                G,
                "wrote the y4 spelling overview, jen presented it at staff mtg as 'our' plan.. fine i guess",
                16,
            ),
            Logged(G, "did parents eve slots spreadsheet for both", 12),
            Logged(P, "jen - mock sats data + handover b4 mat leave", 9),
            Logged(G, "had her class 2-3:15 so she cd go to midwife", 5),
            Logged(
                AG,
                "shadow english lead stuff before she goes?? how to ask w/o sounding like im after her job",
                2,
            ),
            Logged(AG, "xmas play script - whos doing it (not me again pls)", 1),
        ),
        first=False,
    ),
    Persona(
        "sous_chef_only_asks_sponsor",
        "Diego",
        "sous chef at a restaurant group in Lisbon (from Seville)",
        "head chef at the new chiado site opening in march",
        "Marta",
        "group executive chef, backing him for the Chiado head chef role",
        Role.SPONSOR,
        monthly(-1, 0),
        time(15, 30),
        "Diego's sponsor is pushing him for head chef of a new site; every single entry he has logged is an ask of her (meetings, data, a raise, courses, a word with the ops director, menu feedback, even a letter for his residency renewal) and nothing he has given back. Notes partly in Spanish.",
        logged=(
            Logged(A, "pedí a marta q me meta en las reuniones de chiado", 62, DONE),
            Logged(A, "asked her for food cost sheets from the other sites", 55, DONE),
            Logged(A, "asked if i can do the tasting menu for the investors dinner", 48),
            Logged(A, "pedí subida. 'hablamos en enero'", 40),
            Logged(A, "asked to go on the mgmt course the group pays for", 33),
            Logged(A, "asked her to tell rui (ops dir) i want chiado. she said 'he knows'", 27),
            Logged(A, "2 extra cooks for xmas? she said use agency", 20, DONE),
            Logged(A, "asked her to look at my chiado menu draft 🙏", 13),
            Logged(
                A, "asked for a letter from the group for my residency renewal (SEF/AIMA thing)", 7
            ),
            Logged(AG, "chiado timeline + who else is in the running", 3),
            Logged(AG, "pedir llevar el pase los sabados", 2),
        ),
        first=False,
    ),
    Persona(
        "warehouse_night_supervisor_skip_owes_deadlines",
        "Jakub",
        "night shift supervisor at a grocery distribution centre near Poznań",
        "be seen as ready for shift manager when Paweł moves up",
        "Andrea",
        "site general manager, his manager's manager",
        Role.SKIP,
        biweekly(1),
        time(6, 30),
        "Skip-level with the site GM at the end of his night shift, in the run-up to Christmas peak. Jakub owes her several things due in the coming days (absence data by Friday, forklift recert list end of month, H&S walk next week, peak roster before the 10th), and his own manager Paweł is uneasy about him going direct to Andrea.",
        logged=(
            Logged(
                P, "andrea: xmas peak +35% vol, zero lost time injuries, fix night pick rate", 40
            ),
            Logged(A, "asked andrea for 2 reach truck trainees on nights", 38, DONE),
            Logged(W, "night pick rate 94% -> 101% in 3 wks 💪", 30),
            Logged(F, "send her absenteeism by shift (nights vs days)", 27, DONE),
            Logged(G, "trained the ukr lads on new scanners, made pictogram sheet PL/UA", 22),
            Logged(N, "Paweł not loving me going direct to andrea. ostroznie", 17),
            Logged(F, "forklift recert list (UDT expiries) - end of month", 15),
            Logged(F, "xmas peak roster draft before the 10th", 12),
            Logged(N, "bierzemy 12 agency na grudzien, polowa nigdy nie robila chlodni", 10),
            Logged(F, "absence numbers v2 w agency split - by fri", 8),
            Logged(F, "next week: H&S walk w her + Paweł, 5am", 5),
            Logged(AG, "shift mgr path? NEBOSH?", 3),
            Logged(AG, "dock door 7 broken AGAIN", 1),
        ),
        first=False,
    ),
    Persona(
        "wine_export_rep_licence_hearing",
        "Camille",
        "export sales rep for a wine négociant in Bordeaux",
        "hit the Q4 number and get the japan/korea accounts off olivier next year",
        "Stéphane",
        "export sales director, her manager",
        Role.MANAGER,
        weekly(0),
        time(8, 0),
        "Camille is close to her Q4 target and wants a colleague's Asian accounts; her notes include a pending speeding-offence court date that could cost her the licence she needs for client visits, and an incident where that colleague (Olivier) was drunk and rude to a buyer's assistant. She owes Stéphane a budget comparison.",
        logged=(
            Logged(
                P, "stéphane: Q4 = 1,2M€, push the 2022 crus before prices drop, CN is dead", 50
            ),
            Logged(W, "closed the hamburg importer, 18 palettes 🍷", 44),
            Logged(A, "asked for tokyo trip in feb. 'peut-être, c'est les comptes d'olivier'", 37),
            Logged(
                N,
                "olivier bourré au dîner again, insulted the korean buyer's assistant. pas mes oignons??",
                31,
            ),
            Logged(G, "translated tech sheets into DE for S's deck", 26),
            Logged(
                N,
                "flashée 2x sur l'A10, 8 pts gone + convoc tribunal 14 jan. si suspension = pas de voiture = pas de visites clients. merde",
                18,
            ),
            Logged(W, "at 1,02M = 85% of Q4", 11),
            Logged(F, "send S the vinexpo stand budget comparison", 9),
            Logged(A, "asked to do the seoul importer call solo", 4, DONE),
            Logged(AG, "japan/korea split for 2027 - how to ask w/o throwing O under the bus", 2),
            Logged(AG, "tell him abt the licence b4 jan??", 1),
        ),
        first=False,
    ),
)
