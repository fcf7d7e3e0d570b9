# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 34 (set BC)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH54 = (
    Persona(
        "BC_manila_icu_charge_nurse",
        "Maricel",
        "ICU day-shift charge nurse, private tertiary hospital, Quezon City, Philippines",
        "Be ready for the Senior Charge Nurse post when it opens in Q1 and get the hospital to sponsor my CCRN review.",
        "Ma'am Joy",
        "Nurse Manager of the ICU/CCU; Maricel's direct manager",
        Role.MANAGER,
        weekly(4),
        time(13, 30),
        "Maricel has been an ICU nurse for 7 years and day-shift charge nurse for one; Ma'am Joy has hinted she would back her for a Senior Charge Nurse post expected in Q1 2027. The unit has lost nurses to the UK and Saudi and day shift has been running 1:3 ratios, which Maricel thinks is unsafe (there was a heparin near miss). She has a conditional NHS offer from Leicester that she must answer by 4 December and has not told Ma'am Joy; her mother's dialysis is a big reason she hesitates to leave. She wants to push on staffing and on her own growth without disclosing the offer before she has decided.",
        logged=(
            Logged(
                A,
                "asked Ma'am Joy if hospital can sponsor my CCRN review course (₱18,500). she said she'll check w/ CNO",
                48,
            ),
            Logged(
                G,
                "made laminated sepsis bundle checklist cards for all 14 beds + sent her the pdf so other units can copy",
                45,
            ),
            Logged(
                W, "code blue bed 4, ROSC in 6 mins. Dr. Santos thanked the team sa huddle 🙏", 41
            ),
            Logged(
                N,
                "3 more resignations effective Dec 1 — 2 to UK (Leicester), 1 Riyadh. day shift will be 5 RNs for 14 beds kung walang replacement",
                38,
            ),
            Logged(
                A,
                "asked for 2 float RNs from med-surg for December while the new hires are onboarding",
                34,
            ),
            Logged(
                P,
                "Ma'am Joy: #1 is the DOH/PhilHealth accreditation visit Dec 10 — charts, crash cart logs, IC audit all complete",
                34,
            ),
            Logged(F, "promised Ma'am Joy: audit Oct crash cart check logs, all 3 carts", 34, DONE),
            Logged(G, "covered night charge Sat & Sun (Oct 31, Nov 1) kasi nagkasakit si Rhea", 24),
            Logged(W, "my 3 new grads all passed their 3-month competency checklist 🎉", 22),
            Logged(
                N,
                "UK offer came thru!! Band 5, Leicester, conditional. need to reply by Dec 4. hindi ko pa sinasabi kay Ma'am Joy. Mama's dialysis 3x a week though 😔",
                19,
            ),
            Logged(
                N,
                "near miss: heparin drip rate wrong after handover (nurse had 4 pts). I caught it on rounds. filed IR",
                15,
            ),
            Logged(A, "asked again re CCRN sponsorship — still w/ CNO daw", 13),
            Logged(
                AG,
                "staffing ratio — 1:3 on days most of the last 2 wks + the Nov 11 near miss. need a real answer, not just 'we're hiring'",
                12,
            ),
            Logged(N, "Joy: 1 float RN approved, Dec 1-15 only. better than nothing", 8),
            Logged(P, "Joy wants me to lead the unit's part of the mock survey on Dec 3", 6),
            Logged(F, "send Ma'am Joy the Dec day shift schedule draft by Mon Nov 30", 6),
            Logged(F, "BLS/ACLS expiry list for whole unit → HR by Dec 5", 6),
            Logged(F, "check w/ Rhea if ok na sya bumalik sa nights, she had dengue", 5),
            Logged(
                W,
                "mock code drill on our unit, 4 mins to first shock, fastest sa buong hospital",
                3,
            ),
            Logged(
                N,
                "Leicester recruiter emailed, confirm by Dec 4 or they give the slot to the next candidate. kinakabahan ako",
                1.3,
            ),
            Logged(AG, "ask where the Senior Charge post stands — when posted? criteria?", 1),
            Logged(AG, "CCRN sponsorship — 3rd time asking 😅", 0.3),
        ),
        tz="Asia/Manila",
    ),
    Persona(
        "BC_riyadh_site_hse_engineer",
        "Faisal",
        "HSE engineer, main contractor on a residential development, Riyadh, Saudi Arabia",
        "I want to become HSE lead for the project and make sure near misses on Package C get reported the right way.",
        "Eng. Tarek",
        "Project Director; Faisal's skip-level (Faisal reports to Hani, the Package C site manager)",
        Role.SKIP,
        biweekly(6),
        time(8, 0),
        "Faisal is a Saudi HSE engineer four years out of university, on Package C of a large residential project; the site works Sunday to Thursday plus Saturdays. His manager Hani has twice told him to log incidents as housekeeping observations rather than near misses so the package's safety KPI stays green before the client HSE audit on 8 December. Faisal wants to raise this with the project director factually, without it turning into a complaint about Hani, and also wants Tarek's backing for the project HSE lead role that opens when the current lead leaves in February. Tarek knows his heat-stress programme work but nothing about the reporting pressure.",
        logged=(
            Logged(
                P,
                "Eng Tarek priorities: zero LTI till handover, client HSE audit Dec 8, Saudization %",
                30,
            ),
            Logged(
                G,
                "sent Tarek the heat stress program close-out (Jun–Sep): 0 heat illness cases, 1,900 workers covered",
                29,
            ),
            Logged(A, "asked Tarek if company can pay NEBOSH IGC in January", 28),
            Logged(W, "Package C got the client's monthly HSE award for October 🏆", 24),
            Logged(
                N,
                "near miss: rebar bundle slipped from sling during tower crane lift, fell from L6. exclusion zone was empty alhamdulillah",
                17,
            ),
            Logged(
                N,
                "Hani told me log it as housekeeping obs not NM — 'we don't need noise before the audit'. 2nd time this month",
                16,
            ),
            Logged(
                N,
                "scaffolding subcon crew on nights doing 12h+ 6 days/wk, some guys look exhausted. worried someone falls",
                12,
            ),
            Logged(F, "toolbox talk for scaffold crew in Urdu/Hindi — Imran translating", 11, DONE),
            Logged(F, "send Tarek the draft audit readiness checklist by Thu Dec 3 inshallah", 10),
            Logged(
                W,
                "evacuation drill Package C: 412 workers mustered in 7 min, fastest on the project",
                4,
            ),
            Logged(
                AG,
                "how to raise the NM reporting issue — facts + dates only, not about Hani personally",
                3,
            ),
            Logged(AG, "HSE lead role — Mr. Graham leaving in Feb? is there a path for me", 2),
        ),
        tz="Asia/Riyadh",
    ),
    Persona(
        "BC_saopaulo_transport_planner",
        "Camila",
        "Logistics analyst (transport planning), e-commerce distribution center, Cajamar SP, Brazil",
        "Quero decidir se começo o MBA em supply chain em 2027 ou se foco em virar coordenadora primeiro.",
        "Renata",
        "Senior operations manager at another distribution center of the same company; Camila's mentor in the internal mentoring program",
        Role.MENTOR,
        monthly(1, 2),
        time(18, 30),
        "Camila joined the company's mentoring program two weeks ago and was matched with Renata, who runs a DC in another state; they have not met yet and their first session is the first Wednesday of December, just after the Black Friday peak. Camila has logged only a few things so far. Renata knows her only from the program profile.",
        logged=(
            Logged(
                N, "programa de mentoria: match com Renata (CD Extrema). 1a sessão 2/dez 18h30", 8.6
            ),
            Logged(
                AG,
                "MBA USP/Esalq (R$ 38 mil, começa em março) vs esperar a vaga de coordenadora — what would she do?",
                5.5,
            ),
            Logged(F, "mandar meu CV + LinkedIn pra Renata antes da sessão", 5.4),
            Logged(
                W,
                "meu modelo de roteirização p/ Black Friday aprovado pelo gerente — projeção -11% custo de frete/pedido vs plano 2025",
                2.4,
            ),
        ),
        tz="America/Sao_Paulo",
        first=True,
    ),
    Persona(
        "BC_lagos_audit_senior_sponsor",
        "Tobi",
        "Audit senior (assurance), mid-size accounting firm, Lagos, Nigeria",
        "Make Assistant Manager in the January 2027 promotion round.",
        "Mrs Adebayo",
        "Audit partner who offered to sponsor Tobi for promotion; not in his reporting line",
        Role.SPONSOR,
        monthly(1, 4),
        time(7, 30),
        "Tobi is in his fifth year at the firm and is up for Assistant Manager; the partners' promotion panel sits on 11 December. Mrs Adebayo offered in September to sponsor him, but several things he sent her (his promotion case, a request to lead a bank client, a question about the salary review) have had no reply, and he can't tell whether she is busy or cooling off. Money is tight: the naira's fall has eaten into his pay, rent is due in January and he pays his siblings' school fees. A teammate, Ada, has told him in confidence that she is pregnant and can't do the December night stocktakes; she hasn't told the firm.",
        logged=(
            Logged(
                P,
                "Mrs A: wants seniors who can run a job end-to-end w/o the manager + fewer overruns on fixed-fee jobs",
                55,
            ),
            Logged(A, "sent Mrs A my 1-page promotion case, asked her to review before panel", 40),
            Logged(
                G,
                "stayed back Saturday to finish her insurance client's IFRS 17 disclosure review when her senior was sick",
                38,
            ),
            Logged(
                W,
                "Delta Foods audit signed off 3 days early, 6% under budget — first job I ran end-to-end",
                33,
            ),
            Logged(G, "trained 4 associates on IDEA data analytics, 2 sessions", 26),
            Logged(A, "asked if I can lead the Crestline MFB year-end audit (FY2026)", 24),
            Logged(
                A, "asked her if the Jan salary review will factor in the naira devaluation", 17
            ),
            Logged(
                N,
                "still no reply on promotion case or Crestline. she's on the Abuja client most weeks sha",
                14,
            ),
            Logged(
                N,
                "Ada told me she's pregnant, ~14 wks, hasn't told HR. asked me to keep it quiet. she can't do the Dec night stocktake at the Lekki warehouse",
                12,
            ),
            Logged(
                F,
                "promised Ada I'll rework the Dec stocktake rota so she's not on nights — without saying why",
                11,
            ),
            Logged(
                N,
                "landlord wants 2 yrs rent upfront for Jan renewal, ₦4.8m. wahala. + Tola & Kemi school fees",
                9,
            ),
            Logged(
                G,
                "did the audit methodology section of her pitch deck overnight for her Friday pitch",
                7,
            ),
            Logged(
                F,
                "send Mrs A the updated promotion case w/ Delta Foods numbers before panel on Dec 11",
                5,
            ),
            Logged(W, "Crestline interim planning memo done — Mr Okoro said 'excellent work'", 3),
            Logged(AG, "has she read my case? what will the panel ask me?", 2),
            Logged(AG, "is the Crestline lead still possible?", 1.9),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "BC_waterschap_planner_peer",
        "Sanne",
        "Asset planning lead, regional water authority (waterschap), 's-Hertogenbosch, Netherlands",
        "Get planning and maintenance working from one shared schedule before the spring works season.",
        "Joost",
        "Maintenance team lead at the same water authority; Sanne's peer (both report to the head of Assets)",
        Role.PEER,
        biweekly(3),
        time(13, 0),
        "Sanne and Joost set up a fortnightly lunch-walk 1:1 to line up planning and maintenance. Since September Sanne has covered a lot for Joost, whose father is in a hospice (he told her in confidence; the team doesn't know), and almost nothing has come back the other way; she is starting to feel it, going into the winter high-water season and with the pumping station replacement tender due in January. She wants to stay kind but get clear agreements, especially on his team's input to the tender.",
        logged=(
            Logged(
                G, "took over the weekly dike inspection rota for J's team while he was out", 50
            ),
            Logged(
                P,
                "J: wil dat projecten werkorders minstens 2 weken vooruit aanleveren, no more last-minute stuff for his guys",
                42,
            ),
            Logged(
                G,
                "wrote the onderhoud section of the Waterbeheerprogramma input myself bc J had no time",
                40,
            ),
            Logged(G, "presented J's gemaalstoringen numbers at the MT in his place", 31),
            Logged(
                A,
                "vroeg J om onderhoudseisen voor tender gemaal De Baarzen — internal deadline Fri 11 dec",
                21,
            ),
            Logged(
                N,
                "J's vader ligt in een hospice, told me in confidence. NOT for the team. he's off most Mondays",
                20,
            ),
            Logged(
                G,
                "swapped my piketdienst weekend (28-29 nov) with J so he can be at the hospice",
                13,
            ),
            Logged(G, "drafted joint planning calendar v0.3, sent to J for comments", 10),
            Logged(A, "asked J to review calendar v0.3 — geen reactie", 6),
            Logged(
                N,
                "ik merk dat ik er een beetje klaar mee ben. so much given since sept, ~nothing back. not his fault though",
                4,
            ),
            Logged(
                F,
                "promised <@U05MRKV21> the list of who from J's team is on call for the hoogwateroefening on 8 dec",
                3,
            ),
            Logged(
                AG,
                "honest but kind: can we split the tender input — he does onderhoudseisen, I do the rest?",
                1,
            ),
            Logged(AG, "first ask how his dad is doing", 0.9),
        ),
        tz="Europe/Amsterdam",
        names={"U05MRKV21": "Marieke de Vries"},
    ),
    Persona(
        "BC_winnipeg_credit_union_bm",
        "Denise",
        "Branch manager, credit union, Winnipeg, Manitoba, Canada",
        None,
        "Priya",
        "HR business partner for the retail region; monthly check-in, not in Denise's reporting line",
        Role.OTHER,
        monthly(2, 1),
        time(15, 30),
        "Denise has run the St. Vital branch for six years and meets Priya, the regional HR business partner, monthly about people issues, leave and accommodations. She is having a hip replacement on 14 January and needs her leave paperwork and a coverage plan (her regional director Gord wants it by 4 December). A teller, Kayla, has told her she left an abusive partner, and the ex came into the branch asking for her last Friday; Denise wants to know what the employer can do to keep Kayla safe. Priya has sent the leave forms but hasn't answered the safety question.",
        logged=(
            Logged(W, "branch hit 118% of Q3 member growth target, best in the region", 35.3),
            Logged(
                N,
                "hip replacement booked Jan 14 at Concordia. 6-8 wks off. Gord knows, haven't told the team yet",
                25.3,
            ),
            Logged(
                A, "asked Priya for the STD forms + what my leave looks like pay-wise", 22.3, DONE
            ),
            Logged(F, "STD forms to Dr. Whitfield's office by Dec 15", 20.2),
            Logged(
                N,
                "Kayla (teller) told me she left her partner, staying w/ her sister in Transcona. he has come by the branch before. asked not to be on close",
                16.3,
            ),
            Logged(F, "move Kayla off Thurs late shift thru Dec", 16.2, DONE),
            Logged(
                A,
                "asked Priya: what's our protocol if a staff member's ex shows up? safety plan template? EAP contact for Kayla?",
                15.3,
            ),
            Logged(N, "Priya sent the STD forms. nothing on the Kayla question yet", 13.3),
            Logged(
                F,
                "coverage plan to Gord by Fri Dec 4: Tanya acting BM, need a float MSR from Regent branch",
                10.3,
            ),
            Logged(
                N,
                "the ex came in Fri around 4, asked for Kayla. Marcus said she wasn't in, he left. logged it w/ security. -24 out and he waited in the vestibule 20 min",
                5.3,
            ),
            Logged(
                AG,
                "Kayla safety — panic button at her wicket? trespass notice? walk to car at close? what can we do as employer",
                1.3,
            ),
            Logged(AG, "acting pay for Tanya while I'm off — who approves & when", 1.2),
        ),
        tz="America/Winnipeg",
    ),
)
