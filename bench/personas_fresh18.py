# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 16 (set S)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH18 = (
    Persona(
        "trainee_agronomist_first_mentor_no_goal",
        "Lucas",
        "trainee agronomist at a grain co-op in Sorriso, Mato Grosso (Brazil)",
        None,
        "Fernanda",
        "senior agronomist who runs the soybean rust trials, his assigned mentor in the trainee programme",
        Role.MENTOR,
        monthly(1, 3),
        time(11, 30),
        "Brand-new user, first ever mentor 1:1, no goal set; he has met Fernanda once and finds her intimidating. Only two thin notes, partly in Portuguese. Nothing sensitive.",
        logged=(
            Logged(
                N,
                "fernanda = the one w the ferrugem trials, met her 1x at onboarding. kinda intimidating tbh, she barely looked up from her tablet",
                6,
            ),
            Logged(
                AG,
                "qual a diferença entre campo e lab pra ela? want to ask if i can go w her to the trial plots in dec 🌱",
                1,
            ),
        ),
        first=True,
    ),
    Persona(
        "ghana_site_engineer_section_lead_long_history",
        "Ama",
        "site engineer on a road rehabilitation contract near Kumasi, Ghana",
        "get made section lead on the ejisu stretch when yaw moves to the bridge pkg in jan",
        "Mr Boateng",
        "project manager, her line manager",
        Role.MANAGER,
        weekly(1),
        time(6, 45),
        "Long, messy three-month history with her PM: strong QA record, covered for colleagues, a friction with the QS who went over her head, and a stalled training request. The section-lead slot opens in January and she owes him her plan for running it by end of month.",
        logged=(
            Logged(
                P,
                "boateng: chainage 4+200 to 6+000 base course done b4 xmas. client (GHA) breathing down his neck",
                92,
            ),
            Logged(
                A,
                "asked him re section lead when yaw goes. he said 'we will see, u r still young' 🙄",
                88,
                DONE,
            ),
            Logged(
                W,
                "culvert at 3+850 passed inspection first time, consultant said neatest one on the job",
                81,
            ),
            Logged(
                N,
                "rains again. 4 days lost. boateng blamed the sub (asante & sons) not us. ɛnyɛ hwee we catch up",
                74,
            ),
            Logged(G, "did the weekly progress rpt for him bc he was in accra, sent sun night", 70),
            Logged(
                A, "asked for the total station training in kumasi - he said put it in writing", 66
            ),
            Logged(F, "put TS training req in writing + cost (GHS 2,800)", 65, DONE),
            Logged(
                N,
                "clash w kojo (QS) on the variation for the extra drainage. he went straight to boateng w/o telling me. not cool",
                58,
            ),
            Logged(W, "base course 4+200–4+900 laid, compaction tests all >=98%", 51),
            Logged(P, "fuel overrun - he wants daily diesel logs frm every section now", 47),
            Logged(
                F, "set up daily diesel log sheet for my gang + train the storekeeper", 45, DONE
            ),
            Logged(A, "asked if i can sit in on the monthly client mtg. 'next month' again", 38),
            Logged(
                G,
                "covered yaw's section 3 days when he had malaria, boateng didnt ask just told me",
                31,
            ),
            Logged(N, "yaw officially moving to the bridge pkg frm jan!! chale this is it", 19),
            Logged(
                W, "Ing. Mensah (consultant) copied boateng on an email praising my QA records", 12
            ),
            Logged(
                F,
                "send him my own plan for running ejisu section (manpower, plant, programme) - said i would by end of month",
                9,
            ),
            Logged(AG, "ask straight: am i getting ejisu or is he bringing smn from tema?", 3),
            Logged(AG, "the TS training - still no answer since sept", 2),
        ),
        first=False,
    ),
    Persona(
        "dublin_paralegal_over_giver_peer",
        "Siobhán",
        "paralegal in the commercial litigation team of a Dublin law firm",
        "get on the trainee solicitor shortlist for the sept intake",
        "Cian",
        "fellow paralegal on the disclosure team, started the same month",
        Role.PEER,
        biweekly(3),
        time(17, 15),
        "She gives her peer far more than she gets: training, cover, late-night fixes, a template he gets credit for. Her one ask (a word with a partner) has gone unanswered, and she is tired; both are competing for the same trainee intake.",
        logged=(
            Logged(
                G,
                "showed cian the relativity search strings for the harcourt discovery, saved him like a day",
                60,
            ),
            Logged(
                G, "covered his doc review fri so he could go to his cousins wedding in galway", 53
            ),
            Logged(W, "MOC (partner) said my privilege log was 'exactly what we needed'", 48),
            Logged(
                G,
                "fixed his bundle index at 11pm b4 the hearing, numbering was all over the place",
                41,
            ),
            Logged(
                N,
                "cian got a shoutout in team mtg for the bundle. didnt mention me. grand, whatever",
                40,
            ),
            Logged(G, "sent him my notes from the PME exam prep evening", 35),
            Logged(G, "proofread his cover letter for the trainee app", 27),
            Logged(
                A,
                "asked him to put in a word w aoife re the arbitration matter? he said 'def' 👍",
                22,
            ),
            Logged(P, "cian: wants onto the arbitration team + pass FE1s in march", 20),
            Logged(G, "took his 2 late ones on the brennan trial prep", 14),
            Logged(
                G,
                "made him a template for the disclosure schedules, hes using it for everyone now lol",
                8,
            ),
            Logged(N, "knackered tbh. 3rd wk in a row past 9pm", 4),
            Logged(AG, "did he ever talk to aoife?? + ask him to read MY app for once", 1),
        ),
        first=False,
    ),
    Persona(
        "rotterdam_warehouse_supervisor_only_asks_skip",
        "Joris",
        "night shift supervisor at a third-party logistics warehouse in Waalhaven, Rotterdam",
        "2 extra vaste krachten on nights + reach truck 7 replaced before peak",
        "Marieke",
        "site director, his manager's manager",
        Role.SKIP,
        monthly(-1, 4),
        time(14, 0),
        "He only ever logs asks of his skip-level, half in Dutch; some got granted, most are pending. Peak season starts 1 Dec and the meeting is tomorrow; he has never logged anything he did for her or her priorities.",
        logged=(
            Logged(
                A, "vroeg marieke om 2 extra uitzendkrachten voor nachtploeg. 'ik kijk ernaar'", 88
            ),
            Logged(
                A, "asked for reach truck #7 to be replaced not repaired again (3rd time!!)", 86
            ),
            Logged(
                A, "asked if i can do the leidinggeven training (3 day one in utrecht)", 60, DONE
            ),
            Logged(
                A,
                "vroeg om nachttoeslag check for the new ppl - payroll screwed up again",
                57,
                DONE,
            ),
            Logged(
                A,
                "asked her to push back on the sportswear client re the later cutoff, 23:00 is killing us",
                30,
            ),
            Logged(A, "asked for a 2nd heated break container, its freezing at 3am", 25),
            Logged(A, "vroeg of ze mijn teamleider rol vast kan maken ipv 'waarnemend'", 4),
            Logged(AG, "reach truck 7 STILL kapot. peak starts 1 dec. need answer tmrw", 1),
        ),
        first=False,
    ),
    Persona(
        "mallorca_revenue_manager_sponsor_open_promises",
        "Lucía",
        "revenue manager for a hotel group's properties in Alcúdia, Mallorca",
        "be named cluster revenue manager for the 3 alcúdia hotels in the Q1 reorg",
        "Jaume",
        "VP commercial Spain & Balearics, sponsoring her for the new cluster role",
        Role.SPONSOR,
        monthly(2, 1),
        time(9, 0),
        "Her sponsor is backing her for a cluster role signed off in January, but she owes him five things with deadlines in the coming days (deck by Friday, pickup report end of month, an intro before the 10th, org chart next week, a parity fix). A rival from another cluster is also going for it.",
        logged=(
            Logged(
                P, "jaume: direct bookings to 35% by 2027, less dependency on booking/expedia", 70
            ),
            Logged(W, "sept RevPAR +11% vs LY at playa, beat budget", 55),
            Logged(
                A,
                "asked him to put me fwd for the cluster role. he said send a 1-pager on how id run it",
                42,
                DONE,
            ),
            Logged(F, "1-pager on cluster rm role", 40, DONE),
            Logged(P, "he needs a win to show the board in jan — reorg gets signed off then", 40),
            Logged(G, "did the comp set analysis for his board pres, sent sat morning", 33),
            Logged(A, "le pedí presentar yo misma en el comité de enero? dijo 'ya veremos'", 20),
            Logged(N, "sandra (rm other cluster) also going for it apparently. hmm", 17),
            Logged(
                F,
                "intro him to toni from the STR benchmark side before the 10th, he asked twice 😬",
                15,
            ),
            Logged(F, "fix rate parity on alcudia mar channel mgr, promised 'this wk'", 12),
            Logged(F, "pickup report for the 3 hotels incl. the groups block — end of month", 10),
            Logged(F, "send jaume the 2027 pricing strategy deck by fri !!", 6),
            Logged(F, "draft cluster org chart (who reports where, the 2 assistants) next week", 3),
            Logged(AG, "deck status + ask again if i can present myself in jan", 1),
        ),
        first=False,
    ),
    Persona(
        "ohio_er_charge_nurse_sensitive_notes",
        "Dana",
        "emergency department charge nurse at a community hospital in Dayton, Ohio",
        "move to 3x12 day shifts by feb and keep my charge role",
        "Marcus",
        "ED nurse manager, her direct manager",
        Role.MANAGER,
        biweekly(2),
        time(7, 30),
        "Strong charge nurse pushing for a day schedule, but her notes mix work with a back injury and medication, a custody hearing and lawyer bills, a travel-nursing offer, a write-up of a doctor she fears he knows she made, and distress after a paediatric code. She is working Thanksgiving to help him out.",
        logged=(
            Logged(W, "precepted 2 new grads (jess + tyler), both came off orientation early", 40),
            Logged(P, "marcus: door-to-doc times + the joint commission visit in jan", 35),
            Logged(
                A,
                "asked marcus abt days. he said maybe after jan when the new grads are off orientation",
                30,
            ),
            Logged(
                W,
                "ran charge for the mass casualty drill, debrief said our charge comms were best of any unit",
                24,
            ),
            Logged(
                N,
                "dr K yelled at kayla in front of pts AGAIN. i wrote it up. HR hasnt done anything. pretty sure he knows it was me",
                18,
            ),
            Logged(
                N,
                "recruiter from aya offered 13wk travel contract $3,400/wk... tempting w the lawyer bills",
                11,
            ),
            Logged(
                N,
                "back is killing me again, ortho appt 12/3. on flexeril, dont want M thinking i cant lift/boost pts",
                9,
            ),
            Logged(G, "picked up thanksgiving night (tonight) + fri so he can fill the gap", 6),
            Logged(N, "custody hearing dec 15 - need that day, NOT telling anyone why", 5),
            Logged(F, "finish the new charge nurse orientation checklist — told him next week", 4),
            Logged(N, "cried in the med room after the peds code tues. fine now. mostly", 3),
            Logged(A, "put in PTO req for 12/15, didnt say why", 2),
            Logged(
                AG,
                "days schedule - push for an actual date. do NOT bring up the aya thing? or maybe use it??",
                1,
            ),
        ),
        first=False,
    ),
)
