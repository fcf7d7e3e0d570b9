# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 49 (set CI)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH86 = (
    Persona(
        "CI_tomasz_electrician_gdansk",
        "Tomasz",
        "third-year apprentice electrician at a small installation firm, Gdańsk",
        "Zdać czeladnika w styczniu, potem SEP do 1 kV i za 3-4 lata własna działalność.",
        "Pan Wiesiek",
        "The master electrician who supervises Tomasz's apprenticeship on site and signs his practice logbook; the firm's owner, not Wiesiek, employs Tomasz.",
        Role.OTHER,
        weekly(4),
        time(7, 0),
        "Tomasz is 22 and in the last year of his apprenticeship. He meets Wiesiek briefly every Friday at the yard before the vans go out. "
        "His application for the journeyman exam (egzamin czeladniczy) at the craft chamber closes on Monday 30 November and the only thing "
        "missing is Wiesiek's signature on the practice logbook and his written opinion; Wiesiek keeps saying 'w piątek'. Tomasz also wants "
        "to be trusted to do measurements alone, and he paid 47 zł out of pocket for ferrules that were missing from the van. He has done "
        "Wiesiek a personal favour (a Saturday of unpaid work at his allotment). A month ago he mislabelled circuits in a client's "
        "switchboard and Wiesiek caught it. Delicate: a competing firm has hinted at 1000 zł more a month once he passes the exam, and he "
        "does not know whether to mention it to Wiesiek, who is loyal to the owner.",
        logged=(
            Logged(
                W,
                "podlaczylem sam cala rozdzielnice na Chlopskiej, W. sprawdzil i tylko jedna uwaga 💪",
                38,
            ),
            Logged(
                N,
                "pomylilem opis obwodow w rozdzielnicy u pani na Zaspie (kuchnia/lazienka zamienione). W. zlapal przy pomiarach. glupio mi",
                33,
            ),
            Logged(
                G,
                "sobota u W. na dzialce - przeciagnalem mu kabel do garazu, 6h, nic nie wzialem",
                27,
                DONE,
            ),
            Logged(
                A,
                "poprosilem zeby podpisal dzienniczek praktyk + opinie do czeladnika, mowi 'w piatek'",
                19,
            ),
            Logged(
                F,
                "zgloszenie na egzamin do Izby do 30.11!! brakuje tylko podpisu W. i ksero swiadectwa",
                12,
            ),
            Logged(P, "W. chce zeby Oliwe skonczyc przed swietami, klient naciska", 9),
            Logged(A, "pytalem czy moge sam robic pomiary na nast. budowie - 'zobaczymy'", 8),
            Logged(
                N,
                "Kuba z Volt-Serwisu pisal ze szukaja ludzi, po czeladniku +1000 na reke. mowic W. czy nie??",
                5,
            ),
            Logged(
                G,
                "kupilem za swoje koncowki tulejkowe bo w busie nie bylo, 47 zl, paragon mam",
                4,
                DONE,
            ),
            Logged(AG, "PODPIS dzienniczek + opinia!!! termin pon 30.11", 1),
            Logged(AG, "zwrot za koncowki 47zl", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CI_amaka_nurse_manchester",
        "Amaka",
        "band 5 staff nurse on an acute medical ward in an NHS hospital, Manchester",
        "Band 6 by next summer, then one day a practice educator role. I love teaching the new starters.",
        "Joanne",
        "The matron over Amaka's ward and two others; Amaka's line manager, the ward sister Karen, reports to her.",
        Role.SKIP,
        monthly(1, 2),
        time(14, 30),
        "Amaka came to the UK from Nigeria three years ago through international recruitment. Joanne offers monthly development check-ins to "
        "staff who want to progress, and Amaka has been going since the summer. She gives a great deal: extra shifts, teaching new "
        "international nurses, audit spreadsheets, staying late before the CQC visit, covering Joanne's other ward during a norovirus closure. "
        "Her own ask, six weeks old, is about the band 6 pathway and a place on the preceptorship course in January; Joanne said she would "
        "check funding and has not come back, and Amaka thinks applications close around 11 December. She also needs three weeks of annual "
        "leave in January because her mother is unwell in Enugu, though the rota is already out. Delicate: Karen has twice mocked her accent "
        "in handover in front of others; Amaka is unsure whether to raise it with Joanne, who is Karen's manager, or through Freedom to Speak Up.",
        logged=(
            Logged(
                G,
                "covered Sat night again for Karen bc short. thats 4th extra this month",
                52,
                DONE,
            ),
            Logged(G, "did the IV cannulation teaching for the 3 new IENs, 2 sessions", 45, DONE),
            Logged(
                A,
                "asked J about band 6 dev pathway + if I can do the preceptorship course in Jan. she said she'll check funding",
                41,
            ),
            Logged(G, "updated the falls audit spreadsheet J wanted for governance mtg", 34, DONE),
            Logged(W, "Mr O's family wrote a thank you card naming me 🥹 J got cc'd", 30),
            Logged(G, "stayed 2hrs late wed sorting the med fridge temp logs before CQC", 22, DONE),
            Logged(P, "J big on falls reduction + getting sickness absence down b4 Q4", 20),
            Logged(
                N,
                "K said in handover again 'can someone translate what Amaka said' - ppl laughed. 2nd time. didnt say anything",
                16,
            ),
            Logged(G, "2 long days on Ward 7 (J's other ward) during the noro closure", 11, DONE),
            Logged(
                F, "still no answer re preceptorship funding. apply deadline 11/12 i think??", 7
            ),
            Logged(
                N,
                "Mum's BP bad again, aunty says come home. need 3wks AL in jan but rota already out 😩",
                4,
            ),
            Logged(AG, "preceptorship + band 6 - what do i actually need to show", 2),
            Logged(AG, "K comments... raise w J or FTSU? not sure", 2),
        ),
        tz="Europe/London",
    ),
    Persona(
        "CI_mariana_phd_valparaiso",
        "Mariana",
        "fourth-year PhD candidate in marine ecology (kelp forests) at a university in Valparaíso",
        "Quiero un postdoc afuera, ojalá en Tasmania o California, y después volver a Chile con mi propio laboratorio.",
        "Carolina",
        "A senior researcher at another Chilean institute who has mentored Mariana informally since a field course; she is not on her thesis committee.",
        Role.MENTOR,
        biweekly(2),
        time(18, 0),
        "Mariana is finishing her thesis and applying for a postdoc in Hobart (deadline 15 January). Carolina has already said yes to writing "
        "her a reference letter, wants Mariana's CV and research statement by 10 December, and has already introduced her by email to a "
        "colleague in Hobart. Mariana owes her a co-review of a manuscript that she promised 'this week' two weeks ago, and her statement is "
        "only 60% drafted. Carolina is busy with a large grant renewal due in December. Delicate: Mariana's own supervisor, Dr. Fuentes, wants "
        "first authorship on her chapter 2 paper because the grant is his, though she did all the sampling and analysis; Carolina knows him "
        "well and Mariana does not want to seem to be badmouthing him.",
        logged=(
            Logged(W, "paper cap 1 ACEPTADO en MEPS 🎉🎉🎉", 55),
            Logged(
                A,
                "le pedí a C si me puede escribir carta para el postdoc en UTAS (deadline 15/1)",
                44,
            ),
            Logged(
                N,
                "C dijo que sí a la carta!! pide CV + statement antes del 10/12 y los requisitos exactos",
                40,
            ),
            Logged(
                G,
                "le mandé los datos de temperatura de Las Cruces que necesitaba p su informe",
                35,
                DONE,
            ),
            Logged(
                A, "le pregunté si me puede conectar con alguien del grupo de kelp en Hobart", 30
            ),
            Logged(N, "C ya me presentó x mail con su colega de Hobart, me puso en copia 🙌", 26),
            Logged(
                W, "charla en el congreso de ciencias del mar, varios me felicitaron después", 21
            ),
            Logged(P, "C está a full con el Fondecyt, entrega en dic", 18),
            Logged(
                F,
                "co-revisión del manuscrito que me pidió — atrasada, le dije 'esta semana' hace 2 semanas 😬",
                14,
            ),
            Logged(
                N,
                "Fuentes dice q él va de primer autor en el cap 2 'porque el proyecto es mío'. yo hice TODO el muestreo y análisis. no sé qué hacer",
                9,
            ),
            Logged(F, "statement de investigación: borrador al 60%", 6),
            Logged(AG, "cómo manejar lo de autoría sin quemar a Fuentes (C lo conoce)", 2),
            Logged(
                AG,
                "mandar requisitos carta UTAS + preguntar si puede mencionar el trabajo de terreno",
                1,
            ),
        ),
        tz="America/Santiago",
    ),
    Persona(
        "CI_kenji_souschef_osaka",
        "Kenji",
        "sous-chef at a 40-seat kappo restaurant in Osaka",
        None,
        "大将",
        "The owner-chef of the restaurant, Kenji's direct boss for the last six years.",
        Role.MANAGER,
        weekly(1),
        time(14, 30),
        "Kenji is 31 and has worked under the owner-chef for six years. After two young cooks quit this autumn, the chef started short "
        "weekly talks with each of his staff before evening prep; this will be Kenji's first one, and he has only just started logging. "
        "He would like to be given the new lunch menu (the chef said he would think about it) and plans to bring trial dishes. His salary has "
        "not changed in three years. Delicate: his wife is due in March and he would like to take some paternity leave, which nobody in this "
        "kitchen has ever done, and he is not sure he can even bring it up.",
        logged=(
            Logged(W, "年末のおせち予約 60件超え、去年より+15 👍", 10),
            Logged(A, "ランチ新メニュー任せてもらえないか聞いた→「考えとく」", 8),
            Logged(P, "大将: 若い子が辞めないように、あと原価率", 6),
            Logged(N, "嫁 3月予定日。育休…言えるか？", 3),
            Logged(AG, "給料の話 (3年上がってない)", 2),
            Logged(AG, "ランチ試作 2品 持っていく", 1),
        ),
        first=True,
        tz="Asia/Tokyo",
    ),
    Persona(
        "CI_lerato_programmes_johannesburg",
        "Lerato",
        "programme manager at a youth employment NGO, Johannesburg",
        "Country Director in 2-3 years. I want to run the whole thing, not just my programme.",
        "Thandi",
        "The NGO's Deputy Executive Director, expected to succeed the ED, who has been championing Lerato for bigger roles.",
        Role.SPONSOR,
        monthly(3, 3),
        time(16, 0),
        "Lerato, 35, runs the NGO's flagship placement programme. Thandi sponsors her: she shared Lerato's record placement results with the "
        "board and, when asked, put her on a panel at the funder's regional convening in Nairobi on 11 February. Lerato drafted the Durban "
        "expansion two-pager for the board pack; the board now wants revised costings and Thandi needs version 2 by 4 December. Lerato owes "
        "a bio and headshot for Nairobi, and is still waiting on her request to sit in on finance committee meetings. Delicate: in the Q3 donor "
        "report she spotted R180k of restricted grant money coded to general operations. The report was prepared by Sipho in finance, who is "
        "close to Thandi; it may be an honest mistake, the next donor report is due mid-December, and she does not know how to raise it.",
        logged=(
            Logged(W, "placement rate cohort 7 = 68% 🔥 highest ever, T shared it w the board", 48),
            Logged(
                P,
                "T: Durban site live by March + diversify funding (less reliance on one funder)",
                45,
            ),
            Logged(A, "asked T to put me fwd for the Nairobi convening panel", 40, DONE),
            Logged(N, "T: done, ur on the panel 11 Feb!! need bio + 1 slide", 33),
            Logged(G, "drafted the Durban expansion 2-pager for T's board pack", 24, DONE),
            Logged(
                A, "asked if I can sit in on finance cttee mtgs to learn budgets - no reply yet", 20
            ),
            Logged(F, "board wants revised costing, T needs v2 of 2-pager by 4/12", 12),
            Logged(
                N,
                "Q3 donor rpt: R180k from the restricted skills grant coded to general ops?? Sipho did it. maybe a mistake. eish. T & S are close",
                8,
            ),
            Logged(F, "bio + headshot for Nairobi to T's EA", 6),
            Logged(N, "heard the Cape Town CD post might open next yr. too soon for me?", 3),
            Logged(AG, "how to flag the Q3 coding thing", 1),
            Logged(AG, "finance cttee - ask again", 1),
        ),
        tz="Africa/Johannesburg",
    ),
    Persona(
        "CI_giulia_winemaker_alba",
        "Giulia",
        "winemaker in charge of vineyards and cellar at her family's small winery near Alba, Piedmont",
        "Voglio portare la cantina al biologico certificato entro il 2029 e prendere io la guida quando papà si ritira.",
        "Marco",
        "Her cousin, who runs sales and export for the family winery; they have an equal say and both answer to Giulia's father.",
        Role.PEER,
        biweekly(0),
        time(8, 0),
        "The winery has 12 hectares and bottles about 60,000 a year. Giulia (34) makes the wine; Marco (38) sells it. Every other Monday they "
        "meet for coffee to line up production and sales. Marco has already confirmed the Danish order (3,600 bottles), but the US forecast "
        "is still open, and Giulia needs it to order glass by January. She owes him tech sheets for the new rosato for a US importer and is "
        "late; she covered a cellar visit for Swiss importers while he was away. A label quote must be approved together by Friday. Delicate: "
        "Marco has floated selling the Treiso parcel to fund a new tasting room, which Giulia opposes. Her father has had heart trouble since "
        "October, has a cardiology check on 2 December and does not want it talked about; she asked Marco not to raise Treiso in front of him.",
        logged=(
            Logged(W, "vendemmia chiusa, nebbiolo bellissimo, 14.2 gradi, resa ok", 58),
            Logged(A, "chiesto a M previsioni export 2027 x programmare imbottigliamento", 47),
            Logged(N, "M ha risposto: DK confermato 3.600 bt, USA ancora 'forse'", 39),
            Logged(G, "fatto io la visita in cantina coi 2 svizzeri sab, M era a Milano", 33, DONE),
            Logged(F, "schede tecniche rosato x importatore USA, le devo a M. in ritardo", 25),
            Logged(P, "M: sala degustazione nuova entro estate '27 + enoturismo", 22),
            Logged(
                N,
                "M butta lì di vendere la vigna di Treiso x finanziare la sala. NO. e papà non sa niente",
                15,
            ),
            Logged(N, "papà controllo cardiologo 2/12, non vuole che se ne parli", 10),
            Logged(
                A, "chiesto a M di non tirare fuori Treiso davanti a papà finché non sta meglio", 9
            ),
            Logged(W, "anteprima guida: barbera '25 91 pt 🍷", 5),
            Logged(F, "preventivo etichette nuove da approvare insieme entro ven", 3),
            Logged(AG, "export USA: ci sono o no? devo ordinare il vetro entro genn", 1),
            Logged(AG, "Treiso: parlarne noi due prima, con calma", 1),
        ),
        tz="Europe/Rome",
    ),
)
