# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 12 (set L)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH11 = (
    Persona(
        "electrician_overdue_test_certs",
        "Kieran",
        "qualified electrician at a small domestic and commercial contracting firm",
        "get my 2391 inspection and testing done by march so I can sign off my own jobs",
        "Dave",
        "owner of the firm and his boss",
        Role.MANAGER,
        weekly(4),
        time(15, 30),
        "Kieran still owes Dave the test certificates for a school job he promised by the 13th, and needs a yes on the firm paying for his 2391 course before booking closes next week.",
        logged=(
            Logged(
                A, "asked Dave if firm will pay for 2391 course, he said 'lets see after xmas'", 40
            ),
            Logged(
                G,
                "covered the sat callout at the chinese takeaway (RCD tripping), Dave was at his daughters wedding",
                33,
                DONE,
            ),
            Logged(
                W,
                "first full CU change on my own at the Broxbourne flats, Dave checked it, zero snags",
                26,
            ),
            Logged(
                F,
                "send Dave the EICRs + test sheets for Harlow primary school job - said I'd do them by the 13th",
                16,
            ),
            Logged(
                P,
                "Dave: fuel cards. ppl not logging mileage, he's had enough, mentioned it 3 times",
                12,
            ),
            Logged(
                N,
                "Dave short with me tues about Mrs Patel's job running a day over. fair enough tbh, I quoted it tight",
                9,
            ),
            Logged(
                AG,
                "2391 course - NICEIC one in Chelmsford starts 19 Jan, £850, need answer by 4 Dec to book",
                3,
            ),
            Logged(
                AG, "can I have Lewis as my mate on the Broxbourne rewire instead of the new lad", 1
            ),
        ),
        first=False,
    ),
    Persona(
        "senior_carer_mentor_family_illness",
        "Grace",
        "senior care assistant in a residential dementia care home",
        "Get a place on the trainee nursing associate apprenticeship starting September",
        "Bernadette",
        "registered nurse at a sister home who agreed to mentor her",
        Role.MENTOR,
        monthly(4, 3),
        time(13, 30),
        "Grace has a warm mentoring relationship and a shadow shift behind her, but hasn't written up her reflection, and her mother has just been diagnosed with cancer, which she is unsure whether to raise.",
        logged=(
            Logged(
                N,
                "first proper chat w Bernadette, she did the TNA herself in 2021 at 41 so there's hope for me lol",
                58,
            ),
            Logged(A, "asked B if I could shadow her on a med round at Oakfield", 57, DONE),
            Logged(
                W,
                "did the shadow shift on the 14th, she let me do the MAR chart checks w her watching. loved it",
                42,
            ),
            Logged(F, "write up reflective piece on the shadow shift for my portfolio", 41),
            Logged(
                G,
                "sent B the dementia activity packs we made for our lounge, she wanted them for Oakfield",
                35,
                DONE,
            ),
            Logged(
                P,
                "B says the uni interview is mostly values + why nursing, not clinical stuff. she cares a lot about 'why'",
                28,
            ),
            Logged(
                AG,
                "mum got her results, its stage 3, chemo from Jan. not sure i can do study + shifts + hospital runs. do i tell B all this??",
                4,
            ),
            Logged(
                AG, "ask about functional skills maths - do I need to resit, I got a D in 2004", 2
            ),
        ),
        first=False,
    ),
    Persona(
        "supermarket_deputy_sponsor_rival_offer",
        "Priya",
        "deputy store manager at a mid-size supermarket",
        "Be running my own store by end of Q2 next year",
        "Martin",
        "regional operations manager who put her forward for the store manager pipeline",
        Role.SPONSOR,
        biweekly(2),
        time(11, 0),
        "Priya has given Martin a lot of visible help, is still waiting on an acting-up answer, owes him two names he asked for, and has a competitor's offer she is tempted to use as leverage, all the night before Black Friday.",
        logged=(
            Logged(
                N,
                "Martin said he'd put my name fwd for the SM talent pool. first meeting w him as 'sponsor'",
                120,
            ),
            Logged(
                A, "asked M to get me on the area stocktake team so other SMs see me", 112, DONE
            ),
            Logged(
                G,
                "did the shrink analysis across his 6 stores, he used it at the quarterly review",
                98,
                DONE,
            ),
            Logged(W, "store hit 101% availability 4 wks straight", 84),
            Logged(A, "asked if I could act up as SM at Thurrock while Jo's on mat leave", 70),
            Logged(
                P,
                "M: shrink + availability are the 2 things his boss grills him on every month",
                70,
            ),
            Logged(F, "send M my development plan draft", 63, DONE),
            Logged(G, "covered Basildon for 3 days when their deputy walked out", 49, DONE),
            Logged(
                N,
                "M cancelled twice in Oct, moved to a teams call, felt rushed & he was clearly driving",
                30,
            ),
            Logged(W, "mystery shopper 96%, best in the area", 18),
            Logged(
                F, "get M the names of 2 team leaders I'd back for deputy - he asked 2 wks ago", 14
            ),
            Logged(AG, "thurrock acting up?? still no answer, Jo goes on leave mid Jan", 5),
            Logged(
                AG,
                "Aldi recruiter rang, area manager trainee, 58k + car. not taking it (prob) but do I mention it to M so he moves faster?",
                2,
            ),
            Logged(AG, "black friday tmrw - nights are 4 short, need his ok for agency", 1),
        ),
        first=False,
    ),
    Persona(
        "planning_officer_peer_one_way_help",
        "Tomasz",
        "planning officer in a district council's development management team",
        None,
        "Helen",
        "fellow planning officer in the same team, they catch up over lunch",
        Role.PEER,
        biweekly(1),
        time(12, 30),
        "Tomasz keeps covering for and helping Helen, who rarely acknowledges it, and he wants to ask one small favour back without souring things.",
        logged=(
            Logged(
                G,
                "covered Helen's site visit at Mill Lane extension, she had the dentist",
                45,
                DONE,
            ),
            Logged(G, "sent H my template for heritage impact comments", 38, DONE),
            Logged(
                G,
                "did her 2 delegated reports while she was on leave, both out within target",
                24,
                DONE,
            ),
            Logged(
                N,
                "H didn't mention the reports at team meeting, just said 'we got them out' lol",
                23,
            ),
            Logged(
                P,
                "H: wants the Ashford Road appeal statement perfect, her first appeal, nervous about the inspector",
                16,
            ),
            Logged(G, "read through her appeal statement draft, 11 comments", 10, DONE),
            Logged(N, "znowu ja. nie umiem odmówić", 10),
            Logged(AG, "ask H if she'd swap duty officer rota w me on 14 Dec - Ola's nativity", 3),
        ),
        first=False,
    ),
    Persona(
        "hotel_pastry_commis_new_head_chef",
        "Josh",
        "commis chef on the pastry section of a city centre hotel kitchen",
        "Move up to chef de partie on pastry by summer",
        "Chef Amara",
        "new executive head chef, started a couple of weeks ago",
        Role.MANAGER,
        weekly(1),
        time(15, 0),
        "Josh is about to have his first ever 1:1 with a head chef he barely knows, and is worn out by split shifts.",
        logged=(
            Logged(
                N,
                "new head chef started 9 Nov, wants 1:1s w everyone weekly. first one tues, no idea what to say",
                6,
            ),
            Logged(AG, "split shifts - 4 this week, knackered, is this gonna be every week", 1),
        ),
        first=True,
    ),
    Persona(
        "crop_trials_technician_skip_after_incident",
        "Fiona",
        "field trials technician at a plant breeding company",
        "Lead the winter barley trials at the Yorkshire site from 2027",
        "Richard",
        "head of R&D, her manager's manager",
        Role.SKIP,
        monthly(-1, 4),
        time(10, 0),
        "Since a spray drift incident that Richard called out in front of the team the relationship is cool; her spring oats yield summary is due to him tomorrow and she has heard nothing on the site lead role she asked about in August.",
        logged=(
            Logged(N, "Richard skip 1:1 #1, mostly him talking about the merger", 90),
            Logged(A, "asked R about the Yorkshire site lead role when Ian retires", 90),
            Logged(W, "got all 48 plots drilled in 3 days despite the rain", 62),
            Logged(
                N,
                "spray drift on plots 31-34, my sign-off. R copied the whole team on the email. awful",
                35,
            ),
            Logged(F, "write incident root cause for R + H&S", 34, DONE),
            Logged(
                P,
                "R: wants data 'clean and on time' before the Jan variety listing submission, said it twice",
                34,
            ),
            Logged(
                G,
                "stayed till 9 redoing the moisture readings Jamal logged wrong, didnt make a fuss",
                20,
                DONE,
            ),
            Logged(F, "harvest yield summary for spring oats to R by Fri 27th", 8),
            Logged(
                N,
                "think Sue (my line mgr) is off with stress again, not my business but all her stuff is landing on me",
                6,
            ),
            Logged(AG, "Yorkshire role - has he spoken to Ian? heard nothing since Aug", 2),
        ),
        first=False,
    ),
)
