# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind (set DW), rated in round 67 at this stop's start and end (`bench/reviews/round67_*`)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH124 = (
    Persona(
        "DW_efua_warehouse_tema",
        "Efua",
        "Warehouse shift supervisor (cold-chain logistics)",
        "I want to run my own site. The new Kumasi depot opening in April 2027 is my chance to be ops lead.",
        "Mr. Owusu",
        "Operations Director, my manager's manager",
        Role.SKIP,
        monthly(1, 3),
        time(10, 0),
        "Efua Mensah, 36, supervises the day shift (22 people) at a cold-chain logistics warehouse in Tema, Ghana; "
        "her direct manager is Mr. Boateng (warehouse manager) and she has a monthly skip-level with Mr. Owusu, the "
        "Operations Director, on the first Thursday; the next one is Thursday 3 December 2026 at 10:00. "
        "At the 1 Oct 1:1 Owusu said the Kumasi depot opens in April 2027 and he wants people who can run a site end "
        "to end; when she asked to be considered for ops lead he told her to put it in writing and talk in December, "
        "so she is drafting that letter (wants it done by Sun 29 Nov). "
        "On 5 Nov he set his priorities: Christmas peak readiness (peak starts 7 Dec), no overtime blowout, and the "
        "client audit on 14 Jan; he also agreed to forklift certification for three of her staff if she sends names "
        "and a quote by 30 Nov, which she still has to chase. "
        "Delicate: during a power cut on the night of 18 Nov the generator failed for about 3 hours and the reefer "
        "bay 2 temperature logs (pharma product) are blank; Boateng told her to fill them in with normal readings. "
        "She does not want to falsify records but fears going over her manager's head. "
        "Wins: zero mis-picks on her shift in the October stock audit (99.6%) and a new FIFO labelling system that "
        "cut picking time ~15%. She covered a colleague's night shifts and sent Owusu the peak staffing plan. "
        "Her request to Boateng for two casual workers for peak is unanswered. "
        "From this 1:1 she needs a safe way to raise the temperature-log issue and a real conversation about Kumasi.",
        logged=(
            Logged(
                P,
                "Owusu 1/10: Kumasi depot opens Apr 2027, wants ppl who can run a site end to end",
                56,
            ),
            Logged(
                A,
                "asked to be considered for Kumasi ops lead → 'put it in writing, we talk in Dec'",
                56,
            ),
            Logged(
                A,
                "asked for 2 more hand scanners for my shift → approved, arrived 12 Nov",
                42,
                DONE,
            ),
            Logged(W, "Oct stock audit: 0 mispicks on my shift, 99.6% accuracy 💪", 27),
            Logged(G, "covered Yaw's night shift 3 nights when his wife delivered", 24),
            Logged(
                P,
                "Owusu 5/11: Xmas peak readiness top prio, client audit 14 Jan. no overtime blowout",
                21,
            ),
            Logged(
                A,
                "asked forklift cert for Abena, Kojo, Esi → ok if I send names + quote by 30 Nov",
                21,
            ),
            Logged(G, "sent Owusu the peak staffing plan draft. he replied 'good work' 🙏", 17),
            Logged(F, "get forklift training quote from Toyota Tsusho. due 30/11!!", 16),
            Logged(
                N, "power out 18th nite, gen didnt kick in ~3hrs. reefer bay 2 temp logs blank", 8
            ),
            Logged(
                N,
                "Mr Boateng said just fill the logs w normal readings, 'nobody will check'. not comfortable. it was pharma 😟",
                7,
            ),
            Logged(F, "Kumasi letter draft by Sun", 6),
            Logged(A, "asked Boateng for 2 casuals for peak from 7 Dec → still waiting", 5),
            Logged(W, "FIFO labels live on my shift, picking time down ~15%", 3),
            Logged(
                AG,
                "how do I raise the temp log thing w Owusu without throwing Boateng under the bus? + Kumasi letter",
                0.5,
            ),
        ),
        tz="Africa/Accra",
    ),
    Persona(
        "DW_jono_apprentice_perth",
        "Jono",
        "2nd-year apprentice electrician",
        "get my A-grade licence, do a few yrs FIFO on the mines, then run my own gig",
        "Dazza",
        "Retired master electrician, my mentor through the apprentice mentoring program",
        Role.MENTOR,
        biweekly(1),
        time(17, 30),
        "Jono Pike, 19, is a second-year apprentice electrician in Perth, placed with a residential/commercial "
        "contractor through a group training organisation (GTO). Since 1 Sep 2026 he has met his volunteer mentor "
        "Darren 'Dazza', a retired master electrician with 40 years on the tools, every second Tuesday after work; "
        "the next catch-up is Tuesday 8 December 2026 at 17:30. "
        "Dazza's priorities for him: keep his logbook up to date every week, do the Saturday fault-finding practice "
        "sessions at TAFE (GTO confirmed they cover the cost), and he wants to see the logbook in person next time. "
        "The logbook is about three weeks behind and must be signed off by 15 Dec. "
        "Dazza coached him on RCDs before a TAFE assessment he passed with 84%, and Jono found a pool-pump fault on "
        "his own; Jono helped Dazza clear his shed one Saturday. Dazza deferred being a referee for a FIFO "
        "apprenticeship transfer until Jono is in third year. "
        "Delicate (safety): his leading hand Brett has twice had him work in a live switchboard 'to save time' "
        "without testing before touching, and on 17 Nov he got a tingle off a neutral at a job. He is shaken, "
        "scared that reporting it will cost him his hours, and did not mention it at the 24 Nov catch-up. "
        "From the next catch-up he needs help deciding what to do and who to report it to (GTO, regulator), "
        "and to get the logbook signed off.",
        logged=(
            Logged(N, "first catch up w Dazza. legend. 40 yrs on the tools", 86),
            Logged(P, "Dazza: prio = logbook up to date every wk. every job. no excuses", 86),
            Logged(A, "asked him to go over RCD stuff b4 my TAFE test → did it sat arvo", 72, DONE),
            Logged(W, "TAFE prac assessment passed 84% 🤙", 65),
            Logged(G, "helped dazza move his shed stuff, he shouted lunch lol", 51),
            Logged(
                A,
                "asked if he'd be referee for FIFO apprenticeship transfer → 'talk when ur 3rd yr'",
                44,
            ),
            Logged(P, "dazza 27/10: wants me doing the sat fault finding sessions at TAFE", 30),
            Logged(F, "logbook 3 wks behind. catch up b4 15 Dec signoff", 30),
            Logged(
                W,
                "found the fault on the pool pump circuit at Baldivis by myself. Brett said good job 😂",
                23,
            ),
            Logged(
                A,
                "asked dazza 10/11 if GTO pays for sat sessions → he checked, yes covered",
                16,
                DONE,
            ),
            Logged(
                N,
                "Brett had me in a live board again 'to save time'. no test b4 touch. didnt feel right",
                12,
            ),
            Logged(N, "got a tingle off the neutral at the Rockingham job. fine but shaky tbh", 9),
            Logged(P, "24/11 dazza: wants to see the logbook in person next time", 2),
            Logged(N, "didnt mention the Brett thing on tues. chickened out", 2),
            Logged(
                F,
                "ring GTO field officer re logbook. and the live work thing?? scared it costs me my hours",
                1,
            ),
            Logged(
                AG,
                "tell dazza about live board + tingle. what do i actually do? GTO? Energy Safety?",
                0.3,
            ),
        ),
        tz="Australia/Perth",
    ),
    Persona(
        "DW_yui_careworker_sakai",
        "由衣",
        "介護福祉士（特別養護老人ホーム）",
        "ケアマネの資格を取って、いずれは在宅の相談員になりたい。",
        "田中主任",
        "ユニットリーダー（主任）、直属の上司",
        Role.MANAGER,
        weekly(2),
        time(13, 30),
        "Yui Sato, 31, is a certified care worker (kaigo fukushishi) on the 3rd-floor unit of a nursing home "
        "in Sakai, Osaka. Her direct manager, Tanaka-shunin (unit leader), holds a short 1:1 with her every "
        "Wednesday at 13:30; the next one is Wednesday 2 December 2026. "
        "Tanaka's priorities this term are zero falls and moving care records to a tablet app; January shift "
        "requests are due 10 Dec. Yui sat the care-manager exam on 12 Oct (self-scored borderline) and results "
        "come out 4 Dec. Tanaka approved her place on the January suctioning (kakutan kyuin) training. "
        "She has been training Tien, a new Vietnamese technical intern, on night shifts and wrote a manual for the "
        "records app; she asked whether the home could pay for Tien's Japanese classes and Tanaka said he would "
        "ask the director, with no answer yet. Her unit has had no falls so far in November. "
        "Delicate (family/health): her mother was recently diagnosed with mild dementia and lives alone when Yui "
        "works nights; her brother is in Tokyo. She wants to cut nights from about 4 to 2 a month from January "
        "but has not said anything, fearing it will look like she is not committed. "
        "She needs this 1:1 to raise it before the 10 Dec shift deadline, making clear she is not quitting.",
        logged=(
            Logged(W, "ケアマネ試験終わった！自己採点ギリギリ…😅", 45),
            Logged(P, "田中主任：今期は転倒ゼロと記録の電子化が最優先とのこと", 36),
            Logged(A, "喀痰吸引の研修に行かせてほしいとお願い→1月の枠で申込OK🙆‍♀️", 29, DONE),
            Logged(G, "ティエンさんのOJT、夜勤の流れ一緒に3回やった", 20),
            Logged(G, "記録アプリの使い方マニュアル作って主任に渡した", 15),
            Logged(
                A,
                "ティエンさんの日本語教室の費用、施設で出せないか聞いた→「施設長に聞いてみる」",
                15,
            ),
            Logged(N, "母の物忘れ、病院で軽度認知症と言われた", 12),
            Logged(N, "夜勤のとき母ひとりなのが心配。弟は東京だし…", 10),
            Logged(P, "主任 11/18：1月のシフト希望は12/10までに", 8),
            Logged(W, "3階ユニット、11月まだ転倒ゼロ✨", 8),
            Logged(N, "ケアマネ合格発表 12/4 ドキドキ", 7),
            Logged(F, "夜勤減らしたい件、主任に言う。12/10のシフト希望の前に！", 6),
            Logged(F, "日本語教室の件、施設長の返事まだ。来週また確認", 1),
            Logged(
                AG,
                "母のこと＋夜勤（月4→2回？）どう切り出すか。辞めたいわけじゃないって伝えたい",
                0.4,
            ),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "DW_emre_qualitylead_bursa",
        "Emre",
        "Kalite hat lideri (otomotiv döşeme kumaşı fabrikası)",
        "Vardiya müdürü olmak istiyorum, sonra da fabrika müdürlüğüne kadar gitmek.",
        "Serap Hanım",
        "Fabrika Müdürü, sponsorum (beni vardiya müdürlüğüne öneren kişi)",
        Role.SPONSOR,
        monthly(2, 3),
        time(16, 0),
        "Emre Yıldız, 34, is quality line lead at an automotive seat-fabric factory in Bursa, Turkey. The plant "
        "director, Serap Hanım, is his sponsor: she meets him on the second Thursday of each month and is pushing "
        "him towards the shift manager role; the next meeting is Thursday 10 December 2026 at 16:00. "
        "Her priorities: scrap rate under 3% in 2027 and zero major findings at the customer (Tofaş) audit on "
        "3 Dec (rehearsal audit Tue 1 Dec). On 12 Nov she told him the shift manager posting is opening and to apply; "
        "interviews are on 15 Dec. His 8D report on a customer complaint is due 30 Nov. "
        "The give and take is lopsided: he came in at weekends for a root-cause analysis, built scrap charts for her "
        "management deck on a Sunday night, trained four interns in SPC and updated every control plan for the audit, "
        "while his one ask (Green Belt training) got 'we'll look at the budget' and nothing since. "
        "Wins: October scrap down from 4.1% to 3.4% and line 2 OEE at 78% for the first time. "
        "Delicate: his friend Murat has also applied for the role and told him in confidence that he is in debt and "
        "badly needs the raise. Emre feels torn and must not break the confidence. "
        "He wants to ask Serap for open backing or a reference and chase the Green Belt budget.",
        logged=(
            Logged(
                P, "Serap Hn (8 Ekim): 2027 hedefi fire %3 altı + Tofaş denetiminde sıfır majör", 49
            ),
            Logged(G, "hafta sonu gelip ring 3'teki boya hatasının kök neden analizini yaptım", 41),
            Logged(
                G, "Serap Hn'ın yönetim sunumuna fire grafiklerini hazırladım, pazar gecesi 🙃", 33
            ),
            Logged(W, "Ekim fire oranı %4.1 → %3.4 📉", 26),
            Logged(G, "4 yeni stajyere SPC eğitimi verdim (2 gün)", 20),
            Logged(
                P,
                "12 Kasım: vardiya müdürlüğü ilanı açılıyor, 'başvur' dedi. mülakat 15 Aralık",
                14,
            ),
            Logged(A, "Green Belt eğitimine gönderilmeyi istedim → 'bütçeye bakarız'", 14),
            Logged(G, "Tofaş denetimi için tüm kontrol planlarını güncelledim", 9),
            Logged(
                N,
                "Murat da başvurmuş. kahvede söyledi, borcu varmış, zamma çok ihtiyacı var. 'kimseye söyleme' dedi",
                6,
            ),
            Logged(F, "müşteri şikayeti 8D raporu 30 Kasım'a kadar!!", 5),
            Logged(F, "Tofaş denetimi 3 Aralık, prova denetim 1 Aralık salı", 4),
            Logged(W, "hat 2 OEE %78, ilk kez 🎉", 2),
            Logged(
                AG,
                "Serap Hn: referans/destek isteyebilir miyim? Green Belt bütçesi ne oldu? Murat konusu… açmayacağım",
                0.5,
            ),
        ),
        tz="Europe/Istanbul",
    ),
    Persona(
        "DW_salma_frontdesk_marrakech",
        "Salma",
        "Cheffe de réception adjointe (riad-hôtel 5*)",
        "Devenir Front Office Manager dans un 5 étoiles d'ici 3 ans, inchallah.",
        "Youssef",
        "Chef de réception du riad sœur du groupe, un pair",
        Role.PEER,
        weekly(4),
        time(15, 0),
        "Salma Bennani, 27, is assistant front-office manager at a five-star riad hotel in Marrakech, Morocco. "
        "She has just started using the bot: her counterpart is Youssef, head of reception at the group's sister "
        "riad, a peer she has agreed to meet for coffee every Friday at 15:00 to swap practices; the next coffee is "
        "tomorrow, Friday 27 November 2026. They have met once (20 Nov). "
        "Youssef's priority is the Opera PMS migration on 15 Dec for both properties, and he wants to share "
        "checklists. She sent him her shift-briefing template, which he is adopting; he promised her his procedure "
        "for booking.com no-shows but has not sent it. Win: three guest reviews naming her this week. "
        "Delicate: Royal Mansour has offered her a guest-relations role at +35% salary, answer due by 4 Dec; nobody "
        "at work knows, and Youssef is close to her manager, Mme Alaoui. "
        "She wants to use the coffee for Opera and the no-show procedure and is unsure whether to ask his advice "
        "on the offer, even in general terms.",
        logged=(
            Logged(N, "1er café avec Youssef (récep Dar Zaman). on a dit chaque vendredi ☕", 6),
            Logged(
                P,
                "Youssef: sa prio c la migration Opera le 15/12, il veut qu'on partage nos check-lists",
                6,
            ),
            Logged(
                A,
                "demandé à Y. sa procédure no-show booking.com → 'je te l'envoie' ... toujours rien",
                6,
            ),
            Logged(G, "envoyé à Y. mon template de briefing shift, il va l'utiliser 👍", 5),
            Logged(W, "3 avis TripAdvisor qui citent mon prénom cette semaine 🥹", 3),
            Logged(
                N,
                "offre Royal Mansour (guest relations) +35%. réponse avant le 4/12. personne sait. Y. est pote avec Mme Alaoui 😬",
                2,
            ),
            Logged(
                AG,
                "café demain: Opera + no-show. PAS l'offre... ou juste lui demander son avis en général? wallah je sais pas",
                0.3,
            ),
        ),
        tz="Africa/Casablanca",
    ),
    Persona(
        "DW_rina_penyuluh_klaten",
        "Rina",
        "Penyuluh Pertanian Lapangan (BPP Kecamatan)",
        "Pengen lanjut S2 penyuluhan lewat tugas belajar 2027, suatu hari jadi Koordinator BPP.",
        "Bu Sri",
        "Koordinator BPP Kecamatan Karanganom, atasan langsung saya",
        Role.MANAGER,
        weekly(0),
        time(9, 0),
        "Rina Wulandari, 29, is a government agricultural extension officer (PPL) at the sub-district extension "
        "office (BPP) in Karanganom, Klaten, Central Java, covering several villages and farmer groups. Her manager, "
        "Bu Sri, the BPP coordinator, holds a weekly 1:1 with her on Monday at 09:00; the next one is Monday "
        "30 November 2026. "
        "Bu Sri's priorities: 100% of the sub-district's 2027 e-RDKK (subsidised-fertiliser needs plans) entered "
        "before 15 Dec, and a young-farmer regeneration programme starting in January. Rina's villages Jomboran and "
        "Tegalrejo are only ~60% entered; the November monthly report is due 5 Dec. "
        "Wins: her rice demonstration plot yielded 8.2 t/ha against a 6.5 average, and 23 young farmers came to her "
        "field school (target 15). She worked until 10pm on Bu Sri's report to the Regent and trained two new "
        "extension officers on e-RDKK. Bu Sri gave her a replacement laptop, but said no budget for drone training "
        "and deferred her recommendation letter for the S2 study-leave scheme (applications close 20 Jan). "
        "Delicate (integrity): Pak H, head of the Sido Makmur farmer group, asked her to add seven non-farmers to "
        "the RDKK and offered an envelope, which she refused; he says all extension officers used to do it and she "
        "fears he will complain to the village head that she is obstructive. "
        "She needs guidance and backing on Sido Makmur and a date for the recommendation letter.",
        logged=(
            Logged(P, "Bu Sri: target kec. e-RDKK 2027 100% masuk sblm 15 Des", 31),
            Logged(
                A,
                "minta izin ikut pelatihan drone pertanian di Bogor → blm ada anggaran, mgkn thn dpn",
                24,
            ),
            Logged(
                A, "minta laptop pengganti (yg lama mati) → dikasih laptop bekas kantor", 20, DONE
            ),
            Logged(W, "demplot padi Karanganom panen 8,2 ton/ha 🌾 rata2 cuma 6,5", 19),
            Logged(
                G, "bantu Bu Sri laporan ke Bupati (foto + data panen), lembur smp jam 10 mlm", 17
            ),
            Logged(P, "16/11 Bu Sri: fokus jg regenerasi petani muda, ada program mulai Jan", 10),
            Logged(
                A,
                "tanya Bu Sri surat rekomendasi tugas belajar S2 → 'nanti ya, stlh akhir tahun'",
                10,
            ),
            Logged(F, "input RDKK Jomboran & Tegalrejo baru 60%", 9),
            Logged(
                N,
                "Pak H (ketua poktan Sido Makmur) minta 7 nama tambahan di RDKK, setau sy bukan petani. dikasih amplop, sy tolak",
                7,
            ),
            Logged(
                N,
                "dia bilang 'penyuluh dulu2 jg gitu mbak'. takut dia lapor kades sy dianggap mempersulit 😔",
                6,
            ),
            Logged(G, "ngajarin 2 penyuluh baru pake aplikasi e-RDKK", 4),
            Logged(W, "sekolah lapang petani muda: 23 org dtg, target 15 😊", 3),
            Logged(F, "laporan bulanan Nov deadline 5 Des", 2),
            Logged(F, "pendaftaran tugas belajar tutup 20 Jan, butuh rekom atasan", 1),
            Logged(
                AG,
                "Senin: cerita soal Pak H & RDKK Sido Makmur, minta arahan. + rekom S2 kapan?",
                0.4,
            ),
        ),
        tz="Asia/Jakarta",
    ),
)
