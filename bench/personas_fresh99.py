# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 55 (set CV)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH99 = (
    Persona(
        "CV_thandiwe_midwife_durban",
        "Thandiwe",
        "registered midwife, labour ward of a regional public hospital, Durban",
        "want Sr N to motivate me for the Advanced Midwifery diploma (apps close 15 Jan) + stop giving me 3 nights back2back",
        "Sr Naidoo",
        "operational manager of the maternity unit, Thandiwe's direct line manager",
        Role.MANAGER,
        weekly(4),
        time(14, 0),
        "Thandiwe is 34, eight years a midwife, strong clinically (a cord prolapse she handled fast was noted by the doctor). "
        "Her practical asks are hospital funding for the UKZN diploma (Sr Naidoo must write the motivation) and a fairer night roster, "
        "plus leave 18-22 Dec for her mother on dialysis, which has not been answered. She owes Sr Naidoo the PPH drill sign-offs by 27 Nov "
        "and is 5 short. Delicate: a senior midwife who trained her, Sr B, seems to come to nights smelling of alcohol, slept on duty and "
        "missed decelerations on a CTG for ~40 min; the baby was fine. Sr B is going through a divorce and is close to Sr Naidoo; a colleague "
        "says leave it. This is a patient-safety and fitness-for-duty matter she has not raised with anyone.",
        logged=(
            Logged(
                A,
                "asked Sr N abt the adv midwifery diploma - which uni n if hospital will fund?? she said 'let me check w training dept'",
                52,
            ),
            Logged(
                N, "CPD pts - need 5 more b4 end of yr. does ethics wkshop 20 Nov count? ask", 45
            ),
            Logged(
                G,
                "covered Zanele's night sat 17th so Sr N didnt hv to call agency. she said ngiyabonga sisi 🙏",
                40,
            ),
            Logged(
                P,
                "Sr N: big thing for her rn = PPH drill audit in Dec, district is coming. wants ALL staff signed off on PPH bundle by 30 Nov",
                38,
            ),
            Logged(
                F,
                "told her I'll run the PPH drill for nights team + send her the sign off sheet by 27 Nov",
                36,
            ),
            Logged(
                W,
                "cord prolapse 3am, had baby in theatre in 11 min 💪 apgars 8/9. Dr Pillay wrote it in the ward book",
                30,
            ),
            Logged(
                N,
                "night of 4th. Sr B again. smell of alcohol im like 90% sure. missed decels on bed 6 CTG for ~40min, i picked it up. baby fine thank God. havent said anything to anyone. shes going thru divorce + she trained me 😔",
                22,
            ),
            Logged(
                A,
                "asked Sr N for leave 18-22 Dec (mom in Eshowe, dialysis 3x wk). she said submit the form will see w roster",
                20,
            ),
            Logged(
                N,
                "training dept answered thru Sr N: hosp funds 2 seats, UKZN, Sr N has to write motivation. apps close 15 Jan",
                15,
            ),
            Logged(
                F,
                "PPH drill - 9 of 14 nights staff done. still Lindiwe, Ayanda, the 2 agency + Sr B",
                12,
            ),
            Logged(
                N,
                "Sr B slept in tea room 2-4am last nt. Nomsa saw too. Nomsa says 'leave it, not our business'",
                9,
            ),
            Logged(
                A,
                "new roster: 3 nights back2back AGAIN 7,8,9 Dec. said to Sr N in passing, she said 'we're short, bear with me'",
                6,
            ),
            Logged(
                AG,
                "ask her to motivate me for diploma - bring CPD list + the cord prolapse case",
                2,
            ),
            Logged(
                AG,
                "how do i raise the Sr B thing?? maybe first ask in general 'what do we do if worried abt a colleague fitness for duty'",
                1,
            ),
        ),
        tz="Africa/Johannesburg",
    ),
    Persona(
        "CV_joao_cafeicultor_carmodeminas",
        "João",
        "cafeicultor, sítio de 18 ha, cooperado, Carmo de Minas (Sul de Minas)",
        "quero decidir ate janeiro se planto mais 2 ha de catuai ou arrendo pro vizinho, e passar na auditoria da certificação sem tropeço",
        "Seu Everaldo",
        "agrônomo aposentado da Emater, mentor do João há anos, vizinho da cidade",
        Role.MENTOR,
        monthly(1, 5),
        time(7, 0),
        "João is 52, a smallholder coffee grower who writes only in Portuguese, in WhatsApp style. He is weighing planting 2 more hectares "
        "against leasing them out; his mentor has already told him his labour cost is underestimated (R$180/saca, not 140), and a bank loan "
        "of R$62 mil falls due on 15 March. He owes Seu Everaldo the internal audit report by 30 Nov (external audit 10 Dec) and is stuck on "
        "missing fertiliser invoices. He won 3rd place in the coop quality contest. Seu Everaldo's own wish is that João presents his plot at "
        "the Emater field day in February, and João has driven him to the doctor. Delicate: his brother Zé wants to sell his inherited 6 ha "
        "share, including a shared spring, to the big neighbouring farm to pay a truck debt; João has told nobody, not even his wife Cida, "
        "and is asking about a lawyer and a right of first refusal. The mentor said they'd talk in person. A soil-analysis ask is still open.",
        logged=(
            Logged(
                A,
                "perguntei pro seu Everaldo se ele conhece alguem q faz analise de solo mais barato q o lab da coop. ele ficou de ver",
                58,
            ),
            Logged(
                N, "florada veio boa dps da chuva de 28/9 🌼 se vingar tudo da umas 420 sacas", 55
            ),
            Logged(
                P,
                "Seu E falou q o q ele mais quer esse ano eh q eu apresente minha lavoura no dia de campo da Emater em fev, mostrar a braquiaria nas entrelinhas. disse q eh o legado dele kkk",
                50,
            ),
            Logged(G, "levei ele em Varginha no medico dia 13/10, ele n dirige mais de noite", 44),
            Logged(
                A,
                "pedi pra ele olhar minha planilha de custo dos 2 ha novos (muda, adubo, mao de obra), mandei pelo zap",
                41,
            ),
            Logged(
                N,
                "Zé ligou. quer vender a parte dele (6 ha) pro pessoal da Boa Vista, diz q precisa p/ divida do caminhao. se vender eles ficam c/ a nascente q a gente divide 😡 n contei pra ninguem, nem pra Cida",
                33,
            ),
            Logged(
                F,
                "prometi mandar pro seu E o relatorio da auditoria interna ate 30/11 pra ele revisar antes da externa (10/12)",
                30,
            ),
            Logged(
                N,
                "seu E respondeu da planilha: to subestimando mao de obra da colheita, por R$ 180/saca e nao 140. muda do viveiro do Tião eh boa",
                26,
            ),
            Logged(
                W, "saiu o concurso de qualidade da coop: 3o lugar no natural, 86,5 pts!!! 🏆☕", 21
            ),
            Logged(N, "custeio do banco vence 15/03, R$ 62 mil. se plantar os 2 ha aperta", 17),
            Logged(
                A,
                "perguntei se ele acha q devo ir num advogado sobre direito de preferencia na venda do Zé. ele disse 'isso a gente conversa pessoalmente'",
                14,
            ),
            Logged(
                F,
                "ainda n mandei o relatorio da auditoria, falta NF do adubo de agosto. cobrar a loja do Jairo",
                8,
            ),
            Logged(AG, "decidir: planta ou arrenda? levar conta nova c/ 180/saca", 3),
            Logged(AG, "como falar do Zé sem brigar c/ ele... da pra eu comprar a parte dele?", 2),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CV_katrin_tischlerin_leipzig",
        "Katrin",
        "Tischlergesellin in einer kleinen Tischlerei (8 Leute), Leipzig-Plagwitz, Meisterschule berufsbegleitend",
        "Ich will bis März klar haben ob ich nach dem Meister bei Heinz bleib oder wechsle – und Fr. B soll mich beim Architektenabend vorstellen",
        "Frau Brandt",
        "Obermeisterin der Tischler-Innung Leipzig, hat eigene Werkstatt, fördert Katrin seit der Gesellenprüfung",
        Role.SPONSOR,
        monthly(1, 2),
        time(17, 30),
        "Katrin is 29, writes in German. Frau Brandt sponsors her: she got her an architect contact (an interior designer now wants to see "
        "Katrin's competition sideboard in December) and wants her to give a short talk at the guild's Tag des Handwerks in January, since "
        "she cares about women being visible in the trade. Katrin owes her the talk text by 4 Dec and photos for the guild's Instagram; "
        "her ask to be introduced at the chamber's architects' evening on 10 Dec is unanswered. She just passed Meisterschule part III with 92 points. "
        "Delicate: a bigger firm in Dresden offered her a workshop-lead job from 1 April (answer by 15 Dec); her boss Heinz does not know, "
        "Frau Brandt and Heinz are old friends, and leaving within 24 months would mean paying back about 3,200 EUR of Meisterschule funding. "
        "How much to tell her sponsor is the real question.",
        logged=(
            Logged(
                A,
                "Fr. B gefragt ob sie mir nen Kontakt zu nem Architekturbüro geben kann, wegen Wettbewerb (Sideboard Eiche/Filz). Sie fragt bei Lehmann+Partner",
                57,
            ),
            Logged(
                P,
                "Fr B: ihr isses wichtig dass mehr Frauen in der Innung sichtbar sind. will dass ich beim Tag des Handwerks im Jan kurz was erzähle",
                52,
            ),
            Logged(
                G,
                "am Sa für Fr B die Treppenwangen mit abgeholt + 3h in ihrer Werkstatt ausgeholfen, ihr Geselle war krank",
                47,
            ),
            Logged(N, "MS Teil III Prüfung 14.11. (AEVO) – lernen!!", 42),
            Logged(W, "Sideboard-Entwurf eingereicht 🙌 Abgabe 23.10., um 23:40 lol", 35),
            Logged(
                N,
                "Lehmann+Partner hat sich gemeldet! Fr. Okafor (Innenarch.) will sich das Sideboard im Dez anschauen, evtl Auftrag Einbau Praxis",
                31,
            ),
            Logged(
                N,
                "Anruf Holzmanufaktur Rehn (DD). Angebot Werkstattleitung ab 1.4., 3.900 brutto + Firmenwagen. Antwort bis 15.12. Heinz weiß nix. Fr B kennt Rehn senior glaub ich",
                27,
            ),
            Logged(
                N,
                "MS-Förderungsvertrag nochmal gelesen: kündige ich innerh. 24 Mon nach Abschluss -> anteilig zurück, ca 3.200€ 😬",
                25,
            ),
            Logged(
                F, "Fr B versprochen: Text für Vortrag Tag d. Handwerks bis 4.12., max 10 min", 20
            ),
            Logged(W, "Teil III bestanden!! 92 Pkt", 12),
            Logged(
                A,
                "gefragt ob sie mich beim Architektenabend der Kammer am 10.12. vorstellt – noch keine Antwort",
                10,
            ),
            Logged(
                F,
                "Fotos vom Sideboard für Fr B (Innung-Insta) – Jonas fragt ob 150€ ok sind, klären",
                5,
            ),
            Logged(
                AG,
                "Rehn ansprechen?? oder erstmal nur allgemein fragen wie sie das sieht, Wechsel nach dem Meister. sie u Heinz sind dicke",
                2,
            ),
            Logged(AG, "Architektenabend 10.12. nochmal nachhaken + Gliederung Vortrag zeigen", 1),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "CV_sharon_dcteamlead_dandenong",
        "Sharon",
        "night shift team leader, grocery distribution centre, Dandenong South (Melbourne)",
        None,
        "Craig",
        "site general manager of the DC, her ops manager Dean's boss (her skip-level)",
        Role.SKIP,
        biweekly(1),
        time(6, 30),
        "Sharon is 41, has run the night shift for four years, and meets Craig fortnightly at the end of her shift. She set no goal. "
        "Craig's priorities are a Christmas peak with no lost-time injuries, pick rate and overtime. Her nights lead the site on pick rate; "
        "she stayed back to help days with a recall. The licence-refresher ask was answered (the DC pays, book through Jo). She owes Craig "
        "the peak night roster by Fri 27 Nov and now has the quote he asked for on blue spot lights ($5,760 plus fitting). "
        "Delicate: two near misses in a month (a reach truck nearly pinned a picker, a pallet fell from a top rack) that her manager Dean "
        "told her not to log as incidents before peak. The safety rep says that is a WorkSafe issue and offers to come with her. "
        "She doesn't want to blindside Dean, who she thinks is under pressure rather than a bad bloke.",
        logged=(
            Logged(
                P,
                "Craig at town hall: his big 3 for Q4 = xmas peak w no LTIs, pick rate 165/hr, overtime down 10%",
                59,
            ),
            Logged(
                A,
                "asked Craig re LF licence refresher for my 4 new starters - who pays, agency or us?",
                55,
            ),
            Logged(
                G,
                "stayed back till 11am helping days sort the recall pallets. Craig came down n saw",
                49,
            ),
            Logged(W, "nights hit 171/hr avg for the wk 🎉 best on site", 43),
            Logged(N, "Jo (Craig's EA) emailed - DC pays the LF licences, book thru her", 39),
            Logged(
                N,
                "near miss chiller aisle 14, reach truck reversing, Tama had to jump out the way. no injury. told Dean, he said 'log it as housekeeping not a near miss, we dont need that on the board b4 peak'. didnt sit right",
                34,
            ),
            Logged(F, "owe Craig the nights roster for peak (7 Dec - 3 Jan), said by Fri 27th", 29),
            Logged(
                N,
                "another one. pallet came off top rack aisle 22 ~3am, nobody under it thank god. Dean again said dont put it in SafetyCulture as an incident. Tama's missus rang me worried",
                24,
            ),
            Logged(
                A,
                "asked Craig at the gate if we can get blue spot lights on the reach trucks b4 peak. he said 'send me a quote'",
                18,
            ),
            Logged(F, "chase Crown rep for the blue light quote - Mick said next wk", 15),
            Logged(
                N,
                "HSR Priya: if anyone tells u not to report an incident thats a WorkSafe issue full stop. she'll come with me if i want",
                10,
            ),
            Logged(N, "Mick's quote in: $640/truck x 9 = $5,760 + fitting", 6),
            Logged(AG, "blue lights - pitch as peak safety / no LTIs (his thing)", 3),
            Logged(
                AG,
                "the Dean thing. raise w Craig or Priya/HR first?? dont want to blindside Dean, hes not a bad bloke just under the pump. + roster due tmrw",
                1,
            ),
        ),
        tz="Australia/Melbourne",
    ),
    Persona(
        "CV_linh_backend_hcmc",
        "Linh",
        "backend engineer, shipment-tracking team at a logistics SaaS startup, Ho Chi Minh City office",
        "get Raf's team ok with the shipment-events v2 schema before arch review + learn how he gets stuff thru arch review",
        "Raf",
        "senior engineer on the platform team in the Singapore office; not her manager, a peer she meets weekly",
        Role.PEER,
        weekly(1),
        time(16, 0),
        "Linh is 27, two years in, writes in Vietnamese mixed with English tech terms. Her RFC needs the platform team's agreement before "
        "an architecture review moved to 10 Dec. Raf's priority is cutting his team's on-call pages, so he wants no new consumer without a "
        "dead-letter queue, a two-week dual-write, and her team to own the DLQ. She promised him the DLQ and alert section by 27 Nov and it is "
        "half written. She fixed a retry-storm bug for his team, and her own latency win was praised by her lead. Mildly delicate: Raf privately "
        "asked whether she'd like to move to platform (they have headcount in Q1); her lead anh Tuấn doesn't know, and in a peer 1:1 she "
        "should be careful about what she signals.",
        logged=(
            Logged(A, "hỏi Raf cách team a ấy version Kafka topics, a bảo sẽ share ADR cũ", 54),
            Logged(
                N,
                "Raf gửi ADR-017 r, đọc xong. họ dùng schema registry + compat BACKWARD. team mình ko có gì hết lol",
                50,
            ),
            Logged(
                P,
                "Raf Q4 priority: giảm on-call pages cho platform (đang ~40/tuần 😵), ko muốn thêm consumer mới nếu ko có DLQ",
                46,
            ),
            Logged(
                G,
                "fix giúp team Raf bug retry storm trong shipment-events consumer, PR #2231 merged. a cảm ơn trong #platform 🙏",
                40,
            ),
            Logged(
                W,
                "p99 tracking API 1.8s -> 420ms sau khi thêm cache. a Tuấn khen trong standup",
                33,
            ),
            Logged(
                A, "nhờ Raf review RFC draft 'shipment-events v2' trước khi gửi arch review", 28
            ),
            Logged(F, "hứa vs Raf: thêm DLQ + alerts vào RFC, gửi lại trước 27/11", 23),
            Logged(
                N,
                "Raf comment RFC: ok hướng đi nhưng muốn dual-write 2 tuần ko phải 1, DLQ owner phải là team mình ko phải platform",
                19,
            ),
            Logged(
                N,
                "Raf hỏi riêng e có muốn qua platform ko, Q1 họ có HC. chưa nói vs a Tuấn. hơi khó xử 😬",
                13,
            ),
            Logged(F, "DLQ section viết đc nửa. còn thiếu runbook + alert thresholds", 9),
            Logged(N, "arch review dời sang 10/12, slot 30p", 5),
            Logged(
                AG,
                "confirm vs Raf: mình own DLQ ok, nhưng on-call cho DLQ alerts thì sao? xin platform support 2 tuần đầu",
                2,
            ),
            Logged(AG, "hỏi Raf tips present arch review (ai hay hỏi khó, chuẩn bị gì)", 1),
        ),
        tz="Asia/Ho_Chi_Minh",
    ),
    Persona(
        "CV_lucia_ngo_popayan",
        "Lucía",
        "coordinadora de proyecto, ONG de agua y cooperativas de mujeres, Popayán (Cauca)",
        "Quiero q Anders apruebe la extensión sin costo hasta junio y q nos inviten a aplicar a la fase 2 (3 años)",
        "Anders",
        "program officer at the Stockholm foundation that funds the water project; the donor contact, not her boss",
        Role.OTHER,
        monthly(1, 1),
        time(9, 0),
        "Lucía is 38 and writes in Spanish with some English donor jargon. Her monthly call with the funder's program officer matters for "
        "a no-cost extension (his committee decides on 9 Dec) and a hoped-for three-year phase 2. Anders cares about sex- and age-disaggregated "
        "results for his board in March. The budget reallocation ask was approved and she sent the revised budget; she owes the interim "
        "narrative and financial report by 15 Dec. Wins: 14 water tanks inaugurated. Delicate: invoices from a local partner look forged "
        "(~18M COP, same handwriting across three hardware stores; one store says it never sold to them). Her director Gloria wants it "
        "handled internally and not told to the donor yet, but the grant agreement requires prompt reporting of suspected irregularities. "
        "She fears looking like they hid it, right before the extension decision.",
        logged=(
            Logged(
                P,
                "Anders en la call: lo q más le importa ahora es el informe de resultados con datos desagregados x sexo y edad, su board se reúne en marzo",
                60,
            ),
            Logged(
                A,
                "le pedí a Anders si podemos mover 12M COP de viáticos a tanques (subieron precios). dijo q lo consulta con finance",
                56,
            ),
            Logged(
                G,
                "le mandé fotos + testimonios de las mujeres de La Sierra pa su newsletter, con consentimientos firmados ✔",
                48,
            ),
            Logged(
                N,
                "Anders respondió: reasignación aprobada hasta 10%, q mandemos budget revisado formal",
                44,
            ),
            Logged(F, "mandar budget revisado a Anders (plantilla de ellos, en USD)", 42, DONE),
            Logged(
                W,
                "inauguramos 14 tanques en Timbío y Rosas 💧 vino la alcaldía, salió en la radio",
                37,
            ),
            Logged(
                N,
                "revisando soportes del socio de Timbío... 3 facturas de ferreterías distintas con la MISMA letra y el mismo error 'sement'. suman ~18M. ay no",
                30,
            ),
            Logged(
                N,
                "hablé con Gloria. dice q lo manejemos 'internamente' y q no le digamos nada a Anders hasta tener claro. no sé...",
                27,
            ),
            Logged(
                A,
                "le pedí formalmente a Anders la extensión sin costo hasta 30 jun 2027, carta enviada. dice q la lleva al comité del 9 dic",
                21,
            ),
            Logged(
                F, "prometí a Anders el interim report narrativo + financiero hasta el 15 dic", 16
            ),
            Logged(
                N,
                "el contador dice q el convenio (cláusula 14) obliga a informar 'sospechas de irregularidades' sin demora. Gloria no sabía??",
                11,
            ),
            Logged(
                N,
                "llamé a la ferretería de Rosas, dicen q nunca le vendieron a la asociación 😳",
                7,
            ),
            Logged(AG, "extensión: q necesita el comité del 9 dic de nosotros? algo más?", 3),
            Logged(
                AG,
                "lo de Timbío. cómo y cuándo decirle. hablar primero con Gloria otra vez?? no quiero q parezca q lo escondimos",
                1,
            ),
        ),
        tz="America/Bogota",
    ),
)
