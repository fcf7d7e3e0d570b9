# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 19 (set Z)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH25 = (
    Persona(
        "icu_nurse_leeds_band6_mum_dementia_long_log",
        "Aoife",
        "ICU staff nurse (band 5) at a Leeds teaching hospital",
        "get the band 6 on ward 18 when it goes out in jan",
        "Marcus",
        "ward manager (band 7), her line manager",
        Role.MANAGER,
        biweekly(1),
        time(14, 0),
        "Long, messy three-month log. Aoife wants the band 6 post advertised in January; she owes Marcus a falls audit and a preceptorship reflection (due Friday). The log also holds her mum's suspected Alzheimer's (not told anyone at work) and an ongoing clash with colleague Jo that Marcus is now involved in.",
        logged=(
            Logged(
                A,
                "asked marcus re band 6 - he said 'when its advertised apply, i'll support u' 👍",
                82,
                DONE,
            ),
            Logged(
                N,
                "jo said in handover i'd 'left a mess' in bay 3 in front of the relatives. not ok. didnt say anything",
                77,
            ),
            Logged(
                W, "ran the sepsis sim for the new starters, 6 of them, educator said v good", 70
            ),
            Logged(P, "marcus - CQC visit prep, everything abt documentation + falls", 68),
            Logged(A, "can i do ALS course? need it for b6 tbh", 63, DONE),
            Logged(G, "covered 3 nights when tash off sick, M v grateful", 56),
            Logged(
                N,
                "mum memory clinic, they think early alzheimers. need tues off every other wk for a bit. havent told anyone at work",
                49,
            ),
            Logged(W, "PASSED ALS!!! 🎉🎉", 42),
            Logged(F, "falls audit bays 1-4 (marcus asked, said no rush?)", 40),
            Logged(
                A, "asked for less nights in dec bc of mum stuff, he said he'd look at rota", 35
            ),
            Logged(N, "1:1 cancelled, short staffed again", 28),
            Logged(
                N,
                "jo again. complained to M about me re drug round?? he said 'we'll talk about it'. honestly so tired of her",
                21,
            ),
            Logged(
                P,
                "ward 18 recruitment - b6 advert early jan, wants internal ppl to be 'visible' whatever that means",
                14,
            ),
            Logged(F, "send preceptorship reflection for sam (new starter) by fri", 9),
            Logged(
                G, "did CQC doc spot checks on my shift, found 4 missing fluid balances, sorted", 7
            ),
            Logged(W, "bed 6 family wrote a card naming me x", 5),
            Logged(AG, "ask abt acting up as NIC on some shifts before the advert", 2),
            Logged(AG, "rota for dec??? still nothing", 1),
        ),
        first=False,
    ),
    Persona(
        "site_engineer_sao_paulo_first_skip_metro",
        "Thiago",
        "site engineer at a construction company in São Paulo",
        "ver se tem caminho pra eu ir pro projeto da linha 6 do metrô",
        "Renata",
        "regional director of operations, his manager's boss",
        Role.SKIP,
        monthly(2, 2),
        time(9, 0),
        "Brand-new user before his very first skip-level, set up by his manager Paulo. He wants to float moving to the metro project without looking disloyal to Paulo's site.",
        logged=(
            Logged(
                N, "primeira skip com a renata, o paulo que marcou. nao sei bem o q falar kkk", 1
            ),
            Logged(AG, "perguntar da linha 6?? ou vai parecer q quero sair da obra do paulo", 0),
        ),
        first=True,
    ),
    Persona(
        "geography_head_glasgow_gives_everything_peer",
        "Deb",
        "principal teacher of geography at a secondary school in Glasgow",
        "get onto the depute head shortlist next session, not sure how",
        "Raj",
        "principal teacher of history, fellow faculty head",
        Role.PEER,
        monthly(1, 1),
        time(15, 45),
        "Deb has done a huge amount for her peer Raj (marking, cover, writing his SIP section he presented at SLT) and has never asked for anything. A depute post may come up and Raj is likely on the panel; she finds it awkward to ask.",
        logged=(
            Logged(
                G, "shared my whole N5 coursework tracker w raj, hes using it for history now", 60
            ),
            Logged(G, "covered his S3 p4 so he cd go to the pupil support mtg", 53),
            Logged(G, "marked 30 of his prelim papers when his dad was in the RAH", 45),
            Logged(N, "raj: 'i owe u forever' lol", 45),
            Logged(G, "sat in on his parents eve w the mcleod dad (v shouty) as 2nd adult", 38),
            Logged(
                P,
                "raj - humanities/RMPS merger, wants it done properly, scared hes getting the blame if it goes wrong",
                33,
            ),
            Logged(
                G,
                "wrote the humanities bit of the SIP for him basically. he presented it at SLT 🙃",
                30,
            ),
            Logged(W, "S4 arran trip, zero incidents, HT mentioned it at assembly", 25),
            Logged(G, "sent him the DYW employer contacts spreadsheet", 18),
            Logged(G, "lent him my arran risk assessment as a template for his edinburgh trip", 12),
            Logged(N, "HT hinted depute post might come up in aug. raj prob on the panel??", 8),
            Logged(G, "stayed till 6 helping him w tracking data for the SQA returns", 4),
            Logged(AG, "mention im thinking abt depute? feels weird asking him for anything", 2),
        ),
        first=False,
    ),
    Persona(
        "lagos_auditor_sponsor_only_asks_london_secondment",
        "Femi",
        "senior associate (audit) at a Big Four firm in Lagos",
        "get nominated for the London secondment in the Jan intake",
        "Mrs Adeyemi",
        "audit partner, his sponsor (not his line manager)",
        Role.SPONSOR,
        monthly(-1, 4),
        time(16, 0),
        "Femi has only ever asked his sponsor for things; she has delivered on several. Nominations for the London secondment close before the 10th and the next meeting is tomorrow.",
        logged=(
            Logged(A, "asked her to put me on the bank audit team (the tier 1 one)", 75, DONE),
            Logged(
                A,
                "asked mrs A for feedback on my mgr's review of me, she said send it - sent",
                61,
                DONE,
            ),
            Logged(A, "pls can she mention me at the nov promotions panel", 40),
            Logged(A, "asked if she can sign my ICAN exemption letter", 26, DONE),
            Logged(A, "asked her to speak to the UK partner (Hargreaves?) re secondment", 12),
            Logged(
                A,
                "can she review my secondment essay b4 i submit. nominations close before the 10th",
                3,
            ),
            Logged(AG, "follow up UK partner convo + panel outcome", 1),
        ),
        first=False,
    ),
    Persona(
        "hamburg_aip_architect_mentor_owes_followups",
        "Lena",
        "architect in training (AiP) at a mid-size practice in Hamburg",
        "get registered with the Hamburgische Architektenkammer by june (project list + 2 yrs practice signed off)",
        "Jürgen",
        "retired partner from her previous office, informal mentor",
        Role.MENTOR,
        monthly(1, 2),
        time(18, 30),
        "Lena's mentor has been generous; she owes him a pile of promises, several due in the next days (drawings by Friday, timber examples for his article next week, an intro to her old professor by end of month, a book returned).",
        logged=(
            Logged(A, "asked J to look over my Kammer project list", 58, DONE),
            Logged(G, "sent him photos from the elbchaussee site visit he couldnt make", 55),
            Logged(F, "return his zumthor book (Atmosphären) - next time!!", 55),
            Logged(N, "he said my list is too thin on LPH 5-8, need more Ausführung", 30),
            Logged(F, "intro him to prof. haase (my old uni) - promised, end of month", 30),
            Logged(F, "read the HOAI chapter he flagged b4 next mtg", 27),
            Logged(
                P,
                "J writing a piece for the DAB on timber construction, wants examples from junge Architekt:innen",
                26,
            ),
            Logged(W, "got put on the Kita project LP5 😀 partly bc of J's advice", 24),
            Logged(F, "send him 2-3 holzbau projects for his article next week", 10),
            Logged(F, "send J the kita detail drawings for comments by fri", 6),
            Logged(
                AG, "can he write a Bestätigung for my practice hours? or only the current büro", 3
            ),
        ),
        first=False,
    ),
    Persona(
        "cebu_bpo_team_leader_no_goal_offer_and_debt",
        "Joy",
        "team leader on a US telco account at a BPO call centre in Cebu",
        None,
        "Mark",
        "operations manager, her direct boss",
        Role.MANAGER,
        weekly(0),
        time(6, 30),
        "No goal set. A night-shift team leader whose notes mix work with her mother's dialysis bills, a salary loan, a competing job offer, a colleague taking her agents, a relative's local election campaign her boss saw on Facebook, and signs of exhaustion. Big oversharing risk with her manager.",
        logged=(
            Logged(N, "mark said my team AHT worst on the floor. sige, will coach", 40),
            Logged(A, "asked for 2 more agents from the nesting batch", 33, DONE),
            Logged(
                N, "nanay in hospital again, dialysis 3x a week na. 💸 maxed the salary loan", 30
            ),
            Logged(A, "asked if pwede salary advance for dec, he said HR thing daw", 22),
            Logged(
                N,
                "TL kevin keeps pulling my agents for his OT, told mark, he just laughed it off",
                18,
            ),
            Logged(
                N,
                "got offer from concentrix, 18% more + day shift. havent replied, they want answer next week",
                9,
            ),
            Logged(N, "tito running for kagawad, i posted for him on fb, mark saw it 😬", 6),
            Logged(W, "team CSAT 91% this wk, highest in 2 mos!!", 4),
            Logged(N, "di na ko makatulog. pagod na talaga", 2),
            Logged(AG, "tell mark about the offer?? or not", 1),
        ),
        first=False,
    ),
)
