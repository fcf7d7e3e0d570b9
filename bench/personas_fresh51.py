# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 32 (set AZ)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH51 = (
    Persona(
        "AZ_carmarthen_solicitor_partnership",
        "Ceri",
        "Associate solicitor (agricultural property & succession), 4-partner high-street firm, Carmarthen, Wales",
        "salaried partner in the April round. Eleri's backing me, I need to make it easy for her",
        "Eleri",
        "Senior Partner, her sponsor for partnership (not her line manager)",
        Role.SPONSOR,
        monthly(-1, 4),
        time(8, 0),
        "Ceri is nine years qualified and does farm succession, partnership deeds and agricultural conveyancing. Eleri, the senior partner, has said she will put Ceri forward for salaried partner; the written case is due to Eleri by 3 December ahead of the partners' meeting on the 10th. Ceri's father has dementia and she is driving to Aberystwyth every weekend, and she suspects a colleague is claiming her origination.",
        logged=(
            Logged(
                P,
                "Eleri wants the firm known for ag & succession west of Swansea, not just 'the conveyancing place'. said it twice in one lunch",
                118,
            ),
            Logged(
                A,
                "asked Eleri straight out whether she'd put my name forward for salaried partner in the spring round",
                112,
                DONE,
            ),
            Logged(
                N,
                "she said yes in principle but 'bring me numbers' - billed hours, origination, client feedback. not hours worked",
                111,
            ),
            Logged(
                W,
                "Pryce farm - partnership deed + both wills signed the day before Mr Pryce's op. the daughter cried in reception. good day",
                97,
            ),
            Logged(
                G,
                "did the YFC talk at Llandovery mart for Eleri (she was double booked). 3 new enquiries off the back of it",
                84,
            ),
            Logged(
                N,
                "Gareth has put the Jenkins matter on HIS origination sheet. that came from my YFC talk. seething. not saying anything yet",
                80,
            ),
            Logged(
                F, "send Eleri origination list w/ the source for every matter since Jan", 79, DONE
            ),
            Logged(
                N,
                "Dad had a fall Sunday, Bronglais again. Mam says she's coping, she isn't. doing Aber every weekend now",
                63,
            ),
            Logged(
                A,
                "asked Eleri if she'd present the partnership paper herself rather than me - Rhodri listens to her",
                55,
                DONE,
            ),
            Logged(N, "Eleri: 'of course I'll present it, but you write it'. fair enough", 52),
            Logged(
                P,
                "her real worry this year = succession for the FIRM. she's 61 and nobody will talk about who takes her clients",
                45,
            ),
            Logged(
                W,
                "CLA Cymru asked me to speak on farm succession at the Jan conference. Eleri forwarded it to the whole firm 🙂",
                38,
            ),
            Logged(
                F,
                "promised Eleri my draft partnership case by the 3rd so she can read it b4 the partners mtg on the 10th",
                30,
            ),
            Logged(
                F,
                "owe Siân in accounts the WIP write-off explanations on the Bowen file - she's chased twice now",
                21,
            ),
            Logged(
                N,
                "capital contribution - someone said salaried needs none but equity later is ~£45k. cannot borrow more with nursery fees as they are",
                18,
            ),
            Logged(
                F,
                "ring Mrs Pryce re probate timetable. said I'd call 'next week' two weeks ago",
                12,
            ),
            Logged(
                A,
                "emailed Eleri: does salaried partnership need any capital in, and what's the drawings basis? no answer yet, she was at the Law Soc dinner",
                9,
            ),
            Logged(
                N,
                "Rhodri in team mtg: 'some people are part-time in their heads'. pretty sure that was about me and the Aber weekends",
                6,
            ),
            Logged(
                AG,
                "do I raise Gareth + the Jenkins origination with Eleri before the paper, or just let my numbers speak for themselves",
                3,
            ),
            Logged(
                AG,
                "Dad - tell her now so it's not a surprise if I need unpaid leave in Jan? or does it hurt the case",
                2,
            ),
            Logged(AG, "ask her honestly what Rhodri will object to", 1),
            Logged(
                N,
                "bore da. wedi blino'n lân. draft at about 60%, origination table done, the 'vision' bit is mush",
                0.5,
            ),
        ),
    ),
    Persona(
        "AZ_kampala_medstore_dispatch",
        "Nakato",
        "Warehouse & dispatch supervisor, not-for-profit medical supplies distributor, Kampala, Uganda",
        "get the Gulu branch supervisor post in 2027 n stop being known as just 'the store lady'",
        "Dr. Okwir",
        "Director of Operations, her boss's boss",
        Role.SKIP,
        biweekly(1),
        time(9, 30),
        "Nakato runs the central store and dispatch to district health facilities; her direct manager is Peter, the logistics manager. Donor auditors arrive on 4 December and she has promised Dr. Okwir a reconciled stock-variance report before then. She wants his support for a branch post, has been ill with malaria, and has seen Peter sign goods-received notes without counting.",
        logged=(
            Logged(
                P,
                "Dr Okwir: expiries. wants zero expired ACTs / RDTs written off this FY. says it every single meeting",
                117,
            ),
            Logged(
                P,
                "also district orders out within 72hrs of approval. he checks the dashboard himself",
                110,
            ),
            Logged(
                W,
                "cleared Karamoja backlog, 41 orders in 6 days. Okwir mentioned it in mgmt mtg (Joan told me)",
                101,
            ),
            Logged(
                A,
                "asked Okwir for a 2nd reach truck for bay C. he said he'll look at budget",
                96,
                DONE,
            ),
            Logged(
                G,
                "built the FEFO pick list in excel for the whole store, sent to Okwir + Peter",
                88,
            ),
            Logged(
                N,
                "Peter presented my FEFO sheet on the regional call as 'our team's'. ok its the team. but not my name once 😑",
                86,
            ),
            Logged(N, "reach truck = no till July. at least he told me straight", 74),
            Logged(N, "malaria again. 4 days off. back but weak, bambi", 60),
            Logged(W, "expiries down 3.1% -> 0.8% by value this qtr. have the numbers ready", 45),
            Logged(
                A,
                "told Okwir I want to apply for Gulu supervisor when advertised, asked if he'd support me. he said 'lets talk after the audit'",
                40,
            ),
            Logged(
                F,
                "promised Okwir the reconciled stock variance report b4 the auditors. they land 4/12",
                25,
            ),
            Logged(N, "Sarah sent the QA template, webale nyo", 16),
            Logged(F, "owe Sarah (QA) the temp logger printouts cold room 2, Oct-Nov", 14),
            Logged(
                N,
                "school fees Timo & Mirembe due 15 jan, my sister's kwanjula 12 dec. money money 😩",
                10,
            ),
            Logged(F, "brief Musa + night shift on the new count sheets b4 mon", 8),
            Logged(
                N, "cold room 2 alarm twice this wk. Peter says its the sensor. i dont think so", 7
            ),
            Logged(
                N,
                "3 GRNs Peter signed w/o counting, 1 was short 2 cartons of oxytocin. nze I am tired of covering",
                5,
            ),
            Logged(
                AG,
                "GRN signing - do i raise with Okwir or is that going over Peters head. isnt skip-level for this?? but i have to work with Peter every day",
                3,
            ),
            Logged(AG, "Gulu: push for an answer or wait till after audit like he said", 2),
            Logged(AG, "cold room 2: ask for the supplier's tech not our maintenance guy", 1),
        ),
    ),
    Persona(
        "AZ_sanmartin_cacao_coop_quality",
        "Rocío",
        "Jefa de calidad y técnica de campo, cooperativa de cacao, Tocache, San Martín, Perú",
        "beca maestría La Molina 2027 + q la coop tenga un área técnica de verdad",
        "Ing. Teodoro",
        "retired INIA agronomist, her old thesis adviser, now her mentor",
        Role.MENTOR,
        monthly(1, 5),
        time(7, 0),
        "Rocío handles quality, organic certification and field support for a 312-member cacao cooperative. The German buyer needs EUDR farm polygons for the Pólvora sector by 4 December, and 17 plots overlap forest on the 2020 map. She calls her old adviser on WhatsApp the first Saturday of each month; he wrote her scholarship letter and she has just reached the interview stage, while her mother recovers from knee surgery and the co-op keeps paying salaries late.",
        logged=(
            Logged(
                P,
                "el ing. siempre: 'no te quedes en el escritorio, anda a campo'. quiere q lo llame después de cada visita a los sectores",
                119,
            ),
            Logged(
                A,
                "le pedí carta de recomendación pa la beca de maestría (La Molina, cierra en enero)",
                105,
                DONE,
            ),
            Logged(
                N, "ing. dijo q sí, q le mande CV actualizado y un borrador, él lo corrige 🙏", 103
            ),
            Logged(F, "mandar al ing. CV + borrador de la carta", 102, DONE),
            Logged(
                P,
                "lo q más le importa: q el ensayo de injerto no se pierda, q lo escriba bien y lo publique aunque sea en boletín",
                95,
            ),
            Logged(
                N,
                "Wilder (gerente) en asamblea: 'los polígonos los hace cualquiera con el celular'. somos 4 técnicos pa 312 socios",
                88,
            ),
            Logged(W, "2do puesto regional en el concurso de cacao con el lote de Pólvora!!", 82),
            Logged(
                G,
                "le mandé al ing. fotos y datos del ensayo injerto CCN-51 vs nativo, le encantó, me llamó al toque",
                70,
            ),
            Logged(
                N,
                "operación de rodilla de mi mamá en Tarapoto el 20. tengo q estar. no sé cómo con la auditoría",
                60,
            ),
            Logged(
                W, "auditoría orgánica de Control Union: cero no conformidades mayores!!! 🎉", 40
            ),
            Logged(
                N,
                "Juan Carlos otra vez con q me vaya a Lima con él. no quiero hablar de eso ahorita",
                35,
            ),
            Logged(
                F,
                "le prometí al ing. el resumen del ensayo de injerto en 2 pág pa q lo revise antes de su viaje a Piura (10 dic)",
                28,
            ),
            Logged(
                F,
                "don Eusebio (socio, Pólvora) espera q le explique xq su parcela salió 'riesgo'. quedé en ir el martes",
                9,
            ),
            Logged(N, "sueldo de octubre recién pagaron el 20 de nov. otra vez", 7),
            Logged(
                F, "mandar a Katrin (Hamburgo) los polígonos del sector Pólvora hasta el 4/12", 6
            ),
            Logged(
                N,
                "17 parcelas se cruzan con bosque en el mapa 2020 (JRC). algunas son purmas viejas, otras no sé. si las reporto el comprador puede sacar a toda la coop",
                5,
            ),
            Logged(
                A,
                "le pregunté al ing. si conoce a alguien en SERFOR q pueda revisar los mapas de bosque conmigo. aún no responde",
                4,
            ),
            Logged(W, "pasé a entrevista de la beca!! es el 14 dic", 3),
            Logged(
                AG,
                "las 17 parcelas: ¿las reporto tal cual o primero verifico en campo? no me alcanza el tiempo pal 4",
                2,
            ),
            Logged(AG, "contarle lo de la entrevista + pedirle q me haga preguntas de práctica", 1),
            Logged(
                AG, "¿le digo q estoy pensando salir de la coop si no contratan más técnicos?", 1
            ),
        ),
    ),
    Persona(
        "AZ_cebu_dev_client_product_head",
        "Paolo",
        "Senior backend developer at a Cebu dev agency, embedded full-time with an Australian freight-broking client, Cebu City, Philippines",
        "lead rates v2 & figure out the direct hire thing w/o burning bridges",
        "Bronwyn",
        "Head of Product at the client company in Melbourne (not his employer)",
        Role.OTHER,
        weekly(4),
        time(6, 30),
        "Paolo is employed by a Cebu agency but works every day inside an Australian client's product team; his weekly call is with the client's Head of Product. The client's pre-Christmas code freeze is 4 December and he promised her a list of FX surcharge edge cases before then. She has hinted at hiring him directly, but the agency contract has a non-solicit clause. His wife is due at the end of January.",
        logged=(
            Logged(
                P,
                "Bronwyn's #1: rate card import has to handle the 3 big carriers' xlsx w/o manual cleanup. ops loses 2 days/wk on it",
                116,
            ),
            Logged(P, "she hates surprises. 'tell me on tuesday not friday' haha noted", 109),
            Logged(
                W,
                "shipped v1 ng rate import. ops cleanup 2 days -> half a day daw sabi ni Liam",
                92,
            ),
            Logged(
                A,
                "asked Bronwyn for read access sa prod logs para di na ako dadaan kay Liam every time",
                88,
                DONE,
            ),
            Logged(
                G,
                "stayed up til 2am our time helping their on-call w the Toll outage. hindi billable pero sige",
                75,
            ),
            Logged(N, "got prod log access na 🙌 took 3 wks pero ok", 67),
            Logged(N, "brownout ulit sa Talamban, worked from the coworking sa Ayala. gastos", 58),
            Logged(N, "Mika 24 wks na. OB says ok lahat 🙏 due jan 30", 50),
            Logged(
                A,
                "asked if pwede ako sumama sa rates v2 kickoff in Melbourne, march na lang (baby)",
                40,
            ),
            Logged(
                N,
                "Bronwyn on call: 'have you ever thought about joining us directly' 😳 di ako nakasagot ng maayos",
                30,
            ),
            Logged(
                N,
                "checked contract: 12 month non-solicit sa vendor agreement. Ramon would know details pero if i ask him...",
                28,
            ),
            Logged(
                F,
                "promised Bronwyn the FX surcharge edge case list b4 code freeze (4 Dec AU time)",
                20,
            ),
            Logged(
                N,
                "Ramon on 4 projects, nag-sorry pa sakin na wala siyang time for my review. medyo sad for him",
                15,
            ),
            Logged(
                W, "Liam: rates import had ZERO manual fixes the whole week. first time ever", 12
            ),
            Logged(N, "13th month delayed daw until dec 20. pang-hospital bag na sana yun", 9),
            Logged(F, "owe Ramon my oct timesheet corrections, he needs it for billing by fri", 6),
            Logged(
                AG,
                "FX list: 9 of ~14 done. tell her now (tuesday rule lol) that 2 cases need a decision from their finance ppl",
                3,
            ),
            Logged(F, "review Jessa's PR on carrier mapping, promised her tues, thurs na 😬", 2),
            Logged(
                AG,
                "the 'join us directly' thing - do i answer? or say it has to go thru the agency muna",
                2,
            ),
            Logged(AG, "paternity: off ~2 wks end of jan. tell her b4 they plan Q1", 1),
        ),
    ),
    Persona(
        "AZ_suceava_vet_food_inspector",
        "Mihaela",
        "Medic veterinar inspector, control siguranța alimentelor, DSVSA Suceava, Romania",
        "curs auditor HACCP si mutare pe Suceava oras. poate sef de birou in 2-3 ani",
        "dl Rusu",
        "șef serviciu control oficial siguranța alimentelor, her direct boss",
        Role.MANAGER,
        weekly(2),
        time(13, 30),
        "Mihaela is a veterinary inspector at the county food-safety directorate, covering African swine fever checks on household pig farms and Christmas fair permits in the Rădăuți area. Her November ASF report is due to her boss on Monday 30 November, before the 1 December holiday. Her husband works in Italy and is coming home for his grandmother's funeral. She has watched a colleague skip inspections at an abattoir owned by his cousin three times.",
        logged=(
            Logged(
                P,
                "dl Rusu: prioritate = controale PPA in gospodarii inainte de sarbatori, vrea zero focare noi in zona Radauti",
                115,
            ),
            Logged(
                A,
                "am cerut sa ma trimita la cursul de auditor HACCP de la Bucuresti (feb), platit de directie",
                104,
                DONE,
            ),
            Logged(
                P,
                "si vrea rapoartele in SIA la zi, nu pe hartie. a zis-o de 3 ori intr-o sedinta",
                100,
            ),
            Logged(
                N,
                "curs HACCP: 'nu sunt bani in 2026' 😒 costa 2400 lei. poate il platesc eu. poate nu",
                90,
            ),
            Logged(
                W,
                "abatorul din Falticeni - am gasit gaura la trasabilitate, au corectat in 2 sapt fara amenda. Rusu multumit",
                80,
            ),
            Logged(
                G,
                "am facut eu tabelul cu toate gospodariile cu porci din 14 comune, Rusu l-a trimis la ANSVSA ca model",
                72,
            ),
            Logged(
                N, "Vasile iar a 'uitat' controlul la abatorul lui Bogdan (var-su). a 3-a oara", 65
            ),
            Logged(
                N, "salariile raman inghetate si in 2026. Radu zice sa vin si eu in Italia. nu.", 55
            ),
            Logged(N, "Andreea vrea meditatii la mate pt bac. inca 400 lei/luna", 40),
            Logged(
                A,
                "l-am intrebat pe Rusu daca pot trece pe zona Suceava oras in loc de Radauti - 80 km/zi cu masina mea si decontul e ridicol",
                30,
            ),
            Logged(
                F,
                "promis lui Rusu: raportul PPA pe noiembrie, complet, pana pe 30 (luni), inainte de 1 Decembrie",
                14,
            ),
            Logged(
                W,
                "targul de Craciun Suceava - autorizari pt 38 standuri in 4 zile. fara reclamatii",
                10,
            ),
            Logged(
                F,
                "sa-i trimit Ramonei de la lab rezultatele de la Marginea, le asteapta de luni",
                5,
            ),
            Logged(
                F, "sa sun la primaria Horodnic pt lista actualizata de porci, lipsesc 2 sate", 4
            ),
            Logged(
                N,
                "a murit bunica lui Radu. vine acasa, inmormantarea joi 3 dec. ma simt vinovata ca ma gandesc la raport",
                3,
            ),
            Logged(
                AG,
                "Vasile & abatorul - ii spun lui Rusu sau nu? daca tac si iese ceva sunt si eu vinovata. daca zic, toata directia stie cine a zis",
                2,
            ),
            Logged(AG, "mutarea pe Suceava oras - raspuns??", 1),
            Logged(AG, "libera joi 3 dec pt inmormantare", 0.5),
        ),
    ),
    Persona(
        "AZ_regina_electrical_foreman",
        "Dana",
        "Electrical foreman (Red Seal), commercial electrical contractor, care-home build, Regina, Saskatchewan, Canada",
        "move into estimating b4 my shoulder decides for me",
        "Gord",
        "the other electrical foreman at her company, 30+ yrs in, retiring in March",
        Role.PEER,
        biweekly(0),
        time(6, 15),
        "Dana runs one of two electrical crews on a long-term-care home build. Every second Monday she has coffee with Gord, the senior foreman, who is teaching her estimating. Permanent power has to be on by 4 December so the drywallers can heat the building. Her shoulder is getting worse and she hasn't told anyone, and she saw Gord's crew working on the MCC without locking out.",
        logged=(
            Logged(
                A,
                "asked gord if hed let me shadow his takeoffs on the school bid, want to see how estimating does it",
                108,
                DONE,
            ),
            Logged(
                N, "gord said ya, sat mornings at his place. his wife makes cinnamon buns lol", 106
            ),
            Logged(
                P,
                "gord cares abt 1 thing rn - nobody gets hurt on his last job b4 he retires in march. says it every coffee",
                104,
            ),
            Logged(
                P, "also wants his apprentices ticketed b4 he goes. kyle writes 3rd yr in jan", 100
            ),
            Logged(
                W,
                "fire alarm verification east wing passed 1st try. inspector said cleanest hes seen this yr",
                85,
            ),
            Logged(G, "lent gord 2 of my guys for the gym pull when he was short, 3 days", 77),
            Logged(
                N,
                "shoulder worse. cant sleep on the right side. physio thinks rotator cuff maybe tear. not telling anyone at work yet",
                62,
            ),
            Logged(N, "truck payment up w the refinance. 1140/mo now. need the OT honestly", 50),
            Logged(W, "did my 1st takeoff alone (mech room), within 4% of gords", 38),
            Logged(F, "promised gord id quiz kyle on the code book every tues til his exam", 33),
            Logged(
                A,
                "asked gord to put my name in w Brenda (ops mgr) for estimator when he leaves. he said hed think abt it",
                21,
            ),
            Logged(
                N,
                "saw gords guys on the MCC, tags hanging but nothing locked. said nothing. bugging me",
                11,
            ),
            Logged(F, "send Shelby at the GC revised panel sched for 2nd flr by fri", 8),
            Logged(
                F,
                "call SaskPower re perm power, need it by the 4th or drywall cant heat the bldg",
                6,
            ),
            Logged(
                AG,
                "the lockout thing. his crew, his last job, his whole 'nobody gets hurt' deal. do i say it to him straight",
                3,
            ),
            Logged(
                N,
                "-31 this am. lift wouldnt start. shoulder screaming. skipped kyles quiz tues, owe him",
                2,
            ),
            Logged(AG, "estimator - did he talk to brenda or not", 1),
            Logged(AG, "ask if kyle can come to my crew for the perm power push nxt wk", 1),
        ),
    ),
)
