# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 31 (set AW)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH48 = (
    Persona(
        "AW_bidan_koordinator_sleman",
        "Dewi",
        "Bidan Koordinator (coordinating midwife) at a Puskesmas (community health centre), Sleman, Yogyakarta, Indonesia",
        "dapet surat rekomendasi tugas belajar D4 kebidanan 2027, tp desa binaan jgn sampe keteteran",
        "dr. Hendra",
        "Kepala Puskesmas (head of the health centre), her direct boss",
        Role.MANAGER,
        biweekly(1),
        time(13, 0),
        "Dewi coordinates nine village midwives for a rural community health centre. The accreditation re-survey is on Monday 30 Nov and the papers for a district-funded midwifery degree scholarship close on 4 Dec; she still has no recommendation letter from her boss. She suspects a senior midwife who is close to the boss copied antenatal visit data, and her mother is in rehab after a stroke.",
        logged=(
            Logged(
                P,
                "dr Hendra fokus bgt ke re-akreditasi, survei tgl 30 nov. semua SOP KIA hrs updated + ada bukti pelaksanaan",
                118,
            ),
            Logged(A, "minta izin ikut pelatihan USG dasar di RSUD Sleman 3 hari", 110, DONE),
            Logged(N, "izin USG di acc, tp jaga hrs tukeran sendiri. ok lah", 106),
            Logged(P, "beliau mau cakupan K6 naik, target kab 90% kita baru 78%", 104),
            Logged(
                W,
                "bumil PEB dr desa Sindumartani, rujukan ke RSUD < 1 jam, ibu & bayi selamat. dr H bilang 'bagus bu' pas apel pagi 🙏",
                83,
            ),
            Logged(
                G,
                "bikinin template rekap PWS KIA di excel biar bidan desa gak ngitung manual, dr H minta dishare ke puskesmas lain jg",
                71,
            ),
            Logged(
                N,
                "ibu kontrol lg stlh stroke, fisioterapi 3x seminggu, uang keluar terus. jgn sampe kebawa ke kerjaan",
                64,
            ),
            Logged(
                A,
                "minta surat rekomendasi kepala puskesmas utk tugas belajar D4 kebidanan (beasiswa pemda), berkas deadline 4/12",
                40,
            ),
            Logged(W, "posyandu remaja desa Widodomartani jalan lagi, 34 anak dateng", 27),
            Logged(
                P,
                "dr H pernah bilang gak mau ada 'temuan' surveyor di pokja KIA, itu nama beliau jg",
                20,
            ),
            Logged(
                N,
                "data K4 desa bu Sri bulan 9 & 10 sama persis, smp nama bumilnya. kayaknya copas. bu Sri senior, deket sm dr H",
                15,
            ),
            Logged(
                N,
                "udh 2x nanya soal rekomendasi, jawabannya 'nanti ya bu abis akreditasi'. takut kelewat",
                12,
            ),
            Logged(
                F,
                "janji ke dr H: kirim draft SOP rujukan maternal revisi + daftar hadir sosialisasi sblm jumat 27",
                9,
            ),
            Logged(F, "bu Ratna (TU) minta data nakes utk SISDMK, blm kukirim", 8),
            Logged(
                F,
                "kabarin bidan Yuli (desa Bimomartani) jadwal kelas ibu hamil desember, dia nunggu",
                6,
            ),
            Logged(
                AG,
                "raise soal data bu Sri gak ya?? kalo surveyor cek sampling bisa kena semua. tp kalo aku yg ngomong kesannya nyerang senior",
                3,
            ),
            Logged(N, "punggung bawah sakit lg abis jaga malem 2x berturut2", 2),
            Logged(
                AG,
                "tanya langsung: surat rekomendasi bisa ttd sblm tgl 4? berkasnya hrs dilegalisir jg, butuh 1 hari",
                1,
            ),
        ),
    ),
    Persona(
        "AW_solicitor_partnership_galway",
        "Siobhán",
        "Associate Solicitor (property & probate), mid-size law firm, Galway, Ireland",
        "make salaried partner in the Jan round without having to pretend I'm someone else",
        "Declan",
        "Managing Partner, her sponsor for partnership",
        Role.SPONSOR,
        monthly(1, 4),
        time(8, 0),
        "Siobhán is seven years qualified and hoping Declan will put her forward when the partners decide on 15 Dec; her business case is due to him by the 11th and she promised a draft by Monday. A hotel sale she mostly ran closes on Tuesday and a colleague took the credit for it. She is 13 weeks pregnant and has told nobody at work.",
        logged=(
            Logged(
                P,
                "Declan's big thing this year = fee income per head + getting the probate backlog down before the PI renewal",
                117,
            ),
            Logged(
                A,
                "asked D for a trainee on probate 2 days/wk, I'm drowning in s.56 notices",
                112,
                DONE,
            ),
            Logged(N, "trainee sorted - Aoife with me Mon+Tues from Sept. credit where due", 98),
            Logged(
                W,
                "closed the Kilcolgan farm transfer w/ the stamp duty relief sorted, client v happy, already sent us a referral",
                90,
            ),
            Logged(
                G,
                "covered the CPD talk on the probate changes for D when he double booked. 40 ppl, went grand",
                74,
            ),
            Logged(
                P,
                "D said the partners want someone who 'brings work in, not just does it'. origination numbers matter",
                69,
            ),
            Logged(
                W, "2 new probate clients off the back of the CPD talk, both decent estates", 60
            ),
            Logged(
                N,
                "Conor presented the Salthill hotel sale at the partners mtg as his. I did 80% of the title work. raging",
                52,
            ),
            Logged(
                A,
                "asked D straight out will he put my name forward for the Jan round. 'let's see the numbers' 🙄 no proper answer yet",
                30,
            ),
            Logged(N, "13 wks today. nobody in work knows. scan was fine thank god", 18),
            Logged(
                F,
                "promised D a draft business case by Mon 30th - origination, WIP, realisation rate",
                14,
            ),
            Logged(
                P,
                "partners meeting decides on the 15th Dec. case papers to D by the 11th at the latest",
                10,
            ),
            Logged(
                F,
                "Niamh in accounts needs my WIP write-off list b4 month end, she's asked twice now",
                7,
            ),
            Logged(
                F,
                "ring Mrs Fahy re her late husband's estate, grant came thru, she doesn't do email",
                4,
            ),
            Logged(
                N,
                "Salthill hotel sale closing tues 1st, vendor's bank STILL hasn't sent the redemption figure",
                3,
            ),
            Logged(
                AG,
                "do I tell D about the pregnancy before the 15th? legally can't hold it against me but... he'll do the maths re mat leave",
                2,
            ),
            Logged(
                AG,
                "how to raise the Conor thing without sounding petty - maybe just ask that the file notes show who did what from now on",
                1,
            ),
            Logged(N, "slept about 4 hrs, morning sickness at 6am is something else", 0.5),
        ),
    ),
    Persona(
        "AW_clinical_pharmacist_alex",
        "Mariam",
        "Clinical Pharmacist, private hospital, Alexandria, Egypt",
        "a3mel antimicrobial stewardship program rasmy w ab2a clinical bgd mesh dispensing bas",
        "Dr. Hisham",
        "Medical Director, her boss's boss",
        Role.SKIP,
        monthly(-1, 6),
        time(14, 0),
        "Mariam is a clinical pharmacist pushing to turn her informal antibiotic stewardship work into a real programme with protected ward time. The hospital's mock accreditation survey is on Mon 7 Dec and she owes the medical director a stewardship report by 1/12. She has seen a senior surgeon, an old friend of the director, prescribing a broad-spectrum antibiotic as routine prophylaxis, and she has a much better-paid offer from Riyadh that her family is pushing.",
        logged=(
            Logged(
                P,
                "Dr Hisham 3ayez el JCI mock survey yeb2a clean, el medication management chapter howa el mawdoo3 el kbeer",
                119,
            ),
            Logged(
                A,
                "talabt access lel lab results 3al HIS 3ashan a3mel culture follow up. approved ✅",
                115,
                DONE,
            ),
            Logged(
                W,
                "el IV-to-PO switch protocol wafar ~180k EGP fe 2 months. Dr Hisham 2alha fel board meeting 😍",
                88,
            ),
            Logged(G, "3amalt ICU antibiotic pocket guide w tba3to men geibi 😅 dr H 3agabo", 80),
            Logged(P, "howa 3ayez numbers. kol 7aga lazem teb2a EGP aw DDD/1000 patient days", 66),
            Logged(
                A,
                "2 days/week protected ward rounds, mesh dispensing. Dr Nadia 2alet 'kalemi Dr Hisham'. still waiting",
                45,
            ),
            Logged(
                N,
                "Dr Tarek (surgery) beyekteb meropenem prophylaxis lel lap chole!! 3 cases this month. howa sa7b Dr Hisham men zaman",
                35,
            ),
            Logged(
                N,
                "offer men hospital fe Riyadh, ~4x el mortab. mama 2ate3et nafasha 3ayzani asafer",
                26,
            ),
            Logged(N, "insulin baba ghely tany, bengeebo men saydaleya fe Cairo", 21),
            Logged(
                W,
                "VAP cases fel ICU nazlet le 2 el shahr da mn 6. mesh ana lwa7di bas ana gowa el team",
                16,
            ),
            Logged(
                F,
                "wa3adt dr H: stewardship quarterly report 3ala maktabo by 1/12 (DDD + resistance trends)",
                13,
            ),
            Logged(N, "mesh nayma kwayes, el shabka ba3d el 3eid w kol 7aga ghalya", 11),
            Logged(F, "Dr Nadia 3ayza el high-alert meds list updated abl el mock survey", 9),
            Logged(P, "JCI mock survey el etnein 7/12. kolo metwatar", 6),
            Logged(
                F,
                "lazem akalem Nurse Samah (ICU head nurse) 3an el KCl labeling, she asked twice",
                5,
            ),
            Logged(
                AG,
                "a2ol 3la Dr Tarek? law ma2oltesh w el surveyor shaf el charts.. bas howa sa7bo 😬",
                2,
            ),
            Logged(AG, "el protected time: a3redha ka cost saving mesh ka 'ana 3ayza'", 1),
            Logged(AG, "mention el Riyadh offer wala la2? mesh 3ayza ab2a bahadded", 1),
        ),
    ),
    Persona(
        "AW_jefe_bodega_frio_funza",
        "Laura",
        "Jefe de bodega (warehouse supervisor), cold-chain distribution centre, Funza (Cundinamarca), Colombia",
        "pasar a jefe de operaciones del CEDI en 2027 y terminar la especialización sin morirme",
        "Gloria",
        "retired operations director of a supermarket chain, her mentor through a women-in-logistics programme",
        Role.MENTOR,
        monthly(1, 5),
        time(9, 0),
        "Laura runs the night and day shifts of a refrigerated warehouse supplying supermarkets, in the run-up to the December peak. The internal call for the operations-head post closes on 10/12 and she promised her mentor a corrected 90-day plan before Saturday's coffee; the full stock count is on the 30th. Her boss, who sits on the selection committee, told her to skip forklift pre-use checks at peak, and there was a near-miss nobody reported.",
        logged=(
            Logged(
                P,
                "Gloria insiste: 'deja de apagar incendios, delega'. quiere ver q el turno de noche funciona sin mí",
                116,
            ),
            Logged(
                A, "le pedí q me conectara con alguien q haya implementado WMS en frío", 109, DONE
            ),
            Logged(
                N,
                "me presentó a Jorge de un 3PL en Siberia (Cota). visita el 14 de sept, aprendí un montón de slotting",
                95,
            ),
            Logged(W, "cero quiebres de cadena de frío en agosto!! primera vez en el año 🎉", 88),
            Logged(
                G,
                "le mandé a Gloria los datos de rotación de personal q pidió pa su capítulo del libro de mujeres en logística",
                72,
            ),
            Logged(
                N,
                "Mauricio (mi jefe) dijo q no hagamos la inspección pre-uso de montacargas en el pico 'pa no perder tiempo'",
                58,
            ),
            Logged(
                N,
                "casi accidente: montacargas con el freno mal, por poco se lleva a un auxiliar. nadie reportó nada formal",
                50,
            ),
            Logged(W, "auditoría del cliente nos dio 94/100, la más alta del CEDI", 44),
            Logged(
                N,
                "mi hermano se gradúa en dic, le pagué casi toda la U. orgullosa pero quedé en ceros 😅",
                37,
            ),
            Logged(
                A,
                "le pedí a Gloria q me revise el plan de 90 días pa aplicar a jefe de operaciones. convocatoria interna cierra el 10/12",
                20,
            ),
            Logged(
                P,
                "Gloria dice q el plan tiene q hablar de plata y de riesgo, no de 'mejorar procesos'",
                19,
            ),
            Logged(F, "le prometí a G mandarle el plan de 90 días corregido antes del sábado", 8),
            Logged(
                F,
                "a Don Efraín le debo respuesta de la alarma del cuarto frío 3, suena todas las madrugadas",
                6,
            ),
            Logged(
                W,
                "el turno de noche cerró la semana sin llamarme ni una vez. Gloria va a estar feliz jaja",
                4,
            ),
            Logged(
                F,
                "Paola de gestión humana: pasarle la lista de temporales pa diciembre hoy o mañana, si no no alcanzan a firmar contrato",
                3,
            ),
            Logged(
                N,
                "inventario general el 30, todo el CEDI, mínimo 14 horas. la rodilla me está matando otra vez",
                2,
            ),
            Logged(
                AG,
                "¿le cuento a Gloria lo de Mauricio y el montacargas? si lo escalo a SST me quemo pa la vacante, él está en el comité",
                1,
            ),
            Logged(
                AG,
                "preguntarle cómo poner el riesgo en plata: cuánto cuesta un accidente vs 20 min de inspección",
                1,
            ),
        ),
    ),
    Persona(
        "AW_coating_qc_geoje",
        "Seo-yeon",
        "Coating QC Inspector, shipyard, Geoje, South Korea",
        "내년 3월 대리 진급 + 도장팀이랑 매일 싸우는 거 좀 그만하기",
        "Jung Dae-ho",
        "과장, section head of the painting production team (peer across QC/production)",
        Role.PEER,
        weekly(0),
        time(7, 30),
        "Seo-yeon inspects paint and coating work on LNG carrier hull blocks and meets the painting production section head weekly so QC and production stop clashing. The shipowner's inspector comes on Wed 12/2 for the hold 3 coating inspection, and she promised Jung a DFT summary before Monday's meeting. She thinks his crew signed humidity/dew-point logs without measuring, and her father is back in hospital in Busan.",
        logged=(
            Logged(
                P,
                "정과장님 최우선 = 공정. 도크 일정 밀리면 본인 평가 직결이라 재검 나오는 거 극혐하심",
                114,
            ),
            Logged(
                A,
                "블라스팅 일정 최소 2일 전 공유 부탁드림 → OK 해주심. 단톡방에 올려주기로",
                108,
                DONE,
            ),
            Logged(W, "B14 블록 재작업 0건으로 통과!! 처음임 ㅋㅋ", 92),
            Logged(G, "정과장님 팀 신입 3명 DFT 게이지 사용법 교육해드림 (점심시간에…)", 79),
            Logged(N, "FROSIO 레벨3 시험 1월. 퇴근하고 공부하는데 머리에 1도 안 들어옴", 70),
            Logged(
                P,
                "정과장님 요즘 관심사: 베트남 협력사 인원 안전. 지난달 추락사고 이후로 엄청 예민하심",
                61,
            ),
            Logged(N, "아빠 부산 병원 재입원 (간). 주말마다 내려감. 팀장님한텐 말 안 함", 47),
            Logged(
                A,
                "재도장할 때 QC한테 말 없이 하지 말아달라고 함. 대답은 '알았다'인데 지난주에 또 함",
                33,
            ),
            Logged(
                W, "선주 감독관 Papadakis가 우리 stripe coat 사진 보고 good practice라고 함 👍", 25
            ),
            Logged(
                N,
                "2번 도크 습도 기록지, 이슬점 측정 안 하고 사인만 한 거 같음. 시간이 전부 똑같이 적혀 있음;;",
                12,
            ),
            Logged(F, "정과장님께 약속: B23 블록 DFT 측정 요약 월요일 미팅 전까지 드리기", 5),
            Logged(
                F,
                "Papadakis needs humidity + dew point logs for hold 3 before 12/2 (수) inspection",
                4,
            ),
            Logged(
                F,
                "협력사 Tuan 반장님께 수정된 stripe coat 작업지시 번역본 전달 (파파고 말고 제대로 ㅠ)",
                3,
            ),
            Logged(F, "이팀장님 주간 NCR 건수 금요일까지", 2),
            Logged(
                AG,
                "습도 기록지 얘기 정과장님한테 직접 할지 팀장님 통해 갈지… 직접 하면 관계 깨질까봐 ㅠ 근데 12/2에 선주가 보면 더 큰일",
                1,
            ),
            Logged(AG, "재도장 건 다시: 말로 말고 작업 체크시트에 QC 사인란 넣자고 제안", 1),
            Logged(N, "어제 야근 11시까지. 눈 빠질 듯", 0.5),
        ),
    ),
    Persona(
        "AW_credit_analyst_paygo_nairobi",
        "Wanjiru",
        "Credit Risk Data Analyst, pay-as-you-go solar company, Nairobi, Kenya",
        "get regraded to senior analyst b4 mid 2027 or start looking elsewhere tbh",
        "Brian",
        "Head of Credit, her line manager",
        Role.MANAGER,
        weekly(4),
        time(10, 0),
        "Wanjiru builds the credit models behind a solar-kit loan book that is about to back a debt raise closing in January. She owes her boss charts for the board credit committee pack by Mon 30th, and her regrade request has been parked since September. She has found that the arrears figure in last quarter's lender report, which her boss built, left out restructured loans, and a recruiter has approached her.",
        logged=(
            Logged(
                P,
                "Brian's no.1 = PAR30 under 12% b4 the debt raise closes in Jan. lenders watching",
                112,
            ),
            Logged(
                A,
                "asked for read access to the collections call logs to build the early warning feature",
                105,
                DONE,
            ),
            Logged(
                W,
                "early warning model v1 live in Kisumu + Nakuru, agents calling 4 days earlier on avg",
                84,
            ),
            Logged(
                G,
                "stayed late rebuilding the lender covenant tracker after the intern deleted the sheet lol. B owes me",
                77,
            ),
            Logged(
                N,
                "B said in team mtg 'Wanjiru's model saved us' 🥹 no mention in the written update to CEO tho",
                70,
            ),
            Logged(
                A,
                "asked abt regrade to Senior Analyst. he said 'after the raise closes'. that was sept",
                64,
            ),
            Logged(
                N,
                "sis school fees due jan, chama contribution doubled this month. money tight tight",
                40,
            ),
            Logged(N, "recruiter from a Lagos fintech reached out on linkedin. havent replied", 29),
            Logged(
                N,
                "PAR numbers in the Q3 lender report exclude restructured loans. with them its ~14.8 not 11.9. B built that report",
                17,
            ),
            Logged(P, "B wants the e-bike loan pricing model sketched b4 xmas, CEO keen on it", 15),
            Logged(W, "cleaned up the restructured loans table, finally 1 source of truth", 11),
            Logged(
                F, "promised B the credit committee pack charts by mon 30th incl vintage curves", 9
            ),
            Logged(
                F,
                "send Achieng (finance) the provisioning numbers for Nov close, she needs them by tue",
                6,
            ),
            Logged(F, "reply Kevin in field ops abt why Busia flagged so many accounts", 5),
            Logged(N, "so tired, 3rd weekend working in a row", 3),
            Logged(
                AG,
                "do i raise the restructured loans thing?? tmrw its just us two. if lenders find it after Jan its way worse",
                1,
            ),
            Logged(
                AG,
                "regrade again - anchor it to the e-bike model + early warning results, not 'its been long'",
                1,
            ),
        ),
    ),
)
