# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DA), rated to find faults in round 57 (`bench/reviews/round57_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH104 = (
    Persona(
        "DA_tomasz_electrician_krakow",
        "Tomasz",
        "brygadzista elektryków, budowa szpitala, Kraków",
        "zrobić uprawnienia SEP D i do lata przejść na kierownika robót elektrycznych",
        "Zbyszek",
        "kierownik budowy, mój bezpośredni szef",
        Role.MANAGER,
        weekly(0),
        time(7, 0),
        "Tomasz is an electrical foreman on a hospital construction site in Kraków, logging in Polish without diacritics. "
        "His site manager Zbyszek cares above all that the main switchboard inspection on 4 Dec passes without rework; Tomasz owes him the measurement reports by Mon 1 Dec and is chasing late RCD breakers. "
        "The delicate matter is safety: Marek, an electrician from a subcontractor, has twice this month worked on the live switchboard without lockout/tagout; Tomasz mentioned it to Zbyszek only in passing, got 'I'll talk to him', and nothing changed. "
        "He is uneasy about looking like an informer but fears someone will get killed, and is unsure whether to put it in writing. "
        "He also asked two months ago for the company to pay for the SEP D course and got a vague 'we'll see after New Year'; enrolment closes 15 Dec, so he needs a clear yes or no. "
        "He has given a Saturday to catch up and has a clean insulation-test win to mention.",
        logged=(
            Logged(
                A,
                "prosilem Zbyszka o kase na kurs SEP D (ok 1200 zl) – powiedzial 'po nowym roku zobaczymy' 🙄",
                62,
            ),
            Logged(
                P,
                "Zbyszek: najwazniejsze zeby odbior rozdzielni glownej 4.12 poszedl bez poprawek, inwestor naciska",
                48,
            ),
            Logged(A, "poprosilem o 2 ludzi wiecej na 3 pietro do konca listopada", 41, DONE),
            Logged(N, "dostalismy Kube i Sebastiana od pon, ok", 38),
            Logged(
                G,
                "w sobote 7/11 przyjechalem z chlopakami nadrobic trasy kablowe na 2p, Zbyszek prosil",
                19,
            ),
            Logged(
                N,
                "Marek (podwykonawca, Elektro-Mar) znowu robil przy rozdzielni R2 pod napieciem bez blokady i zawieszki. drugi raz w tym mies. powiedzialem mu – olal",
                12,
            ),
            Logged(
                N,
                "wspomnialem Zbyszkowi na szybko przy kontenerze o Marku, powiedzial 'pogadam z nim'. nic sie nie zmienilo",
                9,
            ),
            Logged(
                W,
                "pomiary izolacji 2 i 3 pietro – wszystko ok za pierwszym razem, zero poprawek 💪",
                6,
            ),
            Logged(
                F, "protokoly z pomiarow do Zbyszka do 1.12 (pon) zeby zdazyl przed odbiorem", 5
            ),
            Logged(
                F,
                "dopilnowac wylaczniki roznicowopradowe 30mA – hurtownia mowi dostawa 2.12?? za pozno moze byc",
                3,
            ),
            Logged(
                AG,
                "Marek / brak LOTO – powiedziec wprost, moze na pismie? nie chce robic z siebie donosiciela ale jak ktos zginie...",
                1,
            ),
            Logged(
                AG,
                "SEP D – zapytac konkretnie: placa czy nie? zapisy na kurs styczniowy do 15.12",
                1,
            ),
            Logged(AG, "RCD dostawa 2.12 – czy odbior 4.12 jest zagrozony", 0.5),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "DA_amina_agronomist_nakuru",
        "Amina",
        "field agronomist, smallholder dairy & maize cooperative, Nakuru",
        "kuanza MSc Soil Science Egerton intake ya January",
        "Dr Njeri",
        "retired KALRO soil scientist, my mentor (former boss)",
        Role.MENTOR,
        monthly(1, 4),
        time(10, 0),
        "Amina is a field agronomist for a smallholder cooperative near Nakuru, Kenya, writing in Swahili/English (Sheng-ish) mix. "
        "Her mentor Dr Njeri, a retired soil scientist and former boss, wrote her recommendation letter for an MSc at Egerton (January intake, no admission answer yet) and Amina owes her soil pH data from 40 farms for a paper, due end of November; only 27 are done because the lab is late, so she wants to ask honestly for an extension to 11 Dec. "
        "The big decision: a seed company, Agrovia, has offered her a territory sales agronomist job in Eldoret at roughly double her pay, with an answer due 4 Dec, the very day of this meeting; taking it would mean giving up full-time study. "
        "Her mother is ill and money matters, which is personal and she may overshare. The cooperative chairman does not know about the offer and she wants it kept quiet. "
        "Dr Njeri deflected on WhatsApp ('let's talk properly when we meet'), so Amina needs real advice on offer vs MSc, and to keep her commitment to the mentor intact.",
        logged=(
            Logged(
                A, "nilimwomba Dr Njeri aniandikie recommendation letter ya MSc Egerton", 80, DONE
            ),
            Logged(
                N, "letter imefika! ameituma direct kwa Egerton 🙏 lazima nimshukuru vizuri", 58
            ),
            Logged(
                P,
                "Dr Njeri anataka soil pH data ya mashamba 40 for her paper na KALRO – anahitaji by end Nov",
                50,
            ),
            Logged(
                G,
                "nilimpeleka Dr Njeri mashamba ya Bahati na Subukia, nikamtafsiria wakulima (Kikuyu)",
                44,
            ),
            Logged(
                W,
                "farmer field day Rongai – watu 130 walikuja, demo plots na lime zilionyesha +30% maize yield",
                21,
            ),
            Logged(
                N,
                "job offer kutoka Agrovia Seeds – territory sales agronomist, Eldoret, 145k/month vs 68k hapa. wanataka jibu by 4 Dec",
                8,
            ),
            Logged(
                N,
                "Egerton admission bado sijasikia. kama nikichukua kazi ya Agrovia siwezi kusoma full time 😕",
                7,
            ),
            Logged(
                F,
                "kutuma soil data kwa Dr Njeri – nimemaliza 27/40 tu, lab ya Nakuru imechelewa results 😩",
                6,
            ),
            Logged(
                A,
                "nilimuuliza Dr Njeri kwa WhatsApp kama Agrovia ni kampuni nzuri – alisema 'let's talk properly when we meet'",
                5,
            ),
            Logged(N, "chairman wa coop hajui kuhusu offer. sitaki ajue kabla sijaamua", 4),
            Logged(
                AG,
                "Agrovia vs MSc – angefanya nini yeye? pesa inahitajika, mama ni mgonjwa (hospital bills)",
                1,
            ),
            Logged(
                AG, "kuomba extension ya soil data hadi 11 Dec – niwe honest kuhusu lab delays", 1
            ),
            Logged(AG, "ask if MSc part-time inawezekana Egerton", 0.7),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "DA_hiroko_pharmacist_osaka",
        "Hiroko",
        "病院薬剤師（急性期病院・薬剤部）、大阪",
        "来年、感染制御専門薬剤師の認定を取る",
        "森部長",
        "薬剤部長（直属の上司・田中主任のさらに上）",
        Role.SKIP,
        monthly(-1, 4),
        time(17, 30),
        "Hiroko is a hospital pharmacist at an acute-care hospital in Osaka, logging in Japanese; this is her monthly skip-level with the pharmacy director, Mori. "
        "On a night shift on 12 Nov a tired colleague nearly dispensed the wrong insulin concentration (100 vs 300 units/mL); Hiroko caught it at check, no patient harm. "
        "Her direct manager, Chief Tanaka, told her to handle it verbally because 'there are already many reports this month', yet Mori has said he wants more and better incident reports before the December internal audit. "
        "She still has not filed the report and wants to do it this week; the delicate part is raising it without appearing to go over Tanaka's head. "
        "Separately, her father's dementia is worsening, her sister covers her night shifts and is at her limit; Tanaka refused to cut her nights from 4 to 2 a month, and she is unsure how much family detail to share with the director. "
        "Her earlier ask to join the antimicrobial stewardship team was answered later via Tanaka (weekly from January). She built training slides for Mori and has ICU TDM wins; certification case reports are due 15 Jan.",
        logged=(
            Logged(
                P,
                "森部長：12月の院内監査（病院機能評価の準備）に向けてインシデント報告の件数と質を上げたいとのこと",
                70,
            ),
            Logged(
                A,
                "森部長にAST（抗菌薬適正使用支援チーム）に入れてほしいとお願いした→「検討します」",
                66,
            ),
            Logged(
                G, "部長に頼まれた新人向け抗がん剤ミキシング研修の資料つくった（スライド24枚）", 41
            ),
            Logged(N, "AST、1月から週1で参加OKと田中主任経由で連絡きた！", 30),
            Logged(W, "バンコマイシンTDMの投与設計提案、ICUで3件採用👍", 25),
            Logged(F, "感染制御専門薬剤師の申請、症例報告あと2例まとめる（締切1/15）", 20),
            Logged(
                N,
                "11/12夜勤、インスリン濃度の取り違え寸前（100単位/mLと300単位/mL）。Sさんかなり疲れてた… 監査で私が気づいた。患者影響なし",
                14,
            ),
            Logged(
                N,
                "ヒヤリハット出そうとしたら田中主任に「今月もう多いから口頭で済ませて」と言われた。。モヤモヤ",
                13,
            ),
            Logged(N, "父の認知症すすんでて、夜勤の日は妹に頼んでる。妹ももう限界ぽい", 10),
            Logged(A, "夜勤を月4→2に減らせないか田中主任に相談→「人が足りないから無理」", 9),
            Logged(F, "ヒヤリハット報告書、まだ出してない。出すなら今週中（金曜まで）", 3),
            Logged(AG, "インシデント報告の件、主任を飛び越える感じにならないように伝えたい", 1),
            Logged(AG, "夜勤の件、部長に相談していいのか…家族のことどこまで話す？", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DA_rafael_lawyer_saopaulo",
        "Rafael",
        "advogado associado júnior, escritório de direito trabalhista e empresarial, São Paulo",
        "virar associado pleno no ciclo de março",
        "Helena",
        "sócia do escritório, minha sponsor",
        Role.SPONSOR,
        biweekly(3),
        time(18, 0),
        "Rafael is a second-year associate at a São Paulo labour/corporate law firm, logging in Portuguese. Helena, a partner, is his sponsor: she got him onto a big arbitration case and he wants her backing for promotion to mid-level in March. "
        "When he asked, she said he is 'on track but short on billable hours' (1,310 of a 1,600 target, partly due to a pro bono case), an ambiguous answer he wants clarified, including whether pro bono counts. "
        "Helena's priority is a pitch to Transportes Ribeiro in December; he owes her a tight memo draft on outsourcing by Fri 27 Nov and has asked to join the pitch meeting (no answer yet). "
        "The delicate matter is integrity: senior associate Bruno, who also rates his performance, asked him to log 6 hours to the Ribeiro client for research he never did ('round up, everyone does'); Rafael refused and Bruno is pressing him, irritated. "
        "Rafael wants to raise this without it sounding like an excuse for low hours. He has a real win (first solo oral argument, injunction granted) and still has Helena's book to return.",
        logged=(
            Logged(
                A,
                "pedi pra Helena me indicar pro caso da arbitragem da Mineração Serra Azul – ela topou 🙏",
                75,
                DONE,
            ),
            Logged(F, "devolver o livro do Delgado que a Helena me emprestou 😅", 40),
            Logged(
                P,
                "Helena: prioridade dela é o pitch pra Transportes Ribeiro em dez, quer memo enxuto sobre terceirização, max 5 pgs",
                30,
            ),
            Logged(
                G,
                "montei a tabela de jurisprudência do TRT-2 sobre terceirização pra Helena, 40 acórdãos, fiz no fds",
                22,
            ),
            Logged(
                W,
                "liminar deferida no caso Construtora Alvorada – fiz a sustentação oral sozinho pela 1a vez 🙌",
                17,
            ),
            Logged(
                A,
                "perguntei se ela me apoia pra pleno em março – resp: 'vc tá no caminho, mas falta hora faturável'. ??",
                15,
            ),
            Logged(
                N,
                "tô com 1.310h faturadas no ano, meta 1.600. dificil com o pro bono da Assoc. de Moradores",
                14,
            ),
            Logged(
                N,
                "<@U07HTQ2LM|bruno.s> pediu pra eu lançar 6h no cliente Ribeiro de uma pesquisa que eu não fiz, 'arredonda, todo mundo faz'. não lancei",
                8,
            ),
            Logged(F, "minuta do memo de terceirização pra Helena até sex 27/11", 6),
            Logged(N, "Bruno cobrou de novo hj no corredor, meio irritado. ele tb me avalia 😬", 4),
            Logged(A, "pedi pra participar da reunião do pitch Ribeiro, ela disse q ia ver", 3),
            Logged(
                AG, "como falar do Bruno sem parecer q to me justificando pelas horas baixas?", 1
            ),
            Logged(AG, "pro bono conta pra promoção? perguntar direto", 1),
        ),
        tz="America/Sao_Paulo",
        names={"U07HTQ2LM": "Bruno Siqueira"},
    ),
    Persona(
        "DA_megan_dispatcher_winnipeg",
        "Megan",
        "night shift dispatch lead, regional LTL trucking company, Winnipeg",
        "smoother shift handovers before the winter peak",
        "Dev",
        "day shift dispatch lead",
        Role.PEER,
        weekly(2),
        time(6, 45),
        "Megan leads night dispatch at a regional trucking company in Winnipeg; her weekly check-in with Dev, the day-shift lead, happens at shift change. "
        "Mostly ordinary: she wants cleaner handovers (Dev's crew improved, then slipped back to blank handover sheets) and they need to agree a winter-weather go/no-go checklist for northern lanes, which she owes him by Monday and which is Dev's own priority after being burned last year. "
        "The give-and-take matters: she covered his shift for a wedding, he covered hers for her daughter's recital, and he wants Dec 24 off, which she might take for him if Steve agrees. "
        "A mild delicate point: a driver complained that days keep giving him the worst runs and nights get blamed; it's unverified and she should not turn it into an accusation. "
        "She has also not yet asked the ops manager about a third night dispatcher for December.",
        logged=(
            Logged(A, "asked Dev if his crew can fill the handover sheet by 6pm not 6:45", 58),
            Logged(N, "handover sheet was way better for ~2 wks, now back to blanks 🙃", 35),
            Logged(
                G, "covered Dev's Sat 10/24 so he could go to his cousin's wedding in Brampton", 33
            ),
            Logged(
                P,
                "Dev's big thing = Thompson / Flin Flon lanes, doesn't want drivers sent north once EC puts out a blizzard warning. got burned last yr",
                27,
            ),
            Logged(W, "HOS violations on nights down to 0 in Oct (5 in Sept) 🎉", 24),
            Logged(A, "asked Dev to cover my 11/11 shift for Emma's recital", 20, DONE),
            Logged(N, "Dev covered 11/11, owe him one. he mentioned he wants Dec 24 off", 15),
            Logged(
                F, "ask Karen (ops mgr) about a 3rd night dispatcher for Dec peak – havent yet", 12
            ),
            Logged(
                N,
                "Ray K (driver) told me days keep giving him the Brandon reefer runs and nights get blamed. not sure its real",
                6,
            ),
            Logged(F, "send Dev the draft winter go/no-go checklist by Mon", 4),
            Logged(AG, "Dec 24 – I can prob take it for him, check w/ Steve first", 1),
            Logged(AG, "walk thru go/no-go checklist, agree who makes the call at 3am", 1),
            Logged(AG, "handover blanks – bring it up without it sounding like blame", 1),
        ),
        tz="America/Winnipeg",
    ),
    Persona(
        "DA_deniz_souschef_istanbul",
        "Deniz",
        "sous-chef, 5 yıldızlı otel mutfağı, İstanbul",
        "Mart'a kadar zam almak ve chef de cuisine olmak",
        "Kerem şef",
        "Executive Chef, direkt amirim",
        Role.MANAGER,
        weekly(1),
        time(15, 30),
        "Deniz is a sous-chef in a five-star hotel kitchen in Istanbul, logging in Turkish (often without Turkish characters). "
        "Executive Chef Kerem cares about a flawless 450-guest New Year gala (the GM is watching) and the HACCP audit on 3 Dec, for which he wants complete cold-room temperature logs; Deniz owes a fix for two blank November days before the audit. "
        "Pay is the tension: seven weeks ago Deniz asked for a 20% raise and was told 'after New Year, I'll talk to HR', but HR now says the chef never passed anything on. "
        "Meanwhile a Bodrum resort has offered a head chef role for the April–October season at nearly double pay, answer due 15 Dec; Deniz is unsure whether to mention it as leverage or keep it quiet. "
        "A commis, Emre, suffered a second-degree burn at the fryer during an oil change with no gloves; Deniz still owes a written oil-change procedure and wants protective gear approved. "
        "Time off for the mother's surgery on 10 Dec was already approved.",
        logged=(
            Logged(
                A,
                "Kerem şefe maas konusunu actim, %20 istedim. 'yilbasindan sonra bakariz, IK ile konusucam' dedi",
                52,
            ),
            Logged(
                P,
                "Kerem şef: yilbasi gala menusu (450 kisi) kusursuz olacak, GM direkt takip ediyor",
                45,
            ),
            Logged(G, "gala icin 3 tadim menusu hazirladim, sef ikincisini secti", 30),
            Logged(
                W, "Ekim misafir yorumlari: restoran 4.8, kahvalti bufesi ilk kez övüldü 🎉", 28
            ),
            Logged(
                N,
                "commis Emre elini fritözde yakti 🙁 yag degisimi sirasinda, revire gitti, 2. derece. eldiven yoktu",
                18,
            ),
            Logged(F, "fritöz yag degisim prosedurunu yazip ekibe imzalatmak – yarim kaldi", 17),
            Logged(
                N,
                "Bodrum Lagün Resort'tan teklif: Nisan-Ekim sezonu head chef, maas neredeyse 2 kati. cevap 15 Aralik'a kadar",
                11,
            ),
            Logged(
                P,
                "HACCP denetimi 3 Aralik – Kerem sef soguk oda sicaklik kayitlari eksiksiz olsun dedi",
                9,
            ),
            Logged(
                A,
                "Aralik'ta 2 gun izin istedim (annemin ameliyati 10 Aralik) – sef tamam dedi",
                8,
                DONE,
            ),
            Logged(A, "IK'ya sordum maas ne oldu diye, 'sef bize bir sey iletmedi' dediler 🤨", 7),
            Logged(
                F,
                "soguk oda kayitlari: Kasim'da 2 gun bos (sensor arizasi) – denetimden once aciklama notu + teknik servis fisi ekle",
                5,
            ),
            Logged(AG, "maas: IK'ya hic iletmemis, bunu sefi kizdirmadan nasil sorarim", 1),
            Logged(AG, "Emre'nin kazasi – eldiven/önlük siparisi onaylansin", 1),
            Logged(AG, "Bodrum teklifini söyleyeyim mi?? pazarlik kozu mu yoksa risk mi", 1),
        ),
        tz="Europe/Istanbul",
    ),
)
