# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 54 (set CS)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH96 = (
    Persona(
        "CS_lucia_enfermera_valencia",
        "Lucía",
        "enfermera de planta (medicina interna), hospital público, Valencia",
        "Quiero conseguir el turno fijo de mañanas por lo de mi madre y llevar yo la formación de la bomba de insulina nueva. Y tengo que contarle a Marisa lo de los rescates de morfina sin liarla",
        "Marisa",
        "supervisora de enfermería de su planta, su jefa directa desde hace 6 años",
        Role.MANAGER,
        biweekly(1),
        time(14, 30),
        "Lucía, 34, enfermera con 9 años en la misma planta, buena reputación y muy cumplidora (cubre noches cuando falta gente). Quiere dos cosas concretas de su supervisora: turno fijo de mañanas (ya concedido desde febrero, no enero, pero solo de palabra) y liderar la formación de la bomba de insulina. Lo delicado: ha visto varias veces que una compañera (J.) registra rescates de morfina que los pacientes dicen no haber recibido — posible desvío de estupefacientes, un tema de seguridad del paciente e integridad que debe llegar a la supervisora de forma privada y basada en hechos, sin acusar. Además su madre tiene un diagnóstico reciente (biopsia) que no ha contado en el trabajo; necesita explicar el motivo del turno sin dar más detalle del que quiera.",
        logged=(
            Logged(
                A,
                "pedido a Marisa turno fijo d mañanas desde enero x lo de mi madre. dijo q lo mira con RRHH, q no promete nada",
                52,
            ),
            Logged(N, "mama resultados biopsia 😔 no lo he contado en el curro aun", 47),
            Logged(
                G, "cubrí a Marisa la noche del 12 q le faltaba gente, 3a noche este mes ya", 44
            ),
            Logged(
                P,
                "Marisa: lo q le importa ahora es bajar las caídas de pacientes, auditoría en dic y quiere q la planta salga bien",
                40,
            ),
            Logged(
                W,
                "mi hoja de registro de caidas la van a usar en toda la planta!! 💪 Marisa lo dijo en la reunión",
                36,
            ),
            Logged(A, "le pedí llevar yo la formación de la bomba de insulina nueva", 33, DONE),
            Logged(
                N,
                "3a vez q el paciente de la 214 dice q no le pusieron el rescate de morfina y J lo tiene registrado. no se q hacer, no quiero acusar a nadie sin estar segura",
                27,
            ),
            Logged(
                N,
                "Marisa ok a la formacion de la bomba pero compartida con Raúl de noches. vale",
                24,
            ),
            Logged(F, "mandar a Marisa borrador protocolo caidas antes del vie 4/12 !!!", 22),
            Logged(
                N,
                "Marisa contesta lo del turno: RRHH dice q desde febrero si, enero no. mejor q nada pero no hay nada por escrito",
                18,
            ),
            Logged(
                N,
                "otra vez, 209 esta vez. la hoja de estupefacientes cuadra pero el paciente con dolor 8/10 toda la tarde. Pili dice q vaya directa a la supervisora o a farmacia",
                14,
            ),
            Logged(
                F,
                "cerrar fechas formación bomba con Raúl, me escribio hace 1 semana y no le he contestado 🙈",
                10,
            ),
            Logged(
                A,
                "pedir a Marisa q me apunte al curso de heridas crónicas, cierra inscrip el 15/12",
                6,
            ),
            Logged(
                AG,
                "lo de J: como lo saco sin q parezca personal? en privado, solo fechas y camas, nada de suposiciones",
                3,
            ),
            Logged(AG, "q me confirme lo de febrero por escrito", 1),
        ),
        tz="Europe/Madrid",
    ),
    Persona(
        "CS_thiago_agronomo_patrocinio",
        "Thiago",
        "agrônomo da assistência técnica, cooperativa de café, Patrocínio (MG)",
        "decidir se aceito a proposta da multi em Campinas ou se fico na coop e ajudo meu pai na fazenda. queria a opinião do seu Antônio sem que isso vaze pra diretoria",
        "Seu Antônio",
        "produtor veterano, um dos fundadores da cooperativa e hoje conselheiro; mentor informal dele",
        Role.MENTOR,
        monthly(1, 5),
        time(7, 0),
        "Thiago, 29, agrônomo há 4 anos na cooperativa, filho de pequeno produtor de café. Seu mentor é um produtor respeitado que também é conselheiro da coop — o que torna delicado contar a proposta de emprego (R$14 mil + carro, resposta até 10/12) de uma multinacional. Ao mesmo tempo o pai está com arritmia, a mãe quer que ele volte para a fazenda, e há uma dívida de custeio de R$180 mil vencendo em março que é assunto de família. O mentor se importa muito com o projeto de certificação dos pequenos produtores, que Thiago está tocando bem. Ele deve a planilha de custo por saca até 30/11 e tem um encontro marcado pelo mentor com um contato (Dr Hélio) em 3/12.",
        logged=(
            Logged(
                N,
                "conversa c seu Antonio depois da colheita, ele falou q to pronto pra coordenar a assist técnica mas q preciso aprender a falar c a diretoria",
                58,
            ),
            Logged(
                P,
                "seu A: o q importa pra ele agora é o café certificado dos pequenos (os 40 do Salitre). quer q eu puxe isso",
                55,
            ),
            Logged(
                G, "levei o drone da coop e mapeei o talhão dele, mandei o mapa NDVI no zap", 50
            ),
            Logged(W, "fechamos laudo de 31 produtores pro certificado!! faltam 9", 45),
            Logged(
                A, "pedi pra ele me apresentar o Dr Hélio sobre o mestrado profissional", 41, DONE
            ),
            Logged(
                N,
                "pai internado de novo, arritmia. mãe pediu pra eu pensar em voltar pra fazenda. cabeça a mil",
                35,
            ),
            Logged(
                N,
                "proposta da multi em Campinas: 14 mil + carro, começo em fev. resposta até 10/12",
                30,
            ),
            Logged(
                N, "seu Antonio mandou msg: falou c Dr Hélio, ele me recebe dia 3/12 as 14h 🙏", 26
            ),
            Logged(
                F, "devo pro seu A a planilha de custo por saca dos pequenos, prometi p 30/11", 21
            ),
            Logged(
                N,
                "a divida do custeio do pai no banco vence em março, 180 mil. ninguém sabe fora de casa",
                16,
            ),
            Logged(F, "ligar pro RH da multi e perguntar se aceitam começo em abril", 12),
            Logged(W, "reunião com os 9 q faltavam, 6 assinaram 🙌", 8),
            Logged(
                AG, "conto da proposta pro seu A? ele é conselheiro, pode chegar na diretoria...", 4
            ),
            Logged(AG, "perguntar como ele fez a sucessão com os filhos dele", 2),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CS_chidi_coldchain_lagos",
        "Chidi",
        "night shift operations supervisor, pharmaceutical cold-chain warehouse, Lagos",
        "get the 2nd generator approved and be seen as ready for the Abuja hub manager role when they advertise in Jan",
        "Mrs Adeyemi",
        "regional operations director, his manager's boss",
        Role.SKIP,
        monthly(1, 2),
        time(16, 0),
        "Chidi, 41, runs the night shift at a cold-chain warehouse that stores vaccines and insulin for a big client. Strong record (best picking accuracy in the region, his SOP praised by the client). His skip-level's top priority is zero temperature excursions ahead of a January client audit. Delicate: after a generator failure a cold room sat at about 11°C for three hours; his own manager (Bayo) has twice pressed him to alter the log to show 8°C max. Chidi has refused and kept photos, but raising it with Mrs Adeyemi means going over his boss's head while also wanting the Abuja promotion — safety, integrity and office politics at once. He owes her a generator business case by 4 Dec and is waiting on outage data from maintenance.",
        logged=(
            Logged(
                P,
                "Mrs A at townhall: zero temp excursions is THE KPI for 2027. vaccine client audit in Jan",
                57,
            ),
            Logged(A, "asked Mrs A for WMS dashboard access for my shift", 53, DONE),
            Logged(W, "night shift picking accuracy 99.6% Sept, best in region 🔥", 49),
            Logged(
                G,
                "trained the Ikeja team on the new data loggers, 2 sessions, my own time (sat)",
                44,
            ),
            Logged(
                N,
                "gen 2 went off 1:40am, NEPA also gone. cold room B hit 11°C abt 3hrs. logged everything, pics on my phone",
                39,
            ),
            Logged(
                N,
                "Bayo says make the log show 8 max, 'we dont want wahala before audit'. I no sign anything",
                37,
            ),
            Logged(A, "emailed Mrs A for approval 2nd generator ~N48m, attached the quote", 33),
            Logged(
                N,
                "Mrs A replied: not no, but she needs a full business case w downtime history before she takes it to MD",
                28,
            ),
            Logged(
                F,
                "gen business case - owe Mrs A by 4 Dec. need 12 months outage data from Emeka (maint). he sent 8 months only, chase",
                23,
            ),
            Logged(
                N,
                "heard Abuja hub mgr role will be advertised Jan. Tunde from procurement also want am",
                15,
            ),
            Logged(
                W,
                "client QA visit went smooth, their lady praised cold room B SOP (my SOP) by name",
                11,
            ),
            Logged(
                N,
                "Bayo asked again abt the log, says QA report 'must be clean'. Im not doing it. need to tell someone above but he is my oga",
                6,
            ),
            Logged(
                AG,
                "raise the excursion w Mrs A - how, without it looking like Im after Bayo's seat",
                2,
            ),
            Logged(AG, "ask what she'd need to see from me for Abuja", 1),
        ),
        tz="Africa/Lagos",
    ),
    Persona(
        "CS_haruka_sre_tokyo",
        "遥 (Haruka)",
        "SREチームリード、決済系フィンテック企業、東京",
        "来年4月のプリンシパル昇格で小林さんに推薦してもらいたい。あとon-callの負担を減らす体制を作りたい",
        "小林さん",
        "VP of Engineering、直属の上司の上司で社内スポンサー",
        Role.SPONSOR,
        monthly(1, 4),
        time(16, 30),
        "Haruka, 38, leads a 6-person SRE team at a Tokyo payments company. Her sponsor (VP Eng) cares about hitting a 99.95% SLO and ending on-call burnout through automation rather than hiring; Haruka has real wins on both (p99 latency 420→180ms, alerts 140→60/week). She wants his recommendation for the April principal promotion but never asked what 'material' he needs. Delicate: she is newly pregnant (about 12 weeks mid-December), has told no one at work, and is unsure whether to disclose before the promotion discussion; she is checking how parental leave affects eligibility. Also a postmortem where another team's lead (Yamada) blamed her team's detection inaccurately — she has the timeline, and it worries her team. She owes an on-call rotation proposal by the 12/4 1:1 and an impact doc.",
        logged=(
            Logged(
                P,
                "小林さん：来期の最優先はSLO 99.95%とon-call疲弊の解消。採用より自動化で、とのこと",
                59,
            ),
            Logged(W, "決済APIのp99 420ms→180ms 🎉 小林さんがslackでshoutoutしてくれた", 54),
            Logged(A, "SRE NEXTの登壇、小林さんに許可お願い→OKもらった", 50, DONE),
            Logged(G, "小林さんのboard向け資料の障害統計まとめた。土日つぶれたけど", 46),
            Logged(
                N,
                "10/16の決済障害、postmortemで基盤の山田さんが「SREの検知が遅れた」って。事実と違う。timelineは残してある",
                41,
            ),
            Logged(
                A, "プリンシパル推薦の件相談。「材料揃えて」とのこと。何が材料か聞きそびれた…", 37
            ),
            Logged(N, "妊娠わかった。12月中旬で12週。まだ誰にも言ってない。昇格の時期とかぶる", 32),
            Logged(F, "on-call rotation改善案、12/4の1on1までに小林さんに出す約束", 27),
            Logged(
                N, "産休のこと人事ポータルで調べた。4月の昇格審査、休業予定あっても対象?要確認", 22
            ),
            Logged(W, "toil削減 自動化でアラート 週140→60 件", 18),
            Logged(N, "山田さんの件、佐々木くんが気にしてる。チームの評価に響くかもって", 13),
            Logged(F, "推薦用のimpact doc 下書き半分。金曜までに仕上げる", 9),
            Logged(AG, "推薦の「材料」って具体的に何?impact docで足りるか聞く", 4),
            Logged(AG, "妊娠のこといつ言う?安定期まで待つ?昇格の話の前に言うべき?", 2),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CS_dale_apprentice_winnipeg",
        "Dale",
        "2nd year electrical apprentice (career change from grain farming), Winnipeg",
        None,
        "Sheila",
        "apprenticeship coordinator at the union training centre, his go-to for hours, placements and problems",
        Role.OTHER,
        monthly(1, 0),
        time(15, 30),
        "Dale, 52, sold the family grain farm and is a second-year electrical apprentice. He meets the union's apprenticeship coordinator monthly; she sorted out most of the hours he lost when a contractor went bankrupt (540 of 612 counted) and wants him to speak to career-changers at a college (he owes her a date by Dec 1, plus two contractor names). He wants a switch to a commercial/controls contractor for year 3 (no answer yet). Delicate: his foreman repeatedly has apprentices land wires in live panels, and a first-year got a shock that was never written up. Dale is worried about safety but also about getting the young apprentice in trouble and, at 52, about his own hours; his wife says don't rock the boat. He set no goal.",
        logged=(
            Logged(
                A,
                "asked Sheila about getting my hrs from Prairie Volt signed off, they went under in aug. 612 hrs",
                56,
                DONE,
            ),
            Logged(W, "passed level 2 block exam 91%. not bad for an old guy", 45),
            Logged(
                G,
                "helped Sheila w the open house sat, ran the conduit bending demo for the high school kids",
                41,
            ),
            Logged(
                P,
                "Sheila wants more mature apprentices in the program. asked if id talk to the career change ppl at the college",
                38,
            ),
            Logged(F, "said id do the college talk, she needs a date from me by dec 1", 33),
            Logged(
                N,
                "foreman (Rick) had us land wires in a live panel again at the Pembina job. 'its only 120 dont be a baby'. didnt like it",
                29,
            ),
            Logged(
                A,
                "asked Sheila if I can go to a commercial contractor for yr 3, want more industrial/controls",
                24,
            ),
            Logged(
                N,
                "Sheila got the Prairie Volt hrs sorted w the trustee, 540 of 612 counted. ok ill take it",
                20,
            ),
            Logged(
                N, "Rick again. Tyler (1st yr) got bit off a shared neutral. nobody wrote it up", 15
            ),
            Logged(
                F,
                "get Sheila the 2 contractor names from the job fair (Lindsay Elec and Brandt?)",
                10,
            ),
            Logged(N, "wife says dont rock the boat, im 52 and need the hours. shes not wrong", 7),
            Logged(
                AG,
                "the Rick thing. tell Sheila or go to the safety rep? dont want Tyler in trouble",
                3,
            ),
            Logged(AG, "college talk - jan 14 or 21", 1),
        ),
        tz="America/Winnipeg",
    ),
    Persona(
        "CS_meera_frontoffice_jaipur",
        "Meera",
        "front office manager, heritage hotel, Jaipur",
        "Rohit ke saath breakfast timing aur late checkout wala jhagda settle karna, aur wedding season me banquet-front desk handover smooth karna",
        "Rohit",
        "F&B manager at the same hotel, a peer; they meet weekly to coordinate",
        Role.PEER,
        weekly(2),
        time(15, 0),
        "Meera, 26, youngest department head at a heritage hotel, front office. Rohit, the F&B manager, is a peer she needs during wedding season; his priority is a 1.2 crore banquet revenue target set by the GM. Open friction: breakfast closes before late-checkout guests come down, and banquet event orders reach the desk at 8–9pm instead of the agreed 6pm. She has done him favours (42-room wedding block in two days) and owes him a combined December arrival sheet by 30 Nov. Delicate: a solo female guest said a banquet steward (Vikram, Rohit's team) asked her room number and phoned her at night; she gave no written complaint. Meera filed a note with HR but didn't copy the GM. Her receptionist Pooja says the same steward waits for her at the staff entrance and asked Meera to tell nobody. Rohit is protective of his staff.",
        logged=(
            Logged(
                P,
                "Rohit: wedding season me banquet revenue target 1.2 cr, GM ne bola hai. bas yehi dimaag me hai uske",
                58,
            ),
            Logged(
                A,
                "Rohit se bola late checkout guests ke liye breakfast 10:30 tak extend karo, he said 'dekhte hai'",
                53,
            ),
            Logged(
                G,
                "Rohit ke liye Sharma wedding ka room block, 42 rooms, 2 din me arrange kiya 🙏",
                49,
            ),
            Logged(W, "TripAdvisor pe 3 reviews me front desk ka naam, Pooja + me 😊", 44),
            Logged(
                N,
                "breakfast extend nahi hua, guests ne phir complain kiya. R bolta hai kitchen staff kam hai",
                38,
            ),
            Logged(
                A, "asked R for daily BEO copy by 6pm so desk ko pata ho kaunsa lawn booked hai", 34
            ),
            Logged(N, "BEO ab aa raha hai but 8-9pm tak, 6 nahi 🙄", 30),
            Logged(
                N,
                "room 118 guest (Ms K, solo) ne bola banquet steward Vikram ne room no. pucha aur raat ko room me call kiya. written complaint nahi diya",
                25,
            ),
            Logged(
                F,
                "HR ko incident note diya (Ms K wala). GM ko cc karna chahiye tha? abhi nahi kiya",
                21,
            ),
            Logged(
                N,
                "Pooja bhi boli Vikram staff entrance pe wait karta hai uske liye. she's scared. mujhe bola kisi ko mat batana",
                17,
            ),
            Logged(W, "Diwali week occupancy 96%, zero walk-outs ✅", 12),
            Logged(
                F,
                "Rohit ko 30 Nov tak Dec weddings ki combined arrival sheet bhejni hai, promise kiya",
                8,
            ),
            Logged(
                AG,
                "Vikram wala matter Rohit se kaise uthaun? wo apne staff ko bahut defend karta hai. Pooja ka naam NAHI lena",
                3,
            ),
            Logged(AG, "breakfast 10:30, sirf weekends pe trial propose karu?", 1),
        ),
        tz="Asia/Kolkata",
    ),
)
