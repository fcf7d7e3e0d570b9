# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DH), rated before and after this stop's changes in round 61 (`bench/reviews/round61_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH111 = (
    Persona(
        "DH_tomasz_electrician_gdansk",
        "Tomasz",
        "elektryk okretowy, nieformalnie prowadzi brygade, stocznia w Gdansku",
        "zrobic uprawnienia SEP D do marca i dostac brygadziste po Zdzisku",
        "Marek",
        "kierownik robot elektrycznych, bezposredni przelozony",
        Role.MANAGER,
        weekly(0),
        time(6, 45),
        "Tomasz, 38, is a marine electrician at a Gdansk shipyard who already informally leads a crew; weekly Monday-morning 1:1 with his boss Marek, the electrical works manager. "
        "The delicate matter is safety: on 10 Nov a colleague, Kuba, removed a lockout padlock on hull 9 while Tomasz's people were working on the circuit; Tomasz told Marek verbally, Marek brushed it off, and Kuba has done it again. "
        "Tomasz wants it escalated properly (in writing / to the H&S department) without looking like an informer. "
        "Also open: 14h of October overtime missing from his payslip, the SEP D course funding pushed to 'after New Year', and the foreman post opening in January when Zdzisek retires ('we'll talk'). "
        "Marek's priority is zero delays on hull 9 before Christmas. Tomasz owes Marek a list of missing dielectric gloves and meters by Friday 27 Nov. "
        "He needs: the LOTO issue taken seriously and put in writing, a concrete date for the foreman decision, and the overtime fixed.",
        logged=(
            Logged(
                A,
                "prosilem Marka o dofinansowanie kursu SEP D (ok 900 zl), powiedzial ze 'zobaczymy po nowym roku'",
                71,
            ),
            Logged(
                W,
                "odbior instalacji na 7 bez uwag, inspektor z PRS pochwalil nasze trasy kablowe 👍",
                58,
            ),
            Logged(
                G,
                "zostalem w sobote 17/10 do 19 zeby dokonczyc rozdzielnice na 9 bo Marek obiecal armatorowi termin",
                40,
            ),
            Logged(A, "urlop 23-31/12 - dostalem ✅", 30, DONE),
            Logged(
                A,
                "nadgodziny z pazdziernika 14h - Marek mowi ze wpisal, na pasku nie ma. mial sprawdzic w kadrach",
                26,
            ),
            Logged(
                P,
                "Marek: teraz liczy sie tylko kadlub 9, armator naciska, zero opoznien do swiat",
                20,
            ),
            Logged(
                N,
                "wt 10/11 Kuba zdjal klodke z wylacznika na 9 zeby szybciej skonczyc a ja mialem tam 2 ludzi na obwodzie!! nic sie nie stalo ale bylo blisko. powiedzialem Markowi ustnie, machnal reka 'pogadam z nim'",
                16,
            ),
            Logged(
                G,
                "przeszkolilem nowych z Ukrainy (Andrij, Taras) z LOTO, troche po polsku troche na migi 😅",
                12,
            ),
            Logged(
                A, "pytalem o brygadziste po Zdzisku (emerytura w styczniu) - 'porozmawiamy'", 9
            ),
            Logged(
                F,
                "wyslac Markowi liste brakujacych rekawic dielektrycznych i miernikow - do pt 27/11",
                6,
            ),
            Logged(
                N,
                "Kuba znowu to samo w pon, widzialem. nie chce byc kapusiem ale tu chodzi o ludzi",
                3,
            ),
            Logged(
                AG,
                "LOTO / Kuba - musi byc na pismie? zgloszenie do BHP? jak to powiedziec zeby nie wyszlo ze donosze",
                1,
            ),
            Logged(AG, "brygadzista od stycznia - kiedy konkretnie decyzja", 1),
            Logged(AG, "nadgodziny 14h - co z kadrami", 0.5),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "DH_amani_agronomist_nyandarua",
        "Amani",
        "agronomist / extension officer, dairy farmers' cooperative, Ol Kalou",
        "nipate MSc scholarship (Wageningen) na nikuwe na data nzuri ya fodder trials",
        "Dr Achieng",
        "mentor, retired KALRO researcher (women in agriculture programme)",
        Role.MENTOR,
        monthly(-1, 4),
        time(17, 30),
        "Amani, 29, is an agronomist/extension officer for a dairy farmers' co-operative in Nyandarua County, Kenya; she meets her mentor Dr Achieng (retired KALRO researcher) on the last Friday of each month — the next one is tomorrow, 27 Nov. "
        "Dr Achieng already wrote her a recommendation for an MSc scholarship (a real favour), and Amani has promised since September to give a talk to Dr Achieng's Egerton students and still hasn't; she also owes her statement-of-purpose draft before Friday. "
        "The live issue: a seed company (Mbegu Bora) offered her a territory agronomist job at KES 145k/month plus car versus 68k at the co-op, answer due 4 Dec — a week after this meeting. "
        "Delicate: loyalty to the co-op chair and a donor review of her fodder project in January, her mother wanting her to stay near home, and whether a sales-flavoured job fits the MSc plan. Dr Achieng's reply on WhatsApp was just 'let's talk Friday'. "
        "She needs a frank steer on the offer before the deadline, whether the MSc still works if she moves, and to finally fix a date for the student talk.",
        logged=(
            Logged(
                A,
                "nilimuomba Dr Achieng aniandikie recommendation ya MSc scholarship (Wageningen) - amekubali na ameituma tayari 🙏",
                84,
                DONE,
            ),
            Logged(
                P,
                "Dr A: focus yangu iwe data. 'without numbers farmers won't believe you, and neither will donors'. anataka fodder trial results ziwe documented vizuri",
                62,
            ),
            Logged(
                W,
                "silage demo Ol Kalou - wakulima 43 walikuja, 11 wameanza kufanya silage yao 💪",
                45,
            ),
            Logged(
                G, "nimemtumia Dr A picha + data ya silage demo for her county presentation", 40
            ),
            Logged(
                F,
                "kuongea na students wake wa Egerton kuhusu extension work - niliahidi tangu Sept 😬 alisema labda Dec",
                35,
            ),
            Logged(
                N,
                "offer kutoka Mbegu Bora Ltd - territory agronomist Nakuru/Nyandarua, 145k/month + gari. coop inanilipa 68k. wanataka jibu by 4/12",
                10,
            ),
            Logged(
                N,
                "mwenyekiti Mr Gathogo akisikia nitaondoka atakasirika sana, donor review ya fodder project ni Jan",
                8,
            ),
            Logged(
                A,
                "nilimuuliza Dr A kwa WhatsApp kama Mbegu Bora ni ok ama ni kuuza mbegu tu - alisema 'tuongee Friday', hakuna more",
                6,
            ),
            Logged(F, "kutuma SOP draft (statement of purpose) kwa Dr A kabla ya Friday", 5),
            Logged(
                N,
                "mama anasema nisihame mbali na Nyahururu coz ya shamba na dada mdogo... lakini 145k 😩",
                4,
            ),
            Logged(
                AG,
                "Mbegu Bora vs kubaki coop - je MSc bado possible nikiwa kwa private company?",
                1,
            ),
            Logged(AG, "date ya kuongea na students wa Egerton - nipendekeze 10 ama 11 Dec", 1),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "DH_mariana_lawyer_sao_paulo",
        "Mariana",
        "advogada associada sênior, trabalhista, escritório em São Paulo",
        "entrar na lista de sócias de 2027",
        "Helena",
        "sócia da área trabalhista, sponsor dela no escritório",
        Role.SPONSOR,
        monthly(1, 1),
        time(18, 30),
        "Mariana, 35, is a senior associate in the labour-law team of a mid-size São Paulo law firm; Helena, a partner, is her sponsor for the 2027 partnership list and they meet the first Tuesday of each month (next: 1 Dec). "
        "Helena's answer on what is missing was vague ('client visibility and origination'); Mariana asked to join the January renewal meeting with the key client Metalúrgica Jaú ('I'll see') and covered a hearing in Campinas for Helena when she was ill, and won the Jaú appeal. "
        "Delicate: October's time report shows 11.5 hours under Mariana's timekeeper code on another matter that she did not work, entered by the team of partner Paulo — a long-time friend of Helena; finance called it a typo but hasn't corrected it. She doesn't know whether to raise it with Helena or go to compliance. "
        "Also private: she is 10 weeks pregnant and nobody at work knows; she fears it will affect the partner list — this should not leak into the meeting unless she chooses. "
        "She owes Helena a memo on the new TST precedent by Fri 27 Nov. She needs concrete criteria and the committee timeline, a yes/no on the Jaú meeting, and a careful, non-accusatory way to get the billing entries fixed.",
        logged=(
            Logged(
                A,
                "perguntei pra Helena o q falta pra eu entrar na lista de sócios 2027. resposta: 'visibilidade com cliente e originação' 🤷‍♀️ vago",
                88,
            ),
            Logged(
                P,
                "Helena: prioridade n1 dela é reter a Metalúrgica Jaú, contrato renova em jan",
                70,
            ),
            Logged(
                G,
                "cobri a audiência da Helena em Campinas 22/10 (ela tava c febre), acordo fechado 👍",
                35,
            ),
            Logged(
                W,
                "ganhamos o recurso no TRT-2 do caso Jaú!! cliente mandou email elogiando, c cópia pro Dr Paulo",
                28,
            ),
            Logged(A, "pedi pra Helena me levar na reunião de renovação c a Jaú - 'vou ver'", 27),
            Logged(
                N,
                "relatório de horas de out: 11,5h no MEU código no caso Transportes Vale q eu NAO fiz. quem lança lá é a equipe do Dr Paulo",
                14,
            ),
            Logged(
                A, "pedi a avaliação anual por escrito - RH diz q Helena ainda nao preencheu", 12
            ),
            Logged(
                N,
                "falei informal c o financeiro, disseram 'deve ser erro de digitação'. nao corrigiram ainda",
                9,
            ),
            Logged(
                N,
                "Helena e Paulo são amigos há 20 anos. levo isso pra ela ou direto pro compliance??",
                8,
            ),
            Logged(F, "mandar p Helena o memo sobre o novo precedente do TST até sex 27/11", 7),
            Logged(
                N, "tô grávida de 10 sem 🤰 só o Diego sabe. nao quero q isso atrapalhe a lista", 6
            ),
            Logged(AG, "reunião de renovação Jaú - confirmar se vou", 2),
            Logged(AG, "critérios concretos p lista 2027 + prazo do comitê", 2),
            Logged(AG, "horas no meu código - como falar sem parecer acusação", 1),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "DH_misaki_hotel_osaka",
        "美咲",
        "ビジネスホテル フロントマネージャー（大阪・280室）",
        None,
        "森田GM",
        "総支配人（直属上司・田中宿泊部長のさらに上）",
        Role.SKIP,
        monthly(1, 3),
        time(14, 0),
        "Misaki, 34, is front office manager of a 280-room business hotel in Osaka; this is her monthly skip-level with the general manager, Morita (her direct boss is the rooms division manager, Tanaka). Next meeting: first Thursday, 3 Dec. "
        "Morita's priorities are inbound guests, a review score of 4.5+, and staff retention; she got the multilingual training budget approved, made a deck for Korean travel agencies for him over a weekend, and October reviews hit 4.6. "
        "Delicate: her father in Kagoshima has worsening dementia and she needs two consecutive days off twice a month — Tanaka dismissed it ('you know we're short'), and Morita only said 'ask HR' in the corridor. "
        "Also, Tanaka has twice shouted at new hire Kobayashi in front of everyone; Kobayashi wants to quit. Going over her boss's head in a Japanese workplace feels risky, and she's unsure whether to name Kobayashi. "
        "She owes Morita a comparison of three training-provider quotes by 2 Dec. She needs a workable path for caregiving flexibility, a safe channel for the Tanaka issue, and to report on the quotes.",
        logged=(
            Logged(
                P, "森田GM：来期の最優先はインバウンド対応と口コミ4.5以上。あとスタッフの定着", 85
            ),
            Logged(A, "多言語研修の予算お願いした → OK出た！1月スタート", 85, DONE),
            Logged(G, "GMに頼まれてた韓国の旅行会社向け資料、週末つかって作って送った", 42),
            Logged(N, "父の物忘れがひどくなってる😢 母からLINE。鹿児島に月2回は帰らないとかも", 33),
            Logged(W, "10月の口コミ 4.6 🎉 フロントスタッフの名前が3件も出た", 30),
            Logged(A, "田中部長に月2回の連休を相談 →「人いないの分かってるよね？」で終わり", 20),
            Logged(
                N,
                "11/13 田中部長が新人の小林さんにロビー裏でみんなの前で「使えない」と怒鳴った。小林さん泣いてた。これで2回目",
                13,
            ),
            Logged(F, "インバウンド研修の講師候補3社の見積もり比較、GMに12/2までに出す", 10),
            Logged(N, "小林さんから辞めたいって相談…とりあえず引き止めたけど", 7),
            Logged(A, "廊下でGMに介護休業のこと聞いた →「人事に聞いて」だけ", 5),
            Logged(
                N, "部長飛ばしてGMに言うのは正直こわい。でも小林さん辞めたらフロント回らない", 3
            ),
            Logged(AG, "介護のためのシフト調整（月2回連休）— 部長NGならGMはどう判断？", 1),
            Logged(AG, "小林さんの件どう伝えるか（名前出す？出さない？）", 1),
            Logged(AG, "研修見積もり 3社の報告", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DH_dana_water_chemist_saint_paul",
        "Dana",
        "chemist, municipal drinking water treatment plant lab",
        "Class A water operator license by summer + lead the PFAS method validation",
        "Greg",
        "lab supervisor (new, started 11/16, came from the state health dept)",
        Role.MANAGER,
        biweekly(1),
        time(10, 0),
        "Dana, 42, is a chemist in the lab of a municipal drinking water plant in Saint Paul, Minnesota. Her long-time supervisor Ruth retired on 30 Oct; this is the first 1:1 with the new supervisor Greg (from the state drinking water programme), Tuesday 1 Dec — it's Thanksgiving today and she's off until Monday. "
        "Fairly ordinary: Ruth verbally promised to send her to a $2,800 LC-MS/MS course in January ('budget permitting') but it was never in writing, and registration closes 11 Dec; Greg deferred the question to the 1:1. "
        "She wants 2h/week of study time for the Class A operator exam. Context: the lab's 2027 priority is PFAS/UCMR compliance and passing audits; the ICP-MS is down and metals are being sent out at a cost. "
        "She wrote Greg's handover doc and owes him her training records and certificate copies by 4 Dec. She needs to make a good first impression with a process-minded new boss, get the course confirmed before the deadline, and agree study time.",
        logged=(
            Logged(
                A,
                "asked Ruth about the Agilent LC-MS/MS course in Jan ($2,800). she said 'should be fine, budget permitting' - never got it in writing",
                75,
            ),
            Logged(
                W,
                "passed the state PT samples for nitrate/nitrite + TOC, all within acceptance 🙌",
                60,
            ),
            Logged(
                P,
                "Ruth before she left: big thing for the lab in 2027 is PFAS / UCMR compliance sampling and not tanking the audit",
                50,
            ),
            Logged(
                N,
                "Ruth retiring 10/30 😢 Greg starts 11/16, coming from MDH drinking water program",
                40,
            ),
            Logged(
                G,
                "wrote the handover doc for Greg - SOP index, instrument status, who calls who at 2am",
                14,
            ),
            Logged(N, "Greg seems v process-y. wants everyone's training records by Dec", 8),
            Logged(F, "send Greg my training record + cert copies by Dec 4", 8),
            Logged(
                N,
                "ICP-MS down again since Mon, tech can't come till 12/3. sending metals out to the contract lab, $$",
                3,
            ),
            Logged(
                A,
                "asked Greg in the hallway if the Jan course is still on - 'let's talk at our 1:1'",
                2,
            ),
            Logged(AG, "Jan LC-MS/MS course - need a yes before registration closes 12/11", 1),
            Logged(AG, "Class A exam study time - 2h/wk?", 1),
            Logged(N, "off thurs-fri for thanksgiving, back mon 🦃", 0.6),
        ),
        tz="America/Chicago",
        first=True,
    ),
    Persona(
        "DH_rahul_warehouse_bhiwandi",
        "Rahul",
        "night shift supervisor, e-commerce fulfilment centre (3PL), Bhiwandi",
        "peak ke baad inventory accuracy 99.5% aur AM (assistant manager) promotion",
        "Sandeep bhai",
        "day shift supervisor (peer, weekly handover sync)",
        Role.PEER,
        weekly(4),
        time(19, 30),
        "Rahul, 31, supervises the night shift at an e-commerce fulfilment warehouse in Bhiwandi near Mumbai; he has a weekly Friday 19:30 sync with his peer Sandeep, the day-shift supervisor, at shift change (next: tomorrow, 27 Nov). "
        "Rahul owes Sandeep a real favour: Sandeep covered four of his night shifts during his sister's wedding in October; now Sandeep has asked him to cover Sundays 6 and 13 Dec, and 13 Dec clashes with Rahul's inventory audit. He also trained two of Sandeep's pickers for Sandeep's client audit on 8 Dec. "
        "Delicate: high-value mobiles in the Zone C cage came up short three times, each after the day shift, and security says the cage lock was broken for two days and the day shift knew; Sandeep waved it off as a WMS sync error. "
        "Rahul must send a shortage report to the ops manager by Monday 30 Nov, and HR has shortlisted both of them for the same AM post, so raising it can look like sabotage. A long-running irritant: the handover sheet is ready at 8:15 instead of 7:45. "
        "He needs to raise Zone C with Sandeep directly and factually before the report goes, give a straight answer on the Sundays, and fix the handover time — without accusing anyone of theft or bringing the promotion into it.",
        logged=(
            Logged(
                A,
                "Sandeep se bola handover sheet 7:45 tak ready rakho, roz 8:15 ho jata hai. bole 'haan haan kar denge'",
                60,
            ),
            Logged(
                N,
                "Sandeep bhai ne meri 4 night shifts cover ki (didi ki shaadi 12-15 Oct). bada favour hai 🙏",
                45,
            ),
            Logged(P, "Sandeep ka focus: day shift dispatch SLA 98% aur client audit 8 Dec", 30),
            Logged(W, "peak week me night shift ne 1.2 lakh units pick kiye, zero mis-ship 💪", 25),
            Logged(
                G,
                "Sandeep ke 2 pickers ko RF gun + putaway training di night me, uske audit ke liye",
                18,
            ),
            Logged(
                N,
                "cycle count: Zone C mobiles cage me 14 units short, 3 baar. teeno baar day shift ke baad. CCTV dekhna padega",
                11,
            ),
            Logged(F, "handover SOP draft Sandeep ke saath finalize karna - fri", 10),
            Logged(
                N,
                "<@U07RK2M9Q|Imran> (security) bola cage ka lock 2 din se kharab tha, day shift ko pata tha",
                9,
            ),
            Logged(
                A,
                "Sandeep ko Zone C shortage ka bataya, bole 'system error hoga, WMS sync issue'. mujhe pakka nahi laga",
                8,
            ),
            Logged(
                N, "AM post ke liye HR ne dono ka naam liya - mera aur Sandeep ka. awkward 😬", 6
            ),
            Logged(A, "Sandeep ne pucha 6 & 13 Dec Sunday cover kar doge? abhi jawab nahi diya", 4),
            Logged(
                F,
                "Zone C shortage report <@U03BX55QW|Meenakshi> ma'am (ops manager) ko Mon 30/11 tak bhejna hai",
                4,
            ),
            Logged(AG, "Zone C - report jaane se pehle Sandeep se seedha baat, facts only", 1),
            Logged(AG, "Sunday cover - 6 ko haan, 13 ko meri inventory audit hai", 1),
            Logged(AG, "handover 7:45 wala issue abhi bhi same", 1),
        ),
        tz="Asia/Kolkata",
        names={"U07RK2M9Q": "Imran", "U03BX55QW": "Meenakshi"},
    ),
)
