# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 49 (set CJ)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH87 = (
    Persona(
        "CJ_ines_nurse_porto",
        "Inês",
        "Staff nurse on an internal medicine ward at a public hospital in Porto",
        "Quero fazer a especialização em enfermagem de reabilitação e trabalhar mais com doentes pós-AVC.",
        "Enf.ª Helena",
        "Helena is the head nurse of Inês's ward; she runs the team and sets the shift roster.",
        Role.MANAGER,
        biweekly(1),
        time(14, 30),
        "Inês, 31, has been on the ward five years and is one of the nurses Helena leans on: she wrote the "
        "onboarding plans for two new nurses and covered three extra night shifts during the flu outbreak in "
        "early November. She wants to apply for the post-graduate specialisation in rehabilitation nursing "
        "(classes start in February) and needs two things from Helena: a recommendation letter before the "
        "application deadline on 11 December, and a January roster that fits student-worker status. She asked "
        "for the letter about three weeks ago; Helena said 'this week' eight days ago and nothing has come. Inês "
        "owes Helena the written summary of the pressure-ulcer training she gave. Helena is under pressure from "
        "administration to cut overtime by year end and is proud of the falls audit. Delicate: Inês's father "
        "was just diagnosed with Parkinson's and she will need fewer night shifts from January, but she is "
        "unsure whether to tell Helena the reason; separately, a colleague (Rui) keeps giving incomplete "
        "handovers and she doesn't know whether to talk to him or to Helena.",
        logged=(
            Logged(
                G,
                "integração das 2 novas enfermeiras (Carla e Beatriz) - fiz os planos de integração",
                40,
                DONE,
            ),
            Logged(
                P,
                "prioridade dela: reduzir horas extra no serviço até fim do ano (administração a pressionar)",
                33,
            ),
            Logged(
                W,
                "auditoria de quedas: 0 quedas em outubro na ala B 🙌 Helena mencionou na reunião de serviço",
                27,
            ),
            Logged(G, "fiz 3 noites extra semana do surto de gripe (2, 4 e 6 nov)", 21, DONE),
            Logged(
                A,
                "pedi carta de recomendação p/ especialização reab - prazo candidatura 11/12!!",
                19,
            ),
            Logged(F, "enviar à Helena o resumo da formação de úlceras de pressão q dei", 12),
            Logged(
                F,
                "Helena disse q via a carta 'esta semana'... ainda nada. relembrar sem ser chata",
                8,
            ),
            Logged(
                N,
                "Rui outra vez passagem de turno incompleta, faltou info da cama 12 (insulina). falo c ele ou c a Helena?",
                6,
            ),
            Logged(
                N,
                "pai - diagnóstico parkinson confirmado 😔 vou precisar de menos noites a partir de jan. digo à Helena o motivo?? não sei",
                4,
            ),
            Logged(AG, "horário jan: pedir estatuto trabalhador-estudante + menos noites", 2),
            Logged(AG, "carta!! (11/12)", 1),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "CJ_tomasz_electrician_gdansk",
        "Tomasz",
        "Electrician at a six-person family electrical installation firm in Gdańsk",
        "Zdać egzamin mistrzowski i za 2-3 lata otworzyć własną firmę od fotowoltaiki.",
        "Pan Zbyszek",
        "Zbigniew is a retired master electrician, an old friend of Tomasz's late uncle, who agreed to mentor him toward the master craftsman exam.",
        Role.MENTOR,
        monthly(1, 5),
        time(10, 0),
        "Tomasz, 27, has worked six years for a small family firm run by the Kowalski family and just did his "
        "first photovoltaic installation on his own. He wants to pass the master electrician exam at the craft "
        "chamber in spring and later start his own PV business. He only set the bot up recently and has logged "
        "very little; this is the first meeting of the new monthly arrangement with Zbyszek, who already lent "
        "him his old exam prep books and was asked who runs the preparation course. Tomasz promised to build a "
        "new distribution board in Zbyszek's garage workshop and still has to buy the RCD. Delicate: the owner's "
        "son Marek asked Tomasz to sign a measurement protocol for a site in Orunia where he never did the "
        "measurements; Tomasz doesn't want to sign but is unsure whether to raise it with Zbyszek, who is "
        "friends with the owner.",
        logged=(
            Logged(W, "pierwsza instalacja PV sam od poczatku do konca, 9.6kWp Pruszcz 💪", 14),
            Logged(N, "Zbyszek dal mi swoje stare ksiazki do egz. mistrz. oddac po egzaminie", 9),
            Logged(A, "zapytalem kto w izbie robi kurs przygotowawczy, mial sie dowiedziec", 9),
            Logged(F, "obiecalem rozdzielnice w jego garazu, kupic RCD", 9),
            Logged(
                AG,
                "pomiary - Marek chce zebym podpisal protokol z Oruni a mnie tam nie bylo. co robic",
                3,
            ),
            Logged(N, "termin zapisow na egzamin?? sprawdzic", 2),
        ),
        first=True,
        tz="Europe/Warsaw",
    ),
    Persona(
        "CJ_achieng_phd_nairobi",
        "Achieng",
        "PhD candidate in hydrology (groundwater recharge in the Athi basin), University of Nairobi",
        "Finish the PhD by Aug 2027 and land a postdoc, ideally one linked to a water utility, not just papers.",
        "Prof. Mwangi",
        "Prof. Mwangi is Achieng's principal PhD supervisor.",
        Role.OTHER,
        weekly(4),
        time(11, 0),
        "Achieng, 29, is in the third year of her PhD. After Prof. Mwangi's support letter she finally got 14 "
        "years of borehole data from the water authority and is calibrating her recharge model for chapter 3, "
        "which she promised to send him by Friday before their meeting; calibration is not done and she may "
        "need to ask for another week. He wants two papers submitted before she submits the thesis and the "
        "department's annual progress report in by 15 December. She asked for 45,000 shillings for a second "
        "field trip (isotope sampling in Machakos); he has since answered by email that it is approved from the "
        "research grant line, via the finance office. She ran his second-year lab practical while he travelled "
        "and reviewed his MSc student's proposal. Her stipend for October and November has not arrived and rent "
        "is due on the 1st. Delicate: her co-supervisor Dr. Otieno wants to be first author on the recharge "
        "paper she largely wrote, and she doesn't know how to raise it with Prof. Mwangi, who is close to him.",
        logged=(
            Logged(A, "asked Prof for support letter to WRA for data access", 58, DONE),
            Logged(W, "got the Kiambu borehole data from WRA finally!! 14 yrs of levels 🙏", 52),
            Logged(
                P,
                "Prof wants 2 papers submitted b4 I submit thesis + dept annual progress report in by 15 Dec",
                40,
            ),
            Logged(A, "asked for 45k for 2nd field trip Machakos (isotope sampling)", 30),
            Logged(G, "reviewed Kevin's (his MSc student) proposal, sent comments", 25, DONE),
            Logged(G, "ran the 2nd yr lab practical when he was in Addis", 20, DONE),
            Logged(F, "EGU abstract deadline?? check, think its early Jan", 18),
            Logged(
                N,
                "Prof replied on email: field trip approved, use the NRF grant line, talk to Mercy in finance",
                12,
            ),
            Logged(
                N,
                "Dr Otieno wants his name first on the recharge paper 😐 I did like 90% of it. dont know how to raise w Prof, they're close",
                9,
            ),
            Logged(N, "stipend Oct+Nov still not in. rent due 1st. pole pole...", 7),
            Logged(
                F, "ch3 draft (recharge model) to Prof by Fri b4 mtg — still calibrating, ugh", 5
            ),
            Logged(AG, "authorship order on recharge paper — how to bring up??", 2),
            Logged(AG, "ch3 status + ask for 1 more wk if calibration not done", 1),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CJ_daniela_pastry_cdmx",
        "Daniela",
        "Pastry chef de partie at one of three restaurants of a restaurant group in Colonia Roma, Mexico City",
        "Quiero ser jefa de pastelería del grupo y algún día abrir mi propia panadería en Oaxaca.",
        "Chef Rodrigo",
        "Rodrigo is the group's culinary director and the boss of Daniela's head chef.",
        Role.SKIP,
        monthly(2, 0),
        time(16, 0),
        "Daniela, 26, runs pastry at the flagship restaurant. Over two months she has given Rodrigo a lot: she "
        "handled a 300-guest wedding's desserts alone, created the Day of the Dead dessert menu (the chocolate "
        "tamal was October's best seller), costed every dessert and brought food cost down to 24%, trained the "
        "two new pastry cooks in lamination and covered double shifts for inventory. She has asked for only one "
        "thing, the 8,000-peso chocolate course, and Rodrigo said 'lo vemos' more than a month ago. Rodrigo is "
        "opening a third location in Querétaro in March and needs someone to set up its pastry section; "
        "Daniela wants that. Delicate: her head chef Memo yells at her in front of the team and made a remark "
        "about her weight; Memo is Rodrigo's friend and she doesn't know whether to tell him. A hotel in Cancún "
        "has also offered her an executive pastry role at 40% more pay, which she hasn't answered.",
        logged=(
            Logged(
                G,
                "cubrí la boda en Polanco (300 pax postres) sola porque Lalo se enfermó",
                55,
                DONE,
            ),
            Logged(
                G,
                "menú de postres de muertos: pan de muerto relleno de nata, tamal de chocolate. Rodrigo lo probó 👌",
                45,
                DONE,
            ),
            Logged(
                A,
                "le pregunté si puedo ir al curso de chocolate de la Escuela (8 mil pesos) - dijo 'lo vemos'",
                38,
            ),
            Logged(G, "capacité a los 2 nuevos de pastelería en laminado (croissant)", 33, DONE),
            Logged(W, "tamal de chocolate = postre más vendido de oct, 412 unidades 🔥", 26),
            Logged(
                P,
                "Rodrigo quiere abrir la 3a sucursal en Querétaro en marzo, busca gente p/ montar la pastelería allá",
                20,
            ),
            Logged(
                G, "hice costeo de todos los postres p/ Rodrigo, food cost bajó a 24%", 18, DONE
            ),
            Logged(G, "doble turno sáb y dom x inventario", 11, DONE),
            Logged(
                N,
                "Memo otra vez gritándome enfrente de todos x el emplatado. y el comentario de 'no te comas los postres gordita' 😡 no sé si decirle a Rodrigo, Memo es su compa",
                6,
            ),
            Logged(
                N,
                "me escribió el hotel en Cancún, pastelera ejecutiva, sueldo +40%. no he contestado",
                4,
            ),
            Logged(AG, "Querétaro - decirle q me interesa montar la pastelería", 2),
            Logged(AG, "curso de chocolate sigue pendiente", 2),
        ),
        tz="America/Mexico_City",
    ),
    Persona(
        "CJ_farhana_wash_dhaka",
        "Farhana",
        "Programme officer on a water and sanitation (WASH) programme at an international NGO in Dhaka",
        "Regional WASH lead in 2-3 yrs, then maybe my own consultancy. Ami field puropuri chharte chai na.",
        "Nadia apa",
        "Nadia is the NGO's country director, two levels above Farhana, who is championing her for a regional role.",
        Role.SPONSOR,
        biweekly(6),
        time(10, 0),
        "Farhana, 34, manages the Cox's Bazar and Teknaf sanitation component, which the donor's mid-term "
        "review rated 'A'. Nadia has put her name forward for the regional WASH lead post in Bangkok and told "
        "her the regional director now knows her; Farhana owes a CV and a two-page vision note, with a draft "
        "due 3 December. She has also asked to attend the regional workshop in Bangkok in February and wants to "
        "know who else is on the shortlist and the timeline. Nadia's priority is avoiding underspend before 31 "
        "December, since the donor will cut year 3 if the burn rate is under 85%. Farhana prepared Nadia's "
        "talking points for a meeting with a government official. Delicate: a partner NGO's Teknaf report claims "
        "1,240 latrines where Farhana counted roughly 800 on her field visit, and the partner's director is an "
        "old friend of Nadia's; Farhana is unsure how to raise it. At home her mother-in-law is unhappy about a "
        "possible move to Bangkok, though her husband supports it.",
        logged=(
            Logged(
                W,
                "FCDO mid-term review — our Cox's Bazar component rated 'A' 🎉 Nadia apa forwarded to regional",
                48,
            ),
            Logged(A, "asked apa to put my name for regional WASH lead shortlist (Bangkok)", 36),
            Logged(
                P,
                "her priority: NO underspend by Dec 31, donor will cut yr 3 if burn rate <85%",
                30,
            ),
            Logged(
                N,
                "apa said she spoke to Regional Dir — 'they know your name now'. next: send CV + 2pg vision note",
                22,
            ),
            Logged(G, "prepared talking pts for her meeting w/ DPHE addl secretary", 16, DONE),
            Logged(A, "requested to attend Bangkok WASH regional workshop in Feb", 14),
            Logged(F, "vision note for regional role - draft by 3/12", 10),
            Logged(
                N,
                "Alor Path (partner) Teknaf report says 1,240 latrines, my field visit count maybe ~800?? their ED is apa's old friend. kivabe boli??",
                8,
            ),
            Logged(N, "shashuri not happy about Bangkok idea 😔 Rafi is ok tho", 5),
            Logged(AG, "Teknaf numbers — raise carefully, bring photos + GPS list", 1),
            Logged(AG, "ask: who else on shortlist, timeline?", 1),
        ),
        tz="Asia/Dhaka",
    ),
    Persona(
        "CJ_mira_lighting_leipzig",
        "Mira",
        "Head of lighting at a municipal theatre in Leipzig",
        "In 5 Jahren freischaffende Lichtdesignerin, eigene Produktionen, gern auch Oper.",
        "Kemal",
        "Kemal heads the sound department at the same theatre; they both took over their departments this season and meet as peers.",
        Role.PEER,
        biweekly(2),
        time(13, 0),
        "Mira, 35, became head of lighting in August, the same month Kemal took over sound, and they set up a "
        "fortnightly peer exchange. Her lighting for the 'Woyzeck' premiere got a good line in the local paper. "
        "She has given Kemal an old DMX interface for the rehearsal stage and her contact at the lighting console "
        "maker for training. She asked whether his apprentice Luca could help with the changeover for the "
        "Christmas show on 7-9 December, and Kemal has already answered: yes on the 7th and 8th, not the 9th. "
        "She owes him a paragraph supporting his intercom budget request (promised by a Friday that has passed) "
        "and the Christmas show duty roster. Kemal wants the new intercom system through the budget by January "
        "and needs lighting and stage to back him in the department heads' meeting, while the technical "
        "director wants to cut lighting's budget 15% next season. Delicate: the Act 2 blackout at the premiere "
        "was Mira's patching mistake, but Kemal's show report blamed a sound trigger; she wants to own it and "
        "thank him but doesn't know whether to ask for the report to be corrected.",
        logged=(
            Logged(G, "Kemal den Kontakt zum ETC-Rep gegeben wg Schulung", 41, DONE),
            Logged(G, "hab ihm unser altes DMX-Interface geliehen für die Probebühne", 30, DONE),
            Logged(
                P,
                "Kemal will bis Jan die neue Intercom-Anlage durch den Haushalt kriegen, braucht Support von Licht+Bühne im TL-Meeting",
                24,
            ),
            Logged(
                W, "Premiere Woyzeck 🎭 Licht in der LVZ erwähnt!! 'kaltes, präzises Licht'", 19
            ),
            Logged(
                N,
                "Akt 2 blackout bei der Premiere = MEIN Fehler (cue 214 falsch gepatcht), Kemal hat's im Abendbericht auf den Ton-Trigger geschoben. muss das klarstellen",
                18,
            ),
            Logged(
                A, "gefragt ob sein Azubi Luca beim Umbau Weihnachtsmärchen helfen kann 7.-9.12", 13
            ),
            Logged(N, "TD (Brandt) will Budget Licht -15% nächste Spielzeit 😬", 11),
            Logged(F, "ihm 1 Absatz Begründung fürs Intercom schreiben (Licht-Sicht) bis Fr", 9),
            Logged(N, "Kemal: ja, Luca kann am 7. und 8., nicht am 9. ✅", 6),
            Logged(F, "Dienstplan Weihnachtsmärchen an Kemal schicken", 4),
            Logged(
                AG,
                "Premiere-blackout: ansprechen, danke sagen, Abendbericht korrigieren lassen?",
                1,
            ),
            Logged(AG, "Intercom: wie kann ich im TL-Meeting helfen", 1),
        ),
        tz="Europe/Berlin",
    ),
)
