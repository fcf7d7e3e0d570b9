# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 23 (set AH)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH33 = (
    Persona(
        "consulting_em_skip_partner_promo_case_steerco_tomorrow",
        "Priya",
        "engagement manager leading a team of five, strategy consultancy, London",
        "get put up for associate partner in the spring round, and stop being the person who fixes every deck at 1am",
        "Graham",
        "managing partner of the London office; her manager Simon's boss",
        Role.SKIP,
        monthly(4, 3),
        time(16, 0),
        "Priya runs delivery on a retail client's cost programme and the steering committee is tomorrow. She wants Graham to back her associate-partner case, while her own manager presents her work as his; one of her analysts has confided he is struggling, and she is mid-IVF, mentioned only in passing.",
        logged=(
            Logged(
                A,
                "asked G whether he'd sponsor my AP case for spring round. he said 'let's see how Halden lands' - so basically not before the programme closes in Feb",
                63,
            ),
            Logged(
                P,
                "G kept coming back to 'commercial pull-through' - wants EMs finding follow-on work, not just delivering. noted.",
                63,
            ),
            Logged(
                G,
                "sent G the 2-pager on Halden phase 2 he asked for, did it sunday night",
                58,
                DONE,
            ),
            Logged(
                N,
                "Simon presented the supply chain diagnostic at the partner mtg as 'my team's work' - didn't mention me once. Rahul told me. annoyed but not sure it's worth raising",
                44,
            ),
            Logged(
                A,
                "asked G for an extra analyst on Halden through Xmas - yes, Mateo joining from the 9th",
                35,
                DONE,
            ),
            Logged(
                W,
                "client CFO emailed: sourcing workstream was 'the best piece of work we've had from an adviser'. fwd to Simon + G",
                29,
            ),
            Logged(
                W, "2nd follow-on sourced - Halden's logistics arm wants a network review in Q1", 22
            ),
            Logged(
                N,
                "Arjun (BA on my team) told me in confidence he's been having panic attacks before client meetings. asked me not to tell anyone. moved him off the CFO readouts for now",
                18,
            ),
            Logged(
                F,
                "owe G the revised phase 2 pricing before SteerCo - he wants to see it before it goes to client",
                6,
            ),
            Logged(
                A,
                "asked G if I can lead the phase 2 pitch myself rather than Simon. no reply yet, left on read",
                4,
            ),
            Logged(
                N,
                "egg collection moved to weds 2nd so out half day. just saying 'medical appt' at work",
                3,
            ),
            Logged(
                AG,
                "SteerCo fri - want G in the room for the savings number, client CPO is going to push back on the 14m",
                2,
            ),
            Logged(
                AG,
                "raise AP case again but w/ numbers: 2 follow-ons, CFO quote, team upward feedback. DON'T make it about Simon",
                1,
            ),
            Logged(AG, "Dec capacity - how to explain Arjun off the readouts w/o saying why", 0.5),
        ),
        first=False,
    ),
    Persona(
        "medical_imaging_sales_rep_manager_year_end_deal_mostly_asks",
        "Carla",
        "account executive, medical imaging equipment sales, São Paulo",
        "bater a meta do ano e virar key account até março 🙏",
        "Rodrigo",
        "regional sales manager, her direct boss",
        Role.MANAGER,
        weekly(4),
        time(9, 0),
        "Carla sells ultrasound and CT equipment to hospitals around São Paulo and needs one large deal signed on Monday to get near her annual target. Her log is long, chatty and mostly asks of Rodrigo (discounts, leads, commission, time off), with her father's surgery and money worries slipping in between.",
        logged=(
            Logged(
                A,
                "pedi pro Rodrigo liberar 12% de desconto pro Hospital Santa Clara, ele disse max 8% sem aprovação do diretor 😤",
                110,
            ),
            Logged(
                N,
                "meta anual R$ 9,2 mi, tô em 5,1. preciso do Santa Clara e do grupo Vitalis senao nao bato",
                104,
            ),
            Logged(
                A, "asked R for the leads from the Ribeirão Preto fair, he said he'll see 🙄", 97
            ),
            Logged(W, "FECHEI o tomógrafo da Clínica São Lucas!!! R$ 1,4 mi 🎉🎉🎉", 89),
            Logged(
                A,
                "pedi pra trocar a folga de sexta pq meu pai tem consulta c/ cardiologista. ok",
                82,
                DONE,
            ),
            Logged(
                N,
                "Júlia pegou o lead do Hosp. Bandeirantes q era MEU, eu fiz a primeira visita em agosto. falei com R, ele disse q 'território é território'. nao concordo mas ok",
                75,
            ),
            Logged(
                A,
                "comissao do São Lucas veio errada, faltou uns R$ 6 mil. pedi pro R checar com o financeiro",
                68,
            ),
            Logged(
                N,
                "tô apertada esse mes, parcela do carro + remedio do pai. essa comissao faz falta de vdd",
                66,
            ),
            Logged(N, "R falou q a diferença da comissão só entra na folha de dezembro", 60),
            Logged(
                P,
                "R na reuniao de time: foco total em fechar Q4, nada de demo nova até janeiro",
                54,
            ),
            Logged(
                A,
                "pedi pra ir no congresso de radiologia em jan (JPR). 'vamos ver o budget' 🙃",
                47,
            ),
            Logged(G, "cobri a demo do Felipe em Campinas pq ele tava doente, R pediu", 40, DONE),
            Logged(N, "Vitalis empurrou decisao pra 2027. perdi. 😭 R nem comentou", 33),
            Logged(
                A,
                "pedi 12% de novo pro Santa Clara, é o ultimo deal grande do ano. ele vai levar pro Marcelo (diretor)",
                20,
            ),
            Logged(
                N,
                "pai operou, correu tudo bem graças a Deus 🙏 fiquei 2 dias no hospital com ele trabalhando pelo celular",
                14,
            ),
            Logged(
                W, "Santa Clara mandou a minuta do contrato!!! assinatura prevista seg 30/11", 6
            ),
            Logged(
                F,
                "tenho q mandar pro R o forecast atualizado antes da reuniao de sexta, esqueci semana passada 🤦‍♀️",
                3,
            ),
            Logged(AG, "desconto 12% - Marcelo aprovou ou nao?? cliente precisa saber até seg", 1),
            Logged(
                AG, "promo p/ key account - quero saber o q falta de verdade, sem enrolação", 0.5
            ),
        ),
        first=False,
    ),
    Persona(
        "epidemiology_fellow_first_call_external_mentor",
        "Nkechi",
        "research fellow in epidemiology, university in Ibadan, Nigeria",
        "figure out if I'm staying in academia? idk yet",
        "Helen",
        "professor of global health at a UK university, assigned as her mentor by an international fellowship scheme (not at her institution)",
        Role.MENTOR,
        monthly(-1, 0),
        time(14, 0),
        "Nkechi has just been matched with an external mentor through a fellowship and their first call is on Monday. She has a big grant deadline in January and a teaching decision to make, and nothing has been given or asked yet.",
        logged=(
            Logged(N, "matched w Prof Marsh thru the fellowship. first call mon 30th 2pm UK", 9),
            Logged(AG, "career dev award deadline 15 jan. ask if she'd read a draft?", 2),
            Logged(AG, "HOD wants me to take MSc teaching next sem. don't know if I should", 1),
        ),
        first=True,
    ),
    Persona(
        "civil_service_team_lead_sponsor_referee_gives_far_more",
        "Aoife",
        "housing policy team lead (Assistant Principal), government department, Dublin",
        "Get to Principal Officer. The competition's open now and I think this is my shot",
        "Declan",
        "Assistant Secretary in a different division who has been informally sponsoring her",
        Role.SPONSOR,
        monthly(1, 2),
        time(9, 30),
        "Aoife leads a four-person policy team and has been quietly doing a lot of Declan's heavy lifting in the hope he backs her for the Principal Officer competition, which closes two days after they meet. He has told her something confidential about the Secretary General, and she is sharing care of her father.",
        logged=(
            Logged(
                G,
                "Drafted D's briefing for the Minister on the vacant sites levy. He only asked Fri, had it to him Mon 8am",
                95,
                DONE,
            ),
            Logged(
                A,
                "Asked D would he be a referee for the PO competition when it opens. 'Of course, remind me closer to the time'",
                88,
            ),
            Logged(
                G,
                "Did 6 of his division's PQ replies while their AP is on leave. Nobody asked my team, we just did it",
                70,
                DONE,
            ),
            Logged(
                P,
                "D says the one thing that matters to him this year is the Housing Delivery Bill heads through Cabinet before Christmas",
                70,
            ),
            Logged(
                N, "Dad had another fall. Siobhán doing weekdays, me weekends. Grand for now", 61
            ),
            Logged(
                G,
                "Sat in on the Oireachtas committee prep with D and wrote his speaking notes",
                48,
                DONE,
            ),
            Logged(
                N,
                "D said off the record the Sec Gen is going in the spring. NOT to be repeated. Means a reshuffle at AS level",
                41,
            ),
            Logged(W, "Heads of Bill approved by Cabinet!! My team wrote most of Part 3", 27),
            Logged(
                N,
                "Ciarán (my team) and Niamh from Finance had a blow-up in the joint meeting. Ciarán's right on substance but went about it badly. Had a word with him",
                22,
            ),
            Logged(
                A,
                "Asked D could he get me onto the Leadership Development Programme next year. 'Maybe, there's only 3 places'",
                15,
            ),
            Logged(
                N,
                "PO competition open, closes Fri 4 Dec. Need the referee form from D. Haven't submitted my application yet",
                8,
            ),
            Logged(
                F, "Said I'd send D the one-pager on rental sector data gaps, still not done", 5
            ),
            Logged(AG, "Referee form!! Don't leave the room without a yes", 2),
            Logged(
                AG,
                "Ask him what the board actually look for at PO, want to use the Cabinet deadline as my leadership example",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "fpa_team_lead_peer_budget_deadline_allocation_dispute",
        "Tomasz",
        "FP&A team lead, freight and logistics group, Warsaw",
        None,
        "Ines",
        "head of controlling for the group's Iberian business unit, a fellow team lead in another country",
        Role.PEER,
        biweekly(1),
        time(13, 0),
        "Tomasz and Ines trade help across two finance teams while both are buried in the 2027 budget, due to the group CFO on 3 December. The relationship is fairly balanced, with favours open both ways, a real disagreement about an IT cost allocation key, and a confidence about Ines's job search.",
        logged=(
            Logged(
                G,
                "sent Ines our fuel surcharge model template, she wanted the structure for Iberia",
                62,
                DONE,
            ),
            Logged(
                A,
                "asked Ines for Iberia FX assumptions early this time. she said end of Oct",
                55,
                DONE,
            ),
            Logged(
                P,
                "Ines: what she cares about is changing the IT cost allocation key. Iberia pays 22% for 11% of users",
                42,
            ),
            Logged(
                N,
                "don't agree w/ her on the key. moves ~1.8m PLN of cost onto Poland. moje P&L. won't back it as is",
                40,
            ),
            Logged(
                W, "Q3 forecast accuracy 98.4%, best in group. CFO mentioned it at town hall", 30
            ),
            Logged(
                N,
                "Ines told me she's interviewing at a fintech in Lisbon. prosiła, żeby nikomu nie mówić",
                26,
            ),
            Logged(
                A,
                "asked I. to review my headcount bridge, she has a good eye. 'after the 3rd, sorry'",
                12,
            ),
            Logged(
                N,
                "Kasia back at work, żłobek started mon, both of us dead tired, kid sick already",
                9,
            ),
            Logged(F, "promised Ines our intercompany recharge list by Fri. not done", 5),
            Logged(
                AG,
                "allocation key - find compromise before CFO sees two versions. phase in over 2 yrs?",
                1,
            ),
            Logged(AG, "budget due 3 Dec - intercompany numbers must match both sides", 1),
        ),
        first=False,
    ),
    Persona(
        "agency_design_lead_client_head_of_digital_unbilled_work",
        "Lukas",
        "design lead at a small UX agency, Berlin",
        "keep this client happy enough to renew for 2027 without giving away another month of free work",
        "Sabine",
        "Head of Digital at the client, a regional cooperative bank (outside his agency)",
        Role.OTHER,
        biweekly(0),
        time(15, 0),
        "Lukas leads a three-person team redesigning a bank's mobile app and keeps absorbing extra work to secure the renewal. Sabine is friendly but vague on commitments, his co-founder wants a change request raised because the project is over budget and cash is tight, and the usability readout is two days after their meeting.",
        logged=(
            Logged(N, "kickoff w/ sabine. scope: onboarding + payments flows, 14 wochen", 84),
            Logged(
                P,
                "sabine: vorstand wants app store rating from 3.1 to 4+ by summer. thats the number she's judged on",
                84,
            ),
            Logged(
                G,
                "ran an extra accessibility workshop for her team, not in the SOW. unbilled",
                63,
                DONE,
            ),
            Logged(
                A,
                "asked sabine for real user complaints from the call center. 'ich kläre das' - nothing since",
                56,
            ),
            Logged(
                G,
                "redid card-freeze flow after her IT said the API cant do it. 2 extra days, didnt charge",
                41,
                DONE,
            ),
            Logged(W, "prototype test: onboarding task success 54% -> 86% 🙌", 30),
            Logged(
                N,
                "jonas says we're at 118% of budget on this project and cash is tight until they pay the oct invoice. wants me to raise a change request. i hate that conversation",
                24,
            ),
            Logged(
                A,
                "asked if they're extending into 2027 (card mgmt + investments). 'wahrscheinlich, budget wird im januar entschieden'",
                17,
            ),
            Logged(
                N,
                "herr krüger from their IT trashed our designs in the review in front of her boss. she didnt defend us. hm",
                10,
            ),
            Logged(F, "send her the test protocol for the readout wed 2 dez - by friday", 3),
            Logged(
                AG,
                "change request for card-freeze rework + workshop. how do i say it w/o killing the renewal",
                1,
            ),
            Logged(AG, "call center data again. 3rd time asking", 0.5),
        ),
        first=False,
    ),
)
