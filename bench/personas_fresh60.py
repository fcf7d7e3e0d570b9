# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 37 (set BI)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH60 = (
    Persona(
        "BI_adaeze_midwife_enugu",
        "Adaeze",
        "Registered midwife (8 yrs), labour ward of a federal teaching hospital, Enugu, Nigeria",
        "I want to be a clinical instructor — get on the post-basic training list for 2027 and teach the students properly",
        "Matron",
        "Matron Okafor, Assistant Chief Nursing Officer in charge of the labour ward; Adaeze's line manager",
        Role.MANAGER,
        weekly(0),
        time(14, 0),
        "Adaeze is a strong, overworked midwife who has been asking Matron to nominate her for the clinical instructor course; the list closes end of January and Matron keeps deferring until after the January accreditation visit. Night shifts are routinely one midwife plus one student for 20+ beds; after a near-miss PPH she filed an incident form and has heard nothing. Twelve days ago she watched a senior registrar insult and slap a labouring woman and has told no one; the registrar is rumoured to be related to the CMD. She has also quietly passed the UK NMC CBT and is under pressure at home to emigrate, which Matron does not know, and her mother is unwell.",
        logged=(
            Logged(
                N,
                "matron said d in-service training list for 2027 closes end of jan. need to get my name on it",
                82,
            ),
            Logged(
                A,
                "asked matron to put me fwd for the post-basic clinical instructor course. she said 'we'll see' 🙄",
                75,
            ),
            Logged(G, "did the ward stock count for matron while she was at the CNO meeting", 70),
            Logged(
                P,
                "matron's big thing now is the accreditation visit in Jan — wants ALL partographs complete and signed",
                66,
            ),
            Logged(
                G,
                "redid 3 months of partograph audit sheets for the accreditation folder. used 2 of my off days",
                58,
            ),
            Logged(
                W,
                "my CTG teaching session for the student midwives — tutor from school of midwifery said it was the best one this yr",
                48,
            ),
            Logged(
                N,
                "night shift: me + 1 student for 22 beds. PPH in bed 7, had to leave 2 women in 2nd stage alone to run for oxytocin. mum n baby ok but God abeg. this cannot continue",
                43,
            ),
            Logged(
                A,
                "told matron abt the night staffing after the PPH. she said 'everybody is managing, write it down'. filled incident form, gave her a copy",
                41,
                DONE,
            ),
            Logged(
                W,
                "twin delivery bed 12, 2nd twin breech — Dr Eze said my management was textbook in front of everyone at handover. matron was there 😊",
                36,
            ),
            Logged(
                P,
                "matron keeps saying CS referrals must have indication clearly documented, she got queried by the HOD",
                33,
            ),
            Logged(
                N,
                "passed the NMC CBT 🇬🇧. hubby says start OSCE prep now. havent told anybody at work",
                30,
            ),
            Logged(
                N, "still no feedback on the incident form. nobody has even asked me abt it", 27
            ),
            Logged(
                F,
                "promised matron I'll train the 2 new interns on CTG reading — no date fixed yet",
                25,
            ),
            Logged(
                N,
                "mama BP was 190/110 on sunday, rushed her to Park Lane. swapped 2 shifts. so tired",
                20,
            ),
            Logged(
                A,
                "reminded matron abt the instructor course list. she said she'll 'look at it after accreditation'",
                19,
            ),
            Logged(
                G,
                "stayed back 3hrs after shift to help matron sort the drug register b4 pharmacy audit",
                16,
            ),
            Logged(
                N,
                "Dr Obi (SR) shouted at a woman in labour, called her a goat and slapped her thigh bc she wasnt pushing well. I didnt say anything. cant stop thinking abt it",
                12,
            ),
            Logged(
                N,
                "dont know if I shd tell matron or go straight to HOD. ppl say Obi is CMD's in-law",
                11,
            ),
            Logged(F, "owe matron the partograph audit summary Sept–Nov by 30th", 9),
            Logged(
                A,
                "asked for day shifts only for 2 wks in Dec bc of mama. matron said she'll check the roster",
                6,
            ),
            Logged(
                AG, "night staffing — bring the incident form number and ask what happened to it", 2
            ),
            Logged(AG, "ask her straight: is my name on the 2027 list or not", 1),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "BI_kamil_welder_haugesund",
        "Kamil",
        "Welder (TIG/MIG, 3 yrs), agency worker at an offshore module fabrication yard, Haugesund, Norway",
        "Chcę być inspektorem — get my CSWIP 3.1 welding inspector cert in the next 2 yrs, not be on the floor at 40",
        "Bjørn",
        "Bjørn, senior QC welding inspector at the yard (retiring in March); informal mentor, not in Kamil's chain",
        Role.MENTOR,
        monthly(1, 2),
        time(15, 30),
        "Kamil is a 26-year-old Polish welder employed through a staffing agency; Bjørn agreed to mentor him toward a welding inspector qualification before he retires. Kamil owes Bjørn homework from the last session and has an open ask for a reference to get course funding. Five days ago his foreman asked him to put his welder ID stamp on duplex welds done by a colleague who is not qualified for that procedure; Kamil has not refused and fears losing his agency contract. The fume extraction in his hall has also been broken for weeks. Bjørn, as QC, knows about neither.",
        logged=(
            Logged(
                N,
                "pierwsze spotkanie z Bjørn. he said start w ISO 5817 and keep a notebook of every defect i see",
                85,
            ),
            Logged(
                A,
                "asked Bjørn if i can shadow him on a VT round — ja, did it 2 wks later 👍",
                85,
                DONE,
            ),
            Logged(W, "passed 6G TIG bend test on duplex 🎉 first try", 60),
            Logged(
                G,
                "brought Bjørn photos of my root passes w notes like he asked, he marked them up in red pen haha",
                50,
            ),
            Logged(
                P,
                "Bjørn retiring in march, says he wants to 'leave someone behind who knows what a good weld looks like'",
                50,
            ),
            Logged(
                A,
                "asked if he'd write me a reference so the byrå / yard pays part of CSWIP course",
                22,
            ),
            Logged(
                F,
                "homework from Bjørn: read the porosity + undercut chapter and explain it back to him next time. not done yet 😬",
                22,
            ),
            Logged(
                N,
                "hall 3 avsug dead again, 3rd week. Rune says use the mask and stop whining. half the guys have headache by lunch",
                14,
            ),
            Logged(
                N,
                "Rune asked me to put my stamp on 4 welds on module B that Andrius did, he doesnt have the duplex qual yet. i said i'll think. dont want to lose the contract w the byrå",
                5,
            ),
            Logged(N, "nie wiem co robić z tym stamp thing. Andrius is my mate", 4),
            Logged(AG, "ask abt CSWIP 3.1 course dates in Bergen/Stavanger + cost", 3),
            Logged(F, "send Bjørn my logbook pages before we meet", 2),
        ),
        tz="Europe/Oslo",
    ),
    Persona(
        "BI_linh_frontoffice_danang",
        "Linh",
        "Front office supervisor, international beach resort, Da Nang, Vietnam",
        "Move from front desk into revenue management within 2 years",
        "Mr Raj",
        "Mr Raj, the resort's General Manager (joined 3 months ago); Linh's manager's manager",
        Role.SKIP,
        biweekly(3),
        time(16, 0),
        "Linh has run the front desk team for two years and just signed up; her new GM has started skip-level 1:1s with every supervisor and the first one is today. She wants to move into revenue management but has not yet said so to her own manager, the Front Office Manager. There is very little history to work from.",
        logged=(
            Logged(
                P, "he keeps saying in every briefing: more direct bookings, less OTA commission", 9
            ),
            Logged(
                N,
                "Mr Raj started skip-level 1:1 w all supervisors, mine is every other Thu 4pm. hơi run 😅",
                2,
            ),
            Logged(AG, "want to ask if I can sit in on the weekly revenue meeting sometimes", 1),
        ),
        first=True,
        tz="Asia/Ho_Chi_Minh",
    ),
    Persona(
        "BI_marisol_dispatcher_monterrey",
        "Marisol",
        "Cross-border freight dispatcher, family-owned trucking company (40 trucks), Monterrey, Mexico",
        "Quiero llegar a gerente de operaciones — run the whole cross-border desk someday",
        "Gabe",
        "Gabe, dispatcher at the company's Laredo, TX yard; same level, handles the US leg of the same loads",
        Role.PEER,
        weekly(4),
        time(9, 0),
        "Marisol and Gabe split the same loads across the border and sync every Friday. She has covered his loads, shared her carriers and built the crossing-time tracker he now presents as his own, while her asks (a proof of delivery holding up a customer payment, cover for 12 December) go unanswered. Six days ago Gabe told her to have a driver keep going and 'fix the log later' to hit an appointment; she neither passed it on nor pushed back, and the driver sounded exhausted. The owner has hinted an operations manager role may open in 2027.",
        logged=(
            Logged(
                G, "le pasé a Gabe mi contacto de Transportes Ríos pq se le cayó un carrier", 80
            ),
            Logged(G, "cubrí sus cargas el viernes que se fue al juego de los Spurs 🙄", 72),
            Logged(A, "asked Gabe for the new Laredo yard gate code — sent same day", 55, DONE),
            Logged(
                A,
                "asked Gabe to send me the POD for load 4471 — Walmart is holding payment til they get it",
                45,
            ),
            Logged(
                G,
                "built him the spreadsheet for aduana crossing times. now he shows it in the US ops call como si fuera suyo 🙃",
                38,
            ),
            Logged(A, "pedí otra vez el POD de la 4471. nada.", 31),
            Logged(W, "0 rejected crossings on my side all of october 💪", 26),
            Logged(G, "stayed til 11pm re-routing 3 of HIS trucks when Colombia bridge closed", 25),
            Logged(
                N,
                "Don Chuy mentioned the ops manager job might open in 2027 when Sr. Garza retires 👀",
                20,
            ),
            Logged(
                P,
                "Gabe's whole thing rn is on-time % for the HEB account, his bonus depends on it",
                15,
            ),
            Logged(A, "asked if he can cover my loads dec 12 (Día de la Virgen, family thing)", 10),
            Logged(
                N,
                "Gabe told me to tell Lalo 'just keep driving, fix the log later' to make the 6am in San Antonio. Lalo had been up since 3. no le dije nada a Lalo pero tampoco le dije que no a Gabe",
                6,
            ),
            Logged(
                F, "I owe Gabe the updated carrier rate sheet, told him 'this week' last week 😅", 4
            ),
            Logged(N, "Lalo sounded super tired on the radio last night. me preocupa", 3),
            Logged(AG, "POD 4471 AGAIN + who covers dec 12", 1),
        ),
        tz="America/Monterrey",
    ),
    Persona(
        "BI_aroha_freshwater_wellington",
        "Aroha",
        "Senior freshwater scientist, regional council, Wellington, New Zealand",
        "Lead the council's new catchment science team when it's stood up next year",
        "Claire",
        "Claire, Deputy Chief Executive (Environment) at the council; two levels up, actively backing Aroha for the new team lead role",
        Role.SPONSOR,
        monthly(3, 1),
        time(11, 0),
        "Aroha's sponsor Claire has been raising her profile with councillors and put her on the steering group for the new catchment science team. Claire still owes answers on how the lead role will be filled and its pay band, and Aroha owes Claire a structure draft and job-description feedback. Comms want this summer's swim report to call sites 'generally suitable' and bury a beach where 4 of the last 5 samples breached the E. coli alert level, and claim Claire's office approved the wording; Aroha does not know if that is true and worries raising it will cost her Claire's support.",
        logged=(
            Logged(
                P,
                "Claire: LTP submissions close Feb, she wants 'evidence people can actually read' not 80 page reports",
                70,
            ),
            Logged(
                G,
                "wrote Claire a 2-pager on Ōtaki catchment nitrate trends for her councillor briefing",
                64,
            ),
            Logged(
                W, "Claire quoted my 2-pager at full council, Cr Tait asked for me by name 🙌", 57
            ),
            Logged(
                A,
                "asked Claire to get me on the steering grp for the new catchment team — she did, first hui 3 Dec",
                50,
                DONE,
            ),
            Logged(
                G, "did the regional sector science forum talk for Claire when she was crook", 45
            ),
            Logged(W, "NIWA data sharing agreement finally signed after 8 months 🎉", 40),
            Logged(
                A,
                "asked if the team lead role goes external or internal EOI first. 'still being worked through'",
                35,
            ),
            Logged(
                F,
                "Claire said she'd have a word w HR about the band for the role — hasn't come back",
                28,
            ),
            Logged(
                N,
                "up in Kaitaia for Nan's tangi, back Monday. Claire sent flowers, that was lovely",
                24,
            ),
            Logged(F, "owe Claire feedback on the draft JD — said 'soon' 🙈", 20),
            Logged(
                N,
                "Kahu Beach: 4 of last 5 samples over the red alert line for E. coli. that should be a public health warning",
                16,
            ),
            Logged(
                N,
                "Jared (comms) wants the swim report to say 'generally suitable for swimming' and move Kahu to an appendix. thats not what the data says",
                12,
            ),
            Logged(
                N, "jared said claire's office signed off the wording?? not sure thats true", 11
            ),
            Logged(F, "promised Claire a draft of the team structure options by 11 Dec", 8),
            Logged(AG, "raise Kahu wording — carefully", 2),
            Logged(AG, "timeline for team lead role", 1),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "BI_ines_illustrator_porto",
        "Inês",
        "Freelance children's book illustrator (sole trader), Porto, Portugal",
        None,
        "Sofia",
        "Sofia, art director at a Lisbon children's publisher; Inês's main client",
        Role.OTHER,
        biweekly(2),
        time(17, 30),
        "Inês delivered book 1 for Sofia's publisher; a €3,200 invoice is now over 90 days unpaid and the book 2 contract, promised verbally in September, has not arrived although Sofia keeps sending briefs and Inês has started sketching. A new reprint contract draft includes a clause allowing the publisher to use all her artwork for any purpose including training digital tools. Her partner has just moved out and rent is late; she cried on the last call. She owes Sofia a colour palette and book 2 cover sketches.",
        logged=(
            Logged(
                W,
                "Sofia approved all 32 spreads of 'A Baleia que não sabia nadar' with only 2 changes 🐋",
                84,
            ),
            Logged(
                A,
                "asked when invoice 2026-014 (€3.200) gets paid — 'finance is slow in summer'",
                66,
            ),
            Logged(
                A, "asked if book 2 contract is coming, she said yes 'definitely' on the call", 60
            ),
            Logged(
                G,
                "did 3 extra spot illos for their Feira do Livro catalogue, de borla, bc Sofia was stuck",
                50,
            ),
            Logged(
                N,
                "still no contract for book 2 but she keeps sending briefs?? started sketches anyway",
                33,
            ),
            Logged(P, "Sofia needs book 2 ready for Bologna in April, her boss is on her case", 28),
            Logged(A, "chased invoice 014 again. 90+ days. Sofia says she'll 'push finance'", 20),
            Logged(F, "book 2 cover sketches — promised 'early Dec'", 14),
            Logged(
                N,
                "o Rui saiu de casa. chorei no meio da call com a Sofia 🤦‍♀️ she was kind but ugh",
                9,
            ),
            Logged(N, "rent late this month. I really need that €3.200", 8),
            Logged(
                F, "owe Sofia the revised colour palette for the Baleia reprint by Fri 4 Dec", 7
            ),
            Logged(
                N,
                "reprint contract draft has a clause: they can use 'all delivered artwork for any purpose incl. training of digital tools'. wtf. not signing that",
                4,
            ),
            Logged(AG, "invoice 014 + book 2 contract BEFORE I do more on book 2", 1),
        ),
        tz="Europe/Lisbon",
    ),
)
