# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 40 (set BO)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH66 = (
    Persona(
        "BO_tavita_electrician_auckland",
        "Tavita",
        "Electrician (newly registered), small electrical contracting firm, Auckland, New Zealand",
        "Lead my own jobs with my own van, then get my inspector ticket in a few years",
        "Gaz",
        "Gary 'Gaz' Whitmore, owner of the 6-person firm; Tavita's boss",
        Role.MANAGER,
        weekly(0),
        time(7, 0),
        "Tavita, 24, finished his apprenticeship with Gaz and became a registered electrician about seven weeks ago. Gaz agreed to a pay rise on registration but it still hasn't shown up on his payslip, and the van he asked for has gone unanswered. Sixteen days ago Gaz told him to work on a live switchboard at a café so the owner wouldn't lose power before lunch; the 17-year-old apprentice was on a ladder next to him. Tavita hasn't raised it since and worries that pushing back could cost him the lead role on the school contract Gaz wants to bid for in February; Gaz doesn't know how shaken he was or that Jayden was right there.",
        logged=(
            Logged(
                P,
                "gaz wants the Ponsonby apartments fitout done b4 xmas shutdown, says its make or break w that builder",
                62,
            ),
            Logged(A, "asked gaz if i can run the Kingsland cafe job solo. 'we'll see bro'", 55),
            Logged(
                G,
                "stayed til 9 sorting the wholesaler invoices, his missus usually does em but shes in Aus",
                50,
            ),
            Logged(W, "PASSED the practical 🙌🙌 registered sparky now. fa'afetai le Atua", 48),
            Logged(
                A,
                "asked for the $2/hr bump now im registered, gaz said yep from next pay",
                47,
                DONE,
            ),
            Logged(
                G,
                "trained jayden (new apprentice) on cable pulling + testing all week, gaz had no time",
                40,
            ),
            Logged(
                A, "asked abt getting a van so im not borrowing his ute every day. no answer", 30
            ),
            Logged(F, "told gaz id look into the inspector course + costs. havent yet", 27),
            Logged(G, "covered the sat callout so gaz could go to his boys rugby final", 25),
            Logged(N, "rise wasnt on the payslip. 2nd pay now", 20),
            Logged(A, "asked again re pay. hes 'sorting it w the accountant'", 19),
            Logged(
                N,
                "gaz said just work it live at the cafe, cant cut power before lunch rush. did it but my hands were shaking ngl. not doing that again",
                16,
            ),
            Logged(
                N,
                "jayden was on the ladder right next to me the whole time. hes 17. shouldve told him to get down",
                16,
            ),
            Logged(W, "builder on Ponsonby told gaz we're the tidiest crew on site", 12),
            Logged(N, "didnt bring up the cafe thing at catchup. bottled it", 10),
            Logged(
                P,
                "gaz going for the school contract in feb, needs a lead sparky w a clean record on it",
                9,
            ),
            Logged(W, "did the lvl 3 switchboard in 1 day, zero faults on test", 8),
            Logged(F, "send gaz photos + test results for Ponsonby lvl 2 CoCs", 5),
            Logged(
                N, "mum back in Middlemore, her sugars again. might need fri arvo off next wk", 4
            ),
            Logged(
                N, "mon catchup: gaz happy w ponsonby, said he'll 'look at' the van after xmas", 3.6
            ),
            Logged(F, "get the RCD test sheets signed off by fri", 2),
            Logged(
                AG,
                "the live work thing. want a rule: we isolate, full stop, even if the client moans",
                1.2,
            ),
            Logged(AG, "pay rise. 3 pays now", 1.1),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "BO_ines_souschef_porto",
        "Inês",
        "Sous-chef, independent restaurant, Porto, Portugal",
        "Abrir a minha própria tasca até 2028",
        "Rui",
        "Chef Rui Mesquita, her former head chef, now runs his own acclaimed restaurant; informal mentor",
        Role.MENTOR,
        monthly(1, 0),
        time(15, 30),
        "Inês, 36, is sous-chef under head chef Paulo at a busy restaurant; Rui was her boss years ago and now mentors her monthly on Mondays when both kitchens are closed. She owes him a tasting-menu draft by 30 Nov and wants his honest view on whether her tasca plan is realistic; he hasn't answered her invitation to come and taste. Her divorce just went through and she shares custody of her son, so she badly needs to keep this job. Paulo recently told her to serve bacalhau from a walk-in that had been at 9°C for an unknown time; she binned it and he exploded, and she isn't sure whether to raise it with anyone. Rui knows none of this yet.",
        logged=(
            Logged(G, "mandei ao Rui contactos de 2 commis para o restaurante novo dele", 45),
            Logged(
                A,
                "pedi-lhe para me apresentar ao fornecedor de peixe dele em Matosinhos, disse q sim",
                58,
                DONE,
            ),
            Logged(
                P,
                "Rui: 'cozinha de produto' — quer q eu pare de complicar os pratos. menos é mais",
                58,
            ),
            Logged(W, "Sr. Albino (peixe) now delivers to us 2x semana!! obg Rui", 40),
            Logged(
                A, "asked Rui if he'd come taste at ours + give me honest feedback. nada ainda", 33
            ),
            Logged(F, "ler o livro q ele recomendou (Salt Fat Acid Heat)... ainda nem abri 😅", 28),
            Logged(F, "send Rui the tasting menu draft — prometi até 30/11", 25),
            Logged(
                N,
                "divórcio finalmente assinado. Tomás fica comigo semana sim semana não. so tired lol",
                22,
            ),
            Logged(
                N,
                "Paulo left the walk-in open all night again, 9°C at 7am. told me use the bacalhau anyway. I binned it and he went mental in front of everyone",
                10,
            ),
            Logged(N, "cant tell if I overreacted?? 9 degrees for how long, nobody knows", 10),
            Logged(AG, "the tasca plan — is 2028 realistic or am I dreaming", 6),
            Logged(
                AG,
                "how do I deal w Paulo without losing the job. I need this job c/ a guarda do Tomás",
                1.5,
            ),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "BO_kwame_warehouse_tema",
        "Kwame",
        "Warehouse shift supervisor, freight forwarding company, Tema, Ghana",
        "Move from shift supervisor into operations planning within two years",
        "Mrs Asante",
        "Mrs Abena Asante, regional operations director; his boss's boss",
        Role.SKIP,
        monthly(1, 4),
        time(10, 0),
        "Kwame has run the night shift at the Tema bonded warehouse for three years and has just started using the tool. His manager Mr Owusu set up a monthly skip-level with Mrs Asante and suggested he ask her about sponsorship for a CILT logistics diploma. Kwame is nervous about looking like he is going over Owusu's head, and Mrs Asante doesn't yet know him beyond his name.",
        logged=(
            Logged(
                P,
                "Mrs Asante wants yard dwell time under 48hrs by Q1, she said it at the town hall",
                6,
            ),
            Logged(
                N,
                "first 1:1 w skip (Mrs Asante), Owusu set it up. dont want to look like im going over his head",
                2,
            ),
            Logged(
                AG, "ask if the company can sponsor the CILT diploma. Owusu said talk to her", 0.9
            ),
        ),
        tz="Africa/Accra",
        first=True,
    ),
    Persona(
        "BO_ximena_postdoc_ensenada",
        "Ximena",
        "Postdoctoral researcher in marine ecology, public research centre, Ensenada, Mexico",
        "Conseguir una plaza de profesora-investigadora en una universidad pública para 2028",
        "Rodri",
        "Rodrigo Salazar, fellow postdoc in the same lab and co-author on the kelp paper",
        Role.PEER,
        biweekly(2),
        time(11, 0),
        "Ximena and Rodrigo are co-writing a kelp-forest paper he wants submitted by 15 Dec; their PI, Dr. Ibarra, is on sabbatical and slow to reply. Ximena has done most of the analysis and figures and helped with his grant, while her requests (his 2023 temperature data, co-first authorship) have gone unanswered for weeks. She found he dropped four samples without mentioning it in the methods, and when she reran the model with them the key effect stopped being significant. She owes him the new figure 3 and the statistics section by Friday. Rodrigo doesn't know she has rerun the model.",
        logged=(
            Logged(G, "le pasé mi script de R para los modelos mixtos, comentado y todo", 60),
            Logged(P, "Rodri quiere mandar el paper de kelp a MEPS antes del 15 dic", 50),
            Logged(
                A,
                "le pedí los datos de temperatura 2023 para mi capítulo. 'ahorita te los paso'",
                44,
            ),
            Logged(G, "hice las figuras 2-4 del paper (otra vez)", 35),
            Logged(N, "dr ibarra de sabático, contesta cada 2 semanas si bien nos va", 30),
            Logged(G, "revisé su propuesta de CONAHCYT, 3 hrs un domingo", 28),
            Logged(A, "volví a preguntar x los datos de temp", 21),
            Logged(
                A,
                "asked to be co-first author since I did the whole analysis. 'lo platicamos con el Dr. Ibarra'",
                18,
            ),
            Logged(
                W, "mi póster ganó mención honorífica en el Congreso Mexicano de Ecología 🎉", 15
            ),
            Logged(
                N,
                "R quitó 4 muestras del transecto 3 del análisis. no está en métodos. le pregunté y dijo q eran 'raras'. eso no me late",
                9,
            ),
            Logged(
                N, "corrí el modelo con las 4 muestras y el efecto ya no es significativo 😬", 7
            ),
            Logged(F, "mandarle fig 3 nueva con y sin las muestras", 6),
            Logged(F, "le debo la sección de estadística de métodos, dije q para el viernes", 4),
            Logged(AG, "las 4 muestras: decidir juntos y documentarlo ANTES de mandar", 1),
            Logged(AG, "autoría + datos de temp (ya van 6 semanas)", 0.7),
        ),
        tz="America/Tijuana",
    ),
    Persona(
        "BO_agnieszka_planner_wroclaw",
        "Agnieszka",
        "Urban planner, city hall planning office, Wrocław, Poland",
        "Lead the new climate adaptation unit when it opens in March",
        "Ewa",
        "Ewa Kowalczyk, deputy director of the planning office (two levels up); champions her for the new unit",
        Role.SPONSOR,
        biweekly(1),
        time(8, 15),
        "Ewa is backing Agnieszka as the internal candidate to lead a climate adaptation unit opening in March, and promised a recommendation letter for the city leadership programme by end of October; it hasn't arrived and applications close 4 December. Agnieszka has had real wins (the Nadodrze retention vote, a well-received pitch to the vice-mayor) and owes Ewa a pilot budget estimate by 30 November plus an undated two-pager. A colleague from legal keeps belittling her in meetings while Ewa has stayed silent, and Agnieszka fears raising it will look weak.",
        logged=(
            Logged(
                P,
                "Ewa: nowy wydział adaptacji klimatycznej rusza w marcu, chce kandydata 'z wewnątrz'",
                70,
            ),
            Logged(
                A,
                "poprosiłam o list rekomendacyjny do programu liderskiego, obiecała do końca października",
                55,
            ),
            Logged(G, "zrobiłam jej slajdy na konferencję w Katowicach (cały weekend)", 40),
            Logged(
                A, "asked if she can intro me to the MPWiK head of network, she said sure", 40, DONE
            ),
            Logged(W, "retencja na Nadodrzu — rada osiedla przegłosowała 14:1 🎉", 30),
            Logged(N, "met the MPWiK guy, v useful, they have money for rain gardens", 26),
            Logged(
                W,
                "presented rain garden pilot to the vice-mayor, Ewa said after 'dobra robota'",
                13,
            ),
            Logged(F, "send Ewa the 2-pager on how the unit could be structured", 12),
            Logged(
                N,
                "Marek from legal again calling me 'nasza ekolożka' and talking over me. the guys laugh. Ewa was there (2nd time) and said nothing",
                11,
            ),
            Logged(F, "Ewa wants the budget estimate for pilot phase 2 by 30.11", 9),
            Logged(N, "still no letter. deadline 4 grudnia!!", 7),
            Logged(AG, "the letter — 4 Dec deadline. gently", 0.9),
            Logged(
                AG, "mention Marek or not? she might think im not tough enough for the unit", 0.8
            ),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "BO_joy_caregiver_osaka",
        "Joy",
        "Care worker (Specified Skilled Worker visa), private nursing home, Osaka, Japan",
        None,
        "Tanaka-san",
        "Ms Tanaka, support coordinator from the registered support organisation assigned to her visa; not her employer",
        Role.OTHER,
        monthly(1, 5),
        time(14, 0),
        "Joy, 31, from Iloilo, has worked two years as a caregiver in an Osaka nursing home and sends most of her pay home to her son. Tanaka-san checks in monthly on her day off and is meant to help with work and living problems. Joy's dorm air-con/heating has been broken since September despite Tanaka-san saying she'd ask the facility, this month's payslip shows 18 overtime hours against the 31 she worked, and a senior colleague shouted at her in front of residents with a remark about Filipinos. Joy is afraid that complaining could affect her job or visa; Tanaka-san knows about none of this except the air-con.",
        logged=(
            Logged(N, "Tanaka-san said i can call her anytime if may problem sa work. ok sige", 54),
            Logged(W, "passed 介護技能 practice test 78点 😊", 24),
            Logged(
                A,
                "asked Tanaka-san to help change dorm room, aircon broken since sept. she said she will ask the facility",
                19,
            ),
            Logged(
                N,
                "Sato senpai shouted at me again sa harap ng residents bcs slow daw ako sa diaper change. said 'フィリピン人はいつも遅い'. Grace heard also",
                12,
            ),
            Logged(N, "not only me, she does it to Nguyen-san din", 12),
            Logged(W, "Yamamoto-san (room 204, 92yo) said my name for the first time today 🥹", 9),
            Logged(N, "overtime this month 31 hrs pero payslip says 18", 6),
            Logged(F, "bring copy of 在留カード + my own overtime notes to Tanaka-san", 6),
            Logged(N, "dorm aircon still broken. getting cold na, need heater", 5),
            Logged(
                N,
                "anak ko (Migo) has dengue, confined sa Iloilo. sent ¥50,000. wala na ko pera til payday",
                3,
            ),
            Logged(AG, "overtime not matching", 1),
            Logged(
                AG,
                "Sato senpai... pero baka mawalan ako ng work if i complain? ask if it stays secret",
                1,
            ),
        ),
        tz="Asia/Tokyo",
    ),
)
