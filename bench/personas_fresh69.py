# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 41 (set BR)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH69 = (
    Persona(
        "BR_thandi_electrician_johannesburg",
        "Thandi",
        "Third-year apprentice electrician, commercial electrical contractor, Johannesburg, South Africa",
        "Pass my trade test at Olifantsfontein next year and get my wireman's licence so I can sign off COCs myself.",
        "Oom Piet",
        "Piet van Wyk, site foreman and her supervising qualified electrician; signs her apprentice logbook",
        Role.MANAGER,
        weekly(4),
        time(6, 45),
        "Thandi is in the third year of her apprenticeship, working on a shopping-centre refit in Midrand with a hard handover date. Piet must sign her logbook hours before she can book her trade test, and three months are still unsigned despite repeated asks. A senior electrician on the crew, Sipho, keeps having the apprentices work on live distribution boards to save time, and one apprentice has already been shocked; Piet is mostly at another site on those days and does not know. Sipho also controls overtime, which Thandi needs because her mother is ill.",
        logged=(
            Logged(N, "first wk on the Mall refit - Oom Piet put me w Sipho's team", 84),
            Logged(
                P,
                "Oom P says priority is DB rooms level 2 done b4 the 15 dec handover, no excuses",
                70,
            ),
            Logged(A, "asked him to sign my logbook for aug+sept, he said 'next week my girl'", 63),
            Logged(
                A,
                "asked for a copy of the SANS 10142 book from the office, he said take the old one",
                55,
                DONE,
            ),
            Logged(
                A,
                "asked again re logbook. 'bring it friday'. brought it friday, he was at the other site 🙄",
                49,
            ),
            Logged(G, "stayed till 8pm to finish cable tray on L2 when Bongani didnt pitch", 45),
            Logged(
                W,
                "did the whole 3phase DB termination on shop 14 myself, Piet checked + said neat work 💪",
                41,
            ),
            Logged(
                N,
                "Sipho made me n Lwazi terminate in the main DB with it LIVE again. says isolating takes too long and the client is screaming. my hands were shaking ngl",
                38,
            ),
            Logged(
                N,
                "didnt tell Piet. dont want to be the apprentice who snitches, sipho decides who gets overtime",
                37,
            ),
            Logged(
                G,
                "sorted the whole stores container + labelled all the breaker stock, took my sat morning",
                33,
            ),
            Logged(F, "find out dates for trade test bookings at Olifantsfontein for Q1", 30),
            Logged(W, "passed the installation rules module test 87% 🎉", 27),
            Logged(
                A,
                "asked if I can shadow him doing a COC inspection, he said yes when the Sandton job starts",
                24,
            ),
            Logged(
                N,
                "mom back in hospital, sugar levels. taking extra sat shifts for the money. tired tired",
                20,
            ),
            Logged(
                G,
                "covered Lwazi's sunday standby callout (tripping at shop 22, found a neutral fault)",
                13,
            ),
            Logged(
                N,
                "again live work on the L2 board tues. someone's gonna get hurt. Lwazi got a bite from it, says its fine",
                9,
            ),
            Logged(P, "handover moved to 11 dec, he wants L2 snag list closed by next wk", 5),
            Logged(
                AG,
                "logbook!!! aug sept oct still not signed, need them b4 i can book the trade test",
                2,
            ),
            Logged(
                AG,
                "how do I raise the live working thing without sipho knowing it came from me",
                1.9,
            ),
            Logged(F, "bring printed logbook pages + the ECA form for him to sign fri", 0.6),
        ),
        tz="Africa/Johannesburg",
    ),
    Persona(
        "BR_mateus_souschef_porto",
        "Mateus",
        "Sous chef at a family-run seafood restaurant, Porto, Portugal",
        "Abrir a minha própria tasca em Matosinhos dentro de 3 anos - learn the business side, not just the kitchen.",
        "Chef Amália",
        "Amália Ferreira, retired head chef and former restaurant owner; informal mentor through a culinary school alumni programme",
        Role.MENTOR,
        monthly(1, 0),
        time(15, 30),
        "Mateus has just started using the tool after his first coffee with Amália; this is the start of their monthly series. He is strong on the line but knows little about food costing, licences or hiring. He has not told his current boss, the owner Sr. Rui, that he eventually wants to leave and open his own place, and Amália has known Rui for decades.",
        logged=(
            Logged(
                N,
                "1º café com Chef Amália, 2h!! she says my menu costing is 'poesia, não contas' 😅",
                10,
            ),
            Logged(F, "send her my draft menu w/ food cost per prato before next meeting", 9),
            Logged(
                A,
                "asked if she could intro me to her old fornecedor de peixe in Matosinhos, ela disse 'vamos ver'",
                9,
            ),
        ),
        tz="Europe/Lisbon",
        first=True,
    ),
    Persona(
        "BR_priya_postdoc_hobart",
        "Priya",
        "Postdoctoral research fellow in marine ecology (kelp restoration), university research institute, Hobart, Australia",
        "Land a DECRA fellowship and have my own small lab by 2029.",
        "Dr K",
        "Prof. Helen Kowalczyk, deputy director of the institute; not her supervisor, but encouraged her to apply for the internal fellowship and sits on the panel",
        Role.SPONSOR,
        monthly(2, 2),
        time(14, 0),
        "Priya's own supervisor is on long leave, so Dr K has become her de facto champion ahead of an internal fellowship round closing in February. Over three months Priya has done a great deal for Dr K (guest lectures, grant review, a field day, briefing slides, a hiring panel) and has asked for almost nothing; she has not yet asked Dr K to read her draft or act as referee. She has also found survey data from a collaborator, Marco, who is a friend of Dr K, that looks copied or filled in, and a paper draft relies on it.",
        logged=(
            Logged(G, "gave the 2 guest lectures in KSM301 for Dr K while she was in Canberra", 80),
            Logged(G, "reviewed her ARC linkage draft, 14 pages of comments 😵", 66),
            Logged(
                P, "Dr K: institute needs more industry $$ - keen on the aquaculture partners", 60
            ),
            Logged(
                G,
                "ran the Maria Is field day for the visiting delegation, 22 ppl, 2 boats, nobody seasick (almost)",
                52,
            ),
            Logged(W, "kelp paper accepted in Marine Env Research!! 🌊", 47),
            Logged(
                G,
                "sent her 6 slides on our restoration results for her ministerial briefing, same day turnaround",
                40,
            ),
            Logged(
                N,
                "Dr K mentioned the internal fellowship round 'you should think about it' - think she meant it?",
                40,
            ),
            Logged(G, "covered her spot on the hiring panel for the tech position", 28),
            Logged(
                P,
                "she wants the aquaculture partnership to be the flagship for the 2027 review",
                21,
            ),
            Logged(
                N,
                "marco's transect sheets from the Tinderbox survey... rows 40-60 identical counts across 3 dates. either copy paste err or someone filled gaps. our paper draft uses them",
                17,
            ),
            Logged(F, "finish fellowship draft sect 1-3 by 4 dec", 12),
            Logged(
                G, "wrote her the blurb for the institute newsletter re the seaweed farm MoU", 6
            ),
            Logged(AG, "ask if she'd read my fellowship draft + be my referee", 3),
            Logged(AG, "the Tinderbox data thing?? how do I even say it, Marco is her mate", 2),
        ),
        tz="Australia/Hobart",
    ),
    Persona(
        "BR_grzegorz_dispatcher_poznan",
        "Grzegorz",
        "Night-shift transport dispatcher, international road freight company, Poznań, Poland",
        "Move to days as shift lead (kierownik zmiany) within a year.",
        "Pani Ewa",
        "Ewa Nowicka, regional operations director; his manager's boss",
        Role.SKIP,
        biweekly(1),
        time(16, 0),
        "Grzegorz plans routes for about 40 drivers on nights. In September Ewa said she would check on a day-shift lead opening and on a raise for taking over the Ukraine routes; she has not come back on either despite follow-ups. His direct manager, Tomek, has been telling drivers to exceed their driving limits and 'fix the tacho later' when loads run late, and was angry when Grzegorz told an exhausted driver to stop. Ewa does not know about this and is focused on an on-time KPI for a major client.",
        logged=(
            Logged(
                A,
                "zapytałem Ewa about the shift lead day position - she said she'll check w HR and come back in 2 wks",
                76,
            ),
            Logged(
                A,
                "asked abt podwyżka since I took over the Ukraine routes, 'let me look at the budget'",
                76,
            ),
            Logged(
                P,
                "Ewa: on-time delivery KPI to 96% by Q1, big DIY chain client threatening penalties",
                62,
            ),
            Logged(
                W,
                "rerouted 11 trucks around the A2 closure overnight, zero late deliveries to the DIY DCs 🚛",
                55,
            ),
            Logged(A, "followed up on shift lead thing, no answer", 48),
            Logged(
                A,
                "asked for the new TMS training for nights crew, she put me on the list for 3 dec session",
                41,
                DONE,
            ),
            Logged(
                N,
                "Tomek told Andriy to drive another 2h past his limit 'tacho we fix later'. Andriy did it. i was on the phone. not ok",
                34,
            ),
            Logged(
                G,
                "built Ewa the excel w/ late-load root causes she wanted for the board, 3 evenings",
                30,
            ),
            Logged(F, "Ewa owes me: shift lead answer + raise answer (both from sept!!)", 20),
            Logged(
                N,
                "Andriy again, 13h day. he sounded wasted on the radio at 3am. told him to stop at Świecko, Tomek angry w me next morning",
                14,
            ),
            Logged(W, "nights had best on-time week of the year 97.4%", 8),
            Logged(A, "emailed Ewa re raise, 2nd time. przeczytane, no reply", 6),
            Logged(F, "send her the Świecko border wait-time numbers she asked for", 4),
            Logged(AG, "shift lead + raise - ask for a DATE this time", 1.5),
            Logged(AG, "tell her about tacho / Tomek?? if I say it am I done here", 1.4),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "BR_analucia_socialworker_recife",
        "Ana Lúcia",
        "Social worker (assistente social) at a municipal child-protection unit (CREAS), Recife, Brazil",
        None,
        "Jú",
        "Juliana Costa, social worker at another CREAS unit in the city; her partner in the municipal peer-supervision programme",
        Role.PEER,
        biweekly(3),
        time(12, 30),
        "Ana Lúcia and Juliana meet every other week at lunch under a peer-supervision scheme for frontline workers. Ana carries far more families than the recommended limit and is going through a separation, which spills into her notes. She has twice seen the unit coordinator, Sônia, berate a 21-year-old intern in front of families and on speakerphone, and the intern has asked her whether that is normal. Juliana worked under Sônia years ago; Ana hasn't told her what she's seen yet.",
        logged=(
            Logged(N, "caseload agora 74 famílias. the norm is like 50. ninguém liga", 58),
            Logged(G, "sent Jú the template do relatório de acompanhamento she asked for", 50),
            Logged(
                A,
                "pedi pra Jú me mostrar how her unit does the weekly triage meeting, ela topou",
                44,
                DONE,
            ),
            Logged(
                N,
                "Marcos saiu de casa semana passada. 12 anos. I cried in the car park before the home visit in Ibura",
                37,
            ),
            Logged(
                N,
                "coordenadora Sônia screamed at Larissa (estagiária) in front of a mãe and 3 kids bc of a missing form. Larissa is 21. everyone looked at the floor, me too 😔",
                25,
            ),
            Logged(
                W, "got the Silva kids into escola integral + the bolsa, 6 months of chasing 🙏", 19
            ),
            Logged(
                N,
                "visited Jú's unit triage - 15 min por caso max, they actually finish on time",
                16,
            ),
            Logged(
                N,
                "advogada says I need to decide about the apartment by jan. sleeping 4h. sorry diary lol",
                10,
            ),
            Logged(F, "mandar pra Jú the article about secondary trauma I promised", 8),
            Logged(
                N,
                "Sônia did it again w Larissa, on the phone on speaker this time. Larissa asked me if it's normal",
                5,
            ),
            Logged(AG, "try the 15 min triage thing at our unit? ask Jú how they got buy-in", 3),
            Logged(
                AG,
                "ask Jú how she dealt w Sônia back in 2022 and if I should go to the ouvidoria",
                1,
            ),
        ),
        tz="America/Recife",
    ),
    Persona(
        "BR_kwame_furniture_kumasi",
        "Kwame",
        "Owner of a small furniture workshop (6 staff), Kumasi, Ghana",
        "Win a supply contract with the hotel groups in Accra and move the workshop to a bigger shed near Sokoban wood village.",
        "Mrs Asante",
        "Mrs Abena Asante, business advisor assigned to him by a government SME support programme",
        Role.OTHER,
        monthly(3, 1),
        time(10, 0),
        "Kwame joined the SME programme in late summer; Mrs Asante helps with bookkeeping, tenders and a working-capital loan application. He owes her a costed quotation for a hotel sample order (he already missed one deadline after a generator breakdown) and an undated business-name registration. She promised an introduction to a hotel procurement officer and a check on his tax clearance, and neither has happened. An apprentice was injured on an old planer whose guard has been broken for months, which he hasn't mentioned to her; his wife is also due in January.",
        logged=(
            Logged(
                N,
                "first session w Mrs Asante at the programme office. she wants 6 months books. I have receipts in a sack lol",
                75,
            ),
            Logged(F, "bring bank statements June-Aug + receipts sorted by month", 74, DONE),
            Logged(W, "delivered 40 chairs for the Methodist school on time, paid in full ✅", 60),
            Logged(
                A,
                "asked her if she know anybody at the hotel groups in Accra, she said she will link me to one procurement lady",
                47,
            ),
            Logged(
                P,
                "Mrs A says: no loan without tax clearance cert + 2 yrs accounts, that is her focus",
                47,
            ),
            Logged(F, "register the business name change at RGD (she asked)", 40),
            Logged(
                A, "asked her to check my tax clearance status at GRA, she said she will check", 33
            ),
            Logged(
                F, "send her costed quotation for 20 bedside tables (hotel sample) by 13 Nov", 30
            ),
            Logged(
                N,
                "Kofi cut his hand bad on the planer. guard broken since march. took him to Komfo Anokye, 6 stitches. ebi me paying",
                22,
            ),
            Logged(A, "called to ask about the hotel intro again, she say next week", 18),
            Logged(N, "wife due in Jan, need to sort money before then 🙏", 15),
            Logged(N, "missed the 13th. generator spoil, we lost 3 days", 12),
            Logged(W, "Sis Adwoa finished the sample bedside table in odum, it is fine paa 😍", 9),
            Logged(F, "quotation for bedside tables - send by monday latest", 3),
            Logged(AG, "the loan: can part of it buy a new planer w proper guard", 1.2),
            Logged(AG, "hotel intro?? and GRA check - what is happening", 1),
        ),
        tz="Africa/Accra",
    ),
)
