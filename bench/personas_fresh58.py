# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 36 (set BG)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH58 = (
    Persona(
        "BG_kiambu_county_procurement",
        "Wanjiru",
        "Senior Supply Chain Management Officer, County Government of Kiambu, Kiambu, Kenya",
        "I want to be the one acting as Head of SCM when Kamau goes for his study leave in January.",
        "CO Otieno",
        "Chief Officer, Finance & Economic Planning; her boss Kamau (Head of Supply Chain) reports to him, so he is her skip-level",
        Role.SKIP,
        monthly(1, 2),
        time(14, 30),
        "Wanjiru is the number two in the county's supply chain unit and has a monthly slot with the Chief Officer that her boss Kamau set up for her. Kamau leaves for a master's programme in January and she wants to be named acting head; the CO told her to talk to HR and hasn't come back. She suspects the water department is splitting quotations to stay under the open-tender threshold, but it's outside her unit and Kamau told her to leave it; the CO knows nothing about it, nor about her mother being in hospital.",
        logged=(
            Logged(
                P,
                "CO: no pending bills to be carried into Q3. all Q2 commitments in IFMIS by 15 Dec latest",
                52,
            ),
            Logged(A, "asked CO if i can sit in budget committee as SCM rep", 50, DONE),
            Logged(
                A,
                "asked CO to consider me for acting HSCM when Kamau goes for masters (Jan). he said 'talk to HR first then we see'",
                22,
            ),
            Logged(
                N, "went to HR today re acting HSCM, they said its CO's call 🙄 so back to him", 17
            ),
            Logged(
                G,
                "sent CO the AGPO summary for Q1 — 31% of tender value to youth/women/PWD vs 30% target 🙌",
                21,
            ),
            Logged(
                W,
                "first budget committee meeting 12/11, presented AGPO + pending bills numbers. CO nodded alot",
                14,
            ),
            Logged(
                W,
                "e-GP migration for Roads dept done, 14 tenders uploaded, no supplier complaint so far",
                12,
            ),
            Logged(
                N,
                "Mama admitted at KNH again, SHA not covering everything. may need leave days mid Dec. only Kamau knows",
                9,
            ),
            Logged(
                F,
                "send Njeri (internal audit) signed TEC minutes for the ambulance tender",
                8,
                DONE,
            ),
            Logged(
                N,
                "water dept RFQs — 3 quotes same cluster of suppliers, all just under the 1M mark. looks like splitting. si kazi yangu but... told Kamau, he said 'wacha tu'. not sure whether to raise w CO",
                6,
            ),
            Logged(F, "promised CO list of pending bills >90 days by Fri 27th", 5),
            Logged(F, "handover doc draft for Kamau before he leaves — target 18 Dec", 3),
            Logged(AG, "acting HSCM — has he spoken to HR? need answer before Dec closes", 2),
            Logged(AG, "pending bills list, go through top 5 with him", 1),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "BG_melbourne_apprentice_sparky",
        "Mia",
        "Third-year electrical apprentice, small commercial electrical contractor, Footscray, Melbourne, Australia",
        "pass my LEA first go in March",
        "Trev",
        "Retired master electrician, her volunteer mentor through an apprentice mentoring program; no link to her employer",
        Role.MENTOR,
        biweekly(0),
        time(17, 30),
        "Mia is a third-year apprentice, the only woman on her crew, at a small commercial contractor. She has just been matched with Trev, a retired electrician, through a volunteer mentoring program; they've had one phone call and this is their first sit-down, at a cafe after work. She wants to pass her Licensed Electrician's Assessment first time, and she is unsure what to do about a leading hand who told her a switchboard was dead when it wasn't.",
        logged=(
            Logged(
                N,
                "LH on the Sunshine job had me on the DB without isolating, said 'its dead trust me'. tested anyway and it WASNT, tester lit up straight away. didnt say anything to boss yet",
                6,
            ),
            Logged(
                N,
                "got matched w Trev thru the mentoring program, rang him tues arvo. 40 yrs sparky, commercial + mines in WA, seems like a legend",
                2,
            ),
            Logged(A, "asked if he's got old LEA practice qs or knows someone who does", 2),
            Logged(AG, "how do i bring up the LH thing without being the dobber on site 😬", 1),
        ),
        tz="Australia/Melbourne",
        first=True,
    ),
    Persona(
        "BG_saopaulo_supermarket_store",
        "Thiago",
        "Gerente de loja, rede de supermercados, Zona Leste, São Paulo, Brasil",
        "Quero fechar o ano com a quebra abaixo de 2% e a loja no top 3 da regional.",
        "Renata",
        "Gerente regional (11 lojas), his direct manager",
        Role.MANAGER,
        weekly(1),
        time(7, 30),
        "Thiago runs one store of a supermarket chain in São Paulo's east zone and meets his regional manager Renata every Tuesday before opening. It's Black Friday week. He wants to finish the year with shrinkage under 2% and the store in the regional top 3. A broken cold-room latch he has escalated for weeks has now trapped a stock clerk; a cashier supervisor asked him in confidence for help avoiding her ex-husband; a competitor has approached him about a job, which Renata does not know.",
        logged=(
            Logged(P, "R.: quebra < 2,2% em todas as lojas até dez, diretoria cobrando forte", 44),
            Logged(A, "pedi + 2 repositores temporários pra dezembro", 37, DONE),
            Logged(W, "aprovado 1 temporário (não 2 mas ok)", 30),
            Logged(
                A,
                "pedi pra R. ajudar c/ a porta da câmara fria — trava interna quebrada, já abri chamado 3x na manutenção e nada",
                30,
            ),
            Logged(
                N,
                "Douglas (açougue) gritou c/ o jovem aprendiz de novo, menino saiu chorando. conversei c/ ele. 2a vez",
                26,
            ),
            Logged(
                G,
                "mandei pra R. a planilha de ruptura por seção que eu montei. ela pediu pra compartilhar c/ as outras lojas",
                23,
            ),
            Logged(W, "quebra outubro 2,4% (setembro foi 3,1%) 📉", 21),
            Logged(F, "treinar fiscais novos no procedimento de troca antes da BF", 19, DONE),
            Logged(
                P,
                "R.: foco total em ruptura na Black Friday 27/11, diretoria vai visitar lojas",
                16,
            ),
            Logged(A, "pedi folga 19/12 (formatura da minha filha) — R. disse que vai ver", 16),
            Logged(
                N,
                "Luciana (fiscal de caixa) pediu pra não fechar caixa sozinha à noite — ex-marido apareceu na loja semana passada. pediu sigilo, só eu sei",
                15,
            ),
            Logged(
                N,
                "recrutador do Assaí ligou, vaga gerente em Guarulhos, +18% salário. ainda não respondi",
                12,
            ),
            Logged(G, "cobri a loja Penha domingo pq o gerente de lá tava doente", 11),
            Logged(P, "R.: escala de dezembro tem que ir pro RH até 30/11", 9),
            Logged(F, "mandar escala dez pro RH até 30/11", 9),
            Logged(W, "NPS da loja 78 → 84 em nov 🙌", 8),
            Logged(
                F, "se o Douglas repetir, formalizar advertência com RH — combinei isso com ele", 7
            ),
            Logged(
                F, "prometi pro pessoal da frente de caixa confirmar as folgas de Natal até 1/12", 3
            ),
            Logged(
                N,
                "câmara fria: o Léo ficou preso uns 10 min hoje, saiu pq ligou pro celular do Wesley. ninguém machucado mas 😬😬",
                2.5,
            ),
            Logged(
                AG, "câmara fria — não dá mais pra esperar manutenção, alguém vai se machucar", 2
            ),
            Logged(AG, "folga 19/12??", 1),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "BG_riyadh_icu_preceptor",
        "Maricel",
        "Charge Nurse, Adult ICU, private tertiary hospital, Riyadh, Saudi Arabia",
        "Gusto ko sana hati talaga kami sa preceptor program, hindi ako lang lagi.",
        "Ate Grace",
        "Grace Villanueva, charge nurse on the other ICU rotation; they co-run the unit's new-grad preceptor program and both report to the same nurse manager",
        Role.PEER,
        weekly(6),
        time(13, 30),
        "Maricel and Grace are charge nurses on the two ICU rotations and jointly run the unit's preceptor program for newly hired nurses; they meet every Sunday after the day-shift huddle (the hospital works Sunday to Thursday). Maricel has been doing most of the program work and wants Grace to carry an equal share, especially with a JCI mock survey coming in January. She has an NHS job offer from the UK that nobody at work knows about.",
        logged=(
            Logged(G, "made the CRRT competency checklist, shared sa group chat", 18),
            Logged(G, "covered Grace's skills check for the 3 new grads", 16),
            Logged(
                A,
                "asked Grace to handle the lectures for the Jan orientation batch, sabi nya 'tingnan natin'",
                14,
            ),
            Logged(G, "did the Dec preceptor schedule for both rotations (again)", 11),
            Logged(
                G, "swapped duty with her for Fri 20 Nov so she can go to her son's recital", 10
            ),
            Logged(W, "2 of my preceptees passed the ICU competency exam first try 🎉", 9),
            Logged(A, "asked her to review handbook ch 3-4 by 30 Nov. no reply pa", 7),
            Logged(
                N,
                "NHS Leeds offer came — Band 5 (downgrade ugh), start March 2027, reply by 10 Dec. wala pang alam dito except Mama",
                5,
            ),
            Logged(
                P,
                "Grace: priority nya JCI mock survey sa Jan, wants all competency files complete by 15 Dec",
                4,
            ),
            Logged(F, "send Tita Lorna the 15k pesos for Kuya's tuition before 5 Dec", 3),
            Logged(N, "lower back pain na naman after proning today. physio appt next week", 1.75),
            Logged(F, "promised Abdullah (new grad) I'll sign off his IV competency this week", 1),
            Logged(
                AG, "hatian ng tasks for Jan batch — lectures and checklists, sino gagawa ano", 1
            ),
            Logged(AG, "handbook ch 3-4 review??", 0.5),
        ),
        tz="Asia/Riyadh",
    ),
    Persona(
        "BG_cdmx_prepa_chemistry",
        "Alejandro",
        "Profesor de Química, preparatoria privada, Coyoacán, Ciudad de México, México",
        "Quiero que me den la coordinación de ciencias el próximo ciclo.",
        "Paty",
        "Mtra. Patricia Luna, coordinadora académica de la prepa; his direct boss",
        Role.MANAGER,
        biweekly(2),
        time(15, 0),
        "Alejandro teaches chemistry at a private high school in Mexico City and meets his academic coordinator Paty every other Wednesday after the morning shift ends. He wants to be named science coordinator next school year and has asked her directly. He owes her an updated lab regulation that is already late. A student told him that another teacher messages girls on WhatsApp late at night, and he doesn't know whether or how to raise it; Paty doesn't know yet.",
        logged=(
            Logged(
                A,
                "le pedí el laboratorio abierto los viernes p/ preparar la feria — 'lo veo con dirección'",
                22.5,
            ),
            Logged(
                G,
                "armé el banco de reactivos de química p/ el departamental y lo compartí a los 3 profes",
                12.5,
            ),
            Logged(
                P,
                "Paty: prioridad feria de ciencias 11 dic + cero reprobados sin aviso previo a papás",
                8.5,
            ),
            Logged(
                A,
                "le pedí que me considere p/ la coordinación de ciencias 2027-28. dijo q lo platicamos en enero",
                8.5,
            ),
            Logged(F, "subir calificaciones 2o parcial a la plataforma antes del vie 4 dic", 6.5),
            Logged(W, "mi grupo 5°B sacó el promedio más alto del departamental, 8.7!!", 6.5),
            Logged(
                F,
                "le debo a Paty el reglamento de laboratorio actualizado — le prometí para hoy 20/11 y no lo terminé 😬",
                5.5,
            ),
            Logged(
                N,
                "operación de cadera de mi mamá el 7 dic, voy a tener q pedir lunes 7 y martes 8",
                4.5,
            ),
            Logged(
                N,
                "Sofi de 4°A me contó q Rodrigo (bio) les manda WA a varias alumnas a las 11pm. no sé si es algo o nada pero no me late 😕",
                2.5,
            ),
            Logged(AG, "lab los viernes — ya habló con dirección?", 0.6),
            Logged(AG, "lo de Rodrigo: se lo digo a Paty o va directo a dirección/protocolo?", 0.6),
        ),
        tz="America/Mexico_City",
    ),
    Persona(
        "BG_krakow_bank_credit_risk",
        "Aga",
        "Senior Credit Risk Analyst, corporate banking, international bank's operations hub, Kraków, Poland",
        "I want Marek to put my name forward for team lead in the new ESG risk team.",
        "Marek",
        "Director of Corporate Credit Risk, two levels up in a different reporting line; her sponsor in the bank's women-in-leadership programme",
        Role.SPONSOR,
        monthly(1, 0),
        time(8, 15),
        "Aga is a senior credit risk analyst whose sponsor in the bank's leadership programme is Marek, a director outside her own line; they meet the first Monday of each month. A new ESG risk team launches in Q1 and she wants him to nominate her as team lead; she has asked, and also asked for an intro to the head of ESG methodology in Frankfurt, with no answer on either. She has been doing him favours and has recent wins he may not have seen. She is 12 weeks pregnant and has told no one at work.",
        logged=(
            Logged(
                P,
                "<@U07KX2M9P>: ESG risk team launches Q1, he wants ppl who can talk to both RMs and risk",
                52,
            ),
            Logged(
                A,
                "asked Marek if he'd put me fwd for the ESG TL role — 'let me think about it'",
                24,
            ),
            Logged(A, "asked for intro to Katrin (Frankfurt, head of ESG methodology)", 24),
            Logged(
                G,
                "sent Marek the 2-pager on transition risk for our top 20 CRE exposures (he used it in his deck for the board)",
                17,
            ),
            Logged(N, "pinged Marek about Katrin intro, no reply", 14),
            Logged(W, "my sector heatmap model approved at credit committee 🙌", 10),
            Logged(F, "promised Marek comments on the ESG team charter draft by 4.12", 9),
            Logged(
                W, "presented at regional risk forum in Warsaw 19.11, his boss was in the room", 6
            ),
            Logged(
                N,
                "12 tydz. nikt w pracy nie wie. termin ok. czerwca. czy to zabije szanse na TL? 😞",
                4,
            ),
            Logged(F, "mentoring programme mid-point survey — due 30.11", 3),
            Logged(F, "obiecałam Oli review jej pierwszego memo przed poniedziałkiem", 2),
            Logged(AG, "TL nomination — konkretnie tak/nie + timeline", 1),
            Logged(AG, "Katrin intro again?", 1),
        ),
        tz="Europe/Warsaw",
        names={"U07KX2M9P": "Marek Wiśniewski"},
    ),
)
