# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 46 (set CC)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH80 = (
    Persona(
        "CC_aroha_dairy_matamata",
        "Aroha",
        "2IC (second-in-charge) on a 650-cow dairy farm near Matamata, Waikato",
        "go contract milking by the 2028 season - want Graeme to back me and let me run shed 2 on my own first",
        "G",
        "Graeme, the farm owner and her direct boss; runs the place with his wife and does the weekly catch-up in the kitchen after morning milking.",
        Role.MANAGER,
        weekly(1),
        time(9, 45),
        "Aroha is 29 and has been 2IC on Graeme's farm for three seasons. Spring calving has just wrapped up and went well, and she has been working far more than the 50 hours her salary covers. "
        "She is waiting on Graeme for a reference letter for her Level 4 agriculture enrolment, which closes on 12 December. "
        "She wants to run the smaller second shed solo over summer as a step toward contract milking. "
        "She has heard Graeme's nephew Brody is coming home in February and might be given that shed. "
        "The delicate matter is her hours: she wants the extra calving hours recognised but does not want to look ungrateful or like a moaner to a boss she likes.",
        logged=(
            Logged(A, "asked G for 2 days off for cousin's tangi in Rotorua", 55, DONE),
            Logged(
                A, "asked G for ref letter for the Primary ITO lvl 4 enrolment - closes 12 Dec", 44
            ),
            Logged(G, "did the calf shed SOP rewrite, printed + laminated 🐄", 38, DONE),
            Logged(G, "trained Jun on the rotary - cups on + teat spray, hes good now", 30, DONE),
            Logged(P, "G wants SCC under 150 b4 the new grading kicks in jan", 25),
            Logged(W, "calving done!! 612 calved, only 9 dead calves, best yet", 20),
            Logged(N, "hrs last 3 wks 68/72/70. salary is for 50. hmm", 17),
            Logged(F, "book the mastitis vet check before xmas break", 12),
            Logged(F, "chase G re ref letter. still nothing", 10),
            Logged(N, "heard at the pub brody's coming home feb. is he getting shed 2??", 6),
            Logged(
                AG, "shed 2 over summer - can i run it solo, what does he need to see from me", 5
            ),
            Logged(AG, "the hours thing. how to say it w/o sounding like a moaner", 3),
            Logged(W, "SCC down to 168 from 210 🙌", 2),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "CC_misaki_hotel_kyoto",
        "Misaki",
        "front desk assistant manager at a mid-size ryokan-style hotel in Kyoto",
        "インバウンド担当チームを作って自分がリードしたい (lead a small team for overseas guests)",
        "森さん",
        "Mr Mori, the hotel's general manager (総支配人), who is her own manager's boss and meets her once a month.",
        Role.SKIP,
        monthly(2, 2),
        time(15, 0),
        "Misaki is 34 and has been at the hotel for eight years, now assistant manager on the front desk under the front office manager, Kato. "
        "She started answering English and Chinese reviews herself and the hotel's rating has gone up since. "
        "She asked Mori for a ¥300k budget for English training for six staff and has heard nothing back. "
        "She wants to pitch a dedicated inbound-guest team with herself leading it, and a new hire from Pune starts on 5 January who needs an English manual. "
        "The delicate matter: Kato presents her review project as his own idea and front staff have been missing breaks; she does not know whether to raise it with Mori without going behind Kato's back.",
        logged=(
            Logged(A, "森さんに英語研修の予算お願いした (¥300k, 6名)", 48),
            Logged(P, "森GM: 年末年始の稼働率95%目標、クレームゼロ", 47),
            Logged(G, "Mori-sanに頼まれた台湾の旅行会社向け資料、翻訳して送った", 40, DONE),
            Logged(W, "TripAdvisor 4.6→4.8!! 英語返信のおかげ?", 33),
            Logged(N, "加藤さんがまた会議で返信プロジェクトを「自分の案」って言ってた…😓", 29),
            Logged(F, "研修予算の件、森さんから返事なし。経理に聞く?", 21),
            Logged(N, "new hire Dhruv from Pune starts 1/5, need manual in eng", 18),
            Logged(N, "フロント3人が休憩とれてない、11月で2回目", 12),
            Logged(G, "Dhruv用の英語マニュアル draft 60%", 9),
            Logged(AG, "インバウンドチーム案 — 1枚にまとめて見せる", 7),
            Logged(AG, "加藤さんの件 how to bring up?? 言うべき?休憩の件だけにする?", 4),
            Logged(F, "年末シフト表 12/1までに出す", 3),
            Logged(W, "香港のお客様から手書きの手紙もらった🥹", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CC_kuba_electrician_leipzig",
        "Kuba",
        "Elektroniker (journeyman electrician) at a small electrical firm in Leipzig, doing Meisterschule in the evenings",
        "Meisterprüfung komplett bis Sommer 2027, dann eigener Betrieb in Görlitz",
        "Herr Brandt",
        "A retired Elektromeister who mentors him through the Handwerkskammer mentoring programme; knows everyone in the local Innung.",
        Role.MENTOR,
        biweekly(3),
        time(18, 0),
        "Kuba (Jakub) is 23, grew up in Zgorzelec across the river from Görlitz, and has been a Geselle for three years at Herr Krause's firm in Leipzig. "
        "He has passed part IV of the master exam and must register for part II by 15 December. "
        "He sent Brandt his 34-page master project draft (KNX planning for a Kita) over a month ago and is still waiting for feedback. "
        "He also asked Brandt to introduce him to Meister Lehmann in Görlitz, who wants to sell his business in 2027. "
        "He worries about writing long German answers in the theory exam. "
        "The delicate matter: his boss Krause does not know he plans to leave and start his own business, Brandt knows Krause from the Innung, and Kuba does not know how to ask Brandt to keep it to himself.",
        logged=(
            Logged(
                A, "Brandt gefragt ob er mein Meisterprojekt (KNX Kita Planung) durchschaut", 50
            ),
            Logged(G, "byłem u niego w sobotę, Wallbox angeschlossen + FI getauscht", 42, DONE),
            Logged(G, "Entwurf geschickt, 34 S. 😬", 36, DONE),
            Logged(
                A,
                "Kontakt zu Meister Lehmann in Görlitz der aufhört? B. kennt ihn aus der Innung",
                30,
            ),
            Logged(W, "Teil IV (AEVO) bestanden!! 87 pkt", 27),
            Logged(P, "B. sagt immer: Kalkulation zuerst, nicht Technik", 22),
            Logged(F, "nachfragen - feedback do projektu? juz 2 tyg nic", 20),
            Logged(N, "Lehmann ma 2 ludzi + Kundenstamm, 68 lat, chce sprzedać 2027", 15),
            Logged(F, "Prüfungsanmeldung Teil II bis 15.12.", 11),
            Logged(N, "Krause fragt komisch warum ich freitags früh weg bin", 9),
            Logged(AG, "Fachtheorie Aufsatz - mein Deutsch, tips?", 6),
            Logged(AG, "Krause + Innung: kann B. das für sich behalten? jak to powiedzieć", 4),
            Logged(W, "Probeklausur Planung 78%", 1),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "CC_wanjiru_dispatch_mombasa",
        "Wanjiru",
        "senior dispatcher and shift lead at a container trucking company in Mombasa",
        "Become depot manager - the new Naivasha ICD depot opens mid 2027",
        "Mama A",
        "Mrs Achieng Otieno, the regional operations director, who nominated her for the company's Future Leaders cohort and champions her with the MD.",
        Role.SPONSOR,
        monthly(1, 4),
        time(8, 0),
        "Wanjiru is 41 and has been with the company 17 years, starting as a clerk at the yard. "
        "Achieng put her in the Future Leaders cohort and Wanjiru asked her to mention her to the MD for the Naivasha depot manager role; the internal posting closes 15 January. "
        "Finance has still not approved her allowance for the Nairobi module on 7-11 December, and the deadline to confirm is 1 December. "
        "Her WhatsApp gate-booking pilot with 14 trucks cut port turnaround sharply and she wants to scale it to all 60 trucks. "
        "The delicate matter: her mother's health is getting worse and she may not be able to move to Naivasha, and she does not know how to say so to the sponsor who has pushed for her without seeming ungrateful.",
        logged=(
            Logged(A, "Asked Mama A to mention me to MD for Naivasha ICD", 58),
            Logged(G, "KPI deck for her board pres sent - turnaround, idle hrs, fuel/km", 45, DONE),
            Logged(W, "board liked the deck, A said MD asked 'who made this' 😄", 41),
            Logged(P, "A: port turnaround chini ya 36hrs by Q1, KPA congestion ni mbaya", 35),
            Logged(A, "allowance ya Nairobi module (Dec 7-11) - finance bado hawaja-approve", 26),
            Logged(G, "started WhatsApp gate booking pilot, 14 trucks", 19),
            Logged(N, "Mum's BP again, clinic Tues. siwezi kuhama sasa?", 13),
            Logged(N, "Naivasha JD out internally, closes 15 Jan", 10),
            Logged(F, "follow up finance + A on module allowance, deadline ni 1 Dec", 8),
            Logged(W, "pilot: avg turnaround 41h -> 33h 🚛🔥", 5),
            Logged(AG, "pilot results - ask to scale to all 60 trucks", 3),
            Logged(AG, "Naivasha... how to tell her I might not go without looking ungrateful", 2),
            Logged(F, "send pilot numbers 1-pager kabla ya meeting", 1),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CC_tomas_lighting_buenosaires",
        "Tomás",
        "jefe de iluminación (head lighting technician) at a municipal theatre in Buenos Aires",
        None,
        "Pau",
        "Paula, the production's stage manager (regidora); they run the technical side of the show together and have a mate every Monday to sort things out.",
        Role.PEER,
        weekly(0),
        time(11, 0),
        "Tomás is 52 and has lit shows at the theatre for over twenty years. "
        "He and Paula are co-running the technical side of a new opera that has its dress rehearsal on 9 December and opens on 11 December. "
        "He asked her to push the direction for two more technical rehearsals and to raise a new lighting console at the production meeting; he owes her the final cue sheet by 1 December. "
        "He covered cue-calling for her when she was sick. "
        "The delicate matter: his hearing is getting worse and he has missed calls on the headset; he wants Paula to move his channel to his good ear without explaining everything, because he fears it will be used to push him into retirement.",
        logged=(
            Logged(A, "consola nueva? le pedí a Pau que lo lleve a la reunión de producción", 52),
            Logged(A, "le pedí a Pau que pelee 2 ensayos técnicos más con dirección", 39),
            Logged(
                G,
                "cubrí a Pau llamando cues en la función del sábado (estaba con fiebre)",
                32,
                DONE,
            ),
            Logged(P, "Pau: que el cambio del acto 2 baje de 90 seg a 60", 28),
            Logged(N, "estreno 11/12, general 9/12", 24),
            Logged(
                G, "le armé a Pau la planta de luces impresa A3 para el asistente nuevo", 20, DONE
            ),
            Logged(N, "dirección dice: técnico extra sólo si sacamos el ensayo del 3", 16),
            Logged(F, "planilla de cues v3 - terminar antes del 1/12", 14),
            Logged(F, "pedir gelatinas al proveedor antes del feriado del 8", 9),
            Logged(N, "me perdí 2 llamadas en el intercom en la función de hoy. otra vez. 😕", 7),
            Logged(W, "acto 2 en 58 seg!! 💡", 6),
            Logged(AG, "ensayos técnicos - qué pasó con dirección?", 5),
            Logged(
                AG, "lo del oído... pedirle el canal 2 en el auricular izq sin explicar todo?", 2
            ),
        ),
        tz="America/Argentina/Buenos_Aires",
    ),
    Persona(
        "CC_shona_socialwork_glasgow",
        "Shona",
        "senior social worker in a children and families team, Glasgow",
        "do the practice educator award next year without burning out",
        "N.O.",
        "Dr Ngozi Okafor, an independent clinical supervisor the council pays for monthly reflective supervision; she is not Shona's line manager.",
        Role.OTHER,
        monthly(3, 1),
        time(14, 0),
        "Shona is 44 and a senior practitioner in a children and families team in the east end of Glasgow; her line manager is Lorraine. "
        "Her caseload has sat at 19 for weeks when it should be about 15, and a parent in a child protection case shouted at her in the office car park. "
        "A learning review is coming and she needs her chronology tidied before 10 December. "
        "She asked Ngozi for a reference for her practice educator application, due 9 January, and has not had it yet. "
        "The delicate matter: she has been crying in the car after visits and drinking wine most nights, and she is unsure whether that belongs in supervision or with her GP, and whether Ngozi would have to tell Lorraine.",
        logged=(
            Logged(A, "asked N.O. for the reading on vicarious trauma she mentioned", 57, DONE),
            Logged(
                G, "wrote the reflective acct of the hearing like she asked, sent 2 pages", 35, DONE
            ),
            Logged(P, "N.O. keeps asking what I'm doing for 'me'. homework: 1 thing a week", 34),
            Logged(A, "asked N.O. for a reference for PEPS - due Jan 9", 30),
            Logged(W, "B kids back home w/ gran, panel agreed 💛", 26),
            Logged(N, "caseload 19. again. Lorraine says 'temporary'", 22),
            Logged(N, "dad in the M case shouted at me in the car park, police informed", 18),
            Logged(F, "learning review - get my chronology tidied b4 Dec 10", 12),
            Logged(F, "chase N.O. for PEPS ref", 8),
            Logged(N, "greetin in the car again after the M visit. wine most nights tbh", 6),
            Logged(AG, "M case - the car park thing, how do I feel safe going back out there", 4),
            Logged(W, "walked Cathkin Braes sat, phone off. the 'me' thing 😅", 3),
            Logged(
                AG,
                "do I say about the wine/greetin? is that supervision or a GP thing. would she have to tell Lorraine?",
                2,
            ),
        ),
        tz="Europe/London",
    ),
)
