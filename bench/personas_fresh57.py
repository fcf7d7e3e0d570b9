# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 35 (set BF)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH57 = (
    Persona(
        "BF_enfermera_uci_bogota",
        "Marcela",
        "Night-shift charge nurse, adult ICU at a private clinic, Bogotá, Colombia",
        "Quiero que la clínica me apoye con el diplomado en cuidado crítico y pasarme a turno de día antes de junio.",
        "Gloria P.",
        "ICU nursing coordinator, Marcela's direct boss",
        Role.MANAGER,
        weekly(1),
        time(7, 30),
        "Marcela is the night-shift charge nurse in a 14-bed adult ICU and logs almost everything in Spanish; she meets Gloria every Tuesday right after handing over the night shift. She wants Gloria to sign the clinic's education-support form for a critical-care diplomado (the scholarship call closes Friday 4 December) and, later, to move her to day shift because her mother, who looks after her son at night, is unwell. Gloria knows about the diplomado but not about Marcela's mother. Marcela has twice raised unsafe night staffing (1 nurse to 3 ventilated patients) without a clear answer, and Gloria's own focus is the accreditation audit on 10 December and cutting overtime.",
        logged=(
            Logged(A, "le pedi a Gloria que me incluya en el comité de acreditación", 30.9),
            Logged(
                A,
                "solicité una enfermera extra para noches de fin de semana, ratio 1:3 con pacientes ventilados NO es seguro",
                27.95,
            ),
            Logged(
                P,
                "Gloria: prioridad de diciembre = auditoria de acreditación el 10 dic, todos los registros de bundles al día",
                27.9,
            ),
            Logged(
                G,
                "armé el checklist de bundle NAV (neumonía asociada a ventilador) para el turno noche y se lo mandé por whatsapp",
                24.1,
            ),
            Logged(W, "quedé en el comité de acreditación ✅ me lo confirmó hoy", 22.8),
            Logged(
                A,
                "le pedí que me firme el formato de auxilio educativo para el diplomado de cuidado crítico (Javeriana). cierre convocatoria viernes 4 dic",
                20.9,
            ),
            Logged(F, "llamar a farmacia x faltante de midazolam en el carro de paro", 16.0, DONE),
            Logged(
                A,
                "pregunté otra vez por refuerzo en la noche... dijo 'lo reviso con talento humano' 😕",
                13.9,
            ),
            Logged(P, "Gloria quiere bajar horas extra en diciembre, presupuesto apretado", 13.85),
            Logged(G, "cubrí el turno de Andrés el sábado 14, doble turno 😴", 11.9),
            Logged(F, "devolverle el turno a Andrés — le debo el domingo 6 dic", 11.85),
            Logged(
                W,
                "auditoria interna de registros: turno noche 96% de cumplimiento, el más alto de la UCI 🎉",
                9.0,
            ),
            Logged(
                N,
                "Yesica me contó que está embarazada, todavía no le ha dicho a nadie. NO mencionar. ojo no asignarle pacientes en aislamiento",
                8.05,
            ),
            Logged(
                F,
                "capacitación bombas de infusión para las 2 auxiliares nuevas, les prometí hacerla antes del 3 dic",
                7.0,
            ),
            Logged(
                W,
                "la familia del paciente de la cama 7 mandó carta a gerencia agradeciendo al equipo de noche, con nombres!",
                6.1,
            ),
            Logged(
                N,
                "mi mamá otra vez con la presión alta, ya no puede quedarse con Tomás toda la noche. necesito turno de dia pronto",
                5.05,
            ),
            Logged(
                F,
                "mandarle a Gloria el consolidado de eventos adversos de noviembre antes del 30/11",
                4.0,
            ),
            Logged(
                AG,
                "traslado a turno de día — como plantearlo sin contarle todo lo de mi mamá?",
                2.05,
            ),
            Logged(AG, "firma del formato del diplomado, tiene q ser antes del viernes 4!!", 0.6),
        ),
        tz="America/Bogota",
    ),
    Persona(
        "BF_site_engineer_lagos",
        "Adaeze",
        "Site engineer (structural) at a building contractor, Lagos, Nigeria",
        "I want to be named Project Engineer on the Ikoyi tower when it starts in Q2.",
        "Engr. Bello",
        "Projects Director, her project manager's boss (skip-level)",
        Role.SKIP,
        monthly(1, 2),
        time(16, 0),
        "Adaeze is a site engineer on a 12-storey residential block in Lekki; her line manager is the project manager, Mr Okafor, and she sees the Projects Director, Bello, on the first Wednesday of each month. She has repeatedly seen workers at the level 9 slab edge without harnesses and scaffold ties removed, told Okafor, and seen no change; she doesn't know how far to escalate to Bello without looking as if she is going around her manager. Her father is on dialysis in Enugu and she may need a week off around 14 December, the same week as the topping-out target; nobody at work knows. She has several small promises open to the QS, the foreman, the client's rep and Bello.",
        logged=(
            Logged(
                P,
                "Bello: no 1 priority is topping out by 18 Dec. client (Mrs Adeyemi) is pushing hard",
                21.62,
            ),
            Logged(P, "he also wants zero LTI this quarter - said it twice", 21.6),
            Logged(A, "asked Bello if I can sit in on the Ikoyi tender pricing meetings", 21.58),
            Logged(
                G,
                "did the concrete cube test summary he asked for, for the board pack. sent Mon 9/11",
                16.7,
            ),
            Logged(
                N,
                "3 guys on L9 slab edge with no harness AGAIN. told Okafor on 12/11, he said 'we go handle am'. nothing yet",
                13.3,
            ),
            Logged(W, "L8 slab poured 2 days ahead of programme, no cold joints 💪", 12.1),
            Logged(F, "raise PR for 4 more full body harnesses", 10.2, DONE),
            Logged(F, "send Bello the toolbox talk attendance sheets for Nov", 8.0),
            Logged(
                N,
                "scaffold ties on north face removed by the plastering sub?? have photos on my phone. who approved",
                6.3,
            ),
            Logged(F, "reply Kunle (Mrs Adeyemi's rep) on the window sample approval", 5.1),
            Logged(F, "send rebar bending schedule rev C to QS Mr Ojo by Fri 27th", 3.0),
            Logged(
                F, "promised foreman Sule the revised L10 drawings printed A1 before Monday", 2.2
            ),
            Logged(
                N,
                "Ugo says Daddy's dialysis is getting harder, I may need to come to Enugu for a week around 14 Dec. havent told anyone at work",
                1.3,
            ),
            Logged(AG, "Ikoyi PE role - what does he actually need to see from me?", 1.0),
            Logged(AG, "how to raise L9 safety without throwing Okafor under the bus", 0.9),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "BF_audit_senior_dhaka",
        "Nusrat",
        "Audit senior at a mid-size chartered accountancy firm, Dhaka, Bangladesh",
        "Finish my CA and move to a group financial reporting role in industry within two years.",
        "Rahim bhai",
        "CFO of a garments group, her mentor through the institute's mentoring programme (not at her firm)",
        Role.MENTOR,
        biweekly(6),
        time(20, 30),
        "Nusrat is an audit senior at a Dhaka CA firm with two professional papers left; Rahim is a CFO she was matched with through the institute's mentoring scheme, and they talk by video every other Sunday evening (Sunday is a working day in Bangladesh). The relationship is mostly her asking; the one thing she has given back is notes for a seminar talk he gave. She has a written offer from a firm in Dubai with a reply due Thursday 3 December, which nobody at her firm knows about, and the salary matters because she is paying the instalments on her brother's tuition loan. Rahim has said he wants mentees to come with specific questions.",
        logged=(
            Logged(
                P,
                "Rahim bhai wants mentees to come with specific questions, not 'general chat' (his words lol)",
                24.72,
            ),
            Logged(
                A,
                "asked him to look at my CV for industry roles (FR / group reporting)",
                24.7,
                DONE,
            ),
            Logged(W, "passed Corporate Reporting 🎉🎉 result came 15 Nov, Alhamdulillah", 11.1),
            Logged(A, "asked if he can intro me to someone in the Unilever BD finance team", 10.72),
            Logged(
                A,
                "asked his view on doing ACCA papers alongside CA - he said 'think about it, we'll discuss'",
                10.7,
            ),
            Logged(G, "sent him my IFRS 18 summary notes for his ICAB seminar talk", 9.8),
            Logged(
                F,
                "finish review points on Karim Textiles file - promised Sabbir vai by 30 Nov",
                6.2,
            ),
            Logged(
                N,
                "Dubai offer came - Senior Associate, AED 9,500/month, reply by 3 Dec. Ammu cried. haven't told the partner",
                4.3,
            ),
            Logged(
                N,
                "Bhaiya's tuition loan EMI 18k/month. if I go Dubai can clear it within a year",
                4.2,
            ),
            Logged(AG, "Dubai: ask him honestly - stay and finish CA here or go?", 1.0),
            Logged(AG, "Unilever intro - follow up gently, don't push", 0.9),
        ),
        tz="Asia/Dhaka",
    ),
    Persona(
        "BF_assistant_curator_glasgow",
        "Eilidh",
        "Assistant curator (natural sciences), city council museums service, Glasgow, UK",
        "Get onto the Aspiring Leaders cohort in March and lead the insect gallery redisplay.",
        "Morag",
        "Head of Museums & Collections, two levels above her; agreed to sponsor her leadership-programme application",
        Role.SPONSOR,
        monthly(1, 4),
        time(9, 30),
        "Eilidh has been an assistant curator for three years and has just set up a monthly 1:1 with Morag, the head of service above her line manager Iain, after Morag agreed in passing to sponsor her application to the council's Aspiring Leaders programme. The first meeting is Friday 4 December; the sponsor statement is due 11 December. She has barely used the tool yet and Morag knows her mostly through Iain.",
        logged=(
            Logged(
                A,
                "asked Morag if she'd write my sponsor statement for Aspiring Leaders, deadline 11 Dec. she said 'happy to, send me something'",
                2.3,
            ),
            Logged(
                F,
                "send Morag a 1-pager of stuff I've led (volunteer digitisation project, Bug Week) by Tue 1 Dec",
                2.25,
            ),
            Logged(
                N,
                "bit nervous tbh, she's never really met me properly, only knows me via Iain",
                0.55,
            ),
            Logged(AG, "ask what the panel actually looks for in the sponsor statement", 0.5),
        ),
        tz="Europe/London",
        first=True,
    ),
    Persona(
        "BF_agronomist_sales_mato_grosso",
        "Rafael",
        "Sales agronomist (RTV) for a seed and crop-protection distributor, Sinop, Mato Grosso, Brazil",
        None,
        "Juli",
        "Juliana, sales agronomist covering the neighbouring Lucas do Rio Verde territory; a peer at the same distributor",
        Role.PEER,
        biweekly(0),
        time(18, 0),
        "Rafael and Juliana are peer sales agronomists in neighbouring territories and set up a biweekly call to swap leads and cover each other. So far it has been one-sided: Rafael covered her farm visits while she was on holiday, handed her a large lead and lent her his drone, while his one ask (an introduction to the cooperative buyer in Lucas) has been put off twice. He needs the drone back before his field day on Saturday 5 December, and nobody has discussed how the commission on the lead he passed will be split.",
        logged=(
            Logged(
                G,
                "covered Juli's clientes in Lucas while she was de férias, 3 farm visits (soja emergence check)",
                25.4,
            ),
            Logged(
                G,
                "passed her the lead Fazenda Boa Esperança (2.400 ha), they're in her area anyway",
                18.6,
            ),
            Logged(
                A, "asked Juli to introduce me to the cooperativa buyer in Lucas, Sr. Valdir", 18.55
            ),
            Logged(G, "sent her my planilha de stand count template", 15.3),
            Logged(P, "Juli: priority is hitting Q4 fungicide target before the safra peak", 11.6),
            Logged(G, "lent her my DJI for the demo plot in Tapurah", 9.4),
            Logged(W, "fechei Grupo Piovesan biologicals deal, R$ 1,2 mi 🚀🚀", 7.5),
            Logged(A, "asked her again about Valdir... 'semana que vem' 🙄", 4.6),
            Logged(F, "pegar o drone de volta antes de 4/12 - dia de campo sábado 5/12", 2.5),
            Logged(AG, "Valdir intro - ask directly, with a date", 1.45),
            Logged(AG, "comissão Boa Esperança - how do we split? ninguém falou nada ainda", 1.4),
        ),
        tz="America/Cuiaba",
    ),
    Persona(
        "BF_child_protection_melbourne",
        "Priya",
        "Advanced child protection practitioner, state government department, Melbourne, Australia",
        "Get through court season without burning out and be ready to act up as Senior Practitioner in the new year.",
        "Leanne",
        "Team Manager, her direct supervisor",
        Role.MANAGER,
        weekly(4),
        time(10, 0),
        "Priya is an experienced child protection practitioner who has weekly supervision with her team manager Leanne on Friday mornings; she refers to families by initial. After a father on one of her cases threatened her at the door she asked for a co-worker on all visits to that family, which Leanne agreed, but next week's roster shows none. She wants to be considered for the acting Senior Practitioner role in January, which Leanne deferred until 'after court'; a Children's Court report is due Monday 30 November and she owes things to the court, a kinship carer, a student she supervises and Leanne. She has not been sleeping well and has a GP appointment on 1 December, which she does not want recorded in supervision notes.",
        logged=(
            Logged(
                P,
                "Leanne: priority = clear overdue case plans before Xmas shutdown (team has 14 overdue)",
                27.0,
            ),
            Logged(
                N,
                "dad (M. family) yelled at the door, said he knows where my car is parked. incident report done",
                21.2,
            ),
            Logged(
                A, "asked L for a co-worker on all M. family home visits from now on", 20.0, DONE
            ),
            Logged(G, "took 2 of Sam's intake assessments while he was off", 18.3),
            Logged(A, "asked for the EAP referral details (not urgent)", 16.1, DONE),
            Logged(
                A,
                "asked L about the acting SP role in Jan - she said 'let's talk after court'",
                13.0,
            ),
            Logged(G, "ran the new-starter session on writing court reports", 11.2),
            Logged(F, "update the safety plan on the R. file, L has asked twice", 10.0),
            Logged(W, "magistrate commended my report on the K. matter 🙌 (Tue 17th)", 9.3),
            Logged(F, "return Jess's car seat I borrowed for the T. transport", 7.2, DONE),
            Logged(P, "L: allocations freeze lifts 1 Dec, expect 2 new cases each", 6.0),
            Logged(
                F,
                "Children's Court report, M. matter, due Mon 30 Nov 9am. final draft to Leanne by Fri",
                5.1,
            ),
            Logged(
                W, "reunification for the two T. kids went ahead, first weekend home went well", 4.2
            ),
            Logged(F, "feedback to <@U06B8M1TZ3> on his first case note - promised by Wed", 4.0),
            Logged(
                N,
                "not sleeping great since the M. visit. GP Tues 1 Dec. do NOT want this in supervision notes",
                3.1,
            ),
            Logged(
                F, "call back Nana Joy (kinship carer, T. kids) re carer allowance backpay", 2.3
            ),
            Logged(
                N, "Nana Joy's backpay ~$3,400 owing since Aug, finance says 'in the queue'", 2.2
            ),
            Logged(W, "all 6 of my case plans up to date ✅", 1.5),
            Logged(AG, "acting SP role - raise it again, ask what she needs to see from me", 1.0),
            Logged(AG, "court report - need her to read it by Fri arvo latest", 0.4),
            Logged(AG, "co-worker for M. visits - roster shows nobody next week??", 0.3),
        ),
        tz="Australia/Melbourne",
        names={"U06B8M1TZ3": "Tom Nguyen"},
    ),
)
