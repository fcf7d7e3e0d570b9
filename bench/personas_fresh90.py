# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 51 (set CM)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH90 = (
    Persona(
        "CM_tomasz_brygadzista_wroclaw",
        "Tomasz",
        "brygadzista elektryków (electrical foreman, 8-person crew) at a mid-size installation contractor, on a logistics warehouse build near Wrocław",
        "Chcę zostać kierownikiem robót elektrycznych. Uprawnienia mam, brakuje mi doświadczenia z kosztorysami i budżetem.",
        "Marek",
        "Marek Zieliński, the contractor's project manager for the warehouse build and Tomasz's direct boss",
        Role.MANAGER,
        weekly(0),
        time(7, 0),
        "Tomasz, 46, leads eight electricians on a warehouse build whose handover is 18 December, with contractual penalties after that; the client now wants a partial acceptance of hall B on 11 December. "
        "He asked Marek for two extra people for cable pulling: maybe from the Legnica site after 30 November, nothing firm. He also asked to sit in on costing the next tender, which is what he needs to step up; Marek deflected. "
        "He owes Marek the insulation test protocols and as-built drawings for hall B by Friday 4 December. Win: fire-alarm acceptance with the fire service passed first time. "
        "Marek's focus: penalties and site safety after a scissor-lift near-miss. "
        "Delicate: Rysiek, a crew member he has worked with for 20 years, has twice come in smelling of alcohol this month. Tomasz quietly moved him off ladders and has not told Marek.",
        logged=(
            Logged(
                P,
                "Marek na odprawie: kary umowne 0,2%/dzien po 18.12, inwestor juz marudzi ze hala B w plecy. priorytet = odbiory na czas",
                52.6,
            ),
            Logged(
                N,
                "prawie wypadek na podnosniku nozycowym hala A, Kuba bez szelek. M wsciekly, BHP do przegladu",
                44.7,
            ),
            Logged(
                G,
                "od dzis wysylam M codziennie foto z odprawy BHP na whatsappa jak chcial",
                44.4,
                DONE,
            ),
            Logged(
                A,
                "prosilem M o 2 ludzi do ciagniecia kabli w B. odp: moze z Legnicy po 30.11, nic pewnego",
                38.6,
            ),
            Logged(
                W,
                "odbior SSP ze strazą przeszedl za 1 razem!! 💪 inspektor pochwalil opisy w szafach",
                27.5,
            ),
            Logged(
                A,
                "pytalem M czy moge przy nastepnym przetargu posiedziec z nim nad kosztorysem. 'zobaczymy jak skonczymy B' 🙄",
                24.6,
            ),
            Logged(
                N,
                "R. znowu rano bylo czuc. 2gi raz w tym mies. dalem go na trase kablowa zamiast na drabine. nie wiem czy mowic M, 20 lat razem robimy...",
                16.8,
            ),
            Logged(
                F, "obiecalem M protokoly pomiarow izolacji + powykonawcze hala B do pt 4.12", 10.6
            ),
            Logged(
                P,
                "M: inwestor chce odbior czesciowy B na 11.12 zamiast 18.12, cisnie go zarzad",
                3.6,
            ),
            Logged(
                AG,
                "ludzie z Legnicy - aktualne?? bez nich 11.12 nierealne. + kosztorys przypomniec",
                1.4,
            ),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CM_adaeze_warehouse_lagos",
        "Adaeze",
        "night-shift supervisor at a cold-chain pharmaceutical distribution warehouse in Ikeja, Lagos",
        "I want to be Operations Manager within 2 years, and get my CSCP certification done next year.",
        "Mr. Bankole",
        "Femi Bankole, Regional Operations Director, her manager's boss, meeting her monthly under the company's talent pipeline scheme",
        Role.SKIP,
        monthly(1, 2),
        time(10, 0),
        "Adaeze, 31, supervises the night shift at a pharma cold-chain warehouse. Her line manager is Mr. Eze; she has a monthly skip-level with Mr. Bankole, focused on the December peak and diesel costs. "
        "Her reorganised reefer bay and generator switchover checklist gave zero temperature excursions in October and helped pass a client audit. "
        "She asked Bankole to sponsor her CSCP exam; he wanted a proposal, she sent it on 27 October, and at their November meeting he said he had not read it yet; the exam window closes in January. "
        "She promised him a written switchover SOP for the Abuja and Port Harcourt sites by end of November (about 70% done). "
        "Delicate: diesel logs on the day shift keep showing a gap against generator hours; she told Eze, nothing happened, and raising it with Bankole could look like going over Eze's head. Eze also presented her results as his team's.",
        logged=(
            Logged(
                P,
                "1:1 w Mr B. His 2 things: Dec peak (+40% volume expected) and diesel cost - every site must cut gen hours",
                50.2,
            ),
            Logged(
                A,
                "Asked Mr B if company can sponsor my CSCP exam. He said send a proposal with cost + how it benefits ops",
                50.1,
            ),
            Logged(
                W,
                "Client audit (the pharma one) - cold room passed clean, auditor asked for copy of our switchover checklist 😊",
                42.3,
            ),
            Logged(
                N,
                "sent CSCP proposal to Mr B by email 27/10 - ₦2.1m incl exam + learning system. no reply yet",
                30.1,
            ),
            Logged(
                W,
                "October temp excursions = ZERO 🙌 first time since i took nights. reefer bay re-arrangement + genset checklist working",
                24.2,
            ),
            Logged(
                A,
                "followed up on CSCP at our Nov 1:1. He said he hasnt looked at it, will revert. 🤞",
                22.2,
            ),
            Logged(
                F,
                "Mr B asked me to write up the switchover SOP so Abuja and PH can adopt. I promised end of Nov",
                22.1,
            ),
            Logged(
                N,
                "diesel log vs gen hour meter not tallying on day shift again. ~180L gap this week. told Mr Eze 2 wks ago, he said he'll look into it. nothing",
                14.1,
            ),
            Logged(
                N,
                "Mr Eze presented the zero excursion numbers at regional meeting as 'our initiative'. ok o 🙃",
                6.3,
            ),
            Logged(
                N,
                "SOP draft maybe 70% done, still need photos of the ATS panel from day shift",
                4.2,
            ),
            Logged(
                AG, "CSCP proposal - any feedback?? exam window closes Jan, need to register", 2.1
            ),
            Logged(
                N,
                "should i mention the diesel thing to Mr B?? dont want to look like im going over Eze's head. but its literally his diesel target...",
                1.1,
            ),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "CM_siobhan_nurse_cork",
        "Siobhán",
        "Clinical Nurse Manager 2 on a 30-bed acute medical ward in a Cork hospital, doing a part-time MSc",
        "Advanced Nurse Practitioner in older persons' care - apply for the candidate ANP post in January.",
        "Bríd",
        "Bríd, a retired Director of Nursing who mentors her through the regional nursing mentoring programme",
        Role.MENTOR,
        monthly(-1, 0),
        time(18, 30),
        "Siobhán, 44, runs an acute medical ward and wants the candidate Advanced Nurse Practitioner post in older persons' care (applications close mid-January). Her mentor Bríd keeps saying the portfolio gets you shortlisted, and wants reflective pieces started before Christmas. "
        "Win: falls on her ward halved after she brought in intentional rounding, and she presented it at nursing grand rounds where the Director of Nursing asked for the slides. "
        "At the October meeting Bríd agreed to read her personal statement; Siobhán promised a draft by mid-November and has not written it. Her MSc dissertation has stalled too. "
        "Delicate: her mother's dementia is getting worse and she spends weekends caring for her in Mallow. An insulin error by a new graduate happened on a night she was in charge; the patient was fine but the review is ongoing. She hasn't told Bríd and is embarrassed to.",
        logged=(
            Logged(
                P,
                "Bríd: 'the portfolio is what gets you shortlisted, not the MSc' - wants reflective pieces started b4 Christmas",
                58.9,
            ),
            Logged(
                W, "Falls down from 9 to 4 (Aug-Sept) since intentional rounding started 🎉", 48.4
            ),
            Logged(
                W,
                "Presented falls project at nursing grand rounds. DON was there + asked for the slides!!",
                35.3,
            ),
            Logged(
                A,
                "asked B would she read my personal statement for the ANP post - she said of course, send it whenever",
                31.1,
            ),
            Logged(F, "promised B the statement draft by mid Nov 🙈", 31.0),
            Logged(
                N,
                "med error last night - insulin, new grad, I was nurse in charge covering nights. pt ok thank god. NIRF done, review ongoing. feel sick about it",
                18.4,
            ),
            Logged(
                N,
                "Mam had another fall today. doing weekends in Mallow now with Aoife. diss chapter 2 not touched in 3 wks",
                11.3,
            ),
            Logged(
                G,
                "sent B the piece on the new ANP older persons posts in HSE South she was asking about",
                9.2,
                DONE,
            ),
            Logged(AG, "statement is late - be honest, ask can I have till 10 Dec?", 4.4),
            Logged(
                N,
                "do I tell B about the incident?? she'd know how these reviews go... but mortified tbh",
                1.1,
            ),
        ),
        tz="Europe/Dublin",
    ),
    Persona(
        "CM_larissa_agronoma_sul_de_minas",
        "Larissa",
        "agrônoma da assistência técnica de uma cooperativa de café no Sul de Minas, responsável pelo projeto de rastreabilidade EUDR",
        "Quero coordenar a nova área de sustentabilidade da cooperativa e, mais pra frente, a área técnica inteira.",
        "Valdir",
        "Valdir Moreira, diretor técnico da cooperativa, who put her on the leadership track and speaks up for her with the board",
        Role.SPONSOR,
        monthly(-1, 4),
        time(16, 0),
        "Larissa, 29, an agronomist at a coffee cooperative, runs the project to map and validate member farms' polygons needed to keep exporting to Europe under the EU deforestation rules from 30 December. "
        "1,150 of 1,400 farms are done; Valdir wants a status report on the 250 pending ones by Friday 27 November, their meeting day. He got the board to approve only one of the two interns she asked for. "
        "She wrote him a one-page EUDR brief for German buyers. She asked him to put her name forward to coordinate the new sustainability area; he'll raise it at the December board, no promises. "
        "Delicate: a trading company in São Paulo has offered her about 60% more, answer due 10 December, and she's unsure whether to tell Valdir. Also, a farm owned by a board member's brother shows clearing in 2021, after the cut-off date, and cannot be validated.",
        logged=(
            Logged(
                P,
                "Valdir na reunião da diretoria: EUDR é prioridade nº1, sem geolocalização nao embarca nada pra Europa depois de 30/12",
                57.3,
            ),
            Logged(
                A,
                "pedi pro V apoiar contratação de 2 estagiários pro mapeamento de campo. ele vai levar pra diretoria",
                44.4,
            ),
            Logged(
                N, "diretoria aprovou só 1 estagiário 😕 V disse q foi o q deu pra conseguir", 31.4
            ),
            Logged(W, "1.150 de 1.400 propriedades com polígono validado!! 82% 🚀", 27.6),
            Logged(
                A,
                "perguntei pro V se ele indicaria meu nome pra coordenação da nova área de sustentabilidade. disse q leva na reunião de dezembro, 'mas não prometo nada'",
                27.3,
            ),
            Logged(
                G,
                "montei pro V o resumo de 1 pág sobre EUDR pra ele apresentar pros compradores alemães",
                20.4,
                DONE,
            ),
            Logged(
                N,
                "proposta da trading (SP): coord. de sourcing sustentável, salário ~60% maior. querem resposta até 10/12. conto pro V ou não??",
                13.1,
            ),
            Logged(
                N,
                "fazenda do irmão do conselheiro J. — imagem de satélite mostra supressão em 2021 😬 depois do marco de 31/12/2020. não dá pra validar",
                8.4,
            ),
            Logged(
                F, "V pediu relatório de status das 250 propriedades pendentes até sexta 27/11", 6.5
            ),
            Logged(
                AG,
                "2º estagiário — tentar de novo c/ argumento do prazo 30/12? + como tratar a fazenda do J.",
                1.2,
            ),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CM_weiling_teacher_singapore",
        "Wei Ling",
        "Subject Head (Chemistry) at a neighbourhood secondary school in Singapore",
        "Want to be HOD Science in the next few years, ideally in my own school",
        "Hafiz",
        "Muhammad Hafiz, Subject Head (Physics) at the same school; they co-lead the Sec 3 Science team and the STEM Applied Learning Programme",
        Role.PEER,
        biweekly(2),
        time(15, 30),
        "Wei Ling, 35, and her fellow subject head Hafiz meet fortnightly to plan Sec 3 science and the STEM Applied Learning Programme. Hafiz's priority for 2027 is renewing the polytechnic partnership before the funding review. "
        "She asked him to take over the polytechnic liaison next year so she can rework the chemistry practicals; he said he'd think about it and still hasn't answered, and the department workplan is due 11 December. "
        "She owes him the revised Sec 3 chemistry scheme of work by 4 December. She covered his relief and invigilation when his son was in hospital. Win: her retrieval-practice study was picked for cluster sharing. "
        "Delicate: the principal hinted she should apply for HOD Science, and Hafiz said he might too; she hasn't told him. They both mentor a beginning teacher, Jia Hui, who is struggling after a parent complaint.",
        logged=(
            Logged(
                P,
                "H said his main thing for 2027 = ALP must get the poly partnership renewed, MOE funding review in Q1",
                50.2,
            ),
            Logged(
                W,
                "my PLC retrieval practice study selected for cluster sharing day!! 🎉 VP also came ask for the slides",
                42.4,
            ),
            Logged(
                A,
                "asked H if he can take over the poly liaison for ALP next yr so I can focus on chem practical revamp. he said 'let me think abt it'",
                36.2,
            ),
            Logged(
                G,
                "covered H's 3E2 relief + O lvl invigilation today, his son warded at KKH",
                28.3,
                DONE,
            ),
            Logged(
                N, "P hinted I should apply for HOD Sci when Mrs Lim goes HQ. window prob Jan", 23.4
            ),
            Logged(
                N,
                "H casually said he also 'might throw hat in' for HOD. awkward sia 😬 i didnt say anything",
                22.2,
            ),
            Logged(
                N,
                "Jia Hui (BT) cried in the prep room after the parent email thing. H and I both her mentors. she says ok but not sleeping",
                13.3,
            ),
            Logged(
                F,
                "promised H the revised Sec 3 chem SOW + practical schedule by 4/12 so he can sync physics",
                8.2,
            ),
            Logged(AG, "poly liaison - need yes/no from H before workplan submission 11/12", 3.3),
            Logged(AG, "JH - plan together how to support her in T1, lighter CCA load?", 1.2),
        ),
        tz="Asia/Singapore",
    ),
    Persona(
        "CM_marisol_counselor_san_antonio",
        "Marisol",
        "LPC Associate (counselor in supervised practice) at a community mental health nonprofit in San Antonio, Texas",
        "Full LPC by fall 2027, then specialize in perinatal mental health",
        "Dr. Hale",
        "Dr. Renee Hale, LPC-S, her board-approved clinical supervisor for licensure; external to the clinic, not her line manager",
        Role.OTHER,
        weekly(1),
        time(12, 0),
        "Marisol, 27, is 14 months into her supervised associate period (1,912 of 3,000 hours at the last sign-off). Dr. Hale supervises her weekly for licensure and wants her to bring real case conceptualization, not just hour logs and updates. "
        "Marisol promised a full case presentation on a postpartum-anxiety client for Tuesday 1 December. She asked about perinatal certification; Dr. Hale promised to send the requirements and contacts but hasn't yet. "
        "Win: a client finished treatment with depression scores from 19 to 6. "
        "Delicate: her caseload has grown to 32, she has 11 late progress notes flagged by QA, and her manager Kendra wants a plan by 4 December. She told Dr. Hale notes were 'fine'. "
        "A client also sent a follow request to her then-public personal Instagram; she didn't accept and feels embarrassed about raising it.",
        logged=(
            Logged(
                P,
                "Dr H: supervision isnt just for signing hours - wants me bringing 1 case/wk w/ real conceptualization not just updates",
                51.3,
            ),
            Logged(
                A,
                "asked Dr H re perinatal training - she said PMH-C route via Postpartum Support Intl, she'll send me cert reqs + a couple ppl to talk to",
                44.3,
            ),
            Logged(W, "Dr H signed Q3 log ✅ 1,912 hrs total / 1,204 direct. over halfway!!", 36.4),
            Logged(
                W, "client M. completed tx today, PHQ-9 19 → 6 🥹 my first real 'graduation'", 30.2
            ),
            Logged(
                N,
                "caseload at 32 now. intake keeps assigning. literally dreaming about notes lol",
                22.1,
            ),
            Logged(
                N,
                "QA flagged 11 progress notes >72h late. ugh. Kendra wants a catch-up plan by 12/4",
                14.3,
            ),
            Logged(
                N,
                "client T. sent a follow request on my personal IG 😳 didnt accept. acct was public... made it private. do I bring this to Dr H?? feel dumb",
                10.1,
            ),
            Logged(N, "Dr H asked how notes are going, I said 'fine' 🙃 (they are not)", 9.3),
            Logged(
                G,
                "pulled the ACT + perinatal anxiety articles Dr H mentioned, sent her the one she couldnt find",
                5.2,
                DONE,
            ),
            Logged(
                F,
                "told Dr H I'd do full case presentation on J. (postpartum anx) next Tues 12/1 - genogram + conceptualization",
                2.3,
            ),
            Logged(
                AG,
                "ask Dr H: how do I push back on caseload w/ Kendra w/o sounding like I can't hack it. + PMH-C info still pending",
                0.6,
            ),
        ),
        tz="America/Chicago",
    ),
)
