# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 45 (set BY)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, monthly, weekly

from coaching.model import Role

FRESH76 = (
    Persona(
        "BY_aroha_dairy2ic_matamata",
        "Aroha",
        "2IC (second-in-charge) on a 600-cow dairy farm run by a 50/50 sharemilker, near Matamata, Waikato, New Zealand",
        "be running my own farm as manager by 27, maybe contract milking after that",
        "Grant",
        "Grant Whitfield, 50/50 sharemilker who runs the farm and is Aroha's boss",
        Role.MANAGER,
        weekly(0),
        time(10, 30),
        "Aroha is 24, Ngāti Hauā on her mum's side, and has been 2IC for a season and a half. The other farm assistant, Raj, left in October and has not been replaced, so she is doing extra milkings. Grant promised a pay review 'once calving settles' back in late September and has not done it; she is on $54k, under the going rate. Grant's 15-year-old son Jaxon rides the quad bike without a helmet and nearly rolled it on the hill race; Grant brushed it off. A corporate farm near Te Aroha has offered her an assistant-manager job with a house, which she has told nobody about. Grant's big priority is the six-week in-calf rate after a bad result last year. She wants Saturday 12 December off for a cousin's 21st.",
        logged=(
            Logged(
                N,
                "calving done 🙌 final count 612 on the ground. G said 'we'll sort ur pay review once things settle down' - holding him to that",
                58,
            ),
            Logged(
                A,
                "asked G for the pay review + a proper roster now Raj is gone. he said after mating starts 🙄",
                45,
            ),
            Logged(
                G,
                "did Raj's milkings + mine solo 5 days straight while G was at the field day in Hamilton. shed was spotless when he got back ka pai",
                38,
            ),
            Logged(
                P,
                "G big on getting 6wk in-calf rate up this yr. last yr 68% and the vet gave him a serve. he wants 75+",
                33,
            ),
            Logged(
                W,
                "heat detection - picked up 14 cows off the tail paint the AI tech missed 😤👌 G actually said good job lol first time",
                24,
            ),
            Logged(
                N,
                "Jaxon on the quad again no helmet, up the back race way too fast w the calfeteria on the back. nearly tipped at the culvert. told him off he just laughed. told G at smoko, G: 'he's right, he's been riding since he was 6'",
                17,
            ),
            Logged(
                F,
                "worksafe thing?? or bring it up w G properly first. dont wanna be a nark but someones gonna get hurt on that hill",
                16,
            ),
            Logged(
                N,
                "Hine from the Te Aroha corporate farm rang again re asst mgr role. $68k + house. said id think about it. havent told anyone not even mum",
                9,
            ),
            Logged(
                A,
                "asked for sat 12 dec off, cuz's 21st in Rotovegas 🎉 whānau thing cant miss. G said 'probably'",
                6,
            ),
            Logged(
                F,
                "teat cup liners for shed 2 cracked, G asked me to sort w the Farmlands rep",
                4,
                DONE,
            ),
            Logged(
                AG,
                "pay review - 2 months since he said it. got numbers: 2IC waikato avg like 60-65k, im on 54",
                1.2,
            ),
            Logged(
                AG,
                "helmets on quads rule for EVERYONE incl Jaxon. maybe say its a worksafe/insurance thing not me telling him how to raise his kid",
                1.1,
            ),
            Logged(AG, "12 dec - get it confirmed in a txt not 'probably'", 0.3),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "BY_lucia_gerocultora_valencia",
        "Lucía",
        "gerocultora (care assistant) on nights at a private residencia de mayores, Valencia, Spain",
        "aprobar la prueba de acceso para mayores de 45 y empezar Enfermería en la UV, aunque tenga 52",
        "Reme",
        "Remedios 'Reme' Ferrer Llopis, retired nursing supervisor from Hospital La Fe who mentors women from the neighbourhood association; Lucía's mentor",
        Role.MENTOR,
        monthly(4, 4),
        time(17, 30),
        "Lucía is 52, has worked 11 years in elder care and is on a temporary contract until March. She meets Reme once a month for coffee through the Benimaclet neighbourhood association. She is studying for the over-45 university entrance exam and struggling with maths. On nights she has seen a new colleague, Marcos, handle an 89-year-old resident, Sr Vicente, roughly and insult him; Vicente has recurring bruises, which the day nurse put down to the bed rail. The home's director, Amparo, is a personal friend of Marcos, and Lucía is afraid for her contract, so she has told nobody. She asked Reme for a recommendation letter on WhatsApp a week ago and has had no answer. She helped Reme by recruiting volunteers for the association's Christmas lunch.",
        logged=(
            Logged(
                N,
                "1a reunión con Reme ☕ en el bar de la plaza. Muy maja. Me dijo q 52 no es tarde para nada, q ella conoció enfermeras q empezaron con 50",
                62,
            ),
            Logged(
                P,
                "Reme: lo importante es la constancia, 1h al día aunque sea poco. y q le diga la verdad si no estudio jajaja",
                62,
            ),
            Logged(
                A,
                "pedirle libros o academia para la prueba +45. me dijo q me pasa los apuntes de su sobrina",
                34,
                DONE,
            ),
            Logged(
                W, "simulacro de lengua 7,5!!! 🥹 comentario de texto bien, la sintaxis fatal", 27
            ),
            Logged(
                N,
                "noche fatal. el Sr Vicente (hab 14) otra vez moratones en el antebrazo. ahora el turno de noche es Marcos. lo vi cogerlo muy brusco al cambiarle, le dijo 'estate quieto, viejo'. no se q hacer",
                19,
            ),
            Logged(
                N,
                "no lo he dicho a nadie. Amparo (directora) es amiga de Marcos de fuera del trabajo. y yo eventual hasta marzo...",
                18,
            ),
            Logged(
                G,
                "apunté a 3 compañeras de la resi como voluntarias para la comida de navidad de la asociación, Reme me lo había pedido 🎄",
                12,
            ),
            Logged(
                F, "mirar plazo inscripción prueba +45 UV, creo q es en febrero?? mirar web", 10
            ),
            Logged(
                A,
                "le escribí a Reme por whatsapp si me puede hacer carta de recomendación... todavía nada, solo el doble check azul",
                7,
            ),
            Logged(
                N,
                "Vicente hoy más tranquilo. vino su hija y preguntó por los moratones. la enfermera de día le dijo q 'se da con la barandilla'. 😔 no es la barandilla",
                4,
            ),
            Logged(
                AG,
                "lo de Vicente y Marcos. preguntarle a Reme cómo se hace bien esto, a quién, si hay q apuntar fechas. sin nombres de momento?",
                1.5,
            ),
            Logged(
                AG,
                "mates!!! no me entra nada. si conoce a alguien q dé clases y no cobre mucho",
                0.9,
            ),
            Logged(AG, "carta recomendación - recordárselo sin agobiar", 0.2),
        ),
        tz="Europe/Madrid",
    ),
    Persona(
        "BY_kwame_dispatch_tema",
        "Kwame",
        "dispatch supervisor at a container haulage and freight company, Tema, Ghana",
        "Get into the 2027 management trainee programme and move into operations planning",
        "Madam Abena",
        "Abena Owusu-Ansah, Regional Operations Director; his manager Yaw Mensah reports to her (skip-level)",
        Role.SKIP,
        monthly(1, 4),
        time(14, 0),
        "Kwame, 31, supervises 40 trucks hauling containers out of Tema port. His skip-level Abena began monthly meetings in October and said she wants the view from the ground. Her key number this quarter is on-time delivery for the big cement-importer account. Kwame's direct manager, Mr Mensah, has asked him to edit gate-out timestamps in the transport system so late trips look on time and avoid client penalties; Kwame changed two and then stopped, and is keeping his own record of the real times. He feels implicated and fears that raising it will look like he is after Mensah's job. He emailed Abena three weeks ago asking for fatigue training for night drivers after a near miss, with no reply. She has offered to support his trainee-programme application in January if his numbers are good.",
        logged=(
            Logged(
                N,
                "1st skip level w Madam Abena. she said her door is open, she wants to hear from the ground not only reports. ok oo 👀",
                55,
            ),
            Logged(
                P,
                "Madam A: on-time delivery % for the Ghacem account = her big KPI this quarter. board is watching it",
                55,
            ),
            Logged(
                W,
                "new booking slots at the port gate working — truck turnaround avg down 9.5h → 6h this month 💪 drivers happy small",
                30,
            ),
            Logged(
                G,
                "stayed till 2am sorting the 14 trucks stuck at gate 3 when GPHA system went down. sent her summary next morning like she asked",
                27,
            ),
            Logged(
                A,
                "asked her about mgmt trainee programme 2027 — she said apply in Jan, she can 'put in a word' if my numbers are good",
                20,
            ),
            Logged(
                A,
                "emailed her for driver fatigue training for night crew after Kofi almost slept at the wheel near Kasoa. chale that was close",
                19,
            ),
            Logged(
                N,
                "Mr Mensah asked me to 'adjust' gate-out times for 6 Ghacem trips in the TMS so the numbers look right. I did 2 then stopped. I don't feel fine about it at all",
                15,
            ),
            Logged(
                N,
                "he came again today. 'everyone does it, Madam wants the % up'. does she know?? I doubt it",
                11,
            ),
            Logged(
                F,
                "keep own record of the real times. excel on my phone not the company laptop",
                11,
                DONE,
            ),
            Logged(W, "zero incidents this month by God's grace 🙏", 5),
            Logged(AG, "fatigue training — follow up, ask if she saw the mail", 2),
            Logged(
                AG,
                "the timestamps. how to say it without it looking like I'm reporting my boss to take his seat. maybe ask how OTD is verified?? and I changed 2 myself... must own that",
                1,
            ),
            Logged(AG, "trainee programme — what does she need from me before Jan", 0.6),
        ),
        tz="Africa/Accra",
    ),
    Persona(
        "BY_priya_marinescientist_hobart",
        "Priya",
        "postdoctoral research scientist in kelp forest restoration at a national science agency, Hobart, Tasmania, Australia",
        "Land the continuing research scientist position (applications close in January) without dropping the kelp work",
        "Helen",
        "Dr Helen Marsh, senior principal research scientist in another program who nominated Priya for the emerging leaders cohort and is championing her (sponsor)",
        Role.SPONSOR,
        monthly(1, 1),
        time(11, 0),
        "Priya, 36, grew up in Chennai and Melbourne and is on a fixed-term contract ending next year. Helen is not her line manager but sponsors her: she put her forward for a leadership cohort and agreed to be a referee for the continuing position, pushing her to write less modestly. Priya is about 17 weeks pregnant and has told no one at work. She has been pencilled in as chief scientist for the benthic leg of a three-week research voyage in February, when she would be about 28 weeks, and she cannot go. She fears that telling people will hurt her application, though it should not. Helen wants her visible beyond her own project, including a slot at the Science Executive in December. Priya reviewed part of Helen's grant draft for her.",
        logged=(
            Logged(
                W,
                "Helen nominated me for the Emerging Leaders cohort 2027!! didn't even know she'd put me forward 😳",
                70,
            ),
            Logged(
                P,
                "H: 'be visible beyond your own project' — wants me presenting at Science Exec in Dec, not just kelp group mtg",
                51,
            ),
            Logged(
                G,
                "reviewed H's ARC linkage draft section 3 over the weekend, sent tracked changes Sun night",
                48,
                DONE,
            ),
            Logged(
                A,
                "asked if she'd be referee for the continuing RS position. yes but wants to see my selection criteria draft first",
                40,
            ),
            Logged(
                N,
                "12wk scan ✅ 🥹 all fine. NOT telling work yet. amma has already told half of Chennai",
                33,
            ),
            Logged(F, "send H selection criteria draft", 30, DONE),
            Logged(
                N,
                "H's comments on draft: 'too modest, you're writing like a postdoc'. fair. KSC3 (leadership) is the weak one",
                23.3,
            ),
            Logged(
                W,
                "urchin barren results in — restored plots ~3x kelp density vs control at Fortescue 🌿 Tom wants it in Dec newsletter",
                16,
            ),
            Logged(
                N,
                "voyage planning mtg — Feb Investigator leg, I'm down as chief sci for benthic. I'll be ~28wks. can't do 3 wks at sea like that. said nothing, just nodded like an idiot",
                9,
            ),
            Logged(
                F,
                "check EA re parental leave on fixed term — does it carry over if I get the continuing role?",
                8,
            ),
            Logged(
                A, "asked Rosa in HR 'in general terms' about leave for contract staff. waiting", 6
            ),
            Logged(
                AG,
                "tell Helen before voyage roster is final (11 Dec?). how much to say. scared it tanks the application even tho it legally shouldn't",
                2,
            ),
            Logged(AG, "Science Exec slot — confirm date + ask if she'll look at slides", 1.3),
            Logged(
                AG,
                "who could lead benthic leg instead — Dimitri? pitch it as a development opp for him not me bailing",
                0.8,
            ),
        ),
        tz="Australia/Hobart",
    ),
    Persona(
        "BY_jonas_tischler_graz",
        "Jonas",
        "Tischlermeister and owner of a small joinery workshop with four staff, Graz, Austria",
        "Ersten Lehrling im September 2027 aufnehmen und bis Sommer raus aus dem Kontokorrent",
        "Fr. Haas",
        "Mag. Brigitte Haas, his external tax advisor (Steuerberaterin) who also acts as an informal business adviser; monthly meeting at her office",
        Role.OTHER,
        monthly(1, 3),
        time(8, 0),
        "Jonas, 44, took over the workshop his father Sepp founded. The overdraft stands at about minus 38,000 euros, mostly because a building firm, Krenn Bau, has not paid a 23,400 euro invoice for kitchens. His father had a stroke a month ago and is in rehabilitation; the workshop building belongs to the father personally, not the company, and Jonas's sister Sabine is pushing to sell it. Jonas finds it hard to raise this with his advisor because it is private, but it threatens the business. Fr. Haas wants receipts by the 10th of each month and he is late again; she promised in October to look into apprenticeship subsidies and has not come back. He built and fitted a shelf for her meeting room without charging. He has just won a 41,000 euro school contract.",
        logged=(
            Logged(
                P,
                "Fr. Haas will die Belege für die UVA bis zum 10. jeden Monats. keine Schuhschachtel mehr 📦😬",
                56,
            ),
            Logged(
                A,
                "gefragt ob sie die Lehrlingsförderung (WKO Basisförderung) für mich checken kann — sie schaut sich das an",
                56,
            ),
            Logged(F, "Belege Q3 an Kanzlei", 50, DONE),
            Logged(
                N,
                "Krenn Bau zahlt immer noch nicht. RE 2026-114, € 23.400, Küchen Wohnanlage Liebenau. 2. Mahnung raus",
                35,
            ),
            Logged(N, "Papa Schlaganfall. LKH. 😞", 30),
            Logged(
                N,
                "Papa in Reha. Sprechen geht noch schlecht. Werkstatt läuft, Mehmet hält die Stellung 🙏",
                22,
            ),
            Logged(
                N,
                "Termin Fr. Haas: Kontokorrent bei -38k. sie: 'nicht panisch werden, aber jetzt handeln'. passt.",
                21,
            ),
            Logged(
                G,
                "Regal für ihr Besprechungszimmer fertig + montiert, Eiche geölt. wollt nix verrechnen, eh klar",
                14,
            ),
            Logged(
                N,
                "Sabine ruft an, will über 'die Halle' reden. meint verkaufen wär 'vernünftig' weil Papa eh nimmer arbeitet. die Halle gehört Papa nicht der Firma!! dann bin ich Mieter bei... wem??",
                10,
            ),
            Logged(W, "Auftrag VS Andritz: 28 Garderoben, € 41k, Anzahlung 30% bis 15.12. 🎉🍻", 7),
            Logged(F, "Oktober Belege — wieder zu spät. HEUTE noch", 4),
            Logged(A, "Lehrlingsförderung — hat sie was gefunden? nix gehört seit Okt", 3),
            Logged(AG, "Krenn: Inkasso oder Anwalt? was kostets, was bringts", 1),
            Logged(
                AG,
                "Halle / Papa / Sabine — was passiert steuerlich wenn verkauft wird? Mietvertrag? Vorsorgevollmacht?? weiß nicht wie ich das anspreche, is privat aber betrifft die Firma",
                0.7,
            ),
            Logged(AG, "Lehrling Sept 27 — mit dem Kontokorrent überhaupt realistisch?", 0.4),
        ),
        tz="Europe/Vienna",
    ),
    Persona(
        "BY_felix_regisseur_montreal",
        "Félix",
        "régisseur général (production stage manager) at a mid-size theatre company, Montréal, Québec, Canada",
        None,
        "Math",
        "Mathieu Gagnon, technical director at the same company; a peer, both report to the production director Nadia",
        Role.PEER,
        weekly(1),
        time(13, 0),
        "Félix, 58, has stage-managed for thirty years. He and Mathieu, 41, hold a weekly sync while mounting a new creation, 'Les Marées': load-in 16 November, dress rehearsal 8 December, opening 10 December. Mathieu is under pressure over overtime after last year's overruns and has stalled on a fourth fly operator needed for a simultaneous chandelier and flying-door change in act two. During a run nine days ago the chandelier came down too fast and stopped about two metres above an actor; Mathieu shrugged it off and no incident report was written, so Félix wrote one himself, which Mathieu resents. The annual fly-system inspection certificate on the wall dates from October 2025. Nadia has asked Félix in passing whether he is thinking of retiring; he is, probably in June, and has told no one.",
        logged=(
            Logged(
                N,
                "sync w Math. planning montage Les Marées — entrée en salle 16 nov, générale 8 déc, première 10 déc. serré serré",
                44,
            ),
            Logged(
                P,
                "Math: le budget d'heures sup c'est SA priorité, la prod lui a tapé sur les doigts pour le Molière l'an passé. pas d'OT sauf si absolument",
                44,
            ),
            Logged(
                A,
                "demandé à Math un 4e cintrier pour le 2e acte (lustre + porte volante en même temps). 'on verra au budget'",
                30,
            ),
            Logged(
                G,
                "refait au complet la feuille des changements de décor cue par cue pour son équipe, ils l'utilisent maintenant 👍",
                23,
            ),
            Logged(
                N,
                "certificat d'inspection des cintres sur le mur = oct 2025. overdue?? Math dit 'c'est booké'. booké quand",
                18,
            ),
            Logged(
                N,
                "enchaînement: le lustre est descendu trop vite, Karim a dû freiner à la main, arrêté genre 2m au-dessus de Sophie. Math était là. 'ça arrive, on ajuste le contrepoids'. pas de rapport d'incident",
                9,
            ),
            Logged(
                F,
                "écrire le rapport d'incident moi-même — c'est MA job comme régie anyway",
                8,
                DONE,
            ),
            Logged(
                N,
                "Math pas content pour le rapport. 'tu m'en as pas parlé avant'. froid toute la semaine",
                6,
            ),
            Logged(
                W,
                "générale technique samedi: 0 arrêt 🙌 premier run clean. l'équipe était fière, moi aussi",
                4.3,
            ),
            Logged(
                N,
                "Nadia m'a demandé en passant si je pensais à la retraite. ben... oui. juin? pas dit à personne encore, même pas à Louise",
                3,
            ),
            Logged(
                AG,
                "4e cintrier — non négociable avant la générale. si pas de budget on coupe le mouvement simultané du lustre, point",
                1.4,
            ),
            Logged(AG, "date de l'inspection des cintres — la vouloir par écrit", 1.3),
            Logged(
                AG,
                "parler franchement du rapport. c'était pas contre lui. réparer ça avant la première, on a besoin l'un de l'autre tsé",
                0.2,
            ),
        ),
        tz="America/Toronto",
    ),
)
