# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 46 (set CD)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH81 = (
    Persona(
        "CD_aroha_dairyfarm_waikato",
        "Aroha",
        "2IC on a 700-cow dairy farm near Morrinsville, Waikato",
        "contract milking my own herd by June 2027, ideally here on Gav's farm",
        "Gav",
        "Gavin Hurst, the owner-operator of the farm and Aroha's boss; he runs the business side and does relief milkings.",
        Role.MANAGER,
        weekly(1),
        time(10, 0),
        "Aroha is 31, Māori, grew up on a sheep and beef block near Te Kūiti and is in her third season as 2IC on Gav's farm. "
        "Mating started in late October; she runs the AI programme with the tech and manages two farm assistants, Jaspreet and a school-leaver, Mikey. "
        "She wants to step up to contract milking next season and asked Gav straight out whether he'd offer it here; he said he'd 'have a think' and hasn't come back. "
        "She is also waiting on a pay review he promised for after calving, and on his OK to budget for a relief milker over Christmas while Jaspreet is home in Punjab. "
        "She owes him an up-to-date effluent log before the regional council inspection on 4 December. "
        "Delicate: Gav's son Liam finishes his ag degree at Massey in December and is said to be coming home for good; she suspects the contract milking job is being kept for him and doesn't know how to ask without sounding like she's having a go at family.",
        logged=(
            Logged(
                A,
                "asked Gav re pay review - he said after calving settles. well calving's settled mate 🙄",
                55,
            ),
            Logged(
                A,
                "asked straight out about contract milking next season. 'have a think'. chase",
                48,
            ),
            Logged(
                G,
                "covered both wknd milkings so Gav + Sue cld go to Sue's mum's 80th in Tauranga",
                41,
                DONE,
            ),
            Logged(W, "calf rearing wrapped, lost 4 of 230 heifer calves all season", 30),
            Logged(G, "fixed trough leak paddock 14 myself, no plumber callout", 23, DONE),
            Logged(F, "effluent pond readings + log up to date b4 WRC inspection 4 dec", 20),
            Logged(
                A,
                "relief milker 23 dec - 2 jan, Jaspreet going home to Punjab. asked Gav to ok budget",
                16,
            ),
            Logged(P, "Gav wants bulls in by 1 dec, herefords from Dave's", 14),
            Logged(W, "first 3 wks mating submission rate 91% 🎉 target was 90", 12),
            Logged(
                N, "Mikey slept thru alarm again, 2nd time. had a word. dont think Gav knows", 9
            ),
            Logged(N, "heard at the pub Liam's coming home for good after exams. hmm", 6),
            Logged(F, "ring Dave re bull delivery date", 4),
            Logged(AG, "pay review - its been 2 months, need an actual number", 2),
            Logged(
                AG, "contract milking - need yes/no before xmas so i can look elsewhere if no", 1
            ),
            Logged(AG, "where does Liam fit next season?? ask carefully", 0.4),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "CD_oksana_nurse_krakow",
        "Oksana",
        "registered nurse on an internal medicine ward at a city hospital in Kraków",
        "specjalizacja z anestezjologii i intensywnej opieki od marca, najlepiej z dofinansowaniem szpitala",
        "P.Dyr",
        "Elżbieta Wrona, the hospital's Director of Nursing (naczelna pielęgniarka) and Oksana's manager's manager; she meets the nurses on the staff council once a month.",
        Role.SKIP,
        monthly(1, 2),
        time(15, 0),
        "Oksana, 42, was a ward nurse in Kharkiv for fifteen years and moved to Kraków in 2022; her Polish licence came through in 2024. "
        "She works on the internal medicine ward under the ward head nurse, Pani Basia, and sits on the nurses' staff council, which is why she has a monthly slot with the Director of Nursing. "
        "She wants to start the anaesthesia and intensive care specialisation in March and needs the hospital's consent and study leave; the application deadline is 15 December. "
        "Since October she has been waiting for the Director to get HR to count her Ukrainian years toward her seniority allowance (dodatek stażowy). "
        "She translated patient leaflets into Ukrainian for the Director and has onboarded two new Ukrainian nurses; the Director's own focus is the accreditation visit in February. "
        "Delicate: the November and December rotas give her far more night shifts than colleagues, including Christmas Eve and New Year's Eve, and she is unsure whether to raise it with the Director at all, since it would look like going over Basia's head.",
        logged=(
            Logged(
                A, "zapytałam P.Dyr o staż z Ukrainy do dodatku stażowego. 'sprawdzę'. czekam", 50
            ),
            Logged(
                G,
                "ulotki dla pacjentów (cukrzyca, niewydolność serca) переклала на українську, wysłane do P.Dyr",
                38,
                DONE,
            ),
            Logged(
                P, "P.Dyr priorytet: akredytacja w lutym, wszystko musi być w dokumentacji!!", 36
            ),
            Logged(F, "wysłać P.Dyr listę braków w dokumentacji z naszego oddziału", 33, DONE),
            Logged(N, "grafik listopad: 9 nocy. Kasia 3, Monika 4. знову", 25),
            Logged(W, "Halyna i Iryna обидві skończyły adaptację, sama je wdrażałam 💪", 22),
            Logged(
                A,
                "specjalizacja anest. potrzebuję zgody szpitala + urlop szkoleniowy. termin wniosku 15.12!!",
                19,
            ),
            Logged(F, "tłumaczenie przysięgłe zaświadczenia z Charkowa, odebrać w pt", 10),
            Logged(W, "list z podziękowaniem od rodziny pacjenta z sali 4, poszedł do dyrekcji", 8),
            Logged(N, "grafik grudzień wyszedł. 10 nocy, w tym Wigilia i Sylwester 😞", 3),
            Logged(AG, "zgoda na specjalizację przed 15.12 + czy szpital dofinansuje?", 2),
            Logged(AG, "dodatek stażowy: 2 miesiące minęły, co z HR?", 1),
            Logged(AG, "noce w grafiku?? mówić czy nie... może najpierw z Basią", 0.3),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CD_lupita_electrician_monterrey",
        "Lupita",
        "oficial electricista (junior electrician) on residential and small commercial jobs in Monterrey",
        "sacar la certificación EC0586 en febrero y tener mi propio negocio de instalaciones para 2028",
        "Don Chuy",
        "Jesús 'Chuy' Cantú, a retired master electrician who mentors her through a women-in-trades mentoring programme; they have breakfast every other Saturday.",
        Role.MENTOR,
        biweekly(5),
        time(9, 0),
        "Guadalupe 'Lupita' Treviño is 24 and has worked two years as an oficial for a small contractor, Instalaciones del Norte. "
        "Don Chuy is her mentor in a women-in-trades programme; he pushes her hard on the NOM-001 electrical code. "
        "She is studying for the EC0586 residential installations certification (exam in February) and wants her own business eventually. "
        "She landed her first independent job, rewiring Doña Mary's corner shop, after asking Don Chuy to review her quote; she now wants him to look at the panel before she closes it up. "
        "He also said he'd introduce her to an architect friend, Arq. Salinas, but nothing has happened yet. She set up WhatsApp Business for his son's hardware shop. "
        "Delicate: the foreman on her current site, Beto, makes comments about her in front of the crew and gives her the worst jobs, and Beto is Don Chuy's compadre, so she doesn't know whether to bring it up with him.",
        logged=(
            Logged(
                A,
                "le pedi a Don Chuy q me revise la cotizacion de la tiendita de Doña Mary antes de mandarla",
                44,
                DONE,
            ),
            Logged(G, "le configure el WhatsApp Business a su hijo (la ferre) 👍", 40, DONE),
            Logged(A, "presentarme con el arq Salinas?? dijo q si pero nada todavia", 30),
            Logged(W, "cotizacion aceptada!! Doña Mary pago anticipo 50% 🙌", 26),
            Logged(F, "comprar guia EC0586 + simulador", 24, DONE),
            Logged(N, "Beto otra vez: 'mejor q la niña cargue los tubos' enfrente de todos", 18),
            Logged(
                P, "Don Chuy: la NOM-001 te la tienes q saber de memoria, sobre todo art 250", 15
            ),
            Logged(
                N, "Beto me dejo sola en el ducto del sotano 3 dias, los chavos en lo facil 🙄", 11
            ),
            Logged(F, "terminar tierra fisica en lo de Doña Mary antes del 5 dic", 9),
            Logged(W, "simulacro de examen 82/100, me falta puesta a tierra jaja", 5),
            Logged(
                AG, "q me acompañe a revisar el tablero de Doña Mary antes de cerrar? sabado?", 3
            ),
            Logged(AG, "arq Salinas si o no", 2),
            Logged(AG, "lo de Beto... es su compadre. decirle o no", 1),
        ),
        tz="America/Monterrey",
    ),
    Persona(
        "CD_nkechi_logistics_lagos",
        "Nkechi",
        "warehouse operations supervisor at a freight forwarding and 3PL company, Apapa, Lagos",
        "Ops Manager by mid-2027, maybe the new Kano hub role",
        "Madam A",
        "Mrs. Folake Adeyemi, Regional Operations Director; not in Nkechi's reporting line but her sponsor, who sits on the promotion panel and has been championing her to the MD.",
        Role.SPONSOR,
        monthly(1, 1),
        time(8, 0),
        "Nkechi Okafor, 36, supervises the bonded warehouse shift team at her company's Apapa site. "
        "Madam A has sponsored her for about a year and has put her name forward for Ops Manager at the new Kano inland hub, which the promotion panel decides in mid-December. "
        "Nkechi built the demurrage cost analysis Madam A used at the October board meeting and has cut container dwell time on her shift; she also drafted a bonded cargo release SOP that Madam A wants to reuse in Kano. "
        "She is waiting to hear whether she can present at the Q4 business review, and for an introduction to the Kano project lead, Engr. Bello. "
        "Delicate: the Kano job means relocating, and her husband Chidi doesn't want to move with their three-year-old; she isn't sure she would accept, and doesn't know whether to tell Madam A before the panel and risk losing her backing.",
        logged=(
            Logged(
                G,
                "sent Madam A the demurrage analysis deck, ₦ cost by shipping line + 3 scenarios",
                58,
                DONE,
            ),
            Logged(W, "Madam A used my deck at board mtg, MD asked who did it 😊", 45),
            Logged(A, "asked Madam A if I can present at Q4 biz review. 'leave it with me'", 37),
            Logged(W, "avg dwell time my shift 6.1 -> 4.3 days for Oct", 27),
            Logged(P, "Madam A: Kano hub go-live Q2 2027, needs ops lead in place by Feb", 26),
            Logged(A, "intro to Engr Bello (Kano project lead)? she said she'll set it up", 20),
            Logged(F, "draft SOP for bonded cargo release, she wants to reuse for Kano", 17, DONE),
            Logged(N, "Chidi no gree at all about Kano. 'who go carry Ada go school?' 😩", 13),
            Logged(N, "customs system down 2 days, backlog ~40 containers", 8),
            Logged(G, "SOP v1 sent to Madam A", 4, DONE),
            Logged(W, "backlog cleared by Tues, zero overtime claims", 2),
            Logged(AG, "Q4 review slot yes or no? I need time to prepare", 1),
            Logged(AG, "panel date + wetin dem go ask. anything I should show?", 1),
            Logged(AG, "Kano/relocation... tell her before panel or wait??", 0.3),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "CD_haruka_cityhall_sendai",
        "Haruka",
        "disaster-preparedness planner in the crisis management division, Sendai City Hall",
        None,
        "小林さん",
        "Kobayashi Daisuke, a chief in the city's elder-care insurance section; he and Haruka co-lead the cross-department project on individual evacuation plans and meet every other week.",
        Role.PEER,
        biweekly(0),
        time(16, 0),
        "Haruka Endo, 38, has worked in Sendai City Hall's crisis management division since 2010 and lived through 3.11 as a young staffer. "
        "She and Kobayashi-san from the elder-care section co-lead a project to draw up individual evacuation plans (個別避難計画) for about 2,000 high-priority elderly and disabled residents; the report to the deputy mayor is due at the end of January. "
        "She has been waiting on his section for a cleaned list of target residents and for care-manager contact data; both have slipped, the latest promise being 20 November. "
        "She made the GIS maps he needed for his own section's meeting, and the pilot district in Wakabayashi has finished its first ten plans. "
        "Delicate: she has heard his team leader is on sick leave and he is covering alone, sending emails at 10pm; she needs a firm date for the data but doesn't want it to sound like blame, and would like to offer help from her division without embarrassing him.",
        logged=(
            Logged(
                A, "小林さんに対象者リスト(要配慮者 約2000名)のクリーニング版 依頼 10月末で", 50
            ),
            Logged(G, "介護保険課の会議用に GIS 地図 作成 送付済", 42, DONE),
            Logged(P, "小林さん優先: ケアマネ説明会を12月中にやりたい", 35),
            Logged(N, "リスト 10月末 → 来週 に slip. ok", 27),
            Logged(F, "ケアマネ説明会 資料 my part: 避難所の地図と写真", 21),
            Logged(A, "ケアマネ連絡先 data いつ? 11/20 って約束", 14),
            Logged(W, "若林区モデル地区で 10件 計画完成! 民生委員さん協力的 🙏", 10),
            Logged(N, "佐藤さん情報: 係長 病休中で小林さん一人で回してるらしい", 7),
            Logged(N, "11/20 過ぎた. リストも連絡先もまだ. 小林さん 22時にメール...大丈夫かな", 5),
            Logged(F, "副市長報告 1月末 → 逆算すると 12/15 にはリスト必須", 4),
            Logged(AG, "リスト + 連絡先: 12/15 hard deadline 共有", 2),
            Logged(AG, "うちの課から応援出せるか 課長に相談していいか聞く", 1),
            Logged(AG, "言い方注意. 責めてるように聞こえないように", 0.5),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CD_ilse_ceramicist_rotterdam",
        "Ilse",
        "ceramic artist with her own studio in Rotterdam-Noord",
        "solo show bij Joost in het najaar van 2027",
        "Joost",
        "Joost van Leeuwen, owner of the Amsterdam gallery that represents her work in the Benelux; they have a studio visit or call once a month.",
        Role.OTHER,
        monthly(1, 3),
        time(11, 0),
        "Ilse Bakker, 58, has made large stoneware vessels for thirty years and has been represented by Joost's gallery for four. "
        "Three pieces sold at the September group show, but the consignment payout (about €6,400 after commission) still hasn't arrived despite two reminders. "
        "She wants a solo show in autumn 2027 and a place in the gallery's booth at Art Rotterdam in February, where Joost is weighing her against another artist. "
        "She gave a glaze workshop for his collectors in October and has promised new work and photos for the fair catalogue by 15 December, now delayed by a broken kiln element. "
        "Delicate: a gallery in Antwerp has approached her about a solo show; her contract gives Joost Benelux exclusivity until 2028, and she doesn't know whether to tell him, use it as leverage, or let it go.",
        logged=(
            Logged(W, "3 stuks verkocht op de groepsexpo! incl. de grote blauwe 🎉", 58),
            Logged(G, "glazuur workshop voor Joost z'n verzamelaars, 12 man, ging goed", 47, DONE),
            Logged(A, "uitbetaling consignatie sept?? Joost: 'boekhouder is ermee bezig'", 40),
            Logged(
                A, "Art Rotterdam feb, sta ik in de stand? hij twijfelt tussen mij en Femke", 33
            ),
            Logged(P, "Joost wil voor de stand 'grotere stukken, meer statement'", 22),
            Logged(N, "mail van Lotte, galerie in Antwerpen. interesse in solo 2027 😳", 19),
            Logged(N, "contract nagelezen: exclusief Benelux t/m 2028. hmm", 17),
            Logged(F, "nieuw werk fotograferen voor catalogus, deadline 15/12", 12),
            Logged(N, "oven element kapot, stook 3 wk vertraagd 😤", 9),
            Logged(F, "nieuw element bestellen", 8, DONE),
            Logged(A, "nog steeds geen geld. 2e herinnering gestuurd", 6),
            Logged(AG, "uitbetaling €6.4k: datum pls, de gasrekening wacht niet", 2),
            Logged(AG, "solo 2027 concreet maken: maand + welke ruimte", 1),
            Logged(AG, "Antwerpen... zeggen of niet?", 0.5),
        ),
        tz="Europe/Amsterdam",
    ),
)
