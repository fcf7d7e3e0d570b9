# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 38 (set BL)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH63 = (
    Persona(
        "BL_marisol_electrician_monterrey",
        "Marisol",
        "Electrician apprentice (2nd year), commercial electrical contractor, Monterrey, Mexico",
        "quiero sacar mi certificación y quedar como oficial electricista antes de 2028",
        "Don Beto",
        "Crew foreman and master electrician; her direct supervisor on site, signs off her apprentice hours",
        Role.MANAGER,
        weekly(0),
        time(7, 0),
        "Marisol is the only woman on a nine-person crew wiring a new logistics warehouse in Apodaca. Don Beto signs her apprenticeship log and decides who gets panel and switchgear work. She has seen the crew energize and work on live panels because the client's site engineer is pushing the deadline, and she is uneasy but afraid Beto will think she is slow or 'se está rajando'. Beto does not know she is studying for the certification exam at night.",
        logged=(
            Logged(
                W,
                "Beto me dejó hacer toda la tubería conduit del área de andenes sola, dijo 'quedó derechita mija' 💪",
                52.4,
            ),
            Logged(
                A,
                "le pedí que me firme las horas de julio y agosto p/ la bitácora de aprendiz",
                45.3,
                DONE,
            ),
            Logged(G, "le cubrí el sábado a Chuy pq Beto no tenía gente p/ la nave 1", 38.6),
            Logged(
                A,
                "asked to be on the switchgear install when it arrives, he said 'ya veremos'",
                30.2,
            ),
            Logged(
                N,
                "mi apá dice que me salga y me vaya con mi tío a hacer instalaciones de casas, ni loca",
                20.9,
            ),
            Logged(
                N,
                "Rubén y el Gordo con sus comentarios otra vez en el comedor. ya ni les contesto",
                16.3,
            ),
            Logged(
                P,
                "Beto: terminar tableros de la nave 2 antes del 15 dic, el cliente ya lo trae presionado",
                12.4,
            ),
            Logged(
                N,
                "el ing. Salazar otra vez que no hay tiempo p/ bloquear y etiquetar, que le demos en vivo. Beto no dijo nada. el tablero 3 trae 480V. no me gustó nada",
                9.4,
            ),
            Logged(
                W, "pasé la prueba de megger sin ayuda, el supervisor del cliente me felicitó", 6.3
            ),
            Logged(F, "llevarle las fotos del etiquetado de circuitos de la nave 1", 4.4),
            Logged(F, "pedir copia del diagrama unifilar actualizado antes del lunes", 2.3),
            Logged(
                AG,
                "preguntar si puedo ir al curso de NOM-001 que da la CMIC en enero, lo paga la empresa?",
                1.2,
            ),
            Logged(
                AG,
                "lo del trabajo en vivo... cómo se lo digo sin que piense que me estoy rajando",
                0.7,
            ),
        ),
        tz="America/Monterrey",
    ),
    Persona(
        "BL_kwame_dispatch_tema",
        "Kwame",
        "Dispatch coordinator, freight forwarding and haulage company, Tema, Ghana",
        "I want to move into regional ops planning, maybe at the Lomé hub, within 2 yrs",
        "Madam Owusu",
        "Regional Operations Director; his manager's manager",
        Role.SKIP,
        monthly(1, 2),
        time(9, 30),
        "Kwame coordinates about 40 trucks a day out of Tema port. For months he has quietly done extra work for the director (her dashboard, her slides, covering night dispatch) but has asked her for very little in return, and his one real ask, a sponsored diploma, has gone unanswered. His own manager, Mr Mensah, is often absent and Kwame is being asked to approve things above his level; he is unsure how much to say about that to his skip-level. The director does not know a planning analyst role at the Lomé hub has opened that he wants.",
        logged=(
            Logged(
                G, "built Madam's weekly truck turnaround dashboard in excel, sent sun night", 80.5
            ),
            Logged(
                G,
                "covered night dispatch 3 nights when Yaw was sick, she said thanks on whatsapp 🙏",
                66.2,
            ),
            Logged(
                G,
                "drafted her slides for the Accra HQ quarterly review (empty container returns part)",
                55.4,
            ),
            Logged(
                A,
                "asked if company will sponsor my CILT diploma, she said 'send me something'",
                48.3,
                DONE,
            ),
            Logged(A, "emailed her the CILT proposal GHS 8,400 + study days. no reply", 40.1),
            Logged(
                G,
                "trained the 2 new Takoradi dispatchers on the tracking app, remote, 2 evenings",
                41.6,
            ),
            Logged(P, "Madam: cut demurrage charges 20% by Q1, HQ is on her neck", 35.3),
            Logged(
                G,
                "sent her analysis — 60% of our demurrage is from 3 clients who pick up late",
                28.4,
            ),
            Logged(W, "demurrage down 11% in Oct. she mentioned my name in the ops call!!", 20.3),
            Logged(
                F,
                "she asked for the fuel card reconciliation for Sept, I said I'll look into it",
                19.2,
            ),
            Logged(
                N,
                "Mensah not in office again, 3rd time this month. everybody bringing me things to approve that I'm not supposed to approve",
                14.4,
            ),
            Logged(
                N,
                "wife due in Feb. need to sort paternity leave but dont want Madam to think I'm not serious",
                10.6,
            ),
            Logged(F, "send her the 3 clients late pickup list w amounts before next meeting", 8.3),
            Logged(AG, "Lomé planning analyst role — ask if she would support me", 2.1),
            Logged(AG, "CILT proposal - did she see it?", 1.4),
        ),
        tz="Africa/Accra",
    ),
    Persona(
        "BL_hanna_postdoc_helsinki",
        "Hanna",
        "Postdoctoral researcher in marine microbiology, university research institute, Helsinki, Finland",
        "Tenure track or a permanent researcher post somewhere in the Nordics, my own small group by 2030",
        "Ingrid",
        "Professor of biological oceanography at a university in Bergen; her external mentor through a Nordic women-in-science mentoring programme",
        Role.MENTOR,
        biweekly(3),
        time(15, 0),
        "Hanna is two and a half years into a four-year postdoc in a large lab run by Prof. Lehtonen, her PI. Ingrid is an external mentor with no say over her contract; they meet every other week on Zoom. Hanna is preparing an Academy of Finland fellowship application and is running on very little sleep. Her PI recently proposed leaving a set of valid samples out of a paper's dataset because they 'don't fit', which she is uncomfortable with but has told no one; Ingrid knows nothing about this or about how close Hanna is to burning out.",
        logged=(
            Logged(N, "first session w Ingrid! super warm, told me to stop apologising lol", 86.3),
            Logged(
                A,
                "asked if she'd read my Academy fellowship research plan when ready — yes 🙂",
                86.2,
                DONE,
            ),
            Logged(F, "send Ingrid the 2-page research plan draft by end of Oct", 70.4, DONE),
            Logged(
                P,
                "Ingrid: she's on the ERC panel this year so can't talk about specific ERC calls",
                72.3,
            ),
            Logged(
                G,
                "shared my R pipeline for phage host prediction w Ingrid's group, they're using it now",
                62.1,
            ),
            Logged(
                A,
                "asked about a research visit to Bergen spring 2027 — she'll check w her dept about a guest office",
                57.3,
            ),
            Logged(W, "Baltic cyanophage paper accepted in ISME J!!! 🎉🎉", 50.2),
            Logged(
                N,
                "long talk about kids + career. Ingrid had her first at 38 too. I cried a bit on zoom, so embarrassing",
                43.3,
            ),
            Logged(
                A,
                "asked her to be a referee for the Academy app — yes if the draft is in shape by feb",
                43.2,
                DONE,
            ),
            Logged(
                F, "promised to look up the Tvärminne field course dates for her PhD student", 36.4
            ),
            Logged(N, "teaching next spring = 2 courses, Lehtonen 'volunteered' me. great", 33.1),
            Logged(G, "sent Ingrid the research plan draft (v3)", 29.5),
            Logged(N, "she said comments 'in a week or two'", 28.3),
            Logged(
                P,
                "Ingrid: Bergen wants more female applicants for the 2027 tenure track positions — hint hint?",
                22.2,
            ),
            Logged(
                N,
                "Lehtonen wants to drop the station 7 samples from the dataset bc they 'dont fit the story'. they're NOT contaminated, I checked twice. feels wrong. haven't said anything",
                15.4,
            ),
            Logged(N, "sleeping like 5h. Mikko says I look grey. kiitos Mikko", 12.6),
            Logged(W, "got the Nessling travel grant 4500€ ✈️", 8.2),
            Logged(F, "read Kasper's manuscript (Ingrid's PhD student), told her by 10.12", 5.3),
            Logged(AG, "Bergen visit — any news on the guest office?", 3.1),
            Logged(AG, "research plan comments — still waiting, gently remind?", 2.2),
            Logged(
                AG,
                "station 7 thing... how to handle w/o wrecking things with Lehtonen. is this even mentor territory",
                1.1,
            ),
        ),
        tz="Europe/Helsinki",
    ),
    Persona(
        "BL_deepa_housing_leicester",
        "Deepa",
        "Senior housing caseworker, city council housing options team, Leicester, UK",
        "Get onto the council's Future Leaders programme and be a team manager within 3 years",
        "Gill",
        "Assistant Director of Housing; agreed in the summer to sponsor her application to the leadership programme",
        Role.SPONSOR,
        monthly(1, 1),
        time(12, 30),
        "Deepa handles homelessness prevention cases and informally supports two newer caseworkers. Gill offered in the summer to sponsor her for the Future Leaders programme (applications close in January) but has since gone quiet on several things Deepa asked for. Deepa is also troubled by how another team at the front desk is turning away Roma families, and is unsure whether raising it with her sponsor will help or hurt. Gill does not know a housing association has approached Deepa about a manager job.",
        logged=(
            Logged(
                A,
                "asked Gill to put my name fwd for Future Leaders — 'absolutely, leave it with me'",
                84.2,
                DONE,
            ),
            Logged(A, "asked if I could shadow her at the Housing Board in Oct", 62.3),
            Logged(
                P,
                "Gill: B&B use for families down to zero by March, councillors breathing down her neck",
                55.4,
            ),
            Logged(
                G, "did the B&B families data pull for her — 63 households, avg stay 9 wks", 50.1
            ),
            Logged(
                A,
                "asked her to intro me to Marcus (Head of Strategy) re the temp accommodation review",
                47.3,
            ),
            Logged(F, "write up the 'front door' process map she mentioned", 38.2),
            Logged(W, "Gill quoted my case study in the cabinet briefing (with my name!!)", 30.4),
            Logged(W, "prevented 14 evictions in Oct, highest on the team", 24.3),
            Logged(F, "send Gill a 1-pager on the landlord incentive idea — by 1 Dec", 22.2),
            Logged(
                A,
                "emailed Gill: does my application need a ref from her or from Paul (my TM)? no reply",
                19.1,
            ),
            Logged(
                N,
                "front desk again today, Karen's lot sent a Roma family away without taking a homeless application. 3rd time I've seen it. they were laughing about it after. not ok",
                9.3,
            ),
            Logged(
                N,
                "Clarion HA recruiter rang about a team manager role, £6k more. haven't told anyone",
                6.4,
            ),
            Logged(N, "mum's hip op is 8 Dec, will need 2 days off", 4.2),
            Logged(AG, "chase the Marcus intro + Housing Board shadowing (nicely!!)", 2.3),
            Logged(AG, "the front desk thing - raise w Gill or go to Paul first?", 1.0),
        ),
        tz="Europe/London",
    ),
    Persona(
        "BL_jiwoo_cafe_busan",
        "Ji-woo",
        "Owner-operator of a franchise coffee shop, Haeundae, Busan, South Korea",
        "2호점 내고 싶음 — a second store near Centum City by 2028",
        "Kang 팀장님",
        "Franchise HQ field supervisor (team leader) responsible for her store; visits once a month",
        Role.OTHER,
        monthly(1, 0),
        time(14, 30),
        "Ji-woo has run her franchise café for three years with two part-timers. In September HQ promised to replace her faulty card terminal and refund a spoiled milk delivery; neither has happened. She needs a good evaluation from Kang to be approved for a second store, so she is reluctant to push. Kang does not know her landlord wants a 15% rent rise from March, which would leave the current store barely profitable.",
        logged=(
            Logged(A, "우유 변질 건 (9/3 납품) 환불 요청 ₩384,000 — 팀장님 'check 해볼게요'", 80.3),
            Logged(
                A,
                "POS 단말기 교체 요청 (카드결제 자꾸 끊김) — Kang said HQ will send new one 'next week'",
                70.2,
            ),
            Logged(
                G, "let HQ film the winter menu promo in my store on a sunday, closed 3h 😑", 45.4
            ),
            Logged(
                P,
                "Kang: HQ pushing winter menu (유자 라떼) + stamp app signups, stores ranked by signups",
                40.3,
            ),
            Logged(
                N,
                "POS still not replaced. lost 2 card payments today, customer yelled at 하은",
                33.2,
            ),
            Logged(W, "stamp app signups 212 in Oct — 3rd in Busan region 🥉", 23.4),
            Logged(F, "submit 2호점 pre-application form by 12/15", 18.3),
            Logged(F, "send Kang the part-timers 보건증 copies for the hygiene audit", 12.2),
            Logged(N, "건물주 wants +15% from March 😩 dont know if I should tell HQ", 9.5),
            Logged(
                N,
                "하은 said a customer grabbed her wrist when she asked him to leave at closing. she's 19. I should've been there",
                5.1,
            ),
            Logged(
                AG,
                "POS + 우유 환불 — 3rd time asking, how to say it without sounding like 진상",
                1.5,
            ),
            Logged(AG, "ask what exactly HQ looks at for 2호점 approval", 1.0),
        ),
        tz="Asia/Seoul",
    ),
    Persona(
        "BL_lerato_paramedic_johannesburg",
        "Lerato",
        "Advanced life support paramedic, provincial emergency medical services, Johannesburg, South Africa",
        None,
        "Sipho",
        "Fellow ALS paramedic on the opposite shift; they agreed to an informal fortnightly peer check-in",
        Role.PEER,
        biweekly(4),
        time(18, 30),
        "Lerato has been an ALS paramedic for nine years and recently returned from three months' leave after a difficult call involving a child. She and Sipho have just agreed to meet for coffee every other Friday after shift handover; there is no agenda yet and she has no particular career goal right now. She is worried about faulty equipment going out on calls, and Sipho does not know she has been struggling to sleep since coming back.",
        logged=(
            Logged(N, "Sipho suggested coffee every 2nd fri after handover. ok sharp", 2.6),
            Logged(
                N,
                "ambulance 14 went out with the defib battery on red AGAIN. reported to ops, nothing. someone is going to die",
                1.8,
            ),
            Logged(
                AG,
                "ask him how he handles the nights after a bad call. still not sleeping properly",
                0.6,
            ),
        ),
        tz="Africa/Johannesburg",
        first=True,
    ),
)
