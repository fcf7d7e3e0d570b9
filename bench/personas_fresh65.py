# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 39 (set BN)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH65 = (
    Persona(
        "BN_ines_homecare_porto",
        "Inês",
        "Home care worker (ajudante de ação direta), non-profit home support service, Porto, Portugal",
        "get my TAS (técnica auxiliar de saúde) certificate and one day coordinate a team myself",
        "Fátima",
        "Care coordinator at the home support service; Inês's direct manager",
        Role.MANAGER,
        weekly(0),
        time(13, 30),
        "Inês has done home visits to elderly clients in Porto for four years and wants the service to fund an evening health-auxiliary course starting in January. Over the last fortnight she has seen a colleague, Rui, rush visits and haul a frail client (Sr. Albano) up by the arm, and the client has bruises; his care plan still says a one-person transfer. Fátima knows none of this, and is focused on a Segurança Social audit in December. Inês's son has asthma and she has already missed days this autumn, which she has not raised.",
        logged=(
            Logged(
                A,
                "pedi para não ter 3 visitas seguidas em Valongo sem tempo de deslocação",
                61.3,
                DONE,
            ),
            Logged(W, "passed the first aid refresher 92% 💪", 44.2),
            Logged(
                A,
                "asked Fátima if the service can pay the TAS course (IEFP one starts jan, evenings)",
                38.5,
            ),
            Logged(
                P,
                "F wants fewer missed check-ins on the app, says direção is looking at the numbers",
                33.1,
            ),
            Logged(F, "send her the photos of the broken shower chair at D. Lurdes", 30.4, DONE),
            Logged(
                A,
                "asked about km for using my own car on the Valongo route, she said she'd ask contabilidade",
                27.2,
            ),
            Logged(F, "fix my october hours sheet, the 2 corrections she flagged", 25.0),
            Logged(
                G,
                "trained the new girl Bia on the hoist (elevador de transferência) 2 mornings",
                20.3,
            ),
            Logged(
                W, "D. Lurdes' daughter sent an email to the office thanking me by name 🥹", 17.4
            ),
            Logged(
                P,
                "audit from Segurança Social in december - all care plans signed and up to date!!",
                15.2,
            ),
            Logged(N, "still nothing about the km. 3rd week", 13.6),
            Logged(G, "covered Sandra's weekend shifts 14-15 nov", 11.9),
            Logged(
                N,
                "sr Albano (rua de Cedofeita) bruise on left forearm again. Rui did the morning visit. 2nd time 😟 not saying anything yet",
                9.1,
            ),
            Logged(
                N,
                "care plan for sr Albano still says 1 person transfer. honestly he needs 2 now, his legs go",
                7.5,
            ),
            Logged(
                N,
                "Rui always in a hurry, 12 min for a 30 min visit. tues i saw him pull sr albano up by the arm. he yelped",
                5.6,
            ),
            Logged(
                N,
                "my son had another asthma crisis, São João all night, went to work at 7 anyway. dont know if i tell her, already missed 2 days in oct",
                3.4,
            ),
            Logged(
                AG, "how do i say the Albano thing without it looking like im going after Rui", 2.3
            ),
            Logged(
                F,
                "send Fátima the list of clients who need the new incontinence supplies by friday",
                2.1,
            ),
            Logged(
                AG, "ask about christmas rota before its posted - i did the 25th last year", 1.2
            ),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "BN_jaspreet_electrician_calgary",
        "Jaspreet",
        "Third-year electrical apprentice, commercial electrical contractor, Calgary, Canada",
        "Pass my Red Seal first try and run my own crew in a few years",
        "Gord",
        "Retired master electrician matched as his mentor through a trades mentorship program; not his employer",
        Role.MENTOR,
        biweekly(2),
        time(18, 30),
        "Jaspreet is about 600 hours short of finishing his apprenticeship and meets Gord every other Wednesday at a coffee shop. Last week his foreman told him to work on a live panel without locking out because the job was behind, and he did it; he is afraid of losing his placement if he pushes back. His family is also pressing him to do cash side jobs on weekends, which he suspects an apprentice is not allowed to do. Gord does not know about either, and still owes him his notes on the code changes.",
        logged=(
            Logged(
                A,
                "asked gord for his old notes on the 2024 CEC changes, he said hed dig them out",
                29.5,
            ),
            Logged(G, "helped Gord move all his shop stuff to the new garage sat, 5 hrs", 27.8),
            Logged(W, "passed 3rd yr block exam 84% 💪", 23.6),
            Logged(P, "gord keeps saying log ur hours properly, ur logbook is a mess", 15.3),
            Logged(
                F, "send gord pics of my conduit bending practice (offsets + 3 pt saddle)", 13.2
            ),
            Logged(N, "hrs at 5,410? need to check w AIT what they actually have", 10.4),
            Logged(
                N,
                "mom wants me to take over uncle's side jobs on weekends, cash. not sure thats even legal for an apprentice",
                8.1,
            ),
            Logged(
                N,
                "foreman (Dale) said skip LOTO on the 2nd floor panel, 'its only 120 we're behind'. did it. hands shaking after tbh",
                4.8,
            ),
            Logged(
                AG,
                "ask gord what im supposed to do when dale says that. cant lose this placement",
                4.7,
            ),
            Logged(F, "bring logbook next time so he can look", 1.5),
        ),
        tz="America/Edmonton",
    ),
    Persona(
        "BN_funmi_bakery_lagos",
        "Funmilayo",
        "Owner of a small bakery with three staff, Yaba, Lagos, Nigeria",
        None,
        "Mr Okafor",
        "Business advisor assigned to her by a bank's SME support programme",
        Role.OTHER,
        monthly(1, 1),
        time(11, 0),
        "Funmi has just started using the tool after her first session with Mr Okafor. Diesel for the generator that runs her oven is eating her margins, and she is unsure whether to expand or simply hold on. Mr Okafor has asked for six months of sales figures for an equipment loan, but part of her sales are cash sales written in a notebook rather than recorded on the POS, which he does not know.",
        logged=(
            Logged(
                N,
                "diesel now ₦1,450/L, gen running 9hrs a day for the oven. margin don die 😩",
                2.5,
            ),
            Logged(
                AG,
                "ask Mr Okafor if the equipment loan can cover solar inverter instead of 2nd oven",
                1.1,
            ),
            Logged(F, "compile 6 months sales from POS + the notebook ones 🙃", 0.9),
        ),
        first=True,
        tz="Africa/Lagos",
    ),
    Persona(
        "BN_wen_marineecologist_hobart",
        "Wen",
        "Postdoctoral researcher in marine ecology (kelp restoration), university research institute, Hobart, Australia",
        "land a DECRA and start my own kelp lab, ideally here in Tassie",
        "Dr K",
        "Dr Kirsten Kaye, deputy director of the institute; senior backer, not Wen's supervisor",
        Role.SPONSOR,
        monthly(2, 4),
        time(15, 0),
        "Wen is applying for a DECRA fellowship (internal deadline 11 December) and needs Dr K's support letter, but Dr K has not responded to her project draft in seven weeks while Wen has done a lot of work for her. Wen's contract ends 30 June and her visa depends on it, which she has told no one at the institute. On the last field trip a dive colleague who is close to Dr K skipped his safety stop and the skipper did not log it.",
        logged=(
            Logged(A, "asked Dr K if she'd read my DECRA project description draft", 48.2),
            Logged(
                G,
                "reviewed Dr K's ARC Linkage draft, 14 pages of comments, sent sunday night",
                41.0,
            ),
            Logged(
                G,
                "ran the schools outreach day for her at Taroona High since she was in Canberra",
                34.3,
            ),
            Logged(
                P, "Dr K: institute review next year, wants 'impact stories' for the panel", 30.1
            ),
            Logged(
                G, "wrote the methods section for the Storm Bay report - my name not on it 🙃", 27.4
            ),
            Logged(N, "contract ends 30 June. 482 visa tied to it. haven't told anyone here", 22.2),
            Logged(G, "covered her 2nd yr lecture on trophic cascades wk 10", 20.0),
            Logged(W, "Nature Comms paper accepted!!! 🎉 warm-tolerant kelp strains", 16.3),
            Logged(
                N,
                "Tom surfaced way too fast last dive, skipped his safety stop bc he was cold. skipper didnt log it. feel like i should say smth but tom's her fave",
                12.1,
            ),
            Logged(G, "sorted the dive roster for the Dec field trip incl her spot", 9.2),
            Logged(N, "still nothing on the DECRA draft. internal deadline 11 Dec", 6.0),
            Logged(F, "send her the 2-para impact story on the warm-tolerant kelp by 30 nov", 5.1),
            Logged(AG, "ask straight out: will you write the DECRA support letter or not", 1.5),
        ),
        tz="Australia/Hobart",
    ),
    Persona(
        "BN_karla_shiftlead_monterrey",
        "Karla",
        "Night shift lead, third-party logistics distribution center, Apodaca (Monterrey), Mexico",
        "Llegar a supervisora de operaciones antes de 2028",
        "Memo",
        "Guillermo, day shift lead at the same distribution center; her peer",
        Role.PEER,
        weekly(4),
        time(6, 45),
        "Karla and Memo meet every Friday at shift change to hand over. Several of her requests to him have gone unanswered for weeks while she keeps lending him people and time. His crew keeps blocking a fire exit with pallets and nobody answered when she posted a photo in the group chat. She suspects they are both going for the same supervisor vacancy, which neither has mentioned.",
        logged=(
            Logged(A, "asked him to tell his guys to stop using my radio channel", 40.2, DONE),
            Logged(G, "le presté 2 de mis montacarguistas para el embarque de Walmart", 19.0),
            Logged(
                A,
                "le pedí a memo que su turno deje los montacargas cargados, llegamos y faltan 3 con batería",
                16.4,
            ),
            Logged(N, "creo que memo va por la misma vacante de supervisora. raro todo", 13.2),
            Logged(G, "le cubrí 2 hrs el martes cuando se fue al doctor", 11.1),
            Logged(
                A, "pedí que me pase el conteo cíclico del pasillo 14 antes del cierre de mes", 9.3
            ),
            Logged(
                P,
                "memo: quiere que mi turno haga el inventario de fin de año para que su gente descanse 🙄",
                7.2,
            ),
            Logged(
                A,
                "asked memo to swap the 12 dic shift (virgen de guadalupe, voy con mi abuela)",
                6.1,
            ),
            Logged(
                N,
                "sus chavos dejaron tarimas otra vez en la salida de emergencia del andén 7. mandé foto al grupo, nadie contestó",
                4.0,
            ),
            Logged(F, "mandarle el layout nuevo de racks para el pasillo 14", 3.3),
            Logged(W, "0 incidentes en noviembre en mi turno + OTIF 98.7% 🙌", 2.2),
            Logged(F, "entregar reporte de merma a memo y a la Ing. Salas el lunes 30", 1.8),
        ),
        tz="America/Monterrey",
    ),
    Persona(
        "BN_zofia_scenographer_wroclaw",
        "Zofia",
        "Scenographer and head of the props workshop, municipal theatre, Wrocław, Poland",
        "design a full set for the main stage, not only props and puppets",
        "dyr. Nowak",
        "Ewa Nowak, general director of the theatre; her boss's boss",
        Role.SKIP,
        monthly(1, 3),
        time(12, 0),
        "Zofia meets the theatre's director once a month and wants a chance to design the set for the spring children's show. Her manager, the technical director Marek, presents her workshop's work as his own in meetings, and she is unsure whether she can say so to his boss. The paint shop's extractor fan has been broken since September, so the team paints with the door open in freezing weather and gets headaches; the director may not know it is still broken.",
        logged=(
            Logged(N, "props budget for 'Wesele' cut 30% again, dyr. said 'be creative' lol", 35.3),
            Logged(
                A,
                "asked dyr. Nowak if I could pitch the set concept for the spring kids show - she said send a portfolio",
                29.1,
            ),
            Logged(
                W, "our puppets for Calineczka got a mention in the Gazeta Wyborcza review 🎭", 23.4
            ),
            Logged(
                P,
                "dyr: wants us in the culture festival in May, needs cheap sets that can tour",
                17.0,
            ),
            Logged(
                N,
                "paint shop extractor fan broken since sept, painting with the door open, -3 outside. głowa mnie boli every evening",
                14.2,
            ),
            Logged(
                G,
                "gave her the idea for foldable touring flats - she put it in the grant app",
                12.3,
            ),
            Logged(
                F,
                "send portfolio PDF to dyr. Nowak before the season planning mtg (she said mid-dec)",
                10.0,
            ),
            Logged(
                N,
                "Marek (my boss) again took credit for the Calineczka mechanism in the mtg. not sure if i can say this to HIS boss",
                8.2,
            ),
            Logged(AG, "raise the fan. again. with photos", 0.9),
        ),
        tz="Europe/Warsaw",
    ),
)
