# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DJ), rated in round 62 at this stop's end (`bench/reviews/round62_*`); none of their cards differed from the stop's start."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH113 = (
    Persona(
        "DJ_franziska_vet_graz",
        "Franziska",
        "Tierärztin, Gemischtpraxis (v.a. Rind)",
        "Fachtierärztin Rind, irgendwann Teilhaberin",
        "Hannes",
        "practice owner (Dr. Pichler), my boss",
        Role.MANAGER,
        weekly(0),
        time(7, 15),
        "Franziska, 31, is in her fourth year as an assistant vet in a mixed, mostly cattle practice in "
        "eastern Styria owned by Dr. Hannes Pichler (late 50s). She lives in Graz and drives out. They "
        "have a short 1:1 every Monday at 7:15 before rounds; the next one is Monday 30 November. The "
        "relationship is warm but old-school: he decides and doesn't always explain. The delicate matter: "
        "on Wed 18 Nov, at the farm of Lederer (a big client, about 20% of revenue), she refused to "
        "certify a badly lame cull cow as fit for transport to the slaughterhouse; the next day Hannes "
        "signed the certificate himself and said nothing to her. She is worried about animal welfare, "
        "about legal exposure (whose signature, official vet checks), and about being asked again. She "
        "doesn't want to accuse her boss; she wants to agree a clear rule for unfit animals. Ordinary "
        "open threads: a cattle ultrasound course in Vienna in February (~€1,400) she asked him to pay for "
        "on 19 Oct, still 'schau ma', registration closes 15 Dec; fewer night duties from January, which "
        "he tied to a new colleague starting 1 Jan; she owes him the in-house pharmacy inventory and "
        "expired-drug list by Friday 27 Nov. Wins: a 3 a.m. caesarean on a heifer that the farmer "
        "thanked Hannes for; she covered his emergency weekend 14/15 Nov. His priorities: finish the "
        "animal-health-service (TGD) herd visits by mid-December and keep new client Berghof happy. From "
        "this 1:1 she needs a calm, non-accusing way to raise Lederer and get a rule, plus firm answers "
        "on the course and the night rota.",
        logged=(
            Logged(A, "Winterreifen fürs Praxisauto angesprochen – erledigt ✅", 45, DONE),
            Logged(
                A,
                "Hannes wg Ultraschallkurs Rind gefragt (Wien, Feb, ca 1.400€) – 'schau ma' 🙄",
                38,
            ),
            Logged(
                W,
                "Kaiserschnitt Kalbin beim Wallner um 3 Uhr früh, Kuh + Kalb leben 💪 Wallner hat H. extra angerufen und sich bedankt",
                27,
            ),
            Logged(
                P,
                "H.: TGD-Betriebserhebungen bis Mitte Dez alle durch, 'keine Nachzügler'. Berghof als Neukunde unbedingt halten",
                24,
            ),
            Logged(
                A,
                "weniger Nachtdienste ab Jänner? H.: erst wenn der Neue (fängt 1.1. an) eingearbeitet is",
                17,
            ),
            Logged(F, "Bericht Eutergesundheit Berghof für H. fertig machen", 16, DONE),
            Logged(
                G, "Notdienst-WE 14./15.11. für H. übernommen, er war auf Hochzeit in Kärnten", 11
            ),
            Logged(
                N,
                "Lederer heute: 2 Altkühe zum Schlachthof, eine lahmt massiv li hinten, steht kaum auf. Transportfähigkeit NICHT unterschrieben. Lederer angefressen",
                8,
            ),
            Logged(
                N,
                "H. hat die Lederer-Kuh gestern dann selber unterschrieben. kein Wort zu mir 😶 Lederer = locker 20% vom Umsatz",
                6,
            ),
            Logged(
                N,
                "wenn der Amtstierarzt am Schlachthof was sagt – hängt das an seiner Unterschrift od. auch an mir?? VO 1/2005 nochmal nachlesen",
                5,
            ),
            Logged(F, "Hausapotheke Inventur + Liste abgelaufene Medis an H. bis Fr", 3),
            Logged(AG, "Ultraschallkurs: Anmeldeschluss 15.12.!! brauch jetzt ja/nein", 2),
            Logged(
                AG,
                "Lederer ansprechen – NICHT als Vorwurf. fragen wie wir's in Zukunft handhaben wenn ein Tier nicht transportfähig is",
                1.5,
            ),
            Logged(AG, "Nachtdienstplan Jänner fix oder nicht?", 0.5),
        ),
        tz="Europe/Vienna",
    ),
    Persona(
        "DJ_valentina_creditanalyst_medellin",
        "Valentina",
        "analista de crédito, cooperativa de ahorro y crédito",
        "ser coordinadora de riesgo en 2 años",
        "Jairo",
        "gerente regional Antioquia (my boss's boss)",
        Role.SKIP,
        monthly(1, 1),
        time(10, 0),
        "Valentina, 26, is a credit analyst at a savings-and-credit cooperative in Medellín, two years "
        "in. Her direct boss is Paola, the credit coordinator; Jairo, the regional manager, holds a "
        "monthly skip-level with her on the first Tuesday at 10:00; the next one is Tuesday 1 December. "
        "Jairo likes her: he uses her Power BI delinquency dashboard and put her on the rural microcredit "
        "pilot in eastern Antioquia. The delicate matter: Paola repeatedly humiliates Camilo, a junior "
        "analyst from the Caribbean coast still on probation until February (shouting at him in front of "
        "everyone, mocking his accent on 17 Nov, calling him 'bruto' in September; a colleague, Sofi, saw "
        "it too). Camilo asked her not to say anything. Raising it with Jairo means going over her own "
        "boss's head and risking Camilo's job; she is wondering about the confidential channel (comité de "
        "convivencia laboral). Ordinary threads: she asked on 6 Oct for support for a credit-risk "
        "diploma at EAFIT (starts Feb, COP 4.2M), answered 'lo miramos en enero', but enrollment closes "
        "11 Dec; she owes him the analysis of the 12 loans restructured after the rainy-season floods "
        "before Tuesday; the pilot stands at 23 of the 40 disbursements Jairo wants by 15 Dec and she "
        "needs one more field adviser for two weeks. Wins: her zone's 30+ day delinquency fell from 4.8% "
        "to 3.1%; 23 pilot loans, none late. Jairo's priorities: year-end placement and delinquency, zero "
        "complaints to the Supersolidaria. She needs help on how and whether to raise Paola/Camilo without "
        "exposing him, and a yes/no on the diploma.",
        logged=(
            Logged(
                A,
                "pedí entrar al piloto de microcrédito rural (oriente antioqueño) — me metieron ✅",
                85.6,
                DONE,
            ),
            Logged(
                A,
                "le pedí a Jairo apoyo pa el diplomado en riesgo crediticio EAFIT (feb, $4.2M). dijo 'lo miramos en enero' 😕",
                50.6,
            ),
            Logged(
                W, "mora >30 días de mi zona bajó de 4.8% a 3.1% 🙌 Jairo lo mencionó hoy", 50.6
            ),
            Logged(
                P,
                "Jairo: cierre de año = colocación + mora. y 'cero quejas ante la Supersolidaria'",
                22.6,
            ),
            Logged(P, "J quiere 40 créditos del piloto desembolsados antes del 15 dic", 22.6),
            Logged(
                G,
                "le armé a J el tablero Power BI de cartera vencida x oficina, lo usó ayer en la junta",
                12.6,
            ),
            Logged(
                N,
                "Paola otra vez le gritó a Camilo delante de todos y le remedó el acento 'hable bien mijo'. Camilo se fue pal baño 😡",
                8.6,
            ),
            Logged(
                N,
                "hablé con Camilo. me dijo q porfa no diga nada, está en periodo de prueba hasta feb",
                7.6,
            ),
            Logged(
                N,
                "no es la primera vez, en sept le dijo 'bruto' x un error en la consulta a centrales. Sofi también lo vio",
                7.5,
            ),
            Logged(
                N,
                "Paola es mi jefa directa... si le cuento a J y ella se entera q fui yo?? 😬",
                4.6,
            ),
            Logged(
                F,
                "mandarle a J el análisis de los 12 créditos reestructurados (los de la ola invernal) antes del martes",
                2.6,
            ),
            Logged(W, "piloto rural: 23 desembolsados a hoy, 0 en mora", 1.6),
            Logged(AG, "diplomado: inscripciones cierran 11 dic, necesito un sí o no ya", 1.6),
            Logged(
                AG,
                "lo de Camilo/Paola — cómo lo digo sin exponerlo? preguntar x el comité de convivencia / canal confidencial",
                0.6,
            ),
            Logged(AG, "piloto vamos 23/40, pedir 1 asesor más x 2 semanas", 0.6),
        ),
        tz="America/Bogota",
    ),
    Persona(
        "DJ_haruka_curator_kanazawa",
        "Haruka",
        "学芸員（県立美術館・工芸担当）",
        "自分の企画で大きな展覧会をやりたい",
        "森先生",
        "retired chief curator, my mentor since grad school",
        Role.MENTOR,
        monthly(-1, 4),
        time(19, 0),
        "Haruka, 34, is a crafts curator at a prefectural art museum in Kanazawa. Mori-sensei, a retired "
        "chief curator she has known since graduate school, mentors her over a monthly online call on "
        "the last Friday at 19:00; the next one is tomorrow, Friday 27 November. He recommended her for "
        "her current post five years ago and is helping with her spring 2027 exhibition on Wajima "
        "lacquer artisans after the Noto earthquake (he was to introduce her to a maki-e master, "
        "Onishi-san; he wrote to him but there is no reply yet). The delicate matter: on 14 Nov a private "
        "museum in Tokyo ('M') offered her a senior curator post, about 30% more pay, answer due 10 Dec; "
        "she feels she would be letting down the man who got her the job, the Wajima show is half-done, "
        "and her mother lives alone in Kanazawa. M told her she might start in April after the show, "
        "which she hasn't confirmed. Ordinary threads: she owes him her 8,000-character catalogue essay "
        "draft by end of November and is only halfway, so wants to ask for a week more; his standing "
        "advice is to write a paper for the museum bulletin, since exhibitions alone won't count. Wins: a "
        "foundation grant that covers the catalogue; she translated his English slides for the 3 Nov "
        "symposium. She needs to tell him honestly about the offer and get his real view, plus news on "
        "Onishi-san and the essay timing.",
        logged=(
            Logged(P, "先生「紀要に論文一本書きなさい。展覧会だけじゃ評価されないよ」", 62),
            Logged(
                A,
                "輪島の蒔絵師・大西さんを紹介してほしいとお願い → 先生から連絡してみるとのこと",
                62,
            ),
            Logged(W, "財団の助成 採択!! 図録の印刷代カバーできる🎉", 40),
            Logged(G, "先生の11/3国際シンポのスライド英訳、手伝った（40枚…）", 30),
            Logged(
                N, "大西さんには手紙出したけど、まだ返事ないらしい。仮設工房でまだ大変な時期", 27
            ),
            Logged(F, "図録の論考ドラフト(8000字) 先生に見てもらう → 11月末までに送る", 27),
            Logged(F, "シンポの写真 先生に送る", 22, DONE),
            Logged(N, "東京のM美術館から主任学芸員のオファー。給料3割up。返事は12/10まで", 12),
            Logged(
                N, "先生の推薦で今の館に入ったのに…言いづらい。でも東京なら展示の規模が全然違う", 11
            ),
            Logged(N, "母、一人暮らし。東京行ったら帰れるの月1くらい？", 9),
            Logged(
                N,
                "M館の人「輪島展は最後までやってから、4月着任でもいい」って言ってた → ほんと？書面で確認する",
                5,
            ),
            Logged(AG, "オファーのこと、先生に正直に話す。どう思うか聞く（反対されたら…）", 2),
            Logged(AG, "大西さんの件、その後どうなったか", 1),
            Logged(AG, "論考まだ半分。月末→来週金曜まで延ばしていいか聞く", 0.3),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DJ_aissatou_pharmacist_thies",
        "Aïssatou",
        "pharmacienne hospitalière (adjointe), hôpital régional",
        "cheffe de service pharmacie un jour",
        "Dr Sarr",
        "hospital director, my sponsor",
        Role.SPONSOR,
        monthly(1, 3),
        time(16, 0),
        "Aïssatou, 38, is the deputy hospital pharmacist at the regional hospital in Thiès, Senegal. Her "
        "line manager is Dr Ndiaye, the head of pharmacy, who trained her and brought her there. The "
        "hospital director, Dr Sarr, sponsors her and sees her monthly on the first Thursday at 16:00; "
        "the next one is Thursday 3 December. The delicate matter: after she presented falling stock-out "
        "figures at the medical committee on 17 Nov, Sarr told her the head-of-pharmacy post 'will become "
        "free' and to prepare her file. HR has half-confirmed that Dr Ndiaye is being pushed into early "
        "retirement because of the audit report, yet she holds purchase orders showing the stock-outs "
        "came from the national supply agency (PNA) not delivering. Her promotion would come from her "
        "mentor's exit, possibly on an unfair basis; she wants the job but not like this, and doesn't know "
        "whether to show Sarr the purchase orders. Ordinary threads: a second fridge for the cold chain "
        "(insulin, vaccines), asked for on 1 Oct, Sarr is checking the 2027 budget (she has sent him the "
        "insulin-usage note); she owes him the stock-out action plan by 30 Nov; pharmacovigilance training "
        "in Dakar granted and done. Wins: tracer-drug stock-out rate down from 18% in Sept to 7% in Nov; "
        "she led the full post-audit inventory over two weekends in October. Sarr's priorities: 2027 "
        "accreditation, zero stock-outs on tracer drugs, CMU billing up to date. She needs a way to "
        "discuss the post that is fair to Dr Ndiaye, and answers on the fridge and the plan.",
        logged=(
            Logged(A, "formation pharmacovigilance à Dakar (oct) — accordée ✅", 84, DONE),
            Logged(
                A,
                "demandé au Dr Sarr un 2e frigo pour la chaîne du froid (insuline, vaccins). il voit avec le budget 2027",
                56,
            ),
            Logged(W, "formation PV faite, 3 jours à Fann, certificat reçu", 42),
            Logged(
                G,
                "inventaire complet après l'audit, 2 week-ends (17-18 et 24-25 oct). fatiguée mais c'est propre",
                31,
            ),
            Logged(
                P,
                "Sarr: accréditation 2027, zéro rupture sur les médicaments traceurs, facturation CMU à jour",
                21,
            ),
            Logged(F, "plan d'action ruptures à envoyer au Dr Sarr avant le 30/11", 21),
            Logged(F, "note conso insuline pour justifier le frigo → envoyée", 14, DONE),
            Logged(
                W, "ruptures traceurs: 18% en sept → 7% en nov 💪 présenté en CME ce matin", 8.6
            ),
            Logged(
                N,
                "après la CME Sarr m'a dit: 'le poste de chef de service va se libérer, préparez votre dossier'. Dr Ndiaye part?? personne ne m'a rien dit",
                8.5,
            ),
            Logged(
                N,
                "Mme Fall (RH) confirme à demi-mot: on pousse Dr Ndiaye vers la retraite anticipée à cause du rapport d'audit. mais les ruptures c'était la PNA qui ne livrait pas!! j'ai les bons de commande",
                7,
            ),
            Logged(
                N,
                "Dr Ndiaye m'a formée, c'est lui qui m'a fait venir ici. dafa tiis ces jours-ci. je me sens mal",
                6,
            ),
            Logged(
                AG,
                "poste chef de service: est-ce que ça dépend vraiment du départ du Dr Ndiaye? lui montrer les bons de commande PNA ou pas?",
                2,
            ),
            Logged(AG, "frigo — budget 2027 oui ou non?", 1),
            Logged(AG, "plan d'action: je l'envoie lundi 30, on en parle jeudi", 0.3),
        ),
        tz="Africa/Dakar",
    ),
    Persona(
        "DJ_shannon_teacher_halifax",
        "Shannon",
        "high school chemistry teacher",
        "keep teaching, dept head when Bev retires",
        "Marc",
        "vice-principal, my supervisor this year",
        Role.MANAGER,
        biweekly(2),
        time(15, 15),
        "Shannon, 41, teaches chemistry (grades 10-12) at a public high school in Halifax. Marc, a "
        "vice-principal, is her supervisor this year (her evaluation year) and meets her every second "
        "Wednesday at 15:15 after the last bell; the next one is Wednesday 2 December. The delicate "
        "matter: on 20 Oct a neurologist diagnosed relapsing-remitting MS. She has told no one at school. "
        "Fatigue and leg weakness make the stairs to her third-floor lab hard (she had to sit through a "
        "class on 19 Nov and thinks a student noticed). Bev, the science department head, retires in "
        "June, and Shannon wants the posting in the spring; she fears disclosure will cost her that. Her "
        "union rep said accommodations are confidential and go through HR/the regional centre, not just "
        "school admin. She is torn between asking Marc to move her lab to ground-floor room 114 next "
        "semester without saying why, and telling him. Ordinary threads: the fume hood in room 312 has "
        "been broken since September (asked 23 Sep, again 4 Nov), so volatile labs keep being cut, now a "
        "safety issue; she owes him the grade 11 lab safety binder/WHMIS update (open since 21 Oct) and "
        "her professional growth plan by 4 Dec. Wins: two chemistry olympiad students reached the "
        "national round; she ran the open-house demos and covered Bev's classes for three days. Marc's "
        "priorities: grade 10 attendance, the new assessment policy by January, PGPs in December. She "
        "needs a plan for the MS/accommodation question, pressure on the hood, and whether to frame her "
        "PGP around the department-head role.",
        logged=(
            Logged(
                A,
                "asked Marc re fume hood in rm 312 - not pulling properly, facilities ticket in since sept",
                63.5,
            ),
            Logged(
                A, "asked if I can take the olympiad kids to the Dal chem day - yes ✅", 49.5, DONE
            ),
            Logged(
                G, "covered Bev's gr 12 classes 3 days while she was at the curriculum thing", 43.5
            ),
            Logged(
                N,
                "neuro appt today. it's MS. relapsing-remitting. starting meds. NOT telling anyone at school yet",
                36.5,
            ),
            Logged(
                P,
                "Marc: gr 10 attendance (chronic absences), new assessment policy rolled out by Jan, PGPs due Dec",
                35.5,
            ),
            Logged(F, "update gr 11 lab safety binder + WHMIS sheets for Marc", 35.5),
            Logged(
                G, "ran the open house lab demos (elephant toothpaste lol), Marc was there", 29.5
            ),
            Logged(
                N,
                "told Marc again re hood today. still broken. cut the esterification lab AGAIN, kids are missing stuff",
                21.5,
            ),
            Logged(W, "olympiad prep group: Priya + Jonah made the national round!!! 🧪🎉", 10.5),
            Logged(F, "send Marc my PGP draft by Dec 4", 7.5),
            Logged(
                N,
                "rough wk. legs like jelly on the stairs up to 3rd, had to sit thru most of period 4. pretty sure a kid noticed",
                6.5,
            ),
            Logged(
                N,
                "Bev retiring June -> dept head posting in spring. I want it. does telling them about the MS kill that?? NSTU rep: accommodations are confidential, go thru HR not just admin",
                4.5,
            ),
            Logged(
                AG,
                "ask to move my labs to rm 114 (1st floor) next semester w/o saying why?? or just tell him",
                1.5,
            ),
            Logged(
                AG, "fume hood - 3rd time asking. it's a safety issue now not a nice to have", 0.5
            ),
            Logged(AG, "PGP - put dept head prep as my goal?", 0.5),
        ),
        tz="America/Halifax",
    ),
    Persona(
        "DJ_tane_viticulturist_hastings",
        "Tane",
        "vineyard manager, family vineyard (grower)",
        "5 yr contract w the winery, no more price yo-yo",
        "Soph",
        "grower relations manager at the winery that buys our fruit",
        Role.OTHER,
        biweekly(4),
        time(7, 0),
        "Tane, 45, manages his whānau's 40-hectare vineyard near Hastings in Hawke's Bay and sells almost "
        "all the fruit to one larger winery. Sophie ('Soph'), the winery's grower relations manager, "
        "walks the blocks with him every second Friday at 7:00; the next walk is tomorrow, Friday 27 "
        "November. She is his client, friendly but under pressure from her board. The delicate matter: in "
        "April, at the 2026 vintage, the winery's harvest contractor (Ridgeline) ran a machine harvester "
        "on steep Block 7 the day after rain; it slid sideways about two metres with his worker Wiremu at "
        "the row end. Nobody reported it properly, Wiremu still won't work row ends when contractors are "
        "on, and Tane has just heard Ridgeline is booked again for 2027. The supply contract is up for "
        "renewal and Soph hinted the Syrah price per tonne is 'under review', so he fears a fuss will cost "
        "him; he is thinking of framing it as a site rule (no machine harvest on Block 7 after rain, hand "
        "pick it) rather than a complaint. Ordinary threads: he asked on 16 Oct for the 2027 contract "
        "draft and Syrah price, promised after the board met (it met 17 Nov, still nothing); he owes her "
        "post-flowering bunch counts and a yield estimate by 11 Dec; earlier Brix sampling was agreed. "
        "Wins: came through the 12 Oct frost with under 5% damage; hosted the winery's Singapore trade "
        "group with a hāngī lunch; good flowering and fruit set. Soph's priorities: lower Sauvignon crop "
        "loads (12 t/ha max, oversupply), a clean sustainability audit, no residue issues. He needs a way "
        "to raise Block 7 safety without souring the contract, and a date for the contract.",
        logged=(
            Logged(
                A,
                "asked Soph for earlier brix sampling on the Gimblett block next vintage - she's keen ✅",
                55,
                DONE,
            ),
            Logged(
                W,
                "frost 12 Oct, -2.1 at 4am. fans + the chopper did the job, <5% damage on the flats 😮‍💨",
                44,
            ),
            Logged(
                A,
                "asked Soph for the 2027 supply contract draft + syrah $/t. 'after the board meets in Nov'",
                41,
            ),
            Logged(
                P,
                "Soph: sav crop loads DOWN, 12t/ha max (oversupply). SWNZ audit clean. zero residue issues",
                27,
            ),
            Logged(F, "spray diary to Soph for the SWNZ audit", 27, DONE),
            Logged(
                G,
                "hosted their Singapore trade group on the syrah block, did the hāngī w the whānau. Soph stoked",
                20,
            ),
            Logged(F, "bunch counts + yield est post-flowering -> Soph by 11 Dec", 13),
            Logged(
                N,
                "still on my mind: April, Ridgeline ran the harvester on Block 7 (steep one) day after rain, slid sideways ~2m. Wiremu was at the row end. never got reported properly",
                12,
            ),
            Logged(
                N,
                "contract: she hinted syrah price 'under review' 😬 board met 17th, still nothing",
                6,
            ),
            Logged(
                N,
                "heard today Ridgeline's booked again for vintage 27. if I make a fuss now does the syrah $ go down the gurgler?",
                5,
            ),
            Logged(
                N, "Wiremu still won't work row ends when contractors are on. fair enough tbh", 4
            ),
            Logged(W, "flowering on the syrah looking mean, good set on the chard too", 2),
            Logged(
                AG,
                "Block 7 / Ridgeline - want it in writing: no machine harvest on 7 after rain, hand pick it. site rule not a complaint?",
                1,
            ),
            Logged(AG, "contract $/t - when??", 1),
            Logged(AG, "yield est 11 Dec still ok for her?", 0.2),
        ),
        tz="Pacific/Auckland",
    ),
)
