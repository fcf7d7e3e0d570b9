# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DK), rated in round 62 at this stop's end (`bench/reviews/round62_*`); none of their cards differed from the stop's start."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH114 = (
    Persona(
        "DK_valentina_bus_driver_rosario",
        "Valentina",
        "chofer de colectivo, línea urbana",
        "pasar a instructora de choferes nuevos el año que viene",
        "Marcelo",
        "jefe de tráfico del turno mañana, mi jefe directo",
        Role.MANAGER,
        biweekly(0),
        time(14, 30),
        "Valentina, 41, has driven a city bus line for a private operator in Rosario, Argentina, for nine years; "
        "single mother of Thiago (12, starting secondary school in March). Marcelo ('el Tano') is her direct boss, "
        "the morning-shift traffic chief: gruff, fair-ish, under heavy pressure from the municipal transport body, "
        "which now tracks frequencies by GPS, and from management on diesel consumption. They meet every other Monday "
        "after her shift; the next is Monday 30 Nov at 14:30. The delicate matter is a safety worry: bus 'interno 47' "
        "pulls right when braking and the pedal sinks. She has written it up on the daily report three times; the "
        "workshop (chief Rubén, Marcelo's friend) signed it off 'verified OK' without changing anything, and on 17 Nov "
        "she had a near-miss at Oroño y Pellegrini in which a passenger fell. When she mentioned it in the corridor "
        "Marcelo just offered to move her to another bus, and gave the 47 to Nahuel, a driver with two months' "
        "experience. The union delegate (Chiqui) has offered to take it up, but she doesn't want to be labelled "
        "'conflictiva', especially with the instructor opening (Osvaldo retires in Feb) that she wants. Open threads: her "
        "request for a fixed morning shift from March (asked ~5 weeks ago, no answer; the school's enrolment closes "
        "15 Dec), the instructor opening, the defensive-driving certificate she owes him. Wins: a passenger commendation "
        "he pinned up; she covered two Sundays in a row. She needs to get the 47 taken out of service for an "
        "independent check, firmly and with her paperwork, without torching the relationship, and get answers on "
        "the shift and the instructor role.",
        logged=(
            Logged(
                A,
                "le pedí los francos de fin de año (24 y 31) → me dio el 24 ✅, el 31 no",
                70,
                DONE,
            ),
            Logged(
                P,
                "el tano: frecuencias frecuencias frecuencias. el ente nos mide x GPS desde oct y hay multa",
                62,
            ),
            Logged(
                A,
                "pregunté x lo de instructora cuando se jubile Osvaldo en feb. 'hay que ver q dice gerencia'",
                55,
            ),
            Logged(
                N,
                "interno 47 tira a la derecha al frenar y el pedal se va a fondo. lo puse en el parte",
                48,
            ),
            Logged(P, "Marcelo: bajar consumo de gasoil, en enero ponen ranking x chofer 🙄", 41),
            Logged(
                A,
                "le pedí turno fijo mañana desde marzo x el cole de Thiago (entra 7:30 en la secundaria). dijo 'lo veo'",
                36,
            ),
            Logged(
                N,
                "2do parte del 47. taller: 'verificado OK' firma Rubén. no le tocaron nada, la marca de tiza sigue ahí",
                33,
            ),
            Logged(
                W,
                "felicitación x el 0800!! una señora llamó xq la esperé en la parada con el andador. Marcelo la pegó en la cartelera 😊",
                20,
            ),
            Logged(
                F,
                "llevarle a Marcelo copia del certificado del curso manejo defensivo (está en el mail, imprimir!!)",
                14,
            ),
            Logged(
                N,
                "hoy casi me como un auto en Oroño y Pellegrini con el 47. frené con todo y no agarraba. se cayó una pasajera, no se lastimó gracias a dios. 3er parte",
                9,
            ),
            Logged(
                N,
                "se lo dije al tano en el pasillo → 'si no te gusta el 47 te cambio de interno'. y se lo dieron a Nahuel q tiene 2 meses 😡",
                8,
            ),
            Logged(
                N,
                "Chiqui (delegado UTA) dice q si quiero lo lleva él. no quiero quedar como la conflictiva, x ahora no",
                6,
            ),
            Logged(
                G,
                "hoy cubrí otro domingo, van dos seguidos (15 y hoy). el tano dijo q me debe una",
                4,
            ),
            Logged(
                AG,
                "el 47: q lo saquen de servicio hasta q lo revise alguien q no sea Rubén. llevar copia de los 3 partes",
                1,
            ),
            Logged(
                AG,
                "turno fijo marzo: necesito respuesta antes del 15/12 q cierra la inscripción del cole",
                1,
            ),
            Logged(
                AG, "instructora / Osvaldo: preguntar si el curso de manejo defensivo suma", 0.5
            ),
        ),
        tz="America/Argentina/Cordoba",
    ),
    Persona(
        "DK_sekar_ux_researcher_bandung",
        "Sekar",
        "UX researcher di fintech (paylater & pinjaman mikro)",
        "jadi research lead, punya tim sendiri 2027",
        "Pak Hendra",
        "VP Product, atasannya atasan saya",
        Role.SKIP,
        monthly(1, 2),
        time(10, 0),
        "Sekar, 29, is the only senior UX researcher at a Bandung-based Indonesian fintech (paylater and micro-loans). "
        "Pak Hendra is her skip-level (VP Product); her direct manager is Mas Dimas, Head of Design. The skip-level is "
        "monthly, first Wednesday; the next is Wednesday 2 Dec at 10:00. Hendra has said he wants these sessions "
        "'unfiltered'. The delicate matter is an integrity/consumer-harm worry: her usability study of the onboarding "
        "toggle that switches PayLater on by default found 7 of 12 participants (aged 45+, Garut/Tasikmalaya) did not "
        "realise they had activated credit. Dimas told her to 'soften' the finding and drop slides 9–11, then presented "
        "Hendra an 'overall sentiment positive' deck with no mention of it. Legal (Rani) told her off the record that "
        "this consent flow could be a problem if the regulator (OJK) asks — and Hendra's own priority includes an OJK "
        "audit in February. She fears looking like she's going around Dimas, who also tends to take credit for her work "
        "(the KTP-upload redesign win was shared without her name). Other threads: field research budget for Garut "
        "(~Rp 18 jt, asked in Oct, no answer), a one-page summary of the research repository she owes him, her wish for "
        "a research-lead title despite the hiring freeze. She ran the JTBD workshop at his leadership offsite. She needs "
        "to raise the toggle with evidence rather than blame, and make progress on budget and career.",
        logged=(
            Logged(
                P,
                "Pak Hendra: Q1 fokus aktivasi, target 60% user selesai KYC dlm 24 jam. + audit OJK bulan Feb",
                85,
            ),
            Logged(A, "minta akses dashboard Mixpanel produk pinjaman → dikasih ✅", 70, DONE),
            Logged(
                G,
                "fasilitasi workshop JTBD di offsite leadership Pak Hendra di Lembang. dia bilang 'ini harusnya rutin' 👍",
                58,
            ),
            Logged(
                A,
                "minta budget field research ke Garut & Tasik (±Rp 18jt, 3 hari) → 'nanti saya cek sama finance'",
                52,
            ),
            Logged(
                W,
                "redesign upload KTP live → drop-off turun 38% → 24% 🎉 Mas Dimas share di #product-wins… nama aku ga disebut 🙃",
                40,
            ),
            Logged(
                N,
                "UT toggle PayLater otomatis: 7 dari 12 partisipan (45+) ga sadar udah aktifin kredit. 2 org kaget pas ditunjukin limitnya",
                30,
            ),
            Logged(P, "townhall: hiring freeze sampe Q2, 'do more with less' kata Pak Hendra", 28),
            Logged(
                N,
                "Mas Dimas minta finding paylater 'diperhalus', slide 9-11 hapus aja 'biar ga bikin panik, sample kecil kok'",
                23,
            ),
            Logged(
                N,
                "liat deck Dimas ke Pak Hendra: 'overall sentiment positive'. ga ada soal toggle sama sekali 😶",
                16,
            ),
            Logged(
                F,
                "kirim ke Pak Hendra 1-pager ttg research repo (Dovetail) + berapa squad yg udah pake",
                12,
            ),
            Logged(
                N,
                "ngobrol sm Rani (legal) off the record — kalo OJK nanya consent flow ini bisa jd masalah. blm bilang apa2 ke Dimas",
                10,
            ),
            Logged(
                AG,
                "toggle paylater: gimana angkat ini tanpa kesan nusuk Dimas dr belakang? bawa raw data + rekaman, bukan opini",
                2,
            ),
            Logged(AG, "follow up budget Garut — kalo ga bisa, opsi remote via WA video call?", 1),
            Logged(
                AG,
                "career: title research lead walau freeze. tanya apa yg dia mau liat dr aku 6 bln ke depan",
                0.5,
            ),
        ),
        tz="Asia/Jakarta",
    ),
    Persona(
        "DK_eetu_harvester_operator_joensuu",
        "Eetu",
        "metsäkoneenkuljettaja (harvesteri)",
        "oma urakointifirma parin vuoden päästä",
        "Kari",
        "urakoitsija, firman omistaja ja mun esimies",
        Role.MANAGER,
        weekly(4),
        time(15, 30),
        "Eetu, 38, runs a harvester for a small forestry contracting firm near Joensuu, Finland; Kari owns the firm and "
        "is his boss. They have a weekly Friday-afternoon check-in (usually by the service container or by phone); the "
        "next is tomorrow, Friday 27 Nov at 15:30. Kari's priorities: get the state forest (Metsähallitus) winter stands "
        "cut before the spring thaw without rutting damage, a PEFC audit in January, and having Eetu train the new "
        "trainee Aleksi on his machine in December. The delicate matter is his health: since September his fingers go "
        "white in cold mornings and now his right hand goes numb at night (his father had vibration white finger). He "
        "has told no one, fears Kari will give his machine to Aleksi if he thinks Eetu can't cope, and has just booked an "
        "occupational-health appointment for Thursday 3 Dec at 8:00, for which he needs the morning off. Other threads: "
        "he asked for a new seat (the suspension is shot) and joystick dampers — 'budget in December'; October mileage "
        "for moving between sites (~640 km) missing from his pay, Kari checking with the bookkeeper; he owes Kari photos "
        "and coordinates of the ruts at the Kontiolahti stand for Metsähallitus. Wins: a company-record October "
        "(4,230 m³); he fixed Jani's forwarder hose on a Saturday to avoid downtime. He needs to decide how much to tell "
        "Kari, get the morning off, and push the seat as an ergonomics issue.",
        logged=(
            Logged(A, "pyysin joululomat 21.12–6.1 → ok ✅", 85, DONE),
            Logged(
                P,
                "Kari: MH:n talvileimikot pitää olla ajettu ennen kelirikkoa, muuten sanktiot. ja EI urapainumia",
                80,
            ),
            Logged(
                A,
                "kysyin uutta penkkiä harvesteriin, jousitus ihan loppu. 'katotaan budjetti joulukuussa'",
                65,
            ),
            Logged(
                N,
                "sormet taas valkoset aamulla kun oli -5. meni ohi puolessa tunnissa. isällä oli sama tärinästä",
                50,
            ),
            Logged(
                P,
                "Kari: Aleksi (uus harjottelija) mun koneelle joulukuussa opettelemaan, 'sä oot paras opettaja'. PEFC-auditointi tammikuussa",
                30,
            ),
            Logged(W, "lokakuu 4 230 m³, firman ennätys 💪 Kari laitto whatsappiin peukun", 24),
            Logged(
                G,
                "tänään korjasin Janin ajokoneen hydrauliletkun ettei seiso maanantaina. lauantai meni siinä",
                19,
            ),
            Logged(
                N,
                "kädet puutuu nyt yölläkin. heräsin kolmelta kun oikee käsi ihan tunnoton. työterveyteen pitäis varata mut jos ne kieltää ajamasta?",
                15,
            ),
            Logged(
                N,
                "palkka tuli, lokakuun km-korvaukset puuttuu (siirrot Kontiolahti–Lieksa, n. 640 km)",
                11,
            ),
            Logged(A, "kysyin Karilta km-korvauksista → 'tarkistan kirjanpitäjältä'", 10),
            Logged(
                F,
                "lähetä Karille kuvat Kontiolahden leimikon urista + koordinaatit, MH haluaa ne",
                9,
            ),
            Logged(
                N,
                "en oo sanonu Karille käsistä mitään. jos se luulee etten pysty niin antaa koneen Aleksille",
                7,
            ),
            Logged(
                N, "varasin työterveyslääkärin to 3.12 klo 8. pitää pyytää vapaa siks aamuks", 1
            ),
            Logged(AG, "penkki! ja joystickien vaimentimet. jos ei koko penkkiä niin edes ne", 2),
            Logged(AG, "km-korvaukset lokakuu ~640 km, onko kirjanpitäjä vastannu", 1),
            Logged(AG, "kerronko käsistä? ainakin et meen työterveyteen to aamuna", 0.5),
        ),
        tz="Europe/Helsinki",
    ),
    Persona(
        "DK_akosua_quantity_surveyor_kumasi",
        "Akosua",
        "quantity surveyor at a mid-size building contractor",
        "chartered (MRICS) by 2028, then my own consultancy",
        "Mrs B",
        "Mrs Grace Boateng, retired QS director, my mentor through GhIS",
        Role.MENTOR,
        monthly(1, 5),
        time(10, 0),
        "Akosua, 31, is a quantity surveyor with a building contractor in Kumasi, Ghana, working towards RICS chartership. "
        "Mrs Grace Boateng ('Mrs B'), a retired director of a QS consultancy, mentors her through the Ghana Institution "
        "of Surveyors; they meet monthly on the first Saturday, next Saturday 5 Dec at 10:00. Mrs B pushes reputation "
        "('your name is your capital'), wants her to present at the GhIS Ashanti CPD in February and to finish her APC "
        "logbook hours by year-end. The delicate matter is integrity: on a government-funded (GETFund) school project at "
        "Ejisu, with payments four months late, her line manager Mr Asante (the PM) had her include roofing sheets as "
        "'materials on site' in Valuation 5 when they were still at the supplier (~GH₵40k) — she did it — and now wants "
        "roofing claimed at 60% in Valuation 6 when it is barely 20%. Val 6 is due to the consultant QS on Friday 4 Dec; "
        "he has threatened to have Kojo sign it instead. Mrs B sits on the GhIS ethics and discipline committee, which "
        "makes confessing Val 5 frightening. Other threads: she asked Mrs B to be her APC counsellor (undecided); she owes "
        "her a draft APC case study (had planned to use Ejisu — maybe switch to the Tafo market job); she did the BOQ for "
        "Mrs B's church hall extension; win: priced the substructure on the Tafo market tender, which they won. She "
        "needs real guidance on Val 6 before Friday, and on whether and how to disclose Val 5.",
        logged=(
            Logged(
                P,
                "Mrs B: 'your name is your capital'. wants me to present at GhIS Ashanti CPD in Feb",
                75,
            ),
            Logged(
                A,
                "asked Mrs B to be my APC counsellor. she said let her think, she's 'not taking many again'",
                60,
            ),
            Logged(F, "send Mrs B my NEC4 vs FIDIC notes she asked for ✔", 50, DONE),
            Logged(
                G,
                "did BOQ + cost plan for Mrs B's church building ctte (Asokwa Methodist hall extension). she said I saved them from the contractor's figure lol",
                45,
            ),
            Logged(
                W,
                "Tafo market tender — I priced the whole substructure and WE WON 🙌🏾 2% below next bidder",
                38,
            ),
            Logged(
                N,
                "Val 5 Ejisu: PM asked me to put the roofing sheets as materials on site (~GH₵40k) but they were still at the supplier. I did it. he said they'd come Monday. came 2 wks later",
                33,
            ),
            Logged(P, "Mrs B: finish APC logbook hours before end of yr, no excuses", 25),
            Logged(
                N,
                "GETFund payment still not in, 4 months now. talk of site lay-offs. chale the pressure",
                20,
            ),
            Logged(
                F,
                "send Mrs B draft APC case study (2000 words max) — was going to use Ejisu 😬 maybe Tafo instead",
                14,
            ),
            Logged(
                N,
                "PM says Val 6 put roof at 60%. it's barely 20, trusses only on block A. 'we'll catch up before the consultant comes'. I didn't answer him",
                10,
            ),
            Logged(
                N,
                "Val 6 must go to consultant QS by Fri 4 Dec. Mr Asante asked again today — if I don't sign he'll give it to Kojo",
                6,
            ),
            Logged(
                N,
                "remembered Mrs B is on the GhIS ethics & discipline ctte. ei. how do I even say Val 5 to her",
                4,
            ),
            Logged(
                AG,
                "Ejisu Val 6 — what do I actually do. refuse in writing? go to the Director? and Val 5 already happened",
                2,
            ),
            Logged(AG, "APC counsellor — has she decided? if not who would she suggest", 1),
            Logged(
                AG,
                "CPD talk Feb — topic? cost planning for public schools / living with payment delays?",
                0.5,
            ),
        ),
        tz="Africa/Accra",
    ),
    Persona(
        "DK_marisol_librarian_tucson",
        "Marisol",
        "branch librarian, public library — teen services",
        "branch manager in the next 18 months",
        "Deb",
        "deputy director of the library district",
        Role.SPONSOR,
        monthly(1, 3),
        time(16, 0),
        "Marisol, 34, bilingual, runs teen services at a public library branch in Tucson, Arizona. Deb, the district's "
        "deputy director, is her sponsor: she champions her to leadership, and they meet monthly on the first Thursday, "
        "next Thursday 3 Dec at 16:00. Deb's focus is the 2027 bond election ('every program needs a number and a "
        "story') and library-card sign-ups up 10% by June. The delicate matter is a promotion tied to someone else's "
        "exit: her branch manager Gary, who hired and trained her, has been missing Mondays; he told her in confidence "
        "that his wife Linda has started chemo. Deb told her the branch manager job 'may open up soon, be ready', and then "
        "asked her to keep a dated log of 'what isn't getting done' at the branch — which Marisol reads as building a "
        "case against Gary. She hasn't written anything and doesn't know how to decline without losing her sponsor, or "
        "whether to hint at Gary's situation (which is his to tell). Other threads: an intro to a council member's office "
        "for a teen tech-lab grant (asked in Sept, pending); Deb agreed to write her sponsor letter for a leadership "
        "academy (due 15 Jan) but said 'remind me'; she owes Deb teen program numbers for the 10 Dec board packet. Wins: "
        "the Día de los Muertos night (~400 people, Deb brought the director); teen advisory board grew from 5 to 14. "
        "She needs to set a boundary on the 'log', get clarity on the job, and keep the sponsorship moving.",
        logged=(
            Logged(
                P,
                "Deb: everything this yr is about the 2027 bond. 'every program needs a number and a story'",
                88,
            ),
            Logged(A, "asked for a Spanish storytime budget line → approved ✅ $2,400", 80, DONE),
            Logged(
                A,
                "asked Deb for intro to Council Member Ortega's office re teen tech lab grant. 'let me find the right staffer'",
                70,
            ),
            Logged(W, "teen advisory board is 14 kids now (was 5 in Aug) 🙌", 40),
            Logged(
                N,
                "Gary out again, 3rd Monday this month. told me in confidence Linda's chemo started. nobody else knows",
                35,
            ),
            Logged(
                A,
                "asked Deb to write my sponsor letter for the Urban Libraries leadership academy (due Jan 15). she said yes but 'remind me' → REMIND HER",
                30,
            ),
            Logged(
                G,
                "Día de los Muertos ofrenda night ~400 ppl!! Deb brought the director + a board member, texted 'you made us look good' 🌼💀",
                26,
            ),
            Logged(P, "Deb: card signups +10% by June, wants teens to carry it", 20),
            Logged(
                N,
                "district mtg — Deb pulled me aside: 'the branch job may open up soon, you should be ready'. 😳",
                17,
            ),
            Logged(
                N,
                "Deb asked me to 'keep a log of what isn't getting done at the branch, dates, just facts'. that's Gary. he hired me. ay no",
                11,
            ),
            Logged(
                F,
                "send Deb teen program numbers (Jul–Oct) for her board packet, board mtg 12/10",
                9,
            ),
            Logged(
                N,
                "haven't written anything for Deb. today Gary asked me to do the schedule report again, 'gracias mija, I owe you'",
                6,
            ),
            Logged(
                AG,
                "the 'log' thing — tell her I'm not comfortable? how do I say it without losing her",
                2,
            ),
            Logged(AG, "sponsor letter — deadline Jan 15, send her bullet points", 1),
            Logged(AG, "Ortega intro still pending since Sept", 1),
            Logged(AG, "ask straight: is the branch job actually opening or is it a maybe", 0.3),
        ),
        tz="America/Phoenix",
    ),
    Persona(
        "DK_tegan_aquaculture_supervisor_hobart",
        "Tegan",
        "marine farm supervisor, salmon aquaculture",
        "site manager within 2 yrs",
        "Shannon",
        "People & Culture business partner (HR) for the southern sites",
        Role.OTHER,
        biweekly(1),
        time(13, 0),
        "Tegan, 36, supervises a crew of nine on a salmon farm lease in southern Tasmania, living in Hobart. Shannon is "
        "the HR (People & Culture) business partner for the southern sites; they have a fortnightly catch-up, next "
        "Tuesday 1 Dec at 13:00. Shannon's priorities: retention (six divers lost since January), a psychosocial hazard "
        "register for every site by end of January, EBA negotiations from February, and the 7-on/7-off roster pilot "
        "that Tegan volunteered her crew for (started 2 Nov; crew love it, 6 am handover is messy). The delicate matter "
        "is how a crew member is treated: boat skipper Craig keeps picking on young deckhand Rhys — calling him 'the pup' "
        "on the radio, swapping his roster twice so he lost a day's pay, and (witnessed by Tegan on 13 Nov) throwing his "
        "lunch in the water. Rhys asked her not to report it: he needs the job and thinks Craig is mates with Dale, the "
        "site manager. After reading the new psychosocial-hazards code Shannon circulated, Tegan thinks she has a duty to "
        "report what she saw, and wants to test confidentiality and what would happen to Rhys. Other threads: funding for "
        "a Cert IV in Leadership (~$3.5k, asked six weeks ago, still 'chasing'); she owes Shannon the training matrix "
        "(three first-aid refreshers outstanding). Wins: 200 days LTI-free; all pens held in a 60-knot blow with no "
        "escapes. She needs to raise the bullying in a way that protects Rhys, and move her development ask along.",
        logged=(
            Logged(
                P,
                "Shannon: retention is #1 — lost 6 divers since Jan. wants exit interview data from every site",
                84,
            ),
            Logged(
                G,
                "volunteered my crew for Shannon's 7on/7off roster pilot. first rotation starts Mon 2 Nov",
                60,
            ),
            Logged(
                A,
                "asked Shannon re funding Cert IV Leadership & Mgmt (TAFE, ~$3.5k). she's 'chasing the training budget owner'",
                44,
            ),
            Logged(
                N,
                "Craig calling Rhys 'the pup' on the radio again. everyone laughs. Rhys doesn't",
                38,
            ),
            Logged(W, "200 days LTI-free on the lease 🎉 cake on the barge", 30),
            Logged(
                P,
                "Shannon: psych hazard register per site by end of Jan, EBA talks kick off Feb",
                25,
            ),
            Logged(
                N,
                "Rhys's roster swapped twice w/o telling him, both times Craig 'forgot'. Rhys lost a day's pay",
                21,
            ),
            Logged(
                W, "big blow last nt, gusts 60kn, all pens held, no escapes. crew were legends", 15
            ),
            Logged(
                N,
                "saw it myself at smoko — Craig chucked Rhys's lunch in the water. 'just a joke'. Rhys went quiet all arvo",
                13,
            ),
            Logged(
                F,
                "send Shannon training matrix for my 9 — still missing 3 first aid refreshers (Rhys, Jacko, Em)",
                13,
            ),
            Logged(
                N,
                "Rhys asked me NOT to report it. needs the job, saving for a ute, reckons Craig's mates w/ Dale",
                10,
            ),
            Logged(
                N,
                "read the psychosocial hazards code thing Shannon sent round. pretty sure I'm supposed to report what I saw 😬",
                5,
            ),
            Logged(AG, "roster pilot feedback: crew love it, but 6am handover is a mess", 2),
            Logged(
                AG,
                "Craig/Rhys — can I talk to her hypothetically first? confidentiality? what happens to Rhys if I raise it",
                1,
            ),
            Logged(AG, "Cert IV $ — still waiting", 0.5),
        ),
        tz="Australia/Hobart",
    ),
)
