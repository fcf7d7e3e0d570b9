# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 12 (set K)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH10 = (
    Persona(
        "dairy_herd_manager_overdue_costings",
        "Rhys",
        "herd manager on a 400-cow dairy farm in carmarthenshire",
        "get us onto a robot milking trial and run it myself by spring calving",
        "Gareth",
        "farm owner, his boss",
        Role.MANAGER,
        weekly(4),
        time(10, 30),
        "Long, messy history with the farm owner: a good run on cell counts and mastitis, but he still owes the heifer rearing costings he promised for November, the relationship cooled after a slurry contractor incident, and he has a bad back he's nervous to mention.",
        logged=(
            Logged(
                P, "Gareth - SCC under 150 by March or we lose the Arla bonus, he said it twice", 70
            ),
            Logged(
                A,
                "asked G about the robot trial - can we go see the Lely farm nr Haverfordwest?",
                64,
            ),
            Logged(
                G,
                "did Gareth's wknd milkings both days so he could go to his sisters wedding",
                58,
                DONE,
            ),
            Logged(
                F, "heifer rearing costs for G - per head, in the spreadsheet, by end of Nov", 45
            ),
            Logged(W, "SCC 162 this month, was 210 in aug!!", 30),
            Logged(A, "Lely visit - any date?? asked again", 29),
            Logged(
                N,
                "G v short with me since the slurry thing, think he blames me for the contractor going over the boundary",
                25,
            ),
            Logged(
                G,
                "sorted the new milk recording with NMR, G didnt have to touch any of it",
                21,
                DONE,
            ),
            Logged(F, "ring vet re TB test date, 2 Dec?", 16, DONE),
            Logged(
                AG,
                "Dai asking for more hours, do I raise it for him or tell him to ask G himself",
                12,
            ),
            Logged(N, "mae Gareth yn well yn y bore, cyn cinio. dont start with money", 9),
            Logged(W, "only 2 mastitis cases in Nov, lowest since i started", 6),
            Logged(
                AG,
                "back gone again, physio says no scraping out for 3 wks - how do i tell G without him thinking im skiving",
                4,
            ),
            Logged(AG, "costings not done. sorry. say by xmas?", 2),
        ),
        first=False,
    ),
    Persona(
        "family_law_paralegal_qwe_signoff",
        "Priya",
        "paralegal in the family law team of a regional solicitors' firm",
        "Get my QWE signed off and a training contract by Sept 2027",
        "Helen",
        "senior associate, her mentor on the firm's mentoring scheme",
        Role.MENTOR,
        monthly(-1, 4),
        time(8, 45),
        "Mentoring meets tomorrow; she still hasn't sent Helen the matter list needed for the work-experience sign-off she asked for, an exam booking closes Friday, she has a fresh drafting win, and she wants to vent about a colleague getting an interview ahead of her.",
        logged=(
            Logged(P, "Helen: wants me doing more first drafts, not just bundles and indexes", 55),
            Logged(A, "asked H if she'd sign my QWE confirmation for the 14 months here", 40),
            Logged(F, "send H list of matters I worked on + dates for the QWE form", 38),
            Logged(
                G,
                "did the cohabitation cases cheat sheet for H's Law Society evening talk",
                17,
                DONE,
            ),
            Logged(W, "drafted the Form E narrative on Okafor, H only changed 2 paras!", 9),
            Logged(AG, "SQE2 booking closes Fri 27th - book now or wait and see about TC?", 3),
            Logged(
                AG,
                "heard Tom's got a TC interview in Jan and he's been here 8 months?? not fair tbh",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "planning_officer_skip_level_job_offer",
        "Marcus",
        "senior planning officer at a district council",
        "Step up to principal planning officer when Janet retires in April",
        "Sue",
        "head of planning, his manager's manager",
        Role.SKIP,
        monthly(1, 1),
        time(14, 0),
        "Monthly skip-level with the head of planning; he wants the principal post when it opens, has just won a big appeal, owes her some notes, and is tempted to mention a private-sector job offer as leverage.",
        logged=(
            Logged(
                G,
                "did the planning committee presentation for Sue when she was off with covid",
                40,
                DONE,
            ),
            Logged(N, "Sue friendly but on her phone half the time. 30 mins felt like 15", 23),
            Logged(
                P,
                "Sue: 5yr housing land supply is all the members care about until the Local Plan hearings",
                23,
            ),
            Logged(A, "asked Sue if I can shadow Janet at the Local Plan examination sessions", 23),
            Logged(F, "send Sue the 5YHLS trajectory notes before next skip", 10),
            Logged(
                W,
                "Greenfields appeal DISMISSED - 120 homes, inspector backed us on all 3 reasons for refusal",
                8,
            ),
            Logged(
                AG,
                "consultancy offered me associate, 52k + car allowance. tell Sue? might help w the principal job",
                2,
            ),
        ),
        first=False,
    ),
    Persona(
        "hotel_assistant_restaurant_manager_sponsor",
        "Chiara",
        "assistant restaurant manager at a city-centre hotel",
        "Run my own F&B outlet in the group by end of 2027",
        "Mark",
        "regional operations director, her sponsor for the group's leadership programme",
        Role.SPONSOR,
        monthly(2, 3),
        time(11, 0),
        "Everything she has logged with her sponsor is a request; he has hinted he wants ideas rather than asks, and told her what the region is struggling with, while she is also wondering whether to tell him about her mother's illness.",
        logged=(
            Logged(A, "ask Mark to put my name fwd for Future Leaders cohort 4", 75, DONE),
            Logged(
                A, "can M get me 2 wks at the Manchester property for the rooftop bar opening", 48
            ),
            Logged(A, "ask M for an intro to Sophie in group F&B", 47),
            Logged(P, "M: breakfast scores are the worst in the region, group wants covers up", 20),
            Logged(N, "Mark said 'bring me ideas, not just requests' - hmm", 20),
            Logged(A, "M to chase HR re my pay band, still on ARM rate since aug", 19),
            Logged(W, "xmas party bookings up 30% on last yr - my upsell script", 6),
            Logged(AG, "Manchester?? nothing since Oct", 3),
            Logged(
                AG,
                "mamma di nuovo in ospedale, might need 2 wks in Italy in Jan - tell Mark or just my GM?",
                1,
            ),
        ),
        first=False,
    ),
    Persona(
        "chemistry_teacher_field_trip_peer",
        "Dan",
        "chemistry teacher at a secondary school",
        None,
        "Lorraine",
        "head of biology, co-running the Year 10 field trip with him",
        Role.PEER,
        biweekly(3),
        time(15, 40),
        "Fortnightly catch-up after school today with a colleague he finds difficult; he owes her coach quotes with the deposit due tomorrow, and he's trying not to restart an argument about the risk assessment.",
        logged=(
            Logged(
                N,
                "L took the trip risk assessment off me w/o asking, said I was 'too slow' in front of the techs",
                30,
            ),
            Logged(
                G, "covered L's Y9 set period 5 three times while she was at moderation", 26, DONE
            ),
            Logged(P, "L: parent letters out before end of term, no exceptions", 13),
            Logged(F, "send L the coach quotes for Slapton", 13),
            Logged(A, "asked L to swap the practical lab slot wed p3", 12, DONE),
            Logged(AG, "coach deposit due fri 27th!!", 2),
            Logged(AG, "stay calm. dont get into the RA thing again", 1),
        ),
        first=False,
    ),
    Persona(
        "night_transport_planner_new_gm",
        "Kasia",
        "night transport planner at a chilled food distribution depot",
        "Move onto days and get the company to pay for my Transport Manager CPC",
        "Steve",
        "new depot general manager, her line manager since this month",
        Role.MANAGER,
        weekly(1),
        time(6, 30),
        "First 1:1 with a new general manager she doesn't know yet; she has two things she wants and has logged almost nothing.",
        logged=(
            Logged(
                N,
                "new GM Steve started 16th, first 1:1 tues after shift, dont know him at all. nie chcę wyjść na marudę",
                3,
            ),
            Logged(AG, "CPC course - do they pay? Tomasz got his paid in 2024", 1),
        ),
        first=True,
    ),
)
