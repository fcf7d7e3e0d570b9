# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 52 (set CO)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH92 = (
    Persona(
        "CO_thandiwe_electrician_durban",
        "Thandiwe",
        "Electrical site supervisor at a mid-size electrical contractor doing commercial fit-outs, Durban",
        "Get my Master Installation Electrician ticket and run my own sites within 2 yrs",
        "Pieter",
        "Contracts manager at the firm and her direct line manager; he oversees five sites.",
        Role.MANAGER,
        weekly(0),
        time(6, 45),
        "Thandiwe, 34, supervises a team of six electricians on a retail-centre fit-out in Umhlanga. Three weeks ago she asked Pieter whether the company would pay for her Master Installation Electrician course and exam (about R18k); he said he'd take it to Riaan, the owner, and has not come back — registration closes 15 January. She owes him the Certificate of Compliance pack for Block B by 2 December, ahead of the 4 December handover, and is waiting on test sheets from a colleague. Win: the Block A distribution boards passed municipal inspection first time. Pieter's priority is the client's penalty clause for late handover. Delicate: Sipho, a long-serving electrician Pieter personally brought in years ago, has twice arrived smelling of alcohol; she moved him off live work but doesn't know how to raise it without it looking personal.",
        logged=(
            Logged(
                P,
                "P says client QS on his case re penalties, anything past 4/12 costs us big. thats his #1 rn",
                52,
            ),
            Logged(
                W,
                "Block A DBs passed municipal inspection first time!! inspector said neatest boards he's seen this yr 💪",
                31,
            ),
            Logged(
                G,
                "covered Bongani's site in Ballito sat morning bc P was short, sorted the earth leakage trips",
                26,
                DONE,
            ),
            Logged(
                A,
                "asked P if company will pay for my MIE course + exam (~R18k). he'll 'take it to Riaan' 👍 waiting",
                23,
            ),
            Logged(
                N,
                "S. came in smelling of booze again this morning. 2nd time. put him on cable pulling not live work. not sure how to raise w P, S is his guy from way back",
                9,
            ),
            Logged(
                A, "chased P re MIE funding - 'still with Riaan'. registration closes 15 Jan!!", 8
            ),
            Logged(
                F,
                "owe P the CoC pack for Block B by 2/12 latest - still waiting on 3 test sheets from Lwazi",
                6,
            ),
            Logged(AG, "need 2 more hands for Block B last 2 wks or we miss 4/12", 2),
            Logged(N, "Lwazi says test sheets done tmrw hopefully", 1),
            Logged(AG, "the S thing?? maybe. dont want it to look like im targeting him", 0.5),
        ),
        tz="Africa/Johannesburg",
    ),
    Persona(
        "CO_rafael_agronomo_cascavel",
        "Rafael",
        "Engenheiro agrônomo de assistência técnica numa cooperativa agrícola no oeste do Paraná",
        "Quero virar coordenador técnico da regional antes dos 35",
        "Seu Osmar",
        "Retired agronomist with 40 years at the cooperative, now his mentor through the co-op's mentoring programme.",
        Role.MENTOR,
        monthly(1, 2),
        time(18, 30),
        "Rafael, 29, advises about 80 soybean and maize farmers for a co-op near Cascavel. Osmar, a retired senior agronomist, mentors him monthly. Rafael promised Osmar a comparison of soil analyses from his no-till trial plots by end of October and is still late (the lab delayed two samples). He asked Osmar for a contact at Embrapa Soja to review his trial; Osmar said he'd ask a friend. Win: his cover-crop field day drew 140 farmers and the regional manager praised him publicly. Osmar cares about Rafael learning to handle difficult farmers. Delicate: a big farmer publicly blamed Rafael's fungicide timing for a rust outbreak — Rafael thinks he was right but isn't sure. Also a multinational seed company offered him a sales job at about 40% more pay, answer due 11 December; he's unsure whether to tell Osmar, who is very loyal to the co-op and close to its board.",
        logged=(
            Logged(
                P,
                "Osmar falou q o q mais importa pra ele agora é eu aprender a lidar c produtor dificil. 'técnico bom é o q o produtor escuta'",
                55,
            ),
            Logged(
                F,
                "fiquei de mandar pro Osmar a comparação das análises de solo das parcelas de plantio direto. até fim de out",
                55,
            ),
            Logged(
                W,
                "dia de campo de plantas de cobertura: 140 produtores!! gerente regional veio e elogiou na frente de todo mundo 🙌",
                38,
            ),
            Logged(
                A,
                "perguntei pro O. se conhece alguém na Embrapa Soja p/ dar uma olhada no meu ensaio. disse q vai falar c o Dr. Hélio",
                34,
            ),
            Logged(
                N,
                "Sr Valdir reclamou no grupo da unidade q a ferrugem pegou pq eu mandei segurar a aplicação. acho q tava certo, o monitoramento não mostrava esporo... mas sei lá",
                20,
            ),
            Logged(
                N,
                "ligaram da multinacional — vaga de agrônomo de vendas, uns 40% a mais + carro. tenho até 11/12 pra responder",
                12,
            ),
            Logged(
                N,
                "não sei se conto pro Osmar. ele é super da coop, ainda almoça c o pessoal do conselho toda semana 😬",
                11,
            ),
            Logged(
                F,
                "análises de solo ainda não mandei 🤦 lab atrasou 2 amostras, prometeram p/ semana q vem",
                7,
            ),
            Logged(
                AG, "pedir opinião do Osmar sobre o caso Valdir - como eu devia ter comunicado", 3
            ),
            Logged(
                AG,
                "falar da proposta? ou só perguntar em geral como ele decidiu a carreira dele",
                1,
            ),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CO_katarzyna_urzedniczka_wroclaw",
        "Katarzyna",
        "Kierowniczka referatu dotacji dla organizacji pozarządowych, Urząd Miejski Wrocławia",
        "Chciałabym kiedyś zostać zastępczynią dyrektora wydziału",
        "Dyr. Zieliński",
        "Director of the department, her boss's boss; they meet once a month.",
        Role.SKIP,
        monthly(-1, 0),
        time(10, 0),
        "Katarzyna, 46, heads a four-person unit in Wrocław city hall that runs grants to NGOs. She meets the department director, Marek Zieliński, monthly; her direct boss is deputy director Ewa, who has just announced her retirement in March. Katarzyna asked the director for a fifth post or a temporary contract because applications for the 2027 round have doubled; he asked for a written justification, which she sent on 3 November — no answer yet. She owes him a two-page summary of the 2025 grant-settlement audit for a city council committee by 4 December. Win: the new online application system launched with far fewer complaints. The director's priority is a councillor's formal inquiry into grants to one foundation. Delicate: a staff member scored an application from a foundation whose board includes her sister, without declaring it; and Katarzyna would like Ewa's job but is unsure whether to say so.",
        logged=(
            Logged(
                P,
                "Dyr. Z.: najważniejsza teraz interpelacja radnego K. ws. dotacji dla fundacji, wszystko ma być 'czyste jak łza'",
                47,
            ),
            Logged(
                A,
                "poprosiłam dyr. o 5. etat albo chociaż umowę na zastępstwo na nabór 2027 (wniosków 2x więcej). kazał napisać uzasadnienie",
                40,
            ),
            Logged(
                W,
                "Witkac wdrożony bez większych wpadek 🙂 3 skargi na 212 wniosków, rok temu było 19",
                30,
            ),
            Logged(
                G,
                "uzasadnienie wysłane mailem 3.11 – 4 str. + tabelka z liczbą wniosków 2023-26",
                23,
                DONE,
            ),
            Logged(
                F,
                "do 4.12 podsumowanie kontroli rozliczeń dotacji 2025 dla komisji RM – dyr. chce wersję 'dla radnych', max 2 str.",
                16,
            ),
            Logged(
                N,
                "B. oceniała wniosek fundacji, w której zarządzie jest jej siostra. nie złożyła oświadczenia. rozmawiałam z nią, płakała. co teraz?? przy tej interpelacji to bomba",
                8,
            ),
            Logged(N, "Ewa (wicedyr.) odchodzi na emeryturę w marcu, od dziś oficjalnie", 5),
            Logged(
                A,
                "przypomniałam sekretariatowi o uzasadnieniu etatu – 'pan dyrektor ma na biurku'",
                4,
            ),
            Logged(
                AG,
                "sprawa B. – muszę powiedzieć dyr. zanim dowie się od kogoś innego. jak to ująć żeby jej nie pogrążyć?",
                2,
            ),
            Logged(AG, "czy wspomnieć o stanowisku po Ewie? chyba nie na tym spotkaniu...", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CO_maricel_nurse_dublin",
        "Maricel",
        "Staff nurse on an acute medical ward in a large public hospital in Dublin, trained in Manila",
        "Get into ICU after a postgrad in critical care, then CNM1 someday",
        "Ma'am Siobhan",
        "Clinical Nurse Facilitator for the medical directorate who runs check-ins for internationally recruited nurses; not her line manager.",
        Role.OTHER,
        biweekly(2),
        time(14, 30),
        "Maricel, 31, moved from a Manila hospital two years ago and works on a 30-bed acute medical ward in Dublin. Siobhan, the Clinical Nurse Facilitator, holds fortnightly check-ins with her. Maricel wants a place on the funded postgraduate diploma in critical care next September; Siobhan will support it but the ward manager, Deirdre, must sign off and has given no answer. Maricel owes Siobhan a reflective piece for her medication-management competency by 30 November and is only half done. Win: she caught a deteriorating septic patient early and the registrar praised her. Siobhan's priority is retaining international nurses and buddying the January cohort; Maricel volunteered to buddy two. Delicate: on a busy night she gave IV antibiotics two hours late; no harm, she reported it, but she's anxious it will hurt her application. Her mother has started dialysis in the Philippines and she may need unpaid leave in February.",
        logged=(
            Logged(
                P,
                "Ma'am S said her big focus now is keeping the intl nurses - 4 left for Aus this yr 😔 and the Jan cohort needs buddies",
                50,
            ),
            Logged(G, "volunteered to buddy 2 of the Jan nurses (from Kerala and Cebu)", 48),
            Logged(
                A,
                "asked Ma'am S re PG Dip critical care for Sept intake. she'll support but CNM Deirdre has to sign. will ask D.",
                36,
            ),
            Logged(
                W,
                "bed 14 - picked up early sepsis, NEWS 5->7 in 2hrs, escalated, reg said good catch 🙏 first time i felt really confident here",
                27,
            ),
            Logged(F, "reflective piece for meds mgmt competency - due to Ma'am S 30/11", 22),
            Logged(
                N,
                "med error on nights 14/11 - IV abx given 2hrs late, missed it on the kardex during a busy admission. no harm. did the NIRF. cant sleep thinking about it",
                12,
            ),
            Logged(A, "Deirdre said she'll 'look at the roster' re PG dip. no yes or no yet", 9),
            Logged(
                N,
                "Mama started dialysis. ate Joy says maybe i need to come home Feb. dont know if i can even ask for unpaid leave w the PG dip thing",
                6,
            ),
            Logged(AG, "ask Ma'am S if the med error will affect my PG dip application", 2),
            Logged(F, "reflective piece half done lol. will finish on my days off", 1),
        ),
        tz="Europe/Dublin",
    ),
    Persona(
        "CO_ailsa_souschef_glasgow",
        "Ailsa",
        "Senior sous chef in a four-star hotel restaurant, Merchant City, Glasgow",
        "Head chef of my own kitchen, ideally somewhere I get to write the menu",
        "Callum",
        "The hotel restaurant's manager (front of house), at the same level as her; they started a weekly catch-up to fix service problems.",
        Role.PEER,
        weekly(1),
        time(15, 0),
        "Ailsa, 38, is senior sous chef in a Glasgow hotel restaurant. She and Callum, the front-of-house manager and her peer, began weekly catch-ups over slow service. She asked him to stop selling the tasting menu after 8.45pm; he agreed to trial it through November, and they must decide whether to keep it. She owes him costed Christmas party menus for corporate bookings by Friday 27th. Win: a review praised her venison dish. Callum's priority is Christmas covers, which his bonus depends on. Delicate: Callum wants to change the tips split in favour of front of house and the kitchen is angry; head chef Gav, her boss, shouted at a young server and Callum asked Ailsa to 'have a word' with him; and she has a head chef interview in Edinburgh on 3 December that she has told nobody about — Callum is a friend but talks to Gav daily.",
        logged=(
            Logged(
                A,
                "asked C to stop FOH selling the tasting menu after 8.45, kitchen cannae turn 7 courses by close. he's up for trialling it thru Nov",
                44,
            ),
            Logged(
                P,
                "C's stressed about xmas - 38 corporate bookings, his bonus is tied to covers this yr",
                40,
            ),
            Logged(
                G,
                "did the allergen session for his 4 new FOH starters on my day off fwiw",
                33,
                DONE,
            ),
            Logged(
                W,
                "Herald review out!! 'the venison alone is worth the trip' - thats MY dish 🦌🎉",
                25,
            ),
            Logged(
                N,
                "tronc - C wants to change the split to 70/30 FOH. kitchen lads are raging. need to talk to him before it kicks off proper",
                18,
            ),
            Logged(
                N,
                "Gav lost it at wee Erin (FOH) again on sat, C saw it. C asked me to 'have a word' w Gav?? not my place, he's my boss",
                13,
            ),
            Logged(
                F, "owe C the xmas party menu costings for the corporate bookings by fri 27th", 10
            ),
            Logged(
                N,
                "interview for head chef in Edinburgh 3/12. not told a soul. C's my pal but he talks to Gav every day",
                7,
            ),
            Logged(F, "tasting menu trial ends 30/11 - need to agree w C if we keep it", 4),
            Logged(AG, "tronc!!! + the Gav/Erin thing. prob not the interview", 1),
        ),
        tz="Europe/London",
    ),
    Persona(
        "CO_wanjiru_programme_officer_nairobi",
        "Wanjiru",
        "Programme officer at an international NGO running a girls' secondary-school bursary and mentorship programme, Nairobi and Kajiado",
        "Step up to Programme Manager and eventually lead a country programme",
        "Dr. Achieng",
        "Regional director for East Africa at the NGO, not her line manager, who has taken her under her wing and is backing her for promotion.",
        Role.SPONSOR,
        monthly(1, 4),
        time(16, 0),
        "Wanjiru, 31, runs girls' bursaries in Kajiado County, Kenya, for an international NGO. Dr. Achieng, the regional director, has become her sponsor and hinted she'll put her forward for a Programme Manager post opening in Q1. Wanjiru asked to present the mid-term results to the donor in January; Achieng said 'let's see how the brief looks'. Wanjiru owes her the cleaned mid-term dataset and a two-page learning brief by 4 December — the day of their next meeting — and is waiting on two sites' data. Wins: a county MoU after eight months, and 94% retention against an 85% target. Achieng's priority is the 2027 donor renewal and clean data after last year's audit. Delicate: a field officer's attendance figures at two schools are 20–30% above the head teachers' registers; her line manager Brian said he'd handle it internally but hasn't. Raising it with Achieng means going over Brian's head.",
        logged=(
            Logged(
                P,
                "Dr A: donor renewal 2027 is everything for her now. 'no surprises in the data this time' (ref last yr's audit)",
                58,
            ),
            Logged(
                W,
                "county MoU signed w Kajiado education office finally!! 8 months of follow up 🙌🏾",
                45,
            ),
            Logged(
                A,
                "asked Dr A if i can present the midterm results to the donor in Jan. she said 'let's see how the brief looks' hmm",
                30,
            ),
            Logged(
                G,
                "sent Dr A talking pts for her panel at the education forum, she used most of them 😊",
                27,
                DONE,
            ),
            Logged(F, "cleaned midterm dataset + 2pg learning brief to Dr A by 4/12", 20),
            Logged(W, "retention 94% for cohort 2 (target 85). the girls in Loitokitok 🥹", 14),
            Logged(
                N,
                "attendance from the 2 schools K. covers doesnt match the head teachers registers. like 20-30% higher. told Brian, he says 'leave it with me, we sort internally'",
                10,
            ),
            Logged(
                N,
                "Brian still hasnt done anything re K. and dataset is due 4/12. do i clean those numbers or flag them?? telling Dr A = going over B's head",
                4,
            ),
            Logged(F, "dataset 80% done, waiting for Loitokitok & Isinya data, they said kesho", 2),
            Logged(AG, "PM role - ask Dr A what she needs to see from me before Q1", 1),
        ),
        tz="Africa/Nairobi",
    ),
)
