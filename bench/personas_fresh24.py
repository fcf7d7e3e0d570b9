# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 19 (set Y)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH24 = (
    Persona(
        "qs_dublin_chartership_long_messy_history",
        "Ciarán",
        "quantity surveyor at a main contractor in Dublin, 4 yrs qualified-ish, not yet chartered",
        "get my SCSI assessment in for the spring sitting with the Naas school job as the main project",
        "Deirdre",
        "commercial manager, his line manager",
        Role.MANAGER,
        weekly(0),
        time(8, 0),
        "Ciarán has three months of scrappy notes about his weekly 1:1 with Deirdre: valuations, a disputed contra charge with the M&E sub, chartership diary sign-offs, and several things he owes her with deadlines in the next days. Mixed in: a back injury he is hiding from site, a public put-down by the site PM, and a recruiter's offer.",
        logged=(
            Logged(
                A,
                "asked D to be my counter signatory for scsi diary. yes but she wants to see the log first",
                88,
                DONE,
            ),
            Logged(W, "val 7 on naas in on time, client QS accepted w/o changes 🙌", 81),
            Logged(
                P, "deirdre - cashflow on naas, wants the over/under valuation gone by xmas", 77
            ),
            Logged(
                N,
                "site mtg a mess, PJ (PM) shouting about the ductwork again in front of the subbies",
                70,
            ),
            Logged(F, "send D updated CVR for naas", 66, DONE),
            Logged(A, "asked cn i go on the NEC4 course in jan - she'll chek w finance", 61),
            Logged(
                G,
                "covered the balbriggan final acc meeting when D was out sick, got the 14k retention agreed",
                55,
            ),
            Logged(
                N,
                "back's gone again. physio says no lifting no climbing scaffold 6wks. not telling site",
                49,
            ),
            Logged(W, "fire stopping variation signed off (VO 23) 38k", 44),
            Logged(F, "diary entries sept+oct to D for sign off", 40),
            Logged(
                AG,
                "kellys (M&E sub) disputing the clawback on ductwork redo - who actually owns this",
                33,
            ),
            Logged(N, "PJ told the client i 'dont understand the job'. fuming. said nothing", 30),
            Logged(F, "send D the cvr AGAIN she lost it 🙄", 19, DONE),
            Logged(W, "D said 'good job' on val 9 in the team call, first time ever lol", 16),
            Logged(N, "recruiter rang re PQS role, +8k. not looking. ish", 15),
            Logged(P, "D: balbriggan final account closed by end of month, no more excuses", 12),
            Logged(
                F,
                "draft the EOT response letter for her to review before it goes out - before the 10th",
                6,
            ),
            Logged(
                F, "pull together kellys contra charge backup - photos, daywork sheets, by fri", 3
            ),
            Logged(
                AG, "scsi - is naas enough on its own or do i need tallaght fitout too?? ask", 2
            ),
        ),
        first=False,
    ),
    Persona(
        "staff_nurse_glasgow_mentor_private_stuff",
        "Shona",
        "band 5 staff nurse on an acute medical ward in Glasgow",
        "work out if i go for band 6 or get out of the nhs",
        "Morag",
        "senior charge nurse on another ward, her informal mentor since preceptorship",
        Role.MENTOR,
        monthly(1, 2),
        time(15, 0),
        "Shona uses a monthly coffee with Morag, a senior charge nurse she trusts, to think about her career. Her notes mix real work (a sepsis audit, a band 6 application due end of month) with a lot that is private: her mum's dementia, money, antidepressants, a fallout with a night-shift colleague, a private-clinic offer with a deadline, and a bad day.",
        logged=(
            Logged(
                N,
                "mums got the diagnosis. vascular dementia. me and my sister splitting it but its mostly me",
                58,
            ),
            Logged(
                A,
                "asked morag how she did her band 6 interview, she sent me her old statement",
                56,
                DONE,
            ),
            Logged(N, "overdraft again. doing bank every wknd, knackered", 47),
            Logged(W, "sepsis audit done for the ward, 94% compliance up from 71!!", 41),
            Logged(
                P,
                "morag pushing the practice development thing, wants more of us doing the PEF course",
                40,
            ),
            Logged(
                N,
                "K on nights called me lazy in front of a student. told the ward manager, nothing happened",
                35,
            ),
            Logged(G, "sent M the falls bundle poster i made, she wants it for her ward", 33),
            Logged(N, "gp put me on sertraline. dont want this on any record at work", 26),
            Logged(N, "nuffield offered 36k days only no nights. have til 4th dec to answer", 12),
            Logged(
                F,
                "send morag my draft supporting statement for band 6 on ward 7 - closes end of month",
                9,
            ),
            Logged(
                AG, "band 6 vs nuffield?? honestly dont know. money vs actually liking the job", 3
            ),
            Logged(AG, "ask if shed be a referee for either", 3),
            Logged(N, "cried in the sluice tues. fine now", 2),
        ),
        first=False,
    ),
    Persona(
        "audit_senior_joburg_peer_gives_everything",
        "Thandiwe",
        "audit senior at a mid-tier accounting firm in Johannesburg",
        "be on the list for assistant manager in the march promotion round",
        "Riaan",
        "fellow audit senior from the same intake, now on the big retail client",
        Role.PEER,
        biweekly(4),
        time(16, 30),
        "Thandiwe and Riaan are same-intake peers who are both up in the same promotion round. Over two months she has covered for him, reviewed his work late at night and trained his juniors, and asked for one small intro that never happened. Nothing very private in the log.",
        logged=(
            Logged(
                G, "sent riaan my IFRS 16 lease template, he's using it on the retail client", 70
            ),
            Logged(G, "reviewed his going concern memo at 11pm bc his manager on leave", 63),
            Logged(G, "covered his stock count in polokwane, 5am start 😩", 55),
            Logged(N, "he didnt mention it to mr naidoo (partner). whatever", 54),
            Logged(G, "trained his 2 first yrs on the sampling tool, 2 sessions", 47),
            Logged(W, "my client signed off 2 days early, zero review pts from EQCR", 42),
            Logged(G, "gave him my notes for the CA(SA) mentoring thing", 36),
            Logged(P, "riaan wants to move to advisory next yr, keeps talking abt it", 30),
            Logged(
                G,
                "sat w him thru the journal entry testing scripts, ja it took the whole afternoon",
                23,
            ),
            Logged(
                A, "asked if he cd intro me to lerato in advisory - 'sure sure'. nothing yet", 19
            ),
            Logged(G, "sorted his timesheet codes + lent him my charger lol", 11),
            Logged(G, "did the consol workings for his group audit when his senior resigned", 6),
            Logged(AG, "promotions - do we talk about it openly or nah. we're both up", 2),
            Logged(N, "eish he asked me to cover again next fri", 1),
        ),
        first=False,
    ),
    Persona(
        "ma_associate_sao_paulo_sponsor_only_asks",
        "Rafael",
        "senior associate in M&A at a large law firm in São Paulo",
        "get named counsel in the july 2027 round",
        "Helena",
        "equity partner and head of M&A, sits on the partners' committee; his sponsor",
        Role.SPONSOR,
        monthly(-1, 3),
        time(18, 30),
        "Rafael's sponsor meeting with Helena is the last Thursday of the month, i.e. this evening. Every entry he has logged is a request (deals, intros, feedback, a word at the partners' meeting, an early bonus figure for a mortgage); he has recorded nothing he has done for her and nothing about her priorities. Some notes are in Portuguese.",
        logged=(
            Logged(
                A,
                "pedi pra ela me colocar no deal da farmacêutica (projeto atlas) - entrei como #2",
                85,
                DONE,
            ),
            Logged(A, "asked H to put me on the cross border one w the NY firm", 71, DONE),
            Logged(
                A, "asked for feedback on my review before comp committee - she said 'depois'", 58
            ),
            Logged(A, "pedi intro pro marcelo do private equity", 44),
            Logged(
                A,
                "asked if she'd back me leading the signing call on atlas instead of bruno",
                37,
                DONE,
            ),
            Logged(A, "asked if the firm wd pay LLM at columbia or nyu next yr", 29),
            Logged(A, "asked her to mention me at partners mtg re the counsel list 🙏", 16),
            Logged(A, "pedi pra ela revisar meu artigo pra revista do IBRADEMP", 8),
            Logged(A, "asked for the bonus number early bc financiamento do apê", 5),
            Logged(AG, "falar do counsel track de novo. e o LLM", 1),
        ),
        first=False,
    ),
    Persona(
        "dc_team_lead_poznan_first_skip_no_goal",
        "Marta",
        "shift team leader at a parcel distribution centre outside Poznań",
        None,
        "Gareth",
        "site general manager, her manager's manager",
        Role.SKIP,
        monthly(2, 1),
        time(14, 0),
        "HR has set up a first-ever monthly skip-level between each team leader and the British site GM during peak season. Marta has no goal set, has logged almost nothing, and doesn't know what to bring.",
        logged=(
            Logged(
                N,
                "gareth robi 1:1 z każdym TL. no idea what he wants, Paweł says just be normal lol",
                2,
            ),
            Logged(P, "he keeps going on abt peak - UPH and zero accidents on the sorter", 1),
        ),
        first=True,
    ),
    Persona(
        "agronomist_nakuru_owes_data_deadlines",
        "Wanjiru",
        "field agronomist for a seed company, runs smallholder variety trials around Nakuru",
        "take over the Baringo sorghum trials when Otieno moves to HQ",
        "Peter",
        "regional agronomy manager in Nairobi, her line manager",
        Role.MANAGER,
        biweekly(0),
        time(9, 0),
        "Wanjiru has a fortnightly phone 1:1 with Peter and owes him several things in the next days (harvest data before the 10th, a field-day budget next week, October expenses by end of month). One trial site was hit by fall armyworm and she has not told him yet; she also wants the Baringo role. A little family money stress in the notes.",
        logged=(
            Logged(
                A,
                "asked P abt motorbike allowance, subukia roads finishing the bike. he said fill the form",
                27,
                DONE,
            ),
            Logged(
                P,
                "peter - harvest data all 14 sites clean in the system before the 10th, HQ pulls it for the variety release",
                30,
            ),
            Logged(W, "farmer field day rongai, 180+ farmers, county officer came too 🙌", 24),
            Logged(F, "send P photos + attendance list from rongai", 23, DONE),
            Logged(
                F,
                "oct expense claims - fuel + field day lunch. finance says end of month or it rolls to jan",
                18,
            ),
            Logged(
                N,
                "site 9 (mama chebet's plot) hit by fall armyworm, data maybe useless. havent told peter",
                14,
            ),
            Logged(A, "asked abt baringo when otieno moves - 'lets see in jan'", 12),
            Logged(G, "helped otieno's new intern w the ODK forms, 2 days", 9),
            Logged(F, "draft budget for jan field days, he needs it next week", 7),
            Logged(F, "data sites 1-8 in, 9-14 pending. tell peter by fri whats happening w 9", 5),
            Logged(
                N,
                "network ni mbaya sana kule subukia, uploads failing, doing it from the hotel in nakuru",
                4,
            ),
            Logged(N, "sisters school fees due, stressing bt ok", 3),
            Logged(AG, "site 9 armyworm - own it before he hears from otieno", 1),
        ),
        first=False,
    ),
)
