# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DF), rated before and after this stop's changes in round 60 (`bench/reviews/round60_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH109 = (
    Persona(
        "DF_joana_tecnica_leite_patos_de_minas",
        "Joana",
        "técnica de campo, cooperativa de leite, Patos de Minas (MG)",
        "quero assumir a coordenação do programa de qualidade do leite em 2027",
        "Seu Antônio",
        "agrônomo aposentado, ex-diretor técnico da cooperativa, mentor informal",
        Role.MENTOR,
        monthly(1, 1),
        time(7, 0),
        "Joana, 29, is a field technician at a dairy cooperative in rural Minas Gerais, visiting about 40 small farms. "
        "Her informal mentor is a retired agronomist who used to be the coop's technical director and still knows the board well. "
        "She asked him for a recommendation letter for the milk-quality coordinator job; he answered 'vamos ver, send me your CV' and has not said yes. "
        "Applications close Friday 4 Dec, days after this talk, so she needs a clear yes or no. "
        "The delicate part: a shared collection tank tested positive for antibiotic residue twice in October, and she suspects a farm owned by a board member's brother-in-law. "
        "One more positive and 11 families lose the day's milk. When she hinted at it, the mentor said 'careful who you accuse' and changed the subject. "
        "She owes him a spreadsheet of bacteria counts (CBT) by route. She needs: the letter settled, advice on how to raise the residue problem with the dairy without naming or burning anyone, and to keep his goodwill.",
        logged=(
            Logged(
                A,
                "pedi dica de livro sobre gestão de equipe, ele indicou 'O Gerente Minuto', ja li",
                78,
                DONE,
            ),
            Logged(
                A,
                "pedi pro seu Antonio uma carta de recomendação pra vaga de coord. do PQL, ele falou 'vamos ver, me manda teu cv'",
                62,
            ),
            Logged(
                G,
                "mandei o cv e aquele resumo dos dados de CCS das 40 propriedades q ele pediu pra palestra dele em Araxá",
                55,
            ),
            Logged(
                P,
                "ele insiste: 'produtor pequeno tem q ser tratado com paciencia, não com multa'",
                55,
            ),
            Logged(
                W,
                "fazenda do Zé Carlos baixou CCS de 890 mil pra 310 mil em 3 meses 🎉 protocolo de linha de ordenha funcionou",
                41,
            ),
            Logged(
                N,
                "coleta do tanque comunitario do Córrego Fundo deu positivo p/ antibiótico 2x em outubro. suspeito q é o sítio do Valdir (cunhado do conselheiro Hélio). nao falei com ninguem ainda",
                30,
            ),
            Logged(
                A,
                "perguntei pro seu Antonio como ele lidaria com o caso do tanque sem citar nome... ele disse 'cuidado com quem vc acusa' e mudou de assunto 😕",
                27,
            ),
            Logged(
                F,
                "prometi levar pro seu Antonio a planilha de CBT por rota até a proxima conversa",
                20,
            ),
            Logged(
                P, "quer q eu apresente os resultados do Zé Carlos no dia de campo de março", 15
            ),
            Logged(
                N,
                "laticínio mandou aviso: 3º positivo = tanque inteiro descartado e 11 familias perdem o leite do dia",
                12,
            ),
            Logged(
                F, "inscrição pra vaga de coord. fecha 4/12 (sexta) — preciso da carta ate lá", 9
            ),
            Logged(AG, "carta: sim ou não? preciso até quinta 3/12", 2),
            Logged(
                AG,
                "como levar o caso do antibiótico pro laticínio sem queimar o Valdir nem o Hélio",
                1,
            ),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "DF_kasia_brygadzistka_poznan",
        "Kasia",
        "brygadzistka zmiany, centrum dystrybucyjne e-commerce, Poznań",
        "chcę awansować na kierownika zmiany nocnej od stycznia",
        "Marek",
        "kierownik magazynu, mój bezpośredni przełożony",
        Role.MANAGER,
        weekly(0),
        time(13, 30),
        "Kasia is a shift team leader in a large e-commerce distribution warehouse near Poznań, in the middle of peak season (Black Friday / Cyber Monday). "
        "Her manager's top priority is a peak with no accidents and no late shipments until 20 Dec. "
        "Nine days ago a forklift driver, T., nearly hit someone at dock 6 at 3:40 am. He was driving too fast and smelled of alcohol. "
        "A colleague says it has happened before. Kasia has not reported it, and the 7-day near-miss reporting window in the safety procedure has already passed. "
        "She feels for him (three kids, a mortgage) but it is a real safety problem. "
        "Separately, her October overtime is missing from her payslip ('I'll check with HR', no news since). Her forklift (UDT) training request was pushed to 'after peak'. "
        "She asked about the night-shift manager promotion and was told 'we'll talk in December'. "
        "She needs to raise the safety incident properly and promptly, get the overtime fixed, and pin down a date for the promotion conversation.",
        logged=(
            Logged(
                A, "prosiłam Marka o kurs UDT na wózki dla mnie i Oli, powiedział że po peaku", 48
            ),
            Logged(W, "zmiana B: 0 pomyłek w kompletacji przez 2 tyg, rekord 💪", 35),
            Logged(
                P,
                "Marek: peak bez wypadków i bez opóźnień w wysyłce, to priorytet nr 1 do 20.12",
                33,
            ),
            Logged(G, "zostałam 2x na drugą zmianę bo brakowało ludzi (24.10 i 31.10)", 30),
            Logged(
                A,
                "nadgodziny z października - nie ma ich na pasku 😡 napisałam do Marka, 'sprawdzę z kadrami'",
                22,
            ),
            Logged(A, "pytałam o awans na kier. zmiany nocnej - 'pogadamy w grudniu'", 15),
            Logged(
                N,
                "wtorek 3:40 prawie potrącenie przy rampie 6, T. jechał za szybko, czuć było od niego alkohol. nikt nie ucierpiał. nie zgłosiłam jeszcze",
                9,
            ),
            Logged(
                N,
                "Ola mówi że T. już wcześniej przychodził 'po imprezie'. T. ma 3 dzieci i kredyt, nie chce go zniszczyć ale...",
                8,
            ),
            Logged(F, "zgłoszenie near-miss do BHP - wg procedury 7 dni od zdarzenia", 8),
            Logged(F, "plan obsady na BF/CM wysłać Markowi do środy", 6, DONE),
            Logged(AG, "rampa 6 + T. - jak to powiedzieć", 1),
            Logged(AG, "nadgodziny X - dalej nic", 1),
            Logged(AG, "awans: konkretna data rozmowy?", 0.5),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "DF_haruka_bengoshi_osaka",
        "Haruka",
        "アソシエイト弁護士（4年目）、企業法務事務所、大阪",
        "来年のパートナー審査の候補に入りたい",
        "森先生",
        "シニアパートナー、事務所内のスポンサー",
        Role.SPONSOR,
        monthly(1, 3),
        time(18, 0),
        "Haruka is a fourth-year associate at a corporate law firm in Osaka. Mori-sensei, a senior partner, is her sponsor. "
        "She asked him to back her for the partner track. His answer, 'let's think about it next spring', was vague. "
        "Since then a headhunter has brought her an in-house offer at a pharmaceutical company, roughly +30% pay, with an answer due 10 Dec, a week after this meeting. "
        "She is unsure whether to tell her sponsor about the offer, or how much. "
        "More delicate still: reviewing time entries on matter Y, she saw that a senior associate, S., logged 14 hours on each of two matters on the same day, which looks like padded billing. "
        "She has told no one. Mori-sensei is about to lead billing reform on the management committee, so he is both the natural and the most awkward person to ask. "
        "She owes him training materials for new associates by 1 Dec. "
        "She needs: concrete partner-track timing and criteria, a decision on how to handle the offer, and a safe route for the billing concern (sponsor vs. the ethics/compliance channel).",
        logged=(
            Logged(
                A,
                "森先生にpartner trackの推薦の件お願いした。「来年春に考えよう」とのこと…微妙",
                80,
            ),
            Logged(G, "森先生の講演（M&A実務セミナー）のスライド作成手伝った、土日つぶれた😅", 66),
            Logged(W, "X社の株式譲渡契約、closing無事完了！クライアントから名指しでお礼メール", 50),
            Logged(P, "森先生：「事務所のブランドは若手の質」→ 若手育成をかなり重視してる", 45),
            Logged(A, "ABL案件のチームに入れてほしいとお願い → 12月から参加OK", 40, DONE),
            Logged(
                N, "ヘッドハンターから連絡。製薬会社の法務部、年収+30%くらい。返事は12/10まで", 21
            ),
            Logged(F, "森先生に頼まれた新人研修の資料、12/1までに送る", 18),
            Logged(
                N,
                "Y案件のtime entry見てたらS先輩の記録が明らかに多すぎる…同じ日に14h×2案件?? 誰にも言ってない",
                14,
            ),
            Logged(A, "森先生に「ご相談したいことがあります」とだけslackで送った。既読のみ", 10),
            Logged(P, "森先生、来年の経営委員会でbilling改革を担当するらしい", 7),
            Logged(AG, "partner trackの話、もう一度具体的に（時期・条件）", 2),
            Logged(AG, "offerのこと言うべき？言うならどこまで", 2),
            Logged(AG, "S先輩の件…森先生に相談していいのか、それとも倫理窓口?", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DF_amina_sous_chef_diani",
        "Amina",
        "sous chef, beach resort hotel, Diani (Kwale)",
        "nataka kuwa head chef wa seafood restaurant mpya ikifunguliwa March",
        "Mr. Otieno",
        "General Manager wa hoteli, boss wa boss wangu",
        Role.SKIP,
        monthly(-1, 4),
        time(15, 0),
        "Amina is a sous chef at a beach resort on the Kenyan coast. This is her monthly skip-level with the General Manager, tomorrow afternoon. "
        "She wants to become head chef of the new seafood restaurant opening in March. Her seafood tasting impressed VIP guests and the GM praised her in front of the team. "
        "The GM's priority is bringing food cost under 32% before high season. "
        "The delicate part: for three weeks she has been weighing the fish deliveries from one supplier. The invoices show about 20% more weight than arrives (48 kg invoiced, 39 kg weighed), and her boss, Executive Chef K, brushes it off as 'ice' and insists on that supplier. "
        "She has photos and has told no one. She has just heard that the GM and Chef K are old college friends. "
        "Her mother is hospitalised in Kisumu (diabetes) and Chef K refused her leave for 18–28 Dec because of peak season. "
        "She owes the GM a seafood-restaurant menu proposal with costing before this meeting and is still waiting on the food-costing training he promised. "
        "She needs help deciding whether and how to raise the supplier discrepancy, how to ask about compassionate leave without going around her boss in a hostile way, and how the head chef decision will be made.",
        logged=(
            Logged(
                A,
                "nilimuomba Mr. Otieno training ya food cost / menu engineering, alisema HR watanitafuta. bado kimya",
                75,
            ),
            Logged(
                W,
                "tasting ya menu mpya ya seafood — wageni wa VIP walipenda sana, GM alinipongeza mbele ya team 🙌",
                58,
            ),
            Logged(
                P,
                "Otieno: food cost iko juu sana, lazima ishuke chini ya 32% kabla ya high season",
                52,
            ),
            Logged(G, "nilifanya inventory ya cold room weekend nzima bila OT ili audit ipite", 44),
            Logged(
                N,
                "delivery ya samaki (Bahari Fresh) — invoice inasema 48kg, nilipima 39kg. mara ya tatu sasa. Chef K anasema 'usijali, ni ice'",
                30,
            ),
            Logged(
                F,
                "nimeahidi kumtumia Otieno proposal ya menu ya seafood restaurant + costing kabla ya 1:1",
                20,
            ),
            Logged(N, "nimepiga picha za mizani na invoices kwa wiki 3. sijamwambia mtu", 16),
            Logged(
                A,
                "nimeomba leave 18-28 Dec kwenda Kisumu, mama amelazwa (kisukari). Chef K amesema 'peak season, haiwezekani'",
                12,
            ),
            Logged(
                F, "ku-update allergen matrix ya kitchen zote kabla ya health inspection 1 Dec", 10
            ),
            Logged(
                N,
                "nimesikia Otieno na Chef K ni marafiki wa zamani, walisoma pamoja Utalii College 😬",
                6,
            ),
            Logged(
                AG,
                "leave ya Dec - naweza kumuuliza Otieno moja kwa moja? nitaombaje bila kumkosea Chef K",
                2,
            ),
            Logged(AG, "head chef wa seafood restaurant — process ni gani, wataamua lini?", 2),
            Logged(
                AG,
                "food cost: nina data ya samaki inaonyesha tunalipia kilo ambazo hatupati — nimwambie?",
                1,
            ),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "DF_derek_building_inspector_winnipeg",
        "Derek",
        "building inspector, City of Winnipeg planning, property & development",
        "get my Part 3 (large buildings) certification by spring",
        "Priya",
        "senior plans examiner, peer on the commercial team",
        Role.PEER,
        biweekly(1),
        time(9, 30),
        "Derek is a residential building inspector at the City of Winnipeg who is working toward Part 3 (large buildings) certification. "
        "Priya, a senior plans examiner on the commercial side, is a peer he meets every two weeks to trade knowledge: she helps him with Part 3 code and plan review, and he gives her the field inspector's view. "
        "This is mostly an ordinary, friendly relationship. He owes her site photos of egress windows from a renovation, promised for last Friday and not yet sent. "
        "He asked her to cover his 14 Dec inspections because of his child's surgery; she said 'probably, remind me', so that still needs confirming. "
        "A contractor on that renovation keeps calling him directly to ask to skip the second framing inspection. He has refused twice and it is a minor integrity pressure worth noting. "
        "Priya's priorities are permit turnaround times (her team was criticised in a council report) and a joint pre-construction meeting pilot she wants to pitch to their director in January. "
        "He needs to confirm the coverage, deliver what he owes, and get pointers for his next exam module.",
        logged=(
            Logged(
                A,
                "asked Priya if I could shadow her on a Part 3 plan review. she said sure, after the St Boniface daycare file closes. did 2 hrs on the Pembina mixed-use file, super useful",
                60,
                DONE,
            ),
            Logged(
                G,
                "walked her through the new fire separation field checklist, she's using it with her examiners now",
                52,
            ),
            Logged(
                P,
                "Priya cares a lot about turnaround — her team got dinged in the council report for the 6 wk permit backlog",
                45,
            ),
            Logged(W, "passed module 2 of the Part 3 cert, 84%", 24),
            Logged(
                F,
                "send Priya site photos from the Henderson Hwy reno (egress windows) - promised by fri",
                10,
            ),
            Logged(
                N,
                "contractor on Henderson (<@U07RK2P9A|Gord>) keeps calling my cell asking if he can skip the 2nd framing insp. said no twice",
                8,
            ),
            Logged(
                A,
                "asked if she'd cover my Dec 14 inspections (Liam's tonsil surgery). she said 'probably, remind me'",
                5,
            ),
            Logged(
                P,
                "she wants to pitch a joint plans exam + inspector pre-construction meeting pilot to Dana in Jan, asked if I'd be the field rep",
                5,
            ),
            Logged(AG, "Dec 14 coverage - confirm", 1),
            Logged(AG, "module 3 - which code sections trip people up?", 1),
            Logged(AG, "yes to the pilot? how much time is it", 0.5),
        ),
        tz="America/Winnipeg",
        names={"U07RK2P9A": "Gord Kowalchuk"},
    ),
    Persona(
        "DF_elif_kalite_muhendisi_bursa",
        "Elif",
        "kalite mühendisi, ev tekstili fabrikası, Bursa",
        "ameliyat sonrası kademeli işe dönüş planım yazılı ve net olsun",
        "Serkan Bey",
        "İK iş ortağı (HR business partner)",
        Role.OTHER,
        biweekly(2),
        time(10, 0),
        "Elif is a quality engineer at a home-textiles factory in Bursa, Turkey. She came back to work on 2 Nov after six weeks of sick leave for lumbar disc surgery. "
        "Her doctor restricted her to no lifting over 5 kg and no standing for more than 2 hours. "
        "Her line manager, Volkan Bey, has still sent her down to the dye-house floor three times to collect samples, and her back pain has returned. When she asked for desk work first, he said 'everyone is busy, manage'. "
        "Despite this she prepared a major customer audit that passed with zero major findings. "
        "Her raise came in at 18% while she hears colleagues got 30%+, and she suspects the sick leave is the reason. That is sensitive and she is unsure whether to raise it now. "
        "This is her first 1:1 with the HR business partner, who has mentioned occupational health compliance and involving the workplace doctor. "
        "She owes HR an updated doctor's report and her follow-up appointment date by 1 Dec. "
        "She needs a written, signed gradual return-to-work plan that protects her health without turning this into a complaint against her manager, and advice on whether and how to raise the pay question.",
        logged=(
            Logged(
                N,
                "6 hafta rapor bitti, 2 Kasım'da işe döndüm. dr: 5kg üstü kaldırma yok, 2 saatten fazla ayakta durma yok",
                24,
            ),
            Logged(
                N,
                "Volkan Bey ilk hafta 'boyahaneye in, numuneleri sen al' dedi. 3 kez. bel ağrısı geri geldi 😣",
                17,
            ),
            Logged(
                A,
                "Volkan Bey'e önce masa başı işleri almak istedigimi söyledim, 'herkes yoğun, idare et' dedi",
                15,
            ),
            Logged(
                W,
                "müşteri denetimi (IKEA) sıfır major bulgu ile geçti, hazırlık dosyasını ben yaptım, evden bile",
                12,
            ),
            Logged(
                N, "zam oranı geldi: %18. ekipte herkes %30+ almış duydum. rapor yüzünden mi??", 9
            ),
            Logged(
                F,
                "Serkan Bey'e güncel doktor raporu + kontrol randevusu tarihini 1 Aralık'a kadar göndermem lazım",
                6,
            ),
            Logged(
                P,
                "Serkan Bey'in mesajı: 'iş sağlığı ve güvenliği kurallarına uyum bizim için öncelik, işyeri hekimi ile de görüşelim'",
                5,
            ),
            Logged(
                AG,
                "kademeli dönüş planı yazılı olsun – kim imzalayacak? Volkan Bey de olacak mı",
                1,
            ),
            Logged(AG, "zam konusunu ilk görüşmede açmalı mıyım? 🤔", 1),
        ),
        tz="Europe/Istanbul",
        first=True,
    ),
)
