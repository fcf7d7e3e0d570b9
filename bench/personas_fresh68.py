# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 41 (set BQ)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH68 = (
    Persona(
        "BQ_aroha_apprentice_electrician_auckland",
        "Aroha",
        "Third-year electrical apprentice, small commercial electrical contractor (9 staff), Auckland, New Zealand",
        "Pass my registration exam mid next year and get signed off to do my own jobs. One day run my own crew",
        "Bruce",
        "Training advisor from the apprenticeship training organisation; visits her and her employer monthly",
        Role.OTHER,
        monthly(1, 2),
        time(15, 30),
        "Aroha is the only woman on a crew led by a leading hand, Dave, under the owner Steve. Her logbook of hours is months behind because Steve hasn't signed pages, which could delay her exam eligibility, and Bruce can lean on the employer about that. Twice recently Dave had apprentices work on a lighting circuit without isolating it; Bruce does not know, and Aroha is scared that raising it will cost her the crew or the apprenticeship. She has also been working unpaid Saturdays that Steve calls training.",
        logged=(
            Logged(P, "bruce wants all his apprentices to sit a full practice exam b4 xmas", 34.2),
            Logged(
                N,
                "bruce visit went ok, reckons my logbook is 'light' on switchboard work, need more sb hours b4 next yr",
                34.1,
            ),
            Logged(
                A,
                "asked bruce if the ITO can push Steve to sign my logbook pages, been sitting on his desk since aug",
                34,
            ),
            Logged(
                A,
                "asked about moving to a diff employer if things dont improve. he said 'lets talk about it next time'",
                33.9,
            ),
            Logged(F, "get steve to sign aug + sep pages", 33),
            Logged(
                G,
                "did the talk to the yr 1s at the ITO open evening for bruce, 20 min, bit nervous lol",
                25.3,
            ),
            Logged(
                W,
                "did the whole sub-board on the onehunga daycare job myself, Dave checked it, zero faults on test 💪⚡",
                19,
            ),
            Logged(N, "steve signed aug only 🙄 sep still there", 12.4),
            Logged(F, "book ITO block course for feb, closes 4 dec!!", 15),
            Logged(
                N,
                "dave had me n Jono swap a fitting on the mezz w the circuit still on bc 'no time to find the board'. didnt feel right. Jono says its normal on jobs like this",
                9.3,
            ),
            Logged(F, "send bruce my practice exam results (68% on the regs paper, ugh)", 6),
            Logged(
                N,
                "worked sat again for nothing, steve calls it 'training'. mum says im being mugged off",
                5.2,
            ),
            Logged(
                N,
                "again today at the warehouse job, same thing. said id go isolate it and dave goes 'dont be precious'",
                3.4,
            ),
            Logged(
                AG,
                "how do i bring up the live work thing w/o getting dave in the shit or me kicked off the crew?? maybe ask bruce like hypothetically",
                1.8,
            ),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "BQ_linh_care_worker_sakai",
        "Linh",
        "Care worker (Specified Skilled Worker visa), private nursing home, Sakai, Osaka, Japan",
        "Pass the kaigo fukushishi exam in Jan so I can stay in Japan long and bring my daughter here",
        "Fujita-san",
        "Floor leader of the 2F dementia unit; Linh's direct manager",
        Role.MANAGER,
        biweekly(1),
        time(13, 30),
        "Linh came from Vietnam 14 months ago and works mostly nights on a dementia floor; her visa is tied to the employer. Her daughter is with her mother in Vietnam and has been in and out of hospital. She has seen a senior colleague, Morita-san (15 years there, well liked), handle a resident with dementia roughly at bath time, and a bruise appeared afterwards; Fujita-san does not know who caused it. The same colleague makes jokes about her being foreign in front of families. Fujita-san still owes her answers on day shifts in December and on her visa renewal paperwork.",
        logged=(
            Logged(N, "first 1on1 w Fujita-san. she talk fast, i understand maybe 70% 😅", 84),
            Logged(
                A, "asked if company pay for exam prep course — she will check w honsha", 84, DONE
            ),
            Logged(N, "Fujita-san said honsha pays half of course fee 🙏🙏", 70),
            Logged(G, "covered Sato-san night shift 2x when her kid sick", 62),
            Logged(A, "asked about raise after 1 year — she said after exam result", 55),
            Logged(
                G,
                "made fall-risk poster in Vietnamese + Japanese for new tokutei staff (Fujita-san asked)",
                45,
            ),
            Logged(P, "Fujita-san: fall prevention #1 this quarter, 2 falls in Oct on 2F", 40),
            Logged(W, "Fujita-san say my kiroku much better now, less red pen ✍️", 38),
            Logged(F, "finish 実務者研修 assignments by Dec 15", 30),
            Logged(N, "con gái bị sốt lại, mẹ đưa đi viện. cant sleep, calling home 3am", 27),
            Logged(
                N,
                "told Fujita-san about my daughter in hospital, i cried a little in 1on1, so embarassing",
                26,
            ),
            Logged(
                A,
                "asked to move night → day shift for Dec so i can study. she said 'maybe', depends on new hire",
                26,
            ),
            Logged(G, "trained new girl Anh — diaper change + transfer, 3 shifts", 21),
            Logged(
                F,
                "promised Fujita-san to translate the new hire manual pages into Vietnamese (no date)",
                19,
            ),
            Logged(
                N,
                "Morita-san called me 'gaikokujin-chan' again in front of families. others laugh. me too, what can i do",
                16,
            ),
            Logged(
                N,
                "Fujita-san said she talk to honsha about my 特定技能 renewal papers — still nothing, expires March",
                14,
            ),
            Logged(P, "city audit in Jan, all kiroku must be perfect she says", 12),
            Logged(
                N,
                "bath time Morita-san w Tanaka obaachan — pulled her arm hard bc she not want to stand, obaachan crying itai itai. i said nothing",
                11,
            ),
            Logged(
                N, "Tanaka-san bruise on arm today. i wrote 'bruise found' in kiroku but not who", 8
            ),
            Logged(W, "mock exam 78/125!! pass line ~60% so OK 🎉", 6),
            Logged(F, "give Fujita-san shift swap form for Dec 29–Jan 3 by Monday", 3),
            Logged(
                AG,
                "Tanaka-san bruise — tell Fujita-san?? Morita-san senior, everybody like him. if i say maybe problem for me, my visa?",
                1.7,
            ),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "BQ_juliana_graphic_designer_bogota",
        "Juliana",
        "Graphic designer (contract, OPS), communications office of the city government, Bogotá, Colombia",
        "Ser directora de arte del equipo de diseño, ideally leading the 2027 city rebrand",
        "la Dra. C",
        "Dra. Cárdenas, Director of Communications; her boss Mauricio's boss",
        Role.SKIP,
        monthly(2, 0),
        time(9, 0),
        "Juliana is a contract designer whose contract ends 31 December and may or may not be renewed. She has done a lot of extra work for the director and asked for little: one request to be considered for the 2027 rebrand, deferred to January. Her manager Mauricio has told her to redraw the rainy-season flood-risk map so two neighbourhoods no longer show as high risk, against the risk agency's data, and brushed off her question about who asked for it. The campaign launches 7 December, and the director may not know about the change.",
        logged=(
            Logged(
                A,
                "le pedí a la Dra que me considere para el rebrand 2027 — 'hablemos en enero'",
                58,
            ),
            Logged(F, "mandarle a la Dra portafolio de 5 piezas antes de fin de año", 58),
            Logged(G, "le hice las slides para el Concejo a la Dra C — hasta la 1am 😵", 52),
            Logged(
                G,
                "rediseñé el template de redes de la Secretaría, ahora lo usan todas las áreas",
                40,
            ),
            Logged(
                W, "la pieza del Día sin Carro salió en El Tiempo y la Dra la compartió en X 🙌", 33
            ),
            Logged(P, "Dra C: campaña temporada de lluvias es LA prioridad, lanzamiento 7 dic", 28),
            Logged(G, "cubrí a Mauricio en el comité de marca, presenté yo sola", 24),
            Logged(G, "hice los íconos del tablero de indicadores de la Dra, todo el finde", 17),
            Logged(N, "contrato OPS vence 31 dic, nadie dice nada de renovación 😬", 14),
            Logged(A, "le pregunté a Mauricio por la renovación, 'eso lo decide la Dra'", 13),
            Logged(
                N,
                "Mauricio me pidió 'suavizar' el mapa de riesgo de inundación, quitar el rojo de Tintal y Patio Bonito 'para no generar pánico'. los datos del IDIGER dicen rojo",
                9,
            ),
            Logged(N, "le pregunté si eso venía de arriba. 'no preguntes tanto, Juli'", 8),
            Logged(
                AG,
                "mapa inundaciones: cómo le pregunto a la Dra sin saltarme a Mauricio?? no quiero publicar algo falso, la gente vive ahí",
                0.9,
            ),
        ),
        tz="America/Bogota",
    ),
    Persona(
        "BQ_thandiwe_postdoc_capetown",
        "Thandiwe",
        "Postdoctoral researcher in marine ecology (kelp forests and abalone), university, Cape Town, South Africa",
        "Land a permanent research post in SA so I don't have to leave. First step is the NRF fellowship",
        "Marieke",
        "Prof. Marieke van Wyk, chief scientist at a national marine research institute; agreed to nominate Thandiwe for a fellowship",
        Role.SPONSOR,
        monthly(4, 4),
        time(11, 0),
        "Thandiwe's postdoc contract ends in August 2027 and Marieke has just agreed to nominate her for a national research fellowship, asking for a sharper research story. This is their first scheduled check-in. Marieke does not know Thandiwe has also applied for a lecturer job in Australia as a fallback. An introduction to the fisheries department's abalone team would unlock data her fellowship proposal depends on.",
        logged=(
            Logged(
                N,
                "Marieke said YES to nominating me for the NRF fellowship!! 20 min call, she wants 'a sharper story' 🌊",
                6.3,
            ),
            Logged(
                A,
                "asked if she could intro me to the DFFE abalone people for the data-sharing thing, she said she'd 'see'",
                6.2,
            ),
            Logged(F, "send M the 2-page research narrative + CV by 4 Dec", 5),
        ),
        tz="Africa/Johannesburg",
        first=True,
    ),
    Persona(
        "BQ_jun_chef_de_partie_dubai",
        "Jun",
        "Chef de partie, hot kitchen of a five-star hotel, Dubai, United Arab Emirates",
        "Maging sous chef bago mag-35, at a good hotel or maybe Chef Anand's new place",
        "Chef A",
        "Chef Anand, his former executive chef, now owns a small restaurant group; informal mentor",
        Role.MENTOR,
        biweekly(6),
        time(16, 0),
        "Jun is a Filipino cook on an employer-sponsored visa, sending money home to his pregnant wife. Chef Anand has given a great deal (menu feedback, a reference, books, knives) while Jun has given back little and still hasn't sent the dates for the stage he promised. He lost a sous chef interview for lack of leadership experience, and Chef Anand is opening a second branch in February. At work the executive sous chef keeps having staff relabel chicken with later dates, a commis got sick after staff meal, and Jun fears reporting it would cost him his job and visa.",
        logged=(
            Logged(
                A,
                "asked Chef A to review my tasting menu for the internal comp — he sent 3 pages of notes 🙏",
                70,
                DONE,
            ),
            Logged(
                A,
                "asked Chef A to be my reference for the Sous Chef post at the Marina property — ok daw",
                48,
                DONE,
            ),
            Logged(N, "Chef A gave me his old Larousse + 2 knives haha sobrang bait", 44),
            Logged(
                W,
                "2nd place sa internal culinary comp!! Chef A's note about acid saved the dish",
                36,
            ),
            Logged(G, "sent Chef A photos + recipe of the sinigang consommé for his menu R&D", 33),
            Logged(
                A,
                "asked Chef A to intro me to his friend at Atlantis (exec sous) — he said ok, no intro yet",
                30,
            ),
            Logged(N, "Marina interview — didn't get it. 'not enough leadership exp' 😔", 22),
            Logged(
                A,
                "asked Chef A how to get leadership exp if my CDC never lets me run the pass — he said ask to run staff meal + breakfast line",
                21,
                DONE,
            ),
            Logged(
                F,
                "promised Chef A i'll stage 2 Saturdays at his Al Quoz place, he's waiting for my dates",
                20,
            ),
            Logged(
                P, "Chef A opening 2nd branch in Feb, said he's 'looking for hungry people'", 14
            ),
            Logged(N, "wife 5 months na, OB says ok. sent 2,500 AED this month, tight", 12),
            Logged(
                N,
                "exec sous told us relabel the chicken from Sun to Tue dates again. 3rd time this month. ginawa ko 😞",
                10,
            ),
            Logged(
                N, "one of the commis got sick after staff meal chicken. connected? di ko alam", 7
            ),
            Logged(F, "send Chef A the stage dates (Sat 5 + 12 Dec?) this weekend", 4),
            Logged(
                AG,
                "tanong kay Chef A: what do i do about the relabel thing. if i go to hygiene manager baka ako matanggal, visa ko thru the hotel",
                2,
            ),
            Logged(
                AG,
                "ask Chef A straight if Feb branch sous role is possible for me... nahihiya ako",
                0.8,
            ),
        ),
        tz="Asia/Dubai",
    ),
    Persona(
        "BQ_grzegorz_dispatcher_lodz",
        "Grzegorz",
        "Dispatcher, family-owned road freight company (22 trucks), Łódź, Poland",
        None,
        "Kasia",
        "The other dispatcher; runs the international routes while he runs domestic",
        Role.PEER,
        weekly(0),
        time(7, 15),
        "Grzegorz is 58, has dispatched for the company for 19 years and has no ambitions beyond doing the job well. He and Kasia sync every Monday before the trucks go out; she is pushing a new transport management system he finds hard. The owner's son Kuba has been pressing drivers to finish routes past their legal driving hours; Grzegorz told one driver to stop and rest, which annoyed Kuba, and he doesn't know if Kasia sees the same on her routes. He also has a back problem he has told no one at work about.",
        logged=(
            Logged(G, "zrobiłem Kasi the fuel card spreadsheet for the accountant", 30),
            Logged(
                P, "Kasia wants the new TMS rolled out before Jan, she's the champion of it", 20
            ),
            Logged(N, "Kasia covered my Monday when i was at the doctor — owe her one", 17),
            Logged(
                N,
                "back again. doc says maybe dysk, rehab 2x/week for 6 weeks. nobody at work knows",
                16.8,
            ),
            Logged(
                F, "K wants my list of which trucks need przegląd in Dec, she said 'whenever'", 15
            ),
            Logged(
                A,
                "asked K to take the Rotterdam runs on Thursdays so i can leave early for wnuczka's swimming — she said she'd think",
                13,
            ),
            Logged(
                F,
                "obiecałem Kasi że przepiszę kontakty klientów do nowego systemu — do piątku 27.11",
                10,
            ),
            Logged(
                A,
                "asked Kasia to show me the TMS route planning screen, told her im not good w computers. she said yes 'next week' — still nothing",
                9,
            ),
            Logged(
                W, "zero late deliveries on the Lidl contract Oct–Nov, first time in 2 yrs 👍", 8
            ),
            Logged(
                N,
                "Młody (Kuba) told Wasyl to 'just finish' the Poznań route, he'd be way over his 9h, tacho will show it. Wasyl called me 22:10 asking what to do",
                6,
            ),
            Logged(N, "told Wasyl stop at Stryków and sleep. Kuba not happy with me 🙄", 5),
            Logged(
                AG,
                "ask Kasia about Kuba + driving hours — does she see it on her routes? go to szef together??",
                0.9,
            ),
        ),
        tz="Europe/Warsaw",
    ),
)
