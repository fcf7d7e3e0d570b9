# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 21 (set AC)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH28 = (
    Persona(
        "staff_nurse_leeds_revalidation_and_stalled_band6_secondment",
        "Marites",
        "band 5 staff nurse, acute medical unit, Leeds teaching hospital",
        "get my band 6 within the year and do less nights",
        "Joanne",
        "ward manager on AMU, her line manager",
        Role.MANAGER,
        biweekly(4),
        time(14, 0),
        "Filipino nurse four years into the NHS, long and messy log mixing Tagalog. Her NMC revalidation is due 1 Dec and needs Joanne's sign-off; the band 6 secondment ask keeps getting 'we'll see'. She covers shifts constantly, sends money home for her mum, has a colleague taking credit for her obs, and holds a colleague's pregnancy in confidence.",
        logged=(
            Logged(
                A,
                "asked J if i can do the NMP course (non medical prescribing) next intake. she said after Q1 budget so april earliest",
                110,
            ),
            Logged(G, "covered Sat long day for Priya bc J was stuck, 3rd time this month", 104),
            Logged(N, "naku mama's BP again, sent £300 home for her meds. tight month", 98),
            Logged(W, "sepsis audit bay C 100% compliance, J mentioned it at huddle :)", 92),
            Logged(A, "ask for less nights in Dec - done 11 nights in Oct", 85, DONE),
            Logged(
                P, "J says her big thing this winter = discharges before 11am. flow flow flow", 78
            ),
            Logged(
                G, "made the discharge lounge checklist for J, shes using it for all bays now", 71
            ),
            Logged(
                N,
                "Dean on nights keeps leaving his obs for me then charts them as his. dont want to make it a thing but grabe",
                66,
            ),
            Logged(A, "asked about band 6 secondment on respiratory. J: 'leave it with me'", 59),
            Logged(
                N,
                "Priya told me she's pregnant, not telling anyone til 12wks. so she prob wont do the nights swap after all",
                50,
            ),
            Logged(G, "helped the 2 new intl nurses w OSCE prep, 3 evenings after shift", 44),
            Logged(F, "send J the updated IV competency list for new starters", 37, DONE),
            Logged(
                N,
                "pagod na ako. back killing me, hoist in bay B still broken, datix'd it twice",
                30,
            ),
            Logged(A, "asked J to chase estates re hoist bay B", 23),
            Logged(W, "passed my IV cannulation sign off finally!!", 16),
            Logged(N, "Dean thing again on tues. told him direct. he was weird w me all shift", 12),
            Logged(
                F,
                "NMC revalidation due 1 Dec!!! need J to do reflective discussion + sign confirmation form before",
                9,
            ),
            Logged(
                A,
                "asked J in corridor any news on resp secondment, she said 'we'll see, maybe new year'",
                5,
            ),
            Logged(AG, "revalidation sign off fri pls pls. or mon latest", 2),
            Logged(AG, "dean?? raise it or not. bahala na", 1),
        ),
        first=False,
    ),
    Persona(
        "chef_de_partie_lyon_mentor_only_asks_before_interview",
        "Théo",
        "chef de partie (garde-manger), brasserie in Lyon",
        "ouvrir mon propre bistrot un jour... genre dans 5 ans? jsp",
        "Mireille",
        "retired head chef who trained him, informal mentor",
        Role.MENTOR,
        monthly(-1, 0),
        time(15, 0),
        "Young chef who only ever asks his old mentor for things: intros, pans, a reference, a loan contact. He has a sous-chef interview on Tuesday 1 Dec, the day after the meeting, and still no reference. He lost money on a pop-up and is upset by his head chef bullying commis.",
        logged=(
            Logged(
                A,
                "demandé à Mireille si elle connait qqn chez Troisgros pour un stage 🙏 elle a dit pas avant le printemps 😅",
                88,
            ),
            Logged(A, "asked her to look at my pop-up menu, she said send it", 60),
            Logged(F, "envoyer le menu du pop-up à Mireille", 58, DONE),
            Logged(A, "can i borrow her copper pans for the pop-up 🥘", 45, DONE),
            Logged(N, "pop-up ok, 34 couverts mais -400€ 💸 lol. pas un mot au chef", 31),
            Logged(
                A,
                "asked M for intro to her banker friend at Crédit Agricole, for a small loan one day",
                30,
            ),
            Logged(
                N,
                "Laurent screaming again at the commis, Sami cried in the chambre froide. je sais pas quoi faire",
                20,
            ),
            Logged(
                A,
                "demandé si elle peut m'écrire une référence pour le poste de sous-chef (Le Kitchen Café)",
                14,
            ),
            Logged(W, "got the sous chef interview!!! 🎉🎉 mardi 1er déc", 6),
            Logged(
                AG,
                "banker intro again + la référence AVANT mardi + maybe she can do a mock interview?",
                3,
            ),
            Logged(AG, "demander si elle peut goûter ma nouvelle terrine de campagne", 1),
        ),
        first=False,
    ),
    Persona(
        "trainee_solicitor_edinburgh_sponsor_named_on_form_due_friday",
        "Isla",
        "second-year trainee solicitor, commercial law firm, Edinburgh",
        "Qualify into the construction disputes team in September 2027.",
        "Graham",
        "partner in construction disputes who has informally backed her for an NQ role",
        Role.SPONSOR,
        monthly(-1, 3),
        time(16, 0),
        "Meeting is today; her final-seat preference form is due tomorrow at 5pm and she has emailed Graham asking to name him as supporting partner, with no reply. She has done a lot of unpaid-by-seat work for his team. Her father's dementia diagnosis and a supervisor's confidential move are in the log but are not his business.",
        logged=(
            Logged(
                P,
                "G: firm wants more adjudication work from housebuilders. Trainees who can draft referral notices are 'gold'.",
                96,
            ),
            Logged(
                A,
                "Asked G whether construction will take an NQ in Sept 27. 'Likely one, possibly two. Depends on Q1 numbers.'",
                90,
            ),
            Logged(G, "Drafted chronology for Harcourt adjudication over weekend. 140 docs.", 82),
            Logged(
                W,
                "Harcourt: adjudicator found for client on all heads. G copied me into thank-you to client.",
                70,
            ),
            Logged(G, "Prepped slides + handout for G's RICS breakfast talk.", 63),
            Logged(
                A,
                "Asked G to let me attend Morrow Homes client meeting, not just take the note.",
                55,
                DONE,
            ),
            Logged(
                N,
                "Dad's diagnosis confirmed. Vascular dementia. Mum coping, just. May need Fridays in Inverness some weeks.",
                47,
            ),
            Logged(
                N,
                "Fiona (employment seat supervisor) told me in confidence she's off to another firm in Jan. Do not mention.",
                40,
            ),
            Logged(F, "Send G research note on adjudication timetable changes.", 33, DONE),
            Logged(
                A,
                "Asked G to put a word in with training partner re final seat in construction. 'I'll mention it. No promises.'",
                26,
            ),
            Logged(
                N,
                "Final-seat preference form due Fri 27 Nov, 5pm. Construction first, real estate second?",
                12,
            ),
            Logged(
                G,
                "Reviewed 3 subcontract bundles for G's team while they were short. Not my seat.",
                8,
            ),
            Logged(A, "Emailed G: OK to name him as supporting partner on the form? No reply.", 4),
            Logged(
                AG,
                "Confirm he's OK to be named before tmrw 5pm. Ask what would strengthen the NQ case.",
                1,
            ),
            Logged(AG, "Fridays. Raise with G or go to HR first?", 1),
        ),
        first=False,
    ),
    Persona(
        "night_team_leader_tilburg_first_skip_level_peak_week",
        "Kasia",
        "night shift team leader, e-commerce distribution centre, Tilburg (NL)",
        "move to days and get to shift manager",
        "Ruud",
        "site operations director, her manager's manager",
        Role.SKIP,
        monthly(1, 2),
        time(7, 0),
        "First skip-level ever, set up by HR, right after Black Friday peak. She wants to raise staffing and broken scanners and her own move to days, but her manager Erik doesn't know she wants to move and she doesn't want to undercut him. Almost no history.",
        logged=(
            Logged(
                N,
                "HR set up skip level w Ruud 🙂 first one. nie wiem co mam mówić. Erik doesnt know i want days",
                6,
            ),
            Logged(
                AG,
                "peak = black friday this fri, we're 18 agency short on nights. tell him? + scanner guns ~30% dead batteries",
                2,
            ),
            Logged(
                AG, "ask about days + how to get shift manager. but NOT throw Erik under the bus", 1
            ),
        ),
        first=True,
    ),
    Persona(
        "chemistry_teacher_sao_paulo_peer_takes_the_credit",
        "Wanjiru",
        "chemistry teacher, state secondary school (escola estadual), São Paulo",
        None,
        "Rodrigo",
        "physics teacher; they co-run the science fair and share the lab",
        Role.PEER,
        weekly(1),
        time(17, 45),
        "Kenyan-born teacher in Brazil who does nearly all the work of a shared science fair and lab while her peer gets thanked by the director. No stated goal. Reagents for the regional stage on 10 Dec are still not ordered, grades are due 4 Dec, she has taken a Saturday second job for rent money, and she holds his confidential application for coordinator.",
        logged=(
            Logged(
                G,
                "fiz o cronograma todo da feira de ciências pra nós dois. Rodrigo said 'valeu' lol",
                75,
            ),
            Logged(
                G,
                "cleaned + inventoried the lab alone on saturday, 3h. ninguém pediu mas alguém tinha que",
                68,
            ),
            Logged(P, "R quer projeto de robótica na feira pq o diretor gosta", 61),
            Logged(G, "wrote the grant form for the Arduino kits. his idea, my 6 pages", 54),
            Logged(A, "pedi pro R corrigir as provas do 2º B junto comigo. he said sure", 47),
            Logged(G, "covered R's 3 aulas when his kid was sick, tranquilo", 40),
            Logged(
                N,
                "R told me he's applying for coordenador pedagógico. não é pra contar pra ninguém",
                33,
            ),
            Logged(
                W,
                "feira: 41 projetos, Ana's group from 1º A got the regional spot!! first time for our school 🎉",
                26,
            ),
            Logged(
                N, "diretor thanked R in assembly for 'organizing' the feira. fiquei quieta.", 19
            ),
            Logged(
                A,
                "asked R to do the reagent order this time, I did the last 3. 'ah, vejo isso semana que vem'",
                12,
            ),
            Logged(N, "cursinho aos sábados começou. aluguel subiu, dinheiro tá apertado", 9),
            Logged(F, "notas do 4º bimestre no sistema até sexta 4/12", 3),
            Logged(AG, "reagents STILL not ordered and regional is 10/12. falo ou não falo?", 1),
        ),
        first=False,
    ),
    Persona(
        "paper_conservator_mexico_city_coach_unsure_about_management",
        "Lucía",
        "senior paper conservator, national library, Mexico City",
        "no sé... maybe head of department? or maybe I just want to stay at the bench",
        "Helen",
        "executive coach assigned through the library's women-in-leadership programme",
        Role.OTHER,
        biweekly(0),
        time(9, 0),
        "Coaching relationship, mostly notes rather than asks. Her department head's retirement is an open secret, she is torn about applying, and her written objection to a risky manuscript loan is due at noon on the day of the session. Her sister's IVF trip and a heated conflict with a colleague are logged in passing.",
        logged=(
            Logged(
                N,
                "first session with Helen. she asked what I want in 2 years. no supe qué decir.",
                50,
            ),
            Logged(F, "homework: 'energy audit' of one week, send before next session", 49, DONE),
            Logged(
                A,
                "asked Helen if sessions can move to mornings, afternoons are my good lab light. she said yes from Dec",
                35,
            ),
            Logged(
                N,
                "Javier (jefe de departamento) retires in June. todos lo saben pero no es oficial",
                28,
            ),
            Logged(
                N,
                "pelea con Begoña over the códice loan, she wants it to travel, I said no, humidity. en plena reunión. fue feo.",
                21,
            ),
            Logged(
                W,
                "condition report for the códice facsimile accepted by the ministry, zero changes",
                14,
            ),
            Logged(
                N,
                "mi hermana otra vez IVF, I'm going with her to Guadalajara 3 Dec. no digo nada en el trabajo",
                8,
            ),
            Logged(AG, "do I apply for jefa when Javier goes?? talk with Helen", 3),
            Logged(F, "loan committee votes Tue 1 Dec, my written objection due Mon 30 Nov 12h", 2),
        ),
        first=False,
    ),
)
