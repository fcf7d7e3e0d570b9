# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 47 (set CE)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH82 = (
    Persona(
        "CE_joana_cuidadora_porto",
        "Joana",
        "home-care worker (cuidadora domiciliária) for an IPSS charity, visiting elderly clients across eastern Porto",
        "passar a contrato efetivo e tirar o curso de auxiliar de saúde",
        "Dra Sílvia",
        "Sílvia Moura, the social worker who coordinates the home-care team and does the schedules, supervision and contracts.",
        Role.MANAGER,
        weekly(1),
        time(14, 0),
        "Joana is 44 and does seven or eight home visits a day by bus around Campanhã and Bonfim. "
        "Her fixed-term contract ends on 31 January and she asked Sílvia weeks ago whether it will be renewed or made permanent; Sílvia said she would ask the board. "
        "She is also waiting on a bus-pass reimbursement and on a declaration from the charity she needs for the IEFP health-assistant course, whose enrolment closes on 5 December. "
        "She covered the December rota in Excel while Sílvia was off sick and has been training the new colleague, Bruna. "
        "Her own mother's health has got worse and she can no longer do weekends, though she is down for two in December. "
        "The delicate matter: the son of one client, Sr Albano, keeps shouting at her and is often drunk, and she does not know how to tell Sílvia without looking as if she is refusing work or losing the client.",
        logged=(
            Logged(
                A,
                "pedi à Dra Sílvia p renovar contrato, termina 31 jan. disse q ia ver c a direção",
                52,
            ),
            Logged(A, "reembolso passe andante out+nov, entreguei recibos à Sílvia", 38),
            Logged(G, "fiz a escala de dezembro no excel p ela pq tava de baixa", 30, DONE),
            Logged(
                W,
                "D. Ermelinda voltou a andar c andarilho sozinha 🙏 fisio disse q foi dos exercícios diários",
                24,
            ),
            Logged(
                N,
                "filho do sr Albano outra vez aos gritos, cheirava a vinho. n sei se digo à Sílvia, n quero perder o utente",
                19,
            ),
            Logged(
                F,
                "inscrição curso auxiliar saúde IEFP fecha 5 dez - preciso declaração da instituição",
                12,
            ),
            Logged(A, "pedi a declaração p o curso. 'esta semana' disse ela", 11),
            Logged(
                P,
                "Sílvia quer registos nas fichas tds em dia antes da auditoria da seg social dia 10",
                9,
            ),
            Logged(G, "acompanhei a Bruna (nova) 3 dias na rota, já faz sozinha", 6, DONE),
            Logged(N, "mãe pior. fins de semana n dá mesmo, e em dezembro tenho 2 marcados 😞", 4),
            Logged(AG, "contrato!! perguntar o q a direção disse", 2),
            Logged(AG, "sr Albano... como falar disto", 1),
            Logged(F, "acabar fichas D. Rosa e sr Fernando", 0.5),
        ),
        tz="Europe/Lisbon",
    ),
    Persona(
        "CE_tomasz_elektryk_gdansk",
        "Tomasz",
        "electrician, subcontracting and starting his own one-man firm in Gdańsk",
        "własna firma na pełen etat do końca 2027 + uprawnienia SEP D",
        "pan Zbyszek",
        "Zbigniew Kowalczyk, a retired master electrician who trained Tomasz fifteen years ago and now mentors him over breakfast once a month.",
        Role.MENTOR,
        monthly(1, 5),
        time(9, 0),
        "Tomasz is 36, worked for years for a large installer and is now building his own business while still subcontracting. "
        "He passed his SEP E1 exam in October and wants to get the D (supervision) certificate next. "
        "He asked Zbyszek to recommend him to the housing cooperative in Zaspa, which is tendering a riser replacement in three blocks, and to look over his cost estimate before it goes out on 4 December. "
        "Zbyszek keeps telling him to sort out liability insurance and an accountant before chasing clients. "
        "The delicate matter: most of his subcontract work comes from Zbyszek's son Marek, who now owes him 16,800 zł on two overdue invoices, and Tomasz cannot decide whether to mention it to the father.",
        logged=(
            Logged(
                A,
                "poprosiłem Zbyszka o polecenie do spółdzielni na Zaspie (wymiana WLZ w 3 blokach)",
                55,
            ),
            Logged(W, "SEP E1 zdany 🎉", 47),
            Logged(G, "odebrałem mu Sonela MPI z kalibracji i zawiozłem", 40, DONE),
            Logged(
                N, "Marek dalej nie zapłacił za Oliwę, FV 14 200 zł, termin minął 3 tyg temu", 33
            ),
            Logged(P, "Zbyszek: najpierw OC i księgowa, potem klienci. pytał czy już mam", 26),
            Logged(A, "pytałem czy przejrzy kosztorys na Zaspę zanim wyślę", 26),
            Logged(F, "wysłać kosztorys do spółdzielni do 4.12", 20),
            Logged(F, "OC firmy - zebrać 3 oferty", 18),
            Logged(N, "Marek znowu 'w przyszłym tygodniu'. razem z Brzeźnem już 16 800", 10),
            Logged(W, "pierwszy klient z polecenia - pani z Wrzeszcza, nowa rozdzielnia + RCD", 8),
            Logged(G, "wysłałem mu zdjęcia tej tablicy z 1962 co chciał do kolekcji", 5, DONE),
            Logged(AG, "kosztorys Zaspa - czy 85 zł/h nie za nisko?", 2),
            Logged(AG, "Marek i kasa... mówić czy nie? to jego syn", 1),
            Logged(AG, "SEP D - kiedy podejść", 0.3),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CE_aiko_flavorchemist_osaka",
        "Aiko",
        "flavor chemist in the R&D lab of a beverage maker in Osaka",
        "シンガポールR&Dに2年出向したい",
        "小林部長",
        "Kobayashi, head of the R&D division and her manager Sato-kachō's boss, who holds a skip-level 1on1 with each researcher.",
        Role.SKIP,
        monthly(3, 2),
        time(16, 30),
        "Aiko is 31 and has been in the flavour group for six years. "
        "She developed the low-sugar yuzu formulation (v7) that won the last sensory panel and now looks like it cuts cost by about 4%, which matches Kobayashi's targets for the term. "
        "She wants to apply for the two-year secondment to the Singapore lab and needs TOEIC 860 (she has 815); she asked Kobayashi when the call opens and is waiting for approval to present at the food-science society meeting in March. "
        "She wrote a competitor analysis report he asked for and ran a GC-MS study session for the new hires. "
        "The delicate matter: her manager Sato presented the yuzu work at the executive review without her name, and she wants the credit known without going over Sato's head or making it awkward.",
        logged=(
            Logged(N, "部長とのskip 1on1 次は12月。佐藤課長には伝えてある", 58),
            Logged(A, "部長にシンガポール出向の公募いつ出るか聞いた→「年明けかな」", 50),
            Logged(G, "頼まれてた競合の低糖レモンサワー分析レポ、提出済", 43, DONE),
            Logged(W, "ゆず低糖 v7 官能評価1位!! パネル24人中17人", 36),
            Logged(N, "役員レビューで課長がゆずの件発表、私の名前なし… モヤモヤ", 29),
            Logged(P, "部長の今期重点: 糖質オフライン拡充 & 原価3%減", 29),
            Logged(F, "TOEIC 出向要件860、今815。1月のテスト申込む", 22),
            Logged(A, "学会(3月)ゆずで発表したい、承認お願いした。まだ返事なし", 17),
            Logged(G, "新人2人向けGC-MS勉強会やった。部長もちょっと覗きに来た", 12, DONE),
            Logged(F, "v7 原価試算 → 購買の山下さんに確認", 7),
            Logged(W, "原価 4.1%減の見込み出た!", 3),
            Logged(AG, "出向公募のスケジュールと推薦の流れ", 2),
            Logged(AG, "ゆずの件… credit の話、角立てずにどう言う?", 1),
            Logged(AG, "学会発表OKか確認", 0.4),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CE_diego_despachador_monterrey",
        "Diego",
        "cross-border freight dispatcher at a trucking company in Apodaca, Monterrey",
        None,
        "Becky",
        "Rebecca Salinas, dispatch lead at the partner transload warehouse in Laredo, Texas, who receives his trucks; they sync every other week.",
        Role.PEER,
        biweekly(2),
        time(8, 0),
        "Diego is 29 and schedules about forty northbound loads a week through the Colombia bridge to Becky's warehouse in Laredo. "
        "Over two months Becky's side has charged his company several $225 detention fees for late arrivals, and his own boss is asking about them. "
        "His GPS data shows drivers at the gate on time while the warehouse check-in records them more than an hour later; he asked Becky for the October gate logs five weeks ago and has had no answer. "
        "He covered two of her Whirlpool loads when her carrier failed, and he also asked her team to send appointment changes before 5 pm instead of late at night. "
        "Peak season and the Laredo closures over Christmas need planning. "
        "The delicate matter is how to put the GPS-versus-check-in evidence to Becky without sounding as if he is accusing her crew. Today is Thanksgiving, so she is off until Monday.",
        logged=(
            Logged(A, "le pedí a Becky los gate logs de oct p/ comparar vs GPS", 48),
            Logged(N, "3 cargos de detention más, $225 c/u. el ing. Garza ya preguntando", 41),
            Logged(
                G,
                "le cubrí 2 loads de Whirlpool cuando su carrier les falló, fueron Chuy y Rolando",
                35,
                DONE,
            ),
            Logged(P, "Becky: prioridad peak season, todo pre-cleared con aduana 24h antes", 30),
            Logged(F, "mandar a Becky lista de drivers con FAST card vigente", 27, DONE),
            Logged(W, "0 rechazos en aduana Colombia en 3 semanas 💪", 20),
            Logged(N, "GPS: Rolando en el gate 6:02, ellos registran check-in 7:15. otra vez", 15),
            Logged(
                A, "pedí q avisen cambios de cita antes de las 5pm, no a las 10 de la noche", 11
            ),
            Logged(N, "Becky no ha contestado lo de los gate logs, ya van 5 sem", 6),
            Logged(F, "armar excel GPS vs check-in (8 casos)", 4),
            Logged(AG, "plan dic: Laredo cerrado 24, 25 y 31, cuántos loads metemos antes", 2),
            Logged(AG, "gate logs / detention - cómo decirlo sin q suene a q los acuso", 1),
            Logged(N, "hoy thanksgiving, Becky off hasta el lunes", 0.2),
        ),
        tz="America/Monterrey",
    ),
    Persona(
        "CE_ifeoma_souschef_lagos",
        "Ifeoma",
        "sous chef at a business hotel on Victoria Island, Lagos",
        "head chef for the Abuja opening - first female exec chef in the group in Nigeria",
        "Mr A",
        "Mr Adebayo, the hotel group's regional food & beverage director, who is not in her reporting line but is pushing her name for the new Abuja property.",
        Role.SPONSOR,
        monthly(4, 4),
        time(15, 30),
        "Ifeoma is 34 and runs the day-to-day kitchen under executive chef Tunde. "
        "Mr Adebayo has been championing her to lead the kitchen at the group's Abuja hotel, which starts pre-opening in mid 2027; she sent him a 40-page costed menu proposal and is drafting the brigade staffing plan he wants. "
        "She asked whether the group will sponsor a culinary management course in January and to shadow the Abuja site visit, and has no answer on either. "
        "His priority is food cost under 32% in every outlet before the Q1 review; she has brought it down from 34.8% to 32.9%. "
        "There is some jealousy in the kitchen about her being pushed. "
        "The delicate matter: she is 14 weeks pregnant, nobody at work knows, and the due date falls right in the Abuja pre-opening, so she does not know whether to tell him now or how to ask about flexibility without saying why.",
        logged=(
            Logged(
                G, "ran the 600-pax Oct 1 gala while Chef Tunde on leave, zero complaints", 56, DONE
            ),
            Logged(A, "asked Mr A if group go sponsor culinary mgmt course in Jan", 50),
            Logged(G, "sent him costed menu proposal for Abuja, 3 concepts, 40 pages", 44, DONE),
            Logged(P, "Mr A wants food cost < 32% all outlets before Q1 review", 39),
            Logged(N, "food cost this month 34.8%. tomato & pepper prices don craze", 31),
            Logged(F, "renegotiate w/ Mile 12 supplier, loop in Chef Tunde", 28),
            Logged(N, "14 wks. nobody for work know yet. abuja timeline = baby timeline 😩", 21),
            Logged(A, "asked to join the Jan Abuja site visit (shadow)", 16),
            Logged(N, "Chef Tunde: 'oga dey push you o'. small jealousy for kitchen", 12),
            Logged(W, "food cost down to 32.9%!! menu engineering dey work", 9),
            Logged(F, "send Mr A staffing plan draft for Abuja brigade b4 fri", 3),
            Logged(AG, "Jan site visit - dates?", 2),
            Logged(AG, "course sponsorship - any answer?", 1),
            Logged(
                AG,
                "pregnancy... tell him now or after role confirmed? ask abt timeline flex without saying why??",
                0.5,
            ),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "CE_meenakshi_musicschool_chennai",
        "Meenakshi",
        "owner and vocal teacher of a small Carnatic music school in Mylapore, Chennai",
        "open 2nd branch in Velachery by June with a bank loan",
        "Ramesh sir",
        "Ramesh Iyer, the chartered accountant who keeps the school's books, files its GST and meets her once a month to go through the accounts.",
        Role.OTHER,
        monthly(1, 1),
        time(18, 30),
        "Meenakshi is 47 and runs the school her late mother started, with three teachers and about 120 students. "
        "She wants a second branch in Velachery and Indian Bank has said a loan is likely if the papers are in order, but she has been waiting nearly two months for the CA-certified P&L the bank needs by 15 December. "
        "She also asked whether her teachers should be on contract rather than salary and wants him to check the Velachery rent agreement. "
        "Ramesh wants all fees through UPI or bank from December, which is awkward with a few older families who pay cash. "
        "The delicate matter: a GST late fee and interest of ₹18,400 came because his office filed the August return late, and she would like him to bear it, but he was her late father's close friend.",
        logged=(
            Logged(
                A,
                "Ramesh sir kitta CA-certified P&L ketten for Indian Bank loan. 'next week ma' nu sonnaar",
                53,
            ),
            Logged(W, "Navaratri concert full house 🎶 6 new admissions", 48),
            Logged(
                N,
                "GST notice!! late fee + interest ₹18,400 for Aug 3B. his office filed late, not me",
                45,
            ),
            Logged(
                G,
                "sent all Oct receipts + UPI statements scanned, sorted month-wise like he asked",
                38,
                DONE,
            ),
            Logged(P, "sir wants all fees only UPI/bank from Dec. no cash", 33),
            Logged(
                N,
                "2 families still paying cash, amma's old students. romba awkward to tell them",
                30,
            ),
            Logged(F, "collect PAN + address proof of 3 teachers for TDS", 25),
            Logged(A, "asked: teachers on contract or salary, which better for us?", 19),
            Logged(F, "Velachery rent agreement draft - send to sir to check", 14),
            Logged(W, "Indian Bank manager said pre-approval likely if papers ok", 10),
            Logged(N, "still no certified P&L. bank wants by 15 Dec", 5),
            Logged(AG, "P&L - need by 10th latest", 2),
            Logged(AG, "₹18.4k penalty - ask him to bear it?? appa's friend... eppadi solradhu", 1),
            Logged(F, "Nov 3B due 20 Dec - check myself this time", 0.5),
        ),
        tz="Asia/Kolkata",
    ),
)
