# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 52 (set CP)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH93 = (
    Persona(
        "CP_mireille_sagefemme_lyon",
        "Mireille",
        "sage-femme coordinatrice en salle de naissance, maternité d'un CHU à Lyon",
        "Devenir cadre sage-femme d'ici 2 ans — passer le concours de l'école des cadres en 2027",
        "Nathalie",
        "the cadre sage-femme (midwife unit manager) of the delivery suite, Mireille's direct manager",
        Role.MANAGER,
        biweekly(1),
        time(14, 0),
        "Mireille, 46, is a senior midwife in the delivery suite of a university hospital maternity unit in Lyon. Her manager Nathalie, the cadre sage-femme, holds a biweekly Tuesday 1:1. Mireille wants to become a cadre herself and asked whether the hospital will fund her preparation for the cadre school entrance exam; the answer has been stuck in 2027 budget arbitration for weeks, and registration closes on 15 January. She owes Nathalie an updated postpartum-haemorrhage protocol by 15 December, ahead of the HAS certification visit that Nathalie is focused on and Christmas staffing. She ran a well-received PPH simulation. Delicate: a colleague, Sandrine, exhausted and going through a divorce, prepared an oxytocin infusion at the wrong dilution; Mireille caught it, no harm done, no incident report filed, and Sandrine begged her to keep quiet. Mireille's father has just had a minor stroke, so she cannot take extra December shifts.",
        logged=(
            Logged(
                A,
                'demandé à Nathalie si l\'hôpital peut financer la prépa concours école des cadres → elle voit avec la DS, réponse "avant fin novembre" normalement',
                52,
            ),
            Logged(
                P,
                "N. : priorité absolue = visite de certif HAS mi-janvier + les trous du planning de Noël (2 SF en arrêt longue durée)",
                44,
            ),
            Logged(
                W,
                "simu HPP en salle 4 avec internes + IADE, super retours, N. était là 👍 débrief écrit envoyé",
                37,
            ),
            Logged(
                F,
                "promis à N. : mettre à jour le protocole HPP (nouvelles reco, place de l'acide tranexamique, chariot) pour le 15/12 avant la certif",
                30,
            ),
            Logged(
                G,
                "fait les nuits du 31/10 et du 1/11 pour dépanner le planning de la Toussaint",
                23,
            ),
            Logged(
                F,
                "inscription concours école des cadres SF avant le 15 janv. → faut que je sache pour le financement avant !!",
                20,
            ),
            Logged(
                N,
                "Sandrine encore en larmes au vestiaire après sa garde. dit qu'elle dort plus, divorce en cours, les enfants une semaine sur deux. je m'inquiète pr elle",
                16,
            ),
            Logged(
                N,
                "nuit du 12 au 13 : S. avait préparé l'ocyto à la mauvaise dilution, vu avant de brancher. aucune conséquence pr la patiente. pas de fiche EI faite... elle m'a suppliée de rien dire 😔",
                13.3,
            ),
            Logged(
                N,
                '1:1 avec N. : relancé pour le financement prépa → tjs "en arbitrage budget 2027". rien dit pour S.',
                9,
            ),
            Logged(
                N,
                "papa hospitalisé à Grenoble, AVC léger. allers-retours à prévoir les we, impossible de prendre des gardes en plus à Noël",
                6,
            ),
            Logged(
                AG,
                "dire à N. que je peux pas reprendre de gardes suppl. en décembre (sans forcément tout détailler sur papa)",
                2,
            ),
            Logged(
                AG,
                "est-ce que je parle de S. ?? comment sans la griller... parler de la fatigue de l'équipe en général + rappeler que la déclaration EI peut être anonyme ? relancer aussi le financement",
                0.9,
            ),
        ),
        tz="Europe/Paris",
    ),
    Persona(
        "CP_lupita_souschef_oaxaca",
        "Lupita",
        "sous-chef en un restaurante de cocina oaxaqueña contemporánea, centro de Oaxaca",
        "Ser chef ejecutiva en 2-3 años y algún día abrir mi propia cocina de mercado aquí en Oaxaca",
        "Chef Abigail",
        "a renowned chef-owner in Mexico City who has mentored Lupita monthly by video since Lupita did a stage in her kitchen",
        Role.MENTOR,
        monthly(1, 1),
        time(16, 0),
        "Lupita, 29, is sous-chef at Don Ernesto's well-regarded restaurant in Oaxaca City. Her mentor, Chef Abigail, runs a renowned restaurant in Mexico City and has mentored her by monthly video call since Lupita's stage there; next call 1 December. Abigail reviewed Lupita's Day of the Dead tasting menu, which sold out for weeks. Lupita sent her mole paste and a mezcal producer's contact for Abigail's new restaurant, opening in February — Abigail's main focus, with fair prices for producers. Delicate: a hotel in Mérida offered Lupita an executive chef job at nearly double the pay and wants an answer by 4 December. She asked Abigail to be her reference; Abigail agreed but wants to talk first, and she is an old friend of Don Ernesto, who knows nothing. Ernesto pays wages late. Her diabetic mother relies on her. She owes Abigail photos and recipe sheets of three new dishes.",
        logged=(
            Logged(
                A,
                "le pedí a Chef Abi q me revisara la propuesta de menú degustación de muertos (7 tiempos) → me la regresó con notas el 12/oct, dice q el 4o tiempo sobra 😅",
                51,
                DONE,
            ),
            Logged(
                W,
                "menú de muertos salió increíble, 3 semanas lleno!! Don Ernesto hasta me invitó un mezcal jaja",
                36,
            ),
            Logged(
                G,
                "le mandé a Abi 2 kg de pasta de mole negro de mi tía + el contacto de Don Fermín (mezcalero de Sta. Catarina Minas) p/ su restaurante nuevo",
                30,
            ),
            Logged(
                P,
                "llamada c/ Abi: lo q más le importa ahorita es abrir lo de la Roma en febrero y q a los productores se les pague precio justo. tmb dijo q ve a la gente de cocina muy quemada, q me cuide",
                23,
            ),
            Logged(
                N,
                "me escribió la de RH del hotel en Mérida 😳 chef ejecutiva del restaurante principal, casi el doble de sueldo + depa los primeros 6 meses",
                17,
            ),
            Logged(
                N,
                "Don Ernesto otra vez pagó la quincena tarde (4 días). al equipo ya le choca, Beto ya anda buscando. neta no sé cuánto aguanto",
                14,
            ),
            Logged(
                A,
                "le escribí a Abi x whats si puede ser mi referencia p/ Mérida → dice q sí pero q antes lo platiquemos en la llamada. nervios xq ella y Don Ernesto son cuates de hace años",
                12,
            ),
            Logged(F, "el hotel quiere respuesta a más tardar el 4/dic", 10),
            Logged(
                N,
                "mi mamá otra vez con el azúcar en 300. si me voy a Mérida quién la lleva a sus citas? mi hermano ni caso 😞",
                6,
            ),
            Logged(
                F,
                "quedé de mandarle a Abi fotos + fichas técnicas de los 3 platillos nuevos antes de la llamada (tetela de chapulín, caldo de piedra, nicuatole de maracuyá)",
                4,
            ),
            Logged(
                AG,
                "preguntarle: ella lo aceptaría en mi lugar? cómo se lo digo a Don Ernesto sin quemarme? y pedirle q no le comente nada a él todavía 🙏",
                0.8,
            ),
        ),
        tz="America/Mexico_City",
    ),
    Persona(
        "CP_wanjiru_agronomist_nakuru",
        "Wanjiru",
        "senior field officer (agronomist) at an NGO supporting smallholder dairy farmers, Nakuru County",
        "Nataka kuwa Programme Manager ndani ya 2 yrs, then lead a county-wide climate adaptation programme",
        "Dr. Otieno",
        "the NGO's country director, who has been championing Wanjiru for a programme manager role",
        Role.SPONSOR,
        monthly(-1, 4),
        time(10, 0),
        "Wanjiru, 34, is a senior field officer and agronomist at an agricultural NGO supporting smallholder dairy farmers around Nakuru, Kenya. Dr. Otieno, the country director, is her sponsor; they meet on the last Friday of each month, next tomorrow. She asked him to put her forward as programme manager for a new climate-resilient fodder project; he agreed and the shortlist is due mid-December. He is focused on a Dutch donor's visit on 8–9 December and wants solid gender-disaggregated and adoption data. She owes him the mid-term report data by 5 December. Her field day drew 230 farmers. Delicate: a colleague, Kiprono, who is close to Otieno, reported 410 farmers trained in Subukia while the attendance sheets show 260 — error or padding, she can't tell. She is also 16 weeks pregnant, has told no one at work, and fears it will hurt the shortlist.",
        logged=(
            Logged(
                P,
                "Dr O: donor visit ya foundation from NL ni 8-9 Dec, anataka gender-disaggregated data iwe tight. Pia wants adoption numbers (silage, Brachiaria plots) si just trainings",
                27,
            ),
            Logged(
                A,
                "Nilimwomba Dr O anipendekeze kwa PM role ya climate-resilient fodder project → said yes, he'll put my name forward, shortlist mid-Dec 🙏",
                26.9,
            ),
            Logged(
                W,
                "Farmer field day Bahati: 230+ farmers, 58% wanawake! silage demo ilikuwa hit. county livestock officer alikuja pia 📸",
                20,
            ),
            Logged(
                G,
                "sent Dr O the 2-page brief + photos for his board presentation, alisema asante sana",
                16,
            ),
            Logged(
                N,
                "Kuna shida: Kiprono's Oct report ya Subukia says 410 farmers trained lakini attendance sheets ni 260 tu. double counting? sijui kama ni makosa ama ni padding 😬",
                13,
            ),
            Logged(
                F,
                "I owe Dr O the mid-term data (M&E tables + sex/age disaggregation) by 5/12, before the donor visit",
                9,
            ),
            Logged(
                N,
                "Clinic leo — 16 wks, all good ❤️. Sijamwambia mtu kazini bado. worried itaaffect PM shortlist",
                7,
            ),
            Logged(
                N,
                "Kiprono ni close sana na Dr O (same church, ndiye alimleta kazi). Nikiraise itaonekana kama nataka kumharibia",
                4,
            ),
            Logged(
                A,
                "emailed Dr O asking kama PM role itakuwa based Nakuru ama Nairobi → hajajibu bado",
                3,
            ),
            Logged(
                AG,
                "kesho: 1) Subukia numbers — raise as data quality issue before donor aone? 2) PM timeline + location 3) do I mention maternity leave (due ~May)??",
                0.7,
            ),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CP_jonas_disponent_hamburg",
        "Jonas",
        "Disponent im Nah- und Fernverkehr bei einer mittelständischen Spedition in Hamburg",
        "In 3 Jahren Teamleitung Disposition – vorher den Fachwirt Güterverkehr und Logistik machen",
        "Herr Brandt",
        "the branch manager (Niederlassungsleiter), boss of Jonas's team lead",
        Role.SKIP,
        monthly(2, 3),
        time(15, 0),
        "Jonas, 38, is a truck dispatcher (Disponent) at a mid-sized road haulage company in Hamburg. Herr Brandt, the branch manager, is his skip-level; they meet monthly on the second Thursday. Jonas asked Brandt to fund the part-time IHK Fachwirt qualification; Brandt said 'in principle yes', pending the 2027 budget, with a decision in early December and IHK registration closing mid-January. Brandt worries about driver shortages, CO2 toll costs and empty kilometres. Jonas built him a toll-cost-per-customer spreadsheet and promised an empty-runs analysis by 30 November, now at risk because the telematics export is broken. His new Bremen container route runs smoothly. Delicate: his team lead Kai Schröder (KS) has repeatedly pushed drivers to bend legal driving and rest times to hit Bremen slots; Jonas undid one plan and KS is angry. Jonas doesn't know how to raise it without going behind his boss. A headhunter has also approached him.",
        logged=(
            Logged(
                A,
                'Brandt gefragt wg. IHK Fachwirt Güterverkehr u. Logistik (berufsbegleitend, Start März 27, ca. 5.400 €) → "grundsätzlich ja, hängt am Budget 2027", Entscheidung Anfang Dez',
                49,
            ),
            Logged(
                P,
                "B. wichtig: Fahrermangel, CO2-Maut frisst die Marge, Leerkilometer runter. + Baumarkt-Kunde droht mit Neuausschreibung im Frühjahr",
                48.9,
            ),
            Logged(
                W,
                "neue Relation CTA Altenwerder → Bremen läuft seit 3 Wo ohne eine einzige Standgeldrechnung 💪",
                33,
            ),
            Logged(
                N,
                'Mehmet (Fahrer) erzählt, KS hat ihn letzte Wo angerufen, er soll "die Pause halt später machen", sonst klappt der Slot in Bremen nicht. Nicht das erste Mal',
                19,
            ),
            Logged(F, "B. versprochen: Auswertung Leerfahrten Q3 + Okt bis Ende Nov (30.11.)", 14),
            Logged(
                N,
                "KS hat Tourplan für Do umgebaut, 2 Touren so knapp dass Lenkzeit nur mit Glück passt. Hab's zurückgebaut, KS stinksauer 😤",
                10,
            ),
            Logged(
                G,
                "für B. Excel gebaut: Mautkosten pro Kunde/Relation, hat er ins Controlling-Meeting mitgenommen",
                8,
            ),
            Logged(
                N,
                "Headhunter angerufen, Spedition in Bremen sucht TL Dispo, ca. +15 %. Nur zugehört, nix zugesagt",
                5,
            ),
            Logged(
                AG,
                'Lenk-/Ruhezeiten ansprechen?? ohne KS direkt anzuschwärzen... evtl als "Planungsproblem Slots Bremen" formulieren. Wenn das BAG kontrolliert sind wir alle dran',
                2,
            ),
            Logged(
                N,
                "Auswertung Leerfahrten erst halb fertig, Telematik-Export spinnt seit Mo. 30.11. wird knapp",
                1,
            ),
            Logged(AG, "Fachwirt-Finanzierung nachhaken, IHK Anmeldeschluss 15.01.", 0.6),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "CP_priya_postdoc_melbourne",
        "Priya",
        "postdoctoral research fellow in marine ecology (kelp forest restoration), university lab in Melbourne",
        "land a continuing research position in kelp/temperate reef ecology – ideally stay in Australia",
        "Tom",
        "a fellow postdoc in the same lab who co-leads the kelp restoration manuscript with Priya",
        Role.PEER,
        weekly(1),
        time(15, 30),
        "Priya, 31, is a postdoctoral researcher in marine ecology at a Melbourne university, working on kelp forest restoration. Tom, a fellow postdoc in the same lab, co-leads the manuscript with her; they have a weekly Tuesday-afternoon coffee check-in. Tom's priority is getting the paper submitted before a CSIRO job application in Hobart closes around Christmas, and his contract ends in March. Priya did most of the analysis and wrote the methods and results, re-ran his models over a weekend, and won a faculty seed grant. She owes him revised figures by Friday 27 November. Delicate: Tom has presented the draft as 'his paper'; she wants author order settled with the PI, Lisa, before submission, and he deflected. She has also seen the same CSIRO role, fits it well, and hasn't told him. Her employer-sponsored visa is tied to a contract ending in June 2027.",
        logged=(
            Logged(
                P,
                "Tom's main thing: get kelp ms submitted b4 his CSIRO Hobart app closes (xmas-ish). his contract ends March",
                44,
            ),
            Logged(
                A,
                "asked T for his cleaning scripts for the urchin barren transects — sent 23/10, all good",
                38,
                DONE,
            ),
            Logged(
                W,
                "got the faculty ECR seed grant ($15k) for the reseeding pilot at Port Phillip!! 🎉",
                30,
            ),
            Logged(
                G,
                "re-ran all T's GLMMs (site as random effect) over the wknd so he could send to Lisa mon",
                23,
            ),
            Logged(
                N,
                'T introduced the draft at lab mtg as "my paper". said "Tom et al." twice. I did ~70% of the analysis + wrote methods/results. need to sort author order b4 submission not after',
                17,
            ),
            Logged(F, "owe T revised figs 2-4 (colour-blind palette + CI bands) by Fri 27/11", 9),
            Logged(
                N,
                "saw the CSIRO research scientist ad, Hobart, kelp ecology. I fit it better than I'd like to admit 😬 haven't told T. he's def applying",
                8,
            ),
            Logged(
                N,
                "482 visa tied to this contract, ends 30/6/27. if nothing lined up by ~April I'm stuffed. and R's job is here",
                6,
            ),
            Logged(
                A,
                'asked T at coffee if we can agree author order w Lisa before we submit → went quiet, "let\'s just get it out first yeah?"',
                2,
            ),
            Logged(
                AG,
                "propose co-first w equal contribution footnote? bring a CRediT table so it's not personal. + do I tell him re CSIRO??",
                0.7,
            ),
        ),
        tz="Australia/Melbourne",
    ),
    Persona(
        "CP_tane_foreman_hamilton",
        "Tāne",
        "site foreman for a small building firm, school classroom block rebuild in Hamilton",
        "Be running my own jobs as site manager in a couple of years",
        "Claire",
        "the new client-side project manager from the property consultancy running the school rebuild for the Ministry of Education",
        Role.OTHER,
        biweekly(2),
        time(7, 0),
        "Tāne, 52, is site foreman for a small Hamilton builder rebuilding classrooms at a secondary school. Claire is the new client-side project manager acting for the Ministry of Education; she took over in early November and asked for a fortnightly one-on-one at 7am before the Wednesday site meeting; the first is next week. Claire's priorities: Block C handed over by 27 January, before Term 1, and no noisy work during NCEA exam hours until 2 December. Asbestos found in Block C's ceiling has stopped work; removal is booked for 30 November, and his boss Gav wants a variation claim in fast. Tāne owes Claire an updated programme and variation pricing by 27 November. He asked whether the client will fund extra night security. Delicate: the real cause of the Block B delays is Gav moving crew to another job, and Tāne doesn't know how straight to be with Claire.",
        logged=(
            Logged(
                N,
                "new PM from client side, Claire H., took over from Dave. sharp, asks lots of qs, writes everything down",
                20,
            ),
            Logged(
                P,
                "Claire at site mtg: main thing is blk C classrooms handed over b4 Term 1 (school wants in by 27 Jan). NO noisy work in exam hrs til 2 Dec (NCEA)",
                15,
            ),
            Logged(
                N,
                "found asbestos in ceiling cavity blk C (old AC sheet). stopped work that end, licensed removal crew booked 30/11. Gav says get the variation in asap",
                12,
            ),
            Logged(
                F,
                "owe Claire updated programme w asbestos delay + variation pricing by Fri 27/11",
                8,
            ),
            Logged(
                W,
                "roof on blk B done 3 days early + principal gave us a good word for keeping the carpark clear at pickup 👍",
                7,
            ),
            Logged(
                N,
                "Gav pulled 3 of my boys to the Cambridge job all wk AGAIN. that's the real reason blk B linings are behind, not the weather. can't exactly tell Claire that",
                5,
            ),
            Logged(
                A,
                "Claire rang, wants a 1-on-1 fortnightly Wed 7am b4 site mtg, said yep. asked if client will cover extra night security since the copper got nicked → she'll check",
                3,
            ),
            Logged(
                AG,
                "1st 1on1 w Claire: asbestos timeline, what she needs from me wk to wk, how straight do I be about crew numbers?? dont want to drop Gav in it",
                0.8,
            ),
        ),
        tz="Pacific/Auckland",
        first=True,
    ),
)
