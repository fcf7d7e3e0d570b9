# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 40 (set BP)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH67 = (
    Persona(
        "BP_wanjiru_nurse_nairobi",
        "Wanjiru",
        "Registered nurse, medical wards at a county referral hospital, Nairobi, Kenya",
        "Get sponsored for the BSc critical care upgrade and be working in ICU within two years",
        "Sister Akinyi",
        "Nursing Officer in Charge of the medical wards; Wanjiru's direct manager",
        Role.MANAGER,
        weekly(4),
        time(14, 0),
        "Wanjiru has been on the medical wards six years and is the one who gets called when someone drops a night shift. The county opens in-service training sponsorship in December and she needs Sister Akinyi's recommendation before 11 December. She has not told Sister that the night ward has run with one nurse for 38 patients, that a patient deteriorated before she could reach him, or that she saw a new colleague charting observations he never took. Her mother is ill upcountry, which is why she asked for fewer nights.",
        logged=(
            Logged(
                A,
                "asked Sister to sign my CNE hours cert for the council renewal. signed same day",
                71,
                DONE,
            ),
            Logged(
                N,
                "Sister Akinyi said the in-service sponsorship list opens Dec, need recommendation from her + CNO",
                62,
            ),
            Logged(
                A,
                "asked Sister if I can be considered for the critical care BSc sponsorship. she said 'lets see how the year ends'",
                55,
            ),
            Logged(G, "covered Njeri's night shift again (3rd time this month) 😮‍💨", 48),
            Logged(G, "did the IPC audit for ward 7 bc Otieno was off, submitted to Sister", 44),
            Logged(
                W,
                "Sister thanked me in morning report for the audit, ward 7 score went 61% -> 84% 🙌",
                41,
            ),
            Logged(
                P, "her big thing rn is pressure ulcer numbers, the hospital board is asking", 40
            ),
            Logged(
                A,
                "asked for fewer nights in Nov/Dec bc of mum's situation. she said she'll try",
                38,
            ),
            Logged(
                N,
                "mum admitted at Nyeri PGH again, sugars v high. travelled sat-sun. v tired. havent told anyone at work",
                35,
            ),
            Logged(G, "covered night for Njeri again 🙄 thats 4", 30),
            Logged(
                N,
                "night of 2nd nov, me alone w 38 pts, 2nd nurse pulled to casualty. bed 14 desaturated and I only got to him after like 20 min. he's ok but I cant stop thinking abt it",
                24,
            ),
            Logged(
                N,
                "Kevo (the new one) wrote 6am obs in the chart that he didnt take, I saw him. dont know whether to tell Sister or talk to him first",
                19,
            ),
            Logged(F, "send Sister the turning-chart template I made for pressure areas", 17, DONE),
            Logged(P, "Sister wants the wards ready for the KQMH assessment in Jan", 14),
            Logged(
                W,
                "turning chart now used on wards 7 and 8!! Sister said she'll present it at nursing mgmt mtg",
                12,
            ),
            Logged(
                A, "asked about Dec/Jan rota, whether I'm on Christmas again. no answer yet", 10
            ),
            Logged(
                F, "promised to train the 2 new interns on the turning chart before end of month", 9
            ),
            Logged(F, "bring copy of ICU short course cert for my file", 6),
            Logged(
                N,
                "night staffing, need to say something. 1:38 is not safe. how to say it without sounding like im complaining 😔",
                3,
            ),
            Logged(AG, "sponsorship recommendation, county forms deadline 11 dec", 2),
            Logged(AG, "nights in Dec - mum", 1.7),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "BP_jonas_elektriker_leipzig",
        "Jonas",
        "Electrician (Elektroniker, Geselle) at a six-person electrical contracting firm, Leipzig, Germany",
        "Meister machen (am liebsten ab Herbst 2027) und irgendwann nen eigenen Betrieb, PV + Wärmepumpen",
        "Klaus",
        "Retired master electrician who mentors him through the Handwerkskammer mentoring scheme",
        Role.MENTOR,
        monthly(1, 1),
        time(17, 30),
        "Jonas is 26, four years out of his apprenticeship, and is weighing full-time versus part-time Meisterschule, which comes down to money and his boss. Klaus, a retired Elektromeister who ran his own firm, mentors him through a Handwerkskammer scheme and has already reviewed his Aufstiegs-BAföG application. Klaus does not know that Jonas's boss keeps asking him to sign off distribution boards wired by an intern when he wasn't there, or that a solar company has offered Jonas a job that would partly pay for Meisterschule.",
        logged=(
            Logged(
                N,
                "erstes Treffen mit Klaus, super entspannt, 40 J. Meister, hatte selbst nen Betrieb in Grünau",
                84,
            ),
            Logged(
                A,
                "gefragt ob er meinen Aufstiegs-BAföG Antrag mal durchschaut -> ja, soll ihm schicken",
                84,
                DONE,
            ),
            Logged(F, "BAföG Antrag an Klaus schicken", 80, DONE),
            Logged(
                N,
                "Klaus meint Vollzeit Meisterschule 1 Jahr > Teilzeit 2 Jahre neben der Arbeit. hmm. geld??",
                52,
            ),
            Logged(
                G,
                "Klaus seine PV aufm Gartenhaus angeschaut, WR war falsch konfiguriert, gefixt 👍 er wollte mir 50€ geben, nee",
                45,
            ),
            Logged(
                A,
                "Klaus wollte mir Kontakt zu seinem alten Kollegen von der Innung geben (Prüfungsausschuss). noch nix gekommen",
                24,
            ),
            Logged(
                P,
                "Klaus: 'immer erst die Zahlen' - will nen Finanzplan sehen bevor wir über Vollzeit reden",
                24,
            ),
            Logged(
                F,
                "bis zum nächsten Treffen Preise raussuchen: Meisterkurs HWK vs private Schule",
                23,
            ),
            Logged(F, "3 Sätze Feedback für Klaus' Mentorenbericht an die HWK schreiben", 22),
            Logged(
                N,
                "Chef (Ronny) will schon wieder dass ich die Verteilung vom Praktikanten abnehme und unterschreibe, war nicht mal dabei. 2. mal. mein Name steht aufm Protokoll, kein gutes Gefühl",
                17,
            ),
            Logged(
                N,
                "Angebot von SolarWerk Ost: 3.400 brutto + Firmenwagen, Meisterschule zahlen sie teilweise. Gespräch war echt gut",
                11,
            ),
            Logged(W, "E-Check Schein bestanden!! 🎉", 8),
            Logged(AG, "SolarWerk annehmen? und was heißt das für Meister Vollzeit", 2.8),
            Logged(
                AG, "Unterschrift-Sache mit Ronny, wie ansprechen ohne dass ich rausfliege", 1.9
            ),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "BP_mariana_souschef_saopaulo",
        "Mariana",
        "Sous chef at a contemporary Brazilian restaurant, part of a three-restaurant group, São Paulo, Brazil",
        "Ser chef de cozinha da casa nova que o grupo vai abrir em Pinheiros em 2027",
        "Rogê",
        "Rogério, executive chef and co-owner of the restaurant group; her head chef's boss",
        Role.SKIP,
        biweekly(0),
        time(15, 0),
        "Mariana runs the line most nights because head chef Fabrício is often out at events. The group opens a fourth restaurant in Pinheiros next year and Rogério has not said who will lead it, only that her name is 'on the table'. She has watched Fabrício humiliate a 19-year-old commis in front of the brigade and does not know whether raising it with Fabrício's boss will cost her the new kitchen. She is going through a separation and has asked to stop doing Sunday doubles; that request is still unanswered.",
        logged=(
            Logged(P, "Rogê quer baixar o CMV pra 28% em todas as casas até março", 70),
            Logged(
                G,
                "montei as fichas técnicas do menu de primavera inteiro, 22 pratos, mandei pro Rogério",
                60,
            ),
            Logged(
                W, "cupim com tucupi entrou no menu fixo, Rogê elogiou na frente do Fabrício 😅", 55
            ),
            Logged(
                A,
                "perguntei de Pinheiros, quem vai ser chef. ele: 'ainda tô pensando, mas teu nome tá na mesa'",
                42,
            ),
            Logged(
                N,
                "Fabrício de novo gritando com o Davi na frente de todo mundo, chamou de 'retardado'. menino quase chorou na câmara fria. não é a primeira vez",
                33,
            ),
            Logged(
                N, "Davi me perguntou se isso é normal em cozinha. eu não soube o que falar", 32.4
            ),
            Logged(G, "cobri 3 domingos dobrados seguidos pq o Fabrício tava em evento", 28),
            Logged(
                N,
                "separação oficial. advogado caríssimo. preciso dos domingos pra ficar com a Lila 💔",
                26,
            ),
            Logged(F, "cotar peixe do fornecedor de Ubatuba vs Ceagesp pro Rogê", 20, DONE),
            Logged(
                A,
                "pedi pra não fazer domingo dobrado em dezembro. ele disse que ia ver com o Fabrício. nada ainda",
                14,
            ),
            Logged(
                F,
                "mandar pro Rogério a proposta de aproveitamento de aparas/redução de desperdício até sexta 27/11",
                8,
            ),
            Logged(W, "CMV da casa caiu de 33 pra 30,5% em outubro 📉", 6),
            Logged(AG, "Pinheiros: pedir um sinal claro e prazo", 2),
            Logged(AG, "falar do Davi?? não sei se cabe a mim", 1.5),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "BP_aiko_postdoc_osaka",
        "Aiko",
        "Postdoctoral researcher in structural biology (cryo-EM), national university, Suita (Osaka), Japan",
        "Land a junior PI position (tenure-track associate prof) in Japan or Singapore by 2028",
        "M-sensei",
        "Prof. Morimoto, senior professor at another institute of her university; chairs her fellowship committee and has offered to advocate for her",
        Role.SPONSOR,
        monthly(2, 2),
        time(16, 0),
        "Aiko's JSPS fellowship ends in March 2027 and she is applying for junior PI posts; the first deadline (Kyoto) is 15 December and needs Morimoto's letter. Over three months she reviewed his grant draft, trained his students on the microscope, spoke at his symposium and sent slides for his institute review, while the letter and an introduction to a Singapore professor have gone unanswered and he is now travelling. She has not told him that her own PI is pressing her to stay on three more years as a project assistant professor.",
        logged=(
            Logged(
                N,
                "M-sensei said 'you should be running your own group by 30'. will 'put my name forward' when things open",
                85,
            ),
            Logged(G, "read & commented on his KAKENHI Kiban A draft, 14 pages of comments 😵", 70),
            Logged(G, "ran Krios training for 3 of his M2 students (2 full days)", 58),
            Logged(
                A,
                "asked if he could write a letter for the Kyoto junior PI post (deadline 12/15). 'of course, send me your CV'",
                50,
            ),
            Logged(F, "send CV + research statement to M-sensei", 48, DONE),
            Logged(
                G, "invited talk at his symposium, he introduced me as 'our rising star' lol", 40
            ),
            Logged(W, "EMDB deposition accepted + bioRxiv preprint out!! 3.1 Å 🎉", 36),
            Logged(
                A,
                "asked for intro to Prof. Lim at NUS (his old postdoc friend). 'will do', nothing yet",
                33,
            ),
            Logged(P, "he's busy w/ the institute external review in Dec, v stressed", 21),
            Logged(A, "emailed to check on the Kyoto letter. no reply", 18),
            Logged(G, "made him 3 slides on our cryo-EM pipeline for the external review", 12),
            Logged(
                N,
                "Sato-sensei (my PI) again hinting I should stay as 特任助教 3 more yrs... feels like he needs me for his grant renewal more than anything",
                10,
            ),
            Logged(A, "another reminder abt the letter, auto reply 'on travel until 11/30'", 4),
            Logged(
                F, "offer to draft the letter for him to edit? some profs like that. ask first", 3
            ),
            Logged(AG, "Kyoto letter, deadline 12/15, needs to be uploaded by 12/13 to be safe", 1),
            Logged(AG, "NUS intro to Prof Lim", 0.9),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "BP_sione_warehouse_auckland",
        "Sione",
        "Day shift team leader at a cold-chain distribution warehouse, Wiri, Auckland, New Zealand",
        None,
        "Mere",
        "Night shift team leader at the same warehouse; his peer, they share a weekly handover catch-up",
        Role.PEER,
        weekly(1),
        time(6, 0),
        "Sione started using the tool after the site manager asked the two shift leads to meet weekly at changeover. Handover between his day crew and Mere's night crew has been rough: chilled pallets left sitting on the dock and a near miss with a reach truck that nobody reported. He has no particular career plan; he wants the two shifts to stop blaming each other without it turning into a fight with Mere.",
        logged=(
            Logged(
                N,
                "set up weekly w Mere at changeover tue 6am. she's sound, just her crew leave the dock in a state",
                2.9,
            ),
            Logged(
                N,
                "near miss fri arvo, reach truck reversing down aisle 9 no spotter, Tevita had to jump out the way. nobody logged it. not 100% sure it was nights' driver or one of ours tbh",
                1.9,
            ),
            Logged(AG, "chilled pallets on the dock 20+ min at handover, temp log", 0.6),
        ),
        tz="Pacific/Auckland",
        first=True,
    ),
    Persona(
        "BP_rohan_engineer_pune",
        "Rohan",
        "Junior engineer (civil), water supply department, municipal corporation, Pune, India",
        "Clear the departmental exam for Deputy Engineer and get into the design cell of the 24x7 water project",
        "Meera ma'am",
        "Team lead of the external project management consultancy supervising the 24x7 water supply project; reviews his wards' work but is outside his chain of command",
        Role.OTHER,
        biweekly(2),
        time(11, 30),
        "Rohan supervises pipe-laying and house connections in two wards of the 24x7 water project; Meera, who heads the consultant team, meets him every other week on progress and quality. A contractor's site supervisor is pressing him to certify measurement-book entries for 1.2 km of pipeline when he measured about 800 m laid, hinting that the Executive Engineer approves. Rohan has told no one at work and Meera is the one senior person outside his hierarchy he trusts. His family also wants him to seek a transfer closer to home before his wedding.",
        logged=(
            Logged(
                P,
                "Meera ma'am priority: NRW baseline for DMA 14 & 15 before Jan review w World Bank team",
                75,
            ),
            Logged(G, "did the night flow measurement at DMA 14 with her team, 2am-4am 🥱", 60),
            Logged(
                W,
                "DMA 14 leak survey found 9 leaks, NRW down approx 6% est. ma'am put my name in the report 🙏",
                45,
            ),
            Logged(
                A,
                "asked ma'am if she can guide me for dept exam (hydraulics paper). she said send syllabus",
                44,
            ),
            Logged(F, "send syllabus to Meera ma'am", 43, DONE),
            Logged(
                A, "ma'am said she'll share her old EPANET modelling notes, not received yet", 30
            ),
            Logged(
                N,
                "engagement fixed for Feb 😅 ghar pe sab bol rahe transfer le lo near home. don't want to leave this project",
                20,
            ),
            Logged(
                N,
                "Patil (contractor site sup) asking me to sign MB for 1.2 km on Kharadi stretch. I checked, max 800m laid. he said 'saheb ne bola hai, sign kar do'. saheb = EE??",
                16,
            ),
            Logged(
                N,
                "Patil called again, 'aap naye ho, samjho'. feeling v uneasy. Papa says keep quiet and do your job 😞",
                11,
            ),
            Logged(F, "check pressure logger readings at Chandan Nagar ESR", 9),
            Logged(F, "GIS layer for house connections ward 15, promised ma'am by 4 Dec", 7),
            Logged(
                AG,
                "MB issue - ask ma'am how PMC handles measurement disputes (without naming anyone?)",
                1,
            ),
            Logged(AG, "EPANET notes", 0.95),
        ),
        tz="Asia/Kolkata",
    ),
)
