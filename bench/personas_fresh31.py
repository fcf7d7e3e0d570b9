# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 22 (set AF)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH31 = (
    Persona(
        "apprentice_sparky_family_firm_portfolio_signoff_before_am2",
        "Bartek",
        "third-year apprentice electrician at a six-person family electrical firm, Slough",
        "get fully qualified by spring and start doing EV chargers",
        "Dave",
        "his manager, the owner's son who runs the jobs and the lads day to day",
        Role.MANAGER,
        weekly(4),
        time(7, 15),
        "Bartek is a Polish apprentice who has been covering weekends and late nights for a small family firm; his AM2 practical is on Wednesday 2 Dec and Dave still has not signed four portfolio jobs. His dad is in hospital in Poland, money is tight, and he has seen a colleague drinking on the job but told no one.",
        logged=(
            Logged(
                A,
                "asked dave can i go on the EV charger install course in jan. he said 'we'll see, depends on money' typowe",
                95,
            ),
            Logged(
                G,
                "covered saturday callout for dave, fire alarm fault at the care home in langley. 5h",
                90,
            ),
            Logged(N, "van clutch going again. nie mam kasy na to teraz", 86),
            Logged(
                A,
                "asked about overtime for the saturday callout. he said next payslip. -- came thru finally",
                84,
                DONE,
            ),
            Logged(
                W,
                "did first consumer unit change on my own (dave checked after). zero faults on test 💪",
                78,
            ),
            Logged(
                P,
                "dave says the big thing is the burnham school job - must be done before xmas hols or we dont get the next 2 schools",
                75,
            ),
            Logged(
                G, "stayed late 3 nights on burnham first fix. nobody asked, just needed doing", 70
            ),
            Logged(
                N,
                "lee was drinking at lunch again, 2 cans in the van before going up ladders. nie wiem czy mówić. dont want to be the grass. between me and me",
                66,
            ),
            Logged(
                A,
                "portfolio - need dave to sign off 6 jobs for NVQ. asked him. 'yeah yeah next week'",
                60,
            ),
            Logged(
                F, "send dave photos of burnham DB boards for portfolio + his records", 58, DONE
            ),
            Logged(
                A,
                "asked again about portfolio signoff. he did 2 of 6. rest 'when its quiet' lol its never quiet",
                45,
            ),
            Logged(
                N,
                "mama dzwoniła, tata w szpitalu w Gdyni, serce. maybe go home few days in dec?? nie wiem",
                40,
            ),
            Logged(
                A,
                "asked dave for 14-16 dec off to go poland. he said probs ok but check with pete",
                38,
            ),
            Logged(
                G,
                "fixed the office printer + network socket for pete's wife, not even electrical lol",
                30,
            ),
            Logged(W, "passed 18th edition!!! 84%", 24),
            Logged(
                N,
                "school job behind bc plasterers late. dave shouted at me and lee in front of the site manager. not ok but ok",
                18,
            ),
            Logged(
                A,
                "asked pay rise now i have 18th ed. dave: 'after new year when dad does reviews'",
                12,
            ),
            Logged(
                AG,
                "AM2 is WED 2 DEC!!! still 4 jobs no signature. need it before monday or cant bring portfolio",
                2,
            ),
            Logged(
                AG, "did pete say yes to dec days?? need to book flights, ceny rosną co dzień", 1
            ),
        ),
        first=False,
    ),
    Persona(
        "new_nurse_small_clinic_reference_letter_due_sunday",
        "Beatriz",
        "newly qualified nurse at a family-run medical clinic, Setúbal, Portugal",
        "Quero ser enfermeira especialista em feridas (wound care) daqui a 3 anos",
        "Helena",
        "a senior wound-care nurse at the district hospital who supervised her final placement and now mentors her monthly by video",
        Role.MENTOR,
        monthly(-1, 4),
        time(18, 30),
        "Beatriz needs Helena's reference letter by Sunday 29 Nov for a postgraduate wound-care course that closes Monday 30 Nov; she sent her CV weeks ago. She is exhausted from extra shifts covering a colleague on sick leave, and her employer has paid late two months running, but Helena is an old friend of the clinic's owner.",
        logged=(
            Logged(
                N,
                "primeira sessão com a Helena 🙂 she said to keep a log of every wound I dress, fotos só com consentimento",
                63,
            ),
            Logged(
                P,
                "Helena: o que importa mais para ela é documentação. 'se não está escrito, não foi feito'",
                63,
            ),
            Logged(
                A,
                "pedi à Helena carta de recomendação para a pós-graduação em feridas. disse que sim, quando eu tiver o CV pronto",
                62,
            ),
            Logged(
                G,
                "mandei à Helena o artigo sobre pensos de mel que ela queria + resumo em 1 página",
                50,
            ),
            Logged(
                W,
                "Dr. Almeida deixou-me fazer a consulta de pé diabético sozinha on tuesday morning! 9 doentes, all documented",
                40,
            ),
            Logged(
                N,
                "a Rita (owner's daughter, manages the clinic) paid us late AGAIN. segundo mês. não sei se posso dizer isto à Helena, ela conhece o Dr Almeida da faculdade",
                35,
            ),
            Logged(
                A,
                "asked if I could shadow her one day at the hospital wound clinic in December. 'vamos ver, tenho de pedir à enfermeira-chefe'",
                28,
            ),
            Logged(F, "enviar CV à Helena para a carta", 27, DONE),
            Logged(N, "cansada. turnos extra porque a Joana está de baixa. sleeping like 5h", 15),
            Logged(W, "Sr. Costa's úlcera finally closed after 11 weeks 🙏🙏", 9),
            Logged(AG, "como dizer que não a mais turnos extra sem parecer preguiçosa??", 3),
            Logged(
                AG,
                "CARTA!! preciso até domingo 29, candidatura fecha segunda 30. she hasn't said anything since I sent the CV",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "charity_fundraiser_lottery_bid_due_tuesday_trustee_sponsor",
        "Amara",
        "fundraising officer at a nine-staff refugee support charity, Glasgow",
        "step up to lead fundraising within a year (and stop doing everything at 11pm)",
        "Margaret",
        "a trustee and retired finance director who has taken her under her wing and speaks up for her at board",
        Role.SPONSOR,
        monthly(-1, 3),
        time(17, 0),
        "Amara meets Margaret tonight; their National Lottery bid is due at noon on Tuesday 1 Dec and Margaret has not yet checked the budget section. Margaret told her in confidence that the CEO is leaving in spring, and Amara hopes to be backed for a head of fundraising role. She has a running disagreement with the volunteer coordinator about figures in the bid.",
        logged=(
            Logged(
                P,
                "Margaret says what the board really cares about is UNRESTRICTED income 💷 not just more project grants, money for rent + salaries",
                80,
            ),
            Logged(
                A,
                "asked Margaret to introduce me to the Merchant House trust (she knows their chair) — she did it same day!! 😍",
                72,
                DONE,
            ),
            Logged(
                G, "made Margaret's slides for the board away day, 14 slides, whole Sunday lol", 65
            ),
            Logged(
                W,
                "£8k from the Merchant House trust!!! first grant I led start to finish 🎉🎉🎉",
                45,
            ),
            Logged(
                N,
                "Margaret told me (CONFIDENTIAL) Fiona is stepping down in the spring. not public yet. do NOT say a word to the team 🤐",
                40,
            ),
            Logged(
                A,
                "asked if she'd back me for head of fundraising if it comes up. she said 'let's get the Lottery bid in first and then we'll talk' 🤞",
                38,
            ),
            Logged(
                N, "boiler at the flat broke, landlord useless, bit skint this month 🙄 anyway", 20
            ),
            Logged(
                F,
                "send Margaret the Merchant House monitoring report so she can mention it at board",
                15,
            ),
            Logged(G, "sent Margaret the full draft Lottery bid, 22 pages, budget + narrative", 10),
            Logged(
                A,
                "asked her to go through the budget section by Fri 27th, she's the numbers person",
                10,
            ),
            Logged(
                N,
                "Kwame (volunteer coord) says I'm 'inflating' the volunteer hours in the bid. I'm NOT, it's from HIS spreadsheet 😤 we had words in the kitchen",
                6,
            ),
            Logged(
                AG,
                "ask about the fundraising strategy course she mentioned in the summer, is there any budget for it?",
                4,
            ),
            Logged(
                AG,
                "bid due TUE 1 DEC 12:00!!! need her budget comments by the weekend at the latest 🙏",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "cargo_bike_startup_ops_junior_skip_level_only_asks",
        "Jonas",
        "operations coordinator at a 14-person cargo-bike delivery startup, Berlin",
        "irgendwas mit mehr Verantwortung? not sure tbh",
        "Miriam",
        "co-founder and CEO, his manager Kai's boss",
        Role.SKIP,
        monthly(1, 1),
        time(10, 0),
        "Jonas has a monthly skip-level with the CEO and uses it almost entirely to ask for things; he has never sent the course details she asked for eight weeks ago. Investors visit on Thursday 3 Dec and Miriam wants ops numbers on Monday, but it is unclear whether Jonas or Kai owns them, and Jonas is frustrated with Kai, who is Miriam's old friend.",
        logged=(
            Logged(
                A,
                "asked Miriam for budget for a Lastenrad repair course. she said 'schick mir was'",
                58,
            ),
            Logged(F, "send Miriam course link + Preis", 57),
            Logged(
                A,
                "gefragt ob ich Kais Schichtplanung übernehmen kann. she said talk to Kai first",
                55,
            ),
            Logged(
                A,
                "asked if company pays Deutschlandticket. Miriam: ja, ab Januar für alle",
                30,
                DONE,
            ),
            Logged(A, "Gehaltserhöhung? Miriam: after the Series A closes, 'frühestens März'", 28),
            Logged(
                P,
                "Miriam: wichtigste Sache jetzt = on-time rate über 95% before investors come in december",
                28,
            ),
            Logged(
                N,
                "Kai changed my routes again without telling me. nervt total. say something to Miriam?? careful, Kai ist ihr alter Kumpel",
                20,
            ),
            Logged(A, "asked if I can go to LogiMAT in Stuttgart in March", 12),
            Logged(W, "on-time rate Kreuzberg 96.8% last week, my routes", 6),
            Logged(AG, "Gehalt nochmal ansprechen? or wait for series A", 2),
            Logged(
                AG,
                "investor visit do 3.12, she wants ops numbers monday. wer macht das, ich oder Kai??",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "young_dairy_farmer_peer_swap_no_goal",
        "Ciarán",
        "runs the calf-rearing and most of the milking on his family's 90-cow dairy farm, Co. Cork",
        None,
        "Siobhán",
        "a young farmer on the neighbouring farm, both in the same discussion group; they swap notes every second week",
        Role.PEER,
        biweekly(2),
        time(21, 0),
        "Ciarán and Siobhán help each other out informally and the give-and-take is fairly even. His father's back is bad and he is doing most of the work himself, which he does not want talked about locally; milk prices are down and he has a bank meeting about a parlour loan on 10 Dec. He has no stated goal.",
        logged=(
            Logged(G, "lent siobhan the calf trailer for the mart", 70),
            Logged(
                A,
                "asked s would she share her grass measuring spreadsheet. sent it next day, v good",
                63,
                DONE,
            ),
            Logged(
                P,
                "s worried about the nitrates derogation cut, wants to know what were doing on slurry storage",
                50,
            ),
            Logged(G, "sent her the 3 slurry tank quotes we got", 48),
            Logged(
                N,
                "dads back bad again, im doing near all the milking. didnt tell s, dont want it going round the parish",
                35,
            ),
            Logged(
                A,
                "asked would she go halves on a contractor for reseeding in spring. 'maybe, depends on her brother'",
                28,
            ),
            Logged(F, "owe her the vets number for the scour vaccine", 13),
            Logged(N, "milk price down 3c again. bank meeting 10 dec re parlour loan", 14),
            Logged(W, "calf shed passed the dept inspection, no issues", 9),
            Logged(AG, "ask her how her bank meeting went and what they wanted to see", 2),
        ),
        first=False,
    ),
    Persona(
        "bookshop_assistant_manager_first_chat_with_accountant",
        "Sofia",
        "newly promoted assistant manager at a three-shop independent bookshop, Edinburgh",
        "understand the numbers so I stop just nodding along in the monday meeting",
        "Gordon",
        "the shop's external accountant, asked by the owner to give her a monthly half hour on margins and stock",
        Role.OTHER,
        monthly(-1, 4),
        time(10, 0),
        "This is Sofia's first session with the accountant; she is nervous and new to the figures. The Christmas stock count is on Sunday 29 Nov and the owner wants the figures on Tuesday. She mentioned money worries in passing, which have nothing to do with the meeting.",
        logged=(
            Logged(
                N,
                "Ailsa set up a monthly chat w Gordon the accountant so I can learn margins + stock stuff. first one fri. bit nervous tbh",
                5,
            ),
            Logged(N, "skint til payday so skipping the team xmas dinner, whatever", 3),
            Logged(
                AG,
                "ask: how do i do the stock count sun 29th so it matches his system?? Ailsa wants figures tues",
                1,
            ),
        ),
        first=True,
    ),
)
