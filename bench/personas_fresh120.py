# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DS), rated in round 65 at this stop's start and after its language changes (`bench/reviews/round65_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH120 = (
    Persona(
        "DS_Mette_wind_turbine_technician_Esbjerg",
        "Mette",
        "Vindmølletekniker (service)",
        "Vil gerne tage GWO-instruktøruddannelsen og på sigt blive servicekoordinator",
        "Henrik",
        "Teamleder, Service Vest (onshore service team lead), my manager",
        Role.MANAGER,
        weekly(1),
        time(15, 0),
        "Mette is a 31-year-old onshore wind turbine service technician working out of the Esbjerg depot, the only woman on a crew of nine. "
        "She meets her team lead Henrik weekly on Tuesdays at 15:00 when the crews are back; the next 1:1 is Tuesday 1 December 2026. "
        "Delicate matter: her senior crew partner Jesper (J), who has worked with Henrik for 15 years and is his friend, twice climbed without checking the rescue kit and clipped in late (WTG-14 on 28 Oct, WTG-09 on 13 Nov); she told him once and he laughed it off, and now new apprentice Sami has noticed too (23 Nov). She fears being seen as a snitch, but Henrik's own priority is zero lost-time incidents. "
        "Open asks: the GWO Advanced Rescue Training course, asked 12 Oct, answer 'not this year, budget is spent, raise it in January'; a size S harness because the M one rides up, asked 23 Oct, Henrik said he'd order it, chased on 16 Nov ('it's on its way', the third time she asked), still not arrived. "
        "She owes Henrik the gearbox oil-sample report for WTG-07 by Friday 27 November. "
        "Wins: she found a cracked blade-bearing bolt on WTG-22 (19 Oct) and the customer wrote to thank Henrik; she closed WTG-07, -11 and -12 in two days, three services ahead of plan (20 Nov). "
        "Given: she covered Henrik's weekend on-call when his daughter was sick (2 Nov) and trained the two new apprentices on the hydraulic torque wrench at his request (5 Nov); she sent him the bolt photos for the damage report (done). "
        "Henrik's priorities: availability above 97% before New Year and no LTIs (said 5 Oct), and all 40 annual services closed before Christmas despite the wind backlog (9 Nov). "
        "From this 1:1 she needs a name on the January rescue course, the harness actually delivered, and a safe way to raise the climbing-safety issue without it becoming about Jesper personally.",
        logged=(
            Logged(
                P,
                "Henrik på tavlemødet: tilgængelighed over 97% inden nytår + ingen LTI'er. det er det eneste ledelsen kigger på",
                52.3,
            ),
            Logged(
                A,
                "spurgt H om GWO ART kursus (advanced rescue) → 'ikke i år, budgettet er brugt, tag den op igen i januar'",
                45.2,
            ),
            Logged(
                W,
                "WTG-22 årseftersyn: fandt revnet bolt i vingelejet!! kunden skrev til H og takkede 💪",
                38.3,
            ),
            Logged(
                F, "send billeder af bolten + momentmålinger til H til skaderapporten", 37.9, DONE
            ),
            Logged(
                A,
                "bedt H om ny sele str S, den gamle M glider op over skuldrene → 'jeg bestiller den'",
                34.2,
            ),
            Logged(
                N,
                "WTG-14: J klatrede uden at tjekke redningssættet og klikkede først ind ved 2. platform. sagde det til ham, han grinede bare 'sådan har vi altid gjort det'",
                28.8,
            ),
            Logged(G, "tog H's weekendvagt lør/søn, hans datter var syg", 24.1),
            Logged(
                G,
                "lærte de 2 nye lærlinge (Oliver + Sami) hydraulisk momentnøgle, H bad om det",
                21.3,
            ),
            Logged(P, "H: alle 40 årseftersyn SKAL lukkes før jul, vi er bagud pga blæsten", 17.2),
            Logged(
                N,
                "J gjorde det samme på WTG-09 i dag. han og H har været på hold sammen i 15 år... ved ikke om jeg skal sige noget. gider ikke være hende der sladrer",
                12.9,
            ),
            Logged(A, "rykket H for selen igen → 'den er på vej' (3. gang jeg spørger)", 10.2),
            Logged(F, "olieprøve-rapport gearkasse WTG-07 til H senest fre 27/11", 8.1),
            Logged(W, "07 + 11 + 12 lukket på 2 dage, 3 eftersyn foran planen", 6.3),
            Logged(
                N,
                "Sami spurgte mig stille om det er normalt at man ikke tjekker redningsudstyret 😬 han har set J gøre det",
                3.2,
            ),
            Logged(
                AG,
                "til tirs: ART kursus jan - kan vi sætte mit navn på nu? / selen!! / sikkerhed på 14 og 09 (hvordan siger jeg det uden at det handler om J?)",
                1.1,
            ),
        ),
        tz="Europe/Copenhagen",
    ),
    Persona(
        "DS_Rizky_warehouse_supervisor_Surabaya",
        "Rizky",
        "Supervisor Gudang",
        "pengen jadi Kepala Gudang dlm 2 thn, atau pindah ke supply chain planning",
        "Bu Ratna",
        "Kepala Cabang (branch head), my skip-level manager",
        Role.SKIP,
        biweekly(2),
        time(13, 30),
        "Rizky is a 28-year-old warehouse supervisor at an FMCG distributor's branch warehouse in Sidoarjo, Surabaya, running two shifts of about 40 people. "
        "His direct boss is the warehouse head Pak Agus; he has a skip-level 1:1 every other Wednesday at 13:30 with the branch head Bu Ratna, next on Wednesday 9 December 2026. "
        "Delicate matter: at the October stock count Pak Agus told him to record about 60 cartons of leaking cooking oil and crushed boxes as good stock so shrinkage stayed under the 0.3% target, and Rizky signed the count sheet himself; on 14 Nov Agus told him not to mention it and that they'd 'fix it themselves' before the audit, the damaged goods are still at the back of block F, and the regional auditors come on 11 January. Raising it with Bu Ratna means going over his own boss, who writes his appraisal. "
        "Open asks: SIO forklift operator certification for Dedi, Yanto and Rahmat (asked 29 Sep, she said send a proposal to HR cc her; he sent it, done, but HR has not replied four weeks later); two extra helpers for the Christmas/New Year peak (asked 27 Oct, answer 'let's see December volume'). "
        "He owes her an overtime recap per shift before Wednesday 9 December. "
        "Wins: rack relabelling and ABC slotting cut picking errors from 1.8% to 0.6% (10 Oct); on-time delivery 98.2% this week, best in the branch (17 Nov). "
        "Given: he prepared stock-ageing and count-variance data for her regional review, working until 22:00 (22 Oct), and ran a Saturday 5R session for the night shift with 18 people (6 Nov). "
        "Bu Ratna's priorities: stock accuracy before the January annual audit and at least 97% OTD to the Alfamart/Indomaret DCs (28 Sep), and warehouse overtime down 15% next month because head office complained (10 Nov) — which clashes with his helper request. "
        "From this 1:1 he needs HR unblocked on SIO, a decision on peak helpers, a realistic overtime target, and courage and a way to raise the stock-count issue.",
        logged=(
            Logged(
                P,
                "1on1 bu Ratna: fokus Q4 = akurasi stok sblm audit tahunan Jan + OTD ke DC Alfa/Indomaret min 97%",
                58.3,
            ),
            Logged(
                A,
                "minta ke bu R sertifikasi SIO forklift utk Dedi, Yanto, Rahmat → 'bikin proposal ke HRD ya, cc saya'",
                58.2,
            ),
            Logged(F, "kirim proposal SIO ke HRD cc bu R", 55.1, DONE),
            Logged(
                W, "relabel rak + slotting ABC beres, picking error turun dr 1,8% ke 0,6% 🔥", 47.4
            ),
            Logged(
                N,
                "SO okt: pak A suruh minyak goreng bocor + karton penyok 60an dus dicatat 'good' biar shrinkage gk lewat 0,3%. sy yg ttd lembar hitungnya. gk enak bgt",
                40.2,
            ),
            Logged(
                G,
                "bantu bu R siapin data aging stok + selisih SO buat review regional, lembur smp jam 10 mlm",
                35.1,
            ),
            Logged(
                A,
                "tanya bu R soal tambahan helper 2 org utk peak Nataru → 'nanti lihat volume Desember ya Riz'",
                30.2,
            ),
            Logged(N, "HRD blm bales proposal SIO. udh 4 mgg", 26.3),
            Logged(G, "sabtu isi sesi 5R buat tim shift malam, 18 org dtg", 20.1),
            Logged(
                P, "bu R di grup WA: lembur gudang hrs turun 15% bln depan, pusat komplain", 16.4
            ),
            Logged(
                N,
                "pak A: 'yg kemarin jgn dibahas2 ya, nanti sblm audit kita beresin sendiri'. barangnya masih di rak belakang blok F",
                12.2,
            ),
            Logged(W, "OTD minggu ini 98,2%, tertinggi se-cabang", 9.3),
            Logged(F, "rekap OT per shift hrs udh ke bu R sblm rabu 9/12", 5.2),
            Logged(
                N,
                "auditor regional turun 11 Jan. kalo ketauan selisihnya, nama sy yg di lembar SO 😟",
                3.1,
            ),
            Logged(
                AG,
                "1on1 bu R: SIO (HRD diem aja) / helper Nataru / OT turun 15% tp volume naik gmn?? / soal SO okt... ngomong gk ya",
                1.2,
            ),
        ),
        tz="Asia/Jakarta",
    ),
    Persona(
        "DS_Agnieszka_veterinarian_Wroclaw",
        "Agnieszka",
        "lekarz weterynarii (małe zwierzęta)",
        "Specjalizacja z chirurgii weterynaryjnej, za 3-4 lata własny gabinet",
        "dr Kowalczyk",
        "Veterinary surgeon and university lecturer (dr hab.), my mentor",
        Role.MENTOR,
        monthly(2, 1),
        time(18, 30),
        "Agnieszka is a small-animal vet, three years after graduation, working at a private clinic in Wrocław owned by dr Marek Zieliński, and doing her surgery specialisation. "
        "Her mentor is dr hab. Barbara Kowalczyk, a veterinary surgeon and lecturer at the university, her former supervisor; they meet monthly on the second Tuesday at 18:30, next on Tuesday 8 December 2026. "
        "Delicate matter: a corporate chain, VetPlus, offered her a surgical post with about 30% more pay, two surgical training days a month and no night shifts; the written offer came on 20 Nov and she must answer by 15 December. But dr Kowalczyk studied with Marek, Marek contributed 4,000 zł to her specialisation course, she does not know if her contract makes her repay it, and dr Kowalczyk told her in September to finish the specialisation before changing jobs. She is also exhausted by repeated night shifts (three in a row on 18 Oct). "
        "Open asks: assisting at TPLO surgeries, asked 30 Sep, answer 'yes, Thursdays from January, I'll tell you which'; a review of her perineal urethrostomy (PU) cat case report for the Poznań conference, asked 6 Nov, answer 'send it by the end of November'. "
        "She owes the case report by 30 November; the abstract deadline is 10 December. "
        "Wins: her first solo splenectomy (7 Oct) and passing module II of the specialisation with 76% (24 Oct). "
        "Given: she translated a JAVMA analgesia article for the mentor's students (13 Oct) and helped all Saturday at the mentor's suturing workshop for fifth-year students (4 Nov). "
        "Mentor's priorities: finish the specialisation first, and publish something this year. "
        "From this session she needs feedback on the case report, a date for TPLO, and honest advice on the VetPlus offer — if she dares to raise it given the mentor's friendship with Marek.",
        logged=(
            Logged(
                P,
                "dr Kowalczyk: 'najpierw skończ specjalizację, potem kombinuj z pracą'. + chce żebym w tym roku coś opublikowała",
                57.1,
            ),
            Logged(
                A,
                "zapytałam dr K. czy mogę asystować przy TPLO → 'tak, czwartki od stycznia, dam znać którego'",
                57.0,
            ),
            Logged(
                W,
                "pierwsza samodzielna splenektomia (owczarek, 9 lat) – pies wyszedł do domu w 3. dobie 🙌",
                50.4,
            ),
            Logged(
                G, "przetłumaczyłam dla dr K. artykuł z JAVMA o analgezji, dla jej studentów", 44.2
            ),
            Logged(
                N, "3 noce dyżuru pod rząd znowu. Marek: 'nie mam kim obsadzić'. ledwo żyję", 39.3
            ),
            Logged(W, "zdany moduł II spec. 🎉 76%", 33.1),
            Logged(
                N,
                "telefon z VetPlus – chcą mnie na chirurgię, +30%, 2 dni szkoleń chir./mies., bez nocek. oferta pisemna, decyzja do 15.12",
                27.2,
            ),
            Logged(G, "warsztaty szycia dla V roku u dr K., sobota 9-15", 22.0),
            Logged(
                A,
                "czy dr K. zerknie na mój opis przypadku (PU u kota) na konferencję w Poznaniu → 'wyślij do końca listopada'",
                20.1,
            ),
            Logged(
                N,
                "dr K. i Marek byli razem na roku, a on dorzucił mi 4 tys. do kursu spec. jak ja mam jej powiedzieć o VetPlus??",
                15.3,
            ),
            Logged(F, "case report PU do dr K. do 30.11 !! abstrakt Poznań do 10.12", 11.2),
            Logged(
                N,
                "VetPlus przysłało ofertę mailem. UoP, ale zwrot za kurs spec. 'do ustalenia'",
                6.1,
            ),
            Logged(F, "sprawdzić w umowie z Markiem czy jest lojalka za kurs", 4.2),
            Logged(
                AG,
                "na 8.12: feedback do case reportu / TPLO - który czwartek? / VetPlus - pytać ją czy nie?? / nocki",
                1.5,
            ),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "DS_Lupita_process_engineer_Guadalajara",
        "Lupita",
        "Ingeniera de procesos SMT / supervisora de línea",
        "Certificarme como Black Belt y llegar a gerente de producción antes de los 35",
        "Memo",
        "Ing. Guillermo Ruiz, quality engineer on the same SMT lines, my peer",
        Role.PEER,
        weekly(4),
        time(9, 30),
        "Lupita (Guadalupe) is a 29-year-old SMT process engineer and line supervisor at an electronics contract manufacturer in El Salto, Guadalajara, owning lines 3 and 4. "
        "Every Friday at 9:30 she has a coffee 1:1 with her peer Memo (Ing. Guillermo Ruiz), the quality engineer for the same lines; the next one is Friday 27 November 2026. "
        "Delicate matter: on 7 Nov Memo told her in confidence that he has signed with a rival plant in Tlajomulco and starts on 18 January; since then their boss Ing. Salazar has made the two of them joint owners of the January–June scrap-reduction project (12 Nov), asked her in the corridor whether Memo is happy (she said she didn't know, 16 Nov), and wants the project plan with names and dates by 4 December. "
        "Open asks: weekly AOI defect data by line every Monday, asked 6 Oct, Memo said yes but has missed it at least three times so she pulls it herself; come with her to the customer audit preparation on Thursday 3 December, asked 18 Nov, answer 'yes, unless the PPAP lands on me'; her Black Belt charter review is done (he said the scope is too big). "
        "She owes Memo the pre-audit findings list before Tuesday 1 December. "
        "Wins: a stencil aperture change on 0402 parts cut tombstoning on line 4 from 2,100 to 380 ppm (21 Oct) and zero customer complaints on her lines in October. "
        "Given: she built Memo a scrap dashboard in Power BI and taught him to refresh it (12 Oct), and presented the line 2 8D to the customer when he had a fever (29 Oct). "
        "Memo's priorities: the PPAP for the new automotive connector due 11 December, and closing customer complaints. "
        "From this coffee she needs to know when Memo will tell Salazar, how to write the scrap plan without lying or betraying him, the AOI data, and his commitment for the 3 December audit.",
        logged=(
            Logged(
                P,
                "Memo: su prioridad es el PPAP del conector nuevo (cliente automotriz), vence 11 dic. anda hasta el gorro",
                54.2,
            ),
            Logged(
                A, "le pedí a Memo los datos de AOI x línea cada lunes → 'va, te los mando'", 51.1
            ),
            Logged(
                G,
                "le armé a Memo el dashboard de scrap en Power BI y le enseñé a actualizarlo",
                45.3,
            ),
            Logged(
                A,
                "pedí a Memo q revisara mi charter de Black Belt → me lo regresó con comentarios, dice q el alcance está muy grande",
                40.2,
                DONE,
            ),
            Logged(
                W,
                "L4: cambiamos apertura de esténcil en 0402 y el tombstoning bajó de 2,100 a 380 ppm 🙌",
                36.1,
            ),
            Logged(N, "lunes sin datos de AOI otra vez (3a vez). los saqué yo del sistema", 31.4),
            Logged(G, "presenté yo el 8D de la L2 al cliente xq Memo estaba con fiebre", 28.2),
            Logged(W, "octubre: cero quejas de cliente en mis líneas", 24.3),
            Logged(
                N,
                "Memo me contó en la comida q ya firmó con la planta de Tlajomulco, entra el 18 de enero. me pidió q no le diga a nadie todavía 🤐",
                19.1,
            ),
            Logged(
                P,
                "Ing. Salazar: quiere q Memo y yo llevemos juntos el proyecto de reducción de scrap ene-jun. 'son mi dupla'",
                14.2,
            ),
            Logged(
                N,
                "Salazar en el pasillo: 'oye y Memo anda contento? lo veo raro'. le dije q no sé 😣",
                10.1,
            ),
            Logged(
                A,
                "le pregunté a Memo si me acompaña a la prep de la auditoría del cliente el jue 3/12 → 'sí, si no me cae lo del PPAP'",
                8.2,
            ),
            Logged(
                F, "mandarle a Memo la lista de hallazgos de la pre-auditoría antes del martes", 3.3
            ),
            Logged(
                N,
                "Salazar quiere el plan del proyecto de scrap con nombres y fechas para el 4 dic. ¿pongo a Memo o no??",
                2.1,
            ),
            Logged(
                AG,
                "café con Memo vie: ¿cuándo le va a decir a Salazar? / plan de scrap para el 4 / datos AOI / auditoría jueves",
                0.9,
            ),
        ),
        tz="America/Mexico_City",
    ),
    Persona(
        "DS_Saki_construction_site_manager_Osaka",
        "沙紀",
        "施工管理（建築）",
        "現場所長になって、いずれは女性所長の育成にも関わりたい",
        "松岡部長",
        "Head of the Building Construction Department (部長), my sponsor",
        Role.SPONSOR,
        biweekly(3),
        time(17, 30),
        "Saki Nakamura is a 33-year-old construction site engineer (施工管理) at a general contractor's Osaka branch, eight years in, currently on a condominium project. "
        "Her sponsor is Matsuoka-buchō, head of the building construction department, who meets her every other Thursday at 17:30; the next meeting is today, Thursday 26 November 2026. "
        "Delicate matter: on 12 Oct Matsuoka told her he wants her as site chief (所長) of the new Ibaraki logistics warehouse starting construction in April, the company's first female site chief; she learned she is pregnant on 24 Oct, due around end of June, maternity leave would start about mid-May, and the doctor said the stable period begins mid-December. Only her husband knows, she suspects people on site noticed her morning sickness, and on 23 Nov she heard Matsuoka told the executives 'it's decided, Nakamura'. "
        "Open asks: company payment of the 1st-class construction management exam course, asked 28 Sep, approved and filed (done); an introduction to the client's PM for the warehouse, asked 29 Oct, answer 'I'll introduce you at next month's regular meeting'; Tamura-san as her deputy site chief, asked 11 Nov, answer 'I'll consider it, but others want Tamura too'. "
        "She owes Matsuoka a draft outline schedule for Ibaraki by 3 December. "
        "Wins: the condominium structural work finished five days early with zero accidents (7 Oct) and she passed the first-stage 1st-class exam (14 Nov). "
        "Given: at his request she presented fall-prevention cases at the department safety convention (19 Oct) and taught new hires Satō and Kinoshita to draw process schedules (3 Nov). "
        "Matsuoka's priorities: two closed days a week on every site (4週8閉所) under the overtime cap, winning the warehouse on time, and putting a woman in a site chief role. "
        "From today she needs the client PM intro date, an answer on Tamura, and to decide how much to tell him about her pregnancy before the executives lock the plan.",
        logged=(
            Logged(
                P,
                "松岡部長：来年度は4週8閉所を全現場で必達。残業上限の件で本社がうるさいらしい",
                59.2,
            ),
            Logged(A, "部長に1級の講習費 会社負担お願い → OK出た、総務に申請済み", 56.3, DONE),
            Logged(W, "〇〇レジデンス 躯体 予定より5日前倒しで完了！労災ゼロ継続", 49.4),
            Logged(
                P,
                "部長「茨木の物流倉庫、所長は中村でいこうと思ってる。4月着工。うちの女性所長第1号にしたい」",
                45.1,
            ),
            Logged(G, "部長に頼まれて部内安全大会で墜落防止の事例発表。反応よかった", 38.2),
            Logged(N, "検査薬 陽性。。たぶん6月末予定。まだ誰にも言ってない（夫だけ）", 33.0),
            Logged(A, "施主側PMを紹介してほしいとお願い →「来月の定例で紹介する」", 28.1),
            Logged(
                G, "新人の佐藤くん・木下さんに工程表の引き方教えた（部長から頼まれてたやつ）", 23.2
            ),
            Logged(N, "つわりで朝礼きつい。職長さんに顔色悪いって言われた、気づかれたかも", 19.3),
            Logged(
                A,
                "副所長に田村さんを付けてほしいと相談 →「検討する。でも田村は他からも欲しがられてる」",
                15.1,
            ),
            Logged(W, "1級建築施工管理技士 一次検定 合格通知きた🎉", 12.2),
            Logged(
                N,
                "病院：安定期は12月中旬以降。産休は5月半ばからになりそう。4月着工と丸かぶり…",
                8.1,
            ),
            Logged(F, "部長に茨木の概算工程（案）送る 12/3まで", 6.2),
            Logged(
                N,
                "部長が役員に「中村で決まり」と言ったらしい（田村さん情報）。早く言わないとまずい？でもまだ安定期前",
                3.1,
            ),
            Logged(
                AG,
                "今日17:30 部長1on1：施主PM紹介いつ？／田村さんの件／工程案12/3／体のこと…どこまで話す？",
                0.4,
            ),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DS_Achieng_relationship_officer_Kisumu",
        "Achieng",
        "Relationship Officer (Credit)",
        "Move into SME credit next year and be a Credit Manager by 2028",
        "Mr. Owino",
        "Branch Manager, my manager",
        Role.MANAGER,
        weekly(0),
        time(8, 0),
        "Achieng Odhiambo is a 30-year-old credit relationship officer at a microfinance bank's Kisumu branch, handling individual and group (chama) loans. "
        "She meets her branch manager Mr. Owino weekly on Mondays at 8:00 before the banking hall opens; the next 1:1 is Monday 30 November 2026. "
        "Delicate matter: her mother had a mild stroke in mid-October and is now home in Siaya with physiotherapy twice a week that her sister cannot cover alone; Owino refused early Fridays (sent her to HR, which offers only annual leave — 9 days left), and a relationship-officer vacancy at the Siaya branch opens in January, which would solve the family problem but might kill her chance at the regional SME Credit Officer role she is applying for. A colleague, Kevin, is also applying for that role and Owino took him, not her, to a county government meeting (10 Nov). "
        "Open asks: Owino's recommendation for the SME role, asked 2 Nov, answer 'let's see your Q4 numbers first'; the application closes Friday 11 December and needs his sign-off on the form. Early Fridays, asked 19 Oct, refused. "
        "She sent him the updated recovery list as promised (done). "
        "Wins: October disbursement KES 18.2M, 112% of her target (7 Oct), and PAR30 in her book down from 7.2% to 4.1% after a recovery drive (28 Oct). "
        "Given: she trained the whole team on the new loan origination system module when IT did not show up (12 Oct) and manned the bank's stand at the Kisumu ASK show over a weekend, opening 31 accounts (6 Nov). "
        "Owino's priorities: branch Q4 disbursement of KES 55M and PAR30 below 5% by 31 December (27 Sep), and a chama recruitment drive 1–15 December with three new groups per officer (19 Nov). "
        "From this 1:1 she needs the recommendation and sign-off before the 11th, some flexibility for her mother, and to judge whether to mention the Siaya vacancy without hurting her SME chances.",
        logged=(
            Logged(
                P,
                "BM Owino Q4: branch disbursement 55M, PAR30 below 5% by Dec 31. 'no excuses this time'",
                60.2,
            ),
            Logged(W, "October disbursement 18.2M = 112% of my target 💪", 50.3),
            Logged(
                G,
                "trained the whole team on new LOS module, Owino asked me since IT guys didn't show up",
                45.2,
            ),
            Logged(
                N,
                "Mum had a mild stroke, admitted Siaya County Referral. nilienda shags weekend",
                40.9,
            ),
            Logged(
                A,
                "asked Owino if I can leave early on Fridays to check on mum → 'talk to HR, branch can't be short on Fridays'",
                38.1,
            ),
            Logged(N, "HR: only annual leave, no flexi for ROs. 9 days left 😩", 33.2),
            Logged(W, "PAR30 my book down from 7.2% to 4.1% after recovery drive", 29.3),
            Logged(F, "send Owino updated recovery list by Wed", 29.2, DONE),
            Logged(
                A,
                "told Owino I'm applying for SME Credit Officer (regional), asked him to recommend me → 'let's see your Q4 numbers first'",
                24.1,
            ),
            Logged(G, "manned our stand at Kisumu ASK show Sat+Sun, 31 new accounts", 20.0),
            Logged(
                N,
                "Kevin also applying for SME. Owino took him to the county govt meeting yesterday, not me 🙄",
                15.2,
            ),
            Logged(
                N,
                "Siaya branch RO vacancy from Jan (Mercy leaving). transfer = mum sorted but SME chance gone??",
                12.3,
            ),
            Logged(F, "SME application closes Fri 11/12 – need Owino's sign-off on the form", 9.1),
            Logged(P, "Owino: chama recruitment drive Dec 1-15, each RO 3 new groups", 7.2),
            Logged(N, "mum discharged, physio 2x a week in Siaya. sis can't manage alone", 4.1),
            Logged(
                AG,
                "Mon 1:1: recommendation + sign-off before 11th / Fridays for mum (ask again?) / Siaya vacancy - mention or not / 3 chamas",
                1.0,
            ),
        ),
        tz="Africa/Nairobi",
    ),
)
