# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 39 (set BM)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH64 = (
    Persona(
        "BM_ngozi_nicu_nurse_lagos",
        "Ngozi",
        "Neonatal ICU staff nurse, federal teaching hospital, Lagos, Nigeria",
        "Get nominated for the post-basic neonatal nursing course and become the NICU's nurse educator",
        "Matron",
        "Nurse Manager of the NICU (Mrs Adebayo, everyone calls her Matron); Ngozi's direct manager",
        Role.MANAGER,
        weekly(1),
        time(14, 0),
        "Ngozi has six years on the NICU and wants Matron to nominate her for the post-basic neonatal course at Ibadan; the nomination forms are due 4 Dec and she has asked twice. Matron is under heavy pressure from the January accreditation visit. A leaking oxygen blender on cot 4 has been reported for weeks, and on the night of 19 Nov an agency nurse was left alone with 11 babies and Ngozi was called in from home at 2am; she did not manage to raise it at Tuesday's 1:1. She also needs leave in mid-December for her mother's surgery and has not told Matron yet.",
        logged=(
            Logged(
                P,
                "Matron says this qtr its ALL about the accreditation visit in Jan. every chart complete, no gaps in obs",
                82,
            ),
            Logged(A, "asked Matron for new thermometers for bay B", 78, DONE),
            Logged(
                A,
                "asked Matron to nominate me for post-basic neonatal course Ibadan 2027 intake. she said she'll 'look into it'",
                74,
            ),
            Logged(G, "covered Bisi's night shift sat so Matron didnt have to call agency", 66),
            Logged(
                W,
                "Baby O (32wk twin) discharged home today!! mum cried, i cried 😭 the KMC teaching worked",
                58,
            ),
            Logged(N, "oxygen blender on cot 4 still leaking. logged w biomed 2x, nobody came", 52),
            Logged(A, "told Matron abt cot 4 blender, she said she'll escalate to CMD office", 45),
            Logged(
                G,
                "made KMC teaching chart for new mums, laminated it myself (₦6,500 from my pocket)",
                40,
            ),
            Logged(F, "send Matron draft KMC protocol by end of Oct", 38, DONE),
            Logged(
                N,
                "Mummy's surgery in Enugu fixed for Dec 14 — the fibroid, doctor says its big and she's been bleeding for months. need at least 5 days off. havent told Matron bc of accreditation wahala",
                30,
            ),
            Logged(
                P,
                "Matron wants every nurse to finish the infection control refresher online b4 Dec 10",
                28,
            ),
            Logged(W, "passed NRP recert, 94% 💪🏾", 24),
            Logged(
                W,
                "0 hospital-acquired infections on the unit in Oct, Matron announced it at handover 🙌🏾",
                20,
            ),
            Logged(
                N,
                "Matron was short with me at handover. prob CMD pressure. dont take it personal",
                16,
            ),
            Logged(G, "trained the 3 new NYSC nurses on cord care + thermal protection", 15),
            Logged(F, "compile the missing obs chart audit for Matron", 12),
            Logged(
                A,
                "reminded Matron abt Ibadan nomination, forms due Dec 4. she said 'ehen, remind me'",
                9,
            ),
            Logged(
                N,
                "night of 19th: agency nurse alone w 11 babies, 2 on CPAP. i was called from house at 2am. this is not safe o. if anything happens na us go carry am",
                6.3,
            ),
            Logged(
                N,
                "didnt get to raise the 19th on tues, Matron rushed off to CMD meeting after 10 mins",
                1.75,
            ),
            Logged(F, "give Matron list of faulty equipment + dates reported, by Friday", 1.7),
            Logged(
                AG, "night staffing on 19th — ratio, who decides when agency nurse is alone", 0.9
            ),
            Logged(AG, "ask for leave Dec 12-18 (Mummy)", 0.8),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "BM_rafael_sous_chef_porto",
        "Rafael",
        "Sous chef, hotel restaurant, Porto, Portugal",
        "Abrir a minha própria tasca no Porto daqui a 2 anos",
        "Zé",
        "Chef José Martins, retired head chef who trained Rafael, now runs cooking classes for tourists; his mentor",
        Role.MENTOR,
        monthly(1, 0),
        time(15, 30),
        "Rafael (29) meets his old head chef monthly between lunch and dinner service. He has asked Zé for a lot lately (menu review, an intro to a landlord, a recommendation letter due mid-December) and most of it is unanswered, while he has given little back and still owes Zé a Saturday helping at his pastel de nata class. At work, the head chef keeps renaming and mocking the Nepali dishwasher and Rafael laughed along, which bothers him. He is also thinking of asking Zé to invest in the tasca, which Zé has no idea about.",
        logged=(
            Logged(
                A, "pedi ao Zé o contacto do fornecedor de bacalhau dele em Matosinhos", 85, DONE
            ),
            Logged(A, "asked Zé to look at my menu draft for the tasca (12 pratos)", 62),
            Logged(
                N, "Zé: 'ainda cozinhas para chefs, não para clientes'. doeu mas ele tem razão", 57
            ),
            Logged(A, "pedi p/ ele falar c/ o Sr. Amaral sobre o espaço na Rua do Almada", 55),
            Logged(
                W,
                "fiz o serviço de domingo sozinho, chef Nuno de folga — 140 covers, zero devoluções",
                40,
            ),
            Logged(A, "asked him to come taste francesinha v2. he said 'depois vemos'", 34),
            Logged(G, "levei-lhe 2kg de cogumelos do meu primo de Trás-os-Montes", 33),
            Logged(
                P, "Zé anda focado nas aulas p/ turistas, quer encher as turmas de dezembro", 30
            ),
            Logged(
                A, "pedi carta de recomendação p/ o curso de gestão na Católica — prazo 15 dez", 27
            ),
            Logged(
                F,
                "prometi ajudar numa aula dele de pastéis de nata num sábado — ainda nao marcámos",
                20,
            ),
            Logged(
                N,
                "Nuno keeps calling Bishal (plonge, from Nepal) 'Leandro' bc its 'easier', and says he doesnt learn PT bc hes lazy. everyone laughs. eu também ri. não gostei de mim",
                12,
            ),
            Logged(W, "food cost do menu de almoço baixou de 34% p/ 29% 💪", 9),
            Logged(F, "send Zé the costings spreadsheet before next meeting", 6),
            Logged(N, "a Inês diz que falo mais da tasca do que de nós 😬", 4),
            Logged(
                AG, "perguntar se ele aceitava ser sócio minoritário?? (não sei se é demais)", 2
            ),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "BM_aroha_civil_engineer_wellington",
        "Aroha",
        "Civil engineer (coastal structures), city council, Wellington, New Zealand",
        "Be a principal engineer leading coastal resilience work within 3 years",
        "Mere",
        "Mere Tipene, Director of City Infrastructure, new in the role; Aroha's manager Grant reports to her",
        Role.SKIP,
        biweekly(3),
        time(9, 30),
        "Aroha just started using the tool ahead of her first fortnightly skip-level since a restructure. Her inspection rated a seawall section at Owhiro Bay 'poor' (spalling, exposed rebar), but her manager Grant wants it reported as 'fair' before the long-term plan vote. Mere does not know about this and Aroha is unsure whether to raise it over Grant's head. She also wants to present coastal options at a January workshop.",
        logged=(
            Logged(
                N,
                "Mere is new, came from Auckland Transport. everyone says shes very direct. ka pai",
                2,
            ),
            Logged(
                AG,
                "seawall condition rpt — Grant wants Owhiro Bay section as 'fair' not 'poor' before LTP. my inspection says poor, spalling + exposed rebar in 2 places. dont want to go round him but..",
                1.2,
            ),
            Logged(
                AG, "ask if i can present the options paper at the Jan resilience workshop", 1.1
            ),
        ),
        first=True,
        tz="Pacific/Auckland",
    ),
    Persona(
        "BM_luis_warehouse_lead_monterrey",
        "Luis",
        "Night shift lead, distribution centre (CEDIS) of a retail chain, Monterrey, Mexico",
        "Ser gerente de CEDIS antes de 2028",
        "Inge",
        "Ing. Barragán, regional operations director who is championing Luis for the site-manager pipeline",
        Role.SPONSOR,
        biweekly(0),
        time(8, 0),
        "Luis leads the night shift and Barragán has started opening doors for him (took him to the Saltillo site, introduced him as 'the next manager'). Barragán promised two months ago to put him in the regional Green Belt cohort and hasn't confirmed. Luis owes him a shift-rotation proposal by Monday 30 Nov and an undated forklift business case. He has seen a day-shift supervisor humiliate an agency worker and heard agency staff aren't paid full overtime, and a forklift with failing brakes is still in service; he doesn't know how to raise the supervisor without looking like he's knifing a rival.",
        logged=(
            Logged(
                P, "Inge quiere bajar rotación de personal de outsourcing, va en 38% mensual", 70
            ),
            Logged(
                A,
                "le pedí que me metiera al Green Belt de la región. dijo 'te pongo en la lista'",
                66,
            ),
            Logged(W, "60 días sin accidentes en andén 3 🎉", 45),
            Logged(
                G,
                "le armé el dashboard de errores de surtido en power bi p/ su junta con corporativo",
                38,
            ),
            Logged(W, "errores de picking turno noche bajaron de 0.9% a 0.4%", 24),
            Logged(F, "quedé de mandarle el caso de negocio p/ los montacargas nuevos", 17),
            Logged(A, "asked Inge if I could go w him to the Saltillo site visit", 15, DONE),
            Logged(
                N,
                "Gera (sup turno B) le gritó a una de las chavas de la agencia enfrente de todos 'si no te gusta vete'. se fue llorando. y 3 de ellos me dijeron q la agencia no les paga completas las horas extra",
                10,
            ),
            Logged(
                W, "fui a Saltillo con Inge, me presentó con el GG como 'el próximo gerente' 😳", 9
            ),
            Logged(
                N,
                "montacargas 4 otra vez con frenos fallando. mantto dice no hay refacción hasta enero. lo sigo usando?? no verdad",
                5,
            ),
            Logged(F, "mandarle a Inge la propuesta de rotación de turnos antes del lunes 30", 2.6),
            Logged(AG, "preguntar x el Green Belt, ya van 2 meses", 1),
            Logged(AG, "cómo le digo lo de Gera sin q parezca q lo estoy quemando", 0.6),
        ),
        tz="America/Monterrey",
    ),
    Persona(
        "BM_priya_postdoc_heidelberg",
        "Priya",
        "Postdoctoral researcher in structural biology (cryo-EM), research institute, Heidelberg, Germany",
        "Land a junior group leader position (Emmy Noether here or back in India) within 3 years",
        "Jonas",
        "Fellow postdoc in the same lab; they co-run the institute's cryo-EM user group",
        Role.PEER,
        weekly(4),
        time(10, 30),
        "Priya and Jonas have a weekly coffee to run the user group and trade help; the give and take is roughly even. She promised to read his fellowship draft by Monday 30 Nov (his deadline is 3 Dec), and he still owes her his grid glow-discharge settings. She has just learned their PI listed Jonas as first author on a methods note where she believes she did most of the data collection, and she has not checked her emails or said anything yet. Her residence permit appointment on 9 Dec depends on a contract extension letter.",
        logged=(
            Logged(G, "showed Jonas my CTF/motioncorr snakemake pipeline, he's using it now", 41),
            Logged(
                A,
                "asked if he'd co-write a small seed grant w me for the Heidelberg–Bangalore exchange",
                34,
                DONE,
            ),
            Logged(
                G,
                "ran his 2 grids on the Krios in my slot sunday night since his got cancelled",
                27,
            ),
            Logged(P, "Jonas's big thing rn: MSCA resubmission, due Dec 3", 20),
            Logged(
                N,
                "Aufenthaltstitel appt at Ausländerbehörde finally — Dec 9. if the contract extension letter isnt ready im screwed",
                16,
            ),
            Logged(
                A,
                "asked Jonas for the glow-discharge settings that finally worked for his membrane prot. 'will send'",
                13,
            ),
            Logged(F, "send Jonas the user group survey results, no rush", 10),
            Logged(W, "2.9 Å map of the transporter!!! finally 🥲", 8),
            Logged(F, "promised to read Jonas's MSCA draft sec 1-2 by Mon 30th", 6),
            Logged(
                N,
                "Prof H put Jonas first author on the methods note even tho i did most of the data collection?? or maybe i'm misremembering what we agreed. check emails before saying anything",
                4,
            ),
            Logged(AG, "authorship on methods note — calmly", 0.5),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "BM_kenji_joiner_sapporo",
        "Kenji",
        "Furniture maker / joiner, one-man workshop, Sapporo, Japan",
        None,
        "Sato-san",
        "Small-business advisor at the local chamber of commerce, assigned to Kenji for his subsidy and equipment loan",
        Role.OTHER,
        monthly(3, 2),
        time(14, 0),
        "Kenji runs a one-person workshop and meets the chamber's advisor monthly about a subsidy and an equipment loan for a panel saw; the bank review is in early December and he owes two saw quotes by 4 Dec. Sato-san promised an introduction to a ryokan renovating rooms and hasn't followed up. Kenji's father is showing signs of dementia and Kenji may cut his opening days, which would change the revenue numbers he gave the bank; he also cut his thumb working alone while tired.",
        logged=(
            Logged(N, "Sato-san: 'your prices are too low for handmade'. 耳が痛い", 36),
            Logged(F, "send Sato-san 3yr cash flow plan for the 補助金 application", 35, DONE),
            Logged(
                A,
                "asked Sato-san to intro me to the Jozankei ryokan thats renovating guest rooms",
                35,
            ),
            Logged(
                W,
                "delivered 8 hinoki bath stools + 2 tables to the café in Otaru. paid on time!",
                22,
            ),
            Logged(
                N,
                "otousan left the stove on again, neighbour called me. might close workshop tue/thu to be home more",
                15,
            ),
            Logged(
                P,
                "Sato-san: bank review for equipment loan is early Dec, wants 見積書 for the panel saw",
                8,
            ),
            Logged(F, "get 2 quotes for panel saw to Sato-san by Dec 4", 7.5),
            Logged(
                N,
                "cut my thumb on the table saw monday. not deep. was tired + nobody else in shop. need to be more careful",
                3,
            ),
            Logged(AG, "ask: can subsidy cover a dust extractor too?", 1),
            Logged(
                AG, "tell him about otousan / fewer days open?? affects the revenue numbers", 0.7
            ),
        ),
        tz="Asia/Tokyo",
    ),
)
