# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 46 (set CA)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH78 = (
    Persona(
        "CA_wanjiru_dairy_nyeri",
        "Wanjiru",
        "smallholder dairy farmer, near Othaya, Nyeri County, Kenya",
        "kupata cooling tank ya group na kufika 60L kwa siku by mid 2027",
        "Bi Njeri",
        "Njeri Mwangi, the county livestock extension officer who visits the dairy women's group and Wanjiru's farm once a month.",
        Role.OTHER,
        monthly(1, 1),
        time(10, 0),
        "Wanjiru is 41 and runs a three-acre dairy plot with five Friesian-cross cows, selling milk through the local cooperative. "
        "Bi Njeri, the county extension officer, visits on the first Tuesday of each month and has helped her switch to silage, which has raised her yields. "
        "She is waiting on soil test results for a new napier grass plot and on whether her heifer Cherono is on the county's subsidised AI (sexed semen) voucher list. "
        "She hosted a silage demo for other farmers and registered six women for the county's January training, which Bi Njeri is pushing. "
        "The short rains are late and hay prices are up, and she wants to apply for a ward cooling-tank grant closing 15 December. "
        "The delicate matter: the coop's collection slips keep showing fewer litres than she measures at home, and the clerk is the chairman's nephew, while Bi Njeri works closely with the chairman, so she does not know how to raise it without accusing anyone.",
        logged=(
            Logged(
                A,
                "asked Bi Njeri kuhusu AI voucher ya county - sexed semen for Cherono. she said ngoja list itoke",
                52,
            ),
            Logged(A, "soil test ya napier plot - sample nilimpa 2/10, results bado", 55),
            Logged(
                G,
                "hosted silage demo shambani, 14 farmers walikuja. Bi N alileta tubes na molasses",
                45,
                DONE,
            ),
            Logged(W, "Cherono 18L morning milking!! silage inafanya kazi 🙌", 38),
            Logged(N, "short rains zimechelewa. hay bale 450/= sasa, August ilikuwa 350 😩", 30),
            Logged(
                P,
                "Bi N anataka wamama wengi zaidi wa dairy group wajiandikishe for county training Jan",
                26,
            ),
            Logged(F, "chase soil results b4 kupanda napier new plot", 21),
            Logged(
                N,
                "coop slip inasema 11.5L jumanne but nilipima 14 nyumbani. tena. mara ya 3 mwezi huu",
                17,
            ),
            Logged(
                N,
                "Mwangi (clerk) ni mpwa wa chairman... na Bi N huwa na chairman kwa meetings zote. how do i even say this",
                16,
            ),
            Logged(
                G, "registered 6 wamama for Jan training, sent names to Bi N whatsapp", 12, DONE
            ),
            Logged(
                W,
                "mastitis ya Shiku caught early - ile CMT kit Bi N alinipa ilisaidia. treated, maziwa iko sawa sasa",
                9,
            ),
            Logged(F, "nunua teat dip b4 Dec, imeisha", 6),
            Logged(
                AG,
                "cooling tank grant - deadline 15 Dec ward office? ask kama group yetu inaqualify",
                4,
            ),
            Logged(AG, "milk weights issue... find a way to ask her bila kumchoma mtu", 2),
            Logged(AG, "AI voucher - Cherono yuko kwa list ama hapana", 1),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CA_taina_nurse_recife",
        "Tainá",
        "enfermeira assistencial, UTI adulto de um hospital público em Recife",
        "entrar na comissão de curativos e fazer a pós em terapia intensiva ano que vem",
        "Cláu",
        "Cláudia, coordenadora de enfermagem da UTI adulto e chefe direta da Tainá.",
        Role.MANAGER,
        biweekly(2),
        time(7, 15),
        "Tainá is a 29-year-old ICU nurse on night shifts at a public hospital in Recife; she meets her nursing coordinator Cláudia every other Wednesday right after her night shift. "
        "She wants a move to day shifts from March so she can start an ICU specialisation course on 9 March, and she needs an answer before enrolment closes at the end of December. "
        "She has also asked to be released for a three-day PICC line course in January and wants Christmas off after working the last two. "
        "Cláudia's focus is the ONA accreditation visit on 10 December and the pressure-injury indicators; Tainá revised the pressure-injury checklist and covered a colleague's shift. "
        "The delicate matter: the night-shift technician Robson, a friend going through trouble at home, keeps disappearing for hours and leaving her alone with patients, and she does not know how to raise it without getting him in trouble.",
        logged=(
            Logged(
                A,
                "pedi pra Cláu a troca pro diurno a partir de março (pós começa 9/3). ela disse 'vamos ver a escala'",
                47,
            ),
            Logged(G, "entreguei checklist LPP revisado pra Cláu, versão 3 ✅", 40, DONE),
            Logged(
                P,
                "Cláu: visita ONA dia 10/12, tudo tem q estar no protocolo. indicadores LPP tb",
                33,
            ),
            Logged(
                W,
                "leito 7 seu Ademir teve alta sem nenhuma lesão depois de 41 dias!! filha trouxe bolo kkkk",
                28,
            ),
            Logged(A, "curso PICC - pedi liberação, 3 dias em jan. aguardando", 24),
            Logged(
                N,
                "Robson sumiu de novo das 2h às 4h30. fiquei c/ 5 pacientes sozinha. 3a vez em nov",
                19,
            ),
            Logged(G, "cobri plantão da Jéssica sábado (ela c/ covid)", 15, DONE),
            Logged(F, "mandar pra Cláu os dados LPP out/nov antes da ONA", 11),
            Logged(N, "escala de dez saiu? trabalhei natal 24 e 25. esse ano NÃO dá", 8),
            Logged(W, "auditoria interna: prontuários da minha equipe 100% no checklist 🎉", 6),
            Logged(
                N,
                "n sei como falar do Robson. ele é meu amigo e tá c/ problema em casa... mas é segurança do paciente né",
                4,
            ),
            Logged(
                AG, "troca pro diurno março - preciso de resposta até fim de dez p/ matrícula", 3
            ),
            Logged(AG, "natal de folga esse ano?", 2),
            Logged(AG, "Robson (???) ver como falar", 0.5),
        ),
        tz="America/Recife",
    ),
    Persona(
        "CA_kacper_electrician_wroclaw",
        "Kacper",
        "elektryk (czeladnik) w małej firmie instalacyjnej, Wrocław",
        "zdać SEP E+D do 1kV w styczniu i przejść na fotowoltaikę",
        "majster",
        "Pan Zdzisław, a retired master electrician and Kacper's first boss, who now mentors him over coffee once a month.",
        Role.MENTOR,
        monthly(2, 5),
        time(9, 0),
        "Kacper is a 23-year-old journeyman electrician at a small installation firm in Wrocław; he meets his old boss and mentor, a retired master electrician he calls 'majster', on the second Saturday of each month. "
        "He is sitting the SEP qualification exam on 18 January and wants to move into solar PV installation. "
        "His current boss pays part of his wage off the books and is pushing him towards a B2B contract, which he dislikes. "
        "He has an offer from a PV firm in Oława that wants a reference, and he asked majster some weeks ago whether he knows anyone in PV; the answer was 'I'll think about it'. "
        "The delicate matter: majster's son runs his own PV company, and Kacper suspects majster expects him to join it, so he does not know how to ask for a reference for a different firm.",
        logged=(
            Logged(A, "poprosiłem majstra o stare testy SEP, podobno ma w piwnicy", 58, DONE),
            Logged(
                G,
                "zamontowałem majstrowi lampę z czujnikiem na działce, nie chciał kasy wiec wziął piwo 🍺",
                50,
                DONE,
            ),
            Logged(W, "pierwsza rozdzielnica sam od zera, szef tylko sprawdził i ok 💪", 44),
            Logged(
                P,
                "majster: najpierw papiery SEP, potem kasa. pomiary zawsze na papier. powtarza to co razem",
                42,
            ),
            Logged(A, "pytałem czy zna kogoś w PV - powiedział że 'pomyśli'. hmm", 36),
            Logged(N, "szef znowu: 3k na umowę reszta do ręki. nie podoba mi się", 31),
            Logged(F, "zapisać się na egzamin SEP - termin 18.01, zapisy do 20.12", 27, DONE),
            Logged(N, "oferta z EkoWat (PV, Oława) - 6200 netto na start, chcą referencje", 20),
            Logged(
                N,
                "syn majstra ma swoją firmę PV... majster pewnie myśli że pójdę do niego. kurde",
                19,
            ),
            Logged(W, "testy próbne 38/40 😎", 13),
            Logged(G, "oddałem majstrowi miernik po kalibracji, wyszedł ok", 10, DONE),
            Logged(AG, "referencje do EkoWat - jak to powiedzieć żeby się nie obraził (syn!)", 3),
            Logged(
                AG, "kasa pod stołem / B2B - co robić, zostać do egzaminu czy szukać od razu", 2
            ),
            Logged(AG, "książki SEP - oddać czy mogę jeszcze do stycznia?", 1),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "CA_misaki_logistics_osaka",
        "Misaki",
        "冷凍・冷蔵物流センターの班長 (shift leader), 大阪府茨木市",
        "来年度 係長に上がって フォークリフト安全教育の担当になりたい",
        "近藤さん",
        "近藤センター長, the head of the distribution centre and her manager's manager, who started monthly skip-level 1:1s this autumn.",
        Role.SKIP,
        monthly(1, 3),
        time(15, 0),
        "Misaki is 34 and leads a shift at a cold-chain distribution centre in Ibaraki, Osaka, including the -25 degree freezer zone staffed partly by Vietnamese technical intern trainees. "
        "Her direct manager is Mori-kachō; the centre head Kondo started monthly skip-level 1:1s with shift leaders this autumn. "
        "She has asked Kondo for replacement cold-protection gloves and to attend a safety training in Tokyo in February, which he referred back to Mori, who seemed lukewarm. "
        "Kondo's priorities are zero mis-shipments over the year-end peak and keeping truck waiting times under two hours; she sent him berth waiting-time data and her double-scan change cut mis-shipments to zero. "
        "She hopes to be promoted to kakarichō next year and needs three more agency staff for 20-30 December. "
        "The delicate matter: interns have been doing inventory after clocking out, apparently on Mori's instruction, and raising it with Kondo would mean going over her own manager's head.",
        logged=(
            Logged(
                G,
                "ベトナム語の安全掲示 作成して冷凍エリアに貼った Linhさんに翻訳チェックしてもらった",
                54,
                DONE,
            ),
            Logged(
                A, "近藤センター長に防寒手袋の追加お願い (冷凍-25度 今のは穴あき) 見積もり待ち", 49
            ),
            Logged(P, "センター長: 年末は誤出荷ゼロ トラック待機2h以内 (2024年問題)", 45),
            Logged(W, "10月の誤出荷 3件 -> 0件!! ダブルスキャン効果 ✌️", 33),
            Logged(
                A, "2月の安全衛生研修 (東京) 行きたいって伝えた 'まず課長と相談して' とのこと", 30
            ),
            Logged(N, "森課長にも研修の話したけど反応うすい...", 27),
            Logged(F, "バース予約の待機時間データまとめてセンター長に送る", 22, DONE),
            Logged(G, "待機時間データ送付 平均1h40m 火曜だけ2h超え", 18, DONE),
            Logged(
                N,
                "また実習生 (Tuanさん Hoaさん) が打刻後に棚卸ししてた 森課長の指示らしい これサビ残じゃん",
                14,
            ),
            Logged(W, "無災害200日達成 🎉 朝礼で表彰された", 10),
            Logged(N, "リーチ2号機 バッテリー弱い 午後もたない", 8),
            Logged(F, "年末シフト 12/20-30 人足りない 派遣あと3人?", 6),
            Logged(AG, "手袋の件どうなった?", 3),
            Logged(AG, "研修2月 OKもらえるか + 係長の話も少しだけ", 2),
            Logged(AG, "実習生の打刻の件... 森さん飛び越える形になるけど言うべき? 言い方考える", 1),
            Logged(AG, "年末 派遣3名の予算", 0.5),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CA_genevieve_policy_gatineau",
        "Geneviève",
        "senior policy analyst (EC-05), federal department, Gatineau",
        "get into the EX-01 pool and land an acting director assignment by spring",
        "Nadia",
        "Nadia Haddad, the Director General of Geneviève's branch, two levels up, who has agreed to sponsor her for executive roles.",
        Role.SPONSOR,
        monthly(1, 0),
        time(8, 30),
        "Geneviève is a 38-year-old francophone senior policy analyst in a federal department in Gatineau, working on Employment Insurance modernisation. "
        "Her DG, Nadia, sponsors her and meets her on the first Monday of each month; Nadia's top priority is the memorandum to Cabinet due to PCO on 11 December. "
        "Geneviève asked Nadia to put her forward for the acting director role when her director Luc goes on leave around February, and she has passed the written exam for the EX-01 pool with an interview in January. "
        "She wrote Nadia's Senate committee speaking notes and covered a deputy minister briefing for her; rumours of workforce adjustment in January are making her team nervous. "
        "The delicate matter: she is pregnant, due 14 June, and has not told Nadia; she is unsure whether to say so before or after the acting decision.",
        logged=(
            Logged(
                A,
                "asked Nadia to put my name fwd pour l'intérim de directeur quand Luc part en congé (fév?)",
                57,
            ),
            Logged(
                G, "speaking notes pour comparution au Sénat - Nadia a dit 'parfait' 👍", 50, DONE
            ),
            Logged(
                P,
                "Nadia: MC modernisation AE doit partir au BCP le 11 déc. everything else secondary",
                46,
            ),
            Logged(W, "ADM approved the MC deck sans changements!! first time ever lol", 39),
            Logged(
                A,
                "lui ai demandé du feedback sur mon exam écrit EX pool - she'll 'look into it'",
                34,
            ),
            Logged(N, "rumeurs WFA / réaménagement des effectifs en jan. équipe nerveuse", 29),
            Logged(
                F,
                "send Nadia 1-pager on my leadership stuff (ELDP etc) before her talent mgmt cttee",
                25,
                DONE,
            ),
            Logged(N, "rdv sage-femme ok, tout va bien 💛 due 14 juin", 21),
            Logged(
                N,
                "si je dis que je suis enceinte avant la décision sur l'intérim...? legally it can't matter mais on sait",
                18,
            ),
            Logged(G, "covered briefing au SM pour Nadia (elle était malade), went ok", 13, DONE),
            Logged(W, "pool: passed written, entrevue en janvier!!", 9),
            Logged(
                F,
                "prep entrevue - demander à Nadia qui siège sur le panel? (is that even ok to ask)",
                7,
            ),
            Logged(AG, "intérim Luc - où on en est? timing", 3),
            Logged(AG, "WFA - quoi dire à mon équipe, qu'est-ce que je peux dire", 2),
            Logged(AG, "grossesse - lui dire maintenant ou après la décision? 😬", 1),
        ),
        tz="America/Toronto",
    ),
    Persona(
        "CA_priya_pathologist_hyderabad",
        "Priya",
        "postdoc plant pathologist at a crop research institute, Patancheru, Hyderabad",
        "first-author wilt screening paper submitted by March, then apply for Ramalingaswami fellowship",
        "Arjun",
        "Arjun, a fellow postdoc in the genomics lab and co-lead on their joint chickpea wilt resistance project.",
        Role.PEER,
        weekly(1),
        time(11, 30),
        "Priya is a 33-year-old postdoc plant pathologist at a crop research institute near Hyderabad; she and Arjun, a genomics postdoc, co-lead a chickpea Fusarium wilt project and sync every Tuesday. "
        "She designed and ran the screening of 280 lines and found 12 strongly resistant ones; Arjun promised to run the GWAS on her data and to put the resequencing VCF files on the shared server, which has not happened yet. "
        "She lent him greenhouse benches and trained his intern; his own priority is a fellowship progress report due 15 December that he wants her data in. "
        "Her fellowship ends in March 2027 and the Ramalingaswami call closes 31 January, so she needs the paper at least submitted. "
        "The delicate matter: she saw his draft conference abstract listing him as first author and her second, without asking her, and they share an office.",
        logged=(
            Logged(
                A,
                "asked Arjun to run GWAS on wilt scores once phenotyping done. he said 'haan pakka, after Diwali'",
                55,
            ),
            Logged(G, "gave Arjun 2 benches in GH-3 for his heat stress trial till Dec", 51),
            Logged(W, "phenotyping done!! 280 lines x 3 reps. 12 lines solid resistant 🌱", 41),
            Logged(G, "trained his intern Sneha on root dip inoculation, 2 full days", 36, DONE),
            Logged(
                P, "Arjun: his fellowship progress report due 15 Dec, wants wilt data in it", 31
            ),
            Logged(
                N,
                "GH-3 AC tripped again sat night, temp 38. lost some seedlings of batch 2 😤 complaint raised w estate",
                27,
            ),
            Logged(F, "send Arjun cleaned phenotype sheet (BLUPs) by mon", 24, DONE),
            Logged(
                A,
                "VCF files from resequencing - asked him to put on server folder. still not there yaar",
                17,
            ),
            Logged(
                N,
                "saw his abstract draft for the Jan plant path conf - Arjun first author, me 2nd. wasnt even asked?? its MY screening",
                12,
            ),
            Logged(
                N,
                "ok maybe he thinks GWAS is the main part... but whole design is mine. how to say without making it weird, we share office 🙃",
                11,
            ),
            Logged(F, "ask Dr Rao re authorship norms? or first talk to A directly", 8),
            Logged(W, "Sneha's inoculation on her own batch worked, 90% infection in checks 👍", 5),
            Logged(
                N,
                "fellowship ends Mar 2027. Ramalingaswami call closes 31 Jan, need paper atleast submitted",
                4,
            ),
            Logged(AG, "GWAS timeline - need results by mid Dec, for my app + his report", 2),
            Logged(AG, "VCF files on server pls", 1),
            Logged(
                AG,
                "authorship - conf abstract + paper. talk calmly. propose me first on paper, him first on GWAS methods note?",
                0.6,
            ),
        ),
        tz="Asia/Kolkata",
    ),
)
