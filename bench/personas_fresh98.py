# ruff: noqa: E501  (the personas are kept exactly as their blind writer wrote them)
"""Six personas written blind for rating round 55 (set CU)."""

from datetime import time

from cards import AG, DONE, A, F, G, Logged, N, P, Persona, W, biweekly, monthly, weekly

from coaching.model import Role

FRESH98 = (
    Persona(
        "CU_juliana_nurse_saopaulo",
        "Juliana",
        "enfermeira assistencial, UTI adulto, hospital privado, São Paulo",
        "quero saber se a Cláudia me indica pra vaga de enfermeira líder do noturno em janeiro e o q falta pra eu chegar lá",
        "Cláudia",
        "enfermeira-chefe da UTI adulto, chefe direta da Juliana",
        Role.MANAGER,
        biweekly(2),
        time(14, 0),
        "Juliana, 29, is an ICU staff nurse on night shifts in a private hospital in São Paulo, five years qualified. She wants her manager Cláudia to put her forward for the night-shift lead nurse post that opens in January, and has real wins to show (ECMO course passed, a grade-3 pressure injury healed, a repositioning sheet Cláudia now uses). Cláudia's priorities are pressure-injury numbers and the ONA accreditation audit in January. She owes Cláudia an October falls report by 4 Dec and needs her signature for a preceptorship course closing 10 Dec. Delicate: three times the end-of-shift morphine count has come up one ampoule short when a nursing technician, R., had the cart; she has kept dates but told nobody and does not know whether to raise it with Cláudia or go straight to pharmacy, without wrongly accusing him or damaging herself just as she is asking for a promotion.",
        logged=(
            Logged(A, "pedi pra C. me colocar no curso de ECMO de nov, o hosp paga?", 53, DONE),
            Logged(
                P,
                "C falou q prioridade dela ate dez é zerar LPP grau 2+ na unidade, auditoria ONA em jan e ela ta tensa c isso",
                47,
            ),
            Logged(N, "C confirmou ECMO 17 e 18/11, hosp paga 👍 tenho q trocar 2 plantoes", 44),
            Logged(
                G,
                "montei a planilha de mudança de decubito pro noturno c alarme de 2/2h, mandei pra C no whats",
                38,
            ),
            Logged(A, "pedi feedback da passagem de plantao q eu conduzi sozinha", 35, DONE),
            Logged(
                N,
                "feedback da C: foi boa mas tenho q ser mais objetiva, <5 min por leito, e nao ficar contando historia do paciente kkk",
                33,
            ),
            Logged(
                F,
                "fiquei de mandar pra C o levantamento de quedas de outubro ate 4/12 !!! nao esquecer",
                30,
            ),
            Logged(
                A,
                "perguntei se da pra trocar minha folga do natal pelo reveillon (minha mae vem do PI). ela disse q vai ver",
                24,
            ),
            Logged(
                N,
                "2a vez q a contagem de morfina no fim do plantao nao bate qnd o R. fica c o carrinho. 1 ampola. ele disse q foi erro de registro. nao sei se falo c a C ou direto c a farmacia 😬",
                20,
            ),
            Logged(
                N,
                "de novo. 3a vez. anotei as datas 27/10, 6/11, 12/11. nao contei pra ninguem ainda. to mal",
                14,
            ),
            Logged(
                W,
                "LPP do leito 7 (grau 3) fechou!!! familia escreveu agradecendo, mandei print pra C",
                11,
            ),
            Logged(
                W,
                "passei na prova pratica do ECMO, instrutor disse q fui uma das melhores da turma",
                8,
            ),
            Logged(
                F,
                "curso de preceptoria: inscriçao fecha 10/12, preciso da assinatura da C no formulario",
                5,
            ),
            Logged(AG, "vaga de lider noturno: ela vai me indicar? o q falta? perguntar direto", 3),
            Logged(
                AG,
                "como levar o lance da morfina sem queimar o R. (e se for so erro mesmo?) nem eu",
                2,
            ),
        ),
        tz="America/Sao_Paulo",
    ),
    Persona(
        "CU_jonas_electrician_leipzig",
        "Jonas",
        "Elektroniker (Geselle), Elektro-Handwerksbetrieb mit 14 Leuten, Leipzig",
        "Meisterschule zuerst oder das Angebot von den Stadtwerken nehmen? und was mach ich mit der E-Check Sache",
        "Uwe",
        "sein früherer Ausbilder und Meister, seit Frühjahr in Rente, trifft ihn einmal im Monat auf ein Bier",
        Role.MENTOR,
        monthly(1, 0),
        time(18, 30),
        "Jonas, 26, is a journeyman electrician at a small electrical contractor in Leipzig. Uwe trained him and retired this spring; they meet monthly in a pub and Uwe still treats him like a son. Jonas must decide by 11 Dec on a job offer from the municipal utility (about 600 EUR more a month, on-call duty) and by 15 Dec whether to sign up for part-time master-craftsman school, for which Uwe offered to help with the grant form. Uwe's own view is 'do the Meister first, don't wait twenty years like I did'. Delicate: his boss wants them to copy last year's readings into periodic safety inspection reports for a housing block instead of measuring; Jonas refused to sign two reports, the atmosphere is bad, and he has photos of old reports. He does not know whether he must report it, or how to raise it without being fired, and he has promised himself not to send the photos around.",
        logged=(
            Logged(
                A,
                "Uwe gefragt ob er mir seine alten Meisterschul-unterlagen gibt (Teil I + II)",
                56,
                DONE,
            ),
            Logged(
                P,
                "Uwe sagt: mach erst den Meister dann wechseln. er will nicht dass ich so lang wart wie er, hat er 3x gesagt",
                50,
            ),
            Logged(
                G,
                "bei Uwe im Garten die UV vom Gartenhaus neu gemacht + FI nachgerüstet, nur material bezahlt",
                44,
            ),
            Logged(
                N,
                "Uwe hat Ordner vorbeigebracht, Teil I komplett, Teil II fehlt BWL/Recht. meint frag HWK",
                40,
            ),
            Logged(
                W, "Abnahme Kita Gohlis ohne Mängel 💪 Bauleiter hat extra Lob an Chef gemailt", 36
            ),
            Logged(
                N,
                "Angebot Stadtwerke L. Netzbetrieb: TVöD E8 glaub ich, 38h, Rufbereitschaft 1 wo/monat, ca 600 brutto mehr. antwort bis 11.12.",
                28,
            ),
            Logged(
                A,
                "Uwe gefragt ob er wen bei den SWL kennt, wie das Team da so is. er hört sich um",
                27,
            ),
            Logged(
                N,
                "Chef will dass wir bei E-Checks Wohnanlage Str. d. 18. Okt Messwerte vom letzten mal 'übernehmen', RISO nur stichprobe. hab 2 Protokolle NICHT unterschrieben. stimmung mies, Marco hat unterschrieben",
                19,
            ),
            Logged(
                F, "Uwe die fotos von den alten protokollen zeigen, NICHT per whatsapp schicken", 15
            ),
            Logged(
                F,
                "Anmeldung Meisterschule HWK Teilzeit bis 15.12.!! Aufstiegs-BAföG antrag vorher stellen",
                12,
            ),
            Logged(
                A,
                "Uwe gefragt ob er mir beim Aufstiegs-BAföG formular hilft, blick da nich durch",
                9,
                DONE,
            ),
            Logged(
                W,
                "erste baustelle als verantwortlicher, 3 azubis, MFH Lindenau, lief sauber durch",
                6,
            ),
            Logged(N, "Uwe: machen wir Sonntag zsm, bring Lohnzettel + Gesellenbrief mit", 4),
            Logged(
                AG,
                "SWL vs Meister zuerst vs beides (geht Teilzeit mit Rufbereitschaft?) - Uwe ehrlich fragen was er machen würde",
                2,
            ),
            Logged(
                AG, "E-Check: muss ich das melden? wie sag ichs dem Chef ohne dass ich fliege", 1
            ),
        ),
        tz="Europe/Berlin",
    ),
    Persona(
        "CU_chebet_fieldofficer_eldoret",
        "Chebet",
        "dairy extension field officer, farmers' cooperative, Eldoret (Uasin Gishu)",
        "I want Mr Otieno to back my milk cooling point proposal for Moiben and to consider me when the supervisor post opens",
        "Mr Otieno",
        "regional operations manager of the co-op, her boss's boss",
        Role.SKIP,
        monthly(2, 2),
        time(10, 0),
        "Chebet, 31, is a field extension officer for a dairy cooperative around Eldoret, riding a motorbike between farms. Her skip-level, Mr Otieno, meets her monthly; he cares about milk rejection rates and a board meeting on 15 Dec, and used her women's-groups data in a board report. She has cut rejection in Moiben from 4.1% to 1.6% and wants his backing for a cooling point there (she owes a second supplier quote by 4 Dec and has asked to present at the board herself), plus co-op funding for an Egerton certificate. Delicate: farmers say her direct supervisor Kip charged them 1,000-1,500 KSh for AI straws that should cost 500, while the receipts show 500; one woman showed her an M-Pesa message to Kip's number. Kip is her boss, the farmers are afraid, and she has told no one, so going to his boss could damage her and the farmers whether or not she turns out to be right.",
        logged=(
            Logged(
                A,
                "asked Mr O for extra fuel allowance for Moiben route, 2 more days a week",
                58,
                DONE,
            ),
            Logged(
                P,
                "Mr O: his priority is rejection rate below 2% for the whole region by Dec, board mtg 15 Dec. also wants women groups data",
                54,
            ),
            Logged(N, "fuel top up approved ksh 3,500/mo from Nov. asante sana 🙏", 47),
            Logged(
                G,
                "sent Mr O the 12 women groups list w membership nos + photos. he used it in his board report 😊",
                42,
            ),
            Logged(
                W,
                "Moiben rejection Oct 1.6%!! was 4.1 in Aug. the aluminium cans switch worked",
                33,
            ),
            Logged(
                F,
                "owe Mr O costing for cooling pt, 2 quotes. have 1 (Kisumu co, ksh 1.9M installed). 2nd by 4 Dec",
                30,
            ),
            Logged(
                N,
                "3 farmers in Kapsaret told me they paid 1,500 for AI straw that is subsidised 500. receipts say 500. Kip did those visits. sijui niseme aje",
                25,
            ),
            Logged(
                A,
                "asked Mr O if co-op can pay my cert in dairy mgmt at Egerton (Jan intake). he said put it in writing",
                22,
            ),
            Logged(F, "send Mr O Egerton letter + fee structure", 20, DONE),
            Logged(
                N,
                "another mama showed me M-Pesa msg, 1,000 to Kip's number, same day as the AI visit. i took photo. havent told anyone. naogopa kabisa",
                18,
            ),
            Logged(
                W, "farmers field day Moiben 140 ppl, county livestock officer came and spoke", 10
            ),
            Logged(
                A,
                "asked Mr O if i can present cooling pt proposal at the board 15 Dec myself. he said 'let's see'",
                8,
            ),
            Logged(
                AG,
                "cooling pt: 2nd quote from Eldoret supplier still not in, tell him honestly + date",
                2,
            ),
            Logged(
                AG,
                "the AI straw money thing... do i tell Mr O directly since Kip is my boss? must protect the mamas",
                1,
            ),
        ),
        tz="Africa/Nairobi",
    ),
    Persona(
        "CU_misaki_engineer_osaka",
        "Misaki",
        "シニアバックエンドエンジニア, 物流テック企業, 大阪",
        "来期のEM昇格の推薦をもらいたい。でも母の介護もあるので、時短かリモートと両立できるか正直に相談したい",
        "高橋さん",
        "執行役員(VP of Engineering)、社内でミサキを引き上げてくれているスポンサー",
        Role.SPONSOR,
        monthly(1, 4),
        time(17, 0),
        "Misaki, 41, is a senior backend engineer at a logistics-tech company in Osaka. Takahashi-san, VP of Engineering, sponsors her; his priorities are the payment platform replacement and the company's 30% women-in-management target. He told her the engineering-manager (EM) promotion needs 360 feedback and 10 hiring interviews (she has 6 left to do in December), and he got her a 15-minute slot at the 3 Dec department heads' meeting, with slides due to him on 2 Dec. Delicate: her mother in Kagoshima had a stroke and is at care level 3, a nursing home place is 3-6 months away, and her brother in Tokyo won't help. She is weighing reduced hours or working remotely from Kagoshima, has sent Takahashi-san 'can I talk about something personal' with only a read receipt back, and is unsure how much to disclose without losing the promotion.",
        logged=(
            Logged(
                P,
                "高橋さん:来期は決済基盤のリプレイスが最重要。あと女性管理職比率30%目標をかなり気にしてる",
                57,
            ),
            Logged(A, "高橋さんに部長会での発表枠をお願いした(リプレイス方針)", 53, DONE),
            Logged(G, "高橋さんの新卒向け勉強会、代打で講師やった(Kafka入門)。アンケート4.6/5", 46),
            Logged(W, "決済API v2 切替、障害ゼロで完了🎉 ポストモーテムなし", 40),
            Logged(F, "12/3の部長会で15分もらえた!資料は12/2までに高橋さんに送る", 39),
            Logged(N, "母、脳梗塞で入院。鹿児島。右半身まひ。しばらく毎週末帰省になりそう…", 32),
            Logged(
                A, "高橋さんにEM昇格の推薦条件きいた→「360度評価と採用面接10件」とのこと", 27, DONE
            ),
            Logged(F, "採用面接あと6件。12月中に入れる。人事の佐々木さんに枠依頼", 26),
            Logged(
                N,
                "ケアマネさんと面談。要介護3。施設は空き待ち3〜6ヶ月。兄は東京で無理って…はぁ",
                17,
            ),
            Logged(
                A, "高橋さんにSlackで「来週少し個人的な相談いいですか」って送った。既読のみ", 12
            ),
            Logged(W, "リプレイス設計レビュー通過。CTOから「良い設計」ってコメント", 7),
            Logged(AG, "EM推薦、介護と両立できる形で進めたいって正直に言う?どこまで話す?", 3),
            Logged(AG, "部長会資料のドラフト見てもらう(12/2締切)", 2),
        ),
        tz="Asia/Tokyo",
    ),
    Persona(
        "CU_tasha_dispatch_memphis",
        "Tasha",
        "night shift dispatch supervisor, 3PL cross-dock warehouse, Memphis TN",
        None,
        "Ray",
        "day shift supervisor at the same cross-dock, they hand off every morning",
        Role.PEER,
        weekly(0),
        time(6, 45),
        "Tasha, 38, runs night-shift dispatch at a third-party logistics cross-dock in Memphis; Ray runs days, and they have a weekly handoff coffee on Monday mornings. It is Thanksgiving and peak season. Ray's top metric is dock-door turn time under 45 minutes, which the GM watches. Nights have the best on-time departures in the building, yet the GM gave nights 4 temps and days 9 for peak, and Ray said he would raise it at the ops meeting but made no promise. Day crews keep leaving empties in doors 14-16, which blocks her 3 a.m. loads; she has asked once already. She owes Ray a list of night drivers with expired TWIC or medical cards by 30 Nov, and they have an unconfirmed holiday swap (she works Thanksgiving night, he covers Christmas Eve?). She has done him favours: covered a Saturday and trained his loaders. Nothing is seriously delicate here; it is about keeping a good peer relationship while pushing back.",
        logged=(
            Logged(
                P,
                "Ray says his #1 is dock door turn time under 45 min before peak, GM on him about it",
                50,
            ),
            Logged(A, "asked Ray to keep the yard jockey till 7:30 on mondays", 47, DONE),
            Logged(G, "covered Ray's sat shift 2 hrs, his kid was sick", 45),
            Logged(N, "Ray ok'd jockey till 730 mondays starting 10/19 👍", 40),
            Logged(W, "nights hit 98.7% on-time departures for Oct 🔥 best in the bldg", 26),
            Logged(F, "owe Ray list of drivers w expired TWIC/med cards on nights by 11/30", 30),
            Logged(
                A,
                "asked ray to get his guys to stop stacking empties in doors 14-16, blocks my 3am loads",
                25,
            ),
            Logged(N, "GM said peak staffing nights get 4 temps, days get 9. thats wild", 21),
            Logged(A, "asked Ray if he'd back me asking GM for 2 more temps on nights", 16),
            Logged(G, "trained 2 of Ray's new loaders on the scanner guns, on my own time", 13),
            Logged(
                N, "ray said he'll bring temps up at thurs ops mtg but not promising anything", 9
            ),
            Logged(W, "zero damage claims wk of 11/16", 6),
            Logged(
                F, "thanksgiving swap: im doing 11/26 night, ray covers 12/24?? confirm w him", 4
            ),
            Logged(AG, "doors 14-16 STILL full of empties. say it nicer this time lol", 2),
            Logged(AG, "ask how ops mtg went re temps", 1),
        ),
        tz="America/Chicago",
    ),
    Persona(
        "CU_itzel_souschef_oaxaca",
        "Itzel",
        "sous chef, restaurante de hotel boutique (grupo hotelero), Oaxaca de Juárez",
        "quiero que el grupo me apoye con el diplomado de gestión de cocina y quedar para chef de cocina en el nuevo hotel de Puerto Escondido",
        "Fer",
        "Lic. Fernanda Ruiz, business partner de RH del grupo, la acompaña en el programa de talento",
        Role.OTHER,
        biweekly(1),
        time(16, 0),
        "Itzel, 31, is sous chef at a boutique hotel restaurant in Oaxaca owned by a hotel group. Fernanda ('Fer'), the group's HR business partner, meets her every two weeks as part of a talent programme. Fer's priorities are kitchen turnover (9 people left this year) and the December staff climate survey. Itzel wants the head-chef job at the group's new Puerto Escondido hotel (the posting is in January, but Fer hinted there are 'already names') and a management diploma, for which the group pays 70% only if she commits to stay a year; enrolment closes 11 Dec. She owes Fer a training plan for three new kitchen assistants by 1 Dec. Delicate: the executive chef keeps making remarks about the body of Lupita, a 19-year-old cook, in front of everyone. Lupita begged her not to say anything because her mother depends on her wage, and Fer is HR, so raising it could start a formal process that exposes Lupita.",
        logged=(
            Logged(
                A,
                "le pedí a Fer info del diplomado en gestión de A&B, si el grupo lo paga",
                59,
                DONE,
            ),
            Logged(
                P,
                "Fer dice q su prioridad es bajar la rotación en cocina, este año se fueron 9 😳 y la encuesta de clima en dic",
                55,
            ),
            Logged(N, "Fer: el grupo cubre 70% si firmo permanencia de 1 año. ugh lo pienso", 50),
            Logged(
                G,
                "le ayudé a Fer a armar el menú de la posada de colaboradores del 12/dic, presupuesto $180 x persona, salió",
                41,
            ),
            Logged(W, "la reseña de la revista mencionó mi mole de chichilo!!! 🙌", 37),
            Logged(
                F,
                "mandarle a Fer el plan de capacitación de los 3 ayudantes nuevos antes del 1 dic",
                34,
            ),
            Logged(
                N,
                "el chef le volvió a decir cosas a Lupita (19 años) sobre su cuerpo, enfrente de todos. ella se rió pero luego la encontré llorando en la cámara fría. no sé si me toca a mí",
                23,
            ),
            Logged(
                A, "le pregunté a Fer cuándo abren la vacante de chef en Puerto Escondido", 20, DONE
            ),
            Logged(N, "Fer: la publican en enero, pero 'ya hay nombres'... quiénes?? 🤨", 15),
            Logged(
                N,
                "Lupita me pidió no decir nada, tiene miedo de perder la chamba, su mamá depende de ella",
                11,
            ),
            Logged(W, "la merma bajó 12% oct-nov con el sistema de etiquetas y PEPS que puse", 8),
            Logged(F, "decidir lo del diplomado, inscripciones cierran 11/dic", 6),
            Logged(AG, "preguntarle directo si estoy en la lista para PE y qué me falta", 2),
            Logged(AG, "lo del chef... cómo lo saco sin exponer a Lupita? hay canal anónimo?", 1),
        ),
        tz="America/Mexico_City",
    ),
)
