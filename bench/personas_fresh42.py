# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 28 (set AQ)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH42 = (
    Persona(
        "rotterdam_forwarder_eyeing_antwerp",
        "Sanne",
        "ocean export team lead at a mid-size freight forwarder, Rotterdam",
        "wil de branch manager rol in Antwerpen als Karel stopt (2027) — need Pieter to actually put my name forward, not just 'we'll see'",
        "Pieter",
        "regional director Benelux, two levels up, informally her sponsor",
        Role.SPONSOR,
        biweekly(1),
        time(16, 0),
        "Sanne runs the export desk in Rotterdam and wants the Antwerp branch job when the MD retires, but has only hinted at it to her sponsor. This week: a carrier tender input is due Fri 4 Dec and needs Pieter's sign-off on loss-making lanes, she still owes him a half-finished dwell-time analysis, he has sat on an intro to Karel for two months, and a recruiter approach plus her father's illness are sitting in the log.",
        logged=(
            Logged(
                P, "Pieter Q3 focus: marge per TEU omhoog, minder spot, meer contract volume", 150
            ),
            Logged(
                A, "asked P for budget voor AEO/douane cursus (Customs expert NL, €2.4k)", 148, DONE
            ),
            Logged(N, "P: 'ja doe maar, zet het op mijn cost centre' 👍 cursus start sept", 147),
            Logged(
                W,
                "rolled out de nieuwe booking template voor Far East lanes, 0 rollovers in juli",
                120,
            ),
            Logged(
                G, "gave P de lane-analyse Asia-NWE voor zijn board deck, he used 3 slides lol", 110
            ),
            Logged(N, "vakantie 3 wks aug, Joost covered. went fine-ish, 2 missed VGMs", 100),
            Logged(
                A, "vroeg om extra FTE voor export desk — P zei 'na Q1, eerst marge laten zien'", 90
            ),
            Logged(
                W,
                "reefer drama: 6 containers avocado's vast bij douanescan Maasvlakte, fixed in 36h, klant saved ~€40k demurrage+detention 🥑🥑",
                80,
            ),
            Logged(
                G,
                "covered P's slot at the Deltalinqs ontbijt, presented ons CO2 dashboard. 2 ppl asked for a follow up",
                70,
            ),
            Logged(
                P,
                "P: DSO omlaag!! finance zit op zijn nek. wants all export accounts <45 dagen by year end",
                65,
            ),
            Logged(
                N,
                "Karel (MD Antwerpen) gaat mid 2027 met pensioen?? heard from Ilse at the vrijdagmiddagborrel, not official",
                60,
            ),
            Logged(A, "asked P for intro to Karel, casually — 'ja goed idee, regel ik'", 56),
            Logged(W, "passed AEO module 1 🎉 87%", 50),
            Logged(F, "owe P: dwell-time analyse Q3 voor de bookings portal business case", 45),
            Logged(
                N,
                "pa in het ziekenhuis (Amphia Breda), hart. working from Breda on vrijdagen for now, told Joost not P",
                35,
            ),
            Logged(
                F,
                "Joost vraagt referentiebrief voor zijn MBA aanvraag, deadline 15 dec. said yes ofc",
                30,
            ),
            Logged(
                W,
                "signed VeloNova (e-bikes, Kaohsiung→RTM) 400 TEU/yr contract, P cc'd the CEO in his reply 😎",
                28,
            ),
            Logged(N, "DSV recruiter belde. team lead → manager, +15%. niet gereageerd yet", 21),
            Logged(
                N,
                "1:1 17/11: P vroeg of ik 'ambitie' heb buiten export. said yes vaguely. ugh. should've just said Antwerpen",
                9,
            ),
            Logged(P, "P: bookings portal go-live feb, wants export desk as pilot team", 9),
            Logged(
                F,
                "dwell-time numbers naar P VOOR next 1:1 (promised 'begin december'), still only half done, Q3 data from TOS is rommelig",
                9,
            ),
            Logged(N, "pa weer thuis sinds zondag 🙏 but doing the Breda fridays thru dec prob", 4),
            Logged(
                N,
                "carrier tender: onze input moet vrijdag 4/12 bij procurement zijn. P has to sign off the 3 lanes met negatieve marge or we drop them",
                3,
            ),
            Logged(AG, "Karel intro?? 2 maanden nu. remind without sounding pushy", 2),
            Logged(AG, "Antwerpen — zeggen dat ik het wil. direct. geen 'misschien ooit'", 2),
            Logged(
                AG,
                "moet ik de DSV call noemen?? feels like a threat. maar hij is mijn sponsor, should he know I have options?",
                1,
            ),
            Logged(AG, "sign-off negatieve marge lanes voor vr 4 dec", 1),
        ),
    ),
    Persona(
        "north_sea_galley_supervisor_skip_level",
        "Kasia",
        "catering supervisor (camp boss) on a North Sea platform, offshore catering contractor, Aberdeen",
        "REHIS done + move onshore by summer 2027, dzieci mnie potrzebują",
        "Graeme",
        "contract manager onshore, her manager Donna's boss",
        Role.SKIP,
        monthly(1, 3),
        time(10, 0),
        "Kasia runs the galley on a 3-on/3-off rotation and has a monthly skip-level with the contract manager, next one by Teams from the rig on Thu 3 Dec. She owes him the Christmas menu costing (promised by end of Nov) and fridge temperature logs, a client hygiene audit lands on 8 Dec, and she is torn about raising her manager's last-minute rota changes; back pain and her son's needs are pushing her towards an onshore job.",
        logged=(
            Logged(
                P, "G's big thing this yr = food waste, wants kg/POB/day on the monthly report", 56
            ),
            Logged(
                A,
                "asked G to fund REHIS level 3 food safety — yes, booked for jan in Aberdeen",
                56,
                DONE,
            ),
            Logged(
                N,
                "Donna swapped my rota AGAIN w 4 days notice. 2nd time. missed Franek's komunia 😡",
                40,
            ),
            Logged(
                W, "galley waste down from 1.9 to 1.3 kg/POB/day in Oct. chart in the report", 30
            ),
            Logged(G, "covered night baker 5 nights when Piotr went home sick, no agency cost", 28),
            Logged(F, "send G the temp log printouts from walk-in #2 (the failures 11-14 Oct)", 28),
            Logged(
                N,
                "call w G 5/11 ok. he asked abt christmas menu budget, told him I'd send numbers",
                21,
            ),
            Logged(F, "xmas menu costing to G — promised by end nov!!", 21),
            Logged(
                F,
                "Marek (steward) asked me to ask about his grade, still band 2 after 3 yrs. obiecałam że zapytam",
                18,
            ),
            Logged(
                N,
                "plecy znowu bolą, 12h shifts + the stairs to the stores. not telling anyone offshore obv",
                12,
            ),
            Logged(
                N,
                "client hygiene audit 8 Dec, I'll be on board. Donna says 'just make sure its fine' thanks Donna",
                6,
            ),
            Logged(
                N,
                "fly out Mon 30/11 if weather ok, G said we do the 3rd on Teams from the rig if wifi holds lol",
                4,
            ),
            Logged(
                AG,
                "do I tell G about Donna & the rota changes?? nie chcę iść ponad jej głową but it's every rotation now",
                2,
            ),
            Logged(
                AG,
                "onshore — ask what's coming up in 2027. Kuba's teacher says he needs me around more",
                1,
            ),
        ),
    ),
    Persona(
        "new_primary_sbm_first_peer_chat",
        "Rhian",
        "school business manager (new in post), primary school, Swansea",
        None,
        "Gareth",
        "school business manager at the cluster's secondary school, peer",
        Role.PEER,
        biweekly(2),
        time(15, 45),
        "Rhian started as business manager at a primary school this term and is meeting the experienced SBM at the local secondary for the first time. She has almost nothing logged; the only concrete thing is the local authority budget monitoring return due Fri 4 Dec.",
        logged=(
            Logged(
                N,
                "Mrs Pryce (head) says Gareth at the Gyfun is 'the one to ask' about everything, diolch byth",
                3,
            ),
            Logged(
                AG,
                "LA budget monitoring return due Fri 4 Dec - ask how he does the forecast bit?? 😬",
                1,
            ),
        ),
        first=True,
    ),
    Persona(
        "newcastle_paramedic_icp_application",
        "Tayla",
        "paramedic (4 yrs), state ambulance service, Newcastle NSW",
        "get into the ICP intake for 2027",
        "Marcus",
        "station officer, her direct manager",
        Role.MANAGER,
        weekly(4),
        time(7, 15),
        "Tayla wants to apply for intensive care paramedic training; applications close Mon 7 Dec and Marcus must upload his own referee form, for which she still owes him a draft statement. Mandatory modules are due 30 Nov and an incident report needs fixing; since a paediatric arrest on 17 Nov she is barely sleeping and is afraid that telling him will hurt the endorsement, while he still owes her the peer support contact.",
        logged=(
            Logged(
                P,
                "M's priorities: off-stretcher times at JHH, fatigue mgmt, vehicle checks 100% (we got pinged in the audit)",
                60,
            ),
            Logged(
                A,
                "asked for 3 shifts off for Em's wedding 12-14 Dec — M said no, roster's cooked",
                42,
                DONE,
            ),
            Logged(
                W,
                "ED nurse gave good feedback re the STEMI job, pre-alert + 12 lead done in 6 min",
                35,
            ),
            Logged(
                G,
                "did the vehicle check audit for the whole station sat arvo, found 2 expired drug kits",
                28,
            ),
            Logged(
                A,
                "asked M to be my referee for ICP — yep, but he wants my draft statement first",
                21,
            ),
            Logged(
                A,
                "re-asked about the wedding, M said 'leave it with me, later' — maybe 2 shifts if Josh picks up",
                20,
            ),
            Logged(
                F,
                "told Josh (new grad) I'd do a debrief w him on the cannulation stuff, keeps getting pushed",
                16,
            ),
            Logged(
                F,
                "mandatory manual handling + infection control modules due 30 Nov!!! havent started lol",
                14,
            ),
            Logged(F, "fix the ePCR from the 11th - M said the times dont match CAD", 13),
            Logged(
                N,
                "the paeds arrest on the 17th. rough. sleeping like 3hrs a night since. Sam says talk to someone",
                8,
            ),
            Logged(
                N,
                "ICP applications close Mon 7 Dec 5pm. referee form has to be uploaded by him not me",
                7,
            ),
            Logged(N, "M said he'd send the peer support contact after the debrief. hasnt", 6),
            Logged(N, "ramping at JHH sat night 4.5hrs ffs", 5),
            Logged(
                AG, "do I tell M I'm not sleeping?? dont want him thinking I'm not ready for ICP", 1
            ),
            Logged(AG, "referee form — remind him, send draft statement TODAY", 0.5),
        ),
    ),
    Persona(
        "mendoza_winery_export_uk_push",
        "Valentina",
        "export coordinator at a family winery, Luján de Cuyo, Mendoza",
        "abrir UK para no depender solo de Brasil 🇧🇷 — first UK importer before ProWein 2027",
        "Claire",
        "Master of Wine and former UK supermarket buyer, her mentor through a women-in-wine programme",
        Role.MENTOR,
        monthly(-1, 0),
        time(17, 0),
        "Valentina handles exports for a family winery and is trying to land her first UK importer through an intro her mentor made. Samples must reach the courier by Tue 1 Dec for the importer's tasting on 10 Dec and a phytosanitary certificate is still pending; she owes Claire a fixed GBP price list and is quietly weighing a USD-paid job in Chile, unsure whether to tell the mentor who vouched for her.",
        logged=(
            Logged(
                P,
                "Claire: 'stop discounting to buy volume, you're training Brasil to wait for deals'",
                90,
            ),
            Logged(
                A,
                "le pedí intro a importadores UK — she said yes, intro a Tom (indie importer, Bermondsey)",
                88,
                DONE,
            ),
            Logged(
                G,
                "le mandé notas sobre malbec de altura del Uco para sus MW students, she loved it",
                60,
            ),
            Logged(W, "Tom pidió muestras!! 6 SKUs, tasting w his buyers 10 Dec", 50),
            Logged(
                A,
                "feedback on price list? Claire: 'after you fix the FOB vs ex-cellar mess' 🙈",
                35,
                DONE,
            ),
            Logged(F, "arreglar price list en GBP, FOB Buenos Aires + opción DDP, mandar a C", 35),
            Logged(
                W,
                "Brasil reorder: 2 x 40' containers, el primero SIN descuento!!! gracias Claire",
                25,
            ),
            Logged(
                F,
                "prometí a Don Raúl el informe Brasil (Q3 depletions) — me pregunta todos los días",
                20,
            ),
            Logged(
                N,
                "sueldo en pesos no alcanza, el alquiler subió 40%. mamá también necesita ayuda",
                18,
            ),
            Logged(
                N,
                "una bodega en Colchagua me escribió, export manager, salary in USD 😳 no contesté todavía",
                12,
            ),
            Logged(
                N,
                "muestras a Londres: courier needs them by Tue 1 Dec para llegar antes del 10. certificado SENASA still pending!!",
                3,
            ),
            Logged(
                AG,
                "¿le cuento a Claire lo de Chile? she put her name on the Tom intro... me siento desleal",
                1,
            ),
            Logged(
                AG, "pricing for Tom — what margin do UK indies expect on a £14 shelf bottle?", 1
            ),
        ),
    ),
    Persona(
        "leicester_ortho_tco_pm_track",
        "Priya",
        "treatment coordinator at an independent orthodontic practice, Leicester",
        "move towards practice manager, or at least get the TCO bonus sorted properly",
        "Lena",
        "visiting specialist orthodontist (Dr Fischer), employed by the group not the practice; not Priya's line manager but Priya runs her clinic lists",
        Role.OTHER,
        weekly(1),
        time(12, 45),
        "Priya coordinates new-patient consults and has lifted conversion sharply; she wants a route to practice manager as the current PM may retire. She owes Dr Fischer an overdue-retainer list and a patient a callback by Friday, Dr Fischer owes her script feedback from three weeks ago, a CQC visit is rumoured for early December, and she is newly pregnant with a scan on Mon 30 Nov and unsure whether to say anything before asking about the PM track.",
        logged=(
            Logged(
                P, "Dr F wants aligner case submissions same week as records, not 3 wks later", 40
            ),
            Logged(
                A,
                "asked to sit in on adult new-pt consults to learn the tx options — yes, Thursdays",
                38,
                DONE,
            ),
            Logged(W, "conversion up to 52% in Oct (was 38% in Aug) 🎉", 24),
            Logged(G, "rebuilt the retainer-check recall list in R4, found 63 pts overdue", 20),
            Logged(F, "send Dr F the overdue retainer list w/ who's had 2+ reminders", 14),
            Logged(
                A,
                "Dr F said she'd give feedback on my consult script 'next week'... that was 3 wks ago",
                7,
            ),
            Logged(
                N,
                "CQC rumoured for early dec per Sue (PM). decon room logs are a mess, not my area but",
                5,
            ),
            Logged(N, "12wk scan Mon 30th 🤞 not telling anyone at work yet. exhausted tbh", 3),
            Logged(
                F, "Mrs Kaur — call back re splitting finance over 24 months, promised by Fri", 2
            ),
            Logged(
                AG, "PM track — Sue retiring next yr?? ask Dr F who decides, her or the group", 1
            ),
            Logged(
                AG, "should I mention pregnancy before asking abt PM track?? or after scan??", 0.8
            ),
        ),
    ),
)
