# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 54 (set CT)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH97 = (
    Persona(
        "CT_lucia_enfermera_valencia",
        "Lucía",
        "enfermera de planta (medicina interna), hospital público, València",
        "q Amparo me firme el curso de experto en paliativos antes del 15/12 y dejar caer lo de la UHD para primavera. y no acabar quemada con las noches",
        "Amparo",
        "supervisora de la planta de medicina interna, su jefa directa",
        Role.MANAGER,
        biweekly(1),
        time(14, 45),
        "Lucía, 34, eight years a ward nurse on an internal-medicine floor in a public hospital in Valencia; writes in Spanish, shift-worker shorthand. She wants her supervisor to sign off a palliative-care course (deadline 15 Dec) and to sound out a move to home hospitalisation (UHD) in spring, and she is exhausted by consecutive night shifts. Amparo's own priority is falls prevention before a January quality audit, and Lucía owes her a revised falls protocol by 30 Nov. Delicate: two morphine-count discrepancies in the controlled-drugs register on a colleague's (JR) nights, plus behaviour that worries her; a union rep told her that staying silent could implicate her too. It is a patient-safety matter; she fears being seen as an informer and needs to raise facts, not accusations.",
        logged=(
            Logged(
                P,
                "Amparo en la reunión de planta: prioridad nº1 bajar caídas de pacientes, auditoría de calidad en enero 😬 quiere q TODAS hagamos la escala de riesgo de caídas al ingreso sin excepción",
                52,
            ),
            Logged(
                A,
                "le pedí a Amparo q me firme la solicitud del curso de experto en cuidados paliativos, plazo inscripción 15/12",
                45,
                DONE,
            ),
            Logged(
                F,
                "pasarle a Amparo las hojas de caídas del turno de tarde de octubre (las q faltaban)",
                40,
                DONE,
            ),
            Logged(
                A, "pedir a A no hacer más de 2 noches seguidas en dic, no duermo nada 😵‍💫", 35
            ),
            Logged(
                N,
                "Amparo dice q sí firma lo del curso pero formación solo paga el 50% y los cambios de turno los cuadro yo",
                30,
            ),
            Logged(
                G,
                "cubrí la noche del 31/10 q a Amparo le faltaba gente x la gripe. me debe una jaja",
                26,
            ),
            Logged(
                N,
                "lo de las noches: A dice q en dic imposible x vacaciones, q en enero lo mira. ya veremos",
                22,
            ),
            Logged(
                W,
                "la familia de la sra. de la 412 (paliativa, falleció el finde) mandó carta a dirección dándome las gracias con nombre y todo 🥹 Amparo la leyó en el relevo",
                20,
            ),
            Logged(
                F,
                "mandar a Amparo el protocolo de caídas revisado (timbres, barandillas, calzado) antes del 30/11!!",
                18,
            ),
            Logged(
                A,
                "preguntarle x la UHD, sale alguna plaza en primavera? A conoce a la sup de alli",
                14,
            ),
            Logged(
                N,
                "2º descuadre de morfina en el libro de estupefacientes en noche de JR. la 1ª vez 2 amp, ahora 1. dice q se le rompió y no lo apuntó. lo vi raro, los ojos, tarda mucho en el almacén. no se si decir algo, no quiero ser la chivata pero esto es seguridad del paciente",
                11,
            ),
            Logged(
                N,
                "hablé con Marisa (sindicato) off the record: dice q si lo sé y no lo comunico tb me salpica a mi. uff",
                8,
            ),
            Logged(AG, "curso paliativos: q firme YA (plazo 15/12) + cómo cuadro los turnos", 3),
            Logged(AG, "lo de JR y el libro. cómo lo digo sin acusar? solo fechas y hechos", 2),
        ),
        tz="Europe/Madrid",
    ),
    Persona(
        "CT_rangi_dairy2ic_waikato",
        "Rangi",
        "2IC on a 580-cow sharemilking dairy farm, near Matamata, Waikato",
        "work out if im actually ready to go contract milking next season (june) and how to pitch it to an owner without looking like a muppet",
        "Bryce",
        "retired sharemilker, his mentor through the regional young farmers mentoring scheme",
        Role.MENTOR,
        monthly(1, 2),
        time(13, 0),
        "Rangi, 27, Māori, second-in-charge on a Waikato dairy farm run by a sharemilker (Shane). He wants to step up to contract milking from June and his mentor Bryce has told him to do the numbers first; Rangi owes him a budget for a 350-cow contract-milking job by the end of November, and Bryce is lining up an introduction to an owner (Gary H, 280 cows). Delicate on several fronts: Shane has paid him late twice and not paid overtime for a 14-day stretch, and Bryce and Shane sit in the same discussion group; a neighbour has offered him a farm manager job (85k + house) he has told nobody about; and his koro is in hospital in Gisborne, so he may need a week off mid-mating.",
        logged=(
            Logged(
                P,
                "Bryce reckons numbers first - wants a proper budget for a 350 cow CM job, rate per kgMS, labour, vehicle, the lot b4 we talk owners",
                55,
            ),
            Logged(F, "CM budget (350 cows) to B by end of nov", 54),
            Logged(
                A,
                "asked B if he knows any owners round Matamata/Morrinsville lookin for a CM from june. he said leave it w him",
                50,
                DONE,
            ),
            Logged(
                W,
                "calving done!! 580 calved, only lost 9 calves, empty rate lookin ~9% 💪 Shane actually said good job lol",
                40,
            ),
            Logged(
                N,
                "B txt: owner out Walton way, Gary H, 280 cows, might want a CM for june - B will intro after mating",
                33,
            ),
            Logged(
                G,
                "helped B shift his bull + fixed the ballcock on his trough while i was there sat arvo",
                28,
            ),
            Logged(
                F,
                "send B my pasture walk records + calf rearing spreadsheet he wanted - sent",
                24,
                DONE,
            ),
            Logged(
                N,
                "pay late AGAIN (2nd time this season). also no OT for the 14 days straight in sept. dunno if i raise it w Shane or ask B - but him and Shane are in the same discussion group 😬",
                19,
            ),
            Logged(
                N,
                "Hemi next door (Tirau) offered me farm manager from june, 85k + house. havent told anyone. kinda tempting but i want CM",
                12,
            ),
            Logged(
                A,
                "ask B to look at my employment agreement re overtime - is 'reasonable additional hours' normal??",
                9,
            ),
            Logged(
                N,
                "koro back in hosp in Gizzy, might need to go up for a wk in dec. dunno how Shane will take it mid mating",
                5,
            ),
            Logged(
                AG, "go thru CM budget - is $1.30/kgMS realistic for 280 cows or am i dreaming", 2
            ),
            Logged(AG, "Hemi's offer - how long can i sit on it without being rude", 1),
            Logged(
                AG,
                "Shane pay thing - how do i bring it up w/out burning bridges (+ is it ok to ask B at all)",
                1,
            ),
        ),
        tz="Pacific/Auckland",
    ),
    Persona(
        "CT_haruka_kenkyuin_tsukuba",
        "晴香",
        "主任研究員（固体電解質）, 国立研究開発法人の材料研究所, つくば",
        "来年度からチームリーダーになりたい。S部長にちゃんと意思表示して、基盤Bの申請も後押ししてもらう",
        "佐藤部長",
        "直属の上司（田中課長）のさらに上の部長。月1で1on1",
        Role.SKIP,
        monthly(3, 1),
        time(16, 0),
        "Haruka Mori, 41, senior researcher on solid electrolytes at a national materials research institute in Tsukuba; writes in Japanese with English work terms. Her skip-level, Director Sato, says external funding and developing young researchers are the top priorities; she wants to become team leader next fiscal year and owes him a one-page vision by 10 Dec, and he has just sent blunt comments on her Kakenhi Kiban-B draft. She also asked him to back an extension for a junior colleague whose contract ends in March. Delicate: her direct boss (Section Chief Tanaka) told her to drop three samples from a paper's conductivity data 'because they look bad', which she sees as close to data manipulation; she is unsure whether to go to Sato or to the research-integrity office and fears humiliating Tanaka. She also leaves early on Friday afternoons to take her mother to hospital and has not told anyone.",
        logged=(
            Logged(
                P,
                "S部長、部会で「来年度は外部資金獲得と若手育成が最優先」って。部のKPIに科研費採択数入るらしい",
                58,
            ),
            Logged(A, "1on1でTLポストの件、来年度の体制どうなるか教えてほしいとお願いした", 44),
            Logged(
                A,
                "基盤Bの申請書、S部長に目通してもらえるか頼んだ→OK、11/20までに送ってとのこと",
                38,
                DONE,
            ),
            Logged(W, "ACS系のjournalにaccept🎉 筆頭！S部長からもメールでおめでとうって来た", 34),
            Logged(
                G,
                "部長に頼まれてた高校生向け見学会(10/24)の説明役やった。アンケート評判よかったらしい",
                33,
            ),
            Logged(
                N,
                "S部長と廊下で：体制は1月の部長会で決まる、それまでにTLとしてのビジョン1枚で出してって",
                30,
            ),
            Logged(F, "TLビジョン1枚、12/10までにS部長へ！まだ白紙…", 29),
            Logged(A, "後輩の山本さんの任期延長、S部長に口添えお願いした（3月で切れる）", 21),
            Logged(
                N,
                "T課長から、固体電解質のpaperで試料3つ(#7,#11,#12)の導電率データ「外れ値だから外して」と。根拠は？って聞いたら「見栄えが悪いから」…😰 これ改ざんに近くない？",
                16,
            ),
            Logged(
                N,
                "研究公正の窓口あるけど、いきなりそこは…。まずS部長に相談すべき？T課長の顔つぶすことになるかも。Slackのやりとりはスクショ保存済",
                13,
            ),
            Logged(N, "母の通院付き添いで金曜午後ほぼ休み。部長には言ってない", 10),
            Logged(F, "基盤Bドラフト送付 11/20", 8, DONE),
            Logged(N, "S部長からコメント返ってきた：「目的が広すぎ、1つに絞れ」。正論…", 4),
            Logged(AG, "TLビジョンの方向性、提出前に5分だけ相談したい", 3),
            Logged(AG, "T課長のデータの件、どう切り出す？事実だけ", 1),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CT_joao_subchef_saopaulo",
        "João",
        "subchef, restaurante do grupo (unidade Pinheiros), São Paulo",
        "quero sair dessa com a vaga de chef de Campinas garantida e falar de salário sem parecer ingrato",
        "Marcela",
        "diretora de operações do grupo, quem está bancando o nome dele pra chef da unidade nova",
        Role.SPONSOR,
        biweekly(0),
        time(15, 30),
        "João Pedro, 29, sous-chef at the flagship of a São Paulo restaurant group; writes in Portuguese with kitchen and WhatsApp shorthand. The group's operations director, Marcela, is pushing him for head chef of the new Campinas unit opening in March; her priorities are food cost under 30% from month one and a brigade trained in São Paulo beforehand. He owes her a four-week training plan by 5 Dec and has not had an answer on the Campinas salary. Delicate: a hotel chef has offered him an executive sous-chef job (9.5k, reply by 10 Dec) that nobody knows about, and his back has gone again; the orthopaedist suspects a herniated disc and wants 15 days off, and he fears that taking leave now would cost him Campinas.",
        logged=(
            Logged(
                P,
                "Marcela na reunião: Campinas abre em março, quer CMV abaixo de 30% desde o 1º mês e equipe treinada aqui antes de ir",
                57,
            ),
            Logged(
                A, "pedi pra Marcela me deixar acompanhar as entrevistas da brigada de Campinas", 48
            ),
            Logged(
                N,
                "Marcela topou as entrevistas mas só se o Rodrigo liberar minha escala. ele ainda não respondeu 🙄",
                41,
            ),
            Logged(A, "pedir pra M indicar curso de gestão (Senac?) e se o grupo paga", 40, DONE),
            Logged(
                F,
                "mandar pra M as 3 cotações de fornecedor de peixe em Campinas - feito, mandei por email",
                35,
                DONE,
            ),
            Logged(
                G,
                "montei as fichas técnicas dos 14 pratos do menu novo pra ela levar pra Campinas, virei 2 madrugadas",
                30,
            ),
            Logged(N, "M: grupo paga 50% do curso de gestão do Senac, começa em fev", 26),
            Logged(
                W, "fechei outubro com CMV 28,7% na cozinha 🔥 Marcela mandou áudio elogiando", 24
            ),
            Logged(
                F,
                "plano de treinamento da brigada de Campinas (4 semanas) pra Marcela até 5/12",
                20,
            ),
            Logged(
                A,
                "perguntei do salário de chef em Campinas, ela disse 'depois a gnt conversa'... até agora nada",
                15,
            ),
            Logged(
                N,
                "chef Otávio do hotel na Faria Lima me ofereceu sous chef executivo, 9,5k + VR, CLT. resposta até 10/12. não falei pra ninguém",
                9,
            ),
            Logged(
                N,
                "coluna travou de novo sábado no meio do serviço. ortopedista falou em hérnia, pediu ressonância (3/12) e 15 dias de afastamento. se eu me afastar agora perco Campinas?",
                6,
            ),
            Logged(
                AG,
                "salário Campinas: levar número (quero 12k). falo da proposta do hotel ou não??",
                1,
            ),
            Logged(AG, "mostrar rascunho do plano de treinamento", 2),
            Logged(
                AG,
                "ressonância dia 3/12, preciso da folga. como falo disso sem ela achar q não aguento",
                1,
            ),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CT_wanjiru_legalaid_nairobi",
        "Wanjiru",
        "programme officer, legal aid NGO (access to justice, informal settlements), Nairobi",
        "get the joint proposal to the Foundation in by 15 Dec with both offices budgets agreed, and not let Kisumu's paralegal stipends get cut",
        "Peter",
        "Peter Otieno, programme officer at the Kisumu office, her peer and co-lead on the joint donor proposal",
        Role.PEER,
        biweekly(3),
        time(11, 0),
        "Wanjiru, 38, programme officer at a legal-aid NGO in Nairobi; writes English mixed with Swahili/Sheng. She and Peter, her peer in the Kisumu office, are co-writing a donor proposal; his priority is paying community paralegals on time, since two resigned over late stipends. She owes him the M&E framework and logframe by 30 Nov; Finance has pulled the budget deadline forward to 8 Dec, and Kisumu's travel line is double Nairobi's and unexplained. Delicate: while preparing the proposal annexes she found signs of padded per diems at a training in Homa Bay, claimed by a field coordinator who reports to Peter (look-alike signatures, participants saying they attended one day, not two). It is a money and integrity issue that could sink the proposal under audit, and she has to decide whether and how to raise it with a peer, who may be embarrassed or defensive, rather than going straight to management.",
        logged=(
            Logged(
                P,
                "Peter's big thing: Kisumu community paralegals must get stipends on time, 2 resigned in sept bc of delays. he said it 3 times lol",
                56,
            ),
            Logged(
                A,
                "asked P to send Kisumu budget lines for the Foundation proposal (staff %, travel, paralegal stipends)",
                47,
                DONE,
            ),
            Logged(
                G,
                "shared our case mgmt tracker template w P + did 1hr zoom walkthrough w his team",
                40,
            ),
            Logged(
                N,
                "P sent the budget finally 😅 but travel line is like 2x ours?? need to understand why",
                31,
            ),
            Logged(
                W,
                "Mathare eviction case - ruling went our way!! 43 families. ED mentioned it in all-staff 🙌",
                27,
            ),
            Logged(F, "owe P Nairobi M&E framework draft + logframe by 30/11", 22),
            Logged(
                A,
                "asked P if he can get support letters from Kisumu county + the court users committee. he said 'nitajaribu'",
                18,
            ),
            Logged(
                N,
                "going thru Q3 reports for the annex. Homa Bay training 12-13 Aug: per diem claimed for 40 ppl, attendance sheet has 40 names but ~15 signatures look same handwriting?? called 2 ppl, both said they only went 1 day. claimed by M.O. (P's field coord)",
                14,
            ),
            Logged(
                N,
                "havent told anyone. if donor audits this tumeisha. and P is actually M.O's line mgr. aiii",
                13,
            ),
            Logged(N, "Ruth (finance) wants proposal budget final by 8 Dec not 15th 😤", 7),
            Logged(
                A,
                "asked P on whatsapp if we can merge the 2 training budgets into one line - blue ticks, no reply",
                5,
            ),
            Logged(AG, "travel line - why 2x? agree a number b4 Ruth's 8 Dec deadline", 2),
            Logged(
                AG,
                "Homa Bay per diems... raise w P today? facts only, give him chance to explain",
                1,
            ),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CT_arjun_dataanalyst_pune",
        "Arjun",
        "junior data analyst, warehouse analytics team, 3PL logistics company, Pune",
        None,
        "Meenakshi ma'am",
        "Meenakshi Iyer, analytics team lead, his direct manager",
        Role.MANAGER,
        weekly(0),
        time(10, 30),
        "Arjun, 24, fourteen months into his first job as a data analyst at a third-party logistics firm in Pune; writes English with Hinglish. His manager Meenakshi's priority is warehouse dashboards (dock-to-stock time for the Chakan warehouse, client review 15 Dec, 'no more Excel by January'). His dashboard went live and is used by the operations head; he owes documentation and a data dictionary by 30 Nov, wants to lead the Bhiwandi rollout next quarter, and is chasing a training budget that HR has not answered. He is aiming for an 'exceeds' rating in the January appraisal. Mildly delicate: a senior teammate, Rohit, presented Arjun's dashboard in an ops review as the team's work while Meenakshi was in the room; Arjun is hurt and worries that raising it will sound like complaining.",
        logged=(
            Logged(
                P,
                "M ma'am priority this qtr: dock-to-stock dashboards for Chakan WH, client review 15 Dec. she said 'no more excel by jan'",
                53,
            ),
            Logged(
                A,
                "asked M for WMS prod read replica access, still getting csv dumps daily 🙄",
                46,
                DONE,
            ),
            Logged(N, "replica access approved finally, M escalated to IT 👍", 39),
            Logged(A, "asked M abt python/airflow course budget - she said check w HR L&D", 29),
            Logged(
                W,
                "Chakan dock-to-stock dashboard LIVE, ops head used it in his morning call 😎",
                25,
            ),
            Logged(F, "mailed HR L&D re airflow course (18k) - no reply yet, chase", 22),
            Logged(
                G,
                "stayed till 11 on 6 nov (day b4 diwali leave) fixing SLA report for M's client call",
                20,
            ),
            Logged(
                N, "appraisal cycle starts jan, want 'exceeds' this time. last yr 'meets' 😕", 17
            ),
            Logged(
                N,
                "Rohit presented my dashboard in ops review as 'what we built'... he didnt even touch it. M was there. feeling v bad yaar",
                15,
            ),
            Logged(F, "owe M: dashboard documentation + data dictionary by 30 Nov", 12),
            Logged(A, "asked if i can own Bhiwandi WH rollout next qtr. she said 'lets see'", 8),
            Logged(AG, "Bhiwandi rollout - can i lead it? show Chakan usage numbers", 2),
            Logged(AG, "how to bring up the Rohit thing w/o sounding like cribbing", 1),
        ),
        tz="Asia/Kolkata",
    ),
)
