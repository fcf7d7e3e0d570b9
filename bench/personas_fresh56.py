# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 35 (set BE)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH56 = (
    Persona(
        "BE_gazipur_garment_qa",
        "Nusrat",
        "Senior QA executive, knitwear export factory, Gazipur, Bangladesh",
        "I want the QA manager post in the new Kashimpur unit, and I want it before the buyer audit not after.",
        "Kabir sir",
        "General Manager (Production); her manager Shahid's boss, so her skip-level",
        Role.SKIP,
        monthly(1, 6),
        time(11, 0),
        "Nusrat has been running QA on floor 3 more or less alone because her manager Shahid (AGM QA) keeps taking leave for a family matter he told her about privately. She meets GM Kabir once a month (first Sunday; the factory works Saturday to Thursday) and wants him to back her for the QA manager role at the new unit. Cartons have been stacked in front of the floor 3 east fire exit for weeks; she told the floor in-charge twice with no change and has not yet told Kabir, partly because she is afraid it will look like she is complaining about her own boss's floor. Kabir's focus is a third-party buyer audit in the second week of December.",
        logged=(
            Logged(
                P,
                "Kabir sir priority: buyer 3rd party audit 2nd week Dec, ZERO major NC. also AQL fail rate niche namate hobe, target <2.5%",
                25.1,
            ),
            Logged(
                A,
                "asked Kabir sir can I apply for Kashimpur unit QA manager post. he said 'let me see' 🙂 ... nothing after",
                25.1,
            ),
            Logged(
                G,
                "made new inline inspection checklist bangla+english for all 14 lines, sent Kabir sir on whatsapp",
                21,
            ),
            Logged(
                F, "send Kabir sir CAPA list from last buyer inspection before next meeting", 18
            ),
            Logged(
                A,
                "emailed Kabir sir for 2 more QC checker for night shift (HR says GM approval lagbe). no reply yet",
                15,
            ),
            Logged(W, "floor 3 AQL fail rate 1.9% this month!! last month 3.4% 🎉", 12),
            Logged(
                N,
                "floor 3 fire exit (east stair) e abar carton stack kora. told Mizan bhai (floor incharge) on 10 Nov and again yesterday. still same. audit e dhora porbe sure, but more important jodi kichu hoy... 😟 dont know how to tell Kabir sir without looking like I'm complaining about Shahid bhai's floor",
                8,
            ),
            Logged(
                N,
                "Shahid bhai on leave again this wk, wife's operation at hospital. he told me privately, pls dont spread",
                6,
            ),
            Logged(
                F,
                "promised line 7 operators I will ask about night OT tiffin allowance, they are asking every day",
                4,
            ),
            Logged(AG, "fire exit cartons - RAISE IT this time. take photo from phone", 1),
        ),
        tz="Asia/Dhaka",
    ),
    Persona(
        "BE_bogota_icu_nurse",
        "Camila",
        "Enfermera jefe de turno (charge nurse), adult ICU, public hospital, Bogotá, Colombia",
        "Quiero entrar a la especialización en cuidado crítico 2027-1 sin quedarme sin plata.",
        "Dra. Patricia",
        "Retired ICU nursing coordinator who now teaches at a nursing faculty; Camila's mentor through the nurses' association programme",
        Role.MENTOR,
        biweekly(2),
        time(19, 0),
        "Camila, 31, works mostly night shifts and is applying to a critical-care nursing specialisation; applications close 11 December and Patricia agreed to review her motivation essay. A private clinic has offered her a day-shift job with much better pay but no study leave, and her mother is in hospital again with a diabetic foot. Since two colleagues resigned she often has five ventilated patients alone at night; there was a near-miss this week that she reported and coordination brushed off. Patricia does not know about the offer, her mother, or the near-miss.",
        logged=(
            Logged(
                P,
                "Patricia dice: lo más importante es terminar el ensayo de motivación antes del 5 dic, ella lo revisa",
                7.35,
            ),
            Logged(
                A,
                "le pedí la carta de recomendación para la U — dijo que sí y que la manda directo a admisiones",
                7.35,
                DONE,
            ),
            Logged(G, "le mandé los artículos de posición prono que me pidió para su clase 📚", 5),
            Logged(
                N,
                "oferta de clínica privada en Usaquén: turno de día, 4.2M vs los 3.1M que gano ahora. peeero no dan permiso para estudiar. no sé 😩",
                4,
            ),
            Logged(
                N,
                "mi mamá otra vez hospitalizada x el pie diabético. semana pesadísima, no he avanzado nada el ensayo",
                3,
            ),
            Logged(F, "mandarle el borrador del ensayo a Patricia antes del martes 1 dic!!", 2),
            Logged(
                N,
                "anoche otra vez 1 enfermera x 5 pacientes ventilados. casi se nos pasa una dosis de noradrenalina (la bomba no alarmó). reporté el evento adverso pero coordinación dijo 'así estamos todos'. no me siento segura así, ni por los pacientes ni por mi tarjeta profesional",
                0.85,
            ),
            Logged(
                AG,
                "cómo hablo de la ratio enfermera/paciente sin quedar como 'la problemática' justo antes de pedir permiso de estudio? + la oferta, le cuento?",
                0.4,
            ),
        ),
        tz="America/Bogota",
    ),
    Persona(
        "BE_nakuru_field_agronomist",
        "Wanjiru",
        "Field agronomist, seed and fertiliser company (smallholder outreach), Nakuru, Kenya",
        "Get confirmed as area lead for Nakuru–Baringo by January and stop doing two people's work for one salary.",
        "Otieno",
        "Regional sales & agronomy manager based in Eldoret; her direct manager",
        Role.MANAGER,
        weekly(0),
        time(8, 30),
        "Since the Baringo agronomist left in September, Wanjiru has covered both territories, written reports for both, trained the new hire and stood in for Otieno at meetings. Her own asks (acting allowance, KSh 38,400 in fuel arrears, confirmation as area lead, a budget for a farmers' field day she promised) keep getting 'next week'; she has taken a mobile loan to pay for fuel. She has just learned the trainee she mentors earns more than she does. Otieno needs her year-end numbers by Monday 30 November for a regional report due Friday 4 December.",
        logged=(
            Logged(
                A,
                "asked Otieno about acting allowance since I'm covering Baringo too from Sept. he said he'll 'push it with HR'",
                45.1,
            ),
            Logged(G, "did Q3 territory report for Baringo AND mine, sent Fri night", 40.56),
            Logged(
                P,
                "Otieno priority: certified seed volumes up before short rains end + no more fake-seed complaints from Mogotio",
                38.1,
            ),
            Logged(
                A,
                "fuel reimbursement arrears Aug-Oct KSh 38,400. resubmitted claims w receipts, asked him to sign off",
                38.1,
            ),
            Logged(
                G,
                "took new guy Brian round Eldama Ravine agrovets 3 days, showed him how we set demo plots",
                33,
            ),
            Logged(
                W,
                "Mogotio demo plot: hybrid maize 28 bags/acre vs farmer seed 11!! chief came to see 🌽🔥",
                29,
            ),
            Logged(
                G, "covered Otieno's slot at county agric stakeholders mtg (he was in Nairobi)", 26
            ),
            Logged(
                N,
                "asked again about allowance — 'next week'. sawa. hii ni mara ya tatu nauliza",
                24.1,
            ),
            Logged(
                F,
                "promised Rongai women group (mama Chebet) a field day before Christmas — need Otieno to approve transport + lunch budget",
                22,
            ),
            Logged(G, "cleaned CRM duplicates for whole region, using my own phone data 🙄", 19),
            Logged(
                W, "Baringo orders up 40% vs last yr in Oct even w/o full time person there", 17.1
            ),
            Logged(
                A, "asked to be confirmed as area lead Nakuru-Baringo. he said send a 1-pager", 17.1
            ),
            Logged(F, "send Otieno the 1-pager on area lead", 17.1, DONE),
            Logged(
                N,
                "took Fuliza to cover fuel this month. not ok. if arrears not paid by Dec I can't do Baringo trips",
                12,
            ),
            Logged(
                P,
                "Otieno: year-end regional report due to Nairobi Fri 4 Dec, wants my numbers by Mon 30th",
                10.1,
            ),
            Logged(
                G,
                "trained 3 agrovet staff in Marigat on storage + how to spot fake seed packets",
                8,
            ),
            Logged(
                N,
                "Brian mentioned his salary at lunch. he's on more than me and he's a trainee 😐 sijui nifanye nini na hiyo info",
                6,
            ),
            Logged(F, "send Otieno my year-end numbers by Mon 30 Nov", 3.1),
            Logged(A, "asked for answer on Rongai field day budget — no reply", 3.1),
            Logged(AG, "allowance + arrears: I need a DATE not 'next week'. stay calm 🙏", 1),
            Logged(AG, "area lead confirmation — has he even read the 1-pager?", 0.8),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "BE_pune_backend_engineer",
        "Aditi",
        "Backend engineer (SDE-2), logistics SaaS startup, Pune, India",
        "want to move to the platform team in the next cycle",
        "Karthik",
        "Staff engineer on the platform team; a senior peer she has just started a biweekly 1:1 with",
        Role.PEER,
        biweekly(4),
        time(16, 30),
        "Aditi has been on a product team for two years and is curious about the platform team's work (on-call, a Kafka migration). She set up a biweekly chat with Karthik, a staff engineer there; this is the first one, so she has logged almost nothing. She has not told her own manager, Sneha, that she might want to transfer, and does not want her to hear it second-hand.",
        logged=(
            Logged(
                N,
                "setting up 1:1 w <@U07K2R9PL>. platform team, 8 yrs exp. want to understand how they do on-call + the kafka migration",
                2,
            ),
            Logged(A, "asked K on slack for the kafka migration RFC link, he said will share", 1.5),
            Logged(
                AG,
                "can I shadow platform on-call for 1 wk in Dec? + how did he move from product team to platform yaar",
                0.3,
            ),
            Logged(
                F,
                "tell Sneha before any transfer talk - dont want her hearing it from K first",
                0.2,
            ),
        ),
        tz="Asia/Kolkata",
        first=True,
        names={"U07K2R9PL": "Karthik Subramanian"},
    ),
    Persona(
        "BE_lyon_hotel_sous_chef",
        "Inès",
        "Sous-chef, restaurant of a 4-star hotel, Lyon, France",
        None,
        "Chef Marc",
        "Executive chef of the hotel; her direct manager",
        Role.MANAGER,
        weekly(1),
        time(15, 30),
        "Inès runs the kitchen on Marc's days off and is preparing the Christmas menu and December banquets; they meet on Tuesdays between lunch and dinner service. The banquet manager, Laurent, printed allergen cards from an old menu and a server told a guest a dessert had no nuts when it did; Laurent laughed it off and Marc said he would 'handle it'. Separately, a chef de partie who has been late confided that he is going through a divorce, and Marc wants to give him a written warning. Inès has no stated goal; she wants to get through December without an incident.",
        logged=(
            Logged(P, "Marc: menu de Noël finalisé avant le 1er déc, food cost < 29%", 8.75),
            Logged(
                A,
                "demandé à Marc un 2e commis pour les banquets de déc — 'on verra avec la DRH'",
                8.75,
            ),
            Logged(
                W,
                "banquet 140 couverts samedi soir, Marc en congé, c'était moi aux commandes. zéro retour négatif 💪",
                4.4,
            ),
            Logged(
                N,
                "encore les cartes allergènes du banquet: Laurent a imprimé l'ancienne version (sans la noisette dans le dessert). une serveuse a dit à un client 'pas de fruits à coque' sans vérifier. on a eu de la chance. j'en ai parlé à Laurent, il a rigolé. ça me fait peur honnêtement",
                4.3,
            ),
            Logged(
                G,
                "fiches techniques du menu de Noël (12 plats) + chiffrage, envoyées à Marc dim soir",
                3.56,
            ),
            Logged(
                N,
                "Théo (CDP viande) en retard 3x cette semaine. il m'a dit qu'il est en plein divorce, dort chez son frère. Marc veut un avertissement écrit. je sais pas si je dois lui dire pourquoi",
                2.5,
            ),
            Logged(
                A,
                "mardi: demandé à Marc si on peut imposer que les cartes allergènes passent par la cuisine avant impression. réponse: 'je gère avec Laurent'",
                1.75,
            ),
            Logged(F, "envoyer planning de décembre à l'équipe avant ven 27", 1.7),
            Logged(
                F, "rappeler le fournisseur volaille pour les chapons, commande avant le 4 déc", 1.2
            ),
            Logged(
                AG,
                "allergènes: est-ce que Laurent a changé qqch? sinon je veux une procédure écrite, signée",
                0.9,
            ),
        ),
        tz="Europe/Paris",
    ),
    Persona(
        "BE_montreal_audit_senior",
        "Geneviève",
        "Audit senior (sénior en certification), mid-size accounting firm, Montréal, Canada",
        "Je veux être sur la liste des promotions manager de mai 2027.",
        "Stéphane",
        "Audit partner who sponsors her for promotion; not her direct manager",
        Role.SPONSOR,
        monthly(2, 2),
        time(8, 0),
        "Geneviève is a third-year audit senior whom Stéphane, a partner, is sponsoring for manager; they meet on the second Wednesday of each month. On a file currently in fieldwork (Transport Rivard), her engagement manager Julie told her not to dig into a revenue cutoff issue because the budget is tight, and that bothers her. The CFO of another audit client has offered her a controller job, which she has told nobody about and which she probably has to declare for independence reasons. She also just got a daycare spot that will make her hours less flexible during busy season.",
        logged=(
            Logged(
                P,
                "Stéphane: veut que je lead le dossier Métal Boréal l'an prochain + que je coache les 2 nouvelles stagiaires",
                14.8,
            ),
            Logged(
                A,
                "demandé si je peux présenter au comité des associés en janvier (visibilité pour la promo)",
                14.8,
            ),
            Logged(
                G,
                "lunch & learn IFRS 15 pour les juniors, 22 inscrits — Stéphane m'avait demandé",
                9,
            ),
            Logged(
                W,
                "dossier Métal Boréal fermé 2 jours avant la deadline, 0 point en suspens au QR review 🎉",
                7,
            ),
            Logged(
                N,
                "Transport Rivard: 3 factures (412k total) datées 30 sept, livrées en oct. cutoff?? Julie m'a dit de pas creuser, 'budget serré, client sensible'. ça me dérange vraiment, c'est ma signature sur la feuille de travail",
                6,
            ),
            Logged(
                N,
                "le CFO de Métal Boréal m'a offert le poste de contrôleuse, 118k + bonus. flattée mais je suis sur leur audit → faut le déclarer? 😬 pas encore dit à personne",
                5,
            ),
            Logged(
                F,
                "déclarer l'offre d'emploi à la conformité (indépendance) — politique dit 'sans délai'",
                4.9,
            ),
            Logged(
                F,
                "promis aux stagiaires (Aïcha, Nathan) de revoir leurs feuilles de travail avant vendredi 27",
                3,
            ),
            Logged(
                N,
                "place en CPE pour Léo confirmée à partir de janvier!! mais fermeture à 17h30 → moins flexible pour la busy season",
                2,
            ),
            Logged(
                F,
                "envoyer à Stéphane liste de mes dossiers + heures facturables YTD pour le dossier promo, avant le 9 déc",
                1,
            ),
            Logged(
                AG,
                "comment parler de Transport Rivard sans planter Julie? et l'offre de Métal Boréal, je lui en parle ou pas?",
                0.4,
            ),
        ),
        tz="America/Toronto",
    ),
)
