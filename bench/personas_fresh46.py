# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 30 (set AU)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH46 = (
    Persona(
        "au_icu_nurse_coimbatore",
        "Meenakshi",
        "Senior Staff Nurse, Medical ICU, 300-bed private multispeciality hospital, Coimbatore, India",
        "get the Clinical Nurse Educator post when Mary sister retires in jan. not 11 more yrs of nights",
        "Gracy",
        "Chief Nursing Officer, her boss's boss (her direct in-charge is Sister Latha)",
        Role.SKIP,
        monthly(-1, 4),
        time(14, 30),
        "Meenakshi has 11 years in ICU nursing and is the medical ICU's informal trainer. Her monthly slot with the CNO is tomorrow (Fri 27 Nov), five days before the NABH surveillance audit on Wed 2 Dec, and she promised Gracy the compiled bundle-compliance sheets for all three ICUs by Mon 30th; the SICU sheets haven't come. The Clinical Nurse Educator post she wants was posted on the intranet (closes 5 Dec), her own council registration has lapsed, she is juggling her mother's dialysis days and a back problem, and she can't decide whether to mention how her in-charge hands out shifts.",
        logged=(
            Logged(
                P,
                "Gracy madam priority this qtr = NABH surveillance audit + bring down CLABSI & pressure injury nos. she keeps saying 'data or it didnt happen' 😅",
                118,
            ),
            Logged(
                N,
                "1st 1:1 with CNO. strict but she listened. told her abt amma dialysis mon/wed/fri",
                118,
            ),
            Logged(
                A,
                "asked for no night duty on amma dialysis days (mon wed fri) for 3 months",
                118,
                DONE,
            ),
            Logged(
                N,
                "roster changed from sept - only tue/thu/sat nights now. Latha sister face was not happy but ok. romba relief",
                97,
            ),
            Logged(
                W,
                "trained 9 new joinees on VAP bundle + vent alarms, all 9 cleared the checklist. Dr Harish appreciated in morning huddle",
                88,
            ),
            Logged(
                G,
                "made CLABSI bundle checklist in tamil + english for ward staff, gave copy to Gracy madam, she put it in all 3 ICUs",
                76,
            ),
            Logged(
                P, "she wants one 'bundle champion' nurse per ICU who owns the audit sheets", 62
            ),
            Logged(
                A,
                "asked if i can be considered for Clinical Nurse Educator post (Mary sister retiring jan). she said 'apply when HR posts, i will keep in mind'",
                62,
            ),
            Logged(
                N,
                "back pain again after proning that 140kg pt. ortho says disc bulge L4-L5, avoid heavy lifting. not telling anyone at work. enna panradhu",
                55,
            ),
            Logged(W, "MICU ZERO CLABSI 60+ days!! first time since i joined", 41),
            Logged(F, "send BLS/ACLS recert due list to Dr Harish - he asked twice already 🙈", 34),
            Logged(
                N,
                "1:1 with Gracy - she said MICU bundle nos are best in hospital. asked me to compile Oct + Nov bundle compliance for all 3 ICUs b4 NABH",
                27,
            ),
            Logged(
                F,
                "promised Gracy madam: compiled bundle sheets Oct+Nov (MICU, SICU, CTICU) by mon 30th so QA can check b4 audit on 2nd",
                27,
            ),
            Logged(F, "return infusion pump training ppt + pendrive to Senthil (biomed)", 20),
            Logged(
                G, "covered 2 extra shifts diwali week, 3 staff on leave. nobody else ready", 17
            ),
            Logged(
                N,
                "Latha sister again gave Jincy and her cousin Reena all day shifts for dec. rest of us 3 nights/wk. whole whatsapp grp grumbling",
                9,
            ),
            Logged(
                N,
                "HR posted CNE job on intranet!! last date 5/12. need updated CV + TNNMC renewal copy, mine expired in oct 😬",
                6,
            ),
            Logged(F, "renew TNNMC registration online + pay fee before applying", 6),
            Logged(N, "Dr Harish said he will give reco letter for CNE if needed 👍", 3),
            Logged(
                N,
                "SICU sheets still not come from Dhanam sister. CTICU half done. sitting till 12 nite after amma sleeps. tired tired",
                2,
            ),
            Logged(F, "call Dhanam sister tmrw 7am for SICU Oct sheets", 2),
            Logged(
                AG, "ask Gracy madam direct - will she recommend me for CNE / one line to HR?", 1
            ),
            Logged(
                AG,
                "do i tell her abt Latha sister roster favouritism?? she is my direct in-charge, if it comes back to me...",
                1,
            ),
            Logged(AG, "tell her SICU sheets may be late, MICU+CTICU ready by sat", 0.5),
        ),
    ),
    Persona(
        "au_coldchain_supervisor_extrema",
        "Daiane",
        "Supervisora de expedição (shipping supervisor), cold-chain distribution centre for pharma and food, Extrema (MG), Brazil",
        "virar coordenadora no CD novo de Pernambuco em 2027 🚀",
        "Renata",
        "Diretora de Operações Sudeste, her sponsor (not in her reporting line)",
        Role.SPONSOR,
        monthly(1, 2),
        time(16, 0),
        "Daiane runs a 38-person shipping shift at a temperature-controlled DC. Renata, the regional operations director, has been sponsoring her for the coordinator job at the new DC in Cabo de Santo Agostinho (PE); the shortlist comes out in January. Their next monthly talk is Wed 2 Dec, right after Black Friday (Fri 27) and the full inventory count (Mon 30), and she owes Renata a Friday cross-docking proposal by the 30th. She found out two weeks ago she is pregnant, has told no one at work, and the move would land right around the birth.",
        logged=(
            Logged(
                P,
                "Renata foco do semestre: OTIF > 97% e zero excursão de temperatura nos clientes pharma (auditoria Anvisa no CD em jan)",
                113,
            ),
            Logged(
                N,
                "Renata disse q vai me indicar pro processo de coord em Cabo (PE) se eu mostrar resultado até dez. não contar p ninguém ainda 🤫",
                113,
            ),
            Logged(
                G,
                "mandei pra Renata a planilha de OTIF por cliente que eu montei no fds, ela usou na reunião c a diretoria",
                99,
            ),
            Logged(A, "pedi p Renata se a empresa paga meu Green Belt", 85, DONE),
            Logged(W, "OTIF agosto 97,9% 🎉🎉 melhor CD do Sudeste", 84),
            Logged(N, "green belt aprovado!! começa em out, aos sábados 😩 mas ok", 70),
            Logged(
                F,
                "mandar pro Jeferson (seg. do trabalho) a lista dos 6 operadores de empilhadeira q precisam reciclagem NR-11 antes de dez",
                64,
                DONE,
            ),
            Logged(
                P, "ela tá preocupada c custo de hora extra no peak, diretoria cobrando ela", 50
            ),
            Logged(
                F,
                "prometi p Renata: proposta de cross-docking nas sextas p cortar HE, até 30/11",
                50,
            ),
            Logged(
                W,
                "5 meses zero excursão de temperatura. alarme do baú da Translog disparou e a gente segurou a carga na doca na hora",
                42,
            ),
            Logged(
                F,
                "cobrar Marcos da Translog o laudo de calibração dos termógrafos dos baús (prometeu semana passada)",
                40,
            ),
            Logged(
                N,
                "briga c o Cleiton (sup turno B) de novo. deixa doca suja e pallet sem filme pro meu turno. não aguento mais",
                31,
            ),
            Logged(
                N,
                "1:1 c Renata: shortlist sai em janeiro, 3 nomes, eu to em 1. perguntou se eu mudaria c a família pra PE",
                22,
            ),
            Logged(
                A,
                "perguntei se o pacote de relocação cobre escola do Davi + mudança no meio do ano letivo. ficou de ver c RH",
                22,
            ),
            Logged(F, "falar c Patrícia do RH sobre banco de horas do time, tem gente c +80h", 18),
            Logged(
                W,
                "treinamento FEFO c os temporários: erro de picking caiu de 1,8% p 0,6% em 2 semanas",
                15,
            ),
            Logged(N, "deu positivo 😳😳 8 semanas. ninguém sabe, só o Rodrigo e minha mãe", 11),
            Logged(
                N,
                "médica falou p evitar ficar muito tempo na câmara -20. como q eu faço isso no peak",
                9,
            ),
            Logged(
                F,
                "números de HE de out do turno B pra proposta - Cleiton não manda, pedir direto p Patrícia",
                5,
            ),
            Logged(
                N,
                "Black Friday sexta, 2 turnos dobrados, inventário geral seg 30. semana de loucos",
                3,
            ),
            Logged(
                AG, "perguntar de novo da relocação / escola do Davi - RH não respondeu nada", 1
            ),
            Logged(
                AG,
                "dilema: conto pra Renata da gravidez antes do shortlist?? medo de sair da lista. mas a mudança cairia bem na época do parto (jun/jul)...",
                1,
            ),
            Logged(AG, "levar números do peak + queda do erro de picking", 0.5),
        ),
    ),
    Persona(
        "au_elektriker_leipzig",
        "Jonas",
        "Elektroniker (journeyman electrician) at a 14-person electrical contractor in Leipzig, Germany; part-time Meisterschule",
        "Meister fertig bis Sommer 27 + eigene PV-Kolonne",
        "Uwe",
        "Elektromeister and owner of the firm, his boss",
        Role.MANAGER,
        weekly(0),
        time(6, 45),
        "Jonas (29) is the firm's go-to troubleshooter and does Meisterschule on evenings and Saturdays. The Monday 1:1 with the owner happens standing by the vans before they leave. This week: DGUV V3 test reports he promised Uwe for Friday (one building has circuits without RCDs and the client won't pay), the kindergarten handover inspection on Thu 3 Dec, and a five-week-old unanswered ask about leading his own PV crew with a company van. He has an offer from the municipal utility (deadline 11 Dec) and hasn't told anyone.",
        logged=(
            Logged(
                P,
                "Uwe: dieses jahr nur 2 sachen - PV-Aufträge abarbeiten (Warteliste 40!) und keine Reklamation mehr wie BV Schönefeld",
                115,
            ),
            Logged(
                A,
                "Bildungsurlaub 5 Tage für Prüfungswoche Meisterkurs Feb + zahlt Firma Prüfungsgebühr?",
                108,
                DONE,
            ),
            Logged(
                N,
                "Uwe ok mit Bildungsurlaub. Gebühr zahlt er halb, rest Aufstiegs-BAföG. fair",
                101,
            ),
            Logged(
                W,
                "Bäckerei Hofmann, FI fliegt seit wochen, Marco 2 tage nix gefunden. ich 2h: Feuchtigkeit in Abzweigdose Backstube. Uwe hats beim Frühstück allen erzählt 💪",
                96,
            ),
            Logged(A, "neues Prüfgerät, altes Gossen kalibriert nicht mehr sauber", 87, DONE),
            Logged(
                G,
                "Sa Notdienst Wasserschaden bei Hausverwaltung Müller übernommen, Uwe war im Urlaub",
                80,
            ),
            Logged(N, "Prüfgerät bestellt (Benning) 👍", 73),
            Logged(W, "AEVO bestanden!! Teil IV done", 66),
            Logged(
                P,
                "Uwe will HV Müller als Dauerkunden halten - 6 Häuser DGUV V3 + E-Check jedes jahr = planbares Geld",
                59,
            ),
            Logged(
                N,
                "Rücken wieder. Kabelziehen Dachboden Kita. Physio 6x verschrieben, termine nur 15 Uhr -> geht nicht",
                52,
            ),
            Logged(
                A,
                "ab Jan eigene PV-Kolonne (ich + Azubi Lena + 1 Helfer) + Firmenwagen mit nach Hause?",
                38,
            ),
            Logged(
                N, "Uwe: 'muss ich mit Steuerberater wegen Dienstwagen klären'. seitdem nix", 31
            ),
            Logged(
                N,
                "Marco lässt auf Baustelle Kita alles rumliegen, Bauleiterin ruft MICH an nicht ihn. nervt",
                24,
            ),
            Logged(
                N,
                "Angebot Stadtwerke LE: Prüfer Netzservice, 38h, 13. Gehalt, ca 600 brutto mehr. Frist 11.12.",
                13,
            ),
            Logged(N, "Auto Zahnriemen 1.400€. genau jetzt. super", 10),
            Logged(G, "mit Lena Schaltplan-Übungen für Zwischenprüfung gemacht, 2 abende", 8),
            Logged(
                F, "Uwe versprochen: DGUV V3 Prüfprotokolle HV Müller Häuser 1-6 als PDF bis Fr", 3
            ),
            Logged(
                F,
                "Herrn Pohl (Hausmeister Kita) anrufen wg Schlüssel + Zugang Verteilerraum für Abnahme 3.12.",
                3,
            ),
            Logged(
                F,
                "Fam. Nguyen Wallbox: Anmeldung Netzbetreiber raus seit 3 wochen, nix gehört - nachhaken",
                2,
            ),
            Logged(
                F, "Lenas Berichtsheft von Uwe unterschreiben lassen, liegt seit okt bei mir", 2
            ),
            Logged(
                N,
                "Haus 4 Müller: 3 Steckdosenkreise ohne FI, Altanlage. Kunde will Nachrüstung nicht zahlen. Protokoll trotzdem mit Mängel rein, klar. aber Uwe will keinen Ärger mit denen",
                1.5,
            ),
            Logged(AG, "PV-Kolonne + Auto - endlich antwort?", 1),
            Logged(
                AG,
                "Stadtwerke erwähnen oder nicht?? will eigentlich bleiben wenn PV klappt. aber nicht als Druckmittel rüberkommen",
                1,
            ),
            Logged(AG, "Abnahme Kita Do 3.12 - wer kommt mit, Marco oder Lena", 0.5),
        ),
    ),
    Persona(
        "au_flowerfarm_qa_naivasha",
        "Wanjiru",
        "Quality & Compliance Lead, rose farm pack-house exporting to the Dutch auctions, Naivasha, Kenya",
        "Technical Manager in 2 yrs. MSc Agribusiness first if the scholarship comes through",
        "Grace",
        "Mentor from the Kenya Flower Council women-in-leadership programme; retired flower-farm GM",
        Role.MENTOR,
        monthly(2, 5),
        time(9, 0),
        "Wanjiru runs grading quality, spray records and certification at a 60-hectare rose farm. Grace, a retired farm GM who sits on an industry ethics committee, mentors her on a monthly Saturday-morning call; the next is 12 Dec. Before that: the scholarship application closes 1 Dec and Grace agreed to be referee but still hasn't seen the personal statement (promised for Sun 29th), and the GlobalG.A.P./MPS re-audit is Fri 4 Dec. Casual workers have been paid late two months running, and at the last session she told Grace everything was fine.",
        logged=(
            Logged(
                P,
                "Grace cares a lot about workers welfare and ethics - she's on the KFC ethics cttee. Also keeps saying 'know your numbers'",
                110,
            ),
            Logged(
                N,
                "first session with Grace. She asked where I want to be in 5 yrs, I said I don't know 😬 homework: write it down",
                110,
            ),
            Logged(A, "asked Grace to review my CV before I apply anywhere", 110, DONE),
            Logged(
                N,
                "CV came back with red ink everywhere lol. 'You're hiding your results.' fair",
                100,
            ),
            Logged(
                W, "Zero EU interceptions (MRL/pests) 6 months straight. last yr we had 2 👏", 82
            ),
            Logged(
                N,
                "session: MSc Agribusiness at Egerton - she says apply for the agri leaders scholarship, closes 1st Dec",
                75,
            ),
            Logged(A, "asked Grace to be my referee for the scholarship", 75, DONE),
            Logged(N, "She said yes 🙏 but wants to see my personal statement first", 73),
            Logged(
                G,
                "sent Grace a 1-page note on how we cut thrips rejections, she's sharing it with her other mentees",
                60,
            ),
            Logged(
                P,
                "Grace: new EU residue limits are coming, she wants me to be 'the person in the room who understands them'",
                47,
            ),
            Logged(F, "promised Grace a 20 min talk for the Jan cohort on MRL compliance", 47),
            Logged(
                W,
                "Auction rejections down from 4.1% to 1.7% since the grading training. trained 40 graders, mostly the Sept intake",
                44,
            ),
            Logged(
                N,
                "casuals paid late again - 2nd month. Kamau (accounts) says 'cashflow, Valentine's orders will fix it'. The ladies ask ME bcz I'm the one they see daily. nimechoka",
                40,
            ),
            Logged(
                N,
                "Brian's asthma flared, 2 nights at the sub-county hosp. Missed Mon-Tue. pole to me 😩",
                30,
            ),
            Logged(
                F,
                "send spray records + PHI log Jul-Nov to Mr Kiprono (auditor) before re-audit",
                20,
                DONE,
            ),
            Logged(
                F,
                "remind Peter (farm mgr) abt broken toilets in block C housing - auditors WILL see it",
                18,
            ),
            Logged(
                N,
                "session 14/11: she asked straight 'how are your workers treated?' I said fine. Wasn't fully honest 😕",
                12,
            ),
            Logged(
                F,
                "send Grace personal statement draft by Sunday 29th so she can write reference b4 the 1st",
                12,
            ),
            Logged(
                N,
                "statement still stuck on the 'leadership example' part. nothing feels big enough",
                6,
            ),
            Logged(
                N, "chama contribution due 30th + Njeri's school fees. money tight this month", 5
            ),
            Logged(
                F,
                "talk to Mercy (HR) about the 3 pregnant packers - should be on lighter duty before auditors ask",
                4,
            ),
            Logged(
                A,
                "ask Grace if she can intro me to someone at the KEPHIS residue lab - want to understand the testing side",
                3,
            ),
            Logged(
                AG,
                "do I tell Grace about late pay for casuals? she's on the ethics cttee and knows our GM... feels like reporting my own farm",
                2,
            ),
            Logged(AG, "leadership example - use the grader training story? ask her", 1),
            Logged(
                N,
                "re-audit Fri 4th confirmed. Peter says toilets fixed 'by Monday'. sawa, we'll see",
                1,
            ),
        ),
    ),
    Persona(
        "au_enologa_mendoza",
        "Florencia",
        "Enóloga asistente (assistant winemaker), mid-size bodega in Luján de Cuyo, Mendoza, Argentina",
        "que me den las parcelas para el Gran Reserva 2027 y hacer una vendimia afuera (Borgoña!!)",
        "Hugo",
        "Enólogo consultor externo (consulting winemaker), visits every other week; not her boss (her boss is head winemaker Martín)",
        Role.OTHER,
        biweekly(2),
        time(10, 0),
        "Florencia, 31, is assistant winemaker; her boss is head winemaker Martín, but Hugo, the external consultant who visits every other Wednesday, is the one actually teaching her. Bottling of the Malbec Reserva 2025 is Thu 3 Dec and competition samples ship Mon 30th. She promised Hugo the free-SO2 and dissolved-oxygen analyses for tanks 9-14 last Monday and hasn't sent them (lab delay), and she knows Martín added SO2 to tank 14 against Hugo's explicit instruction and asked her to keep quiet.",
        logged=(
            Logged(
                P,
                "Hugo: prioridad este año bajar SO2 y madera nueva, quiere vinos 'más frescos, menos maquillaje'. lo repite en cada visita",
                120,
            ),
            Logged(
                N,
                "primera charla larga con Hugo despues de la visita. me pregunto q quiero hacer en 5 años, le dije vendimia en Borgoña jaja y no se rió",
                120,
            ),
            Logged(
                A,
                "le pedí si me deja hacer con él las microvinificaciones de las parcelas de Gualtallary",
                106,
                DONE,
            ),
            Logged(
                N, "dijo que si!! pero sin descuidar lo mío. 6 barricas de prueba, son mías 🍷", 92
            ),
            Logged(
                W,
                "el Malbec de la parcela 3 (racimo entero) salió primero en la cata ciega de Hugo y no sabía q era mío",
                64,
            ),
            Logged(
                G,
                "le armé a Hugo la planilla con todos los análisis de malolácticas por tanque, antes lo anotaba a mano en su cuadernito",
                59,
            ),
            Logged(
                F,
                "pasarle a Gustavo (Corchos del Sur) cantidades x lote para el embotellado, me pidio confirmacion",
                45,
                DONE,
            ),
            Logged(
                N,
                "sueldo depositado tarde otra vez, el 10. con esta inflacion cada dia es plata menos. y le tengo q mandar a mi vieja a Córdoba",
                38,
            ),
            Logged(
                P,
                "a Hugo le preocupa el embotellado del Reserva, el año pasado se oxidó un lote x apuro",
                36,
            ),
            Logged(
                A,
                "le pregunté si me recomendaría para la vendimia 2027 en el domaine de su amigo en Beaune",
                36,
            ),
            Logged(
                N,
                "Hugo: 'más adelante, primero mostrame el Reserva bien embotellado'. ok, mensaje recibido",
                22,
            ),
            Logged(
                W,
                "Hugo me reenvió un mail de un importador danés q probó la parcela 3: 'who made this?'. me lo mandó con un 'ja' y nada más 🥹",
                10,
            ),
            Logged(
                F,
                "le prometí a Hugo mandarle el lunes SO2 libre + oxígeno disuelto de los tanques 9 al 14, antes del embotellado",
                8,
            ),
            Logged(
                N,
                "ayer Martín le agregó SO2 al tanque 14. Hugo había dicho clarito q NO hasta ver el análisis. Martín: 'no le digas nada, también es mi bodega'",
                5,
            ),
            Logged(N, "me duele la muela hace 3 dias, turno con el dentista recien el 9/12 😖", 5),
            Logged(
                F,
                "confirmar con Sofi (turismo) la degustación navideña del 19/12, quiere 2 vinos de mis barricas",
                4,
            ),
            Logged(
                F, "muestras al concurso salen el lunes 30 - etiquetar y despachar por Andreani", 3
            ),
            Logged(N, "el lab se atrasó, todavía no le mandé nada a Hugo 😬 mañana sin falta", 3),
            Logged(
                N,
                "Martín me pasó a turno tarde la semana del embotellado 'porque vos sabés la línea'. o sea 14 hs parada",
                2,
            ),
            Logged(AG, "llevar impresos los análisis tanques 9-14 (si llegan!!)", 1),
            Logged(
                AG,
                "lo del tanque 14... le digo a Hugo o no? si no digo y el lote sale mal me van a mirar a mí",
                1,
            ),
            Logged(
                AG, "volver a preguntar lo de Beaune, aunque sea para saber si sigue en pie", 0.5
            ),
        ),
    ),
    Persona(
        "au_build_engineer_montreal",
        "Marie-Ève",
        "Build & release engineer, mid-size console game studio, Montréal, Canada",
        "senior by next review cycle. and stop being the nightly's pager 😵",
        "Tariq",
        "Senior engine/tools engineer on another team; informal peer 1:1s",
        Role.PEER,
        biweekly(1),
        time(10, 30),
        "Marie-Ève owns the CI/build pipeline for a console title heading into platform certification: code freeze Tue 1 Dec, submission Fri 4 Dec. Tariq, a senior engineer on the engine team, is a peer, not her manager; they started biweekly 1:1s to coordinate his shader-cache migration and she now leans on him for career advice. She owes him PS5/Xbox cache benchmarks by Mon 30th, his team's merges broke the nightly three times this month, and he never answered her ask to co-present at January's tech day.",
        logged=(
            Logged(
                P,
                "tariq's big thing this quarter = shader cache migration to the new DDC. his lead is measuring him on it",
                104,
            ),
            Logged(
                N,
                "first 1:1 w tariq. nice, talks fast. agreed to sync every 2 wks til the migration lands",
                104,
            ),
            Logged(
                A, "asked tariq to review my RFC for splitting the nightly into 3 stages", 97, DONE
            ),
            Logged(
                N,
                "RFC approved after his comments, he caught the cache invalidation hole. ok il est bon",
                83,
            ),
            Logged(W, "nightly 4h10 -> 1h35 after the split 🚀🚀", 62),
            Logged(G, "built the DDC hit-rate dashboard so tariq had numbers for his lead", 55),
            Logged(
                N,
                "review chat w Julien (my mgr): for senior i need 'more visible cross-team impact'. cool cool what does that mean",
                48,
            ),
            Logged(
                A,
                "asked tariq if he'd co-present the pipeline + cache work w me at internal tech day in jan",
                41,
            ),
            Logged(
                N,
                "3 pager nights in a row bc nightly. sleeping like garbage. my partner says i mutter about jenkins in my sleep. not funny anymore",
                34,
            ),
            Logged(
                F,
                "send Kim (art tools) the how-to for local cook w the new cache, promised 2 wks ago 🙃",
                27,
                DONE,
            ),
            Logged(
                F,
                "promised tariq: ps5 + xsx cache hit-rate benchmarks on the cert branch, by mon 30",
                13,
            ),
            Logged(
                P,
                "tariq says his lead wants DDC on by default BEFORE cert submission. risky imo",
                13,
            ),
            Logged(
                N,
                "nightly broken AGAIN by engine merge that skipped the pre-merge gate. 3rd time this month. spent my samedi fixing it",
                10,
            ),
            Logged(
                F, "ask Julien to put cert-week on-call rota in writing, not just 'on verra'", 9
            ),
            Logged(N, "freeze tue dec 1, cert submission fri dec 4. tout le monde panique", 6),
            Logged(
                W,
                "kim's team: local cook 40 min -> 9 min w the cache 🙌 she posted it in #art-tools and tagged me",
                5,
            ),
            Logged(
                N,
                "ma tante in Lyon is sick, maman flying over for xmas and wants me to come. no vacation during cert obviously. after dec 4 maybe",
                4,
            ),
            Logged(F, "update cert-week runbook + share w Fatou (QA lead)", 3),
            Logged(
                AG,
                "how do i bring up the engine merges breaking nightly w/o sounding like i'm blaming him. his team, not him",
                1,
            ),
            Logged(AG, "tech day co-present - he never answered", 1),
            Logged(
                AG, "DDC default-on before cert: i think NO. need him on my side w his lead", 0.5
            ),
        ),
    ),
)
