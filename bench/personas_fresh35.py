# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 24 (set AJ)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH35 = (
    Persona(
        "dairy_farm_2ic_cork_pay_talk_and_owners_son",
        "Aoife",
        "assistant farm manager (2IC), 340-cow spring-calving family dairy farm, near Fermoy, Co. Cork",
        "get a proper contract for 2027 - more money or a share of the milk cheque - and be running my own place by 30",
        "Declan",
        "farm owner, her direct boss (they meet in the farmhouse kitchen after morning milking)",
        Role.MANAGER,
        weekly(0),
        time(10, 30),
        "Aoife (27) runs the day-to-day on a family dairy farm and has been pushing Declan on pay for 2027; he keeps deferring it to the accountant 'after Christmas', and still hasn't paid October overtime. This week she owes him parts quotes by Friday, the herd TB test is Tue 8 Dec, she needs days off mid-December for her dad's knee operation (not yet raised), and she is quietly worried about where Declan's son coming home leaves her.",
        logged=(
            Logged(
                P,
                "D's big thing this winter is getting the SCC under 150k before the co-op quality bonus cut-off, he mentions it every single wk",
                40,
            ),
            Logged(
                A,
                "asked D straight out about a profit share or at least a bonus linked to milk price for 2027 - he said 'let me talk to the accountant' 🙄",
                35,
            ),
            Logged(
                A,
                "can I do the Teagasc farm mgmt course in Jan (thursdays, Moorepark) - D said yes grand as long as the relief milker covers",
                28,
                DONE,
            ),
            Logged(
                P,
                "also wants the new calf shed roofed before calving kicks off end of Jan. contractor letting him down again",
                21,
            ),
            Logged(
                G,
                "covered D's whole weekend milking 7-8 Nov when he was at the wedding in Killarney",
                19,
                DONE,
            ),
            Logged(
                G,
                "did all the dry-off records + put them into ICBF for him, he hates the computer",
                17,
                DONE,
            ),
            Logged(
                N,
                "accountant meeting is 'after christmas' per D. so thats a later not a no. i think??",
                14,
            ),
            Logged(W, "SCC 168k on the last co-op docket!! down from 240 in Sept 🎉🐄", 10),
            Logged(
                A,
                "asked D again re the 22 hrs overtime from Oct (slurry + silage pit) - 'I'll sort it' - wasnt in the nov pay 😑",
                8,
            ),
            Logged(
                N,
                "dads knee op is 15th Dec in the Bons, will need a couple of days off around then to drive him + do his few sucklers. havent told D yet",
                6,
            ),
            Logged(
                F,
                "owe D 2 quotes for the parlour ACR parts, said I'd have them by fri 27th. only have 1",
                5,
            ),
            Logged(
                N,
                "Ciarán (D's young lad) home from agri college for xmas, D keeps hinting hes going to 'take over eventually'. where does that leave me?? do i ask straight out or is that cheeky",
                4,
            ),
            Logged(
                F,
                "ring Mick re relief milking rota over xmas - promised him an answer by 1st Dec",
                3,
            ),
            Logged(
                N,
                "TB test is Tues 8th Dec, need all hands + the crush gate fixed. not sure D has booked the vet back for the reading fri 11th",
                2,
            ),
            Logged(
                AG, "2027 contract/pay BEFORE the accountant thing - dont let it drift to feb", 1
            ),
            Logged(AG, "days off 14-16 Dec for Dad", 1),
        ),
    ),
    Persona(
        "dash8_first_officer_bodo_command_upgrade",
        "Ingrid",
        "first officer on the Dash 8, regional airline, Bodø (Norway)",
        "komme inn på kapteinkurset i 2027 - get H to actually put my name forward",
        "Halvard",
        "senior training captain at the same base; her informal mentor, not in her line, sits on the upgrade board",
        Role.MENTOR,
        monthly(1, 2),
        time(14, 0),
        "Ingrid is an experienced first officer hoping for a command upgrade; Halvard said he'd write a recommendation but only after her sim check, which is Thu 3 Dec in Oslo. She owes him CRM slides for 10 Dec and a roster swap to a colleague by Friday, and she is agonising over whether to mention poor sleep and past sick days to someone who sits on the upgrade board.",
        logged=(
            Logged(
                P,
                "H: CRM og 'speak up' er hans greie. says the upgrade board cares more about how u handle a grumpy capt than stick and rudder",
                60,
            ),
            Logged(
                A,
                "spurte H om han vil skrive anbefaling til kapteinkurset - sa ja, men 'etter OPC-en din'. so... later",
                55,
            ),
            Logged(
                W, "landing på Røst i 35kt crosswind, capt said 'pent' 😅 small thing but ok", 40
            ),
            Logged(
                G,
                "sendte H notatene mine fra holdover-time rotet på BOO de-icing pad, he wanted a real case for the CRM day",
                30,
                DONE,
            ),
            Logged(
                P,
                "H nevnte at selskapet vil ha flere FOs inn i LPC-instruktør poolen også. 'think about it'",
                25,
            ),
            Logged(A, "H skulle sende meg det gamle upgrade board kompendiet - not yet", 25),
            Logged(
                N,
                "Jonas starter i barnehagen i jan, Espen er offshore 2/4 så rosteren er kaos. mamma kan ta noen dager",
                20,
            ),
            Logged(
                N,
                "OPC/LPC i sim i Oslo tors 3. des!! 0800 slot. må lese engine fire after V1 + single engine go-around igjen",
                12,
            ),
            Logged(F, "lovet H å lage 3 slides om holdover tables til CRM-dagen 10. des", 9),
            Logged(
                N,
                "sovet dårlig igjen, 3-4t etter de tidlige Lofoten rotasjonene. fastlegen sa melatonin er no-go for flying. do I say anything to H?? he's not AME but he's ON THE BOARD 😬",
                6,
            ),
            Logged(
                F,
                "Marte (crew) - promised to swap my 19-20 Dec standby with her, må legge det inn i systemet innen fredag 27.",
                4,
            ),
            Logged(A, "ask H: ser boardet på sykedager? had 6 in spring (ryggen)", 3),
            Logged(AG, "sim prep - kan han ta en 30 min brief før 3. des?", 1),
        ),
    ),
    Persona(
        "textile_curator_cdmx_loan_deadline_oaxaca_offer",
        "Valentina",
        "assistant curator of textiles, public national museum, Mexico City",
        "quiero ser curadora principal de la expo de rebozos 2028 — and stop being the one who only does the loan paperwork",
        "Rosario",
        "deputy director of collections; her sponsor inside the museum (not her line manager)",
        Role.SPONSOR,
        monthly(-1, 4),
        time(14, 0),
        "Valentina is an ambitious assistant curator whose sponsor Rosario has agreed to introduce her to the 2028 exhibitions committee in January but said no to the US courier trip. Their monthly lunch is tomorrow: she owes Rosario a 2-page curatorial draft, has a loan paperwork deadline Fri 4 Dec, and is torn over a job offer from Oaxaca and a colleague taking credit for her work; she is also running on empty after three working weekends.",
        logged=(
            Logged(
                P,
                "R: prioridad #1 es la reapertura de la Sala 4 en marzo, and she's obsessed w/ getting INAH sign-off on time",
                50,
            ),
            Logged(
                A,
                "asked R to push for me to be courier for the loan to Santa Fe (NM) - dijo que no, recorte de presupuesto, Tomás goes 😒",
                45,
                DONE,
            ),
            Logged(
                A,
                "le pedí a R que me presente al comité de exposiciones cuando vean las propuestas 2028 - dijo que SÍ, en enero 🙌",
                33,
                DONE,
            ),
            Logged(
                P,
                "she also wants more 'programas públicos' for young audiences - talleres, tiktok, lo que sea",
                30,
            ),
            Logged(
                G,
                "cubrí el recorrido de prensa de Sala 2 cuando R estaba enferma, 3 periodistas + La Jornada",
                26,
                DONE,
            ),
            Logged(
                W,
                "La Jornada citó mi investigación sobre los rebozos de Santa María!! 😭 first time mi nombre en el periódico",
                24,
            ),
            Logged(
                F,
                "le prometí a R el borrador del texto curatorial de rebozos (2 pág) antes de nuestra próxima comida",
                20,
            ),
            Logged(
                A,
                "R dijo que me pasaría el contacto en la Fundación para el financiamiento del catálogo - todavía nada",
                15,
            ),
            Logged(
                N,
                "ansiedad otra vez. therapist says boundaries. trabajé 3 fines de semana seguidos por el montaje",
                12,
            ),
            Logged(
                N,
                "Tomás keeps presenting the condition survey as 'his' in meetings... digo algo a R o es ser chismosa?",
                10,
            ),
            Logged(
                F,
                "loan agreement w/ the folk art museum in Santa Fe - condition reports + insurance values due VIE 4 DIC. faltan 11 piezas",
                7,
            ),
            Logged(
                N,
                "me llamaron del museo textil en Oaxaca - curator job, more $$ pero mamá está aquí y el contrato del depto hasta ago 2027. ¿se lo digo a R? she might think I'm disloyal",
                5,
            ),
            Logged(AG, "comité 2028 - confirmar fecha en enero", 2),
            Logged(AG, "lo de Oaxaca??", 1),
        ),
    ),
    Persona(
        "glasgow_social_worker_acting_team_lead_inspection",
        "Lorna",
        "senior social worker, children & families, local council, Glasgow (acting team leader since September)",
        "get the acting TL made permanent or at least get the acting-up pay backdated, and not burn out before christmas",
        "Morag",
        "service manager, her manager's manager (skip-level); her own team leader Graham is off sick",
        Role.SKIP,
        biweekly(2),
        time(14, 0),
        "Lorna has been acting team leader for three months while her TL is off sick, and her acting-up pay still hasn't come through despite Morag promising to push HR. The Care Inspectorate visit is the week of 7 Dec, with file audits due 4 Dec and a children's hearing on Tue 1 Dec that she must sign off, and she's behind on a lone-working protocol Morag asked for in October. Her log mixes identifiable case details, her back, her mum's care, and a wobble about applying for her off-sick colleague's job.",
        logged=(
            Logged(
                N,
                "Graham off sick again, Morag asked me to act up 'for a few weeks'. aye right",
                86,
            ),
            Logged(A, "asked M re acting-up allowance - said she'd 'put it through HR'", 84),
            Logged(
                P,
                "M's big thing = unallocated cases list under 20 before the Care Inspectorate comes",
                80,
            ),
            Logged(
                G,
                "did the rota + duty cover for the whole team for Oct wk so M didnt have to",
                70,
                DONE,
            ),
            Logged(
                W,
                "got the Kowalski sibling group placed together w/ kinship carer (gran) in Easterhouse!! 3 kids together 🥹",
                65,
            ),
            Logged(N, "HR say acting-up form 'not received'. chased M by email", 60),
            Logged(
                A,
                "can I get the Practice Educator course funded (Strathclyde, starts Jan)",
                55,
                DONE,
            ),
            Logged(
                N, "M said no to PE course this yr, budget. maybe 27/28. fair enough I suppose", 41
            ),
            Logged(F, "send M the updated lone working protocol draft (she asked in OCT!!)", 40),
            Logged(P, "M also pushing Signs of Safety refresher for all teams by March", 35),
            Logged(N, "Graham phased return maybe Jan?? nobody tells me anything", 30),
            Logged(W, "Jamie passed his probation, I wrote his review", 25),
            Logged(
                P,
                "Care Insp visit confirmed wk of 7 Dec. M wants 10 random case file audits done by 4 Dec",
                21,
            ),
            Logged(F, "told M I'd do 6 of the 10 file audits myself, rest split Jamie/Aisha", 20),
            Logged(
                N,
                "backs gone again. physio says desk + car + stress. 3 home visits in Drumchapel in one day is nuts",
                18,
            ),
            Logged(
                G,
                "covered M at the Corporate Parenting board thing today, presented the kinship stats",
                14,
                DONE,
            ),
            Logged(
                N,
                "M said 'brilliant, really appreciate it' re the board. will hold her to that lol",
                14,
            ),
            Logged(W, "unallocated down to 23 from 41 in Sept 💪", 12),
            Logged(
                N,
                "Aisha shaken after the J.M. home visit, dog + mum's partner kicking off. need to do the lone working risk assessment properly not just tick box",
                11,
            ),
            Logged(
                N,
                "childrens hearing for J.M. Tues 1 Dec 10am Bothwell St, report needs TL sign-off - thats me now??",
                9,
            ),
            Logged(A, "acting-up pay backdated to 1 Sept STILL not sorted. thats 3 months", 7),
            Logged(
                N,
                "mum's carer cancelled again, had to leave at 3 on Mon. didnt put it on flexi. tell M or just make the time up quietly?",
                6,
            ),
            Logged(
                F, "owe Aisha her supervision - cancelled twice now 😬 rebook before fri 27th", 4
            ),
            Logged(
                N,
                "thinking about applying for the perm TL post if Graham doesnt come back... feels like dancing on his grave tho. he's a nice guy",
                3,
            ),
            Logged(
                G,
                "said I'd take the out of hours on-call xmas eve so Aisha can be with her wee one",
                2,
            ),
            Logged(AG, "acting-up pay - need a DATE not 'soon'", 1),
            Logged(AG, "file audits: 4 of my 6 done", 1),
            Logged(AG, "Care Insp week - any chance of agency cover?", 1),
        ),
    ),
    Persona(
        "comm_serve_pharmacist_joburg_first_lunch",
        "Dimakatso",
        "community-service pharmacist, large public hospital, Johannesburg",
        "figure out if I go the oncology route after comm serve or go retail for the money",
        "Pieter",
        "oncology pharmacist two years ahead of her at the same hospital; informal peer buddy",
        Role.PEER,
        weekly(3),
        time(12, 30),
        "Dimakatso is in her compulsory community-service year and has just set up weekly lunches with Pieter, a peer who did the same year here. Their first lunch is today and she has barely logged anything; she is unsure what to ask and half-worried about her bursary obligation.",
        logged=(
            Logged(
                N,
                "Pieter said lets do lunch thursdays, he did comm serve here in 2024. eish I don't even know what to ask him",
                2,
            ),
            Logged(A, "ask about the cytotoxic compounding training - worth it or no?", 0.5),
        ),
        first=True,
    ),
    Persona(
        "hotel_pastry_cdp_dubai_future_leaders_visa",
        "Arjun",
        "chef de partie (pastry), 5-star hotel, Dubai",
        "pastry sous chef by end of 2027. and get Priya's visa done under my sponsorship - need the salary for that",
        "Leila",
        "Learning & Development manager (HR) who runs the hotel's Future Leaders programme; not in his kitchen line",
        Role.OTHER,
        biweekly(1),
        time(15, 30),
        "Arjun is a pastry chef de partie in the hotel's Future Leaders programme, run by Leila in HR; he's behind on mandatory e-learning due 15 Dec in the middle of festive season, and Leila still owes him an answer on a salary band review. His wife's tourist visa expires 20 Dec and he needs a higher salary on paper to sponsor her, he owes trial plates for the National Day station by Saturday, and he knows in confidence that his pastry sous is leaving.",
        logged=(
            Logged(
                A,
                "L said she'd check if Future Leaders comes w/ a salary band review - owes me this since Oct",
                35,
            ),
            Logged(
                P,
                "L: whole cohort must finish the 6 e-learning modules by 15 Dec, HR audit hai",
                28,
            ),
            Logged(
                W,
                "pastry food cost down 3.1% in Oct after I redid the croissant lamination yields",
                25,
            ),
            Logged(
                G,
                "did the pastry demo for L's new joiners induction, 22 ppl, 2 hrs on my off day",
                21,
                DONE,
            ),
            Logged(
                A, "asked L if programme has the P&L / food cost module - yes, Feb batch", 20, DONE
            ),
            Logged(
                N,
                "festive: 3 gala dinners + NYE gala 900 covers. chef Marco says no leave till 5 Jan. bas.",
                16,
            ),
            Logged(
                A,
                "asked L whether finishing programme = promotion. 'not automatically', depends on Marco + vacancy 🙄",
                14,
                DONE,
            ),
            Logged(
                N,
                "Marco ko pata hi nahi I'm in the programme?? L thinks he signed off. awkward yaar",
                10,
            ),
            Logged(
                N,
                "need AED 4000 salary (or 3000 + accom) on paper for Priya's residence visa. abhi basic is less, HR says housing allowance counts?? confused",
                9,
            ),
            Logged(
                W,
                "my dates & cardamom entremet picked for the Eid Al Etihad (2 Dec) menu - GM ne khud bola 'excellent' 😎",
                7,
            ),
            Logged(F, "modules 4,5,6 pending 😅 only 3 done", 6),
            Logged(
                N,
                "Priya ka tourist visa expires 20 Dec. tension ho rahi hai. should I ask L for help or is that mixing personal + programme?",
                5,
            ),
            Logged(
                F,
                "promised Mei (pastry sous) trial plates for the National Day dessert station by Sat 28th",
                3,
            ),
            Logged(
                N,
                "Mei leaving in March - told me in confidence!! should I tell L I want that post?",
                2,
            ),
            Logged(AG, "modules deadline - can 15 Dec move to 31?", 1),
            Logged(AG, "salary band review - date please", 1),
        ),
    ),
)
