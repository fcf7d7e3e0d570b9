# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 45 (set BZ)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly

from coaching.model import Role

FRESH77 = (
    Persona(
        "BZ_thandiwe_homecare_durban",
        "Thandiwe",
        "home-care worker at a small private home-care agency, Durban, South Africa",
        "i want to do the auxiliary nursing course next year, need the agency to help with the fees",
        "Mrs N",
        "Kavitha Naidoo, care coordinator at the agency, who sets Thandiwe's rosters and is her direct manager",
        Role.MANAGER,
        biweekly(1),
        time(14, 0),
        "Thandiwe, 38, has done home visits for the agency for six years, mostly elderly clients in Umlazi and Chatsworth. She is reliable and clients' families ask for her by name. She has asked three times for a transport allowance because the Umlazi round costs her two taxis each way, and has applied for the auxiliary nursing bursary whose internal deadline is 15 December; Mrs Naidoo passed that ask up to the director and has not come back. The delicate matter: one client, an 81-year-old woman Thandiwe calls Gogo D, lives with a grandson, Sbu, who shouts at her about money, keeps her pension card and may be hurting her (a bruise she explained as a fall). Thandiwe has not written it in the visit book because Sbu reads it, is scared of being wrong and of being identified, and does not know whether to report to Mrs Naidoo or straight to a social worker. The last 1:1 was cancelled because Mrs Naidoo was at head office.",
        logged=(
            Logged(
                P, "Mrs N says documentation in the file EVERY visit, auditors coming in Jan", 40
            ),
            Logged(
                A, "asked for transport allowance for the Umlazi clients, 2 taxis each way 😩", 38
            ),
            Logged(
                N,
                "Gogo D grandson Sbu there again, shouting at her abt money. she cried after i left the kitchen. didnt write in book bc he reads it",
                30,
            ),
            Logged(G, "covered Lindiwe's shifts sat + sun, her child in hospital", 27, DONE),
            Logged(
                A,
                "ANC course bursary - asked if agency can help. she said she'll ask the director",
                24,
            ),
            Logged(
                W,
                "Govender family sent thank you card to the office!! Mrs N forwarded to everyone 🥹",
                20,
            ),
            Logged(
                N,
                "Sbu again. gogo's pension card not in her purse, she says he 'keeps it safe'. hayi. i dont like this",
                16,
            ),
            Logged(F, "find out proper way to report — Mrs N or social worker direct??", 15),
            Logged(A, "transport allowance - still nothing, 3rd time asking", 10),
            Logged(N, "tues 1:1 cancelled, Mrs N at head office", 9),
            Logged(
                N,
                "gogo had bruise on arm, says she fell. maybe she did. ngiyesaba ukusho into engiqinisekile ngayo",
                5,
            ),
            Logged(
                AG,
                "Gogo D — tell Mrs N everything, the card + the bruise + Sbu. ask her to keep my name out if possible",
                1,
            ),
            Logged(AG, "bursary - did director answer?? closing 15 Dec", 1),
            Logged(AG, "transport money, need an answer not 'we'll see'", 0.8),
        ),
        tz="Africa/Johannesburg",
    ),
    Persona(
        "BZ_joaquin_foreman_mendoza",
        "Joaquín",
        "vineyard foreman (encargado de finca) at a family-owned bodega, Luján de Cuyo, Mendoza, Argentina",
        "quiero que me pongan como encargado en serio, en convenio y con recibo, o me voy",
        "Don E",
        "Ernesto Bianchi, owner of the bodega, who runs it himself and is Joaquín's boss",
        Role.MANAGER,
        monthly(1, 1),
        time(7, 30),
        "Joaquín, 34, runs the vineyard crews of a small family bodega and has done the foreman's job for two years while still registered as a labourer with a bonus; Don Ernesto promised to regularise him 'after the harvest' in April and has not. Joaquín saved the old Malbec parcel, Don Ernesto's export priority, by getting hail nets up before the October storm, and built him an irrigation sheet on his phone. On 6 November Rolo, a Bolivian seasonal worker, fell off a trailer and hurt his wrist; Don Ernesto told Joaquín to say it happened at home, and Joaquín suspects the seasonal crew has no ART (work-accident insurance). Rolo has not been paid since and Joaquín has lent him money. A bigger bodega in Tupungato has approached Joaquín about a head-of-vineyard job with a car and a house; he has not told anyone. He also asked for two days off for his daughter's school event on 4 December.",
        logged=(
            Logged(
                P,
                "Don E: este año todo para el Malbec de la parcela vieja, quiere el single vineyard para exportar",
                60,
            ),
            Logged(
                A,
                "le pedí q me pase a convenio como encargado, no como peón con plus. dijo 'después de cosecha'... la cosecha fue en abril 🙄",
                55,
            ),
            Logged(
                N,
                "helada 3/10, perdimos algo en la parcela baja. velas toda la noche, no dormí nada",
                54,
            ),
            Logged(
                G,
                "le armé a Don E la planilla de riego en el celu, ahora la mira él solo jaja",
                40,
                DONE,
            ),
            Logged(
                W,
                "mallas antigranizo puestas en el Malbec viejo antes de la tormenta del 28/10 🙌 en Agrelo granizo, acá nada",
                28.5,
            ),
            Logged(
                N,
                "Rolo (cuadrilla boliviana) se cayó del acoplado, muñeca. lo llevamos al hospital y Don E dijo q dijera q fue en su casa. NO me gustó nada eso",
                20,
            ),
            Logged(F, "averiguar si los de la cuadrilla tienen ART o no. creo q no", 19),
            Logged(
                N,
                "me llamó el Tano, en una bodega grande de Tupungato buscan jefe de finca. con camioneta y casa 👀",
                14,
            ),
            Logged(A, "pedí 2 días para el acto de la nena 4/12", 10),
            Logged(N, "Rolo sigue sin trabajar y sin cobrar. le pasé plata yo", 8),
            Logged(N, "no decir lo de Tupungato todavía", 3),
            Logged(AG, "lo del convenio/recibo. fecha concreta o nada", 2),
            Logged(
                AG, "Rolo - q le paguen los días. y ART para toda la cuadrilla antes del raleo", 2
            ),
            Logged(F, "confirmar raleo con Mariela (ingeniera) antes de hablar con Don E", 1),
            Logged(AG, "los 2 dias del 4/12 confirmar", 0.6),
        ),
        tz="America/Argentina/Mendoza",
    ),
    Persona(
        "BZ_linh_patissiere_lyon",
        "Linh",
        "pastry cook (chef de partie pâtisserie) at a busy brasserie, Lyon, France",
        "passer le Brevet de Maîtrise et ouvrir ma pâtisserie franco-viet d'ici 3 ans",
        "Chef M",
        "Bernard Morel, retired Meilleur Ouvrier de France pâtissier who mentors young pastry cooks through a chamber of trades programme; Linh's mentor",
        Role.MENTOR,
        monthly(1, 2),
        time(15, 0),
        "Linh, 27, came from Ho Chi Minh City at 19, trained in Lyon and now runs the pastry section at a brasserie. Her mentor, Chef Morel, insists on consistency before creativity; he marked up her Brevet de Maîtrise file and she has redone the cost section. Her black-sesame Paris-Brest made the winter menu. She wants his help getting a two-week chocolate placement with his friend in Annecy in January. Her mother in Vietnam had a tumour found; it is benign but needs an operation in February, so Linh will need three weeks away then. The delicate part: the sous-chef, Kevin, calls her 'Mulan' and 'la chinoise' in front of the brigade, everyone laughs, and she laughs along. Last week she burned her forearm on a tray nobody warned her about, with another such remark. She has not told anyone and is unsure whether to bring it up with her mentor.",
        logged=(
            Logged(
                P,
                "Chef M: 'la régularité avant la créativité'. veut voir 20 entremets identiques avant de parler de ma carte",
                45,
            ),
            Logged(A, "demandé s'il peut relire mon dossier pour le Brevet de Maîtrise", 42, DONE),
            Logged(N, "il a rendu le dossier, plein de rouge 😅 mais 'bonne base'", 35),
            Logged(
                F,
                "refaire partie gestion/coûts — food cost sous-estimé (22%), recalculer avec beurre AOP",
                34,
            ),
            Logged(
                W, "mon paris-brest sésame noir validé par le chef!! sur la carte d'hiver 🎉", 30
            ),
            Logged(
                N,
                "Kevin encore 'Mulan' devant tout le monde. tout le monde rigole. moi aussi je rigole wtf",
                21,
            ),
            Logged(N, "má gọi, kết quả xét nghiệm chưa có. lo quá", 18),
            Logged(
                G,
                "envoyé à Chef M photos + recette du bánh bò nướng pandan pour ses stagiaires",
                15,
            ),
            Logged(A, "stage 2 sem chez son ami à Annecy (chocolat) — janvier possible??", 12),
            Logged(
                N,
                "brûlure avant-bras, plaque à 220, personne m'a dit qu'elle sortait du four. Kevin: 'fais gaffe la chinoise' 🙃",
                7,
            ),
            Logged(N, "má: khối u lành tính 🙏🙏 mais opération en février", 4),
            Logged(F, "food cost recalculé = 31%. ok", 3, DONE),
            Logged(
                AG, "Annecy oui/non? janvier ok mais si má opère en fev je dois partir 3 sem", 1
            ),
            Logged(AG, "dossier BM v2 — montrer nouveau calcul food cost 31%", 1),
            Logged(
                AG,
                "Kevin?? je sais pas si j'en parle. peut-être juste demander comment lui il gérait ça quand il était jeune commis",
                0.4,
            ),
        ),
        tz="Europe/Paris",
    ),
    Persona(
        "BZ_priya_inspector_pune",
        "Priya",
        "junior engineer, building permission department, municipal corporation, Pune, India",
        "clear the Deputy Engineer departmental exam in Feb and get out of BP dept by 2027",
        "D sir",
        "Anil Deshpande, City Engineer, head of the department and boss of Priya's own boss (Executive Engineer Jadhav)",
        Role.SKIP,
        monthly(4, 4),
        time(11, 0),
        "Priya, 41, inspects buildings for completion certificates. Deshpande, the City Engineer, wants zero pending files before the standing committee on 10 December, and Priya has cleared 43 files in two weeks and built the ward-wise pendency sheet he used with the commissioner. At a tower in Kharadi she found the refuge floor enclosed as flats and a fire NOC copy that looked altered. Her direct boss, Jadhav, told her to sign because the builder is 'known'; she refused and wrote an observation. Since then Jadhav has taken her off two site committees, and the file turned up on his table without her observation page. She has kept copies at home. Her husband and mother tell her not to fight. She has a monthly skip-level with Deshpande tomorrow and wants to tell him the facts without accusing anyone; she is also waiting for an answer on five days' study leave before her February exam.",
        logged=(
            Logged(P, "D sir: zero pendency before standing committee 10 Dec. no excuses", 35),
            Logged(
                N,
                "site visit Kharadi, Sai Heights tower B — refuge floor enclosed as flats!! fire NOC copy looks edited?",
                28,
            ),
            Logged(
                N,
                "Jadhav sir: 'sign kar do, builder apna hai, baaki fire dept dekh lega'. nahi kiya. wrote observation in file",
                26,
            ),
            Logged(
                G,
                "made pendency excel ward-wise for D sir, he used it in commissioner mtg",
                21,
                DONE,
            ),
            Logged(A, "asked D sir study leave 5 days before DE exam in Feb", 20),
            Logged(W, "cleared 43 pending files in 2 wks 💪", 14),
            Logged(
                N,
                "Jadhav sir cold since then. removed me from 2 site committees. coincidence? 🙄",
                12,
            ),
            Logged(
                N,
                "Sai Heights file missing from almirah?? found on Jadhav sir table. my observation page NOT in it",
                6,
            ),
            Logged(
                F,
                "keep photocopy of my observation + site photos at home, scan to personal mail",
                5.8,
                DONE,
            ),
            Logged(N, "husband says don't fight, transfers happen. aai also same 😑 kay karu", 4),
            Logged(
                AG,
                "Sai Heights — tell D sir? only facts: my observation, page missing. not accuse anyone",
                1,
            ),
            Logged(AG, "study leave – answer?", 1),
            Logged(AG, "pendency status: 12 left, 3 stuck with fire dept", 0.5),
        ),
        tz="Asia/Kolkata",
    ),
    Persona(
        "BZ_oskari_apprentice_tampere",
        "Oskari",
        "electrician apprentice (oppisopimus) at a small electrical contractor, Tampere, Finland",
        None,
        "Heikki",
        "Heikki Laaksonen, teacher at the vocational college who supervises Oskari's apprenticeship and his skills demonstration; not his employer",
        Role.OTHER,
        biweekly(0),
        time(16, 0),
        "Oskari, 19, is in the second year of an apprenticeship with a five-person electrical firm run by Tero. Heikki, his college supervisor, checks in every two weeks by video and wants the documents for the January skills demonstration ready before Christmas; they agreed it can be the Lielahti detached-house job. Oskari finished his first distribution board alone, which Tero called 'ihan ok'. His electrical safety card expires in February 2027. The delicate part: Tero regularly has him work live ('faster this way'), and nine days ago Oskari took a 230 V shock to the fingers; his hand shook all evening and he told no one. He then asked Heikki, 'just in theory', whether an apprentice can change employer mid-contract, and has not had an answer. He is afraid that if he reports it, Tero will know it came from him, and Tero may be the workplace assessor at his demonstration.",
        logged=(
            Logged(P, "Heikki: näyttö tammikuussa, dokumentit kuntoon ennen joulua!!", 30),
            Logged(
                N,
                "Tero taas 'ei tartte katkasta, nopeempi näin' — keittiöremppa Hervannassa, jännitteisenä. en tykkää",
                25,
            ),
            Logged(A, "kysyin saako näyttö olla Lielahden omakotitalo", 23, DONE),
            Logged(
                W,
                "eka ryhmäkeskus tehty ite alusta loppuun 🔌 Tero sano 'ihan ok' = kova kehu 😂",
                17,
            ),
            Logged(F, "sähkötyöturvallisuuskortti vanhenee 2/2027 → kurssi", 15),
            Logged(
                G,
                "autoin Heikkiä kuvaa työmaalla videon uusille opiskelijoille (Teron luvalla)",
                12,
                DONE,
            ),
            Logged(
                N,
                "sain iskun tänää, 230 sormiin. ei mitään mut käsi tärisi koko illan. en kertonu kellekkää",
                9,
            ),
            Logged(
                A, "kysyin voiko työpaikkaa vaihtaa kesken oppisopimuksen, ihan vaan teoriassa", 3
            ),
            Logged(F, "lähetä työpäiväkirja vko 46-47 Heikille", 2),
            Logged(
                AG,
                "näyttösuunnitelma: Lielahti, aikataulu, kuka arvioi työpaikan puolesta (Tero? 😬)",
                0.6,
            ),
            Logged(AG, "kerronko siitä iskusta... jos kerron ni Tero tietää et mä kerroin", 0.5),
        ),
        tz="Europe/Helsinki",
    ),
    Persona(
        "BZ_nour_setdesigner_beirut",
        "Nour",
        "freelance set and costume designer, independent theatre scene, Beirut, Lebanon",
        "get the Berlin residency (deadline 15 Jan) without dropping the Tripoli production",
        "Rania",
        "Rania Khoury, artistic director of a Beirut theatre, who is nominating Nour for a Berlin artist residency and championing her work; her sponsor",
        Role.SPONSOR,
        biweekly(0),
        time(17, 0),
        "Nour, 36, designs sets and costumes for independent productions. Rania, a respected artistic director, phoned a month ago to say she wants to nominate her for a Berlin residency with a 15 January deadline, agreed to write a reference letter by mid-December, and offered regular meetings until the deadline; Monday is the first. Nour did mood boards for Rania's children's workshop for free. She is designing a production that premieres in Tripoli, probably in March, for director Karim, a close friend of Rania's, who has not paid her September and October fees (1,800 dollars) and keeps saying 'after the show'. Power cuts and generator prices make work hard. Her mother says if she goes to Berlin she won't come back, and Nour privately isn't sure she wants to. She doesn't know whether to raise the unpaid fees, given Rania's friendship with Karim, or her doubts about returning.",
        logged=(
            Logged(
                N,
                "Rania called!!! she wants to nominate me for the Berlin residency 🥹 deadline 15/1",
                24,
            ),
            Logged(
                P,
                "R: 'portfolio must show the process not only final photos' + she hates the word 'vibe' lol",
                22,
            ),
            Logged(A, "asked R for the reference letter — yes, mid December", 22),
            Logged(
                N,
                "Karim still didnt pay sept+oct. 3alayh 1800$. 'ba3d el 3ard' he says. ya3ne after the show... khalas ma ba2a fiyye",
                18,
            ),
            Logged(G, "did the mood boards for R's kids workshop, free, 2 nights 😮‍💨", 15, DONE),
            Logged(W, "Tripoli set model done ✨ Karim loved it (still no money tho)", 10),
            Logged(
                N, "power cut 3 days, generator guy raised AGAIN. working from the café in Hamra", 8
            ),
            Logged(F, "scan sketchbooks for portfolio, ask Ziad to photograph the model", 7),
            Logged(
                N,
                "mama: 'if you go to Berlin you won't come back'. maybe she's right. je sais pas si j'ai envie de revenir",
                5,
            ),
            Logged(A, "ask R if residency can start after the Tripoli premiere (march?)", 3),
            Logged(
                AG, "first real meeting w Rania monday — portfolio structure + letter timing", 1
            ),
            Logged(
                AG,
                "Karim money?? she's his friend. do I say it. maybe just ask how ppl here deal w unpaid fees",
                0.7,
            ),
            Logged(AG, "don't say the not coming back thing. or maybe yes", 0.3),
        ),
        tz="Asia/Beirut",
        first=True,
    ),
)
