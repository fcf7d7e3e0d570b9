# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 42 (set BS)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH70 = (
    Persona(
        "BS_tomasz_electrician_gdansk",
        "Tomasz",
        "third-year electrician apprentice at a small electrical installation firm (12 people), Gdańsk, Poland",
        "zdać czeladnika w styczniu za pierwszym razem, potem uprawnienia SEP do 1 kV i nie być już 'młodym' na budowie",
        "Majster",
        "Zbigniew 'Zbyszek' Kowalczyk, 61, master electrician and co-owner of the firm; Tomasz's formal apprenticeship mentor (mistrz szkolący) who signs his practice logbook. Day to day Tomasz works under the site foreman Darek.",
        Role.MENTOR,
        biweekly(4),
        time(7, 0),
        "Tomasz is 20, in the last year of a dual apprenticeship. His journeyman exam (egzamin czeladniczy) at the Izba Rzemieślnicza is in January; the registration deadline is 11 December and he cannot register without Zbyszek's signatures in his practice logbook for September to November, which Zbyszek keeps forgetting to bring. Zbyszek lent him the firm's Sonel meter to practise measurements, which went well. On the Łostowice housing job the foreman Darek, who is Zbyszek's brother-in-law, has twice told him to swap breakers in a live distribution board rather than cut power to a whole stairwell; in October Tomasz did it, got a small arc flash and a scorched glove and told nobody. This week he refused, and Darek told him to go back to school if he didn't like it. Tomasz is afraid that raising it will look like snitching on family. He also asked for 10 December off for a theory course and has no answer. Zbyszek asked him to keep an eye on the new first-year, Kuba, and to clear out the warehouse by year end; he has done half and handed in the scrap money. The meetings are every other Friday at 7:00 in the workshop before the vans leave.",
        logged=(
            Logged(
                P,
                "majster: pomiary to podstawa, komisja zawsze oblewa na pomiarach. ćwiczyć ćwiczyć ćwiczyć",
                41,
            ),
            Logged(
                A,
                "poprosiłem o pożyczenie miernika Sonel na weekend zeby ćwiczyć u wujka",
                41,
                DONE,
            ),
            Logged(
                N,
                "brakuje mi podpisów w dzienniczku za wrzesień i październik!! bez tego nie dopuszczą",
                36,
            ),
            Logged(
                N,
                "Darek na Łostowicach: 'nie wyłączaj całej klatki, ludzie w domu, wymień na żywca'. zrobiłem. łuk przy N, rękawica osmalona. nikomu nie mówiłem",
                31,
            ),
            Logged(F, "kupić nowe rękawice, stare do wyrzucenia", 31),
            Logged(
                G,
                "pomogłem Kubie (1 rok) z płytą indukcyjną u klienta, majster prosił zebym go pilnował",
                29,
            ),
            Logged(A, "wolne 10 grudnia na kurs teoretyczny w Izbie - można?", 27),
            Logged(A, "podpisy w dzienniczku wrzesień/październik", 27),
            Logged(
                W,
                "miernik na weekend 👍 zmierzyłem całą chate u wujka w Pruszczu, brak ciągłości PE w łazience lol. pętla zwarcia już ogarniam",
                19,
            ),
            Logged(
                W,
                "pani Renata z Oliwy zadzwoniła do biura ze jestem 'bardzo kulturalny i posprzątałem' 😅 majster przekazał na porannej",
                16,
            ),
            Logged(
                N,
                "spotkanie: znowu zapomniał dzienniczka. 'za dwa tygodnie'. a termin zgłoszeń 11.12!!",
                13,
            ),
            Logged(
                P,
                "majster chce zebym do końca roku ogarnął magazyn, kable posortowane, stare bębny na złom",
                13,
            ),
            Logged(
                G,
                "magazyn w połowie, bębny wywiezione w sobote, 380 zł ze złomu oddałem do biura",
                5,
            ),
            Logged(
                N,
                "Darek znowu to samo na nowym bloku. powiedziałem ze nie, wyłącze sekcje. wkurzony, 'jak ci się nie podoba to wracaj do szkoły'. nie wiem czy mówić majstrowi, to szwagier przecież",
                2,
            ),
            Logged(
                F,
                "zgłoszenie na egzamin - formularz + opłata (1100 zł??) sprawdzić czy firma płaci czy ja",
                1.5,
            ),
            Logged(AG, "DZIENNICZEK!!! podpisy wrzesień-listopad, termin 11.12", 0.6),
            Logged(AG, "wolne 10.12 - dalej brak odpowiedzi", 0.6),
            Logged(
                AG,
                "Darek i wymiana na żywca... może zapytać ogólnie 'jak u nas ma być z wyłączaniem' zamiast mówić wprost?",
                0.3,
            ),
        ),
        tz="Europe/Warsaw",
    ),
    Persona(
        "BS_aroha_dairy2ic_matamata",
        "Aroha",
        "2IC (second-in-charge) on a 540-cow family-owned dairy farm near Matamata, Waikato, New Zealand",
        "Get a contract milking job for the 2027/28 season (starts 1 June). Need Dave's reference and his honest take on whether I'm ready",
        "Dave",
        "Dave Hutchinson, 57, the farm owner and her direct boss; his wife Sharon does the books and payroll",
        Role.MANAGER,
        weekly(0),
        time(13, 30),
        "Aroha is 31, from Tokoroa, six years in dairy and in her second season as 2IC. She got the farm through calving, covered all of Dave's milkings for two and a half weeks after his knee operation, and is running heat detection for mating, where the submission rate is the best the farm has had in years. From her own notebook she worked about 68 hours a week in August and September while her payslips show a flat 50; by her count roughly 38 hours are owed. She has raised it twice and been told Sharon is 'sorting it'; nothing has changed. She dislikes making it a fight with the family she lives next to. A junior, Jayden (19), flipped a quad without a helmet; she got Dave to pay for new helmets and make them a rule. She has quietly found a 350-cow contract milking job near Te Aroha with applications closing 11 December that needs two referees, while Dave keeps talking as if she will run his farm in a couple of years. She hasn't decided whether to tell him first or apply and ask for the reference later. The AI technician wants to finish artificial breeding on 1 December and put the bulls out. They meet on Mondays after lunch in the farm office.",
        logged=(
            Logged(N, "calving done!! 538 calved, lost 9 calves all up. Dave happy enough", 60),
            Logged(
                G,
                "covered all Dave's milkings while he was off w his knee, 2.5 wks no days off",
                55,
            ),
            Logged(
                N,
                "tallied my hrs from the notebook Aug+Sep: avg 68/wk. payslips say 50 flat every week. ugh. raise w Dave not Sharon",
                45,
            ),
            Logged(A, "asked Dave re hrs over 50 — he'll 'look at it w Sharon'", 38),
            Logged(
                P,
                "Dave: mating is everything this yr, wants 6wk in-calf over 75%. me on heat detection every morning no excuses",
                38,
            ),
            Logged(
                N,
                "Jayden flipped the quad on the race by the effluent pond. he's ok, bruised. NO helmet. again 😤",
                30,
            ),
            Logged(F, "helmets — the 2 in the shed are cracked. get quote Farmlands", 30),
            Logged(
                A, "asked for $ for 3 new helmets + make it a rule, no helmet no quad", 24, DONE
            ),
            Logged(
                W,
                "submission rate 93% after 3 wks 🙌 best on this farm in yrs. Dave said 'not bad' which is basically a medal lol",
                17,
            ),
            Logged(
                N,
                "saw the ad. contract milking 350 cows Te Aroha, apps close 11 Dec, 2 referees 😬",
                12,
            ),
            Logged(
                N,
                "Dave at smoko on about 'when you're running this place in a couple of yrs'... he thinks I'm staying. said nothing",
                10,
            ),
            Logged(A, "hrs again. 'Sharon's sorting it'. nothing on the 12/11 payslip either", 10),
            Logged(F, "ring Fed Farmers re hrs, what does my agreement actually say", 8),
            Logged(
                W, "helmets here, rule on the whiteboard. Jayden actually wearing his, miracles", 6
            ),
            Logged(
                N,
                "Fed Farmers lady said my own records count. I've got them. ~38hrs owed Aug-Sep by my maths",
                5,
            ),
            Logged(
                AG, "hrs owed — bring the notebook. stay calm. not necessarily Sharon's fault", 2
            ),
            Logged(AG, "AI tech wants to finish AB 1 Dec + bulls out, check Dave ok w that", 1),
            Logged(
                AG,
                "tell him about Te Aroha?? or apply first and ask for the reference after... decide before Mon",
                0.4,
            ),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "BS_mariana_tecenfermagem_belohorizonte",
        "Mariana",
        "técnica de enfermagem (nursing technician) on the night shift at a private long-term care home for the elderly (ILPI, 48 residents), Belo Horizonte, Brazil",
        "quero passar pro plantão diurno e começar a faculdade de enfermagem em fevereiro sem perder o emprego",
        "Dona Célia",
        "Célia Rezende Campos, 64, founder and administrative director of the care home; Mariana's skip-level. Her direct boss is the nurse coordinator, Enfermeira Patrícia.",
        Role.SKIP,
        monthly(1, 2),
        time(7, 30),
        "Mariana is 47, nineteen years a nursing technician, four of them on nights at this home. After complaints about turnover, Dona Célia started monthly conversations with each night worker, right after the shift ends; this is Mariana's first. Célia fixed a loose bed rail Mariana flagged and cares above all about the Vigilância Sanitária inspection in December. Mariana has just passed the entrance exam for the evening nursing degree at PUC starting in February, which only works if she moves to days; a day technician, Simone, is retiring. The delicate part: Seu Antônio, a resident with dementia, keeps turning up with bruises on his arms and wet hours after the scheduled change, on nights when the colleague Rosilene looks after him; Mariana once heard him shouting 'não' while Rosilene was alone with him. She told Patrícia three weeks ago and nothing happened; then Patrícia, who is close to Rosilene, asked her whether she 'has a problem with Rosi'. Mariana feels she is being made the problem and is unsure whether to go over Patrícia's head; she wants to stick to facts. Night staffing is two technicians for 48 residents. She trained two new hires on the records app on her own unpaid time.",
        logged=(
            Logged(
                N,
                "Dona Célia passou no plantão de madrugada pela 1a vez em anos, trouxe pão de queijo 😂 disse q vai conversar com cada uma da noite todo mês",
                33,
            ),
            Logged(
                A,
                "pedi pra Dona Célia ver a grade da cama do 12, solta faz 2 semanas, Seu Antônio quase caiu",
                33,
                DONE,
            ),
            Logged(
                N,
                "Seu Antônio com roxo no antebraço esquerdo de novo. Rosi disse q ele 'se debateu'. tava molhado às 5h, a troca era 2h",
                25,
            ),
            Logged(
                F, "anotar tudo, data e hora. foto?? pode tirar foto de residente? perguntar", 25
            ),
            Logged(N, "falei com a Patrícia sobre o Seu Antônio. 'vou ver'. e nada", 22),
            Logged(
                G,
                "ensinei as 2 meninas novas (Kauane e Jéssica) o app do prontuário, fiquei 1h depois do plantão sem ganhar nada",
                19,
            ),
            Logged(W, "grade do 12 consertada!! 🙏", 16),
            Logged(
                N,
                "PASSEI no vestibular da PUC enfermagem noturno!!! 😭😭 começa fevereiro. só dá se eu sair da noite",
                12,
            ),
            Logged(
                P,
                "Célia na reunião geral: prioridade é a vistoria da Vigilância em dezembro, tudo em dia, prontuário, escala, POP",
                11,
            ),
            Logged(
                W, "outubro e novembro zero queda no plantão noturno, a Patrícia pôs no mural", 9
            ),
            Logged(
                N,
                "outro roxo, agora no punho. 03h40 Rosi sozinha no quarto dele, ouvi ele gritando 'não'. anotei",
                6,
            ),
            Logged(
                N,
                "a Patrícia me perguntou se eu 'tô com algum problema com a Rosi'. me senti a errada da história",
                4,
            ),
            Logged(
                F, "escala de fevereiro fecha em janeiro, se for pedir troca tem q ser antes", 3
            ),
            Logged(
                AG,
                "pedir pra ir pro diurno a partir de fevereiro (faculdade). a Simone vai aposentar, tem vaga?",
                1.2,
            ),
            Logged(
                AG,
                "Seu Antônio. falar ou não? se falar: só fatos, datas, roxos, horário da troca. não acusar ninguém",
                0.5,
            ),
            Logged(AG, "2 técnicas pra 48 na madrugada não dá. a vistoria vai ver isso", 0.5),
        ),
        tz="America/Sao_Paulo",
        first=True,
    ),
    Persona(
        "BS_hassan_warehouse_tanger",
        "Hassan",
        "night-shift team leader (chef d'équipe, 22 people) at a third-party logistics warehouse serving automotive suppliers in the Tanger Med free zone, Morocco",
        "nwli superviseur d'entrepôt en 2027 — w nkmel le certificat Supply Chain li katkhelsou la boîte",
        "Mme Alaoui",
        "Nadia Alaoui, 49, regional operations director for northern Morocco; not in his reporting line (his boss is the site manager, M. Ferreira). She nominated him for the company's 'Talents Terrain' programme and meets him monthly as his sponsor.",
        Role.SPONSOR,
        monthly(1, 1),
        time(16, 0),
        "Hassan is 38, married with three children, and rose from forklift driver to night team leader. Nadia Alaoui picked him for the talent programme after his reorganisation of picking zones cut mis-picks; her priority is a picking error rate under 0.5% across the north before a major client audit in March. The programme includes a supply chain certificate with Saturday classes in Tangier, with a module exam on 19 December and no resit. She asked him to present his zone system to the Kenitra and Tanger Automotive site managers by video on 10 December; his slides are less than half done. He asked in October whether he could move to day shift during the certificate; she said she'd speak to Ferreira and he has heard nothing. Ferreira made a sarcastic remark in front of the team about Hassan talking directly to management. In early November Hassan's father had a stroke in Chefchaouen; he drives there every weekend because his brother lives in Spain, has missed two Saturday classes, and has told Alaoui nothing because he doesn't want pity or to look unreliable. He trained six agency temps on the scanners beyond his remit and sent her the error-by-zone spreadsheet she wanted. Night shift has passed 200 days without an accident.",
        logged=(
            Logged(
                P,
                "Mme Alaoui: priorité = taux d'erreur picking < 0,5% sur tout le nord avant l'audit client en mars",
                51,
            ),
            Logged(N, "elle a dit 'je t'ai choisi pour les résultats, pas pour faire joli' 😅", 51),
            Logged(
                A,
                "demandé si je peux passer shift jour pendant la formation. elle va voir avec Ferreira",
                51,
            ),
            Logged(
                N,
                "Ferreira devant l'équipe: 'ah c'est toi qui parles à la direction maintenant'. ma3jbatnich had lmoujaha",
                44,
            ),
            Logged(
                G,
                "formé 6 intérimaires Manpower sur les scanners, 3 nuits, c pas mon périmètre mais bon",
                37,
            ),
            Logged(N, "bba tay7 f Chefchaouen, AVC. f sbitar. 3ay9in ghir bach wsalt", 24),
            Logged(
                N,
                "rdv visio court. rien dit pour bba. elle veut que je présente le système zones aux chefs de site Kenitra + Tanger Automotive le 10/12",
                23,
            ),
            Logged(F, "slides présentation zones picking avant le 10/12 !!", 23),
            Logged(N, "shift jour: toujours rien de Ferreira. je sais pas si elle lui a parlé", 16),
            Logged(
                W, "200 jours sans accident équipe nuit 🎉 + erreur picking 0,38% en octobre", 13
            ),
            Logged(
                N,
                "2ème samedi raté (Chefchaouen). prof: examen module 2 le 19/12, pas de rattrapage. 2 absences = avertissement",
                12,
            ),
            Logged(
                G, "envoyé à Mme Alaoui le fichier Excel erreurs par zone pour son comité", 9, DONE
            ),
            Logged(
                N,
                "bba mzyan chwiya, kayhder. lhamdulillah. mais khass chi wa7ed m3ah, khouya f Espagne",
                5,
            ),
            Logged(F, "slides: 4 sur 10", 2),
            Logged(
                AG, "lui dire pour bba? au moins expliquer les samedis. pas chercher la pitié", 1
            ),
            Logged(AG, "shift jour — relancer, sinon je rate l'examen du 19/12", 0.7),
            Logged(
                AG, "montrer chiffres zones + lui proposer de venir voir la nuit elle-même", 0.4
            ),
            Logged(AG, "Ferreira... dire qu'il le prend mal ou pas? bla mat3ya9 lya", 0.4),
        ),
        tz="Africa/Casablanca",
    ),
    Persona(
        "BS_sigrun_fieldtech_reykjavik",
        "Sigrún",
        "senior field and instrument technician at a government geoscience research institute, Reykjavík, Iceland",
        None,
        "Magnús",
        "Dr. Magnús Þórarinsson, 45, senior research scientist who leads the Reykjanes deformation and gas monitoring project; he doesn't manage her (the lab head Kristín does) but sets the project's priorities and she works mostly on his stations",
        Role.PEER,
        biweekly(1),
        time(9, 0),
        "Sigrún is 52 and has installed and maintained GNSS and gas stations on the Reykjanes peninsula for twenty years; since the eruptions the stations keep getting damaged. Magnús is brilliant and overloaded, messages her late at night, and needs continuous Svartsengi gas data for the Civil Protection (Almannavarnir) briefings. She got a battery budget approved after putting it in writing, but the heated enclosure for station HS03 was pushed to 'next year' and she expects it to fail again in January. On 30 October she recalibrated the CO2 sensors and put the new offsets in the shared folder. Reading draft v3 of his report to Civil Protection, she thinks the October flux figures still use the old offsets (raw logger values about 15% lower after 30 October) and one figure looks smoothed over the switch-over date. She can't tell whether it's a mistake or a choice, doesn't want to accuse a senior scientist, and believes the report goes out around 4 December. Her knee has been bad since a field trip and she is hiding it. A new PhD student, Geir, was promised field trips but hasn't had snow safety training; it will fall to her. Two stations need service before 10 December in a weather window.",
        logged=(
            Logged(N, "Magnús wants all 7 stations serviced before jól. in this weather. jájá", 37),
            Logged(
                P,
                "M: priority is continuous gas data from Svartsengi for the Almannavarnir briefings, gaps are 'politically bad'",
                37,
            ),
            Logged(
                A,
                "asked for budget: 12 batteries + heated enclosure for HS03. 'put it in writing'",
                37,
            ),
            Logged(G, "put it in writing. email 22/10 w quotes from Rafport", 35),
            Logged(
                N,
                "HS03 dead again after the storm, ice in the cable gland. 4h up there, hands gone",
                29,
            ),
            Logged(
                G,
                "recalibrated CO2 sensors Svartsengi, new offsets in shared folder 30/10 + told M on slack",
                27,
            ),
            Logged(
                N,
                "M slacking me at 23:40 again re GNSS gaps. they're in the ticket. he means well but",
                20,
            ),
            Logged(W, "batteries approved!! Kristín signed. enclosure 'next year' 🙄", 16),
            Logged(
                N,
                "read draft Almannavarnir report v3. Oct flux numbers look like OLD offsets?? raw logger files ~15% lower after 30/10. or I'm reading it wrong",
                8,
            ),
            Logged(F, "check again vs raw files before saying anything. maybe he reprocessed", 7),
            Logged(
                N,
                "checked. still doesn't match. fig 4 line is suspiciously smooth right across 29-31/10. hm.",
                5,
            ),
            Logged(
                N,
                "knee bad after Fagradalsfjall trip. not telling anyone, just slower on slopes",
                4,
            ),
            Logged(
                F,
                "Geir (new PhD) is coming on service trips, M promised him. nobody has done snow safety w him. me I suppose",
                3,
            ),
            Logged(
                AG,
                "the Oct numbers. ask it as a question: 'which offsets did you use for Oct?' report goes out 4 Dec I think",
                1,
            ),
            Logged(
                AG,
                "service trip HS05 + HS06 before 10 Dec, 2 people + the Hilux, watch the forecast",
                0.8,
            ),
            Logged(AG, "HS03 enclosure — 'next year' won't do, it will die again in Jan", 0.3),
        ),
        tz="Atlantic/Reykjavik",
    ),
    Persona(
        "BS_jiwoo_webtoonartist_seoul",
        "Ji-woo",
        "freelance webtoon artist drawing a weekly serialized romance-fantasy for a Korean webtoon platform, working from home in Seoul, South Korea",
        "시즌2 계약 조건 제대로 받기 (휴재 보장 + 어시 비용). and not wreck my wrist",
        "PD님",
        "Han Seo-yeon, 38, her PD (editor) at the webtoon studio that holds her serialization contract; not her employer, but runs her schedule and the season 2 negotiation",
        Role.OTHER,
        biweekly(1),
        time(14, 0),
        "Ji-woo is 27 and in the final run of season 1 of her first serialized webtoon; episode 60 uploads on Monday 28 December and each episode is due on Friday at 18:00. Her PD, Han Seo-yeon, wants no hiatus until the finale to keep the ranking, saying a strong finish helps the season 2 negotiation. Ji-woo wants the season 2 contract to guarantee hiatus weeks and fund a background assistant; the draft promised 'in November' hasn't arrived. She drew a year-end event illustration in three days on short notice and the 800,000 won fee hasn't been paid. Episode 55 reached #3 in the daily ranking. An orthopaedist diagnosed tendonitis in her wrist and told her to rest two weeks; she is drawing in a brace at about 70% speed and hasn't told the PD for fear it will hurt season 2. A PD from a rival platform has messaged her about her next work and she hasn't replied; she doesn't want her PD to know yet. They talk by video every other Tuesday.",
        logged=(
            Logged(
                N,
                "PD님 통화. 시즌1 60화 완결 확정, 마지막화 12/28(월) 업로드 ㄷㄷ 연말 완결이라니",
                37,
            ),
            Logged(
                P,
                "PD님: 완결까지 휴재 없이 가는게 제일 중요. 랭킹 유지. 완결 잘 나오면 시즌2 협상도 유리",
                37,
            ),
            Logged(A, "시즌2 계약서 초안 언제 볼 수 있는지 → '11월 중'", 37),
            Logged(G, "연말 이벤트 일러 급하게 요청 옴 → 3일만에 그려서 넘김. 새벽 4시 ㅠㅠ", 30),
            Logged(W, "55화 일간 3위!!! 댓글 '작가님 연출 미쳤다' 😭😭", 22),
            Logged(
                N, "손목 계속 찌릿. 정형외과 감 → 건초염. 의사쌤이 2주 쉬래 ㅋㅋ 어떻게 쉬어요", 18
            ),
            Logged(N, "오늘 통화에서도 손목 얘기 못함. 괜히 '그럼 시즌2는…' 이럴까봐", 9),
            Logged(A, "이벤트 일러 비용 80만원 정산 언제인지 물어봄 → 확인해보겠다고", 9),
            Logged(
                N,
                "다른 플랫폼 PD한테 DM 옴. 차기작 얘기하고 싶다고. 조건 좋아보임... 일단 답장 안함",
                7,
            ),
            Logged(N, "11월 중이라던 계약서 초안 아직 ㅎ", 4),
            Logged(F, "58화 콘티 금요일까지. 배경 너무 많음. 어시 쓸 돈 없음 ㅠ", 3),
            Logged(N, "손목 보호대 차고 그리는중. 속도 70% 정도", 2),
            Logged(AG, "시즌2 계약서 초안!! 휴재 보장 (10화마다 1주) + 배경 어시 비용 지원", 1),
            Logged(AG, "이벤트 일러 정산 80만원 아직", 1),
            Logged(AG, "손목... 말할까? 59-60화 마감 조금만 여유 달라려면 이유가 필요함", 0.4),
            Logged(AG, "다른 플랫폼 얘긴 절대 X (아직)", 0.3),
        ),
        tz="Asia/Seoul",
    ),
)
