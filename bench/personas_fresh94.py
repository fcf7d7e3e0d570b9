# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 53 (set CQ)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH94 = (
    Persona(
        "CQ_tomasz_elektryk_gdansk",
        "Tomasz",
        "elektryk okrętowy (ship electrician), ship repair and newbuild yard, Gdańsk",
        "chce zrobic SEP do 1kV w styczniu i dostac brygade przy NB-15 od lutego. i nie podpasc Kowalowi",
        "Kowal",
        "Zbigniew Kowalczyk, mistrz zmiany (shift foreman) and Tomasz's direct boss on the NB-14 ferry",
        Role.MANAGER,
        weekly(0),
        time(14, 30),
        "Tomasz is 29, six years at the yard, good with his hands and increasingly trusted: he led his first "
        "classification-society acceptance alone and Kowal calls him rather than the older hands when something breaks. "
        "He wants the SEP ticket (paid by the firm, now approved) and a brigade-leader slot on the next hull. Kowal is "
        "under pressure for the 18 December launch date and an overtime cap from HR. The delicate part: Marek, Kowal's "
        "brother-in-law, keeps removing lockout/tagout padlocks to save time and a probationary apprentice (Olek) nearly "
        "got 230 V; Olek begged him not to report it. Tomasz is torn between safety, loyalty to Olek and not looking like "
        "he's informing on the boss's family right before he asks for a promotion. Also still waiting on Christmas leave.",
        logged=(
            Logged(
                A,
                "pytalem K o kurs SEP E+D w styczniu, czy firma zaplaci. 'zobaczymy po budzecie' 🙄",
                48,
                DONE,
            ),
            Logged(
                A,
                "czy moge isc na brygadziste przy NB-15 od lutego? K: pogadamy jak bedziesz mial SEP",
                42,
            ),
            Logged(
                G,
                "zostalem w sob do 18 bo rozdzielnia glowna na NB-14 sie sypala, K dzwonil do mnie nie do Marka",
                35,
            ),
            Logged(
                P,
                "K mowi ze teraz liczy sie tylko wodowanie 18.12 i zadnych nadgodzin ponad limit bo kadry go cisna",
                30,
            ),
            Logged(
                W,
                "odbior oswietlenia awaryjnego NB-14 bez uwag od DNV 💪 pierwszy raz sam prowadzilem z inspektorem",
                27,
            ),
            Logged(
                N,
                "SEP zatwierdzony!! kurs od 12.01, firma placi ale mam odrobic 2 soboty w grudniu",
                20,
            ),
            Logged(
                N,
                "kadrowa (p. Ela) mowi ze na NB-15 beda 2 brygady elektr., ogloszenie wewn w styczniu",
                18,
            ),
            Logged(
                A,
                "prosilem o wolne 23-24.12 - wigilia u tesciow w Olsztynie, Kasia juz kupila bilety",
                14,
            ),
            Logged(
                N,
                "marek znowu zdjal klodke LOTO z rozdzielni na pokl 4 zeby bylo szybciej. Olek prawie dostal 230 na kablach. nikt nic nie zglosil. M to szwagier K 😬",
                9,
            ),
            Logged(N, "Olek prosi zebym nic nie mowil bo jest na okresie probnym do marca", 8),
            Logged(F, "obiecalem K liste brakujacych kabli + zamowienie do pt 27.11 !!", 6),
            Logged(
                F,
                "grafik mlodych na grudzien (Kuba, Olek) dla K do 1.12 - uwzglednic te 2 soboty",
                4,
            ),
            Logged(AG, "Marek i LOTO - jak to powiedziec zeby nie wyszlo ze donosze na szwagra", 2),
            Logged(AG, "wolne 23-24.12 dalej bez odp", 2),
            Logged(AG, "NB-15 brygada - co mam pokazac do stycznia", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CQ_aroha_districtnurse_hamilton",
        "Aroha",
        "district (community) nurse, Waikato community nursing team, Hamilton, New Zealand",
        "get my PDRP expert portfolio done by March + figure out NP pathway now or later. and not burn out lol",
        "Mere",
        "Mere Tawhiri, nurse practitioner; Aroha's mentor through a Māori nursing mentoring programme (not in her line)",
        Role.MENTOR,
        monthly(1, 2),
        time(12, 15),
        "Aroha is 34, eight years nursing, the last four in community. She is strong clinically (a 9-month leg ulcer "
        "finally healed) and Mere is actively recruiting Māori nurses into the nurse practitioner pathway and sits on "
        "the February intake panel. Aroha owes Mere two revised portfolio reflections by 30 Nov and has not booked the "
        "postgrad info session. Two delicate things: her nan's dementia has her doing two night-care shifts a week on "
        "about four hours' sleep, which bears on whether to start the NP pathway now; and a colleague she is fond of, "
        "S, has twice smelled of alcohol at morning handover before home visits. Aroha has said nothing and is asking "
        "whether she is obliged to report. A good mentor would help with both without lecturing.",
        logged=(
            Logged(
                A,
                "asked Mere if she'd read my PDRP reflection draft (wound care one) - said flick it thru",
                52,
                DONE,
            ),
            Logged(
                G,
                "sent Mere the wound clinic audit numbers for her NP talk at the regional hui",
                44,
            ),
            Logged(
                N,
                "Mere feedback on reflection: too descriptive, needs more 'so what' n link to Te Tiriti competencies. fair 😅",
                38,
            ),
            Logged(
                A,
                "asked abt study leave $ for the PG cert - she said ask Jenny (CNM), HWNZ funding closes 15 Dec",
                33,
                DONE,
            ),
            Logged(
                W,
                "Mr T's leg ulcer finally healed after 9 months!! whānau brought kai to clinic 🥹",
                31,
            ),
            Logged(
                P,
                "Mere: big push rn getting more Māori nurses into NP. she's on the panel for Feb intake",
                30,
            ),
            Logged(A, "asked if she'd be a referee if I apply for Feb NP intake", 24),
            Logged(
                F,
                "book that PG cert info sesh she mentioned (uni of waikato? 2 Dec?) - havent yet",
                22,
            ),
            Logged(
                N,
                "nan worse, aunty cant do nights anymore so im on tues/thurs. running on like 4hrs",
                19,
            ),
            Logged(N, "Jenny said maybe to the funding, needs form in by 10 Dec", 15),
            Logged(
                N,
                "S smelt of booze again at 0830 handover. 2nd time. didnt say anything. she's been so good to me tho n her marriage is falling apart",
                12,
            ),
            Logged(F, "owe Mere 2 revised reflections by 30 Nov", 10),
            Logged(AG, "NP now or wait a yr bc of nan?", 3),
            Logged(AG, "S - wat do i do. do I HAVE to report? (she'll know the code stuff)", 2),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "CQ_mariana_agronoma_sorriso",
        "Mariana",
        "agrônoma, technical team of a soy and cotton growers' cooperative, Sorriso, Mato Grosso, Brazil",
        "quero ser indicada pra gerente da unidade nova de Sinop e provar q o MIP de percevejo dá retorno",
        "Dr. Valdir",
        "Valdir Bortolini, diretor técnico of the cooperative; her boss Sérgio reports to him",
        Role.SKIP,
        monthly(2, 1),
        time(7, 30),
        "Mariana is 41, fifteen years in the field, and ran the integrated pest management pilot on 14 farms that cut "
        "insecticide sprays by over two per season with no yield loss - exactly what Dr. Valdir needs for the board's "
        "8% pesticide-cost target. He gave her 20 minutes at the 10 December field day. The delicate parts: her direct "
        "boss Sérgio presented her results at the regional meeting as 'the management's project' without her name, and "
        "she meets Valdir over Sérgio's head; a headhunter offered her a regional technical manager role at a seed "
        "multinational (about 40% more, car, answer by 11 Dec); the Sinop post depends on a January budget; and her "
        "daughter starts university in Belo Horizonte next year, so any move shifts the whole family.",
        logged=(
            Logged(
                P,
                "Dr Valdir: prioridade 2027 é reduzir custo de defensivo/ha em 8%, o conselho tá em cima",
                55,
            ),
            Logged(
                W,
                "resultado MIP safra 25/26 nas 14 faz piloto: -2,3 aplicações de inseticida em média, produtividade igual 🎉🌱",
                47,
            ),
            Logged(
                G,
                "montei a planilha custo por talhão q o V pediu pra reunião do conselho, mandei dom 23h",
                40,
            ),
            Logged(
                A, "pedi pro V me deixar apresentar o MIP no dia de campo de dezembro", 36, DONE
            ),
            Logged(
                N,
                "V confirmou: dia de campo 10/12 em Lucas, eu apresento, 20 min. Sérgio ñ gostou mto 😬",
                29,
            ),
            Logged(
                A, "perguntei se a unidade de Sinop abre mesmo em 2027 e se posso me candidatar", 26
            ),
            Logged(
                N,
                "S apresentou os dados do MIP na regional como 'projeto da gerência'. nem meu nome no slide.",
                21,
            ),
            Logged(
                N,
                "V respondeu no zap: Sinop só dps do orçamento aprovado, fim de jan. 'nada prometido mas seu nome tá na mesa'",
                17,
            ),
            Logged(
                N,
                "ligação headhunter - gerente técnica regional numa multi de sementes, uns 40% a mais + carro. resposta até 11/12",
                13,
            ),
            Logged(
                N,
                "Bia passou em BH!! orgulho. mas mudança pra Sinop ou SP mexe com tudo, Rogério não quer sair de Sorriso",
                11,
            ),
            Logged(F, "mandar pro V resumo de 1 pág do MIP com custo/ha até sex 27/11", 8),
            Logged(
                F,
                "confirmar c/ seu Ademir da Faz Boa Esperança se topa receber a visita do dia de campo - ainda ñ liguei",
                5,
            ),
            Logged(AG, "como falar do crédito do MIP sem queimar o Sérgio", 2),
            Logged(AG, "Sinop: o q preciso mostrar até jan? falo ou não da proposta??", 1),
        ),
        tz="America/Cuiaba",
    ),
    Persona(
        "CQ_hyejin_souschef_seoul",
        "혜진",
        "수셰프 (sous chef), modern Korean restaurant in a five-star hotel, Seoul",
        "제주 신규 오픈 헤드셰프 이번엔 진짜 잡고 싶음. 근데 지우 어린이집 문제도 있어서 솔직하게 말해야 할지..",
        "이사님",
        "강 이사님 (Director Kang), the hotel's F&B director, two levels up, who is backing her for the Jeju head chef job",
        Role.SPONSOR,
        biweekly(3),
        time(15, 0),
        "Hye-jin is 37, twelve years in hotel kitchens, sous chef for three. Her autumn tasting-menu relaunch lifted "
        "dinner spend per guest 18% and Director Kang has recommended her to the CEO for head chef of the Jeju opening "
        "(late March; his priorities: a local-ingredient story and food cost under 32%). Final interview is in January; "
        "she has asked for a tasting in front of the CEO and about housing support, both unanswered. She owes him a "
        "Jeju supplier list by 3 Dec and the November cost analysis. Delicate: since a seafood supplier switch the "
        "flounder price rose 15% and a section chief (Kim), who golfs with the supplier's owner and is one of Kang's "
        "own people, may be taking kickbacks; and her husband will stay in Seoul, so the move means solo parenting a "
        "small child with her mother's help - she doesn't know when or whether to tell her sponsor.",
        logged=(
            Logged(A, "제주 헤드셰프 후보에 넣어달라고 직접 말씀드림 (떨렸음ㅋㅋ)", 45, DONE),
            Logged(
                P,
                "이사님: 제주는 '로컬 식재료 스토리'가 핵심. 오픈 3월말. 원가율 32% 넘으면 절대 안됨",
                50,
            ),
            Logged(W, "가을 코스 리뉴얼 후 디너 객단가 18%↑ 평점 4.6→4.8 🙌", 41),
            Logged(
                G,
                "이사님 VIP (일본 투자자 4명) 디너 당일 잡혀서 제가 코스 새로 짜고 서빙까지 봄",
                34,
            ),
            Logged(N, "이사님이 대표님께 나 추천했다고!! 최종은 1월 면접", 28),
            Logged(A, "제주 가면 사택이나 주거지원 되는지 여쭤봄", 20),
            Logged(
                N,
                "수산 거래처 바뀐 후로 광어 단가 15% 올랐음. 김ㅇㅇ 파트장이 그 업체 사장이랑 골프 다닌다는 얘기.. 거래명세서 봤는데 중량이 좀 이상함",
                16,
            ),
            Logged(N, "김파트장 이사님 라인이라 말하기 애매 ㅠㅠ", 15),
            Logged(
                N,
                "남편은 서울 남겠다고 함. 제주 어린이집 알아봐야. 엄마가 내려와준다고는 하는데 무릎이..",
                10,
            ),
            Logged(F, "제주 로컬 공급처 리스트 (농가/어가 5곳 이상) 12/3까지 이사님께", 9),
            Logged(A, "1월 면접 전에 대표님 앞 시식회 기회 달라고 부탁드림", 7),
            Logged(F, "11월 원가 분석표 드리기로 했는데 아직 못함;;", 4),
            Logged(AG, "수산 단가 건 어떻게 꺼내지.. 증거 더 모아야 하나", 2),
            Logged(AG, "가족 상황 언제 얘기할지 (면접 전? 후?)", 1),
        ),
        tz="Asia/Seoul",
    ),
    Persona(
        "CQ_fatou_chargeeprogramme_dakar",
        "Fatou",
        "chargée de programme (programme officer), women's savings-group and nutrition NGO, Dakar office with field sites around Kaolack, Senegal",
        None,
        "Awa",
        "Awa Ndiaye, chargée de suivi-évaluation (M&E officer) in the same office, same level; friends since 2019",
        Role.PEER,
        biweekly(4),
        time(8, 30),
        "Fatou is 31 and runs the field programme with women's savings groups; Awa runs monitoring and evaluation. "
        "They trade favours constantly (Fatou edits Awa's donor reports, Awa is teaching her Power BI on 5 Dec) and "
        "Awa's priority is the January mid-term evaluation, which needs Fatou's field staff to enter KoBo forms on time "
        "- Fatou promised by 30 Nov and one site is still behind. Fatou also owes signed attendance lists for an audit. "
        "Delicate: a rumoured regional coordinator post opening in February has both of them on the shortlist and things "
        "have gone awkward; the country director praised Awa's dashboard but not Fatou's workshop; and Fatou is 14 weeks "
        "pregnant, has told no one, and her maternity leave would fall right on the recruitment. No stated goal.",
        logged=(
            Logged(
                G,
                "relu le rapport trimestriel de Awa pour le bailleur (section genre), renvoyé dim soir tard",
                53,
            ),
            Logged(
                A, "demandé à Awa la baseline des GIE de Nioro pour ma note conceptuelle", 46, DONE
            ),
            Logged(
                N,
                "Awa a envoyé la baseline mais manque Médina Sabakh, l'enquêteur a perdu les fiches 🙄",
                39,
            ),
            Logged(
                P,
                "Awa: sa prio c'est l'éval mi-parcours en janvier, elle veut que les équipes terrain remplissent KoBo à temps sinon le consultant va la tuer",
                35,
            ),
            Logged(
                W,
                "restitution à Kaolack: 62 femmes présentes + le préfet est venu!! photos envoyées au siège",
                30,
            ),
            Logged(A, "demandé si elle peut me montrer Power BI un samedi matin", 25),
            Logged(N, "Awa ok pour sam 5/12 10h chez elle, j'apporte le petit déj 🥐", 20),
            Logged(
                N,
                "rumeur: poste coordo régional Kaolack ouvre en fév. Awa et moi sur la liste apparemment. bizarre entre nous depuis",
                16,
            ),
            Logged(
                F,
                "mes animatrices doivent saisir toutes les fiches KoBo avant le 30/11 - promis à Awa",
                12,
            ),
            Logged(
                N,
                "pas encore dit pr la grossesse (14 sem). congé mat tombe pile sur le recrutement 😔 inchallah",
                11,
            ),
            Logged(
                N,
                "le DP a cité Awa en réunion pour son dashboard, pas mon atelier. pas grave. un peu grave.",
                8,
            ),
            Logged(
                F,
                "envoyer à Awa les listes de présence signées de l'atelier, elle en a besoin pr l'audit",
                6,
            ),
            Logged(
                AG,
                "parler franchement du poste coordo? on se connaît depuis 2019 je veux pas que ça casse",
                2,
            ),
            Logged(
                AG,
                "KoBo: Médina Sabakh tjrs en retard, proposer qu'on y aille ensemble la sem pro?",
                1,
            ),
        ),
        tz="Africa/Dakar",
    ),
    Persona(
        "CQ_dale_publicworks_rm_saskatchewan",
        "Dale",
        "public works foreman, a rural municipality (RM) in south-central Saskatchewan, Canada",
        "get the new grader on the 2027 capital budget and make sure Kyle's set up to take over when I retire next fall",
        "Lorraine",
        "Lorraine Hanna, reeve (elected head of council) of the RM; not his boss - the administrator Trish is - but council controls capital and wages",
        Role.OTHER,
        monthly(1, 1),
        time(7, 0),
        "Dale is 61, 27 years running the RM's roads crew, retiring next fall. He wants council to replace the 2008 "
        "grader and to keep Kyle, his lead hand and natural successor. Lorraine gave him 10 minutes at the 8 December "
        "budget meeting but wants a real case because council is holding the mill rate flat; he still owes the repair "
        "history (invoices are with Trish) and a second dealer quote. Delicate: councillor Brent keeps asking to have "
        "the municipal grader run down his private yard road, which Dale knows is wrong but Brent sits on council; Kyle "
        "has a $38/hr offer from the potash mine; and Dale's knee replacement is booked for 17 February with 6-8 weeks "
        "off, which he hasn't told anyone at the RM - it lands right in spring road season.",
        logged=(
            Logged(
                P,
                "Lorraine - council wants mill rate flat next yr. any big ticket needs a real case not just 'its old'",
                58,
            ),
            Logged(
                A, "asked L if council will look at the grader quote at Dec budget mtg", 44, DONE
            ),
            Logged(
                G, "plowed out Lorraines moms lane after the oct storm before anybody asked", 38
            ),
            Logged(W, "Range Rd 2231 culvert done before freeze up, ~$4k under budget", 33),
            Logged(
                N, "L says grader on the Dec 8 agenda, i get 10 min. need numbers not stories", 30
            ),
            Logged(A, "asked L about Kyle getting lead hand wage now so he sticks around", 26),
            Logged(
                N,
                "Brent (div 4) asked again can we 'just run the grader down' his yard road. its private. said Id check. didnt sit right",
                18,
            ),
            Logged(
                F, "2nd quote on grader from the Cat dealer in Regina, only got the Deere one", 15
            ),
            Logged(
                N,
                "Kyle got offer from the potash mine 38/hr. hasnt said yes yet. cant blame him",
                12,
            ),
            Logged(F, "repair $ on the 772 last 3 yrs for L - Trish has invoices - by Dec 1", 9),
            Logged(
                N,
                "surgeon called, new knee Feb 17 in Saskatoon. 6-8 wks off. havent told anybody at the RM",
                6,
            ),
            Logged(AG, "Brents road - how do I say no w/out it turning into a council fight", 2),
            Logged(AG, "Kyles wage before he takes the mine job", 1),
        ),
        tz="America/Regina",
    ),
)
