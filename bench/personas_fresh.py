# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind, by someone who never saw the card code or the twelve personas in
`bench/cards.py` (issue 11: measure on data you never tuned against). Their cards are written to
`bench/cards/fresh/` and rated with the others; once rated, they have been seen, so a later round
needs another fresh set."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH = (
    Persona(
        "law_associate_counsel_push",
        "Priya",
        "senior associate, commercial litigation",
        "Make counsel in the March promotion round",
        "Helena",
        "equity partner, litigation group, her sponsor",
        Role.SPONSOR,
        monthly(1, 2),
        time(8, 30),
        "Long history lopsided towards asking; one small give, one win, a couple of asks still open.",
        logged=(
            Logged(A, "asked Helena to put me on the Kessler trial team", 64, DONE),
            Logged(A, "asked for intro to the GC at Northwind", 51),
            Logged(A, "can Helena review my business development plan?", 40, DONE),
            Logged(A, "asked her to raise my name at the partners' comp meeting", 33),
            Logged(G, "drafted Helena's CLE slides on privilege", 29, DONE),
            Logged(A, "asked to second-chair the Ortega appeal argument", 21),
            Logged(W, "won the MSJ in Halvorsen, client thrilled", 14),
            Logged(A, "asked if she'd write the sponsor memo for counsel", 6),
            Logged(F, "send Helena my matter list + billables by Fri", 3),
            Logged(AG, "what's the real bar for counsel this year vs last?", 1),
        ),
        first=False,
    ),
    Persona(
        "store_asm_to_buying",
        "Tomás",
        "assistant store manager, fashion retail",
        "Move from store operations into the buying team at head office",
        "Denise",
        "regional operations manager, his skip-level",
        Role.SKIP,
        monthly(-1, 3),
        time(19, 30),
        "After-close 19:30 skip-level; an old open ask for a buying shadow day, a Spanish personal talking point.",
        logged=(
            Logged(A, "asked Denise for a shadow day with the menswear buyers", 78),
            Logged(N, "she said buying wants people who know sell-through, not just ops", 78, DONE),
            Logged(W, "store 214 hit 104% of plan in Q3", 35),
            Logged(G, "ran the spring visual merch reset for the two nearby stores", 22, DONE),
            Logged(F, "send Denise my sell-through analysis on outerwear", 9),
            Logged(
                AG,
                "mi madre está ingresada en Valencia, puede que necesite unos días en diciembre",
                2,
            ),
            Logged(AG, "chase the buying shadow day again?", 1),
        ),
        first=False,
    ),
    Persona(
        "hospital_pharmacist_better_at_job",
        "Ingrid",
        "clinical pharmacist, acute hospital",
        "Get faster and more confident on ward rounds so my interventions actually land",
        "Ruth",
        "consultant pharmacist in another trust, her mentor",
        Role.MENTOR,
        biweekly(2),
        time(12, 30),
        "Generous giver to her mentor; one counterpart priority; an indirect personal talking point.",
        logged=(
            Logged(P, "Ruth cares most about antimicrobial stewardship data", 45),
            Logged(
                G, "pulled our ward's antibiotic audit numbers for Ruth's regional paper", 40, DONE
            ),
            Logged(G, "covered Ruth's teaching slot for the foundation pharmacists", 27, DONE),
            Logged(G, "proofread her stewardship poster", 18, DONE),
            Logged(
                N, "tip from Ruth: lead with the one change that matters, not all five", 18, DONE
            ),
            Logged(G, "sent her the new renal dosing quick-ref I made", 7, DONE),
            Logged(A, "could Ruth sit in on one of my ward rounds?", 7),
            Logged(
                AG, "things at home have been hard lately, might be a bit slower for a while", 1
            ),
        ),
        first=False,
    ),
    Persona(
        "site_engineer_bridge_retrofit",
        "Kwame",
        "site engineer, civil construction",
        "Lead the deck retrofit package on the Riverside bridge job",
        "Grant",
        "project manager, his line manager",
        Role.MANAGER,
        weekly(0),
        time(7, 0),
        "Recent wins, a stated manager priority, a stretch ask for the retrofit package.",
        logged=(
            Logged(P, "Grant: zero lost-time incidents this quarter, above everything", 20),
            Logged(W, "closed out the level 4 pour with no snags", 9),
            Logged(W, "got the drainage redesign approved by the council first time", 5),
            Logged(G, "ran Tuesday's toolbox talk for Grant", 4, DONE),
            Logged(A, "asked to lead the deck retrofit package", 4),
            Logged(F, "send Grant the crane hire comparison", 2),
            Logged(
                AG, "near miss on the scaffold Thursday, want to talk about the exclusion zone", 1
            ),
        ),
        first=False,
    ),
    Persona(
        "new_team_lead_peer_first",
        "Hana",
        "data science team lead (newly promoted), insurance",
        "Become a team lead my four analysts actually want to work for",
        "Marcus",
        "underwriting analytics lead, a peer lead she was paired with",
        Role.PEER,
        biweekly(3),
        time(16, 0),
        "Brand new series with no history yet; leadership goal.",
        logged=(),
        first=True,
    ),
    Persona(
        "reporter_no_goal",
        "Olu",
        "business reporter, regional newspaper",
        None,
        "Fiona",
        "HR business partner for the newsroom",
        Role.OTHER,
        monthly(2, 1),
        time(14, 0),
        "Goal left unset; a few terse entries including a direct personal talking point about a job offer.",
        logged=(
            Logged(N, "talked about the night desk rota, nothing decided", 30, DONE),
            Logged(A, "asked Fiona about the training budget for the data journalism course", 30),
            Logged(AG, "recruiter from the Guardian called, do I mention it?", 3),
            Logged(AG, "overtime on election week still not paid", 2),
        ),
        first=False,
    ),
)
