# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 29 (set AT)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH45 = (
    Persona(
        "AT_naivasha_flower_coldchain",
        "Achieng",
        "Cold-chain & dispatch supervisor, rose farm and flower exporter, Naivasha, Kenya",
        "be the one they give logistics mgr to when Otieno retires in march, not some outsider from nbi",
        "Harjeet",
        "Director of Operations, two levels up, backs her for the logistics manager job",
        Role.SPONSOR,
        monthly(-1, 4),
        time(16, 30),
        "Achieng runs the cold rooms and the reefer trucks to the airport for a big rose exporter. "
        "Christmas peak volumes are up 30% with two extra freighter slots from 7 Dec, the reefer "
        "transport tender closes on the 3rd, and the logistics manager retires in March. She has "
        "logger data showing one transporter keeps failing, and that transporter is linked to her boss's family.",
        logged=(
            Logged(
                P,
                "harjeet's big thing this season = claims. UK buyer docked us twice in sept for botrytis + temp. he wants zero claims b4 valentines",
                118,
            ),
            Logged(
                A,
                "asked him for 6 more temp loggers for the reefers. he said ok if i show exactly where the breaks happen",
                112,
                DONE,
            ),
            Logged(
                G,
                "did the logger rollout myself on sat, trained the 3 night drivers, no OT claimed",
                104,
            ),
            Logged(
                W,
                "first full week of logger data: the break = trucks waiting 3-4hrs at the JKIA shed with no power plug. finally proof",
                90,
            ),
            Logged(
                N,
                "mgongo inaniua from the cold room shifts. physio says reduce time in the 2deg room lol how",
                84,
            ),
            Logged(
                P,
                "he keeps saying 'i want someone who can talk to forwarders, not just load trucks'. noted 📝",
                76,
            ),
            Logged(
                A,
                "asked harjeet if i can sit in on the freight forwarder rate negotiation for xmas/valentines season",
                70,
            ),
            Logged(
                W,
                "oct claims 1.2% vs 4.1% in sept!! harjeet forwarded my summary to the MD with 'this is Achieng's work' 🙌",
                55,
            ),
            Logged(
                N,
                "Otieno retiring end of march, official now. HR says they might 'look at the market' for the replacement 😒",
                49,
            ),
            Logged(
                N,
                "5 of last 9 night loads went to Mwenda Transporters again even tho their reefer unit failed twice in the logs. Mwenda is otieno's in-law apparently. sijui nifanye nini",
                41,
            ),
            Logged(
                F,
                "send Faith (packhouse) the revised cut-off times for xmas peak so stems arent sitting in the corridor",
                34,
            ),
            Logged(
                G,
                "handled the KEPHIS inspection alone when otieno was off sick. passed, no findings",
                27,
            ),
            Logged(
                N,
                "Brian's school fees due jan + mum's hospital bill in kisumu. honestly need that mgr salary",
                20,
            ),
            Logged(F, "Otieno wants the driver roster for 14-24 dec by monday latest", 14),
            Logged(
                P,
                "harjeet: peak volumes ~30% up on last yr, 2 extra freighter slots/wk from 7 dec. he's nervous about truck capacity",
                9,
            ),
            Logged(
                F,
                "promised harjeet the oct+nov temp excursion report, cost per truck, b4 our mtg fri",
                6,
            ),
            Logged(
                N,
                "Kevin at the forwarder still 'will revert' on plug-in slots at the shed 🙄 chase him again",
                5,
            ),
            Logged(
                N,
                "reefer tender closes by the 3rd. Mwenda has bid again. if i keep quiet now its another full year of them",
                3,
            ),
            Logged(N, "harjeet replied re the negotiation: 'let's talk fri'. not a no 🤞", 2),
            Logged(
                AG,
                "do i mention the mwenda/otieno thing or just show the logger data per transporter and let the numbers talk??",
                1,
            ),
            Logged(
                AG,
                "ask him straight: will he back me for logistics mgr or are they going outside",
                0.5,
            ),
        ),
    ),
    Persona(
        "AT_bh_labour_lawyer_mentor",
        "Thaís",
        "Associate lawyer (employment law, workers' side), small firm in Belo Horizonte, Brazil",
        "virar sócia até 2029 ou abrir meu escritório — decidir até o fim de 2027",
        "Regina",
        "Retired labour appeals judge, her mentor through the OAB/MG women lawyers' programme",
        Role.MENTOR,
        monthly(1, 2),
        time(19, 0),
        "Thaís is five years into employment law, acting for workers against employers. The appeal in "
        "her client Joaquim's case is due on 4 December and her partner Paulo has to review the draft "
        "by the 2nd. Regina, her mentor, wants her writing and speaking in public. Paulo has hinted at "
        "'your participation in 2027', and a partner at a bigger firm may be interested in her.",
        logged=(
            Logged(
                P,
                "Regina insiste: petição curta. 'juiz não lê 40 páginas, Thaís'. meta: nenhuma inicial acima de 15 pág",
                117,
            ),
            Logged(
                A,
                "pedi p ela ler meu roteiro de sustentação oral (caso da terceirizada da mineradora) — ela leu, marcou 'menos adjetivo, mais súmula' kkkk",
                110,
                DONE,
            ),
            Logged(
                W,
                "primeira sustentação oral no TRT-3!! turma deu provimento parcial. tremia mas foi",
                96,
            ),
            Logged(
                G,
                "revisei os slides da palestra dela na ESA sobre assédio moral, achei 2 julgados novos do TST pra ela",
                89,
            ),
            Logged(
                N,
                "Paulo apresentou a tese da insalubridade no almoço dos sócios como se fosse dele. de novo 🙃",
                80,
            ),
            Logged(
                P,
                "ela quer mais mulher falando em evento de trabalhista em BH — me chamou p moderar mesa no seminário de março",
                72,
            ),
            Logged(
                W,
                "acordo de R$ 180k na audiência da dona Cida (limpeza hospitalar, 11 anos sem hora extra). ela chorou, eu chorei",
                61,
            ),
            Logged(
                A,
                "perguntei se ela me apresenta ao Marcelo Viana (sócio do escritório grande na Savassi). 'vou ver' — não voltou ainda",
                54,
            ),
            Logged(N, "voltei pra terapia quinzenal. insônia pré-prazo voltou tb", 47),
            Logged(
                F,
                "devolver o livro da Bianca (manual de processo do trabalho) + pagar o almoço q ela pagou",
                40,
            ),
            Logged(
                N,
                "salário ainda 5.2k. pago metade da faculdade da Lívia. escritório grande pagaria uns 9k, se existir a vaga",
                33,
            ),
            Logged(
                G,
                "mandei pra Regina o resumo dos 3 acórdãos do TRT sobre direito à desconexão q ela pediu",
                26,
            ),
            Logged(
                F,
                "ligar pro seu Joaquim explicando a sentença (perdeu dano moral, ganhou HE). ele não lê whatsapp, só atende ligação de manhã",
                12,
            ),
            Logged(
                P,
                "Regina: 'quem não escreve não existe no meio'. quer artigo meu publicado até março",
                10,
            ),
            Logged(
                F,
                "minuta do recurso ordinário do seu Joaquim pro Paulo revisar até 2/12 — prazo fatal 4/12!!",
                8,
            ),
            Logged(
                N,
                "Paulo: 'vamos conversar sobre sua participação em 2027'. participação nos lucros? sociedade? medo",
                6,
            ),
            Logged(
                F,
                "prometi p Regina o rascunho do artigo (teletrabalho e desconexão) até terça 1/12 p ela ler antes da nossa conversa",
                5,
            ),
            Logged(
                N,
                "Marcelo Viana curtiu meu post no linkedin sobre desconexão. coincidência ou a Regina falou com ele? 👀",
                3,
            ),
            Logged(
                AG,
                "conto pra ela q tô pensando em sair? ela conhece o Paulo há 30 anos, foram da mesma turma na UFMG",
                2,
            ),
            Logged(
                AG,
                "perguntar como negociar se o Paulo vier com 'sócia de serviço' — vale a pena ou é armadilha?",
                1,
            ),
            Logged(N, "artigo 60% pronto. seminário confirmou minha mesa dia 11/3 😬", 0.4),
        ),
    ),
    Persona(
        "AT_binhduong_furniture_planner",
        "Linh",
        "Production planner, wooden furniture export factory, Bình Dương, Vietnam",
        "lên planning lead khi chị Hằng nghỉ sinh. và thôi làm chữa cháy cho merch",
        "Hằng",
        "Planning Manager, her direct boss, going on maternity leave in February",
        Role.MANAGER,
        weekly(0),
        time(8, 0),
        "Linh plans the finishing and packing lines for a factory that ships dining sets to a US buyer. "
        "The buyer's audit moved to 3 December, and a container for another order has its cut-off this "
        "Friday. A merchandiser asked her to write a false ship date in the report. Her boss may offer "
        "her the acting lead job. Linh is about four months pregnant and has told nobody at work.",
        logged=(
            Logged(P, "chi Hang: KPI nam nay = OTD >= 90% ca nha may, GĐ hỏi mỗi tuần", 119),
            Logged(
                A,
                "xin chi Hang cho minh ngoi hop S&OP thu 4 voi sales. chi ok tu thang 8",
                113,
                DONE,
            ),
            Logged(
                W,
                "OTD thang 8 len 88% (t7 71%) 🎉 re-sequence line son theo mau, bot doi mau tu 6 lan/ngay xuong 2",
                98,
            ),
            Logged(G, "lam lai file capacity cho chi Hang trinh GĐ, file cu link loi het", 91),
            Logged(N, "hoc MBA toi t3 t5 o UEH, hoc phi ky nay 28tr. met xiu", 85),
            Logged(
                P,
                "chi Hang nghi sinh tu giua thang 2. muon handover xong truoc Tet, 'chi ko muon nghi sinh ma van cam dien thoai'",
                78,
            ),
            Logged(F, "gui chi Hang OTD report moi thu 2 truoc 10h", 70),
            Logged(
                W, "kiln: anh Tâm + minh giam do am go 14% xuong 10-11%, het bi nut chan ban", 63
            ),
            Logged(N, "Huy (merch) lai hua ETD voi buyer ma ko hoi minh. PO 4471 chac tre", 56),
            Logged(
                A, "hoi chi Hang: chi nghi sinh thi ai lead planning? chi noi 'de chi tinh'", 49
            ),
            Logged(F, "gui anh Tâm lich say go thang 12 + moisture log cho audit", 42),
            Logged(N, "có bầu 8 tuần. chưa nói ai ngoài chồng. lo quá", 35),
            Logged(
                G,
                "o lai toi 9h cung Huy tra loi 40 cau compliance cua buyer vi chi Hang di kham thai",
                28,
            ),
            Logged(F, "QC Phượng can list rework 3 mau ban an truoc audit", 21),
            Logged(
                N,
                "Huy nhan tin: 'em ghi ETD 5/12 cho PO 4471 trong report di, buyer dang nong'. thuc te line son xong som nhat 12/12",
                14,
            ),
            Logged(N, "minh chua tra loi Huy. ko muon ghi so ao", 13),
            Logged(
                P,
                "audit cua Cindy (buyer US) doi len 3/12. GĐ muon chi Hang trinh bay phan planning. finishing bui la cho chi so nhat",
                8,
            ),
            Logged(
                F, "hua voi chi Hang gui capacity plan T12 v2 (co OT chu nhat) truoc 1:1 thu 2", 4
            ),
            Logged(W, "cont PO 4398 xuat dung han, 0 claim, buyer khen packing 👍", 4),
            Logged(
                N,
                "chi Hang hoi nho: 'em co muon lead planning tam thoi ko?' 😳 minh noi de em nghi",
                3,
            ),
            Logged(
                AG,
                "ke chi Hang chuyen Huy doi ghi ETD 5/12? ko muon 'mach' dong nghiep nhung audit 3/12 ma so ao la chet",
                1,
            ),
            Logged(
                AG,
                "co nen noi chi Hang minh co bau truoc khi nhan lead tam thoi ko? du sinh thang 5 = dung mua peak",
                0.6,
            ),
            Logged(
                F,
                "cut off cont 40HC PO 4502 thu 6 nay — Huy phai confirm booking voi forwarder truoc thu 5",
                0.5,
            ),
        ),
    ),
    Persona(
        "AT_rzeszow_site_works_mgr",
        "Paweł",
        "Works manager (kierownik robót), general contractor, hospital extension site, Rzeszów, Poland",
        "uprawnienia budowlane in may + my own section on the next job",
        "Marek",
        "Project Manager / kierownik budowy, his direct boss",
        Role.MANAGER,
        weekly(4),
        time(6, 45),
        "Paweł runs the day-to-day work on a hospital extension under contract penalties for delay. "
        "Frost is forecast from Tuesday night, so the level-4 slab has to be poured Monday at 6am with "
        "a subcontracted Ukrainian crew, and the inspector's acceptance is on 3 December. That crew "
        "hasn't been paid for October and is talking about leaving. He also needs an answer about his licence course.",
        logged=(
            Logged(
                P,
                "marek: zero delay penalties on stage 2. kary umowne 0.1%/day and investor (szpital) WILL use them",
                116,
            ),
            Logged(
                A,
                "asked for 2nd crane operator for nov shifts. got it, piotrek from the other site",
                109,
                DONE,
            ),
            Logged(
                W,
                "slab lvl 2 poured 4 days early. marek said 'dobra robota' in front of the investor guy",
                95,
            ),
            Logged(
                P,
                "since the formwork panel near miss in sep marek is obsessed w BHP, wants photos from every morning briefing",
                88,
            ),
            Logged(
                G,
                "did the BHP briefing photos every day 3 wks + folder per day, he didnt ask for the format but uses it now",
                80,
            ),
            Logged(N, "knee again. stairs lvl 3-4 killing me. ortho on nfz earliest jan", 74),
            Logged(
                A,
                "asked marek if firm pays uprawnienia prep course (3 fridays jan-feb) + lets me off those days. he said 'after stage 2'",
                66,
            ),
            Logged(
                W,
                "inspector grazyna signed off reinforcement lvl 3 first time, no comments. first time ever on this job lol",
                52,
            ),
            Logged(
                N,
                "kuba (site eng) leaving at 14:00 every day again, i write his daily log. saying nothing for now",
                45,
            ),
            Logged(F, "send grazyna the concrete cube results lvl 3 (28 day) — lab late again", 38),
            Logged(
                N, "ola and me doing 2nd round ivf in dec. ~18k zl. not telling anyone at work", 31
            ),
            Logged(
                G,
                "came in sat to fix scaffold anchors after the wind, marek was at his daughters wedding. didnt bother him",
                24,
            ),
            Logged(P, "marek wants stage 2 closed b4 swieta, investor visit 17.12", 17),
            Logged(
                N,
                "taras (ukr crew lead, subcontractor) says his guys not paid for oct by the sub. 9 men. talking about germany after the pour",
                12,
            ),
            Logged(F, "get taras copies of the oct timesheets so he can show the sub owner", 10),
            Logged(F, "grazyna wants cube results + pour plan lvl 4 slab before odbior 3.12", 7),
            Logged(
                N,
                "forecast -6 to -9 from tue night. slab must go mon or we heat it 7 days = $$$",
                5,
            ),
            Logged(
                F,
                "promised marek winter concreting plan (heating mats vs tent, costs, 2 options) by fri",
                4,
            ),
            Logged(
                A,
                "asked marek to move the pour to mon 30th w night prep shift. he said depends on pump",
                3,
                DONE,
            ),
            Logged(
                N, "pump firm confirmed mon 6am!! now just need taras crew to actually show up", 2
            ),
            Logged(
                AG,
                "do i tell marek taras crew not paid? not our contract but if they walk the pour is dead",
                1,
            ),
            Logged(AG, "course again — real yes or no, exam registration closes 15.12", 0.5),
        ),
    ),
    Persona(
        "AT_amman_water_nrw_engineer",
        "Rana",
        "Non-revenue water engineer, public water utility, East Amman, Jordan",
        "lead the DMA program for east amman, not just write leak reports",
        "Khaled",
        "Director of Operations, her manager's manager",
        Role.SKIP,
        monthly(1, 6),
        time(10, 0),
        "Rana's pilot district meter area cut water losses from 48% to 39% and the donor calls it the "
        "best pilot in the programme. The quarterly donor report is due 30/11 and she owes her skip-level "
        "an analysis of the new winter rationing schedule. Her direct manager Samer keeps giving the night "
        "field work to a newer male engineer. She drives her father to dialysis twice a week.",
        logged=(
            Logged(
                P,
                "Eng. Khaled's focus this yr: NRW down in east amman before summer 2027. KfW tranche depends on it",
                120,
            ),
            Logged(
                A,
                "asked for a field car 2 days/wk for the DMA pilot. approved, the white hilux sun+tue",
                114,
                DONE,
            ),
            Logged(W, "Marka DMA step test done, 3 big leaks found in one night 🙌", 101),
            Logged(
                N,
                "baba's dialysis moved to tue/thu 7am. i drive him. have to leave by 6:15 those days",
                95,
            ),
            Logged(
                G,
                "made khaled the 1-page arabic summary for the minister visit, he read it word for word",
                87,
            ),
            Logged(
                P,
                "he keeps asking about big consumers — hotels, car washes — 'that's where the money is'",
                79,
            ),
            Logged(
                W,
                "car wash in Marka w illegal 4 inch connection!! ~2,800 m3/month. legal dept on it now",
                70,
            ),
            Logged(
                N,
                "samer again: night leak detection 'not suitable for you ya Rana', sent Omar who started 3 months ago. ana zah2ane",
                63,
            ),
            Logged(
                A,
                "asked khaled if i can present the pilot results to the Sec General myself in dec",
                56,
            ),
            Logged(
                F,
                "Abu Ahmad's crew OT for the 3 night step tests still not approved. promised him i'd chase",
                48,
            ),
            Logged(
                W,
                "Marka NRW 48% -> 39% in 3 months. Julia (KfW consultant) says best pilot in the program",
                41,
            ),
            Logged(F, "send Julia the raw logger export + GIS layer, she asked twice", 35),
            Logged(
                N, "my brother's wedding 18/12, mama wants me home every evening to help. yalla", 28
            ),
            Logged(
                G,
                "covered samer's slot at the donor steering mtg, answered all the tariff questions",
                22,
            ),
            Logged(
                N,
                "heard khaled may propose a DMA unit for all east amman in the 2027 budget 👀",
                15,
            ),
            Logged(
                F,
                "weekly repairs list to samer every thursday — he complained i was late twice",
                10,
            ),
            Logged(
                P,
                "khaled: rationing schedule changes from dec, wants to know what it does to our DMA pressure data",
                8,
            ),
            Logged(
                F,
                "promised khaled the rationing impact analysis on Marka pressure by thurs, so he has it b4 sunday",
                6,
            ),
            Logged(N, "samer reply about Abu Ahmad OT: 'after the budget'. ya3ni never", 4),
            Logged(F, "quarterly report to KfW due 30/11 — my part is the NRW table + photos", 3),
            Logged(
                N,
                "khaled's office: Sec General presentation is 9/12. still nobody says who presents",
                1.5,
            ),
            Logged(
                AG,
                "do i bring up samer + the night shifts with khaled? going over samer's head = trouble. but omar gets all the field exp",
                1,
            ),
            Logged(AG, "say it clearly: if the DMA unit happens i want to lead it", 0.5),
        ),
    ),
    Persona(
        "AT_lahore_android_client_po",
        "Hamza",
        "Senior Android developer at an outsourcing firm in Lahore, Pakistan, placed on a Dutch bank's app",
        "lead mobile on this account, stop being 'the offshore guy' in every call",
        "Sanne",
        "Product Owner at the client bank (not his employer)",
        Role.OTHER,
        biweekly(1),
        time(14, 0),
        "Hamza builds the Android app of a Dutch online bank through his Lahore employer. The client's "
        "product owner wants the app-store rating at 4.5 and login security watertight before the "
        "10 December code freeze. She has hinted at hiring him directly in Amsterdam, but his contract "
        "bars client hires for 12 months. He still has no access to the production crash data.",
        logged=(
            Logged(
                P,
                "sanne's #1 = app store rating. we're 3.9, she wants 4.5 by Q1. reviews all crashes + login",
                115,
            ),
            Logged(
                A,
                "asked sanne to put me in sprint review so i demo my own work instead of faisal presenting it. yes from next sprint",
                108,
                DONE,
            ),
            Logged(
                W,
                "demoed the new onboarding in sprint review, their CTO said 'this is how it should feel' 🔥",
                94,
            ),
            Logged(
                N,
                "loadshedding 2x a day in our block, UPS dies in 3 hrs. doing evening calls from a cafe in DHA",
                88,
            ),
            Logged(
                G,
                "fixed the SCA redirect bug on a sunday night bc their release was blocked. didnt log the hours",
                80,
            ),
            Logged(
                A,
                "asked sanne for read access to crashlytics prod. 'need to check with security'... still nothing",
                73,
            ),
            Logged(W, "crash-free users 98.2 -> 99.6% after the webview fix", 60),
            Logged(
                N,
                "joris (their iOS guy) in standup again 'android side is always behind'. we shipped 2 days b4 iOS yaar",
                54,
            ),
            Logged(
                P,
                "sanne: bank under DNB pressure on login security, biometric fallback has to be rock solid",
                47,
            ),
            Logged(
                F,
                "send ayesha (QA) the test matrix for biometric fallback — android 10-15, samsung + xiaomi",
                40,
            ),
            Logged(N, "ammi wants me in faisalabad in dec for the rishta thing. not now pls", 33),
            Logged(
                G,
                "wrote the android part of their incident postmortem, sanne forwarded it to her mgr",
                26,
            ),
            Logged(
                F,
                "faisal wants my oct timesheets fixed by end of month, client invoice is stuck on it",
                19,
            ),
            Logged(
                N,
                "sanne in last 1:1: 'have you ever thought about working here in amsterdam?' 😶 then changed topic",
                14,
            ),
            Logged(N, "checked my contract. 12 month non-solicit for client hires. kya karun", 12),
            Logged(
                P, "code freeze for the xmas release 10 dec, nothing ships after that till 6 jan", 9
            ),
            Logged(F, "joris needs the API error code mapping from me by thurs so iOS matches", 7),
            Logged(
                F,
                "promised sanne the biometric fallback proposal (2 options + effort) by mon 30th",
                5,
            ),
            Logged(
                N,
                "crashlytics: their security team emailed asking for a police certificate from pakistan. ok so its moving at least",
                3,
            ),
            Logged(W, "rating 3.9 -> 4.1 this month 🎉", 2),
            Logged(
                AG,
                "do i ask sanne what she meant about amsterdam? or does that get me and the company in trouble",
                1,
            ),
            Logged(AG, "push crashlytics access b4 freeze — cant promise 4.5 flying blind", 0.5),
        ),
    ),
)
