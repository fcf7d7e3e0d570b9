# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 10 (set J)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH9 = (
    Persona(
        "ramp_lead_skip_level",
        "Aisha",
        "ramp shift leader for an airport ground handling company",
        "Get onto the duty manager course before next summer schedule",
        "Gary",
        "station manager, her manager's manager",
        Role.SKIP,
        monthly(1, 2),
        time(9, 30),
        "Two stalled asks to a busy skip-level, one cancelled meeting, a fresh safety win, his OTP pressure.",
        logged=(
            Logged(A, "asked Gary about duty manager training - any places in Jan?", 62),
            Logged(A, "asked for 2 more heads on the early wave for summer sked", 33),
            Logged(P, "Gary: OTP on the 6am departures is what HQ is beating him up about", 33),
            Logged(N, "Gary cancelled last month, ops meeting overran. Mick sat in instead", 28),
            Logged(
                G,
                "ran the de-icing briefing for new starters when Gary's DM was off sick",
                20,
                DONE,
            ),
            Logged(W, "zero ground damage incidents on stands 14-22 all of Q3", 9),
            Logged(F, "send Gary the turnaround times sheet for the easyJet rotations", 5),
            Logged(AG, "where am I on the DM course list?? been 2 months", 2),
            Logged(AG, "pitch pushback crew swap so tugs aren't idle 0540-0610", 1),
        ),
        first=False,
    ),
    Persona(
        "nursery_deputy_new_mentor",
        "Chloe",
        "deputy manager at a private day nursery",
        "Be ready to apply for a nursery manager job within 18 months",
        "Bernadette",
        "retired nursery owner, mentor through the local early years network",
        Role.MENTOR,
        monthly(-1, 3),
        time(18, 30),
        "Brand-new user: mentoring series just set up, nothing logged yet; meets after nursery closes.",
        logged=(),
        first=True,
    ),
    Persona(
        "chilled_dc_night_shift_peer",
        "Kasia",
        "night shift team leader in a supermarket chilled distribution centre",
        None,
        "Darren",
        "day shift team leader on chilled, her peer at shift handover",
        Role.PEER,
        weekly(0),
        time(21, 30),
        "Peer friction over handovers; she gives more than she gets; some notes in Polish; no stated goal.",
        logged=(
            Logged(G, "covered Darren's Sat OT for stocktake", 40, DONE),
            Logged(A, "asked D to leave pick faces topped up before handover, again", 26),
            Logged(
                N, "handover chaos again - 3 trailers left unloaded, nikt nie wiedział czemu", 19
            ),
            Logged(P, "Darren: his pick rate figures go to the GM monthly now", 19),
            Logged(G, "lent him 2 pickers till 23:30 for the late Leeds store load", 12, DONE),
            Logged(W, "my shift hit 99.2% pick accuracy wk 41", 8),
            Logged(F, "wysłać Darrenowi listę uszkodzonych palet z wtorku", 4),
            Logged(AG, "handover sheet - czy możemy robić to razem 15 min przed zmianą?", 1),
            Logged(AG, "who's chasing the broken reach truck RT07, me or him", 0),
        ),
        first=False,
    ),
    Persona(
        "housing_officer_sponsor",
        "Marcus",
        "housing officer at a housing association",
        "Land the neighbourhood manager role when it's advertised in spring",
        "Priya",
        "director of neighbourhoods who put him on the leadership programme, his sponsor",
        Role.SPONSOR,
        monthly(2, 1),
        time(12, 30),
        "Sponsor relationship with a strong win and open ask; one talking point reveals job hunting.",
        logged=(
            Logged(
                P, "Priya: Ombudsman complaints + damp/mould are the board's top issue this yr", 45
            ),
            Logged(N, "Priya said I need more visibility with exec team, not just my patch", 45),
            Logged(
                A, "asked Priya to put me forward for acting-up when Sandra goes on mat leave", 30
            ),
            Logged(G, "presented our damp triage process at the tenant panel for her", 22, DONE),
            Logged(W, "damp & mould backlog on my patch down from 48 cases to 11", 15),
            Logged(F, "send Priya the one-pager on damp triage for the board pack", 6),
            Logged(AG, "ask if she'd intro me to the Ops Director", 3),
            Logged(
                AG,
                "be upfront that I had an interview at Clarion last wk, just testing the water",
                1,
            ),
            Logged(AG, "any news on acting-up?", 1),
        ),
        first=False,
    ),
    Persona(
        "audit_trainee_lopsided",
        "Hannah",
        "second-year ACA trainee in the audit team of a mid-size accountancy practice",
        "Pass ACA first time and move into the tax team",
        "Rob",
        "audit manager, her line manager",
        Role.MANAGER,
        biweekly(4),
        time(8, 45),
        "Long lopsided history: six gives, one old ask for study leave never answered, a recent exam pass.",
        logged=(
            Logged(A, "asked Rob for study leave for Audit & Assurance exam in Dec", 84),
            Logged(
                G, "stayed til 10pm finishing Hargreaves Ltd stock count file for Rob", 70, DONE
            ),
            Logged(
                G, "did bank rec tie-outs on Millbrook Trust when Rob's senior was off", 58, DONE
            ),
            Logged(
                G,
                "built new fixed asset lead schedule template - Rob's used it on 3 jobs",
                39,
                DONE,
            ),
            Logged(G, "went to client site in Grimsby on 2 days notice", 27, DONE),
            Logged(W, "passed Business Planning: Taxation - 71%", 20),
            Logged(G, "covered Rob's call with the Fenwick FD when he was double booked", 16, DONE),
            Logged(N, "Rob said 'dont know what we'd do without you' - again", 16),
            Logged(N, "no reply re study leave, asked twice in passing", 12),
            Logged(
                P, "Rob: wants Fenwick audit signed by 30th, partner breathing down his neck", 10
            ),
            Logged(AG, "study leave for Dec exam - need a yes/no this time", 0),
            Logged(AG, "when can I do a rotation in tax?", 0),
        ),
        first=False,
    ),
    Persona(
        "museum_friends_chair",
        "Ines",
        "learning and volunteer officer at a town museum",
        "Get the Friends to match-fund a paid schools outreach post",
        "Margaret",
        "chair of the Friends of the Museum, the volunteer charity that funds projects",
        Role.OTHER,
        monthly(1, 3),
        time(10, 30),
        "Funder-style relationship with a volunteer chair: one ask delivered, a big one pending with a deadline, her own priorities.",
        logged=(
            Logged(N, "Margaret prefers everything on paper, doesn't read long emails", 80),
            Logged(
                A, "asked Friends to fund 2 coach trips for Yr 5 from Eastfield Primary", 50, DONE
            ),
            Logged(G, "gave the talk at Friends AGM on the Roman hoard conservation", 35, DONE),
            Logged(P, "Margaret: membership down to 140, wants younger members", 35),
            Logged(W, "Eastfield visits went great, 58 kids, head teacher wrote to us", 21),
            Logged(
                A, "asked if Friends would match the Arts Council bid for outreach post - £12k", 14
            ),
            Logged(P, "Friends want a proper credit on the new textiles gallery panel", 14),
            Logged(N, "treasurer (Clive) wary, thinks salaries aren't 'what Friends are for'", 14),
            Logged(F, "get Margaret a printed copy of the head's thank-you letter", 7),
            Logged(AG, "outreach match funding - need an answer before bid deadline on 28th", 2),
            Logged(AG, "idea: free Friends membership for families on the schools programme?", 1),
        ),
        first=False,
    ),
)
