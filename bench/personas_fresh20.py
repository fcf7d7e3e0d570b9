# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 17 (set U)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH20 = (
    Persona(
        "first_skip_hospital_pharmacist_lagos",
        "Seun",
        "junior pharmacist (8 months in) at a public teaching hospital in Lagos",
        None,
        "Mrs Okafor",
        "chief pharmacist, head of department (his supervisor's boss)",
        Role.SKIP,
        monthly(-1, 4),
        time(14, 0),
        "Brand-new user with no goal set, about to have his first ever skip-level with the head of pharmacy (tomorrow). "
        "He is tempted to complain that his direct supervisor keeps rostering him on nights, which could read as going over his supervisor's head.",
        logged=(
            Logged(
                N,
                "mrs okafor wants to see all the new pharms 1 by 1, mine is fri 2pm. no idea wat to say tbh",
                2,
            ),
            Logged(
                N,
                "pharm tunde don put me on nights 3wks straight again 😩 not sure if i shd mention it to her",
                1,
            ),
        ),
        first=True,
    ),
    Persona(
        "senior_geotech_rotterdam_long_history",
        "Sanne",
        "senior geotechnical engineer (9 yrs) at an engineering consultancy in Rotterdam",
        "be the obvious pick for team lead when joost moves up (spring?) - at minimum lead the maashaven quay wall monitoring pkg in 2027",
        "Joost",
        "team lead geotechnics, her line manager",
        Role.MANAGER,
        weekly(1),
        time(9, 0),
        "Three months of messy weekly notes: several vague answers from Joost on the monitoring package and a pay-scale move, 1:1s often cancelled, a review she owes by Friday and a signature she needs before the 10th. "
        "She has been informally sounded out by another team lead and had a sick spell (migraine) she worries looks flaky.",
        logged=(
            Logged(
                A,
                "asked joost if i can take the monitoring pkg for maashaven kades next yr. 'we'll see' 🙄",
                88,
            ),
            Logged(W, "CPT interpretation katendrecht delivered, gemeente v happy w it", 84),
            Logged(N, "j totally distracted, the breda bid is eating him alive", 80),
            Logged(A, "PLAXIS advanced course (€1.8k) - approved!!", 75, DONE),
            Logged(
                G, "covered his slot at the deltares wkshop + wrote up notes for whole team", 70
            ),
            Logged(P, "breda bid. win it. he said it like 3x", 70),
            Logged(F, "send him inclinometer data summary kw2", 63, DONE),
            Logged(N, "1:1 cancelled again. 3rd time this qtr", 56),
            Logged(
                W,
                "caught the error in the settlement calc for parkkade b4 it went to client. could have been v bad",
                49,
            ),
            Logged(A, "salary - asked abt schaal 9 -> 10. 'after the review in jan'", 42),
            Logged(
                N,
                "ruud (other TL) asked if id want to join his team 'informally'?? didnt say anything to J obvs",
                35,
            ),
            Logged(P, "utilisation >80% for everyone in Q4, hes stressed abt it", 28),
            Logged(A, "can i present the parkkade case at geotechniekdag in feb?", 14),
            Logged(W, "passed the plaxis adv cert 🎉", 12),
            Logged(
                F, "KIVI register form - needs his sig as referee, get it to him before the 10th", 9
            ),
            Logged(
                N,
                "ziek 2 dagen last wk (migraine), missed breda kick-off. hope he doesnt think im flaky",
                8,
            ),
            Logged(F, "review mehmet's borehole logs b4 they go out - by fri", 6),
            Logged(AG, "monitoring pkg 2027 - get an actual yes/no this time", 3),
            Logged(AG, "schaal 10: what exactly do i need to show by jan", 3),
        ),
        first=False,
    ),
    Persona(
        "sous_chef_melbourne_gives_everything",
        "Tash",
        "sous chef at a hotel restaurant on Southbank, Melbourne",
        "get better at the business side i guess? costing, menus, that stuff",
        "Jun",
        "pastry sous chef, same level, runs the pastry section",
        Role.PEER,
        biweekly(0),
        time(15, 0),
        "Tash has covered shifts, trained Jun's commis and even vouched for his unfinished menu to the exec chef, but has asked him for almost nothing - though Jun's food-costing skill is exactly what she wants to learn. "
        "The brigade has started joking about how close they are.",
        logged=(
            Logged(G, "covered jun's sat PM, his kid was sick", 40),
            Logged(G, "showed his new commis priya knife skills + brunch mise, 3 mornings", 35),
            Logged(G, "lent him my thermomix for the xmas pud trials", 30),
            Logged(A, "asked if he had a spare piping bag lol", 28, DONE),
            Logged(G, "did his section's order sheet while he was at the supplier thing", 24),
            Logged(N, "jun's costing spreadsheets are insane, every gram costed. want that", 20),
            Logged(G, "stayed back til 1am helping w the wedding croquembouche 🥲", 16),
            Logged(
                P,
                "jun wants his dessert tasting menu on by 15 dec, chef marco hasnt signed off",
                14,
            ),
            Logged(
                G,
                "marco asked me if jun's tasting menu was ready, said yes. kinda stretched it",
                10,
            ),
            Logged(N, "someone on the pass called us 'the married couple' lol. bit awks", 7),
            Logged(G, "swapped my day off so he could go to his kid's concert", 4),
            Logged(AG, "ask him abt the costing?? maybe. idk", 2),
        ),
        first=False,
    ),
    Persona(
        "junior_architect_cdmx_only_asks",
        "Daniela",
        "junior architect (2 yrs) at a small residential studio in Mexico City",
        "decide if i move to a big despacho next year + get my portfolio ready for it",
        "Lucía",
        "partner at another firm, her mentor through a professional mentoring programme",
        Role.MENTOR,
        monthly(1, 2),
        time(18, 30),
        "Daniela has only ever asked Lucía for things (reviews, an intro, a reference, salary info) and never followed up on the intro Lucía made. "
        "Lucía is under pressure with a museum competition due mid-December and seemed short with her last time.",
        logged=(
            Logged(A, "asked lucia to review my portfolio pdf", 62, DONE),
            Logged(A, "pedí intro con alguien en un despacho grande", 55, DONE),
            Logged(N, "she intro'd me to gerardo at her old firm and i never wrote him 😬😬", 40),
            Logged(A, "reference letter for the vivienda CDMX competition, asked her", 33),
            Logged(
                A, "can she check my cover letter en inglés? for the foster+partners job lol", 27
            ),
            Logged(P, "she's doing the concurso for the museo in oaxaca, entrega mid dec", 27),
            Logged(A, "asked how much big despachos pay a jr w 2 yrs", 20, DONE),
            Logged(N, "se veía medio cortante conmigo last time, prob the concurso", 20),
            Logged(A, "ask her to look at my renders again?", 5),
            Logged(AG, "reference letter - did she write it??", 2),
            Logged(AG, "big firm or not, need her honest take", 2),
        ),
        first=False,
    ),
    Persona(
        "ngo_procurement_nairobi_owes_deadlines",
        "Wanjiru",
        "logistics & procurement coordinator at an international humanitarian NGO, Nairobi country office",
        "get henrik to put my name forward for the regional supply chain manager post in addis (closes 15 dec)",
        "Henrik",
        "country director, her sponsor (not her line manager)",
        Role.SPONSOR,
        monthly(2, 1),
        time(11, 0),
        "Henrik agreed in principle to back her for a regional role but wants to see her deliver first, and she owes him four things with deadlines from tomorrow to the 10th. "
        "Her line manager resents her going direct to Henrik, and her notes mention school fees and a car loan.",
        logged=(
            Logged(A, "asked henrik if he'd put my name fwd for the addis RSCM role", 30),
            Logged(
                N, "he said yes in principle but wants to see me 'own' the donor audit first", 30
            ),
            Logged(W, "closed framework agreement w 3 suppliers, ~14% saving on NFIs", 25),
            Logged(F, "share the kakuma warehouse photos he asked for", 21, DONE),
            Logged(G, "prepped his briefing pack for the regional directors visit", 18),
            Logged(F, "fleet disposal paper - promised him end of month", 16),
            Logged(P, "clean ECHO audit. nothing else matters to him till jan", 12),
            Logged(P, "localisation - wants local procurement share up", 12),
            Logged(
                F, "intro him to otieno (kengen logistics) re fuel framework - i said next week", 10
            ),
            Logged(N, "faith (my LM) not happy i go direct to henrik. awkward af", 8),
            Logged(N, "school fees due 4 dec + car loan, really need the grade jump ngl", 6),
            Logged(F, "cost comparison of the 3 freight forwarders before the 10th", 5),
            Logged(F, "send him the ECHO audit response draft by fri", 3),
            Logged(AG, "is my name actually on the list for addis?? closes 15 dec", 1),
        ),
        first=False,
    ),
    Persona(
        "night_supervisor_poznan_sensitive",
        "Kasia",
        "night shift supervisor at a 3PL distribution centre near Poznań",
        "get moved to day shift by feb",
        "Marek",
        "operations manager, her line manager",
        Role.MANAGER,
        weekly(0),
        time(6, 30),
        "Kasia wants a firm date to move to days; her notes mix work with a back injury, a custody hearing, a payday loan, a conflict with another team lead, an unanswered job offer from a rival site, and signs of real distress. "
        "Marek's focus is Black Friday peak and cutting agency headcount in January.",
        logged=(
            Logged(A, "asked marek abt moving to days, 'maybe Q1'", 45),
            Logged(W, "peak week: 0 lost time injuries on my shift, pick rate 112%", 38),
            Logged(N, "back killing me again, physio says nights dont help. L4 for 3 days", 33),
            Logged(N, "custody hearing 14 dec, need the day off, dont want to say why", 28),
            Logged(N, "darek (B shift TL) shouting at my agency guys again. HR? not yet", 24),
            Logged(P, "black friday no missed cut-offs, agency headcount down in jan", 21),
            Logged(G, "stayed 3h over to cover when darek's shift was short", 20),
            Logged(N, "DHL in stryków offered me day supervisor +800 zł. havent answered", 12),
            Logged(N, "wzięłam chwilówkę for the lawyer, głupie wiem", 10),
            Logged(A, "asked for 14 dec off, he said ok put it in the system", 7, DONE),
            Logged(F, "agency hours reconciliation to him by fri", 4),
            Logged(N, "cant sleep, cried in the car after shift 2x this wk. not ok tbh", 3),
            Logged(AG, "day shift - need a real date", 1),
            Logged(AG, "darek thing?? or leave it", 1),
        ),
        first=False,
    ),
)
