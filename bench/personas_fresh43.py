# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 28 (set AR)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH43 = (
    Persona(
        "dilan_tea_estate_asst_supt_audit_week",
        "Dilan",
        "Assistant Superintendent (Field), tea estate under a regional plantation company, Talawakelle, Sri Lanka",
        "get SA post by next yr & stop being the guy who only does pluckers attendance lol",
        "Ravindran",
        "Estate Superintendent, his direct boss (lives in the big bungalow)",
        Role.MANAGER,
        weekly(0),
        time(7, 0),
        "Dilan is 29, in his second year as assistant superintendent on a mid-grown tea estate. The Rainforest Alliance audit is Tue 1 Dec and he still owes R the checklist and leaf-weighing reconciliation; he suspects weight padding in division 3 by a field officer related to R and can't decide whether to raise it. R promised a recommendation letter for the SA post (deadline 15 Dec) and hasn't written it; wife is due in January and his mother just had eye surgery.",
        logged=(
            Logged(
                P,
                "R's big 3 for Q4: plucking avg up to 18kg/day, cut the absentee rate in lower div, RA audit clean. said it twice so its real",
                120,
            ),
            Logged(
                A, "asked R to send me for the TRI pruning & soil course at St Coombs", 110, DONE
            ),
            Logged(W, "finished TRI course at St Coombs, got the cert 👍 R happy", 95),
            Logged(F, "1 pager on TRI pruning notes for the other ASs — R asked for it", 94),
            Logged(
                A,
                "motor bike allowance increase? petrol Rs 400+ now, I do 60km/day on estate roads. R: 'after budget, ask in Jan'",
                80,
                DONE,
            ),
            Logged(
                G,
                "covered R's sunday muster + checkroll when he went to Colombo for the auction thing",
                76,
            ),
            Logged(
                N,
                "ane rain non stop. div 2 small landslip near line rooms no 14-20, reported to RPC. families moved to the school temporarily",
                70,
            ),
            Logged(
                W,
                "div 2 plucking avg 17.2kg this month!! highest in 2 yrs. Murugan kangany's gang mostly",
                63,
            ),
            Logged(
                F,
                "promised Murugan anna I'll push for the line room roof repair (no 14-20) before NE monsoon — need to raise w R",
                62,
            ),
            Logged(
                G,
                "did the Tamil + Sinhala translation of the new agrochem safety notice for pluckers, R used it for all 4 divs",
                55,
            ),
            Logged(N, "personal: amma cataract op in Kandy on 12th Nov, need 2 days leave", 50),
            Logged(A, "leave 12-13 Nov for amma op", 49, DONE),
            Logged(
                P,
                "R: RPC head office wants estate to go for Ethical Tea Partnership also next yr. he wants me to 'own' it",
                42,
            ),
            Logged(
                W, "absentee rate lower div 22% -> 16% since we started the creche meal thing", 35
            ),
            Logged(
                N,
                "wage thing — union saying the 1700 daily isnt paid on days rain stops plucking. workers coming to me not R. awkward",
                30,
            ),
            Logged(
                G,
                "sorted weighing scale calibration certs for all 4 divs before audit, expired since Aug!! nobody noticed aiyo",
                28,
            ),
            Logged(
                N,
                "machan the div 3 numbers dont add up. leaf weighed at field vs factory receiving ~6% diff for 3 weeks straight. FO there is Sunil, R's relative (wife side i think). not sure what to do",
                21,
            ),
            Logged(
                A,
                "asked R for the recommendation letter for SA post application, company deadline 15 Dec",
                20,
            ),
            Logged(N, "amma op ok. hari hari. doctor says second eye next yr", 14),
            Logged(
                F,
                "RA audit checklist + leaf weighing reconciliation to R before audit (audit = Tue 1 Dec!!)",
                10,
            ),
            Logged(N, "R said 'yes yes I'll do the letter' — nothing yet", 9),
            Logged(
                F,
                "send creche meal cost numbers to Mrs Fernando (welfare officer), she needs for the RPC report",
                8,
            ),
            Logged(
                N,
                "wife 7 months now, due mid Jan. thinking of asking paternity days but we only get 3?? 😅",
                6,
            ),
            Logged(
                N,
                "bank also wants employer letter for the housing loan. same time as SA letter, dont want to look greedy asking R twice in one week",
                4,
            ),
            Logged(
                AG,
                "div 3 weight issue — say it or not?? if I say it before audit and it blows up...",
                2,
            ),
            Logged(AG, "line rooms 14-20 roof, monsoon already starting", 1),
            Logged(AG, "SA recommendation letter - 15 Dec deadline", 1),
        ),
    ),
    Persona(
        "aino_ramp_lead_helsinki_deicing_skip",
        "Aino",
        "Ramp shift lead, ground handling company at Helsinki-Vantaa airport, Finland",
        "haluan vuoropäälliköksi (duty manager) ensi vuonna. and less chaos on nights pls",
        "Marko",
        "Head of Station Operations, her manager's manager",
        Role.SKIP,
        monthly(1, 1),
        time(14, 0),
        "Aino leads a ramp crew of 14 on rotating shifts as de-icing season starts. An incident report on a wingtip contact during her shift (19 Nov) is due to Safety on Fri 27 Nov, and her skip-level with Marko is Tue 1 Dec. She is weighing whether to tell Marko that her manager Jussi keeps giving day shifts to favourites, and she needs a rota change because of a new custody arrangement.",
        logged=(
            Logged(
                P,
                "Marko @ townhall: OTP target 85% for winter, zero ramp damage, and 'people stay' (attrition was bad last talvi)",
                63,
            ),
            Logged(A, "asked M for 4 more de-icing cert slots for my crew before Dec", 35, DONE),
            Logged(
                N,
                "M: ei budjettia, Q1 earliest. ok. joo. so we'll be short on de-ice crew again 🙄",
                34,
            ),
            Logged(
                W,
                "new guys (Ville, Samir, Kaisa) all passed pushback tug check first try. proud",
                30,
            ),
            Logged(
                G,
                "made 1-page winter ramp checklist in finnish+english, M shared it with Oulu station too",
                28,
            ),
            Logged(
                F, "told Kaisa I'd ask about the finnish/english course for non-finnish crew", 15
            ),
            Logged(
                N,
                "personal: ero is official now, kids w me every other week. night shifts on my kid weeks = impossible. need rota change from Jan",
                12,
            ),
            Logged(N, "first proper lumi 16.11, delays 40min avg. crew did ok, no sick calls", 10),
            Logged(
                N,
                "19.11 wingtip of A321 touched baggage tractor at stand 27, minor damage. not our guy driving but my shift. ugh",
                7,
            ),
            Logged(
                F,
                "incident report to Safety (Heidi) — deadline pe 27.11!! still need Samir's statement",
                6,
            ),
            Logged(
                N,
                "J (my esimies) again gave the Dec day shifts to Tommi & Pekka. 3rd month in a row. everyone sees it",
                5,
            ),
            Logged(
                AG,
                "should I say smth about J and the shift thing?? skip level is kind of for that but J will know it came from me",
                2,
            ),
            Logged(AG, "duty manager path — what does M want to see", 1),
            Logged(AG, "rota for kid weeks (from Jan)", 1),
        ),
    ),
    Persona(
        "shanice_pso_stockport_first_mentor_meeting",
        "Shanice",
        "Probation Services Officer, Probation Service (public sector), Stockport, Greater Manchester",
        "get onto PQiP next intake & not burn out",
        "Gareth",
        "Senior Probation Officer in a different delivery unit, her assigned mentor via the regional mentoring scheme",
        Role.MENTOR,
        biweekly(1),
        time(12, 30),
        "Shanice has been a PSO for about 18 months with a heavy caseload and has just joined the regional mentoring scheme. Her first meeting with Gareth is Tue 1 Dec; the PQiP application closes around 11 Dec and she wants help with her competency examples. Almost nothing logged yet.",
        logged=(
            Logged(
                N,
                "signed up for mentoring scheme, matched w Gareth (SPO Salford). first meet tues",
                3,
            ),
            Logged(AG, "PQiP application - closes 11 Dec?? need help w the competency examples", 1),
        ),
        first=True,
    ),
    Persona(
        "meron_hr_officer_hawassa_garment_sponsor",
        "Meron",
        "HR Officer, foreign-owned export garment factory in Hawassa Industrial Park, Ethiopia",
        "HR Manager for the new Dire Dawa line by mid-2027. I want Priya to actually put my name forward",
        "Priya",
        "Group Regional HR Director (based in Bengaluru), her sponsor, two levels up",
        Role.SPONSOR,
        monthly(-1, 4),
        time(15, 0),
        "Meron runs day-to-day HR for about 2,400 operators, mostly young women. The buyer's social compliance audit is Thu 3 Dec and her call with Priya is tomorrow (Fri 27 Nov). Priya deferred the Dire Dawa nomination until after the audit and never made the promised CHRO intro; Meron has a competitor interview in Addis on 2 Dec and can't decide whether to mention it.",
        logged=(
            Logged(
                P,
                "Priya's priorities: attrition below 5%/month, zero findings in buyer audit, and 'grow local HR leaders' (she said this on the call w GM also)",
                90,
            ),
            Logged(
                A, "asked P to sponsor my CIPD L5 — ishi, approved!! company pays 70%", 85, DONE
            ),
            Logged(G, "covered payroll 2 weeks when Dawit was sick, no late salaries", 70),
            Logged(
                W,
                "attrition Sept 6.1% (from 9.4 in June). the bus route + new canteen injera worked betam",
                58,
            ),
            Logged(
                G,
                "sent P the exit interview analysis in english + amharic summary, she used in regional review",
                55,
            ),
            Logged(
                A,
                "asked P if she'll put my name for Dire Dawa HR Mgr. she said 'later, after the audit, let's see the results'",
                40,
                DONE,
            ),
            Logged(A, "intro to Group CHRO (Anil?) when he visits — P said she'd arrange", 38),
            Logged(
                F,
                "promised line supervisors refresher training on harassment reporting before audit",
                20,
            ),
            Logged(
                F,
                "grievance committee minutes Oct+Nov, translated, needed for audit — P wants to see them too",
                16,
            ),
            Logged(
                N, "Anil visit happened 12 Nov, I was not in the meeting 😕 P didnt mention it", 14
            ),
            Logged(
                N,
                "selam. tired. CIPD assignment due 30 Nov + audit prep + my sister's wedding planning (Jan, Addis) gin ok, egziabher yimesgen",
                9,
            ),
            Logged(
                N,
                "recruiter from a big factory in Bole Lemi (Addis) called, interview wed 2 Dec. salary +35%. family is in Addis too...",
                5,
            ),
            Logged(
                W,
                "audit mock run on tuesday — only 2 minor findings (fire exit signage, locker room). fixed both",
                2,
            ),
            Logged(AG, "do I tell P about the Addis interview?? she is my sponsor but..", 1),
            Logged(AG, "the CHRO intro that didnt happen", 1),
            Logged(AG, "audit Thu 3 Dec — what she wants to see", 1),
        ),
    ),
    Persona(
        "bence_vet_pharma_rep_debrecen_peer",
        "Bence",
        "Territory sales rep, livestock (swine & poultry), multinational animal-health company, Debrecen, Hungary",
        "KAM by 2028. meanwhile hit 100% Q4 & keep my back intact",
        "Zsófi",
        "Key Account Manager for the big integrators, same team, peer (they swap leads)",
        Role.PEER,
        biweekly(2),
        time(7, 30),
        "Bence covers farms and vets in eastern Hungary; avian flu restrictions have closed farm access in parts of his territory just as Q4 closes. He has given Zsófi more than he has got back and she still owes him an intro to the integrator's purchasing head; he owes her an English deck by Mon 30 Nov. He has heard her smaller accounts move to him in the January re-org and doesn't know whether to bring it up.",
        logged=(
            Logged(
                P,
                "Zs focus: renew the 3-yr vaccine contract w the big integrator (she calls them 'K'), and she wants a regional role next yr",
                70,
            ),
            Logged(
                G, "passed Zs the lead on the new turkey farm near Hajdúszoboszló, 40k birds", 66
            ),
            Logged(
                G, "covered her Nyíregyháza vet seminar when she had covid, 40 ppl, went fine", 50
            ),
            Logged(
                A, "asked Zs to intro me to Dr. Farkas (purchasing @ K) — 'persze, next month'", 45
            ),
            Logged(W, "Q3 100.4% 🎉 first time ever over target", 40),
            Logged(G, "sent Zs my sertés ASP biosecurity slides, she used them at K", 20),
            Logged(
                A, "asked Zs if I can join the K meeting in Dec as 'technical support'", 18, DONE
            ),
            Logged(N, "Zs: nem, K doesnt want new faces before contract signing. fair", 17),
            Logged(
                N,
                "back pain again, 61k km this year in the Skoda. physio says drive less lol ok",
                15,
            ),
            Logged(
                N,
                "madárinfluenza outbreak Bács-Kiskun + now 2 farms in Hajdú-Bihar 😬 no farm visits in the 10km zones, only phone/Teams. Q4 in danger",
                12,
            ),
            Logged(
                F,
                "English version of my territory deck for the regional meeting — promised Zs by hétfő (30 Nov)",
                8,
            ),
            Logged(
                N,
                "heard from Gábor (RSM) after the xmas party planning call: in Jan re-org Zs's small accounts come to me. she doesnt know?? or maybe she does",
                4,
            ),
            Logged(AG, "Farkas intro — still pending since Oct", 1),
            Logged(AG, "the re-org thing... mention or not", 1),
            Logged(AG, "avian flu — any tips how she keeps numbers up remotely", 1),
        ),
    ),
    Persona(
        "kayla_lift_ops_supervisor_colorado_safety_director",
        "Kayla",
        "Lift Operations Supervisor, ski resort, Summit County, Colorado",
        None,
        "Hal",
        "Mountain Safety & Risk Director (different department, not her boss); weekly check-in set up after last season's evac",
        Role.OTHER,
        weekly(0),
        time(16, 30),
        "Kayla is in her second season as lift ops supervisor; the resort opened 20 Nov. The Eagle chair evac drill and state tramway board inspection are Tue 1 Dec and Hal still hasn't signed off her revised evac plan. Six J-1 staff have no housing (two on her couch), she's not cleared to ski after ACL surgery, and her manager told the crew not to log small near-misses, which is exactly Hal's priority.",
        logged=(
            Logged(
                P,
                "Hal's thing this yr = evac times under 2hr on every chair + fix the 'near-miss reporting culture' (his words)",
                45,
            ),
            Logged(
                A,
                "asked H to get me on the lift evac instructor cert in spring — yes, he'll fund from his budget",
                40,
                DONE,
            ),
            Logged(
                G,
                "rewrote Eagle chair evac plan (rope team positions, new access road), sent to H 11/3",
                23,
            ),
            Logged(
                N,
                "knee: PT says no skiing til Jan. doing base area shifts, feels weird supervising from the bottom",
                11,
            ),
            Logged(N, "H owes me sign-off on Eagle plan. pinged twice", 9),
            Logged(
                W,
                "opening day 11/20 🎿 zero misloads, lines under 10 min, GM did a shoutout on the radio lol",
                6,
            ),
            Logged(
                N,
                "6 J-1 kids from Argentina have no housing, condo deal fell thru. two are on my couch rn. not sustainable",
                4,
            ),
            Logged(
                F,
                "told the J-1s I'd find out if resort can advance housing stipend — need to ask HR (Dana) by fri",
                4,
            ),
            Logged(
                F,
                "near-miss log template for H — he asked at mon mtg, said I'd have it next week",
                3,
            ),
            Logged(
                AG,
                "should I tell H my mgr (Brett) told the crew not to log the small stuff (bumped chairs etc) bc it 'looks bad'?? thats literally Hal's #1 thing",
                2,
            ),
            Logged(
                AG,
                "Eagle evac drill + tramway board inspection TUE 12/1 — need his sign off BEFORE",
                1,
            ),
            Logged(
                AG,
                "housing for J-1s — can safety/risk say anything re people sleeping in cars in the lot",
                0.5,
            ),
        ),
    ),
)
